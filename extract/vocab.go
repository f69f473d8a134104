package extract

// The vocabulary of the rules. Kept in one place so that a rule change is a data change.

// statusVerbs map a status verb to the status it gives a project, park or metro line.
var statusVerbs = map[string]string{
	"规划": "planned", "谋划": "planned", "筹建": "planned", "前期": "planned", "储备": "planned",
	"开工": "started", "动工": "started", "开建": "started", "启动建设": "started", "新开工": "started", "开工建设": "started",
	"在建": "under_construction", "复工": "under_construction", "建设": "under_construction", "推进": "under_construction", "加快": "under_construction", "续建": "under_construction",
	"封顶": "topped_out",
	"建成": "completed", "竣工": "completed", "完工": "completed", "落成": "completed",
	"开通": "operating", "投产": "operating", "投用": "operating", "运营": "operating", "开业": "operating", "通车": "operating", "启用": "operating", "开放": "operating", "开园": "operating", "开馆": "operating", "试运营": "operating", "投运": "operating",
	"落地": "landed", "落户": "landed", "进驻": "landed", "引进": "landed", "签约": "landed", "入驻": "landed", "落位": "landed",
	"启动": "started", "完成": "completed", "贯通": "topped_out", "合龙": "topped_out", "试运行": "operating", "投入使用": "operating", "交付使用": "operating",
	// settled by the gold corpus's consistency pass (testdata/gold/CHANGES-consistency.md)
	"打造": "under_construction", "抓好": "under_construction", "实施": "under_construction", "打通": "topped_out",
	"挂牌": "operating", "揭牌": "operating", "调试运行": "operating",
}

// operatingTails, right after a status verb, make a compound that says the thing runs
// (建成使用, 建成运行, 建成并正式运行: completed and operating, ANNOTATION.md's compound
// verbs). Alone they are no status verb (使用资金, 运行机制), so they are not in
// statusVerbs, which the tagger also reads: the relation pass reads them after a verb.
// Held out by city, STATUS 0.658 → 0.660 (72 right on train, 8 wrong).
var operatingTails = []string{"正式运行", "使用", "运行", "通气", "运作"}

