package meta

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page furniture a saved page keeps above the headline: rows of account
// links, rows of links, tag rows, a newsletter's contents, a site's motto,
// a kicker. None of them is the headline; the rules read their shape.

// markdownLinkText is a markdown link anywhere in a line: "[Login](/login)".
var markdownLinkText = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)

// linkText reads a row of markdown links as the words a reader sees:
// "[Login](/login) · [E-Paper](/epaper)" is "Login · E-Paper".
func linkText(s string) string {
	if !strings.Contains(s, "](") {
		return s
	}
	return markdownLinkText.ReplaceAllString(s, "$1")
}

// rowItems splits a row of links or fields on its bars, dots, dashes or
// runs of spaces; nil when it is not a row.
func rowItems(line string) []string {
	line = linkText(line)
	if parts := pipeParts(line); parts != nil {
		return parts
	}
	return spacedParts(line)
}

// accountWords are the links to a reader's account and subscription, in
// the languages the corpus has, in small letters: "Sign in", "Abo",
// "S'abonner", "Accedi", "Suscríbete", "E-Paper". An item is split into
// words at spaces, apostrophes and hyphens; two-word links are looked up
// as the pair and written together ("sign in", "signin").
var accountWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split("sign in|sign up|log in|log out|signin|signup|login|logout|subscribe|subscription|subscriptions|"+
		"register|my account|newsletter|newsletters|e paper|epaper|abo|abos|abonnement|abonnieren|anmelden|registrieren|"+
		"se connecter|connexion|abonner|abonnez vous|mon compte|accedi|abbonati|abbonamento|registrati|iscriviti|"+
		"suscríbete|suscribete|suscribirse|suscripción|suscripcion|iniciar sesión|iniciar sesion|regístrate|registrate|"+
		"mi cuenta|inloggen|abonneren|aanmelden", "|") {
		m[w] = true
	}
	return m
}()

// accountLink: an item of a row that is a link to the reader's account
// ("Log in", "Abbonati a 2€", "Abonnez-vous !"): one of its words, or
// two in a row, is an account word. A map lookup per word is much
// cheaper than a case-folding pattern over each item of each header row.
func accountLink(item string) bool {
	words := strings.FieldsFunc(strings.ToLower(item), func(r rune) bool {
		return unicode.IsSpace(r) || r == '\'' || r == '’' || r == '-'
	})
	for i, w := range words {
		w = strings.TrimRight(w, "!.,")
		if accountWords[w] {
			return true
		}
		if i+1 < len(words) && accountWords[w+" "+strings.TrimRight(words[i+1], "!.,")] {
			return true
		}
	}
	return false
}

// accountRow: a row of links to log in, subscribe or read the e-paper
// ("Log in | Subscribe", "Accedi   Abbonati a 2€", "E-Paper | Abo |
// Anmelden"): short items, all of them (but one, in a longer row) account
// links. A headline never reads like that.
func accountRow(line string) bool {
	items := rowItems(line)
	if len(items) < 2 {
		return false
	}
	// all items but one at most are account links: two others end it
	links, others := 0, 0
	for _, it := range items {
		if !moreWordsThan(it, 4) && accountLink(it) {
			links++
		} else if others++; others > 1 {
			return false
		}
	}
	return links >= 2 && links >= len(items)-1
}

// hashtagRow: a row of tags, each written as a hashtag ("#Acme #Widget
// #Rachats"). A markdown heading has a space after its mark.
func hashtagRow(line string) bool {
	if line == "" || line[0] != '#' {
		return false
	}
	words := strings.Fields(line)
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if len(w) < 2 || w[0] != '#' || w[1] == '#' {
			return false
		}
	}
	return true
}

// contentsLeadIn is the short label that opens a newsletter's list of
// its stories: "IN THIS ISSUE:", "Top stories:".
var contentsLeadIn = regexp.MustCompile(`^\p{Lu}[\p{L}' ]{1,30}:\s+(.+)$`)

// contentsRow: a label and two or more teasers joined by bars or dots
// ("IN THIS ISSUE: Acme buys Widget | Rates rise | Oil slides", "In
// today's brief: Acme buys Widget · Rates rise"): the contents of a
// newsletter issue above its first story, not that story's headline.
func contentsRow(line string) bool {
	if !strings.Contains(line, " | ") && !strings.Contains(line, " · ") {
		return false
	}
	m := contentsLeadIn.FindStringSubmatch(line)
	// "Updated: June 2, 2021 | Source: Acme Daily" is a row of fields
	if m == nil || isLabelled(line) || wordCount(line[:len(line)-len(m[1])]) > 4 {
		return false
	}
	items := pipeParts(m[1])
	for _, it := range items {
		if isMetaShaped(it) {
			return false
		}
	}
	return len(items) >= 2
}

