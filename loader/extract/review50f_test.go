package extract

import (
	"testing"

	"dealwire/model"
)

var review50fNames = []string{"Veltraco", "Quorvex", "Ostravel"}

// Review of e425296 (lastSubject): a "latter" word in another sense
// ("l'an dernier", "nell'ultimo trimestre", "in the latter half", "su
// última adquisición", "Letztere" of a thing) does not make the pronoun or
// description the company the sentence before named last; the buyer is
// the subject of the sentence before, as before the change.
func TestReview50fLatterWordsInOtherSenses(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco reported weaker sales to Quorvex on Thursday. In the latter half of the year it plans to buy Ostravel for $200 million."},
		{"en", "Veltraco said demand from Quorvex fell. It agreed to buy Ostravel for $200 million, its latest deal in the latter part of a buying spree."},
		{"en", "Veltraco sold its chemicals unit to Quorvex in 2019. The company said in the latter part of last year that it would buy Ostravel for $200 million."},
		{"fr", "Veltraco a publié des résultats en hausse, portés par ses ventes à Quorvex. L'an dernier, il a racheté Ostravel pour 200 millions d'euros."},
		{"fr", "Veltraco a publié des résultats en hausse grâce à Quorvex. Au dernier trimestre, il a racheté Ostravel pour 200 millions d'euros."},
		{"fr", "Veltraco est en concurrence avec Quorvex. Le mois dernier, le groupe a racheté Ostravel pour 200 millions d'euros."},
		{"fr", "Veltraco a cédé sa division chimie à Quorvex en 2019. En dernier recours, il pourrait racheter Ostravel pour 200 millions d'euros."},
		{"it", "Veltraco ha chiuso l'anno con utili in calo, pesati dalla concorrenza di Quorvex. Nell'ultimo trimestre ha acquisito Ostravel per 200 milioni di euro."},
		{"it", "Veltraco ha chiuso l'anno con utili in calo, pesati dalla concorrenza di Quorvex. Nell'ultimo anno la società ha acquisito Ostravel per 200 milioni di euro."},
		{"it", "Veltraco compete con Quorvex. L'ultima acquisizione del gruppo è stata Ostravel, rilevata per 200 milioni di euro."},
		{"es", "Veltraco registró ventas más bajas a Quorvex. En el último año, compró Ostravel por 200 millones de euros."},
		{"es", "Veltraco compite con Quorvex. Su última adquisición fue la compra de Ostravel por 200 millones de euros."},
		{"es", "Veltraco compite con Quorvex en Europa. La empresa anunció la última semana la compra de Ostravel por 200 millones de euros."},
		{"de", "Veltraco verhandelte mit Quorvex über Preise und Mengen. Letztere will der Konzern nun senken und kauft dafür Ostravel für 200 Millionen Euro."},
	} {
		_, ds := extractAll(t, c.lang, c.text, review50fNames...)
		if dealOf(ds, model.Acquisition, "Veltraco", "Ostravel") == nil || dealOf(ds, model.Acquisition, "Quorvex", "Ostravel") != nil {
			t.Errorf("%s %q: want Veltraco buying Ostravel, got %+v", c.lang, c.text, ds)
		}
	}
}

// Review of 6242ab4 (merger phrases): joining, bringing together or
// integrating "their" businesses is no merger when the sentence tells a
// purchase (the buyer integrating what it bought), a partnership or
// cooperation, or a sale.
func TestReview50fJoiningBusinessesNotAMerger(t *testing.T) {
	for _, c := range []struct{ lang, text, typ, a, b string }{
		// integration after a purchase
		{"es", "Veltraco compró Ostravel por 200 millones de euros y prevé integrar sus negocios antes de fin de año.", model.Acquisition, "Veltraco", "Ostravel"},
		{"fr", "Veltraco a racheté Ostravel pour 200 millions d'euros et compte réunir leurs activités à Lyon.", model.Acquisition, "Veltraco", "Ostravel"},
		{"it", "Veltraco ha acquisito Ostravel per 200 milioni di euro e punta a integrare le attività entro il 2025.", model.Acquisition, "Veltraco", "Ostravel"},
		// cooperation
		{"es", "Veltraco y Quorvex firmaron una alianza para unir sus negocios de logística en América Latina.", model.Partnership, "Veltraco", "Quorvex"},
		{"fr", "Veltraco et Quorvex vont rapprocher leurs activités de recherche dans le cadre d'un partenariat.", model.Partnership, "Veltraco", "Quorvex"},
		{"fr", "Veltraco et Quorvex ont signé un accord de coopération pour rapprocher leurs activités commerciales en Afrique.", model.Partnership, "Veltraco", "Quorvex"},
		{"it", "Veltraco e Quorvex integreranno le attività di ricerca nell'ambito di una partnership.", model.Partnership, "Veltraco", "Quorvex"},
		{"it", "Veltraco e Quorvex hanno firmato un accordo di collaborazione per integrare le attività di logistica.", model.Partnership, "Veltraco", "Quorvex"},
		// a sale, and the seller combining its own businesses
		{"it", "Veltraco intende combinare le attività italiane e spagnole dopo aver ceduto a Quorvex la divisione chimica.", model.Divestiture, "Veltraco", "Quorvex"},
	} {
		_, ds := extractAll(t, c.lang, c.text, review50fNames...)
		d := dealOf(ds, c.typ, c.a, c.b)
		if d == nil || d.Type != c.typ || d.Parties[0] != c.a {
			t.Errorf("%s %q: want %s of %s and %s, got %+v", c.lang, c.text, c.typ, c.a, c.b, ds)
		}
	}
}

// Review of 6242ab4: a company and its own unit bringing their businesses
// together, or two companies pooling their research, is no merger.
func TestReview50fOwnUnitOrResearchIsNoMerger(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "Veltraco y su filial Ostravel integrarán sus negocios en España."},
		{"fr", "Veltraco et sa filiale Ostravel vont regrouper leurs activités à Lyon."},
		{"it", "Veltraco e la controllata Ostravel integreranno le attività in Italia."},
		{"fr", "Veltraco et Quorvex vont rapprocher leurs activités de recherche sur les batteries."},
	} {
		_, ds := extractAll(t, c.lang, c.text, review50fNames...)
		for _, d := range ds {
			if d.Type == model.Merger {
				t.Errorf("%s %q: want no merger, got %+v", c.lang, c.text, ds)
			}
		}
	}
}
