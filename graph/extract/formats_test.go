package extract_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"govgraph/graph"
	"govgraph/graph/extract"
)

func TestGB18030(t *testing.T) {
	doc := parseFile(t, fixture("gb18030.txt"), extract.Options{})
	checkTasks(t, doc, []wantTask{
		{"新建改造城市公厕20座", []string{"于杰"}, none, []string{"区城市管理局", "各街道办事处"}, "", 0},
		{"完成佛山苑老旧小区改造", []string{"赵冬梅"}, []string{"区住房和城市建设局"}, []string{"历下城市发展集团"}, "", 0},
		{"举办“泉城㐀韵”文化惠民演出100场", []string{"李伟"}, none, []string{"区文化和旅游局"}, "", 1},
	})
	if doc.Meta.Title != "2023年历下区民生实事项目任务分解" || doc.Meta.Issuer != "济南市历下区人民政府办公室" || doc.Meta.Jurisdiction != "济南市历下区" {
		t.Errorf("meta %+v", doc.Meta)
	}
	// GBK is a subset: the seed encoded as GBK parses like the seed.
	utf, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(utf)
	if err != nil {
		t.Fatal(err)
	}
	a, err := extract.Parse("seed-gbk.txt", gbk, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := parseFile(t, seedPath, extract.Options{})
	if a.Source != b.Source || a.Meta.Hash != b.Meta.Hash || a.Meta.ID != b.Meta.ID || len(a.Tasks) != 144 {
		t.Errorf("GBK seed: %d tasks, same source %v", len(a.Tasks), a.Source == b.Source)
	}
}

// buildDocx writes a minimal .docx whose body is the given WordprocessingML.
func buildDocx(t *testing.T, body string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	files := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
			body + `<w:sectPr/></w:body></w:document>`,
	}
	for _, name := range []string{"[Content_Types].xml", "word/document.xml"} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(files[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func para(runs ...string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	for _, r := range runs {
		b.WriteString(`<w:r><w:t xml:space="preserve">` + r + `</w:t></w:r>`)
	}
	b.WriteString("</w:p>")
	return b.String()
}

func cell(text string, props string) string {
	return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + para(text) + "</w:tc>"
}

func row(cells ...string) string { return "<w:tr>" + strings.Join(cells, "") + "</w:tr>" }

func TestDocx(t *testing.T) {
	body := para("2023年某区重点工作任务分解") +
		para("一、经济发展") +
		// A paragraph whose annotation is split across runs, as Word does.
		para("加快推进济南人工智能计算中心建设", "（牵头领导：赵冬梅；", "责任单位：历下控股集团）") +
		"<w:tbl>" +
		row(cell("序号", ""), cell("工作任务", ""), cell("牵头区领导", ""), cell("牵头单位", ""), cell("配合单位", "")) +
		row(cell("1", ""), cell("建成茂岭山消防站", ""), cell("武毅", `<w:vMerge w:val="restart"/>`), cell("区消防救援大队", ""), cell("区应急管理局", "")) +
		row(cell("2", ""), cell("开展安全隐患排查整治", ""), cell("", `<w:vMerge/>`), cell("区应急管理局", ""), cell("区安委会各成员单位", "")) +
		row(cell("二、社会民生", `<w:gridSpan w:val="5"/>`)) +
		row(cell("3", ""), "<w:tc>"+para("新增城镇就业")+para("3万人")+"</w:tc>", cell("王若曦", ""), cell("区人力资源和社会保障局", ""), cell("", "")) +
		"</w:tbl>"
	doc, err := extract.Parse("tasks.docx", buildDocx(t, body), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	checkTasks(t, doc, []wantTask{
		{"加快推进济南人工智能计算中心建设", []string{"赵冬梅"}, none, []string{"历下控股集团"}, "", 0},
		{"建成茂岭山消防站", []string{"武毅"}, []string{"区消防救援大队"}, []string{"区应急管理局"}, "", 0},
		{"开展安全隐患排查整治", []string{"武毅"}, []string{"区应急管理局"}, []string{"区安委会各成员单位"}, "", 0}, // merged cell
		{"新增城镇就业 3万人", []string{"王若曦"}, []string{"区人力资源和社会保障局"}, none, "", 1},
	})
	if doc.Meta.Format != "docx" || doc.Meta.Title != "2023年某区重点工作任务分解" || len(doc.Sections) != 2 || doc.Sections[1].Title != "社会民生" {
		t.Errorf("meta %+v sections %+v", doc.Meta, doc.Sections)
	}
	if !strings.Contains(doc.Source, "\n1\t建成茂岭山消防站\t武毅\t区消防救援大队\t区应急管理局\n") {
		t.Errorf("table row not normalised to TAB-joined cells:\n%s", doc.Source)
	}
}

func TestBadInput(t *testing.T) {
	xlsx := func() []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.Create("xl/workbook.xml")
		w.Write([]byte("<workbook/>"))
		zw.Close()
		return buf.Bytes()
	}()
	noDocument := func() []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.Create("readme.txt")
		w.Write([]byte("hello"))
		zw.Close()
		return buf.Bytes()
	}()
	gbkLine2, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte("第一行\n第二"))
	gbkLine2 = append(gbkLine2, 0x81, 0x20, 'x') // 0x81 must start a two- or four-byte sequence
	tests := []struct {
		name, file string
		data       []byte
		format     string
		code       string
		msg        string
	}{
		{"empty", "a.txt", nil, "", graph.EINVALID, "a.txt: empty file"},
		{"blank", "a.txt", []byte(" \n\t\n"), "", graph.EINVALID, "a.txt: empty file"},
		{"NUL byte", "a.txt", []byte("abc\x00def"), "", graph.EINVALID, "a.txt: byte 3: binary data"},
		{"undecodable", "a.txt", gbkLine2, "", graph.EINVALID, "a.txt: byte 11 (line 2): text is neither UTF-8 nor GB18030"},
		{"control characters", "a.bin", bytes.Repeat([]byte{1, 2, 3, 'a'}, 20), "", graph.EINVALID, "a.bin: binary data"},
		{"broken pdf", "a.pdf", []byte("%PDF-1.7\n..."), "", graph.EINVALID, "a.pdf: not a readable PDF"},
		{"pdf named txt", "a.txt", []byte("%PDF-1.7\n..."), "", graph.EUNSUPPORTED, "a.txt: looks like a PDF; give it the .pdf extension"},
		{"xlsx without sheets", "a.xlsx", xlsx, "", graph.EINVALID, "a.xlsx: not a readable .xlsx workbook"},
		{"xlsx named docx", "a.docx", xlsx, "", graph.EINVALID, "a.docx: not a .docx document (no word/document.xml)"},
		{"docx that is not a zip", "a.docx", []byte("plain text"), "", graph.EINVALID, "a.docx: not a .docx file"},
		{"zip without document", "a.docx", noDocument, "", graph.EINVALID, "a.docx: not a .docx document (no word/document.xml)"},
		{"malformed docx xml", "a.docx", buildDocx(t, "<w:p><w:r><w:t>x</w:r></w:p>"), "", graph.EINVALID, "a.docx: word/document.xml line 1: malformed XML"},
		{"bad csv quote", "a.csv", []byte("序号,工作任务\n1,\"推进\"建设\n"), "", graph.EINVALID, "a.csv: line 2 col 6:"},
		{"unknown format", "a.txt", []byte("text"), "rtf", graph.EUNSUPPORTED, `a.txt: unsupported format "rtf"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := extract.Parse(tt.file, tt.data, extract.Options{Format: tt.format})
			var ge *graph.Error
			if !errors.As(err, &ge) || ge.Code != tt.code || !strings.HasPrefix(ge.Error(), tt.msg) || doc != nil {
				t.Fatalf("Parse = %v, %v; want %s error starting %q", doc, err, tt.code, tt.msg)
			}
		})
	}
	_, err := extract.ParseFile(filepath.Join(t.TempDir(), "missing.txt"), extract.Options{})
	if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), "missing.txt: cannot read file: no such file or directory") {
		t.Errorf("missing file: %v", err)
	}
}

// A readable text without annotations is a document with a warning.
func TestNoTasks(t *testing.T) {
	doc, err := extract.Parse("notes.txt", []byte("会议纪要\n\n今天讨论了明年的工作安排，大家畅所欲言。\n"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	if len(doc.Tasks) != 0 || len(doc.Diagnostics) != 1 || doc.Diagnostics[0].Message != "no annotated tasks found" || len(doc.Narrative) != 1 {
		t.Errorf("tasks %d diagnostics %+v narrative %v", len(doc.Tasks), doc.Diagnostics, doc.Narrative)
	}
}

func TestLoadTables(t *testing.T) {
	opts := seedTables(t)
	if opts.ScopedAliases["济南市历下区"]["房屋征收服务中心"] != "区房屋征收服务中心" || opts.KindOverrides["区委党史研究中心"] != graph.KindInstitution {
		t.Errorf("tables = %+v", opts)
	}
	tests := []struct {
		name, aliases, kinds, msg string
	}{
		{"no tab", "甲 乙\n", "", "aliases.tsv: line 1: expected two columns separated by one TAB"},
		{"unknown kind", "", "# c\n\n区发改局\tbureau\n", `unit-kinds.tsv: line 3: unknown unit kind "bureau"`},
		{"conflict", "甲\t乙\n甲\t丙\n", "", `aliases.tsv: line 2: "甲" is already mapped to "乙"`},
		{"cycle", "甲\t乙\n乙\t甲\n", "", "alias cycle"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.aliases != "" {
				os.WriteFile(filepath.Join(dir, extract.AliasesFile), []byte(tt.aliases), 0o644)
			}
			if tt.kinds != "" {
				os.WriteFile(filepath.Join(dir, extract.UnitKindsFile), []byte(tt.kinds), 0o644)
			}
			_, err := extract.LoadTables(dir)
			if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("LoadTables = %v, want %q", err, tt.msg)
			}
		})
	}
	if _, err := extract.LoadTables(filepath.Join(t.TempDir(), "nope")); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("missing dir: %v", err)
	}
	// An empty directory is fine: no tables.
	if opts, err := extract.LoadTables(t.TempDir()); err != nil || opts.Aliases != nil {
		t.Errorf("empty dir: %+v %v", opts, err)
	}
}

func TestUnitKindRules(t *testing.T) {
	tests := map[string]string{
		"区财政局": graph.KindDepartment, "区政府办公室": graph.KindDepartment, "市委组织部": graph.KindPartyOrgan,
		"区纪委监委": graph.KindPartyOrgan, "高新区管委会": graph.KindCommittee, "团区委": graph.KindMass,
		"区总工会": graph.KindMass, "区妇联": graph.KindMass, "市城投集团": graph.KindEnterprise,
		"国网济南供电公司": graph.KindEnterprise, "龙洞街道办事处": graph.KindStreet, "柳埠镇": graph.KindStreet,
		"区融媒体中心": graph.KindInstitution, "区人民医院": graph.KindInstitution, "市公安局历下分局": graph.KindBranch,
		"区消防救援大队": graph.KindBranch, "各镇街": graph.KindCollective, "区直有关部门": graph.KindCollective,
	}
	for name, want := range tests {
		if got := extract.UnitKind(name); got != want {
			t.Errorf("UnitKind(%s) = %s, want %s", name, got, want)
		}
	}
}

// The seed saved as .docx (one paragraph per line) parses like the text.
func TestDocxSeed(t *testing.T) {
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	var body strings.Builder
	for _, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		var esc bytes.Buffer
		xml.EscapeText(&esc, []byte(line))
		body.WriteString(para(esc.String()))
	}
	doc, err := extract.Parse("seed.docx", buildDocx(t, body.String()), seedTables(t))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	text := parseFile(t, seedPath, seedTables(t))
	if len(doc.Tasks) != 144 || len(doc.Sections) != len(text.Sections) || doc.Meta.Title != text.Meta.Title || doc.Meta.Date != text.Meta.Date {
		t.Fatalf("docx seed: %d tasks %d sections meta %+v", len(doc.Tasks), len(doc.Sections), doc.Meta)
	}
	for i := range doc.Tasks {
		a, b := doc.Tasks[i], text.Tasks[i]
		if a.Text != b.Text || a.Section != b.Section || !slices.Equal(a.Units, b.Units) || !slices.Equal(a.Leaders, b.Leaders) {
			t.Errorf("task %d differs: %q vs %q", i, a.Text, b.Text)
		}
	}
}
