package extract

// Rule 1 (46ab1f6): a "the two companies" joint venture beside the
// article's deal of another kind. Each case passes at 559f05e, fails at dc0eb43.

import (
	"testing"

	"dealwire/model"
)

func TestStop35Review4TheTwoVentureWrong(t *testing.T) {
	cases := []struct{ name, lang, body string }{
		// "the two companies" are Daxmoor and Brindle, named just before
		{"other pair", "en", "Veltraco buys Quorvex for $3 billion\n\n" +
			"Veltraco said on Monday it will buy Quorvex for $3 billion in cash.\n\n" +
			"Rivals Daxmoor and Brindle have also been expanding in the market. Last year the two companies set up a joint venture to build battery plants in Poland."},
		// a venture analysts expected, not one made
		{"hypothetical", "en", "Veltraco buys Quorvex for $3 billion\n\n" +
			"Veltraco said on Monday it will buy Quorvex for $3 billion in cash.\n\n" +
			"Analysts had expected the two companies to form a joint venture instead of a full takeover."},
		// a venture denied
		{"denied", "en", "Veltraco buys Quorvex for $3 billion\n\n" +
			"Veltraco said on Monday it will buy Quorvex for $3 billion in cash.\n\n" +
			"The two companies denied a report that they planned a joint venture in China."},
		// the article's merger told again as the venture it forms: one deal
		{"merger retold", "en", "Veltraco and Quorvex to merge truck units\n\n" +
			"Veltraco and Quorvex agreed to merge their truck businesses, the companies said on Thursday.\n\n" +
			"The two companies will combine the units in a joint venture owned equally by both, to be called Nordtruck."},
	}
	for _, c := range cases {
		_, ds := extractAll(t, c.lang, c.body, "Veltraco", "Quorvex", "Daxmoor", "Brindle")
		if d := dealOf(ds, model.JointVenture, "Veltraco", "Quorvex"); d != nil {
			t.Errorf("%s: deals %+v: want no joint venture of Veltraco and Quorvex", c.name, ds)
		}
	}
}
