package extract

import (
	"archive/zip"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
)

// Word's automatic list numbering. A paragraph of a numbered list holds no
// number in document.xml: its w:numPr (or its style's, in styles.xml) names a
// list (w:numId) and a level (w:ilvl), and word/numbering.xml says how each
// level of the list's abstract definition is counted and shown (w:numFmt
// chineseCounting, w:lvlText "%1、"). docxNumbering counts as Word does and
// renders the number, so the numbering tree sees the items.

// docxLevel is one level of an abstract list definition.
type docxLevel struct {
	start        int
	format, text string
	suffix       string // after the number: tab (default), space or nothing
	// restart: w:lvlRestart (when hasRestart), the one-based level whose
	// use restarts this one (it and the levels above it); 0 never. Absent,
	// any level above restarts it.
	restart    int
	hasRestart bool
	legal      bool // w:isLgl: every number of its text shown in decimal (1.1.1)
}

// docxList is a w:num: its abstract definition and the start overrides it
// applies when first used (a list restarted in Word).
type docxList struct {
	abstract  string
	overrides map[int]int
}

// docxNumRef is a style's numbering: list and level.
type docxNumRef struct {
	numID   string
	ilvl    int
	hasLvl  bool
	basedOn string
}

type docxNumbering struct {
	levels map[string]map[int]docxLevel // abstractNumId → ilvl → level
	lists  map[string]docxList          // numId → list
	styles map[string]docxNumRef        // styleId → numbering
	// counters per abstract definition, as Word counts lists that share one
	count map[string]*[9]int
	set   map[string]*[9]bool
	used  map[string]bool // numIds whose overrides were applied
	// while reading numbering.xml: the abstractNum or num, and its level
	cur    string
	curLvl int
}

// readDocxNumbering reads word/numbering.xml and the numbering of the
// paragraph styles in word/styles.xml; nil when the document has no lists.
func readDocxNumbering(ctx context.Context, name string, zr *zip.Reader) (*docxNumbering, error) {
	f := zipEntry(zr, "word/numbering.xml")
	if f == nil {
		return nil, nil
	}
	n := &docxNumbering{levels: map[string]map[int]docxLevel{}, lists: map[string]docxList{},
		styles: map[string]docxNumRef{}, count: map[string]*[9]int{}, set: map[string]*[9]bool{}, used: map[string]bool{}}
	if err := streamEntry(ctx, f, n.numberingElement); err != nil {
		return nil, xmlError(name, f.Name, err)
	}
	if s := zipEntry(zr, "word/styles.xml"); s != nil {
		var style string
		var ref docxNumRef
		err := streamEntry(ctx, s, func(t xml.StartElement, _ []string) {
			val, _ := attr(t, "val")
			switch t.Name.Local {
			case "style":
				if style != "" && (ref.numID != "" || ref.basedOn != "") {
					n.styles[style] = ref
				}
				style, _ = attr(t, "styleId")
				ref = docxNumRef{}
			case "basedOn":
				ref.basedOn = val
			case "numId":
				ref.numID = val
			case "ilvl":
				ref.ilvl, _ = strconv.Atoi(val)
				ref.hasLvl = true
			}
		})
		if err != nil {
			return nil, xmlError(name, s.Name, err)
		}
		if style != "" && (ref.numID != "" || ref.basedOn != "") {
			n.styles[style] = ref
		}
	}
	return n, nil
}

// streamEntry calls fn with every start element of an XML entry and the
// names of the elements it stands in.
func streamEntry(ctx context.Context, f *zip.File, fn func(t xml.StartElement, path []string)) error {
	rc, err := openEntry(ctx, f)
	if err != nil {
		return err
	}
	defer rc.Close()
	dec := xml.NewDecoder(rc)
	var path []string
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			fn(t, path)
			path = append(path, t.Name.Local)
		case xml.EndElement:
			if len(path) > 0 {
				path = path[:len(path)-1]
			}
		}
	}
}

