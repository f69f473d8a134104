package extract_test

import (
	"fmt"
	"strings"
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract"
	"github.com/govkg/govkg/extract/document"
)

// extractReport extracts a small report of the given title (it sets the report's own
// place) with a heading and paragraphs, with the hand rules alone, so that the relation
// rules are tested by themselves.
func extractReport(t *testing.T, title, heading string, paragraphs ...string) *govkg.Extraction {
	t.Helper()
	return extractReportWith(t, extract.NewWithModel(nil, 0), title, heading, paragraphs...)
}

// extractReportWith extracts such a small report with extractor x.
func extractReportWith(t *testing.T, x *extract.Extractor, title, heading string, paragraphs ...string) *govkg.Extraction {
	t.Helper()
	text := title + "\n" + heading + "\n" + strings.Join(paragraphs, "\n") + "\n"
	doc, err := document.Parse("test.txt", []byte(text), document.Options{})
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return x.Extract(doc)
}

// rel names a relation by its ends' names, for tables.
type rel struct {
	typ      govkg.RelationType
	from, to string // entity names; "" for a STATUS's report
	prop     string // status or kind, "" for any
}

func hasRel(ext *govkg.Extraction, want rel) bool {
	name := map[string]string{}
	for _, e := range ext.Entities {
		name[e.ID] = e.Name
	}
	for _, r := range ext.Relations {
		if r.Type != want.typ || name[r.To] != want.to {
			continue
		}
		if want.typ != govkg.RelStatus && name[r.From] != want.from {
			continue
		}
		if want.prop != "" {
			v, _ := r.Props["status"].(string)
			if k, ok := r.Props["kind"].(string); ok {
				v = k
			}
			if v != want.prop {
				continue
			}
		}
		return true
	}
	return false
}

// TestRelationsStated: relations come from how a sentence connects two names, not from
// two names sharing a sentence. Cases are sentences of the seed reports.
func TestRelationsStated(t *testing.T) {
	const longgang = "龙岗区2025年政府工作报告"
	const review = "一、2024年工作回顾"
	const plan = "二、2025年工作安排"
	tests := []struct {
		name    string
		title   string
		heading string
		text    string
		want    []rel
		notWant []rel
	}{
		{"a metro line serves no district an intercity line of the sentence reaches", longgang, review,
			"一是交通设施建设全面提速。轨道3号线四期开通运营,11个街道实现地铁全覆盖,全区轨道运营总里程达110.2公里;16号线二期全线“电通”,17号线一期等4条五期线路全面启动建设;深惠、深大城际及深惠城际大鹏支线进入车站主体及区间盾构施工阶段。",
			[]rel{{govkg.RelServes, "深圳地铁3号线", "龙岗区", ""}},
			[]rel{{govkg.RelServes, "深圳地铁3号线", "大鹏新区", ""}, {govkg.RelServes, "深圳地铁16号线", "大鹏新区", ""}, {govkg.RelServes, "深圳地铁17号线", "大鹏新区", ""}}},
		{"a line's status is not a clause about its greening", longgang, plan,
			"推进轨道16号线共建管廊等交通线性工程绿化恢复提升。",
			nil,
			[]rel{{govkg.RelStatus, "", "深圳地铁16号线", "under_construction"}, {govkg.RelStatus, "", "深圳地铁16号线", "planned"}}},
		{"a coordinated list shares its verb, a compound verb gives each status", "罗湖区2025年政府工作报告", review,
			"深圳自然博物馆、坪山文化馆新馆建成投用。",
			[]rel{{govkg.RelStatus, "", "深圳自然博物馆", "completed"}, {govkg.RelStatus, "", "深圳自然博物馆", "operating"},
				{govkg.RelStatus, "", "坪山文化馆新馆", "completed"}, {govkg.RelStatus, "", "坪山文化馆新馆", "operating"}},
			nil},
		{"the verb before a list governs it", longgang, review,
			"开工建设新秀立交、龙过水立交、宝岗立交。",
			[]rel{{govkg.RelStatus, "", "新秀立交", "started"}, {govkg.RelStatus, "", "宝岗立交", "started"}},
			nil},
		{"each pair keeps the kind of assistance its clause gives", "龙华区2023年国民经济和社会发展计划", plan,
			"巩固拓展脱贫攻坚成果,加强对口帮扶紫金工作,深化与罗城、东兰、凤山东西部协作,建立健全“共建产业园区”等合作共赢长效机制。",
			[]rel{{govkg.RelAssists, "龙华区", "紫金县", "对口帮扶"}, {govkg.RelAssists, "龙华区", "罗城仫佬族自治县", "东西部协作"}},
			[]rel{{govkg.RelAssists, "龙华区", "紫金县", "东西部协作"}}},
		{"a province only says where the assisted county is", longgang, review,
			"对口帮扶成效显著,包括广西壮族自治区靖西市、那坡县。",
			[]rel{{govkg.RelAssists, "龙岗区", "靖西市", "对口帮扶"}},
			[]rel{{govkg.RelAssists, "龙岗区", "广西壮族自治区", ""}}},
		{"a sentence that opens with a program makes the projects it lists part of it", "罗湖区2025年政府工作报告", review,
			"开展交通枢纽建设行动,开工建设环仓南路和东门路升级改造、清三路拓宽改造工程。",
			[]rel{{govkg.RelPartOf, "清三路拓宽改造工程", "交通枢纽建设行动", ""}},
			nil},
		{"a district that opens a name places it", longgang, review,
			"宝安新桥东片区项目加快建设。",
			[]rel{{govkg.RelLocatedIn, "宝安新桥东片区项目", "宝安区", ""}},
			[]rel{{govkg.RelLocatedIn, "宝安新桥东片区项目", "龙岗区", ""}}},
		{"a company that opens a project's name is involved in it", "坪山区2025年政府工作报告", review,
			"比亚迪汽车风洞中心建成投用。",
			[]rel{{govkg.RelInvolves, "比亚迪", "比亚迪汽车风洞中心", ""}, {govkg.RelLocatedIn, "比亚迪汽车风洞中心", "坪山区", ""}},
			nil},
		{"京东方 names no district", longgang, review,
			"京东方第8.6代柔性显示生产线项目开工建设。",
			nil,
			[]rel{{govkg.RelLocatedIn, "京东方第8.6代柔性显示生产线项目", "东方市", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ext := extractReport(t, tt.title, tt.heading, tt.text)
			for _, w := range tt.want {
				if !hasRel(ext, w) {
					t.Errorf("missing %s %s→%s %s", w.typ, w.from, w.to, w.prop)
				}
			}
			for _, w := range tt.notWant {
				if hasRel(ext, w) {
					t.Errorf("unwanted %s %s→%s %s", w.typ, w.from, w.to, w.prop)
				}
			}
			if tt.name == "京东方 names no district" {
				if _, ok := entityNames(ext, govkg.TypeDistrict)["东方市"]; ok {
					t.Errorf("东方市 found in 京东方")
				}
			}
		})
	}
}

// TestPlaceRelativeIDs: a name that means "this district's X" is a different entity in
// every district's report; a proper name is one entity everywhere.
func TestPlaceRelativeIDs(t *testing.T) {
	ids := func(title string) map[string]string {
		ext := extractReport(t, title, "一、2024年工作回顾", "区人民医院新院区开工建设,儿童公园建成开放,坪山体育公园建成开放,深圳自然博物馆开工建设。")
		out := map[string]string{}
		for _, e := range ext.Entities {
			out[e.Name] = e.ID
		}
		return out
	}
	a, b := ids("龙岗区2025年政府工作报告"), ids("罗湖区2025年政府工作报告")
	for _, name := range []string{"儿童公园"} {
		if a[name] == "" || a[name] == b[name] {
			t.Errorf("%s: ids %q and %q, want two district-scoped ids", name, a[name], b[name])
		}
		if !strings.Contains(a[name], "440307/") {
			t.Errorf("%s: id %q is not scoped to 龙岗区 (440307)", name, a[name])
		}
	}
	for _, name := range []string{"坪山体育公园", "深圳自然博物馆"} {
		if a[name] == "" || a[name] != b[name] {
			t.Errorf("%s: ids %q and %q, want one id", name, a[name], b[name])
		}
	}
}

// TestPlaceRelativeInstitutions: a city's own hospital (市中医院) and the kinds of schools
// and clinics a report counts (乡镇卫生院, 普通高中) are each city's own, as are its
// numbered works (第三水厂), the kinds of facilities and zones every city has one of
// (国际会展中心, 经济技术开发区), its own firms (市商业银行) and its chain stores
// (万达广场); a name with a proper part (中新知识城: 中 and 新 name two countries) and a
// national institution's (国家大剧院, a project) are one entity. The sentences are
// written after train reports' (南昌, 哈尔滨, 广州).
func TestPlaceRelativeInstitutions(t *testing.T) {
	x := extract.New()
	ids := func(title string) map[string]string {
		ext := extractReportWith(t, x, title, "一、2024年工作回顾",
			"市中医院新院区建成投用,新建乡镇卫生院12所、普通高中3所。",
			"市中医院完成改造。",
			"第三水厂建成通水,中新知识城加快建设,国家大剧院演出季开幕。",
			"加快建设国际会展中心、奥体中心。推动经济技术开发区高质量发展。",
			"支持市商业银行增资扩股,组建市文旅集团。",
			"万达广场、世茂广场建成开业。")
		out := map[string]string{}
		for _, e := range ext.Entities {
			out[e.Name] = e.ID
		}
		return out
	}
	a, b := ids("南昌市2024年政府工作报告"), ids("哈尔滨市2024年政府工作报告")
	for _, name := range []string{"市中医院", "市中医院新院区", "乡镇卫生院", "普通高中", "第三水厂", "国际会展中心", "经济技术开发区", "市商业银行", "万达广场"} {
		if a[name] == "" || a[name] == b[name] {
			t.Errorf("%s: ids %q and %q, want two city-scoped ids", name, a[name], b[name])
		}
	}
	for _, name := range []string{"中新知识城", "国家大剧院"} {
		if a[name] == "" || a[name] != b[name] {
			t.Errorf("%s: ids %q and %q, want one id", name, a[name], b[name])
		}
	}
}

// TestIndicatorsByClause: each part of a metric's clause is its own fact with its own
// year and basis.
func TestIndicatorsByClause(t *testing.T) {
	type fact struct {
		metric, kind string
		year         int
		growth       string
		value        string
	}
	tests := []struct {
		name    string
		title   string
		heading string
		text    string
		want    []fact
	}{
		{"two years in one sentence", "龙岗区2021年国民经济和社会发展计划", "一、2020年主要经济指标完成情况",
			"进出口总额2020年下降14%,2021年预期增长8%。",
			[]fact{{"进出口总额", "actual", 2020, "-14", ""}, {"进出口总额", "target", 2021, "8", ""}}},
		{"an estimate in the review part is an actual", "龙岗区2021年国民经济和社会发展计划", "一、2020年主要经济指标预计完成情况",
			"进出口总额同比下降14%左右。",
			[]fact{{"进出口总额", "actual", 2020, "-14", ""}}},
		{"value and growth in two parts are one fact", "成都市2025年政府工作报告", "一、2024年工作回顾",
			"全市地区生产总值达到23511.3亿元,增长5.7%。",
			[]fact{{"地区生产总值", "actual", 2024, "5.7", "23511.3"}}},
		{"urban income is not the headline metric", "成都市2025年政府工作报告", "一、2024年工作回顾",
			"城镇居民人均可支配收入增长4.5%。",
			nil},
		// the cases below are sentences of train and dev reports
		{"分别 after one figure per part", "长沙市2011年政府工作报告", "一、2010年工作回顾",
			"实现地区生产总值4500亿元(初步预计数,下同),全社会固定资产投资突破3200亿元,地方财政收入达506.3亿元,分别增长15.5%、32%、27.2%。",
			[]fact{{"地区生产总值", "actual", 2010, "15.5", "4500"}, {"固定资产投资", "actual", 2010, "32", "3200"}}},
		{"分别 after a list of metrics", "重庆市2021年政府工作报告", "一、2020年工作回顾",
			"固定资产投资、社会消费品零售总额、进出口总值分别增长3.9%、1.3%、12.5%。",
			[]fact{{"固定资产投资", "actual", 2020, "3.9", ""}, {"社会消费品零售总额", "actual", 2020, "1.3", ""}, {"进出口总额", "actual", 2020, "12.5", ""}}},
		{"from A to B: B now, A five years before", "兰州市2022年政府工作报告", "一、过去五年工作回顾",
			"一般公共预算收入从215.5亿元增加到258亿元。",
			[]fact{{"一般公共预算收入", "actual", 2021, "", "258"}, {"一般公共预算收入", "actual", 2016, "", "215.5"}}},
		{"from a named year", "重庆市2013年政府工作报告", "一、过去五年工作回顾",
			"进出口总额由2007年的74亿美元增加到532亿美元。",
			[]fact{{"进出口总额", "actual", 2012, "", "532"}, {"进出口总额", "actual", 2007, "", "74"}}},
		{"another subject's share ends the metric's clause", "北京市2018年政府工作报告", "一、过去一年工作回顾",
			"一般公共预算收入增长6.5%,第三产业比重达到80.6%。",
			[]fact{{"一般公共预算收入", "actual", 2017, "6.5", ""}}},
		{"a share is no growth", "重庆市2021年政府工作报告", "一、2020年工作回顾",
			"数字经济增加值占地区生产总值比重达到25%左右。",
			nil},
		{"a range of growth", "上海市2019年政府工作报告", "二、2019年主要目标",
			"全市生产总值增长6%-6.5%,地方一般公共预算收入增长5%。",
			[]fact{{"地区生产总值", "target", 2019, "6-6.5", ""}, {"一般公共预算收入", "target", 2019, "5", ""}}},
		{"a list of goals makes targets", "太原市2019年政府工作报告", "一、2018年工作回顾",
			"主要预期指标是:地区生产总值增长8%左右,规模以上工业增加值增长10%。",
			[]fact{{"地区生产总值", "target", 2019, "8", ""}, {"规上工业增加值", "target", 2019, "10", ""}}},
		{"urban and rural incomes split by 分别", "太原市2019年政府工作报告", "一、2018年工作回顾",
			"城乡常住居民人均可支配收入分别增长7%和8.1%。",
			nil},
		{"a multi-year rate is left out, the level after it kept", "北京市2018年政府工作报告", "一、过去五年工作回顾",
			"一般公共预算收入年均增长10.4%、达到5430.8亿元。",
			[]fact{{"一般公共预算收入", "actual", 2017, "", "5430.8"}}},
		{"a qualifying value is no level", "贵阳市2015年政府工作报告", "二、2015年工作安排",
			"固定资产投资(500万元口径)增长20%。",
			[]fact{{"固定资产投资", "target", 2015, "20", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ext := extractReport(t, tt.title, tt.heading, tt.text)
			var got []fact
			for _, e := range ext.Entities {
				if e.Type != govkg.TypeIndicator {
					continue
				}
				p := e.Props
				f := fact{metric: p["metric"].(string), kind: p["kind"].(string), year: p["year"].(int)}
				f.growth, _ = p["growth_pct"].(string)
				f.value, _ = p["value"].(string)
				got = append(got, f)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("facts %+v, want %+v", got, tt.want)
			}
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					if g == w {
						found = true
					}
				}
				if !found {
					t.Errorf("missing %+v among %+v", w, got)
				}
			}
		})
	}
}

// ent names an entity by its type and name, for tables.
type ent struct {
	typ  govkg.EntityType
	name string
}

