package extract

import (
	"testing"

	"dealwire/model"
)

var review51eKnown = []string{"Veltraco", "Quorvex", "Brindle", "Daxmoor", "Halvorsen", "Trelawny"}

// A (370cc0d, integrationOfPurchase): a merger told as the "integration"
// of two other companies in a sentence that told a purchase before is lost.
func TestReview51eAIntegrationOfOthersIsAMerger(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Veltraco ha rilevato Quorvex lo scorso anno, mentre l'integrazione tra Brindle e Daxmoor darà vita al primo gruppo europeo del settore."},
		{"it", "Veltraco ha comprato Quorvex nel 2019, mentre l'integrazione tra Brindle e Daxmoor è stata approvata dall'Antitrust."},
		{"es", "Veltraco compró Quorvex en 2019, y la integración de Brindle y Daxmoor creará el mayor grupo del sector."},
		{"es", "Tras la compra de Quorvex por Veltraco, la integración de Brindle y Daxmoor dará lugar al mayor grupo del sector."},
	} {
		_, ds := extractAll(t, c.lang, c.text, review51eKnown...)
		if d := dealOf(ds, model.Merger, "Brindle", "Daxmoor"); d == nil || d.Type != model.Merger {
			t.Errorf("%s %q: want the merger of Brindle and Daxmoor, got %+v", c.lang, c.text, ds)
		}
	}
}

// B (370cc0d, "maison" an anaphor, since taken out): "la maison mère" is
// the parent of the company named, not that company; "la maison de
// ventes/de disques" is another house.
func TestReview51eBMaisonIsNotTheCompany(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		not        [2]string
	}{
		{"fr", "Quorvex est une filiale de Veltraco. La maison mère a racheté Brindle en 2019.", [2]string{"Quorvex", "Brindle"}},
		{"fr", "Quorvex, filiale de Veltraco, a annoncé ses résultats. La maison mère a racheté Brindle en 2019.", [2]string{"Quorvex", "Brindle"}},
		{"fr", "Veltraco a racheté 35 % de Quorvex. Sa maison mère avait cédé Brindle en 2018.", [2]string{"Veltraco", "Brindle"}},
		{"fr", "Veltraco a racheté Quorvex. La maison de ventes a ensuite cédé la collection à Brindle.", [2]string{"Veltraco", "Brindle"}},
		{"fr", "Veltraco a racheté Quorvex. La maison de disques a ensuite cédé son catalogue à Brindle.", [2]string{"Veltraco", "Brindle"}},
	} {
		_, ds := extractAll(t, c.lang, c.text, review51eKnown...)
		for _, d := range ds {
			if dealOf([]model.Deal{d}, d.Type, c.not[0], c.not[1]) != nil {
				t.Errorf("%s %q: want no deal of %v, got %+v", c.lang, c.text, c.not, ds)
			}
		}
	}
}

// C (6964bf8, beatenBefore): a rival beaten with a verb not in the list
// ("defeating", "besting", "prevailing over", "seeing off") is read as
// bidding for the buyer itself.
func TestReview51eCRivalBeatenOtherVerbs(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco agreed to buy Quorvex for $1.2 billion, defeating Brindle, whose $1.1 billion offer was rejected by the board."},
		{"en", "Veltraco agreed to buy Quorvex for $1.2 billion, besting Brindle, whose $1.1 billion offer was rejected by the board."},
		{"en", "Veltraco agreed to buy Quorvex for $1.2 billion, prevailing over Brindle, whose $1.1 billion offer was rejected by the board."},
		{"en", "Veltraco agreed to buy Quorvex for $1.2 billion, seeing off Brindle, whose $1.1 billion offer was rejected by the board."},
	} {
		_, ds := extractAll(t, c.lang, c.text, review51eKnown...)
		if dealOf(ds, model.Acquisition, "Brindle", "Veltraco") != nil {
			t.Errorf("%s %q: want no bid of Brindle for Veltraco, got %+v", c.lang, c.text, ds)
		}
	}
}

// D (2536d02, recipientClitic, since reverted): French possessive "leur" before a sale
// noun, and clitics standing for a buyer that is no company (partners, a
// family, a person), turn the seller's sale into its investment.
func TestReview51eDCliticNotABuyer(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Veltraco et Daxmoor ont finalisé leur cession de 10 % de Quorvex."},
		{"fr", "Veltraco et Daxmoor ont annoncé leur cession de 10 % du capital de Quorvex pour 200 millions d'euros."},
		{"fr", "Veltraco et Brindle ont annoncé leur vente de 10 % de Quorvex."},
		{"fr", "Les actionnaires de Veltraco ont approuvé leur cession de 15 % de Quorvex."},
		{"it", "Veltraco ha trovato nuovi soci e gli ha ceduto il 10% di Quorvex."},
		{"it", "Veltraco, controllata dalla famiglia Rossi, le ha ceduto il 5% di Quorvex nel 2008."},
	} {
		_, ds := extractAll(t, c.lang, c.text, review51eKnown...)
		if d := dealOf(ds, model.Divestiture, "Veltraco", "Quorvex"); d == nil || d.Type != model.Divestiture {
			t.Errorf("%s %q: want Veltraco's sale of a Quorvex stake, got %+v", c.lang, c.text, ds)
		}
	}
}

// D: in a relative clause the seller is the subject and the clitic's
// company (the main clause's) is not added: the seller becomes the investor.
func TestReview51eDRelativeSellerBecomesInvestor(t *testing.T) {
	_, ds := extractAll(t, "es", "Veltraco compra Quorvex, que le había vendido en 2008 un 5 % de Daxmoor.", review51eKnown...)
	for _, d := range ds {
		if d.Type == model.Investment && len(d.Parties) > 0 && d.Parties[0] == "Quorvex" {
			t.Errorf("want no investment by Quorvex (it sold), got %+v", ds)
		}
	}
}
