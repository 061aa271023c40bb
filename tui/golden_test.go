package tui

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"
)

func init() {
	// Goldens are plain text: no colours, whatever terminal runs the tests.
	lipgloss.SetColorProfile(termenv.Ascii)
}

// goldenStep is one screen of the walk through the browser: the keys that
// lead to it from the previous screen, and what must be on the output
// stream before the next keys go (an article renders asynchronously).
type goldenStep struct {
	name    string
	keys    []string
	waitFor string
}

// The walk the issue asks for: open a company, follow its deal, open a
// source article, search in it, go back twice.
var goldenWalk = []goldenStep{
	{name: "1_companies"},
	{name: "2_company", keys: []string{"j", "enter"}},                           // Microsoft (second by deals)
	{name: "3_deal", keys: []string{"enter"}},                                   // its first deal: the 2013 acquisition
	{name: "4_source_article", keys: []string{"j", "j", "enter"}, waitFor: "%"}, // Gizchina's evidence
	{name: "5_search", keys: []string{"/", "N", "o", "k", "i", "a", "enter"}, waitFor: "(n/N)"},
	{name: "6_back_twice", keys: []string{"[", "["}},
}

func TestGoldens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {140, 40}} {
		for last := range goldenWalk {
			name := fmt.Sprintf("%dx%d_%s", size[0], size[1], goldenWalk[last].name)
			t.Run(name, func(t *testing.T) {
				m := New(fixtureCorpus(t), Options{Renderer: lipgloss.DefaultRenderer(), Style: "dark"})
				tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
				for _, step := range goldenWalk[:last+1] {
					for _, k := range step.keys {
						tm.Send(keyMsg(k))
					}
					if step.waitFor != "" {
						want := []byte(step.waitFor)
						teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, want) },
							teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
					}
				}
				tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
				final := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second))
				view := final.View()
				if strings.Contains(view, "rendering…") {
					t.Fatalf("golden taken before the article rendered")
				}
				golden.RequireEqual(t, []byte(view))
			})
		}
	}
}

func TestGoldenTooSmall(t *testing.T) {
	tm := teatest.NewTestModel(t, New(fixtureCorpus(t), Options{Style: "dark"}), teatest.WithInitialTermSize(36, 8))
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
	golden.RequireEqual(t, []byte(tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).View()))
}
