package deals

import (
	"strings"
	"testing"
)

// The day an offer or a term ends on is no date of the deal ("The tender
// offer expires at midnight on July 18"): a deadline, read back a year
// as a day past, dated the Severstal–Esmark row of dealdev172 a year
// early. A date the deal was made on stays.
func TestDeadlineIsNoDealDate(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Veltraco's tender offer for Quorvex expires at midnight on July 18.", ""},
		{"it", "L'offerta di Veltraco su Quorvex scade il 18 luglio.", ""},
		{"es", "La oferta de Veltraco por Quorvex vence el 18 de julio.", ""},
		{"fr", "L'offre de Veltraco sur Quorvex expire le 18 juillet.", ""},
		{"de", "Veltraco will Quorvex übernehmen, die Annahmefrist endet am 18. Juli.", ""},
		{"en", "Veltraco agreed on June 25 to buy Quorvex; the offer expires on July 18.", "2008-06-25"},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2008-06-30")
		if len(got) == 0 {
			t.Errorf("%s %q: no deal read", c.lang, c.text)
			continue
		}
		for _, f := range got {
			if f.Date != c.want && !(c.want == "" && !strings.HasSuffix(f.Date, "-07-18")) {
				t.Errorf("%s %q: dated %q, want %q", c.lang, c.text, f.Date, c.want)
			}
		}
	}
}