// TestNamesOfOtherCities: rules chosen on the train and dev reports of cities the seeds
// never showed. Cases are sentences of those reports.
func TestNamesOfOtherCities(t *testing.T) {
	tests := []struct {
		name, title, heading string
		paragraphs           []string
		want, notWant        []ent
		wantRels             []rel
	}{
		{"a county's short form opening a scenic spot's name is no mention of the county",
			"太原市2019年政府工作报告", "二、2019年工作安排",
			// one paragraph: its first sentence speaks of paired assistance
			[]string{"决战决胜脱贫攻坚,深入开展对口帮扶,阳曲县脱贫成果不断巩固。要加快“大景区”建设,加快推进太原古县城、千年府衙、青龙古镇、华夏文明主题公园等项目建设。"},
			[]ent{{govkg.TypeProject, "青龙古镇"}}, []ent{{govkg.TypeDistrict, "青龙满族自治县"}}, nil},
		{"a river named after a district is no mention of it",
			"杭州市2017年政府工作报告", "二、2017年工作安排",
			[]string{"制定出台城西科创大走廊、钱塘江金融港湾建设规划和支持政策。"},
			nil, []ent{{govkg.TypeDistrict, "钱塘区"}}, nil},
		{"江南 after a county is its river's south bank, in the county, not a river",
			"重庆市2005年政府工作报告", "二、2005年工作安排",
			[]string{"开工建设涪陵黄旗集装箱及滚装码头工程，加快万州江南集装箱码头、合川草街航电枢纽和富金坝航电枢纽工程建设。"},
			[]ent{{govkg.TypeProject, "万州江南集装箱码头"}}, nil,
			[]rel{{govkg.RelLocatedIn, "万州江南集装箱码头", "万州区", ""}}},
		{"a lexicon name that is also a common word is a company in a list of companies",
			"海口市2020年政府工作报告", "二、2020年工作安排",
			[]string{"加快新希望、牧原等现代化养猪场建设和罗牛山养猪场技改,力争全年出栏生猪60万头。"},
			[]ent{{govkg.TypeCompany, "新希望"}, {govkg.TypeCompany, "牧原"}}, nil, nil},
		{"the company that opens a park's name is the lexicon's name, not name plus business",
			"贵阳市2015年政府工作报告", "一、2014年工作回顾",
			[]string{"建成投运传化智能公路港、京东电商产业园一期。"},
			[]ent{{govkg.TypeCompany, "京东"}, {govkg.TypePark, "京东电商产业园"}}, []ent{{govkg.TypeCompany, "京东电商"}},
			[]rel{{govkg.RelInvolves, "京东", "京东电商产业园", ""}}},
		{"a project named after a park of the report is in the park",
			"贵阳市2015年政府工作报告", "一、2014年工作回顾",
			[]string{"京东电商产业园建成投运。", "京东电商产业园仓储中心建成投运。"},
			[]ent{{govkg.TypeProject, "京东电商产业园仓储中心"}}, nil,
			[]rel{{govkg.RelInPark, "京东电商产业园仓储中心", "京东电商产业园", ""}}},
		{"a name that opens with a county of the report's city is located there",
			"哈尔滨市2025年政府工作报告", "二、2025年工作总体目标和重点任务",
			[]string{"聚焦新材料、新能源产业,推进玻璃钢研究院新材料产业化基地和尚志抽水蓄能电站、国能660兆瓦热电联产等项目建设,推动7个风电项目开工建设,8个项目并网发电,新能源装机规模600万千瓦以上。"},
			[]ent{{govkg.TypeProject, "尚志抽水蓄能电站"}}, nil,
			[]rel{{govkg.RelLocatedIn, "尚志抽水蓄能电站", "尚志市", ""}}},
		{"partner cities named by their short forms in a sentence of paired assistance",
			"东莞市2016年政府工作报告", "二、2016年工作安排",
			[]string{"继续做好对口帮扶韶关、揭阳,以及对口支援新疆兵团第三师、西藏林芝市巴宜区、四川甘孜州、广西河池、重庆巫山等工作。"},
			nil, nil,
			[]rel{{govkg.RelAssists, "东莞市", "韶关市", "对口帮扶"}, {govkg.RelAssists, "东莞市", "揭阳市", "对口帮扶"}, {govkg.RelAssists, "东莞市", "河池市", "对口支援"}}},
		// a list that ends in two kinds gives each place the one its region takes: Xinjiang
		// and Tibet 对口支援, a western province 东西部协作 (福州 2023, 广州 2019, train)
		{"two kinds after a list", "福州市2023年政府工作报告", "二、2023年工作安排",
			[]string{"深化与宁夏固原、陕西渭南、新疆奇台、西藏八宿等东西部协作和对口支援。"},
			nil, nil,
			[]rel{{govkg.RelAssists, "福州市", "奇台县", "对口支援"}, {govkg.RelAssists, "福州市", "固原市", "东西部协作"}}},
		{"two kinds after a list of counties", "广州市2019年政府工作报告", "二、2019年工作安排",
			[]string{"全力助推毕节、黔南脱贫攻坚,做好疏附、波密、甘孜、巫山和梅州、清远对口帮扶、对口支援,坚决打赢脱贫攻坚战。"},
			nil, nil,
			[]rel{{govkg.RelAssists, "广州市", "疏附县", "对口支援"}, {govkg.RelAssists, "广州市", "梅州市", "对口帮扶"}}},
		// the head of the name written last in a list goes to the bare items before it
		// (ANNOTATION.md (h)), with all that the items share, not the suffix word alone
		// (itemHead; train cities' reports)
		{"a list of counties shares a plant and its work", "泉州市2022年政府工作报告", "一、2021年工作回顾",
			[]string{"认真执行市人大关于加快垃圾分类处理利用的决议,建成石狮、晋江、南安、安溪垃圾焚烧厂技改项目及南安餐厨垃圾资源化处理厂。"},
			[]ent{{govkg.TypeProject, "晋江垃圾焚烧厂技改项目"}, {govkg.TypeProject, "安溪垃圾焚烧厂技改项目"}}, []ent{{govkg.TypeProject, "晋江技改项目"}}, nil},
		{"bare names before a tagged one share its head", "哈尔滨市2025年政府工作报告", "一、2024年工作回顾",
			[]string{"完成12处城市易涝点改造和298处水毁水利工程修复,磨盘山、龙凤山水库防洪提升工程全面实施,城市实现平稳安全度汛。"},
			[]ent{{govkg.TypeProject, "磨盘山水库防洪提升工程"}, {govkg.TypeProject, "龙凤山水库防洪提升工程"}}, nil, nil},
		{"a list of sites shares a work and its word", "西宁市2024年政府工作报告", "二、2024年工作安排",
			[]string{"实施张家湾、多巴垃圾场封场项目,推动县(区)生活垃圾焚烧处理转型,促进全域原生生活垃圾“零填埋”。"},
			[]ent{{govkg.TypeProject, "张家湾垃圾场封场项目"}, {govkg.TypeProject, "多巴垃圾场封场项目"}}, []ent{{govkg.TypeProject, "张家湾项目"}}, nil},
		// no name starts inside a place's name: the 和 of 和林格尔 read as a coordinator
		// (withWholePlaces; 呼和浩特 2017, train)
		{"a name does not start inside a county's", "呼和浩特市2017年政府工作报告", "二、2017年工作任务",
			[]string{"全面开工建设和林格尔新机场,加快推进老牛湾通用机场项目。"},
			[]ent{{govkg.TypeProject, "和林格尔新机场"}}, []ent{{govkg.TypeProject, "林格尔新机场"}},
			[]rel{{govkg.RelLocatedIn, "和林格尔新机场", "和林格尔县", ""}}},
		{"a project named after a park the report names nowhere else is in that park",
			"大连市2013年政府工作报告", "一、过去五年工作回顾",
			[]string{"国家级危险化学品应急救援大连基地落成,大孤山化工园区管控一体化项目建设取得重要进展。"},
			[]ent{{govkg.TypePark, "大孤山化工园区"}}, nil,
			[]rel{{govkg.RelInPark, "大孤山化工园区管控一体化项目", "大孤山化工园区", ""}}},
		{"the kind of assistance as the report writes it",
			"福州市2019年政府工作报告", "二、2019年工作安排",
			[]string{"继续抓好援宁援藏援疆工作,深化与定西市的扶贫协作。"},
			nil, nil,
			[]rel{{govkg.RelAssists, "福州市", "定西市", "扶贫协作"}}},
		{"a run of kind words is one kind, as the report words it",
			"广州市2013年政府工作报告", "一、2012年工作回顾",
			[]string{"对口支援新疆疏附工作受到自治区表彰,对口支援帮扶西藏波密、重庆巫山和广西百色工作成效显著。"},
			nil, nil,
			[]rel{{govkg.RelAssists, "广州市", "波密县", "对口支援帮扶"}, {govkg.RelAssists, "广州市", "巫山县", "对口支援帮扶"}}},
		{"对口联系 is a kind of paired assistance",
			"东莞市2018年政府工作报告", "二、2018年工作安排",
			[]string{"加强与四川雅江县、九龙县和重庆巫山县的对口联系。"},
			nil, nil,
			[]rel{{govkg.RelAssists, "东莞市", "雅江县", "对口联系"}, {govkg.RelAssists, "东莞市", "巫山县", "对口联系"}}},
		{"an eastern partner assists a western city of east-west cooperation, in the western city's report",
			"南宁市2020年政府工作报告", "二、2020年工作安排",
			[]string{"深化与茂名市的扶贫协作。"},
			nil, nil,
			[]rel{{govkg.RelAssists, "茂名市", "南宁市", "扶贫协作"}}},
		{"a partner named right after the report's own city, the pair's assistance word after it",
			"东莞市2018年政府工作报告", "二、2018年工作安排",
			[]string{"做好东莞昭通扶贫协作工作。"},
			nil, nil,
			[]rel{{govkg.RelAssists, "东莞市", "昭通市", "扶贫协作"}}},
		{"a partner city after its province, after the assistance word",
			"东莞市2017年政府工作报告", "二、2017年工作安排",
			[]string{"启动对口帮扶云南昭通工作。"},
			nil, nil,
			[]rel{{govkg.RelAssists, "东莞市", "昭通市", "对口帮扶"}}},
		{"a kind the relation reads closes a list that 与 opens",
			"无锡市2022年政府工作报告", "一、2021年和本届政府工作回顾",
			[]string{"协作一体加速落实,与徐州南北共建园区高质量推进,实施援疆项目234个,对口帮扶延安市、海东市工作组获评全国脱贫攻坚先进集体。"},
			nil, nil,
			[]rel{{govkg.RelAssists, "无锡市", "徐州市", "南北共建"}}},
		{"a partner city right before the assistance word",
			"广州市2019年政府工作报告", "一、2018年工作回顾",
			[]string{"推动援疆援藏和梅州、清远、毕节、黔南、甘孜、巫山对口帮扶,加强齐齐哈尔对口合作,落实财政扶贫资金39.4亿元。"},
			nil, nil,
			[]rel{{govkg.RelAssists, "广州市", "齐齐哈尔市", "对口合作"}}},
		{"a report of a region the nation aids names those who assist it",
			"拉萨市2021年政府工作报告", "一、“十三五”工作回顾",
			[]string{"北京市、江苏省不断加强和改进援藏工作,选派758名优秀干部人才进藏工作,安排援藏资金37.9亿元,实施援藏项目299个,并重点投向民生领域,创新推动教育、医疗人才“组团式”援藏,为推动我市全面建成小康社会作出了巨大贡献。"},
			nil, nil,
			[]rel{{govkg.RelAssists, "北京市", "拉萨市", "援藏"}}},
		{"the cities of a list an assistance word ends, each with the kind its list ends in",
			"广州市2023年政府工作报告", "二、2023年工作安排",
			[]string{"深化与毕节、安顺、黔南东西部协作和与齐齐哈尔、清远、湛江对口合作,推进与龙岩、梅州革命老区重点城市对口合作。"},
			nil, nil,
			[]rel{{govkg.RelAssists, "广州市", "齐齐哈尔市", "对口合作"}, {govkg.RelAssists, "广州市", "湛江市", "对口合作"},
				{govkg.RelAssists, "广州市", "毕节市", "东西部协作"}, {govkg.RelAssists, "广州市", "清远市", "对口合作"}}},
		{"a kind the relation reads is enough in a paragraph of assistance",
			"无锡市2025年政府工作报告", "二、2025年工作安排",
			// one paragraph: its other sentence has an assistance keyword
			[]string{"深度融入省域一体化，落实“1+3”重点功能区战略，加快苏锡常都市圈建设、锡常泰跨江融合发展，高水平推动与连云港结对合作。扎实推进东西部协作和对口支援合作，打造青海零碳产业园、新疆阿力麻里山岳文旅项目等标志性合作事项。"},
			nil, nil,
			[]rel{{govkg.RelAssists, "无锡市", "连云港市", "结对合作"}}},
		{"a municipality is a partner city",
			"长春市2020年政府工作报告", "一、2019年工作回顾",
			[]string{"深化与天津、杭州对口合作。"},
			nil, nil,
			[]rel{{govkg.RelAssists, "长春市", "天津市", "对口合作"}, {govkg.RelAssists, "长春市", "杭州市", "对口合作"}}},
		{"a kind before the list governs it as its object",
			"成都市2025年政府工作报告", "一、2024年工作回顾",
			[]string{"对口支援阿坝州、甘孜州和欠发达县域托底性帮扶工作深入推进。"},
			nil, nil,
			[]rel{{govkg.RelAssists, "成都市", "阿坝藏族羌族自治州", "对口支援"}, {govkg.RelAssists, "成都市", "甘孜藏族自治州", "对口支援"}}},
		{"援藏 pairs a place with Tibet, not with the report's own counties",
			"福州市2019年政府工作报告", "一、2018年工作回顾",
			[]string{"持续巩固脱贫成果,永泰实现省级扶贫县摘帽退出,闽清达到市级扶贫县摘帽退出要求,援宁援藏援疆、与定西市扶贫协作等工作深入开展。"},
			nil, nil,
			[]rel{{govkg.RelAssists, "福州市", "定西市", "扶贫协作"}}},
		{"the ends of a route are places, far from the report's city too",
			"重庆市2013年政府工作报告", "二、2013年工作安排",
			[]string{"建成城口至万源快速通道,持续改造国省道。"},
			[]ent{{govkg.TypeDistrict, "城口县"}, {govkg.TypeDistrict, "万源市"}}, nil, nil},
		{"a short form listed next to a county of the list is a county of the province",
			"南昌市2012年政府工作报告", "二、2012年工作安排",
			[]string{"包括新建、安义、进贤、余干、南昌县城和丰城、樟树、高安市区等。"},
			[]ent{{govkg.TypeDistrict, "余干县"}}, nil, nil},
		{"a town's name at a route's end is no county",
			"成都市2025年政府工作报告", "一、2024年工作回顾",
			[]string{"成乐高速扩容文山至青龙场段等高速公路项目建成通车。"},
			nil, []ent{{govkg.TypeDistrict, "青龙满族自治县"}}, nil},
		{"what a park that opens the clause builds is in the park",
			"哈尔滨市2013年政府工作报告", "二、2013年工作安排",
			[]string{"经开区重点启动建设中国移动哈尔滨数据中心等大项目100个,新签约入驻项目100个;高新区重点推进光宇等15个科技产业项目建设,确保奥瑞德蓝宝石等50个项目竣工投产;利民开发区重点抓好哈药集团药物研发中心等30个项目建设,新引进企业30家。"},
			nil, nil,
			[]rel{{govkg.RelInPark, "哈药集团药物研发中心", "利民开发区", ""}}},
		{"a county's short form inside a province's or a city's name is no county",
			"东莞市2026年政府工作报告", "一、2025年工作回顾",
			[]string{"韶关、揭阳100个对口帮扶村平均收入增长64%,贵州铜仁东西部协作、江西吉安及黑龙江牡丹江对口合作扎实推进,387个援疆援藏项目顺利完工。"},
			nil, []ent{{govkg.TypeDistrict, "龙江县"}}, nil},
		{"a county's short form inside a city's name is no county, in an assistance sentence too",
			"无锡市2022年政府工作报告", "一、2021年和本届政府工作回顾",
			[]string{"深入推进东西部协作和援疆工作,扎实开展与连云港的南北结对帮扶合作。"},
			nil, []ent{{govkg.TypeDistrict, "连云区"}}, nil},
		{"a county's name after a count is the count's unit and a word",
			"南昌市2012年政府工作报告", "二、2012年工作安排",
			[]string{"29、“十大城市建设项目”:指进入《2012年南昌市重大重点项目投资计划》的轨道交通、南三环快速路(昌南大道)工程、城区-县(区)路网畅通工程、环鄱阳湖南昌赣江区域水利建设(乐化片区综合开发)、南二环快速路工程、沿江中南大道快速路工程、朝阳新城续建、水环境综合整治提升、瑶湖组团路网工程、九龙湖组团路网建设等10项城市建设项目。"},
			nil, []ent{{govkg.TypeDistrict, "项城市"}}, nil},
		{"districts by the abbreviations the city's reports use",
			"呼和浩特市2022年政府工作报告", "二、今后五年主要任务",
			[]string{"坚持“城乡一体、以城带乡”,城四区重点发展科技、金融、消费、总部经济等业态;土左旗、托县、和林县、经济技术开发区、和林格尔新区重点摆布产业项目。"},
			[]ent{{govkg.TypeDistrict, "土默特左旗"}, {govkg.TypeDistrict, "托克托县"}, {govkg.TypeDistrict, "和林格尔县"}}, nil, nil},
		{"a county's old name names today's county, far from the report's city too",
			"宁波市2019年政府工作报告", "一、2018年工作回顾",
			[]string{"扎实推进援疆、援藏、援青等对口支援工作,库车县阳明小学建成投用。"},
			[]ent{{govkg.TypeDistrict, "库车市"}}, nil, nil},
		{"an abolished district of the city by its short form in a name",
			"南昌市2012年政府工作报告", "一、2011年工作回顾",
			[]string{"社会事业方面,南昌国体中心、湾里射击中心等体育场馆及配套路网建设全面完成。"},
			[]ent{{govkg.TypeDistrict, "湾里区"}}, nil, nil},
		{"a partner city whose counties the sentence names elsewhere is assisted all the same",
			"宁波市2021年政府工作报告", "一、2020年和“十三五”工作回顾",
			[]string{"全力助推晴隆、望谟两县及6个挂牌督战村脱贫,如期完成结对帮扶黔西南州、延边州脱贫任务。"},
			nil, nil,
			[]rel{{govkg.RelAssists, "宁波市", "黔西南布依族苗族自治州", "结对帮扶"}}},
		{"a partner city before its counties' own pairs",
			"杭州市2009年政府工作报告", "一、2008年工作回顾",
			[]string{"根据省委、省政府的部署,杭州市与衢州市对口协作,余杭区与衢州柯城区、富阳市与衢州龙游县、萧山区与淳安县对口协作。"},
			nil, nil,
			[]rel{{govkg.RelAssists, "杭州市", "衢州市", "对口协作"}}},
		{"a river named after a county is not located in it",
			"上海市2014年政府工作报告", "二、2014年工作安排",
			[]string{"推进黄浦江上游水源地建设,实施黄浦江上游水源改造工程。"},
			nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ext := extractReport(t, tt.title, tt.heading, tt.paragraphs...)
			checkExtraction(t, ext, tt.want, tt.notWant, tt.wantRels)
		})
	}
}

// checkExtraction reports the entities of want and the relations of rels that ext lacks,
// and the entities of notWant that it has.
func checkExtraction(t *testing.T, ext *govkg.Extraction, want, notWant []ent, rels []rel) {
	t.Helper()
	for _, w := range want {
		if _, ok := entityNames(ext, w.typ)[w.name]; !ok {
			t.Errorf("missing %s %s", w.typ, w.name)
		}
	}
	for _, w := range notWant {
		if _, ok := entityNames(ext, w.typ)[w.name]; ok {
			t.Errorf("unwanted %s %s", w.typ, w.name)
		}
	}
	for _, w := range rels {
		if !hasRel(ext, w) {
			t.Errorf("missing %s %s→%s", w.typ, w.from, w.to)
		}
	}
}

