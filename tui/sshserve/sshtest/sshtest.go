// Package sshtest is an SSH client for tests of the dealwire server: it
// dials with a fresh key, opens a session with a PTY and collects what the
// server draws, with every wait bounded.
package sshtest

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// Buffer is a bytes.Buffer safe for one writer and concurrent readers.
type Buffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *Buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *Buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// Len is how many bytes were written so far.
func (b *Buffer) Len() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Len()
}

// NewKey returns a fresh ed25519 client key.
func NewKey(t testing.TB) gossh.Signer {
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

// Dial connects as user with key, trusting any host key.
func Dial(addr, user string, key gossh.Signer) (*gossh.Client, error) {
	return gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User:            user,
		Auth:            []gossh.AuthMethod{gossh.PublicKeys(key)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout:         10 * time.Second,
	})
}

// Terminal is a session with a PTY whose output accumulates in Screen.
type Terminal struct {
	Session *gossh.Session
	Stdin   io.Writer
	Screen  *Buffer
	Stderr  *Buffer
	Done    chan error // receives the session's end (Wait)
}

// Options describe the terminal a test client pretends to be.
type Options struct {
	Width, Height int
	Env           map[string]string
	// Background is the colour the terminal gives when asked (OSC 11),
	// e.g. "rgb:ffff/ffff/ffff"; "" does not answer OSC 11. Like every
	// terminal, the client always answers DA1 (ESC [ c).
	Background string
}

// Open starts a shell with a w×h PTY on c, after setting env.
func Open(c *gossh.Client, w, h int, env map[string]string) (*Terminal, error) {
	return OpenWith(c, Options{Width: w, Height: h, Env: env})
}

// OpenWith starts a shell on c with a PTY as opt describes.
func OpenWith(c *gossh.Client, opt Options) (*Terminal, error) {
	sess, err := c.NewSession()
	if err != nil {
		return nil, err
	}
	for k, v := range opt.Env {
		if err := sess.Setenv(k, v); err != nil {
			return nil, err
		}
	}
	term := &Terminal{Session: sess, Screen: &Buffer{}, Stderr: &Buffer{}, Done: make(chan error, 1)}
	if term.Stdin, err = sess.StdinPipe(); err != nil {
		return nil, err
	}
	sess.Stdout = &answering{out: term.Screen, stdin: term.Stdin, background: opt.Background}
	sess.Stderr = term.Stderr
	if err := sess.RequestPty("xterm-256color", opt.Height, opt.Width, gossh.TerminalModes{}); err != nil {
		return nil, err
	}
	if err := sess.Shell(); err != nil {
		return nil, err
	}
	go func() { term.Done <- sess.Wait() }()
	return term, nil
}

// answering records the output and answers the terminal queries in it.
type answering struct {
	out        io.Writer
	stdin      io.Writer
	background string
}

func (a *answering) Write(p []byte) (int, error) {
	n, err := a.out.Write(p)
	if bytes.Contains(p, []byte("\x1b[c")) {
		reply := ""
		if a.background != "" && bytes.Contains(p, []byte("\x1b]11;?")) {
			reply = "\x1b]11;" + a.background + "\x07"
		}
		_, _ = io.WriteString(a.stdin, reply+"\x1b[?62;22c")
	}
	return n, err
}

// Send types keys.
func (term *Terminal) Send(t testing.TB, keys string) {
	t.Helper()
	if _, err := term.Stdin.Write([]byte(keys)); err != nil {
		t.Fatal(err)
	}
}

// WaitFor waits until the output after byte offset from contains want.
func (term *Terminal) WaitFor(t testing.TB, from int, want string, within time.Duration) {
	t.Helper()
	WaitUntil(t, within, func() bool { return strings.Contains(term.Screen.String()[from:], want) },
		func() string {
			return fmt.Sprintf("screen never showed %q; it showed %q", want, Tail(term.Screen.String()[from:]))
		})
}

// WaitForText is WaitFor on the text alone: colours, cursor moves and
// other escape sequences are taken out first, so a word styled in the
// middle of a sentence still matches.
func (term *Terminal) WaitForText(t testing.TB, from int, want string, within time.Duration) {
	t.Helper()
	WaitUntil(t, within, func() bool { return strings.Contains(Plain(term.Screen.String()[from:]), want) },
		func() string {
			return fmt.Sprintf("screen never showed %q; its text was %q", want, Tail(Plain(term.Screen.String()[from:])))
		})
}

// escapes matches CSI sequences (colours, cursor moves, modes) and OSC ones.
var escapes = regexp.MustCompile(`\x1b\[[0-9;?<=>]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>]`)

// Plain is s without terminal escape sequences.
func Plain(s string) string { return escapes.ReplaceAllString(s, "") }

// WaitEnd waits for the server to close the session.
func (term *Terminal) WaitEnd(t testing.TB, within time.Duration) error {
	t.Helper()
	select {
	case err := <-term.Done:
		return err
	case <-time.After(within):
		t.Fatalf("session still open after %s", within)
		return nil
	}
}

// WaitUntil polls ok until it holds, or fails the test with describe().
func WaitUntil(t testing.TB, within time.Duration, ok func() bool, describe func() string) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatal(describe())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// Tail is the end of a long screen, for failure messages.
func Tail(s string) string {
	if len(s) > 600 {
		return "..." + s[len(s)-600:]
	}
	return s
}
