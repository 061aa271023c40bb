package when

import (
	"bytes"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/window"
)

// months: every spelling of each month in en it es de fr nl pt, with and
// without accents, and the usual abbreviations.
var months = [12]string{
	"january|jan|gennaio|genn|enero|ene|januar|jänner|janvier|janv|januari|janeiro",
	"february|feb|febbraio|febrero|februar|février|fevrier|févr|fevr|februari|fevereiro|fev|fév",
	"march|mar|marzo|märz|marz|mars|maart|março|marco",
	"april|apr|aprile|abril|avril|avr|abr",
	"may|maggio|mag|mayo|mai|mei|maio",
	"june|jun|giugno|giu|junio|juni|juin|junho",
	"july|jul|luglio|lug|julio|juli|juillet|juil|julho",
	"august|aug|agosto|ago|août|aout|augustus",
	"september|sept|sep|settembre|sett|set|septiembre|septembre|setembro",
	"october|oct|ottobre|ott|octubre|oktober|okt|octobre|outubro|out",
	"november|nov|novembre|noviembre|novembro",
	"december|dec|dicembre|dic|diciembre|dezember|dez|décembre|decembre|déc|dezembro",
}

var monthOf = func() map[string]int {
	m := map[string]int{}
	for i, names := range months {
		for _, n := range strings.Split(names, "|") {
			m[n] = i + 1
		}
	}
	return m
}()

// monthShapes are the shapes of monthOf's names.
var monthShapes = func() *lists.Shapes {
	names := map[string]bool{}
	for n := range monthOf {
		names[n] = true
	}
	return lists.ShapesOf(names)
}()

func month(s string) int { return monthOf[strings.TrimSuffix(strings.ToLower(s), ".")] }

// weekdays, Sunday first as time.Weekday counts.
var weekdays = [7]string{
	"sunday|domenica|domingo|sonntag|dimanche|zondag",
	"monday|lunedì|lunedi|lunes|montag|lundi|maandag|segunda-feira",
	"tuesday|martedì|martedi|martes|dienstag|mardi|dinsdag|terça-feira|terca-feira",
	"wednesday|mercoledì|mercoledi|miércoles|miercoles|mittwoch|mercredi|woensdag|quarta-feira",
	"thursday|giovedì|giovedi|jueves|donnerstag|jeudi|donderdag|quinta-feira",
	"friday|venerdì|venerdi|viernes|freitag|vendredi|vrijdag|sexta-feira",
	"saturday|sabato|sábado|samstag|samedi|zaterdag",
}

func weekdayOf(s string) int {
	s = strings.ToLower(s)
	for i, names := range weekdays {
		for _, n := range strings.Split(names, "|") {
			if n == s {
				return i
			}
		}
	}
	return 0
}

