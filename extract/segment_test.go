package extract

import (
	"slices"
	"testing"
)

// TestDagCutter checks the port of gse's Cut against gse itself: on made-up spans
// (Latin, digits, punctuation, a run the HMM cuts, the same run twice from the cache)
// and on every span the rules segment in the seed reports; and the dictionary's rune
// trie against gse's Find on every part of those spans.
func TestDagCutter(t *testing.T) {
	x := New()
	seg := x.segmenter()
	c := &dagCutter{seg: seg, dict: x.segDict}
	spans := []string{
		"", "a", "加快推进", "深圳市龙岗区", "ABC公司5G基站", "推进“双拥共建”示范", "加快推进", "鹏新旭集成电路",
		"以上", "华为云(龙岗)全球数字贸易服务", "2024年新建", "x-y·z", "Ｆｕｌｌ宽度",
	}
	for _, doc := range testDocs(t, 0, "reports/*") {
		r := x.analyze(doc)
		for s := range r.cuts {
			spans = append(spans, s)
		}
	}
	slices.Sort(spans)
	for _, s := range spans {
		if got, want := c.cut(s), seg.Cut(s, true); !slices.Equal(got, want) {
			t.Errorf("cut(%q) = %q, gse %q", s, got, want)
		}
		// the rune trie answers what gse's Find answers, for every part of the span
		rs := []rune(s)
		for i := range rs {
			for j := i; j <= len(rs); j++ {
				freq, ok := c.dict.find(rs[i:j])
				if wf, _, wok := seg.Find(string(rs[i:j])); freq != wf || ok != wok {
					t.Fatalf("find(%q) = %v,%v, gse %v,%v", string(rs[i:j]), freq, ok, wf, wok)
				}
			}
		}
	}
	if len(spans) < 500 {
		t.Errorf("only %d spans: the rules no longer segment?", len(spans))
	}
}
