// Package tui is dealwire's terminal browser: a bubbletea program over a
// loaded model.Corpus, run locally or served to SSH visitors.
package tui

import (
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"dealwire/model"
	"dealwire/model/store"
)

// Options configure one running browser. One corpus may back many programs
// at once (SSH visitors); everything per-visitor lives here.
type Options struct {
	// Renderer builds every style: lipgloss.DefaultRenderer() locally,
	// bubbletea.MakeRenderer(session) over SSH. nil means the default.
	Renderer *lipgloss.Renderer
	// Style is "auto" (dark or light from the renderer's background),
	// "dark", "light" or "notty".
	Style string
	// Mouse enables wheel scrolling and click to select.
	Mouse bool
	// KeyMap replaces the default keys (see LoadKeyMap). nil means
	// DefaultKeyMap().
	KeyMap *KeyMap
	// Store is the reading library shared by every browser of this
	// process (all SSH visitors): read state, stars, watchlist and the
	// full-text index. nil: state lasts for this session only and search
	// scans the texts.
	Store *store.Store
	// Reader is whose state this is: the OS user locally, the visitor's
	// key fingerprint over SSH. "" is "local".
	Reader string
	// Notice is said once at the start, in place of the key bar (e.g.
	// that the library could not be opened).
	Notice string
}

// New returns the root model of the browser over c. It renders nothing
// until the first tea.WindowSizeMsg.
func New(c *model.Corpus, opt Options) tea.Model {
	if opt.Renderer == nil {
		opt.Renderer = lipgloss.DefaultRenderer()
	}
	return newRoot(c, opt)
}

// noColor follows https://no-color.org: set and not empty.
func noColor() bool { return os.Getenv("NO_COLOR") != "" }
