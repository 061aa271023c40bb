package extract

import (
	"testing"

	"dealwire/model"
)

// "already owns 45%" is a stake held; only "does not already own" is the
// rest of a company, all of it bought.
func TestAlreadyOwnedIsAStakeUnlessNegated(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Brindle and Quorvex will merge. Veltraco already owns 45% of Quorvex, having paid $300 million for the stake in 2018.", model.Investment},
		{"Brindle and Quorvex will merge. Veltraco will buy the 55% of Quorvex it does not already own for $300 million.", model.Acquisition},
		{"Brindle and Quorvex will merge. Veltraco will buy the 55% of Quorvex it didn't already own for $300 million.", model.Acquisition},
	} {
		_, ds := extractAll(t, "en", c.text, "Veltraco", "Quorvex", "Brindle")
		d := dealOf(ds, c.want, "Veltraco", "Quorvex")
		if d == nil || d.Type != c.want {
			t.Errorf("%q: want a %s of Veltraco in Quorvex, got %+v", c.text, c.want, ds)
		}
	}
}
