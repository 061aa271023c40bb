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
)

// Sentence is one sentence of a body, with line breaks folded to spaces.
type Sentence struct {
	Text    string
	Heading bool // the article's title or a section heading
}

// Sentences splits a markdown body into sentences. Lines are first joined
// into paragraphs: a line that does not end a sentence and is followed by a
// line continuing it (wire copy wrapped at 60 columns) is joined with it.
func Sentences(body string) []Sentence {
	var out []Sentence
	for _, p := range paragraphs(body) {
		if p.heading {
			out = append(out, Sentence{Text: p.text, Heading: true})
			continue
		}
		for _, s := range splitSentences(p.text) {
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
			out = append(out, paragraph{text: strings.Join(cur, " ")})
			cur = nil
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
func splitSentences(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); {
		r, w := utf8.DecodeRuneInString(p[i:])
		if r != '.' && r != '!' && r != '?' {
			i += w
			continue
		}
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
	if suffixAbbreviations[lw] {
		nw := next
		if k := strings.IndexAny(nw, " ,"); k > 0 {
			nw = nw[:k]
		}
		return !openers[strings.ToLower(nw)]
	}
	return abbreviations[lw]
}

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
