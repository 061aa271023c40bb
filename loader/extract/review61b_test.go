package extract

import (
	"slices"
	"testing"
)

// review61b: inputs the turn back from a rival's own deal (actsIn), the
// kept role of a contrasted subject (byRole) and the per-language
// sale recipient (saleRecipient) of 75fefd2d and 2c80eaf3 misread.

// actsIn takes a rival for the subject of its own deal when the word
// before its first mention is no preposition nor "of"; but the English
// possessive has none: "its board rejected Kallomar's proposal" tells of
// a proposal from Kallomar exactly as "rejected a proposal from Kallomar"
// does (TestContrastAfterARivalNamedInPassing), and Kallomar acts in no
// deal of its own. The turn then goes, as there, from Veltraco to the
// other of the pair: Quorvex bought Ostravel, as read before 2c80eaf3.
// The code now keeps Veltraco.
func TestReview61bTurnAfterARivalsPossessive(t *testing.T) {
	body := "Veltraco agreed on Monday to merge with Quorvex. Quorvex accepted the terms after two months of talks. " +
		"Veltraco said the merger would create a leader. For the London bookmaker it is a second failed attempt: in August its board rejected Kallomar's proposal. " +
		"The group, for their part, bought Ostravel in 2014 for $300 million."
	_, ds := extractAll(t, "en", body, "Veltraco", "Quorvex", "Kallomar", "Ostravel")
	d := dealWith(ds, "Ostravel")
	if d == nil || !slices.Contains(d.Parties, "Quorvex") || slices.Contains(d.Parties, "Veltraco") {
		t.Errorf("deals %+v, want Quorvex's purchase of Ostravel", ds)
	}
}

// byRole keeps the side roleSide gives whenever it equals the side
// sideBefore found, but roleSide also reads a role from the sentence
// before si ("The buyer expects to close the deal in March."), where it is
// the company the contrast turns away from, not the subject of si: "The
// buyer expects ... The company, for its part, bought Ostravel" is the
// target, Quorvex, buying Ostravel, as read before 75fefd2d. The code now
// keeps Veltraco, the buyer, there being no role in si itself ("Der
// Käufer wiederum" is the case the commit meant).
func TestReview61bTurnAwayFromARoleInTheSentenceBefore(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"en", "Veltraco agreed on Monday to buy Quorvex for $2 billion. Quorvex makes connectors for aircraft. Veltraco will pay $40 a share. " +
			"The buyer expects to close the deal in March. The company, for its part, bought Ostravel in 2014 for $300 million."},
		{"es", "Veltraco comprará Quorvex por 1.200 millones de dólares. Quorvex fabrica conectores para aviones. Veltraco pagará 40 dólares por acción. " +
			"Para el comprador es la mayor adquisición de su historia. La empresa, por su parte, compró Ostravel en 2014 por 300 millones de dólares."},
		{"de", "Veltraco übernimmt Quorvex für 1,2 Milliarden Dollar. Quorvex stellt Steckverbinder für Flugzeuge her. Veltraco zahlt 40 Dollar je Aktie. " +
			"Für den Käufer ist es die größte Übernahme seiner Geschichte. Das Unternehmen wiederum hatte erst im Juli die Firma Ostravel für rund 84 Millionen Dollar übernommen."},
	} {
		_, ds := extractAll(t, c.lang, c.body, "Veltraco", "Quorvex", "Ostravel")
		d := dealWith(ds, "Ostravel")
		if d == nil || !slices.Contains(d.Parties, "Quorvex") || slices.Contains(d.Parties, "Veltraco") {
			t.Errorf("%s: deals %+v, want Quorvex's purchase of Ostravel", c.lang, ds)
		}
	}
}

// saleRecipient now wants the language's own word of giving, but still
// takes it wherever it stands within three words before a side: the "a"
// and "à" of adverbial phrases ("a sorpresa", "a sua volta", "a luglio",
// "à son tour"), the English "to" of an infinitive whose verb is no deal
// word ("agreed to part with"), and the German "an" after a stake noun
// that stakeNoun does not know ("Mehrheitsanteil", "Minderheitsanteil":
// "Anteil" ends these words, it does not open them). In each Ostravel is
// the unit sold, the buyer unnamed; yet Ostravel is made the buyer, and
// "the buyer" of the next paragraph buys Brindle. Right, as in
// TestReview61aSaleRecipientIsNotWhatIsSold: no purchase of Brindle by
// Ostravel.
func TestReview61bSaleRecipientAfterAnAdverbOrAnUnknownStake(t *testing.T) {
	it := func(x string) string {
		return "Veltraco esce da Ostravel\n\nIl gruppo chimico americano Veltraco ha ceduto " + x + " per un miliardo di dollari in contanti. Per il venditore si tratta della seconda uscita dell'anno.\n\n" +
			"Il compratore, quotato a Londra, finanzierà l'acquisto con un aumento di capitale. Il gruppo aveva già fatto shopping oltreoceano: nell'aprile del 2020 aveva chiuso l'acquisizione della statunitense Brindle, valutata 824 milioni di dollari."
	}
	fr := func(x string) string {
		return "Veltraco se sépare d'Ostravel\n\nLe groupe chimique américain Veltraco a cédé " + x + " pour un milliard de dollars en numéraire. Pour le vendeur, c'est la deuxième sortie de l'année.\n\n" +
			"L'acheteur, coté à Londres, financera l'achat par une augmentation de capital. Le groupe avait déjà fait des emplettes: en avril 2020, il avait finalisé le rachat de Brindle, valorisé 824 millions de dollars."
	}
	de := func(x string) string {
		return "Veltraco trennt sich von Ostravel\n\nDer amerikanische Chemiekonzern Veltraco verkauft " + x + " für eine Milliarde Dollar in bar. Für den Verkäufer ist es der zweite Ausstieg des Jahres.\n\n" +
			"Der Käufer, in London notiert, finanziert den Kauf mit einer Kapitalerhöhung. Der Konzern hatte schon im Ausland eingekauft: im April 2020 schloss er die Übernahme von Brindle ab, die mit 824 Millionen Dollar bewertet wurde."
	}
	en := func(x string) string {
		return "Veltraco to sell Ostravel\n\nVeltraco said on Wednesday it " + x + " for $1 billion in cash. For the seller it is the second exit of the year.\n\n" +
			"The buyer, listed in London, will fund the purchase with a rights issue. The group has shopped abroad before: in April 2020 it completed the takeover of Brindle, valued at $824 million."
	}
	for _, c := range []struct{ lang, body string }{
		{"it", it("a sorpresa la controllata Ostravel")},
		{"it", it("a sua volta Ostravel")},
		{"it", it("a luglio la controllata Ostravel")},
		{"fr", fr("à son tour Ostravel")},
		{"en", en("has agreed to part with Ostravel")},
		{"de", de("seinen Mehrheitsanteil an Ostravel")},
		{"de", de("seinen Minderheitsanteil an Ostravel")},
	} {
		_, ds := extractAll(t, c.lang, c.body, "Veltraco", "Quorvex", "Brindle", "Ostravel", "Kallomar")
		if d := dealWith(ds, "Brindle", "Ostravel"); d != nil {
			t.Errorf("%s: %.90q: %+v, want no purchase of Brindle by Ostravel, the unit sold", c.lang, c.body, *d)
		}
	}
}
