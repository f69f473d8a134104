package queries_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/govkg/govkg/graph"
	"github.com/govkg/govkg/internal/neo4jtest/seed"
	"github.com/govkg/govkg/queries"
)

// Report files of testdata/reports (Shenzhen districts) and testdata/cities (the
// reports written for the place levels: two cities of 广东省, one of 江苏省 and one of its
// districts), to ground expectations in the text.
const (
	longgang2021 = "longgang-2020-plan-execution-and-2021-plan.txt"
	longgang2025 = "longgang-2025-government-work-report.txt"
	longhua2023  = "longhua-2022-plan-execution-and-2023-plan.txt"
	luohu2025    = "luohu-2025-government-work-report.txt"
	pingshan2025 = "pingshan-2025-government-work-report.md"

	shenzhen2025  = "shenzhen-2025-government-work-report.md"  // 深圳市, 4403-2025-gwr
	huizhou2025   = "huizhou-2025-government-work-report.md"   // 惠州市, 4413-2025-gwr
	changzhou2025 = "changzhou-2025-government-work-report.md" // 常州市 (江苏省), 3204-2025-gwr
	wujin2025     = "wujin-2025-government-work-report.md"     // 武进区 of 常州市, 320412-2025-gwr
)

// result is a query's answer as maps by column, for readable assertions.
type result struct {
	cols []string
	rows []map[string]any
}

func run(t *testing.T, c *graph.Client, name string, given map[string]string) result {
	t.Helper()
	q, ok := queries.Get(name)
	if !ok {
		t.Fatalf("no saved query %s", name)
	}
	params, err := queries.Bind(q, given)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	cols, rows, err := c.Read(context.Background(), q.Cypher, params)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if !slices.Equal(cols, q.Columns) {
		t.Fatalf("%s returns columns %v, its header declares %v", name, cols, q.Columns)
	}
	res := result{cols: cols}
	for _, r := range rows {
		m := map[string]any{}
		for i, c := range cols {
			if !scalar(r[i]) {
				t.Fatalf("%s: column %s holds %T (%v); saved queries return strings, numbers and lists only", name, c, r[i], r[i])
			}
			m[c] = r[i]
		}
		res.rows = append(res.rows, m)
	}
	return res
}

// scalar reports whether v is a value a table or CSV can show: no nodes, relationships
// or maps.
func scalar(v any) bool {
	switch x := v.(type) {
	case nil, string, int64, float64, bool:
		return true
	case []any:
		for _, e := range x {
			if !scalar(e) {
				return false
			}
		}
		return true
	}
	return false
}

func (r result) String() string {
	var b strings.Builder
	for i, row := range r.rows {
		if i == 20 {
			fmt.Fprintf(&b, "… %d more\n", len(r.rows)-i)
			break
		}
		for _, c := range r.cols {
			fmt.Fprintf(&b, "%s=%v ", c, row[c])
		}
		b.WriteString("\n")
	}
	return b.String()
}

func strs(t *testing.T, v any) []string {
	t.Helper()
	l, ok := v.([]any)
	if !ok {
		t.Fatalf("%v (%T) is not a list", v, v)
	}
	out := make([]string, len(l))
	for i, e := range l {
		out[i] = fmt.Sprint(e)
	}
	return out
}

func hasAll(t *testing.T, what string, got any, want ...string) {
	t.Helper()
	list := strs(t, got)
	for _, w := range want {
		if !slices.Contains(list, w) {
			t.Errorf("%s = %v, want it to include %s", what, list, w)
		}
	}
}

func anyContains(t *testing.T, what string, got any, sub string) {
	t.Helper()
	for _, s := range strs(t, got) {
		if strings.Contains(s, sub) {
			return
		}
	}
	t.Errorf("%s = %v: no entry contains %q", what, got, sub)
}

