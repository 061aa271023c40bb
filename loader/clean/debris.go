package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/window"
)

var (
	// templateLeftover is a placeholder a page template failed to fill.
	templateLeftover = regexp.MustCompile(`^(?:%[a-z]|%\d*\$?[a-z]|\{\{[^}]*\}\}|\$\{[^}]*\}|\[object \w+\]|undefined|NaN|null)$`)
	// starRating is a reader rating widget: "4.4 (88%) 30 votes".
	starRating = regexp.MustCompile(`\d(?:[.,]\d)?\s*\(\d{1,3}%\)\s*\d+\s+(?i:votes?|ratings?|stimmen|voti|votos)`)
	// callToAction opens a line that asks the reader to click: one of
	// callsToAction (patterns, as "share (?:on|this)").
	callToAction = regexp.MustCompile(`^(?i:` + strings.Join(callsToAction, "|") + `)\b`)
	// promoWords mark sponsor, newsletter and cookie blurbs.
	promoWords = regexp.MustCompile(`(?i)\b(?:sponsor(?:ed|ship)?|newsletters?|cookies?|subscri(?:be|ption)|advertis(?:e|ing|ement)|sign up|inbox|privacy policy|terms of (?:service|use)|all rights reserved|download (?:the|our) .* app)\b`)
	// secondPerson marks text addressed to the reader, as blurbs are.
	secondPerson = regexp.MustCompile(`(?i)\b(?:you|your|our|we|us)\b`)
	// footerLinks are the links a site footer or header flattens into text.
	footerLinks = regexp.MustCompile(`(?i)\b(?:privacy policy|terms of (?:service|use)|contact us|about us|advertise|careers|follow us on|share on|cookie policy|all rights reserved|do not sell)\b`)
	// photoCredit is a caption or credit line.
	photoCredit = regexp.MustCompile(`(?i)^(?:photo|image|image source|picture|foto|bild|credit|crédit|above|below|top|pictured|file photo)\s*:|^©`)
	// photoCaption is a caption that ends with its credit in brackets.
	photoCaption = regexp.MustCompile(`(?i)(?:\[(?:photo|image|foto|picture)\s*[/:][^\]]*\]|\((?:photo|image|foto|picture)\s*[/:][^)]*\))$`)
	// bylineLine is a byline left in the body.
	bylineLine = regexp.MustCompile(`^(?:(?:Article|Story|Text|Reporting|Words)\s+)?(?i:by|di|por|von|par)\s+\p{Lu}`)
	// copyrightLine is a site's copyright notice.
	copyrightLine = regexp.MustCompile(`(?i)^(?:all rights reserved|copyright\b|\(c\)\s*\d{4}|©)`)
	// tagLine lists the topics a page files the story under ("Tags:
	// Nokia · Microsoft", "Mots-clés : logistique · OPA").
	tagLine = regexp.MustCompile(`(?i)^(?:tags?|topics|keywords|mots[- ]cl[ée]s|schlagw[öo]rte(?:r)?|stichw[öo]rter|themen|etiquetas|temas|argomenti|temi|parole chiave)\s*:`)
	// syndicationNote is a bracketed note about how the story was produced.
	syndicationNote = regexp.MustCompile(`(?i)^\(.*\b(?:staff|syndicated|feed|reworked|auto-generated)\b.*\)\.?$`)
)

var callsToAction = []string{
	"learn more", "read more", "read next", "read also", "see also", "discover", "click here", "subscribe", "sign up",
	"download", "register", "join us", "follow us", "share (?:on|this)", "tweet", "email", "print", "related",
	"advertisement", "sponsored", "continue reading", "leggi anche", "lees ook", "lesen sie auch", "lire aussi",
	"leia também", "lea también",
	"condividi(?: su)?", "seguici", "compartir(?: en)?", "síguenos", "partager(?: sur)?", "suivez-nous", "teilen(?: auf)?",
	"folgen sie uns", "delen(?: op)?", "volg ons", "compartilhar(?: no)?", "siga-nos",
	"noticias relacionadas", "notizie correlate", "articles liés", "verwandte artikel",
}

// The first letters, in any case, that lines matching the patterns
// anchored at the start may open with: a line opening otherwise is not
// matched, which would cost the pattern a pass over the whole line.
var (
	callToActionFirsts = firstLetters(callsToAction)
	copyrightFirsts    = "ac(©"      // all rights reserved, copyright, (c), ©
	bylineFirsts       = "astrwbdpv" // Article, Story, Text, Reporting, Words; by, di, por, von, par
	tagFirsts          = "tkmsea"    // tags, topics, keywords, mots-clés, Schlagwörter, Stichwörter, etiquetas, argomenti
)

