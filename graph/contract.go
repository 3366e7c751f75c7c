package graph

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The rules of docs/store-semantics.md that do not depend on how a store
// keeps its data: how each question is checked and completed, here once,
// for both stores.

// Relationship types of the graph model (docs/graph-model.md), as Neo4j
// names them and as Edge.Type carries them.
const (
	RelIn       = "IN"       // section → document, theme → section, task → theme or section
	RelLeads    = "LEADS"    // leader or lead unit → task
	RelSupports = "SUPPORTS" // responsible unit → task
	RelMentions = "MENTIONS" // task → project
	RelSets     = "SETS"     // task → target
)

// Limits of search and paths.
const (
	MaxSearchText      = 100 // code points of search text
	DefaultSearchLimit = 20
	MaxSearchLimit     = 100
	MaxPathHops        = 8 // relationships of a shortest path
)

// DocumentScope is the part of a task or network filter that selects
// documents: those named (all when none is), of the jurisdiction and of the
// year when they are given. It is the one mechanism of the jurisdiction and
// year filters: a store applies it where it selects documents.
type DocumentScope struct {
	Documents    []string
	Jurisdiction string
	Year         int
}

// Selects says whether the scope takes the document.
func (s DocumentScope) Selects(m DocumentMeta) bool {
	return (len(s.Documents) == 0 || slices.Contains(s.Documents, m.ID)) &&
		(s.Jurisdiction == "" || m.Jurisdiction == s.Jurisdiction) &&
		(s.Year == 0 || m.Year == s.Year)
}

// Scope is the document scope of a network filter.
func (f NetworkFilter) Scope() DocumentScope {
	return DocumentScope{f.Documents, f.Jurisdiction, f.Year}
}

// Scope is the document scope of a task filter.
func (f TaskFilter) Scope() DocumentScope {
	return DocumentScope{f.Documents, f.Jurisdiction, f.Year}
}

// Years a document scope may name.
const (
	MinYear = 1949
	MaxYear = 2100
)

// NormalizeScope trims the jurisdiction and checks the year (0 is any).
func NormalizeScope(jurisdiction string, year int) (string, int, error) {
	jurisdiction = strings.TrimSpace(jurisdiction)
	if year != 0 && (year < MinYear || year > MaxYear) {
		return jurisdiction, year, Errorf(EINVALID, "year must be between %d and %d; got %d", MinYear, MaxYear, year)
	}
	return jurisdiction, year, nil
}

// NormalizeTaskFilter checks the scope of a task filter, then its page
// (NormalizeTaskPage).
func NormalizeTaskFilter(f TaskFilter) (TaskFilter, error) {
	var err error
	if f.Jurisdiction, f.Year, err = NormalizeScope(f.Jurisdiction, f.Year); err != nil {
		return f, err
	}
	return NormalizeTaskPage(f)
}

// NormalizeTaskPage checks the page of a task filter and fills its default
// (Limit 0 is MaxPageSize).
func NormalizeTaskPage(f TaskFilter) (TaskFilter, error) {
	switch {
	case f.Limit < 0 || f.Limit > MaxPageSize:
		return f, Errorf(EINVALID, "limit must be between 0 and %d; got %d", MaxPageSize, f.Limit)
	case f.Offset < 0:
		return f, Errorf(EINVALID, "offset must not be negative; got %d", f.Offset)
	case f.Limit == 0:
		f.Limit = MaxPageSize
	}
	return f, nil
}

// NormalizeNeighbours checks a neighbourhood's depth and returns its node
// limit: 0 and anything above MaxSubgraphNodes are MaxSubgraphNodes.
func NormalizeNeighbours(depth, limit int) (int, error) {
	if depth < 1 || depth > MaxDepth {
		return 0, Errorf(EINVALID, "depth must be between 1 and %d; got %d", MaxDepth, depth)
	}
	if limit < 0 {
		return 0, Errorf(EINVALID, "limit must not be negative; got %d", limit)
	}
	if limit == 0 || limit > MaxSubgraphNodes {
		limit = MaxSubgraphNodes
	}
	return limit, nil
}

