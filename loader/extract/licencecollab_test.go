package extract

import (
	"testing"

	"dealwire/model"
)

// "un accord de licence et de collaboration avec X" is a licence among
// other things, as "a license and collaboration agreement with X" is: a
// preposition repeated after the conjunction changes nothing.
func TestLicenceAndCollaborationIsALicence(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "MSD a signé jeudi un accord exclusif de licence et de collaboration avec Kelun-Biotech."},
		{"it", "MSD ha firmato giovedì un accordo esclusivo di licenza e di collaborazione con Kelun-Biotech."},
		{"en", "MSD signed an exclusive license and collaboration agreement with Kelun-Biotech on Thursday."},
	} {
		_, ds := extractAll(t, c.lang, c.text, "MSD", "Kelun-Biotech")
		d := dealOf(ds, model.Licensing, "MSD", "Kelun-Biotech")
		if d == nil || d.Type != model.Licensing {
			t.Errorf("%s %q: want a licence between MSD and Kelun-Biotech, got %+v", c.lang, c.text, ds)
		}
	}
}
