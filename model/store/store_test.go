package store

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"dealwire/model"
)

func openT(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestStatePersistsAcrossOpens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "library.db")
	s := openT(t, path)
	r, err := s.Reader("alice")
	if err != nil {
		t.Fatal(err)
	}
	if !r.PrevVisit().IsZero() {
		t.Fatalf("first visit has a previous one: %v", r.PrevVisit())
	}
	r.SetRead("h1", true)
	r.SetRead("h2", true)
	r.ToggleRead("h2") // unread again
	r.SetScroll("h1", 0.5)
	r.ToggleStar(KindArticle, "h1")
	r.ToggleStar(KindDeal, "d1")
	r.ToggleStar(KindCompany, "Nokia")
	r.ToggleStar(KindCompany, "Xiaomi")
	r.ToggleStar(KindCompany, "Xiaomi") // off again
	r.ToggleWatch("Nokia")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = openT(t, path)
	r, err = s.Reader("alice")
	if err != nil {
		t.Fatal(err)
	}
	if r.PrevVisit().IsZero() {
		t.Fatal("second visit does not know the first")
	}
	if !r.IsRead("h1") || r.IsRead("h2") || r.Scroll("h1") != 0.5 {
		t.Fatalf("read/scroll not kept: h1 %v h2 %v scroll %v", r.IsRead("h1"), r.IsRead("h2"), r.Scroll("h1"))
	}
	if !r.Starred(KindArticle, "h1") || !r.Starred(KindDeal, "d1") || !r.Starred(KindCompany, "Nokia") || r.Starred(KindCompany, "Xiaomi") {
		t.Fatalf("stars not kept: %v %v %v", r.Stars(KindArticle), r.Stars(KindDeal), r.Stars(KindCompany))
	}
	if got := r.Watched(); len(got) != 1 || got[0] != "Nokia" {
		t.Fatalf("watchlist %v", got)
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}

	// Another reader sees none of it.
	b, err := s.Reader("bob")
	if err != nil {
		t.Fatal(err)
	}
	if b.IsRead("h1") || b.Starred(KindArticle, "h1") || len(b.Watched()) > 0 || b.Scroll("h1") != 0 {
		t.Fatal("bob sees alice's state")
	}
}

func TestMemoryReaderWritesNothing(t *testing.T) {
	r := Memory("me")
	r.SetRead("h", true)
	r.ToggleStar(KindDeal, "d")
	r.ToggleWatch("X")
	if !r.IsRead("h") || !r.Starred(KindDeal, "d") || !r.Watching("X") || r.Persistent() {
		t.Fatal("memory reader does not remember for the session")
	}
}

