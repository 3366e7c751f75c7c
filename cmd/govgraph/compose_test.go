package main

import (
	"net"
	"net/url"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"

	"govgraph/graph/neo4j"
)

// compose is the part of docker-compose.yml that the Go configuration must
// agree with.
type compose struct {
	Services map[string]composeService `yaml:"services"`
	Volumes  map[string]any            `yaml:"volumes"`
	Configs  map[string]struct {
		Content string `yaml:"content"`
	} `yaml:"configs"`
}

type composeService struct {
	Image       string            `yaml:"image"`
	Build       string            `yaml:"build"`
	Command     []string          `yaml:"command"`
	Environment map[string]string `yaml:"environment"`
	Ports       []string          `yaml:"ports"`
	Volumes     []string          `yaml:"volumes"`
	Healthcheck struct {
		Test []string `yaml:"test"`
	} `yaml:"healthcheck"`
	DependsOn map[string]struct {
		Condition string `yaml:"condition"`
	} `yaml:"depends_on"`
	Configs []struct {
		Source string `yaml:"source"`
		Target string `yaml:"target"`
	} `yaml:"configs"`
	Restart string `yaml:"restart"`
}

// interpolate replaces ${VAR:?…} and ${VAR:-default} as compose would, with
// a fixed value for required variables.
func interpolate(s string) string {
	re := regexp.MustCompile(`\$\{([A-Z0-9_]+)(:[?-])?([^}]*)\}`)
	return re.ReplaceAllStringFunc(s, func(m string) string {
		p := re.FindStringSubmatch(m)
		if p[2] == ":-" {
			return p[3]
		}
		return "value-of-" + p[1]
	})
}

