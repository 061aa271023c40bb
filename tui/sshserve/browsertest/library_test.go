package browsertest

import (
	"path/filepath"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	gossh "golang.org/x/crypto/ssh"

	"dealwire/model"
	"dealwire/model/store"
	"dealwire/tui"
	"dealwire/tui/sshserve"
	"dealwire/tui/sshserve/sshtest"
)

// TestVisitorsKeepTheirOwnState: one library for the server, each
// visitor's state keyed by their key. Alice stars and watches a company;
// Bob, on another key, sees neither (his * stars it for himself); Alice,
// back later, finds hers.
func TestVisitorsKeepTheirOwnState(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "library.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() }) // registered first: runs after the server's
	addr := serve(t, corpus(), func(c *sshserve.Config) {
		c.NewModel = nil
		c.NewVisitorModel = func(c *model.Corpus, r *lipgloss.Renderer, v sshserve.Visitor) tea.Model {
			return tui.New(c, tui.Options{Renderer: r, Style: "auto", Store: db, Reader: "ssh:" + v.KeyFingerprint})
		}
	})
	alice, bob := sshtest.NewKey(t), sshtest.NewKey(t)
	visit := func(key gossh.Signer) *sshtest.Terminal {
		t.Helper()
		c, err := sshtest.Dial(addr, "visitor", key)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		term, err := sshtest.Open(c, 100, 30, nil)
		if err != nil {
			t.Fatal(err)
		}
		term.WaitForText(t, 0, "Quillon", 10*time.Second)
		return term
	}
	quit := func(term *sshtest.Terminal) {
		t.Helper()
		term.Send(t, "q")
		if err := term.WaitEnd(t, 10*time.Second); err != nil {
			t.Fatalf("session end: %v", err)
		}
	}

	// Companies by deals, then name: Quillon is first.
	a := visit(alice)
	mark := a.Screen.Len()
	a.Send(t, "*")
	a.WaitForText(t, mark, "starred Quillon", 10*time.Second)
	mark = a.Screen.Len()
	a.Send(t, "w")
	a.WaitForText(t, mark, "watching Quillon", 10*time.Second)
	quit(a)

	b := visit(bob)
	mark = b.Screen.Len()
	b.Send(t, "*")
	b.WaitForText(t, mark, "★ starred Quillon", 10*time.Second) // not "unstarred": Alice's star is not his
	quit(b)

	a = visit(alice)
	a.WaitForText(t, 0, "Quillon ★◉", 10*time.Second)
	quit(a)

	db.Flush()
	ra, err := db.Reader("ssh:" + gossh.FingerprintSHA256(alice.PublicKey()))
	if err != nil {
		t.Fatal(err)
	}
	rb, err := db.Reader("ssh:" + gossh.FingerprintSHA256(bob.PublicKey()))
	if err != nil {
		t.Fatal(err)
	}
	if !ra.Watching("Quillon") || !ra.Starred(store.KindCompany, "Quillon") {
		t.Error("alice's state is not in the library")
	}
	if rb.Watching("Quillon") || !rb.Starred(store.KindCompany, "Quillon") {
		t.Error("bob's state is not his own")
	}
}
