package meta

import (
	"bytes"

	"dealwire/loader/extract/window"
)

// lowerKey is m[strings.ToLower(s)] without the lower-case string made:
// s is lower-cased into a buffer on the stack, and a map looked up by
// string(buf) copies nothing. The header's rules ask it of most lines.
func lowerKey[V any](m map[string]V, s string) V {
	var buf [64]byte
	return m[string(window.AppendLower(buf[:0], s))]
}

// containsLower is strings.Contains(strings.ToLower(s), sub), with s
// lower-cased on the stack unless it is long: asked of the footer's lines.
func containsLower(s, sub string) bool {
	var buf [256]byte
	return bytes.Contains(window.AppendLower(buf[:0], s), []byte(sub))
}
