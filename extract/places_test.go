package extract_test

import (
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract"
)

// A county that NBS puts directly under its province (天门市, 文昌市) is its own city in the
// gazetteer, so its short form in a sentence is no city named there: such a short form is
// a district near the report only in the report's own province. The sentences come from
// train-split reports (and one built for the province's own case).
func TestProvinceAdministeredCounties(t *testing.T) {
	tests := []struct {
		name, title, sentence string
		want, reject          []ent
	}{
		{"a bridge named after a gate", "重庆市2010年政府工作报告",
			"朝天门大桥等一批城市交通项目建成投用。",
			nil, []ent{{govkg.TypeDistrict, "天门市"}}},
		{"a local name far from the county", "哈尔滨市2011年政府工作报告",
			"建设文昌高架桥、征仪路跨线桥等各类桥涵。",
			nil, []ent{{govkg.TypeDistrict, "文昌市"}}},
		{"a neighbour in the report's own province", "海口市2020年政府工作报告",
			"加快海口经济圈建设,推动与文昌、定安、澄迈协同发展。",
			[]ent{{govkg.TypeDistrict, "文昌市"}, {govkg.TypeDistrict, "定安县"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), tt.title, "一、工作回顾", tt.sentence)
			checkExtraction(t, ext, tt.want, tt.reject, nil)
		})
	}
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
	tests := []struct {
		name, title, sentence string
		want, reject          []ent
	}{
		{"将息 before 息烽县 (dev)", "贵阳市2017年政府工作报告",
			"将修文县打造成为阳明心学圣地、特色农业基地、现代医养高地，将息烽县、开阳县建设成为更高水平全面小康示范县。",
			[]ent{{govkg.TypeDistrict, "息烽县"}, {govkg.TypeDistrict, "开阳县"}}, nil},
		{"进城 before 城东区 (dev)", "西宁市2023年政府工作报告",
			"推进城东区养老示范基地、湟源县老年养护院建设。",
			[]ent{{govkg.TypeDistrict, "城东区"}, {govkg.TypeDistrict, "湟源县"}}, nil},
		{"以上 before 上林县 (train)", "南宁市2019年政府工作报告",
			"深化医药卫生体制改革，以上林县为试点推进医共体建设。",
			[]ent{{govkg.TypeDistrict, "上林县"}}, nil},
		{"a two-rune county inside a word", "濮阳市2020年政府工作报告",
			"创建国家级示范县。",
			nil, []ent{{govkg.TypeDistrict, "范县"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), tt.title, "一、工作回顾", tt.sentence)
			checkExtraction(t, ext, tt.want, tt.reject, nil)
		})
	}
}
