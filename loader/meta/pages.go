package meta

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The rules of this file read layouts that saved pages, feeds, document
// exports and wire copy give a text: a headline with the site's name after
// it, a wire's tag on the headline, the site named only by its web address,
// a block of "Key: value" properties, a desk or a correspondent in place of
// a byline, and a printed page's running head.

// wireTag is the tag a wire or a site puts before a headline: "EXCLUSIVE:",
// "UPDATE 2-", "ROUNDUP:", "EXCLUSIF -", "BREAKING:". In capitals it may end
// on a colon or a dash; in other letters only on a colon ("Exclusive: ...").
var (
	wireTag = regexp.MustCompile(`^((?i:exclusive|exclusif|exclusiva|exclusivo|esclusiva|esclusivo|exklusiv|breaking news|breaking|eilmeldung|` +
		`urgent|urgente|update|updated|roundup|wrapup|corrected|refile|correction|flash|dernière minute|última hora|ultim'ora)(?:\s+\d+)?)` +
		`\s*(:|-{1,2}|–|—)\s*(\S.*)$`)
	// "(UPDATE 2)", "[CORRECTED]", "(Updated)" after the headline
	wireTagAfter = regexp.MustCompile(`\s*[(\[](?i:update|updated|corrected|correction|refile|updates?)(?:\s+\d+)?[)\]]$`)
)

// withoutWireTag drops a wire's tag before or after a headline; the rest
// must still be a headline of a few words.
func withoutWireTag(title string) string {
	t := strings.TrimSpace(title)
	if mayEndWithWireTag(t) {
		if m := wireTagAfter.FindStringIndex(t); m != nil && wordCount(t[:m[0]]) >= 3 {
			t = strings.TrimSpace(t[:m[0]])
		}
	}
	if mayOpenWithWireTag(t) {
		if m := wireTag.FindStringSubmatch(t); m != nil && wordCount(m[3]) >= 3 && (m[2] == ":" || strings.ToUpper(m[1]) == m[1]) {
			return strings.TrimSpace(m[3])
		}
	}
	return t
}

// mayEndWithWireTag: t ends with the bracket wireTagAfter ends on, or
// that pattern cannot match. Most headlines do not: the pattern, which
// has no fixed start, would be tried at each of their characters.
func mayEndWithWireTag(t string) bool {
	return strings.HasSuffix(t, ")") || strings.HasSuffix(t, "]")
}

// mayOpenWithWireTag: t holds one of the marks a wire's tag ends on in
// wireTag (a colon or a dash), or that pattern cannot match: a test of
// the line, cheaper than the pattern's reading of it.
func mayOpenWithWireTag(t string) bool {
	return strings.ContainsAny(t, ":-\u2013\u2014")
}

// siteAfterTitle splits the site's name off a headline that ends with it,
// as a page's title does: "Acme buys Widget | Acme Daily", "Acme buys
// Widget - Il Foglio Finanza", "Acme Compra Widget — El Diario Económico".
// After a bar, the tail must read as a publication's name; after a dash,
// it must also have a word outlets are named with, an article opening it,
// or be an outlet the lists know: "Acme buys Widget - Live Updates" keeps
// its tail. It gives the headline and the site, or the title and "".
func siteAfterTitle(title string) (string, string) {
	for _, sep := range []string{" | ", " — ", " – ", " - "} {
		k := strings.LastIndex(title, sep)
		if k < 0 {
			continue
		}
		head, tail := strings.TrimSpace(title[:k]), strings.TrimSpace(title[k+len(sep):])
		if wordCount(head) < 4 || tail == "" || wordCount(tail) > 6 || isPersonName(tail) || companyName(tail) {
			return title, ""
		}
		if isOutlet(tail) {
			return head, tail
		}
		if !outletLike(tail) {
			return title, ""
		}
		first, _, _ := strings.Cut(tail, " ")
		if sep == " | " || outletWord(tail) || siteArticles[first] {
			return head, tail
		}
		return title, ""
	}
	return title, ""
}

// nonPublisherHosts are sites whose address names no publisher: archives,
// link shorteners, search engines, social networks and feed proxies.
var nonPublisherHosts = map[string]bool{"archive": true, "google": true, "googleusercontent": true, "bing": true, "feedburner": true,
	"feedproxy": true, "bit": true, "t": true, "lnkd": true, "tinyurl": true, "ow": true, "facebook": true, "twitter": true, "x": true,
	"linkedin": true, "youtube": true, "instagram": true, "reddit": true, "localhost": true, "example": true, "dropbox": true, "yahoo": true}

