package export

import (
	"archive/zip"
	"bytes"
	"cmp"
	"encoding/csv"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"govgraph/graph"
	"govgraph/graph/analytics"
)

// FormatPanel is the research panel: one row per (document, unit) and one
// per document, for panel regressions or TERGM over many documents. It is
// not a Dataset format: WritePanel writes it.
const FormatPanel = "panel"

// Members of a panel export.
const (
	PanelUnitsFile       = "panel.csv"
	PanelDocumentsFile   = "documents.csv"
	PanelDefinitionsFile = "definitions.csv"
)

// PanelFileName is the file name of a panel export.
const PanelFileName = "govgraph-panel.zip"

// PanelDocument is one document of a panel: its metadata, the analytics
// report of its unit network, its number of tasks, and each unit's lineage
// id (graph/compare.LineageIDs).
type PanelDocument struct {
	Meta       graph.DocumentMeta
	Report     *analytics.Report
	Tasks      int
	LineageIDs map[string]string // unit name → lineage id
}

// Column definitions of the panel, in column order.
var (
	panelUnitColumns = []column{
		{"jurisdiction", "jurisdiction (行政区划) of the document"},
		{"year", "year of the document"},
		{"date", "date of the document (YYYY-MM-DD), empty when it has none"},
		{"document", "govgraph document id"},
		{"unit", "the unit's name as the document writes it"},
		{"lineage_id", "jurisdiction/name of the unit as of the jurisdiction's latest document, through seeds/lineage.tsv; the successors of a split unit are joined by |"},
		{"kind", "unit kind: " + strings.Join(graph.UnitKinds, ", ")},
		{"tasks", analytics.Definitions[analytics.MetricTasks]},
		{"leadTasks", analytics.Definitions[analytics.MetricLeadTasks]},
		{"leaders", analytics.Definitions[analytics.MetricLeaders]},
		{"degree", analytics.Definitions[analytics.MetricDegree]},
		{"weightedDegree", analytics.Definitions[analytics.MetricWeightedDegree]},
		{"betweenness", analytics.Definitions[analytics.MetricBetweenness]},
		{"closeness", analytics.Definitions[analytics.MetricCloseness]},
		{"constraint", analytics.Definitions[analytics.MetricConstraint]},
		{"effectiveSize", analytics.Definitions[analytics.MetricEffectiveSize]},
		{"brokerCoordinator", analytics.Definitions[analytics.MetricBrokerCoordinator]},
		{"brokerGatekeeperRepresentative", analytics.Definitions[analytics.MetricBrokerGatekeeperRepr]},
		{"brokerItinerant", analytics.Definitions[analytics.MetricBrokerItinerant]},
		{"brokerLiaison", analytics.Definitions[analytics.MetricBrokerLiaison]},
		{"brokerTotal", analytics.Definitions[analytics.MetricBrokerTotal]},
		{"community", analytics.Definitions[analytics.MetricCommunity] + " (within the document)"},
		{"coreNumber", analytics.Definitions[analytics.MetricCoreNumber]},
		{"bottleneck", analytics.Definitions[analytics.MetricBottleneck]},
		{"bottleneckRank", "rank by bottleneck score within the document, 1 is highest; equal scores share a rank"},
	}
	panelDocumentColumns = []column{
		{"jurisdiction", "jurisdiction (行政区划) of the document"},
		{"year", "year of the document"},
		{"date", "date of the document (YYYY-MM-DD), empty when it has none"},
		{"document", "govgraph document id"},
		{"title", "title of the document"},
		{"tasks", "annotated tasks of the document"},
		{"units", "units of its co-assignment network"},
		{"ties", "pairs of units sharing at least one task"},
		{"density", analytics.Definitions[analytics.MetricDensity]},
		{"centralisation", analytics.Definitions[analytics.MetricDegreeCentralisation]},
		{"modularity", analytics.Definitions[analytics.MetricModularity]},
		{"communities", analytics.Definitions[analytics.MetricCommunities]},
		{"components", analytics.Definitions[analytics.MetricComponents]},
		{"tasksPerUnit", "mean tasks per unit: the sum of units' tasks / units"},
	}
)

type column struct{ name, definition string }

