package document

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	govkg "github.com/govkg/govkg"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

const reportsDir = "../../testdata/reports"
const fixturesDir = "../../testdata/documents"

func readReport(t *testing.T, name string) *Document {
	t.Helper()
	d, err := ReadFile(filepath.Join(reportsDir, name), Options{})
	if err != nil {
		t.Fatalf("ReadFile(%s): %v", name, err)
	}
	checkInvariants(t, d)
	return d
}

// checkInvariants: sentences are in order, within Text, and their Text is the slice.
func checkInvariants(t *testing.T, d *Document) {
	t.Helper()
	rs := []rune(d.Text)
	if len(rs) != d.offs.len() {
		t.Fatalf("%s: offset map has %d entries for %d runes", d.Report.Path, d.offs.len(), len(rs))
	}
	for i := range rs {
		if s, e := d.offs.span(i); s < 0 || e > len(d.Source) || s > e {
			t.Fatalf("%s: rune %d maps to bad source span [%d,%d)", d.Report.Path, i, s, e)
		}
	}
	prevEnd := 0
	for i, s := range d.Sentences {
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(rs) {
			t.Fatalf("%s: sentence %d has bad span [%d,%d) (previous end %d, text %d runes)", d.Report.Path, i, s.Start, s.End, prevEnd, len(rs))
		}
		if string(rs[s.Start:s.End]) != s.Text {
			t.Fatalf("%s: sentence %d text differs from Text[%d:%d]", d.Report.Path, i, s.Start, s.End)
		}
		if s.Index != i || !strings.HasPrefix(s.ID, d.Report.ID+"/s") {
			t.Fatalf("%s: sentence %d has index %d id %s", d.Report.Path, i, s.Index, s.ID)
		}
		prevEnd = s.End
	}
}

func stanceCounts(d *Document) map[govkg.Stance]int {
	c := map[govkg.Stance]int{}
	for _, s := range d.Sentences {
		c[s.Stance]++
	}
	return c
}

// sentenceWith returns the first sentence containing sub.
func sentenceWith(t *testing.T, d *Document, sub string) govkg.Sentence {
	t.Helper()
	for _, s := range d.Sentences {
		if strings.Contains(s.Text, sub) {
			return s
		}
	}
	t.Fatalf("%s: no sentence contains %q", d.Report.Path, sub)
	return govkg.Sentence{}
}

func TestFiveReports(t *testing.T) {
	tests := []struct {
		file             string
		district, code   string
		year, planYear   int
		kind             govkg.ReportKind
		id, format       string
		titleHas         string
		glossary         bool
		achievedSentence string // a sentence that must be achieved
		plannedSentence  string // a sentence that must be planned
	}{
		{"longgang-2025-government-work-report.txt", "龙岗区", "440307", 2024, 2025, govkg.KindWorkReport,
			"440307-2025-gwr", FormatText, "龙岗区2025年政府工作报告", true,
			"实现地区生产总值5901亿元", "地区生产总值增长6%左右"},
		{"longgang-2020-plan-execution-and-2021-plan.txt", "龙岗区", "440307", 2020, 2021, govkg.KindPlanReport,
			"440307-2021-plan", FormatText, "关于龙岗区2020年国民经济和社会发展规划执行情况与2021年计划(草案)的报告", true,
			"地铁10号线建成通车", "加快地铁14、16号线"},
		{"longhua-2022-plan-execution-and-2023-plan.txt", "龙华区", "440309", 2022, 2023, govkg.KindPlanReport,
			"440309-2023-plan", FormatText, "深圳市龙华区2022年国民经济和社会发展计划执行情况与2023年计划", false,
			"2022年,全区上下坚持", "力争GDP增长7%左右"},
		{"luohu-2025-government-work-report.txt", "罗湖区", "440303", 2024, 2025, govkg.KindWorkReport,
			"440303-2025-gwr", FormatText, "2025年政府工作报告", true,
			"地区生产总值增长3.0%", "地区生产总值增长5.5%"},
		{"pingshan-2025-government-work-report.md", "坪山区", "440310", 2024, 2025, govkg.KindWorkReport,
			"440310-2025-gwr", FormatMarkdown, "2025年坪山区政府工作报告", false,
			"全区地区生产总值超1444亿元", "新增停车泊位6000个"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d := readReport(t, tt.file)
			r := d.Report
			if r.District != tt.district || r.DistrictCode != tt.code || r.City != "深圳市" || r.Province != "广东省" {
				t.Errorf("place = %s %s %s %s, want %s %s 深圳市 广东省", r.District, r.DistrictCode, r.City, r.Province, tt.district, tt.code)
			}
			if r.Year != tt.year || r.PlanYear != tt.planYear || r.Kind != tt.kind {
				t.Errorf("years/kind = %d %d %s, want %d %d %s", r.Year, r.PlanYear, r.Kind, tt.year, tt.planYear, tt.kind)
			}
			if r.ID != tt.id || r.Format != tt.format || r.Encoding != EncUTF8 {
				t.Errorf("id/format/encoding = %s %s %s, want %s %s utf-8", r.ID, r.Format, r.Encoding, tt.id, tt.format)
			}
			if !strings.Contains(r.Title, tt.titleHas) {
				t.Errorf("title = %q, want it to contain %q", r.Title, tt.titleHas)
			}
			if len(r.Warnings) != 0 {
				t.Errorf("warnings: %v", r.Warnings)
			}
			if len(r.SHA256) != 64 || r.Path != filepath.Join(reportsDir, tt.file) {
				t.Errorf("sha/path = %s %s", r.SHA256, r.Path)
			}
			for _, chrome := range []string{"无障碍", "长者助手", "我的收藏", "知识图谱", "浏览次数", "索引号", "扫一扫",
				"文件已失效", "当前位置", "相关信息和服务", "点击标签名称", "规章库", "【打印】", "\u3000", "\u00a0", "**"} {
				if strings.Contains(d.Text, chrome) {
					t.Errorf("Text contains chrome %q", chrome)
				}
			}
			c := stanceCounts(d)
			t.Logf("stance: %v", c)
			if c[govkg.StanceAchieved] < 100 || c[govkg.StancePlanned] < 100 || c[govkg.StanceContext] > 20 {
				t.Errorf("stance split %v not sensible", c)
			}
			if (c[govkg.StanceGlossary] > 0) != tt.glossary {
				t.Errorf("glossary sentences = %d, want some: %v", c[govkg.StanceGlossary], tt.glossary)
			}
			if s := sentenceWith(t, d, tt.achievedSentence); s.Stance != govkg.StanceAchieved {
				t.Errorf("%q: stance %s, want achieved (section %v)", s.Text, s.Stance, s.Section)
			}
			if s := sentenceWith(t, d, tt.plannedSentence); s.Stance != govkg.StancePlanned {
				t.Errorf("%q: stance %s, want planned (section %v)", s.Text, s.Stance, s.Section)
			}
		})
	}
}

