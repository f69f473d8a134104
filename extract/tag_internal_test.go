package extract

import (
	"slices"
	"strings"
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/document"
	"github.com/govkg/govkg/extract/tagger"
)

// positionDecoder is a decoder that has just decoded a sentence of n runes under a model
// with one feature per position: rune i scores O by o(i), the B of label by b(i) and its
// I by in(i), with no transitions, so the cost of any tagging is the sum of what it
// gives up.
func positionDecoder(t *testing.T, n, label int, o, b, in func(i int) float32) *tagger.Decoder {
	t.Helper()
	m := tagger.NewModel(TaggerLabels, 6)
	if n > 1<<m.Bits {
		t.Fatalf("a sentence of %d runes: more positions than the model's buckets", n)
	}
	s := tagger.Sentence{Feats: make([][]uint32, n)}
	k := m.NumTags
	for i := range s.Feats {
		s.Feats[i] = []uint32{uint32(i)}
		m.W[i*k] = o(i)
		m.W[i*k+1+2*label], m.W[i*k+2+2*label] = b(i), in(i)
	}
	d := tagger.NewDecoder(m)
	d.Decode(s)
	return d
}

// TestNearlyTagged: a rule's name the tagger left untagged stays when the path that tags
// it scores within its type's gap of the best path, and only then. The model prefers O by
// a fixed amount per rune (one feature everywhere, no transitions), so tagging k runes as
// a span costs k times that amount.
func TestNearlyTagged(t *testing.T) {
	decoder := func(perRune float32, n int) *tagger.Decoder {
		zero := func(int) float32 { return 0 }
		return positionDecoder(t, n, 0, func(int) float32 { return perRune }, zero, zero)
	}
	span := func(label, start, end int) tagger.Span { return tagger.Span{Label: label, Start: start, End: end} }
	park, company, project := taggerLabel(govkg.TypePark), taggerLabel(govkg.TypeCompany), taggerLabel(govkg.TypeProject)
	tests := []struct {
		name    string
		perRune float32
		m       mention
		spans   []tagger.Span
		want    bool
	}{
		{"a park close to the best path", 10, mention{typ: govkg.TypePark, start: 2, end: 6}, nil, true},
		{"a park of one rune", 59, mention{typ: govkg.TypePark, start: 0, end: 1}, nil, true},
		{"a park far below the best path", 20, mention{typ: govkg.TypePark, start: 2, end: 6}, nil, false},
		{"just over the gap", 15, mention{typ: govkg.TypePark, start: 2, end: 6}, nil, false},
		{"a project: no gap for its type", 1, mention{typ: govkg.TypeProject, start: 2, end: 6}, nil, false},
		{"a company: no gap for its type", 1, mention{typ: govkg.TypeCompany, start: 2, end: 6}, nil, false},
		{"a span of another type over it", 1, mention{typ: govkg.TypePark, start: 2, end: 6}, []tagger.Span{span(project, 4, 8)}, false},
		{"spans beside it", 1, mention{typ: govkg.TypePark, start: 2, end: 6}, []tagger.Span{span(park, 6, 8), span(company, 0, 2)}, true},
		{"past the sentence", 1, mention{typ: govkg.TypePark, start: 8, end: 12}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := nearlyTagged(decoder(tt.perRune, 10), tt.m, tt.spans); got != tt.want {
				t.Errorf("nearlyTagged = %v, want %v (gap %v per rune, limit %v)", got, tt.want, tt.perRune, nearlyTaggedGap[tt.m.typ])
			}
		})
	}
	if nearlyTagged(nil, mention{typ: govkg.TypePark, start: 0, end: 1}, nil) {
		t.Error("nearlyTagged without a decoder (no model): true, want false")
	}
}

