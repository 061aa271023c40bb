package names

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"dealwire/loader/extract/lexicon"
	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/segment"
	"dealwire/model"
)

// span is a run of name-shaped words in one sentence: a candidate name.
type span struct {
	from, to int    // token indices, [from, to)
	text     string // as written, legal suffix included
	key      string // folded, legal suffixes and "Group"/"Holdings" removed: the grouping key
	known    *lexicon.Company
	veto     bool // not a company in this article, whatever the corpus says
	// parent is the key of the known company a unit's name begins with
	// ("Vodafone India"): the company meant if the unit is not one
	parent string

	// words are text folded and split, words[keyFrom:keyTo] those of key
	// (see keyWords): made once with the span, as refusing and scoring it
	// read them again. The key's are told by where they are, not by a
	// slice of their own: a corpus holds hundreds of thousands of spans.
	words          []string
	keyFrom, keyTo int32
	display        string // see display: kept for every mention of the span
}

// keyWords are the words of the span's key.
func (sp *span) keyWords() []string { return sp.words[sp.keyFrom:sp.keyTo] }

// candidates finds the name spans of one sentence: known companies first
// (longest alias wins), then runs of capitalised words, split at words
// that cannot be part of a company name. folded is working space of at
// least len(toks) strings, which the caller reuses from one sentence to
// the next. headline is titleCase(toks). The spans are appended to out:
// readDoc lays a doc's spans one after another (see docSpans).
func (r *recognizer) candidates(s string, toks []segment.Token, folded []string, headline bool, lang string, words *wordArena, out []span) []span {
	first := len(out) // this sentence's spans start here
	german := lang == "de"
	folded = folded[:len(toks)]
	for i, t := range toks {
		folded[i] = t.Folded()
	}
	for i := 0; i < len(toks); {
		if toks[i].Punct() || !nameStart(toks[i]) && !r.listedLowerName(toks, folded, i) && !r.lowerNames[folded[i]] && !(ordinal(toks[i].Text()) && i+1 < len(toks) && toks[i+1].Cap()) {
			i++
			continue
		}
		if royalTitles[folded[i]] && i+1 < len(toks) && r.isKnown(toks, folded, i+1) && !r.isKnown(toks, folded, i) {
			i++ // "Royal KPN": the title before a known company's name
			continue
		}
		if i > 0 && !toks[i-1].Cap() && lowerArticles[folded[i-1]] {
			if _, to, listed := r.knownAt(toks, folded, i-1); listed && to > i {
				i-- // "la Caixa": a name that opens with its article in lower case
			}
		}
		sp, ok := r.known(s, toks, folded, i, words)
		if ok && r.ambiguousDescription(sp, toks, folded) {
			i = sp.to // "the Swiss group": a nationality describing a company, not the airline Swiss
			continue
		}
		if ok && !r.anotherName(sp, toks, folded) && !r.ambiguousOpener(sp, toks, folded) {
			if to := r.unitAfter(s, toks, folded, sp.from, sp.to, lang); to > sp.to && !headline {
				// "Christian Dior Couture", "Vodafone India": a known
				// company's name and more is a unit of its own, when the
				// text shows it is a company
				unit := r.makeSpan(s, toks, i, to, nil, words)
				unit.parent = sp.key
				sp = unit
			}
			out = append(out, sp)
			i = sp.to
			continue
		}
		j := i + 1
		for j < len(toks) && (!toks[j-1].Poss() || r.possessiveOpensName(toks, folded, i, j)) {
			t := toks[j]
			if german && !t.Punct() && t.Cap() && j-1 > i && r.lex.HasFolded(lexicon.LegalSuffix, folded[j-1]) && !namingSuffixes[folded[j-1]] &&
				!r.lex.HasAnyFolded(suffixWords, folded[j]) && !r.lex.HasAnyFolded(placeWords, folded[j]) {
				// "bei Brindle SA Batteriezellen": after its legal form, a
				// German noun, not more of the name ("Siemens AG Österreich"
				// is)
				break
			}
			if !t.Punct() && t.Cap() && j > i && j+2 < len(toks) && toks[j+1].Cap() && toks[j+2].Cap() && r.titleOpens(folded, j, j+3) {
				// "Nycomed Chief Executive Hakan Bjorklund": a title of two or
				// three words ends the name, a person's follows
				break
			}
			if !t.Punct() && t.Cap() && !r.breakerAt(toks, folded, j) {
				if _, knownTo, known := r.knownAt(toks, folded, j); known && !r.suffixEndsKnown(toks, folded, i, j) && !r.lex.HasFolded(lexicon.LegalSuffix, folded[j]) &&
					!theNameGoesOn(folded, i, j, knownTo) && !r.nameRunsPast(toks, folded, j, knownTo) && !r.surnameAlias(toks, folded, i, j) && !r.acronymOpensName(toks, folded, i, j) &&
					!(!german && r.unknownWordOpensName(toks, folded, i, j)) {
					break // "Microsoft Nokia": two names side by side; not "Brassica Acquisition SAS", its legal form
				}
				j++
				continue
			}
			// "Bank of America", "Comisión Federal de Comercio": a small
			// word between capitalised ones
			if !t.Punct() && nameConnectors.Has(folded[j]) && j+1 < len(toks) && !toks[j+1].Punct() && toks[j+1].Cap() && !r.breakerAt(toks, folded, j+1) &&
				!r.personBeforeConnector(toks, folded, i, j) && // "Priya Raghunathan of Harrowgate Securities": two names
				!(german && j == i+1 && germanGenitives[folded[j]]) && // "die Spitze des Raiffeisen-Sektors": a noun and what it is of
				!(german && germanGenitives[folded[j]] && germanNoun(folded[j+1])) && // "Seven Group Holdings des Unternehmers Kerry Stokes": whose it is
				!r.placeAfterCompanyWord(toks, folded, i, j) && !r.firmOfFirm(toks, folded, i, j) && !r.personAfterConnector(toks, folded, i, j) {
				if !r.isKnown(toks, folded, j+1) {
					j += 2
					continue
				}
			}
			// "China Huaxin Post and Telecommunication Economy Development
			// Center": "and" inside a long name that ends in a company word
			// (not "CVC Capital Partners and Apollo Global", "Nokia and HMD
			// Global": what comes before "and" must not be a whole name)
			if !t.Punct() && listJoins.Has(folded[j]) &&
				j-i >= 2 && !r.lex.HasFolded(lexicon.NameWord, folded[j-1]) && !r.lex.HasFolded(lexicon.LegalSuffix, folded[j-1]) &&
				!slices.ContainsFunc(folded[i:j], func(w string) bool { return nameHeads[w] }) && // "Nuova Banca Marche and Nuova Banca Etruria": two banks
				!afterMergerOf(folded, i) {
				if end := r.namedUntilCompanyWord(toks, folded, j+1); end > 0 {
					j = end
					continue
				}
			}
			// "la aseguradora Rain and Hail", "Votorantim Celulose e Papel
			// übernahm": an "and" of another language is a name's own (in
			// the text's language it may join two companies: "the insurer
			// Veltraco and Quorvex agreed")
			if !t.Punct() && foreignAnd(folded[j], lang) && !looseScandinavianAnd(toks, folded, j) && j+1 < len(toks) && !toks[j+1].Punct() && toks[j+1].Cap() && !r.breakerAt(toks, folded, j+1) &&
				!r.isKnown(toks, folded, i) && !r.isKnown(toks, folded, j+1) {
				j += 2
				continue
			}
			// "Votorantim Celulose e Papel (VCP)": the acronym after the
			// run spells the words on both sides of "e"
			if !t.Punct() && listJoins.Has(folded[j]) {
				if end := capitalisedRunEnd(toks, j+1); end > j+1 && initialsInBrackets(toks, i, end) {
					j = end
					continue
				}
			}
			// "Thomas H. Lee Partners": a middle initial's point inside a
			// name; "St. Jude Medical", "The St. Paul Companies": Saint's,
			// opening the name or after its article (not "based on Main
			// St. Veltraco said", a street's), as a given name shortened
			// does ("Chr. Hansen")
			if t.Punct() && t.Text() == "." && j+1 < len(toks) && toks[j+1].Cap() && !toks[j+1].Punct() &&
				(utf8.RuneCountInString(toks[j-1].Text()) == 1 && toks[j-1].Upper() && j-1 > i ||
					(saintAbbreviations[folded[j-1]] || segment.ShortenedName(toks[j-1].Text())) && (j-1 == i || j-2 == i && saintArticles[folded[i]])) {
				j++
				continue
			}
			if t.Punct() && t.Text() == "/" && r.slashInName(toks, folded, i, j) {
				j += 2
				continue
			}
			// "Food 4 Less Holdings": a number inside a name that goes on
			// to a company word (after a month, "March 4 Brindle Holdings",
			// the month opens the run, which drops it and then the number)
			if !t.Punct() && j > i && smallNumber(t.Text()) {
				if end := r.namedUntilCompanyWord(toks, folded, j+1); end > 0 {
					j = end
					continue
				}
			}
			// "Sogo & Seibu", "Seven & i Holdings", "Procter & Gamble"
			if t.Punct() && t.Text() == "&" && j+1 < len(toks) && !toks[j+1].Punct() &&
				(toks[j+1].Cap() || utf8.RuneCountInString(toks[j+1].Text()) == 1) {
				j += 2
				continue
			}
			// "Gruner + Jahr": a plus between two capitalised words
			if t.Punct() && t.Text() == "+" && j > i && j+1 < len(toks) && !toks[j+1].Punct() && toks[j+1].Cap() {
				j += 2
				continue
			}
			break
		}
		// drop leading words that only open a sentence or a title ("The", "CEO")
		start, runFold := i, spanFold(s, toks, i, j)
		// the run's words and key, made once: the whole run is most often
		// the span made below, which copies them
		var runBuf [8]string // on the stack for all but the longest runs
		runWords, keyFrom, keyTo, whole := r.foldedKey(runFold, runBuf[:0])
		listed := r.listed(whole)
		for i < j && (r.breakerAt(toks, folded, i) && !(!german && r.titleOpensFirm(folded, i, j)) && !(j == i+1 && r.titleAlone(toks, folded, i)) || (r.common(folded[i]) && sentenceStart(toks, i) && !r.newOpensName(folded, i, j)) || german && openers[folded[i]] && afterColon(toks, i) ||
			(j-i > 1 && !listed && r.companyNoun(folded[i]) && !nameHeads[folded[i]] && !(j-i == 2 && germanBankHeads[folded[i]]) && !nounInName(toks, i, german, headline)) || r.titleOpens(folded, i, j) ||
			german && j-i > 1 && !listed && (germanKindCompound(folded[i]) && !germanBankHeads[folded[i]] || scaleWords[folded[i]]) &&
				!r.lex.HasFolded(lexicon.LegalSuffix, folded[i+1]) && !r.lex.HasFolded(lexicon.NameWord, folded[i+1]) ||
			german && !listed && r.gridBeforeName(folded, i, j) ||
			j-i > 2 && jointVentureAt(folded, i) && !listed) { // "das Joint Venture Quorvex AG": the noun, in German capitals (not "Halden Joint Venture GmbH")
			// (German: "den Gehäusebauer Fibrebond", "zwei Millionen Antriebe")
			i++
			for i < j && nameConnectors.Has(folded[i]) {
				i++ // "Shares of Acacia" once "Shares" goes: Acacia
			}
		}
		if n := r.placeOpens(toks, folded, i, j); n > 0 {
			i += n // "negli Stati Uniti Firestone Building Products": where, then who
		}
		for i < j && smallNumber(folded[i]) {
			i++ // the number a name held, once the words before it went
		}
		if i == start && j-i <= maxNameWords {
			// the whole run, most runs: its fold and key are made already
			out = append(out, r.makeSpanKeyed(s, toks, i, j, runFold, runWords, keyFrom, keyTo, whole, words))
		} else if i < j && j-i <= maxNameWords {
			out = append(out, r.makeSpan(s, toks, i, j, nil, words))
		}
		// j is past the run's start; the token at j is read next, so a
		// known name after a dropped opener ("The Microsoft deal") counts
		i = j
	}
	return r.partnersJoined(s, toks, out, first, words)
}

