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