// A name that opens with an abolished district of the report's city is located there;
// the tagger names the project.
func TestHistoricalDistrictLocates(t *testing.T) {
	tests := []struct {
		name, title, sentence, project, district string
	}{
		{"an abolished district's short form", "南昌市2012年政府工作报告",
			"社会事业方面,南昌国体中心、湾里射击中心等体育场馆及配套路网建设全面完成。", "湾里射击中心", "湾里区"},
		{"a county's name before it became a district", "重庆市2010年政府工作报告",
			"建成开县鲤鱼塘水库,竣工大中型水利工程8座。", "开县鲤鱼塘水库", "开州区"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), tt.title, "一、工作回顾", tt.sentence)
			checkExtraction(t, ext, []ent{{govkg.TypeProject, tt.project}, {govkg.TypeDistrict, tt.district}}, nil,
				[]rel{{govkg.RelLocatedIn, tt.project, tt.district, ""}})
		})
	}
}

// A county of the report's city in brackets inside a name places the thing there (the
// sentences are 唐山 2019's and 福州 2016's: train).
func TestBracketedCountyLocates(t *testing.T) {
	tests := []struct {
		title, sentence string
		thing           ent
		district        string
	}{
		{"唐山市2019年政府工作报告", "填满装实海港中东欧产业园、中国（乐亭）拉美产业园等中外合作园区。",
			ent{govkg.TypePark, "中国乐亭拉美产业园"}, "乐亭县"},
		{"福州市2016年政府工作报告", "加快建设中国福州（仓山）互联网+产业园。",
			ent{govkg.TypePark, "中国福州仓山互联网+产业园"}, "仓山区"},
	}
	for _, tt := range tests {
		t.Run(tt.thing.name, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), tt.title, "一、工作回顾", tt.sentence)
			checkExtraction(t, ext, []ent{tt.thing, {govkg.TypeDistrict, tt.district}}, nil,
				[]rel{{govkg.RelLocatedIn, tt.thing.name, tt.district, ""}})
		})
	}
}

// The pairs an assistance sentence must not give: the assisted region's report assisting
// those who assist it, a province as the assisting side (the guide's ASSISTS goes from a
// district or a city), 援藏 given to the report's own counties, and a city's 协作
// (coordination) with its own counties.
func TestAssistsDirection(t *testing.T) {
	tests := []struct {
		title, heading, sentence string
		not                      rel
	}{
		{"拉萨市2021年政府工作报告", "一、“十三五”工作回顾",
			"北京市、江苏省不断加强和改进援藏工作,选派758名优秀干部人才进藏工作,为推动我市全面建成小康社会作出了巨大贡献。",
			rel{govkg.RelAssists, "拉萨市", "北京市", ""}},
		{"拉萨市2021年政府工作报告", "一、“十三五”工作回顾",
			"北京市、江苏省不断加强和改进援藏工作,选派758名优秀干部人才进藏工作,为推动我市全面建成小康社会作出了巨大贡献。",
			rel{govkg.RelAssists, "江苏省", "拉萨市", ""}},
		{"福州市2019年政府工作报告", "一、2018年工作回顾",
			"持续巩固脱贫成果,永泰实现省级扶贫县摘帽退出,闽清达到市级扶贫县摘帽退出要求,援宁援藏援疆、与定西市扶贫协作等工作深入开展。",
			rel{govkg.RelAssists, "福州市", "永泰县", ""}},
		{"烟台市2012年政府工作报告", "二、2012年工作安排",
			"搞好“蓬(蓬莱)—长(长岛)—龙(龙口)”旅游度假区规划建设,形成独具特色、海陆统筹、资源共享、优势互补的经济一体化协作区。",
			rel{govkg.RelAssists, "烟台市", "龙口市", ""}},
	}
	for _, tt := range tests {
		ext := extractReport(t, tt.title, tt.heading, tt.sentence)
		if hasRel(ext, tt.not) {
			t.Errorf("%s: unwanted %s %s→%s", tt.title, tt.not.typ, tt.not.from, tt.not.to)
		}
	}
}

// A company the report names in one sentence opens a project's name in another: the
// project's sentence says the company is part of it (ANNOTATION.md INVOLVES). The
// sentences are 石家庄 2015's (train).
func TestCompanyNamingProject(t *testing.T) {
	ext := extractReportWith(t, extract.New(), "石家庄市2015年政府工作报告", "一、2014年工作回顾",
		"制定出台医药产业振兴规划,支持华药、石药、四药、以岭、神威等龙头企业加快发展,确保科仁创新药物产业化等5个项目如期开工。",
		"积极发展健康养老服务业,支持富力健康养生城、南洋生态城、中节能健康城、神威医养综合体等龙头项目建设。")
	checkExtraction(t, ext, []ent{{govkg.TypeCompany, "神威"}, {govkg.TypeProject, "神威医养综合体"}}, nil,
		[]rel{{govkg.RelInvolves, "神威", "神威医养综合体", ""}})
}

// TestCompanyGroups: a company whose name is another company of the report plus a
// business line is part of that group, the longest such company when several are.
func TestCompanyGroups(t *testing.T) {
	ext := extractReport(t, "坪山区2025年政府工作报告", "一、2024年工作回顾",
		"比亚迪、比亚迪储能、比亚迪储能电池等企业加快发展。")
	for _, w := range []rel{
		{govkg.RelPartOfGroup, "比亚迪储能", "比亚迪", ""},
		{govkg.RelPartOfGroup, "比亚迪储能电池", "比亚迪储能", ""},
	} {
		if !hasRel(ext, w) {
			t.Errorf("missing %s %s→%s (companies: %v)", w.typ, w.from, w.to, entityNames(ext, govkg.TypeCompany))
		}
	}
	if hasRel(ext, rel{govkg.RelPartOfGroup, "比亚迪储能电池", "比亚迪", ""}) {
		t.Error("比亚迪储能电池 is part of 比亚迪储能, the longer company it begins with, not of 比亚迪")
	}
}

// TestPartnerCitiesDeterministic: a sentence of several assistance keywords gives the
// same places and pairs every time (which keyword opens a list once came from a map's
// iteration order, and this sentence came out differently from run to run). It is a
// sentence of 佛山's 2026 report: 佛山 is a test-split city, but that report is no gold
// set and the case asserts only that the output is stable, never what it should be, so
// it chooses nothing; no train or dev sentence showed the bug.
func TestPartnerCitiesDeterministic(t *testing.T) {
	text := "东西部协作黔东南、对口支援墨脱和伽师、对口合作双鸭山和郴州、对口帮扶茂名和云浮、省内驻镇帮镇扶村等工作成效明显。"
	var first string
	for k := range 30 {
		ext := extractReport(t, "佛山市2026年政府工作报告", "一、2025年工作回顾", text)
		var got []string
		for _, r := range ext.Relations {
			if r.Type == govkg.RelAssists {
				got = append(got, r.From+"→"+r.To+" "+fmt.Sprint(r.Props["kind"]))
			}
		}
		s := strings.Join(got, "; ")
		if k == 0 {
			first = s
			if first == "" {
				t.Fatal("no ASSISTS")
			}
		} else if s != first {
			t.Fatalf("run %d: %s, first run: %s", k, s, first)
		}
	}
}

