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
