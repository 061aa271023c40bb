package tui

import (
	"bytes"
	"errors"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"dealwire/model"
)

// While the corpus is read the screen says so; then the browser shows it,
// at the size the terminal had all along.
func TestLoadingThenBrowser(t *testing.T) {
	c := fixtureCorpus(t)
	release := make(chan struct{})
	load := func() (*model.Corpus, error) {
		<-release
		return c, nil
	}
	tm := teatest.NewTestModel(t, NewLoading("~/news", load, Options{Style: "notty"}), teatest.WithInitialTermSize(100, 30))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("reading ~/news")) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	close(release)
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Companies")) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")})
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}

// A corpus that cannot be read ends the program with the loader's error.
func TestLoadingFailureQuits(t *testing.T) {
	boom := errors.New("no articles")
	tm := teatest.NewTestModel(t, NewLoading("x", func() (*model.Corpus, error) { return nil, boom }, Options{Style: "notty"}),
		teatest.WithInitialTermSize(80, 24))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second))
	if l, ok := final.(*loading); !ok || !errors.Is(l.err, boom) {
		t.Fatalf("final model %T, want the loading model holding the loader's error", final)
	}
}

// Escape sequences in a path cannot reach the terminal.
func TestLoadingLabelIsClean(t *testing.T) {
	m := NewLoading("evil\x1b]0;pwn\x07dir", func() (*model.Corpus, error) { select {} }, Options{Style: "notty"}).(*loading)
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 5})
	if v := m.View(); bytes.ContainsAny([]byte(v), "\x1b\x07") {
		t.Errorf("view carries escapes: %q", v)
	}
}
