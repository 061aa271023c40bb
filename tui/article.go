package tui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"dealwire/model"
	"dealwire/model/store"
)

// articlePane shows one article: a header (title, outlet, author, date,
// language, URL), a strip of the companies and deals it mentions as links,
// and its text rendered by glamour in a viewport, searchable with / n N.
type articlePane struct {
	c      *common
	a      *model.Article
	width  int
	height int

	vp      viewport.Model
	want    renderKey    // the rendering this pane is waiting for or showing
	doc     *renderedDoc // nil until that rendering arrives
	failure string

	evidence      string // sentence to scroll to and highlight, from a deal
	evidenceSpans []span
	scrolled      bool // the first scroll (to the evidence) happened

	links   []page
	labels  []string
	linkSel int

	input     textinput.Model
	searching bool // typing a query
	query     string
	terms     []string // a full-text search's terms, each looked for; nil: query as typed
	matches   [][]span
	matchAt   int

	restore float64 // where the reader left this article, as a fraction; 0: the top
}

// readingWidth caps the text's width on very wide terminals: long lines
// are hard to read.
const readingWidth = 120

// articleChrome is the height of the header, strip and status line.
const articleChrome = 5

func newArticlePane(c *common) *articlePane {
	ti := textinput.New()
	ti.Prompt = "/"
	ti.PromptStyle = c.st.Section
	ti.TextStyle = c.st.Row
	ti.Cursor.Style = c.st.Section
	ti.PlaceholderStyle = c.st.Dim
	ti.Placeholder = "search this article"
	ti.CharLimit = 200
	ti.Cursor.SetMode(cursor.CursorStatic) // no blink ticks: fewer redraws, over SSH too
	vp := viewport.New(0, 0)
	vp.Style = c.r.NewStyle()
	vp.KeyMap = viewport.KeyMap{} // keys are ours, see update
	vp.MouseWheelEnabled = c.mouse
	return &articlePane{c: c, vp: vp, input: ti}
}

// open shows article a, scrolled to evidence when it is not "", else to
// the first match of a full-text search when there is one, else where the
// reader left it.
func (p *articlePane) open(a *model.Article, evidence, search string) tea.Cmd {
	p.a = a
	p.evidence = evidence
	p.evidenceSpans = nil
	p.scrolled = false
	p.doc = nil
	p.want = renderKey{}
	p.failure = ""
	p.query, p.terms, p.matches, p.matchAt, p.searching = "", nil, nil, 0, false
	p.restore = 0
	if search != "" {
		p.query, p.terms = search, store.HighlightTerms(search)
	} else if evidence == "" {
		p.restore = p.c.lib.rd.Scroll(p.c.lib.key(a.ID))
	}
	p.input.Reset()
	p.input.Blur()
	p.links, p.labels = p.links[:0], p.labels[:0]
	for _, co := range p.c.corpus.CompaniesOf(a.ID) {
		p.links = append(p.links, page{kind: pageCompany, id: co.Name})
		p.labels = append(p.labels, cleanField(co.Name))
	}
	for _, d := range p.c.corpus.DealsIn(a.ID) {
		p.links = append(p.links, page{kind: pageDeal, id: d.ID})
		p.labels = append(p.labels, cleanField(parties(d)+" "+dealType(d.Type)))
	}
	p.linkSel = 0
	p.vp.SetContent("")
	p.vp.GotoTop()
	return p.ensureRendered()
}

func (p *articlePane) setSize(w, h int) tea.Cmd {
	p.width, p.height = w, h
	p.vp.Width = w
	p.vp.Height = max(1, h-articleChrome)
	return p.ensureRendered()
}

// ensureRendered asks for the rendering at the current width and style,
// unless it is already shown or cached. Nothing renders before the first
// size is known.
func (p *articlePane) ensureRendered() tea.Cmd {
	if p.a == nil || p.width <= 0 {
		return nil
	}
	k := renderKey{id: p.a.ID, width: clampWidth(min(p.width, readingWidth)), style: p.c.style}
	if k == p.want && p.doc != nil {
		return nil
	}
	p.want = k
	if doc, ok := p.c.cache.get(k); ok {
		p.show(doc)
		return nil
	}
	var names []string
	for _, co := range p.c.corpus.CompaniesOf(p.a.ID) {
		names = append(names, co.Name)
		names = append(names, co.Aliases...)
	}
	on, _ := sgrAround(p.c.st.Company)
	return renderCmd(k, p.a.Body, p.c.r.ColorProfile(), names, on)
}

// rendered takes a finished rendering; one for another article, width or
// style than the pane now wants is stale and only cached.
func (p *articlePane) rendered(msg renderedMsg) {
	if msg.err != nil {
		if msg.key == p.want {
			p.failure = "could not render this article: " + msg.err.Error()
		}
		return
	}
	p.c.cache.put(msg.key, msg.doc)
	if msg.key == p.want {
		p.show(msg.doc)
	}
}

