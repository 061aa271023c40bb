// Package when finds dates in news text — "In September 2013", "Nel
// 2016", "on 5 November 2019", "November 5, 2019", "last month" — and
// gives them as YYYY, YYYY-MM or YYYY-MM-DD, only as precise as the text
// is. Relative expressions are resolved against the article's own date.
// Month, weekday and relative words come from tables per language.
package when

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/window"
)

// Date is a date stated in text, as precise as the text gives it.
type Date struct {
	Value      string // "YYYY", "YYYY-MM" or "YYYY-MM-DD"
	Start, End int    // byte offsets in text
	Relative   bool   // resolved from words like "last month" against published
}

// Find returns the dates stated in text, in order. published
// ("YYYY-MM-DD" or "") resolves relative expressions; without it they are
// not returned. lang is unused by the tables, which hold every language,
// and kept so callers need not change when a language needs its own rule.
func Find(text, lang, published string) []Date {
	return FindInWords(text, lang, published, nil)
}

// FindInWords is Find for a text whose words window.AppendWordSpans found
// already (nil for none found yet): a sentence whose amounts are read as
// well is split into words once.
func FindInWords(text, lang, published string, words [][2]int) []Date {
	ws, relative, month := scan(text, words)
	ds := findAt(text, published, ws, relative, month)
	if n := openingYearAgo(text); n > 0 && published != "" && len(ds) == 0 && !turnsToNow(text[n:]) {
		if pub, ok := parseISO(published); ok {
			ds = append([]Date{{Value: pub.AddDate(-1, 0, 0).Format("2006"), Start: 0, End: n, Relative: true}}, ds...)
		}
	}
	return ds
}

// openingYearAgo is the length of "a year ago" and its like opening text
// as the sentence's own time, before its comma ("A year ago, Veltraco
// bought ...", "Il y a un peu plus d'un an, il lançait une offre ...";
// German puts the verb next: "Vor gut einem Jahr kaufte ..."); 0 when the
// text opens otherwise. Told inside a sentence, such words most often
// date a comparison or a clause ("twice its market value a year ago",
// "sbarcata in Borsa un anno fa"), which is why only an opening counts.
func openingYearAgo(text string) int {
	if text == "" || !strings.ContainsRune("aAiIuUhHvV", rune(text[0])) {
		return 0 // (asked of every sentence: most open otherwise)
	}
	for _, p := range yearAgoOpenings {
		n := len(p)
		if n <= len(text) && strings.EqualFold(text[:n], p) && (strings.HasPrefix(p, "vor ") || n < len(text) && text[n] == ',') {
			return n
		}
	}
	return 0
}

// turnsToNow: the sentence after its opening "a year ago" turns to the
// present, a clause of its own opening on "now" ("A year ago, Quorvex
// was a start-up; now Veltraco is paying $2 billion for it", "Vor einem
// Jahr lag der Kurs bei 20 Euro, nun übernimmt Veltraco Quorvex"), or to
// what was not thought then ("Vor einem Jahr hätte niemand gedacht,
// dass ..."): the opening dates a comparison, not the deal. Not "now" in
// a relative clause ("which now employs 5,000 people"), nor the Italian
// "ora", a participle's adverb as often ("ora guidata da"). (A date of
// its own in the sentence wins too: see FindInWords.)
func turnsToNow(rest string) bool {
	words := strings.FieldsFunc(strings.ToLower(rest), func(r rune) bool { return !unicode.IsLetter(r) && r != ',' && r != ';' })
	for i, w := range words {
		if i == 0 && counterfactuals[w] {
			return true
		}
		w = strings.TrimLeft(w, ",;")
		if nowWords[w] && (i == 0 || strings.HasSuffix(words[i-1], ",") || strings.HasSuffix(words[i-1], ";") || strings.HasPrefix(words[i], ",") || strings.HasPrefix(words[i], ";")) {
			return true
		}
	}
	return false
}

var (
	// nowWords open a clause of the present.
	nowWords = set(`now nowadays adesso ahora maintenant désormais nun jetzt`)
	// counterfactuals right after the opening tell what was not thought
	// then ("Vor einem Jahr hätte niemand gedacht").
	counterfactuals = set(`hätte hätten würde würden would`)
)

