package deals

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/money"
	"dealwire/loader/extract/segment"
	"dealwire/model"
)

// holding: the clause's only deal words are stakes a company is said to
// own ("Vodafone's 42% stake in Indus Towers", "Fox's 30% stake in
// Hulu"): a holding, with no word of buying, selling or investing.
func holding(hs []hit, ws words, ms []Mention, toks []segment.Token) bool {
	for _, h := range hs {
		if !stakeNouns[ws.w[h.at]] {
			return false
		}
		owned := false
		for _, m := range ms {
			if t := ws.tok[h.at]; toks[m.To-1].Poss() && m.To <= t && t-m.To <= 3 {
				owned = true
			}
		}
		if !owned {
			return false
		}
	}
	return len(hs) > 0
}

// boundType is the type of a deal word that names its counterparty right
// after it ("a digital health partnership with China Mobile", "licensing
// agreement with Xiaomi"): it says what the deal with that company is,
// whatever else the clause tells ("a deal to provide equipment for
// Shanghai").
func boundType(hs []hit, ws words, ms []Mention) (string, bool) {
	for _, h := range hs {
		if h.kind != model.Partnership && h.kind != model.JointVenture && h.kind != model.Licensing {
			continue
		}
		for i := h.at + 1; i < len(ws.w) && i <= h.at+3; i++ {
			if !withWords[ws.w[i]] {
				continue
			}
			next := ws.tok[i] + 1
			for _, m := range ms {
				if m.From == next || m.From == next+1 && articleAt(ws, i+1) {
					if h.kind == model.Partnership && licenceJoined(hs, ws, h.at) {
						return model.Licensing, true // "a license and distribution agreement with": a licence first
					}
					return h.kind, true
				}
			}
		}
	}
	return "", false
}

// licenceJoined: a licence word is joined by a conjunction to the deal
// word at i ("license and distribution agreement", "licenza e
// distribuzione", "de licence et de collaboration"): one agreement, a
// licence among other things.
func licenceJoined(hs []hit, ws words, i int) bool {
	return slices.ContainsFunc(hs, func(h hit) bool {
		return h.kind == model.Licensing && h.at < i && (h.at >= i-2 || h.at == i-3 && ofWordSet.Has(ws.w[i-1]) && !infinitiveLike(ws.w[i])) && conjunctionSet.Has(ws.w[h.at+1])
	})
}

// infinitiveLike: w ends as a Romance infinitive does ("collaborare",
// "coopérer", "colaborar"): an act of its own after "di", "de" ("chiudere
// l'accordo di licenza e di collaborare con"), not the noun of an
// agreement ("de licence et de collaboration").
func infinitiveLike(w string) bool {
	return strings.HasSuffix(w, "re") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "ar")
}

// generalReference: every deal word of the clause is a plural with a
// definite article ("The licensing deals are a strategic cornerstone"):
// deals in general, not one.
func generalReference(hs []hit, ws words) bool {
	for _, h := range hs {
		if bareplural(ws, h.at) {
			continue // "crescere attraverso alleanze piuttosto che grandi acquisizioni"
		}
		k := h.at + 1
		for k < len(ws.w) && k <= h.at+2 && !pluralDealNouns.Has(ws.w[k]) {
			k++
		}
		if seriesOf(ws, h.at) {
			continue // "a series of international acquisitions": many deals, none told
		}
		if inASector(ws, h.at) {
			continue // "Eurazeo's first investment in education": a field, no company
		}
		if h.at == 0 || !pluralDeterminers[ws.w[h.at-1]] || k > h.at+2 || k >= len(ws.w) {
			return false
		}
	}
	return len(hs) > 0
}

// inASector: the investment word at i is "in" a field named by a word in
// lower case, no company named in the clause after it ("its first
// investment in education", "investimenti nelle rinnovabili").
func inASector(ws words, i int) bool {
	if !investmentNouns[ws.w[i]] || i+2 >= len(ws.w) || !sectorLinks[ws.w[i+1]] {
		return false
	}
	next := ws.w[i+2]
	return next != "" && !punctuation(next) && !determiners.Has(next) && !isNumber(next) && !namedBeforePause(ws, i+2)
}

var investmentNouns = set(`investment investments investimento investimenti inversion inversiones investissement investissements investition investitionen`)

var sectorLinks = set(`in into nel nella nelle negli en dans`)

// bareplural: the deal word at i is a plural with no article, number or
// object: deals of a kind, none of them told ("growth through alliances
// rather than large acquisitions").
func bareplural(ws words, i int) bool {
	if !pluralDealNouns.Has(ws.w[i]) {
		return false
	}
	if i+1 < len(ws.w) && objectLinks[ws.w[i+1]] {
		return false // "acquisitions of Pixar and Marvel"
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if pluralDeterminers[ws.w[k]] || numberWords[ws.w[k]] || isNumber(ws.w[k]) {
			return false
		}
	}
	return true
}

var objectLinks = set(`of di del della dello dei degli delle de des du von der by da in`)

var numberWords = set(`two three four five six several many due tre quattro cinque diverse varie deux trois quatre plusieurs dos tres cuatro varias varios zwei drei vier mehrere`)

// seriesOf: the plural deal noun at i follows "a series of", "una serie
// di", "eine Reihe von", an adjective maybe between.
func seriesOf(ws words, i int) bool {
	if !pluralDealNouns.Has(ws.w[i]) {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-2; k-- {
		if optionLinks[ws.w[k]] || ws.w[k] == "of" || ws.w[k] == "von" {
			return seriesNouns[ws.w[k-1]]
		}
	}
	return false
}

var seriesNouns = set(`series string spate wave number raft flurry slew serie sfilza ondata reihe welle vielzahl`)

// optionOnly: every typed deal word of the clause is what an option allows
// ("an option to acquire the remaining 70 per cent", "un'opzione per
// rilevare"): a right for later, not a deal.
func optionOnly(hs []hit, ws words) bool {
	options, last := 0, -1
	for _, h := range hs {
		switch {
		case optionGoverned(h, ws):
			options++
			last = h.at
		case last >= 0 && h.at-last <= 6:
			last = h.at // "an option to buy back a 15 percent stake": what the option buys
		case h.kind != generic:
			return false
		}
	}
	return options > 0
}

// optionGoverned: the deal word at h is what an option allows.
func optionGoverned(h hit, ws words) bool {
	k := h.at - 1
	if k >= 0 && optionLinks[ws.w[k]] {
		k--
	}
	return k >= 0 && optionWords[ws.w[k]]
}

var optionWords = set(`option options opzione opzioni opcion opciones optionen`)

// laterOption: word i is an option not used now ("secured options to
// raise its holding", "may exercise an option", "has not yet exercised its
// option"; not "exercised its option on the remaining 50%", "is exercising
// an option"), or a right to buy more ("il diritto di salire al 100%",
// "the right, from 2025, to buy the remaining 51 percent"; not "the right
// to nominate the board", nor "the right to appoint the chief executive
// and to increase the dividend").
func laterOption(ws words, i int) bool {
	switch {
	case optionWords[ws.w[i]]:
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if exercising[ws.w[k]] {
				return notBefore(ws, k)
			}
		}
		return true
	case rightWords[ws.w[i]]:
		for k := i + 1; k < len(ws.w) && k <= i+8 && ws.w[k] != "." && !conjunctionSet.Has(ws.w[k]); k++ {
			if raisingWords[ws.w[k]] {
				return true
			}
		}
	}
	return false
}

// notBefore: a word of negation, of "yet" or a modal stands in the three
// words before k ("has not yet exercised", "may exercise", "podrá ejercer").
func notBefore(ws words, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if ws.negation(j) || yetWords[ws.w[j]] || modals[ws.w[j]] {
			return true
		}
	}
	return false
}

var (
	// rightWords name a right, one to buy more when a word of raising
	// follows in its clause.
	rightWords   = set(`right rights diritto diritti derecho derechos droit droits recht`)
	raisingWords = set(`raise increase lift take buy acquire purchase salire aumentare acquistare comprare rilevare subir aumentar elevar comprar adquirir augmenter acheter acquerir racheter monter porter aufstocken erhohen kaufen erwerben ubernehmen`)
	// exercising an option buys now, unless a modal or a negation stands
	// before it
	exercising = set(`exercised exercise exercises exercising ejercio ejercido ejercitado ejerce ejercer esercitato esercito esercita esercitare exerce exerca exercer ausgeubt`)
	yetWords   = set(`yet noch ancora todavia`)
	modals     = set(`may might can could will would shall able to podra podran podria puede pueda potra potranno potrebbe puo pourra pourront pourrait peut kann konnte konnen wird durfte`)
)

var optionLinks = set(`to per di de d zu zum zur`)

var pluralDeterminers = set(`the these those such i gli le questi queste los las estos estas die diese les ces`)

var pluralDealNouns = lists.SetOf(set(`deals agreements acquisitions partnerships takeovers buyouts mergers disposals alliances investments
	accordi acquisizioni alleanze fusioni cessioni investimenti acuerdos adquisiciones alianzas fusiones ventas inversiones
	vereinbarungen ubernahmen abkommen allianzen zukaufe fusionen beteiligungen investitionen accords rachats fusions cessions investissements`))

// buysGoods: a word of buying or delivering among the hits.
func buysGoods(hs []hit) bool {
	for _, h := range hs {
		if h.kind == model.Acquisition || h.kind == delivery || h.kind == model.Supply {
			return true
		}
	}
	return false
}

func onlyDelivery(hs []hit) bool {
	for _, h := range hs {
		if h.kind != delivery {
			return false
		}
	}
	return true
}

