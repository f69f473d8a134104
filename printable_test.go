package govkg

import "testing"

func TestPrintable(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"testdata/reports/坪山区 2025.md", "testdata/reports/坪山区 2025.md"},
		{"全角　空格.txt", "全角　空格.txt"},
		{"evil\ngovkg: 0 of 9 inputs failed\n.txt", `"evil\ngovkg: 0 of 9 inputs failed\n.txt"`},
		{"esc\x1b[31mred.txt", `"esc\x1b[31mred.txt"`},
		{"tab\there", `"tab\there"`},
		{"bidi\u202egnp.txt", `"bidi\u202egnp.txt"`},
		{"line\u2028sep", `"line\u2028sep"`},
		{"bad\xffutf8", `"bad\xffutf8"`},
		{"", ""},
	} {
		if got := Printable(tc.in); got != tc.want {
			t.Errorf("Printable(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}