// IsDebris says whether a whole paragraph is scraping debris. Cheap tests
// on the text guard each pattern, as most paragraphs are plain prose.
func IsDebris(p string) bool {
	n, caps := CountWords(p, false)
	return isDebrisCounted(p, n, caps)
}

// isDebrisCounted is IsDebris of a paragraph whose words CountWords(p,
// false) counted already.
func isDebrisCounted(p string, n, caps int) bool {
	switch {
	case n == 0:
		return true
	case !hasLetter(p):
		return true // "...", "•", "|"
	case isLabel(p, n):
		return true
	case n == 1 && templateLeftover.MatchString(p):
		return true
	case strings.Contains(p, "%)") && starRating.MatchString(p) && !endsSentence(starRating.ReplaceAllString(p, "")):
		return true
	case n <= 15 && opensWith(p, copyrightFirsts) && copyrightLine.MatchString(p):
		return true
	case p[0] == '(' && syndicationNote.MatchString(p):
		return true
	case n <= 12 && opensWith(p, callToActionFirsts) && callToAction.MatchString(p):
		return true
	case n <= 20 && socialButtons(p):
		return true
	case n <= 15 && (strings.Contains(p, ":") || strings.HasPrefix(p, "©")) && photoCredit.MatchString(p):
		return true
	case n <= 40 && (strings.HasSuffix(p, "]") || strings.HasSuffix(p, ")")) && strings.ContainsAny(p, ":/") && photoCaption.MatchString(p):
		return true
	case n <= 12 && opensWith(p, bylineFirsts) && bylineLine.MatchString(p) && !endsSentence(p):
		return true
	case n <= 25 && opensWith(p, tagFirsts) && strings.Contains(p, ":") && tagLine.MatchString(p):
		return true
	}
	// Blurbs are short; menus and footers are mostly capitalised words.
	menuShaped := caps*10 >= n*4
	if n > 60 && !menuShaped {
		return false
	}
	if n <= 60 && addressesReader(p) && promoHints.in(p) &&
		promoWords.MatchString(p[patternFrom(p, promoWordList, len("all ")):]) && secondPerson.MatchString(p[patternFrom(p, personWords, 0):]) {
		return true
	}
	return menuShaped && isMenu(n, caps, p)
}

// opensWith reports whether p opens with one of the runes of firsts, in
// any case ("s" stands for "S" and the long "ſ", as case-insensitive
// patterns read them).
func opensWith(p, firsts string) bool {
	r, _ := utf8.DecodeRuneInString(p)
	for f := r; ; {
		if strings.ContainsRune(firsts, f) {
			return true
		}
		if f = unicode.SimpleFold(f); f == r {
			return false
		}
	}
}

// firstLetters are the first bytes of the patterns, all of them letters.
func firstLetters(patterns []string) string {
	var b strings.Builder
	for _, p := range patterns {
		b.WriteString(p[:1])
	}
	return b.String()
}

// CountWords counts the words of p and those that start with a capital
// letter or a digit, without splitting the string; with lines, a line
// break parts words too. It is asked of every paragraph of every file:
// ASCII, most of any text, is counted from two tables without a branch
// per byte, as word starts are too irregular for the processor to
// predict; other characters are decoded.
func CountWords(p string, lines bool) (n, caps int) {
	spaces := &asciiSpace
	if lines {
		spaces = &asciiLineSpace
	}
	inWord := 0 // 1 inside a word
	for i := 0; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			space := int(spaces[c])
			start := (1 - space) & (1 - inWord) // a word starts here
			n += start
			caps += start & int(asciiCapital[c])
			inWord = 1 - space
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		i += size
		if unicode.IsSpace(r) {
			inWord = 0
			continue
		}
		if inWord == 0 {
			n++
			// Scripts without case (中文) count as capitalised: menus list them.
			if !unicode.IsLower(r) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				caps++
			}
		}
		inWord = 1
	}
	return n, caps
}

// asciiSpace marks the ASCII bytes that part words for CountWords,
// asciiLineSpace those and the line break, and asciiCapital those that
// make a word capitalised: a capital or a digit.
var asciiSpace, asciiLineSpace, asciiCapital = func() (space, lineSpace, capital [utf8.RuneSelf]uint8) {
	space[' '], space['\t'] = 1, 1
	lineSpace = space
	lineSpace['\n'] = 1
	for c := 'A'; c <= 'Z'; c++ {
		capital[c] = 1
	}
	for c := '0'; c <= '9'; c++ {
		capital[c] = 1
	}
	return space, lineSpace, capital
}()

