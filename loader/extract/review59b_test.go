package extract

import (
	"testing"

	"dealwire/model"
)

// Review 59b: inputs that the changes from e37209e4 to 2b24e9c7 (and the
// Italian and Spanish company nouns of 4288c4a7) read wrong, and that
// the state before them read right. Articles are published 2020-10-29.

// Change 1 (licensing triggers, 9b21a6e4: "exclusive rights", "droits
// exclusifs"): broadcast rights won at a league's auction against a
// rival bidder make a licence between the winner and the loser. Quorvex
// is beaten, no party of anything; the league grants the rights. Before,
// no deal.
func TestReview59bRightsWonAgainstRival(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "en beating", bodies: []string{"en|Veltraco won the exclusive rights to broadcast Bundesliga matches in Britain from 2021, beating Quorvex."},
			check: noDealBetween("Veltraco", "Quorvex")},
		{name: "fr face à", bodies: []string{"fr|Veltraco a remporté les droits exclusifs de diffusion de la Ligue 1 face à Quorvex."},
			check: noDealBetween("Veltraco", "Quorvex")},
	})
}

// Change 1 (licensing triggers, 9b21a6e4): two companies fighting in
// court over who holds the rights to a brand or a drug, or one suing the
// other for infringing its rights, are read as a licence between them.
// A dispute grants nothing. Before, no deal.
func TestReview59bRightsInDispute(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "en dispute", bodies: []string{"en|Veltraco and Quorvex are locked in a legal dispute over the worldwide rights to the drug."},
			check: noFalseDeal(model.Licensing, "Veltraco", "Quorvex")},
		{name: "en sued", bodies: []string{"en|Quorvex sued Veltraco on Tuesday, claiming it holds the exclusive rights to the Brindle trademark in Europe."},
			check: noFalseDeal(model.Licensing, "Veltraco", "Quorvex")},
		{name: "en infringed", bodies: []string{"en|Veltraco said Quorvex had infringed its exclusive rights to the technology and filed a lawsuit in Delaware."},
			check: noFalseDeal(model.Licensing, "Veltraco", "Quorvex")},
		{name: "it causa", bodies: []string{"it|Veltraco e Quorvex sono in causa per i diritti esclusivi sul marchio Brindle."},
			check: noFalseDeal(model.Licensing, "Veltraco", "Quorvex")},
		{name: "es tribunales", bodies: []string{"es|Veltraco y Quorvex se disputan en los tribunales los derechos exclusivos de la marca Brindle."},
			check: noFalseDeal(model.Licensing, "Veltraco", "Quorvex")},
		{name: "fr justice", bodies: []string{"fr|Veltraco et Quorvex se disputent devant la justice les droits exclusifs sur la marque Brindle."},
			check: noFalseDeal(model.Licensing, "Veltraco", "Quorvex")},
		{name: "de Gericht", bodies: []string{"de|Veltraco und Quorvex streiten vor Gericht um die Exklusivrechte an der Marke Brindle."},
			check: noFalseDeal(model.Licensing, "Veltraco", "Quorvex")},
	})
}

// Change 1 (licensing triggers, 9b21a6e4: "U.S. rights"): "U.S. rights
// groups" are human rights campaigners; urging two companies to halt a
// project makes a licence between them. Before, no deal.
func TestReview59bHumanRightsGroups(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "U.S. rights groups", bodies: []string{"en|U.S. rights groups urged Veltraco and Quorvex to halt the pipeline project."},
			check: noDealBetween("Veltraco", "Quorvex")},
	})
}

// Change 1 (licensing triggers, 9b21a6e4: "exclusive rights",
// "Exklusivrechte"): an exclusivity period in takeover talks ("exclusive
// rights to negotiate") is read as a licence: between the bidder and the
// seller in English (before, no deal), and in German in place of the
// planned takeover of Brindle (before, an acquisition Veltraco-Brindle).
func TestReview59bExclusiveRightsToNegotiate(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "en negotiate", bodies: []string{"en|Veltraco holds the exclusive rights to negotiate with Quorvex until the end of March."},
			check: noFalseDeal(model.Licensing, "Veltraco", "Quorvex")},
		{name: "de Verhandlungen", bodies: []string{"de|Veltraco hat sich die Exklusivrechte für Verhandlungen über eine Übernahme von Brindle gesichert."},
			check: noFalseDeal(model.Licensing, "Veltraco", "Brindle")},
	})
}