// typeOf picks the clause's deal type from its triggers: the most specific
// wins; a stake bought is an investment, not an acquisition. A stake may
// be told anywhere in all, the clause with its neighbours that tell no
// deal of their own.
func typeOf(hs []hit, ws words, c, all clause, lang string) (string, bool) {
	var firstBuf [8]firstHit // on the stack: a clause has hits of a few kinds
	has := firstHits(firstBuf[:0], hs)
	switch {
	case has.at(model.JointVenture) > 0 && has.at(model.Acquisition) > 0 &&
		(has.at(model.Acquisition) < has.at(model.JointVenture) || verbLast[lang]) && boughtOutOf(ws, has.at(model.JointVenture)-1):
		// "paid $13 billion to buy out Novartis from their joint venture",
		// "hatte Novartis aus dem Gemeinschaftsunternehmen herausgekauft"
		return model.Acquisition, false
	case has.at(model.JointVenture) > 0 && !stakeInVenture(ws, c, hs, has):
		return model.JointVenture, false
	case (has.at(model.Acquisition) > 0 || has.at(model.Divestiture) > 0) && rightsTransferred(ws, c):
		// "paid Starbucks $7.15 billion for the perpetual rights to sell
		// its coffee", "ha ceduto a Ubisoft i diritti di streaming": a
		// licence, bought or granted
		return model.Licensing, false
	case (has.at(model.Partnership) > 0 || has.at(generic) > 0) && has.at(model.Merger) == 0 && has.at(model.Investment) == 0 &&
		has.at(model.Supply) == 0 && has.at(delivery) == 0 && rightsGiven(ws, c):
		// "aveva girato a Boehringer Ingelheim i diritti sull'antitumorale
		// olmutinib in un'intesa da 730 milioni": an agreement over rights
		// is a licence (not a supply deal that brings distribution rights)
		return model.Licensing, false
	case has.at(model.Licensing) > 0 && !royaltiesTransferred(hs, ws, has):
		return model.Licensing, false
	case has.at(model.Merger) > 0:
		return model.Merger, false
	case (has.at(model.Acquisition) > 0 || has.at(model.Supply) > 0 || has.at(generic) > 0 || has.at(delivery) > 0) &&
		(has.at(model.Divestiture) == 0 || has.at(model.Acquisition) > 0) &&
		(has.at(model.Partnership) == 0 || has.at(model.Supply) > 0 || has.at(delivery) > 0 || has.at(model.Acquisition) > 0) && goods(hs, ws, c, lang) &&
		!(has.at(model.Supply) == 0 && has.at(delivery) == 0 && onlyPaying(hs, ws) && upfront(ws)) &&
		!(has.at(model.Supply) == 0 && has.at(delivery) == 0 && businessBought(hs, ws, c, lang)) && !onlyBids(hs, ws):
		// "buy battery cells for 4 billion euros", "will provide network
		// equipment", "un accord d'achat et de vente de gaz": goods change
		// hands, not a company (an alliance in batteries is an alliance)
		return model.Supply, false
	case has.at(model.Divestiture) > 0 && has.at(model.Acquisition) == 0 && (goods(hs, ws, c, lang) || productsSold(ws, has.at(model.Divestiture)-1) || namedGoodsSold(ws, has.at(model.Divestiture)-1) || soldUnderBrand(ws, has.at(model.Divestiture)-1)):
		// "sells more trains each year than Siemens and Alstom", "bar
		// Qualcomm from selling its chips to Huawei": trade, no deal
		return trade, true
	case has.at(model.Divestiture) > 0 && (has.at(model.Acquisition) == 0 || has.at(model.Divestiture) < has.at(model.Acquisition)) &&
		(has.at(model.Investment) == 0 || has.at(model.Divestiture) < has.at(model.Investment) || verbLast[lang] && stakeSold(hs, ws)):
		// "agreed to sell its stake in Supercell to Tencent": selling
		// comes first, a stake is what is sold; a minority of a company
		// sold is an investment by the buyer ("cede il 35% di Cdp Reti a
		// State Grid")
		// (one whose buyer the clause does not name is the seller's
		// sale: "Veltraco sold its 16.35% stake in Quorvex for 1.2 billion euros")
		if (minoritySold(ws, has.at(model.Divestiture)-1, c) || verbLast[lang] && minorityBefore(ws, c, has.at(model.Divestiture)-1)) &&
			recipientNamed(ws, c, has.at(model.Divestiture)-1) {
			return model.Investment, false
		}
		return model.Divestiture, false
	case (has.at(model.Investment) > 0 || has.at(model.Acquisition) > 0 && stakeWords(ws, all)) && has.at(model.Divestiture) == 0 &&
		allianceMade(ws, c) && !control(ws, all) && !majorityStake(ws, all):
		// "ont signé un accord d'alliance stratégique assorti d'une prise
		// de participation croisée", "a strategic alliance and a $1
		// billion stake in each other": the stakes seal the alliance
		return model.Partnership, false
	case has.at(model.Investment) > 0 && has.at(model.Acquisition) == 0 && has.at(model.Divestiture) == 0 && (majorityStake(ws, all) || majorityTaken(ws, all)):
		// "has taken a majority stake in Blue Bottle", "une participation
		// majoritaire", "took a 51% stake in TerraForm": a stake that gives
		// control is the company bought
		return model.Acquisition, false
	case has.at(model.Investment) > 0 && !control(ws, all) && !partnerBoughtOut(ws, all) &&
		!(has.at(model.Acquisition) > 0 && has.at(model.Acquisition) < has.at(model.Investment) && businessAfter(ws, has.at(model.Acquisition)-1)):
		// not "took over Renault's truck business in 2001, paying in shares
		// that left Renault with a large stake": a business bought first
		return halvesAreVenture(ws, all), false
	case has.at(model.Acquisition) > 0 && stakeWords(ws, all) && !control(ws, all) && !partnerBoughtOut(ws, all) && !businessAfter(ws, has.at(model.Acquisition)-1) &&
		!(onlyBids(hs, ws) && !percentSought(hs, ws, all)):
		// (not "Per ogni azione Quorvex, Veltraco offre 1,49 azioni di
		// nuova emissione": the shares a bid pays in; but "bietet 12 Euro
		// je Aktie für bis zu 25 Prozent der Quorvex-Aktien" seeks a stake)
		return halvesAreVenture(ws, all), false
	case has.at(model.Acquisition) > 0 || has.at(model.Divestiture) > 0:
		a, d := has.at(model.Acquisition), has.at(model.Divestiture)
		if a > 0 && (d == 0 || a < d) {
			// (but a half that gives control, "with a further 1% lent to
			// it to give it control", or one bought from its holder, "da
			// Sun Chemical la metà", is the company bought)
			if h := (clause{a - 1, max(c.to, a)}); halfOf(ws, h) && !control(ws, all) && !boughtFromHolder(ws, h) {
				return model.JointVenture, false // "will buy half of a new Daimler Truck subsidiary"
			}
			return model.Acquisition, false
		}
		return model.Divestiture, false
	case has.at(model.Supply) > 0:
		return model.Supply, false
	case has.at(weakLicensing) > 0:
		return model.Licensing, false
	case has.at(model.Partnership) > 0:
		return model.Partnership, false
	case has.at(generic) > 0 && has.at(delivery) > has.at(generic) && has.at(delivery)-has.at(generic) <= 4 && deliveryNouns[ws.w[has.at(delivery)-1]]:
		// "eine Rahmenvereinbarung über die Lieferung von Erdgas", "an
		// agreement for the delivery of": an agreement to deliver goods
		return model.Supply, false
	case has.at(generic) > 0 && signedWith(ws, has.at(generic)-1) && servicePurpose(ws, c, has.at(generic)-1):
		// "signed a £180 million contract with Arqiva to upgrade and
		// install 760,000 smart water meters": a service bought
		return model.Supply, false
	case has.at(generic) > 0 && workOrdered(ws, c, has.at(generic)-1):
		// "un contrato en firme con Astrium para la fabricación de
		// HYLAS": a contract for a thing made, whoever is said to sign it
		return model.Supply, false
	case has.at(generic) > 0 && signedWith(ws, has.at(generic)-1):
		// "ha firmato un accordo con Mediaset per portare i canali": an
		// agreement signed with a company for a purpose of its own is a
		// partnership, unless a deal it points at says otherwise
		return model.Partnership, true
	}
	return model.Other, true
}

// allianceMade: clause c names an alliance made now, or opens with a
// word that points back at one the words before it name ("…, under which
// Nissan will take a 34% stake"): its noun after an indefinite article or
// beside "strategic" ("signed a strategic alliance", "una alianza
// estratégica", "un accord d'alliance"). Not one that exists ("the
// rebalancing of the alliance with Nissan", "a member of an alliance"),
// one that ends ("ending a strategic partnership"), a limited partnership
// (a kind of firm), nor a company named Allianz.
func allianceMade(ws words, c clause) bool {
	from := c.from
	if opensWithBackLink(ws, c) {
		from = max(0, c.from-12)
	}
	for i := from; i < c.to; i++ {
		if !allianceNouns[ws.w[i]] || ws.isNamed(i) || precededBy(ws, i, 4, endingWords) || i > 0 && ws.w[i-1] == "limited" {
			continue
		}
		if i+1 < len(ws.w) && strategicWords[ws.w[i+1]] || i > 0 && strategicWords[ws.w[i-1]] {
			return true
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if indefiniteArticles[ws.w[k]] {
				if k > 0 && (ofWordSet.Has(ws.w[k-1]) || ws.w[k-1] == "in") {
					break // "a member of an alliance", "its partner in an alliance": one that exists
				}
				return true
			}
			if determiners.Has(ws.w[k]) || possessive[ws.w[k]] {
				break
			}
		}
	}
	return false
}

// opensWithBackLink: clause c opens with a relative that refers to the
// deal the clause before named ("under which", "in base al quale", "en
// virtud del cual", "aux termes duquel", "in dessen Rahmen").
func opensWithBackLink(ws words, c clause) bool {
	k := c.from
	if k < c.to && ws.w[k] == "," {
		k++
	}
	return k+1 < c.to && slices.Contains(backLinks[ws.w[k]], ws.w[k+1])
}

var (
	// backLinks are those relatives, by first word
	backLinks = map[string][]string{"under": {"which"}, "by": {"which"}, "in": {"which", "base", "dessen", "deren"}, "through": {"which"},
		"con": {"cui"}, "per": {"cui"}, "en": {"virtud"}, "por": {"el", "la"}, "mediante": {"el"},
		"aux": {"termes"}, "par": {"lequel", "laquelle"}, "dans": {"le"}, "bei": {"dem", "der"}}
	endingWords = set(`ending ended end ends terminating terminated terminate dissolve dissolved dissolving chiudendo chiude rompe rompendo poniendo pone fin mettant terme beendet beendete beenden`)
)

var (
	allianceNouns  = set(`alliance alliances alleanza alianza allianz bundnis partnership partenariat partnerschaft`)
	strategicWords = set(`strategic strategica strategico estrategica estrategico strategique strategische strategischen strategisches`)
)

// firstHit is where a clause's first hit of a kind is, +1 so that 0 means
// none.
type firstHit struct {
	kind string
	at   int
}

// hitsAt is each kind's firstHit: typeOf asks of a clause's kinds up to
// forty times, which a short slice answers for less than a map costs to
// make and to ask.
type hitsAt []firstHit

// at is where the first hit of kind is, +1; 0 when there is none.
func (hs hitsAt) at(kind string) int {
	for _, h := range hs {
		if h.kind == kind {
			return h.at
		}
	}
	return 0
}

// firstHits appends to out the first hit of each kind of hs, in the
// order the kinds first come.
func firstHits(out hitsAt, hs []hit) hitsAt {
	for _, h := range hs {
		if out.at(h.kind) == 0 {
			out = append(out, firstHit{kind: h.kind, at: h.at + 1})
		}
	}
	return out
}

// signedWith: the generic deal word at i is signed ("signed an agreement",
// "ha firmato un accordo") and made with someone ("with", "con", "avec",
// "mit") right after it.
func signedWith(ws words, i int) bool {
	k := i - 1
	if otherAgreementAfter(ws, i) {
		return false // "un accordo di riservatezza", "un contrat de travail"
	}
	for k > 0 && priceWord(ws.w[k]) {
		k-- // "signed a £180 million contract with"
	}
	for n := 0; n < 2 && k > 0 && !ws.isNamed(k) && !indefiniteArticles[ws.w[k]] && !signVerbs[ws.w[k]] && wordLike(ws.w[k]); n++ {
		if otherDealWords[ws.w[k]] || otherAgreements[ws.w[k]] {
			return false // "could sign another deal with", "signed a confidentiality agreement with"
		}
		k-- // "signed an exclusive agreement with", "a long-term agreement"
	}
	if k >= 0 && indefiniteArticles[ws.w[k]] {
		k--
	}
	if k >= 0 && ws.isNamed(k) {
		// "ha firmato ieri con DreamWorks un accordo", "a signé avec
		// DreamWorks un contrat": the company named between verb and noun
		for k > 0 && ws.isNamed(k) {
			k--
		}
		if !withWords[ws.w[k]] {
			return false
		}
		for j := k - 1; j >= 0 && j >= k-2; j-- {
			if signVerbs[ws.w[j]] {
				// who signs is no person ("Aardman, ..., a signé avec
				// DreamWorks un contrat", "Il gruppo ha firmato con
				// Quorvex un accordo"; not "Le footballeur a signé avec
				// Brindle un contrat")
				return !signedByNoCompany(ws, j)
			}
		}
		return false
	}
	if k < 0 || !signVerbs[ws.w[k]] || signedByNoCompany(ws, k) {
		return false // (not "The coach signed a $5 million contract with")
	}
	for j := i + 1; j < len(ws.w) && j <= i+3; j++ {
		if withWords[ws.w[j]] {
			return true // "un accordo in esclusiva con"
		}
		if ws.isNamed(j) || !wordLike(ws.w[j]) {
			return false
		}
	}
	return false
}

// servicePurpose: the deal word at i is a contract, and after it clause
// c says what it is for with a verb of work done or goods delivered: "to
// install", "per sostituire o installare", "pour fournir", "para
// suministrar", "um ... zu liefern".
func servicePurpose(ws words, c clause, i int) bool {
	if !contractNouns[ws.w[i]] {
		return false // "an exclusive agreement ... to develop and produce films": a partnership
	}
	return !jointlyDone(ws, c) && contractFor(ws, c, i, purposeWords, 3, serviceVerbs) // (not "to jointly build", "a 50-50 plant")
}

// contractFor: after the contract at i, clause c has one of purposes and,
// within reach words of it, one of what: what the contract is for.
func contractFor(ws words, c clause, i int, purposes map[string]bool, reach int, what map[string]bool) bool {
	for k := i + 1; k < c.to; k++ {
		if !purposes[ws.w[k]] {
			continue
		}
		for j := k + 1; j < c.to && j <= k+reach; j++ {
			if what[ws.w[j]] {
				return true
			}
		}
	}
	return false
}

// workOrdered: the deal word at i is a contract, and after it clause c
// says what it is for with a noun of work done or goods delivered: "il
// contratto per la costruzione di", "un contrato ... para la fabricación
// de", "a contract for the supply of". Not an agreement ("un accordo per
// la costruzione di un gasdotto" is often two companies building
// together), nor a contract for a thing built together.
func workOrdered(ws words, c clause, i int) bool {
	if !contractNouns[ws.w[i]] || jointlyDone(ws, c) || !precededBy(ws, i, 6, contractingVerbs) {
		return false // (not "are both bidding for the contract for the construction of")
	}
	return contractFor(ws, c, i, workPurposeWords, 2, workNouns)
}

// workPurposeWords are purposeWords and the English "for" a noun of work
// follows ("a contract for the supply of").
var workPurposeWords = union(purposeWords, set(`for`))

// jointlyDone: clause c says the work is done together ("to jointly
// build", "a 50-50 plant").
func jointlyDone(ws words, c clause) bool {
	for k := c.from; k < c.to; k++ {
		if jointWords[ws.w[k]] || ws.w[k] == "50" && k+1 < c.to && (ws.w[k+1] == "50" || k+2 < c.to && ws.w[k+2] == "50") {
			return true
		}
	}
	return false
}

// contractingVerbs sign, close or award a contract: the one who orders
// and the one who does the work are its sides (not two rivals bidding
// for it, nor one who snatched it from the other).
var contractingVerbs = union(signVerbs, set(`awarded awards award concluded closed cerrado cerro cerrada concluso conclusa conclu conclue
	abgeschlossen schloss affidato affidata assegnato assegnata adjudico adjudicado attribue attribuee vergeben vergab`))

// workNouns name a thing made, built or delivered for whoever orders it.
var workNouns = set(`construction manufacture supply delivery costruzione fabbricazione fornitura realizzazione consegna
	construccion fabricacion suministro entrega fabrication fourniture livraison realisation bau herstellung lieferung`)

var (
	contractNouns = set(`contract contratto contrat contrato vertrag auftrag`)
	purposeWords  = set(`to per pour para um zu`)
	// (building counts only where nothing says the two do it together:
	// not "to jointly build a battery factory", "to build and operate a
	// 50-50 plant"; running, never)
	serviceVerbs = set(`install upgrade supply deliver provide maintain manufacture replace equip build construct
		installare sostituire fornire consegnare costruire realizzare
		installer remplacer fournir livrer entretenir equiper construire
		instalar sustituir suministrar entregar equipar construir
		liefern installieren warten ersetzen bauen errichten`)
	// jointWords: jointlyWords and the words of a thing owned together
	jointWords = union(jointlyWords, set(`joint comune commune juntos conjunta gemeinsame gemeinsamen`))
)

