package deals

import (
	"testing"

	"dealwire/model"
)

// A verb of taking or of rising with a percentage of a company after it
// buys that part (tookPercentOf): a stake, or the company when the part
// is most of it.
func TestTakingAPercentageOfACompany(t *testing.T) {
	wantOne(t, model.Investment, []langText{
		{"en", "In January Veltraco took 20% of Quorvex for about 600 million dollars."},
		{"it", "A gennaio Veltraco ha preso il 20% di Quorvex per circa 600 milioni di dollari."},
		{"es", "En enero Veltraco tomó el 20% de Quorvex por unos 600 millones de dólares."},
		{"fr", "En janvier, Veltraco a pris 20 % de Quorvex pour environ 600 millions de dollars."},
		{"it", "Nel 2009 Veltraco è salita al 30,5% di Quorvex."},
	}, "Veltraco", "Quorvex")
	wantOne(t, model.Acquisition, []langText{
		{"en", "In January Veltraco took 60% of Quorvex for about 600 million dollars."},
		{"fr", "En janvier, Veltraco a pris 60 % de Quorvex."},
		{"it", "Nel 2009 Veltraco è salita dal 40% al 90,1% di Quorvex."},
	}, "Veltraco", "Quorvex")
	// a share of a market or of votes is no part of a company
	wantNone(t, []langText{
		{"en", "Veltraco took 30% of the market from Quorvex."},
		{"it", "Veltraco ha preso il 30% del mercato, davanti a Quorvex."},
	}, "Veltraco", "Quorvex")
}

// Who buys, where the sentence does not open with the buyer: whose
// hands a company passed into (handsOf), and in German, after what is
// paid for, the subject right after the verb of paying (payerAfterFor).
func TestBuyerAfterHandsAndAfterWhatIsPaidFor(t *testing.T) {
	for _, c := range []langText{
		{"it", "Nel 2000 Quorvex è passata nelle mani di Veltraco."},
		{"es", "En 2000, Quorvex pasó a manos de Veltraco."},
		{"de", "Für den texanischen Spezialisten Quorvex zahlte Veltraco 2005 rund 2,45 Milliarden Dollar."},
		{"de", "Für Quorvex zahlte Veltraco 2005 rund 2,45 Milliarden Dollar."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Type != model.Acquisition || got[0].Buyer != "Veltraco" {
			t.Errorf("%s %q: %+v, want Veltraco buying Quorvex", c.lang, c.text, got)
		}
	}
}

// "sich von X trennen" with the verb last sells X (partedFrom); two
// companies that part ways sell nothing.
func TestPartingWithACompanySellsIt(t *testing.T) {
	wantOne(t, model.Divestiture, []langText{
		{"de", "Veltraco hatte sich schon 2008 von Quorvex getrennt."},
		{"de", "Veltraco hat sich von seiner Tochter Quorvex getrennt."},
		{"de", "Veltraco will sich von Quorvex trennen."},
		{"de", "Veltraco wiederum hatte sich schon 2008 von seiner Wundversorgungssparte Quorvex getrennt."},
	}, "Veltraco", "Quorvex")
	wantNone(t, []langText{
		{"de", "Die Wege von Veltraco und Quorvex haben sich getrennt."},
		{"de", "Veltraco und Quorvex haben sich 2010 getrennt."},
	}, "Veltraco", "Quorvex")
}

// Portuguese past forms of selling and of handing over sell.
func TestPortugueseSaleWords(t *testing.T) {
	wantOne(t, model.Divestiture, []langText{
		{"pt", "Há dois anos, Veltraco cedeu à Quorvex, por cerca de 900 milhões de dólares, a divisão de mercados."},
		{"pt", "Em 2019, Veltraco e Daxmoor cederam à Quorvex a divisão de vidro."},
	}, "Veltraco", "Quorvex", "Daxmoor")
}
