package browser

import (
	"context"
	"strings"
	"testing"

	"github.com/govkg/govkg/internal/neo4jtest/seed"
)

// TestFavoritesRun runs every favorite as Browser runs it, one statement without
// parameters, against the seed graph: each one answers, and each graph view returns
// rows to draw. Every report and entity has the caption the style shows.
func TestFavoritesRun(t *testing.T) {
	c := seed.Graph(t)
	favs, err := Favorites()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range favs {
		if strings.HasPrefix(f.Text, "// "+StyleFavoriteName) {
			continue
		}
		t.Run(f.Path, func(t *testing.T) {
			cols, rows, err := c.Read(context.Background(), f.Text, nil)
			if err != nil {
				t.Fatalf("%v\n%s", err, f.Text)
			}
			if strings.HasPrefix(f.Path, GraphsFolder+"/") && len(rows) == 0 {
				t.Errorf("no rows to draw (columns %v)", cols)
			}
		})
	}
	_, rows, err := c.Read(context.Background(), `MATCH (n) WHERE (n:Entity OR n:Report) AND coalesce(n.caption, '') = ''
RETURN labels(n), n.id LIMIT 5`, nil)
	if err != nil || len(rows) > 0 {
		t.Errorf("nodes without a caption: %v (%v)", rows, err)
	}
}
