package extract

import (
	"slices"
	"strings"

	govkg "github.com/govkg/govkg"
)

// A report's glossary (名词解释): its entries' terms, the programs they name and the
// members they list (applyGlossary).

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
		rs := []rune(term)
		term = stripQuotes(string(rs[entryNumberLen(rs):]))
		if n := len([]rune(term)); n < 2 || n > 40 {
			continue
		}
		def := strings.TrimSpace(t[k+1:])
		if !glossaryTerm(term, def) {
			continue
		}
		out = append(out, glossaryEntry{term: term, definition: def, sentence: i})
	}
	return out
}

// glossaryMetaWords label a glossary or its parts, not a term (名词解释:, 注释:, 报告原文:…,
// 解释:…).
var glossaryMetaWords = []string{"名词解释", "注释", "报告原文", "原文", "解释", "注", "说明", "备注"}

// glossaryClauseEnds end a clause of a definition that a colon continues (这五个方面是:,
// 试点分两个层面逐步推进,其中:, 工程的主要内容是:, 具体包括:), which is no term.
var glossaryClauseEnds = []string{"是", "其中", "即", "如下", "包括", "分别为"}

// glossaryTerm says whether term, read before the colon of a glossary sentence with def
// after it, is an entry's term: not the glossary's heading (附录一:《政府工作报告》名词解释,
// 附件1:, 注释:), not a label of its parts (报告原文, 解释), and not a clause of a
// definition that goes on after a colon (这五个方面是, 9是指9个配套文件,即, …设立于2019年
// 8月2日,其规划功能为). A term may hold a comma (两业并举,双轮驱动) and end in 为 (三无经营
// 行为). On the 860 corpus reports such entries gave 57 Terms.
func glossaryTerm(term, def string) bool {
	if def == "" || strings.Contains(def, "名词解释") || slices.Contains(glossaryMetaWords, term) ||
		hasAnySuffix(term, glossaryClauseEnds...) || strings.ContainsAny(term, ",，") && strings.HasSuffix(term, "为") {
		return false
	}
	for _, h := range []string{"附录", "附件"} {
		if rest, ok := strings.CutPrefix(term, h); ok && strings.Trim(rest, "0123456789一二三四五六七八九十") == "" {
			return false
		}
	}
	return true
}

// entryNumberLen returns the length of the entry number that opens a glossary entry
// (15., 3、, 2．), spaces after it included, or 0: one number only, so that a term that
// opens with a figure keeps it (15.10大产业项目 is entry 15, term 10大产业项目).
func entryNumberLen(rs []rune) int {
	j := 0
	for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
		j++
	}
	if j == 0 || j >= len(rs) || !strings.ContainsRune(".、．", rs[j]) {
		return 0
	}
	j++
	for j < len(rs) && rs[j] == ' ' {
		j++
	}
	return j
}

// glossaryTermEnd returns the rune offset of the colon that ends the term when rs is a
// glossary entry of the report (N.term:definition), else -1.
func (r *report) glossaryTermEnd(rs []rune) int {
	k := -1
	for i, c := range rs {
		if c == ':' {
			k = i
			break
		}
		if i > 60 {
			break
		}
	}
	if k <= 0 {
		return -1
	}
	text := string(rs)
	for _, s := range r.doc.Sentences {
		if s.Stance == govkg.StanceGlossary && s.Text == text {
			return k
		}
	}
	return -1
}

// glossaryNamesProgram decides whether a quoted glossary term names a program from its
// definition: measures, policies, reforms, mechanisms and campaigns do; devices, spaces,
// problems and principles do not.
func (r *report) glossaryNamesProgram(rs []rune, colon int, inner string) bool {
	if isPureCode(inner) || sloganLabel(inner) {
		return false
	}
	if rejectedLabelEnd(inner) {
		return false
	}
	def := string(rs[colon+1:])
	if strings.Contains(def, "问题") || strings.Contains(def, "挑战") {
		return false
	}
	for _, w := range []string{"措施", "政策", "改革", "工程", "行动", "计划", "机制", "模式", "试点", "制度", "部署",
		"业务", "产品", "建设", "服务", "活动", "推行", "推出", "实施", "创建", "连通", "规划"} {
		if strings.Contains(def, w) {
			return true
		}
	}
	return false
}

func stripQuotes(s string) string { return quoteStripper.Replace(s) }

// quoteStripper is built once: a Replacer compiles its table on first use.
var quoteStripper = strings.NewReplacer("“", "", "”", "", "\"", "", "‘", "", "’", "", "《", "", "》", "", "「", "", "」", "", "*", "")

