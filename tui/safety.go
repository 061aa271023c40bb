package tui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dealwire/model/safetext"
)

// glamour v1.0.0 passes terminal escapes through and decodes character
// references into live ones, and its cost explodes on some small inputs
// (a 64 KB word, deep nesting). A render cannot be cancelled, so these
// bounds on its input are the defence; sanitizeRendered is the last check.
const (
	maxTokenRunes = 200       // longer runs without a space are split
	maxMarkupRun  = 32        // and runs of markdown punctuation ("[[[[") sooner: glamour styles each one
	maxNesting    = 16        // block markers (>, list bullets) per line
	maxIndent     = 32        // leading spaces per line
	maxDocBytes   = 128 << 10 // longer articles are cut, with a note
	minWidth      = 20
	maxWidth      = 200
)

const truncatedNote = "\n\n*[dealwire: the rest of this article is not shown: it is longer than 128 KB]*\n"

// clampWidth keeps a render width where glamour stays fast and readable.
func clampWidth(w int) int {
	return max(minWidth, min(w, maxWidth))
}

// boundMarkdown makes untrusted markdown safe and cheap to render: no
// terminal controls, bounded size, no token longer than maxTokenRunes, no
// line nested deeper than maxNesting.
func boundMarkdown(s string) string {
	s = safetext.Clean(s)
	s = strings.ReplaceAll(s, "\t", "    ")
	if len(s) > maxDocBytes {
		cut := maxDocBytes
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + truncatedNote
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = splitLongTokens(capNesting(l))
	}
	return strings.Join(lines, "\n")
}

// capNesting drops block markers beyond maxNesting at the start of a line
// and caps its indentation.
func capNesting(line string) string {
	rest := line
	depth, indent := 0, 0
	var kept strings.Builder
	for {
		n := len(rest) - len(strings.TrimLeft(rest, " "))
		indent += n
		if indent > maxIndent {
			n = max(0, n-(indent-maxIndent))
			indent = maxIndent
		}
		if n > 0 && depth < maxNesting {
			kept.WriteString(strings.Repeat(" ", n))
		}
		rest = strings.TrimLeft(rest, " ")
		m := blockMarker(rest)
		if m == 0 {
			break
		}
		if depth < maxNesting {
			kept.WriteString(rest[:m])
		}
		depth++
		rest = rest[m:]
	}
	if depth <= maxNesting && indent < maxIndent {
		return line
	}
	return kept.String() + rest
}

// blockMarker returns the length of a block quote or list marker at the
// start of s ("> ", "* ", "- ", "+ ", "12. ", "3) "), or 0.
func blockMarker(s string) int {
	if s == "" {
		return 0
	}
	switch s[0] {
	case '>':
		return 1
	case '*', '-', '+':
		if len(s) == 1 || s[1] == ' ' {
			return 1
		}
		return 0
	}
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') && (i+1 == len(s) || s[i+1] == ' ') {
		return i + 1
	}
	return 0
}

// splitLongTokens breaks every run of more than maxTokenRunes non-space
// runes with a space, so the wrapper never chews on a huge word.
func splitLongTokens(line string) string {
	if len(line) <= maxMarkupRun {
		return line
	}
	var b strings.Builder
	run, markup := 0, 0
	changed := false
	for _, r := range line {
		if unicode.IsSpace(r) {
			run, markup = 0, 0
		} else {
			run++
			markup++
			if !strings.ContainsRune("[]()<>*_~`!\\#|", r) {
				markup = 0
			}
			if run > maxTokenRunes || markup > maxMarkupRun {
				b.WriteByte(' ')
				run, markup = 1, min(markup, 1)
				changed = true
			}
		}
		b.WriteRune(r)
	}
	if !changed {
		return line
	}
	return b.String()
}

// sanitizeRendered is the check after rendering: only SGR colour sequences
// (ESC [ digits/semicolons m) and newlines may remain. Any other escape
// sequence is removed whole, other controls dropped, tabs become spaces.
func sanitizeRendered(s string) string {
	if renderedIsInert(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c == 0x1b {
			if n := sgrLen(s[i:]); n > 0 {
				b.WriteString(s[i : i+n])
				i += n
				continue
			}
			i += escapeLen(s[i:])
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteString("    ")
		case safetext.Unsafe(r):
			// dropped
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// renderedIsInert reports whether s holds nothing but text, newlines and
// SGR sequences: what every render must satisfy.
func renderedIsInert(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			n := sgrLen(s[i:])
			if n == 0 {
				return false
			}
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != '\n' && (r == '\t' || safetext.Unsafe(r)) {
			return false
		}
		i += size
	}
	return true
}

// sgrLen is the length of the SGR sequence s starts with, or 0.
func sgrLen(s string) int {
	if len(s) < 3 || s[0] != 0x1b || s[1] != '[' {
		return 0
	}
	for i := 2; i < len(s) && i < 64; i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9', c == ';':
		case c == 'm':
			return i + 1
		default:
			return 0
		}
	}
	return 0
}

// escapeLen is the length of the (non-SGR) escape sequence s starts with,
// so it can be skipped whole: CSI to its final byte, OSC/DCS/APC/PM/SOS to
// their terminator, anything else ESC plus one byte.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[':
		for i := 2; i < len(s); i++ {
			if s[i] >= 0x40 && s[i] <= 0x7e {
				return i + 1
			}
		}
		return len(s)
	case ']', 'P', '_', '^', 'X':
		for i := 2; i < len(s); i++ {
			if s[i] == 0x07 {
				return i + 1
			}
			if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
		}
		return len(s)
	}
	_, size := utf8.DecodeRuneInString(s[1:])
	return 1 + size
}
