package extract

import (
	"fmt"
	"sort"
	"strings"

	"govgraph/graph"
)

// Conventions the parser recognises, as the profile names them.
const (
	convBracketFields = "labelled fields in brackets after the task"
	convBracketRoles  = "unlabelled roles in brackets after the task"
	convInlineLabels  = "labels after the task's sentence"
	convDashRoles     = "roles after a dash closing the task's sentence (——X牵头，Y配合)"
	convRoleSentence  = "a closing sentence of roles (分管领导为X，Y牵头，Z配合)"
	convClauseRoles   = "roles closing a clause after a comma (一是…，由X牵头，Y配合；)"
	convOpeningRoles  = "roles opening the task's sentence (X牵头，会同Y，…)"
	convBareUnits     = "unit names alone in brackets after the task (the first leads)"
	convLinesAfter    = "labelled lines after the task"
	convGroupAfter    = "one annotation after a group of sub-items (①②③)"
	convGroupHeading  = "numbered headings whose annotation governs the items below"
	convLinesBefore   = "labelled lines before the task"
	convLeaderHeading = "leader headings governing the tasks below"
	convLeaderSection = "sections headed by their leaders"
	convUnitHeading   = "headings naming the lead unit of the tasks below"
	convRunningRoles  = "roles written as running text (X牵头，Y配合)"
	convTable         = "table rows"
	convRepeatRows    = "table rows repeating the body's items by title, merged with them"
	convWrapped       = "annotations wrapped across lines"
	convFirstIsLead   = "the first listed unit leads"
	convPageNoise     = "page numbers and running headers blanked"
	convSummaryRoles  = "roles of 一是…二是… clauses in a closing sentence (以上工作由X牵头)"
	convFootnotes     = "footnotes kept apart as notes of the tasks (注：①…)"
	convByNumber      = "roles given after the items by item number (第1、2项由X牵头)"
	convRequirements  = "a closing part of requirements after the tasks (工作要求, 保障措施): its lines read as narrative, not tasks"
)

// placementOf maps where an annotation stands to the profile's placement.
var placementOf = map[string]string{
	convBracketFields: "inline", convBracketRoles: "inline", convInlineLabels: "inline", convBareUnits: "inline", convDashRoles: "inline", convRoleSentence: "inline", convClauseRoles: "inline", convOpeningRoles: "inline", convSummaryRoles: "inline",
	convLinesAfter: "after", convLinesBefore: "before", convTable: "table", convByNumber: "after",
}

// Thresholds for the profile's warnings.
const (
	minCoverage  = 0.8 // annotated share of the numbered items
	mixedShare   = 0.3 // a second placement this common makes the placement mixed
	minWarnItems = 3
)

