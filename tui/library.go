package tui

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/list"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"dealwire/model"
	"dealwire/model/dealfilter"
	"dealwire/model/store"
)

// libState is one browser's memory: the reader's state (always there; in
// memory only without a store) and the library of this corpus in the
// store (nil without one: search then scans the corpus).
type libState struct {
	rd    *store.Reader
	st    *store.Store   // nil: no store
	lib   *store.Library // nil: no store
	keyOf map[string]string
	prev  time.Time // the previous visit; zero on a first visit or without a store

	arrivals bool // the library knows when each article arrived
	indexing bool // the index is being built
}

// corpusKeys maps each corpus's article ids to content keys, built once
// per corpus and shared by every browser over it (every SSH visitor).
var corpusKeys sync.Map // *model.Corpus -> map[string]string

func keysOf(c *model.Corpus) map[string]string {
	if m, ok := corpusKeys.Load(c); ok {
		return m.(map[string]string)
	}
	m := make(map[string]string, len(c.Articles))
	for i := range c.Articles {
		m[c.Articles[i].ID] = c.Articles[i].Key()
	}
	got, _ := corpusKeys.LoadOrStore(c, m)
	return got.(map[string]string)
}

func newLibState(c *model.Corpus, opt Options) (*libState, string) {
	ls := &libState{keyOf: keysOf(c)}
	name := opt.Reader
	if name == "" {
		name = "local"
	}
	note := ""
	if opt.Store != nil {
		lib := opt.Store.Library(c) // first: what arrives now is new at the next visit
		rd, err := opt.Store.Reader(name)
		if err != nil {
			note = "library unavailable, nothing will be saved: " + err.Error()
		} else {
			ls.rd, ls.st, ls.lib, ls.prev, ls.indexing = rd, opt.Store, lib, rd.PrevVisit(), true
		}
	}
	if ls.rd == nil {
		ls.rd = store.Memory(name)
	}
	return ls, note
}

// key is an article's content key.
func (ls *libState) key(articleID string) string { return ls.keyOf[articleID] }

// isNew reports whether the article arrived since the previous visit.
func (ls *libState) isNew(articleID string) bool {
	return ls.lib != nil && ls.arrivals && ls.lib.NewSince(ls.key(articleID), ls.prev)
}

func (ls *libState) dealIsNew(c *model.Corpus, d *model.Deal) bool {
	for _, s := range d.Sources {
		if ls.isNew(s.Article) {
			return true
		}
	}
	return false
}

// Messages from the library's background work.
type (
	arrivalsMsg  struct{}
	indexTickMsg struct{}
	indexDoneMsg struct{}
)

// libraryInit waits for the arrival times and the index in the background.
func (m *root) libraryInit() tea.Cmd {
	lib := m.c.lib.lib
	if lib == nil {
		return nil
	}
	return tea.Batch(
		func() tea.Msg { <-lib.ArrivalsKnown(); return arrivalsMsg{} },
		func() tea.Msg { <-lib.Done(); return indexDoneMsg{} },
		indexTick(),
	)
}

func indexTick() tea.Cmd {
	return tea.Tick(time.Second, func(time.Time) tea.Msg { return indexTickMsg{} })
}

// libraryMsg handles the library's messages; ok is false for others.
func (m *root) libraryMsg(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case arrivalsMsg:
		m.c.lib.arrivals = true
		return m.refreshWatch(), true
	case indexDoneMsg:
		m.c.lib.indexing = false
		if m.search.query != "" {
			return m.runSearch(), true // the search may find more now
		}
		return nil, true
	case indexTickMsg:
		if m.c.lib.indexing {
			return indexTick(), true
		}
		return nil, true
	case searchResultMsg:
		m.searchDone(msg)
		return m.preview(), true
	}
	return nil, false
}

// marks are the two columns before a row: a star (or the watch mark of a
// company), then new since the last visit (•) or read (✓).
func (m *root) marks(p page) string {
	ls := m.c.lib
	first, second := " ", " "
	switch p.kind {
	case pageArticle:
		k := ls.key(p.id)
		if ls.rd.Starred(store.KindArticle, k) {
			first = "★"
		}
		switch {
		case ls.rd.IsRead(k):
			second = "✓"
		case ls.isNew(p.id):
			second = "•"
		}
	case pageDeal:
		if ls.rd.Starred(store.KindDeal, p.id) {
			first = "★"
		}
		if d, ok := m.c.corpus.Deal(p.id); ok && ls.dealIsNew(m.c.corpus, d) {
			second = "•"
		}
	case pageCompany:
		if ls.rd.Starred(store.KindCompany, p.id) {
			first = "★"
		}
		if ls.rd.Watching(p.id) {
			second = "◉"
		}
	}
	return first + second
}

