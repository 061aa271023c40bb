// Package sharedtext gives tests the text of the annotated articles in
// ../shared (the seeds and the development set), where that folder is
// present; a fresh clone has none, and then there is nothing.
package sharedtext

import (
	"os"
	"path/filepath"
	"strings"
)

// Lines are the lines of those articles, seen from a package folder
// levels below the module root.
func Lines(levels int) []string {
	up := strings.Repeat("../", levels+1)
	var lines []string
	for _, dir := range []string{"shared/devset/corpus", "shared/seeds"} {
		files, _ := filepath.Glob(filepath.Join(up+dir, "*.*"))
		for _, f := range files {
			if strings.HasSuffix(f, ".json") {
				continue
			}
			if b, err := os.ReadFile(f); err == nil {
				lines = append(lines, strings.Split(string(b), "\n")...)
			}
		}
	}
	return lines
}
