// Package segment cuts an article body into sentences and a sentence into
// words, keeping byte offsets so evidence can be quoted verbatim. It knows
// the shapes of news text — hard-wrapped wire copy, markdown headings,
// abbreviations such as "Inc." and "U.S.", curly apostrophes, Italian and
// French elisions — but nothing about companies or deals.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dealwire/loader/extract/when"
)

// Sentence is one sentence of a body, with line breaks folded to spaces.
type Sentence struct {
	Text    string
	Heading bool // the article's title or a section heading
}

// Sentences splits a markdown body into sentences. Lines are first joined
// into paragraphs: a line that does not end a sentence and is followed by a
// line continuing it (wire copy wrapped at 60 columns) is joined with it.
func Sentences(body string) []Sentence { return AppendSentences(nil, body) }

// AppendSentences appends the sentences of body to out, as Sentences
// gives them: a caller that reads them and lets them go reuses one array
// from one body to the next.
func AppendSentences(out []Sentence, body string) []Sentence {
	// each paragraph's sentences are cut into an array on the stack, not
	// one made for each paragraph: they are copied into out at once
	var partsBuf [16]string
	for _, p := range paragraphs(body) {
		if p.heading {
			out = append(out, Sentence{Text: p.text, Heading: true})
			continue
		}
		for i, s := range appendSentences(partsBuf[:0], p.text) {
			if i == 0 {
				if end := datelineEnd(s); end > 0 {
					// "LONDON, July 6 (Reuters) - EchoStar said ...": where and
					// when it was filed heads the sentence, not part of it
					out = append(out, Sentence{Text: strings.TrimSpace(s[:end]), Heading: true})
					s = strings.TrimSpace(s[end:])
				}
			}
			out = append(out, Sentence{Text: s})
		}
	}
	return out
}

type paragraph struct {
	text    string
	heading bool
}

func paragraphs(body string) []paragraph {
	var out []paragraph
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			// joined into a string of its own: the lines' array is
			// emptied for the next paragraph, not made anew
			out = append(out, paragraph{text: strings.Join(cur, " ")})
			cur = cur[:0]
		}
	}
	for _, raw := range strings.Split(body, "\n") {
		line := strings.TrimSpace(raw)
		if line == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "#") {
			flush()
			if t := strings.TrimSpace(strings.TrimLeft(line, "#")); t != "" {
				out = append(out, paragraph{text: t, heading: true})
			}
			continue
		}
		line = strings.TrimSpace(strings.TrimLeft(line, ">*-• "))
		if line == "" {
			continue
		}
		if len(cur) > 0 && !continues(cur[len(cur)-1], line) {
			flush()
		}
		cur = append(cur, line)
	}
	flush()
	return out
}