// blogPlatforms host blogs and newsletters each under an address of its
// own: the part before the platform's name names the publication.
var blogPlatforms = map[string]bool{"substack": true, "wordpress": true, "blogspot": true, "medium": true, "ghost": true,
	"beehiiv": true, "tumblr": true, "typepad": true, "hashnode": true, "over-blog": true, "altervista": true, "blogger": true}

// secondLevel are the words before a country's code in two-part endings:
// "co.uk", "com.au".
var secondLevel = map[string]bool{"co": true, "com": true, "net": true, "org": true, "gov": true, "ac": true, "gob": true, "or": true, "ne": true}

// siteFromURL names the site a web address belongs to when the text names
// the site nowhere else: the name the text writes for it ("Copperfield
// Review" for copperfieldreview.com), the words of a hyphenated address
// ("el-faro-mercantil.es" is "El Faro Mercantil"), or the address's name in
// capitals ("Quayside" for quayside.com).
func siteFromURL(raw string, lines []string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Hostname() == "" {
		return ""
	}
	labels := strings.Split(strings.ToLower(u.Hostname()), ".")
	if len(labels) < 2 {
		return ""
	}
	labels = labels[:len(labels)-1] // the country or the kind of site
	if len(labels) >= 2 && secondLevel[labels[len(labels)-1]] {
		labels = labels[:len(labels)-1]
	}
	name := labels[len(labels)-1]
	if len(labels) >= 2 && blogPlatforms[name] {
		name = labels[len(labels)-2] // "kestrel.substack.com" is Kestrel's blog
	}
	if nonPublisherHosts[name] || len(name) < 3 || strings.ContainsAny(name, "0123456789") {
		return ""
	}
	listsOnce.Do(loadLists)
	if written := nameWritten(name, lines); written != "" {
		return written
	}
	words := strings.Split(name, "-")
	for i, w := range words {
		if w == "" {
			return ""
		}
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// nameWritten finds a run of capitalised words in the text whose letters
// are those of a web address's name: "The Copperfield Review" for
// "copperfieldreview".
func nameWritten(name string, lines []string) string {
	want := strings.ReplaceAll(name, "-", "")
	for _, l := range lines {
		if !strings.Contains(strings.ToLower(strings.ReplaceAll(l, " ", "")), want) {
			continue
		}
		words := strings.FieldsFunc(l, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' && r != '\'' && r != '’'
		})
		for i := range words {
			joined := ""
			for j := i; j < len(words) && j < i+5; j++ {
				joined += strings.ToLower(words[j])
				if !strings.HasPrefix(want, joined) {
					break
				}
				if joined == want && j > i {
					return titleCase(strings.Join(words[i:j+1], " "))
				}
			}
		}
	}
	return ""
}

// urlAfterWords is a line that ends with a web address after a few words
// saying where the text was taken from: "Saved from: https://...",
// "Gespeichert am 05.03.2021 von https://...". The words' date is the day
// the page was saved, not written.
var urlAfterWords = regexp.MustCompile(`^([^:/]{2,60}?|[^/]{2,60}?:)\s*<?(https?://\S+?)>?$`)

// savedFrom reads such a line: the address, when the words before it are
// few and no sentence.
func savedFrom(line string) (string, bool) {
	if !strings.Contains(line, "http") || strings.Contains(line, "](") {
		return "", false // a markdown link's address is where it leads, not the page's
	}
	m := urlAfterWords.FindStringSubmatch(line)
	if m == nil || wordCount(m[1]) > 6 || isSentence(m[1]) {
		return "", false
	}
	return m[2], true
}

// propertyKey opens a line of a block of document or feed properties:
// "Author: Jane Roe", "pubDate: Wed, 03 Mar 2021", "dc:creator: Jane Roe".
var propertyKey = regexp.MustCompile(`^([A-Za-z][A-Za-z.]*(?:[ _:-][A-Za-z.]+){0,2})\s*:\s*(.*)$`)

// mayBeProperty is false for a line propertyKey cannot match: one that
// opens with no ASCII letter or holds no colon. Most first lines, a
// headline, are told so before the pattern tries each way of cutting
// their first words into a key.
func mayBeProperty(l string) bool {
	return l != "" && ('A' <= l[0] && l[0] <= 'Z' || 'a' <= l[0] && l[0] <= 'z') && strings.IndexByte(l, ':') > 0
}

// propertyBlock reads a block of three or more "Key: value" lines that
// opens the text, as a document's properties or a feed's item fields
// stand, perhaps under a one-line heading ("Document Properties"): the
// labels it knows are read, the block is blanked. It needs one known
// label among the keys.
func (d *Doc) propertyBlock(lines []string) {
	start := 0
	for start < len(lines) && strings.TrimSpace(lines[start]) == "" {
		start++
	}
	from := start
	if from < len(lines) {
		if l := strings.TrimSpace(lines[from]); isLabel(l) && !strings.Contains(l, ":") && !isDateLine(l) {
			from++ // the block's heading
		}
	}
	end := from
	known := 0
	for end < len(lines) {
		l := strings.TrimSpace(lines[end])
		if !mayBeProperty(l) {
			break
		}
		m := propertyKey.FindStringSubmatch(l)
		if m == nil || len(m[1]) > 24 || isURL(l) {
			break
		}
		if lowerKey(labelKinds, m[1]) != "" {
			known++
		}
		end++
	}
	if end-from < 3 || known == 0 {
		return
	}
	for k := from; k < end; k++ {
		m := propertyKey.FindStringSubmatch(strings.TrimSpace(lines[k]))
		if name := strings.ToLower(m[1]); labelKinds[name] != "" {
			d.label(name, strings.TrimSpace(m[2]))
		}
	}
	for k := start; k < end; k++ {
		lines[k] = ""
	}
}

// pressReviewWords open the heading a press-clipping service puts over
// each clipping, in small letters.
var pressReviewWords = []string{"rassegna stampa", "press review", "press clipping", "press cuttings", "pressespiegel",
	"medienspiegel", "presseschau", "revue de presse", "dossier de presse", "dossier de prensa", "resumen de prensa"}

// pressReviewHeading: the line that heads a clipping ("RASSEGNA STAMPA –
// Ufficio Stampa Acme"): the fields below it name the paper that printed
// the story, the day and the page.
func pressReviewHeading(line string) bool {
	if len(line) > 120 {
		return false
	}
	lower := strings.ToLower(line)
	for _, w := range pressReviewWords {
		if strings.HasPrefix(lower, w) {
			return true
		}
	}
	return false
}

// deskOutlet reads a line that credits the outlet's staff or newsroom in
// place of a writer: "Acme Gazette staff", "By the Acme Daily Staff",
// "Redacción Diario Sur", "Redazione de Il Foglio". The name must read as
// an outlet's; "Redazione Economia" names a desk, not the outlet.
var (
	staffAfter = regexp.MustCompile(`^(?:(?i:by)\s+)?(?:(?i:the)\s+)?(\p{Lu}.{1,60}?)\s+(?i:staff|staff reporters?|staff writers?|newsroom|news desk|editorial team|redaktion)$`)
	deskBefore = regexp.MustCompile(`^(?i:redacción|redaccion|redazione|rédaction|redaktion|newsroom)\s+(?:(?i:de|di|der|des|du)\s+)?(\p{Lu}.{1,60})$`)
)

func deskOutlet(line string) string {
	if len(line) > 80 {
		return ""
	}
	var name string
	if m := staffAfter.FindStringSubmatch(line); m != nil {
		name = m[1]
	} else if m := deskBefore.FindStringSubmatch(line); m != nil {
		name = m[1]
	}
	name = strings.TrimSpace(name)
	if name == "" || isPersonName(name) || deskName(name) || companyName(name) {
		return ""
	}
	if isOutlet(name) || outletLike(name) {
		return name
	}
	return ""
}

// correspondentLine reads the line that credits a correspondent in place
// of a byline: "From our correspondent in Madrid", "De notre correspondant
// à Madrid, Julien Ferrat", "Dal nostro corrispondente a Parigi", "From
// the Acme Times' correspondent in Madrid", "Von unserem Korrespondenten
// Markus Feld". It gives the writer's name and the outlet, when the line
// names them.
var correspondentLine = regexp.MustCompile(`^(?i:from|de|dal|dalla|del|de la|desde|von|by)\s+(?:(?i:our|notre|nuestro|nuestra|nostro|nostra|unserem|unserer)|` +
	`(?:(?i:the)\s+)?(\p{Lu}[\p{L}\p{N}&'’. -]{1,40}?)(?:['’]s|['’]))\s+(?i:own\s+)?` +
	`(?i:correspondent|correspondant|correspondante|corresponsal|corrispondente|korrespondent|korrespondentin|korrespondenten|envoyé spécial|envoyée spéciale|inviato|inviata|enviado especial|enviada especial)` +
	`(?:\s+(?i:in|à|en|a|au|aux|nach|aus)\s+\p{Lu}[\p{L}'’ -]{1,30}?)?(?:(?:\s*[,:—–-]\s*|\s+)(` + nameWord + `(?:\s+(?:` + nameParticle + `\s+)*` + nameWord + `){1,3}))?$`)

func correspondentOf(line string) (author, outlet string, ok bool) {
	if len(line) > 120 {
		return "", "", false
	}
	m := correspondentLine.FindStringSubmatch(line)
	if m == nil {
		return "", "", false
	}
	if m[1] != "" && (isOutlet(m[1]) || outletLike(m[1]) || singleOutletWord(m[1])) {
		outlet = strings.TrimSpace(m[1])
	}
	return m[2], outlet, true
}

// pageMark is a printed page's number in a running head or foot: "Page 2",
// "Page 2 of 5", "Seite 2", "- 2 -", "2/5".
var pageMark = regexp.MustCompile(`(?i)^(?:(?:page|pagina|página|seite|p\.)\s*\d+(?:\s*(?:of|di|de|von|sur|/)\s*\d+)?|-\s*\d+\s*-|\d+\s*/\s*\d+|\d{1,3})$`)

// runningHead finds the outlet a text converted from print repeats on each
// page: a short line that comes back two times or more, page numbers
// aside, in a text that numbers its pages. Its first part, cut at wide
// spaces or a bar, is the outlet's name when it reads as one: "THE
// COPPERFIELD REVIEW      MARCH 2021", "Copperfield Review | Deals   Page 2",
// "Acme Aktuell 12/2024      Seite 14" without the issue's number.
func runningHead(lines []string) string {
	runs := pageRuns(lines)
	best := ""
	for key, n := range runs.count {
		if n < 2 {
			continue
		}
		name := withoutIssueMark(titleCase(runs.first[key]))
		if isDateLine(name) || isPersonName(name) || companyName(name) || !(isOutlet(name) || outletLike(name)) {
			continue
		}
		if best == "" || len(name) < len(best) {
			best = name
		}
	}
	return best
}

// runs are the short lines of a printed page's frame: how often each
// comes back, page numbers aside, and the first part of each.
type runs struct {
	count map[string]int
	first map[string]string
}

// pageRuns counts the running lines of a text converted from print; none
// when the text numbers no page.
func pageRuns(lines []string) runs {
	r := runs{count: map[string]int{}, first: map[string]string{}}
	pages := false
	for _, l := range lines {
		key, first, page := runningKey(l)
		pages = pages || page
		if key == "" {
			continue
		}
		r.count[key]++
		if r.first[key] == "" {
			r.first[key] = first
		}
	}
	if !pages {
		return runs{}
	}
	return r
}

// runningKey reads a line as a running head or foot may be written: its
// parts but the page number, in small letters, as the key it repeats
// under; its first part; and whether it numbers a page. A line of one
// part and no page number is no running line and has no key.
func runningKey(l string) (key, first string, page bool) {
	l = strings.TrimSpace(l)
	if l == "" || len(l) > 100 {
		return "", "", false
	}
	if !strings.Contains(l, "|") && !hasWideSpace(l) {
		// one part, most lines: no running line, a page number at most
		return "", "", isPageMark(l)
	}
	parts := spacedOrBarred(l)
	var kept []string
	for _, p := range parts {
		if isPageMark(p) {
			page = true
			continue
		}
		kept = append(kept, p)
	}
	if len(kept) == 0 || len(kept) == len(parts) && len(parts) == 1 {
		return "", "", page
	}
	return strings.ToLower(strings.Join(kept, " ")), kept[0], page
}

// runningLines are the keys of the lines a printed page repeats on every
// page, which the header skips: a running head above the headline is no
// headline.
func runningLines(lines []string) map[string]bool {
	var set map[string]bool
	for key, n := range pageRuns(lines).count {
		if n >= 2 {
			if set == nil {
				set = map[string]bool{}
			}
			set[key] = true
		}
	}
	return set
}

// isRunningLine: the line is one of the running lines found.
func (d *Doc) isRunningLine(line string) bool {
	if d.running == nil {
		return false
	}
	key, _, _ := runningKey(line)
	return key != "" && d.running[key]
}

// issueMark is the number of an issue after a periodical's name in a
// running head: "12/2024", "Nr. 12", a year alone.
var issueMark = regexp.MustCompile(`\s+(?:(?i:nr\.?|no\.?|n°|heft|ausgabe|issue)\s*\d{1,4}|\d{1,2}\s*/\s*\d{2,4}|\d{4})$`)

// withoutIssueMark drops the issue's number from a periodical's name.
func withoutIssueMark(name string) string {
	if m := issueMark.FindStringIndex(name); m != nil && m[0] > 0 {
		return strings.TrimSpace(name[:m[0]])
	}
	return name
}

// wideSpace is the gap between the fields of a running head.
var wideSpace = regexp.MustCompile(`\s{3,}|\t+`)

// hasWideSpace is wideSpace.MatchString by hand, as runningKey asks it of
// every short line: a tab, or three of the spaces \s means in a row.
func hasWideSpace(l string) bool {
	run := 0
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '\t':
			return true
		case ' ', '\n', '\f', '\r':
			if run++; run == 3 {
				return true
			}
		default:
			run = 0
		}
	}
	return false
}

