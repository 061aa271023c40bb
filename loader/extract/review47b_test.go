package extract

import (
	"testing"

	"dealwire/model"
)

// Money raised from an investor is the investor's investment: the
// investor acts (Parties[0], "Ostravel invests in Brindle").
// Review of 1460617: in money raised from an investor, the investor is
// the side that invests, named first.
func TestStop47Review2RaisedFromNamesTheInvestorFirst(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco agreed to buy Quorvex on Monday. In 2018 Brindle raised $2.5 billion from Ostravel."},
		{"fr", "Veltraco a annoncé lundi le rachat de Quorvex. Brindle avait levé 2,5 milliards de dollars en 2018 auprès de Ostravel."},
		{"de", "Veltraco übernimmt Quorvex. Schon 2018 hatte Brindle bei Ostravel 2,5 Milliarden Dollar eingesammelt."},
	} {
		for _, d := range extractTextIn(t, c.lang, c.text, "Veltraco", "Brindle", "Quorvex", "Ostravel") {
			if d.Type == model.Investment && d.Parties[0] == "Brindle" {
				t.Errorf("%s %q: %v %q, want Ostravel investing in Brindle", c.lang, c.text, d.Parties, d.Summary)
			}
		}
	}
}

// A "from"/"bei"/"da"/"de" near a sum raised, in another clause or meaning
// "of", names no investor.
// Review of 1460617: a word of "from" that is a comparison, a parting, a
// sale's or a relative clause's, names no investor of the money raised.
func TestStop47Review2RaisedWithNoInvestorIsNoInvestment(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco agreed to buy Quorvex on Monday. Ostravel raised $400 million in 2019, having split from Brindle in 2017."},
		{"en", "Veltraco agreed to buy Quorvex on Monday. Ostravel raised $300 million in its IPO, up from Brindle's $200 million."},
		{"en", "Veltraco agreed to buy Quorvex on Monday. Ostravel raised $2 billion from the Brindle sale."},
		{"es", "Veltraco anunció ayer la compra de Quorvex. Ostravel recaudó 300 millones de euros, frente a los 200 millones de euros de Brindle."},
		{"it", "Veltraco ha annunciato l'acquisto di Quorvex. Ostravel ha raccolto 100 milioni di euro in Borsa, dopo lo scorporo da Brindle nel 2019."},
		{"de", "Veltraco übernimmt Quorvex. Ostravel, deren Gründer früher bei Brindle arbeiteten, hat 300 Millionen Euro eingesammelt."},
		{"de", "Veltraco übernimmt Quorvex. Die bei Brindle ausgegliederte Ostravel hat an der Börse 300 Millionen Euro eingesammelt."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Brindle", "Quorvex", "Ostravel")
		if joinsIn(ds, "Ostravel", "Brindle", model.Investment) {
			t.Errorf("%s %q: deals %+v, want no investment", c.lang, c.text, ds)
		}
	}
}

// Setting up, founding or creating something other than a company with
// a company, or a "with" outside the clause of founding, is no joint venture.
// Review of c69b0e7: founding a committee, a meeting, jobs, a provision,
// with someone's help or backing, or a "set-up", is no joint venture.
func TestStop47Review2FoundingWordsWithoutACoFoundedCompany(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco agreed to buy Quorvex on Monday. Brindle set up a committee with Ostravel to study the deal."},
		{"en", "Veltraco agreed to buy Quorvex on Monday. Brindle set up a meeting with Ostravel."},
		{"en", "Veltraco agreed to buy Quorvex on Monday. Ostravel was founded in 1990 with Brindle's backing."},
		{"en", "Veltraco agreed to buy Quorvex on Monday. Ostravel set up shop in Texas with help from Brindle."},
		{"en", "Veltraco agreed to buy Quorvex on Monday. Ostravel set up a factory in Texas with Brindle as its main customer."},
		{"en", "Veltraco agreed to buy Quorvex on Monday. Ostravel, which has worked with Brindle since 2015, was founded in 1990."},
		{"en", "Veltraco agreed to buy Quorvex on Monday. Ostravel said the current set-up with Brindle would not change."},
		{"fr", "Veltraco a annoncé lundi le rachat de Quorvex. Ostravel a créé 500 emplois avec Brindle."},
		{"es", "Veltraco anunció ayer la compra de Quorvex. Ostravel constituyó una provisión de 50 millones de euros por el litigio con Brindle."},
		{"it", "Veltraco ha annunciato l'acquisto di Quorvex. Ostravel ha costituito un tavolo tecnico con Brindle."},
		{"de", "Veltraco übernimmt Quorvex. Ostravel wurde 1990 gegründet und liegt mit Brindle im Rechtsstreit."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Brindle", "Quorvex", "Ostravel")
		if joinsIn(ds, "Ostravel", "Brindle", model.JointVenture) {
			t.Errorf("%s %q: deals %+v, want no joint venture", c.lang, c.text, ds)
		}
	}
}

