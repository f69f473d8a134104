package graph

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/govkg/govkg"
	"github.com/govkg/govkg/internal/neo4jtest"
	"github.com/govkg/govkg/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func ctx(t testing.TB) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return c
}

// --- configuration and errors (no server needed) ---

func TestConfigFromEnv(t *testing.T) {
	for _, k := range []string{"NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"} {
		t.Setenv(k, "")
	}
	c := ConfigFromEnv()
	if c.URI != "bolt://127.0.0.1:7687" || c.Database != "neo4j" || c.Username != "" || c.Password != "" {
		t.Fatalf("defaults: %#v", c)
	}
	t.Setenv("NEO4J_URI", "neo4j+s://db.example:7687")
	t.Setenv("NEO4J_USERNAME", "govkg")
	t.Setenv("NEO4J_PASSWORD", "pw")
	t.Setenv("NEO4J_DATABASE", "kg")
	c = ConfigFromEnv()
	if c.URI != "neo4j+s://db.example:7687" || c.Username != "govkg" || c.Password != "pw" || c.Database != "kg" {
		t.Fatalf("from env: %#v", c)
	}
	for _, s := range Schemes {
		if err := (Config{URI: s + "://localhost:7687"}).validate(); err != nil {
			t.Errorf("scheme %s rejected: %v", s, err)
		}
	}
}

func TestConfigNeverShowsPassword(t *testing.T) {
	const pw = "s3cr3t-Pa55"
	c := Config{URI: "bolt://admin:" + pw + "@127.0.0.1:7687", Username: "admin", Password: pw, Database: "neo4j"}
	var logged strings.Builder
	slog.New(slog.NewTextHandler(&logged, nil)).Info("open", "cfg", c)
	outs := map[string]string{
		"String": c.String(), "%v": fmt.Sprintf("%v", c), "%+v": fmt.Sprintf("%+v", c), "%#v": fmt.Sprintf("%#v", c),
		"%s": fmt.Sprintf("%s", c), "%q": fmt.Sprintf("%q", c), "ptr %v": fmt.Sprintf("%v", &c), "slog": logged.String(),
		"SafeURI": c.SafeURI(),
	}
	for name, s := range outs {
		if strings.Contains(s, pw) {
			t.Errorf("%s leaks the password: %s", name, s)
		}
		if name != "SafeURI" && name != "slog" && !strings.Contains(s, "127.0.0.1:7687") {
			t.Errorf("%s does not name the URI: %s", name, s)
		}
	}
	if !strings.Contains(c.String(), "admin") {
		t.Errorf("String should name the user: %s", c)
	}
}

// TestSafeURIRedactsQuery (issue 17, D8): `govkg doctor --uri
// 'bolt://127.0.0.1:7687?password=SuperSecret123'` printed the password in its error;
// query parameters are now hidden like user-info, in SafeURI and in every message that
// quotes driver text.
func TestSafeURIRedactsQuery(t *testing.T) {
	const pw = "SuperSecret123"
	for _, tc := range []struct {
		uri, want string
	}{
		{"bolt://127.0.0.1:7687?password=" + pw, "bolt://127.0.0.1:7687?password=<redacted>"},
		{"bolt://neo4j:" + pw + "@127.0.0.1:7687", "bolt://127.0.0.1:7687"},
		{"neo4j://u:" + pw + "@db.example:7687?policy=eu&token=" + pw + "#" + pw, "neo4j://db.example:7687?policy=<redacted>&token=<redacted>"},
		{"bolt://127.0.0.1:7687?" + pw, "bolt://127.0.0.1:7687?<redacted>"},
		{"bolt://127.0.0.1:7687", "bolt://127.0.0.1:7687"},
		{"bolt://u:" + pw + "@[::1:7687?x=" + pw, "<redacted>@[::1:7687?<redacted>"}, // unparseable
	} {
		c := Config{URI: tc.uri}
		got := c.SafeURI()
		if got != tc.want || strings.Contains(got, pw) {
			t.Errorf("SafeURI(%q) = %q, want %q", tc.uri, got, tc.want)
		}
		for name, s := range map[string]string{"String": c.String(), "%#v": fmt.Sprintf("%#v", c),
			"redact": c.redact("driver says: cannot connect to " + tc.uri)} {
			if strings.Contains(s, pw) {
				t.Errorf("%s of %q leaks the password: %s", name, tc.uri, s)
			}
		}
	}
	// the reproduction: doctor's error on such a URI
	_, err := Open(ctx(t), Config{URI: "bolt://127.0.0.1:7687?password=" + pw})
	if err == nil || strings.Contains(err.Error(), pw) {
		t.Errorf("Open: %v", err)
	}
}

