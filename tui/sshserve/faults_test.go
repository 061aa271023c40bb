package sshserve

// Tests for the known faults of this stack (issue 5), each on a real
// connection over loopback, each bounded in time.

import (
	"context"
	"errors"
	"net"
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"go.uber.org/goleak"
	gossh "golang.org/x/crypto/ssh"

	"dealwire/model"
	"dealwire/tui/sshserve/sshtest"
)

func TestPanicInOneSessionLeavesTheOthersServed(t *testing.T) {
	ts := startServer(t, nil)
	other := openTerminal(t, dial(t, ts.addr), 80, 24, nil)
	other.waitFor(t, "dealwire probe", 5*time.Second)

	victim := openTerminal(t, dial(t, ts.addr), 80, 24, nil)
	victim.waitFor(t, "dealwire probe", 5*time.Second)
	victim.send(t, "P") // the probe panics in Update
	victim.waitEnd(t, 5*time.Second)
	if !strings.Contains(victim.Screen.String(), "internal error, session closed") {
		t.Errorf("the visitor was not told: %q", tail(victim.Screen.String()))
	}

	other.send(t, "x")
	other.waitFor(t, "keys=x", 5*time.Second)
	openTerminal(t, dial(t, ts.addr), 80, 24, nil).waitFor(t, "dealwire probe", 5*time.Second)
	if !strings.Contains(ts.logs.String(), "program panic") {
		t.Errorf("the panic is not logged:\n%s", ts.logs.String())
	}
}

func TestPanicBuildingTheProgramLeavesTheServerServing(t *testing.T) {
	ts := startServer(t, func(c *Config) {
		c.NewModel = func(c *model.Corpus, r *lipgloss.Renderer) tea.Model {
			if r.HasDarkBackground() { // COLORFGBG=15;0 below: the first session
				panic("factory: injected panic")
			}
			return newProbe(c, r)
		}
	})
	first := openTerminal(t, dial(t, ts.addr), 80, 24, map[string]string{"COLORFGBG": "15;0"})
	first.waitEnd(t, 5*time.Second)
	if !strings.Contains(first.Stderr.String(), "internal error") {
		t.Errorf("stderr = %q, want the internal error line", first.Stderr.String())
	}
	openTerminal(t, dial(t, ts.addr), 80, 24, map[string]string{"COLORFGBG": "0;15"}).waitFor(t, "dealwire probe", 5*time.Second)
	if !strings.Contains(ts.logs.String(), "session panic") {
		t.Errorf("the panic is not logged:\n%s", ts.logs.String())
	}
}

func TestIdleTimeoutClosesAnIdleSession(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.IdleTimeout = 300 * time.Millisecond })
	term := openTerminal(t, dial(t, ts.addr), 80, 24, nil)
	term.waitFor(t, "dealwire probe", 5*time.Second)
	term.waitEnd(t, 5*time.Second)
}

// Keepalives are traffic, not input: a client that sends them and types
// nothing is still idle, and so is one that only resizes.
func TestKeepalivesDoNotKeepAnIdleSessionOpen(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.IdleTimeout = 400 * time.Millisecond })
	client := dial(t, ts.addr)
	term := openTerminal(t, client, 80, 24, nil)
	term.waitFor(t, "dealwire probe", 5*time.Second)
	stop := time.After(5 * time.Second)
	for {
		select {
		case <-term.Done:
			if !strings.Contains(term.Screen.String(), "no input for") {
				t.Errorf("the session ended without saying why:\n%s", tail(term.Screen.String()))
			}
			return
		case <-stop:
			t.Fatal("keepalives kept an idle session open")
		case <-time.After(50 * time.Millisecond):
			_, _, _ = client.SendRequest("keepalive@openssh.com", true, nil)
		}
	}
}

func TestMaxTimeoutClosesABusySession(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.MaxTimeout = 500 * time.Millisecond })
	term := openTerminal(t, dial(t, ts.addr), 80, 24, nil)
	term.waitFor(t, "dealwire probe", 5*time.Second)
	stop := time.After(5 * time.Second)
	for {
		select {
		case <-term.Done:
			return
		case <-stop:
			t.Fatal("a session kept busy outlived the max timeout")
		case <-time.After(50 * time.Millisecond):
			_, _ = term.Stdin.Write([]byte("k")) // activity resets idle, not max
		}
	}
}

