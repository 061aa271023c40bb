package meta

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	markdownHeading = regexp.MustCompile(`^#{1,2}\s+(.+?)\s*#*$`)
	// labelled is the pattern of a "Label: value" line; matchLabelled
	// reads it by hand and is held to it by the tests
	labelled = regexp.MustCompile(`(?i)^(` + labelNames() + `)\s*:\s*(.*)$`)
	// "Publié le 16/01/2021", "Pubblicato il 20 marzo 2019": a date label
	// without its colon
	datedLabel = regexp.MustCompile(`(?i)^(published on|published|updated on|updated|publié le|publié|mis à jour le|publicado el|publicado|actualizado el|pubblicato il|pubblicato|aggiornato il|veröffentlicht am|aktualisiert am|` +
		`first published on|first published|last modified on|last modified|erstellt am|mis en ligne le|mise en ligne le|creado el|creato il)\s+(.*\d.*)$`)
	markdownLink  = regexp.MustCompile(`^\[([^\]]*)\]\((\S+?)\)`)
	scrapeDate    = regexp.MustCompile(`^date\s+(\d{4}-\d{2}(?:-\d{2})?(?:[T ][0-9:]+Z?)?)\b\s*(.*)$`)
	parenthesised = regexp.MustCompile(`^\([^)]*\)\s*(.*)$`)
	photoCredit   = regexp.MustCompile(`(?i)^(?:image source|image|photo|photograph|picture|foto|bild|credit|crédit)\s*:\s*\S+\s*(.*)$`)
	copyrightYear = regexp.MustCompile(`(?:©|\(c\)|(?i:copyright))\s*(?:\d{4}\s*[-–]\s*)?\d{4}`)
	urlLine       = regexp.MustCompile(`^(?:<)?https?://\S+?(?:>)?$`)
	dateShaped    = regexp.MustCompile(`\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2}`)
)

// nameWord is one capitalised word of a person's name.
const nameWord = `\p{Lu}[\p{L}'’.-]*`

// nameParticle is the small word inside a surname: "Sanne ter Meulen",
// "Anne de Vries", "Ulla von Berg", "Jan de la Fuente". Particles that
// also mean "from" in a byline's place ("da Milano") are left out.
const nameParticle = `(?:van|von|der|den|ter|ten|te|de|du|des|del|della|dos|la)`

// byline: "By Jane Roe", "Par Claire Roux et Paul Vidal", "Von Ana Ruiz /
// Luis Gil", "Curated by Jane Roe" (a newsletter's editor), a blog post's
// "Written by Jane Roe", "Scritto da Anna Rossi", "Rédigé par Anne Roux", "Ein Beitrag
// von Katrin Vollmer", "a cura di Paolo Ferrante" (edited by), and the
// interviewer's credit under an interview ("Interview by Jane Roe", "Propos recueillis par Anne Roux", "Das Gespräch führte
// Ulla Berg"). A joining word only stands before a name, so that "et" is
// not read as "e" followed by the rest of the line.
var byline = regexp.MustCompile(`^(?:(?:(?:Article|Story|Text|Words|Reporting|Report|Interview|Intervista|Curated|Compiled|Ein Beitrag|Un article|Un articolo|Un artículo|` +
	`Live coverage|Live blog|Liveblog|Live updates|Coverage|Written|Posted|Escrito|Escrita|Rédigé|Rédigée|Écrit|Geschrieben|` +
	`(?i:a cura)|Propos recueillis)\s+)?(?i:by|di|por|von|par|door|av|af)|(?:Das Gespräch|Das Interview) führten?|Scritto da|Scritta da)\s+(` + nameWord + `(?:(?:\s+|\s*,\s*|\s+/\s+)(?:(?:and|und|et|en|och|og|e|y|i)\s+)?` +
	`(?:` + nameParticle + `\s+)*` + nameWord + `)*)(.*)$`)

// bylineWords are the words a byline opens with, in small letters: its
// lead-in ("Article by", "Un article de", "Das Gespräch führte") or its
// "by". A line that opens otherwise is not run through byline.
var bylineWords = map[string]bool{"by": true, "di": true, "por": true, "von": true, "par": true, "door": true, "av": true, "af": true,
	"article": true, "story": true, "text": true, "words": true, "reporting": true, "report": true, "interview": true, "intervista": true,
	"ein": true, "un": true, "a": true, "propos": true, "das": true, "curated": true, "compiled": true,
	"live": true, "liveblog": true, "coverage": true, "written": true, "posted": true, "escrito": true, "escrita": true, "rédigé": true,
	"rédigée": true, "écrit": true, "geschrieben": true, "scritto": true, "scritta": true}

// bylineOf matches a byline: the names, then what follows them.
func bylineOf(s string) []string {
	if !lowerKey(bylineWords, firstWord(s)) {
		return nil
	}
	return byline.FindStringSubmatch(s)
}

func isByline(s string) bool { return bylineOf(s) != nil }

