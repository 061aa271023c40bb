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
