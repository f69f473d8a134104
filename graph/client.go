package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"syscall"
	"time"

	"github.com/govkg/govkg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// MaxRetryTime is how long the driver retries one transaction on transient errors
// (deadlocks, a lost connection) before it gives up. A build whose server died stops
// after spending it once (see Builder), so it also bounds how long a build outlives
// its server.
const MaxRetryTime = 30 * time.Second

// Client is a connection pool to one Neo4j database. Open one per process and share it:
// it is safe for concurrent use, and each driver keeps its own pool and routing table.
type Client struct {
	cfg    Config
	driver neo4j.DriverWithContext
}

// Open creates the driver and verifies that the server answers, so a wrong URI,
// password or TLS setting fails here with a hint rather than in the middle of a build.
// Errors are *govkg.Error with code EDB (EUSAGE for a malformed URI).
func Open(ctx context.Context, cfg Config) (*Client, error) {
	if cfg.Database == "" {
		cfg.Database = DefaultDatabase
	}
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		c.SocketConnectTimeout = 5 * time.Second
		c.ConnectionAcquisitionTimeout = 30 * time.Second
		c.MaxTransactionRetryTime = MaxRetryTime
		c.UserAgent = "govkg"
	})
	if err != nil {
		return nil, cfg.wrap(err, "cannot create Neo4j driver")
	}
	if err := drv.VerifyConnectivity(ctx); err != nil {
		_ = drv.Close(ctx)
		return nil, cfg.wrap(err, "cannot connect")
	}
	c := &Client{cfg: cfg, driver: drv}
	// VerifyConnectivity does not check the database name; a trivial read does.
	if _, err := c.read(ctx, "RETURN 1", nil); err != nil {
		_ = drv.Close(ctx)
		return nil, err
	}
	return c, nil
}

// Config returns the configuration the client was opened with.
func (c *Client) Config() Config { return c.cfg }

// Close releases the driver's connections; the Client must not be used afterwards.
func (c *Client) Close(ctx context.Context) error {
	if err := c.driver.Close(ctx); err != nil {
		return c.cfg.wrap(err, "closing the Neo4j driver")
	}
	return nil
}

// causeError carries a driver or server error with the password scrubbed and newlines
// folded, while keeping errors.Is/As working on the original.
type causeError struct {
	msg string
	err error
}

// Error returns the scrubbed message.
func (e *causeError) Error() string { return e.msg }

// Unwrap returns the original driver error for errors.Is/As.
func (e *causeError) Unwrap() error { return e.err }

// wrap turns a driver error into a one-line *govkg.Error naming the target and the
// likely remedy.
func (cfg Config) wrap(err error, what string) error {
	if err == nil {
		return nil
	}
	var ge *govkg.Error
	if errors.As(err, &ge) {
		return err
	}
	code := govkg.EDB
	hint := ""
	kind := classify(err, cfg.scheme())
	if kind == failTLS && what != "cannot connect" && !strings.Contains(strings.ToLower(err.Error()), "tls") {
		// a hang-up after the connection worked is a lost server, not a TLS mismatch
		kind = failLost
	}
	switch kind {
	case failUnreachable:
		hint = "is Neo4j running? try scripts/neo4j start"
	case failHost:
		hint = "unknown host: check NEO4J_URI"
	case failAuth:
		hint = "authentication failed: check NEO4J_USERNAME / NEO4J_PASSWORD"
	case failTLS:
		hint = "TLS mismatch: check the URI scheme (bolt+s vs bolt)"
	case failCert:
		hint = "TLS certificate not trusted: use bolt+ssc:// or neo4j+ssc:// for a self-signed certificate, or check the URI scheme (bolt+s vs bolt)"
	case failDatabase:
		hint = "no such database: check NEO4J_DATABASE (Community has one user database, neo4j)"
	case failUsage:
		code = govkg.EUSAGE
		hint = "check NEO4J_URI"
	case failCanceled:
		hint = "canceled"
	case failLost:
		hint = "the connection was lost (did Neo4j stop?); nothing half-written stays: start it and run the command again"
	}
	msg := fmt.Sprintf("%s: Neo4j at %s", what, cfg.String())
	if hint != "" {
		msg += " — " + hint
	}
	return &govkg.Error{Code: code, Message: msg, Err: &causeError{msg: cfg.redact(err.Error()), err: err}}
}

type failure int

const (
	failOther failure = iota
	failUnreachable
	failHost
	failAuth
	failTLS
	failCert
	failDatabase
	failUsage
	failCanceled
	failLost
)