func TestOpenUnreachable(t *testing.T) {
	const pw = "hunter2-xyzzy"
	cfg := Config{URI: "bolt://127.0.0.1:1", Username: "neo4j", Password: pw}
	_, err := Open(ctx(t), cfg)
	if err == nil {
		t.Fatal("Open on a closed port succeeded")
	}
	msg := err.Error()
	if govkg.ErrorCode(err) != govkg.EDB {
		t.Errorf("code %s, want %s", govkg.ErrorCode(err), govkg.EDB)
	}
	for _, want := range []string{"bolt://127.0.0.1:1", "user neo4j", "is Neo4j running? try scripts/neo4j start"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q: %s", want, msg)
		}
	}
	if strings.Contains(msg, pw) || strings.Contains(msg, "\n") {
		t.Errorf("message leaks the password or spans lines: %q", msg)
	}
}

func TestOpenBadURI(t *testing.T) {
	for _, uri := range []string{"http://127.0.0.1:7474", "127.0.0.1:7687", "bolt+unix:///tmp/x"} {
		_, err := Open(ctx(t), Config{URI: uri, Password: "pw-should-not-show"})
		if err == nil || govkg.ErrorCode(err) != govkg.EUSAGE {
			t.Errorf("%s: err %v (code %s), want a usage error", uri, err, govkg.ErrorCode(err))
			continue
		}
		if strings.Contains(err.Error(), "pw-should-not-show") {
			t.Errorf("%s: password in %v", uri, err)
		}
	}
}

// TestWrapLostConnection: a plain-Bolt hang-up while connecting suggests a TLS
// mismatch; the same hang-up in the middle of a build says the server was lost.
func TestWrapLostConnection(t *testing.T) {
	cfg := Config{URI: "bolt://127.0.0.1:7687"}
	reset := errors.New("ConnectivityError: read tcp 127.0.0.1:50000->127.0.0.1:7687: read: connection reset by peer")
	if got := cfg.wrap(reset, "cannot connect").Error(); !strings.Contains(got, "TLS mismatch") {
		t.Errorf("connecting: %v, want the TLS hint", got)
	}
	if got := cfg.wrap(reset, "building report 440307-2025-gwr").Error(); !strings.Contains(got, "connection was lost") || strings.Contains(got, "TLS") {
		t.Errorf("mid-build: %v, want the lost-connection hint", got)
	}
}

func TestWrapHints(t *testing.T) {
	cfg := Config{URI: "neo4j+s://db.example:7687", Username: "kg", Password: "topsecret"}
	cases := []struct {
		err  error
		want string
	}{
		{&neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized", Msg: "The client is unauthorized due to authentication failure. password topsecret"}, "check NEO4J_USERNAME / NEO4J_PASSWORD"},
		{errors.New("ConnectivityError: tls: first record does not look like a TLS handshake"), "check the URI scheme (bolt+s vs bolt)"},
		{errors.New("x509: certificate signed by unknown authority"), "bolt+ssc:// or neo4j+ssc://"},
		{errors.New("dial tcp 127.0.0.1:7687: connect: connection refused"), "try scripts/neo4j start"},
		{&neo4j.Neo4jError{Code: "Neo.ClientError.Database.DatabaseNotFound", Msg: "no db"}, "NEO4J_DATABASE"},
	}
	for _, c := range cases {
		err := cfg.wrap(c.err, "cannot connect")
		if !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "neo4j+s://db.example:7687") {
			t.Errorf("%v → %v, want hint %q", c.err, err, c.want)
		}
		if strings.Contains(err.Error(), "topsecret") {
			t.Errorf("password leaked: %v", err)
		}
		if !errors.Is(err, c.err) {
			t.Errorf("cause lost: %v", err)
		}
	}
}

// tlsServer listens with a throw-away self-signed certificate, to see what a plain
// bolt:// client gets from a TLS endpoint without needing a TLS-enabled Neo4j.
func tlsServer(t *testing.T) string {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour), DNSNames: []string{"localhost"}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				_ = c.SetDeadline(time.Now().Add(5 * time.Second))
				_ = c.(*tls.Conn).Handshake()
			}()
		}
	}()
	return ln.Addr().String()
}