// Change 1 (licensing triggers, 9b21a6e4): rights that come with a
// purchase, or that the target holds, turn into a deal of their own. A
// brand's rights gained by buying a unit make a second deal, a licence
// of Veltraco and Brindle (the brand); and a target "which holds the U.S.
// rights to the drug" loses the purchase's price, $1 billion, to the
// rights' clause. Before, the purchase alone, with its price.
func TestReview59bRightsComeWithThePurchase(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "brand rights", bodies: []string{"en|Veltraco bought Quorvex's consumer unit for $500 million, which gives it exclusive rights to the Brindle brand."},
			check: noFalseDeal(model.Licensing, "Veltraco", "Brindle")},
		{name: "U.S. rights price", bodies: []string{"en|Veltraco agreed to buy Brindle, which holds the U.S. rights to the drug, for $1 billion."},
			check: valuedDeal(model.Acquisition, 1e9, "Veltraco", "Brindle")},
		{name: "worldwide rights price", bodies: []string{"en|Veltraco acquired Brindle, which owns the worldwide rights to the drug, for $1 billion."},
			check: valuedDeal(model.Acquisition, 1e9, "Veltraco", "Brindle")},
	})
}

// Change 2 (withoutBrandsSoldAs, 9b21a6e4): German capitalises every
// noun, so "verkauft als Teil ...", "verkaufte als Reaktion auf ...",
// "veräußert als Teil ..." (sold as part of, in reaction to) have a
// capitalised word after "als" that names no company, and the sale is
// dropped as a brand "sold as". "Der Bund verkauft als Großaktionär"
// (sells as the main shareholder) turns into an investment. Before, the
// sale.
func TestReview59bVerkauftAlsIsNoBrand(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "als Teil", bodies: []string{"de|Veltraco verkauft als Teil seines Sparprogramms die Tochter Brindle an Quorvex."},
			check: keepsDeal(model.Divestiture, "Veltraco", "Brindle", "Quorvex")},
		{name: "als Reaktion", bodies: []string{"de|Veltraco verkaufte als Reaktion auf die Corona-Krise seine Tochter Brindle an Quorvex."},
			check: keepsDeal(model.Divestiture, "Veltraco", "Brindle", "Quorvex")},
		{name: "veräußert als", bodies: []string{"de|Veltraco veräußert als Teil seines Sparprogramms die Tochter Brindle an Quorvex."},
			check: keepsDeal(model.Divestiture, "Veltraco", "Brindle", "Quorvex")},
		{name: "als Großaktionär", bodies: []string{"de|Der Bund verkauft als Großaktionär seine Beteiligung an Brindle an Quorvex."},
			check: keepsDeal(model.Divestiture, "Brindle", "Quorvex")},
	})
}

// Change 2 (withoutBrandsSoldAs, 9b21a6e4): "verkauft unter dem Druck
// seiner Gläubiger" (sells under pressure from its creditors): "unter",
// the article skipped, then the noun "Druck", capitalised, is read as the
// brand the goods are sold under, and the sale is dropped. Before, the
// sale.
func TestReview59bVerkauftUnterDruckIsNoBrand(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "unter dem Druck", bodies: []string{"de|Veltraco verkauft unter dem Druck seiner Gläubiger die Tochter Brindle an Quorvex."},
			check: keepsDeal(model.Divestiture, "Veltraco", "Brindle", "Quorvex")},
	})
}