// datedLabelWords are the first words of datedLabel's labels.
var datedLabelWords = map[string]bool{"published": true, "updated": true, "publié": true, "mis": true, "publicado": true,
	"actualizado": true, "pubblicato": true, "aggiornato": true, "veröffentlicht": true, "aktualisiert": true,
	"first": true, "last": true, "erstellt": true, "mise": true, "creado": true, "creato": true}

// datedLabelOf matches a date label without its colon ("Publié le
// 16/01/2021") on a line that opens with one of its words.
func datedLabelOf(s string) []string {
	if !lowerKey(datedLabelWords, firstWord(s)) {
		return nil
	}
	return datedLabel.FindStringSubmatch(s)
}

// prefix is the first n bytes of s at most: enough for a pattern that
// reads only the opening words, where the whole of a long line would cost
// the matcher as much again.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// labelField matches a "Label: value" line. The colon comes within the
// first few bytes of a label line, after one of the labels' first words,
// so a line without them is not run through the long alternation of
// labelled.
func labelField(s string) []string {
	if k := strings.IndexByte(s, ':'); k < 0 || k > 40 {
		return nil
	}
	first, _, _ := strings.Cut(firstWord(s), ":")
	if !lowerKey(labelFirstWords, first) {
		return nil
	}
	return matchLabelled(s)
}

// labelFirstWords are the first words of the labels of labelKinds.
var labelFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for name := range labelKinds {
		first, _, _ := strings.Cut(name, " ")
		first, _, _ = strings.Cut(first, ":") // "dc:creator"
		m[first] = true
	}
	return m
}()

func isLabelled(s string) bool { return labelField(s) != nil }

// headingOf matches a markdown heading of level one or two; a line that
// does not open on "#" is none. It reads markdownHeading by hand, as the
// pattern cost a headline several times what the rest of its reading
// did, and is held to it by the tests.
func headingOf(line string) []string {
	if text, _, ok := headingParts(line); ok {
		return []string{line, text}
	}
	return nil
}

// headingParts is headingOf's match without a slice made for it: the
// heading's text and its level (1 or 2).
func headingParts(line string) (text string, level int, ok bool) {
	if line == "" || line[0] != '#' {
		return "", 0, false
	}
	// #{1,2} takes a second "#" when there is one; taking one only would
	// leave the other where \s+ must match
	h := 1
	if len(line) > 1 && line[1] == '#' {
		h = 2
	}
	w := 0
	for h+w < len(line) && isPatternSpace(line[h+w]) {
		w++
	}
	// \s+ takes all the spaces, then gives them back one at a time until
	// (.+?) finds an end
	for ; w >= 1; w-- {
		if end, ok := headingEnd(line, h+w); ok {
			return line[h+w : end], h, true
		}
	}
	return "", 0, false
}

// headingEnd is where (.+?), from byte from of line, ends: after the
// fewest characters, one at least and no line break, that leave only
// \s*#* to the end. ok is false when there is no such end.
func headingEnd(line string, from int) (end int, ok bool) {
	for end = from; end < len(line); {
		r, size := utf8.DecodeRuneInString(line[end:])
		if r == '\n' {
			return 0, false // "." is any character but a line break
		}
		end += size
		if closesHeading(line[end:]) {
			return end, true
		}
	}
	return 0, false
}

// closesHeading reports whether rest is \s*#*: spaces, then "#"s.
func closesHeading(rest string) bool {
	i := 0
	for i < len(rest) && isPatternSpace(rest[i]) {
		i++
	}
	for i < len(rest) && rest[i] == '#' {
		i++
	}
	return i == len(rest)
}

// isPatternSpace is \s of Go's patterns: [\t\n\f\r ].
func isPatternSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// labelNames are the header labels of labelKinds as one alternation,
// longest first so "published on" wins over "published".
func labelNames() string {
	names := make([]string, 0, len(labelKinds))
	for _, n := range labelsInOrder() {
		names = append(names, regexp.QuoteMeta(n))
	}
	return strings.Join(names, "|")
}

// labelsInOrder are the labels of labelKinds in the order labelNames
// lists them (sorted as quoted, which no label needs).
func labelsInOrder() []string {
	names := make([]string, 0, len(labelKinds))
	for n := range labelKinds {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := regexp.QuoteMeta(names[i]), regexp.QuoteMeta(names[j])
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a < b
	})
	return names
}

var labelOrder = labelsInOrder()

// matchLabelled is labelled.FindStringSubmatch(s), read by hand: the
// alternation of labels costs more than everything else read of a
// header line. Like the pattern it tries the labels in order, each
// matched ignoring case rune by rune as (?i) does, then optional space, a
// colon, optional space and the rest of the line, which holds no newline.
func matchLabelled(s string) []string {
	for _, name := range labelOrder {
		n, ok := foldedPrefix(s, name)
		if !ok {
			continue
		}
		colon := skipRESpace(s, n)
		if colon == len(s) || s[colon] != ':' {
			continue
		}
		value := s[skipRESpace(s, colon+1):]
		if strings.IndexByte(value, '\n') >= 0 {
			continue // "." stops at a newline, and "$" then fails
		}
		return []string{s, s[:n], value}
	}
	return nil
}

