package deals

import (
	"slices"

	"dealwire/loader/extract/money"
	"dealwire/loader/extract/segment"
	"dealwire/model"
)

// moneyRaised: the word of raising at i raises a sum: one follows it
// ("raised $2.5 billion", "a levé 100 millions de dollars", "ha raccolto
// 235 milioni"), or, for a German participle at the clause's end, stands
// before it ("bei Hillhouse 2,5 Milliarden Dollar eingesammelt"); not
// "raised its forecast", "lever les obstacles".
func moneyRaised(w []string, i int) bool {
	if germanRaises[w[i]] {
		for k := i - 1; k >= 0 && k >= i-6 && !clauseEnds[w[k]]; k-- {
			if money.IsWord(w[k]) {
				return true
			}
		}
		return false
	}
	_, raised := sumAfter(w, i)
	return raised
}

// sumAfter is the end of the sum that may follow the word at i, within
// six words (numbers, money words and the words between them: "$2.5
// billion", "100 millions de dollars"), and whether a money word is in it.
func sumAfter(w []string, i int) (end int, priced bool) {
	end = i + 1
	for end < len(w) && end <= i+6 && (isNumber(w[end]) || sumLinks[w[end]] || money.IsWord(w[end])) {
		priced = priced || money.IsWord(w[end])
		end++
	}
	return end, priced
}

// withoutRaisesFromNoOne drops the words of raising money that name no
// company giving it ("raised $2.5 billion from Hillhouse", "levé … auprès
// de Kirkbi", "recaudó … de Hillhouse", "bei Hillhouse … eingesammelt"),
// as money raised from the market or the shareholders ("bei seinem
// Börsengang", "auprès de ses actionnaires") is no deal: ws has its
// companies marked. See investorOfRaiseAt.
func withoutRaisesFromNoOne(hs []hit, ws words, toks []segment.Token) []hit {
	return slices.DeleteFunc(hs, func(h hit) bool {
		return raiseWords[ws.w[h.at]] && investorOfRaiseAt(ws, toks, h.at) < 0
	})
}

// investorOfRaiseAt is the word index of the company the money raised at
// i comes from, -1 when the clause names none. The word of "from" follows
// the sum within its clause, a few words of when between ("raised $2.5
// billion from Ostravel", "levé 2,5 milliards de dollars en 2018 auprès de
// Ostravel"), "de" right after the sum ("recaudó 2.500 millones de dólares
// de Hillhouse", not "frente a los 200 millones de euros de Brindle"); in
// German "bei" stands a few words before the sum ("hatte Brindle bei
// Ostravel 2,5 Milliarden Dollar eingesammelt", not "Die bei Brindle
// ausgegliederte Ostravel hat an der Börse 300 Millionen Euro"). The
// company is named right after it, not as whose ("from Brindle's sale"),
// and the "from" is no comparison ("up from") or parting ("split from").
func investorOfRaiseAt(ws words, toks []segment.Token, i int) int {
	w := ws.w
	if germanRaises[w[i]] {
		sum := -1 // the first word of the sum before the verb
		for k := i - 1; k >= 0 && k >= i-8 && !clauseEnds[w[k]]; k-- {
			if money.IsWord(w[k]) || isNumber(w[k]) {
				sum = k
			}
		}
		for k := sum - 1; sum > 0 && k >= 0 && k >= sum-4 && !clauseEnds[w[k]]; k-- {
			if w[k] == "bei" {
				return nameOpening(ws, toks, k+1)
			}
		}
		return -1
	}
	k, _ := sumAfter(w, i)
	if k > i+1 && romanceFrom[w[k-1]] {
		return nameOpening(ws, toks, k)
	}
	for j := k; j+1 < len(w) && j <= k+5 && !clauseEnds[w[j]]; j++ {
		if w[j] == "aupres" && romanceFrom[w[j+1]] {
			return nameOpening(ws, toks, j+2)
		}
		if raisedFrom[w[j]] {
			if w[j-1] == "up" || w[j-1] == "split" {
				return -1
			}
			return nameOpening(ws, toks, j+1)
		}
	}
	return -1
}

// nameOpening is k when a company's name opens at word k and is not
// whose ("from Ostravel's bond sale", "with Brindle's backing"), else -1.
func nameOpening(ws words, toks []segment.Token, k int) int {
	if !ws.isNamed(k) {
		return -1
	}
	end := k
	for ws.isNamed(end + 1) {
		end++
	}
	if t := ws.tok[end]; t < len(toks) && toks[t].Poss() || end+1 < len(ws.w) && possessiveMarks[ws.w[end+1]] {
		return -1
	}
	return k
}

// possessiveMarks are the words folding leaves of "Brindle's".
var possessiveMarks = set(`s`)

