package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	govkg "github.com/govkg/govkg"
)

// Programs named without quotation marks: a specific name ending in a program head
// word, delimited by the verb that introduces it (unquotedPrograms).

// unquotedHeads end a program name written without quotes. 工程 is handled apart since
// most X工程 are construction projects.
var unquotedHeads = []string{"行动", "计划", "规划", "方案", "战略", "部署", "政策", "意见", "保卫战", "工程"}

// programEngineering are the words before 工程 that make it a programme rather than a
// construction work: 新时代立德树人工程, 未来教育家培养工程, 公民道德建设工程.
var programEngineering = []string{"培养", "传播", "树人", "育人", "铸魂", "培育", "道德建设", "文明建设", "安居", "人才",
	"引领", "惠民", "民心", "强基", "固本"}

// unquotedHeadLens are the rune lengths of unquotedHeads.
var unquotedHeadLens = func() []int {
	out := make([]int, len(unquotedHeads))
	for i, h := range unquotedHeads {
		out[i] = utf8.RuneCountInString(h)
	}
	return out
}()

// headLastRunes are the last runes of unquotedHeads and of the numbered-measures tails.
const headLastRunes = "动划案略署策见战程施措"

var headLastSet = newRuneSet(headLastRunes)

// unquotedPrograms finds program names without quotes: 实施城区建设提速行动,
// 深入实施未来教育家培养工程, 贯彻落实支持企业共渡难关16条措施.
func (r *report) unquotedPrograms(rs []rune, spans []qspan, titles []tspan) []mention {
	inside := func(i int) bool {
		for _, q := range spans {
			if i >= q.s && i < q.e {
				return true
			}
		}
		for _, t := range titles {
			if i >= t.s && i < t.e {
				return true
			}
		}
		return false
	}
	var out []mention
	for e := len(rs); e > 1; e-- {
		if !headLastSet.has(rs[e-1]) {
			continue // fast path: no head or measures tail ends here
		}
		head := ""
		for hi, h := range unquotedHeads {
			if hasAt(rs, e-unquotedHeadLens[hi], h) {
				head = h
				break
			}
		}
		hs := e - len([]rune(head))
		if head == "" {
			// N条措施, N条特别措施
			hs = numberedMeasures(rs, e)
			if hs < 0 {
				continue
			}
		}
		if inside(hs) || inside(e-1) || !programHeadEnds(rs, e) {
			continue
		}
		if hs > 0 && isClauseStop(rs[hs-1]) && head != "" {
			continue // ”规划: the quoted rules own it
		}
		start := r.programLeft(rs, hs)
		if start < 0 || start >= hs {
			continue
		}
		name := r.trimCounty(trimProgramLeading(strings.TrimLeft(string(rs[start:e]), "和与及")))
		start = e - len([]rune(name))
		stem := string(rs[start:hs])
		if start > 0 && rs[start-1] == '、' && !endsWithProgramHead(rs[:start-1]) {
			continue // 足球、篮球、羽毛球培养计划: the name is shared by a list
		}
		if k := strings.LastIndexAny(stem, "和与及"); k >= 0 && !protectedSingle(rs, start+len([]rune(stem[:k]))) {
			if genericProgramStem(stem[k+len("和"):]) {
				continue
			}
		}
		if hs < len(rs) && e < len(rs) && unicode.IsDigit(rs[e]) {
			continue // 联合执法行动222次
		}
		if start > 0 && runeIn("”\"’」", rs[start-1]) {
			continue // “双碳”工作部署: the quoted rules own it
		}
		if head == "规划" && !hasAnySuffix(stem, "发展", "专项", "建设", "开发", "分区", "总体", "布局", "保护", "综合", "空间", "五期", "走廊", "详细", "战略") {
			continue
		}
		if head == "意见" && !hasAnySuffix(stem, "若干", "实施", "指导") && !strings.Contains(stem, "关于") {
			continue
		}
		if head == "方案" && strings.HasSuffix(stem, "解决") {
			continue
		}
		if r.placeOnly(stem) {
			continue
		}
		if head == "工程" && !hasAnySuffix(stem, programEngineering...) && !countedStem(stem) {
			continue
		}
		if head == "部署" && !strings.HasSuffix(stem, "城市") {
			continue // 人工智能先锋城市部署, not 有关部署
		}
		if start > 0 && (unicode.IsDigit(rs[start-1]) || rs[start-1] == '.') {
			continue // 2.0版工作方案: cut from a number
		}
		nl := len([]rune(name))
		if nl < 4 || nl > 32 || genericProgramStem(stem) {
			continue
		}
		out = append(out, mention{typ: govkg.TypeProgram, name: r.canonicalProgram(name), start: start, end: e})
		e = start + 1
	}
	return out
}