// TestMigratesFromVersion1 writes a library as the first schema left it,
// then opens it: the data is kept and the new tables work.
func TestMigratesFromVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if err := migrate(db, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO article_state(reader, hash, read, read_at) VALUES('alice', 'h1', 1, 5);
		INSERT INTO stars(reader, kind, key, at) VALUES('alice', 'deal', 'd9', 5);
		INSERT INTO readers(reader, last_visit) VALUES('alice', 1000)`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s := openT(t, path)
	var v int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != SchemaVersion {
		t.Fatalf("user_version %d (%v), want %d", v, err, SchemaVersion)
	}
	r, err := s.Reader("alice")
	if err != nil {
		t.Fatal(err)
	}
	if !r.IsRead("h1") || !r.Starred(KindDeal, "d9") || r.PrevVisit() != time.Unix(0, 1000) {
		t.Fatal("state from version 1 lost in the migration")
	}
	r.SetScroll("h1", 0.25)
	r.ToggleWatch("Nokia")
	s.Flush()
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	if err := s.CheckIntegrity(); err != nil {
		t.Fatal(err)
	}
}

func TestCorruptFileIsAClearError(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string][]byte{
		"garbage":   []byte(strings.Repeat("this is not a database\n", 400)),
		"header":    append([]byte("SQLite format 3\x00"), make([]byte, 200)...),
		"truncated": nil, // filled below: a real library cut short
	} {
		path := filepath.Join(dir, name+".db")
		if name == "truncated" {
			s := openT(t, path)
			r, _ := s.Reader("a")
			for i := 0; i < 500; i++ {
				r.SetRead(fmt.Sprint("hash", i), true)
			}
			s.Close()
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			content = data[:len(data)/2+13]
			for i := 100; i < len(content); i += 7 {
				content[i] ^= 0x5a
			}
			_ = os.Remove(path + "-wal")
			_ = os.Remove(path + "-shm")
		}
		if err := os.WriteFile(path, content, 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := Open(path)
		if err == nil {
			// Damage deep in the file shows only when it is read.
			_, err = s.Reader("a")
			if err == nil {
				err = s.CheckIntegrity()
			}
			s.Close()
		}
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if name != "truncated" && !errors.Is(err, ErrCorrupt) {
			t.Errorf("%s: error %v is not ErrCorrupt", name, err)
		}
		if !strings.Contains(err.Error(), "corrupt") && !strings.Contains(err.Error(), "malformed") {
			t.Errorf("%s: unclear message %q", name, err)
		}
	}
}

func TestUnwritableLibraryIsAClearError(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "library.db")
	s := openT(t, path)
	s.Close()

	// Opened read-only: as a file the user may not write would be (a
	// chmod does not stop root, who may be running the tests).
	if _, err := open(path, "mode=ro"); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("read-only file: %v, want ErrReadOnly", err)
	}
	if os.Geteuid() != 0 {
		if err := os.Chmod(path, 0o444); err != nil {
			t.Fatal(err)
		}
		if _, err := Open(path); !errors.Is(err, ErrReadOnly) {
			t.Errorf("chmod 444: %v, want ErrReadOnly", err)
		}
	}
	// A folder where the file should be, and a file where the folder should be.
	if _, err := Open(dir); !errors.Is(err, ErrReadOnly) {
		t.Errorf("folder: %v", err)
	}
	if _, err := Open(filepath.Join(path, "x.db")); err == nil {
		t.Errorf("under a file: no error")
	}
}

func TestNewerSchemaIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	s := openT(t, path)
	if _, err := s.db.Exec(fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion+1)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(path); !errors.Is(err, ErrNewer) {
		t.Fatalf("newer schema: %v, want ErrNewer", err)
	}
}

// TestConcurrentWriters: two handles on one file (as two processes would
// be), many goroutines each, every write lands and nothing fails.
func TestConcurrentWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	a, b := openT(t, path), openT(t, path)
	const goroutines, each = 8, 40
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		s := a
		if g%2 == 1 {
			s = b
		}
		wg.Add(1)
		go func(g int, s *Store) {
			defer wg.Done()
			r, err := s.Reader(fmt.Sprint("reader", g%3))
			if err != nil {
				t.Error(err)
				return
			}
			for i := 0; i < each; i++ {
				r.SetRead(fmt.Sprintf("g%d-%d", g, i), true)
				r.ToggleStar(KindCompany, fmt.Sprintf("co%d-%d", g, i))
				if i%10 == 0 {
					s.Flush()
				}
			}
		}(g, s)
	}
	// An index build on one handle at the same time.
	lib := a.Library(synthCorpus(300, 1))
	wg.Wait()
	a.Flush()
	b.Flush()
	<-lib.Done()
	for _, s := range []*Store{a, b} {
		if err := s.Err(); err != nil {
			t.Fatal(err)
		}
	}
	var n int
	if err := a.db.QueryRow("SELECT count(*) FROM article_state WHERE read = 1").Scan(&n); err != nil || n != goroutines*each {
		t.Fatalf("%d reads stored (%v), want %d", n, err, goroutines*each)
	}
	if err := a.db.QueryRow("SELECT count(*) FROM stars").Scan(&n); err != nil || n != goroutines*each {
		t.Fatalf("%d stars stored (%v), want %d", n, err, goroutines*each)
	}
	if i, total := lib.Progress(); i != total {
		t.Fatalf("index %d of %d", i, total)
	}
}

// TestCrashLosesAtMostTheLastChange runs a child process that writes in a
// loop, saying after each commit how far it got, kills it with SIGKILL
// mid-write and checks that the library opens sound with every reported
// change in it.
func TestCrashLosesAtMostTheLastChange(t *testing.T) {
	if path := os.Getenv("DEALWIRE_STORE_CRASH_CHILD"); path != "" {
		crashChild(path)
		return
	}
	path := filepath.Join(t.TempDir(), "library.db")
	for round := 0; round < 3; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashLosesAtMostTheLastChange$")
		cmd.Env = append(os.Environ(), "DEALWIRE_STORE_CRASH_CHILD="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(out)
		last := -1
		target := 150 + 100*round
		for sc.Scan() {
			if n, err := strconv.Atoi(strings.TrimPrefix(sc.Text(), "committed ")); err == nil {
				last = n
				if n >= target {
					break
				}
			}
		}
		_ = cmd.Process.Signal(syscall.SIGKILL)
		for sc.Scan() { // what it said before the kill landed
			if n, err := strconv.Atoi(strings.TrimPrefix(sc.Text(), "committed ")); err == nil {
				last = n
			}
		}
		_ = cmd.Wait()
		if last < 0 {
			t.Fatal("child committed nothing")
		}

		s, err := Open(path)
		if err != nil {
			t.Fatalf("round %d: reopen after kill: %v", round, err)
		}
		if err := s.CheckIntegrity(); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		var n, maxI int
		if err := s.db.QueryRow("SELECT count(*), coalesce(max(CAST(substr(hash, 6) AS INTEGER)), -1) FROM article_state WHERE reader = ? AND read = 1",
			fmt.Sprint("crash", round)).Scan(&n, &maxI); err != nil {
			t.Fatal(err)
		}
		// Every change reported committed is there, in order, and at most
		// the one being written when killed is beyond it.
		if maxI < last || maxI > last+1 || n != maxI+1 {
			t.Fatalf("round %d: child reported %d committed; library holds %d changes up to %d", round, last, n, maxI)
		}
		s.Close()
	}
}

func crashChild(path string) {
	s, err := Open(path)
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(2)
	}
	name := os.Getenv("DEALWIRE_STORE_CHILD_READER")
	if name == "" {
		var round int // each round writes as a new reader
		_ = s.db.QueryRow("SELECT count(DISTINCT reader) FROM article_state").Scan(&round)
		name = fmt.Sprint("crash", round)
	}
	r, err := s.Reader(name)
	if err != nil {
		fmt.Println("reader:", err)
		os.Exit(2)
	}
	for i := 0; ; i++ {
		r.SetRead(fmt.Sprintf("hash-%d", i), true)
		r.ToggleStar(KindCompany, fmt.Sprint("co", i%7))
		s.Flush()
		fmt.Printf("committed %d\n", i)
	}
}

func TestNewSinceLastVisit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	clock := time.Unix(1_700_000_000, 0)
	tick := func() time.Time { clock = clock.Add(time.Second); return clock }

	s := openT(t, path)
	s.now = tick
	old := synthCorpus(10, 1)
	lib := s.Library(old)
	<-lib.Done()
	r, _ := s.Reader("alice")
	for _, a := range old.Articles {
		if lib.NewSince(a.Key(), r.PrevVisit()) {
			t.Fatal("first visit: something is new")
		}
	}
	s.Close()

	// Next run: five more articles arrived.
	s = openT(t, path)
	s.now = tick
	grown := synthCorpus(15, 1)
	lib = s.Library(grown)
	<-lib.ArrivalsKnown()
	r, _ = s.Reader("alice")
	var fresh int
	for _, a := range grown.Articles {
		if lib.NewSince(a.Key(), r.PrevVisit()) {
			fresh++
		}
	}
	if fresh != 5 {
		t.Fatalf("%d new since the last visit, want 5", fresh)
	}
	<-lib.Done()
	if err := lib.Err(); err != nil {
		t.Fatal(err)
	}
}

func TestSearch(t *testing.T) {
	arts := []model.Article{
		{ID: "1", Title: "Nokia and Microsoft form a joint venture", Source: "Wire", Published: "2019-01-02",
			Body: "The joint venture will make phones. Nokia’s chief said the venture is joint."},
		{ID: "2", Title: "Société Générale acquires a bank", Source: "Le Monde", Published: "2021-05-06",
			Body: "Société Générale completed the acquisition of a small bank in Lyon."},
		{ID: "3", Title: "Xiaomi venture", Source: "Wire", Published: "2020-03-04",
			Body: "Xiaomi said it is acquiring a stake; the venture is not joint in any sense of the word joint."},
		{ID: "4", Title: "Undated note", Body: "Microsoft acquired Nokia's phone business, a joint effort."},
	}
	c := model.NewCorpus("t", arts, nil, nil, nil)
	s := openT(t, filepath.Join(t.TempDir(), "l.db"))
	lib := s.Library(c)
	<-lib.Done()
	if err := lib.Err(); err != nil {
		t.Fatal(err)
	}
	ids := func(q string, o Order) string {
		t.Helper()
		hits, _, err := lib.Search(context.Background(), q, o, 10)
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		var out []string
		for _, h := range hits {
			out = append(out, h.Article.ID)
		}
		return strings.Join(out, ",")
	}
	for _, tc := range []struct{ q, want string }{
		{`"joint venture"`, "1"},
		{`joint venture`, "3,1"}, // AND of words, newest first
		{`acqui*`, "2,3,4"},
		{`societe generale`, "2"}, // accents folded
		{`SOCIÉTÉ`, "2"},
		{`nokia’s`, "1,4"}, // curly and straight apostrophes are one
		{`nokia's`, "1,4"},
		{`nokia`, "1,4"},
		{`microsoft nokia`, "1,4"},
		{`"joint in any`, "3"}, // unbalanced quote: phrase to the end
		{`zzz`, ""},
	} {
		if got := ids(tc.q, Newest); got != tc.want {
			t.Errorf("%q newest first: %q, want %q", tc.q, got, tc.want)
		}
	}
	if got := ids("joint", Relevance); !strings.HasPrefix(got, "1,") && !strings.HasPrefix(got, "3,") {
		t.Errorf("relevance order %q", got)
	}
	hits, _, _ := lib.Search(context.Background(), "bank", Newest, 10)
	if len(hits) != 1 {
		t.Fatalf("bank: %d hits", len(hits))
	}
	var marked []string
	for _, seg := range hits[0].Snippet {
		if seg.Hit {
			marked = append(marked, seg.Text)
		}
		if strings.ContainsAny(seg.Text, markOn+markOff) {
			t.Fatalf("marker left in snippet %q", seg.Text)
		}
	}
	if len(marked) == 0 || !strings.EqualFold(marked[0], "bank") {
		t.Fatalf("snippet hits %q in %+v", marked, hits[0].Snippet)
	}
	if _, _, err := lib.Search(context.Background(), `" * ( ) : - ^`, Newest, 10); !errors.Is(err, ErrNoQuery) {
		t.Fatalf("punctuation-only query: %v", err)
	}
	// Limit and more.
	hits, more, _ := lib.Search(context.Background(), "joint", Newest, 1)
	if len(hits) != 1 || !more {
		t.Fatalf("limit 1: %d hits, more %v", len(hits), more)
	}
}

