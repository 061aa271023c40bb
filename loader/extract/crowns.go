package extract

import (
	"dealwire/loader/extract/money"
	"dealwire/loader/extract/names"
)

// withArticleCrown gives the deals an article prices in a crown of no
// nation ("sold its sugar business for 5.45 billion crowns") the crown of
// the nation the article names most, when that is not Sweden, whose crown
// the sentence alone is read in (see money.BareCrown). The nation is read
// only once an article has such a price.
func withArticleCrown(rs []report, doc names.Doc, lang string) {
	code, asked := "", false
	for i := range rs {
		v := rs[i].Value
		if v == nil || v.Currency != "SEK" || rs[i].sentence < 0 || rs[i].sentence >= len(doc.Sentences) {
			continue
		}
		if !asked {
			asked, code = true, articleCrown(doc)
		}
		if code == "" || code == "SEK" {
			return
		}
		text := doc.Sentences[rs[i].sentence]
		for _, a := range money.Find(text, lang) {
			if a.Value == v.Value && money.BareCrown(text, a) {
				priced := *v // the value may be shared with another report
				priced.Currency = code
				rs[i].Value = &priced
				break
			}
		}
	}
}

// articleCrown is the crown of the Nordic nation the article names most by
// its name, adjective or capital; "" when it names none, or two as often.
func articleCrown(doc names.Doc) string {
	counts := map[string]int{}
	for _, toks := range doc.Tokens {
		for _, t := range toks {
			if c := money.CrownOfNation(t.Folded()); c != "" {
				counts[c]++
			}
		}
	}
	best, most, tie := "", 0, false
	for c, n := range counts {
		switch {
		case n > most:
			best, most, tie = c, n, false
		case n == most:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}
