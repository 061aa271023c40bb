package extract

import "testing"

// "Greater China" in the other languages is a place, not a company
// licensed to.
func TestGreaterChinaIsAPlaceInEveryLanguage(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Bereits 2019 hatte sich Quorvex Pharmaceuticals die Lizenz für den Großraum China gesichert."},
		{"es", "En 2019 Veltraco licenció a Quorvex Pharmaceuticals su desarrollo en la Gran China."},
		{"it", "Nel 2019 Veltraco ha concesso a Quorvex Pharmaceuticals la licenza per la Grande Cina."},
	} {
		cs, _ := extractAll(t, c.lang, c.text, "Veltraco")
		for _, co := range cs {
			if co.Name != "Veltraco" && co.Name != "Quorvex Pharmaceuticals" {
				t.Errorf("%s: %q is no company", c.lang, co.Name)
			}
		}
	}
}
