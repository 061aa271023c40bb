package loader

import (
	"path/filepath"
	"strings"
	"testing"
)

const page = `<!DOCTYPE html>
<html lang="en"><head>
<title>Acme buys Widget Co for $5 million | Daily Wire News</title>
<meta property="og:title" content="Acme buys Widget Co for $5 million">
<meta property="og:site_name" content="Daily Wire News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2021-03-04T08:00:00Z">
<link rel="canonical" href="https://example.com/news/acme-widget">
<script>var x = "not text";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>
<article>
<h1>Acme buys Widget Co for $5 million</h1>
<p>Acme Corp said on Monday it had agreed to buy Widget Co, a maker of industrial widgets, for $5 million in cash, in a deal that gives it a foothold in Europe.</p>
<p>The acquisition is expected to close in the second quarter, subject to regulatory approval, the companies said in a joint statement released on Monday.</p>
<p>Widget Co employs 120 people in three factories and had sales of $12 million last year, according to its latest annual report filed in Germany.</p>
</article>
<footer>Privacy Policy Terms of Service Contact Us</footer>
</body></html>`

func TestHTMLPageMetadataAndBody(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "acme.html"), page)
	c, err := loadWithin(t, []string{dir}, Options{})
	if err != nil {
		t.Fatalf("Load: %v (%+v)", err, c.Problems)
	}
	a := c.Articles[0]
	checks := map[string][2]string{
		"title":     {a.Title, "Acme buys Widget Co for $5 million"},
		"author":    {a.Author, "Jane Doe"},
		"source":    {a.Source, "Daily Wire News"},
		"published": {a.Published, "2021-03-04"},
		"url":       {a.URL, "https://example.com/news/acme-widget"},
		"language":  {a.Language, "en"},
	}
	for name, c := range checks {
		if c[0] != c[1] {
			t.Errorf("%s: got %q, want %q", name, c[0], c[1])
		}
	}
	if !strings.HasPrefix(a.Body, "# Acme buys Widget Co for $5 million\n\n") {
		t.Errorf("body does not open with the title heading: %.100q", a.Body)
	}
	paragraphs := strings.Split(a.Body, "\n\n")
	if len(paragraphs) != 4 {
		t.Errorf("want heading + 3 paragraphs, got %d: %q", len(paragraphs), paragraphs)
	}
	for _, junk := range []string{"not text", "Privacy Policy", "<p>"} {
		if strings.Contains(a.Body, junk) {
			t.Errorf("body keeps %q", junk)
		}
	}
}
