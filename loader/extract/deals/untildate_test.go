package deals

import (
	"strings"
	"testing"

	"dealwire/model"
)

// A sentence that names no company but refers to the deal told before is
// dated as any other: not by a date after "until" ("bis zum 20. Dezember
// 2034" is when a promise ends).
func TestReferringSentenceUntilDate(t *testing.T) {
	s := sentence("Zudem verpflichten sich beide Seiten, einander bis zum 20. Dezember 2034 nicht wegen Patenten zu verklagen.")
	for _, f := range Find(s, "de", "2024-12-23") {
		if strings.HasPrefix(f.Date, "2034") {
			t.Errorf("%+v: dated %s, the end of a promise", f, f.Date)
		}
	}
}

// "Hasta el", "jusqu'au" and "d'ici au" say until, as "hasta" and
// "jusqu'à" do: the end of an option is no date of the deal (not "by",
// nor "entro": "had bought 30% of Quorvex by March 2020" is when) ("Los compradores podrán
// adquirir otro 10% ... hasta el 15 de enero de 2021").
func TestUntilWithAnArticle(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "Los compradores podrán adquirir otro 10% de Quorvex en las mismas condiciones hasta el 15 de enero de 2021."},
		{"fr", "Les acheteurs pourront acquérir 10 % de plus de Quorvex aux mêmes conditions jusqu'au 15 janvier 2021."},
		{"fr", "Les acheteurs disposent d'une option pour acquérir 10 % supplémentaires du capital de Quorvex d'ici au 15 janvier 2021."},
	} {
		for _, f := range Find(sentence(c.text, "Quorvex"), c.lang, "2019-12-31") {
			if strings.HasPrefix(f.Date, "2021") {
				t.Errorf("%s %+v: dated %s, the end of an option", c.lang, f, f.Date)
			}
		}
	}
}

// A month named without its year in a clause that tells what is expected
// ("soll ... im Dezember", "is expected to close in December") is the
// next one to come; in any other it is the last one past, as before.
func TestExpectedMonthIsTheNextOne(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"de", "Abgeschlossen werden soll der Verkauf von Quorvex an Veltraco im Dezember.", "2013-12"},
		{"en", "Veltraco's purchase of Quorvex is expected to close in December.", "2013-12"},
		{"en", "Veltraco agreed to buy Quorvex in December.", "2012-12"},
		{"en", "Veltraco will compete with Brindle, which in April completed its purchase of Quorvex.", "2013-04"},
	} {
		got := Find(sentence(c.text, "Veltraco", "Brindle", "Quorvex"), c.lang, "2013-10-02")
		if len(got) == 0 || got[len(got)-1].Date != c.want {
			t.Errorf("%s %q: %+v, want dated %s", c.lang, c.text, got, c.want)
		}
	}
}

// The review of 0d67531, 61e819c and 6ac31bc: a month a past act is told
// at stays past, though a word of expecting comes before it in the
// sentence; "by" dates what was done by then; a list that may be the
// subject of a merger is no apposition.
func TestStop45ReviewPastMonthsAndLists(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Due to weak demand Veltraco sold Quorvex to Brindle in February for $1 billion.", "2024-02"},
		{"en", "Veltraco will integrate Quorvex which it bought from Brindle in February.", "2024-02"},
		{"en", "Veltraco will pay $200 million to Brindle under the agreement signed with Brindle on 3 February.", "2024-02-03"},
		{"es", "Veltraco espera integrar Quorvex que compró a Brindle en febrero.", "2024-02"},
		{"fr", "Comme prévu Veltraco a finalisé en février le rachat de Quorvex.", "2024-02"},
		{"en", "Veltraco had bought 30% of Quorvex from Brindle by March 2020.", "2020-03"},
	} {
		got := Find(sentence(c.text, "Veltraco", "Brindle", "Quorvex"), c.lang, "2024-06-15")
		if len(got) == 0 || got[0].Date != c.want {
			t.Errorf("%s %q: %+v, want dated %s", c.lang, c.text, got, c.want)
		}
	}
	got := Find(sentence("Veltraco, filiale de Brindle, Quorvex et Zentrix, ont annoncé leur fusion.", "Veltraco", "Brindle", "Quorvex", "Zentrix"), "fr", "2024-06-15")
	if len(got) != 1 || got[0].Type != model.Merger {
		t.Errorf("%+v, want the merger", got)
	}
}

// The review of 2482b02: "que" right after the word of expecting opens
// what is expected ("Está previsto que la compra ... se cierre en marzo"),
// the German future says "wird", "due to close" expects, and "to be sold"
// is no past act.
func TestStop45ReviewExpectedForms(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "Está previsto que la compra de Brindle por Veltraco se cierre en marzo."},
		{"fr", "Il est prévu que l'acquisition de Brindle par Veltraco soit finalisée en mars."},
		{"de", "Veltraco wird die Übernahme von Brindle im März abschließen."},
		{"en", "Veltraco's acquisition of Brindle is due to close in March."},
		{"en", "Brindle is expected to be sold to Veltraco in March."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Brindle"), c.lang, "2024-06-15")
		if len(got) == 0 || got[0].Date != "2025-03" {
			t.Errorf("%s %q: %+v, want dated 2025-03", c.lang, c.text, got)
		}
	}
}

// The end of a term is an "until" too: a date after it is when the term
// ends, not when the deal was made ("une licence courant jusqu'à fin
// 2026", "until the end of 2026", "bis Ende Juni 2017").
func TestUntilTheEndOfATerm(t *testing.T) {
	for _, before := range []string{"licence mondiale courant jusqu'à fin ", "running until the end of ", "übernehmen soll es bis ende ", "hasta finales de ", "fino alla fine del ", "the lease expires at the end of ", "jusqu'à la fin de "} {
		if !untilBefore(before) {
			t.Errorf("untilBefore(%q) = false", before)
		}
	}
	if untilBefore("signed at the end of ") {
		t.Error(`untilBefore("signed at the end of ") = true: when, not until`)
	}
}

// "To the end of" moves a closing, no term: "with closing postponed to
// the end of June 2024" dates the deal.
func TestClosingMovedToTheEndOf(t *testing.T) {
	if untilBefore("with closing postponed to the end of ") {
		t.Error(`untilBefore("... postponed to the end of ") = true: a closing moved, not a term's end`)
	}
}
