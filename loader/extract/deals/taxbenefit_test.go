package deals

import "testing"

// What a deal saves in tax is no price: "rechnet mit Steuervorteilen von
// rund 137 Millionen Dollar", "expects tax benefits of about $137
// million", "des avantages fiscaux de 137 millions".
func TestTaxBenefitIsNoPrice(t *testing.T) {
	for _, before := range []string{
		"das unternehmen rechnet wegen der struktur als kauf von vermögenswerten mit steuervorteilen von rund ",
		"the company expects tax benefits of about ",
		"le rachat apportera des avantages fiscaux de ",
		"l'operazione porterà benefici fiscali per ",
		"la compra traerá beneficios fiscales de ",
	} {
		if !notPrice(before) {
			t.Errorf("%q: a tax benefit read as a price", before)
		}
	}
}
