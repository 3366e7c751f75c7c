// Package graph is govgraph's domain: the documents that assign government
// tasks to leaders and units, the store interface that answers questions about
// them, and the error kinds shared by every adapter. It imports no
// infrastructure; adapters live in subpackages (extract, embedded, neo4j).
package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
)

// Document is one parsed task-decomposition document. Its JSON form is the
// contract of `govgraph parse`.
type Document struct {
	Meta        DocumentMeta `json:"document"`
	Sections    []Section    `json:"sections"`
	Themes      []Theme      `json:"themes"`
	Tasks       []Task       `json:"tasks"`
	Leaders     []Leader     `json:"leaders"`
	Units       []Unit       `json:"units"`
	Projects    []Project    `json:"projects"`
	Narrative   []Span       `json:"narrative"` // unannotated sentences, reported rather than lost
	Diagnostics []Diagnostic `json:"diagnostics"`
	// Profile says how the document was read; nil for documents that were
	// not parsed (or were stored without it).
	Profile *Profile `json:"profile,omitempty"`
	// Source is the normalised text that every Span indexes (in code points).
	Source string `json:"-"`
}

// Profile says how a document was read: the conventions recognised, where
// its annotations stand, how its tables were mapped, and how much of it the
// tasks cover. Warnings say when the parse is doubtful.
type Profile struct {
	// Conventions recognised, most used first, e.g. "labelled lines before
	// the task", "unlabelled roles in brackets", "leader headings".
	Conventions []string `json:"conventions"`
	// Placement of the annotations relative to their tasks: inline, after,
	// before, heading, table, mixed or none.
	Placement string `json:"placement"`
	// Tables lists each table read and what its columns were taken for.
	Tables   []TableMapping `json:"tables,omitempty"`
	Coverage Coverage       `json:"coverage"`
	// Warnings about the parse as a whole (low coverage, ambiguous
	// placement); per-line problems are in Diagnostics.
	Warnings []string `json:"warnings"`
}

// TableMapping says which role each column of a table was given.
type TableMapping struct {
	Line    int             `json:"line"` // 1-based line of the header row
	Columns []ColumnMapping `json:"columns"`
}

// ColumnMapping maps one table header to a role (task, leader, lead,
// units, deadline, index, category) or "" when the column was not used.
type ColumnMapping struct {
	Header string `json:"header"`
	Role   string `json:"role"`
	// Inferred: the header names no role; the role was read from the cells.
	Inferred bool `json:"inferred,omitempty"`
}

// Coverage counts the document's numbered items and what became of them:
// every numbered item is a task, a heading or a diagnostic.
type Coverage struct {
	Items       int `json:"items"`       // numbered items (1． （1） ① …) and table rows
	Annotated   int `json:"annotated"`   // items that became tasks
	Unannotated int `json:"unannotated"` // items without an annotation (each has a diagnostic)
	Tasks       int `json:"tasks"`       // all tasks, numbered or not
	Narrative   int `json:"narrative"`   // unannotated passages kept as narrative
}

// DocumentMeta identifies a document and says where it comes from.
type DocumentMeta struct {
	ID           string `json:"id"`
	Title        string `json:"title"`
	Issuer       string `json:"issuer"`
	Date         string `json:"date"` // YYYY-MM-DD or ""
	Year         int    `json:"year"`
	Jurisdiction string `json:"jurisdiction"`
	Number       string `json:"number,omitempty"` // 文号, when present
	Format       string `json:"format"`           // txt, tsv, csv, docx
	FileName     string `json:"fileName,omitempty"`
	Hash         string `json:"hash"` // sha256 of Source, hex
}

// Section is a top-level part of a document: the untitled opening with the
// main targets, the numbered parts, and the closing part.
type Section struct {
	Index   int    `json:"index"`
	Title   string `json:"title"`
	Kind    string `json:"kind"`    // opening, numbered, closing, leader, body
	Span    Span   `json:"span"`    // the whole section
	Heading Span   `json:"heading"` // the title's text; empty when untitled
}

// Theme is a paragraph's lead sentence that groups the tasks after it.
type Theme struct {
	Index   int    `json:"index"`
	Section int    `json:"section"`
	Title   string `json:"title"`
	Span    Span   `json:"span"`
}

// Span is a half-open range of Unicode code points in Document.Source.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Task is one assignment: the text that one annotation closes.
type Task struct {
	ID         string   `json:"id"`
	Index      int      `json:"index"`
	Section    int      `json:"section"`
	Theme      string   `json:"theme"`
	ThemeIndex int      `json:"themeIndex"` // -1 when the task has no theme
	Text       string   `json:"text"`
	Span       Span     `json:"span"`
	Annotation Span     `json:"annotation"`
	Line       int      `json:"line"`
	Leaders    []string `json:"leaders"`
	LeadUnits  []string `json:"leadUnits"`
	Units      []string `json:"units"` // responsible, non-lead units
	Deadline   string   `json:"deadline"`
	Projects   []string `json:"projects"`
	Targets    []Target `json:"targets"`
	// Notes are footnotes (注：①…) whose mark the task's text holds.
	Notes []string `json:"notes,omitempty"`
	// Measures holds the text of a table's other task columns for this
	// task (具体目标, 工作措施, 建设内容 beside 重点任务 or 项目名称), by column,
	// and the goal and milestone lines under it (工作目标：…, 二季度：…).
	Measures []string `json:"measures,omitempty"`
}