// numberingElement reads one element of numbering.xml.
func (n *docxNumbering) numberingElement(t xml.StartElement, path []string) {
	in := func(name string) bool {
		for _, p := range path {
			if p == name {
				return true
			}
		}
		return false
	}
	val, _ := attr(t, "val")
	switch t.Name.Local {
	case "abstractNum":
		id, _ := attr(t, "abstractNumId")
		n.cur, n.curLvl = id, -1
		if n.levels[id] == nil {
			n.levels[id] = map[int]docxLevel{}
		}
		return
	case "num":
		id, _ := attr(t, "numId")
		n.cur, n.curLvl = id, -1
		n.lists[id] = docxList{overrides: map[int]int{}}
		return
	case "lvl", "lvlOverride":
		n.curLvl, _ = strconv.Atoi(attrOr(t, "ilvl", "0"))
		if t.Name.Local == "lvl" && in("abstractNum") && n.levels[n.cur] != nil {
			n.levels[n.cur][n.curLvl] = docxLevel{format: "decimal", suffix: "tab"}
		}
		return
	}
	if in("num") {
		l := n.lists[n.cur]
		if l.overrides == nil {
			l.overrides = map[int]int{} // an abstractNum inside a num: malformed, read anyway
		}
		switch t.Name.Local {
		case "abstractNumId":
			l.abstract = val
		case "startOverride":
			if v, err := strconv.Atoi(val); err == nil && n.curLvl >= 0 {
				l.overrides[n.curLvl] = v
			}
		}
		n.lists[n.cur] = l
		return
	}
	if !in("abstractNum") || !in("lvl") || n.curLvl < 0 || n.levels[n.cur] == nil {
		return
	}
	lv := n.levels[n.cur][n.curLvl]
	switch t.Name.Local {
	case "start":
		lv.start, _ = strconv.Atoi(val)
	case "numFmt":
		lv.format = val
	case "lvlText":
		lv.text = val
	case "suff":
		lv.suffix = val
	case "lvlRestart":
		if v, err := strconv.Atoi(val); err == nil && v >= 0 {
			lv.restart, lv.hasRestart = v, true
		}
	case "isLgl":
		lv.legal = val != "0" && val != "false" && val != "off" // <w:isLgl/> alone is on
	}
	n.levels[n.cur][n.curLvl] = lv
}

func attrOr(t xml.StartElement, local, def string) string {
	if v, ok := attr(t, local); ok {
		return v
	}
	return def
}

// styleNum returns the numbering a paragraph style gives, through the
// styles it is based on.
func (n *docxNumbering) styleNum(style string) (docxNumRef, bool) {
	for k := 0; k < 10 && style != ""; k++ {
		ref, ok := n.styles[style]
		if !ok {
			break
		}
		if ref.numID != "" {
			return ref, true
		}
		style = ref.basedOn
	}
	return docxNumRef{}, false
}

// label counts a paragraph of list numID at level ilvl and returns its
// number as Word shows it (一、, （三）, 2．, ①), with the space after it;
// "" for bullets and paragraphs of no list.
func (n *docxNumbering) label(numID string, ilvl int) string {
	list, ok := n.lists[numID]
	levels := n.levels[list.abstract]
	if !ok || levels == nil || ilvl < 0 || ilvl >= 9 {
		return ""
	}
	lv, ok := levels[ilvl]
	if !ok || lv.format == "bullet" {
		return ""
	}
	count, set := n.count[list.abstract], n.set[list.abstract]
	if count == nil {
		count, set = new([9]int), new([9]bool)
		n.count[list.abstract], n.set[list.abstract] = count, set
	}
	if !n.used[numID] {
		// a list restarted in Word: its first paragraph starts again
		n.used[numID] = true
		for l, v := range list.overrides {
			if l >= 0 && l < 9 {
				count[l], set[l] = v-1, true
			}
		}
	}
	if set[ilvl] {
		count[ilvl]++
	} else {
		count[ilvl], set[ilvl] = lv.start, true
	}
	for d := ilvl + 1; d < 9; d++ {
		// a deeper level restarts under this one, unless its lvlRestart
		// names a level above this one (or 0: never)
		if lv, ok := levels[d]; !ok || !lv.hasRestart || ilvl < lv.restart {
			set[d] = false
		}
	}
	var b strings.Builder
	text := []rune(lv.text)
	for i := 0; i < len(text); i++ {
		if text[i] == '%' && i+1 < len(text) && text[i+1] >= '1' && text[i+1] <= '9' {
			l := int(text[i+1] - '1')
			format := levels[l].format
			if lv.legal && format != "none" {
				format = "decimal" // legal numbering: 一、 over 1.1, not 一.1
			}
			b.WriteString(formatNumber(count[l], format))
			i++
			continue
		}
		b.WriteRune(text[i])
	}
	if b.Len() == 0 {
		return ""
	}
	if lv.suffix != "nothing" {
		b.WriteByte(' ')
	}
	return b.String()
}

