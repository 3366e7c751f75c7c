package neo4j

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"

	"govgraph/graph"
)

// A document's network snapshot is what the unit networks need of it, kept
// on its :Document node and written in its import transaction, so that it
// is replaced and deleted with the document and read in the same state as
// the rest of it (docs/graph-model.md):
//
//	networkFormat   snapshotFormat
//	networkUnits    the names of the units its tasks involve, each once
//	networkLeaders  the names of the leaders of its tasks, each once
//	networkHead     JSON: the document's metadata and the two lists of
//	                names, what a network reads of it besides the tasks
//	networkTasks    per task, varints: index, section, then the leaders,
//	                the lead units and the responsible units, each a count
//	                followed by positions in networkLeaders or networkUnits
//	networkLead     the same for the tasks that have lead units, without
//	                the responsible units: all that a lead-role network reads
//
// A whole-corpus network is then one read of the selected documents'
// snapshots, merged in Go (networkBuilder), instead of a match over every
// task's paths. The lists are for Cypher (an analysis's leader filter, the
// console); the network reads the head, one property instead of two lists
// (BENCHMARKS.md §2f).
const (
	snapshotFormat = 2

	propNetworkFormat  = "networkFormat"
	propNetworkUnits   = "networkUnits"
	propNetworkLeaders = "networkLeaders"
	propNetworkHead    = "networkHead"
	propNetworkTasks   = "networkTasks"
	propNetworkLead    = "networkLead"
)

// snapshotWriter encodes a document's snapshot task by task.
type snapshotWriter struct {
	units, leaders     []string
	unitPos, leaderPos map[string]int
	tasks, lead        []byte
}

func newSnapshotWriter(tasks int) *snapshotWriter {
	return &snapshotWriter{unitPos: map[string]int{}, leaderPos: map[string]int{}, tasks: make([]byte, 0, 8*tasks)}
}

// task appends one task: its leaders, lead and responsible units, each once;
// and to the lead tasks when it has lead units.
func (w *snapshotWriter) task(t *graph.Task) {
	leaders, lead, resp := graph.Distinct(t.Leaders), graph.Distinct(t.LeadUnits), graph.Distinct(t.Units)
	start := len(w.tasks)
	w.tasks = binary.AppendVarint(w.tasks, int64(t.Index))
	w.tasks = binary.AppendVarint(w.tasks, int64(t.Section))
	w.tasks = w.names(w.tasks, leaders, &w.leaders, w.leaderPos)
	w.tasks = w.names(w.tasks, lead, &w.units, w.unitPos)
	if len(lead) > 0 {
		w.lead = append(w.lead, w.tasks[start:]...)
	}
	w.tasks = w.names(w.tasks, resp, &w.units, w.unitPos)
}

func (w *snapshotWriter) names(b []byte, names []string, table *[]string, pos map[string]int) []byte {
	b = binary.AppendUvarint(b, uint64(len(names)))
	for _, n := range names {
		p, ok := pos[n]
		if !ok {
			p = len(*table)
			pos[n] = p
			*table = append(*table, n)
		}
		b = binary.AppendUvarint(b, uint64(p))
	}
	return b
}

// snapshotHead is the JSON of networkHead.
type snapshotHead struct {
	Meta    graph.DocumentMeta `json:"meta"`
	Units   []string           `json:"units"`
	Leaders []string           `json:"leaders"`
}

