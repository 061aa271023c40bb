package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"dealwire/model"
)

// common is what every pane of one running browser shares. One exists per
// program: over SSH, per visitor.
type common struct {
	corpus *model.Corpus
	r      *lipgloss.Renderer
	st     *styles
	keys   *KeyMap
	style  string // resolved glamour style: dark, light or notty
	cache  *renderCache
	mouse  bool
	// previewDelay holds back rendering an article previewed beside the
	// list until the cursor rests, so holding j does not render every
	// article passed. 0 renders at once (tests).
	previewDelay time.Duration
}

// focus is which pane gets the keys.
type focus int

const (
	focusList focus = iota
	focusDetail
)

// overlay is a full-body panel over the panes.
type overlay int

const (
	overlayNone overlay = iota
	overlayHelp
	overlayProblems
)

// listHeaderLines is the list's filter bar above its rows.
const listHeaderLines = 1

// wideWidth is where the detail pane moves beside the list.
const wideWidth = 100

// Minimum terminal size; below it the browser shows a note instead.
const (
	minTermWidth  = 40
	minTermHeight = 10
)

// root is the browser: tabs of lists, a detail pane, history and help.
type root struct {
	c *common

	width, height int
	sized         bool // a WindowSizeMsg arrived

	tab    int
	lists  [tabCount]list.Model
	sortAt [tabCount]int
	// rowWidth is each tab's widest row, for the list's width.
	rowWidth [tabCount]int
	focus    focus
	overlay  overlay

	nav        history
	previewSeq int  // the latest preview waiting for its render
	showing    page // what the detail pane holds (a preview while the list has focus)
	links      linkView
	article    *articlePane
	help       help.Model
}

func newRoot(c *model.Corpus, opt Options) *root {
	r := opt.Renderer
	keys := opt.KeyMap
	if keys == nil {
		keys = DefaultKeyMap()
	}
	st := newStyles(r)
	cm := &common{
		corpus: c, r: r, st: st, keys: keys,
		style: resolveStyle(opt.Style, r),
		cache: newRenderCache(64),
		mouse: opt.Mouse,

		previewDelay: 120 * time.Millisecond,
	}
	m := &root{c: cm}
	for t := 0; t < tabCount; t++ {
		rows := sortedRows(c, t, sortModes[t][0])
		m.lists[t] = newList(st, keys, rows)
		m.lists[t].SetStatusBarItemName(itemNames[t][0], itemNames[t][1])
		if t == tabArticles {
			m.lists[t].Filter = articleFilter(c)
		}
		m.rowWidth[t] = widestRow(rows)
	}
	m.links = linkView{keys: keys, st: st, cursor: -1}
	m.article = newArticlePane(cm)
	m.help = help.New()
	m.help.Styles = st.Help
	m.help.ShortSeparator = " · "
	// Open on the first tab that has something in it.
	for t := 0; t < tabCount; t++ {
		if len(m.lists[t].Items()) > 0 {
			m.tab = t
			break
		}
	}
	return m
}

func (m *root) Init() tea.Cmd { return nil }

func (m *root) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height, m.sized = msg.Width, msg.Height, true
		return m, m.layout()
	case renderedMsg:
		m.article.rendered(msg)
		return m, nil
	case previewRestMsg:
		if msg.seq == m.previewSeq && m.showing.kind == pageArticle {
			return m, m.article.ensureRendered()
		}
		return m, nil
	case tea.KeyMsg:
		return m, m.key(msg)
	case tea.MouseMsg:
		return m, m.mouse(msg)
	}
	// Everything else (filter results, cursor blinks) goes to whoever
	// may be waiting for it.
	return m, m.forward(msg)
}

