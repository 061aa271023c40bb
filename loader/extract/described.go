package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"dealwire/loader/extract/deals"
	"dealwire/loader/extract/lexicon"
	"dealwire/loader/extract/segment"
	"dealwire/model"
)

// A described anaphor names a company by what it is: "the carmaker", "the
// Swedish company", "der Investor", "le groupe de Chicago". The article
// usually said so of one company before ("the German carmaker BMW",
// "Northvolt, the Swedish battery maker", "der Finanzinvestor Advent"):
// that company is the one meant, wherever the sentences between led.

// description is the words that describe a company in an article, or
// that an anaphor describes it by, folded.
type description []string

// anaphorDescription reads the described anaphor of a sentence: a
// determiner, then up to three words, the last a kind of company, and a
// place after "de"/"di"/"aus". It returns nil when the sentence has none
// or describes only by a generic noun ("the company", "il gruppo").
func anaphorDescription(toks []segment.Token, ms []deals.Mention, lex *lexicon.Lexicon) description {
	d, _ := anaphorDescriptionAt(toks, ms, lex)
	return d
}

// anaphorDescriptionAt is anaphorDescription and the token its determiner
// stands at (-1 with no description).
func anaphorDescriptionAt(toks []segment.Token, ms []deals.Mention, lex *lexicon.Lexicon) (description, int) {
	for i, t := range toks {
		if t.Punct() || !companyKind(t.Folded(), lex) || inMention(ms, i) || inMention(ms, i+1) {
			continue // "the Chinese battery maker CATL" describes the name after it
		}
		nationAfter := i+1 < len(toks) && !toks[i+1].Cap() && lex.Nation(toks[i+1].Folded()) != ""
		if nationAfter && inMention(ms, i+2) {
			continue // "la biotecnológica estadounidense MedImmune" too
		}
		det := -1
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if toks[k].Punct() || inMention(ms, k) {
				break
			}
			if anaphorDeterminers[toks[k].Folded()] {
				det = k
				break
			}
		}
		if det < 0 || det >= 2 && toks[det-1].Text() == "," && inMention(ms, det-2) {
			continue // "BMW, the German carmaker,": the name before it
		}
		var d description
		for _, w := range toks[det+1 : i+1] {
			d = appendWords(d, w.Folded())
		}
		if nationAfter {
			d = append(d, toks[i+1].Folded()) // "il gruppo tedesco", "el grupo sueco"
		}
		if i+2 < len(toks) && placeLinks[toks[i+1].Folded()] && toks[i+2].Cap() && !inMention(ms, i+2) {
			d = append(d, toks[i+2].Folded()) // "le groupe de Chicago"
			if i+3 < len(toks) && toks[i+3].Cap() && !inMention(ms, i+3) {
				d = append(d, toks[i+2].Folded()+" "+toks[i+3].Folded()) // "le groupe de Foster City"
			}
		}
		if specific(d) {
			return d, det
		}
		return nil, -1
	}
	return nil, -1
}

// describedCompany is the company a described anaphor d stands for: the
// one run from the city d says ("il colosso di Monaco"), else the one the
// article described so ("the carmaker"), else one of the nation or the
// trade d says.
func describedCompany(d description, bySentence [][]deals.Mention, toks [][]segment.Token, si int, except []string, lex *lexicon.Lexicon) string {
	if c := basedAt(d, true, bySentence, si, except, lex); c != "" {
		return c
	}
	if c := describedBefore(d, bySentence, toks, si, except, lex); c != "" {
		return c
	}
	if c := namedByPlace(d, bySentence, toks, si, except, lex); c != "" {
		return c
	}
	if c := basedAt(d, false, bySentence, si, except, lex); c != "" {
		return c
	}
	return ofSector(d, bySentence, si, except, lex)
}

// namedByPlace is the company that opens the nearest sentence before si
// to name the place d says, and the only company that sentence names
// before the place ("Fred Meyer seguirá operando como filial desde
// Portland" for "la compañía de Portland"), unless it is one of except:
// the article may tell where a company is from that the shipped list does
// not know. The place is a capitalised word of d inside a sentence, named
// by no mention, and no nation (a nation's companies are the shipped
// list's to tell, and "Swedish regulators" are of none) nor a kind of
// company (German writes every noun so: "Konzern").
func namedByPlace(d description, bySentence [][]deals.Mention, toks [][]segment.Token, si int, except []string, lex *lexicon.Lexicon) string {
	for k := si - 1; k >= 0; k-- {
		for i, t := range toks[k] {
			if i == 0 || t.Punct() || !t.Cap() || inMention(bySentence[k], i) || !slices.Contains(d, t.Folded()) ||
				lex.Nation(t.Folded()) != "" || companyKind(t.Folded(), lex) {
				continue
			}
			return placedHere(bySentence[k], toks[k], i, except)
		}
	}
	return ""
}