// TestUserQueriesNeverBreakFTS5 throws FTS5 syntax, quotes and junk at
// the translation: every query runs.
func TestUserQueriesNeverBreakFTS5(t *testing.T) {
	s := openT(t, filepath.Join(t.TempDir(), "l.db"))
	lib := s.Library(synthCorpus(20, 1))
	<-lib.Done()
	queries := []string{
		`"`, `""`, `"""`, `*`, `**`, `a*b`, `a**`, `-x`, `NOT a`, `a OR b`, `a AND`, `(a`, `a)`, `NEAR(a b)`,
		`title:nokia`, `{title}: x`, `^a`, `a + b`, `"a" "b`, `'`, `’`, `"’s"`, "\x00a\x01", `\"x\"`,
		`co*"ven`, `x"y"z`, "é́", "日本", "🙂 nokia", strings.Repeat("(", 500), strings.Repeat(`a" `, 300),
	}
	for i := 0; i < 300; i++ {
		b := make([]rune, i%17)
		for j := range b {
			b[j] = []rune(`ab "*:()^-+{}'’é AND OR NOT NEAR 0`)[(i*31+j*7)%34]
		}
		queries = append(queries, string(b))
	}
	for _, q := range queries {
		if _, _, err := lib.Search(context.Background(), q, Newest, 5); err != nil && !errors.Is(err, ErrNoQuery) {
			t.Errorf("query %q (%s): %v", q, MatchExpr(q), err)
		}
	}
}

