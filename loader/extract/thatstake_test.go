package extract

import (
	"testing"

	"dealwire/model"
)

// "X had paid 600 million for that same stake in 1999": the stake the
// article's deal sells, bought before by the company that sells it now.
func TestStakePaidForBeforeByItsSeller(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"es", "Veltraco comprará la participación del 49% que Daxmoor posee en Brindle por 224 millones de libras.\n\n" +
			"Daxmoor había desembolsado unos 600 millones de libras por esa misma participación en 1999, en una operación que nunca dio las sinergias esperadas."},
		{"en", "Veltraco agreed to buy Daxmoor's 49% stake in Brindle for £224m.\n\n" +
			"Daxmoor had paid £600m for that stake in 1999, when it bought into the airline."},
	} {
		_, ds := extractAll(t, c.lang, c.body, "Veltraco", "Daxmoor", "Brindle")
		var found bool
		for _, d := range ds {
			if d.Type == model.Investment && len(d.Parties) == 2 && d.Parties[0] == "Daxmoor" && d.Parties[1] == "Brindle" {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: want Daxmoor's earlier stake in Brindle, got %+v", c.lang, ds)
		}
	}
}
