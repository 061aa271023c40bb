package model

import (
	"slices"
	"strconv"
	"testing"
)

// Short lists, scanned, and long ones, hashed, lose their repeats alike:
// first appearances in order, in an array apart from the input's.
func TestUniqScannedAsHashed(t *testing.T) {
	for n := 0; n <= 3*uniqScanMax; n++ {
		var xs, want []string
		for i := range n {
			x := strconv.Itoa(i * 7 % 5)
			xs = append(xs, x)
			if !slices.Contains(want, x) {
				want = append(want, x)
			}
		}
		in := slices.Clone(xs)
		got := uniq(xs)
		if !slices.Equal(got, want) {
			t.Fatalf("uniq(%q) = %q, want %q", in, got, want)
		}
		if len(got) > 0 {
			got[0] = "changed"
			if xs[0] != in[0] {
				t.Fatalf("uniq(%q) shares the input's array", in)
			}
		}
	}
}