// charmbracelet/ssh's request loop wedges on the second window-change
// before the shell: the shell request would never be answered.
func TestWindowChangesBeforeShellAreAnswered(t *testing.T) {
	ts := startServer(t, nil)
	sess, err := dial(t, ts.addr).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	screen := &syncBuffer{}
	sess.Stdout = screen
	if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		if err := sess.WindowChange(30+i, 90+i); err != nil {
			t.Fatal(err)
		}
	}
	answered := make(chan error, 1)
	go func() { answered <- sess.Shell() }()
	select {
	case err := <-answered:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Second):
		t.Fatal("the shell request was not answered within 1 s")
	}
	term := terminal{&sshtest.Terminal{Session: sess, Screen: screen}}
	term.waitFor(t, "size=94x34", 5*time.Second) // the newest size wins
}

func TestWindowChangeFloodLeavesTheSessionResponsiveAndNothingBehind(t *testing.T) {
	ts := startServer(t, nil)
	before := goleak.IgnoreCurrent()
	c := dial(t, ts.addr)
	term := openTerminal(t, c, 80, 24, nil)
	term.waitFor(t, "dealwire probe", 5*time.Second)

	// A wedged server stops reading, and then the client's writes block:
	// the flood runs on its own goroutine, under a deadline.
	flooded := make(chan error, 1)
	go func() {
		for i := range 50_000 {
			if err := term.Session.WindowChange(10+i%90, 40+i%150); err != nil {
				flooded <- err
				return
			}
		}
		if err := term.Session.WindowChange(33, 111); err != nil {
			flooded <- err
			return
		}
		// A request that wants a reply is answered after every one before it.
		_, err := term.Session.SendRequest("sync@dealwire.test", true, nil)
		flooded <- err
	}()
	select {
	case err := <-flooded:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		c.Close()
		t.Fatal("the server stopped taking window-changes")
	}
	term.send(t, "x")
	term.waitFor(t, "keys=x", time.Second)
	term.waitFor(t, "size=111x33", 5*time.Second)

	term.send(t, "q")
	term.waitEnd(t, 5*time.Second)
	c.Close()
	waitUntil(t, 5*time.Second, func() bool { return ts.gate.open() == 0 },
		func() string { return "the server still holds the connection" })
	goleak.VerifyNone(t, before)
}

func TestHugeWidthKeepsTheHeapBounded(t *testing.T) {
	ts := startServer(t, nil)
	term := openTerminal(t, dial(t, ts.addr), 80, 24, nil)
	term.waitFor(t, "dealwire probe", 5*time.Second)
	if err := term.Session.WindowChange(1<<32-1, 1<<32-1); err != nil {
		t.Fatal(err)
	}
	term.waitFor(t, "size=200x100", 5*time.Second)
	term.send(t, "x")
	term.waitFor(t, "keys=x", 5*time.Second)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	if ms.HeapAlloc > 50<<20 {
		t.Fatalf("heap is %d MB after a window-change to width 2^32-1, want under 50 MB", ms.HeapAlloc>>20)
	}
}

func TestSilentConnectionIsClosedAfterTheLoginGrace(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.LoginGrace = 300 * time.Millisecond })
	raw, err := net.Dial("tcp", ts.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if !isClosed(raw, 5*time.Second) {
		t.Fatal("a connection that never started the handshake was still open after 5 s")
	}
	waitUntil(t, 2*time.Second, func() bool { return strings.Contains(ts.logs.String(), "handshake failed") },
		func() string { return "the failed handshake is not logged:\n" + ts.logs.String() })
}

func TestLoggedInConnectionWithoutSessionIsClosedAfterTheLoginGrace(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.LoginGrace = 300 * time.Millisecond })
	c := dial(t, ts.addr)
	ended := make(chan error, 1)
	go func() { ended <- c.Wait() }()
	select {
	case <-ended:
	case <-time.After(5 * time.Second):
		t.Fatal("an authenticated connection that opened no session was kept")
	}
}

func TestLoginGraceDoesNotCutAVisitor(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.LoginGrace = 200 * time.Millisecond })
	term := openTerminal(t, dial(t, ts.addr), 80, 24, nil)
	term.waitFor(t, "dealwire probe", 5*time.Second)
	time.Sleep(600 * time.Millisecond) // three graces, idle
	term.send(t, "x")
	term.waitFor(t, "keys=x", 5*time.Second)
}

func TestConnectionsPastThePerAddressCapAreRefused(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.MaxConnsPerAddr = 2 })
	first := dial(t, ts.addr)
	dial(t, ts.addr)
	if c, err := dialAs(t, ts.addr, "visitor", newClientKey(t)); err == nil {
		c.Close()
		t.Fatal("a third connection from one address got in with a cap of 2")
	}
	first.Close()
	waitUntil(t, 5*time.Second, func() bool { return ts.gate.open() < 2 },
		func() string { return "the closed connection's slot was not released" })
	dial(t, ts.addr)
	if !strings.Contains(ts.logs.String(), "too many connections from this address") {
		t.Errorf("the refusal is not logged:\n%s", ts.logs.String())
	}
}

