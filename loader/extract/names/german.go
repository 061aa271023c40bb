// German capitalises every noun, so a run of capitalised words there may
// hold descriptions, times and counted nouns around a company's name: the
// rules that tell them apart.

package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dealwire/loader/extract/lexicon"
	"dealwire/loader/extract/segment"
)

// trimGermanNouns drops, from the ends of unknown names in German text,
// the capitalised common nouns German writes beside them ("im Gegenzug
// Suzuki Toyota-Anteile" names only Suzuki), recognised by their endings.
func (r *recognizer) trimGermanNouns(s string, toks []segment.Token, sps []span, words *wordArena) []span {
	out := sps[:0]
	for _, sp := range sps {
		if sp.known != nil {
			out = append(out, sp)
			continue
		}
		if r.germanNounOnly(toks, sp) {
			continue
		}
		from, to := sp.from, sp.to
		edge := func(i int) bool {
			f := toks[i].Folded()
			// "von Produkten" once "Lieferung" goes; "Anfang 2017", "unter
			// dem Namen Allnex"
			return germanNoun(f) || nameConnectors.Has(f) || germanFrameNouns[f]
		}
		// a foreign name may open on a word of a German noun's Latin
		// ending, whose legal suffix or company word says it is a name:
		// "Revolution LLC", "Enovation Controls Inc." (not "Handelssparte
		// Kaman Distribution Group", "Großaktionär Seven Group Holdings",
		// German nouns before a name)
		suffixed := latinEnding(toks[from].Folded()) && r.companyWordAfter(toks, from, to)
		for from < to && !(from+1 < to && toks[from+1].Text() == "&") && (edge(from) && !particleOpens(toks, from, to) && !suffixed || germanArticles[toks[from].Folded()] || from > 0 && number(toks[from-1].Text()) && !r.datedName(toks, from, to) ||
			from+1 < to && (germanNumbers[toks[from].Folded()] || germanQuantifiers[toks[from].Folded()] || r.townAdjective(toks[from].Folded()))) {
			from++ // "15 Jahre", "Elf Jahre", "Beide Unternehmen", "die Kasseler Wegmann & Co.": no part of a name
		} // (but "Nutrition & Santé": a word joined by "&" is the name's)
		if to-from >= 2 && r.hyphenedDescription(toks, from) {
			from++ // "des Online-Reisebüros Etraveli", "die US-Handelsaufsicht FTC"
		}
		// "Ludwigshafener Chemiekonzern BASF", "Staatsfonds Temasek": what
		// comes before a company noun describes the name after it (but
		// "Bank Aegerten" opens with its head)
		for k := to - 2; k >= from; k-- {
			if f := toks[k].Folded(); (r.germanCompanyNoun(f) || bankCompound(f) || r.kindBefore(toks, k, to)) && !(k == from && (nameHeads[f] || germanBankHeads[f] && to-from == 2)) {
				if !r.allLegalSuffixes(spanWords(nil, toks, span{from: k + 1, to: to})) {
					from = k + 1
					for from < to && nameConnectors.Has(toks[from].Text()) {
						from++ // "Hersteller von Lichtquellen": what the maker makes
					}
				}
				break
			}
		}
		for to > from && edge(to-1) && !(to-1 > from && r.lex.HasFolded(lexicon.NameWord, toks[to-1].Folded())) {
			to-- // (but "Spinnaker Exploration": a company word ending a name)
		}
		if from == to || to-from == 1 && r.placeGenitive(toks[from].Folded()) {
			continue // "Finanzinvestoren Asiens": of a place
		}
		if r.germanDescription(toks, from, to) {
			continue // "der Essener Spezialchemiekonzern": the company described, not named
		}
		if from != sp.from || to != sp.to {
			sp = r.makeSpan(s, toks, from, to, nil, words)
		}
		out = append(out, sp)
	}
	return out
}

// particleOpens: the run from..to opens on a capitalised particle of a
// name in another language ("De Grey Mining", "Van Oord", "Di Giorgio"),
// which German writes in lower case between words ("Hersteller von
// Lichtquellen").
func particleOpens(toks []segment.Token, from, to int) bool {
	return to-from >= 2 && toks[from].Cap() && foreignParticles[toks[from].Folded()]
}

// foreignParticles open names in other languages; German's own "von" and
// "des" open sentences ("Von Brindle kam kein Gegenangebot", "Des
// Weiteren"), whose break a full stop after an abbreviation or a dateline
// may hide.
var foreignParticles = set(`de del della delle di du van`)

