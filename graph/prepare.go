package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"reflect"
	"slices"
	"unicode/utf8"
)

// Prepared is a document made ready for a store: validated, and with what
// both stores derive from it computed once.
type Prepared struct {
	// Doc is the document as its JSON carries it back; it equals the one
	// given, and the store may keep it.
	Doc *Document
	// JSON is the document's JSON (without the source).
	JSON []byte
	// Fingerprint names the version: see Fingerprint.
	Fingerprint string
	Stats       DocumentStats
	// Nodes and Rels count what the document adds to the graph (its
	// leaders, units and projects once each), as ImportResult reports them.
	Nodes, Rels int
}

// Prepare validates doc, checks that JSON carries it unchanged (a store
// keeps it as JSON, and Document must return the same before and after a
// restart) and derives its fingerprint, statistics and graph size.
func Prepare(doc *Document) (*Prepared, error) {
	if err := ValidateDocument(doc); err != nil {
		return nil, err
	}
	id := doc.Meta.ID
	data, err := json.Marshal(doc)
	if err != nil {
		return nil, &Error{Code: EINVALID, Message: "document " + id + " cannot be encoded", Err: err}
	}
	back := &Document{}
	if err := json.Unmarshal(data, back); err != nil {
		return nil, &Error{Code: EINTERNAL, Message: "document " + id + " cannot be decoded", Err: err}
	}
	back.Source = doc.Source
	if !utf8.ValidString(doc.Source) || !reflect.DeepEqual(back, doc) {
		return nil, Errorf(EINVALID, "document %s does not survive JSON encoding unchanged (invalid UTF-8 text?)", id)
	}
	p := &Prepared{Doc: back, JSON: data, Fingerprint: Fingerprint(data, doc.Source)}
	targets := 0
	entities := map[string]bool{} // kind + name: one jurisdiction per document
	entity := func(kind string, names []string) int {
		var seen []string
		for _, n := range names {
			if !slices.Contains(seen, n) {
				seen = append(seen, n)
				entities[kind+"\x00"+n] = true
			}
		}
		return len(seen)
	}
	p.Rels = len(doc.Sections) + len(doc.Themes) + len(doc.Tasks)
	for i := range doc.Tasks {
		t := &doc.Tasks[i]
		targets += len(t.Targets)
		p.Rels += len(t.Targets) + entity(NodeLeader, t.Leaders) + entity(NodeUnit, t.LeadUnits) +
			entity(NodeUnit, t.Units) + entity(NodeProject, t.Projects)
	}
	p.Nodes = 1 + len(doc.Sections) + len(doc.Themes) + len(doc.Tasks) + targets + len(entities)
	p.Stats = DocumentStats{
		Sections:    len(doc.Sections),
		Tasks:       len(doc.Tasks),
		Leaders:     len(doc.Leaders),
		Units:       len(doc.Units),
		Projects:    len(doc.Projects),
		Targets:     targets,
		Diagnostics: len(doc.Diagnostics),
	}
	if doc.Profile != nil {
		p.Stats.Coverage = doc.Profile.Coverage
	}
	return p, nil
}

// Fingerprint identifies a document version by its whole content: the hex
// sha256 of its JSON, a NUL byte and its source. A replacement with the
// same source but another parse (other tables, a newer parser) has another
// fingerprint.
func Fingerprint(docJSON []byte, source string) string {
	h := sha256.New()
	h.Write(docJSON)
	h.Write([]byte{0})
	h.Write([]byte(source))
	return hex.EncodeToString(h.Sum(nil))
}
