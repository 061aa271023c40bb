package deals

import (
	"strings"

	"dealwire/loader/extract/money"
	"dealwire/loader/extract/segment"
	"dealwire/model"
)

// FollowsPrevious reads a German sentence that carries on a list of
// purchases the sentence before told, with a verb of following and no
// deal word: "2021 folgte Quorvex für 156 Millionen Dollar", "Im August
// desselben Jahres folgte für rund 355 Millionen Dollar die Kaffeerösterei
// Daxmoor" (see followedPurchase). It returns the company with the
// sentence's price and date; the caller knows the buyer of the purchase
// before.
func FollowsPrevious(s Sentence, lang, published string) (Found, bool) {
	if lang != "de" || len(s.Mentions) == 0 || len(s.Tokens) > maxSentenceTokens {
		return Found{}, false
	}
	scratch, ws := s.words()
	defer giveBack(scratch, ws)
	verb := -1
	for k := 1; k < len(ws.w) && k <= 6 && verb < 0; k++ {
		if purchaseFollowers[ws.w[k]] {
			verb = k
		}
	}
	if verb < 0 || len(appendHits(nil, typeTriggers, ws)) > 0 {
		return Found{}, false // (a deal word tells its own deal: "folgte die Übernahme von ...")
	}
	ws.markNamed(s.Mentions)
	at, ok := followedPurchase(ws, s.Tokens, nil, 0, verb)
	if !ok {
		return Found{}, false
	}
	company := ""
	for _, m := range s.Mentions {
		if m.From == ws.tok[at] {
			company = m.Company
		}
	}
	if company == "" {
		return Found{}, false
	}
	f := Found{Type: model.Acquisition, Parties: []string{company}, Evidence: s.Text, Status: model.Completed}
	f.Date = sentenceDate(s, ws, lang, published)
	if f.Date == "" && yearWord(ws.w[0]) {
		f.Date = ws.w[0] // "2021 folgte Quorvex"
	}
	if as := dealAmounts(s.Text, lang); len(as) > 0 {
		f.Value = &model.Money{Value: as[0].Value, Currency: as[0].Currency}
	}
	return f, true
}

// followingPurchaseAt: after the comma at i, a German clause that
// carries on a list of purchases with a verb of following ("übernahm 2020
// den Händler Quorvex, im Januar folgte der Abodienst Daxmoor"; see
// followedPurchase): the next purchase of the same buyer.
func followingPurchaseAt(ws words, toks []segment.Token, hits []hit, i int) bool {
	for k := i + 1; k < len(ws.w) && k <= i+6; k++ {
		if purchaseFollowers[ws.w[k]] {
			_, ok := followedPurchase(ws, toks, hits, i+1, k)
			return ok
		}
	}
	return false
}

// followedPurchase reads the clause from word from whose verb of
// following is at verb as the next purchase of a list ("2021 folgte
// Quorvex für 156 Millionen Dollar", "Im selben Jahr folgte die Gießerei
// Daxmoor"), and returns the word the company bought opens. Only a time
// opens the clause; after the verb come an article and up to two words of
// description, or the price, then the company, which ends the clause or
// is followed by its price, where it is from or an apposition. Anything
// else is no purchase: who the company follows ("folgte der Rivale
// Daxmoor dem Beispiel", "folgte Daxmoor mit 12 Prozent"), what follows
// ("der Börsengang von Daxmoor", "eine Klage von Daxmoor"), or a person
// ("Ihm folgte ...").
func followedPurchase(ws words, toks []segment.Token, hits []hit, from, verb int) (int, bool) {
	for k := from; k < verb; k++ {
		if !germanTimeWord(ws.w[k]) {
			return 0, false
		}
	}
	described, priced, article := 0, false, false
	at := -1
	for k := verb + 1; k < len(ws.w) && k <= verb+10 && at < 0; k++ {
		w := ws.w[k]
		switch {
		case emphasis(w):
			// "2021 folgte **Quorvex**": markdown's bold
		case ws.isNamed(k):
			at = k
		case germanFollowedWords[w] && described == 0:
			article = true // (after a noun, "der" is a genitive: "die Insolvenz der Tochter Quorvex")
		case hitAt(hits, k) || rivalWord(w) || priceWord(w) && described > 0:
			return 0, false
		case priceWord(w):
			priced = true
		case toks[ws.tok[k]].Cap():
			if described++; described > 2 {
				return 0, false
			}
		case !(article && described == 0 && germanAdjective(w)):
			return 0, false // ("seinem Beispiel", "diesem Schritt": whom the company follows)
		}
	}
	if at < 0 || described == 0 && !priced && at == verb+1 && !followedByItsPrice(ws, at) {
		return 0, false // "2021 folgte Daxmoor.": who did the same, as likely
	}
	end := at
	for end < len(ws.w) && ws.isNamed(end) {
		end++
	}
	for end < len(ws.w) && emphasis(ws.w[end]) {
		end++
	}
	if end < len(ws.w) && !companyFollowedBy[ws.w[end]] {
		return 0, false
	}
	return at, true
}

// followedByItsPrice: the company at k is followed by its price
// ("folgte Quorvex für 156 Millionen Dollar").
func followedByItsPrice(ws words, k int) bool {
	for k < len(ws.w) && (ws.isNamed(k) || emphasis(ws.w[k])) {
		k++
	}
	return k+1 < len(ws.w) && ws.w[k] == "fur" && (digits(ws.w[k+1]) || priceWord(ws.w[k+1]))
}

// emphasis: a word of markdown's emphasis marks ("**", "_").
func emphasis(w string) bool {
	return w != "" && strings.Trim(w, "*_") == ""
}

// rivalWord: a noun for a rival, alone or as the end of a compound
// ("Erzrivale", "Hauptkonkurrent", "Marktführer"): who does the same,
// not what is bought.
func rivalWord(w string) bool {
	if rivalNouns[w] {
		return true
	}
	for _, end := range []string{"rivale", "rivalen", "konkurrent", "konkurrenten", "wettbewerber", "marktfuhrer"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// germanAdjective: a lower-case German word of an adjective's shape
// ("amerikanische", "kanadischen"), not a preposition.
func germanAdjective(w string) bool {
	if len(w) < 5 || germanPrepositions.Has(w) {
		return false
	}
	for _, end := range []string{"e", "en", "er", "es"} {
		if len(w) > len(end) && w[len(w)-len(end):] == end {
			return true
		}
	}
	return false
}

// priceWord: a word of an amount ("für rund 355 Millionen Dollar").
func priceWord(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9' || money.IsWord(w) || germanAbout[w]
}

// amountPart: the word, folded and as written, is a word of an amount or
// a currency sign ("$", "£71").
func amountPart(folded, written string) bool { return priceWord(folded) || money.IsSign(written) }

var (
	// purchaseFollowers are the German verbs of following that carry on
	// a list of purchases ("im Januar folgte Daxmoor").
	purchaseFollowers = set(`folgte folgten`)
	// germanFollowedWords are the articles that may stand between the
	// verb and the company, besides adjectives, the price and up to two
	// capitalised words of description ("die amerikanische Kaffeerösterei")
	germanFollowedWords = set(`der die das den ein eine einen`)
	germanAbout         = set(`fur rund etwa knapp gut uber`)
	// companyFollowedBy may follow the company bought: its price, where it
	// is from, an apposition, the end of the clause
	companyFollowedBy = set(`. , ; ( fur aus`)
)
