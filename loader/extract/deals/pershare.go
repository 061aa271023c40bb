package deals

import (
	"slices"

	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/segment"
	"dealwire/model"
)

// A price offered for each of a company's shares is a bid for the whole
// company: "Veltraco offered $12 a share for Quorvex", "Brindle, which
// had countered with $19 a share", "bietet den Quorvex-Aktionären 115
// Euro je Aktie", "qui proposait 2 dollars pour chaque titre Quorvex".
// News tells takeover bids this way in every language, rival and failed
// bids most of all, and no other deal is priced per share of its target.
// The offering word alone ("offered", "bot") tells no deal: companies
// offer products, services and jobs.

// offeredPerShare: the word at i offers (a verb or noun of offering), and
// a price per share stands in its clause, before or after it: a takeover
// bid. Not a share sale priced so ("the offering was priced at 2.95 euros
// a share", "an offer of new shares at 300p each"), nor a company buying
// back its own shares.
func offeredPerShare(w []string, i int) bool {
	if !biddingWords.Has(w[i]) {
		return false
	}
	if w[i] == "offering" && !(i+1 < len(w) && (isNumber(w[i+1]) || w[i+1] == "$")) {
		return false // "the offering", "its public offering": shares sold, not a bid
	}
	if offerNouns[w[i]] && i > 0 && anyWords[w[i-1]] {
		return false // "would reject any offer below $15 a share": a stance, no bid
	}
	from, to := i, i
	for from > 0 && i-from < perShareReach && !perShareBreaks[w[from-1]] {
		from--
	}
	for to+1 < len(w) && to-i < perShareReach && !perShareBreaks[w[to+1]] {
		to++
	}
	wide := from
	if offerNouns[w[i]] && w[i] != "offre" { // (a verb too: "Veltraco offre 1,49 azioni")
		// a bid told by its noun is priced after it ("an offer of $12 a
		// share", "Angebot über 102 Kronen je Aktie") or just before it
		// ("whose 515p-a-share offer"), not by a price told further
		// before ("not accept less than $15 a share, well above
		// Veltraco's bid")
		from = i
		for from > 0 && i-from < 4 && !perShareBreaks[w[from-1]] && w[from-1] != "," {
			from--
		}
	}
	for k := wide; k <= to; k++ {
		if shareSales[w[k]] || dividendWords[w[k]] && !addedBefore(w, k) {
			// (also before the noun: "collocato in Borsa con un'offerta";
			// not a dividend the bid adds: "plus a special dividend")
			return false
		}
	}
	priced, each := false, false
	for k := from; k <= to; k++ {
		priced = priced || pricePerShareAt(w, k, to)
		each = each || eachWords[w[k]]
	}
	// shares the offerer offers, unless in exchange for each of another's
	// ("offered 20 million shares at $12 a share", "ofreció sus acciones",
	// not "offered 66 new shares for every 30 Quorvex shares")
	return priced && (each || !sharesOffered(w, i, to))
}

// addedBefore: a word of adding stands in the three words before k
// ("plus a special dividend", "including a dividend").
func addedBefore(w []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if addingWords[w[j]] {
			return true
		}
	}
	return false
}

// sharesOffered: within the four words after the offering word at i, up
// to to, shares are what is offered ("offered 20 million shares", "ha
// offerto le sue azioni", "ofreció sus acciones").
func sharesOffered(w []string, i, to int) bool {
	for k := i + 1; k <= to && k <= i+4; k++ {
		if (shareNouns[w[k]] || perShareNouns[w[k]]) && !perWords[w[k-1]] {
			return true // (not "$12 a share", "12 Dollar je Aktie": a price)
		}
	}
	return false
}

// onlyBids: the clause's words of buying are all offers of a price per
// share: a bid, which one company named alone makes for the target of
// the deal told before ("Brindle, which had countered with $19 a share").
func onlyBids(hs []hit, ws words) bool {
	bid := false
	for _, h := range hs {
		if h.kind != model.Acquisition {
			continue
		}
		if !offeredPerShare(ws.w, h.at) {
			return false
		}
		bid = true
	}
	return bid
}

