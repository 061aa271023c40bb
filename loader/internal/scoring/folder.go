package scoring

import (
	"os"
	"path/filepath"
	"strings"
)

// ArticleFiles lists the articles of an annotated folder: every file but
// its expected.json and its README (a .md the loader would otherwise read
// as an article).
func ArticleFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var paths []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || name == "expected.json" || strings.HasPrefix(strings.ToUpper(name), "README") {
			continue
		}
		paths = append(paths, filepath.Join(dir, name))
	}
	return paths, nil
}
