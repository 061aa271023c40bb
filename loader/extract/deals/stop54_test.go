package deals

import (
	"testing"

	"dealwire/model"
)

// A sentence that opens by telling how a deal is paid for gives the
// sources of the money, not its price; one that only mentions funding
// later keeps its price.
func TestFundingSentenceGivesNoPrice(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Finanziert wird der Kauf überwiegend aus der Kasse: Rund 2,2 Milliarden Dollar Barmittel, knapp 790 Millionen Dollar aus einer Kreditlinie und neue Aktien für etwa 485 Millionen Dollar."},
		{"en", "To fund the purchase, Brindle will draw on about $2.2 billion in cash and a $790 million credit line."},
		{"fr", "Pour financer l'opération, Brindle puisera 2,2 milliards de dollars dans sa trésorerie."},
	} {
		if got := dealAmounts(c.text, c.lang); len(got) != 0 {
			t.Errorf("%s: prices %+v in %q", c.lang, got, c.text)
		}
	}
	if got := dealAmounts("Brindle agreed to buy Daxmoor for $3.5 billion, to be funded with cash and debt.", "en"); len(got) != 1 || got[0].Value != 3.5e9 {
		t.Errorf("the price of a deal funded later is lost: %+v", got)
	}
}

// A sentence that names no company and tells the deal's merger review
// ("Die Transaktion steht unter dem Vorbehalt der Fusionskontrolle") tells
// a deal of any kind, as one that names companies does.
func TestMergerReviewOfNoCompanyIsNoMerger(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Die Transaktion steht unter dem Vorbehalt der Fusionskontrolle und soll im vierten Quartal abgeschlossen werden."},
		{"en", "The transaction is subject to merger control and should close in the fourth quarter."},
	} {
		for _, f := range Find(sentence(c.text), c.lang, "2024-03-05") {
			if f.Type == model.Merger {
				t.Errorf("%s: a merger read in %q", c.lang, c.text)
			}
		}
	}
}
