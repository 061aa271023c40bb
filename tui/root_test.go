package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"dealwire/model"
)

func TestNothingRendersBeforeFirstSize(t *testing.T) {
	d := newDriver(t, fixtureCorpus(t), 0, 0)
	d.keys("3 enter j")
	if v := d.view(); v != "" {
		t.Fatalf("view before any WindowSizeMsg = %q, want empty", v)
	}
	if len(d.m.c.cache.docs) != 0 || d.m.article.want != (renderKey{}) {
		t.Fatalf("an article was rendered before the size was known")
	}
}

func TestTooSmallShowsNoteAtAnySize(t *testing.T) {
	d := newDriver(t, fixtureCorpus(t), 140, 40)
	d.keys("3 enter")
	for _, size := range [][2]int{{0, 0}, {1, 1}, {39, 40}, {140, 9}, {20, 5}, {3, 100}} {
		d.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		v := d.view()
		if size[0] >= 10 && !strings.Contains(v, "dealwire needs") {
			t.Errorf("%dx%d: no too-small note in %q", size[0], size[1], v)
		}
		if n := strings.Count(v, "\n") + 1; v != "" && n > max(size[1], 1) {
			t.Errorf("%dx%d: %d lines drawn", size[0], size[1], n)
		}
		d.keys("j k enter esc")
	}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if v := d.view(); strings.Contains(v, "dealwire needs") || !strings.Contains(v, "Articles") {
		t.Fatalf("after growing back the browser is not shown:\n%s", v)
	}
}

func TestViewFitsTheTerminal(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {100, 30}, {140, 40}, {200, 60}} {
		d := newDriver(t, fixtureCorpus(t), size[0], size[1])
		for _, step := range []string{"", "enter", "2", "enter", "3", "enter", "?"} {
			d.keys(step)
			lines := strings.Split(d.view(), "\n")
			if len(lines) != size[1] {
				t.Errorf("%dx%d after %q: %d lines", size[0], size[1], step, len(lines))
			}
			for i, l := range lines {
				if w := ansi.StringWidth(l); w > size[0] {
					t.Errorf("%dx%d after %q: line %d is %d wide", size[0], size[1], step, i, w)
				}
			}
		}
	}
}

func TestFocusWide(t *testing.T) {
	d := newDriver(t, fixtureCorpus(t), 140, 40)
	if d.m.focus != focusList || d.m.tab != tabCompanies {
		t.Fatalf("start: focus %v tab %d", d.m.focus, d.m.tab)
	}
	if d.m.showing.kind != pageCompany {
		t.Fatalf("wide terminal: no preview of the selected company beside the list")
	}
	d.keys("j")
	if d.m.showing.id != d.m.lists[tabCompanies].SelectedItem().(row).target.id {
		t.Fatalf("preview %q does not follow the selection", d.m.showing.id)
	}
	d.keys("tab")
	if d.m.focus != focusDetail {
		t.Fatalf("tab from the list: focus %v, want detail", d.m.focus)
	}
	d.keys("tab")
	if d.m.focus != focusList || d.m.tab != tabDeals {
		t.Fatalf("tab from the detail: focus %v tab %d, want the Deals list", d.m.focus, d.m.tab)
	}
	d.keys("shift+tab")
	if d.m.focus != focusList || d.m.tab != tabCompanies {
		t.Fatalf("shift+tab: focus %v tab %d, want the Companies list", d.m.focus, d.m.tab)
	}
	d.keys("3")
	if d.m.tab != tabArticles || d.m.focus != focusList {
		t.Fatalf("3: tab %d", d.m.tab)
	}
	d.keys("enter")
	if d.m.focus != focusDetail || d.m.showing.kind != pageArticle {
		t.Fatalf("enter on an article: focus %v showing %v", d.m.focus, d.m.showing)
	}
	d.keys("esc")
	if d.m.focus != focusList {
		t.Fatalf("esc from the first page opened: focus %v, want the list", d.m.focus)
	}
}

func TestFocusNarrowIsFullScreen(t *testing.T) {
	d := newDriver(t, fixtureCorpus(t), 80, 24)
	if d.m.showing.kind != pageNone {
		t.Fatalf("narrow terminal previews %v", d.m.showing)
	}
	d.selectRow("Xiaomi")
	d.keys("enter")
	v := d.view()
	if d.m.focus != focusDetail || !strings.Contains(v, "Deals") || strings.Contains(v, "> Microsoft") {
		t.Fatalf("enter on narrow: not a full-screen company page:\n%s", v)
	}
	d.keys("h")
	if d.m.focus != focusList || !strings.Contains(d.view(), "> Xiaomi") {
		t.Fatalf("h: not back on the list with Xiaomi selected:\n%s", d.view())
	}
}