// yearAgoOpenings are "a year ago" and its like, lower-cased, as a
// sentence opens with them.
var yearAgoOpenings = []string{
	"a year ago", "about a year ago", "just over a year ago", "a little over a year ago",
	"il y a un an", "il y a un peu plus d'un an", "il y a un peu plus d’un an", "il y a environ un an", "il y a près d'un an", "il y a près d’un an",
	"un anno fa", "circa un anno fa", "poco più di un anno fa", "poco meno di un anno fa",
	"hace un año", "hace poco más de un año", "hace algo más de un año", "hace casi un año",
	"vor einem jahr ", "vor gut einem jahr ", "vor etwa einem jahr ", "vor knapp einem jahr ", "vor rund einem jahr ",
}

// A rule is one date pattern: when it applies, what a match means, and a
// cheap test of whether a match can start at a place in the text.
type rule struct {
	re      *regexp.Regexp
	at      *regexp.Regexp                   // re anchored at the start
	year    bool                             // the pattern has a four-digit year
	digits  bool                             // the pattern has a number
	needPub bool                             // relative: resolved against the published date
	starts  func(s string, word []byte) bool // word: see lowerFirstWord
	// match, when set, finds what at finds at the start of s, by hand:
	// the pattern of a frequent rule costs more than the rest of the search
	match func(s string) []int
	read  func(text string, m []int, pub time.Time, out *dates)
}

var rules = func() []rule {
	dayFirst := func(s string, _ []byte) bool { return dayStarts(s) }
	isoFirst := func(s string, _ []byte) bool { return isoStarts(s) }
	// the start tests are asked at every word of a window, and most
	// words have no listed word's shape: a sieve tells them before the map
	monthFirst := func(_ string, word []byte) bool { return monthShapes.MayBytes(word) && monthOf[string(word)] > 0 }
	inSet := func(set map[string]bool) func(string, []byte) bool {
		words := lists.SetOf(set)
		return func(_ string, word []byte) bool { return words.HasBytes(word) }
	}
	quarterFirst := func(s string, _ []byte) bool { return quarterStart(s) }
	rs := []rule{
		{re: isoRE, year: true, starts: isoFirst, read: func(text string, m []int, _ time.Time, out *dates) {
			if v, ok := ymd(atoi(text[m[2]:m[3]]), atoi(text[m[4]:m[5]]), atoi(text[m[6]:m[7]])); ok {
				out.add(v, m[0], m[1], false)
			}
		}},
		{re: dayMonthYearRE, year: true, starts: dayFirst, read: func(text string, m []int, _ time.Time, out *dates) {
			if v, ok := ymd(atoi(text[m[6]:m[7]]), month(text[m[4]:m[5]]), atoi(text[m[2]:m[3]])); ok {
				out.add(v, m[0], m[1], false)
			}
		}},
		{re: monthDayYearRE, year: true, starts: monthFirst, read: func(text string, m []int, _ time.Time, out *dates) {
			if v, ok := ymd(atoi(text[m[6]:m[7]]), month(text[m[2]:m[3]]), atoi(text[m[4]:m[5]])); ok {
				out.add(v, m[0], m[1], false)
			}
		}},
		{re: monthYearRE, year: true, starts: monthFirst, read: func(text string, m []int, _ time.Time, out *dates) {
			if y, mo := atoi(text[m[4]:m[5]]), month(text[m[2]:m[3]]); plausibleYear(y) && mo > 0 {
				out.add(fmt.Sprintf("%04d-%02d", y, mo), m[0], m[1], false)
			}
		}},
		{re: quarterRE, year: true, starts: quarterFirst, read: func(text string, m []int, _ time.Time, out *dates) {
			if y := atoi(text[m[2]:m[3]]); plausibleYear(y) {
				out.add(strconv.Itoa(y), m[0], m[1], false)
			}
		}},
		{re: yearRE, year: true, starts: inSet(yearIntroducers), match: yearAfterIntroducer, read: func(text string, m []int, _ time.Time, out *dates) {
			if y := atoi(text[m[2]:m[3]]); plausibleYear(y) {
				out.add(strconv.Itoa(y), m[2], m[3], false)
			}
		}},
		{re: dayMonthRE, digits: true, needPub: true, starts: dayFirst, read: func(text string, m []int, pub time.Time, out *dates) {
			if v, ok := ymd(pastYear(pub, month(text[m[6]:m[7]])), month(text[m[6]:m[7]]), atoi(text[m[2]:m[3]])); ok {
				out.add(v, m[0], m[1], true)
			}
		}},
		{re: monthDayRE, digits: true, needPub: true, starts: monthFirst, read: func(text string, m []int, pub time.Time, out *dates) {
			if v, ok := ymd(pastYear(pub, month(text[m[2]:m[3]])), month(text[m[2]:m[3]]), atoi(text[m[4]:m[5]])); ok {
				out.add(v, m[0], m[1], true)
			}
		}},
		{re: lastMonthNameRE, needPub: true, starts: inSet(lastMonthWords), read: func(text string, m []int, pub time.Time, out *dates) {
			if yearFollows(text[m[3]:]) {
				return // "In September 2013" is not last September
			}
			if notAMonthAfter(text[:m[0]], text[m[0]:m[2]], text[m[2]:m[3]], text[m[3]:]) {
				return
			}
			mo := month(text[m[2]:m[3]])
			if mo == 0 {
				return // case-folded past the table ("ſeptember")
			}
			if n := lastYearAfter(text[m[3]:]); n > 0 {
				// "in December last year": that month of the year before,
				// even when the article is of a later December
				out.add(fmt.Sprintf("%04d-%02d", pub.Year()-1, mo), m[2], m[3]+n, true)
				return
			}
			out.add(fmt.Sprintf("%04d-%02d", pastYear(pub, mo), mo), m[2], m[3], true)
		}},
		{re: relativeRE, needPub: true, starts: relativeStarts, read: func(text string, m []int, pub time.Time, out *dates) {
			if rest := text[m[1]:]; strings.HasPrefix(rest, "-là") || strings.HasPrefix(rest, "-la") {
				return // "cette année-là", that year: one the text named before, not this one
			}
			out.add(resolve(strings.ToLower(text[m[0]:m[1]]), pub), m[0], m[1], true)
		}},
		{re: weekdayRE, needPub: true, starts: inSet(weekdayWords), read: func(text string, m []int, pub time.Time, out *dates) {
			wd := weekdayOf(text[m[2]:m[3]])
			back := (int(pub.Weekday()) - wd + 7) % 7
			out.add(pub.AddDate(0, 0, -back).Format("2006-01-02"), m[2], m[3], true)
		}},
	}
	for i := range rs {
		rs[i].at = regexp.MustCompile(`^(?:` + rs[i].re.String() + `)`)
	}
	return rs
}()

