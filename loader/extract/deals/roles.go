package deals

import (
	"slices"
	"strings"

	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/money"
	"dealwire/loader/extract/segment"
	"dealwire/loader/extract/when"
	"dealwire/model"
)

// buyerOf reads who buys in a clause that transfers a company or a stake:
// the first named before a word of buying ("Takeda agreed to buy Shire",
// "Microsoft's acquisition of"), the one after "by" ("acquired by",
// "da parte di"), or, for a sale, the one after "to" ("sold the business
// to HMD Global"). It is "" when the clause does not say. Reports of one
// real deal agree on the buyer; two deals between the same companies in
// opposite directions do not.
func buyerOf(typ string, hs []hit, ws words, c clause, ms []Mention, toks []segment.Token) string {
	var trigger hit
	found := false
	for _, h := range hs {
		if h.at >= c.from && h.at < c.to && (h.kind == typ || typ == model.Investment && h.kind == model.Acquisition) {
			trigger, found = h, true
			break
		}
	}
	if !found {
		return ""
	}
	at := ws.tok[trigger.at]
	switch typ {
	case model.Acquisition, model.Investment:
		if typ == model.Investment {
			if leader := roundLeader(ws, c, ms); leader != "" {
				return leader // "a round of $200 million led by Insight": the fund invests
			}
			if raiseWords[ws.w[trigger.at]] {
				// "Brindle raised $2.5 billion from Ostravel": who gives
				// the money invests, not the subject
				if k := investorOfRaiseAt(ws, toks, trigger.at); k >= 0 {
					if m, ok := mentionAt(ms, ws.tok[k], false); ok { // (the name opens at k)
						return m.Company
					}
				}
			}
		}
		if passingWords[ws.w[trigger.at]] {
			// "Quorvex pasó a manos de Veltraco": whose hands it passed
			// into buys, and no one when they are someone's ("a manos de
			// los acreedores de Veltraco"), not Quorvex before the verb
			return handsOf(ws, c, trigger.at, ms)
		}
		// an agent close to the deal word ("acquired by X"); one further
		// on is someone else's ("shares issued by")
		agents := agentWords
		if payingFor[ws.w[trigger.at]] {
			agents = agentsButFor // "pagó 2.000 millones por Abaxis": what is paid for
		}
		if by := mentionAfter(ws, c, trigger.at, 7, agents, ms); by != "" {
			return by
		}
		if o := offerAt(ws, trigger.at); o >= 0 {
			// "eine feindliche Offerte von Broadcom ... für Qualcomm",
			// "the offer of X", "a $2.84 billion offer from Cisco": who
			// offers follows "of" or "from", what is bid for follows "for"
			if by := mentionAfter(ws, c, o, 2, offerers, ms); by != "" {
				return by
			}
			if receivedBefore(ws, c, o) {
				// "ha ricevuto un'offerta da 2 miliardi di euro da
				// Veltraco", "a reçu une offre de rachat de 2 milliards
				// d'euros de Veltraco": who offers may follow the price
				if by := mentionAfter(ws, c, o, 10, offerers, ms); by != "" {
					return by
				}
			}
			if by := describedOfferer(ws, c, o, ms); by != "" {
				return by
			}
		}
		passive := trigger.at > 0 && passiveAux[ws.w[trigger.at-1]]
		if passive {
			// "è stata acquisita da Microsoft": after a passive's
			// auxiliary, "da" names who acts
			if by := mentionAfter(ws, c, trigger.at, 4, italianAgents, ms); by != "" {
				return by
			}
		}
		if owner := possessor(at, ms, toks); owner != "" {
			return owner // "agreed to Cisco's increased offer"
		}
		if apposed(ws, trigger.at, ms) {
			// "Opel, rilevata da General Motors": Opel is what was bought
			return ""
		}
		if passive {
			return "" // "X was acquired": X is what was bought
		}
		if payer := payerAfterFor(ws, c, trigger.at, ms); payer != "" {
			return payer
		}
		if objectLast(ws, c, trigger.at) {
			return "" // "und 2016 die spanische Brindle gekauft": Brindle is bought, by the sentence's subject
		}
		if b := mentionBefore(ws.tok[c.from], at, ms, toks); b != "" {
			return b
		}
		// "acquisitions of businesses such as Withings, which moved Nokia
		// into health": the one bought follows "of"; the other side buys
		if target := targetAfterOf(ws, c, trigger.at, ms); target != "" && !offerNouns[ws.w[trigger.at]] {
			var others []string
			for _, p := range partiesIn(ms, ws, c) {
				if p != target {
					others = append(others, p)
				}
			}
			if len(others) == 1 {
				return others[0]
			}
		}
		return ""
	case model.Divestiture:
		return mentionAfter(ws, c, trigger.at, len(ws.w), recipientWords, ms)
	}
	return ""
}

