package extract

import (
	"strings"
	"testing"
)

// A name followed by "di", "de", "of" or "von" and a person's name says
// whose the company is: the person is no part of the company's name.
func TestAPersonAfterAConnectorIsNotPartOfTheName(t *testing.T) {
	for _, c := range []companyCase{
		{"it", "Nel 1992 la società aveva rilevato la Quorvex Music Group di Richard Branson per quasi un miliardo di dollari.", "Quorvex Music"},
		{"es", "En 1992 la empresa compró Quorvex Music Group de Richard Branson por 1.000 millones de dólares.", "Quorvex Music"},
		{"en", "In 1992 it bought Quorvex Music Group of Richard Branson for $1 billion.", "Quorvex Music"},
	} {
		cs := companiesIn(t, c.lang, c.text)
		if names := companyNames(cs); !hasCompany(cs, c.want) || strings.Contains(strings.Join(names, " "), "Branson") {
			t.Errorf("%s: %q: companies %v, want %s and no Branson", c.lang, c.text, names, c.want)
		}
	}
	// a given name that is a place goes on with the name
	if cs := companiesIn(t, "it", "Nel 2007 la Banca di Roma ha ceduto la sua quota a Brindle Holdings per 2 miliardi di euro."); !hasCompany(cs, "Banca di Roma") {
		t.Errorf("companies %v, want Banca di Roma", companyNames(cs))
	}
}
