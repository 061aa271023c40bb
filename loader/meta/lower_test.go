package meta

import (
	"strings"
	"testing"
)

// The header rules' lower-casing on the stack reads as strings.ToLower does.
func TestLowerOnTheStackIsToLower(t *testing.T) {
	texts := append(corpusLines(t), "", "ABC", "Ünïcödé ÀÉÎ", "KELVIN \u212a", "ORİGINAL", "Originally published", strings.Repeat("x", 300)+"ORIGINAL", "İstanbul", "ẞ", "ΣΑΣ", "bad \xff\xfe byte", "\xef\xbf\xbd",
		"ＦＵＬＬ", "Ǆ ǅ", strings.Repeat("Long Line ", 20))
	for _, s := range texts {
		for _, sub := range []string{"original", "ǆ", "i̇", ""} {
			if got, want := containsLower(s, sub), strings.Contains(strings.ToLower(s), sub); got != want {
				t.Errorf("containsLower(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	}
	words := map[string]bool{"author": true, "istanbul": true}
	for _, s := range []string{"Author", "AUTHOR", "author", "İstanbul", "Autor", ""} {
		if got, want := lowerKey(words, s), words[strings.ToLower(s)]; got != want {
			t.Errorf("lowerKey(%q) = %v, want %v", s, got, want)
		}
	}
}
