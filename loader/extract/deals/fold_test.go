package deals

import (
	"reflect"
	"testing"
)

// Find reads a sentence folded once as it reads it unfolded, and what it
// found stays as it was once the folded words go back and fold the next
// sentence: headlines and body sentences alike are read folded.
func TestFindFoldedIsFindUnfolded(t *testing.T) {
	sentences := []Sentence{
		sentence("Quorvax to buy Veltraco for $2.5 billion", "Quorvax", "Veltraco"),
		sentence("Quorvax agreed to acquire Veltraco, its rival, in a deal worth €1.2bn.", "Quorvax", "Veltraco"),
		sentence("Brindle and Kelmora form a joint venture", "Brindle", "Kelmora"),
		sentence("Kelmora sold its stake in Millbrook to Brindle for $12 billion in March 2021", "Kelmora", "Millbrook", "Brindle"),
	}
	for _, s := range sentences {
		want := Find(s, "en", "2023-05-02")
		if len(want) == 0 {
			t.Fatalf("%q: no deal, the test tests nothing", s.Text)
		}
		folded := s.Fold()
		got := Find(folded, "en", "2023-05-02")
		folded.Release()
		for _, next := range sentences {
			other := next.Fold() // the words go on to other sentences
			Find(other, "en", "2023-05-02")
			other.Release()
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q folded: %+v, unfolded: %+v", s.Text, got, want)
		}
	}
}
