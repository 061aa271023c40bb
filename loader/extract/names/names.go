// Package names recognises the companies an article names. No model of
// language is good enough here (measured: NER libraries call Xiaomi a
// place), so a name is a company on evidence: a known-company list, a
// legal suffix or company word ending it, a stock ticker after it, a
// company noun beside it ("handset maker Xiaomi"), a role in a deal phrase
// ("deal with X"), and agreement across the corpus — a name shown to be a
// company in one article is one everywhere. Names of places, people,
// outlets, public bodies and products are refused.
package names

import (
	"math/bits"
	"runtime"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"dealwire/loader/extract/lexicon"
	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/parallel"
	"dealwire/loader/extract/segment"
	"dealwire/loader/extract/slab"
	"dealwire/model"
)

// Doc is one article as recognition sees it.
type Doc struct {
	Lang      string
	Outlet    string // the article's own outlet: never a company of it
	Sentences []string
	Headings  []bool            // per sentence: a title or heading line
	Tokens    [][]segment.Token // per sentence
}

// Mention is one naming of a company in a sentence.
type Mention struct {
	Sentence int
	From, To int    // token indices, [From, To)
	Text     string // as written
	Company  string // canonical name
}

// Company is one company found across the corpus.
type Company struct {
	Name     string
	Aliases  []string // every spelling seen, legal suffixes removed
	Mentions int
}

// Result is what recognition found.
type Result struct {
	Companies []Company
	Mentions  [][]Mention // per doc, in text order
}

// Cue is a word list recognition needs from the deal lexicon: verbs and
// nouns of deals whose neighbours are companies.
type Cue func(lang, folded string) bool

type recognizer struct {
	lex   *lexicon.Lexicon
	isCue Cue
	lower map[string]bool // words the corpus writes in lower case
	// lowerNames are the names the corpus writes in lower case before a
	// company word ("ibibo Group", "exocad Global Holdings", "i2
	// Technologies"), folded: a name wherever they stand alone
	lowerNames map[string]bool
}

// evidence gathered for one grouping key across the corpus. Every name of
// every doc has one until the docs' are summed, hundreds of thousands for
// a large corpus: the counts are 32 bits (a corpus names nothing two
// billion times) and sit with the flags, so that it takes 64 bytes, not
// 96.
type evidence struct {
	known *lexicon.Company
	score int32
	// against counts mentions that read as a person's name ("Walt
	// Disney", "Michael Dell"): companies are named after people, so
	// they weigh against the evidence rather than refuse it
	against int32
	// alone counts the mentions of a listed name not after a given name: a
	// listed company named only as a person's surname ("Luis Pagani") is
	// not named
	alone int32
	// business counts mentions with what only a company has; a listed
	// acronym needs one
	business int32
	// placeUses counts mentions that were the place a listed name also is
	placeUses int32
	refused   bool // a mention showed it is not a company
	everyday  bool // a mention read as everyday words: no company unless suffixed
	acronym   bool
	doubtful  bool // also a place, a given name, everyday words: needs more evidence
	// suffixed is set when some mention wrote the name with a legal
	// suffix ("Herman Miller Inc."): a company, however much the name
	// looks like a person's elsewhere
	suffixed bool
	// bought counts the articles where a mention read as a person's is
	// what a company buys ("had bought Jimmy Choo"): a firm named after
	// someone, or a player. Told in one article, the name needs more
	// evidence than another; a sale other outlets tell again is a firm's
	bought int32
	// displays are the spellings seen across the corpus, which canonical
	// chooses among; spelled are those of one doc, a few at most, kept in
	// a slice as a map per name and doc cost more than all the rest
	displays map[string]bool
	spelled  []string
}

// Recognize finds the companies of every doc.
func Recognize(docs []Doc, lex *lexicon.Lexicon, isCue Cue) Result {
	lower, lowerNames := lowerVocabulary(docs, lex, isCue)
	r := &recognizer{lex: lex, isCue: isCue, lower: lower, lowerNames: lowerNames}
	// each doc is read on its own, on every core; the evidence is
	// summed in doc order, so the result does not depend on scheduling,
	// as the docs before are read (see ForWorkerThen)
	read := make([]docEvidence, len(docs))
	spanTails := make([]slab.Tail[span], parallel.Workers())
	scratch := make([]docScratch, len(spanTails))
	spans := make([][][]span, len(docs))
	ev := map[string]*evidence{}
	acronyms := map[string]string{} // folded acronym -> key it abbreviates
	ownAcronyms := make([]map[string]string, len(docs))
	sum := func(d int) {
		de := &read[d]
		spans[d] = de.spans
		ownAcronyms[d] = de.bracketed
		for i, k := range de.names.keys {
			// add sums into a key's evidence in place: the map is set
			// only for a key not seen before
			if e := ev[k]; e != nil {
				e.add(&de.names.evs[i])
			} else {
				ev[k] = e.add(&de.names.evs[i])
			}
		}
		for a, k := range de.acronyms {
			acronyms[a] = k
		}
	}
	parallel.ForWorkerThen(len(docs), len(spanTails), func(w, d int) { read[d] = r.readDoc(&docs[d], &spanTails[w], &scratch[w]) }, sum)
	coordinated(docs, spans, ev)
	return r.resolve(docs, spans, ev, acronyms, ownAcronyms)
}

// companyWordsAfterKey: the name goes on after its key with a legal
// suffix or a company's name word ("Fuji Oil Holdings", "Blommer
// Chocolate Company").
func (r *recognizer) companyWordsAfterKey(sp *span) bool {
	for _, w := range sp.words[sp.keyTo:] {
		if r.lex.HasAnyFolded(suffixWords, w) {
			return true
		}
	}
	return false
}

// docEvidence is what one doc says about the names in it.
type docEvidence struct {
	spans    [][]span
	names    docNames
	acronyms map[string]string // folded acronym -> key it abbreviates; nil for none
	// bracketed are the acronyms the doc defines in brackets after the
	// name ("Finnish Commuter Airlines (FCA)"), which outweigh a listed
	// company of that name in the doc; nil for none
	bracketed map[string]string
}

// defineAcronym records that the doc uses acronym a for the name of key k.
// The map is made by the first: most docs define none.
func (de *docEvidence) defineAcronym(a, k string) {
	if de.acronyms == nil {
		de.acronyms = map[string]string{}
	}
	de.acronyms[a] = k
}

// docScratch is the working space readDoc needs for one doc only: maps a
// worker keeps from one doc to the next, emptied for each, rather than
// made anew for each of thousands of docs.
type docScratch struct {
	evidenceOf            map[string]*evidence // the names' evidence by key
	inside                map[string]bool      // names written inside a sentence
	people, firms, vetoed map[string]bool
	// folded is candidates' working space, as long as the longest
	// sentence read yet: candidates writes what it reads of it
	folded []string
	// titled and ends are readDoc's, a value for each sentence, each set
	// before it is read
	titled []bool
	ends   []int
}

// grownTo is list at length n, its array made anew only if too short.
func grownTo[T any](list []T, n int) []T {
	if cap(list) < n {
		return make([]T, n)
	}
	return list[:n]
}

// reset empties the maps for the next doc, making them on first use.
func (s *docScratch) reset() {
	if s.evidenceOf == nil {
		*s = docScratch{evidenceOf: map[string]*evidence{}, inside: map[string]bool{},
			people: map[string]bool{}, firms: map[string]bool{}, vetoed: map[string]bool{}}
		return
	}
	clear(s.evidenceOf)
	clear(s.inside)
	clear(s.people)
	clear(s.firms)
	clear(s.vetoed)
}

// add sums the evidence of another doc into e (nil for none yet).
func (e *evidence) add(o *evidence) *evidence {
	if e == nil {
		e = &evidence{displays: map[string]bool{}}
	}
	if e.known == nil {
		e.known = o.known
	}
	e.score += o.score
	e.refused = e.refused || o.refused
	e.everyday = e.everyday || o.everyday
	e.against += o.against
	e.alone += o.alone
	e.business += o.business
	e.acronym = e.acronym || o.acronym
	e.doubtful = e.doubtful || o.doubtful
	e.suffixed = e.suffixed || o.suffixed
	e.bought += o.bought
	e.placeUses += o.placeUses
	for _, d := range o.spelled {
		e.displays[d] = true
	}
	return e
}