// deliveryNouns name a delivery, which an agreement may be about (not
// "a deal that will provide access").
var deliveryNouns = set(`delivery deliveries lieferung lieferungen livraison livraisons consegna consegne entrega entregas fornitura suministro fourniture`)

// otherDealWords point at a deal other than the one told ("could sign
// another deal with"); otherAgreements name agreements that are no
// partnership ("a confidentiality agreement", "un contrat de travail").
var (
	otherDealWords  = set(`another other similar further second new`)
	otherAgreements = set(`confidentiality nondisclosure settlement standstill lease rental loan employment travail riservatezza
	confidencialidad confidentialite extrajudicial transaccional transazione locazione arrendamiento bail pret prestito prestamo arbeitsvertrag`)
)

// otherAgreementAfter: within the three words after the agreement noun
// at i, a word names a kind of agreement that is no partnership ("accordo
// di riservatezza", "accord de confidentialité", "contrat de travail").
func otherAgreementAfter(ws words, i int) bool {
	for j := i + 1; j < len(ws.w) && j <= i+3 && !withWords[ws.w[j]]; j++ {
		if otherAgreements[ws.w[j]] {
			return true // (not "an agreement with car rental group Quorvex")
		}
	}
	return false
}

// personSigners are people who sign contracts of their own.
// signedByNoCompany: a person or a public body named before the verb of
// signing at j signs ("Le footballeur a signé", "L'État a signé avec",
// "I sindacati hanno firmato con"), not a company.
func signedByNoCompany(ws words, j int) bool {
	return slices.ContainsFunc(ws.w[:j], personSigners.Has) || slices.ContainsFunc(ws.w[:j], publicSigners.Has)
}

var publicSigners = lists.SetOf(set(`government governo gobierno gouvernement etat regierung ministry ministero ministerio ministere ministerium
	unions union sindacati sindacato sindicatos syndicats syndicat gewerkschaft gewerkschaften`))

var personSigners = lists.SetOf(set(`footballeur joueur player players footballer calciatore giocatore futbolista jugador spieler fussballer
	coach entraineur allenatore entrenador trainer pilote pilota piloto driver artiste artista artist chanteur singer cantante saenger`))

// wordLike: w is a word, not punctuation.
func wordLike(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

var signVerbs = set(`signed signs sign signing inked firmato firmata firma firmano firmo firmado firmaron firmara suscrito sottoscritto siglato signe signent signera unterzeichnet unterzeichnete unterzeichneten unterschrieben unterschrieb assinou assinado assina`)

var nowWords = set(`today now also heute jetzt auch oggi ora anche hoy ahora tambien aujourd hui desormais aussi hoje agora tambem`)

// halvesAreVenture types a stake: half of a company, the other half
// another's ("Volvo adquirirá el 50% de Daimler Truck Fuel Cell", "will
// hold equal stakes"), is a joint venture; any other share an investment.
func halvesAreVenture(ws words, c clause) string {
	for i := c.from; i < c.to; i++ {
		w := ws.w[i]
		if halfOfATime(ws, i) {
			continue // "in the second half of 2024": a time
		}
		if halfWords[w] || w == "50" && i+1 < c.to && percents[ws.w[i+1]] || i+1 < c.to && halfWords[w+" "+ws.w[i+1]] {
			return model.JointVenture
		}
	}
	return model.Investment
}

// halfOf: "half of" or "50% of" (in any language) follows in c: a half
// bought.
func halfOf(ws words, c clause) bool {
	for i := c.from; i+1 < c.to; i++ {
		if halfWords[ws.w[i]] && ofWordSet.Has(ws.w[i+1]) && !halfOfATime(ws, i) {
			return true
		}
		if ws.w[i] == "50" && percents[ws.w[i+1]] && i+2 < c.to && ofWordSet.Has(ws.w[i+2]) {
			return true // "l'acquisition de 50 % des activités d'Ocado"
		}
	}
	return false
}

// boughtFromHolder: "from" (or "da", "von") comes before the half in c:
// the half is bought from the partner who held it.
func boughtFromHolder(ws words, c clause) bool {
	for i := c.from; i+1 < c.to; i++ {
		if fromWords[ws.w[i]] {
			return true
		}
		if halfWords[ws.w[i]] || ws.w[i] == "50" {
			return false
		}
	}
	return false
}

var fromWords = set(`from da dal dalla von vom aupres`)

// halfOfATime: the word at i follows an ordinal that makes it a half year
// ("the second half", "la prima metà").
func halfOfATime(ws words, i int) bool { return i > 0 && periodOrdinals[ws.w[i-1]] }

var periodOrdinals = set(`first second 1st 2nd prima seconda premiere seconde primera segunda ersten zweiten a`)

var halfWords = set2(`half|halves|mitad|meta|moitie|halfte|50:50|fifty fifty|equal stakes|parts egales|partes iguales|parti uguali|gleichen teilen`)

// boughtOutOf: the joint venture at jv is where a partner is bought out
// from ("from their existing joint venture"), not the deal itself.
func boughtOutOf(ws words, jv int) bool {
	// "por el 85% de una empresa conjunta": "of" a new venture, which has
	// no partner to buy out yet (but "Quorvex's half of a joint venture")
	ofNew := jv > 0 && indefiniteArticles[ws.w[jv-1]]
	for k := jv - 1; k >= 0 && k >= jv-7; k-- {
		// "from their joint venture", or a partner's half of it: "to buy
		// out Sun Chemical's half of their joint venture"
		if outOfWords[ws.w[k]] || halfWords[ws.w[k]] || !ofNew && shareOfWords[ws.w[k]] {
			return true
		}
	}
	return false
}

var outOfWords = set("from out aus dal dalla")

// heldAlready: the stake or percentage at i is one a relative clause says
// its subject holds ("qui détient déjà 13,5 % du capital", "which holds
// 20%", "che detiene il 13,5%", "que posee el 13,5 %"): what the buyer
// has, not what the clause's deal deals (not "La compañía ya controla un
// 4,8% de KPN, comprado discretamente": a main clause; nor "which now owns
// 25% of Brindle after buying shares": the stake the news is of).
func heldAlready(ws words, i int) bool {
	held, now := false, false
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch w := ws.w[k]; {
		case w == "," || w == ".":
			return false
		case alreadyHeldVerbs[w]:
			held = true
		case newStakeWords[w]:
			now = true
		case held && relatives[w]:
			return !now
		}
	}
	return false
}

// holderApposition: the stake or percentage at i is what an apposition
// says a company holds ("Bega Cheese Ltd, WCB's largest shareholder with
// about 18 percent, offered ..."): a shareholder noun within the four
// words before it, opened by a comma within the four before that, and no
// word of becoming between ("Veltraco, which became the largest
// shareholder with 20%": the stake the news is of).
func holderApposition(ws words, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if clauseEnds[ws.w[k]] {
			return false
		}
		if !holderNoun(ws.w[k]) {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			switch {
			case ws.w[j] == ",":
				return true
			case becomingWords[ws.w[j]] || clauseEnds[ws.w[j]]:
				return false
			}
		}
		return false
	}
	return false
}

// holderNoun: w names a shareholder ("shareholder", "azionista",
// "Großaktionär").
func holderNoun(w string) bool {
	return shareholderNouns[w] || strings.HasSuffix(w, "aktionar") || strings.HasSuffix(w, "aktionare")
}

var becomingWords = set(`became become becomes becoming diventa diventato diventata divenuto devient devenu devenue deviendra convierte convirtio convertido convertida wird wurde geworden`)

var (
	alreadyHeldVerbs = set(`holds owns controls detient possede controle detiene possiede controlla posee controla halt besitzt kontrolliert`)
	// "now" tells a stake the news is of ("which now owns 25% after buying
	// shares"); a holding told without it is held before the news
	newStakeWords = set(`now ora ahora maintenant desormais jetzt nun inzwischen`)
)

// stakeInVenture: the clause buys a stake in a joint venture, or all of
// it: a word of buying, or a stake taken, before the venture word, with a
// stake or a percentage before it too, and nothing that says the venture
// is still to come ("paid $75 million for a 30 percent stake in the
// Kyzylkum joint venture", "raised its stake in its Argentine venture",
// "se había hecho con el 40% que Marston's tenía en su empresa
// conjunta", "hat 30 Prozent am Gemeinschaftsunternehmen Kyzylkum ...
// übernommen"): told as the other purchases are. Not "will acquire a 60
// percent stake in the new joint venture", "will invest and hold 51% of
// the joint venture", "wird 60 Prozent an einem Gemeinschaftsunternehmen
// mit der Kravlo GmbH übernehmen" (an indefinite venture, the verb last:
// one founded).
func stakeInVenture(ws words, c clause, hs []hit, has hitsAt) bool {
	jv := has.at(model.JointVenture) - 1
	bought := false
	for _, h := range hs {
		bought = bought || h.at < jv && (h.kind == model.Acquisition || h.kind == model.Investment && stakeNouns[ws.w[h.at]]) || // "raised its stake in"
			h.at > jv && h.kind == model.Acquisition && jv > 0 && definiteVenture[ws.w[jv-1]] // "30 Prozent am Gemeinschaftsunternehmen Kyzylkum ... übernommen"
	}
	if !bought {
		return false
	}
	staked := false
	for k := c.from; k < jv; k++ {
		staked = staked || stakeNouns[ws.w[k]] || percents[ws.w[k]]
	}
	return staked && !ventureToCome(ws, c, jv)
}

// partnerBoughtOut: the stake bought is a partner's share of the
// venture the two own together ("agreed to buy Celanese's 45% stake in
// Polyplastics, their joint venture", "le rachat des 45 % que Celanese
// détenait dans leur coentreprise"): the buyer ends with all of it, a
// company bought, as outlets and annotations tell it. A word for a
// venture (a joint-venture trigger, not a foray: see appendHits) follows
// "their" within three words, after the clause opens; the venture may
// stand in an apposition after the clause ("… stake in Polyplastics,
// their joint venture"). Not "with its partner": a partner named may be
// buying too.
func partnerBoughtOut(ws words, c clause) bool {
	for k := c.from; k < len(ws.w); k++ {
		if t, ok := typeTriggers.at(ws.w, k); !ok || t.kind != model.JointVenture || foray(ws.w, k) {
			continue
		}
		// ("their engineering plastics joint venture")
		for j := k - 1; j >= c.from && j >= k-3; j-- {
			if ventureOfBoth[ws.w[j]] {
				return true
			}
		}
	}
	return false
}

// ventureOfBoth are the words of a thing two own ("their joint
// venture", "leur coentreprise", "la loro joint venture").
var ventureOfBoth = set(`their leur leurs loro`)

// ventureToCome: the clause tells a venture still to be formed: "new"
// right before the venture word at jv, "planned", "to be formed", "nuova",
// "costituenda", "geplanten", "neu zu gründenden".
func ventureToCome(ws words, c clause, jv int) bool {
	for k := c.from; k < c.to; k++ {
		switch w := ws.w[k]; {
		case newWords[w] && k+1 == jv:
			return true // right before the venture word ("the new joint venture"; not "the New Jersey joint venture")
		case ventureFuture[w]:
			return true
		case (w == "formed" || w == "established" || w == "created" || w == "set") && k > 0 && (ws.w[k-1] == "be" || ws.w[k-1] == "being"):
			return true // "to be formed", "being set up"
		}
	}
	return false
}

var (
	// definiteVenture are the articles of a venture that exists ("am
	// Gemeinschaftsunternehmen", "dem"): the verb after it buys into it
	// (German tells it last); "an einem" is one to be founded
	definiteVenture = set(`am dem der im`)
	newWords        = set(`new nuova nuovo nueva nuevo nouvelle nouveau neue neuen neues neu`)
	ventureFuture   = set(`planned forming future geplant geplante geplanten costituenda costituendo costituire creare creara crear creer creera constituer grunden grundende grundenden`)
)

// shareOfWords say what a share is of: "de su empresa conjunta", "della joint venture".
var shareOfWords = set("della de del du")

// trade is what typeOf says of goods sold: no deal at all.
const trade = "trade"

// verbLast are the languages that put a clause's verb after its object
// ("seinen Anteil an Supercell verkauft").
var verbLast = map[string]bool{"de": true, "nl": true}

// stakeSold: the investment word is a stake, the thing a sale word sells,
// wherever the language puts the verb ("hatte seinen Anteil an Supercell
// an Tencent verkauft").
func stakeSold(hs []hit, ws words) bool {
	for _, h := range hs {
		if h.kind == model.Investment && !stakeNouns[ws.w[h.at]] {
			return false // "invest", "Beteiligung eingehen": money put in
		}
	}
	return true
}

// rightsTransferred: the clause's object is rights to use or sell
// something, not a business.
func rightsTransferred(ws words, c clause) bool {
	for i := c.from; i < c.to; i++ {
		if rightsWords.Has(ws.w[i]) && !sharesRights(ws, i) {
			return true
		}
	}
	return false
}

// rightsGiven: the clause names rights, in the plural, to use or sell
// something, as an agreement gives them ("i diritti sull'antitumorale",
// "the worldwide rights to"); not the word "right" ("the right partner",
// "right after"), a right to appoint directors, or a shareholder's rights.
func rightsGiven(ws words, c clause) bool {
	for i := c.from; i < c.to; i++ {
		if pluralRights[ws.w[i]] && !sharesRights(ws, i) && !(i+2 < len(ws.w) && appointWords[ws.w[i+2]]) {
			return true
		}
	}
	return false
}

