package sshserve

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	gossh "golang.org/x/crypto/ssh"

	"dealwire/model"
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

// syncBuffer is a log sink the test can read while the server writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

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

func newClientKey(t testing.TB) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

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

func dialAs(t testing.TB, addr, user string, key gossh.Signer) (*gossh.Client, error) {
	t.Helper()
	return gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User:            user,
		Auth:            []gossh.AuthMethod{gossh.PublicKeys(key)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout:         5 * time.Second,
	})
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

// terminal is a client session with a PTY whose output accumulates.
type terminal struct {
	sess   *gossh.Session
	stdin  interface{ Write([]byte) (int, error) }
	screen *syncBuffer
	stderr *syncBuffer
	done   chan error // the session's end (Wait)
}

func openTerminal(t testing.TB, c *gossh.Client, w, h int, env map[string]string) *terminal {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range env {
		if err := sess.Setenv(k, v); err != nil {
			t.Fatal(err)
		}
	}
	term := &terminal{sess: sess, screen: &syncBuffer{}, stderr: &syncBuffer{}, done: make(chan error, 1)}
	sess.Stdout = term.screen
	sess.Stderr = term.stderr
	if term.stdin, err = sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	go func() { term.done <- sess.Wait() }()
	return term
}

func (term *terminal) send(t testing.TB, keys string) {
	t.Helper()
	if _, err := term.stdin.Write([]byte(keys)); err != nil {
		t.Fatal(err)
	}
}

// waitFor waits until the output so far contains want.
func (term *terminal) waitFor(t testing.TB, want string, within time.Duration) {
	t.Helper()
	waitUntil(t, within, func() bool { return strings.Contains(term.screen.String(), want) },
		func() string {
			return fmt.Sprintf("screen never showed %q; it showed %q", want, tail(term.screen.String()))
		})
}

// waitEnd waits for the session to be closed by the server.
func (term *terminal) waitEnd(t testing.TB, within time.Duration) error {
	t.Helper()
	select {
	case err := <-term.done:
		return err
	case <-time.After(within):
		t.Fatalf("session still open after %s", within)
		return nil
	}
}

func waitUntil(t testing.TB, within time.Duration, ok func() bool, describe func() string) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatal(describe())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func tail(s string) string {
	if len(s) > 600 {
		return "..." + s[len(s)-600:]
	}
	return s
}

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
