package extract_test

import (
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract"
)

// placeHeading is the section the place tests' sentences stand in: the review.
const placeHeading = "一、工作回顾"

// A county that NBS puts directly under its province (天门市, 文昌市) is its own city in the
// gazetteer, so its short form in a sentence is no city named there: such a short form is
// a district near the report only in the report's own province. The sentences come from
// train-split reports (and one built for the province's own case).
func TestProvinceAdministeredCounties(t *testing.T) {
	checkSentences(t, extract.New(), []sentenceCase{
		{"a bridge named after a gate", "重庆市2010年政府工作报告", placeHeading,
			"朝天门大桥等一批城市交通项目建成投用。",
			nil, []ent{{govkg.TypeDistrict, "天门市"}}},
		{"a local name far from the county", "哈尔滨市2011年政府工作报告", placeHeading,
			"建设文昌高架桥、征仪路跨线桥等各类桥涵。",
			nil, []ent{{govkg.TypeDistrict, "文昌市"}}},
		{"a neighbour in the report's own province", "海口市2020年政府工作报告", placeHeading,
			"加快海口经济圈建设,推动与文昌、定安、澄迈协同发展。",
			[]ent{{govkg.TypeDistrict, "文昌市"}, {govkg.TypeDistrict, "定安县"}}, nil},
	})
}

// A county of the report's own city written in full is a district even where the
// gazetteer's first county of that name lies in another city (新城区, 鼓楼区, 长安区 are
// names of several). The sentences come from train-split reports.
func TestOwnCityCountiesInFull(t *testing.T) {
	tests := []struct {
		name, title, sentence, want, city string
	}{
		{"新城区 of 呼和浩特, not of 西安", "呼和浩特市2024年政府工作报告", "新城区获评全国休闲农业重点县。", "新城区", "呼和浩特市"},
		{"鼓楼区 of 福州 after a verb", "福州市2015年政府工作报告", "抓好鼓楼区国家服务业综合改革试点。", "鼓楼区", "福州市"},
		{"长安区 of 石家庄 after 落户", "石家庄市2024年政府工作报告", "泰康之家医养社区落户长安区。", "长安区", "石家庄市"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), tt.title, "一、工作回顾", tt.sentence)
			checkExtraction(t, ext, []ent{{govkg.TypeDistrict, tt.want}}, nil, nil)
			for _, e := range ext.Entities {
				if e.Type == govkg.TypeDistrict && e.Name == tt.want && e.Props["city"] != tt.city {
					t.Errorf("%s is in %v, want %s", e.Name, e.Props["city"], tt.city)
				}
			}
		})
	}
}

// A county's full name inside a count (10项城市) is no county of the report's own city
// either (周口's 项城市).
func TestOwnCityCountyInsideACount(t *testing.T) {
	ext := extractReportWith(t, extract.New(), "周口市2020年政府工作报告", "一、工作回顾", "实施10项城市提升工程。")
	checkExtraction(t, ext, nil, []ent{{govkg.TypeDistrict, "项城市"}}, nil)
}

// A county written in full (three runes or more) is a district even where a common word
// runs across its first rune: 将息 in 将息烽县, 以上 in 以上林县, 进城 in 推进城东区. A
// two-rune name stays out of a longer word (示范县 holds no 范县). The sentences come from
// dev and train reports.
func TestCountiesAfterWords(t *testing.T) {
	checkSentences(t, extract.New(), []sentenceCase{
		{"将息 before 息烽县 (dev)", "贵阳市2017年政府工作报告", placeHeading,
			"将修文县打造成为阳明心学圣地、特色农业基地、现代医养高地，将息烽县、开阳县建设成为更高水平全面小康示范县。",
			[]ent{{govkg.TypeDistrict, "息烽县"}, {govkg.TypeDistrict, "开阳县"}}, nil},
		{"进城 before 城东区 (dev)", "西宁市2023年政府工作报告", placeHeading,
			"推进城东区养老示范基地、湟源县老年养护院建设。",
			[]ent{{govkg.TypeDistrict, "城东区"}, {govkg.TypeDistrict, "湟源县"}}, nil},
		{"以上 before 上林县 (train)", "南宁市2019年政府工作报告", placeHeading,
			"深化医药卫生体制改革，以上林县为试点推进医共体建设。",
			[]ent{{govkg.TypeDistrict, "上林县"}}, nil},
		{"a two-rune county inside a word", "濮阳市2020年政府工作报告", placeHeading,
			"创建国家级示范县。",
			nil, []ent{{govkg.TypeDistrict, "范县"}}},
		{"沿海 before 城市: no 海城市 (dev)", "大连市2005年政府工作报告", placeHeading,
			"抢抓中央振兴东北老工业基地和进一步扩大沿海城市开放的双重战略机遇，推进经济和社会事业再上新台阶。",
			nil, []ent{{govkg.TypeDistrict, "海城市"}}},
		{"新兴 before 城市群: no 兴城市 (dev)", "大连市2011年政府工作报告", placeHeading,
			"黄渤海区域要加快产业和要素集聚，重点推进长兴岛临港工业区、瓦房店沿海经济区建设，打造现代产业集群和新兴城市群。",
			nil, []ent{{govkg.TypeDistrict, "兴城市"}}},
	})
}

