package extract

import (
	"testing"

	"dealwire/model"
)

// Review 59d: inputs that 933e8953 (new purchase and bid words
// "ersteigerte", "si è presa", "indicative offer" ...; German separable
// verbs reading past a name's full stop) reads wrong, and that its parent
// cfa88152 read right. Articles are published 2020-10-29.

// Change 1 ("ersteigert", "ersteigerte", "ersteigern"): what is won at
// auction is mostly no company. Spectrum won by two bidders, a painting
// from a company's collection, a joint plan to bid for frequencies are
// each read as Veltraco buying Quorvex (A1: both ways, with the prices of
// the blocks as values). Before, no deal.
func TestReview59dAuctionOfNoCompany(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "spectrum blocks of two bidders", bodies: []string{"de|Bei der Auktion der 5G-Frequenzen ersteigerte Veltraco vier Blöcke für 1,4 Milliarden Euro, Quorvex drei Blöcke für 1,1 Milliarden Euro."},
			check: noDealBetween("Veltraco", "Quorvex")},
		{name: "frequencies, rival empty-handed", bodies: []string{"de|Veltraco ersteigerte im Juni Frequenzen für 2,2 Milliarden Euro, Quorvex ging leer aus."},
			check: noDealBetween("Veltraco", "Quorvex")},
		{name: "painting from a collection", bodies: []string{"de|Veltraco ersteigerte bei Sotheby's ein Gemälde von Gerhard Richter aus dem Besitz von Quorvex für 12 Millionen Euro."},
			check: noFalseDeal(model.Acquisition, "Veltraco", "Quorvex")},
		{name: "joint plan to bid", bodies: []string{"de|Veltraco und Quorvex wollen bei der Versteigerung gemeinsam Frequenzen ersteigern."},
			check: noFalseDeal(model.Acquisition, "Veltraco", "Quorvex")},
	})
}

// Change 1 ("si è presa", "si è preso", "si era presa"): the idiom takes
// revenge, first place, market share, the blame or a contract, not a
// company; the rival named after it is read as bought by Veltraco.
// Before, no deal.
func TestReview59dTookForItselfNoCompany(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "rivincita", bodies: []string{"it|Veltraco si è presa la rivincita su Quorvex, battendola nella gara per l'appalto della metropolitana."},
			check: noDealBetween("Veltraco", "Quorvex")},
		{name: "primo posto", bodies: []string{"it|Nel terzo trimestre Veltraco si è presa il primo posto nel mercato degli smartphone, superando Quorvex."},
			check: noDealBetween("Veltraco", "Quorvex")},
		{name: "quote di mercato", bodies: []string{"it|In Europa Veltraco si è presa quote di mercato a spese di Quorvex."},
			check: noDealBetween("Veltraco", "Quorvex")},
		{name: "responsabilità", bodies: []string{"it|L'amministratore delegato di Veltraco si è preso la responsabilità dei ritardi nelle consegne a Quorvex."},
			check: noDealBetween("Veltraco", "Quorvex")},
		{name: "contratto soffiato", bodies: []string{"it|Veltraco si è preso il contratto da 300 milioni di euro soffiandolo a Quorvex."},
			check: noDealBetween("Veltraco", "Quorvex")},
	})
}

// Change 1 ("indicative offer", "non binding offer", "offre indicative"):
// an IPO's indicative offer price, an offer to build a terminal, a bid to
// run regional trains are read as Veltraco buying Quorvex (or Quorvex
// Veltraco). Before, no acquisition.
func TestReview59dIndicativeOfferForNoCompany(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "IPO offer price", bodies: []string{"en|Veltraco set an indicative offer price of $18 to $20 per share for its IPO, with Quorvex acting as lead underwriter."},
			check: noFalseDeal(model.Acquisition, "Veltraco", "Quorvex")},
		{name: "offer to build", bodies: []string{"en|Quorvex has submitted a non-binding offer to build the new terminal at Veltraco's airport in Lyon."},
			check: noFalseDeal(model.Acquisition, "Veltraco", "Quorvex")},
		{name: "offre pour des lignes TER", bodies: []string{"fr|Veltraco a déposé une offre indicative pour l'exploitation des lignes TER de la région, face à Quorvex."},
			check: noDealBetween("Veltraco", "Quorvex")},
	})
}

// Change 2 (particleClauseEnd): "Inc." really ends the sentence, and the
// splitter keeps the next one with it (it opens with "Bei", "Beim",
// "Brindle", no usual opener). The verb of the first sentence ("stieg":
// rose, "griff zu harten Mitteln", "legt den Fokus") now takes the
// particle of another verb in the second ("brach ... ein", "nahm ... zu",
// "arbeiten ... zusammen") and reads a stake or a purchase of Veltraco in
// Brindle, or turns the partnership of Brindle and Halvorsen into a joint
// venture ("legt ... zusammen": businesses put together). Before, the
// clause ended at "Inc.": no stake or purchase, and a partnership (whose
// extra parties Veltraco and Quorvex are an older fault, not this
// change's).
func TestReview59dParticlePastSentenceEnd(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "stieg ... brach ein", bodies: []string{"de|Der Umsatz von Veltraco stieg dank neuer Aufträge von Quorvex Inc. Bei Brindle brach der Absatz dagegen um 9 Prozent ein."},
			check: noDealBetween("Veltraco", "Brindle")},
		{name: "stieg ... brach er ein", bodies: []string{"de|Der Gewinn von Veltraco stieg im Quartal dank des Großauftrags von Quorvex Inc. Beim Konkurrenten Brindle brach er dagegen ein."},
			check: noDealBetween("Veltraco", "Brindle")},
		{name: "griff ... nahm zu", bodies: []string{"de|Veltraco griff im Patentstreit zu harten Mitteln gegen Quorvex Inc. Beim Rivalen Brindle nahm der Umsatz unterdessen um 4 Prozent zu."},
			check: noDealBetween("Veltraco", "Brindle")},
		{name: "legt ... arbeiten zusammen", bodies: []string{"de|Veltraco legt den Fokus auf Kunden wie Quorvex Inc. Brindle und Halvorsen arbeiten dagegen eng zusammen."},
			check: exactDeal(model.Partnership, "Brindle", "Halvorsen")},
	})
}
