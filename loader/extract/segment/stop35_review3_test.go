package segment

import "testing"

// Third review of b5bb16d (dayBeforeMonth): English capitalises every
// month at any place and writes no day as "3."; German sentences too may
// open with a month before a verb. A small number ending a sentence
// before either is still a sentence's end.
func TestStop35Review3NumberBeforeAMonthOpeningASentence(t *testing.T) {
	for _, text := range []string{
		"Halvorsen's headcount fell to 45. April brought news that Veltraco would buy Quorvex.",
		"Quorvex now has 14 plants, up from 9. September output is expected to rise.",
		"Quorvex cut its forecast for the year to 12. November sales fell 3 percent.",
		"Halvorsen rutschte in der Rangliste auf Platz 5. August brachte dann die Einigung.",
		"Die Zahl der Filialen sank auf 45. Mai und Juni verliefen schwächer.",
	} {
		if got := Sentences(text); len(got) != 2 {
			t.Errorf("%q: sentences %q, want two", text, texts(got))
		}
	}
}
