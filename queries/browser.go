package queries

import (
	"embed"
	"io/fs"
	"slices"
)

// What Neo4j Browser needs besides the saved queries (package browser turns them into
// favorites, a style command and a URL):
//
//   - govkg.grass, the Browser style: a colour, a size and a caption per label. Browser
//     5 takes it dropped on its window (only files named *.grass) or pasted after
//     `:style`.
//   - graphs/*.cypher, graph views: saved queries written for Browser's graph view,
//     which return paths rather than names. Their header has the format of the saved
//     queries (see the package comment); `govkg query run` does not list them.

//go:embed govkg.grass
var style string

//go:embed graphs/*.cypher
var graphFiles embed.FS

var (
	graphs        []Query
	graphsLoadErr error
)

func init() {
	sub, err := fs.Sub(graphFiles, "graphs")
	if err != nil {
		graphsLoadErr = err
		return
	}
	graphs, graphsLoadErr = load(sub)
}

// Style returns the Neo4j Browser style of queries/govkg.grass, in Browser's CSS-like
// grass syntax.
func Style() string { return style }

// Graphs returns the graph views of queries/graphs, sorted by name.
func Graphs() []Query { return slices.Clone(graphs) }

// GraphsLoadError reports a graph view whose header could not be parsed (nil when all
// are fine); such a file is left out of Graphs.
func GraphsLoadError() error { return graphsLoadErr }