// relationVerbs are status verbs the relation pass reads and the tagger does not (adding
// a word to statusVerbs changes the tagger's features and needs a retrain): verbs of
// starting and running that the train split's reports use beyond statusVerbs. Longest
// first. Held out by city they raised STATUS 0.660 → 0.664 (132 right on train, 27
// wrong), the building verbs 新建, 扩建, 建好, 提速 0.670 → 0.672, and 进展 (X等项目进展
// 顺利: under construction) 0.672 → 0.674; 申报, 获批 and
// 选址 as planned, and 改造 and 提升 (work terms as often as verbs), lowered precision
// on train and dev and stay out. Approval to build or set up (获批建设, 获批创建, 获批设立)
// and applying to build (申建) are planned, where 建设 alone read under construction
// (train and dev gold: planned 44 times in 45): held out by city STATUS 0.6993 → 0.6998,
// dev +0.0004, train +0.0008, seeds −0.0008 (one edge), test +0.0014 (reported).
// Reaching capacity (达产, 达产达效) and a street's opening (开街) are operating: held out
// STATUS 0.7004 → 0.7010 (17 right, 4 wrong), train +0.0005, seeds +0.0010, test +0.0005
// (reported); dev −0.0003 (比亚迪、…、安达科技等项目达产增效, which dev's gold leaves out).
// Ready to start (具备开工条件, where 开工 alone said started) and submitted for approval
// (上报) are planned: held out 0.7010 → 0.7015 (9 right, 1 wrong), train +0.0004; dev,
// seeds and test unchanged. 立项 as planned was tried with them and left out: held out
// +0.0004 but dev −0.0009 (启动X、Y等一批重大项目立项建设 is started). Ready to open
// (具备通车条件, 具备开通条件) is completed, as the train gold has it, not 通车's operating:
// held out +0.0001 (3 right, 4 wrong gone, 1 wrong), train +0.0002, test +0.0005
// (reported); dev and seeds unchanged. Setting up and striving for a zone (设立, 争取设立,
// 创建, 争创, 新设) as planned and joint building (共建, 建强) as under construction were
// tried and left out: held out −0.0003, and +0.0001 with 13 right and 20 wrong. Approval
// asked for or given (报批, 批复, 批准设立) is planned as 上报 is: held out +0.0003 (8
// right, 6 wrong), dev +0.0012, train +0.0002, test +0.0001 (reported), seeds unchanged.
// Trial production (试生产), a port's or a route's opening (开港, 开航), 结顶 (topped out),
// a foundation stone (奠基: started) and approval of a plant (核准: planned): held out
// +0.0005 (11 right, 2 wrong), dev +0.0002, train +0.0005; test −0.0002 (reported),
// seeds unchanged. Opening its doors (开门迎客), running steadily or as a rule (平稳运行,
// 高效运行, 常态运行, 常态化运行, 起步运行) and production resumed (复产) are operating:
// held out +0.0003 (6 right, none wrong), dev +0.0003, train +0.0003; test and seeds
// unchanged. 连通 and 联通 as topped out read 6 wrong edges for 2 right and stay out.
// 营运 (a plant run as a business) is operating: held out +0.0001 (1 right, none wrong),
// dev +0.0002; train, test and seeds unchanged.
// Applying or preparing to build or set up (申报建设, 筹备建设, 申报设立, 申报创建: 建设
// alone read under construction) is planned, as 申建 is: held out +0.0003 (406 train
// reports), train +0.0003 (12 more right), test +0.0004 (reported), dev −0.0002 (two
// zones 申报建设 whose dev gold says under construction), seeds unchanged.
// 施工 (正抓紧施工, 全面施工, 进场施工) is under construction: held out +0.0001 (8 edges
// more), train +0.0001 (7 right of 7), seeds 0.873 → 0.880 (7 right of 7), test +0.0002
// (reported); dev unchanged.
var relationVerbs = []struct{ word, status string }{
	{"上线运行", "operating"}, {"封关运行", "operating"}, {"封关运作", "operating"}, {"投入运行", "operating"},
	{"投入运营", "operating"}, {"并网发电", "operating"},
	{"动建", "started"}, {"通航", "operating"}, {"并网", "operating"}, {"量产", "operating"}, {"通水", "operating"},
	{"试产", "operating"}, {"开门迎客", "operating"}, {"平稳运行", "operating"}, {"高效运行", "operating"}, {"常态运行", "operating"}, {"常态化运行", "operating"}, {"起步运行", "operating"}, {"复产", "operating"}, {"营运", "operating"}, {"试生产", "operating"}, {"结顶", "topped_out"}, {"奠基", "started"}, {"开港", "operating"}, {"开航", "operating"}, {"核准", "planned"}, {"达产", "operating"}, {"开街", "operating"},
	{"新建", "under_construction"}, {"扩建", "under_construction"}, {"建好", "under_construction"}, {"提速", "under_construction"},
	{"进展", "under_construction"}, {"施工", "under_construction"},
	{"报批", "planned"}, {"批复", "planned"}, {"批准设立", "planned"}, {"开工条件", "planned"}, {"通车条件", "completed"}, {"开通条件", "completed"}, {"上报", "planned"}, {"获批建设", "planned"}, {"获批创建", "planned"}, {"获批设立", "planned"}, {"申建", "planned"}, {"申报建设", "planned"}, {"筹备建设", "planned"}, {"申报设立", "planned"}, {"申报创建", "planned"},
}

// relationVerbTrie holds relationVerbs (payload: the index), compiled once: the relation
// pass looks for them at every position of a clause.
var relationVerbTrie = func() *trie {
	t := newTrie()
	for i, v := range relationVerbs {
		t.add(v.word, i)
	}
	return t
}()

// relationVerbAt returns the index in relationVerbs of the longest verb at rs[i:] and its
// length in runes, or -1 and 0.
func relationVerbAt(rs []rune, i int) (int, int) {
	return relationVerbTrie.longest(rs, i)
}

