package extract

import (
	"testing"

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
		got, _ := r.itemHead(tt.item, tt.last)
		if got != tt.want {
			t.Errorf("itemHead(%s, %s) = %q, want %q (cut %v)", tt.item, tt.last, got, tt.want, r.cut(tt.last))
		}
	}
}
