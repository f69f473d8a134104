package dict

import (
	"strings"
	"testing"
)

// The history file is hand-kept: every alias names a place of today's gazetteer, every
// written form is listed once, and none is a county's name or short form of today (which
// would make a current county an abolished one, or the other way round).
func TestHistoryFile(t *testing.T) {
	h := History()
	if len(h) == 0 {
		t.Fatal("gazetteer-history.tsv gave no names")
	}
	aliasRows := strings.Count(gazetteerHistoryTSV, "\nalias\t")
	aliases := 0
	seen := map[string]bool{}
	g := Places()
	for _, n := range h {
		if seen[n.Written] {
			t.Errorf("%s is listed twice", n.Written)
		}
		seen[n.Written] = true
		if n.Place.Code == "" || n.Place.Name == "" || n.Place.City == "" {
			t.Errorf("%s names no complete place: %+v", n.Written, n.Place)
		}
		if !strings.HasPrefix(n.Place.Code, "X") {
			if n.Until != 0 {
				t.Errorf("%s: an old name of a county of today has no year of abolition", n.Written)
			}
			aliases++
			continue
		}
		if n.Until < 2000 || n.Until > 2030 {
			t.Errorf("%s (abolished): year of abolition %d", n.Written, n.Until)
		}
		for _, i := range append(g.byName[n.Written], g.byShort[n.Written]...) {
			if p := g.Places[i]; p.Level == LevelCounty {
				t.Errorf("%s (abolished) is also today's %s %s", n.Written, p.Code, p.Name)
			}
		}
	}
	if aliases != aliasRows {
		t.Errorf("%d alias rows, %d resolved: an alias names a code the gazetteer lacks", aliasRows, aliases)
	}
}

// Every zone row names a county of today's gazetteer by a zone's name (…新区) that is no
// county's own name, and none is read as a historical name too.
func TestRenamedZones(t *testing.T) {
	z := RenamedZones()
	if rows := strings.Count(gazetteerHistoryTSV, "\nzone\t"); len(z) != rows {
		t.Fatalf("%d zone rows, %d zones resolved to a county", rows, len(z))
	}
	hist := map[string]bool{}
	for _, h := range History() {
		hist[h.Written] = true
	}
	for name, p := range z {
		if p.Level != LevelCounty || !strings.HasSuffix(name, "新区") || name == p.Name {
			t.Errorf("zone %s → %+v: want a 新区 that is another name of a county", name, p)
		}
		if hist[name] {
			t.Errorf("zone %s is read as a historical name as well", name)
		}
	}
}
