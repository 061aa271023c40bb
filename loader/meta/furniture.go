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

// contentsRow: a label and two or more teasers joined by bars ("IN THIS
// ISSUE: Acme buys Widget | Rates rise | Oil slides"): the contents of a
// newsletter issue above its first story, not that story's headline.
func contentsRow(line string) bool {
	if !strings.Contains(line, " | ") {
		return false
	}
	m := contentsLeadIn.FindStringSubmatch(line)
	// "Updated: June 2, 2021 | Source: Acme Daily" is a row of fields
	if m == nil || isLabelled(line) || wordCount(line[:len(line)-len(m[1])]) > 4 || !strings.Contains(m[1], " | ") {
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
	return accountRow(line) || linkRow(line) || hashtagRow(line) || contentsRow(line) || versionSwitch(line)
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
func motto(s string) bool {
	n := wordCount(s)
	if n < 3 || n > 10 || !isCapitalised(s) || strings.ContainsAny(s, "0123456789:!?") || isSentence(s) {
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
	if !motto(line) || strings.ContainsAny(line, ";|") {
		return false
	}
	if selfDescription(line) {
		return true
	}
	if strings.Contains(line, ",") {
		return false
	}
	for _, w := range strings.Fields(line)[1:] {
		if !startsLower(w) {
			return false
		}
	}
	return true
}

// publicationWords say what kind of publication a site is, in the motto
// under its name. They are matched inside words, so that compounds count
// ("Fachmagazin", "Nachrichtenportal").
var publicationWords = []string{"magazin", "journal", "newsletter", "news", "portal", "zeitung", "rassegna", "giornale",
	"quotidian", "periódico", "periodico", "revista", "rivista", "revue", "nachrichten", "notizie", "noticias", "blog"}

// selfDescription: a motto in which a site says what it is ("Das
// Fachmagazin für Airlines, Flughäfen und Luftfracht", "La rassegna stampa
// quotidiana su telecomunicazioni, media e infrastrutture digitali"). A
// headline tells what happened, not what a publication is about.
func selfDescription(line string) bool {
	if !motto(line) {
		return false
	}
	lower := strings.ToLower(line)
	for _, w := range publicationWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// headlineAhead: a headline-shaped line comes within the next few header
// lines, with only dates, bylines and labels before it. A motto under the
// masthead is followed by the headline; a headline by its text.
func headlineAhead(lines []string, from int) bool {
	seen := 0
	for k := from; k < len(lines) && seen < 4; k++ {
		l := plain(strings.TrimSpace(lines[k]))
		if l == "" {
			continue
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
	if !isHeadline(next) || isSentence(next) || isMetaShaped(next) || jointNames(next) {
		return false
	}
	n, m := wordCount(line), wordCount(next)
	switch {
	case n <= 3:
		return m > n+1
	case allCapitals(line):
		return m > n+1 && !allCapitals(next)
	case n <= 5:
		// a short headline over a longer standfirst without a full stop
		// would read alike; a kicker names no digit and is outdone by
		// three words or more
		return m >= n+3 && !strings.ContainsAny(line, "0123456789")
	}
	return false
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
