// Package meta takes an article's metadata — title, date, author, outlet,
// URL — from the text itself, before any cleaning: the header lines a
// scraper or a markdown export writes, a plain headline line, bylines,
// datelines that credit an agency, and site names in a copyright footer.
// The rules look at the shape of lines, never at one outlet's strings.
package meta

import (
	"regexp"
	"strings"
	"unicode"
)

// Doc is a text split into its metadata and the lines of its body. Date is
// the raw date text found; the caller parses it in the article's language.
type Doc struct {
	Title, Date, Author, Source, URL string
	Lines                            []string        // body lines, header lines removed
	updated                          string          // an "Updated" date: the date only when no other is given
	edition                          string          // the date of a newsletter's issue: before "updated", after any other
	guessed                          bool            // Source was read from the shape of a line, not from a credit
	home                             string          // the site's home page a linked logo leads to
	running                          map[string]bool // the keys of a printed page's running lines
	kicked                           bool            // a kicker above the headline was read
}

// headerLines is how many non-blank lines from the top may still be header.
const headerLines = 14

// Parse splits a normalised text (\n line ends) into metadata and body.
func Parse(text string) Doc {
	lines := strings.Split(text, "\n")
	d := Doc{running: runningLines(lines)}
	newsletter, isNewsletter := newsletterHeads(lines) // read before the header blanks its lines
	body := d.header(lines)
	rawTitle := d.Title
	d.Title = withoutWireTag(d.Title)
	if head, site := siteAfterTitle(d.Title); site != "" {
		// "Acme buys Widget | Acme Daily": the site's name after the headline
		d.Title = head
		if d.Source == "" || d.guessed {
			d.Source, d.guessed = site, true
		}
	}
	d.footer(body)
	body, rawTitle = d.headlineBelowSiteName(body, rawTitle)
	if isNewsletter {
		body = d.storyBelowMasthead(body, rawTitle, newsletter)
	}
	d.dateline(body)
	d.dayFromDateline(body)
	d.dateFromDateline(body)
	if d.Date == "" {
		d.Date = d.edition
	}
	if d.Date == "" {
		d.Date = d.updated
	}
	d.Date = withoutPlace(d.Date)
	if d.Source == "" {
		// a printed page's running head, then the site's web address
		all := strings.Split(text, "\n")
		if d.Source = runningHead(all); d.Source == "" && d.URL != "" {
			d.Source = siteFromURL(d.URL, all)
		}
		if d.Source == "" && d.home != "" {
			d.Source = siteFromURL(d.home, all)
		}
		d.guessed = d.Source != ""
	}
	d.Source = withoutLegalForm(d.Source)
	d.Lines = untaggedHeadlines(dropRepeatedTitle(dropRepeatedTitle(body, rawTitle), d.Title))
	return d
}

// untaggedHeadlines drops a wire's tag from the headlines among the body's
// first headerLines lines, blank ones counted: those the header did not
// take for the title (a masthead came first). "UPDATE 2-Visa to buy Visa
// Europe" would name a company "2-Visa". A headline ends on no full stop;
// a paragraph keeps what it opens with.
func untaggedHeadlines(lines []string) []string {
	for i := 0; i < len(lines) && i < headerLines; i++ {
		if l := strings.TrimSpace(lines[i]); l != "" && !strings.HasSuffix(l, ".") {
			lines[i] = withoutWireTag(lines[i])
		}
	}
	return lines
}

// headlineBelowSiteName reads the header again under a title that is the
// outlet's own name, as a blog heads each of its pages ("# Acme Daily"):
// the name is no headline; the header below it gives one. It returns the
// body under that header and the headline as written, or what it was
// given when the title names no outlet.
func (d *Doc) headlineBelowSiteName(body []string, rawTitle string) ([]string, string) {
	if d.Title == "" || !strings.EqualFold(d.Title, d.Source) {
		return body, rawTitle
	}
	d.Title = ""
	body = d.header(body)
	rawTitle = d.Title
	d.Title = withoutWireTag(d.Title)
	return body, rawTitle
}

// legalForms are the legal forms a company's name ends with, in small
// letters and without dots.
var legalForms = map[string]bool{"inc": true, "corp": true, "ltd": true, "limited": true, "plc": true, "ag": true, "sa": true,
	"spa": true, "srl": true, "sl": true, "sas": true, "sarl": true, "llc": true, "gmbh": true, "ab": true, "asa": true, "as": true,
	"bv": true, "nv": true, "oyj": true, "kg": true, "pvt": true, "pty": true}

// withoutLegalForm drops the legal form from an outlet's name, as a
// copyright line names the publisher: "Kvarken Markets AB", "Acme Media
// Pvt Ltd." are "Kvarken Markets", "Acme Media". The form is written with
// a capital; a name is never cut to nothing.
func withoutLegalForm(source string) string {
	for {
		k := strings.LastIndexByte(source, ' ')
		if k <= 0 {
			return source
		}
		last := source[k+1:]
		if last == "" || last[0] < 'A' || last[0] > 'Z' || !lowerKey(legalForms, strings.NewReplacer(".", "", ",", "").Replace(last)) {
			return source
		}
		source = strings.TrimRight(strings.TrimSpace(source[:k]), ",")
	}
}

// placeThenRest is a place and a comma opening a line, the place's
// region in brackets at most: "Santiago, ...", "COIRA (Grigioni), ...".
var placeThenRest = regexp.MustCompile(`^\p{Lu}[\p{L} .'’/-]{1,30}(?:\s*\([\p{L} .'’-]{2,30}\))?,\s+(.+)$`)

// datelineAlone reads a line that is only a dateline: the place, a comma
// and a full date, with the weekday or without, that its year or the hour
// closes ("Santiago, lunes 15 de noviembre de 2010", "LYON, mardi 3 mars
// 2021, 08:45"). It gives the date without the place and the hour, or ""
// when the line is anything else: a wire's dateline goes on with the
// agency and the story.
func datelineAlone(line string) string {
	if len(line) > 80 || !strings.Contains(line, ", ") {
		return ""
	}
	year := yearAt(line)
	if year < 0 || !hourAlone(line[year+4:]) {
		return ""
	}
	if m := placeThenRest.FindStringSubmatch(line[:year+4]); m != nil && fullDateLine(m[1]) {
		return m[1]
	}
	return ""
}

// hourAlone: what follows a date's year is nothing, or the hour after a
// comma or a dash ("", ".", ", 08:45", " - 11 h 05").
func hourAlone(rest string) bool {
	rest = strings.TrimLeft(rest, " .,-–—")
	return rest == "" || clockTime(strings.ToLower(rest))
}

