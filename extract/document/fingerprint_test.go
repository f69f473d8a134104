package document

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestFingerprintSimilarity(t *testing.T) {
	base := "过去一年我们坚持稳中求进工作总基调全市地区生产总值增长百分之五点四新建保障性住房八万套轨道交通十九号线开通运营" +
		"深入实施百千万工程推动城乡区域协调发展全面推进乡村振兴加快建设现代化产业体系大力发展新质生产力"
	other := "今年经济社会发展的主要预期目标是地区生产总值增长百分之五左右城镇调查失业率控制在百分之五点五以内" +
		"居民消费价格涨幅百分之二左右粮食产量稳定在一千二百万吨以上单位地区生产总值能耗继续下降"
	tests := []struct {
		name    string
		a, b    string
		min, at float64 // want min ≤ similarity ≤ at
	}{
		{"same text", base, base, 1, 1},
		{"same text, other punctuation, spacing and digits", base, "---\ntitle: x\n---\n" + strings.ReplaceAll(base, "我们", " 我们,") + " 2024", 0.8, 1},
		{"different texts", base, other, 0, 0.1},
		{"no Chinese", "abc 123", "abc 123", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fingerprintOf(tt.a).Similarity(fingerprintOf(tt.b))
			if s < tt.min || s > tt.at {
				t.Errorf("similarity %.2f, want %.2f–%.2f", s, tt.min, tt.at)
			}
			if r := fingerprintOf(tt.b).Similarity(fingerprintOf(tt.a)); r != s {
				t.Errorf("not symmetric: %.2f vs %.2f", s, r)
			}
		})
	}
}

// TestFingerprintIsBottomK: the heap keeps exactly the FingerprintSize smallest distinct
// shingle hashes, sorted, and nothing more (a long text's fingerprint holds no memory of
// its length).
func TestFingerprintIsBottomK(t *testing.T) {
	d, err := ReadFile(filepath.Join(reportsDir, "luohu-2025-government-work-report.txt"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var han []rune
	for _, r := range d.Text {
		if unicode.Is(unicode.Han, r) {
			han = append(han, r)
		}
	}
	seen := map[uint64]bool{}
	var all []uint64
	for i := 0; i+shingleRunes <= len(han); i++ {
		x := uint64(14695981039346656037)
		for _, r := range han[i : i+shingleRunes] {
			x = (x ^ uint64(r)) * 1099511628211
		}
		if x = mix(x); !seen[x] {
			seen[x] = true
			all = append(all, x)
		}
	}
	slices.Sort(all)
	got := d.Fingerprint()
	if len(all) < FingerprintSize || !slices.Equal(got, Fingerprint(all[:FingerprintSize])) {
		t.Errorf("fingerprint of %d shingles is not their %d smallest hashes", len(all), FingerprintSize)
	}
	if cap(got) > FingerprintSize {
		t.Errorf("fingerprint keeps %d words", cap(got))
	}
}
