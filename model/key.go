package model

import (
	"crypto/sha256"
	"encoding/hex"
)

// Key is the article's content key for state kept across runs (read,
// starred, scroll position, the search index): the hash of the raw file
// when the loader set one, else the SHA-256 of the body text. It does not
// depend on the path, so state survives moving or renaming the corpus.
func (a *Article) Key() string {
	if a.Hash != "" {
		return a.Hash
	}
	sum := sha256.Sum256([]byte(a.Body))
	return hex.EncodeToString(sum[:])
}