// foldedPrefix reports whether s opens with name, ignoring case as a
// (?i) pattern does (a rune matches the runes of its simple-fold orbit),
// and how many bytes of s that takes.
func foldedPrefix(s, name string) (int, bool) {
	i := 0
	for _, want := range name {
		if i == len(s) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !sameFold(r, want) {
			return 0, false
		}
		i += size
	}
	return i, true
}

func sameFold(r, want rune) bool {
	if r == want {
		return true
	}
	for f := unicode.SimpleFold(want); f != want; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}

// skipRESpace skips what \s matches in a pattern: \t \n \f \r and space.
func skipRESpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

var (
	// a name, then a journalist's role after a comma or a bar
	nameWithRole = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*(?:,|\|)\s*(.{3,60})$`)
	// a name, then a social handle: "Sam Reyes @samreyes", "Felix Brandauer (@fb)"
	nameWithHandle = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*\(?@\w+\)?(?:\s*[·|,-].*)?$`)
	journalistRole = regexp.MustCompile(`(?i)reporter|correspondent|editor|writer|journalist|columnist|redactor|redactora|redattor|redattrice|inviat[oa]|corrispondente|giornalista|periodista|corresponsal|correspondant|journaliste|rédact|korrespondent|redakteur|journalistin|autor`)
)

// signedName reads a line that is a journalist's signature: a name and a
// role, or a name and a social handle.
func signedName(line string) (string, bool) {
	if strings.Contains(line, "@") {
		if m := nameWithHandle.FindStringSubmatch(line); m != nil {
			return m[1], true
		}
	}
	if len(line) > 200 || !strings.ContainsAny(line, ",|") {
		return "", false // a name and a role are short, with a comma or a bar between
	}
	if m := nameWithRole.FindStringSubmatch(line); m != nil && journalistRole.MatchString(m[2]) {
		return m[1], true
	}
	return "", false
}

// photoCreditOf matches a photo credit ("Photo: Jane Roe/Acme"); its
// label and colon open the line.
func photoCreditOf(s string) []string {
	if k := strings.IndexByte(s, ':'); k < 0 || k > 24 {
		return nil
	}
	return photoCredit.FindStringSubmatch(s)
}

// isURL: the line is a web address alone.
func isURL(s string) bool {
	return (strings.HasPrefix(s, "http") || strings.HasPrefix(s, "<http")) && urlLine.MatchString(s)
}

// yearAt is where the first number of exactly four digits stands in s,
// as the pattern \b\d{4}\b finds it, or -1: a year. The loop costs a
// fraction of the pattern on long lines.
func yearAt(s string) int {
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i == 4 && (i == 0 || !wordByte(s[i-1])) && (j == len(s) || !wordByte(s[j])) {
			return i
		}
		i = j
	}
	return -1
}

func hasYear(s string) bool { return yearAt(s) >= 0 }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// wordByte is a byte of \w, as \b reads it.
func wordByte(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

// plain drops markdown emphasis from a header line: "*23 March 2023* —
// by **Emma Clarke**" reads as its words. A line whose stars do not pair
// (a bullet, a footnote mark) is left as it is.
func plain(s string) string {
	if len(s) > 2 && s[0] == '_' && s[len(s)-1] == '_' && !strings.Contains(s[1:len(s)-1], "_") {
		s = s[1 : len(s)-1] // "_Von Hildegunde Kesselbrink_": emphasis by underscores, around the line
	}
	if !strings.Contains(s, "*") || strings.HasPrefix(s, "* ") {
		return s
	}
	t := strings.ReplaceAll(s, "**", "")
	if strings.Count(t, "*")%2 != 0 {
		return s
	}
	return strings.ReplaceAll(t, "*", "")
}

func unbold(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimSuffix(s, "**"), "**")
	s = strings.TrimPrefix(strings.TrimSuffix(s, "*"), "*")
	return strings.TrimSpace(s)
}

func urlOf(s string) string { return strings.Trim(s, "<> ") }

func wordCount(s string) int { return countWords(s, -1) }

// isSentence says whether a line reads as prose: it ends like a sentence,
// or is long.
func isSentence(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, `"'”’»)`))
	if strings.ContainsRune(".!?:;", r) {
		return moreWordsThan(s, 3)
	}
	return moreWordsThan(s, 30)
}

// moreWordsThan is wordCount(s) > n, counting no further than it needs.
func moreWordsThan(s string, n int) bool { return countWords(s, n+1) > n }

// countWords counts the words of s, stopping at limit (none when < 0).
func countWords(s string, limit int) int {
	n, inWord := 0, false
	for i := 0; i < len(s); {
		// ASCII, most of any line, told from a table, not decoded
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiWhite[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if space {
			inWord = false
		} else if !inWord {
			inWord = true
			if n++; n == limit {
				return n
			}
		}
	}
	return n
}

// asciiWhite is isSpace of each ASCII character.
var asciiWhite = func() (white [utf8.RuneSelf]bool) {
	for c := range white {
		white[c] = isSpace(rune(c))
	}
	return white
}()

// isSpace is unicode.IsSpace, ASCII told inline: countWords asks it of
// every character of the lines it counts.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// isHeadline says whether a line has the shape of a headline: a few words
// starting with a capital or a digit, without the period that ends prose.
func isHeadline(s string) bool {
	n := wordCount(s)
	if n < 3 || n > 30 || len(s) > 250 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune(`'"“‘«$€£¥`, first) && !innerCapital(s) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".,;:", last) {
		return false
	}
	// an all-capitals headline is long; a menu in capitals is short
	return strings.IndexFunc(s, unicode.IsLower) >= 0 || n >= 5 && !strings.Contains(s, "|")
}

