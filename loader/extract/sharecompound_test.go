package extract

import (
	"testing"

	"dealwire/model"
)

// "Share" ending a hyphened compound before a business noun names a kind
// of business ("bike-share company", "ride-share start-up"), and after
// "all" how a deal is paid ("an all-share deal"), not a share bought: the
// purchase is of the whole company. Shares of a class or a fraction stay
// stakes ("B-shares", "a half-share").
func TestShareEndingACompoundIsNoStake(t *testing.T) {
	for _, text := range []string{
		"Quorvex SpA bought car-share operator Brindle SA in 2021 for 40 million euros, the company said on Tuesday in Milan.",
		"Daxmoor AG acquired the ride-share start-up Kravlo Inc last year, the company said on Tuesday in Berlin.",
		"Veltraco Corp agreed to buy Brindle SA in an all-share deal worth about 3.1 billion dollars, the companies said on Monday.",
		"Veltraco Corp agreed to buy ride-share giant Kravlo Inc for 3 billion dollars, the company said on Monday in New York.",
	} {
		ds := extractTextIn(t, "en", text)
		if len(ds) != 1 || ds[0].Type != model.Acquisition {
			t.Errorf("%q: %+v, want one acquisition", text, ds)
		}
	}
	// a share bought is still one, hyphened or not
	for _, text := range []string{
		"Veltraco Corp bought a 20 percent share in Brindle SA in 2021 for 40 million euros, the company said on Tuesday.",
		"Veltraco Corp bought 40 million B-shares in Brindle SA for 90 million kronor, the company said in Stockholm on Tuesday.",
		"Veltraco Corp bought a half-share in Brindle SA for 40 million pounds, the company said in London on Tuesday.",
	} {
		if ds := extractTextIn(t, "en", text); len(ds) != 1 || ds[0].Type != model.Investment {
			t.Errorf("%q: %+v, want one investment", text, ds)
		}
	}
}