// countedStem: 教育三名工程, 民生十大工程 — a count before the head.
func countedStem(stem string) bool {
	rs := []rune(stem)
	n := len(rs)
	return n >= 4 && runeIn("一二三四五六七八九十两", rs[n-2]) && runeIn("名大", rs[n-1]) && !genericProgramStem(string(rs[:n-2]))
}

// measuresAt: rs[i:] begins with a number of measures (54条措施, 12条).
func measuresAt(rs []rune, i int) bool {
	j := i
	for j < len(rs) && unicode.IsDigit(rs[j]) {
		j++
	}
	return j > i && hasAt(rs, j, "条")
}

// numberedMeasures returns where the numeral of 16条措施 / 24条特别措施 starts when the
// measures end at rs[e], or -1.
func numberedMeasures(rs []rune, e int) int {
	for _, tail := range []string{"条措施", "条特别措施", "条政策措施", "条举措", "条意见"} {
		tr := []rune(tail)
		if e < len(tr)+1 || string(rs[e-len(tr):e]) != tail {
			continue
		}
		i := e - len(tr)
		j := i
		for j > 0 && unicode.IsDigit(rs[j-1]) {
			j--
		}
		if j < i {
			return j
		}
	}
	return -1
}

// programLeft finds where an unquoted program name that ends with a head at hs begins:
// after the nearest introducing verb (实施, 开展, 出台, 落实 …), function word or
// punctuation to the left. It returns hs when there is nothing between.
func (r *report) programLeft(rs []rune, hs int) int {
	st := programStopTrie()
	i := hs
	for i > 0 && hs-i < 34 {
		c := rs[i-1]
		if !isNameRune(c) || c == '·' {
			break
		}
		// a stop word ending at i
		if idx, n := st.longestSuffix(rs, i); idx >= 0 {
			w := programStops[idx]
			if (i == hs || string(rs[i:hs]) == "工作") && compoundHeadWord[w] && hs < len(rs) && isHan(rs[hs]) {
				i -= n // 实施方案, 支持政策: part of the head
				continue
			}
			if n == 1 && protectedSingle(rs, i-1) || w == "服务" && i < hs && runeIn("业贸包型", rs[i]) {
				i--
				continue
			}
			if w == "和" || w == "与" || w == "及" || w == "以及" {
				// “A计划和B计划”: the conjunction joins two programs; otherwise it is inside
				// the name: 产业空间挖潜和存量产业园区提质增效行动
				if endsWithProgramHead(rs[:i-n]) {
					break
				}
				i -= n
				continue
			}
			break
		}
		// 20项, 5个
		if runeIn("项个批", c) && i >= 2 && unicode.IsDigit(rs[i-2]) {
			break
		}
		if unicode.IsDigit(c) && i < hs && !unicode.IsDigit(rs[i]) && runeIn("项个批年", rs[i]) {
			break
		}
		i--
	}
	// numbers and the 项 after them at the very start: 20项
	for i < hs && (unicode.IsDigit(rs[i]) || rs[i] == '.') {
		i++
	}
	if i < hs && i > 0 && unicode.IsDigit(rs[i-1]) && runeIn("项个批年", rs[i]) {
		i++
	}
	return i
}

// compoundHeadWord: stop words that form a compound head with the word after them.
var compoundHeadWord = map[string]bool{"实施": true, "支持": true, "推进": true, "服务": true, "培育": true, "提升": true,
	"优化": true, "升级": true}

func endsWithProgramHead(rs []rune) bool {
	s := string(rs)
	return hasAnySuffix(s, "行动", "计划", "规划", "方案", "战略", "部署", "政策", "工程", "措施", "意见", "纲要")
}

// programStops end a program name when scanning left: the verbs that introduce a
// program, prepositions, conjunctions and adverbs.
var programStops = []string{
	"实施", "开展", "落实", "出台", "制定", "印发", "编制", "修编", "发布", "启动", "推动", "推进", "执行", "贯彻",
	"打好", "打赢", "享受", "参与", "完成", "研究", "审议", "列入", "纳入", "深化", "实现", "组织", "加大",
	"强化", "加强", "完善", "做好", "抓好", "用好", "抢抓", "争取", "申报", "入选", "获评", "荣获", "依托", "围绕",
	"聚焦", "按照", "根据", "通过", "作为", "对接", "衔接", "承接", "配合", "支持", "结合", "坚持", "构建",
	"形成", "启用", "谋划", "统筹", "部署", "提出", "明确", "首个", "首批", "一批", "一系列", "系列", "各项",
	"相关", "这一", "该", "此", "其", "全国", "首次", "新一轮", "高水平", "高标准", "不断", "提高", "修订", "优化",
	"升级", "服务", "全力", "聚力", "保持", "调整", "因时因势", "余项", "多项", "有关", "落地",
	"评估", "符合", "按", "按照", "的", "和", "与", "及", "以及", "在", "以", "为", "将", "把", "对", "由", "从",
	"向", "了", "是", "等", "被", "于", "及时", "同时", "其中", "包括", "例如", "打造", "推出", "出炉", "试行",
	"探索", "召开", "举办", "宣传", "解读", "兑现", "用足", "争创", "发挥", "遵循", "提供", "加快推进", "助力",
	"紧扣", "对标", "瞄准", "面向", "立足", "巩固", "拓展", "引进", "建立", "健全", "建立健全", "成立",
}

