// Package loader turns files, folders and the embedded seed articles into a
// model.Corpus: it reads each file safely, takes its metadata, cleans
// scraped debris, detects the language, then runs extraction.
package loader

import (
	"dealwire/loader/extract"
	"dealwire/model"
	"errors"
)

// Options tune loading. The zero value is usable.
type Options struct {
	// MaxFileSize is the largest file read, in bytes; larger ones are
	// reported and skipped. 0 means DefaultMaxFileSize.
	MaxFileSize int64
	// CompaniesFile is an optional user list of companies and aliases
	// (same TSV format as the shipped list) that extends recognition.
	CompaniesFile string
}

// DefaultMaxFileSize is the size limit when Options.MaxFileSize is 0.
const DefaultMaxFileSize = 10 << 20

// Load reads the given files and folders (folders recursively) and builds
// the corpus. Broken files are reported in Corpus.Problems and skipped; the
// error is non-nil only when nothing at all could be loaded.
func Load(paths []string, opt Options) (*model.Corpus, error) {
	defer collectLessDuringLoad()()
	articles, problems := readPaths(paths, opt)
	return build(corpusName(paths), articles, problems, opt)
}

// LoadSeeds builds the corpus of the five seed articles embedded in the binary.
func LoadSeeds(opt Options) (*model.Corpus, error) {
	defer collectLessDuringLoad()()
	articles, problems := readSeeds(opt)
	return build("seeds", articles, problems, opt)
}

func build(name string, articles []model.Article, problems []model.Problem, opt Options) (*model.Corpus, error) {
	companies, deals, err := extract.Extract(articles, extract.Options{CompaniesFile: opt.CompaniesFile})
	var failure *extract.Failure
	if errors.As(err, &failure) {
		// the articles still load and read; the problem says why the
		// lists of companies and deals are empty
		problems = append(problems, model.Problem{Path: name, Error: failure.Error()})
	} else if err != nil {
		return nil, err
	}
	c := model.NewCorpus(name, articles, companies, deals, problems)
	if len(articles) == 0 {
		return c, ErrNothingLoaded
	}
	return c, nil
}
