package tui

import (
	tea "github.com/charmbracelet/bubbletea"
)

// mouse handles wheel and clicks, only with --mouse: wheel scrolls what is
// under the pointer, a click selects a row or link, a second click opens it.
func (m *root) mouse(msg tea.MouseMsg) tea.Cmd {
	if !m.c.mouse || !m.sized || m.tooSmall() || m.overlay != overlayNone {
		return nil
	}
	x, y := msg.X, msg.Y-bodyTop
	listW, detailX := m.columns()
	inList := m.focus == focusList || m.wide()
	if m.wide() {
		inList = x < listW
	}
	if inList {
		if m.wide() && m.focus != focusList {
			m.focus = focusList
		}
		l := &m.lists[m.tab]
		switch {
		case msg.Button == tea.MouseButtonWheelDown:
			l.CursorDown()
		case msg.Button == tea.MouseButtonWheelUp:
			l.CursorUp()
		case msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonLeft:
			line := y - listHeaderLines
			i := l.Paginator.Page*l.Paginator.PerPage + line
			if line >= 0 && line < l.Paginator.PerPage && i < len(l.VisibleItems()) {
				if i == l.Index() {
					if r, ok := l.SelectedItem().(row); ok {
						return m.open(r.target)
					}
				}
				l.Select(i)
			}
		default:
			return nil
		}
		return m.preview()
	}
	if msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonLeft {
		m.focus = focusDetail
		if m.nav.at >= len(m.nav.pages) || m.nav.pages[m.nav.at] != m.showing {
			m.nav.push(m.showing, true)
		}
	}
	local := msg
	local.X -= detailX
	local.Y = y
	switch m.showing.kind {
	case pageArticle:
		local.Y -= articleChrome - 1
		target, cmd := m.article.update(local)
		if target != nil {
			return m.open(*target)
		}
		return cmd
	case pageCompany, pageDeal:
		if target := m.links.update(local); target != nil {
			return m.open(*target)
		}
	}
	return nil
}
