package extract

import (
	"testing"

	"dealwire/model"
)

// Review of 577183a (broughtWith, mended: past forms only) and 8a9dd0f
// (modelCode, mended: a hyphen, lower case, a leading zero or four digits).

// 577183a: a stake bought with money or a deal one "brings with it" / "in
// dote" is still a stake bought.
func TestReview52dBroughtWith(t *testing.T) {
	known := []string{"Veltraco", "Quorvex", "Brindle"}
	for _, body := range []string{
		"en|Veltraco has agreed a supply deal with Quorvex that brings with it a 15% stake in Quorvex for $200 million.",
		"en|The deal brings with it a 10% stake in Quorvex for Veltraco, which will pay $300 million.",
		"it|Veltraco porta in dote la rete commerciale e rileverà il 30% di Quorvex per 200 milioni di euro.",
	} {
		ds := extractKnownLangs(t, known, body)
		if dealOf(ds, model.Investment, "Veltraco", "Quorvex") == nil {
			t.Errorf("no Veltraco->Quorvex investment in %q", body)
			for _, d := range ds {
				t.Logf("  %s %v", d.Type, d.Parties)
			}
		}
	}
}

// 8a9dd0f: real companies written as capitals and two digits or more
// ("A123", "F45", "R101", "H10", "E80", "TV18", "GS25") are
// companies, and their deals are deals.
func TestReview52dCodeShapedCompanies(t *testing.T) {
	known := []string{"Quorvex", "Veltraco"}
	for _, c := range []struct{ body, typ, a, b string }{
		{"en|Quorvex agreed to buy battery maker A123 for $257 million. A123 said the deal would close in March.", model.Acquisition, "Quorvex", "A123"},
		{"en|Quorvex agreed to buy fitness franchisor F45 for $300 million. F45 said the deal would close in March.", model.Acquisition, "Quorvex", "F45"},
		{"it|Quorvex ha acquisito l'emittente radiofonica R101 per 20 milioni di euro. R101 ha detto che l'operazione si chiuderà a maggio.", model.Acquisition, "Quorvex", "R101"},
		{"es|La hotelera H10 ha comprado Quorvex por 90 millones de euros. H10 dijo que la operación se cerrará en mayo.", model.Acquisition, "H10", "Quorvex"},
		{"it|Quorvex ha acquisito il 30% di E80 per 100 milioni di euro. E80 ha detto che l'operazione si chiuderà a maggio.", model.Investment, "Quorvex", "E80"},
		{"en|Quorvex agreed to buy a 20% stake in TV18 for $300 million. TV18 said the deal would close in March.", model.Investment, "Quorvex", "TV18"},
		{"fr|Quorvex a racheté GS25 pour 300 millions d'euros. GS25 a indiqué que l'opération sera finalisée en mai.", model.Acquisition, "Quorvex", "GS25"},
	} {
		ds := extractKnownLangs(t, known, c.body)
		if dealOf(ds, c.typ, c.a, c.b) == nil {
			t.Errorf("no %s %s-%s in %q", c.typ, c.a, c.b, c.body)
			for _, d := range ds {
				t.Logf("  %s %v", d.Type, d.Parties)
			}
		}
	}
}
