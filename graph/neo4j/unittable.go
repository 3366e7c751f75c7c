package neo4j

import (
	"context"
	"fmt"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"govgraph/graph"
)

// A unit table holds what a network shows of every unit of one
// jurisdiction (its name, kind and collectiveness, as on its :Unit node),
// on one :UnitTable node per jurisdiction, so that a network reads one
// node per jurisdiction instead of seeking every unit it shows by key
// (docs/graph-model.md). Every write that changes units rewrites the
// tables of the jurisdictions it touched in its own transaction, in the
// statement that bumps the data version (qBumpVersion).
//
// The :Meta node's unitTables is the data version at which every table was
// last known to be current. A write by a govgraph that keeps no tables
// bumps the version and leaves unitTables behind: a network then reads the
// units by key (qUnitsByKey), and the next Open rebuilds the tables.
const (
	// qBumpVersion bumps the data version, keeps unitTables with it
	// when it was current, and rewrites the tables of $jurisdictions. The
	// first SET locks the :Meta node, so unitTables is read under the lock
	// (as in rebuildUnitTables).
	qBumpVersion = `MERGE (m:Meta {id: 'data'}) ON CREATE SET m.epoch = randomUUID(), m.version = 0, m.unitTables = 0
SET m.version = m.version + 1
SET m.unitTables = CASE WHEN m.unitTables = m.version - 1 THEN m.version ELSE m.unitTables END
WITH DISTINCT m
UNWIND $jurisdictions AS j
CALL (j) {
  OPTIONAL MATCH (u:Unit) WHERE u.key STARTS WITH j + '/' AND u.jurisdiction = j
  WITH u ORDER BY u.name
  RETURN collect(u.name) AS names, collect(coalesce(u.kind, '')) AS kinds, collect(coalesce(u.collective, false)) AS collective
}
MERGE (t:UnitTable {jurisdiction: j})
SET t.names = names, t.kinds = kinds, t.collective = collective
WITH t WHERE size(t.names) = 0
DELETE t`

	// qRebuildUnitTables rewrites every table from the units, when the
	// tables are not current (Open). The data does not change, nor does
	// the version.
	qLockMeta          = `MATCH (m:Meta {id: 'data'}) SET m.locking = true REMOVE m.locking RETURN m.unitTables = m.version AS current`
	qDropUnitTables    = `MATCH (t:UnitTable) DELETE t`
	qRebuildUnitTables = `MATCH (u:Unit)
WITH u ORDER BY u.jurisdiction, u.name
WITH u.jurisdiction AS j, collect(u.name) AS names, collect(coalesce(u.kind, '')) AS kinds, collect(coalesce(u.collective, false)) AS collective
CREATE (:UnitTable {jurisdiction: j, names: names, kinds: kinds, collective: collective})`
	qUnitTablesCurrent = `MATCH (m:Meta {id: 'data'}) SET m.unitTables = m.version`

	// qUnitsByKey reads units by key, when the tables are behind.
	qUnitsByKey = `UNWIND $keys AS key MATCH (u:Unit {key: key}) RETURN collect([u.key, u.name, u.jurisdiction, u.kind, u.collective]) AS units`
)

// rebuildUnitTables writes every unit table when they are not current, in
// one write transaction.
func (s *Store) rebuildUnitTables(ctx context.Context) error {
	sess := s.session(ctx, neo4jdrv.AccessModeWrite)
	defer sess.Close(context.Background())
	_, err := sess.ExecuteWrite(ctx, func(tx neo4jdrv.ManagedTransaction) (any, error) {
		recs, err := run(ctx, tx, qLockMeta, nil)
		if err != nil || len(recs) == 0 || recs[0].Values[0] == true {
			return nil, err
		}
		for _, q := range []string{qDropUnitTables, qRebuildUnitTables, qUnitTablesCurrent} {
			if _, err := run(ctx, tx, q, nil); err != nil {
				return nil, err
			}
		}
		return nil, nil
	})
	return s.wrap(ctx, "neo4j.Open", "cannot write the unit tables", err)
}

// unitTableFacts adds the units of the tables read (a list of
// [jurisdiction, names, kinds, collective]) to facts, by key.
func unitTableFacts(tables []any, facts map[string]unitFacts) error {
	for _, x := range tables {
		t := x.([]any)
		j := str(t[0])
		names, kinds, coll := stringList(t[1]), stringList(t[2]), anyList(t[3])
		if len(kinds) != len(names) || len(coll) != len(names) {
			return &graph.Error{Code: graph.EINTERNAL, Message: fmt.Sprintf("the unit table of %s is unreadable", j)}
		}
		for i, name := range names {
			facts[graph.EntityKey(j, name)] = unitFacts{name: name, jurisdiction: j, kind: kinds[i], collective: boolean(coll[i])}
		}
	}
	return nil
}

// unitRowFacts adds units read by key (qUnitsByKey rows) to facts.
func unitRowFacts(units []any, facts map[string]unitFacts) {
	for _, x := range units {
		u := x.([]any)
		facts[str(u[0])] = unitFacts{name: str(u[1]), jurisdiction: str(u[2]), kind: str(u[3]), collective: boolean(u[4])}
	}
}

func anyList(v any) []any {
	l, _ := v.([]any)
	return l
}
