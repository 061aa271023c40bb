package browsertest

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"
	gossh "golang.org/x/crypto/ssh"

	"dealwire/tui/sshserve"
	"dealwire/tui/sshserve/sshtest"
)

// TestLoad runs 100 visitors at once against a server in a child process
// (so its memory is measured apart from the clients'), each opening
// articles for 30 s, and reports time to first frame and memory per
// session. Slow, so only with DEALWIRE_LOADTEST=1; DEALWIRE_LOADTEST_SESSIONS
// and DEALWIRE_LOADTEST_SECONDS change the size, and
// DEALWIRE_LOADTEST_RAMP_SECONDS spreads the arrivals (default: all at once).
//
//	DEALWIRE_LOADTEST=1 go test -run TestLoad -v -timeout 10m ./tui/sshserve/browsertest/
func TestLoad(t *testing.T) {
	if os.Getenv("DEALWIRE_LOADTEST") != "1" {
		t.Skip("set DEALWIRE_LOADTEST=1 to run the load test")
	}
	sessions := envInt("DEALWIRE_LOADTEST_SESSIONS", 100)
	duration := time.Duration(envInt("DEALWIRE_LOADTEST_SECONDS", 30)) * time.Second
	ramp := time.Duration(envInt("DEALWIRE_LOADTEST_RAMP_SECONDS", 0)) * time.Second

	server := startServerProcess(t)
	base := server.mem(t)

	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		firsts   []time.Duration
		failures []string
		ready    atomic.Int32
		keys     atomic.Int64
	)
	fail := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		failures = append(failures, fmt.Sprintf(format, args...))
	}
	start := time.Now()
	end := start.Add(duration)
	for i := range sessions {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Until(start.Add(ramp * time.Duration(i) / time.Duration(sessions))))
			first, sent, err := visit(server.addr, end)
			if err != nil {
				fail("visitor %d: %v", i, err)
				return
			}
			ready.Add(1)
			keys.Add(int64(sent))
			mu.Lock()
			firsts = append(firsts, first)
			mu.Unlock()
		}()
	}
	// Midway, with every visitor connected, the server's memory.
	time.Sleep(max(duration/2, ramp+time.Second))
	loaded := server.mem(t)
	wg.Wait()

	leak := server.leakCheck(t)
	after := server.mem(t)
	errors := server.errorLines()

	slices.Sort(firsts)
	pct := func(p float64) time.Duration {
		if len(firsts) == 0 {
			return 0
		}
		return firsts[min(len(firsts)-1, int(p*float64(len(firsts))))]
	}
	t.Logf("%d visitors arriving over %s, until %s, %d keys sent, %d failures", sessions, ramp, duration, keys.Load(), len(failures))
	t.Logf("time to first frame: p50 %s, p90 %s, p99 %s, max %s",
		pct(0.50).Round(time.Millisecond), pct(0.90).Round(time.Millisecond), pct(0.99).Round(time.Millisecond), pct(1).Round(time.Millisecond))
	t.Logf("server heap in use: %.1f MB idle, %.1f MB with %d visitors: %.2f MB per session; %d goroutines (%d idle, %d after)",
		mb(base.heap), mb(loaded.heap), sessions, (mb(loaded.heap)-mb(base.heap))/float64(sessions), loaded.goroutines, base.goroutines, after.goroutines)
	t.Logf("server RSS: %.1f MB idle, %.1f MB loaded", mb(base.rss), mb(loaded.rss))
	for _, f := range failures[:min(len(failures), 10)] {
		t.Error(f)
	}
	if len(errors) > 0 {
		t.Errorf("the server logged %d errors, first: %s", len(errors), errors[0])
	}
	if leak != "ok" {
		t.Errorf("goroutines left in the server after every visitor left: %s", leak)
	}
}