func TestReportDetails(t *testing.T) {
	t.Run("longgang2025 glossary and chrome", func(t *testing.T) {
		d := readReport(t, "longgang-2025-government-work-report.txt")
		s := sentenceWith(t, d, "“三名工程”:指")
		if s.Stance != govkg.StanceGlossary || s.Section[0] != "有关名词解释" {
			t.Errorf("glossary sentence: %s %v", s.Stance, s.Section)
		}
		if first := d.Sentences[0].Text; first != "龙岗区2025年政府工作报告" {
			t.Errorf("first sentence %q, want the title (chrome before it removed)", first)
		}
		s = sentenceWith(t, d, "在龙岗区第七届人民代表大会")
		if s.Text != "——2025年1月16日在龙岗区第七届人民代表大会第六次会议上" {
			t.Errorf("subtitle lines not joined: %q", s.Text)
		}
	})
	t.Run("longgang2020 PDF joins", func(t *testing.T) {
		d := readReport(t, "longgang-2020-plan-execution-and-2021-plan.txt")
		for _, want := range []string{
			"服务体系:1个区总馆,11个街道分馆,111个社区服务点,N个社会分馆。",       // ** stripped, broken line joined
			"关于龙岗区2020年国民经济和社会发展规划执行情况与2021年计划(草案)的报告\n", // title not joined to the next line
			"超额完成全年工作任务。",
			"高质量编制深圳国家高新区龙岗园区综合发展规划。",
			"\n一、2020年主要经济指标预计完成情况\n面对", // heading not joined
			"地区生产总值同比增长1.1%;\n",         // list bullet stripped
		} {
			if !strings.Contains(d.Text, want) {
				t.Errorf("Text lacks %q", want)
			}
		}
		s := sentenceWith(t, d, "区总馆,11个街道分馆")
		if s.Stance != govkg.StanceGlossary {
			t.Errorf("joined glossary sentence stance %s", s.Stance)
		}
		if s := sentenceWith(t, d, "全球疫情持续蔓延"); s.Stance != govkg.StanceContext {
			t.Errorf("发展环境分析 stance %s, want context", s.Stance)
		}
	})
	t.Run("luohu heading paragraph and trailing chrome", func(t *testing.T) {
		d := readReport(t, "luohu-2025-government-work-report.txt")
		h := sentenceWith(t, d, "(一)聚焦稳增长")
		if h.Text != "(一)聚焦稳增长、促发展,经济运行稳中有进。" {
			t.Errorf("heading sentence %q", h.Text)
		}
		next := d.Sentences[h.Index+1]
		if next.Text != "经济运行总体平稳。" || next.Paragraph != h.Paragraph {
			t.Errorf("sentence after heading %q (paragraph %d vs %d)", next.Text, next.Paragraph, h.Paragraph)
		}
		want := []string{"一、2024年工作回顾", "(一)聚焦稳增长、促发展,经济运行稳中有进"}
		if !reflect.DeepEqual(next.Section, want) {
			t.Errorf("section %q, want %q", next.Section, want)
		}
		if s := sentenceWith(t, d, "“三棋一牌”:"); s.Stance != govkg.StanceGlossary {
			t.Errorf("glossary stance %s", s.Stance)
		}
		last := d.Sentences[len(d.Sentences)-1]
		if last.Text != "29.“一馆一中心”:区图书馆和区青少年活动中心。" {
			t.Errorf("last sentence %q, want the last glossary entry", last.Text)
		}
	})
	t.Run("longhua sections", func(t *testing.T) {
		d := readReport(t, "longhua-2022-plan-execution-and-2023-plan.txt")
		if d.Sentences[0].Text != d.Report.Title {
			t.Errorf("first sentence %q", d.Sentences[0].Text)
		}
		s := sentenceWith(t, d, "力争GDP增长7%左右")
		want := []string{"二、2023年经济社会发展总体思路和主要目标", "(一)预期性指标"}
		if !reflect.DeepEqual(s.Section, want) {
			t.Errorf("section %q, want %q", s.Section, want)
		}
	})
	t.Run("pingshan markdown", func(t *testing.T) {
		d := readReport(t, "pingshan-2025-government-work-report.md")
		s := sentenceWith(t, d, "地铁19号线")
		i := strings.Index(s.Text, "地铁19号线")
		start := len([]rune(s.Text[:i]))
		if got := d.Original(s, start, start+len([]rune("地铁19号线"))); got != "地铁 19 号线" {
			t.Errorf("Original = %q, want %q", got, "地铁 19 号线")
		}
		if strings.Contains(d.Text, "#") || strings.Contains(d.Text, "\n- ") {
			t.Error("markdown markers left in Text")
		}
		if s := sentenceWith(t, d, "全力以赴抓经济、稳增长"); s.Text != "(一)全力以赴抓经济、稳增长。" || len(s.Section) != 2 {
			t.Errorf("bulleted heading: %q %v", s.Text, s.Section)
		}
	})
}