// dayStarts: s opens as a day does in dayMonthYearRE and dayMonthRE —
// one or two digits, an ordinal mark or none, then a space — or those
// patterns cannot match there. Most numbers in news are years and
// amounts, told apart here before the month names are tried.
func dayStarts(s string) bool {
	for k := 1; k <= 2 && k <= len(s) && isDigit(s[k-1]); k++ {
		rest := s[k:]
		for _, mark := range [...]string{"", ".", "er", "º", "°"} {
			if strings.HasPrefix(rest, mark) && spaceStarts(rest[len(mark):]) {
				return true
			}
		}
	}
	return false
}

// isoStarts: s opens with YYYY-MM-DD's shape, as isoRE needs.
func isoStarts(s string) bool {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for _, i := range [...]int{0, 1, 2, 3, 5, 6, 8, 9} {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// spaceStarts: s opens with what sp matches, \s or a no-break space.
func spaceStarts(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case ' ', '\t', '\n', '\f', '\r':
		return true
	}
	return strings.HasPrefix(s, "\u00a0")
}

// applies says whether a rule can match in part of a text at all.
func (r rule) applies(part string, hasPub bool) bool {
	switch {
	case r.needPub && !hasPub:
		return false
	case r.year:
		return digitRun(part, 4) // each of these has a four-digit year
	case r.digits:
		return strings.ContainsAny(part, "0123456789")
	}
	return true
}

// findAt reads the dates inside the given windows, trying each rule only
// where a date of its kind can start, anchored there. relative is false
// when scan found that no relative expression can end in text.
func findAt(text, published string, ws [][2]int, relative, month bool) []Date {
	pub, hasPub := parseISO(published)
	var out dates
	var word []byte
	var liveBuf [16]*rule            // on the stack: there are fewer rules
	live := liveBuf[:0:len(liveBuf)] // the rules that apply in a window
	for _, w := range ws {
		part := text[w[0]:w[1]]
		live = live[:0]
		for i := range rules {
			if rules[i].re == relativeRE && !relative || rules[i].re == lastMonthNameRE && !month {
				continue
			}
			if rules[i].applies(part, hasPub) {
				live = append(live, &rules[i])
			}
		}
		for p := w[0]; p < w[1]; p++ {
			if !utf8.RuneStart(text[p]) || text[p] == ' ' || p > 0 && wordByte(text, p-1) {
				continue
			}
			// lower-cased once here, not by each rule's start test
			word = lowerFirstWord(word[:0], text[p:])
			for _, r := range live {
				if !r.starts(text[p:], word) {
					continue
				}
				if m := r.matchAt(text[p:]); m != nil {
					for i := range m {
						if m[i] >= 0 {
							m[i] += p
						}
					}
					r.read(text, m, pub, &out)
				}
			}
		}
	}
	return firstOfOverlaps(out)
}

// dates collects what the rules read: a list the rules append to, rather
// than a function that does, costs one allocation per text, not two.
type dates []Date

func (ds *dates) add(v string, start, end int, rel bool) {
	*ds = append(*ds, Date{Value: v, Start: start, End: end, Relative: rel})
}

// matchAt is r.at.FindStringSubmatchIndex(s), by hand where the rule
// has a matcher of its own.
func (r *rule) matchAt(s string) []int {
	if r.match != nil {
		return r.match(s)
	}
	return r.at.FindStringSubmatchIndex(s)
}

// yearAfterIntroducer matches yearRE at the start of s: one of
// yearIntroducerWords in any case (as (?i) folds, which strings.EqualFold
// does alike), then white space as \s reads it, then four digits that end
// a word. A word holds no white space and must be followed by some, so
// the word that can match is all of s up to its first white space. The
// indices are those of FindStringSubmatchIndex: the match, then the year.
func yearAfterIntroducer(s string) []int {
	if s == "" || !asciiWordByte(s[0]) {
		return nil // \b: the pattern reads word characters as ASCII ones
	}
	w := strings.IndexAny(s, reSpace)
	if w <= 0 {
		return nil
	}
	if isYearIntroducer(s[:w]) {
		if y, end := yearFrom(s, w); end > 0 {
			return []int{0, end, y, end}
		}
	}
	// an introducer of two words, one space apart as the pattern spells
	// them: "end of 2010", "a finales de 2021"
	if s[w] != ' ' {
		return nil
	}
	w2 := strings.IndexAny(s[w+1:], reSpace)
	if w2 <= 0 || !isYearIntroducer(s[:w+1+w2]) {
		return nil
	}
	if y, end := yearFrom(s, w+1+w2); end > 0 {
		return []int{0, end, y, end}
	}
	return nil
}

// isYearIntroducer: word is one of yearIntroducerWords, in any case.
func isYearIntroducer(word string) bool {
	return slices.ContainsFunc(yearIntroducerWords, func(i string) bool { return strings.EqualFold(i, word) })
}

// yearFrom reads, from s[at:], white space and four digits that end a
// word: where the year starts and ends, or 0, 0.
func yearFrom(s string, at int) (y, end int) {
	y = at
	for y < len(s) && strings.IndexByte(reSpace, s[y]) >= 0 {
		y++
	}
	end = y + 4
	if y == at || end > len(s) || !isDigit(s[y]) || !isDigit(s[y+1]) || !isDigit(s[y+2]) || !isDigit(s[y+3]) || end < len(s) && asciiWordByte(s[end]) {
		return 0, 0
	}
	return y, end
}

// reSpace is what \s matches in Go's regular expressions.
const reSpace = " \t\n\f\r"

// asciiWordByte is a byte \w matches: \b is the edge of a run of them.
func asciiWordByte(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

// findIn reads the dates inside the given windows by scanning them with
// every pattern: slower than findAt, and kept as the reference the tests
// hold it to.
func findIn(text, published string, ws [][2]int) []Date {
	pub, hasPub := parseISO(published)
	var out dates
	for _, w := range ws {
		for _, r := range rules {
			if r.applies(text[w[0]:w[1]], hasPub) {
				for _, m := range window.Matches(r.re, text, w) {
					if m[0] > 0 && wordByte(text, m[0]-1) {
						continue // "00Sep 2000": a date starts a word
					}
					r.read(text, m, pub, &out)
				}
			}
		}
	}
	return firstOfOverlaps(out)
}

// wordByte: the character ending at byte i is a letter or digit, so a
// date cannot start right after it.
func wordByte(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i+1])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// lowerFirstWord appends to dst what strings.TrimRight(firstWord(s), ".")
// is, without making a string.
func lowerFirstWord(dst []byte, s string) []byte {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })
	if end < 0 {
		end = len(s)
	}
	dst = window.AppendLower(dst, s[:end])
	for len(dst) > 0 && dst[len(dst)-1] == '.' {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// firstWord is the lower-cased run of letters (and a final dot) s starts with.
func firstWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })
	if end < 0 {
		end = len(s)
	}
	return strings.ToLower(s[:end])
}

