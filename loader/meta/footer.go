package meta

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	domainName = regexp.MustCompile(`(?i)^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|co\.uk|co|in|de|it|fr|es|nl|ch|at|eu|io|news|info|jp|cn|com\.br|com\.au)$`)
	// "Copyright Mercati Oggi 2023", "© Crónica Bursátil, 2024", "© Rhône &
	// Bourse 2019", "© Lausanne Bourse Hebdo – 2022": the name before the year
	copyrightBefore = regexp.MustCompile(`^(?:©|\(c\)|(?i:copyright))\s*(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:(?:&|des|de|del|della|di|al|du|la|le|of|the|and|y|e|et|und|van|der)\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})(?:,|\s+[–—-])?\s+\d{4}\b`)
	// "Originally published by Alpine Ledger", "Publicado originalmente en X"
	originallyIn = regexp.MustCompile(`(?i)^(?:originally published (?:by|in|on)|first published (?:by|in|on)|publicado originalmente en|pubblicato originariamente su|publié initialement (?:par|dans|sur)|ursprünglich erschienen (?:bei|in))\s+(.+?)\.?$`)
	// "This article was published on 20 March 2023", "Este artículo fue
	// publicado el 30 de diciembre de 2023."
	// "Reporting by Jane Roe; published October 5, 2020.": without its
	// preposition the date must follow at once, in words or figures
	publishedOn = regexp.MustCompile(`(?i)\b(?:published|publicado|pubblicato|publié|veröffentlicht)\s+(?:(?:on|el|il|le|am)\s+(.{6,40}?\d{4})|` +
		`(\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4}))`)
	// "© 2015 Rhône & Bourse. All rights reserved.": the name after the year
	copyrightName  = regexp.MustCompile(`(?:©|\(c\)|(?i:copyright))\s*(?:\d{4}\s*[-–]\s*)?\d{4}\s+(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:(?:&|des|de|del|della|delle|degli|di|al|du|la|le|of|the|and|y|e|et|und|van|der)\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})`)
	staffCredit    = regexp.MustCompile(`(?i:edited|reworked|written|produced)\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:[\s-]\p{Lu}[\p{L}\p{N}&.-]*){0,3})\s+(?i:staff|team|desk|newsroom)`)
	agencyDateline = regexp.MustCompile(`^(?:\p{Lu}[^()\n]{0,40}?\s)?\(([\p{L}][\p{L}\p{N} .&-]{1,30})\)\s*(?:-{1,2}|–|—)`)
	signOff        = regexp.MustCompile(`^(?:(?:Senior|Deputy|Managing|Technology|Business|News|Staff|Contributing)\s+)?(?i:editor|reporter|correspondent|writer|journalist|editor-in-chief)\s*(?:,|\bat\b|\bfor\b)\s*(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})\s*$`)
	sourceLine     = regexp.MustCompile(`(?i)^(?:source|fonte|fuente|quelle)\s*:\s*(.+?)\s*$`)
	// "(Reporting by Hiro Sato; Editing by Clare Dunmore)", "Reporting by
	// Joost van der Berg in Rotterdam": a wire story's reporters, who wrote it
	reportedBy = regexp.MustCompile(`^\(?(?i:reporting|reported|additional reporting|writing)\s+by\s+([^;)]+)`)
	// one reporter's name, then at most the place filed from in small
	// letters: "Joost van der Berg in Rotterdam"
	reporterName = regexp.MustCompile(`^(` + nameWord + `(?:\s+(?:` + nameParticle + `\s+)*` + nameWord + `){1,3})(?:\s+\p{Ll}.*)?$`)
	// what joins the reporters of one credit
	reporterJoin = regexp.MustCompile(`\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+`)
)

// footerLines is how many non-blank lines from the bottom may be a footer.
const footerLines = 12