// TestEncodings writes a real paragraph in every supported encoding and expects the
// same Text back.
func TestEncodings(t *testing.T) {
	para := "一、2024年工作回顾\n\n　　2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。" +
		"轨道3号线四期开通运营，11个街道实现地铁全覆盖，全区轨道运营总里程达110.2公里；16号线二期全线“电通”。\n"
	want, err := Parse("want.txt", []byte(para), Options{})
	if err != nil {
		t.Fatal(err)
	}
	enc := func(e encoding.Encoding) []byte {
		t.Helper()
		b, err := e.NewEncoder().Bytes([]byte(para))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	strip := func(b []byte) []byte { return b[2:] } // drop the BOM the encoder wrote
	tests := []struct {
		name, encoding string
		data           []byte
	}{
		{"utf8", EncUTF8, []byte(para)},
		{"utf8-bom", EncUTF8BOM, append([]byte("\xef\xbb\xbf"), para...)},
		{"utf16le-bom", EncUTF16LE, enc(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM))},
		{"utf16be-bom", EncUTF16BE, enc(unicode.UTF16(unicode.BigEndian, unicode.UseBOM))},
		{"utf16le-nobom", EncUTF16LE, strip(enc(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)))},
		{"utf16be-nobom", EncUTF16BE, strip(enc(unicode.UTF16(unicode.BigEndian, unicode.UseBOM)))},
		{"gb18030", EncGB18030, enc(simplifiedchinese.GB18030)},
		{"gbk", EncGB18030, enc(simplifiedchinese.GBK)},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name+".txt")
			if err := os.WriteFile(path, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			d, err := ReadFile(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Report.Encoding != tt.encoding {
				t.Errorf("encoding %s, want %s", d.Report.Encoding, tt.encoding)
			}
			if d.Text != want.Text {
				t.Errorf("Text = %q\nwant %q", d.Text, want.Text)
			}
			checkInvariants(t, d)
		})
	}
}

func TestTruncatedUTF8(t *testing.T) {
	data := []byte("2024年地区生产总值增长6.7%。龙岗")
	data = append(data, "区"[:2]...) // cut inside the last character
	d, err := Parse("cut.txt", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(d.Text, "龙岗") || len(d.Report.Warnings) == 0 || !strings.Contains(d.Report.Warnings[0], "incomplete UTF-8") {
		t.Errorf("Text %q warnings %v", d.Text, d.Report.Warnings)
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("龙岗区。"), 100), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		opts Options
		want string
	}{
		{"empty.txt", nil, Options{}, "empty file"},
		{"blank.txt", []byte(" \n\t\r\n\u3000\u00a0\n"), Options{}, "empty file"},
		{"bom-only.txt", []byte("\xef\xbb\xbf\n"), Options{}, "empty file"},
		{"x.pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), Options{}, "binary file (PDF), not a text report"},
		{"x.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), Options{}, "binary file (PNG image)"},
		{"x.jpg", []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), Options{}, "binary file (JPEG image)"},
		{"x.gif", []byte("GIF89a\x01\x00"), Options{}, "binary file (GIF image)"},
		{"x.docx", []byte("PK\x03\x04\x14\x00\x06\x00"), Options{}, "binary file (ZIP"},
		{"x.bin", []byte("龙岗区\x00\x01\x02\x03\x00\x00\x00\xff\x00\x10政府"), Options{}, "binary file (contains NUL bytes)"},
		{"bad.txt", []byte("龙岗区\xff\xfe\xfd政府工作报告\xff"), Options{}, "invalid text encoding"},
		{"only-chrome.txt", []byte("无障碍 长者助手\n浏览次数:12\n"), Options{}, "no report text"},
		{"big.txt", bytes.Repeat([]byte("a"), 101), Options{MaxBytes: 100}, "larger than the limit of 100 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join("testdata", tt.name)
			_, err := Parse(path, tt.data, tt.opts)
			checkInputError(t, err, path, tt.want)
		})
	}
	t.Run("ReadFile limit", func(t *testing.T) {
		_, err := ReadFile(big, Options{MaxBytes: 100})
		checkInputError(t, err, big, "file is 1200 bytes, larger than the limit of 100 bytes")
	})
	t.Run("missing", func(t *testing.T) {
		p := filepath.Join(dir, "nope.txt")
		_, err := ReadFile(p, Options{})
		checkInputError(t, err, p, "cannot read file: no such file or directory")
	})
	t.Run("directory", func(t *testing.T) {
		_, err := ReadFile(dir, Options{})
		checkInputError(t, err, dir, "is a directory")
	})
}

func checkInputError(t *testing.T, err error, path, want string) {
	t.Helper()
	var ge *govkg.Error
	if !errors.As(err, &ge) || ge.Code != govkg.EINPUT {
		t.Fatalf("error %v (%T), want *govkg.Error with code %s", err, err, govkg.EINPUT)
	}
	if msg := err.Error(); !strings.HasPrefix(msg, path+": ") || !strings.Contains(msg, want) {
		t.Errorf("error %q, want %q naming %s", msg, want, path)
	}
}

