package segment

import "testing"

// A regression a third review proved in 267d9a4, read right again now:
// ShortenedName was then a list of eight English
// given names. German company names keep other shortened given names
// without vowels ("Fr. Lürssen Werft", "Th. Goldschmidt AG", "Hch.
// Perschmann"), which the shape rule of 6376ab2 kept in one sentence.
func TestShortenedNamesOffTheList(t *testing.T) {
	for _, text := range []string{
		"Veltraco übernimmt die Bremer Werft Fr. Lürssen für 2 Milliarden Euro.",
		"Veltraco kaufte 1995 die Th. Goldschmidt AG für 2 Milliarden Mark.",
		"Veltraco agreed to buy Hch. Perschmann for $200 million.",
	} {
		if got := Sentences(text); len(got) != 1 {
			t.Errorf("%q: sentences %q, want one", text, texts(got))
		}
	}
}