// germanNounOnly: the run is German nouns a company's name may start
// with, standing where they name none: a quarter of the compass before a
// place in the genitive ("im Westen Ghanas"), a lone fraction ("AngloGold
// ein Drittel halten"), a mine after a word in lower case ("mit der Mine
// Ahafo", "seiner namibischen Mine Langer Heinrich", "die Grube
// Prosper-Haniel": a site), no legal suffix after it ("die Grube AG",
// "Reederei Norden" and "der Ausrüster Mine Safety Appliances" are
// companies).
func (r *recognizer) germanNounOnly(toks []segment.Token, sp span) bool {
	first := toks[sp.from].Folded()
	switch {
	case sp.to-sp.from == 2 && compassQuarters[first]:
		return r.placeGenitive(toks[sp.from+1].Folded())
	case sp.to-sp.from == 1:
		return germanFractions[first]
	case germanMineNouns[first] && sp.from > 0 && !toks[sp.from-1].Punct() && !toks[sp.from-1].Cap():
		return !r.allLegalSuffixes(spanWords(nil, toks, span{from: sp.to - 1, to: sp.to}))
	}
	return false
}

var (
	compassQuarters = set(`westen osten norden suden nordwesten nordosten sudwesten sudosten`)
	germanFractions = set(`drittel viertel halfte funftel`)
	germanMineNouns = set(`mine minen grube gruben bergwerk bergwerke`)
)

// kindBefore: the word at k is a compound naming a kind of business
// ("Fahrradverleiher", "Maschinenbauer"), and the words after it, to the
// end of the name, are not only company words: "den Leipziger
// Fahrradverleiher Quorvex" names Quorvex, but "Velthaus Logistik" and
// "Trelbauer Technik" are names of their own, opened by a family name of
// that shape.
func (r *recognizer) kindBefore(toks []segment.Token, k, to int) bool {
	f := toks[k].Folded()
	if !germanKindCompound(f) || germanPersonCompound(f) || germanBankHeads[f] || familyShaped(f) {
		return false
	}
	for _, t := range toks[k+1 : to] {
		if !r.lex.HasAnyFolded(suffixWords, t.Folded()) {
			return true
		}
	}
	return false
}

// familyShaped: a word ending as German family names do, in "-bauer" or
// "-haus" after a short stem ("Trelbauer", "Velthaus", as Hofbauer and
// Neuhaus), not a compound of a longer noun ("Maschinenbauer",
// "Analysehaus").
func familyShaped(f string) bool {
	for _, end := range []string{"bauer", "haus"} {
		if stem, ok := strings.CutSuffix(f, end); ok && len(stem) < 6 {
			return true
		}
	}
	return false
}

// germanQuantifiers open a noun phrase, never a name: "Beide Unternehmen".
var germanQuantifiers = set(`beide beiden alle viele einige mehrere andere weitere`)

// townAdjective: a town's name made an adjective in -er ("Kasseler",
// "Münchner"), which German sets before a company's name to say where it
// is from.
func (r *recognizer) townAdjective(f string) bool {
	stem, ok := strings.CutSuffix(f, "er")
	if !ok || len(stem) < 3 {
		return false
	}
	return r.lex.HasFolded(lexicon.Place, stem) || r.lex.HasFolded(lexicon.Place, stem+"en") || r.lex.HasFolded(lexicon.Place, strings.TrimSuffix(stem, "n"))
}

// germanNumbers count the noun after them: "Elf Jahre später".
var germanNumbers = set(`zwei drei vier funf sechs sieben acht neun zehn elf zwolf zwanzig dreissig hundert tausend`)

// germanDescription: the words describe a company without naming it: town
// or other adjectives ending in -er before a company noun ("Essener
// Spezialchemiekonzern"), or before the first half of a compound cut short
// ("Zuger Bauchemie- und Klebstoffhersteller").
func (r *recognizer) germanDescription(toks []segment.Token, from, to int) bool {
	last := to - 1
	cut := to+1 < len(toks) && toks[to].Text() == "-" && (toks[to+1].Folded() == "und" || toks[to+1].Folded() == "oder")
	if !cut && (!r.germanCompanyNoun(toks[last].Folded()) || strings.Contains(toks[last].Text(), "-")) {
		return false // "der Darmstädter Merck-Konzern" names Merck
	}
	for k := from; k < last; k++ {
		if !strings.HasSuffix(toks[k].Folded(), "er") {
			return false
		}
	}
	return true
}

