// Package browsertest serves the real browser (package tui) over SSH and
// drives it with an SSH client. It is apart from sshserve's own tests so
// that those keep running while the browser is being changed.
package browsertest

import (
	"crypto/ed25519"
	"crypto/rand"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"dealwire/model"
	"dealwire/tui"
	"dealwire/tui/sshserve"
	"dealwire/tui/sshserve/sshtest"
)

// The corpus: one deal reported by one article, with words no layout of
// the browser can avoid showing when the deal is opened.
const evidence = "Zephyrcorp agreed to buy Quillon for $2 billion."

func corpus() *model.Corpus {
	body := "# Zephyrcorp to buy Quillon\n\n" + evidence + " The deal is expected to close next year."
	return model.NewCorpus("test",
		[]model.Article{{ID: "a1", Title: "Zephyrcorp to buy Quillon", Body: body, Words: 20,
			Published: "2024-05-01", Source: "Example News", Language: "en", Companies: []string{"Zephyrcorp", "Quillon"}}},
		[]model.Company{{Name: "Zephyrcorp", Mentions: 2}, {Name: "Quillon", Mentions: 2}},
		[]model.Deal{{ID: "d1", Type: model.Acquisition, Parties: []string{"Zephyrcorp", "Quillon"},
			Value: &model.Money{Value: 2e9, Currency: "USD"}, Status: model.Announced,
			Summary: "Zephyrcorp acquires Quillon", Sources: []model.Source{{Article: "a1", Evidence: evidence}}}},
		nil)
}

func browser(c *model.Corpus, r *lipgloss.Renderer) tea.Model {
	return tui.New(c, tui.Options{Renderer: r, Style: "auto"})
}

func serve(t testing.TB, c *model.Corpus, tweak func(*sshserve.Config)) string {
	t.Helper()
	cfg := sshserve.Config{
		Listen:      "127.0.0.1:0",
		HostKeyFile: filepath.Join(t.TempDir(), "host"),
		NewModel:    browser,
		LogOut:      &sshtest.Buffer{},
	}
	if tweak != nil {
		tweak(&cfg)
	}
	srv, err := sshserve.New(c, cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := srv.Listen()
	if err != nil {
		t.Fatal(err)
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	t.Cleanup(func() {
		_ = srv.Close()
		<-served
	})
	return ln.Addr().String()
}

func open(t testing.TB, addr string, w, h int) *sshtest.Terminal {
	t.Helper()
	c, err := sshtest.Dial(addr, "visitor", sshtest.NewKey(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	term, err := sshtest.Open(c, w, h, nil)
	if err != nil {
		t.Fatal(err)
	}
	return term
}

func TestBrowserOverSSHOpensADealAndRelayouts(t *testing.T) {
	addr := serve(t, corpus(), nil)
	term := open(t, addr, 100, 30)
	term.WaitFor(t, 0, "dealwire", 10*time.Second)

	mark := term.Screen.Len()
	term.Send(t, "2")
	term.Send(t, "\r")
	term.WaitForText(t, mark, "agreed to buy", 10*time.Second) // the evidence sentence

	mark = term.Screen.Len()
	if err := term.Session.WindowChange(40, 140); err != nil {
		t.Fatal(err)
	}
	// A resize repaints the whole screen at the new size.
	term.WaitFor(t, mark, "dealwire", 10*time.Second)

	term.Send(t, "q")
	if err := term.WaitEnd(t, 10*time.Second); err != nil {
		t.Fatalf("the session ended with %v after q", err)
	}
}

func TestBrowserAtWidth2To32KeepsTheHeapBounded(t *testing.T) {
	addr := serve(t, corpus(), nil)
	term := open(t, addr, 100, 30)
	term.WaitFor(t, 0, "dealwire", 10*time.Second)
	if err := term.Session.WindowChange(1<<32-1, 1<<32-1); err != nil {
		t.Fatal(err)
	}
	term.Send(t, "3")
	term.Send(t, "\r") // render the article at the (clamped) width
	mark := term.Screen.Len()
	term.Send(t, "2")
	term.WaitFor(t, mark, "Zephyrcorp", 10*time.Second)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	if ms.HeapAlloc > 50<<20 {
		t.Fatalf("heap is %d MB after a window-change to width 2^32-1, want under 50 MB", ms.HeapAlloc>>20)
	}
	t.Logf("heap after the huge window-change: %.1f MB", float64(ms.HeapAlloc)/(1<<20))
}

func newEd25519() ed25519.PrivateKey {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		panic(err)
	}
	return priv
}

// BenchmarkConnectToFirstFrame is one visitor's wait: TCP connect, key
// exchange, auth, PTY, background query, first frame of the browser.
//
//	go test -run '^$' -bench ConnectToFirstFrame -benchtime 50x ./tui/sshserve/browsertest/
func BenchmarkConnectToFirstFrame(b *testing.B) {
	addr := serve(b, corpus(), func(c *sshserve.Config) { c.ConnRate, c.ConnBurst = 1e6, 1e6 })
	key := sshtest.NewKey(b)
	b.ResetTimer()
	for range b.N {
		c, err := sshtest.Dial(addr, "bench", key)
		if err != nil {
			b.Fatal(err)
		}
		term, err := sshtest.OpenWith(c, sshtest.Options{Width: 100, Height: 30, Background: "rgb:0000/0000/0000"})
		if err != nil {
			b.Fatal(err)
		}
		term.WaitFor(b, 0, "dealwire", 10*time.Second)
		c.Close()
	}
}