// payerAfterFor: the clause opens with what is paid for and the verb of
// paying at i comes second, its subject right after it ("Für den
// texanischen Spezialisten Quorvex zahlte Veltraco 2005 rund 2,45
// Milliarden Dollar"): that subject pays. "" when the clause is otherwise.
func payerAfterFor(ws words, c clause, i int, ms []Mention) string {
	if !paidWords[ws.w[i]] || !ws.isNamed(i+1) || i+1 >= c.to {
		return ""
	}
	opens := false // "for" opens the clause, a time or a word or two before it
	for k := c.from; k < i && k <= c.from+5 && !opens; k++ {
		if clauseEnds[ws.w[k]] || ws.isNamed(k) {
			return "" // a company before "for"
		}
		opens = forWords[ws.w[k]]
	}
	if !opens {
		return ""
	}
	m, _ := mentionAt(ms, ws.tok[i+1], false)
	return m.Company
}

// paidWords are the German and Dutch verbs of paying, which come second
// in a clause that opens with what is paid for.
var paidWords = set(`zahlt zahlte zahlten bezahlt bezahlte betaalt betaalde`)

// handsOf is the company named after the hands a company passes into,
// at the deal words from i, a verb of passing (passingWords) ("è passata
// nelle mani di X", "pasó a manos del fondo X", "passée entre les mains
// de X"): the buyer. "" if the words are others.
func handsOf(ws words, c clause, i int, ms []Mention) string {
	for k := i + 1; k < c.to && k <= i+3; k++ {
		if !handsWords[ws.w[k]] {
			continue
		}
		if k+1 >= c.to || !takingOf[ws.w[k+1]] {
			return ""
		}
		// the company, a description allowed before it ("a manos del
		// fondo X"), not someone of it ("de los acreedores de X")
		for j := k + 2; j < c.to && j <= k+6 && !clauseEnds[ws.w[j]]; j++ {
			if j > k+2 && takingOf[ws.w[j]] && (ws.isNamed(j+1) || j+2 < c.to && takingArticles[ws.w[j+1]] && ws.isNamed(j+2)) {
				return "" // "de los acreedores de X", not "la firma de inversión X"
			}
			if ws.isNamed(j) {
				m, _ := mentionAt(ms, ws.tok[j], false)
				return m.Company
			}
		}
		return ""
	}
	return ""
}

var (
	passingWords = set(`paso pasara pasado pasar passata passato finita finito passe passee passes passees passer
		passo passare passava passera passait passa passaient unter came come comes coming passed`)
	handsWords = set(`manos mani mains hands giron`)
)

// roundLeader is the company a clause says led a round of funding ("led
// by Insight", "liderada por los fondos estadounidenses Insight",
// "Angeführt wird die Finanzierungsrunde von den US-Investoren Insight"):
// a few words may stand between the verb, its agent word and the name.
func roundLeader(ws words, c clause, ms []Mention) string {
	for i := c.from; i < c.to; i++ {
		if !leadVerbs[ws.w[i]] {
			continue
		}
		for j := i + 1; j < c.to && j <= i+9; j++ {
			if !leadAgents[ws.w[j]] {
				continue
			}
			for k := j + 1; k < c.to && k <= j+5; k++ {
				if ws.named[k] {
					m, _ := mentionAt(ms, ws.tok[k], false)
					return m.Company
				}
			}
			break
		}
	}
	return ""
}

// leadVerbs say who led a round of funding; leadAgents introduce who.
var leadVerbs = set(`led liderada liderado encabezada encabezado dirigida guidato guidata menee mene emmenee emmene angefuhrt`)
var leadAgents = set(`by por da dal dalla par von vom`)

// agentWords introduce who acts in a passive or nominal phrase. Italian
// "da" and German "von" are left out: "rilevata da General Motors" is as
// often "taken over from" as "by".
var agentWords = set(`by par por durch door pela pelo`)

// givers name who gives what a side receives: "from", "von", "da".
var givers = set(`from von vom da dal dalla dallo dai aupres desde`)

// agentAfter: a word that names who acts or gives ("by", "par", "durch",
// "from", "von") follows the deal word at i in clause c: the deal is told
// from the side acted on.
func agentAfter(ws words, c clause, i int) bool {
	agents := agentWords
	if payingFor[ws.w[i]] {
		agents = agentsButFor // "desembolsó 2.350 millones por Sheridan": what is paid for
	}
	for k := i + 1; k < c.to; k++ {
		if agents[ws.w[k]] || givers[ws.w[k]] {
			return true
		}
	}
	return false
}

// payingFor are the Spanish and Portuguese payment verbs, finite or
// infinitive, after which "por" names what is paid for ("desembolsó 765
// millones por Pharmaq"), not who pays as after a participle ("el precio
// pagado por Veltraco"). (Folded, the Spanish "pagó" is the Portuguese
// participle "pago"; "pela" and "pelo", Portuguese only, still name who
// pays: "o preço pago pela Veltraco".)
var payingFor = set(`pago paga pagara pagar pagou gasto gastara desembolso desembolsara desembolsar`)

// agentsButFor is agentWords without "por", which means "for" after payingFor.
var agentsButFor = set(`by par durch door pela pelo`)

// agentWordSet is agentWords, asked of a word as written (see lowerIn).
var agentWordSet = lists.SetOf(agentWords)

// passiveAux are the auxiliaries of a passive voice right before its
// participle ("was acquired", "è stata acquisita", "fue comprada", "a
// été racheté", "wurde übernommen").
var passiveAux = set(`was were been being is are be stata stato stati state viene vengono venne fu furono sara
	fue fueron sido sera ete est sont wurde wurden worden ist werden`)

