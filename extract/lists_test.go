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
		{"a list that goes on with an item that is no district is left to the tagger",
			"泉州市2016年政府工作报告", "二、2016年工作安排",
			"加快发展海洋经济,规划建设石狮、台商区、晋江等海洋经济园区。",
			nil, []ent{{govkg.TypePark, "晋江海洋经济园区"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ext := extractReportWith(t, extract.New(), tt.title, tt.heading, tt.sentence) // the tagger names the heads
			checkExtraction(t, ext, tt.want, tt.reject, tt.rels)
		})
	}
}