// breadcrumb: a line of short items joined by ">" or "›" ("Accueil >
// Économie > Télécoms", "Startseite › Unternehmen › Pharma"), or any line
// a "you are here" opens, whatever joins its items ("Vous êtes ici :
// Accueil / Énergie"): the lead-in alone says what the line is.
func breadcrumb(s string) bool {
	if lowerKey(hereWords, firstWord(s)) && hereLeadIn.MatchString(prefix(s, 48)) || homeTrail(s) {
		return true
	}
	if lead, trail, ok := strings.Cut(s, ": "); ok && wordCount(lead) <= 5 && homeTrail(strings.TrimSpace(trail)) {
		// "Sie befinden sich hier: Home > KEP > Unternehmen", "Usted se
		// encuentra en: Inicio > Empresas": a few words of lead-in, then a
		// trail from the home page, which says what the line is
		return true
	}
	for _, sep := range []string{" > ", " › ", " » "} {
		if strings.Contains(s, sep) && itemsShort(strings.Split(s, sep), 3) {
			return true
		}
	}
	return false
}

// itemsShort: every item has one to max words.
func itemsShort(parts []string, max int) bool {
	for _, p := range parts {
		if n := wordCount(p); n == 0 || n > max {
			return false
		}
	}
	return true
}

// homeTrail: a breadcrumb that opens on the site's home page ("Home /
// Live / Nordic stocks", "Home › Rassegna › Sabato 27 luglio 2019"). The
// home item says what the line is, so the items may be joined by slashes
// (which also join the names on a byline) and may be longer, as a date is.
func homeTrail(s string) bool {
	first, _, ok := strings.Cut(s, " ")
	if !ok || !lowerKey(homeWords, first) {
		return false
	}
	for _, sep := range []string{" / ", " > ", " › ", " » "} {
		if parts := strings.Split(s, sep); len(parts) >= 2 && lowerKey(homeWords, parts[0]) {
			return itemsShort(parts, 5)
		}
	}
	return false
}

// homeWords name a site's home page, the first item of its breadcrumbs.
var homeWords = map[string]bool{"home": true, "homepage": true, "start": true, "startseite": true, "inicio": true,
	"portada": true, "accueil": true, "voorpagina": true}

// hereWords are the first words of hereLeadIn's phrases.
var hereWords = map[string]bool{"you": true, "sie": true, "vous": true, "usted": true, "u": true, "sei": true, "ti": true,
	"está": true, "estás": true}

// firstWord is what s has before its first space: the word a pattern
// anchored at the start would have to match first.
func firstWord(s string) string {
	if k := strings.IndexFunc(s, unicode.IsSpace); k >= 0 {
		return s[:k]
	}
	return s
}

// hereLeadIn opens a breadcrumb. The phrases that cannot start an
// article's sentence need no colon; the short ones do ("Sei in:").
var hereLeadIn = regexp.MustCompile(`(?i)^(?:(?:you are here|sie sind hier|vous êtes ici|usted está aquí|u bent hier)(?:\s*:|\s)|` +
	`(?:you are in|sei in|ti trovi in|está usted en|estás en|vous êtes dans)\s*:)`)

// masthead reads a short line naming the site above the headline that
// follows it: "Fernhill Finance Journal", "EL BALANCE SEMANAL", "Cotizando
// Hoy · Telecomunicaciones", "La Vigie Financière [Se connecter]". It
// gives the site's name and what follows the name when that is a date
// ("Gazzetta del Lago — 23.10.2019"), the rest of the header.
func masthead(line, next string) (name, rest string, ok bool) {
	name, tail := line, ""
	if i := strings.IndexAny(name, "[|·—–"); i > 0 {
		name, tail = strings.TrimSpace(name[:i]), strings.TrimSpace(strings.TrimLeft(name[i:], "[|·—– "))
	}
	n := wordCount(name)
	if siteAddress.MatchString(name) && selfDescription(tail) {
		// "FRACHTRAUM.de – Das Portal für Logistik und Verkehr": the site's
		// web address as its logo reads, then its motto saying what the
		// site is, is no headline. Whether the outlet is named with the
		// domain or without it the line does not say; the outlet is left
		// to the lines that credit it. A headline may open with a
		// company's address ("Acme.com – founder steps down"), but says
		// what happened, not what a site is.
		return "", "", true
	}
	if siteThenSection(name, tail, line, next) {
		// "Rheintaler Wirtschaftsbote — Unternehmen": the site, then the
		// section the story is filed under
		return name, "", true
	}
	// what follows is the headline, longer than the name, the site's menu
	// or a section label, the breadcrumb to the story, or already the date
	// and byline of a text with no headline
	if n == 0 || n > 5 || next == "" || strings.ContainsAny(name, ".,:;!?0123456789") ||
		!(isHeadline(next) && wordCount(next) > n+1 || isMetaShaped(next) || pipeParts(next) != nil || menuRow(next) ||
			sectionUnderSite(name, next) || editionLine(next) || breadcrumb(next) ||
			allCapitals(name) && mottoUpTo(next, 12)) { // "PIPELINE & PATENT REVIEW" over its motto, "The business of drug discovery"
		return "", "", false
	}
	if !siteNamed(name, tail, next) {
		return "", "", false
	}
	if isDateLine(tail) || fieldsWithDate(tail) {
		rest = tail
	}
	return name, rest, true
}

