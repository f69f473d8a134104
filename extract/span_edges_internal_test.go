package extract

import (
	"slices"
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/document"
)

// TestSplitJoined: a name drawn over two facilities joined by 和 or 及 is two names, and so
// is one drawn over a bare item, 和 and a facility whose head it shares; a facility with
// the work on it, a kind of work, or a 和 inside a place's name is one. The names are
// train and seed reports' (泉州, 南昌, 哈尔滨, 石家庄, 龙岗).
func TestSplitJoined(t *testing.T) {
	x := New()
	tests := []struct {
		text string
		want []string
	}{
		{"晋江燃气电厂和石狮鸿山热电厂", []string{"晋江燃气电厂", "石狮鸿山热电厂"}},
		{"联发大厦和国际金融中心", []string{"联发大厦", "国际金融中心"}},
		{"瑶湖大桥扩建及麻丘互通立交", []string{"瑶湖大桥扩建", "麻丘互通立交"}}, // a work term after the first
		{"石济客专火车东站及广场", []string{"石济客专火车东站及广场"}},        // 广场 on no stem of its own
		{"龙岗中心城水厂扩建及深度处理工程", []string{"龙岗中心城水厂扩建及深度处理工程"}},
		{"福厦铁路惠安站及配套工程", []string{"福厦铁路惠安站及配套工程"}},
		{"新火车站西广场及周边区域", []string{"新火车站西广场及周边区域"}},
		{"呼和浩特新机场", []string{"呼和浩特新机场"}},
		{"内蒙古和林格尔人力资源服务产业园", []string{"内蒙古和林格尔人力资源服务产业园"}},
		// a bare item before 和 shares the head of the name after it where the two end
		// alike, not only where a word of the name starts (南宁 2024, 无锡 2019, 石家庄 2025)
		{"南宁站和南宁南站改扩建", []string{"南宁站改扩建", "南宁南站改扩建"}},
		{"蓝藻藻泥和市政污泥处置项目", []string{"蓝藻藻泥处置项目", "市政污泥处置项目"}},
		{"复兴大街和北三环市政化改造工程主辅路", []string{"复兴大街和北三环市政化改造工程主辅路"}}, // no 街 in 北三环…
	}
	for _, tt := range tests {
		rs := []rune(tt.text)
		r := &report{x: x, cur: -1}
		ms := r.splitJoined(rs, []mention{{typ: govkg.TypeProject, name: tt.text, start: 0, end: len(rs)}})
		var got []string
		for _, m := range ms {
			got = append(got, m.name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("splitJoined(%s) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestWithoutLaterPhases: a trailing phase is no part of a project's name, with the head
// 项目 after it and with the phases listed before it; a name's own numeral stays. The
// names are train reports' (乌鲁木齐 2018, 南宁 2025 and 2026, 东莞 2009, 内蒙古 伊利 of
// 呼和浩特 2021).
func TestWithoutLaterPhases(t *testing.T) {
	tests := []struct{ name, want string }{
		{"克南高架二期项目", "克南高架"},
		{"太阳纸业一二期项目", "太阳纸业"},
		{"G322/358南宁至宾阳至黎塘公路二期工程项目", "G322/358南宁至宾阳至黎塘公路"},
		{"中环协鑫光伏单晶硅五期项目", "中环协鑫光伏单晶硅"},
		{"三台合一一期项目", "三台合一"}, // 一 is no phase before 一期
		{"三台合一首期工程", "三台合一"}, // nothing comes before 首
		{"海力士七期", "海力士"},
		{"二期项目", "二期项目"}, // two runes must stay
		{"中山三、四期项目", "中山"},
		{"宝安二期项目", "宝安"},
	}
	for _, tt := range tests {
		got := withoutLaterPhases([]mention{{typ: govkg.TypeProject, name: tt.name}})[0].name
		if got != tt.want {
			t.Errorf("withoutLaterPhases(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	if got := withoutLaterPhases([]mention{{typ: govkg.TypeCompany, name: "宁德时代五期"}})[0].name; got != "宁德时代五期" {
		t.Errorf("a company's name changed: %q", got)
	}
}

// TestWithGuideTypes: the endings whose type the guide states take it whatever the tagger
// read (a theme park is a Project, a botanical garden and a 科学城 Parks); other names and
// other types keep theirs, and so does the ending alone. The names are train reports'
// (北京 2010 and 2016, 呼和浩特 2023).
func TestWithGuideTypes(t *testing.T) {
	tests := []struct {
		typ  govkg.EntityType
		name string
		want govkg.EntityType
	}{
		{govkg.TypePark, "文化娱乐主题公园", govkg.TypeProject},
		{govkg.TypePark, "大黑河军事主题公园", govkg.TypeProject},
		{govkg.TypeProject, "未来科学城", govkg.TypePark},
		{govkg.TypeProject, "市植物园", govkg.TypePark},
		{govkg.TypePark, "小黑河门户公园", govkg.TypePark},
		{govkg.TypePark, "乐园", govkg.TypePark},            // the ending alone names nothing
		{govkg.TypeCompany, "欢乐谷主题公园", govkg.TypeCompany}, // only projects and parks change
	}
	for _, tt := range tests {
		r := &report{x: New(), doc: &document.Document{Sentences: make([]govkg.Sentence, 1)}, runes: make([][]rune, 1),
			found: map[int][]mention{0: {{typ: tt.typ, name: tt.name}}}}
		r.mendMentions(r.guideType)
		if got := r.found[0][0].typ; got != tt.want {
			t.Errorf("guideType(%s %s) = %s, want %s", tt.typ, tt.name, got, tt.want)
		}
	}
}