// placeBeforeDate is the place a date in figures opens with: "Sevilla,
// 14/02/2022".
var placeBeforeDate = regexp.MustCompile(`^\p{Lu}[\p{L} .'’-]{1,30},\s+(\d{1,2}[./]\d{1,2}[./]\d{2,4}\b.*)$`)

// withoutPlace drops the place before a date in figures, which a date
// parser reads only at the start: "Sevilla, 14/02/2022" is "14/02/2022".
// Dates in words are found wherever they stand.
func withoutPlace(date string) string {
	if m := placeBeforeDate.FindStringSubmatch(date); m != nil {
		return m[1]
	}
	return date
}

// header consumes the metadata lines at the top and returns the rest.
func (d *Doc) header(lines []string) []string {
	d.frontMatter(lines)
	d.propertyBlock(lines)
	lines = d.aboveMarkdownTitle(lines)
	d.kicked = false
	// "**Redes y Capital** — boletín semanal · nº 118 · viernes, 9 de
	// diciembre de 2016": a newsletter's name in bold on its issue line,
	// the source if the header names no other; read before the header's
	// lines are consumed
	bold := ""
	for k := 0; k < len(lines) && k < headerLines && bold == ""; k++ {
		bold = boldOutlet(strings.TrimSpace(lines[k]))
	}
	seen := 0
	i := 0
	standfirst := -1
	for ; i < len(lines) && seen < headerLines; i++ {
		line := plain(strings.TrimSpace(lines[i]))
		if line == "" {
			continue
		}
		if isConsentBanner(line) || d.isRunningLine(lines[i]) || seen == 0 && skipLink(line) {
			// a cookie notice, a printed page's running head, the link
			// for screen readers a page opens with: no header line, and
			// no line of the text either
			lines[i] = ""
			continue
		}
		if end := d.greetingEnd(lines, i); end > i {
			// "Good morning. Today: ..." above a newsletter's first story:
			// a note to the reader, neither header nor the story's text
			for k := i; k < end; k++ {
				lines[k] = ""
			}
			i = end - 1
			continue
		}
		seen++
		if d.Title == "" && d.Source != "" && (taglineAlone(line) || seen == 2 && mottoAboveFurniture(line, lines, i+1)) && headlineAhead(lines, i+1) {
			lines[i] = "" // the site's motto under its name
			continue
		}
		if title, end := d.wrappedHeadline(lines, i); end > 0 {
			d.Title = title
			lines[i], lines[i+1] = "", ""
			i = end - 1
			continue
		}
		if seen == 1 && d.Title == "" {
			if title, rest, ok := menuHeadline(line); ok {
				d.Title = title
				lines[i] = rest
				break
			}
		}
		rest, consumed := d.headerLine(line, nextText(lines, i+1))
		if consumed && rest == "" {
			lines[i] = ""
			continue
		}
		if consumed {
			lines[i] = rest // the remainder is body text
		}
		if d.Title != "" && !isMetaShaped(rest) {
			if end := standfirstEnd(lines, i); standfirst < 0 && !consumed && d.metaAhead(lines, end) {
				// a standfirst under the headline, the date and byline
				// after it: it stays in the body, the header goes on
				standfirst = i
				i = end - 1
				continue
			}
			break
		}
		if d.Title == "" && isSentence(rest) {
			break
		}
		if !consumed {
			break
		}
		i-- // re-read the remainder as a line of its own
		seen--
	}
	if d.Source == "" {
		d.Source = bold
	}
	if standfirst >= 0 {
		return lines[standfirst:]
	}
	return lines[i:]
}

// wrappedHeadline reads a headline that a conversion from print wrapped
// over two lines, before any other: "Acme buys Widget for $1.1 billion as
// battery makers" over "consolidate", a blank line below. The second line
// is short and goes on in small letters; together they read as a headline,
// not as a sentence, which a paragraph of two lines ends with. It gives
// the headline and the index of the line after it, or 0.
func (d *Doc) wrappedHeadline(lines []string, i int) (string, int) {
	if d.Title != "" || i+1 >= len(lines) || i+2 < len(lines) && strings.TrimSpace(lines[i+2]) != "" {
		return "", 0
	}
	first, second := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
	if len(first) < 40 || !startsLower(second) || moreWordsThan(second, 6) || !isHeadline(first) {
		return "", 0
	}
	// a byline in small letters ("di Anna Rossi") is read under the
	// headline, and a row of links ("ePaper | Abo | Login") is no words
	if isMetaShaped(second) || pipeParts(first) != nil || pipeParts(second) != nil {
		return "", 0
	}
	joined := first + " " + second
	if !isHeadline(joined) || isSentence(joined) {
		return "", 0
	}
	return joined, i + 2
}

// greetingEnd is where the newsletter's introduction that greets the
// reader at line i ends, before the headline is read; -1 when line i
// greets no reader.
func (d *Doc) greetingEnd(lines []string, i int) int {
	if d.Title != "" || !greeting(strings.TrimSpace(lines[i])) {
		return -1
	}
	return introEnd(lines, i)
}

// standfirstEnd is the index after the standfirst that starts at line i:
// the line itself, or a run of bullets summing the story up ("* Acme
// shares rise 9%") with the byline and the date below them.
func standfirstEnd(lines []string, i int) int {
	if !bulletLine(strings.TrimSpace(lines[i])) {
		return i + 1
	}
	end := i + 1
	for k := i + 1; k < len(lines); k++ {
		l := strings.TrimSpace(lines[k])
		if l == "" {
			continue
		}
		if !bulletLine(l) {
			break
		}
		end = k + 1
	}
	return end
}

// aboveMarkdownTitle takes a level-one markdown heading in the header as
// the headline even below a menu, a breadcrumb or a cookie notice: the
// writer marked it as the title, the lines above are page furniture. They
// are read for metadata only and dropped; it returns the lines after the
// heading, or all of them when no such heading comes after other lines.
func (d *Doc) aboveMarkdownTitle(lines []string) []string {
	h := markdownTitleAt(lines)
	if h < 0 {
		return lines
	}
	title := markdownTitle.FindStringSubmatch(strings.TrimSpace(lines[h]))[1]
	// the lines above are read as a header without its headline, so that
	// a masthead among them names the site; the heading is the headline
	d.Title = ""
	for k := 0; k < h; k++ {
		if line := plain(strings.TrimSpace(lines[k])); line != "" && !isConsentBanner(line) {
			d.readAll(line, nextText(lines, k+1))
		}
		lines[k] = ""
	}
	d.Title = title
	return lines[h+1:]
}

