package main

import (
	"bufio"
	"errors"
	"io"
	"strings"

	"github.com/spf13/cobra"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/graph"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

// NewCmdRoot builds the command tree.
func NewCmdRoot(f *cmdutil.Factory) *cobra.Command {
	var passwordStdin bool
	f.GraphConfig = graph.ConfigFromEnv()
	cmd := &cobra.Command{
		Use:   "govkg",
		Short: "Turn Chinese local-government reports into a Neo4j knowledge graph",
		Long: `govkg reads district government work reports and plan reports, extracts districts,
streets, projects, parks, metro lines, programs, companies, institutions, indicators and
glossary terms with their relations, each tied to the sentence it came from, and writes
them into Neo4j.

Connection settings come from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE
or the flags below. A password is read from the environment or --password-stdin, never
from a command-line argument.

Exit status: 0 ok, 1 failure (including some inputs failed), 2 usage error.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if passwordStdin {
				pw, err := readPassword(f.IO.In)
				if err != nil {
					return err
				}
				f.GraphConfig.Password = pw
			}
			return nil
		},
	}
	cmd.SetOut(f.IO.Out)
	cmd.SetErr(f.IO.ErrOut)
	pf := cmd.PersistentFlags()
	pf.BoolVarP(&f.Verbose, "verbose", "v", false, "print what govkg is doing on stderr")
	pf.StringVar(&f.GraphConfig.URI, "uri", f.GraphConfig.URI, "Neo4j URI (bolt://, neo4j://, bolt+s://, neo4j+s://, +ssc) [NEO4J_URI]")
	pf.StringVar(&f.GraphConfig.Username, "username", f.GraphConfig.Username, "Neo4j user [NEO4J_USERNAME]")
	pf.StringVar(&f.GraphConfig.Database, "database", f.GraphConfig.Database, "Neo4j database [NEO4J_DATABASE]")
	pf.BoolVar(&passwordStdin, "password-stdin", false, "read the Neo4j password from standard input [or NEO4J_PASSWORD]")
	pf.BoolVar(&f.IO.Wide, "wide", false, "print table cells whole (tables otherwise cut long cells, keeping the words around the names)")
	// the help text shows the default; a URI from the environment may carry user:password@
	pf.Lookup("uri").DefValue = f.GraphConfig.SafeURI()
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		var ge *govkg.Error
		if errors.As(err, &ge) {
			return ge // a flag's own usage error, such as an unknown --format
		}
		return &govkg.Error{Code: govkg.EUSAGE, Message: err.Error()}
	})

	cmd.AddCommand(
		NewCmdVersion(f, nil),
		NewCmdInspect(f, nil),
		NewCmdExtract(f, nil),
		NewCmdEval(f, nil),
		NewCmdGold(f, nil),
		NewCmdTrain(f, nil),
		NewCmdDoctor(f, nil),
		NewCmdSchema(f, nil, nil),
		NewCmdBuild(f, nil),
		NewCmdRemove(f, nil),
		NewCmdQuery(f, nil, nil),
		NewCmdRelated(f, nil),
		NewCmdPath(f, nil),
		NewCmdEvidence(f, nil),
		NewCmdTimeline(f, nil),
		NewCmdExport(f, nil),
		NewCmdCypher(f, nil),
		NewCmdBrowser(f, nil),
	)
	return cmd
}

func readPassword(r io.Reader) (string, error) {
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil && line == "" {
		return "", govkg.Errorf(govkg.EUSAGE, "--password-stdin: nothing on standard input")
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// usageArgs wraps cobra's argument validators so that their errors are usage errors.
func usageArgs(v cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := v(cmd, args); err != nil {
			return &govkg.Error{Code: govkg.EUSAGE, Message: err.Error()}
		}
		return nil
	}
}