// fieldsWithDate: a row of fields after a masthead, one of them a date
// ("Technology | Sunday, October 7, 2007 19:42 GMT"): the section and the
// date, to be read as the rest of the header.
func fieldsWithDate(tail string) bool {
	for _, p := range pipeParts(tail) {
		if isDateLine(p) {
			return true
		}
	}
	return false
}

// editionWords open the line that dates a publication's issue.
var editionWords = map[string]bool{"edition": true, "édition": true, "issue": true, "ausgabe": true, "edición": true,
	"edicion": true, "edizione": true, "numéro": true, "numero": true, "número": true,
	"lettre": true, "letter": true, "newsletter": true, "bulletin": true} // "lettre du mercredi 11 septembre 2019"

// editionLine: the line that dates an issue under a publication's name
// ("Édition du samedi 10 décembre 2022", "Issue of 3 May 2021", "Ausgabe
// vom 2. März 2020"): an edition word, then a date with its year.
func editionLine(s string) bool {
	return len(s) < 80 && lowerKey(editionWords, firstWord(s)) && hasYear(s) && !isSentence(s)
}

// sectionUnderSite: a newspaper's name in capitals ("IL CORRIERE DELLE
// VALLI") above a short section label ("Assicurazioni & Credito"): the label
// is the section, the line above the site. The name must read as a
// newspaper's (an article first, or a word papers are named with), so
// that a section in capitals above a subsection names no site.
func sectionUnderSite(name, next string) bool {
	first, _, _ := strings.Cut(titleCase(name), " ")
	if wordCount(name) < 2 || !isLabel(next) || isMetaShaped(next) {
		return false
	}
	if strings.ToUpper(name) == name {
		return siteArticles[first] || outletWord(name)
	}
	// "Le Courrier du Négoce" above "Industrie": written as a name, the
	// site needs both an article and a word papers are named with, and
	// the section is a word or two
	return siteArticles[first] && outletWord(name) && wordCount(next) <= 2 && outletLike(name)
}

// siteNamed says whether the words a masthead line starts with name a
// site rather than a section.
func siteNamed(name, tail, next string) bool {
	first, _, _ := strings.Cut(name, " ")
	switch n := wordCount(name); {
	case isOutlet(name):
		return true
	case n >= 2 && selfDescription(name) && menuRow(next):
		// "Le blog de l'Économie Verte" above the site's menu: a name that
		// says what the site is, with a word in small letters
		return true
	case n >= 2 && (strings.ToUpper(name) == name || siteArticles[first] || outletWord(name)):
		return outletLike(titleCase(name))
	case n >= 2 && menuRow(next):
		// "Assicurazioni & Mercati" right above the site's menu: a section
		// label comes below the menu, not above it
		return outletLike(titleCase(name))
	case n >= 2 && editionLine(next):
		// "Acme Weekly" above "Edition of Saturday 10 December 2022": the
		// issue a publication's name heads
		return outletLike(titleCase(name))
	case n >= 2 && tail == "" && selfDescription(next):
		// "Kestrel Fintech" above "Il blog su pagamenti e banche digitali":
		// the line below says what kind of publication the name is
		return outletLike(titleCase(name))
	case n == 1 && outletWord(name) && tail == "" && (isMetaShaped(next) || pipeParts(next) != nil || mottoUpTo(next, 12)):
		// "Flachglas-Depesche" above its date line, "PHARMA-BÖRSENBRIEF"
		// above its motto: one word papers are named with
		return true
	case n == 1 && selfDescription(tail):
		// "Iberfinanzas | Agencia de noticias económicas": one word, then
		// what kind of publication it is
		return len(name) >= 4 && isCapitalised(name)
	case n >= 2 && smallMotto(tail):
		// "Wafer & Yield — semiconductor supply chain news": a name, then
		// in small letters the kind of site it is
		return outletLike(titleCase(name))
	case n >= 2 && motto(tail):
		// "Ruta y Comercio | El periódico de la logística y la carga": a
		// name, then what the site is about in a phrase
		return outletLike(titleCase(name))
	case n == 1 && strings.ToUpper(name) == name && outletWord(strings.ReplaceAll(name, "-", " ")):
		// "HAFEN-KURIER", "WIRTSCHAFTSBOTE": one word in capitals, named
		// as newspapers are
		return len(name) >= 4
	case n == 1 && (tagline(tail) || motto(tail) || tail == "" && selfDescription(next)):
		// "RISKWIRE | Insurance News": one word written as a logo (in
		// capitals, or with a capital inside) and the site's motto, after
		// a bar or on the line below when it says what the site is
		return len(name) >= 4 && (strings.ToUpper(name) == name || innerCapital(name))
	}
	return false
}

