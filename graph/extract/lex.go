package extract

import (
	"encoding/binary"
	"math/bits"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Rune classes used by the scanner. Full- and half-width forms are equal.

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\u3000', '\u00a0', '\u2002', '\u2003', '\u200b':
		return true
	}
	return false
}

func isOpen(r rune) bool {
	switch r {
	case '（', '(', '[', '【', '［', '〔', '{', '｛':
		return true
	}
	return false
}

func isClose(r rune) bool {
	switch r {
	case '）', ')', ']', '】', '］', '〕', '}', '｝':
		return true
	}
	return false
}

func isColon(r rune) bool { return r == '：' || r == ':' || r == '︰' }

// isSemicolon always separates annotation fields; a comma only before a label.
func isSemicolon(r rune) bool { return r == '；' || r == ';' }

func isComma(r rune) bool { return r == '，' || r == ',' }

// isListSep separates the names of a list.
func isListSep(r rune) bool {
	switch r {
	case '、', '，', ',', '；', ';', '/', '／':
		return true
	}
	return isSpace(r)
}

// isSentenceEnd ends a sentence.
func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?':
		return true
	}
	return false
}

// isClauseEnd ends a clause inside a sentence.
func isClauseEnd(r rune) bool {
	switch r {
	case '，', ',', '；', ';', '：', ':', '、':
		return true
	}
	return isSentenceEnd(r)
}

// isLeadTrim is what a task text does not start with.
func isLeadTrim(r rune) bool {
	switch r {
	case '，', ',', '；', ';', '、', '：', ':', '。', '.', '！', '!', '？', '?':
		return true
	}
	return isSpace(r)
}

// isTailTrim is what a task text does not end with (it keeps 。).
func isTailTrim(r rune) bool {
	switch r {
	case '，', ',', '；', ';', '、', '：', ':':
		return true
	}
	return isSpace(r)
}

// isStar reports the marks some documents put before key tasks or role
// lines (★, ▲, →, ▶): decoration, not text.
func isStar(r rune) bool {
	switch r {
	case '★', '☆', '▲', '△', '◆', '◇', '●', '■', '※', '→', '⇒', '▶', '►', '▷', '▸', '➤', '➢', '♦', '▪', '◎':
		return true
	}
	return false
}

func isQuote(r rune) bool {
	switch r {
	case '“', '”', '"', '‘', '’', '\'', '「', '」', '『', '』', '《', '》':
		return true
	}
	return false
}

// isCJKIdeograph is the main block of isHan, a cheap test for the runes
// that make up most of a document.
func isCJKIdeograph(r rune) bool { return r >= 0x4e00 && r <= 0x9fff }

func isHan(r rune) bool {
	if isCJKIdeograph(r) {
		return true
	}
	return r >= 0x3400 && unicode.Is(unicode.Han, r)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

func digitValue(r rune) int {
	if r >= '０' && r <= '９' {
		return int(r - '０')
	}
	return int(r - '0')
}

func isCNNumeral(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '〇', '零', '百', '两':
		return true
	}
	return false
}

// cnNumber converts a small Chinese numeral: 一 … 九百九十九, or a digit
// string such as 二〇二三.
func cnNumber(rs []rune) (int, bool) {
	if len(rs) == 0 {
		return 0, false
	}
	digit := func(r rune) (int, bool) {
		switch r {
		case '〇', '零':
			return 0, true
		case '一':
			return 1, true
		case '二', '两':
			return 2, true
		case '三':
			return 3, true
		case '四':
			return 4, true
		case '五':
			return 5, true
		case '六':
			return 6, true
		case '七':
			return 7, true
		case '八':
			return 8, true
		case '九':
			return 9, true
		}
		return 0, false
	}
	units := false
	for _, r := range rs {
		if r == '十' || r == '百' {
			units = true
		}
	}
	n := 0
	if !units {
		for _, r := range rs {
			d, ok := digit(r)
			if !ok {
				return 0, false
			}
			n = n*10 + d
		}
		return n, true
	}
	cur := 0
	for _, r := range rs {
		switch r {
		case '十', '百':
			if cur == 0 {
				cur = 1
			}
			if r == '十' {
				n += cur * 10
			} else {
				n += cur * 100
			}
			cur = 0
		default:
			d, ok := digit(r)
			if !ok {
				return 0, false
			}
			cur = d
		}
	}
	return n + cur, true
}

// runeWords is a word list indexed by first and last rune; lookups try the
// longest word first.
type runeWords struct {
	all             [][]rune
	first, last     runeSet
	byFirst, byLast map[rune][][]rune
}

