package tui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"dealwire/model"
)

// Loader reads the corpus the browser shows.
type Loader func() (*model.Corpus, error)

// NewLoading returns a program that shows what it is reading while load
// runs in a tea.Cmd, then becomes the browser over the corpus it gave
// (New). A folder of thousands of articles takes seconds to read: the
// screen says so instead of staying blank.
func NewLoading(what string, load Loader, opt Options) tea.Model {
	if opt.Renderer == nil {
		opt.Renderer = lipgloss.DefaultRenderer()
	}
	sp := spinner.New(spinner.WithSpinner(spinner.Dot))
	sp.Style = opt.Renderer.NewStyle().Faint(true)
	return &loading{what: what, load: load, opt: opt, spin: sp}
}

// Run runs the browser on the local terminal, in the alternate screen,
// until the user quits: first what it is reading, then the corpus load
// gave. NO_COLOR turns colours off. The error is the loader's, when it
// failed.
func Run(what string, load Loader, opt Options) error {
	if opt.Renderer == nil {
		opt.Renderer = lipgloss.DefaultRenderer()
	}
	if noColor() {
		opt.Renderer.SetColorProfile(termenv.Ascii)
	}
	progOpts := []tea.ProgramOption{tea.WithAltScreen()}
	if opt.Mouse {
		progOpts = append(progOpts, tea.WithMouseCellMotion())
	}
	final, err := tea.NewProgram(NewLoading(what, load, opt), progOpts...).Run()
	if err != nil {
		return err
	}
	if l, ok := final.(*loading); ok && l.err != nil {
		return l.err
	}
	return nil
}

type loading struct {
	what string
	load Loader
	opt  Options
	spin spinner.Model
	size *tea.WindowSizeMsg
	err  error
}

// loadedMsg carries what the loader gave.
type loadedMsg struct {
	corpus *model.Corpus
	err    error
}

func (m *loading) Init() tea.Cmd {
	load := m.load
	return tea.Batch(m.spin.Tick, func() tea.Msg {
		c, err := load()
		return loadedMsg{c, err}
	})
}

func (m *loading) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.size = &msg
	case tea.KeyMsg:
		if msg.String() == "ctrl+c" || msg.String() == "q" {
			return m, tea.Quit
		}
	case loadedMsg:
		if msg.err != nil && msg.corpus == nil {
			m.err = msg.err
			return m, tea.Quit
		}
		browser := New(msg.corpus, m.opt)
		cmds := []tea.Cmd{browser.Init()}
		if m.size != nil {
			var cmd tea.Cmd
			browser, cmd = browser.Update(*m.size)
			cmds = append(cmds, cmd)
		}
		return browser, tea.Batch(cmds...)
	case spinner.TickMsg:
		var cmd tea.Cmd
		m.spin, cmd = m.spin.Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m *loading) View() string {
	if m.size == nil {
		return ""
	}
	line := fmt.Sprintf("%s reading %s…", m.spin.View(), cleanField(m.what))
	return lipgloss.Place(m.size.Width, m.size.Height, lipgloss.Center, lipgloss.Center, line)
}
