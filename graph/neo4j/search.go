package neo4j

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"govgraph/graph"
)

// Parts of the search query: entities by name, tasks by text, both ignoring
// case ($q is lower case; so are the lower properties, lowered in Go code
// point by code point as the embedded store does). The task part uses the
// full-text index when its analyzer finds exactly the substrings (see
// useFullText); the CONTAINS check keeps the answer exact.
const (
	qSearchEntities = `MATCH (e:Unit) WHERE e.lower CONTAINS $q AND ($jurisdiction = '' OR e.jurisdiction = $jurisdiction)
  RETURN 0 AS rank, e.key AS key, e.name AS label, '' AS text ORDER BY label, key LIMIT $limit
UNION ALL
  MATCH (e:Leader) WHERE e.lower CONTAINS $q AND ($jurisdiction = '' OR e.jurisdiction = $jurisdiction)
  RETURN 1 AS rank, e.key AS key, e.name AS label, '' AS text ORDER BY label, key LIMIT $limit
UNION ALL
  MATCH (e:Project) WHERE e.lower CONTAINS $q AND ($jurisdiction = '' OR e.jurisdiction = $jurisdiction)
  RETURN 2 AS rank, e.key AS key, e.name AS label, '' AS text ORDER BY label, key LIMIT $limit`
	qSearchTasksFullText = `CALL db.index.fulltext.queryNodes('` + taskTextIndex + `', $phrase) YIELD node AS t
  WHERE t.lower CONTAINS $q AND ($jurisdiction = '' OR t.jurisdiction = $jurisdiction)`
	qSearchTasksScan = `MATCH (t:Task) WHERE t.lower CONTAINS $q AND ($jurisdiction = '' OR t.jurisdiction = $jurisdiction)`
	qSearchTasksTail = `
  WITH t, CASE WHEN size(t.text) > 30 THEN substring(t.text, 0, 30) + '…' ELSE t.text END AS label
  RETURN 3 AS rank, t.id AS key, label, t.text AS text ORDER BY label, key LIMIT $limit`
)

var searchKinds = []string{graph.NodeUnit, graph.NodeLeader, graph.NodeProject, graph.NodeTask}

// Search implements graph.Store.
func (s *Store) Search(ctx context.Context, q string, limit int, jurisdiction string) ([]graph.SearchHit, error) {
	const op = "neo4j.Search"
	q, limit, err := graph.NormalizeSearch(q, limit)
	if err != nil {
		return nil, err
	}
	lq := graph.Lower(q)
	params := map[string]any{"q": lq, "limit": limit, "jurisdiction": strings.TrimSpace(jurisdiction)}
	tasks := qSearchTasksScan
	if useFullText(q) && s.fullTextReady(ctx) {
		tasks = qSearchTasksFullText
		params["phrase"] = `"` + escapeLucene(q) + `"`
	}
	res, err := s.read(ctx, "CALL {\n"+qSearchEntities+"\nUNION ALL\n  "+tasks+qSearchTasksTail+"\n}\nRETURN rank, key, label, text", params)
	if err != nil {
		return nil, s.wrap(ctx, op, "", err)
	}
	hits := make([]graph.SearchHit, 0, len(res.Records))
	for _, r := range res.Records {
		rank := integer(r.Values[0])
		kind := searchKinds[rank]
		h := graph.SearchHit{ID: graph.NodeID(kind, str(r.Values[1])), Kind: kind, Label: str(r.Values[2])}
		if kind == graph.NodeTask {
			text := str(r.Values[3])
			h.Label = graph.TaskLabel(text)
			h.Snippet = snippet(text, lq)
		}
		hits = append(hits, h)
	}
	return graph.FinishSearch(hits, limit), nil
}

// useFullText reports whether the cjk analyzer's phrase query finds exactly
// the texts that contain q: q has at least two code points, all Han. The
// analyzer indexes runs of Han characters as overlapping bigrams, so a
// phrase of q's bigrams matches where q occurs, and nowhere else. For other
// text (Latin words, numbers, one character) the analyzer's tokens are not
// substrings, so CONTAINS is used.
func useFullText(q string) bool {
	n := 0
	for _, r := range q {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		n++
	}
	return n >= 2
}

// qFullTextState is the state of the task text index, no row without it.
const qFullTextState = `SHOW INDEXES YIELD name, state WHERE name = $name RETURN state`

// fullTextReady reports whether the task text index is online. Open does
// not wait for it (over a bulk-loaded corpus its population is the longest
// part of the schema), and a query on it while it populates would wait
// until it is done; until then a search scans the tasks, which gives the
// same answer. Once seen online, it is not asked again.
func (s *Store) fullTextReady(ctx context.Context) bool {
	if s.fullTextOnline.Load() {
		return true
	}
	res, err := s.read(ctx, qFullTextState, map[string]any{"name": taskTextIndex})
	if err != nil || len(res.Records) != 1 || str(res.Records[0].Values[0]) != "ONLINE" {
		return false
	}
	s.fullTextOnline.Store(true)
	return true
}

// escapeLucene escapes the characters the Lucene query parser treats
// specially.
func escapeLucene(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`\+-!():^[]"{}~*?|&/`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// snippet is the search snippet of text around the first match of lq.
func snippet(text, lq string) string {
	lt := graph.Lower(text)
	m := 0
	if i := strings.Index(lt, lq); i > 0 {
		m = utf8.RuneCountInString(lt[:i])
	}
	return graph.Snippet(text, m)
}
