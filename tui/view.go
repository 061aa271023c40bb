package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// bodyTop is the number of lines above the panes: header, tabs, rule.
const bodyTop = 3

func (m *root) tooSmall() bool {
	return m.width < minTermWidth || m.height < minTermHeight
}

// bodyHeight is what the panes get: all but the header and the help bar.
func (m *root) bodyHeight() int { return max(1, m.height-bodyTop-1) }

// columns returns the list width and where the detail pane starts.
func (m *root) columns() (listW, detailX int) {
	if !m.wide() {
		return m.width, 0
	}
	// As wide as the tab's rows need, between 36 columns and half the screen.
	listW = max(36, min(m.rowWidth[m.tab]+3, m.width/2))
	return listW, listW + 1
}

// layout cascades the terminal size to every pane. Each resize re-wraps
// the article (from the cache when it was seen at this width before).
func (m *root) layout() tea.Cmd {
	if m.tooSmall() {
		return nil
	}
	h := m.bodyHeight()
	listW, detailX := m.columns()
	detailW := m.width - detailX
	for t := range m.lists {
		m.lists[t].SetSize(listW, h)
	}
	m.help.Width = m.width
	m.links.setSize(detailW, h)
	m.help.Width = m.width
	cmd := m.article.setSize(detailW, h)
	if m.wide() && m.focus == focusList && m.showing.kind == pageNone {
		return tea.Batch(cmd, m.preview())
	}
	return cmd
}

func (m *root) View() string {
	if !m.sized {
		return ""
	}
	if m.tooSmall() {
		return m.tooSmallView()
	}
	var b strings.Builder
	b.WriteString(m.headerView() + "\n")
	b.WriteString(m.tabsView() + "\n")
	b.WriteString(m.c.st.Separator.Render(strings.Repeat("─", m.width)) + "\n")
	b.WriteString(strings.Join(m.bodyLines(), "\n") + "\n")
	if m.flash != "" {
		b.WriteString(fitLine(m.c.st.Section.Render(" "+cleanField(m.flash)), m.width))
	} else {
		b.WriteString(fitLine(m.help.ShortHelpView(m.shortHelp()), m.width))
	}
	// The last line of defence: whatever slipped into a pane, the frame
	// holds nothing but text and SGR colours.
	return sanitizeRendered(b.String())
}

func (m *root) tooSmallView() string {
	note := fmt.Sprintf("dealwire needs a terminal of at least %dx%d; this one is %dx%d.", minTermWidth, minTermHeight, m.width, m.height)
	lines := strings.Split(ansi.Wrap(note+" Enlarge it, or press q to quit.", max(1, m.width), ""), "\n")
	if len(lines) > m.height {
		lines = lines[:max(0, m.height)]
	}
	for i := range lines {
		lines[i] = m.c.st.Note.Render(fitLine(lines[i], m.width))
	}
	return strings.Join(lines, "\n")
}

func (m *root) headerView() string {
	c := m.c.corpus
	st := m.c.st
	left := st.Header.Render(" dealwire") + st.HeaderDim.Render(fmt.Sprintf(" · %s · %s · %s · %s",
		cleanField(c.Name), plural(len(c.Articles), "article"), plural(len(c.Companies), "company"), plural(len(c.Deals), "deal")))
	right := ""
	if n := m.newCount(); n > 0 {
		right = st.Section.Render(fmt.Sprintf("%d new for your watchlist ", n))
	}
	if ls := m.c.lib; ls.st != nil && (ls.st.Err() != nil || ls.lib.Err() != nil) {
		right += st.Problem.Render("! library error ")
	}
	if n := len(c.Problems); n > 0 {
		right += st.Problem.Render(fmt.Sprintf("! %s ", plural(n, "problem")))
	}
	return spread(left, right, m.width)
}

