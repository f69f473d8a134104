package extract_test

import (
	"strings"
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract"
	"github.com/govkg/govkg/extract/document"
)

// extractText runs the whole pipeline on a small report: a title line that names the
// district and years, a review heading, then the given paragraphs.
func extractText(t *testing.T, heading string, paragraphs ...string) *govkg.Extraction {
	t.Helper()
	text := "龙岗区2025年政府工作报告\n" + heading + "\n" + strings.Join(paragraphs, "\n") + "\n"
	doc, err := document.Parse("test.txt", []byte(text), document.Options{})
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return extract.NewWithModel(nil, 0).Extract(doc) // the hand rules alone: what these tables test
}

func entityNames(ext *govkg.Extraction, typ govkg.EntityType) map[string]govkg.Entity {
	out := map[string]govkg.Entity{}
	for _, e := range ext.Entities {
		if e.Type == typ {
			out[e.Name] = e
		}
	}
	return out
}

func findRel(ext *govkg.Extraction, typ govkg.RelationType, from, to string) *govkg.Relation {
	for i, r := range ext.Relations {
		if r.Type == typ && r.From == from && r.To == to {
			return &ext.Relations[i]
		}
	}
	return nil
}

func TestEntities(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		typ     govkg.EntityType
		want    []string
		notWant []string
	}{
		{"coordinated metro list", "推动轨道16号线二期开通运营,17、22、25、27号线等一期工程进入主体施工阶段。",
			govkg.TypeMetroLine, []string{"深圳地铁16号线", "深圳地铁17号线", "深圳地铁22号线", "深圳地铁25号线", "深圳地铁27号线"}, nil},
		{"metro list with bare 线", "深江、深汕高铁项目有序推进,轨道22、25、27线列入市轨道交通五期建设规划。",
			govkg.TypeMetroLine, []string{"深圳地铁22号线", "深圳地铁25号线", "深圳地铁27号线"}, nil},
		{"metro sections are one line", "14号线、16号线加快建设，3号线东延段、16号线南延段开工建设。",
			govkg.TypeMetroLine, []string{"深圳地铁14号线", "深圳地铁16号线", "深圳地铁3号线"}, []string{"深圳地铁3号线东延段"}},
		{"intercity railways are projects", "协调加快推进深汕高铁、深大城际、龙大城际等城际铁路建设。",
			govkg.TypeProject, []string{"深汕高铁", "深大城际", "龙大城际"}, nil},
		{"我区 is the report's district", "研究提出十四五时期我区发展定位、发展目标。",
			govkg.TypeDistrict, []string{"龙岗区"}, nil},
		{"paired-assistance counties by short name", "加强对口帮扶紫金工作,深化与罗城、东兰、凤山东西部协作。",
			govkg.TypeDistrict, []string{"紫金县", "罗城仫佬族自治县", "东兰县", "凤山县"}, nil},
		{"official names that are words are not districts", "持续优化合作市场环境,推动新建区域教育资源。",
			govkg.TypeDistrict, nil, []string{"合作市", "新建区"}},
		{"county names with province", "包括广西壮族自治区靖西市、那坡县;新疆维吾尔自治区塔县6个镇;江西省寻乌县。",
			govkg.TypeDistrict, []string{"靖西市", "那坡县", "塔什库尔干塔吉克自治县", "寻乌县"}, nil},
		{"parks by suffix", "坪山-龙湖产业协作示范园正式开工,深港生物医药产业园加快建设,建成坪山体育公园。",
			govkg.TypePark, []string{"深港生物医药产业园", "坪山体育公园"}, nil},
		{"generic parks are not entities", "新建16个社区公园,盘活低效产业园区。",
			govkg.TypePark, nil, []string{"社区公园", "低效产业园区", "16个社区公园"}},
		{"projects without status verb", "比亚迪汽车风洞中心建成投用,鹏新旭集成电路项目开工建设。",
			govkg.TypeProject, []string{"比亚迪汽车风洞中心", "鹏新旭集成电路项目"}, nil},
		{"bare project names in a list of projects", "完成20个涉险项目风险化解,推动谷仓吓、飞东等项目开工建设。",
			govkg.TypeProject, []string{"谷仓吓", "飞东"}, nil},
		{"quoted project name", "推进\"万象坪山\"项目建设,推动凤凰安荟邻、潮商广场等商业综合体开业。",
			govkg.TypeProject, []string{"万象坪山", "凤凰安荟邻", "潮商广场"}, nil},
		{"bare name opening a clause before 开业", "布吉、横岗文体中心投入运营。大运天地全面开业,5个月累计吸引客流。",
			govkg.TypeProject, []string{"大运天地", "布吉文体中心", "横岗文体中心"}, nil},
		{"numerals inside road names", "新桥三路、福学路等30条道路建成,汤坑二路等24条断头路顺利打通,打通翠金路、黄贝岭一路。",
			govkg.TypeProject, []string{"新桥三路", "福学路", "汤坑二路", "黄贝岭一路", "翠金路"}, nil},
		{"bracketed sections are part of the name", "深惠城际(深圳段)、深大城际(深圳段)、龙大城际建设。",
			govkg.TypeProject, []string{"深惠城际深圳段", "深大城际深圳段", "龙大城际"}, []string{"深惠城际", "深大城际"}},
		{"structures named with common words when built", "龙岗训练基地挂牌运作,冰球气膜馆竣工。建成东部过境桥下停车场。新大望桥正式通车。",
			govkg.TypeProject, []string{"冰球气膜馆", "东部过境桥下停车场", "新大望桥"}, nil},
		{"generic facilities stay generic when built", "建成社区党群服务中心,建成智慧停车场,推进市政道路项目。",
			govkg.TypeProject, nil, []string{"社区党群服务中心", "智慧停车场", "市政道路项目"}},
		{"a company's industrial base is its project", "亿道信息总部、光峰激光产业基地等项目建成投产。",
			govkg.TypeProject, []string{"亿道信息总部", "光峰激光产业基地"}, nil},
		{"enterprise lists keep trade words", "吸引了高巨创新、好盈科技等74家企业常态化到我区开展测试,成功引进时空数字、大漠大智控等优质数字文化企业。",
			govkg.TypeCompany, []string{"高巨创新", "好盈科技", "时空数字", "大漠大智控"}, nil},
		{"bank branches and lists of 机构", "与国家开发银行深圳分行、同创伟业等机构达成战略合作,徽商银行深圳分行顺利落地。",
			govkg.TypeCompany, []string{"国家开发银行深圳分行", "同创伟业", "徽商银行深圳分行"}, nil},
		{"school and hospital groups are not companies", "翠园教育集团斩获冠军,罗湖医院集团上市全市首款医疗数据产品。",
			govkg.TypeCompany, nil, []string{"翠园教育集团", "罗湖医院集团"}},
		{"company inside an industry project", "鹏新旭集成电路项目一期建成试产。",
			govkg.TypeCompany, []string{"鹏新旭"}, nil},
		{"a counted park head shared by a list", "推进金威大厦、HALO广场、太平洋商贸大厦三大文旅产业园建设。",
			govkg.TypePark, []string{"金威大厦文旅产业园", "HALO广场文旅产业园", "太平洋商贸大厦文旅产业园"}, nil},
		{"zones with 发展 or 服务 inside their names", "加快推动宝龙生物药创新发展先导区规划建设,强化与前海深港现代服务业合作区、河套深港科技创新合作区协同。",
			govkg.TypePark, []string{"宝龙生物药创新发展先导区", "前海深港现代服务业合作区"}, nil},
		{"two parks joined by a hyphen", "开工建设红岗公园改造提升工程及周边生态廊桥、围岭公园-东湖公园连廊天桥。",
			govkg.TypePark, []string{"围岭公园", "东湖公园"}, []string{"围岭公园-东湖公园"}},
		{"a hyphen inside one project stays", "完成公明水库-清林径水库连通工程。",
			govkg.TypeProject, []string{"公明水库-清林径水库连通工程"}, nil},
		{"named renovations keep their work term", "完成玛雅城改造升级,启动横排岭村、虎竹吓村整治提升,完成5万平方米老旧小区改造升级。",
			govkg.TypeProject, []string{"玛雅城改造升级", "横排岭村整治提升", "虎竹吓村整治提升"}, []string{"老旧小区改造升级", "万平方米老旧小区改造升级"}},
		{"list items share the head after 等", "推进宝龙、布吉、横岗等街道文体中心建设,大康河、梧桐山河等13个碧道项目建成,加速九龙山二站等4个变电站建设,龙塘、卢山等停车综合体项目完工。",
			govkg.TypeProject, []string{"宝龙文体中心", "布吉文体中心", "横岗文体中心", "大康河碧道", "梧桐山河碧道", "九龙山二站", "龙塘停车综合体项目", "卢山停车综合体项目"},
			[]string{"卢山", "龙塘", "九龙山二站变电站"}},
		{"kinds of projects after 等 are not shared heads", "积极引入半导体装备、零部件等国产替代生产项目,推动湖贝、蔡屋围等城市更新项目。",
			govkg.TypeProject, nil, []string{"半导体装备国产替代生产项目", "零部件国产替代生产项目", "湖贝城市更新项目"}},
		{"quoted project names", "开通“梧桐云巴”,“四馆”开工建设,开工建设“深南东1号”人工智能产学研中心,建设大运智慧公园“云间”城市阳台。",
			govkg.TypeProject, []string{"梧桐云巴", "四馆", "深南东1号人工智能产学研中心", "云间城市阳台"}, nil},
		{"quoted goals and programs are not projects", "建成“光网城市”,建成“15分钟健身圈”,推进“信易贷”项目,中芯深圳12英寸线\"小二期\"开工建设。",
			govkg.TypeProject, nil, []string{"光网城市", "15分钟健身圈", "信易贷项目", "小二期"}},
		{"structures in a list that 建成 opens", "建成深圳棋院、银湖多功能赛事中心,建成启用云启大厦、城脉中心等标志性高品质空间。",
			govkg.TypeProject, []string{"银湖多功能赛事中心", "城脉中心", "云启大厦"}, nil},
		{"the last road of 道路…路", "打通深惠跨界道路临松路,开工建设罗湖北站TOD。",
			govkg.TypeProject, []string{"临松路", "罗湖北站TOD"}, []string{"深惠跨界道路临松路"}},
		{"a company's plant named with common words", "加快新产业生物研发生产基地四期建设,诗恩时尚创意厂区竣工验收。",
			govkg.TypeProject, []string{"新产业生物研发生产基地", "诗恩时尚创意厂区"}, nil},
		{"counted, awarded and fragmentary mentions are not projects", "分步推进38座非饮用水源水库对外开放,获评省基础教育教研基地,启动14个、总长45.15公里碧道项目建设,支持企业承担市级以上技术攻关项目。",
			govkg.TypeProject, nil, []string{"非饮用水源水库", "省基础教育教研基地", "公里碧道项目", "上技术攻关项目", "技术攻关项目"}},
		{"a park's 项目 is the park", "富士康AR/VR产业园项目开工建设,湖西产业园项目有序推进。",
			govkg.TypeProject, nil, []string{"富士康AR/VR产业园项目", "湖西产业园项目"}},
		{"phases leave project names", "推进沙湾路侧水质保障工程,开工建设沙湾截排二期工程。",
			govkg.TypeProject, []string{"沙湾截排", "沙湾路侧水质保障工程"}, []string{"沙湾截排二期工程"}},
		{"offices are not projects", "吉华、宝龙街道长者服务中心投用,引导深龙高层次人才服务中心等社会机构加强人才引进。",
			govkg.TypeProject, nil, []string{"宝龙街道长者服务中心", "深龙高层次人才服务中心"}},
		{"registered names ending in a trade", "组建区属独资一级国企龙华数据有限公司,罗湖医院集团在深圳数据交易所上市全市首款医疗数据产品。",
			govkg.TypeCompany, []string{"龙华数据有限公司", "深圳数据交易所"}, []string{"罗湖医院集团"}},
		{"brands that open with a far county's name", "汇川技术、顺络电子成功认定国家级企业技术中心,佳士科技工会获评全国模范职工之家。",
			govkg.TypeCompany, []string{"汇川技术", "顺络电子", "佳士科技"}, nil},
		{"the owner of a pilot line", "耀石锂电高密度固态电池中试线建成投产,诗恩时尚创意厂区竣工验收。",
			govkg.TypeCompany, []string{"耀石锂电", "诗恩"}, nil},
		{"buildings and 我区 in lists are not companies", "推动中软国际、领益总部、节能科创大厦等项目,规划建设一批与我区电子信息、生物医药等产业耦合度高的创新平台。",
			govkg.TypeCompany, []string{"中软国际"}, []string{"节能科创大厦", "我区电子信息"}},
		{"introduced enterprises joined by 以及", "引进世界500强圣戈班以及饿了么、喜马拉雅、燧原科技等重点企业260家。",
			govkg.TypeCompany, []string{"圣戈班", "饿了么", "喜马拉雅", "燧原科技"}, []string{"强圣戈班"}},
		{"the company after 企业 in a long list item", "引进了龙头企业链上企业香港易宝系统公司、上海易立德等一批重点企业。",
			govkg.TypeCompany, []string{"香港易宝系统公司", "上海易立德"}, nil},
		{"bracketed sections inside names", "建成景祥路(平安路-金园路)工程等道路34条,完成平湖街道雁田水库(木古河流域)水质保障工程。",
			govkg.TypeProject, []string{"景祥路平安路-金园路工程", "雁田水库木古河流域水质保障工程"}, []string{"景祥路", "平湖街道雁田水库"}},
		{"renovations shared across 和", "开工建设环仓南路和东门路升级改造,启动围岭公园、东湖公园改造提升。",
			govkg.TypeProject, []string{"环仓南路升级改造", "东门路升级改造"}, []string{"环仓南路", "围岭公园改造提升"}},
		{"items of a list of projects with suffixes of their own", "深圳第二音乐厅、龙岗国际艺术中心、大运中心配套设施、国际大学园综合训练基地等重大项目扎实推进。",
			govkg.TypeProject, []string{"深圳第二音乐厅", "龙岗国际艺术中心", "国际大学园综合训练基地"}, nil},
		{"lists of reforms or products are not projects", "扎实推动土地整备利益统筹、二三产业混合用地、数据资源开发利用等重点改革项目,引进汽车芯片、柔性面板等项目。",
			govkg.TypeProject, nil, []string{"数据资源开发利用", "二三产业混合用地", "汽车芯片", "柔性面板"}},
		{"a short brand and its trade-named form are one company", "成功引进迈瑞、联影等一批行业龙头企业,推动迈瑞、联影医疗等头部企业集聚发展,比亚迪、比亚迪储能加快发展。",
			govkg.TypeCompany, []string{"联影医疗", "迈瑞", "比亚迪", "比亚迪储能"}, []string{"联影"}},
		{"old industrial estates do not name companies", "完成福泰克工业园活化改造,盘活利用大丹工业园,建设欧舒特汽车产业园。",
			govkg.TypeCompany, []string{"欧舒特"}, []string{"福泰克", "大丹"}},
		{"工程 named after a place and its work", "加快推进东部过境快速完善工程、清平高速二期等在建项目建设,启动自然博物馆周边整治提升工程,实施民营经济提升工程。",
			govkg.TypeProject, []string{"东部过境快速完善工程", "自然博物馆周边整治提升工程", "清平高速"}, []string{"民营经济提升工程"}},
		{"greenways, quoted whole names, bracketed phases and renovations that complete", "推进三联郊野公园、AI小镇绿道建设,建成首条深港边界“双拥共建示范碧道”,市职教园公共配套设施(一期)项目开工建设,观澜文化小镇古墟修缮基本完工,打通湖东路、碧新路北段等断头路。",
			govkg.TypeProject, []string{"AI小镇绿道", "双拥共建示范碧道", "市职教园公共配套设施项目", "观澜文化小镇古墟修缮", "碧新路北段"}, nil},
		{"greenways and roads that are metaphors", "建设滨水绿道,巧用善用人才绿道,闯新路、走新路。",
			govkg.TypeProject, nil, []string{"滨水绿道", "巧用善用人才绿道", "闯新路", "走新路"}},
		{"coordinated and counted structures are named", "芙蓉受纳场、积谷田受纳场(二期)启动纳土,绿荫等3座变电站建成投产。",
			govkg.TypeProject, []string{"芙蓉受纳场", "积谷田受纳场", "绿荫变电站"}, nil},
		{"demolitions, designations, companies and district programs are not projects", "依法平稳拆除东门町违建连廊,推动清林径水库创建省级水利风景区,引进中广核工程、深能环保环卫总部等17个绿色低碳项目,推进龙岗区安居工程建设,打造严选工厂出海产品展示基地3个以上。",
			govkg.TypeProject, nil, []string{"东门町违建连廊", "清林径水库", "中广核工程", "龙岗区安居工程", "严选工厂出海产品展示基地"}},
		{"lists closed by a completing verb, quoted 中心, renewal estates, bracketed renovations, two-rune 项目", "罗山科技园产业集聚中心、国际交流服务中心全面动工,完成“一馆一中心”建设,协调解决长美岭工业区、龙腾工业区(二期)等城市更新项目,推进笔架山河(罗湖段)安全整治。螺岭项目成为全市首个完成第三方服务商选定的项目。",
			govkg.TypeProject, []string{"国际交流服务中心", "一馆一中心", "长美岭工业区", "龙腾工业区", "笔架山河罗湖段安全整治", "螺岭项目"}, nil},
		{"two-rune 项目 stems that are verbs", "要盯项目、大抓项目,以大项目带动大投资。",
			govkg.TypeProject, nil, []string{"要盯项目", "大抓项目", "以大项目"}},
		{"a renovation verb before a named facility", "开工建设观澜体育中心,升级改造龙华文化艺术中心,投放公益性体育设施。",
			govkg.TypeProject, []string{"龙华文化艺术中心升级改造", "观澜体育中心"}, []string{"龙华文化艺术中心"}},
		{"list items share the head's common words", "平湖垃圾焚烧发电厂一期改造工程投产,园山大康、吉华甘坑简易填埋场达标整治完成。布吉、横岗文体中心投入运营。",
			govkg.TypeProject, []string{"园山大康简易填埋场达标整治", "吉华甘坑简易填埋场达标整治", "布吉文体中心", "横岗文体中心"}, []string{"园山大康填埋场", "园山大康达标整治"}},
		{"hospitals are institutions, not projects", "吉华医院、区骨科医院二期工程开工建设。",
			govkg.TypeProject, nil, []string{"区骨科医院二期工程", "吉华医院"}},
		{"company inside a project name", "比亚迪汽车风洞中心建成投用。",
			govkg.TypeCompany, []string{"比亚迪"}, nil},
		{"companies in an enterprise list", "以富士康、丰宾电子等龙头企业为基础,建设台资先进制造业集聚区。",
			govkg.TypeCompany, []string{"富士康", "丰宾电子"}, nil},
		{"program with known alias", "深入实施百县千镇万村高质量发展工程,推动城乡区域协调发展。",
			govkg.TypeProgram, []string{"百千万工程"}, nil},
		{"quoted program with head word", "是实现“十四五”规划目标任务的关键一年。",
			govkg.TypeProgram, []string{"十四五规划"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ext := extractText(t, "一、2024年工作回顾", tt.text)
			got := entityNames(ext, tt.typ)
			for _, w := range tt.want {
				if _, ok := got[w]; !ok {
					t.Errorf("%s %q not found; got %v", tt.typ, w, keys(got))
				}
			}
			for _, w := range tt.notWant {
				if _, ok := got[w]; ok {
					t.Errorf("%s %q found, want none", tt.typ, w)
				}
			}
		})
	}
}