// footer finds the outlet in the last lines when the header did not give
// it: a "by X staff" note, a copyright line, a "Source:" line naming an
// outlet, or a lone line that is an agency's name.
func (d *Doc) footer(lines []string) {
	d.reporter(lines)
	d.footerDate(lines)
	if d.Source != "" && !d.guessed {
		return
	}
	var staff, copyright, source, lone string
	seen := 0
	for i := len(lines) - 1; i >= 0 && seen < footerLines; i-- {
		line := strings.TrimSpace(plain(lines[i]))
		if line == "" {
			continue
		}
		seen++
		// Cheap tests first: most footer lines are prose.
		short := len(line) <= 80
		if staff == "" && strings.Contains(line, " by ") && containsStaffWord(line) {
			if m := staffCredit.FindStringSubmatch(line); m != nil {
				staff = m[1]
			}
		}
		if copyright == "" && (strings.Contains(line, "©") || strings.Contains(line, "(c)") || strings.Contains(line, "opyright")) {
			if m := copyrightName.FindStringSubmatch(line[copyrightMark(line):]); m != nil {
				name, _, _ := strings.Cut(m[1], ". ") // "Planet News. All rights reserved."
				copyright = strings.TrimRight(name, ".")
			} else if m := copyrightBefore.FindStringSubmatch(line); m != nil {
				copyright = m[1]
			} else if name := rightsThenName(line); name != "" {
				copyright = name
			} else {
				copyright = nameThenRights(line)
			}
		}
		if copyright == "" && short {
			copyright = nameBeforeRights(line) // "Acme Daily — All rights reserved"
		}
		if copyright == "" && short {
			copyright = publisherLine(line) // "Acme Media S.r.l. – P.IVA 0123"
		}
		if source == "" && short {
			if m := originallyIn.FindStringSubmatch(line); m != nil && (outletLike(m[1]) || singleOutletWord(m[1]) && !toldAbout(lines, m[1])) {
				source = strings.TrimRight(m[1], ".")
			}
		}
		if source == "" && len(line) <= 300 {
			if name := syndicatedFrom(line); name != "" && (outletLike(name) || singleOutletWord(name) && !toldAbout(lines, name)) {
				source = name // "This article originally appeared in Acme Daily and is ..."
			}
		}
		if staff == "" && short {
			if m := signOff.FindStringSubmatch(line); m != nil {
				staff = m[1]
			}
		}
		if source == "" && short {
			if m := sourceLine.FindStringSubmatch(line); m != nil {
				// "Fonte: Il Foglio Economico – tutti i diritti riservati"
				if name := nameBeforeNotice(m[1]); outletLike(name) || singleOutletWord(name) && !toldAbout(lines, name) {
					source = strings.TrimRight(name, ".")
				}
			}
		}
		if lone == "" && short && len(line) <= 40 && wordCount(line) <= 3 && isOutlet(strings.Trim(line, "()")) {
			lone = strings.Trim(line, "()")
		}
	}
	if d.guessed {
		// a site guessed from a header line's shape gives way to the
		// source a closing line credits in words
		if source != "" {
			d.Source, d.guessed = source, false
		}
		return
	}
	for _, s := range []string{staff, copyright, source, lone} {
		if s != "" {
			d.Source = s
			return
		}
	}
}

// syndication opens the note under a story that another outlet published
// it first; the outlet's name follows.
var syndication = regexp.MustCompile(`(?i)\b(?:originally (?:appeared|published|ran) (?:in|on|at|by)|first (?:appeared|ran) (?:in|on|at)|` +
	`(?:se )?publicó originalmente en|(?:fue )?publicado originalmente (?:en|por)|(?:è stato )?pubblicato originariamente (?:su|da|sul|nel)|` +
	`apparso originariamente (?:su|sul|nel)|(?:est )?paru initialement (?:dans|sur)|(?:a été )?publié initialement (?:par|dans|sur)|` +
	`erschien zuerst (?:in|im|bei|auf)|ursprünglich erschienen (?:in|im|bei|auf))\s+(.+)$`)

// syndicatedFrom reads the outlet a syndication note credits, wherever the
// note stands in its line and whatever it says after the name ("This
// article originally appeared in Acme Daily and is republished with
// permission", "... en [Acme Diario](https://...) y se reproduce ..."):
// the run of capitalised words after the preposition.
func syndicatedFrom(line string) string {
	if !containsLower(line, "original") && !strings.Contains(line, "initialement") && !strings.Contains(line, "zuerst") {
		return ""
	}
	m := syndication.FindStringSubmatch(linkText(line))
	if m == nil {
		return ""
	}
	return capitalisedRun(m[1])
}

