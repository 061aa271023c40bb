package names

import (
	"strings"
	"testing"
)

// initialsBySplitting is how initialsOfNames matched before initialsAre:
// split the name and compare its words' first bytes with the acronym.
func initialsBySplitting(k, a string) bool {
	w := strings.Fields(k)
	if len(w) != len(a) {
		return false
	}
	b := make([]byte, 0, len(w))
	for _, x := range w {
		b = append(b, x[0])
	}
	return string(b) == a
}

func TestInitialsAreAsSplitting(t *testing.T) {
	names := []string{"", " ", "hargreaves lansdown", "hargreaves  lansdown ", " hl", "h l", "hl",
		"international trade commission", "société générale", "énergie lab", "a\tb\nc", "ab c"}
	acronyms := []string{"", "h", "hl", "itc", "sg", "élab", "é", "abc", "ac", "hlx"}
	for _, k := range names {
		for _, a := range acronyms {
			if got, want := initialsAre(k, a), initialsBySplitting(k, a); got != want {
				t.Errorf("initialsAre(%q, %q) = %v, splitting says %v", k, a, got, want)
			}
		}
	}
}
