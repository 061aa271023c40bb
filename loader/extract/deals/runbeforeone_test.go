package deals

import "testing"

// A plural deal noun a colon sets before one deal of its kind introduces
// that deal: the deal after the colon keeps its own date and status
// ("... enchaîne les petites acquisitions: en 2010, il avait repris
// Revertex Finewaters", dealdev224).
func TestRunOfDealsBeforeAColon(t *testing.T) {
	for _, c := range []struct{ lang, text, buyer, target string }{
		{"fr", "H.B. Fuller, de son côté, enchaîne les petites acquisitions: en 2010, il avait repris le fabricant malaisien de colles Revertex Finewaters.", "H.B. Fuller", "Revertex Finewaters"},
		{"en", "Veltraco keeps making acquisitions: in 2010, it had bought Quorvex.", "Veltraco", "Quorvex"},
		{"it", "Veltraco continua a fare acquisizioni; nel 2010 aveva comprato Quorvex.", "Veltraco", "Quorvex"},
	} {
		got := Find(sentence(c.text, c.buyer, c.target), c.lang, "2012-03-01")
		if len(got) != 1 || got[0].Date != "2010" || got[0].Status != "completed" {
			t.Errorf("%s %q: %+v, want one deal dated 2010, completed", c.lang, c.text, got)
		}
	}
}
