package extract

import (
	"testing"

	"dealwire/loader/extract/deals"
	"dealwire/loader/extract/lexicon"
	"dealwire/loader/extract/segment"
)

// A described subject is not the company an apposition later in its own
// sentence describes the same way: in "il produttore dei nastri adesivi
// ha rilevato Brindle, produttore di imbracature" the maker is not Brindle.
func TestDescriptionIsNotOfALaterApposition(t *testing.T) {
	lex, err := lexicon.New("")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"Veltraco ha venduto la divisione.", "Il produttore dei nastri adesivi ha rilevato Brindle, produttore di imbracature."}
	var toks [][]segment.Token
	var ms [][]deals.Mention
	for _, text := range texts {
		ts := segment.Tokens(text)
		var m []deals.Mention
		for i, tk := range ts {
			if tk.Text() == "Veltraco" || tk.Text() == "Brindle" {
				m = append(m, deals.Mention{From: i, To: i + 1, Company: tk.Text()})
			}
		}
		toks, ms = append(toks, ts), append(ms, m)
	}
	d := anaphorDescription(toks[1], ms[1], lex)
	if d == nil {
		t.Fatal("no description read in the second sentence")
	}
	if c := describedCompany(d, ms, toks, 1, nil, lex); c == "Brindle" {
		t.Errorf("the maker read as Brindle, described after it")
	}
}