// placedHere is the company the sentence toks opens with when the place
// at i is its own: no other company named before the place, none named
// right after it ("its rival in Portland, Brindle"), the place no word of
// a longer name ("the Portland Business Journal") and not in a quote
// ("said: \"Brindle is the best retailer in Portland\""); "" otherwise.
func placedHere(ms []deals.Mention, toks []segment.Token, i int, except []string) string {
	first := firstMention(ms)
	if first == nil || first.From > 0 || first.From >= i || slices.Contains(except, first.Company) {
		return ""
	}
	for _, m := range ms {
		if m.From < i && m.Company != first.Company || m.From > i && m.From <= i+3 {
			return ""
		}
	}
	if i+1 < len(toks) && !toks[i+1].Punct() && toks[i+1].Cap() {
		return ""
	}
	for _, t := range toks[first.To:i] {
		if strings.ContainsAny(t.Text(), "\"“”«»„") {
			return ""
		}
	}
	return first.Company
}

// firstMention is the mention of ms that stands first in its sentence,
// nil when there is none.
func firstMention(ms []deals.Mention) *deals.Mention {
	var first *deals.Mention
	for i := range ms {
		if first == nil || ms[i].From < first.From {
			first = &ms[i]
		}
	}
	return first
}

// saysWhere: the description names a city or a nation.
func saysWhere(d description, lex *lexicon.Lexicon) bool {
	return saysCity(d, lex) || saysNation(d, lex)
}

// saysNation: the description names a nation ("die Norweger").
func saysNation(d description, lex *lexicon.Lexicon) bool {
	return slices.ContainsFunc(d, func(w string) bool { return lex.Nation(w) != "" })
}

// saysCity: the description names a city ("le groupe de Chicago", "der
// Baarer Rohstoffhändler").
func saysCity(d description, lex *lexicon.Lexicon) bool {
	return slices.ContainsFunc(d, func(w string) bool { return seatOf(w, lex) != "" })
}

// allPlaced: every company the article named up to sentence si, but
// except, has the seat (for a description by a city) or the nation the
// shipped list knows: none of them being from where d says is then
// known, not a gap in the list.
func allPlaced(d description, bySentence [][]deals.Mention, si int, except []string, lex *lexicon.Lexicon) bool {
	byCity := saysCity(d, lex)
	for k := 0; k <= si; k++ {
		for _, m := range bySentence[k] {
			if slices.Contains(except, m.Company) {
				continue
			}
			c, ok := lex.Company(model.Fold(m.Company))
			if !ok || byCity && c.Seat == "" || !byCity && c.Nation == "" {
				return false
			}
		}
	}
	return true
}

// fromWhere is the company d names by where it is from: by its city, else
// by its nation.
func fromWhere(d description, bySentence [][]deals.Mention, si int, except []string, lex *lexicon.Lexicon) string {
	if c := basedAt(d, true, bySentence, si, except, lex); c != "" {
		return c
	}
	return basedAt(d, false, bySentence, si, except, lex)
}

// describedBefore is the company the article described by d in the
// sentences before si (or earlier in si), none of except; the one
// described by most of d's words, the latest on a tie.
func describedBefore(d description, bySentence [][]deals.Mention, toks [][]segment.Token, si int, except []string, lex *lexicon.Lexicon) string {
	best, bestScore := "", 0
	_, at := anaphorDescriptionAt(toks[si], bySentence[si], lex)
	for k := 0; k <= si; k++ {
		for _, m := range bySentence[k] {
			if slices.Contains(except, m.Company) || k == si && at >= 0 && m.From > at {
				continue // (not one described after the anaphor: "il produttore dei Post-it ... Capital Safety, produttore di imbracature")
			}
			if s := d.matches(describedAt(toks[k], m), lex); s > 0 && s >= bestScore {
				best, bestScore = m.Company, s
			}
		}
	}
	return best
}