var italianAgents = set(`da dal dalla dallo dai dalle`)

// recipientWords introduce who receives what is sold.
var recipientWords = set(`to a an al alla allo au aux aan para`)

// ownedBy: the mention at token i follows "owner of" within three words
// ("propriétaire notamment de l'Orient-Express", "owner of Cartier").
func ownedBy(toks []segment.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if lowerIn(ownerWords, toks[k].Text()) {
			return true
		}
	}
	return false
}

var ownerWords = lists.SetOf(set(`owner owners propriétaire propriétaires proprietario proprietaria propietario propietaria eigentümer eigentümerin eigenaar proprietário`))

// apposed: the deal word opens an apposition to the company named just
// before it ("Opel, acquired in 2017", "Bulgari, rilevata nel 2011"), a
// participle that describes that company as the one bought.
func apposed(ws words, at int, ms []Mention) bool {
	if at == 0 || ws.w[at-1] != "," {
		return false
	}
	if participle(ws.w[at]) {
		return true // "Mojang, the Swedish maker of Minecraft, bought for $2.5 billion"
	}
	comma := ws.tok[at-1]
	for _, m := range ms {
		if m.To == comma {
			return true
		}
	}
	return false
}

// passiveAlone: the deal word is a participle in the passive voice after
// the one company the clause names, and no agent follows ("Brussels
// Airlines wurde 2016 komplett geschluckt", "Opel was bought in 2017"):
// that company was bought, by one the sentence does not name.
func passiveAlone(ws words, c clause, at int, ms []Mention) bool {
	if !participle(ws.w[at]) {
		return false
	}
	aux := -1
	for k := at - 1; k >= c.from && k >= at-3; k-- {
		if passiveAux[ws.w[k]] {
			aux = k
			break
		}
	}
	if aux < 0 {
		return false
	}
	before, after := false, false
	for _, m := range ms {
		switch {
		case m.To == ws.tok[aux] && m.From >= ws.tok[c.from]:
			before = true // the subject, right before its auxiliary
		case m.From > ws.tok[at] && m.From < ws.tok[c.to-1]+1:
			after = true
		}
	}
	return before && !after
}

// participle: a past participle of a buying word, in the languages read.
func participle(w string) bool {
	switch w {
	case "bought", "sold", "taken", "purchased", "acquired", "rilevata", "rilevato", "acquisita", "acquisito", "comprata",
		"comprato", "ceduta", "ceduto", "venduta", "venduto", "adquirida", "adquirido", "comprada", "comprado", "vendida",
		"vendido", "rachete", "rachetee", "acquis", "acquise", "cede", "cedee", "vendu", "vendue", "ubernommen", "gekauft",
		"erworben", "verkauft", "geschluckt", "integriert", "absorbed", "absorbee", "absorbida", "assorbita", "inglobata":
		return true
	}
	return false
}

// mentionBefore is the company named first in the clause, before token
// at: the subject, in English as in a German clause that puts its verb
// last ("während Suzuki Toyota-Anteile kauft"), but not a German object
// before that verb (accusative), a company something is of ("the unit of
// Quorvex"), nor one an agreement is reached or talks are held with. A
// subject opening the words after a colon comes first (subjectAfterColon).
func mentionBefore(from, at int, ms []Mention, toks []segment.Token) string {
	if c := subjectAfterColon(from, at, ms, toks); c != "" {
		// "USG People wird japanisch: Die Recruit Holdings hat sich auf
		// eine Übernahme geeinigt": the subject after the colon acts
		return c
	}
	for _, m := range ms {
		if m.From >= from && m.To <= at && !(m.From > 0 && lowerIn(ofWordSet, toks[m.From-1].Text())) && !agreedWith(toks, m) && !accusative(toks, from, m.From) {
			return m.Company
		}
	}
	return ""
}

// subjectAfterColon is the company that opens the words after a colon
// before token at, as their subject ("USG People wird japanisch: Die
// Recruit Holdings hat sich auf eine Übernahme geeinigt", "Veltraco under
// pressure: Brindle to buy its chemicals arm"). Not one acted on: told in
// the accusative ("Den Konkurrenten Brindle will der Konzern
// übernehmen"), before a passive's auxiliary or a participle ("Brindle
// wird übernommen", "Brindle acquired for $2 billion", "Brindle is the
// company it agreed to buy"), or taking an offer, itself or by its
// shareholders ("Brindle accepts the offer", "Brindle shareholders
// approve"): "" then, and the subject before the colon stays.
func subjectAfterColon(from, at int, ms []Mention, toks []segment.Token) string {
	colon := -1
	for k := at - 1; k > from; k-- {
		if toks[k].Text() == ":" {
			colon = k
			break
		}
	}
	if colon < 0 {
		return ""
	}
	// the first company after the colon
	i := slices.IndexFunc(ms, func(m Mention) bool { return m.From > colon && m.To <= at })
	if i < 0 {
		return ""
	}
	m := ms[i]
	opens := m.From == colon+1 || m.From == colon+2 && subjectDeterminers[toks[colon+1].Folded()]
	if !opens || accusative(toks, colon+1, m.From) || actedOn(toks, m.To, at) {
		return ""
	}
	return m.Company
}