// The relation rules that read the tagger's names, on sentences of train and dev reports
// (the city and year in each title): each case lists the relations it must give and those
// it must not.
func TestRelationsAfterTheTagger(t *testing.T) {
	const review, plan = "一、过去一年工作回顾", "二、今年工作安排"
	tests := []struct {
		name, title, heading string
		paragraphs           []string
		wantEnts             []ent
		want, notWant        []rel
	}{
		// each item of a facility list keeps the list's place in the sentence, so the
		// district written there (石狮) opens only its own item (泉州 2022, train)
		{"list items are located by their own names", "泉州市2022年政府工作报告", plan,
			[]string{"出台生活垃圾分类管理办法,有序推进城镇生活垃圾分类,建成投用石狮、晋江、惠安、安溪、德化等5个餐厨垃圾处理设施。"}, nil,
			[]rel{{govkg.RelLocatedIn, "石狮餐厨垃圾处理设施", "石狮市", ""}, {govkg.RelLocatedIn, "安溪餐厨垃圾处理设施", "安溪县", ""},
				{govkg.RelLocatedIn, "德化餐厨垃圾处理设施", "德化县", ""}},
			[]rel{{govkg.RelLocatedIn, "安溪餐厨垃圾处理设施", "石狮市", ""}}},
		// a county's short form that is also a word (石狮, a stone lion) opens a list item's
		// name in the county when the report names the county as a place (泉州 2017, train)
		{"a common-word county the report names", "泉州市2017年政府工作报告", plan,
			[]string{"实施不动产统一登记，全面推进农村土地承包经营权确权登记颁证，晋江、石狮成为国家农村住房财产权抵押贷款试点，永春成为国家农村承包土地经营权抵押贷款试点，国有林场改革深入实施。",
				"加快淘汰落后产能，完成燃煤锅炉节能环保提升任务，关停年产9万吨以下的小煤矿，推进德化陶瓷、泉港石化、石狮染整等循环经济园区建设。"}, nil,
			[]rel{{govkg.RelLocatedIn, "石狮染整循环经济园区", "石狮市", ""}}, nil},
		// a specific verb before the name heads the phrase that a bare 建设 closing the
		// clause ends (乌鲁木齐 2019, train)
		{"a verb before the name, 建设 closing the clause", "乌鲁木齐市2019年政府工作报告", plan,
			[]string{"启动河马泉新区基础设施建设。"}, nil,
			[]rel{{govkg.RelStatus, "", "河马泉新区", "started"}}, []rel{{govkg.RelStatus, "", "河马泉新区", "under_construction"}}},
		// a county named after a lake (青山湖区): the lake's name opening a work's names the
		// lake, not the county (南昌 2009, train)
		{"a lake a county is named after", "南昌市2009年政府工作报告", review,
			[]string{"洪都大桥、英雄大桥及连接线工程即将建成，青山湖隧道工程已通车。"}, nil,
			nil, []rel{{govkg.RelLocatedIn, "青山湖隧道工程", "青山湖区", ""}}},
		// a district written right before a company's name places the works the name
		// opens, not the company (南宁 2026, 宁波 2010, train)
		{"a district before a company places its works", "南宁市2026年政府工作报告", review,
			[]string{"县域工业发展取得新突破，上林县农夫山泉无菌饮料项目建成投产，隆安县和泰新材料等项目加快建设。"}, nil,
			[]rel{{govkg.RelLocatedIn, "上林县农夫山泉无菌饮料项目", "上林县", ""}}, []rel{{govkg.RelLocatedIn, "农夫山泉", "上林县", ""}}},
		{"a district before a mall's company", "宁波市2010年政府工作报告", plan,
			[]string{"加快商贸集聚区建设，完善新建商贸网点配套功能，推进江北万达广场、海曙新星商业中心等大型商业设施开发建设。"}, nil,
			[]rel{{govkg.RelLocatedIn, "江北万达广场", "江北区", ""}}, []rel{{govkg.RelLocatedIn, "万达", "江北区", ""}}},
		// a list whose later items nothing named still ends in the 等 that closes it: the
		// verb after it gives its status to the named items at its head (大连 2013, dev)
		{"a long list shares the verb after its 等", "大连市2013年政府工作报告", review,
			[]string{"奇瑞汽车、中远造船、STX、英特尔芯片、恒力石化、一汽大众发动机、德国大众变速箱、远东工具等一批重大项目相继投产。"}, nil,
			[]rel{{govkg.RelStatus, "", "英特尔芯片", "operating"}, {govkg.RelStatus, "", "德国大众变速箱", "operating"}}, nil},
		// the work on a name, written after 的, heads the phrase the verb before governs:
		// 完成X的首期建设 is X completed (广州 2001, train)
		{"the work after 的 heads the phrase", "广州市2001年政府工作报告", plan,
			[]string{"全力推进猎德污水处理厂二期、西朗污水处理厂一期、沥滘污水处理厂和李坑垃圾焚烧发电厂等工程，完成兴丰垃圾填埋场的首期建设。"}, nil,
			[]rel{{govkg.RelStatus, "", "兴丰垃圾填埋场", "completed"}}, []rel{{govkg.RelStatus, "", "兴丰垃圾填埋场", "under_construction"}}},
		// an operating tail after a status verb: completed and operating (无锡 2013, 哈尔滨
		// 2015, train)
		{"a tail says it runs", "无锡市2013年政府工作报告", review,
			[]string{"走马塘拓浚延伸工程建成通水。"}, nil,
			[]rel{{govkg.RelStatus, "", "走马塘拓浚延伸工程", "completed"}, {govkg.RelStatus, "", "走马塘拓浚延伸工程", "operating"}}, nil},
		{"a tail after a list", "哈尔滨市2015年政府工作报告", review,
			[]string{"重点推动旅游文化时尚产业融合发展,万达文旅城、波塞冬海洋王国等大项目按计划推进,哈尔滨音乐厅、哈师大现代文化艺术产业园、犹太老会堂音乐厅建成使用,哈尔滨游客服务中心对外开放。"}, nil,
			[]rel{{govkg.RelStatus, "", "犹太老会堂音乐厅", "operating"}, {govkg.RelStatus, "", "哈尔滨音乐厅", "operating"}}, nil},
		// a park's name, a few words and 项目 or 工程 name a project in the park, as the
		// guide writes X产业园Y项目 (石家庄 2025, a train report); a name that goes on past
		// 工程 is no project of the park (南宁 2018). (南昌 2016's 以经开区新能源汽车项目…为依托
		// was the case here until the tagger of 2026-12-05 read the project whole and, in
		// that sentence alone, no park: the report's other sentences name 经开区 and link it.)
		{"a park's name opens a project's", "石家庄市2025年政府工作报告", plan,
			[]string{"优化完善充电桩布局,开工建设总投资1.5亿美元的经开区布林克新能源充电桩及储能项目,巩固公共领域车辆全面电动化试点成果。"}, nil,
			[]rel{{govkg.RelInPark, "经开区布林克新能源充电桩及储能项目", "经开区", ""}}, nil},
		{"a name that goes on past 工程", "南宁市2018年政府工作报告", plan,
			[]string{"加快高新区生物工程技术中心等公共技术服务平台建设，提升工程技术研发能力。"}, nil,
			nil, []rel{{govkg.RelInPark, "高新区生物工程", "高新区", ""}}},
		// verbs the relation pass reads beyond the tagger's status verbs (呼和浩特 2025,
		// 福州 2025, train)
		{"a verb of running", "呼和浩特市2025年政府工作报告", review,
			[]string{"盛乐国际机场基本完工,老牛湾通用机场正式通航;S43机场高速具备通车条件。"}, nil,
			[]rel{{govkg.RelStatus, "", "老牛湾通用机场", "operating"}}, nil},
		{"a verb of starting", "福州市2025年政府工作报告", plan,
			[]string{"动建恒申全球研发中心、双福高速等项目920个以上,提速中石油LNG、万华TDI二期等项目560个以上。"}, nil,
			[]rel{{govkg.RelStatus, "", "恒申全球研发中心", "started"}}, nil},
		// a generic 建设 after the name, then the verb that says what happened (广州 2021,
		// train)
		{"a specific verb after 建设", "广州市2021年政府工作报告", review,
			[]string{"广交会展馆四期建设顺利开工,建成后将成为全球最大的会展综合体。"}, nil,
			[]rel{{govkg.RelStatus, "", "广交会展馆", "started"}},
			[]rel{{govkg.RelStatus, "", "广交会展馆", "under_construction"}}},
		// what a planning verb leads is planned, not under construction (南宁 2014, train)
		{"planned building", "南宁市2014年政府工作报告", plan,
			[]string{"高标准规划建设南宁吴圩空港经济区。"}, nil,
			[]rel{{govkg.RelStatus, "", "南宁吴圩空港经济区", "planned"}},
			[]rel{{govkg.RelStatus, "", "南宁吴圩空港经济区", "under_construction"}}},
		// a generic verb in a run with a specific one adds nothing (宁波 2021, train)
		{"a specific verb's run", "宁波市2021年政府工作报告", review,
			[]string{"六横公路大桥一期工程完成招投标,甬舟铁路、宁海通用航空机场动工建设,浙江LNG接收站二期项目建成投产。"}, nil,
			[]rel{{govkg.RelStatus, "", "宁海通用航空机场", "started"}},
			[]rel{{govkg.RelStatus, "", "宁海通用航空机场", "under_construction"}}},
		{"a building verb the tagger does not read", "西宁市2017年政府工作报告", plan,
			[]string{"强力推进水污染治理,新建东川工业园工业废水处理厂,做好多巴生活污水处理厂前期。"}, nil,
			[]rel{{govkg.RelStatus, "", "东川工业园工业废水处理厂", "under_construction"}}, nil},
		{"works in progress", "宁波市2019年政府工作报告", review,
			[]string{"瑞凌降温薄膜、容百锂电新材料等项目进展顺利。"}, nil,
			[]rel{{govkg.RelStatus, "", "瑞凌降温薄膜", "under_construction"}}, nil},
		// a list that 与 opens and an assistance word closes, a qualifier between (福州
		// 2025, 广州 2023, train)
		{"partners after 与", "福州市2025年政府工作报告", plan,
			[]string{"与南平、宁德开展新时代山海协作。"}, nil,
			[]rel{{govkg.RelAssists, "福州市", "南平市", "山海协作"}, {govkg.RelAssists, "福州市", "宁德市", "山海协作"}}, nil},
		{"partners after 与 and a qualifier", "广州市2023年政府工作报告", plan,
			[]string{"深化与毕节、安顺、黔南东西部协作和与齐齐哈尔、清远、湛江对口合作,推进与龙岩、梅州革命老区重点城市对口合作,加强省内驻镇帮镇扶村工作。"}, nil,
			[]rel{{govkg.RelAssists, "广州市", "龙岩市", "对口合作"}, {govkg.RelAssists, "广州市", "梅州市", "对口合作"}}, nil},
		// a kind is read whole as the report writes it: 对口支援帮扶, not its 对口支援; a
		// list's item keeps its place in the list with its province before it (广西百色)
		// (广州 2013, train)
		{"a longer kind", "广州市2013年政府工作报告", review,
			[]string{"对口支援帮扶西藏波密、重庆巫山和广西百色工作成效显著。"}, nil,
			[]rel{{govkg.RelAssists, "广州市", "波密县", "对口支援帮扶"}, {govkg.RelAssists, "广州市", "百色市", "对口支援帮扶"}},
			[]rel{{govkg.RelAssists, "广州市", "波密县", "对口支援"}}},
		// two places written together are one item of the list the keyword before them
		// governs (东莞 2023, train)
		{"places written together", "东莞市2023年政府工作报告", review,
			[]string{"对口合作牡丹江吉安、对口帮扶韶关揭阳、东莞铜仁东西部协作等工作取得扎实成效。"}, nil,
			[]rel{{govkg.RelAssists, "东莞市", "揭阳市", "对口帮扶"}, {govkg.RelAssists, "东莞市", "吉安市", "对口合作"}},
			[]rel{{govkg.RelAssists, "东莞市", "揭阳市", "东西部协作"}, {govkg.RelAssists, "东莞市", "吉安市", "对口帮扶"}}},
		// a list's items end at a joiner: 援藏 before 和 governs no item of the list that
		// 对口帮扶 closes (广州 2019, train)
		{"a joiner ends a list's item", "广州市2019年政府工作报告", plan,
			[]string{"推动援疆援藏和梅州、清远、毕节、黔南、甘孜、巫山对口帮扶。"}, nil,
			[]rel{{govkg.RelAssists, "广州市", "清远市", "对口帮扶"}, {govkg.RelAssists, "广州市", "毕节市", "对口帮扶"}}, nil},
		// a city joined to the report's own by a dash is its partner, and in an aided
		// province's report the partner assists it (南宁 2018, train)
		{"a pair joined by a dash", "南宁市2018年政府工作报告", plan,
			[]string{"扎实推进茂名-南宁扶贫协作,健全茂名—南宁“携手奔小康”对口结对帮扶工作机制。"}, nil,
			[]rel{{govkg.RelAssists, "茂名市", "南宁市", "扶贫协作"}}, nil},
		// 帮助 before a partner city does as an assistance word does (上海 2014, train)
		{"a partner after 帮助", "上海市2014年政府工作报告", plan,
			[]string{"推进对口支援,帮助喀什、遵义等地建设教育卫生等民生工程。"}, nil,
			[]rel{{govkg.RelAssists, "上海市", "喀什地区", "对口支援"}}, nil},
		// the assistance word after the partner may stand in quotation marks (杭州 2019, dev)
		{"partners after 与 and a quoted kind", "杭州市2019年政府工作报告", plan,
			[]string{"深化杭州与衢州的“山海协作”,推进产业合作园建设。"}, nil,
			[]rel{{govkg.RelAssists, "杭州市", "衢州市", "山海协作"}}, nil},
		// a district in brackets after a zone, or the zone in brackets after the district
		// (乌鲁木齐 2018, 南昌 2022, train)
		{"a district in brackets", "乌鲁木齐市2018年政府工作报告", review,
			[]string{"顺利通过国家创新型试点城市建设验收,经济技术开发区(头屯河区)获批全疆首家国家知识产权示范园区,高新技术产业开发区(新市区)获批国务院第二批大众创业万众创新示范基地。"}, nil,
			[]rel{{govkg.RelLocatedIn, "经济技术开发区", "头屯河区", ""}, {govkg.RelLocatedIn, "高新技术产业开发区", "新市区", ""}}, nil},
		{"a zone in brackets", "南昌市2022年政府工作报告", plan,
			[]string{"支持南昌县(小蓝经开区)依托小蓝VR产业基地,重点发展VR产业。"}, nil,
			[]rel{{govkg.RelLocatedIn, "小蓝经开区", "南昌县", ""}}, nil},
		// 续建 in 陆续建成 is read across a common word; 建成 is the verb (大连 2013, dev)
		{"a status verb is not read across a word", "大连市2013年政府工作报告", review,
			[]string{"长兴岛疏港高速公路等陆续建成,集疏运体系逐步完善。"}, nil,
			[]rel{{govkg.RelStatus, "", "长兴岛疏港高速公路", "completed"}},
			[]rel{{govkg.RelStatus, "", "长兴岛疏港高速公路", "under_construction"}}},
		// a section named by a county of the report's city lies in it (广州 2015, train;
		// 苏州 2024, dev); a route's end does not place it (拉萨 2021, train)
		{"a county's section", "广州市2015年政府工作报告", review,
			[]string{"推进交通枢纽建设,加快白云机场扩建、南沙港三期、国铁、城轨、地铁、高快速路和市政路桥等一批重大项目建设,机场第三跑道竣工,贵广、南广高铁和广乐高速、肇花高速花都段、新化快速南段建成通车,海珠有轨电车试验段开通。"}, nil,
			[]rel{{govkg.RelLocatedIn, "肇花高速花都段", "花都区", ""}}, nil},
		// a road's number opens the name; the county after it places the road's part
		// (唐山 2019, 泉州 2023, 福州 2023, train)
		{"a county after a road's number", "唐山市2019年政府工作报告", review,
			[]string{"水曹铁路、102国道丰润城区改线建成通车，华润二期、大唐北郊热电、遵化热电联产项目投产运营。"}, nil,
			[]rel{{govkg.RelLocatedIn, "102国道丰润城区改线", "丰润区", ""}}, nil},
		{"a county after a realigned road's number", "泉州市2023年政府工作报告", review,
			[]string{"着力推进聚城畅通，53个重点项目完成投资94亿元，兴泉铁路全线通车，国道324改线惠安黄塘段、洛江西环路双阳段顺利完工，国道324改线南安水头段、政永高速德化段、通港东街快捷化改造等项目启动建设。"}, nil,
			[]rel{{govkg.RelLocatedIn, "国道324改线惠安黄塘段", "惠安县", ""}, {govkg.RelLocatedIn, "国道324改线南安水头段", "南安市", ""}}, nil},
		{"a county after a G road's number", "福州市2023年政府工作报告", review,
			[]string{"完善新区基础配套，加快机场第二高速、康复医院滨海院区二期等项目建设，建成G316长乐线、师大滨海附小等项目。"}, nil,
			[]rel{{govkg.RelLocatedIn, "G316长乐线", "长乐区", ""}}, nil},
		// a program that opens a clause as its subject, with how it went, has the projects
		// the sentence then lists, up to a ； (哈尔滨 2011, train; 大连 2026, dev)
		{"a program as the subject", "哈尔滨市2011年政府工作报告", review,
			[]string{"“中兴”战略成果显著，新建改造长江路、铁路街、友谊西路等道路202条，建设文昌高架桥、征仪路跨线桥等各类桥涵57座，维修道路500条（段），城市道路完好率达90%。"}, nil,
			[]rel{{govkg.RelPartOf, "文昌高架桥", "中兴战略", ""}, {govkg.RelPartOf, "长江路", "中兴战略", ""}}, nil},
		{"a program as the subject, up to a semicolon", "哈尔滨市2011年政府工作报告", review,
			[]string{"“北跃”战略推进迅速，松浦大桥提前半年竣工通车；科技创新城创新园和产业园启动基础设施建设，39个研发和产业项目开工建设；“北国水城”骨干工程量完成14.9%，我市被国家确定为水生态系统保护与修复试点城市。"}, nil,
			[]rel{{govkg.RelPartOf, "松浦大桥", "北跃战略", ""}}, []rel{{govkg.RelPartOf, "北国水城", "北跃战略", ""}}},
		{"a program as the subject of one item of a review", "大连市2026年政府工作报告", review,
			[]string{"国土空间总体规划获国务院批复，“多规合一”全面实施；大连北站综合交通枢纽建成投运，地铁5号线串线成网，旅顺中部通道全线通车，大连湾海底隧道贯通南北，渤海大道畅联区域协同发展；"}, nil,
			nil, []rel{{govkg.RelPartOf, "大连北站综合交通枢纽", "多规合一", ""}}},
		// 并 and an adverb join a run's verbs (南宁 2025, train)
		{"a run through 并正式", "南宁市2025年政府工作报告", review,
			[]string{"环北部湾广西水资源配置工程宾阳大庄支线建成并正式通水，惠及宾阳县城及周边乡镇43万人。"}, nil,
			[]rel{{govkg.RelStatus, "", "环北部湾广西水资源配置工程宾阳大庄支线", "completed"}, {govkg.RelStatus, "", "环北部湾广西水资源配置工程宾阳大庄支线", "operating"}}, nil},
		// a verb that opens a noun (规划馆) is no verb: the list's own verb says what
		// happened (泉州 2017, 南宁 2016, train)
		{"a hall named by a verb", "泉州市2017年政府工作报告", review,
			[]string{"501个环湾规划建设项目完成投资514亿元，泉州科技与规划馆、东海工人文化宫、大剧院、图书馆、东海大厦及泉州植物园等加快推进。"}, nil,
			[]rel{{govkg.RelStatus, "", "东海工人文化宫", "under_construction"}, {govkg.RelStatus, "", "泉州植物园", "under_construction"}},
			[]rel{{govkg.RelStatus, "", "东海工人文化宫", "planned"}, {govkg.RelStatus, "", "泉州植物园", "planned"}}},
		{"a hall named by a verb, in a list", "南宁市2016年政府工作报告", review,
			[]string{"新区基础设施基本完善，“三纵三横”主干路网基本建成，广西体育中心、规划馆、美术馆、五象湖生态工程和博物馆等一批公共设施建成使用。"}, nil,
			[]rel{{govkg.RelStatus, "", "广西体育中心", "operating"}}, []rel{{govkg.RelStatus, "", "广西体育中心", "planned"}}},
		// a name that only opens a list's first item (西湖公园大梦松声景区) gets no status, and
		// the list goes on through the item to the names after it (福州 2010, train)
		{"a list through an item a name opens", "福州市2010年政府工作报告", review,
			[]string{"建成开放西湖公园大梦松声景区、环西湖左海步行道、乌山北坡公园、鼓楼前公园，改造提升茶亭公园、屏山公园、左海公园、温泉公园，新增城市公共绿地面积60万平方米。"}, nil,
			[]rel{{govkg.RelStatus, "", "乌山北坡公园", "completed"}, {govkg.RelStatus, "", "鼓楼前公园", "operating"}},
			[]rel{{govkg.RelStatus, "", "西湖公园", "completed"}}},
		// a renovation word after a list's items (X扩建, Y提升) keeps the verb before the
		// list on them (呼和浩特 2022, train)
		{"renovations after the items", "呼和浩特市2022年政府工作报告", plan,
			[]string{"开工建设远景武川零碳生态公园、马鬃山滑雪场二期、马头琴文化产业园二期、圣水梁景区改造、大黑河郊野公园扩建、南湖湿地公园提升等工程；推进淖尔梁高山草原景区建设。"}, nil,
			[]rel{{govkg.RelStatus, "", "远景武川零碳生态公园", "started"}, {govkg.RelStatus, "", "马头琴文化产业园", "started"}, {govkg.RelStatus, "", "南湖湿地公园", "started"}}, nil},
		// a list of firms that lands in a park involves each of them (长春 2021, train)
		{"firms that land in a park", "长春市2021年政府工作报告", review,
			[]string{"积极打造环吉大双创生态圈，长光圆辰、长光辰芯等企业批量入驻光电信息产业园。"}, nil,
			[]rel{{govkg.RelInvolves, "长光圆辰", "光电信息产业园", ""}, {govkg.RelInvolves, "长光辰芯", "光电信息产业园", ""}}, nil},
		// a park that opens the clause as the subject of 新引进 has what it brings in
		// (哈尔滨 2014, train)
		{"a park brings in what is new", "哈尔滨市2014年政府工作报告", review,
			[]string{"五常牛家工业园新引进大连环嘉集团再生资源等47个项目，工业总产值实现112亿元。"}, nil,
			[]rel{{govkg.RelInPark, "大连环嘉集团再生资源", "五常牛家工业园", ""}}, nil},
		// a park that opens the sentence is the subject of the clauses after it that open
		// with a verb (哈尔滨 2015, 2016, train)
		{"a park as the sentence's topic", "哈尔滨市2015年政府工作报告", plan,
			[]string{"宾西开发区重点以现代包装和农副产品加工为主导，开工建设至少10个产业项目，确保天地丰肥业等5个项目竣工投产。"}, nil,
			[]rel{{govkg.RelInPark, "天地丰肥业", "宾西开发区", ""}}, nil},
		{"a park as the topic of an item after a semicolon", "哈尔滨市2026年政府工作报告", plan,
			[]string{"培育壮大综合保税区保税物流、保税加工、保税维修等业态，推进铁路专用线入区及配套等项目建设；临空经济区做好进境水果指定监管场地申建，加快国际航空货运物流中心、北极水产品集散交易中心等项目建设。"}, nil,
			[]rel{{govkg.RelInPark, "北极水产品集散交易中心", "临空经济区", ""}}, nil},
		{"a park's topic ends where a clause has a subject", "南宁市2016年政府工作报告", review,
			[]string{"新区基础设施基本完善，“三纵三横”主干路网基本建成，广西体育中心、规划馆、美术馆、五象湖生态工程和博物馆等一批公共设施建成使用。"}, nil,
			nil, []rel{{govkg.RelInPark, "广西体育中心", "新区", ""}}},
		// a clause with no name of its own that opens with 计划, 确保 … goes on about the
		// names before it (烟台 2018, train); a run that governs a noun after it says
		// nothing of them (罗湖 2025, seed)
		{"a status carried to the next clause", "烟台市2018年政府工作报告", plan,
			[]string{"实施“两铁两港两路一水”重大基础设施工程，开工建设环渤海潍烟高铁，计划2021年建成通车。"}, nil,
			[]rel{{govkg.RelStatus, "", "环渤海潍烟高铁", "started"}, {govkg.RelStatus, "", "环渤海潍烟高铁", "completed"}, {govkg.RelStatus, "", "环渤海潍烟高铁", "operating"}}, nil},
		{"no status carried to a verb's own object", "深圳市罗湖区2025年政府工作报告", plan,
			[]string{"稳步推进活口仓搬迁，预计明年完成搬迁。"}, nil,
			nil, []rel{{govkg.RelStatus, "", "活口仓", "completed"}}},
		// 新建 in the review part says what was built (福州 2021, train); before 续建 it
		// says what is being built (哈尔滨 2013, train)
		{"新建 in the review", "福州市2021年政府工作报告", review,
			[]string{"新建市图书馆新馆、海峡文化艺术中心等一批标志性公共文化场馆。"}, nil,
			[]rel{{govkg.RelStatus, "", "海峡文化艺术中心", "completed"}}, []rel{{govkg.RelStatus, "", "海峡文化艺术中心", "under_construction"}}},
		{"新建 in the plan", "福州市2021年政府工作报告", plan,
			[]string{"新建市图书馆新馆、海峡文化艺术中心等一批标志性公共文化场馆。"}, nil,
			[]rel{{govkg.RelStatus, "", "海峡文化艺术中心", "under_construction"}}, []rel{{govkg.RelStatus, "", "海峡文化艺术中心", "completed"}}},
		// a list goes on past a comma, each part closed by 等 and what it lists (广州 2021,
		// train)
		{"a list of two parts", "广州市2021年政府工作报告", plan,
			[]string{"实施“强区”工程，推进建设广州开发区、增城经济技术开发区、南沙经济技术开发区等三大国家级工业园区，以及花都经济开发区、白云工业园区、从化经济开发区、番禺经济技术开发区等四大省级工业园区，聚力发展先进制造业。"}, nil,
			[]rel{{govkg.RelStatus, "", "从化经济开发区", "under_construction"}, {govkg.RelStatus, "", "花都经济开发区", "under_construction"}}, nil},
		// parks that grow faster (加快发展) are not being built (南昌 2008, train)
		{"加快发展 builds nothing", "南昌市2008年政府工作报告", plan,
			[]string{"做强县域经济实力，推动小蓝开发区、昌东工业园、昌南工业园和新建、进贤、安义工业园（区）加快发展，推动蒋巷、黄马等现代农业科技示范园形成特色。"}, nil,
			nil, []rel{{govkg.RelStatus, "", "昌东工业园", "under_construction"}, {govkg.RelStatus, "", "小蓝开发区", "under_construction"}}},
		// 营运 is operating (南宁 2024, train)
		{"营运", "南宁市2024年政府工作报告", plan,
			[]string{"增强污水垃圾处理能力，加快推进伶俐、六景、马巢河、沙井等水质净化厂开工建设，实现六景生活垃圾焚烧发电厂营运，加快推动宾阳县生活垃圾焚烧发电厂等固废项目建设。"}, nil,
			[]rel{{govkg.RelStatus, "", "六景生活垃圾焚烧发电厂", "operating"}}, nil},
		// passing an acceptance, whoever accepts, completes a work (呼和浩特 2020, train)
		{"an acceptance passed", "呼和浩特市2020年政府工作报告", review,
			[]string{"呼和浩特综合保税区通过海关总署实地验收。"}, nil,
			[]rel{{govkg.RelStatus, "", "呼和浩特综合保税区", "completed"}}, nil},
		// a county whose name ends in 海 is no sea: its section lies in it (宁波 2025, train)
		{"a county named 宁海", "宁波市2025年政府工作报告", review,
			[]string{"推进市域交通畅联，鄞州大道快速路、中横线快速路一期、G228宁海段、S203奉化段建成通车。"}, nil,
			[]rel{{govkg.RelLocatedIn, "G228宁海段", "宁海县", ""}, {govkg.RelLocatedIn, "S203奉化段", "奉化区", ""}}, nil},
		// a county whose name ends like a river's is the county where no river's word
		// follows it (泉州 2012, train; riverAt)
		{"a county named like a river", "泉州市2012年政府工作报告", plan,
			[]string{"抓好安溪湖头光电产业园等项目。"}, nil,
			[]rel{{govkg.RelLocatedIn, "安溪湖头光电产业园", "安溪县", ""}}, nil},
		// and the river's works are no county's, though the district senses read the
		// county inside the name (泉州 2022, 成都 2019: train)
		{"the river a county is named after", "泉州市2022年政府工作报告", plan,
			[]string{"统筹水资源、水环境、水生态治理，强化水岸一体、上下游联动，持续推进河湖长制，全面推行林长制，加强水土流失综合治理，开工晋江下游河道清淤项目、金鸡拦河闸上游水源地环境提升工程。"}, nil,
			nil, []rel{{govkg.RelLocatedIn, "晋江下游河道清淤项目", "晋江市", ""}}},
		{"a river's greenway", "成都市2019年政府工作报告", review,
			[]string{"熊猫绿道建成开放，锦江绿道、锦城绿道加快建设，建成天府绿道2607公里。"}, nil,
			nil, []rel{{govkg.RelLocatedIn, "锦江绿道", "锦江区", ""}}},
		// a city's report does not assist its own counties, whatever word is near (烟台
		// 2012, 泉州 2007: train)
		{"a city's own county is not assisted", "烟台市2012年政府工作报告", review,
			[]string{"帮扶栖霞、支持长岛和对口支援工作取得新成果。"}, nil,
			nil, []rel{{govkg.RelAssists, "烟台市", "栖霞市", "帮扶"}}},
		{"a city's own counties favoured are not assisted", "泉州市2007年政府工作报告", plan,
			[]string{"加大山海协作和扶贫开发力度，实施“百村扶贫开发计划”，从项目、资金、政策上向安溪、永春、德化及“老、少、边、岛”地区倾斜，帮扶20个市级重点村。"}, nil,
			nil, []rel{{govkg.RelAssists, "泉州市", "安溪县", "帮扶"}, {govkg.RelAssists, "泉州市", "德化县", "帮扶"}}},
		// 开放 before a noun is opening-up, not a site's opening (重庆 2021: train)
		{"opening-up platforms", "重庆市2021年政府工作报告", review,
			[]string{"平台引领带动作用增强，中新互联互通项目、自贸试验区、两江新区等国家级开放平台集聚了全市外贸进出口的80%、外商直接投资的60%。"}, nil,
			nil, []rel{{govkg.RelStatus, "", "两江新区", "operating"}, {govkg.RelStatus, "", "自贸试验区", "operating"}}},
		// the one park a clause lays as ground holds what the next clause builds (福州 2017:
		// train)
		{"one ground", "福州市2017年政府工作报告", plan,
			[]string{"落实加快大数据产业发展3条措施，依托中国东南大数据产业园，推进国家健康医疗大数据中心、海上丝绸之路海洋大数据中心、国家信息中心360安全大数据中心、浪潮集团（东南）运营总部等项目落地，做好国家级互联网骨干直联点建设，大力发展大数据产业。"}, nil,
			[]rel{{govkg.RelInPark, "国家健康医疗大数据中心", "中国东南大数据产业园", ""}}, nil},
		// a district joined to a name by a dot places it (广州 2019: train)
		{"a district before a dot", "广州市2019年政府工作报告", plan,
			[]string{"推进白鹅潭现代服务业集聚区、广州南站商务区、增城·珠江国际智能科技产业园片区等十三个创新节点建设。"}, nil,
			[]rel{{govkg.RelLocatedIn, "珠江国际智能科技产业园", "增城区", ""}}, nil},
		// a frame of two grounds does not say which holds the project (石家庄 2026: train)
		{"two grounds", "石家庄市2026年政府工作报告", plan,
			[]string{"抢抓和雄安新区联动发展机遇，依托鹿泉电子信息产业园、正定未来电子信息与装备制造产业基地，重点实施锐创卫星载荷、新华北卫星互联网射频芯片等项目，打造空天信息产业新高地。"}, nil,
			nil, []rel{{govkg.RelInPark, "锐创卫星载荷", "鹿泉电子信息产业园", ""}}},
		// a park's own work is no project in it (长春 2015: train)
		{"a park's own relocation", "长春市2015年政府工作报告", plan,
			[]string{"加快铁北老工业区搬迁改造。"}, nil,
			nil, []rel{{govkg.RelInPark, "铁北老工业区搬迁改造", "铁北老工业区", ""}}},
		// the city's own name before a county only says whose county it is (北京 2019,
		// train)
		{"the city's name before a county", "北京市2019年政府工作报告", review,
			[]string{"北京大兴国际机场正式命名，航站楼主体工程基本完工。"}, nil,
			[]rel{{govkg.RelLocatedIn, "北京大兴国际机场", "大兴区", ""}}, nil},
		// a district that opens the clause is its subject: what its verb builds is there
		// (西宁 2017, 南昌 2022, train); one that opens a longer name is not, and a thing
		// after 在 is where the action is (罗湖 2025, seeds)
		{"the clause's district builds", "西宁市2017年政府工作报告", review,
			[]string{"县域经济快速发展，湟中加快鲁沙尔民族文化旅游产业园和多巴新城建设，县域经济总量稳居全省第一。"}, nil,
			[]rel{{govkg.RelLocatedIn, "鲁沙尔民族文化旅游产业园", "湟中区", ""}}, nil},
		{"a district supported to build", "南昌市2022年政府工作报告", plan,
			[]string{"支持新建区依托工控云创港，重点发展物联网产业；支持青山湖区依托江西流量经济产业园，重点发展流量经济产业。"}, nil,
			[]rel{{govkg.RelLocatedIn, "江西流量经济产业园", "青山湖区", ""}}, nil},
		{"a district's hospital group acts elsewhere", "深圳市罗湖区2025年政府工作报告", review,
			[]string{"促成全区首例数据资产入表,罗湖医院集团在深圳数据交易所上市全市首款医疗数据产品。"}, nil,
			nil, []rel{{govkg.RelLocatedIn, "深圳数据交易所", "罗湖区", ""}}},
		// a project named by its company drops any trailing phase, past the fourth too
		// (无锡 2022, train): 海力士七期 is the project 海力士, the company's own
		{"a company's seventh phase", "无锡市2022年政府工作报告", plan,
			[]string{"持续做强集成电路全产业链，加快推进海力士七期、华虹二期、中环领先大硅片二期、先导智能产业园、卓胜微12英寸射频芯片产业化等重点项目建设。"},
			[]ent{{govkg.TypeProject, "海力士"}, {govkg.TypeProject, "华虹"}},
			[]rel{{govkg.RelInvolves, "海力士", "海力士", ""}}, []rel{{govkg.RelInvolves, "海力士", "海力士七期", ""}}},
		// a verb of placing puts what stands before it in the district after it (南昌
		// 2019, train: 红谷滩新区 is today's 红谷滩区)
		{"a company lands in a district", "南昌市2019年政府工作报告", review,
			[]string{"江西银行成为“江西金融第一股”，江西高速财务公司落户红谷滩新区，恒邦保险新增三家省级分公司。"}, nil,
			[]rel{{govkg.RelLocatedIn, "江西高速财务公司", "红谷滩区", ""}}, nil},
		// and a project in the park after it (呼和浩特 2017, train)
		{"a project lands in a park", "呼和浩特市2017年政府工作报告", review,
			[]string{"完成城发恼包快递电商产业园一期、4个旗县快递集散中心和60个末端配送网点建设，“天津无水港”成功落户沙良物流园区，全市公路货运量和货运周转量分别增长9.4%、8.3%。"}, nil,
			[]rel{{govkg.RelInPark, "天津无水港", "沙良物流园区", ""}}, nil},
		// so does the province's (呼和浩特 2023, train)
		{"the province's name before a county", "呼和浩特市2023年政府工作报告", plan,
			[]string{"推进内蒙古和林格尔人力资源服务产业园建设，探索“飞地引才”模式。"}, nil,
			[]rel{{govkg.RelLocatedIn, "内蒙古和林格尔人力资源服务产业园", "和林格尔县", ""}}, nil},
		// a company of the report before a county says whose the thing is, the county
		// where (烟台 2026, train)
		{"a company's name before a county", "烟台市2026年政府工作报告", plan,
			[]string{"加快建设华能福山热电联产项目、中兴蓬莱超超临界燃煤电厂，关停4台30万千瓦以下煤电机组。"}, nil,
			[]rel{{govkg.RelLocatedIn, "华能福山热电联产项目", "福山区", ""},
				// 中兴 is the lexicon's company, though 中兴镇 somewhere makes it a town's short form
				{govkg.RelLocatedIn, "中兴蓬莱超超临界燃煤电厂", "蓬莱区", ""}, {govkg.RelInvolves, "中兴", "中兴蓬莱超超临界燃煤电厂", ""}}, nil},
		// 海上 after a county is offshore, no sea named after it: the county says whose
		// coast (烟台 2026, train)
		{"offshore works of a county", "烟台市2026年政府工作报告", review,
			[]string{"招远核电一期核岛启动建设，海阳核电三期获国家核准，中广核招远海上光伏、华电莱州大基地全容量并网发电。"}, nil,
			[]rel{{govkg.RelLocatedIn, "中广核招远海上光伏", "招远市", ""}, {govkg.RelLocatedIn, "华电莱州大基地", "莱州市", ""}}, nil},
		// a county inside a line's or a company's name, before the part of it that lies
		// there — an interchange, a branch, a station, a power plant — places the thing
		// in the county (烟台 2009 and 2012, 北京 2016, 泉州 2012: train)
		{"a county before a line's part", "烟台市2009年政府工作报告", plan,
			[]string{"开工建设烟台至海阳高速公路、同三高速福山立交、绕城高速莱山立交等工程。"}, nil,
			[]rel{{govkg.RelLocatedIn, "同三高速福山立交", "福山区", ""}, {govkg.RelLocatedIn, "绕城高速莱山立交", "莱山区", ""}}, nil},
		{"a county before a power plant", "烟台市2012年政府工作报告", plan,
			[]string{"海阳核电、华电国际莱州电厂实现并网发电。"}, nil,
			[]rel{{govkg.RelLocatedIn, "华电国际莱州电厂", "莱州市", ""}}, nil},
		{"a county before a branch line", "北京市2016年政府工作报告", plan,
			[]string{"建成通州水厂,加快南水北调通州支线、配套电网、能源中心等设施建设。"}, nil,
			[]rel{{govkg.RelLocatedIn, "南水北调通州支线", "通州区", ""}}, nil},
		{"a county before a station", "泉州市2012年政府工作报告", plan,
			[]string{"加快湄洲湾南岸铁路支线、福厦铁路惠安站等建设。"}, nil,
			[]rel{{govkg.RelLocatedIn, "福厦铁路惠安站", "惠安县", ""}}, nil},
		// a list that goes on past a comma with no verb of its own shares the verb of the
		// clause before (广州 2025, train)
		{"a list past a comma shares the verb", "广州市2025年政府工作报告", review,
			[]string{"建成开通广湛高铁、广佛东环城际、穗莞深城际琶洲支线,地铁10号线、12号线东段及西段、14号线二期等。"}, nil,
			[]rel{{govkg.RelStatus, "", "广州地铁12号线", "operating"}, {govkg.RelStatus, "", "广州地铁14号线", "completed"}}, nil},
		// a partner company right after the one that opens a work's name is in the work
		// too (宁波 2014, 重庆 2021: train)
		{"partners in a work's name, joined by a dash", "宁波市2014年政府工作报告", plan,
			[]string{"开工建设吉利—沃尔沃中国设计中心和试验中心。"}, nil,
			[]rel{{govkg.RelInvolves, "吉利", "吉利—沃尔沃中国设计中心", ""}, {govkg.RelInvolves, "沃尔沃", "吉利—沃尔沃中国设计中心", ""}}, nil},
		{"partners in a work's name, side by side", "重庆市2021年政府工作报告", plan,
			[]string{"推动博世庆铃氢燃料发动机、比亚迪动力电池、领巢9挡自动变速器等项目建设。"}, nil,
			[]rel{{govkg.RelInvolves, "庆铃", "博世庆铃氢燃料发动机", ""}},
			[]rel{{govkg.RelInvolves, "庆铃", "比亚迪动力电池", ""}}},
		// approved to be built or set up is planned, not under construction: 获批建设 is
		// one verb, not 获批 and 建设 (广州 2026, train)
		{"approved to be built", "广州市2026年政府工作报告", review,
			[]string{"推动自贸片区扩围提质、知识城上升为中新政府间合作项目、白云机场国际商务合作区获批建设。"}, nil,
			[]rel{{govkg.RelStatus, "", "白云机场国际商务合作区", "planned"}},
			[]rel{{govkg.RelStatus, "", "白云机场国际商务合作区", "under_construction"}}},
		// reaching capacity is running, as 投产 is; a street opening to the public, as 开业
		// (呼和浩特 2024, 重庆 2021: train)
		{"reaching capacity", "呼和浩特市2024年政府工作报告", review,
			[]string{"久泰乙二醇、旭阳焦化等项目达产达效。"}, nil,
			[]rel{{govkg.RelStatus, "", "旭阳焦化", "operating"}}, nil},
		{"a street opens", "重庆市2021年政府工作报告", plan,
			[]string{"推动开埠遗址公园、红岩文化公园、金刚碑等传统风貌街区开街。"}, nil,
			[]rel{{govkg.RelStatus, "", "红岩文化公园", "operating"}}, nil},
		// ready to start (具备开工条件) and submitted for approval (上报) are planned (呼和浩特
		// 2015, 南昌 2018: train)
		{"ready to start", "呼和浩特市2015年政府工作报告", review,
			[]string{"北车装备制造产业园、亚太锅炉压力容器及煤化工设备生产基地、瑞环太阳能反射玻璃等项目具备开工条件。"}, nil,
			[]rel{{govkg.RelStatus, "", "瑞环太阳能反射玻璃", "planned"}},
			[]rel{{govkg.RelStatus, "", "瑞环太阳能反射玻璃", "started"}}},
		{"submitted for approval, then built", "广州市2025年政府工作报告", plan,
			[]string{"加快增城跑道型通用机场报批建设。"}, nil,
			[]rel{{govkg.RelStatus, "", "增城跑道型通用机场", "planned"}},
			[]rel{{govkg.RelStatus, "", "增城跑道型通用机场", "under_construction"}}},
		{"submitted for approval", "南昌市2018年政府工作报告", review,
			[]string{"昌景黄铁路南昌东站、进贤军山湖站工程可行性研究报告已上报国家发改委。"}, nil,
			[]rel{{govkg.RelStatus, "", "昌景黄铁路南昌东站", "planned"}}, nil},
		// 结顶 is 封顶 (宁波 2025), a foundation stone laid is started (南昌 2008: train)
		{"topped out as 结顶", "宁波市2025年政府工作报告", review,
			[]string{"王阳明纪念馆主体建筑结顶，河姆渡考古遗址公园启动区开工。"}, nil,
			[]rel{{govkg.RelStatus, "", "王阳明纪念馆", "topped_out"}}, nil},
		{"a foundation stone laid", "南昌市2008年政府工作报告", review,
			[]string{"新昌电厂隆重奠基。"}, nil,
			[]rel{{govkg.RelStatus, "", "新昌电厂", "started"}}, nil},
		// opening its doors (开门迎客) and running steadily (平稳运行, 常态化运行) are
		// operating (乌鲁木齐 2020, train)
		{"opening its doors", "乌鲁木齐市2020年政府工作报告", review,
			[]string{"水西沟、达坂城、安宁渠特色小镇开门迎客。"}, nil,
			[]rel{{govkg.RelStatus, "", "安宁渠特色小镇", "operating"}}, nil},
		// ready to open (具备通车条件) is completed, not yet operating (北京 2024, train)
		{"ready to open", "北京市2024年政府工作报告", review,
			[]string{"东六环入地改造项目具备通车条件。"}, nil,
			[]rel{{govkg.RelStatus, "", "东六环入地改造项目", "completed"}},
			[]rel{{govkg.RelStatus, "", "东六环入地改造项目", "operating"}}},
		// a verb that is also a work term (改造, 修缮) governs a name written right after it
		// (福州 2019, train), not the name it is part of (ANNOTATION.md (c))
		{"a renovation verb right before a name", "福州市2019年政府工作报告", review,
			[]string{"承办第二届世遗博览会、第八届中国博博会等各类展会活动90场，改造提升鼓岭国家级旅游度假区，建成永泰欧乐堡海洋世界、闽清瓷天下等旅游项目。"}, nil,
			[]rel{{govkg.RelStatus, "", "鼓岭国家级旅游度假区", "under_construction"}}, nil},
		// a base or a park's part named by a county lies in it (广州 2013, train)
		{"a county's base", "广州市2013年政府工作报告", plan,
			[]string{"广药集团生物医药产业白云基地项目；工信部电子第五研究所总部项目；广州风行牛奶从化基地项目。"}, nil,
			[]rel{{govkg.RelLocatedIn, "广州风行牛奶从化基地项目", "从化区", ""}}, nil},
		{"a county's section of an expressway", "苏州市2024年政府工作报告", review,
			[]string{"沪苏之间6条省际“断头路”实现贯通,尹山湖隧道、胥涛路对接横山路隧道、桐泾路北延等建成通车,吴淞江整治(江苏段)工程全线开工,苏台高速相城段建成全国首条全息感知智慧高速。"}, nil,
			[]rel{{govkg.RelLocatedIn, "苏台高速相城段", "相城区", ""}}, nil},
		// a street named after a district lies elsewhere (石家庄 2016, train)
		{"a street named after a district", "石家庄市2016年政府工作报告", plan,
			[]string{"抓好南二环东延西拓、和平路高架西延、裕华路西延、107国道、307辅线改造工程，确保年底前建成通车。"}, nil,
			nil, []rel{{govkg.RelLocatedIn, "裕华路西延", "裕华区", ""}}},
		// the county a section starts from inside its road's name places it (杭州 2008, dev)
		{"a section's starting county", "杭州市2008年政府工作报告", review,
			[]string{"16省道临安段、杭淳开公路淳安至开化段建成通车。"}, nil,
			[]rel{{govkg.RelLocatedIn, "杭淳开公路淳安至开化段", "淳安县", ""}}, nil},
		{"a route's end places nothing", "拉萨市2021年政府工作报告", review,
			[]string{"G109那曲至拉萨段、G318拉萨至日喀则段、G561拉萨至林周段新改建工程加快推进。"}, nil, nil,
			[]rel{{govkg.RelLocatedIn, "G109那曲至拉萨段", "林周县", ""}, {govkg.RelLocatedIn, "G318拉萨至日喀则段", "林周县", ""},
				{govkg.RelLocatedIn, "G561拉萨至林周段新改建工程", "林周县", ""}}},
		// a place may open a project's name before the company whose project it is:
		// 江阴 says where, 海澜集团 whose (无锡 2017, train)
		{"a company after a place names the project", "无锡市2017年政府工作报告", plan,
			[]string{"2016年我市海澜集团、红豆集团、澄星实业集团、阳光集团、新长江实业集团、三房巷集团、双良集团、远东控股集团、法尔胜鸿昇集团、扬子江船业集团、三木集团、华宏实业集团、新华发集团、江润铜业有限公司、五洲国际集团、大明金属制品公司、华地集团、新潮科技集团18家企业入围中国民营企业五百强。",
				"实施全域旅游和“旅游+”发展战略,加快万达文旅城、阳山田园文旅小镇、江阴海澜国际马术旅游区、宜兴阳羡生态度假区等重大旅游项目建设,加强文化旅游资源整合,扩大旅游产品有效供给,实现旅游总收入增长10%。"},
			[]ent{{govkg.TypeCompany, "海澜集团"}},
			[]rel{{govkg.RelInvolves, "海澜集团", "江阴海澜国际马术旅游区", ""}}, nil},
		// a short form written only at the start of a project's name is the company the
		// report names on its own with its legal form or trade word (南宁 2019, train)
		{"a project's short company is the report's whole-named one", "南宁市2019年政府工作报告", plan,
			[]string{"完成电子信息、新能源汽车、高端铝产业链全景图编制，引进瑞声科技、歌尔股份、李宁体育等重点产业项目98个，工业招商走出新路。",
				"电子信息产业重点发展网络通讯、智能终端、新型显示三条产业链，推进瑞声科技（二期）、歌尔南宁智能终端生产基地等项目竣工投产，加快建设区域性电子信息制造业基地。"},
			[]ent{{govkg.TypeCompany, "歌尔股份"}},
			[]rel{{govkg.RelInvolves, "歌尔股份", "歌尔南宁智能终端生产基地", ""}},
			[]rel{{govkg.RelInvolves, "歌尔", "歌尔南宁智能终端生产基地", ""}}},
		// an adverb may stand between the park that opens a clause and its verb of
		// building (哈尔滨 2016, train)
		{"an adverb before the park's verb", "哈尔滨市2016年政府工作报告", plan,
			[]string{"利民开发区着力推进元亨动物疫苗等48个项目建设。"}, nil,
			[]rel{{govkg.RelInPark, "元亨动物疫苗", "利民开发区", ""}}, nil},
		// a park's short form (托清园区) that opens a project's name places the project in
		// the park the report names in full (托清经济开发区), which it stands for; the short
		// form stays a park of its own (呼和浩特 2024, train)
		{"a park's short form stands for its full name", "呼和浩特市2024年政府工作报告", review,
			[]string{"托清经济开发区绿色供电、中电储能独立共享储能电站开工建设。",
				"建成投用托清园区再生水长输管网工程、科技城污水处理厂。"},
			[]ent{{govkg.TypePark, "托清园区"}},
			[]rel{{govkg.RelInPark, "托清园区再生水长输管网工程", "托清经济开发区", ""}},
			[]rel{{govkg.RelInPark, "托清园区再生水长输管网工程", "托清园区", ""}}},
		// 突出 and 成功 are adverbs there too, and 启动 a verb of building (哈尔滨 2017,
		// 东莞 2003, 南宁 2017, train)
		{"突出 before the park's verb", "哈尔滨市2017年政府工作报告", plan,
			[]string{"利民开发区突出抓好恒泰云商产业城等产业项目，确保圣泰小牛血等项目建成投产。"}, nil,
			[]rel{{govkg.RelInPark, "恒泰云商产业城", "利民开发区", ""}}, nil},
		{"a park that starts projects", "东莞市2003年政府工作报告", plan,
			[]string{"虎门港开发区要启动港口大道、立沙岛油气码头等建设项目。"}, nil,
			[]rel{{govkg.RelInPark, "港口大道", "虎门港开发区", ""}, {govkg.RelInPark, "立沙岛油气码头", "虎门港开发区", ""}}, nil},
		{"成功 before the park's verb", "南宁市2017年政府工作报告", review,
			[]string{"空港经济区成功引进邮政陆运及跨境电商中心等6个产业项目。"}, nil,
			[]rel{{govkg.RelInPark, "邮政陆运及跨境电商中心", "空港经济区", ""}}, nil},
		// a list that arrives (落户, 落地, 入驻) with no place written lands in the park
		// that opens the sentence (哈尔滨 2017, 北京 2020, train)
		{"a list arrives in the sentence's park", "哈尔滨市2017年政府工作报告", review,
			[]string{"综合保税区一期顺利建成，上海东浩兰生保税物流、德国豪狮农机装备制造等24个项目签约入驻。"}, nil,
			[]rel{{govkg.RelInPark, "上海东浩兰生保税物流", "综合保税区", ""}, {govkg.RelInPark, "德国豪狮农机装备制造", "综合保税区", ""}}, nil},
		{"foreign projects land in the opening park", "北京市2020年政府工作报告", review,
			[]string{"北京经济技术开发区完成扩区，改革管理体制、运行机制，明确了推进高质量发展20项重点任务，瓦里安研发中心、阿斯利康北方总部等外资项目落地，开放型、创新型产业集群加快形成。"}, nil,
			[]rel{{govkg.RelInPark, "瓦里安研发中心", "北京经济技术开发区", ""}}, nil},
		// a later clause may open with an adverb before its verb (重点加快) and still go on
		// with the park that opens the sentence (哈尔滨 2016, train)
		{"an adverb before a later clause's verb", "哈尔滨市2016年政府工作报告", plan,
			[]string{"经开区围绕打造高端装备、食品、信息三大产业集群，重点加快50个产业项目建设，确保可口可乐搬迁扩产等20个项目建成投产。"}, nil,
			[]rel{{govkg.RelInPark, "可口可乐搬迁扩产", "经开区", ""}}, nil},
		// a verb of placing after a list's 等 and its count puts every item in the park
		// after it (哈尔滨 2014, train)
		{"a list placed in a park", "哈尔滨市2014年政府工作报告", review,
			[]string{"辽宁华塑等46个产业项目进驻宾西开发区，双胞胎饲料等22个项目建成投产。"}, nil,
			[]rel{{govkg.RelInPark, "辽宁华塑", "宾西开发区", ""}}, nil},
		// 围绕 a park (and its 建设) frames the next clause as 依托 does (西宁 2012, train)
		{"around a park's build-up", "西宁市2012年政府工作报告", plan,
			[]string{"推进重点功能区的开发建设，海湖新区完成固定资产投资62亿元，生态宜居形象初步显现。",
				"围绕海湖新区商业核心圈建设，启动夏都会议中心、北京新华联等项目建设，不断完善会展业基础设施和配套设施功能，建成青海国际会展中心C馆。"}, nil,
			[]rel{{govkg.RelInPark, "夏都会议中心", "海湖新区", ""}}, nil},
		// any kind the relation reads, 援助 among them, before a partner city's short form
		// makes it the partner (东莞 2005, train)
		{"援助 before a partner city", "东莞市2005年政府工作报告", review,
			[]string{"积极开展对口帮扶，援助河池、韶关和新疆、西藏等有关地区财物6765万元，援建学校27所，组织经贸合作项目一批。"}, nil,
			[]rel{{govkg.RelAssists, "东莞市", "河池市", "援助"}}, nil},
		// a place that names a disaster (汶川特大地震, 舟曲泥石流, 芦山强烈地震) is no partner;
		// the partner the sentence pairs is (烟台 2012, 成都 2018, train)
		{"a disaster's place is no partner", "烟台市2012年政府工作报告", review,
			[]string{"全力以赴支援汶川特大地震、青海玉树地震、甘肃舟曲泥石流等自然灾害抢险救灾工作，提前圆满完成对口援建北川任务。"}, nil,
			[]rel{{govkg.RelAssists, "烟台市", "北川羌族自治县", "对口援建"}},
			[]rel{{govkg.RelAssists, "烟台市", "汶川县", ""}, {govkg.RelAssists, "烟台市", "舟曲县", ""}}},
		{"an earthquake's county is no partner", "成都市2018年政府工作报告", review,
			[]string{"圆满完成“4·20”芦山强烈地震灾后恢复重建和对口援建雅安任务。"}, nil,
			[]rel{{govkg.RelAssists, "成都市", "雅安市", "对口援建"}},
			[]rel{{govkg.RelAssists, "成都市", "芦山县", ""}}},
		// a program and 的 before a list open the whole list (列入X的A、B、C): every item is
		// carried out under it, not the first alone (石家庄 2012, train)
		{"a program opens a list with 的", "石家庄市2012年政府工作报告", review,
			[]string{"城市标志性景观打造成效明显，勒泰中心、河北航空城等十大城市综合体建设加快推进，列入全市风貌特色十大工程的园博园、会展中心、体育中心开工建设，以万达广场建成开业为标志，城市风貌特色增添新亮点。"}, nil,
			[]rel{{govkg.RelPartOf, "会展中心", "风貌特色十大工程", ""}, {govkg.RelPartOf, "体育中心", "风貌特色十大工程", ""}}, nil},
		// a project the report seeks to have put into a plan (争取…列入, 推动…列入) is not yet
		// carried out under it; one put into it is (福州 2026, 唐山 2012, train)
		{"inclusion sought is no PART_OF", "福州市2026年政府工作报告", plan,
			[]string{"打造国际深水大港，开工碧里7-10号泊位等项目，提速港口后方铁路等项目，竣工牛坑湾填海等项目，推动罗源湾可门4号泊位列入国家40万吨码头布局规划，拓展海铁、空铁、水水等多式联运，完善港口集疏运体系。"}, nil,
			nil, []rel{{govkg.RelPartOf, "罗源湾可门4号泊位", "国家40万吨码头布局规划", ""}}},
		{"inclusion made is PART_OF", "唐山市2012年政府工作报告", review,
			[]string{"华电曹妃甸重工装备制造基地、汽车零部件等一批产业项目完工或开工建设，首钢京唐钢铁二期和华润曹妃甸2×100万千瓦发电机组项目纳入国家“十二五”规划并全面启动前期工作。"}, nil,
			[]rel{{govkg.RelPartOf, "华润曹妃甸2×100万千瓦发电机组项目", "十二五规划", ""}}, nil},
		// a plan's outline (规划纲要), as a plan, is written about, not carried out by the
		// works the sentence lists after it (宁波 2011, train)
		{"an outline leads no works", "宁波市2011年政府工作报告", plan,
			[]string{"深入实施统筹余慈地区发展规划纲要，完善统筹发展机制，推进杭甬客专余慈中心站建设。"}, nil,
			nil, []rel{{govkg.RelPartOf, "杭甬客专余慈中心站", "统筹余慈地区发展规划纲要", ""}}},
		// 打好 a campaign leads the works the sentence then lists, as 实施 does (西宁 2021,
		// train)
		{"打好 leads a campaign's works", "西宁市2021年政府工作报告", plan,
			[]string{"打好幸福西宁·绿色交通三年行动收官战，建成昆仑路快速化改造等项目，启动通海大道等重大工程。"}, nil,
			[]rel{{govkg.RelPartOf, "昆仑路快速化改造", "幸福西宁·绿色交通三年行动", ""}, {govkg.RelPartOf, "通海大道", "幸福西宁·绿色交通三年行动", ""}}, nil},
		// a first clause that gives the frame (按照X目标) hands the lead to the next clause
		// (重庆 2019, train)
		{"a frame clause before the lead", "重庆市2019年政府工作报告", plan,
			[]string{"按照“五年全开工、十年全建成”目标，实施高铁建设五年行动方案，力争开工渝万高铁、渝西高铁、渝昆高铁重庆枢纽段，推进郑万高铁、渝湘高铁主城至黔江段、重庆东站建设。"}, nil,
			[]rel{{govkg.RelPartOf, "渝万高铁", "高铁建设五年行动方案", ""}, {govkg.RelPartOf, "郑万高铁", "高铁建设五年行动方案", ""}}, nil},
		// a first clause with no name hands the lead to a program of projects (X重大工业项目
		// 80个) in the clause after it (南宁 2020, train)
		{"a program of projects after a bare first clause", "南宁市2020年政府工作报告", review,
			[]string{"加快重大工业项目建设，推进区市层面“双百双新”重大工业项目80个，歌尔、国人射频、瑞声二期、蓝水星等一批项目竣工投产，瑞声光学模组、音卓、浪潮、宝德等项目开工建设。"}, nil,
			[]rel{{govkg.RelPartOf, "瑞声光学模组", "双百双新", ""}}, nil},
		// several programs carried out at once in the first clause lead none of the works
		// after it (gold README; 无锡 2024, 哈尔滨 2026, train)
		{"several programs lead no works", "无锡市2024年政府工作报告", review,
			[]string{"加速推进“五线共建”“六航齐治”,地铁6号线、硕放机场配套设施工程开工建设,锡澄S1线开通在即。"}, nil,
			nil, []rel{{govkg.RelPartOf, "硕放机场配套设施工程", "五线共建", ""}}},
		{"two plans carried out lead no works", "哈尔滨市2026年政府工作报告", review,
			[]string{"落实战略性新兴产业倍增计划和未来产业孵化加速计划,推进重点产业项目733个,完成投资501亿元,东轻特种铝合金锻造、软通动力信创智造、联合飞机大型无人机、华工科技智能激光除草机器人等项目投产。"}, nil,
			nil, []rel{{govkg.RelPartOf, "软通动力信创智造", "战略性新兴产业倍增计划", ""}}},
		// a list of programs sharing a head is several programs (烟台 2013, train), one
		// quoted slogan of two names is one campaign (罗湖, seeds)
		{"a list of programs leads no works", "烟台市2013年政府工作报告", plan,
			[]string{"继续推进“5510工程”、“8515工程”和“退城进园”工程,推动传统产业转型升级,突出抓好100个过亿元的技改项目,加快建设万华工业园、张裕国际葡萄酒城、通用东岳新型车等重点项目。"}, nil,
			nil, []rel{{govkg.RelPartOf, "张裕国际葡萄酒城", "退城进园工程", ""}, {govkg.RelPartOf, "张裕国际葡萄酒城", "5510工程", ""}}},
		{"one quoted slogan leads its works", "深圳市罗湖区2025年政府工作报告", plan,
			[]string{"落实“山海连城、绿美深圳”建设,推进“八园连通”,开工建设红岗公园改造提升工程及周边生态廊桥、围岭公园-东湖公园连廊天桥和环深圳水库绿道一期工程。"}, nil,
			[]rel{{govkg.RelPartOf, "环深圳水库绿道", "山海连城", ""}, {govkg.RelPartOf, "环深圳水库绿道", "绿美深圳", ""}}, nil},
		// a verb of building with 了 after it, in the review, is a completed act (东莞 2005,
		// train)
		{"built with 了", "东莞市2005年政府工作报告", review,
			[]string{"投资7.9亿元,建成市区污水处理厂二期、樟村水质净化厂等污水处理工程9项,新增日处理能力287万吨;扩建了厚街垃圾焚烧发电厂,完成了市区、横沥两座垃圾焚烧发电厂的选址工作。"}, nil,
			[]rel{{govkg.RelStatus, "", "厚街垃圾焚烧发电厂", "completed"}}, []rel{{govkg.RelStatus, "", "厚街垃圾焚烧发电厂", "under_construction"}}},
		// construction under way (施工) is under construction: lines in their main works'
		// construction stage (龙岗 2025, seeds)
		{"construction under way", "龙岗区2025年政府工作报告", review,
			[]string{"16号线二期全线“电通”,17号线一期等4条五期线路全面启动建设;深惠、深大城际及深惠城际大鹏支线进入车站主体及区间盾构施工阶段。"}, nil,
			[]rel{{govkg.RelStatus, "", "深大城际", "under_construction"}, {govkg.RelStatus, "", "深惠城际大鹏支线", "under_construction"}}, nil},
		// 完成 before 进度 or 投资 measures progress: nothing is completed (龙岗 2020–2021,
		// seeds)
		{"progress measured is no completion", "深圳市龙岗区2020年国民经济和社会发展计划执行情况与2021年计划", review,
			[]string{"启动儿童公园建设，雪象体育公园一期完成进度83%，银湖山郊野公园龙岗片区建设工程进场施工。"}, nil,
			nil, []rel{{govkg.RelStatus, "", "雪象体育公园", "completed"}}},
		// applying to build is planned, not under construction (呼和浩特 2018, train)
		{"applying to build", "呼和浩特市2018年政府工作报告", plan,
			[]string{"全力争取中蒙自由贸易试验区、国家跨境电子商务综合试验区申报建设。"}, nil,
			[]rel{{govkg.RelStatus, "", "中蒙自由贸易试验区", "planned"}}, []rel{{govkg.RelStatus, "", "中蒙自由贸易试验区", "under_construction"}}},
		// landing and building gives both statuses, a compound verb's (重庆 2024, train)
		{"landed and built", "重庆市2024年政府工作报告", review,
			[]string{"安意法半导体、长安汽车渝北新工厂等26个50亿元级以上产业项目落地建设。"}, nil,
			[]rel{{govkg.RelStatus, "", "安意法半导体", "landed"}, {govkg.RelStatus, "", "安意法半导体", "under_construction"}}, nil},
		// completed and opened to the public: both statuses (长春 2012, train)
		{"completed and opened to visitors", "长春市2012年政府工作报告", review,
			[]string{"马孔德雕塑艺术馆、科技文化中心部分展馆建成并向游人开放。"}, nil,
			[]rel{{govkg.RelStatus, "", "马孔德雕塑艺术馆", "completed"}, {govkg.RelStatus, "", "马孔德雕塑艺术馆", "operating"}}, nil},
		// a park that opens a clause before 落地 is where what lands there is, as before 落户
		// (海口 2025, dev)
		{"a park where projects land", "2025年海口市政府工作报告", review,
			[]string{"高新区落地农夫山泉、东鹏特饮等项目77个，总投资167亿元。"}, nil,
			[]rel{{govkg.RelInPark, "农夫山泉", "高新区", ""}, {govkg.RelInPark, "东鹏特饮", "高新区", ""}}, nil},
		// the review part's verbs say the same of what a park that opens a clause has
		// built (呼和浩特 2024, train)
		{"a park that has built projects", "呼和浩特市2024年政府工作报告", review,
			[]string{"蒙牛乳业产业园建成投产5G数字化奶粉工厂、日产500吨低温乳制品等项目。"}, nil,
			[]rel{{govkg.RelInPark, "5G数字化奶粉工厂", "蒙牛乳业产业园", ""}}, nil},
		// a park a clause lays as the ground (依托X, 以X为平台) holds what the next clause
		// builds (海口 2014, dev; 南宁 2014, train); not when its clause goes on about
		// something else, nor what the park only helps win (南宁 2020, train; 兰州 2020, dev)
		{"a park the clause before builds on", "2014年海口市政府工作报告", plan,
			[]string{"依托综保区，年内建成国际商品（大宗）交易中心和高端商品展示交易中心。"}, nil,
			[]rel{{govkg.RelInPark, "高端商品展示交易中心", "综保区", ""}}, nil},
		{"a park as the platform", "南宁市2014年政府工作报告", plan,
			[]string{"以生物医药产业园为平台，重点推进中恒、海王等项目建设。"}, nil,
			[]rel{{govkg.RelInPark, "海王", "生物医药产业园", ""}}, nil},
		{"a park's clause about something else", "南宁市2020年政府工作报告", plan,
			[]string{"依托南宁综合保税区发展加工贸易产业，推动蓝水星等项目达产。"}, nil,
			nil, []rel{{govkg.RelInPark, "蓝水星", "南宁综合保税区", ""}}},
		{"what parks help win", "兰州市2020年政府工作报告", plan,
			[]string{"积极抢占“一带一路”建设五个制高点，依托兰州国际陆港、新区综合保税区、中川国际航空港功能平台，争取兰州列入全国多式联运综合体试点城市、中欧班列集结中心和“一带一路”进口商品集散分拨中心。"}, nil,
			nil, []rel{{govkg.RelInPark, "中欧班列集结中心", "新区综合保税区", ""}}},
		// 园内 or 区内 says "in it" of the park the sentence spoke of last (长春 2024, 泉州
		// 2010, train)
		{"the park's own projects", "长春市2024年政府工作报告", plan,
			[]string{"提速推进精细化工新材料产业园建设，奥来德、海谱润斯、圣博玛等园内项目要规模化开建。"}, nil,
			[]rel{{govkg.RelInPark, "海谱润斯", "精细化工新材料产业园", ""}}, nil},
		{"within the zone", "泉州市2010年政府工作报告", plan,
			[]string{"全力推进泉州台商投资区获批和开发，加快区内南北主干道等基础设施建设。"}, nil,
			[]rel{{govkg.RelInPark, "南北主干道", "泉州台商投资区", ""}}, nil},
		// a route from one place to another with 至 is no park, though it ends in a park's
		// word (大连 2007, dev)
		{"a route between places is no park", "2007年大连市政府工作报告", review,
			[]string{"完成西北路等10条中心城区交通干路的拓宽改造，快轨金州线、201路有轨电车改扩建工程、市区至开发区应急路建设快速推进。"},
			[]ent{{govkg.TypeProject, "市区至开发区应急路"}}, nil,
			[]rel{{govkg.RelInPark, "市区至开发区应急路", "市区至开发区", ""}}},
		// a route that starts at a park is not in it (重庆 2021, train)
		{"a route from a park", "重庆市2021年政府工作报告", plan,
			[]string{"支持两江新区建设。", "加快两江新区至长寿快速通道和黄桷坪大桥、白市驿隧道等项目建设。"}, nil, nil,
			[]rel{{govkg.RelInPark, "两江新区至长寿快速通道", "两江新区", ""}}},
		// a park named after its place opens a project's name: the project is in it (西宁
		// 2017, 乌鲁木齐 2019, train); a line named after a zone is no project in it (上海
		// 2024, train)
		{"a place's park opens the name", "西宁市2017年政府工作报告", plan,
			[]string{"强力推进水污染治理,新建东川工业园工业废水处理厂,做好多巴生活污水处理厂前期。"}, nil,
			[]rel{{govkg.RelInPark, "东川工业园工业废水处理厂", "东川工业园", ""}}, nil},
		{"a province's park opens the name", "乌鲁木齐市2019年政府工作报告", review,
			[]string{"乌鲁木齐城市共同配送信息平台、新疆软件园绿谷创新中心、京东“中国特产·乌鲁木齐馆”正式运营。"}, nil,
			[]rel{{govkg.RelInPark, "新疆软件园绿谷创新中心", "新疆软件园", ""}}, nil},
		{"a zone's line", "上海市2024年政府工作报告", plan,
			[]string{"开工建设20号线一期东段、上海示范区线东延伸等轨道交通线,加快建设崇明线、嘉闵线等轨道交通线。"}, nil, nil,
			[]rel{{govkg.RelInPark, "上海示范区线东延伸", "上海示范区", ""}}},
		// a policy package (N条, 政策) or a designation (示范城市) opening a sentence is
		// no works program of the projects after it (上海 2019, 成都 2017, train)
		{"a policy package leads no works", "上海市2019年政府工作报告", plan,
			[]string{"细化落实“文创产业50条”,世博文化公园、少儿图书馆新馆等项目加快建设。"}, nil, nil,
			[]rel{{govkg.RelPartOf, "世博文化公园", "文创产业50条", ""}, {govkg.RelPartOf, "少儿图书馆新馆", "文创产业50条", ""}}},
		{"a designation leads no works", "成都市2017年政府工作报告", plan,
			[]string{"加快“宽带中国”示范城市建设，推进互联网骨干直联点和城域网出口带宽扩容，争取率先开展5G试点，实施宽带网速200M普及行动，平均上网带宽超过50M，让成都连接世界的速度更快。"}, nil, nil,
			[]rel{{govkg.RelPartOf, "互联网骨干直联点和城域网出口带宽扩容", "宽带中国", ""}}},
		{"a works program leads its projects", "石家庄市2022年政府工作报告", plan,
			[]string{"持续实施城市美化工程,推进民心河综合整治和提升改造二期工程。"}, nil,
			[]rel{{govkg.RelPartOf, "民心河综合整治", "城市美化工程", ""}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), tt.title, tt.heading, tt.paragraphs...)
			checkExtraction(t, ext, tt.wantEnts, nil, tt.want)
			for _, r := range tt.notWant {
				if hasRel(ext, r) {
					t.Errorf("unwanted %s %s→%s %s", r.typ, r.from, r.to, r.prop)
				}
			}
		})
	}
}

