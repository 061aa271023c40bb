// Package money finds sums of money in news text, in the forms business
// news writes them across languages: "$7.2 billion", "€4.9bn", "$ 7,6
// miliardi", "2,5 miliardi di dollari", "Rs 43,574 crore", "vier
// Milliarden Euro". It is an exact parser driven by tables of currency
// signs, currency words and scale words; a number with no currency
// ("60 million devices") is not money.
package money

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/window"
)

// Amount is a sum of money stated in text.
type Amount struct {
	Value      float64 // in units of Currency (7.2 billion -> 7.2e9)
	Currency   string  // ISO 4217
	Start, End int     // byte offsets of the whole expression in text
}

// Find returns every amount of money stated in text, in order. lang is the
// text's ISO 639-1 language ("" = unknown); it decides what "billion"
// means (10^9 in English, 10^12 in German, French and Spanish).
func Find(text, lang string) []Amount {
	return FindInWords(text, lang, nil)
}

// FindInWords is Find for a text whose words window.AppendWordSpans found
// already (nil for none found yet): a sentence whose dates are read as
// well is split into words once.
func FindInWords(text, lang string, words [][2]int) []Amount {
	var out []Amount
	for _, w := range windows(text, words) {
		for p := w[0]; p < w[1]; p++ {
			if !utf8.RuneStart(text[p]) || text[p] == ' ' || !boundaryBefore(text, p) {
				continue
			}
			// an amount starts after a word ends: try the patterns there
			// only, anchored, instead of scanning the whole window
			if m := matchSign(text, p); m != nil {
				out = appendSignFirst(out, text, lang, m)
			}
			if m := matchNumber(text, p); m != nil {
				out = appendNumberFirst(out, text, lang, m)
			}
		}
	}
	return dropOverlaps(out)
}

func appendSignFirst(out []Amount, text, lang string, m []int) []Amount {
	end := trimEnd(text, m[0], m[1])
	if !boundaryBefore(text, m[0]) || !boundaryAfter(text, end) {
		return out
	}
	if a, ok := build(lang, sub(text, m, 1), sub(text, m, 2), sub(text, m, 3), sub(text, m, 4), m[0], end); ok {
		out = append(out, a)
	}
	return out
}

func appendNumberFirst(out []Amount, text, lang string, m []int) []Amount {
	if !boundaryBefore(text, m[0]) || !boundaryAfter(text, m[1]) {
		return out
	}
	scale, word := sub(text, m, 2), sub(text, m, 3)
	if scale == "" && (ambiguousWords[strings.ToLower(word)] || looksLikeYear(sub(text, m, 1))) {
		return out // "in 2019 euro", "3 won", "a real"
	}
	if bookWords[strings.ToLower(word)] && booksCounted(text, m[0], m[1]) {
		return out // "a vendu 12 millions de livres": books, not pounds
	}
	if a, ok := build(lang, "", sub(text, m, 1), scale, word, m[0], m[1]); ok {
		out = append(out, a)
	}
	return out
}

// findIn reads the amounts inside the given windows by scanning them with
// the patterns: slower than Find, which tries them only where an amount
// may start, and kept as the reference the tests hold Find to.
func findIn(text, lang string, ws [][2]int) []Amount {
	var out []Amount
	for _, w := range ws {
		for _, m := range window.Matches(signFirst, text, w) {
			out = appendSignFirst(out, text, lang, m)
		}
		for _, m := range window.Matches(numberFirst, text, w) {
			out = appendNumberFirst(out, text, lang, m)
		}
	}
	return dropOverlaps(out)
}

// reach is how far around a currency sign or word an amount may stretch:
// "2,5 miliardi di dollari", "US$ 1.5 billion".
const reach = 64

// windows are the stretches of text around its currency signs and words:
// the patterns are costly and amounts rare, so they run only there.
func windows(text string, words [][2]int) [][2]int {
	ws := window.New(text, reach)
	var anchorBuf [32][2]int // on the stack for all but the longest texts
	anchors := anchorBuf[:0]
	// each word lower-cased in turn, looked up without a string made, in
	// a buffer on the stack for all but the longest words
	var lowerBuf [64]byte
	lower := lowerBuf[:0]
	window.EachWord(text, words, func(w string, start, end int) {
		if window.IsASCII(w) && !markerSet.MayHoldLowerASCII(w) {
			return // most words: told by their shape, not lower-cased
		}
		lower = window.AppendLower(lower[:0], w)
		if markerSet.Has(lower) {
			anchors = append(anchors, [2]int{start, end})
		}
	})
	anchors = appendSymbols(anchors, text)
	window.SortAnchors(anchors)
	for _, a := range anchors {
		ws.Add(a[0], a[1])
	}
	return ws.Spans()
}