func TestOpenAgainstTLSEndpoint(t *testing.T) {
	addr := tlsServer(t)
	_, err := Open(ctx(t), Config{URI: "bolt://" + addr, Username: "neo4j", Password: "pw-1234"})
	if err == nil || !strings.Contains(err.Error(), "check the URI scheme (bolt+s vs bolt)") || !strings.Contains(err.Error(), "bolt://"+addr) {
		t.Errorf("bolt:// to a TLS endpoint: %v", err)
	}
	_, err = Open(ctx(t), Config{URI: "bolt+s://" + addr})
	if err == nil || !strings.Contains(err.Error(), "bolt+ssc://") {
		t.Errorf("bolt+s:// to a self-signed endpoint: %v", err)
	}
}

// --- planning (no server needed) ---

func TestPlanAttribution(t *testing.T) {
	plans, warns := planReports(fixture(1))
	if len(warns) != 0 {
		t.Errorf("warnings: %v", warns)
	}
	byID := map[string]*reportPlan{}
	for _, p := range plans {
		byID[p.report.ID] = p
	}
	ids := func(p *reportPlan) []string {
		var out []string
		for _, e := range p.entities {
			out = append(out, e.id)
		}
		return out
	}
	if got, want := ids(byID[repA]), []string{"company:比亚迪", "district:440310", "metro:14", "project:坪山中心医院"}; !slices.Equal(got, want) {
		t.Errorf("A entities %v, want %v", got, want)
	}
	if got, want := ids(byID[repB]), []string{"district:440310", "indicator:gdp", "metro:14", "term:weird"}; !slices.Equal(got, want) {
		t.Errorf("B entities %v, want %v", got, want)
	}
	if byID[repA].about != "district:440310" {
		t.Errorf("ABOUT %q", byID[repA].about)
	}
	// STATUS without From starts at the report of its evidence.
	var status []string
	for _, r := range byID[repB].rels {
		if r.relType == "STATUS" {
			status = append(status, r.fromLabel+":"+r.from)
		}
	}
	if !slices.Equal(status, []string{"Report:" + repB}) {
		t.Errorf("B STATUS from %v", status)
	}
	// SERVES evidence is split per report.
	for _, p := range plans {
		for _, r := range p.rels {
			if r.relType == "SERVES" {
				if er := r.evidence.reports; !slices.Equal(er, []string{p.report.ID}) {
					t.Errorf("%s SERVES evidence reports %v", p.report.ID, er)
				}
			}
		}
	}
	// Reserved keys are renamed, never overwrite bookkeeping.
	for _, e := range byID[repB].entities {
		if e.id == "term:weird" {
			props := e.props
			if props["id"] != "term:weird" || props["prop_id"] != "must not clobber the id" {
				t.Errorf("weird props %v", props)
			}
		}
	}
}

func TestPlanStatusPerSentenceAndEvidenceless(t *testing.T) {
	ext := fixture(2)
	ext.Relations = []govkg.Relation{
		{Type: govkg.RelStatus, From: repA, To: "project:坪山中心医院", Props: map[string]any{"status": "开工"},
			Evidence: []govkg.Evidence{ev(repA, 2), ev(repA, 0)}},
		{Type: govkg.RelServes, From: "metro:14", To: "district:440310"},       // both reports mention both
		{Type: govkg.RelPartOf, From: "project:坪山中心医院", To: "district:440310"}, // only A mentions the project
		{Type: "KNOWS", From: "metro:14", To: "district:440310"},
		{Type: govkg.RelServes, From: "metro:14", To: "nowhere", Evidence: []govkg.Evidence{ev(repB, 1)}},
	}
	plans, warns := planReports(ext)
	if len(warns) != 1 || !strings.Contains(warns[0], "KNOWS") {
		t.Errorf("warnings %v", warns)
	}
	got := map[string][]string{}
	for _, p := range plans {
		for _, r := range p.rels {
			got[p.report.ID] = append(got[p.report.ID], r.relType+" "+r.key)
		}
	}
	wantA := []string{"PART_OF ", "SERVES ", `STATUS ` + sid(repA, 0) + ` {"status":"开工"}`, `STATUS ` + sid(repA, 2) + ` {"status":"开工"}`}
	if !slices.Equal(got[repA], wantA) {
		t.Errorf("A relations %q, want %q", got[repA], wantA)
	}
	if !slices.Equal(got[repB], []string{"SERVES "}) {
		t.Errorf("B relations %q", got[repB])
	}
	if p := plans[1]; len(p.warnings) != 1 || !strings.Contains(p.warnings[0], "nowhere") {
		t.Errorf("B warnings %v", p.warnings)
	}
}