// actedOn: the words from k, right after a company's name, tell it acted
// on or taking an offer: a passive's auxiliary, a participle ("acquired",
// "übernommen" at the deal word at), or a word of accepting.
func actedOn(toks []segment.Token, k, at int) bool {
	if k >= len(toks) {
		return false
	}
	next := toks[k].Folded()
	// (folded, "rachète" reads as the participle "racheté")
	return passiveAux[next] || participle(next) && !strings.Contains(toks[k].Text(), "è") || acceptingWords[next] ||
		next == "wird" && at < len(toks) && participle(toks[at].Folded())
}

// acceptingWords tell a company taking an offer made for it, or its owners
// doing so.
var acceptingWords = set(`accepts accepted accept approve approves approved backs shareholders board accetta accettano approva azionisti acepta aceptan aprueba accionistas accepte acceptent approuve actionnaires akzeptiert aktionare billigt`)

// agreedWith: the mention follows "with" after a word of agreement ("un
// accordo con Quorvex per rilevare Brembo", "an agreement with Quorvex to
// buy"): the other side of the agreement, not who buys. (A sentence that
// opens with "with" has no such word: "Mit Veltraco kauft erstmals ein
// chinesischer Konzern ..." keeps Veltraco the buyer.)
func agreedWith(toks []segment.Token, m Mention) bool {
	if m.From < 2 || !withWords[toks[m.From-1].Folded()] {
		return false
	}
	for k := m.From - 2; k >= 0 && k >= m.From-3; k-- {
		if agreementNouns[toks[k].Folded()] {
			return true
		}
	}
	return false
}

// agreementNouns name an agreement reached with a company, or the talks
// held with it ("After months of talks with Brindle, Veltraco agreed to
// buy").
var agreementNouns = set(`accordo intesa agreement deal pact accord entente acuerdo pacto vereinbarung einigung abkommen
	talks negotiations discussions trattative negoziati colloqui negociaciones conversaciones negociations pourparlers gesprachen verhandlungen`)

// accusative: the name at token i is a German clause's object, "den" or
// "einen" right before it or before one or two words that describe it,
// the last a noun ("Damals hatten sie den Logistiker Exel übernommen",
// "den insolventen Konkurrenten Mississippi Chemical"): bought, not
// buying. The article opens no phrase of its own: none after a
// preposition ("laut den Unterlagen", "zum einen"), nor one a verb
// follows ("Einen Monat später hatte Veltraco ...").
func accusative(toks []segment.Token, from, i int) bool {
	if i-1 < from || toks[i-1].Punct() {
		return false
	}
	for k := i - 1; k >= from && k >= i-3; k-- {
		if toks[k].Punct() {
			return false
		}
		if lowerIn(accusativeArticles, toks[k].Text()) {
			return (k == i-1 || toks[i-1].Cap()) && (k == 0 || !lowerIn(germanPrepositions, toks[k-1].Text()))
		}
	}
	return false
}

var (
	accusativeArticles = lists.SetOf(set(`den einen`))
	germanPrepositions = lists.SetOf(set(`an auf aus bei beim durch fur für gegen hinter in laut mit nach neben ohne seit um unter uber über von vom vor zu zum zur zwischen`))
)

// targetAfterOf is the company named soonest after "of" following a deal
// noun, a few words allowed between ("acquisition of X", "acquisitions
// of businesses such as X"), within the clause.
func targetAfterOf(ws words, c clause, at int, ms []Mention) string {
	if at+1 >= c.to || !ofFolded[ws.w[at+1]] && !(at+2 < c.to && ofFolded[ws.w[at+2]]) {
		return ""
	}
	from, to := ws.tok[at+1], ws.tok[min(at+6, c.to-1)]
	for _, m := range ms {
		if m.From > from && m.From <= to {
			return m.Company
		}
	}
	return ""
}

// offerNouns are the deal words of a bid: "of" after them names the
// bidder, not the target.
var offerNouns = set(`offer approach bid offerte angebot ubernahmeangebot gebot offerta oferta offre opa ops tender counteroffer counterbid`)

// IsOfferNoun: the folded word names a bid, or bids ("offers",
// "approaches").
func IsOfferNoun(folded string) bool {
	return offerNouns[folded] || offerNouns[strings.TrimSuffix(folded, "s")] || offerNouns[strings.TrimSuffix(folded, "es")]
}

// offerAt is the word index of the offer noun of the trigger at i ("offer
// from", "final offer"), or -1.
func offerAt(ws words, i int) int {
	for k := i; k < len(ws.w) && k <= i+1; k++ {
		if IsOfferNoun(ws.w[k]) || ws.w[k] == "proposal" || ws.w[k] == "proposals" {
			return k // ("bids from", "unsolicited proposals from": one bid or more)
		}
	}
	if i >= 2 && offerNouns[ws.w[i-2]] && ofFolded[ws.w[i-1]] {
		return i // "una oferta de compra de Pfizer": the offer of a purchase, then whose
	}
	return -1
}

