package deals

import (
	"strings"
	"testing"
)

// A sentence that names no company but refers to the deal told before is
// dated as any other: not by a date after "until" ("bis zum 20. Dezember
// 2034" is when a promise ends).
func TestReferringSentenceUntilDate(t *testing.T) {
	s := sentence("Zudem verpflichten sich beide Seiten, einander bis zum 20. Dezember 2034 nicht wegen Patenten zu verklagen.")
	for _, f := range Find(s, "de", "2024-12-23") {
		if strings.HasPrefix(f.Date, "2034") {
			t.Errorf("%+v: dated %s, the end of a promise", f, f.Date)
		}
	}
}
