package deals

import (
	"slices"
	"strings"

	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/when"
	"dealwire/model"
)

// unnamed reads a sentence that names no company but tells a deal: "The
// acquisition is expected to close next year", "Le numéro un du luxe
// rachètera le joaillier pour 15,8 milliards de dollars". Such a sentence
// is about the article's own deal when it points back at it: a deal noun
// with a definite article, a subject like "the company" or "it", or a
// price. It returns at most one deal, with no parties and Refers set.
// ws is the sentence folded, triggered the deal words found in it.
func unnamed(s Sentence, ws words, triggered []hit, lang, published string) []Found {
	var hits []hit
	for _, h := range triggered {
		// "the two partners": who, not what; "many acquisitions": others
		// and "an option to acquire the rest": a right, not a deal
		if w := ws.w[h.at]; !agentNouns[strings.TrimSuffix(w, "s")] && !pluralDealNouns.Has(w) && !nounPurchases(ws, h.at) && !optionGoverned(h, ws) {
			hits = append(hits, h)
		}
	}
	if len(hits) == 0 {
		return nil
	}
	all := clause{0, len(ws.w)}
	typ, guess := typeOf(hits, ws, all, all, lang)
	if typ == model.Other && onlyDelivery(hits) || typ == model.Supply || typ == trade {
		return nil // goods change hands; whose, the sentence does not say
	}
	// "it" and "the group" point back at a company, not at a deal: it is
	// the article's own deal only if it changes hands ("It licenses its
	// designs to chipmakers" is what the company does)
	d := definite(ws, hits)
	pair := bothSides(ws, hits[0].at) || pairAfter(ws, hits[0].at)
	if pair && allPaying(hits, ws) {
		// "I due soci si sono impegnati a versare altri 1,9 miliardi":
		// the two pay together, for what neither sells the other
		return nil
	}
	refers := d >= 0 || typeClassOf(typ) == transfer && anaphor(ws, clause{0, hits[0].at}, nil, nil) || pair
	if !refers && guess {
		return nil // before reading figures: their patterns cost the most
	}
	amounts := dealAmounts(s.Text, lang)
	if !refers && len(amounts) == 0 {
		return nil
	}
	f := Found{Type: typ, Generic: guess, Evidence: s.Text, Refers: true, Status: statusOf(ws, all)}
	// "The deal also included the licensing of patents": the deal the
	// reader knows has a part of another kind, a deal of its own
	f.Part = d >= 0 && hits[d].kind == generic && !guess
	f.Definite = d >= 0
	f.Date = sentenceDate(s, ws, lang, published)
	// "the two" in a deal two years or more before the news: one they
	// had, recalled ("Già nel 1999 le due aziende avevano costituito una
	// joint venture"); nearer, a step of the news or talk of one
	recalled := yearsBefore(f.Date, published) > 1
	// A venture the two form is a deal of its own whenever told: beside
	// a purchase between them it is no step of the purchase ("the two
	// airlines will form a joint venture on routes across the Atlantic");
	// one they dropped or only talk of is none
	f.Pair = pair && (recalled || typ == model.JointVenture && (f.Status == model.Announced || f.Status == model.Completed) && !hedged(ws, hits[0].at))
	if recalled && !pair {
		// "Nel 2013 la multinazionale aveva acquistato ..." in a 2018
		// article: a deal it recalls, not its own, and with no company
		// named the sentence does not say whose
		return nil
	}
	if len(amounts) > 0 {
		f.Value = &model.Money{Value: amounts[0].Value, Currency: amounts[0].Currency}
	}
	return []Found{f}
}

// hedged: a word before the deal word at, in its clause, makes it one
// expected, hoped for, considered, possible, rumoured, denied or
// dissolved, not one made or held ("Analysts had expected the two
// companies to form a joint venture", "The two companies denied a report
// that they planned a joint venture", "Les deux groupes avaient dissous
// leur coentreprise").
func hedged(ws words, at int) bool {
	for k := at - 1; k >= 0 && !clauseBreaks[ws.w[k]]; k-- {
		if unmadeVentureWords[ws.w[k]] {
			return true
		}
	}
	return false
}