// Review of de24bb1: "rilevarne", "acquisirne" take a part of something
// named before; only before a stake or control are they deal words ("per
// rilevarne le perdite" detects, "acquisirne le competenze" gains skills).
func TestStop47Review3PartCliticsOfOtherSensesAreNoDeal(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Veltraco ha annunciato l'acquisto di Quorvex. Brindle ha installato sensori nella rete di Ostravel per rilevarne le perdite."},
		{"it", "Veltraco ha annunciato l'acquisto di Quorvex. Brindle ha assunto ingegneri di Ostravel per acquisirne le competenze."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Brindle", "Quorvex", "Ostravel")
		if joinsIn(ds, "Brindle", "Ostravel", model.Acquisition, model.Divestiture) {
			t.Errorf("%s %q: deals %+v, want no deal of Brindle and Ostravel", c.lang, c.text, ds)
		}
	}
}

// Review of 5d1c1f6: what two founders found is the founding verb's
// object, not any kind of company in the rest of the clause ("set up a
// task force to look at the company", "a bank account", "un comité
// d'entreprise").
func TestStop47Review3FoundedObjectIsACompany(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco agreed to buy Quorvex on Monday. Brindle and Ostravel set up a task force to look at the company."},
		{"en", "Veltraco agreed to buy Quorvex on Monday. Brindle and Ostravel set up a hotline for company customers."},
		{"en", "Veltraco agreed to buy Quorvex on Monday. Brindle and Ostravel set up a bank account."},
		{"en", "Veltraco agreed to buy Quorvex on Monday. Brindle and Ostravel set up a business plan."},
		{"es", "Veltraco anunció ayer la compra de Quorvex. Brindle y Ostravel constituyeron una fundación para ayudar a la empresa."},
		{"fr", "Veltraco a annoncé lundi le rachat de Quorvex. Brindle et Ostravel ont créé un comité d'entreprise."},
		{"it", "Veltraco ha annunciato l'acquisto di Quorvex. Brindle e Ostravel hanno costituito una task force per salvare l'azienda."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Brindle", "Quorvex", "Ostravel")
		if joinsIn(ds, "Brindle", "Ostravel", model.JointVenture) {
			t.Errorf("%s %q: deals %+v, want no joint venture", c.lang, c.text, ds)
		}
	}
}

// Review of 5d1c1f6: two companies named with "and" before a founding
// verb found together only as its subject ("Former Brindle and Ostravel
// engineers set up", "agreed that Lumix would set up" found nothing of
// theirs).
func TestStop47Review3FoundersBeforeAreTheSubject(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco agreed to buy Quorvex on Monday. Former Brindle and Ostravel engineers set up a company called Lumix."},
		{"en", "Veltraco agreed to buy Quorvex on Monday. Executives from Brindle and Ostravel set up a company."},
		{"en", "Veltraco agreed to buy Quorvex on Monday. Brindle and Ostravel agreed that Lumix would set up a company in Texas."},
		{"en", "Veltraco agreed to buy Quorvex on Monday. Brindle and Ostravel founded their own companies in 1990."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Brindle", "Quorvex", "Ostravel", "Lumix")
		if joinsIn(ds, "Brindle", "Ostravel", model.JointVenture) {
			t.Errorf("%s %q: deals %+v, want no joint venture of Brindle and Ostravel", c.lang, c.text, ds)
		}
	}
}
