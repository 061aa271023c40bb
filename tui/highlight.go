package tui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// renderedDoc is a rendered article with what search and highlighting need:
// its styled lines, their visible text, and a flat index of its words that
// lets a phrase be found across line breaks.
type renderedDoc struct {
	lines []string // styled, company names painted
	plain [][]rune // visible text per line

	flat []rune    // every word lower-cased, one space between words
	pos  []textPos // where each rune of flat sits; line -1 for a line break
}

type textPos struct{ line, col int }

// span is a highlighted stretch of one line, in visible rune columns.
type span struct{ line, from, to int }

func newRenderedDoc(rendered string, companyNames []string, on string) *renderedDoc {
	lines := strings.Split(strings.TrimRight(rendered, "\n"), "\n")
	d := &renderedDoc{lines: lines, plain: make([][]rune, len(lines))}
	for i, l := range lines {
		d.plain[i] = []rune(ansi.Strip(l))
	}
	d.index()
	if on != "" {
		var spans []span
		for _, name := range companyNames {
			for _, m := range d.find(name, true) {
				spans = append(spans, m...)
			}
		}
		d.lines = paint(d.lines, spans, on)
	}
	return d
}

func (d *renderedDoc) index() {
	for li, line := range d.plain {
		for col, r := range line {
			if unicode.IsSpace(r) {
				if n := len(d.flat); n > 0 && d.flat[n-1] != ' ' {
					d.flat = append(d.flat, ' ')
					d.pos = append(d.pos, textPos{li, col})
				}
				continue
			}
			d.flat = append(d.flat, unicode.ToLower(r))
			d.pos = append(d.pos, textPos{li, col})
		}
		if n := len(d.flat); n > 0 && d.flat[n-1] != ' ' {
			d.flat = append(d.flat, ' ')
			d.pos = append(d.pos, textPos{-1, 0})
		}
	}
}

// find returns every occurrence of query (case-insensitive, any run of
// white space matching any other, across line breaks), each as the spans
// it covers. wholeWords keeps only matches not inside a longer word.
func (d *renderedDoc) find(query string, wholeWords bool) [][]span {
	q := []rune(strings.ToLower(strings.Join(strings.Fields(query), " ")))
	if len(q) == 0 || len(q) > len(d.flat) {
		return nil
	}
	var out [][]span
	for i := 0; i+len(q) <= len(d.flat); i++ {
		if !runesEqual(d.flat[i:i+len(q)], q) {
			continue
		}
		end := i + len(q)
		if wholeWords && ((i > 0 && isWordRune(d.flat[i-1])) || (end < len(d.flat) && isWordRune(d.flat[end]))) {
			continue
		}
		out = append(out, d.spans(i, end))
		i = end - 1
	}
	return out
}

func runesEqual(a, b []rune) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// spans turns a stretch of flat into per-line column ranges.
func (d *renderedDoc) spans(from, to int) []span {
	var out []span
	for i := from; i < to; i++ {
		p := d.pos[i]
		if p.line < 0 {
			continue
		}
		if n := len(out); n > 0 && out[n-1].line == p.line {
			out[n-1].to = p.col + 1
			continue
		}
		out = append(out, span{line: p.line, from: p.col, to: p.col + 1})
	}
	return out
}

// paint returns lines with the spans wrapped in the SGR sequence on. Lines
// without spans are shared, not copied. After each span the line's own
// styling is restored, and styling the line changes inside a span is
// followed by on again, so the highlight survives glamour's own codes.
func paint(lines []string, spans []span, on string) []string {
	if on == "" || len(spans) == 0 {
		return lines
	}
	byLine := map[int][]span{}
	for _, s := range spans {
		if s.line >= 0 && s.line < len(lines) && s.from < s.to {
			byLine[s.line] = append(byLine[s.line], s)
		}
	}
	out := make([]string, len(lines))
	copy(out, lines)
	for li, ss := range byLine {
		out[li] = paintLine(lines[li], ss, on)
	}
	return out
}

func paintLine(line string, spans []span, on string) string {
	inside := func(col int) bool {
		for _, s := range spans {
			if col >= s.from && col < s.to {
				return true
			}
		}
		return false
	}
	var b strings.Builder
	state := "" // the line's own SGR codes since its last reset
	col := 0
	lit := false
	for i := 0; i < len(line); {
		if n := sgrLen(line[i:]); n > 0 {
			seq := line[i : i+n]
			if seq == "\x1b[0m" || seq == "\x1b[m" {
				state = ""
			} else {
				state += seq
			}
			b.WriteString(seq)
			if lit {
				b.WriteString(on)
			}
			i += n
			continue
		}
		want := inside(col)
		if want && !lit {
			b.WriteString(on)
		} else if !want && lit {
			b.WriteString("\x1b[0m" + state)
		}
		lit = want
		_, size := utf8.DecodeRuneInString(line[i:])
		b.WriteString(line[i : i+size])
		i += size
		col++
	}
	if lit {
		b.WriteString("\x1b[0m" + state)
	}
	return b.String()
}

// markMargin puts mark in place of the leading space (glamour's margin) of
// every line a span touches. Lines that do not start with a space keep
// their text: the mark never hides a character.
func markMargin(lines []string, spans []span, mark string) []string {
	if len(spans) == 0 {
		return lines
	}
	out := lines
	copied := false
	for _, s := range spans {
		if s.line < 0 || s.line >= len(lines) {
			continue
		}
		l := out[s.line]
		i := 0
		for i < len(l) && sgrLen(l[i:]) > 0 {
			i += sgrLen(l[i:])
		}
		if i >= len(l) || l[i] != ' ' {
			continue
		}
		if !copied {
			out = append([]string(nil), lines...)
			copied = true
		}
		out[s.line] = l[:i] + mark + l[i+1:]
	}
	return out
}