// reach is how far around a number or a date word a date may stretch:
// "5 de noviembre de 2019", "el pasado mes de noviembre".
const reach = 48

// scan gives the windows of text: the stretches around its digits and
// its month, weekday and relative-date words, where the costly patterns
// run, as dates are rare. It also tells whether a relative expression may
// end in it: whether one of its words, lower-cased, may be where one of
// their last words is (see mayEndRelative). The relative pattern, tried
// at every word that may open one ("in", "el", "this"), almost never
// matches: the words read here for the windows rule it out at once. So
// does month for a month named without a day or a year, whose pattern
// may open on words as common as "a" and "in": whether the text names a
// month at all.
func scan(text string, words [][2]int) (_ [][2]int, relative, month bool) {
	ws := window.New(text, reach)
	var anchorBuf [32][2]int // on the stack for all but the longest texts
	anchors := anchorBuf[:0]
	// each word lower-cased in turn, looked up without a string made, in
	// a buffer on the stack for all but the longest words
	var lowerBuf [64]byte
	lower := lowerBuf[:0]
	window.EachWord(text, words, func(w string, start, end int) {
		if window.IsASCII(w) && !anchorSet.MayHoldLowerASCII(w) && (relative || !relativeLastSet.MayHoldLowerASCII(w)) {
			// most words: told by their shape, not lower-cased, to be
			// no anchor and, being ASCII, no relative last word
			return
		}
		lower = window.AppendLower(lower[:0], w)
		if anchorSet.Has(lower) {
			anchors = append(anchors, [2]int{start, end})
			month = month || monthOf[string(lower)] > 0
		}
		relative = relative || mayEndRelative(lower)
	})
	for i := 0; i < len(text); i++ {
		if text[i] >= '0' && text[i] <= '9' {
			j := i
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			anchors = append(anchors, [2]int{i, j})
			i = j
		}
	}
	window.SortAnchors(anchors)
	for _, a := range anchors {
		ws.Add(a[0], a[1])
	}
	return ws.Spans(), relative, month
}