func (m *root) tabsView() string {
	st := m.c.st
	labels := make([]string, tabCount)
	for t := 0; t < tabCount; t++ {
		n := fmt.Sprint(len(m.lists[t].Items()))
		switch {
		case t == tabDeals && !m.dealf.f.Empty():
			n = fmt.Sprintf("%d/%d", len(m.lists[t].Items()), len(m.c.corpus.Deals))
		case t == tabSearch && m.search.query == "":
			n = ""
		case t == tabWatch:
			n = fmt.Sprint(len(m.c.lib.rd.Watched()))
		}
		labels[t] = fmt.Sprintf("%d %s", t+1, tabNames[t])
		if n != "" {
			labels[t] += " (" + n + ")"
		}
	}
	right := "sort: " + sortModes[m.tab][m.sortAt[m.tab]] + " "
	if m.tab == tabWatch {
		right = ""
	}
	// As much room between tabs as fits beside the sort: three spaces,
	// two, one; then without the sort.
	sep := ""
	for _, r := range []string{right, ""} {
		for _, s := range []string{"   ", "  ", " "} {
			if sep == "" && 2+ansi.StringWidth(strings.Join(labels, s)+r) <= m.width {
				sep, right = s, r
			}
		}
	}
	if sep == "" {
		sep, right = " ", ""
	}
	parts := make([]string, tabCount)
	for t, label := range labels {
		if t == m.tab {
			parts[t] = st.TabActive.Render(label)
		} else {
			parts[t] = st.TabPassive.Render(label)
		}
	}
	left := " " + strings.Join(parts, sep)
	return spread(left, st.Dim.Render(right), m.width)
}

// bodyLines draws the panes, or an overlay, as exactly bodyHeight lines
// of exactly the terminal width.
func (m *root) bodyLines() []string {
	h := m.bodyHeight()
	switch m.overlay {
	case overlayHelp:
		return fitBlock(m.fullHelpView(), m.width, h)
	case overlayProblems:
		return fitBlock(m.problemsView(), m.width, h)
	}
	listW, detailX := m.columns()
	if !m.wide() {
		if m.focus == focusList {
			return fitBlock(m.listView(), m.width, h)
		}
		return fitBlock(m.detailView(), m.width, h)
	}
	left := fitBlock(m.listView(), listW, h)
	right := fitBlock(m.detailView(), m.width-detailX, h)
	sep := m.c.st.Separator.Render("│")
	if m.focus == focusDetail {
		sep = m.c.st.Section.Render("│")
	}
	out := make([]string, h)
	for i := range out {
		out[i] = left[i] + sep + right[i]
	}
	return out
}

// listView is the tab's list, its header line (search box, filter,
// watchlist summary) in the list's own blank top line, or above the
// list's filter box while that is open.
func (m *root) listView() string {
	v := m.lists[m.tab].View()
	if !m.hasListHeader(m.tab) {
		return v
	}
	first, rest, _ := strings.Cut(v, "\n")
	if strings.TrimSpace(ansi.Strip(first)) == "" {
		return m.listHeader(m.tab) + "\n" + rest
	}
	return m.listHeader(m.tab) + "\n" + v
}

func (m *root) detailView() string {
	switch m.showing.kind {
	case pageArticle:
		return m.article.view()
	case pageCompany, pageDeal:
		return m.links.view()
	}
	return m.c.st.Dim.Render("  Nothing selected.")
}

func (m *root) problemsView() string {
	st := m.c.st
	probs := m.c.corpus.Problems
	var b strings.Builder
	b.WriteString(st.Section.Render(fmt.Sprintf("  Problems while loading (%d)", len(probs))) + "\n\n")
	if len(probs) == 0 {
		b.WriteString(st.Dim.Render("  Every file was loaded.") + "\n")
	}
	if ls := m.c.lib; ls.st != nil {
		for _, err := range []error{ls.st.Err(), ls.lib.Err()} {
			if err != nil {
				b.WriteString("  " + st.Problem.Render("library "+cleanField(ls.st.Path())) + "\n")
				b.WriteString(st.Dim.Render(ansi.Wrap("    "+cleanField(err.Error()), max(1, m.width-4), "")) + "\n")
			}
		}
	}
	for _, p := range probs {
		b.WriteString("  " + st.Problem.Render(cleanField(p.Path)) + "\n")
		b.WriteString(st.Dim.Render(ansi.Wrap("    skipped: "+cleanField(p.Error), max(1, m.width-4), "")) + "\n")
	}
	b.WriteString("\n" + st.Dim.Render("  esc or ! to close"))
	return b.String()
}