// describedOfferer is who makes the offer at o when a few words stand
// between: what the offer is before its "of" or "from" ("l'offerta in
// contanti del fondo Arcus"), what the offerer is after it ("a cash offer
// from infrastructure fund Arcus"). Not a company after a second "of"
// ("l'offerta di acquisto di Arcus": what is bid for), nor after "for".
func describedOfferer(ws words, c clause, o int, ms []Mention) string {
	for i := o + 1; i < c.to && i <= o+3; i++ {
		if clauseEnds[ws.w[i]] || offerForWords[ws.w[i]] || offerObjects[ws.w[i]] {
			return ""
		}
		if !offerers[ws.w[i]] {
			continue
		}
		for j := i + 1; j < c.to && j <= i+3; j++ {
			if ws.named[j] {
				if m, ok := mentionAt(ms, ws.tok[j], false); ok {
					return m.Company
				}
				return ""
			}
			if clauseEnds[ws.w[j]] || offerers[ws.w[j]] || offerForWords[ws.w[j]] || offerObjects[ws.w[j]] {
				return ""
			}
		}
		return ""
	}
	return ""
}

// offerForWords introduce what an offer is for, or whom it is made to
// ("on", "su", "sobre", "sur", "to shareholders", "an Aktionäre").
var offerForWords = set(`for per pour fur für por on su sobre sur to an zum zur auf a al`)

// offerObjects are what an offer is of, or made to: the words before
// them are no offerer's ("un'offerta di acquisto su Quorvex", "an offer
// to holders of Quorvex shares").
var offerObjects = set(`acquisto acquisizione scambio compra adquisicion canje rachat achat echange kauf ubernahme umtausch purchase acquisition exchange takeover
	shareholders holders soci azionisti accionistas actionnaires aktionare anteilseigner`)

// receivedBefore: a verb of receiving stands within the five words
// before the offer at o, in its clause ("ha ricevuto un'offerta", "a reçu
// une offre de rachat", "recibió una oferta"): the offer is the subject's
// to weigh, another's to make.
func receivedBefore(ws words, c clause, o int) bool {
	for k := o - 1; k >= c.from && k >= o-5; k-- {
		if receivingVerbs[ws.w[k]] {
			return true
		}
	}
	return false
}

// weigherOfOffer is the company that receives or rejects an offer in
// clause c, named as the verb's subject before it, clauses of asides
// between ("L'americana Quorvex, proprietaria di cento alberghi, ha
// respinto ieri l'offerta ...", "Le conseil de Quorvex a rejeté jeudi, à
// l'unanimité, l'offre ..."): the company bid for. The verb stands within
// eight words before the offer, no company between, and for a verb of
// receiving no price either ("will receive $400 million under the
// offer" receives money); an offer for a company named after it is
// another's ("ha ricevuto un'offerta ... per St Hubert": the receiver
// sells it). The subject is read by subjectOfVerb. "" otherwise.
func weigherOfOffer(ms []Mention, toks []segment.Token, ws words, c clause) string {
	for o := c.from; o < c.to; o++ {
		if !IsOfferNoun(ws.w[o]) && ws.w[o] != "proposal" && ws.w[o] != "proposals" {
			continue
		}
		for k := o - 1; k >= 0 && k >= o-8; k-- {
			if ws.isNamed(k) || sentenceBreaks[ws.w[k]] {
				return "" // a company between: the offer is its, or made to it
			}
			if rejectingVerbs[ws.w[k]] || receivingVerbs[ws.w[k]] && !priceBetween(ws, k, o) && !prepositionBetween(ws, k, o) {
				if offerForNamed(ws, o) || ownedOffer(ws, k, o) {
					// "ha ricevuto un'offerta ... per St Hubert": bid for
					// another, its unit; "rejected claims that its takeover
					// offer undervalued Veltraco": its own bid
					return ""
				}
				return subjectOfVerb(ms, toks, ws, k)
			}
		}
		return ""
	}
	return ""
}

// offerForNamed: the offer at o is for a company named after it, within
// twenty words, its price between ("un'offerta vincolante da 430
// milioni di euro in contanti, circa 344 milioni di sterline, per St
// Hubert").
func offerForNamed(ws words, o int) bool {
	for k := o + 1; k+1 < len(ws.w) && k <= o+20 && !sentenceBreaks[ws.w[k]]; k++ {
		if forWords[ws.w[k]] && ws.isNamed(k+1) {
			return true
		}
	}
	return false
}

// ownedOffer: a possessive stands between the verb at k and the offer
// at o ("its takeover offer", "son offre"): the subject's own bid.
func ownedOffer(ws words, k, o int) bool {
	for j := k + 1; j < o; j++ {
		if possessive[ws.w[j]] || ws.w[j] == "their" || ws.w[j] == "leur" {
			return true
		}
	}
	return false
}

// prepositionBetween: a preposition stands between the verb of receiving
// at k and the offer at o: what is received is something else, for or
// on the offer ("received regulatory approval for its offer", "ha
// ricevuto il via libera della Consob all'offerta").
func prepositionBetween(ws words, k, o int) bool {
	for j := k + 1; j < o; j++ {
		if offerPrepositions[ws.w[j]] {
			return true
		}
	}
	return false
}

