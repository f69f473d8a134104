package graph

import (
	"strings"
	"testing"

	"github.com/govkg/govkg"
)

func TestWrapCaption(t *testing.T) {
	for _, tt := range []struct {
		in, want string
	}{
		{"坪山区", "坪山区"},
		{"南湖街道", "南湖街道"},
		{"比亚迪汽车风洞中心", "比亚迪 汽车风 洞中心"},
		{"龙岗国际艺术中心", "龙岗国际 艺术中心"},
		{"广西壮族自治区", "广西壮族 自治区"},
		{"5G+8K超高清基地", "5G+8K超 高清基地"},
		{"AEO实训基地", "AEO实训 基地"},
		{"中国汽车芯片标准验证中心", "中国汽车 芯片标准 验证中心"},
		{"深圳国际低碳城与坪山高新区协同发展示范项目", "深圳国际 低碳城与 坪山高…"},
		{"1+11+111+N区文化馆", "1+11+111 +N区 文化馆"},
		{"  空 格  ", "空格"},
		{"", ""},
	} {
		got := wrapCaption(tt.in, captionLines)
		if got != tt.want {
			t.Errorf("wrapCaption(%q) = %q, want %q", tt.in, got, tt.want)
		}
		for _, chunk := range strings.Fields(got) {
			if w := captionWidth(chunk); w > captionLineWidth {
				t.Errorf("wrapCaption(%q): chunk %q is %d columns, more than %d", tt.in, chunk, w, captionLineWidth)
			}
		}
	}
}

func TestCaptions(t *testing.T) {
	for _, tt := range []struct {
		name string
		e    govkg.Entity
		want string
	}{
		{"metro line", govkg.Entity{Type: govkg.TypeMetroLine, Name: "深圳地铁14号线",
			Props: map[string]any{"city": "深圳市", "line": "14号线"}}, "深圳 14号线"},
		{"metro line without props", govkg.Entity{Type: govkg.TypeMetroLine, Name: "深圳地铁14号线"}, "深圳地铁 14号线"},
		{"indicator target", govkg.Entity{Type: govkg.TypeIndicator, Name: "罗湖区 地区生产总值 2025 target",
			Props: map[string]any{"metric": "地区生产总值", "year": 2025, "kind": "target"}}, "2025目标 地区生 产总值"},
		{"indicator actual", govkg.Entity{Type: govkg.TypeIndicator, Name: "x",
			Props: map[string]any{"metric": "GDP", "year": int64(2024), "kind": "actual"}}, "2024实际 GDP"},
		{"project", govkg.Entity{Type: govkg.TypeProject, Name: "比亚迪汽车风洞中心"}, "比亚迪 汽车风 洞中心"},
	} {
		if got := entityCaption(&tt.e); got != tt.want {
			t.Errorf("%s: entityCaption = %q, want %q", tt.name, got, tt.want)
		}
	}
	for _, tt := range []struct {
		r    govkg.Report
		want string
	}{
		{govkg.Report{District: "龙岗区", Year: 2024, PlanYear: 2025, Kind: govkg.KindWorkReport}, "龙岗区 2025 政府工作报告"},
		{govkg.Report{District: "龙岗区", Year: 2020, PlanYear: 2021, Kind: govkg.KindPlanReport}, "龙岗区 2021 计划报告"},
		{govkg.Report{City: "深圳市", Year: 2024, Kind: govkg.KindWorkReport}, "深圳市 2024 政府工作报告"},
		{govkg.Report{Kind: govkg.KindUnknown}, "报告"},
	} {
		if got := reportCaption(tt.r); got != tt.want {
			t.Errorf("reportCaption(%+v) = %q, want %q", tt.r, got, tt.want)
		}
	}
}