func TestConnectionsPastTheGlobalCapAreRefused(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.MaxSessions = 1 })
	dial(t, ts.addr)
	if c, err := dialAs(t, ts.addr, "visitor", newClientKey(t)); err == nil {
		c.Close()
		t.Fatal("a second connection got in with a cap of 1")
	}
}

func TestNewConnectionsAreRateLimitedPerAddress(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.ConnRate, c.ConnBurst = 0.01, 2 })
	dial(t, ts.addr)
	dial(t, ts.addr)
	if c, err := dialAs(t, ts.addr, "visitor", newClientKey(t)); err == nil {
		c.Close()
		t.Fatal("a third connection in a burst of 2 got in")
	}
}

func TestSessionsPerConnectionAreCapped(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.MaxSessionsPerConn = 1 })
	c := dial(t, ts.addr)
	openTerminal(t, c, 80, 24, nil).waitFor(t, "dealwire probe", 5*time.Second)
	if s, err := c.NewSession(); err == nil {
		s.Close()
		t.Fatal("a second session on one connection was opened with a cap of 1")
	}
}

// Like OpenSSH, this client hangs up when its session ends: Shutdown then
// finishes well within its bound, and reports no error.
func TestShutdownTellsVisitorsAndEndsCleanly(t *testing.T) {
	ts := startServer(t, nil)
	c := dial(t, ts.addr)
	term := openTerminal(t, c, 80, 24, nil)
	term.waitFor(t, "dealwire probe", 5*time.Second)
	hungUp := make(chan error, 1)
	go func() { hungUp <- <-term.Done; c.Close() }()

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := ts.Shutdown(ctx); err != nil {
		t.Fatalf("Shutdown = %v, want a clean end", err)
	}
	<-hungUp
	if !strings.Contains(term.Screen.String(), "the server is shutting down") {
		t.Errorf("the visitor was not told: %q", tail(term.Screen.String()))
	}
	if _, err := dialAs(t, ts.addr, "late", newClientKey(t)); err == nil {
		t.Error("a connection was accepted after Shutdown")
	}
}

// A client that ignores the end of its session keeps its connection open,
// and one stalled in the handshake is not even known to charmbracelet/ssh:
// Shutdown must still return within its bound and cut both.
func TestShutdownIsBoundedWithWedgedClients(t *testing.T) {
	ts := startServer(t, nil)
	c := dial(t, ts.addr)
	term := openTerminal(t, c, 80, 24, nil)
	term.waitFor(t, "dealwire probe", 5*time.Second)
	raw, err := net.Dial("tcp", ts.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	returned := make(chan error, 1)
	go func() { returned <- ts.Shutdown(ctx) }()
	select {
	case err := <-returned:
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("Shutdown = %v, want the overrun reported", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Shutdown did not return within its bound")
	}
	term.waitEnd(t, 5*time.Second)
	if !strings.Contains(term.Screen.String(), "the server is shutting down") {
		t.Errorf("the visitor was not told: %q", tail(term.Screen.String()))
	}
	if !isClosed(raw, 2*time.Second) {
		t.Error("the connection stalled in its handshake is still open")
	}
	select {
	case err := <-ts.served:
		ts.served <- err // for the cleanup
	case <-time.After(2 * time.Second):
		t.Error("Serve did not return after Shutdown")
	}
}

func TestSIGTERMEndsTheServerWithinItsBound(t *testing.T) {
	logs := &syncBuffer{}
	srv, err := New(testCorpus(), Config{
		Listen: "127.0.0.1:0", HostKeyFile: t.TempDir() + "/host", NewModel: newProbe, LogOut: logs,
		ShutdownTimeout: 300 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := srv.Listen()
	if err != nil {
		t.Fatal(err)
	}
	returned := make(chan error, 1)
	go func() { returned <- srv.ServeUntilSignal(ln, syscall.SIGTERM) }()
	// A visitor that keeps its connection open (wedged) is connected:
	// once it is served, the signal handler is surely installed.
	term := openTerminal(t, dial(t, ln.Addr().String()), 80, 24, nil)
	term.waitFor(t, "dealwire probe", 5*time.Second)

	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-returned:
		if err != nil {
			t.Fatalf("ServeUntilSignal = %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the server did not end within its shutdown bound after SIGTERM")
	}
	term.waitEnd(t, 5*time.Second)
}
