package sshserve

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/log"
	gossh "golang.org/x/crypto/ssh"
)

func TestClampWindow(t *testing.T) {
	for _, tc := range []struct{ w, h, ww, wh int }{
		{80, 24, 80, 24},
		{0, 0, fallbackWidth, fallbackHeight},
		{1, 1, minWidth, minHeight},
		{1<<32 - 1, 1<<32 - 1, maxWidth, maxHeight},
		{200_000, 50, maxWidth, 50},
	} {
		if w, h := clampWindow(tc.w, tc.h); w != tc.ww || h != tc.wh {
			t.Errorf("clampWindow(%d, %d) = %d, %d; want %d, %d", tc.w, tc.h, w, h, tc.ww, tc.wh)
		}
	}
}

func TestLatestWindowKeepsOnlyTheNewestAndNeverBlocks(t *testing.T) {
	b := newLatestWindow()
	for i := range 100_000 { // no reader: a blocking send would hang here
		b.set(i, i)
	}
	<-b.ready
	if w, h, ok := b.take(); !ok || w != 99_999 || h != 99_999 {
		t.Fatalf("take = %d, %d, %v; want the newest size", w, h, ok)
	}
	if _, _, ok := b.take(); ok {
		t.Fatal("a size was taken twice")
	}
	b.set(100, 30)
	b.offer(80, 24) // the pty-req's size does not override a newer window-change
	if w, _, _ := b.take(); w != 100 {
		t.Fatalf("offer replaced a pending size: width %d", w)
	}
}

func TestConnRateRefillsOverTime(t *testing.T) {
	r := newConnRate(1, 2)
	now := time.Now()
	if !r.allow("a", now) || !r.allow("a", now) {
		t.Fatal("the burst was refused")
	}
	if r.allow("a", now) {
		t.Fatal("a connection past the burst was allowed")
	}
	if !r.allow("b", now) {
		t.Fatal("another address was limited")
	}
	if !r.allow("a", now.Add(1100*time.Millisecond)) {
		t.Fatal("the bucket did not refill")
	}
}

func TestConnRateTableStaysBounded(t *testing.T) {
	r := newConnRate(1, 1)
	now := time.Now()
	for i := range 3 * maxBuckets {
		r.allow(strings.Repeat("x", i%7)+string(rune('a'+i%26))+time.Duration(i).String(), now)
	}
	if len(r.buckets) > maxBuckets {
		t.Fatalf("%d buckets, want at most %d", len(r.buckets), maxBuckets)
	}
}

func TestHostKeyIsCreatedPrivateAndReused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "host_ed25519")
	first, err := LoadOrCreateHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("host key mode %04o, want 0600", info.Mode().Perm())
	}
	if first.PublicKey().Type() != gossh.KeyAlgoED25519 {
		t.Errorf("host key type %s, want ed25519", first.PublicKey().Type())
	}
	again, err := LoadOrCreateHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if gossh.FingerprintSHA256(first.PublicKey()) != gossh.FingerprintSHA256(again.PublicKey()) {
		t.Error("a second start made a new host key")
	}
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadOrCreateHostKey(path); err == nil {
		t.Error("a host key readable by others was accepted")
	}
}

func TestAuthorizedKeysFile(t *testing.T) {
	a, b := newClientKey(t), newClientKey(t)
	keys, err := loadAuthorizedKeys(writeAuthorizedKeys(t, a))
	if err != nil {
		t.Fatal(err)
	}
	if !keys.allows(a.PublicKey()) || keys.allows(b.PublicKey()) || keys.allows(nil) {
		t.Error("the set does not hold exactly the file's key")
	}
	dir := t.TempDir()
	for name, content := range map[string]string{
		"empty":   "# nobody\n\n",
		"garbage": "ssh-ed25519 not-base64!!\n",
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := loadAuthorizedKeys(path); err == nil {
			t.Errorf("%s file accepted", name)
		}
	}
	if _, err := loadAuthorizedKeys(filepath.Join(dir, "missing")); err == nil {
		t.Error("a missing file accepted")
	}
}