var (
	pluralRights = set(`rights diritti droits derechos rechte nutzungsrechte vertriebsrechte rechten direitos`)
	appointWords = set(`appoint name nominate nominare nombrar nommer designar designate ernennen benennen`)
)

// sharesRights: the rights word at i is one of a shareholder's ("voting
// rights", "voting and economic rights", "pre-emption rights", "droits de
// vote", "diritti di opzione", "a rights issue", "a rights offering"), no
// right of use.
func sharesRights(ws words, i int) bool {
	if precededBy(ws, i, 3, holdersRightsBefore) {
		return true
	}
	for k := i + 1; k < len(ws.w) && k <= i+3; k++ {
		if holdersRightsAfter[ws.w[k]] {
			return true
		}
	}
	return false
}

var (
	holdersRightsBefore = set(`voting preemption emption tag drag veto`)
	holdersRightsAfter  = set(`issue issues offering offer vote voto opzione souscription suscripcion sottoscrizione prelazione preferencia`)
)

var rightsWords = lists.SetOf(set(`rights right diritti diritto droits droit derechos derecho rechte nutzungsrechte vertriebsrechte rechten direitos`))

// goods reports a clause about products bought or delivered and not about
// a business or shares changing hands: what follows the first verb of
// buying or delivering, up to the seller ("from the Finnish company"),
// names no business.
func goods(hs []hit, ws words, c clause, lang string) bool {
	object := c.from
	for _, h := range hs {
		if !verbLast[lang] && h.at >= c.from && h.at < c.to && (h.kind == model.Acquisition || h.kind == delivery || h.kind == model.Supply) {
			object = h.at // the object follows the verb; in German it may stand before
			break
		}
	}
	verb := -1 // the first word of buying, selling or delivering
	for _, h := range hs {
		if h.at >= c.from && h.at < c.to && (h.kind == model.Acquisition || h.kind == model.Divestiture || h.kind == delivery || h.kind == model.Supply) {
			verb = h.at
			break
		}
	}
	found, source := false, false
	// an order placed (a word of delivery), as "bei" its supplier
	ordered := slices.ContainsFunc(hs, func(h hit) bool { return h.kind == delivery && h.at >= c.from && h.at < c.to })
	for i, w := range ws.w[c.from:c.to] {
		if verbLast[lang] && verb >= 0 && c.from+i > verb && (verb+1 >= c.to || conjunctionSet.Has(ws.w[verb+1]) || ws.w[verb+1] == ",") {
			// "... gekauft und sich so Zugriff auf billiges Erdgas
			// gesichert": what a verb ending its clause bought stands
			// before it (not "BMW kauft Batteriezellen")
			break
		}
		if ws.named != nil && ws.named[c.from+i] {
			continue // "NXP Semiconductors" is a company, not chips
		}
		listed := goodsShapes.May(w) // else in none of the lists below
		if listed && sourcePreps[w] {
			source = true
		}
		if listed && (stakeNouns[w] || shareNouns[w] || lang == "fr" && w == "parts" && !marketShare(ws, c.from+i)) || (listed && businessWords[w] || businessCompound(w)) && !source && c.from+i >= object {
			// (French "parts" are stakes: "le rachat des parts qu'elle ne
			// détenait pas encore", not "des parts de marché")
			return false
		}
		if listed && goodsWords[w] {
			if c.from+i+1 < len(ws.w) && producerNouns[ws.w[c.from+i+1]] {
				return false // "natural gas producer XTO Energy": a company
			}
			if k := c.from + i; k >= 2 && ofWordSet.Has(ws.w[k-1]) && (producerNouns[ws.w[k-2]] || renterNouns[ws.w[k-2]]) {
				continue // "racheté par le loueur de voitures Lex Service", "a maker of chips": what a company does
			}
			found = true
			continue
		}
		if (verb >= 0 && c.from+i > verb && c.from+i <= verb+2 || ordered && supplierBefore(ws, c.from+i)) && countedThings(ws, c.from+i) {
			// "vendió 488.000 camiones", "hat bei Quorvex 20
			// Hochgeschwindigkeitszüge bestellt": things counted, not a
			// company
			found = true
		}
		if goodsCompound(w) && !makerCompound(ws, c.from+i) {
			found = true // "Batteriezellen", "Netzwerkausrustung"
		}
	}
	return found
}

// supplierBefore: whom an order goes to stands just before k, "bei" and
// a company's name ("hat bei Quorvex 20 Züge bestellt"). Not "from",
// "von", "da": "bought by Brindle 5 years ago", "hat von Brindle 3 Werke
// übernommen" are a company's or its sites' sale.
func supplierBefore(ws words, k int) bool {
	j := k - 1
	for j >= 0 && ws.isNamed(j) {
		j--
	}
	return j >= 0 && j < k-1 && ws.w[j] == "bei"
}

// businessBought: what the first word of buying in c takes is a company,
// its premises or a business, which goods words after it only describe
// ("le rachat du spécialiste des équipements", "bought Bladt from Maj
// Invest and steered it out of oil and gas work", "compra 171 clubes",
// "l'acquisto del business delle batterie"): told with no word of supply,
// an acquisition. Anything else keeps the reading of goods bought:
// "kauft bei Quorvex Batteriezellen", "buy Quorvex's chips", "buy Quorvex
// jets", "comprará a Quorvex baterías", "Zellen kauft Veltraco bei
// Quorvex" (whose verb the buyer follows).
func businessBought(hs []hit, ws words, c clause, lang string) bool {
	verb := slices.IndexFunc(hs, func(h hit) bool { return h.kind == model.Acquisition && h.at >= c.from && h.at < c.to })
	if verb < 0 {
		return false
	}
	at := hs[verb].at
	// German puts the subject after the verb when the clause opens on
	// something else
	subjectAfter := verbLast[lang] && (ws.named == nil || !slices.Contains(ws.named[c.from:at], true))
	for i := at + 1; i < c.to; i++ {
		w := ws.w[i]
		switch {
		case ws.isNamed(i):
			for i+1 < c.to && ws.isNamed(i+1) {
				i++
			}
			if subjectAfter {
				subjectAfter = false
				continue
			}
			// a company bought, not its goods ("Quorvex's chips", folded
			// without the possessive) nor its brand ("Quorvex A350
			// aircraft", "Quorvex für 2 Milliarden Euro Batteriezellen ab")
			return i+1 >= c.to || !goodsNear(ws, i+1, c)
		case w == "a" && lang != "en":
			return false // "comprar a", "acheter à": from the seller
		case objectLeads[w] || ofWordSet.Has(w) || isNumber(w) || countWords[w] || countScales[w]:
			continue // "the", "del", "171", "two million"
		default:
			// (not "the site's electricity": what the premises give)
			return (businessWords[w] || producerNouns[w] || describingNouns[w] || premises[w]) &&
				!(i+1 < c.to && goodsNamed(ws.w[i+1]))
		}
	}
	return false
}

// goodsNear: goods follow from i within a few words, past a model name,
// a count or a price, before any other word that joins ("Quorvex A350
// aircraft", "Quorvex 20 Flugzeuge", not "Quorvex in 2015 and steered it
// out of oil and gas").
func goodsNear(ws words, i int, c clause) bool {
	for k := i; k < c.to && k < i+6; k++ {
		w := ws.w[k]
		switch {
		case goodsNamed(w):
			return true
		case w == "at" && k+1 < c.to && ws.w[k+1] == "least":
			k++ // "at least 100 electric trains": a count
		case w == "," || conjunctions[w] || sourcePreps[w] || timePrepositions[w] || marketPrepositions[w] || w == "to" || w == "at":
			return false
		}
	}
	return false
}

// goodsNamed: w names goods, alone or ending a German compound
// ("Flugzeuge", "Batteriezellen"). (goods asks only of compounds: a bare
// "Flugzeuge" beside a takeover is often what the company bought owns.)
func goodsNamed(w string) bool {
	return goodsWords[w] || goodsCompound(w) || slices.Contains(goodsSuffixes, w)
}

// objectLeads are the articles that may open a bought object.
var objectLeads = set(`the a an some il lo la l i gli le un uno una el los las une les die der das den dem ein eine einen du des`)

// premises are the places and assets a business is bought as, beside
// businessWords ("171 clubes", "1.539 farmacias", "the site of", "les
// forêts d'Ence").
var premises = set(`clubs clubes club gyms gimnasios pharmacies farmacias farmacie apotheken site sites sito siti sitio sitios
	portal portale portail mines mine minas miniere forests forets bosques foreste walder assets actifs activos`)

// describingNouns name a company by what it does, beside producerNouns
// ("le spécialiste des équipements").
var describingNouns = set(`specialiste specialista especialista spezialist leader`)

// makerCompound: the goods compound at i opens a hyphened compound naming
// who makes them ("den Brennstoffzellen-Entwickler Nuvera", "der
// Batteriezellen-Hersteller"): a company, not goods.
// Not after "beim", "from": the maker then sells the goods ("kauft beim
// Batteriezellen-Zulieferer Kravlo ein").
func makerCompound(ws words, i int) bool {
	if i+1 >= len(ws.w) || ws.tok[i+1] != ws.tok[i] || !(producerNouns[ws.w[i+1]] || germanMakers[ws.w[i+1]]) {
		return false
	}
	for k := max(0, i-2); k < i; k++ {
		if boughtAt[ws.w[k]] {
			return false
		}
	}
	return true
}

// boughtAt are the words of whom goods are bought ("beim", "bei", "from"),
// not those of an agent ("vom Batteriezellen-Hersteller Kravlo übernommen").
var boughtAt = set(`beim bei from`)

var germanMakers = set(`entwickler entwicklers anbieter anbieters spezialist spezialisten produzent produzenten lieferant lieferanten
	zulieferer zulieferers hersteller herstellers konzern konzerns`)