// visit is one visitor: connect, wait for the first frame, then walk
// articles and deals until end, then quit.
func visit(addr string, end time.Time) (first time.Duration, sent int, err error) {
	start := time.Now()
	key, err := gossh.NewSignerFromKey(newEd25519())
	if err != nil {
		return 0, 0, err
	}
	c, err := sshtest.Dial(addr, "load", key)
	if err != nil {
		return 0, 0, err
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		return 0, 0, err
	}
	stdin, err := sess.StdinPipe()
	if err != nil {
		return 0, 0, err
	}
	out := &frameWatch{want: "dealwire", seen: make(chan struct{}), stdin: stdin}
	sess.Stdout = out
	if err := sess.RequestPty("xterm-256color", 30, 100, gossh.TerminalModes{}); err != nil {
		return 0, 0, err
	}
	if err := sess.Shell(); err != nil {
		return 0, 0, err
	}
	select {
	case <-out.seen:
		first = time.Since(start)
	case <-time.After(30 * time.Second):
		return 0, 0, fmt.Errorf("no first frame after 30 s")
	}
	walk := []string{"3", "j", "\r", "h", "2", "\r", "h", "1", "j"}
	for ; time.Now().Before(end); sent++ {
		if _, err := io.WriteString(stdin, walk[sent%len(walk)]); err != nil {
			return first, sent, fmt.Errorf("key %d: %w", sent, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	_, _ = io.WriteString(stdin, "q")
	done := make(chan error, 1)
	go func() { done <- sess.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			return first, sent, fmt.Errorf("session ended with %w", err)
		}
	case <-time.After(10 * time.Second):
		return first, sent, fmt.Errorf("q did not end the session")
	}
	return first, sent, nil
}

// frameWatch notes when want first appears, and keeps nothing else. Like
// a terminal, it answers the background query (a dark one).
type frameWatch struct {
	want  string
	tail  string
	seen  chan struct{}
	once  sync.Once
	stdin io.Writer
}

func (w *frameWatch) Write(p []byte) (int, error) {
	if strings.Contains(string(p), "\x1b]11;?") {
		_, _ = io.WriteString(w.stdin, "\x1b]11;rgb:1e1e/1e1e/1e1e\x07\x1b[?62;22c")
	}
	s := w.tail + string(p)
	if strings.Contains(s, w.want) {
		w.once.Do(func() { close(w.seen) })
	}
	w.tail = s[max(0, len(s)-len(w.want)):]
	return len(p), nil
}

// The server's side: this same test binary, run as a child.

type serverProcess struct {
	addr   string
	in     io.Writer
	out    *bufio.Scanner
	stderr *sshtest.Buffer
}

type memStats struct {
	heap, rss  uint64
	goroutines int
}

func startServerProcess(t *testing.T) *serverProcess {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLoadServerProcess$")
	cmd.Env = append(os.Environ(), "DEALWIRE_LOADTEST_SERVER="+t.TempDir())
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	p := &serverProcess{in: stdin, out: bufio.NewScanner(stdout), stderr: &sshtest.Buffer{}}
	cmd.Stderr = p.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stdin.Close()
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
		}
	})
	p.addr = strings.TrimPrefix(p.line(t), "addr ")
	return p
}

func (p *serverProcess) line(t *testing.T) string {
	t.Helper()
	if !p.out.Scan() {
		t.Fatalf("the server process said nothing: %v\n%s", p.out.Err(), p.stderr.String())
	}
	return p.out.Text()
}

func (p *serverProcess) mem(t *testing.T) memStats {
	t.Helper()
	fmt.Fprintln(p.in, "mem")
	var m memStats
	if _, err := fmt.Sscanf(p.line(t), "mem %d %d %d", &m.heap, &m.rss, &m.goroutines); err != nil {
		t.Fatal(err)
	}
	return m
}

func (p *serverProcess) leakCheck(t *testing.T) string {
	t.Helper()
	fmt.Fprintln(p.in, "leak")
	return strings.TrimPrefix(p.line(t), "leak ")
}

func (p *serverProcess) errorLines() []string {
	var errs []string
	for _, l := range strings.Split(p.stderr.String(), "\n") {
		if strings.Contains(l, "ERRO") || strings.Contains(l, "panic") {
			errs = append(errs, l)
		}
	}
	return errs
}

// TestLoadServerProcess is the child: it serves the browser and answers
// "mem" and "leak" on stdin. It does nothing in a normal test run.
func TestLoadServerProcess(t *testing.T) {
	dir := os.Getenv("DEALWIRE_LOADTEST_SERVER")
	if dir == "" {
		t.Skip("the server side of TestLoad")
	}
	srv, err := sshserve.New(corpus(), sshserve.Config{
		Listen: "127.0.0.1:0", HostKeyFile: dir + "/host", NewModel: browser, LogOut: os.Stderr,
		MaxSessions: 1000, MaxConnsPerAddr: 1000, ConnRate: 1000, ConnBurst: 1000,
	})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := srv.Listen()
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(ln) }()
	time.Sleep(100 * time.Millisecond)
	idle := goleak.IgnoreCurrent()
	fmt.Println("addr", ln.Addr().String())
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		switch in.Text() {
		case "mem":
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			fmt.Println("mem", ms.HeapInuse, rss(), runtime.NumGoroutine())
		case "leak":
			err := goleak.Find(idle) // retries a little itself
			for try := 0; err != nil && try < 20; try++ {
				time.Sleep(250 * time.Millisecond)
				err = goleak.Find(idle)
			}
			if err == nil {
				fmt.Println("leak ok")
			} else {
				fmt.Println("leak", strings.ReplaceAll(err.Error(), "\n", " | "))
			}
		}
	}
	_ = srv.Close()
}

// rss is the process's resident set in bytes, from /proc (0 elsewhere).
func rss() uint64 {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	fields := strings.Fields(string(data))
	if len(fields) < 2 {
		return 0
	}
	pages, _ := strconv.ParseUint(fields[1], 10, 64)
	return pages * uint64(os.Getpagesize())
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

func mb(b uint64) float64 { return float64(b) / (1 << 20) }