func keys(m map[string]govkg.Entity) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestStatusAndStance: a status verb gives a STATUS fact with the sentence's stance and
// the year it is about: the review part is achieved for the report's year, the plan
// part planned for the plan year.
func TestStatusAndStance(t *testing.T) {
	tests := []struct {
		heading, text, project, status, stance string
		year                                   int
	}{
		{"一、2024年工作回顾", "比亚迪汽车风洞中心建成投用。", "project:比亚迪汽车风洞中心", "completed", "achieved", 2024},
		{"二、2025年工作安排", "推动鹏新旭集成电路项目开工建设。", "project:鹏新旭集成电路项目", "started", "planned", 2025},
		{"一、2024年工作回顾", "深汕高铁全线开通运营。", "project:深汕高铁", "operating", "achieved", 2024},
	}
	for _, tt := range tests {
		t.Run(tt.project, func(t *testing.T) {
			ext := extractText(t, tt.heading, tt.text)
			rel := findRel(ext, govkg.RelStatus, ext.Reports[0].ID, tt.project)
			if rel == nil {
				t.Fatalf("no STATUS for %s; relations %v", tt.project, ext.Relations)
			}
			if rel.Props["status"] != tt.status || rel.Props["stance"] != tt.stance || rel.Props["year"] != tt.year {
				t.Errorf("STATUS props = %v, want status %s stance %s year %d", rel.Props, tt.status, tt.stance, tt.year)
			}
		})
	}
}