// partnersJoined joins, among the spans from first on, a run of single
// unknown names parted by commas that ends in two joined by "&" ("Hicks,
// Muse, Tate & Furst", "Skadden, Arps, Slate, Meagher & Flom"): the
// partners' names of one firm, not a list of companies, which would end in
// "and".
func (r *recognizer) partnersJoined(s string, toks []segment.Token, out []span, first int, words *wordArena) []span {
	for k := first; k < len(out); k++ {
		m := k
		for m+1 < len(out) && out[m].to-out[m].from == 1 && out[m].known == nil && out[m].to+1 == out[m+1].from && toks[out[m].to].Text() == "," {
			m++
		}
		last := out[m]
		if m == k || last.known != nil || last.to-last.from != 3 || toks[last.from+1].Text() != "&" {
			continue
		}
		out[k] = r.makeSpan(s, toks, out[k].from, last.to, nil, words)
		out = append(out[:k+1], out[m+1:]...)
	}
	return out
}

// nounInName: a company noun capitalised inside a sentence that is neither
// German (which capitalises every noun) nor a headline in title case, and
// followed by a single letter, is the first word of a name ("Big C
// Supercenter", where "big" is an Italian word for a leading company):
// no name opens with a lone letter.
func nounInName(toks []segment.Token, i int, german, headline bool) bool {
	return !german && !headline && !sentenceStart(toks, i) && toks[i].Cap() && !toks[i].Upper() &&
		i+1 < len(toks) && utf8.RuneCountInString(toks[i+1].Text()) == 1 && toks[i+1].Upper()
}

// newOpensName: "New" opening a sentence is the name's own first word
// when the run goes on to a company word ("New Media Investment Group",
// "New World Development Company"): many names begin with it.
func (r *recognizer) newOpensName(folded []string, i, j int) bool {
	return folded[i] == "new" && j-i >= 3 && (r.lex.HasFolded(lexicon.NameWord, folded[j-1]) || r.lex.HasFolded(lexicon.LegalSuffix, folded[j-1]))
}

// afterMergerOf: the run at i follows a merger's noun and the word that
// names its sides ("the merger of Capital Radio and GWR Group", "la fusión
// de", "die Fusion von"): an "and" in it joins two companies.
func afterMergerOf(folded []string, i int) bool {
	return i >= 2 && mergerSides[folded[i-1]] && mergerNouns[folded[i-2]]
}

var mergerNouns = set(`merger combination fusion fusione fusao zusammenschluss rapprochement`)

var mergerSides = set(`of between de di tra fra entre von zwischen`)

// listJoins join two parts of one name, as of a list.
var listJoins = lists.SetOf(set(`and e y und et`))

// capitalisedRunEnd is the end of the run of capitalised words from k.
func capitalisedRunEnd(toks []segment.Token, k int) int {
	for k < len(toks) && !toks[k].Punct() && toks[k].Cap() {
		k++
	}
	return k
}

// initialsInBrackets: an acronym in brackets follows toks[from:to] and
// spells the initials of its capitalised words ("Votorantim Celulose e
// Papel (VCP)", "Impulsora de Marcas e Intangibles (IMI)").
func initialsInBrackets(toks []segment.Token, from, to int) bool {
	if to+2 >= len(toks) || toks[to].Text() != "(" || toks[to+2].Text() != ")" || !toks[to+1].Upper() {
		return false
	}
	var initials []rune
	for _, t := range toks[from:to] {
		if t.Cap() {
			r, _ := utf8.DecodeRuneInString(t.Text())
			initials = append(initials, unicode.ToUpper(r))
		}
	}
	return len(initials) >= 3 && string(initials) == toks[to+1].Text()
}

// slashInName: the slash at j, with no space on either side, joins the
// capitalised words around it into one name ("Rural/Metro", "APCOA/Standard
// Parking", "R/D Tech"); the side after may be a known name of its own
// ("Metro"). It pairs two companies instead, and joins nothing, where the
// words before the slash are a known company ("the Disney/Fox deal") or
// end in a legal suffix ("Veltraco Corp/Brindle SA"), or a noun of what
// pairs them follows ("the Veltraco/Brindle merger", "joint venture"). Nor
// does it join where a side is a place ("Santa Clara/Tokio", a dateline's),
// before a compound ("des CAD/CAM-Spezialisten": what a company is), or
// two acronyms alone ("CAD/CAM", "TCP/IP": a technique's).
func (r *recognizer) slashInName(toks []segment.Token, folded []string, i, j int) bool {
	if j+1 >= len(toks) || toks[j+1].Punct() || !toks[j+1].Cap() || toks[j-1].Punct() || strings.Contains(toks[j+1].Text(), "-") ||
		toks[j].Start() != toks[j-1].End() || toks[j+1].Start() != toks[j].End() {
		return false
	}
	end := capitalisedRunEnd(toks, j+1)
	if toks[j-1].Upper() && toks[j+1].Upper() && end == j+2 {
		return false // two acronyms alone
	}
	if r.lex.HasFolded(lexicon.LegalSuffix, folded[j-1]) || end < len(toks) && pairedBy[folded[end]] ||
		r.isKnown(toks, folded, i) || r.isKnown(toks, folded, j-1) {
		return false // two companies paired
	}
	for _, k := range [...]int{j - 1, j + 1} {
		if r.breakerAt(toks, folded, k) || r.lex.HasAnyFolded(placeWords, folded[k]) {
			return false
		}
	}
	return true
}