// TestSpanInsideRule: a tagger span inside a rule's longer name names the thing when the
// model scores the rule's whole name far below its own span, and only then. The model
// tags the span (its runes score a B or I of the label by 100) and scores every other
// rune's O by a per-rune amount, so tagging the rule's extra runes costs that amount each.
func TestSpanInsideRule(t *testing.T) {
	decoder := func(rs []rune, sp tagger.Span, perRune float32) *tagger.Decoder {
		inSpan := func(i int) bool { return sp.Start <= i && i < sp.End }
		o := func(i int) float32 { return map[bool]float32{true: 0, false: perRune}[inSpan(i)] }
		tag := func(i int) float32 { return map[bool]float32{true: 100, false: 0}[inSpan(i)] }
		return positionDecoder(t, len(rs), sp.Label, o, tag, tag)
	}
	program, project, company := taggerLabel(govkg.TypeProgram), taggerLabel(govkg.TypeProject), taggerLabel(govkg.TypeCompany)
	tests := []struct {
		name     string
		sentence string
		m        mention
		others   []mention
		sp       tagger.Span
		perRune  float32
		want     string // the name the span gives, "" for the rule's name staying
	}{
		{"a verb read into a program's name", "加快国土空间总体规划编制",
			mention{typ: govkg.TypeProgram, name: "加快国土空间总体规划", start: 0, end: 10}, nil,
			tagger.Span{Label: program, Start: 2, End: 10}, 200, "国土空间总体规划"},
		{"the model nearly takes the rule's words", "加快国土空间总体规划编制",
			mention{typ: govkg.TypeProgram, name: "加快国土空间总体规划", start: 0, end: 10}, nil,
			tagger.Span{Label: program, Start: 2, End: 10}, 100, ""},
		{"a span that cuts a city's name", "呼和浩特新机场建成",
			mention{typ: govkg.TypeProject, name: "呼和浩特新机场", start: 0, end: 7},
			[]mention{{typ: govkg.TypeCity, name: "呼和浩特市", start: 0, end: 4}},
			tagger.Span{Label: project, Start: 2, End: 7}, 400, ""},
		{"a place the span keeps whole", "铺开深江铁路建设",
			mention{typ: govkg.TypeProject, name: "铺开深江铁路", start: 0, end: 6},
			[]mention{{typ: govkg.TypeDistrict, name: "江门市", start: 3, end: 4}},
			tagger.Span{Label: project, Start: 2, End: 6}, 400, "深江铁路"},
		{"a company: no gap for its type", "支持广通汽车集团发展",
			mention{typ: govkg.TypeCompany, name: "广通汽车集团", start: 2, end: 8}, nil,
			tagger.Span{Label: company, Start: 2, End: 4}, 400, ""},
		{"a name a rule rewrote", "加快国土空间总体规划编制",
			mention{typ: govkg.TypeProgram, name: "国土空间规划", start: 0, end: 10}, nil,
			tagger.Span{Label: program, Start: 2, End: 10}, 400, ""},
		{"a span as long as the name", "加快国土空间总体规划编制",
			mention{typ: govkg.TypeProgram, name: "加快国土空间总体规划", start: 0, end: 10}, nil,
			tagger.Span{Label: program, Start: 0, End: 10}, 400, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := []rune(tt.sentence)
			r := &report{x: New()}
			ms := append([]mention{tt.m}, tt.others...)
			named, ok := r.spanInsideRule(rs, tt.sp, tt.m, ms, decoder(rs, tt.sp, tt.perRune))
			got := ""
			if ok {
				if len(named) != 1 {
					t.Fatalf("spanInsideRule gave %d mentions, want one", len(named))
				}
				got = named[0].name
			}
			if got != tt.want {
				t.Errorf("spanInsideRule named %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSpanOrRule: where a tagger span holds a rule's shorter name, the gap of the path
// that tags the name alone decides between them. The span is the sentence's first six
// runes and the rule's name its first three; no span may open inside the span, and its
// last three runes score their I by a per-rune amount (their O by nothing), so the path
// that ends the span after the rule's name gives up three times that amount.
func TestSpanOrRule(t *testing.T) {
	program, project := taggerLabel(govkg.TypeProgram), taggerLabel(govkg.TypeProject)
	tests := []struct {
		name             string
		m                mention
		label            int
		perRune          float32
		useSpan, decided bool
	}{
		{"a quoted label the model nearly read alone", mention{typ: govkg.TypeProgram, start: 0, end: 3}, program, 15, false, true},
		{"a label the model reads with its words", mention{typ: govkg.TypeProgram, start: 0, end: 3}, program, 25, true, true},
		{"a project: no gap for its type", mention{typ: govkg.TypeProject, start: 0, end: 3}, project, 1, false, false},
		{"a name the span does not hold", mention{typ: govkg.TypeProgram, start: 4, end: 8}, program, 15, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp := tagger.Span{Label: tt.label, Start: 0, End: 6}
			o := func(i int) float32 { return map[bool]float32{true: 0, false: 1}[i < sp.End] }
			b := func(i int) float32 { return map[bool]float32{true: 100, false: -1000}[i == 0] }
			in := func(i int) float32 {
				if i < 3 {
					return 100
				}
				return map[bool]float32{true: tt.perRune, false: -1000}[i < sp.End]
			}
			useSpan, decided := spanOrRule(positionDecoder(t, 8, tt.label, o, b, in), sp, tt.m)
			if useSpan != tt.useSpan || decided != tt.decided {
				t.Errorf("spanOrRule = %v, %v; want %v, %v (%v a rune, gap %v)", useSpan, decided, tt.useSpan, tt.decided, tt.perRune, spanOrRuleGap[tt.m.typ])
			}
		})
	}
}

// TestFirmListItems: the items of a list the sentence closes with 等…企业 are companies
// once one of them is; a list closed by 项目, or by another head joined to 企业, is not
// one of firms, and an item another mention holds stays that mention.
func TestFirmListItems(t *testing.T) {
	tests := []struct {
		text  string
		known []string // the companies found before: each written once in text
		other []string // project mentions found before
		want  []string // the companies after
	}{
		{"支持亚泰、金赛、百克等企业扩大产能", []string{"亚泰"}, nil, []string{"亚泰", "金赛", "百克"}},                              // 长春 2024, train
		{"引进比亚迪、多氟多等链主企业", []string{"比亚迪"}, nil, []string{"比亚迪", "多氟多"}},                                    // 南宁 2026, train
		{"促进汇仁集团、济民可信等医药产业龙头企业兼并重组", []string{"汇仁集团"}, nil, []string{"汇仁集团", "济民可信"}},                       // 南昌 2019, train
		{"在中科院、腾讯等权威机构和企业发布的相关报告中", []string{"腾讯"}, nil, []string{"腾讯"}},                                    // 东莞 2018, train: institutions and firms
		{"推进长安、力帆、小康、众泰等新能源汽车项目", []string{"长安"}, nil, []string{"长安"}},                                      // 重庆 2016, train: convention (i)
		{"推动青岛啤酒、东南电化、耀隆化工等城区工业企业按照产业布局导向搬迁", []string{"青岛啤酒"}, []string{"耀隆化工"}, []string{"青岛啤酒", "东南电化"}}, // 福州 2010, train
		{"支持亚泰、金赛、百克扩大产能", []string{"亚泰"}, nil, []string{"亚泰"}},                                             // no 等…企业
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := &report{x: New(), doc: &document.Document{}}
			rs := []rune(tt.text)
			var ms []mention
			add := func(typ govkg.EntityType, names []string) {
				for _, n := range names {
					at := len([]rune(tt.text[:strings.Index(tt.text, n)]))
					ms = append(ms, mention{typ: typ, name: n, start: at, end: at + len([]rune(n))})
				}
			}
			add(govkg.TypeCompany, tt.known)
			add(govkg.TypeProject, tt.other)
			var got []string
			for _, m := range r.firmListItems(rs, ms) {
				if m.typ == govkg.TypeCompany {
					got = append(got, m.name)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("companies %v, want %v", got, tt.want)
			}
		})
	}
}

// TestProgramSpanName: a program span drawn over a list mark or a quote ends at the
// name (“一窗受理、 of “一窗受理、一网通办”, “四边”绿化、 of “四边”绿化、宁湖景观改造等重点工程:
// 西宁 2014, train); years and marks go as before.
func TestProgramSpanName(t *testing.T) {
	r := &report{x: New()}
	tests := []struct{ text, want string }{
		{"“一窗受理、", "一窗受理"},
		{"“四边”绿化、", "四边绿化"},
		{"“百镇提档升级、", "百镇提档升级"},
		{"、成长型企业培育“育苗工程”", "成长型企业培育育苗工程"},
		{"《2012年南昌市重大重点项目投资计划》", "2012年南昌市重大重点项目投资计划"},
		{"“一网通办”", "一网通办"},
	}
	for _, tt := range tests {
		if got := r.programSpanName(tt.text); got != tt.want {
			t.Errorf("programSpanName(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
