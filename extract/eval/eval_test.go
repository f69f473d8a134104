package eval_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/eval"
)

const goldDir = "../../testdata/gold"
const reportsDir = "../../testdata/reports"

// floors are the lenient F1 each type must keep on the gold sets. They only go up:
// raise one when the extractor improves, never lower it.
var floors = map[govkg.EntityType]float64{
	govkg.TypeDistrict:  0.98,
	govkg.TypeMetroLine: 0.98,
	govkg.TypePark:      0.93,
	govkg.TypeProgram:   0.90,
	govkg.TypeCompany:   0.90,
	govkg.TypeProject:   0.90,
}

func TestQualityFloors(t *testing.T) {
	scores, err := eval.Run(goldDir, reportsDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(scores) != len(eval.ScoredTypes) {
		t.Fatalf("%d scores, want %d", len(scores), len(eval.ScoredTypes))
	}
	for _, s := range scores {
		t.Log(s.String())
		if s.Gold == 0 {
			t.Errorf("%s: no gold entities", s.Type)
		}
		if f, ok := floors[s.Type]; !ok {
			t.Errorf("%s: no floor", s.Type)
		} else if s.LenientF1 < f {
			t.Errorf("%s: lenient F1 %.3f below the floor %.2f", s.Type, s.LenientF1, f)
		}
	}
}

var space = regexp.MustCompile(`\s+`)

// TestGoldEvidence: every gold entity carries a verbatim snippet of its report (white
// space aside), every type is a scored type, and no entity is listed twice.
func TestGoldEvidence(t *testing.T) {
	golds, err := eval.LoadDir(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) != 5 {
		t.Fatalf("%d gold sets, want one per seed report (5)", len(golds))
	}
	scored := map[govkg.EntityType]bool{}
	for _, ty := range eval.ScoredTypes {
		scored[ty] = true
	}
	for _, g := range golds {
		b, err := os.ReadFile(filepath.Join(reportsDir, g.Report))
		if err != nil {
			t.Fatalf("%s: %v", g.Path, err)
		}
		text := space.ReplaceAllString(strings.TrimPrefix(string(b), "\ufeff"), "")
		seen := map[string]bool{}
		for _, e := range g.Entities {
			if !scored[e.Type] {
				t.Errorf("%s: %s has unscored type %s", g.Path, e.Name, e.Type)
			}
			k := string(e.Type) + "|" + e.Name
			if seen[k] {
				t.Errorf("%s: %s listed twice", g.Path, k)
			}
			seen[k] = true
			if ev := space.ReplaceAllString(e.Evidence, ""); ev == "" || !strings.Contains(text, ev) {
				t.Errorf("%s: evidence of %s %s not in the report: %q", g.Path, e.Type, e.Name, e.Evidence)
			}
		}
	}
}

func TestLenient(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"深港生物医药产业园", "深港生物医药产业园", true},
		{"坪山体育公园", "坪山体育公园一期", true}, // 6/8 = 75%
		{"比亚迪", "比亚迪储能产业园", false},   // 3/8 < 60%
		{"光峰", "光峰激光", false},        // 2/4 = 50%
		{"深大城际", "深大城际深圳段", false},   // 4/7 = 57%
		{"百千万工程", "万工程", true},       // 3/5 = 60%
		{"龙岗区", "坪山区", false},
	}
	for _, tt := range tests {
		if got := eval.Lenient(tt.a, tt.b); got != tt.want {
			t.Errorf("Lenient(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := eval.Lenient(tt.b, tt.a); got != tt.want {
			t.Errorf("Lenient(%q, %q) = %v, want %v (symmetric)", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct {
		typ       govkg.EntityType
		name, key string
	}{
		{govkg.TypeMetroLine, "深圳地铁14号线", "14号线"},
		{govkg.TypeMetroLine, "14号线", "14号线"},
		{govkg.TypeProgram, "“十四五”规划", "十四五规划"},
		{govkg.TypeProject, "地铁 19 号线 项目", "地铁19号线项目"},
		{govkg.TypeCompany, "ＴＣＬ", "TCL"},
		{govkg.TypeProgram, "《深圳市国土空间总体规划》", "深圳市国土空间总体规划"},
	}
	for _, tt := range tests {
		if got := eval.Key(tt.typ, tt.name); got != tt.key {
			t.Errorf("Key(%s, %q) = %q, want %q", tt.typ, tt.name, got, tt.key)
		}
	}
}

func TestCompare(t *testing.T) {
	gold := map[string][]string{"r1": {"深港生物医药产业园", "坪山体育公园", "龙园"}}
	pred := map[string][]string{"r1": {"深港生物医药产业园", "坪山体育公园一期", "产业园区"}}
	s := eval.Compare(govkg.TypePark, gold, pred)
	if s.StrictTP != 1 || s.LenientTPGold != 2 || s.LenientTPPred != 2 {
		t.Errorf("strict %d lenient %d/%d, want 1 and 2/2", s.StrictTP, s.LenientTPGold, s.LenientTPPred)
	}
	if len(s.Misses) != 1 || s.Misses[0] != "龙园" || len(s.Spurious) != 1 || s.Spurious[0] != "产业园区" {
		t.Errorf("misses %v spurious %v", s.Misses, s.Spurious)
	}
}