// namingSuffixes are legal suffixes that also open a name ("Holding
// Fininvest", "Gruppe Quorvex").
var namingSuffixes = set(`holding holdings group gruppe groupe gruppo grupo`)

// pairedBy are the nouns after "X/Y" that name what pairs two companies
// ("the Disney/Fox deal", "joint venture", "tie-up"); a verb after it is
// what one company does ("Rural/Metro acquired").
var pairedBy = set(`deal deals merger mergers joint venture tie combination agreement takeover transaction alliance partnership talks
	accordo fusione alleanza acuerdo fusion alianza accord rapprochement vereinbarung fusionen ubernahme`)

// lowerArticles open a few companies' names in lower case: "la Caixa".
var lowerArticles = set(`la le el il lo les los`)

// possessiveOpensName: the run from i is one possessive word, a given
// name or a word of the language ("David's", "Men's"), and a capitalised
// word that names no known company follows at j: one name, "David's
// Bridal", "Men's Wearhouse". A company's or a place's possessive is whose
// the next name is ("Microsoft's Azure", "Europe's Airbus"), and a
// person's surname whose company ("Warren Buffett's Berkshire").
func (r *recognizer) possessiveOpensName(toks []segment.Token, folded []string, i, j int) bool {
	if j != i+1 || j >= len(toks) || toks[j].Punct() || !toks[j].Cap() || r.breakerAt(toks, folded, j) || r.isKnown(toks, folded, j) || r.isKnown(toks, folded, i) {
		return false
	}
	if i > 0 && !toks[i-1].Punct() && (toks[i-1].Cap() || surnameParticles[toks[i-1].Folded()]) {
		return false // "Michael Pearson's", "Warren Buffett's", "Alwaleed bin Talal's": a person's
	}
	if r.lex.HasFolded(lexicon.Place, folded[i]) {
		return false // "China's MicroPort": where it is from, whatever else "china" is
	}
	return r.lex.HasFolded(lexicon.GivenName, folded[i]) || r.lower[folded[i]] || pluralPossessives[folded[i]]
}

// pluralPossessives open shop names in English whatever else the corpus
// writes: "Men's Wearhouse", "Children's Place", "People's United".
var pluralPossessives = set(`men women children people kids ladies gentlemen`)

// spacedInitial: the stop at j ends a single capital letter and a space
// follows it, as in the listed "D. E. Shaw" or "J. C. Penney" (written
// "J.C." the initials are one word).
func spacedInitial(toks []segment.Token, j int) bool {
	if toks[j].Text() != "." || j == 0 || j+1 >= len(toks) || toks[j+1].Start() == toks[j].End() {
		return false
	}
	w := toks[j-1].Text()
	return utf8.RuneCountInString(w) == 1 && toks[j-1].Upper() && !toks[j-1].Punct()
}

// afterGivenName: the word before i is a given name, whose middle initial
// the one at i is ("Thomas B. Braun", not the listed B. Braun; but
// "Yesterday D. E. Shaw", "Der Hedgefonds D. E. Shaw").
func (r *recognizer) afterGivenName(folded []string, i int) bool {
	return i > 0 && r.lex.HasFolded(lexicon.GivenName, folded[i-1])
}

// personBeforeConnector: the run from i, up to the connector at j, is
// a person's name: opened by a given name, or personOfFirm. It is asked
// from i and from the word after a sentence's opener ("Per Chiara
// Vescovini di Orobica Ricerche Sim", "Según Marco Bianchi de …").
func (r *recognizer) personBeforeConnector(toks []segment.Token, folded []string, i, j int) bool {
	for _, from := range [2]int{i, r.openedAt(toks, folded, i)} {
		if r.lex.HasFolded(lexicon.GivenName, folded[from]) || r.personOfFirm(toks, folded, from, j) {
			return true
		}
	}
	return false
}

// openedAt is where a run from i that reaches past i+1 starts its name:
// past a common word that only opens the sentence ("Per Ottavio
// Brancaleoni di …", "Según Marco Bianchi de …"), which is dropped from
// the span later but would hide, until then, the given name after it.
func (r *recognizer) openedAt(toks []segment.Token, folded []string, i int) int {
	if i+1 < len(toks) && r.common(folded[i]) && sentenceStart(toks, i) && toks[i+1].Cap() && !toks[i+1].Punct() {
		return i + 1
	}
	return i
}

// personOfFirm: the connector at j ("of", "di", "von") comes after two
// capitalised words that say nothing of a company, and a name ending in a
// company word follows ("Zebedee Wolvercote of Hadleigh Wickersley
// Securities", "Hermengild Pizzighetti di Brembate Securities"): a person
// and the firm they work for. Not "Royal Bank of Scotland", "Banca
// Popolare di Milano".
func (r *recognizer) personOfFirm(toks []segment.Token, folded []string, i, j int) bool {
	if j-i != 2 || r.companyNoun(folded[i]) || r.companyNoun(folded[i+1]) ||
		r.lex.HasAnyFolded(suffixWords, folded[i]) || r.lex.HasAnyFolded(suffixWords, folded[i+1]) {
		return false
	}
	return r.namedUntilCompanyWord(toks, folded, j+1) > 0
}

// personAfterConnector: the connector at j leads to a person's name, a
// given name and one capitalised word that ends the run ("la Virgin Music
// Group di Richard Branson", "Virgin Music Group de Richard Branson"):
// whose the company is, not its name. Not "Bank of Georgia", "Banca di
// Roma": a given name that is a place goes on with the name; nor a bank's
// name, run from i, which its town ends ("Bank of Ann Arbor", "Banca di
// Credito Cooperativo di Martina Franca").
func (r *recognizer) personAfterConnector(toks []segment.Token, folded []string, i, j int) bool {
	given, surname := j+1, j+2
	if surname >= len(toks) || nameHeads[folded[i]] || nameHeads[folded[j-1]] || !r.lex.HasFolded(lexicon.GivenName, folded[given]) || r.lex.HasFolded(lexicon.Place, folded[given]) ||
		!toks[surname].Cap() || toks[surname].Punct() || r.companyNoun(folded[surname]) || r.lex.HasAnyFolded(suffixWords, folded[surname]) {
		return false
	}
	return surname+1 >= len(toks) || !toks[surname+1].Cap() || toks[surname+1].Punct()
}

// placeAfterCompanyWord: the connector at j leads to a place, and the
// name from i before it is two words or more ending in a company word that
// does not head a name ("National Commerce Financial of Memphis",
// "Susquehanna Bancshares of Lititz"): the name ends there, and where it
// is from follows. Not "Bank of America", "Royal Bank of Scotland"; nor
// a legal form of a country ("Health and Tennis Corporation of America",
// "Aluminum Company of America"), which names no seat.
func (r *recognizer) placeAfterCompanyWord(toks []segment.Token, folded []string, i, j int) bool {
	last := folded[j-1]
	if spelledLegalForms[last] && r.lex.HasFolded(lexicon.Country, folded[j+1]) {
		return false // (not "Hanson PLC of Britain", "Hoechst AG of Germany": the wire's seat)
	}
	return j-i >= 2 && r.lex.HasAnyFolded(suffixWords, last) && !nameHeads[last] && r.lex.HasFolded(lexicon.Place, folded[j+1])
}

// firmOfFirm: the connector at j follows a name of two words or more
// ending in a company word that does not head a name, and a name ending
// in a company word follows ("Quorvex Industries von Daxmoor
// Investments", "Veltraco Holdings di Brindle Capital"): a company and the
// one it is bought from or belongs to, not one name. Not "Bank of America",
// "Banca Popolare di Milano", "Royal Bank of Scotland": a place follows.
func (r *recognizer) firmOfFirm(toks []segment.Token, folded []string, i, j int) bool {
	last := folded[j-1]
	return j-i >= 2 && r.lex.HasAnyFolded(suffixWords, last) && !nameHeads[last] && r.namedUntilCompanyWord(toks, folded, j+1) > 0
}

