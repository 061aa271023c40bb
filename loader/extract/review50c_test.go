package extract

import (
	"testing"

	"dealwire/model"
)

var review50cKnown = []string{"Brindle", "Quorvex", "Veltraco", "Daxmoor"}

// A count after "by/from/da/de/von/bei/auprès de" + a company is not
// always goods: "by Brindle 5 years ago", "da Brindle 3 anni fa", plants,
// shops, hotels, clinics bought from a seller are a business.
func TestReview50cCountAfterSourceIsNoGoods(t *testing.T) {
	for _, c := range [][2]string{
		{"en", "Quorvex was bought by Brindle 5 years ago."},
		{"en", "Quorvex, which was acquired by Brindle 2 years ago, has bought Daxmoor for $80 million."},
		{"en", "Brindle, which was taken over by Veltraco 3 years ago, will acquire Quorvex for $90 million."},
		{"en", "Brindle has agreed to sell Quorvex, which it bought from Veltraco 3 years ago, to Daxmoor for $200 million."},
		{"en", "Brindle acquired from Veltraco 5 hospitals for $400 million."},
		{"en", "Brindle agreed to buy from Veltraco 12 hotels for $300 million."},
		{"it", "Quorvex, acquisita da Brindle 3 anni fa, sarà ceduta a Veltraco per 200 milioni di euro."},
		{"it", "Brindle ha rilevato da Veltraco 12 stabilimenti per 80 milioni di euro."},
		{"it", "Brindle acquisirà da Veltraco 5 cliniche per 400 milioni di euro."},
		{"de", "Quorvex hat von Brindle 3 Werke für 50 Millionen Euro übernommen."},
		{"de", "Brindle hat von Veltraco 15 Filialen übernommen."},
		{"de", "Brindle hat von Veltraco 12 Hotels gekauft."},
		{"de", "Die Quorvex hat bei Brindle 15 Supermärkte übernommen."},
		{"fr", "Brindle a acquis auprès de Veltraco 12 magasins pour 50 millions d'euros."},
	} {
		_, ds := extractAll(t, c[0], c[1], review50cKnown...)
		for _, d := range ds {
			if d.Type == model.Supply {
				t.Errorf("%s %q: false supply deal %v; got %+v", c[0], c[1], d.Parties, ds)
			}
		}
	}
}

// "escindida de Veltraco en 2015": a past spin-off told of the company
// bought takes the purchase's price or makes the buyer a seller.
func TestReview50cEscindidaKeepsThePurchase(t *testing.T) {
	for _, text := range []string{
		"Brindle compró Quorvex, que se escindió de Veltraco en 2015, por 300 millones de euros.",
		"Brindle adquirirá Quorvex, escindida de Veltraco en 2015, por 300 millones de euros.",
		"Brindle comprará Quorvex, la sociedad escindida de Veltraco el año pasado, por 300 millones de euros.",
		"Brindle compró por 300 millones de euros Quorvex, escindida de Veltraco en 2015.",
	} {
		_, ds := extractAll(t, "es", text, review50cKnown...)
		d := dealOf(ds, model.Acquisition, "Brindle", "Quorvex")
		if d == nil || d.Type != model.Acquisition || d.Value == nil || d.Value.Value != 300e6 {
			t.Errorf("%q: want Brindle's purchase of Quorvex at €300m, got %+v", text, ds)
		}
		for _, d := range ds {
			if d.Type == model.Divestiture && len(d.Parties) == 2 && d.Parties[0] == "Brindle" && d.Parties[1] == "Veltraco" {
				t.Errorf("%q: false sale by Brindle to Veltraco: %+v", text, ds)
			}
		}
	}
}

// The football/rugby "round di Serie A" is no investment round.
func TestReview50cRoundDiSerieAIsSport(t *testing.T) {
	for _, text := range []string{
		"Quorvex, sponsor del campionato, ha firmato un accordo con Brindle per il round di Serie A.",
		"Brindle, main sponsor del round di Serie A di rugby, ha firmato un accordo con Quorvex.",
	} {
		_, ds := extractAll(t, "it", text, review50cKnown...)
		for _, d := range ds {
			if d.Type == model.Investment {
				t.Errorf("%q: false investment %v: %+v", text, d.Parties, ds)
			}
		}
	}
}
