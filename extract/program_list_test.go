package extract

import (
	"maps"
	"slices"
	"testing"

	govkg "github.com/govkg/govkg"
)

// The lists come from train-split reports (the city in each case's name); the test
// split was not looked at.
func TestProgramList(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // nil: not a list of programs
	}{
		{"shijiazhuang: 、 list", "气代煤、电代煤行动", []string{"气代煤行动", "电代煤行动"}},
		{"tangshan: three items", "名师、名校、名校长工程", []string{"名师工程", "名校工程", "名校长工程"}},
		{"beijing: 、 then 和", "西部大开发、丝绸之路经济带和长江经济带战略", []string{"西部大开发战略", "丝绸之路经济带战略", "长江经济带战略"}},
		{"ningbo: 专项 stays with the head", "蓝天保卫、治水提升、治土攻坚专项行动", []string{"蓝天保卫专项行动", "治水提升专项行动", "治土攻坚专项行动"}},
		{"quanzhou: a count drops", "智能制造、质量品牌、服务型制造3项行动", []string{"智能制造行动", "质量品牌行动", "服务型制造行动"}},
		{"chongqing: N大 drops", "文艺作品质量提升、文化惠民、传统文化保护、全媒体传播四大工程",
			[]string{"文艺作品质量提升工程", "文化惠民工程", "传统文化保护工程", "全媒体传播工程"}},
		{"dongguan: 和 before a count, modifier kept", "教育扩容提质和品质交通两个千日攻坚行动", []string{"教育扩容提质千日攻坚行动", "品质交通千日攻坚行动"}},
		{"nanning: 等 before the head", "未成年人违法犯罪预防治理、命案预防治理、道路交通安全综合整治等专项行动",
			[]string{"未成年人违法犯罪预防治理专项行动", "命案预防治理专项行动", "道路交通安全综合整治专项行动"}},
		{"guangzhou: quoted labels side by side", "“乐游广州”“乐学广州”“乐业广州”5个计划", []string{"乐游广州计划", "乐学广州计划", "乐业广州计划"}},
		{"chengdu: words shared between quoted labels and the head", "“蓉品出川”“蓉品出海”市场拓展行动", []string{"蓉品出川市场拓展行动", "蓉品出海市场拓展行动"}},
		{"xining: a shared verb before the head", "“中华文化符号”“中华民族视觉形象”构建行动", []string{"中华文化符号构建行动", "中华民族视觉形象构建行动"}},
		{"a tail of a program's own words is too long to share", "“甲乙”“丙丁”城市数字化转型综合改革行动", nil},
		{"one quoted label with 、 inside", "“强功能、补短板”十大工程", nil},
		{"guangzhou: two strategies joined by 和", "科教兴市和人才强市战略", []string{"科教兴市战略", "人才强市战略"}},
		{"wuxi: two short strategies", "质量和品牌战略", []string{"质量战略", "品牌战略"}},
		{"wuxi: a long part qualifies one strategy", "新型城镇化和城乡发展一体化战略", nil},
		{"harbin: 和 alone before another head", "城市更新和安全韧性提升行动", nil},
		{"lanzhou: 和 alone is one strategy", "黄河流域生态保护和高质量发展战略", nil},
		{"chengdu: 和 alone", "城市更新和老旧小区改造提升工程", nil},
		{"nanning: the last item carries the program", "重点领域、重点行业、城乡基层和中小微企业就业支持计划", nil},
		{"nanning: qualifiers of one plan", "县域基础设施、公共服务设施能力提升三年行动计划", nil},
		{"beijing: places of one plan", "回龙观、天通苑地区公共服务和基础设施优化提升三年行动计划", nil},
		{"no list", "乡村振兴战略", nil},
		{"no head", "蓝天、碧水", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := programList(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("programList(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// A list of quoted labels of which the tagger took one label alone (the last with the
// head, or one without it) is read as the whole list with its head and given out (dev:
// hangzhou-2017); the labels alone are no Programs of their own.
func TestQuotedListReadBack(t *testing.T) {
	ex := extractText(t, "二、2017年工作安排\n推进“两化”深度融合，深入实施“互联网+”“标准化+”“品牌+”“机器人+”等行动，启动万企转型升级计划。\n")
	got := programNames(t, ex)
	for _, want := range []string{"互联网+行动", "标准化+行动", "品牌+行动", "机器人+行动"} {
		if _, ok := got[want]; !ok {
			t.Errorf("missing Program %s; have %v", want, keys(got))
		}
	}
	for _, no := range []string{"互联网+", "机器人+等行动"} {
		if _, ok := got[no]; ok {
			t.Errorf("Program %s is still there; have %v", no, keys(got))
		}
	}
}

func TestQuotedListStart(t *testing.T) {
	tests := []struct {
		text string
		at   int
		want int
	}{
		{"实施“甲”“乙”、“丙”等行动", 9, 2},
		{"实施“甲”和“乙”行动", 6, 2},
		{"实施“甲”，“乙”行动", 6, 6},    // a comma ends the list
		{"实施\"甲\"\"乙\"行动", 5, 5}, // straight quotes do not say which side they open
		{"实施乙行动", 2, 2},
	}
	for _, tt := range tests {
		if got := quotedListStart([]rune(tt.text), tt.at); got != tt.want {
			t.Errorf("quotedListStart(%q, %d) = %d, want %d", tt.text, tt.at, got, tt.want)
		}
	}
}

// A tagged list span becomes one Program per item, each implemented by the district.
func TestProgramListExtracted(t *testing.T) {
	ex := extractText(t, "二、2025年工作安排\n继续开展气代煤、电代煤行动，压减煤炭消费量。\n")
	got := programNames(t, ex)
	for _, want := range []string{"气代煤行动", "电代煤行动"} {
		if _, ok := got[want]; !ok {
			t.Errorf("missing Program %s; have %v", want, keys(got))
		}
	}
	if _, ok := got["气代煤、电代煤行动"]; ok {
		t.Errorf("the list itself is a Program")
	}
}

// Five-year plan outlines as the train-split reports title them.
func TestFiveYearPlan(t *testing.T) {
	tests := []struct{ title, want string }{
		{"北京市国民经济和社会发展第十二个五年规划纲要(草案)", "十二五规划"},
		{"东莞市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要(草案)", "十四五规划"},
		{"国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "十四五规划"},
		{"拉萨市国民经济和社会发展第十四个五年规划和二Ο三五年远景目标纲要（草案）", "十四五规划"},
		{"东莞市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要草案", "十四五规划"}, // brackets dropped
		{"上海市国民经济和社会发展第十一个五年规划纲要草案", "十一五规划"},
		{"十二五国民经济和社会发展规划纲要", "十二五规划"},
		{"十三五经济社会发展规划纲要", "十三五规划"},
		{"十五五规划纲要草案", "十五五规划"},
		{"十三五发展规划纲要", "十三五规划"},
		{"十三五教育发展规划纲要", ""},
		{"纲要草案", ""},
		{"关于制定国民经济和社会发展第十三个五年规划的建议", ""},
		{"2022年国民经济和社会发展计划", ""},
		{"第二道绿化隔离地区减量提质五年工作方案", ""},
	}
	for _, tt := range tests {
		if got := fiveYearPlan(tt.title); got != tt.want {
			t.Errorf("fiveYearPlan(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// Spatial layouts are no Programs (ANNOTATION.md (b)); counted labels of other words are
// (一区多园, 七网, 三线 are programs of the dev and train gold).
func TestIsLayout(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"四纵五横", true}, {"三连十一延", true}, {"十三射五环五纵六横", true}, {"一心三带", true},
		{"三带一轴", true}, {"一轴两带三组团", true},
		{"一区多园", false}, {"七网", false}, {"三线", false}, {"四网一环", false}, {"十大工程", false},
		{"纵横", false}, {"三环", false},
	}
	for _, tt := range tests {
		if got := isLayout(tt.name); got != tt.want {
			t.Errorf("isLayout(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// A sentence that opens with a layout label gives its projects no PART_OF: 杭州 2017's
// (dev), whose 四纵五横 and 三连十一延 are road-network layouts.
func TestLayoutIsNoProgram(t *testing.T) {
	ex := extractText(t, "二、2017年重点工作安排\n加快“四纵五横”和“三连十一延”快速路网建设,开工建设艮山东路提升改造、文一西路快速路西延、江南大道快速路等工程。\n")
	got := programNames(t, ex)
	for _, n := range []string{"四纵五横", "三连十一延"} {
		if _, ok := got[n]; ok {
			t.Errorf("%s is a Program", n)
		}
	}
	for _, r := range ex.Relations {
		if r.Type == govkg.RelPartOf {
			t.Errorf("PART_OF %s → %s", r.From, r.To)
		}
	}
}

// Words of blame for works are no program, quoted in a list or not: 青岛 2000's (dev),
// which the committed tagger reads as programs.
func TestPejorativeWorksAreNoProgram(t *testing.T) {
	ex := extractText(t, "二、2000年工作安排\n加强项目和工程质量管理,杜绝出现“胡子工程”、“烂尾工程”和“豆腐渣工程”。\n")
	got := programNames(t, ex)
	for _, n := range []string{"胡子工程", "烂尾工程", "豆腐渣工程"} {
		if _, ok := got[n]; ok {
			t.Errorf("%s is a Program", n)
		}
	}
}

// A program's round or edition is no part of its name: 北京 2018's (train) 新一版北京城市总体规划
// is the train gold's 北京城市总体规划.
func TestRoundQualifiers(t *testing.T) {
	ex := extractText(t, "二、2018年工作安排\n“三件大事”,就是要精心组织实施新一版北京城市总体规划。\n")
	got := programNames(t, ex)
	if _, ok := got["北京城市总体规划"]; !ok {
		t.Errorf("no Program 北京城市总体规划 in %v", slices.Collect(maps.Keys(got)))
	}
	if _, ok := got["新一版北京城市总体规划"]; ok {
		t.Errorf("新一版北京城市总体规划 is a Program")
	}
}

// A tagged span of title words alone names no program.
func TestOnlyHeads(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"纲要草案", true},
		{"规划纲要草案", true},
		{"计划", true},
		{"十四五规划纲要", false},
		{"行动计划纲要", true},
		{"规划建设", false},
		{"城市总体规划", false},
	}
	for _, tt := range tests {
		if got := onlyHeads(tt.name); got != tt.want {
			t.Errorf("onlyHeads(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
