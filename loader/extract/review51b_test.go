package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Review of 9bab9d5 (A), ef92cd2 (B) and ab3ee29 (C1, C3). Each case
// failed at ab3ee29 and passed at the commit's parent. (Left on purpose:
// "Liberty Media agreed to buy F1" now names the company "F1", as
// ef92cd2 took "F1" out of Formula One Group's aliases.)

// A: "legen ihre Geschäfte zusammen" said of a venture the sentence
// names is still a joint venture, not a merger. (Left: a venture named
// only in the next sentence, "... legen ihre Aktivitäten zusammen. Das
// Gemeinschaftsunternehmen soll 2021 starten.", reads a merger.)
func TestReview51bA_BusinessesPutIntoAVenture(t *testing.T) {
	for _, text := range []string{
		"Veltraco und Quorvex legen ihre Geschäfte zusammen, um ein Gemeinschaftsunternehmen zu gründen.",
		"Veltraco und Quorvex legen ihre Geschäfte zusammen, an dem Gemeinschaftsunternehmen halten beide je 50 Prozent.",
	} {
		_, ds := extractAll(t, "de", text, "Veltraco", "Quorvex")
		if len(ds) != 1 || ds[0].Type != model.JointVenture {
			t.Errorf("%q: want one joint venture, got %+v", text, ds)
		}
	}
}

// B: a brand's franchise business, or a team franchise, is sold by or as
// a company; "franchise" after its name does not make it a game title.
func TestReview51bB_FranchiseBusinessesAreCompanies(t *testing.T) {
	for _, c := range []struct{ text, buyer, target string }{
		{"Veltraco will buy the Halvorsen Hotels franchise business from Daxmoor Group for $300 million.", "Veltraco", "Halvorsen Hotels"},
		{"Quorvex agreed to buy the Brindle Hotels franchise network for $100 million.", "Quorvex", "Brindle Hotels"},
		{"Veltraco agreed to buy the Brindle Hawks franchise for $2 billion.", "Veltraco", "Brindle Hawks"},
	} {
		_, ds := extractAll(t, "en", c.text, c.buyer)
		if dealOf(ds, model.Acquisition, c.buyer, c.target) == nil {
			t.Errorf("%q: want %s buying %s, got %+v", c.text, c.buyer, c.target, ds)
		}
	}
}

// C1: a company whose own name ends on "Platform", described as a
// company, is still one.
func TestReview51bC1_CompaniesNamedPlatform(t *testing.T) {
	for _, c := range []struct{ lang, text, target string }{
		{"en", "Veltraco agreed to buy Brindle Platform for $500 million.", "Brindle Platform"},
		{"en", "Veltraco agreed to buy the payments company Brindle Platform for $500 million.", "Brindle Platform"},
		{"de", "Veltraco übernimmt die Softwarefirma Daxmoor Plattform für 500 Millionen Euro.", "Daxmoor Plattform"},
		{"it", "Veltraco acquisisce la società Brindle Piattaforma per 500 milioni di euro.", "Brindle Piattaforma"},
		{"fr", "Veltraco rachète la start-up Brindle Plateforme pour 50 millions d'euros.", "Brindle Plateforme"},
		{"es", "Veltraco compra la empresa Brindle Plataforma por 50 millones de euros.", "Brindle Plataforma"},
	} {
		cs, ds := extractAll(t, c.lang, c.text, "Veltraco")
		if !slices.Contains(companyNames(cs), c.target) || dealOf(ds, model.Acquisition, "Veltraco", c.target) == nil {
			t.Errorf("%s %q: want Veltraco buying %s, got %v %+v", c.lang, c.text, c.target, companyNames(cs), ds)
		}
	}
}

// C3: a rival's own deal, told with "the sale"/"the acquisition" of its
// unit, is no deal with the company the sentence before happened to name.
func TestReview51bC3_RivalsOwnDealIsNotWithThePreviousSentencesCompany(t *testing.T) {
	for _, c := range []struct{ lang, text, other string }{
		{"en", "Veltraco agreed to buy Brindle for $1 billion. Brindle has 2,000 employees. Quorvex completed the acquisition of a Danish packaging business last year.", "Brindle"},
		{"fr", "Veltraco rachète Brindle pour 1 milliard d'euros. Veltraco réduit ses coûts. Quorvex a finalisé la cession de sa division chimie en mars.", "Veltraco"},
		{"de", "Veltraco übernimmt Brindle für 1 Milliarde Euro. Veltraco spart seit Monaten. Quorvex hatte im März den Verkauf seiner Chemiesparte abgeschlossen.", "Veltraco"},
		{"es", "Veltraco compra Brindle por 1.000 millones de euros. Veltraco recorta costes. Quorvex completó en marzo la venta de su negocio químico.", "Veltraco"},
	} {
		_, ds := extractAll(t, c.lang, c.text, "Veltraco", "Brindle", "Quorvex")
		if d := dealOf(ds, model.Acquisition, "Quorvex", c.other); d != nil {
			t.Errorf("%s %q: no deal between Quorvex and %s, got %+v", c.lang, c.text, c.other, *d)
		}
	}
}
