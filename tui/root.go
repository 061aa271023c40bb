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
	lib          *libState // what this reader has read, starred, watched; the search index
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

	search searchState     // the Search tab
	dealf  dealFilterState // the Deals tab's :filter
	flash  string          // a one-off note in place of the key bar, until the next key
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
	cm.lib, m.flash = newLibState(c, opt)
	if m.flash == "" {
		m.flash = opt.Notice
	}
	m.search.input = newSearchInput(st)
	m.dealf.input = newDealFilterInput(st)
	for t := 0; t < tabCount; t++ {
		rows := m.rowsFor(t)
		m.lists[t] = newList(st, keys, rows, rowDelegate{marks: m.marks, two: t == tabSearch})
		m.lists[t].SetStatusBarItemName(itemNames[t][0], itemNames[t][1])
		if t == tabArticles {
			m.lists[t].Filter = articleFilter(c)
		}
		m.rowWidth[t] = widestRow(rows)
	}
	m.rowWidth[tabSearch] = searchWidth
	m.rowWidth[tabWatch] = max(m.rowWidth[tabWatch], watchMinWidth)
	m.links = linkView{keys: keys, st: st, cursor: -1}
	m.article = newArticlePane(cm)
	m.help = help.New()
	m.help.Styles = st.Help
	m.help.ShortSeparator = " · "
	// Open on the first tab that has something in it.
	for t := 0; t < tabArticles+1; t++ {
		if len(m.lists[t].Items()) > 0 {
			m.tab = t
			break
		}
	}
	return m
}

func (m *root) Init() tea.Cmd { return m.libraryInit() }

// rowsFor builds a tab's rows in its current sort mode, through its filters.
func (m *root) rowsFor(t int) []list.Item {
	switch t {
	case tabSearch:
		return nil // filled by searches
	case tabWatch:
		return m.watchRows()
	case tabDeals:
		return m.filterDeals(sortedRows(m.c.corpus, t, sortModes[t][m.sortAt[t]]))
	}
	return sortedRows(m.c.corpus, t, sortModes[t][m.sortAt[t]])
}

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
	if cmd, ok := m.libraryMsg(msg); ok {
		return m, cmd
	}
	// Everything else (filter results, cursor blinks) goes to whoever
	// may be waiting for it; new filter results may change the selection.
	before := m.lists[m.tab].SelectedItem()
	cmd := m.forward(msg)
	if m.focus == focusList && m.lists[m.tab].SelectedItem() != before {
		cmd = tea.Batch(cmd, m.preview())
	}
	return m, cmd
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
	if m.search.typing {
		var cmd tea.Cmd
		m.search.input, cmd = m.search.input.Update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// typing reports whether keys are text for a filter or search box, when q
// must not quit.
func (m *root) typing() bool {
	if m.focus == focusList {
		return m.lists[m.tab].SettingFilter() || (m.tab == tabSearch && m.search.typing) ||
			(m.tab == tabDeals && m.dealf.typing)
	}
	return m.showing.kind == pageArticle && m.article.typing()
}

func (m *root) key(msg tea.KeyMsg) tea.Cmd {
	k := m.c.keys
	m.flash = ""
	if m.typing() {
		if msg.Type == tea.KeyCtrlC { // cancel the typing, like esc
			msg = tea.KeyMsg{Type: tea.KeyEsc}
		}
		if m.focus == focusList && m.tab == tabSearch && m.search.typing {
			return m.searchKey(msg)
		}
		if m.focus == focusList && m.tab == tabDeals && m.dealf.typing {
			return m.dealFilterKey(msg)
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
		m.article.leave()
		return tea.Quit
	case key.Matches(msg, k.Help):
		m.overlay = overlayHelp
		return nil
	case key.Matches(msg, k.Search):
		return m.startSearch()
	case key.Matches(msg, k.SearchTab):
		return m.switchTab(tabSearch)
	case key.Matches(msg, k.WatchTab):
		return m.switchTab(tabWatch)
	case key.Matches(msg, k.ToggleRead):
		return m.toggleRead()
	case key.Matches(msg, k.Star):
		return m.toggleStar()
	case key.Matches(msg, k.Watch):
		return m.toggleWatch()
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
		case key.Matches(msg, k.Filter) && m.tab == tabSearch:
			return m.startSearch()
		case key.Matches(msg, k.DealFilter) && m.tab == tabDeals && l.FilterState() != list.Filtering:
			return m.startDealFilter()
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
		before := l.SelectedItem()
		var cmd tea.Cmd
		*l, cmd = l.Update(msg)
		if l.SelectedItem() != before {
			return tea.Batch(cmd, m.preview())
		}
		return cmd
	}
	switch m.showing.kind {
	case pageArticle:
		top := m.article.vp.YOffset
		target, cmd := m.article.update(msg)
		if m.article.vp.YOffset != top {
			m.article.leave() // kept as it goes: an SSH session may just drop
		}
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

func (m *root) wide() bool { return m.width >= wideWidth }
