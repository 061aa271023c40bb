package extract

import (
	"testing"

	"dealwire/model"
)

// Review a of stop 55 (d1e49c8..097150f): inputs those rules read wrong,
// each read right at 093d6df; all read right after 7 fixes.

func TestReview55aRelative(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "it subject relative venduto nel", bodies: []string{"it|Quorvex controlla Daxmoor, che ha venduto nel 2019 la sua divisione di chip per 2 miliardi di euro."},
			check: noDealBetween("Quorvex", "Daxmoor")},
		{name: "es subject relative vendió en", bodies: []string{"es|Quorvex controla Daxmoor, que vendió en 2019 su división de chips por 2.000 millones de euros."},
			check: noDealBetween("Quorvex", "Daxmoor")},
	})
}

func TestReview55aCounterpart(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "it sindacati firmato con", bodies: []string{"it|Brindle ha chiuso il trimestre in utile. I sindacati hanno firmato con Quorvex un accordo sugli esuberi."},
			check: noDealBetween("Brindle", "Quorvex")},
		{name: "fr État signé avec", bodies: []string{"fr|Brindle a publié ses résultats. L'État a signé avec Quorvex un contrat de 2 milliards d'euros."},
			check: noDealBetween("Brindle", "Quorvex")},
		{name: "es Gobierno firmó con", bodies: []string{"es|Brindle presentó sus resultados. El Gobierno firmó con Quorvex un contrato de 2.000 millones de euros."},
			check: noDealBetween("Brindle", "Quorvex")},
	})
}

func TestReview55aUnderWhich(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "en unrelated sale after", bodies: []string{"en|Quorvex, which has a supply contract with Brindle under which it delivers chips, sold its Daxmoor unit to Veltraco for $300 million."},
			check: keepsDeal(model.Divestiture, "Daxmoor", "Veltraco")},
		{name: "en partnership in which, then sold", bodies: []string{"en|Quorvex formed a partnership with Brindle in 2019 in which the two developed batteries, and last week Quorvex sold its Daxmoor unit to Veltraco for $300 million."},
			check: keepsDeal(model.Divestiture, "Daxmoor", "Veltraco")},
		{name: "it accordo in base al quale cede", bodies: []string{"it|Quorvex ha firmato con Brindle un accordo di collaborazione in base al quale venderà a Brindle la controllata Daxmoor per 500 milioni di euro."},
			check: keepsDeal(model.Divestiture, "Daxmoor")},
		{name: "de Kooperation über die verkauft", bodies: []string{"de|Quorvex und Brindle vereinbarten eine Kooperation, über die der Konzern seine Tochter Daxmoor für 500 Millionen Euro an Brindle verkauft."},
			check: keepsDeal(model.Divestiture, "Daxmoor")},
	})
}

func TestReview55aContract(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "en contract to jointly build factory", bodies: []string{"en|Quorvex signed a contract with Brindle to jointly build a battery factory in Hungary."},
			check: noFalseDeal(model.Supply, "Quorvex", "Brindle")},
		{name: "en contract to build a joint venture", bodies: []string{"en|Quorvex signed a contract with Brindle to build and operate a 50-50 plant in Texas."},
			check: noFalseDeal(model.Supply, "Quorvex", "Brindle")},
		{name: "en coach contract", bodies: []string{"en|Brindle reported results. The coach signed a $5 million contract with Quorvex to manage the team."},
			check: noDealBetween("Brindle", "Quorvex")},
	})
}

func TestReview55aTriggers(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "fr sort passe entre les mains", bodies: []string{"fr|Le sort de Quorvex passe entre les mains de Brindle, son principal créancier, qui doit se prononcer lundi."},
			check: noFalseDeal(model.Acquisition, "Brindle", "Quorvex")},
		{name: "fr avenir passe aux mains", bodies: []string{"fr|L'avenir de Daxmoor est passé aux mains de Brindle, chargé de la restructuration."},
			check: noFalseDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{name: "es se aliaron para bloquear", bodies: []string{"es|Los accionistas de Daxmoor se aliaron con Quorvex para bloquear la opa de Brindle."},
			check: noFalseDeal(model.Partnership, "Daxmoor", "Quorvex")},
		{name: "es se alió para comprar", bodies: []string{"es|Quorvex se alió con Brindle para comprar Daxmoor por 2.000 millones de euros."},
			check: keepsDeal(model.Acquisition, "Daxmoor")},
		{name: "de verbündete um zu übernehmen", bodies: []string{"de|Quorvex verbündete sich mit Brindle, um Daxmoor für 2 Milliarden Euro zu übernehmen."},
			check: keepsDeal(model.Acquisition, "Daxmoor")},
	})
}