// capitalisedRun is the name s opens with: capitalised words, and the
// small words that join them ("of", "de", "l'Atlantique") when a
// capitalised word follows.
func capitalisedRun(s string) string {
	words := strings.Fields(s)
	end := 0
	for i, w := range words {
		w = strings.TrimRight(w, ".,;:!?)")
		if isCapitalised(w) || elidedArticle.MatchString(w) {
			end = i + 1
			if w != words[i] {
				break // the name ends at its punctuation
			}
			continue
		}
		if !lowerKey(connector, w) {
			break
		}
	}
	if end == 0 {
		return ""
	}
	return strings.TrimRight(strings.Join(words[:end], " "), ".,;:!?)")
}

// rightsNotices say that the rights are reserved, in small letters.
var rightsNotices = []string{"all rights reserved", "todos los derechos reservados", "derechos reservados", "tous droits réservés",
	"tutti i diritti riservati", "riproduzione riservata", "alle rechte vorbehalten"}

// nameBeforeRights reads a closing line that names the outlet before a
// rights notice, without a copyright sign: "Acme Diario — Todos los
// derechos reservados".
func nameBeforeRights(line string) string {
	for _, sep := range []string{" – ", " — ", " - ", " | ", ". "} {
		name, notice, ok := strings.Cut(line, sep)
		if !ok {
			continue
		}
		notice = strings.ToLower(strings.TrimRight(strings.TrimSpace(notice), "."))
		for _, r := range rightsNotices {
			if notice == r && !strings.Contains(name, ":") && outletLike(name) && !isPersonName(name) {
				return strings.TrimSpace(name)
			}
		}
	}
	return ""
}

// taxIDLabels open the tax number a publisher's legal line gives.
var taxIDLabels = []string{"p.iva", "p. iva", "partita iva", "vat", "ust-idnr", "ust-id", "cif", "nif", "siret", "siren", "rcs"}

// publisherLine reads the legal line that closes a site: the publishing
// company's name and legal form, then its tax number ("Acme Media S.r.l. –
// P.IVA 01234567890", "Acme Verlag GmbH | USt-IdNr. DE123"). The legal form
// is dropped later, as from a copyright line's name.
func publisherLine(line string) string {
	for _, sep := range []string{" – ", " — ", " - ", " | ", ", ", " · "} {
		name, rest, ok := strings.Cut(line, sep)
		if !ok {
			continue
		}
		lower := strings.ToLower(strings.TrimSpace(rest))
		for _, l := range taxIDLabels {
			if !strings.HasPrefix(lower, l) {
				continue
			}
			name = strings.TrimSpace(name)
			if bare := withoutLegalForm(name); bare != name && !strings.Contains(name, ":") && outletLike(bare) {
				return name
			}
		}
	}
	return ""
}

// copyrightMark is where the first copyright sign or word of a line
// starts: copyrightName matches from there, not over the prose before.
func copyrightMark(line string) int {
	from := len(line)
	for _, mark := range []string{"©", "(c)", "opyright", "OPYRIGHT"} {
		if k := strings.Index(line, mark); k >= 0 {
			if mark[0] == 'o' || mark[0] == 'O' {
				k = max(k-1, 0) // the C before
			}
			from = min(from, k)
		}
	}
	if from == len(line) {
		return 0
	}
	return from
}

// rightsThenName reads a copyright line without a year that names the
// outlet after a dash: "© Riproduzione riservata – Il Borsino", "© All
// rights reserved - Acme Daily". What comes before the dash is a notice in
// words, not a name: "© Jane Roe – Agency" credits a photo.
func rightsThenName(line string) string {
	notice, name, ok := "", "", false
	for _, sep := range []string{" – ", " — ", " - "} {
		if notice, name, ok = strings.Cut(line, sep); ok {
			break
		}
	}
	if !ok || !strings.HasPrefix(notice, "©") || outletLike(strings.TrimSpace(strings.TrimPrefix(notice, "©"))) {
		return ""
	}
	name, _, _ = strings.Cut(name, " | ") // "... – Il Borsino | Privacy"
	if name = strings.TrimRight(strings.TrimSpace(name), "."); outletLike(name) {
		return name
	}
	return ""
}

