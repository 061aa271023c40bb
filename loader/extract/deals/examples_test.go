package deals

import (
	"reflect"
	"slices"
	"testing"

	"dealwire/model"
)

// Companies named as examples of a market, or as what another competes
// with, are no sides of a deal.
func TestExamplesAndCompetitorsAreNoSides(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		companies  []string
		want       [][]string // the parties of each deal found
	}{
		{"de", "Konkurrenten wie Veltraco und Quorvex dürften den Zusammenschluss genau beobachten.", []string{"Veltraco", "Quorvex"}, nil},
		{"es", "Su flota distribuye más de mil canales y compite con gigantes como Veltraco e Quorvex.", []string{"Veltraco", "Quorvex"}, nil},
		{"en", "She noted that heavyweights such as Veltraco and Quorvex dominate branded shelves, leaving room for niche players selling on provenance.", []string{"Veltraco", "Quorvex"}, nil},
		{"fr", "Il pourrait réduire sa dépendance sans échapper aux licences des détenteurs de brevets comme Veltraco, Quorvex ou Daxmoor.", []string{"Veltraco", "Quorvex", "Daxmoor"}, nil},
		{"en", "The deal comes after a report said baby foods sold by several makers, including Veltraco, Quorvex and Daxmoor, contained heavy metals.", []string{"Veltraco", "Quorvex", "Daxmoor"}, nil},
		{"es", "La venta llega después de que un informe acusara a varios fabricantes, entre ellos Veltraco, Quorvex y Daxmoor, de vender productos con metales.", []string{"Veltraco", "Quorvex", "Daxmoor"}, nil},
		{"es", "Ostravel pagó este año 3.800 millones de dólares por los activos de Brindlewood, y productores como Veltraco o la rusa Quorvex siguen en el radar de los bancos de inversión.",
			[]string{"Ostravel", "Brindlewood", "Veltraco", "Quorvex"}, [][]string{{"Ostravel", "Brindlewood"}}},
		{"en", "Ostravel competes with Veltraco and Quorvex in distributing tickets, and with Veltraco in selling systems to airlines.", []string{"Ostravel", "Veltraco", "Quorvex"}, nil},
		{"de", "Die Abspaltung verschaffe beiden Teilen mehr Beweglichkeit im Wettbewerb mit Veltraco, Quorvex und dem niederländischen Anbieter Daxmoor.", []string{"Veltraco", "Quorvex", "Daxmoor"}, [][]string{{}}},
		{"en", "The venture will compete at home with Veltraco's mobile crushers and with Quorvex Iron Works, the Saga-based specialist.", []string{"Veltraco", "Quorvex Iron Works"}, [][]string{{}}},
		{"es", "Para Ostravel, la compra refuerza su presencia en el jardín, un mercado en el que compiten Veltraco, Quorvex y Daxmoor.", []string{"Ostravel", "Veltraco", "Quorvex", "Daxmoor"}, [][]string{{"Ostravel"}}},
		{"en", "The purchase strengthens Ostravel in gardens, where Veltraco, Quorvex and Daxmoor compete.", []string{"Ostravel", "Veltraco", "Quorvex", "Daxmoor"}, [][]string{{"Ostravel"}}},
		// guards: the sides themselves, in a list after "as" or before a rival
		{"de", "Die Fusion ist abgeschlossen, wie Veltraco und Quorvex am Donnerstag mitteilten.", []string{"Veltraco", "Quorvex"}, [][]string{{"Veltraco", "Quorvex"}}},
		{"en", "Ostravel made acquisitions of businesses such as Veltraco and Quorvex.", []string{"Ostravel", "Veltraco", "Quorvex"}, [][]string{{"Ostravel", "Veltraco", "Quorvex"}}},
		{"en", "Veltraco agreed to merge with Quorvex, its rival, to compete with Daxmoor.", []string{"Veltraco", "Quorvex", "Daxmoor"}, [][]string{{"Veltraco", "Quorvex"}}},
	} {
		var got [][]string
		for _, f := range Find(sentence(c.text, c.companies...), c.lang, "2020-01-01") {
			got = append(got, append([]string{}, f.Parties...))
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: found deals between %q, want %q", c.text, got, c.want)
		}
	}
}