// linkRow: a row of two or more items, most of them whole markdown links
// ("Lesezeit: 3 Minuten · [Merkliste](#) · [Vorlesen](#)"): buttons
// and menus. A headline is text, not a row of links.
func linkRow(line string) bool {
	parts := pipeParts(line)
	if parts == nil {
		return false
	}
	links := 0
	for _, p := range parts {
		if m := markdownLink.FindStringIndex(p); m != nil && m[1] == len(p) {
			links++
		}
	}
	return links >= 2 && 2*links >= len(parts)
}

// pageFurniture: a line above the headline that only a page's frame has.
func pageFurniture(line string) bool {
	return accountRow(line) || linkRow(line) || hashtagRow(line) || contentsRow(line) || versionSwitch(line) || tickerRow(line) ||
		mailingRow(line) || skipLink(line) || pressReviewHeading(line) || buttonRow(line)
}

// buttonRow: the line is buttons alone, each label in brackets ("[Tout
// accepter]   [Tout refuser]   [Préférences]", "[OK]"), as a saved page
// keeps a consent banner's; a markdown link ("[text](url)") is not one.
func buttonRow(line string) bool {
	rest := strings.TrimLeft(strings.TrimSpace(line), "# ")
	buttons := 0
	for rest != "" {
		if rest[0] != '[' {
			return false
		}
		end := strings.IndexByte(rest, ']')
		if end < 2 || end+1 < len(rest) && rest[end+1] == '(' {
			return false
		}
		buttons++
		rest = strings.TrimLeft(rest[end+1:], " |·/")
	}
	return buttons > 0
}

// skipLinkPhrases are the links a page sets first for screen readers, to
// jump past its menu, in small letters.
var skipLinkPhrases = []string{"skip to main content", "skip to content", "skip to main", "skip navigation", "jump to content",
	"zum inhalt springen", "zum hauptinhalt", "direkt zum inhalt", "aller au contenu", "passer au contenu", "salta al contenuto",
	"vai al contenuto", "saltar al contenido", "ir al contenido"}

// maxLowerShrink is how many times shorter, in bytes, strings.ToLower can
// make a text: the Kelvin sign, three bytes, lowers to "k", one.
const maxLowerShrink = 3