// nameThenRights reads a copyright line without a year that names the
// outlet before a notice in words: "© Le Fil Santé – Tous droits
// réservés". "© Sara Conti – Kestrel Images" credits a photo: what follows
// the dash is a name there, not a notice.
func nameThenRights(line string) string {
	rest := strings.TrimSpace(strings.TrimPrefix(line, "©"))
	if rest == line {
		return ""
	}
	name := nameBeforeNotice(rest)
	if name == rest || isPersonName(name) || !outletLike(name) {
		return ""
	}
	return name
}

// nameBeforeNotice cuts a rights notice in words off the name before it:
// "Il Foglio Economico – tutti i diritti riservati" is "Il Foglio
// Economico". A value without such a notice is given back whole.
func nameBeforeNotice(v string) string {
	for _, sep := range []string{" – ", " — ", " - ", " | "} {
		name, notice, ok := strings.Cut(v, sep)
		if !ok {
			continue
		}
		notice = strings.TrimSpace(notice)
		if !outletLike(notice) && wordCount(notice) >= 2 && strings.IndexFunc(notice, unicode.IsLower) >= 0 {
			return strings.TrimSpace(name)
		}
	}
	return v
}

// footerDate takes the date a closing line gives ("This article was
// published on 20 March 2023", or a lone date line) when the header gave
// none.
func (d *Doc) footerDate(lines []string) {
	var lone string
	seen := 0
	for i := len(lines) - 1; i >= 0 && seen < 4 && d.Date == ""; i-- {
		line := strings.TrimSpace(lines[i])
		if line == "" {
			continue
		}
		seen++
		if m := publishedOnMatch(line); m != nil {
			d.Date = m[1] + m[2] // one of the two is the date
		} else if lone == "" && isDateLine(line) && hasYear(line) && !copyrightLine(line) {
			lone = line
		} else if stamp := wireStamp(line); lone == "" && stamp != "" {
			lone = stamp
		}
	}
	if d.Date == "" {
		d.Date = lone
	}
}

// wireStampDate is the stamp an agency closes its item with: the agency
// in brackets, then the day with dashes and the time ("(Acme) 03-12-24
// 10:12"), as Italian wires write it.
var wireStampDate = regexp.MustCompile(`^(?:\(\p{L}[^()]{1,30}\)\s*)?(\d{1,2})-(\d{1,2})-(\d{2}|\d{4})\s+\d{1,2}[:.]\d{2}$`)

// wireStamp gives the day of such a stamp with dots, the form a date
// reader takes for day-month-year in figures, where dashes are read year
// first; "" when the line is none.
func wireStamp(line string) string {
	if len(line) > 50 || !strings.Contains(line, "-") {
		return ""
	}
	m := wireStampDate.FindStringSubmatch(line)
	if m == nil {
		return ""
	}
	return m[1] + "." + m[2] + "." + m[3]
}

// publishedOnMatch runs publishedOn on a line that has one of its verbs;
// most closing lines are prose that has none.
func publishedOnMatch(line string) []string {
	for _, verb := range []string{"ubli", "ubbli", "ffentlicht", "UBLI", "UBBLI", "FFENTLICHT"} {
		if strings.Contains(line, verb) {
			return publishedOn.FindStringSubmatch(line)
		}
	}
	return nil
}

// toldAbout: the text names the word in two lines or more: "Source: Acme"
// under a text about Acme credits Acme's own press release.
func toldAbout(lines []string, word string) bool {
	n := 0
	for _, l := range lines {
		if strings.Contains(l, word) {
			n++
		}
	}
	return n > 2 // the source line itself and one more may be chance
}

func copyrightLine(s string) bool {
	return strings.HasPrefix(s, "©") || strings.HasPrefix(s, "(c)") || strings.Contains(s, "opyright") || strings.Contains(s, "OPYRIGHT")
}