// readDoc finds the name spans of one doc and weighs what each mention
// says about whether the name is a company. The spans go into spans' array,
// where the docs read on the same core keep theirs (see docSpans); its maps
// are scratch's.
func (r *recognizer) readDoc(doc *Doc, spans *slab.Tail[span], scratch *docScratch) docEvidence {
	var de docEvidence
	scratch.reset()
	people, firms := scratch.people, scratch.firms
	vetoed := scratch.vetoed // acronyms this article defines as something else
	de.spans = make([][]span, len(doc.Sentences))
	// names first, so that a name opening a sentence is known for one the
	// article also writes inside sentences
	inside := scratch.inside
	longest := 0
	for _, toks := range doc.Tokens {
		longest = max(longest, len(toks))
	}
	folded := grownTo(scratch.folded, longest) // candidates' working space
	words := &wordArena{}                      // the spans' word lists
	outlet := model.Fold(doc.Outlet)           // folded once, not for every name refuse reads
	// a sentence in title case is asked about twice: told once
	titled := grownTo(scratch.titled, len(doc.Sentences))
	spans.Block = spanBlock
	found, ends := spans.Start(), grownTo(scratch.ends, len(doc.Sentences))
	scratch.folded, scratch.titled, scratch.ends = folded, titled, ends
	for si, s := range doc.Sentences {
		titled[si] = titleCase(doc.Tokens[si])
		from := len(found)
		found = r.candidates(s, doc.Tokens[si], folded, titled[si], doc.Lang, words, found)
		sps := found[from:]
		if doc.Lang == "de" {
			sps = r.trimGermanNouns(s, doc.Tokens[si], sps, words)
			found = found[:from+len(sps)]
		}
		brandList(doc.Tokens[si], sps)
		ends[si] = len(found)
		for _, sp := range sps {
			if !sentenceStart(doc.Tokens[si], sp.from) && !doc.Headings[si] {
				inside[sp.key] = true
			}
		}
	}
	docSpans(de.spans, spans.Keep(found), ends)
	r.restoreOpeners(doc, de.spans, inside, words)
	for si, sps := range de.spans {
		for i := 1; i < len(sps); i++ {
			if formerNameBetween(doc.Tokens[si], sps[i-1].to, sps[i].from) && sps[i].known == nil &&
				(asideEnds(doc.Tokens[si], sps[i].to) || asideEnds(doc.Tokens[si], afterFormerName(doc.Tokens[si], sps[i].to))) {
				// "Alderwoods Group, the former Loewen Group": the old
				// name is the company's alias
				de.defineAcronym(sps[i].key, sps[i-1].key)
			} else if j := r.renamedFrom(doc.Tokens[si], sps, i); j >= 0 {
				// "JCA Industries, the Winnipeg autonomy specialist that
				// now trades as JCA Technologies": the old name is the
				// new one's alias
				de.defineAcronym(sps[j].key, sps[i].key)
			}
		}
	}
	de.names = newDocNames(de.spans)
	for si := range doc.Sentences {
		tickerOf := map[int]bool{} // token indices of tickers in brackets
		toks := doc.Tokens[si]
		// German capitalises its nouns, not its headlines' every word
		headline := doc.Lang != "de" && titled[si]
		sps := de.spans[si]
		if len(sps) > 0 && publisherLine(toks) {
			// "© 2016 Edizioni Doghe Srl – Tutti i diritti riservati",
			// "Soundboard Commerce is published by Felt & Hammer Media
			// LLC": the outlet's publisher, no company of the article
			for i := range sps {
				sps[i].veto = true
			}
			continue
		}
		for i := range sps {
			sp := &sps[i]
			if vetoed[sp.key] {
				sp.veto = true
				continue
			}
			e := scratch.evidenceOf[sp.key]
			if e == nil {
				e = de.names.add(sp.key)
				scratch.evidenceOf[sp.key] = e
			}
			if !slices.Contains(e.spelled, sp.display) {
				e.spelled = append(e.spelled, sp.display)
			}
			if sp.known != nil {
				e.known = sp.known
			}
			if tickerOf[sp.from] || (sp.known == nil && r.titleBefore(toks, sp.from, 1) && !r.kindOfCompanyBefore(toks, sp.from) && !r.firmAfterCompoundKind(toks, *sp)) {
				// "(BA)" after Boeing is a ticker, "chief Intellectual
				// Property officer" a unit in a job title; but an investor
				// may be a firm ("infrastructure investor Meridiam"), and
				// so may a fund manager ("fund manager Putnam Investments")
				sp.veto = true
				continue
			}
			a, defines := acronymAfter(toks, *sp)
			if t := skipDot(toks, sp.to); !defines && ticker(toks, sp.to) {
				tickerOf[t+1], tickerOf[t+3] = true, true
			}
			if !defines {
				a, defines = r.acronymBefore(toks, folded, *sp) // "ATIC (Advanced Technology Investment Company)"
			}
			if sp.known == nil && r.placedAfter(toks, sp.from, sp.to, true) && !r.companyWordsAfterKey(sp) {
				// "the Chesapeake-based chain", "Chesapeake (Virginia)": a
				// town, whatever company is listed under its name; but a
				// name written with a company's words ("Fuji Oil Holdings
				// (Osaka)", "Blommer Chocolate Company (Chicago)") is the
				// company, its seat after it
				sp.veto, e.refused = true, true
				continue
			}
			if r.germanPeople(doc.Lang, toks, *sp) {
				sp.veto = true // "die Iren": the Irish, whatever company the word names
				continue
			}
			if currencyOfPlace(toks, *sp, r.lex) {
				sp.veto = true // "17.10 Swiss francs": a currency, whatever company "Swiss" names
				continue
			}
			if compoundFragment(toks, sp.to) {
				sp.veto = true // "Kakao- und Schokoladeprodukte": half a compound, whatever Kakao names
				continue
			}
			if r.indexNamed(toks, sp.key, sp.to) {
				sp.veto = true // "S&P 500", "FTSE 100": a stock index, whatever company the name is
				continue
			}
			how := r.refuse(doc, outlet, toks, *sp)
			if how == branded {
				sp.veto = true
				e.against++
				continue
			}
			if how == ownOutlet {
				sp.veto = true
				continue
			}
			if how == listedAcronym {
				e.acronym, how = true, doubtful
			}
			if how == doubtful {
				e.doubtful = true
				if r.lex.HasFolded(lexicon.Place, sp.key) && locative(toks, sp.from) {
					sp.veto, e.placeUses = true, e.placeUses+1 // "in Aberdeen": the city here
					continue
				}
			}
			if sp.known == nil && (sitePlace(toks, sp.from) || seatOfGroup(toks, *sp, r.lex.HasFolded(lexicon.Place, sp.key))) {
				// "a plant at Escorts' base in Faridabad", "ein neues Werk
				// in Faridabad": where a company works, a place
				sp.veto, e.placeUses = true, e.placeUses+1
				continue
			}
			if sp.known != nil {
				oneWord := sp.to-sp.from == 1 && len(sp.known.NameWords) == 1
				switch {
				case oneWord && (r.givenNameBefore(toks, sp.from) || r.titledNameBefore(doc.Lang, toks, *sp)):
					e.against++ // "Luis Pagani", "Michael Dell"
					people[sp.key] = true
				case oneWord && people[sp.key] && !toks[sp.from].Poss() && !r.dealVerbAfter(doc.Lang, toks, sp.to) &&
					!r.dealParty(doc.Lang, toks, *sp) && !r.dealRecipient(doc.Lang, toks, *sp):
					// "Jim Rogers, Duke's chairman, ..." then "Rogers said",
					// "la primera fusión para Rogers": the man again, unless
					// a deal makes it his company ("Michael Dell ... Dell
					// agreed to buy EMC")
					e.against++
				default:
					e.alone++
				}
			}
			if how == everyday {
				// "Central Parking's debt" where "parking" is written: no
				// company, unless another mention gives its legal suffix
				// ("Central Parking Corp."), which makes this a mention of
				// it (a mention with a suffix is never everyday: refuse
				// accepts it before asking)
				e.everyday = true
				if defines {
					vetoed[a] = true
				}
				continue
			}
			if how != refused && r.writtenWithSuffix(*sp) {
				e.suffixed = true
				firms[sp.key] = true // "Herman Miller Inc.": its other mentions in the doc are the firm's too
			}
			isPerson, bought := false, false
			if how != refused {
				isPerson, bought = r.person(doc, toks, *sp, people, firms)
			}
			if bought {
				e.bought = 1 // counted once an article: other outlets telling the sale again are the evidence
			}
			if isPerson {
				e.against++
				if sp.to-sp.from > 1 {
					if defines {
						vetoed[a] = true
					}
					continue
				}
				// "Dell" after "Michael Dell" may be the man or his company:
				// what the sentence says of it still counts
			}
			if how == refused || r.descriptor(toks, *sp) {
				if e.known == nil && how == doubtful && r.lex.HasFolded(lexicon.Place, sp.key) {
					// "the Aberdeen fund house", "in Aberdeen": the city here,
					// which the company named after it may still be elsewhere
					sp.veto, e.placeUses = true, e.placeUses+1
					continue
				}
				if e.known == nil {
					e.refused = true
				}
				if defines {
					vetoed[a] = true // "International Trade Commission (ITC)"
				}
				continue
			}
			if !headline && (!openerComma(toks, *sp) || r.apposedOpener(doc.Lang, toks, *sp)) && !(sentenceStart(toks, sp.from) && sp.to-sp.from == 1 && openers[sp.key]) {
				// (nor a function word opening a sentence: "Nel 2019 aveva
				// acquisito ..." is "In 2019", whatever Nel also names)
				// title case and a sentence's first word ("Therefore,") say nothing
				score, business := r.score(doc, toks, *sp, inside[sp.key])
				e.score += int32(score)
				if business {
					e.business++
				}
			}
			if defines {
				de.defineAcronym(a, sp.key)
				if de.bracketed == nil {
					de.bracketed = map[string]string{}
				}
				de.bracketed[a] = sp.key
			}
		}
	}
	initialsOfNames(doc, &de, r.lex)
	return de
}

// spanBlock is how many spans the arrays of readDoc's spans hold: a few
// dozen docs' worth.
const spanBlock = 1 << 12

// afterFormerName is where a former-name clause ends when the name, ending
// at k, is followed by "until 2011" ("bis 2011", "hasta 2011", "fino al
// 2011", "jusqu'en 2011") or by the German verb that ends the clause
// ("die damals noch Quorvex Systems hieß"); k when neither follows:
// "which was called IESI-BFC until 2011,".
func afterFormerName(toks []segment.Token, k int) int {
	if k < len(toks) && calledVerbs[toks[k].Folded()] {
		return k + 1
	}
	if k >= len(toks) || !untilWords[strings.TrimSuffix(toks[k].Folded(), "'")] {
		return k
	}
	j := k + 1
	if j < len(toks) && untilLinks[toks[j].Folded()] {
		j++ // "fino al", "jusqu'en"
	}
	if j < len(toks) && len(toks[j].Text()) == 4 && number(toks[j].Text()) {
		return j + 1
	}
	return k
}