func TestRelations(t *testing.T) {
	ext := extractText(t, "一、2024年工作回顾",
		"推动轨道16号线二期开通运营,辖区内轨道运营里程增加。",
		"对口帮扶成效显著,包括广西壮族自治区靖西市、那坡县。",
		"深入实施“百千万工程”。",
		"宝安新桥东片区项目加快建设。")
	own := "district:440307"
	st := extractText(t, "一、2024年工作回顾", "建成投用地铁14号线岗厦北站综合交通枢纽。")
	if ml := entityNames(st, govkg.TypeMetroLine)["深圳地铁14号线"]; len(ml.Mentions) != 1 || ml.Mentions[0].Props["station"] != "岗厦北站" {
		t.Errorf("14号线岗厦北站: station not kept on the mention: %+v", ml.Mentions)
	}
	if r := findRel(ext, govkg.RelServes, "metroline:深圳地铁16号线", own); r == nil || r.Props["section"] != "二期" {
		t.Errorf("16号线 SERVES 龙岗区 with section 二期: got %+v", r)
	}
	for _, code := range []string{"451081", "451026"} { // 靖西市, 那坡县
		if r := findRel(ext, govkg.RelAssists, own, "district:"+code); r == nil {
			t.Errorf("龙岗区 ASSISTS district:%s missing", code)
		}
	}
	if r := findRel(ext, govkg.RelImplements, own, "program:百千万工程"); r == nil {
		t.Errorf("龙岗区 IMPLEMENTS 百千万工程 missing")
	}
	// a district that opens a project's name wins over the report's own district
	for _, r := range ext.Relations {
		if r.Type == govkg.RelLocatedIn && strings.Contains(r.From, "新桥东") && r.To != "district:440306" {
			t.Errorf("%s LOCATED_IN %s, want district:440306 (宝安区)", r.From, r.To)
		}
	}
	for _, r := range ext.Relations {
		if len(r.Evidence) == 0 {
			t.Errorf("relation %s %s→%s has no evidence", r.Type, r.From, r.To)
		}
	}
}

