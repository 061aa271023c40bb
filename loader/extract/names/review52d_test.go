package names

import "testing"

func TestReview52dCodeShapedNames(t *testing.T) {
	for _, c := range []struct{ lang, text, name string }{
		{"en", "Network18 agreed to merge TV18 into Quorvex Media. TV18 said the deal closes in May.", "TV18"},
		{"it", "Mediaset ha acquisito R101 da Quorvex per 20 milioni di euro. R101 ha detto che l'operazione si chiuderà a maggio.", "R101"},
		{"en", "Wanxiang agreed to buy A123 for $257 million. A123 said the deal closes in May.", "A123"},
		{"en", "Quorvex Capital agreed to buy F45 for $20 million. F45 said the deal closes in May.", "F45"},
		{"en", "GS Retail agreed to sell a stake in GS25 to Quorvex. GS25 said the deal closes in May.", "GS25"},
		{"es", "La hotelera H10 ha comprado el hotel Quorvex de Barcelona por 90 millones de euros. H10 dijo que la operación se cerrará en mayo.", "H10"},
		{"it", "Quorvex ha acquisito il 30% di E80 per 100 milioni di euro. E80 ha detto che l'operazione si chiuderà a maggio.", "E80"},
		{"fr", "Le groupe HR365 a racheté Quorvex pour 20 millions d'euros. HR365 a indiqué que l'opération sera finalisée en mai.", "HR365"},
		{"es", "Quorvex ha comprado IT84 por 20 millones de euros. IT84 dijo que la operación se cerrará en mayo.", "IT84"},
		{"en", "Quorvex agreed to buy D365 Partners' rival KB12 for $20 million.", "KB12"},
	} {
		r := recognizeWithDealWords(t, c.lang, c.text)
		t.Logf("%s: %q", c.name, companiesOf(r, 0))
		wantCompanyIn(t, r, 0, c.name)
	}
}