func TestHistoryBackAndForward(t *testing.T) {
	d := newDriver(t, fixtureCorpus(t), 140, 40)
	d.selectRow("Microsoft")
	d.keys("enter")
	d.selectLink("acquisition")
	d.keys("enter")
	if d.m.showing != (page{kind: pageDeal, id: "d-acq"}) {
		t.Fatalf("opened %v, want the acquisition deal", d.m.showing)
	}
	d.selectLink("In 2014")
	d.keys("enter")
	if d.m.showing.kind != pageArticle || d.m.showing.id != "a1bs" {
		t.Fatalf("opened %v, want the Business-Standard article", d.m.showing)
	}
	d.keys("[")
	if d.m.showing.id != "d-acq" {
		t.Fatalf("[ went to %v, want the deal", d.m.showing)
	}
	d.keys("]")
	if d.m.showing.id != "a1bs" {
		t.Fatalf("] went to %v, want the article again", d.m.showing)
	}
	d.keys("alt+left esc")
	if d.m.showing != (page{kind: pageCompany, id: "Microsoft"}) {
		t.Fatalf("back twice went to %v, want Microsoft", d.m.showing)
	}
	d.keys("esc")
	if d.m.focus != focusList {
		t.Fatalf("back from the first page: focus %v, want the list", d.m.focus)
	}
	d.keys("]")
	if d.m.focus != focusDetail || d.m.showing.id != "Microsoft" {
		t.Fatalf("] from the list: %v focus %v, want Microsoft again", d.m.showing, d.m.focus)
	}
	// Opening something new drops what was ahead.
	d.selectLink("partnership")
	d.keys("enter")
	if _, ok := d.m.nav.forward(); ok {
		t.Fatalf("forward history kept after opening a new page: %v", d.m.nav.pages)
	}
}

func TestFilterTypingDoesNotQuit(t *testing.T) {
	d := newDriver(t, fixtureCorpus(t), 140, 40)
	d.keys("/")
	d.typeText("xq")
	if d.quit {
		t.Fatalf("q quit while a filter was being typed")
	}
	if got := d.m.lists[d.m.tab].FilterInput.Value(); got != "xq" {
		t.Fatalf("filter text %q, want %q", got, "xq")
	}
	d.keys("ctrl+c")
	if d.quit || d.m.lists[d.m.tab].SettingFilter() {
		t.Fatalf("ctrl+c while typing a filter should cancel it, not quit (quit=%v)", d.quit)
	}
	d.keys("/")
	d.typeText("xiao")
	d.keys("enter")
	if n := len(d.m.lists[d.m.tab].VisibleItems()); n != 1 {
		t.Fatalf("filter xiao: %d rows, want 1", n)
	}
	d.keys("q")
	if !d.quit {
		t.Fatalf("q after the filter was accepted did not quit")
	}
}

func TestSearchTypingInArticleDoesNotQuit(t *testing.T) {
	d := newDriver(t, fixtureCorpus(t), 140, 40)
	d.keys("3")
	d.selectRow("collaborate once again")
	d.keys("enter /")
	d.typeText("quit nokia")
	if d.quit {
		t.Fatalf("q quit while typing a search")
	}
	d.keys("esc")
	d.keys("/")
	d.typeText("Nokia")
	d.keys("enter")
	p := d.m.article
	if len(p.matches) < 3 || p.matchAt != 0 {
		t.Fatalf("search Nokia: %d matches at %d", len(p.matches), p.matchAt)
	}
	if !strings.Contains(d.view(), "match 1 of") {
		t.Fatalf("no match count shown:\n%s", d.view())
	}
	d.keys("n n N")
	if p.matchAt != 1 {
		t.Fatalf("n n N: at match %d, want 1", p.matchAt)
	}
	d.keys("esc")
	if p.query != "" || d.m.showing.kind != pageArticle {
		t.Fatalf("esc with a search: should clear it and stay (query %q, showing %v)", p.query, d.m.showing)
	}
}

