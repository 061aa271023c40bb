package extract

import (
	"fmt"
	"slices"
	"testing"

	"dealwire/model"
)

// Review 59c: inputs that the changes from 8021185e to 5ab8c64f (and the
// "sold as" / "sold under" rule of 9b21a6e4 that 5ab8c64f narrowed) read
// wrong, and that the state before the responsible change read right.
// Articles are published 2020-10-29.

// apart59c: two deals of typ's class, one between first, one between
// second, and no deal listing both first[1] and second[1] (the two
// partners of two different ventures or alliances).
func apart59c(typ string, first, second []string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		if msg := noDealBetween(first[1], second[1])(ds); msg != "" {
			return msg + ": two ventures joined into one"
		}
		for _, ps := range [][]string{first, second} {
			if dealOf(ds, typ, ps...) == nil {
				return fmt.Sprintf("lost deal %s %v", typ, ps)
			}
		}
		return ""
	}
}

// notSoldTo59c: no sale where seller sells to buyer (seller first, buyer
// among the parties): buyer is where seller got the goods or shares it
// resells, no buyer.
func notSoldTo59c(seller, buyer string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		for _, d := range ds {
			if d.Type == model.Divestiture && d.Parties[0] == seller && slices.Contains(d.Parties, buyer) {
				return fmt.Sprintf("false sale %s %v: %s sells to %s", d.Type, d.Parties, seller, buyer)
			}
		}
		return ""
	}
}

// Change 1 (placedAfter, 8021185e): a company named right before ",
// London-based maker of ..." (the apposition without its article, as
// headlines and wire copy write it) is read as a city before its state's
// "-based", no company: the purchase of the target is lost. Before, the
// acquisition Veltraco-Quorvex with its price.
func TestReview59cTargetBeforeBasedApposition(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "headline U.S.-based", bodies: []string{"en|Veltraco to buy Quorvex, U.S.-based maker of medical lasers, for $450 million"},
			check: valuedDeal(model.Acquisition, 450e6, "Veltraco", "Quorvex")},
		{name: "London-based", bodies: []string{"en|Veltraco agreed to buy Quorvex, London-based maker of payment terminals, for $300 million."},
			check: valuedDeal(model.Acquisition, 300e6, "Veltraco", "Quorvex")},
		{name: "Boston-based", bodies: []string{"en|Veltraco has acquired Brindle, Boston-based developer of cancer drugs, for $1.2 billion in cash."},
			check: valuedDeal(model.Acquisition, 1.2e9, "Veltraco", "Brindle")},
	})
}

// Change 1 (placedAfter, 8021185e): the acting company itself followed
// by its apposition ("Veltraco, Ohio-based maker of truck parts, said
// ...") is read as a place; the buyer and the deal are lost. Before, the
// acquisition Veltraco-Quorvex.
func TestReview59cBuyerBeforeBasedApposition(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "Ohio-based", bodies: []string{"en|Veltraco, Ohio-based maker of truck parts, said on Monday it had agreed to buy Quorvex for $300 million."},
			check: valuedDeal(model.Acquisition, 300e6, "Veltraco", "Quorvex")},
	})
}

// Change 1 (placedAfter, 8021185e): "-listed" counts as a seat too, so a
// buyer described by its listing ("Quorvex, Nasdaq-listed maker of
// chips") is dropped as a place and the sale loses its buyer. Before,
// Veltraco selling Brindle to Quorvex.
func TestReview59cBuyerBeforeListedApposition(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "Nasdaq-listed", bodies: []string{"en|Veltraco said it would sell Brindle to Quorvex, Nasdaq-listed maker of chips, for $80 million."},
			check: keepsDeal(model.Divestiture, "Veltraco", "Brindle", "Quorvex")},
	})
}

// Change 1 (placedAfter, 8021185e): in a list of companies each given
// with its seat ("Veltraco, Frankfurt-based Quorvex and Madrid-based
// Brindle"), the first company, before ", Frankfurt-based", is read as a
// city and is no company any more. Before, a company.
func TestReview59cListOfCompaniesWithSeats(t *testing.T) {
	wantCompaniesIn(t, []companyCase{
		{"en", "Veltraco, Frankfurt-based Quorvex and Madrid-based Brindle have formed a joint venture to build charging stations across Europe.", "Veltraco"},
		{"en", "The consortium is made up of Veltraco, Paris-based Quorvex and Munich-based Brindle.", "Veltraco"},
	}, reviewKnown...)
}

// Change 2 (joinSameDayVentures, 5ccc9880): a company sets up two
// different joint ventures on the same day with two partners; each
// outlet tells one venture and names the other company in passing (a
// competitor, a share price). The two rows, the only two of their type
// and day, sharing Veltraco and each article naming every company of the
// other row, are joined into one venture of three. Before, two ventures.
func TestReview59cTwoSameDayVenturesJoined(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "battery and fuel cell ventures", bodies: []string{
			"en|Veltraco and Quorvex said on Thursday they would form a joint venture to build battery cells in Germany. The move puts them in competition with Brindle, which opened its own plant near Berlin last year.",
			"en|Veltraco and Brindle will set up a joint venture to make hydrogen fuel cells for trucks, the companies said on Thursday. Quorvex shares fell 2% in Frankfurt.",
		}, check: apart59c(model.JointVenture, []string{"Veltraco", "Quorvex"}, []string{"Veltraco", "Brindle"})},
	})
}