// Involved lists the task's lead and responsible units, each once, leads first.
func (t *Task) Involved() []string {
	out := make([]string, 0, len(t.LeadUnits)+len(t.Units))
	seen := make(map[string]bool, cap(out))
	for _, list := range [][]string{t.LeadUnits, t.Units} {
		for _, u := range list {
			if !seen[u] {
				seen[u] = true
				out = append(out, u)
			}
		}
	}
	return out
}

// Target is a quantitative goal stated in a task, such as 地区生产总值增长6%.
type Target struct {
	Metric    string  `json:"metric"`
	Value     float64 `json:"value"`
	Max       float64 `json:"max,omitempty"` // upper bound of a range such as 3-5家
	Unit      string  `json:"unit"`
	Qualifier string  `json:"qualifier"` // 左右, 以上, 余, 不少于, …
	Text      string  `json:"text,omitempty"`
}

// Leader is a person named as 牵头领导 (or kin). Title is split off the name.
type Leader struct {
	Name        string `json:"name"`
	Title       string `json:"title"`
	Placeholder bool   `json:"placeholder"` // e.g. 区有关领导
}

// Unit kinds.
const (
	KindDepartment  = "department"
	KindPartyOrgan  = "party"
	KindEnterprise  = "enterprise"
	KindStreet      = "street"
	KindCommittee   = "committee"
	KindInstitution = "institution"
	KindBranch      = "branch"
	KindMass        = "mass"
	KindCollective  = "collective"
)

// UnitKinds lists every unit kind in display order.
var UnitKinds = []string{KindDepartment, KindPartyOrgan, KindEnterprise, KindStreet, KindCommittee, KindInstitution, KindBranch, KindMass, KindCollective}

// Unit is an organisation that leads or shares tasks.
type Unit struct {
	Name       string   `json:"name"`
	Kind       string   `json:"kind"`
	Collective bool     `json:"collective"`
	Aliases    []string `json:"aliases"`
}

// Project is a named project or site mentioned by tasks.
type Project struct {
	Name  string `json:"name"`
	Tasks []int  `json:"tasks"` // task indexes
}

// Diagnostic is a warning about input that did not parse cleanly.
type Diagnostic struct {
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Severity string `json:"severity"` // warning, error, info
	// Code says what kind of problem it is (a Diag* constant); empty in
	// documents stored before codes existed.
	Code    string `json:"code,omitempty"`
	Message string `json:"message"`
}

// Diagnostic codes.
const (
	DiagUnparsedAnnotation   = "unparsed_annotation"   // an annotation, or a field of one, that did not parse
	DiagUnattachedAnnotation = "unattached_annotation" // an annotation with no task to belong to
	DiagUnannotatedItem      = "unannotated_item"      // a numbered item or table row without roles
	DiagNoTasks              = "no_tasks"              // the document has no annotated task
	DiagNameCompleted        = "name_completed"        // a short unit name read as its full name in the document
	DiagRepeatConflict       = "repeat_conflict"       // an annex row repeats a body task with other roles; both kept
)

// Hash returns the hex sha256 of a document source.
func Hash(source string) string {
	// In pieces through one small buffer: []byte(source) would copy a
	// 10 MB source whole.
	h := sha256.New()
	var buf [32 << 10]byte
	for len(source) > 0 {
		n := copy(buf[:], source)
		h.Write(buf[:n])
		source = source[n:]
	}
	return hex.EncodeToString(h.Sum(nil))
}

// DocumentID derives a stable id from what names a document: a new version of
// the same document (same jurisdiction, year and title) keeps its id.
func DocumentID(jurisdiction string, year int, title string) string {
	sum := sha256.Sum256([]byte(jurisdiction + "\x00" + strconv.Itoa(year) + "\x00" + title))
	return hex.EncodeToString(sum[:8])
}

// TaskID is the stable id of a document's task.
func TaskID(documentID string, index int) string {
	return documentID + ":" + strconv.Itoa(index)
}

// SplitTaskID is the inverse of TaskID.
func SplitTaskID(id string) (documentID string, index int, ok bool) { return splitIndex(id, ':') }

// CompareTaskIDs orders task ids by document, then by index as a number.
// TaskID writes indexes without leading zeros, so a shorter index is smaller.
func CompareTaskIDs(a, b string) int {
	i, j := strings.LastIndexByte(a, ':'), strings.LastIndexByte(b, ':')
	if i < 0 || j < 0 {
		return strings.Compare(a, b)
	}
	if c := strings.Compare(a[:i], b[:j]); c != 0 {
		return c
	}
	na, nb := a[i+1:], b[j+1:]
	if len(na) != len(nb) {
		return len(na) - len(nb)
	}
	return strings.Compare(na, nb)
}
