package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// firstSentence returns the first sentence of a markdown body, without
// heading marks, cut at max runes on a word boundary.
func firstSentence(body string, max int) string {
	var line string
	for _, l := range strings.Split(body, "\n") {
		l = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "#>*- "))
		if l != "" {
			line = l
			break
		}
	}
	if i := sentenceEnd(line); i > 0 {
		line = line[:i]
	}
	return Truncate(line, max)
}

// sentenceEnd finds the end of the first sentence: a . ! or ? followed by a
// space and an upper-case letter, or -1.
func sentenceEnd(s string) int {
	rs := []rune(s)
	off := 0
	for i, r := range rs {
		if (r == '.' || r == '!' || r == '?') && i+2 < len(rs) && rs[i+1] == ' ' && unicode.IsUpper(rs[i+2]) {
			return off + len(string(r))
		}
		off += len(string(r))
	}
	return -1
}

// Truncate cuts s to at most max runes, on a word boundary when one is near,
// and marks the cut with an ellipsis.
func Truncate(s string, max int) string {
	rs := []rune(s)
	if len(rs) <= max {
		return s
	}
	cut := max - 1
	for i := cut; i > max/2; i-- {
		if rs[i] == ' ' {
			cut = i
			break
		}
	}
	return strings.TrimRight(string(rs[:cut]), " ,;:") + "…"
}

// Fold lower-cases s and strips accents and punctuation, for matching
// names and search terms regardless of how a text spells them.
func Fold(s string) string {
	if folded(s) {
		return s // most words of a text already are: no copy
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r < utf8.RuneSelf {
			// ASCII, most of any text: its letters and digits are the
			// only ones, it has no accents or combining marks, and a
			// capital lowers by arithmetic, as below without the tables
			if c := asciiFold(byte(r)); c != 0 {
				if space && b.Len() > 0 {
					b.WriteByte(' ')
				}
				space = false
				b.WriteByte(c)
			} else {
				space = true
			}
			continue
		}
		r = foldRune(r)
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case unicode.Is(unicode.Mn, r):
			// combining mark: drop
		default:
			space = true
		}
	}
	return b.String()
}

// AppendFold appends Fold(s) to dst: callers that fold many words keep
// them in one buffer rather than a string each. It must fold exactly as
// Fold does (TestAppendFoldIsFold).
func AppendFold(dst []byte, s string) []byte {
	if folded(s) {
		return append(dst, s...)
	}
	start := len(dst)
	space := false
	for _, r := range s {
		if r < utf8.RuneSelf {
			// ASCII: as in Fold
			if c := asciiFold(byte(r)); c != 0 {
				if space && len(dst) > start {
					dst = append(dst, ' ')
				}
				space = false
				dst = append(dst, c)
			} else {
				space = true
			}
			continue
		}
		r = foldRune(r)
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		case unicode.Is(unicode.Mn, r):
			// combining mark: drop
		default:
			space = true
		}
	}
	return dst
}

// asciiFold is an ASCII letter or digit as Fold writes it, lower case,
// and 0 for any other ASCII character, which Fold reads as a space.
func asciiFold(c byte) byte {
	switch {
	case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
		return c
	case 'A' <= c && c <= 'Z':
		return c + 'a' - 'A'
	}
	return 0
}

// IsFolded reports whether Fold would return s unchanged because it is
// lower-case ASCII letters and digits only (most words of a text).
func IsFolded(s string) bool { return folded(s) }

// folded: s is lower-case ASCII letters and digits only, as Fold leaves it.
func folded(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// foldRune maps common accented Latin letters to their base letter.
func foldRune(r rune) rune {
	if r < 0xC0 {
		return r
	}
	if m, ok := accentFold[r]; ok {
		return m
	}
	return r
}

var accentFold = func() map[rune]rune {
	m := map[rune]rune{}
	pairs := []struct {
		from string
		to   rune
	}{
		{"ÀÁÂÃÄÅàáâãäåĀāĂăĄą", 'a'}, {"ÇçĆćĈĉĊċČč", 'c'}, {"ĎďĐđ", 'd'},
		{"ÈÉÊËèéêëĒēĔĕĖėĘęĚě", 'e'}, {"ĜĝĞğĠġĢģ", 'g'}, {"ĤĥĦħ", 'h'},
		{"ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", 'i'}, {"Ĵĵ", 'j'}, {"Ķķ", 'k'}, {"ĹĺĻļĽľĿŀŁł", 'l'},
		{"ÑñŃńŅņŇň", 'n'}, {"ÒÓÔÕÖØòóôõöøŌōŎŏŐő", 'o'}, {"ŔŕŖŗŘř", 'r'},
		{"ŚśŜŝŞşŠš", 's'}, {"ŢţŤťŦŧ", 't'}, {"ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", 'u'},
		{"Ŵŵ", 'w'}, {"ÝýÿŶŷŸ", 'y'}, {"ŹźŻżŽž", 'z'}, {"ß", 's'},
	}
	for _, p := range pairs {
		for _, r := range p.from {
			m[r] = p.to
		}
	}
	return m
}()
