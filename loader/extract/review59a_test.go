package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"dealwire/model"
)

// Review 59a: inputs that the changes from 0ec1b9ca to 20fdba68 read wrong
// and that 0ec1b9ca read right. Articles are published 2020-10-29.

// notDated59a: a deal of typ's class between parties, not dated in
// year (a closing, a term's end, another event's year).
func notDated59a(typ, year string, parties ...string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		d := dealOf(ds, typ, parties...)
		if d == nil {
			return fmt.Sprintf("lost deal %s %v", typ, parties)
		}
		if strings.HasPrefix(d.Date, year) {
			return fmt.Sprintf("dated %q, a year that is not the deal's", d.Date)
		}
		return ""
	}
}

// noPartyNamed: a deal of typ's class between parties, and no deal lists
// name (a person read as a company).
func noPartyNamed(name, typ string, parties ...string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		for _, d := range ds {
			if slices.Contains(d.Parties, name) {
				return fmt.Sprintf("%s is a party of %s %v", name, d.Type, d.Parties)
			}
		}
		if dealOf(ds, typ, parties...) == nil {
			return fmt.Sprintf("lost deal %s %v", typ, parties)
		}
		return ""
	}
}

// oneDeal59a: exactly one deal of typ's class between parties.
func oneDeal59a(typ string, parties ...string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		n := 0
		for _, d := range ds {
			if typeClass(d.Type) != typeClass(typ) {
				continue
			}
			all := true
			for _, p := range parties {
				all = all && slices.Contains(d.Parties, p)
			}
			if all {
				n++
			}
		}
		if n != 1 {
			return fmt.Sprintf("%d deals %s %v, want one", n, typ, parties)
		}
		return ""
	}
}

// noTypeBetween59a: no deal of exactly typ lists all of parties.
func noTypeBetween59a(typ string, parties ...string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		for _, d := range ds {
			if d.Type != typ {
				continue
			}
			all := true
			for _, p := range parties {
				all = all && slices.Contains(d.Parties, p)
			}
			if all {
				return fmt.Sprintf("false deal %s %v", d.Type, d.Parties)
			}
		}
		return ""
	}
}

// Change 1 (dates, a3345b98: "end of", "au début de", "a principios de" as year
// introducers): the year a deal is expected to close in dates the deal
// itself. The deal is agreed now (the article's year, or no date);
// 2021 is its closing, a forecast. Before the change these sentences
// gave no date.
func TestReview59aClosingYearIsNotTheDealsDate(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "en by the end of", bodies: []string{"en|Veltraco agreed to buy Brindle for $2 billion in a deal expected to close by the end of 2021."},
			check: notDated59a(model.Acquisition, "2021", "Veltraco", "Brindle")},
		{name: "fr au début de", bodies: []string{"fr|Veltraco va racheter Brindle pour 2 milliards d'euros, la finalisation étant attendue au début de 2021."},
			check: notDated59a(model.Acquisition, "2021", "Veltraco", "Brindle")},
		{name: "es a principios de", bodies: []string{"es|Veltraco comprará Brindle por 2.000 millones de euros y prevé cerrar la operación a principios de 2021."},
			check: notDated59a(model.Acquisition, "2021", "Veltraco", "Brindle")},
	})
}

// Change 1 (dates, a3345b98): the end of a licence's or supply contract's
// term now dates the deal. "runs to the end of 2030" is not among
// untilBefore's phrases; and "expires at the end of ", which a3345b98
// added to them, never matches: untilBefore is handed only the last 20
// bytes before the year, and the phrase is 22 bytes long, so a licence
// "that expires at the end of 2030" is dated 2030 (the same in Spanish
// "vence a finales de 2030"). Before, no date.
func TestReview59aTermEndIsNotTheDealsDate(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "runs to the end of", bodies: []string{"en|Veltraco signed a ten-year licensing agreement with Quorvex that runs to the end of 2030."},
			check: notDated59a(model.Licensing, "2030", "Veltraco", "Quorvex")},
		{name: "expires at the end of", bodies: []string{"en|Veltraco signed a licensing agreement with Quorvex that expires at the end of 2030."},
			check: notDated59a(model.Licensing, "2030", "Veltraco", "Quorvex")},
		{name: "es vence a finales de", bodies: []string{"es|Veltraco firmó un acuerdo de licencia con Quorvex que vence a finales de 2030."},
			check: notDated59a(model.Licensing, "2030", "Veltraco", "Quorvex")},
	})
}

