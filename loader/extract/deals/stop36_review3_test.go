package deals

import (
	"testing"

	"dealwire/model"
)

// Third review of this stop: partedFrom, percentOfACompany, handsOf.

// partedFrom (7fd9e20): parting with a person, staff, or a company one
// only dealt with (partner, supplier, agency, auditor) sells nothing; nor
// do customers or shareholders who part with a company. The thing after
// "von" must be a company named right there (no deal at c9bc437).
func TestStop36Review3PartingWithPeopleSellsNothing(t *testing.T) {
	wantNoneOf(t, []string{model.Divestiture}, []langText{
		{"de", "Veltraco hat sich von Vorstandschef Brenner getrennt, der zu Quorvex wechselt."},
		{"de", "Veltraco hat sich von Brenner getrennt, der zuvor Quorvex geführt hatte."},
		{"de", "Veltraco hat sich einvernehmlich von Vorstandschef Brenner getrennt; Nachfolger wird der frühere Quorvex-Chef Otto."},
		{"de", "Veltraco will sich von Finanzchef Brenner trennen, Quorvex-Manager Otto soll folgen."},
		{"de", "Veltraco hat sich von 500 Mitarbeitern getrennt, Quorvex stellt ein."},
		{"de", "Veltraco hat sich von Quorvex-Chef Brenner getrennt."},
		{"de", "Veltraco hat sich vom Chef der Tochter Quorvex getrennt."},
		{"de", "Die Kunden haben sich von Quorvex getrennt und sind zu Veltraco gewechselt."},
		{"de", "Die Aktionäre haben sich von Quorvex getrennt, Veltraco hält 5 Prozent."},
		{"de", "Der Quorvex-Gründer hat sich von Veltraco getrennt."},
	}, "Veltraco", "Quorvex")
}

// partedFrom: a company that parts with its partner, supplier, agency or
// auditor ends a relationship; it sells nothing (no deal at c9bc437, a
// supply deal for "als Lieferant").
func TestStop36Review3PartingWithAPartnerOrSupplierIsNoSale(t *testing.T) {
	wantNoneOf(t, []string{model.Divestiture}, []langText{
		{"de", "Veltraco hat sich im Streit von Partner Quorvex getrennt."},
		{"de", "Quorvex hatte sich 2019 von seinem Partner Veltraco getrennt."},
		{"de", "Veltraco hat sich 2019 im Streit von seinem Vertriebspartner Quorvex getrennt."},
		{"de", "Veltraco hat sich vom Zulieferer Quorvex getrennt."},
		{"de", "Veltraco hat sich von der Werbeagentur Quorvex getrennt."},
		{"de", "Veltraco hat sich nach zehn Jahren von seinem Wirtschaftsprüfer Quorvex getrennt."},
		{"de", "Veltraco hat sich von Quorvex als Lieferant getrennt."},
		{"de", "Veltraco hat sich vom langjährigen Logistikpartner Quorvex getrennt und arbeitet nun mit Daxmoor."},
	}, "Veltraco", "Quorvex", "Daxmoor")
}

// partedFrom: "getrennt" as an adverb ("getrennt halten", "getrennt
// geführt"), with "sich" of another verb before "von", is no parting
// (no deal at c9bc437).
func TestStop36Review3GetrenntAsAnAdverb(t *testing.T) {
	wantNone(t, []langText{
		{"de", "Veltraco distanziert sich von Quorvex und will die Marken getrennt halten."},
		{"de", "Veltraco kümmert sich künftig um das von Quorvex getrennt geführte Geschäft."},
	}, "Veltraco", "Quorvex")
}

// partedFrom: giving up the idea of a purchase sells nothing, and the
// target is no buyer (c9bc437: an acquisition by Veltraco).
func TestStop36Review3PartingWithAnIdea(t *testing.T) {
	c := langText{"de", "Veltraco hat sich von der Idee getrennt, Quorvex zu übernehmen."}
	got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
	if len(got) != 1 || got[0].Type != model.Acquisition || got[0].Buyer != "Veltraco" {
		t.Errorf("%s %q: %+v, want Veltraco's (given up) purchase of Quorvex, no sale", c.lang, c.text, got)
	}
}

// percentOfACompany (e3c9e37): a company name right after "of" that
// describes the noun after it ("Quorvex customers") is no company the
// percentage is of (c9bc437: no stake; "revenue" was a licence,
// "profits" an other deal).
func TestStop36Review3PercentOfSomethingOfACompany(t *testing.T) {
	wantNoneOf(t, []string{model.Acquisition, model.Investment}, []langText{
		{"en", "Veltraco took 20% of Quorvex customers within a year."},
		{"en", "Veltraco took 30% of Quorvex sales in Europe."},
		{"en", "Veltraco took 15% of Quorvex output last year."},
		{"en", "Veltraco took 40% of Quorvex bonds at the auction."},
		{"en", "Veltraco took 10% of Quorvex staff when the plant closed."},
		{"en", "Veltraco took 20% of the Quorvex vote."},
		{"en", "Veltraco took 25% of Quorvex market share."},
		{"en", "Veltraco took 25% of Quorvex revenue as royalties."},
		{"en", "Veltraco will take 20% of Quorvex profits under the deal."},
	}, "Veltraco", "Quorvex")
}

// percentOfACompany: the company before the verb is someone else's
// ("investors in Veltraco"), or "it" is the expletive of "it took ... to":
// no company takes (c9bc437: no stake; a sale for "Shareholders in").
func TestStop36Review3NoCompanyTakesThePercentage(t *testing.T) {
	wantNoneOf(t, []string{model.Acquisition, model.Investment}, []langText{
		{"en", "Investors in Veltraco took 20% of Quorvex in the IPO."},
		{"en", "Shareholders in Veltraco took 20% of Quorvex through the spin-off."},
		{"en", "Lenders to Veltraco took 20% of Quorvex in the restructuring."},
		{"en", "It took 20% of Quorvex investors to vote against Veltraco."},
	}, "Veltraco", "Quorvex")
}

// handsOf (e3c9e37): hands that are a consortium led by a company, or a
// company described with "de" inside ("la firma de inversión X"), are
// that company's; the new early return leaves no buyer. c9bc437: the
// first passed (Veltraco, by "por"), the second gave Quorvex.
func TestStop36Review3HandsOfAConsortiumOrFirm(t *testing.T) {
	for _, c := range []langText{
		{"es", "En 2000, Quorvex pasó a manos de un consorcio liderado por Veltraco."},
		{"es", "En 2000, Quorvex pasó a manos de la firma de inversión Veltraco."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Type != model.Acquisition || got[0].Buyer != "Veltraco" {
			t.Errorf("%s %q: %+v, want Veltraco buying Quorvex", c.lang, c.text, got)
		}
	}
}
