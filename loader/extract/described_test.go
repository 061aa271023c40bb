package extract

import (
	"slices"
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
	toks, ms := mentionedSentences([]string{"Veltraco ha venduto la divisione.", "Il produttore dei nastri adesivi ha rilevato Brindle, produttore di imbracature."}, "Veltraco", "Brindle")
	d := anaphorDescription(toks[1], ms[1], lex)
	if d == nil {
		t.Fatal("no description read in the second sentence")
	}
	if c := describedCompany(d, ms, toks, 1, nil, lex); c == "Brindle" {
		t.Errorf("the maker read as Brindle, described after it")
	}
}

// Words running on after a name and a comma are a new subject's, not an
// apposition describing the name: "En tandem avec le danois Brindle,
// l'assureur a conclu une entente pour acquérir Quorvex" does not call
// Brindle the insurer.
func TestRunOnAfterACommaIsNoApposition(t *testing.T) {
	lex, err := lexicon.New("")
	if err != nil {
		t.Fatal(err)
	}
	toks, ms := mentionedSentences([]string{
		"Veltraco, le plus grand assureur du pays, a frappé un grand coup.",
		"En tandem avec le danois Brindle, l'assureur a conclu mercredi une entente pour acquérir l'ensemble du britannique Quorvex, une transaction de 7 milliards de livres.",
		"L'assureur n'en est pas à sa première acquisition.",
	}, "Veltraco", "Brindle", "Quorvex")
	d := anaphorDescription(toks[2], ms[2], lex)
	if d == nil {
		t.Fatal("no description read in the third sentence")
	}
	if c := describedCompany(d, ms, toks, 2, nil, lex); c != "Veltraco" {
		t.Errorf("the insurer read as %q, want Veltraco", c)
	}
}

// A description may run to several words before the name, a trade
// between ("Le géant américain du négoce de grains Veltraco"): "le groupe
// américain" later is that company, not the one named last.
func TestLongDescriptionBeforeTheName(t *testing.T) {
	lex, err := lexicon.New("")
	if err != nil {
		t.Fatal(err)
	}
	toks, ms := mentionedSentences([]string{
		"Le géant américain du négoce de grains Veltraco est entré lundi en négociations exclusives avec Quorvex pour lui racheter Daxmoor.",
		"Créée en 1954, Daxmoor fabrique des prémix.",
		"Pour le groupe américain, l'acquisition serait la deuxième plus importante de son histoire.",
	}, "Veltraco", "Quorvex", "Daxmoor")
	d := anaphorDescription(toks[2], ms[2], lex)
	if d == nil {
		t.Fatal("no description read in the third sentence")
	}
	if c := describedCompany(d, ms, toks, 2, nil, lex); c != "Veltraco" {
		t.Errorf("the American group read as %q, want Veltraco", c)
	}
}

// mentionedSentences tokenises texts and marks each one-word company
// named in them.
func mentionedSentences(texts []string, companies ...string) ([][]segment.Token, [][]deals.Mention) {
	var toks [][]segment.Token
	var ms [][]deals.Mention
	for _, text := range texts {
		ts := segment.Tokens(text)
		var m []deals.Mention
		for i, tk := range ts {
			if slices.Contains(companies, tk.Text()) {
				m = append(m, deals.Mention{From: i, To: i + 1, Company: tk.Text()})
			}
		}
		toks, ms = append(toks, ts), append(ms, m)
	}
	return toks, ms
}