func TestCountiesAtWordEdges(t *testing.T) {
	checkSentences(t, extract.New(), []sentenceCase{
		{"进门 across 门头沟, 持平 across 平谷 (train)", "北京市2013年政府工作报告", placeHeading,
			"同步推进门头沟、怀柔、平谷、密云、延庆等区域性新城建设，强化基础设施先行和特色产业支撑，带动区域城市化。",
			[]ent{{govkg.TypeDistrict, "门头沟区"}, {govkg.TypeDistrict, "平谷区"}, {govkg.TypeDistrict, "怀柔区"}}, nil},
		{"强大 across 大足, the place part of 大足石刻 (train)", "重庆市2026年政府工作报告", placeHeading,
			"实施博物馆提质工程，加强大足石刻保护利用，推进白鹤梁题刻、蜀道（重庆段）等申遗。",
			[]ent{{govkg.TypeDistrict, "大足区"}}, nil},
		{"极力 across 无极 (train)", "石家庄市2021年政府工作报告", placeHeading,
			"平山、新乐做好全国文明县城创建准备工作，赞皇、行唐、无极力争通过国家级园林县城考核验收。",
			[]ent{{govkg.TypeDistrict, "无极县"}}, nil},
		{"实德 across 德惠 (train)", "长春市2025年政府工作报告", placeHeading,
			"着力推进以县城为重要载体的新型城镇化，抓实德惠、公主岭国家试点，因地制宜培育一批重点镇。",
			[]ent{{govkg.TypeDistrict, "德惠市"}}, nil},
		{"an unknown word the segmenter broke: 成渝中线 (train)", "重庆市2021年政府工作报告", placeHeading,
			"建立两省市领导联系重点项目工作机制，成渝中线前期工作取得积极进展。",
			nil, []ent{{govkg.TypeDistrict, "渝中区"}}},
		{"广清城际 (train)", "广州市2019年政府工作报告", placeHeading,
			"开工建设深茂铁路、广湛高铁、空港大道三期、如意坊放射线二期等项目，完成广清城际清远至广州北段、地铁21号线（员村—镇龙西段）、南大干线广汽段等项目。",
			nil, []ent{{govkg.TypeDistrict, "清城区"}}},
		{"a name written in full is officialAt's: 东城区 of 兰州 (dev)", "兰州市2009年政府工作报告", placeHeading,
			"节能减排方面，抓好西热东输、东城区供热管网扩建、污水处理厂及配套管网建设等项目。",
			nil, []ent{{govkg.TypeDistrict, "东城区"}}},
		{"a county under its province, outside it: 建成文昌三期 (train)", "哈尔滨市2009年政府工作报告", placeHeading,
			"松花江流域水污染防治规划项目全面展开，24个国家规划治污项目全部开工，建成文昌三期、阿城等6个污水集中处理厂，启动建设群力污水处理厂。",
			nil, []ent{{govkg.TypeDistrict, "文昌市"}}},
	})
}

// TestAbolishedDistrictsByYear: an abolished district counts in its own city's reports
// about its years only; later, its name is another thing's (湾里管理局, abolished 2019).
// The rules alone: the district sense ranker, trained on these cities, drops some too.
func TestAbolishedDistrictsByYear(t *testing.T) {
	checkSentences(t, extract.NewWithModel(nil, 0), []sentenceCase{
		{"before it was abolished (train)", "南昌市2010年政府工作报告", placeHeading,
			"加快南昌国际体育中心、湾里射击中心等项目建设。",
			[]ent{{govkg.TypeDistrict, "湾里区"}}, nil},
		{"after it was abolished (train)", "南昌市2024年政府工作报告", placeHeading,
			"支持湾里创建国家级旅游度假区。",
			nil, []ent{{govkg.TypeDistrict, "湾里区"}}},
	})
}

