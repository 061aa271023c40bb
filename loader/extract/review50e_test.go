package extract

import (
	"testing"

	"dealwire/model"
)

// Review of d22e3b7 (leading): a share noun after an opening article is
// still the object of a purchase when the sentence buys it, not a price
// moving.
func TestReview50eSharesOpeningASentenceAreBought(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "The shares in Brindle were bought by Quorvex from founder Anna Lee for $300 million."},
		{"en", "The shares of Brindle that Quorvex bought last week are worth $300 million."},
		{"es", "Las acciones de Brindle que compró Quorvex valen 300 millones de euros."},
		{"en", "Quorvex has bought a stake in Brindle. The shares in Brindle were bought from founder Anna Lee for $300 million."},
	} {
		_, ds := extractAll(t, c.lang, c.text, "Brindle", "Quorvex")
		d := dealOf(ds, model.Investment, "Quorvex", "Brindle")
		if d == nil || d.Type != model.Investment || dealOf(ds, model.Acquisition, "Quorvex", "Brindle") != nil {
			t.Errorf("%s %q: want only Quorvex investing in Brindle, got %+v", c.lang, c.text, ds)
		}
	}
}

// Review of d22e3b7 (moveWords): "sprang ein" (stepped in) and
// "ganaron" (won) are no share price moving; the percent after them is a
// stake.
func TestReview50eMoveWordsInOtherSenses(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Als Retter sprang Quorvex ein, das 30 Prozent an Brindle übernimmt."},
		{"de", "Quorvex sprang ein und übernimmt 25,1 Prozent an Brindle für 300 Millionen Euro."},
		{"es", "Quorvex y sus socios ganaron un 30% de Brindle tras pagar 300 millones de euros."},
	} {
		_, ds := extractAll(t, c.lang, c.text, "Brindle", "Quorvex")
		d := dealOf(ds, model.Investment, "Quorvex", "Brindle")
		if d == nil || d.Type != model.Investment || dealOf(ds, model.Acquisition, "Quorvex", "Brindle") != nil {
			t.Errorf("%s %q: want Quorvex taking a stake in Brindle, got %+v", c.lang, c.text, ds)
		}
	}
}

// Review of fbf0dc0: "chiudere l'accordo di licenza e di collaborare con
// X", an infinitive after the repeated preposition, is a second act (end
// the licence, then collaborate), not one agreement of licence and
// collaboration: the deal with X is the partnership.
func TestReview50eLicenceThenAnotherVerb(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "MSD ha deciso di chiudere l'accordo di licenza e di collaborare con Kelun."},
		{"it", "MSD ha deciso di sciogliere il contratto di licenza e di collaborare con Kelun."},
		{"fr", "MSD a choisi de résilier le contrat de licence et de coopérer avec Kelun."},
	} {
		_, ds := extractAll(t, c.lang, c.text, "MSD", "Kelun")
		d := dealOf(ds, model.Partnership, "MSD", "Kelun")
		if d == nil || d.Type != model.Partnership {
			t.Errorf("%s %q: want a partnership of MSD and Kelun, got %+v", c.lang, c.text, ds)
		}
	}
}

// Review of 3f9f28a: the sentence before "the two companies" may name two
// companies that are not the venture's (its customers, advisers, or the
// two sides of another deal); the venture's pair was named earlier.
func TestReview50eTheTwoAreNotTheCompaniesJustNamed(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Brindle and Ostravel will set up a joint venture to build batteries in Spain. Its output will go to carmakers Quorvex and Veltraco. The two companies will each hold 50% of the joint venture."},
		{"fr", "Brindle et Ostravel vont créer une coentreprise pour fabriquer des batteries en Espagne. Sa production ira aux constructeurs Quorvex et Veltraco. Les deux groupes détiendront chacun 50 % de la coentreprise."},
		{"it", "Brindle e Ostravel creeranno una joint venture per produrre batterie in Spagna. La produzione andrà a Quorvex e Veltraco. Le due società deterranno ciascuna il 50% della joint venture."},
		{"de", "Brindle und Ostravel gründen ein Gemeinschaftsunternehmen für Batterien. Abnehmer sind Quorvex und Veltraco. Die beiden Unternehmen halten je 50 Prozent an dem Gemeinschaftsunternehmen."},
		{"es", "Brindle y Ostravel crearán una empresa conjunta para fabricar baterías. Sus clientes serán Quorvex y Veltraco. Las dos compañías tendrán cada una el 50% de la empresa conjunta."},
		{"en", "Brindle and Ostravel will set up a joint venture to build batteries. It is advised by Quorvex and Veltraco. The two companies will each hold 50% of the venture."},
		{"en", "Brindle agreed to form a joint venture with Ostravel. Quorvex sold its stake in Veltraco last year. The two companies will each own half of the joint venture."},
	} {
		_, ds := extractAll(t, c.lang, c.text, "Brindle", "Ostravel", "Quorvex", "Veltraco")
		if d := dealOf(ds, model.JointVenture, "Quorvex", "Veltraco"); d != nil {
			t.Errorf("%s %q: a joint venture of Quorvex and Veltraco, got %+v", c.lang, c.text, ds)
		}
		if dealOf(ds, model.JointVenture, "Brindle", "Ostravel") == nil {
			t.Errorf("%s %q: want the venture of Brindle and Ostravel, got %+v", c.lang, c.text, ds)
		}
	}
}
