package extract

import (
	"testing"

	"dealwire/model"
)

// "Share" at the end of a hyphened compound names a kind of business
// ("bike-share", "ride-share"), not a share bought: the purchase is of the
// whole company.
func TestShareEndingACompoundIsNoStake(t *testing.T) {
	for _, text := range []string{
		"Quorvex SpA bought car-share operator Brindle SA in 2021 for 40 million euros, the company said on Tuesday in Milan.",
		"Daxmoor AG acquired the ride-share start-up Kravlo Inc last year, the company said on Tuesday in Berlin.",
	} {
		ds := extractTextIn(t, "en", text)
		if len(ds) != 1 || ds[0].Type != model.Acquisition {
			t.Errorf("%q: %+v, want one acquisition", text, ds)
		}
	}
	// a share bought is still one
	text := "Veltraco Corp bought a 20 percent share in Brindle SA in 2021 for 40 million euros, the company said on Tuesday."
	if ds := extractTextIn(t, "en", text); len(ds) != 1 || ds[0].Type != model.Investment {
		t.Errorf("%q: %+v, want one investment", text, ds)
	}
}