// target is what u, * and w act on: the selected row in a list, the page
// shown in the detail pane.
func (m *root) target() (page, bool) {
	if m.focus == focusList {
		r, ok := m.lists[m.tab].SelectedItem().(row)
		if !ok {
			return page{}, false
		}
		return r.target, true
	}
	return m.showing, m.showing.kind != pageNone
}

// toggleRead is u.
func (m *root) toggleRead() tea.Cmd {
	p, ok := m.target()
	if !ok || p.kind != pageArticle {
		m.flash = "u marks an article read or unread"
		return nil
	}
	if m.c.lib.rd.ToggleRead(m.c.lib.key(p.id)) {
		m.flash = "marked read"
	} else {
		m.flash = "marked unread"
	}
	return nil
}

// toggleStar is *.
func (m *root) toggleStar() tea.Cmd {
	p, ok := m.target()
	if !ok {
		return nil
	}
	rd := m.c.lib.rd
	var on bool
	var what string
	switch p.kind {
	case pageArticle:
		on = rd.ToggleStar(store.KindArticle, m.c.lib.key(p.id))
		what = "article"
	case pageDeal:
		on = rd.ToggleStar(store.KindDeal, p.id)
		what = "deal"
	case pageCompany:
		on = rd.ToggleStar(store.KindCompany, p.id)
		what = cleanField(p.id)
	default:
		return nil
	}
	if on {
		m.flash = "★ starred " + what
	} else {
		m.flash = "unstarred " + what
	}
	return nil
}

// toggleWatch is w: on a company, or on the one company a deal or article
// is about when there is one.
func (m *root) toggleWatch() tea.Cmd {
	p, ok := m.target()
	if !ok || p.kind != pageCompany {
		m.flash = "w watches a company: select one"
		return nil
	}
	name := p.id
	if co, ok := m.c.corpus.Company(name); ok {
		name = co.Name
	}
	if m.c.lib.rd.ToggleWatch(name) {
		m.flash = "◉ watching " + cleanField(name)
	} else {
		m.flash = "stopped watching " + cleanField(name)
	}
	return m.refreshWatch()
}

// watchRows is the Watchlist tab: the watched companies, then the deals
// and articles about them that arrived since the previous visit.
func (m *root) watchRows() []list.Item {
	c := m.c.corpus
	ls := m.c.lib
	var items []list.Item
	watched := map[string]bool{}
	for _, name := range ls.rd.Watched() {
		co, ok := c.Company(name)
		if !ok {
			continue
		}
		watched[co.Name] = true
		r := companyRow(co)
		if n := m.newFor(co); n > 0 {
			r.meta = plural(n, "new item") + " · " + r.meta
		}
		items = append(items, r.clean())
	}
	var deals []*model.Deal
	for i := range c.Deals {
		d := &c.Deals[i]
		if ls.dealIsNew(c, d) && anyWatched(d.Parties, watched) {
			deals = append(deals, d)
		}
	}
	sort.SliceStable(deals, func(i, j int) bool { return deals[i].Date > deals[j].Date })
	for _, d := range deals {
		items = append(items, dealRow(d).clean())
	}
	var arts []*model.Article
	for i := range c.Articles {
		a := &c.Articles[i]
		if ls.isNew(a.ID) && anyWatched(a.Companies, watched) {
			arts = append(arts, a)
		}
	}
	sort.SliceStable(arts, func(i, j int) bool { return arts[i].Published > arts[j].Published })
	for _, a := range arts {
		items = append(items, articleRow(a).clean())
	}
	return items
}

func anyWatched(names []string, watched map[string]bool) bool {
	for _, n := range names {
		if watched[n] {
			return true
		}
	}
	return false
}

// newFor counts a company's deals and articles new since the last visit.
func (m *root) newFor(co *model.Company) int {
	n := 0
	for _, id := range co.Articles {
		if m.c.lib.isNew(id) {
			n++
		}
	}
	for _, id := range co.Deals {
		if d, ok := m.c.corpus.Deal(id); ok && m.c.lib.dealIsNew(m.c.corpus, d) {
			n++
		}
	}
	return n
}

