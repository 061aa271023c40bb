// Package safetext makes untrusted text (article files, SSH clients) safe to
// print on a terminal: nothing that passes through Clean can move the cursor,
// change the title, set colours or reorder what is shown.
package safetext

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Clean returns s as valid UTF-8 with every terminal control removed:
// C0 controls except newline and tab, DEL, C1 controls, bidi embedding,
// override and isolate characters, and HTML/markdown numeric character
// references that would decode to any of those (&#27; &#x1b; &#x9b; ...).
// Carriage returns are dropped (CRLF becomes LF). Invalid bytes become
// U+FFFD rather than being lost.
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if !Unsafe(r) {
			b.WriteRune(r)
		}
	}
	// References last: dropping a raw control can join "&#" and "27;".
	return neutraliseRefs(b.String())
}

// Unsafe reports whether r must never reach a terminal.
func Unsafe(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}

// isClean is the fast path: most text has nothing to remove. It reads
// ASCII, most of any text, byte by byte, and decodes only the rest: the
// same as utf8.ValidString and no Unsafe rune, in one pass.
func isClean(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiUnsafe[c] {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return false // not UTF-8
		}
		if Unsafe(r) {
			return false
		}
		i += size
	}
	return !strings.Contains(s, "&#")
}

// asciiUnsafe is Unsafe of each ASCII character, read from a table at
// every byte isClean reads rather than worked out by Unsafe's cases.
var asciiUnsafe = func() (unsafe [utf8.RuneSelf]bool) {
	for c := range unsafe {
		unsafe[c] = Unsafe(rune(c))
	}
	return unsafe
}()

var numericRef = regexp.MustCompile(`&#([xX][0-9a-fA-F]{1,8}|[0-9]{1,10});?`)

// neutraliseRefs removes numeric character references that decode to a
// control character; renderers (glamour, goldmark) would decode them into
// live escapes. Other references are left for the renderer.
func neutraliseRefs(s string) string {
	// Repeat until stable: removing "&#27;" from "&#&#27;27;" leaves a new one.
	for strings.Contains(s, "&#") {
		next := numericRef.ReplaceAllStringFunc(s, dropControlRef)
		if next == s {
			break
		}
		s = next
	}
	return s
}

func dropControlRef(ref string) string {
	body := strings.TrimSuffix(strings.TrimPrefix(ref, "&#"), ";")
	var n uint64
	var err error
	if body[0] == 'x' || body[0] == 'X' {
		n, err = strconv.ParseUint(body[1:], 16, 32)
	} else {
		n, err = strconv.ParseUint(body, 10, 32)
	}
	if err != nil || n > utf8.MaxRune || Unsafe(rune(n)) || n == 0 {
		return ""
	}
	return ref
}
