package deals

import (
	"slices"
	"testing"

	"dealwire/model"
)

// A sentence that opens with the article's deal "coming after" another
// tells that other deal, with its sides: "The order also comes a month
// after Bouygues, for years Alstom's leading shareholder, sold half of its
// remaining holding in the train maker" is Bouygues's sale. The holder
// named as such in it is the seller, no stake of its own to report.
func TestDealAfterTheArticlesOwn(t *testing.T) {
	s := sentence("The order also comes a month after Veltraco, for years Brindle's leading shareholder, sold half of its remaining holding in the train maker, keeping just over 3 per cent.", "Veltraco", "Brindle")
	found := Find(s, "en", "2021-04-13")
	if len(found) != 1 || !hasDeal(found, model.Divestiture, "Veltraco", "Brindle") {
		t.Fatalf("%+v, want Veltraco's sale of its Brindle shares", found)
	}
	if held := Holdings(s, found); len(held) != 0 {
		t.Errorf("holdings %+v, want none: the shareholder sells in the sentence", held)
	}
}

// When only a generic deal word is left after the opening one ("the
// agreement"), the opening deal word is the sentence's deal.
func TestFollowedByTalksOnly(t *testing.T) {
	for _, c := range []langText{
		{"en", "The merger follows months of negotiations between Veltraco and Brindle, which signed the agreement on Monday."},
		{"it", "La fusione arriva dopo mesi di trattative tra Veltraco e Brindle, che hanno firmato un accordo da 5 miliardi di dollari."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Brindle"), c.lang, "")
		if !hasDeal(got, model.Merger, "Veltraco", "Brindle") {
			t.Errorf("%s %q: %+v, want the merger of Veltraco and Brindle", c.lang, c.text, got)
		}
	}
}

// "La operación llega ... después de que X, su gran competidora, se
// hiciera con Y": the deal noun that opens the sentence is the article's,
// even a generic one; X buys Y ("se hiciera con" is "se hizo con" in the
// past subjunctive).
func TestGenericDealFollowingAnother(t *testing.T) {
	got := Find(sentence("La operación llega ocho meses después de que Veltraco, su gran competidora, se hiciera con Brindle por 374 millones de libras.", "Veltraco", "Brindle"), "es", "2003-01-31")
	if !hasDeal(got, model.Acquisition, "Veltraco", "Brindle") {
		t.Errorf("%+v, want Veltraco's purchase of Brindle", got)
	}
	wantNone(t, []langText{{"es", "Si Veltraco se hiciera con Brindle, nacería un gigante del sector."}}, "Veltraco", "Brindle")
}

// hasDeal: one of found is a deal of type typ between all of parties.
func hasDeal(found []Found, typ string, parties ...string) bool {
	return slices.ContainsFunc(found, func(f Found) bool {
		return f.Type == typ && !slices.ContainsFunc(parties, func(p string) bool { return !slices.Contains(f.Parties, p) })
	})
}

// A stake a relative clause says the bidder holds is no stake the offer
// buys: "Veltraco, qui détient déjà 13,5 % du capital, a lancé une offre
// publique d'achat sur Brindle" is a takeover bid.
func TestHeldStakeInARelativeClause(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"fr", "Veltraco, qui détient déjà 13,5 % du capital, a lancé le 16 juin une offre publique d'achat sur Brindle à 115 euros par action."},
		{"en", "Veltraco, which already owns 13.5% of the company, launched a takeover offer for Brindle at 115 euros a share on June 16."},
		{"it", "Veltraco, che detiene già il 13,5% del capitale, ha lanciato un'offerta pubblica di acquisto su Brindle a 115 euro per azione."},
		{"es", "Veltraco, que posee el 13,5% de Brindle, ha lanzado una oferta pública de adquisición sobre el grupo alemán."},
	}, "Veltraco", "Brindle")
}

// A stake a relative clause says is held "now", after buying it, is the
// stake the news is of: an investment ("which now owns 25% of Brindle
// after buying shares on the market for $40 million, said it did not plan
// a bid").
func TestStakeHeldNowIsTheNews(t *testing.T) {
	wantNoneOf(t, []string{model.Acquisition}, []langText{
		{"en", "Veltraco, which now owns 25% of Brindle after buying shares on the market for $40 million, said it did not plan a bid."},
	}, "Veltraco", "Brindle")
	// the Spanish reflexive "se" supposes nothing
	got := Find(sentence("La operación se produce ocho meses después de que Veltraco se hiciera con Brindle por 374 millones de libras.", "Veltraco", "Brindle"), "es", "2003-01-31")
	if !hasDeal(got, model.Acquisition, "Veltraco", "Brindle") {
		t.Errorf("%+v, want Veltraco's purchase of Brindle", got)
	}
}