// newCount is the header's "new since your last visit": deals and
// articles about watched companies.
func (m *root) newCount() int {
	n := 0
	for _, it := range m.lists[tabWatch].Items() {
		if r, ok := it.(row); ok && r.target.kind != pageCompany {
			n++
		}
	}
	return n
}

func (m *root) refreshWatch() tea.Cmd {
	items := m.watchRows()
	m.rowWidth[tabWatch] = max(widestRow(items), watchMinWidth)
	return tea.Batch(m.lists[tabWatch].SetItems(items), m.layout())
}

func (m *root) watchHeader() string {
	st := m.c.st
	ls := m.c.lib
	w := ls.rd.Watched()
	if len(w) == 0 {
		return st.Dim.Render(" Nothing watched: press w on a company to watch it.")
	}
	s := " Watching " + plural(len(w), "company")
	switch {
	case ls.lib == nil:
		s += " · no library: nothing is new"
	case ls.prev.IsZero():
		s += " · first visit: what is new shows next time"
	case !ls.arrivals:
		s += " · looking for what is new…"
	default:
		s += fmt.Sprintf(" · %d new since your last visit (%s)", m.newCount(), ls.prev.Local().Format("2006-01-02 15:04"))
	}
	return st.Dim.Render(strings.Replace(s, "1 companys", "1 company", 1))
}

// The Search tab takes half the screen (snippets want room); the Watch
// tab at least room for its summary.
const (
	searchWidth   = 1000
	watchMinWidth = 64
)

// searchState is the Search tab: a query box over the list of hits.
type searchState struct {
	input  textinput.Model
	typing bool
	query  string
	order  store.Order
	seq    int
	busy   bool
	found  int
	more   bool
	err    string
}

func newSearchInput(st *styles) textinput.Model {
	return newPromptInput(st, "search: ", `words, "a phrase", prefix*`)
}

// newPromptInput is a one-line input in the browser's styles.
func newPromptInput(st *styles, prompt, placeholder string) textinput.Model {
	ti := textinput.New()
	ti.Prompt = prompt
	ti.PromptStyle = st.Section
	ti.TextStyle = st.Row
	ti.Cursor.Style = st.Section
	ti.PlaceholderStyle = st.Dim
	ti.Placeholder = placeholder
	ti.CharLimit = 200
	ti.Cursor.SetMode(cursor.CursorStatic)
	return ti
}

type searchResultMsg struct {
	seq   int
	items []list.Item
	more  bool
	err   error
}

// startSearch is ctrl+f: the Search tab with the query box focused.
func (m *root) startSearch() tea.Cmd {
	cmd := m.switchTab(tabSearch)
	m.search.typing = true
	m.search.input.SetValue(m.search.query)
	m.search.input.CursorEnd()
	return tea.Batch(cmd, m.search.input.Focus())
}

// searchKey handles a key while the query box has it.
func (m *root) searchKey(msg tea.KeyMsg) tea.Cmd {
	switch msg.Type {
	case tea.KeyEnter:
		m.search.typing = false
		m.search.input.Blur()
		m.search.query = strings.TrimSpace(m.search.input.Value())
		return m.runSearch()
	case tea.KeyEsc, tea.KeyCtrlC:
		m.search.typing = false
		m.search.input.Blur()
		return nil
	}
	var cmd tea.Cmd
	m.search.input, cmd = m.search.input.Update(msg)
	return cmd
}

const searchLimit = 200

// runSearch searches in a command: off the UI goroutine.
func (m *root) runSearch() tea.Cmd {
	m.search.seq++
	seq, q, order := m.search.seq, m.search.query, m.search.order
	m.search.err = ""
	if q == "" {
		m.search.found, m.search.more = 0, false
		return m.lists[tabSearch].SetItems(nil)
	}
	m.search.busy = true
	lib, c := m.c.lib.lib, m.c.corpus
	ascii := m.c.r.ColorProfile() == termenv.Ascii
	return func() tea.Msg {
		var hits []store.Hit
		var more bool
		var err error
		if lib != nil {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			hits, more, err = lib.Search(ctx, q, order, searchLimit)
			cancel()
		} else {
			hits, more = scanSearch(c, q, order, searchLimit)
		}
		items := make([]list.Item, 0, len(hits))
		for _, h := range hits {
			items = append(items, searchRow(h, q, ascii))
		}
		return searchResultMsg{seq: seq, items: items, more: more, err: err}
	}
}

