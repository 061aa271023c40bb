package segment

import "testing"

// German writes a day as an ordinal, "am 3. März": its period before a
// month ends no sentence, in the body or in a dateline. Before any other
// capitalised word it does ("am 3. Danach").
func TestGermanDayBeforeAMonthEndsNoSentence(t *testing.T) {
	for _, text := range []string{
		"Veltraco hat am 3. März 2024 den Anbieter Quorvex übernommen.",
		"Die Übernahme soll bis zum 30. September abgeschlossen sein.",
		"Seit dem 1. Jänner gehört Quorvex zu Veltraco.",
	} {
		if got := Sentences(text); len(got) != 1 {
			t.Errorf("%q: sentences %q, want one", text, texts(got))
		}
	}
	// a dateline is cut off before its sentence, whole
	text := "Berlin, 3. März 2024 – Der Maschinenbauer Veltraco AG übernimmt den Anbieter Quorvex."
	if got := texts(Sentences(text)); len(got) != 2 || got[0] != "Berlin, 3. März 2024 –" {
		t.Errorf("%q: sentences %q, want the dateline, then the sentence", text, got)
	}
	text = "Die Aktie stieg um 3. Danach fiel sie wieder."
	if got := Sentences(text); len(got) != 2 {
		t.Errorf("%q: sentences %q, want two", text, texts(got))
	}
}
