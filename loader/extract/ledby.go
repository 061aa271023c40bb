package extract

import (
	"slices"
	"strings"

	"dealwire/loader/extract/deals"
	"dealwire/loader/extract/lexicon"
	"dealwire/loader/extract/segment"
)

// A company is often named by who runs it: "il gruppo guidato da Paul
// Otellini", "la firma de Ruffini", "le groupe de Remo Ruffini", "the
// group led by". The article names the person beside the company
// elsewhere ("Remo Ruffini, presidente y consejero delegado de Moncler"),
// and that company is the one meant.

// personLed is the surname of the person a sentence names its company
// by: a determiner, a noun for a company, a word of leading or "of", and
// a name in capitals that is no company's nor a place ("il gruppo di
// Cupertino" is Apple's seat, told by described.go); "" when the
// sentence has none.
func personLed(toks []segment.Token, ms []deals.Mention, lex *lexicon.Lexicon) string {
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
		surname, words := "", 0
		for ; k < len(toks) && k < i+7 && toks[k].Cap() && !toks[k].Punct() && !toks[k].Upper() && !mentionAt(ms, k); k++ {
			surname, words = toks[k].Text(), words+1
			if lex.HasFolded(lexicon.Place, toks[k].Folded()) || lex.HasFolded(lexicon.Demonym, toks[k].Folded()) {
				surname = "" // "il gruppo di Cupertino", "la casa di Maranello"
				break
			}
		}
		if surname != "" && words <= 3 && (k == len(toks) || !toks[k].Cap()) {
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

// companyOfPerson is the company the article names as the surname's,
// with a title between them ("Remo Ruffini, presidente y consejero
// delegado de Moncler", "Moncler's chief executive Remo Ruffini"), in the
// nearest sentence before si first, then after it, none of except; ""
// when no sentence says whose the person is (a quote of the person about
// another company says nothing of it).
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
			for _, m := range bySentence[k] {
				if slices.Contains(except, m.Company) {
					continue
				}
				from, to := m.To, j // the company before the person
				if m.From > j {
					from, to = j+1, m.From // the person before the company
				}
				if to-from <= 8 && titleBetween(toks[k][max(from, 0):to]) {
					return m.Company
				}
			}
		}
	}
	return ""
}

// titleBetween: a word of a title stands among toks, and no end of a
// clause ("presidente y consejero delegado de", "'s chief executive").
func titleBetween(toks []segment.Token) bool {
	title := false
	for _, t := range toks {
		if t.Text() == "." || t.Text() == ";" || t.Text() == "\"" || t.Text() == "“" || t.Text() == "”" {
			return false
		}
		title = title || titleWords[t.Folded()] || strings.HasSuffix(t.Folded(), "chef")
	}
	return title
}

var titleWords = set(`chairman chairwoman president chief executive ceo founder boss head presidente amministratore delegato fondatore
	consejero delegado fundador director presidenta pdg directeur fondateur patron vorstandschef vorstandsvorsitzender grunder
	aufsichtsratschef chefin`)
