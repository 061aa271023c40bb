package loader

// PLACEHOLDER: minimal reading so the rest of the program builds; the
// foundation work replaces this file with safe, format-aware reading.

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"dealwire/model"
)

//go:embed seeds/*.txt
var seedFS embed.FS

// ErrNothingLoaded is returned when no file at all could be loaded.
var ErrNothingLoaded = errors.New("no article could be loaded")

func corpusName(paths []string) string { return strings.Join(paths, " ") }

func readPaths(paths []string, opt Options) ([]model.Article, []model.Problem) {
	var arts []model.Article
	var probs []model.Problem
	for _, root := range paths {
		filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				probs = append(probs, model.Problem{Path: p, Error: err.Error()})
				return nil
			}
			if d.IsDir() {
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil {
				probs = append(probs, model.Problem{Path: p, Error: err.Error()})
				return nil
			}
			arts = append(arts, newArticle(p, b))
			return nil
		})
	}
	return arts, probs
}

func readSeeds(opt Options) ([]model.Article, []model.Problem) {
	ents, _ := seedFS.ReadDir("seeds")
	var arts []model.Article
	for _, e := range ents {
		b, _ := seedFS.ReadFile("seeds/" + e.Name())
		arts = append(arts, newArticle("seeds/"+e.Name(), b))
	}
	return arts, nil
}

func newArticle(path string, b []byte) model.Article {
	sum := sha256.Sum256(b)
	h := hex.EncodeToString(sum[:])
	return model.Article{ID: h[:12], Path: path, Hash: h, Body: string(b), Words: len(strings.Fields(string(b)))}
}
