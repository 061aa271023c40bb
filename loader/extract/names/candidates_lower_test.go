package names

import (
	"strings"
	"testing"
)

// endsLower agrees with lower-casing the word first, for the suffixes it
// is asked of and words in any case or script.
func TestEndsLowerIsHasSuffixOfToLower(t *testing.T) {
	words := []string{"Chesapeake-based", "CHESAPEAKE-BASED", "Paris-Headquartered", "-based", "based", "",
		"Zürich-Based", "X-baſed", "X-BAſED", "\u212a-based", "İ-based", "a-basedX", "\xff-based", "-base"}
	for _, w := range words {
		for _, suffix := range []string{"-based", "-headquartered"} {
			if got, want := endsLower(w, suffix), strings.HasSuffix(strings.ToLower(w), suffix); got != want {
				t.Errorf("endsLower(%q, %q) = %v, want %v", w, suffix, got, want)
			}
		}
	}
}