var (
	// raiseWords raise money, in the deal triggers as investments.
	raiseWords = set(raiseForms)
	// germanRaises close their clause, the sum before them.
	germanRaises = set(`eingesammelt einsammeln`)
	// raisedFrom name who gives the money raised; romanceFrom do so right
	// after the sum or "auprès".
	raisedFrom  = set(`from bei da`)
	romanceFrom = set(`de di du`)
)

// withFoundings adds to hs, in the order of the words, the words of
// founding a company (cofounding), each a joint venture until
// withoutFoundingsAlone asks for its co-founder.
func withFoundings(hs []hit, ws words) []hit {
	n := len(hs)
	hs = appendHits(hs, cofounding, ws)
	if len(hs) > n {
		slices.SortStableFunc(hs, func(a, b hit) int { return a.at - b.at })
	}
	return hs
}

// cofounding is the trigger set of the words of founding alone.
var cofounding = compile(map[string]string{model.JointVenture: cofoundingWords})

// founding: the hit h is a word of founding a company (cofounding).
func founding(ws words, h hit) bool {
	_, ok := cofounding.at(ws.w, h.at)
	return ok && h.kind == model.JointVenture
}

// cofounderWords name who founds with the subject.
var cofounderWords = set(`with avec con junto insieme mit zusammen`)

// withoutFoundingsAlone drops the words of founding that found no company
// with a co-founder: only "set up Quorvex with Ostravel", "a fondé avec
// Sekishouten la société Eco Mining", "constituyó junto al fondo First
// Eastern la aerolínea Peach", "gründete mit Stolt-Nielsen das
// Gemeinschaftsunternehmen" tell a joint venture. The co-founder is named
// soon after a word of "with" that follows the verb in its clause (not
// "which has worked with Brindle … was founded", "with help from
// Brindle", "with Brindle's backing"), and what is founded is a company:
// named, or a kind of company, in the clause after the verb ("set up a
// committee with", "constituyó una provisión", "a créé 500 emplois avec"
// found none), or just before a verb that takes no object ("the carrier
// it set up in February with"). ws has its companies marked.
func withoutFoundingsAlone(hs []hit, ws words, toks []segment.Token) []hit {
	return slices.DeleteFunc(hs, func(h hit) bool {
		if !founding(ws, h) {
			return false
		}
		t, _ := cofounding.at(ws.w, h.at)
		after := h.at + len(t.words)
		for after < len(ws.w) && jointlyWords[ws.w[after]] {
			after++ // "set up jointly with"
		}
		end := after
		for end < len(ws.w) && (ws.isNamed(end) || !clauseEnds[ws.w[end]] && !conjunctionSet.Has(ws.w[end])) {
			end++ // (the stop of "Eco Mining Ltd." is its name's)
		}
		if first, last := coFounderAfter(ws, toks, after, end); first >= 0 {
			if first == after {
				// "constituyó junto al fondo First Eastern, de Hong Kong,
				// la aerolínea Peach": what is founded follows the
				// co-founder, past commas
				for end < len(ws.w) && end < last+12 && (ws.isNamed(end) || !clauseEnds[ws.w[end]] || ws.w[end] == ",") {
					end++
				}
			}
			return !foundsACompany(ws, h.at, after, end, first, last)
		}
		if (foundedByTwo(ws, toks, after) || verbLastFounding[ws.w[h.at]] && foundedByTwoBefore(ws, toks, h.at)) && !dealAfter(hs, h) {
			// "Brindle was founded in 1964 by Veltraco and Quorvex", "von
			// Veltraco und Quorvex gegründet" (not "..., and Daxmoor
			// bought it in 2019": the deal told is the sale)
			return false
		}
		if foundersBefore(ws, h.at) {
			return !foundsACompany(ws, h.at, after, end, end, end) // "ANA and AirAsia agreed to set up a budget airline"
		}
		if verbLastFounding[ws.w[h.at]] {
			// "hatte Kawasaki zusammen mit dem Entsorger Sekishouten die
			// Gemeinschaftsfirma Eco Mining gegründet": all before the verb
			start := h.at
			for start > 0 && (ws.isNamed(start-1) || !clauseEnds[ws.w[start-1]]) {
				start--
			}
			for k := start; k < h.at; k++ {
				if cofounderWords[ws.w[k]] {
					if first, last := coFounderAfter(ws, toks, k, h.at); first >= 0 {
						return !foundsACompany(ws, h.at, last+1, h.at, first, last) // its object after the co-founder
					}
				}
			}
		}
		return true
	})
}