// ofSector is, when d names a kind of company by its trade ("the
// carmaker", "la banca", "der Versicherer"), the company of that trade in
// the shipped list the article has named most before sentence si (the
// latest on a tie), none of except: the trade of the company meant.
func ofSector(d description, bySentence [][]deals.Mention, si int, except []string, lex *lexicon.Lexicon) string {
	sector := ""
	for _, w := range d {
		if s, ok := tradeSectors[w]; ok {
			sector = s
		}
	}
	if sector == "" {
		return ""
	}
	return mostNamedListed(bySentence, si, except, lex, func(c lexicon.Company) bool { return c.Sector == sector })
}

// mostNamedListed is the listed company for which fits holds that the
// article has named most in the sentences up to si, the latest on a tie,
// none of except.
func mostNamedListed(bySentence [][]deals.Mention, si int, except []string, lex *lexicon.Lexicon, fits func(lexicon.Company) bool) string {
	count := map[string]int{}
	best := ""
	for k := 0; k <= si; k++ {
		for _, m := range bySentence[k] {
			if slices.Contains(except, m.Company) {
				continue
			}
			if c, ok := lex.Company(model.Fold(m.Company)); !ok || !fits(c) {
				continue
			}
			count[m.Company]++
			if count[m.Company] >= count[best] {
				best = m.Company
			}
		}
	}
	return best
}

// basedAt is, when d says where a company is from ("the Swedish group",
// "il colosso di Monaco", "die Japaner"), the company from there that the
// article has named most before sentence si (the latest on a tie), none of
// except, by where the shipped list says it is based: by its city when
// byCity, else by its nationality.
func basedAt(d description, byCity bool, bySentence [][]deals.Mention, si int, except []string, lex *lexicon.Lexicon) string {
	var from func(c lexicon.Company) bool
	for _, w := range d {
		if seat := seatOf(w, lex); byCity && seat != "" {
			from = func(c lexicon.Company) bool { return c.Seat == seat }
		} else if nation := lex.Nation(w); !byCity && nation != "" {
			from = func(c lexicon.Company) bool { return c.Nation == nation }
		}
	}
	if from == nil {
		return "" // d says nothing of where
	}
	return mostNamedListed(bySentence, si, except, lex, from)
}

// seatOf is the city a folded word names as a seat, German adjectives of
// a city included ("Baarer", "Münchner" for Baar, München).
func seatOf(w string, lex *lexicon.Lexicon) string {
	if seat := lex.Seat(w); seat != "" {
		return seat
	}
	if city, ok := cityAdjectives[w]; ok {
		return lex.Seat(city) // "l'éditeur parisien", "il gruppo milanese"
	}
	if stem, ok := strings.CutSuffix(w, "er"); ok && len(stem) >= 3 {
		if seat := lex.Seat(stem); seat != "" {
			return seat
		}
		return lex.Seat(stem[:len(stem)-1] + "en") // "münchner": München
	}
	return ""
}

// cityAdjectives are the Romance adjectives of the cities deal news names
// companies by, folded, with the city's name.
var cityAdjectives = func() map[string]string {
	m := map[string]string{}
	for city, adjectives := range map[string]string{
		"paris":     `parisien parisienne parigino parigina parisino parisina`,
		"london":    `londonien londonienne londinese londinense`,
		"milan":     `milanais milanaise milanese milanes`,
		"madrid":    `madrilene madrileno madrilena`,
		"barcelona": `barcelonais barcelonaise barcellonese barcelones barcelonesa`,
		"munich":    `munichois munichoise muniques muniquesa`,
		"new york":  `new-yorkais new-yorkaise newyorkais newyorkese neoyorquino neoyorquina`,
		"zurich":    `zurichois zurichoise zurighese zuriques`,
		"geneva":    `genevois genevoise ginevrino ginevrina ginebrino`,
		"basel":     `balois baloise basilese`,
		"turin":     `turinois torinese`,
		"lyon":      `lyonnais lyonnaise lionese`,
		"brussels":  `bruxellois bruxelloise`,
		"berlin":    `berlinois berlinese berlines berlinesa`,
		"frankfurt": `francfortois`,
		"rome":      `romain romaine`,
	} {
		for _, a := range strings.Fields(adjectives) {
			m[a] = city
		}
	}
	return m
}()

