package deals

import (
	"strings"
	"testing"

	"dealwire/loader/extract/lists"
)

// TestLowerInIsToLower holds the stack lower-casing to strings.ToLower.
func TestLowerInIsToLower(t *testing.T) {
	set := map[string]bool{"rival": true, "advisor": true, "élan": true, "istanbul": true}
	stems := []string{"advis", "conseill", "é"}
	for _, w := range []string{"", "Rival", "RIVAL", "rival", "rivals", "Advisor", "ADVISORS", "Élan", "élan", "İstanbul", "\xff",
		strings.Repeat("A", 40), "Conseiller", "Ä", "é", "É"} {
		if got, want := lowerIn(lists.SetOf(set), w), set[strings.ToLower(w)]; got != want {
			t.Errorf("lowerIn(%q) = %v, want %v", w, got, want)
		}
		if got, want := lowerStartsWithAny(w, stems), startsWithAny(strings.ToLower(w), stems); got != want {
			t.Errorf("lowerStartsWithAny(%q) = %v, want %v", w, got, want)
		}
	}
}
