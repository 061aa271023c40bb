package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/list"
	"github.com/charmbracelet/lipgloss"
)

// styles holds every style the browser draws with. All are built from one
// renderer: over SSH each visitor's renderer knows their own terminal, so
// nothing here may come from lipgloss's package-level default.
type styles struct {
	r *lipgloss.Renderer

	Header     lipgloss.Style
	HeaderDim  lipgloss.Style
	Problem    lipgloss.Style
	TabActive  lipgloss.Style
	TabPassive lipgloss.Style
	Separator  lipgloss.Style

	Row         lipgloss.Style
	RowSelected lipgloss.Style
	RowDim      lipgloss.Style
	RowMatch    lipgloss.Style

	Title    lipgloss.Style
	Section  lipgloss.Style
	Label    lipgloss.Style
	Dim      lipgloss.Style
	Link     lipgloss.Style
	LinkSel  lipgloss.Style
	Evidence lipgloss.Style
	Note     lipgloss.Style

	Company     lipgloss.Style // company names inside article text
	Match       lipgloss.Style // search matches
	MatchActive lipgloss.Style // the match n/N is on, and the evidence sentence

	Help help.Styles
	List list.Styles
}

func newStyles(r *lipgloss.Renderer) *styles {
	accent := lipgloss.AdaptiveColor{Light: "#5A56E0", Dark: "#7571F9"}
	dim := lipgloss.AdaptiveColor{Light: "#8A8A8A", Dark: "#777777"}
	text := lipgloss.AdaptiveColor{Light: "#1A1A1A", Dark: "#DDDDDD"}
	warn := lipgloss.AdaptiveColor{Light: "#C0392B", Dark: "#FF6F61"}
	green := lipgloss.AdaptiveColor{Light: "#1E7F4F", Dark: "#5FD7A7"}
	yellow := lipgloss.AdaptiveColor{Light: "#FFF3A0", Dark: "#5F5F00"}

	s := &styles{r: r}
	s.Header = r.NewStyle().Bold(true).Foreground(accent)
	s.HeaderDim = r.NewStyle().Foreground(dim)
	s.Problem = r.NewStyle().Foreground(warn).Bold(true)
	s.TabActive = r.NewStyle().Bold(true).Underline(true).Foreground(accent)
	s.TabPassive = r.NewStyle().Foreground(dim)
	s.Separator = r.NewStyle().Foreground(dim)

	s.Row = r.NewStyle().Foreground(text)
	s.RowSelected = r.NewStyle().Bold(true).Foreground(accent)
	s.RowDim = r.NewStyle().Foreground(dim)
	s.RowMatch = r.NewStyle().Underline(true)

	s.Title = r.NewStyle().Bold(true).Foreground(text)
	s.Section = r.NewStyle().Bold(true).Foreground(accent)
	s.Label = r.NewStyle().Foreground(dim)
	s.Dim = r.NewStyle().Foreground(dim)
	s.Link = r.NewStyle().Foreground(green)
	s.LinkSel = r.NewStyle().Reverse(true).Bold(true)
	s.Evidence = r.NewStyle().Italic(true).Foreground(text)
	s.Note = r.NewStyle().Foreground(warn)

	s.Company = r.NewStyle().Bold(true).Foreground(green)
	s.Match = r.NewStyle().Background(yellow)
	s.MatchActive = r.NewStyle().Reverse(true)

	s.Help = help.Styles{
		Ellipsis:       r.NewStyle().Foreground(dim),
		ShortKey:       r.NewStyle().Foreground(text),
		ShortDesc:      r.NewStyle().Foreground(dim),
		ShortSeparator: r.NewStyle().Foreground(dim),
		FullKey:        r.NewStyle().Foreground(text),
		FullDesc:       r.NewStyle().Foreground(dim),
		FullSeparator:  r.NewStyle().Foreground(dim),
	}
	s.List = listStyles(r, accent, dim, text)
	return s
}

// listStyles replaces bubbles/list's DefaultStyles, which are built on the
// package-level renderer.
func listStyles(r *lipgloss.Renderer, accent, dim, text lipgloss.TerminalColor) list.Styles {
	return list.Styles{
		TitleBar:                    r.NewStyle(),
		Title:                       r.NewStyle().Bold(true).Foreground(accent),
		Spinner:                     r.NewStyle().Foreground(dim),
		FilterPrompt:                r.NewStyle().Foreground(accent),
		FilterCursor:                r.NewStyle().Foreground(accent),
		DefaultFilterCharacterMatch: r.NewStyle().Underline(true),
		StatusBar:                   r.NewStyle().Foreground(dim),
		StatusEmpty:                 r.NewStyle().Foreground(dim),
		StatusBarActiveFilter:       r.NewStyle().Foreground(text),
		StatusBarFilterCount:        r.NewStyle().Foreground(dim),
		NoItems:                     r.NewStyle().Foreground(dim),
		PaginationStyle:             r.NewStyle(),
		HelpStyle:                   r.NewStyle(),
		ActivePaginationDot:         r.NewStyle().Foreground(text).SetString("•"),
		InactivePaginationDot:       r.NewStyle().Foreground(dim).SetString("•"),
		ArabicPagination:            r.NewStyle().Foreground(dim),
		DividerDot:                  r.NewStyle().Foreground(dim).SetString(" • "),
	}
}

// sgrAround returns the escape codes a style puts before and after text,
// for highlighting inside already rendered lines. Both are empty when the
// renderer has no colours (Ascii profile, NO_COLOR).
func sgrAround(st lipgloss.Style) (on, off string) {
	const probe = "\x00"
	out := st.Render(probe)
	i := strings.Index(out, probe)
	if i < 0 {
		return "", ""
	}
	return out[:i], out[i+len(probe):]
}
