package names

import (
	"testing"

	"dealwire/loader/extract/deals"
)

// Review of stop 65, second round (05debefe companyHeaded and
// minApposition): each test fails at fd9e9846 and passes at f0ac2bf2.

// wantOpener65b fails t unless Zorvik, opening a sentence before its
// apposition, is read as a company.
func wantOpener65b(t *testing.T, lang, text string) {
	t.Helper()
	r := recognizeWith(t, []Doc{docOf(lang, text)}, deals.IsCue)
	wantCompanyIn(t, r, 0, "Zorvik")
}

// companyHeaded stops at the first word of corporateRoles or
// founderWords, though such a word is an adjective or a possessor
// ("executive search firm", "chief rival", "the founder's holding
// company") or names a company ("il gestore della rete": the grid's
// operator).
func TestReview65bRoleWordBeforeTheCompanyNoun(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "The deal was signed on Monday. Zorvik, an executive search firm based in London, will be sold to Veltraco."},
		{"en", "The deal was signed on Monday. Zorvik, the chief rival of Veltraco, will be bought by Brindle."},
		{"en", "The deal was signed on Monday. Zorvik, the founder's holding company, will keep 20%."},
	} {
		wantOpener65b(t, c.lang, c.text)
	}
}

// companyHeaded takes the first company noun for the head: a possessive
// one before the head ("the group's Italian subsidiary") rejects the
// apposition, though its head is a company.
func TestReview65bPossessiveCompanyBeforeTheHead(t *testing.T) {
	for _, text := range []string{
		"The deal was signed on Monday. Zorvik, the group's Italian subsidiary, will be sold to Veltraco.",
		"The deal was signed on Monday. Zorvik, the group's investment arm, will be bought by Veltraco.",
	} {
		wantOpener65b(t, "en", text)
	}
}
