package extract

// Review of f914bfc ("-listed"), c47b1d5 (styledLower) and 7259012
// (typedAsTheFirst): mended by seatAfter's glued hyphen, the list's
// styled aliases and typedAsTheFirst's agreements.

import (
	"slices"
	"testing"

	"dealwire/model"
)

func review52cCompanyNames(cs []model.Company) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Name)
	}
	return out
}

func zzDealWith(ds []model.Deal, c string) *model.Deal {
	for i, d := range ds {
		if slices.Contains(d.Parties, c) {
			return &ds[i]
		}
	}
	return nil
}

// Review of f914bfc, c47b1d5 and 7259012, mended by seatAfter's glued hyphen, the list's styled aliases and typedAsTheFirst's agreements. 7259012 (typedAsTheFirst): "another contract" after a sale is no sale.
func TestReview52cAnotherContractIsNoSale(t *testing.T) {
	known := []string{"Veltraco", "Quorvex", "Brindle"}
	for _, body := range []string{
		"en|Veltraco sold its tyre unit to Quorvex in 2019. Veltraco signed another contract with Brindle on Monday.",
		"it|Veltraco ha venduto la sua divisione pneumatici a Quorvex nel 2019. Lunedì Veltraco ha firmato un altro contratto con Brindle.",
		"de|Veltraco hat seine Reifensparte 2019 an Quorvex verkauft. Am Montag unterzeichnete Veltraco einen weiteren Vertrag mit Brindle.",
		"es|Veltraco vendió su división de neumáticos a Quorvex en 2019. El lunes Veltraco firmó un segundo contrato con Brindle.",
	} {
		ds := extractKnownLangs(t, known, body)
		if d := dealOf(ds, model.Divestiture, "Veltraco", "Brindle"); d != nil {
			t.Errorf("%.2s: a contract is no sale of Brindle: %+v", body, *d)
		}
	}
}

// 7259012 (typedAsTheFirst): a denied, negated or hypothetical "another
// deal" is no deal.
func TestReview52cAnotherDealNotMade(t *testing.T) {
	known := []string{"Veltraco", "Quorvex", "Brindle"}
	for _, body := range []string{
		"en|Veltraco bought Quorvex last year. Veltraco said it was not planning another deal with Brindle.",
		"en|Veltraco bought Quorvex last year. Analysts said Veltraco could sign another deal with Brindle.",
		"en|Veltraco bought Quorvex last year. Veltraco denied it was in talks over a second deal with Brindle.",
		"it|Veltraco ha acquisito Quorvex l'anno scorso. Veltraco ha detto di non avere in programma un altro accordo con Brindle.",
		"fr|Veltraco a racheté Quorvex l'an dernier. Veltraco a démenti préparer un autre accord avec Brindle.",
	} {
		ds := extractKnownLangs(t, known, body)
		if d := zzDealWith(ds, "Brindle"); d != nil {
			t.Errorf("%.2s: no deal with Brindle was made: %+v (%s)", body, *d, body)
		}
	}
}

// 7259012 (typedAsTheFirst): "In another deal" announces a different deal;
// its partnership is kept, not turned into a purchase and lost.
func TestReview52cInAnotherDealKeepsItsKind(t *testing.T) {
	ds := extractKnownLangs(t, []string{"Veltraco", "Quorvex", "Brindle"},
		"en|Veltraco completed the acquisition of Quorvex in March. In another deal announced on Tuesday, Veltraco signed an agreement with Brindle.")
	if d := dealOf(ds, model.Partnership, "Veltraco", "Brindle"); d == nil {
		t.Errorf("want the partnership of Veltraco and Brindle, got %+v", ds)
	}
	if d := dealOf(ds, model.Acquisition, "Veltraco", "Brindle"); d != nil {
		t.Errorf("Brindle was not bought: %+v", *d)
	}
}

// f914bfc (placedAfter/refuse): a spaced hyphen before "listed" is a dash,
// not "X-listed": Quorvex is the target.
func TestReview52cDashBeforeListed(t *testing.T) {
	for _, body := range []string{
		"Veltraco agreed to buy Quorvex - listed in Milan since 2004 - for 300 million euros.",
		"Veltraco buys Quorvex - listed rivals rally",
	} {
		cs, ds := extractAll(t, "en", body, "Veltraco", "Quorvex")
		if !slices.Contains(review52cCompanyNames(cs), "Quorvex") {
			t.Errorf("%q: Quorvex lost: %q", body, review52cCompanyNames(cs))
		}
		if dealOf(ds, model.Acquisition, "Veltraco", "Quorvex") == nil {
			t.Errorf("%q: purchase of Quorvex lost: %+v", body, ds)
		}
	}
}

// c47b1d5 (styledLower): an ordinary lower-case word after an acronym is
// no part of a listed name ("LG display panels", "BYD auto sales").
func TestReview52cOrdinaryWordAfterAcronym(t *testing.T) {
	for _, c := range []struct{ body, want, not string }{
		{"Veltraco agreed to buy Quorvex, which makes LG display panels, for $300 million.", "LG", "LG Display"},
		{"Veltraco agreed to buy Quorvex for $300 million. BYD auto sales rose 20 percent.", "BYD", "BYD Auto"},
	} {
		cs, _ := extractAll(t, "en", c.body, "Veltraco", "Quorvex")
		got := review52cCompanyNames(cs)
		if slices.Contains(got, c.not) || !slices.Contains(got, c.want) {
			t.Errorf("%q: companies %q, want %s not %s", c.body, got, c.want, c.not)
		}
	}
}
