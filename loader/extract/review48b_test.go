package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// A French "leur" right before a noun of a sale is the possessive ("their
// sale"), not a dative pronoun: the sale names no other side, and the
// company of the sentence before is none.
func TestReview48bLeurPossessiveIsNoDative(t *testing.T) {
	for _, body := range []string{
		"Veltraco va racheter Quorvex pour 4 milliards de dollars. Quorvex est un équipementier. Brindle a finalisé leur vente pour 150 millions d'euros.",
		"Veltraco va racheter Quorvex pour 4 milliards de dollars. Quorvex est un équipementier. Les actionnaires de Brindle ont approuvé leur cession pour 150 millions d'euros.",
		"Veltraco va racheter Quorvex pour 4 milliards de dollars. Quorvex est un équipementier. Brindle détient deux usines en Bretagne et prépare leur cession pour 150 millions d'euros.",
	} {
		ds := extractTextIn(t, "fr", body, "Veltraco", "Quorvex", "Brindle")
		if joinsIn(ds, "Quorvex", "Brindle", "divestiture", "acquisition") {
			t.Errorf("%q: deals %+v, want no deal of Brindle with Quorvex ('leur' is 'their')", body, ds)
		}
	}
}

// An Italian "le" right before a finite verb ("le cederà", "le vende") is
// the feminine plural object, the things sold, not a dative: only before an
// auxiliary and a participle in -o is it "to her/it".
func TestReview48bItalianLeBeforeFiniteVerbIsTheThingsSold(t *testing.T) {
	for _, body := range []string{
		"Veltraco comprerà Quorvex per 4 miliardi di dollari. Quorvex è un fornitore. Brindle possiede due fabbriche in Veneto e le cederà per 150 milioni di euro.",
		"Veltraco comprerà Quorvex per 4 miliardi di dollari. Quorvex è un fornitore. Brindle ha due fabbriche in Veneto: le vende per 150 milioni di euro.",
	} {
		ds := extractTextIn(t, "it", body, "Veltraco", "Quorvex", "Brindle")
		if joinsIn(ds, "Quorvex", "Brindle", "divestiture", "acquisition") {
			t.Errorf("%q: deals %+v, want no deal of Brindle with Quorvex ('le' is the factories)", body, ds)
		}
	}
}

// A listed name opening with spaced initials after a capitalised word that
// is no first name: a sentence's opener ("Yesterday", "Ieri", "Per") or a
// German noun ("Der Hedgefonds"). It is still the listed
// name, not its last word nor the noun joined to it.
func TestReview48bListedInitialsAfterCapitalisedOpener(t *testing.T) {
	for _, c := range []struct{ lang, body, firm string }{
		{"en", "Yesterday D. E. Shaw agreed to buy Quorvex for $400 million.", "D. E. Shaw"},
		{"it", "Ieri D. E. Shaw ha comprato Quorvex per 400 milioni di euro.", "D. E. Shaw"},
		{"it", "Per D. E. Shaw l'acquisto di Quorvex vale 400 milioni di euro.", "D. E. Shaw"},
		{"de", "Der Hedgefonds D. E. Shaw kauft Quorvex für 400 Millionen Euro.", "D. E. Shaw"},
	} {
		cs, ds := extractAll(t, c.lang, c.body, "Quorvex", c.firm)
		wantCompany(t, cs, c.firm)
		noCompany(t, cs, "Shaw", "D. E.")
		if !slices.ContainsFunc(ds, func(d model.Deal) bool {
			return slices.Contains(d.Parties, c.firm) && slices.Contains(d.Parties, "Quorvex")
		}) {
			t.Errorf("%q: deals %+v, want %s with Quorvex", c.body, ds, c.firm)
		}
	}
}

// "scorporare dal gruppo / dalla capogruppo" is a spin-off out of the
// group, not figures set apart: "dal" before a group is where the business
// is taken from.
func TestReview48bScorporatoDalGruppoIsASpinOff(t *testing.T) {
	for _, body := range []string{
		"Nel 2015 Veltraco ha scorporato dal gruppo la divisione Quorvex, che sarà quotata in Borsa.",
		"Veltraco intende scorporare dalla capogruppo le torri di trasmissione, che confluiranno in Quorvex.",
	} {
		ds := extractTextIn(t, "it", body, "Veltraco", "Quorvex")
		if !joinsIn(ds, "Veltraco", "Quorvex", "divestiture") {
			t.Errorf("%q: deals %+v, want the divestiture of Quorvex by Veltraco", body, ds)
		}
	}
}
