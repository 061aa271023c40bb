package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

func TestCompanyNamesStandOut(t *testing.T) {
	out, err := renderMarkdown("Nokia and Microsoft agree; **Nokia's** deal, not Nokiax.", 60, "dark", termenv.TrueColor)
	if err != nil {
		t.Fatal(err)
	}
	const on = "\x1b[1;32m"
	doc := newRenderedDoc(out, []string{"Nokia", "Microsoft"}, on)
	text := strings.Join(doc.lines, "\n")
	if got := strings.Count(text, on); got != 3 {
		t.Fatalf("%d highlighted names, want 3 (Nokia twice, Microsoft; not Nokiax): %q", got, text)
	}
	if ansi.Strip(text) != strings.TrimRight(ansi.Strip(out), "\n") {
		t.Fatalf("highlighting changed the text:\n%q\n%q", ansi.Strip(text), ansi.Strip(out))
	}
	if !renderedIsInert(text) {
		t.Fatalf("highlighted text has non-SGR sequences")
	}
}

func TestFindAcrossLineBreaks(t *testing.T) {
	doc := newRenderedDoc("  the quick brown\n  fox jumps over\n  the lazy dog", nil, "")
	m := doc.find("Brown   FOX jumps", false)
	if len(m) != 1 || len(m[0]) != 2 {
		t.Fatalf("phrase across a line break: %v", m)
	}
	if m[0][0] != (span{line: 0, from: 12, to: 17}) || m[0][1] != (span{line: 1, from: 2, to: 11}) {
		t.Fatalf("spans %v", m[0])
	}
	if got := len(doc.find("the", false)); got != 2 {
		t.Fatalf("the: %d matches, want 2", got)
	}
	if got := len(doc.find("he", true)); got != 0 {
		t.Fatalf("whole word he: %d matches, want 0", got)
	}
}

func TestPaintKeepsTheLineStyle(t *testing.T) {
	line := "\x1b[38;5;252mhello world\x1b[0m"
	got := paintLine(line, []span{{line: 0, from: 0, to: 5}}, "\x1b[7m")
	want := "\x1b[38;5;252m\x1b[7mhello\x1b[0m\x1b[38;5;252m world\x1b[0m"
	if got != want {
		t.Fatalf("paintLine = %q, want %q", got, want)
	}
}

func TestMouseWheelAndClick(t *testing.T) {
	d := newDriver(t, fixtureCorpus(t), 140, 40)
	d.m.c.mouse = true
	d.send(tea.MouseMsg{X: 5, Y: bodyTop + 3, Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	if got := d.m.lists[d.m.tab].Index(); got != 1 {
		t.Fatalf("wheel down: index %d, want 1", got)
	}
	// The list's first line is its filter bar; rows start below it.
	click := tea.MouseMsg{X: 5, Y: bodyTop + 1 + 3, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress}
	d.send(click)
	if got := d.m.lists[d.m.tab].Index(); got != 3 {
		t.Fatalf("click on the fourth row: index %d, want 3", got)
	}
	d.send(click)
	if d.m.focus != focusDetail || d.m.nav.pages == nil {
		t.Fatalf("second click on the selected row did not open it")
	}
	d.m.c.mouse = false
	d.send(tea.MouseMsg{X: 5, Y: bodyTop + 2, Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	if d.m.focus != focusDetail {
		t.Fatalf("mouse events acted without --mouse")
	}
}

func TestShowIsPlainWhenPiped(t *testing.T) {
	c := fixtureCorpus(t)
	a, _ := c.Article("a1bs")
	out, err := RenderArticle(a, 80, "notty", asciiRenderer())
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "\x1b") {
		t.Fatalf("plain output has escapes: %q", out[:200])
	}
	for _, want := range []string{"Business-Standard · IANS · 2019-11-06 · en", "In 2014, Microsoft acquired"} {
		if !strings.Contains(out, want) {
			t.Errorf("show output lacks %q", want)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if ansi.StringWidth(l) > 80 && !strings.HasPrefix(l, " https://") { // a URL stays whole, to copy
			t.Fatalf("line wider than 80: %q", l)
		}
	}
}

func TestPlural(t *testing.T) {
	for _, c := range []struct {
		n          int
		word, want string
	}{{1, "company", "1 company"}, {11, "company", "11 companies"}, {0, "deal", "0 deals"}, {21, "article", "21 articles"}} {
		if got := plural(c.n, c.word); got != c.want {
			t.Errorf("plural(%d, %q) = %q, want %q", c.n, c.word, got, c.want)
		}
	}
}