// boundaryWords end a name when scanning leftwards from its suffix: verbs, adverbs,
// prepositions, conjunctions, quantities. They are also the gse dictionary's function words.
var boundaryWords = []string{
	"推动", "推进", "加快", "建成", "开工", "建设", "完成", "启动", "实施", "打造", "新建", "开通", "落户", "引进",
	"落地", "投产", "投用", "开业", "动工", "竣工", "封顶", "谋划", "筹建", "全力", "积极", "加速", "持续", "深入",
	"高标准", "高质量", "大力", "着力", "力争", "确保", "争取", "全面", "稳步", "有序", "支持", "服务", "依托",
	"围绕", "聚焦", "以", "在", "于", "指", "进驻", "入驻", "迁入", "实施了", "和", "与", "以及", "等", "的", "了", "为", "将", "把", "被", "对",
	"向", "是", "有", "一批", "首个", "首批", "新增", "累计", "共", "其中", "包括", "如", "成功", "顺利", "正式",
	"基本", "率先", "年", "个", "项", "座", "家", "条", "所", "处", "标志着", "助力", "用好", "做好", "抓好",
	"推出", "举办", "承办", "获批", "获评", "入选", "荣获", "获得", "荣膺", "认定", "成立", "设立", "组建", "上线", "发布", "出台", "制定",
	"实现", "完善", "优化", "提升", "强化", "加强", "深化", "拓展", "布局", "培育", "发展", "构建", "形成",
	"带动", "促进", "保障", "开展", "召开", "加大", "新增", "开放", "运营", "启用", "通车", "投入使用", "建好",
	"全年", "全区", "全市", "今年", "明年", "已", "已经", "正在", "即将", "同步", "配套", "重点", "重大",
	"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两", "多", "各", "每", "该", "此", "这", "其",
	"位于", "地处", "毗邻", "连接", "串联", "贯通", "打通", "动建", "主体", "招引", "导入", "新落地", "再", "又",
	"进一步", "作为", "成为", "通过", "按照", "根据", "结合", "利用", "吸引", "集聚", "聚集", "推介", "宣传",
	"充分发挥", "发挥", "共建", "携手", "拆除", "承接", "提速", "依法", "以上", "国企", "一级国企", "力促", "攻坚", "催化", "争创", "并", "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
	"规划建设", "开工建设", "加快建设", "推进建设", "启动建设", "建设完成", "改造", "完成改造", "加快推进",
}

// genericNameParts are words that, alone before a suffix, make a generic mention rather
// than a named entity (重点项目, 城市公园, 产业园区).
var genericNameParts = map[string]bool{
	"重点": true, "重大": true, "产业": true, "民生": true, "基建": true, "基础设施": true, "城市更新": true,
	"社会投资": true, "政府投资": true, "新开工": true, "续建": true, "在建": true, "市级": true, "省级": true,
	"区级": true, "国家级": true, "示范": true, "配套": true, "社区": true, "城市": true, "口袋": true,
	"工业": true, "科技": true, "特色": true, "专业": true, "主题": true, "小型": true, "大型": true,
	"标准化": true, "智慧": true, "数字": true, "绿色": true, "低碳": true, "生态": true, "文化": true,
	"体育": true, "商业": true, "公共": true, "综合": true, "新型": true, "一批": true, "各类": true,
	"高速": true, "道路": true, "交通": true, "水务": true, "能源": true, "水利": true, "公路": true,
	"改造": true, "提升": true, "建设": true, "整治": true, "治理": true, "攻坚": true, "安全": true,
	"儿童": false, "试点": true, "保障性住房": true, "安居": true, "住房": true, "片区": true, "村": true,
	"政府": true, "企业": true, "总部": true, "研发": true, "生产": true, "制造": true, "创新": true,
	"污水": true, "垃圾": true, "学校": true, "医院": true, "国际": true, "海外": true, "区域": true,
	"党群服务": true, "党群": true, "中试": true, "经济": true, "滨水": true, "路侧": true, "转移": true, "产业转移": true, "便民服务": true, "政务服务": true, "服务": true, "新": true, "老旧小区改造": true,
	"城中村改造": true, "城际": true, "千伏": true, "田园": true, "外包": true, "过江": true, "虚拟": true, "线上": true, "专业虚拟": true, "行业虚拟": true, "现代": true, "未来": true, "高端": true, "先进": true, "优质": true, "品牌": true,
}

// districtSelfRefs refer to the report's own district.
var districtSelfRefs = []string{"我区", "全区", "本区"}

// assistKinds are the words that give an ASSISTS relation its kind, as the report
// writes it (the guide: "the kind given to that pair"): the keywords below and the
// other ways reports name paired assistance. Only the relation reads them; the places
// a sentence may name stay decided by assistKeywords. The longer kinds the gold sets
// write as the report does (对口支援帮扶, where 对口支援 alone gave the wrong kind; 帮扶合作,
// 对口扶持, 对口协作帮扶, 灾后援建, 消费帮扶) added 2026-12-05: held out by city ASSISTS
// 0.7803 → 0.7892 (+0.0000…+0.0426), train +0.009; dev unchanged, test 0.644 → 0.678
// (reported).
var assistKinds = func() map[string]string {
	m := map[string]string{}
	for k, v := range assistKeywords {
		m[k] = v
	}
	for _, w := range []string{"扶贫协作", "东西部扶贫协作", "对口扶贫协作", "协作帮扶", "协作扶贫", "对口结对帮扶",
		"南北结对帮扶", "南北共建", "对口援建", "援建", "援藏", "援疆", "驰援", "产业合作", "对口援助", "山海协作", "结对合作",
		"对口联系", "对口支持", "支援", "援助", "对口支援帮扶", "帮扶合作", "对口扶持", "对口协作帮扶", "灾后援建", "消费帮扶"} {
		m[w] = w
	}
	return m
}()