func TestEvidenceOpensArticleAtTheSentence(t *testing.T) {
	d := newDriver(t, fixtureCorpus(t), 80, 24)
	d.keys("2")
	d.selectRow("Xiaomi -> Nokia")
	d.keys("enter")
	d.selectLink("mutual licensing")
	d.keys("enter")
	p := d.m.article
	if p.a == nil || p.a.ID != "a4xx" || len(p.evidenceSpans) == 0 {
		t.Fatalf("evidence not found in the article (article %v)", d.m.showing)
	}
	first := p.evidenceSpans[0].line
	if first < p.vp.YOffset || first >= p.vp.YOffset+p.vp.Height {
		t.Fatalf("evidence on line %d not in view (offset %d, height %d)", first, p.vp.YOffset, p.vp.Height)
	}
	if !strings.Contains(d.view(), "▌") {
		t.Fatalf("no margin mark beside the evidence (the only sign without colours):\n%s", d.view())
	}
	if !strings.Contains(d.view(), "cooperation between Nokia and Xiaomi") {
		t.Fatalf("evidence sentence not on screen:\n%s", d.view())
	}
}

func TestResizeRewrapsTheArticle(t *testing.T) {
	d := newDriver(t, fixtureCorpus(t), 140, 40)
	d.keys("3 enter")
	before := d.m.article.want
	d.send(tea.WindowSizeMsg{Width: 90, Height: 30})
	after := d.m.article.want
	if after.width == before.width || d.m.article.doc == nil {
		t.Fatalf("resize: render width %d -> %d, doc %v", before.width, after.width, d.m.article.doc != nil)
	}
	for i, l := range d.m.article.doc.plain {
		if len(l) > 90 {
			t.Fatalf("line %d is %d wide after resizing to 90", i, len(l))
		}
	}
	// Back to the first width: from the cache, no new render.
	d.send(tea.WindowSizeMsg{Width: 140, Height: 40})
	if _, ok := d.m.c.cache.get(before); !ok || d.m.article.want != before {
		t.Fatalf("first width not served from the cache: %v %v", before, d.m.article.want)
	}
}

func TestStaleRenderIsDropped(t *testing.T) {
	d := newDriver(t, fixtureCorpus(t), 140, 40)
	d.keys("3 enter")
	want := d.m.article.want
	shown := d.m.article.doc
	stale := renderKey{id: "a0it", width: 33, style: "dark"}
	d.send(renderedMsg{key: stale, doc: newRenderedDoc("stale text", nil, "")})
	if d.m.article.doc != shown || d.m.article.want != want {
		t.Fatalf("a stale rendering replaced the shown one")
	}
	if _, ok := d.m.c.cache.get(stale); !ok {
		t.Fatalf("a stale rendering is still worth caching")
	}
}

func TestProblemsAndHelpOverlays(t *testing.T) {
	d := newDriver(t, fixtureCorpus(t), 100, 30)
	if !strings.Contains(d.view(), "! 1 problem") {
		t.Fatalf("header does not count problems:\n%s", d.view())
	}
	d.keys("!")
	if v := d.view(); !strings.Contains(v, "news/broken.html") || !strings.Contains(v, "not valid UTF-8") {
		t.Fatalf("! does not list the problem and why:\n%s", v)
	}
	d.keys("?")
	if v := d.view(); !strings.Contains(v, "history back") {
		t.Fatalf("? does not show the full help:\n%s", v)
	}
	d.keys("esc")
	if d.m.overlay != overlayNone || d.quit {
		t.Fatalf("esc did not close the help")
	}
}

func TestSortCycles(t *testing.T) {
	d := newDriver(t, fixtureCorpus(t), 140, 40)
	first := func() string { return d.m.lists[d.m.tab].Items()[0].(row).main }
	if first() != "Microsoft" && first() != "Nokia" {
		t.Fatalf("by deals: first %q", first())
	}
	d.keys("s")
	if first() != "Nokia" { // most mentions
		t.Fatalf("by mentions: first %q", first())
	}
	d.keys("s")
	if first() != "Foxconn" {
		t.Fatalf("by name: first %q", first())
	}
	d.keys("2 s")
	if !strings.Contains(first(), "$7.2bn") {
		t.Fatalf("deals by value: first %q", first())
	}
}

func TestRowsSayEnough(t *testing.T) {
	d := newDriver(t, fixtureCorpus(t), 140, 40)
	d.keys("2")
	v := d.view()
	if !strings.Contains(v, "Microsoft -> Nokia · acquisition · $7.2bn · 2013 · 3 sources") {
		t.Fatalf("deal row does not say enough:\n%s", v)
	}
	d.keys("1")
	if !strings.Contains(d.view(), "Nokia  4 deals · 5 articles") {
		t.Fatalf("company row has no counts:\n%s", d.view())
	}
}

