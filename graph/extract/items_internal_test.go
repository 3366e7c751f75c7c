package extract

import (
	"strings"
	"testing"
)

// accountItems is the last resort of the no-silent-loss rule: an item that
// ended as neither a task nor a heading with tasks gets a warning on its
// line and one at the top of the profile.
func TestAccountItemsReportsLostItem(t *testing.T) {
	src := "一、扩大需求\n1．实施扩大内需战略。（牵头单位：省发展改革委）\n2．开展消费提振活动。（牵头单位：省商务厅）\n"
	p := newParser("lost.txt", src, Options{})
	p.splitLines()
	p.bodyStart = 0
	p.planPlacement(0)
	for i := 0; i < len(p.lines); {
		i = p.step(i)
	}
	p.flushPending()
	p.releaseHeld()
	if len(p.doc.Tasks) != 2 {
		t.Fatalf("%d tasks, want 2", len(p.doc.Tasks))
	}
	p.doc.Tasks = p.doc.Tasks[:1] // as if a reading mistake had dropped item 2
	p.accountItems()
	if p.lostItems != 1 {
		t.Fatalf("lostItems = %d, want 1", p.lostItems)
	}
	d := p.doc.Diagnostics[len(p.doc.Diagnostics)-1]
	if d.Line != 3 || d.Code != "unannotated_item" || !strings.Contains(d.Message, "neither a task nor a heading") {
		t.Errorf("diagnostic = %+v", d)
	}
	pr := p.profile()
	if len(pr.Warnings) == 0 || !strings.Contains(pr.Warnings[0], "1 numbered items were read as neither") {
		t.Errorf("warnings = %q", pr.Warnings)
	}
}
