package train_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/govkg/govkg/extract"
	"github.com/govkg/govkg/extract/dict"
	"github.com/govkg/govkg/extract/eval"
	"github.com/govkg/govkg/extract/tagger"
	"github.com/govkg/govkg/extract/train"
)

const goldDir = "../../testdata/gold"

// TestCommittedModel: the models govkg embeds, the tagger and the two rankers, are the
// ones the current gold sets and code train (make train rebuilds them). A change to the gold, the features or the rules that
// the model reads as features needs a retrained model.
func TestCommittedModel(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the whole model")
	}
	c, err := eval.LoadCorpus(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	m, err := train.Model(c, train.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := m.Bytes(), extract.EmbeddedModelBytes(); !bytes.Equal(got, want) {
		t.Fatalf("the embedded model (%d bytes) is not what the gold sets and code train (%d bytes): run make train", len(want), len(got))
	}
	om, dm, err := train.Rankers(c, extract.NewWithModel(m, 0))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := om.Bytes(), extract.EmbeddedOwnerBytes(); !bytes.Equal(got, want) {
		t.Fatalf("the embedded owner ranker (%d bytes) is not what the gold sets and code train (%d bytes): run make train", len(want), len(got))
	}
	if got, want := dm.Bytes(), extract.EmbeddedDistrictBytes(); !bytes.Equal(got, want) {
		t.Fatalf("the embedded district sense ranker (%d bytes) is not what the gold sets and code train (%d bytes): run make train", len(want), len(got))
	}
}

// TestLabels: every written form a gold set annotates is tagged wherever it occurs in
// its report, the aligned mention first, longest first.
func TestLabels(t *testing.T) {
	c, err := eval.LoadCorpus("../eval/testdata/mini")
	if err != nil {
		t.Fatal(err)
	}
	a := eval.Align(&c.Golds[0])
	labels := train.Labels(a)
	var got []string
	for si, tags := range labels {
		rs := []rune(a.Doc.Sentences[si].Text)
		for _, sp := range tagger.Spans(tags) {
			got = append(got, extract.TaggerLabels[sp.Label]+":"+string(rs[sp.Start:sp.End]))
		}
	}
	want := map[string]bool{"Project:比亚迪汽车风洞中心": true, "Program:“十四五”规划": true}
	for _, g := range got {
		delete(want, g)
		if g == "Company:比亚迪" {
			t.Errorf("比亚迪 inside 比亚迪汽车风洞中心 tagged apart: %v", got)
		}
	}
	if len(want) > 0 {
		t.Errorf("not tagged: %v (got %v)", want, got)
	}
}

// TestCommittedClasses: extract/dict/clusters.tsv is the file the train cities' reports
// and the seeds give (scripts/gen-clusters), and parses into classes of the promised
// ranges.
func TestCommittedClasses(t *testing.T) {
	if testing.Short() {
		t.Skip("reads two hundred reports")
	}
	c, err := eval.LoadCorpus(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := train.Classes(c)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../dict/clusters.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("extract/dict/clusters.tsv (%d bytes) is not what the reports give (%d bytes): run scripts/gen-clusters", len(want), len(got))
	}
	cl := dict.CharClasses()
	if len(cl.Char) < 1000 || len(cl.Pair) < 10000 {
		t.Fatalf("%d character and %d pair classes, want thousands", len(cl.Char), len(cl.Pair))
	}
	for _, c := range []rune{'区', '园', '建'} {
		if k := cl.Char[c]; k < 1 || k > 64 {
			t.Errorf("class of %c: %d, want 1-64", c, k)
		}
	}
	if k := cl.Pair[dict.PairKey('公', '园')]; k < 1 || k > 128 {
		t.Errorf("class of 公园: %d, want 1-128", k)
	}
}
