package extract

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// noticeWords mark the covering notice's own sentences.
var noticeWords = []string{"印发给你们", "现印发", "现将", "请结合实际", "遵照执行", "请认真贯彻", "请抓好贯彻", "认真贯彻执行"}

// isContent reports whether line i belongs to the body: a heading, an item,
// labelled lines, a table header, an annotated or a long paragraph.
func (p *parser) isContent(i int) bool {
	ln := p.lines[i]
	switch ln.kind {
	case lkBlank:
		return false
	case lkLabel:
		return true
	case lkTab:
		// a header row, or a row of a table whose header cannot be
		// mapped (the profile counts its rows as unread)
		_, ok := p.tableHeader(i)
		return ok || p.filledCells(i) >= 3
	}
	if ln.mk != markNone || ln.mdHeading && i > p.nextLine(-1) {
		return true // 1．…, or a Markdown sub-heading (## 关键词　城建) below the title
	}
	if len(p.annotations(ln.cs, ln.e, false)) > 0 {
		return true
	}
	if ln.e-ln.cs >= 80 {
		text := p.str(ln.cs, ln.e)
		for _, w := range noticeWords {
			if strings.Contains(text, w) {
				return false
			}
		}
		return true
	}
	return false
}

// frontMatter reads the document's metadata from the lines before the body
// and returns the index of the body's first line.
func (p *parser) frontMatter() int {
	body := len(p.lines)
	for i := range p.lines {
		if p.isContent(i) {
			body = i
			break
		}
	}
	meta := &p.doc.Meta
	used := make([]bool, body)
	text := func(i int) string {
		return strings.TrimSpace(strings.ReplaceAll(p.str(p.lines[i].cs, p.lines[i].e), "\t", " "))
	}
	notice := ""
	for i := 0; i < body; i++ {
		if p.lines[i].kind == lkBlank {
			continue
		}
		t := text(i)
		if d, ok := parseDate(t); ok {
			if meta.Date == "" {
				meta.Date = d
			}
			used[i] = true
			if j := p.prevLine(i); j >= 0 && isIssuer(text(j)) {
				meta.Issuer, used[j] = text(j), true
			}
			continue
		}
		if n := docNumber(t); n != "" {
			if meta.Number == "" {
				meta.Number = n
			}
			if utf8.RuneCountInString(t) <= utf8.RuneCountInString(n)+4 {
				used[i] = true
			}
		}
		if notice == "" && strings.HasPrefix(t, "关于") && utf8.RuneCountInString(t) <= 80 && !strings.ContainsAny(t, "。") {
			notice, used[i] = t, true
		}
	}
	if first := p.nextLine(-1); first >= 0 && first < body && isIssuer(text(first)) {
		if meta.Issuer == "" {
			meta.Issuer = text(first)
		}
	}
	for i := 0; i < body; i++ {
		if meta.Issuer != "" && p.lines[i].kind != lkBlank && text(i) == meta.Issuer {
			used[i] = true
		}
	}
	// The title: short lines just above the body.
	var title []string
	for j, n := p.prevLine(body), 0; j >= 0 && j < body && !used[j] && n < 4; j, n = j-1, n+1 {
		t := text(j)
		if len(title) == 0 && p.lines[j].kind != lkBlank && labelValueLine(t) {
			continue // 牵头部门：X　填报时间：… between the title and the table: not the title
		}
		if p.lines[j].kind == lkBlank || utf8.RuneCountInString(t) > 40 || strings.ContainsAny(t, "。；;") || strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":") {
			break
		}
		title = append([]string{t}, title...)
		used[j] = true
	}
	meta.Title = strings.Join(title, "")
	if meta.Title == "" {
		meta.Title = notice
	}
	if meta.Title == "" {
		if j := p.nextLine(-1); j >= 0 && j < body && !used[j] && utf8.RuneCountInString(text(j)) <= 40 {
			meta.Title, used[j] = text(j), true
		}
	}
	if meta.Title == "" {
		meta.Title = strings.TrimSuffix(baseName(p.name), filepath.Ext(p.name))
	}
	for _, s := range []string{meta.Issuer, meta.Title, notice} {
		if meta.Jurisdiction = jurisdictionOf(s); meta.Jurisdiction != "" {
			break
		}
	}
	for _, s := range []string{meta.Title, notice, meta.Date, baseName(p.name)} {
		if meta.Year = yearOf(s); meta.Year != 0 {
			break
		}
	}
	for i := 0; i < body; i++ {
		if !used[i] && p.lines[i].kind != lkBlank {
			p.narrative(p.lines[i].cs, p.lines[i].e)
		}
	}
	return body
}

// labelValueLine reports a line that opens with a label of a role or of
// the form itself and its value (牵头部门：X, 填报单位：X, 填报时间：…,
// 责任领导：X), as a form has between its title and its table.
func labelValueLine(t string) bool {
	k := strings.IndexAny(t, "：:")
	if k <= 0 || strings.TrimSpace(t[k:]) == "：" || strings.TrimSpace(t[k:]) == ":" {
		return false
	}
	label := strings.TrimSpace(t[:k])
	if utf8.RuneCountInString(label) > 8 {
		return false
	}
	r, _ := roleOf(label)
	return r != roleNone || strings.HasSuffix(label, "时间") || strings.HasSuffix(label, "日期") || strings.HasSuffix(label, "人")
}