// applyGlossary attaches definitions: an entry naming a program found in the report (or
// ending in a program head word) defines that program; the rest become Terms.
func (r *report) applyGlossary(entries []glossaryEntry) {
	for _, g := range entries {
		s := r.doc.Sentences[g.sentence]
		colon := len([]rune(s.Text))
		if k := strings.Index(s.Text, ":"); k >= 0 {
			colon = len([]rune(s.Text[:k]))
		}
		// programs the rules found in the term part of the entry
		defined := false
		for _, m := range r.found[g.sentence] {
			if m.typ == govkg.TypeProgram && m.start < colon {
				if e, ok := r.ents[r.idOf(m)]; ok {
					setDefinition(e, g.definition)
					defined = true
				}
			}
		}
		if defined {
			continue
		}
		id := entityID(govkg.TypeProgram, g.term)
		if e, ok := r.ents[id]; ok {
			setDefinition(e, g.definition)
			continue
		}
		if idx, n := r.longestAt(ftPrograms, []rune(g.term), 0); idx >= 0 && n == len([]rune(g.term)) {
			if e, ok := r.ents[entityID(govkg.TypeProgram, r.x.programVal[idx])]; ok {
				setDefinition(e, g.definition)
				continue
			}
		}
		typ := govkg.TypeTerm
		if endsWithHead(g.term) && !genericProgramName(g.term) || projectSetTerm(g.term) {
			typ = govkg.TypeProgram
		}
		rs := r.runes[g.sentence]
		m := mention{typ: typ, name: g.term, start: entryNumberLen(rs), end: min(len(rs), colon)}
		r.addMention(s, m)
		if typ == govkg.TypeProgram {
			r.found[g.sentence] = append(r.found[g.sentence], m) // the entry's works are the program's (glossaryTermPrograms)
		}
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

// mechanismHeads after a quoted label, a few words between, make it a reform or a
// mechanism of the government (ANNOTATION.md (e), (b)): “三社联动”机制, “163”集成政务服务模式,
// “第一议题”学习制度, “双盲”评审改革.
var mechanismHeads = []string{"机制", "改革", "制度", "模式"}

// quotedMechanisms names, after the tagger, the quoted labels that nothing named and that
// a mechanism head follows within six runes of the label's clause: each is a Program
// named as quoted. Not a slogan, a manner (“清单式”) or a business model (“旅游+”模式,
// “跨境电商+产业带”模式: ANNOTATION.md (b)). 体系, 格局 and 活动 do not count: held out by
// city such labels were programs about a third of the time (“双循环”发展格局, “最美家庭”等
// 创建活动); with 的 between or a reach of three or ten runes Program fell. Held out by
// city Program 0.7763 → 0.7783, IMPLEMENTS 0.7708 → 0.7729; dev Program 0.786 → 0.787,
// IMPLEMENTS +0.001; train and seeds −0.001 (the tagger, trained on them, had said no).
func (r *report) quotedMechanisms(rs []rune, ms []mention) []mention {
	for c := 1; c < len(rs); c++ {
		if rs[c] != '”' {
			continue
		}
		o := quotedBefore(rs, c)
		if o < 0 || slices.ContainsFunc(ms, func(m mention) bool { return m.start <= c && m.end > o }) {
			continue
		}
		inner := string(rs[o+1 : c])
		if sloganLabel(inner) || strings.HasSuffix(inner, "+") || strings.HasSuffix(inner, "式") {
			continue // “两个维护”; “旅游+”模式 is a business model's prefix (bareLabelIsProgram); “清单式” a manner
		}
		found := false
		for g := c + 1; g <= min(len(rs), c+7) && !found; g++ {
			if n := wordLenAt(rs, g, mechanismHeads); n > 0 {
				found = !(string(rs[g:g+n]) == "模式" && strings.Contains(inner, "+")) // “跨境电商+产业带”模式: a business model (ANNOTATION.md (b))
			}
			if g < len(rs) && (isClauseEnd(rs[g]) || runeIn("、等“”\"的和与及", rs[g])) {
				break
			}
		}
		if found {
			ms = append(ms, mention{typ: govkg.TypeProgram, name: r.canonicalProgram(inner), start: o, end: c + 1})
		}
	}
	return ms
}

// projectSetTerm reports whether a glossary term names a counted set of projects
// (10大产业项目, 十大工业项目): a program whose definition lists its works.
func projectSetTerm(term string) bool {
	rs := []rune(term)
	k := 0
	for k < len(rs) && (rs[k] >= '0' && rs[k] <= '9' || isHanDigit(rs[k]) || rs[k] == '百') {
		k++
	}
	return k > 0 && k < len(rs) && rs[k] == '大' && strings.HasSuffix(term, "项目") && len(rs)-k > 3
}