// Change 2 (joinSameDayVentures, 5ccc9880): two partnerships a company
// announces at a trade fair, each told by its own outlet, which mentions
// the other partner as a rival or a fellow exhibitor (or two alliances
// of a company the same day, an analyst naming the other partner as the
// rival), are joined into one partnership of three. Before, two.
func TestReview59cTwoTradeFairPartnershipsJoined(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "CES", bodies: []string{
			"en|At CES on Thursday Veltraco announced a partnership with Quorvex to bring its voice assistant to cars. Rival Brindle showed its own assistant at the fair.",
			"en|Veltraco and Brindle unveiled a partnership on in-car payments at CES on Thursday. Quorvex also had a stand at the fair.",
		}, check: apart59c(model.Partnership, []string{"Veltraco", "Quorvex"}, []string{"Veltraco", "Brindle"})},
		{name: "cloud and logistics", bodies: []string{
			"en|Veltraco signed a strategic partnership with Quorvex on Thursday to sell its cloud software to banks. Shares of Brindle, Veltraco's main rival, were flat.",
			"en|Veltraco and Brindle announced a strategic alliance in logistics on Thursday. Analysts said the deal would help Veltraco compete with Quorvex.",
		}, check: apart59c(model.Partnership, []string{"Veltraco", "Quorvex"}, []string{"Veltraco", "Brindle"})},
	})
}

// Change 3 (resale words, a0999e09: "revend", "revendu", "rivende",
// "revendió"): a retailer or energy trader reselling another company's
// electricity or phones is read as a sale between them, Veltraco selling
// Quorvex. Goods resold are no business sold. Before, no deal.
func TestReview59cResoldGoodsAreNoSale(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "fr électricité", bodies: []string{"fr|Veltraco revend l'électricité produite par Quorvex à des clients industriels."},
			check: noDealBetween("Veltraco", "Quorvex")},
		{name: "fr a revendu électricité", bodies: []string{"fr|Veltraco a revendu l'électricité produite par Quorvex à des clients industriels."},
			check: noDealBetween("Veltraco", "Quorvex")},
		{name: "it energia", bodies: []string{"it|Veltraco rivende l'energia prodotta da Quorvex ai clienti industriali."},
			check: noDealBetween("Veltraco", "Quorvex")},
		{name: "it smartphone", bodies: []string{"it|Veltraco rivende gli smartphone di Quorvex nei suoi 300 negozi."},
			check: noDealBetween("Veltraco", "Quorvex")},
		{name: "es electricidad", bodies: []string{"es|Veltraco revendió la electricidad producida por Quorvex a clientes industriales."},
			check: noDealBetween("Veltraco", "Quorvex")},
	})
}

// Change 3 (resale words, a0999e09): shares a bank or fund bought from
// Quorvex and resold on the market make Quorvex, where they came from,
// the buyer of Veltraco's sale of Brindle. Before, no deal (French,
// Italian) or Veltraco's stake in Brindle bought from Quorvex (Spanish).
func TestReview59cSharesResoldOnTheMarket(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "fr revendu sur le marché", bodies: []string{"fr|Veltraco a revendu sur le marché les actions Brindle qu'il avait achetées à Quorvex."},
			check: notSoldTo59c("Veltraco", "Quorvex")},
		{name: "it rivenduto sul mercato", bodies: []string{"it|Veltraco ha rivenduto sul mercato le azioni Brindle acquistate da Quorvex."},
			check: notSoldTo59c("Veltraco", "Quorvex")},
		{name: "es revendió en bolsa", bodies: []string{"es|Veltraco revendió en bolsa las acciones de Brindle que había comprado a Quorvex."},
			check: notSoldTo59c("Veltraco", "Quorvex")},
	})
}

