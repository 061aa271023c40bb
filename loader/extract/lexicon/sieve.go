package lexicon

// sieve is a one-hash Bloom filter over names: a bit per hash value, set
// for every name added. A clear bit proves a name was never added, so a
// lookup refused by it is certain; a set bit says only that the table may
// hold the name. 65,536 bits (8 KiB) keep about one bit in five set for
// the 13,000 listed names.
type sieve [1 << sieveBits / 64]uint64

const sieveBits = 16

func (s *sieve) add(name string) {
	h := sieveHash(name)
	s[h/64] |= 1 << (h % 64)
}

// mayHold is false only for a name never added to s.
func mayHold[T string | []byte](s *sieve, name T) bool {
	h := sieveHash(name)
	return s[h/64]&(1<<(h%64)) != 0
}

// sieveHash mixes a name's length with its first, middle and last bytes:
// cheaper than hashing every byte, and enough to tell most words apart
// from the listed names.
func sieveHash[T string | []byte](name T) uint32 {
	n := len(name)
	if n == 0 {
		return 0
	}
	x := uint32(n) | uint32(name[0])<<8 | uint32(name[n/2])<<16 | uint32(name[n-1])<<24
	return (x * 0x9E3779B1) >> (32 - sieveBits)
}