var offerPrepositions = set(`for from of to on per di della del dello dei alla all al a da dalla para de del des du pour sur fur von zu zum zur`)

// priceBetween: a word of a price stands between words i and j: what is
// received is money ("will receive $400 million under the offer").
func priceBetween(ws words, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if amountPart(ws.w[k], ws.w[k]) {
			return true
		}
	}
	return false
}

// subjectOfVerb is the company named last before the verb at word k,
// when it can be the verb's subject: not in the possessive, and no word
// opening a subordinate clause stands between, but in an aside set off by
// a comma ("Quorvex, dopo l'assemblea, ha respinto"; not "after the
// regulator received").
func subjectOfVerb(ms []Mention, toks []segment.Token, ws words, k int) string {
	aside := false
	for j := k - 1; j >= 0; j-- {
		w := ws.w[j]
		if w == "," {
			aside = !aside
			continue
		}
		if !aside && (clauseBreaks[w] || subordinators[w]) {
			return ""
		}
		if !ws.isNamed(j) {
			continue
		}
		t := ws.tok[j]
		for _, m := range ms {
			if m.From <= t && t < m.To {
				if toks[m.To-1].Poss() || m.To < len(toks) && toks[m.To].Poss() {
					return "" // "Brindle's shares"
				}
				return m.Company
			}
		}
		return ""
	}
	return ""
}

// weighedBid: the word at i is a bid, or bids, from a company ("bids
// from", "das Angebot von") that a verb of rejecting, receiving or
// weighing takes ("Quorvex rejected a bid from Veltraco", "has received
// bids from Veltraco and Brindle for the company", "lehnte ein Angebot
// von Veltraco ab", "haben das Angebot von Veltraco angenommen"): a
// takeover bid. Not a public body's tender ("The ministry received bids
// from"), bids to do something ("to run the bus network"), nor a job's
// or a product's offer ("received job offers from").
func weighedBid(ws words, i int) bool {
	w := ws.w
	if !IsOfferNoun(w[i]) || strings.HasPrefix(w[i], "approach") || i+2 >= len(w) || w[i+1] != "from" && w[i+1] != "von" || i > 0 && offerKinds[w[i-1]] {
		return false // (approaches are made for ventures too: "approaches from Veltraco about a partnership")
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if publicBodies[w[k]] {
			return false // a tender's: "The ministry received bids from Veltraco and Quorvex"
		}
	}
	for k := i + 2; k < len(w) && k <= i+8 && !clauseEnds[w[k]]; k++ {
		if w[k] == "to" || w[k] == "zu" || w[k] == "um" {
			return false // "to run the bus network", "um ... zu betreiben"
		}
		if ofTheCompany[w[k]] || allianceWords[w[k]] {
			return false // "a bid from Quorvex's founder"; "offers from Veltraco and Brindle for a joint venture"
		}
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if clauseEnds[w[k]] {
			break
		}
		if weighing(w[k]) {
			return true
		}
	}
	for k := i + 2; k < len(w) && k <= i+8 && !clauseEnds[w[k]]; k++ {
		if weighing(w[k]) {
			return true // German puts the participle last: "das Angebot von Veltraco angenommen"
		}
	}
	return false
}

// weighing: w is a verb that takes a bid to receive, weigh, turn down
// or accept.
func weighing(w string) bool { return rejectingVerbs[w] || receivingVerbs[w] || consideringVerbs[w] }

// withoutBidsWeighedByNoCompany drops the bids weighedBid read where no
// company is named before them, who weighs them: "Customers received
// offers from Veltraco and Quorvex", "Die Gewerkschaft lehnte das Angebot
// von Quorvex ab".
func withoutBidsWeighedByNoCompany(hs []hit, ws words) []hit {
	return slices.DeleteFunc(hs, func(h hit) bool {
		if h.kind != model.Acquisition || !weighedBid(ws, h.at) || namedIn(ws, clause{0, h.at}) {
			return false
		}
		_, triggered := typeTriggers.at(ws.w, h.at)
		return !triggered // (not "offer from", read without a weigher)
	})
}

var (
	consideringVerbs = set(`reject receiving considering consider considers weighing weighs accepted accepts accept
		pruft prufte angenommen nahm annehmen`)
	// publicBodies hold tenders: their bids are for contracts
	publicBodies = set(`ministry ministero ministerio ministere ministerium government governo gobierno gouvernement regierung
		council city stadt ville comune ayuntamiento regulator authority autorita autoridad autorite behorde state stato estado etat staat agency agenzia agencia agence`)
	// allianceWords name a venture or an alliance a bid may be for
	allianceWords = set(`venture ventures partnership alliance coentreprise gemeinschaftsunternehmen partnerschaft allianz`)
	// offerKinds name what is offered that is no company: a job, goods, a service
	offerKinds = set(`job jobs broadband product products service services tariff tariffs price prices mobile data`)
)

// rejectingVerbs turn an offer down.
var rejectingVerbs = set(`rejected rejects rebuffed rebuffs spurned respinto respinge respingere rifiutato rifiuta rechazo rechaza rechazado rechazar
	rejete rejette refuse refusee repousse abgelehnt lehnte lehnt zuruckgewiesen`)