// continues reports whether next carries on the sentence that prev leaves
// open: prev has no closing punctuation and next starts in lower case, or
// prev is long enough to be a wrapped line rather than a label.
func continues(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(".!?:;\"”»)", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(first) || unicode.IsDigit(first) || strings.ContainsRune("($€£¥-–", first) {
		return true
	}
	return utf8.RuneCountInString(prev) >= 45
}

// splitSentences cuts a paragraph at . ! ? followed by space and a capital,
// digit or opening quote, unless the word before the stop is an abbreviation.
func splitSentences(p string) []string { return appendSentences(nil, p) }

// appendSentences appends the sentences splitSentences cuts p into to out.
func appendSentences(out []string, p string) []string {
	start := 0
	for i := 0; i < len(p); {
		// the marks that may end a sentence are ASCII, and no byte of a
		// longer character is one: they are found by their byte, not by
		// decoding every character of the paragraph
		k := strings.IndexAny(p[i:], ".!?")
		if k < 0 {
			break
		}
		i += k
		r, w := rune(p[i]), 1
		end := i + w
		// closing quotes and brackets belong to the sentence they end
		for end < len(p) {
			q, qw := utf8.DecodeRuneInString(p[end:])
			if !strings.ContainsRune("\"'”’»)]“‘«›‹", q) { // “ « close German quotes („…“, »…«)
				break
			}
			end += qw
		}
		if end >= len(p) || p[end] != ' ' {
			i = end
			continue
		}
		next := strings.TrimLeft(p[end:], " ")
		nr, _ := utf8.DecodeRuneInString(next)
		if !(unicode.IsUpper(nr) || unicode.IsDigit(nr) || strings.ContainsRune("\"“«‘'(„‚»›", nr)) { // „ » open German quotes
			i = end
			continue
		}
		if r == '.' && abbreviation(p[start:i], next) {
			i = end
			continue
		}
		if s := strings.TrimSpace(p[start:end]); s != "" {
			out = append(out, s)
		}
		start = end
		i = end
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// abbreviation reports whether text ends with a word whose period does not
// end a sentence: a single letter (U.S., J. Smith), a title, a month or a
// unit. A company suffix (Inc., Ltd.) ends one only when the next word
// opens a sentence ("... Acme Ltd. The deal").
func abbreviation(text, next string) bool {
	word := text
	if j := strings.LastIndexAny(text, " (\"“"); j >= 0 {
		_, w := utf8.DecodeRuneInString(text[j:])
		word = text[j+w:] // past the whole mark: “ is three bytes
	}
	if word == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(word)
	if (utf8.RuneCountInString(word) == 1 && unicode.IsLetter(r)) || strings.Contains(word, ".") && !strings.ContainsAny(word, "0123456789") {
		return true // U.S., S.p.A, J.; not "$11.7bn." ending a sentence
	}
	lw := strings.ToLower(word)
	if suffixAbbreviations[lw] || shortenedNames[lw] && unicode.IsUpper(r) {
		// "Acme Ltd. said", "Chr. Hansen"; not "... Acme Ltd. The deal",
		// "für 360 Millionen Fr. Die Transaktion"
		return !opensSentence(next)
	}
	return abbreviations[lw] || dayBeforeMonth(text, word, next)
}

// dayBeforeMonth: the word is a day of one or two digits, the next word
// a German month written out, and a year or a word in lower case after
// it: German writes the day as an ordinal ("am 3. März 2024", "Berlin, 3.
// März 2024 –", "zum 30. September abgeschlossen"), whose period ends no
// sentence. A capitalised word after the month makes it a name ("auf 12.
// August Brindle bleibt Chef"), and other languages write no such day.
func dayBeforeMonth(text, word, next string) bool {
	if len(word) > 2 || word[0] < '0' || word[0] > '9' || word[len(word)-1] < '0' || word[len(word)-1] > '9' {
		return false
	}
	// the word before the day is one dates take ("am", "vom", "bis") or a
	// dateline's comma: not "auf Platz 5.", "fell to 45."
	before := strings.TrimSuffix(strings.TrimRight(text, "0123456789"), " ")
	if k := strings.LastIndexAny(before, " ("); k >= 0 {
		before = before[k+1:]
	}
	if !strings.HasSuffix(before, ",") && !dayPrepositions[strings.ToLower(before)] {
		return false
	}
	month, after, _ := strings.Cut(next, " ")
	if !germanMonths[strings.ToLower(month)] {
		return false
	}
	if k := strings.IndexAny(after, " ,.;:"); k >= 0 {
		after = after[:k]
	}
	r, _ := utf8.DecodeRuneInString(after)
	return unicode.IsLower(r) || len(after) == 4 && strings.Trim(after, "0123456789") == ""
}

var dayPrepositions = map[string]bool{"am": true, "vom": true, "zum": true, "bis": true, "seit": true, "ab": true, "dem": true, "den": true, "der": true}

var germanMonths = map[string]bool{"januar": true, "jänner": true, "februar": true, "feber": true, "märz": true, "april": true, "mai": true,
	"juni": true, "juli": true, "august": true, "september": true, "oktober": true, "november": true, "dezember": true}

// opensSentence: the text's first word is one that commonly opens a
// sentence.
func opensSentence(text string) bool {
	if k := strings.IndexAny(text, " ,"); k > 0 {
		text = text[:k]
	}
	return openers[strings.ToLower(text)]
}

// ShortenedName: a given name shortened as company names keep it ("Chr.
// Hansen", "Wm. Morrison", "Thos. Cook", "Fr. Lürssen", "Th. Goldschmidt"),
// written with a capital: its period ends no sentence unless a word that
// opens sentences follows ("360 Millionen Fr. Die ..."). A list, not a
// shape: words of few vowels end sentences too ("buy Arm.", "Quorvex Sdn
// Bhd.").
func ShortenedName(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r) && shortenedNames[strings.ToLower(word)]
}

var shortenedNames = map[string]bool{"chr": true, "wm": true, "thos": true, "jas": true, "chas": true, "geo": true, "jos": true, "benj": true,
	"fr": true, "th": true, "hch": true, "joh": true, "gebr": true}

var suffixAbbreviations = map[string]bool{"inc": true, "corp": true, "co": true, "ltd": true, "plc": true, "bros": true}

// openers are words that commonly start a sentence, in the languages
// dealwire reads.
var openers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the it its he she they this that these those in on at but and a an we
		shares under after before as for with while however also il la le lo gli i un una in per ma
		el los las une des der die das ein eine er sie es en het de een`) {
		m[w] = true
	}
	return m
}()

var abbreviations = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`mr mrs ms dr prof sr jr st mt no nos nr vs etc approx ca bzw jan feb mar apr jun jul aug sep sept oct nov dec mio mrd mld mln bn tn dept gov sen rep gen
		av ave fig ed eds ggf usw z.b dott sig ing avv sra sres dña mme mlle`) {
		m[w] = true
	}
	return m
}()

// datelineEnd is the byte offset where a wire story's first sentence
// begins after its dateline ("MEMPHIS, Tenn., Oct 27 (MedTech Dispatch) -
// ", "PARIS — ", "Copenhague/Madrid, 22 jul (AEN).- "), or 0 when s does not
// open with one. A dateline is a few capitalised words of place, maybe a
// date and an agency in brackets, then a dash; it is told from a name set
// off by dashes ("IBM – the US group – agreed") by what follows the dash,
// a capital, and by no second dash soon after.
func datelineEnd(s string) int {
	dash := -1
	for i, r := range s {
		if i > 90 {
			return 0
		}
		if r == '-' || r == '–' || r == '—' {
			dash = i
			break
		}
	}
	if dash < 3 {
		return 0
	}
	head := strings.TrimRight(s[:dash], " .")
	_, dw := utf8.DecodeRuneInString(s[dash:])
	rest := strings.TrimLeft(s[dash+dw:], "-–— ")
	if !strings.HasSuffix(s[:dash], " ") && !strings.HasSuffix(head, ")") || !strings.HasPrefix(s[dash+dw:], " ") && !strings.HasPrefix(s[dash+dw:], "-") {
		return 0 // "Coca-Cola", "Hewlett-Packard": a hyphen inside a word
	}
	if first, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(first) && !strings.ContainsRune("\"“«„", first) {
		return 0
	}
	if strings.ContainsAny(prefixOf(rest, 60), "–—") {
		return 0 // "Veltraco – the Swiss group – agreed": a name set off by dashes
	}
	caps, marks, titled := 0, 0, 0
	for _, w := range strings.FieldsFunc(head, func(r rune) bool { return r == ' ' || r == ',' || r == '/' }) {
		first, _ := utf8.DecodeRuneInString(w)
		switch {
		case strings.HasPrefix(w, "(") || strings.HasSuffix(w, ")"):
			marks++ // the agency
		case unicode.IsDigit(first):
			if !dateToken(w) {
				return 0 // "140.000 – Fahrer": a count
			}
			marks++ // the day
		case unicode.IsUpper(first):
			if strings.ToUpper(w) == w && utf8.RuneCountInString(w) >= 3 {
				caps++
			} else {
				titled++
			}
		case datelineLinks[w] || when.IsMonth(w):
		default:
			return 0 // a lower-case word: a sentence, not a dateline
		}
	}
	if caps == 0 && marks == 0 {
		return 0
	}
	if caps == 0 && titled > 1 && !strings.ContainsFunc(head, unicode.IsDigit) && !strings.Contains(head, "/") {
		return 0 // "Acacia Communications (ACIA) - Get Report": a company and its ticker
	}
	return len(s) - len(rest)
}

// dateToken: a word of digits is a day, a year, a date or a time ("7",
// "2021", "12/08/2021", "18:47", "1er"), not a count ("140.000").
func dateToken(w string) bool {
	digits := 0
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			digits++
		case r == ':' || r == '/':
			return true
		}
	}
	return digits <= 2 || digits == 4 && utf8.RuneCountInString(strings.TrimRight(w, ".")) == 4
}

// prefixOf is s cut to at most n bytes, at a rune boundary.
func prefixOf(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// datelineLinks are the lower-case words a dateline's date may hold
// besides the months' names ("10 de mayo", "3. März").
var datelineLinks = map[string]bool{"de": true, "del": true, "di": true, "am": true, "le": true, "der": true}