func TestDealDetailShowsEverySourcesFigures(t *testing.T) {
	rows := dealRows(fixtureCorpus(t), "d-acq")
	var text []string
	for _, r := range rows {
		text = append(text, r.text)
	}
	all := strings.Join(text, "\n")
	for _, want := range []string{"value: $7.2bn or $7bn", "Gizchina · 2019-11-05 · says $7.2bn, 2013-09", "Business-Standard · 2019-11-06 · says $7bn, 2014", "status: completed"} {
		if !strings.Contains(all, want) {
			t.Errorf("deal detail lacks %q:\n%s", want, all)
		}
	}
}

func TestKeyMapConfig(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "keys.json")
	if km, err := LoadKeyMap(path); err != nil || km.Down.Keys()[0] != "j" {
		t.Fatalf("missing file: %v", err)
	}
	if err := os.WriteFile(path, []byte(`{"down": ["ctrl+n"], "quit": ["Q"]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	km, err := LoadKeyMap(path)
	if err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, fixtureCorpus(t), 140, 40)
	d.m.c.keys = km
	*d.m = *newRoot(d.m.c.corpus, Options{Renderer: asciiRenderer(), KeyMap: km})
	d.send(tea.WindowSizeMsg{Width: 140, Height: 40})
	d.send(tea.KeyMsg{Type: tea.KeyCtrlN})
	if d.m.lists[d.m.tab].Index() != 1 {
		t.Fatalf("remapped down (ctrl+n) did not move the cursor")
	}
	d.keys("q")
	if d.quit {
		t.Fatalf("q still quits after quit was remapped to Q")
	}
	d.keys("Q")
	if !d.quit {
		t.Fatalf("Q does not quit")
	}
	if err := os.WriteFile(path, []byte(`{"dwon": ["x"]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadKeyMap(path); err == nil || !strings.Contains(err.Error(), "dwon") {
		t.Fatalf("unknown action: err %v", err)
	}
}

func TestPreviewRendersOnlyWhenTheCursorRests(t *testing.T) {
	d := newDriver(t, fixtureCorpus(t), 140, 40)
	d.keys("3")
	d.m.c.previewDelay = time.Hour // never fires by itself: the test sends the message
	d.m.Update(keyMsg("j"))
	first := d.m.previewSeq
	d.m.Update(keyMsg("j"))
	if d.m.article.doc != nil {
		t.Fatalf("the preview rendered while the cursor was moving")
	}
	if _, cmd := d.m.Update(previewRestMsg{seq: first}); cmd != nil {
		t.Fatalf("a rest message for an earlier cursor position asked for a render")
	}
	_, cmd := d.m.Update(previewRestMsg{seq: d.m.previewSeq})
	if cmd == nil {
		t.Fatalf("the cursor rested but no render was asked for")
	}
	d.run(cmd)
	if d.m.article.doc == nil || d.m.article.a.ID != d.m.showing.id {
		t.Fatalf("the rested-on article is not shown")
	}
}

func TestArticleFilterSearchesTheText(t *testing.T) {
	d := newDriver(t, fixtureCorpus(t), 140, 40)
	d.keys("3 /")
	d.typeText("meego system")
	d.keys("enter")
	rows := d.m.lists[tabArticles].VisibleItems()
	if len(rows) != 1 || rows[0].(row).target.id != "a2gc" {
		t.Fatalf("filter by words of the text: %d rows %v, want the Gizchina article", len(rows), rows)
	}
	d.keys("esc /")
	d.typeText("gizchina")
	d.keys("enter")
	if rows := d.m.lists[tabArticles].VisibleItems(); len(rows) != 1 {
		t.Fatalf("filter by outlet: %d rows", len(rows))
	}
}

func TestEmptyCorpusDoesNotPanic(t *testing.T) {
	d := newDriver(t, model.NewCorpus("empty", nil, nil, nil, nil), 120, 40)
	d.keys("enter j k g G / x enter esc 2 enter 3 enter tab tab shift+tab [ ] s ? esc ! esc h l")
	if v := d.view(); !strings.Contains(v, "0 articles") {
		t.Fatalf("empty corpus view:\n%s", v)
	}
	d.send(tea.WindowSizeMsg{Width: 60, Height: 12})
	_ = d.view()
}

func TestPreviewFollowsTheFilter(t *testing.T) {
	d := newDriver(t, fixtureCorpus(t), 140, 40)
	d.keys("3 /")
	d.typeText("gizchina")
	if !d.m.lists[tabArticles].SettingFilter() {
		t.Fatalf("not typing a filter")
	}
	if d.m.showing.id != "a2gc" {
		t.Fatalf("while filtering the preview shows %v, want the only match (a2gc)", d.m.showing)
	}
}
