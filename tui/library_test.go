package tui

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"dealwire/model"
	"dealwire/model/store"
)

func openStore(t testing.TB, path string) *store.Store {
	t.Helper()
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// libDriver is a driver over a browser with a library, the background
// work (arrivals, index) finished before it returns.
func libDriver(t testing.TB, c *model.Corpus, s *store.Store, reader string, w, h int) *driver {
	t.Helper()
	d := &driver{t: t, m: New(c, Options{Renderer: asciiRenderer(), Style: "dark", Store: s, Reader: reader}).(*root)}
	d.m.c.previewDelay = 0
	if lib := d.m.c.lib.lib; lib != nil {
		<-lib.Done()
		d.send(arrivalsMsg{})
		d.send(indexDoneMsg{})
	}
	if w > 0 {
		d.send(tea.WindowSizeMsg{Width: w, Height: h})
	}
	return d
}

// rowLine is the list line of the row whose text contains s.
func rowLine(t testing.TB, view, s string) string {
	t.Helper()
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	t.Fatalf("no line with %q in\n%s", s, view)
	return ""
}

// TestStateActionsThroughTheProgram drives the real program (teatest):
// u, * on an article, * and w on a company, * on a deal; the library then
// holds each, for this reader only.
func TestStateActionsThroughTheProgram(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	s := openStore(t, path)
	c := fixtureCorpus(t)
	m := New(c, Options{Style: "dark", Store: s, Reader: "tester"})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	wait := func(want string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(want)) },
			teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
	}
	send := func(keys ...string) {
		for _, k := range keys {
			tm.Send(keyMsg(k))
		}
	}
	// Companies are sorted by deals: Nokia first. Star it, watch it.
	send("*")
	wait("starred Nokia")
	send("w")
	wait("watching Nokia")
	// Deals: newest first, the 2019 partnership on top.
	send("2", "*")
	wait("starred deal")
	// Articles: newest first, Business-Standard's on top. Read it, then
	// mark it unread; star the second and mark it read with u.
	send("3", "u")
	wait("marked read")
	send("u")
	wait("marked unread")
	send("j", "*")
	wait("starred article")
	send("u")
	wait("marked read")
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	s.Flush()
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}

	r, err := s.Reader("tester")
	if err != nil {
		t.Fatal(err)
	}
	a1, _ := c.Article("a1bs")
	a2, _ := c.Article("a2gc")
	switch {
	case !r.Starred(store.KindCompany, "Nokia") || !r.Watching("Nokia"):
		t.Error("company star or watch not saved")
	case !r.Starred(store.KindDeal, "d-cloud"):
		t.Errorf("deal star not saved: %v", r.Stars(store.KindDeal))
	case r.IsRead(a1.Key()) || r.Starred(store.KindArticle, a1.Key()):
		t.Error("first article: read toggled twice should be unread, and not starred")
	case !r.IsRead(a2.Key()) || !r.Starred(store.KindArticle, a2.Key()):
		t.Error("second article: not read and starred")
	}
	other, _ := s.Reader("someone else")
	if other.Watching("Nokia") || other.IsRead(a2.Key()) || len(other.Stars(store.KindDeal)) > 0 {
		t.Error("another reader sees the tester's state")
	}
}

