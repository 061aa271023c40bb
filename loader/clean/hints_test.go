package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHintsAreContainsAny holds hints.in to searching for each hint.
func TestHintsAreContainsAny(t *testing.T) {
	lists := [][]string{
		withCapitals("sponsor", "newsletter", "cookie", "subscri", "advertis", "sign up", "inbox", "privacy", "terms of", "rights reserved", "download"),
		{"you", "You", "our", "Our", "We ", " we ", " us"},
		{"a", "é", "xy"},
		{""},
	}
	texts := []string{"", "a", "Y", "ou", "you", "Your privacy", "our", " u", "sign u", "sign up!", "ourselves", "é", "\xc3", "xy", "x"}
	files, _ := filepath.Glob("../testdata/news/*")
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		texts = append(texts, strings.Split(string(raw), "\n")...)
	}
	for _, list := range lists {
		h := newHints(list)
		for _, s := range texts {
			want := false
			for _, w := range list {
				want = want || strings.Contains(s, w)
			}
			if got := h.in(s); got != want {
				t.Errorf("hints %q in %q = %v, want %v", list, s, got, want)
			}
		}
	}
}
