package tui

import (
	"strings"

	"dealwire/model"
)

// companyRows lays out a company: name, aliases, its deals as a timeline
// and its articles, every deal and article a link.
func companyRows(c *model.Corpus, name string) []linkRow {
	co, ok := c.Company(name)
	if !ok {
		return []linkRow{{text: "No company named " + name + " in this corpus.", kind: rowDim}}
	}
	rows := []linkRow{{text: co.Name, kind: rowTitle}}
	if aliases := otherAliases(co); len(aliases) > 0 {
		rows = append(rows, linkRow{text: "also written: " + strings.Join(aliases, ", "), kind: rowDim})
	}
	counts := plural(len(co.Deals), "deal") + " · " + plural(len(co.Articles), "article")
	if co.Mentions > 0 {
		counts += " · " + plural(co.Mentions, "mention")
	}
	rows = append(rows, linkRow{text: counts, kind: rowDim}, linkRow{})

	deals := c.DealsOf(co.Name)
	rows = append(rows, linkRow{text: "Deals", kind: rowSection})
	if len(deals) == 0 {
		rows = append(rows, linkRow{text: "none found", kind: rowDim})
	}
	for _, d := range deals {
		date := d.Date
		if date == "" {
			date = "undated"
		}
		line := joinNonEmpty(" · ", date, dealType(d.Type), counterparties(d, co.Name), formatMoney(d.Value))
		rows = append(rows, linkRow{text: line, kind: rowLink, target: &page{kind: pageDeal, id: d.ID}})
	}
	rows = append(rows, linkRow{}, linkRow{text: "Articles", kind: rowSection})
	for _, a := range c.ArticlesOf(co.Name) {
		rows = append(rows, articleLink(a, ""))
	}
	return rows
}

// otherAliases are the spellings worth listing: not the name itself.
func otherAliases(co *model.Company) []string {
	var out []string
	for _, a := range co.Aliases {
		if a != co.Name {
			out = append(out, a)
		}
	}
	return out
}

// counterparties names the other side(s) of a deal, seen from one company.
func counterparties(d *model.Deal, self string) string {
	var others []string
	for _, p := range d.Parties {
		if p != self {
			others = append(others, p)
		}
	}
	if len(others) == 0 {
		return ""
	}
	first := d.Parties[0] == self // the buyer of a purchase, the seller of a sale
	switch {
	case (d.Type == model.Acquisition || d.Type == model.Investment) && first:
		return "of " + strings.Join(others, ", ")
	case d.Type == model.Acquisition || d.Type == model.Investment:
		return "by " + strings.Join(others, ", ")
	case d.Type == model.Divestiture && first:
		return "to " + strings.Join(others, ", ")
	case d.Type == model.Divestiture:
		return "from " + strings.Join(others, ", ")
	}
	return "with " + strings.Join(others, ", ") // the kinds with no direction
}

func articleLink(a *model.Article, evidence string) linkRow {
	text := a.DisplayTitle()
	if meta := articleMeta(a); meta != "" {
		text += " · " + meta
	}
	return linkRow{text: text, kind: rowLink, target: &page{kind: pageArticle, id: a.ID, evidence: evidence}}
}

// dealRows lays out a deal: type, status, value(s) and date(s) as each
// outlet gave them, the parties as links, and every source's evidence
// sentence as a link that opens the article at that sentence.
func dealRows(c *model.Corpus, id string) []linkRow {
	d, ok := c.Deal(id)
	if !ok {
		return []linkRow{{text: "No deal " + id + " in this corpus.", kind: rowDim}}
	}
	title := parties(d)
	rows := []linkRow{{text: title, kind: rowTitle}}
	if d.Summary != "" {
		rows = append(rows, linkRow{text: d.Summary})
	}
	rows = append(rows,
		linkRow{text: "type: " + dealType(d.Type) + statusPart(d.Status), kind: rowDim},
		linkRow{text: "value: " + orUnknown(strings.Join(dealValues(d), " or ")) + " · date: " + orUnknown(strings.Join(dealDates(d), " or ")), kind: rowDim},
		linkRow{},
		linkRow{text: "Parties", kind: rowSection},
	)
	for _, p := range d.Parties {
		rows = append(rows, linkRow{text: p, kind: rowLink, target: &page{kind: pageCompany, id: p}})
	}
	srcs := c.SourcesOf(d.ID)
	rows = append(rows, linkRow{}, linkRow{text: "Sources (" + plural(len(srcs), "article") + ")", kind: rowSection})
	for _, s := range srcs {
		a := s.Article
		says := joinNonEmpty(", ", formatMoney(s.Value), s.Date)
		if says != "" {
			says = "says " + says
		}
		head := joinNonEmpty(" · ", outlet(a), a.Published, says)
		rows = append(rows, linkRow{text: head, kind: rowDim})
		ev := s.Evidence
		if ev == "" {
			ev = a.DisplayTitle()
		}
		rows = append(rows, linkRow{text: "“" + ev + "”", kind: rowLink, indent: 2,
			target: &page{kind: pageArticle, id: a.ID, evidence: s.Evidence}})
	}
	return rows
}

func statusPart(s string) string {
	if s == "" {
		return ""
	}
	return " · status: " + s
}

func orUnknown(s string) string {
	if s == "" {
		return "not stated"
	}
	return s
}

// dealValues lists every distinct figure the sources give, headline first:
// a deal told as "$7bn" and "$7.2 billion" shows both.
func dealValues(d *model.Deal) []string {
	var out []string
	add := func(m *model.Money) {
		if v := formatMoney(m); v != "" && !contains(out, v) {
			out = append(out, v)
		}
	}
	add(d.Value)
	for _, s := range d.Sources {
		add(s.Value)
	}
	return out
}

func dealDates(d *model.Deal) []string {
	var out []string
	for _, s := range append([]string{d.Date}, sourceDates(d)...) {
		if s != "" && !contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func sourceDates(d *model.Deal) []string {
	out := make([]string, 0, len(d.Sources))
	for _, s := range d.Sources {
		out = append(out, s.Date)
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
