package property

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestPortable(t *testing.T) {
	tests := []struct {
		in   any
		want string
	}{
		{[]any{"a", "b"}, `[]string{"a", "b"}`},
		{[]any{int64(1), 2}, `[]int64{1, 2}`},
		{[]any{int64(1), 2.5}, `[]float64{1, 2.5}`},
		{[]any{true}, `[]bool{true}`},
		{[]any{}, `[]string{}`},
		{[]any{"a", int64(1), map[string]any{"k": 1}}, `[]string{"a", "1", "{\"k\":1}"}`},
		{json.Number("12"), `12`},
		{json.Number("1.5"), `1.5`},
		{uint64(math.MaxUint64), `"18446744073709551615"`},
		{math.Inf(-1), `"-Infinity"`},
		{[]float64{1, math.NaN()}, `[]string{"1", "NaN"}`},
		{map[string]any{"b": 1, "a": "<x>"}, `"{\"a\":\"<x>\",\"b\":1}"`},
		{[]byte("hi"), `"aGk="`},
	}
	for _, tt := range tests {
		if got := fmtGo(Portable(tt.in)); got != tt.want {
			t.Errorf("Portable(%#v) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	n := 5
	tests := []struct {
		in   any
		want string
	}{
		{"x", `"x"`},
		{3, `3`},
		{uint64(1 << 63), `"9223372036854775808"`},
		{float32(1.5), `1.5`},
		{math.Inf(1), `+Inf`}, // Neo4j stores non-finite floats
		{[]int{1, 2}, `[]int64{1, 2}`},
		{[]any{1, 2.5}, `[]float64{1, 2.5}`},
		{[]any{"a", 1, map[string]any{"k": "v"}}, `[]string{"a", "1", "{\"k\":\"v\"}"}`},
		{map[string]any{"b": 1, "a": []int{2}}, `"{\"a\":[2],\"b\":1}"`},
		{&n, `5`},
		{time.Date(2024, 1, 2, 3, 4, 5, 0, time.FixedZone("CST", 8*3600)), `"2024-01-01T19:04:05Z"`},
		{[]any{}, `[]string{}`},
	}
	for _, tt := range tests {
		got, ok := Normalize(tt.in)
		if !ok || fmtGo(got) != tt.want {
			t.Errorf("Normalize(%#v) = %s, %v, want %s", tt.in, fmtGo(got), ok, tt.want)
		}
	}
	if b, ok := Normalize([]byte("hi")); !ok || string(b.([]byte)) != "hi" {
		t.Errorf("Normalize([]byte) = %v, want the bytes: Neo4j stores them", b)
	}
	if v, ok := Normalize(nil); ok || v != nil {
		t.Errorf("Normalize(nil) = %v, %v, want nothing to store", v, ok)
	}
}

// fmtGo renders a normalized value with its Go type, so a test tells []string from
// []int64.
func fmtGo(v any) string {
	switch x := v.(type) {
	case string:
		return strconv.Quote(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	s := strings.ReplaceAll(strings.ReplaceAll(JSON(v), "[", "{"), "]", "}")
	s = strings.ReplaceAll(s, ",", ", ")
	switch v.(type) {
	case []string:
		return "[]string" + s
	case []int64:
		return "[]int64" + s
	case []float64:
		return "[]float64" + s
	case []bool:
		return "[]bool" + s
	}
	return s
}
