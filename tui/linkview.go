package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// linkView is a scrollable page of text in which some rows are links: the
// company and deal details. j/k move between links, enter opens one.
type linkView struct {
	keys   *KeyMap
	st     *styles
	rows   []linkRow
	lines  []viewLine // rows wrapped to the width
	cursor int        // index in rows of the selected link, -1 if none
	offset int        // first line shown
	width  int
	height int
}

// linkRow is one row: plain text (styled when drawn) and, for a link,
// what it opens. indent is kept on wrapped continuation lines.
type linkRow struct {
	text   string
	kind   rowKind
	target *page
	indent int
}

type rowKind int

const (
	rowText rowKind = iota
	rowTitle
	rowSection
	rowDim
	rowEvidence
	rowLink
)

type viewLine struct {
	row  int
	text string
}

func (v *linkView) setRows(rows []linkRow) {
	for i := range rows {
		rows[i].text = cleanField(rows[i].text)
	}
	v.rows = rows
	v.cursor = -1
	v.offset = 0
	v.moveCursor(1)
	v.wrap()
}

func (v *linkView) setSize(w, h int) {
	v.width, v.height = w, h
	v.wrap()
	v.follow()
}

func (v *linkView) wrap() {
	v.lines = v.lines[:0]
	if v.width <= 0 {
		return
	}
	for i, r := range v.rows {
		if r.text == "" {
			v.lines = append(v.lines, viewLine{row: i})
			continue
		}
		pad := strings.Repeat(" ", r.indent)
		w := max(1, v.width-r.indent-2) // 2 for the cursor mark
		for _, l := range strings.Split(ansi.Wrap(r.text, w, ""), "\n") {
			v.lines = append(v.lines, viewLine{row: i, text: pad + l})
		}
	}
}

// selected is what the link under the cursor opens.
func (v *linkView) selected() (page, bool) {
	if v.cursor < 0 || v.cursor >= len(v.rows) || v.rows[v.cursor].target == nil {
		return page{}, false
	}
	return *v.rows[v.cursor].target, true
}

// moveCursor goes to the next (dir 1) or previous (-1) link; it scrolls
// when there is none, so text-only pages still move.
func (v *linkView) moveCursor(dir int) bool {
	for i := v.cursor + dir; i >= 0 && i < len(v.rows); i += dir {
		if v.rows[i].target != nil {
			v.cursor = i
			return true
		}
	}
	return false
}

func (v *linkView) update(msg tea.Msg) (open *page) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		k := v.keys
		switch {
		case key.Matches(msg, k.Down):
			if !v.moveCursor(1) {
				v.scroll(1)
				return nil
			}
		case key.Matches(msg, k.Up):
			if !v.moveCursor(-1) {
				v.scroll(-1)
				return nil
			}
		case key.Matches(msg, k.Top):
			v.cursor = -1
			v.moveCursor(1)
			v.offset = 0
			return nil
		case key.Matches(msg, k.Bottom):
			v.cursor = len(v.rows)
			v.moveCursor(-1)
			v.offset = max(0, len(v.lines)-v.height)
			return nil
		case key.Matches(msg, k.PageDown):
			v.page(v.height)
			return nil
		case key.Matches(msg, k.PageUp):
			v.page(-v.height)
			return nil
		case key.Matches(msg, k.HalfDown):
			v.page(v.height / 2)
			return nil
		case key.Matches(msg, k.HalfUp):
			v.page(-v.height / 2)
			return nil
		case key.Matches(msg, k.Open):
			if p, ok := v.selected(); ok {
				return &p
			}
			return nil
		}
		v.follow()
	case tea.MouseMsg:
		switch {
		case msg.Button == tea.MouseButtonWheelDown:
			v.scroll(3)
		case msg.Button == tea.MouseButtonWheelUp:
			v.scroll(-3)
		case msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonLeft:
			if i := v.offset + msg.Y; i >= 0 && i < len(v.lines) {
				r := v.lines[i].row
				if v.rows[r].target != nil {
					if v.cursor == r {
						p := *v.rows[r].target
						return &p
					}
					v.cursor = r
				}
			}
		}
	}
	return nil
}

func (v *linkView) scroll(n int) {
	v.offset = max(0, min(v.offset+n, len(v.lines)-v.height))
}

// page scrolls by n lines and puts the cursor on the first link in view.
func (v *linkView) page(n int) {
	v.scroll(n)
	for i := v.offset; i < len(v.lines) && i < v.offset+v.height; i++ {
		if r := v.lines[i].row; v.rows[r].target != nil {
			v.cursor = r
			return
		}
	}
}

// follow scrolls so the cursor's lines are in view.
func (v *linkView) follow() {
	if v.cursor < 0 || v.height <= 0 {
		v.scroll(0)
		return
	}
	first, last := -1, -1
	for i, l := range v.lines {
		if l.row == v.cursor {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return
	}
	if first < v.offset {
		v.offset = first
		// show the section title above the first link of a section
		if first > 0 && v.rows[v.lines[first-1].row].kind == rowSection {
			v.offset = first - 1
		}
	}
	if last >= v.offset+v.height {
		v.offset = last - v.height + 1
	}
	v.scroll(0)
}

func (v *linkView) view() string {
	if v.height <= 0 {
		return ""
	}
	var b strings.Builder
	for i := v.offset; i < v.offset+v.height; i++ {
		if i > v.offset {
			b.WriteByte('\n')
		}
		if i >= len(v.lines) {
			continue
		}
		l := v.lines[i]
		b.WriteString(v.styleLine(l))
	}
	return b.String()
}

func (v *linkView) styleLine(l viewLine) string {
	r := v.rows[l.row]
	st := v.st
	mark := "  "
	switch r.kind {
	case rowTitle:
		return mark + st.Title.Render(l.text)
	case rowSection:
		return mark + st.Section.Render(l.text)
	case rowDim:
		return mark + st.Dim.Render(l.text)
	case rowEvidence:
		return mark + st.Evidence.Render(l.text)
	case rowLink:
		if l.row == v.cursor {
			return "> " + st.LinkSel.Render(l.text)
		}
		return mark + st.Link.Render(l.text)
	}
	return mark + st.Row.Render(l.text)
}
