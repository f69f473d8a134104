package extract

import (
	"strings"

	govkg "github.com/govkg/govkg"
)

// programHeads are the head words that follow a quoted program name.
var programHeads = []string{
	"工程", "计划", "行动", "规划", "方案", "战略", "部署", "政策", "行动计划", "行动方案", "专项行动",
	"三年行动", "五年行动", "三年行动计划", "五年行动计划", "攻坚行动", "十大计划", "具体部署",
	"建设部署", "区域发展战略", "发展战略", "规划纲要", "实施方案", "工作方案", "产业集群", "条", "条措施",
	"先锋城市部署", "专项规划", "改革", "体系",
}

type knownProgram struct {
	canonical string
	aliases   []string
}

// knownPrograms are programs named without quotes, with their aliases.
func knownPrograms() []knownProgram {
	return []knownProgram{
		{"百千万工程", []string{"百县千镇万村高质量发展工程"}},
		{"十四五规划", []string{"十四五规划纲要"}},
		{"十五五规划", []string{"十五五规划纲要"}},
		{"十三五规划", []string{"十三五规划纲要"}},
		{"高质量发展十大计划", nil},
		{"乡村振兴战略", nil},
		{"人才强区战略", nil},
		{"创新驱动发展战略", nil},
		{"粤港澳大湾区发展规划纲要", []string{"粤港澳大湾区规划纲要"}},
	}
}

// quotePairs are the quotation marks a program name may stand in.
var quotePairs = map[rune]rune{'“': '”', '"': '"', '「': '」', '‘': '’'}

// programs finds named programs: a quoted name with the head word that follows it
// (“十四五”规划 → 十四五规划; “甲”“乙”计划 → 甲计划, 乙计划), quoted reform labels, titles
// of plans in 《》, and known unquoted names.
func (r *report) programs(rs []rune) []mention {
	var out []mention
	for i := 0; i < len(rs); i++ {
		if idx, n := r.x.programs.longest(rs, i); idx >= 0 {
			out = append(out, mention{typ: govkg.TypeProgram, name: r.x.programVal[idx], start: i, end: i + n})
			i += n - 1
		}
	}
	type quoted struct{ s, e int } // rune range of the quoted text including marks
	var run []quoted
	flush := func(headStart int) {
		if len(run) == 0 {
			return
		}
		head := ""
		he := headStart
		if idx, n := r.x.heads.longest(rs, headStart); idx >= 0 {
			head = programHeads[idx]
			he = headStart + n
		}
		for _, q := range run {
			inner := string(rs[q.s+1 : q.e-1])
			if !plausibleProgramLabel(inner) {
				continue
			}
			name := inner + head
			end := q.e
			if head != "" && len(run) == 1 {
				end = he
			}
			if head == "" && !r.labelIsProgram(rs, q.s, q.e, inner) {
				continue
			}
			out = append(out, mention{typ: govkg.TypeProgram, name: name, start: q.s, end: end})
		}
		run = run[:0]
	}
	for i := 0; i < len(rs); i++ {
		closeMark, ok := quotePairs[rs[i]]
		if !ok {
			continue
		}
		j := i + 1
		for j < len(rs) && rs[j] != closeMark && j-i < 40 {
			j++
		}
		if j >= len(rs) || rs[j] != closeMark {
			continue
		}
		run = append(run, quoted{i, j + 1})
		next := j + 1
		if next < len(rs) && rs[next] == '、' && next+1 < len(rs) {
			if _, ok := quotePairs[rs[next+1]]; ok {
				i = next
				continue
			}
		}
		if next < len(rs) {
			if _, ok := quotePairs[rs[next]]; ok {
				i = j
				continue
			}
		}
		flush(next)
		i = j
	}
	flush(len(rs))
	// 《X》 titles of plans and programs
	for i := 0; i < len(rs); i++ {
		if rs[i] != '《' {
			continue
		}
		j := i + 1
		for j < len(rs) && rs[j] != '》' && j-i < 60 {
			j++
		}
		if j >= len(rs) {
			break
		}
		title := stripYears(string(rs[i+1 : j]))
		for _, h := range []string{"规划", "方案", "计划", "纲要", "行动", "政策", "战略", "措施"} {
			if strings.HasSuffix(title, h) {
				out = append(out, mention{typ: govkg.TypeProgram, name: title, start: i, end: j + 1})
				break
			}
		}
		i = j
	}
	return out
}

