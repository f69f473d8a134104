package extract_test

import (
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract"
)

// Lists sharing a head word give one facility per item (ANNOTATION.md (h)). The
// sentences come from train-split reports.
func TestFacilityLists(t *testing.T) {
	tests := []struct {
		name, title, heading, sentence string
		want, reject                   []ent
		rels                           []rel
	}{
		{"a list before 等 and the head it shares",
			"北京市2018年政府工作报告", "二、2018年工作安排",
			"开工建设白浮泉、路县故城等遗址公园,开展箭扣长城二期等文物保护修复工程。",
			[]ent{{govkg.TypePark, "白浮泉遗址公园"}, {govkg.TypePark, "路县故城遗址公园"}},
			[]ent{{govkg.TypePark, "路县故城等遗址公园"}}, nil},
		{"districts before 等 open each facility, which is then in the district",
			"泉州市2016年政府工作报告", "二、2016年工作安排",
			"乘势培育壮大智能装备产业,建好洛江、晋江、南安等智能装备产业园区。",
			[]ent{{govkg.TypePark, "洛江智能装备产业园区"}, {govkg.TypePark, "南安智能装备产业园区"}},
			[]ent{{govkg.TypePark, "智能装备产业园区"}},
			[]rel{{govkg.RelLocatedIn, "南安智能装备产业园区", "南安市", ""}}},
		{"a qualifier between 等 and the head belongs to no item",
			"哈尔滨市2025年政府工作报告", "二、2025年工作总体目标和重点任务",
			"开展全民健身活动,推动香坊、木兰、方正等区县体育公园建设。",
			[]ent{{govkg.TypePark, "香坊体育公园"}, {govkg.TypePark, "方正体育公园"}},
			[]ent{{govkg.TypePark, "区县体育公园"}, {govkg.TypePark, "方正区县体育公园"}},
			[]rel{{govkg.RelLocatedIn, "方正体育公园", "方正县", ""}}},
		// the items' kind after 等 (内河, 道路) is no part of their names, as a qualifier
		// is not (福州 2012)
		{"the kind of the items between 等 and the head belongs to no item",
			"福州市2012年政府工作报告", "二、2012年工作安排",
			"持续推进光明港、新店溪、新西河、潘墩河等内河综合整治，力争启动内河生态补水工程，努力实现中心城区内河“水清、河畅、路通、景美”，推进城市“绿道”、慢行系统建设。",
			[]ent{{govkg.TypeProject, "新西河综合整治"}, {govkg.TypeProject, "潘墩河综合整治"}},
			[]ent{{govkg.TypeProject, "新西河内河综合整治"}, {govkg.TypeProject, "潘墩河内河综合整治"}}, nil},
		{"a list that goes on with an item that is no district is left to the tagger, whose span names the last item",
			"泉州市2016年政府工作报告", "二、2016年工作安排",
			"加快发展海洋经济,规划建设石狮、台商区、晋江等海洋经济园区。",
			[]ent{{govkg.TypePark, "晋江海洋经济园区"}}, []ent{{govkg.TypePark, "海洋经济园区"}}, nil},
		// the head of the name the tagger wrote last goes to the bare items before it
		// (listedHeads), for parks as for projects
		{"a list of parks shares the park's head",
			"成都市2016年政府工作报告", "二、2016年工作安排",
			"推动成雅、成资、成阿、成眉、成德工业园区加快发展。",
			[]ent{{govkg.TypePark, "成雅工业园区"}, {govkg.TypePark, "成眉工业园区"}}, nil, nil},
		{"parks whose items end alike share the word after",
			"泉州市2012年政府工作报告", "一、2011年工作回顾",
			"新增绿地,观音山、桃花山和滨海公园建成开放。",
			[]ent{{govkg.TypePark, "观音山公园"}, {govkg.TypePark, "桃花山公园"}}, nil, nil},
		{"the tagger's last item, 等 and head give the head to the items before",
			"重庆市2013年政府工作报告", "一、2012年工作回顾",
			"水土、鱼复、龙兴等园区基础建设和集群招商同步展开。",
			[]ent{{govkg.TypePark, "鱼复园区"}, {govkg.TypePark, "龙兴园区"}}, nil, nil},
		// 以及 is one coordinator, not 以 and 及. The corpus's one sentence with a bare item
		// before 以及 in a list that shares a head: until the tagger of 2026-12-05 it gave
		// 洪腾高速公路; that tagger draws one span over 洪腾以及南昌至南丰 (the closing note of
		// that day), so only the split at 以 is checked here.
		{"以及 is one coordinator",
			"南昌市2019年政府工作报告", "二、2019年工作安排",
			"推动北二绕城、南绕城东延(进贤至南昌县塔城)、洪腾以及南昌至南丰等高速公路开工建设。",
			nil, []ent{{govkg.TypeProject, "洪腾以高速公路"}}, nil},
		{"a district's short form that is also a word is an item",
			"哈尔滨市2009年政府工作报告", "一、2008年工作回顾",
			"完成磨盘山供水二期和西泉眼水库维修加固及群力、平房、信义污水处理厂建设。",
			[]ent{{govkg.TypeProject, "平房污水处理厂"}}, nil,
			[]rel{{govkg.RelLocatedIn, "平房污水处理厂", "平房区", ""}}},
		{"the head's last word alone, shared by an earlier rule, becomes the whole head",
			"石家庄市2025年政府工作报告", "二、2025年工作安排",
			"大力发展清洁能源,加快推进灵寿、赞皇抽水蓄能电站规划建设,深化无极、晋州等地热资源利用。",
			[]ent{{govkg.TypeProject, "灵寿抽水蓄能电站"}, {govkg.TypeProject, "赞皇抽水蓄能电站"}}, []ent{{govkg.TypeProject, "灵寿电站"}},
			[]rel{{govkg.RelLocatedIn, "灵寿抽水蓄能电站", "灵寿县", ""}}},
		{"a district whose name opens with a figure's word is an item",
			"重庆市2019年政府工作报告", "二、2019年工作安排",
			"统筹规划第二枢纽机场和货运机场,加快万州、黔江机场改扩建和武隆机场建设,投用巫山机场。",
			[]ent{{govkg.TypeProject, "万州机场改扩建"}}, nil,
			[]rel{{govkg.RelLocatedIn, "万州机场改扩建", "万州区", ""}}},
		{"each zone of a list is one of its own",
			"唐山市2016年政府工作报告", "一、2015年工作回顾",
			"借力京津加速临港产业聚集,以曹妃甸、海港开发区为龙头的沿海一线招商引资势头强劲。",
			[]ent{{govkg.TypePark, "海港开发区"}}, []ent{{govkg.TypePark, "曹妃甸开发区"}}, nil},
		{"a city's short form before a new area's name is the city",
			"无锡市2021年政府工作报告", "二、2021年工作安排",
			"支持选派干部到国家部委及上海、深圳、雄安新区等地挂职锻炼。",
			[]ent{{govkg.TypePark, "雄安新区"}}, []ent{{govkg.TypePark, "深圳新区"}}, nil},
		{"a place's full name in a list stands for the place",
			"乌鲁木齐市2025年政府工作报告", "二、2025年工作安排",
			"聚焦重点领域和关键环节深入开展制度创新、融合创新、开放创新,重点抓好米东区和甘泉堡国别产业园建设。",
			[]ent{{govkg.TypePark, "甘泉堡国别产业园"}}, []ent{{govkg.TypePark, "米东区堡国别产业园"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), tt.title, tt.heading, tt.sentence) // the tagger names the heads
			checkExtraction(t, ext, tt.want, tt.reject, tt.rels)
		})
	}
}

