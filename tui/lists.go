package tui

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	"github.com/charmbracelet/bubbles/paginator"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"dealwire/model"
)

// The three tabs, in the order of their number keys.
const (
	tabCompanies = iota
	tabDeals
	tabArticles
	tabSearch // full-text search over every article
	tabWatch  // the watchlist and what is new about it
	tabCount
)

var tabNames = [tabCount]string{"Companies", "Deals", "Articles", "Search", "Watch"}

// itemNames are each tab's row in singular and plural, for "No companies."
var itemNames = [tabCount][2]string{{"company", "companies"}, {"deal", "deals"}, {"article", "articles"},
	{"result", "results"}, {"item", "items"}}

// sortModes are what `s` cycles through on each tab, first is the default.
var sortModes = [tabCount][]string{
	{"deals", "mentions", "name"},
	{"date", "value"},
	{"date", "outlet"},
	{"newest", "relevance"},
	{"watchlist"},
}

// row is one list item: what it opens, and the two parts of its line.
type row struct {
	target page
	main   string // the name or title
	meta   string // counts, outlet, date: shown dimmer after main
	filter string // what the fuzzy filter matches against
	// snippet is a search hit's text around the match, the hits between
	// hitOn and hitOff; drawn on a second line.
	snippet string
}

func (r row) FilterValue() string { return r.filter }

// clean makes the row's texts safe single lines, whatever the corpus holds.
func (r row) clean() row {
	r.main, r.meta = cleanField(r.main), cleanField(r.meta)
	return r
}

func companyRow(co *model.Company) row {
	return row{
		target: page{kind: pageCompany, id: co.Name},
		main:   co.Name,
		meta:   plural(len(co.Deals), "deal") + " · " + plural(len(co.Articles), "article"),
		filter: co.Name + " " + strings.Join(co.Aliases, " "),
	}
}

func dealRow(d *model.Deal) row {
	return row{
		target: page{kind: pageDeal, id: d.ID},
		main:   dealLine(d),
		filter: strings.Join(d.Parties, " ") + " " + d.Type + " " + d.Date,
	}
}

func articleRow(a *model.Article) row {
	t := a.DisplayTitle()
	if t == "" {
		t = a.Path
	}
	return row{
		target: page{kind: pageArticle, id: a.ID},
		main:   t,
		meta:   articleMeta(a),
		filter: t + " " + a.Source + bodySep + a.ID,
	}
}

// sortedRows builds one tab's rows in the given sort mode.
func sortedRows(c *model.Corpus, tab int, mode string) []list.Item {
	var items []list.Item
	switch tab {
	case tabCompanies:
		cos := make([]*model.Company, len(c.Companies))
		for i := range c.Companies {
			cos[i] = &c.Companies[i]
		}
		sort.SliceStable(cos, func(i, j int) bool {
			a, b := cos[i], cos[j]
			switch mode {
			case "deals":
				if len(a.Deals) != len(b.Deals) {
					return len(a.Deals) > len(b.Deals)
				}
				if len(a.Articles) != len(b.Articles) {
					return len(a.Articles) > len(b.Articles)
				}
			case "mentions":
				if a.Mentions != b.Mentions {
					return a.Mentions > b.Mentions
				}
			}
			return model.Fold(a.Name) < model.Fold(b.Name)
		})
		for _, co := range cos {
			items = append(items, companyRow(co).clean())
		}
	case tabDeals:
		ds := make([]*model.Deal, len(c.Deals))
		for i := range c.Deals {
			ds[i] = &c.Deals[i]
		}
		sort.SliceStable(ds, func(i, j int) bool {
			a, b := ds[i], ds[j]
			if mode == "value" {
				return dealValue(a) > dealValue(b)
			}
			return a.Date > b.Date // newest first, undated last
		})
		for _, d := range ds {
			items = append(items, dealRow(d).clean())
		}
	case tabArticles:
		as := make([]*model.Article, len(c.Articles))
		for i := range c.Articles {
			as[i] = &c.Articles[i]
		}
		sort.SliceStable(as, func(i, j int) bool {
			a, b := as[i], as[j]
			if mode == "outlet" && a.Source != b.Source {
				if (a.Source == "") != (b.Source == "") {
					return b.Source == ""
				}
				return model.Fold(a.Source) < model.Fold(b.Source)
			}
			return a.Published > b.Published
		})
		for _, a := range as {
			items = append(items, articleRow(a).clean())
		}
	}
	return items
}

// dealValue orders deals by size; currencies are not converted, a deal
// without a value sorts last.
func dealValue(d *model.Deal) float64 {
	if d.Value == nil {
		return -1
	}
	return d.Value.Value
}

// rowDelegate draws one row per line: a cursor mark, the main text and its
// dimmer details, cut to the width.
type rowDelegate struct {
	st    *styles
	marks func(page) string // state marks drawn after the text; nil: none
	two   bool              // a second line: the row's snippet
}