// runeSet is a bitset of BMP runes; runes beyond it are always "maybe".
type runeSet [0x10000 / 64]uint64

func (s *runeSet) add(r rune) {
	if r >= 0 && r < 0x10000 {
		s[r>>6] |= 1 << (r & 63)
	}
}

func (s *runeSet) has(r rune) bool { return r < 0 || r >= 0x10000 || s[r>>6]&(1<<(r&63)) != 0 }

func words(ws ...string) *runeWords {
	all := make([][]rune, len(ws))
	for i, w := range ws {
		all[i] = []rune(w)
	}
	sort.SliceStable(all, func(a, b int) bool { return len(all[a]) > len(all[b]) })
	rw := &runeWords{all: all, byFirst: map[rune][][]rune{}, byLast: map[rune][][]rune{}}
	for _, w := range all {
		rw.first.add(w[0])
		rw.last.add(w[len(w)-1])
		rw.byFirst[w[0]] = append(rw.byFirst[w[0]], w)
		rw.byLast[w[len(w)-1]] = append(rw.byLast[w[len(w)-1]], w)
	}
	return rw
}

// prefixAt returns the length of the longest word that src[i:e] starts with.
func (ws *runeWords) prefixAt(src []rune, i, e int) int {
	if i >= e || !ws.first.has(src[i]) {
		return 0
	}
	for _, w := range ws.byFirst[src[i]] {
		if hasAt(src, i, e, w) {
			return len(w)
		}
	}
	return 0
}

// suffixAt returns the length of the longest word that src[s:e] ends with.
func (ws *runeWords) suffixAt(src []rune, s, e int) int {
	if e <= s || !ws.last.has(src[e-1]) {
		return 0
	}
	for _, w := range ws.byLast[src[e-1]] {
		if e-len(w) >= s && hasAt(src, e-len(w), e, w) {
			return len(w)
		}
	}
	return 0
}

func (ws *runeWords) containedIn(src []rune, s, e int) bool {
	for i := s; i < e; i++ {
		if ws.prefixAt(src, i, e) > 0 {
			return true
		}
	}
	return false
}

func hasAt(src []rune, i, e int, w []rune) bool {
	if i < 0 || i+len(w) > e {
		return false
	}
	for k, r := range w {
		if src[i+k] != r {
			return false
		}
	}
	return true
}

func indexRunes(src []rune, s, e int, w []rune) int {
	for i := s; i+len(w) <= e; i++ {
		if hasAt(src, i, e, w) {
			return i
		}
	}
	return -1
}

// trim narrows [s,e) past runes that lead/tail reject.
func trim(src []rune, s, e int, lead, tail func(rune) bool) (int, int) {
	for s < e && lead(src[s]) {
		s++
	}
	for e > s && tail(src[e-1]) {
		e--
	}
	return s, e
}