func (m *root) fullHelpView() string {
	k := m.c.keys
	groups := [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown, k.HalfUp, k.HalfDown},
		{k.Open, k.Back, k.HistoryBack, k.HistoryForward, k.NextLink, k.PrevLink},
		{k.Companies, k.Deals, k.Articles, k.NextPane, k.PrevPane, k.Sort},
		{k.Filter, k.NextMatch, k.PrevMatch, k.Problems, k.Help, k.Quit},
		{k.ToggleRead, k.Star, k.Watch, k.Search, k.SearchTab, k.WatchTab, k.DealFilter},
	}
	h := m.help
	h.ShowAll = true
	h.Width = 0 // the columns are laid out here, not cut
	fits := func(s string) bool {
		for _, l := range strings.Split(s, "\n") {
			if ansi.StringWidth(l)+2 > m.width {
				return false
			}
		}
		return true
	}
	// All columns side by side, or as few rows of them as the width allows.
	cols := h.FullHelpView(groups)
	for _, split := range [][]int{{3}, {2, 4}} {
		if fits(cols) {
			break
		}
		var blocks []string
		from := 0
		for _, to := range append(split, len(groups)) {
			blocks = append(blocks, h.FullHelpView(groups[from:to]))
			from = to
		}
		cols = strings.Join(blocks, "\n\n")
	}
	return m.c.st.Section.Render("  Keys") + "\n\n" + indent(cols, "  ") +
		"\n\n" + m.c.st.Dim.Render("  / filters a list (fuzzy) and searches an article; ctrl+f searches every article;\n"+
		"  : filters deals (type acquisition year>=2015 value>1bn); marks: ★ starred, ✓ read, • new, ◉ watched; esc or ? to close")
}

// shortHelp is the key bar for what has the focus.
func (m *root) shortHelp() []key.Binding {
	k := m.c.keys
	if m.overlay != overlayNone {
		return []key.Binding{k.Back, k.Quit}
	}
	if m.focus == focusList {
		switch m.tab {
		case tabCompanies:
			return []key.Binding{k.Open, k.Filter, k.Sort, k.Star, k.Watch, k.Search, k.NextPane, k.Help, k.Quit}
		case tabDeals:
			return []key.Binding{k.Open, k.Filter, k.DealFilter, k.Sort, k.Star, k.Search, k.NextPane, k.Help, k.Quit}
		case tabSearch:
			return []key.Binding{k.Open, k.Search, k.Sort, k.ToggleRead, k.Star, k.NextPane, k.Help, k.Quit}
		case tabWatch:
			return []key.Binding{k.Open, k.Watch, k.Star, k.Search, k.NextPane, k.Help, k.Quit}
		}
		return []key.Binding{k.Open, k.Filter, k.Sort, k.ToggleRead, k.Star, k.Search, k.NextPane, k.Help, k.Quit}
	}
	if m.showing.kind == pageArticle {
		return []key.Binding{k.Down, k.Filter, k.NextMatch, k.NextLink, k.Open, k.Back, k.ToggleRead, k.Star, k.Help, k.Quit}
	}
	if m.showing.kind == pageCompany {
		return []key.Binding{k.Down, k.Open, k.Back, k.HistoryBack, k.Star, k.Watch, k.Help, k.Quit}
	}
	return []key.Binding{k.Down, k.Open, k.Back, k.HistoryBack, k.HistoryForward, k.Star, k.Help, k.Quit}
}

// spread puts left and right on one line of width w.
func spread(left, right string, w int) string {
	gap := w - ansi.StringWidth(left) - ansi.StringWidth(right)
	if gap < 1 {
		return fitLine(left, w)
	}
	return left + strings.Repeat(" ", gap) + right
}

// fitLine cuts or pads one line to exactly w columns.
func fitLine(s string, w int) string {
	if n := ansi.StringWidth(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return ansi.Truncate(s, w, "")
}

// fitBlock makes s exactly h lines of exactly w columns.
func fitBlock(s string, w, h int) []string {
	lines := strings.Split(s, "\n")
	out := make([]string, h)
	for i := range out {
		if i < len(lines) {
			out[i] = fitLine(lines[i], w)
		} else {
			out[i] = strings.Repeat(" ", w)
		}
	}
	return out
}

func indent(s, pad string) string {
	return pad + strings.ReplaceAll(s, "\n", "\n"+pad)
}
