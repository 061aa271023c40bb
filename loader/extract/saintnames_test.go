package extract

import (
	"slices"
	"testing"
)

// "St." opens a name after its article too ("The St. Paul Companies",
// "Die St. Paul Companies"): Saint's, not a sentence's end, so the name
// is St. Paul, not Paul.
func TestSaintAfterTheArticleOpensTheName(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "The St. Paul Companies Inc and Travelers Property Casualty Corp agreed on Monday to combine in a $16 billion deal."},
		{"de", "Die St. Paul Companies und Travelers Property Casualty haben sich auf einen Zusammenschluss für 16 Milliarden Dollar geeinigt."},
	} {
		cs, _ := extractAll(t, c.lang, c.text)
		names := companyNames(cs)
		if !slices.Contains(names, "St. Paul") || slices.Contains(names, "Paul") {
			t.Errorf("%s %q: want St. Paul and no Paul, got %v", c.lang, c.text, names)
		}
	}
}