// savedQueryTests answer every saved query on the five seed reports. Each expectation
// was read in the reports, and is checked against the text first (InReport), so a test
// fails for the right reason. Counts are not asserted: the extractor keeps improving.
var savedQueryTests = map[string]func(t *testing.T, c *graph.Client){
	"metro-lines-shared": func(t *testing.T, c *graph.Client) {
		seed.InReport(t, pingshan2025, "地铁14号线")
		seed.InReport(t, longgang2021, "14号线")
		seed.InReport(t, luohu2025, "轨道25号线")
		seed.InReport(t, longhua2023, "轨道22、25、27线")
		seed.InReport(t, longgang2025, "17、22、25、27号线")
		r := run(t, c, "metro-lines-shared", nil)
		hasAll(t, "places of 14号线", seed.One(t, r.rows, map[string]any{"line": "深圳地铁14号线"})["places"], "坪山区", "龙岗区")
		hasAll(t, "places of 25号线", seed.One(t, r.rows, map[string]any{"line": "深圳地铁25号线"})["places"], "罗湖区", "龙华区", "龙岗区")
		r3 := run(t, c, "metro-lines-shared", map[string]string{"min_places": "3"})
		seed.One(t, r3.rows, map[string]any{"line": "深圳地铁25号线"})
		for _, row := range r3.rows {
			if n := len(strs(t, row["places"])); n < 3 {
				t.Errorf("min_places=3 returned %v named by %d places", row["line"], n)
			}
		}
		// 3号线 is named by 龙岗区 alone (two reports of one district).
		seed.NotInReport(t, pingshan2025, "3号线")
		if rows := seed.Find(r.rows, map[string]any{"line": "深圳地铁3号线"}); len(rows) > 0 {
			t.Errorf("深圳地铁3号线 is named by 龙岗区 only, yet listed: %v", rows)
		}
	},
	"companies-multi-district": func(t *testing.T, c *graph.Client) {
		seed.InReport(t, pingshan2025, "比亚迪")
		seed.InReport(t, longgang2025, "比亚迪全球研发中心")
		r := run(t, c, "companies-multi-district", nil)
		row := seed.One(t, r.rows, map[string]any{"company": "比亚迪"})
		hasAll(t, "places of 比亚迪", row["places"], "坪山区", "龙岗区")
		anyContains(t, "projects of 比亚迪", row["projects"], "比亚迪全球研发中心")
		hasAll(t, "reports of 比亚迪", row["reports"], "440307-2025-gwr", "440310-2025-gwr")
	},
	"program-implementers": func(t *testing.T, c *graph.Client) {
		seed.InReport(t, pingshan2025, "百千万工程")
		seed.InReport(t, longgang2025, "全面落实“百千万工程”")
		seed.InReport(t, luohu2025, "深入实施“百千万工程”")
		r := run(t, c, "program-implementers", nil)
		for _, d := range []string{"坪山区", "龙岗区", "罗湖区"} {
			row := seed.One(t, r.rows, map[string]any{"program": "百千万工程", "place": d})
			hasAll(t, "implementers in "+d, row["implementers"], d)
			anyContains(t, "evidence in "+d, row["evidence"], "百千万工程")
		}
		if rows := run(t, c, "program-implementers", map[string]string{"program": "没有这个工程"}).rows; len(rows) != 0 {
			t.Errorf("an unknown program has implementers: %v", rows)
		}
	},
	"project-status-by-district": func(t *testing.T, c *graph.Client) {
		seed.InReport(t, longgang2025, "轨道3号线四期开通运营")
		r := run(t, c, "project-status-by-district", map[string]string{"place": "龙岗区"})
		row := seed.One(t, r.rows, map[string]any{"place": "龙岗区", "year": int64(2024), "status": "operating", "stance": "achieved"})
		hasAll(t, "operating in 2024", row["names"], "深圳地铁3号线")
		if n := row["items"].(int64); n != int64(len(strs(t, row["names"]))) {
			t.Errorf("items = %d, but %d names", n, len(strs(t, row["names"])))
		}
		stances := map[any]bool{}
		for _, x := range r.rows {
			if x["place"] != "龙岗区" {
				t.Errorf("place filter leaked %v", x["place"])
			}
			stances[x["stance"]] = true
		}
		if !stances["achieved"] || !stances["planned"] {
			t.Errorf("want achieved and planned rows, got stances %v", stances)
		}
		all := run(t, c, "project-status-by-district", map[string]string{"year": "2024"})
		seed.One(t, all.rows, map[string]any{"place": "坪山区"})
		for _, x := range all.rows {
			if x["year"] != int64(2024) {
				t.Errorf("year filter leaked %v", x["year"])
			}
		}
	},
	"promise-tracking": func(t *testing.T, c *graph.Client) {
		seed.InReport(t, longgang2021, "3号线东延段", "三联郊野公园")
		seed.InReport(t, longgang2025, "轨道3号线四期开通运营")
		seed.NotInReport(t, longgang2025, "三联")
		r := run(t, c, "promise-tracking", map[string]string{"place": "龙岗区"})
		done := seed.One(t, r.rows, map[string]any{"item": "深圳地铁3号线", "planned_in": "440307-2021-plan"})
		if done["outcome"] != "done" || done["later_report"] != "440307-2025-gwr" {
			t.Errorf("3号线: outcome %v in %v, want done in 440307-2025-gwr", done["outcome"], done["later_report"])
		}
		if s, _ := done["later_evidence"].(string); !strings.Contains(s, "3号线") {
			t.Errorf("3号线 later evidence = %q", s)
		}
		gone := seed.One(t, r.rows, map[string]any{"item": "三联郊野公园"})
		if gone["outcome"] != "not mentioned again" || gone["later_report"] != nil {
			t.Errorf("三联郊野公园: %v", gone)
		}
		// Only districts with a later report can be tracked: 坪山区 has one report.
		if rows := run(t, c, "promise-tracking", map[string]string{"place": "坪山区"}).rows; len(rows) != 0 {
			t.Errorf("坪山区 has no later report, yet: %v", rows)
		}
	},
	"parks-by-district": func(t *testing.T, c *graph.Client) {
		seed.InReport(t, luohu2025, "洪湖公园")
		seed.InReport(t, pingshan2025, "马峦山郊野公园")
		r := run(t, c, "parks-by-district", nil)
		hasAll(t, "public parks of 罗湖区", seed.One(t, r.rows, map[string]any{"place": "罗湖区", "kind": "public"})["names"], "洪湖公园")
		hasAll(t, "public parks of 坪山区", seed.One(t, r.rows, map[string]any{"place": "坪山区", "kind": "public"})["names"], "马峦山郊野公园")
		only := run(t, c, "parks-by-district", map[string]string{"place": "坪山区", "kind": "industrial"})
		if len(only.rows) != 1 || only.rows[0]["place"] != "坪山区" || only.rows[0]["kind"] != "industrial" {
			t.Errorf("filters: %s", only)
		}
	},
	"industrial-parks": func(t *testing.T, c *graph.Client) {
		seed.InReport(t, longhua2023, "富士康AR/VR产业园")
		r := run(t, c, "industrial-parks", nil)
		row := seed.One(t, r.rows, map[string]any{"park": "富士康AR/VR产业园"})
		hasAll(t, "places", row["places"], "龙华区")
		hasAll(t, "companies", row["companies"], "富士康")
		for _, x := range run(t, c, "industrial-parks", map[string]string{"place": "坪山区", "limit": "3"}).rows {
			hasAll(t, "places of "+fmt.Sprint(x["park"]), x["places"], "坪山区")
		}
		if n := len(run(t, c, "industrial-parks", map[string]string{"limit": "2"}).rows); n > 2 {
			t.Errorf("limit 2 gave %d rows", n)
		}
	},
	"programs-shared": func(t *testing.T, c *graph.Client) {
		seed.InReport(t, longgang2025, "百千万工程")
		seed.InReport(t, pingshan2025, "百千万工程")
		r := run(t, c, "programs-shared", nil)
		hasAll(t, "places", seed.One(t, r.rows, map[string]any{"program": "百千万工程"})["places"], "坪山区", "龙岗区")
		seed.One(t, r.rows, map[string]any{"program": "百千万工程", "presence": "both"})
		seed.One(t, r.rows, map[string]any{"presence": "only 龙岗区"})
		seed.One(t, r.rows, map[string]any{"presence": "only 坪山区"})
		for _, x := range run(t, c, "programs-shared", map[string]string{"only_shared": "1"}).rows {
			if x["presence"] != "both" {
				t.Errorf("only_shared=1 returned %v", x)
			}
		}
	},
	"assistance-links": func(t *testing.T, c *graph.Client) {
		seed.InReport(t, longgang2025, "靖西", "那坡")
		seed.InReport(t, pingshan2025, "对口帮扶陆河")
		r := run(t, c, "assistance-links", nil)
		for _, to := range []string{"靖西市", "那坡县"} {
			row := seed.One(t, r.rows, map[string]any{"place": "龙岗区", "assisting": "龙岗区", "assisted": to})
			anyContains(t, "evidence", row["evidence"], strings.TrimSuffix(strings.TrimSuffix(to, "市"), "县"))
			if row["kind"] == "" {
				t.Errorf("龙岗区 → %s has no kind", to)
			}
		}
		row := seed.One(t, r.rows, map[string]any{"place": "坪山区", "assisted": "陆河县"})
		anyContains(t, "evidence", row["evidence"], "陆河")
		hasAll(t, "reports", row["reports"], "440310-2025-gwr")
		for _, x := range run(t, c, "assistance-links", map[string]string{"place": "坪山区"}).rows {
			if x["place"] != "坪山区" {
				t.Errorf("place filter leaked %v", x)
			}
		}
		// each pair keeps the kind its own clause gives it, not another pair's
		seed.InReport(t, longhua2023, "加强对口帮扶紫金工作,深化与罗城、东兰、凤山东西部协作")
		for _, pair := range []struct{ to, kind string }{{"紫金县", "对口帮扶"}, {"罗城仫佬族自治县", "东西部协作"}, {"凤山县", "东西部协作"}} {
			row := seed.One(t, r.rows, map[string]any{"place": "龙华区", "assisted": pair.to, "kind": pair.kind})
			anyContains(t, "evidence", row["evidence"], "协作")
		}
		for _, x := range r.rows {
			if x["place"] == "龙华区" && x["assisted"] == "紫金县" && x["kind"] == "东西部协作" {
				t.Errorf("龙华区 → 紫金县 given another pair's kind: %v", x)
			}
		}
	},
	"indicators-side-by-side": func(t *testing.T, c *graph.Client) {
		seed.InReport(t, pingshan2025, "全区地区生产总值超1444亿元、增长9%")
		seed.InReport(t, longgang2025, "5901")
		r := run(t, c, "indicators-side-by-side", nil)
		ps := seed.One(t, r.rows, map[string]any{"place": "坪山区", "year": int64(2024)})
		if ps["metric"] != "地区生产总值" || ps["value"] != "1444" || ps["growth_pct"] != "9" {
			t.Errorf("坪山区 GDP 2024 = %v", ps)
		}
		lg := seed.One(t, r.rows, map[string]any{"place": "龙岗区", "year": int64(2024)})
		if lg["value"] != "5901" {
			t.Errorf("龙岗区 GDP 2024 = %v", lg)
		}
		// Targets sit beside the year they are for.
		if tgt := seed.Find(r.rows, map[string]any{"place": "坪山区", "year": int64(2025)}); len(tgt) == 0 || tgt[0]["target_growth_pct"] == nil {
			t.Errorf("坪山区 2025 GDP target missing: %v", tgt)
		}
	},
	"entity-neighbourhood": func(t *testing.T, c *graph.Client) {
		seed.InReport(t, pingshan2025, "对口帮扶陆河")
		// 坪山 is an alias of 坪山区: the query must find the district by it.
		r := run(t, c, "entity-neighbourhood", map[string]string{"name": "坪山"})
		row := seed.One(t, r.rows, map[string]any{"entity": "坪山区", "relation": "ASSISTS", "neighbour": "陆河县"})
		if row["direction"] != "out" {
			t.Errorf("坪山区 ASSISTS 陆河县 has direction %v", row["direction"])
		}
		if n := len(run(t, c, "entity-neighbourhood", map[string]string{"name": "坪山区", "limit": "3"}).rows); n != 3 {
			t.Errorf("limit 3 gave %d rows", n)
		}
	},
	"shortest-path": func(t *testing.T, c *graph.Client) {
		seed.InReport(t, pingshan2025, "比亚迪")
		r := run(t, c, "shortest-path", map[string]string{"a": "坪山区", "b": "比亚迪"})
		if len(r.rows) == 0 {
			t.Fatal("no path between 坪山区 and 比亚迪")
		}
		first := r.rows[0]
		if first["path"] != int64(1) || first["hop"] != int64(1) || first["from"] != "坪山区" {
			t.Errorf("first hop = %v", first)
		}
		var last map[string]any
		for _, x := range seed.Find(r.rows, map[string]any{"path": int64(1)}) {
			last = x
			if s, _ := x["evidence"].(string); s == "" {
				t.Errorf("hop without evidence: %v", x)
			}
		}
		if last["to"] != "比亚迪" {
			t.Errorf("path 1 ends at %v", last["to"])
		}
	},
	"new-entities": func(t *testing.T, c *graph.Client) {
		seed.InReport(t, longgang2025, "27号线")
		seed.NotInReport(t, longgang2021, "27号线", "、27")
		seed.InReport(t, longgang2021, "3号线")
		r := run(t, c, "new-entities", map[string]string{"place": "龙岗区", "type": "MetroLine"})
		row := seed.One(t, r.rows, map[string]any{"name": "深圳地铁27号线"})
		if row["latest_report"] != "440307-2025-gwr" {
			t.Errorf("latest report = %v", row["latest_report"])
		}
		anyContains(t, "earlier reports", row["earlier_reports"], "440307-2021-plan")
		if rows := seed.Find(r.rows, map[string]any{"name": "深圳地铁3号线"}); len(rows) > 0 {
			t.Errorf("深圳地铁3号线 is in the 2021 plan too, yet new: %v", rows)
		}
		if rows := run(t, c, "new-entities", map[string]string{"place": "坪山区"}).rows; len(rows) != 0 {
			t.Errorf("坪山区 has a single report: nothing can be new, got %d rows", len(rows))
		}
	},
	"relation-evidence": func(t *testing.T, c *graph.Client) {
		seed.InReport(t, longgang2025, "帮助靖西、那坡")
		r := run(t, c, "relation-evidence", map[string]string{"a": "龙岗", "b": "靖西市"})
		row := seed.One(t, r.rows, map[string]any{"relation": "ASSISTS", "from": "龙岗区", "to": "靖西市"})
		if s, _ := row["sentence"].(string); !strings.Contains(s, "靖西") || row["report"] != "440307-2025-gwr" {
			t.Errorf("evidence = %v", row)
		}
	},
	"status-timeline": func(t *testing.T, c *graph.Client) {
		seed.InReport(t, longgang2021, "16号线南延段开工建设")
		seed.InReport(t, longgang2025, "16号线")
		r := run(t, c, "status-timeline", map[string]string{"name": "16号线"})
		seed.One(t, r.rows, map[string]any{"item": "深圳地铁16号线", "report": "440307-2021-plan"})
		seed.One(t, r.rows, map[string]any{"item": "深圳地铁16号线", "report": "440307-2025-gwr"})
		seed.YearsOrdered(t, r.rows)
	},
}