// classify guesses why a connection failed. The driver wraps most network errors in
// ConnectivityError with the cause only in the text, hence the string checks.
func classify(err error, scheme string) failure {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return failCanceled
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		switch {
		case strings.HasPrefix(ne.Code, "Neo.ClientError.Security."):
			return failAuth
		case ne.Code == "Neo.ClientError.Database.DatabaseNotFound":
			return failDatabase
		}
		return failOther
	}
	var ia *neo4j.InvalidAuthenticationError
	if errors.As(err, &ia) {
		return failAuth
	}
	var ue *neo4j.UsageError
	if errors.As(err, &ue) {
		return failUsage
	}
	s := strings.ToLower(err.Error())
	switch {
	case strings.Contains(s, "x509") || strings.Contains(s, "certificate"):
		return failCert
	case strings.Contains(s, "tls"):
		return failTLS
	case strings.Contains(s, "unauthorized") || strings.Contains(s, "authentication"):
		return failAuth
	case strings.Contains(s, "no such host"):
		return failHost
	case errors.Is(err, syscall.ECONNREFUSED) || strings.Contains(s, "connection refused") ||
		strings.Contains(s, "i/o timeout") ||
		strings.Contains(s, "no route to host"):
		return failUnreachable
	case !strings.Contains(scheme, "+") && (strings.HasSuffix(s, "eof") || strings.Contains(s, "connection reset")):
		// A TLS server hangs up on the plain Bolt handshake of bolt:// or neo4j://.
		return failTLS
	}
	var ce *neo4j.ConnectivityError
	if errors.As(err, &ce) {
		return failUnreachable
	}
	return failOther
}

// ServerInfo is what `govkg doctor` prints about the server.
type ServerInfo struct {
	Address  string // host:port the driver talked to
	Agent    string // e.g. Neo4j/5.26.0
	Version  string // e.g. 5.26.0
	Edition  string // community or enterprise
	Database string
	Protocol string // Bolt protocol version
}

// ServerInfo asks the server who it is, so doctor can report version and edition.
func (c *Client) ServerInfo(ctx context.Context) (ServerInfo, error) {
	si, err := c.driver.GetServerInfo(ctx)
	if err != nil {
		return ServerInfo{}, c.cfg.wrap(err, "server info")
	}
	pv := si.ProtocolVersion()
	info := ServerInfo{
		Address:  si.Address(),
		Agent:    si.Agent(),
		Database: c.cfg.Database,
		Protocol: fmt.Sprintf("%d.%d", pv.Major, pv.Minor),
	}
	res, err := c.read(ctx, "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition", nil)
	if err != nil {
		return info, err
	}
	for _, r := range res.Records {
		if get[string](r, "name") == "Neo4j Kernel" {
			info.Version, info.Edition = get[string](r, "version"), get[string](r, "edition")
		}
	}
	return info, nil
}

func (c *Client) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return c.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: mode, DatabaseName: c.cfg.Database})
}

// read runs one query in a managed read transaction (neo4j.ExecuteQuery with readers
// routing, retried on transient errors), so the server itself rejects a query that
// would write. Code that knows what it reads takes the records by column name.
func (c *Client) read(ctx context.Context, cypher string, params map[string]any) (*neo4j.EagerResult, error) {
	res, err := neo4j.ExecuteQuery(ctx, c.driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(c.cfg.Database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		var ne *neo4j.Neo4jError
		if errors.As(err, &ne) && (ne.Code == "Neo.ClientError.Statement.AccessMode" || strings.Contains(ne.Msg, "read access mode")) {
			return nil, &govkg.Error{Code: govkg.EDB, Message: "query tries to write, but saved queries run read-only", Err: &causeError{msg: c.cfg.redact(err.Error()), err: err}}
		}
		return nil, c.cfg.wrap(err, "read query failed")
	}
	return res, nil
}

// Read runs a query whose columns are not known in advance (a saved query) in a read
// transaction and returns the column names and all rows; values are driver types
// (dbtype.Node, dbtype.Relationship, …) or Go primitives.
func (c *Client) Read(ctx context.Context, cypher string, params map[string]any) ([]string, [][]any, error) {
	res, err := c.read(ctx, cypher, params)
	if err != nil {
		return nil, nil, err
	}
	rows := make([][]any, len(res.Records))
	for i, r := range res.Records {
		rows[i] = r.Values
	}
	return res.Keys, rows, nil
}