// profile describes how the document was read.
func (p *parser) profile() *graph.Profile {
	doc := p.doc
	pr := &graph.Profile{Conventions: []string{}, Warnings: []string{}, Tables: p.tableMaps}
	if p.firstIsLead {
		p.conv[convFirstIsLead]++
	}
	if p.noiseLines > 0 {
		p.conv[convPageNoise] += p.noiseLines
	}
	type kv struct {
		k string
		n int
	}
	var convs []kv
	for k, n := range p.conv {
		convs = append(convs, kv{k, n})
	}
	sort.Slice(convs, func(a, b int) bool {
		if convs[a].n != convs[b].n {
			return convs[a].n > convs[b].n
		}
		return convs[a].k < convs[b].k
	})
	places := map[string]int{}
	total := 0
	for _, c := range convs {
		pr.Conventions = append(pr.Conventions, c.k)
		if pl, ok := placementOf[c.k]; ok {
			places[pl] += c.n
			total += c.n
		}
	}
	pr.Placement = "none"
	best, second := "", 0
	for pl, n := range places {
		if best == "" || n > places[best] || n == places[best] && pl < best {
			best = pl
		}
	}
	for pl, n := range places {
		if pl != best && n > second {
			second = n
		}
	}
	switch {
	case best == "":
	case float64(second) > mixedShare*float64(total):
		pr.Placement = "mixed"
	default:
		pr.Placement = best
	}
	if p.conv[convLeaderHeading] > 0 && best == "" {
		pr.Placement = "heading"
	}

	// Coverage: numbered items and what became of them.
	starts := make([]bool, len(p.lines)+1)
	for _, t := range doc.Tasks {
		starts[t.Line-1] = true
	}
	cov := &pr.Coverage
	for i, ln := range p.lines {
		if ln.s < p.bodyStart || ln.kind != lkText || ln.mk != markNumbered && !p.headItem[i] || p.reqLine != nil && p.reqLine[i] {
			continue // a line of a part of requirements is no item
		}
		cov.Items++
		if starts[i] || p.headLines[i] {
			cov.Annotated++
		}
	}
	// Table rows: every data row is an item; it counts as annotated when it
	// became a task with a role. A table without a header the parser can map
	// counts its rows as items without an annotation.
	cov.Items += p.tableItems
	cov.Annotated += p.tableAnnotated
	for _, t := range p.unreadTables {
		cov.Items += t.rows
	}
	cov.Unannotated = cov.Items - cov.Annotated
	cov.Tasks = len(doc.Tasks)
	cov.Narrative = len(doc.Narrative)

	if cov.Items >= minWarnItems && float64(cov.Annotated) < minCoverage*float64(cov.Items) {
		pr.Warnings = append(pr.Warnings, fmt.Sprintf("low coverage: only %d of %d numbered items have an annotation; the annotations may be written in a convention this parser does not know", cov.Annotated, cov.Items))
	}
	if p.lostItems > 0 {
		pr.Warnings = append(pr.Warnings, fmt.Sprintf("%d numbered items were read as neither a task nor a heading with tasks (see the unannotated_item diagnostics)", p.lostItems))
	}
	for _, t := range p.unreadTables {
		pr.Warnings = append(pr.Warnings, fmt.Sprintf("table at line %d: %d rows, but no header row names a task column and a leader or unit column; its rows were read as text", t.line, t.rows))
	}
	pr.Warnings = append(pr.Warnings, p.tableDoubts...)
	if p.postLeaders > 0 {
		pr.Warnings = append(pr.Warnings, fmt.Sprintf("%d leader entries name a post and no person (such as %q); no leader was recorded for them", p.postLeaders, p.postExample))
	}
	if b, a := p.placeVotes[0], p.placeVotes[1]; b > 0 && a > 0 {
		pr.Warnings = append(pr.Warnings, fmt.Sprintf("ambiguous placement: %d labelled blocks can only belong to the task below them and %d only to the task above; check which task each block was given", b, a))
	}
	if places["before"] > 0 && places["after"] > 0 && pr.Placement == "mixed" {
		pr.Warnings = append(pr.Warnings, fmt.Sprintf("mixed placement: %d labelled blocks were read as annotating the task below them and %d the task above", places["before"], places["after"]))
	}
	if len(doc.Tasks) == 0 {
		pr.Warnings = append(pr.Warnings, "no tasks found")
	}
	return pr
}

// ProfileText renders a profile as the head of `govgraph parse --format
// text`: warnings first, then placement, conventions and coverage.
func ProfileText(pr *graph.Profile) string {
	if pr == nil {
		return ""
	}
	var b strings.Builder
	for _, w := range pr.Warnings {
		fmt.Fprintf(&b, "WARNING: %s\n", w)
	}
	fmt.Fprintf(&b, "profile: annotations %s", pr.Placement)
	if len(pr.Conventions) > 0 {
		fmt.Fprintf(&b, "; %s", strings.Join(pr.Conventions, "; "))
	}
	b.WriteString("\n")
	c := pr.Coverage
	fmt.Fprintf(&b, "coverage: %d numbered items, %d with an annotation, %d without; %d tasks, %d narrative passages\n",
		c.Items, c.Annotated, c.Unannotated, c.Tasks, c.Narrative)
	for _, t := range pr.Tables {
		var cols []string
		for _, col := range t.Columns {
			role := col.Role
			if role == "" {
				role = "unused"
			}
			cols = append(cols, col.Header+"→"+role)
		}
		fmt.Fprintf(&b, "table at line %d: %s\n", t.Line, strings.Join(cols, ", "))
	}
	return b.String()
}