// The saved queries about cities, answered on the city and district reports of the seed.
func init() {
	savedQueryTests["programs-multi-city"] = func(t *testing.T, c *graph.Client) {
		seed.InReport(t, shenzhen2025, "深入实施“百千万工程”")
		seed.InReport(t, huizhou2025, "深入实施“百千万工程”")
		seed.NotInReport(t, changzhou2025, "百千万")
		seed.NotInReport(t, wujin2025, "百千万")
		seed.InReport(t, shenzhen2025, "深入实施“人工智能+”行动")
		seed.InReport(t, changzhou2025, "深入实施“人工智能+”行动")
		seed.InReport(t, wujin2025, "深入实施“人工智能+”行动")
		r := run(t, c, "programs-multi-city", nil)
		// 百千万工程 is Guangdong's: the two Guangdong cities (深圳市 by its own report and
		// its districts'), not 常州市.
		row := seed.One(t, r.rows, map[string]any{"program": "百千万工程"})
		if got := strs(t, row["places"]); !slices.Equal(got, []string{"惠州市", "深圳市"}) {
			t.Errorf("cities of 百千万工程 = %v, want [惠州市 深圳市]", got)
		}
		hasAll(t, "implementers of 百千万工程", row["implementers"], "深圳市", "惠州市", "龙岗区", "坪山区")
		row = seed.One(t, r.rows, map[string]any{"program": "人工智能+行动"})
		hasAll(t, "cities of 人工智能+行动", row["places"], "常州市", "深圳市")
		hasAll(t, "implementers of 人工智能+行动", row["implementers"], "常州市", "武进区", "深圳市")
		// by province: one province names 百千万工程, two name 人工智能+行动
		p := run(t, c, "programs-multi-city", map[string]string{"level": "province"})
		if rows := seed.Find(p.rows, map[string]any{"program": "百千万工程"}); len(rows) != 0 {
			t.Errorf("百千万工程 is named in 广东省 only, yet listed by province: %v", rows)
		}
		if got := strs(t, seed.One(t, p.rows, map[string]any{"program": "人工智能+行动"})["places"]); !slices.Equal(got, []string{"广东省", "江苏省"}) {
			t.Errorf("provinces of 人工智能+行动 = %v", got)
		}
		// a city's own report counts for the city at the district level
		d := run(t, c, "programs-multi-city", map[string]string{"level": "district", "program": "百千万工程"})
		if len(d.rows) != 1 {
			t.Fatalf("program filter: %s", d)
		}
		hasAll(t, "places of 百千万工程 by district", d.rows[0]["places"], "深圳市", "惠州市", "龙岗区", "坪山区", "罗湖区")
	}
	savedQueryTests["companies-multi-city"] = func(t *testing.T, c *graph.Client) {
		seed.InReport(t, shenzhen2025, "比亚迪全球研发中心建成投用")
		seed.InReport(t, huizhou2025, "比亚迪惠州基地扩产项目建成投产")
		seed.InReport(t, changzhou2025, "比亚迪常州基地二期项目建成投产")
		seed.InReport(t, wujin2025, "支持比亚迪在武进布局")
		seed.InReport(t, pingshan2025, "比亚迪")
		r := run(t, c, "companies-multi-city", nil)
		for _, tt := range []struct {
			city, project string
			districts     []string
		}{
			{"深圳市", "比亚迪全球研发中心", []string{"坪山区", "龙岗区"}},
			{"惠州市", "比亚迪惠州基地扩产项目", nil}, // no district report of 惠州市 in the seed
			{"常州市", "比亚迪常州基地", []string{"武进区"}},
		} {
			row := seed.One(t, r.rows, map[string]any{"company": "比亚迪", "place": tt.city})
			if row["places"] != int64(3) {
				t.Errorf("比亚迪 in %s: places = %v, want 3", tt.city, row["places"])
			}
			hasAll(t, "districts of 比亚迪 in "+tt.city, row["districts"], tt.districts...)
			if len(tt.districts) == 0 && len(strs(t, row["districts"])) != 0 {
				t.Errorf("比亚迪 in %s: districts = %v, want none", tt.city, row["districts"])
			}
			hasAll(t, "projects of 比亚迪 in "+tt.city, row["projects"], tt.project)
		}
		p := run(t, c, "companies-multi-city", map[string]string{"level": "province"})
		seed.One(t, p.rows, map[string]any{"company": "比亚迪", "place": "广东省", "places": int64(2)})
		js := seed.One(t, p.rows, map[string]any{"company": "比亚迪", "place": "江苏省"})
		hasAll(t, "reports of 比亚迪 in 江苏省", js["reports"], "3204-2025-gwr", "320412-2025-gwr")
	}
	savedQueryTests["metro-lines-by-city"] = func(t *testing.T, c *graph.Client) {
		seed.InReport(t, changzhou2025, "常州地铁5号线开工建设", "推动常州地铁6号线开工")
		seed.InReport(t, wujin2025, "推动常州地铁5号线武进段建设")
		seed.InReport(t, longhua2023, "轨道22、25、27线")
		seed.InReport(t, longgang2025, "27号线")
		seed.InReport(t, shenzhen2025, "推动深圳地铁27号线一期建设")
		r := run(t, c, "metro-lines-by-city", map[string]string{"place": "常州市"})
		hasAll(t, "districts of 常州地铁5号线", seed.One(t, r.rows, map[string]any{"city": "常州市", "line": "常州地铁5号线"})["districts"], "武进区")
		if d := strs(t, seed.One(t, r.rows, map[string]any{"line": "常州地铁6号线"})["districts"]); len(d) != 0 {
			t.Errorf("常州地铁6号线 is named by the city's report alone, yet districts %v", d)
		}
		for _, x := range r.rows {
			if x["city"] != "常州市" {
				t.Errorf("place filter leaked %v", x)
			}
		}
		if js := run(t, c, "metro-lines-by-city", map[string]string{"place": "江苏省"}); len(js.rows) != len(r.rows) {
			t.Errorf("江苏省 has only 常州市's lines: %d rows, want %d", len(js.rows), len(r.rows))
		}
		all := run(t, c, "metro-lines-by-city", nil)
		row := seed.One(t, all.rows, map[string]any{"city": "深圳市", "line": "深圳地铁27号线"})
		hasAll(t, "districts of 深圳地铁27号线", row["districts"], "龙岗区", "龙华区")
		hasAll(t, "reports of 深圳地铁27号线", row["reports"], "4403-2025-gwr")
	}
	savedQueryTests["city-district-echo"] = func(t *testing.T, c *graph.Client) {
		seed.InReport(t, changzhou2025, "深入实施“532”发展战略", "西太湖科技产业园", "理想汽车常州基地扩建项目开工建设")
		seed.InReport(t, wujin2025, "深入实施“532”发展战略", "西太湖科技产业园", "理想汽车常州基地扩建项目开工建设")
		seed.InReport(t, shenzhen2025, "龙岗国际艺术中心开工建设", "深圳自然博物馆主体封顶")
		seed.InReport(t, longgang2025, "龙岗国际艺术中心")
		seed.InReport(t, pingshan2025, "深圳自然博物馆")
		r := run(t, c, "city-district-echo", map[string]string{"city": "常州市"})
		for _, tt := range []struct{ typ, name, word string }{
			{"Program", "532发展战略", "532"},
			{"Park", "西太湖科技产业园", "西太湖科技产业园"},
			{"Project", "理想汽车常州基地扩建项目", "理想汽车常州基地扩建项目"},
			{"MetroLine", "常州地铁5号线", "5号线"},
		} {
			row := seed.One(t, r.rows, map[string]any{"city": "常州市", "year": int64(2025), "type": tt.typ, "name": tt.name})
			if got := strs(t, row["districts"]); !slices.Equal(got, []string{"武进区"}) {
				t.Errorf("%s: districts %v, want [武进区]", tt.name, got)
			}
			if row["city_report"] != "3204-2025-gwr" || !slices.Equal(strs(t, row["district_reports"]), []string{"320412-2025-gwr"}) {
				t.Errorf("%s: reports %v %v", tt.name, row["city_report"], row["district_reports"])
			}
			for _, side := range []string{"city_sentence", "district_sentence"} {
				if s, _ := row[side].(string); !strings.Contains(s, tt.word) {
					t.Errorf("%s: %s %q does not name it", tt.name, side, s)
				}
			}
		}
		sz := run(t, c, "city-district-echo", map[string]string{"city": "深圳市", "year": "2025"})
		hasAll(t, "districts echoing 龙岗国际艺术中心", seed.One(t, sz.rows, map[string]any{"name": "龙岗国际艺术中心"})["districts"], "龙岗区")
		hasAll(t, "districts echoing 深圳自然博物馆", seed.One(t, sz.rows, map[string]any{"name": "深圳自然博物馆"})["districts"], "坪山区")
		hasAll(t, "districts echoing 百千万工程", seed.One(t, sz.rows, map[string]any{"name": "百千万工程"})["districts"], "坪山区", "罗湖区", "龙岗区")
		// 惠州市 has no district report in the seed; no report is of 2024
		if rows := run(t, c, "city-district-echo", map[string]string{"city": "惠州市"}).rows; len(rows) != 0 {
			t.Errorf("惠州市 has no district report, yet: %v", rows)
		}
		if rows := run(t, c, "city-district-echo", map[string]string{"year": "2024"}).rows; len(rows) != 0 {
			t.Errorf("no city report plans 2024, yet: %v", rows)
		}
		for _, x := range run(t, c, "city-district-echo", map[string]string{"city": "常州市", "type": "Park"}).rows {
			if x["type"] != "Park" {
				t.Errorf("type filter leaked %v", x)
			}
		}
	}
}