// anchorWords: every month and weekday name, and the last word of every
// relative expression ("scorso" of "il mese scorso", "hui" of
// "aujourd'hui").
var anchorWords = func() map[string]bool {
	m := map[string]bool{}
	for n := range monthOf {
		m[n] = true
	}
	for _, w := range names(weekdays[:]) {
		window.Words(w, func(part string, _, _ int) { m[part] = true })
	}
	for phrase := range relatives {
		last := ""
		window.Words(phrase, func(part string, _, _ int) { last = part })
		m[last] = true
	}
	return m
}()

// anchorSet is anchorWords as asked of every word of a text.
var anchorSet = window.NewWordSet(anchorWords)

// digitRun reports n digits in a row somewhere in text.
func digitRun(text string, n int) bool {
	run := 0
	for i := 0; i < len(text); i++ {
		if text[i] >= '0' && text[i] <= '9' {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// Year is the year a date string (YYYY, YYYY-MM or YYYY-MM-DD) opens
// with, 0 when it opens with no year.
func Year(date string) int {
	if len(date) < 4 {
		return 0
	}
	y := 0
	for _, r := range date[:4] {
		if r < '0' || r > '9' {
			return 0
		}
		y = y*10 + int(r-'0')
	}
	return y
}

// Parse reads a stand-alone date such as a header value ("Nov 5, 2019
// 19:39 IST", "2019-11-05T10:00:00Z", "05/11/2019", "5 novembre 2019")
// and returns it as YYYY-MM-DD, or YYYY-MM / YYYY when that is all it says.
func Parse(s, lang string) (string, bool) {
	s = strings.TrimSpace(s)
	if m := slashRE.FindStringSubmatch(s); m != nil {
		a, b, y := atoi(m[1]), atoi(m[2]), atoi(m[3])
		if y < 100 {
			y += 2000
		}
		d, mo := a, b // day first, as most of the world writes it
		if (lang == "en" && b <= 31 && a <= 12) || b > 12 {
			d, mo = b, a
		}
		if v, ok := ymd(y, mo, d); ok {
			return v, true
		}
	}
	if m := ymdSlashRE.FindStringSubmatch(s); m != nil {
		if v, ok := ymd(atoi(m[1]), atoi(m[2]), atoi(m[3])); ok {
			return v, true
		}
	}
	ds := Find(s, lang, "")
	best := ""
	for _, d := range ds {
		if len(d.Value) > len(best) {
			best = d.Value
		}
	}
	return best, best != ""
}

// lastYearAfter is the length of the words after a month's name that
// put it in the year before the article's ("December last year",
// "dicembre dello scorso anno", "Dezember vergangenen Jahres"); 0 if
// none follow.
func lastYearAfter(rest string) int { return phraseOpening(rest, lastYearWords) }

// phraseOpening is the length of the first of phrases text opens with,
// in any case, 0 for none.
func phraseOpening(text string, phrases []string) int {
	for _, w := range phrases {
		if len(text) >= len(w) && strings.EqualFold(text[:len(w)], w) {
			return len(w)
		}
	}
	return 0
}

// lastYearWords follow a month's name, each with the space before it.
var lastYearWords = []string{" of last year", " last year", " dell'anno scorso", " dell’anno scorso", " dello scorso anno", " del año pasado", " del pasado año",
	" de l'année dernière", " de l’année dernière", " de l'an dernier", " de l’an dernier", " des vergangenen Jahres", " vergangenen Jahres", " letzten Jahres", " des Vorjahres"}

// yearFollows: a year comes next, after spaces, a comma or "de".
func yearFollows(rest string) bool {
	rest = strings.TrimLeft(rest, " ,\u00a0")
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "de "), "del ")
	return len(rest) >= 4 && strings.IndexFunc(rest[:4], func(r rune) bool { return r < '0' || r > '9' }) < 0
}

func parseISO(s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, false // no date: not parsed into an error
	}
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func plausibleYear(y int) bool { return y >= 1900 && y <= 2100 }

func ymd(y, m, d int) (string, bool) {
	if !plausibleYear(y) || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false // 31 February
	}
	return t.Format("2006-01-02"), true
}