// foundedByTwo: in its clause from from on, after a founding verb told
// in the passive, two companies joined by "and" are its agents ("was
// founded in 1964 by Veltraco and Quorvex", "fondée en 1964 par Veltraco
// et Quorvex", "fundada por Veltraco y Quorvex"): the two founded it
// together, a joint venture. Within eight words of the verb, past a time
// ("in 1964", "en 1964"); the agent's word within three words before the
// first name ("by the Japanese Veltraco"); not the companies' people
// ("by former Veltraco and Quorvex engineers").
func foundedByTwo(ws words, toks []segment.Token, from int) bool {
	end := from // the clause's end: its "and" may join the two
	for end < len(ws.w) && (ws.isNamed(end) || !clauseEnds[ws.w[end]]) {
		end++
	}
	for k := from; k < end && k <= from+8; k++ {
		if !agentWords[ws.w[k]] && !italianAgents[ws.w[k]] {
			continue
		}
		for j := k + 1; j < end && j <= k+3; j++ {
			if ws.isNamed(j) {
				return twoNamedFrom(ws, toks, j, end)
			}
		}
		return false
	}
	return false
}

// foundedByTwoBefore: the German verb-last founding at at has two
// companies after "von" before it ("die 1964 von Veltraco und Quorvex
// gegründete Brindle", "war 1964 von Veltraco und Quorvex gegründet
// worden"), in its clause.
func foundedByTwoBefore(ws words, toks []segment.Token, at int) bool {
	for k := at - 1; k >= 0 && k >= at-8 && (ws.isNamed(k) || !clauseEnds[ws.w[k]]); k-- {
		if ws.w[k] == "von" && k+1 < at && ws.isNamed(k+1) {
			return twoNamedFrom(ws, toks, k+1, at)
		}
	}
	return false
}

// twoNamedFrom: from j, a company's name, "and", and another's, not a
// possessive, the word after it none of their people ("engineers",
// "executive John Smith", "Quorvex's former chief executive").
func twoNamedFrom(ws words, toks []segment.Token, j, end int) bool {
	for j < end && ws.isNamed(j) {
		j++
	}
	if j+1 >= end || !conjunctions[ws.w[j]] || !ws.isNamed(j+1) {
		return false
	}
	j++
	for j < end && ws.isNamed(j) {
		j++
	}
	if toks[ws.tok[j-1]].Poss() {
		return false
	}
	return j >= end || !companyPeople[ws.w[j]]
}

// dealAfter: a hit of a deal of another kind than founding comes after h
// among hs: the sentence goes on to tell another deal.
func dealAfter(hs []hit, h hit) bool {
	return slices.ContainsFunc(hs, func(o hit) bool { return o.at > h.at && o.kind != model.JointVenture && o.kind != generic })
}

// companyPeople follow two companies' names that describe people, not
// the founders: "by former Veltraco and Quorvex engineers", "executive
// John Smith".
var companyPeople = set(`engineers executives employees veterans alumni managers staff researchers scientists founders bankers
	engineer executive employee veteran founder cofounder chief ceo banker president chairman
	ingenieurs cadres salaries anciens ingegneri manager dirigenti dipendenti ingenieros directivos empleados ingenieure mitarbeiter
	ingenieur cadre dirigeant fondateur ingegnere dirigente fondatore ingeniero directivo fundador grunder`)

// coFounderAfter is the first and last word of the co-founder's name in
// words from to end: named after a word of "with" (within six words of
// from and four of the "with", past articles, kinds and places: "with
// Hong Kong's First Eastern", "junto al fondo First Eastern"), and not
// after words of help ("with help from Brindle"). It is -1, -1 with none.
func coFounderAfter(ws words, toks []segment.Token, from, end int) (first, last int) {
	for k := from; k < end && k <= from+6; k++ {
		if !cofounderWords[ws.w[k]] {
			continue
		}
		for j := k + 1; j < end && j <= k+4; j++ {
			if ws.isNamed(j) {
				if nameOpening(ws, toks, j) < 0 {
					return -1, -1 // "with Brindle's backing"
				}
				last = j
				for ws.isNamed(last + 1) {
					last++
				}
				return k, last
			}
			if notCoFounders[ws.w[j]] || timePrepositions[ws.w[j]] || raisedFrom[ws.w[j]] {
				break // "with help from Brindle", "with 500 workers in"
			}
		}
		return -1, -1
	}
	return -1, -1
}

// notCoFounders are the words after "with" that say the name after them
// helped or backed, or was met, rather than founded with.
var notCoFounders = set(`help support backing assistance aid advice funding money financing workers employees staff aiuto ayuda apoyo soutien aide unterstutzung hilfe`)

// jointlyWords may stand between a founding verb and its "with": "set
// up jointly with".
var jointlyWords = set(`jointly together conjointement ensemble conjuntamente congiuntamente insieme gemeinsam zusammen`)

