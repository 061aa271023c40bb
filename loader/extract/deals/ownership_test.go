package deals

import (
	"testing"

	"dealwire/model"
)

// Taking full or sole ownership of a company buys all of it: no stake.
func TestTakingFullOwnershipBuys(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"en", "In 2011 Veltraco took full ownership of Quorvex, a maker of hydraulic controls."},
		{"en", "Veltraco has taken sole ownership of Quorvex."},
		{"en", "Veltraco acquired full ownership of Quorvex in 2019 for $120 million."},
		// an adverb, or a verb governing the infinitive, between the
		// company and the taking (cases of the stop 37 review)
		{"en", "Veltraco later took full ownership of Quorvex."},
		{"en", "Veltraco has since taken sole ownership of Quorvex."},
		{"en", "Veltraco agreed to take full ownership of Quorvex for $300 million."},
		{"en", "Veltraco is set to take full ownership of Quorvex."},
		{"en", "Veltraco assumed full ownership of Quorvex in 2019."},
		{"fr", "En 2011, Veltraco a pris la pleine propriété de Quorvex."},
		{"it", "Nel 2011 Veltraco ha assunto la piena proprietà di Quorvex."},
		{"es", "En 2011 Veltraco asumió la plena propiedad de Quorvex."},
	}, "Veltraco", "Quorvex")
	wantNoneOf(t, []string{model.Acquisition, model.Investment}, []langText{
		{"fr", "Veltraco a pris la pleine propriété du projet après le retrait de Quorvex."},
		{"it", "Veltraco ha assunto la piena proprietà dei dati dei clienti di Quorvex."},
		// (cases of the stop 37 review: a plant or a ship owned, "assumed"
		// of a debt, the Italian "assunto" of staff hired)
		{"fr", "Veltraco a pris la pleine propriété de l'usine Quorvex de Lyon."},
		{"es", "Veltraco asumió la plena propiedad del buque Quorvex."},
		{"en", "Veltraco assumed 60% of Quorvex and Daxmoor's combined debt."},
		{"it", "Veltraco ha assunto il 30% di Quorvex, pari a 120 dipendenti."},
	}, "Veltraco", "Quorvex", "Daxmoor")
	wantNone(t, []langText{
		{"en", "The state agreed to take 60% of Quorvex."},
	}, "Veltraco", "Quorvex")
	// past a bridge only a company named takes, not a pronoun, nor a
	// company a relative clause names (cases of the stop 37 review)
	wantNoneOf(t, []string{model.Acquisition, model.Investment}, []langText{
		{"en", "The fund that controls Veltraco is set to take 20% of Quorvex."},
		{"en", "The family that owns Veltraco plans to take full ownership of Quorvex."},
		{"en", "Veltraco's chief executive said he plans to take 10% of Quorvex."},
	}, "Veltraco", "Quorvex")
	wantNoneOf(t, []string{model.Acquisition, model.Investment}, []langText{
		{"en", "Veltraco denied it was set to take 20% of Quorvex."},
		{"en", "Daxmoor, Veltraco's largest shareholder, said it plans to take 10% of Quorvex."},
		{"en", "Under the rescue plan agreed with Veltraco, the state-owned bank is set to take 20% of Quorvex."},
	}, "Veltraco", "Quorvex", "Daxmoor")
	// a company named before the bridge still takes, whatever opens the
	// sentence
	wantOne(t, model.Acquisition, []langText{
		{"en", "That year Veltraco agreed to take 60% of Quorvex."},
		{"en", "After the deal, in which Veltraco agreed to take 60% of Quorvex, shares rose."},
	}, "Veltraco", "Quorvex")
}

// An ownership interest bought is still a stake; a company held under
// another's ownership is no deal of it.
func TestOwnershipInterestIsAStake(t *testing.T) {
	wantOne(t, model.Investment, []langText{
		{"en", "In 2011 Veltraco bought a 20% ownership interest in Quorvex."},
	}, "Veltraco", "Quorvex")
	wantNoneOf(t, []string{model.Acquisition}, []langText{
		{"en", "Quorvex has been under full Veltraco ownership since 2011 and sells pumps."},
	}, "Veltraco", "Quorvex")
}

// Full ownership of something other than a company named right after
// "of" (a fault, risks, a company's shares, a project, a stadium), or
// taken by someone other than a company, buys no company (cases of the
// stop 37 review).
func TestFullOwnershipOfOtherThingsBuysNoCompany(t *testing.T) {
	wantNoneOf(t, []string{model.Acquisition, model.Investment}, []langText{
		{"en", "Veltraco takes full ownership of the outage that hit Quorvex customers, its chief executive said."},
		{"en", "Veltraco will take full ownership of the risks under its contract with Quorvex."},
		{"en", "Veltraco has no plans to take full ownership of Quorvex, its chief executive said."},
		{"en", "Veltraco took full ownership of Quorvex's shares held by Daxmoor."},
		{"en", "Veltraco took full ownership of the project after Quorvex pulled out."},
		{"en", "Veltraco took full ownership of the Quorvex stadium."},
	}, "Veltraco", "Quorvex", "Daxmoor")
	// the company sold keeps its side: "which took full ownership" is no
	// company's purchase of it
	got := Find(sentence("The Brindle family, which took full ownership of Quorvex in 1998, sold it to Veltraco in 2020.", "Veltraco", "Quorvex"), "en", "")
	if len(got) != 1 || got[0].Type != model.Divestiture || len(got[0].Parties) != 2 {
		t.Errorf("the family's sale: %+v, want one divestiture of Quorvex to Veltraco", got)
	}
}