func TestFlatten(t *testing.T) {
	in := map[string]any{
		"s": "x", "i": 3, "u": uint64(1 << 63), "f": float32(1.5), "b": true, "nil": nil,
		"ints": []int{1, 2}, "mixed_num": []any{1, 2.5}, "strs": []any{"a", "b"},
		"mixed": []any{"a", 1, map[string]any{"k": "v"}}, "map": map[string]any{"b": 1, "a": []int{2}},
		"empty": []any{},
	}
	out := map[string]any{}
	flattenProps(in, setOf("s"), out)
	want := map[string]any{
		"prop_s": "x", "i": int64(3), "u": "9223372036854775808", "f": 1.5, "b": true,
		"ints": []int64{1, 2}, "mixed_num": []float64{1, 2.5}, "strs": []string{"a", "b"},
		"mixed": []string{"a", "1", `{"k":"v"}`}, "map": `{"a":[2],"b":1}`, "empty": []string{},
	}
	if fmt.Sprint(out) != fmt.Sprint(want) {
		t.Errorf("flatten:\n got %v\nwant %v", out, want)
	}
}

// --- against the real server ---

func TestOpenTLSMismatch(t *testing.T) {
	testClient(t) // skips without a server
	cfg := ConfigFromEnv()
	if !strings.HasPrefix(cfg.URI, "bolt://") {
		t.Skip("needs a plain bolt:// server")
	}
	cfg.URI = "bolt+s://" + strings.TrimPrefix(cfg.URI, "bolt://")
	_, err := Open(ctx(t), cfg)
	if err == nil || !strings.Contains(err.Error(), "check the URI scheme (bolt+s vs bolt)") || govkg.ErrorCode(err) != govkg.EDB {
		t.Fatalf("bolt+s against a plain server: %v", err)
	}
}

func TestOpenUnknownDatabase(t *testing.T) {
	testClient(t)
	cfg := ConfigFromEnv()
	cfg.Database = "no_such_db"
	_, err := Open(ctx(t), cfg)
	if err == nil || govkg.ErrorCode(err) != govkg.EDB || !strings.Contains(err.Error(), "check NEO4J_DATABASE") {
		t.Errorf("unknown database: %v", err)
	}
}