func (m *root) searchDone(msg searchResultMsg) {
	if msg.seq != m.search.seq {
		return // an older search
	}
	m.search.busy = false
	if msg.err != nil {
		m.search.err = msg.err.Error()
		if msg.err == store.ErrNoQuery {
			m.search.err = "nothing to search for: type words, \"a phrase\" or a prefix*"
		}
	}
	m.search.found, m.search.more = len(msg.items), msg.more
	m.lists[tabSearch].SetItems(msg.items)
	m.lists[tabSearch].Select(0)
}

// Snippet hit markers inside a row; drawn as highlights.
const hitOn, hitOff = "\x01", "\x02"

// searchRow is one hit: the article, opened at the first match of the query.
func searchRow(h store.Hit, q string, ascii bool) row {
	r := articleRow(h.Article).clean()
	r.target.search = q
	var b strings.Builder
	for _, seg := range h.Snippet {
		t := seg.Text
		if !seg.Hit {
			t = markdownMarks.Replace(t)
		}
		lead := strings.HasPrefix(t, " ")
		trail := strings.HasSuffix(t, " ") && len(strings.TrimSpace(t)) > 0
		blank := t != "" && strings.TrimSpace(t) == "" // the space between two hits
		t = cleanField(t)
		if lead && t != "" || blank {
			t = " " + t
		}
		if trail {
			t += " "
		}
		if seg.Hit {
			if ascii {
				t = "[" + t + "]"
			}
			t = hitOn + t + hitOff
		}
		b.WriteString(t)
	}
	r.snippet = b.String()
	return r
}

// markdownMarks are taken out of snippets: they are text from the
// cleaned markdown, shown plain.
var markdownMarks = strings.NewReplacer("# ", "", "#", "", "**", "", "__", "", "`", "")

// scanSearch is search without a library: every article's text scanned,
// the words of the query all required.
func scanSearch(c *model.Corpus, q string, order store.Order, limit int) ([]store.Hit, bool) {
	terms := store.HighlightTerms(q)
	if len(terms) == 0 {
		return nil, false
	}
	found := c.Search(strings.Join(terms, " "))
	if order == store.Newest {
		sort.SliceStable(found, func(i, j int) bool { return found[i].Published > found[j].Published })
	}
	more := len(found) > limit
	found = found[:min(len(found), limit)]
	hits := make([]store.Hit, 0, len(found))
	for _, a := range found {
		hits = append(hits, store.Hit{Article: a, Snippet: plainSnippet(a.Body, terms)})
	}
	return hits, more
}

