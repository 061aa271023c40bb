package deals

import (
	"slices"

	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/segment"
	"dealwire/model"
)

// A shareholder named as such, or a company said to own a share of
// another, holds a stake, which news counts among the deals between the
// two companies: "Kinnevik, Tele2's anchor shareholder",
// "UniCredit è il primo azionista di Commerzbank", "its largest
// shareholder, Vivendi", "Crédit Agricole, premier actionnaire de Banco
// BPM". These sentences often have no deal word at all, so they are read
// apart from Find.

// Holdings returns the stakes sentence s tells by naming a company the
// shareholder of another, but those between companies that a deal of
// found already joins.
func Holdings(s Sentence, found []Found) []Found {
	if len(s.Mentions) == 0 {
		return nil // a stake is of a company the sentence names
	}
	var out []Found
	hold := func(holder, held string) {
		if held == "" || holder == "" || held == holder || joined(found, holder, held, model.Investment, model.Acquisition, model.Merger, model.Divestiture) || joined(out, holder, held) {
			return
		}
		out = append(out, Found{Type: model.Investment, Parties: []string{holder, held}, Buyer: holder,
			Status: model.Completed, Evidence: s.Text})
	}
	for i, t := range s.Tokens {
		if !holdingShapes.May(t.Folded()) {
			continue // most words: no table to ask
		}
		in := holdingWords[t.Folded()]
		switch {
		case in&shareholderNoun != 0 || in&partnerNoun != 0 && partnerShareholder(s.Tokens, i):
			hold(holderOf(s, i), heldCompany(s, i))
		case in&holdVerb != 0:
			// "Toyota owns about 16.5 per cent of Subaru, and around 5.0
			// percent of Mazda": each share its own stake
			holder := subjectAt(s, i)
			if held := ownShare(s, i, holder); held != "" {
				hold(holder, held) // "Kelmora, que controla el 40% de su capital"
			}
			for at := i; ; {
				m, ok := shareOf(s, at)
				if !ok {
					break
				}
				if holder == "" && describedSubject(s, i) {
					// "Der Baarer Rohstoffhändler hält rund 40 Prozent an
					// Xstrata": the holder is the company referred to
					out = append(out, Found{Type: model.Investment, Parties: []string{m.Company}, Anaphor: true,
						Status: model.Completed, Evidence: s.Text})
					break
				}
				hold(holder, m.Company)
				for at = m.To; at < len(s.Tokens) && (s.Tokens[at].Text() == "," || listWords[s.Tokens[at].Folded()]); at++ {
				}
				at-- // shareOf reads from the word after
			}
		}
	}
	return out
}

// partnerShareholder: Italian and Spanish "socio" (word i, of
// partnerNouns) names a shareholder after a word of rank ("tra i
// principali soci di ABB"); alone it is as often a partner.
func partnerShareholder(toks []segment.Token, i int) bool {
	return i > 0 && shareholderRanks[toks[i-1].Folded()]
}

var partnerNouns = set(`soci socio socios`)

var shareholderRanks = set(`principali principale primo maggiori maggiore grandi forti principales principal primer mayores mayor`)

// holdingShapes sieve the words Holdings reads: most words of a sentence
// are told by it alone to be none.
var holdingShapes = lists.SieveOf(shareholderNouns, partnerNouns, holdVerbs)

// The lists of holdingWords.
const (
	shareholderNoun = 1 << iota
	partnerNoun
	holdVerb
)

// holdingWords tell, for a word of shareholderNouns, partnerNouns or
// holdVerbs, which of them it is in: one lookup for the three lists.
var holdingWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for list, words := range map[uint8]map[string]bool{shareholderNoun: shareholderNouns, partnerNoun: partnerNouns, holdVerb: holdVerbs} {
		for w := range words {
			m[w] |= list
		}
	}
	return m
}()

// shareholderNouns name who holds shares, in the languages read.
var shareholderNouns = set(`shareholder shareholders stockholder stockholders azionista azionisti accionista accionistas
	actionnaire actionnaires aktionar aktionare anteilseigner grossaktionar hauptaktionar ankeraktionar aandeelhouder acionista`)

// holdVerbs say a company holds part of another: "PotashCorp controla
// alrededor del 32% de SQM", "Veltraco owns 40% of Quorvex".
var holdVerbs = set(`holds owns controls held owned controlled controla controlaba detiene posee controlla deteneva detiene possiede
	detient controle possede halt hielt besitzt kontrolliert`)

// shareOf is the company a share of which follows word i: a percentage
// within five words, then "of" and the company ("32% de SQM").
func shareOf(s Sentence, i int) (Mention, bool) {
	toks := s.Tokens
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		if toks[k].Punct() && toks[k].Text() != "%" {
			return Mention{}, false
		}
		if !percents[toks[k].Folded()] && toks[k].Text() != "%" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if !ofWordSet.Has(toks[j].Folded()) && !determiners.Has(toks[j].Folded()) && toks[j].Folded() != "an" {
				break
			}
			if m, ok := mentionAt(s.Mentions, j+1, false); ok {
				return m, true
			}
		}
		return Mention{}, false
	}
	return Mention{}, false
}

// ownShare is, when a percentage after the verb at i is of "its capital"
// ("controla cerca del 40% de su capital"), the company the sentence named
// before the holder: the one "its" stands for.
func ownShare(s Sentence, i int, holder string) string {
	if holder == "" {
		return ""
	}
	for k := i + 1; k < len(s.Tokens) && k <= i+5; k++ {
		if !percents[s.Tokens[k].Folded()] && s.Tokens[k].Text() != "%" {
			continue
		}
		if k+2 < len(s.Tokens) && ofWordSet.Has(s.Tokens[k+1].Folded()) && possessivePronouns[s.Tokens[k+2].Folded()] {
			for _, m := range s.Mentions {
				if m.Company != holder && m.From < i {
					return m.Company
				}
			}
		}
		return ""
	}
	return ""
}