// programStopTrie is the reversed trie of programStops (built once, read concurrently).
var programStopTrie = sync.OnceValue(func() *trie {
	t := newTrie()
	for i, w := range programStops {
		t.add(reverse(w), i)
	}
	return t
})

// protectedWords contain a one-rune stop word that is not a stop inside them.
var protectedWords = []string{
	"以旧换新", "以上", "以下", "所以", "可以", "难以", "予以", "加以", "和平", "和谐", "共和", "总和", "普及", "涉及",
	"目的", "现在", "存在", "所在", "在建", "行为", "作为", "为民", "对口", "针对", "面对", "对外", "方向", "导向",
	"平等", "等级", "同等", "了解", "协同", "同步", "共同", "合同", "同城", "认同", "自由", "由于", "中国", "中小",
	"中心", "中医", "中坚", "中华", "高中", "初中", "中外", "中期", "有序", "有效", "有机", "特有", "国有", "所有",
	"无废", "无陪护", "年轻", "青年", "老年", "少年", "成年", "年度", "百年", "期货", "长期", "好评", "友好", "美好",
	"到位", "达标", "发达", "直达", "至上", "每天", "每日", "各类", "向好", "是非", "要素", "重要", "主要", "需要",
	"后备", "前沿", "前海", "给付", "于是", "又好", "再生", "再造", "并购", "合并", "日常", "月度", "后续", "先后",
	"生态", "宜居", "从业", "向海", "及早", "让利", "使用", "促使", "倍增", "达峰", "民生", "前瞻", "期限", "中轴",
	"无障碍", "无人", "有为", "好学", "使命", "期间", "中部", "中央", "以人为本", "为先", "为本", "大有可为",
	"有所", "所属", "和美", "中试", "前置", "后台", "对标", "定向", "双向", "走向", "转向", "指向", "对象", "对话",
	"是否", "为民", "于是", "由来", "以人", "外向", "内向", "纵向", "横向", "向好", "从严", "从业", "从优",
}

var (
	protOnce   sync.Once
	protByRune map[rune][]string
)

// protectedSingle reports whether the one-rune stop at rs[i] is part of a protected word.
func protectedSingle(rs []rune, i int) bool {
	protOnce.Do(func() {
		protByRune = map[rune][]string{}
		for _, w := range protectedWords {
			seen := map[rune]bool{}
			for _, c := range w {
				if !seen[c] {
					protByRune[c] = append(protByRune[c], w)
					seen[c] = true
				}
			}
		}
	})
	c := rs[i]
	for _, w := range protByRune[c] {
		wr := []rune(w)
		for k, wc := range wr {
			if wc != c {
				continue
			}
			s := i - k
			if s >= 0 && s+len(wr) <= len(rs) && string(rs[s:s+len(wr)]) == w {
				return true
			}
		}
	}
	return false
}

// trimCounty drops a county-level name that opens an unquoted name: 龙岗区安居工程 → 安居工程.
func (r *report) trimCounty(name string) string {
	rs := []rune(name)
	if idx, n := r.longestAt(ftCountyFull, rs, 0); idx >= 0 && len(rs)-n >= 4 {
		return string(rs[n:])
	}
	return name
}

// trimProgramLeading drops organs, places of the speaker, time words and counters from
// the left of an unquoted name: 全区深化住房制度改革工作方案 → 深化住房制度改革工作方案.
func trimProgramLeading(name string) string {
	for changed := true; changed; {
		changed = false
		for _, p := range []string{"国家和省", "省市区", "全区", "全市", "全省", "我区", "本区", "我市", "省委", "市委", "区委", "中央", "今年",
			"明年", "新一轮", "新一批", "国家级", "省级", "市级", "区级", "各级", "上级", "年度"} {
			if strings.HasPrefix(name, p) && len([]rune(name)) > len([]rune(p))+3 {
				name = strings.TrimPrefix(name, p)
				changed = true
			}
		}
		rs := []rune(name)
		// 区卫生健康系统专科建设实施方案, 市轨道交通五期建设规划 (not 区域, 市场)
		if len(rs) > 5 && (rs[0] == '区' || rs[0] == '市' || rs[0] == '省') && !runeIn("域块间场民级属内外县镇委政", rs[1]) {
			name = string(rs[1:])
			changed = true
			continue
		}
		// 第十七届深圳关爱行动, 2020年
		if len(rs) > 4 && rs[0] == '第' {
			for k := 1; k < len(rs) && k < 6; k++ {
				if runeIn("届季批期轮次", rs[k]) {
					name = string(rs[k+1:])
					changed = true
					break
				}
			}
		}
		rs = []rune(name)
		k := 0
		for k < len(rs) && unicode.IsDigit(rs[k]) {
			k++
		}
		if k > 0 && k < len(rs) && runeIn("年项个批", rs[k]) && len(rs)-k > 4 {
			name = string(rs[k+1:])
			changed = true
		}
	}
	return name
}

