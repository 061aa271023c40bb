package deals

import (
	"testing"

	"dealwire/model"
)

// Rights granted to a product are a licence, in every language read; a
// product "sold as" or "sold under" its brand is no sale of a business.
func TestRightsGrantedAreALicence(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "In 2010 Veltraco granted Quorvex exclusive U.S. rights to its weight-loss pill lorcaserin, later sold as Belviq, for $50 million upfront."},
		{"en", "Veltraco gave Quorvex worldwide rights to the drug for $50 million."},
		{"it", "Veltraco ha ceduto a Quorvex i diritti di commercializzazione del farmaco per 50 milioni di dollari."},
		{"es", "Veltraco otorgó a Quorvex los derechos exclusivos del fármaco por 50 millones de dólares."},
		{"fr", "Veltraco a accordé à Quorvex les droits de commercialisation du médicament pour 50 millions de dollars."},
		{"de", "Veltraco hat Quorvex die Vermarktungsrechte für das Medikament für 50 Millionen Dollar überlassen."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2024-03-05")
		if len(got) != 1 || got[0].Type != model.Licensing {
			t.Errorf("%s %q: %+v, want one licence", c.lang, c.text, got)
		}
	}
	for _, text := range []string{
		"Veltraco's pill, sold as Belviq in the United States, lost half its sales in 2020.",
		"Veltraco's pill, sold under the name Belviq in the United States, lost half its sales in 2020.",
	} {
		if got := Find(sentence(text, "Veltraco"), "en", "2024-03-05"); len(got) > 0 {
			t.Errorf("%q: %+v, want no deal", text, got)
		}
	}
}
