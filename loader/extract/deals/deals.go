// Package deals finds the deals one sentence states: its deal words give
// the type, the companies around them the parties, and the sentence's own
// figures and dates the value and the date. It works one sentence at a
// time; telling which sentences report the same deal is the caller's job.
package deals

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/money"
	"dealwire/loader/extract/segment"
	"dealwire/loader/extract/when"
	"dealwire/loader/extract/window"
	"dealwire/model"
)

// Mention is a company named in the sentence, by token indices [From, To).
type Mention struct {
	From, To int
	Company  string
}

// Sentence is what deal finding reads.
type Sentence struct {
	Text     string
	Tokens   []segment.Token
	Mentions []Mention
	// Before and After are the sentences around it, read for who speaks
	// when this one is a quotation on its own ("„…“ Sagt ein Analyst.")
	Before, After []segment.Token
	// folded holds the words folded once by Fold, for every question
	// asked of the sentence; nil when each folds them for itself
	folded *words
}

// Fold folds the sentence's words once for ValueOfPrevious, ValueOfNamed,
// SideOfPrevious and Find, which would each fold them again: a sentence
// is asked all four. The caller calls Release once done with s.
func (s Sentence) Fold() Sentence {
	scratch, ws := borrowWords(s.Tokens)
	*scratch = ws
	s.folded = scratch
	return s
}

// Release gives back the arrays Fold folded the words into, for the next
// sentence; s and its copies must not be read after.
func (s Sentence) Release() {
	if s.folded != nil {
		scratchWords.Put(s.folded)
	}
}

// words gives the sentence's folded words: those Fold made, or else
// folded now into borrowed arrays, given back by giveBack.
func (s Sentence) words() (*words, words) {
	if s.folded != nil {
		return nil, *s.folded
	}
	return borrowWords(s.Tokens)
}

// namedAfterSale is the company named right after the clause's first
// word of selling, who receives what is sold ("sold Brindle a 16%
// stake"); "" when none is.
func namedAfterSale(ch []hit, ws words, ms []Mention) string {
	for _, h := range ch {
		if h.kind != model.Divestiture {
			continue
		}
		if ws.isNamed(h.at + 1) {
			if m, ok := mentionAt(ms, ws.tok[h.at+1], false); ok {
				return m.Company
			}
		}
		return ""
	}
	return ""
}

// soldFirst: the clause's first hit of a transfer is a sale ("agreed to
// sell a 20% stake"), so what it tells is given, not bought.
func soldFirst(ch []hit) bool {
	for _, h := range ch {
		switch h.kind {
		case model.Divestiture:
			return true
		case model.Acquisition, model.Investment:
			return false
		}
	}
	return false
}

// giveBack returns arrays words borrowed; those of Fold stay with the
// sentence until Release.
func giveBack(scratch *words, ws words) {
	if scratch != nil {
		returnWords(scratch, ws)
	}
}

// Found is one deal a sentence states.
type Found struct {
	Type     string // a model deal type; Other when only "deal"/"agreement" says so
	Generic  bool   // no typed word: the type is a guess others may correct
	Parties  []string
	Value    *model.Money
	Date     string
	Status   string
	Evidence string
	// Buyer is who buys, for a transfer of a company or a stake, when the
	// sentence says ("" when it does not).
	Buyer string
	// Anaphor is set when the sentence names one company and refers to
	// another as "the company" or "it": the caller may supply it.
	Anaphor bool
	// Refers is set when the sentence tells a deal it does not name in
	// full ("the acquisition", "it will pay $15.8 billion for the
	// jeweler"): the article's own deal, whose parties the caller knows.
	// Parties then holds the one named, if any.
	Refers bool
	// Bought is set when the sentence names only what was bought, in a
	// participle set off by a comma ("Mojang, the maker of Minecraft,
	// bought for $2.5 billion in 2014"): the buyer is one the article
	// names as buying.
	Bought bool
	// OfNamed is set on a Refers deal whose one company named is what the
	// deal is of ("the planned takeover of NXP"): the other side is the
	// company the text is about.
	OfNamed bool
	// Part is set on a Refers deal that tells a part of another kind of
	// the deal pointed at ("the deal also included the licensing of
	// patents"): a deal of its own.
	Part bool
	// Definite is set on a Refers deal, or a named deal of no transfer,
	// whose deal noun has a definite article ("the operational terms of
	// the venture", "the partnership with Mayhoola"): the deal the reader
	// knows, whenever the sentence dates its step.
	Definite bool
	// Paying: the clause's only deal words are of paying (and the stakes
	// paid for), and nothing says what for: the price of a deal another
	// clause or the sentence before may name
	Paying bool
	// Counter is set for a rival bid ("Comcast crashed the party with a
	// $65 billion counteroffer, forcing Disney to sweeten its bid"): its
	// one party is the bidder; what it bids for is the target of the deal
	// the article is about, not the rival named beside it.
	Counter bool
	// Bid is set for a price per share offered ("offered $12 a share for
	// Quorvex"), by the one company named before it where it names one
	// ("Brindle, which had countered with $19 a share"): like a rival bid,
	// that one bids for the target of the deal told before, where there
	// is one; else it is a deal of one side, as any other.
	Bid bool
	// Pair is set when the parties are "the two" of the deal the
	// sentence told before ("took a stake in Y, and the two are jointly
	// developing models"): a deal of their own, which the payment before
	// does not price. On a Refers deal, "the two" are the article's
	// companies in a deal they had two years or more before the news
	// ("Già nel 1999 le due aziende avevano costituito una joint venture").
	Pair bool
	// BareValue is set when Value is a figure written with no currency,
	// taken in the one the article named before (see BarePrice): weaker
	// than a price written whole, it does not part two reports of a deal.
	BareValue bool
	// Lone is set when the sentence names one side of a priced or dated
	// deal and leaves the other untold, by no word the caller can resolve:
	// a deal only if another report of it, at the same price or in the
	// same year, names both sides.
	Lone bool
	// Indefinite is set on a Lone deal whose other side is told as one of
	// a kind, by an indefinite article or a number right after its deal
	// word ("bought a Spanish rival", "comprato due concorrenti"): no
	// company the reader knows already.
	Indefinite bool
}

// words is the folded word sequence of a sentence, each word knowing the
// token it came from.
type words struct {
	w     []string
	tok   []int
	named []bool // the word is part of a company's name ("NXP Semiconductors"); nil until markNamed
	// namedRoom is the array markNamed marks in, made with w's and kept
	// with them from one sentence to the next: the marks of a sentence
	// cost no allocation of their own
	namedRoom []bool
}

// isNamed: word i is part of a company's name; false before markNamed
// and out of the sentence.
func (ws words) isNamed(i int) bool { return i >= 0 && i < len(ws.named) && ws.named[i] }

// markNamed records which words belong to the companies' names.
func (ws *words) markNamed(ms []Mention) {
	if cap(ws.namedRoom) < len(ws.w) {
		ws.namedRoom = make([]bool, 0, len(ws.w)) // words split past the room foldInto made (rare)
	}
	ws.named = ws.namedRoom[:len(ws.w)]
	clear(ws.named)
	for i, t := range ws.tok {
		for _, m := range ms {
			if t >= m.From && t < m.To {
				ws.named[i] = true
				break
			}
		}
	}
}

// foldInto folds toks into words, appending to out's arrays, emptied
// first, or to new ones if they are too small for all but the rare split
// words.
func foldInto(out words, toks []segment.Token) words {
	out.w, out.tok, out.named = out.w[:0], out.tok[:0], nil
	if n := len(toks) + 4; cap(out.w) < n || cap(out.tok) < n || cap(out.namedRoom) < n {
		out.w, out.tok, out.namedRoom = make([]string, 0, n), make([]int, 0, n), make([]bool, 0, n)
	}
	for i, t := range toks {
		if t.Punct() {
			out.w = append(out.w, t.Text())
			out.tok = append(out.tok, i)
			continue
		}
		if strings.IndexByte(t.Folded(), ' ') < 0 {
			w := t.Folded() // most words: no split to make
			if len(w) > 4 && w[0] == 'z' && falseFriends[w] && strings.ContainsAny(t.Text(), "äÄ") {
				w = "\u00e4" + w // "zählt" (counts) folds to "zahlt" (pays): kept apart
			}
			out.w = append(out.w, w)
			out.tok = append(out.tok, i)
			continue
		}
		for f := range strings.FieldsSeq(t.Folded()) {
			out.w = append(out.w, f)
			out.tok = append(out.tok, i)
		}
	}
	return out
}

// falseFriends are deal words that a German word with an umlaut folds to:
// "zählen" (count) is not "zahlen" (pay).
var falseFriends = set(`zahlt zahlen zahlte zahlten`)

// scratchWords keeps the arrays of folded sentences no longer read, for
// the next sentence: most sentences are dropped right after folding, as
// they hold no deal word, and each core reads thousands of them.
var scratchWords = sync.Pool{New: func() any { return new(words) }}

// borrowWords folds toks into arrays kept from an earlier sentence. The
// caller gives them back with returnWords once it no longer reads ws,
// or keeps them for good by not giving them back.
func borrowWords(toks []segment.Token) (*words, words) {
	scratch := scratchWords.Get().(*words)
	return scratch, foldInto(*scratch, toks)
}

func returnWords(scratch *words, ws words) {
	*scratch = ws // the arrays as grown
	scratchWords.Put(scratch)
}

// hit is a trigger found at a word index.
type hit struct {
	at   int // word index
	kind string
}

func find(ts *triggerSet, ws words) []hit { return appendHits(nil, ts, ws) }

// appendHits appends the deal words of ts in ws to out, as find lists them.
func appendHits(out []hit, ts *triggerSet, ws words) []hit {
	covered := 0 // the words up to here belong to a phrase found
	for i := range ws.w {
		if i < covered {
			continue
		}
		if t, ok := ts.at(ws.w, i); ok {
			if t.kind == model.JointVenture && foray(ws.w, i) {
				continue // "the group's decade-long venture into bicycles": a new line of business
			}
			if (t.kind == model.Acquisition || t.kind == model.Investment) && intoAMarket(ws.w, i) || t.kind == model.Acquisition && presentBuys[ws.w[i]] && soldIn(ws, i) {
				// "the firm is buying into a fragmented market", "il gruppo
				// compra in Europa": a market entered, no company bought
				continue
			}
			if t.kind == model.Acquisition && wonSomethingElse(ws.w, i+len(t.words)-1) {
				// "si era aggiudicata la gara", "se hizo con el 30% del
				// mercado": a tender, a contract, a prize or a share of a
				// market won, no company bought
				continue
			}
			if t.kind == model.Acquisition && i+1 < len(ws.w) && (ws.w[i] == "buying" || ws.w[i] == "purchasing") && ws.w[i+1] == "power" {
				continue // "savings and extra buying power": what size gives, no purchase
			}
			if partClitics[ws.w[i]] && !ofAStake(ws.w, i) {
				continue // "per rilevarne le perdite" (to detect), "acquisirne le competenze": no part of a company
			}
			if raiseWords[ws.w[i]] && !moneyRaised(ws.w, i) {
				continue // "raised its forecast", "pour lever les obstacles": no money raised
			}
			if t.kind == model.Acquisition && payingWords[ws.w[i]] && paidAsCharge(ws.w, i) {
				continue // "paid 50 million euros in fines", "zahlten 800 Millionen Euro Steuern": a charge, nothing bought
			}
			if t.kind == model.Acquisition && payingWords[ws.w[i]] && paidInto(ws.w, i) {
				continue // "will pay 67 million pounds into it (the pension scheme)": money put in, nothing bought
			}
			if ws.w[i] == "floated" && len(t.words) == 1 && i > 0 && floatedItself(ws, i) {
				continue // "the publisher, which floated in Tokyo last December": it listed itself, whoever the sentence names
			}
			if ws.w[i] == "went" && !businessBefore(ws.w, i) {
				continue // "the award went to", "went to court": only a business going to a buyer is sold
			}
			if (subjunctiveDeals[ws.w[i]] || ws.w[i] == "se" && i+1 < len(ws.w) && subjunctiveDeals[ws.w[i+1]]) && supposed(ws.w, i) {
				continue // "Se UniCredit acquistasse Commerzbank, ...", "Si BBVA adquiriera Sabadell": a hypothesis
			}
			if t.kind == model.Acquisition && auctionWords[ws.w[i]] && !wonBefore(ws.w, i) {
				continue // "lost the auction for Brindle to Veltraco", "l'asta per le frequenze": only who wins one buys
			}
			if t.kind == delivery && buildWords[ws.w[i]] && !builtFor(ws, i, false) {
				// "together we will build the leader", "Toyota builds cars
				// in Kentucky", "bought Bombardier to build more trains": no
				// goods built for a customer
				continue
			}
			if ws.w[i] == "distributed" && i > 0 && describingBefore[ws.w[i-1]] && !(i+1 < len(ws.w) && determiners.Has(ws.w[i+1])) {
				continue // "data-center and distributed IT equipment": what kind of equipment
			}
			out = append(out, hit{at: i, kind: t.kind})
			covered = i + len(t.words)
		} else if ts == typeTriggers {
			if kind, ok := separated(ws.w, i); ok {
				out = append(out, hit{at: i, kind: kind})
			} else if tookWith(ws.w, i) || tookPercentOf(ws.w, i) {
				out = append(out, hit{at: i, kind: model.Acquisition})
			} else if partedFrom(ws.w, i) || wentFor(ws.w, i) >= 0 {
				out = append(out, hit{at: i, kind: model.Divestiture})
			} else if moneyPutInto(ws.w, i) >= 0 {
				out = append(out, hit{at: i, kind: model.Investment})
			} else if offeredPerShare(ws.w, i) || weighedBid(ws, i) {
				out = append(out, hit{at: i, kind: model.Acquisition})
			}
		}
	}
	return out
}

