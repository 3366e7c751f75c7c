package chart_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"govgraph/api/chart"
	"govgraph/graph"
)

// denseNetwork is n units of three kinds, each linked to the next k.
func denseNetwork(n, k int) *graph.UnitNetwork {
	net := &graph.UnitNetwork{}
	kinds := []string{graph.KindDepartment, graph.KindStreet, graph.KindEnterprise}
	id := func(i int) string { return fmt.Sprintf("unit:x/u%05d", i%n) }
	for i := range n {
		net.Nodes = append(net.Nodes, graph.UnitNode{ID: id(i), Name: fmt.Sprintf("单位%05d", i), Jurisdiction: "x", Kind: kinds[i%3], Tasks: 1 + i%7})
		for j := 1; j <= k; j++ {
			net.Links = append(net.Links, graph.UnitLink{Source: id(i), Target: id(i + j), Weight: 1 + (i+j)%4})
		}
	}
	return net
}

// send encodes v as the API's writeJSON does.
func send(tb testing.TB, v any) int {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		tb.Fatal(err)
	}
	return buf.Len()
}

// BenchmarkChartNetwork builds the network option, its layout included
// (ForceLayout, on the server at every size), and encodes it as the
// response body.
func BenchmarkChartNetwork(b *testing.B) {
	for _, size := range []struct{ n, k int }{{250, 8}, {2000, 8}} {
		net := denseNetwork(size.n, size.k)
		b.Run(fmt.Sprintf("%dunits-%dlinks", len(net.Nodes), len(net.Links)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				send(b, chart.Network(net, "kind", nil, chart.ZH))
			}
		})
	}
}

// BenchmarkChartMatrix builds the heatmap option of a network (two cells
// a link) and encodes it as the response body: every unit, and the
// default top units.
func BenchmarkChartMatrix(b *testing.B) {
	net := denseNetwork(2000, 8)
	for _, top := range []int{0, chart.MatrixTop} {
		b.Run(fmt.Sprintf("%dunits-%dlinks-top%d", len(net.Nodes), len(net.Links), top), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				send(b, chart.Matrix(net, nil, top, chart.ZH))
			}
		})
	}
}
