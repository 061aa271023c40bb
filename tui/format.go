package tui

import (
	"fmt"
	"strings"

	"dealwire/model"
)

// formatMoney writes an amount, or nothing for none.
func formatMoney(m *model.Money) string {
	if m == nil {
		return ""
	}
	return m.String()
}

// dealType is a deal type as people write it.
func dealType(t string) string {
	if t == "" {
		return "deal"
	}
	return strings.ReplaceAll(t, "_", " ")
}

// year is the year of a YYYY[-MM[-DD]] date.
func year(date string) string {
	if len(date) >= 4 {
		return date[:4]
	}
	return date
}

// parties reads "acquirer -> target, other".
func parties(d *model.Deal) string {
	switch len(d.Parties) {
	case 0:
		return "?"
	case 1:
		return d.Parties[0]
	}
	return d.Parties[0] + " -> " + strings.Join(d.Parties[1:], ", ")
}

// dealLine is the one line that says enough about a deal to choose it:
// "Microsoft -> Nokia · acquisition · $7.2bn · 2013 · 4 sources".
func dealLine(d *model.Deal) string {
	parts := []string{parties(d), dealType(d.Type)}
	if v := formatMoney(d.Value); v != "" {
		parts = append(parts, v)
	}
	if d.Date != "" {
		parts = append(parts, year(d.Date))
	}
	parts = append(parts, plural(len(d.Sources), "source"))
	return strings.Join(parts, " · ")
}

// articleMeta is "outlet · date · language" with the missing parts left out.
func articleMeta(a *model.Article) string {
	return joinNonEmpty(" · ", a.Source, a.Published, a.Language)
}

// plural writes a count with its noun: "1 deal", "3 deals", "11 companies".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if stem, ok := strings.CutSuffix(word, "y"); ok {
		return fmt.Sprintf("%d %sies", n, stem) // companies
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// outlet names who published an article, or says it is not known.
func outlet(a *model.Article) string {
	if a.Source == "" {
		return "unknown outlet"
	}
	return a.Source
}