// A glossary entry that defines a program by the projects it lists makes each of them
// part of it; a plan document opening a sentence leads no works. The sentences come from
// train-split reports (南昌 2012, 福州 2008).
func TestPartOfGlossaryAndPlans(t *testing.T) {
	ext := extractReportWith(t, extract.New(), "南昌市2012年政府工作报告", "二、2012年工作安排",
		"突出抓好十大工业项目、十大服务业项目。", "注释",
		"27、“十大工业项目”:指进入《2012年南昌市重大重点项目投资计划》的南昌航空工业城、江铃30万辆整车、恒天动力K发动机、格特拉克DCT汽车变速箱、弦外机生产基地等10项工业项目。")
	for _, p := range []string{"江铃30万辆整车", "格特拉克DCT汽车变速箱"} {
		if r := (rel{govkg.RelPartOf, p, "十大工业项目", ""}); !hasRel(ext, r) {
			t.Errorf("missing PART_OF %s→%s", r.from, r.to)
		}
	}
	plan := extractReportWith(t, extract.New(), "福州市2008年政府工作报告", "二、2008年工作安排",
		"启动新一轮城市总体规划修编,推进闽江北港华城、三坊七巷历史文化街区保护修复等项目建设。")
	for _, r := range plan.Relations {
		if r.Type == govkg.RelPartOf {
			t.Errorf("a plan document leads %s→%s", r.From, r.To)
		}
	}
}

