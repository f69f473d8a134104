// Command govkg turns Chinese local-government reports into a Neo4j knowledge graph.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	f := &cmdutil.Factory{IO: cmdutil.System()}
	root := NewCmdRoot(f)
	err := root.ExecuteContext(ctx)
	f.Close(context.Background())
	if err != nil {
		fmt.Fprintln(f.IO.ErrOut, "govkg: "+err.Error())
	}
	os.Exit(govkg.ExitCode(err))
}
