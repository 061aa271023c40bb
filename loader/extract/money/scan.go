package money

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The two patterns of tables.go, read by hand where an amount may start.
// The patterns stay the reference (findIn, and the tests that hold Find to
// it); these matchers give the same submatch offsets at a fraction of the
// cost, trying the alternatives in the order the patterns list them so
// that the first match the patterns would find is the one found here.

// Alternatives in pattern order: longest first, as alternation lists them.
var (
	signAlts       = append(byLength(keys(signs)), strings.Split(codes, "|")...)
	scaleAlts      = indexFolds(byLength(keys(scales)))
	wordAlts       = indexFolds(byLength(currencyWordList()))
	numberWordAlts = indexFolds(byLength(keys(numberWords)))
	codeAlts       = strings.Split(codes, "|")
	prepAlts       = indexFolds([]string{"di", "de", "des", "del", "d'", "d’", "of", "in"})
)

// foldAlts are alternatives matched ignoring case, also indexed by the
// ASCII rune a text must start with for each to match, so that a word is
// tried against the few that can match it (order kept).
type foldAlts struct {
	all     []string
	byASCII [utf8.RuneSelf][]string
}

func indexFolds(alts []string) *foldAlts {
	f := &foldAlts{all: alts}
	for c := rune(0); c < utf8.RuneSelf; c++ {
		for _, a := range alts {
			if first, _ := utf8.DecodeRuneInString(a); sameFold(first, c) {
				f.byASCII[c] = append(f.byASCII[c], a)
			}
		}
	}
	return f
}

// at gives the alternatives that may match at text[i:].
func (f *foldAlts) at(text string, i int) []string {
	if i >= len(text) {
		return nil
	}
	if c := text[i]; c < utf8.RuneSelf {
		return f.byASCII[c]
	}
	return f.all
}

// Bytes an amount can start with: a quick refusal before any matching.
// A non-ASCII byte is always let through: case folding maps some runes
// outside ASCII onto ASCII letters (the Kelvin sign onto k).
var signFirstByte, numberFirstByte = func() (s, n [256]bool) {
	for _, a := range signAlts {
		s[a[0]] = true
	}
	for c := '0'; c <= '9'; c++ {
		n[c] = true
	}
	for _, w := range numberWordAlts.all {
		n[unicode.ToLower(rune(w[0]))&0x7f] = true
		n[unicode.ToUpper(rune(w[0]))&0x7f] = true
	}
	for b := utf8.RuneSelf; b < 256; b++ {
		n[b] = true
	}
	return s, n
}()

// signsByByte are signAlts by their first byte, in their order: a sign
// can only match where the text has its first byte.
var signsByByte = func() (by [256][]string) {
	for _, a := range signAlts {
		by[a[0]] = append(by[a[0]], a)
	}
	return by
}()

// matchSign is signAt at text[p:]: sign, number, scale, word.
func matchSign(text string, p int) []int {
	if !signFirstByte[text[p]] {
		return nil
	}
	for _, sign := range signsByByte[text[p]] {
		if !strings.HasPrefix(text[p:], sign) {
			continue
		}
		at := skipSpace(text, p+len(sign))
		end := numberEnd(text, at)
		if end < 0 {
			continue
		}
		m := []int{p, end, p, p + len(sign), at, end, -1, -1, -1, -1}
		if s, e, after, ok := scaleAt(text, skipSpace(text, end), true); ok {
			m[6], m[7], end = s, e, after
		}
		w := skipSpace(text, end)
		if e := firstFold(text, w, wordAlts); e >= 0 {
			m[8], m[9], end = w, e, e
		}
		m[1] = end
		return m
	}
	return nil
}

// matchNumber is numberAt at text[p:]: number, scale, word.
func matchNumber(text string, p int) []int {
	if !numberFirstByte[text[p]] {
		return nil
	}
	if grouped, plain := numberEnds(text, p); plain >= 0 {
		if grouped >= 0 {
			if m := numberRest(text, p, grouped); m != nil {
				return m
			}
		}
		if plain == grouped {
			return nil
		}
		return numberRest(text, p, plain)
	}
	for _, w := range numberWordAlts.at(text, p) {
		if end := foldPrefix(text, p, w); end >= 0 {
			if m := numberRest(text, p, end); m != nil {
				return m
			}
		}
	}
	return nil
}

// numberRest matches what follows a number in numberFirst: an optional
// scale, an optional "di"/"of", and a currency word or code.
func numberRest(text string, p, end int) []int {
	at := skipSpace(text, end)
	for _, sc := range scaleAlts.at(text, at) {
		e := foldPrefix(text, at, sc)
		if e < 0 {
			continue
		}
		for _, se := range dotOptions(text, e) {
			if ws, we := currencyAfter(text, se); ws >= 0 {
				return []int{p, we, p, end, at, se, ws, we}
			}
		}
	}
	if ws, we := currencyAfter(text, end); ws >= 0 {
		return []int{p, we, p, end, -1, -1, ws, we}
	}
	return nil
}

// currencyAfter matches `space (?:prep space)? (word|code)` at i.
func currencyAfter(text string, i int) (int, int) {
	at := skipSpace(text, i)
	for _, prep := range prepAlts.at(text, at) {
		if e := foldPrefix(text, at, prep); e >= 0 {
			w := skipSpace(text, e)
			if we := currencyWordOrCode(text, w); we >= 0 {
				return w, we
			}
		}
	}
	if we := currencyWordOrCode(text, at); we >= 0 {
		return at, we
	}
	return -1, -1
}