// readAll reads a header line and what is left of it after each field
// it opens with ("Acme Lettre — N° 12 — mardi 2 mars 2021": the site's
// name, then the issue and its date), as long as a field is read.
func (d *Doc) readAll(line, next string) {
	for line != "" {
		rest, consumed := d.headerLine(line, next)
		if !consumed || rest == line {
			return
		}
		line = rest
	}
}

// markdownTitle is a level-one markdown heading: "# Acme buys Widget".
var markdownTitle = regexp.MustCompile(`^#\s+(.+?)\s*#*$`)

// markdownLinkOf is markdownLink's match of s. Only a line that opens
// with "[" and has "(" right after its first "]" can match, and a match
// ends before the first space after that "(", as the address is no
// spaces: the pattern reads that much of the line, where all of a long
// one would cost it as much again.
func markdownLinkOf(s string) []string {
	if !strings.HasPrefix(s, "[") {
		return nil
	}
	closing := strings.IndexByte(s, ']')
	if closing < 0 || !strings.HasPrefix(s[closing+1:], "(") {
		return nil
	}
	address := closing + 2
	if space := strings.IndexAny(s[address:], " \t\n\f\r"); space >= 0 { // \s, which \S is not
		s = s[:address+space]
	}
	// the rest of the pattern by hand, held to it by the tests: [^\]]*
	// runs to the first "]", and \S+?\) to the first ")" after the
	// address's first character, s holding no space from there on
	if address >= len(s) {
		return nil
	}
	end := strings.IndexByte(s[address+1:], ')')
	if end < 0 {
		return nil
	}
	end += address + 1
	return []string{s[:end+1], s[1:closing], s[address:end]}
}

// isMarkdownTitle: a level-one heading; a line that does not open on "#"
// is none.
func isMarkdownTitle(line string) bool {
	if line == "" || line[0] != '#' {
		return false
	}
	if !strings.Contains(line, "\n") {
		return markdownTitleShaped(line)
	}
	return markdownTitle.MatchString(line)
}

// markdownTitleShaped is markdownTitle.MatchString for a line without a
// line break, as the header's lines are, told without the pattern: "#",
// white space, then anything at all, as "(.+?)" takes any character but
// a line break and "\s*#*$" may take none. line opens with "#".
func markdownTitleShaped(line string) bool {
	return len(line) >= 3 && strings.IndexByte(reSpace, line[1]) >= 0
}

// reSpace is what \s matches in Go's regular expressions.
const reSpace = " \t\n\f\r"

// markdownTitleAt is the index of a level-one heading among the header
// lines when other lines come before it; -1 when it opens the text (the
// header reads it), or when prose or a byline comes first: a byline stands
// under the headline, so a heading below it heads a section.
func markdownTitleAt(lines []string) int {
	seen := 0
	for k := 0; k < len(lines) && seen < headerLines; k++ {
		line := strings.TrimSpace(lines[k])
		switch {
		case line == "" || isConsentBanner(line):
			continue
		case isMarkdownTitle(line):
			if seen == 0 {
				return -1
			}
			return k
		case isSentence(plain(line)) || isByline(plain(line)):
			return -1
		}
		seen++
	}
	return -1
}

// metaAhead: one of the next two non-blank lines is header metadata (a
// date, a byline, a label, the time the page was last changed), read
// without keeping what it says.
func (d *Doc) metaAhead(lines []string, from int) bool {
	seen := 0
	for k := from; k < len(lines) && seen < 2; k++ {
		l := plain(strings.TrimSpace(lines[k]))
		if l == "" {
			continue
		}
		seen++
		if copyrightLine(l) {
			return false // the footer of a short text, not its header
		}
		if len(l) > 200 && isSentence(l) {
			continue // a paragraph of prose is no header line
		}
		probe := Doc{Title: d.Title}
		if rest, ok := probe.headerLine(l, ""); ok && (rest == "" || isMetaShaped(rest)) && (probe.Date != "" || probe.Author != "" || probe.updated != "") {
			return true
		}
	}
	return false
}