// TestListedAbolishedDistricts: a short form the history leaves out (江东, 芳村: common
// words or other things' names) names its abolished district where its city's report
// lists it with the city's districts (listedAbolished) or opens the name of a work or a
// park with it (abolishedOpeningNames), about the district's years; not in a list of
// stations.
func TestListedAbolishedDistricts(t *testing.T) {
	checkSentences(t, extract.New(), []sentenceCase{
		{"with the districts before and after it (train)", "宁波市2010年政府工作报告", placeHeading,
			"海曙、江东、江北三区完成老小区整治100万平方米。",
			[]ent{{govkg.TypeDistrict, "江东区"}, {govkg.TypeDistrict, "海曙区"}}, nil},
		{"with the district after it (train)", "广州市1998年政府工作报告", placeHeading,
			"区的体育场馆建设也要有新的发展,芳村、黄埔两个区新建的体育中心要争取在“九运会”投入使用。",
			[]ent{{govkg.TypeDistrict, "芳村区"}}, nil},
		{"opening a park's name (train)", "宁波市2000年政府工作报告", placeHeading,
			"开辟三江六岸沿江绿带和月湖景区绿带,建设江东公园、科技园区滨江公园等大型公共绿地。",
			[]ent{{govkg.TypeDistrict, "江东区"}}, nil},
		{"opening a work's name (train)", "广州市1995年政府工作报告", placeHeading,
			"机场路三期扩宽工程、芳村大道北天桥等一批路桥工程已经竣工,广深准高速铁路市区地段立交主体工程已通车。",
			[]ent{{govkg.TypeDistrict, "芳村区"}}, nil},
		{"years after its abolition (train)", "宁波市2024年政府工作报告", placeHeading,
			"打通三江六岸断点堵点,建成奉化江东岸滨江休闲带。",
			nil, []ent{{govkg.TypeDistrict, "江东区"}}},
		{"a list of stations (train)", "广州市1996年政府工作报告", placeHeading,
			"以城市交通基础设施为重点,全力推进地铁一号线工程及配套项目建设,完成广钢、大花园、坑口、芳村、黄沙5个车站装修工程和广钢至黄沙段4个区间铺轨工程。",
			nil, []ent{{govkg.TypeDistrict, "芳村区"}}},
	})
}

// TestCountedCountyLists: the items of a list that a count of counties closes are
// counties, named by short forms the district sense ranker would not take alone (清新 and
// 甘孜, which the gazetteer leaves without a short form, by their suffixed names); not
// when an item is no county.
func TestCountedCountyLists(t *testing.T) {
	checkSentences(t, extract.New(), []sentenceCase{
		{"three counties of another city (train)", "广州市1997年政府工作报告", placeHeading,
			"大力扶持阳山、清新、连南三个特困县,共投入资金5600万元。",
			[]ent{{govkg.TypeDistrict, "阳山县"}, {govkg.TypeDistrict, "清新区"}, {govkg.TypeDistrict, "连南瑶族自治县"}}, nil},
		{"four counties of other provinces (train)", "广州市2020年政府工作报告", placeHeading,
			"支援疏附、波密、甘孜、巫山等6个贫困县全部实现脱贫摘帽。",
			[]ent{{govkg.TypeDistrict, "疏附县"}, {govkg.TypeDistrict, "波密县"}, {govkg.TypeDistrict, "甘孜县"}, {govkg.TypeDistrict, "巫山县"}}, nil},
		{"an item that is no county (built on the first case)", "广州市1997年政府工作报告", placeHeading,
			"大力扶持阳山、陶瓷、连南三个特色县,共投入资金5600万元。",
			nil, []ent{{govkg.TypeDistrict, "阳山县"}, {govkg.TypeDistrict, "连南瑶族自治县"}}},
	})
}

// TestWithheldShortForms: a county of today whose short form the gazetteer leaves out
// (朝阳 of 朝阳区, 绿园 of 绿园区: common words) names it where it opens a work's name or
// stands in a list with its city's districts, as an abolished district's does; not the
// city's own name before its county's suffix (南昌 of 南昌县).
func TestWithheldShortForms(t *testing.T) {
	checkSentences(t, extract.New(), []sentenceCase{
		{"opening a work's name (train)", "北京市2022年政府工作报告", placeHeading,
			"整合重点站区管理机构,朝阳火车站投入使用。",
			[]ent{{govkg.TypeDistrict, "朝阳区"}}, nil},
		{"in a list with the city's districts (train)", "长春市2013年政府工作报告", placeHeading,
			"加快推进经开北区生物化工、宽城和绿园轨道客车、净月汽车电子等产业基地建设。",
			[]ent{{govkg.TypeDistrict, "绿园区"}}, nil},
		{"the city's own name (train)", "南昌市2012年政府工作报告", placeHeading,
			"南昌大剧院、南昌国际体育中心建成投入使用。",
			nil, []ent{{govkg.TypeDistrict, "南昌县"}}},
	})
}

// A zone that is today a county-level district is that district (the gold README's
// convention: 红谷滩新区 → 红谷滩区), not a park; the sentence is 唐山 2012's (train).
func TestZonesAsDistricts(t *testing.T) {
	checkSentences(t, extract.New(), []sentenceCase{
		{"曹妃甸新区 is 曹妃甸区 (train)", "唐山市2012年政府工作报告", placeHeading,
			"曹妃甸新区完成投资600.9亿元。",
			[]ent{{govkg.TypeDistrict, "曹妃甸区"}}, []ent{{govkg.TypePark, "曹妃甸新区"}}},
	})
}