var receivingVerbs = set(`received receives receive ricevuto riceve ricevere ricevette recu recoit recevoir recibio recibe recibido recibir erhielt erhalten erhalt`)

// offerers introduce who makes an offer.
var offerers = set(`of from di da dal dalla de del della von des du der`)

// ofFolded introduce what a deal noun is of ("acquisition of X").
var ofFolded = set(`of di de del della von des du der`)

// ofWords put a company after a noun it owns or is part of ("das
// Geschäft von Quorvex"): such a company is not the clause's subject.
var ofWords = set(`of von vom des di del della dei de du`)

// ofWordSet is ofWords as a Set: asked of words folded, and of words as
// written (see lowerIn).
var ofWordSet = lists.SetOf(ofWords)

// mentionAfter is the company named right after one of the given words,
// within reach words after word index w in the clause.
func mentionAfter(ws words, c clause, w, reach int, intro map[string]bool, ms []Mention) string {
	for i := w + 1; i < c.to && i <= w+reach; i++ {
		if !intro[ws.w[i]] || ws.w[i] == "an" && i > 0 && heldIn(ws.w[i-1]) && !(i > 1 && ws.tok[i-2] == ws.tok[i-1]) {
			// "seine Mehrheitsbeteiligung an Schleich an die Partners
			// Group": what the stake is in, not who gets it (but
			// "seinen Quorvex-Anteil an Brindle" says what it is in first)
			continue
		}
		next := ws.tok[i] + 1
		for _, m := range ms {
			if m.From == next || m.From == next+1 && articleAt(ws, i+1) {
				return m.Company
			}
		}
	}
	return ""
}

// heldIn: w is a German stake, whose "an" names the company it is in
// ("Beteiligung an", "Mehrheitsbeteiligung an", "Anteil an", "Prozent an").
func heldIn(w string) bool {
	return w == "prozent" || w == "%" || GermanStake(w)
}

// articleAt: the word at index i is an article ("to the KKR fund").
func articleAt(ws words, i int) bool {
	return i < len(ws.w) && (ws.w[i] == "the" || ws.w[i] == "la" || ws.w[i] == "il" || ws.w[i] == "el" || ws.w[i] == "le")
}

// possessor is the company named with a possessive just before token at,
// one adjective allowed between ("Cisco Systems Inc's increased offer").
func possessor(at int, ms []Mention, toks []segment.Token) string {
	for _, m := range ms {
		if m.To <= at && at-m.To <= 1 && toks[m.To-1].Poss() {
			return m.Company
		}
	}
	return ""
}

// boughtFor: the name at tok follows "for" ("Für CA Technologies zahlte der
// Konzern ..."): what is paid for, even before the word of paying.
func boughtFor(toks []segment.Token, tok int) bool {
	k := tok - 1
	if k > 0 && determiners.Has(toks[k].Folded()) {
		k--
	}
	return k >= 0 && forWords[toks[k].Folded()]
}

// eachForItsPrice splits a purchase (or a sale) told as a list, each
// company with its own price ("paid $4 billion for Marvel in 2009 and $4.05
// billion for Lucasfilm in 2012") or, failing that, its own year ("a
// racheté Ditsch en 2012, puis BackWerk en 2017 pour 190 millions"), into
// one deal per company. The buyer (of a purchase) is who was named before
// the deal word, or the company the sentence refers back to. It returns
// nil when the clause is not such a list.
func eachForItsPrice(f Found, s Sentence, ws words, span clause, hs []hit, amounts []money.Amount, dates []when.Date, from, to int) []Found {
	if f.Type != model.Acquisition && f.Type != model.Investment && f.Type != model.Divestiture || len(hs) == 0 {
		return nil
	}
	at := s.Tokens[ws.tok[hs[0].at]].Start()
	var prices []money.Amount
	for _, a := range amounts {
		if a.Start >= from && a.Start < to && a.Start > at {
			prices = append(prices, a)
		}
	}
	var targets []Mention
	var before []string
	for _, m := range s.Mentions {
		switch start := s.Tokens[m.From].Start(); {
		case start < from || start >= to || ownedBy(s.Tokens, m.From):
			// "Belmond, propriétaire de l'Orient-Express": what a
			// target owns comes with it
		case start < at && !boughtFor(s.Tokens, m.From):
			if !slices.Contains(before, m.Company) {
				before = append(before, m.Company)
			}
		default:
			targets = append(targets, m)
		}
	}
	if len(before) == 0 && len(targets) > 0 && s.Tokens[targets[0].From].Start() < at {
		// "Für CA zahlte Broadcom 18,9 Milliarden, für Symantec 10,7":
		// what is paid for comes first, who pays right after the verb
		for i, m := range targets {
			if m.From == ws.tok[hs[0].at]+1 {
				before = append(before, m.Company)
				targets = slices.Delete(targets, i, i+1)
				break
			}
		}
	}
	if len(targets) < 2 {
		return nil
	}
	starts := make([]int, len(targets))
	for i, m := range targets {
		starts[i] = s.Tokens[m.From].Start()
	}
	// the figure each company comes with: its price, else its year
	var figures []int
	byPrice := len(prices) == len(targets)
	if byPrice {
		for _, a := range prices {
			figures = append(figures, a.Start)
		}
	} else {
		for _, d := range dates {
			if d.Start >= from && d.Start < to && d.Start > at {
				figures = append(figures, d.Start)
			}
		}
	}
	if len(figures) != len(targets) || !eachWithItsFigure(starts, figures) {
		return nil
	}
	if len(before) == 0 {
		// "Pioneer, for its part, bought Parsley for $4.5 billion and
		// DoublePoint for $6.4 billion": the sentence's subject buys
		for _, m := range s.Mentions {
			if s.Tokens[m.From].Start() < from {
				before = append(before, m.Company)
				break
			}
		}
	}
	var out []Found
	for i, m := range targets {
		g := f
		// each its own date and price, told between its figure or name
		// and the next one's ("$18.9 billion for CA in 2018 and $10.7
		// billion for Symantec's unit in 2019")
		lo, hi := min(figures[i], starts[i]), to
		if i+1 < len(targets) {
			hi = min(figures[i+1], starts[i+1])
		}
		g.Date, g.Value = "", nil
		for _, d := range dates {
			if d.Start >= lo && d.Start < hi {
				g.Date = d.Value
				break
			}
		}
		for _, a := range prices {
			if a.Start >= lo && a.Start < hi {
				g.Value = &model.Money{Value: a.Value, Currency: a.Currency}
				break
			}
		}
		g.Parties = append(append([]string(nil), before...), m.Company)
		g.Anaphor = len(before) == 0
		g.Buyer = "" // who buys is who was named before, or who the sentence refers to
		if len(before) > 0 && f.Type != model.Divestiture {
			g.Buyer = before[0] // (who sold its units one by one buys none: "scindé X en 2000, puis Y en 2002")
		}
		out = append(out, g)
	}
	datesOutsideFigures(out, s, dates, starts, figures, from, at)
	return out
}