func TestHTML(t *testing.T) {
	d, err := ReadFile(filepath.Join(fixturesDir, "page.html"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	r := d.Report
	if r.Format != FormatHTML || r.Title != "龙岗区2025年政府工作报告" || r.ID != "440307-2025-gwr" {
		t.Errorf("report %+v", r)
	}
	for _, bad := range []string{"脚本", "样式", "搜索按钮", "选项文字", "首页", "无障碍", "版权所有", "请启用脚本", "浏览次数", "<", "color"} {
		if strings.Contains(d.Text, bad) || strings.Contains(d.Source, bad) && bad != "浏览次数" {
			t.Errorf("Text/Source contains %q", bad)
		}
	}
	for _, want := range []string{"\n各位代表:\n一、2024年工作回顾\n", "实现地区生产总值5901亿元,增长6.7%;轨道3号线四期开通运营。",
		"加快推进地铁19号线建设,推动Micro LED产业发展。"} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("Text lacks %q:\n%s", want, d.Text)
		}
	}
	s := sentenceWith(t, d, "地铁19号线")
	if got := d.Original(s, 0, len([]rune(s.Text))); got != "加快推进地铁 19 号线建设，推动 Micro LED 产业发展。" {
		t.Errorf("Original = %q", got)
	}
	if s.Stance != govkg.StancePlanned {
		t.Errorf("stance %s", s.Stance)
	}
	// content sniffing without the extension
	raw, _ := os.ReadFile(filepath.Join(fixturesDir, "page.html"))
	d2, err := Parse("page.txt", raw, Options{})
	if err != nil || d2.Report.Format != FormatHTML || d2.Text != d.Text {
		t.Errorf("sniffed HTML: %v %v", err, d2 != nil && d2.Text == d.Text)
	}
}

// TestHTMLDeepNesting: a page nested deeper than the HTML parser's 512 elements (issue
// 17, D5, where it was refused as "no report text") is read tag by tag, gives the text
// the parser gives for the same page shallow, and says so in a warning.
func TestHTMLDeepNesting(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(fixturesDir, "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	shallow, err := Parse("page.html", raw, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, depth := range []int{100, 511, 600, 5000} {
		t.Run(fmt.Sprint(depth), func(t *testing.T) {
			page := strings.Replace(string(raw), `<div class="article">`, strings.Repeat("<div>", depth)+`<div class="article">`, 1)
			page = strings.Replace(page, "<footer>", strings.Repeat("</div>", depth)+"<footer>", 1)
			d, err := Parse("deep.html", []byte(page), Options{})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			checkInvariants(t, d)
			if d.Text != shallow.Text || d.Report.ID != shallow.Report.ID || d.Report.Title != shallow.Report.Title {
				t.Errorf("text or report differs from the shallow page:\n%s\n%+v", d.Text, d.Report)
			}
			warned := slices.ContainsFunc(d.Report.Warnings, func(w string) bool { return strings.Contains(w, "nested deeper than 512") })
			if warned != (depth > 505) {
				t.Errorf("warnings %q", d.Report.Warnings)
			}
		})
	}
}

func TestMarkdownFrontMatter(t *testing.T) {
	d, err := ReadFile(filepath.Join(fixturesDir, "frontmatter.md"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	r := d.Report
	if r.Format != FormatMarkdown || r.Title != "2026年政府工作报告" || r.Year != 2025 || r.PlanYear != 2026 {
		t.Errorf("report %+v", r)
	}
	if r.District != "" || r.City != "北京市" || r.Province != "北京市" || r.ID != "11-2026-gwr" {
		t.Errorf("city-level report place/id: %q %q %q %q", r.District, r.City, r.Province, r.ID)
	}
	for _, bad := range []string{"source:", "title:", "<!--", "某某同志作", "**", "__", "](", "https", "##", "> ", "---", "<br>"} {
		if strings.Contains(d.Text, bad) {
			t.Errorf("Text contains %q", bad)
		}
	}
	for _, want := range []string{"过去一年,我们完成了年度目标,全市地区生产总值增长5.4%。", "\n新建保障性住房8万套;\n",
		"\n地区生产总值|增长5%左右\n", "建设地铁19号线。\n做好民生保障。"} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("Text lacks %q:\n%s", want, d.Text)
		}
	}
	if s := sentenceWith(t, d, "“五子”联动"); s.Stance != govkg.StanceGlossary {
		t.Errorf("glossary stance %s", s.Stance)
	}
	if s := sentenceWith(t, d, "新增就业"); s.Stance != govkg.StanceAchieved {
		t.Errorf("stance %s", s.Stance)
	}
	if s := sentenceWith(t, d, "做好民生保障"); s.Stance != govkg.StancePlanned {
		t.Errorf("stance %s", s.Stance)
	}
	s := sentenceWith(t, d, "年度目标")
	if got := d.Original(s, 0, len([]rune(s.Text))); !strings.Contains(got, "[年度目标](https://example.gov.cn/target)") {
		t.Errorf("Original = %q", got)
	}
}