// tradeSectors are the nouns for a kind of company whose trade names a
// section of the shipped list of companies.
var tradeSectors = func() map[string]string {
	m := map[string]string{}
	for sector, nouns := range map[string]string{
		"automotive": `carmaker carmakers automaker automakers costruttore constructeur autobauer autohersteller autokonzern fabricante`,
		"finance":    `bank lender banca banco banque geldhaus kreditinstitut insurer assicuratore aseguradora assureur versicherer`,
		"telecom":    `operator carrier telco operatore operador operadora operateur netzbetreiber mobilfunker telekomkonzern`,
		"health":     `drugmaker pharmaceutical farmaceutica pharmakonzern laboratoire laboratorio`,
		"technology": `chipmaker chipmakers chiphersteller`,
	} {
		for _, n := range strings.Fields(nouns) {
			m[n] = sector
		}
	}
	return m
}()

// describedAt is what the words around a mention say of the company: the
// words before it back to a determiner or a pause, seven at most ("the
// German carmaker BMW", "la sueca EQT", "Le géant américain du négoce de
// grains ADM"), and an apposition after a comma ("Northvolt, the Swedish
// battery maker,").
func describedAt(toks []segment.Token, m deals.Mention) description {
	var d description
	for k := m.From - 1; k >= 0 && k >= m.From-7; k-- {
		t := toks[k]
		if t.Punct() || anaphorDeterminers[t.Folded()] || t.Poss() || deals.IsCue("", t.Folded()) || listAnd[t.Folded()] && k > 0 && toks[k-1].Cap() {
			// "The Swedish group sold Brindle": what a deal word is of, not
			// described; "German chemicals group Veltraco and US rival
			// Brindle": the words before a name and "and" describe that
			// name (not "Italian oil and gas group Veltraco")
			break
		}
		d = appendWords(d, t.Folded())
	}
	if m.To+1 < len(toks) && toks[m.To].Text() == "," {
		// an apposition closes within ten words ("Northvolt, the Swedish
		// battery maker, ..."); words running on are a new subject's ("En
		// tandem avec le danois Tryg, l'assureur a conclu une entente pour
		// acquérir RSA")
		before := len(d)
		closed := false
		for k := m.To + 1; k < len(toks) && k <= m.To+10; k++ {
			if toks[k].Punct() {
				closed = true
				break
			}
			d = appendWords(d, toks[k].Folded())
		}
		if !closed && m.To+11 < len(toks) {
			d = d[:before]
		}
	}
	return d
}

// matches counts the specific words of d that the company's description
// c has, a compound ending in one included ("Finanzinvestor" has
// "investor").
func (d description) matches(c description, lex *lexicon.Lexicon) int {
	n := 0
	for _, w := range d {
		if genericKinds[w] || anaphorDeterminers[w] {
			continue
		}
		nation := lex.Nation(w)
		for _, x := range c {
			// "el grupo sueco" is "la sueca Tele2": one nation, two forms
			if x == w || len(w) >= 5 && strings.HasSuffix(x, w) || nation != "" && lex.Nation(x) == nation {
				n++
				break
			}
		}
	}
	return n
}

// specific: some word of d says more than "company".
func specific(d description) bool {
	for _, w := range d {
		if !genericKinds[w] {
			return true
		}
	}
	return false
}

// companyKind: a folded word names a kind of company ("carmaker",
// "Finanzinvestor").
func companyKind(f string, lex *lexicon.Lexicon) bool {
	return len(f) >= 3 && (lex.HasFolded(lexicon.CompanyNoun, f) || lex.EndsWith(lexicon.CompanyNoun, f, 5))
}

func inMention(ms []deals.Mention, tok int) bool {
	for _, m := range ms {
		if tok >= m.From && tok < m.To {
			return true
		}
	}
	return false
}

func appendWords(d description, folded string) description {
	return append(d, strings.Fields(strings.ReplaceAll(folded, "-", " "))...)
}

// anaphorDeterminers open a noun phrase that points back.
var anaphorDeterminers = set(`the this that der die das den dem des dieser diese le la les l ce cette il lo i gli el los las ese esa este esta`)

// placeLinks tie a kind of company to its seat: "le groupe de Chicago".
var placeLinks = set(`de di da aus von of from`)

// genericKinds describe any company: they tell none apart.
var genericKinds = set(`company companies firm group business corporation gruppo societa azienda impresa groupe societe
	entreprise compagnie empresa compania grupo sociedad firma konzern unternehmen gesellschaft bedrijf concern`)