// headerLine reads one header line. It reports whether the line (or its
// beginning) was metadata, and what is left of it.
func (d *Doc) headerLine(line, next string) (rest string, consumed bool) {
	if field, ok := listedField(line); ok {
		line = field // "- **Fecha:** 3 de mayo de 2021": a field as a list's item
	}
	if m := headingOf(line); m != nil && (d.Title == "" || strings.EqualFold(m[1], d.Title)) {
		// the headline, or the heading that repeats the front matter's title
		d.Title = strings.TrimSpace(m[1])
		return "", true
	}
	if m := labelField(line); m != nil && !labelledFields(m[2]) {
		value, rest := fieldThenMeta(unbold(m[2]))
		if labelKinds[strings.ToLower(m[1])] == "date" {
			value, rest = dateThenByline(value, rest)
		}
		d.label(strings.ToLower(m[1]), value)
		return rest, true
	}
	if m := datedLabelOf(line); m != nil && isDateLine(firstDate(unbold(m[2]))) {
		value, rest := dateThenByline(unbold(m[2]), "")
		d.label(strings.ToLower(m[1]), value)
		return rest, true
	}
	if u := webVersionLink(line); u != "" {
		if d.URL == "" {
			d.URL = u
		}
		return "", true
	}
	if home, ok := homeLink(line); ok {
		if d.home == "" {
			d.home = home
		}
		return "", true
	}
	if u, ok := savedFrom(line); ok {
		// "Saved from: https://...": the page's address; the day it was
		// saved is no date of the story
		if d.URL == "" {
			d.URL = u
		}
		return "", true
	}
	if d.Title == "" {
		if site, ok := siteBeforeMenu(line); ok {
			// "ACME BÖRSE    Startseite | Märkte | Aktien": the site's name,
			// glued to its menu by a run of spaces, its account links after
			if d.Source == "" && d.running == nil {
				d.Source, d.guessed = site, true
			}
			return "", true
		}
	}
	if breadcrumb(line) {
		return "", d.Title == "" // "Accueil > Économie > Télécoms"
	}
	if pageFurniture(line) {
		return "", d.Title == "" // "Subscribe | Sign in", "#Acme #Widget"
	}
	if readingTime(line) {
		return "", true // "Tempo di lettura: 4 minuti", "5 min read"
	}
	if issueNumber(line) {
		return "", true // "Issue #412", "N° 1245": a periodical's number
	}
	if relativeTime(line) || updateTime(line) {
		// "Updated 2h ago": when the page was read; "Mis à jour à 11 h
		// 05": the hour it was changed. Header, but no date.
		return "", true
	}
	if teaserLine(line) || captionLine(line) || tickerMarks(line) {
		// "Read more: Acme shares slump", a photo and its caption, "+++
		// Bieterkampf um Acme +++": above the headline, none of them is it
		return "", d.Title == ""
	}
	if d.Title == "" {
		if site, rest, ok := masthead(line, next); ok {
			// "Fernhill Finance Journal", "Cotizando Hoy · Telecomunicaciones"
			// above the headline: the site's name, not the headline
			// on a printed page the running head names the outlet; a line
			// in capitals above the headline is the page's rubric
			if d.Source == "" && site != "" && d.running == nil {
				d.Source, d.guessed = site, true
			}
			return rest, true
		}
	}
	if isMenuLine(spacedParts(withoutMenuLabel(line))) {
		return "", d.Title == "" // "Accueil   Marchés   Énergie": a menu without bars
	}
	if parts := pipeParts(line); parts != nil {
		// "Por Lucía Ferrándiz | 14/09/2016 | Fuente: Agronegocios Hoy",
		// "Home | Economia | Finanza": fields, or a menu, on one line
		if isMenuLine(parts) {
			// "Home | Markets | Tech | The Chip Ledger": a site's menu may
			// end with the site's name
			if last := parts[len(parts)-1]; d.Source == "" && siteName(last) {
				d.Source, d.guessed = last, true
			}
			return "", d.Title == ""
		}
		if d.pipeFields(parts) {
			return "", true
		}
	}
	if m := scrapeDate.FindStringSubmatch(line); m != nil {
		if d.Date == "" {
			d.Date = m[1]
		}
		return d.nameAfterDate(strings.TrimSpace(m[2])), true
	}
	if agency, rest, ok := dispatchCredit(line); ok && d.Title != "" {
		// "Dépêche Agence Hexa — il y a 2 heures" under the headline: the
		// story is the agency's dispatch, whatever site shows it; above
		// the headline such a line may be the headline itself
		if d.Source == "" || d.guessed {
			d.Source, d.guessed = agency, false
		}
		return rest, true
	}
	if outlet := deskOutlet(line); outlet != "" {
		// "Acme Gazette staff", "Redacción Diario Sur": the outlet signs
		if d.Source == "" || d.guessed {
			d.Source, d.guessed = outlet, false
		}
		return "", true
	}
	if name, outlet, ok := correspondentOf(line); ok {
		// "De notre correspondant à Madrid, Julien Ferrat"
		if d.Author == "" && name != "" {
			d.Author = name
		}
		if outlet != "" && (d.Source == "" || d.guessed) {
			d.Source, d.guessed = outlet, false
		}
		return "", true
	}
	if m := bylineOf(line); m != nil && isName(m[1]) && bylineEnds(m[2]) {
		if d.Author == "" {
			d.Author = authorName(m[1])
		}
		if outlet := bylineOutlet(m[1]); outlet != "" && d.Source == "" {
			d.Source = outlet // "By Jane Roe and Sam Lee, Acme Wire"
		}
		return d.afterByline(m[2]), true
	}
	if name, ok := signedName(line); ok {
		// "Helen Okonjo, Senior Correspondent", "Marta Ibarra | Redactora",
		// "Felix Brandauer (@fbrandauer)"
		if d.Author == "" {
			d.Author = name
		}
		return "", true
	}
	if m := photoCreditOf(line); m != nil {
		if value := strings.TrimSpace(line[strings.IndexByte(line, ':')+1:]); startsLower(value) {
			return "", true // "Foto: lo stabilimento di Acme (Archivio)": a caption, not a credit
		}
		return strings.TrimSpace(m[1]), true
	}
	if strings.HasPrefix(line, "©") && !copyrightYear.MatchString(line) {
		return "", true // a photo credit in the header
	}
	if isURL(line) {
		if d.URL == "" {
			d.URL = urlOf(line)
		}
		return "", true
	}
	if date := sectionsThenDate(line); date != "" {
		// "Télécoms – Équipementiers – lundi 3 avril 2006": the sections
		// the story is filed under, then its date
		if d.Date == "" {
			d.Date = date
		}
		return "", true
	}
	if name, date, ok := nameThenDate(line); ok {
		// "Lucía Ferrándiz   03/05/2021 - 07:58 CET": the writer and the
		// date, glued by a run of spaces
		if d.Author == "" {
			d.Author = name
		}
		if d.Date == "" {
			d.Date = firstDate(date)
		}
		return "", true
	}
	if date, rest, ok := leadingDate(line); ok && (rest != "" || !isDateLine(line)) {
		// "Mittwoch, 3. Juni 2020 – Ein Beitrag von Katrin Vollmer": the
		// byline is read next; a line that is all date stays whole
		if d.Date == "" {
			d.Date = date
		}
		return rest, true
	}
	if editionLine(line) {
		// "Édition du jeudi 4 mars 2021": the issue's date, which the
		// story's own date, when it gives one, comes before
		if d.edition == "" {
			d.edition = line
		}
		return "", true
	}
	if isDateLine(line) {
		if d.Date == "" {
			d.Date = line
		}
		return "", true
	}
	if date := datelineAlone(line); date != "" {
		// "Santiago, lunes 15 de noviembre de 2010" under the masthead:
		// the place and the weekday spell out more words than a date
		// line has, but the line is no headline
		if d.Date == "" {
			d.Date = date
		}
		return "", true
	}
	if d.Title != "" && d.Author == "" && (isPersonName(line) && (next == "" || isDateLine(next) || d.Date != "") || personShaped(line) && (isDateLine(next) || fieldsWithDate(next))) {
		// "Samuel Whitcombe" alone under the headline, above the date or
		// below it; "Ulla Berg, Hamburg" with the place filed from; a
		// name no list knows right above the date ("Peregrina
		// Prout-Abernethy" over "Melbourne, 10 September 2019", or over
		// "September 15, 2015 · 6:40 PM ET · 4 min read")
		d.Author = authorName(line)
		return "", true
	}
	if name := linkedName(line); d.Title != "" && d.Author == "" && name != "" {
		d.Author = name // "[Jane Roe](/author/jane-roe)" under the headline
		return "", true
	}
	if d.Title != "" && d.Author == "" && jointNames(line) {
		d.Author = line // "Ana Ruiz / Luis Gil" under the headline, whatever follows
		return "", true
	}
	if d.Title == "" && !d.kicked && kicker(line, next) {
		// "Teuerster Zukauf aller Zeiten" above the headline; a headline
		// has one kicker, so the short line under it is the headline
		d.kicked = true
		return "", true
	}
	if d.Title == "" && isHeadline(line) && next != "" && (!startsLower(next) || isByline(next)) {
		d.Title = line
		return "", true
	}
	if d.Title == "" && isLabel(line) && next != "" {
		return "", true // a section label or menu word above the headline
	}
	return line, false
}

