package deals

import (
	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/segment"
	"dealwire/model"
)

// A price offered for each of a company's shares is a bid for the whole
// company: "Veltraco offered $12 a share for Quorvex", "Brindle, which
// had countered with $19 a share", "bietet den Quorvex-Aktionären 115
// Euro je Aktie", "qui proposait 2 dollars pour chaque titre Quorvex".
// News tells takeover bids this way in every language,
// rival and failed bids most of all, and no other deal is priced per
// share of its target. The offering word alone ("offered", "bot") tells
// no deal: companies offer products, services and jobs.

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
	from, to := i, i
	for from > 0 && i-from < perShareReach && !perShareBreaks[w[from-1]] {
		from--
	}
	for to+1 < len(w) && to-i < perShareReach && !perShareBreaks[w[to+1]] {
		to++
	}
	priced := false
	for k := from; k <= to; k++ {
		if shareSales[w[k]] {
			return false
		}
		priced = priced || pricePerShareAt(w, k, to)
	}
	return priced
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
			if eachWords[f] || k == m.From-1 && bidForWords[f] {
				return m.Company
			}
			if perShareBreaks[f] || f == "," {
				break
			}
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
// Dollar je Aktie geboten").
const perShareReach = 12

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
	// bidForWords name what a bid is for ("for Quorvex", "für Quorvex")
	bidForWords = set(`for fur pour sur per por`)
	// eachWords open "for each share", "pour chaque titre"
	eachWords = set(`each every chaque cada ogni jede jeden`)
	// shareSales tell shares sold or bought back, not a company bid for
	shareSales = set(`ipo ipos listing flotation float placement placing rights buyback buybacks
		borsengang platzierung kapitalerhohung ruckkauf aktienruckkauf
		quotazione collocamento riacquisto
		cotizacion colocacion recompra
		introduction cotation rachats`)
)