// foundsACompany: the founding word at at (its words ending before after)
// founds a company: its object, within two words after the verb (past
// articles, numbers, the co-founder's words, with to last, and the
// prepositions before the object: "a fondé en avril 2002 avec Sekishouten
// la société"; a preposition after it ends it), is a name or a kind of
// company ("set up Quorvex", "set up a budget airline on
// Thursday", "fondé avec Sekishouten la société Eco Mining"), not what a
// kind of company qualifies ("a bank account", "un comité d'entreprise",
// "a task force to look at the company"); or, when the verb takes no
// object and follows its subject, a kind of company or a name just
// before it ("Quorvex, the carrier it set up in February with Ostravel").
func foundsACompany(ws words, at, after, end, with, last int) bool {
	from := after
	if with == after {
		from = last + 1
	}
	content := 0 // the words passed that are neither articles, prepositions, numbers nor the co-founder's
	for k := from; k < end && content < 3; k++ {
		w := ws.w[k]
		switch {
		case kindFollowers[w] && content > 0 && !cofounderWords[w]:
			return false // "a task force to look at the company": the object ended
		case k >= with && k <= last || w == "," || determiners.Has(w) || kindFollowers[w] || isNumber(w) || cofounderWords[w]:
			continue
		case ws.isNamed(k):
			return true
		case foundedKinds[w]:
			return !ofWordSet.Has(ws.w[k-1]) && ws.w[k-1] != "d" && (k+1 >= end || !nounAfterKind(ws, k+1))
		}
		content++
	}
	if after < len(ws.w) && (noObjectFollowers[ws.w[after]] || cofounderWords[ws.w[after]]) && at > 0 && (ws.isNamed(at-1) || foundingSubjects[ws.w[at-1]]) {
		for k := at - 1; k >= 0 && k >= at-4; k-- {
			if foundedKinds[ws.w[k]] || ws.isNamed(k) {
				return true
			}
		}
	}
	return false
}

// nounAfterKind: the word at k goes on with the noun a kind of company
// qualifies ("bank account", "business plan", "company-wide"): anything
// but a name, a preposition, a word of "with" or "called", or a pause.
func nounAfterKind(ws words, k int) bool {
	w := ws.w[k]
	return !ws.isNamed(k) && !clauseEnds[w] && !cofounderWords[w] && !kindFollowers[w] && !conjunctions[w]
}

// kindFollowers may follow the kind of company founded: "an airline
// called Peach", "a company in Texas", "a bank on Thursday".
var kindFollowers = set(`called named in on at for to by from of last this en au a de del di da nel nella per para pour im am fur mit von namens`)

// verbLastFounding close a German clause of founding, all the rest before
// them.
var verbLastFounding = set(`gegrundet gegrundete gegrundeten`)

// noObjectFollowers follow a founding verb with no object: "it set up
// in February", "qu'il a fondée en 2002".
var noObjectFollowers = set(`in on at last this during en au nel nella im am`)

// foundersBefore: two companies joined by "and" are the subject of the
// founding word at at: they open the clause (a time phrase allowed
// before: "In 1992 Tata Tea and Tetley set up") and only words of
// agreeing or planning stand between them and the verb ("ANA and AirAsia
// agreed to set up"), not "Former Brindle and Ostravel engineers set up",
// "Brindle and Ostravel agreed that Lumix would set up".
func foundersBefore(ws words, at int) bool {
	k := at - 1
	for k >= 0 && foundingAuxiliaries[ws.w[k]] {
		k--
	}
	if !ws.isNamed(k) {
		return false
	}
	for k >= 0 && ws.isNamed(k) {
		k--
	}
	if k < 1 || !conjunctions[ws.w[k]] || !ws.isNamed(k-1) {
		return false
	}
	for k--; k >= 0 && ws.isNamed(k); k-- {
	}
	for ; k >= 0 && !clauseEnds[ws.w[k]]; k-- {
		if !isNumber(ws.w[k]) && !foundingOpeners[ws.w[k]] {
			return false
		}
	}
	return true
}

// foundingAuxiliaries stand between founders and their verb.
var foundingAuxiliaries = set(`agreed to will would plan plans planned decided have had also jointly together intend intends aim aims
	acordaron van a hanno deciso di ont decide de vont haben`)

// foundingOpeners may open a clause before its founders: "In 1992", "Last year".
var foundingOpeners = set(`in en nel im last this year ano anno annee jahr also then later`)

// foundingSubjects stand right before a founding verb with no object
// after it, in a clause of what was founded: "the carrier it set up in
// February", "la compagnie qu'il a fondée" (not "the current set-up with").
var foundingSubjects = set(`it they which that who il elle ils qu que che lui sie er`)

// foundedKinds are the kinds of company a founding founds.
var foundedKinds = set(`company firm venture business carrier airline bank house startup subsidiary
	societe entreprise compagnie firme banque coentreprise filiale
	empresa compania sociedad aerolinea banco firma filial
	societa azienda impresa compagnia banca controllata
	unternehmen gesellschaft gemeinschaftsunternehmen gemeinschaftsfirma tochter tochtergesellschaft fluggesellschaft`)