func TestTerminalEnvKeepsOnlyWellFormedColourHints(t *testing.T) {
	env := terminalEnv([]string{"COLORFGBG=0;999", "COLORTERM=truecolor", "LD_PRELOAD=/evil", "NO_COLOR=1"}, "xterm")
	if env.Getenv("COLORFGBG") != "" || env.Getenv("LD_PRELOAD") != "" {
		t.Errorf("kept %v", env)
	}
	if env.Getenv("TERM") != "xterm" || env.Getenv("COLORTERM") != "truecolor" || env.Getenv("NO_COLOR") != "1" {
		t.Errorf("dropped a terminal variable: %v", env)
	}
	for v, want := range map[string]bool{"15;0": true, "0;default;15": true, "0;-1": false, "7": false, "a;b": false} {
		if got := validColorFGBG(v); got != want {
			t.Errorf("validColorFGBG(%q) = %v, want %v", v, got, want)
		}
	}
}

// panicky panics where it is told to.
type panicky struct{ in string }

func (p panicky) Init() tea.Cmd {
	boom := func() tea.Msg { panic("command") }
	switch p.in {
	case "command":
		return boom
	case "batch":
		return tea.Batch(func() tea.Msg { return nil }, boom)
	}
	return nil
}

func (p panicky) Update(tea.Msg) (tea.Model, tea.Cmd) {
	if p.in == "update" {
		panic("update")
	}
	return p, nil
}

func (p panicky) View() string {
	if p.in == "view" {
		panic("view")
	}
	return "ok"
}

func TestSafeModelCatchesPanicsEverywhere(t *testing.T) {
	for _, where := range []string{"command", "batch", "update", "view"} {
		var failed []string
		m := &safeModel{inner: panicky{where}, fail: func(w string, _ any) { failed = append(failed, w) }}
		// Run what bubbletea would: Init's command (and a batch's), an
		// update, a view.
		var run func(tea.Cmd)
		run = func(cmd tea.Cmd) {
			if cmd == nil {
				return
			}
			if batch, ok := cmd().(tea.BatchMsg); ok {
				for _, c := range batch {
					run(c)
				}
			}
		}
		run(m.Init())
		next, _ := m.Update(tea.KeyMsg{})
		if next != m {
			t.Errorf("%s: Update returned %v, want the safe model itself", where, next)
		}
		_ = m.View()
		if len(failed) != 1 {
			t.Errorf("panic in %s: reported %v, want once", where, failed)
		}
	}
}

func TestRefusalsAreLoggedAtMostOnceASecond(t *testing.T) {
	logs := &syncBuffer{}
	logger := log.New(logs)
	var r refusalLog
	now := time.Now()
	for i := range 1000 {
		r.note(logger, "127.0.0.1:1", "rate limit", now.Add(time.Duration(i)*time.Millisecond))
	}
	if n := strings.Count(logs.String(), "connection refused"); n != 1 {
		t.Fatalf("%d log lines for 1000 refusals within a second, want 1", n)
	}
	r.note(logger, "127.0.0.1:1", "rate limit", now.Add(2*time.Second))
	if !strings.Contains(logs.String(), "refused=1000") {
		t.Fatalf("the second line does not count the refusals since the first:\n%s", logs.String())
	}
}

// IPv6 clients are counted by their /64, IPv4 ones by address.
func TestHostOfGroupsIPv6By64(t *testing.T) {
	a := hostOf(&net.TCPAddr{IP: net.ParseIP("2001:db8:1:2::1"), Port: 1})
	b := hostOf(&net.TCPAddr{IP: net.ParseIP("2001:db8:1:2:ffff::9"), Port: 2})
	c := hostOf(&net.TCPAddr{IP: net.ParseIP("2001:db8:1:3::1"), Port: 3})
	if a != b || a == c {
		t.Errorf("keys %q %q %q: want the first two equal, the third apart", a, b, c)
	}
	if got := hostOf(&net.TCPAddr{IP: net.ParseIP("192.0.2.7"), Port: 4}); got != "192.0.2.7" {
		t.Errorf("IPv4 key %q", got)
	}
}
