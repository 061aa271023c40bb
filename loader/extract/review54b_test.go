package extract

// Review of 930bead-4c243e1 (stop 54, review b): inputs a reviewer found
// wrong after those commits and right before them.

import (
	"testing"

	"dealwire/model"
)

// Each case fails at 4c243e1 and passes at 930bead (review of the
// 930bead..4c243e1 deal rules).
func TestReview54b(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "D11 rileverà il 50%", bodies: []string{"it|Brindle rileverà il 50% della divisione chip di Quorvex, che realizza oltre il 50% delle vendite in Asia."},
			check: exactDeal(model.JointVenture, "Brindle", "Quorvex")},
		{name: "D12 moitié", bodies: []string{"fr|Brindle va racheter 50 % de la division puces de Quorvex, qui réalise plus de 50 % de ses ventes en Asie."},
			check: exactDeal(model.JointVenture, "Brindle", "Quorvex")},
		{name: "E20 brands including", bodies: []string{"en|Veltraco sold its consumer brands, owned by its Swiss arm, including Daxmoor and Brindle, to Trelawny for $3 billion."},
			check: keepsDeal(model.Divestiture, "Daxmoor", "Trelawny")},
		{name: "F7 ihr Unternehmen", known: []string{"Brindle", "Quorvex", "Daxmoor"}, bodies: []string{"de|Quorvex geht an die Börse. Die Gründer verkauften 2015 ihr Unternehmen Daxmoor an Brindle."},
			check: noDealBetween("Quorvex", "Brindle")},
		{name: "F8 la famiglia la sua società", known: []string{"Brindle", "Quorvex", "Daxmoor"}, bodies: []string{"it|Quorvex va in Borsa. Nel 2015 la famiglia Rossi aveva ceduto la sua società Daxmoor a Brindle."},
			check: noDealBetween("Quorvex", "Brindle")},
		{name: "C10 aperto il capitale IPO", bodies: []string{"it|Brindle ha aperto il capitale al mercato nel 2015 con Quorvex come global coordinator."},
			check: noFalseDeal(model.Investment, "Brindle", "Quorvex")},
		{name: "C11 took them over stores", bodies: []string{"en|Quorvex ran the stores until Brindle took them over in 2019."},
			check: noFalseDeal(model.Acquisition, "Brindle", "Quorvex")},
		{name: "A8 deal that will provide", bodies: []string{"en|Brindle and Quorvex struck a deal that will provide Brindle's customers access to Quorvex's network."},
			check: noFalseDeal(model.Supply, "Brindle", "Quorvex")},
		{name: "B1 confidentiality", bodies: []string{"en|Brindle has signed a confidentiality agreement with Quorvex to look at its books."},
			check: noFalseDeal(model.Partnership, "Brindle", "Quorvex")},
		{name: "B2 settlement", bodies: []string{"en|Brindle signed a settlement agreement with Quorvex to end their two-year legal dispute."},
			check: noFalseDeal(model.Partnership, "Brindle", "Quorvex")},
		{name: "B3 standstill", bodies: []string{"en|Brindle signed a standstill agreement with Quorvex on Monday."},
			check: noFalseDeal(model.Partnership, "Brindle", "Quorvex")},
		{name: "B4 accord de confidentialité", bodies: []string{"fr|Brindle a signé avec Quorvex un accord de confidentialité pour examiner ses comptes."},
			check: noFalseDeal(model.Partnership, "Brindle", "Quorvex")},
		{name: "B5 accordo di riservatezza", bodies: []string{"it|Brindle ha firmato con Quorvex un accordo di riservatezza per esaminare i conti."},
			check: noFalseDeal(model.Partnership, "Brindle", "Quorvex")},
		{name: "B6 lease", bodies: []string{"en|Brindle signed a lease agreement with Quorvex for its new headquarters."},
			check: noFalseDeal(model.Partnership, "Brindle", "Quorvex")},
		{name: "B9 acuerdo de confidencialidad", bodies: []string{"es|Brindle firmó con Quorvex un acuerdo de confidencialidad para estudiar sus cuentas."},
			check: noFalseDeal(model.Partnership, "Brindle", "Quorvex")},
		{name: "B9b settlement es", bodies: []string{"es|Brindle firmó un acuerdo extrajudicial con Quorvex para cerrar el litigio."},
			check: noFalseDeal(model.Partnership, "Brindle", "Quorvex")},
		{name: "B15 contrat joueur", bodies: []string{"fr|Le footballeur a signé avec Brindle un contrat de trois ans, après avoir quitté Quorvex."},
			check: noDealBetween("Brindle", "Quorvex")},
		{name: "B17 contrat de travail", bodies: []string{"fr|L'ancien patron de Quorvex a signé un contrat de travail avec Brindle."},
			check: noDealBetween("Brindle", "Quorvex")},
		{name: "C1 bought into argument", bodies: []string{"en|Brindle's board bought into Quorvex's argument that prices would fall."},
			check: noFalseDeal(model.Investment, "Brindle", "Quorvex")},
		{name: "C2 bought into hype", bodies: []string{"en|Brindle has bought into the hype around Quorvex's chips."},
			check: noFalseDeal(model.Investment, "Brindle", "Quorvex")},
		{name: "C3 ouvert son capital IPO", bodies: []string{"fr|Brindle a ouvert son capital en Bourse en 2015, avec Quorvex comme banque conseil."},
			check: noFalseDeal(model.Investment, "Brindle", "Quorvex")},
		{name: "C4 capital markets", bodies: []string{"en|Brindle opened its capital markets office in London, hiring bankers from Quorvex."},
			check: noFalseDeal(model.Investment, "Brindle", "Quorvex")},
		{name: "C6b la compra dio entrada", bodies: []string{"es|La compra de Brindle dio entrada a Quorvex en el mercado alemán."},
			check: exactDeal(model.Acquisition, "Quorvex", "Brindle")},
		{name: "C6c la compra de Brindle por Quorvex le dio entrada", bodies: []string{"es|La compra de Brindle por Quorvex le dio entrada en el mercado alemán en 2015."},
			check: exactDeal(model.Acquisition, "Quorvex", "Brindle")},
		{name: "C7 took it over project", bodies: []string{"en|Quorvex started the project in 2010, but Brindle took it over in 2015."},
			check: noFalseDeal(model.Acquisition, "Brindle", "Quorvex")},
		{name: "C8 took it over contract", bodies: []string{"en|Quorvex ran the contract until Brindle took it over last year."},
			check: noFalseDeal(model.Acquisition, "Brindle", "Quorvex")},
		{name: "D8 JV more than 50% of market", bodies: []string{"en|Brindle will buy 50% of Quorvex's chip unit, which makes more than 50% of its sales in Asia."},
			check: exactDeal(model.JointVenture, "Brindle", "Quorvex")},
		{name: "F1 founders their business", known: []string{"Brindle", "Quorvex", "Daxmoor"}, bodies: []string{"en|Quorvex is for sale. The founders sold their Daxmoor business to Brindle in 2015."},
			check: noDealBetween("Quorvex", "Brindle")},
		{name: "F2 su fundador su negocio", known: []string{"Brindle", "Quorvex", "Daxmoor"}, bodies: []string{"es|Quorvex sale a bolsa. Su fundador, Juan Pérez, vendió en 2015 su negocio Daxmoor a Brindle."},
			check: noDealBetween("Quorvex", "Brindle")},
		{name: "F4 their stake", known: []string{"Brindle", "Quorvex", "Daxmoor"}, bodies: []string{"en|Quorvex hired two new executives. They had sold their Daxmoor shares to Brindle in 2015."},
			check: noDealBetween("Quorvex", "Brindle")},
	})
}
