// Command govkg turns Chinese local-government reports into a Neo4j knowledge graph.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
)

// softMemoryLimit is where the garbage collector starts to work harder than GOGC asks:
// one huge input (the reader accepts files up to 64 MiB) then takes about the memory
// its data needs rather than twice that. Runs on real reports stay far below it, so it
// costs them nothing. GOMEMLIMIT, when set, replaces it.
const softMemoryLimit = 896 << 20

func main() {
	if _, ok := os.LookupEnv("GOMEMLIMIT"); !ok {
		debug.SetMemoryLimit(softMemoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	f := &cmdutil.Factory{IO: cmdutil.System()}
	root := NewCmdRoot(f)
	err := root.ExecuteContext(ctx)
	f.Close(context.Background())
	if err != nil {
		fmt.Fprintln(f.IO.ErrOut, "govkg: "+govkg.Printable(err.Error())) // one line, whatever it quotes
	}
	os.Exit(govkg.ExitCode(err))
}