// smallMotto: a site's motto written in small letters from its first
// word, two to eight words without figures that name a kind of
// publication ("semiconductor supply chain news", "retail news for the
// trade"). A headline's clause after a dash names no publication.
func smallMotto(s string) bool {
	n := wordCount(s)
	return n >= 2 && n <= 8 && startsLower(s) && !strings.ContainsAny(s, "0123456789:;!?.,") && publicationWord(strings.ToLower(s))
}

// tagline: the motto after a site's name, two to six capitalised words
// ("Insurance & Reinsurance News", "Technologie & Märkte").
func tagline(s string) bool {
	return wordCount(s) >= 2 && outletLike(s)
}

// outletWord: a name has a word newspapers and sites are named with.
func outletWord(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if outletWords[w] || outletCompound(w) {
			return true
		}
	}
	return false
}

// outletSuffixes end the German compounds papers are named with:
// "Wirtschaftsbote", "Handelsblatt", "Börsenzeitung", "Abendkurier",
// "Morgenpost", "Flachglas-Depesche", "Pharma-Börsenbrief".
var outletSuffixes = []string{"zeitung", "blatt", "bote", "kurier", "nachrichten", "anzeiger", "rundschau", "presse", "journal", "magazin", "post", "depesche", "brief"}

// outletCompound: a long word that ends on a word papers are named with.
func outletCompound(w string) bool {
	if len(w) < 9 {
		return false
	}
	for _, suf := range outletSuffixes {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			return true
		}
	}
	return false
}

var outletWords = map[string]bool{"journal": true, "times": true, "post": true, "daily": true, "herald": true,
	"gazette": true, "tribune": true, "observer": true, "chronicle": true, "magazine": true, "weekly": true, "review": true,
	"dispatch": true, "ledger": true, "wire": true, "insider": true, "courier": true, "monitor": true, "express": true,
	"telegraph": true, "today": true, "hoy": true, "diario": true, "noticias": true, "gazzetta": true, "corriere": true,
	"giornale": true, "quotidiano": true, "zeitung": true, "blatt": true, "nachrichten": true, "kurier": true, "presse": true,
	"quotidien": true, "affaires": true, "economica": true, "economico": true, "económico": true, "económica": true,
	"finanza": true, "finance": true, "finanzas": true, "finanzen": true, "borsa": true, "bolsa": true, "börse": true,
	"courrier": true, "écho": true, "echo": true, "lettre": true, "letter": true, "newsletter": true, "briefing": true,
	"newswire": true, "voz": true, "voce": true, "correo": true, "crónica": true, "cronaca": true, "heraldo": true,
	"boletín": true, "bollettino": true, "bote": true, "anzeiger": true, "rundschau": true, "nouvelles": true, "notizie": true}

// titleCase turns a name in capitals into capitalised words.
func titleCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// innerCapital: the first word is a name written with a small first
// letter ("eBay sells ...", "iPhone maker ...").
func innerCapital(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	return len(w) > 2 && strings.IndexFunc(w[1:], unicode.IsUpper) >= 0
}

// isConsentBanner: a cookie notice a saved page keeps above the article
// ("We use cookies ... [Accept all]", "Questo sito utilizza cookie ...").
func isConsentBanner(s string) bool {
	return (strings.Contains(s, "ookie") || strings.Contains(s, "OOKIE")) && wordCount(s) >= 6
}

// isLabel says whether a line is a short section label or menu word.
func isLabel(s string) bool {
	if wordCount(s) > 4 || len(s) > 60 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".!?", last)
}