// subjectAt is the company named right before the verb at i, or before
// a relative pronoun and the apposition it ends ("Glencore, the Baar-based
// trader that owns", "Kelmora, que controla").
func subjectAt(s Sentence, i int) string {
	if m, ok := mentionAt(s.Mentions, i, true); ok {
		return m.Company
	}
	if i == 0 || !relatives[s.Tokens[i-1].Folded()] && s.Tokens[i-1].Folded() != "that" {
		return ""
	}
	k := i - 2
	for k >= 0 && i-k <= 8 && (!s.Tokens[k].Punct() || s.Tokens[k].Text() == "-") {
		k-- // the apposition: "the Baar-based commodities trader"
	}
	if k >= 0 && s.Tokens[k].Text() == "," {
		if m, ok := mentionAt(s.Mentions, k, true); ok {
			return m.Company
		}
	}
	return ""
}

// describedSubject: the sentence opens with a determiner and names no
// company before the verb at i ("Der Baarer Rohstoffhändler hält").
func describedSubject(s Sentence, i int) bool {
	if i < 2 || !apposition[s.Tokens[0].Folded()] {
		return false
	}
	for _, m := range s.Mentions {
		if m.From < i {
			return false
		}
	}
	return noPunctBetween(s.Tokens, 0, i)
}

// heldCompany is the company whose shareholder the noun at i names: the
// possessive before it ("Tele2's anchor shareholder", "one of RSA's
// largest shareholders") or the company after "of" ("primo azionista di
// Commerzbank").
func heldCompany(s Sentence, i int) string {
	for _, m := range s.Mentions {
		if m.To <= i && m.To >= i-3 && s.Tokens[m.To-1].Poss() && noPunctBetween(s.Tokens, m.To, i) {
			return m.Company
		}
		if m.From > i && m.From <= i+2 && ofWordSet.Has(s.Tokens[i+1].Folded()) {
			return m.Company
		}
	}
	// "TIM ... has its own reasons: its largest shareholder, Vivendi": the
	// sentence's subject, named before
	for k := i - 1; k >= 0 && k >= i-3 && !s.Tokens[k].Punct(); k-- {
		if possessivePronouns[s.Tokens[k].Folded()] {
			if len(s.Mentions) > 0 && s.Mentions[0].To <= k {
				return s.Mentions[0].Company
			}
			break
		}
	}
	return ""
}

var possessivePronouns = set(`its their suo sua suoi sue loro su sus son sa ses leur leurs sein seine seiner seinen ihr ihre ihrer ihren`)

// holderOf is the company the noun at i says holds the shares: the one
// the apposition describes ("Kinnevik, Tele2's anchor shareholder"), the
// one an apposition names after it ("its largest shareholder, Vivendi"),
// or the subject of "is" ("UniCredit è il primo azionista").
func holderOf(s Sentence, i int) string {
	toks := s.Tokens
	// back to the comma or the verb that opens the noun phrase
	k := i - 1
	for k >= 0 && i-k <= 6 && !toks[k].Punct() && !copula(toks[k]) {
		k--
	}
	if k < 0 || i-k > 6 {
		return ""
	}
	if toks[k].Text() == "," || copula(toks[k]) {
		if m, ok := mentionAt(s.Mentions, k, true); ok {
			return m.Company // "Kinnevik, Tele2's ...", "UniCredit è il primo azionista"
		}
		if copula(toks[k]) && len(s.Mentions) > 0 && s.Mentions[0].To <= k {
			// "UniCredit, dal canto suo, non resta ferma: è il primo
			// azionista di Commerzbank": the sentence's subject
			return s.Mentions[0].Company
		}
	}
	// "its largest shareholder, Vivendi, with about 24%"
	if i+2 < len(toks) && toks[i+1].Text() == "," {
		for _, m := range s.Mentions {
			if m.From == i+2 || m.From == i+3 && apposition[toks[i+2].Folded()] {
				return m.Company
			}
		}
	}
	return ""
}

// mentionAt is the mention that starts at token k, or with ending set the
// one that ends right before it.
func mentionAt(ms []Mention, k int, ending bool) (Mention, bool) {
	for _, m := range ms {
		if !ending && m.From == k || ending && m.To == k {
			return m, true
		}
	}
	return Mention{}, false
}

func noPunctBetween(toks []segment.Token, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].Punct() {
			return false
		}
	}
	return true
}

// copula: a form of "to be" that makes its subject what follows. Italian
// "è" folds to "e", which is also "and": it is told by its accent.
func copula(t segment.Token) bool {
	return copulas[t.Folded()] && t.Folded() != "e" || t.Text() == "è" || t.Text() == "È"
}

// joined: some deal of fs, of one of kinds if any are given, has both
// companies among its parties. A holding beside a deal in which one takes
// shares of the other ("Veltraco, Quorvex's largest shareholder, agreed to
// buy the rest of Quorvex") is that deal; beside a deal of another kind
// ("chiedeva lo scorporo") it is a deal of its own.
func joined(fs []Found, a, b string, kinds ...string) bool {
	for _, f := range fs {
		if (len(kinds) == 0 || slices.Contains(kinds, f.Type)) && slices.Contains(f.Parties, a) && slices.Contains(f.Parties, b) {
			return true
		}
	}
	return false
}
