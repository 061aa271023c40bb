package meta

import (
	"math/rand"
	"reflect"
	"testing"
)

// headingOf and markdownLinkOf read their patterns by hand: they are held
// to them on the lines of the test corpora and on short lines made of the
// characters the patterns turn on.
func TestHeadingAndLinkAreThePatterns(t *testing.T) {
	lines := corpusLines(t)
	lines = append(lines, "# Title", "## Title ##", "###  x", "#", "# ", "#  ", "# \n", "#\tx\n", "# x\n#", "# x \n ##", "## ", "##x",
		"# \xff", "# é ", "#  \t x  # ", "[a](b)", "[a](b))", "[](x)", "[a]()", "[a]())", "[a](é)", "[a](\xff)", "[a]( x)", "[a](b c)", "[a](b\n)", "[a]b(c)")
	alphabet := []string{"#", " ", "\t", "\n", "\r", "\f", "a", "é", "\xff", "[", "]", "(", ")", "\v"}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 200000; i++ {
		s := ""
		for n := rng.Intn(9); n > 0; n-- {
			s += alphabet[rng.Intn(len(alphabet))]
		}
		k := rng.Intn(len(s) + 1)
		lines = append(lines, "#"+s, "["+s, s, "["+s[:k]+"]("+s[k:])
	}
	headings, links := 0, 0
	for _, s := range lines {
		want := []string(nil)
		if s != "" && s[0] == '#' {
			want = markdownHeading.FindStringSubmatch(s)
		}
		got := headingOf(s)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("headingOf(%q) = %q, the pattern says %q", s, got, want)
		}
		if got != nil {
			headings++
		}
		if got, want := markdownLinkOf(s), markdownLink.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
			t.Errorf("markdownLinkOf(%q) = %q, the pattern says %q", s, got, want)
		} else if got != nil {
			links++
		}
	}
	if headings < 1000 || links < 1000 {
		t.Fatalf("%d headings and %d links: too few to tell", headings, links)
	}
}

// mayBeProperty lets through every line propertyKey matches.
func TestMayBePropertyHoldsEveryPropertyLine(t *testing.T) {
	lines := append(corpusLines(t), "Author: Jane", "dc:creator: Jane", "a:", "é: x", ": x", "x", "A b c: d", "pubDate : x")
	matched := 0
	for _, l := range lines {
		if propertyKey.MatchString(l) {
			matched++
			if !mayBeProperty(l) {
				t.Errorf("mayBeProperty(%q) = false, but propertyKey matches it", l)
			}
		}
	}
	if matched < 100 {
		t.Fatalf("only %d property lines: too few to tell", matched)
	}
}