// forward passes a non-key message to the list being filtered and the
// article's search box.
func (m *root) forward(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	for t := range m.lists {
		var cmd tea.Cmd
		m.lists[t], cmd = m.lists[t].Update(msg)
		cmds = append(cmds, cmd)
	}
	if m.article.typing() {
		_, cmd := m.article.update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// typing reports whether keys are text for a filter or search box, when q
// must not quit.
func (m *root) typing() bool {
	if m.focus == focusList {
		return m.lists[m.tab].SettingFilter()
	}
	return m.showing.kind == pageArticle && m.article.typing()
}

func (m *root) key(msg tea.KeyMsg) tea.Cmd {
	k := m.c.keys
	if m.typing() {
		if msg.Type == tea.KeyCtrlC { // cancel the typing, like esc
			msg = tea.KeyMsg{Type: tea.KeyEsc}
		}
		return m.toFocused(msg)
	}
	if m.overlay != overlayNone {
		switch {
		case key.Matches(msg, k.Quit) && msg.String() == "ctrl+c":
			return tea.Quit
		case key.Matches(msg, k.Help) && m.overlay == overlayHelp,
			key.Matches(msg, k.Problems) && m.overlay == overlayProblems,
			key.Matches(msg, k.Back), key.Matches(msg, k.Quit):
			m.overlay = overlayNone
			return nil
		case key.Matches(msg, k.Help):
			m.overlay = overlayHelp
		case key.Matches(msg, k.Problems):
			m.overlay = overlayProblems
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		m.overlay = overlayHelp
		return nil
	case key.Matches(msg, k.Problems):
		m.overlay = overlayProblems
		return nil
	case key.Matches(msg, k.Companies):
		return m.switchTab(tabCompanies)
	case key.Matches(msg, k.Deals):
		return m.switchTab(tabDeals)
	case key.Matches(msg, k.Articles):
		return m.switchTab(tabArticles)
	case key.Matches(msg, k.NextPane):
		return m.cycle(1)
	case key.Matches(msg, k.PrevPane):
		return m.cycle(-1)
	case key.Matches(msg, k.HistoryBack):
		return m.historyBack()
	case key.Matches(msg, k.HistoryForward):
		return m.historyForward()
	}
	if m.focus == focusList {
		l := &m.lists[m.tab]
		switch {
		case key.Matches(msg, k.Sort) && l.FilterState() == list.Unfiltered:
			return m.cycleSort()
		case key.Matches(msg, k.Open) && l.FilterState() != list.Filtering:
			if r, ok := l.SelectedItem().(row); ok {
				return m.open(r.target)
			}
			return nil
		case key.Matches(msg, k.Back) && l.FilterState() == list.Unfiltered:
			return nil // nothing behind the list
		}
		return m.toFocused(msg)
	}
	// The detail pane has the keys.
	if key.Matches(msg, k.Back) {
		if m.showing.kind == pageArticle && msg.Type == tea.KeyEsc && m.article.clearSearch() {
			return nil
		}
		return m.back()
	}
	return m.toFocused(msg)
}

// toFocused gives a key to the focused pane and acts on what it asks.
func (m *root) toFocused(msg tea.Msg) tea.Cmd {
	if m.focus == focusList {
		l := &m.lists[m.tab]
		before := l.Index()
		var cmd tea.Cmd
		*l, cmd = l.Update(msg)
		if l.Index() != before || l.FilterState() != list.Filtering {
			return tea.Batch(cmd, m.preview())
		}
		return cmd
	}
	switch m.showing.kind {
	case pageArticle:
		target, cmd := m.article.update(msg)
		if target != nil {
			return tea.Batch(cmd, m.open(*target))
		}
		return cmd
	case pageCompany, pageDeal:
		if target := m.links.update(msg); target != nil {
			return m.open(*target)
		}
	}
	return nil
}

// open shows p in the detail pane, gives it the focus and records it in
// the history.
func (m *root) open(p page) tea.Cmd {
	m.nav.push(p, m.focus == focusList)
	m.focus = focusDetail
	return m.show(p)
}

// show puts p in the detail pane without touching the history.
func (m *root) show(p page) tea.Cmd {
	if p == m.showing && p.kind != pageNone {
		return nil
	}
	m.showing = p
	switch p.kind {
	case pageCompany:
		m.links.setRows(companyRows(m.c.corpus, p.id))
	case pageDeal:
		m.links.setRows(dealRows(m.c.corpus, p.id))
	case pageArticle:
		if a, ok := m.c.corpus.Article(p.id); ok {
			return m.article.open(a, p.evidence)
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
	if m.lists[m.tab].SettingFilter() {
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
	cmd := m.lists[t].SetItems(sortedRows(m.c.corpus, t, sortModes[t][m.sortAt[t]]))
	m.lists[t].Select(0)
	return tea.Batch(cmd, m.preview())
}

func (m *root) wide() bool { return m.width >= wideWidth }

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
