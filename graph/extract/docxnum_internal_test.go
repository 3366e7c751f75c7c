package extract

import (
	"encoding/xml"
	"slices"
	"testing"
)

func TestFormatNumber(t *testing.T) {
	for _, c := range []struct {
		v            int
		format, want string
	}{
		{3, "decimal", "3"},
		{7, "decimalZero", "07"},
		{12, "decimalFullWidth", "１２"},
		{1, "chineseCounting", "一"},
		{10, "chineseCounting", "十"},
		{11, "chineseCountingThousand", "十一"},
		{20, "chineseCounting", "二十"},
		{35, "chineseCounting", "三十五"},
		{120, "chineseCounting", "一百二十"},
		{105, "chineseCounting", "一百〇五"},
		{100, "chineseCounting", "一百"},
		{1000, "chineseCounting", "1000"},
		{3, "ideographZodiac", "寅"},
		{2, "ideographEnclosedCircle", "㊁"},
		{22, "ordinal", "22nd"},
		{13, "ordinal", "13th"},
		{26, "hex", "1A"},
		{7, "decimalHalfWidth", "7"},
		{3, "ideographTraditional", "丙"},
		{2, "decimalEnclosedCircle", "②"},
		{4, "decimalEnclosedParen", "⑷"},
		{28, "lowerLetter", "bb"},
		{3, "upperLetter", "C"},
		{14, "lowerRoman", "xiv"},
		{1990, "upperRoman", "MCMXC"},
		{5, "none", ""},
	} {
		if got := formatNumber(c.v, c.format); got != c.want {
			t.Errorf("formatNumber(%d, %s) = %q, want %q", c.v, c.format, got, c.want)
		}
	}
}

// Levels count as Word counts them: a deeper level starts again under each
// item above it, lists of one abstract definition continue each other, and
// a list with a start override restarts.
func TestDocxNumberingLabels(t *testing.T) {
	n := &docxNumbering{
		levels: map[string]map[int]docxLevel{"0": {
			0: {start: 1, format: "chineseCounting", text: "%1、", suffix: "nothing"},
			1: {start: 1, format: "decimal", text: "%1.%2", suffix: "space"},
			2: {start: 1, format: "bullet", text: "●"},
		}},
		lists: map[string]docxList{"1": {abstract: "0"}, "2": {abstract: "0"}, "3": {abstract: "0", overrides: map[int]int{0: 1}}},
		count: map[string]*[9]int{}, set: map[string]*[9]bool{}, used: map[string]bool{},
	}
	var got []string
	for _, p := range []struct {
		num  string
		ilvl int
	}{{"1", 0}, {"1", 1}, {"1", 1}, {"1", 2}, {"1", 0}, {"1", 1}, {"2", 0}, {"3", 0}, {"9", 0}} {
		got = append(got, n.label(p.num, p.ilvl))
	}
	// %1 in a deeper level is shown in its own level's format, as Word does
	want := []string{"一、", "一.1 ", "一.2 ", "", "二、", "二.1 ", "三、", "一、", ""}
	for k := range want {
		if got[k] != want[k] {
			t.Fatalf("labels %q, want %q", got, want)
		}
	}
}

// Malformed numbering.xml (a num inside an abstractNum and the reverse)
// is read without a panic.
func TestDocxNumberingMalformed(t *testing.T) {
	n := &docxNumbering{levels: map[string]map[int]docxLevel{}, lists: map[string]docxList{}}
	el := func(name string, attrs ...string) xml.StartElement {
		t := xml.StartElement{Name: xml.Name{Local: name}}
		for k := 0; k+1 < len(attrs); k += 2 {
			t.Attr = append(t.Attr, xml.Attr{Name: xml.Name{Local: attrs[k]}, Value: attrs[k+1]})
		}
		return t
	}
	n.numberingElement(el("num", "numId", "1"), nil)
	n.numberingElement(el("abstractNum", "abstractNumId", "2"), []string{"num"})
	n.numberingElement(el("startOverride", "val", "3"), []string{"num", "abstractNum", "lvlOverride"})
	n.numberingElement(el("abstractNum", "abstractNumId", "4"), nil)
	n.numberingElement(el("num", "numId", "5"), []string{"abstractNum"})
	n.numberingElement(el("lvl", "ilvl", "-7"), []string{"abstractNum", "num"})
	n.numberingElement(el("numFmt", "val", "decimal"), []string{"abstractNum", "num", "lvl"})
}

// w:lvlRestart and w:isLgl: a level with lvlRestart 0 runs on under the
// levels above it (items 1． numbered across the parts), one with
// lvlRestart 1 restarts only under level 1, and a legal level shows every
// number of its text in decimal (1.1, not 一.1).
func TestDocxNumberingRestartLegal(t *testing.T) {
	n := &docxNumbering{
		levels: map[string]map[int]docxLevel{"0": {
			0: {start: 1, format: "chineseCounting", text: "%1、", suffix: "nothing"},
			1: {start: 1, format: "decimal", text: "%2．", suffix: "nothing", hasRestart: true},
			2: {start: 1, format: "decimal", text: "%1.%3", suffix: "nothing", legal: true},
			3: {start: 1, format: "decimal", text: "（%4）", suffix: "nothing", restart: 1, hasRestart: true},
		}},
		lists: map[string]docxList{"1": {abstract: "0"}},
		count: map[string]*[9]int{}, set: map[string]*[9]bool{}, used: map[string]bool{},
	}
	var got []string
	for _, ilvl := range []int{0, 1, 1, 2, 3, 2, 3, 0, 1, 2, 3} {
		got = append(got, n.label("1", ilvl))
	}
	want := []string{"一、", "1．", "2．", "1.1", "（1）", "1.2", "（2）", "二、", "3．", "2.1", "（1）"}
	if !slices.Equal(got, want) {
		t.Fatalf("labels %q, want %q", got, want)
	}
}