// Change 4 (withoutUngrantedRights, 5ab8c64f): rights a licensee
// obtains, receives or secures from the licensor ("obtained worldwide
// rights", "ha ottenuto i diritti", "obtuvo los derechos", "a obtenu les
// droits", "erhält die Exklusivrechte") have no verb of the grantVerbs
// list, and the licence is dropped. Before, the licence Veltraco-Quorvex
// (with its upfront payment where told).
func TestReview59cRightsObtainedOrReceived(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "en obtained", bodies: []string{"en|Veltraco obtained worldwide rights to develop and commercialize Quorvex's experimental cancer drug."},
			check: keepsDeal(model.Licensing, "Veltraco", "Quorvex")},
		{name: "en will receive", bodies: []string{"en|Under the agreement, Veltraco will receive exclusive rights to commercialize Quorvex's drug in Europe."},
			check: keepsDeal(model.Licensing, "Veltraco", "Quorvex")},
		{name: "en receives upfront", bodies: []string{"en|In return for an upfront payment of $50 million, Veltraco receives exclusive worldwide rights to Quorvex's drug."},
			check: valuedDeal(model.Licensing, 50e6, "Veltraco", "Quorvex")},
		{name: "en secured", bodies: []string{"en|Veltraco secured the exclusive rights to distribute Quorvex's diabetes pill in China."},
			check: keepsDeal(model.Licensing, "Veltraco", "Quorvex")},
		{name: "it ottenuto", bodies: []string{"it|Veltraco ha ottenuto da Quorvex i diritti di commercializzazione del farmaco in Europa."},
			check: keepsDeal(model.Licensing, "Veltraco", "Quorvex")},
		{name: "es obtuvo", bodies: []string{"es|Veltraco obtuvo de Quorvex los derechos de comercialización del medicamento en América Latina."},
			check: keepsDeal(model.Licensing, "Veltraco", "Quorvex")},
		{name: "fr obtenu", bodies: []string{"fr|Veltraco a obtenu de Quorvex les droits exclusifs de distribution du vaccin en France."},
			check: keepsDeal(model.Licensing, "Veltraco", "Quorvex")},
		{name: "de erhält", bodies: []string{"de|Veltraco erhält von Quorvex die Exklusivrechte für den Vertrieb des Impfstoffs in Europa."},
			check: keepsDeal(model.Licensing, "Veltraco", "Quorvex")},
	})
}

// Change 4 (withoutUngrantedRights, 5ab8c64f): German rights acquired
// ("die Vermarktungsrechte ... erworben", "übernimmt ... die
// Vermarktungsrechte") lose their licence, and what is left is an
// acquisition of Quorvex by Veltraco: the company is not bought, its
// rights to a drug are. Before, the licence.
func TestReview59cGermanRightsAcquiredReadAsTakeover(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "erworben", bodies: []string{"de|Veltraco hat von Quorvex die weltweiten Vermarktungsrechte für das Medikament erworben."},
			check: exactDeal(model.Licensing, "Veltraco", "Quorvex")},
		{name: "übernimmt", bodies: []string{"de|Veltraco übernimmt von Quorvex die Vermarktungsrechte für das Medikament in Europa."},
			check: exactDeal(model.Licensing, "Veltraco", "Quorvex")},
	})
}

// Change 4 (withoutUngrantedRights, 5ab8c64f): the granting verb is
// looked for only within the clause, which ends at a comma: an
// apposition of the licensee between the verb and the rights ("ha
// otorgado a Veltraco, su socio en Japón, los derechos exclusivos")
// hides the verb, and the licence is dropped. Before, the licence
// Quorvex-Veltraco.
func TestReview59cGrantVerbBeforeApposition(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "es otorgado", bodies: []string{"es|Quorvex ha otorgado a Veltraco, su socio en Japón, los derechos exclusivos de comercialización del fármaco."},
			check: keepsDeal(model.Licensing, "Quorvex", "Veltraco")},
	})
}

// Change 4 (rankedBehind, 5ab8c64f: no place after a punctuation mark):
// the rival's own rank given in brackets ("hinter Quorvex (Nummer eins)
// auf Platz zwei") now stops the look for the place after the rival, so
// Quorvex, ranked ahead, becomes a party of the takeover of Brindle, in
// Brindle's place. Before, Quorvex no party and the takeover of Brindle
// by Veltraco kept.
func TestReview59cRankInBracketsAfterRival(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "de Nummer eins in Klammern", bodies: []string{"de|Brindle, in Deutschland hinter Quorvex (Nummer eins) auf Platz zwei, wird von Veltraco übernommen."},
			check: noPartyNamed("Quorvex", model.Acquisition, "Veltraco", "Brindle")},
	})
}

// withoutBrandsSoldAs ("sold under", "sold as", "venduta come"; added in
// 9b21a6e4, narrowed to leave German out in 5ab8c64f): a sale told in
// the passive with the circumstances right after the verb ("sold under
// U.S. pressure", "sold under Italian golden power rules", "venduta come
// Bruxelles aveva imposto") reads the capitalised place or adjective as
// the brand goods are sold under, and the sale of Brindle to Quorvex is
// dropped. Before 9b21a6e4, the sale.
func TestReview59cSoldUnderPressureIsNoBrand(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "en under U.S. pressure", bodies: []string{"en|Brindle was sold under U.S. pressure to Quorvex for $300 million."},
			check: valuedDeal(model.Divestiture, 300e6, "Brindle", "Quorvex")},
		{name: "en under Italian rules", bodies: []string{"en|Veltraco said Brindle would be sold under Italian golden power rules to Quorvex."},
			check: keepsDeal(model.Divestiture, "Brindle", "Quorvex")},
		{name: "it venduta come Bruxelles", bodies: []string{"it|La controllata Brindle è stata venduta come Bruxelles aveva imposto a Quorvex per 300 milioni di euro."},
			check: valuedDeal(model.Divestiture, 300e6, "Brindle", "Quorvex")},
	})
}
