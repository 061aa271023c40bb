package extract

import (
	"slices"

	"dealwire/loader/extract/money"
	"dealwire/loader/extract/names"
)

// withArticleCrown gives the deals an article prices in a crown of no
// nation ("sold its sugar business for 5.45 billion crowns") the crown,
// among those it may be, of the nation the article names most by name,
// adjective or capital, the first named on a tie (see money.BareCrown).
// An article that names none keeps the crown the sentence was read in.
// The nations are counted only once an article has such a price.
func withArticleCrown(rs []report, doc names.Doc, lang string) {
	var named []nationCount
	asked := false
	for i := range rs {
		v := rs[i].Value
		if v == nil || v.Currency != "SEK" && v.Currency != "NOK" || rs[i].sentence < 0 || rs[i].sentence >= len(doc.Sentences) {
			continue
		}
		if !asked {
			asked, named = true, nationsNamed(doc)
		}
		if len(named) == 0 {
			return
		}
		text := doc.Sentences[rs[i].sentence]
		for _, a := range money.Find(text, lang) {
			if a.Value != v.Value || a.Currency != v.Currency {
				continue
			}
			if may := money.BareCrown(text, a); may != nil {
				if code := mostNamedCrown(named, may); code != "" && code != v.Currency {
					priced := *v // the value may be shared with another report
					priced.Currency = code
					rs[i].Value = &priced
				}
				break
			}
		}
	}
}

// nationCount is how often an article names a nation that has a crown.
type nationCount struct {
	code  string
	count int
}

// nationsNamed counts the crown nations the article names, in the order
// it first names them.
func nationsNamed(doc names.Doc) []nationCount {
	var out []nationCount
	for _, toks := range doc.Tokens {
		for _, t := range toks {
			c := money.CrownOfNation(t.Folded())
			if c == "" {
				continue
			}
			if k := slices.IndexFunc(out, func(n nationCount) bool { return n.code == c }); k >= 0 {
				out[k].count++
			} else {
				out = append(out, nationCount{code: c, count: 1})
			}
		}
	}
	return out
}

// mostNamedCrown is the crown among may of the nation named most, the first
// named on a tie (out is in that order); "" when none of may is named.
func mostNamedCrown(named []nationCount, may []string) string {
	best, most := "", 0
	for _, n := range named {
		if slices.Contains(may, n.code) && n.count > most {
			best, most = n.code, n.count
		}
	}
	return best
}