// relatives are expressions of time relative to the article's date.
var relatives = func() map[string]func(time.Time) string {
	m := map[string]func(time.Time) string{}
	rel := func(words string, f func(time.Time) string) {
		for _, w := range strings.Split(words, "|") {
			m[w] = f
		}
	}
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	mon := func(t time.Time) string { return t.Format("2006-01") }
	yr := func(t time.Time) string { return t.Format("2006") }
	rel("today|oggi|hoy|heute|aujourd'hui|aujourd’hui|vandaag|hoje", day)
	rel("yesterday|ieri|ayer|gestern|hier|gisteren|ontem", func(t time.Time) string { return day(t.AddDate(0, 0, -1)) })
	rel("last month|il mese scorso|lo scorso mese|el mes pasado|letzten monat|im vergangenen monat|le mois dernier|vorige maand|afgelopen maand|no mês passado|mês passado|mes passado",
		func(t time.Time) string { return mon(t.AddDate(0, -1, 0)) })
	rel("earlier this month|this month|questo mese|este mes|diesen monat|ce mois-ci|deze maand|este mês|este mes", mon)
	rel("im vorjahr|im vorigen jahr|voriges jahr|l'an passé|l’an passé|l'année passée|l’année passée|l'anno passato|el año anterior", func(t time.Time) string { return yr(t.AddDate(-1, 0, 0)) })
	// the last season: this year's if it is over by the article's month,
	// else last year's ("last summer" in a January article)
	lastSeason := func(ends time.Month) func(time.Time) string {
		return func(t time.Time) string {
			if t.Month() > ends {
				return yr(t)
			}
			return yr(t.AddDate(-1, 0, 0))
		}
	}
	rel("last spring|le printemps dernier|la primavera pasada|la scorsa primavera|im vergangenen frühjahr|im letzten frühjahr", lastSeason(time.May))
	rel("last summer|l'été dernier|l’été dernier|el verano pasado|la scorsa estate|im vergangenen sommer|im letzten sommer|letzten sommer", lastSeason(time.August))
	rel("last autumn|last fall|l'automne dernier|l’automne dernier|el otoño pasado|lo scorso autunno|im vergangenen herbst|im letzten herbst|letzten herbst", lastSeason(time.November))
	// "two years ago", "vor drei Jahren", "il y a deux ans", "due anni fa", "hace dos años"
	for n, words := range map[int][]string{2: {"two", "2", "zwei", "deux", "due", "dos"}, 3: {"three", "3", "drei", "trois", "tre", "tres"},
		4: {"four", "4", "vier", "quatre", "quattro", "cuatro"}, 5: {"five", "5", "fünf", "cinq", "cinque", "cinco"}} {
		years := -n
		var forms []string
		for _, w := range words {
			forms = append(forms, w+" years ago", "vor "+w+" jahren", "il y a "+w+" ans", w+" anni fa", "hace "+w+" años")
		}
		rel(strings.Join(forms, "|"), func(t time.Time) string { return yr(t.AddDate(years, 0, 0)) })
	}
	rel("last year|l'anno scorso|l’anno scorso|lo scorso anno|el año pasado|el ano pasado|el pasado año|letztes jahr|letzten jahr|im vergangenen jahr|vergangenes jahr|l'année dernière|l’année dernière|l'an dernier|l’an dernier|vorig jaar|vorige jaar|afgelopen jaar|ano passado|no ano passado",
		func(t time.Time) string { return yr(t.AddDate(-1, 0, 0)) })
	rel("this year|earlier this year|quest'anno|quest’anno|este año|este ano|dieses jahr|in diesem jahr|cette année|dit jaar|neste ano", yr)
	rel("next year|l'anno prossimo|l’anno prossimo|el próximo año|el proximo año|nächstes jahr|naechstes jahr|l'année prochaine|l’année prochaine|volgend jaar|próximo ano|proximo ano",
		func(t time.Time) string { return yr(t.AddDate(1, 0, 0)) })
	return m
}()

func resolve(expr string, pub time.Time) string {
	expr = strings.Join(strings.Fields(expr), " ")
	if f, ok := relatives[expr]; ok {
		return f(pub)
	}
	return pub.Format("2006-01-02")
}

func alternation(words []string) string {
	sort.SliceStable(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) > len(words[j])
		}
		return words[i] < words[j]
	})
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = strings.ReplaceAll(regexp.QuoteMeta(w), " ", `\s+`)
	}
	return strings.Join(q, "|")
}

func names(lists []string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, strings.Split(l, "|")...)
	}
	return out
}

const (
	b    = `(?:^|[^\pL\pN])` // a word starts
	e    = `(?:[^\pL\pN]|$)` // a word ends (consumed; offsets are taken from groups)
	day  = `(\d{1,2})`
	year = `(\d{4})`
	sp   = `[\s\x{00A0}]+`
)

// ordinal is what may follow a day's number: "12." in German, "1er" in
// French, "1º" in Spanish, "1°" in Italian.
const ordinal = `(?:\.|er|º|°)?`