var unmadeVentureWords = set(`expected expect expects hoped hope hopes denied deny denies rumoured rumored speculation
	could might considering consider considers potrebbero potrebbe valutano valutare podrian podria estudian estudia estudiar
	pourraient pourrait envisagent envisage envisager prufen pruft
	dissolved dissolve unwound dissous dissoute sciolto sciolta sciolsero disuelto disuelta disolvieron disolvio aufgelost
	previsto prevista attesa atteso smentito smentita smentisce sperano speravano
	esperaba esperaban esperado desmintio desmintieron desmiente rumores
	attendu attendue espere esperaient dementi dementent rumeurs
	erwartet erwarteten dementiert dementierten geruchte spekulationen`)

// allPaying: every deal word of hits is a verb of paying.
func allPaying(hits []hit, ws words) bool {
	return !slices.ContainsFunc(hits, func(h hit) bool { return !payingWords[ws.w[h.at]] })
}

// nounPurchases: "purchases" at i is the plural noun ("a run of
// technology purchases"), not the verb, which a subject pronoun would
// open ("it purchases"): a sentence naming no company has no other
// subject for it.
func nounPurchases(ws words, i int) bool {
	return ws.w[i] == "purchases" && (i == 0 || !verbSubjects[ws.w[i-1]])
}

var verbSubjects = set(`it he she who which that also`)

// yearsBefore is how many years date (YYYY...) is before published, 0
// when either is unknown.
func yearsBefore(date, published string) int {
	y, p := when.Year(date), when.Year(published)
	if y == 0 || p == 0 {
		return 0
	}
	return p - y
}

// bothSides: the sentence names the article's two companies together
// before its deal word ("the two automakers announced a partnership",
// "the companies had agreed", "i due gruppi"): its deal is theirs, of any
// kind.
func bothSides(ws words, at int) bool {
	for i := 1; i < at; i++ {
		if pairDeterminerAt(ws, i-1) && pairNouns[ws.w[i]] || pairNouns[ws.w[i-1]] && ws.w[i] == "companies" {
			return true
		}
	}
	return false
}

// pairAfter: the deal word at is of the article's two companies, named
// right after it ("talks on combining them", "merger talks between the
// two", "i colloqui tra i due gruppi").
func pairAfter(ws words, at int) bool {
	for i := at + 1; i < len(ws.w) && i <= at+4; i++ {
		if pairPronouns[ws.w[i]] || i+1 < len(ws.w) && pairDeterminerAt(ws, i) && pairNouns[ws.w[i+1]] {
			return true
		}
	}
	return false
}

var pairPronouns = set(`them both ambos entrambi`)

// inReturn is the company named first after "in return" ("im Gegenzug",
// "in cambio", "en contrepartie", "a cambio") in a clause after ci, other
// than party: the other side of a cross-shareholding.
func inReturn(ms []Mention, ws words, cs []clause, ci int, party string) string {
	for _, c := range cs[ci+1:] {
		for i := c.from; i+1 < c.to; i++ {
			if !inReturnOpeners.Has(ws.w[i]) {
				continue // most words: no pair to join and look up
			}
			if !inReturnWords[ws.w[i]+" "+ws.w[i+1]] && !inReturnWords[ws.w[i]] {
				continue
			}
			for _, m := range ms {
				if m.From > ws.tok[i] && m.Company != party {
					return m.Company
				}
			}
			return ""
		}
	}
	return ""
}

var inReturnWords = set2(`in return|im gegenzug|gegenzug|in cambio|en contrepartie|en retour|a cambio|en contrapartida|in ruil`)

// inReturnOpeners are the words that may open one of inReturnWords: each
// phrase, and each of its beginnings that ends before a space.
var inReturnOpeners = func() lists.Set {
	m := map[string]bool{}
	for p := range inReturnWords {
		m[p] = true
		for i := range len(p) {
			if p[i] == ' ' {
				m[p[:i]] = true
			}
		}
	}
	return lists.SetOf(m)
}()

// pairSubject: the clause is about "the two", "ambos", "les deux groupes".
func pairSubject(ws words, c clause) bool {
	for i := c.from; i < c.to; i++ {
		if pairAlone[ws.w[i]] || i > c.from && bothSides(ws, i+1) {
			return true
		}
	}
	return false
}

