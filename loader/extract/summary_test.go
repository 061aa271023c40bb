package extract

import (
	"testing"

	"dealwire/model"
)

func TestSummary(t *testing.T) {
	for _, c := range []struct {
		d     model.Deal
		buyer string
		want  string
	}{
		{model.Deal{Type: model.Acquisition, Parties: []string{"Veltraco", "Quorvex"}, Value: &model.Money{Value: 7.2e9, Currency: "USD"}, Date: "2013-09", Status: model.Completed},
			"Veltraco", "Veltraco acquires Quorvex for $7.2bn (2013), completed"},
		{model.Deal{Type: model.Divestiture, Parties: []string{"Veltraco", "Quorvex", "Ostravel"}, Status: model.Announced},
			"Ostravel", "Veltraco sells to Ostravel"},
		// no buyer named: the other company may be what is sold
		// ("Veltraco sold Quorvex") or who buys
		{model.Deal{Type: model.Divestiture, Parties: []string{"Veltraco", "Quorvex"}, Status: model.Announced},
			"", "sale by Veltraco involving Quorvex"},
		{model.Deal{Type: model.Divestiture, Parties: []string{"Veltraco"}, Date: "2019", Status: model.Completed},
			"", "sale by Veltraco (2019), completed"},
		{model.Deal{Type: model.Other, Parties: []string{"Veltraco"}, Status: model.Failed},
			"", "deal between Veltraco and ?, failed"},
	} {
		if got := summary(c.d, c.buyer); got != c.want {
			t.Errorf("summary = %q, want %q", got, c.want)
		}
	}
}