// skipLink: the line is such a link alone ("Skip to main content",
// "Zum Inhalt springen"): the first line of a page's frame, never its
// headline, which it has the shape of.
func skipLink(line string) bool {
	s := strings.TrimSpace(linkText(line))
	if len(s) > maxLowerShrink*40 {
		// too long to be a link alone however it lower-cases: told before
		// lower-casing, as most lines asked are whole paragraphs
		return false
	}
	if s = strings.ToLower(s); len(s) > 40 {
		return false
	}
	for _, p := range skipLinkPhrases {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// pageVersion names the edition of a page a mobile or AMP page links to:
// "AMP-Version", "Zur Desktop-Version wechseln", "Mobile version",
// "Version mobile", "Versione AMP". Such a link, written like a logo
// before a phrase ("AMP-Version · Zur Desktop-Version wechseln"), is no
// site's name above the headline.
var pageVersion = regexp.MustCompile(`(?i)(?:^|[\s·|-])(?:(?:amp|desktop|mobile|mobil|classic|full|web)[- ]?(?:version|versión|versione|ansicht)|` +
	`(?:version|versión|versione)\s+(?:amp|mobile|desktop|classique|clásica|completa|web))(?:$|[\s·|.,])`)

// versionSwitch: a short line that links to another version of the page,
// alone or in a row of such links.
func versionSwitch(line string) bool {
	if len(line) > 80 || strings.ContainsAny(line, ".!?") {
		return false
	}
	lower := strings.ToLower(line)
	return (strings.Contains(lower, "versi") || strings.Contains(lower, "ansicht")) && pageVersion.MatchString(line)
}

// motto says whether the words after a site's name are its motto: a
// descriptive phrase of a few words with some in lower case, no digits,
// not a sentence ("El periódico de la logística y la carga", "Das
// Fachportal für Lacke, Farben und Klebstoffe").
func motto(s string) bool { return mottoUpTo(s, 10) }

// mottoUpTo is motto with at most max words.
func mottoUpTo(s string, max int) bool {
	n := wordCount(s)
	if n < 3 || n > max || !isCapitalised(s) || strings.ContainsAny(s, "0123456789:!?") || isSentence(s) {
		return false
	}
	for _, w := range strings.Fields(s)[1:] {
		if startsLower(w) {
			return true
		}
	}
	return false
}

// taglineAlone says whether a line is a site's motto on a line of its own
// under the masthead ("Daily analysis for the metals trade"):
// a phrase of lower-case words after the first, naming nobody, where a
// business headline names a company, a person or a place. A motto that
// says what kind of publication the site is may have capitals and commas,
// as German nouns and lists of topics do ("Das Fachmagazin für Airlines,
// Flughäfen und Luftfracht").
func taglineAlone(line string) bool {
	if strings.ContainsAny(line, ";|") {
		return false
	}
	if selfDescription(line) {
		return true
	}
	if !motto(line) {
		return false
	}
	if strings.Contains(line, ",") && !issueFrequency(line) {
		return false
	}
	for _, w := range strings.Fields(line)[1:] {
		if !startsLower(w) && w != "&" {
			return false
		}
	}
	return true
}

// mottoAboveFurniture: a motto's shape, commas allowed ("Casinos, resorts
// and the capital behind them"), on the line under the masthead, a date
// line or the site's menu next: the headline comes after those in such
// layouts, so the line between masthead and them is the site's motto
// ("RAILHEAD LEDGER" / "Freight rail, ports and the money that moves
// them" / "News | Class I | Deals").
func mottoAboveFurniture(line string, lines []string, next int) bool {
	if !mottoUpTo(line, 12) {
		return false
	}
	after := plain(nextText(lines, next))
	if menuRow(after) {
		return true
	}
	// the date alone, or a section's name and the place before it:
	// "Empresas | Santiago, miércoles 24 de octubre de 2012", "Mercredi 26
	// février 2020 — Entreprises"
	parts := pipeParts(after)
	if parts == nil {
		parts = []string{after}
	}
	for _, part := range parts {
		if _, date, ok := strings.Cut(part, ", "); ok && len(part)-len(date) < 30 && isCapitalised(part) {
			part = date // "Santiago, miércoles 24 de octubre de 2012"
		}
		if isDateLine(part) {
			return true
		}
	}
	return false
}

// frequencyWords say how often a newsletter or a periodical comes out.
var frequencyWords = map[string]bool{"every": true, "daily": true, "weekly": true, "monthly": true, "weekday": true,
	"weekdays": true, "quotidien": true, "quotidienne": true, "hebdomadaire": true, "täglich": true, "wöchentlich": true,
	"quotidiana": true, "quotidiano": true, "settimanale": true, "diario": true, "diaria": true, "semanal": true}

// issueFrequency: a motto that says how often the publication comes out
// ("Grocery & retail deals, every weekday"), after a comma as such mottos
// do. A headline's clause after a comma reports, it names no schedule.
func issueFrequency(line string) bool {
	_, after, _ := strings.Cut(line, ",")
	for _, w := range strings.Fields(strings.ToLower(after)) {
		if frequencyWords[strings.Trim(w, ".,!")] {
			return true
		}
	}
	return false
}

// publicationWords say what kind of publication a site is, in the motto
// under its name. They are matched inside words, so that compounds count
// ("Fachmagazin", "Nachrichtenportal").
var publicationWords = []string{"magazin", "journal", "newsletter", "news", "portal", "zeitung", "rassegna", "giornale",
	"quotidian", "periódico", "periodico", "revista", "rivista", "revue", "nachrichten", "notizie", "noticias", "blog",
	"briefing", "digest", "bulletin", "bollettino", "boletín", "lettre"}

// selfDescription: a motto in which a site says what it is ("Das
// Fachmagazin für Airlines, Flughäfen und Luftfracht", "La rassegna stampa
// quotidiana su telecomunicazioni, media e infrastrutture digitali"). A
// headline tells what happened, not what a publication is about.
func selfDescription(line string) bool {
	if !motto(line) {
		return longSelfDescription(line)
	}
	return publicationWord(strings.ToLower(line))
}

// publicationWord: a text in small letters names a kind of publication.
func publicationWord(lower string) bool {
	for _, w := range publicationWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// mottoArticles open a motto that says what the publication is.
var mottoArticles = map[string]bool{"the": true, "your": true, "a": true, "an": true, "das": true, "der": true, "die": true,
	"ihr": true, "ein": true, "le": true, "la": true, "l'": true, "votre": true, "il": true, "lo": true, "el": true, "tu": true, "su": true}

// longSelfDescription: a motto of eleven to fourteen words that opens by
// saying what the publication is, an article and the kind of publication
// among its first three words ("The daily briefing on European startups
// and the money behind them"). A headline that long tells what happened.
func longSelfDescription(line string) bool {
	if !mottoUpTo(line, 14) {
		return false
	}
	words := strings.Fields(strings.ToLower(line))
	return mottoArticles[words[0]] && publicationWord(strings.Join(words[1:3], " "))
}

// headlineAhead: a headline-shaped line comes within the next few header
// lines, with only dates, bylines and labels before it. A motto under the
// masthead is followed by the headline; a headline by its text.
func headlineAhead(lines []string, from int) bool {
	seen := 0
	for k := from; k < len(lines) && seen < 4; k++ {
		l := plain(strings.TrimSpace(lines[k]))
		if l == "" || strings.IndexFunc(l, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			continue // a rule drawn with any marks ("━━━━")
		}
		if greeting(l) {
			// "Good morning. Today: ..." between a newsletter's masthead
			// and its first story is read past, as the header does
			if end := introEnd(lines, k); end > k {
				k = end - 1
				continue
			}
		}
		seen++
		switch {
		case isHeadline(l) && !isSentence(l) && !isMetaShaped(l) && wordCount(l) > 3:
			return true
		case isMetaShaped(l) || isLabel(l):
			continue
		}
		return false
	}
	return false
}

// kicker says whether a line is the kicker above a headline rather than
// the headline: a short line over a longer headline ("Teuerster Zukauf
// aller Zeiten"), or a line in capitals over a headline in small letters
// ("OLD FOES TEAM UP ON BATTERIES" over the story's headline).
func kicker(line, next string) bool {
	// names under a short headline are its byline ("Ana Ruiz and Jan van
	// der Berg"), however many words they have
	if !isHeadline(next) || isSentence(next) || isMetaShaped(next) || jointNames(next) || standfirstShaped(next) {
		return false
	}
	n, m := wordCount(line), wordCount(next)
	switch {
	case n <= 3:
		return m > n+1
	case allCapitals(line):
		// a kicker is short: a long line in capitals is the headline over
		// its standfirst
		return n <= 8 && m > n+1 && !allCapitals(next)
	case n <= 5:
		// a short headline over a longer standfirst without a full stop
		// would read alike; a kicker names no digit and is outdone by
		// three words or more, but by a headline's length: a line of more
		// than fifteen words under four or five is the standfirst
		// ("Carlos Slim greift nach KPN" over "America Movil will bis zu
		// 27,7 Prozent ... übernehmen – knapp unter der Schwelle ...")
		return m >= n+3 && m <= 15 && !strings.ContainsAny(line, "0123456789")
	}
	return false
}

// innerStop is a sentence's end inside a line, the next one begun.
var innerStop = regexp.MustCompile(`\p{Ll}[.!?]\s+\p{Lu}`)

// standfirstShaped: a line too long for the headline under a kicker: two
// sentences in more than twenty words ("Die Übernahme ... ist geplatzt,
// weil Berlin nicht rechtzeitig entschieden hat. Wie es nun weitergeht,
// ist offen"), the standfirst a short headline stands over. A headline
// of two sentences is short ("Acme buys Widget. Rivals cry foul").
func standfirstShaped(s string) bool {
	return moreWordsThan(s, 20) && innerStop.MatchString(s)
}

// allCapitals: a line with letters, none of them small.
func allCapitals(s string) bool {
	return strings.IndexFunc(s, unicode.IsLower) < 0 && strings.IndexFunc(s, unicode.IsUpper) >= 0
}

// bulletLine: an item of a list ("* Acme shares rise 9%", "- ...", "• ...").
func bulletLine(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("*-•·", r) && len(s) > size && s[size] == ' '
}

// readingTime: a field that says how long the text takes to read ("5 min
// read", "Tempo di lettura: 4 minuti", "Lesezeit: 3 Minuten"): a few
// words, one of them a number followed by a word for minutes.
func readingTime(s string) bool {
	if len(s) > 40 || strings.IndexAny(s, "0123456789") < 0 {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 6 {
		return false
	}
	for i := 0; i+1 < len(words); i++ {
		if !isDigit(words[i][0]) || !isDigit(words[i][len(words[i])-1]) || !minuteWord(words[i+1]) {
			continue
		}
		// a label before the figure, a word for reading after it, or the
		// figure alone: "Markets slump in 10 minutes" is a headline
		switch {
		case len(words) == 2, i > 0 && strings.HasSuffix(words[i-1], ":"), readingLabel(words[max(i-2, 0):i]):
			return true
		case i+2 < len(words):
			return lowerKey(readWord, strings.Trim(words[i+2], ".,"))
		}
	}
	return false
}

// readingLabel: one of the words right before the figure says it is the
// time to read, a label without its colon ("Tempo di lettura 4 minuti",
// "Lesezeit 3 Min.", "Reading time 5 min").
func readingLabel(words []string) bool {
	for _, w := range words {
		if lowerKey(readingLabelWords, w) {
			return true
		}
	}
	return false
}

// readingLabelWords name the reading in a reading time's label.
var readingLabelWords = map[string]bool{"lettura": true, "lectura": true, "lecture": true, "lesezeit": true, "lesedauer": true,
	"reading": true, "read": true}

// readWord: the word that follows the minutes a text takes to read.
var readWord = map[string]bool{"read": true, "reading": true, "lesen": true, "lesezeit": true, "lecture": true, "de": true, "di": true}

// minuteWord: "min", "min.", "mins", "minutes", "minuti", "Minuten",
// "minutos".
func minuteWord(w string) bool {
	w = strings.ToLower(strings.TrimRight(w, ".,"))
	switch w {
	case "min", "mins", "minute", "minutes", "minuti", "minuto", "minuten", "minutos", "minut", "minuter":
		return true
	}
	return false
}

// tickerRow: a row of market quotes ("DAX 15,923 ▲0.4% | EUR/USD 1.09 |
// Brent $84.10"): each item a name of a word or two and figures, with
// arrows, signs or percentages. Three quotes, or two with a move, make a
// ticker; a headline is words. A scraper may part the quotes with runs of
// spaces instead ("FTSE 100 6,878.49 -0.2%   GBP/USD 1.6812").
func tickerRow(line string) bool {
	if strings.IndexAny(line, "0123456789") < 0 {
		return false
	}
	var parts []string
	if strings.Contains(line, " | ") || strings.Contains(line, " · ") {
		parts = pipeParts(line)
	} else {
		parts = spacedParts(line)
	}
	if len(parts) < 2 {
		return false
	}
	moves, odd := 0, 0
	for _, p := range parts {
		q, move := quote(p)
		if !q {
			// a long row may have one quote written oddly ("Acme 194,00
			// Nok +24,2%"), its figures still there
			if odd++; odd > 1 || len(parts) < 4 || strings.IndexAny(p, "0123456789") < 0 || moreWordsThan(p, 6) {
				return false
			}
			continue
		}
		if move {
			moves++
		}
	}
	return len(parts) >= 3 || moves > 0
}

// quote reads one item of a ticker: one to four words of a name, then
// its figures ("SENSEX 65,433 ▲0.33%", "USD/INR 82.93", "Gold $1,920").
// Pages in French or Spanish space what English glues, so the figures may
// come in pieces: the thousands ("16 932,11"), an arrow or a percent sign
// alone ("▲ 0,3 %"), the currency after the figure with its country
// ("41,82 $ US") or before it as a code ("US$ 3,87/lb"); an index's name
// may end in a number ("CAC 40 7 123,45"). move says whether
// the item has an arrow, a sign or a percentage.
func quote(item string) (ok, move bool) {
	words := strings.Fields(item)
	if len(words) > 1 && onlySigns(words[0]) && strings.ContainsAny(words[0], moveSigns) {
		words, move = words[1:], true // "▲ TSX 20,437 +0.3%": the move told first
	}
	names := 0
	for names < len(words) && (!figure(words[names]) && (!strings.ContainsAny(words[names], tickerSigns) || hyphenedName(words[names])) || nameGoesOn(words, names)) {
		names++
	}
	if names == 0 && len(words) >= 2 && stockCode(words[0]) {
		names = 1 // "600115 3,92 ¥ ▲0,8%": a share named by its exchange's number
	}
	tail := words[names:]
	if names == 0 || names > 4 || len(tail) > 8 {
		return false, false
	}
	figures := 0
	for _, w := range tail {
		switch {
		case figure(w):
			figures++
		case !onlySigns(w) && !currencyCode(w) && !perUnit(w) && !bracketedUnit(w):
			return false, false
		}
		if strings.ContainsAny(w, moveSigns) {
			move = true
		}
	}
	return figures >= 1 && figures <= 4, move
}

// nameGoesOn: the figure at i is inside a quote's name, a capitalised word
// after it ("Stoxx Europe 600 Santé 441", "Iron ore 62% Fe $187/t").
func nameGoesOn(words []string, i int) bool {
	if i == 0 || i+1 >= len(words) || !figure(words[i]) {
		return false
	}
	next := words[i+1]
	return isCapitalised(next) && !figure(next) && !strings.ContainsAny(next, tickerSigns) && !currencyCode(next)
}

// stockCode: four to six digits and nothing else, as Asian exchanges
// number their shares ("600115", "0700", "7203").
func stockCode(w string) bool {
	return len(w) >= 4 && len(w) <= 6 && strings.Trim(w, "0123456789") == ""
}

// tickerSigns are the marks a quote's figures carry: arrows, plus and
// minus, the percent sign and currency signs; moveSigns are those of them
// that say how the price moved.
const (
	tickerSigns = "▲▼△▽↑↓▬+-−%$€£¥₹¢"
	moveSigns   = "▲▼△▽↑↓▬+-−%"
)

// perUnit: a currency sign over a unit, as a commodity's price is quoted
// spaced from its figure ("1 558 £/t", "84 $/bbl").
func perUnit(w string) bool {
	sign, unit, ok := strings.Cut(w, "/")
	return ok && sign != "" && unit != "" && len(unit) <= 4 && onlySigns(sign) && strings.IndexFunc(unit, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// hyphenedName: a word of letters joined by a hyphen ("All-Share"), a
// word of a quote's name though a hyphen is also a sign.
func hyphenedName(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && a != "" && b != "" && strings.IndexFunc(a+b, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// bracketedUnit: a unit in brackets after a price ("Altpapier 1.02 (t)
// 182 €"): what the price is of.
func bracketedUnit(w string) bool {
	inner, ok := strings.CutPrefix(w, "(")
	inner, closed := strings.CutSuffix(inner, ")")
	return ok && closed && unitWord(inner)
}

// onlySigns: a word of ticker marks alone, as "▲" or "%" stand spaced
// from their figure.
func onlySigns(w string) bool {
	for _, r := range w {
		if !strings.ContainsRune(tickerSigns, r) {
			return false
		}
	}
	return w != ""
}

// currencyCode: a currency written as a country's letters, with its sign
// or without: "US" after "41,82 $", "USD", "US$", "C$".
func currencyCode(w string) bool {
	letters := strings.TrimRight(w, "$€£¥₹¢")
	if letters == "" || len(letters) > 3 || len(w)-len(letters) > len("€") {
		return false
	}
	for i := 0; i < len(letters); i++ {
		if letters[i] < 'A' || letters[i] > 'Z' {
			return false
		}
	}
	return true
}

// figure: a word that is a number, with at most arrows, signs, a currency
// sign before it, a percentage after and the unit it is quoted in after a
// slash: "65,433", "▲0.33%", "-1.2%", "$84.10", "₹59,210", "3,87/lb".
func figure(w string) bool {
	if k := strings.LastIndexByte(w, '/'); k > 0 && k >= len(w)-4 && unitWord(w[k+1:]) {
		w = strings.TrimRight(w[:k], "c¢") // "3,87/lb", "1.366/oz", "12.4c/lb"
	}
	w = strings.TrimLeft(w, "▲▼△▽↑↓+-−$€£¥₹(")
	w = strings.TrimRight(w, "%)")
	if w == "" || !isDigit(w[0]) || !isDigit(w[len(w)-1]) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isDigit(c) && c != ',' && c != '.' {
			return false
		}
	}
	return true
}

// unitWord: the few small letters of a unit a price is quoted in ("lb",
// "oz", "bbl", "t").
func unitWord(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// mailingPhrases are what the frame of an e-mailed newsletter links to, in
// small letters: reading it on the web, passing it on, the reader's
// subscription ("View this email in your browser | Forward to a colleague").
var mailingPhrases = []string{"this email", "this e-mail", "in your browser", "in browser", "view online", "web version",
	"forward to a", "forward this", "safe sender", "unsubscribe", "preferences", "add us to", "dans votre navigateur",
	"version en ligne", "im browser", "webversion", "nel browser", "versione web", "en tu navegador", "en el navegador",
	"versión web", "désabonner", "désinscri", "abmelden", "darse de baja", "disiscriviti"}

// mailingRow: a line of a newsletter's frame, a row of such links or a
// link alone: every item of it but one names the e-mail, its web version
// or the subscription. A story's headline names none.
func mailingRow(line string) bool {
	if len(line) > 200 {
		return false
	}
	items := rowItems(line)
	if items == nil {
		if browserNote(line) {
			return true
		}
		items = []string{line}
	}
	hits := 0
	for _, it := range items {
		if moreWordsThan(it, 8) {
			return false
		}
		lower := strings.ToLower(it)
		for _, p := range mailingPhrases {
			if strings.Contains(lower, p) {
				hits++
				break
			}
		}
	}
	return hits >= 1 && hits >= len(items)-1 && (len(items) > 1 || hits == 1)
}

// teaserLeadIns open a link to another story that a page sets above or
// inside the article, in small letters: "Read more: ...", "Leggi anche:
// ...", "À lire aussi — ...". What follows is that story's headline, not
// this one's.
var teaserLeadIns = []string{"read more", "read also", "also read", "see also", "related", "more on this", "recommended",
	"leggi anche", "leggi pure", "vedi anche", "potrebbe interessarti", "à lire aussi", "a lire aussi", "lire aussi",
	"voir aussi", "sur le même sujet", "lee también", "lea también", "ver también", "te puede interesar", "relacionado",
	"lesen sie auch", "mehr zum thema", "auch interessant", "das könnte sie interessieren", "weiterlesen"}

// teaserLine: a line that opens with a teaser's lead-in, then a colon or
// a dash and the other story's headline. Quote marks and emphasis around
// the lead-in ("> **À lire aussi** — ...") are the page's styling.
func teaserLine(line string) bool {
	s := strings.TrimSpace(strings.TrimLeft(line, "> "))
	if len(s) > 250 || s == "" {
		return false
	}
	s = strings.ToLower(strings.TrimLeft(plain(s), "*_ "))
	for _, p := range teaserLeadIns {
		if !strings.HasPrefix(s, p) {
			continue
		}
		rest := strings.TrimLeft(s[len(p):], "*_ ")
		for _, sep := range []string{":", "—", "–", "-", "»", "›", ">"} {
			if strings.HasPrefix(rest, sep) && wordCount(rest) >= 3 {
				return true
			}
		}
	}
	return false
}

// markdownImage is an image alone on its line: "![Acme's plant](/img/a.jpg)".
var markdownImage = regexp.MustCompile(`^!\[[^\]]*\]\([^)]*\)$`)

// captionCredit is the credit that closes a photo's caption: ". Photograph:
// Jane Roe/Acme Images", ". © Jane Roe / Agency", ". Foto: Archivio".
var captionCredit = regexp.MustCompile(`[.)]\s+(?:(?i:photograph|photo|picture|image|foto|bild|crédit photo|crédit|credit)\s*:|©)\s*[^.]{2,60}$`)

// captionLine: a photo above the headline, as a markdown image or as its
// caption: a sentence about the picture closed by the photographer's
// credit. A headline names no photographer.
func captionLine(line string) bool {
	s := strings.TrimSpace(plain(line))
	if markdownImage.MatchString(s) {
		return true
	}
	return len(s) < 300 && (strings.Contains(s, ":") || strings.Contains(s, "©")) && captionCredit.MatchString(s)
}

// tickerMarks: a line set between runs of the same marks, as a live ticker
// writes its topic above the headline ("+++ Bieterkampf um Acme +++").
func tickerMarks(line string) bool {
	for _, m := range []string{"+++", "***", "===", "///", ">>>"} {
		if strings.HasPrefix(line, m) && strings.HasSuffix(line, m) && len(line) > 2*len(m) &&
			strings.IndexFunc(line, unicode.IsLetter) >= 0 {
			return true
		}
	}
	return false
}

// agoWords say that a time is counted back from now: "2h ago", "vor 35
// Minuten", "il y a 3 heures", "hace 2 horas", "2 ore fa".
var agoWords = map[string]bool{"ago": true, "vor": true, "il": true, "hace": true, "fa": true, "sedan": true, "geleden": true}

// relativeTime: a short line that dates the page relative to when it is
// read ("Updated 2h ago", "Zuletzt aktualisiert vor 35 Minuten", "Mis à
// jour il y a 3 heures"): header, but no date. It ends on the time counted
// back, or on the word that counts back; a headline goes on after it
// ("Deal collapsed 2 days ago in Berlin").
func relativeTime(line string) bool {
	if len(line) > 60 || strings.IndexAny(line, "0123456789") < 0 || hasYear(line) || strings.ContainsAny(line, "@|·") {
		return false // a row of fields ("Sam Reyes @sr · 2 hours ago") is read field by field
	}
	words := strings.Fields(strings.ToLower(strings.TrimRight(line, ".)")))
	if len(words) > 8 || len(words) < 2 {
		return false
	}
	ago := false
	for i, w := range words {
		w = strings.Trim(w, ".,()")
		if agoWords[w] && (w != "il" || i+2 < len(words) && words[i+1] == "y" && words[i+2] == "a") {
			ago = true
		}
	}
	if !ago {
		return false
	}
	// the figure and its unit close the line, or stand before "ago"/"fa"
	last := len(words) - 1
	if w := strings.Trim(words[last], ".,()"); w == "ago" || w == "fa" || w == "sedan" || w == "geleden" {
		last--
	}
	if last < 0 {
		return false
	}
	w := strings.Trim(words[last], ".,()")
	if timeUnit(strings.TrimLeft(w, "0123456789")) && isDigit(w[0]) {
		return true // "2h", "35min"
	}
	return last > 0 && timeUnit(w) && isDigit(words[last-1][0])
}

// timeUnit: a word for minutes, hours or days, written out or cut short.
func timeUnit(w string) bool {
	switch w {
	case "m", "min", "mins", "minute", "minutes", "minuten", "minuti", "minutos", "minuto", "minuter",
		"h", "hr", "hrs", "hour", "hours", "std", "stunde", "stunden", "heure", "heures", "hora", "horas", "ora", "ore",
		"d", "day", "days", "tag", "tagen", "jour", "jours", "día", "días", "giorno", "giorni":
		return true
	}
	return false
}

// browserWords name the web browser in the note that opens an e-mailed
// newsletter; messageWords name the e-mail it is about.
var (
	browserWords = []string{"browser", "navigateur", "navegador", "navigatore"}
	messageWords = []string{"mail", "message", "messaggio", "mensaje", "nachricht", "newsletter", "lettre"}
)

// browserNote: the sentence atop an e-mail that offers its web version
// ("Si ce message ne s'affiche pas correctement, consultez-le dans votre
// navigateur.", "Having trouble viewing this email? View it in your
// browser"): a line of twenty words at most that names the browser and
// the message. A headline about a browser maker names no message.
func browserNote(line string) bool {
	if moreWordsThan(line, 20) {
		return false
	}
	lower := strings.ToLower(line)
	return containsAny(lower, browserWords) && containsAny(lower, messageWords)
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// greetings open a newsletter's note to its readers, in small letters.
var greetings = []string{"good morning", "good afternoon", "good evening", "hello", "hi", "dear", "guten morgen", "guten tag",
	"hallo", "liebe", "bonjour", "bonsoir", "chers", "chères", "buongiorno", "buonasera", "cari", "care", "ciao", "buenos días",
	"buenas tardes", "hola", "queridos", "queridas"}

// greeting: a line that greets the reader, the greeting closed by a comma,
// a stop or an exclamation mark within its first words ("Good morning.",
// "Guten Morgen,", "Dear readers,", "Liebe Leserinnen und Leser,").
func greeting(line string) bool {
	lower := strings.ToLower(prefix(line, 60))
	opens := false
	for _, g := range greetings {
		if rest, ok := strings.CutPrefix(lower, g); ok && (rest == "" || !unicode.IsLetter([]rune(rest)[0])) {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	words := strings.Fields(lower)
	for i, w := range words {
		if i >= 5 {
			break
		}
		if strings.ContainsAny(w[len(w)-1:], ",.!") {
			return true
		}
	}
	return false
}

// ruleLine: a horizontal rule, as markdown writes it between a
// newsletter's parts.
func ruleLine(line string) bool {
	t := strings.ReplaceAll(line, " ", "")
	return len(t) >= 3 && (strings.Trim(t, "-") == "" || strings.Trim(t, "*") == "" || strings.Trim(t, "_") == "")
}

// introEnd finds where a newsletter's introduction that greets the reader
// at line i ends: at the heading of its first story, or after the rule
// above it, within a few lines. It gives that line's index, or -1 when no
// heading or rule comes: the greeting may then open the story itself.
func introEnd(lines []string, i int) int {
	seen := 0
	for k := i + 1; k < len(lines) && seen < 6; k++ {
		l := strings.TrimSpace(lines[k])
		switch {
		case l == "":
			continue
		case headingOf(l) != nil:
			return k
		case ruleLine(l):
			return k + 1
		case storyLabel(l):
			return k // "TOP STORY" above the first story's headline
		}
		seen++
	}
	return -1
}

// storyLabel: a short label in capitals without figures or a stop, as a
// newsletter heads its first story with ("TOP STORY", "À LA UNE").
func storyLabel(l string) bool {
	return allCapitals(l) && wordCount(l) <= 3 && len(l) <= 30 && !strings.ContainsAny(l, "0123456789.!?:")
}
