package deals

import (
	"dealwire/loader/extract/when"
	"dealwire/model"
)

// FollowsPrevious reads a German sentence that carries on a list of
// purchases the sentence before told, with a verb of following and no
// deal word: "2021 folgte Quorvex für 156 Millionen Dollar", "Im August
// desselben Jahres folgte für rund 355 Millionen Dollar die Kaffeerösterei
// Daxmoor". The verb comes after a time of at most five words, the
// company within eight words after it, with no comma between. It returns
// the company with the sentence's price and date; the caller knows the
// buyer of the purchase before.
func FollowsPrevious(s Sentence, lang, published string) (Found, bool) {
	if lang != "de" || len(s.Mentions) == 0 || len(s.Tokens) > maxSentenceTokens {
		return Found{}, false
	}
	scratch, ws := s.words()
	defer giveBack(scratch, ws)
	verb := -1
	for k := 1; k < len(ws.w) && k <= 5; k++ {
		if ws.w[k] == "," {
			return Found{}, false
		}
		if purchaseFollowers[ws.w[k]] {
			verb = k
			break
		}
	}
	if verb < 0 || len(appendHits(nil, typeTriggers, ws)) > 0 {
		return Found{}, false // (a deal word tells its own deal: "folgte die Übernahme von ...")
	}
	m := s.Mentions[0]
	at := ws.indexOfToken(m.From)
	if at <= verb || at > verb+8 {
		return Found{}, false // a company before the verb is who follows ("Ihm folgte ..." names a person)
	}
	for k := verb + 1; k < at; k++ {
		if ws.w[k] == "," {
			return Found{}, false
		}
	}
	f := Found{Type: model.Acquisition, Parties: []string{m.Company}, Evidence: s.Text, Status: model.Completed}
	whole := [2]int{0, len(s.Text)}
	f.Date = dateOf(when.Find(s.Text, lang, published), whole, whole, nil)
	if f.Date == "" && yearWord(ws.w[0]) {
		f.Date = ws.w[0] // "2021 folgte Homes.com"
	}
	if as := dealAmounts(s.Text, lang); len(as) > 0 {
		f.Value = &model.Money{Value: as[0].Value, Currency: as[0].Currency}
	}
	return f, true
}
