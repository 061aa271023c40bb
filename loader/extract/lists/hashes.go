package lists

// Hashes is a one-hash Bloom filter over whole words: a bit per hash of
// every byte of a word, set for each word added. A clear bit proves a
// word was never added; a set bit says only that it may have been.
//
// Shapes and the lexicon's sieve look at a word's length and a few of its
// bytes, and let through the common words that share those with a listed
// one ("and" with "ant"). Hashes tells most of those absent for a third of
// what the map lookup it comes before costs.
type Hashes struct {
	bits  []uint64
	shift uint // 32 - log2(len(bits)*64)
}

// HashesOf makes the Hashes of words, with about eight bits per word,
// so that about one bit in eight is set.
func HashesOf(words []string) *Hashes {
	n := uint(10) // at least 1,024 bits
	for 1<<n < 8*len(words) {
		n++
	}
	h := &Hashes{bits: make([]uint64, 1<<n/64), shift: 32 - n}
	for _, w := range words {
		b := wordHash(w) >> h.shift
		h.bits[b/64] |= 1 << (b % 64)
	}
	return h
}

// May reports whether w may be one of the words: false only for a word
// never added.
func (h *Hashes) May(w string) bool {
	b := wordHash(w) >> h.shift
	return h.bits[b/64]&(1<<(b%64)) != 0
}

// wordHash is FNV-1a of w's bytes, multiplied once more so that its top
// bits, which May keeps, mix all of them.
func wordHash(w string) uint32 {
	x := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		x ^= uint32(w[i])
		x *= 16777619
	}
	return x * 0x9E3779B1
}

// Sieve is Shapes and Hashes of some lists together: May tells most words
// absent by their shape, and most of the rest, the words that share a
// listed word's first byte and length, by their hash.
type Sieve struct {
	shapes *Shapes
	hashes *Hashes
}

// SieveOf makes the Sieve of the lists.
func SieveOf(lists ...map[string]bool) *Sieve {
	var words []string
	for _, l := range lists {
		for w := range l {
			words = append(words, w)
		}
	}
	return &Sieve{ShapesOf(lists...), HashesOf(words)}
}

// May reports whether w may be in one of the lists.
func (s *Sieve) May(w string) bool { return s.shapes.May(w) && s.hashes.May(w) }