// plausibleProgramLabel rejects quoted text that is a sentence or a slogan pair.
func plausibleProgramLabel(s string) bool {
	n := len([]rune(s))
	if n < 2 || n > 20 {
		return false
	}
	return !strings.ContainsAny(s, ",。;:!?")
}

// labelIsProgram decides whether a quoted label without a head word names a program or
// reform (免申即享, 双减) rather than a slogan or a descriptive phrase.
func (r *report) labelIsProgram(rs []rune, s, e int, inner string) bool {
	n := len([]rune(inner))
	if n > 10 {
		return false
	}
	before := string(rs[max(0, s-4):s])
	after := string(rs[e:min(len(rs), e+4)])
	for _, w := range []string{"实施", "推行", "深化", "推进", "开展", "落实", "推广", "试点", "打造", "探索", "创新", "上线", "建立", "实行", "启动", "推出", "首创", "深入"} {
		if strings.HasSuffix(before, w) || strings.Contains(before, w) {
			return true
		}
	}
	for _, w := range []string{"改革", "模式", "机制", "服务", "试点", "工作", "品牌", "平台", "专项", "制度"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// stripYears drops a parenthesized year range from a title: 方案(2021-2025年).
func stripYears(s string) string {
	if k := strings.LastIndex(s, "("); k > 0 && strings.HasSuffix(s, ")") {
		inner := s[k+1 : len(s)-1]
		if strings.ContainsAny(inner, "0123456789") && strings.Contains(inner, "年") {
			return s[:k]
		}
	}
	return s
}

// glossaryEntry is one entry of a report's 名词解释.
type glossaryEntry struct {
	term, definition string
	sentence         int
}

// glossaryEntries reads `N.term:definition` entries from glossary sentences.
func (r *report) glossaryEntries() []glossaryEntry {
	var out []glossaryEntry
	for i, s := range r.doc.Sentences {
		if s.Stance != govkg.StanceGlossary {
			continue
		}
		t := s.Text
		k := strings.Index(t, ":")
		if k <= 0 || k > 80 {
			continue
		}
		term := strings.TrimSpace(t[:k])
		// drop the entry number
		rs := []rune(term)
		j := 0
		for j < len(rs) && (rs[j] >= '0' && rs[j] <= '9' || rs[j] == '.' || rs[j] == '、' || rs[j] == ' ') {
			j++
		}
		term = stripQuotes(string(rs[j:]))
		if n := len([]rune(term)); n < 2 || n > 40 {
			continue
		}
		out = append(out, glossaryEntry{term: term, definition: strings.TrimSpace(t[k+1:]), sentence: i})
	}
	return out
}

func stripQuotes(s string) string {
	return strings.NewReplacer("“", "", "”", "", "\"", "", "‘", "", "’", "", "《", "", "》", "", "「", "", "」", "", "*", "").Replace(s)
}

// applyGlossary attaches definitions: an entry naming a program found in the report (or
// ending in a program head word) defines that program; the rest become Terms.
func (r *report) applyGlossary(entries []glossaryEntry) {
	for _, g := range entries {
		s := r.doc.Sentences[g.sentence]
		id := entityID(govkg.TypeProgram, g.term)
		if e, ok := r.ents[id]; ok {
			setDefinition(e, g.definition)
			continue
		}
		if idx, n := r.x.programs.longest([]rune(g.term), 0); idx >= 0 && n == len([]rune(g.term)) {
			if e, ok := r.ents[entityID(govkg.TypeProgram, r.x.programVal[idx])]; ok {
				setDefinition(e, g.definition)
				continue
			}
		}
		typ := govkg.TypeTerm
		for _, h := range programHeads {
			if strings.HasSuffix(g.term, h) && len([]rune(g.term)) > len([]rune(h)) {
				typ = govkg.TypeProgram
				break
			}
		}
		m := mention{typ: typ, name: g.term, start: 0, end: min(len([]rune(s.Text)), len([]rune(g.term)))}
		r.addMention(s, m)
		if e, ok := r.ents[entityID(typ, g.term)]; ok {
			setDefinition(e, g.definition)
		}
	}
}

func setDefinition(e *govkg.Entity, def string) {
	if e.Props == nil {
		e.Props = map[string]any{}
	}
	if _, ok := e.Props["definition"]; !ok && def != "" {
		e.Props["definition"] = def
	}
}