// formatNumber writes v in a w:numFmt.
func formatNumber(v int, format string) string {
	switch format {
	case "none":
		return ""
	case "decimalZero":
		if v >= 0 && v < 10 {
			return "0" + strconv.Itoa(v)
		}
	case "decimalFullWidth", "decimalFullWidth2":
		return strings.Map(func(r rune) rune { return r - '0' + '０' }, strconv.Itoa(v))
	case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting",
		"taiwaneseCounting", "taiwaneseCountingThousand", "ideographDigital":
		if s := chineseCount(v); s != "" {
			return s
		}
	case "ideographTraditional":
		if v >= 1 && v <= 10 {
			return string([]rune("甲乙丙丁戊己庚辛壬癸")[v-1])
		}
	case "ideographZodiac":
		if v >= 1 && v <= 12 {
			return string([]rune("子丑寅卯辰巳午未申酉戌亥")[v-1])
		}
	case "ideographEnclosedCircle":
		if v >= 1 && v <= 10 {
			return string(rune('㊀' + v - 1))
		}
	case "decimalHalfWidth":
		return strconv.Itoa(v)
	case "ordinal":
		return strconv.Itoa(v) + ordinalSuffix(v)
	case "hex":
		return strings.ToUpper(strconv.FormatInt(int64(v), 16))
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if v >= 1 && v <= 20 {
			return string(rune('①' + v - 1))
		}
	case "decimalEnclosedParen":
		if v >= 1 && v <= 20 {
			return string(rune('⑴' + v - 1))
		}
	case "decimalEnclosedFullstop":
		if v >= 1 && v <= 20 {
			return string(rune('⒈' + v - 1))
		}
	case "lowerLetter", "upperLetter":
		if v >= 1 {
			// Word repeats the letter: a…z, aa…zz
			s := strings.Repeat(string(rune('a'+(v-1)%26)), (v-1)/26+1)
			if format == "upperLetter" {
				s = strings.ToUpper(s)
			}
			return s
		}
	case "lowerRoman", "upperRoman":
		if s := roman(v); s != "" {
			if format == "lowerRoman" {
				s = strings.ToLower(s)
			}
			return s
		}
	}
	return strconv.Itoa(v)
}

// ordinalSuffix is the English ordinal ending of v (1st, 2nd, 11th).
func ordinalSuffix(v int) string {
	if v%100 >= 11 && v%100 <= 13 {
		return "th"
	}
	switch v % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// chineseCount writes 1…999 as 一 … 十一 … 九十九 … 一百〇五 … 一百二十 …
// 九百九十九, as Word counts; "" outside.
func chineseCount(v int) string {
	digits := []rune("〇一二三四五六七八九")
	switch {
	case v < 1 || v > 999:
		return ""
	case v < 10:
		return string(digits[v])
	}
	var s []rune
	if v >= 100 {
		s = append(s, digits[v/100], '百')
		switch r := v % 100; {
		case r == 0:
			return string(s)
		case r < 10:
			return string(append(s, '〇', digits[r]))
		}
		s = append(s, digits[v%100/10]) // 一百一十, not 一百十
	} else if v >= 20 {
		s = append(s, digits[v/10])
	}
	s = append(s, '十')
	if v%10 > 0 {
		s = append(s, digits[v%10])
	}
	return string(s)
}

// roman writes 1…3999 in Roman numerals; "" outside.
func roman(v int) string {
	if v < 1 || v > 3999 {
		return ""
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for k, n := range vals {
		for v >= n {
			b.WriteString(syms[k])
			v -= n
		}
	}
	return b.String()
}