// genericProgramParts alone make a generic mention (专项规划, 三年行动, 工作方案).
var genericProgramParts = []string{
	"专项", "重点", "重大", "系列", "各项", "相关", "三年", "五年", "两年", "十大", "三大", "五大", "四大", "六大",
	"八大", "攻坚", "工作", "实施", "行动", "发展", "建设", "民生", "国家", "总体", "综合", "配套", "年度", "本轮",
	"详细", "控制性", "专题", "子", "行业", "产业", "城市", "区域", "战略", "规划", "计划", "投资", "招生",
	"采购", "工程", "改革", "创新", "试点", "示范", "整治", "提升", "改造", "保障", "支持", "扶持", "优惠", "惠企",
	"各类", "有关", "上级", "中央", "省", "市", "区", "新", "老", "好", "各", "这", "有效", "具体", "长远", "空间",
	"国土空间", "分区", "片区", "应急", "政策", "措施", "方案", "部署", "意见", "若干", "多项", "一揽子", "一系列",
	"若干措施", "人才", "产业政策", "财政", "货币", "税收", "宏观", "经济", "社会", "国民经济和社会", "十四五",
	"十三五", "十五五", "指导", "稳增长", "中长期", "近期", "远期", "全面", "整体", "一体化", "统筹", "配套政策",
	"专项行动", "治理", "管理", "服务", "保护", "利用", "开发", "生产", "运营", "研究", "编制", "设计", "一项",
	"一批", "这些", "各种", "多种", "全", "本", "该", "此", "其", "之", "中", "新一轮", "重要", "主要", "总",
	"分", "类", "性", "化", "级", "期", "年", "项", "个", "批", "条", "大", "小", "高", "低", "上", "下",
	"政府", "部门", "战略性", "前瞻性", "系统", "全局", "长期", "短期", "阶段", "首", "第一", "一",
	"考核", "工作部署", "决策", "党中央", "省委", "市委", "区委", "国务院", "全国", "全省", "全市", "全区",
	"开放", "城中村改造", "细分领域", "领域", "任务", "要点", "培育", "引进", "头号", "防控", "鼓励", "合作",
}

var (
	genOnce sync.Once
	genSet  map[string]bool
	genMax  int
)

// genericProgramStem: the words before the head say nothing specific (专项规划, 市委部署).
func genericProgramStem(stem string) bool {
	genOnce.Do(func() {
		genSet = map[string]bool{}
		for _, w := range genericProgramParts {
			genSet[w] = true
			if n := len([]rune(w)); n > genMax {
				genMax = n
			}
		}
	})
	rs := []rune(stem)
	if len(rs) < 2 {
		return true
	}
	// greedy segmentation into generic parts, longest first, with backtracking
	var ok func(i int) bool
	memo := map[int]bool{}
	ok = func(i int) bool {
		if i == len(rs) {
			return true
		}
		if v, seen := memo[i]; seen {
			return v
		}
		res := false
		for n := min(genMax, len(rs)-i); n >= 1 && !res; n-- {
			if genSet[string(rs[i:i+n])] {
				res = ok(i + n)
			}
		}
		memo[i] = res
		return res
	}
	return ok(0)
}

// genericProgramName: a quoted or unquoted full name whose stem is generic.
func genericProgramName(name string) bool {
	for _, h := range []string{"行动计划", "行动方案", "行动", "计划", "工程", "规划纲要", "规划", "方案", "战略", "部署", "政策", "纲要", "措施"} {
		if strings.HasSuffix(name, h) {
			return genericProgramStem(strings.TrimSuffix(name, h))
		}
	}
	return false
}

func containsStop(rs []rune) bool {
	st := programStopTrie()
	for i := 1; i <= len(rs); i++ {
		if idx, n := st.longestSuffix(rs, i); idx >= 0 {
			if n == 1 && protectedSingle(rs, i-1) {
				continue
			}
			w := programStops[idx]
			if n == 1 && w != "的" && w != "和" && w != "与" && w != "及" && w != "等" && w != "在" && w != "为" && w != "把" && w != "将" {
				continue
			}
			return true
		}
	}
	return false
}
