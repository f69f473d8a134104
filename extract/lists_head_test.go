package extract

import (
	"slices"
	"strings"
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/document"
)

// TestItemHead checks what a bare list item shares with the name written last in its
// list (ANNOTATION.md (h)).
func TestItemHead(t *testing.T) {
	r := &report{x: New(), doc: &document.Document{}}
	tests := []struct{ item, last, want string }{
		{"灵寿", "赞皇抽水蓄能电站", "抽水蓄能电站"},
		{"东四环", "西北四环大修及环境提升", "大修及环境提升"},
		{"市游泳馆", "人民体育馆升级改造", "升级改造"},
		{"磨盘山", "龙凤山水库防洪提升工程", "水库防洪提升工程"},
		{"呼包", "呼鄂城际铁路", "城际铁路"},
		{"张家湾", "多巴垃圾场封场项目", "垃圾场封场项目"},
		{"晋江", "安溪垃圾焚烧厂技改项目", "垃圾焚烧厂技改项目"},
		{"商埠地", "南广场历史文化街区提升改造", "历史文化街区提升改造"},
		{"空客", "波音飞机客改货项目", "飞机客改货项目"},
		{"南宁至崇左", "南宁至玉林城际铁路", "城际铁路"},
		{"吴圩经大塘至浦北", "柳州经合山至南宁高速公路", "高速公路"},
		// a facility's whole name, a long item, a head that repeats the item's end, a route
		{"民生码头", "亭子码头改造升级", ""},
		{"比亚迪海洋网", "腾势方程豹旗舰店", ""},
		{"嘉定新城", "松江新城", ""},
		{"南昌大桥", "洪城路-解放路改造", ""},
	}
	for _, tt := range tests {
		got, _, _ := r.itemHead(tt.item, tt.last)
		if got != tt.want {
			t.Errorf("itemHead(%s, %s) = %q, want %q (cut %v)", tt.item, tt.last, got, tt.want, r.cut(tt.last))
		}
	}
}

// TestPlaceHeads: a park the tagger named by its zone word alone, right after a place's
// short form, is the place's zone (和林格尔新区: the tagger read 和 as a coordinator); a
// place's full name before it, or a name with a proper part, is left alone.
func TestPlaceHeads(t *testing.T) {
	r := &report{x: New(), doc: &document.Document{}}
	tests := []struct {
		sentence string
		place    [2]int // the district's or city's mention
		park     [2]int
		want     string
	}{
		{"加快推进和林格尔新区建设", [2]int{4, 8}, [2]int{8, 10}, "和林格尔新区"},
		{"推动南宁高新区发展", [2]int{2, 4}, [2]int{4, 7}, "南宁高新区"},
		{"支持天河区高新区发展", [2]int{2, 5}, [2]int{5, 8}, "高新区"},
		{"加快和林格尔新区核心区建设", [2]int{2, 6}, [2]int{6, 11}, "新区核心区"},
	}
	for _, tt := range tests {
		rs := []rune(tt.sentence)
		ms := []mention{
			{typ: govkg.TypeDistrict, name: string(rs[tt.place[0]:tt.place[1]]), start: tt.place[0], end: tt.place[1]},
			{typ: govkg.TypePark, name: string(rs[tt.park[0]:tt.park[1]]), start: tt.park[0], end: tt.park[1]},
		}
		got := r.withPlaceHeads(rs, ms)[1]
		if got.name != tt.want || tt.want != string(rs[tt.park[0]:tt.park[1]]) && got.start != tt.place[0] {
			t.Errorf("withPlaceHeads(%s) = %s at %d, want %s", tt.sentence, got.name, got.start, tt.want)
		}
	}
}

// TestItemsListHead: list items the tagger named one by one get the head written after
// the list's 等 when it is a work term, or a work's name after routes (ANNOTATION.md
// (h)); a category after whole names, or a kind of work, is no head. Train sentences.
func TestItemsListHead(t *testing.T) {
	r := &report{x: New(), doc: &document.Document{}}
	tests := []struct {
		sentence string
		items    []string // the project mentions, as the tagger named them
		want     []string
	}{
		{"开工建设平果至南宁、南宁至湛江、上林至横县等高速公路项目", // nanning-2020
			[]string{"平果至南宁", "南宁至湛江", "上林至横县"},
			[]string{"平果至南宁高速公路", "南宁至湛江高速公路", "上林至横县高速公路"}},
		{"实施大小黑河、哈素海、黄河滩区等综合治理工程", // hohhot
			[]string{"大小黑河", "哈素海", "黄河滩区"},
			[]string{"大小黑河综合治理工程", "哈素海综合治理工程", "黄河滩区综合治理工程"}},
		{"突出抓好华润万象城、勒泰商城、凤城国贸等10个重点商业综合体项目", // shijiazhuang
			[]string{"华润万象城", "勒泰商城", "凤城国贸"},
			[]string{"华润万象城", "勒泰商城", "凤城国贸"}},
		{"抓好金洲大道西延线、开元东路东延线等干线公路改造", // changsha-2011 (dev): a category before the work
			[]string{"金洲大道西延线", "开元东路东延线"},
			[]string{"金洲大道西延线", "开元东路东延线"}},
		{"加快推进南宁至湛江、上林至横县等重点项目", // a kind of work
			[]string{"南宁至湛江", "上林至横县"},
			[]string{"南宁至湛江", "上林至横县"}},
		{"推进南宁至湛江等高速公路项目", // one item is no list
			[]string{"南宁至湛江"},
			[]string{"南宁至湛江"}},
	}
	for _, tt := range tests {
		rs := []rune(tt.sentence)
		var ms []mention
		for _, it := range tt.items {
			s := len([]rune(tt.sentence[:strings.Index(tt.sentence, it)]))
			ms = append(ms, mention{typ: govkg.TypeProject, name: it, start: s, end: s + len([]rune(it))})
		}
		var got []string
		for _, m := range r.itemsListHead(rs, ms) {
			got = append(got, m.name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.sentence, got, tt.want)
		}
	}
}
