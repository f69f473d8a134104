package cmdutil

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCut(t *testing.T) {
	long := "我们坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大和二十届二中、三中全会精神,深入学习贯彻习近平总书记对广东、深圳工作的重要讲话和重要指示精神,全面落实“百千万工程”,扎实推进对口帮扶协作工作,罗湖区实施产业协作项目。"
	for _, tt := range []struct {
		name  string
		in    string
		limit int
		names []string
		want  string // the result must contain it
		start bool   // the result keeps the start
	}{
		{"short stays", "龙岗区", 60, nil, "龙岗区", true},
		{"no name: the start", long, 20, nil, "我们坚持以", true},
		{"around the name", long, 20, []string{"百千万工程"}, "“百千万工程”", false},
		{"two names that fit together", long, 30, []string{"百千万工程", "对口帮扶"}, "“百千万工程”,扎实推进对口帮扶", false},
		{"a part of a name", long, 20, []string{"罗湖"}, "罗湖区实施", false},
		{"longest part of a name", "2021年加快建设轨道16号线二期工程,以及其他很多很多很多很多很多很多很多的项目和工作的内容", 20, []string{"深圳地铁16号线"}, "16号线", false},
		{"the end", long, 20, []string{"产业协作项目"}, "产业协作项目。", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := Cut(tt.in, tt.limit, tt.names)
			if n := utf8.RuneCountInString(got); n > tt.limit {
				t.Errorf("Cut = %q: %d characters, more than %d", got, n, tt.limit)
			}
			if !strings.Contains(got, tt.want) {
				t.Errorf("Cut = %q, want it to hold %q", got, tt.want)
			}
			if tt.start != strings.HasPrefix(got, string([]rune(tt.in)[:2])) {
				t.Errorf("Cut = %q: keeps the start %v, want %v", got, !tt.start, tt.start)
			}
		})
	}
}

func TestTableCutsAroundRowNames(t *testing.T) {
	sentence := "我们坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大和二十届二中、三中全会精神,深入学习贯彻,全面落实“百千万工程”,扎实推进对口帮扶协作工作。"
	tab := Table{Columns: []string{"program", "district", "evidence"}, Rows: [][]any{{"百千万工程", "罗湖区", []any{sentence}}}}
	var out bytes.Buffer
	if err := tab.Print(&out, "table"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "  …") || !strings.Contains(out.String(), "全面落实“百千万工程”") {
		t.Errorf("the evidence is not cut around the program's name:\n%s", out.String())
	}
	tab.Wide = true
	out.Reset()
	_ = tab.Print(&out, "table")
	if !strings.Contains(out.String(), sentence) {
		t.Errorf("--wide cut the evidence:\n%s", out.String())
	}
}