func FuzzMatchExpr(f *testing.F) {
	for _, q := range []string{`"joint venture"`, `acqui*`, `a OR b`, `"`, `x:y`} {
		f.Add(q)
	}
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		f.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(migrations[2]); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		expr := MatchExpr(q)
		if expr == "" {
			return
		}
		rows, err := db.Query("SELECT rowid FROM fts WHERE fts MATCH ?", expr)
		if err != nil {
			t.Fatalf("%q -> %s: %v", q, expr, err)
		}
		rows.Close()
	})
}

func TestParseQuery(t *testing.T) {
	got := ParseQuery(`"joint venture" acqui* Nokia’s “quoted phrase” -- *`)
	want := []Term{{Text: "joint venture", Phrase: true}, {Text: "acqui", Prefix: true}, {Text: "Nokia's"}, {Text: "quoted phrase", Phrase: true}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("got %+v\nwant %+v", got, want)
	}
	if e := MatchExpr(`say "hi"* x"y`); e != `"say" AND "hi"* AND "x" AND "y"` {
		t.Fatalf("MatchExpr = %s", e)
	}
}

// TestTwoProcessesWriteAtOnce: two processes write to one library at the
// same time (two terminals); both get every commit in, then both are
// killed, and the file is sound.
func TestTwoProcessesWriteAtOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	s := openT(t, path) // create it before the children race to
	s.Close()
	type child struct {
		cmd  *exec.Cmd
		sc   *bufio.Scanner
		last int
	}
	var kids []*child
	for _, name := range []string{"procA", "procB"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashLosesAtMostTheLastChange$")
		cmd.Env = append(os.Environ(), "DEALWIRE_STORE_CRASH_CHILD="+path, "DEALWIRE_STORE_CHILD_READER="+name)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		kids = append(kids, &child{cmd: cmd, sc: bufio.NewScanner(out), last: -1})
	}
	var wg sync.WaitGroup
	for _, k := range kids {
		wg.Add(1)
		go func(k *child) {
			defer wg.Done()
			for k.sc.Scan() {
				if n, err := strconv.Atoi(strings.TrimPrefix(k.sc.Text(), "committed ")); err == nil {
					k.last = n
					if n >= 200 {
						return
					}
				}
			}
		}(k)
	}
	wg.Wait()
	for _, k := range kids {
		_ = k.cmd.Process.Signal(syscall.SIGKILL)
		for k.sc.Scan() {
			if n, err := strconv.Atoi(strings.TrimPrefix(k.sc.Text(), "committed ")); err == nil {
				k.last = n
			}
		}
		_ = k.cmd.Wait()
	}
	s = openT(t, path)
	if err := s.CheckIntegrity(); err != nil {
		t.Fatal(err)
	}
	for i, name := range []string{"procA", "procB"} {
		var n int
		if err := s.db.QueryRow("SELECT count(*) FROM article_state WHERE reader = ? AND read = 1", name).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if last := kids[i].last; last < 200 || n < last+1 || n > last+2 {
			t.Errorf("%s reported %d commits; the library holds %d", name, last+1, n)
		}
	}
}

func TestOddPaths(t *testing.T) {
	for _, name := range []string{"with space/lib.db", "q?mark/l#b.db", "pct%41/x.db", "ünï/çødé.db"} {
		path := filepath.Join(t.TempDir(), name)
		s, err := Open(path)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		r, _ := s.Reader("a")
		r.SetRead("h", true)
		s.Close()
		if _, err := os.Stat(path); err != nil {
			t.Errorf("%s: the library is not where asked: %v", name, err)
		}
	}
}