// WritePanel writes the panel of docs as a zip archive: panel.csv (one row
// per document and unit), documents.csv (one row per document),
// definitions.csv and README.txt. CSV files are UTF-8 with a byte order
// mark, so that spreadsheets read the Chinese names. The same documents give
// the same bytes: rows are ordered by jurisdiction, date, document, unit,
// and the archive's time is the latest document's date. version is the
// store's data version the documents were read from (graph.Store.Version).
func WritePanel(w io.Writer, version string, docs []PanelDocument) error {
	docs = slices.Clone(docs)
	slices.SortFunc(docs, func(a, b PanelDocument) int {
		return cmp.Or(strings.Compare(a.Meta.Jurisdiction, b.Meta.Jurisdiction), strings.Compare(a.Meta.Date, b.Meta.Date),
			a.Meta.Year-b.Meta.Year, strings.Compare(a.Meta.ID, b.Meta.ID))
	})
	units, documents, defs := newBOMCSV(), newBOMCSV(), newBOMCSV()
	units.write(names(panelUnitColumns))
	documents.write(names(panelDocumentColumns))
	defs.write([]string{"file", "column", "definition"})
	for _, c := range panelUnitColumns {
		defs.write([]string{PanelUnitsFile, c.name, c.definition})
	}
	for _, c := range panelDocumentColumns {
		defs.write([]string{PanelDocumentsFile, c.name, c.definition})
	}

	latest := time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, d := range docs {
		if d.Report == nil {
			return graph.Errorf(graph.EINVALID, "panel: document %s has no analytics report", d.Meta.ID)
		}
		if t, err := time.Parse(time.DateOnly, d.Meta.Date); err == nil && t.After(latest) {
			latest = t
		}
		m := d.Meta
		year := strconv.Itoa(m.Year)
		rep := d.Report
		list := slices.Clone(rep.Units)
		slices.SortFunc(list, func(a, b analytics.UnitMetrics) int { return strings.Compare(a.Name, b.Name) })
		load := 0
		for _, u := range list {
			load += u.Tasks
			units.write([]string{
				clean(m.Jurisdiction), year, m.Date, m.ID, clean(u.Name), clean(d.LineageIDs[u.Name]), u.Kind,
				strconv.Itoa(u.Tasks), strconv.Itoa(u.LeadTasks), strconv.Itoa(u.Leaders), strconv.Itoa(u.Degree),
				panelFloat(u.WeightedDegree), panelFloat(u.Betweenness), panelFloat(u.Closeness),
				panelFloat(u.Constraint), panelFloat(u.EffectiveSize),
				strconv.Itoa(u.Brokerage.Coordinator), strconv.Itoa(u.Brokerage.GatekeeperRepresentative),
				strconv.Itoa(u.Brokerage.Itinerant), strconv.Itoa(u.Brokerage.Liaison), strconv.Itoa(u.Brokerage.Total),
				strconv.Itoa(u.Community), strconv.Itoa(u.CoreNumber), panelFloat(u.Bottleneck.Score),
				strconv.Itoa(bottleneckRank(rep, u.Bottleneck.Score)),
			})
		}
		perUnit := ""
		if len(list) > 0 {
			perUnit = panelFloat(float64(load) / float64(len(list)))
		}
		n := rep.Network
		documents.write([]string{
			clean(m.Jurisdiction), year, m.Date, m.ID, clean(m.Title), strconv.Itoa(d.Tasks),
			strconv.Itoa(n.Nodes), strconv.Itoa(n.Links), panelFloat(n.Density), panelFloat(n.DegreeCentralisation),
			panelFloat(n.Modularity), strconv.Itoa(n.Communities), strconv.Itoa(n.Components), perUnit,
		})
	}
	readme := "govgraph research panel\n=======================\n\n" +
		"Data version " + version + ", " + strconv.Itoa(len(docs)) + " documents.\n\n" +
		"Files (CSV, UTF-8 with a byte order mark):\n" +
		"- " + PanelUnitsFile + ": one row per document and unit; lineage_id follows a unit through renames, merges and splits (docs/compare.md).\n" +
		"- " + PanelDocumentsFile + ": one row per document with its network indicators.\n" +
		"- " + PanelDefinitionsFile + ": what every column means.\n" +
		"Metrics are computed per document (docs/metrics.md); cells starting with = + - @ get a leading apostrophe.\n"

	zw := zip.NewWriter(w)
	for _, f := range []member{
		{PanelUnitsFile, units.bytes()}, {PanelDocumentsFile, documents.bytes()},
		{PanelDefinitionsFile, defs.bytes()}, {ReadmeFile, []byte(readme)},
	} {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: latest})
		if err != nil {
			return err
		}
		if _, err := fw.Write(f.data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// panelFloat writes a measure with 12 significant digits: sums that gonum
// adds up in map order differ in the last bits from run to run, and the
// panel is the same bytes for the same documents. (PageRank, accurate to
// about 1e-10 only, is left out of the panel for the same reason.)
func panelFloat(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return formatFloat(x)
	}
	return strconv.FormatFloat(x, 'g', 12, 64)
}

// bottleneckRank is 1 plus the number of the report's units with a higher
// bottleneck score; scores closer than 1e-9 count as equal, so that
// rounding noise does not break ties.
func bottleneckRank(rep *analytics.Report, score float64) int {
	r := 1
	for _, u := range rep.Units {
		if u.Bottleneck.Score > score+1e-9 {
			r++
		}
	}
	return r
}

func names(cols []column) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.name
	}
	return out
}

// bomCSV is a CSV file in memory that starts with a UTF-8 byte order mark.
type bomCSV struct {
	buf bytes.Buffer
	w   *csv.Writer
}

func newBOMCSV() *bomCSV {
	c := &bomCSV{}
	c.buf.WriteString("\ufeff")
	c.w = csv.NewWriter(&c.buf)
	return c
}

func (c *bomCSV) write(row []string) { c.w.Write(spreadsheetSafe(row)) }

func (c *bomCSV) bytes() []byte {
	c.w.Flush()
	return c.buf.Bytes()
}
