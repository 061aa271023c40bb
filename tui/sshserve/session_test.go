package sshserve

import (
	"bytes"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/log"
	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

func TestPTYSessionShowsFirstScreenTakesKeysAndResizes(t *testing.T) {
	ts := startServer(t, nil)
	term := openTerminal(t, dial(t, ts.addr), 80, 24, nil)

	term.waitFor(t, "dealwire probe articles=1", 5*time.Second)
	term.waitFor(t, "size=80x24", 5*time.Second)

	term.send(t, "2")
	term.send(t, "\r")
	term.waitFor(t, "keys=2,enter", 5*time.Second)

	if err := term.Session.WindowChange(30, 100); err != nil {
		t.Fatal(err)
	}
	term.waitFor(t, "size=100x30", 5*time.Second)
	term.waitFor(t, strings.Repeat("=", 100), 5*time.Second)

	term.send(t, "q")
	if err := term.waitEnd(t, 5*time.Second); err != nil {
		t.Fatalf("session ended with %v, want a clean exit", err)
	}
}

func TestSizeIsClampedForTheProgram(t *testing.T) {
	ts := startServer(t, nil)
	term := openTerminal(t, dial(t, ts.addr), 5, 2, nil)
	term.waitFor(t, "size=20x5", 5*time.Second)
	if err := term.Session.WindowChange(1000, 5000); err != nil {
		t.Fatal(err)
	}
	term.waitFor(t, "size=200x100", 5*time.Second)
}

func TestNoPTYGetsOneLineAndIsClosed(t *testing.T) {
	ts := startServer(t, nil)
	sess, err := dial(t, ts.addr).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr syncBuffer
	sess.Stdout, sess.Stderr = &stdout, &stderr
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- sess.Wait() }()
	select {
	case err := <-done:
		var exit *gossh.ExitError
		if !asExit(err, &exit) || exit.ExitStatus() != 1 {
			t.Fatalf("session ended with %v, want exit status 1", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a session without a PTY was not closed")
	}
	if got := stderr.String(); !strings.Contains(got, "needs a terminal") || strings.Count(got, "\n") != 1 {
		t.Fatalf("stderr = %q, want one line saying a terminal is needed", got)
	}
	if stdout.String() != "" {
		t.Fatalf("stdout = %q, want nothing", stdout.String())
	}
}

func asExit(err error, target **gossh.ExitError) bool {
	e, ok := err.(*gossh.ExitError)
	if ok {
		*target = e
	}
	return ok
}

func TestOnlyTheBrowserIsOffered(t *testing.T) {
	ts := startServer(t, nil)
	c := dial(t, ts.addr)

	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.Start("cat /etc/passwd"); err == nil {
		t.Error("exec was accepted")
	}
	sess.Close()

	sess, err = c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestSubsystem("sftp"); err == nil {
		t.Error("the sftp subsystem was accepted")
	}
	sess.Close()

	if ln, err := c.Listen("tcp", "127.0.0.1:0"); err == nil {
		ln.Close()
		t.Error("remote port forwarding was accepted")
	}
	if conn, err := c.Dial("tcp", ts.addr); err == nil {
		conn.Close()
		t.Error("local port forwarding (direct-tcpip) was accepted")
	}

	sess, err = c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := sess.SendRequest("auth-agent-req@openssh.com", true, nil); ok || err != nil {
		t.Errorf("agent forwarding: ok=%v err=%v, want refused", ok, err)
	}
	sess.Close()

	if !strings.Contains(ts.logs.String(), `type=exec`) {
		t.Errorf("the refused exec is not in the log:\n%s", ts.logs.String())
	}
}

func TestUnauthorizedKeyIsRefused(t *testing.T) {
	allowed, stranger := newClientKey(t), newClientKey(t)
	ts := startServer(t, func(c *Config) { c.AuthorizedKeysFile = writeAuthorizedKeys(t, allowed) })

	if c, err := dialAs(t, ts.addr, "visitor", stranger); err == nil {
		c.Close()
		t.Fatal("a key not in the authorized keys file got in")
	}
	c, err := dialAs(t, ts.addr, "visitor", allowed)
	if err != nil {
		t.Fatalf("the authorized key was refused: %v", err)
	}
	defer c.Close()
	openTerminal(t, c, 80, 24, nil).waitFor(t, "dealwire probe", 5*time.Second)

	if !strings.Contains(ts.logs.String(), "auth refused") || !strings.Contains(ts.logs.String(), gossh.FingerprintSHA256(stranger.PublicKey())) {
		t.Errorf("the refusal is not logged with the key's fingerprint:\n%s", ts.logs.String())
	}
}

// The session is let in on the key the client proved it holds, checked
// again after the handshake: a session carrying a key outside the file (as
// a confused auth callback could let through, CVE-2024-45337) is refused.
func TestSessionWithAnUnauthorizedProvenKeyIsRefused(t *testing.T) {
	allowed, stranger := newClientKey(t), newClientKey(t)
	logs := &syncBuffer{}
	s := &Server{keys: authorizedKeys{string(allowed.PublicKey().Marshal()): {}}, log: log.New(logs)}
	for _, tc := range []struct {
		name string
		key  gossh.PublicKey
		want bool
	}{
		{"authorized", allowed.PublicKey(), true},
		{"stranger", stranger.PublicKey(), false},
		{"no key", nil, false},
	} {
		reached := false
		fake := &fakeSession{key: tc.key}
		s.authMiddleware(func(ssh.Session) { reached = true })(fake)
		if reached != tc.want {
			t.Errorf("%s: handler reached = %v, want %v", tc.name, reached, tc.want)
		}
		if !tc.want && fake.exit != 1 {
			t.Errorf("%s: exit status %d, want 1", tc.name, fake.exit)
		}
	}
}

// fakeSession is the part of ssh.Session authMiddleware uses.
type fakeSession struct {
	ssh.Session
	key    gossh.PublicKey
	exit   int
	stderr bytes.Buffer
}

func (f *fakeSession) PublicKey() ssh.PublicKey { return f.key }
func (f *fakeSession) User() string             { return "visitor" }
func (f *fakeSession) RemoteAddr() net.Addr     { return &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 1} }
func (f *fakeSession) Stderr() io.ReadWriter    { return &f.stderr }
func (f *fakeSession) Exit(code int) error      { f.exit = code; return nil }

func TestUsernameIsEscapedInTheLog(t *testing.T) {
	ts := startServer(t, nil)
	c, err := dialAs(t, ts.addr, "evil\x1b[31m\x07name", newClientKey(t))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	openTerminal(t, c, 80, 24, nil).waitFor(t, "dealwire probe", 5*time.Second)
	logs := ts.logs.String()
	if strings.ContainsAny(logs, "\x1b\x07") {
		t.Fatalf("raw control characters reached the log:\n%q", logs)
	}
	if !strings.Contains(logs, `evil\x1b[31m\aname`) {
		t.Fatalf("the username is not in the log in escaped form:\n%s", logs)
	}
}

func TestBackgroundFollowsTheClientsCOLORFGBG(t *testing.T) {
	ts := startServer(t, nil)
	c := dial(t, ts.addr)
	openTerminal(t, c, 80, 24, map[string]string{"COLORFGBG": "0;15"}).waitFor(t, "dark=false", 5*time.Second)
	openTerminal(t, c, 80, 24, map[string]string{"COLORFGBG": "15;0"}).waitFor(t, "dark=true", 5*time.Second)
	// termenv indexes a 256-entry table with this number: out of range it
	// would panic. It is dropped, and the default (dark) applies.
	openTerminal(t, c, 80, 24, map[string]string{"COLORFGBG": "0;999"}).waitFor(t, "dark=true", 5*time.Second)
}