// reporter takes the author from a wire story's closing credit when the
// header named none.
func (d *Doc) reporter(lines []string) {
	seen := 0
	for i := len(lines) - 1; i >= 0 && seen < footerLines && d.Author == ""; i-- {
		line := ruled(strings.TrimSpace(plain(lines[i])))
		if line == "" {
			continue
		}
		seen++
		if name := nextText(lines, i+1); authorLabelAlone(line) && personShaped(name) {
			d.Author = name // "Written by" over the writer's name, in a box under the text
		} else if m := reportingCredit(line); m != nil {
			d.Author = reporters(m[1])
		} else if name := closingBio(line, seen); name != "" {
			d.Author = name
		} else if len(line) > 60 {
			continue // prose: a closing credit is short
		} else if m := labelField(line); m != nil && lowerKey(labelKinds, m[1]) == "author" {
			d.Author = authorName(unbold(m[2])) // "Autore: Giulia Benedetti" closing the text
		} else if m := bylineOf(line); m != nil && isName(m[1]) && bylineEnds(m[2]) {
			d.Author = authorName(m[1]) // "By Jane Roe" signing off the text
		} else if name := bracketedCredit(line); name != "" {
			d.Author = name
		} else if seen <= 3 && signature(lines, i) {
			d.Author = line
		} else if name := dashSignature(line); seen <= 3 && name != "" {
			d.Author = name
		}
	}
}

// bracketedCredit reads a closing credit in brackets, its byline before
// the other credits a semicolon parts: "(Von Ulla Berg; redigiert von
// Jan Roth)", "(By Jane Roe; editing by Sam Lee)". It gives the byline's
// names, or "".
func bracketedCredit(line string) string {
	if len(line) < 4 || line[0] != '(' || line[len(line)-1] != ')' {
		return ""
	}
	first, _, _ := strings.Cut(line[1:len(line)-1], ";")
	if m := bylineOf(strings.TrimSpace(first)); m != nil && isName(m[1]) && strings.TrimSpace(m[2]) == "" {
		return authorName(m[1])
	}
	return ""
}

// dashSignature reads a signature that a dash opens, the outlet after a
// comma: "— Jane Roe, Acme Daily", "– Jane Roe". It gives the name, or "".
func dashSignature(line string) string {
	rest := ""
	for _, dash := range []string{"— ", "– ", "- "} {
		if strings.HasPrefix(line, dash) {
			rest = strings.TrimSpace(line[len(dash):])
			break
		}
	}
	if rest == "" {
		return ""
	}
	name, outlet, _ := strings.Cut(rest, ",")
	name = strings.TrimSpace(name)
	if outlet = strings.TrimSpace(outlet); outlet != "" && !outletLike(outlet) && !isOutlet(outlet) {
		return ""
	}
	if !personShaped(name) {
		return ""
	}
	return name
}

// bioLine is a line about the writer under the text, a dash before it
// or not: a name, "is" and what the writer does ("— Jane Roe is markets
// editor of Acme Daily.", "Anne Roux est journaliste à L'Écho.").
var bioLine = regexp.MustCompile(`^(?:[—–-]\s*)?(` + nameWord + `(?:\s+(?:` + nameParticle + `\s+)*` + nameWord + `){1,2})\s+(?:is|est|es|è|ist)\s+([^.]{3,120})\.?$`)

// closingBio is bioSignature of one of the last three lines, "" further
// up: the pattern runs only where a writer's bio closes the text.
func closingBio(line string, seen int) string {
	if seen > 3 {
		return ""
	}
	return bioSignature(line)
}

// bioSignature reads the writer's name from such a line, when what the
// writer is said to be is a journalist's role; "" otherwise. A sentence
// of the text that closes on a person ("Jane Roe is chief executive of
// Acme.") names no journalist.
func bioSignature(line string) string {
	if len(line) > 160 || !strings.Contains(line, " ") {
		return ""
	}
	m := bioLine.FindStringSubmatch(line)
	if m == nil || !personShaped(m[1]) || !journalistRole.MatchString(m[2]) {
		return ""
	}
	return m[1]
}