func TestIndicators(t *testing.T) {
	tests := []struct {
		heading, text, metric, kind, value, unit, growth string
		year                                             int
	}{
		{"一、2024年工作回顾", "实现地区生产总值5901亿元,增长6.7%。", "地区生产总值", "actual", "5901", "亿元", "6.7", 2024},
		{"二、2025年工作安排", "主要预期目标是:地区生产总值增长6%左右。", "地区生产总值", "target", "", "", "6", 2025},
		{"一、2024年工作回顾", "一般公共预算收入123.05亿元、同口径增长7.2%。", "一般公共预算收入", "actual", "123.05", "亿元", "7.2", 2024},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ext := extractText(t, tt.heading, tt.text)
			var found *govkg.Entity
			for i, e := range ext.Entities {
				if e.Type == govkg.TypeIndicator && e.Props["metric"] == tt.metric {
					found = &ext.Entities[i]
				}
			}
			if found == nil {
				t.Fatalf("no %s indicator in %v", tt.metric, ext.Entities)
			}
			p := found.Props
			if p["kind"] != tt.kind || p["year"] != tt.year || str(p["value"]) != tt.value || str(p["unit"]) != tt.unit || str(p["growth_pct"]) != tt.growth {
				t.Errorf("indicator props = %v", p)
			}
		})
	}
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

// TestDeterministic: the same reports give byte-identical extraction, whatever the
// number of workers.
func TestDeterministic(t *testing.T) {
	files, errs := extract.ExpandPaths([]string{"../testdata/reports"})
	if len(errs) > 0 || len(files) != 5 {
		t.Fatalf("ExpandPaths: %v %v", files, errs)
	}
	run := func(workers int) string {
		var parts []*govkg.Extraction
		extract.New().Run(files, extract.Options{Workers: workers}, func(r extract.FileResult) {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
			parts = append(parts, r.Extraction)
		})
		b, err := jsonMarshal(extract.Merge(parts...))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	a, b := run(1), run(4)
	if a != b {
		t.Fatalf("extraction differs between 1 and 4 workers")
	}
	if c := run(2); c != a {
		t.Fatalf("extraction differs between runs")
	}
}
