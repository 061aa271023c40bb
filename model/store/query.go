package store

import (
	"strings"
	"unicode"
)

// apostrophes are normalised to ' in indexed text and queries alike, so
// Nokia’s, Nokia‘s and Nokia's are one spelling.
var apostrophes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bc", "'", "\u2032", "'", "\uff07", "'")

// Normalize prepares text for the index: curly apostrophes made straight.
// (Case and accents are the tokenizer's: unicode61 remove_diacritics 2.)
func Normalize(s string) string { return apostrophes.Replace(s) }

// Term is one part of a search: a word, a "quoted phrase", or a prefix*.
type Term struct {
	Text   string // as typed, without quotes or the *
	Prefix bool
	Phrase bool
}

// ParseQuery splits what a user typed into terms: "quoted phrases",
// words, and words ending in * as prefixes. Unbalanced quotes close at the
// end. Terms with no letter or digit are dropped: they could match nothing.
func ParseQuery(q string) []Term {
	q = Normalize(strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, q))
	q = strings.NewReplacer("“", `"`, "”", `"`, "„", `"`, "«", `"`, "»", `"`).Replace(q)
	var out []Term
	add := func(t Term) {
		t.Text = strings.TrimSpace(t.Text)
		if !t.Phrase {
			for strings.HasSuffix(t.Text, "*") {
				t.Text = strings.TrimSuffix(t.Text, "*")
				t.Prefix = true
			}
		}
		if hasWordRune(t.Text) {
			out = append(out, t)
		}
	}
	for q != "" {
		q = strings.TrimLeftFunc(q, unicode.IsSpace)
		if q == "" {
			break
		}
		if q[0] == '"' {
			end := strings.IndexByte(q[1:], '"')
			if end < 0 {
				add(Term{Text: q[1:], Phrase: true})
				break
			}
			phrase := q[1 : 1+end]
			q = q[2+end:]
			// "acqui"* is a prefix phrase
			if strings.HasPrefix(q, "*") {
				q = strings.TrimLeft(q, "*")
				add(Term{Text: phrase, Phrase: true, Prefix: true})
				continue
			}
			add(Term{Text: phrase, Phrase: true})
			continue
		}
		end := strings.IndexFunc(q, func(r rune) bool { return unicode.IsSpace(r) || r == '"' })
		if end < 0 {
			end = len(q)
		}
		add(Term{Text: q[:end]})
		q = q[end:]
	}
	return out
}

func hasWordRune(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// MatchExpr turns what a user typed into an FTS5 query: every term a
// quoted FTS5 string (so no character of the input is FTS5 syntax), all
// of them required (AND), a trailing * kept as a prefix. "" means the
// input has nothing to search for. It never yields a syntax error.
func MatchExpr(q string) string {
	terms := ParseQuery(q)
	parts := make([]string, 0, len(terms))
	for _, t := range terms {
		s := `"` + strings.ReplaceAll(t.Text, `"`, `""`) + `"`
		if t.Prefix {
			s += "*"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " AND ")
}

// HighlightTerms are the texts to look for in an article found by q: each
// term without quotes or *.
func HighlightTerms(q string) []string {
	var out []string
	for _, t := range ParseQuery(q) {
		out = append(out, t.Text)
	}
	return out
}