func TestSavedQueriesAnswer(t *testing.T) {
	c := seed.Graph(t)
	for _, name := range queries.Names() {
		test, ok := savedQueryTests[name]
		if !ok {
			t.Errorf("saved query %s has no test in savedQueryTests", name)
			continue
		}
		t.Run(name, func(t *testing.T) { test(t, c) })
	}
	for name := range savedQueryTests {
		if _, ok := queries.Get(name); !ok {
			t.Errorf("savedQueryTests tests %s, which is not a saved query", name)
		}
	}
}

// TestSavedQueriesAreReadOnly checks that the read path the CLI uses refuses a query
// that writes, and that the refusal leaves the graph as it was.
func TestSavedQueriesAreReadOnly(t *testing.T) {
	c := seed.Graph(t)
	ctx := context.Background()
	_, _, err := c.Read(ctx, "CREATE (n:Entity {id: 'querytest:write', name: 'x'}) RETURN n.id AS id", nil)
	if err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Fatalf("a writing query ran in read mode: err = %v", err)
	}
	_, rows, err := c.Read(ctx, "MATCH (n:Entity {id: 'querytest:write'}) RETURN count(n)", nil)
	if err != nil || rows[0][0] != int64(0) {
		t.Errorf("the write left a trace: %v %v", rows, err)
	}
}

