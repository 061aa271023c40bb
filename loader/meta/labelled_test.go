package meta

import (
	"reflect"
	"strings"
	"testing"
)

// TestMatchLabelledIsThePattern holds the hand-written reading of label
// lines to the labelled pattern it replaces, on the lines of the test
// corpora and on label lines varied in case, spacing and folding.
func TestMatchLabelledIsThePattern(t *testing.T) {
	lines := corpusLines(t)
	for _, name := range labelOrder {
		for _, l := range []string{name, strings.ToUpper(name), strings.Title(name), strings.ReplaceAll(name, "k", "\u212a"), strings.ReplaceAll(name, "s", "ſ")} {
			for _, rest := range []string{": Jane Roe", " :  2021-03-04", ":", "  :\t", ":x\ny", "\n: x", ": x\r", "x: y", " : ", "", ":\xff", "s: x", " on: x"} {
				lines = append(lines, l+rest, "  "+l+rest, l+"\xff"+rest)
			}
		}
	}
	for _, s := range lines {
		want := labelled.FindStringSubmatch(s)
		if got := matchLabelled(s); !reflect.DeepEqual(got, want) {
			t.Errorf("matchLabelled(%q) = %q, the pattern says %q", s, got, want)
		}
	}
	matched := 0
	for _, s := range lines {
		if matchLabelled(s) != nil {
			matched++
		}
	}
	if matched < 500 || len(lines) < 1000 {
		t.Fatalf("%d lines read, %d labelled: too few to tell", len(lines), matched)
	}
}
