package graph

import (
	"context"
	"testing"
	"time"
)

func TestZZTiming(t *testing.T) {
	c := testClient(t)
	ext := syntheticExtraction(benchEntities)
	for i := range 4 {
		s := time.Now()
		sum, err := c.Build(context.Background(), ext, BuildOptions{Force: true})
		r := sum.Reports[0]
		t.Logf("%d %v %s nc=%d nd=%d rc=%d rd=%d %v", i, err, r.Status, r.NodesCreated, r.NodesDeleted, r.RelsCreated, r.RelsDeleted, time.Since(s))
	}
}
