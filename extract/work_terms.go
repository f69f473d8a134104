// Work terms: a renovation's name keeps its work term (ANNOTATION.md (c): 沙湖水厂扩建,
// 机场路快速化改造) and a road's extension keeps the 线 of 东延线 — words the tagger
// often leaves outside the span it tags. Read after the tagger, on the names it keeps.

package extract

import (
	"strings"

	govkg "github.com/govkg/govkg"
)

// workTerms, written right after a project's name, are part of it: the project is the
// renovation of the facility it names. Longest first. 搬迁 (relocation) is not one: on
// train and dev the gold names the moved facility as often as its move.
var workTerms = []string{
	"综合改造提升", "快速化改造", "提标改扩建", "拓宽改造", "提升改造", "升级改造", "改造提升",
	"改造升级", "提质改造", "提标改造", "综合改造", "扩容改造", "除险加固", "改扩建",
	"改造", "扩建", "改建", "改线", "迁建",
}

// workHeads may follow a work term and then belong to the name too (惠盐高速公路改扩建工程).
var workHeads = []string{"工程", "项目"}

// extensionTails end a road's extension: 湘江大道南延线, not 湘江大道南延.
var extensionTails = []string{"东延", "西延", "南延", "北延"}

// withWorkTerms lengthens each project the tagger ended right before a work term (or
// before the 线 of an extension) by that term, where the name then ends: 三道沟净水厂改造等
// 工程, 完成贵阳航空口岸改造, 金洲大道西延线. A name the term would run into (改造提升效应)
// or another mention that starts there leaves it as it is.
func (r *report) withWorkTerms(rs []rune, ms []mention) []mention {
	starts := map[int]bool{}
	for _, m := range ms {
		starts[m.start] = true
	}
	for i := range ms {
		m := &ms[i]
		if m.typ != govkg.TypeProject || m.start < 0 || m.end > len(rs) || starts[m.end] {
			continue
		}
		surface := string(rs[m.start:m.end])
		phase := 0 // a phase between name and term stays inside: 祥符水厂一期改造
		if m.end+2 < len(rs) && isHanDigit(rs[m.end]) && rs[m.end+1] == '期' {
			phase = 2
		}
		n := workTermAt(rs, m.end+phase)
		if n > 0 {
			n += phase
		}
		if n == 0 && hasAt(rs, m.end, "线") && hasAnySuffix(surface, extensionTails...) {
			n = 1
		}
		if n == 0 {
			continue
		}
		end := m.end + n
		for _, h := range workHeads {
			if hasAt(rs, end, h) {
				end += len([]rune(h))
				break
			}
		}
		if !r.nameEndsAt(rs, end) {
			continue
		}
		base := m.name
		if strings.HasPrefix(surface, m.name) {
			base = surface // a phase the canonical name drops stays inside: 祥符水厂一期改造
		}
		m.name = base + string(rs[m.end:end])
		m.end = end
	}
	return ms
}

// workTermAt returns the length in runes of the work term at rs[i:], or 0.
func workTermAt(rs []rune, i int) int {
	for _, w := range workTerms {
		if hasAt(rs, i, w) {
			return len([]rune(w))
		}
	}
	return 0
}
