package deals

import (
	"reflect"
	"testing"
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
		{"es", "Ostravel pagó este año 3.800 millones de dólares por los activos de Brindlewood, y productores como Veltraco o la rusa Quorvex siguen en el radar de los bancos de inversión.",
			[]string{"Ostravel", "Brindlewood", "Veltraco", "Quorvex"}, [][]string{{"Ostravel", "Brindlewood"}}},
		{"en", "Ostravel competes with Veltraco and Quorvex in distributing tickets, and with Veltraco in selling systems to airlines.", []string{"Ostravel", "Veltraco", "Quorvex"}, nil},
		{"de", "Die Abspaltung verschaffe beiden Teilen mehr Beweglichkeit im Wettbewerb mit Veltraco, Quorvex und dem niederländischen Anbieter Daxmoor.", []string{"Veltraco", "Quorvex", "Daxmoor"}, [][]string{{}}},
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
