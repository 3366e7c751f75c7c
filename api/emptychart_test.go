package api_test

import (
	"net/http"
	"testing"
)

// A filter that leaves no unit (an unknown leader; lead units only, when no
// two lead one task together, with a link limit that drops unlinked units)
// gets an empty graph, not a 500.
func TestEmptyNetworkChart(t *testing.T) {
	e := newEnv(t, true)
	for _, target := range []string{
		u("/charts/network", "leader", "nobody"),
		u("/charts/network", "role", "lead", "limit", "2001"),
	} {
		var opt struct {
			Series []struct {
				Type string `json:"type"`
			} `json:"series"`
		}
		e.get(t, target).status(t, http.StatusOK).decode(t, &opt)
		if len(opt.Series) != 1 || opt.Series[0].Type != "graph" {
			t.Errorf("%s: series %+v, want one graph series", target, opt.Series)
		}
	}
}
