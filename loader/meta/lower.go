package meta

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// lowerKey is m[strings.ToLower(s)] without the lower-case string made:
// s is lower-cased into a buffer on the stack, and a map looked up by
// string(buf) copies nothing. The header's rules ask it of most lines.
func lowerKey[V any](m map[string]V, s string) V {
	var buf [64]byte
	return m[string(appendLower(buf[:0], s))]
}

// containsLower is strings.Contains(strings.ToLower(s), sub), with s
// lower-cased on the stack unless it is long: asked of every line.
func containsLower(s, sub string) bool {
	var buf [256]byte
	return bytes.Contains(appendLower(buf[:0], s), []byte(sub))
}

// appendLower appends strings.ToLower(s) to dst: ASCII a byte at a time,
// other runes by unicode.ToLower, and a byte that is no UTF-8 as U+FFFD,
// as strings.ToLower writes it (TestAppendLowerIsToLower).
func appendLower(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
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