var (
	untilWords  = set(`until till bis hasta fino jusqu`)
	untilLinks  = set(`al a en`)
	calledVerbs = set(`hies hiess hiesen hiessen firmierte`)
)

// asideEnds: the name ending at to closes the aside it stands in (a comma,
// a bracket or the sentence's end follows): "the former Loewen Group," and
// not "the former Quorvex unit", which names what the company was part of.
func asideEnds(toks []segment.Token, to int) bool {
	return to >= len(toks) || toks[to].Text() == "," || toks[to].Text() == ")" || toks[to].Text() == "."
}

// publisherLine: the sentence is an outlet's imprint: a copyright sign,
// or words of rights reserved or of publishing ("all rights reserved",
// "is published by", "erscheint im Verlag"). Asked of every sentence with
// names, it looks further only at the few long words that anchor those.
func publisherLine(toks []segment.Token) bool {
	for i, t := range toks {
		if t.Text() == "©" {
			return true
		}
		f := t.Folded()
		if !imprintAnchors.Has(f) {
			continue
		}
		prev, next, after := "", "", ""
		if i > 0 {
			prev = toks[i-1].Folded()
		}
		if i+1 < len(toks) {
			next = toks[i+1].Folded()
		}
		if i+2 < len(toks) {
			after = toks[i+2].Folded()
		}
		switch f {
		case "nachdruck":
			if next == "nur" {
				return true
			}
		case "published":
			if prev == "is" && next == "by" {
				return true
			}
		case "erscheint":
			if next == "im" && after == "verlag" {
				return true
			}
		default: // reserved in some language: rights before it
			if rightsWords[prev] {
				return true
			}
		}
	}
	return false
}

var (
	// imprintAnchors are long words, most words told absent by their
	// shape alone: asked of every word of a sentence with names
	imprintAnchors = lists.SetOf(set(`reserved riservati vorbehalten reservados reserves nachdruck published erscheint`))
	rightsWords    = set(`rights diritti rechte derechos droits`)
)

// formerNameBetween: the tokens from..to say the name after them is the
// former name of the one before ("Alderwoods Group, the former Loewen
// Group", "la antigua", "l'ex-", "formerly known as", "Progressive, which
// was called IESI-BFC until 2011", "qui s'appelait encore").
func formerNameBetween(toks []segment.Token, from, to int) bool {
	if to-from < 2 || to-from > 6 || toks[from].Text() != "," && toks[from].Text() != "(" {
		return false // most names: no comma or bracket after them
	}
	var buf [64]byte // the words joined on the stack: they are few and short
	b := buf[:0]
	for _, t := range toks[from:to] {
		b = append(b, strings.ReplaceAll(strings.ToLower(t.Text()), "’", "'")...)
	}
	return formerLinks[string(b)]
}

// renamedFrom is the index of the span whose name sps[i] says is now
// called so (see renamedBetween), names of places or other things between
// them allowed; -1 for none. Listed companies keep their own names, but a
// listed company may be what another name stands for ("China Lodging
// Group, the Shanghai operator also known as Huazhu").
func (r *recognizer) renamedFrom(toks []segment.Token, sps []span, i int) int {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if link := renamedBetween(toks, sps[j].to, sps[i].from); link != "" {
			if sps[j].known != nil || sps[i].known != nil && !otherNameLinks[link] {
				return -1
			}
			if otherNameLinks[link] && (!r.bareApposition(toks, sps[j].to, sps[i].from) || toks[sps[i].to-1].Poss() || sps[i].to < len(toks) && toks[sps[i].to].Poss()) {
				// "a unit of the group better known as Google", "whose
				// parent is also known as", "the phones better known as
				// Nokia", "better known as Apple's supplier": another
				// thing's name, not this company's
				return -1
			}
			return j
		}
	}
	return -1
}

// bareApposition: the tokens from..to, a comma clause, tell what the
// company before is in words of its own, with no word that ties them to
// something else ("the Shanghai operator also known as", not "a unit of
// the group", "whose parent is", "which makes the phones"), nor a
// possessive. A place may follow "of" ("la cadena de Shanghái").
func (r *recognizer) bareApposition(toks []segment.Token, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if toks[k].Poss() || tyingWords[toks[k].Folded()] && !(k+1 < to && toks[k+1].Cap() && r.placeWord(toks[k+1].Folded())) {
			return false
		}
	}
	return true
}

// tyingWords tie an apposition's words to another thing than the company:
// prepositions of belonging, relative pronouns, verbs of owning and making.
var tyingWords = set(`of by to for from with whose which that who is owns owned makes made del de des der di della dello dei degli von vom du
	che cui que qui dont quien cuyo cuya deren dessen die con avec mit es est ist e`)

// renamedBetween is the link, if any, by which the tokens from..to, a
// clause after a comma, end by saying the name after them is what the
// one before is called now ("… that now trades as", "que hoy opera como",
// "oggi si chiama", "renamed") or also called ("also known as"); "" for
// none.
func renamedBetween(toks []segment.Token, from, to int) string {
	if to-from < 3 || to-from > 10 || toks[from].Text() != "," {
		return ""
	}
	// the last one to three words, joined in a buffer on the stack and
	// looked up without making a string: asked of most pairs of names
	// close together, this made a string for each
	var words [3]string
	last := toks[max(from+1, to-3):to]
	for i, t := range last {
		words[i] = t.Folded()
	}
	var buf [64]byte
	for n := len(last); n >= 1; n-- {
		joined := buf[:0]
		for i, w := range words[len(last)-n : len(last)] {
			if i > 0 {
				joined = append(joined, ' ')
			}
			joined = append(joined, w...)
		}
		if renameLinks[string(joined)] {
			return string(joined)
		}
	}
	return ""
}

var renameLinks = phrases(`now trades as|now known as|now called|now named|since renamed|renamed|trades as|hoy opera como|ahora llamada|oggi si chiama|ora si chiama|desormais appele|desormais appelee|` +
	otherNames)

// otherNames are the links to another name a company goes by, the same
// company ("China Lodging Group, the Shanghai operator also known as
// Huazhu").
const otherNames = `also known as|better known as|tambien conocida como|tambien conocido como|nota anche come|noto anche come|auch bekannt als`

var otherNameLinks = phrases(otherNames)

var formerLinks = phrases(`,theformer|,formerly|,formerlyknownas|(formerly|,formerlycalled|,whichwascalled|,whichwasknownas|,thenknownas|,thencalled|,quis'appelait|,quis'appelaitencore|,chesichiamava|,cheallorasichiamava|,quesellamaba|,dieseinerzeitnoch|,diedamalsnoch|,laantigua|,elantiguo|,laex|,elex|,l'ex-|,l'ex|,ex-|,ex|,già|,giàdenominata|,l'ancien|,l'ancienne|,anciennement|,ehemals|,diefrühere|,derfrühere|,dasfrühere|,vormals`)

// docSpans hands each sentence of a doc its part of found, the doc's
// spans found one sentence after another: a doc costs no allocation for
// its spans, not arrays regrown by doubling for each sentence, and keeps
// no spare capacity alive. ends[si] is where sentence si's spans end in
// found. Each part is capped, so that an append to one makes a copy rather
// than run into the next; a sentence without spans has none (nil).
func docSpans(spans [][]span, found []span, ends []int) {
	from := 0
	for si, end := range ends {
		if end > from {
			spans[si] = found[from:end:end]
		}
		from = end
	}
}

// docNames are the names of one doc, by key in the order first seen, and
// the evidence of each (evs[i] of keys[i]). They are drawn from three
// arrays sized once for the doc, not two allocations for each name and a
// list regrown by doubling: there are at most as many names as spans.
type docNames struct {
	keys      []string
	evs       []evidence
	spellings []string // each evidence's first spelling; the second (rare) makes its own slice
}

func newDocNames(spans [][]span) docNames {
	n := 0
	for _, sps := range spans {
		n += len(sps)
	}
	return docNames{keys: make([]string, 0, n), evs: make([]evidence, 0, n), spellings: make([]string, n)}
}

// add gives the empty evidence of a name not seen before in the doc. The
// arrays never grow, so the evidence stays where it is as others are added.
func (n *docNames) add(key string) *evidence {
	i := len(n.keys)
	n.keys = append(n.keys, key)
	n.evs = append(n.evs, evidence{spelled: n.spellings[i : i : i+1]})
	return &n.evs[i]
}

// initialsOfNames records, as acronyms, the capitals an article writes
// alone that are the initials of exactly one longer name in it ("HL's
// board" after "Hargreaves Lansdown"): a short form the article never
// defines in brackets.
func initialsOfNames(doc *Doc, de *docEvidence, lex *lexicon.Lexicon) {
	var short, written []string   // keys, and the words as written
	var capitals []bool           // the short word may be a one-word name's capitals
	var camel, camelKeys []string // one-word names with capitals inside ("GlobalFoundries"), and their keys
	for si, sps := range de.spans {
		for _, sp := range sps {
			if sp.to-sp.from != 1 || slices.Contains(short, sp.key) {
				continue
			}
			toks := doc.Tokens[si]
			t := toks[sp.from]
			if len(t.Text()) >= 2 && len(t.Text()) <= 4 && t.Upper() || camelCased(t.Text()) {
				short, written = append(short, sp.key), append(written, t.Text())
				capitals = append(capitals, t.Upper() && lex.KindsFolded(sp.key) == 0 && !measured(toks, sp.from))
			}
			if camelCased(t.Text()) && !namePrefixed(t.Text()) && !slices.Contains(camelKeys, sp.key) {
				camel, camelKeys = append(camel, t.Text()), append(camelKeys, sp.key)
			}
		}
	}
	for i, a := range short {
		if _, defined := de.acronyms[a]; defined {
			continue
		}
		of, ambiguous := "", false
		found := func(k string) {
			if of != "" && of != k {
				ambiguous = true // two names with these initials: neither
			}
			of = k
		}
		for _, k := range de.names.keys {
			if initialsAre(k, a) || initialsAndLegalForm(k, a) || contractionOf(k, written[i]) {
				found(k)
			}
		}
		for c, k := range camelKeys {
			if capitals[i] && capitalsOf(camel[c]) == written[i] {
				found(k) // "GF" for GlobalFoundries: the capitals of a name written in one word
			}
		}
		if of != "" && !ambiguous && !parentAndUnit(doc, de, a, of) {
			de.defineAcronym(a, of)
		}
	}
}

