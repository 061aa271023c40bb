package sshserve

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	gossh "golang.org/x/crypto/ssh"

	"dealwire/model"
	"dealwire/tui/sshserve/sshtest"
)

// probe is the program the server tests run: it shows what the server gave
// it (size, background, keys) so every assertion is exact, whatever the
// real browser looks like this week.
type probe struct {
	dark     bool
	w, h     int
	keys     []string
	panicOnP bool
	articles int
}

func newProbe(c *model.Corpus, r *lipgloss.Renderer) tea.Model {
	return &probe{dark: r.HasDarkBackground(), articles: len(c.Articles), panicOnP: true}
}

func (m *probe) Init() tea.Cmd { return nil }

func (m *probe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
	case tea.KeyMsg:
		switch k := msg.String(); k {
		case "q":
			return m, tea.Quit
		case "P":
			if m.panicOnP {
				panic("probe: injected panic")
			}
		default:
			m.keys = append(m.keys, k)
		}
	}
	return m, nil
}

func (m *probe) View() string {
	// The ruler is as wide as the program was told: an unclamped width
	// would show here as a huge allocation.
	return fmt.Sprintf("dealwire probe articles=%d dark=%t\nsize=%dx%d\nkeys=%s\n%s\n",
		m.articles, m.dark, m.w, m.h, strings.Join(m.keys, ","), strings.Repeat("=", m.w))
}

func testCorpus() *model.Corpus {
	return model.NewCorpus("test", []model.Article{{ID: "a1", Title: "One", Body: "# One\n\nText."}}, nil, nil, nil)
}

type syncBuffer = sshtest.Buffer

type testServer struct {
	*Server
	addr   string
	logs   *syncBuffer
	served chan error
}

// startServer serves on a free loopback port until the test ends.
func startServer(t *testing.T, tweak func(*Config)) *testServer {
	t.Helper()
	logs := &syncBuffer{}
	cfg := Config{
		Listen:      "127.0.0.1:0",
		HostKeyFile: filepath.Join(t.TempDir(), "host_ed25519"),
		NewModel:    newProbe,
		LogOut:      logs,
		ConnBurst:   1000,
		ConnRate:    1000,
	}
	if tweak != nil {
		tweak(&cfg)
	}
	srv, err := New(testCorpus(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := srv.Listen()
	if err != nil {
		t.Fatal(err)
	}
	ts := &testServer{Server: srv, addr: ln.Addr().String(), logs: logs, served: make(chan error, 1)}
	go func() { ts.served <- srv.Serve(ln) }()
	t.Cleanup(func() {
		_ = srv.Close()
		select {
		case <-ts.served:
		case <-time.After(5 * time.Second):
			t.Error("Serve did not return after Close")
		}
		if t.Failed() {
			t.Logf("server log:\n%s", logs.String())
		}
	})
	return ts
}

func newClientKey(t testing.TB) gossh.Signer { return sshtest.NewKey(t) }

func writeAuthorizedKeys(t *testing.T, keys ...gossh.Signer) string {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("# test keys\n\n")
	for _, k := range keys {
		b.Write(gossh.MarshalAuthorizedKey(k.PublicKey()))
	}
	path := filepath.Join(t.TempDir(), "authorized_keys")
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func dialAs(_ testing.TB, addr, user string, key gossh.Signer) (*gossh.Client, error) {
	return sshtest.Dial(addr, user, key)
}

func dial(t testing.TB, addr string) *gossh.Client {
	t.Helper()
	c, err := dialAs(t, addr, "visitor", newClientKey(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// terminal is sshtest's, with waits that look at the whole output.
type terminal struct{ *sshtest.Terminal }

func openTerminal(t testing.TB, c *gossh.Client, w, h int, env map[string]string) terminal {
	t.Helper()
	term, err := sshtest.Open(c, w, h, env)
	if err != nil {
		t.Fatal(err)
	}
	return terminal{term}
}

func (term terminal) send(t testing.TB, keys string) { t.Helper(); term.Send(t, keys) }

func (term terminal) waitFor(t testing.TB, want string, within time.Duration) {
	t.Helper()
	term.WaitFor(t, 0, want, within)
}

func (term terminal) waitEnd(t testing.TB, within time.Duration) error {
	t.Helper()
	return term.WaitEnd(t, within)
}

func waitUntil(t testing.TB, within time.Duration, ok func() bool, describe func() string) {
	t.Helper()
	sshtest.WaitUntil(t, within, ok, describe)
}

func tail(s string) string { return sshtest.Tail(s) }

// isClosed reports whether the server closed c: a read returns EOF (or a
// reset) before the deadline rather than timing out.
func isClosed(c net.Conn, within time.Duration) bool {
	_ = c.SetReadDeadline(time.Now().Add(within))
	buf := make([]byte, 512)
	for {
		_, err := c.Read(buf)
		if err == nil {
			continue
		}
		var ne net.Error
		return !(errors.As(err, &ne) && ne.Timeout())
	}
}
