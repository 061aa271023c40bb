package extract

import (
	"slices"

	"dealwire/loader/extract/deals"
	"dealwire/loader/extract/segment"
)

// A company is often named by who runs it: "il gruppo guidato da Paul
// Otellini", "la firma de Ruffini", "le groupe de Remo Ruffini", "the
// group led by". The article names the person beside the company
// elsewhere ("Remo Ruffini, presidente y consejero delegado de Moncler"),
// and that company is the one meant.

// personLed is the surname of the person a sentence names its company
// by: a determiner, a noun for a company, a word of leading or "of", and
// a name in capitals that is no company's ("" when the sentence has
// none).
func personLed(toks []segment.Token, ms []deals.Mention) string {
	for i := 0; i+3 < len(toks); i++ {
		if !ledDeterminers[toks[i].Folded()] || !ledNouns[toks[i+1].Folded()] {
			continue
		}
		k := i + 2
		if ledVerbs[toks[k].Folded()] && k+1 < len(toks) && ledPrepositions[toks[k+1].Folded()] {
			k += 2 // "guidato da", "led by", "dirigé par"
		} else if ledOf[toks[k].Folded()] {
			k++ // "la firma de Ruffini", "le groupe de Remo Ruffini"
		} else {
			continue
		}
		surname := ""
		for ; k < len(toks) && k < i+7 && toks[k].Cap() && !toks[k].Punct() && !mentionAt(ms, k); k++ {
			surname = toks[k].Text()
		}
		if surname != "" && (k == len(toks) || !toks[k].Cap()) {
			return surname
		}
	}
	return ""
}

// mentionAt: token k is part of a company's name.
func mentionAt(ms []deals.Mention, k int) bool {
	return slices.ContainsFunc(ms, func(m deals.Mention) bool { return m.From <= k && k < m.To })
}

var (
	ledDeterminers  = set(`the il la le el der die das`)
	ledNouns        = set(`group company firm gruppo societa azienda casa firma grupo compania empresa groupe societe maison entreprise konzern unternehmen gruppe`)
	ledVerbs        = set(`led run headed guidato guidata diretto diretta presieduto presieduta dirigido dirigida presidido presidida dirige dirigee gefuhrt`)
	ledPrepositions = set(`by da por par von`)
	ledOf           = set(`di de del von`)
)

// companyOfPerson is the company the article names beside the surname,
// nearest before sentence si first, then after it: within eight words of
// the name, in a sentence naming it ("Remo Ruffini, presidente y
// consejero delegado de Moncler"), none of except.
func companyOfPerson(surname string, bySentence [][]deals.Mention, toks [][]segment.Token, si int, except []string) string {
	order := make([]int, 0, len(toks))
	for k := si - 1; k >= 0; k-- {
		order = append(order, k)
	}
	for k := si + 1; k < len(toks); k++ {
		order = append(order, k)
	}
	for _, k := range order {
		for j, t := range toks[k] {
			if t.Text() != surname || mentionAt(bySentence[k], j) {
				continue
			}
			best, gap := "", 9
			for _, m := range bySentence[k] {
				d := m.From - j
				if d < 0 {
					d = j - m.To + 1
				}
				if d < gap && !slices.Contains(except, m.Company) {
					best, gap = m.Company, d
				}
			}
			if best != "" {
				return best
			}
		}
	}
	return ""
}