// BenchmarkSavedQueries times every saved query with its defaults on the seed graph
// (required parameters get a typical value). Compare p95 against the 100 ms budget on
// a full corpus: go test -bench SavedQueries ./queries/
func BenchmarkSavedQueries(b *testing.B) {
	c := seed.Graph(b)
	typical := map[string]string{"name": "坪山区", "a": "坪山区", "b": "比亚迪"}
	for _, q := range queries.All() {
		given := map[string]string{}
		for _, p := range q.Params {
			if p.Required {
				given[p.Name] = typical[p.Name]
			}
		}
		params, err := queries.Bind(q, given)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(q.Name, func(b *testing.B) {
			for b.Loop() {
				if _, _, err := c.Read(context.Background(), q.Cypher, params); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestByIDAnswersAsSaved runs each generated query by name, as a saved query, and by
// id, as the relation commands do, for names that are one entity's canonical name:
// both must give the same rows.
func TestByIDAnswersAsSaved(t *testing.T) {
	c := seed.Graph(t)
	ctx := context.Background()
	for _, tt := range []struct {
		query string
		names map[string]string
	}{
		{queries.EntityNeighbourhood, map[string]string{"name": "坪山区"}},
		{queries.ShortestPath, map[string]string{"a": "坪山区", "b": "比亚迪"}},
		{queries.RelationEvidence, map[string]string{"a": "龙岗区", "b": "靖西市"}},
		{queries.StatusTimeline, map[string]string{"name": "深圳地铁16号线"}},
	} {
		saved := run(t, c, tt.query, tt.names)
		if len(saved.rows) == 0 {
			t.Fatalf("%s: no rows for %v", tt.query, tt.names)
		}
		q, _ := queries.Get(tt.query)
		params, err := queries.Bind(q, tt.names)
		if err != nil {
			t.Fatal(err)
		}
		for p, name := range tt.names {
			ref, _, err := c.Resolve(ctx, name)
			if err != nil || ref.Name != name {
				t.Fatalf("%s: resolving %s: %v %v", tt.query, name, ref, err)
			}
			params[p] = ref.ID
		}
		cypher, _ := queries.ByID(tt.query)
		cols, rows, err := c.Read(ctx, cypher, params)
		if err != nil {
			t.Fatalf("%s by id: %v", tt.query, err)
		}
		if !slices.Equal(cols, saved.cols) {
			t.Errorf("%s by id returns %v, saved %v", tt.query, cols, saved.cols)
		}
		var got []string
		for _, r := range rows {
			got = append(got, fmt.Sprint(r))
		}
		var want []string
		for _, r := range saved.rows {
			var vals []any
			for _, col := range saved.cols {
				vals = append(vals, r[col])
			}
			want = append(want, fmt.Sprint(vals))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: by id and by name differ:\nby id %v\nsaved %v", tt.query, got, want)
		}
	}
}