// labelledFields: a label's value goes on with other labelled fields
// after a bar ("Updated: June 2, 2021 | Source: Acme Daily"): the line
// is a row of fields, each read on its own.
func labelledFields(value string) bool {
	parts := pipeParts(value)
	if parts == nil || !strings.Contains(value, " | ") {
		return false
	}
	for _, p := range parts[1:] {
		if isLabelled(p) {
			return true
		}
	}
	return false
}

// pipeFields reads a line of fields joined by bars or dots ("Por Lucía
// Ferrándiz | 14/09/2016 | Fuente: Agronegocios Hoy") and reports whether
// all of it was header.
func (d *Doc) pipeFields(parts []string) bool {
	fields := 0
	isField := make([]bool, len(parts))
	// "Santiago de Chile | 3 de marzo de 2021 | Por Ana Ruiz": the byline
	// among the fields names the author, so a bare name before it is the
	// place filed from
	byline := false
	for _, p := range parts {
		if isByline(p) {
			byline = true
		}
	}
	for i, p := range parts {
		if byline && isPersonName(p) {
			continue
		}
		if rest, ok := d.headerLine(p, ""); ok && rest == "" {
			isField[i] = true
			fields++
		}
	}
	if len(parts) == 2 && fields == 0 && d.Author == "" && deskName(parts[1]) && personShaped(parts[0]) {
		d.Author = parts[0] // "Peregrine Winterbourne-Rae | Staff", "Ana Ruiz | Redacción"
		return true
	}
	switch {
	case fields == len(parts):
		return true
	case fields == 0:
		return false
	case fields+mottoParts(parts, isField) == len(parts):
		// "Consumer deals, every weekday | Tuesday, March 2, 2021 | Issue
		// #412": what the publication is, then the issue's fields
		return true
	case !isField[0] && d.Source == "" && outletLike(parts[0]) && !(byline && isPersonName(parts[0])):
		// "Le Fil des Affaires | Santé | 25.08.2022 | Par Mathilde Rochas":
		// fields after the site's name and a section. A first part read as
		// a field ("Par Claire Roux | Publié le ...") names no site, nor
		// does the desk that signs it ("Redazione Economia | 3 marzo 2021").
		if !deskName(parts[0]) {
			d.Source, d.guessed = parts[0], true
		}
		return true
	}
	// "14.12.2023 | Daniel Achterberg": a date and the author's name
	for i, p := range parts {
		// (a name of the person's shape whose given name no list has, beside
		// the date: "Visitación Errazkin Lumbreras · 15/05/2012 · 08:40")
		if (isPersonName(p) || i == 0 && fields > 0 && personShaped(p) && !deskName(p)) && d.Author == "" {
			d.Author = p
			return true
		}
	}
	// "Ana Ruiz | Madrid | 29 mar. 2019", "Par Ana Ruiz | 25/03/2021 |
	// Industrie": the place filed from or the section, among fields
	for i, p := range parts {
		if !isField[i] && !shortLabel(p) {
			return false
		}
	}
	// "Gonzalo Echazarreta · La Bujía Económica · 11/04/2018": among the
	// fields a name with a word papers are named with is the outlet's,
	// where a place or a section has none
	for i, p := range parts {
		if !isField[i] && d.Source == "" && outletWord(p) && outletLike(p) && !isPersonName(p) {
			d.Source, d.guessed = p, true
			break
		}
	}
	return true
}

// mottoParts counts the parts of a row of fields that are not fields but
// a publication's motto ("Consumer & retail deals, every weekday") or
// what it says it is ("Der Mittelstands-Newsletter von Acme"). Such a
// part only belongs to the header among fields: a headline's second half
// may read alike.
func mottoParts(parts []string, isField []bool) int {
	n := 0
	for i, p := range parts {
		if !isField[i] && taglineAlone(p) {
			n++
		}
	}
	return n
}

// issueNumberLine is a periodical's number alone: "Issue #412", "N° 1245",
// "Nr. 236", "Ausgabe 12", "No. 45", and with its year "Nr. 29/2007".
var issueNumberLine = regexp.MustCompile(`(?i)^(?:issue|no\.?|nr\.?|n°|nº|n\.|num\.|numéro|numero|número|ausgabe|heft|edition|édition|edizione|edición)\s*#?\s*\d{1,5}(?:/\d{2,4})?$`)

// issueNumber: the line is an issue's number; its first byte is a letter.
func issueNumber(line string) bool {
	return len(line) <= 20 && line != "" && !isDigit(line[0]) && issueNumberLine.MatchString(line)
}

// shortLabel: one to three capitalised words without digits, as a place
// or a section name is written.
func shortLabel(s string) bool {
	return wordCount(s) <= 3 && isCapitalised(s) && isLabel(s) && !strings.ContainsAny(s, "0123456789")
}

// dateSeparators part a date from what a header line adds after it.
var dateSeparators = []string{", ", " | ", " / ", " – ", " — ", " - ", " · "}

// firstDate cuts what a date field adds after its date: "3 avril 2023 à
// 18h40, mis à jour le 4 avril 2023" is the 3rd, and so is "3 avril 2023
// – Mis à jour le 4 avril 2023". The cut comes at the first separator
// after the year.
func firstDate(v string) string {
	date, _ := splitDate(v)
	return date
}

// splitDate cuts a value at the first separator that has a year before
// it; the rest is "" when there is none.
func splitDate(v string) (date, rest string) {
	// A separator has a year before it when it comes after the end of the
	// first year in the value: a separator's first byte is no digit or
	// letter, so it bounds a year as the end of the value would.
	year := yearAt(v)
	if year < 0 {
		return v, ""
	}
	year += 4
	cut := -1
	sepLen := 0
	for _, sep := range dateSeparators {
		if k := strings.Index(v[year:], sep); k >= 0 {
			if k += year; cut < 0 || k < cut {
				cut, sepLen = k, len(sep)
			}
		}
	}
	if cut < 0 {
		return v, ""
	}
	return strings.TrimSpace(v[:cut]), strings.TrimSpace(v[cut+sepLen:])
}

