// Package window runs costly patterns only on the stretches of a text
// around cheap anchors (a currency sign, a digit, a month name), since most
// sentences have none of what the patterns look for.
package window

import (
	"cmp"
	"regexp"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Set collects the windows of one text: each anchor widened by reach
// bytes either side, out to whole words, merged where they touch.
type Set struct {
	text  string
	reach int
	spans [][2]int
}

// New starts an empty set of windows over text.
func New(text string, reach int) *Set { return &Set{text: text, reach: reach} }

// Add marks text[start:end] as an anchor. Anchors must come in order.
func (s *Set) Add(start, end int) {
	t := s.text
	from, to := max(0, start-s.reach), min(len(t), end+s.reach)
	for from > 0 && !utf8.RuneStart(t[from]) {
		from--
	}
	for from > 0 && t[from-1] < utf8.RuneSelf && !unicode.IsSpace(rune(t[from-1])) {
		from--
	}
	for to < len(t) && !utf8.RuneStart(t[to]) {
		to++
	}
	for to < len(t) && t[to] < utf8.RuneSelf && !unicode.IsSpace(rune(t[to])) {
		to++
	}
	if n := len(s.spans); n > 0 && from <= s.spans[n-1][1] {
		s.spans[n-1][1] = max(s.spans[n-1][1], to)
		return
	}
	s.spans = append(s.spans, [2]int{from, to})
}

// SortAnchors puts anchors, [start, end) offsets, in the order Add
// wants them: by start. Anchors with the same start may come in either
// order, as Add gives the same windows for both. It sorts in place,
// without the allocations of sort.Slice.
func SortAnchors(anchors [][2]int) {
	slices.SortFunc(anchors, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
}

// Spans are the windows, in order, as [start, end) byte offsets.
func (s *Set) Spans() [][2]int { return s.spans }

// Whole is the one window that is all of text: what reading without
// anchors would see (tests compare against it).
func Whole(text string) [][2]int { return [][2]int{{0, len(text)}} }

// Matches runs re over the window w of text and gives its submatch offsets
// in text.
func Matches(re *regexp.Regexp, text string, w [2]int) [][]int {
	ms := re.FindAllStringSubmatchIndex(text[w[0]:w[1]], -1)
	for _, m := range ms {
		for i := range m {
			if m[i] >= 0 {
				m[i] += w[0]
			}
		}
	}
	return ms
}

// Words calls f for each run of letters in text, with its offsets; an
// apostrophe ends a word ("d'euros" is "d" and "euros").
func Words(text string, f func(word string, start, end int)) {
	start := -1
	for i, r := range text {
		// unicode.IsLetter, ASCII told without the table lookup and
		// written out here: asked of every character of the sentences
		// read, as a call it cost more than the test
		inWord := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsLetter(r)
		if inWord && start < 0 {
			start = i
		}
		if !inWord && start >= 0 {
			f(text[start:i], start, i)
			start = -1
		}
	}
	if start >= 0 {
		f(text[start:], start, len(text))
	}
}

// AppendWordSpans appends to dst the offsets of the words Words finds in
// text, in order: a text read by several readers (its dates, its amounts)
// is split into words once.
func AppendWordSpans(dst [][2]int, text string) [][2]int {
	start := -1
	for i, r := range text {
		// Words' test, written out as there
		inWord := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsLetter(r)
		if inWord && start < 0 {
			start = i
		}
		if !inWord && start >= 0 {
			dst = append(dst, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		dst = append(dst, [2]int{start, len(text)})
	}
	return dst
}

// EachWord is Words(text, f), read from spans when they are text's words
// from AppendWordSpans, found before; nil spans are not found yet.
func EachWord(text string, spans [][2]int, f func(word string, start, end int)) {
	if spans == nil {
		Words(text, f)
		return
	}
	for _, w := range spans {
		f(text[w[0]:w[1]], w[0], w[1])
	}
}

// AppendLower appends strings.ToLower(s) to dst. A word lower-cased into a
// reused buffer can be looked up in a map as m[string(buf)], which makes no
// string: the anchor tests lower-case every word of the sentences they read.
func AppendLower(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			// ASCII, most of the text: its lower case is a byte away
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// AppendUpper appends strings.ToUpper(s) to dst, as AppendLower does
// strings.ToLower: ASCII a byte at a time, other runes by unicode.ToUpper,
// and a byte that is no UTF-8 as U+FFFD, as strings.ToUpper writes it.
func AppendUpper(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'a' <= r && r <= 'z' {
				r -= 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToUpper(r))
	}
	return dst
}

// WordSet is a set of lower-case words asked about every word of a text.
// Most words of a text are in no such set, and most have a shape no word
// of the set has: a length with a first and a last byte, or first two
// bytes, that none of its words has. Those are told without hashing.
type WordSet struct {
	words           map[string]bool
	byFirst, byLast [256]uint32 // a bit per length (31 for longer ones)
	openings        [1 << 16 / 64]uint64
}

// NewWordSet makes the set of the words of m that are true.
func NewWordSet(m map[string]bool) *WordSet {
	s := &WordSet{words: map[string]bool{}}
	for w, in := range m {
		if !in || w == "" {
			continue
		}
		s.words[w] = true
		s.byFirst[w[0]] |= lengthBit(len(w))
		s.byLast[w[len(w)-1]] |= lengthBit(len(w))
		o := opening(w[0], second(w))
		s.openings[o/64] |= 1 << (o % 64)
	}
	return s
}

// Has reports whether the word is in the set.
func (s *WordSet) Has(w []byte) bool {
	if len(w) == 0 {
		return false
	}
	bit, o := lengthBit(len(w)), opening(w[0], second(w))
	if s.byFirst[w[0]]&bit == 0 || s.byLast[w[len(w)-1]]&bit == 0 || s.openings[o/64]&(1<<(o%64)) == 0 {
		return false
	}
	return s.words[string(w)]
}

// MayHoldLowerASCII is false when the lower case of w, a word of ASCII
// characters only, is not in the set: told by its shape, as Has tells
// it, without the word lower-cased or hashed. Most words of a text are
// told so; true says only that Has must be asked.
func (s *WordSet) MayHoldLowerASCII(w string) bool {
	if len(w) == 0 {
		return false
	}
	first, last, second := lowerASCII(w[0]), lowerASCII(w[len(w)-1]), byte(0)
	if len(w) >= 2 {
		second = lowerASCII(w[1])
	}
	bit, o := lengthBit(len(w)), opening(first, second)
	return s.byFirst[first]&bit != 0 && s.byLast[last]&bit != 0 && s.openings[o/64]&(1<<(o%64)) != 0
}

// IsASCII reports whether w is ASCII only, as a word whose lower case
// MayHoldLowerASCII may tell.
func IsASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lowerASCII is an ASCII character in lower case.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func lengthBit(n int) uint32 { return 1 << min(n, 31) }

// opening indexes a word's first two bytes in a bitset.
func opening(first, second byte) int { return int(first)<<8 | int(second) }

// second is a word's second byte, 0 for a word of one.
func second[W string | []byte](w W) byte {
	if len(w) < 2 {
		return 0
	}
	return w[1]
}
