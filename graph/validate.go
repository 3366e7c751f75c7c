package graph

import "math"

// ValidateDocument checks what every store requires of a document before it
// imports it (docs/store-semantics.md, "Import and delete"); EINVALID says
// what is wrong and where.
func ValidateDocument(doc *Document) error {
	if doc == nil {
		return Errorf(EINVALID, "no document to import")
	}
	id := doc.Meta.ID
	if id == "" {
		return Errorf(EINVALID, "document id is empty")
	}

	sections := make(map[int]bool, len(doc.Sections))
	for i, s := range doc.Sections {
		if s.Index < 0 || (i > 0 && s.Index <= doc.Sections[i-1].Index) {
			return Errorf(EINVALID, "document %s: section %d (%q) has index %d; section indexes must be non-negative and increasing", id, i, s.Title, s.Index)
		}
		sections[s.Index] = true
	}
	themes := make(map[int]bool, len(doc.Themes))
	for i, th := range doc.Themes {
		if th.Index < 0 || (i > 0 && th.Index <= doc.Themes[i-1].Index) {
			return Errorf(EINVALID, "document %s: theme %d (%q) has index %d; theme indexes must be non-negative and increasing", id, i, th.Title, th.Index)
		}
		if !sections[th.Section] {
			return Errorf(EINVALID, "document %s: theme %d (%q) is in section %d, which the document does not have", id, th.Index, th.Title, th.Section)
		}
		themes[th.Index] = true
	}

	leaders, err := listedNames(id, "leader", len(doc.Leaders), func(i int) string { return doc.Leaders[i].Name })
	if err != nil {
		return err
	}
	units, err := listedNames(id, "unit", len(doc.Units), func(i int) string { return doc.Units[i].Name })
	if err != nil {
		return err
	}
	projects, err := listedNames(id, "project", len(doc.Projects), func(i int) string { return doc.Projects[i].Name })
	if err != nil {
		return err
	}

	for i := range doc.Tasks {
		t := &doc.Tasks[i]
		if t.Index < 0 || (i > 0 && t.Index <= doc.Tasks[i-1].Index) {
			return Errorf(EINVALID, "document %s: task %d (line %d) has index %d; task indexes must be non-negative and increasing", id, i, t.Line, t.Index)
		}
		if want := TaskID(id, t.Index); t.ID != want {
			return Errorf(EINVALID, "document %s: task %d (line %d) has id %q, want %q", id, t.Index, t.Line, t.ID, want)
		}
		if !sections[t.Section] {
			return Errorf(EINVALID, "document %s: task %d (line %d) is in section %d, which the document does not have", id, t.Index, t.Line, t.Section)
		}
		if t.ThemeIndex != -1 && !themes[t.ThemeIndex] {
			return Errorf(EINVALID, "document %s: task %d (line %d) has theme %d, which the document does not have (use -1 for none)", id, t.Index, t.Line, t.ThemeIndex)
		}
		for _, ref := range []struct {
			role   string
			names  []string
			listed map[string]bool
		}{
			{"leader", t.Leaders, leaders},
			{"lead unit", t.LeadUnits, units},
			{"responsible unit", t.Units, units},
			{"project", t.Projects, projects},
		} {
			for _, name := range ref.names {
				if !ref.listed[name] {
					return Errorf(EINVALID, "document %s: task %d (line %d) names %s %q, which the document does not list", id, t.Index, t.Line, ref.role, name)
				}
			}
		}
		for j, tg := range t.Targets {
			if math.IsNaN(tg.Value) || math.IsInf(tg.Value, 0) {
				return Errorf(EINVALID, "document %s: task %d (line %d) target %d has a value that is not a finite number", id, t.Index, t.Line, j)
			}
		}
	}
	return nil
}

// listedNames returns the set of names in one of a document's entity lists,
// rejecting empty and repeated names.
func listedNames(docID, kind string, n int, name func(int) string) (map[string]bool, error) {
	set := make(map[string]bool, n)
	for i := range n {
		s := name(i)
		if s == "" {
			return nil, Errorf(EINVALID, "document %s: %s %d has an empty name", docID, kind, i)
		}
		if set[s] {
			return nil, Errorf(EINVALID, "document %s: %s %q is listed twice", docID, kind, s)
		}
		set[s] = true
	}
	return set, nil
}