// percentSought: after the bid's first word, the clause c names a
// percentage or a stake that no one is said to hold already, nor a
// premium: the part of a company a partial bid seeks ("bietet 12 Euro je
// Aktie für bis zu 25 Prozent der Quorvex-Aktien", "per salire al
// 29,9%"), not the bidder's holding told before it ("che detiene già poco
// meno del 29% del gruppo emiliano, offre 2,60 euro per azione") or what
// the price adds ("a premium of about 30 percent").
func percentSought(hs []hit, ws words, c clause) bool {
	from := c.to
	for _, h := range hs {
		if h.kind == model.Acquisition && h.at >= c.from && h.at < from {
			from = h.at
		}
	}
	for i := from + 1; i < c.to; i++ {
		if (percents[ws.w[i]] || stakeNouns[ws.w[i]]) && !heldAlready(ws, i) && !holderApposition(ws, i) && !precededBy(ws, i, 4, premiumNouns) && !moreAfter(ws, i) {
			return true
		}
	}
	return false
}

// moreAfter: a word of "more" or "above" follows the percentage at i
// within three words ("30 % de plus que le dernier cours", "il 30% in più
// rispetto alla chiusura"): what the price adds, no stake.
func moreAfter(ws words, i int) bool {
	for k := i + 1; k < len(ws.w) && k <= i+3; k++ {
		if moreWords[ws.w[k]] {
			return true
		}
	}
	return false
}

// premiumNouns say what a price adds to the market's ("a premium of 30
// percent", "un premio del 20%", "une prime de 30 %", "ein Aufschlag von").
var premiumNouns = set(`premium premio prime prima aufschlag aufpreis`)

// bidForAnother: the clause says the bid is for a company it does not
// name ("offered $8 a share for a smaller rival", "für einen kleineren
// Konkurrenten", "pour un concurrent"): not the article's target.
func bidForAnother(ws words, c clause) bool {
	for i := c.from; i+1 < c.to; i++ {
		if forWords[ws.w[i]] && indefiniteArticles[ws.w[i+1]] {
			return true
		}
	}
	return false
}

// bidderBefore is the first company named before token at, the bidder of
// a bid that names no other; "" when it is named as the owner of the
// bidder ("La controllata di Brindle propone 4,50 euro per azione": its
// subsidiary bids).
func bidderBefore(ms []Mention, toks []segment.Token, at int) string {
	for _, m := range ms {
		if m.To > at {
			break
		}
		if m.From > 0 && ofWordSet.Has(toks[m.From-1].Folded()) {
			return ""
		}
		return m.Company
	}
	return ""
}

// pricedShares is the company a bid is for: the one whose shares it
// prices, named after a word of "each" ("for each Quorvex share", "per
// ogni azione Quorvex", "por cada acción de Quorvex"), or right after
// "for" ("bot 12 Dollar je Aktie für Quorvex"); "" if none.
func pricedShares(ms []Mention, toks []segment.Token) string {
	for _, m := range ms {
		for k := m.From - 1; k >= 0 && k >= m.From-3; k-- {
			f := toks[k].Folded()
			if eachWords[f] || k == m.From-1 && forWords[f] {
				return m.Company
			}
			if perShareBreaks[f] || f == "," {
				break
			}
		}
	}
	return ""
}

// ownersBid keeps, of the parties of a bid told by its noun with its
// owner named ("Veltraco's bid of $12 a share", "das Angebot von
// Veltraco über 12 Euro je Aktie"), the owner and the company bid for,
// where named: the others are who speak of it or hold shares ("Daxmoor,
// which owns 30% of Quorvex, said Veltraco's bid ... undervalued the
// company"). at is the token of the bid's word.
func ownersBid(parties []string, ms []Mention, toks []segment.Token, at int) []string {
	owner := ""
	for _, m := range ms {
		if m.To > 0 && toks[m.To-1].Poss() && m.To <= at && at-m.To <= 2 || // "Veltraco's bid", "Veltraco's improved offer"
			m.From >= 2 && m.From-2 == at && offerers[toks[at+1].Folded()] { // "the offer from Veltraco", "das Angebot von Veltraco"
			owner = m.Company
			break
		}
	}
	if owner == "" || !slices.Contains(parties, owner) {
		return parties
	}
	kept := []string{owner}
	if t := pricedShares(ms, toks); t != "" && t != owner && slices.Contains(parties, t) {
		return append(kept, t)
	}
	// no company named as bid for: those named after the bid's word stay
	// ("Veltraco's offer of $12 a share was rejected by Quorvex"), not
	// those before ("Daxmoor ... said Veltraco's bid")
	for _, m := range ms {
		if m.From > at && slices.Contains(parties, m.Company) && !slices.Contains(kept, m.Company) {
			kept = append(kept, m.Company)
		}
	}
	return kept
}