// An item of a list the sentence calls projects is a project when its siblings are, even
// with no suffix word (ANNOTATION.md (h), (i)). The sentences come from train-split
// reports.
func TestSiblingProjects(t *testing.T) {
	checkSentences(t, extract.New(), []sentenceCase{
		{"items between named projects before 等重大项目",
			"福州市2010年政府工作报告", "二、2010年工作安排",
			"推进海峡钢贸城、海峡现代医药物流交易中心、奥特莱斯城市综合体、苏宁物流、海峡粮食加工物流园区等重大项目建设。",
			[]ent{{govkg.TypeProject, "苏宁物流"}}, nil},
		{"a count between 等 and 项目",
			"南宁市2025年政府工作报告", "二、2025年工作安排",
			"规划建设国际数据中心、算力中心集群、东盟国家语料库、中国—东盟人工智能算力调度平台等项目。",
			[]ent{{govkg.TypeProject, "东盟国家语料库"}}, nil},
		{"a school's branch in a list of projects is no project",
			"福州市2023年政府工作报告", "一、2022年工作回顾",
			"机场第二高速、十九中滨海校区等104个项目顺利开工。",
			[]ent{{govkg.TypeProject, "机场第二高速"}}, []ent{{govkg.TypeProject, "十九中滨海校区"}}},
		{"a work term after 等 makes the items the places of the works",
			"石家庄市2013年政府工作报告", "二、2013年工作安排",
			"推进京昆高速(石太段)、京港澳高速(京石段、石安段)、107国道、定魏公路、平涉线等改扩建工程。",
			nil, []ent{{govkg.TypeProject, "107国道"}}},
		// the seed gold (longgang-2025) reads 中广核工程 as convention (i) does: the company
		// and the project it names, not a work the sibling rule names
		{"firms brought in are convention (i)'s",
			"深圳市龙岗区2025年政府工作报告", "二、2025年工作安排",
			"引进中广核工程、深能环保环卫总部等17个绿色低碳项目。",
			[]ent{{govkg.TypeCompany, "中广核工程"}, {govkg.TypeProject, "中广核工程"}}, nil},
	})
}