// measured: the word at i follows a number or opens a compound ("3 GW",
// "2 PP", "PS-starke Autos"): a unit, not a company's short name.
func measured(toks []segment.Token, i int) bool {
	if i > 0 && startsWithDigit(toks[i-1].Text()) {
		return true
	}
	return i+1 < len(toks) && toks[i+1].Text() == "-" && toks[i+1].Start() == toks[i].End()
}

func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// namePrefixed: a surname's prefix makes the word camel-cased ("McDonald",
// "MacArthur", "DeWalt"), not the starts of two words a short form takes.
func namePrefixed(w string) bool {
	for _, p := range []string{"Mc", "Mac", "De", "Di", "Le", "La", "Van"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" && unicode.IsUpper([]rune(rest)[0]) {
			return true
		}
	}
	return false
}

// parentAndUnit: a sentence of the doc names a company whose name opens
// with the acronym a, the name k and a word of ownership ("SJW Group, the
// parent of San Jose Water Company", "La principal filial de SJW es San
// Jose Water Company"): two companies, whatever the initials spell.
func parentAndUnit(doc *Doc, de *docEvidence, a, k string) bool {
	for si, sps := range de.spans {
		hasA := slices.ContainsFunc(sps, func(x span) bool { return x.key == a || strings.HasPrefix(x.key, a+" ") })
		if !hasA || !slices.ContainsFunc(sps, func(y span) bool { return y.key == k }) {
			continue
		}
		if slices.ContainsFunc(doc.Tokens[si], func(t segment.Token) bool { return ownershipWords[t.Folded()] }) {
			return true
		}
	}
	return false
}

// ownershipWords tie a parent to a company it owns.
var ownershipWords = set(`parent subsidiary unit owner mere filiale filial controllata tochter tochtergesellschaft muttergesellschaft matriz`)

// initialsAre reports whether a is the initials of name k: one byte for
// each of k's words, each its word's first. It walks the words in place
// rather than splitting k, as it runs for every capitalised short word
// against every name of the article.
func initialsAre(k, a string) bool {
	n := 0
	for w := range strings.FieldsSeq(k) {
		if n == len(a) || w[0] != a[n] {
			return false
		}
		n++
	}
	return n == len(a)
}