// promoHints and linkHints are substrings without which promoWords and
// footerLinks cannot match.
var (
	promoHints  = newHints(withCapitals(promoWordList...))
	linkHints   = newHints(withCapitals(linkWords...))
	readerHints = newHints([]string{"you", "You", "our", "Our", "We ", " we ", " us"})
)

// addressesReader is a cheap test for second-person words, which sponsor
// and newsletter blurbs use and news reports rarely do.
func addressesReader(p string) bool {
	return readerHints.in(p)
}

// withCapitals lists each hint lower-case, capitalised and title-cased, so
// that hints are found without lower-casing every paragraph.
func withCapitals(hints ...string) []string {
	var out []string
	for _, h := range hints {
		out = append(out, h, strings.ToUpper(h[:1])+h[1:], titleCase(h))
	}
	return out
}

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

// hints are substrings looked for together: a paragraph is read once,
// each place tried only against the hints that open with its two bytes,
// rather than searched once per hint.
type hints struct {
	byFirst [256][]string // by first byte, in their order
	pairs   [1 << 16 / 64]uint64
	short   bool // a hint of one byte: pairs cannot tell
	empty   bool // an empty hint, in every text
}

func newHints(list []string) *hints {
	h := &hints{}
	for _, w := range list {
		if w == "" {
			h.empty = true
			continue
		}
		h.byFirst[w[0]] = append(h.byFirst[w[0]], w)
		if len(w) == 1 {
			h.short = true
			continue
		}
		pair := int(w[0])<<8 | int(w[1])
		h.pairs[pair/64] |= 1 << (pair % 64)
	}
	return h
}

