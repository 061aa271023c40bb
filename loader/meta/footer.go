package meta

import (
	"regexp"
	"strings"
)

var (
	domainName = regexp.MustCompile(`(?i)^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|co\.uk|co|in|de|it|fr|es|nl|ch|at|eu|io|news|info|jp|cn|com\.br|com\.au)$`)
	// "Copyright Mercati Oggi 2023": the name before the year
	copyrightBefore = regexp.MustCompile(`^(?:©|\(c\)|(?i:copyright))\s*(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})\s+\d{4}\b`)
	// "Originally published by Alpine Ledger", "Publicado originalmente en X"
	originallyIn = regexp.MustCompile(`(?i)^(?:originally published (?:by|in|on)|first published (?:by|in|on)|publicado originalmente en|pubblicato originariamente su|publié initialement (?:par|dans|sur)|ursprünglich erschienen (?:bei|in))\s+(.+?)\.?$`)
	// "This article was published on 20 March 2023", "Este artículo fue
	// publicado el 30 de diciembre de 2023."
	publishedOn    = regexp.MustCompile(`(?i)\b(?:published|publicado|pubblicato|publié|veröffentlicht)\s+(?:on|el|il|le|am)\s+(.{6,40}?\d{4})`)
	copyrightName  = regexp.MustCompile(`(?:©|\(c\)|(?i:copyright))\s*(?:\d{4}\s*[-–]\s*)?\d{4}\s+(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:(?:des|de|del|della|delle|degli|di|du|la|le|of|the|and|y|e|et|und|van|der)\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})`)
	staffCredit    = regexp.MustCompile(`(?i:edited|reworked|written|produced)\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:[\s-]\p{Lu}[\p{L}\p{N}&.-]*){0,3})\s+(?i:staff|team|desk|newsroom)`)
	agencyDateline = regexp.MustCompile(`^(?:\p{Lu}[^()\n]{0,40}?\s)?\(([\p{L}][\p{L}\p{N} .&-]{1,30})\)\s*(?:-{1,2}|–|—)`)
	signOff        = regexp.MustCompile(`^(?:(?:Senior|Deputy|Managing|Technology|Business|News|Staff|Contributing)\s+)?(?i:editor|reporter|correspondent|writer|journalist|editor-in-chief)\s*(?:,|\bat\b|\bfor\b)\s*(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})\s*$`)
	sourceLine     = regexp.MustCompile(`(?i)^(?:source|fonte|fuente|quelle)\s*:\s*(.+?)\s*$`)
	// "(Reporting by Hiro Sato; Editing by Clare Dunmore)": a wire story's
	// reporter, who wrote it
	reportedBy = regexp.MustCompile(`^\(?(?i:reporting|reported|additional reporting|writing)\s+by\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})`)
)

// footerLines is how many non-blank lines from the bottom may be a footer.
const footerLines = 12

// footer finds the outlet in the last lines when the header did not give
// it: a "by X staff" note, a copyright line, a "Source:" line naming an
// outlet, or a lone line that is an agency's name.
func (d *Doc) footer(lines []string) {
	d.reporter(lines)
	d.footerDate(lines)
	if d.Source != "" {
		return
	}
	var staff, copyright, source, lone string
	seen := 0
	for i := len(lines) - 1; i >= 0 && seen < footerLines; i-- {
		line := strings.TrimSpace(lines[i])
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
			if m := copyrightName.FindStringSubmatch(line); m != nil {
				name, _, _ := strings.Cut(m[1], ". ") // "Planet News. All rights reserved."
				copyright = strings.TrimRight(name, ".")
			} else if m := copyrightBefore.FindStringSubmatch(line); m != nil {
				copyright = m[1]
			} else {
				copyright = rightsThenName(line)
			}
		}
		if source == "" && short {
			if m := originallyIn.FindStringSubmatch(line); m != nil && (outletLike(m[1]) || singleOutletWord(m[1]) && !toldAbout(lines, m[1])) {
				source = strings.TrimRight(m[1], ".")
			}
		}
		if staff == "" && short {
			if m := signOff.FindStringSubmatch(line); m != nil {
				staff = m[1]
			}
		}
		if source == "" && short {
			if m := sourceLine.FindStringSubmatch(line); m != nil && (outletLike(m[1]) || singleOutletWord(m[1]) && !toldAbout(lines, m[1])) {
				source = strings.TrimRight(m[1], ".")
			}
		}
		if lone == "" && short && len(line) <= 40 && wordCount(line) <= 3 && isOutlet(strings.Trim(line, "()")) {
			lone = strings.Trim(line, "()")
		}
	}
	for _, s := range []string{staff, copyright, source, lone} {
		if s != "" {
			d.Source = s
			return
		}
	}
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
		if m := publishedOn.FindStringSubmatch(line); m != nil {
			d.Date = m[1]
		} else if lone == "" && isDateLine(line) && fourDigits.MatchString(line) && !copyrightLine(line) {
			lone = line
		}
	}
	if d.Date == "" {
		d.Date = lone
	}
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
	return strings.HasPrefix(s, "©") || strings.Contains(strings.ToLower(s), "copyright") || strings.HasPrefix(s, "(c)")
}

// reporter takes the author from a wire story's closing credit when the
// header named none.
func (d *Doc) reporter(lines []string) {
	seen := 0
	for i := len(lines) - 1; i >= 0 && seen < footerLines && d.Author == ""; i-- {
		line := strings.TrimSpace(lines[i])
		if line == "" {
			continue
		}
		seen++
		if m := reportedBy.FindStringSubmatch(line); m != nil {
			d.Author = m[1]
		} else if m := labelled.FindStringSubmatch(line); m != nil && labelKinds[strings.ToLower(m[1])] == "author" && len(line) <= 60 {
			d.Author = authorName(unbold(m[2])) // "Autore: Giulia Benedetti" closing the text
		}
	}
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
		if l == "" {
			continue
		}
		if m := agencyDateline.FindStringSubmatch(l); m != nil {
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

func containsStaffWord(s string) bool {
	for _, w := range []string{"staff", "team", "desk", "newsroom", "Staff", "Team", "Desk"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
