package chart

import (
	_ "embed"
	"encoding/json"
)

// Colours of the graph categories, fixed so that a unit kind or a community
// number keeps its colour whatever the filter. palette.json holds them; the
// browser imports the same file (frontend/src/palette.ts), so the charts it
// builds (the Cypher console's graph) colour kinds as the server does.

//go:embed palette.json
var paletteJSON []byte

var palette = func() (p struct {
	Kinds       map[string]string `json:"kinds"` // a colour per unit kind (graph.UnitKinds)
	Unknown     string            `json:"unknown"`
	Communities []string          `json:"communities"`
}) {
	if err := json.Unmarshal(paletteJSON, &p); err != nil {
		panic("api/chart/palette.json: " + err.Error())
	}
	return p
}()

// unknownColour is the colour of a kind or community the palettes do not know.
var unknownColour = palette.Unknown

// CommunityColours are Kelly's colours of maximum contrast without white
// and black: 20 colours told apart by most viewers.
var CommunityColours = palette.Communities

// KindColour is the colour of a unit kind.
func KindColour(kind string) string {
	if c, ok := palette.Kinds[kind]; ok {
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
