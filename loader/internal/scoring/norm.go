package scoring

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// suffixes are the words score.py drops from a name (its SUFFIXES). "s p a"
// is kept as in score.py although, being three words, it never matches one.
var suffixes = map[string]bool{
	"inc": true, "corp": true, "corporation": true, "co": true, "company": true,
	"ltd": true, "limited": true, "plc": true, "ag": true, "sa": true, "spa": true,
	"s p a": true, "nv": true, "se": true, "llc": true, "group": true,
	"holdings": true, "holding": true, "gmbh": true, "oyj": true, "oy": true,
	"kk": true, "the": true,
}

// Norm folds a name as score.py's norm does: NFKD, combining marks dropped,
// lower case, a 's or ’s before a word boundary removed, every run of
// characters other than a-z 0-9 turned into one space, then corporate
// suffix words dropped (unless nothing else is left).
func Norm(s string) string {
	s = norm.NFKD.String(s)
	var b strings.Builder
	for _, r := range s {
		if combining(r) {
			continue
		}
		b.WriteRune(r)
	}
	s = strings.ToLower(b.String())
	s = dropPossessive(s)

	// re.sub(r"[^a-z0-9]+", " ", s).strip()
	b.Reset()
	gap := false
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if gap && b.Len() > 0 {
				b.WriteByte(' ')
			}
			gap = false
			b.WriteRune(r)
			continue
		}
		gap = true
	}
	s = b.String()
	words := strings.Split(s, " ")
	kept := words[:0:0]
	for _, w := range words {
		if w != "" && !suffixes[w] {
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 {
		return s
	}
	return strings.Join(kept, " ")
}

// combining is unicodedata.combining(r) != 0: a non-zero canonical
// combining class.
func combining(r rune) bool {
	if r < 0x300 {
		return false
	}
	return norm.NFD.PropertiesString(string(r)).CCC() != 0
}

// dropPossessive is re.sub(r"['’]s\b", "", s) on a Unicode string: the
// quote and s go when what follows is the end or not a word character.
func dropPossessive(s string) string {
	if !strings.ContainsAny(s, "'’") {
		return s
	}
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		if (rs[i] == '\'' || rs[i] == '’') && i+1 < len(rs) && rs[i+1] == 's' &&
			(i+2 == len(rs) || !wordChar(rs[i+2])) {
			i++
			continue
		}
		out = append(out, rs[i])
	}
	return string(out)
}

// wordChar is Python's re \w on str: alphanumeric (letters, and anything
// with a numeric value) or the underscore.
func wordChar(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}