// TestStatePersistsAcrossTwoRuns: one run reads, stars, watches and
// scrolls; the next run, on the same library file, shows all of it and
// reopens the article where it was left.
func TestStatePersistsAcrossTwoRuns(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	c := fixtureCorpus(t)

	s := openStore(t, path)
	d := libDriver(t, c, s, "me", 80, 24)
	d.keys("3")
	d.selectRow("Strategic Cooperation")
	d.keys("enter")
	d.keys("f f")
	left := d.m.article.vp.YOffset
	if left == 0 {
		t.Fatal("the article did not scroll")
	}
	d.keys("* esc")
	d.keys("1")
	d.selectRow("Xiaomi")
	d.keys("w")
	d.keys("q")
	if !d.quit {
		t.Fatal("q did not quit")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = openStore(t, path)
	d = libDriver(t, c, s, "me", 80, 24)
	d.keys("3")
	line := rowLine(t, d.view(), "Strategic Cooperation")
	if !strings.Contains(line, "★✓") {
		t.Fatalf("second run: the article is not starred and read: %q", line)
	}
	if strings.Contains(rowLine(t, d.view(), "Nokia signs"), "✓") {
		t.Fatal("an article never opened shows as read")
	}
	d.selectRow("Strategic Cooperation")
	d.keys("enter")
	if got := d.m.article.vp.YOffset; got < left-1 || got > left+1 {
		t.Fatalf("reopened at line %d, left at %d", got, left)
	}
	d.keys("5")
	if v := d.view(); !strings.Contains(v, "Xiaomi") || !strings.Contains(v, "Watching 1 company") {
		t.Fatalf("watchlist not kept:\n%s", v)
	}

	// Another reader of the same file starts clean.
	d = libDriver(t, c, s, "you", 80, 24)
	d.keys("3")
	if line := rowLine(t, d.view(), "Strategic Cooperation"); strings.Contains(line, "★") || strings.Contains(line, "✓") {
		t.Fatalf("another reader sees marks: %q", line)
	}
}

func TestFullTextSearch(t *testing.T) {
	for _, withStore := range []bool{true, false} {
		name := "scan"
		if withStore {
			name = "fts5"
		}
		t.Run(name, func(t *testing.T) {
			c := fixtureCorpus(t)
			var s *store.Store
			if withStore {
				s = openStore(t, filepath.Join(t.TempDir(), "library.db"))
			}
			d := libDriver(t, c, s, "me", 100, 30)
			d.send(tea.KeyMsg{Type: tea.KeyCtrlF})
			if d.m.tab != tabSearch || !d.m.search.typing {
				t.Fatalf("ctrl+f: tab %d typing %v", d.m.tab, d.m.search.typing)
			}
			d.typeText("patents Xiaomi")
			d.keys("enter")
			v := d.view()
			if !strings.Contains(v, `"patents Xiaomi": 2 results`) {
				t.Fatalf("no result count:\n%s", v)
			}
			items := d.m.lists[tabSearch].Items()
			if len(items) != 2 {
				t.Fatalf("%d results, want 2 (VentureBeat, and the untitled one)", len(items))
			}
			first := items[0].(row)
			if !strings.Contains(first.snippet, hitOn) {
				t.Fatalf("snippet without hits: %q", first.snippet)
			}
			d.keys("enter")
			if d.m.showing.kind != pageArticle || d.m.article.query == "" || len(d.m.article.matches) == 0 {
				t.Fatalf("enter: not the article at its matches: %+v, %d matches", d.m.showing, len(d.m.article.matches))
			}
			at := d.m.article.matchAt
			d.keys("n")
			if d.m.article.matchAt == at && len(d.m.article.matches) > 1 {
				t.Fatal("n does not move to the next hit")
			}
			d.keys("esc esc") // clear the hits, then back to the results
			if d.m.focus != focusList || d.m.tab != tabSearch {
				t.Fatalf("back: focus %v tab %d", d.m.focus, d.m.tab)
			}
			// Relevance order on s; a query of punctuation only is refused kindly.
			d.keys("s")
			if d.m.search.order != store.Relevance || len(d.m.lists[tabSearch].Items()) != 2 {
				t.Fatalf("s: order %v, %d results", d.m.search.order, len(d.m.lists[tabSearch].Items()))
			}
			d.send(tea.KeyMsg{Type: tea.KeyCtrlF})
			d.send(tea.KeyMsg{Type: tea.KeyCtrlU}) // clear
			for d.m.search.input.Value() != "" {
				d.send(tea.KeyMsg{Type: tea.KeyBackspace})
			}
			d.typeText(`"joint venture" acqui* Nokia’s`)
			d.keys("enter")
			if d.m.search.err != "" {
				t.Fatalf("query error: %s", d.m.search.err)
			}
		})
	}
}

func TestSearchPhraseAndApostrophe(t *testing.T) {
	c := fixtureCorpus(t)
	s := openStore(t, filepath.Join(t.TempDir(), "library.db"))
	d := libDriver(t, c, s, "me", 100, 30)
	search := func(q string) int {
		d.send(tea.KeyMsg{Type: tea.KeyCtrlF})
		for d.m.search.input.Value() != "" {
			d.send(tea.KeyMsg{Type: tea.KeyBackspace})
		}
		d.typeText(q)
		d.keys("enter")
		return len(d.m.lists[tabSearch].Items())
	}
	// VentureBeat writes Nokia’s with a curly apostrophe.
	if n := search("nokia's mobile patents"); n != 1 {
		t.Errorf("nokia's mobile patents: %d results", n)
	}
	if n := search(`"mobile patents"`); n != 1 {
		t.Errorf(`"mobile patents": %d results`, n)
	}
	if n := search(`"patents mobile"`); n != 0 {
		t.Errorf(`"patents mobile" (not a phrase in any text): %d results`, n)
	}
	if n := search("smartph*"); n < 3 {
		t.Errorf("smartph*: %d results", n)
	}
	if n := search(`"`); n != 0 || d.m.search.err == "" {
		t.Errorf(`a lone quote: %d results, err %q`, n, d.m.search.err)
	}
}

func TestDealFilterCombinesWithFuzzy(t *testing.T) {
	d := libDriver(t, fixtureCorpus(t), nil, "me", 80, 24)
	d.keys("2 :")
	if !d.m.dealf.typing {
		t.Fatal(": did not open the deal filter")
	}
	d.typeText("type bogus")
	d.keys("enter")
	if !d.m.dealf.typing || !strings.Contains(d.view(), "unknown") {
		t.Fatalf("a bad filter is not explained:\n%s", d.view())
	}
	for d.m.dealf.input.Value() != "" {
		d.send(tea.KeyMsg{Type: tea.KeyBackspace})
	}
	d.typeText("year>=2016 value>300m")
	d.keys("enter")
	v := d.view()
	if n := len(d.m.lists[tabDeals].Items()); n != 2 { // the 2016 divestiture ($350m), the 2018 5G partnership ($3.5bn)
		t.Fatalf("%d deals through the filter, want 2:\n%s", n, v)
	}
	if !strings.Contains(v, "2 Deals (2/5)") || !strings.Contains(v, "2 of 5 deals") {
		t.Fatalf("no count in the header:\n%s", v)
	}
	d.keys("/")
	d.typeText("T-Mobile")
	d.keys("enter")
	if n := len(d.m.lists[tabDeals].VisibleItems()); n != 1 {
		t.Fatalf("fuzzy over the filtered deals: %d, want 1", n)
	}
	if !strings.Contains(d.view(), "1 of 5 deals") {
		t.Fatalf("count does not follow the fuzzy filter:\n%s", d.view())
	}
	// Clear both.
	d.keys("esc :")
	for d.m.dealf.input.Value() != "" {
		d.send(tea.KeyMsg{Type: tea.KeyBackspace})
	}
	d.keys("enter")
	if n := len(d.m.lists[tabDeals].Items()); n != 5 {
		t.Fatalf("cleared filter: %d deals", n)
	}
}

// withoutArticle is the fixture corpus as it was before article id arrived.
func withoutArticle(t testing.TB, id string) *model.Corpus {
	full := fixtureCorpus(t)
	var arts []model.Article
	for _, a := range full.Articles {
		if a.ID != id {
			a.Deals = nil
			arts = append(arts, a)
		}
	}
	var cos []model.Company
	for _, co := range full.Companies {
		cos = append(cos, model.Company{Name: co.Name, Aliases: co.Aliases, Mentions: co.Mentions})
	}
	var deals []model.Deal
	for _, dl := range full.Deals {
		var srcs []model.Source
		for _, s := range dl.Sources {
			if s.Article != id {
				srcs = append(srcs, s)
			}
		}
		if len(srcs) > 0 {
			dl.Sources = srcs
			deals = append(deals, dl)
		}
	}
	return model.NewCorpus("seeds", arts, cos, deals, nil)
}

// TestWatchlistShowsWhatIsNew: a first run watches Xiaomi; by the second,
// an article about Xiaomi (and Nokia, HMD) has arrived: the header counts
// it and the Watch tab lists it; the article list marks it new.
func TestWatchlistShowsWhatIsNew(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	s := openStore(t, path)
	d := libDriver(t, withoutArticle(t, "a4xx"), s, "me", 100, 30)
	d.selectRow("Xiaomi")
	d.keys("w")
	d.keys("5")
	if v := d.view(); !strings.Contains(v, "first visit") {
		t.Fatalf("first visit not said:\n%s", v)
	}
	s.Close()

	s = openStore(t, path)
	d = libDriver(t, fixtureCorpus(t), s, "me", 100, 30)
	v := d.view()
	if !strings.Contains(v, "2 new for your watchlist") { // the article, and the licensing deal it reports
		t.Fatalf("no new count in the header:\n%s", v)
	}
	d.keys("5")
	v = d.view()
	if !strings.Contains(v, "2 new since your last visit") || !strings.Contains(v, "Xiaomi") {
		t.Fatalf("watch tab:\n%s", v)
	}
	d.keys("3")
	if !strings.Contains(rowLine(t, d.view(), "Can anyone of you"), "•") {
		t.Fatalf("the new article is not marked new:\n%s", d.view())
	}
	// Unwatching empties the list of new things.
	d.keys("1")
	d.selectRow("Xiaomi")
	d.keys("w")
	if n := d.m.newCount(); n != 0 {
		t.Fatalf("unwatched: %d new", n)
	}
}

// TestWithoutLibraryStateLastsTheSession: no store, the keys still work
// for the session.
func TestWithoutLibraryStateLastsTheSession(t *testing.T) {
	d := newDriver(t, fixtureCorpus(t), 80, 24)
	d.keys("* w")
	if v := d.view(); !strings.Contains(rowLine(t, v, "Nokia"), "★◉") {
		t.Fatalf("marks:\n%s", v)
	}
	d.keys("5")
	if !strings.Contains(d.view(), "no library") {
		t.Fatalf("watch tab without a library:\n%s", d.view())
	}
}

func TestNewKeysAreRemappable(t *testing.T) {
	km := DefaultKeyMap()
	if err := km.apply(map[string][]string{"star": {"S"}, "toggle_read": {"U"}, "watch": {"W"}, "search": {"ctrl+s"}, "deal_filter": {"F"}}); err != nil {
		t.Fatal(err)
	}
	d := &driver{t: t, m: New(fixtureCorpus(t), Options{Renderer: asciiRenderer(), Style: "dark", KeyMap: km}).(*root)}
	d.m.c.previewDelay = 0
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.keys("*")
	if d.m.c.lib.rd.Starred(store.KindCompany, "Nokia") {
		t.Fatal("* still stars after remapping")
	}
	d.keys("S")
	if !d.m.c.lib.rd.Starred(store.KindCompany, "Nokia") {
		t.Fatal("S does not star")
	}
}

func TestNoticeIsSaidOnce(t *testing.T) {
	d := &driver{t: t, m: New(fixtureCorpus(t), Options{Renderer: asciiRenderer(), Style: "dark", Notice: "the library could not be opened"}).(*root)}
	d.m.c.previewDelay = 0
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if !strings.Contains(d.view(), "the library could not be opened") {
		t.Fatalf("no notice:\n%s", d.view())
	}
	d.keys("j")
	if strings.Contains(d.view(), "the library could not be opened") {
		t.Fatal("the notice stays after a key")
	}
}

// Two hits side by side keep the space between them: "joint venture", not
// "jointventure".
func TestSearchRowKeepsSpaceBetweenHits(t *testing.T) {
	c := fixtureCorpus(t)
	h := store.Hit{Article: &c.Articles[0], Snippet: []store.Segment{
		{Text: "to create a "}, {Text: "joint", Hit: true}, {Text: " "}, {Text: "venture", Hit: true}, {Text: " with"},
	}}
	r := searchRow(h, "joint venture", true)
	plain := strings.NewReplacer(hitOn, "", hitOff, "").Replace(r.snippet)
	if !strings.Contains(plain, "[joint] [venture]") {
		t.Errorf("snippet %q, want the hits apart", plain)
	}
}
