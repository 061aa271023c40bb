package deals

import (
	"testing"

	"dealwire/model"
)

// "sottoscrivere" and "suscribir" sign an agreement as well as subscribe
// to shares: an agreement after them says what the deal is ("ha
// sottoscritto un accordo di fornitura"), shares after them an investment.
func TestSigningAnAgreementIsNoSubscription(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"it", "Veltraco ha sottoscritto un accordo di fornitura con Quorvex.", model.Supply},
		{"es", "Veltraco suscribió ayer un acuerdo de suministro con Quorvex.", model.Supply},
		{"it", "Veltraco ha sottoscritto l'aumento di capitale di Quorvex per 50 milioni di euro.", model.Investment},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Type != c.want {
			t.Errorf("%q: want one %s deal, got %+v", c.text, c.want, got)
		}
	}
}

// A payment up front opens a licence, but not one told with earn-outs,
// which only a company bought is paid with.
func TestEarnOutsPayForACompany(t *testing.T) {
	text := "Veltraco paid $500 million for Quorvex in January 2012, including $250 million up front plus retention payments and earn-outs."
	got := Find(sentence(text, "Veltraco", "Quorvex"), "en", "")
	if len(got) != 1 || got[0].Type != model.Acquisition {
		t.Errorf("%q: want a purchase, got %+v", text, got)
	}
}

// The review of deals by competition authorities is no merger: "unter dem
// Vorbehalt der Fusionskontrolle", "subject to merger control", "el
// control de fusiones".
func TestMergerControlIsNoMerger(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Der Verkauf von Quorvex an Veltraco steht unter dem Vorbehalt der Fusionskontrolle."},
		{"en", "The sale of Quorvex to Veltraco is subject to merger control approval."},
		{"es", "La venta de Quorvex a Veltraco está sujeta al control de fusiones."},
	} {
		for _, f := range Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "") {
			if f.Type == model.Merger {
				t.Errorf("%q: a merger read in the review of a sale: %+v", c.text, f)
			}
		}
	}
}

// The gerunds of the reflexive verbs of buying buy as their other forms
// do: "en s'offrant l'allemand Quorvex", "haciéndose con", "aggiudicandosi".
func TestReflexiveGerundsBuy(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "En 2005, Veltraco s'est renforcé en s'offrant l'allemand Quorvex pour 5,65 milliards d'euros."},
		{"es", "En 2005 Veltraco se reforzó haciéndose con la alemana Quorvex por 5.650 millones de euros."},
		{"it", "Nel 2005 Veltraco si è rafforzata aggiudicandosi la tedesca Quorvex per 5,65 miliardi di euro."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Type != model.Acquisition {
			t.Errorf("%q: want Veltraco's purchase of Quorvex, got %+v", c.text, got)
		}
	}
}

// The year a run of deals started from dates none of them where the
// sentence tells another date ("more than 40 acquisitions since 2003,
// among them Quorvex, bought last year").
func TestRunOfDealsSinceIsNoDate(t *testing.T) {
	s := sentence("Veltraco has grown through more than 40 acquisitions since 2003, among them Quorvex, bought last year to build its completion business.", "Veltraco", "Quorvex")
	got := Find(s, "en", "2008-07-15")
	if len(got) != 1 || got[0].Date != "2007" {
		t.Errorf("want the purchase of last year (2007), got %+v", got)
	}
}

// A run's first year keeps dating the deal a clause after it tells: "20
// deals since 2010, when it bought Quorvex, the company said on Monday".
func TestRunSinceTheYearOfItsDeal(t *testing.T) {
	s := sentence("Veltraco has struck 20 deals since 2010, when it bought Quorvex, the company said on Monday.", "Veltraco", "Quorvex")
	got := Find(s, "en", "2020-10-29")
	if len(got) != 1 || got[0].Date != "2010" {
		t.Errorf("want the purchase of 2010, got %+v", got)
	}
}