// plainSnippet cuts the text around the first term found and marks the terms.
func plainSnippet(body string, terms []string) []store.Segment {
	text := strings.Join(strings.Fields(strings.NewReplacer("#", "", "*", "", "_", "").Replace(body)), " ")
	lower := strings.ToLower(text)
	at := -1
	for _, t := range terms {
		if i := strings.Index(lower, strings.ToLower(t)); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	from := max(0, at-60)
	for from > 0 && from < len(text) && text[from]&0xC0 == 0x80 {
		from--
	}
	to := min(len(text), max(at, 0)+140)
	for to < len(text) && text[to]&0xC0 == 0x80 {
		to++
	}
	win := text[from:to]
	lw := strings.ToLower(win)
	var out []store.Segment
	if from > 0 {
		out = append(out, store.Segment{Text: "…"})
	}
	for i := 0; i < len(win); {
		hit := ""
		for _, t := range terms {
			lt := strings.ToLower(t)
			if lt != "" && strings.HasPrefix(lw[i:], lt) && len(lt) > len(hit) {
				hit = win[i : i+len(lt)]
			}
		}
		if hit != "" {
			out = append(out, store.Segment{Text: hit, Hit: true})
			i += len(hit)
			continue
		}
		j := i + 1
		for j < len(win) && win[j]&0xC0 == 0x80 {
			j++
		}
		if n := len(out); n > 0 && !out[n-1].Hit {
			out[n-1].Text += win[i:j]
		} else {
			out = append(out, store.Segment{Text: win[i:j]})
		}
		i = j
	}
	if to < len(text) {
		out = append(out, store.Segment{Text: "…"})
	}
	return out
}

func (m *root) searchHeader() string {
	st := m.c.st
	if m.search.typing {
		m.search.input.Width = max(1, m.listWidth()-len(m.search.input.Prompt)-2)
		return " " + m.search.input.View()
	}
	s := " "
	switch {
	case m.search.query == "":
		s += "ctrl+f or / to search the text of every article"
	case m.search.busy:
		s += fmt.Sprintf("searching %q…", m.search.query)
	case m.search.err != "":
		return st.Problem.Render(" " + cleanField(m.search.err))
	default:
		n := fmt.Sprint(m.search.found)
		if m.search.more {
			n = "first " + n
		}
		s += fmt.Sprintf("%q: %s", m.search.query, strings.Replace(plural(m.search.found, "result"), fmt.Sprint(m.search.found), n, 1))
	}
	if lib := m.c.lib.lib; lib != nil && m.c.lib.indexing {
		done, total := lib.Progress()
		s += fmt.Sprintf(" · indexing %d%%", done*100/max(total, 1))
	}
	return st.Dim.Render(s)
}

// dealFilterState is the Deals tab's :filter.
type dealFilterState struct {
	input  textinput.Model
	typing bool
	f      dealfilter.Filter
	err    string
}

func newDealFilterInput(st *styles) textinput.Model {
	return newPromptInput(st, ":", "type acquisition year>=2015 value>1bn")
}

func (m *root) startDealFilter() tea.Cmd {
	m.dealf.typing = true
	m.dealf.err = ""
	m.dealf.input.SetValue(m.dealf.f.String())
	m.dealf.input.CursorEnd()
	return tea.Batch(m.layout(), m.dealf.input.Focus())
}

func (m *root) dealFilterKey(msg tea.KeyMsg) tea.Cmd {
	switch msg.Type {
	case tea.KeyEnter:
		f, err := dealfilter.Parse(m.dealf.input.Value())
		if err != nil {
			m.dealf.err = err.Error()
			return nil
		}
		m.dealf.typing, m.dealf.err, m.dealf.f = false, "", f
		m.dealf.input.Blur()
		return tea.Batch(m.applyDealFilter(), m.layout())
	case tea.KeyEsc, tea.KeyCtrlC:
		m.dealf.typing, m.dealf.err = false, ""
		m.dealf.input.Blur()
		return m.layout()
	}
	var cmd tea.Cmd
	m.dealf.input, cmd = m.dealf.input.Update(msg)
	return cmd
}

// applyDealFilter rebuilds the Deals list through the filter; a fuzzy
// filter on it applies on top.
func (m *root) applyDealFilter() tea.Cmd {
	cmd := m.lists[tabDeals].SetItems(m.rowsFor(tabDeals))
	m.lists[tabDeals].Select(0)
	return tea.Batch(cmd, m.preview())
}

// filterDeals keeps the deal rows the :filter lets through.
func (m *root) filterDeals(items []list.Item) []list.Item {
	if m.dealf.f.Empty() {
		return items
	}
	out := items[:0:0]
	for _, it := range items {
		if r, ok := it.(row); ok {
			if d, ok := m.c.corpus.Deal(r.target.id); ok && m.dealf.f.Match(d) {
				out = append(out, it)
			}
		}
	}
	return out
}

func (m *root) dealHeader() string {
	st := m.c.st
	if m.dealf.typing {
		if m.dealf.err != "" {
			return st.Problem.Render(" " + cleanField(m.dealf.err))
		}
		m.dealf.input.Width = max(1, m.listWidth()-4)
		return " " + m.dealf.input.View()
	}
	shown := len(m.lists[tabDeals].VisibleItems())
	return st.Dim.Render(fmt.Sprintf(" %s · %d of %d deals · : to change", cleanField(m.dealf.f.String()), shown, len(m.c.corpus.Deals)))
}

// listHeader is the line some tabs show above their list; "" for none.
func (m *root) listHeader(t int) string {
	switch t {
	case tabSearch:
		return m.searchHeader()
	case tabWatch:
		return m.watchHeader()
	case tabDeals:
		if m.dealf.typing || !m.dealf.f.Empty() {
			return m.dealHeader()
		}
	}
	return ""
}

func (m *root) hasListHeader(t int) bool {
	switch t {
	case tabSearch, tabWatch:
		return true
	case tabDeals:
		return m.dealf.typing || !m.dealf.f.Empty()
	}
	return false
}

func (m *root) listWidth() int {
	w, _ := m.columns()
	return w
}
