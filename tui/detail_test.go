package tui

import (
	"testing"

	"dealwire/model"
)

// A company's deals read from its side: what it bought, sold, and whom it
// dealt with when the deal has no direction.
func TestCounterpartiesReadFromOneSide(t *testing.T) {
	for _, c := range []struct {
		typ, self, want string
	}{
		{model.Acquisition, "Veltraco", "of Quorvex"},
		{model.Acquisition, "Quorvex", "by Veltraco"},
		{model.Divestiture, "Veltraco", "to Quorvex"},
		{model.Divestiture, "Quorvex", "from Veltraco"},
		{model.Partnership, "Quorvex", "with Veltraco"},
		{model.Licensing, "Veltraco", "with Quorvex"},
	} {
		d := &model.Deal{Type: c.typ, Parties: []string{"Veltraco", "Quorvex"}}
		if got := counterparties(d, c.self); got != c.want {
			t.Errorf("%s seen by %s: %q, want %q", c.typ, c.self, got, c.want)
		}
	}
}