// hyphenedDescription: after an article, a hyphenated compound opening a
// run of names describes the name that follows ("der Restaurant-
// Reservierungsdienst OpenTable"), unless a company word follows it
// ("Mercedes-Benz Group").
func (r *recognizer) hyphenedDescription(toks []segment.Token, from int) bool {
	if from == 0 || !strings.Contains(toks[from].Text(), "-") {
		return false
	}
	k := from - 1
	if !germanArticles[toks[k].Folded()] && k > 0 && startsLowerToken(toks[k]) {
		k-- // "des schwedischen Online-Reisebüros Etraveli"
	}
	if !germanArticles[toks[k].Folded()] {
		return false
	}
	next := toks[from+1].Folded()
	return !r.lex.HasFolded(lexicon.NameWord, next) && !r.lex.HasFolded(lexicon.LegalSuffix, next)
}

func startsLowerToken(t segment.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text())
	return !t.Punct() && unicode.IsLower(r)
}

// germanArticles open a phrase, never a company's name ("Anders lief es
// bei Osram: Den Münchner Lichtkonzern übernahm ...").
var germanArticles = set(`der die das des dem den ein eine einer eines einem einen`)

// placeGenitive: a place in the German genitive ("Asiens", "Chinas").
func (r *recognizer) placeGenitive(f string) bool {
	w, ok := strings.CutSuffix(f, "s")
	return ok && len(w) >= 3 && r.lex.HasFolded(lexicon.Place, w)
}

// datedName: the number before the run from..to is a year that dates
// a deal, not a count of the noun the run opens with ("15 Jahre", "2000
// Tonnen Kupfer"): more than one word follows it, and a deal word stands
// right before the year or right after the run ("übernahm 1998 Westbrook
// Lanolin", "hatte 1998 Westbrook Lanolin übernommen").
func (r *recognizer) datedName(toks []segment.Token, from, to int) bool {
	t := toks[from-1].Text()
	if to-from < 2 || len(t) != 4 || t < "1900" || t >= "2100" || r.isCue == nil {
		return false
	}
	return from >= 2 && r.isCue("de", toks[from-2].Folded()) || to < len(toks) && r.isCue("de", toks[to].Folded())
}

// number: a token of digits ("15", "2,5").
func number(t string) bool {
	return t != "" && t[0] >= '0' && t[0] <= '9' && strings.Trim(t, "0123456789.,") == ""
}

// germanCompanyNoun: a company noun or a compound ending in one, in any
// case and number ("Chemiekonzern", "Saatgutkonzerns", "US-Konzerne").
func (r *recognizer) germanCompanyNoun(f string) bool {
	return germanInflected(f, func(w string) bool {
		return len(w) >= 4 && (r.lex.HasFolded(lexicon.CompanyNoun, w) || r.lex.EndsWith(lexicon.CompanyNoun, w, 5))
	})
}

// germanInflected: is holds of f, or of f without a case or number
// ending ("Saatgutkonzerns", "US-Konzerne").
func germanInflected(f string, is func(string) bool) bool {
	for _, end := range []string{"", "s", "e", "n", "en", "es"} {
		if w, ok := strings.CutSuffix(f, end); ok && is(w) {
			return true
		}
	}
	return false
}

// germanKindCompound: a German compound naming a kind of company, or of
// person in business, by its last part ("Gehäusebauer", "Motorenbauer",
// "Investmentbanker", "Milliardär"; not a bank, whose names are often
// such compounds: "Polbank EFG"), in any case and number: before a name
// it describes the name; it is never the name's first word.
func germanKindCompound(f string) bool {
	return germanInflected(f, func(w string) bool { return compoundOf(w, germanCompanyEnds) || compoundOf(w, germanPersonEnds) })
}

// germanPersonCompound: a germanKindCompound naming a person
// ("Investmentbanker", "des Milliardärs"): before a name, no company's.
func germanPersonCompound(f string) bool {
	return germanInflected(f, func(w string) bool { return compoundOf(w, germanPersonEnds) })
}