// Change 1 (dates, 20fdba68: the seasons as year introducers): a season
// in a relative clause about a product's launch dates the purchase. The
// purchase is agreed now; the launch is to come. Before, no date.
func TestReview59aLaunchSeasonIsNotTheDealsDate(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "en summer of", bodies: []string{"en|Veltraco agreed to buy Brindle, which plans to launch its first drug in the summer of 2022, for $300 million."},
			check: notDated59a(model.Acquisition, "2022", "Veltraco", "Brindle")},
		{name: "fr printemps", bodies: []string{"fr|Veltraco rachète Brindle, dont le premier vaccin doit être lancé au printemps 2021, pour 300 millions d'euros."},
			check: notDated59a(model.Acquisition, "2021", "Veltraco", "Brindle")},
	})
}

// Change 1 (datedAsBefore, a3345b98): "that year" / "lo stesso anno" in a
// deal sentence that dates something else (a forecast, a year's results)
// gives the deal the year of the sentence before. Quorvex's purchase or
// sale is told undated (recent news); it is not of 2022, a year still to
// come, nor of 2019, the year of Veltraco's results. Before, no date.
func TestReview59aThatYearOfAnotherEvent(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "en forecast", bodies: []string{"en|Veltraco expects Brindle to turn profitable in 2022. Quorvex, which bought Daxmoor for $1 billion, expects to break even that year."},
			check: notDated59a(model.Acquisition, "2022", "Quorvex", "Daxmoor")},
		{name: "en results", bodies: []string{"en|Veltraco reported record sales of $5 billion in 2019. Quorvex, whose revenue fell that year, has agreed to sell Daxmoor to Halvorsen."},
			check: notDated59a(model.Divestiture, "2019", "Quorvex", "Daxmoor")},
		{name: "it results", bodies: []string{"it|Nel 2019 Veltraco ha registrato ricavi record. Quorvex, che lo stesso anno aveva chiuso in perdita, ha ceduto Daxmoor a Halvorsen."},
			check: notDated59a(model.Divestiture, "2019", "Quorvex", "Daxmoor")},
	})
}

// Change 1 (sameYearWords, a3345b98): "that year" is matched as a
// substring, so "said that years of losses" reads as "that year" and
// dates Quorvex's sale in 2015, the year of the sentence before. Before,
// no date.
func TestReview59aThatYearsOfIsNotThatYear(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "that years of", bodies: []string{"en|In 2015 Veltraco bought Brindle for $2 billion. Analysts said that years of losses had forced Quorvex to sell Daxmoor to Halvorsen."},
			check: notDated59a(model.Divestiture, "2015", "Quorvex", "Daxmoor")},
	})
}

// Change 2 (personAfterConnector, 78cfb72b): "Bank of Ann Arbor" (a real
// Michigan bank) is read as "Bank" + "of Ann Arbor", Ann a given name and
// Arbor a surname: the target is lost and the purchase has one side.
// Before, "Bank of Ann Arbor" was bought.
func TestReview59aBankOfAnnArbor(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "Ann Arbor", bodies: []string{"en|Veltraco agreed to buy the Bank of Ann Arbor for $200 million."},
			check: keepsDeal(model.Acquisition, "Veltraco", "Bank of Ann Arbor")},
	})
}

// Change 2 (personAfterConnector, 78cfb72b): an Italian cooperative bank
// named after its town, Martina Franca (Apulia), is cut before "di":
// "Martina" is a given name, "Franca" read as a surname. The bank bought
// is "Banca di Credito Cooperativo di Martina Franca", not the generic
// "Banca di Credito Cooperativo". Before, the whole name.
func TestReview59aBancaDiMartinaFranca(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "Martina Franca", bodies: []string{"it|Veltraco ha acquisito la Banca di Credito Cooperativo di Martina Franca per 30 milioni di euro."},
			check: keepsDeal(model.Acquisition, "Veltraco", "Banca di Credito Cooperativo di Martina Franca")},
	})
}

// Change 3 (companywords, 44d2ece1: "courtier"): a broker quoted by name
// ("le courtier Pierre Martin estime que ...") becomes a company and a
// third party of the purchase he comments on. Before, Veltraco-Brindle
// alone.
func TestReview59aCourtierIsAPerson(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "courtier", bodies: []string{"fr|Le courtier Pierre Martin estime que Veltraco pourrait racheter Brindle pour 2 milliards d'euros."},
			check: noPartyNamed("Pierre Martin", model.Acquisition, "Veltraco", "Brindle")},
	})
}