// appendSymbols appends the places of the currency symbols of text. Most
// of its characters are ASCII, where only "$" is one: they are told apart
// by their byte, not by a search of markerRunes for each.
func appendSymbols(anchors [][2]int, text string) [][2]int {
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if c == '$' {
				anchors = append(anchors, [2]int{i, i + 1})
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if strings.ContainsRune(markerRunes, r) {
			anchors = append(anchors, [2]int{i, i + utf8.RuneLen(r)})
		}
		i += w
	}
	return anchors
}

// markerSet is markerWords as asked of every word of a text.
var markerSet = window.NewWordSet(markerWords)

// bookWords are the French pounds, which are books too (see booksCounted).
var bookWords = map[string]bool{"livres": true, "livre": true}

// booksCounted: the amount of "livres" between bytes from and to counts
// books, not pounds: a verb of selling or printing books right before it
// ("a vendu 12 millions de livres", "publie 4000 livres"), hedges such as
// "environ" and "près de" skipped, or a word of books right after ("4000
// livres par an", "livres vendus"). "vendu pour 12 millions de livres" is
// a price.
func booksCounted(text string, from, to int) bool {
	words := strings.Fields(strings.ToLower(text[max(0, from-40):from]))
	for n := len(words); n > 0; n = len(words) {
		if bookHedges[words[n-1]] {
			words = words[:n-1]
		} else if n >= 2 && words[n-1] == "de" && bookHedges[words[n-2]] {
			words = words[:n-2] // "près de"
		} else {
			break
		}
	}
	if len(words) > 0 && bookVerbs[words[len(words)-1]] {
		return true
	}
	after := strings.Fields(strings.ToLower(text[to:min(len(text), to+20)]))
	return len(after) > 0 && booksAfter[strings.Trim(after[0], ".,;")]
}

var (
	bookHedges = map[string]bool{"environ": true, "près": true, "pres": true, "quelque": true, "plus": true, "moins": true}
	bookVerbs  = map[string]bool{"vendu": true, "vend": true, "vendra": true, "vendus": true, "publie": true, "publié": true, "publiés": true,
		"édite": true, "édité": true, "imprimé": true, "imprime": true, "écoulé": true, "tirage": true, "lu": true}
	booksAfter = map[string]bool{"par": true, "vendus": true, "publiés": true, "imprimés": true, "d'occasion": true, "numériques": true}
)

// ambiguousWords are currency names that are everyday words too.
var ambiguousWords = map[string]bool{"won": true, "real": true, "pond": true, "libra": true, "rub": true, "mark": true}

func looksLikeYear(n string) bool {
	v, err := strconv.Atoi(n)
	return err == nil && v >= 1900 && v <= 2100
}

