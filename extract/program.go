package extract

import (
	"strings"

	govkg "github.com/govkg/govkg"
)

// Programs (ANNOTATION.md: Program) are found by five rules, each in its own function:
//
//   - knownProgramMentions: a handful of famous programs named without quotes, with aliases
//     (百县千镇万村高质量发展工程 → 百千万工程).
//   - quotedPrograms: a quoted name with the head word that follows it (“十四五”规划 →
//     十四五规划; “甲”“乙”计划 → 甲计划, 乙计划), a numeric framework with its head
//     (“1+2+3”现代化产业体系), or a bare quoted label of a reform or campaign (“双减”),
//     decided by the words around it.
//   - titledPrograms: 《title》 of a plan, programme or policy document.
//   - unquotedPrograms: a specific name ending in 行动, 计划, 工程, 规划, 方案, 战略, 部署,
//     政策 or N条措施, delimited on the left by the verb that introduces it (实施, 开展,
//     出台, 落实 …) or by punctuation.
//   - glossary entries (applyGlossary) that name a program.

// programHeads are the head words that follow a quoted program name. Extractor.New builds
// its heads trie from this list, in this order.
var programHeads = []string{
	"工程", "计划", "行动", "规划", "方案", "战略", "部署", "政策", "行动计划", "行动方案", "专项行动",
	"三年行动", "五年行动", "三年行动计划", "五年行动计划", "攻坚行动", "十大计划", "具体部署",
	"建设部署", "区域发展战略", "发展战略", "规划纲要", "实施方案", "工作方案", "产业集群", "条", "条措施",
	"先锋城市部署", "专项规划", "三年行动方案", "攻坚方案", "系列文件", "人才政策", "试点政策", "专项政策",
	"支持政策", "政策体系", "工作体系", "创建活动", "活动", "三大计划", "大计划", "行动计划纲要", "详细规划",
	"十大行动", "十大工程", "攻坚战", "保卫战", "条措施", "条举措", "条政策", "条意见",
}

// codeHeads end a framework name after a numeric code: “1+2+3”现代化产业体系, “12+4”产业集群,
// “1+N+1”评价模式. Between the code and the head there may be a short modifier.
var codeHeads = []string{
	"体系", "格局", "模式", "产业集群", "模块", "园区", "主导产业", "系列文件", "方案", "计划", "行动", "规划",
	"政策", "工程", "战略", "部署", "行动计划", "产业",
}

// strongHeads may follow a quoted label after a short modifier: “一干四支”碧道详细规划,
// “三个更加”人才政策, “转观念、拓视野、增能力”干部现代化建设能力提升计划.
var strongHeads = []string{
	"计划", "行动", "行动计划", "行动方案", "方案", "规划", "战略", "部署", "政策", "创建活动",
}

type knownProgram struct {
	canonical string
	aliases   []string
}

// knownPrograms are famous programs named without quotes, with their aliases.
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
		{"一带一路", []string{"一带一路倡议"}},
	}
}

// quotePairs are the quotation marks a program name may stand in.
var quotePairs = map[rune]rune{'“': '”', '"': '"', '「': '」', '‘': '’'}

// quoteOpeners are quotePairs' keys.
var quoteOpeners = func() *runeSet {
	var b strings.Builder
	for c := range quotePairs {
		b.WriteRune(c)
	}
	return newRuneSet(b.String())
}()

// quoteCloser is quotePairs[c] for quoteSpans, which asks at every rune: most runes
// are no quotation mark, and the set says so faster than the map.
func quoteCloser(c rune) (rune, bool) {
	if !quoteOpeners.has(c) {
		return 0, false
	}
	closeMark, ok := quotePairs[c]
	return closeMark, ok
}

// programs finds the named programs of one sentence.
func (r *report) programs(rs []rune) []mention {
	spans := quoteSpans(rs)
	var out []mention
	out = append(out, r.knownProgramMentions(rs)...)
	out = append(out, r.quotedPrograms(rs, spans)...)
	titles := titleSpans(rs)
	out = append(out, titledPrograms(rs, titles)...)
	out = append(out, r.unquotedPrograms(rs, spans, titles)...)
	return out
}

func (r *report) knownProgramMentions(rs []rune) []mention {
	var out []mention
	for i := r.nextMatch(ftPrograms, rs, 0); i < len(rs); i = r.nextMatch(ftPrograms, rs, i+1) {
		if idx, n := r.longestAt(ftPrograms, rs, i); idx >= 0 {
			out = append(out, mention{typ: govkg.TypeProgram, name: r.x.programVal[idx], start: i, end: i + n})
			i += n - 1
		}
	}
	return out
}

// canonicalProgram maps a known alias to its canonical name (百县千镇万村高质量发展工程 →
// 百千万工程) and removes quotation marks and spaces.
func (r *report) canonicalProgram(name string) string {
	name = strings.Join(strings.Fields(stripQuotes(name)), "")
	name = programBrackets.Replace(name) // 河（湖）长制 → 河湖长制 (gold README)
	rs := []rune(name)
	if idx, n := r.longestAt(ftPrograms, rs, 0); idx >= 0 && n == len(rs) {
		return r.x.programVal[idx]
	}
	return name
}

// programBrackets drops the brackets inside a program's name and keeps what they hold,
// as the corpus names programs (林（草）长制 → 林草长制, 一县（市）一开发区 → 一县市一开发区).
var programBrackets = strings.NewReplacer("(", "", ")", "", "（", "", "）", "")

// ---------------------------------------------------------------------------------------
// 《title》 documents

type tspan struct{ s, e int } // rs[s] == '《', rs[e-1] == '》'

func titleSpans(rs []rune) []tspan {
	var out []tspan
	for i := 0; i < len(rs); i++ {
		if rs[i] != '《' {
			continue
		}
		j := i + 1
		for j < len(rs) && rs[j] != '》' && rs[j] != '《' && j-i < 80 {
			j++
		}
		if j >= len(rs) || rs[j] != '》' {
			continue
		}
		out = append(out, tspan{i, j + 1})
		i = j
	}
	return out
}

// titleHeads end the titles of plans, programmes and policy documents.
var titleHeads = []string{"规划", "方案", "计划", "纲要", "行动", "政策", "战略", "措施", "意见", "部署", "举措"}

// titledPrograms: 《深圳市国土空间总体规划(2021-2035年)》 → 深圳市国土空间总体规划.
func titledPrograms(rs []rune, titles []tspan) []mention {
	var out []mention
	for _, t := range titles {
		title := cleanLabel(stripYears(string(rs[t.s+1 : t.e-1])))
		title = strings.TrimSuffix(title, "(试行)")
		title = stripYears(title)
		for _, h := range titleHeads {
			if strings.HasSuffix(title, h) && len([]rune(title)) > len([]rune(h))+1 {
				out = append(out, mention{typ: govkg.TypeProgram, name: title, start: t.s, end: t.e})
				break
			}
		}
	}
	return out
}

// stripYears drops a parenthesized year range from the end of a title: 方案(2021-2025年),
// 规划(2020-2025), 计划(2020—2022 年).
func stripYears(s string) string {
	s = strings.TrimSpace(s)
	for _, open := range []string{"(", "（"} {
		k := strings.LastIndex(s, open)
		if k <= 0 {
			continue
		}
		if !strings.HasSuffix(s, ")") && !strings.HasSuffix(s, "）") {
			continue
		}
		inner := s[k+len(open):]
		if strings.ContainsAny(inner, "0123456789") {
			return strings.TrimSpace(s[:k])
		}
	}
	return s
}
