package model

import (
	"encoding/json"
	"io"
)

// The export document is a contract that tests and other tools rely on:
// field names and null-ness must not change. Empty strings become null.

type exportDoc struct {
	Articles  []exportArticle `json:"articles"`
	Companies []exportCompany `json:"companies"`
	Deals     []exportDeal    `json:"deals"`
	Problems  []exportProblem `json:"problems"`
}

type exportArticle struct {
	ID        string   `json:"id"`
	Path      string   `json:"path"`
	Title     *string  `json:"title"`
	Published *string  `json:"published"`
	Author    *string  `json:"author"`
	Source    *string  `json:"source"`
	URL       *string  `json:"url"`
	Language  *string  `json:"language"`
	Words     int      `json:"words"`
	Companies []string `json:"companies"`
	Deals     []string `json:"deals"`
	Body      string   `json:"body"`
}

type exportCompany struct {
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Articles []string `json:"articles"`
	Deals    []string `json:"deals"`
}

type exportDeal struct {
	ID       string         `json:"id"`
	Type     string         `json:"type"`
	Parties  []string       `json:"parties"`
	Value    *float64       `json:"value"`
	Currency *string        `json:"currency"`
	Date     *string        `json:"date"`
	Status   *string        `json:"status"`
	Summary  string         `json:"summary"`
	Sources  []exportSource `json:"sources"`
}

type exportSource struct {
	Article  string   `json:"article"`
	Evidence string   `json:"evidence"`
	Value    *float64 `json:"value"`
	Currency *string  `json:"currency"`
	Date     *string  `json:"date"`
}

type exportProblem struct {
	Path  string `json:"path"`
	Error string `json:"error"`
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

func money(m *Money) (*float64, *string) {
	if m == nil {
		return nil, nil
	}
	v, c := m.Value, m.Currency
	return &v, &c
}

// WriteJSON writes the whole corpus as one indented JSON document.
func (c *Corpus) WriteJSON(w io.Writer) error {
	doc := exportDoc{
		Articles:  make([]exportArticle, 0, len(c.Articles)),
		Companies: make([]exportCompany, 0, len(c.Companies)),
		Deals:     make([]exportDeal, 0, len(c.Deals)),
		Problems:  make([]exportProblem, 0, len(c.Problems)),
	}
	for _, a := range c.Articles {
		doc.Articles = append(doc.Articles, exportArticle{
			ID: a.ID, Path: a.Path, Title: nullable(a.Title), Published: nullable(a.Published),
			Author: nullable(a.Author), Source: nullable(a.Source), URL: nullable(a.URL),
			Language: nullable(a.Language), Words: a.Words,
			Companies: nonNil(a.Companies), Deals: nonNil(a.Deals), Body: a.Body,
		})
	}
	for _, co := range c.Companies {
		doc.Companies = append(doc.Companies, exportCompany{
			Name: co.Name, Aliases: nonNil(co.Aliases), Articles: nonNil(co.Articles), Deals: nonNil(co.Deals),
		})
	}
	for _, d := range c.Deals {
		v, cur := money(d.Value)
		ed := exportDeal{
			ID: d.ID, Type: d.Type, Parties: nonNil(d.Parties), Value: v, Currency: cur,
			Date: nullable(d.Date), Status: nullable(d.Status), Summary: d.Summary,
			Sources: make([]exportSource, 0, len(d.Sources)),
		}
		for _, s := range d.Sources {
			sv, sc := money(s.Value)
			ed.Sources = append(ed.Sources, exportSource{
				Article: s.Article, Evidence: s.Evidence, Value: sv, Currency: sc, Date: nullable(s.Date),
			})
		}
		doc.Deals = append(doc.Deals, ed)
	}
	for _, p := range c.Problems {
		doc.Problems = append(doc.Problems, exportProblem{Path: p.Path, Error: p.Error})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}