// withoutTakingsOfOthers drops the verbs of taking a percentage (see
// tookPercentOf) whose percentage is not a company's, or not taken by a
// company, those of parting (see partedFrom) with something other than a
// company, and a unit's split that spins nothing off (see unitSpunOff).
// The words must be marked named.
func withoutTakingsOfOthers(hs []hit, ws words, toks []segment.Token) []hit {
	out := hs[:0]
	for _, h := range hs {
		if what := percentObject(ws.w, h.at); what >= 0 && !percentOfACompany(ws, h.at, what, toks) {
			continue
		}
		if h.kind == model.Divestiture && partingForms[ws.w[h.at]] && partedFrom(ws.w, h.at) && !partedFromACompany(ws, h.at) {
			continue
		}
		if h.kind == model.Divestiture && !unitSpunOff(ws, h.at) {
			continue
		}
		if h.kind == model.Divestiture && goingForms[ws.w[h.at]] && !wentToACompany(ws, h.at) {
			continue
		}
		if h.kind == model.Investment && puttingVerbs[ws.w[h.at]] && !putIntoACompany(ws, toks, h.at) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// unitSpunOff: the German "abspaltete" at i (any other word: true) spins
// a unit off, unless "sich" stands before it in its clause: a group that
// splits off by itself ("als sich das Team von Quorvex abspaltete") is
// no unit sold. "Spaltet" spins one off only with its "ab" later in the
// sentence ("spaltet die Sparte Quorvex ab"), not when opinions split
// ("die Frage spaltet den Aufsichtsrat").
func unitSpunOff(ws words, i int) bool {
	switch ws.w[i] {
	case "abspaltete", "abspalteten":
		for k := i - 1; k >= 0 && k >= i-8 && !clauseEnds[ws.w[k]]; k-- {
			if ws.w[k] == "sich" {
				return false
			}
		}
	case "spaltet":
		// its particle ends the clause ("... zum 1. Januar ab.", "..., die
		// Pumpen herstellt, ab"): not "ab sofort", a preposition
		for k := i + 1; k < len(ws.w); k++ {
			if ws.w[k] == "ab" && (k+1 == len(ws.w) || clauseEnds[ws.w[k+1]] || conjunctionSet.Has(ws.w[k+1])) {
				return true
			}
		}
		return false
	}
	return true
}

// withoutDistributingWhat drops the verbs of distributing that tell what a
// company does: right after a relative pronoun, with no company named in
// the rest of the clause ("the subsidiary that distributes bearings", "la
// controllata che distribuisce cuscinetti"; not "che distribuisce i
// prodotti di Quorvex"). The words must be marked named.
func withoutDistributingWhat(hs []hit, ws words) []hit {
	out := hs[:0]
	for _, h := range hs {
		i := h.at
		if distributingVerbs[ws.w[i]] && i > 0 && (relatives[ws.w[i-1]] || ws.w[i-1] == "that") && !namedBeforePause(ws, i+1) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// namedBeforePause: a company is named from word i to the next punctuation.
func namedBeforePause(ws words, i int) bool {
	for ; i < len(ws.w) && !punctuation(ws.w[i]); i++ {
		if ws.named[i] {
			return true
		}
	}
	return false
}

var distributingVerbs = set(`distributes distribuisce distribuye distribue`)

// intoAMarket: the buying word at i goes "into" a market, a sector or an
// industry named within four words ("buying into a fragmented market").
func intoAMarket(w []string, i int) bool {
	if i+1 >= len(w) || w[i+1] != "into" {
		return false
	}
	for k := i + 2; k < len(w) && k <= i+5; k++ {
		if marketNouns[w[k]] {
			return true
		}
	}
	return false
}

// presentBuys are buying verbs in the present, which with where after
// them tell a habit ("compra in Europa"), not a purchase.
var presentBuys = set(`buys compra comprano acquista acquistano achete achetent kauft kaufen compran`)

var marketNouns = set(`market markets sector sectors industry industries business segment niche`)

// foray: the word at i is "venture(s)" going into a market ("its venture
// into bicycles"), a company's move, not a joint venture.
func foray(w []string, i int) bool {
	return (w[i] == "venture" || w[i] == "ventures") && i+1 < len(w) && (w[i+1] == "into" || w[i+1] == "beyond" || w[i+1] == "outside")
}

// describingBefore are the words after which a participle describes the
// noun that follows it.
var describingBefore = set(`and or the a an its their of for`)

// separated reads a German verb whose particle the main clause sends to
// its end ("trat 2010 sein Biergeschäft an Heineken ab", "spaltete die
// Sparte ab"): the verb at i is a deal word when its particle closes the
// clause.
func separated(w []string, i int) (string, bool) {
	if !separableShapes.May(w[i]) || w[i] == "" {
		return "", false // most words: no map lookup
	}
	v, ok := separableVerbs[w[i]]
	if !ok {
		return "", false
	}
	end := len(w)
	for k := i + 1; k < len(w); k++ {
		if clauseEnds[w[k]] || andAfterParticle(w, k, v) {
			// the clause ends with its particle, or a second verb follows
			// it ("steigt bei Sirius XM ein und bewahrt das Unternehmen":
			// see withoutStakesTakenByNoCompany)
			end = k
			break
		}
	}
	if !(end-1 > i+1 && slices.Contains(v.particles, w[end-1])) {
		return "", false
	}
	if v.kind == model.Acquisition && !v.arrival && end < len(w) && (w[end] == "und" || w[end] == "oder") {
		// "griff bei Airbus zu und bestellte 20 Flugzeuge": what is
		// snapped up is what the next verb says, an order
		return "", false
	}
	if len(v.within) > 0 && !slices.ContainsFunc(w[i+1:end-1], func(x string) bool { return slices.Contains(v.within, x) }) {
		return "", false
	}
	if slices.ContainsFunc(w[i+1:end-1], func(x string) bool { return slices.Contains(v.notWithin, x) }) {
		return "", false
	}
	if v.kind == model.JointVenture && wholeBusinesses(w[i+1:end-1]) && !slices.ContainsFunc(w, ventureNouns.Has) {
		// "Helvetia und Baloise legen ihre Geschäfte zusammen": the whole
		// of both, a merger (but "legen ihre Geschäfte mit Anlagen für
		// die Stahlindustrie zusammen": a part of each, a venture; and
		// "..., um ein Gemeinschaftsunternehmen zu gründen")
		return model.Merger, true
	}
	return v.kind, true
}

// andAfterParticle: the word at k joins a second verb to the clause that
// the particle of a stake taken ends at k-1 ("steigt beim Satellitenradio
// Sirius XM ein und bewahrt das Unternehmen"). Other verbs keep their
// particle at the clause's end: "legt seine Werke zusammen und verkauft
// das Gelände an Quorvex", "trat ab und wechselte zu Quorvex" tell no
// deal of the two.
func andAfterParticle(w []string, k int, v separable) bool {
	return len(v.within) > 0 && (w[k] == "und" || w[k] == "oder") && slices.Contains(v.particles, w[k-1])
}

// withoutStakesTakenByNoCompany drops the stakes taken in German ("steigt
// mit 20 Prozent bei Quorvex ein", see separated) that are no company's
// stake in another: negated ("steigt nicht bei Quorvex ein"); in no
// company named right after "bei" ("beim Bieterrennen um Quorvex", "bei
// der zweiten Runde"); as what no holder is ("beim Fußballclub Quorvex als
// Hauptsponsor"); or by no company named next to the verb, a person
// joining one ("Hans Müller stieg 2010 bei Veltraco ein", "stieg
// Veltraco-Gründer Hans Müller bei Quorvex ein"). A word of a company may
// stand for it ("stieg der Konzern bei Quorvex ein"). ws has its
// companies marked.
func withoutStakesTakenByNoCompany(hs []hit, ws words) []hit {
	return slices.DeleteFunc(hs, func(h hit) bool {
		v, ok := separableVerbs[ws.w[h.at]]
		if !ok || len(v.within) == 0 || h.kind != v.kind {
			return false
		}
		end := h.at + 1
		for end < len(ws.w) && !clauseEnds[ws.w[end]] && !andAfterParticle(ws.w, end, v) {
			end++
		}
		bei, named := -1, -1 // "bei", and the company it names
		for k := h.at + 1; k < end; k++ {
			switch w := ws.w[k]; {
			case negations[w]:
				return true
			case bei < 0 && slices.Contains(v.within, w):
				bei = k
			case bei >= 0 && named < 0 && ws.isNamed(k):
				named = k
			case bei >= 0 && named < 0 && entryAfterBei[w]:
				return true // "beim Bieterrennen um Quorvex"
			case named >= 0 && w == "als" && k+1 < end && !holderNouns[ws.w[k+1]]:
				return true // "als Hauptsponsor", not "als Großaktionär"
			case named >= 0 && w == "in":
				return true // "bei Quorvex in die Produktion von Batteriezellen": a business entered with it
			}
		}
		if named < 0 {
			return true
		}
		subject := func(k int) bool {
			// a company's name, not the first part of a compound
			// ("Veltraco-Gründer")
			return ws.isNamed(k) && !(k+1 < len(ws.w) && !ws.isNamed(k+1) && (ws.tok[k+1] == ws.tok[k] || ws.w[k+1] == "-")) || entrySubjects[ws.w[k]]
		}
		if h.at > 0 && subject(h.at-1) {
			return false // "Liberty Media steigt bei ...", "der Konzern steigt bei ..."
		}
		for k := h.at + 1; k < bei; k++ {
			if subject(k) {
				return false // "stieg der Mischkonzern Mitsubishi mit 20 Prozent bei"
			}
		}
		// a pronoun stands for a company where the clause says how much
		// it takes ("steigt er indirekt mit rund vier Prozent bei Mengniu
		// ein"), not a person ("Danach stieg er bei Veltraco ein")
		pronoun := h.at > 0 && entryPronouns[ws.w[h.at-1]] || h.at+1 < end && entryPronouns[ws.w[h.at+1]]
		return !(pronoun && slices.ContainsFunc(ws.w[h.at:end], func(w string) bool { return stakeAmounts[w] }))
	})
}

// withoutGerundsOfNoCompany drops the gerunds of reflexive buying ("en
// s'offrant", "quedándose con", "haciéndose con", "aggiudicandosi") whose
// object is no company named within three words, with no "de" before it:
// "s'offrant l'allemand Hexal", not "s'offrant le luxe de dépasser
// Quorvex", "les services du cabinet Quorvex", "quedándose con los
// clientes de Quorvex". ws has its companies marked.
func withoutGerundsOfNoCompany(hs []hit, ws words) []hit {
	return slices.DeleteFunc(hs, func(h hit) bool {
		var from int
		switch w := ws.w; {
		case w[h.at] == "s" && h.at+1 < len(w) && w[h.at+1] == "offrant",
			(w[h.at] == "quedandose" || w[h.at] == "haciendose") && h.at+1 < len(w) && w[h.at+1] == "con":
			from = h.at + 2
		case w[h.at] == "aggiudicandosi":
			from = h.at + 1
		default:
			return false
		}
		for k := from; k < len(ws.w) && k < from+3; k++ {
			if ws.isNamed(k) {
				return false
			}
			if ofWordSet.Has(ws.w[k]) || clauseEnds[ws.w[k]] {
				return true
			}
		}
		return true
	})
}

// entryAfterBei, after "bei" and before the company it names, tie it to
// something else than the company a stake is taken in.
var entryAfterBei = set(`um fur mit als von zum zur an uber in`)

// holderNouns say who a stake makes its taker.
var holderNouns = set(`aktionar grosaktionar grossaktionar hauptaktionar ankeraktionar mehrheitsaktionar minderheitsaktionar investor ankerinvestor finanzinvestor
	anteilseigner gesellschafter miteigentumer teilhaber eigentumer`)

// entryPronouns may stand for the company that takes a stake, and
// stakeAmounts say how much it takes.
var (
	entryPronouns = set(`er sie`)
	stakeAmounts  = set(`prozent % millionen milliarden mio mrd`)
)

// entrySubjects may stand for the company that takes a stake.
var entrySubjects = set(`konzern gruppe unternehmen firma holding investor finanzinvestor fonds mischkonzern`)

// wholeBusinesses: the words between a German verb and its particle are
// the companies' businesses and nothing more ("ihre Geschäfte", "ihre
// Unternehmen wieder").
func wholeBusinesses(w []string) bool {
	var kept [2]string
	n := 0
	for _, x := range w {
		if x == "wieder" || x == "nun" || x == "jetzt" {
			continue
		}
		if n == len(kept) {
			return false
		}
		kept[n] = x
		n++
	}
	return n == 2 && (kept[0] == "ihre" || kept[0] == "ihr") && businessNouns[kept[1]]
}

var businessNouns = set(`geschafte geschaft unternehmen aktivitaten konzerne firmen`)

// ventureNouns name a joint venture in German.
var ventureNouns = lists.SetOf(set(`gemeinschaftsunternehmen joint venture jv`))

type separable struct {
	particles []string
	kind      string
	arrival   bool     // the company named came to its buyer: bought, as in the passive
	within    []string // a word one of which stands between verb and particle, if any
	notWithin []string // words none of which may stand between them
}

var separableVerbs = func() map[string]separable {
	m := map[string]separable{}
	for _, g := range []struct {
		forms, particle, kind string
		arrival               bool
		within                string
		notWithin             string
	}{
		{"tritt trat traten treten", "ab", model.Divestiture, false, "", ""},
		{"stost sties stiesen stosen", "ab", model.Divestiture, false, "", ""},
		{"spaltete spalten", "ab", model.Divestiture, false, "", ""}, // "spaltet" is a deal word alone
		{"gliedert gliederte gliedern", "aus", model.Divestiture, false, "", ""},
		{"legt legte legen legten", "zusammen", model.JointVenture, false, "", ""}, // businesses put together
		{"schliest schloss schlossen schliesen", "zusammen", model.Merger, false, "", ""},
		{"fuhrt fuhrte fuhren fuhrten", "zusammen", model.Merger, false, "", ""},                 // "führen ihre Geschäfte zusammen"
		{"arbeitet arbeitete arbeiten arbeiteten", "zusammen", model.Partnership, false, "", ""}, // "arbeitet mit Logitech zusammen"
		// "wollen gemeinsam ein Verfahren ... entwickeln": the adverb, its
		// verb at the clause's end
		// (not "kommen gemeinsam auf 12 Milliarden Euro Umsatz und wollen
		// sich ... entwickeln": combined figures, then another verb)
		{"gemeinsam", "entwickeln entwickelt entwickelten erforschen", model.Partnership, false, "", "und oder sowie sich"},
		// "steigt mit 20 Prozent bei Ovo ein", but not "stieg damit in
		// das OTC-Geschäft ein": a market entered
		{"steigt stieg stiegen steigen", "ein", model.Investment, false, "bei beim", ""},
		// "griff für 2,27 Milliarden Euro beim Hersteller Carver Korea zu":
		// a company snapped up (not "griff bei Airbus zu und bestellte":
		// see separated)
		{"greift griff griffen greifen", "zu", model.Acquisition, false, "bei beim", ""},
		// "Austrian Airlines kam 2009 dazu": a company added to the buyer's
		{"kommt kam kamen", "hinzu dazu", model.Acquisition, true, "", ""},
	} {
		for _, f := range strings.Fields(g.forms) {
			m[f] = separable{strings.Fields(g.particle), g.kind, g.arrival, strings.Fields(g.within), strings.Fields(g.notWithin)}
		}
	}
	return m
}()

// arrived: the deal word at i says a company came to its buyer ("kam ...
// hinzu"): the company named is what was bought, as in the passive.
func arrived(ws words, i int) bool { return separableVerbs[ws.w[i]].arrival }

// separableShapes sieve separableVerbs' forms.
var separableShapes = lists.SieveOf(func() map[string]bool {
	forms := map[string]bool{}
	for f := range separableVerbs {
		forms[f] = true
	}
	return forms
}())

var clauseEnds = set(`. , ; : ? ! ( ) "`)

// KindsIn lists the deal types the deal words of a sentence name, each
// once; "" stands for a deal word of no type ("agreement").
func KindsIn(toks []segment.Token) []string {
	scratch, ws := borrowWords(toks)
	defer returnWords(scratch, ws)
	var out []string
	for _, h := range find(typeTriggers, ws) {
		k := h.kind
		switch k {
		case weakLicensing:
			k = model.Licensing
		case delivery:
			k = model.Supply
		}
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// listedWhere follow a listing verb with no object: where or when the
// company listed itself.
var listedWhere = set(`in on at last this earlier`)

// businessBefore: a noun for a business stands within the twelve words
// before i, in its sentence: the subject of "went to" ("Its cryogenics
// business, the CTI and Polycold pump lines, went to Atlas Copco").
func businessBefore(w []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if w[k] == "." || w[k] == ";" {
			return false
		}
		if businessWords[w[k]] && w[k] != "stake" && w[k] != "company" && w[k] != "firm" && w[k] != "group" {
			return true
		}
	}
	return false
}

// subjunctiveDeals are the Spanish and Italian past subjunctives of
// selling and buying. They tell a deal done after a conjunction of time
// ("después de que Bouygues vendiera") and, in Spanish, in a relative
// clause as a plain past ("Telefónica, que adquiriera O2 en 2005"); after
// a word of condition or likelihood they suppose one (supposed).
var subjunctiveDeals = set(strings.ReplaceAll(subjunctiveSales+"|"+subjunctivePurchases+"|hiciera|hicieran|hiciese", "|", " ")) // "se hiciera con"

// supposed: a word of condition or likelihood stands within the ten words
// before i, in its sentence ("si BBVA adquiriera Sabadell", "se UniCredit
// acquistasse", "qualora", "improbabile che"), an apposition of the
// subject maybe between.
func supposed(w []string, i int) bool {
	// the Italian "se" is "if"; the Spanish one is reflexive ("La operación
	// se produce ... después de que easyJet se hiciera con Go"): it counts
	// only before an Italian subjunctive
	italian := strings.HasSuffix(w[i], "sse") || strings.HasSuffix(w[i], "ssero")
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if w[k] == "." || w[k] == ";" || w[k] == ":" {
			return false
		}
		if conditionWords[w[k]] || italian && w[k] == "se" {
			return true
		}
	}
	return false
}

var conditionWords = set(`si qualora caso ojala improbabile probabile possibile ipotesi improbable probable posible hipotesis immaginare imaginar`)

// auctionWords open the trigger phrases of an auction or a bidding war
// for a company: a purchase by who wins it.
var auctionWords = set(`auction bidding asta subasta encheres bieterwettstreit bietergefecht`)

// wonBefore: a verb of winning stands within the six words before i ("won
// a hotly contested auction for", "ha vinto l'asta per").
func wonBefore(w []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if winVerbs[w[k]] {
			return true
		}
	}
	return false
}

var winVerbs = set(`won win wins winning vinto vince vinse vincere imposta imposto impone impose gano gana ganado ganar impuso impone impuesto
	gewann gewinnt gewonnen siegte siegt gesiegt remporte remportee emporte gagne gagnee`)

// buildWords are the delivery words of building: a deal only when goods
// follow, built for a customer ("to build at least 100 electric trains
// for DSB").
var buildWords = set(`build builds building costruire costruira construir construira construire`)

// builtFor: the building word at i builds goods ("build 100 trains",
// "costruire 100 treni") for a customer: a word of whom-for follows them
// within the sentence, or a verb of choosing stands before ("DSB has
// chosen Alstom to build 100 trains"). With the sentence's companies
// marked (named), a company must follow the whom-for word within eight
// words ("for the Danish state railway operator DSB"), as any "for" may
// ("for around 2.6 billion euros for DSB").
func builtFor(ws words, i int, named bool) bool {
	if !goodsNear(ws, i+1, clause{from: i + 1, to: len(ws.w)}) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if choosingVerbs[ws.w[k]] {
			return true
		}
	}
	for k := i + 1; k < len(ws.w) && k <= i+24; k++ {
		if ws.w[k] == "." || ws.w[k] == ";" {
			return false
		}
		if !beneficiaryWords[ws.w[k]] {
			continue
		}
		if !named {
			return true
		}
		for j := k + 1; j < len(ws.w) && j <= k+8 && ws.w[j] != "." && ws.w[j] != ";"; j++ {
			if ws.isNamed(j) {
				return true
			}
		}
	}
	return false
}

var beneficiaryWords = set(`for per para pour fur`)

// withoutPickupsOfNoCompany drops "picked up" unless a company, or a
// stake in one, is what is picked up ("had already picked up inBlue", not
// "picked up a $50 million contract from Brindle"): ws has its companies
// marked.
func withoutPickupsOfNoCompany(hs []hit, ws words) []hit {
	out := hs[:0]
	for _, h := range hs {
		if pickWords[ws.w[h.at]] && h.at+1 < len(ws.w) && ws.w[h.at+1] == "up" {
			object := false
			for j := h.at + 2; j < len(ws.w) && j <= h.at+4 && !punctuation(ws.w[j]); j++ {
				if ws.isNamed(j) || stakeNouns[ws.w[j]] || percents[ws.w[j]] {
					object = true
					break
				}
				if !determiners.Has(ws.w[j]) && !possessive[ws.w[j]] && !digits(ws.w[j]) {
					break
				}
			}
			if !object {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

var pickWords = set(`picked picks picking`)

// withoutBuildsForNoOne drops the building words whose goods are built for
// no company ("building trains for the Indian market"): ws has its
// companies marked.
func withoutBuildsForNoOne(hs []hit, ws words) []hit {
	return slices.DeleteFunc(hs, func(h hit) bool {
		return h.kind == delivery && buildWords[ws.w[h.at]] && !builtFor(ws, h.at, true)
	})
}

// withoutSelfListings drops "floated" with no object, where a company
// listed itself ("Veltraco floated on the Nasdaq"; not "which Brindle
// floated in 2015", nor "was floated"): ws has its companies marked.
// (appendHits drops those whose subject is a pronoun, before the marks.)
func withoutSelfListings(hs []hit, ws words) []hit {
	return slices.DeleteFunc(hs, func(h hit) bool { return ws.w[h.at] == "floated" && floatedItself(ws, h.at) })
}

// floatedItself: "floated" at i has no object after it (a place, a time
// or the clause's end follows) and none before: its subject is a relative
// pronoun, "it" or "the company", or a company no relative pronoun stands
// before ("Kravlo Systems, which Brindle floated in 2015" floats Kravlo
// Systems), and no auxiliary makes it passive.
func floatedItself(ws words, i int) bool {
	if i+1 < len(ws.w) && !listedWhere[ws.w[i+1]] && !punctuation(ws.w[i+1]) || i == 0 {
		return false
	}
	prev := ws.w[i-1]
	if relatives[prev] || prev == "it" || subjectAnaphors[prev] && i >= 2 && determiners.Has(ws.w[i-2]) {
		return true // "which floated in Tokyo", "since the company floated last June" (not "Brindle Group floated")
	}
	if passiveAuxiliaries[prev] || !ws.isNamed(i-1) {
		return false
	}
	k := i - 1
	for k > 0 && ws.isNamed(k-1) {
		k--
	}
	return k == 0 || !relatives[ws.w[k-1]]
}

var passiveAuxiliaries = set(`was were been be being is are`)

// homographs are the deal words of one language that are other words in
// another: French "pays" is a country, not "pays for". (Words that only
// fold alike, "zählt" and "zahlt", are kept apart by foldInto.)
var homographs = map[string]map[string]bool{"fr": set("pays")}

// withoutHomographs drops the hits that are another word in lang, the
// Spanish "invertido" of a thing turned round ("la tendencia se ha
// invertido": reflexive, no money put in), a share price yielding
// ("Veltraco cedió un 3%", "il titolo cede il 2%"), and in German the past
// forms of selling that are adjectives of what was sold ("Zur verkauften
// Sparte gehören ...", "2 Millionen verkaufte Fahrzeuge") and the trades
// of the market ("Anleger kauften Aktien von Veltraco").
func withoutHomographs(hs []hit, ws words, lang string) []hit {
	others := homographs[lang]
	out := hs[:0]
	for _, h := range hs {
		w, prev := ws.w[h.at], ""
		if h.at > 0 {
			prev = ws.w[h.at-1]
		}
		if others[w] ||
			lang == "es" && prev == "se" && h.at+1 < len(ws.w) && ws.w[h.at+1] == "invertido" ||
			h.kind == model.Divestiture && strings.HasPrefix(w, "ced") && priceYields(ws.w, h.at) ||
			lang == "de" && adjectivalSales[w] && (adjectiveDeterminers[prev] || digits(prev) && !yearWord(prev) || countScales[prev]) ||
			lang == "de" && (h.kind == model.Acquisition || h.kind == model.Divestiture) && marketTraders[prev] && (h.at < 2 || !traderPrepositions[ws.w[h.at-2]]) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// subscribeWords subscribe to shares, and in Italian and Spanish sign an
// agreement too ("hanno sottoscritto l'accordo", "suscribió un acuerdo").
var subscribeWords = set(`sottoscritto sottoscrivere sottoscrivera suscribio suscribira suscribir souscrit souscrire souscrira`)

// withoutAgreementsSigned drops the words of subscribing that sign an
// agreement (see agreementSigned). ws has its companies marked.
func withoutAgreementsSigned(hs []hit, ws words) []hit {
	return slices.DeleteFunc(hs, func(h hit) bool {
		return h.kind == model.Investment && subscribeWords[ws.w[h.at]] && agreementSigned(ws, h.at)
	})
}

// agreementSigned: an agreement follows the word at i within three words
// ("sottoscritto un accordo di fornitura", "suscribió ayer el contrato"):
// it was signed, and what it is decides the deal, not shares subscribed.
// Not a company's name ("sottoscritto da Intesa Sanpaolo"), nor where the
// sentence tells of shares or capital all the same ("il contratto di
// sottoscrizione delle nuove azioni", "un accordo per l'ingresso nel suo
// capitale").
func agreementSigned(ws words, i int) bool {
	signed := false
	for k := i + 1; k < len(ws.w) && k <= i+3; k++ {
		if signedNouns[ws.w[k]] && !ws.isNamed(k) {
			signed = true
		}
	}
	if !signed {
		return false
	}
	for _, w := range ws.w {
		if sharesSubscribed[w] {
			return false
		}
	}
	return true
}

// sharesSubscribed say what is subscribed is shares, bonds or capital.
var sharesSubscribed = set(`azioni acciones actions aktien capitale capital kapital obbligazioni obligaciones obligations bond bonos
	sottoscrizione suscripcion souscription emission emissione emision aumento ampliacion augmentation`)

// signedNouns name what is signed.
var signedNouns = set(`accordo accordi contratto contratti intesa intese memorandum protocollo patto lettera
	acuerdo acuerdos contrato contratos convenio pacto protocolo memorando carta accord accords contrat contrats protocole pacte lettre`)

// withMergerReviews makes the words of merging that name the review of
// deals by competition authorities (see mergerControl) words of a deal of
// any kind, which the sentences around say ("The transaction is subject
// to merger control"), unless the sentence names two companies as one:
// "Veltraco and Quorvex win merger clearance" is their merger. ws has its
// companies marked.
func withMergerReviews(hs []hit, ws words) []hit {
	for i, h := range hs {
		if h.kind == model.Merger && mergerControl(ws.w, h.at) && !twoNamedAsOne(ws) {
			hs[i].kind = generic
		}
	}
	return hs
}

// twoNamedAsOne: the sentence names two companies joined by "and" ("Veltraco
// and Quorvex win", "das Fusionskontrollverfahren für Veltraco und
// Quorvex").
func twoNamedAsOne(ws words) bool {
	for k := 1; k+1 < len(ws.w); k++ {
		if conjunctionSet.Has(ws.w[k]) && ws.isNamed(k-1) && ws.isNamed(k+1) {
			return true
		}
	}
	return false
}

// mergerControl: the word of merging at i names the review of deals by
// competition authorities ("unter dem Vorbehalt der Fusionskontrolle",
// "subject to merger control", "il controllo delle fusioni"): a word of
// a deal, whatever kind of deal is reviewed.
func mergerControl(w []string, i int) bool {
	if strings.HasPrefix(w[i], "fusionskontroll") || strings.HasPrefix(w[i], "fusionsrecht") || strings.HasPrefix(w[i], "fusionsfreigabe") {
		return true
	}
	if i+1 < len(w) && mergerReviews[w[i+1]] {
		return true // "merger control", "merger clearance"
	}
	// "control de fusiones", "contrôle des fusions", "controllo delle fusioni"
	return i >= 2 && reviewControls[w[i-2]] && (w[i-1] == "de" || w[i-1] == "des" || w[i-1] == "delle" || w[i-1] == "sulle")
}

var (
	mergerReviews  = set(`control clearance review regulation rules guidelines filing filings authority authorities`)
	reviewControls = set(`control controle controllo`)
)

// priceYields: the yielding word at i is followed by a percentage that
// is of nothing ("cedió un 3%", "cede il 2,5%", not "cedió el 30% de
// Brindle"): a share price falling.
func priceYields(w []string, i int) bool {
	k := i + 1
	if k < len(w) && (indefiniteArticles[w[k]] || determiners.Has(w[k])) {
		k++
	}
	if k+1 >= len(w) || !isNumber(w[k]) || !percents[w[k+1]] {
		return false
	}
	return k+2 >= len(w) || !ofWordSet.Has(w[k+2])
}

// adjectivalSales are the German forms of selling that are also the
// participle's adjective ("die verkaufte Sparte", "der verkauften Anteile").
var adjectivalSales = set(`verkaufte verkauften`)

// adjectiveDeterminers stand before a German adjective, and never before
// a verb in the past.
var adjectiveDeterminers = set(`der die das den dem des zur zum vom beim im am ein eine einer eines einem einen
	seine seiner seinen seinem ihre ihrer ihren ihrem diese dieser diesen diesem`)

// marketTraders are who buys and sells shares on the market: "Anleger
// kauften", "Investoren verkauften".
var marketTraders = set(`anleger investoren handler spekulanten borsianer`)

// traderPrepositions make the traders whom a company sells to, not who
// trades: "an Investoren abgegeben".
var traderPrepositions = set(`an von bei fur mit`)

// withoutBuyerGroups drops the words of partnership that name who a sale
// is made to ("agreed to sell its terminal to a partnership of Alinda and
// USS", "a un consorcio formado por"): the buyers, joined for the purchase,
// not a deal of their own. Such a word follows a sale, a preposition of
// receiving and an indefinite article, and says who forms it.
func withoutBuyerGroups(hs []hit, ws words) []hit {
	sold := false
	out := hs[:0]
	for _, h := range hs {
		if h.kind == model.Divestiture {
			sold = true
		}
		i := h.at
		if sold && (h.kind == model.Partnership || h.kind == model.JointVenture) && i >= 2 && i+1 < len(ws.w) &&
			indefiniteArticles[ws.w[i-1]] && recipientWords[ws.w[i-2]] && formedBy[ws.w[i+1]] {
			continue
		}
		out = append(out, h)
	}
	return out
}

// withoutTrade drops the selling words that tell what a company trades
// in (see sellsAsTrade).
func withoutTrade(hs []hit, ws words) []hit {
	out := hs[:0]
	for _, h := range hs {
		if h.kind != model.Divestiture || !sellsAsTrade(ws, h.at) && !saleChannel(ws, h.at) && !sellsOwnProducts(ws.w, h.at) {
			out = append(out, h)
		}
	}
	return out
}

// withoutAlliancesToBuy drops a verb of allying whose purpose is a
// purchase of a company or a bid: "Quorvex se alió con Brindle para
// comprar Daxmoor", "verbündete sich mit Brindle, um Daxmoor zu
// übernehmen", "se aliaron con Quorvex para bloquear la opa de Brindle":
// the bid is the deal told. Not an alliance to buy goods ("para comprar
// conjuntamente materias primas"). The words must be marked named.
func withoutAlliancesToBuy(hs []hit, ws words) []hit {
	return slices.DeleteFunc(hs, func(h hit) bool {
		if h.kind != model.Partnership || !slices.ContainsFunc(ws.w[h.at:min(h.at+4, len(ws.w))], allyingVerbs.Has) {
			return false
		}
		purpose := slices.IndexFunc(ws.w[h.at:], func(w string) bool { return purposeWords[w] })
		if purpose < 0 {
			return false
		}
		purpose += h.at
		return slices.ContainsFunc(hs, func(o hit) bool {
			return o.kind == model.Acquisition && o.at > purpose && o.at <= purpose+14 &&
				(namedSoon(ws, o.at+1, 10) || slices.ContainsFunc(ws.named[purpose:o.at], func(b bool) bool { return b }))
		})
	})
}

var allyingVerbs = lists.SetOf(set(`alio aliaron aliara aliado aliarse allie alliee allies alliees allier allient verbundete verbundeten verbundet`))

// withoutSalesUnderAgreements drops the selling words that tell what is
// sold under an agreement (see soldUnderAgreement). The words must be
// marked named.
func withoutSalesUnderAgreements(hs []hit, ws words) []hit {
	return slices.DeleteFunc(hs, func(h hit) bool { return h.kind == model.Divestiture && soldUnderAgreement(hs, ws, h.at) })
}

// soldUnderAgreement: the selling word at i stands in a relative clause
// that tells how an agreement named just before it works ("a distribution
// partnership under which IBM sold the CATIA software", "eine
// Vertriebspartnerschaft, über die der Konzern ... verkaufte", "un
// accordo di distribuzione in base al quale Quorvex vende"): goods sold
// under the agreement, no business. The relative opens at most eight words
// after the agreement's word ("un accordo di distribuzione con Brindle, in
// base al quale"), the sale follows it in the same clause, and
// no unit is sold ("in base al quale venderà a Brindle la controllata
// Daxmoor"), no company right after the sale, and none it goes to
// ("under which it sold Daxmoor to Halvorsen"; not "venderà i prodotti di
// Quorvex in Asia").
func soldUnderAgreement(hs []hit, ws words, i int) bool {
	agreed := -1
	for _, h := range hs {
		if h.at < i && (h.kind == model.Partnership || h.kind == model.Licensing || h.kind == model.Supply || h.kind == model.JointVenture) {
			agreed = h.at
		}
	}
	if agreed < 0 {
		return false
	}
	link := -1
	for k := agreed + 1; k+1 < i && k <= agreed+8 && link < 0; k++ {
		// (not "dans le", which opens most places and times inside a clause)
		if ws.w[k] != "dans" && slices.Contains(backLinks[ws.w[k]], ws.w[k+1]) || ws.w[k] == "uber" && verbSecondArticles[ws.w[k+1]] && ws.w[k-1] == "," {
			link = k
		}
	}
	if link < 0 || slices.Contains(ws.w[link+1:i], ",") {
		return false
	}
	for k := link + 2; k < len(ws.w) && !clauseEnds[ws.w[k]] && ws.w[k] != ","; k++ {
		if unitNouns[ws.w[k]] { // (German puts it before the verb: "seine Tochter Daxmoor ... verkauft")
			return false
		}
		if k > i && recipientWords[ws.w[k]] && namedSoon(ws, k+1, 2) {
			return false // "sold Daxmoor to Halvorsen": a company sold to another
		}
	}
	return !ws.isNamed(i + 1)
}

// sellsOwnProducts: the selling word at i takes the seller's own
// products ("vendería sus productos a través de", "sells its products
// through"): a trade.
func sellsOwnProducts(w []string, i int) bool {
	return i+2 < len(w) && possessive[w[i+1]] && productWords[w[i+2]]
}

// saleChannel: the sale noun at i names a way of selling goods ("le
// spécialiste de la vente sur catalogue Argos", "vente en ligne", "vendita
// al dettaglio", "venta por catálogo"): a trade, no company sold.
func saleChannel(ws words, i int) bool {
	if !saleNouns[ws.w[i]] || i+1 >= len(ws.w) {
		return false
	}
	if saleChannelWords[ws.w[i+1]] {
		return true // "vendita online", "vente directe"
	}
	if i+2 >= len(ws.w) || !saleChannels[ws.w[i+1]+" "+ws.w[i+2]] {
		return false
	}
	// not "la venta en línea con su estrategia de su filial" (in line
	// with), "la vendita a distanza di due anni" (after two years)
	return i+3 >= len(ws.w) || !channelIdioms[ws.w[i+3]]
}

var (
	saleNouns        = set(`vente ventes vendita vendite venta ventas`)
	saleChannelWords = set(`online directe diretta directa`)
	// saleChannels are the two words of a channel ("al por" opens "al por
	// mayor" and "al por menor", wholesale and retail alike)
	saleChannels = map[string]bool{"en ligne": true, "sur catalogue": true, "par correspondance": true, "a distance": true, "au detail": true,
		"al dettaglio": true, "a distanza": true, "per corrispondenza": true, "por catalogo": true, "por correspondencia": true, "al por": true,
		"en linea": true, "a distancia": true, "al detalle": true, "al minuto": true, "on line": true, "par internet": true, "por internet": true,
		"all ingrosso": true, "en gros": true}
	channelIdioms = set(`avec con with di de`)
)

// sellsAsTrade: the selling word at i is in the present, right after a
// relative pronoun ("Escorts, which sells the Farmtrac range", "qui vend
// du maquillage", "che vende anche"): what a company trades in, told to
// say what it is.
func sellsAsTrade(ws words, i int) bool {
	if !tradeSells[ws.w[i]] || i < 1 {
		return false
	}
	if soldIn(ws, i) {
		return true
	}
	k := i - 1
	if k >= 1 && tradeAdverbs[ws.w[k]] {
		k--
	}
	return relatives[ws.w[k]] || tradeRelatives[ws.w[k]]
}

// soldIn: the selling word at i, in the present, is followed by where
// ("vende quasi esclusivamente in Francia", "sells mainly in Europe",
// "vend à l'étranger"): a market, not a company sold.
func soldIn(ws words, i int) bool {
	k := i + 1
	for k < len(ws.w) && (tradeAdverbs[ws.w[k]] || marketAdverbs[ws.w[k]]) {
		k++
	}
	if k < len(ws.w) && abroadWords[ws.w[k]] {
		return true
	}
	return k+1 < len(ws.w) && marketPrepositions[ws.w[k]] && !isNumber(ws.w[k+1]) && !determiners.Has(ws.w[k+1]) && !indefiniteArticles[ws.w[k+1]]
}

var marketAdverbs = set(`mostly mainly largely only chiefly almost exclusively quasi esclusivamente soprattutto principalmente solo
	sobre todo principalmente casi exclusivamente surtout principalement presque exclusivement uberwiegend hauptsachlich fast ausschliesslich vor allem`)

var marketPrepositions = set(`in nel nei negli en dans im`)

var abroadWords = set(`abroad overseas worldwide estero extranjero etranger ausland`)

// tradeRelatives open a clause of what a company does, besides the
// relative pronouns: "that", and "where" ("dove vende anche il burro").
var tradeRelatives = set(`that dove donde ou wo`)

var tradeSells = set(`sells vend vendent vende venden vendono`)

var tradeAdverbs = set(`also still mainly now already aussi deja encore anche gia ancora tambien ya todavia`)

var formedBy = set(`of formed led made composed including formado formada integrado integrada liderado liderada encabezado encabezada
	formata formato guidata guidato composta composto forme formee mene menee compose composee gefuhrt bestehend aus von de di del`)

// Find returns the deals a sentence states. lang is the article's
// language, published its date (YYYY-MM-DD or ""), used to resolve
// relative dates.
func Find(s Sentence, lang, published string) []Found {
	if strings.HasSuffix(strings.TrimRight(s.Text, " \"”»'’"), "?") {
		return nil // a question states nothing
	}
	if len(s.Tokens) > maxSentenceTokens {
		return nil // a table or a run-on list, not a sentence: no deal is read from it
	}
	// a sentence with no deal word states no deal, whoever it names: most
	// sentences are told apart by this alone, before the costlier reading
	// of opinions and bystanders
	scratch, ws := s.words()
	var hitBuf [8]hit // on the stack for all but the longest sentences
	triggered := withoutTrade(withoutBuyerGroups(withoutFalseStakes(withoutHomographs(appendHits(hitBuf[:0], typeTriggers, ws), ws, lang), ws), ws), ws)
	triggered = withFoundings(triggered, ws)
	if len(triggered) == 0 && !hasOfferNoun(ws) {
		giveBack(scratch, ws)
		return nil
	}
	// read on with ws, which keeps the borrowed arrays
	if quoted(s.Text) && (opinion(s.Tokens) || quotedAlone(s.Text) && (opinion(s.Before) || opinion(s.After))) || analystQuoted(s) {
		// "“Coffee is the one category where Nestlé can grow ...,” said an
		// analyst": an opinion on the deal, not the news of one (a quoted
		// press release, in the third person, may state one)
		return nil
	}
	if amongRivals(s.Tokens) {
		// "Tra i concorrenti quotati della divisione ceduta figura Applied
		// Industrial Technologies": the sentence lists rivals
		return nil
	}
	s.Mentions = withoutParentsOfUnits(triggered, withoutVehicles(withoutOtherNames(withoutCoInvestors(withoutAdded(withoutSubjectApposition(bystanders(s.Mentions, s.Tokens), s.Tokens), s.Tokens), s.Tokens), s.Tokens), s.Tokens), s.Tokens)
	if len(distinct(s.Mentions)) == 0 {
		// money raised from no company named is no deal (see
		// withoutRaisesFromNoOne), nor a company founded with none (see
		// withoutFoundingsAlone), nor a "reprise", which without a company
		// taken over is most often a recovery (see takenOverNamed)
		triggered = slices.DeleteFunc(withoutSecuringsOfNoCompany(triggered, ws), func(h hit) bool {
			return raiseWords[ws.w[h.at]] || founding(ws, h) || ws.w[h.at] == "reprise" || ws.w[h.at] == "reprises"
		})
		if len(triggered) == 0 && !hasOfferNoun(ws) {
			giveBack(scratch, ws)
			return nil
		}
		// ("Die Transaktion steht unter dem Vorbehalt der Fusionskontrolle":
		// a review of the deal told, of whatever kind)
		return unnamed(s, ws, withMergerReviews(triggered, ws), lang, published)
	}
	ws.markNamed(s.Mentions)
	triggered = withoutResoldGoods(withoutUngrantedRights(withoutBrandsSoldAs(withoutGoodsSold(withoutCombinationsOfNoCompany(withoutSecuringsOfNoCompany(triggered, ws), ws), ws), ws, s.Tokens), ws), ws)
	triggered = withDistantBids(withoutTakingsOfOthers(withoutDistributingWhat(triggered, ws), ws, s.Tokens), ws)
	triggered = withoutAccountsSetApart(withoutRaisesFromNoOne(withoutPickupsOfNoCompany(withoutSelfListings(withoutBuildsForNoOne(triggered, ws), ws), ws), ws, s.Tokens), ws)
	triggered = withoutFoundingsAlone(triggered, ws, s.Tokens)
	triggered = withoutGerundsOfNoCompany(withoutAgreementsSigned(withoutStakesTakenByNoCompany(triggered, ws), ws), ws)
	triggered = withoutSalesUnderAgreements(withoutBidsWeighedByNoCompany(triggered, ws), ws)
	triggered = withoutAlliancesToBuy(withoutControlOfNoCompany(withoutStakesOfNoCompany(withMergerReviews(triggered, ws), ws, s.Tokens), ws), ws)
	if len(triggered) == 0 {
		return nil
	}
	var keptBuf [8]hit // on the stack for all but the longest sentences
	hits := dropNamed(keptBuf[:0], triggered, ws, s.Mentions, s.Tokens, lang)
	if len(hits) == 0 || onlyAgents(hits, ws) {
		return nil // "the buyer also agreed to take on VMware's debt": who, not a deal
	}
	hits = dropRunBeforeOne(hits, ws)
	if rest := dropFollowedOpening(hits, ws); len(rest) < len(hits) && slices.ContainsFunc(rest, func(h hit) bool { return h.kind != generic }) {
		// "The order also comes a month after Bouygues, ..., sold half of
		// its holding": the deal the sentence opens with is the article's,
		// not one of this sentence; its clause names the seller of the
		// deal that is (when a typed deal word is left: not "The merger
		// follows months of talks ... which signed the agreement")
		hits = rest
	}
	// dates and amounts are read only for sentences that state a deal:
	// their patterns cost more than all the rest
	var dates []when.Date
	var amounts []money.Amount
	read := false
	readFigures := func() {
		if !read {
			read = true
			// the words dates and amounts are anchored at, found once for both
			var wordBuf [64][2]int // on the stack for all but the longest sentences
			words := window.AppendWordSpans(wordBuf[:0], s.Text)
			dates = expectedMonths(s.Text, ws, published, withoutFutureYears(s.Text, dealDates(s.Text, withBareYears(when.FindInWords(s.Text, lang, published, words), s, ws, hits, lang, published)), published))
			amounts = dealAmountsInWords(s.Text, lang, words)
		}
	}
	hits = withElidedSales(withElidedPurchases(hits, ws, s.Tokens, lang), ws, s.Tokens)
	var clauseBuf [8]clause // on the stack for all but the longest sentences
	cs := appendClauses(clauseBuf[:0], ws, hits, lang)
	var out, lone []Found
	var named []bool // the mentions named as examples (see examples), read once
	examplesRead := false
	// sideOfLast gives the deal just told company, a side clause c names,
	// and the price from c on if it has none: the price may come in the
	// clauses after ("…, der für das Paket 6,6 Milliarden Dollar zahlte")
	sideOfLast := func(company string, c clause) *Found {
		f := &out[len(out)-1]
		if !slices.Contains(f.Parties, company) {
			// (clipped: the parties may share their array with a deal before)
			f.Parties = append(slices.Clip(f.Parties), company)
		}
		if readFigures(); f.Value == nil {
			f.Value = firstAmountIn(amounts, s.Tokens[ws.tok[c.from]].Start(), len(s.Text))
		}
		return f
	}
	for ci, c := range cs {
		if company, buyer, ok := sideOpening(ws, c, s.Mentions); ok && len(out) > 0 {
			// "...; Käufer war der Einzelhändler CP All, der ... zahlte":
			// the other side of the deal just told, and its price
			if f := sideOfLast(company, c); buyer {
				f.Buyer = company
			}
			continue
		}
		if seller, ok := sellerClause(ws, c, s.Mentions); ok && len(out) > 0 && out[len(out)-1].Type == model.Acquisition &&
			!slices.Contains(out[len(out)-1].Parties, seller) {
			// "…l'acquisizione della tedesca Avira, ceduta dal fondo
			// Investcorp per circa 360 milioni": who sold what was just
			// bought, and the price
			sideOfLast(seller, c)
			continue
		}
		ch := hitsIn(hits, c)
		if len(ch) == 0 {
			continue
		}
		ch = dropFollowedDeal(ch, ws)
		typ, generic := typeOf(ch, ws, c, ownScope(cs, hits, s.Mentions, ws, ci), lang)
		if generic && createsVenture(ws, c, hits) {
			// "signed the agreement setting up Bharti Wal-Mart Private Ltd.,
			// an equal joint venture": the agreement founds the venture
			typ, generic = model.JointVenture, false
		}
		paidUpfront := false // a payment told as a licence's: still a payment, the price of a deal just told
		if typ == model.Acquisition && onlyPaying(ch, ws) {
			if d, ok := paidFor(ch, ws); ok {
				typ = d // "paga 5.100 millones por una alianza": what is paid for
			} else if d, ok := describedType(hits, ws); ok {
				// "agreed to pay up to $6.9 billion for a share of a drug
				// ..., the largest licensing deal": the deal says what it is
				typ = d
			} else if paidUpfront = upfront(ws) && !earnOut(ws); patentsNamed(hits) || paidUpfront {
				// "agreed to pay $750 million to settle all patent
				// litigation": a patent settlement, a licence; and "verse
				// 750 millions de dollars d'avance à MorphoSys": a payment
				// up front opens a licence, nothing is bought
				typ = model.Licensing
			} else if disputePaid(ws) {
				continue // "Petrobras paid more than $700 million after losing an arbitration": damages, no deal
			}
		}
		if generic && agreementOnly(ch, ws) && valueVerb(ws) {
			// "l'intesa firmata con Kohlberg & Co., che valutava Steinway
			// 438 milioni": an agreement that values a company sells it
			typ, generic = model.Acquisition, false
		}
		if typ == trade || typ == model.Other && onlyDelivery(ch) {
			continue // "provide hundreds of millions": no goods, no deal
		}
		bound := false
		if t, ok := boundType(ch, ws, s.Mentions); ok {
			typ, generic, bound = t, false, true
		}
		if optionOnly(ch, ws) {
			continue // "an option to acquire the rest by 2028": a right, not a deal
		}
		if typ == model.Divestiture && !slices.ContainsFunc(ch, func(h hit) bool { return h.kind != model.Divestiture }) && soldThroughChannel(ws, c) {
			continue // "tractors will be sold through Kubota's dealer network": goods, not a business
		}
		if generalReference(ch, ws) {
			continue // "The licensing deals are a cornerstone for Nokia": deals in general
		}
		if typ == model.Investment && (holding(ch, ws, s.Mentions, s.Tokens) || keptOnly(ch, ws)) {
			// "Vodafone's 42% stake in Indus Towers is not part of the
			// deal", "sollen einen bedeutenden Anteil behalten": held,
			// not dealt
			continue
		}
		// the parties: in the clause, else with its neighbours that state
		// no deal of their own, else anywhere in the sentence
		span := c
		parties := partiesIn(s.Mentions, ws, span)
		// a relative clause tells its own deal about the company before
		// it: "Walmart, which bought Jet.com" (Walmart buys), "Bulgari,
		// which it bought in 2011" (Bulgari is bought, by "it")
		ante, anteSubject := relativeTo(ws, c, s.Mentions)
		if ante != "" && !slices.Contains(parties, ante) {
			if anteSubject {
				parties = append([]string{ante}, parties...)
			} else {
				parties = append(parties, ante)
			}
		} else {
			ante = ""
		}
		if ante != "" && len(parties) == 1 {
			if buyer := relativeObjectTaker(s.Mentions, s.Tokens, ws, c, ch[0].at, ante, anteSubject, lang); buyer != "" {
				// "Quorvex failed to turn Kaufhof around, which it had
				// bought in 2015": who "it" is, is the sentence's subject
				parties = []string{buyer, ante}
				ante, anteSubject = "", true
			} else if target := partTakenOfSubject(s.Mentions, s.Tokens, ws, c, ante, anteSubject, lang); target != "" {
				// "Independent Vetcare era finita sotto il controllo di
				// Summit Partners, che ne aveva rilevato la maggioranza":
				// what "ne" takes a part of is the sentence's subject
				parties = append(parties, target)
			}
		}
		ownerUnnamed := false // the subject owns the company the clause before names, and is not named
		if len(parties) < 2 && ante == "" {
			span, parties = withNeighbours(s.Mentions, ws, cs, hits, ci)
			parties = withoutPossessors(parties, s.Mentions, ws, cs, hits, ci)
			if held := ownedBefore(s.Mentions, s.Tokens, ws.tok[c.from]); held != "" && !namesCompany(s.Mentions, ws, c, held) {
				// "Il gruppo controlla Hovis dal 2007, quando ha completato
				// l'acquisizione di RHM": who owns Hovis buys, not Hovis
				parties = slices.DeleteFunc(slices.Clone(parties), func(p string) bool { return p == held })
				ownerUnnamed = true
			}
		}
		// "the merger of Usinor, Arbed and Aceralia": the list goes on
		// past the clause's comma
		for _, p := range listGoesOn(s.Mentions, ws, cs, hits, span) {
			if !slices.Contains(parties, p) {
				parties = append(parties, p)
			}
		}
		weigher := weigherOfOffer(s.Mentions, s.Tokens, ws, c)
		if weigher != "" && !slices.Contains(parties, weigher) {
			// "Quorvex, proprietaria di alberghi, ha respinto l'offerta con
			// cui Veltraco puntava a rilevarne il controllo": who weighs
			// the offer, named clauses before, is bid for
			parties = append(parties, weigher)
		}
		if t := targetBeforeAgent(s.Mentions, ws, span, ch, parties); t != "" {
			// "RSA, the British insurer, agreed to a £7.2 billion takeover
			// by Intact and Tryg": the clause names who buys; what is
			// bought is the subject the apposition cut off
			parties = append([]string{t}, parties...)
		}
		// "Konecranes hatte im Mai 2016 vereinbart, das Geschäft MHPS des
		// US-Konzerns Terex ... zu kaufen": the German infinitive's subject
		// is the main clause's, before the comma
		agreed := ""
		if lang == "de" && ci > 0 {
			agreed = infinitiveSubject(s.Mentions, ws, cs[ci-1], hits, ch)
		}
		if agreed != "" && !slices.Contains(parties, agreed) {
			parties = append([]string{agreed}, parties...)
		}
		var describing []string // companies that only describe the subject
		subject := ""           // who "it" is, when the sentence said so before
		elided := false         // the clause goes on with the sentence's subject
		pair := false           // the parties are "the two" of the deal before
		if len(parties) < 2 && ante == "" {
			other := otherClauseStates(hits, cs, ci)
			if len(parties) == 0 && other && len(out) > 0 && pairSubject(ws, c) {
				// "X took a stake in Y, and the two are jointly developing
				// models": the sides of the deal just told, a deal of their own
				parties = sidesOf(out[len(out)-1])
				pair = true
			} else if len(parties) == 0 && other {
				continue // "As part of the cooperation, X will supply Y": one deal, told by the other clause
			}
			elided = len(parties) == 1 && other && elidedSubject(ws, c, ch, hits, s.Mentions)
			if len(parties) == 1 && other && (pronounSubject(ws, span, ch, s.Mentions) || bidFor(ws, span, ch, s.Mentions) == parties[0] || elided) {
				// "In 2013 SoftBank paid $21.6 billion for Sprint, and in
				// 2006 it bought Vodafone's Japanese business": "it" is
				// the sentence's subject, not every company it names
				subject = subjectBefore(s.Mentions, s.Tokens, min(ws.tok[span.from], ws.tok[hits[0].at]), parties[0])
			}
			if len(parties) == 1 && subject == "" {
				// "Toyota will buy 4.94% of Suzuki's shares, while in return
				// Suzuki buys Toyota shares": who gives in return is the
				// other side of this clause's deal
				if c := inReturn(s.Mentions, ws, cs, ci, parties[0]); c != "" {
					parties = []string{parties[0], c}
				}
			}
			if subject != "" {
				parties = []string{subject, parties[0]}
			} else if elided {
				// the sentence's subject was not named: the company it
				// refers to, as for the deal told before
			} else if len(parties) == 1 && other && pronounSubject(ws, span, ch, s.Mentions) {
				// "the company sold its half of X to Viacom, and last month
				// it sold its plants to Cinram": the sentence's subject is
				// not named; each clause keeps its own side, the other the
				// one referred to
				elided = true
			} else if rest := withoutPossessors(unclaimed(subjectSide(s.Mentions, ws, span, ch), ws, cs, hits, ci), s.Mentions, ws, cs, hits, ci); !ownerUnnamed && (len(rest) >= 2 || len(parties) == 0) && !objectPronoun(ws, ch, lang) {
				// the sentence's companies, but those another clause
				// tells a deal of its own between (not the company an
				// unnamed owner owns: the owner is the side referred to)
				parties = rest
			}
		}
		if seller := elidedSeller(s.Mentions, s.Tokens, ws, c, ch, hits, typ); seller != "" && ante == "" && len(parties) >= 2 && !slices.Contains(parties, seller) {
			// "compró Express Newspapers en 2000 ... y en 2014 vendió Channel
			// 5 a Viacom": what is sold and who buys it are named; who
			// sells is the sentence's subject
			parties = append([]string{seller}, parties...)
		}
		buys := purchaseKind(typ) && !slices.ContainsFunc(ch, func(h hit) bool { return h.kind == model.Divestiture })
		if first, apposition := apposedSubject(s.Mentions, ws, cs, hits, ci, typ == model.Acquisition || typ == model.Divestiture || typ == model.Investment); first != "" && len(parties) >= 2 && slices.Contains(parties, first) {
			if subject == "" && buys && (typ == model.Acquisition || paymentClause(ch, ws)) && !passiveAt(ws, ch[0].at) && !agentAfter(ws, span, ch[0].at) {
				// "AmSurg, for its part, paid $2.35 billion for Sheridan":
				// the subject pays (not "Britvic, the maker of J2O, agreed
				// to be bought by Carlsberg", nor "Quorvex, for its part,
				// received an investment from Veltraco")
				subject = first
			}
		} else if first != "" && len(parties) >= 2 {
			kept := onlyDescribing(slices.Clone(parties), s.Mentions, ws, apposition)
			for _, p := range parties {
				if !slices.Contains(kept, p) {
					describing = append(describing, p)
				}
			}
			parties = kept
			// "La Cassa Depositi e Prestiti, le bras financier public de
			// l'État italien, cède 35 % de sa filiale CDP Reti à State
			// Grid": the subject acts, its apposition between
			parties = append([]string{first}, parties...)
			if subject == "" && buys {
				subject = first // who buys, unless it sells
			}
		}
		if len(parties) >= 2 {
			// "an investment in Jio Platforms, part of Reliance Industries":
			// the parent of what is invested in sells nothing
			parties = withoutParents(parties, s.Mentions, s.Tokens, typ != model.Investment)
		}
		if typ == model.Investment && coBuyersOnly(parties, s.Mentions, s.Tokens, ws, ch) {
			continue // "an der auch Hitachi und IHI beteiligt sind": two holders of what the clause before names
		}
		bids := typ == model.Acquisition && onlyBids(ch, ws) // a price per share offered (see offeredPerShare)
		if bids && len(parties) > 1 {
			parties = ownersBid(parties, s.Mentions, s.Tokens, ws.tok[ch[0].at])
		}
		parties = withoutSpeakers(parties, s.Mentions, s.Tokens, ws.tok[ch[0].at]) // ", Daxmoor said on Monday"
		counter := typ == model.Acquisition && counterBid(ch, ws)
		if counter {
			b := firstBefore(s.Mentions, ws.tok[ch[0].at], "")
			if b == "" {
				continue // "little room for a counterbid": no bidder, no bid
			}
			parties = []string{b}
		}
		// "it combined its operations with Anglo American's in Lafarge
		// Tarmac, a joint venture": the venture's one partner named is
		// joined by the company "it" refers to (the venture stays a side,
		// as some count it one)
		ventureOfReferred := (typ == model.JointVenture || typ == model.Partnership) && partnerOfReferred(parties, s.Mentions, s.Tokens, ws, lang)
		if ventureOfReferred {
			// "the group partnered with Michelin in Symbio, a joint
			// venture", "s'est associé avec Michelin dans Symbio, une
			// coentreprise": the alliance is the venture named
			typ = model.JointVenture
		}
		if typ == model.JointVenture && !ventureOfReferred {
			if owner := ventureOwnerNamed(parties, s.Mentions, s.Tokens, ws); owner != "" {
				// "TPI built its first plant in 2002 through VienTek, a joint
				// venture with Mitsubishi Power Systems": the subject is the
				// other partner (the venture stays a side)
				parties = append([]string{owner}, parties...)
			}
		}
		readFigures()
		own, wide := clauseDates(s, ws, cs, hits, ci, dates)
		f := Found{Type: typ, Generic: generic, Parties: parties, Pair: pair, Counter: counter, Paying: (purchaseKind(typ) || paidUpfront) && paymentClause(ch, ws), Date: dateOf(dates, own, wide, othersDates(s, ws, cs, hits, ci)), Evidence: s.Text,
			Anaphor: ventureOfReferred}
		f.Status = statusOf(ws, span)
		f.Bid = bids && (len(parties) != 1 || bidderBefore(s.Mentions, s.Tokens, ws.tok[ch[0].at]) == parties[0] && !bidForAnother(ws, span))
		if f.Status == model.Announced && bids && !saysAgreed(ws, span) {
			f.Status = model.Proposed // "offered $12 a share": a bid, not yet a deal
		}
		if f.Status == model.Announced && typeClassOf(typ) == transfer && yearsBefore(f.Date, published) > 0 && !saysAgreed(ws, span) {
			// "Wesfarmers bought Coles in 2007", told in 2018: done by now
			f.Status = model.Completed
		}
		pronounIt := companyPronouns[lang] != nil && pronounBefore(ws, span, ch, s.Mentions, companyPronouns[lang]) ||
			lang == "de" && verbSecondIt(ws, span, ch, s.Mentions)
		buyerMentions := s.Mentions
		if typ == model.Divestiture {
			// "offloaded Homebase, the chain it had tried to convert to the
			// Bunnings format, to Hilco": who receives it is a side
			buyerMentions = mentionsOf(s.Mentions, parties)
		}
		// (not where the verb comes last: "seine 20 Prozent an Quorvex an
		// Brindle verkauft" tells whose stake and who buys by one word)
		stakeSoldTo := typ == model.Investment && soldFirst(ch) && !verbLast[lang]
		if stakeSoldTo {
			// "sold a stake of 8.1 per cent to Savvy", "cede il 35% di Cdp
			// Reti a State Grid": a minority sold is an investment by who
			// receives it, read as a sale's buyer is, not the seller
			buyerMentions = mentionsOf(s.Mentions, parties)
			typ = model.Divestiture
		}
		f.Buyer = buyerOf(typ, ch, ws, span, buyerMentions, s.Tokens)
		if f.Buyer == weigher && weigher != "" && typ == model.Acquisition && offerAt(ws, ch[0].at) >= 0 {
			// (the clause's deal is the offer; not "rejected the offer and
			// bought Veltraco instead")
			f.Buyer = "" // who weighs an offer is bid for, not bidding
			if len(parties) == 2 {
				f.Buyer = parties[0]
				if f.Buyer == weigher {
					f.Buyer = parties[1]
				}
			}
		}
		if ownerUnnamed && !slices.Contains(parties, f.Buyer) {
			f.Buyer = "" // the company owned, read before the deal word
		}
		if typ == model.Divestiture && f.Buyer == "" {
			// "sold its stake in Millbrook, its joint venture with
			// Kelmora, to Kelmora for $12 billion": who receives it may
			// come after the clauses that describe what is sold
			if to := recipientAfter(s.Mentions, ws, cs, hits, span); to != "" {
				f.Buyer = to
				if !slices.Contains(parties, to) {
					parties = append(parties, to)
					f.Parties = parties
				}
			}
		}
		if stakeSoldTo {
			typ = model.Investment
			if f.Buyer == "" {
				f.Buyer = namedAfterSale(ch, ws, s.Mentions) // "sold Brindle a 16% stake"
			}
			if f.Buyer == subject {
				f.Buyer = ""
			}
		}
		if slices.Contains(describing, f.Buyer) && !stakeSoldTo {
			f.Buyer = subject // the subject's owner, told in its apposition, buys nothing
		}
		if subject != "" && f.Buyer == "" && purchaseKind(typ) && !stakeSoldTo {
			f.Buyer = subject
		}
		if agreed != "" && typ == model.Acquisition {
			f.Buyer = agreed
		}
		if len(parties) == 1 && typ == model.Acquisition && objectPronoun(ws, ch, lang) {
			f.Buyer = parties[0] // "packaging group Tetra Pak bought it in 1991": it is what is bought
		}
		if ante != "" && purchaseKind(typ) {
			if anteSubject && passingWords[ws.w[ch[0].at]] {
				// "Brindle, qui était passée dans le giron de Quorvex":
				// what "qui" is passed into another's hands
				if by := handsOf(ws, c, ch[0].at, s.Mentions); by != "" && by != ante {
					f.Buyer = by
				} else if f.Buyer == ante {
					f.Buyer = ""
				}
			} else if anteSubject {
				f.Buyer = ante
			} else if f.Buyer == ante {
				f.Buyer = "" // bought, not buying
			}
		}
		// (not "it will be bought for $90 and 2.884 Canadian Pacific shares
		// per KCS share": "it", told in the passive, is what is bought, and
		// named already)
		if subject == "" && len(parties) >= 2 && (typ == model.Divestiture || typ == model.Acquisition) && (pronounSubject(ws, span, ch, s.Mentions) || pronounIt) &&
			!passiveAt(ws, ch[0].at) {
			// "Last month it agreed to sell its stake in Supercell to
			// Tencent": the seller is the company the text is about, the
			// one this sentence opened with ("Vodafone entered India in
			// 2007, when it paid $11.1 billion for ...") or else one before
			first := firstBefore(s.Mentions, min(ws.tok[span.from], ws.tok[hits[0].at]), "")
			if held := ownedBefore(s.Mentions, s.Tokens, min(ws.tok[span.from], ws.tok[hits[0].at])); held != "" && held == first {
				// "Premier has owned Hovis since 2007, when it completed
				// its takeover of RHM": "it" is who owns, not Hovis, and
				// Hovis is no side of the takeover
				f.Parties = slices.DeleteFunc(slices.Clone(parties), func(p string) bool { return p == held })
				parties = f.Parties
				f.Anaphor = true
				if typ == model.Acquisition {
					f.Buyer = ""
				}
			} else if first != "" && !slices.Contains(parties, first) {
				f.Parties = append([]string{first}, parties...)
				parties = f.Parties
				if f.Buyer == "" && typ == model.Acquisition {
					f.Buyer = first
				}
			} else if first != "" && !possessiveMention(s, first) {
				// "Mayhoola has owned Valentino since 2012, when it bought
				// the house from Permira": "it" is the one named first
				if typ == model.Acquisition {
					f.Buyer = first
				}
			} else {
				f.Anaphor = true
				if typ == model.Acquisition {
					f.Buyer = "" // the one "it" stands for buys, not one named
				}
			}
		}
		if bids && len(parties) >= 2 {
			if agent := bidAgent(s.Mentions, s.Tokens, ws.tok[ch[0].at]); agent != "" && slices.Contains(parties, agent) {
				f.Buyer = agent // "Quorvex, which was offered $12 a share by Veltraco"
			} else if target := pricedShares(s.Mentions, s.Tokens); target != "" && (f.Buyer == "" || f.Buyer == target) {
				// "Per ogni azione Quorvex, Veltraco offre ...": the company
				// whose shares are priced is bid for, the other bids
				f.Buyer = firstOtherThan(parties, target)
			}
		}
		if len(parties) >= 2 && subject == "" && typ == model.Divestiture && dativeClitic(ws, ch[0].at, lang) && !recipientNamedIn(s.Mentions, s.Tokens, ws, span) &&
			!stakeWords(ws, span) {
			// "Emcore le vendió en 2003 su negocio TurboDisc", "Azrak-Hamway
			// le vendió sus líneas Remco y Child Guidance": the seller and
			// what it sells are named, the buyer is whom "le" stands for
			// (not "le vendió a Veeco su negocio", which names it, nor a
			// stake, which the clitic's partners or family may take: "gli
			// ha ceduto il 10% di Quorvex")
			f.Anaphor, f.Buyer = true, ""
		}
		if len(parties) == 2 && subject == "" && !f.Anaphor && typ == model.Divestiture && ownUnitSold(s.Mentions, s.Tokens, parties) {
			// "Its Cariflex unit went to DL", "traspasó a los coreanos su
			// negocio Cariflex": the unit sold and its buyer are named, the
			// seller is whose unit it is, the company referred to
			f.Anaphor = true
		}
		if typ == model.JointVenture && len(parties) == 1 && ventureOfTheTwo(parties[0], s.Mentions, s.Tokens, ws, ch[0].at) {
			// "Les deux groupes ... contrôlent AgReliant, leur
			// coentreprise": the venture named is the two's, whom the
			// article is about; its sides are they (see articleReports)
			f.Pair, f.Refers = true, true
		} else if len(parties) == 1 && !counter {
			// "the company will license X", "ha formato una partnership con
			// T-Mobile": the other side is a company named before
			f.Bought = apposed(ws, ch[0].at, nil) && participle(ws.w[ch[0].at]) || passiveAlone(ws, span, ch[0].at, s.Mentions) || arrived(ws, ch[0].at)
			if f.Anaphor = ante != "" && !anteSubject || pronounIt || elided || ownerUnnamed || anaphor(ws, span, s.Mentions, hits) || counterpart(s.Mentions, ws, ch[0], lang) ||
				reported(ws, span, typ) || f.Bought || typeClassOf(typ) == transfer && dativeClitic(ws, ch[0].at, lang); f.Anaphor && (topicNamed(ws, s.Mentions) || opensWithTheDeal(ws, hits)) && definite(ws, ch) >= 0 {
				// "For Engie, the disposal is part of a plan to simplify the
				// group": the deal the article told, of the company it is
				// about; no other side to look for
				f.Anaphor, f.Refers = false, true
			} else if !f.Anaphor {
				// "LVMH said it could not complete the acquisition": the
				// article's deal, if LVMH is one of its sides
				d := definite(ws, ch)
				// "Il a cédé ses confiseries à l'italien Ferrero pour 2,8
				// milliards": one side named, the other not; with its price
				// it may still be matched to another outlet's report
				f.Lone = d < 0
				f.Indefinite = f.Lone && indefiniteAfter(ws, ch[0].at)
				f.Refers = !f.Lone
				// "die geplante Übernahme des Chipherstellers NXP": the one
				// named is what the deal is of
				f.OfNamed = f.Refers && !f.Generic && targetAfterOf(ws, span, ch[d].at, s.Mentions) != "" && !otherClauseStates(hits, cs, ci)
			}
		}
		// the price may trail in clauses that state nothing of their own:
		// "... la venta de sus torres a American Towers, la filial de
		// Telxius, por valor de 7.700 millones de euros"
		priceEnd := span.to
		k := ci + 1
		for k < len(cs) && cs[k].from < span.to {
			k++ // the neighbour the parties were read in
		}
		for ; k < len(cs) && !hasHitIn(hits, cs[k]); k++ {
			priceEnd = cs[k].to
		}
		from, to := s.Tokens[ws.tok[span.from]].Start(), s.Tokens[ws.tok[priceEnd-1]].End()
		if own := s.Tokens[ws.tok[c.from]].Start(); own > from {
			// the clause's own price first: the parties read before it
			// may have taken in another deal's ("... for $240 million, and
			// within a week it struck a deal to acquire R2 Technology, ...,
			// for $220 million")
			f.Value = firstAmountIn(amounts, own, to)
		}
		if f.Value == nil {
			f.Value = firstAmountIn(amounts, from, to)
		}
		if v := amountRightBefore(amounts, s.Text, s.Tokens[ws.tok[ch[0].at]].Start()); v != nil && !elidedVerbAt(ws, ch[0].at) {
			// "… for $780 million, and it completed the $170 million
			// purchase of Red Bend": the figure its deal word carries
			f.Value = v
		}
		if f.Lone {
			if f.Value != nil || len(f.Date) >= 4 || sideNamedNext(s.After) || pluralSubject(ws, span) {
				// (or "OC Oerlikon verkauft ... nach China. Käufer ... ist
				// die Jinsheng-Gruppe": the next sentence names the other
				// side; or "Die Franzosen übernahmen Quorvex": the caller may
				// read who its subject is)
				lone = append(lone, f)
			}
			continue
		}
		if !examplesRead {
			examplesRead, named = true, examples(s.Mentions, s.Tokens)
		}
		if onlyExamples(f, s.Mentions, named) {
			continue // "Konkurrenten wie Attero und Remondis dürften den Zusammenschluss beobachten": examples of a market, no sides
		}
		if f.Type == model.Merger && integrationOfPurchase(ws, ch, out) && len(partiesIn(s.Mentions, ws, c)) < 2 {
			// "la compra de Neoplan, ..., cuya integración quedó cerrada
			// en 2001": the purchase's integration, no merger of its own
			// (but "mentre l'integrazione tra Brindle e Daxmoor": two
			// others named in the clause merge)
			continue
		}
		if bidder, target := offerOfWhose(s.Mentions, ws, c, out); bidder != "" && typeClassOf(f.Type) == transfer {
			// "EA agreed to buy Codemasters, snatching it from Take-Two
			// Interactive, whose $1 billion offer was allowed to lapse":
			// the offer is the company's before "whose", for what the
			// deal before bought
			f.Parties, f.Buyer = []string{bidder, target}, bidder
		}
		if split := eachForItsPrice(f, s, ws, span, ch, amounts, dates, from, to); split != nil {
			out = append(out, split...)
			continue
		}
		if !f.Refers && (len(f.Parties) >= 2 || f.Anaphor && generic) && (generic || typeClassOf(typ) != transfer) {
			// "Nell'ambito dell'intesa ... Mayhoola", "the partnership with
			// Mayhoola": the deal the reader knows, as a word of its own
			f.Definite = definite(ws, ch) >= 0
		}
		out = append(out, f)
		if (typ == model.Licensing || typ == model.Partnership) && !bound && !paidUpfront && buysGoods(ch) && goods(ch, ws, c, lang) {
			// "will license Nokia's patents and purchase telecom
			// equipment from it": a supply deal told beside the licence
			g := f
			g.Type, g.Value = model.Supply, nil
			out = append(out, g)
		}
	}
	if len(out) == 1 && out[0].Value == nil && len(amounts) > 0 {
		a := amounts[0]
		out[0].Value = &model.Money{Value: a.Value, Currency: a.Currency}
	}
	if len(out) == 1 && out[0].Status == model.Announced {
		// the sentence's status, but for a failure it opens on as the
		// background of this deal ("Dopo un primo tentativo fallito, X e Y
		// hanno trovato l'accordo")
		// (a rival's bid the deal saw off tells none of its status)
		start := backgroundEnd(ws)
		from, to := rivalBidAside(ws)
		from, to = max(from, start), max(to, start)
		out[0].Status = strongerStatus(statusOf(ws, clause{start, from}), statusOf(ws, clause{to, len(ws.w)}))
	}
	if len(out) > 0 {
		return dedupe(pricesTheOther(out)) // the sentence tells its deal: a lone side of it is that deal's
	}
	return lone
}

// firstAmountIn is the first of amounts that starts in text[from:to], nil
// for none.
func firstAmountIn(amounts []money.Amount, from, to int) *model.Money {
	for _, a := range amounts {
		if a.Start >= from && a.Start < to {
			return &model.Money{Value: a.Value, Currency: a.Currency}
		}
	}
	return nil
}

// amountRightBefore is the amount that ends right before the deal word at
// byte offset at, a space or a hyphen between ("the $170 million
// purchase", "a €1.2bn takeover"); nil for none.
func amountRightBefore(amounts []money.Amount, text string, at int) *model.Money {
	for _, a := range amounts {
		if a.End <= at && a.End >= at-2 && strings.Trim(text[a.End:at], " -") == "" {
			return &model.Money{Value: a.Value, Currency: a.Currency}
		}
	}
	return nil
}

// sideOpening reads a clause that opens, after a semicolon, by naming
// the buyer or the seller ("; Käufer war der Einzelhändler CP All", ";
// the buyer is Quorvex"): the company, within five words of the copula
// after the agent noun, and whether it buys.
func sideOpening(ws words, c clause, ms []Mention) (company string, buyer, ok bool) {
	k := c.from
	if k >= c.to || ws.w[k] != ";" {
		return "", false, false
	}
	if k++; k < c.to && determiners.Has(ws.w[k]) {
		k++
	}
	if k+1 >= c.to || !agentNoun(ws.w[k]) || !copulas[ws.w[k+1]] {
		return "", false, false
	}
	for _, m := range ms {
		if at := ws.indexOfToken(m.From); at > k+1 && at <= k+6 && at < c.to {
			return m.Company, buyerNouns.Has(ws.w[k]), true
		}
	}
	return "", false, false
}

// sellerClause reads a clause after a comma that tells who sold the
// company just named, in a participle or a relative clause ("Avira, sold
// by Investcorp", "ceduta dal fondo Investcorp", "cédé par le fonds Oak
// Hill", "que le vendió el fondo Investcorp"): the seller. The verb opens
// the clause after at most three little words; the seller is the first
// company within five words after it, once "by" or a pronoun for the
// buyer ("le", "gli") has said it is who sold.
func sellerClause(ws words, c clause, ms []Mention) (string, bool) {
	k := c.from
	if k >= c.to || ws.w[k] != "," {
		return "", false
	}
	k++
	toBuyer := false // "que le vendió": sold to the buyer, the seller its subject
	for n := 0; n < 3 && k < c.to && relativeOpeners[ws.w[k]]; n++ {
		toBuyer = toBuyer || buyerPronouns[ws.w[k]]
		k++
	}
	if k >= c.to || !soldForms[ws.w[k]] {
		return "", false
	}
	// the seller is who sold: the agent after "by" ("ceduta dal fondo
	// Investcorp"), or the subject after the verb of "que le vendió";
	// not a company sold or sold to ("sold Brindle to Daxmoor")
	agent := toBuyer
	for at := k + 1; at < c.to && at <= k+5; at++ {
		if agentPrepositions[ws.w[at]] {
			agent = true
		}
		if toWords[ws.w[at]] {
			return "", false
		}
		if m, ok := mentionStarting(ms, ws.tok[at]); ok {
			if !agent {
				return "", false
			}
			return m.Company, true
		}
	}
	return "", false
}

// mentionStarting is the mention that starts at token tok.
func mentionStarting(ms []Mention, tok int) (Mention, bool) {
	for _, m := range ms {
		if m.From == tok {
			return m, true
		}
	}
	return Mention{}, false
}

// relativeOpeners open a relative clause about the company before and
// its buyer: "que le vendió", "che gli ha ceduto", "which".
var relativeOpeners = set(`which that que qui che le lui gli ha a den die das`)

// buyerPronouns stand for the buyer in a relative clause of its seller:
// "que le vendió el fondo Investcorp", "che gli ha ceduto".
var buyerPronouns = set(`le lui gli`)

// agentPrepositions name who did what a participle tells: "sold by".
var agentPrepositions = set(`by da dal dalla dallo dai dalle par por von vom durch door`)

// toWords name whom something is sold to.
var toWords = set(`to a al alla allo ai alle au aux an`)

// soldForms are the participles and past forms of selling that tell, after
// a company's name, who sold it.
var soldForms = set(`sold ceduta ceduto ceduti cedute venduta venduto cede cedee cedes cedees vendu vendue vendida vendido vendio
	verkauft abgegeben`)

// ownScope is clause ci with the clauses around it that tell no deal of
// their own with companies of their own: where what its deal is may be
// said ("paid $2.45 billion for Spinnaker, and Statoil agreed to pay $700
// million for Plains's stakes": the stakes are the second clause's).
func ownScope(cs []clause, hits []hit, ms []Mention, ws words, ci int) clause {
	ownDeal := func(c clause) bool { return hasHitIn(hits, c) && namesParty(ms, ws, c) }
	from, to := ci, ci
	for from > 0 && !ownDeal(cs[from-1]) {
		from--
	}
	for to+1 < len(cs) && !ownDeal(cs[to+1]) && !newSubjectAhead(cs, hits, ms, ws, to+1) {
		to++
	}
	return clause{cs[from].from, cs[to].to}
}

// newSubjectAhead: clause k opens with "and" and, before the next deal
// word, names a company of its own ("..., y su primer accionista, el
// francés Crédit Agricole, ha recibido autorización para elevar su
// participación"): another deal begins there.
func newSubjectAhead(cs []clause, hits []hit, ms []Mention, ws words, k int) bool {
	if cs[k].to-cs[k].from < 2 || !conjunctionSet.Has(ws.w[cs[k].from+1]) && !conjunctionSet.Has(ws.w[cs[k].from]) {
		return false
	}
	named := false
	for ; k < len(cs); k++ {
		if namesParty(ms, ws, cs[k]) {
			named = true
		}
		if hasHitIn(hits, cs[k]) {
			return named
		}
	}
	return false
}

// backgroundEnd is where the clause a sentence opens with "after" ends
// ("After a first attempt failed five years ago, ..."): at its comma,
// where the clauses break; 0 when the sentence opens otherwise.
func backgroundEnd(ws words) int {
	if len(ws.w) == 0 || !backgroundOpeners[ws.w[0]] {
		return 0
	}
	for i, w := range ws.w {
		if w == "," {
			return i
		}
	}
	return 0
}

var backgroundOpeners = set(`after following dopo tras despues apres nach nachdem`)

// possessiveMention: the sentence first names company c in the
// possessive ("Veltraco's owner").
func possessiveMention(s Sentence, c string) bool {
	for _, m := range s.Mentions {
		if m.Company == c {
			return m.To > 0 && s.Tokens[m.To-1].Poss()
		}
	}
	return false
}

// quoted: the sentence opens on a quotation mark, or ends one with its
// speaker ("... sous-estimée », note Bastien Loiseau, gérant chez X").
func quoted(text string) bool {
	t := strings.TrimSpace(text)
	r, _ := utf8.DecodeRuneInString(t)
	if strings.ContainsRune(`"“«„‘`, r) {
		return true
	}
	for _, q := range []string{"» ,", "»,", "”,", "\","} {
		if strings.Contains(t, q) {
			return true
		}
	}
	return false
}

// quotedAlone: the whole sentence is a quotation; who says it is told
// in a sentence next to it.
func quotedAlone(text string) bool {
	t := strings.TrimSpace(text)
	last, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(`"”“«»'’`, last)
}

// opinion: the words of a person, by the words around them: an analyst,
// or someone saying "we", "I", "you".
func opinion(toks []segment.Token) bool {
	for _, t := range toks {
		w := strings.ToLower(t.Text())
		if personalWords[w] || analystWord(w) {
			return true
		}
	}
	return false
}

// analystQuoted: the sentence opens on an analyst who speaks in it, and
// quotes ("Per Giulio Rossi, analista di Banca X, l'operazione «è
// razionale»", "Hermione Vale, an analyst at Y, said ... \"Z paid up\"",
// "Analyst Jan Vogt vom Bankhaus X hält ... „Z kauft günstig“"): a view
// of the deal. The analyst is a person named before the sentence tells
// anything else: "Name, analyst at Firm" or "Analyst First Last" opening
// it. An analyst quoted after a deal told ("a price analyst Jan Vogt
// called \"steep\""), analysts at large, a company that is an analyst
// ("Quorvex, the analyst for Asian markets"), a founder once an analyst
// and an "Analyst Day" leave the deal.
func analystQuoted(s Sentence) bool {
	for i, t := range s.Tokens[:min(max(len(s.Tokens)-2, 0), analystOpening)] {
		if !analystNouns[t.Folded()] {
			continue
		}
		next, after := s.Tokens[i+1], s.Tokens[i+2]
		named := i == 0 && next.Cap() && after.Cap() && !next.Punct() && !after.Punct() // "Analyst Jan Vogt"
		if !named && employerPrepositions[next.Folded()] {
			named = personBefore(s, i) // "Giulio Rossi, analista di"
		}
		// (the quote asked only of the few sentences naming an analyst)
		if named && strings.ContainsAny(s.Text, quotationMarks) {
			return true
		}
	}
	return false
}

// personBefore: a comma, an article allowed after it, stands before the
// token at i, and a person's name that is no company's before the comma
// ("Hermione Vale, an analyst").
func personBefore(s Sentence, i int) bool {
	k := i - 1
	if k >= 0 && analystArticles[s.Tokens[k].Folded()] {
		k--
	}
	// a given name and a surname before the comma, not a day or a month
	// after a preposition ("On Tuesday, an analyst at")
	if k < 2 || s.Tokens[k].Text() != "," || !s.Tokens[k-1].Cap() || !s.Tokens[k-2].Cap() || s.Tokens[k-2].Punct() || datePrepositions[s.Tokens[k-2].Folded()] {
		return false
	}
	for _, m := range s.Mentions {
		if m.From <= k-1 && k-2 < m.To {
			return false // "Quorvex Partners, the analyst for Asian markets": a company
		}
		if m.To <= k-2 {
			return false // "Veltraco hired Jan Vogt, an analyst at": the sentence is about a company first
		}
	}
	return true
}

var datePrepositions = set(`on in at by since until during en dans depuis am im seit nel nella a el desde`)

// analystOpening is how many words may open a sentence before the
// analyst who speaks in it ("Pour Gwenaëlle Le Bihannic, analyste").
const analystOpening = 8

// quotationMarks open or close a quotation in the languages read (not
// the apostrophe, which "Nokia’s" writes with ’).
const quotationMarks = `"“”«»„`

var (
	analystNouns         = set(`analyst analista analyste`)
	analystArticles      = set(`an a the un una une l`)
	employerPrepositions = set(`at of with for chez de di del della dello da vom von bei en du`)
)

var personalWords = set(`we our us i my you your noi nostro nostra nous notre vous nosotros nuestro nuestra wir unser unsere ich`)

// maxSentenceTokens bounds the work one "sentence" of untrusted text can
// cost: clause by clause reading is quadratic in the worst case.
const maxSentenceTokens = 400

// otherClauseStates: another clause of the sentence has deal words of its own.
func otherClauseStates(hits []hit, cs []clause, ci int) bool {
	for k, c := range cs {
		if k != ci && hasHitIn(hits, c) {
			return true
		}
	}
	return false
}

// partnerAfter: a side noun ("partner", "socio") follows the deal word at
// i within two words: the deal describes a company.
func partnerAfter(ws words, i int) bool {
	for k := i + 1; k < len(ws.w) && k <= i+2; k++ {
		if sideNouns[strings.TrimSuffix(ws.w[k], "s")] {
			return true
		}
	}
	return false
}

// dropNamed appends to out the trigger words of hs that are not part of a
// company's name ("Fortress Investment Group") or of a kind of company
// ("investment fund").
func dropNamed(out, hs []hit, ws words, ms []Mention, toks []segment.Token, lang string) []hit {
next:
	for _, h := range hs {
		tok := ws.tok[h.at]
		for _, m := range ms {
			if tok >= m.From && tok < m.To {
				continue next
			}
		}
		if h.at+1 < len(ws.w) && kindOfCompany[ws.w[h.at+1]] && !kindOfObject(ws, h.at) || companyKindBefore(ws, h.at) || companyCompound(ws.w[h.at]) {
			continue
		}
		if h.kind == model.JointVenture && partnerAfter(ws, h.at) {
			continue // "to joint-venture partner Viacom": who a side is, not a deal
		}
		if h.at > 0 && paymentNouns[ws.w[h.at]] && (determiners.Has(ws.w[h.at-1]) || countDeterminers[ws.w[h.at-1]]) {
			continue // "el primer pago", "il pagamento": a payment, not a purchase
		}
		if payWords[ws.w[h.at]] && paysAFee(ws, h.at) {
			continue // "KCS will pay it a $700 million break fee": a fee, not a purchase
		}
		if h.kind == model.Merger && h.at+1 < len(ws.w) && ws.w[h.at+1] == "combine" && intoItsOwn(ws, h.at+2) {
			continue // "plans to combine Britvic with its own UK operations": an integration, not a merger
		}
		if h.kind == model.Divestiture && h.at > 0 && ws.w[h.at] == "sold" && h.at+1 < len(ws.w) && channelWords[ws.w[h.at+1]] && !auxiliaries[ws.w[h.at-1]] {
			continue // "the flight product sold on Booking.com": goods sold through a channel
		}
		if h.kind == model.Divestiture && h.at >= 2 && ws.w[h.at-2] == "what" && (ws.w[h.at-1] == "it" || ws.w[h.at-1] == "they") {
			continue // "most of what it sells": the goods it trades in, no sale
		}
		if h.kind == model.Merger && h.at+2 < len(ws.w) && ws.w[h.at+1] == "with" && possessiveMentionAt(ms, toks, ws.tok[h.at+2]) {
			continue // "a combination with Roche's CT-388": products combined, no merger
		}
		if negated(ws, h.at) {
			continue // "Nintendo non cede il controllo", "did not buy": no deal
		}
		if ws.w[h.at] == "minority" && h.at+1 < len(ws.w) && (shareholderNouns[ws.w[h.at+1]] || ws.w[h.at+1] == "investors" || ws.w[h.at+1] == "holders") {
			continue // "INWIT's minority shareholders must approve": who votes, not a stake bought
		}
		if timedBy(ws, h.at) {
			continue // "before the takeover": a time, told by a deal told elsewhere
		}
		if wished(ws, h.at) {
			continue // "Cellnex, que aspiraba a hacerse con las torres": a wish, no deal
		}
		if h.kind == model.Supply && supplyChain(ws, h.at) {
			continue // "the supply chain", "la cadena de suministro", "Lieferketten": how goods flow, not a deal
		}
		if h.kind == model.JointVenture && strings.HasPrefix(ws.w[h.at], "venture") && h.at+1 < len(ws.w) && strings.HasPrefix(ws.w[h.at+1], "capital") {
			continue // "a venture capital firm": who invests, not a venture
		}
		if investVerbs[ws.w[h.at]] && aimless(ws, h.at, lang) {
			continue // "would keep investing in the company": investing in general, no deal
		}
		if h.at+1 < len(ws.w) && strings.HasSuffix(ws.w[h.at], "ed") && (businessWords[ws.w[h.at+1]] || ws.w[h.at+1] == "entity") {
			continue // "the merged entity", "the acquired business": what, not a deal
		}
		out = append(out, h)
	}
	return out
}

// investVerbs put money in; the nouns (a stake, an investment) name what
// was put in and are left to the rest of the reading.
var investVerbs = set(`invest invests invested investing investe investire investono investiva invierte invierten invertir invertia investit investir investissent investissait investiert investieren investierte investierten investeert investeren`)

// aimless: the invest verb at i has neither a figure nor a company in the
// six words after it, or, where the verb comes last, before it ("would
// keep investing in the company", "capable d'investir durablement dans la
// fibre", "la holding attraverso cui investe il finanziere"): investing
// in general, no deal.
func aimless(ws words, i int, lang string) bool {
	from := i + 1
	if verbLast[lang] {
		from = max(0, i-6)
	}
	for k := from; k < len(ws.w) && k <= i+6; k++ {
		if k != i && (ws.named[k] || strings.ContainsAny(ws.w[k], "0123456789") || money.IsWord(ws.w[k])) {
			return false
		}
	}
	return true
}

// withoutSubjectApposition drops the companies named inside the
// apposition of a subject told by what it is ("El grupo, principal
// accionista de FamilyMart, lleva años ...: en 2012 acordó comprar Dole"):
// they describe the subject, which is another company, not theirs.
func withoutSubjectApposition(ms []Mention, toks []segment.Token) []Mention {
	if len(ms) == 0 || len(toks) < 4 || !subjectDeterminers[toks[0].Folded()] {
		return ms
	}
	open := -1
	for k := 1; k <= 3 && k < len(toks); k++ {
		if toks[k].Text() == "," {
			if anaphors[toks[k-1].Folded()] && k > 1 {
				open = k
			}
			break
		}
		if toks[k].Punct() || toks[k].Cap() {
			return ms // a name in the subject: "The group's Veltraco unit"
		}
	}
	if open < 0 || open+1 < len(toks) && relativeWords[toks[open+1].Folded()] {
		return ms // "Il gruppo, che nel 2008 aveva rilevato Benfield,": a deal of its own
	}
	close := -1
	for k := open + 1; k < len(toks); k++ {
		if toks[k].Text() == "," {
			close = k
			break
		}
	}
	if close < 0 || slices.ContainsFunc(ms, func(m Mention) bool { return m.From == open+1 && m.To == close }) {
		return ms // (but "The company, Edizione, bought": the name alone, which the subject is)
	}
	var out []Mention
	for _, m := range ms {
		if m.From < open || m.From > close {
			out = append(out, m)
		}
	}
	return out
}

// withoutCoInvestors drops the investors a round names after its lead
// ("a series B led by Stripes Group, with Emerson Collective and
// Betaworks also taking part", "liderada por Stripes Group, en la que
// también entraron ..."): they join the round, the lead and the company
// that raises it are its sides.
func withoutCoInvestors(ms []Mention, toks []segment.Token) []Mention {
	lead := -1 // the first mention after "led by"
	for i := 0; i+1 < len(toks) && lead < 0; i++ {
		if !leadWords.Has(toks[i].Folded()) || !leadPrepositions[toks[i+1].Folded()] {
			continue
		}
		for j, m := range ms {
			if m.From > i+1 && m.From <= i+6 {
				lead = j
				break
			}
		}
	}
	if lead < 0 {
		return ms
	}
	co := -1
	for i := ms[lead].To; i < len(toks) && co < 0; i++ {
		if coInvestorMarks[toks[i].Folded()] {
			co = i
		}
	}
	if co < 0 {
		return ms
	}
	out := make([]Mention, 0, len(ms))
	for _, m := range ms {
		if m.From < co || m.Company == ms[lead].Company {
			out = append(out, m)
		}
	}
	return out
}

// leadWords are asked of every word of a sentence with a deal word: a set
// that tells most words absent by their shape, without hashing them
var leadWords = lists.SetOf(set(`led co-led liderada liderado encabezada encabezado guidata guidato capitanata menee mene conduite conduit`))

var leadPrepositions = set(`by por da dal dalla dallo par`)

var coInvestorMarks = set(`with alongside joined tambien anche aussi`)

// agreementOnly: the clause's deal words are all generic, and one is a
// word for an understanding ("intesa"), which names no kind of deal.
func agreementOnly(hs []hit, ws words) bool {
	named := false
	for _, h := range hs {
		if h.kind != generic {
			return false
		}
		named = named || agreementWords[ws.w[h.at]]
	}
	return named
}

var agreementWords = set(`intesa intese entente ententes`)

// withoutOtherNames drops a company named as another name of the one
// before ("China Lodging Group, the Shanghai operator also known as
// Huazhu", "better known as Digital First Media", "conocida como",
// "connu sous le nom de"): one side, not two. Most sentences have none,
// and get ms back.
func withoutOtherNames(ms []Mention, toks []segment.Token) []Mention {
	other := func(m Mention) bool {
		return m.From >= 2 && otherNameLinks[toks[m.From-1].Folded()] && knownAsWords[toks[m.From-2].Folded()]
	}
	if !slices.ContainsFunc(ms, other) {
		return ms
	}
	out := make([]Mention, 0, len(ms))
	for i, m := range ms {
		if i == 0 || !other(m) {
			out = append(out, m)
		}
	}
	return out
}

var (
	otherNameLinks = set(`as come como als de`)
	knownAsWords   = set(`known conosciuta conosciuto nota noto conocida conocido bekannt nom`)
)

// withoutVehicles drops the companies a side acts through ("will buy the
// business through its wholly owned subsidiary China Duty Free
// International", "via sa filiale Hongkong Jingang", "a través de su
// filial hospitalaria, Helios", "über seine Tochter X"): the subsidiary
// is the side's instrument, not a side of its own.
func withoutVehicles(ms []Mention, toks []segment.Token) []Mention {
	return dropMentions(ms, func(m Mention) bool { return vehicleBefore(toks, m.From) || vehicleNamedFirst(toks, m) })
}

// dropMentions is ms without the mentions drop says, a new array only
// when one is dropped: most sentences keep all theirs.
func dropMentions(ms []Mention, drop func(Mention) bool) []Mention {
	var out []Mention
	for i, m := range ms {
		if drop(m) {
			if out == nil {
				out = append(make([]Mention, 0, len(ms)), ms[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, m)
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// withoutParentsOfUnits drops, from a sentence that tells no sale,
// purchase, stake or merger, a company named only as the parent of the
// units that are the sides ("Die Veltraco-Töchter Quorvex und Brindle
// wollen gemeinsam ... entwickeln", "Veltraco's units Quorvex and Brindle
// will jointly develop", "mit der Eni-Chemietochter Versalis"): glued to
// a German noun of a unit before the unit's name, or owning plural
// units named after it.
func withoutParentsOfUnits(hs []hit, ms []Mention, toks []segment.Token) []Mention {
	if slices.ContainsFunc(hs, func(h hit) bool { return typeClassOf(h.kind) == transfer }) {
		return ms // "Brindle übernimmt die Veltraco-Tochter Quorvex": the parent sells
	}
	return dropMentions(ms, func(m Mention) bool { return parentOfUnits(ms, toks, m) })
}

// parentOfUnits: m is named as the parent of units named right after.
func parentOfUnits(ms []Mention, toks []segment.Token, m Mention) bool {
	startsMention := func(k int) bool {
		return slices.ContainsFunc(ms, func(o Mention) bool { return o.From == k })
	}
	k := m.To
	if k+2 < len(toks) && toks[k].Text() == "-" && strings.HasSuffix(toks[k+1].Folded(), "tochter") {
		return startsMention(k + 2) // "Eni-Chemietochter Versalis"
	}
	if k+1 < len(toks) && toks[k-1].Poss() && pluralUnitNouns[toks[k].Folded()] {
		return startsMention(k + 1) // "Veltraco's units Quorvex and Brindle"
	}
	return false
}

var pluralUnitNouns = set(`units subsidiaries affiliates`)

// vehicleBefore: the words before token from say through which unit of
// its own a side acts: a word of means ("through", "via", "tramite",
// "über", "a través de", "par l'intermédiaire de"), a possessive or the
// Italian article ("attraverso la controllata Inverbeira"; not "through a
// special purpose acquisition vehicle, Brindle", nor "über die Tochter",
// in German about the unit), at most three words that describe ("wholly
// owned", "Belgian") and a noun of a unit ("subsidiary", "filiale",
// "Tochter"), a comma maybe between it and the name.
func vehicleBefore(toks []segment.Token, from int) bool {
	k := from - 1
	if k >= 0 && toks[k].Text() == "," {
		k--
		if k >= 1 && !toks[k].Punct() && !toks[k].Cap() && vehicleNouns.Has(toks[k-1].Folded()) {
			k-- // "su filial hospitalaria, Helios" (not "its unit to Quorvex")
		}
	}
	if k >= 1 && vehicleAdjectives[toks[k].Folded()] && vehicleNouns.Has(toks[k-1].Folded()) {
		k-- // "a través de su sociedad instrumental Gaillon Invest II": the adjective after the noun
	}
	if k < 0 || !vehicleNouns.Has(toks[k].Folded()) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		f := toks[j].Folded()
		if toks[j].Punct() && f != "-" {
			return false
		}
		if possessiveWords[f] || italianArticles[f] {
			if j > 1 && italianArticles[toks[j-1].Folded()] {
				j-- // "tramite la sua controllata"
			}
			return j > 0 && meansWords[toks[j-1].Folded()] || j > 1 && meansPairs[toks[j-2].Folded()+" "+toks[j-1].Folded()]
		}
	}
	return false
}

// vehicleNamedFirst: the mention m is a side's unit named before its noun,
// after a word of means and a possessive ("through its Gaillon Invest II
// holding company", "via its Brindle unit").
func vehicleNamedFirst(toks []segment.Token, m Mention) bool {
	return m.From >= 2 && m.To < len(toks) && possessiveWords[toks[m.From-1].Folded()] && meansWords[toks[m.From-2].Folded()] &&
		vehicleNouns.Has(toks[m.To].Folded())
}

// vehicleAdjectives follow a vehicle's noun in the Romance languages
// (not "su filial compró Brindle", "its subsidiary until Brindle").
var vehicleAdjectives = set(`instrumental strumentale instrumentale veicolo vehicule vehiculo`)

var (
	vehicleNouns = lists.SetOf(set(`subsidiary subsidiaries unit arm vehicle affiliate filiale filial controllata controlada veicolo vehiculo vehicule
		tochter tochtergesellschaft tochterfirma beteiligungsgesellschaft holding sociedad societe societa`))
	italianArticles = set(`la il`)
	meansWords      = set(`through via tramite attraverso uber mittels`)
	meansPairs      = set2(`traves de|intermediaire de`)
)

// withoutAdded drops the company an opening "besides" adds to the
// sentence ("Oltre a Elpida, nel 2010 aveva acquistato Numonyx", "Además
// de Elpida, se quedó con Numonyx"): told before, it is neither the
// sentence's subject nor a side of its deal.
func withoutAdded(ms []Mention, toks []segment.Token) []Mention {
	if Added(toks, ms) {
		return ms[1:]
	}
	return ms
}

// Added reports whether the sentence opens by adding its first company to
// what it goes on to tell ("Besides Elpida, it bought Numonyx"): the
// subject is whoever had the first one, not that company.
func Added(toks []segment.Token, ms []Mention) bool {
	if len(ms) == 0 || len(toks) < 4 {
		return false
	}
	k := 1
	if !besidesWords[toks[0].Folded()] {
		if !besidesPairs[toks[0].Folded()+" "+toks[1].Folded()] {
			return false
		}
		k = 2
	}
	if k+1 < len(toks) && (toks[k].Folded() == "to" || toks[k].Folded() == "a" || toks[k].Folded() == "de") {
		k++ // "in addition to", "oltre a", "además de"
	}
	m := ms[0]
	return m.From == k && m.To < len(toks) && toks[m.To].Text() == ","
}

var (
	besidesWords = set(`besides oltre ademas outre neben ausser`)
	besidesPairs = set2(`in addition|en plus|aparte de|a parte`)
)

var (
	subjectDeterminers = set(`the el la il lo le der die das this`)
	// relativeWords are the relative pronouns relativeTo reads, and those
	// an apposition's clause may also open with
	relativeWords = union(relatives, set(`that quien der die das`))
)

// timedBy: the deal word at i, with its article, follows a preposition of
// time ("before the takeover", "dopo l'acquisizione", "seit der
// Übernahme"): it dates another clause by a deal the text told, and
// tells none.
func timedBy(ws words, i int) bool {
	if i < 2 || !determiners.Has(ws.w[i-1]) {
		return false
	}
	return timePrepositions[ws.w[i-2]] || i >= 3 && ws.w[i-2] == "de" && timePrepositions[ws.w[i-3]]
}

var timePrepositions = set(`before after since until prima dopo avant apres depuis antes despues desde vor nach seit bis`)

// channelWords say where goods are sold: "sold on Booking.com".
var channelWords = set(`on through via online`)

// auxiliaries before a participle make it a verb: "was sold on Monday".
var auxiliaries = set(`was were is are be been has have had`)

// possessiveMentionAt: a company is named in the possessive from token
// tok ("Roche's").
func possessiveMentionAt(ms []Mention, toks []segment.Token, tok int) bool {
	for _, m := range ms {
		if m.From == tok {
			return toks[m.To-1].Poss()
		}
	}
	return false
}

// negated: one of the two words before the deal word at i denies it
// ("non cede", "did not buy", "n'a pas racheté", "nicht verkaufen").
func negated(ws words, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if ws.negation(k) || k == i-1 && negations[ws.w[k]] {
			return true // (a prefix of the deal word itself denies it: "a non-merger")
		}
	}
	return false
}

// negation: word k denies, and is no prefix joined by a hyphen to the
// word after it ("non-exclusive licence", "non-binding offer", "non-core"),
// which folding splits into two words of one token.
func (ws words) negation(k int) bool {
	return negations[ws.w[k]] && (k+1 >= len(ws.w) || ws.tok[k+1] != ws.tok[k])
}

// wished: a verb of hoping or demanding stands within the four words
// before the deal word at i ("aspiraba a hacerse con", "had hoped to buy",
// "chiedeva da anni lo scorporo").
func wished(ws words, i int) bool { return precededBy(ws, i, 4, wishes) }

// soldThroughChannel: the clause sells through a channel ("through
// Kubota's dealer network", "über das Kubota-Netz", "attraverso la rete
// di"): a channel's preposition, then a word of one within five words.
// What is sold so is goods, which the channel distributes.
func soldThroughChannel(ws words, c clause) bool {
	for i := c.from; i < c.to; i++ {
		if !channelPrepositions.Has(ws.w[i]) {
			continue
		}
		for k := i + 1; k < c.to && k <= i+5; k++ {
			if channelNouns[ws.w[k]] {
				return true
			}
		}
	}
	return false
}

var channelPrepositions = lists.SetOf(set(`through via uber attraverso tramite traves mediante intermediaire`))

var channelNouns = set(`network networks dealer dealers dealership dealerships distributor distributors retailers stores shops outlets channels
	netz netzwerk handler handlernetz vertriebsnetz vertriebsnetzwerk filialen rete reti concessionari distributori negozi canali
	red redes concesionarios distribuidores tiendas canales reseau reseaux concessionnaires distributeurs magasins canaux`)

// beatenBefore: a word of winning a company over a rival stands within
// the eight words before word k ("snatching it from Take-Two", "strappandola
// a", "arrebatándosela a", "soufflant à", "outbidding"): the rival named
// then lost what the buyer bought.
func beatenBefore(ws words, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		for _, p := range beatStems {
			if strings.HasPrefix(ws.w[j], p) {
				return true
			}
		}
	}
	return false
}

var beatStems = []string{"snatch", "beat", "outbid", "trumping", "trumped", "wrest", "defeat", "besting", "bested", "prevail", "seeing", "edging", "edged",
	"strapp", "soffi", "sconfigg", "battendo", "superando", "arrebat", "derrot", "venciendo", "souffl", "devan", "ausgestoch", "ausstech", "uberbot", "uberbiet"}

// integrationOfPurchase: the clause's deal words are all words of
// integrating, after a purchase the sentence told before.
func integrationOfPurchase(ws words, ch []hit, before []Found) bool {
	if !slices.ContainsFunc(before, func(f Found) bool { return f.Type == model.Acquisition }) {
		return false
	}
	return len(ch) > 0 && !slices.ContainsFunc(ch, func(h hit) bool { return !integrationWords[ws.w[h.at]] })
}

var integrationWords = set(`integration integracion integrazione integrations`)

// offerOfWhose reads a clause that opens on a possessive relative after
// a company and names none ("…, whose offer lapsed", "…, dont l'offre",
// "…, cuya oferta", "…, dessen Angebot"): that company bids, for the
// company the sentence's deal before bought. "" when the clause is not so.
func offerOfWhose(ms []Mention, ws words, c clause, before []Found) (bidder, target string) {
	if c.from+1 >= c.to || ws.w[c.from] != "," || !possessiveRelatives[ws.w[c.from+1]] || len(before) == 0 || len(partiesIn(ms, ws, c)) > 0 ||
		!slices.ContainsFunc(ws.w[c.from:c.to], func(w string) bool { return offerNouns[w] }) {
		return "", "" // (an offer: not "la compra de Neoplan, la marca de Gottlob Auwärter, cuya integración quedó cerrada")
	}
	for _, m := range ms {
		if m.To == ws.tok[c.from] {
			bidder = m.Company
		}
	}
	if !beatenBefore(ws, c.from) {
		return "", "" // (not "a year after fending off Brindle, whose offer lapsed": a bid for the buyer itself)
	}
	last := before[len(before)-1]
	if bidder == "" || last.Buyer == "" || last.Buyer == bidder || typeClassOf(last.Type) != transfer {
		return "", ""
	}
	for _, p := range last.Parties {
		if p != last.Buyer && p != bidder {
			return bidder, p
		}
	}
	return "", ""
}

// precededBy: one of words stands within the n words before word i.
func precededBy(ws words, i, n int, words map[string]bool) bool {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if words[ws.w[k]] {
			return true
		}
	}
	return false
}

var wishes = set(`aspired aspiring hoped hoping coveted aspiraba aspiraban esperaba ansiaba ambiva sperava aspirava aspirait esperait
	convoitait revait hoffte erhoffte liebaugelte
	demanded demanding urged urging chiedeva chiedevano invocava reclamait exigeait reclamaba exigia pedia forderte verlangte`)

var negations = set(`not never non nicht nie kein keine keinen pas jamais nunca nao`)

// supplyChain: the supply word at i names a supply chain.
func supplyChain(ws words, i int) bool {
	w := ws.w[i]
	if strings.HasPrefix(w, "lieferkette") {
		return true
	}
	if i+1 < len(ws.w) && (ws.w[i+1] == "chain" || ws.w[i+1] == "chains" || ws.w[i+1] == "-" && i+2 < len(ws.w) && ws.w[i+2] == "chain") {
		return true
	}
	// "cadena de suministro", "catena di fornitura", "chaîne d'approvisionnement"
	return i >= 2 && chainNouns[ws.w[i-2]] && (ws.w[i-1] == "de" || ws.w[i-1] == "di" || ws.w[i-1] == "d")
}

var chainNouns = set("cadena catena chaine cadeia")

// intoItsOwn: "its own" or "their own" within the five words from i.
func intoItsOwn(ws words, i int) bool {
	for k := i; k+1 < len(ws.w) && k <= i+4; k++ {
		if (ws.w[k] == "its" || ws.w[k] == "their") && ws.w[k+1] == "own" {
			return true
		}
	}
	return false
}

// kindOfObject: the kind of company after the deal word at i is no kind
// the word is part of ("investment fund"), but a word of a company's name
// ("agreed to buy Bank Pekao"; not its shares or bonds: "bought Bank
// Quorvex shares"), or the kind of the company a verb of buying or
// selling names within two words after it ("sold fund manager Putnam
// Investments", "acquired bank Quorvex"). A form in -ing is that verb
// only after a comma or a preposition ("slimming down, selling fund
// manager Putnam"): "its buying house Kravlo", "hired buying group
// Quorvex" name a kind of firm.
func kindOfObject(ws words, i int) bool {
	if ws.isNamed(i + 1) {
		return !securitiesAfter(ws, i+1)
	}
	if !transferVerbs[ws.w[i]] || strings.HasSuffix(ws.w[i], "ing") && (i == 0 || ws.w[i-1] != "," && !gerundPrepositions[ws.w[i-1]]) {
		return false
	}
	for j := i + 2; j < len(ws.w) && j <= i+3; j++ {
		if ws.isNamed(j) {
			return !securitiesAfter(ws, j)
		}
	}
	return false
}

// securitiesAfter: the word after the name at word j is shares, stock or
// bonds: what is traded is the company's paper, not the company.
func securitiesAfter(ws words, j int) bool {
	for ws.isNamed(j) {
		j++
	}
	return j < len(ws.w) && (shareNouns[ws.w[j]] || securityWords[ws.w[j]])
}

var (
	securityWords      = set(`stock stocks bond bonds debt notes securities`)
	gerundPrepositions = set(`by after before from on while`)
)

var transferVerbs = set(`buy buys bought buying acquire acquires acquired acquiring sell sells sold selling`)

var kindOfCompany = map[string]bool{"fund": true, "funds": true, "firm": true, "firms": true, "bank": true, "banks": true,
	"company": true, "manager": true, "vehicle": true, "arm": true, "house": true, "group": true, "partner": true,
	"platform": true, "platforms": true, "trust": true, "banker": true, "bankers": true, "adviser": true, "advisers": true}

// hitsIn lists the hits of hs in clause c, in order; nil for none. Hits
// are listed in word order, so a clause's are one run of hs: the run is
// handed out as it is, capped so that an append copies it, rather than
// copied for every clause of every deal sentence. Its readers do not
// write into it.
func hitsIn(hs []hit, c clause) []hit {
	in := func(h hit) bool { return h.at >= c.from && h.at < c.to }
	first, last := -1, -1
	for i, h := range hs {
		if in(h) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return nil
	}
	run := hs[first : last+1 : last+1]
	if !slices.ContainsFunc(run, func(h hit) bool { return !in(h) }) {
		return run
	}
	var out []hit // hits out of word order: gathered anew
	for _, h := range run {
		if in(h) {
			out = append(out, h)
		}
	}
	return out
}

// hitAt: a deal word of hs stands at word i.
func hitAt(hs []hit, i int) bool {
	return slices.ContainsFunc(hs, func(h hit) bool { return h.at == i })
}

// hasHitIn reports whether a deal word falls in a clause: whether hitsIn
// has any, without listing them.
func hasHitIn(hs []hit, c clause) bool {
	for _, h := range hs {
		if h.at >= c.from && h.at < c.to {
			return true
		}
	}
	return false
}

// elidedVerbAt: the hit at i stands for a verb left out ("bought X for
// $100 million and Y for $200 million"), at a comma or a conjunction: the
// figure before it is the purchase before's, not the one it carries.
func elidedVerbAt(ws words, i int) bool {
	return ws.w[i] == "," || conjunctionSet.Has(ws.w[i]) || sequenceWords[ws.w[i]]
}

// firstOfKind is the word index of the first hit of kind, -1 for none.
func firstOfKind(hits []hit, kind string) int {
	for _, h := range hits {
		if h.kind == kind {
			return h.at
		}
	}
	return -1
}

// withHits is hits and added in word order, hits itself when none is added.
func withHits(hits, added []hit) []hit {
	if len(added) == 0 {
		return hits
	}
	out := append(append(make([]hit, 0, len(hits)+len(added)), hits...), added...)
	slices.SortFunc(out, func(a, b hit) int { return a.at - b.at })
	return out
}

// withElidedPurchases adds a purchase at each comma or conjunction that
// goes on a list of purchases with the verb left out: a year, then a
// company ("1999 übernahm er den Hersteller Carma, 2002 den Kölner
// Stollwerck"; "it bought Carma in 1999, in 2002 Stollwerck"; "…, e nel
// 2010 la statunitense Innov-X Systems"; "bought ESAB in 1994 and Howden
// three years later"). The comma or conjunction then opens a clause of its
// own, a purchase by the same buyer, on its own date.
func withElidedPurchases(hits []hit, ws words, toks []segment.Token, lang string) []hit {
	first := firstOfKind(hits, model.Acquisition)
	if first < 0 {
		return hits
	}
	named := false // a company bought is named since the last purchase word
	var added []hit
	for i := first + 1; i < len(ws.w); i++ {
		switch {
		case ws.named[i]:
			named = true
		case ws.w[i] == "," && named && (elidedPurchaseAt(ws, hits, i) || followingPurchaseAt(ws, toks, hits, i) || datedAfterComma(ws, toks, hits, i, lang)),
			named && (conjunctions[ws.w[i]] || sequenceWords[ws.w[i]]) && ws.w[i-1] != "," && (namedThenDated(ws, hits, i) || datedThenNamed(ws, toks, hits, i)):
			added = append(added, hit{at: i, kind: model.Acquisition})
			named = false
		case ws.w[i] == "." || ws.w[i] == ";" || ws.w[i] == ":":
			named = false
		}
	}
	return withHits(hits, added)
}

// withElidedSales adds a sale at each "and" that goes on a list of sales
// with the verb left out, each to its own buyer ("sold Putnam to
// Great-West Lifeco for $3.9 billion in 2007 and its Kroll consultancy to
// Altegrity for $1.13 billion in 2010"): the conjunction then opens a
// clause of its own, a sale by the same seller, at its own price and date.
func withElidedSales(hits []hit, ws words, toks []segment.Token) []hit {
	first := firstOfKind(hits, model.Divestiture)
	if first < 0 {
		return hits
	}
	sold := false // a company is sold to one named since the last sale word
	var added []hit
	for i := first + 1; i < len(ws.w); i++ {
		switch {
		case toWords[ws.w[i]] && soldToNamed(ws, toks, hits, i):
			sold = true
		case sold && conjunctions[ws.w[i]] && ws.w[i-1] != "," && elidedSaleAt(ws, toks, hits, i):
			added = append(added, hit{at: i, kind: model.Divestiture})
			sold = false
		case hitAt(hits, i) || ws.w[i] == "." || ws.w[i] == ";" || ws.w[i] == ":":
			sold = false
		}
	}
	return withHits(hits, added)
}

// elidedSaleAt: after the conjunction at i, a company (maybe after words
// that describe it, "its", "la sua") and, within three words after it, a
// word of whom to and a company: "and its Kroll risk consultancy to
// Altegrity". No verb between ("and Kravlo agreed to buy Dravena", "y
// Kravlo demandó a Dravena", "e Kravlo ha chiesto a Dravena"), no deal
// word, no comma.
func elidedSaleAt(ws words, toks []segment.Token, hits []hit, i int) bool {
	k := i + 1
	for described := 0; k < len(ws.w) && !ws.named[k] && described < 3; described++ {
		if hitAt(hits, k) || !(possessiveWords[ws.w[k]] || describingWord(ws.w[k], toks[ws.tok[k]].Cap())) {
			return false // "and sued Daxmoor": another act
		}
		k++
	}
	if k >= len(ws.w) || !ws.named[k] {
		return false
	}
	for k < len(ws.w) && ws.named[k] {
		k++
	}
	for j := k; j < len(ws.w) && j <= k+3; j++ {
		if toWords[ws.w[j]] && soldToNamed(ws, toks, hits, j) {
			return true
		}
		if ws.w[j] == "," || hitAt(hits, j) || clauseEnds[ws.w[j]] || verbShaped(ws.w[j], toks[ws.tok[j]].Text()) {
			return false
		}
	}
	return false
}

// verbShaped: a word that may be a verb between a company and "to": an
// auxiliary, a pronoun, a past form in -ed or an accented one ("demandó",
// "demandé").
func verbShaped(folded, written string) bool {
	if auxiliaries[folded] || cliticAuxiliaries[folded] || subjectPronouns[folded] || strings.HasSuffix(folded, "ed") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(written)
	return strings.ContainsRune("óéòàí", r)
}

// soldToNamed: a company follows the word of whom to at i, maybe after
// words that describe it ("to Canada's Great-West Lifeco", "alla
// francese Teleperformance"), and no deal word ("to buy Dravena").
func soldToNamed(ws words, toks []segment.Token, hits []hit, i int) bool {
	for j := i + 1; j < len(ws.w) && j <= i+3; j++ {
		if ws.named[j] {
			return true
		}
		if hitAt(hits, j) || !describingWord(ws.w[j], toks[ws.tok[j]].Cap()) {
			return false
		}
	}
	return false
}

// possessiveWords stand for the seller before what it sells.
var possessiveWords = set(`its their sua suo sue suoi su sus ses sa son seine seiner seinen ihre ihrer ihren`)

// elidedPurchaseAt: after the comma at i come a year (after "in", "im",
// "nel", "en" maybe) and, within six words and before any deal word or
// comma, a company.
func elidedPurchaseAt(ws words, hits []hit, i int) bool {
	k := i + 1
	if k < len(ws.w) && yearPrepositions[ws.w[k]] {
		k++
	}
	return k < len(ws.w) && yearWord(ws.w[k]) && namedSoonAfter(ws, hits, k)
}

// namedSoonAfter: within six words after k, before any deal word, comma or
// full stop, a company.
func namedSoonAfter(ws words, hits []hit, k int) bool {
	for j := k + 1; j < len(ws.w) && j <= k+6; j++ {
		if ws.w[j] == "," || ws.w[j] == "." || hitAt(hits, j) {
			return false
		}
		if ws.named[j] {
			return true
		}
	}
	return false
}

// datedThenNamed: after the conjunction at i, a time and then a company
// (maybe after a few words that describe it), with no deal word between,
// ending its clause: a second purchase with the verb left out. After a
// word of sequence ("e poi nel 2016 Quorvex per 200 milioni", "und dann
// 2002 Quorvex", "and then in 2016 Quorvex"); or, where the purchase
// before has a year of its own, without one ("nel 2016 aveva rilevato
// Daxmoor per 336 milioni e nel 2018 la nordirlandese Quorvex per 455
// milioni"): each purchase then has its own year.
func datedThenNamed(ws words, toks []segment.Token, hits []hit, i int) bool {
	if !conjunctions[ws.w[i]] {
		return false
	}
	k := i + 1
	if k < len(ws.w) && sequenceWords[ws.w[k]] {
		k++
	} else if !datedBefore(ws, hits, i) {
		return false // "and in 2016 Quorvex said": the year may open a clause of its own
	}
	return datedNameAt(ws, toks, hits, k)
}

// datedAfterComma: after the comma at i, a conjunction or a word of
// sequence opens a purchase with the verb left out, as datedThenNamed
// reads it ("aveva acquistato la canadese R/D Tech, pioniera degli
// ultrasuoni, e nel 2010 la statunitense Innov-X Systems", "avait racheté
// en 2006 R/D Tech, pionnier des ultrasons, puis en 2010 l'américain
// Innov-X Systems"): an apposition may end the purchase before. It reads
// the time and the company as datedThenNamed does, but after a comma more
// than after a bare "and" the company may open a clause of its own, so
// what follows it must leave it bought (endsItsPurchase).
func datedAfterComma(ws words, toks []segment.Token, hits []hit, i int, lang string) bool {
	k := i + 1
	if k >= len(ws.w) {
		return false
	}
	switch sequenced := k+1 < len(ws.w) && sequenceWords[ws.w[k+1]]; {
	case conjunctions[ws.w[k]] && sequenced:
		k += 2 // ", and then in 2016"
	case conjunctions[ws.w[k]] && datedBefore(ws, hits, k):
		k++ // ", e nel 2010", after a purchase with a year of its own
	case sequenceWords[ws.w[k]]:
		k++ // ", puis en 2010"
	default:
		return false
	}
	end := datedNameEnd(ws, toks, hits, k)
	return end >= 0 && endsItsPurchase(ws, toks, hits, end, lang)
}

// datedNameAt: from k, a time and then a company (maybe after a few words
// that describe it), with no deal word between, ending its clause.
func datedNameAt(ws words, toks []segment.Token, hits []hit, k int) bool {
	end := datedNameEnd(ws, toks, hits, k)
	return end >= 0 && (end >= len(ws.w) || clauseEnds[ws.w[end]] || priceForWords[ws.w[end]])
}

// datedNameEnd is where the company ends that a time opens at k, maybe
// after a few words that describe it, with no deal word between; -1 for
// none.
func datedNameEnd(ws words, toks []segment.Token, hits []hit, k int) int {
	if n := yearAt(ws, k); n > 0 {
		k += n
	} else if k < len(ws.w) && yearWord(ws.w[k]) {
		k++ // "dann 2002"
	} else {
		return -1
	}
	for described := 0; k < len(ws.w) && !ws.named[k] && described < 3; described++ {
		if !describingWord(ws.w[k], toks[ws.tok[k]].Cap()) || hitAt(hits, k) {
			return -1 // "and in 2021 sued Quorvex": another act
		}
		k++ // "la nordirlandese", "the Danish"
	}
	if k >= len(ws.w) || !ws.named[k] || hitAt(hits, k) {
		return -1
	}
	for k < len(ws.w) && ws.named[k] {
		k++
	}
	return k
}

// endsItsPurchase: what follows the company that ends at k leaves it what
// was bought: the sentence ends, its price follows ("for 90 million
// euros", "for an undisclosed sum"), or words that describe it between
// commas (an apposition, "…, based in Milan.", or a relative clause, "…,
// che produce seminatrici in Kansas") with no verb right after them. Not
// "…, a rival, sued the company", "…, son concurrent, a fait faillite", "…
// (NYSE: QRV) agreed to buy", "… pour sa part a lancé une offre": the
// company acts.
func endsItsPurchase(ws words, toks []segment.Token, hits []hit, k int, lang string) bool {
	for described := false; ; described = true {
		switch {
		case k >= len(ws.w) || ws.w[k] == "." || ws.w[k] == ";":
			return true
		case priceForWords[ws.w[k]]:
			return !(k+1 < len(ws.w) && (possessiveWords[ws.w[k+1]] || ws.w[k+1] == "part")) // not "for its part", "pour sa part"
		case ws.w[k] != ",":
			return false
		}
		k++
		if k < len(ws.w) && (hitAt(hits, k) || described && actsAt(ws, toks, k, lang)) {
			return false // what follows the words that describe it is the company's act
		}
		for k < len(ws.w) && ws.w[k] != "," && ws.w[k] != "." && ws.w[k] != ";" {
			if hitAt(hits, k) {
				return false
			}
			k++
		}
	}
}

// actsAt: the word at k opens what a subject does: an auxiliary, a verb
// shaped so (in -ed, or accented as "anunció"), a common verb of the past
// ("went", "became"), or the French "a" ("a fait faillite"; "à" is
// folded to "a" too, and the English "a" is an article).
func actsAt(ws words, toks []segment.Token, k int, lang string) bool {
	w := ws.w[k]
	if w == "a" {
		return lang == "fr" && toks[ws.tok[k]].Text() == "a"
	}
	return passiveAux[w] || pastVerbs[w] || verbShaped(w, toks[ws.tok[k]].Text())
}

// pastVerbs are common English verbs of the past that do not end in -ed.
var pastVerbs = set(`went became said made took won lost gave got sold bought paid ran held left began fell rose sank`)

// indefiniteAfter: an indefinite article or a number follows the deal
// word at i, past "control of" or "over" ("took control of a rival").
func indefiniteAfter(ws words, i int) bool {
	k := i + 1
	for k < len(ws.w) && pastControl[ws.w[k]] {
		k++
	}
	return k < len(ws.w) && someWords[ws.w[k]]
}

var (
	pastControl = set(`control of over controllo di del della de controle du la`)
	someWords   = set(`a an un una uno une ein eine einen einem einer two three four several due tre quattro diversi diverse alcuni alcune
		dos tres cuatro varios varias deux trois quatre plusieurs zwei drei vier mehrere`)
)

// describingWord: a word that may describe a company before its name: an
// article, a capitalised word ("Northern Irish", "Danish"), or one shaped
// like a demonym in lower case ("la nordirlandese", "l'américain", "den
// Kölner", "die spanische"), not a verb ("sued", "ha superato").
func describingWord(w string, capitalised bool) bool {
	if appositionArticles[w] || capitalised {
		return true
	}
	for _, end := range demonymEndings {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// demonymEndings end the demonyms of it, es, fr and de, folded.
var demonymEndings = []string{"ese", "esi", "esa", "esca", "esco", "ano", "ana", "ani", "ane", "ense", "ensi", "ais", "aise", "ois", "oise",
	"ien", "ienne", "ain", "aine", "isch", "ische", "ischen", "ischer", "ola"}

// datedBefore: the purchase before the conjunction at i has a year of its
// own, between the word that tells it (or the year just before that word)
// and i.
func datedBefore(ws words, hits []hit, i int) bool {
	k := i - 1
	for ; k >= 0 && !hitAt(hits, k); k-- {
		if yearWord(ws.w[k]) {
			return true
		}
	}
	// "nel 2016 aveva rilevato", "in 2016 it had bought": the year before the verb
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if yearWord(ws.w[j]) {
			return true
		}
		if ws.w[j] == "," || hitAt(hits, j) {
			return false
		}
	}
	return false
}

// namedThenDated: after the conjunction at i ("and", "puis", "then"), a
// company and then its own time, with no deal word between ("bought ESAB
// in 1994 and Howden three years later", "avait racheté ESAB en 1994 puis
// Howden en 1997"): a second purchase with the verb left out. (After a
// comma, the clause is one of its own: elidedPurchaseAt and
// datedAfterComma read it.)
func namedThenDated(ws words, hits []hit, i int) bool {
	// the first purchase has its own year ("bought ESAB in 1994 and"): not
	// "bought ESAB and Howden in 1994", two companies in one act
	dated := false
	for k := i - 1; k >= 0 && !dated; k-- {
		if hitAt(hits, k) {
			break
		}
		dated = yearWord(ws.w[k])
	}
	if !dated {
		return false
	}
	k := i + 1
	for k < len(ws.w) && sequenceWords[ws.w[k]] {
		k++
	}
	end := -1
	for j := k; j < len(ws.w) && j <= k+4; j++ {
		if ws.w[j] == "," || hitAt(hits, j) {
			return false
		}
		if ws.named[j] {
			end = j + 1
			for end < len(ws.w) && ws.named[end] {
				end++
			}
			break
		}
	}
	if end < 0 {
		return false
	}
	for j := end; j < len(ws.w) && j <= end+3; j++ {
		if yearWord(ws.w[j]) || laterWords[ws.w[j]] {
			return true
		}
		if ws.w[j] == "," || ws.named[j] {
			return false
		}
	}
	return false
}

// laterWords date a second act from the first: "three years later".
var laterWords = set(`later afterwards tard apres dopo despues spater`)

// yearAt is how many words from k give a year after its preposition, a
// month maybe between ("in 2014", "in March 2014", "nel 2014"); 0 when
// they do not.
func yearAt(ws words, k int) int {
	if k+1 >= len(ws.w) || !yearPrepositions[ws.w[k]] {
		return 0
	}
	if yearWord(ws.w[k+1]) {
		return 2
	}
	if k+2 < len(ws.w) && when.IsMonth(ws.w[k+1]) && yearWord(ws.w[k+2]) {
		return 3
	}
	return 0
}

var yearPrepositions = set(`in im nel en dans em`)

// yearWord: a year of the last two centuries, "1999", "2002".
func yearWord(w string) bool {
	return len(w) == 4 && digits(w) && (w[:2] == "19" || w[:2] == "20")
}

// createsVenture: clause c founds a company it names ("the agreement
// setting up Bharti Wal-Mart Private Ltd.", "el acuerdo para crear ...",
// "l'accord créant ..."), which the apposition right after it calls a
// joint venture (", an equal joint venture", ", una empresa conjunta").
func createsVenture(ws words, c clause, hits []hit) bool {
	for k := c.from; k < c.to; k++ {
		if !creatingWords[ws.w[k]] {
			continue
		}
		j := k + 1
		for j < c.to && j <= k+2 && !ws.isNamed(j) {
			j++ // "set up", "to create"
		}
		if j >= c.to || !ws.isNamed(j) {
			continue
		}
		for j < c.to && ws.isNamed(j) {
			j++
		}
		for end := j + 3; j < len(ws.w) && j < end && ws.w[j] != ","; j++ {
			// past the legal form the name left out ("Ltd.")
		}
		if j >= len(ws.w) || ws.w[j] != "," {
			return false
		}
		// the apposition: an article, a few words, the venture's own word;
		// not a venture of others ("Brindle, a joint venture of Halvorsen
		// and Trelawny, as the exclusive distributor": one appointed)
		for _, h := range hits {
			if h.kind == model.JointVenture && h.at > j+1 && h.at <= j+4 && (indefiniteArticles[ws.w[j+1]] || determiners.Has(ws.w[j+1])) {
				return !ventureOfOthers(ws, h.at)
			}
		}
		return false
	}
	return false
}

// ventureOfOthers: the venture word at at goes on to the companies it is
// of ("a joint venture of Halvorsen and Trelawny", "una empresa conjunta
// de Halvorsen y Trelawny").
func ventureOfOthers(ws words, at int) bool {
	for k := at + 1; k < len(ws.w) && k <= at+3; k++ {
		if ventureOf[ws.w[k]] {
			return k+1 < len(ws.w) && ws.isNamed(k+1)
		}
	}
	return false
}

var ventureOf = set(`of between de entre di tra fra von zwischen`)

// creatingWords found what follows them (folded).
var creatingWords = set(`setting set sets establishing establish create creating forming form
	crear creando constituir establecer creer creant constituer creare costituire grunden grundung`)

// clause is a word range of the sentence that can state its own deal:
// "Toyota will buy shares in Suzuki, while Suzuki will acquire shares in
// Toyota" states two.
type clause struct{ from, to int }

var clauseBreaks = map[string]bool{"while": true, "whereas": true, "meanwhile": true, "mentre": true, "mientras": true,
	"wahrend": true, "tandis": true, "alors": true, "terwijl": true, "enquanto": true, ";": true, ",": true,
	// a deal told as the background of another: "... following a decision
	// to sell its phone business to Microsoft"
	"following": true, "after": true, "dopo": true, "tras": true, "apres": true, "apos": true,
	// and a deal told as the measure of another: "its biggest purchase
	// since it bought Wyeth in 2009"
	"since": true, "seit": true, "depuis": true, "desde": true}

// breakShapes are those of the words that may start a clause: most words
// of a sentence are told apart by them alone.
var breakShapes = lists.ShapesOf(clauseBreaks, conjunctions)

// appendClauses appends the clauses of a sentence to out.
func appendClauses(out []clause, ws words, hits []hit, lang string) []clause {
	start := 0
	for i, w := range ws.w {
		if ws.named != nil && ws.named[i] {
			continue // a comma inside a name ("Hicks, Muse, Tate & Furst") parts no clause
		}
		if i > start && breakShapes.May(w) && (clauseBreaks[w] || conjoinedDeal(ws, hits, start, i) || conjoinedPurchase(ws, hits, start, i, lang)) {
			out = append(out, clause{start, i})
			start = i
		}
	}
	return append(out, clause{start, len(ws.w)})
}

// conjoinedDeal: word i is a conjunction that joins a deal of another kind,
// named by its noun, to the one the clause from start tells ("l'acquisto di
// Dresser-Rand per 7,6 miliardi e la cessione a Bosch della sua metà di
// BSH"): a clause of its own, with its own parties and price. Verbs joined
// ("will license its patents and purchase equipment") share their subject
// and may describe one deal.
func conjoinedDeal(ws words, hits []hit, start, i int) bool {
	if !conjunctionSet.Has(ws.w[i]) {
		return false
	}
	before, after := "", ""
	for _, h := range hits {
		switch {
		case h.at >= start && h.at < i && before == "":
			before = h.kind
		case h.at == i+2 && determiners.Has(ws.w[i+1]):
			after = h.kind
		}
	}
	return before != "" && after != "" && before != after && after != generic
}

var conjunctions = set(`and e y et und`)

// conjunctionSet is conjunctions, asked of most words of a clause.
var conjunctionSet = lists.SetOf(conjunctions)

// conjoinedPurchase: word i is a conjunction that joins a second purchase
// to the one the clause from start tells, each of a company named after
// its verb ("bought Kelmora's arm for C$2.6 billion in 2011 and then paid
// $1.7 billion for Brindle in 2017"): a clause of its own, with its own
// price and year, by the same buyer. A sale joined after its own year is
// one too ("compró Express Newspapers en 2000 por 125 millones y en 2014
// vendió Channel 5 a Viacom"): the year tells a second act, not a second
// verb of one.
func conjoinedPurchase(ws words, hits []hit, start, i int, lang string) bool {
	if !conjunctionSet.Has(ws.w[i]) {
		return false
	}
	verb, dated := i+1, false
	if verb < len(ws.w) && sequenceWords[ws.w[verb]] {
		verb++
	}
	if n := yearAt(ws, verb); n > 0 {
		verb, dated = verb+n, true
		// "e nel 2014 ha venduto", "and in 2014 it sold": the verb's
		// auxiliary or subject pronoun comes between
		for verb < len(ws.w) && (cliticAuxiliaries[ws.w[verb]] || auxiliaries[ws.w[verb]] || subjectPronouns[ws.w[verb]]) {
			verb++
		}
	}
	purchase := func(h hit) bool { return purchaseKind(h.kind) }
	first, second, sold := false, false, false
	for _, h := range hits {
		switch {
		case h.at >= start && h.at < i && purchase(h):
			first = first || namedIn(ws, clause{h.at + 1, i})
		case h.at >= start && h.at < i && h.kind == model.Divestiture:
			sold = sold || namedIn(ws, clause{h.at + 1, i})
		case h.at == verb && (purchase(h) || dated && h.kind == model.Divestiture):
			second = namedIn(ws, clause{verb + 1, len(ws.w)})
		case h.at == i && purchase(h):
			second = true // a purchase with its verb left out ("and Howden three years later")
		case h.at == i && h.kind == model.Divestiture && sold:
			return true // a sale with its verb left out ("and its Kroll consultancy to Altegrity", see withElidedSales)
		}
	}
	if !first && !second {
		// verb last, as German tells a past act: "hatte Kelmora übernommen
		// und 2016 die spanische Brindle gekauft"
		return participleBefore(ws, hits, start, i) && participleAfter(ws, hits, i, lang)
	}
	return first && (second || laterPurchase(ws, hits, i, lang))
}

// maxParticipleGap is how many words may come between a conjunction and
// the participle closing its clause: German tells the object, the price
// and the buyer before it ("und ihre Lichtsparte für 90 Millionen Euro an
// die Norlite Group veräußert").
const maxParticipleGap = 14

// maxPurchaseGap is how many words may come between a conjunction and the
// verb of a second purchase: a time, an auxiliary, "agreed to".
const maxPurchaseGap = 10

// laterPurchase: a purchase verb comes a few words after the conjunction
// at i, a company named after it, and between them only the act's time,
// auxiliary or agreement ("and in January agreed to acquire Brindle", "y
// en octubre de 2021 completó la compra de la firma Brindle"): a second
// purchase of its own. Not past a clause break, another deal word or
// another conjunction ("bought Kelmora and Brindle and in 2015 Daxmoor":
// the list goes on to the last), nor one denied, passive or reported
// (see plainAct), nor with companies named only after "by" or "from"
// ("and said the purchase was financed by Brindle").
func laterPurchase(ws words, hits []hit, i int, lang string) bool {
	for _, h := range hits {
		if h.at <= i || h.at > i+maxPurchaseGap {
			continue
		}
		if h.kind != model.Acquisition || clauseEnd(ws, i+1) < h.at || !plainAct(ws, i+1, h.at) || !unsaidSubject(ws, i+1, h.at, lang) {
			return false // the first deal word after the conjunction is of another kind, or no act of its own
		}
		// the clause names one company, what is bought: the sentence's
		// subject buys it (with a seller or a partner named too, "agreed
		// to acquire Daxmoor from Veltraco", the clause would be read as
		// theirs)
		end := clauseEnd(ws, h.at+1)
		return namesBetween(ws, h.at+1, end) == 1 && !namedOnlyAfterAgent(ws, h.at+1, end)
	}
	return false
}

// unsaidSubject: the words from to to name no company and hold no word
// that tells a subject of their own ("the two", "the group", "both", "a
// consortium", "un fondo", "its parent", German "hat der Finanzinvestor"),
// so the clause after them goes on with the sentence's (see elidedSubject).
func unsaidSubject(ws words, from, to int, lang string) bool {
	return subjectUnsaid(ws, from, to, lang, false)
}

// subjectUnsaid is unsaidSubject, a possessive allowed when ownObject:
// what a clause sells is the subject's own ("und ihre Lichtsparte ...
// veräußert").
func subjectUnsaid(ws words, from, to int, lang string, ownObject bool) bool {
	for k := from; k < to; k++ {
		w := ws.w[k]
		if ws.isNamed(k) || subjectAnaphors[w] || pairDeterminers[w] || pairAlone[w] || possessiveWords[w] && !ownObject || subjectArticle(w, lang) {
			return false
		}
		if lang == "de" && (finiteAuxiliaries[w] || w == "der") {
			return false
		}
	}
	return true
}

// subjectArticle: w is an indefinite article that may open a subject ("a
// consortium", "un fonds", "ein Investor"); not "one" ("one year later"),
// nor "a" and "an" but in English (the French "a racheté", the Italian "a
// gennaio", the German "an Brindle").
func subjectArticle(w, lang string) bool {
	if w == "a" || w == "an" {
		return lang == "en" // not the German "an" ("an die Norlite Group")
	}
	return w != "one" && indefiniteArticles[w]
}

// namesBetween is how many company names start among the words from to to.
func namesBetween(ws words, from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if ws.isNamed(k) && !ws.isNamed(k-1) {
			n++
		}
	}
	return n
}

// namedOnlyAfterAgent: the one name among the words from to to follows
// "by" or "from" ("and said the purchase was financed by Brindle", "per
// rilevare da Brindle la metà"): an agent or a seller, not what is bought.
func namedOnlyAfterAgent(ws words, from, to int) bool {
	for k := from; k < to; k++ {
		if ws.isNamed(k) && !ws.isNamed(k-1) {
			return agentWords[ws.w[k-1]] || givers[ws.w[k-1]]
		}
	}
	return false
}

// plainAct: the words from to to tell an act done, by the sentence's
// subject: no conjunction, denial, wish, plan, passive's auxiliary,
// relative pronoun or verb of saying among them.
func plainAct(ws words, from, to int) bool {
	for k := from; k < to; k++ {
		w := ws.w[k]
		if ws.isNamed(k) {
			continue
		}
		if conjunctionSet.Has(w) || ws.negation(k) || wishes[w] || passiveAux[w] || relatives[w] || notActs[w] {
			return false
		}
	}
	return true
}

// notActs tell a purchase not (yet) made, or only reported: "has no plans
// to acquire", "ruled out buying", "said it would buy".
var notActs = set(`no plans plan planning plans intends intend considering consider denied denies ruled rules said says
	expects expected could might would should
	descarto descarta niega nego planea prevede pianifica esclude escluso envisage exclut dementi
	plant erwagt schloss dementierte`)

// participleBefore: the word before the conjunction at i is a purchase's
// participle, with the company it took named before it in an active
// clause (not "Kelmora wurde 2014 von Veltraco übernommen und …").
func participleBefore(ws words, hits []hit, start, i int) bool {
	for _, h := range hits {
		if h.at == i-1 && purchaseKind(h.kind) {
			return namedIn(ws, clause{start, h.at}) && plainAct(ws, start, h.at)
		}
	}
	return false
}

// participleAfter: a purchase's participle closes the clause after the
// conjunction at i, a company named between them, not after "von" or
// "by", in an active clause ("und 2016 die spanische Brindle gekauft",
// not "und wurde 2016 von Brindle übernommen").
func participleAfter(ws words, hits []hit, i int, lang string) bool {
	for _, h := range hits {
		if h.at <= i || h.at > i+maxParticipleGap {
			continue
		}
		sale := h.kind == model.Divestiture
		if !purchaseKind(h.kind) && !sale || !participleLast(ws, h.at, len(ws.w)) ||
			clauseEnd(ws, i+1) < h.at || !plainAct(ws, i+1, h.at) || !subjectUnsaid(ws, i+1, nameStart(ws, h.at-1), lang, sale) {
			return false
		}
		if sale {
			// "und ihre Lichtsparte für 90 Millionen Euro an die Norlite
			// Group veräußert": a sale closing the clause, of the
			// subject's own unit, to one company named right before its
			// participle
			return ws.isNamed(h.at-1) && namesBetween(ws, i+1, h.at) == 1 && soldTo(ws, nameStart(ws, h.at-1))
		}
		// one company, named right before the participle: what is
		// bought (see objectLast); not "2016 die Daxmoor AG von der
		// Veltraco SE gekauft", nor "für 50 Millionen Euro gekauft"
		return ws.isNamed(h.at-1) && namesBetween(ws, i+1, h.at) == 1 && !namedOnlyAfterAgent(ws, i+1, h.at)
	}
	return false
}

// soldTo: the name starting at k follows "an" ("an die Norlite Group",
// "an Brindle"), whom a German sale goes to.
func soldTo(ws words, k int) bool {
	k--
	if k >= 0 && germanArticles[ws.w[k]] {
		k--
	}
	return k >= 0 && ws.w[k] == "an"
}

var germanArticles = set(`der die das den dem des`)

// purchaseKind: a deal of the kind buys: a company or a stake in one.
func purchaseKind(kind string) bool { return kind == model.Acquisition || kind == model.Investment }

// nameStart is the first word of the company's name that word k ends.
func nameStart(ws words, k int) int {
	for k > 0 && ws.isNamed(k-1) {
		k--
	}
	return k
}

// participleLast: the deal word at k closes its clause, which ends at
// end: the sentence or the clause ends after it, or a finite auxiliary
// follows it ("… gekauft hatte").
func participleLast(ws words, k, end int) bool {
	if k+1 >= end {
		return true
	}
	next := ws.w[k+1]
	return next == "." || clauseBreaks[next] || finiteAuxiliaries[next]
}

// nameThenParticipleAfterAnd: clause c opens with "and" ("und") and its
// deal word at i closes it right after a company's name ("und 2016 die
// spanische Brindle gekauft").
func nameThenParticipleAfterAnd(ws words, c clause, i int) bool {
	return continuations[ws.w[c.from]] && ws.isNamed(i-1) && participleLast(ws, i, c.to)
}

// finiteAuxiliaries follow a German participle at the end of its clause.
var finiteAuxiliaries = set(`hat hatte haben hatten wurde wurden worden`)

// clauseEnd is the index of the first clause break from k, or the
// sentence's end.
func clauseEnd(ws words, k int) int {
	for ; k < len(ws.w); k++ {
		if clauseBreaks[ws.w[k]] && !ws.isNamed(k) {
			return k
		}
	}
	return len(ws.w)
}

// objectPronoun: a buying word of hs takes a pronoun for its object
// ("bought it", "lo adquirió", "l'a racheté", "l'ha comprata"): what is
// bought is a company told before, not one the sentence names.
func objectPronoun(ws words, hs []hit, lang string) bool {
	for _, h := range hs {
		if h.kind != model.Acquisition {
			continue
		}
		if h.at+1 < len(ws.w) && objectPronouns[ws.w[h.at+1]] {
			return true
		}
		k := h.at - 1
		if k >= 1 && cliticAuxiliaries[ws.w[k]] && cliticObjects[ws.w[k-1]] {
			return true // "l'a racheté", "l'ha comprata", "lo había comprado"
		}
		if k >= 0 && lang == "es" && ws.w[k] == "lo" {
			return true // "lo adquirió" ("l'acquisition", "lo scorporo": articles)
		}
	}
	return false
}

var objectPronouns = set(`it them`)

var cliticObjects = set(`lo l`)

// cliticAuxiliaries stand between a clitic object and its participle: "l'a
// racheté", "l'ha comprata", "lo había comprado".
var cliticAuxiliaries = set(`a ha avait aveva habia ont hanno han`)

// namedIn: a company is named among the words of c.
func namedIn(ws words, c clause) bool {
	for k := c.from; k < c.to && k < len(ws.w); k++ {
		if ws.named[k] {
			return true
		}
	}
	return false
}

// sequenceWords put a second act after a first: "and then bought".
var sequenceWords = set(`then later subsequently poi quindi successivamente puis ensuite dann spater danach luego despues`)

// pricesTheOther folds a payment between the parties of another deal the
// sentence tells into that deal, as its price: "agreed to combine their
// mines in a joint venture, with BHP paying Rio $5.8 billion to equalise
// the stakes" is one joint venture.
func pricesTheOther(fs []Found) []Found {
	folded := make([]bool, len(fs))
	for i, f := range fs {
		if f.Paying && f.Value != nil {
			if j := sameSidesOtherDeal(fs, i); j >= 0 {
				if fs[j].Value == nil {
					fs[j].Value = f.Value
				}
				folded[i] = true
			}
		}
	}
	return without(fs, folded)
}

// without is xs less the elements drop marks; nil for none left. Most
// calls drop nothing, and get xs itself back, capped so that an append
// copies it (callers only read it); the others get a list made at its
// length, not grown by doubling.
func without[T any](xs []T, drop []bool) []T {
	kept := 0
	for i := range xs {
		if !drop[i] {
			kept++
		}
	}
	switch kept {
	case 0:
		return nil
	case len(xs):
		return xs[:len(xs):len(xs)]
	}
	out := make([]T, 0, kept)
	for i, x := range xs {
		if !drop[i] {
			out = append(out, x)
		}
	}
	return out
}

// sameSidesOtherDeal is the index of another deal in fs, not a payment,
// between the same parties as fs[i]; -1 if none.
func sameSidesOtherDeal(fs []Found, i int) int {
	for j, o := range fs {
		if j != i && !(o.Pair && j > i) && !o.Paying && !o.Generic && sameParties(o.Parties, fs[i].Parties) {
			return j
		}
	}
	return -1
}

// dedupe drops a clause's deal when another clause of the sentence states
// the same one. A sentence of one deal, most, gets fs itself back, capped
// so that an append copies it; the others a list made at fs's length, not
// grown by doubling.
func dedupe(fs []Found) []Found {
	switch len(fs) {
	case 0:
		return nil
	case 1:
		return fs[:1:1]
	}
	out := make([]Found, 0, len(fs))
next:
	for _, f := range fs {
		for i, o := range out {
			if sameParties(o.Parties, f.Parties) && (o.Type == f.Type || f.Generic || sidesOfOneSale(o.Type, f.Type)) && (f.Value == nil || o.Value == nil || *o.Value == *f.Value) &&
				(o.Buyer == "" || f.Buyer == "" || o.Buyer == f.Buyer) {
				if out[i].Buyer == "" {
					out[i].Buyer = f.Buyer // the other clause may say who buys
				}
				if out[i].Value == nil {
					out[i].Value = f.Value // or the price
				}
				continue next
			}
			if sameParties(o.Parties, f.Parties) && o.Generic && !f.Generic {
				out[i] = f
				continue next
			}
		}
		out = append(out, f)
	}
	return out
}

// sidesOfOneSale: a sale and a purchase between the same companies in one
// sentence are one deal told from both sides ("se desprendió de su filial,
// que pasó a manos de Telia").
func sidesOfOneSale(a, b string) bool {
	return a == model.Divestiture && b == model.Acquisition || a == model.Acquisition && b == model.Divestiture
}

func sameParties(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]bool{}
	for _, x := range a {
		m[x] = true
	}
	for _, x := range b {
		if !m[x] {
			return false
		}
	}
	return true
}

// mentionsOf is the mentions of ms that name one of companies.
func mentionsOf(ms []Mention, companies []string) []Mention {
	var out []Mention
	for _, m := range ms {
		if slices.Contains(companies, m.Company) {
			out = append(out, m)
		}
	}
	return out
}

// withDistantBids adds to hs, in word order, the offer nouns whose target
// is named after the price and terms ("une offre non sollicitée de 78,50
// dollars par action, entièrement en numéraire, sur Family Dollar", "an
// offer of $40 a share for Quorvex"): a bid, as "offer for" is.
func withDistantBids(hs []hit, ws words) []hit {
	for i, w := range ws.w {
		if !offerNounSet.Has(w) || hitAt(hs, i) {
			continue
		}
		if bidTargetWithin(ws, i, 14) || pricedOffer(ws, i) {
			at, _ := slices.BinarySearchFunc(hs, i, func(h hit, i int) int { return h.at - i })
			hs = slices.Insert(hs, at, hit{at: i, kind: model.Acquisition})
		}
	}
	return hs
}

// pricedOffer: the offer noun at i has its price right before it or
// right after a preposition ("its 5.2 billion euro offer", "un'offerta da
// 1,6 miliardi", "une offre de 78,50 dollars"): a bid for a company, as
// the price says, whose target the sentences around name.
func pricedOffer(ws words, i int) bool {
	if i > 0 && amountEnds[ws.w[i-1]] {
		return true
	}
	k := i + 1
	if k+1 < len(ws.w) && !priceOf[ws.w[k]] && priceOf[ws.w[k+1]] && offerQualifiers[ws.w[k]] {
		k++ // "un'offerta preliminare da 683 milioni"
	}
	return k+1 < len(ws.w) && priceOf[ws.w[k]] && ws.w[k+1] != "" && ws.w[k+1][0] >= '0' && ws.w[k+1][0] <= '9'
}

var priceOf = set(`of da de di von uber`)

// offerQualifiers may stand between an offer noun and its price.
var offerQualifiers = set(`preliminare preliminar preliminaire vorlaufiges vorlaufige indicativa indicativo indicative indicatif ostile hostil hostile iniziale initial initiale inicial`)

// bidTargetWithin: within n words after the offer noun at i, before the
// sentence's end, a bid preposition ("sur", "for", "per") and then a
// company's name, two words allowed between.
func bidTargetWithin(ws words, i, n int) bool {
	for k := i + 1; k+1 < len(ws.w) && k <= i+n; k++ {
		if ws.w[k] == "." || ws.w[k] == ";" || ws.w[k] == ":" {
			return false
		}
		if !bidPrepositions[ws.w[k]] {
			continue
		}
		// the name right after, or after an article and a word of what
		// it is ("sur l'allemand Siltronic")
		if nameWithin(ws, clause{k + 1, len(ws.w)}, 3) >= 0 {
			return true
		}
	}
	return false
}

var bidPrepositions = set(`for sur pour per su por sobre fur auf`)

// offerNounSet is offerNouns for the questions asked of every word of a
// sentence: it tells most words absent by their shape, without hashing.
var offerNounSet = lists.SetOf(offerNouns)

// hasOfferNoun: the sentence has an offer noun, which may tell a bid with
// its target named words later.
func hasOfferNoun(ws words) bool {
	for _, w := range ws.w {
		if offerNounSet.Has(w) {
			return true
		}
	}
	return false
}

// paysAFee: a fee is what the paying word at i pays, within the next
// eight words ("pay it a $700 million break fee", "lui versera une
// indemnité de résiliation"), or within the eight words before it, back
// to a punctuation mark, as German puts its verb last ("muss den Kanadiern
// Entschädigungen von 450 Millionen Dollar zahlen").
func paysAFee(ws words, i int) bool {
	for k := i + 1; k < len(ws.w) && k <= i+8; k++ {
		if feeWords[ws.w[k]] {
			return true
		}
		if bidPrepositions[ws.w[k]] {
			return false // "paid $40 million for Quorvex": what is bought
		}
	}
	for k := i - 1; k >= 0 && k >= i-8 && !punctuation(ws.w[k]); k-- {
		if feeWords[ws.w[k]] {
			return true
		}
		if bidPrepositions[ws.w[k]] {
			return false // "für Quorvex 40 Millionen zahlen": what is bought
		}
	}
	return false
}

var feeWords = set(`fee fees indemnite penale penali indemnizacion penalizacion vertragsstrafe abfindung ausgleichszahlung entschadigung entschadigungen`)

// passiveAt: the deal word at i is a participle after a passive's
// auxiliary ("it will be bought", "è stata acquisita").
func passiveAt(ws words, i int) bool { return i > 0 && passiveAux[ws.w[i-1]] }

// tookWith reads the Spanish "se hizo con" and "se quedó con" (took) with
// a time between the verb and "con" ("se hizo en 2000 con el control de
// E-Plus", "se hizo a finales de 2013 con el 80%", "se quedó en 2010 con
// Numonyx"), at the verb at i. "Quedarse" takes only a time after "en"
// between ("se quedó en marzo de 2006 con"): "se quedará hasta 2025 con
// el 10%" keeps.
func tookWith(w []string, i int) bool {
	if i == 0 || w[i-1] != "se" {
		return false
	}
	switch {
	case madeForms[w[i]]:
		for k := i + 2; k < len(w) && k <= i+4; k++ {
			if w[k] == "con" {
				return true
			}
			if clauseEnds[w[k]] {
				return false
			}
		}
		// a longer time between: "se hizo a finales de 2013 con el 80%"
		for k := i + 1; k < len(w) && k <= i+7; k++ {
			switch {
			case w[k] == "con":
				return k > i+1
			case !yearWord(w[k]) && !spanishMonths[w[k]] && !spanishTimeWords[w[k]]:
				return false
			}
		}
	case keptForms[w[i]]:
		// "en 2010", "en marzo de 2006": a time, then "con" (what it takes
		// must be a company or a part of one: see withoutControlOfNoCompany)
		if i+3 >= len(w) || w[i+1] != "en" {
			return false
		}
		for k := i + 2; k < len(w) && k <= i+6; k++ {
			switch {
			case w[k] == "con":
				return k > i+2
			case !yearWord(w[k]) && !spanishMonths[w[k]] && w[k] != "de" && w[k] != "del":
				return false
			}
		}
	}
	return false
}

// passesUnderControl: the passing verb at i goes on into someone's
// control or hands ("passata sotto il controllo", "passée sous le
// contrôle", "pasó al control", "came under the control", "passed into
// the hands"), or is the German "unter die Kontrolle" itself.
func passesUnderControl(ws words, i int) bool {
	return controlNounAt(ws, i) >= 0
}

// controlNounAt is where the word of control or hands stands within the
// three words after i, -1 for none.
func controlNounAt(ws words, i int) int {
	for k := i; k < len(ws.w) && k <= i+3; k++ {
		if controlNouns[ws.w[k]] {
			return k
		}
	}
	return -1
}

var controlNouns = set(`controllo controle control kontrolle hands mani manos mains giron`)

// controlledByCompany: the control (or the hands) the passing verb at i
// goes into is a company's, named right after its "of" and an article
// ("sotto il controllo di Hasbro", "unter die Kontrolle von Quorvex"), not
// someone of a company ("Quorvex's creditors", "der Gläubiger von
// Quorvex", "Quorvex founder Ivo Marr") nor no company ("dello Stato",
// "of administrators").
func controlledByCompany(ws words, i int) bool {
	k := controlNounAt(ws, i)
	if k > 0 && possessive[ws.w[k-1]] {
		return true // "était passé dans son giron": the subject's, a company's
	}
	if k < 0 || k+1 >= len(ws.w) || !ofWords[ws.w[k+1]] && !takingOf[ws.w[k+1]] && !controlOf[ws.w[k+1]] {
		return false
	}
	// a description may stand before the name ("a manos de la firma de
	// inversión Veltraco", "de un consorcio liderado por Veltraco"), but
	// no one of a company ("der Gläubiger von Quorvex")
	for j := k + 2; j < len(ws.w) && j <= k+6 && !clauseEnds[ws.w[j]]; j++ {
		if ws.isNamed(j) {
			for j < len(ws.w) && ws.isNamed(j) {
				j++
			}
			return j >= len(ws.w) || !ofTheCompany[ws.w[j]]
		}
		if ofTheCompany[ws.w[j]] {
			return false // (a name that opens with such a word is a name: "Founders Capital")
		}
	}
	return false
}

// controlOf are the other words a control takes its holder with: the
// German genitive article ("unter die Kontrolle der Quorvex AG") and the
// elided French and Italian "of" ("sous le contrôle d'Ostravel", "sotto
// il controllo dell'americana Quorvex").
var controlOf = set(`der d dell`)

// ofTheCompany follow a company named as whose someone is: its
// possessive, and the people a company has.
var ofTheCompany = set(`s founder founders creditors lenders owners shareholders family chairman administrators fondatore creditori commissari fondateur creanciers fundador acreedores grunder glaubiger`)

// fateWords are what of a company may pass into another's hands without
// the company: "Brindle's fate passed into the hands of Quorvex".
var fateWords = set(`fate future destiny fortunes sort avenir destin destino futuro schicksal zukunft`)

// spanishTimeWords make a time of a year or a month: "a finales de",
// "a principios del", "a mediados de".
var spanishTimeWords = set(`a al finales principios mediados comienzos de del en`)

var spanishMonths = set(`enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre`)

// withoutControlOfNoCompany drops the takings that name no company
// taken: "rilevò" meaning noticed ("L'analista rilevò che", "rilevò un
// calo delle vendite"), a company passed under the control of a
// commissioner, a region or a court ("è passata sotto il controllo dei
// commissari", "passée sous le contrôle de l'État"), and "se quedó en
// 2006 con" what is no company ("con un solo cliente", "con deudas"):
// each must name a company soon after, or a stake. So must a French
// "reprise" (see takenOverNamed); and it drops what passes into
// another's hands that is only something of a company's (see
// ownerOfSubject), "messo sul tavolo" with no sum after it, and a cash
// offer for bonds alone.
func withoutControlOfNoCompany(hs []hit, ws words) []hit {
	return slices.DeleteFunc(hs, func(h hit) bool {
		if h.kind != model.Acquisition {
			return false
		}
		w := ws.w[h.at]
		switch {
		case w == "rilevo" || w == "rilevarono":
			return h.at+1 >= len(ws.w) || ws.w[h.at+1] == "che" || !namedSoon(ws, h.at+1, 5)
		case passingWords[w] && (ownerOfSubject(ws, h.at) || h.at > 0 && fateWords[ws.w[h.at-1]]):
			return true // "Le sort de Quorvex passe entre les mains de Brindle", "Brindle's fate passed into": its fate, not the company
		case passingWords[w] && passesUnderControl(ws, h.at):
			return !controlledByCompany(ws, h.at) // "sotto il controllo di Hasbro", "al control de", "unter die Kontrolle von"
		case w == "reprise" || w == "reprises":
			return !takenOverNamed(ws, h.at)
		case w == "messo" || w == "mette" || w == "mettere" || w == "messi":
			// "ha messo sul tavolo 125 corone per azione": a sum put down
			// bids; not "un piano", "un accordo di collaborazione"
			return h.at+2 < len(ws.w) && ws.w[h.at+2] == "tavolo" && !sumSoon(ws, h.at+3)
		case (w == "offerta" || w == "offerte" || w == "offre") && h.at+2 < len(ws.w) && (ws.w[h.at+2] == "contanti" || ws.w[h.at+2] == "numeraire" || ws.w[h.at+2] == "especes"):
			// not "un'offerta in contanti sulle proprie obbligazioni", but
			// "sulle azioni e sulle obbligazioni convertibili di Daxmoor"
			after := ws.w[h.at+3 : min(h.at+9, len(ws.w))]
			return slices.ContainsFunc(after, func(w string) bool { return bondWords[w] }) && !slices.ContainsFunc(after, func(w string) bool { return shareNouns[w] })
		case madeForms[w] && h.at > 0 && ws.w[h.at-1] == "se":
			// with a longer time between ("se hizo a finales de 2013 con"),
			// "con" must take a part or control of a company, or a company
			// itself, and not as what it serves as: "El lanzamiento se hizo a
			// finales de 2013 con Quorvex como socio" was done with it
			k := slices.Index(ws.w[h.at:], "con")
			if k <= 4 {
				return false
			}
			k += h.at
			for j := k + 1; j < len(ws.w) && j <= k+6 && !clauseEnds[ws.w[j]]; j++ {
				if ws.w[j] == "%" || percents[ws.w[j]] || stakeNouns[ws.w[j]] || controlWords[ws.w[j]] {
					return false
				}
				if ws.isNamed(j) {
					for j < len(ws.w) && (ws.isNamed(j) || (ws.w[j] == "y" || ws.w[j] == ",") && ws.isNamed(j+1)) {
						j++ // ("con Quorvex y Veltraco como socios")
					}
					// "con Quorvex como socio": what it serves as; not "como
					// parte de su expansión"
					return j+1 < len(ws.w) && ws.w[j] == "como" && ws.w[j+1] != "parte"
				}
			}
			return true
		case keptForms[w] && h.at > 0 && ws.w[h.at-1] == "se":
			k := slices.Index(ws.w[h.at:], "con")
			if k < 0 {
				return false
			}
			k += h.at
			for j := k + 1; j < len(ws.w) && j <= k+4; j++ {
				if ws.isNamed(j) || ws.w[j] == "%" || percents[ws.w[j]] || stakeNouns[ws.w[j]] || controlWords[ws.w[j]] {
					return false
				}
			}
			return true
		}
		return false
	})
}

// namedSoon: a company is named within the n words from k, before a
// comma or the sentence's end.
func namedSoon(ws words, k, n int) bool {
	for j := k; j < len(ws.w) && j < k+n && ws.w[j] != "," && ws.w[j] != "."; j++ {
		if ws.isNamed(j) {
			return true
		}
	}
	return false
}

// sumSoon: a figure stands within four words from k ("sul tavolo circa 3
// miliardi", "125 corone per azione").
func sumSoon(ws words, k int) bool {
	for j := k; j < len(ws.w) && j < k+4; j++ {
		if w := ws.w[j]; w != "" && w[0] >= '0' && w[0] <= '9' {
			return true
		}
	}
	return false
}

// bondWords name debt a company offers to buy back, no company.
var bondWords = set(`obbligazioni obbligazione bond bonds obligations obligation anleihen anleihe bonos bono`)

// ownerOfSubject: the company named last before the verb at i is named
// after "of" ("Le sort de Quorvex passe", "L'avenir de Daxmoor est
// passé"): what passes is something of the company's, but its control
// ("Le contrôle de Daxmoor passe entre les mains de Brindle").
func ownerOfSubject(ws words, i int) bool {
	k := i - 1
	for k >= 0 && !ws.isNamed(k) && !clauseEnds[ws.w[k]] {
		k--
	}
	if k < 0 || !ws.isNamed(k) {
		return false
	}
	for k > 0 && ws.isNamed(k-1) {
		k--
	}
	if k < 2 || !ofWords[ws.w[k-1]] && ws.w[k-1] != "d" {
		return false
	}
	return !controlWords[ws.w[k-2]]
}

// takenOverNamed: the French "reprise" at i is a takeover, not a
// recovery ("la reprise économique", "la reprise a été portée par
// Quorvex", "mise sur la reprise de Quorvex"). As a participle, after no
// determiner, a company is named soon after a "par" further on ("reprise
// fin 2004 pour 1,27 milliard de livres par un consortium emmené par
// Macquarie"). As a noun, a company is named in the "de" phrase after it
// ("la reprise de Quorvex", "du groupe Quorvex", "des 120 magasins
// Quorvex"), and a "par" names the buyer or a word of dealing stands just
// before ("a finalisé la reprise de", "une offre de reprise de", "le
// tribunal a validé la reprise").
func takenOverNamed(ws words, i int) bool {
	if i > 0 && repriseDeterminers[ws.w[i-1]] {
		if i+1 >= len(ws.w) || !ofWords[ws.w[i+1]] && ws.w[i+1] != "d" || !namedSoon(ws, i+2, 6) {
			return false
		}
		for k := max(0, i-4); k < i; k++ {
			if repriseDealings[ws.w[k]] {
				return true
			}
		}
		if !namedSoon(ws, i+2, 2) {
			return false // "la reprise du marché a été tirée par Daxmoor"
		}
	} else if i > 0 && ws.w[i-1] == "de" && i >= 2 && repriseDealings[ws.w[i-2]] {
		return namedSoon(ws, i+1, 6) // "une offre de reprise de Quorvex"
	}
	for k := i + 1; k < len(ws.w) && k <= i+16 && ws.w[k] != "." && ws.w[k] != ";"; k++ {
		if ws.w[k] == "par" && namedSoon(ws, k+1, 4) {
			return true
		}
	}
	return false
}

// repriseDealings are the words that, just before a "reprise", make it a
// deal: it is finalised, announced, validated, offered, planned.
var repriseDealings = set(`finalise finalisee annonce annoncee valide validee boucle bouclee conclu conclue signe signee autorise autorisee approuve approuvee
	offre offres projet projets candidat candidats candidate candidature accord plan prix finaliser annoncer valider boucler conclure`)

// repriseDeterminers make "reprise" a noun.
var repriseDeterminers = set(`la une cette sa leur l d de notre votre`)

// tookPercentOf reads a verb of taking or of rising with a percentage of
// something after it ("took 60% of", "ha preso il 20% di", "tomó el 20%
// de", "a pris 20 % de", "è salita dal 40% al 90,1% di"), or the whole
// of it ("took full ownership of"), at the verb at i. Whether the
// something is a company, and who takes, is told once the names are
// marked (see percentOfACompany).
func tookPercentOf(w []string, i int) bool { return percentObject(w, i) >= 0 }

// moneyPutInto is the index of the word after the word of "into" ("in",
// "into", "dans", "nel"...) that follows a sum of money put by the verb at
// i ("pumped 1 billion dollars into", "aveva messo 1 miliardo di dollari
// in", "a injecté 300 millions d'euros dans", "steckte 500 Millionen Euro
// in"): money put into what follows is invested in it; -1 for none. A
// German verb ending its clause comes after the sum and "in" ("hatten eine
// Milliarde Dollar in Grab gesteckt").
func moneyPutInto(w []string, i int) int {
	if !puttingSieve.May(w[i]) || !puttingVerbs[w[i]] {
		return -1 // most words: no map lookup
	}
	if k := sumThen(w, i, intoWords); k >= 0 {
		return k + 1
	}
	if germanPutting[w[i]] {
		for k := i - 1; k >= 2 && k >= i-5; k-- {
			if w[k] == "in" && money.IsWord(w[k-1]) {
				return k + 1
			}
		}
	}
	return -1
}

// sumThen is the index of a word of then, within eight words after the
// verb at i, that follows a sum of money and the words that tell it
// ("1,5 miliardi di dollari", "another $1 billion", "300 millions d'euros");
// -1 when another word comes first ("put pressure on", "messo in vendita").
func sumThen(w []string, i int, then map[string]bool) int {
	sum := false
	for k := i + 1; k < len(w) && k <= i+8; k++ {
		switch {
		case money.IsWord(w[k]):
			sum = true // "dollars", "miliardo", "$"
		case sum && then[w[k]]:
			return k
		case !isNumber(w[k]) && !sumLinks[w[k]]:
			return -1
		}
	}
	return -1
}

// paidInto: a sum follows the verb of paying at i and then "into" ("will
// pay 67 million pounds into it", the pension scheme): money put into
// something. (Not "in": "paid $500 million in cash".)
func paidInto(w []string, i int) bool { return sumThen(w, i, paidIntoWords) >= 0 }

// ofAStake: a stake, control or a business follows the word at i within
// four words ("rilevarne il 30%", "acquisirne il controllo", "comprarne le
// attività assicurative").
func ofAStake(w []string, i int) bool {
	for k := i + 1; k < len(w) && k <= i+4 && !clauseEnds[w[k]]; k++ {
		if percents[w[k]] || stakeNouns[w[k]] || controlWords[w[k]] || businessWords[w[k]] {
			return true
		}
	}
	return false
}

// paidAsCharge: a sum the verb of paying at i pays is a charge: a fine,
// a tax, damages or a dividend follows it in the clause, within ten words.
func paidAsCharge(w []string, i int) bool {
	sum := false
	for k := i + 1; k < len(w) && k <= i+10 && !clauseEnds[w[k]]; k++ {
		switch {
		case money.IsWord(w[k]):
			sum = true
		case sum && charges[w[k]]:
			return true
		}
	}
	return false
}

// charges are what is paid without buying anything.
var charges = set(`fine fines penalty penalties tax taxes damages dividend dividends
	multa multas impuestos sancion sanciones dividendo dividendos multe tasse imposte sanzione sanzioni dividendi
	amende amendes impot impots penalites dividende dividendes steuern strafe strafen bussgeld bussgelder geldbusse geldstrafe dividenden`)

var (
	payingWords   = set(`pay pays paid paying paga pagato pagare pagara paghera pagar pagaron pagarono paie paye payer paya paiera versera verser versare versato zahlt zahlte zahlten zahlen`)
	paidIntoWords = set(`into`) // (not "dans", "nel": "in" as well, "pagato 300 milioni nel 2019 per")
)

// putIntoACompany: the money the verb at i puts goes into a company named
// right after the word of "into", past an article ("in Grab", "into
// Veltraco", "nella Quorvex"): not "into its factories", "into its unit
// Brindle" (money kept in the group), "in escrow for", "en manos de",
// "into Brindle's new factory".
func putIntoACompany(ws words, toks []segment.Token, i int) bool {
	k := moneyPutInto(ws.w, i)
	if k < 0 {
		return false
	}
	for k < len(ws.w) && objectLeads[ws.w[k]] {
		k++
	}
	if k >= len(ws.w) || !ws.isNamed(k) {
		return false
	}
	for k+1 < len(ws.w) && ws.isNamed(k+1) {
		k++
	}
	return !toks[ws.tok[k]].Poss()
}

var (
	puttingVerbs = set(`put puts putting pumped pump pumps pumping poured pour pours pouring injected inject injects injecting ploughed plowed sunk sank
		messo messi mette mettera iniettato iniettati iniettare iniettera inietta metido inyectado inyecto inyectar inyectara inyecta puesto
		injecte injectes injecter injectera injectent mis
		gesteckt steckt steckte steckten stecken gepumpt pumpt pumpte`)
	germanPutting = set(`gesteckt steckte steckten stecken gepumpt pumpte`)
	puttingSieve  = lists.SieveOf(puttingVerbs)
	intoWords     = set(`into in dans en nel nella nello nelle negli nei`)
	// sumLinks join a sum's words and what qualifies it: "1,5 miliardi
	// di dollari", "300 millions d'euros", "eine Milliarde", "another $1
	// billion", "more than", "hundreds of millions"
	sumLinks = set(`a an one un une uno una ein eine einen di de d of about some around circa rund etwa environ unos alrededor quasi almost nearly
		another additional further more than over roughly up to altri ulteriori oltre plus pres mas cerca mehr weitere als
		hundreds centinaia cientos centaines hunderte`)
)

// takingSieve and partingSieve sieve the verbs percentObject and
// partedFrom read, which appendHits asks of every word no trigger takes.
var (
	takingSieve  = lists.SieveOf(takingForms, assumingForms)
	partingSieve = lists.SieveOf(partingForms)
)

// percentObject is the index of the first word of what the percentage
// taken at i is of, past its article; -1 if the verb at i takes none.
func percentObject(w []string, i int) int {
	if !takingSieve.May(w[i]) {
		return -1 // most words: no map lookup (asked of every word of a sentence with a deal word)
	}
	assuming := assumingForms[w[i]] // of full ownership only: "assumed 60% of the debt", "ha assunto 30 dipendenti"
	if !takingForms[w[i]] && !assuming {
		return -1
	}
	k := i + 1
	if k+3 < len(w) && takingArticles[w[k]] && wholeWords[w[k+1]] && ownershipNouns[w[k+2]] && takingOf[w[k+3]] {
		k++ // "a pris la pleine propriété de", "ha assunto la piena proprietà di"
	}
	if k+2 < len(w) && wholeWords[w[k]] && ownershipNouns[w[k+1]] && takingOf[w[k+2]] {
		return pastArticles(w, k+3) // "took full ownership of": all of it, as "took 100% of"
	}
	if assuming {
		return -1
	}
	if k+3 < len(w) && w[k] == "dal" && w[k+3] == "al" {
		k += 3 // "dal 40% al 90,1%": the percentage reached
	}
	if k < len(w) && takingArticles[w[k]] {
		k++ // "il 20%", "al 30%"
	}
	if k+1 < len(w) && digits(w[k]) && digits(w[k+1]) {
		k++ // "90,1%" is read "90" and "1"
	}
	if k+2 >= len(w) || !digits(w[k]) || !percents[w[k+1]] || !takingOf[w[k+2]] {
		return -1
	}
	what := pastArticles(w, k+3)
	if what+1 < len(w) && capitalOrShares[w[what]] && takingOf[w[what+1]] {
		what = pastArticles(w, what+2) // "20% of the shares of", "il 20% del capitale di"
	}
	return what
}

// pastArticles is the index of the first word from k on that is no
// article.
func pastArticles(w []string, k int) int {
	for k < len(w) && takingArticles[w[k]] {
		k++
	}
	return k
}

// percentOfACompany: the percentage the taking verb at i takes, of what
// begins at what (see percentObject), is of a company, named right after
// "of" or after a word or two that describe it ("de l'enseigne espagnole
// Desigual"), and not as the owner of something else ("of Quorvex's
// revenue", "of the workforce of"); and a company takes it, named right
// before the verb, one auxiliary allowed between (past a bridge, see
// takingBridges, only a company named), itself no one's part ("the
// founder of Veltraco took"), or
// referred to ("le groupe a pris", "it took"): not a share of a market,
// of votes or of costs, nor what a person or the state takes.
func percentOfACompany(ws words, i, what int, toks []segment.Token) bool {
	if romanceOwnership(ws, what) && !ws.isNamed(what) {
		return false // "la pleine propriété de l'usine Quorvex": the noun before the name says what is owned
	}
	for start := what; what < len(ws.w) && !ws.isNamed(what); what++ {
		if what == start+2 || clauseEnds[ws.w[what]] || takingOf[ws.w[what]] || describedBetween[ws.w[what]] {
			return false // "of the loss on the Quorvex project", "of the orders placed by Quorvex"
		}
	}
	if !ws.isNamed(what) {
		return false
	}
	end := what
	for ws.isNamed(end + 1) {
		end++
	}
	if toks[ws.tok[end]].Poss() {
		return false
	}
	if n := end + 1; n < len(ws.w) && !clauseEnds[ws.w[n]] && !describedBetween[ws.w[n]] && !takingOf[ws.w[n]] && !afterPercentOwner[ws.w[n]] && !digits(ws.w[n]) {
		return false // "of Quorvex customers": the name describes what follows
	}
	taker := i - 1
	bridged := false // past more than an auxiliary
	for steps := 0; taker >= 0 && steps < 4 && (takingAuxiliaries[ws.w[taker]] || takingBridges[ws.w[taker]]); steps++ {
		bridged = bridged || takingBridges[ws.w[taker]] || steps > 0
		taker-- // "Veltraco later took", "Veltraco agreed to take", "Veltraco is set to take"
	}
	if taker >= 0 && !ws.isNamed(taker) {
		if bridged {
			// "he plans to take", "Daxmoor, its largest shareholder, said it
			// plans to take", "the state-owned bank is set to take": past a
			// bridge only a company named is sure to be the taker
			return false
		}
		if ws.w[taker] == "it" {
			for k := end + 1; k < len(ws.w) && !clauseEnds[ws.w[k]]; k++ {
				if ws.w[k] == "to" {
					return false // "it took 20% of X investors to block"
				}
			}
		}
		return anaphors[ws.w[taker]] || subjectPronouns[ws.w[taker]]
	}
	for ws.isNamed(taker - 1) {
		taker--
	}
	if bridged && taker >= 2 && holdingVerbs[ws.w[taker-1]] && (relatives[ws.w[taker-2]] || ws.w[taker-2] == "that") {
		return false // "the fund that controls Veltraco is set to take": the company is the relative clause's object
	}
	return taker == 0 || taker > 0 && !takingOf[ws.w[taker-1]] && !describedBetween[ws.w[taker-1]] && !toks[ws.tok[taker-1]].Poss()
}

// romanceOwnership: what, the first word of what is owned, follows the
// French, Italian or Spanish word of ownership and its "de"/"di"
// ("la pleine propriété de Quorvex"), which puts a describing noun before
// the name ("de l'usine Quorvex").
func romanceOwnership(ws words, what int) bool {
	k := what - 1
	for k >= 0 && takingArticles[ws.w[k]] {
		k--
	}
	return k >= 1 && takingOf[ws.w[k]] && ownershipNouns[ws.w[k-1]] && ws.w[k-1] != "ownership"
}

// afterPercentOwner may follow the company a percentage is of (not "of
// Quorvex customers", which is of its customers)
var afterPercentOwner = set(`por and or y e et as como come comme last this earlier later which that che que qui through via`)

var (
	takingForms = set(`took take takes taking taken preso prende prendera prenderanno presa tomo toma tomara tomado tomaron pris prend prendra prendre prise salita`)
	// assumingForms take full ownership, never a percentage
	assumingForms = set(`assumed assunto asumio asumido`)
	// ownershipNouns are owning a company whole, after a word of all of
	// it (see wholeWords)
	ownershipNouns = set(`ownership propriete proprieta propiedad`)
	takingArticles = set(`il el al le la l the los las les lo gli i`)
	takingOf       = set(`of di del della dello dei degli delle de du des`)
	// describedBetween are words that end what a percentage is of before
	// a company is named: it is something else of it, or near it
	describedBetween = set(`on from in at to by for with da su sugli sui sulla per con a en avec sur dans pour par mit aus bei auf von placed owned held`)
	// capitalOrShares stand between the percentage and the company
	capitalOrShares = set(`capital capitale shares azioni acciones actions aktien`)
	// takingAuxiliaries may stand between the company and the verb
	takingAuxiliaries = set(`has have had will would ha hanno aveva a ont avait avaient e est era fue habia han`)
	// holdingVerbs, after a relative word, make the company named after
	// them the object of the clause, not who takes ("the fund that
	// controls Veltraco is set to take")
	holdingVerbs = set(`controls controlled owns owned backs backed runs ran manages managed holds held shorted funds funded`)
	// takingBridges too: adverbs of time, and the verbs that govern an
	// infinitive of taking ("agreed to take", "is set to take")
	takingBridges = set(`later eventually then since also now finally already subsequently to agreed agrees plans planned plan intends set is was`)
)

// partedFrom reads the German "sich von X trennen" (to part with X, to
// sell it) with the verb last, at the verb at i: "hatte sich 2008 von
// Quorvex getrennt", "will sich von Quorvex trennen" ("trennt sich" with
// the verb second is a trigger of its own). "sich" and then "von" come in
// the eight words before, in the same clause.
func partedFrom(w []string, i int) bool {
	if !partingSieve.May(w[i]) || !partingForms[w[i]] {
		return false
	}
	from := false // "von" seen, going back from the verb
	for k := i - 1; k >= 0 && k >= i-8 && !clauseEnds[w[k]]; k-- {
		switch {
		case w[k] == "von" || w[k] == "vom":
			from = true
		case w[k] == "sich":
			return from
		}
	}
	return false
}

var partingForms = set(`getrennt trennen`)

// wentFor reads the German "X geht (für PRICE) an Y" ("Das Schweizer
// Geschäft geht für rund 360 Millionen Franken an Medbase", "2016 ging
// Quorvex an Brindle"): what goes to a buyer, for a sum told or not, is
// sold. It gives where the "an" is, -1 when the verb at i is another:
// "an" must come after the verb in its clause (a sum, if told, comes
// after "für" as an amount of millions: not "je Aktie", not "für zehn
// Jahre", not "es geht für X um ..."), and not before a market where no
// price is told ("ging 2005 an die Börse"); and the clause tells no
// negation and nothing gone that is not a business: a stake (an
// investment), an award, a contract, rights, money, a price paid ("Der
// Zuschlag ging für 5 Milliarden Euro an ...", "der Großauftrag", "die
// Übertragungsrechte", "vom Kaufpreis"). What goes must be a company or a
// unit of one; that and the buyer after "an" are asked once names are
// known (wentToACompany).
func wentFor(w []string, i int) int {
	if !goingForms[w[i]] || i+1 < len(w) && w[i+1] == "es" {
		return -1
	}
	priced := false
	for k := i + 1; k < len(w) && k <= i+14 && !clauseEnds[w[k]]; k++ {
		switch {
		case w[k] == "um" && !priced:
			return -1 // "geht es für Kravlo um 1,4 Milliarden Euro"
		case w[k] == "fur" && !priced:
			for j := k + 1; j < len(w) && j <= k+5 && !clauseEnds[w[j]]; j++ {
				if millionWords[w[j]] {
					priced = j+1 >= len(w) || !perWords[w[j+1]] && !(j+2 < len(w) && perWords[w[j+2]])
					break
				}
			}
		case w[k] == "an" && (priced || !toTheMarket(w, k)):
			for g := clauseStart(w, i); g < k; g++ {
				if goneOtherwise(w[g]) || goingDenied[w[g]] {
					return -1
				}
			}
			return k
		}
	}
	return -1
}

// clauseStart is where the clause of word i begins: after the last
// clauseEnds before it.
func clauseStart(w []string, i int) int {
	for i > 0 && !clauseEnds[w[i-1]] {
		i--
	}
	return i
}

// wentToACompany: what goes in wentFor's clause at i is a company, named
// before "an", or a unit of one ("die Logistiksparte", "das
// Deutschlandgeschäft", "die Schweizer Tochter"), and after "an" a company
// is named, past at most an article and two words ("an den chinesischen
// Marktführer Yili"): not "an die Börse", not a player transferred.
func wentToACompany(ws words, i int) bool {
	an := wentFor(ws.w, i)
	if an < 0 {
		return false
	}
	gone := false
	for k := clauseStart(ws.w, i); k < an && !gone; k++ {
		gone = ws.isNamed(k) || unitWord(ws.w[k])
	}
	if !gone {
		return false
	}
	for k := an + 1; k < len(ws.w) && k <= an+8 && !clauseEnds[ws.w[k]]; k++ {
		if ws.isNamed(k) {
			return true
		}
	}
	return false
}

var goingForms = set(`geht ging gingen gehen gegangen`)

// toTheMarket: the "an" at k goes on to a stock market or a start, not
// to a buyer ("ging 2005 an die Börse", "geht an den Start").
func toTheMarket(w []string, k int) bool {
	for j := k + 1; j < len(w) && j <= k+2; j++ {
		if marketsGoneTo[w[j]] {
			return true
		}
	}
	return false
}

var marketsGoneTo = set(`borse borsen start markt aktionare anleger`)

// goneOtherwise: the word names what goes for a sum without a business
// being sold: a stake, an award, a contract, rights, money, a price, a
// share of profits, the stock market ("Minderheitsbeteiligung",
// "Großauftrag", "Auftragsvolumen", "Übertragungsrechte", "Kaufpreis").
func goneOtherwise(w string) bool {
	if goneWords[w] {
		return true
	}
	if GermanStake(w) {
		return true
	}
	for _, end := range []string{"auftrag", "auftrage", "zuschlag", "vertrag", "rechte", "preis", "erlos",
		"volumen", "geld", "gelder", "dividende", "gewinn", "aktien", "aktie", "prozent"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// germanStakeEnds end the German words for a stake ("Beteiligung",
// "Mehrheitsbeteiligung", "Anteil", "Anteile").
var germanStakeEnds = []string{"beteiligung", "anteil", "anteile"}

// GermanStake: the folded word is a German word for a stake
// ("Mehrheitsbeteiligung", "Minderheitsanteil").
func GermanStake(w string) bool {
	return slices.ContainsFunc(germanStakeEnds, func(end string) bool { return strings.HasSuffix(w, end) })
}

var goneWords = set(`aktienpaket forderung halfte kapitalmarkt borse`)

// unitWord: the word names a company's business or unit ("Sparte",
// "Deutschlandgeschäft", "Tochter", "Werk").
func unitWord(w string) bool {
	for _, end := range []string{"sparte", "geschaft", "tochter", "tochtergesellschaft", "einheit", "bereich", "werk", "werke", "kette", "konzern", "unternehmen", "firma", "gruppe", "marke"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// goingDenied deny what the clause tells ("geht doch nicht für ... an").
var goingDenied = set(`nicht kein keine keinen nie`)

// millionWords scale a German sum.
var millionWords = set(`millionen million mio milliarden milliarde mrd`)

// wonSomethingElse: the verb of winning ending at word end ("si è
// aggiudicata", "se hizo con", "s'est adjugé") takes as its object a
// tender, a contract, works, a prize or a share of a market: what a
// company wins besides another company. The object's head is read: the
// first word after its articles, or after a share ("el 30% del
// mercado"); a word further on is not the object ("si era aggiudicata
// Brindle nella gara", "s'était adjugé Brindle au prix de 12 euros").
func wonSomethingElse(w []string, end int) bool {
	if !wonWords[w[end]] {
		return false
	}
	k := end + 1
	for k < len(w) && wonArticles[w[k]] {
		k++
	}
	if k+1 < len(w) && isNumber(w[k]) && (w[k+1] == "%" || w[k+1] == "percent") {
		// a share of something: what follows its of-word and article
		for k += 2; k < len(w) && (wonArticles[w[k]] || ofWords[w[k]]); k++ {
		}
	}
	return k < len(w) && wonThings[w[k]]
}

// securingWords are the verbs of securing among the purchase triggers:
// a company secured for itself ("si era assicurata il 97% di", "se aseguró
// la mayoría de", "s'est assuré le contrôle de", "sicherte sich die
// Mehrheit an", "hatte sich ... die Plattform Tiscover gesichert") is bought.
var securingWords = set(securingWordList)

const securingWordList = `assicurata assicurato assicurati assicurate assicurarsi assicurandosi asegurado asegurada aseguro asegurarse asegurandose
	assure assuree assures assurer sicherte sicherten gesichert`

// withoutCombinationsOfNoCompany drops "combined with" where no company
// combines with another: a merger is a company's name right before it and
// another's in the few words after ("Independent Vetcare combined with
// the Nordic chain Evidensia"), not "strong sales combined with cost
// cuts", "Quorvex's cash, combined with Brindle's", "the deal, combined
// with Brindle's".
func withoutCombinationsOfNoCompany(hs []hit, ws words) []hit {
	return slices.DeleteFunc(hs, func(h hit) bool {
		if ws.w[h.at] != "combined" || h.kind != model.Merger {
			return false
		}
		subject := h.at - 1
		if subject < 0 {
			return true // "Combined with ...": no company before it
		}
		if ws.w[subject] == "," {
			subject = appositionOpens(ws, subject) - 1 // the name before "founded in the UK,"
		}
		if !ws.isNamed(subject) {
			return true
		}
		for subject > 0 && ws.isNamed(subject-1) {
			subject--
		}
		if subject > 0 && (namePrepositions[ws.w[subject-1]] || agentPrepositions[ws.w[subject-1]]) {
			return true // "a drug made by Veltraco combined with": a thing of the company
		}
		for k := h.at + 2; k < len(ws.w) && k <= h.at+6; k++ {
			if !ws.isNamed(k) {
				if !wordLike(ws.w[k]) {
					return true
				}
				continue
			}
			for k < len(ws.w) && ws.isNamed(k) {
				k++
			}
			// a merger is dated or says what it makes ("in 2017, creating");
			// not "combined with Brindle's", "combined with Brindle and
			// Daxmoor controls 60%", "combined with Brindle to win"
			return !mergerOutcomeSoon(ws, k)
		}
		return true
	})
}

// mergerOutcomeSoon: within the six words from k a year dates the merger
// or a word says what it made ("in 2017", "creating", "to form").
func mergerOutcomeSoon(ws words, k int) bool {
	for j := k; j < len(ws.w) && j < k+6; j++ {
		if yearWord(ws.w[j]) || mergerOutcomes[ws.w[j]] {
			return true
		}
		if ws.w[j] == "s" || ws.w[j] == "and" && ws.isNamed(j+1) {
			return false
		}
	}
	return false
}

var mergerOutcomes = set(`creating forming create form formed created`)

// appositionOpens is the comma that opens the apposition the comma at k
// closes, at most eight words of the language between ("Independent
// Vetcare, founded in the UK,"): -1 if there is none.
func appositionOpens(ws words, k int) int {
	for j := k - 1; j >= 0 && j >= k-9; j-- {
		if ws.w[j] == "," {
			return j
		}
		if !wordLike(ws.w[j]) {
			return -1
		}
	}
	return -1
}

// disputePaid: the sentence pays what a dispute cost, an award, damages
// or a settlement, and names no company paid for ("paid more than $700
// million after losing an arbitration", "ha pagato 200 milioni di
// risarcimento"; not "paid $2 billion for Veltraco, ending years of
// litigation").
func disputePaid(ws words) bool {
	if !slices.ContainsFunc(ws.w, func(w string) bool { return disputeWords[w] }) {
		return false
	}
	for i, w := range ws.w {
		if forWords[w] && namedSoon(ws, i+1, 4) {
			return false
		}
	}
	return true
}

var disputeWords = set(`arbitration arbitral lawsuit lawsuits litigation damages arbitrato risarcimento contenzioso arbitraje indemnizacion litigio
	arbitrage dommages contentieux litige schiedsverfahren schiedsspruch schiedsgericht schadenersatz rechtsstreit`)

// withoutUngrantedRights drops the rights to a product read as a licence
// ("exclusive U.S. rights", "diritti di commercializzazione") where no
// verb of granting them, or of paying for them, stands within twelve
// words of them in their clause: rights held, fought over or won at
// auction ("holds the U.S. rights to the drug", "infringed its exclusive
// rights", "won the exclusive rights against Quorvex") are no licence
// between two companies, nor are "rights groups" or rights to negotiate.
func withoutUngrantedRights(hs []hit, ws words) []hit {
	return slices.DeleteFunc(hs, func(h hit) bool {
		if h.kind != model.Licensing {
			return false
		}
		end := h.at
		for end < len(ws.w) && end < h.at+3 && !licenceRightsWords[ws.w[end]] {
			end++
		}
		if end >= len(ws.w) || !licenceRightsWords[ws.w[end]] {
			return false // a licence word of its own
		}
		if end+1 < len(ws.w) && rightsGroups[ws.w[end+1]] {
			return true
		}
		for k := end + 1; k < len(ws.w) && k <= end+3; k++ {
			if negotiationWords[ws.w[k]] {
				return true // "the exclusive rights to negotiate with Quorvex", "Exklusivrechte für Verhandlungen"
			}
		}
		// (past the commas of an apposition: "ha otorgado a Veltraco, su
		// socio en Japón, los derechos exclusivos")
		for k := h.at - 1; k >= 0 && k >= h.at-12 && !sentenceBreaks[ws.w[k]]; k-- {
			if grantVerbs[ws.w[k]] && !(k > 0 && grantRelatives[ws.w[k-1]]) {
				return false // (not "..., which gives it exclusive rights to the brand": what a purchase brings)
			}
		}
		// or after, where German puts its verb last ("die
		// Vermarktungsrechte ... überlassen")
		for k := end + 1; k < len(ws.w) && k <= end+12 && !sentenceBreaks[ws.w[k]]; k++ {
			if grantVerbs[ws.w[k]] {
				return false
			}
		}
		return true
	})
}

var licenceRightsWords = set(`rights diritti derechos droits exklusivrechte vermarktungsrechte rechte`)

// grantRelatives open a relative clause on a verb of granting: "...,
// which gives it exclusive rights to the brand", what a purchase brings.
var grantRelatives = set(`which that che que qui`)

var negotiationWords = set(`negotiate negotiations negotiation talks verhandlungen verhandeln negociar negociaciones negocier negociations negoziare trattative`)

var rightsGroups = set(`group groups organisation organisations organization organizations activists campaigners`)

// sentenceBreaks end the stretch a verb of granting is looked for in.
var sentenceBreaks = set(`. ; : ? !`)

// grantVerbs give rights to another, take them, or pay for them (folded).
var grantVerbs = set(`granted grants grant granting gave gives give giving licensed licenses licences sold sells handed awarded
	concesso concede ceduto cede affidato affida attribuito
	otorgo otorga otorgado concedio concede concedido cedio cede cedido
	accorde accordes octroye octroie
	uberlassen uberlasst uberliess ubertragen ubertragt ubertrug erteilt eingeraumt raumte raumt gewahrt gewahrte vergeben vergab
	gesichert sichert sicherte abgibt abgegeben
	paid pays pay paying gezahlt zahlte zahlt bezahlt verse versee paye versato pagato pago pagado
	obtained obtains obtain receive receives received receiving secured secures secure ottenuto ottiene ricevuto riceve
	obtuvo obtiene obtenido recibe recibio recibido obtenu obtient recoit recu erhalt erhielt erhalten
	erworben erwirbt erwarb ubernimmt ubernahm ubernommen`)

// withoutResoldGoods drops the Romance verbs of reselling ("revendu",
// "rivende", "revendió") that resell no business: a sale of one names
// the company or a business, a stake or shares within eight words of its
// clause ("il a revendu Quorn Foods au philippin Monde Nissin", "revend
// la marque Muscle Milk", "aveva rivenduto a KDDI la propria quota"), as
// electricity, phones or tickets resold are not; nor are shares resold
// on the market ("revendu ses actions en Bourse").
func withoutResoldGoods(hs []hit, ws words) []hit {
	return slices.DeleteFunc(hs, func(h hit) bool {
		if h.kind != model.Divestiture || !resaleWords[ws.w[h.at]] {
			return false
		}
		business := false
		for k := h.at + 1; k < len(ws.w) && k <= h.at+8 && !clauseEnds[ws.w[k]] && !whereWords[ws.w[k]]; k++ {
			if marketWords[ws.w[k]] {
				return true
			}
			// the company itself as the object, right after the verb or its
			// article ("a revendu Quorn Foods"), not one named further on
			// ("revend l'électricité ... à Quorvex")
			object := ws.isNamed(k) && (k == h.at+1 || k == h.at+2 && determiners.Has(ws.w[h.at+1]))
			business = business || object || soldBusiness(ws.w[k]) || resoldBrands[ws.w[k]] || resoldBusinesses[ws.w[k]]
		}
		return !business
	})
}

var resaleWords = set(`revendu revendue revendus revendre revend revendait revendra revendio revendido revender revendera
	rivenduto rivenduta rivendere rivende rivendera`)

// resoldBrands are brands resold as businesses ("revend la marque Muscle Milk").
var resoldBrands = set(`marque marques marca marcas marchio marchi brand brands`)

// resoldBusinesses are the businesses a company resells.
var resoldBusinesses = set(`controllata controllate societa azienda filiale filiales filial empresa sociedad quota participation participacion partecipazione
	capital capitale activite activites attivita actividad negocio division divisione subsidiary unit usine stabilimento fabrica`)

// whereWords end the stretch a business resold is looked for in: where
// the goods are resold ("rivende gli smartphone nei suoi negozi").
var whereWords = set(`nei nel nella negli dans im`)

// marketWords say shares were resold on the market, to no company.
var marketWords = set(`bourse borsa bolsa marche mercato mercado market`)

// withoutBrandsSoldAs drops "sold as", "sold under", "venduta come",
// "vendu sous" before a name that is no company: the brand goods are
// marketed under ("its pill lorcaserin, later sold as Belviq"), no sale
// of a business.
func withoutBrandsSoldAs(hs []hit, ws words, toks []segment.Token) []hit {
	return slices.DeleteFunc(hs, func(h hit) bool {
		k := h.at + 1
		if h.kind != model.Divestiture || k+1 >= len(ws.w) || !soldAsWords[ws.w[k]] {
			return false
		}
		if ws.w[k] == "under" || ws.w[k] == "sous" || ws.w[k] == "bajo" {
			k++ // "vendu sous le nom de", "vendido bajo la marca"
			for k+1 < len(ws.w) && (determiners.Has(ws.w[k]) || brandNameWords[ws.w[k]]) {
				k++
			}
		} else {
			k++
		}
		if k >= len(ws.w) || ws.isNamed(k) || !toks[ws.tok[k]].Cap() || toks[ws.tok[k]].Punct() {
			return false
		}
		// the brand ends its phrase: "later sold as Belviq, for $50
		// million", "sold as Belviq in the United States"; not "sold
		// under U.S. pressure to Quorvex", "venduta come Bruxelles aveva
		// imposto"
		for k < len(ws.w) && toks[ws.tok[k]].Cap() && !toks[ws.tok[k]].Punct() {
			k++
		}
		return k >= len(ws.w) || clauseEnds[ws.w[k]] || brandFollowers[ws.w[k]]
	})
}

// brandFollowers may follow the brand a product is sold as: where and
// since when ("sold as Belviq in the United States").
var brandFollowers = set(`in on since until from en dans depuis nel negli in dal desde hasta im seit`)

// (Not the German "als", "unter": every noun is capitalised, "verkauft
// als Teil", "verkauft unter dem Druck seiner Gläubiger".)
var soldAsWords = set(`as under come como comme sous bajo`)

// brandNameWords stand between "sold under" and the brand: "the name",
// "la marque", "el nombre de".
var brandNameWords = set(`name brand names brands nom marque nombre marca marchio nome namen marke de di du des`)

// withoutGoodsSold drops the sales a verb in the present tells of goods
// with no article before them and no company after: what a company sells
// from day to day ("Arla Foods UK sells fresh milk to supermarkets",
// "vende soprattutto latte fresco", "vend avant tout du lait frais aux
// grandes surfaces"). A business sold has its article, its owner or its
// name ("sells its dairy arm", "vend la filiale", "sells Brindle"), or a
// buyer named ("Quorvex sells dairy unit to Brindle", as headlines put
// it); shares and assets sold bare ("sells shares in") keep their
// reading. (Not the German "verkauft", a participle as often.)
func withoutGoodsSold(hs []hit, ws words) []hit {
	return slices.DeleteFunc(hs, func(h hit) bool {
		if h.kind != model.Divestiture || !presentSales[ws.w[h.at]] {
			return false
		}
		k := h.at + 1
		for k < len(ws.w) && salesAdverbs[ws.w[k]] {
			k++
		}
		if k+1 < len(ws.w) && (ws.w[k] == "du" || ws.w[k] == "de" && (ws.w[k+1] == "la" || ws.w[k+1] == "l")) {
			// past the French partitive: "du lait", "de l'électricité"
			if k++; ws.w[k] == "la" || ws.w[k] == "l" {
				k++
			}
		}
		return k < len(ws.w) && bareGoods(ws, k) && !namedAfter(ws, k)
	})
}

// namedAfter: a company is named at k or after it in the sentence.
func namedAfter(ws words, k int) bool {
	for ; k < len(ws.w); k++ {
		if ws.isNamed(k) {
			return true
		}
	}
	return false
}

// bareGoods: the word at k opens an object with no article: a word of the
// language, no name, number, determiner or possessive, nor a business,
// shares or assets.
func bareGoods(ws words, k int) bool {
	w := ws.w[k]
	if ws.isNamed(k) || !wordLike(w) || isNumber(w) || determiners.Has(w) || indefiniteArticles[w] || goodsObjectOpeners[w] {
		return false
	}
	for j := k; j < len(ws.w) && j < k+4 && wordLike(ws.w[j]) && !recipientWords[ws.w[j]] && !marketPrepositions[ws.w[j]]; j++ {
		if soldBusiness(ws.w[j]) {
			return false // "sells UK dairy arm", "sells cement plants in"
		}
	}
	return true
}

// soldBusiness: w names a business, a part of one, shares or assets.
func soldBusiness(w string) bool {
	return businessWords[w] || stakeNouns[w] || shareNouns[w] || assetNouns[w]
}

// presentSales are the verbs of selling in the present, which tell a
// habit as often as a deal.
var presentSales = set(`sells vende vendono vend vendent venden`)

// salesAdverbs stand between a verb of selling and what it sells.
var salesAdverbs = set(`mostly mainly primarily chiefly largely also soprattutto principalmente anche
	avant tout surtout principalement aussi egalement sobre todo tambien vor allem hauptsachlich auch`)

// goodsObjectOpeners open an object with its owner or its count.
var goodsObjectOpeners = set(`its their his her our all some most both each several many a an any no other own
	suo sua suoi sue loro tutte tutti su sus todo toda todos todas son sa ses leur leurs tout toute tous toutes
	sein seine seinen ihr ihre ihren alle`)

// assetNouns are assets sold bare ("sells assets to").
var assetNouns = set(`assets asset activos attivi actifs attivita activites rights diritti derechos droits`)

// withoutSecuringsOfNoCompany drops the verbs of securing that secure
// no company (see securedACompany). The names are marked before.
func withoutSecuringsOfNoCompany(hs []hit, ws words) []hit {
	return slices.DeleteFunc(hs, func(h hit) bool {
		return h.kind == model.Acquisition && securingWords[ws.w[h.at]] && !securedACompany(ws, h.at)
	})
}

// securedACompany: the verb of securing at i is reflexive, the company
// secures something for itself ("si è assicurata", "se aseguró", "s'est
// assuré", "sicherte sich"; not "il prestito assicurato dalla banca"), and
// what it secures is a company or a part of one: a name, a stake or
// control. Most things secured are no company: support, financing, a
// contract, jobs.
func securedACompany(ws words, i int) bool {
	w := ws.w
	switch {
	case w[i] == "gesichert":
		// the object stands between "sich" and the participle closing
		// the clause ("hatte sich Summit die Mehrheit an der britischen
		// Independent Vetcare gesichert")
		s := slices.Index(w[max(0, i-14):i], "sich")
		return s >= 0 && germanObjectSecured(ws, max(0, i-14)+s+1, i)
	case w[i] == "sicherte" || w[i] == "sicherten":
		// "sicherte sich Summit die Mehrheit an": the subject may stand
		// between "sich" and the object
		return i+1 < len(w) && w[i+1] == "sich" && germanObjectSecured(ws, i+2, min(len(w), i+12))
	case strings.HasSuffix(w[i], "si") || strings.HasSuffix(w[i], "se"):
		// "assicurarsi", "asegurándose": the pronoun in the verb
	default:
		reflexive := false
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if w[j] == "si" || w[j] == "se" || w[j] == "s" {
				reflexive = true
			}
		}
		if !reflexive {
			return false
		}
	}
	k := i + 1
	for k < len(w) && (wonArticles[w[k]] || adverbsBeforeObject[w[k]]) {
		k++
	}
	if k+1 < len(w) && isNumber(w[k]) && percents[w[k+1]] {
		k++ // "il 97% di"
	}
	return k < len(w) && (ws.isNamed(k) && !securedAsWhat(ws, k) || (securedThings[w[k]] || fractionNouns[w[k]] || percents[w[k]]) && ofNamedCompany(ws, k+1))
}

// securedAsWhat: the company named at k is secured as something, a
// client, a sponsor ("si è assicurata Quorvex come cliente"), not bought.
func securedAsWhat(ws words, k int) bool {
	for k < len(ws.w) && ws.isNamed(k) {
		k++
	}
	return k < len(ws.w) && asWords[ws.w[k]]
}

// ofNamedCompany: an of-word at k opens a company's name, or the words
// that describe it ("di Quorvex", "des französischen Tanklagerbetreibers
// Quorvex"); not something else of it ("dei voti nell'assemblea di
// Quorvex").
func ofNamedCompany(ws words, k int) bool {
	if k >= len(ws.w) || !ofWordSet.Has(ws.w[k]) && !genitiveDeterminers[ws.w[k]] && ws.w[k] != "am" && ws.w[k] != "an" {
		return false
	}
	for j := k + 1; j < len(ws.w) && j <= k+4; j++ {
		if ws.isNamed(j) {
			return true
		}
		if !wordLike(ws.w[j]) || ofWordSet.Has(ws.w[j]) || namePrepositions[ws.w[j]] || marketPrepositions[ws.w[j]] || ws.w[j] == "nell" || ws.w[j] == "a" || ws.w[j] == "at" {
			return false
		}
	}
	return false
}

// germanObjectSecured: words from to to name a company after another
// word: the company or the one whose stake or control is secured (a name
// right after "sich" is the subject: "hat sich Quorvex die Finanzierung
// gesichert"; "die Kontrolle über den Vorstand" is no company's; "einen
// Auftrag des Autobauers Quorvex" is another thing of one).
func germanObjectSecured(ws words, from, to int) bool {
	part := false // a stake, the majority or control: what is of a company
	for k := from; k < to; k++ {
		if ws.w[k] == "," || ws.w[k] == "." {
			return false
		}
		part = part || securedThings[ws.w[k]] || fractionNouns[ws.w[k]] || percents[ws.w[k]]
		if (ws.w[k] == "des" || ws.w[k] == "eines") && !part {
			return false // "einen Großauftrag des Autobauers Quorvex", "die Unterstützung des Großaktionärs": something of the company
		}
		if k > from && ws.isNamed(k) && !ws.isNamed(k-1) && !lenderBefore(ws, k) {
			return true
		}
	}
	return false
}

// lenderBefore: "bei", "von" stand before the name at k, or before its
// article: whom a thing was secured from ("sich bei der Deutschen Bank
// die Finanzierung gesichert").
func lenderBefore(ws words, k int) bool {
	return germanFromWords[ws.w[k-1]] || k >= 2 && germanFromWords[ws.w[k-2]]
}

var germanFromWords = set(`bei beim von vom mit durch`)

// securedThings are the parts of a company one secures: a stake, the
// majority, control (folded); secured of a company named after them
// ("la maggioranza di Brindle", not "la maggioranza dei voti").
var securedThings = set(`maggioranza controllo quota partecipazione mayoria control participacion majorite controle participation
	mehrheit kontrolle anteil anteile beteiligung aktienmehrheit mehrheitsbeteiligung`)

// adverbsBeforeObject may stand between a verb of securing and its
// object ("si era assicurata già il", "sicherte sich bereits die").
var adverbsBeforeObject = set(`gia ya deja bereits schon anche auch also tambien aussi`)

// wonWords end the verbs of winning among the purchase triggers.
var wonWords = set(`aggiudicata aggiudicato aggiudicati aggiudicate aggiudica aggiudico aggiudicarsi aggiudicandosi adjudico adjudica adjudicarse adjudicado
	adjuge adjugee con`)

// wonArticles open the object of a verb of winning (folded, elisions split).
var wonArticles = set(`il lo la l i gli le un una uno el los las unos unas une des du de del della`)

// wonThings are what is won besides a company (folded).
var wonThings = set(`gara gare appalto appalti contratto contratti commessa commesse bando bandi premio premi concessione concessioni
	mercato mercati lavori fornitura forniture incarico servizio lotto lotti
	contrato contratos concurso concursos licitacion licitaciones adjudicacion pedido pedidos premio premios concesion concesiones
	mercado mercados obras suministro servicio proyecto lote lotes galardon trofeo
	contrat contrats appel appels marche marches prix commande commandes concession concessions chantier travaux trophee`)

// partedFromACompany: the parting at i is a company's from a company: the
// verb ends the clause ("getrennt halten", "getrennt geführte" are
// others), a company is named or referred to in the three words before
// "sich" or right after it, and what follows "von" is a company, after
// at most an article or possessive and one word of owning ("von seiner
// Tochter Quorvex"), then at most a year: not a chief executive, staff,
// a partner, a supplier or an idea.
func partedFromACompany(ws words, i int) bool {
	w := ws.w
	if i+1 < len(w) && !clauseEnds[w[i+1]] && !partedAfter[w[i+1]] {
		return false
	}
	v := -1
	for k := i - 1; k >= 0 && k >= i-8 && v < 0; k-- {
		if w[k] == "von" || w[k] == "vom" {
			v = k
		}
	}
	if v < 0 {
		return false
	}
	sich := -1
	for k := v - 1; k >= 0 && sich < 0; k-- {
		if w[k] == "sich" {
			sich = k
		}
	}
	if sich < 0 || !partingCompany(ws, sich+1) && !(partingCompany(ws, sich-1) || partingCompany(ws, sich-2) || partingCompany(ws, sich-3)) {
		return false // (an auxiliary or an adverb may stand between: "Der US-Konzern wiederum hatte sich")
	}
	k := v + 1
	for k < i && partedDeterminers[w[k]] {
		k++
	}
	if k < i && ownedWord(w[k]) {
		k++
	}
	if !ws.isNamed(k) {
		return false
	}
	for ws.isNamed(k) || k < i && (w[k] == "und" || w[k] == ",") && ws.isNamed(k+1) {
		k++
	}
	for k < i && digits(w[k]) {
		k++ // a year
	}
	return k == i
}

// ownedWord: w is a word of owning, or a compound ending in one
// ("Wundversorgungssparte").
func ownedWord(w string) bool {
	if partedOwned[w] {
		return true
	}
	for o := range partedOwned {
		if len(o) >= 5 && len(w) > len(o) && strings.HasSuffix(w, o) {
			return true
		}
	}
	return false
}

// partingCompany: word k names a company, or refers to one ("der
// US-Konzern", "er").
func partingCompany(ws words, k int) bool {
	return ws.isNamed(k) || k >= 0 && k < len(ws.w) && (anaphors[ws.w[k]] || subjectPronouns[ws.w[k]])
}

var (
	// partedAfter may follow the verb that ends the clause, or stand
	// between the company and "sich"
	partedAfter       = set(`hat hatte haben hatten habe sei seien wird wurde werden will wollen wollte soll sollen sollte muss mussen musste kann konnen konnte und oder`)
	partedDeterminers = set(`der die das dem den des seiner seinem seinen seines ihrer ihrem ihren ihres einer einem`)
	partedOwned       = set(`tochter tochterfirma tochtergesellschaft sparte beteiligung beteiligungen anteil anteilen anteile marke einheit geschaftsbereich division`)
)

var (
	madeForms = set(`hizo hace hara hicieron hacen haria`)
	keptForms = set(`quedo queda quedara quedaron quedan quedaria`)
)

// opensWithTheDeal: the sentence opens with the deal the reader knows
// ("La fusión requiere el visto bueno de los accionistas de Avast", "The
// merger needs the approval of ..."): it is what the sentence is about,
// and the company it names is no side the deal is wanting. The sentence
// must tell no other deal ("La operación llega cinco años después de que
// ... rechazara una oferta de compra de Pfizer"), and a stake is no deal
// of its own.
func opensWithTheDeal(ws words, hs []hit) bool {
	if len(hs) != 1 || hs[0].kind == model.Investment || definite(ws, hs) != 0 || hs[0].at > 2 {
		return false
	}
	// "The merger with Daxmoor collapsed in 2015": a deal with the one
	// named, the reader's only by its article
	next := hs[0].at + 1
	return next >= len(ws.w) || !withWords[ws.w[next]]
}

// topicNamed: the sentence opens with "for" and a company ("For Engie,",
// "Per Siemens"): what it goes on to say is about that company.
func topicNamed(ws words, ms []Mention) bool {
	return len(ws.w) > 1 && len(ms) > 0 && IsTopicWord(ws.w[0]) && ms[0].From == ws.tok[1]
}

// IsTopicWord: the folded word opens what a sentence is about ("For
// Engie, ...", "Per la holding ...").
func IsTopicWord(folded string) bool { return topicWords[folded] }

var topicWords = set(`for per pour fur para`)

// dativeClitic: a pronoun standing for who the deal was made with comes
// just before the deal's verb, or before its auxiliary: "Barco lui a cédé
// son activité", "Barco le vendió su negocio", "Barco gli ha ceduto la
// divisione". The other side is a company named before, as "it" would be.
// Before a noun the French pronoun is a possessive ("leur cession": their
// sale); an Italian "le" is a dative only between an auxiliary and a
// participle in -o ("le ha ceduto"), elsewhere the things sold ("le ha
// cedute", "le cederà").
func dativeClitic(ws words, at int, lang string) bool {
	forms := dativeClitics[lang]
	if forms == nil || at == 0 {
		return false
	}
	k := at - 1
	auxiliary := k > 0 && cliticAuxiliaries[ws.w[k]]
	if auxiliary {
		k--
	}
	switch {
	case !forms[ws.w[k]]:
		return false
	case lang == "fr" && !auxiliary && frenchDealNouns[ws.w[at]]:
		return false
	case lang == "it" && ws.w[k] == "le":
		return auxiliary && strings.HasSuffix(ws.w[at], "o")
	}
	return true
}

// ownUnitSold: one of the two parties is named as a unit of an owner the
// sentence does not name, by a possessive before it, maybe with a word of
// business between ("its Cariflex unit", "su negocio Cariflex", "son
// activité Cariflex"), and no company is named before that possessive.
func ownUnitSold(ms []Mention, toks []segment.Token, parties []string) bool {
	for _, m := range ms {
		if !slices.Contains(parties, m.Company) {
			continue
		}
		k := m.From - 1
		if k >= 0 && businessWords[toks[k].Folded()] {
			k--
		}
		if k < 0 || !possessivePronouns[toks[k].Folded()] || ownersPlural[toks[k].Folded()] {
			continue // (not "The founders sold their Daxmoor business")
		}
		for _, o := range ms {
			if o.From < k {
				return false // "Kraton sold its Cariflex unit": the owner named
			}
		}
		for _, t := range toks[:k] {
			if founderWords[t.Folded()] {
				return false // "Su fundador vendió su negocio Daxmoor", "la famiglia Rossi aveva ceduto la sua società"
			}
		}
		return true
	}
	return false
}

// withoutStakesOfNoCompany drops the stakes that phrases of buying into
// or opening the capital tell where no investor comes in: what is bought
// into is an idea ("bought into Quorvex's argument", "bought into the
// hype"), or the capital opens to a market ("a ouvert son capital
// en Bourse", "ha aperto il capitale al mercato", "dio entrada a Quorvex
// en el mercado alemán", "opened its capital markets office").
func withoutStakesOfNoCompany(hs []hit, ws words, toks []segment.Token) []hit {
	return slices.DeleteFunc(hs, func(h hit) bool {
		if h.kind != model.Investment {
			return false
		}
		k := h.at + 1
		if k < len(ws.w) && ws.w[k] == "into" && buyingForms[ws.w[h.at]] {
			k++
			if k < len(ws.w) && (ws.w[k] == "the" || ws.w[k] == "a") {
				k++
			}
			end := k
			for end < len(ws.w) && ws.isNamed(end) {
				end++
			}
			if end > k {
				// "bought into Quorvex's argument" (not "bought into
				// Quorvex's rival Brindle", a company after)
				return toks[ws.tok[end-1]].Poss() && !namedSoon(ws, end, 3)
			}
			return k < len(ws.w) && boughtIdeas[ws.w[k]] // "bought into the hype" (not "bought into the company")
		}
		if !capitalOpeners[ws.w[h.at]] {
			return false
		}
		named := false
		for j := h.at + 1; j < len(ws.w) && j <= h.at+7; j++ {
			named = named || ws.isNamed(j)
			if !listingMarkets[ws.w[j]] {
				continue
			}
			// a market after a company named is the company's ("opened its
			// capital to Quorvex, the market leader"), unless it is
			// entered ("dio entrada a Quorvex en el mercado alemán")
			e := j - 1
			if e > h.at && marketArticles[ws.w[e]] {
				e--
			}
			return !named || marketEntries[ws.w[e]]
		}
		return false
	})
}

var (
	marketArticles = set(`el la le il lo the der die den dem`)
	marketEntries  = set(`en in into nel nella dans sur al auf`)
)

var (
	buyingForms    = set(`bought buys buy buying`)
	boughtIdeas    = set(`hype idea ideas story argument arguments vision strategy concept notion plan view thesis narrative promise theory case`)
	capitalOpeners = set(`opened ouvert ouvre ouvrir aperto apre aprire abrio abre dio dar da dado`)
	listingMarkets = set(`bourse borsa bolsa mercato mercado market markets ipo cotation quotazione cotizacion pais sector negocio segmento`)
)

// ownersPlural are the possessives of many owners, people more often than
// a company; founderWords name people who own a business.
var (
	ownersPlural = set(`their leur leurs loro sus ihre ihren ihrer`)
	founderWords = set(`founder founders fundador fundadores fondateur fondateurs fondatore fondatori grunder family families familia famille famiglia familie
	brothers hermanos freres fratelli bruder owner owners`)
)

// recipientNamedIn: a company of the span is named after a word of giving
// to ("a Veeco", "to Veeco", "à Veeco").
func recipientNamedIn(ms []Mention, toks []segment.Token, ws words, span clause) bool {
	from, to := ws.tok[span.from], ws.tok[span.to-1]
	for _, m := range ms {
		if m.From > from && m.From <= to && recipientWords[toks[m.From-1].Folded()] {
			return true
		}
	}
	return false
}

// frenchDealNouns are the French nouns of a sale or a purchase, which a
// possessive "leur" may stand before.
var frenchDealNouns = set(`vente ventes cession cessions rachat rachats achat achats acquisition acquisitions reprise reprises scission`)

var dativeClitics = map[string]map[string]bool{
	"fr": set(`lui leur`),
	"es": set(`le les`),
	"it": set(`gli le`),
}

// withoutAccountsSetApart drops the Italian words of a spin-off used of
// figures: "scorporato l'effetto cambi", "scorporare dal confronto gli
// oneri", "ha scorporato dal bilancio la partecipazione" set an item apart
// in the accounts, which spins nothing off.
func withoutAccountsSetApart(hs []hit, ws words) []hit {
	return slices.DeleteFunc(hs, func(h hit) bool {
		if !spinOffVerbs[ws.w[h.at]] || h.at+2 >= len(ws.w) {
			return false
		}
		// "dal bilancio", "dai conti" (not "dal gruppo la divisione": a
		// unit taken out); "l'effetto", "il contributo"
		next, item := ws.w[h.at+1], ws.w[h.at+2]
		return accountsFrom[next] && accountBooks[item] || italianDeterminers[next] && accountItems[item]
	})
}

var (
	spinOffVerbs       = set(`scorporato scorporare scorporera`)
	accountsFrom       = set(`dal dai dalla dalle dallo`)
	accountBooks       = set(`bilancio bilanci conti conto confronto risultati risultato dati calcolo calcoli`)
	italianDeterminers = set(`l il lo la i gli le`)
	accountItems       = set(`effetto effetti contributo contributi impatto impatti componente componenti onere oneri voce voci
		partita partite valore valori costo costi ricavo ricavi risultato risultati dato dati svalutazione svalutazioni`)
)
