package names

import (
	"testing"

	"dealwire/loader/extract/deals"
)

// Review of stop 65, third round (96e14549 companyHeaded, personRoles,
// nounApposition): each test fails at 96e14549 and passes at fd9e9846.

// personRoles keeps fewer of a person's roles than corporateRoles did
// ("capo", "chef", "gestore", "gérant", "gestor", "manager",
// "economist", "strategist"), and the window reaching five words finds
// the company noun the person works at: a person opening a sentence
// with their role is read as a company.
func TestReview65cPersonsRoleBeforeTheCompanyNoun(t *testing.T) {
	for _, c := range []struct{ lang, name, text string }{
		{"en", "Tamsford", "The deal was signed on Monday. Tamsford, a manager at the firm, said the price was too high."},
		{"en", "Tamsford", "The deal was signed on Monday. Tamsford, a strategist at the brokerage, said the price was too high."},
		{"en", "Tamsford", "The deal was signed on Monday. Tamsford, an economist at the bank, said the price was too high."},
		{"it", "Pellucci", "L'accordo è stato firmato lunedì. Pellucci, il capo della banca, ha detto che il prezzo è alto."},
		{"it", "Pellucci", "L'accordo è stato firmato lunedì. Pellucci, il gestore del fondo, ha detto che il prezzo è alto."},
		{"fr", "Dumarchel", "L'accord a été signé lundi. Dumarchel, le gérant du fonds, a dit que le prix était élevé."},
		{"fr", "Dumarchel", "L'accord a été signé lundi. Dumarchel, le chef de la banque, a dit que le prix était élevé."},
		{"es", "Garrido", "El acuerdo se firmó el lunes. Garrido, el gestor del fondo, dijo que el precio era alto."},
	} {
		r := recognizeWith(t, []Doc{docOf(c.lang, c.text)}, deals.IsCue)
		noCompanyOf(t, r, 0, c.name)
	}
}

// nounApposition: an indefinite article and a company noun that names
// a person's trade too ("a trader", "a broker", "an adviser", "un
// courtier") make a person a company.
func TestReview65cTwoWordApposedTrade(t *testing.T) {
	for _, c := range []struct{ lang, name, text string }{
		{"en", "Tamsford", "The deal was signed on Monday. Tamsford, a trader, said the price was too high."},
		{"en", "Tamsford", "The deal was signed on Monday. Tamsford, a broker, said the price was too high."},
		{"en", "Tamsford", "The deal was signed on Monday. Tamsford, an adviser, said the price was too high."},
		{"fr", "Dumarchel", "L'accord a été signé lundi. Dumarchel, un courtier, a dit que le prix était élevé."},
	} {
		r := recognizeWith(t, []Doc{docOf(c.lang, c.text)}, deals.IsCue)
		noCompanyOf(t, r, 0, c.name)
	}
}
