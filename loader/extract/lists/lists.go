// Package lists tells cheaply that a word is in none of some word lists.
package lists

// Shapes are the first bytes and lengths of the words of some lists: a
// word whose first byte and length no listed word has is in none of
// them, told without hashing it as a map lookup would. Most words of a
// sentence are told so.
type Shapes [256]uint64 // by first byte, a bit per length (63: 63 or more)

// ShapesOf are the shapes of the words of the lists.
func ShapesOf(lists ...map[string]bool) *Shapes {
	var s Shapes
	for _, l := range lists {
		for w := range l {
			if w != "" {
				s[w[0]] |= lengthBit(w)
			}
		}
	}
	return &s
}

// May reports whether w may be in one of the lists; the empty word may.
func (s *Shapes) May(w string) bool {
	return w == "" || s[w[0]]&lengthBit(w) != 0
}

// MayBytes is May of a word in a buffer.
func (s *Shapes) MayBytes(w []byte) bool {
	return len(w) == 0 || s[w[0]]&(1<<min(len(w), 63)) != 0
}

func lengthBit(w string) uint64 { return 1 << min(len(w), 63) }

// Set is one word list with its shapes: Has tells most words absent by
// their shape before it hashes them.
type Set struct {
	shapes *Shapes
	words  map[string]bool
}

// SetOf makes the Set of a list.
func SetOf(words map[string]bool) Set { return Set{ShapesOf(words), words} }

// Has reports whether w is in the list.
func (s Set) Has(w string) bool { return s.shapes.May(w) && s.words[w] }

// HasBytes is Has of a word in a buffer: it makes no string of it.
func (s Set) HasBytes(w []byte) bool { return s.shapes.MayBytes(w) && s.words[string(w)] }