// smallNumber: w is one or two digits, a number as names hold one.
func smallNumber(w string) bool {
	if len(w) == 0 || len(w) > 2 {
		return false
	}
	for i := range len(w) {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// namedUntilCompanyWord: from token k, two to five capitalised unknown
// words, the last a company word (Center, Group, Corporation), end one
// name; it returns the end, or 0.
func (r *recognizer) namedUntilCompanyWord(toks []segment.Token, folded []string, k int) int {
	for end := k; end < len(toks) && end-k < 5; end++ {
		t := toks[end]
		if t.Punct() || !t.Cap() || r.breakerAt(toks, folded, end) {
			return 0
		}
		if r.isKnown(toks, folded, end) {
			return 0
		}
		if end > k && r.lex.HasAnyFolded(suffixWords, folded[end]) {
			return end + 1
		}
	}
	return 0
}

// nameHeads are company nouns that open names in the Romance languages
// ("Banque Rhodanienne", "Banco Santander", "Banca Intesa", "Companhia
// Brasileira de Alumínio", "Sociedad Punta de Lobos"): part of the name,
// not a description before it.
var nameHeads = set(`banque banco banca caja caixa bank compania companhia compagnie compagnia sociedad sociedade societa societe`)

// scaleWords count what follows ("zwei Millionen Antriebe"), in German
// capitalised as names are.
var scaleWords = set(`tausend million millionen milliarde milliarden billion billionen halfte dutzend`)

// germanBankHeads head a name of one word more ("Privatbank Lindenegg",
// "Bankhaus Lampe"); before a name of its own they describe it
// ("Privatbank Hohenau & Cie.").
var germanBankHeads = set(`bankhaus privatbank landesbank sparkasse volksbank`)

// nameConnectors join the capitalised words of one name.
var nameConnectors = lists.SetOf(set(`of de del della delle di du des van von`))

// germanGenitives join a German noun to what it is of ("Spitze des
// Raiffeisen-Sektors", "Vorbild von Bunnings"), not the words of one name.
var germanGenitives = set(`des von`)

// listedLowerName: the word at i is a listed name written in lower case
// ("easyJet", "abrdn") or opening with a digit ("3i"); such a name is
// none inside a product's name ("Nova 3i") or as a word describing a
// noun after it ("an 8x8 sensor array", "the 3i model").
func (r *recognizer) listedLowerName(toks []segment.Token, folded []string, i int) bool {
	t := toks[i].Text()
	if !r.lex.LowerName(t) {
		return false
	}
	if t[0] < '0' || t[0] > '9' {
		return true
	}
	if i > 0 && toks[i-1].Cap() && !toks[i-1].Punct() {
		return false
	}
	next := i + 1
	return next >= len(toks) || toks[next].Punct() || notNames.Has(folded[next]) || speech.Has(folded[next]) ||
		toks[next].Cap() && (r.lex.HasFolded(lexicon.NameWord, folded[next]) || r.lex.HasFolded(lexicon.LegalSuffix, folded[next])) // "3i Group", not "8x8 LED matrix"
}

// ordinal: "21st" in "21st Century Fox".
func ordinal(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	switch strings.ToLower(w[i:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// maxNameWords: a longer run of capitalised words is a menu or a headline
// in title case, not a company name (known names are matched separately).
const maxNameWords = 10

// known matches the longest known company alias starting at token i, with
// any legal suffix that follows it.
func (r *recognizer) known(s string, toks []segment.Token, folded []string, i int, words *wordArena) (span, bool) {
	c, to, ok := r.knownAt(toks, folded, i)
	if !ok {
		return span{}, false
	}
	return r.makeSpan(s, toks, i, to, c, words), true
}

// theNameGoesOn: the run from token i opens with "The" and the known name
// at token j, which ends at token knownTo, is one word ("The Finish Line",
// "The Hut Group"): a name that opens with its article runs on through the
// word, not a second name beside the first ("Microsoft Nokia").
func theNameGoesOn(folded []string, i, j, knownTo int) bool {
	return folded[i] == "the" && j >= i+2 && knownTo == j+1
}

// spelledLegalForms are the legal forms written out that a country's name
// may follow inside a company's name.
var spelledLegalForms = set(`corporation company companies corporacion compania`)

// nameRunsPast: the known name at token j is one word that a company's
// word follows, capitalised ("Motor Coach Industries" past "Coach"): the
// run is one longer name, not two side by side.
func (r *recognizer) nameRunsPast(toks []segment.Token, folded []string, j, knownTo int) bool {
	k := j + 1
	if k >= knownTo || toks[k].Punct() || !toks[k].Cap() || !r.lex.HasAnyFolded(suffixWords, folded[k]) {
		return false
	}
	_, n, _ := r.lex.LongestAlias(folded[j:knownTo])
	return n == 1 // (not "Paddy Power Betfair", "General Motors": the known name is longer)
}

// foreignAnd: w is "and" in a language other than lang's: the English
// "and" outside English, the Italian and Portuguese "e" in English,
// French, German or Dutch (Spanish writes "e" for "y" before an "i"),
// the Turkish "ve" and the Scandinavian "og" and "och" in any.
func foreignAnd(w, lang string) bool {
	switch w {
	case "and":
		return lang != "en"
	case "e":
		return lang == "en" || lang == "fr" || lang == "de" || lang == "nl"
	case "ve", "og", "och":
		return true // the Turkish, Norwegian and Danish, Swedish "and": "Kanat Sanayi ve Ticaret A.S.", "Ofotens og Vesteraalens Dampskibsselskab"
	}
	return false
}

// looseScandinavianAnd: the "og" or "och" at j joins two names rather
// than the words of one: a name's "og" follows a genitive ("Ofotens og
// Vesteraalens Dampskibsselskab") and two capitalised words come after
// it; "Fjordvik og Kystline", "Fjordvik ASA og Kystline ASA" are two.
func looseScandinavianAnd(toks []segment.Token, folded []string, j int) bool {
	if folded[j] != "og" && folded[j] != "och" {
		return false
	}
	return j == 0 || !strings.HasSuffix(toks[j-1].Text(), "s") || j+2 >= len(toks) || !toks[j+2].Cap() || toks[j+2].Punct()
}

// acronymOpensName: the run is one acronym that names nothing the lists
// know, right before the known name at token j: letters that open the
// name ("SAB Wabco"), not a second name beside it.
func (r *recognizer) acronymOpensName(toks []segment.Token, folded []string, i, j int) bool {
	n := len(folded[i])
	// (a legal form opens no name, so one that stands first is the name's
	// own letters: "SAB Wabco")
	kinds := r.lex.KindsFolded(folded[i])
	return j == i+1 && n >= 2 && n <= 5 && toks[i].Upper() && (kinds == 0 || kinds == legalFormOnly) && !r.isKnown(toks, folded, i)
}

var legalFormOnly = lexicon.KindsOf(lexicon.LegalSuffix)

// unknownWordOpensName: the run is one capitalised word that no list
// knows and the text never writes in lower case, right before the known
// name at token j: the first word of a name of its own ("Staley
// Continental", the corn processor, not Continental), as two companies
// side by side are told apart by a comma or a word. (German writes every
// noun capitalised: "Zulieferer Continental" is a noun and a name; and
// any word opens a sentence capitalised: "Eligible Wesfarmers
// shareholders".)
func (r *recognizer) unknownWordOpensName(toks []segment.Token, folded []string, i, j int) bool {
	return j == i+1 && !toks[i].Upper() && !sentenceStart(toks, i) && r.lex.KindsFolded(folded[i]) == 0 && !r.common(folded[i]) && !r.isKnown(toks, folded, i)
}

// surnameAlias: the known name at token j is one word the list gives as
// an alias only, the surname its company is named after ("Stobart" for
// Eddie Stobart), right after one capitalised word that names nothing
// known: a person's given name and surname ("said Obadiah Stobart of
// Thistledown Research").
func (r *recognizer) surnameAlias(toks []segment.Token, folded []string, i, j int) bool {
	return j == i+1 && r.surnameOf(folded[i], folded[j]) && !r.isKnown(toks, folded, i)
}

// surnameOf: last is the last word of a listed company's name, and a
// listed alias of its own, and first names no company: a given name and a
// surname.
func (r *recognizer) surnameOf(first, last string) bool {
	if r.companyNoun(first) || r.lex.HasFolded(lexicon.NameWord, first) {
		return false
	}
	if _, known := r.lex.Company(first); known {
		return false
	}
	c, ok := r.lex.Company(last)
	return ok && len(c.NameWords) >= 2 && c.NameWords[len(c.NameWords)-1] == last
}

// isKnown reports whether a known company's name starts at token i, for
// the callers that only ask (and so need no span made).
func (r *recognizer) isKnown(toks []segment.Token, folded []string, i int) bool {
	_, _, ok := r.knownAt(toks, folded, i)
	return ok
}

// knownAt is known without the span: the company, shared with every core
// and not to be changed, and the token its name (legal suffix included)
// ends at.
func (r *recognizer) knownAt(toks []segment.Token, folded []string, i int) (*lexicon.Company, int, bool) {
	max := r.lex.MaxWords()
	// on the stack for the usual short aliases: this is asked at nearly
	// every capitalised word of the corpus
	var wordsBuf [8]string
	var endsAt [8]int
	words, ends := wordsBuf[:0], endsAt[:0]
	for j := i; j < len(toks) && len(words) < max; j++ {
		if toks[j].Punct() {
			if toks[j].Text() == "&" || toks[j].Text() == "-" || spacedInitial(toks, j) && !r.afterGivenName(folded, i) {
				continue // (and "D. E. Shaw", "T. Rowe Price": an initial's stop, spaced from the next)
			}
			break
		}
		if folded[j] == "" {
			continue
		}
		words = append(words, folded[j])
		ends = append(ends, j+1)
		if toks[j].Poss() {
			// "McDonald's": the possessive's s may be the name's own
			words = append(words, "s")
			ends = append(ends, j+1)
			break
		}
	}
	ci, n, ambiguous := r.lex.LongestAlias(words)
	for n >= 2 && !toks[ends[n-1]-1].Cap() && r.common(words[n-1]) {
		// "the biggest U.S. bank deal": the alias "U.S. Bank" in lower
		// case is the words of the language
		ci, n, ambiguous = r.lex.LongestAlias(words[:n-1])
	}
	if n > 0 {
		c := r.lex.CompanyAt(ci, ambiguous)
		if n == 1 && !toks[i].Upper() && onlyAnAcronym(c, toks[i].Text()) {
			return nil, 0, false // "Nov." is a month, NOV a company; "in der Fab", not FAB
		}
		if n == 1 && diacriticOnlyIn(toks[i].Text(), c) {
			return nil, 0, false // "Über" is a German preposition, Uber a company
		}
		if r.placedAfter(toks, i, ends[n-1], false) {
			return nil, 0, false // "the Chesapeake-based chain", "Chesapeake (Virginia)": a town
		}
		if n < len(words) && toks[ends[n]-1].Cap() && r.lex.KindsFolded(strings.Join(words[:n+1], " ")).Has(lexicon.Body) {
			return nil, 0, false // "delisted from Euronext Amsterdam": the exchange, not the company that runs it
		}
		if n == 1 && (r.common(words[0]) || r.isCue != nil && r.isCue("", words[0])) {
			c = r.lex.CompanyAt(ci, true) // "Nel 2016", "die Allianz": a word of the language too
		}
		to := ends[n-1]
		// "Toyota Motor Corporation": known name, company words, legal suffix
		for to < len(toks) && !toks[to-1].Poss() && !toks[to].Punct() && toks[to].Cap() &&
			r.lex.HasAnyFolded(suffixWords, folded[to]) {
			to++
		}
		return c, to, true
	}
	return nil, 0, false
}

// indexNamed: the name k and the number after it name a listed body, a
// stock index ("S&P 500", "FTSE 100"): the name alone is no company there.
func (r *recognizer) indexNamed(toks []segment.Token, k string, to int) bool {
	if to >= len(toks) || toks[to].Punct() || !number(toks[to].Text()) {
		return false
	}
	return r.lex.KindsFolded(k + " " + toks[to].Folded()).Has(lexicon.Body)
}

// placedAfter: what follows a name at from..to makes it a place (the
// city before its state's "-based" only for a name unlisted): "-based",
// "-headquartered", "-listed", or a place's name in brackets ("Chesapeake
// (Virginia)"), unless that is a city of companies' seats and the name no
// place ("Cyberonics (Houston)": the company and its seat).
func (r *recognizer) placedAfter(toks []segment.Token, from, to int, unlisted bool) bool {
	if seatAfter(toks, to) || endsOnSeat(toks[to-1].Text()) {
		return true // "Chesapeake - based", one token: "Chesapeake-based"
	}
	if unlisted && from > 0 && to+1 < len(toks) && toks[to].Text() == "," && toks[to+1].Cap() && (endsOnSeat(toks[to+1].Text()) || seatAfter(toks, to+2)) {
		// "a San Ramon, California-based developer", "the operations of
		// Burlington, Ontario-based Laidlaw": the city, then its state,
		// after an article, or after "of" before the company it places
		// (not "to buy Quorvex, U.S.-based maker of lasers": a company and
		// where it is from; nor a listed company's name: "made up of
		// Veltraco, Paris-based Quorvex and ...")
		next := to + 2
		if !endsOnSeat(toks[to+1].Text()) {
			next = to + 4
		}
		f := toks[from-1].Folded()
		if seatArticles[f] || f == "of" && next < len(toks) && toks[next].Cap() && !toks[next].Punct() {
			return true
		}
	}
	if to+2 >= len(toks) || toks[to].Text() != "(" || toks[to+2].Text() != ")" || !r.lex.HasFolded(lexicon.Place, toks[to+1].Folded()) {
		return false
	}
	// a city companies have their seat in, after a name that is no place,
	// is the seat of a company ("Sorin (Milano) e Cyberonics (Houston)")
	return r.lex.Seat(toks[to+1].Folded()) == "" || r.lex.HasFolded(lexicon.Place, toks[to-1].Folded())
}

// endsLower is strings.HasSuffix(strings.ToLower(s), suffix) for a suffix
// of ASCII lower-case letters and hyphens without 'i' or 'k', without the
// copy ToLower makes of every capitalised word: only ASCII letters lower to
// those bytes (the Kelvin sign and dotted İ, which lower to 'k' and 'i',
// are why those two are left out), so s ends in them whatever its case.
// It is asked of every name's last word.
// seatAfter: a hyphen and a word of where a company sits follow a name
// ending before to ("Hsinchu - based", "Amsterdam - listed"): the name is
// where, not who.
func seatAfter(toks []segment.Token, to int) bool {
	return to > 0 && to+1 < len(toks) && toks[to].Text() == "-" && hyphenSeats[toks[to+1].Folded()] &&
		toks[to].Start() == toks[to-1].End() && toks[to+1].Start() == toks[to].End() // (not "Quorvex - listed in Milan -")
}

// endsOnSeat: the token ends on a hyphen and a word of where a company
// sits ("Chicago-based", "Amsterdam-listed"): hyphenSeats, spelled out,
// as this is asked of many words.
func endsOnSeat(text string) bool {
	return endsLower(text, "-based") || endsLower(text, "-headquartered") || endsLower(text, "-listed")
}

var hyphenSeats = set(`based headquartered listed`)

// seatArticles open "a San Ramon, California-based developer".
var seatArticles = set(`a an the`)

func endsLower(s, suffix string) bool {
	if len(s) < len(suffix) {
		return false
	}
	tail := s[len(s)-len(suffix):]
	for i := 0; i < len(tail); i++ {
		c := tail[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != suffix[i] {
			return false
		}
	}
	return true
}

// diacriticOnlyIn: the word written has a diacritic the company's name
// has not: another word ("Über" is not Uber, the French "Créé" not Cree).
func diacriticOnlyIn(written string, c *lexicon.Company) bool {
	if strings.IndexFunc(written, accented) < 0 || strings.IndexFunc(c.Name, accented) >= 0 {
		return false
	}
	return !slices.ContainsFunc(c.Aliases, func(a string) bool { return strings.IndexFunc(a, accented) >= 0 })
}

// accented: a letter with a diacritic ("ü", "é"), which the folded word
// loses.
func accented(r rune) bool {
	return r >= 0xC0 && unicode.IsLetter(r) && model.Fold(string(r)) != strings.ToLower(string(r))
}

// suffixEndsKnown: the known name at j, after one unknown capitalised
// word at i, ends in a legal suffix that closes the run: "Phelps Dodge
// Corp" is one company, not a person before Dodge.
func (r *recognizer) suffixEndsKnown(toks []segment.Token, folded []string, i, j int) bool {
	if j != i+1 || r.isKnown(toks, folded, i) || r.lex.HasFolded(lexicon.Place, folded[i]) {
		return false
	}
	c, to, ok := r.knownAt(toks, folded, j)
	if !ok || to == j+1 || to > len(toks) {
		return false // no suffix after the known name
	}
	return c != nil && r.lex.HasFolded(lexicon.LegalSuffix, folded[to-1])
}

// onlyAnAcronym: the company is listed under word w in capitals alone
// ("NOV", "FAB" for First Abu Dhabi Bank), so w written otherwise is
// another word.
func onlyAnAcronym(c *lexicon.Company, w string) bool {
	acronym := false
	for k := -1; k < len(c.Aliases); k++ {
		a := c.Name
		if k >= 0 {
			a = c.Aliases[k]
		}
		if !strings.EqualFold(a, w) {
			continue
		}
		if !acronymName(a) {
			return false // "Line" listed as written too
		}
		acronym = true
	}
	return acronym
}

// acronymName: a company named by two or three capitals ("NOV", "LOT"),
// which text writes in capitals too.
func acronymName(name string) bool {
	if len(name) < 2 || len(name) > 3 {
		return false
	}
	for _, r := range name {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// anotherName: a known company's short form opens a longer name that is
// not its own ("Jardine" is Jardine Matheson, "Jardine Lloyd Thompson"
// another company): two more capitalised words follow the short form, and
// they are not how the company's full name goes on.
func (r *recognizer) anotherName(sp span, toks []segment.Token, folded []string) bool {
	if sp.known == nil || sp.to-sp.from != 1 || sp.to+2 > len(toks) {
		return false
	}
	full := sp.known.NameWords
	if len(full) < 2 || full[0] != folded[sp.from] {
		return false // not a short form of a longer name
	}
	for k := sp.to; k < sp.to+2; k++ {
		t := toks[k]
		if t.Punct() || !t.Cap() || toks[k-1].Poss() || r.breakerAt(toks, folded, k) || r.common(folded[k]) ||
			r.lex.HasAnyFolded(suffixWords, folded[k]) ||
			r.lex.HasFolded(lexicon.Place, folded[k]) {
			return false
		}
	}
	return folded[sp.to] != full[1]
}

// ambiguousDescription: a known name that is also an ordinary word
// stands between a determiner and a company noun ("the Swiss group", "il
// gruppo"), or is a nationality before one with no determiner ("bought
// Swiss chocolate maker Carma"), or opening the sentence ("Swiss implant
// maker buys remaining 51 pct"): it describes the company, it is not one.
func (r *recognizer) ambiguousDescription(sp span, toks []segment.Token, folded []string) bool {
	if sp.known == nil || !sp.known.NeedsContext || sp.to-sp.from != 1 || sp.to >= len(toks) {
		return false
	}
	next := toks[sp.to]
	if sp.from == 0 {
		// "Swiss implant maker buys remaining 51 pct": a nationality
		// opening a sentence before a company noun
		return !next.Punct() && !next.Cap() && r.placeWord(sp.key) && r.companyNounWithin(toks, folded, sp.to, 3)
	}
	prev := folded[sp.from-1]
	return !next.Punct() && !next.Cap() && ((articles.Has(prev) || r.placeWord(sp.key)) && r.companyNounWithin(toks, folded, sp.to, 3) ||
		possessives[prev] && (r.companyNoun(folded[sp.to]) || unitNouns[folded[sp.to]]))
}

// companyNounWithin: a company noun ends the run of up to n lower-case
// words from k ("the Norwegian offshore vessel builder STX OSV").
func (r *recognizer) companyNounWithin(toks []segment.Token, folded []string, k, n int) bool {
	for end := min(len(toks), k+n); k < end && !toks[k].Punct() && !toks[k].Cap(); k++ {
		if r.companyNoun(folded[k]) {
			return true
		}
	}
	return false
}

// possessives own what follows: "its Norwegian operation" is a unit, not
// the airline Norwegian.
var possessives = set(`its their his her sua suo sue suoi su sus son sa ses leur leurs sein seine seinen seiner ihr ihre ihren ihrer`)

// unitNouns are the parts of a company a nationality describes.
var unitNouns = set(`operation operations business businesses unit units arm division subsidiary assets activities
	attivita filiale divisione negocio negocios filial activites activite filiale sparte tochter geschaft`)

// ambiguousOpener: a known name that is also an ordinary word opens a
// longer run of capitalised words ("Swiss Towers"): the run is read as a
// name of its own.
func (r *recognizer) ambiguousOpener(sp span, toks []segment.Token, folded []string) bool {
	if sp.known == nil || !sp.known.NeedsContext || sp.to-sp.from != 1 || sp.to >= len(toks) {
		return false
	}
	// (the next word may be one the article also writes in lower case:
	// "the towers of Iliad" beside "Swiss Towers")
	next := toks[sp.to]
	return !next.Punct() && next.Cap() && !r.breakerAt(toks, folded, sp.to) && !openers[folded[sp.to]] &&
		!r.lex.HasFolded(lexicon.Place, folded[sp.to]) && !r.lex.HasFolded(lexicon.LegalSuffix, folded[sp.to])
}

// unitAfter is where the capitalised words right after a known name end
// (at, when there are none): words that are no title, date, known company
// or everyday word.
func (r *recognizer) unitAfter(s string, toks []segment.Token, folded []string, from, at int, lang string) int {
	to := at
	for to < len(toks) {
		if to > at && listJoins.Has(folded[to]) {
			// "Votorantim Celulose e Papel (VCP)"
			if end := capitalisedRunEnd(toks, to+1); end > to+1 && (initialsInBrackets(toks, from, end) || foreignAnd(folded[to], lang) && !r.isKnown(toks, folded, to+1)) {
				to = end // (or "Votorantim Celulose e Papel übernahm": an "and" of another language)
			}
			break
		}
		if to > at && toks[to].Text() == "&" && to+1 < len(toks) && !toks[to+1].Punct() && toks[to+1].Cap() {
			to++ // "GE Water & Process Technologies"
			continue
		}
		if n := r.placeWordsAt(toks, folded, to); n > 1 && !toks[to-1].Poss() {
			// (not "Vodafone's South Africa unit": whose, then what)
			// "Jetstar Hong Kong", "Vodafone South Africa": the unit in a
			// place of several words, whatever each word is alone
			to += n
			break
		}
		if to == at && r.common(folded[to]) && to+1 < len(toks) && toks[to+1].Cap() {
			// "Widex Hearing Aid Company": common words that a company
			// word ends are the unit's name
			if end := r.namedUntilCompanyWord(toks, folded, to); end > 0 {
				to = end
			}
			break
		}
		if toks[to-1].Poss() || toks[to].Punct() || !toks[to].Cap() || r.breakerAt(toks, folded, to) || openers[folded[to]] || len(folded[to]) == 1 ||
			r.lex.HasFolded(lexicon.GivenName, folded[to]) || r.lex.HasFolded(lexicon.Product, folded[to]) || r.isKnown(toks, folded, to) {
			break
		}
		to++
	}
	if to > at && toks[to-1].Text() == "&" {
		to-- // a name does not end in "&"
	}
	return to
}

// placeWordsAt is how many capitalised words from k name a place of two
// or three words ("Hong Kong", "South Africa"), the longest; 0 for none.
func (r *recognizer) placeWordsAt(toks []segment.Token, folded []string, k int) int {
	for n := min(3, len(toks)-k); n >= 2; n-- {
		if !allCapitalised(toks[k : k+n]) {
			continue
		}
		if r.lex.HasFolded(lexicon.Place, strings.Join(folded[k:k+n], " ")) {
			return n
		}
	}
	return 0
}

func allCapitalised(toks []segment.Token) bool {
	for _, t := range toks {
		if t.Punct() || !t.Cap() {
			return false
		}
	}
	return true
}

func (r *recognizer) makeSpan(s string, toks []segment.Token, from, to int, known *lexicon.Company, arena *wordArena) span {
	return r.makeSpanFolded(s, toks, from, to, spanFold(s, toks, from, to), known, arena)
}

// makeSpanFolded is makeSpan for a caller that has spanFold(s, toks, from,
// to) already, as folded: a name of several words is not folded twice.
func (r *recognizer) makeSpanFolded(s string, toks []segment.Token, from, to int, folded string, known *lexicon.Company, arena *wordArena) span {
	text := s[toks[from].Start():toks[to-1].End()]
	// the span keeps its words: room for their number, as strings.Fields
	// would make, from the doc's arena
	words, keyFrom, keyTo, key := r.foldedKey(folded, arena.take(strings.Count(folded, " ")+1))
	return span{from: from, to: to, text: text, key: key, words: words, keyFrom: int32(keyFrom), keyTo: int32(keyTo), display: r.display(text), known: known}
}

// makeSpanKeyed is makeSpanFolded(s, toks, from, to, folded, nil, arena)
// for a caller that has what foldedKey gives of folded already: the
// words, kept in an array of the caller's, are copied to the arena.
func (r *recognizer) makeSpanKeyed(s string, toks []segment.Token, from, to int, folded string, words []string, keyFrom, keyTo int, key string, arena *wordArena) span {
	text := s[toks[from].Start():toks[to-1].End()]
	kept := append(arena.take(strings.Count(folded, " ")+1), words...)
	return span{from: from, to: to, text: text, key: key, words: kept, keyFrom: int32(keyFrom), keyTo: int32(keyTo), display: r.display(text)}
}

// wordArena hands out the word lists of one doc's spans from a few
// shared arrays, not an array for each span: a doc has hundreds. Each
// list is capped at the room asked for, so that an append to it makes a
// copy rather than run into the next list. One arena serves one doc, on
// one core.
type wordArena struct{ free []string }

// wordArenaChunk is how many words an arena's array holds.
const wordArenaChunk = 64

// take gives an empty list with room for n words.
func (a *wordArena) take(n int) []string {
	if len(a.free) < n {
		a.free = make([]string, max(n, wordArenaChunk))
	}
	list := a.free[:0:n]
	a.free = a.free[n:]
	return list
}

// key folds a name and drops the legal suffixes and the words the scorer
// of business news treats as suffixes, so "Cisco Systems Inc." and "Cisco
// Systems" group together, and "Seven & i Holdings" with "Seven & i".
func (r *recognizer) key(name string) string { return r.foldedKeyOf(model.Fold(name)) }

// foldedKeyOf is key for a name folded already.
func (r *recognizer) foldedKeyOf(folded string) string {
	var words [8]string // on the stack for all but the longest names
	_, _, _, key := r.foldedKey(folded, words[:0])
	return key
}

// spanFold is model.Fold of the text of tokens [from, to) of sentence s.
// A token's folded form is made with it: a name of one word, most names,
// is not folded again.
func spanFold(s string, toks []segment.Token, from, to int) string {
	if to-from == 1 {
		return toks[from].Folded()
	}
	return model.Fold(s[toks[from].Start():toks[to-1].End()])
}

// foldedKey splits a folded name into its words, appended to words, and
// finds the words of its key, words[from:to], and the key itself. Fold
// parts words by single spaces, so the key is cut out of folded rather
// than joined anew.
func (r *recognizer) foldedKey(folded string, words []string) (_ []string, from, to int, key string) {
	words = appendFoldedWords(words, folded)
	from, to = 0, len(words)
	for to > 1 && (r.lex.HasFolded(lexicon.LegalSuffix, words[to-1]) || groupWords[words[to-1]]) {
		if to == 2 && r.placeWord(words[0]) {
			break // "Brussels Airlines" keeps its second word: "Brussels" is the city
		}
		to--
	}
	for to-from > 1 && words[from] == "the" {
		from++
	}
	start, end := 0, len(folded)
	for _, w := range words[:from] {
		start += len(w) + 1
	}
	for _, w := range words[to:] {
		end -= len(w) + 1
	}
	return words, from, to, folded[start:end]
}

// appendFoldedWords appends the words of a folded text to words: what
// strings.Fields gives, for text Fold made (single spaces between words,
// none around them), without a slice made for them.
func appendFoldedWords(words []string, folded string) []string {
	for folded != "" {
		i := strings.IndexByte(folded, ' ')
		if i < 0 {
			return append(words, folded)
		}
		if i > 0 {
			words = append(words, folded[:i])
		}
		folded = folded[i+1:]
	}
	return words
}

// display is the name as written without its legal suffix: "Cisco Systems".
func (r *recognizer) display(text string) string {
	if strings.IndexFunc(text, unicode.IsSpace) < 0 {
		return strings.TrimRight(text, ",") // one word: no suffix to drop
	}
	if singleSpaced(text) {
		return r.displaySingleSpaced(text)
	}
	words := strings.Fields(text)
	for len(words) > 1 {
		last := strings.TrimRight(words[len(words)-1], ".,")
		if last != "&" && !r.lex.Has(lexicon.LegalSuffix, last) {
			break // "GmbH & Co. KG" goes whole, its "&" with it
		}
		words = words[:len(words)-1]
	}
	return strings.TrimRight(strings.Join(words, " "), ",")
}

// displaySingleSpaced is display for a text whose words single spaces
// part: the words kept are the text cut after the last of them, so it
// is cut rather than split and joined again, as display is made for
// every mention.
func (r *recognizer) displaySingleSpaced(text string) string {
	end := len(text)
	for {
		space := strings.LastIndexByte(text[:end], ' ')
		if space < 0 {
			break // one word left
		}
		last := strings.TrimRight(text[space+1:end], ".,")
		var buf [32]byte // folded on the stack: most suffixes are short
		if last != "&" && !r.lex.HasFoldedBytes(lexicon.LegalSuffix, model.AppendFold(buf[:0], last)) {
			break
		}
		end = space
	}
	return strings.TrimRight(text[:end], ",")
}

// singleSpaced: text's words are parted by single spaces, which no other
// white space joins, and none opens or ends it.
func singleSpaced(text string) bool {
	space := true // as if one came before: the text must not open with one
	for _, c := range text {
		if !unicode.IsSpace(c) {
			space = false
			continue
		}
		if c != ' ' || space {
			return false
		}
		space = true
	}
	return !space
}

var groupWords = map[string]bool{"group": true, "holdings": true, "holding": true, "corporation": true, "company": true, "limited": true, "co": true, "inc": true, "corp": true, "ltd": true, "plc": true}

// nameStart: a word that can open a name — capitalised, or an
// initial-lower brand shape such as eBay or iRobot, or, in ASCII letters
// only and five or more, senseFly or redBus.
func nameStart(t segment.Token) bool {
	if t.Cap() {
		return true
	}
	// the first two runes, and a third after them: asked of every word
	// in lower case, so no rune slice is made
	if s := t.Text(); len(s) >= 2 && s[0] < utf8.RuneSelf && s[1] < utf8.RuneSelf {
		// two ASCII bytes, the most words: their case told without
		// decoding them or asking the Unicode tables
		if len(s) <= 2 || s[0] < 'a' || s[0] > 'z' {
			return false
		}
		if 'A' <= s[1] && s[1] <= 'Z' {
			return true // "eBay", "iPhone"
		}
		// a capital further in, the word of letters only: "senseFly",
		// "redBus" (not "d'Aberdeen", "e-Commerce", "kWh2")
		for k := 2; k < len(s); k++ {
			switch c := s[k]; {
			case 'A' <= c && c <= 'Z':
				return len(s) >= 5 && lettersOnly(s)
			case c < 'a' || c > 'z':
				return false
			}
		}
		return false
	}
	first, w0 := utf8.DecodeRuneInString(t.Text())
	second, w1 := utf8.DecodeRuneInString(t.Text()[w0:])
	return len(t.Text()) > w0+w1 && unicode.IsLower(first) && unicode.IsUpper(second)
}

// lettersOnly: s is ASCII letters only.
func lettersOnly(s string) bool {
	for k := 0; k < len(s); k++ {
		if c := s[k] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func sentenceStart(toks []segment.Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if !toks[k].Punct() {
			return false
		}
		if strings.ContainsAny(toks[k].Text(), ",") {
			return false
		}
	}
	return true
}

// afterColon: the word at i follows a colon, where German opens a clause
// with a capital ("hatte zuletzt zugekauft: Im Spätsommer 2004 ..."); in
// other languages a name may follow ("un second accord : After Hours
// Formalwear").
func afterColon(toks []segment.Token, i int) bool {
	return i > 0 && toks[i-1].Text() == ":"
}

// breaker reports words that end a name run: titles, months, weekdays and
// the small words no company name is made of.
func (r *recognizer) breaker(f string) bool {
	return r.lex.HasFolded(lexicon.Title, f) || breakerShapes.May(f) && (calendar[f] || stopCaps[f]) || contraction(f) || r.titledCompound(f)
}

// breakerAt is breaker of the word at i, but a title listed only with its
// full stop ("Dott.") and written without it, before no capitalised word,
// breaks nothing: "Tier and Dott agree" names Dott, while "Dott Rossi"
// and "Gen AI" keep the title apart (see titleWithoutStop); and a
// compound ending in a title before a given name breaks the run too
// (titledPerson).
func (r *recognizer) breakerAt(toks []segment.Token, folded []string, i int) bool {
	return r.breaker(folded[i]) && !(r.titleWithoutStop(toks, i) && !calendar[folded[i]] && !stopCaps[folded[i]]) || r.titledPerson(toks, folded, i)
}

// jointVentureAt: the word at i is one of "joint venture".
func jointVentureAt(folded []string, i int) bool {
	return folded[i] == "joint" && i+1 < len(folded) && folded[i+1] == "venture" || folded[i] == "venture" && i > 0 && folded[i-1] == "joint"
}

// titleWithoutStop: the word at i is a title listed only with its full
// stop, written without it, and no capitalised word follows it (a name
// after it would be the titled person's, "Sig Bianchi").
func (r *recognizer) titleWithoutStop(toks []segment.Token, i int) bool {
	if !r.lex.TitleNeedsStop(toks[i].Folded()) {
		return false
	}
	if i+1 >= len(toks) {
		return true
	}
	next := toks[i+1]
	return !(next.Text() == "." && next.Start() == toks[i].End()) && !(!next.Punct() && next.Cap())
}

// breakerShapes sieve the lists breaker asks of every capitalised word.
var breakerShapes = lists.SieveOf(calendar, stopCaps)

// heldIn are the nouns whose "in" names what is held, not where.
var heldIn = set(`stake stakes interest interests holding holdings participation participations partecipazione participacion beteiligung anteil anteile`)

// placeOpens is how many words of a place open the run [i, j) after a
// locative ("in", "negli", "en"), leaving a name: 0 when none do.
func (r *recognizer) placeOpens(toks []segment.Token, folded []string, i, j int) int {
	if !locative(toks, i) || i >= 2 && heldIn[folded[i-2]] {
		return 0 // (not "a 75 percent stake in Budapest Airport Rt": what is held)
	}
	for n := min(3, j-i-1); n >= 1; n-- {
		if r.lex.HasFolded(lexicon.Place, strings.Join(folded[i:i+n], " ")) {
			return n
		}
	}
	return 0
}

// titleOpens: the words from i (before j) open with a title of two or
// three words ("Chief Executive Pekka Vauramo"): its first word goes.
func (r *recognizer) titleOpens(folded []string, i, j int) bool {
	if i+2 > j {
		return false
	}
	// "chief executive officer", "chief executive": joined in a buffer,
	// looked up without a string made
	var buf [64]byte
	two := append(append(append(buf[:0], folded[i]...), ' '), folded[i+1]...)
	if i+3 <= j && r.lex.HasFoldedBytes(lexicon.Title, append(append(two, ' '), folded[i+2]...)) {
		return true
	}
	return r.lex.HasFoldedBytes(lexicon.Title, two)
}

// titleOpensFirm: the title word at i opens a company's own name, the
// run going on with a word only companies' names hold ("Premier
// Lotteries Ireland", "Premier Foods"), not with a given name nor a
// connector ("PDG de New Media": the title of New Media's head). Asked
// only outside German, which capitalises every noun: "der Eigentümer
// Kelmora Capital" is a title before the firm.
func (r *recognizer) titleOpensFirm(folded []string, i, j int) bool {
	if j-i < 2 || !r.lex.HasFolded(lexicon.Title, folded[i]) || r.lex.HasFolded(lexicon.GivenName, folded[i+1]) || nameConnectors.Has(folded[i+1]) {
		return false
	}
	for k := i + 1; k < j; k++ {
		if r.lex.HasFolded(lexicon.NameWord, folded[k]) || r.lex.HasFolded(lexicon.LegalSuffix, folded[k]) {
			return true
		}
	}
	return false
}

// titleAlone: the title at i stands alone as a sentence's subject, as a
// name does: it opens the sentence, or follows a comma or a year, and a
// word in small letters that is no conjunction follows it ("Premier has
// owned Hovis since 2007", "In 2012 Premier sold ..."). "Premier" is then
// Premier Foods, "Maire ha firmato" Maire Tecnimont, where the article
// names that company in full (see longerNames); a title alone names no
// company of its own, as its evidence refuses it. Not a title of a person
// named after it ("Premier Doug Ford"), nor after other words ("named
// her as President, and", "a former Ambassador", "met with Premier"),
// nor before a comma or a conjunction ("Principal and interest").
func (r *recognizer) titleAlone(toks []segment.Token, folded []string, i int) bool {
	if !r.lex.HasFolded(lexicon.Title, folded[i]) || calendar[folded[i]] || stopCaps[folded[i]] {
		return false // not a month, a contraction, "Nokia-CEO"
	}
	if i > 0 && toks[i-1].Text() != "," && !number(folded[i-1]) {
		return false
	}
	return i+1 < len(toks) && !toks[i+1].Punct() && !toks[i+1].Cap() && !coordinators.Has(folded[i+1])
}

// titledCompound: "Softbank-Chef", "Nokia-CEO" (folded "softbank chef"):
// a company's name joined to a title, which the person's name follows.
func (r *recognizer) titledCompound(f string) bool {
	i := strings.LastIndexByte(f, ' ')
	return i > 0 && r.lex.HasFolded(lexicon.Title, f[i+1:])
}

// titledPerson: the word at i is a German compound ending in a title and
// a given name follows it ("Marketingchef Michael O'Sullivan",
// "Fisher-Vizechef Paul Meister"): the title of the person named after.
// Firms are named so too ("Lautsprecher Teufel", "CodeChef",
// "Datamanager Software"), never before a given name.
func (r *recognizer) titledPerson(toks []segment.Token, folded []string, i int) bool {
	j := strings.LastIndexByte(folded[i], ' ')
	return titleEnded(folded[i][j+1:]) && i+1 < len(toks) && r.lex.HasFolded(lexicon.GivenName, folded[i+1])
}

// titleEnded: a German compound ending in a title, the title after at
// least three letters. Not "-leiter", which ends "Halbleiter" too.
func titleEnded(w string) bool {
	if len(w) < 7 {
		return false // shorter than the shortest, "chef" after three letters: most words, asked of every capitalised one
	}
	for _, end := range compoundTitles {
		if len(w) >= len(end)+3 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

var compoundTitles = []string{"chef", "chefin", "sprecher", "sprecherin", "direktor", "direktorin", "vorstand", "vorstandin",
	"manager", "managerin", "prasident", "prasidentin", "grunder", "grunderin"}

// contraction: "We’re", "It’ll", "I’m" fold to "we re", "it ll", "i m".
// One letter other than "I" before the ending is an initial joined by "&"
// ("S&D Coffee", "R&D"), not a contraction.
func contraction(f string) bool {
	for _, end := range []string{" re", " ll", " ve", " m", " d", " t"} {
		if strings.HasSuffix(f, end) {
			return len(f)-len(end) != 1 || f[0] == 'i'
		}
	}
	return false
}

// common reports a word the corpus also writes in lower case: at the start
// of a sentence its capital says nothing.
func (r *recognizer) common(f string) bool { return r.lower[f] || openers[f] }

// companyNoun: "Hersteller Catl", "rival JD.com" — a capitalised noun
// before a name (every German noun) is not part of it.
func (r *recognizer) companyNoun(f string) bool {
	return r.lex.HasFolded(lexicon.CompanyNoun, f) || r.lex.EndsWith(lexicon.CompanyNoun, f, 6)
}

// listed: the whole name is in a list of things that are not companies
// ("Business Standard" is an outlet, not the company "Standard").
func (r *recognizer) listed(key string) bool {
	return r.lex.HasAnyFolded(notCompanies, key)
}

// Lists read together, each word looked up once for all of them.
var (
	notCompanies = lexicon.KindsOf(lexicon.Outlet, lexicon.Place, lexicon.Body, lexicon.Product) // see listed
	suffixWords  = lexicon.KindsOf(lexicon.LegalSuffix, lexicon.NameWord)                        // end a company's name
	companyWords = lexicon.KindsOf(lexicon.NameWord, lexicon.CompanyNoun)
	placeWords   = lexicon.KindsOf(lexicon.Place, lexicon.Demonym)
)

// saintAbbreviations shorten "Saint" in names: "St. Jude Medical".
var saintAbbreviations = set(`st ste`)

// saintArticles may open a company's name before "St." ("The St. Paul
// Companies", "Die St. Paul Companies"); not a preposition ("A St. Moritz
// Brindle ha acquisito") nor a hotel's article ("Le St. Regis de Rome").
var saintArticles = set(`the die`)
