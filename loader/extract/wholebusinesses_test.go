package extract

import (
	"testing"

	"dealwire/model"
)

// "legen ihre Geschäfte zusammen" puts the whole of both companies
// together, a merger; a part of each, named after the businesses, is put
// into a venture.
func TestGermanBusinessesPutTogetherAreAMerger(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Die Versicherer Veltraco und Quorvex legen ihre Geschäfte zusammen.", model.Merger},
		{"Veltraco und Quorvex legen ihre Geschäfte wieder zusammen.", model.Merger},
		{"Veltraco und Quorvex legen ihre Geschäfte mit Anlagen für die Stahlindustrie zusammen.", model.JointVenture},
	} {
		_, ds := extractAll(t, "de", c.text, "Veltraco", "Quorvex")
		if len(ds) != 1 || ds[0].Type != c.want {
			t.Errorf("%q: want one %s, got %+v", c.text, c.want, ds)
		}
	}
}
