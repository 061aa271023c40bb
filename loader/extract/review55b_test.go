package extract

import (
	"testing"

	"dealwire/model"
)

// Review b of stop 55 (097150f..6771ca5): inputs these changes read
// wrong, each read right at 097150f; all read right after the fixes.

// A French "reprise" that is a recovery or a resumption, with "par" and a
// company later in the sentence (or "de" and a company right after).
func TestReview55bReprise(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "fr reprise portée par", bodies: []string{"fr|La reprise a été portée par Quorvex et Brindle, dont les ventes ont bondi de 20 %."},
			check: noDealBetween("Quorvex", "Brindle")},
		{name: "fr reprise tirée par", bodies: []string{"fr|Au troisième trimestre, la reprise du marché a été tirée par Daxmoor, tandis que Brindle a reculé."},
			check: noDealBetween("Daxmoor", "Brindle")},
		{name: "fr reprise de Quorvex recovery", bodies: []string{"fr|Brindle mise sur la reprise de Quorvex, son principal client, au second semestre."},
			check: noDealBetween("Brindle", "Quorvex")},
		{name: "fr reprise des négociations saluée par", bodies: []string{"fr|La reprise des négociations entre Quorvex et les syndicats a été saluée par Brindle."},
			check: noDealBetween("Brindle", "Quorvex")},
	})
}

// A company known by an everyday acronym of the text's language, named
// by it alone.
func TestReview55bAcronym(t *testing.T) {
	pmi := []string{"Philip Morris International\tPMI", "Veltraco", "Daxmoor", "Quorvex"}
	runReviewCases(t, []reviewCase{
		{name: "fr PMI rachète", known: pmi, bodies: []string{"fr|Philip Morris International a publié ses résultats. PMI a racheté Daxmoor pour 1 milliard d'euros."},
			check: keepsDeal(model.Acquisition, "Philip Morris International", "Daxmoor")},
		{name: "it PMI only", known: pmi, bodies: []string{"it|PMI ha acquistato Daxmoor per 1 miliardo di euro."},
			check: keepsDeal(model.Acquisition, "Philip Morris International", "Daxmoor")},
		{name: "fr ETI company", known: []string{"Ente Tabacchi Italiani\tETI", "Daxmoor"}, bodies: []string{"fr|Ente Tabacchi Italiani a publié ses résultats. ETI a racheté Daxmoor pour 1 milliard d'euros."},
			check: keepsDeal(model.Acquisition, "Ente Tabacchi Italiani", "Daxmoor")},
	})
}

// An unknown company in quotation marks after another capitalised word
// ("Grupo Zentrixa": no deal at all).
func TestReview55bQuoted(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "es quoted Grupo", known: []string{"Veltraco"}, bodies: []string{"es|Veltraco compró la empresa \"Grupo Zentrixa\" por 20 millones de euros."},
			check: keepsDeal(model.Acquisition, "Veltraco", "Zentrixa")},
	})
}

// Companies named as the new given names are.
func TestReview55bGivenNames(t *testing.T) {
	wantCompaniesIn(t, []companyCase{
		{"fr", "Carrefour a racheté Cora pour 1 milliard d'euros.", "Cora"},
		{"fr", "Carrefour a finalisé le rachat de Cora et de Match. Cora exploite 60 hypermarchés.", "Cora"},
		{"de", "Die Discounter Aldi, Lidl und Norma erhöhen die Preise. Norma betreibt 1.300 Filialen.", "Norma"},
		{"es", "Quorvex ha comprado la marca de vaqueros Lois por 20 millones de euros.", "Lois"},
		{"en", "Lila Sciences raised $200 million from Quorvex.", "Lila Sciences"},
	}, "Quorvex")
}

// "messo sul tavolo" for no bid; cash offers for bonds.
func TestReview55bTavolo(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "it piano sul tavolo", bodies: []string{"it|Quorvex ha messo sul tavolo dei sindacati un piano di rilancio per Daxmoor."},
			check: noFalseDeal(model.Acquisition, "Quorvex", "Daxmoor")},
		{name: "it accordo sul tavolo", bodies: []string{"it|Quorvex e Brindle hanno messo sul tavolo un accordo di collaborazione nella ricerca."},
			check: noFalseDeal(model.Acquisition, "Quorvex", "Brindle")},
		{name: "it offerta in contanti bonds", bodies: []string{"it|Quorvex ha lanciato un'offerta in contanti sulle proprie obbligazioni, con Brindle e Daxmoor come dealer manager."},
			check: noDealBetween("Quorvex", "Brindle")},
		{name: "fr offre en numéraire bonds", bodies: []string{"fr|Quorvex a lancé une offre en numéraire sur ses obligations, avec Brindle comme banque conseil."},
			check: noDealBetween("Quorvex", "Brindle")},
	})
}

// The fixes of review a.
func TestReview55bPrevious(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "fr contrôle de passe entre les mains", bodies: []string{"fr|Le contrôle de Daxmoor passe entre les mains de Brindle pour 300 millions d'euros."},
			check: keepsDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{name: "en contract to build", bodies: []string{"en|Quorvex signed a $300 million contract with Brindle to build a power plant in Texas."},
			check: exactDeal(model.Supply, "Quorvex", "Brindle")},
		{name: "it che aveva acquistato con il", bodies: []string{"it|Brindle ha pubblicato i risultati. Quorvex non è riuscita a rilanciare Daxmoor, che aveva acquistato nel 2015 con il sostegno delle banche."},
			check: actingFirst(model.Acquisition, "Quorvex", "Daxmoor")},
		{name: "es alió para comprar materias", bodies: []string{"es|Quorvex se alió con Brindle para comprar conjuntamente materias primas."},
			check: exactDeal(model.Partnership, "Quorvex", "Brindle")},
		{name: "it accordo con X, in base al quale vende", bodies: []string{"it|Quorvex ha firmato un accordo di distribuzione con Brindle, in base al quale Brindle venderà i prodotti di Quorvex in Asia."},
			check: noFalseDeal(model.Divestiture, "Quorvex", "Brindle")},
	})
}
