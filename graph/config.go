// Package graph is govkg's only door to Neo4j: it opens the driver, applies the schema
// from package schema, writes extractions (Builder, with the merge rules of merge.go),
// runs read-only queries and streams the graph out; Offline builds the same graph in
// memory. Keeping the driver import here lets the rest of govkg build and test without
// a database.
package graph

import (
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"strings"

	"github.com/govkg/govkg"
)

// Defaults used when the environment says nothing; they match scripts/neo4j.
const (
	DefaultURI      = "bolt://127.0.0.1:7687"
	DefaultDatabase = "neo4j"
)

// Schemes are the URI schemes Open accepts: plain, TLS (+s) and TLS with a self-signed
// certificate (+ssc), each direct (bolt) or routed (neo4j).
var Schemes = []string{"bolt", "neo4j", "bolt+s", "neo4j+s", "bolt+ssc", "neo4j+ssc"}

// Config says where Neo4j is and who to be. Its String form and every error built from
// it show the URI and user but never the password, so logs and bug reports are safe.
type Config struct {
	URI      string
	Username string // empty means no authentication
	Password string
	Database string
}

// ConfigFromEnv reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE,
// the variable names Neo4j's own tools use, with local-development defaults.
func ConfigFromEnv() Config {
	c := Config{
		URI:      os.Getenv("NEO4J_URI"),
		Username: os.Getenv("NEO4J_USERNAME"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
	if c.URI == "" {
		c.URI = DefaultURI
	}
	if c.Database == "" {
		c.Database = DefaultDatabase
	}
	return c
}

// SafeURI returns the URI without what may hold a password: the user-info
// (user:password@) is removed, the value of every query parameter
// (?password=… , or a routing context) is replaced by <redacted>, and a fragment is
// removed.
func (c Config) SafeURI() string {
	u, err := url.Parse(c.URI)
	if err != nil {
		// Unparseable: show neither what comes before an '@' nor after a '?'.
		s := c.URI
		if i := strings.IndexAny(s, "?#"); i >= 0 {
			s = s[:i] + "?<redacted>"
		}
		if i := strings.LastIndex(s, "@"); i >= 0 {
			s = "<redacted>@" + s[i+1:]
		}
		return s
	}
	u.User = nil
	u.Fragment, u.RawFragment = "", ""
	if u.RawQuery != "" || u.ForceQuery {
		var kv []string
		for _, p := range strings.Split(u.RawQuery, "&") {
			if k, _, ok := strings.Cut(p, "="); ok && k != "" {
				kv = append(kv, k+"=<redacted>")
			} else if p != "" {
				kv = append(kv, "<redacted>") // a bare word may be the secret itself
			}
		}
		u.RawQuery, u.ForceQuery = strings.Join(kv, "&"), false
	}
	return u.String()
}

// uriSecrets are the parts of the URI that SafeURI hides, for redact.
func (c Config) uriSecrets() []string {
	var out []string
	u, err := url.Parse(c.URI)
	if err != nil { // what SafeURI hides of an unparseable URI
		s := c.URI
		if i := strings.IndexAny(s, "?#"); i >= 0 {
			out = append(out, s[i+1:])
			s = s[:i]
		}
		if i, j := strings.Index(s, "://"), strings.LastIndex(s, "@"); j > i+3 && i >= 0 {
			userinfo := s[i+3 : j]
			out = append(out, userinfo)
			if _, pw, ok := strings.Cut(userinfo, ":"); ok {
				out = append(out, pw)
			}
		}
		return out
	}
	if pw, ok := u.User.Password(); ok {
		out = append(out, pw)
	}
	for _, vs := range u.Query() {
		out = append(out, vs...)
	}
	if u.RawQuery != "" {
		out = append(out, u.RawQuery)
	}
	return out
}

func (c Config) user() string {
	if c.Username == "" {
		return "no auth"
	}
	return "user " + c.Username
}

func (c Config) database() string {
	if c.Database == "" {
		return DefaultDatabase
	}
	return c.Database
}

// String describes the target for messages, without the password.
func (c Config) String() string {
	return fmt.Sprintf("%s (%s, database %s)", c.SafeURI(), c.user(), c.database())
}

// GoString keeps %#v from printing the password.
func (c Config) GoString() string {
	pw := ""
	if c.Password != "" {
		pw = "<redacted>"
	}
	return fmt.Sprintf("graph.Config{URI:%q, Username:%q, Password:%q, Database:%q}", c.SafeURI(), c.Username, pw, c.Database)
}

// Format makes every fmt verb (%v, %+v, %s, %q, %#v) go through String or GoString, so
// printing a Config can never leak the password.
func (c Config) Format(f fmt.State, verb rune) {
	switch {
	case verb == 'v' && f.Flag('#'):
		fmt.Fprint(f, c.GoString())
	case verb == 'q':
		fmt.Fprintf(f, "%q", c.String())
	default:
		fmt.Fprint(f, c.String())
	}
}

// LogValue keeps slog from printing the password.
func (c Config) LogValue() slog.Value {
	return slog.GroupValue(slog.String("uri", c.SafeURI()), slog.String("user", c.Username), slog.String("database", c.database()))
}

func (c Config) scheme() string {
	if i := strings.Index(c.URI, "://"); i > 0 {
		return c.URI[:i]
	}
	return ""
}

// validate checks the scheme and host so a typo fails with a usage error before dialing.
func (c Config) validate() error {
	u, err := url.Parse(c.URI)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return govkg.Errorf(govkg.EUSAGE, "invalid NEO4J_URI %q: want e.g. %s", c.redact(c.SafeURI()), DefaultURI)
	}
	for _, s := range Schemes {
		if u.Scheme == s {
			return nil
		}
	}
	return govkg.Errorf(govkg.EUSAGE, "unsupported URI scheme %q in %s: use one of %s", u.Scheme, c.SafeURI(), strings.Join(Schemes, ", "))
}

// redact removes the password, the password of the URI's user-info and the values of
// its query parameters (and newlines) from a message that may quote server or driver
// text.
func (c Config) redact(s string) string {
	for _, secret := range append([]string{c.Password}, c.uriSecrets()...) {
		if len(secret) >= 3 { // shorter would blank out unrelated text; SafeURI hides it
			s = strings.ReplaceAll(s, secret, "<redacted>")
		}
	}
	return strings.Join(strings.Fields(s), " ")
}