// isDateLine says whether a short line is just a date (with a time, a
// zone, a section name at most).
func isDateLine(s string) bool {
	if len(s) > 60 || strings.IndexAny(s, "0123456789") < 0 || moreWordsThan(s, 8) || !dateShaped.MatchString(s) {
		return false
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters <= 24
}

// isMetaShaped says whether a line may still belong to the header once
// the headline is known: labelled fields, bylines, dates, credits.
func isMetaShaped(s string) bool {
	if s == "" {
		return true
	}
	return isLabelled(s) || isByline(s) || isDateLine(s) ||
		photoCreditOf(s) != nil || isURL(s) || strings.HasPrefix(s, "©")
}

// isName says whether the words after "By" are names, not the text.
func isName(s string) bool {
	s = strings.TrimSpace(s)
	n := wordCount(s)
	return n >= 1 && n <= 8
}

func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isPersonName says whether a few words look like a person's name: two to
// four capitalised words, no digits, the first a known given name.
func isPersonName(s string) bool {
	var buf [5]string // asked of many lines: no array made of a long one's words
	words := fieldsUpTo(buf[:0], s, len(buf))
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for i, w := range words {
		if i > 0 && i < len(words)-1 && particle.MatchString(w) {
			continue // "Sanne ter Meulen"
		}
		if !isCapitalised(w) || strings.ContainsAny(w, "0123456789@/") {
			return false
		}
	}
	return isGivenName(words[0])
}

// fieldsUpTo appends to dst the words of s, as strings.Fields splits it,
// up to n of them: n words appended tell that s has n or more.
func fieldsUpTo(dst []string, s string, n int) []string {
	for w := range strings.FieldsSeq(s) {
		if len(dst) == n {
			break
		}
		dst = append(dst, w)
	}
	return dst
}

var particle = regexp.MustCompile(`^` + nameParticle + `$`)

// nameJoin stands between two people's names on a byline: "/", "&",
// "and", "und", "et", "y", "e".
var nameJoin = regexp.MustCompile(`\s+(?:/|&|and|und|et|y|e)\s+`)

// jointNames: a line that is only two or more people's names joined as
// on a byline ("Ana Ruiz / Luis Gil"). One name alone may be a company's
// or a place's; several joined are the authors.
func jointNames(s string) bool {
	if len(s) > 160 || strings.ContainsAny(s, "0123456789") || !joinedWords(s) {
		return false // prose, or a date among fields: no need to split it
	}
	names := nameJoin.Split(s, -1)
	if len(names) < 2 {
		return false
	}
	for _, n := range names {
		if !isPersonName(n) {
			return false
		}
	}
	return true
}

// joinWords are the words nameJoin splits names at.
var joinWords = map[string]bool{"/": true, "&": true, "and": true, "und": true, "et": true, "y": true, "e": true}

// joinedWords: the words of s are capitalised, but for the words that join
// names and the particles inside them, and one of them joins. Prose has a
// word in small letters early on, and is let go there.
func joinedWords(s string) bool {
	joined := false
	for _, w := range strings.Fields(s) {
		switch {
		case joinWords[w]:
			joined = true
		case particle.MatchString(w) || isCapitalised(w):
		default:
			return false
		}
	}
	return joined
}

// pipeParts splits a header line of fields or menu items written with
// " | " between them; nil when it has none.
func pipeParts(line string) []string {
	sep := " | "
	switch {
	case strings.Contains(line, " | "):
	case strings.Contains(line, " — "): // "*23 March 2023* — by **Emma Clarke**, Tokyo"
		sep = " — "
	case strings.Contains(line, " · "):
		sep = " · "
	default:
		return nil
	}
	var parts []string
	for _, p := range strings.Split(line, sep) {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) < 2 {
		return nil
	}
	return parts
}

// spacedParts splits a line a scraper wrote with runs of spaces where the
// page had separate links ("Accueil   Marchés   Énergie"); nil when the
// line has no such run. A run is two or more spaces or tabs; the loop
// does what a regular expression would, at a fraction of its cost on
// every header line.
func spacedParts(line string) []string {
	line = strings.TrimSpace(line)
	var parts []string
	from := 0
	for i := 0; i+1 < len(line); i++ {
		if !asciiSpace(line[i]) || !asciiSpace(line[i+1]) {
			continue
		}
		parts = append(parts, line[from:i])
		for i < len(line) && asciiSpace(line[i]) {
			i++
		}
		from = i
	}
	if parts == nil {
		return nil
	}
	return append(parts, line[from:])
}

func asciiSpace(c byte) bool { return spacedPartsSpace[c] }

// spacedPartsSpace marks the bytes of a run of spaces: read from a table,
// as spacedParts asks of every byte of the lines it splits.
var spacedPartsSpace = func() (space [256]bool) {
	for _, c := range []byte{' ', '\t', '\n', '\r', '\f'} {
		space[c] = true
	}
	return space
}()

// menuRow: a line that is a site's menu, its items joined by bars, dots
// or runs of spaces.
func menuRow(line string) bool {
	if parts := pipeParts(line); parts != nil && isMenuLine(parts) {
		return true
	}
	return isMenuLine(spacedParts(line))
}

// siteName: a menu item that names a publication: a known outlet, or an
// article and capitalised words ("The Chip Ledger", "Il Borsino").
func siteName(s string) bool {
	if isOutlet(s) {
		return true
	}
	first, _, _ := strings.Cut(s, " ")
	return siteArticles[first] && outletLike(s)
}

var siteArticles = map[string]bool{"The": true, "Il": true, "La": true, "Le": true, "Les": true, "El": true, "Der": true, "Die": true, "Das": true, "De": true, "Het": true}

// isMenuLine: three or more short capitalised items, none of them a field
// ("Home | Economia | Finanza | Mercati"). The search box beside the menu
// is no item of it.
func isMenuLine(parts []string) bool {
	parts = withoutSearchBox(parts)
	if len(parts) < 3 {
		return false
	}
	items := 0
	for _, p := range parts {
		if isMetaShaped(p) || strings.ContainsAny(p, ".,:;!?") {
			return false
		}
		if wordCount(p) <= 3 && isCapitalised(p) {
			items++
		}
	}
	// "Menu ☰  Mercati | Aziende | ... | Borsa & Dintorni TV": an odd first
	// or last item in a row of menu words
	return items == len(parts) || len(parts) >= 4 && items >= len(parts)-2
}

// withoutSearchBox drops the placeholder of a site's search field that a
// scraper wrote at the end of its menu, after a run of spaces or as an
// item of its own ("... | Lavoro | Newsletter        Cerca...").
func withoutSearchBox(parts []string) []string {
	if len(parts) == 0 {
		return parts
	}
	last := parts[len(parts)-1]
	if searchPlaceholder(last) {
		return parts[:len(parts)-1]
	}
	items := spacedParts(last)
	if len(items) < 2 || !searchPlaceholder(items[len(items)-1]) {
		return parts
	}
	out := append([]string(nil), parts[:len(parts)-1]...)
	return append(out, strings.Join(items[:len(items)-1], " "))
}

// searchPlaceholder: a word and an ellipsis, as a search field reads
// before the reader types ("Cerca...", "Search…", "Rechercher...").
func searchPlaceholder(item string) bool {
	word := strings.TrimSuffix(strings.TrimSuffix(item, "..."), "…")
	return word != item && word != "" && isCapitalised(word) && strings.IndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// outletLike says whether a "Source:" value names a publication: a known
// outlet or domain, or a name of two to six capitalised words. A single
// unknown word is more often a company's press release ("Source: Nokia").
func outletLike(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	if isOutlet(s) {
		return true
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 6 || isSentence(s) || strings.ContainsAny(s, "0123456789@") {
		return false
	}
	for _, w := range words {
		if !isCapitalised(w) && !lowerKey(connector, w) && !elidedArticle.MatchString(w) {
			return false
		}
	}
	// "Source: Nokia Corporation" credits a company's press release
	return !lowerKey(companyForm, strings.Trim(words[len(words)-1], ".,"))
}

// elidedArticle is a capitalised word behind an article cut short by an
// apostrophe: "l'Entreprise", "dell'Economia", "d'Italia".
var elidedArticle = regexp.MustCompile(`^\p{Ll}{1,5}['’]\p{Lu}`)

var companyForm = map[string]bool{"inc": true, "corp": true, "corporation": true, "ltd": true, "limited": true, "plc": true,
	"ag": true, "sa": true, "spa": true, "group": true, "holdings": true, "oyj": true, "nv": true, "se": true, "llc": true,
	"gmbh": true, "company": true, "co": true, "ab": true, "asa": true, "bv": true}

var connector = map[string]bool{"&": true, "des": true, "de": true, "del": true, "della": true, "delle": true, "di": true, "du": true,
	"la": true, "le": true, "of": true, "the": true, "and": true, "y": true, "e": true, "et": true, "und": true, "van": true, "der": true,
	"dei": true, "degli": true, "dello": true, "los": true, "las": true, "aux": true, "für": true, "am": true, "im": true}

// siteThenSection: a line that names a site, then after a dash, a bar or
// a dot the section ("Il Sole di Levante — Economia", "Acme Daily |
// Markets"): a name of two to five capitalised words that is no person's,
// a section of one to three, and no prose on the line or below it.
func siteThenSection(name, tail, line, next string) bool {
	if tail == "" || !strings.ContainsAny(line, "—–|·") || strings.Contains(line, "[") {
		return false
	}
	n := wordCount(name)
	if n < 2 || n > 5 || strings.ContainsAny(name, ".,:;!?0123456789") || isPersonName(name) || !outletLike(titleCase(name)) {
		return false
	}
	if !shortLabel(tail) || isMetaShaped(tail) || isPersonName(tail) {
		return false
	}
	return next != "" && !isSentence(plain(next)) && !isByline(plain(next))
}

// siteAddress is a site's name written as its web address, as a logo
// reads: "Hafenblick.de", "FarmaNews.it".
var siteAddress = regexp.MustCompile(`^(\p{L}[\p{L}\p{N}&-]{2,})\.(?:com|net|org|de|it|fr|es|ch|at|eu|be|nl|info|news|co\.uk)$`)

// siteBeforeMenu reads a masthead that a scraper glued to the site's menu
// with a run of spaces: "CORRIERE DEI PORTI    Home | Logistica | Porti",
// "Hafenblick.de     Startseite   Märkte   Logistik". The name comes
// first, in capitals or as a web address (given without its domain), and
// all that follows it is the menu.
func siteBeforeMenu(line string) (string, bool) {
	line = strings.TrimSpace(line)
	parts := spacedParts(line)
	if len(parts) < 2 {
		return "", false
	}
	name := parts[0]
	if !menuRow(strings.TrimSpace(line[len(name):])) {
		return "", false
	}
	if m := siteAddress.FindStringSubmatch(name); m != nil {
		return m[1], true
	}
	if wordCount(name) >= 2 && wordCount(name) <= 5 && strings.ToUpper(name) == name && outletLike(titleCase(name)) {
		return name, true
	}
	return "", false
}