var (
	monthRE     = `((?i:` + alternation(names(months[:])) + `)\.?)`
	fullMonthRE = func() string {
		var long []string
		for _, n := range names(months[:]) {
			if len([]rune(n)) >= 4 {
				long = append(long, n)
			}
		}
		return `((?i:` + alternation(long) + `))`
	}()
	weekdayRE = regexp.MustCompile(`(?i:\b(` + alternation(names(weekdays[:])) + `))` + e)

	isoRE          = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})`)
	dayMonthYearRE = regexp.MustCompile(day + ordinal + sp + `(?:de` + sp + `)?` + monthRE + `,?` + sp + `(?:de` + sp + `|del` + sp + `)?` + year + `\b`)
	monthDayYearRE = regexp.MustCompile(monthRE + sp + day + `(?:st|nd|rd|th)?,?` + sp + year + `\b`)
	monthYearRE    = regexp.MustCompile(monthRE + `,?` + sp + `(?:de` + sp + `|del` + sp + `)?` + year + `\b`)
	quarterRE      = regexp.MustCompile(`\b(?:Q[1-4]|H[12]|FY)\s?(\d{4})\b`)
	// a bare year only after a word that introduces one: "in 2016", "Nel 2016"
	yearRE = regexp.MustCompile(`(?i:\b(?:` + strings.Join(yearIntroducerWords, "|") + `)\s+)(\d{4})\b`)
	// day and month without a year, resolved against the article's date
	dayMonthRE = regexp.MustCompile(`\b` + day + ordinal + sp + `(de` + sp + `)?` + monthRE + e)
	monthDayRE = regexp.MustCompile(`\b` + monthRE + sp + day + `(?:st|nd|rd|th)?\b`)
	// "el pasado mes de noviembre", "last November", "lo scorso novembre"
	lastMonthNameRE = regexp.MustCompile(`(?i:\b(?:(?:` + strings.Join(monthIntroducerWords, "|") + `)` + sp + `|(?:mid|mi)-))` + fullMonthRE + e)
	relativeRE      = regexp.MustCompile(`(?i)\b(?:` + alternation(keys(relatives)) + `)\b`)

	slashRE    = regexp.MustCompile(`^(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b`)
	ymdSlashRE = regexp.MustCompile(`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b`)
)

func keys(m map[string]func(time.Time) string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// yearIntroducerWords are the words after which a bare year is a date:
// "in 2016", "Nel 2016", "seit 2019", and the part of a year ("Ende
// 2010", "a fine 2007", "début 2012"), in one word or two ("at the end
// of 2010", "a finales de 2021"; one space apart).
var yearIntroducerWords = strings.Split(`in|nel|del|dal|nell'anno|nell’anno|since|until|by|en|em|im|jahr|año|ano|anno|année|annee|depuis|desde|seit|sinds|fin|end|early|late|mid|spring|summer|autumn|fall|winter|bereits|schon|erst|zuletzt|damals|war|hatte|wurde|kam|`+
	`ende|anfang|mitte|fine|inizio|début|debut|`+
	`end of|beginning of|start of|middle of|finales de|fines de|principios de|comienzos de|inicios de|mediados de|fin de|début de|debut de|`+
	// the seasons: "in the spring of 2017", "au printemps 2017", "verano de 2017", "Sommer 2017"
	`spring of|summer of|autumn of|fall of|winter of|printemps|automne|hiver|primavera de|verano de|otoño de|invierno de|`+
	`primavera|estate|autunno|inverno|sommer|herbst|frühjahr|frühling|winter`, "|")

// monthIntroducerWords are the words after which a month without a year
// is a date of the last such month: "last November", "lo scorso
// novembre", "in June", "A giugno", "ad aprile", and the part of a month
// ("in early January", "Ende Januar", "début janvier", "a fine gennaio",
// "a finales de enero"; "mid-June" and "mi-juin" are read apart).
var monthIntroducerWords = strings.Split(`last|el pasado mes de|el mes de|lo scorso|lo scorso mese di|im vergangenen|im|le mois de|en|in|a|ad|nel|nel mese di|`+
	`in early|in late|early|late|end of|start of|beginning of|`+
	`anfang|ende|mitte|début|debut|fin|courant|`+
	`a inizio|a fine|a metà|inizio|fine|all'inizio di|all’inizio di|alla fine di|ai primi di|`+
	`a principios de|a finales de|a mediados de|a comienzos de|a fines de|principios de|finales de|mediados de|comienzos de|fines de`, "|")

