package deals

import (
	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/segment"
	"dealwire/model"
)

// Side is one side of the deal the sentence before told, named by a
// sentence of its own: "Käufer ist der Chemiekonzern BASF", "The seller is
// private equity firm One Equity Partners", "L'acquirente sarà Quorvex".
type Side struct {
	Company string
	Buyer   bool // the buyer, else the seller
	// Value is the price the sentence gives too ("..., der Kaufpreis
	// liegt bei 625 Millionen Dollar"), or nil.
	Value *model.Money
}

// SideOfPrevious reads a sentence that opens by naming the buyer or the
// seller of a deal told before: an agent noun, a copula, then the company
// (a determiner and descriptive words between), or the company, a copula
// and the agent noun ("Quorvex is the buyer").
func SideOfPrevious(s Sentence, lang string) (Side, bool) {
	if len(s.Mentions) == 0 || len(s.Tokens) > maxSentenceTokens {
		return Side{}, false
	}
	// the folded words, if borrowed here, go back for the next sentence,
	// as this is asked of every sentence naming a company
	scratch, ws := s.words()
	defer giveBack(scratch, ws)
	m := s.Mentions[0]
	from := ws.indexOfToken(m.From)
	k := 0
	if k < len(ws.w) && determiners.Has(ws.w[k]) {
		k++ // "The buyer is", "Der Käufer ist"
	}
	copula := -1
	if k+1 < len(ws.w) && agentNoun(ws.w[k]) {
		copula = copulaAfter(ws, k+1, from)
	}
	switch {
	case copula >= 0:
		// "Käufer ist der Ludwigshafener Chemiekonzern BASF", "Käufer der
		// Bereiche Naturfasern und Textilkomponenten ist die chinesische
		// Jinsheng-Gruppe": the name within five words of the copula
		if from < copula+1 || from > copula+6 {
			return Side{}, false
		}
		return sideWith(s, m.Company, buyerNouns.Has(ws.w[k]), lang), true
	case from == 0 && len(ws.w) > m.To-m.From+3:
		// "Quorvex is the buyer", "Quorvex sarà l'acquirente"
		k := ws.indexOfToken(m.To)
		if k < 0 || k+1 >= len(ws.w) || !copulas[ws.w[k]] {
			return Side{}, false
		}
		// the agent noun right after a definite article: "a serial buyer"
		// describes the company, "the buyer" names its role
		if j := k + 2; j < len(ws.w) && definiteArticles[ws.w[k+1]] && agentNoun(ws.w[j]) {
			return sideWith(s, m.Company, buyerNouns.Has(ws.w[j]), lang), true
		}
	}
	return Side{}, false
}

// copulaAfter is the index of the copula at word i, or the one closing
// an of-phrase that opens at i ("of the two units is", "der Bereiche
// Naturfasern und Textilkomponenten ist") before word stop, the first
// company's; -1 for none.
func copulaAfter(ws words, i, stop int) int {
	if i < len(ws.w) && copulas[ws.w[i]] {
		return i
	}
	if i >= len(ws.w) || !ofWordSet.Has(ws.w[i]) && ws.w[i] != "der" { // "der": a German genitive, "Käufer der Sparte"
		return -1
	}
	for k := i + 1; k < len(ws.w) && k < stop && k <= i+7; k++ {
		if copulas[ws.w[k]] {
			return k
		}
		if punctuation(ws.w[k]) {
			return -1
		}
	}
	return -1
}

func sideWith(s Sentence, company string, buyer bool, lang string) Side {
	side := Side{Company: company, Buyer: buyer}
	if as := dealAmounts(s.Text, lang); len(as) > 0 {
		side.Value = &model.Money{Value: as[0].Value, Currency: as[0].Currency}
	}
	return side
}

// indexOfToken is the index of the first word that token tok gave, or -1.
func (ws words) indexOfToken(tok int) int {
	for i, t := range ws.tok {
		if t == tok {
			return i
		}
	}
	return -1
}

// sideNamedNext: the sentence after opens with a buyer's or seller's
// agent noun ("Käufer ist", "The buyer is"), the way SideOfPrevious reads
// it names the other side of a deal told with one.
func sideNamedNext(after []segment.Token) bool {
	k := 0
	if k < len(after) && determiners.Has(after[k].Folded()) {
		k++
	}
	return k+1 < len(after) && agentNoun(after[k].Folded())
}

func agentNoun(w string) bool { return buyerNouns.Has(w) || sellerNouns.Has(w) }

var buyerNouns = lists.SetOf(set(`buyer buyers purchaser acquirer kaufer erwerber kauferin acquirente acquirenti comprador compradora adquirente acheteur acquereur repreneur`))

var sellerNouns = lists.SetOf(set(`seller sellers vendor verkaufer verkauferin venditore venditrice vendedor vendedora vendeur cedant`))

var definiteArticles = set(`the der die il l la el le`)

var copulas = set(`is was will be ist war wird sind e sara era es sera fue est sera etait`)