func (d rowDelegate) Height() int {
	if d.two {
		return 2
	}
	return 1
}
func (d rowDelegate) Spacing() int                            { return 0 }
func (d rowDelegate) Update(_ tea.Msg, _ *list.Model) tea.Cmd { return nil }

func (d rowDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	r, ok := item.(row)
	if !ok {
		return
	}
	width := m.Width() - 2
	if width < 1 {
		return
	}
	main, meta := r.main, ""
	// State marks follow the text, never cut: ★ starred, ✓ read, • new, ◉ watched.
	marks := ""
	if d.marks != nil {
		if mk := strings.Join(strings.Fields(d.marks(r.target)), ""); mk != "" && ansi.StringWidth(mk)+2 < width {
			marks = " " + mk
		}
	}
	room := width - ansi.StringWidth(marks)
	if r.meta != "" {
		meta = "  " + r.meta
	}
	if ansi.StringWidth(main) > room {
		main, meta = ansi.Truncate(main, room, "…"), ""
	} else if ansi.StringWidth(main+meta) > room {
		meta = ansi.Truncate(meta, room-ansi.StringWidth(main), "…")
	}
	main += marks
	if index == m.Index() {
		fmt.Fprint(w, d.st.RowSelected.Render("> "+main)+d.st.RowDim.Render(meta))
	} else {
		fmt.Fprint(w, d.st.Row.Render("  "+main)+d.st.RowDim.Render(meta))
	}
	if d.two {
		fmt.Fprint(w, "\n"+d.snippetLine(r.snippet, width))
	}
}

// snippetLine draws a search hit's snippet, indented, hits highlighted,
// cut to the width.
func (d rowDelegate) snippetLine(s string, width int) string {
	const pad = "    "
	width -= 2
	if width < 1 {
		return ""
	}
	var b strings.Builder
	used := 0
	hit := false
	for s != "" && used < width {
		i := strings.IndexAny(s, hitOn+hitOff)
		part := s
		if i >= 0 {
			part = s[:i]
		}
		if part != "" {
			if w := ansi.StringWidth(part); used+w > width {
				part = ansi.Truncate(part, width-used, "…")
			}
			used += ansi.StringWidth(part)
			if hit {
				b.WriteString(d.st.Match.Render(part))
			} else {
				b.WriteString(d.st.RowDim.Render(part))
			}
		}
		if i < 0 {
			break
		}
		hit = s[i] == hitOn[0]
		s = s[i+1:]
	}
	return pad + b.String()
}

// newList makes one tab's list, drawn with our styles and moved by our keys.
func newList(st *styles, keys *KeyMap, items []list.Item, d rowDelegate) list.Model {
	d.st = st
	l := list.New(items, d, 0, 0)
	// Dots for 10,000 rows are built on every frame before the list falls
	// back to numbers: use numbers from the start.
	l.Paginator.Type = paginator.Arabic
	l.Paginator.ActiveDot = st.List.ActivePaginationDot.String()
	l.Paginator.InactiveDot = st.List.InactivePaginationDot.String()
	l.Styles = st.List
	l.FilterInput.PromptStyle = st.List.FilterPrompt
	l.FilterInput.Cursor.Style = st.List.FilterCursor
	l.FilterInput.TextStyle = st.Row
	l.FilterInput.Prompt = "/ "
	l.FilterInput.Cursor.SetMode(cursor.CursorStatic)
	l.SetShowTitle(false)
	l.SetShowHelp(false)
	l.SetShowStatusBar(false)
	l.SetShowPagination(true)
	l.DisableQuitKeybindings()
	l.KeyMap = listKeyMap(keys)
	l.InfiniteScrolling = false
	return l
}

// listKeyMap maps our keymap onto the list's own. Quitting and help are the
// root's business; paging uses pgup/pgdn so that h/l stay back/open.
func listKeyMap(k *KeyMap) list.KeyMap {
	km := list.DefaultKeyMap()
	km.CursorUp = k.Up
	km.CursorDown = k.Down
	km.GoToStart = k.Top
	km.GoToEnd = k.Bottom
	km.PrevPage = joinBindings(k.PageUp, k.HalfUp)
	km.NextPage = joinBindings(k.PageDown, k.HalfDown)
	km.Filter = k.Filter
	km.ShowFullHelp = key.NewBinding(key.WithDisabled())
	km.CloseFullHelp = key.NewBinding(key.WithDisabled())
	km.Quit = key.NewBinding(key.WithDisabled())
	km.ForceQuit = key.NewBinding(key.WithDisabled())
	return km
}

func joinBindings(bs ...key.Binding) key.Binding {
	var keys []string
	for _, b := range bs {
		keys = append(keys, b.Keys()...)
	}
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(bs[0].Help().Key, bs[0].Help().Desc))
}

// widestRow is the width the longest row needs, details included.
func widestRow(items []list.Item) int {
	w := 0
	for _, it := range items {
		if r, ok := it.(row); ok {
			n := ansi.StringWidth(r.main) + 3 // room for marks
			if r.meta != "" {
				n += 2 + ansi.StringWidth(r.meta)
			}
			w = max(w, n)
		}
	}
	return w
}
