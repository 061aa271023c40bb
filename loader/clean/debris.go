package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// templateLeftover is a placeholder a page template failed to fill.
	templateLeftover = regexp.MustCompile(`^(?:%[a-z]|%\d*\$?[a-z]|\{\{[^}]*\}\}|\$\{[^}]*\}|\[object \w+\]|undefined|NaN|null)$`)
	// starRating is a reader rating widget: "4.4 (88%) 30 votes".
	starRating = regexp.MustCompile(`\d(?:[.,]\d)?\s*\(\d{1,3}%\)\s*\d+\s+(?i:votes?|ratings?|stimmen|voti|votos)`)
	// callToAction opens a line that asks the reader to click.
	callToAction = regexp.MustCompile(`^(?i:learn more|read more|read next|read also|see also|discover|click here|subscribe|sign up|download|register|join us|follow us|share (?:on|this)|tweet|email|print|related|advertisement|sponsored|continue reading|leggi anche|lees ook|lesen sie auch|lire aussi|leia também|lea también)\b`)
	// promoWords mark sponsor, newsletter and cookie blurbs.
	promoWords = regexp.MustCompile(`(?i)\b(?:sponsor(?:ed|ship)?|newsletters?|cookies?|subscri(?:be|ption)|advertis(?:e|ing|ement)|sign up|inbox|privacy policy|terms of (?:service|use)|all rights reserved|download (?:the|our) .* app)\b`)
	// secondPerson marks text addressed to the reader, as blurbs are.
	secondPerson = regexp.MustCompile(`(?i)\b(?:you|your|our|we|us)\b`)
	// footerLinks are the links a site footer or header flattens into text.
	footerLinks = regexp.MustCompile(`(?i)\b(?:privacy policy|terms of (?:service|use)|contact us|about us|advertise|careers|follow us on|share on|cookie policy|all rights reserved|do not sell)\b`)
	// photoCredit is a caption or credit line.
	photoCredit = regexp.MustCompile(`(?i)^(?:photo|image|image source|picture|foto|bild|credit|crédit|above|below|top|pictured|file photo)\s*:|\[(?:photo|image|foto)[^\]]*\]\s*$|^©|\((?:photo|image|foto):[^)]*\)$`)
	// bylineLine is a byline left in the body.
	bylineLine = regexp.MustCompile(`^(?:(?:Article|Story|Text|Reporting|Words)\s+)?(?i:by|di|por|von|par)\s+\p{Lu}`)
	// copyrightLine is a site's copyright notice.
	copyrightLine = regexp.MustCompile(`(?i)^(?:all rights reserved|copyright\b|\(c\)\s*\d{4}|©)`)
	// syndicationNote is a bracketed note about how the story was produced.
	syndicationNote = regexp.MustCompile(`(?i)^\(.*\b(?:staff|syndicated|feed|reworked|auto-generated)\b.*\)\.?$`)
)

// IsDebris says whether a whole paragraph is scraping debris.
func IsDebris(p string) bool {
	words := strings.Fields(p)
	n := len(words)
	switch {
	case n == 0:
		return true
	case !hasLetter(p):
		return true // "...", "•", "|"
	case templateLeftover.MatchString(p):
		return true
	case starRating.MatchString(p) && !endsSentence(starRating.ReplaceAllString(p, "")):
		return true
	case n <= 15 && copyrightLine.MatchString(p):
		return true
	case syndicationNote.MatchString(p):
		return true
	case isLabel(p, n):
		return true
	case n <= 12 && callToAction.MatchString(p):
		return true
	case n <= 15 && photoCredit.MatchString(p):
		return true
	case n <= 12 && bylineLine.MatchString(p) && !endsSentence(p):
		return true
	case promoWords.MatchString(p) && secondPerson.MatchString(p) && n <= 60:
		return true
	case isMenu(words, p):
		return true
	}
	return false
}

// isLabel is a short line that is not a sentence: a section label, a
// subheading, a menu word, an empty "Author:" field.
func isLabel(p string, n int) bool {
	if n > 4 || endsSentence(p) {
		return false
	}
	return true
}

// isMenu is a flattened navigation menu or footer: a long run of
// capitalised words that does not read as prose, or a line full of site
// links.
func isMenu(words []string, p string) bool {
	if len(footerLinks.FindAllStringIndex(p, 3)) >= 2 {
		return true
	}
	if len(words) < 5 {
		return false
	}
	caps := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	if caps*10 < len(words)*7 || (len(words) < 8 && caps*10 < len(words)*9) {
		return false
	}
	return !strings.Contains(p, ". ") && !endsSentence(p)
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }
