// Package clean removes the debris that scraping leaves in article text —
// menus, share buttons, sponsor and newsletter lines, ratings, template
// leftovers, labels, credits — and rebuilds paragraphs, unwrapping
// hard-wrapped wire copy. Every rule looks at the shape of a line, never at
// one site's strings, and none removes a line that reads as a sentence of
// the article.
package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Paragraphs gives the body's paragraphs, debris removed. A line is a
// paragraph of its own, except in hard-wrapped text, where lines are joined
// until one ends a sentence.
func Paragraphs(lines []string) []string {
	out, _ := CountedParagraphs(lines)
	return out
}

// CountedParagraphs is Paragraphs with the number of words of each
// paragraph, as CountWords(p, false) counts them: telling debris counts
// them, and a caller that counts the words of the article need not read
// every paragraph again.
func CountedParagraphs(lines []string) (out []string, words []int) {
	wrap := wrapWidth(lines)
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			p := strings.Join(cur, " ")
			if n, caps := CountWords(p, false); !isDebrisCounted(p, n, caps) {
				if words == nil {
					// room for a paragraph of each line, the most there can
					// be: one array, not one for each doubling
					words = make([]int, 0, len(lines))
				}
				out = append(out, p)
				words = append(words, n)
			}
			cur = cur[:0]
		}
	}
	for _, l := range lines {
		l = squeeze(l)
		if strings.Contains(l, "Report") {
			l = quoteWidget.ReplaceAllString(l, "$1")
		}
		if l == "" {
			flush()
			continue
		}
		if wrap == 0 {
			flush()
			cur = append(cur, l)
			continue
		}
		cur = append(cur, l)
		if endsSentence(l) {
			flush() // wire copy starts each paragraph on a new line
		}
	}
	flush()
	return out, words
}

// quoteWidget is the link a finance site puts after a ticker, flattened
// into the sentence by scraping: "Acacia (ACIA) - Get Report shares rose".
var quoteWidget = regexp.MustCompile(`(\((?:[A-Z]{1,6}:\s?)?[A-Z][A-Z.]{0,6}\))\s*[-–]\s*(?:Get (?:Free )?Report|Free Report)\b`)

// wrapWidth detects hard-wrapped text: most lines of similar, short
// length, many of them breaking mid-sentence. It returns the wrap width,
// or 0 when the text is not wrapped.
func wrapWidth(lines []string) int {
	n, short, open, longest := 0, 0, 0, 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		c := shortLineRunes(l)
		if c < 20 {
			continue
		}
		n++
		if c <= 90 {
			short++
			if c > longest {
				longest = c
			}
		}
		if !endsSentence(l) {
			open++
		}
	}
	if n < 5 || short*10 < n*8 || open*10 < n*4 {
		return 0
	}
	return longest
}

// shortLineRunes is the number of characters of l when it may be a short
// line of hard-wrapped text, of 90 or fewer, and otherwise a number above
// 90: a line longer in bytes than 90 characters of any size is not
// counted, as most lines of an unwrapped text are whole paragraphs.
func shortLineRunes(l string) int {
	if len(l) > 90*utf8.UTFMax {
		return 91
	}
	return utf8.RuneCountInString(l)
}

// endsSentence says whether a line ends like a sentence (quotes and
// brackets after the stop allowed).
func endsSentence(l string) bool {
	l = strings.TrimRight(l, ` "'”’»)]`)
	r, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune(".!?…", r)
}

// squeeze trims a line and turns every run of white space into one space,
// copying only when there is something to change. Each byte's class is
// read from a table: squeeze reads every byte of every file.
func squeeze(l string) string {
	l = strings.TrimSpace(l)
	prevSpace := false
	for i := 0; i < len(l); i++ {
		switch squeezeClass[l[i]] {
		case plainByte:
			prevSpace = false
		case spaceByte:
			if prevSpace {
				return strings.Join(strings.Fields(l), " ")
			}
			prevSpace = true
		case breakByte:
			return strings.Join(strings.Fields(l), " ")
		default: // the first byte of a character beyond ASCII, or no UTF-8
			r, size := utf8.DecodeRuneInString(l[i:])
			if unicode.IsSpace(r) {
				return strings.Join(strings.Fields(l), " ")
			}
			i += size - 1
			prevSpace = false
		}
	}
	return l
}

// The classes of bytes squeeze tells apart.
const (
	plainByte = iota // ASCII, no white space
	spaceByte        // a space, which a second one after it makes a run
	breakByte        // ASCII white space other than a space: always squeezed
	wideByte         // a byte beyond ASCII: its character is decoded
)

// squeezeClass is the class of each byte.
var squeezeClass = func() (class [256]uint8) {
	for c := range class {
		switch {
		case c >= utf8.RuneSelf:
			class[c] = wideByte
		case c == ' ':
			class[c] = spaceByte
		case c == '\t' || c == '\v' || c == '\f' || c == '\n' || c == '\r':
			class[c] = breakByte
		}
	}
	return class
}()