// TestNormalize checks the per-rune and per-line rules on small inputs.
func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"width folding", "２０２４年ＧＤＰ增长５．１％，（一）：完成", "2024年GDP增长5.1%,(一):完成"},
		{"CJK punctuation stays", "“十四五”规划。坂田、大运", "“十四五”规划。坂田、大运"},
		{"spaces between CJK and digits", "地铁 19 号线　和\t关于龙岗区 2020 年", "地铁19号线和关于龙岗区2020年"},
		{"spaces between ASCII words stay", "推动 Micro  LED 产业和 AI 应用", "推动Micro LED产业和AI应用"},
		{"spaced-out title", "政 府 工 作 报 告", "政府工作报告"},
		{"zero width and control", "龙\u200b岗\u200d区\ufeff\x07政府\u00ad", "龙岗区政府"},
		{"private use icon", "\ue7e3收藏政策文件。", "收藏政策文件。"},
		{"nbsp", "发布\u00a0\u00a0日期", "发布日期"},
		{"CRLF", "第一段。\r\n第二段。\r\n", "第一段。\n第二段。"},
		{"chrome lines", "无障碍    长者助手 我的收藏   收藏\n政府信息公开 规章库\n正文内容。\n【打印】 【字体:\n浏览次数:12\n知识图谱",
			"正文内容。"},
		{"chrome field lines", "索引号: 114403070075514700/2025-00312 分类:\n发布机构: 深圳市龙岗区人民政府 成文日期: 2025-04-07\n当前位置: 首页 > 信息公开\n来源:龙华区发展和改革局 日期:2023年07月03日 【字体:\n正文。",
			"正文。"},
		{"chrome word inside prose stays", "我们收藏了这份文件,以备查阅。", "我们收藏了这份文件,以备查阅。"},
		{"PDF join", "高质量编制深圳国家高新区龙岗园区\n\n综合发展规划。", "高质量编制深圳国家高新区龙岗园区综合发展规划。"},
		{"join keeps ASCII word boundary", "推动重点企业研发新一代显示技术Micro\n\nLED面板实现量产。", "推动重点企业研发新一代显示技术Micro LED面板实现量产。"},
		{"no join after full stop", "这一行已经是一句完整的话并且很长。\n下一行。", "这一行已经是一句完整的话并且很长。\n下一行。"},
		{"no join of short line", "各位代表\n现在我代表区人民政府。", "各位代表\n现在我代表区人民政府。"},
		{"no join over two blanks", "高质量编制深圳国家高新区龙岗园区\n\n\n综合发展规划。", "高质量编制深圳国家高新区龙岗园区\n综合发展规划。"},
		{"no join before heading", "这是一行没有标点而且足够长的文字内容\n(二)下一节标题", "这是一行没有标点而且足够长的文字内容\n(二)下一节标题"},
		{"no join of heading", "一、2020年主要经济指标预计完成情况\n面对突如其来的新冠肺炎疫情。", "一、2020年主要经济指标预计完成情况\n面对突如其来的新冠肺炎疫情。"},
		{"no join before glossary heading", "三水分离、管网修复改造、新建市政管网,高标准做好\n\n名词解释", "三水分离、管网修复改造、新建市政管网,高标准做好\n名词解释"},
		{"no join before list", "全年主要经济指标完成情况如下这些指标\n- 地区生产总值同比增长 1.1%;", "全年主要经济指标完成情况如下这些指标\n地区生产总值同比增长1.1%;"},
		{"bold stripped in text", "7. **“1+11+111+N”区文化馆总分馆统一联动服务体系**：1个\n\n区总馆，11 个街道分馆。", "7.“1+11+111+N”区文化馆总分馆统一联动服务体系:1个区总馆,11个街道分馆。"},
		{"meeting line not joined", "2005年1月11日在武汉市第十一届人民代表大会第三次会议上\n市长李宪生", "2005年1月11日在武汉市第十一届人民代表大会第三次会议上\n市长李宪生"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("t.txt", []byte(tt.in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != tt.want {
				t.Errorf("Text = %q\nwant   %q", d.Text, tt.want)
			}
			checkInvariants(t, d)
		})
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"basic", "经济运行总体平稳。积极应对困难挑战！还有问题吗？有。",
			[]string{"经济运行总体平稳。", "积极应对困难挑战!", "还有问题吗?", "有。"}},
		{"decimals", "地区生产总值增长3.1%,人均1.5万元。下一句。", []string{"地区生产总值增长3.1%,人均1.5万元。", "下一句。"}},
		{"inside quotes", "出台“低空10条”“金融10条。稳增长8条”等政策。完成。", []string{"出台“低空10条”“金融10条。稳增长8条”等政策。", "完成。"}},
		{"closing quote after stop", "他强调:“要敢闯敢试。”我们落实。", []string{"他强调:“要敢闯敢试。”", "我们落实。"}},
		{"parentheses", "建成驿站(含3个示范站。另有2个在建)共15个。完成。", []string{"建成驿站(含3个示范站。另有2个在建)共15个。", "完成。"}},
		{"ascii quotes", `入围"中国最具创投价值城区。"第21名。下一句。`, []string{`入围"中国最具创投价值城区。"`, "第21名。", "下一句。"}},
		{"unbalanced quote does not swallow", "出台“低空10条。推进改革。完成任务。", []string{"出台“低空10条。", "推进改革。", "完成任务。"}},
		{"heading first", "(一)聚焦稳增长、促发展,经济运行稳中有进。经济运行总体平稳。", []string{"(一)聚焦稳增长、促发展,经济运行稳中有进。", "经济运行总体平稳。"}},
		{"long sentence split at semicolons",
			strings.Repeat("新增国家高新技术企业204家,总量3612家", 4) + ";" + strings.Repeat("新增上市企业1家,总量47家", 5) + ";" + strings.Repeat("新增专精特新企业31家", 4) + "。",
			[]string{strings.Repeat("新增国家高新技术企业204家,总量3612家", 4) + ";", strings.Repeat("新增上市企业1家,总量47家", 5) + ";", strings.Repeat("新增专精特新企业31家", 4) + "。"}},
		{"short sentence keeps semicolons", "增长6.7%;规上工业增加值增长9.4%。", []string{"增长6.7%;规上工业增加值增长9.4%。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("t.txt", []byte(tt.in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range d.Sentences {
				got = append(got, s.Text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentences:\n got %q\nwant %q", got, tt.want)
			}
			checkInvariants(t, d)
		})
	}
}

