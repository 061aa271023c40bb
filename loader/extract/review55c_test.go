package extract

import (
	"testing"

	"dealwire/model"
)

// Review c of stop 55 (6771ca5..284ce58): inputs these changes read
// wrong, each read right at 6771ca5; all read right after the fixes.
func TestReview55cDeals(t *testing.T) {
	pmi := []string{"Philip Morris International\tPMI", "Veltraco", "Daxmoor", "Quorvex"}
	runReviewCases(t, []reviewCase{
		{name: "fr reprise sans par", bodies: []string{"fr|Brindle a finalisé la reprise de Daxmoor pour 200 millions d'euros."},
			check: keepsDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{name: "fr offre de reprise", bodies: []string{"fr|Brindle a déposé une offre de reprise de Daxmoor, en redressement judiciaire."},
			check: keepsDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{name: "fr reprise du groupe", bodies: []string{"fr|Brindle a annoncé la reprise du groupe Daxmoor pour 50 millions d'euros."},
			check: keepsDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{name: "it tre PMI", known: pmi, bodies: []string{"it|Quorvex ha acquistato tre PMI lombarde del settore meccanico."},
			check: noDealBetween("Quorvex", "Philip Morris International")},
		{name: "it molte PMI", known: pmi, bodies: []string{"it|Quorvex ha rilevato numerose PMI in crisi nel Nord Est."},
			check: noDealBetween("Quorvex", "Philip Morris International")},
		{name: "fr plusieurs PME", known: []string{"PME Holdings\tPME", "Quorvex"}, bodies: []string{"fr|Quorvex a racheté plusieurs PME familiales en Bretagne."},
			check: noDealBetween("Quorvex", "PME Holdings")},
		{name: "fr offre numeraire actions et obligations", bodies: []string{"fr|Brindle a déposé une offre en numéraire sur les actions et les obligations convertibles de Daxmoor."},
			check: keepsDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{name: "it offerta contanti azioni e obbligazioni", bodies: []string{"it|Brindle ha promosso un'offerta in contanti sulle azioni e sulle obbligazioni convertibili di Daxmoor."},
			check: keepsDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{name: "es alia comprar lejos", bodies: []string{"es|Quorvex se alió con Brindle para comprar el 40% de la empresa alemana Daxmoor."},
			check: noFalseDeal(model.Partnership, "Quorvex", "Brindle")},
		{name: "fr allie racheter", bodies: []string{"fr|Quorvex s'est allié avec Brindle pour racheter la majorité du capital du groupe allemand Daxmoor."},
			check: noFalseDeal(model.Partnership, "Quorvex", "Brindle")},
		{name: "fr reprise des magasins par", bodies: []string{"fr|Le tribunal de commerce a validé la reprise des 120 magasins Daxmoor par Brindle."},
			check: keepsDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{name: "fr reprise d'une partie par", bodies: []string{"fr|Le tribunal a validé la reprise d'une partie des activités de Daxmoor par Brindle."},
			check: keepsDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{name: "es alia hacerse con", bodies: []string{"es|Quorvex se alió con Brindle para hacerse con el control de la cadena Daxmoor."},
			check: noFalseDeal(model.Partnership, "Quorvex", "Brindle")},
		{name: "de verbündet Mehrheit weit", bodies: []string{"de|Quorvex verbündete sich mit Brindle, um die Mehrheit an dem angeschlagenen Münchner Konkurrenten Daxmoor zu kaufen."},
			check: noFalseDeal(model.Partnership, "Quorvex", "Brindle")},
		{name: "en partnership under which sold far", bodies: []string{"en|Quorvex entered a partnership with the Brindle family in 2019, under which it sold Daxmoor to Halvorsen for $40 million."},
			check: keepsDeal(model.Acquisition, "Halvorsen", "Daxmoor")},
	})
}
