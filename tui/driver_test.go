package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"dealwire/model"
)

// driver runs the browser without a terminal: every message goes through
// Update and every command it returns is run at once, synchronously, so a
// test sees the state after the rendering it asked for.
type driver struct {
	t    testing.TB
	m    *root
	quit bool
}

func asciiRenderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(nil)
	r.SetColorProfile(termenv.Ascii)
	r.SetHasDarkBackground(true)
	return r
}

func newDriver(t testing.TB, c *model.Corpus, w, h int) *driver {
	d := &driver{t: t, m: New(c, Options{Renderer: asciiRenderer(), Style: "dark"}).(*root)}
	d.m.c.previewDelay = 0 // synchronous: no timers in unit tests
	if w > 0 {
		d.send(tea.WindowSizeMsg{Width: w, Height: h})
	}
	return d
}

func (d *driver) send(msg tea.Msg) {
	_, cmd := d.m.Update(msg)
	d.run(cmd)
}

func (d *driver) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			d.run(c)
		}
	case tea.QuitMsg:
		d.quit = true
	default:
		d.send(msg)
	}
}

// keys sends each space-separated key name: "j", "enter", "esc", "ctrl+u".
func (d *driver) keys(names string) {
	for _, n := range strings.Fields(names) {
		d.send(keyMsg(n))
	}
}

// typeText sends s rune by rune, as a person typing.
func (d *driver) typeText(s string) {
	for _, r := range s {
		d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
}

func keyMsg(name string) tea.KeyMsg {
	special := map[string]tea.KeyType{
		"enter": tea.KeyEnter, "esc": tea.KeyEsc, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab,
		"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
		"home": tea.KeyHome, "end": tea.KeyEnd, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
		"ctrl+c": tea.KeyCtrlC, "ctrl+u": tea.KeyCtrlU, "ctrl+d": tea.KeyCtrlD,
	}
	if name == "alt+left" {
		return tea.KeyMsg{Type: tea.KeyLeft, Alt: true}
	}
	if k, ok := special[name]; ok {
		return tea.KeyMsg{Type: k}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)}
}

func (d *driver) view() string { return d.m.View() }

// selectRow moves the current list's cursor to the row whose text
// contains s.
func (d *driver) selectRow(s string) {
	d.t.Helper()
	l := &d.m.lists[d.m.tab]
	for i, it := range l.VisibleItems() {
		if strings.Contains(it.(row).main, s) {
			l.Select(i)
			return
		}
	}
	d.t.Fatalf("no row with %q in tab %d", s, d.m.tab)
}

// selectLink moves the detail's link cursor to the link containing s.
func (d *driver) selectLink(s string) {
	d.t.Helper()
	for i, r := range d.m.links.rows {
		if r.target != nil && strings.Contains(r.text, s) {
			d.m.links.cursor = i
			d.m.links.follow()
			return
		}
	}
	d.t.Fatalf("no link with %q", s)
}
