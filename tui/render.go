package tui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/glamour/ansi"
	glamstyles "github.com/charmbracelet/glamour/styles"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// resolveStyle turns the --style option into the glamour style to use:
// "auto" follows the renderer's background (the visitor's terminal, over
// SSH), never glamour's own detection, which inspects the server's stdout.
func resolveStyle(opt string, r *lipgloss.Renderer) string {
	switch opt {
	case "dark", "light", "notty":
		return opt
	}
	if r.HasDarkBackground() {
		return "dark"
	}
	return "light"
}

func glamourConfig(style string) ansi.StyleConfig {
	var cfg ansi.StyleConfig
	switch style {
	case "light":
		cfg = glamstyles.LightStyleConfig
	case "notty":
		cfg = glamstyles.NoTTYStyleConfig
	default:
		cfg = glamstyles.DarkStyleConfig
	}
	margin := uint(1)
	cfg.Document.Margin = &margin // the panes draw their own frame
	return cfg
}

// renderMarkdown renders untrusted markdown to terminal text that holds
// only SGR sequences and newlines.
func renderMarkdown(md string, width int, style string, profile termenv.Profile) (string, error) {
	tr, err := glamour.NewTermRenderer(
		glamour.WithStyles(glamourConfig(style)),
		glamour.WithWordWrap(clampWidth(width)),
		glamour.WithColorProfile(profile),
	)
	if err != nil {
		return "", err
	}
	out, err := tr.Render(boundMarkdown(md))
	if err != nil {
		return "", err
	}
	return sanitizeRendered(out), nil
}

// renderKey identifies one rendering: the same article at another width
// or style is another rendering.
type renderKey struct {
	id    string
	width int
	style string
}

// renderedMsg carries a finished rendering back to Update.
type renderedMsg struct {
	key renderKey
	doc *renderedDoc
	err error
}

// renderCmd renders an article off the UI goroutine. Company names are
// painted here too, so Update only stores the result.
func renderCmd(key renderKey, markdown string, profile termenv.Profile, names []string, on string) tea.Cmd {
	return func() tea.Msg {
		out, err := renderMarkdown(markdown, key.width, key.style, profile)
		if err != nil {
			return renderedMsg{key: key, err: err}
		}
		return renderedMsg{key: key, doc: newRenderedDoc(out, names, on)}
	}
}

// renderCache keeps renderings per (article, width, style), dropping the
// oldest beyond its size: going back to an article is instant.
type renderCache struct {
	docs  map[renderKey]*renderedDoc
	order []renderKey
	size  int
}

func newRenderCache(size int) *renderCache {
	return &renderCache{docs: map[renderKey]*renderedDoc{}, size: size}
}

func (c *renderCache) get(k renderKey) (*renderedDoc, bool) {
	d, ok := c.docs[k]
	return d, ok
}

func (c *renderCache) put(k renderKey, d *renderedDoc) {
	if _, ok := c.docs[k]; ok {
		c.docs[k] = d
		return
	}
	if len(c.order) >= c.size {
		delete(c.docs, c.order[0])
		c.order = c.order[1:]
	}
	c.docs[k] = d
	c.order = append(c.order, k)
}