// isIssuer reports a line that names an issuing office.
func isIssuer(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 30 || strings.ContainsAny(s, "，。：:；") {
		return false
	}
	for _, w := range []string{"办公室", "人民政府", "政府", "委员会", "办公厅", "领导小组", "指挥部", "局", "委", "厅"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// parseDate reads a whole-line date such as 2023年2月1日 or 二〇二三年二月一日.
func parseDate(s string) (string, bool) {
	rs := []rune(strings.TrimSpace(s))
	var parts [3]int
	marks := [3]rune{'年', '月', '日'}
	i := 0
	for k := 0; k < 3; k++ {
		j := i
		for j < len(rs) && (isDigit(rs[j]) || isCNNumeral(rs[j])) {
			j++
		}
		if j == i || j >= len(rs) || rs[j] != marks[k] {
			return "", false
		}
		n := 0
		if isDigit(rs[i]) {
			for _, r := range rs[i:j] {
				if !isDigit(r) {
					return "", false
				}
				n = n*10 + digitValue(r)
			}
		} else {
			v, ok := cnNumber(rs[i:j])
			if !ok {
				return "", false
			}
			n = v
		}
		parts[k] = n
		i = j + 1
	}
	if i != len(rs) || parts[0] < 1949 || parts[0] > 2100 || parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > 31 {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", parts[0], parts[1], parts[2]), true
}

// docNumber finds a document number such as 历政办字〔2023〕1号.
func docNumber(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		if r != '〔' && r != '[' && r != '［' && r != '【' && r != '(' && r != '（' {
			continue
		}
		j := i + 1
		for j < len(rs) && j-i <= 4 && isDigit(rs[j]) {
			j++
		}
		if j-i-1 != 4 || j >= len(rs) || !isClose(rs[j]) {
			continue
		}
		k := j + 1
		for k < len(rs) && k-j <= 5 && isDigit(rs[k]) {
			k++
		}
		if k == j+1 || k >= len(rs) || rs[k] != '号' {
			continue
		}
		a := i
		for a > 0 && i-a < 10 && isHan(rs[a-1]) {
			a--
		}
		if i-a < 2 {
			continue
		}
		return string(rs[a : k+1])
	}
	return ""
}

// jurisdictionOf finds the jurisdiction in an issuer or title:
// 济南市历下区人民政府办公室 → 济南市历下区.
func jurisdictionOf(s string) string {
	for _, cut := range []string{"人民政府", "政府工作报告", "政府", "委员会", "党委"} {
		i := strings.Index(s, cut)
		if i <= 0 {
			continue
		}
		rs := withoutYears([]rune(s[:i]))
		k := len(rs)
		for k > 0 && isHan(rs[k-1]) {
			k--
		}
		name := strings.TrimSuffix(strings.TrimPrefix(string(rs[k:]), "中共"), "人民")
		last, _ := utf8.DecodeLastRuneInString(name)
		if utf8.RuneCountInString(name) >= 2 && strings.ContainsRune("省市区县州旗盟镇乡", last) && !notAPlace(name) {
			return name
		}
	}
	// 某市2023年重点工作任务清单: a place name before the year.
	rs := []rune(s)
	k := 0
	for k < len(rs) && isHan(rs[k]) && k < 12 {
		k++
	}
	if k >= 2 && k < len(rs) && isDigit(rs[k]) && strings.ContainsRune("省市区县州旗盟", rs[k-1]) && !notAPlace(string(rs[:k])) {
		return string(rs[:k])
	}
	// 2024年济南市历下区重点任务分解: a place name after the year.
	i := 0
	for i < len(rs) && isDigit(rs[i]) {
		i++
	}
	if i == 4 && i < len(rs) && rs[i] == '年' {
		i++
		if i < len(rs) && rs[i] == '度' { // 2025年度
			i++
		}
		end := -1
		for j := i; j < len(rs) && j-i < 12 && isHan(rs[j]); j++ {
			if strings.ContainsRune("省市区县州旗盟", rs[j]) {
				end = j + 1
			}
		}
		if end-i >= 2 && !notAPlace(string(rs[i:end])) {
			return string(rs[i:end])
		}
	}
	return ""
}

// notAPlace tells a collective or deictic level (全县, 本市, 我区, 各县) from
// a place name.
func notAPlace(name string) bool {
	first, _ := utf8.DecodeRuneInString(name)
	return strings.ContainsRune("全本我各该", first)
}

// withoutYears drops 2023年 and 2023年度 from a title fragment.
func withoutYears(rs []rune) []rune {
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		if isDigit(rs[i]) {
			j := i
			for j < len(rs) && isDigit(rs[j]) {
				j++
			}
			if j < len(rs) && rs[j] == '年' {
				i = j
				if i+1 < len(rs) && rs[i+1] == '度' {
					i++
				}
				continue
			}
		}
		out = append(out, rs[i])
	}
	return out
}

// yearOf finds a year: 2023年, 2023-02-01, or 2023 in a file name.
func yearOf(s string) int {
	rs := []rune(s)
	for i := 0; i+4 <= len(rs); i++ {
		if i > 0 && isDigit(rs[i-1]) {
			continue
		}
		n := 0
		ok := true
		for _, r := range rs[i : i+4] {
			if !isDigit(r) {
				ok = false
				break
			}
			n = n*10 + digitValue(r)
		}
		if !ok || i+4 < len(rs) && isDigit(rs[i+4]) {
			continue
		}
		if n >= 1949 && n <= 2100 {
			return n
		}
	}
	return 0
}
