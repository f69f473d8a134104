package extract

import (
	"strings"
	"testing"
)

// statusMarks marks the given verbs where the sentence writes them, as sentenceFeatures
// marks status verbs: 1 a verb's first rune, 2 inside, 3 its last, 4 a one-rune verb.
func statusMarks(t *testing.T, rs []rune, verbs ...string) []uint8 {
	t.Helper()
	st := make([]uint8, len(rs))
	for _, v := range verbs {
		i := runeAt(t, rs, v)
		bio(st, nil, i, i+len([]rune(v)), 0)
	}
	return st
}

// runeAt is the rune offset of the first occurrence of sub in rs.
func runeAt(t *testing.T, rs []rune, sub string) int {
	t.Helper()
	b := strings.Index(string(rs), sub)
	if b < 0 {
		t.Fatalf("%q not in %q", sub, string(rs))
	}
	return len([]rune(string(rs)[:b]))
}

// The clause-verb features read the status verbs of the position's own clause only. The
// sentences are train and dev reports' (唐山 2016, 海口 2025, 南宁 2020).
func TestClauseVerbMarks(t *testing.T) {
	tests := []struct {
		name, sentence string
		verbs          []string
		at             string // the position read: the first rune of this
		back, ahead    uint8
	}{
		{"a verb right before", "力促曹妃甸千万吨级炼油项目尽快落地", []string{"力促", "落地"}, "曹妃甸", 1, 1},
		{"a verb far before, none after", "开工建设中国银行总行金融科技中心、恒大水世界", []string{"开工建设"}, "恒大", 4, 0},
		{"a verb three runes back", "推进区市层面项目", []string{"推进"}, "层面", 2, 0},
		{"only after", "比特大陆等47个项目落地", []string{"落地"}, "比特", 0, 1},
		{"another clause's verb is not read", "引进企业330家,比特大陆等47个项目落地", []string{"引进", "落地"}, "比特", 0, 1},
		{"nor a verb after the clause", "歌尔、瑞声二期等项目,加快建设", []string{"加快建设"}, "歌尔", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := []rune(tt.sentence)
			back, ahead := make([]uint8, len(rs)), make([]uint8, len(rs))
			clauseVerbMarks(rs, statusMarks(t, rs, tt.verbs...), back, ahead)
			i := runeAt(t, rs, tt.at)
			if back[i] != tt.back || ahead[i] != tt.ahead {
				t.Errorf("at %q: back %d ahead %d, want %d %d", tt.at, back[i], ahead[i], tt.back, tt.ahead)
			}
		})
	}
}

// A list's head is the noun after its closing 等, past a count and a qualifier; the
// sentences are train and dev reports' (泉州 2019, 太原 2023, 南宁 2020, 哈尔滨 2016).
func TestListHeadMarks(t *testing.T) {
	tests := []struct {
		name, sentence, at string
		want               uint8
	}{
		{"projects", "HDT高效太阳能电池、国脉生物科技等签约落地项目", "国脉", headProjects},
		{"projects after a count", "歌尔、国人射频、瑞声二期、蓝水星等一批项目竣工投产", "国人", headProjects},
		{"firms", "支持紫林、水塔、美锦等龙头醋企上市发展", "水塔", headFirms},
		{"parks", "推进空港、临空等产业园区建设", "空港", headParks},
		{"programs", "实施乡村振兴、城市更新等行动", "乡村", headPrograms},
		{"something else", "加快纺织化纤、冶金钢铁等行业购销供应链平台建设", "冶金", headOther},
		{"the word written first wins", "确保可口可乐搬迁扩产等20个项目建成投产企业", "可口", headProjects},
		{"no 等 in the clause", "建成金简仁快速路、成都经济区环线高速公路", "金简仁", 0},
		{"a 等 of another clause", "推进A、B等项目,加快C建设", "C", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := []rune(tt.sentence)
			lh := make([]uint8, len(rs))
			listHeadMarks(rs, lh)
			if got := lh[runeAt(t, rs, tt.at)]; got != tt.want {
				t.Errorf("at %q: %d, want %d", tt.at, got, tt.want)
			}
		})
	}
}