// pastYear is the year of the latest month mo on or before pub: news
// speaks of "November" in January as last November.
func pastYear(pub time.Time, mo int) int {
	if mo > int(pub.Month()) {
		return pub.Year() - 1
	}
	return pub.Year()
}

// firstOfOverlaps keeps the most precise date where matches overlap ("5
// November 2019" over "November 2019" and "2019").
func firstOfOverlaps(ds []Date) []Date {
	slices.SortStableFunc(ds, func(a, b Date) int {
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(b.End-b.Start, a.End-a.Start)
	})
	var out []Date
	for _, d := range ds {
		if n := len(out); n > 0 && d.Start < out[n-1].End {
			if len(d.Value) > len(out[n-1].Value) || out[n-1].Relative && !d.Relative {
				out[n-1] = d
			}
			continue
		}
		out = append(out, d)
	}
	return out
}

// notAMonthAfter: the month a word introduces (introducer, then month,
// between the text before and after) is no date of the last such month:
//   - the Italian "a" and "ad" open only an Italian month written in
//     lower case ("a giugno"; not "a march", "a Marco Rossi", "a Mayo
//     Clinic"), and not one that ends a stretch of months ("da gennaio a
//     marzo", "de enero a finales de marzo");
//   - "the late August Kallomar" is a man;
//   - a time limit sets it ahead ("by the end of June", "d'ici à la
//     mi-août", "prevista per fine marzo", "spätestens Ende März");
//   - it is of a year the text told before or of the next ("nel giugno
//     dello stesso anno", "nel marzo successivo", "in early March next
//     year").
func notAMonthAfter(before, introducer, name, after string) bool {
	words := strings.Fields(strings.ToLower(introducer))
	first := ""
	if len(words) > 0 {
		first = words[0]
	}
	onA := first == "a" || first == "ad"
	if onA && len(words) == 1 && (!italianMonths[strings.ToLower(name)] || !opensLower(name)) {
		return true
	}
	prev := lastWord(before)
	// the stretch's "a" may open the introducer ("a fine marzo") or come
	// before it ("fine marzo" read from "a fine marzo")
	stretch, opensOnA := before, onA // the text before the stretch's "a"
	if prev == "a" || prev == "ad" {
		stretch, opensOnA = strings.TrimSuffix(strings.TrimRight(before, " \u00a0"), prev), true
	}
	if b := lastWord(stretch); opensOnA && month(b) > 0 && opensLower(b) {
		return true // (not a street named after a month: "via XX Settembre a maggio")
	}
	if first == "late" && (prev == "the" || prev == "The") && opensUpper(strings.TrimLeft(after, " \u00a0")) {
		return true
	}
	if onA && postponed[strings.ToLower(prev)] {
		return true // "rinviata a giugno": the month it was put off to (not "postponed in March")
	}
	return dueBy(before) || followedBy(after, otherYearWords)
}