// isPageMark is pageMark.MatchString, told at once for the many lines
// without a digit, which every page mark has.
func isPageMark(p string) bool {
	return strings.ContainsAny(p, "0123456789") && pageMark.MatchString(p)
}

// spacedOrBarred cuts a line at runs of three or more spaces and at bars.
func spacedOrBarred(l string) []string {
	var out []string
	for _, bar := range strings.Split(l, "|") {
		for _, p := range wideSpace.Split(bar, -1) {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// ruled drops the rules a signature stands between: "--- Von Ulla Berg,
// Acme ---" is "Von Ulla Berg, Acme".
func ruled(line string) string {
	const dashes = "-–—=* "
	if len(line) < 6 || !strings.ContainsRune(dashes, rune(line[0])) && !strings.HasPrefix(line, "–") && !strings.HasPrefix(line, "—") {
		return line
	}
	t := strings.Trim(line, dashes)
	if t == line || strings.TrimLeft(line, dashes) == line || strings.TrimRight(line, dashes) == line {
		return line // a rule on both sides, or none
	}
	return strings.TrimSpace(t)
}

// siteLogo is the site's logo linked to its home page, as a saved page
// keeps it above the headline: "[![Acme Daily](/img/logo.png)](https://acmedaily.com/)".
var siteLogo = regexp.MustCompile(`^\[!\[[^\]]*\]\([^)]*\)\]\((https?://[^)\s]+)\)$`)

// homeLink gives the address of the home page a linked logo leads to: the
// site's address, which names the site when nothing else does. A link to
// a page below the home page is no logo's.
func homeLink(line string) (string, bool) {
	if !strings.HasPrefix(line, "[![") {
		return "", false
	}
	m := siteLogo.FindStringSubmatch(line)
	if m == nil {
		return "", false
	}
	u, err := url.Parse(m[1])
	if err != nil || strings.Trim(u.Path, "/") != "" {
		return "", false
	}
	return m[1], true
}

// linkedName reads a line that is only a link on a person's name, as a
// page links the byline to the writer's page: "[Jane Roe](/author/jane-roe)".
func linkedName(line string) string {
	m := markdownLinkOf(line)
	if m == nil || len(m[0]) != len(line) || !isPersonName(m[1]) {
		return ""
	}
	return m[1]
}

// webVersionWords name the web version of an e-mailed newsletter in the
// text of the link to it, in small letters.
var webVersionWords = []string{"browser", "navigateur", "navegador", "navigatore", "web version", "webversion", "view online",
	"versione web", "versión web", "version en ligne", "online ansehen", "online lesen"}

// webVersionLink gives the address of a newsletter's link to its web
// version ("[View this email in your browser](https://...)"): the address
// of the issue as a page; "" when the line has no such link.
func webVersionLink(line string) string {
	if !strings.Contains(line, "](") || len(line) > 300 {
		return ""
	}
	for _, m := range markdownLinkAt.FindAllStringSubmatch(line, -1) {
		if text := strings.ToLower(m[1]); containsAny(text, webVersionWords) && isURL(m[2]) {
			return m[2]
		}
	}
	return ""
}

// markdownLinkAt is a markdown link anywhere in a line, its text and its
// address.
var markdownLinkAt = regexp.MustCompile(`\[([^\]]*)\]\((\S+?)\)`)