// NormalizeSearch trims the search text, checks it and returns it with the
// number of hits to give: 0 is DefaultSearchLimit, at most MaxSearchLimit.
func NormalizeSearch(q string, limit int) (string, int, error) {
	q = strings.TrimSpace(q)
	switch n := utf8.RuneCountInString(q); {
	case n == 0:
		return q, 0, Errorf(EINVALID, "search text is empty")
	case n > MaxSearchText:
		return q, 0, Errorf(EINVALID, "search text is longer than %d characters", MaxSearchText)
	}
	switch {
	case limit < 0:
		return q, 0, Errorf(EINVALID, "limit must not be negative; got %d", limit)
	case limit == 0:
		limit = DefaultSearchLimit
	case limit > MaxSearchLimit:
		limit = MaxSearchLimit
	}
	return q, limit, nil
}

// NextLevel is the breadth-first rule of Neighbours: of the nodes first
// reached at one distance, those with the smallest ids are kept, as many as
// room allows; cut says whether some were left out.
func NextLevel[T any](next []T, id func(T) string, room int) (kept []T, cut bool) {
	slices.SortFunc(next, func(a, b T) int { return strings.Compare(id(a), id(b)) })
	if len(next) > room {
		return next[:room], true
	}
	return next, false
}

// NoPath is the error of a shortest path that does not exist within
// MaxPathHops.
func NoPath(from, to string) error {
	return Errorf(ENOTFOUND, "no path of at most %d relationships from %s to %s", MaxPathHops, from, to)
}

// UnitsIn are the task's units that count for role: RoleLead the lead
// units, RoleResponsible the responsible units, otherwise every unit
// involved (Involved).
func (t *Task) UnitsIn(role string) []string {
	switch role {
	case RoleLead:
		return t.LeadUnits
	case RoleResponsible:
		return t.Units
	}
	return t.Involved()
}

// ResolveEntity picks the leader, unit or project (kind, a Node* constant)
// that ref names among the stored ones of that name — in ref.Jurisdiction
// when it is given —, known by their jurisdictions: it returns the index of
// the one found, ENOTFOUND when there is none and EINVALID when the name is
// empty or in several jurisdictions.
func ResolveEntity(kind string, ref EntityRef, jurisdictions []string) (int, error) {
	what := strings.ToLower(kind)
	switch {
	case ref.Name == "":
		return 0, Errorf(EINVALID, "%s name is empty", what)
	case len(jurisdictions) == 1:
		return 0, nil
	case len(jurisdictions) == 0 && ref.Jurisdiction != "":
		return 0, Errorf(ENOTFOUND, "no %s %q in %s", what, ref.Name, ref.Jurisdiction)
	case len(jurisdictions) == 0:
		return 0, Errorf(ENOTFOUND, "no %s %q", what, ref.Name)
	}
	js := slices.Clone(jurisdictions)
	slices.Sort(js)
	return 0, Errorf(EINVALID, "%s name %q is ambiguous: it is found in %s; give a jurisdiction", what, ref.Name, strings.Join(js, ", "))
}

// IndexKey is the key of a section or theme ("<documentID>/<index>") or of
// a target ("<taskID>/<index>").
func IndexKey(prefix string, index int) string { return prefix + "/" + strconv.Itoa(index) }

// SplitIndexKey is the inverse of IndexKey.
func SplitIndexKey(key string) (prefix string, index int, ok bool) { return splitIndex(key, '/') }

// splitIndex splits "<prefix><sep><index>" at the last sep.
func splitIndex(key string, sep byte) (prefix string, index int, ok bool) {
	i := strings.LastIndexByte(key, sep)
	if i < 0 {
		return "", 0, false
	}
	n, err := strconv.Atoi(key[i+1:])
	if err != nil || n < 0 {
		return "", 0, false
	}
	return key[:i], n, true
}
