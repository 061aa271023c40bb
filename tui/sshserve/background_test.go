package sshserve

import (
	"bytes"
	"io"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"dealwire/tui/sshserve/sshtest"
)

func TestIsDark(t *testing.T) {
	for _, tc := range []struct {
		r, g, b string
		want    bool
	}{
		{"0000", "0000", "0000", true},
		{"ffff", "ffff", "ffff", false},
		{"1e1e", "1e1e", "2e2e", true},
		{"fd", "f6", "e3", false}, // solarized light, two digits
		{"f", "f", "f", false},
	} {
		if got := isDark([]byte(tc.r), []byte(tc.g), []byte(tc.b)); got != tc.want {
			t.Errorf("isDark(%s/%s/%s) = %v, want %v", tc.r, tc.g, tc.b, got, tc.want)
		}
	}
}

func TestQueryBackgroundKeepsKeysTypedAroundTheAnswer(t *testing.T) {
	done := make(chan struct{})
	defer close(done)
	in := newSessionInput(done)
	r, w := io.Pipe()
	go in.pump(r)
	go func() {
		_, _ = io.WriteString(w, "k\x1b]11;rgb:ffff/ffff/ffff\x1b\\j\x1b[?62;22cq")
	}()
	var out bytes.Buffer
	dark, known := queryBackground(&out, in, 5*time.Second)
	if !known || dark {
		t.Fatalf("dark=%v known=%v, want a light background", dark, known)
	}
	if out.String() != backgroundQuery {
		t.Errorf("sent %q, want the query", out.String())
	}
	rest := make([]byte, 3)
	if _, err := io.ReadFull(in, rest); err != nil || string(rest) != "kjq" {
		t.Fatalf("the program reads %q (%v), want the keys kjq", rest, err)
	}
}

func TestBackgroundFollowsTheTerminalsAnswer(t *testing.T) {
	ts := startServer(t, nil)
	c := dial(t, ts.addr)
	for bg, want := range map[string]string{"rgb:ffff/ffff/ffff": "dark=false", "rgb:0000/0000/0000": "dark=true"} {
		term, err := sshtest.OpenWith(c, sshtest.Options{Width: 80, Height: 24, Background: bg})
		if err != nil {
			t.Fatal(err)
		}
		term.WaitFor(t, 0, want, 5*time.Second)
	}
}

// A client that answers nothing still gets its screen after the query's
// timeout, and what it typed meanwhile reaches the program.
func TestSilentTerminalGetsItsScreenAndKeepsItsKeys(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.BackgroundQuery = 300 * time.Millisecond })
	sess, err := dial(t, ts.addr).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	screen := &syncBuffer{}
	sess.Stdout = screen
	stdin, err := sess.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	if _, err := io.WriteString(stdin, "ab"); err != nil {
		t.Fatal(err)
	}
	term := terminal{&sshtest.Terminal{Session: sess, Screen: screen}}
	term.waitFor(t, "keys=ab", 5*time.Second) // one read, one key message
}
