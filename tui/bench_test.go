package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"dealwire/model"
)

// syntheticCorpus makes n articles of about 5 KB with a few companies and
// deals, for measuring the browser at scale.
func syntheticCorpus(n int) *model.Corpus {
	body := syntheticBody(5 << 10)
	articles := make([]model.Article, n)
	for i := range articles {
		articles[i] = model.Article{
			ID: fmt.Sprintf("a%05d", i), Path: fmt.Sprintf("news/%05d.md", i),
			Title:  fmt.Sprintf("Company %d signs a deal with company %d", i%97, i%89),
			Source: fmt.Sprintf("Outlet %d", i%13), Published: fmt.Sprintf("20%02d-%02d-%02d", 10+i%15, 1+i%12, 1+i%28),
			Language: "en", Words: 800, Body: body,
			Companies: []string{fmt.Sprintf("Company %d", i%97), fmt.Sprintf("Company %d", i%89)},
		}
	}
	var companies []model.Company
	for i := 0; i < 97; i++ {
		companies = append(companies, model.Company{Name: fmt.Sprintf("Company %d", i), Aliases: []string{fmt.Sprintf("Company %d", i)}})
	}
	var deals []model.Deal
	for i := 0; i < 500; i++ {
		deals = append(deals, model.Deal{ID: fmt.Sprintf("d%d", i), Type: model.Acquisition,
			Parties: []string{fmt.Sprintf("Company %d", i%97), fmt.Sprintf("Company %d", (i+1)%97)},
			Value:   &model.Money{Value: float64(i) * 1e8, Currency: "USD"}, Date: "2019",
			Sources: []model.Source{{Article: fmt.Sprintf("a%05d", i), Evidence: "Company buys company."}}})
	}
	return model.NewCorpus("synthetic", articles, companies, deals, nil)
}

// syntheticBody is markdown of about size bytes: a heading, paragraphs,
// a list and a quote.
func syntheticBody(size int) string {
	var b strings.Builder
	b.WriteString("# Company 1 agrees to buy Company 2 for $7.2 billion\n\n")
	para := "Company 1 said on Tuesday it would acquire Company 2 in a deal valued at $7.2 billion, " +
		"the largest in the sector this year, as it seeks to expand its cloud and network business. "
	for b.Len() < size {
		b.WriteString(para + para + "\n\n")
		b.WriteString("* the boards of both companies approved the deal\n* it is expected to close next year\n\n")
		b.WriteString("> \"This is a great day for our customers,\" the chief executive said.\n\n")
	}
	return b.String()
}

// BenchmarkKeystroke is one key (cursor down) through Update and View on
// the Articles tab of 10,000 articles. Goal: under 2 ms.
func BenchmarkKeystroke(b *testing.B) {
	d := newDriver(b, syntheticCorpus(10000), 140, 40)
	d.keys("3")
	down, up := keyMsg("j"), keyMsg("k")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := down
		if i%200 >= 100 {
			k = up
		}
		_, cmd := d.m.Update(k)
		_ = cmd // the preview render runs off the UI goroutine, not in the keystroke
		_ = d.m.View()
	}
}

// BenchmarkOpenRenderedArticle opens an article that was rendered before
// at this width (going back to it): goal under 1 ms.
func BenchmarkOpenRenderedArticle(b *testing.B) {
	d := newDriver(b, syntheticCorpus(100), 140, 40)
	d.keys("3")
	pages := []page{{kind: pageArticle, id: "a00001"}, {kind: pageArticle, id: "a00002"}}
	for _, p := range pages {
		d.run(d.m.open(p))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if cmd := d.m.open(pages[i%2]); cmd != nil {
			b.Fatal("a cached article asked for a render")
		}
		_ = d.m.View()
	}
}

// BenchmarkFirstRender5KB renders a 5 KB article the first time: glamour,
// sanitising and indexing for search. Goal: under 20 ms.
func BenchmarkFirstRender5KB(b *testing.B) {
	body := syntheticBody(5 << 10)
	for i := 0; i < b.N; i++ {
		out, err := renderMarkdown(body, 100, "dark", termenv.TrueColor)
		if err != nil {
			b.Fatal(err)
		}
		_ = newRenderedDoc(out, []string{"Company 1", "Company 2"}, "\x1b[1m")
	}
}

// BenchmarkSlowInputs renders the inputs that take glamour v1.0.0 seconds
// to minutes unbounded (see the issue). Each must stay under 250 ms.
func BenchmarkSlowInputs(b *testing.B) {
	inputs := map[string]string{
		"word64KB":      strings.Repeat("a", 64<<10),
		"cjk20k":        strings.Repeat("漢", 20000),
		"brackets25600": strings.Repeat("[", 25600),
		"quotes128":     strings.Repeat("> ", 128) + "x",
		"bullets256":    strings.Repeat("* ", 256) + "x",
	}
	for _, name := range []string{"word64KB", "cjk20k", "brackets25600", "quotes128", "bullets256"} {
		in := inputs[name]
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := renderMarkdown(in, 80, "dark", termenv.TrueColor); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkStartup10k builds the browser over 10,000 articles and draws
// its first frame: what a person waits for before the lists appear.
func BenchmarkStartup10k(b *testing.B) {
	c := syntheticCorpus(10000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m := New(c, Options{Renderer: asciiRenderer(), Style: "dark"})
		m.Update(tea.WindowSizeMsg{Width: 140, Height: 40})
		_ = m.View()
	}
}

// BenchmarkArticleFilter10k is one filter pass over 10,000 articles,
// titles fuzzily and texts word by word (it runs off the UI goroutine).
func BenchmarkArticleFilter10k(b *testing.B) {
	c := syntheticCorpus(10000)
	rows := sortedRows(c, tabArticles, "date")
	targets := make([]string, len(rows))
	for i, r := range rows {
		targets[i] = r.FilterValue()
	}
	f := articleFilter(c)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = f("merger talks", targets) // no article has it: every text is read whole
	}
}