// setProps adds the snapshot of the document meta describes to its node's
// properties.
func (w *snapshotWriter) setProps(props map[string]any, meta graph.DocumentMeta) {
	head, _ := json.Marshal(snapshotHead{Meta: meta, Units: nonNil(w.units), Leaders: nonNil(w.leaders)}) // plain data always encodes
	props[propNetworkFormat] = snapshotFormat
	props[propNetworkUnits] = nonNil(w.units)
	props[propNetworkLeaders] = nonNil(w.leaders)
	props[propNetworkHead] = string(head)
	props[propNetworkTasks] = w.tasks
	props[propNetworkLead] = nonNilBytes(w.lead)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nonNilBytes(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// snapshot is one stored document's snapshot as read back: its tasks
// are networkTasks, or networkLead when leadOnly.
type snapshot struct {
	document, jurisdiction string
	units, leaders         []string
	tasks                  []byte
	leadOnly               bool
}

// snapshotTask is one decoded task of a snapshot; the slices hold positions
// in the snapshot's tables and are reused from task to task.
type snapshotTask struct {
	index, section      int
	leaders, lead, resp []int
}

// eachTask decodes the snapshot's tasks in order.
func (s *snapshot) eachTask(visit func(t *snapshotTask)) error {
	b := s.tasks
	bad := func() error {
		return &graph.Error{Code: graph.EINTERNAL, Message: fmt.Sprintf("the network snapshot of document %s is unreadable", s.document)}
	}
	signed := func() (int, bool) {
		v, n := binary.Varint(b)
		b = b[max(n, 0):]
		return int(v), n > 0
	}
	positions := func(dst []int, limit int) ([]int, bool) {
		c, n := binary.Uvarint(b)
		if n <= 0 || c > uint64(len(b)) {
			return dst, false
		}
		b = b[n:]
		dst = dst[:0]
		for range c {
			p, n := binary.Uvarint(b)
			if n <= 0 || p >= uint64(limit) {
				return dst, false
			}
			b = b[n:]
			dst = append(dst, int(p))
		}
		return dst, true
	}
	var t snapshotTask
	for len(b) > 0 {
		var ok1, ok2, ok3, ok4 bool
		ok5 := true
		t.index, ok1 = signed()
		t.section, ok2 = signed()
		t.leaders, ok3 = positions(t.leaders, len(s.leaders))
		t.lead, ok4 = positions(t.lead, len(s.units))
		if !s.leadOnly {
			t.resp, ok5 = positions(t.resp, len(s.units))
		}
		if !(ok1 && ok2 && ok3 && ok4 && ok5) {
			return bad()
		}
		visit(&t)
	}
	return nil
}

// networkBuilder merges snapshots into a unit network, as the embedded
// store builds one from its tasks: each matching task adds itself to its
// units in the role and to each pair of them. Units and leaders are
// numbered densely by entity key across documents.
type networkBuilder struct {
	f          graph.NetworkFilter
	unitNum    map[string]int // entity key -> number
	unitKeys   []string
	nodes      []*nodeAcc // by number
	leaderNum  map[string]int
	links      map[uint64]*linkAcc
	linkOrder  []*linkAcc
	units      []int // the current task's units in the role
	localUnits []int // a snapshot's unit positions -> numbers
	localLdrs  []int
	ldrMatches []bool
}

type nodeAcc struct {
	tasks   []string
	lead    int
	leaders []int // distinct; a unit answers to few leaders
}

type linkAcc struct {
	a, b  int
	tasks []string
}

func newNetworkBuilder(f graph.NetworkFilter) *networkBuilder {
	return &networkBuilder{f: f, unitNum: map[string]int{}, leaderNum: map[string]int{}, links: map[uint64]*linkAcc{}}
}

func number(m map[string]int, key string, keys *[]string) int {
	n, ok := m[key]
	if !ok {
		n = len(m)
		m[key] = n
		if keys != nil {
			*keys = append(*keys, key)
		}
	}
	return n
}

// add merges one document's snapshot. Its units and leaders are numbered
// when a matching task first names them (a role or leader filter leaves
// most of them out).
func (nb *networkBuilder) add(s *snapshot) error {
	nb.localUnits = resetPositions(nb.localUnits, len(s.units))
	nb.localLdrs = resetPositions(nb.localLdrs, len(s.leaders))
	nb.ldrMatches = nb.ldrMatches[:0]
	for _, name := range s.leaders {
		nb.ldrMatches = append(nb.ldrMatches, name == nb.f.Leader)
	}
	unit := func(p int) int {
		if n := nb.localUnits[p]; n >= 0 {
			return n
		}
		n := number(nb.unitNum, graph.EntityKey(s.jurisdiction, s.units[p]), &nb.unitKeys)
		if n == len(nb.nodes) {
			nb.nodes = append(nb.nodes, nil)
		}
		nb.localUnits[p] = n
		return n
	}
	leader := func(p int) int {
		if n := nb.localLdrs[p]; n >= 0 {
			return n
		}
		n := number(nb.leaderNum, graph.EntityKey(s.jurisdiction, s.leaders[p]), nil)
		nb.localLdrs[p] = n
		return n
	}
	return s.eachTask(func(t *snapshotTask) {
		if nb.f.Section != nil && t.section != *nb.f.Section {
			return
		}
		if nb.f.Leader != "" && !nb.anyLeader(t.leaders) {
			return
		}
		units := nb.units[:0]
		if nb.f.Role != graph.RoleResponsible {
			for _, p := range t.lead {
				units = appendOnce(units, unit(p))
			}
		}
		if nb.f.Role != graph.RoleLead {
			for _, p := range t.resp {
				units = appendOnce(units, unit(p))
			}
		}
		nb.units = units
		if len(units) == 0 {
			return
		}
		id := graph.TaskID(s.document, t.index)
		for i, u := range units {
			n := nb.nodes[u]
			if n == nil {
				n = &nodeAcc{}
				nb.nodes[u] = n
			}
			n.tasks = append(n.tasks, id)
			if nb.f.Role == graph.RoleLead || nb.leads(t.lead, u, unit) {
				n.lead++
			}
			for _, p := range t.leaders {
				n.leaders = appendOnce(n.leaders, leader(p))
			}
			for _, v := range units[i+1:] {
				k := pairKey(u, v)
				l := nb.links[k]
				if l == nil {
					l = &linkAcc{a: u, b: v}
					nb.links[k] = l
					nb.linkOrder = append(nb.linkOrder, l)
				}
				l.tasks = append(l.tasks, id)
			}
		}
	})
}

// resetPositions is s with n positions, none numbered yet (-1).
func resetPositions(s []int, n int) []int {
	s = slices.Grow(s[:0], n)[:n]
	for i := range s {
		s[i] = -1
	}
	return s
}

func (nb *networkBuilder) anyLeader(positions []int) bool {
	for _, p := range positions {
		if nb.ldrMatches[p] {
			return true
		}
	}
	return false
}

// leads says whether unit number u is among the snapshot positions lead
// (numbered by unit).
func (nb *networkBuilder) leads(lead []int, u int, unit func(int) int) bool {
	for _, p := range lead {
		if unit(p) == u {
			return true
		}
	}
	return false
}

// shownKeys lists the entity keys of the units the network shows.
func (nb *networkBuilder) shownKeys() []string {
	keys := []string{}
	for num, n := range nb.nodes {
		if n != nil {
			keys = append(keys, nb.unitKeys[num])
		}
	}
	return keys
}

// unitFacts are a stored unit's properties that a network shows.
type unitFacts struct {
	name, jurisdiction, kind string
	collective               bool
}

// network finishes the network, with the units' stored properties by key.
func (nb *networkBuilder) network(facts map[string]unitFacts) (*graph.UnitNetwork, error) {
	net := &graph.UnitNetwork{Links: make([]graph.UnitLink, 0, len(nb.linkOrder))}
	ids := make([]string, len(nb.unitKeys))
	for num, n := range nb.nodes {
		if n == nil {
			continue
		}
		key := nb.unitKeys[num]
		u, ok := facts[key]
		if !ok {
			return nil, &graph.Error{Code: graph.EINTERNAL, Message: fmt.Sprintf("a network snapshot names unit %q, which is not stored", key)}
		}
		ids[num] = graph.NodeID(graph.NodeUnit, key)
		net.Nodes = append(net.Nodes, graph.UnitNode{
			ID:           ids[num],
			Name:         u.name,
			Jurisdiction: u.jurisdiction,
			Kind:         u.kind,
			Collective:   u.collective,
			Tasks:        len(n.tasks),
			LeadTasks:    n.lead,
			Leaders:      len(n.leaders),
			TaskIDs:      n.tasks,
		})
	}
	for _, l := range nb.linkOrder {
		net.Links = append(net.Links, graph.UnitLink{Source: ids[l.a], Target: ids[l.b], Weight: len(l.tasks), Tasks: l.tasks})
	}
	graph.FinishUnitNetwork(net, nb.f)
	return net, nil
}

// pairKey is an unordered pair of units by their dense numbers.
func pairKey(a, b int) uint64 {
	if a > b {
		a, b = b, a
	}
	return uint64(a)<<32 | uint64(b)
}

func appendOnce(s []int, x int) []int {
	for _, y := range s {
		if y == x {
			return s
		}
	}
	return append(s, x)
}

// Documents stored by a govgraph without snapshots, or with another
// format, get theirs when a store opens (backfillSnapshots).
const (
	qStaleSnapshots = `MATCH (d:Document) WHERE d.networkFormat IS NULL OR d.networkFormat <> $format
RETURN d.id AS id, d.fingerprint AS fingerprint, d.json AS json`
	// The fingerprint guard leaves a document alone that was replaced in
	// between (its import wrote its own snapshot).
	qSetSnapshot = `MATCH (d:Document {id: $id}) WHERE d.fingerprint = $fingerprint SET d += $props`
)

// backfillSnapshots writes the network snapshot of every stored document
// that lacks one in this format, from its stored JSON, one transaction per
// document. The data does not change, so the version does not either.
func (s *Store) backfillSnapshots(ctx context.Context) error {
	const op = "neo4j.Open"
	res, err := s.write(ctx, qStaleSnapshots, map[string]any{"format": snapshotFormat})
	if err != nil {
		return s.wrap(ctx, op, "cannot look for documents without a network snapshot", err)
	}
	for _, r := range res.Records {
		id := str(r.Values[0])
		var doc graph.Document
		if err := json.Unmarshal([]byte(str(r.Values[2])), &doc); err != nil {
			return &graph.Error{Code: graph.EINTERNAL, Op: op, Message: "stored document " + id + " is unreadable", Err: err}
		}
		w := newSnapshotWriter(len(doc.Tasks))
		for i := range doc.Tasks {
			w.task(&doc.Tasks[i])
		}
		props := map[string]any{}
		w.setProps(props, doc.Meta)
		if _, err := s.write(ctx, qSetSnapshot, map[string]any{"id": id, "fingerprint": r.Values[1], "props": props}); err != nil {
			return s.wrap(ctx, op, "cannot write the network snapshot of document "+id, err)
		}
	}
	return nil
}
