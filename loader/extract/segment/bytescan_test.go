package segment

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// byteScanTexts hold the marks, quotes, connectors and characters beyond
// ASCII (and bytes that are no UTF-8) that the byte scans of
// splitSentences and wordEnd step over.
var byteScanTexts = []string{
	"", ".", "a.", "Acme buys Widget. The deal closes.", "Is it? Yes! No.", "U.S. Steel agreed. Nippon paid $14.1bn.",
	"Le groupe «Acme» a dit. « Oui », dit-il. Élan!", "„Wir kaufen.“ Sagt Acme. Die Übernahme…", "€1,2 Mrd. für Acme. Dann?",
	"Acme\xff. Widget\xe2. Fin.", "J.C. Flowers & Co. bought it. K+S sold 24,000,000 shares.", "l’accordo. L'Oréal? d'Alstom.",
	"Nokia-branded phones. Paris-based Acme.", "Acme’s deal.” Then (Widget). [Done.] Next", "数字. 中文！ Acme。 Fin.",
}

// splitSentencesByRune is splitSentences as it read the paragraph before
// the byte scan: one character at a time.
func splitSentencesByRune(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); {
		r, w := utf8.DecodeRuneInString(p[i:])
		if r != '.' && r != '!' && r != '?' {
			i += w
			continue
		}
		end := i + w
		for end < len(p) {
			q, qw := utf8.DecodeRuneInString(p[end:])
			if !strings.ContainsRune("\"'”’»)]“‘«›‹", q) {
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
		if !(unicode.IsUpper(nr) || unicode.IsDigit(nr) || strings.ContainsRune("\"“«‘'(„‚»›", nr)) {
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

// wordEndByRune is wordEnd as it read the word before its ASCII byte scan.
func wordEndByRune(s string, i int) int {
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += w
			continue
		}
		if (connector(r) || r == '+') && j+w < len(s) {
			n, _ := utf8.DecodeRuneInString(s[j+w:])
			p, _ := utf8.DecodeLastRuneInString(s[i:j])
			if isWordRune(n) && (r != ',' || unicode.IsDigit(p) && unicode.IsDigit(n)) && (r != '+' || unicode.IsUpper(p) && unicode.IsUpper(n)) {
				j += w
				continue
			}
		}
		break
	}
	if j < len(s) && s[j] == '.' && initials(s[i:j]) {
		j++
	}
	return j
}

func TestByteScansReadAsTheRuneScans(t *testing.T) {
	texts := slices.Clone(byteScanTexts)
	texts = append(texts, strings.Join(byteScanTexts, " "), strings.Join(byteScanTexts, ". "))
	for _, p := range texts {
		if got, want := splitSentences(p), splitSentencesByRune(p); !slices.Equal(got, want) {
			t.Errorf("splitSentences(%q) = %q, by rune %q", p, got, want)
		}
		for i := range len(p) {
			if got, want := wordEnd(p, i), wordEndByRune(p, i); got != want {
				t.Errorf("wordEnd(%q, %d) = %d, by rune %d", p, i, got, want)
			}
		}
	}
}