// sidesOf are the two sides of a deal: who buys and who sells, or the
// first two named.
func sidesOf(f Found) []string {
	if f.Buyer != "" && f.Buyer != f.Parties[0] {
		return []string{f.Parties[0], f.Buyer}
	}
	return f.Parties[:min(2, len(f.Parties))]
}

var pairAlone = set(`ambos ambas entrambi entrambe`)

var pairDeterminers = set(`the two both due deux dos zwei beiden beide twee`)

// pairDeterminerAt: the word at k opens "the two": "the", "both",
// "beiden", or a number after a definite article ("the two", "le due",
// "les deux", "los dos", "die zwei"). A bare number is any two ("two
// airlines formed a similar joint venture", "entre deux banques").
func pairDeterminerAt(ws words, k int) bool {
	if !pairDeterminers[ws.w[k]] {
		return false
	}
	return !pairNumbers[ws.w[k]] || k > 0 && pairArticles[ws.w[k-1]]
}

var (
	pairNumbers  = set(`two due deux dos zwei twee`)
	pairArticles = set(`the i le gli les los las die`)
)

var pairNouns = set(`two companies groups automakers carmakers firms partners sides gruppi societa aziende groupes
	entreprises societes constructeurs companias empresas grupos unternehmen konzerne seiten partner bedrijven
	airlines carriers compagnie compagnies aerolineas fluggesellschaften banks banche bancos banques banken
	soci socios partenaires firme firmas firmen industriels`)

// definite is the index in hs of a deal word in the singular after a
// definite article or a demonstrative ("the takeover", "l'acquisition",
// "dell'accordo", "die Übernahme"): a deal the reader already knows. It is
// -1 when there is none.
func definite(ws words, hs []hit) int {
	for i, h := range hs {
		if h.at == 0 || agentNouns[ws.w[h.at]] {
			continue
		}
		// "the takeover", or one adjective between: "die geplante
		// Übernahme", "the planned merger"
		if !determiners.Has(ws.w[h.at-1]) && !(h.at >= 2 && determiners.Has(ws.w[h.at-2]) && adjectiveLike(ws.w[h.at-1])) {
			continue
		}
		w := ws.w[h.at]
		if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			continue // "the acquisitions it made": others, told in passing
		}
		if strings.HasSuffix(w, "ed") || h.at+1 < len(ws.w) && (businessWords[ws.w[h.at+1]] || kindOfCompany[ws.w[h.at+1]]) {
			continue // "the merged company", "the acquired business"
		}
		return i
	}
	return -1
}

// adjectiveLike: a word that may qualify a deal noun: not a company's,
// not punctuation, and shaped like an adjective or participle.
func adjectiveLike(w string) bool {
	for _, end := range []string{"ed", "te", "ta", "to", "ne", "ing", "al", "ive", "ile", "ique", "ee", "e", "ista", "ata"} {
		if strings.HasSuffix(w, end) && len(w) > 3 {
			return true
		}
	}
	return false
}

var determiners = lists.SetOf(set(`the this l la le il lo dell della dello del nell nella sull sulla all alla al
	cette cet ce du au el esta este ese esa die der das den dem des diese dieser dieses diesen zur zum beim
	het deze dit essa esse`))

// agentNouns are deal words that name a side, not the deal: "the buyer".
var agentNouns = set(`buyer kaufer acquirente comprador acheteur koper supplier partner partenaire socio`)

const transfer = "transfer"

// typeClassOf groups the types by what happens: a company or a part of it
// changes hands (transfer), or not.
func typeClassOf(t string) string {
	switch t {
	case model.Acquisition, model.Divestiture, model.Merger, model.Investment:
		return transfer
	}
	return t
}

// pluralSubject: the clause has a plural article before a word that is no
// company's name ("Die Franzosen übernahmen Quorvex", "les Américains ont
// racheté", "gli americani hanno rilevato"), which may name the people of
// a company's country, the company the article told of; the caller,
// which knows the demonyms, tells (German "die" is singular too).
func pluralSubject(ws words, c clause) bool {
	for k := c.from; k+1 < c.to; k++ {
		if subjectPluralArticles[ws.w[k]] && !ws.isNamed(k+1) && !ws.isNamed(k) {
			return true
		}
	}
	return false
}

var subjectPluralArticles = set(`die les gli los las`)