// hasContent reports whether src[s:e] holds a letter, digit or Han rune.
func hasContent(src []rune, s, e int) bool {
	for i := s; i < e; i++ {
		r := src[i]
		if isHan(r) || unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// matchClose returns the index of the bracket closing the one at i, or -1
// when it is not closed before e. Brackets of any shape nest together.
func matchClose(src []rune, i, e int) int {
	depth := 0
	for j := i; j < e; j++ {
		switch r := src[j]; {
		case isOpen(r):
			depth++
		case isClose(r):
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// matchOpen returns the index of the bracket opening the one closed at j.
func matchOpen(src []rune, s, j int) int {
	depth := 0
	for i := j; i >= s; i-- {
		switch r := src[i]; {
		case isClose(r):
			depth++
		case isOpen(r):
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// text is the normalised source as runes, with each rune's byte offset so
// that any span slices the source string without copying.
type text struct {
	src    []rune
	source string
	off    []int32
}

func newText(source string) text {
	rs, off := decodeRunes(source)
	return text{src: rs, source: source, off: off}
}

// indexLast is strings.Index for long texts of CJK: it looks for the word's
// last byte first. strings.Index looks for the first byte, and in Chinese
// text a lead byte such as 0xe8 or 0xef (，：（）) starts every few
// characters; a last byte is a continuation byte, one of 64 values.
func indexLast(s, word string) int {
	n := len(word)
	if n < 2 {
		return strings.Index(s, word)
	}
	last := word[n-1]
	for i := n - 1; i < len(s); {
		k := strings.IndexByte(s[i:], last)
		if k < 0 {
			return -1
		}
		i += k
		if s[i-n+1:i+1] == word {
			return i - n + 1
		}
		i++
	}
	return -1
}

// slice returns runes [s,e) as a text of their own (indexed from 0).
func (t *text) slice(s, e int) text {
	return text{src: t.src[s:e], source: t.source, off: t.off[s : e+1]}
}

// str returns the source text of runes [s,e), sharing the source's memory.
func (t *text) str(s, e int) string { return t.source[t.off[s]:t.off[e]] }

// runeCount counts the runes of valid UTF-8: the bytes that are not
// continuation bytes (10xxxxxx), eight at a time.
func runeCount(s string) int {
	const highs = 0x8080808080808080
	cont, i := 0, 0
	for ; i+8 <= len(s); i += 8 {
		x := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		cont += bits.OnesCount64(x & highs &^ (x << 1))
	}
	for ; i < len(s); i++ {
		if s[i]&0xc0 == 0x80 {
			cont++
		}
	}
	return len(s) - cont
}

// decodeRunes decodes valid UTF-8 into runes and the byte offset of each
// rune (plus one for the end), so that spans slice the source for free.
// A long text is cut at rune starts into one part per core, decoded side
// by side: the arrays are the same as one pass would fill.
func decodeRunes(s string) ([]rune, []int32) {
	return decodeRunesParts(s, min(runtime.GOMAXPROCS(0), len(s)/(1<<20)))
}

// decodeRunesParts is decodeRunes in parts (at most) on as many goroutines.
func decodeRunesParts(s string, parts int) ([]rune, []int32) {
	if parts >= 2 {
		if rs, off, ok := decodeParallel(s, parts); ok {
			return rs, off
		}
	}
	n := runeCount(s)
	rs, off := make([]rune, n), make([]int32, n+1)
	decodeInto(s, 0, rs, off, 0, n)
	off[n] = int32(len(s))
	return rs, off
}

// decodeInto decodes s from byte i into rs[k:end], with each rune's byte
// offset in off, until s or rs[:end] ends; it returns where it stopped.
func decodeInto(s string, i int, rs []rune, off []int32, k, end int) (int, int) {
	for ; i < len(s) && k < end; k++ {
		off[k] = int32(i)
		switch c := s[i]; {
		case c < 0x80:
			rs[k], i = rune(c), i+1
		case c&0xf0 == 0xe0 && i+2 < len(s):
			rs[k], i = rune(c&0x0f)<<12|rune(s[i+1]&0x3f)<<6|rune(s[i+2]&0x3f), i+3
		default:
			rs[k], i = decodeOther(s, i)
		}
	}
	return i, k
}

// decodeParallel decodes s in parts. A part starts after an ASCII byte
// that no three-byte lead (E0–EF) precedes: one pass, even over invalid
// UTF-8, starts a rune there too (no sequence it reads crosses that byte).
// ok is false when no such border is near a cut, or when a part did not
// decode to as many runes as it counts (invalid UTF-8): the caller then
// decodes in one pass.
func decodeParallel(s string, parts int) (rs []rune, off []int32, ok bool) {
	bounds := make([]int, parts+1) // byte offsets of the parts
	bounds[parts] = len(s)
	for p := 1; p < parts; p++ {
		b := max(bounds[p-1]+1, len(s)*p/parts, 2)
		for limit := b + 1<<16; b < len(s) && !(s[b-1] < 0x80 && (s[b-2] < 0xe0 || s[b-2] > 0xef)); b++ {
			if b == limit {
				return nil, nil, false
			}
		}
		if b >= len(s) {
			return nil, nil, false
		}
		bounds[p] = b
	}
	first := make([]int, parts+1) // index of each part's first rune
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() { first[p+1] = runeCount(s[bounds[p]:bounds[p+1]]) })
	}
	wg.Wait()
	for p := range parts {
		first[p+1] += first[p]
	}
	n := first[parts]
	rs, off = make([]rune, n), make([]int32, n+1)
	okParts := make([]bool, parts)
	for p := range parts {
		wg.Go(func() {
			part, end := s[:bounds[p+1]], first[p+1]
			i, k := decodeInto(part, bounds[p], rs, off, first[p], end)
			okParts[p] = i == len(part) && k == end
		})
	}
	wg.Wait()
	off[n] = int32(len(s))
	return rs, off, !slices.Contains(okParts, false)
}

// decodeOther decodes a rune that is neither ASCII nor three bytes long.
func decodeOther(s string, i int) (rune, int) {
	r, size := utf8.DecodeRuneInString(s[i:])
	return r, i + size
}

// Marker kinds of headings and numbered items.
type marker int

const (
	markNone     marker = iota
	markCN              // 一、
	markParenCN         // （一）
	markNumbered        // 1．  （1）  ①  第一条
)

// blockNouns open a numbered block: 项目一：NAME, 任务3、NAME.
var blockNouns = words("项目", "任务", "事项", "工程")

// blockNounAt returns the length of a block number with its colon (or
// 、 or ．) at src[i:e] (项目十二：, 任务3、), or 0.
func blockNounAt(src []rune, i, e int) int {
	n := blockNouns.prefixAt(src, i, e)
	if n == 0 {
		return 0
	}
	j := i + n
	for j < e && j-i-n < 4 && (isCNNumeral(src[j]) || isDigit(src[j])) {
		j++
	}
	if j == i+n || j >= e || !isColon(src[j]) && src[j] != '、' && src[j] != '．' {
		return 0
	}
	return j + 1 - i
}

// markerAt recognises a heading or item marker at src[i:e]; it returns the
// kind and the index just past the marker.
func markerAt(src []rune, i, e int) (marker, int) {
	if i >= e {
		return markNone, i
	}
	r := src[i]
	if n := blockNounAt(src, i, e); n > 0 {
		return markNumbered, i + n
	}
	switch {
	case r >= '①' && r <= '⑳' || r >= '⑴' && r <= '⒇':
		return markNumbered, i + 1
	case r == '第':
		// 第十二条　…: an article number, followed by a space
		j := i + 1
		for j < e && j-i <= 5 && (isCNNumeral(src[j]) || isDigit(src[j])) {
			j++
		}
		if j > i+1 && j+1 < e && src[j] == '条' && (src[j+1] == ' ' || src[j+1] == '\u3000') {
			return markNumbered, j + 1
		}
	case r == '（' || r == '(':
		j := i + 1
		for j < e && j-i <= 4 && isCNNumeral(src[j]) {
			j++
		}
		if j > i+1 && j < e && (src[j] == '）' || src[j] == ')') {
			return markParenCN, j + 1
		}
		j = i + 1
		for j < e && j-i <= 3 && isDigit(src[j]) {
			j++
		}
		if j > i+1 && j < e && (src[j] == '）' || src[j] == ')') {
			return markNumbered, j + 1
		}
	case isCNNumeral(r):
		j := i
		for j < e && j-i < 4 && isCNNumeral(src[j]) {
			j++
		}
		if j < e && (src[j] == '、' || src[j] == '．') {
			return markCN, j + 1
		}
	case isDigit(r):
		j := i
		for j < e && j-i < 3 && isDigit(src[j]) {
			j++
		}
		if j < e && (src[j] == '．' || src[j] == '.' || src[j] == '、' || src[j] == ')' || src[j] == '）') {
			if (src[j] == '.' || src[j] == '．') && j+1 < e && isDigit(src[j+1]) {
				// 1.2 / 1.2.3 outline numbering, followed by a space or 、;
				// otherwise an amount (1.5亿元).
				k := j
				for k < e && k-i < 12 && (isDigit(src[k]) || src[k] == '.' || src[k] == '．') {
					k++
				}
				if k < e && (src[k] == ' ' || src[k] == '\u3000' || src[k] == '、') && isDigit(src[k-1]) {
					return markNumbered, k + 1
				}
				// 1.2.推进… / 1.2．推进…: the number closed by a dot
				if k < e && k-i >= 4 && (src[k-1] == '.' || src[k-1] == '．') && isDigit(src[k-2]) && (isHan(src[k]) || isSpace(src[k])) {
					return markNumbered, k
				}
				// 1.6月底前完成…: no month is a decimal, so the item 1. and a date
				if k-j <= 3 && k < e && (src[k] == '月' || src[k] == '日' || src[k] == '号') && !slices.Contains(src[j+1:k], '.') && !slices.Contains(src[j+1:k], '．') {
					return markNumbered, j + 1
				}
				return markNone, i
			}
			return markNumbered, j + 1
		}
		// 1 项目建设: an outline number, a space and a heading word (not an
		// amount: 3 月底前, 12 个).
		if j < e && j-i <= 2 && (src[j] == ' ' || src[j] == '\u3000') && j+1 < e && isHan(src[j+1]) &&
			!strings.ContainsRune("年月日号时个万亿千百元家所台条座名人次倍米亩吨户套", src[j+1]) {
			return markNumbered, j + 1
		}
	}
	return markNone, i
}