// TestPartOfProjectSetGlossary: a glossary term that counts a set of projects (10大产业项目,
// written with its entry number and no quotation marks) is a program whose listed
// projects are its own; a set of technologies gives no works. The entries are 广州 2013's
// (train) and 长沙 2024's (a dev city's report in no gold set), read by the hand rules
// alone, which the tagger would otherwise have learnt 广州's names from.
func TestPartOfProjectSetGlossary(t *testing.T) {
	ext := extractReportWith(t, extract.NewWithModel(nil, 0), "2013年广州市政府工作报告", "注释",
		"15.10大产业项目:广汽、北汽和东风日产汽车产业项目;金发科技全降解塑料产业化项目;晶科电子LED芯片及光组件模组产业化项目;广药集团生物医药产业白云基地项目;工信部电子第五研究所总部项目;广州移动互联网创新集群项目。")
	for _, p := range []string{"金发科技全降解塑料产业化项目", "广州移动互联网创新集群项目"} {
		if r := (rel{govkg.RelPartOf, p, "10大产业项目", ""}); !hasRel(ext, r) {
			t.Errorf("missing PART_OF %s→%s", r.from, r.to)
		}
	}
	tech := extractReportWith(t, extract.NewWithModel(nil, 0), "2024年长沙市政府工作报告", "注释",
		"12.十大技术攻关项目：即算力网络构建关键技术、8英寸SiC外延装备关键技术、动力电池高值循环利用关键技术、高纯稀土金属靶材制备关键技术。")
	for _, r := range tech.Relations {
		if r.Type == govkg.RelPartOf {
			t.Errorf("a set of technologies leads %s→%s", r.From, r.To)
		}
	}
}