// A project another sentence of the report names in the same words is the same project
// where the tagger missed it, and the sentence's relations reach it. The sentences are
// 大连 2013's (dev): the plan names 大伙房水库输水入连, the review lists it unnamed.
func TestNamesWrittenAgain(t *testing.T) {
	ext := extractReportWith(t, extract.New(), "大连市2013年政府工作报告", "一、2012年工作回顾",
		"国际会议中心、大连北站、LNG接收站等项目竣工,哈大高铁顺利开通,城市地铁、南部跨海通道、渤海大道、红沿河核电、大伙房水库输水入连、三道沟净水厂改造等工程加快推进。",
		"全面推进国家水务现代化试点工作,完成大伙房水库输水入连、长海跨海引水工程,加快三道沟净水厂二期改扩建和“水上旅顺”项目建设,实施农村饮水安全工程。")
	checkExtraction(t, ext, []ent{{govkg.TypeProject, "大伙房水库输水入连"}}, nil,
		[]rel{{govkg.RelStatus, "", "大伙房水库输水入连", "under_construction"}})
}

// A park being renovated stays a Park under its own name (ANNOTATION.md (c)); a zone's
// works and a facility's in a park stay projects. The sentences come from train-split
// reports.
func TestRenovatedParks(t *testing.T) {
	checkSentences(t, extract.New(), []sentenceCase{
		{"a park's renovation is the park, its planting and landscape too",
			"乌鲁木齐市2018年政府工作报告", "二、2018年工作安排",
			"新建小游园及街旁绿地101块、小绿道9条,启动大湾片区棚户区、东大梁片区二道湾公园绿化景观改造提升工程。",
			[]ent{{govkg.TypePark, "东大梁片区二道湾公园"}}, []ent{{govkg.TypeProject, "东大梁片区二道湾公园绿化景观改造提升工程"}}},
		{"a zone's renovation is a project in the zone",
			"泉州市2014年政府工作报告", "二、2014年工作安排",
			"全面推进环湾十大片区开发,抓好虫寻埔-金崎新区改造、潘山启动区、百崎湖片区整治、世贸中心等项目及一批安置房建设。",
			[]ent{{govkg.TypeProject, "虫寻埔-金崎新区改造"}}, nil},
	})
}

// A list before 等 whose shared head no one named gives a facility per item, under the
// head the suffix table ends there (untaggedListHeads); the rules alone read these
// sentences, so the tagger's spans cannot hide the rule.
func TestUntaggedListHeads(t *testing.T) {
	checkSentences(t, extract.NewWithModel(nil, 0), []sentenceCase{
		{"a shared facility word after 等", // train
			"石家庄市2020年政府工作报告", "二、2020年工作安排",
			"推进石雄城际铁路前期工作,加快津石、石衡等高速公路建设,确保2020年取得实质性进展。",
			[]ent{{govkg.TypeProject, "津石高速公路"}, {govkg.TypeProject, "石衡高速公路"}}, nil},
		{"a park's head past a list qualifier", // dev
			"大连市2008年政府工作报告", "二、2008年工作安排",
			"抓住中新两国政府合作开发长兴岛的机遇,加快花园口等重点工业园区的招商引资工作。",
			[]ent{{govkg.TypePark, "花园口工业园区"}}, []ent{{govkg.TypePark, "花园口重点工业园区"}}},
		{"another facility word is shared by districts", // train
			"重庆市2010年政府工作报告", "二、2010年工作安排",
			"建设主城区“三基地四港区”和万州、涪陵等物流枢纽,引进和培育一批有竞争力的物流企业。",
			[]ent{{govkg.TypeProject, "万州物流枢纽"}, {govkg.TypeProject, "涪陵物流枢纽"}}, nil},
		{"another facility word after items that are no districts names a kind", // train
			"无锡市2026年政府工作报告", "二、2026年工作安排",
			"发展智算、超算等先进算力中心,加强与摩尔线程、科大讯飞等领军企业的合作。",
			nil, []ent{{govkg.TypeProject, "智算先进算力中心"}, {govkg.TypeProject, "超算先进算力中心"}}},
		{"a verb after 等 opens a clause, not a head", // train
			"重庆市2021年政府工作报告", "二、2021年工作安排",
			"支持铜梁、潼南、涪陵、大足、合川、綦江等创建国家级高新区,支持渝北创建国家级农业高新区。",
			nil, []ent{{govkg.TypePark, "合川创建国家级高新区"}, {govkg.TypePark, "綦江创建国家级高新区"}}},
		{"提等 is a word, not a list's 等", // dev
			"贵阳市2018年政府工作报告", "二、2018年工作安排",
			"开工建设乡镇与高速公路互通联络线100公里,按照“四好农村路”标准提等改造农村公路500公里。",
			nil, []ent{{govkg.TypeProject, "标准提改造农村公路"}}},
	})
}

// sentenceCase is one report sentence, with the names its extraction must give and
// those it must not.
type sentenceCase struct {
	name, title, heading, sentence string
	want, reject                   []ent
}

// checkSentences extracts each case's sentence with x, as a report of its own, and
// checks its names.
func checkSentences(t *testing.T, x *extract.Extractor, tests []sentenceCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ext := extractReportWith(t, x, tt.title, tt.heading, tt.sentence)
			checkExtraction(t, ext, tt.want, tt.reject, nil)
		})
	}
}
