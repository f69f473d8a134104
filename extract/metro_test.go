package extract

import (
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/document"
)

func TestLineNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int
		bad  bool
	}{
		{"14", 14, false},
		{"五", 5, false},
		{"十", 10, false},
		{"十四", 14, false},
		{"二十", 20, false},
		{"二十一", 21, false},
		{"一二", 0, true},
		{"十十", 0, true},
		{"二一十", 0, true},
	}
	for _, tt := range tests {
		got, err := lineNumber([]rune(tt.in))
		if (err != nil) != tt.bad || !tt.bad && got != tt.want {
			t.Errorf("lineNumber(%q) = %d, %v; want %d (error %v)", tt.in, got, err, tt.want, tt.bad)
		}
	}
}

// Lines numbered in Chinese numerals, in sentences of train-split cities' reports (重庆
// 2009, 广州 2019: corpus-cities, not gold sets).
func TestHanMetroLines(t *testing.T) {
	tests := []struct {
		name, title, sentence string
		want                  []string // line keys
		reject                []string // project names
	}{
		{"a coordinated list after a metro prefix", "重庆市2009年政府工作报告",
			"提速建设轨道交通一、三、六号线,开工建设东水门、千厮门大桥,建成一批大型换乘枢纽和停车楼场。",
			[]string{"1号线", "3号线", "6号线"}, nil},
		{"lines of a list of metro projects, a branch among them, the projects give way", "广州市2019年政府工作报告",
			"11条地铁项目:六号线二期工程、十三号线首期工程、十四号线支线工程、二十一号线工程、十一号线工程。",
			[]string{"6号线", "13号线", "14号线支线", "21号线", "11号线"}, []string{"二十一号线工程", "十一号线工程"}},
		{"no metro in the sentence: no line", "广州市2017年政府工作报告",
			"力争年底前实现九号线一期(飞鹅岭-高增)。", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractText(t, tt.title+"\n二、工作安排\n"+tt.sentence+"\n")
			for _, e := range ex.Entities {
				for _, r := range tt.reject {
					if e.Type == "Project" && e.Name == r {
						t.Errorf("the line is a Project %s", r)
					}
				}
			}
			keys := checkLineKeys(t, ex, tt.want, nil)
			if tt.want == nil && len(keys) > 0 {
				t.Errorf("lines %v in a sentence that names no metro", keys)
			}
		})
	}
}

// A tram's numbered lines are no metro lines (ANNOTATION.md: a line of 地铁, 轨道,
// 轨道交通); the nearest vehicle word before a line in its clause decides (苏州 2019, dev;
// 成都 2019, train).
func TestTramLines(t *testing.T) {
	tests := []struct {
		name, title, sentence string
		want, reject          []string // line keys
	}{
		{"a tram's line and the list after it", "苏州市2019年政府工作报告",
			"轨道交通三期规划获批，3号线主体完工，5号线加快推进，6号线、S1线开工建设，苏州高新区有轨电车1号线延伸线、2号线开通试运营。",
			[]string{"3号线", "5号线", "6号线"}, []string{"1号线", "2号线"}},
		{"metro lines before a tram's in one clause", "成都市2019年政府工作报告",
			"地铁1号线三期、3号线二三期、有轨电车蓉2号线开通运行，城市轨道交通累计运营里程240公里，地铁在建里程283公里。",
			[]string{"1号线", "3号线"}, []string{"2号线"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLineKeys(t, extractText(t, tt.title+"\n一、过去一年工作回顾\n"+tt.sentence+"\n"), tt.want, tt.reject)
		})
	}
}

// checkLineKeys fails t unless the extraction has a metro line of every key of want and
// none of reject; it returns the keys it has.
func checkLineKeys(t *testing.T, ex *govkg.Extraction, want, reject []string) map[string]bool {
	t.Helper()
	keys := map[string]bool{}
	for _, e := range ex.Entities {
		if e.Type == "MetroLine" {
			keys[LineKey(e.Name)] = true
		}
	}
	for _, w := range want {
		if !keys[w] {
			t.Errorf("missing line %s; have %v", w, keys)
		}
	}
	for _, r := range reject {
		if keys[r] {
			t.Errorf("line %s should be no metro line", r)
		}
	}
	return keys
}

// List forms the first pass does not read, read after the tagger: a 号 after every number
// of a list, a branch after its line, a line numbered in Chinese numerals after 快轨
// (大连 2008 and 2018, 苏州 2018: dev).
func TestMoreLines(t *testing.T) {
	tests := []struct {
		name, title, sentence string
		want                  []string // line keys
	}{
		{"a 号 after every number", "大连市2018年政府工作报告",
			"城乡路网、电网、水网逐步完善，国际会议中心、体育中心、南部滨海大道等一批重大工程投入使用，地铁1号、2号线建成并投入运营。",
			[]string{"1号线", "2号线"}},
		{"numbers side by side", "大连市2018年政府工作报告",
			"加快交通基础设施建设，推进新机场、地铁4号5号线、大连湾海底隧道、金普城际铁路、旅顺中部通道、大连北站综合交通枢纽等工程。",
			[]string{"4号线", "5号线"}},
		{"a branch after its line", "苏州市2018年政府工作报告",
			"轨道交通4号线及支线开通运营，3号线和5号线加快建设。",
			[]string{"4号线", "4号线支线", "3号线", "5号线"}},
		{"a rapid-rail line in Chinese numerals", "大连市2008年政府工作报告",
			"优先发展城市公共交通，建成首条快速公交线路（BRT），快轨三号线续建工程主体完工，完成201路有轨电车线路改造工程。",
			[]string{"3号线"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLineKeys(t, extractText(t, tt.title+"\n一、过去一年工作回顾\n"+tt.sentence+"\n"), tt.want, nil)
		})
	}
}

// A line is its city's: another city's name before the line or its metro word makes it
// that city's line, not the report's (苏州 2014, dev; a Shenzhen district's sentence with
// a neighbour's line).
func TestLineCity(t *testing.T) {
	tests := []struct {
		title, sentence string
		want            map[string]string // line name → city
	}{
		{"苏州市2014年政府工作报告",
			"轨道交通2号线投入试运营，上海轨道交通11号线昆山花桥延伸线建成运营。",
			map[string]string{"苏州地铁2号线": "苏州市", "上海地铁11号线": "上海市"}},
		{"苏州市2015年政府工作报告",
			"上海轨道交通11号线及支线建设积极推进。",
			map[string]string{"上海地铁11号线": "上海市", "上海地铁11号线支线": "上海市"}},
		{"深圳市龙岗区2024年政府工作报告",
			"地铁14号线、16号线开通运营，东莞轨道交通1号线加快建设。",
			map[string]string{"深圳地铁14号线": "深圳市", "深圳地铁16号线": "深圳市", "东莞地铁1号线": "东莞市"}},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			doc, err := document.Parse("test.txt", []byte(tt.title+"\n一、过去一年工作回顾\n"+tt.sentence+"\n"), document.Options{})
			if err != nil {
				t.Fatal(err)
			}
			ex := New().Extract(doc)
			got := map[string]string{}
			for _, e := range ex.Entities {
				if e.Type == "MetroLine" {
					got[e.Name], _ = e.Props["city"].(string)
				}
			}
			for name, city := range tt.want {
				if got[name] != city {
					t.Errorf("line %s: city %q, want %q (lines: %v)", name, got[name], city, got)
				}
			}
		})
	}
}