// An example word right before the deal's own sides: the two companies
// that merge are listed after "including"/"such as", yet they are the deal.
func TestExampleWordBeforeTheSidesThatAct(t *testing.T) {
	for _, c := range []langText{
		{"en", "Chipmakers including Veltraco and Quorvex agreed to merge in a $12 billion deal on Monday."},
		{"en", "Shares of chipmakers such as Veltraco and Quorvex rose after the two agreed to merge in a $12 billion deal."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2020-01-01")
		if len(got) != 1 || !slices.Equal(got[0].Parties, []string{"Veltraco", "Quorvex"}) {
			t.Errorf("%q: %+v, want the merger of Veltraco and Quorvex", c.text, got)
		}
	}
}

// "as X and Y said" told with the verb of saying more than three words
// after the list, or with a verb toldBy does not know: the sides speak,
// no examples.
func TestAsTheSidesSaidIsNoExampleList(t *testing.T) {
	for _, c := range []langText{
		{"de", "Die Fusion ist abgeschlossen, wie Veltraco und Quorvex am späten Donnerstagabend gemeinsam mitteilten."},
		{"de", "Die Übernahme ist abgeschlossen, wie Veltraco und Quorvex am Donnerstag in Frankfurt erklärten."},
		{"it", "L'accordo di fusione è stato firmato, come hanno reso noto Veltraco e Quorvex."},
		{"it", "La fusione è stata firmata ieri, come hanno fatto sapere Veltraco e Quorvex in una nota congiunta."},
		{"fr", "La fusion sera finalisée en mars, comme Veltraco et Quorvex l'ont fait savoir jeudi soir."},
		{"es", "La fusión se cerrará en marzo, como adelantaron Veltraco y Quorvex este lunes."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2020-01-01")
		if len(got) != 1 || !slices.Equal(got[0].Parties, []string{"Veltraco", "Quorvex"}) {
			t.Errorf("%s %q: %+v, want the deal between Veltraco and Quorvex", c.lang, c.text, got)
		}
	}
}

// What a company competes with in one clause may be a side of the deal
// another clause tells: the target it competed with, or the buyer of
// another deal.
func TestCompetedWithYetASideElsewhere(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		companies  []string
		want       []string // the parties of the deal that must be found
		buyer      string
	}{
		{"en", "Veltraco agreed to buy Quorvex for $1.2 billion, ending a decade in which Veltraco competed with Quorvex for hospital contracts.",
			[]string{"Veltraco", "Quorvex"}, []string{"Veltraco", "Quorvex"}, "Veltraco"},
		{"de", "Veltraco, das seit Jahren im Wettbewerb mit Quorvex steht, übernimmt Quorvex für 2 Milliarden Euro.",
			[]string{"Veltraco", "Quorvex"}, []string{"Veltraco", "Quorvex"}, ""},
		{"en", "Veltraco will buy Quorvex to better compete with Daxmoor, which bought Kelmora last year for $3 billion.",
			[]string{"Veltraco", "Quorvex", "Daxmoor", "Kelmora"}, []string{"Daxmoor", "Kelmora"}, "Daxmoor"},
		{"en", "Daxmoor agreed to buy Quorvex for $500 million, and Veltraco, which competes with Daxmoor, said it would not bid.",
			[]string{"Veltraco", "Quorvex", "Daxmoor"}, []string{"Daxmoor", "Quorvex"}, "Daxmoor"},
	} {
		got := Find(sentence(c.text, c.companies...), c.lang, "2020-01-01")
		ok := false
		for _, f := range got {
			ok = ok || slices.Equal(f.Parties, c.want) && (c.buyer == "" || f.Buyer == c.buyer)
		}
		if !ok {
			t.Errorf("%q: %+v, want a deal between %q (buyer %q)", c.text, got, c.want, c.buyer)
		}
	}
}

// The subject set off by an aside receives the investment: it is no
// buyer ("Quorvex, for its part, received a $500 million investment from
// Veltraco").
func TestAsideSubjectReceivingIsNoBuyer(t *testing.T) {
	for _, c := range []langText{
		{"en", "Quorvex, for its part, received a $500 million investment from Veltraco."},
		{"en", "Quorvex, a Florida physician group, received a $500 million investment from Veltraco."},
		{"it", "Quorvex, dal canto suo, ha ricevuto un investimento di 200 milioni di euro da Veltraco."},
		{"es", "Quorvex, por su parte, recibió una inversión de 200 millones de euros de Veltraco."},
		{"de", "Quorvex, ein Hersteller von Solarzellen, erhält eine Beteiligung von 200 Millionen Euro von Veltraco."},
		{"fr", "Quorvex, de son côté, a reçu un investissement de 200 millions d'euros de Veltraco."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2020-01-01")
		if len(got) != 1 || got[0].Buyer == "Quorvex" {
			t.Errorf("%s %q: %+v, want Quorvex not the buyer", c.lang, c.text, got)
		}
	}
}

// ", and" that joins two clauses is no list: the buyer of the second
// clause is not what the first clause's company competes with.
func TestClauseAfterACompetitorIsNoList(t *testing.T) {
	for _, c := range []langText{
		{"en", "Ostravel competes with Daxmoor, and Veltraco agreed to buy Quorvex for $2 billion."},
		{"de", "Ostravel konkurriert mit Daxmoor, und Veltraco übernimmt Quorvex für 2 Milliarden Euro."},
		{"it", "Ostravel compete con Daxmoor, e Veltraco ha acquisito Quorvex per 2 miliardi di euro."},
	} {
		got := Find(sentence(c.text, "Ostravel", "Daxmoor", "Veltraco", "Quorvex"), c.lang, "2020-01-01")
		if len(got) != 1 || got[0].Buyer != "Veltraco" || !slices.Equal(got[0].Parties, []string{"Veltraco", "Quorvex"}) {
			t.Errorf("%s %q: %+v, want Veltraco buying Quorvex", c.lang, c.text, got)
		}
	}
}

// Sides that compete, or merge to compete, are still the sides of their
// merger: a verb of competing after the pair's own list, or a few words
// before the deal's own "with", names no rivals.
func TestCompetingSidesOfTheirOwnMerger(t *testing.T) {
	for _, c := range []langText{
		{"en", "Veltraco and Quorvex competed for years before agreeing to merge in a $2 billion deal."},
		{"en", "Veltraco and Quorvex compete in garden equipment and agreed on Monday to merge."},
		{"es", "Veltraco y Quorvex compiten en maquinaria y acordaron fusionarse el lunes."},
		{"en", "Veltraco said it would be better able to compete after merging with Quorvex."},
		{"en", "Veltraco said it would become more competitive by merging with Quorvex."},
		{"es", "Veltraco será más competitiva tras fusionarse con Quorvex."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Type != model.Merger || !slices.Equal(got[0].Parties, []string{"Veltraco", "Quorvex"}) {
			t.Errorf("%s %q: %+v, want the merger of Veltraco and Quorvex", c.lang, c.text, got)
		}
	}
}
