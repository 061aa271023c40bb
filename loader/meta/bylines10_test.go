package meta

import "testing"

// Bylines written in ways earlier rules read only in part. The texts are
// made up.
func TestBylineWithRoleAndDateWithByline(t *testing.T) {
	checkHeaders(t, []headerCase{
		{name: "a byline word, the name and the writer's role after a comma",
			text:  "Acme et Widget scellent leur union\n\nPar Claire Roux, correspondante à Londres\n\n" + para + "\n",
			title: "Acme et Widget scellent leur union", author: "Claire Roux"},
		{name: "a labelled date, then the byline after a dot",
			text:  "Acme rachète Widget pour 2 milliards de dollars\n\nPublié le 02/02/2022 à 09h15 · Par Anne-Laure Roux\n\n" + para + "\n",
			title: "Acme rachète Widget pour 2 milliards de dollars", date: "02/02/2022 à 09h15", author: "Anne-Laure Roux"},
	}, nil)
}

func TestOutletAmongBylineFields(t *testing.T) {
	checkHeaders(t, []headerCase{
		{name: "the writer, the outlet and the date joined by dots under a markdown headline",
			text:  "# Acme compra Widget por 2.000 millones de dólares\n\n*El comprador integrará el negocio en su división industrial*\n\nLucía Ferrándiz · La Gaceta Económica · 11/04/2018\n\n---\n\n" + para + "\n",
			title: "Acme compra Widget por 2.000 millones de dólares", date: "11/04/2018", author: "Lucía Ferrándiz", source: "La Gaceta Económica"},
		{name: "the writer, the place filed from and the date: no outlet",
			text:  "Acme compra Widget por 2.000 millones de dólares\n\nLucía Ferrándiz | La Coruña | 11/04/2018\n\n" + para + "\n",
			title: "Acme compra Widget por 2.000 millones de dólares", date: "11/04/2018", author: "Lucía Ferrándiz"},
	}, nil)
}

func TestAgencyDispatchCredit(t *testing.T) {
	const para = "PARIS, 3 décembre 2024 (Agence Nordet) - Acme a annoncé mardi le rachat de Widget pour 2 milliards d'euros, selon un communiqué."
	checkHeaders(t, []headerCase{
		{name: "a feed's masthead over an agency's dispatch credited under the headline",
			text:  "Le Courrier Éco — l'actualité des entreprises en continu\n\nAcme rachète Widget pour 2 milliards d'euros\n\nDépêche Agence Nordet — il y a 2 heures\n\n" + para + "\n",
			title: "Acme rachète Widget pour 2 milliards d'euros", date: "3 décembre 2024", source: "Agence Nordet"},
		{name: "a dispatch credit with an elided article",
			text:  "Le Courrier Éco — l'actualité des entreprises en continu\n\nAcme rachète Widget pour 2 milliards d'euros\n\nDépêche de l'Agence Nordet — il y a 2 heures\n\n" + para + "\n",
			title: "Acme rachète Widget pour 2 milliards d'euros", date: "3 décembre 2024", source: "Agence Nordet"},
		{name: "an English dispatch credit with its date",
			text:  "Acme to buy Widget for $2 billion\n\nDispatch from Kestrel Wire · 3 December 2024\n\nLONDON, Dec 3 (Kestrel Wire) - Acme agreed to buy Widget for $2 billion.\n",
			title: "Acme to buy Widget for $2 billion", date: "3 December 2024", source: "Kestrel Wire"},
		{name: "a headline that opens with a dispatch word is no credit",
			text:  "Dispatch Rider Couriers Sold\n\n" + para + "\n",
			title: "Dispatch Rider Couriers Sold", date: "3 décembre 2024", source: "Agence Nordet"},
	}, nil)
}
