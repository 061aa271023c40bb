package tui

import (
	"strings"
	"testing"

	"github.com/muesli/termenv"

	"dealwire/model"
)

// escapePayloads are ways an article could try to reach the terminal:
// raw, as character references, split by a removable control, inside code
// spans and fences, tables, headings, links and block quotes.
var escapePayloads = []string{
	"title \x1b]0;pwn\x07 set",
	"clear \x1b[2J\x1b[H screen",
	"&#x1b;]0;pwn&#x07; as hex entities",
	"&#27;[31mred&#27;[0m as decimal entities",
	"&#x9b;31m C1 CSI entity and raw \u009b31m",
	"split &#\x00x1b;]0;x&#x07; reference",
	"&#&#27;27;[2J nested reference",
	"`\x1b[31m code span \x1b[0m`",
	"```\n\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\\n\x1b[2J\n```",
	"| a | b |\n|---|---|\n| \x1b[5m | &#x1b;[8m |",
	"# heading \x1b[1;31m &#x1b;]2;t&#x07;",
	"[link \x1b[7m](http://x/\x1b[2J) and <http://x/&#x1b;>",
	"> quote \x1b]52;c;Zm9v\x07 clipboard",
	"backspace\x08\x08 bell\x07 cr\rnull\x00 del\x7f",
	"bidi \u202eevil\u202c \u2066iso\u2069",
	"\xff\xfe invalid utf-8 \xc3",
	"![img](\x1b[2J.png \"\x1b]0;t\x07\")",
	"* item \x1bP+q\x1b\\ dcs\n  * nested \x1b_apc\x1b\\",
}

func TestEscapePayloadsRenderInert(t *testing.T) {
	for _, style := range []string{"dark", "light", "notty"} {
		for _, profile := range []termenv.Profile{termenv.Ascii, termenv.ANSI256, termenv.TrueColor} {
			for _, p := range escapePayloads {
				out, err := renderMarkdown("# t\n\n"+p+"\n\nafter", 60, style, profile)
				if err != nil {
					t.Fatalf("%q: %v", p, err)
				}
				if !renderedIsInert(out) {
					t.Errorf("%s/%v: %q rendered with live controls: %q", style, profile, p, out)
				}
				if strings.Contains(out, "pwn") && strings.Contains(out, "\x1b]") {
					t.Errorf("OSC survived: %q", out)
				}
			}
		}
	}
}

func TestRenderArticleIsInert(t *testing.T) {
	for _, p := range escapePayloads {
		a := &model.Article{ID: "x", Title: p, Source: p, Author: p, URL: p, Language: "en", Body: p}
		out, err := RenderArticle(a, 60, "dark", asciiRenderer())
		if err != nil {
			t.Fatal(err)
		}
		if !renderedIsInert(out) {
			t.Errorf("%q: article render not inert: %q", p, out)
		}
	}
}

// TestBrowserViewIsInert puts payloads in every field the browser shows.
func TestBrowserViewIsInert(t *testing.T) {
	var articles []model.Article
	for i, p := range escapePayloads {
		articles = append(articles, model.Article{ID: string(rune('a' + i)), Title: p, Source: p, Author: p,
			URL: p, Published: "2020", Language: "en", Body: p, Companies: []string{"Acme"}})
	}
	c := model.NewCorpus("payloads", articles, []model.Company{{Name: "Acme", Aliases: []string{"Acme"}}},
		nil, []model.Problem{{Path: escapePayloads[0], Error: escapePayloads[1]}})
	d := newDriver(t, c, 120, 40)
	for i := range articles {
		d.keys("3")
		d.m.lists[tabArticles].Select(i)
		d.keys("enter")
		if v := d.view(); !renderedIsInert(v) {
			t.Fatalf("article %d: view has live controls: %q", i, v)
		}
	}
	d.keys("!")
	if v := d.view(); !renderedIsInert(v) {
		t.Fatalf("problems view has live controls: %q", v)
	}
}

func TestSanitizeRenderedKeepsOnlySGR(t *testing.T) {
	in := "a\x1b[1;31mred\x1b[0m\x1b]0;t\x07\x1b[2Jb\x1bPq\x1b\\c\x08\x07\r\td\u009be"
	got := sanitizeRendered(in)
	want := "a\x1b[1;31mred\x1b[0mbc    de"
	if got != want {
		t.Fatalf("sanitizeRendered(%q) = %q, want %q", in, got, want)
	}
}

func TestBoundMarkdown(t *testing.T) {
	long := strings.Repeat("x", 1000)
	for _, l := range strings.Fields(boundMarkdown(long)) {
		if len(l) > maxTokenRunes {
			t.Fatalf("token of %d runes survived", len(l))
		}
	}
	deep := strings.Repeat("> ", 100) + "deep"
	if got := strings.Count(boundMarkdown(deep), ">"); got != maxNesting {
		t.Fatalf("nesting %d after bounding, want %d", got, maxNesting)
	}
	bullets := strings.Repeat("* ", 256) + "x"
	if got := strings.Count(boundMarkdown(bullets), "*"); got != maxNesting {
		t.Fatalf("list nesting %d after bounding, want %d", got, maxNesting)
	}
	huge := strings.Repeat("word ", maxDocBytes)
	if got := boundMarkdown(huge); len(got) > maxDocBytes+len(truncatedNote) || !strings.Contains(got, "longer than 128 KB") {
		t.Fatalf("document not capped: %d bytes", len(got))
	}
	if got := boundMarkdown("* item\n  * nested\n\n> quote"); got != "* item\n  * nested\n\n> quote" {
		t.Fatalf("ordinary markdown changed: %q", got)
	}
}

func FuzzRenderIsInert(f *testing.F) {
	for _, p := range escapePayloads {
		f.Add(p, 40)
	}
	f.Add(strings.Repeat("[", 300), 80)
	f.Fuzz(func(t *testing.T, md string, width int) {
		if len(md) > 4096 {
			t.Skip("large inputs are the benchmarks' business")
		}
		out, err := renderMarkdown(md, width%300, "dark", termenv.TrueColor)
		if err != nil {
			return
		}
		if !renderedIsInert(out) {
			t.Fatalf("render of %q not inert: %q", md, out)
		}
	})
}

func TestHyphenatedWordsWrapWithoutLoneWords(t *testing.T) {
	para := "Kathrin Buvac said: We are thrilled to unite Nokia's mission-critical networks with Microsoft's cloud solutions, in a long-awaited, much-discussed follow-up."
	for w := 30; w < 100; w++ {
		out, err := renderMarkdown(para, w, "dark", termenv.Ascii)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(out, nonBreakingHyphen) || !strings.Contains(out, "mission-critical") {
			t.Fatalf("width %d: hyphens not restored: %q", w, out)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		for _, l := range lines[:len(lines)-1] {
			if len(strings.Fields(l)) == 1 {
				t.Fatalf("width %d: a lone word on a line: %q in %q", w, l, out)
			}
		}
	}
}