// reporters reads the names of a reporting credit, each with the place it
// was filed from, and joins them with "and": "Marta Lind in Stockholm and
// Jan de Wit in Brussels" is "Marta Lind and Jan de Wit". It stops at the
// first part that is not a name.
func reporters(credit string) string {
	var names []string
	for _, part := range reporterJoin.Split(strings.TrimSpace(credit), -1) {
		m := reporterName.FindStringSubmatch(part)
		if m == nil {
			break
		}
		names = append(names, m[1])
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// signature says whether line i is the author's name alone closing the
// text: two or three capitalised words under the last paragraph, with at
// most the source or copyright credit below ("Ottavia Brambati"). The
// name need not be a given name the lists know; it must not read as an
// outlet's or a company's.
func signature(lines []string, i int) bool {
	line := strings.TrimSpace(plain(lines[i]))
	// the name may sign under the note of the day it was published
	if prev := prevText(lines, i-1); !personShaped(line) || !isSentence(prev) && publishedOnMatch(prev) == nil {
		return false
	}
	for k := i + 1; k < len(lines); k++ {
		if l := strings.TrimSpace(plain(lines[k])); l != "" && !creditLine(l) && !isDateLine(l) {
			return false // a date or a dateline may stand under the name
		}
	}
	return true
}

// authorLabelAlone: a line that is only the label of an author's box, the
// name on the line below: "Written by", "Autore", "Über den Autor".
func authorLabelAlone(line string) bool {
	l := strings.TrimRight(strings.TrimSpace(line), ": ")
	if len(l) > maxAuthorLabel {
		return false // prose: not lower-cased only to be refused
	}
	l = strings.ToLower(l)
	switch l {
	case "written by", "author", "about the author", "autore", "autrice", "l'autore", "autor", "autora", "autorin",
		"über den autor", "über die autorin", "auteur", "l'auteur", "sobre el autor":
		return true
	}
	return false
}

// reportingCredit is reportedBy's match of line, if any. Its words start
// with r, a or w in either case, after an optional bracket: a line that
// starts otherwise is not run through the pattern.
func reportingCredit(line string) []string {
	rest := strings.TrimPrefix(line, "(")
	if rest == "" || rest[0] < utf8.RuneSelf && !strings.ContainsRune("rRaAwW", rune(rest[0])) {
		return nil
	}
	return reportedBy.FindStringSubmatch(line)
}

// maxAuthorLabel bounds the bytes of a line authorLabelAlone can accept:
// its longest label, "über die autorin", is 17 bytes, and lower-casing
// shrinks a character at most threefold (the Kelvin sign to "k").
const maxAuthorLabel = 3 * 17

// personShaped: two or three capitalised words (a particle between them
// allowed), letters only, that name no outlet or company.
func personShaped(s string) bool {
	if isPersonName(s) {
		return true
	}
	var buf [4]string
	words := fieldsUpTo(buf[:0], s, len(buf))
	if len(words) < 2 || len(words) > 3 || siteArticles[words[0]] || outletWord(s) || isOutlet(s) || companyName(s) {
		return false
	}
	for i, w := range words {
		if i > 0 && particle.MatchString(w) {
			continue
		}
		if !isCapitalised(w) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' }) >= 0 {
			return false
		}
	}
	return !lowerKey(companyForm, words[len(words)-1])
}

// creditLine: a closing line crediting the source or the rights holder.
func creditLine(s string) bool {
	return sourceLine.MatchString(s) || copyrightLine(s) || originallyIn.MatchString(s)
}

// prevText is the nearest non-blank line at or above i.
func prevText(lines []string, i int) string {
	for ; i >= 0; i-- {
		if t := strings.TrimSpace(lines[i]); t != "" {
			return t
		}
	}
	return ""
}

// dateline takes the agency a wire story credits at its start, as in
// "CHICAGO (dpa-AFX) - ..." or "(Bloomberg) -- ...".
func (d *Doc) dateline(lines []string) {
	if d.Source != "" {
		return
	}
	seen := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || bulletLine(l) {
			continue // a bulleted summary above the dateline
		}
		if m := agencyDatelineOf(l); m != nil {
			// An agency is one word ("RTTNews", "dpa-AFX") or a known outlet.
			if name := strings.TrimSpace(m[1]); wordCount(name) == 1 || isOutlet(name) || outletLike(name) {
				d.Source = name
			}
			return
		}
		if seen++; seen >= 3 {
			return
		}
	}
}

// agencyDatelineOf matches agencyDateline on a line with a bracket near
// its start, where the agency stands.
func agencyDatelineOf(l string) []string {
	if strings.IndexByte(prefix(l, 180), '(') < 0 {
		return nil
	}
	return agencyDateline.FindStringSubmatch(l)
}

func containsStaffWord(s string) bool {
	for _, w := range []string{"staff", "team", "desk", "newsroom", "Staff", "Team", "Desk"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
