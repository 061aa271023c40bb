package model

import (
	"slices"
	"sort"
	"strings"
)

// Corpus is everything loaded: the articles, the companies and deals found in
// them, and the files that could not be read. Build one with NewCorpus; after
// that it is read-only and safe to share between goroutines (SSH visitors).
type Corpus struct {
	Name      string // what was opened: "seeds" or the paths given
	Articles  []Article
	Companies []Company
	Deals     []Deal
	Problems  []Problem

	articleByID map[string]int
	companyByID map[string]int // keyed by canonical name
	dealByID    map[string]int
	aliasToName map[string]string // folded alias -> canonical name
}

// NewCorpus indexes articles, companies and deals. It fills in the
// cross-references (a company's articles and deals, an article's companies
// and deals) from the deals' parties and sources, so extraction need only
// say which articles mention which company via Article.Companies.
func NewCorpus(name string, articles []Article, companies []Company, deals []Deal, problems []Problem) *Corpus {
	c := &Corpus{Name: name, Articles: articles, Companies: companies, Deals: deals, Problems: problems}
	c.index()
	return c
}

func (c *Corpus) index() {
	c.articleByID = make(map[string]int, len(c.Articles))
	for i := range c.Articles {
		c.articleByID[c.Articles[i].ID] = i
	}
	c.companyByID = make(map[string]int, len(c.Companies))
	c.aliasToName = make(map[string]string)
	for i := range c.Companies {
		co := &c.Companies[i]
		c.companyByID[co.Name] = i
		c.aliasToName[Fold(co.Name)] = co.Name
		for _, a := range co.Aliases {
			if k := Fold(a); k != "" {
				if _, taken := c.aliasToName[k]; !taken {
					c.aliasToName[k] = co.Name
				}
			}
		}
	}
	c.dealByID = make(map[string]int, len(c.Deals))
	for i := range c.Deals {
		c.dealByID[c.Deals[i].ID] = i
	}

	// Cross-references, derived so they can never disagree with the deals.
	for i := range c.Articles {
		a := &c.Articles[i]
		a.Companies = uniq(a.Companies)
	}
	companyArticles := PerCompany(c.Articles, func(i int) string { return c.Articles[i].ID })
	articleDeals := map[string][]string{}
	companyDeals := map[string][]string{}
	for _, d := range c.Deals {
		for _, s := range d.Sources {
			articleDeals[s.Article] = append(articleDeals[s.Article], d.ID)
		}
		for _, p := range d.Parties {
			companyDeals[p] = append(companyDeals[p], d.ID)
		}
	}
	for i := range c.Articles {
		a := &c.Articles[i]
		a.Deals = uniq(append(a.Deals, articleDeals[a.ID]...))
	}
	// when no two articles share an id, each article was listed above
	// once under each of its companies: a company's list has no repeats
	// for uniq to find, which it would look for in a map of thousands for
	// a company many articles name
	idsDistinct := len(c.articleByID) == len(c.Articles)
	for i := range c.Companies {
		co := &c.Companies[i]
		if idsDistinct && len(co.Articles) == 0 {
			co.Articles = companyArticles[co.Name] // capped: an array of its own to append to
		} else {
			co.Articles = uniq(append(co.Articles, companyArticles[co.Name]...))
		}
		co.Deals = uniq(append(co.Deals, companyDeals[co.Name]...))
	}
}

// PerCompany lists, for each company the articles name, what of gives of
// each article naming it (its index, its id), in the articles' order. The
// lists are cut from one array, sized by counting first, each capped at
// its length, so that an append to one makes a copy: not grown by doubling
// and then copied, which made several times the entries of a large
// corpus, on one core.
func PerCompany[T any](articles []Article, of func(i int) T) map[string][]T {
	count := map[string]int{}
	total := 0
	for i := range articles {
		for _, name := range articles[i].Companies {
			count[name]++
		}
		total += len(articles[i].Companies)
	}
	all := make([]T, total)
	lists := make(map[string][]T, len(count))
	for i := range articles {
		for _, name := range articles[i].Companies {
			list, ok := lists[name]
			if !ok {
				n := count[name]
				list, all = all[:0:n], all[n:]
			}
			lists[name] = append(list, of(i))
		}
	}
	return lists
}

// uniqScanMax is the longest list uniq scans rather than hashes.
const uniqScanMax = 16

