package extract_test

import (
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract"
)

// TestOwners: the owner ranker reads the company that opens a project's name (and a
// project named by its company alone) and gives it INVOLVES; a place or a common word
// that opens a name is no company. Sentences of train reports (呼和浩特 2024, 福州 2015)
// and of reports no gold set annotates (宁波 2024).
func TestOwners(t *testing.T) {
	tests := []struct {
		name, title, sentence string
		companies, not        []string
		involves              [][2]string // company → project
	}{
		{"company, then product", "呼和浩特市2024年政府工作报告",
			"开工建设中船特种气体、久泰30万吨延链补链一体化、旭阳碳基新材料全产业链一体化等项目。",
			[]string{"中船", "久泰", "旭阳"}, nil,
			[][2]string{{"中船", "中船特种气体"}, {"久泰", "久泰30万吨延链补链一体化"}, {"旭阳", "旭阳碳基新材料全产业链一体化"}}},
		{"projects named by their company", "福州市2015年政府工作报告",
			"建成中景石化、中江石化、景丰科技等60个项目。",
			[]string{"中景石化", "中江石化", "景丰科技"}, nil,
			[][2]string{{"中江石化", "中江石化"}}},
		{"unannotated report", "宁波市2024年政府工作报告",
			"镇海绿色石化基地二期等项目提前开工，甬矽芯片封测二期等项目加快推进。",
			[]string{"甬矽"}, []string{"镇海", "镇海绿色石化"},
			[][2]string{{"甬矽", "甬矽芯片封测"}}},
		{"a place opens the name", "大连市2020年政府工作报告",
			"加快建设旅顺海洋信息产业园。", nil, []string{"旅顺", "旅顺海洋"}, nil},
		{"a district's park", "深圳市坪山区2024年政府工作报告",
			"建成坪山体育公园、燕子岭生态公园。", nil, []string{"坪山", "燕子岭"}, nil},
	}
	x := extract.New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ext := extractReportWith(t, x, tt.title, "一、工作回顾", tt.sentence)
			var want, not []ent
			for _, c := range tt.companies {
				want = append(want, ent{govkg.TypeCompany, c})
			}
			for _, c := range tt.not {
				not = append(not, ent{govkg.TypeCompany, c})
			}
			var rels []rel
			for _, r := range tt.involves {
				rels = append(rels, rel{govkg.RelInvolves, r[0], r[1], ""})
			}
			checkExtraction(t, ext, want, not, rels)
		})
	}
}

// A figure at a project's start is no company, and a facility's whole name is none,
// whatever the owner ranker reads there: the best reading the name may take wins. The
// sentences are dev reports'.
func TestOwnersHoldNoFigures(t *testing.T) {
	tests := []struct{ name, title, sentence, project, notCompany, company string }{
		{"a quantity", "太原市2023年政府工作报告",
			"生物基新材料产业链重点推进合成生物产业生态园年产50万吨生物基戊二胺、90万吨生物基聚酰胺等项目建设。",
			"90万吨生物基聚酰胺", "90万吨生物基", ""},
		{"a company's name before a figure: the best reading without it", "兰州市2009年政府工作报告",
			"重点实施100项工业项目,建成兰州石化年产550万吨常减压装置、国电2×300兆瓦热电联产等项目。",
			"国电2×300兆瓦热电联产", "国电2×", "国电"},
		{"a facility is no company read whole", "兰州市2020年政府工作报告",
			"加快推进华润未来城、轨道·城市曙光、荣光·陇汇广场等重点项目，建成黄河楼一期、鸿运金茂、金城中心等精品工程，打造城市新地标。",
			"金城中心", "金城中心", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), tt.title, "二、工作安排", tt.sentence)
			want := []ent{{govkg.TypeProject, tt.project}}
			if tt.company != "" {
				want = append(want, ent{govkg.TypeCompany, tt.company})
			}
			checkExtraction(t, ext, want, []ent{{govkg.TypeCompany, tt.notCompany}}, nil)
		})
	}
}

// A county between a lexicon company and the rest of a project's name says where the
// company's facility is: the company is the lexicon's name. The sentence is a train
// report's (上海 2024).
func TestOwnersBeforePlaces(t *testing.T) {
	tests := []struct{ name, title, sentence, project, company, notCompany string }{
		{"a district after the company", "2024年上海市政府工作报告", "做好华为青浦研发中心竣工投用配套服务。",
			"华为青浦研发中心", "华为", "华为青浦"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), tt.title, "二、工作安排", tt.sentence)
			checkExtraction(t, ext, []ent{{govkg.TypeProject, tt.project}, {govkg.TypeCompany, tt.company}},
				[]ent{{govkg.TypeCompany, tt.notCompany}}, nil)
		})
	}
}

// A company's name runs through the legal form written after it, wherever the owner
// ranker or the tagger ended it: 华为集团, not 华为; a lexicon company with its form is
// in the lexicon company's group (成飞公司 → 航空工业). The sentences are train reports'
// (呼和浩特 2021, 石家庄 2018, 成都 2018, 北京 2017).
func TestCompaniesWithForms(t *testing.T) {
	tests := []struct {
		name, title, sentence, company, notCompany string
		group                                      string // the lexicon group it joins, "" for none checked
	}{
		{"集团 after the owner", "呼和浩特市2021年政府工作报告", "华为集团区域总部等总部基地项目达成落地意向,西贝餐饮总部项目开工建设。",
			"华为集团", "华为", ""},
		{"公司 after the owner", "石家庄市2018年政府工作报告", "重点抓好辰邦集团匈牙利海外仓、迈瑞公司波兰农产品深加工等项目建设。",
			"迈瑞公司", "迈瑞", ""},
		{"公司 before a work", "成都市2018年政府工作报告", "加快成飞公司航空整机、成都信息安全产业园等军民融合重点项目建设。",
			"成飞公司", "成飞", "航空工业"},
		{"a verb after the form", "北京市2017年政府工作报告", "坚决退出低端无效供给,支持首钢集团化解外埠产能。",
			"首钢集团", "首钢集团化", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), tt.title, "一、工作回顾", tt.sentence)
			var rels []rel
			if tt.group != "" {
				rels = append(rels, rel{govkg.RelPartOfGroup, tt.company, tt.group, ""})
			}
			checkExtraction(t, ext, []ent{{govkg.TypeCompany, tt.company}}, []ent{{govkg.TypeCompany, tt.notCompany}}, rels)
		})
	}
}

// Companies a list closes with a qualified 项目 head are projects named by their company
// (ANNOTATION.md (i)): Project, Company and INVOLVES each, with a qualifier between 等 and
// 项目 (等集成电路重点项目). The sentence is a train report's (无锡 2026).
func TestCompanyListHeads(t *testing.T) {
	tests := []struct{ title, section, sentence, company string }{
		{"无锡市2026年政府工作报告", "二、2026年工作安排",
			"加快推进华虹半导体、盛合晶微、中电科58所等集成电路重点项目建设。", "华虹半导体"},
	}
	for _, tt := range tests {
		t.Run(tt.company, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), tt.title, tt.section, tt.sentence)
			checkExtraction(t, ext, []ent{{govkg.TypeProject, tt.company}, {govkg.TypeCompany, tt.company}}, nil,
				[]rel{{govkg.RelInvolves, tt.company, tt.company, ""}})
		})
	}
}