// Change 3 (placeNouns "nummer numero number", 2b24e9c7): "the investor
// behind Brindle, the number two ..." — "behind" here is who owns or
// backs Brindle, and the ranking after it is Brindle's own place, not a
// rival ranked ahead. Brindle, whose stake is sold, is dropped from the
// deal as a rival. Before, a party.
func TestReview59bNumberTwoBehindOwner(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "de Nummer zwei", bodies: []string{"de|Veltraco, der Finanzinvestor hinter Brindle, der Nummer zwei unter den deutschen Pflegeheimbetreibern, verkauft seine Mehrheit an Quorvex."},
			check: keepsDeal(model.Divestiture, "Veltraco", "Brindle", "Quorvex")},
		{name: "fr numéro deux", bodies: []string{"fr|Veltraco, le fonds derrière Brindle, numéro deux français des maisons de retraite, va céder sa participation majoritaire à Quorvex."},
			check: keepsDeal(model.Divestiture, "Veltraco", "Brindle", "Quorvex")},
		{name: "es número dos", bodies: []string{"es|Veltraco, el fondo detrás de Brindle, número dos de las residencias en España, venderá su participación mayoritaria a Quorvex."},
			check: keepsDeal(model.Divestiture, "Veltraco", "Brindle", "Quorvex")},
		{name: "it numero due", bodies: []string{"it|Veltraco, il fondo dietro Brindle, numero due italiano delle residenze per anziani, cederà la sua quota di maggioranza a Quorvex."},
			check: keepsDeal(model.Divestiture, "Veltraco", "Brindle", "Quorvex")},
		{name: "en number two", bodies: []string{"en|Veltraco, the investor behind Brindle, the world's number two lithium miner, sold a 10% stake to Quorvex."},
			check: keepsDeal(model.Investment, "Quorvex", "Brindle")},
	})
}

// Change 5 (companywords, 4288c4a7: "specialista", "especialista"): an
// analyst quoted by surname ("lo specialista Galimberti", "el
// especialista Recarte") is read as a company. Before, not.
func TestReview59bSpecialistaIsAnAnalyst(t *testing.T) {
	cs := companiesIn(t, "it", "Veltraco ha acquistato Brindle per 200 milioni di euro, ha commentato lo specialista Galimberti.", reviewKnown...)
	noCompany(t, cs, "Galimberti")
	cs = companiesIn(t, "es", "Veltraco comprará Brindle por 200 millones de euros, según el especialista Recarte.", reviewKnown...)
	noCompany(t, cs, "Recarte")
}

// Change 5 (companywords, 4288c4a7: "textil"): "el magnate textil Amancio
// Ortega", the usual Spanish way of naming Inditex's founder, makes the
// man a company; buying Veltraco's headquarters building from it becomes
// his acquisition of Veltraco. Before, no company and no deal.
func TestReview59bTextileTycoonIsAPerson(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "buys a building", bodies: []string{"es|El magnate textil Amancio Ortega ha comprado a Veltraco su sede en Madrid por 200 millones de euros."},
			check: noFalseDeal(model.Acquisition, "Amancio Ortega", "Veltraco")},
	})
	cs := companiesIn(t, "es", "Pontegadea, el family office del magnate textil Amancio Ortega, ha comprado a Veltraco un edificio en Madrid.", reviewKnown...)
	noCompany(t, cs, "Amancio Ortega")
}

// Change 5 (companywords, 4288c4a7: "vettore"): "vettore" is a carrier,
// but also a space launcher ("il vettore Vega", Avio's rocket) and a
// gene therapy's vector ("il vettore AAV"); the rocket and the vector
// become third parties of the launch contract and of the licence.
// Before, Veltraco and Quorvex alone.
func TestReview59bVettoreIsALauncher(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "vettore Vega", bodies: []string{"it|Veltraco ha firmato con Quorvex un contratto per il lancio di tre satelliti con il vettore Vega."},
			check: noPartyNamed("Vega", model.Partnership, "Veltraco", "Quorvex")},
		{name: "vettore Vega C", bodies: []string{"it|Veltraco ha firmato con Quorvex un contratto da 50 milioni di euro per lanciare due satelliti a bordo del vettore Vega C."},
			check: noPartyNamed("Vega C", model.Partnership, "Veltraco", "Quorvex")},
		{name: "vettore Aav", bodies: []string{"it|Veltraco ha siglato con Quorvex un accordo di licenza per una terapia genica che utilizza il vettore Aav."},
			check: noPartyNamed("Aav", model.Licensing, "Veltraco", "Quorvex")},
	})
}

// Change 5 (companywords, 4288c4a7: "química"): "la química Margarita
// Salas" is a (woman) chemist; she becomes a company and a third party
// of the licence of her patent. Before, the licence of Quorvex and
// Veltraco alone.
func TestReview59bQuimicaIsAChemist(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "química", bodies: []string{"es|Quorvex ha licenciado a Veltraco la patente de la polimerasa descubierta por la química Margarita Salas."},
			check: noPartyNamed("Margarita Salas", model.Licensing, "Quorvex", "Veltraco")},
	})
}