// show puts a rendering in the viewport, keeping the reading position
// across re-wraps.
func (p *articlePane) show(doc *renderedDoc) {
	ratio := 0.0
	if p.doc != nil && p.vp.TotalLineCount() > 0 {
		ratio = float64(p.vp.YOffset) / float64(p.vp.TotalLineCount())
	}
	p.doc = doc
	p.evidenceSpans = nil
	if p.evidence != "" {
		p.evidenceSpans = findEvidence(doc, p.evidence)
	}
	if p.query != "" {
		p.matches = p.find(doc)
		p.matchAt = min(p.matchAt, max(0, len(p.matches)-1))
	}
	p.refresh()
	switch {
	case !p.scrolled && len(p.evidenceSpans) > 0:
		p.vp.SetYOffset(p.evidenceSpans[0].line - 2)
	case !p.scrolled && len(p.matches) > 0:
		p.reveal()
	case !p.scrolled && p.restore > 0:
		p.vp.SetYOffset(int(p.restore * float64(p.vp.TotalLineCount())))
	case p.scrolled:
		p.vp.SetYOffset(int(ratio * float64(p.vp.TotalLineCount())))
	}
	p.scrolled = true
}

// findEvidence finds a deal's sentence in the rendered text; when the
// whole sentence is not there verbatim (markdown removed), its opening.
func findEvidence(doc *renderedDoc, evidence string) []span {
	words := strings.Fields(evidence)
	for _, n := range []int{len(words), 8, 4} {
		if n > len(words) || n == 0 {
			continue
		}
		if m := doc.find(strings.Join(words[:n], " "), false); len(m) > 0 {
			return m[0]
		}
	}
	return nil
}

// refresh repaints highlights (evidence, search matches) over the doc.
func (p *articlePane) refresh() {
	if p.doc == nil {
		return
	}
	lines := p.doc.lines
	match, _ := sgrAround(p.c.st.Match)
	active, _ := sgrAround(p.c.st.MatchActive)
	lines = paint(lines, p.evidenceSpans, match)
	var all []span
	for _, m := range p.matches {
		all = append(all, m...)
	}
	lines = paint(lines, all, match)
	if p.matchAt < len(p.matches) {
		lines = paint(lines, p.matches[p.matchAt], active)
	}
	// A mark in the margin too: without colours (NO_COLOR, notty) it is
	// the only sign of where the sentence or the match is.
	lines = markMargin(lines, p.evidenceSpans, p.c.st.Section.Render("▌"))
	if p.matchAt < len(p.matches) {
		lines = markMargin(lines, p.matches[p.matchAt], p.c.st.Section.Render("›"))
	}
	p.vp.SetContent(strings.Join(lines, "\n"))
}

// typing reports whether keys go to the search box.
func (p *articlePane) typing() bool { return p.searching }

// update handles a key or mouse event; it returns a page to open when a
// link in the strip is followed.
func (p *articlePane) update(msg tea.Msg) (*page, tea.Cmd) {
	k := p.c.keys
	if p.searching {
		if km, ok := msg.(tea.KeyMsg); ok {
			switch km.Type {
			case tea.KeyEnter:
				p.searching = false
				p.input.Blur()
				p.search(p.input.Value())
				return nil, nil
			case tea.KeyEsc, tea.KeyCtrlC:
				p.searching = false
				p.input.Blur()
				return nil, nil
			}
		}
		var cmd tea.Cmd
		p.input, cmd = p.input.Update(msg)
		return nil, cmd
	}
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Filter):
			p.searching = true
			p.input.SetValue(p.query)
			p.input.CursorEnd()
			return nil, p.input.Focus()
		case key.Matches(msg, k.NextMatch):
			p.step(1)
		case key.Matches(msg, k.PrevMatch):
			p.step(-1)
		case key.Matches(msg, k.NextLink):
			if len(p.links) > 0 {
				p.linkSel = (p.linkSel + 1) % len(p.links)
			}
		case key.Matches(msg, k.PrevLink):
			if len(p.links) > 0 {
				p.linkSel = (p.linkSel + len(p.links) - 1) % len(p.links)
			}
		case key.Matches(msg, k.Open):
			if p.linkSel < len(p.links) {
				target := p.links[p.linkSel]
				return &target, nil
			}
		case key.Matches(msg, k.Down):
			p.vp.ScrollDown(1)
		case key.Matches(msg, k.Up):
			p.vp.ScrollUp(1)
		case key.Matches(msg, k.Top):
			p.vp.GotoTop()
		case key.Matches(msg, k.Bottom):
			p.vp.GotoBottom()
		case key.Matches(msg, k.PageDown):
			p.vp.PageDown()
		case key.Matches(msg, k.PageUp):
			p.vp.PageUp()
		case key.Matches(msg, k.HalfDown):
			p.vp.HalfPageDown()
		case key.Matches(msg, k.HalfUp):
			p.vp.HalfPageUp()
		}
	case tea.MouseMsg:
		var cmd tea.Cmd
		p.vp, cmd = p.vp.Update(msg)
		return nil, cmd
	}
	return nil, nil
}

// clearSearch drops the query; it reports whether there was one, so esc
// first clears a search and only then goes back.
func (p *articlePane) clearSearch() bool {
	if p.query == "" {
		return false
	}
	p.query, p.terms, p.matches, p.matchAt = "", nil, nil, 0
	p.refresh()
	return true
}

