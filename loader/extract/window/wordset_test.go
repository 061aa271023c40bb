package window

import "testing"

// TestWordSetIsTheMap holds WordSet.Has to the map it is made of.
func TestWordSetIsTheMap(t *testing.T) {
	m := map[string]bool{"a": true, "euro": true, "dollars": true, "novembre": true, "ß": true, "no": false, "hui": true}
	s := NewWordSet(m)
	for _, w := range []string{"", "a", "b", "euro", "euros", "eur", "dollars", "dollar", "novembre", "novembra", "ß", "s", "no", "hui", "huit", "é", "\xff"} {
		if got := s.Has([]byte(w)); got != m[w] {
			t.Errorf("Has(%q) = %v, want %v", w, got, m[w])
		}
	}
}

// MayHoldLowerASCII refuses no ASCII word whose lower case Has finds, in
// whatever case it is written, and refuses words of other shapes.
func TestMayHoldLowerASCII(t *testing.T) {
	m := map[string]bool{"a": true, "euro": true, "dollars": true, "novembre": true, "hui": true, "u.s": true}
	s := NewWordSet(m)
	for _, w := range []string{"", "a", "A", "b", "euro", "EURO", "Euro", "euros", "eur", "Dollars", "DOLLARS", "dollar",
		"novembre", "NOVEMBRE", "Hui", "huit", "U.S", "xeuro", "eurox", "thirty-one-letters-long-words-x"} {
		has := s.Has(AppendLower(nil, w))
		may := s.MayHoldLowerASCII(w)
		if has && !may {
			t.Errorf("MayHoldLowerASCII(%q) = false, but Has finds its lower case", w)
		}
		if w == "" || w == "b" || w == "eur" || w == "huit" || w == "xeuro" {
			if may {
				t.Errorf("MayHoldLowerASCII(%q) = true for a shape no word has", w)
			}
		}
	}
	for w, want := range map[string]bool{"": true, "abc": true, "A-b.c": true, "é": false, "a\xff": false, "中": false} {
		if IsASCII(w) != want {
			t.Errorf("IsASCII(%q) = %v", w, !want)
		}
	}
}
