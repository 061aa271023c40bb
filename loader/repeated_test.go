package loader

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

const furniture = "Planet News is the leading independent voice on business in the region, read by millions every day."

// TestLinesRepeatedAcrossOneOutletAreRemoved: a site's blurb repeated in
// every file of its folder goes; each article's own text stays.
func TestLinesRepeatedAcrossOneOutletAreRemoved(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 4; i++ {
		text := fmt.Sprintf("Acme buys Widget %d\n\nAcme said on Monday it would buy Widget unit %d for $%d million in cash.\n\n%s\n\n© 2024 Planet News\n", i, i, i+5, furniture)
		write(t, filepath.Join(dir, fmt.Sprintf("%d.txt", i)), text)
	}
	c, err := loadWithin(t, []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Articles {
		if strings.Contains(a.Body, "leading independent voice") {
			t.Errorf("%s keeps the site blurb", a.Path)
		}
		if !strings.Contains(a.Body, "Acme said on Monday") {
			t.Errorf("%s lost its own text", a.Path)
		}
		if a.Words != len(strings.Fields(strings.TrimPrefix(a.Body, "# "+a.Title))) {
			t.Errorf("%s: words %d do not count the cleaned body", a.Path, a.Words)
		}
	}
}

// TestSyndicatedStoryFromSeveralOutletsIsKept: the same wire sentence in
// files of different outlets is news, not furniture.
func TestSyndicatedStoryFromSeveralOutletsIsKept(t *testing.T) {
	dir := t.TempDir()
	wire := "Acme said on Monday it would buy Widget for $5 million in cash, the companies said in a statement."
	for i, outlet := range []string{"Planet News", "Daily Bugle", "Gotham Gazette", "Metro Times"} {
		text := fmt.Sprintf("Acme buys Widget\n\n%s\n\nThe story number %d adds its own line here.\n\n© 2024 %s\n", wire, i, outlet)
		write(t, filepath.Join(dir, fmt.Sprintf("%d.txt", i)), text)
	}
	c, err := loadWithin(t, []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Articles {
		if !strings.Contains(a.Body, wire) {
			t.Errorf("%s (%s) lost the wire sentence", a.Path, a.Source)
		}
	}
}
