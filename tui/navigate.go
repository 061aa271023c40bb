package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"dealwire/model/store"
)

// open shows p in the detail pane, gives it the focus and records it in
// the history.
func (m *root) open(p page) tea.Cmd {
	if p.kind == pageArticle { // opened = read
		m.c.lib.rd.SetRead(m.c.lib.key(p.id), true)
	}
	m.nav.push(p, m.focus == focusList)
	m.focus = focusDetail
	return m.show(p)
}

// show puts p in the detail pane without touching the history.
func (m *root) show(p page) tea.Cmd {
	if p == m.showing && p.kind != pageNone {
		return nil
	}
	if m.showing.kind == pageArticle {
		m.article.leave() // remember where it was left
	}
	m.showing = p
	switch p.kind {
	case pageCompany:
		m.links.setRows(companyRows(m.c.corpus, p.id))
	case pageDeal:
		m.links.setRows(dealRows(m.c.corpus, p.id))
	case pageArticle:
		if a, ok := m.c.corpus.Article(p.id); ok {
			return m.article.open(a, p.evidence, p.search)
		}
		m.showing = page{}
	}
	return nil
}

// preview shows the list's selection beside it on a wide terminal.
func (m *root) preview() tea.Cmd {
	if !m.wide() || m.focus != focusList {
		return nil
	}
	r, ok := m.lists[m.tab].SelectedItem().(row)
	if !ok {
		m.showing = page{}
		return nil
	}
	cmd := m.show(r.target)
	if cmd == nil || r.target.kind != pageArticle || m.c.previewDelay == 0 {
		return cmd
	}
	// Drop the render for now; ask again when the cursor has rested.
	m.previewSeq++
	seq := m.previewSeq
	return tea.Tick(m.c.previewDelay, func(time.Time) tea.Msg { return previewRestMsg{seq: seq} })
}

// previewRestMsg says the list cursor may have rested on an article.
type previewRestMsg struct{ seq int }

// back goes to where the current page was opened from: the page before it,
// or the list for a page opened from the list.
func (m *root) back() tea.Cmd {
	if !m.nav.fromList() {
		if p, ok := m.nav.back(); ok {
			return m.show(p)
		}
	}
	if m.showing.kind == pageArticle {
		m.article.leave()
	}
	m.focus = focusList
	return m.preview()
}

func (m *root) historyBack() tea.Cmd {
	if m.focus == focusList {
		// From the list, the way back is the page last open.
		if p, ok := m.nav.current(); ok {
			m.focus = focusDetail
			return m.show(p)
		}
		return nil
	}
	if p, ok := m.nav.back(); ok {
		return m.show(p)
	}
	return nil
}

func (m *root) historyForward() tea.Cmd {
	if m.focus == focusList {
		return m.historyBack()
	}
	if p, ok := m.nav.forward(); ok {
		return m.show(p)
	}
	return nil
}

func (m *root) switchTab(t int) tea.Cmd {
	if m.lists[m.tab].SettingFilter() || m.search.typing || m.dealf.typing {
		return nil
	}
	m.tab = t
	m.focus = focusList
	// Each tab's list is as wide as its rows: the panes resize.
	return tea.Batch(m.layout(), m.preview())
}

// cycle moves tab / shift+tab through the panes and tabs in reading order:
// Companies list, its detail, Deals list, its detail, ... The detail stop
// exists only when it is shown beside the list.
func (m *root) cycle(dir int) tea.Cmd {
	stops := []struct {
		tab   int
		focus focus
	}{}
	for t := 0; t < tabCount; t++ {
		stops = append(stops, struct {
			tab   int
			focus focus
		}{t, focusList})
		if m.wide() && m.showing.kind != pageNone && t == m.tab {
			stops = append(stops, struct {
				tab   int
				focus focus
			}{t, focusDetail})
		}
	}
	at := 0
	for i, s := range stops {
		if s.tab == m.tab && s.focus == m.focus {
			at = i
		}
	}
	next := stops[(at+dir+len(stops))%len(stops)]
	if next.focus == focusDetail {
		m.focus = focusDetail
		m.nav.push(m.showing, true)
		return nil
	}
	return m.switchTab(next.tab)
}

func (m *root) cycleSort() tea.Cmd {
	t := m.tab
	m.sortAt[t] = (m.sortAt[t] + 1) % len(sortModes[t])
	if t == tabSearch {
		m.search.order = store.Order(m.sortAt[t])
		return m.runSearch()
	}
	cmd := m.lists[t].SetItems(m.rowsFor(t))
	m.lists[t].Select(0)
	return tea.Batch(cmd, m.preview())
}
