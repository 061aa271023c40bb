package tui

import (
	"strings"
	"unicode"

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
	out, err := tr.Render(holdHyphens(boundMarkdown(md)))
	if err != nil {
		return "", err
	}
	return strings.ReplaceAll(sanitizeRendered(out), nonBreakingHyphen, "-"), nil
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

const nonBreakingHyphen = "\u2011"

// holdHyphens turns hyphens inside short words ("mission-critical") into
// non-breaking ones for the renderer, and renderMarkdown turns them back.
// glamour v1.0.0 breaks lines at hyphens and then wraps the line again,
// leaving a lone word on a line of its own ("with") in about one
// paragraph in three; not breaking at hyphens avoids it.
func holdHyphens(s string) string {
	if !strings.Contains(s, "-") {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	start := 0 // of the current word
	for i, r := range rs {
		if unicode.IsSpace(r) {
			start = i + 1
		}
		if r == '-' && i > 0 && i+1 < len(rs) && isWordRune(rs[i-1]) && isWordRune(rs[i+1]) && wordLen(rs, start) <= maxHeldWord {
			b.WriteString(nonBreakingHyphen)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// maxHeldWord is the longest word kept whole: a longer one (a URL) must
// still break at its hyphens to fit.
const maxHeldWord = 30

func wordLen(rs []rune, start int) int {
	n := 0
	for i := start; i < len(rs) && !unicode.IsSpace(rs[i]) && n <= maxHeldWord; i++ {
		n++
	}
	return n
}
