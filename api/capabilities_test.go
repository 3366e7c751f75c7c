package api_test

import (
	"net/http"
	"testing"

	"govgraph/api"
)

func TestCapabilities(t *testing.T) {
	for _, tc := range []struct {
		name    string
		token   string // configured admin token; empty: read-only
		header  []string
		writes  bool
		tokenOK bool
	}{
		{name: "read-only server", header: []string{"Authorization", "Bearer anything"}},
		{name: "no token sent", token: "s3cret", writes: true},
		{name: "wrong token", token: "s3cret", header: []string{"Authorization", "Bearer nope"}, writes: true},
		{name: "not a bearer", token: "s3cret", header: []string{"Authorization", "Basic s3cret"}, writes: true},
		{name: "right token", token: "s3cret", header: []string{"Authorization", "Bearer s3cret"}, writes: true, tokenOK: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, false, withAdmin(tc.token))
			var got api.Capabilities
			e.get(t, u("/capabilities"), tc.header...).status(t, http.StatusOK).decode(t, &got)
			want := api.Capabilities{Writes: tc.writes, TokenAccepted: tc.tokenOK,
				Cypher: api.CypherCapability{Available: false, Store: "embedded", TimeoutSeconds: api.DefaultCypherTimeout.Seconds(), MaxRows: api.MaxCypherRows}}
			if got != want {
				t.Errorf("capabilities = %+v, want %+v", got, want)
			}
			// What it says about the token is what the write routes do with it.
			if tc.writes {
				status := e.send(t, httptestDelete(), tc.header...).Code
				if accepted := status != http.StatusUnauthorized; accepted != tc.tokenOK {
					t.Errorf("DELETE answered %d while tokenAccepted = %v", status, tc.tokenOK)
				}
			}
		})
	}
}

func httptestDelete() *http.Request {
	req, _ := http.NewRequest(http.MethodDelete, u("/documents/none"), nil)
	return req
}