// TestPartOfListsAndLeadVerbs: the items of a list a program closes are its projects
// (A、B等“十四五”规划重大项目), wherever the sentence starts; 深化, 推动 and 加快 do not
// make the program before them lead the sentence's works. Sentences of train-split
// reports (lhasa, fuzhou, xining).
func TestPartOfListsAndLeadVerbs(t *testing.T) {
	cases := []struct {
		name, text string
		want       []rel
		not        []rel
	}{
		{"a list closed by 等 and the program", "努力推动G561拉萨至林周段新改建工程、旁多引水等“十四五”规划重大项目开工。",
			[]rel{{govkg.RelPartOf, "G561拉萨至林周段新改建工程", "十四五规划", ""}, {govkg.RelPartOf, "旁多引水", "十四五规划", ""}}, nil},
		{"one item closed by 等", "推进南台大道南段等“接二连三”工程建设。",
			[]rel{{govkg.RelPartOf, "南台大道南段", "接二连三工程", ""}}, nil},
		{"a list in another clause than the program", "建成南台大道南段、福马路,实施“接二连三”工程。",
			nil, []rel{{govkg.RelPartOf, "南台大道南段", "接二连三工程", ""}}},
		{"推动 leads no works", "着力推动“双城联动”,有序推进湟中撤县设区,实施多巴湖、扎麻隆湿地等生态本底工程,推进新华联国际旅游城等标志性项目。",
			nil, []rel{{govkg.RelPartOf, "多巴湖", "双城联动", ""}, {govkg.RelPartOf, "新华联国际旅游城", "双城联动", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), "西宁市2020年政府工作报告", "二、2020年工作安排", c.text)
			for _, r := range c.want {
				if !hasRel(ext, r) {
					t.Errorf("missing %s %s→%s", r.typ, r.from, r.to)
				}
			}
			for _, r := range c.not {
				if hasRel(ext, r) {
					t.Errorf("unexpected %s %s→%s", r.typ, r.from, r.to)
				}
			}
		})
	}
}

// TestPlanPartStatus: in the plan part a status verb gives a name its status, a verb
// that plans gives planned, and a name no status verb governs gets none (it is where a
// thing is, or what the sentence is about). Sentences of train-split reports (ningbo,
// chongqing, changchun).
func TestPlanPartStatus(t *testing.T) {
	cases := []struct {
		name, text string
		want       []rel
		not        []string // names with no STATUS
	}{
		{"a verb that plans", "谋划新建市青少年宫和妇女活动中心。",
			[]rel{{govkg.RelStatus, "", "市青少年宫", "planned"}}, nil},
		{"what the sentence is about", "两江新区,要深化服务贸易创新发展试点,建设保税商圈、邮轮母港和国际合作中心。",
			nil, []string{"两江新区"}},
		{"where things are", "净月开发区、莲花山度假区要集聚创新创业资源,突出发展现代服务业。",
			nil, []string{"净月开发区", "莲花山度假区"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), "重庆市2020年政府工作报告", "二、2020年工作安排", c.text)
			for _, r := range c.want {
				if !hasRel(ext, r) {
					t.Errorf("missing STATUS %s %s", r.to, r.prop)
				}
			}
			name := map[string]string{}
			for _, e := range ext.Entities {
				name[e.ID] = e.Name
			}
			seen := map[string]bool{}
			for _, e := range ext.Entities {
				seen[e.Name] = true
			}
			for _, n := range c.not {
				if !seen[n] {
					t.Errorf("%s not extracted: the case tests nothing", n)
				}
				for _, r := range ext.Relations {
					if r.Type == govkg.RelStatus && name[r.To] == n {
						t.Errorf("unexpected STATUS %s %v", n, r.Props["status"])
					}
				}
			}
		})
	}
}

// TestGlossaryNoStatus: a glossary entry defines a term; the statuses of the works it
// lists are said where the report reports them (on held-out train cities, statuses read
// in glossary entries were right 20 times in 91).
func TestGlossaryNoStatus(t *testing.T) {
	ext := extractReportWith(t, extract.New(), "广州市2020年政府工作报告", "二、2020年工作安排",
		"推进重点项目建设。", "注释", "1、“双百工程”:指开工建设白云机场扩建工程、南沙港三期等100个重点项目。")
	name := map[string]string{}
	found := false
	for _, e := range ext.Entities {
		name[e.ID] = e.Name
		found = found || e.Name == "白云机场扩建工程"
	}
	if !found {
		t.Fatal("白云机场扩建工程 not extracted: the case tests nothing")
	}
	for _, r := range ext.Relations {
		if r.Type == govkg.RelStatus {
			t.Errorf("STATUS %s %v read in a glossary entry", name[r.To], r.Props["status"])
		}
	}
}

// TestAssistsBareCoordination: 协作 or 产业合作 alone names coordination, not paired
// assistance — the gold sets never give either as a kind, and on held-out train cities
// such links were right 0 times in 14 — while a paired kind still links (sentences of
// train-split reports: nanchang, hohhot, shenzhen).
func TestAssistsBareCoordination(t *testing.T) {
	cases := []struct {
		name, title, text string
		want              bool
	}{
		{"协作区", "南昌市2020年政府工作报告", "继续加强与各协作区组织的密切联系,加强长江中游城市群和大南昌都市圈城市间的交流互动。", false},
		{"协作 alone", "呼和浩特市2024年政府工作报告", "深化与霍尔果斯、二连浩特的协作,开通中欧班列。", false},
		{"对口合作", "深圳市龙岗区2020年政府工作报告", "深化与齐齐哈尔、清远、湛江对口合作。", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), c.title, "二、2020年工作安排", c.text)
			got := false
			for _, r := range ext.Relations {
				if r.Type == govkg.RelAssists {
					got = true
					if !c.want {
						t.Errorf("unexpected ASSISTS %s→%s %v", r.From, r.To, r.Props["kind"])
					}
				}
			}
			if c.want && !got {
				t.Error("no ASSISTS")
			}
		})
	}
}

// TestStatusListWithOtherNames: a name of another kind inside a coordinated list (an
// institution) does not cut the list, which shares the verb after it (a sentence of
// longgang-2025's plan part, whose gold gives 龙岗国际艺术中心 completed).
func TestStatusListWithOtherNames(t *testing.T) {
	ext := extractReportWith(t, extract.New(), "深圳市龙岗区2025年政府工作报告", "二、2025年工作安排",
		"推动龙岗国际艺术中心、深圳音乐学院及园山文体中心完工,坂田马蹄山文体中心开工。")
	for _, r := range []rel{
		{govkg.RelStatus, "", "龙岗国际艺术中心", "completed"},
		{govkg.RelStatus, "", "园山文体中心", "completed"},
		{govkg.RelStatus, "", "坂田马蹄山文体中心", "started"},
	} {
		if !hasRel(ext, r) {
			t.Errorf("missing STATUS %s %s", r.to, r.prop)
		}
	}
}

// TestParkWhereThingsLand: a park after 落户 or 进驻 is where something lands, and a park
// before 入驻 or 引进 hosts what comes; neither park landed. A park that lands itself
// (X产业园落户我市) still does. Sentences of train-split reports (changchun, guangzhou,
// chengdu, hohhot).
func TestParkWhereThingsLand(t *testing.T) {
	cases := []struct {
		text, park string
		landed     bool
	}{
		{"上海证券交易所企业上市服务站落户长春新区。", "长春新区", false},
		{"首批2所职业院校进驻广州科教城,广州医科大学纳入。", "广州科教城", false},
		{"成都科学城引进中科院成都科学研究中心。", "成都科学城", false},
		{"力争中俄、中以合作产业园落户我市。", "中以合作产业园", true},
	}
	for _, c := range cases {
		t.Run(c.park, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), "长春市2020年政府工作报告", "一、2019年工作回顾", c.text)
			found := false
			for _, e := range ext.Entities {
				found = found || e.Name == c.park
			}
			if !found {
				t.Fatalf("%s not extracted: the case tests nothing", c.park)
			}
			if got := hasRel(ext, rel{govkg.RelStatus, "", c.park, "landed"}); got != c.landed {
				t.Errorf("%s landed: %v, want %v", c.park, got, c.landed)
			}
		})
	}
}

