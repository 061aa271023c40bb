package tui

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/list"

	"dealwire/model"
)

// bodySep divides an article row's filter value: fuzzy matching looks at
// what is before it (title, outlet); after it is the article id, whose
// text the filter searches in the corpus itself, so no copy of every text
// is kept per visitor.
const bodySep = "\x00"

// minBodyQuery is the shortest query also looked for in article texts:
// one or two letters would match nearly every article.
const minBodyQuery = 3

// articleFilter is the Articles tab's `/`: fuzzy over titles and outlets,
// then the articles whose text holds every word of the query (ignoring
// case), so a filter also searches across all articles. It runs in a
// command, off the UI goroutine; the corpus is read-only.
func articleFilter(c *model.Corpus) list.FilterFunc {
	return func(term string, targets []string) []list.Rank {
		heads := make([]string, len(targets))
		for i, t := range targets {
			heads[i], _, _ = strings.Cut(t, bodySep)
		}
		ranks := list.DefaultFilter(term, heads)
		words := strings.Fields(strings.ToLower(term))
		if utf8.RuneCountInString(strings.TrimSpace(term)) < minBodyQuery || len(words) == 0 {
			return ranks
		}
		found := make(map[int]bool, len(ranks))
		for _, r := range ranks {
			found[r.Index] = true
		}
		for i, t := range targets {
			if found[i] {
				continue
			}
			_, id, _ := strings.Cut(t, bodySep)
			if a, ok := c.Article(id); ok && containsAllFold(a.Body, words) {
				ranks = append(ranks, list.Rank{Index: i})
			}
		}
		return ranks
	}
}

// containsAllFold reports whether s holds every one of the lower-cased
// words, ignoring case, without allocating.
func containsAllFold(s string, words []string) bool {
	for _, w := range words {
		if !containsFold(s, w) {
			return false
		}
	}
	return true
}

func containsFold(s, lower string) bool {
	if lower == "" {
		return true
	}
	first := lower[0]
	upper := first
	if first >= 'a' && first <= 'z' {
		upper = first - 'a' + 'A'
	}
	for i := 0; i+len(lower) <= len(s); i++ {
		if b := s[i]; (b == first || b == upper) && strings.EqualFold(s[i:i+len(lower)], lower) {
			return true
		}
	}
	return false
}