// dateThenByline cuts a date field's value where a byline follows the
// date after a separator ("02/02/2022 à 09h15 · Par Anne-Laure Besnard"):
// the date, then the byline to be read on its own. Any other value is
// given back as it is, with rest.
func dateThenByline(value, rest string) (string, string) {
	if date, after := splitDate(value); after != "" && isByline(after) {
		return date, after
	}
	return value, rest
}

// leadingDate reads a line that opens with a date and goes on with other
// fields: the byline ("Mittwoch, 3. Juni 2020 – Ein Beitrag von Katrin
// Vollmer") is given back to be read; the hour and an "updated" note
// ("May 6, 2020 / 7:45 AM / Updated 2 hours ago") are dropped.
func leadingDate(line string) (date, rest string, ok bool) {
	if isSentence(line) {
		return "", "", false // prose, whatever date it opens with
	}
	date, rest = splitDate(line)
	// a year alone opens headlines too: "2023, a record year for deals"
	if rest == "" || !isDateLine(date) || len(date) == 4 && yearAt(date) == 0 {
		return "", "", false
	}
	if strings.ContainsAny(rest, "0123456789") && wordCount(rest) <= 8 && !isByline(rest) {
		rest = "" // "7:45 AM / Updated 2 hours ago", "Aggiornato alle 9:10"
	}
	return date, rest, true
}

// updatedLabel: a label of the date a page was last changed, not written,
// as a liveblog heads its entries with ("Last updated: 12 March 2025,
// 16:02 CET").
func updatedLabel(name string) bool {
	_, ok := afterUpdatedLabel(name)
	return ok
}

// updatedLabels are the labels of the date a page was last changed, in
// small letters.
var updatedLabels = []string{"updated", "mis à jour", "actualizado", "aggiornato", "aktualisiert", "last updated",
	"dernière mise à jour", "última actualización", "ultimo aggiornamento", "zuletzt aktualisiert", "last modified",
	"modified", "stand"}

// afterUpdatedLabel is what follows the updated label a text in small
// letters opens with, and whether it opens with one.
func afterUpdatedLabel(lower string) (string, bool) {
	for _, p := range updatedLabels {
		if rest, ok := strings.CutPrefix(lower, p); ok {
			return rest, true
		}
	}
	return "", false
}

// updateTime: a note of the hour a page was last changed, without the day
// ("Mis à jour à 11 h 05", "Updated 9:40 a.m. ET", "Aggiornato alle 9.10",
// "Aktualisiert um 11:05 Uhr"), as a byline's row of fields closes with:
// header, but no date.
func updateTime(line string) bool {
	if len(line) > 48 || hasYear(line) || strings.IndexAny(line, "0123456789") < 0 {
		return false
	}
	rest, ok := afterUpdatedLabel(strings.ToLower(line))
	return ok && clockTime(strings.TrimLeft(rest, ": "))
}

// clockWords are the words around an hour, in small letters: the
// preposition before it, the half of the day, the hour's mark and the
// time zone after it.
var clockWords = map[string]bool{"at": true, "à": true, "a": true, "alle": true, "ore": true, "um": true, "las": true, "la": true,
	"h": true, "uhr": true, "am": true, "pm": true, "a.m.": true, "p.m.": true,
	"et": true, "est": true, "edt": true, "gmt": true, "bst": true, "utc": true, "cet": true, "cest": true, "mez": true}

// clockTime: words in small letters that give an hour and nothing else:
// figures ("11", "11:05", "9.10", "11h05") and the words around them.
func clockTime(s string) bool {
	figures := 0
	for _, w := range strings.Fields(s) {
		switch {
		case isDigit(w[0]) && strings.Trim(w, "0123456789:.h") == "":
			figures++
		case clockWords[w]:
		default:
			return false
		}
	}
	return figures > 0
}

// authorName is a byline's name without what follows a comma: "Emma
// Clarke, Tokyo", "Jane Doe, Senior Correspondent".
func authorName(v string) string {
	if name, _, ok := strings.Cut(v, ","); ok && strings.TrimSpace(name) != "" {
		return strings.TrimSpace(name)
	}
	return v
}

// label stores a "Name: value" header line.
func (d *Doc) label(name, value string) {
	switch labelKinds[name] {
	case "date":
		value = firstDate(value)
		if updatedLabel(name) {
			if d.updated == "" {
				d.updated = value
			}
			return
		}
		if d.Date == "" && value != "" {
			d.Date = value
		}
	case "author":
		if d.Author == "" && value != "" && strings.IndexFunc(value, unicode.IsLetter) >= 0 {
			// "Texto: Ana Ruiz · 9 jun. 2022 · 08:30": the name, then the
			// day it ran
			name, rest := value, ""
			for _, sep := range []string{" · ", " | "} {
				if n, r, ok := strings.Cut(value, sep); ok {
					name, rest = strings.TrimSpace(n), r
					break
				}
			}
			d.Author = authorName(name)
			if d.Date == "" && rest != "" {
				d.Date = firstDate(rest)
			}
		}
	case "title":
		// an e-mail's subject line: the newsletter's headline
		if d.Title == "" && value != "" {
			d.Title = strings.TrimSpace(replyMark.ReplaceAllString(value, ""))
		}
	case "sender":
		// "From: Acme Weekly <news@acme.example>": the sender's name is
		// the publication's when it is no person's
		name, _, _ := strings.Cut(value, "<")
		name = strings.Trim(strings.TrimSpace(name), `"`)
		if d.Source == "" && name != "" && !isPersonName(name) && outletLike(name) {
			d.Source = name
		}
	case "source":
		if m := markdownLinkOf(value); m != nil {
			if d.Source == "" && m[1] != "" && !strings.HasPrefix(m[1], "http") {
				d.Source = m[1]
			}
			if d.URL == "" {
				d.URL = m[2]
			}
			return
		}
		if isURL(value) {
			if d.URL == "" {
				d.URL = urlOf(value)
			}
			return
		}
		if d.Source == "" && outletLike(value) {
			d.Source = value
		}
	}
}

// replyMark opens the subject of a reply or a forwarded e-mail.
var replyMark = regexp.MustCompile(`^(?i:(?:re|fwd?|aw|wg|tr|rv|i)\s*:\s*)+`)