func TestDockerComposeMatchesConfiguration(t *testing.T) {
	data, err := os.ReadFile("../../docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	var c compose
	if err := yaml.Unmarshal(data, &c); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	neo, user, proxy := c.Services["neo4j"], c.Services["neo4j-user"], c.Services["proxy"]
	if !strings.HasPrefix(neo.Image, "neo4j:5") {
		t.Errorf("neo4j image = %q, want the official neo4j:5", neo.Image)
	}
	if !strings.Contains(neo.Environment["NEO4J_AUTH"], "${NEO4J_PASSWORD") {
		t.Errorf("NEO4J_AUTH = %q, want the password from the environment", neo.Environment["NEO4J_AUTH"])
	}
	if len(neo.Healthcheck.Test) == 0 {
		t.Error("neo4j has no healthcheck")
	}
	if cmd := strings.Join(user.Command, " "); !strings.Contains(cmd, "CREATE OR REPLACE USER govgraph") || !strings.Contains(cmd, "GOVGRAPH_NEO4J_PASSWORD") {
		t.Errorf("neo4j-user command %q does not create the govgraph user with GOVGRAPH_NEO4J_PASSWORD", cmd)
	}
	if user.DependsOn["neo4j"].Condition != "service_healthy" {
		t.Error("neo4j-user must wait for a healthy neo4j")
	}
	// The server side refuses the same procedures as the console.
	if got, want := neo.Environment["NEO4J_dbms_security_procedures_allowlist"], strings.Join(neo4j.ConsoleProcedures, ","); got != want {
		t.Errorf("procedure allowlist = %q, want neo4j.ConsoleProcedures %q", got, want)
	}
	if _, err := os.Stat("../../Dockerfile"); err != nil {
		t.Error(err)
	}
	for name, svc := range c.Services {
		for _, v := range svc.Volumes {
			if vol := strings.SplitN(v, ":", 2)[0]; !strings.HasPrefix(vol, "/") && !strings.HasPrefix(vol, ".") {
				if _, ok := c.Volumes[vol]; !ok {
					t.Errorf("%s: volume %q is not declared", name, vol)
				}
			}
		}
	}

	// Two or more replicas of one configuration.
	var replicas []string
	for name := range c.Services {
		if strings.HasPrefix(name, "govgraph-") {
			replicas = append(replicas, name)
		}
	}
	slices.Sort(replicas)
	if len(replicas) < 2 {
		t.Fatalf("compose runs the replicas %v; want at least two govgraph-N services", replicas)
	}
	first := c.Services[replicas[0]]
	for _, r := range replicas[1:] {
		if !reflect.DeepEqual(c.Services[r], first) {
			t.Errorf("replica %s is configured unlike %s", r, replicas[0])
		}
	}
	app := first
	if app.Build != "." {
		t.Errorf("govgraph build = %q, want the Dockerfile at the root", app.Build)
	}
	if app.DependsOn["neo4j"].Condition != "service_healthy" || app.DependsOn["neo4j-user"].Condition != "service_completed_successfully" {
		t.Error("the replicas must wait for a healthy neo4j and for neo4j-user to create their Neo4j user")
	}
	if app.Restart == "" || app.Restart == "no" {
		t.Errorf("replicas restart %q; one that loses the race to load the seed must come back", app.Restart)
	}
	if len(app.Ports) > 0 {
		t.Errorf("a replica publishes %v; clients go through the proxy", app.Ports)
	}

	// The environment the compose file gives govgraph configures the store
	// exactly as intended, through the same flags the binary reads.
	env := &Env{Stderr: os.Stderr, Getenv: func(k string) string { return interpolate(app.Environment[k]) }}
	for k := range app.Environment {
		if !knownEnv[k] {
			t.Errorf("compose sets %s, which govgraph does not read", k)
		}
	}
	if len(app.Command) == 0 || app.Command[0] != "serve" {
		t.Fatalf("govgraph command = %v, want serve …", app.Command)
	}
	fs, cfg := newServeFlags(env)
	if err := fs.Parse(app.Command[1:]); err != nil {
		t.Fatalf("compose command does not parse: %v", err)
	}
	u, err := url.Parse(cfg.store.neo4jURI)
	if err != nil || u.Scheme != "neo4j" || u.Hostname() != "neo4j" || u.Port() != "7687" {
		t.Errorf("NEO4J_URI = %q, want the neo4j service's Bolt port with routing (neo4j://), so that a cluster's readers serve reads", cfg.store.neo4jURI)
	}
	if !publishes(neo.Ports, u.Port()) {
		t.Errorf("neo4j does not publish Bolt port %s: %v", u.Port(), neo.Ports)
	}
	if cfg.store.neo4jUser != "govgraph" || cfg.store.neo4jPassword != "value-of-GOVGRAPH_NEO4J_PASSWORD" {
		t.Errorf("user/password = %q/%q, want the dedicated user govgraph and GOVGRAPH_NEO4J_PASSWORD, not the admin", cfg.store.neo4jUser, cfg.store.neo4jPassword)
	}
	hosts := allowedHosts(cfg.hosts, cfg.addr)
	if !slices.Equal(hosts, []string{"localhost", "127.0.0.1"}) {
		t.Errorf("allowed hosts %v, want the names of the published loopback port", hosts)
	}
	if !mounts(app.Volumes, cfg.store.data) {
		t.Errorf("data directory %q is not on a volume: %v", cfg.store.data, app.Volumes)
	}

	// The proxy publishes the service and spreads it over every replica at
	// the port serve listens on; its health checks name an allowed host.
	_, port, err := net.SplitHostPort(cfg.addr)
	if err != nil {
		t.Fatalf("serve --addr %q: %v", cfg.addr, err)
	}
	if !strings.HasPrefix(proxy.Image, "caddy:") {
		t.Errorf("proxy image = %q, want caddy", proxy.Image)
	}
	if !publishes(proxy.Ports, "8080") {
		t.Errorf("the proxy does not publish 8080: %v", proxy.Ports)
	}
	if len(proxy.Configs) != 1 || proxy.Configs[0].Target != "/etc/caddy/Caddyfile" {
		t.Fatalf("the proxy's configs %+v, want its Caddyfile", proxy.Configs)
	}
	caddyfile := c.Configs[proxy.Configs[0].Source].Content
	upstreams := regexp.MustCompile(`(?m)^\s*reverse_proxy\s+([^{]+)\{`).FindStringSubmatch(caddyfile)
	if upstreams == nil {
		t.Fatalf("the Caddyfile has no reverse_proxy with upstreams:\n%s", caddyfile)
	}
	var wantUpstreams []string
	for _, r := range replicas {
		wantUpstreams = append(wantUpstreams, r+":"+port)
		if _, ok := proxy.DependsOn[r]; !ok {
			t.Errorf("the proxy does not depend on %s", r)
		}
	}
	if got := strings.Fields(upstreams[1]); !slices.Equal(got, wantUpstreams) {
		t.Errorf("the proxy's upstreams %v, want every replica %v", got, wantUpstreams)
	}
	health := regexp.MustCompile(`(?s)health_uri\s+(\S+).*health_headers\s*\{\s*Host\s+(\S+)`).FindStringSubmatch(caddyfile)
	if health == nil || health[1] != "/api/v1/health" || !slices.Contains(hosts, health[2]) {
		t.Errorf("the proxy's health check %q, want /api/v1/health with a Host among %v", health, hosts)
	}
}

// knownEnv lists every environment variable govgraph reads.
var knownEnv = map[string]bool{
	"NEO4J_URI": true, "NEO4J_USER": true, "NEO4J_PASSWORD": true, "NEO4J_DATABASE": true,
	"GOVGRAPH_ADMIN_TOKEN": true, "GOVGRAPH_ALLOWED_HOSTS": true,
}

func TestKnownEnvIsWhatFlagsRead(t *testing.T) {
	read := map[string]bool{}
	env := &Env{Stderr: os.Stderr, Getenv: func(k string) string { read[k] = true; return "" }}
	newServeFlags(env)
	for k := range knownEnv {
		if !read[k] {
			t.Errorf("%s is listed but serve does not read it", k)
		}
	}
	for k := range read {
		if !knownEnv[k] {
			t.Errorf("serve reads %s, which knownEnv does not list", k)
		}
	}
}

func publishes(ports []string, container string) bool {
	for _, p := range ports {
		parts := strings.Split(p, ":")
		if parts[len(parts)-1] == container {
			return true
		}
	}
	return false
}

func mounts(volumes []string, dir string) bool {
	for _, v := range volumes {
		parts := strings.Split(v, ":")
		if len(parts) >= 2 && parts[1] == dir {
			return true
		}
	}
	return false
}
