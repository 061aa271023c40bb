package segment

import "testing"

// Review of 29abc91 (dayBeforeMonth): it applies in every language and to
// every spelling in when's month table, several of which are given names
// or a company ("Jan", "May", "Mar", "August", "April", "Mars"): a
// sentence ending in a small number before such a word is still two.
func TestStop35ReviewNumberBeforeAMonthLikeNameEndsTheSentence(t *testing.T) {
	for _, text := range []string{
		"Die Zahl der Werke steigt damit auf 12. Jan Ostrowski bleibt Chef von Quorvex.",
		"Veltraco now owns 14 brands, up from 9. May, the chief executive, said more deals would follow.",
		"La plantilla de Quorvex asciende a 45. Mar López, consejera delegada, seguirá al frente.",
		"Der Konzern beschäftigt in Leipzig nur noch 40. August Brindle, der Gründer, bleibt Aufsichtsratschef.",
		"The team has grown to 40. April Jones, who founded Quorvex, will stay on.",
		"Quorvex betreibt 85 Filialen, Daxmoor 60. Mars übernimmt keine davon.",
		"Het aantal werknemers stijgt tot 12. Jan de Vries blijft topman.",
	} {
		if got := Sentences(text); len(got) != 2 {
			t.Errorf("%q: sentences %q, want two", text, texts(got))
		}
	}
}