// demonymSubject: the sentence names a company by where it is from: a
// plural article and a demonym ("die Japaner", "les Suédois", "the
// Swedes", "gli americani") or, in German, a place made a noun ("die
// Stockholmer"). Before the first name the sentence gives, that is its
// subject. After a name, only German, which puts the subject after its
// verb when the sentence opens on something else, names one so ("Für
// den Tiefseespezialisten Spinnaker zahlten die Norweger ..."), and then
// the demonym must follow a verb (see afterAVerb) and stand alone as a
// noun (see demonymNoun).
// It returns the description that word gives ("japaner", "stockholm"),
// nil when the sentence has none.
func demonymSubject(toks []segment.Token, ms []deals.Mention, lang string, lex *lexicon.Lexicon) description {
	named := false // a name came before
	for i := 0; i+1 < len(toks); i++ {
		if inMention(ms, i) || inMention(ms, i+1) {
			named = true
			continue
		}
		if !pluralArticles[toks[i].Folded()] {
			continue
		}
		w := toks[i+1].Folded()
		if !toks[i+1].Cap() && !lowerDemonymArticles[toks[i].Folded()] {
			continue // a demonym is capitalised but in Italian and Spanish
		}
		if named && (lang != "de" || !afterAVerb(toks, i, ms) || !demonymNoun(toks, i+1, ms, lex)) {
			continue
		}
		if lex.HasFolded(lexicon.Demonym, w) {
			return description{w}
		}
		// a town's "-er" form is a German adjective as often, before the
		// noun or the name it describes ("die Aachener Grünenthal GmbH",
		// "die Münchner Inlandstochter"); a people only alone
		if place := strings.TrimSuffix(w, "er"); place != w && toks[i+1].Cap() && lex.HasFolded(lexicon.Place, place) && demonymNoun(toks, i+1, ms, lex) {
			return description{place}
		}
	}
	return nil
}

// demonymNoun: the German demonym at k stands alone, a noun: no name,
// capitalised noun or kind of company follows it, whose adjective it
// would be ("an die Schweizer Partners Group", "die Schweizer Großbank").
func demonymNoun(toks []segment.Token, k int, ms []deals.Mention, lex *lexicon.Lexicon) bool {
	if k+1 >= len(toks) {
		return true
	}
	next := toks[k+1]
	return next.Punct() || !inMention(ms, k+1) && !next.Cap() && !companyKind(next.Folded(), lex)
}

// afterAVerb: the German word before the article at k is a verb, as the
// subject put after its verb follows it ("zahlten die Norweger"): a word
// in lower case, neither a name ("übernahm Quorvex die Norweger", whose
// subject is Quorvex) nor a preposition or conjunction ("als die
// Kanadier", which opens a clause of its own).
func afterAVerb(toks []segment.Token, k int, ms []deals.Mention) bool {
	if k == 0 || inMention(ms, k-1) {
		return false
	}
	t := toks[k-1]
	r, _ := utf8.DecodeRuneInString(t.Text())
	return unicode.IsLower(r) && !germanLinks[t.Folded()]
}

// germanLinks are the prepositions and conjunctions a German article may
// follow.
var germanLinks = set(`an auf aus bei durch fur gegen in mit nach ohne seit uber um unter von vor zu zwischen und oder als wenn dass weil ob sowie aber denn sondern`)

// lowerDemonymArticles are the plural articles of Italian and Spanish,
// whose demonyms are written in lower case ("gli americani", "los
// japoneses").
var lowerDemonymArticles = set("gli i los las")

var pluralArticles = set("die les gli i los las the")

// nationSubject reads a sentence whose subject, among its first five
// words, is a nationality standing for a company ("Depuis, l'américain
// s'est allégé", "il tedesco ha chiuso"): a determiner, then the nation.
func nationSubject(toks []segment.Token, ms []deals.Mention, lex *lexicon.Lexicon) description {
	for i := 0; i+1 < len(toks) && i < 5; i++ {
		if inMention(ms, i) || inMention(ms, i+1) {
			return nil
		}
		if !anaphorDeterminers[toks[i].Folded()] {
			continue
		}
		if w := toks[i+1].Folded(); lex.Nation(w) != "" && (i+2 >= len(toks) || !companyKind(toks[i+2].Folded(), lex)) {
			return description{w} // not "the French group": a description anaphorDescription reads
		}
	}
	return nil
}