// trimEnd gives back what the scale's end check consumed: a space, a
// bracket or a comma after "billion".
func trimEnd(text string, start, end int) int {
	for end > start {
		r, w := utf8.DecodeLastRuneInString(text[:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '$' || r == '€' || r == '£' || r == '¥' {
			break
		}
		end -= w
	}
	return end
}

// boundaryAfter: the match does not end inside a word ("3 Europe").
func boundaryAfter(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func sub(text string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return text[m[2*i]:m[2*i+1]]
}

// build turns the parts of a match into an amount.
func build(lang, sign, number, scale, word string, start, end int) (Amount, bool) {
	v, ok := parseNumber(number)
	if scale != "" {
		v, ok = parseScaled(number, lang)
	}
	if !ok {
		return Amount{}, false
	}
	if scale != "" {
		f, ok := scaleOf(scale, lang)
		if !ok {
			return Amount{}, false
		}
		v = scaled(v, f)
	}
	if math.IsInf(v, 0) || math.IsNaN(v) || v > maxAmount {
		return Amount{}, false // no deal is worth "$999…999 trillion"
	}
	cur := currencyOfWord(word)
	if sign != "" {
		sc := currencyOfSign(sign)
		if sc == "JPY" && cur == "CNY" {
			sc = "CNY" // ¥28.3 billion yuan
		}
		if cur == "" || sc != "USD" {
			cur = sc
		}
	}
	if cur == "" {
		return Amount{}, false
	}
	return Amount{Value: v, Currency: cur, Start: start, End: end}, true
}

// boundaryBefore: the match does not start inside a word ("Mrs 5 million").
func boundaryBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// dropOverlaps keeps, of overlapping matches, the one starting first (the
// longest when they start together), in text order.
func dropOverlaps(as []Amount) []Amount {
	slices.SortStableFunc(as, func(a, b Amount) int {
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(b.End, a.End)
	})
	var out []Amount
	for _, a := range as {
		if len(out) > 0 && a.Start < out[len(out)-1].End {
			continue
		}
		out = append(out, a)
	}
	return out
}

// scaled is figure v times scale f in whole units: "8.2" times 1e9 is
// 8,199,999,999.999999 in floats, and the figure was written as a whole
// amount.
func scaled(v, f float64) float64 { return math.Round(v * f) }

// parseScaled reads a number before a scale word ("billion"). English
// writes a point only as the decimal mark: "$1.225 billion" is one and a
// quarter, not 1,225 (as "1.225 millones" is in Spanish).
//
// French, Italian, German, Portuguese and Dutch write a comma only as the
// decimal mark: "2,101 milliards" is two billion and a tenth, not 2,101
// billion. (Spanish is left out: the Americas' press groups thousands with
// it, "1,500 millones".)
func parseScaled(number, lang string) (float64, bool) {
	if lang == "en" && strings.Count(number, ".") == 1 && strings.Trim(number, "0123456789.") == "" {
		v, err := strconv.ParseFloat(number, 64)
		return v, err == nil
	}
	if decimalComma[lang] && strings.Count(number, ",") == 1 && strings.Trim(number, "0123456789,") == "" {
		v, err := strconv.ParseFloat(strings.Replace(number, ",", ".", 1), 64)
		return v, err == nil
	}
	return parseNumber(number)
}

var decimalComma = map[string]bool{"fr": true, "it": true, "de": true, "pt": true, "nl": true}

// parseNumber reads "7", "7.2", "7,6", "43,574", "7.700", "1 500", "vier".
// A separator followed by exactly three digits groups thousands; any other
// is the decimal mark.
func parseNumber(s string) (float64, bool) {
	if v, ok := numberWords[strings.ToLower(s)]; ok {
		return v, true
	}
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u202f' || r == '\u00a0' || r == '\u2009' || r == '\'' {
			return -1
		}
		return r
	}, s)
	lastDot, lastComma := strings.LastIndexByte(s, '.'), strings.LastIndexByte(s, ',')
	dec := -1
	switch {
	case lastDot >= 0 && lastComma >= 0:
		dec = max(lastDot, lastComma)
	case lastDot >= 0 || lastComma >= 0:
		sep := max(lastDot, lastComma)
		count := strings.Count(s, string(s[sep]))
		if count == 1 && len(s)-sep-1 != 3 {
			dec = sep
		}
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case i == dec:
			b.WriteByte('.')
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		}
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	return v, err == nil
}

func scaleOf(word, lang string) (float64, bool) {
	// the pattern lets any white space stand between the words of a
	// scale ("mil  millones", "lakh\u00a0crore"): look up the normal
	// form; a form the table lacks is no scale, never a factor of 0
	w := strings.TrimSuffix(strings.ToLower(strings.Join(strings.Fields(word), " ")), ".")
	if long, ok := longScale[w]; ok && lang != "en" && lang != "" {
		return long, true // German "Billion", Spanish "billón": 10^12
	}
	f, ok := scales[w]
	return f, ok
}

// maxAmount is more than any deal: larger figures are misreadings.
const maxAmount = 1e15

func currencyOfSign(sign string) string {
	s := strings.TrimSpace(strings.TrimSuffix(sign, "."))
	if c, ok := signs[s]; ok {
		return c
	}
	return strings.ToUpper(s) // an ISO code
}

func currencyOfWord(word string) string {
	w := strings.ToLower(strings.Join(strings.Fields(word), " "))
	w = strings.ReplaceAll(w, "’", "'")
	for _, cw := range currencyWords {
		if w == cw.word {
			return cw.code
		}
	}
	return ""
}

// IsWord reports whether a folded word is a currency or scale word
// ("euro", "milliarden", "rs", "yen"): part of an amount, never a name.
func IsWord(folded string) bool {
	if folded == "crowns" {
		return false // an English verb too ("the sale crowns a turnaround"): money only after a number
	}
	if amountWords.Has(folded) {
		return true
	}
	var buf [32]byte // upper-cased on the stack: asked of every name word
	if upper := window.AppendUpper(buf[:0], folded); signShapes.MayBytes(upper) {
		if _, ok := signs[string(upper)]; ok {
			return true
		}
	}
	return strings.EqualFold(folded, "rs")
}

// amountWords are the scale words and the currency names, the words
// IsWord finds as they are: one lookup, not a walk through the two
// hundred currency names for every name word asked.
var amountWords = lists.SetOf(func() map[string]bool {
	m := map[string]bool{}
	for w := range scales {
		m[w] = true
	}
	for _, c := range currencyWords {
		m[c.word] = true
	}
	return m
}())

// signShapes are those of signs' keys: most words upper-cased have none
// of them, and are told so before the map. (IsWord asks of a folded word,
// so the mixed-case signs, "SFr", "DKr", are not found by it: folded, they
// are names too, "SFR", "DKR"; IsSign asks of a word as written.)
var signShapes = func() *lists.Shapes {
	keys := map[string]bool{}
	for k := range signs {
		keys[k] = true
	}
	return lists.ShapesOf(keys)
}()

// signsAnyCase are signs' keys upper-cased: "Dkr", "SKR" as the writer
// may case them.
var signsAnyCase = func() map[string]bool {
	m := map[string]bool{}
	for k := range signs {
		m[strings.ToUpper(k)] = true
	}
	return m
}()

// SignAnyCase: w is a currency sign however it is cased ("Dkr", "SKR",
// "DKr"): a sign only where a figure follows, as a name it may be too
// ("SFR").
func SignAnyCase(w string) bool {
	var buf [32]byte // upper-cased on the stack
	return signsAnyCase[string(window.AppendUpper(buf[:0], w))]
}

// IsSign: w, as written, is a currency sign ("DKr", "SFr", "€").
func IsSign(w string) bool {
	_, ok := signs[w]
	return ok
}

// SignThenFigure: w, as written, is a currency sign glued to its amount
// ("SKr5", "DKr20bn", "US$1.5bn"): money, never a name (but "RS2", "FR8").
func SignThenFigure(w string) bool {
	i := strings.IndexAny(w, "0123456789")
	return i > 0 && IsSign(w[:i])
}

// Implied returns the amounts in text after byte offset from written with
// a scale and no currency, in the currency cur the sentence gave before:
// "18,9 miliardi di dollari per Quorvex e 10,7 miliardi per Daxmoor". A
// number followed by what it counts ("2 miliardi di utenti") is no money.
func Implied(text, lang, cur string, from int) []Amount {
	var out []Amount
	for p := from; p < len(text); p++ {
		if text[p] < '0' || text[p] > '9' || !boundaryBefore(text, p) {
			continue
		}
		end := numberEnd(text, p)
		if end < 0 {
			continue
		}
		if currencyBefore(text, p) {
			p = end
			continue
		}
		at := skipSpace(text, end)
		for _, sc := range scaleAlts.at(text, at) {
			e := foldPrefix(text, at, sc)
			if e < 0 || !boundaryAfter(text, e) || countsSomething(text, e) {
				continue
			}
			v, ok := parseScaled(text[p:end], lang)
			f, fok := scaleOf(sc, lang)
			if ok && fok && v*f <= maxAmount {
				out = append(out, Amount{Value: scaled(v, f), Currency: cur, Start: p, End: e})
			}
			break
		}
		p = end
	}
	return out
}

// currencyBefore: a currency word stands right before byte p ("Dollar
// 65.95 billion"): the amount has its own currency.
func currencyBefore(text string, p int) bool {
	before := strings.TrimRight(text[:p], " \u00a0")
	k := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
	return currencyOfWord(before[k+1:]) != ""
}

// countsSomething: after a scale at i comes what is counted ("di
// utenti", "of devices", German "Nutzer") or a currency: not an amount in
// the implied currency. A pause or a small word ("per", "for") is fine.
func countsSomething(text string, i int) bool {
	rest := strings.TrimLeft(text[i:], " \u00a0")
	r, _ := utf8.DecodeRuneInString(rest)
	if rest == "" || !unicode.IsLetter(r) {
		return false
	}
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	word := strings.ToLower(rest[:end])
	return unicode.IsUpper(r) || countWords[word] || currencyOfWord(word) != ""
}

// countWords link a number to what it counts ("2 miliardi di utenti").
var countWords = map[string]bool{"di": true, "de": true, "of": true, "d": true, "des": true, "del": true, "dei": true, "degli": true, "delle": true}