// The words a date of each kind can start with, for a quick test before
// its pattern is tried (see rule.starts).
var (
	yearIntroducers    = firstWords(yearIntroducerWords)
	lastMonthWords     = firstWords(append([]string{"mid", "mi"}, monthIntroducerWords...))
	relativeFirstWords = firstWords(keys(relatives))
	weekdayWords       = firstWords(names(weekdays[:]))
)

// relativeNonWordStarts are the first bytes of the relative expressions
// that open on no word: the digits of "2 years ago", "3 anni fa".
var relativeNonWordStarts = func() string {
	var starts []byte
	for k := range relatives {
		if firstWord(k) == "" && !bytes.ContainsRune(starts, rune(k[0])) {
			starts = append(starts, k[0])
		}
	}
	return string(starts)
}()

// relativeStarts: a relative expression can start at s, whose first word
// lower-cased is word. An empty word (a digit, a mark) is asked of the
// expressions that open on no word, by their first byte: every number and
// quote in a window has an empty first word, and the pattern of all the
// expressions costs much more to try there than to refuse. The first
// bytes are digits, which no case-insensitive match reads as other
// characters (TestWordlessRelativesOpenOnDigits holds that).
func relativeStarts(s string, word []byte) bool {
	if len(word) > 0 {
		return relativeFirstWords[string(word)]
	}
	return s != "" && strings.IndexByte(relativeNonWordStarts, s[0]) >= 0
}

// relativeLastWords are the last words of the relative expressions
// ("ago", "scorso", "hui"), each a run of letters the pattern reads as
// written, in either case.
var relativeLastWords = func() [][]byte {
	seen := map[string]bool{}
	var out [][]byte
	for phrase := range relatives {
		last := ""
		window.Words(phrase, func(part string, _, _ int) { last = part })
		if !seen[last] {
			seen[last] = true
			out = append(out, []byte(last))
		}
	}
	return out
}()

// relativeLastSet is relativeLastWords as asked of every word of a text.
var relativeLastSet = func() *window.WordSet {
	m := map[string]bool{}
	for _, w := range relativeLastWords {
		m[string(w)] = true
	}
	return window.NewWordSet(m)
}()

// mayEndRelative is false when the word of a text (a run of letters as
// window.Words cuts them, lower-cased) cannot be where a relative
// expression's last word matched. Such a match starts a run of letters: a
// match starts where no letter or digit is before it (findAt), and a last
// word follows a space, an apostrophe or a hyphen. The run is the last
// word itself, or goes on with more letters where \b, which reads only
// ASCII letters, lets it: after an ASCII letter a non-ASCII one, after a
// non-ASCII letter an ASCII one; either way the run is not all ASCII, and
// starts with the last word. Lower-casing gives each letter of those words
// back for every character the case-insensitive pattern takes for it, but
// for the long s (ſ, read as s), which is let through
// (TestLowerCasingKeepsRelativeLastWords holds that).
func mayEndRelative(word []byte) bool {
	if relativeLastSet.Has(word) {
		return true
	}
	if isASCII(word) {
		return false
	}
	if bytes.Contains(word, []byte("ſ")) {
		return true
	}
	for _, w := range relativeLastWords {
		if bytes.HasPrefix(word, w) {
			return true
		}
	}
	return false
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func firstWords(list []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range list {
		m[firstWord(w)] = true
	}
	return m
}

// quarterStart: "Q3 2021", "H1 2020", "FY2019".
func quarterStart(s string) bool {
	return len(s) >= 2 && (s[0] == 'Q' || s[0] == 'H') && s[1] >= '0' && s[1] <= '9' || strings.HasPrefix(s, "FY")
}

// IsMonth reports whether word names a month in one of the languages read
// ("julio", "Sept.").
func IsMonth(word string) bool { return month(word) != 0 }
