package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Money a company raises from a named investor is that investor's
// investment in it, in each language.
func TestMoneyRaisedFromAnInvestorIsAnInvestment(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco agreed to buy Quorvex on Monday. In 2018 Brindle raised $2.5 billion from Ostravel."},
		{"fr", "Veltraco a annoncé lundi le rachat de Quorvex. Brindle avait levé 2,5 milliards de dollars en 2018 auprès de Ostravel."},
		{"es", "Veltraco anunció ayer la compra de Quorvex. Brindle recaudó 2.500 millones de dólares de Ostravel en 2018."},
		{"it", "Veltraco ha annunciato l'acquisto di Quorvex. A luglio Brindle ha raccolto 235 milioni di dollari da Ostravel."},
		{"de", "Veltraco übernimmt Quorvex. Schon 2018 hatte Brindle bei Ostravel 2,5 Milliarden Dollar eingesammelt."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Brindle", "Quorvex", "Ostravel")
		if !joinsIn(ds, "Brindle", "Ostravel", model.Investment) {
			t.Errorf("%s: deals %+v, want Ostravel's investment in Brindle", c.lang, ds)
		}
	}
}

// Raising what is not money, or money from no company named (the market,
// the shareholders), is no deal.
func TestRaisingWithoutAnInvestorIsNoDeal(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco and Brindle compete in sensors. Veltraco raised its forecast for 2021 after Brindle cut prices."},
		{"fr", "Veltraco et Brindle sont rivaux. Pour financer la croissance, Veltraco lèvera environ 600 millions de livres auprès de ses actionnaires, a indiqué Brindle."},
		{"de", "Veltraco und Brindle sind Rivalen. Veltraco hatte im August bei seinem Börsengang 300 Millionen Dollar eingesammelt, Brindle im Juni."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Brindle")
		if joinsIn(ds, "Veltraco", "Brindle", model.Investment, model.Acquisition) {
			t.Errorf("%s %q: deals %+v, want none", c.lang, c.text, ds)
		}
	}
}

// A company founded with a named co-founder is a joint venture of the
// founders, in each language.
func TestCompanyFoundedWithACoFounderIsAJointVenture(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco agreed to buy Brindle on Monday. In 2016 Veltraco set up Quorvex with Ostravel."},
		{"es", "Veltraco anunció ayer la compra de Brindle. En febrero Veltraco constituyó junto al fondo Ostravel la aerolínea Quorvex."},
		{"it", "Veltraco ha annunciato l'acquisto di Brindle. Nel 2005 Veltraco ha fondato con Ostravel la società Quorvex."},
		{"de", "Veltraco übernimmt Brindle. 2005 gründete Veltraco mit Ostravel das Lachszuchtunternehmen Quorvex."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Brindle", "Quorvex", "Ostravel")
		if !joinsIn(ds, "Veltraco", "Ostravel", model.JointVenture) {
			t.Errorf("%s: deals %+v, want Veltraco's joint venture with Ostravel", c.lang, ds)
		}
	}
}

// Founding with no co-founder named is no deal, and who founded a company
// is no company for it.
func TestFoundingAloneIsNoDeal(t *testing.T) {
	text := "Veltraco agreed to buy Brindle on Monday. Ostravel, founded in 1990 by Monroe Carell Jr., competes with Brindle. " +
		"In 2019 Ostravel and Brindle set up a factory with 500 workers in Texas."
	cs, ds := extractAll(t, "en", text, "Veltraco", "Brindle", "Ostravel")
	if slices.ContainsFunc(ds, func(d model.Deal) bool { return d.Type == model.JointVenture }) {
		t.Errorf("deals %+v: a founding with no co-founder read as a joint venture", ds)
	}
	noCompany(t, cs, "Monroe Carell Jr", "Monroe Carell Jr.")
}

// Two companies named together found a company together; a German
// participle of founding closes its clause, the co-founder before it.
func TestCompanyFoundedByTwoIsAJointVenture(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco agreed to buy Quorvex on Monday. Brindle and Ostravel agreed to set up a budget airline on Thursday."},
		{"de", "Veltraco übernimmt Quorvex. Im April 2002 hatte Brindle zusammen mit dem Entsorger Ostravel die Gemeinschaftsfirma Eco Mining gegründet."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Brindle", "Quorvex", "Ostravel")
		if !joinsIn(ds, "Brindle", "Ostravel", model.JointVenture) {
			t.Errorf("%s: deals %+v, want Brindle's joint venture with Ostravel", c.lang, ds)
		}
	}
}