// in reports whether s contains any of the hints.
func (h *hints) in(s string) bool {
	if h.empty {
		return true
	}
	for i := 0; i < len(s); i++ {
		if !h.short {
			if i+1 == len(s) {
				return false
			}
			if pair := int(s[i])<<8 | int(s[i+1]); h.pairs[pair/64]&(1<<(pair%64)) == 0 {
				continue
			}
		}
		for _, w := range h.byFirst[s[i]] {
			if strings.HasPrefix(s[i:], w) {
				return true
			}
		}
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
func isMenu(n, caps int, p string) bool {
	// the words are told before the links, which cost a pattern over the
	// whole line, and only two links are looked for
	return capitalisedRun(n, caps, p) || linkHints.in(p) && len(footerLinks.FindAllStringIndex(p[patternFrom(p, linkWords, len("all ")):], 2)) == 2
}

// linkWords are those of linkHints. Each match of footerLinks holds one,
// in some case, at most four bytes in ("all rights reserved").
var linkWords = []string{"privacy", "terms of", "contact us", "about us", "advertise", "careers", "follow us", "share on", "cookie", "rights reserved", "do not sell"}

// promoWordList are those of promoHints. Each match of promoWords holds
// one, in some case, at most four bytes in ("all rights reserved").
var promoWordList = []string{"sponsor", "newsletter", "cookie", "subscri", "advertis", "sign up", "inbox", "privacy", "terms of", "rights reserved", "download"}

// personWords open each match of secondPerson, in some case.
var personWords = []string{"you", "our", "we", "us"}

// patternFrom is where a pattern of (?i) words, each of whose matches
// holds one of words at most lead bytes in, is started in p: lead bytes
// before the first of words p holds in any case, as no match starts
// sooner, and then right after a byte that is no word's, so that \b
// there reads as it does in p. Such patterns have no fixed start, and are
// tried at every byte they read: a footer's links mostly close a long
// line. It is 0 when p holds ſ or the Kelvin sign, which (?i) reads as s
// and k.
func patternFrom(p string, words []string, lead int) int {
	if strings.Contains(p, "ſ") || strings.Contains(p, "\u212a") {
		return 0
	}
	var buf [512]byte
	lower := string(appendASCIILower(buf[:0], p))
	first := len(lower)
	for _, w := range words {
		if i := strings.Index(lower, w); i >= 0 && i < first {
			first = i
		}
	}
	k := max(first-lead, 0)
	for k > 0 && (p[k-1] >= utf8.RuneSelf || asciiWordByte(p[k-1])) {
		k--
	}
	return k
}

// appendASCIILower appends s to out with its ASCII capitals in lower case
// and every other byte as it is.
func appendASCIILower(out []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out = append(out, c)
	}
	return out
}

// asciiWordByte: a byte \b takes for a word's: a letter, a digit, "_".
func asciiWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// capitalisedRun is a run of n words, caps of them capitalised, that is
// mostly capitals and does not read as prose.
func capitalisedRun(n, caps int, p string) bool {
	if n < 5 || caps*10 < n*7 || (n < 8 && caps*10 < n*9) {
		return false
	}
	return !strings.Contains(p, ". ") && !endsSentence(p)
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// socialButtons: a row of share buttons, whatever its label ("Artikel
// teilen: Facebook | Twitter | WhatsApp | E-Mail", "Share: X | LinkedIn").
func socialButtons(p string) bool {
	if _, after, ok := strings.Cut(p, ":"); ok {
		p = after
	}
	sep, least := buttonSeparator, 2
	if _, rest, some := nextField(p, sep); some && !hasField(rest, sep) {
		// one item: "Artikel teilen   Facebook   Twitter   LinkedIn",
		// buttons with only spaces between, three at least ("Facebook
		// buys Twitter" is news)
		sep, least = unicode.IsSpace, 3
	}
	social, n := 0, 0
	// each item lower-cased in turn into a buffer on the stack, and looked
	// up without a string made: it is asked of most short paragraphs
	var lowerBuf [64]byte
	for it, rest, ok := nextField(p, sep); ok; it, rest, ok = nextField(rest, sep) {
		lower := window.AppendLower(lowerBuf[:0], strings.TrimSpace(it))
		if len(lower) == 0 {
			continue // between "] [" of bracketed buttons
		}
		n++
		for _, verb := range shareVerbPrefixes {
			// (the first bytes first: most items open with no verb's)
			if len(lower) >= len(verb) && lower[0] == verb[0] && string(lower[:len(verb)]) == verb {
				lower = lower[len(verb):] // "Compartir en Facebook"
			}
		}
		if socialNameSet.HasBytes(lower) {
			social++
		}
	}
	return social >= least && social*2 >= n
}

// buttonSeparator parts the buttons of a row of share buttons.
func buttonSeparator(r rune) bool {
	return r == '|' || r == '·' || r == '•' || r == ',' || r == '/' || r == '[' || r == ']'
}

// nextField cuts from s its first field as strings.FieldsFunc(s, sep)
// gives it, and returns the rest after it; ok is false when s has none.
// A loop over the fields makes no slice of them.
func nextField(s string, sep func(rune) bool) (field, rest string, ok bool) {
	start := -1
	for i, r := range s { // (not IndexFunc, whose closure would call sep in turn)
		if !sep(r) {
			start = i
			break
		}
	}
	if start < 0 {
		return "", "", false
	}
	s = s[start:]
	end := strings.IndexFunc(s, sep)
	if end < 0 {
		return s, "", true
	}
	return s[:end], s[end:], true
}

// hasField reports whether strings.FieldsFunc(s, sep) has a field.
func hasField(s string, sep func(rune) bool) bool {
	_, _, ok := nextField(s, sep)
	return ok
}

// shareVerbs open a button's label: "Share on Facebook", "Enviar por correo".
var shareVerbs = []string{"share on", "share via", "compartir en", "enviar por", "partager sur", "envoyer par",
	"condividi su", "invia per", "teilen auf", "per", "via", "on", "en", "sur", "su", "auf"}

// shareVerbPrefixes are shareVerbs with the space that follows them.
var shareVerbPrefixes = func() []string {
	out := make([]string, len(shareVerbs))
	for i, v := range shareVerbs {
		out[i] = v + " "
	}
	return out
}()

var socialNames = map[string]bool{"facebook": true, "twitter": true, "x": true, "linkedin": true, "whatsapp": true, "email": true,
	"e-mail": true, "mail": true, "print": true, "telegram": true, "reddit": true, "pinterest": true, "xing": true, "threads": true,
	"bluesky": true, "instagram": true, "copy link": true, "imprimer": true, "stampa": true, "drucken": true, "imprimir": true,
	"correo": true, "correo electrónico": true, "mailen": true, "twittern": true, "teilen": true, "copier le lien": true, "copiar enlace": true}

// socialNameSet is socialNames, asked of every item of a short paragraph.
var socialNameSet = lists.SetOf(socialNames)
