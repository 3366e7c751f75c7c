package api

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/gin-gonic/gin"

	"govgraph/graph"
)

// params reads query parameters, keeping the first problem so that a
// handler checks once: every message names the parameter at fault.
type params struct {
	c   *gin.Context
	err error
}

func query(c *gin.Context) *params { return &params{c: c} }

func (p *params) fail(format string, args ...any) {
	if p.err == nil {
		p.err = invalid(format, args...)
	}
}

// str is a trimmed parameter of at most MaxQueryLength code points.
func (p *params) str(name string) string {
	v := strings.TrimSpace(p.c.Query(name))
	if !utf8.ValidString(v) {
		p.fail("parameter %s is not valid UTF-8", name)
		return ""
	}
	if n := utf8.RuneCountInString(v); n > MaxQueryLength {
		p.fail("parameter %s is too long: %d characters, at most %d", name, n, MaxQueryLength)
		return ""
	}
	return v
}

// required is str that must not be empty.
func (p *params) required(name string) string {
	v := p.str(name)
	if v == "" && p.err == nil {
		p.fail("parameter %s is required", name)
	}
	return v
}

// list gathers a parameter that may repeat or hold comma-separated values,
// without blanks or repeats, in the order given.
func (p *params) list(name string) []string {
	var out []string
	for _, raw := range p.c.QueryArray(name) {
		for _, v := range strings.Split(raw, ",") {
			v = strings.TrimSpace(v)
			if v == "" || slices.Contains(out, v) {
				continue
			}
			if utf8.RuneCountInString(v) > MaxQueryLength {
				p.fail("parameter %s has a value over %d characters", name, MaxQueryLength)
				return nil
			}
			out = append(out, v)
		}
	}
	return out
}

// int is an integer parameter in [lo, hi]; def when absent.
func (p *params) int(name string, def, lo, hi int) int {
	raw := strings.TrimSpace(p.c.Query(name))
	if raw == "" {
		return def
	}
	n, err := strconv.Atoi(raw)
	if err != nil {
		p.fail("parameter %s must be an integer; got %q", name, raw)
		return def
	}
	if n < lo || n > hi {
		p.fail("parameter %s must be between %d and %d; got %d", name, lo, hi, n)
		return def
	}
	return n
}

// optionalInt is like int but says whether the parameter was given.
func (p *params) optionalInt(name string, lo, hi int) *int {
	if strings.TrimSpace(p.c.Query(name)) == "" {
		return nil
	}
	n := p.int(name, 0, lo, hi)
	if p.err != nil {
		return nil
	}
	return &n
}

// bool accepts 1/0, true/false, yes/no, on/off.
func (p *params) bool(name string) bool {
	raw := strings.ToLower(strings.TrimSpace(p.c.Query(name)))
	switch raw {
	case "", "0", "false", "no", "off":
		return false
	case "1", "true", "yes", "on":
		return true
	}
	p.fail("parameter %s must be 1 or 0 (or true or false); got %q", name, raw)
	return false
}

// enum is one of allowed; the first allowed value when absent.
func (p *params) enum(name string, allowed ...string) string {
	raw := strings.TrimSpace(p.c.Query(name))
	if raw == "" {
		return allowed[0]
	}
	if !slices.Contains(allowed, raw) {
		p.fail("parameter %s must be one of %s; got %q", name, strings.Join(allowed, ", "), raw)
		return allowed[0]
	}
	return raw
}

// networkFilter reads the parameters that select a unit network.
func (p *params) networkFilter() graph.NetworkFilter {
	return graph.NetworkFilter{
		Documents:    p.list("document"),
		Jurisdiction: p.str("jurisdiction"),
		Year:         p.int("year", 0, graph.MinYear, graph.MaxYear),
		Section:      p.optionalInt("section", 0, 1<<30),
		Leader:       p.str("leader"),
		Role:         p.enum("role", graph.RoleAny, graph.RoleLead, graph.RoleResponsible),
		MinWeight:    p.int("min_weight", 1, 1, 1<<30),
		Limit:        p.int("limit", 0, 0, 100000),
	}
}

// taskFilter reads the task ledger's filters (not the page).
func (p *params) taskFilter() graph.TaskFilter {
	return graph.TaskFilter{
		Documents:    p.list("document"),
		Jurisdiction: p.str("jurisdiction"),
		Year:         p.int("year", 0, graph.MinYear, graph.MaxYear),
		Section:      p.optionalInt("section", 0, 1<<30),
		Leader:       p.str("leader"),
		Unit:         p.str("unit"),
		Project:      p.str("project"),
		Query:        p.str("q"),
	}
}

// entityFilter reads the filters of entity lists.
func (p *params) entityFilter() graph.EntityFilter {
	return graph.EntityFilter{Documents: p.list("document"), Jurisdiction: p.str("jurisdiction")}
}

// pathName is a path parameter (already unescaped by gin), trimmed.
func pathName(c *gin.Context, name string) (string, error) {
	v := strings.TrimSpace(c.Param(name))
	if v == "" {
		return "", invalid("the %s in the path is empty", name)
	}
	if !utf8.ValidString(v) || utf8.RuneCountInString(v) > MaxQueryLength {
		return "", invalid("the %s in the path is not valid UTF-8 of at most %d characters", name, MaxQueryLength)
	}
	return v, nil
}

// queryParams are the query parameters of each operation in the OpenAPI
// document, by method and path ("GET /tasks"): the one list of what a
// route accepts. Loaded on first use.
var queryParams = sync.OnceValue(func() map[string][]string {
	doc, err := openapi3.NewLoader().LoadFromData(openAPIJSON())
	if err != nil {
		panic("api: openapi.yaml does not load: " + err.Error())
	}
	out := map[string][]string{}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			var names []string
			for _, ps := range []openapi3.Parameters{item.Parameters, op.Parameters} {
				for _, p := range ps {
					if p.Value != nil && p.Value.In == openapi3.ParameterInQuery {
						names = append(names, p.Value.Name)
					}
				}
			}
			slices.Sort(names)
			out[method+" "+path] = names
		}
	}
	return out
})

// openAPIPath turns a gin route ("/api/v1/units/:name", ".../*id") into
// its path in the OpenAPI document ("/units/{name}").
func openAPIPath(route string) string {
	segs := strings.Split(strings.TrimPrefix(route, Prefix), "/")
	for i, s := range segs {
		if strings.HasPrefix(s, ":") || strings.HasPrefix(s, "*") {
			segs[i] = "{" + s[1:] + "}"
		}
	}
	return strings.Join(segs, "/")
}

// knownParams refuses a query string that does not parse, or that names a
// parameter the route's OpenAPI operation does not declare: a junk
// parameter would otherwise pass unnoticed (and make every request look
// new to the response cache).
func (s *server) knownParams(c *gin.Context) {
	values, err := url.ParseQuery(c.Request.URL.RawQuery)
	if err != nil {
		s.fail(c, invalid("the query string is malformed: %v", err))
		return
	}
	allowed, ok := queryParams()[c.Request.Method+" "+openAPIPath(c.FullPath())]
	if !ok {
		c.Next() // not an API operation: the router answers it
		return
	}
	for name := range values {
		if !slices.Contains(allowed, name) {
			if len(allowed) == 0 {
				s.fail(c, invalid("unknown query parameter %q: this route takes none", name))
			} else {
				s.fail(c, invalid("unknown query parameter %q: this route takes %s", name, strings.Join(allowed, ", ")))
			}
			return
		}
	}
	c.Next()
}
