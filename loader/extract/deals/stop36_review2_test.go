package deals

import (
	"testing"

	"dealwire/model"
)

// Second review of 6339ec8 (tookPercentOf): a percentage of a market
// named with an adjective, of a
// company's revenue/customers/debt/value (possessive), of costs, losses,
// proceeds, tax, workforce, output, orders, commission or discount, and
// a margin or debt that "rose to N% of" revenue, is no part of a company.
func TestStop36Review2PercentOfSomethingElseIsNoStake(t *testing.T) {
	wantNoneOf(t, []string{model.Acquisition, model.Investment}, []langText{
		{"en", "Veltraco took 25% of the smartphone market in 2024, ahead of Quorvex with 18%."},
		{"en", "Veltraco took 30% of the US market last year, ahead of Quorvex."},
		{"en", "Veltraco took 30% of the European market share from Quorvex."},
		{"en", "Veltraco takes 30% of Quorvex's revenue from the app store."},
		{"en", "Veltraco took 30% of Quorvex's customers within a year."},
		{"en", "Veltraco took 35% of Quorvex's debt onto its own balance sheet."},
		{"en", "Veltraco will take 40% of the costs of the joint project with Quorvex."},
		{"en", "Veltraco took 25% of the loss on the Quorvex project."},
		{"en", "Veltraco will take 15% of the proceeds from Quorvex's listing."},
		{"en", "Veltraco took 25% of the tax bill of Quorvex."},
		{"en", "Veltraco took 20% of the workforce of Quorvex when the plant closed."},
		{"en", "Veltraco took 20% of the orders placed by Quorvex last year."},
		{"en", "Veltraco took 60% of the output of Quorvex's plant in Ohio."},
		{"en", "Veltraco took 20% of Quorvex's seats on the board."},
		{"en", "Veltraco takes 20% of the space in Quorvex's new tower."},
		{"en", "Quorvex's collapse took 30% of Veltraco's market value."},
		{"en", "The Quorvex recall will take 10% of Veltraco's annual profit."},
		{"it", "Veltraco prende il 10% del fatturato di Quorvex come royalty."},
		{"it", "Veltraco prende il 15% del valore delle vendite di Quorvex."},
		{"it", "Veltraco ha preso il 30% del settore, davanti a Quorvex."},
		{"it", "Veltraco prende il 10% di provvigione sugli ordini di Quorvex."},
		{"it", "Veltraco prende il 10% di commissione su ogni vendita di Quorvex."},
		{"it", "Veltraco prende il 30% di sconto sugli acquisti da Quorvex."},
		{"it", "Il peso di Quorvex è salito al 25% del fatturato di Veltraco."},
		{"it", "Nel primo semestre il margine di Veltraco è salito al 12% del fatturato, contro il 9% di Quorvex."},
		{"it", "Il debito di Veltraco è salito al 120% del patrimonio, dopo l'accordo con Quorvex."},
		{"it", "L'export di Veltraco verso Quorvex è salito al 40% del totale."},
		{"es", "Veltraco tomó el 30% de la cuota de mercado de Quorvex."},
		{"es", "Veltraco tomó el 40% de la facturación de Quorvex."},
		{"es", "Veltraco tomó el 20% de los clientes de Quorvex."},
		{"es", "Veltraco tomó el 30% de la plantilla de Quorvex."},
		{"es", "Veltraco toma el 10% de comisión por cada venta de Quorvex."},
		{"es", "Veltraco se toma el 20% de descuento en las compras a Quorvex."},
		{"es", "El margen de Veltraco sale al 12% de las ventas, frente al 9% de Quorvex."},
		{"fr", "Veltraco prend 30 % du chiffre d'affaires de Quorvex."},
		{"fr", "Veltraco prend 30 % des revenus de Quorvex."},
		{"fr", "Veltraco prend 10 % de commission sur chaque vente de Quorvex."},
		{"fr", "Veltraco prend 40 % des coûts du projet commun avec Quorvex."},
		{"fr", "Veltraco prendra 40 % de la production de Quorvex."},
	}, "Veltraco", "Quorvex")
}

// Second review of 6339ec8 (tookPercentOf): a percentage of the votes,
// after any article, or of the shares voted, is no part of a company.
func TestStop36Review2PercentOfTheVoteIsNoPurchase(t *testing.T) {
	wantNoneOf(t, []string{model.Acquisition, model.Investment}, []langText{
		{"en", "Veltraco took 51% of the shares voted at Quorvex's annual meeting."},
		{"es", "Veltraco tomó el 51% de los votos en la junta de Quorvex."},
	}, "Veltraco", "Quorvex")
}

// tookPercentOf: a person (a founder, an executive) or the state who
// takes a percentage of a company is no company named before it.
func TestStop36Review2PersonOrStateTakingAPercentage(t *testing.T) {
	wantNoneOf(t, []string{model.Acquisition, model.Investment}, []langText{
		{"en", "The founder of Veltraco took 20% of Quorvex in 2019."},
		{"en", "Veltraco's chief executive took 20% of Quorvex in 2019."},
		{"it", "Il fondatore di Veltraco ha preso il 20% di Quorvex."},
		{"fr", "Le fondateur de Veltraco a pris 20 % de Quorvex."},
		{"it", "Lo Stato prende il 20% di Quorvex, mentre Veltraco scende al 10%."},
		{"es", "El Estado tomó el 20% de Quorvex y Veltraco mantuvo el 10%."},
		{"fr", "L'État a pris 20 % de Quorvex et Veltraco garde 10 %."},
	}, "Veltraco", "Quorvex")
}

// tookPercentOf: "parts de marché" (plural, after "des") is a market share;
// no deal at all, not a supply.
func TestStop36Review2PartsDeMarche(t *testing.T) {
	wantNone(t, []langText{
		{"fr", "Veltraco a pris 20 % des parts de marché de Quorvex."},
		{"fr", "Veltraco a pris 30 % de parts de marché à Quorvex."},
		{"en", "Veltraco took 20% of the global markets for chips, Quorvex 15%."},
	}, "Veltraco", "Quorvex")
}

// handsOf (already wrong before: buyer was Quorvex, the company passed
// on): whose hands are a company's owners, creditors or partners, not
// the company named after "de"/"di" further on: no buyer named.
func TestStop36Review2HandsOfSomeoneOfACompany(t *testing.T) {
	for _, c := range []langText{
		{"es", "En 2000, Quorvex pasó a manos de los accionistas de Veltraco."},
		{"es", "En 2000, Quorvex pasó a manos de los acreedores de Veltraco."},
		{"es", "En 2000, Quorvex pasó a manos de los dueños de Veltraco."},
		{"it", "Nel 2000 Quorvex è passata nelle mani di alcuni soci di Veltraco."},
		{"it", "Nel 2000 Quorvex è finita nelle mani di creditori di Veltraco."},
		{"it", "Nel 2000 Quorvex è finita nelle mani di banche creditrici di Veltraco."},
	} {
		for _, f := range Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "") {
			if f.Buyer != "" {
				t.Errorf("%s %q: %+v, want no buyer", c.lang, c.text, f)
			}
		}
	}
}