func TestSectionsAndStance(t *testing.T) {
	in := "龙岗区2025年政府工作报告\n各位代表:\n一、2024年工作回顾\n(一)经济回升向好\n1.主要指标稳中有进。实现增长6.7%。\n" +
		"二、2025年工作安排\n重点做好以下工作:\n(一)全面深化改革\n推进改革。\n三、加强政府自身建设\n建设法治政府。\n附件\n有关名词解释\n1.“三名工程”:指引进工程。\n"
	d, err := Parse("t.txt", []byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		text    string
		section []string
		stance  govkg.Stance
	}{
		{"龙岗区2025年政府工作报告", nil, govkg.StanceContext},
		{"各位代表:", nil, govkg.StanceContext},
		{"一、2024年工作回顾", []string{"一、2024年工作回顾"}, govkg.StanceAchieved},
		{"(一)经济回升向好", []string{"一、2024年工作回顾", "(一)经济回升向好"}, govkg.StanceAchieved},
		{"1.主要指标稳中有进。", []string{"一、2024年工作回顾", "(一)经济回升向好", "1.主要指标稳中有进"}, govkg.StanceAchieved},
		{"实现增长6.7%。", []string{"一、2024年工作回顾", "(一)经济回升向好", "1.主要指标稳中有进"}, govkg.StanceAchieved},
		{"二、2025年工作安排", []string{"二、2025年工作安排"}, govkg.StancePlanned},
		{"重点做好以下工作:", []string{"二、2025年工作安排"}, govkg.StancePlanned},
		{"(一)全面深化改革", []string{"二、2025年工作安排", "(一)全面深化改革"}, govkg.StancePlanned},
		{"推进改革。", []string{"二、2025年工作安排", "(一)全面深化改革"}, govkg.StancePlanned},
		{"三、加强政府自身建设", []string{"三、加强政府自身建设"}, govkg.StancePlanned}, // follows the plan part
		{"建设法治政府。", []string{"三、加强政府自身建设"}, govkg.StancePlanned},
		{"附件", []string{"附件"}, govkg.StanceGlossary},
		{"有关名词解释", []string{"有关名词解释"}, govkg.StanceGlossary},
		{"1.“三名工程”:指引进工程。", []string{"有关名词解释", "1.“三名工程”:指引进工程"}, govkg.StanceGlossary},
	}
	if len(d.Sentences) != len(want) {
		for _, s := range d.Sentences {
			t.Logf("%q", s.Text)
		}
		t.Fatalf("%d sentences, want %d", len(d.Sentences), len(want))
	}
	for i, w := range want {
		s := d.Sentences[i]
		if s.Text != w.text || !reflect.DeepEqual(s.Section, w.section) || s.Stance != w.stance {
			t.Errorf("sentence %d = %q %q %s, want %q %q %s", i, s.Text, s.Section, s.Stance, w.text, w.section, w.stance)
		}
	}
	if d.Report.ID != "440307-2025-gwr" || d.Sentences[3].ID != "440307-2025-gwr/s0003" || d.Sentences[4].Paragraph != 4 {
		t.Errorf("ids: %s %s paragraph %d", d.Report.ID, d.Sentences[3].ID, d.Sentences[4].Paragraph)
	}
}

