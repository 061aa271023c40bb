package names

import (
	"testing"

	"dealwire/loader/extract/deals"
)

// A company that writes its name in lower case is read where two
// languages describe it, an apposition after the name by its trade
// ("bought vexlo, a Munich-area maker of dental prosthetics") counting
// as one (dealdev119: etkon).
func TestLowerNameBeforeATradeApposition(t *testing.T) {
	r := recognizeWith(t, []Doc{
		docOf("en", "Quorvex makes implants. In 2007 Quorvex bought vexlo, a Munich-area maker of dental prosthetics, for 100 million euros."),
		docOf("it", "Quorvex produce impianti. Nel 2007 Quorvex acquistò per 100 milioni di euro la tedesca vexlo, specialista di protesi."),
	}, deals.IsCue)
	wantCompanyIn(t, r, 0, "vexlo")
	wantCompanyIn(t, r, 1, "vexlo")
}

// An apposition of any company ("a company spokesman") names no trade:
// the word before it is no name.
func TestLowerWordBeforeACompanySpokesman(t *testing.T) {
	noCompanyInAny(t, "shares",
		docOf("en", "Quorvex bought shares, a company spokesman said on Monday. Quorvex bought more shares in March."),
		docOf("en", "Brindle sold shares, a company spokesman said. Brindle sold bonds too."))
}

// noCompanyInAny fails t where the docs, read together with the deal
// words, make word a company of any of them.
func noCompanyInAny(t *testing.T, word string, docs ...Doc) {
	t.Helper()
	r := recognizeWith(t, docs, deals.IsCue)
	for d := range docs {
		noCompanyOf(t, r, d, word)
	}
}