func TestServerInfo(t *testing.T) {
	c := testClient(t)
	info, err := c.ServerInfo(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(info.Version, "5.") || info.Edition == "" || info.Database != "neo4j" || !strings.HasPrefix(info.Agent, "Neo4j/") {
		t.Errorf("server info %+v", info)
	}
	t.Logf("%+v", info)
}

func TestSchemaApplyIdempotent(t *testing.T) {
	c := testClient(t)
	// Start from no govkg schema at all.
	for _, r := range read(t, c, "SHOW CONSTRAINTS YIELD name RETURN name", nil) {
		neo4jtest.Exec(t, "DROP CONSTRAINT "+schema.Quote(r[0].(string))+" IF EXISTS")
	}
	for _, r := range read(t, c, "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", nil) {
		neo4jtest.Exec(t, "DROP INDEX "+schema.Quote(r[0].(string))+" IF EXISTS")
	}
	st, err := c.SchemaStatus(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	if st.OK() || len(st.Missing) != len(schema.Constraints())+len(schema.Indexes()) || st.StoredVersion != 0 {
		t.Fatalf("empty database status: %+v", st)
	}
	var snapshots []string
	for i := range 2 {
		if err := c.ApplySchema(ctx(t)); err != nil {
			t.Fatalf("apply #%d: %v", i+1, err)
		}
		st, err := c.SchemaStatus(ctx(t))
		if err != nil {
			t.Fatal(err)
		}
		if !st.OK() || len(st.Missing) != 0 || len(st.Present) != len(schema.Constraints())+len(schema.Indexes()) || st.StoredVersion != schema.Version {
			t.Fatalf("after apply #%d: %s", i+1, st)
		}
		rows := read(t, c, "SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name", nil)
		snapshots = append(snapshots, fmt.Sprint(rows))
	}
	if snapshots[0] != snapshots[1] {
		t.Errorf("second apply changed the indexes:\n%s\n%s", snapshots[0], snapshots[1])
	}
	if n := count(t, c, "MATCH (s:GovkgSchema) RETURN count(s)"); n != 1 {
		t.Errorf("%d schema nodes", n)
	}
	// A newer stored version is refused.
	neo4jtest.Exec(t, "MATCH (s:GovkgSchema) SET s.version = 99")
	if err := c.ApplySchema(ctx(t)); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("apply over a newer schema: %v", err)
	}
}

var wantV1 = map[string]int{
	":Report": 2, ":Sentence": 8, ":Entity": 6, ":District": 1, ":MetroLine": 1, ":Project": 1, ":Company": 1,
	":Term": 1, ":Indicator": 1, ":GovkgSchema": 1,
	"-ABOUT": 2, "-HAS_SENTENCE": 8, "-MENTIONS": 8, "-SERVES": 1, "-STATUS": 2, "-HAS_INDICATOR": 1, "-LOCATED_IN": 1,
}

func build(t *testing.T, c *Client, ext *govkg.Extraction, opts BuildOptions) BuildSummary {
	t.Helper()
	sum, err := c.Build(ctx(t), ext, opts)
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	for _, r := range sum.Reports {
		if len(r.Warnings) > 0 {
			t.Logf("%s warnings: %v", r.ReportID, r.Warnings)
		}
	}
	return sum
}

func statuses(sum BuildSummary) string {
	var out []string
	for _, r := range sum.Reports {
		out = append(out, r.ReportID+"="+string(r.Status))
	}
	return strings.Join(out, " ")
}

func TestBuildCountsSkipAndForce(t *testing.T) {
	c := testClient(t)
	var events []string
	opts := BuildOptions{Progress: func(e ProgressEvent) {
		events = append(events, fmt.Sprintf("%s %d/%d %s", e.Phase, e.Index, e.Total, e.ReportID))
	}}
	sum := build(t, c, fixture(1), opts)
	if s := statuses(sum); s != repA+"=created "+repB+"=created" {
		t.Fatalf("statuses %s", s)
	}
	if got := counts(t, c); fmt.Sprint(got) != fmt.Sprint(wantV1) {
		t.Fatalf("counts\n got %v\nwant %v", got, wantV1)
	}
	if len(events) != 4 || events[0] != "start 1/2 "+repA || events[3] != "done 2/2 "+repB {
		t.Errorf("progress %v", events)
	}
	a := sum.Reports[0]
	if a.NodesCreated == 0 || a.RelsCreated == 0 || a.Rows == 0 || a.Duration <= 0 || a.NodesDeleted != 0 {
		t.Errorf("A result %+v", a)
	}
	first := neo4jtest.Dump(t)

	// Shared facts: SERVES carries both reports' evidence, sorted by report id.
	rows := read(t, c, "MATCH (:MetroLine)-[r:SERVES]->(:District) RETURN r.reports, r.evidence_reports, r.evidence_sentences", nil)
	if fmt.Sprint(rows) != fmt.Sprintf("[[[%s %s] [%s %s] [%s %s]]]", repA, repB, repA, repB, sid(repA, 1), sid(repB, 1)) {
		t.Errorf("SERVES %v", rows)
	}
	rows = read(t, c, "MATCH (r:Report)-[s:STATUS]->(x) RETURN r.id, s.status, x.id, s.key ORDER BY r.id", nil)
	if fmt.Sprint(rows) != fmt.Sprintf(`[[%s 开工 project:坪山中心医院 %s {"status":"开工"}] [%s 建设中 metro:14 %s {"status":"建设中"}]]`, repA, sid(repA, 2), repB, sid(repB, 1)) {
		t.Errorf("STATUS %v", rows)
	}
	rows = read(t, c, "MATCH (m:MetroLine) RETURN m.length_km, m.stations, m.operator, m.aliases_text, [l IN ['Entity', 'MetroLine'] WHERE l IN labels(m)], size(labels(m))", nil)
	if fmt.Sprint(rows) != `[[50.3 [坪山围 坪山中心] {"name":"深铁","since":2022} 14号线 东部快线 [Entity MetroLine] 2]]` {
		t.Errorf("metro props %v", rows)
	}
	rows = read(t, c, "MATCH (s:Sentence {id: $id}) RETURN s.text, s.stance, s.section", map[string]any{"id": sid(repA, 1)})
	if fmt.Sprint(rows) != "[[地铁14号线建成通车。 achieved [一、2023年工作回顾]]]" {
		t.Errorf("sentence %v", rows)
	}

	// Same sha256: skipped, nothing written.
	sum = build(t, c, fixture(1), BuildOptions{})
	if s := statuses(sum); s != repA+"=unchanged "+repB+"=unchanged" || sum.Count(StatusUnchanged) != 2 {
		t.Fatalf("second build: %s", s)
	}
	for _, r := range sum.Reports {
		if r.NodesCreated+r.NodesDeleted+r.RelsCreated+r.RelsDeleted+r.PropertiesSet+r.Rows != 0 {
			t.Errorf("unchanged report wrote: %+v", r)
		}
	}
	if d := neo4jtest.Diff(first, neo4jtest.Dump(t)); d != "" {
		t.Fatalf("graph changed by a skipped build:\n%s", d)
	}

	// Force: rebuilt, and the graph is identical.
	sum = build(t, c, fixture(1), BuildOptions{Force: true, BatchSize: 2})
	if s := statuses(sum); s != repA+"=updated "+repB+"=updated" {
		t.Fatalf("forced build: %s", s)
	}
	// Nothing changed, so nothing is deleted and re-created: the rebuild MERGEs in place.
	for _, r := range sum.Reports {
		if r.NodesCreated+r.NodesDeleted+r.RelsCreated+r.RelsDeleted != 0 || r.PropertiesSet == 0 || r.Rows == 0 {
			t.Errorf("forced build counters %+v", r)
		}
		t.Logf("forced %s: %d rows in %v", r.ReportID, r.Rows, r.Duration)
	}
	if got := counts(t, c); fmt.Sprint(got) != fmt.Sprint(wantV1) {
		t.Fatalf("counts after force\n got %v\nwant %v", got, wantV1)
	}
	if d := neo4jtest.Diff(first, neo4jtest.Dump(t)); d != "" {
		t.Fatalf("forced rebuild changed the graph:\n%s", d)
	}
}

func onlyOf(lines []string, keep, drop string) []string {
	var out []string
	for _, l := range lines {
		if strings.Contains(l, keep) && (drop == "" || !strings.Contains(l, drop)) {
			out = append(out, l)
		}
	}
	return out
}

func TestRebuildChangedReportAndRemove(t *testing.T) {
	c := testClient(t)
	build(t, c, fixture(1), BuildOptions{})
	before := neo4jtest.Dump(t)

	// Version 2 of A: new sha, the company and its LOCATED_IN dropped, one sentence fewer.
	sum := build(t, c, fixture(2), BuildOptions{})
	if s := statuses(sum); s != repA+"=updated "+repB+"=unchanged" {
		t.Fatalf("statuses %s", s)
	}
	// The counters are the diff: sentence s0003 and the company go, with the company's
	// MENTIONS, the sentence's HAS_SENTENCE and the LOCATED_IN; nothing is re-created.
	if r := sum.Reports[0]; r.NodesCreated != 0 || r.NodesDeleted != 2 || r.RelsCreated != 0 || r.RelsDeleted != 3 {
		t.Errorf("rebuild counters %+v", r)
	}
	want := map[string]int{}
	for k, v := range wantV1 {
		want[k] = v
	}
	want[":Entity"], want[":Sentence"], want["-HAS_SENTENCE"], want["-MENTIONS"] = 5, 7, 7, 7
	delete(want, ":Company")
	delete(want, "-LOCATED_IN")
	if got := counts(t, c); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("counts\n got %v\nwant %v", got, want)
	}
	if n := count(t, c, "MATCH (e {id: 'company:比亚迪'}) RETURN count(e)"); n != 0 {
		t.Error("dropped entity survived")
	}
	after := neo4jtest.Dump(t)
	// Every line about B (and not A) is untouched; so are the shared entities.
	if d := neo4jtest.Diff(onlyOf(before, repB, ""), onlyOf(after, repB, "")); d != "" {
		t.Errorf("B's facts changed:\n%s", d)
	}
	if d := neo4jtest.Diff(onlyOf(before, "metro:14", "比亚迪"), onlyOf(after, "metro:14", "比亚迪")); d != "" {
		t.Errorf("shared metro line changed:\n%s", d)
	}

	// Remove A: only what A alone supported goes.
	if err := c.Remove(ctx(t), repA); err != nil {
		t.Fatal(err)
	}
	if n := count(t, c, "MATCH (e:Entity) WHERE NOT ()-[:MENTIONS]->(e) RETURN count(e)"); n != 0 {
		t.Errorf("%d orphan entities", n)
	}
	rows := read(t, c, "MATCH (n) WHERE n.id STARTS WITH $a OR $a IN coalesce(n.reports, []) RETURN count(n)", map[string]any{"a": repA})
	if rows[0][0].(int64) != 0 {
		t.Errorf("%v nodes still refer to A", rows[0][0])
	}
	rows = read(t, c, "MATCH ()-[r]->() WHERE $a IN coalesce(r.reports, []) OR $a IN coalesce(r.evidence_reports, []) OR r.report = $a RETURN count(r)", map[string]any{"a": repA})
	if rows[0][0].(int64) != 0 {
		t.Errorf("%v relationships still refer to A", rows[0][0])
	}
	wantB := map[string]int{":Report": 1, ":Sentence": 4, ":Entity": 4, ":District": 1, ":MetroLine": 1, ":Term": 1, ":Indicator": 1, ":GovkgSchema": 1,
		"-ABOUT": 1, "-HAS_SENTENCE": 4, "-MENTIONS": 4, "-SERVES": 1, "-STATUS": 1, "-HAS_INDICATOR": 1}
	if got := counts(t, c); fmt.Sprint(got) != fmt.Sprint(wantB) {
		t.Fatalf("counts after Remove(A)\n got %v\nwant %v", got, wantB)
	}
	removed := neo4jtest.Dump(t)
	for _, l := range onlyOf(after, repB, repA) {
		if !slices.Contains(removed, l) {
			t.Errorf("B fact lost by Remove(A): %s", l)
		}
	}
	rows = read(t, c, "MATCH (:MetroLine)-[r:SERVES]->(d:District) RETURN r.reports, r.evidence_reports, r.evidence_sentences, r.evidence_starts, d.reports", nil)
	if fmt.Sprint(rows) != fmt.Sprintf("[[[%s] [%s] [%s] [0] [%s]]]", repB, repB, sid(repB, 1), repB) {
		t.Errorf("SERVES after Remove(A): %v", rows)
	}

	err := c.Remove(ctx(t), repA)
	if govkg.ErrorCode(err) != govkg.ENOTFOUND {
		t.Errorf("second Remove: %v", err)
	}

	// Building A again (after B) gives exactly the graph of building both in order:
	// the build is independent of report order.
	sum = build(t, c, fixture(2), BuildOptions{})
	if s := statuses(sum); s != repA+"=created "+repB+"=unchanged" {
		t.Fatalf("statuses %s", s)
	}
	if d := neo4jtest.Diff(after, neo4jtest.Dump(t)); d != "" {
		t.Errorf("rebuilding A after B differs from building A then B:\n%s", d)
	}
}

