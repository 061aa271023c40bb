// Package tui is dealwire's terminal browser: a bubbletea program over a
// loaded model.Corpus, run locally or served to SSH visitors.
package tui

// PLACEHOLDER: the agreed API with a minimal model, so serving and wiring
// can be built while the browser itself is written.

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"dealwire/model"
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
}

// New returns the root model of the browser over c.
func New(c *model.Corpus, opt Options) tea.Model {
	if opt.Renderer == nil {
		opt.Renderer = lipgloss.DefaultRenderer()
	}
	return &placeholder{corpus: c, opt: opt}
}

type placeholder struct {
	corpus        *model.Corpus
	opt           Options
	width, height int
}

func (m *placeholder) Init() tea.Cmd { return nil }

func (m *placeholder) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case tea.KeyMsg:
		if msg.String() == "q" || msg.String() == "ctrl+c" {
			return m, tea.Quit
		}
	}
	return m, nil
}

func (m *placeholder) View() string {
	return fmt.Sprintf("dealwire — %d articles, %d companies, %d deals (%dx%d)\n",
		len(m.corpus.Articles), len(m.corpus.Companies), len(m.corpus.Deals), m.width, m.height)
}
