package deals

import (
	"testing"

	"dealwire/model"
)

// A company founded by two companies, told in the passive, is their joint
// venture, in every language read (dealdev240: "L'entreprise avait été
// fondée en 1964 par Daicel et Celanese").
func TestFoundedByTwoCompaniesIsAJointVenture(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Brindle was founded in 1964 by Veltraco and Quorvex to make plastics."},
		{"fr", "L'entreprise avait été fondée en 1964 par Veltraco et Quorvex, qui en avaient fait le pilier de leurs ventes en Asie."},
		{"it", "Brindle era stata fondata nel 1964 da Veltraco e Quorvex."},
		{"es", "Brindle fue fundada en 1964 por Veltraco y Quorvex."},
		{"de", "Die 1964 von Veltraco und Quorvex gegründete Brindle stellt Kunststoffe her."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Brindle"), c.lang, "2020-07-23")
		if len(got) != 1 || got[0].Type != model.JointVenture {
			t.Errorf("%s %q: %+v, want the two's joint venture", c.lang, c.text, got)
		}
	}
}

// Founded by one company, or by the people of two, is no joint venture.
func TestFoundedByOneOrByPeopleIsNoVenture(t *testing.T) {
	for _, text := range []string{
		"Brindle was founded in 2010 by former Veltraco and Quorvex engineers.",
		"Brindle was founded in 2010 by Veltraco, and Quorvex bought it in 2015.",
		"Brindle fue fundada en 2010 por Veltraco.",
		"Brindle was founded in 2010 by Veltraco under Quorvex's licence.",
	} {
		for _, f := range Find(sentence(text, "Veltraco", "Quorvex", "Brindle"), "en", "2020-07-23") {
			if f.Type == model.JointVenture {
				t.Errorf("%q: %+v, want no joint venture", text, f)
			}
		}
	}
}
