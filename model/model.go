// Package model holds dealwire's domain types — articles, companies, deals —
// and the queries a browser needs over them. It has no terminal code and
// reads no files: the loader builds a Corpus, the tui only reads it.
package model

// Article is one news text as loaded and cleaned. Empty strings stand for
// fields the text does not show (they export as null).
type Article struct {
	ID        string // stable: derived from the content hash, see ArticleID
	Path      string // as given; for embedded seeds "seeds/<name>"
	Hash      string // hex SHA-256 of the raw file bytes
	Title     string // the headline line; "" when the text starts with the lede
	Published string // YYYY-MM-DD or ""
	Author    string
	Source    string // the outlet that published it
	URL       string
	Language  string // ISO 639-1
	Words     int
	Body      string // cleaned markdown, title as a heading

	// Set by extraction: canonical company names and deal ids this article mentions.
	Companies []string
	Deals     []string
}

// DisplayTitle is what a list shows: the title, or else the body's first
// sentence, cut to a readable length.
func (a *Article) DisplayTitle() string {
	if a.Title != "" {
		return a.Title
	}
	return firstSentence(a.Body, 90)
}

// Company is one real company across the corpus, aliases merged.
type Company struct {
	Name     string   // canonical short name
	Aliases  []string // every spelling seen in the texts
	Articles []string // article ids, corpus order
	Deals    []string // deal ids
	Mentions int      // how many times it is named across all articles
}

// Deal types.
const (
	Acquisition  = "acquisition"
	Merger       = "merger"
	Divestiture  = "divestiture"
	Partnership  = "partnership"
	Licensing    = "licensing"
	JointVenture = "joint_venture"
	Investment   = "investment"
	Supply       = "supply"
	Other        = "other"
)

// Deal statuses.
const (
	Announced = "announced"
	Completed = "completed"
	Proposed  = "proposed"
	Failed    = "failed"
)

// Money is an amount in units of an ISO 4217 currency.
type Money struct {
	Value    float64
	Currency string
}

// Deal is one real-world deal, however many articles report it.
type Deal struct {
	ID      string
	Type    string
	Parties []string // canonical company names; the acting side first
	Value   *Money   // the headline figure (first source that states one), nil if none
	Date    string   // YYYY, YYYY-MM or YYYY-MM-DD, or ""
	Status  string
	Summary string
	Sources []Source
}

// Source is one article's report of a deal. Different outlets may give
// different figures and dates for one deal; each keeps its own.
type Source struct {
	Article  string // article id
	Evidence string // the sentence that states the deal, verbatim
	Value    *Money
	Date     string
}

// Problem is a file that could not be loaded, and why.
type Problem struct {
	Path  string
	Error string
}