// bidAgent is the company named right after a word of agent after the
// bid's verb at, told in the passive ("was offered $12 a share by
// Veltraco"), "" if none: who offers. Not the agent of another verb
// ("a bid that was rejected by Quorvex"), nor, after an active verb, the
// Spanish "por" of what a bid is for ("ofrece 12 euros por acción por
// Quorvex").
func bidAgent(ms []Mention, toks []segment.Token, at int) string {
	if at == 0 || !passiveAux[toks[at-1].Folded()] {
		return ""
	}
	for _, m := range ms {
		if m.From > at && m.From > 0 && agentWords[toks[m.From-1].Folded()] {
			return m.Company
		}
	}
	return ""
}

// firstOtherThan is the first of parties that is not c.
func firstOtherThan(parties []string, c string) string {
	for _, p := range parties {
		if p != c {
			return p
		}
	}
	return ""
}

// perShareReach is how many words from the offering word a price per
// share may stand ("hatte im Juli direkt den Aktionären 4,75 kanadische
// Dollar je Aktie geboten", "offered 1.2 of its own shares plus A$2 cash
// for each Quorvex share").
const perShareReach = 16

// perShareBreaks end the stretch of words a price per share is looked for
// in: the end of a sentence or a clause that is not a list or an
// apposition.
var perShareBreaks = set(`. ; : ? ! ( )`)

// pricePerShareAt: at k stands "per share" after a number ("$12 a share",
// "115 Euro je Aktie", "2,76 euros par action"), or "each"/"every" and a
// share noun within the next three words ("for each Quorvex share",
// "pour chaque titre Quorvex", "for every 30 Quorvex shares").
func pricePerShareAt(w []string, k, to int) bool {
	switch {
	case perWords[w[k]] && k+1 <= to && perShareNouns[w[k+1]] && !(w[k] == "a" && k+2 <= to && w[k+2] == "of"):
		// (not "a share of the market": a part)
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if isNumber(w[j]) {
				return true
			}
		}
	case eachWords[w[k]]:
		for j := k + 1; j <= to && j <= k+3; j++ {
			if perShareNouns[w[j]] || shareNouns[w[j]] {
				return true
			}
		}
	}
	return false
}

var (
	// biddingWords offer a price: verbs and nouns, folded ("offre" is
	// both); asked of most words of every sentence, so a shaped set
	biddingWords = lists.SetOf(set(`offer offers offered offering bid bids countered proposal
		offre offres offrait offert offrir offrira propose proposait proposer proposera proposant
		offerta offerte offriva offerto offrire offrira offrendo propone proponeva proposto proporre proposta
		oferta ofertas ofrece ofrecia ofrecio ofrecido ofrecer ofrecera ofreciendo proponia propuso propuesto propuesta
		angebot angebots gebot bietet bot boten geboten bieten`))
	// perShareNouns are the singular share nouns of a price per share
	perShareNouns = set(`share azione accion aktie action titre titolo aandeel`)
	// eachWords open "for each share", "pour chaque titre"
	eachWords = set(`each every chaque cada ogni jede jeden`)
	// dividendWords may be added to a bid's price ("plus a special
	// dividend"), addingWords add them, moreWords tell a premium
	dividendWords = set(`dividend dividends dividende dividendes dividendo dividendi dividendos`)
	addingWords   = set(`plus including inclusive piu y und e et and inklusive compris`)
	moreWords     = set(`more plus piu mas mehr above higher sopra oltre`)
	// anyWords make an offer a hypothesis ("any offer below")
	anyWords = set(`any ogni cualquier toute tout jede jedes jeden`)
	// shareSales tell shares sold or bought back, rights to shares or a
	// forecast, not a company bid for (so do dividends, unless added)
	shareSales = set(`ipo ipos listing flotation float placement placing rights buyback buybacks
		repurchase repurchases repurchasing warrant warrants options guidance salida sbarco
		borsengang platzierung kapitalerhohung ruckkauf aktienruckkauf
		quotazione collocamento collocato collocata collocati riacquisto
		cotizacion colocacion colocado colocada recompra placed
		introduction cotation rachats`)
)
