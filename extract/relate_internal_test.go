package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	govkg "github.com/govkg/govkg"
)

// TestAcceptanceAt: 通过…验收 is one verb of completion, whoever accepts the work, within
// the clause and a bounded gap.
func TestAcceptanceAt(t *testing.T) {
	tests := []struct {
		text string
		at   int
		want int
	}{
		{"南渡江流域土地整治工程通过验收", 11, 4},
		{"呼和浩特综合保税区通过海关总署实地验收", 9, 10},
		{"泉州出口加工区通过海关总署等九部委验收并对外招商", 7, 12},
		{"综合保税区顺利通过国家验收", 7, 6},
		{"通过招商引资,验收一批项目", 0, 0},          // a clause ends first (text is normalized: ASCII commas)
		{"通过以商招商引进一批企业和项目并组织专家验收", 0, 0}, // too far
		{"推动项目建设通过验收", 0, 0},             // not at 通过
	}
	for _, tt := range tests {
		rs := []rune(tt.text)
		if got := acceptanceAt(rs, tt.at, len(rs)); got != tt.want {
			t.Errorf("acceptanceAt(%s, %d) = %d, want %d", tt.text, tt.at, got, tt.want)
		}
	}
}

func TestRoadCodeLen(t *testing.T) {
	tests := []struct {
		name string
		want int
	}{
		{"G228慈溪南段", 4},
		{"S203奉化段", 4},
		{"102国道丰润城区改线", 5},
		{"229省道江阴段", 5},
		{"国道324改线南安水头段", 7},
		{"省道311线武川至杨树坝段公路", 6},
		{"国道228丹东线龙口段改扩建", 5},
		{"G", 0},
		{"GDP增长", 0},
		{"12345热线", 0},
		{"国道建设", 0},
		{"丰润区102国道", 0},
	}
	for _, tt := range tests {
		if got := roadCodeLen([]rune(tt.name)); got != tt.want {
			t.Errorf("roadCodeLen(%q) = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestWithoutListedFirms: a project named only by a company goes when the company's list
// closes with 等 and firms; a list closed with 等…项目 names projects (convention (i)).
func TestWithoutListedFirms(t *testing.T) {
	tests := []struct {
		text     string // the first list item is both a company and a project
		n        int    // its length
		keepProj bool
	}{
		{"推动青岛啤酒、东南电化、耀隆化工等城区工业企业按照产业布局导向搬迁", 4, false}, // 福州 2010, train
		{"推动美斯达、博世科等企业发展壮大", 3, false},                  // 南宁 2022, train
		{"推进长安、力帆、小康、众泰等新能源汽车项目", 2, true},              // 重庆 2016, train
		{"支持东南汽车等重点企业实施技改项目", 4, true},                  // 项目 within the reach: not only firms
		{"东南电化搬迁改造，一批企业落户", 4, true},                    // no list closed by 等
	}
	for _, tt := range tests {
		rs := []rune(tt.text)
		s := strings.IndexRune(tt.text, '、')
		if s < 0 {
			s = strings.IndexAny(tt.text, "等，")
		}
		start := len([]rune(tt.text[:s])) - tt.n
		name := string(rs[start : start+tt.n])
		ms := []mention{
			{typ: govkg.TypeCompany, name: name, start: start, end: start + tt.n},
			{typ: govkg.TypeProject, name: name, start: start, end: start + tt.n},
		}
		got := withoutListedFirms(rs, ms)
		kept := slices.ContainsFunc(got, func(m mention) bool { return m.typ == govkg.TypeProject })
		if kept != tt.keepProj || !slices.ContainsFunc(got, func(m mention) bool { return m.typ == govkg.TypeCompany }) {
			t.Errorf("withoutListedFirms(%s): project kept %v, want %v; got %v", tt.text, kept, tt.keepProj, got)
		}
	}
}

// reportWith returns a report whose entities are names of type typ, each with a mention
// in the sentence it returns too: what the passes after the relations read.
func reportWith(t *testing.T, typ govkg.EntityType, names ...string) (*report, govkg.Sentence) {
	t.Helper()
	r := &report{x: New(), ents: map[string]*govkg.Entity{}, rels: map[string]*govkg.Relation{}}
	s := govkg.Sentence{ID: "r/s0001"}
	for _, n := range names {
		e := r.addEntity(typ, n, "", nil, nil)
		e.Mentions = append(e.Mentions, govkg.Mention{ReportID: "r", SentenceID: s.ID, Start: 0, End: 2})
	}
	return r, s
}

// TestFirmsWithoutStatus: a 交易中心 nothing happens to in the report is the company the
// gold sets make of it, with its relations gone; one the report builds stays a project,
// and a project of another suffix stays whatever happens to it.
func TestFirmsWithoutStatus(t *testing.T) {
	r, s := reportWith(t, govkg.TypeProject, "华南有色金属交易中心", "中国—东盟商品交易中心", "南宁国际铁路港")
	r.addRel(govkg.RelLocatedIn, entityID(govkg.TypeProject, "华南有色金属交易中心"), "district:440106", nil, s, 0, 2)
	r.addRel(govkg.RelStatus, "r", entityID(govkg.TypeProject, "中国—东盟商品交易中心"), map[string]any{"status": "under_construction"}, s, 0, 2)
	r.firmsWithoutStatus()
	want := map[string]bool{
		entityID(govkg.TypeProject, "华南有色金属交易中心"):  false,
		entityID(govkg.TypeCompany, "华南有色金属交易中心"):  true,
		entityID(govkg.TypeProject, "中国—东盟商品交易中心"): true,
		entityID(govkg.TypeProject, "南宁国际铁路港"):     true,
	}
	for id, w := range want {
		if e, ok := r.ents[id]; ok != w || ok && len(e.Mentions) == 0 {
			t.Errorf("%s: present %v, want %v", id, ok, w)
		}
	}
	for _, rel := range r.rels {
		if rel.Type == govkg.RelLocatedIn {
			t.Errorf("the dropped project's relation stayed: %+v", rel)
		}
	}
	if len(r.rels) != 1 {
		t.Errorf("%d relations, want the built one's STATUS", len(r.rels))
	}
}

// TestWithoutBareParks: a park named 新区 alone goes with its relations; a named 新区 and
// 高新区 alone (a city's own zone) stay.
func TestWithoutBareParks(t *testing.T) {
	r, s := reportWith(t, govkg.TypePark, "新区", "和林格尔新区", "高新区")
	for _, e := range r.ents {
		r.addRel(govkg.RelStatus, "r", e.ID, map[string]any{"status": "under_construction"}, s, 0, 2)
	}
	r.withoutBareParks()
	for n, want := range map[string]bool{"新区": false, "和林格尔新区": true, "高新区": true} {
		if _, ok := r.ents[entityID(govkg.TypePark, n)]; ok != want {
			t.Errorf("%s: present %v, want %v", n, ok, want)
		}
	}
	if len(r.rels) != 2 {
		t.Errorf("%d relations, want the two kept parks' STATUS", len(r.rels))
	}
}

// TestRiverAt: a county's name is a river's, a bay's or a sea's where the water's word
// follows it, or, when it ends like a river's, where a word of the river's course, banks
// or works follows; elsewhere it is the county's (the names are train reports').
func TestRiverAt(t *testing.T) {
	for _, c := range []struct {
		name   string
		county string
		want   bool
	}{
		{"钱塘江金融港湾", "钱塘", true},
		{"罗源湾港区", "罗源", true},
		{"招远海上光伏", "招远", false},
		{"晋江下游防洪岸线整治", "晋江", true},
		{"锦江绿道", "锦江", true},
		{"泉州晋江机场改扩建工程", "晋江", false},
		{"G228慈溪南段", "慈溪", false},
		{"安溪湖头光电产业园", "安溪", false},
		{"渝湘高铁黔江至秀山段", "黔江", false},
	} {
		name := []rune(c.name)
		at := strings.Index(c.name, c.county)
		if at < 0 {
			t.Fatalf("%s: no %s in it", c.name, c.county)
		}
		n := utf8.RuneCountInString(c.name[:at]) + utf8.RuneCountInString(c.county)
		if got := riverAt(name, n); got != c.want {
			t.Errorf("riverAt(%s, after %s) = %v, want %v", c.name, c.county, got, c.want)
		}
	}
}

// TestParksOwnWork: a project named by a park and then only a phase, a work word or a
// generic head is the park's own work, not a project in it (train reports' names).
func TestParksOwnWork(t *testing.T) {
	for _, c := range []struct {
		name, park string
		want       bool
	}{
		{"吴泾工业区环境综合整治", "吴泾工业区", false}, // 整治: the gold is split
		{"铁北老工业区搬迁改造", "铁北老工业区", true},
		{"民间金融街二期项目", "民间金融街", true},
		{"成都熊猫国际旅游度假区项目建设", "成都熊猫国际旅游度假区", true},
		{"清水河县浑河国家湿地公园试点", "清水河县浑河国家湿地公园", true},
		{"东川工业园工业废水处理厂", "东川工业园", false},
		{"蒙牛乳业产业园九期奶粉项目", "蒙牛乳业产业园", false},
		{"西堡生态森林公园火烧沟综合治理", "西堡生态森林公园", false},
		{"吴泾工业区", "吴泾工业区", false},   // the park itself
		{"临港产业园改造", "东川工业园", false}, // another park's name
	} {
		if got := parksOwnWork(c.name, c.park); got != c.want {
			t.Errorf("parksOwnWork(%s, %s) = %v, want %v", c.name, c.park, got, c.want)
		}
	}
}

// TestOpeningUp: 开放 before a noun of the economy's opening-up is no status verb; before
// anything else it is (a site opened: 开放运营, 开放。).
func TestOpeningUp(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"开放平台", true},
		{"开放型经济", true},
		{"开放合作", true},
		{"开放运营", false},
		{"开放", false},
		{"开放。", false},
		{"开通平台", false},
	} {
		rs := []rune(c.text)
		if got := openingUp(rs, 0, min(2, len(rs))); got != c.want {
			t.Errorf("openingUp(%s) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestSameZoneKind: a park's short form stands for a longer zone of its stem only of
// the kind its word says (extract/park_aliases.go).
func TestSameZoneKind(t *testing.T) {
	tests := []struct {
		word, rest string
		want       bool
	}{
		{"园区", "经济开发区", true},    // 托清园区 → 托清经济开发区
		{"片区", "新区", true},       // 东海片区 → 东海新区
		{"新区", "工业新区", true},     // 沙尔沁新区 → 沙尔沁工业新区
		{"自贸区", "自贸试验区", true},   // 南沙自贸区 → 南沙自贸试验区
		{"新区", "高新区", false},     // 福州新区 is not 福州高新区
		{"开发区", "和宾西开发区", false}, // 利民和宾西开发区 joins two zones
		{"开发区", "综合保税区", false},
		{"自贸区", "综合保税区", false},
	}
	for _, tc := range tests {
		if got := sameZoneKind(tc.word, tc.rest); got != tc.want {
			t.Errorf("sameZoneKind(%q, %q) = %v, want %v", tc.word, tc.rest, got, tc.want)
		}
	}
}

// TestParkArrival: a list that arrives with no place written lands in the sentence's
// opening park; a list item's mention that spans the whole list past its clause (the
// spans of one tagger span's items) is read without a panic, and places nothing (a fold
// model of 2026-12-06 gave such a span in 呼和浩特 2023 and the report failed).
func TestParkArrival(t *testing.T) {
	const text = "综合保税区一期顺利建成,上海东浩兰生保税物流、德国豪狮农机装备制造等24个项目签约入驻。"
	rs := []rune(text)
	at := func(typ govkg.EntityType, name string) mention {
		i := strings.Index(text, name)
		s := utf8.RuneCountInString(text[:i])
		return mention{typ: typ, name: name, start: s, end: s + utf8.RuneCountInString(name)}
	}
	park := at(govkg.TypePark, "综合保税区")
	first := at(govkg.TypeProject, "上海东浩兰生保税物流")
	second := at(govkg.TypeProject, "德国豪狮农机装备制造")
	whole := mention{typ: govkg.TypeProject, name: "德国豪狮农机装备制造", start: first.start, end: len(rs)} // past the clause
	tests := []struct {
		name string
		m    mention
		want bool
	}{
		{"first item", first, true},
		{"last item", second, true},
		{"a span past its clause", whole, false},
	}
	for _, tc := range tests {
		r := &report{found: map[int][]mention{0: {park, first, second}}}
		if got := r.parkArrival(rs, park, tc.m); got != tc.want {
			t.Errorf("%s: parkArrival = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestParksPastTheirClause: a park whose mention a tagger drew past its clause's end
// (from a comma on) frames and opens nothing, and is read without a panic (a fold model of
// 2026-12-06 gave one in 呼和浩特 2023: parkFrame sliced rs[p.end:ce] with p.end > ce).
func TestParksPastTheirClause(t *testing.T) {
	const text = "依托托清经济开发区,开工建设再生水长输管网工程。"
	rs := []rune(text)
	runes := func(s string) int { return utf8.RuneCountInString(s) }
	i := strings.Index(text, "托清经济开发区")
	park := mention{typ: govkg.TypePark, name: "托清经济开发区", start: runes(text[:i]), end: runes(text[:i]) + runes("托清经济开发区")}
	j := strings.Index(text, "再生水长输管网工程")
	proj := mention{typ: govkg.TypeProject, name: "再生水长输管网工程", start: runes(text[:j]), end: runes(text[:j]) + runes("再生水长输管网工程")}
	comma := strings.Index(text, ",")
	past := mention{typ: govkg.TypePark, name: "开工建设", start: runes(text[:comma]), end: runes(text[:comma]) + 5} // from the comma on
	if !parkFrame(rs, park, proj) {
		t.Errorf("parkFrame(%s, %s) = false, want true", park.name, proj.name)
	}
	if parkFrame(rs, past, proj) {
		t.Errorf("parkFrame of a span past its clause = true, want false")
	}
	// a park that opens the sentence, drawn over the comma into the next clause's list
	const list = "综合保税区一期顺利建成,上海东浩兰生保税物流等24个项目签约入驻。"
	lr := []rune(list)
	over := mention{typ: govkg.TypePark, name: "综合保税区", start: 0, end: runes("综合保税区一期顺利建成,上海")}
	item := mention{typ: govkg.TypeProject, name: "上海东浩兰生保税物流", start: runes("综合保税区一期顺利建成,"), end: runes("综合保税区一期顺利建成,上海东浩兰生保税物流")}
	r := &report{found: map[int][]mention{0: {over, item}}}
	if r.openingTopic(lr, over, item) {
		t.Errorf("openingTopic of a span past its clause = true, want false")
	}
}

// TestWrittenAs: a mention's span holds its name only where the span is inside the
// sentence, in order, and spells the name; a broken span answers false, never panics
// (the company filters after the models, withoutRoadCompanies and
// withoutFacilityCompanies, ask it).
func TestWrittenAs(t *testing.T) {
	rs := []rune("完成北京东路改造")
	tests := []struct {
		name       string
		start, end int
		want       bool
	}{
		{"京东", 3, 5, true},
		{"京东方", 3, 5, false}, // a canonical form, not the words written
		{"京东", 5, 3, false},  // a span backwards
		{"京东", -1, 1, false},
		{"改造", 6, 9, false}, // past the sentence
	}
	for _, tt := range tests {
		if got := (mention{name: tt.name, start: tt.start, end: tt.end}).writtenAs(rs); got != tt.want {
			t.Errorf("writtenAs(%s, %d, %d) = %v, want %v", tt.name, tt.start, tt.end, got, tt.want)
		}
	}
}