// find looks for the query, or each of a full-text search's terms, in
// the rendered text; matches in reading order.
func (p *articlePane) find(doc *renderedDoc) [][]span {
	if len(p.terms) == 0 {
		return doc.find(p.query, false)
	}
	var all [][]span
	for _, t := range p.terms {
		all = append(all, doc.find(t, false)...)
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i][0], all[j][0]
		return a.line < b.line || a.line == b.line && a.from < b.from
	})
	return all
}

// leave remembers where the reader is in the article, for the next open.
func (p *articlePane) leave() {
	if p.a == nil || p.doc == nil || p.vp.TotalLineCount() == 0 {
		return
	}
	at := float64(p.vp.YOffset) / float64(p.vp.TotalLineCount())
	p.c.lib.rd.SetScroll(p.c.lib.key(p.a.ID), at)
}

func (p *articlePane) search(q string) {
	p.query = strings.TrimSpace(q)
	p.terms = nil
	p.matches, p.matchAt = nil, 0
	if p.doc != nil && p.query != "" {
		p.matches = p.find(p.doc)
		// start at the first match at or below the top of the view
		for i, m := range p.matches {
			if m[0].line >= p.vp.YOffset {
				p.matchAt = i
				break
			}
		}
	}
	p.refresh()
	p.reveal()
}

func (p *articlePane) step(dir int) {
	if len(p.matches) == 0 {
		return
	}
	p.matchAt = (p.matchAt + dir + len(p.matches)) % len(p.matches)
	p.refresh()
	p.reveal()
}

// reveal scrolls the current match into view, a third down the page.
func (p *articlePane) reveal() {
	if p.matchAt >= len(p.matches) {
		return
	}
	line := p.matches[p.matchAt][0].line
	if line < p.vp.YOffset || line >= p.vp.YOffset+p.vp.Height {
		p.vp.SetYOffset(line - p.vp.Height/3)
	}
}

func (p *articlePane) view() string {
	if p.a == nil {
		return ""
	}
	st := p.c.st
	w := p.width
	a := p.a
	title := a.DisplayTitle()
	if title == "" {
		title = a.Path
	}
	meta := cleanField(joinNonEmpty(" · ", outlet(a), a.Author, a.Published, a.Language, plural(a.Words, "word")))
	url := cleanField(a.URL)
	if url == "" {
		url = cleanField(a.Path)
	}
	title = cleanField(title)
	var b strings.Builder
	b.WriteString(st.Title.Render(ansi.Truncate(" "+title, w, "…")) + "\n")
	b.WriteString(st.Dim.Render(ansi.Truncate(" "+meta, w, "…")) + "\n")
	b.WriteString(st.Link.Render(ansi.Truncate(" "+url, w, "…")) + "\n")
	b.WriteString(p.stripView() + "\n")
	switch {
	case p.failure != "":
		b.WriteString(padLines(st.Note.Render(" "+p.failure), p.vp.Height))
	case p.doc == nil:
		b.WriteString(padLines(st.Dim.Render(" rendering…"), p.vp.Height))
	default:
		b.WriteString(p.vp.View())
	}
	b.WriteString("\n" + p.statusView())
	return b.String()
}

// stripView is the line of links: companies and deals in this article,
// the selected one marked, scrolled so the selection is visible.
func (p *articlePane) stripView() string {
	st := p.c.st
	if len(p.links) == 0 {
		return st.Dim.Render(ansi.Truncate(" no companies or deals found in this article", p.width, "…"))
	}
	start := 0
	for {
		used := 1
		for i := start; i <= p.linkSel; i++ {
			used += ansi.StringWidth(p.labels[i]) + 3
		}
		if used <= p.width || start == p.linkSel {
			break
		}
		start++
	}
	var parts []string
	used := 1
	for i := start; i < len(p.links); i++ {
		label := "[" + p.labels[i] + "]"
		if used+ansi.StringWidth(label)+1 > p.width && i > p.linkSel {
			break
		}
		used += ansi.StringWidth(label) + 1
		if i == p.linkSel {
			parts = append(parts, st.LinkSel.Render(label))
		} else {
			parts = append(parts, st.Link.Render(label))
		}
	}
	return ansi.Truncate(" "+strings.Join(parts, " "), p.width, "…")
}

func (p *articlePane) statusView() string {
	st := p.c.st
	if p.searching {
		p.input.Width = max(1, p.width-3)
		return p.input.View()
	}
	var s string
	switch {
	case p.query != "" && len(p.matches) == 0:
		s = fmt.Sprintf(" no match for %q", p.query)
	case p.query != "":
		s = fmt.Sprintf(" %q: match %d of %d (n/N)", p.query, p.matchAt+1, len(p.matches))
	case p.doc != nil:
		s = fmt.Sprintf(" %3.f%%", p.vp.ScrollPercent()*100)
	}
	return st.Dim.Render(ansi.Truncate(s, p.width, "…"))
}

// padLines makes s exactly n lines tall.
func padLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	for len(lines) < n {
		lines = append(lines, "")
	}
	return strings.Join(lines[:max(n, 1)], "\n")
}