// datesOutsideFigures dates the deals eachForItsPrice split where their
// ranges missed: a date after a comma that ends one company's figures
// opens the next one's clause ("… Ivax für 7,4 Milliarden Dollar, im Juli
// 2008 folgte … Barr"), and a date before the deal word dates each deal
// left without one ("2005 vereinbarten sie die Übernahme von Ivax …",
// "In 2019 it bought X for $1 billion and Y for $2 billion").
func datesOutsideFigures(out []Found, s Sentence, dates []when.Date, starts, figures []int, from, at int) {
	for i := len(out) - 1; i >= 1; i-- {
		if out[i].Date != "" {
			continue
		}
		end := max(figures[i-1], starts[i-1])
		for _, d := range dates {
			if d.Start > end && d.Start < starts[i] && d.Value == out[i-1].Date && strings.Contains(s.Text[end:d.Start], ",") {
				out[i].Date, out[i-1].Date = d.Value, ""
				break
			}
		}
	}
	for _, d := range dates {
		if d.Start >= from && d.Start < at {
			for i := range out {
				if out[i].Date == "" {
					out[i].Date = d.Value
				}
			}
			break
		}
	}
}

// eachWithItsFigure: the figures (prices or years) and the companies
// alternate, each figure before its company and after the one before ("$4
// billion for Marvel and $4.05 billion for Lucasfilm"), or each right after
// its company ("repris Dior pour 6,5 milliards, puis Belmond pour 3,2
// milliards"). starts and figures are byte offsets, in order.
func eachWithItsFigure(starts, figures []int) bool {
	leading, trailing := true, true
	for i, start := range starts {
		if figures[i] > start || i > 0 && figures[i] < starts[i-1] {
			leading = false
		}
		if figures[i] < start || i+1 < len(starts) && figures[i] > starts[i+1] {
			trailing = false
		}
	}
	return leading || trailing
}

// objectLast: clause c goes on after "and" with its subject left out, or
// opens with a German pronoun and its auxiliary ("Sie hatte 2014 die
// Quorvex GmbH übernommen"), the company it names right before its deal
// word at i, which closes it ("und 2016 die spanische Brindle gekauft"):
// that company is bought, by the one the sentence refers to.
func objectLast(ws words, c clause, i int) bool {
	from := c.from
	switch {
	case nameThenParticipleAfterAnd(ws, c, i):
	case pronounOpens(ws, c) && ws.isNamed(i-1) && participleLast(ws, i, c.to):
		from += 2 // past "Sie hatte"
	default:
		return false
	}
	k := max(nameStart(ws, i-1), from) // the name's first word
	for j := from; j < k; j++ {
		if ws.isNamed(j) || finiteAuxiliaries[ws.w[j]] {
			return false // a subject named, or its auxiliary's place ("und 2016 hat Quorvex Brindle gekauft")
		}
	}
	return true
}

// pronounOpens: clause c opens the sentence with a German subject pronoun
// and its auxiliary ("Er hatte", "Sie hat").
func pronounOpens(ws words, c clause) bool {
	return c.from == 0 && c.from+1 < c.to && germanSubjectPronouns[ws.w[c.from]] && finiteAuxiliaries[ws.w[c.from+1]]
}
