package chart

import "govgraph/graph"

// Colours of the graph categories, fixed so that a unit kind or a community
// number keeps its colour whatever the filter.

// kindColours is a colour per unit kind (graph.UnitKinds).
var kindColours = map[string]string{
	graph.KindDepartment:  "#2563eb",
	graph.KindPartyOrgan:  "#dc2626",
	graph.KindEnterprise:  "#f59e0b",
	graph.KindStreet:      "#16a34a",
	graph.KindCommittee:   "#9333ea",
	graph.KindInstitution: "#0891b2",
	graph.KindBranch:      "#db2777",
	graph.KindMass:        "#84cc16",
	graph.KindCollective:  "#6b7280",
}

// unknownColour is the colour of a kind or community the palettes do not know.
const unknownColour = "#a8a29e"

// CommunityColours are Kelly's colours of maximum contrast without white
// and black: 20 colours told apart by most viewers.
var CommunityColours = []string{
	"#0067A5", "#F38400", "#008856", "#BE0032", "#875692",
	"#F3C300", "#A1CAF1", "#882D17", "#8DB600", "#E68FAC",
	"#C2B280", "#604E97", "#F6A600", "#B3446C", "#DCD300",
	"#654522", "#E25822", "#2B3D26", "#848482", "#F99379",
}

// KindColour is the colour of a unit kind.
func KindColour(kind string) string {
	if c, ok := kindColours[kind]; ok {
		return c
	}
	return unknownColour
}

// CommunityColour is the colour of community c; past len(CommunityColours)
// communities the colours repeat.
func CommunityColour(c int) string {
	if c < 0 {
		return unknownColour
	}
	return CommunityColours[c%len(CommunityColours)]
}