// assistKindTails are the kind words that may follow an assistance keyword in one run
// of the report's wording (对口支援帮扶, 帮扶合作): kindRun takes the run whole. Places
// (援藏, 援疆) and qualifiers (产业, 精准) are not among them: 援疆援藏 is two kinds, and
// 对口帮扶产业园 names a park.
var assistKindTails = []string{"扶贫", "帮扶", "支援", "援建", "援助", "协作", "合作", "联系", "共建", "支持", "重建"}

// assistKeywords mark a paired-assistance sentence, with the kind of assistance.
var assistKeywords = map[string]string{
	"对口帮扶": "对口帮扶", "帮扶协作": "帮扶协作", "东西部协作": "东西部协作", "对口支援": "对口支援",
	"产业协作": "产业协作", "对口合作": "对口合作", "结对帮扶": "结对帮扶", "对口协作": "对口协作",
	"帮扶": "帮扶", "援建": "对口支援", "协作": "协作",
}

// knownCompanies are well-known enterprises that the rules could not delimit on their own.
// Short forms stay short (ANNOTATION.md: Company).
var knownCompanies = []string{
	"比亚迪", "华为", "荣耀", "中芯国际", "复星医药", "圆通速递", "腾讯", "大疆", "中兴", "华大基因", "迈瑞",
	"欣旺达", "立讯精密", "富士康", "招商局", "华润", "万科", "中广核", "中国电信", "中国移动",
	"中国联通", "国家电网", "南方电网", "华侨城", "顺丰", "京东", "阿里巴巴", "百度", "小米", "美团",
	"宁德时代", "海普瑞", "信立泰", "捷佳伟创", "沃尔玛", "华为云", "比亚迪储能", "中建钢构", "华电",
	"达索", "引望", "上影集团", "深能环保", "方正微", "中软国际", "领益", "恒大", "碧桂园",
	"中海", "保利", "华星光电", "京东方", "TCL", "创维", "康佳", "传音", "理邦", "光峰", "新产业生物", "海能达",
}

// companyMarkers end the names of companies written with their trade (佳士科技,
// 品胜电子, 杰成新能源): a short proper stem and one of these.
var companyMarkers = []string{
	"科技", "电子", "微电子", "医药", "新能源", "精密", "信息", "航空", "控股", "环保", "速递", "影业", "药业", "光电",
	"锂电", "储能", "医疗",
}

// genericCompanyStems are words that, before a company marker or 公司/集团, make a
// generic phrase rather than a name (金融科技, 上市公司, 教育集团).
var genericCompanyStems = []string{"更多", "金融", "数字", "信息", "人工智能", "前沿", "新兴", "高新", "未来", "创新", "上市",
	"股份合作", "跨国", "子", "教育", "医疗", "医院", "基础教育", "优质", "投资", "资产", "国有", "国企", "民营",
	"外资", "龙头", "链上", "独资", "区属", "市属", "平台", "数据", "科技", "电子", "生物", "医药", "新能源", "智能",
	"清洁", "绿色", "低碳", "储能", "航空", "通信", "软件", "物流", "能源", "汽车", "材料", "半导体", "技术", "环保",
	"专业", "服务", "咨询", "工程", "建筑", "文化", "传媒", "农业", "旅游", "互联网", "网络", "空间", "卫星", "海洋",
	"先进", "高端", "智慧", "现代", "医学", "健康", "安全", "应急", "城市", "交通", "水务", "燃气", "电力", "电网",
	"规上", "高水平", "创业", "未上市", "上市", "独角兽", "瞪羚", "专精特新", "小巨人", "隐形冠军", "单项冠军",
	"多式联运", "复产", "复工", "高危", "涉粉尘", "领域", "关键", "核心", "消费", "硬核", "近场", "跨境", "货代", "无人", "政银企", "十大", "做强", "抢占", "提振", "发力",
}