// labelKinds says what each header label gives.
var labelKinds = func() map[string]string {
	m := map[string]string{}
	for kind, names := range map[string]string{
		"date": `published at|published on|published|posted on|posted|updated on|updated|date|publié le|publié|mis à jour le|mis à jour|` +
			`publicado el|publicado|actualizado el|actualizado|fecha|pubblicato il|pubblicato|aggiornato il|aggiornato|data|` +
			`veröffentlicht am|veröffentlicht|aktualisiert am|aktualisiert|datum|` +
			`last updated|dernière mise à jour|última actualización|ultimo aggiornamento|zuletzt aktualisiert|` +
			`first published on|first published|erstellt am|erstellt|mis en ligne le|mis en ligne|mise en ligne le|mise en ligne|` +
			`creado el|creato il|last modified on|last modified|modified|stand|pubdate|pub date|dc:date|created on|created`,
		"author": `author|creator|dc:creator|written by|by|auteur|autrice|par|autor|autora|autorin|por|autore|von|text|texte|testo|texto|words`,
		"title":  `subject|objet|betreff|oggetto|asunto|title|titre|titolo|título|titel|headline`,
		// the day a page was saved, read or printed, and a feed's or a
		// document's fields that say nothing of the story's metadata
		"ignore": `saved on|saved|retrieved on|retrieved|accessed on|accessed|archived on|archived|captured on|captured|` +
			`downloaded on|downloaded|printed on|printed|consulté le|consultado el|consultato il|abgerufen am|gespeichert am|` +
			`salvato il|guardado el|enregistré le|category|categories|guid|tags|keywords|` +
			// the section a story is filed under
			`section|sección|seccion|rubrique|rubrica|sezione|ressort`,
		"sender": `from|expéditeur|absender|mittente|remitente`,
		// "Testata:" names the paper on a press clipping
		"source": `original|source|url|link|canonical|fuente|fonte|quelle|testata|medio|publication|publicación|pubblicazione|outlet`,
	} {
		for _, n := range strings.Split(names, "|") {
			m[n] = kind
		}
	}
	return m
}()

// dispatchLeadIn is the word that says a line credits a wire's dispatch,
// with the preposition after it: "Dépêche Agence Hexa", "Dispatch from
// Kestrel Wire", "Dispaccio Agenzia Nova", "Despacho de Agencia Sur",
// "Agenturmeldung von Nordpress".
var dispatchLeadIn = regexp.MustCompile(`^(?:Dépêche|Dispatch|Dispaccio|Despacho|Agenturmeldung|Meldung)(?:\s+(?:de l'|dell')|\s+(?:de la|de|from|by|di|della|von|der)\s+|\s+)`)

// dispatchCredit reads such a line: the agency's name, two to four
// capitalised words or a known outlet, then at most what a feed adds
// after a separator (when it came in: "il y a 2 heures", a date), given
// back to be read as header.
func dispatchCredit(line string) (agency, rest string, ok bool) {
	if len(line) > 100 {
		return "", "", false
	}
	loc := dispatchLeadIn.FindStringIndex(line)
	if loc == nil {
		return "", "", false
	}
	name := line[loc[1]:]
	for _, sep := range []string{" — ", " – ", " - ", " | ", " · ", ", "} {
		if k := strings.Index(name, sep); k > 0 {
			name, rest = name[:k], strings.TrimSpace(name[k+len(sep):])
			break
		}
	}
	name = strings.TrimSpace(name)
	if !isOutlet(name) && !(outletLike(name) && !isPersonName(name)) {
		return "", "", false
	}
	if rest != "" && !relativeTime(rest) && !isDateLine(rest) {
		return "", "", false
	}
	if relativeTime(rest) {
		rest = "" // when the page was read: no date of the story
	}
	return name, rest, true
}

// nameAfterDate reads what a scraper wrote after the date on the first
// line: a byline, an author's name, an outlet, or already the text.
func (d *Doc) nameAfterDate(rest string) string {
	if rest == "" || isSentence(rest) || wordCount(rest) > 5 {
		return rest
	}
	if m := bylineOf(rest); m != nil && isName(m[1]) && bylineEnds(m[2]) {
		if d.Author == "" {
			d.Author = m[1]
		}
		return d.afterByline(m[2])
	}
	switch {
	case isOutlet(rest) || (wordCount(rest) == 1 && isCapitalised(rest)):
		if d.Source == "" {
			d.Source = rest
		}
		return ""
	case isPersonName(rest):
		if d.Author == "" {
			d.Author = rest
		}
		return ""
	}
	return rest
}

// afterByline reads what follows the names in a byline: an outlet in
// brackets and an "Updated:" date, commonly.
func (d *Doc) afterByline(rest string) string {
	rest = strings.TrimSpace(rest)
	if filedFrom.MatchString(rest) || withAgency.MatchString(rest) || roleAfterName(rest) {
		// ", à Gand": where it was written; "avec AFP": who helped;
		// ", correspondante à Londres": the writer's post
		return ""
	}
	if date := postedOn(rest); date != "" {
		if d.Date == "" {
			d.Date = date
		}
		return ""
	}
	if m := parenthesised.FindStringSubmatch(rest); m != nil {
		rest = strings.TrimSpace(m[1])
	}
	if m := labelField(rest); m != nil {
		d.label(strings.ToLower(m[1]), unbold(m[2]))
		return ""
	}
	if isDateLine(rest) {
		if d.Date == "" {
			d.Date = rest
		}
		return ""
	}
	return rest
}

// nextText is the next non-blank line from i.
func nextText(lines []string, i int) string {
	for ; i < len(lines); i++ {
		if t := strings.TrimSpace(lines[i]); t != "" {
			return t
		}
	}
	return ""
}

// boldOutlet reads a newsletter's name set in bold at the head of its
// issue line ("**La Lettre de la Crèmerie** · n° 318 · lundi 2 juillet
// 2012"): a few capitalised words, then separated fields with a year.
func boldOutlet(raw string) string {
	rest, ok := strings.CutPrefix(raw, "**")
	if !ok {
		return ""
	}
	name, fields, ok := strings.Cut(rest, "**")
	fields = strings.TrimSpace(fields)
	if !ok || name == "" || wordCount(name) > 6 || !isCapitalised(name) || strings.ContainsAny(name, ":.!?0123456789") || isByline(name) || isPersonName(name) ||
		!strings.ContainsAny(fields, "·|—–") || !hasYear(fields) {
		return ""
	}
	return strings.TrimSpace(name)
}

// withoutMenuLabel drops the label a menu may open with ("Rubriques :
// Actualités   Financements   Partenariats"): a word or two and a colon.
func withoutMenuLabel(line string) string {
	if label, items, ok := strings.Cut(line, ":"); ok && wordCount(label) <= 2 && !strings.ContainsAny(label, "0123456789") {
		return items
	}
	return line
}

