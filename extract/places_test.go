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