func TestOriginal(t *testing.T) {
	src := "一、2024年工作回顾\n\n　　加快推进地铁 19 号线建设，**推动** Micro LED\n\n产业发展。\n"
	d, err := Parse("t.txt", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := sentenceWith(t, d, "地铁19号线")
	rs := []rune(s.Text)
	idx := strings.Index(s.Text, "地铁")
	a := len([]rune(s.Text[:idx]))
	tests := []struct {
		start, end int
		want       string
	}{
		{a, a + 6, "地铁 19 号线"},
		{0, len(rs), "加快推进地铁 19 号线建设，**推动** Micro LED\n\n产业发展。"},
		{a, a, ""},
		{-5, 2, "加快"},
		{len(rs) - 1, len(rs) + 10, "。"},
		{5, 2, ""},
	}
	for _, tt := range tests {
		if got := d.Original(s, tt.start, tt.end); got != tt.want {
			t.Errorf("Original(%d,%d) = %q, want %q", tt.start, tt.end, got, tt.want)
		}
	}
	if got := d.Original(govkg.Sentence{Start: 1e6, End: 1e6 + 5}, 0, 5); got != "" {
		t.Errorf("foreign sentence gave %q", got)
	}
	var nilDoc *Document
	if nilDoc.Original(s, 0, 1) != "" {
		t.Error("nil document")
	}
}

func TestOptionsAndFallbacks(t *testing.T) {
	body := []byte("一、工作回顾\n我们完成了任务。\n二、工作安排\n我们将继续努力。\n")
	t.Run("unknown district and year", func(t *testing.T) {
		d, err := Parse("some/dir/Unknown Report (v2).txt", body, Options{})
		if err != nil {
			t.Fatal(err)
		}
		r := d.Report
		if !strings.HasPrefix(r.ID, "file-unknown-report-v2-") || len(r.ID) != len("file-unknown-report-v2-")+8 {
			t.Errorf("fallback id %q", r.ID)
		}
		if len(r.Warnings) != 2 || r.Kind != govkg.KindUnknown {
			t.Errorf("warnings %v kind %s", r.Warnings, r.Kind)
		}
		d2, _ := Parse("elsewhere/Unknown Report (v2).txt", append(body, "多一句。"...), Options{})
		if d2.Report.ID != r.ID {
			t.Errorf("fallback id depends on dir or content: %s vs %s", d2.Report.ID, r.ID)
		}
		if d.Sentences[1].ID != r.ID+"/s0001" || d.Sentences[1].Stance != govkg.StanceAchieved || d.Sentences[3].Stance != govkg.StancePlanned {
			t.Errorf("sentence %s %s %s", d.Sentences[1].ID, d.Sentences[1].Stance, d.Sentences[3].Stance)
		}
	})
	t.Run("overrides", func(t *testing.T) {
		d, err := Parse("x.txt", body, Options{District: "龙华区", Year: 2022, Kind: govkg.KindPlanReport})
		if err != nil {
			t.Fatal(err)
		}
		r := d.Report
		// 龙华区 is also a district of 海口市; with no other clue the gazetteer's first (深圳) wins
		if r.District != "龙华区" || r.DistrictCode == "" || r.Year != 2022 || r.PlanYear != 2023 || r.Kind != govkg.KindPlanReport {
			t.Errorf("report %+v", r)
		}
		if r.ID != r.DistrictCode+"-2023-plan" || len(r.Warnings) != 0 {
			t.Errorf("id %s warnings %v", r.ID, r.Warnings)
		}
		d, _ = Parse("x.txt", []byte("海口市龙华区的报告。海口市继续发展。"), Options{District: "龙华区", PlanYear: 2024})
		if d.Report.DistrictCode != "460106" || d.Report.Year != 2023 {
			t.Errorf("same-name district: %+v", d.Report)
		}
		d, _ = Parse("x.txt", body, Options{District: "不存在区", Year: 2020, PlanYear: 2021})
		if d.Report.District != "不存在区" || len(d.Report.Warnings) != 1 || !strings.HasPrefix(d.Report.ID, "file-x-") {
			t.Errorf("unknown override: %+v", d.Report)
		}
	})
	t.Run("override year of a real report", func(t *testing.T) {
		d, err := ReadFile(filepath.Join(reportsDir, "luohu-2025-government-work-report.txt"), Options{PlanYear: 2026})
		if err != nil {
			t.Fatal(err)
		}
		if d.Report.ID != "440303-2026-gwr" || d.Report.Year != 2025 {
			t.Errorf("id %s year %d", d.Report.ID, d.Report.Year)
		}
	})
}

func TestDeterministic(t *testing.T) {
	for _, f := range []string{"longgang-2020-plan-execution-and-2021-plan.txt", "pingshan-2025-government-work-report.md"} {
		data, err := os.ReadFile(filepath.Join(reportsDir, f))
		if err != nil {
			t.Fatal(err)
		}
		a, err1 := Parse(f, data, Options{})
		b, err2 := Parse(f, bytes.Clone(data), Options{})
		if err1 != nil || err2 != nil || !reflect.DeepEqual(a, b) {
			t.Errorf("%s: two parses differ (%v %v)", f, err1, err2)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"longgang-2020-plan-execution-and-2021-plan.txt", "luohu-2025-government-work-report.txt", "pingshan-2025-government-work-report.md"} {
		data, err := os.ReadFile(filepath.Join(reportsDir, name))
		if err != nil {
			f.Fatal(err)
		}
		lines := bytes.SplitAfter(data, []byte("\n"))
		f.Add(bytes.Join(lines[:min(12, len(lines))], nil), strings.HasSuffix(name, ".md"))
	}
	f.Add([]byte("<!DOCTYPE html><p>一、回顾</p><script>x</script>"), false)
	f.Add([]byte("---\ntitle: 2026年政府工作报告\n---\n**一、2025年工作回顾**\n[链接](u) <!-- c"), true)
	f.Add([]byte("\xff\xfe\x00\x4e"), false)
	// issue 17: HTML deeper than the parser's 512 elements (D5), and small hostile shapes
	f.Add([]byte("<html><body>"+strings.Repeat("<div>", 600)+"<p>坪山区2025年政府工作报告</p>"+strings.Repeat("</div>", 600)), false)
	f.Add([]byte("# 龙岗区2025年政府工作报告\n\n|项目|项目|\n|---|---|\n"+strings.Repeat("|龙岗区项目1产业园2|龙岗区项目3产业园4|\n", 60)), true)
	f.Add([]byte("坪山区\n\n"+strings.Repeat("比亚迪公司、", 250)+strings.Repeat("(“《", 100)+"\n"), false)
	f.Fuzz(func(t *testing.T, data []byte, md bool) {
		name := "fuzz.txt"
		if md {
			name = "fuzz.md"
		}
		d, err := Parse(name, data, Options{})
		if err != nil {
			var ge *govkg.Error
			if !errors.As(err, &ge) || ge.Code != govkg.EINPUT {
				t.Fatalf("error %v is not EINPUT", err)
			}
			return
		}
		checkInvariants(t, d)
		for _, s := range d.Sentences {
			n := s.End - s.Start
			_ = d.Original(s, 0, n)
			_ = d.Original(s, n/2, n+3)
		}
	})
}

// TestPlaceAndIdentity: who delivers a report (a district's or a city's government, a
// municipality, a city without districts, a county-level city under a province) and
// the id that tells two reports of one place and plan year apart (an autumn session
// next to the ordinary one).
func TestPlaceAndIdentity(t *testing.T) {
	review := "\n各位代表:\n现在,我代表市人民政府向大会报告工作。\n一、过去五年工作回顾\n全市经济稳步增长。\n二、今后五年工作建议\n我们将继续努力。\n"
	tests := []struct {
		name, file, text                      string
		level, district, city, cityCode, prov string
		provCode, meeting, id                 string
		year, planYear                        int
	}{
		{name: "district report", file: "x.txt", text: "龙岗区2025年政府工作报告\n——2025年1月16日在龙岗区第七届人民代表大会第六次会议上\n一、2024年工作回顾\n全区稳步发展。\n",
			level: "district", district: "龙岗区", city: "深圳市", cityCode: "4403", prov: "广东省", provCode: "44", meeting: "2025-01-16", id: "440307-2025-gwr", year: 2024, planYear: 2025},
		{name: "city report named in the title", file: "x.txt", text: "2025年惠州市政府工作报告\n一、2024年工作回顾\n全市稳步发展。\n",
			level: "city", city: "惠州市", cityCode: "4413", prov: "广东省", provCode: "44", id: "4413-2025-gwr", year: 2024, planYear: 2025},
		{name: "municipality", file: "x.txt", text: "2026年北京市政府工作报告\n一、2025年工作回顾\n全市稳步发展。\n",
			level: "city", city: "北京市", cityCode: "11", prov: "北京市", provCode: "11", id: "11-2026-gwr", year: 2025, planYear: 2026},
		{name: "district of a municipality", file: "x.txt", text: "朝阳区2026年政府工作报告\n一、2025年工作回顾\n全区稳步发展。\n",
			level: "district", district: "朝阳区", city: "北京市", cityCode: "11", prov: "北京市", provCode: "11", id: "110105-2026-gwr", year: 2025, planYear: 2026},
		{name: "a city without districts is the city, not its county-level twin", file: "x.txt", text: "2025年东莞市政府工作报告\n一、2024年工作回顾\n全市稳步发展。\n",
			level: "city", city: "东莞市", cityCode: "4419", prov: "广东省", provCode: "44", id: "4419-2025-gwr", year: 2024, planYear: 2025},
		{name: "county-level city under a province is its own city", file: "x.txt", text: "仙桃市2025年政府工作报告\n一、2024年工作回顾\n全市稳步发展。\n",
			level: "district", district: "仙桃市", city: "仙桃市", prov: "湖北省", provCode: "42", id: "429004-2025-gwr", year: 2024, planYear: 2025},
		// The header names no place; the city government speaks, and the text names 长沙
		// more than 浏阳 (a county-level city of 长沙) or 资源 (a county's short name and a
		// common word).
		{name: "city government, no place in the header", file: "2025.md", text: "2025年政府工作报告\n各位代表:\n现在,我代表市人民政府向大会报告工作。\n一、2024年工作回顾\n长沙经济稳步增长,浏阳市烟花产业升级,长沙县发展良好,长沙的资源更多,长沙人民更幸福。\n",
			level: "city", city: "长沙市", cityCode: "4301", prov: "湖南省", provCode: "43", id: "4301-2025-gwr", year: 2024, planYear: 2025},
		// An autumn session (the first of a new congress) plans the next year, as the
		// ordinary session a few months later does: the id carries the session's month.
		{name: "autumn session", file: "2021-10.md", text: "(2021年10月26日)南昌市政府工作报告\n——2021年10月26日在南昌市第十六届人民代表大会第一次会议上" + review,
			level: "city", city: "南昌市", cityCode: "3601", prov: "江西省", provCode: "36", meeting: "2021-10-26", id: "3601-2022-gwr-2021-10", year: 2021, planYear: 2022},
		{name: "the ordinary session after it", file: "2022.md", text: "2022年南昌市政府工作报告\n——2022年1月22日在南昌市第十六届人民代表大会第二次会议上" + review,
			level: "city", city: "南昌市", cityCode: "3601", prov: "江西省", provCode: "36", meeting: "2022-01-22", id: "3601-2022-gwr", year: 2021, planYear: 2022},
		{name: "November session, no year in the title", file: "2016-11.md", text: "政府工作报告\n——2016年11月25日在西宁市第十六届人民代表大会第一次会议上" + review,
			level: "city", city: "西宁市", cityCode: "6301", prov: "青海省", provCode: "63", meeting: "2016-11-25", id: "6301-2017-gwr-2016-11", year: 2016, planYear: 2017},
		{name: "December session plans the next year, no suffix", file: "2021.md", text: "兰州市人民政府工作报告\n——2021年12月21日在兰州市第十七届人民代表大会第一次会议上" + review,
			level: "city", city: "兰州市", cityCode: "6201", prov: "甘肃省", provCode: "62", meeting: "2021-12-21", id: "6201-2022-gwr", year: 2021, planYear: 2022},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(tt.file, []byte(tt.text), Options{})
			if err != nil {
				t.Fatal(err)
			}
			r := d.Report
			got := []any{r.Level, r.District, r.City, r.CityCode, r.Province, r.ProvinceCode, r.Meeting, r.ID, r.Year, r.PlanYear}
			want := []any{tt.level, tt.district, tt.city, tt.cityCode, tt.prov, tt.provCode, tt.meeting, tt.id, tt.year, tt.planYear}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("level, district, city, city code, province, province code, meeting, id, year, plan year =\n %v, want\n %v", got, want)
			}
		})
	}
}