// TestParkListed: a park and 的 before a list put every item of the list in the park; a
// park written before a list without 的 names its first item alone (a sentence of
// harbin-2016, a train-split report, and one made from it).
func TestParkListed(t *testing.T) {
	cases := []struct {
		text   string
		inPark bool
	}{
		{"落户临空经济区的大飞机拆解、绿地空港城、跨境电商物流基地等项目建设进展顺利。", true},
		{"临空经济区大飞机拆解、绿地空港城、跨境电商物流基地等项目建设进展顺利。", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), "哈尔滨市2016年政府工作报告", "一、2015年工作回顾", c.text)
			if _, ok := entityNames(ext, govkg.TypeProject)["跨境电商物流基地"]; !ok {
				t.Fatal("跨境电商物流基地 not extracted: the case tests nothing")
			}
			for _, p := range []string{"绿地空港城", "跨境电商物流基地"} {
				if got := hasRel(ext, rel{govkg.RelInPark, p, "临空经济区", ""}); got != c.inPark {
					t.Errorf("IN_PARK %s→临空经济区: %v, want %v", p, got, c.inPark)
				}
			}
		})
	}
}

// TestStatusThroughUnnamedItems: a coordinated list shares its verb through items no rule
// or tagger named, past its last name to an unnamed item after 以及 and past a bracketed
// note on its last name or a section after it, and through an item's phases and sections
// (sentences of dev reports, dalian-2018 and haikou-2014, and of train reports,
// guangzhou-2017, beijing-2008, guangzhou-2026 and shanghai-2010).
func TestStatusThroughUnnamedItems(t *testing.T) {
	tests := []struct {
		title, section, sentence string
		want                     rel
	}{
		{"大连市2018年政府工作报告", "一、2017年工作回顾",
			"渤海大道即将竣工通车，金普城际铁路基础工程全线贯通，旅顺中部通道、南部滨海大道延伸线等工程加快推进，地铁5号线、大连湾海底隧道及光明路延伸工程、大连北站综合交通枢纽开工建设。",
			rel{govkg.RelStatus, "", "大连湾海底隧道", "started"}},
		{"海口市2014年政府工作报告", "一、2013年工作回顾",
			"启动海甸五西路排涝泵站、白沙门污水处理厂（一期）改造、垃圾焚烧发电厂扩建、长流生活垃圾转运站等工程建设，完成8个镇、88个行政村、614个自然村的农村生活垃圾收运工程。",
			rel{govkg.RelStatus, "", "长流生活垃圾转运站", "started"}},
		{"广州市2017年政府工作报告", "二、2017年工作安排",
			"启动建设广汕客专、棠溪站、广州集装箱中心站（大田）、穗莞深城际琶洲支线、广佛江珠城际、地铁18号线、22号线以及一批轨道交通综合枢纽项目，争取广清城际一期、地铁9号线一期、13号线首期开通。",
			rel{govkg.RelStatus, "", "广汕客专", "started"}},
		{"北京市2008年政府工作报告", "一、2007年工作回顾",
			"完成首都国际机场扩建、北京南站改扩建和地铁10号线一期（含奥运支线）。",
			rel{govkg.RelStatus, "", "北京南站改扩建", "completed"}},
		{"广州市2026年政府工作报告", "二、2026年工作安排",
			"力争开通新白广城际新塘至竹料段、地铁13号线二期西段等项目。",
			rel{govkg.RelStatus, "", "新白广城际新塘至竹料段", "operating"}},
		{"上海市2010年政府工作报告", "二、2010年工作安排",
			"全面开工建设轨道交通11号线北段二期和南段、12号线。",
			rel{govkg.RelStatus, "", "上海地铁12号线", "started"}},
	}
	for _, tt := range tests {
		t.Run(tt.want.to, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), tt.title, tt.section, tt.sentence)
			if !hasRel(ext, tt.want) {
				t.Errorf("missing STATUS %s %s", tt.want.to, tt.want.prop)
			}
		})
	}
}

// TestPlaceNamedFirms: a bank named by its place (a city's commercial bank, a county's
// village bank) and a group or company named by its place and a phrase are companies (the
// city's own enterprises, which no lexicon lists); 银行 after a common word, a bank of
// 香港, a place that is the clause's subject, a school group and a name holding another
// firm are not. Sentences of reports the tagger never read (大连 2001, 2009 and 2022,
// 贵阳 2014 and 2021, 长沙 2015: dev cities', not annotated — the tagger knows the train cities'
// firms by name), of train-split reports (南昌 2011, 石家庄 2016, 重庆 2008, 广州 1994,
// 上海 2005, 泉州 2022) and a seed (罗湖 2025).
func TestPlaceNamedFirms(t *testing.T) {
	cases := []struct {
		name, title, text string
		want, not         []ent
	}{
		{"a city's bank", "大连市2009年政府工作报告",
			"支持大连银行开设沈阳等分行,争取大商所上市期货新品种。",
			[]ent{{govkg.TypeCompany, "大连银行"}}, nil},
		{"a city's bank in a list", "大连市2022年政府工作报告",
			"防范化解重大风险取得积极成效,有效化解大连银行、农商行等金融风险,地方政府债务风险明显降低,信贷投放增速创近6年最高水平。",
			[]ent{{govkg.TypeCompany, "大连银行"}}, nil},
		{"a city's rural commercial bank", "贵阳市2014年政府工作报告",
			"围绕打造区域性金融中心和西部科技金融创新城市,深入实施“引金入筑”工程,新引进金融机构2家,设立科技银行2家;加快推进贵州金融城建设,力争建成40万平方米,确保贵阳农商行总部大楼竣工。",
			[]ent{{govkg.TypeCompany, "贵阳农商行"}}, nil},
		{"a county's village bank after its city", "南昌市2011年政府工作报告",
			"北京银行正式落户,8家证券机构和3家保险机构在昌设点,新增15家担保公司和3家小额贷款公司;组建南昌大丰村镇银行。",
			[]ent{{govkg.TypeCompany, "南昌大丰村镇银行"}, {govkg.TypeCompany, "北京银行"}}, nil},
		{"a kind between place and bank", "石家庄市2016年政府工作报告",
			"加快设立石家庄农村商业银行,推进县级联社改制为农村商业银行。",
			[]ent{{govkg.TypeCompany, "石家庄农村商业银行"}}, []ent{{govkg.TypeCompany, "农村商业银行"}}},
		{"a city's full name", "重庆市2008年政府工作报告",
			"支持国家开发银行和农业银行开展改革,推动重庆银行上市和在市外设立分支机构,组建重庆市农村商业银行,促进重庆三峡银行起步发展。",
			[]ent{{govkg.TypeCompany, "重庆银行"}, {govkg.TypeCompany, "重庆市农村商业银行"}}, nil},
		{"a kind of bank is none", "广州市1994年政府工作报告",
			"主动配合国家建立政策性银行体系,实现政策性金融与商业性金融分离。",
			nil, []ent{{govkg.TypeCompany, "政策性银行"}, {govkg.TypeCompany, "性银行"}}},
		{"Hong Kong's banks are none", "深圳市罗湖区2025年政府工作报告",
			"内地企业通过跨境征信合作机制,将境内信用信息授权传输至香港金融机构,以支持香港银行对相关企业进行信贷评估的金融创新服务。",
			nil, []ent{{govkg.TypeCompany, "香港银行"}}},
		{"a city's investment company", "大连市2001年政府工作报告",
			"成立大连科技风险投资公司,促进了高科技多元化融资体系的形成。",
			[]ent{{govkg.TypeCompany, "大连科技风险投资公司"}}, nil},
		{"a city's group", "贵阳市2021年政府工作报告",
			"实施旅游创新发展工程和旅游产业化发展行动,促进“旅游+”“+旅游”多产业融合发展,支持贵阳市旅游文化产业投资集团做大做强。",
			[]ent{{govkg.TypeCompany, "贵阳市旅游文化产业投资集团"}}, nil},
		{"a name holds one firm", "长沙市2015年政府工作报告",
			"支持长沙银行成立金融租赁公司,加快功能性、公益性公司转型发展。",
			nil, []ent{{govkg.TypeCompany, "长沙银行成立金融租赁公司"}}},
		{"a place as the subject", "上海市2005年政府工作报告",
			"大力发展“总部经济”,继续把跨国公司作为吸引外资的重点,使上海成为跨国公司生产制造基地、地区总部、研发机构和采购中心的集聚地之一。",
			nil, []ent{{govkg.TypeCompany, "上海成为跨国公司"}}},
		{"a school group", "泉州市2022年政府工作报告",
			"有序推动城乡义务教育优质均衡发展,新增公办幼儿园学位1.2万个、中小学学位2.7万个,新建中小学教育集团6个,新增省级示范性高中5所。",
			nil, []ent{{govkg.TypeCompany, "新建中小学教育集团"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), c.title, "二、今年工作安排", c.text)
			checkExtraction(t, ext, c.want, c.not, nil)
		})
	}
}

// TestStockNamedFirms: a listed company written by its exchange short name (listed.tsv)
// is a company where only a firm stands: listed, next to another firm in a list, or in a
// list the sentence calls firms; a listed name that is also a phrase (线上线下, 广电网络)
// elsewhere is none; one in a list of projects names its project too (ANNOTATION.md
// convention (i)). Sentences of train-split reports (烟台 2013 and 2020, 唐山 2014,
// 上海 2016, 南昌 2017) and of a dev one (长沙 2020).
func TestStockNamedFirms(t *testing.T) {
	cases := []struct {
		name, title, text string
		want, not         []ent
	}{
		{"listed on an exchange", "烟台市2020年政府工作报告",
			"建立市属国企外部董事制度，推动冰轮集团、泰和新材整体上市和密封科技首发上市，市管企业混合所有制比例达到65%以上。",
			[]ent{{govkg.TypeCompany, "泰和新材"}, {govkg.TypeCompany, "密封科技"}}, nil},
		{"a list of listings", "烟台市2013年政府工作报告",
			"中际装备、东诚生化、渤海轮渡成功上市。",
			[]ent{{govkg.TypeCompany, "渤海轮渡"}}, nil},
		{"next to a firm in a list", "唐山市2014年政府工作报告",
			"从完善区域金融体系入手，引进燕赵财险、西南证券等金融机构落户唐山，新获批村镇银行4家，新增上市公司11家。",
			[]ent{{govkg.TypeCompany, "西南证券"}}, nil},
		{"a listed firm's project in a list of projects", "长沙市2020年政府工作报告",
			"新引进长远锂科等投资50亿元以上项目8个、百度阿波罗智行等500强企业项目21个，新增智能制造示范企业106家。",
			[]ent{{govkg.TypeCompany, "长远锂科"}, {govkg.TypeProject, "长远锂科"}}, nil},
		{"a phrase is no firm", "上海市2016年政府工作报告",
			"建设一批进出口商品展示交易平台，支持大宗商品市场线上线下融合发展，全面推进内贸流通体制改革发展综合试点。",
			nil, []ent{{govkg.TypeCompany, "线上线下"}}},
		{"a list of networks is no list of firms", "南昌市2017年政府工作报告",
			"“三网”即电网、广电网络、互联网络。",
			nil, []ent{{govkg.TypeCompany, "广电网络"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), c.title, "二、今年工作安排", c.text)
			checkExtraction(t, ext, c.want, c.not, nil)
		})
	}
}

// TestStockOwners: a listed company that opens the name of a project the models found is
// a company of the report too, and the project's (贵阳 2013, dev); a listed name that is
// the stem of a work's name (钱江水利 of 钱江水利枢纽, 杭州 2015, dev) is none.
func TestStockOwners(t *testing.T) {
	cases := []struct {
		name, title, text string
		want, not         []ent
		rels              []rel
	}{
		{"a listed firm's centre", "贵阳市2013年政府工作报告",
			"围绕全年实现3000亿元投资目标，新开工建设天河潭新城、贵州复烤厂异地技改搬迁、世纪恒通信息产业中心和息烽煤电磷、煤电化一体化循环经济基地等57个项目。",
			[]ent{{govkg.TypeCompany, "世纪恒通"}}, nil,
			[]rel{{govkg.RelInvolves, "世纪恒通", "世纪恒通信息产业中心", ""}}},
		{"a work's stem is no firm", "杭州市2015年政府工作报告",
			"建成投运三堡排涝、钱江水利枢纽等重点水利工程，加强中小河流治理，提高区域排涝能力。",
			nil, []ent{{govkg.TypeCompany, "钱江水利"}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), c.title, "二、今年工作安排", c.text)
			checkExtraction(t, ext, c.want, c.not, c.rels)
		})
	}
}

// TestFacilityCompanies: a facility form of the company lexicon (a port, a mall: 上海港,
// 万达广场) is no company alone; a mall gives the firm that opens its name (万达), and a
// port still says whose a work is, so the county after it places the work. A company's
// name before a road word is a road's (北京东路, 中兴大桥, 东航站区). Sentences of
// train-split reports (宁波 2010 and 2017, 广州 2013 and 2006, 东莞 2023, 南昌 2004,
// 重庆 2016).
func TestFacilityCompanies(t *testing.T) {
	cases := []struct {
		name, title, text string
		want, not         []ent
		rels              []rel
	}{
		{"a mall gives its firm", "宁波市2010年政府工作报告",
			"推进江北万达广场、海曙新星商业中心等大型商业设施开发建设。",
			[]ent{{govkg.TypeCompany, "万达"}}, []ent{{govkg.TypeCompany, "万达广场"}}, nil},
		{"a port is no company", "广州市2013年政府工作报告",
			"广州港货物和集装箱吞吐量持续增长，白云机场旅客吞吐量突破4800万人次。",
			nil, []ent{{govkg.TypeCompany, "广州港"}}, nil},
		{"a road's name is no company", "南昌市2004年政府工作报告",
			"出城道路：围绕全力打造半小时经济圈，向东：完成北京东路改造；向南：加快改造迎宾大道。",
			nil, []ent{{govkg.TypeCompany, "京东"}}, nil},
		{"a bridge's name is no company", "宁波市2017年政府工作报告",
			"建设中兴大桥、三官堂大桥、邵家渡大桥等。",
			nil, []ent{{govkg.TypeCompany, "中兴"}}, nil},
		{"a terminal's name is no company", "重庆市2016年政府工作报告",
			"建成江北国际机场东航站区和第三跑道，增辟国际客货运航线，开工建设武隆支线机场。",
			nil, []ent{{govkg.TypeCompany, "东航"}, {govkg.TypeCompany, "东方航空"}}, nil},
		{"a highway is no company", "东莞市2023年政府工作报告",
			"加快莞深、常虎、广深高速改扩建和狮子洋通道建设。",
			nil, []ent{{govkg.TypeCompany, "深高速"}, {govkg.TypeCompany, "深圳高速"}}, nil},
		{"a port says whose a work is", "广州市2006年政府工作报告",
			"继续推进白云国际机场二期工程和广州港南沙港区二期工程建设。",
			nil, []ent{{govkg.TypeCompany, "广州港"}}, []rel{{govkg.RelLocatedIn, "广州港南沙港区", "南沙区", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), c.title, "二、今年工作安排", c.text)
			checkExtraction(t, ext, c.want, c.not, c.rels)
		})
	}
}

// A definition's item says where the thing is (X:位于Y): the place after the colon and the
// verb of placing is the thing's district or park. Sentences of 贵阳 2010's glossary (dev).
func TestPlacedByDefinition(t *testing.T) {
	ext := extractReportWith(t, extract.New(), "贵阳市2010年政府工作报告", "《政府工作报告》有关术语的说明",
		"14.贵州广铝年产80万吨氧化铝项目：位于清镇市站街镇。", "2.贵阳国际会议展览中心：位于金阳新区长岭北路西侧。",
		"12.首钢贵阳特殊钢新材料循环经济工业基地：系贵钢异地搬迁项目，位于修文县扎佐镇，计划总投资约120亿元，于2009年8月20日开工建设。")
	checkExtraction(t, ext, nil, nil, []rel{
		{govkg.RelLocatedIn, "贵州广铝年产80万吨氧化铝项目", "清镇市", ""},
		{govkg.RelLocatedIn, "首钢贵阳特殊钢新材料循环经济工业基地", "修文县", ""},
		{govkg.RelInPark, "贵阳国际会议展览中心", "金阳新区", ""},
	})
}

// A project whose name opens with a park's name written without its place is in that
// park, the one park of the report whose name ends so (教育园区专线 in 南宁教育园区);
// sentences of 南宁 2018 (train).
func TestParkTailOpening(t *testing.T) {
	ext := extractReportWith(t, extract.New(), "南宁市2018年政府工作报告", "二、2018年工作安排",
		"南宁教育园区累计签约入驻院校16所，其中开工建设6所、实现办学招生1所。",
		"落实公交优先发展战略，开展轨道交通机场专线、教育园区专线项目前期工作，优化公交站点和线网布局。")
	checkExtraction(t, ext, nil, nil, []rel{{govkg.RelInPark, "教育园区专线", "南宁教育园区", ""}})
}

// A park's name drawn over a function word before it is the report's park of that name
// (即湖南湘江新区 is 湖南湘江新区); sentences of 长沙 2016 (dev).
func TestWithoutParkLeads(t *testing.T) {
	ext := extractReportWith(t, extract.New(), "长沙市2016年政府工作报告", "二、2016年工作安排",
		"全面提速湖南湘江新区建设。",
		"9.三区一高地：即湖南湘江新区战略定位为高端制造研发转化基地和创新创意产业聚集区，产城融合、城乡一体的新型城镇化示范区，全国两型社会建设引领区和长江经济带内陆开放高地。")
	checkExtraction(t, ext, []ent{{govkg.TypePark, "湖南湘江新区"}}, []ent{{govkg.TypePark, "即湖南湘江新区"}}, nil)
}