// opensLower and opensUpper: s opens with a lower-case or a capital letter.
func opensLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func opensUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// postponed are the words of putting off, which "a" then takes to the
// month ahead.
var postponed = set(`rinviata rinviato rinviate rinviati slitta slittata slittato aplazada aplazado pospuesta pospuesto`)

// italianMonths are the months "a" and "ad" open.
var italianMonths = set(`gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre`)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// lastWord is the run of letters text ends on, after spaces.
func lastWord(text string) string {
	text = strings.TrimRight(text, " \u00a0")
	return text[strings.LastIndexFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })+1:]
}

// dueBy: the word before a month's introducer, past articles and
// prepositions, sets the month as a time limit, a date ahead ("by the end
// of June", "d'ici à la mi-août", "entro fine giugno", "bis Ende Juni",
// "hasta finales de junio", "prima di fine marzo"). Only right before it:
// "acquired by Quorvex in March" is a month past.
func dueBy(before string) bool {
	words := strings.Fields(strings.ToLower(before))
	skippedA := false
	for i := len(words) - 1; i >= 0 && i >= len(words)-4; i-- {
		w := words[i]
		if strings.ContainsAny(w, ",;:()") {
			return false // "Weeks before, in March": an adverb, then the month
		}
		if dueWords[w] {
			return !skippedA || !englishDueWords[w] // (not "hurt by a late March strike")
		}
		if !fillerWords[w] {
			return false
		}
		skippedA = skippedA || w == "a"
	}
	return false
}

var dueWords = set(`by until till before d'ici d’ici jusqu'à jusqu’à jusqu'en jusqu’en avant pour entro fino prima per bis spätestens vor für hasta para antes`)

// englishDueWords take no "a" before the month ("fino a fine marzo" does).
var englishDueWords = set(`by until till before`)

// fillerWords may stand between a word of time limit and the month's
// introducer: "by the end of", "d'ici à la", "prima di", "antes de".
var fillerWords = set(`the à a la le l' l’ di de del della al il lo`)

// followedBy: after opens with one of the phrases, each with the space
// before it.
func followedBy(after string, phrases []string) bool {
	return phraseOpening(strings.ReplaceAll(after, "\u00a0", " "), phrases) > 0
}

// otherYearWords follow a month of a year other than the last: one the
// text told before ("dello stesso anno", "successivo"), or the next.
var otherYearWords = []string{" of that year", " of the same year", " that year", " of the following year", " the following year", " next year", " of next year",
	" dello stesso anno", " di quell'anno", " di quell’anno", " successivo", " dell'anno successivo", " dell’anno successivo", " dell'anno prossimo", " dell’anno prossimo", " del prossimo anno", " prossimo",
	" del mismo año", " de ese año", " de ese mismo año", " del año siguiente", " siguiente", " del próximo año", " del año próximo", " próximo", " del año que viene",
	" de la même année", " de cette année-là", " de l'année suivante", " de l’année suivante", " de l'année prochaine", " de l’année prochaine", " prochain",
	" desselben Jahres", " des gleichen Jahres", " jenes Jahres", " des Folgejahres", " nächsten Jahres", " kommenden Jahres", " des nächsten Jahres", " des kommenden Jahres"}