// Change 3 (companywords, 44d2ece1: "industriel"): "l'industriel
// François Pinault", the usual French way of naming a businessman, makes
// the man a company and a seller in the sale of Brindle to Quorvex.
// Before, the sale Brindle-Quorvex without him.
func TestReview59aIndustrielIsAPerson(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "industriel", bodies: []string{"fr|L'industriel François Pinault a cédé Brindle à Quorvex."},
			check: noPartyNamed("François Pinault", model.Divestiture, "Brindle", "Quorvex")},
	})
}

// Change 3 (companywords, 44d2ece1: "spécialiste"): an analyst quoted as
// "le spécialiste Marc Fiorentino" is read as a company. Before, not.
func TestReview59aSpecialisteIsAnAnalyst(t *testing.T) {
	cs := companiesIn(t, "fr", "Veltraco va racheter Brindle pour 2 milliards d'euros, selon le spécialiste Marc Fiorentino.", reviewKnown...)
	noCompany(t, cs, "Marc Fiorentino")
}

// Change 4 (pricesDealBefore/madeBefore, 172e11f1): a licence signed on
// Monday; the option fee Veltraco paid Quorvex for the same drug in 2019
// is part of the alliance, but as it is dated before the alliance's year
// it is no longer folded into it and stands as Veltraco's acquisition of
// Quorvex for $20m. Before, only the licence.
func TestReview59aOptionFeeBeforeTheLicence(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "option fee", bodies: []string{"en|Veltraco and Quorvex signed a licensing agreement for Quorvex's cancer drug on Monday. Under the deal, Veltraco will pay Quorvex $50 million upfront. Veltraco paid Quorvex $20 million in 2019 for an option on the drug."},
			check: noFalseDeal(model.Acquisition, "Veltraco", "Quorvex")},
	})
}

// Change 4 (doneBefore in withinArticle, 172e11f1): a purchase completed
// in 2019, then the buyer telling on Tuesday what it cost. The second
// sentence tells the same purchase (dated by "mardi", not done by its
// words), and is now kept as another deal: two purchases of Brindle, the
// price on the undone one. Before, one deal, completed in 2019, worth 2bn.
func TestReview59aCompletedDealRetoldLater(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "fr", bodies: []string{"fr|Veltraco a finalisé le rachat de Brindle en 2019. Mardi, Veltraco a indiqué que l'acquisition de Brindle lui avait coûté 2 milliards d'euros."},
			check: oneDeal59a(model.Acquisition, "Veltraco", "Brindle")},
		{name: "de", bodies: []string{"de|Veltraco hatte die Übernahme von Brindle 2019 abgeschlossen. Am Dienstag teilte Veltraco mit, der Kauf von Brindle habe 2 Milliarden Euro gekostet."},
			check: oneDeal59a(model.Acquisition, "Veltraco", "Brindle")},
	})
}

// Change 5 (separableVerbs "gab ... an X ab", 0ace90ca): market share or
// market leadership lost to a rival ("gab Marktanteile an Quorvex ab")
// is read as Veltraco selling to Quorvex. Before, no deal.
func TestReview59aMarketShareGivenUpIsNoSale(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "Marktanteile", bodies: []string{"de|Im dritten Quartal gab Veltraco erstmals Marktanteile an Quorvex ab."},
			check: noDealBetween("Veltraco", "Quorvex")},
		{name: "Marktführerschaft", bodies: []string{"de|Veltraco gab die Marktführerschaft an Quorvex ab."},
			check: noDealBetween("Veltraco", "Quorvex")},
	})
}

// Change 5 (separableVerbs "griff ... bei X zu", 0ace90ca): a customer
// snapping up aircraft ("Die Lufthansa griff bei Airbus zu und bestellte
// 20 Flugzeuge") is read as Lufthansa acquiring Airbus. Before, an order
// (supply).
func TestReview59aOrderSnappedUpIsNoPurchase(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "Airbus order", bodies: []string{"de|Die Lufthansa griff bei Airbus zu und bestellte 20 Flugzeuge."},
			check: noFalseDeal(model.Acquisition, "Lufthansa", "Airbus")},
	})
}

// Change 6 (createsVenture, 34035403): "establishing Brindle, a joint
// venture of Halvorsen and Trelawny, as the exclusive distributor": the
// agreement appoints a venture of two other companies, it founds
// nothing; Veltraco and Quorvex form no joint venture. Before, an
// agreement (partnership) of Veltraco and Quorvex.
func TestReview59aEstablishingAsDistributor(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "establishing as", bodies: []string{"en|Veltraco signed an agreement with Quorvex establishing Brindle, a joint venture of Halvorsen and Trelawny, as the exclusive distributor of its drugs in China."},
			check: noTypeBetween59a(model.JointVenture, "Veltraco", "Quorvex")},
	})
}