// uniq is xs without repeats, in order of first appearance, in an array
// of its own.
func uniq(xs []string) []string {
	if len(xs) == 0 {
		return xs
	}
	if len(xs) <= uniqScanMax {
		// a few names, the usual list: looking through those kept costs
		// less than a map
		out := make([]string, 0, len(xs))
		for _, x := range xs {
			if !slices.Contains(out, x) {
				out = append(out, x)
			}
		}
		return out
	}
	seen := make(map[string]bool, len(xs))
	out := xs[:0:0]
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// Article returns the article with this id.
func (c *Corpus) Article(id string) (*Article, bool) {
	i, ok := c.articleByID[id]
	if !ok {
		return nil, false
	}
	return &c.Articles[i], true
}

// Company returns the company with this canonical name, or the company
// one of whose aliases this is.
func (c *Corpus) Company(name string) (*Company, bool) {
	if i, ok := c.companyByID[name]; ok {
		return &c.Companies[i], true
	}
	if canon, ok := c.aliasToName[Fold(name)]; ok {
		return &c.Companies[c.companyByID[canon]], true
	}
	return nil, false
}

// Deal returns the deal with this id.
func (c *Corpus) Deal(id string) (*Deal, bool) {
	i, ok := c.dealByID[id]
	if !ok {
		return nil, false
	}
	return &c.Deals[i], true
}

// ArticlesOf returns the articles that mention a company, in corpus order.
func (c *Corpus) ArticlesOf(company string) []*Article {
	co, ok := c.Company(company)
	if !ok {
		return nil
	}
	return c.articles(co.Articles)
}

// DealsOf returns a company's deals as a timeline: dated ones oldest
// first, undated ones last.
func (c *Corpus) DealsOf(company string) []*Deal {
	co, ok := c.Company(company)
	if !ok {
		return nil
	}
	out := make([]*Deal, 0, len(co.Deals))
	for _, id := range co.Deals {
		if d, ok := c.Deal(id); ok {
			out = append(out, d)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		di, dj := out[i].Date, out[j].Date
		if (di == "") != (dj == "") {
			return dj == ""
		}
		return di < dj
	})
	return out
}

// CompaniesOf returns the companies an article mentions.
func (c *Corpus) CompaniesOf(articleID string) []*Company {
	a, ok := c.Article(articleID)
	if !ok {
		return nil
	}
	out := make([]*Company, 0, len(a.Companies))
	for _, name := range a.Companies {
		if co, ok := c.Company(name); ok {
			out = append(out, co)
		}
	}
	return out
}

// DealsIn returns the deals an article reports.
func (c *Corpus) DealsIn(articleID string) []*Deal {
	a, ok := c.Article(articleID)
	if !ok {
		return nil
	}
	out := make([]*Deal, 0, len(a.Deals))
	for _, id := range a.Deals {
		if d, ok := c.Deal(id); ok {
			out = append(out, d)
		}
	}
	return out
}

// SourcesOf returns a deal's sources with their articles, skipping any
// that point at an article not in the corpus.
func (c *Corpus) SourcesOf(dealID string) []SourceArticle {
	d, ok := c.Deal(dealID)
	if !ok {
		return nil
	}
	out := make([]SourceArticle, 0, len(d.Sources))
	for _, s := range d.Sources {
		if a, ok := c.Article(s.Article); ok {
			out = append(out, SourceArticle{Source: s, Article: a})
		}
	}
	return out
}

// SourceArticle pairs a deal's source with the article it cites.
type SourceArticle struct {
	Source
	Article *Article
}

func (c *Corpus) articles(ids []string) []*Article {
	out := make([]*Article, 0, len(ids))
	for _, id := range ids {
		if a, ok := c.Article(id); ok {
			out = append(out, a)
		}
	}
	return out
}

// Search returns the articles whose title, outlet or text contain every
// word of the query, accents and case folded, in corpus order.
func (c *Corpus) Search(query string) []*Article {
	words := strings.Fields(Fold(query))
	if len(words) == 0 {
		return nil
	}
	var out []*Article
	for i := range c.Articles {
		a := &c.Articles[i]
		hay := Fold(a.Title + " " + a.Source + " " + a.Body)
		all := true
		for _, w := range words {
			if !strings.Contains(hay, w) {
				all = false
				break
			}
		}
		if all {
			out = append(out, a)
		}
	}
	return out
}
