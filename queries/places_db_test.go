package queries_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/govkg/govkg/graph"
	"github.com/govkg/govkg/internal/neo4jtest/seed"
)

// TestSavedQueriesByPlace asks the saved queries that take a place and a level about
// the cities of the seed: a place may be a district, a city or a province, a city's own
// report counts for the city, and places are grouped at the level asked. Expectations
// were read in the reports of testdata/cities and testdata/reports.
func TestSavedQueriesByPlace(t *testing.T) {
	c := seed.Graph(t)
	tests := []struct {
		name  string
		check func(t *testing.T, c *graph.Client)
	}{
		{"metro lines by city: each line is named in one city only", func(t *testing.T, c *graph.Client) {
			seed.InReport(t, shenzhen2025, "深圳地铁16号线二期开通运营")
			seed.InReport(t, longgang2021, "16号线")
			// at the district level the city's report counts for 深圳市, beside 龙岗区
			d := run(t, c, "metro-lines-shared", nil)
			hasAll(t, "places of 深圳地铁16号线", seed.One(t, d.rows, map[string]any{"line": "深圳地铁16号线"})["places"], "深圳市", "龙岗区")
			if rows := run(t, c, "metro-lines-shared", map[string]string{"level": "city"}).rows; len(rows) != 0 {
				t.Errorf("every line is named within its own city, yet shared by cities: %v", rows)
			}
			one := run(t, c, "metro-lines-shared", map[string]string{"level": "city", "min_places": "1"})
			seed.One(t, one.rows, map[string]any{"line": "常州地铁5号线"})
			for _, x := range one.rows {
				if p := strs(t, x["places"]); len(p) != 1 || (p[0] != "深圳市" && p[0] != "常州市") {
					t.Errorf("%v named by %v", x["line"], p)
				}
			}
		}},
		{"companies by city and province", func(t *testing.T, c *graph.Client) {
			r := run(t, c, "companies-multi-district", map[string]string{"level": "city"})
			if got := strs(t, seed.One(t, r.rows, map[string]any{"company": "比亚迪"})["places"]); !slices.Equal(got, []string{"常州市", "惠州市", "深圳市"}) {
				t.Errorf("cities of 比亚迪 = %v", got)
			}
			p := run(t, c, "companies-multi-district", map[string]string{"level": "province"})
			if got := strs(t, seed.One(t, p.rows, map[string]any{"company": "比亚迪"})["places"]); !slices.Equal(got, []string{"广东省", "江苏省"}) {
				t.Errorf("provinces of 比亚迪 = %v", got)
			}
		}},
		{"program implementers grouped by city", func(t *testing.T, c *graph.Client) {
			r := run(t, c, "program-implementers", map[string]string{"level": "city"})
			sz := seed.One(t, r.rows, map[string]any{"program": "百千万工程", "place": "深圳市"})
			hasAll(t, "implementers in 深圳市", sz["implementers"], "深圳市", "坪山区", "罗湖区", "龙岗区")
			hz := seed.One(t, r.rows, map[string]any{"program": "百千万工程", "place": "惠州市"})
			if got := strs(t, hz["implementers"]); !slices.Equal(got, []string{"惠州市"}) {
				t.Errorf("implementers in 惠州市 = %v", got)
			}
			anyContains(t, "evidence in 惠州市", hz["evidence"], "百千万工程")
			if len(r.rows) != 2 {
				t.Errorf("百千万工程 by city: want 深圳市 and 惠州市, got %s", r)
			}
		}},
		{"project status of a city and its districts", func(t *testing.T, c *graph.Client) {
			seed.InReport(t, changzhou2025, "常州地铁5号线开工建设")
			seed.InReport(t, wujin2025, "推动常州地铁5号线武进段建设")
			d := run(t, c, "project-status-by-district", map[string]string{"place": "常州市"})
			hasAll(t, "started in 常州市 in 2024", seed.One(t, d.rows, map[string]any{"place": "常州市", "year": int64(2024), "status": "started", "stance": "achieved"})["names"], "常州地铁5号线")
			hasAll(t, "planned in 武进区 for 2025", seed.One(t, d.rows, map[string]any{"place": "武进区", "year": int64(2025), "status": "under_construction", "stance": "planned"})["names"], "常州地铁5号线")
			city := run(t, c, "project-status-by-district", map[string]string{"place": "常州市", "level": "city"})
			for _, x := range city.rows {
				if x["place"] != "常州市" {
					t.Errorf("level=city gave place %v", x["place"])
				}
			}
			hasAll(t, "planned in 常州市 for 2025", seed.One(t, city.rows, map[string]any{"year": int64(2025), "status": "under_construction", "stance": "planned"})["names"], "常州地铁5号线")
			prov := run(t, c, "project-status-by-district", map[string]string{"place": "广东省", "level": "province", "year": "2024"})
			for _, x := range prov.rows {
				if x["place"] != "广东省" {
					t.Errorf("level=province gave place %v", x["place"])
				}
			}
			hasAll(t, "completed in 广东省 in 2024", seed.One(t, prov.rows, map[string]any{"status": "completed", "stance": "achieved"})["names"], "比亚迪惠州基地扩产项目")
		}},
		{"a district's promise kept in its city's later report", func(t *testing.T, c *graph.Client) {
			seed.InReport(t, longgang2021, "16号线南延段开工建设")
			seed.InReport(t, shenzhen2025, "深圳地铁16号线二期开通运营")
			city := run(t, c, "promise-tracking", map[string]string{"place": "龙岗区", "level": "city"})
			row := seed.One(t, city.rows, map[string]any{"item": "深圳地铁16号线", "planned_in": "440307-2021-plan"})
			if row["place"] != "深圳市" || row["outcome"] != "done" || row["later_report"] != "4403-2025-gwr" {
				t.Errorf("16号线 at the city level: %v", row)
			}
			// at the district level only 龙岗区's own reports count
			d := run(t, c, "promise-tracking", map[string]string{"place": "龙岗区"})
			row = seed.One(t, d.rows, map[string]any{"item": "深圳地铁16号线", "planned_in": "440307-2021-plan"})
			if row["later_report"] == "4403-2025-gwr" {
				t.Errorf("16号线 at the district level kept by the city's report: %v", row)
			}
		}},
		{"parks of a city and of its district", func(t *testing.T, c *graph.Client) {
			seed.InReport(t, changzhou2025, "西太湖科技产业园获评省级特色创新产业园")
			seed.InReport(t, wujin2025, "建成西太湖国际医疗产业园二期")
			d := run(t, c, "parks-by-district", map[string]string{"place": "常州市", "kind": "industrial"})
			hasAll(t, "industrial parks of 武进区", seed.One(t, d.rows, map[string]any{"place": "武进区"})["names"], "西太湖科技产业园", "西太湖国际医疗产业园")
			// the city's report puts 西太湖科技产业园 in no district: it counts for the city too
			hasAll(t, "industrial parks of 常州市", seed.One(t, d.rows, map[string]any{"place": "常州市"})["names"], "西太湖科技产业园")
			city := run(t, c, "parks-by-district", map[string]string{"place": "江苏省", "kind": "industrial", "level": "city"})
			if len(city.rows) != 1 || city.rows[0]["place"] != "常州市" {
				t.Fatalf("industrial parks of 江苏省 by city: %s", city)
			}
			hasAll(t, "industrial parks of 常州市", city.rows[0]["names"], "西太湖科技产业园", "西太湖国际医疗产业园")
		}},
		{"industrial parks of a city", func(t *testing.T, c *graph.Client) {
			r := run(t, c, "industrial-parks", map[string]string{"place": "常州市", "level": "city"})
			row := seed.One(t, r.rows, map[string]any{"park": "西太湖科技产业园"})
			if got := strs(t, row["places"]); !slices.Equal(got, []string{"常州市"}) {
				t.Errorf("places of 西太湖科技产业园 = %v", got)
			}
			for _, x := range r.rows {
				if !slices.Contains(strs(t, x["places"]), "常州市") {
					t.Errorf("place filter leaked %v", x)
				}
			}
		}},
		{"programs of two cities, two provinces", func(t *testing.T, c *graph.Client) {
			seed.InReport(t, changzhou2025, "深入实施“532”发展战略")
			r := run(t, c, "programs-shared", map[string]string{"a": "深圳市", "b": "常州市"})
			seed.One(t, r.rows, map[string]any{"program": "人工智能+行动", "presence": "both"})
			seed.One(t, r.rows, map[string]any{"program": "百千万工程", "presence": "only 深圳市"})
			seed.One(t, r.rows, map[string]any{"program": "532发展战略", "presence": "only 常州市"})
			p := run(t, c, "programs-shared", map[string]string{"a": "广东省", "b": "江苏省", "only_shared": "1"})
			seed.One(t, p.rows, map[string]any{"program": "十四五规划", "presence": "both"})
		}},
		{"assistance by a city and by its districts", func(t *testing.T, c *graph.Client) {
			seed.InReport(t, shenzhen2025, "对口帮扶汕尾市、河源市")
			r := run(t, c, "assistance-links", map[string]string{"place": "深圳市", "level": "city"})
			for _, to := range []string{"汕尾市", "河源市"} {
				row := seed.One(t, r.rows, map[string]any{"assisting": "深圳市", "assisted": to})
				hasAll(t, "reports", row["reports"], "4403-2025-gwr")
			}
			seed.One(t, r.rows, map[string]any{"assisting": "龙岗区", "assisted": "靖西市"})
			for _, x := range r.rows {
				if x["place"] != "深圳市" {
					t.Errorf("level=city gave place %v", x)
				}
			}
		}},
		{"indicators of a city and of its district", func(t *testing.T, c *graph.Client) {
			seed.InReport(t, changzhou2025, "全市地区生产总值增长6.1%", "增长目标为5.5%左右")
			seed.InReport(t, wujin2025, "全区地区生产总值增长6.5%")
			r := run(t, c, "indicators-side-by-side", map[string]string{"place": "江苏省"})
			if cz := seed.One(t, r.rows, map[string]any{"place": "常州市", "year": int64(2024)}); cz["level"] != "city" || cz["growth_pct"] != "6.1" {
				t.Errorf("常州市 GDP 2024 = %v", cz)
			}
			if wj := seed.One(t, r.rows, map[string]any{"place": "武进区", "year": int64(2024)}); wj["level"] != "district" || wj["growth_pct"] != "6.5" {
				t.Errorf("武进区 GDP 2024 = %v", wj)
			}
			if cz := seed.One(t, r.rows, map[string]any{"place": "常州市", "year": int64(2025)}); cz["target_growth_pct"] != "5.5" {
				t.Errorf("常州市 GDP target 2025 = %v", cz)
			}
		}},
		{"a city's neighbourhood and a line's timeline across levels", func(t *testing.T, c *graph.Client) {
			seed.InReport(t, huizhou2025, "惠州港荃湾港区煤炭码头二期工程建成投用")
			// what a city's report builds with no district named is located in the city
			r := run(t, c, "entity-neighbourhood", map[string]string{"name": "惠州市"})
			row := seed.One(t, r.rows, map[string]any{"relation": "LOCATED_IN", "neighbour": "惠州港荃湾港区煤炭码头"})
			if row["direction"] != "in" || !slices.Equal(strs(t, row["places"]), []string{"惠州市"}) {
				t.Errorf("惠州港荃湾港区煤炭码头 LOCATED_IN 惠州市: %v", row)
			}
			seed.One(t, r.rows, map[string]any{"relation": "IMPLEMENTS", "neighbour": "百千万工程", "direction": "out"})
			seed.One(t, r.rows, map[string]any{"relation": "IN_PROVINCE", "neighbour": "广东省", "direction": "out"})
			tl := run(t, c, "status-timeline", map[string]string{"name": "常州地铁5号线"})
			seed.One(t, tl.rows, map[string]any{"year": int64(2024), "status": "started", "place": "常州市", "report": "3204-2025-gwr"})
			seed.One(t, tl.rows, map[string]any{"year": int64(2025), "place": "武进区", "report": "320412-2025-gwr"})
			seed.YearsOrdered(t, tl.rows)
		}},
		{"a city's report is about its city; every report knows its place", func(t *testing.T, c *graph.Client) {
			_, rows, err := c.Read(context.Background(), `MATCH (r:Report)-[:ABOUT]->(p:Entity)
RETURN r.id, r.level, r.place, r.city, r.city_code, r.province, r.province_code, p.type, p.name ORDER BY r.id`, nil)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, r := range rows {
				got[fmt.Sprint(r[0])] = strings.Trim(fmt.Sprint(r[1:]), "[]")
			}
			for id, want := range map[string]string{
				"4403-2025-gwr":   "city 深圳市 深圳市 4403 广东省 44 City 深圳市",
				"4413-2025-gwr":   "city 惠州市 惠州市 4413 广东省 44 City 惠州市",
				"3204-2025-gwr":   "city 常州市 常州市 3204 江苏省 32 City 常州市",
				"320412-2025-gwr": "district 武进区 常州市 3204 江苏省 32 District 武进区",
				"440307-2025-gwr": "district 龙岗区 深圳市 4403 广东省 44 District 龙岗区",
			} {
				if got[id] != want {
					t.Errorf("report %s: %q, want %q", id, got[id], want)
				}
			}
			if len(rows) != 9 {
				t.Errorf("%d reports have an ABOUT, want all 9", len(rows))
			}
		}},
		{"new entities of a city's own reports", func(t *testing.T, c *graph.Client) {
			// one report of 深圳市 itself: nothing to compare
			if rows := run(t, c, "new-entities", map[string]string{"place": "深圳市"}).rows; len(rows) != 0 {
				t.Errorf("深圳市 has a single report of its own, yet: %v", rows)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(strings.ReplaceAll(tt.name, " ", "_"), func(t *testing.T) { tt.check(t, c) })
	}
}