// dropRepeatedTitle removes body lines that only repeat the headline.
func dropRepeatedTitle(lines []string, title string) []string {
	if title == "" {
		return lines
	}
	out := lines[:0]
	for _, l := range lines {
		if strings.EqualFold(strings.TrimSpace(l), title) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// withAgency is the agency or the desk a byline's writer worked with, a
// few words without a stop, after a comma or not: "Par Anne Roux avec
// AFP", "Par Anne Roux, avec AFP", "By Jane Roe with agencies", "Por Ana
// Ruiz con Agencias", "Von Ulla Berg mit dpa".
var withAgency = regexp.MustCompile(`^,?\s*(?:avec|with|con|mit)\s+[\p{L}'’&-]+(?:\s+[\p{L}'’&-]+){0,3}$`)

// bylineOutlet is the outlet a byline names after its writers' names and a
// comma ("Jane Roe and Sam Lee, Acme Wire"): a known outlet, or a name
// with a word outlets are named with. A place or a role there is none.
func bylineOutlet(names string) string {
	k := strings.LastIndex(names, ",")
	if k < 0 {
		return ""
	}
	tail := strings.TrimSpace(names[k+1:])
	if isOutlet(tail) || outletWord(tail) && outletLike(tail) && !journalistRole.MatchString(tail) && !isPersonName(tail) {
		return tail
	}
	return ""
}

// fieldThenMeta cuts a label's value at a bar that other header fields
// follow ("Lennart Hüsing | Mittwoch, 3. März 2021"): the value, then the
// fields, to be read on their own.
func fieldThenMeta(value string) (string, string) {
	parts := pipeParts(value)
	if parts == nil || !strings.Contains(value, " | ") {
		return value, ""
	}
	for _, p := range parts[1:] {
		if !isMetaShaped(p) {
			return value, ""
		}
	}
	return parts[0], strings.Join(parts[1:], " | ")
}

// filedFrom is the place a byline says the story was filed from, after a
// preposition and maybe a comma: "Par Anne Roux, à Gand", "By Jane Roe in
// Frankfurt". "By Monday, Acme had..." goes on in small letters.
var filedFrom = regexp.MustCompile(`^,?\s*(?:à|a|in|en|aus|from|desde|depuis|da|dalla|dal)\s+\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,2}$`)

// bylineEnds says whether what follows the names of a "By ..." line is the
// rest of a byline (nothing, an outlet in brackets, a date) rather than the
// sentence that "By Monday, Acme had..." starts.
func bylineEnds(rest string) bool {
	rest = strings.TrimSpace(rest)
	if rest == "" || filedFrom.MatchString(rest) || withAgency.MatchString(rest) || postedOn(rest) != "" || roleAfterName(rest) {
		return true
	}
	for _, p := range []string{"(", "|", "-", "–", "—", "Updated", "Published", "Posted", "•", "·"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// roleAfterName: what follows a byline's names is the writer's post
// after a comma, in a few words in small letters ("Par Solène Castagnier,
// correspondante à Londres", "By Jane Roe, senior reporter"); "By Monday,
// Acme had..." goes on otherwise.
func roleAfterName(rest string) bool {
	post, ok := strings.CutPrefix(rest, ",")
	post = strings.TrimSpace(post)
	return ok && len(post) < 80 && startsLower(post) && !moreWordsThan(post, 6) && journalistRole.MatchString(post)
}

// deskWords name a newsroom's desk, which signs a story in place of a
// writer: "Redazione Economia", "Redacción Negocios", "Newsroom".
var deskWords = map[string]bool{"redazione": true, "redacción": true, "redaccion": true, "rédaction": true, "redaktion": true,
	"newsroom": true, "staff": true, "desk": true, "équipe": true, "equipo": true}

// deskName: a name that opens with a desk's word, or ends with one ("Markets
// Desk").
func deskName(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	return len(words) > 0 && (deskWords[words[0]] || deskWords[words[len(words)-1]])
}

// postedOnDay is the day a blog's byline gives after the name, a
// preposition first, and what follows it: "on March 3, 2021 in Deals | 2
// comments", "il 3 marzo 2021 in Fintech", "le 3 déc. 2021".
var postedOnDay = regexp.MustCompile(`^(?:on|il|le|el|am)\s+(\S.{0,28}?\d{4})\b(.*)$`)

// postedOn reads such a tail: the date, when what follows it is the
// post's category and comment count, not a sentence; else "".
func postedOn(rest string) string {
	switch firstWord(rest) {
	case "on", "il", "le", "el", "am":
	default:
		return "" // most bylines end otherwise: no need to run the pattern
	}
	if len(rest) > 160 {
		return ""
	}
	m := postedOnDay.FindStringSubmatch(rest)
	if m == nil || !isDateLine(m[1]) || isSentence(m[2]) || moreWordsThan(m[2], 12) {
		return ""
	}
	return m[1]
}

// listedField reads a header field written as a markdown list's item
// ("- **Fecha:** 3 de mayo de 2021", "* Author: Jane Roe"): the field
// without the bullet, when a label opens it.
func listedField(line string) (string, bool) {
	if !strings.HasPrefix(line, "- ") && !strings.HasPrefix(line, "* ") && !strings.HasPrefix(line, "• ") {
		return "", false
	}
	_, after, _ := strings.Cut(line, " ")
	field := plain(strings.TrimSpace(after))
	if labelField(field) == nil && datedLabelOf(field) == nil {
		return "", false
	}
	return field, true
}

// nameThenDate reads a line that is a person's name and a date, a run of
// spaces between them, as a scraper writes a byline's two fields.
func nameThenDate(line string) (name, date string, ok bool) {
	parts := spacedParts(line)
	if len(parts) != 2 || !isPersonName(parts[0]) || !isDateLine(parts[1]) || !hasYear(parts[1]) {
		return "", "", false
	}
	return parts[0], parts[1], true
}

// sectionsThenDate reads a line of one or two section names and a date
// joined by dashes ("Télécoms – Équipementiers – lundi 3 avril 2006",
// "Wirtschaft - Dienstag, 4. Mai 2021"): it gives the date, or "". The
// sections are short capitalised labels without figures; a headline's
// clause after a dash is longer or not capitalised.
func sectionsThenDate(line string) string {
	if len(line) > 100 || !hasYear(line) {
		return ""
	}
	for _, sep := range []string{" – ", " — ", " - "} {
		parts := strings.Split(line, sep)
		if len(parts) < 2 || len(parts) > 3 {
			continue
		}
		date := strings.TrimSpace(parts[len(parts)-1])
		if !isDateLine(date) || !hasYear(date) {
			continue
		}
		for _, p := range parts[:len(parts)-1] {
			if !shortLabel(strings.TrimSpace(p)) {
				return ""
			}
		}
		return date
	}
	return ""
}