func currencyWordOrCode(text string, i int) int {
	if e := firstFold(text, i, wordAlts); e >= 0 {
		return e
	}
	for _, c := range codeAlts {
		if strings.HasPrefix(text[i:], c) {
			return i + len(c)
		}
	}
	return -1
}

// scaleAt matches a scale and its optional dot at i; with nonLetter, a
// rune that is not a letter (or the end) must follow, and is consumed.
func scaleAt(text string, i int, nonLetter bool) (start, end, after int, ok bool) {
	for _, sc := range scaleAlts.at(text, i) {
		e := foldPrefix(text, i, sc)
		if e < 0 {
			continue
		}
		for _, se := range dotOptions(text, e) {
			if se == len(text) {
				return i, se, se, true
			}
			r, w := utf8.DecodeRuneInString(text[se:])
			if !unicode.IsLetter(r) {
				return i, se, se + w, true
			}
		}
	}
	return 0, 0, 0, false
}

// dotOptions are the ends of `\.?` after e, greedy first.
func dotOptions(text string, e int) []int {
	if e < len(text) && text[e] == '.' {
		return []int{e + 1, e}
	}
	return []int{e}
}

// numberEnds gives where the two alternatives of the number pattern end
// at i (-1 where one does not match): digits grouped by thousands, then
// plain digits, each with an optional decimal part. Shorter matches never
// lead further: what would follow them is a digit or a separator, which
// nothing after a number can start with.
func numberEnds(text string, i int) (grouped, plain int) {
	digits := digitRun(text, i)
	if digits == 0 {
		return -1, -1
	}
	plain = decimal(text, i+digits)
	grouped = -1
	if digits <= 3 {
		j, groups := i+digits, 0
		for {
			w := separator(text, j)
			if w == 0 || digitRun(text, j+w) < 3 {
				break
			}
			j += w + 3
			groups++
		}
		if groups > 0 {
			grouped = decimal(text, j)
		}
	}
	return grouped, plain
}

// numberEnd is where the number pattern's first matching alternative ends.
func numberEnd(text string, i int) int {
	grouped, plain := numberEnds(text, i)
	if grouped >= 0 {
		return grouped
	}
	return plain
}

// decimal extends a number ending at i by `[.,]\d+` when one follows.
func decimal(text string, i int) int {
	if i < len(text) && (text[i] == '.' || text[i] == ',') {
		if n := digitRun(text, i+1); n > 0 {
			return i + 1 + n
		}
	}
	return i
}

func digitRun(text string, i int) int {
	n := 0
	for i+n < len(text) && text[i+n] >= '0' && text[i+n] <= '9' {
		n++
	}
	return n
}

// separator is the width of a thousands separator at i, or 0.
func separator(text string, i int) int {
	if i >= len(text) {
		return 0
	}
	switch text[i] {
	case '.', ',', '\'', ' ':
		return 1
	}
	r, w := utf8.DecodeRuneInString(text[i:])
	if r == '\u00a0' || r == '\u202f' || r == '\u2009' {
		return w
	}
	return 0
}

// skipSpace skips the pattern's `space`: ASCII white space (as \s), no-break
// and thin spaces.
func skipSpace(text string, i int) int { return i + spaceRun(text, i, true) }

// wordSpace is the run of white space a space inside a listed word
// matches (`[\s\x{00A0}\x{202F}]+`, no thin space): its width at i, or 0.
func wordSpace(text string, i int) int { return spaceRun(text, i, false) }

// spaceRun is the width of the white space at i: ASCII white space, no-break
// spaces and, with thin, thin spaces.
func spaceRun(text string, i int, thin bool) int {
	j := i
	for j < len(text) {
		switch text[j] {
		case ' ', '\t', '\n', '\f', '\r':
			j++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[j:])
		if r != '\u00a0' && r != '\u202f' && !(thin && r == '\u2009') {
			break
		}
		j += w
	}
	return j - i
}

// firstFold is the end of the first of alts that text starts with at i,
// ignoring case, or -1.
func firstFold(text string, i int, alts *foldAlts) int {
	for _, a := range alts.at(text, i) {
		if e := foldPrefix(text, i, a); e >= 0 {
			return e
		}
	}
	return -1
}

// foldPrefix matches the literal w at text[i:] as (?i) does — simple case
// folding rune by rune, a space in w matching a run of white space — and
// returns where the match ends, or -1.
func foldPrefix(text string, i int, w string) int {
	for _, wr := range w {
		if wr == ' ' {
			n := wordSpace(text, i)
			if n == 0 {
				return -1
			}
			i += n
			continue
		}
		if i >= len(text) {
			return -1
		}
		if c := rune(text[i]); c < utf8.RuneSelf && wr < utf8.RuneSelf {
			// both ASCII, as nearly always: sameFold's ASCII case
			// inline, where a call for each letter cost more than it
			if c != wr && !('A' <= c && c <= 'Z' && c+'a'-'A' == wr || 'A' <= wr && wr <= 'Z' && wr+'a'-'A' == c) {
				return -1
			}
			i++
			continue
		}
		tr, size := utf8.DecodeRuneInString(text[i:])
		if size == 1 && tr == utf8.RuneError {
			return -1 // an invalid byte matches no letter
		}
		if !sameFold(tr, wr) {
			return -1
		}
		i += size
	}
	return i
}

func sameFold(a, b rune) bool {
	if a == b {
		return true
	}
	if a < utf8.RuneSelf && b < utf8.RuneSelf {
		return 'A' <= a && a <= 'Z' && a+'a'-'A' == b || 'A' <= b && b <= 'Z' && b+'a'-'A' == a
	}
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}

func currencyWordList() []string {
	ws := make([]string, len(currencyWords))
	for i, c := range currencyWords {
		ws[i] = c.word
	}
	return ws
}
