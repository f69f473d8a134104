package extract_test

import (
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract"
)

// A renovation keeps its work term and an extension its 线 (ANNOTATION.md (c)), where the
// tagger ended the name before them. The sentences are dev reports' (大连 2013, 贵阳 2015,
// 长沙 2011, 杭州 2017); a work term that runs into another word leaves the name alone.
func TestWorkTermsKept(t *testing.T) {
	tests := []struct {
		title, sentence string
		want, notWant   []ent
	}{
		{"大连市2013年政府工作报告",
			"国际会议中心、大连北站、LNG接收站等项目竣工,哈大高铁顺利开通,城市地铁、南部跨海通道、渤海大道、红沿河核电、大伙房水库输水入连、三道沟净水厂改造等工程加快推进。",
			[]ent{{govkg.TypeProject, "三道沟净水厂改造"}}, []ent{{govkg.TypeProject, "三道沟净水厂"}}},
		{"大连市2013年政府工作报告", "全力推进新机场及沿岸商务区建设和长海机场扩建。",
			[]ent{{govkg.TypeProject, "长海机场扩建"}}, []ent{{govkg.TypeProject, "长海机场"}}},
		{"贵阳市2015年政府工作报告", "加快双龙临空经济区建设,确保基础设施精彩亮相,产业集聚初见成效,积极申报创建国家级临空经济区,完成贵阳航空口岸改造。",
			[]ent{{govkg.TypeProject, "贵阳航空口岸改造"}}, []ent{{govkg.TypeProject, "贵阳航空口岸"}}},
		{"长沙市2011年政府工作报告", "抓好金洲大道西延线、开元东路东延线等干线公路改造。",
			[]ent{{govkg.TypeProject, "金洲大道西延线"}, {govkg.TypeProject, "开元东路东延线"}}, []ent{{govkg.TypeProject, "金洲大道西延"}}},
		{"杭州市2017年政府工作报告", "千岛湖配供水工程顺利推进,闲林水库下闸蓄水,祥符水厂一期改造提前完成。",
			[]ent{{govkg.TypeProject, "祥符水厂一期改造"}}, []ent{{govkg.TypeProject, "祥符水厂"}}},
	}
	for _, tt := range tests {
		ext := extractReportWith(t, extract.New(), tt.title, "二、2017年工作安排", tt.sentence)
		checkExtraction(t, ext, tt.want, tt.notWant, nil)
	}
}
