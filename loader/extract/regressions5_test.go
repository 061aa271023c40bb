package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Review of cd9da36: a bare deal word naming one side of the article's
// deal, its other side guessed wrong, is merged into that deal and brings
// the wrong guess along as a party (absorb adds every party of r).
func TestStop34ReviewMergedBareDealWordAddsNoGuessedParty(t *testing.T) {
	for _, body := range []string{
		"Brindle agreed to sell its bowling unit to Ostravel for $490 million. " +
			"Veltraco, the largest rival of Brindle, said on Monday it would cut prices. " +
			"The deal with Ostravel is expected to close in the first quarter.",
		"Brindle agreed to sell its bowling unit to Ostravel for $490 million. " +
			"Veltraco, which makes bowling balls, said on Monday it would keep its contract. " +
			"The company said the deal with Ostravel would be completed in March 2021.",
	} {
		_, ds := extractAll(t, "en", body, "Veltraco", "Brindle", "Ostravel")
		if len(ds) != 1 || ds[0].Type != model.Divestiture || slices.Contains(ds[0].Parties, "Veltraco") {
			t.Errorf("%q: deals %+v, want Brindle's sale to Ostravel alone", body, ds)
		}
	}
}

// Second review of af2713a: a bare agreement whose guessed side is right
// ("The company" is Ostravel, the subject of the sentence before) names a
// side of the article's acquisition; namesOneSideOf merges it into that
// acquisition whatever its kind, so Ostravel's agreement with Brindle is
// lost and its date ("on Monday") is given to the acquisition; and when
// the guessed company is a party of any other deal of the article
// (partyOfAnother), it is added to the acquisition as a third party.
func TestStop34Review2BareAgreementOfAnotherCompanyStaysApart(t *testing.T) {
	for _, body := range []string{
		"Veltraco agreed to buy Brindle's bowling unit for $490 million. " +
			"Ostravel, a shoe maker, has grown fast this year. " +
			"The company said on Monday that it had signed an agreement with Brindle.",
		"Veltraco agreed to buy Brindle's bowling unit for $490 million. " +
			"Ostravel bought Kestrel, a shoe maker, for $120 million in 2018. " +
			"The company said on Monday that it had signed an agreement with Brindle.",
	} {
		_, ds := extractAll(t, "en", body, "Veltraco", "Brindle", "Ostravel", "Kestrel")
		acquisition, ostravelBrindle := false, false
		for _, d := range ds {
			switch {
			case d.Type == model.Acquisition && len(d.Parties) == 2 && d.Parties[0] == "Veltraco" && d.Parties[1] == "Brindle":
				acquisition = true
			case d.Type != model.Acquisition && len(d.Parties) == 2 && d.Parties[0] == "Ostravel" && d.Parties[1] == "Brindle":
				ostravelBrindle = true
			}
		}
		if !acquisition || !ostravelBrindle {
			t.Errorf("%q: deals %+v, want Veltraco's acquisition of Brindle's unit and Ostravel's agreement with Brindle apart", body, ds)
		}
	}
}

// Review 3 of 03d8812: Definite, now set on every anaphoric report ("It
// signed the supply agreement with Brindle"), lets pointsBack fold a
// deal of another kind between the same two companies into the lead
// acquisition: the supply, licence or partnership is lost and its old
// date ("in 2016") becomes the acquisition's.
func TestStop34Review3AnaphoricDealOfAnotherKindStaysApart(t *testing.T) {
	for _, c := range []struct{ lang, body, kind string }{
		{"en", "Veltraco agreed to buy Brindle for $2 billion on Monday. The company also renewed the supply agreement with Brindle on Tuesday, until 2030.", model.Supply},
		{"en", "Veltraco agreed to buy Brindle's bowling unit for $490 million. Veltraco makes shoes. In 2016 it signed the licensing agreement with Brindle that lets it sell Brindle balls.", model.Licensing},
		{"en", "Veltraco agreed to buy Brindle for $2 billion. Veltraco makes shoes. It entered the partnership with Brindle in 2016.", model.Partnership},
		{"it", "Veltraco ha concordato l'acquisto di Brindle per 2 miliardi di euro. Il gruppo aveva firmato l'accordo di fornitura con Brindle nel 2016.", model.Supply},
		{"es", "Veltraco comprará Brindle por 2.000 millones de euros. La compañía firmó el acuerdo de suministro con Brindle en 2016.", model.Supply},
		{"de", "Veltraco übernimmt Brindle für 2 Milliarden Euro. Das Unternehmen hatte den Liefervertrag mit Brindle 2016 unterzeichnet.", model.Supply},
		{"en", "Veltraco agreed to sell its chip unit to Brindle for $1 billion. Veltraco makes phones. In 2017 it had formed the joint venture with Brindle that makes screens.", model.JointVenture},
	} {
		_, ds := extractAll(t, c.lang, c.body, "Veltraco", "Brindle")
		other, leadDated := false, false
		for _, d := range ds {
			if d.Type == c.kind {
				other = true
			}
			if (d.Type == model.Acquisition || d.Type == model.Divestiture) && len(d.Date) >= 4 && d.Date[:4] < "2020" {
				leadDated = true
			}
		}
		if !other || leadDated {
			t.Errorf("%q: deals %+v, want the %s apart and the lead deal not dated by it", c.body, ds, c.kind)
		}
	}
}
