// Package extract finds the companies and deals in loaded articles.
package extract

import "dealwire/model"

// Options tune extraction.
type Options struct {
	// CompaniesFile is an optional user list extending the shipped one.
	CompaniesFile string
}

// Extract finds companies and deals across all articles. It sets each
// article's Companies (canonical names) and returns one Company per real
// company and one Deal per real-world deal, with a source per article that
// reports it. It is deterministic: the same input gives the same ids.
func Extract(articles []model.Article, opt Options) ([]model.Company, []model.Deal, error) {
	// PLACEHOLDER until the extraction work lands.
	return nil, nil, nil
}