// goodsCompound: a German compound ending in goods ("Batteriezellen").
func goodsCompound(w string) bool {
	for _, suf := range goodsSuffixes {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// countedThings: a bare count opens a plural at i ("488.000 camiones",
// "100 aircraft"), not an amount of money or a share of a company.
func countedThings(ws words, i int) bool {
	w := ws.w[i]
	if w == "" || w[0] < '0' || w[0] > '9' || len(w) == 4 && (w[:2] == "19" || w[:2] == "20") {
		return false // no count, or a year
	}
	for i+1 < len(ws.w) && ws.w[i+1] != "" && ws.w[i+1][0] >= '0' && ws.w[i+1][0] <= '9' {
		i++ // "488.000" is folded to two words
	}
	if i+1 >= len(ws.w) {
		return false
	}
	next := ws.w[i+1]
	if percents[next] || money.IsWord(next) || next == "" || subunits[next] && sharePrice(ws, i+2) {
		return false
	}
	return pluralLooking(next)
}

// subunits are the hundredths of currencies a price is told in: of a
// share ("un rachat à 541 pence", "at 95 cents a share"), money, or of a
// unit of goods ("at 3.5 cents per kilowatt-hour"), a supply.
var subunits = set(`pence penny cents cent centimes centesimi centimos centavos rappen`)

// sharePrice: the price ending before word k is a share's: its clause
// ends there, or a share noun follows within three words.
func sharePrice(ws words, k int) bool {
	if k >= len(ws.w) || clauseEnds[ws.w[k]] {
		return true
	}
	for j := k; j < len(ws.w) && j < k+3; j++ {
		if shareNouns[ws.w[j]] || perShareNouns[ws.w[j]] {
			return true // "541 pence per share", "775 Pence je Aktie"
		}
	}
	return false
}

// pluralLooking: w ends as plurals do in the languages read ("camiones",
// "motori", "Antriebe", "Fahrzeugen").
func pluralLooking(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "i") || strings.HasSuffix(w, "e") || strings.HasSuffix(w, "en")
}

// countedInScale: a count in a scale opens a plural at i ("two million
// e-bike drives", "10 millions de véhicules"), no amount of money.
func countedInScale(ws words, i int) bool {
	w := ws.w[i]
	if !isNumber(w) && !countWords[w] || i+2 >= len(ws.w) || !countScales[ws.w[i+1]] {
		return false
	}
	k := i + 2
	if ofWordSet.Has(ws.w[k]) && k+1 < len(ws.w) {
		k++ // "due milioni di motori"
	}
	for ; k < len(ws.w) && k <= i+4; k++ {
		next := ws.w[k]
		if next == "" || percents[next] || money.IsWord(next) || shareNouns[next] || stakeNouns[next] {
			return false // (not "10 million shares of Quorvex": a stake sold)
		}
		if pluralLooking(next) {
			return true
		}
	}
	return false
}

var (
	countWords  = set(`two three four five ten due tre quattro cinque dieci dos tres cuatro cinco diez zwei drei vier funf zehn deux trois quatre cinq dix`)
	countScales = set(`million millions milioni millones millionen thousand mila mil tausend mille`)
)

// goodsShapes sieve the lists goods asks of every word of a clause.
var goodsShapes = lists.SieveOf(sourcePreps, stakeNouns, shareNouns, businessWords, goodsWords)

var sourcePreps = set(`from by da dal dalla de del von vom bei van do`)

var goodsWords = set(`equipment equipments cells cell batteries battery chips chip semiconductors components parts
	products trains cars vehicles phones smartphones handsets drugs medicines aircraft planes
	modules hardware infrastructure turbines engines vaccines doses gas lng oil electricity crude
	tonnes tons barrels gnl gaz petrole petroleo petrolio erdgas erdol strom toneladas tonnellate tonnen barils barriles barili
	treni trenes triebzuge locomotive locomotoras lokomotiven rames
	tickets flights fluge flugtickets billets vols billetes vuelos biglietti voli
	ships vessels ship vessel navi nave navire navires paquebots paquebot barcos barco buques buque schiffe schiff jets locomotives
	apparecchiature attrezzature batterie celle componenti forniture equipos baterias celdas componentes
	ausrustung batterien zellen komponenten equipements cellules composants apparatuur batterijen cellen
	equipamentos baterias celulas componentes
	models modelli modelos modeles modelle veicoli vehiculos vehicules fahrzeuge coches voitures autos`)

// marketShare: the French "parts" at i are of a market ("parts de
// marché").
func marketShare(ws words, i int) bool {
	return i+2 < len(ws.w) && ws.w[i+1] == "de" && ws.w[i+2] == "marche"
}

// producerNouns after a goods word make it a company's description
// ("natural gas producer XTO Energy"), as they do before "of" and goods ("a
// maker of chips").
var producerNouns = set(`producer producers maker makers manufacturer manufacturers supplier suppliers company companies
	group firm giant operator developer designer provider specialist produttore fabricante productor hersteller fabricant
	investor investors fund funds investisseur investitore inversor fondo fonds`)

// renterNouns, with producerNouns, tell what a company does before "of"
// and goods ("le loueur de voitures"); before a company's name they are
// its trade ("aircraft lessor Kravlo"), which does not make the goods a
// company.
var renterNouns = set(`loueur loueurs lessor lessors noleggiatore arrendador vermieter`)

var goodsSuffixes = []string{"zellen", "batterien", "ausrustung", "komponenten", "schiffe", "flugzeuge", "triebzuge", "lokomotiven"}

// businessWords name a company or part of one: buying it is an acquisition
// even when it makes goods ("Embraer's commercial aircraft unit").
var businessWords = set(`business businesses unit division operations arm subsidiary company firm maker stake
	group plant plants factory factories brand attivita divisione ramo societa negocio division unidad empresa
	geschaft sparte tochter unternehmen activite activites filiale societe bedrijf divisie tak negocio unidade
	branch branche branches rama filial filiali sparten geschafte geschaftsbereich bereich
	store stores shops outlets supermarkets hypermarkets hotels restaurants magasins supermarches negozi
	supermercati tiendas supermercados filialen markte laden
	hospitals clinics hospitales clinicas ospedali cliniche hopitaux cliniques krankenhauser kliniken`)

// businessAfter: a word for a business follows the purchase word at i
// within four words, with no word of a stake before it.
func businessAfter(ws words, i int) bool {
	// "l'acquisto di gran parte delle attività di Fox": up to six words on
	for k := i + 1; k < len(ws.w) && k <= i+6; k++ {
		w := ws.w[k]
		if stakeNouns[w] || shareNouns[w] || percents[w] || w == "stake" {
			return false // "bought a stake in the company", "shares in the group"
		}
		if businessWords[w] {
			return true
		}
	}
	return false
}

// businessCompound: a German compound naming a business ("Dachgeschäft",
// "Chemiesparte").
func businessCompound(w string) bool {
	for _, end := range []string{"geschaft", "geschafts", "sparte", "tochter"} {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// stakes are the words of a share in a company. A percentage is one only
// when a stake word or "of"/"in" follows it ("a 9.99 per cent stake", "20%
// of Suning", not "Kroger fell 9%"); "shares" only after a number or a
// word of buying ("24 million newly allocated shares", not "Shares of
// grocers tumbled").
var (
	stakeNouns = set(`stake stakes quota participacion partecipazione beteiligung anteil anteile participation belang participacao shareholding ownership interest`)
	shareNouns = set(`shares share azioni acciones aktien actions aandelen acoes stammaktien`)
	percents   = set(`% percent cent pct prozent`)
	percentOf  = set(`of in stake de di del della dello dei degli delle des du der von vom an am van da do das dos ) , ownership interest stakes participacion partecipazione beteiligung anteil`)

	// fractionNouns are shares of a company told as fractions below half:
	// "a quarter of CP Pokphand", "un quart de", "ein Viertel"
	fractionNouns = set(`quarter third fifth tenth quart tiers cinquieme dixieme quarto terzo quinto decimo cuarto tercio viertel drittel funftel zehntel`)

	// stakeShapes are those of the lists stakeWords asks of every word
	stakeShapes = lists.ShapesOf(stakeNouns, percents, shareNouns, fractionNouns)
)

// fractionAt: word k, before end, is a fraction of what follows it ("a
// quarter of", "un tercio de", "ein Viertel der", "ein Drittel seiner")
// after an indefinite article (found), maybe with a hedge between ("ein
// gutes Drittel der": hedged).
func fractionAt(ws words, k, end int) (found, hedged bool) {
	if !fractionNouns[ws.w[k]] || k == 0 || k+1 >= end || !ofWordSet.Has(ws.w[k+1]) && !genitiveDeterminers[ws.w[k+1]] && ws.w[k+1] != "am" {
		return false, false
	}
	if indefiniteArticles[ws.w[k-1]] {
		return true, false
	}
	return k > 1 && fractionHedges[ws.w[k-1]] && indefiniteArticles[ws.w[k-2]], true
}

// fractionShare: the fraction at k is a share of a company, a hedged one
// only where a company, its capital or shares follow ("ein gutes Drittel
// der Konkurrentin Brindle"; not "a good third of the votes").
func fractionShare(ws words, k, end int) bool {
	found, hedged := fractionAt(ws, k, end)
	return found && (!hedged || ofACompany(ws, k+2, end))
}

// fractionHedges say a share is a little more or less than its fraction
// ("ein gutes Drittel", "a good third", "un buon terzo").
var fractionHedges = set(`gutes guter gute knappes knapper knappe good bon bonne buon buona buen buena`)

// indefiniteArticles count a fraction ("a quarter", "un quart", "ein
// Viertel") and open what is signed ("signed an agreement").
var indefiniteArticles = set(`a an one un une uno una ein eine einem einen einer`)

// cashBefore: a word for cash stands within the seven words before word
// i, the share noun of a price paid in cash and shares ("$90 in cash and
// 2.884 shares", "90 dollars en espèces et 2,884 de ses actions").
func cashBefore(ws words, i int) bool { return precededBy(ws, i, 7, cashWords) }

var cashWords = set(`cash especes efectivo contanti contante bar numerario dinheiro contanten numeraire comptant`)

func stakeWords(ws words, c clause) bool {
	for i := c.from; i < c.to; i++ {
		w := ws.w[i]
		if !stakeShapes.May(w) {
			continue // no stake noun, percent or share noun
		}
		if (stakeNouns[w] || percents[w] || shareNouns[w]) && (leftWith(ws, i) || precededBy(ws, i, 4, gainingWords) || broughtWith(ws, i)) {
			// "leaving the seller with an 11.8 percent stake", "gaining a
			// half share of the Point Lisas plant": what the deal leaves
			// or brings, not what it buys
			continue
		}
		if percents[w] && priceMove(ws, i) {
			continue // "sending RSA shares down more than 20% in a day": a share price
		}
		if (stakeNouns[w] || percents[w]) && (heldAlready(ws, i) || holderApposition(ws, i)) {
			continue // "Midea, qui détient déjà 13,5 % du capital, a lancé une OPA": held, not dealt
		}
		switch {
		case stakeNouns[w] && !heldUnder(ws, i) && !wholeOwnership(ws, i):
			return true
		case percents[w] && i+1 < len(ws.w) && percentOf[ws.w[i+1]]:
			return true
		case percents[w] && pricedAfter(ws, i+1):
			return true // "rilevando il 13% per 36 milioni": a share of the company, at its price
		case fractionShare(ws, i, len(ws.w)):
			return true // "a quarter of", "un tercio de", "ein Viertel der", "ein gutes Drittel der"
		case shareNouns[w]:
			if i > 0 && perWords[ws.w[i-1]] {
				continue // "$40 per share": a price
			}
			if i > 0 && ws.tok[i] == ws.tok[i-1] && (ws.w[i-1] == "all" || i+1 < c.to && (sharingBusinesses[ws.w[i+1]] || businessWords[ws.w[i+1]] || producerNouns[ws.w[i+1]] || describingNouns[ws.w[i+1]])) {
				// "bought bike-share company Nextbike": a compound naming a
				// business; "an all-share deal": how it is paid; no share
				// bought either way (not "40 million B-shares", "a
				// half-share in")
				continue
			}
			if paidInShares(ws, i) || paidIn(ws, i) || swappedShares(ws, i) {
				continue // "paying in shares", "paid partly in new shares", "for £1.7 billion in shares", "un canje de acciones": how, not what
			}
			if cashBefore(ws, i) {
				continue // "for $90 in cash and 2.884 Canadian Pacific shares": the price, paid partly in shares
			}
			if i+1 < c.to && shareIn[ws.w[i+1]] && i > c.from && !leading(ws, i) {
				return true // "worth of shares in Toyota", not "Shares of grocers tumbled"
			}
			for k := i - 1; k >= c.from && k >= i-3; k-- {
				if isNumber(ws.w[k]) || buyWords[ws.w[k]] || ws.w[k] == "newly" || ws.w[k] == "new" {
					return true
				}
			}
		}
	}
	return false
}

// sharingBusinesses follow a compound ending in "share" that names a kind
// of business ("bike-share company", "ride-share start-up", "car-share
// operator").
var sharingBusinesses = set(`company companies operator operators start startup firm firms service services platform app scheme network
	pioneer giant rival unit chain`)

// heldUnder: the stake noun at i is the time a company was held ("added
// bolt-on purchases under its ownership", "during the ownership of"), no
// stake bought.
func heldUnder(ws words, i int) bool {
	if ws.w[i] != "ownership" {
		return false
	}
	return i >= 1 && heldDuring[ws.w[i-1]] || i >= 2 && heldDuring[ws.w[i-2]]
}

var heldDuring = set(`under during`)

// wholeOwnership: the stake noun at i is the whole of a company ("took
// full ownership of", "sole ownership"): all of it bought, no stake.
func wholeOwnership(ws words, i int) bool {
	return ws.w[i] == "ownership" && i >= 1 && wholeWords[ws.w[i-1]]
}

var wholeWords = set(`full sole complete total outright pleine piena plena intera entera totale`)

// withoutFalseStakes drops the investment words that tell how a deal is
// paid or what it leaves, not a stake bought ("$300 million in shares",
// "300 miljoen dollar in aandelen", "leaving the seller with an 11.8
// percent stake"), and those that name a kind of firm ("its
// investment-banking arm", "an investment fund").
func withoutFalseStakes(hs []hit, ws words) []hit {
	out := hs[:0]
	for _, h := range hs {
		if h.kind == model.Investment && (paidIn(ws, h.at) || leftWith(ws, h.at) || broughtWith(ws, h.at) || firmKind(ws, h.at) || raisedOffer(ws, h.at) || swapPays(ws, h.at, hs) || financesPurchase(ws, h.at, hs) || wholeCapital(ws, h.at)) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// keptOnly: every deal word of the clause is a stake a company keeps
// (see keptStake): nothing changes hands.
func keptOnly(hs []hit, ws words) bool {
	for _, h := range hs {
		if h.kind != model.Investment || !keptStake(ws, h.at) {
			return false
		}
	}
	return len(hs) > 0
}

// keptStake: the stake word at i is one a company keeps ("will keep a
// significant stake", "manterrà una quota del 20%", "sollen einen
// bedeutenden Anteil behalten"): held on, not dealt.
func keptStake(ws words, i int) bool {
	if !stakeNouns[ws.w[i]] && !percents[ws.w[i]] {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if keepWords[ws.w[k]] {
			// (not "kept increasing its stake", "keeps adding to it":
			// keeping on is no keeping)
			return !(k+1 < i && (strings.HasSuffix(ws.w[k+1], "ing") || ws.w[k+1] == "on"))
		}
	}
	for k := i + 1; k < len(ws.w) && k <= i+2; k++ {
		if keepWords[ws.w[k]] {
			return true // German puts the verb last: "einen Anteil behalten"
		}
	}
	return false
}

var keepWords = set(`keep keeps kept keeping retain retains retained retaining behalten behalt behielt behielten
	conserver conserve conservera conservent conservait mantener mantiene mantendra mantendran mantenia conservar conservara
	mantenere manterra manterranno manteneva conservare conserva`)

// raisedOffer: the German verb of raising at i ("aufgestockt") raises an
// offer named within the ten words before it and raised to a price ("seine
// eigene Offerte auf 173 Dollar je Aktie aufgestockt"), not a stake (not
// "nach dem Angebot von Daxmoor bei Quorvex auf 30 Prozent aufgestockt").
func raisedOffer(ws words, i int) bool {
	if !raisingVerbs[ws.w[i]] {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if offerNouns[ws.w[k]] {
			return k+1 < i && ws.w[k+1] == "auf" // "die Offerte auf 173 Dollar": the offer raised to a price
		}
	}
	return false
}

var raisingVerbs = set(`aufgestockt aufstocken stockt`)

// firmKind: the investment word at i opens the name of a kind of firm or
// trade ("investment bank", "investment-banking arm", "investment fund").
func firmKind(ws words, i int) bool {
	w := ws.w[i]
	if strings.HasPrefix(w, "beteiligungs") && slices.ContainsFunc(germanFirmEnds, func(end string) bool { return strings.HasSuffix(w, end) }) {
		return true // "der Beteiligungsinvestor Ardian", "die Beteiligungsgesellschaft"
	}
	if w != "investment" && w != "investments" {
		return false
	}
	k := i + 1
	if k < len(ws.w) && ws.w[k] == "-" {
		k++
	}
	return k < len(ws.w) && investmentFirms[ws.w[k]]
}

// germanFirmEnds end the German compounds that name a kind of investing
// firm ("Beteiligungsinvestor", "Beteiligungsgesellschaft").
var germanFirmEnds = []string{"investor", "investoren", "gesellschaft", "firma", "haus", "holding", "fonds", "unternehmen", "manager", "spezialist"}

var investmentFirms = set(`bank banks banking banker bankers fund funds firm firms company companies vehicle vehicles manager managers management
	trust trusts house houses boutique grade adviser advisers advisor advisors arm arms office offices strategy strategies portfolio`)

// paidInShares: the share noun at i, after "in" and the words that tell
// which shares ("new", "its own"), follows a word of paying within three
// words ("paying in shares", "paid partly in new shares"): how a price is
// paid, not a stake bought.
func paidInShares(ws words, i int) bool {
	k := i - 1
	for k > 0 && sharesIssued[ws.w[k]] {
		k--
	}
	if k < 1 || ws.w[k] != "in" && ws.w[k] != "en" {
		return false
	}
	return precededBy(ws, k, 3, payWords)
}

var sharesIssued = set(`new newly issued own its their ordinary common`)

// wholeCapital: the capital word at i is of all of a company's capital
// ("une offre publique d'échange sur la totalité du capital", "la
// totalità del capitale"): the company is bought, not a stake in it.
func wholeCapital(ws words, i int) bool {
	if i+1 < len(ws.w) && increaseWords[ws.w[i+1]] {
		return false // "the whole capital increase": all of an increase, not of the company
	}
	return capitalWords[ws.w[i]] && precededBy(ws, i, 2, totalityWords)
}

var (
	// capitalWords are where the hit of "du capital", "del capitale" or
	// "capital" stands: the article opens the phrase
	capitalWords  = set(`du del des capital capitale kapitals`)
	increaseWords = set(`increase increases raise`)
	totalityWords = set(`totalite totalita totalidad entire whole gesamte gesamten samtliche integralite`)
)

// financesPurchase: the capital increase at i raises the money a purchase
// is paid with ("financera l'achat par ... une augmentation de capital",
// "Per finanziare l'acquisto ... un aumento di capitale"): how the buyer
// pays, not a stake anyone takes. A deal word stands near the verb of
// financing: its subject, within five words before ("L'achat de Quorvex
// sera financé par"), or its object, within three after ("financera
// l'achat"); not "its finance chief said", nor "qui financera son
// expansion".
func financesPurchase(ws words, i int, hs []hit) bool {
	if !capitalRaising[ws.w[i]] {
		return false
	}
	for k, w := range ws.w {
		if financingVerbs[w] && slices.ContainsFunc(hs, func(h hit) bool { return h.kind != model.Investment && h.at != k && h.at >= k-5 && h.at <= k+3 }) {
			return true
		}
	}
	return false
}

var (
	capitalRaising = set(`capital augmentation ampliacion aumento kapitalerhohung`)
	financingVerbs = set(`finance finances financed financera financer financee financees financeront finanziare finanziera finanzieranno finanziato
		finanziata financiar financiara financiado financiada finanzieren finanziert finanzierte`)
)

// swapPays: the share swap at i is how a purchase or merger the clause
// also tells is paid ("den Konkurrenten Redrow in einem reinen
// Aktientausch zu übernehmen", "in an all-share swap"), or a merger the
// sentence names after it ("mediante un intercambio de acciones, en lo que
// ambas describen como una fusión"), not a stake.
func swapPays(ws words, i int, hs []hit) bool {
	if !swapWords[ws.w[i]] || !slices.ContainsFunc(hs, func(h hit) bool {
		return (h.kind == model.Acquisition || h.kind == model.Merger) && (sameClause(ws, h.at, i) || h.kind == model.Merger && h.at > i)
	}) {
		return false
	}
	return precededBy(ws, i, 3, swapMeans)
}

// sameClause: no comma, semicolon or full stop stands between words i and
// j.
func sameClause(ws words, i, j int) bool {
	for k := min(i, j) + 1; k < max(i, j); k++ {
		if w := ws.w[k]; w == "," || w == ";" || w == "." {
			return false
		}
	}
	return true
}

var (
	// swapWords are a swap's nouns: where a stake word that only tells how
	// a deal is paid opens, and what shares follow ("un canje de acciones")
	swapWords = set(`aktientausch share swap scambio intercambio echange exchange canje tausch`)
	swapMeans = set(`in im einem einer through via per mediante tramite par au moyennant mittels durch terme traves`)
)

// swappedShares: the share noun at i is what a swap exchanges ("mediante
// un canje de acciones", "au terme d'un échange d'actions", "an exchange
// of shares"): how a deal is paid, not a stake.
func swappedShares(ws words, i int) bool {
	if i >= 1 && newShares[ws.w[i-1]] {
		i-- // "an exchange of new shares", "un canje de nuevas acciones"
	}
	return i >= 2 && swapOf[ws.w[i-1]] && swapWords[ws.w[i-2]]
}

var (
	swapOf    = set(`of de d di von der`)
	newShares = set(`new its own nuevas nuevos sus propias nouvelles ses propres nuove sue proprie neuen neue eigenen`)
)

// paidIn: the share noun at i follows "in" and an amount: what a price is
// paid in.
func paidIn(ws words, i int) bool {
	if !shareNouns[ws.w[i]] || i < 2 || ws.w[i-1] != "in" && ws.w[i-1] != "en" {
		return false
	}
	return amountEnds[ws.w[i-2]] || isNumber(ws.w[i-2])
}

// amountEnds are the words an amount ends on: its scale or currency.
var amountEnds = set(`billion billions bn mln miljard miljoen milliarden millionen miliardi miliardo milliards milliard millones
	dollar dollars dollari dolares euro euros livres sterline sterling pounds pfund franken francs yen kronor kronen`)

// priceMove: a word of a price moving stands within five words before the
// number of the percentage at i, or right after the percentage ("shares
// down more than 20%", "rose 8%", "jumped as much as 18.8%", "in calo del
// 5%", "closed 4.2% lower"): how a share price moved, not a stake. A
// buying word between ends the search ("fell after Veltraco agreed to
// buy 25%").
func priceMove(ws words, i int) bool {
	if i+1 < len(ws.w) && moveWords[ws.w[i+1]] && ws.w[i+1] != "up" {
		return true // "closed 4.2% lower" (not "20% up front")
	}
	start := i - 1
	for start > 0 && (isNumber(ws.w[start-1]) || ws.w[start-1] == "." || ws.w[start-1] == ",") {
		start-- // "18.8" may be several words
	}
	for k := start - 1; k >= 0 && k >= start-5; k-- {
		if buyWords[ws.w[k]] {
			return false
		}
		if moveWords[ws.w[k]] && ws.w[k+1] != "to" { // not "up to 30%"
			return true
		}
	}
	return false
}

var moveWords = set(`up down rose rise rises risen fell fall falls fallen jumped jumps gained gains lost loses slid slumped dropped drops
	climbed climbs tumbled tumbles soared plunged sank higher lower rally rallied surged
	salito sale salgono sceso scende calo rialzo ribasso guadagna perde cede balzo
	subio sube bajo baja cayo cae avanzo retrocedio gano perdio
	stieg steigt fiel fallt sank verlor gewann
	bondi grimpe recule perd gagne chute hausse baisse
	skyrocketed spiked dipped slipped declined advanced
	subieron dispararon disparo dispara disparan desplomaron desplomo cayeron bajaron avanzaron perdieron repunto repuntaron
	balzato balzano volato volano crollato crolla crollano salite scese guadagnato
	stiegen fielen kletterte kletterten gewannen
	bondit bondissent grimpent chutent plonge plongent envole reculent`)

// leftWith: a word of leaving stands within eight words before the stake
// noun at i ("leaving Reed with an 11.8 percent stake", "lasciando al
// venditore una quota").
func leftWith(ws words, i int) bool { return precededBy(ws, i, 8, leavingWords) }

// broughtWith: what the deal brought with it comes after the words
// before i ("a deal that brought with it a stake in the Greenbushes
// mine", "che gli aveva portato in dote ... una partecipazione"): not
// what was bought.
func broughtWith(ws words, i int) bool {
	for k := i - 1; k >= 2 && k >= i-8 && !clauseEnds[ws.w[k]]; k-- {
		if ws.w[k] == "dote" && ws.w[k-1] == "in" && broughtWords[ws.w[k-2]] || (ws.w[k] == "it" || ws.w[k] == "them") && ws.w[k-1] == "with" && broughtWords[ws.w[k-2]] {
			return true
		}
	}
	return false
}

// broughtWords are the past forms of bringing: what a deal done brought
// (not "a supply deal that brings with it a 15% stake": the stake is
// the deal's own).
var broughtWords = set(`brought portato portata portati porto`)

var gainingWords = set(`gaining ottenendo guadagnando obteniendo ganando obtenant gagnant`)

var leavingWords = set(`leaving leaves leave lasciando lascera dejando dejara laissant laissera`)

var perWords = set(`per a each je pro par por`)

var shareIn = set(`in of de di an en`)

// leading: no word comes before index i in the sentence, but an
// article.
func leading(ws words, i int) bool {
	for k, w := range ws.w[:i] {
		if k == i-1 && shareArticles[w] && movedAfter(ws, i) {
			continue // "Las acciones de Pavona Retail se dispararon", not "The shares in Brindle were bought"
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// movedAfter: a word of a price moving stands within eight words after
// the share noun at i ("Las acciones de Pavona Retail se dispararon").
func movedAfter(ws words, i int) bool {
	for k := i + 1; k < len(ws.w) && k <= i+8; k++ {
		if moveWords[ws.w[k]] {
			return true
		}
	}
	return false
}

// shareArticles may open a sentence on a company's shares ("The shares
// of", "Le azioni di", "Las acciones de", "Les actions de", "Die Aktien
// von").
var shareArticles = set(`the le las los les die`)

var buyWords = set(`buy buys bought acquire acquires acquired purchase purchased subscribe acquistare comprar compra erwerben kauft acheter comprou`)

func isNumber(w string) bool {
	return w != "" && (w[0] >= '0' && w[0] <= '9' || w == "million" || w == "millions" || w == "mio" || w == "millones" || w == "milioni")
}

var controlWords = map[string]bool{"control": true, "controlling": true, "totalitaria": true, "totalitaire": true, "majority": true, "entire": true, "whole": true, "100": true,
	"controllo": true, "maggioranza": true, "mayoria": true, "kontrolle": true, "mehrheit": true,
	"controle": true, "majoritaire": true, "meerderheid": true, "maioria": true,
	// the rest of a company its buyer did not own yet: after it, all of it
	"remaining": true, "rimanente": true, "restante": true, "restantes": true, "restlichen": true, "restliche": true,
	"restant": true, "restants": true}

func control(ws words, c clause) bool {
	staked := false // a stake or a percentage named so far
	for i, w := range ws.w[c.from:c.to] {
		if staked && laterOption(ws, c.from+i) {
			// "paid 260 million francs for a 49 percent stake, and
			// secured options to raise its holding to 100 percent": what
			// an option may later buy is not bought now
			break
		}
		staked = staked || stakeNouns[w] || percents[w]
		if w == "100" && (c.from+i+1 >= len(ws.w) || !percents[ws.w[c.from+i+1]]) {
			continue // "valorado en 100.000 millones": a figure, not all of a company
		}
		if controlWords[w] || percents[w] && majorityBefore(ws, c.from+i) {
			return true
		}
		if k := c.from + i; k > 0 && majorityFractions[ws.w[k-1]+" "+w] {
			return true // "oltre i due terzi del capitale"
		}
		if k := c.from + i; k > 0 && notYetOwned[ws.w[k-1]+" "+w] && (ws.w[k-1] != "already" || negatedBefore(ws, k-1)) {
			// "il 18% di Federal-Mogul che ancora non possedeva": the rest,
			// so all of it (but "Veltraco already owns 45% of Quorvex": a
			// stake held, "already" bought the rest only after "not")
			return true
		}
		if allShares(ws, c.from+i) && !partOfShares(ws, c, c.from+i) {
			return true
		}
	}
	return false
}

// allShares: the word at i opens all of a company's shares ("all
// outstanding shares of", "sämtliche Anteile an", "tutte le azioni di",
// "la totalité des actions"): the company is bought, not a stake in it.
// Not a holder's own shares ("sold all of its shares in", "seine
// sämtlichen Anteile"), which may be a minority.
func allShares(ws words, i int) bool {
	if !allWords[ws.w[i]] && !totalityWords[ws.w[i]] || i > 0 && possessivePronouns[ws.w[i-1]] {
		return false
	}
	for k := i + 1; k < len(ws.w) && k <= i+3; k++ {
		switch w := ws.w[k]; {
		case allSharesNouns[w]:
			return true
		case !sharesBetween[w]:
			return false
		}
	}
	return false
}

// partOfShares: the clause of all the shares at i also names a stake or
// a percentage ("5% of all the shares of", "all the shares Daxmoor held
// in Quorvex, a 25% stake"): a part is bought, all of some holder's
// shares or a part of all of them.
func partOfShares(ws words, c clause, i int) bool {
	for k := c.from; k < c.to; k++ {
		if w := ws.w[k]; percents[w] || stakeNouns[w] && !allSharesNouns[w] {
			return true
		}
	}
	return false
}

var (
	// allSharesNouns are the shares "all" is of (not the singular
	// "share" of "an all-share deal")
	allSharesNouns = set(`shares azioni acciones aktien actions aandelen acoes anteile geschaftsanteile`)
	allWords       = set(`all alle samtliche samtlichen tutte todas toutes`)
	// sharesBetween may stand between "all" and the shares
	sharesBetween = set(`of the outstanding issued ordinary common le les las de des der die`)
)

// pricedAfter: "for" and a figure follow at i ("13% per 36 milioni",
// "4% for $265 million").
func pricedAfter(ws words, i int) bool {
	if i >= len(ws.w) || !priceForWords[ws.w[i]] {
		return false
	}
	for k := i + 1; k < len(ws.w) && k <= i+3; k++ {
		if !isNumber(ws.w[k]) || len(ws.w[k]) == 4 && (strings.HasPrefix(ws.w[k], "19") || strings.HasPrefix(ws.w[k], "20")) {
			continue // (not "13% for 2019": a year)
		}
		// a figure of money: a currency or a scale before or after it
		return money.IsWord(ws.w[k-1]) || k+1 < len(ws.w) && money.IsWord(ws.w[k+1])
	}
	return false
}

var priceForWords = set(`for per pour por fur voor`)

// majorityStake: the clause names a stake that gives control ("a majority
// stake", "une participation majoritaire", "eine Mehrheitsbeteiligung").
func majorityStake(ws words, c clause) bool {
	for i := c.from; i < c.to; i++ {
		w := ws.w[i]
		if strings.HasPrefix(w, "mehrheitsbeteilig") || strings.HasPrefix(w, "meerderheidsbelang") {
			return true
		}
		if !majorityWords[w] {
			continue
		}
		for k := max(c.from, i-2); k < min(c.to, i+3); k++ {
			if stakeNouns[ws.w[k]] {
				return true
			}
		}
	}
	return false
}

// majorityTaken: a verb of taking, "a" and a percentage over half stand
// right before a stake noun in c ("took a 51% stake"); not one held
// ("holds a 60% stake", "EMC's roughly 80% stake in VMware").
func majorityTaken(ws words, c clause) bool {
	for i := c.from; i+1 < c.to; i++ {
		if !percents[ws.w[i]] || !stakeNouns[ws.w[i+1]] || !majorityBefore(ws, i) {
			continue
		}
		for k := i - 2; k > c.from && k >= i-4; k-- {
			if indefiniteArticles[ws.w[k]] {
				return takingWords[ws.w[k-1]]
			}
		}
	}
	return false
}

// takingWords take a stake ("took a 51% stake", "acquired a 60% stake").
var takingWords = set(`took take takes taken taking bought buy buys acquired acquire acquires purchased`)

// majorityWords say a stake (stakeNouns) gives control.
var majorityWords = set(`majority controlling majoritaire majoritaires maggioranza mayoritaria mayoritario majoritaria majoritario`)

// notYetOwned say a stake is what its buyer did not own yet: the rest of
// the company.
var notYetOwned = set2(`already own|already owns|already owned|not own|non possedeva|non possiede|non controllava|non deteneva|
	no controlaba|no controla|no poseia|no posee|no tenia|ne detenait|ne detient|ne possedait|ne controlait|noch nicht`)

// negatedBefore: a negation stands within the five words before word k
// ("it did not already own", "it didn't already own", "that it does not
// directly or indirectly already own", "neither it nor its partners
// already own").
func negatedBefore(ws words, k int) bool {
	return precededBy(ws, k, 5, englishNegations)
}

var englishNegations = set(`not n't nt t never didn doesn don neither nor`)

// majorityFractions are fractions of a company that give control.
var majorityFractions = set2(`two thirds|three quarters|due terzi|tre quarti|deux tiers|trois quarts|dos tercios|tres cuartos|
	zwei drittel|drei viertel|twee derde|drie kwart|dois tercos`)

// set2 makes a lookup table of "|"-separated phrases.
func set2(list string) map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(list, "|") {
		m[strings.Join(strings.Fields(p), " ")] = true
	}
	return m
}

// minoritySold: within the eight words after the selling word at i, a
// share below half of a company ("sold 25 per cent of REN", "cède 35 %
// de sa filiale", "selling its 23% stake in", "a stake of 8.1 per cent",
// "a quarter of its mine"), told before what the sale is sold for, to
// whom, or a company sold whole ("sold Quorvex to Brindle for 20% of its
// book value", "à Brindle qui détient 20 %" sell no share).
func minoritySold(ws words, i int, c clause) bool {
	for k := i + 1; k < c.to && k <= i+8; k++ {
		if found, minority := minorityAt(ws, k, c.to); found {
			return minority && !lastOfAStake(ws, i+1, k) && !ownStake(ws, i+1, k)
		}
		if continuations[ws.w[k]] || ws.w[k] == "," {
			return false // "abtrat und im Gegenzug 20 Prozent erhielt": what is sold is told before
		}
		if saleTermWords[ws.w[k]] && !(ws.w[k] == "per" && k+1 < c.to && percents[ws.w[k+1]]) {
			return false // "for 20% of its book value", "as sales fell 20%", "which owns 20%"
		}
		if ws.isNamed(k) {
			e := k
			for e < c.to && ws.isNamed(e) {
				e++
			}
			if k <= i+3 && e < c.to && (indefiniteArticles[ws.w[e]] || digits(ws.w[e])) || recipientWords[ws.w[k-1]] {
				// "sold Brindle a 16% stake in Quorvex", "sold its partner
				// Brindle 20% of", "vend à Koor 9,8 % du capital": who
				// receives it, first
				k = e - 1
				continue
			}
			return false // "sold Quorvex to Brindle ...": the company is what is sold
		}
	}
	return false
}

// saleTermWords tell what a sale is sold for, or turn to something
// else, before the share a minority sale names would come.
var saleTermWords = set(`for fur per pour por para at as but while which who that whose qui que dont che cui mais pero ma aber wahrend mentre mientras tandis`)

// recipientNamed: a company named in the clause after a word of giving
// to ("to Brindle", "a Brindle", "ai cinesi di Brindle", "to a consortium
// of investors led by Brindle"), or two companies named after the selling
// word at sold (who receives it and whose stake it is: "sold Brindle its
// stake in Quorvex"): who a minority sold goes to, the investor.
func recipientNamed(ws words, c clause, sold int) bool {
	if namesBetween(ws, max(c.from, sold+1), c.to) >= 2 { // the names after the selling word
		return true
	}
	for k := c.from; k < c.to; k++ {
		if !recipientWords[ws.w[k]] && !italianRecipients[ws.w[k]] {
			continue
		}
		for j := k + 1; j < c.to && j <= k+8; j++ {
			if ws.isNamed(j) {
				return true
			}
			if ws.w[j] == "," || digits(ws.w[j]) || stakeNouns[ws.w[j]] {
				break // "sold a 49 percent stake in Quorvex": an article, what is sold
			}
		}
	}
	return false
}

// italianRecipients are the Italian "to" joined to an article ("ai cinesi
// di Brindle", "agli americani", "alle", "all'").
var italianRecipients = set(`ai agli alle all`)

// lastOfAStake: a word between from and to says the share sold is all
// that was left ("sold its last 11.2%", "ses derniers 11,2 %"): an exit,
// a divestiture whatever its size.
func lastOfAStake(ws words, from, to int) bool {
	for k := from; k < to; k++ {
		if remainderWords[ws.w[k]] {
			return true
		}
	}
	return false
}

// ownStake: a possessive stands between from and to, before the share
// sold, and not after a word of part nor before the buyer's name ("sold
// its 38 percent stake in", "ha ceduto la sua quota del 38%", "sa
// participation de 23,4 %"): all the seller held, an exit, which news
// tells as the seller's divestiture whatever its size; "a stake of 8.1
// per cent", "il 35% di" is a part of it, an investment by who gets it.
func ownStake(ws words, from, to int) bool {
	for k := from; k < to; k++ {
		if !possessive[ws.w[k]] && !possessivePronouns[ws.w[k]] && !ownWords[ws.w[k]] {
			continue
		}
		if k > from && partWords[ws.w[k-1]] || k > from+1 && partWords[ws.w[k-2]] && ofWordSet.Has(ws.w[k-1]) {
			continue // "part of its 40% stake", "half its stake": a part of what it holds
		}
		if ws.isNamed(k+1) || ws.isNamed(k+2) {
			continue // "sold its partner Brindle 20% of Quorvex": whose the buyer is
		}
		return true
	}
	return false
}

var partWords = set(`part half some portion parte meta mitad moitie partie teil halfte`)

var remainderWords = set(`last remaining residual ultimo ultima ultimi restante restanti rimanente rimanenti residuo residua derniers dernieres dernier derniere restants restantes letzten restlichen verbliebenen`)

// minorityBefore: where the verb comes last, what is sold may stand
// before it: a percentage below half of a company from the clause's start
// ("Einen Anteil von 29,5 Prozent am Kreditversicherer Coface hat die
// Bank Natixis ... verkauft").
func minorityBefore(ws words, c clause, verb int) bool {
	for k := c.from; k < verb; k++ {
		if found, minority := minorityAt(ws, k, verb); found {
			return minority
		}
	}
	return false
}

// minorityAt: word k ends a share of a company, the next word before end
// (found): a percent sign or word followed by "of" ("35 % de", "19,99
// Prozent von") or told after a stake noun ("a stake of 8.1 per cent"),
// or a fraction of a company ("a quarter of Quorvex"); and the share is
// below half (minority).
func minorityAt(ws words, k, end int) (found, minority bool) {
	if found, hedged := fractionAt(ws, k, end); found && !hedged && ofACompany(ws, k+2, end) {
		return true, true // "a quarter of its mine Langer Heinrich", "ein Drittel der Anteile"
	}
	if !percents[ws.w[k]] {
		return false, false
	}
	start := percentStart(ws, k)
	if start < 0 {
		return false, false
	}
	if !(k+1 < end && percentOf[ws.w[k+1]]) && !stakeOfPercent(ws, start) {
		return false, false
	}
	n, ok := percentFrom(ws, start, k)
	return true, ok && n > 0 && n < 50
}

// ofACompany: a company's name, or its capital or shares, stand within
// the three words from k ("a quarter of Quorvex", "ein Viertel seiner Mine
// Langer Heinrich", "un tiers du capital"): a fraction of a company, not
// of its stores, its staff or a price ("a third of its branches", "ein
// Drittel der Belegschaft", "a third of what it paid").
func ofACompany(ws words, k, end int) bool {
	for j := k; j < end && j < k+3; j++ {
		if ws.isNamed(j) || companyCapital[ws.w[j]] || stakeNouns[ws.w[j]] || shareNouns[ws.w[j]] {
			return true
		}
		if punctuation(ws.w[j]) || recipientWords[ws.w[j]] || saleTermWords[ws.w[j]] {
			return false // "ein Viertel seiner Filialen an Brindle": who buys, not what
		}
	}
	return false
}

var companyCapital = set(`capital capitale kapital kapitals grundkapital`)

// stakeOfPercent: the percentage that starts at word start is told as the
// stake it measures ("a stake of 8.1 per cent", "una quota del 20%",
// "une participation de 40 %", "einen Anteil von 20 Prozent"): a share of
// a company, though no "of" follows it. Not "la participation de 32 %
// qu'elle détient": a definite stake is all the seller held (ownStake).
func stakeOfPercent(ws words, start int) bool {
	k := start - 1
	return k >= 2 && ofWordSet.Has(ws.w[k]) && stakeNouns[ws.w[k-1]] && indefiniteArticles[ws.w[k-2]]
}

var (
	// genitiveDeterminers follow a German fraction as "of" would ("ein
	// Viertel seiner Mine", "ein Drittel der Anteile")
	genitiveDeterminers = set(`seiner seines ihrer ihres der des`)
	// ownWords say a stake is the seller's own ("la propria quota")
	ownWords = set(`propria proprio propri proprie seines ihres`)
)

// majorityBefore: the percentage ending at word i is more than half ("l'80,1
// %", "51 per cent"): control of a company, not a stake in it.
func majorityBefore(ws words, i int) bool {
	n, ok := percentBefore(ws, i)
	if ok && n == 50 {
		return overBefore(ws, percentStart(ws, i)) // "salire oltre il 50%", "more than 50%"
	}
	return ok && n > 50 && n <= 100 // "50.75%" is more than half too
}

// overBefore: a word of "more than" stands just before the number at k,
// maybe past an article ("oltre il 50%", "plus de 50 %", "more than 50%").
func overBefore(ws words, k int) bool {
	if k > 0 && (ws.w[k-1] == "il" || ws.w[k-1] == "el" || ws.w[k-1] == "the") {
		k--
	}
	over := -1
	switch {
	case k > 0 && overWords[ws.w[k-1]]:
		over = k - 1
	case k > 1 && overWords[ws.w[k-2]+" "+ws.w[k-1]]:
		over = k - 2
	default:
		return false
	}
	// the stake itself, raised past half ("salire oltre il 50%"), not
	// what a business makes ("realizza oltre il 50% delle vendite")
	for j := over - 1; j >= 0 && j >= over-3; j-- {
		if risingWords[ws.w[j]] {
			return true
		}
	}
	return false
}

var risingWords = set(`salire salendo salita salito raise raising raised lift lifting increase increasing take taking monter porter elever subir
	elevar aumentar aumentare portare aufstocken erhohen steigen`)

var overWords = set2(`over|above|beyond|oltre|sopra|more than|plus de|au dela de|mas del|mas de|mehr als|uber|ueber|superiore al|superior al`)

// percentBefore is the percentage ending at word i, the percent sign or
// word ("51 per cent", "80,1 %": the fraction folds to a word of its own).
func percentBefore(ws words, i int) (float64, bool) {
	k := percentStart(ws, i)
	if k < 0 {
		return 0, false
	}
	return percentFrom(ws, k, i)
}

// percentFrom reads the percentage whose number starts at word k and
// whose sign or word is at i.
func percentFrom(ws words, k, i int) (float64, bool) {
	fraction := ""
	if k+1 < i && ws.tok[k+1] == ws.tok[k] && digits(ws.w[k+1]) {
		fraction = ws.w[k+1]
	}
	n, err := strconv.ParseFloat(ws.w[k]+"."+fraction+"0", 64)
	return n, err == nil
}

// percentStart is the word the percentage ending at word i starts at
// ("51" of "51 per cent", "80" of "80,1 %"), -1 when no number stands
// there. A fraction is one token with its whole number ("80,1"): two
// numbers apart are a year and a percentage ("céder en 2014 25 %").
func percentStart(ws words, i int) int {
	k := i - 1
	if k > 0 && ws.w[k] == "per" {
		k-- // "51 per cent"
	}
	if k > 0 && len(ws.w[k]) <= 2 && digits(ws.w[k]) && digits(ws.w[k-1]) && ws.tok[k] == ws.tok[k-1] {
		k--
	}
	if k < 0 || !digits(ws.w[k]) {
		return -1
	}
	return k
}

func digits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

func statusOf(ws words, c clause) string {
	part := words{w: ws.w[c.from:c.to], tok: ws.tok[c.from:c.to]}
	var hitBuf [8]hit // on the stack for all but the longest clauses
	hs := appendHits(hitBuf[:0], statusTriggers, part)
	for _, st := range statusOrder {
		for _, h := range hs {
			if h.kind == st {
				if st == model.Proposed && saysAgreed(ws, c) {
					return model.Announced
				}
				return st
			}
		}
	}
	return model.Announced
}

// strongerStatus is whichever of a and b comes first in statusOrder,
// announced when neither does.
func strongerStatus(a, b string) string {
	for _, st := range statusOrder {
		if a == st || b == st {
			return st
		}
	}
	return model.Announced
}

// saysAgreed: the clause tells the deal agreed or announced, a step on
// the way, not that it was done.
func saysAgreed(ws words, c clause) bool {
	return len(find(affirmed, words{w: ws.w[c.from:c.to], tok: ws.tok[c.from:c.to]})) > 0
}

// onlyAgents: every deal word names a side ("the buyer also agreed to
// take on its debt", "welcome Facebook as our partner"): who, not the
// deal, which other sentences tell. (A supplier is told by what it
// supplies.)
func onlyAgents(hs []hit, ws words) bool {
	for _, h := range hs {
		if !sideNouns[strings.TrimSuffix(ws.w[h.at], "s")] || partnerChosen(ws, h.at) {
			return false
		}
	}
	return true
}

// partnerChosen: the side noun at i is what a company is chosen as
// ("picked Quorvex as its partner in India", "a choisi Quorvex comme
// partenaire"): the partnership itself, the news. Not denied ("was not
// chosen as"), and not what one becomes ("became a partner at the firm"
// is as often a person hired, or a wish: "hopes to become a partner").
func partnerChosen(ws words, i int) bool {
	if !chosenSideNouns[ws.w[i]] {
		return false
	}
	k := i - 1
	for k >= 0 && i-k <= 3 && partnerDeterminers[ws.w[k]] {
		k-- // "as its", "come suo"
	}
	if k < 0 || !asWords[ws.w[k]] {
		return false
	}
	for j := k - 1; j >= 0 && k-j <= 16 && ws.w[j] != ";"; j-- {
		if choosingVerbs[ws.w[j]] {
			// (past an apposition: "picked Quorvex, the largest maker of
			// ..., as its partner")
			return !negated(ws, j)
		}
	}
	return false
}

var (
	chosenSideNouns    = set(`partner partenaire socio`)
	partnerDeterminers = set(`its their his her the a an il lo la un una suo sua loro su sus el le son sa leur un une sein seinen seine ihr ihren ihre einen`)
	asWords            = set(`as come como comme als`)
	choosingVerbs      = set(`picked picks pick chose chosen choose chooses selected selects select tapped named appointed scelto scelta sceglie selezionato
		eligio elegido elige escogio escogido selecciono seleccionado choisi choisit retenu retient designe wahlte gewahlt ausgewahlt`)
)

var sideNouns = set(`buyer kaufer acquirente comprador acheteur koper partner partenaire socio`)

// royaltiesTransferred: the clause's licence words are all royalties,
// bought or sold within twelve words after a verb of buying or selling
// that is not one of paying, and no such verb between ("agreed to acquire
// a package of four copper royalties", "sold its gold royalties to
// Elemental"): the royalties change hands as assets do, no licence is
// granted ("will pay Veltraco royalties" is one).
func royaltiesTransferred(hs []hit, ws words, has hitsAt) bool {
	t := has.at(model.Acquisition)
	if d := has.at(model.Divestiture); t == 0 || d > 0 && d < t {
		t = d
	}
	l := has.at(model.Licensing)
	if t == 0 || t > l || l-t > 12 || onlyPaying(hs, ws) && has.at(model.Divestiture) == 0 {
		return false
	}
	for k := t; k < l-1; k++ {
		if payWords[ws.w[k]] {
			return false // "will sell the drug and pay tiered royalties": the royalties are paid
		}
	}
	for _, h := range hs {
		if h.kind == model.Licensing && !strings.HasPrefix(ws.w[h.at], "royalt") {
			return false
		}
	}
	return true
}

// onlyPaying: every purchase word of the clause is a verb of paying,
// which says money changes hands, not what for.
func onlyPaying(hs []hit, ws words) bool {
	for _, h := range hs {
		if h.kind == model.Acquisition && !payWords[ws.w[h.at]] {
			return false
		}
	}
	return true
}

var payWords = set(`pay pays paid paying spent spend spends speso spendera gasto gastado gastara depense depenser depensera
	ausgegeben zahlt zahlte zahlten bezahlt bezahlte bezahlten zahlen paga pagato pagare pagara paghera pago pagar pagaron pagarono
	paie paye payer paya paiera debourse debourser versera verser versant verse versee versare versato desembolsara desembolsar
	desembolso desembolsado betaalt betaald betalen pagou`)

// patentsNamed: the sentence speaks of patents or licences.
func patentsNamed(hs []hit) bool {
	for _, h := range hs {
		if h.kind == weakLicensing || h.kind == model.Licensing {
			return true
		}
	}
	return false
}

// upfront: the sentence pays up front ("an upfront payment", "d'avance",
// "à la signature", "eine Vorauszahlung"), the way a licence's first
// payment is told.
func upfront(ws words) bool {
	for i, w := range ws.w {
		if upfrontWords[w] {
			return true
		}
		if i+1 < len(ws.w) && upfrontPairs[w+" "+ws.w[i+1]] {
			return true
		}
	}
	return false
}

// earnOut: the sentence tells of earn-outs, payments on a business's
// later results, which only a company bought is paid with ("$250 million
// up front plus retention payments and earn-outs"): no licence.
func earnOut(ws words) bool {
	for i, w := range ws.w {
		if w == "earnout" || w == "earnouts" || w == "earn" && i+1 < len(ws.w) && (ws.w[i+1] == "out" || ws.w[i+1] == "outs") ||
			w == "complement" && i+2 < len(ws.w) && ws.w[i+1] == "de" && ws.w[i+2] == "prix" {
			return true
		}
	}
	return false
}

// PartOfAPrice: the sentence's payment is a part of a price, not a deal
// of its own: it is marked as paid up front or at closing ("will pay 16.5
// billion euros upfront", "verserà alla chiusura 16,5 miliardi"), or it
// says nothing of what it buys (not "will also pay $400 million for its
// cement business", "paid €370 million for Quorvex a decade ago").
func PartOfAPrice(toks []segment.Token) bool {
	scratch, ws := borrowWords(toks)
	defer returnWords(scratch, ws)
	if upfront(ws) {
		return true
	}
	for i := 0; i+1 < len(ws.w); i++ {
		if closingPairs[ws.w[i]+" "+ws.w[i+1]] {
			return true
		}
	}
	paying := false
	for _, w := range ws.w {
		paying = paying || payWords[w]
		if paying && forWords[w] {
			return false // what the payment buys
		}
	}
	return true
}

var closingPairs = set2(`at closing|on closing|on completion|alla chiusura|al closing|a la cloture|au closing|al cierre|bei abschluss|beim closing|bij closing`)

var upfrontWords = set(`upfront vorauszahlung vorabzahlung einmalzahlung`)

var upfrontPairs = set2(`up front|d avance|la signature|por adelantado|in anticipo|alla firma|a la firma|bei unterzeichnung|pagamento anticipato|pagamento iniziale|pago inicial|paiement initial|versement initial`)

// paymentClause: every deal word of the clause is a verb of paying or a
// stake ("paying Rio $5.8 billion to equalise the stakes"); unlike
// onlyPaying, which asks it of the purchase words alone.
func paymentClause(hs []hit, ws words) bool {
	for _, h := range hs {
		w := ws.w[h.at]
		if !(h.kind == model.Acquisition && payWords[w]) && !(h.kind == model.Investment && stakeNouns[w]) {
			return false
		}
	}
	return len(hs) > 0
}

// dropFollowedDeal drops the deal word a clause opens with when a verb of
// following comes next: "Die Übernahme folgt auf eine Allianz, die ...",
// "The takeover comes after a partnership ...": the deal the article tells
// follows the one this clause is about.
func dropFollowedDeal(hs []hit, ws words) []hit {
	if len(hs) > 0 && hs[0].kind == generic {
		return hs
	}
	return dropFollowedOpening(hs, ws)
}

// dropFollowedOpening is dropFollowedDeal for a deal word of any kind,
// "the deal" and "l'operazione" too: asked of the whole sentence, when a
// typed deal word is left ("La operación llega ocho meses después de que
// easyJet, su gran competidora, se hiciera con Go").
func dropFollowedOpening(hs []hit, ws words) []hit {
	if len(hs) < 2 || hs[0].at > 2 {
		return hs
	}
	for k := hs[0].at + 1; k < len(ws.w) && k <= hs[0].at+3; k++ {
		if followWords[ws.w[k]] {
			return hs[1:]
		}
	}
	return hs
}

// dropRunBeforeOne drops a plural deal noun that a colon sets before one
// deal of its kind: the run of deals it names is introduced, the deal
// after the colon told ("H.B. Fuller enchaîne les petites acquisitions: en
// 2010, il avait repris Revertex Finewaters"; "Veltraco keeps making
// acquisitions: in 2010 it bought Quorvex"). Read as the deal, the plural
// took the parties and left the date after the colon out of its clause.
// Not a plural that names its deals ("the acquisitions of Quorvex and
// Brindle", "two acquisitions, Quorvex and Brindle"): a company named
// between it and the colon; nor one before a semicolon, which joins two
// statements of their own.
func dropRunBeforeOne(hs []hit, ws words) []hit {
	for i, h := range hs {
		if !pluralDealNouns.Has(ws.w[h.at]) {
			continue
		}
		colon := slices.Index(ws.w[h.at+1:], ":")
		if colon < 0 {
			continue
		}
		colon += h.at + 1
		if slices.ContainsFunc(ws.w[h.at+1:colon], func(w string) bool { return w == ";" }) || namedIn(ws, clause{h.at + 1, colon}) {
			continue
		}
		for _, later := range hs[i+1:] {
			if later.kind == h.kind && later.at > colon && !pluralDealNouns.Has(ws.w[later.at]) {
				return slices.Delete(slices.Clone(hs), i, i+1)
			}
		}
	}
	return hs
}

var followWords = set(`follows followed comes came folgt folgte segue seguito sigue llega suit fait arrive arriva`)

// paidFor is the kind of the first deal noun of a clause that pays, when
// it is not a purchase: the alliance or the licence the money buys.
func paidFor(hs []hit, ws words) (string, bool) {
	for _, h := range hs {
		switch h.kind {
		case model.JointVenture:
			if boughtOutOf(ws, h.at) {
				return "", false // "pagó ... por la mitad que esta tenía en su empresa conjunta": a partner bought out
			}
			return h.kind, true
		case model.Licensing, model.Partnership, model.Supply:
			return h.kind, true
		}
	}
	return "", false
}

// describedType is the kind of deal a typed deal noun names in the
// sentence ("licensing deal", "accordo di licenza", "supply agreement").
func describedType(hs []hit, ws words) (string, bool) {
	for _, h := range hs {
		switch h.kind {
		case model.Licensing, model.Partnership, model.JointVenture, model.Supply, model.Merger:
		default:
			continue
		}
		for k := h.at - 2; k <= h.at+2; k++ {
			if k >= 0 && k < len(ws.w) && k != h.at && dealNouns[ws.w[k]] {
				return h.kind, true
			}
		}
	}
	return "", false
}

var dealNouns = set(`deal deals agreement agreements accord accordo acuerdo vereinbarung abkommen contract contrat contrato contratto
	pact transaction`)

// counterBid: a deal word of the clause is a rival bid.
func counterBid(hs []hit, ws words) bool {
	for _, h := range hs {
		w := ws.w[h.at]
		if counterWords[w] {
			return true
		}
		if h.at+1 < len(ws.w) && counterPairs[w+" "+ws.w[h.at+1]] {
			return true
		}
	}
	return false
}

var counterWords = set(`counteroffer counterbid contraoferta gegenangebot konkurrenzangebot`)

var counterPairs = set2(`counter offer|offerta concorrente|contre offre|rival bid|rival offer|competing bid|competing offer|offerta rivale|
	oferta competidora|oferta rival|offre concurrente`)
