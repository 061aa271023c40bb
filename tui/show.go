package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"dealwire/model"
)

// RenderArticle renders one article for printing, as glow does: a header
// of title, outlet, author, date, language and URL, then the text through
// glamour. style is "dark", "light", "notty" or "auto" (from r's
// background); pass "notty" and an Ascii renderer when stdout is not a
// terminal, for plain text. The result holds no escape but SGR colours.
func RenderArticle(a *model.Article, width int, style string, r *lipgloss.Renderer) (string, error) {
	if r == nil {
		r = lipgloss.DefaultRenderer()
	}
	st := newStyles(r)
	style = resolveStyle(style, r)
	body, err := renderMarkdown(a.Body, width, style, r.ColorProfile())
	if err != nil {
		return "", err
	}
	clean := func(s string) string { return sanitizeRendered(strings.ReplaceAll(s, "\n", " ")) }
	var b strings.Builder
	if a.Title != "" {
		b.WriteString(" " + st.Title.Render(clean(a.Title)) + "\n")
	}
	meta := joinNonEmpty(" · ", a.Source, a.Author, a.Published, a.Language, plural(a.Words, "word"))
	b.WriteString(" " + st.Dim.Render(clean(meta)) + "\n")
	if a.URL != "" {
		b.WriteString(" " + st.Link.Render(clean(a.URL)) + "\n")
	}
	// glamour pads every line to the width; trailing blanks only get in
	// the way of piping and copying.
	for _, line := range strings.Split(strings.TrimRight(body, "\n"), "\n") {
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	return b.String(), nil
}