// capitalsOf is the capital letters of w, in order: "GF" of
// "GlobalFoundries".
func capitalsOf(w string) string {
	var b strings.Builder
	for _, r := range w {
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// camelCased: a word with a capital inside it after a lower-case letter
// ("GrandMet", "AmEx"), as short forms made of the starts of a name's
// words are written.
func camelCased(w string) bool {
	lower := false
	for _, r := range w {
		if unicode.IsUpper(r) && lower {
			return true
		}
		lower = unicode.IsLower(r)
	}
	return false
}

// contractionOf: the camel-cased word w is the starts of name k's words,
// one capitalised part of two letters or more per word, in order:
// "GrandMet" for Grand Metropolitan, "AmEx" for American Express.
func contractionOf(k, w string) bool {
	if !camelCased(w) {
		return false
	}
	// the parts of w, each cut before a capital, walked beside k's words
	// in place: this is asked of every name of the article
	from, n := 0, 0
	for word := range strings.FieldsSeq(k) {
		to := len(w)
		for i, r := range w[from:] {
			if i > 0 && unicode.IsUpper(r) {
				to = from + i
				break
			}
		}
		if from == len(w) || !startOf(word, w[from:to]) {
			return false
		}
		from, n = to, n+1
	}
	return n >= 2 && from == len(w)
}

// startOf: part, folded, opens word and has two letters or more.
func startOf(word, part string) bool {
	if len(part) < 2 || part[0] < utf8.RuneSelf && word != "" && part[0]|0x20 != word[0] {
		return false // most names: another first letter, told without folding
	}
	f := model.Fold(part)
	return utf8.RuneCountInString(f) >= 2 && strings.HasPrefix(word, f)
}

// initialsAndLegalForm: a is the initials of the two or more words of k
// and the letter of a legal form the key leaves out: "HMI" for Hermes
// Microvision Inc.
func initialsAndLegalForm(k, a string) bool {
	n := len(a) - 1
	return n >= 2 && legalInitials[a[n]] && initialsAre(k, a[:n])
}

// legalInitials are the first letters of the usual legal forms (Inc,
// Corp, Co, Ltd, AG, SA, plc, NV).
var legalInitials = map[byte]bool{'i': true, 'c': true, 'l': true, 'a': true, 'p': true, 'n': true}

// restoreOpeners gives back to a name the first word of its sentence that
// candidates dropped as a word opening sentences, when the article writes
// the whole name inside a sentence too: "Com Hem shareholders" ("com" is
// Portuguese for "with") is Com Hem where the article names Com Hem.
func (r *recognizer) restoreOpeners(doc *Doc, spans [][]span, inside map[string]bool, words *wordArena) {
	for si, sps := range spans {
		toks := doc.Tokens[si]
		if len(sps) == 0 || sps[0].from != 1 || toks[0].Punct() || !toks[0].Cap() {
			continue
		}
		if whole := toks[0].Folded() + " " + sps[0].key; inside[whole] {
			sps[0] = r.makeSpan(doc.Sentences[si], toks, 0, sps[0].to, sps[0].known, words)
		}
	}
}

// openerComma: a sentence's first word and a comma ("Therefore,"), unless
// a relative pronoun follows ("Walmart, which bought Jet.com").
func openerComma(toks []segment.Token, sp span) bool {
	return sentenceStart(toks, sp.from) && sp.to-sp.from == 1 && sp.to < len(toks) && toks[sp.to].Text() == "," &&
		!(sp.to+1 < len(toks) && relativePronouns[toks[sp.to+1].Folded()])
}

// coordinated adds evidence for names listed with a company: "both Google
// and Microsoft", "BT, Vodafone and Telefónica". Bonuses are counted
// first and added after, so the order of the articles does not matter.
func coordinated(docs []Doc, spans [][][]span, ev map[string]*evidence) {
	// a company's short form ("Brindlewood" of "Brindlewood Analytics")
	// stands for it in a list
	proven := map[string]bool{}
	for k, e := range ev {
		if e.company() {
			proven[k] = true
			w := strings.Fields(k)
			for n := 1; n < len(w); n++ {
				proven[strings.Join(w[:n], " ")] = true
			}
		}
	}
	// each doc's names listed with a proven one are found on every core,
	// reading the maps only; the bonuses are then counted in doc order
	listed := make([][]string, len(docs))
	parallel.For(len(docs), func(d int) { listed[d] = listedWithProven(docs[d], spans[d], ev, proven) })
	bonus := map[string]int{}
	for _, keys := range listed {
		for _, k := range keys {
			bonus[k] += 2
		}
	}
	for k, n := range bonus {
		ev[k].score += int32(min(n, 2))
	}
}

// listClosed: the names from sps[j] on go on, comma by comma, to an "and"
// that closes a list ("BT, Vodafone and Telefónica"); a comma alone joins
// no list ("mit dem Vorwurf, Ericsson verlange ...").
func listClosed(toks []segment.Token, sps []span, j int) bool {
	for ; j+1 < len(sps) && sps[j+1].from == sps[j].to+1 && !sps[j+1].veto; j++ {
		between := toks[sps[j].to].Text()
		if coordinators.Has(model.Fold(between)) {
			return true
		}
		if between != "," {
			return false
		}
	}
	return false
}

// listedWithProven gives the keys of one doc's names listed beside a
// proven company's, once per listing.
func listedWithProven(doc Doc, spans [][]span, ev map[string]*evidence, proven map[string]bool) []string {
	var out []string
	for si, sps := range spans {
		toks := doc.Tokens[si]
		for i := 0; i+1 < len(sps); i++ {
			a, b := &sps[i], &sps[i+1]
			if a.veto || b.veto || b.from != a.to+1 {
				continue
			}
			// "X and Y", "X, Y": not "Likewise, Suzuki", a sentence's
			// opening word and its comma (Folded is the token's Fold)
			if between := toks[a.to]; !coordinators.Has(between.Folded()) && (between.Text() != "," || sentenceStart(toks, a.from) || !listClosed(toks, sps, i+1)) {
				continue
			}
			ea, eb := ev[a.key], ev[b.key]
			if ea == nil || eb == nil || ea.refused || eb.refused {
				continue
			}
			if proven[a.key] && !proven[b.key] {
				out = append(out, b.key)
			}
			if proven[b.key] && !proven[a.key] {
				out = append(out, a.key)
			}
		}
	}
	return out
}

// company decides a key on its evidence.
func (e *evidence) company() bool {
	if e.known != nil {
		if e.against > 0 && e.alone == 0 {
			return false // "El grupo que preside Luis Pagani": a man, not the carmaker
		}
		return !e.known.NeedsContext || e.score >= 2
	}
	need := 2
	against := int(e.against)
	if e.suffixed {
		against = 0 // "Herman Miller Inc.": no person, wherever else the name reads as one
	}
	switch {
	case e.refused, e.everyday && !e.suffixed:
		return false
	case e.acronym && e.business == 0:
		return false
	case e.doubtful:
		need = 4
	}
	if e.placeUses > 0 {
		need += 2 // a city in some mentions: a company only on strong evidence
	}
	if e.bought == 1 && !e.suffixed {
		need += 2 // "Juventus bought Cristiano Ronaldo": once, maybe a player
	}
	// a name also read as a person's needs more: "Disney" said to agree
	// to buy in ten sentences is Disney, "Murdoch agreed" once is a man
	return int(e.score) >= need+2*min(against, 3)
}

// nominative is the company of key k, a company whose first word is a
// declined German adjective ("germanischen lloyd", "deutschen bank"),
// written in another ending the corpus names as a company ("germanischer
// lloyd", "deutsche bank"). The adjective's stem ends as German ones do
// (-isch, -sch, -lich, -ig): "Hansen" is no declined "Hanse".
func nominative(k string, group map[string]string) (string, bool) {
	first, rest, ok := strings.Cut(k, " ")
	if !ok {
		return "", false
	}
	if _, company := group[k]; !company {
		return "", false
	}
	var stem string
	for _, end := range []string{"en", "em"} {
		if s, cut := strings.CutSuffix(first, end); cut && len(s) >= 4 {
			stem = s
			break
		}
	}
	if !strings.HasSuffix(stem, "sch") && !strings.HasSuffix(stem, "lich") && !strings.HasSuffix(stem, "ig") {
		return "", false
	}
	for _, end := range []string{"er", "e", "es"} {
		if c, ok := group[stem+end+" "+rest]; ok {
			return c, true
		}
	}
	return "", false
}

// resolve groups confirmed keys into companies and lists every mention,
// including short forms ("Acacia" for "Acacia Communications"), acronyms
// given in parentheses and German genitives ("Suzukis").
func (r *recognizer) resolve(docs []Doc, spans [][][]span, ev map[string]*evidence, acronyms map[string]string, ownAcronyms []map[string]string) Result {
	group := map[string]string{} // key -> canonical
	keys := make([]string, 0, len(ev))
	for k := range ev {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if e := ev[k]; e.company() && (e.known != nil || !r.knownPair(k) && !joinsTwoCompanies(k, ev)) {
			group[k] = r.canonical(k, e)
		}
	}
	// the list may give a merged company and its first part one entry
	// ("Ahold Delhaize", "Ahold"; "Metso", "Metso Outotec"), but where the
	// other part is a company of the corpus, the news tells of the merger:
	// the part and the whole are two companies, named as written
	for _, k := range keys {
		e := ev[k]
		c, ok := group[k]
		if !ok || e.known == nil {
			continue
		}
		name := model.Fold(c)
		rest, part := strings.CutPrefix(name, k+" ")
		if !part {
			rest, part = strings.CutPrefix(k, name+" ")
		}
		if part && group[rest] != "" && group[rest] != c {
			group[k] = longestDisplay(e)
		}
	}
	// a longer name that is a confirmed one plus company words is the same
	// company: "Toyota Motor" is Toyota, "Nokia Technologies" is Nokia
	for _, k := range keys {
		w := strings.Fields(k)
		for n := len(w) - 1; n >= 1; n-- {
			short := strings.Join(w[:n], " ")
			if ev[k].known != nil && group[k] != "" && group[short] != "" && model.Fold(group[short]) != short {
				// "Nokia Technologies" is Nokia's, but "Jio Platforms" is
				// not Reliance Jio's: "Jio" is only an alias of that one
				break
			}
			if c, ok := group[short]; ok && (r.allNameWords(w[n:]) || ev[k].known == nil && r.allCommon(w[n:])) {
				if long, self := group[k]; self && ev[k].known != nil && ev[short] != nil && ev[short].known == nil {
					// "Wright Medical" listed, "Wright" not: the short name
					// is the listed company's, not the other way round
					regroup(group, c, long)
				} else if self || ev[k].score > 0 && !ev[k].refused {
					group[k] = c
				}
				break
			}
		}
	}
	// "Ocado.com" is Ocado when Ocado is a company: its shop, not another
	for _, k := range keys {
		if _, ok := group[k]; !ok || !webName(k) {
			continue
		}
		if c, ok := group[k[:strings.LastIndexByte(k, ' ')]]; ok {
			group[k] = c
		}
	}
	// "Royal KPN", "Koninklijke Philips": the Dutch royal title before a
	// company's name leaves the company (but a listed name keeps its own
	// entry: "Royal Bank of Scotland" is no "Bank of Scotland")
	for _, k := range keys {
		w := strings.Fields(k)
		if len(w) < 2 || !royalTitles[w[0]] || ev[k].known != nil {
			continue
		}
		if c, ok := group[strings.Join(w[1:], " ")]; ok {
			group[k] = c
		}
	}
	// "Royal Bank" is "Royal Bank of Scotland", "Commonwealth Bank" the
	// "Commonwealth Bank of Australia": a name the news shortens by the
	// place its full name ends on, where the corpus has one such full name
	// (not "National Bank" beside the National Banks of Greece and of
	// Canada) and an article names both (not "St. Louis-based First Bank"
	// in one and First Bank of Nigeria in another)
	type fullName struct{ key, group string } // group "" for two or more
	shortFor := map[string]fullName{}
	for _, long := range keys {
		l, ok := group[long]
		if !ok {
			continue
		}
		for _, of := range []string{" of ", " de ", " di ", " del "} {
			at := strings.LastIndex(long, of)
			if at < 0 || !r.lex.HasFolded(lexicon.Place, long[at+len(of):]) {
				continue
			}
			short := long[:at]
			if prev, seen := shortFor[short]; seen && prev.group != l {
				shortFor[short] = fullName{}
			} else {
				shortFor[short] = fullName{long, l}
			}
		}
	}
	if len(shortFor) > 0 {
		for _, doc := range spans {
			for _, ss := range doc {
				for _, sp := range ss {
					f, ok := shortFor[sp.key]
					c, grouped := group[sp.key]
					if ok && grouped && f.group != "" && c != f.group && strings.IndexByte(sp.key, ' ') > 0 && ev[sp.key] != nil && ev[sp.key].known == nil && namesKey(doc, f.key) {
						group[sp.key] = f.group
					}
				}
			}
		}
	}
	// "Banco Popular" in one article and "Popular" in another: a company
	// word (or a nation: "Norsk Hydro", "Hydro") opening a name leaves the
	// name of the same company
	for _, k := range keys {
		w := strings.Fields(k)
		if len(w) < 2 || !leadingCompanyWords[w[0]] && !nationalPrefixes[w[0]] {
			continue
		}
		long, ok := group[k]
		rest := strings.Join(w[1:], " ")
		short, found := group[rest]
		if !ok || !found || ev[rest] == nil || ev[rest].known != nil || short == long {
			continue
		}
		regroup(group, short, long)
	}
	// "Luigi Lavazza SpA" is Lavazza, "Robert Bosch GmbH" Bosch: a company
	// named after its founder, given name and all, is the one the news
	// names by the surname alone
	for _, k := range keys {
		given, surname, two := strings.Cut(k, " ")
		if !two || strings.IndexByte(surname, ' ') >= 0 || ev[k].known != nil || !r.lex.HasFolded(lexicon.GivenName, given) {
			continue
		}
		if _, ok := group[k]; !ok {
			continue
		}
		if c, ok := group[surname]; ok {
			group[k] = c
		}
	}
	// an unknown company is named by its longest spelling across the group
	longest := map[string]string{}
	knownGroup := map[string]bool{}
	for k, c := range group {
		if ev[k] != nil && ev[k].known != nil {
			knownGroup[c] = true
		}
	}
	for _, k := range keys {
		c, ok := group[k]
		if !ok || knownGroup[c] {
			continue
		}
		if webName(k) && longest[c] != "" {
			continue // "Kelmora" names it, not its web address
		}
		if d := r.canonical(k, ev[k]); len(d) > len(longest[c]) || webName(model.Fold(longest[c])) {
			longest[c] = d
		}
	}
	for k, c := range group {
		if l, ok := longest[c]; ok {
			group[k] = l
		}
	}
	// "der Germanischen Lloyd", "der Deutschen Bank": a German adjective
	// opening a name is declined; the name is the company the corpus names
	// in the nominative ("Germanischer Lloyd", "Deutsche Bank"), by the
	// nominative's spelling (so after the longest spellings are chosen)
	for _, k := range keys {
		if c, ok := nominative(k, group); ok {
			group[k] = c
		}
	}
	// "American Towers" is American Tower
	for _, k := range keys {
		if c, ok := group[strings.TrimSuffix(k, "s")]; ok && strings.HasSuffix(k, "s") {
			group[k] = c
		}
	}
	prefixes := shortForms(group)
	for a, k := range acronyms {
		if c, ok := group[k]; ok {
			if _, taken := group[a]; !taken || ev[a] != nil && ev[a].known == nil {
				group[a] = c
			}
		}
	}

	// each doc's mentions are resolved on every core, reading the maps
	// above, which are final; the companies are then counted in doc order
	res := Result{Mentions: make([][]Mention, len(docs))}
	aliases := make([][]alias, len(docs))
	// each core lays the mentions of its docs, and their aliases, one doc
	// after another (see docMentions)
	mentionTails := make([]slab.Tail[Mention], parallel.Workers())
	aliasTails := make([]slab.Tail[alias], len(mentionTails))
	found := map[string]*Company{}
	var order []string
	// the companies are counted in doc order as the docs after are
	// resolved (see ForWorkerThen)
	count := func(d int) {
		for i, m := range res.Mentions[d] {
			co := found[m.Company]
			if co == nil {
				co = &Company{Name: m.Company}
				found[m.Company] = co
				order = append(order, m.Company)
			}
			co.Mentions++
			if a := aliases[d][i]; a.ok {
				co.Aliases = AppendNew(co.Aliases, a.display)
				if a.written != "" {
					co.Aliases = AppendNew(co.Aliases, a.written)
				}
			}
		}
	}
	parallel.ForWorkerThen(len(docs), len(mentionTails), func(w, d int) {
		res.Mentions[d], aliases[d] = r.docMentions(&docs[d], spans[d], group, prefixes, ownAcronyms[d], ev, &mentionTails[w], &aliasTails[w])
	}, count)
	for _, c := range order {
		res.Companies = append(res.Companies, *found[c])
	}
	return res
}

// regroup makes every key of company from keys of company to.
func regroup(group map[string]string, from, to string) {
	for k, c := range group {
		if c == from {
			group[k] = to
		}
	}
}

// namesKey: a doc's spans name the key.
func namesKey(spans [][]span, key string) bool {
	for _, ss := range spans {
		for _, sp := range ss {
			if sp.key == key {
				return true
			}
		}
	}
	return false
}

var royalTitles = set(`royal koninklijke`)

// leadingCompanyWords open a company's name without telling it apart:
// "Banco Popular" is the Popular of other outlets.
var leadingCompanyWords = set(`banco banca bank banque caja caixa groupe gruppo grupo`)

// nationalPrefixes open a company's name with its nation, which the news
// drops after the first mention: "Norsk Hydro" is "Hydro", "Deutsche
// Telekom" "Telekom".
var nationalPrefixes = set(`norsk norske svenska svenskt dansk danske deutsche nippon`)

// alias tells, per mention, whether its spelling is an alias of its
// company (it is not when the company was read out of a run of names).
type alias struct {
	display string
	// written is the spelling with its legal suffix when it had one
	// ("Terra Industries Inc."): a spelling the company appeared under
	written string
	ok      bool
}

// withSuffix is the span's text when its display dropped a legal suffix
// from it, else "".
func withSuffix(sp span) string {
	if len(sp.display) == len(sp.text) {
		return ""
	}
	written := strings.TrimRight(sp.text, ",")
	if written == sp.display {
		return ""
	}
	return written
}

// withGroupWord is the name with the capitalised word for a group that
// the text writes before it inside a sentence ("France's Groupe SEB",
// "la francesa Groupe SEB"), a spelling the company goes by; else "".
func withGroupWord(toks []segment.Token, sp span) string {
	k := sp.from - 1
	if k < 1 || !groupOpeners.Has(toks[k].Folded()) || !toks[k].Cap() || toks[k].Upper() || sentenceStart(toks, k) {
		return ""
	}
	return toks[k].Text() + " " + sp.display
}

// groupOpeners are the words for a group that open names in the Romance
// languages and German ("Groupe SEB", "Grupo Ferrovial", "Gruppo Hera").
var groupOpeners = lists.SetOf(set(`groupe grupo gruppo gruppe`))

// joinedName is the company the corpus confirmed under the names of spans
// i and i+1 of a sentence joined, when they stand side by side or with
// "and" between them.
func joinedName(toks []segment.Token, sps []span, i int, group map[string]string) (string, bool) {
	if i+1 >= len(sps) || sps[i].veto || sps[i+1].veto {
		return "", false
	}
	a, b := sps[i], sps[i+1]
	var key string
	switch {
	case b.from == a.to:
		key = a.key + " " + b.key
	case b.from == a.to+1 && toks[a.to].Folded() == "and":
		key = a.key + " and " + b.key
	default:
		return "", false
	}
	c, ok := group[key]
	return c, ok
}

// mentionBlock is how many mentions, or aliases, the arrays docMentions
// writes into hold: a few hundred docs' worth.
const mentionBlock = 1 << 13

// docMentions resolves the spans of one doc to companies, in text order.
// The mentions and their aliases are written where the docs read on the
// same core keep theirs, mentionTail's and aliasTail's arrays: no array
// of a doc's own, none grown mention by mention, no spare room kept.
func (r *recognizer) docMentions(doc *Doc, spans [][]span, group, prefixes, acronyms map[string]string, ev map[string]*evidence, mentionTail *slab.Tail[Mention], aliasTail *slab.Tail[alias]) ([]Mention, []alias) {
	mentionTail.Block, aliasTail.Block = mentionBlock, mentionBlock
	mentions, aliases := mentionTail.Start(), aliasTail.Start()
	longer := r.longerNames(spans, group)
	for si, sps := range spans {
		for i := 0; i < len(sps); i++ {
			sp := sps[i]
			if c, ok := joinedName(doc.Tokens[si], sps, i, group); ok {
				// "with Finish Line and its bank": a run the text split at a
				// word that alone names a listed company ("Line") is the
				// longer company the corpus confirmed ("The Finish Line");
				// so is "the crop insurer Rain and Hail", where another
				// language's text read "Rain and Hail" whole
				next := sps[i+1]
				mentions = append(mentions, Mention{Sentence: si, From: sp.from, To: next.to, Text: doc.Sentences[si][doc.Tokens[si][sp.from].Start():doc.Tokens[si][next.to-1].End()], Company: c})
				aliases = append(aliases, alias{})
				i++
				continue
			}
			c, ok := group[sp.key]
			if k, defined := acronyms[sp.key]; defined {
				// "Finnish Commuter Airlines (FCA)": in this article the
				// acronym is the name it defines, whatever company the
				// list knows by it (Fiat Chrysler)
				if own, found := group[k]; found {
					c, ok = own, true
				}
			}
			if e := ev[sp.key]; !ok && !(e != nil && e.refused) && !r.nationality(sp.key) && !(r.placeWord(sp.key) && (e == nil || e.score < 2)) {
				// "Brindlewood" for "Brindlewood Analytics"; not
				// "Brussels" (a place) for "Brussels Airlines"
				c, ok = prefixes[sp.key]
			}
			if l, found := longer[sp.key]; found && !sp.veto {
				// "Pioneer Natural Resources ... Pioneer": in this article
				// the short name is the long one, whatever else "Pioneer"
				// names elsewhere
				c, ok = l, true
			}
			if !ok && sp.parent != "" {
				c, ok = group[sp.parent]
			}
			if !ok && strings.HasSuffix(sp.key, "s") {
				// "Suzukis Know-how", "American Towers"
				c, ok = group[strings.TrimSuffix(sp.key, "s")]
			}
			if sp.veto {
				continue
			}
			if ok && sp.to-sp.from == 1 && functionWords[doc.Lang][sp.key] && sentenceStart(doc.Tokens[si], sp.from) {
				continue // "Nel maggio del 1998" is "In May 1998", whatever Nel names in another text
			}
			if ok && sp.to-sp.from == 1 && commonAcronyms[doc.Lang][sp.key] && sp.from > 0 && acronymDeterminers.Has(doc.Tokens[si][sp.from-1].Folded()) {
				continue // "i gestionali per le PMI": small businesses, not Philip Morris International ("PMI a racheté" is still it)
			}
			if ok {
				mentions = append(mentions, Mention{Sentence: si, From: sp.from, To: sp.to, Text: sp.text, Company: c})
				written := withSuffix(sp)
				if written == "" {
					written = withGroupWord(doc.Tokens[si], sp)
				}
				aliases = append(aliases, alias{display: sp.display, written: written, ok: true})
				continue
			}
			// "Alibaba Suning", "Nokia Once Again Reached": names run
			// together; read the known ones out of the run
			if kinds := r.lex.KindsFolded(sp.key); kinds.Has(lexicon.Place) || kinds.Has(lexicon.Body) {
				continue // "Saudi Arabia", whatever "Arabia" names elsewhere; "Euronext Amsterdam", the exchange
			}
			if e := ev[sp.key]; e != nil && e.against > 0 {
				continue // "Giuseppe Bono" is a man, whatever "Bono" names elsewhere
			}
			if kw := sp.keyWords(); sp.to-sp.from == 2 && len(kw) == 2 && r.surnameOf(kw[0], kw[1]) {
				continue // "Obadiah Stobart": a man, not Eddie Stobart
			}
			for _, c := range r.splitRun(sp.key, sp.text, group) {
				mentions = append(mentions, Mention{Sentence: si, From: sp.from, To: sp.to, Text: sp.text, Company: c})
				aliases = append(aliases, alias{})
			}
		}
	}
	if len(mentions) == 0 {
		return nil, nil // as a doc without names always had
	}
	return mentionTail.Keep(mentions), aliasTail.Keep(aliases)
}

// longerNames maps the first word of each company of several words an
// article names ("pioneer" of "Pioneer Natural Resources") to that company,
// for the article's single-word mentions. Where two companies of the
// article open with the word, it is the one named more often ("Sega Sammy",
// not its unit "Sega Entertainment"), and neither when they are named as
// often ("Fresenius Medical Care" and "Fresenius Kabi", once each, leave
// "Fresenius" alone).
func (r *recognizer) longerNames(sps [][]span, group map[string]string) map[string]string {
	var mentions map[string]int     // of each longer company
	var opening map[string][]string // first word -> the longer companies it opens, in order
	for _, ss := range sps {
		for _, sp := range ss {
			c, ok := group[sp.key]
			if !ok || sp.veto || sp.parent != "" {
				continue // "Kodak Polychrome Graphics" is Kodak's unit: "Kodak" stays Kodak
			}
			var buf [8]string // on the stack: asked of every mention
			words := appendFoldedWords(buf[:0], sp.key)
			if len(words) < 2 || r.placeIn(words[1:]) {
				continue // "Telefônica Brasil" is Telefónica's unit, not Telefónica
			}
			if r.placeWord(words[0]) && group[words[0]] == "" {
				continue // "Brussels Airlines": "Brussels" alone stays the city
			}
			if r.allKnown(words) {
				continue // "Alcatel-Lucent" is two companies' names: "Alcatel" stays Alcatel
			}
			if _, named := group[strings.Join(words[1:], " ")]; named {
				continue // "Carlsberg Marston's", a venture named after both: "Carlsberg" stays Carlsberg
			}
			if group[words[0]] == c {
				continue
			}
			if mentions == nil {
				mentions, opening = map[string]int{}, map[string][]string{} // most articles name no longer company
			}
			mentions[c]++
			if cs := opening[words[0]]; !slices.Contains(cs, c) {
				opening[words[0]] = append(cs, c)
			}
		}
	}
	if opening == nil {
		return nil
	}
	out := make(map[string]string, len(opening))
	for w, cs := range opening {
		best, tied := cs[0], false
		for _, c := range cs[1:] {
			switch {
			case mentions[c] > mentions[best]:
				best, tied = c, false
			case mentions[c] == mentions[best]:
				tied = true
			}
		}
		if !tied {
			out[w] = best
		}
	}
	return out
}

// allKnown: every word names a listed company of its own.
func (r *recognizer) allKnown(words []string) bool {
	for _, w := range words {
		if c, ok := r.lex.Company(w); !ok || c.NeedsContext {
			return false
		}
	}
	return true
}

// placeIn: one of the words names a place or a people.
func (r *recognizer) placeIn(words []string) bool {
	for _, w := range words {
		if r.lex.HasAnyFolded(placeWords, w) {
			return true
		}
	}
	return false
}

// knownPair: an unknown name made of two or more known companies' names
// ("Renault-Nissan", "Alibaba Suning") is those companies side by side,
// not a company of its own; splitRun then reads them out of it.
func (r *recognizer) knownPair(key string) bool {
	w := strings.Fields(key)
	found := 0
	for i := 0; i < len(w); {
		n := len(w) - i
		for ; n > 0; n-- {
			if c, ok := r.lex.Company(strings.Join(w[i:i+n], " ")); ok && !c.NeedsContext {
				break
			}
		}
		if n == 0 {
			return false
		}
		found++
		i += n
	}
	return found >= 2
}

// joinsTwoCompanies: key is two names joined by "and", each a company on
// its own evidence and of two words or listed ("Deep Yellow und Vimy
// Resources"): two companies named together, which splitRun reads out,
// not one.
func joinsTwoCompanies(key string, ev map[string]*evidence) bool {
	if !slices.ContainsFunc(spacedJoins, func(j string) bool { return strings.Contains(key, j) }) {
		return false // most keys: no word is split, none joined
	}
	w := strings.Fields(key)
	for i := 1; i+1 < len(w); i++ {
		if !listJoins.Has(w[i]) {
			continue
		}
		before, after := ev[strings.Join(w[:i], " ")], ev[strings.Join(w[i+1:], " ")]
		// (each of two words at least, or listed: "Rain and Hail" is one
		// insurer, whatever evidence its halves drew from it)
		whole := func(e *evidence, words int) bool { return e != nil && (words >= 2 || e.known != nil) && e.company() }
		if whole(before, i) && whole(after, len(w)-i-1) {
			return true
		}
	}
	return false
}

// spacedJoins are listJoins as they stand inside a key.
var spacedJoins = []string{" and ", " e ", " y ", " und ", " et "}

// splitRun reads confirmed or listed companies out of a run of words,
// longest first from the left.
func (r *recognizer) splitRun(key, text string, group map[string]string) []string {
	var w []string
	var starts []int // where each word of key starts, when parts are cut from key
	var wordsBuf [8]string
	var startsBuf [8]int
	if singleSpaced(key) {
		// a key as Fold makes it: each run of words is a piece of key, cut
		// rather than joined, on the stack for all but the longest keys
		w, starts = appendFoldedWords(wordsBuf[:0], key), startsBuf[:0]
		at := 0
		for _, word := range w {
			starts = append(starts, at)
			at += len(word) + 1
		}
	} else {
		w = strings.Fields(key)
	}
	var out []string
	for i := 0; i < len(w); {
		n := len(w) - i
		for ; n > 0; n-- {
			var part string
			if starts != nil {
				part = key[starts[i] : starts[i+n-1]+len(w[i+n-1])]
			} else {
				part = strings.Join(w[i:i+n], " ")
			}
			if c, ok := group[part]; ok && (n > 1 || len(w[i]) > 2) {
				out = AppendNew(out, c)
				break
			}
			if c, ok := r.lex.Company(part); ok && !c.NeedsContext && !opensAnother(c, w[i:], n) && (n > 1 || !onlyAnAcronym(&c, part) || strings.Contains(text, strings.ToUpper(part))) &&
				!(len(w) == 1 && diacriticOnlyIn(text, &c)) {
				out = AppendNew(out, c.Name) // "Volkswagen-Nissan": both listed
				break
			}
		}
		if n == 0 {
			n = 1
		}
		i += n
	}
	return out
}

// opensAnother: words begin with a short form (n words) of c's longer
// name and go on otherwise: "jardine lloyd thompson" is not Jardine
// Matheson.
func opensAnother(c lexicon.Company, words []string, n int) bool {
	full := c.NameWords
	return n == 1 && len(full) > 1 && full[0] == words[0] && len(words) > 2 && words[1] != full[1]
}

// placeWord: a place, a nationality or a region ("Brussels", "Swiss",
// "Nordic"): never the short form of a company named after it.
func (r *recognizer) placeWord(key string) bool {
	return r.lex.HasAnyFolded(placeWords, key) || compass.Has(key)
}

// nationality: a demonym or a region word ("Swiss", "Nordic"), which
// opens descriptions ("the Swiss group") and currencies ("Swiss francs").
func (r *recognizer) nationality(key string) bool {
	return r.lex.HasFolded(lexicon.Demonym, key) || compass.Has(key)
}

// canonical names a company: the known list's name, else the longest
// spelling it was written with (legal suffix removed).
func (r *recognizer) canonical(key string, e *evidence) string {
	if e.known != nil {
		return e.known.Name
	}
	return longestDisplay(e)
}

// longestDisplay is the longest spelling the name was seen under.
func longestDisplay(e *evidence) string {
	best := ""
	for d := range e.displays {
		if len(d) > len(best) || len(d) == len(best) && d < best {
			best = d
		}
	}
	return best
}

func (r *recognizer) allNameWords(words []string) bool {
	for _, w := range words {
		if !r.lex.HasFolded(lexicon.NameWord, w) && !r.lex.HasFolded(lexicon.LegalSuffix, w) && !groupWords[w] {
			return false
		}
	}
	return len(words) > 0
}

// shortForms maps the first word(s) of confirmed multi-word names to the
// company, when only one company could be meant.
func shortForms(group map[string]string) map[string]string {
	cands := map[string]map[string]bool{}
	for k, c := range group {
		w := strings.Fields(k)
		for n := 1; n < len(w); n++ {
			short := strings.Join(w[:n], " ")
			if len(short) < 3 {
				continue
			}
			if cands[short] == nil {
				cands[short] = map[string]bool{}
			}
			cands[short][c] = true
		}
	}
	out := map[string]string{}
	for short, cs := range cands {
		if _, own := group[short]; own || len(cs) != 1 {
			continue
		}
		for c := range cs {
			out[short] = c
		}
	}
	return out
}

// AppendNew appends s to list unless it is there already: the lists of
// names, aliases and parties keep their first-seen order without repeats.
func AppendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// lowerVocabulary is every word the corpus writes in lower case, and of
// them the names it writes so (see lowerNameBefore and siteName), read in
// one pass.
func lowerVocabulary(docs []Doc, lex *lexicon.Lexicon, isCue Cue) (lower, names map[string]bool) {
	cores := runtime.GOMAXPROCS(0)
	recent := make([]recentWords, cores)         // each core's own cache
	named := make([]map[string]int, cores)       // each core's count of the words written as names
	described := make([]map[string]uint8, cores) // each core's languages that describe a word as a company's name
	lower = wordsOnCores(docs, cores, func(core, d int, into map[string]bool) {
		for _, toks := range docs[d].Tokens {
			for i, t := range toks {
				if t.Punct() || t.Cap() || nameStart(t) {
					continue
				}
				w := t.Folded()
				if i > 0 && styledLower(toks, i, lex) {
					continue // "SK hynix": the name's own word, as the company writes it
				}
				if !recent[core].seen(w) {
					into[w] = true
				}
				if i+1 < len(toks) && toks[i+1].Cap() && lowerNameBefore(toks, i, docs[d].Lang, lex, isCue) || siteName(t.Text()) && lex.KindsFolded(w) == 0 && !(i > 0 && siteLocatives.Has(toks[i-1].Folded())) {
					if named[core] == nil {
						named[core] = map[string]int{}
					}
					named[core][w]++
				}
				if describedLower(toks, i, lex, isCue) || lowerBeforeApposition(toks, i, lex, isCue) {
					if described[core] == nil {
						described[core] = map[string]uint8{}
					}
					described[core][w] |= languageBit(docs[d].Lang)
				}
			}
		}
	})
	// a word two languages describe as a company's name is one, as a word
	// written so twice is ("the insurer esure", "den Versicherer esure")
	for _, share := range described {
		for w := range share {
			if languagesOf(described, w) >= 2 {
				if named[0] == nil {
					named[0] = map[string]int{}
				}
				named[0][w] += 2
			}
		}
	}
	return lower, lowerNames(docs, named)
}

// languagesOf is how many languages the cores' shares say describe w as
// a company's name.
func languagesOf(shares []map[string]uint8, w string) int {
	var langs uint8
	for _, share := range shares {
		langs |= share[w]
	}
	return bits.OnesCount8(langs)
}

// languageBit is a bit of its own for each language dealwire reads, none
// for an unknown one.
func languageBit(lang string) uint8 {
	switch lang {
	case "en":
		return 1
	case "it":
		return 2
	case "es":
		return 4
	case "de":
		return 8
	case "fr":
		return 16
	case "nl":
		return 32
	case "pt":
		return 64
	}
	return 0 // a language not told: no second one
}

// describedLower: the lower-case word at i is a company's name a kind of
// company describes ("the insurer esure from", "den Versicherer esure
// für", "la holding allemande mutares,", "el transitario austriaco
// cargo-partner por", "la tedesca etkon,"): after the kind (and a
// nationality) or a nationality made a noun, and before a pause or a
// preposition, not a verb ("the company said", "il gruppo ha").
func describedLower(toks []segment.Token, i int, lex *lexicon.Lexicon, isCue Cue) bool {
	if i < 2 || i+1 >= len(toks) {
		return false
	}
	// the words around first: they refuse nearly every word, cheaply
	if next := toks[i+1]; !next.Punct() && !namePrepositions.Has(next.Folded()) {
		return false
	}
	prev := toks[i-1]
	if prev.Punct() {
		return false
	}
	pf := prev.Folded()
	kind := lex.HasFolded(lexicon.CompanyNoun, pf)
	if kind && anyCompanyNouns.Has(pf) || !kind && !(lex.HasFolded(lexicon.Demonym, pf) && !toks[i-2].Punct() &&
		(lex.HasFolded(lexicon.CompanyNoun, toks[i-2].Folded()) || articlesBeforeNation.Has(toks[i-2].Folded()))) {
		return false
	}
	return lowerNameShaped(toks[i].Folded(), lex, isCue)
}

// lowerNameShaped: a lower-case word w may be a company's name: three
// letters or more, no word the lists know, no adjective's ending nor a
// deal word.
func lowerNameShaped(w string, lex *lexicon.Lexicon, isCue Cue) bool {
	return len(w) >= 3 && !notNames.Has(w) && !adjectiveShaped(w) && !romanceAdjective(w) && strings.ContainsFunc(w, unicode.IsLetter) && lex.KindsFolded(w) == 0 && (isCue == nil || !isCue("", w))
}

// lowerBeforeApposition: the lower-case word at i is a company's name an
// apposition after it describes by its trade ("bought etkon, a
// Munich-area maker of dental prosthetics", "gloops, the Tokyo studio
// behind", "rilevare cargo-partner, lo spedizioniere austriaco"): a comma,
// an article, then a kind of company's trade within a few words, and no
// one saying anything. Not a kind any company is ("shares, a company
// spokesman said").
func lowerBeforeApposition(toks []segment.Token, i int, lex *lexicon.Lexicon, isCue Cue) bool {
	// a comma, then an article: an apposition ("online, ha spiegato il
	// rivenditore" and "hardware, its parent Quorvex said" are none)
	if i+3 >= len(toks) || toks[i+1].Text() != "," || !appositionArticles.Has(toks[i+2].Folded()) {
		return false
	}
	noun := -1
	for k := i + 3; k < len(toks) && k <= i+7 && (!toks[k].Punct() || toks[k].Text() == "-"); k++ {
		if f := toks[k].Folded(); lex.HasFolded(lexicon.CompanyNoun, f) {
			if !anyCompanyNouns.Has(f) {
				noun = k
			}
			break
		}
	}
	if noun < 0 {
		return false
	}
	// and no clause of saying after it: "online, the retailer said" tells
	// who speaks, not what the word is
	for k := noun + 1; k < len(toks) && k <= noun+6 && !toks[k].Punct(); k++ {
		if sayingWords.Has(toks[k].Folded()) {
			return false
		}
	}
	return lowerNameShaped(toks[i].Folded(), lex, isCue)
}

// sayingWords tell who said something.
var sayingWords = lists.SetOf(set(`said says say told added explained noted reported announced stated
	detto dice spiegato dichiarato affermato aggiunto annunciato
	dijo dice explico afirmo senalo indico anadio anuncio
	indique declare explique precise ajoute annonce
	sagte erklarte teilte mitteilte betonte`))

// appositionArticles open an apposition after a name.
var appositionArticles = lists.SetOf(set(`a an the un una uno lo la il el le l der die das ein eine une`))

// anyCompanyNouns name any company, and so the words after them describe
// it as often as they name it ("il gruppo leader di mercato", "la
// compagnia low-cost,", "la banca online di", "the firm alone,"): only a
// kind of company's trade ("the insurer esure") or a nationality ("la
// tedesca etkon") is read before a name in lower case.
var anyCompanyNouns = lists.SetOf(set(`company companies firm firms group business corporation bank carrier
	gruppo societa azienda impresa compagnia banca
	groupe societe entreprise compagnie banque firme
	empresa compania grupo sociedad banco firma
	konzern unternehmen gesellschaft bank firma`))

// romanceAdjective: the word ends as Romance adjectives do ("agrícola",
// "tedesca", "milanese"), read so only after a kind of company.
func romanceAdjective(w string) bool {
	for _, end := range []string{"cola", "ica", "ico", "ana", "ano", "ese", "ista", "ile"} {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// namePrepositions may follow a company's name described ("esure from
// Lloyds", "cargo-partner por 845 millones").
var namePrepositions = lists.SetOf(set(`from for to of in with at by per por para pour a de di da fur an aus von mit bei`))

// articlesBeforeNation make a nationality a noun: "la tedesca etkon".
var articlesBeforeNation = lists.SetOf(set(`la il el le the der die das l lo`))

// wordsOnCores gathers a set of words from every doc on cores cores, each
// the docs of every n-th one (gather is told which core reads and which
// doc), and merges the sets, in any order, as a set has none.
func wordsOnCores(docs []Doc, cores int, gather func(core, doc int, into map[string]bool)) map[string]bool {
	shares := make([]map[string]bool, cores)
	parallel.For(cores, func(p int) {
		m := map[string]bool{}
		for d := p; d < len(docs); d += cores {
			gather(p, d, m)
		}
		shares[p] = m
	})
	all := shares[0]
	for _, share := range shares[1:] {
		for w := range share {
			all[w] = true
		}
	}
	return all
}

// styledLower: the lower-case word at i ends a name that an acronym opens
// and that the list writes so ("SK hynix"): the company's own styling,
// not a word of the language, which would cut the name at the acronym
// (unlike "LG display panels", where the list writes LG Display).
func styledLower(toks []segment.Token, i int, lex *lexicon.Lexicon) bool {
	prev := toks[i-1]
	return prev.Upper() && lex.StyledLower(prev.Folded(), toks[i].Folded())
}

// recentWords remembers the last word put in each of its slots. Most
// lower-case words of a text are a few hundred function words ("the",
// "of", "der"), met again and again: the cache tells them added already
// for a fraction of what adding them to the map again costs.
type recentWords [1024]string

// seen reports whether w is the word last seen in its slot, and makes
// it so.
func (c *recentWords) seen(w string) bool {
	slot := &c[recentSlot(w)]
	if *slot == w {
		return true
	}
	*slot = w
	return false
}

// recentSlot mixes a word's length with its first and last bytes, which
// tell apart the short words most often met.
func recentSlot(w string) int {
	if w == "" {
		return 0
	}
	x := uint32(len(w)) | uint32(w[0])<<8 | uint32(w[len(w)-1])<<16
	return int((x * 0x9E3779B1) >> (32 - 10)) // 10 bits: len(recentWords) slots
}

// titleCase reports a sentence written in title case — a headline or a
// menu — where capitals do not mark names.
func titleCase(toks []segment.Token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if t.Punct() || len(t.Text()) < 4 {
			continue // short words stay lower case in title case
		}
		words++
		if t.Cap() {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*7
}

// siteName: the word, as written, is a web address's name in lower case,
// the name of a company that trades online ("mobile.de", "bol.com",
// "bwin.party"): letters, digits or hyphens, a dot and a domain, no "www".
func siteName(w string) bool {
	dot := strings.LastIndexByte(w, '.')
	if dot < 3 || strings.HasPrefix(w, "www.") || !siteDomains.Has(w[dot+1:]) || publicSites.Has(w[:strings.IndexByte(w, '.')]) {
		return false
	}
	for _, r := range w[:dot] {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

// siteLocatives put a web address where something is read or done ("a
// filing on gov.uk", "log in at example.com"): a place on the web, not a
// company; such a mention does not count towards the two that make one.
var siteLocatives = lists.SetOf(set(`on at in via visit su sur en auf bei unter`))

// publicSites open the web addresses of governments and examples.
var publicSites = lists.SetOf(set(`gov gouv gob europa example`))

// siteDomains end the web addresses companies are named by.
var siteDomains = lists.SetOf(set(`com de fr it es nl co uk net io party ch at be`))