// gridBeforeName: the run's first word is a German compound naming a
// network ("Höchstspannungsnetz", "Glasfasernetz") and the word after it
// neither a place nor a company's word: what the company named after it
// runs ("sein Höchstspannungsnetz Transpower"). Grid companies are named
// so with their town ("Stromnetz Berlin", "Gasnetz Hamburg", "Energienetze
// Bayern"), and a short first part is a name's own ("Mitnetz Strom").
func (r *recognizer) gridBeforeName(folded []string, i, j int) bool {
	if j-i < 2 || !germanInflected(folded[i], func(w string) bool { return len(w) >= len("netz")+5 && strings.HasSuffix(w, "netz") }) {
		return false
	}
	next := folded[i+1]
	return !r.lex.HasAnyFolded(placeWords, next) && !r.lex.HasFolded(lexicon.LegalSuffix, next) && !r.lex.HasFolded(lexicon.NameWord, next)
}

// compoundOf: w is a compound ending in one of ends, with a part before it.
func compoundOf(w string, ends []string) bool {
	for _, end := range ends {
		if len(w) >= len(end)+3 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// germanCompanyEnds and germanPersonEnds are the last parts, folded, of
// the compounds germanKindCompound reads.
var (
	germanCompanyEnds = []string{"bauer", "konzern", "hersteller", "handler", "anbieter", "betreiber", "versorger",
		"versicherer", "investor", "riese", "spezialist", "zulieferer", "entwickler", "produzent", "dienstleister", "ausruster",
		"lieferant", "gruppe", "fonds", "haus", "betrieb", "verleiher", "forderer", "borse", "bahn", "sender", "verleih", "kanal",
		"erzeuger", "verarbeiter", "verlag", "reederei", "brauerei", "kette", "logistiker", "versender", "vermarkter", "vermieter",
		"verwalter", "makler", "discounter", "caterer", "dienst", "gesellschaft", "elektroniker"}
	germanPersonEnds = []string{"banker", "milliardar", "fuhrer"}
)

// bankCompound: a kind of bank before a name ("Zürcher Privatbank Seefeld
// & Cie", "die Investmentbank Lazard"), not the name's own "Bankhaus".
func bankCompound(f string) bool {
	for _, end := range []string{"bank", "banken"} {
		if len(f) >= len(end)+4 && strings.HasSuffix(f, end) {
			return true
		}
	}
	return false
}

// germanNoun: a folded word with an ending only German common nouns have.
func germanNoun(w string) bool {
	w = strings.ReplaceAll(w, " ", "") // "toyota anteile" from "Toyota-Anteile"
	if len(w) < 6 {
		return false
	}
	for _, suf := range germanNounEndings {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var germanNounEndings = []string{"ung", "ungen", "heit", "keit", "schaft", "nis", "nisse", "tion", "tionen",
	"ismus", "zug", "anteil", "anteile", "nahme", "nahmen", "vertrag", "markt", "geschaft", "geschafte", "geschafts", "sparte",
	"aktie", "aktien", "familie", "strafe", "gebuhr", "gebuhren", "summe", "kosten", "umsatz", "gewinn", "verlust", "schulden",
	// who holds or runs a company: "Großaktionär", "Mehrheitseigner", "des Unternehmers"
	"aktionar", "aktionars", "aktionare", "eigner", "eigners", "unternehmer", "unternehmers"}

// germanFrameNouns are nouns that stand before a name or a year without
// being part of it: times of the year, and "Namen", "Marke".
var germanFrameNouns = set(`anfang ende mitte fruhjahr sommer herbst winter jahresanfang jahresende namen marke marken
	landern lander teile plan plane schritt schritte worten angaben
	aktie aktien kunde kunden druck details handel handels markt markte preis preise umsatz gewinn verlust geschaft geschafte
	sparte sparten bereich bereiche einheit vertrag angebot aktionare anleger investoren analysten branche wettbewerb konkurrenz
	kurs kurse quartal ergebnis ergebnisse strategie zukunft mitarbeiter stellen
	chef chefin vorstand behorde behorden regierung experten finanzielle`)

// companyWordAfter: a word after the first of the run from..to is a
// legal suffix or a company word ("Corporation", "LLC").
func (r *recognizer) companyWordAfter(toks []segment.Token, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if f := toks[k].Folded(); r.lex.HasFolded(lexicon.LegalSuffix, f) || r.lex.HasFolded(lexicon.NameWord, f) {
			return true
		}
	}
	return false
}

// latinEnding: w ends as the German nouns of Latin stems do ("-tion",
// "-sion", "-nis"), endings names in other languages share ("Revolution",
// "Solenis").
func latinEnding(w string) bool {
	return strings.HasSuffix(w, "tion") || strings.HasSuffix(w, "sion") || strings.HasSuffix(w, "nis")
}
