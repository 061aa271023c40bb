package meta

import (
	"testing"
	"unicode"
)

// isSpace answers as unicode.IsSpace does, its ASCII shortcut included.
func TestIsSpace(t *testing.T) {
	for r := rune(0); r <= 0x3000; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Errorf("isSpace(%q) = %v", r, isSpace(r))
		}
	}
}