func TestConcurrentBuildsShareEntities(t *testing.T) {
	c := testClient(t)
	build(t, c, fixture(1), BuildOptions{})
	sequential := neo4jtest.Dump(t)
	neo4jtest.Wipe(t)

	// Two writers, one report each, both touching the District and the MetroLine.
	full := fixture(1)
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ext := only(full, i)
			for range 5 { // repeat with Force to provoke lock contention
				if _, err := c.Build(ctx(t), ext, BuildOptions{Force: true}); err != nil {
					errs[i] = err
					return
				}
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if d := neo4jtest.Diff(sequential, neo4jtest.Dump(t)); d != "" {
		t.Errorf("concurrent builds differ from a sequential one:\n%s", d)
	}
}

func TestFailingReportDoesNotStopOthers(t *testing.T) {
	c := testClient(t)
	// A sentence node that holds report A's first sentence id: A cannot write its own.
	neo4jtest.Exec(t, "CREATE (:Sentence {id: '"+sid(repA, 0)+"', report: 'elsewhere'})")
	sum, err := c.Build(ctx(t), fixture(1), BuildOptions{})
	if err == nil || govkg.ErrorCode(err) != govkg.EDB || !strings.Contains(err.Error(), "1 of 2 reports failed") {
		t.Fatalf("err %v", err)
	}
	if s := statuses(sum); s != repA+"=failed "+repB+"=created" || !strings.Contains(fmt.Sprint(sum.Reports[0].Err), "building report "+repA) {
		t.Fatalf("statuses %s (%v)", s, sum.Reports[0].Err)
	}
	if n := count(t, c, "MATCH (r:Report) RETURN count(r)"); n != 1 {
		t.Errorf("%d reports", n)
	}
	// A canceled context fails every report without writing.
	cctx, cancel := context.WithCancel(context.Background())
	cancel()
	sum, err = c.Build(cctx, fixture(1), BuildOptions{Force: true})
	if err == nil {
		t.Errorf("canceled build succeeded: %s", statuses(sum))
	}
}

func TestReadRejectsWrites(t *testing.T) {
	c := testClient(t)
	for _, q := range []string{
		"CREATE (n:Report {id: 'sneaky'})",
		"MERGE (n:Term {id: 'sneaky'}) RETURN n",
		"MATCH (n) DETACH DELETE n",
		"CREATE INDEX sneaky IF NOT EXISTS FOR (n:Term) ON (n.sneaky)",
	} {
		_, _, err := c.Read(ctx(t), q, nil)
		if err == nil {
			t.Errorf("read mode accepted %s", q)
			continue
		}
		if govkg.ErrorCode(err) != govkg.EDB {
			t.Errorf("%s: code %s", q, govkg.ErrorCode(err))
		}
		t.Logf("%s → %v", q, err)
	}
	if n := count(t, c, "MATCH (n {id: 'sneaky'}) RETURN count(n)"); n != 0 {
		t.Error("a write slipped through read mode")
	}
	keys, rows, err := c.Read(ctx(t), "RETURN $x AS x, 1 + 1 AS two", map[string]any{"x": "坪山"})
	if err != nil || !slices.Equal(keys, []string{"x", "two"}) || fmt.Sprint(rows) != "[[坪山 2]]" {
		t.Errorf("read: %v %v %v", keys, rows, err)
	}
}

func TestFulltextCJK(t *testing.T) {
	c := testClient(t)
	build(t, c, fixture(1), BuildOptions{})
	rows := read(t, c, "CALL db.index.fulltext.queryNodes('entity_names', '坪山') YIELD node, score RETURN node.id ORDER BY score DESC", nil)
	var ids []string
	for _, r := range rows {
		ids = append(ids, r[0].(string))
	}
	if !slices.Contains(ids, "district:440310") {
		t.Errorf("坪山 does not find 坪山区: %v", ids)
	}
	// Aliases are searchable too (aliases_text): 东部快线 is an alias of 地铁14号线.
	rows = read(t, c, "CALL db.index.fulltext.queryNodes('entity_names', '东部快线') YIELD node RETURN node.id", nil)
	if fmt.Sprint(rows) != "[[metro:14]]" {
		t.Errorf("alias search: %v", rows)
	}
	rows = read(t, c, "CALL db.index.fulltext.queryNodes('sentence_text', '通车') YIELD node RETURN node.id", nil)
	if fmt.Sprint(rows) != fmt.Sprintf("[[%s]]", sid(repA, 1)) {
		t.Errorf("sentence search: %v", rows)
	}
}

func TestAwkwardNamesRoundTrip(t *testing.T) {
	c := testClient(t)
	build(t, c, fixture(1), BuildOptions{})
	rows := read(t, c, "MATCH (e:Term {id: 'term:weird'}) RETURN e.name, e.aliases, e.aliases_text, properties(e)[$k], e.prop_id, e.id", map[string]any{"k": "note`}"})
	want := []any{weirdName, []any{"a\\b", "{别名}"}, "a\\b {别名}", "键名也安全", "must not clobber the id", "term:weird"} // aliases are stored sorted
	if len(rows) != 1 || fmt.Sprintf("%q", rows[0]) != fmt.Sprintf("%q", want) {
		t.Fatalf("round trip:\n got %q\nwant %q", rows, want)
	}
	rows = read(t, c, "MATCH (e:Entity) WHERE e.name = $n RETURN e.id", map[string]any{"n": weirdName})
	if fmt.Sprint(rows) != "[[term:weird]]" {
		t.Errorf("lookup by name: %v", rows)
	}
}

func TestGeneratedCypherUsesSchemaNamesOnly(t *testing.T) {
	for _, relCypher := range []func(string, string, string) (string, error){relMergeCypher, relCreateCypher} {
		if _, err := relCypher("KNOWS", "Entity", "Entity"); err == nil {
			t.Error("unknown relationship type accepted")
		}
		if _, err := relCypher("SERVES", "Entity", "Person) DETACH DELETE (x"); err == nil {
			t.Error("unknown label accepted")
		}
		if _, err := relCypher("MENTIONS", "Sentence", "Entity"); err == nil {
			t.Error("non-fact relationship accepted for extracted relations")
		}
	}
	q, err := relMergeCypher("STATUS", "Report", "Entity")
	if err != nil || !strings.Contains(q, "MERGE (a)-[r:STATUS {key: row.key}]->(b)") {
		t.Errorf("STATUS cypher: %v\n%s", err, q)
	}
	// Entity labels are set one way, from a parameter that the writer checks against
	// the schema first (schema.IsEntityLabel).
	if !strings.Contains(cypherMergeEntities, "e:$(row.type)") || !strings.Contains(cypherSetEntities, "SET e:$(row.type)") {
		t.Errorf("entity statements do not set the type label from the row:\n%s\n%s", cypherMergeEntities, cypherSetEntities)
	}
}
