package meta

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusLines are the lines of the test corpora, for holding hand-written
// checks to the patterns they stand in for.
func corpusLines(t *testing.T) []string {
	var lines []string
	for _, glob := range []string{"../seeds/*", "../testdata/news/*", "../testdata/dealdev*/*", "../testdata/metadev*/*"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				continue
			}
			lines = append(lines, strings.Split(string(raw), "\n")...)
		}
	}
	if len(lines) < 1000 {
		t.Fatalf("%d lines read: too few to tell", len(lines))
	}
	return lines
}

// runningKeyByPattern is runningKey as it was before its one-part fast
// path: every line cut by the patterns.
func runningKeyByPattern(l string) (key, first string, page bool) {
	l = strings.TrimSpace(l)
	if l == "" || len(l) > 100 {
		return "", "", false
	}
	parts := spacedOrBarred(l)
	var kept []string
	for _, p := range parts {
		if pageMark.MatchString(p) {
			page = true
			continue
		}
		kept = append(kept, p)
	}
	if len(kept) == 0 || len(kept) == len(parts) && len(parts) == 1 {
		return "", "", page
	}
	return strings.ToLower(strings.Join(kept, " ")), kept[0], page
}

func TestRunningKeyIsThePatterns(t *testing.T) {
	lines := append(corpusLines(t),
		"Page 3", "page 3 of 12", "- 4 -", "12 / 40", "7", "1234", "Acme Weekly   Page 3", "Acme Weekly | 12/2024 | 5",
		"Acme\tWeekly\t3", "a  b", "a \n\rb", "a\f\f\fb", "a\u00a0\u00a0\u00a0b", "  Seite 3  ", "| 3 |", "Page 3 | Page 4", "p. 9")
	for _, l := range lines {
		if got, want := hasWideSpace(l), wideSpace.MatchString(l); got != want {
			t.Errorf("hasWideSpace(%q) = %v, the pattern says %v", l, got, want)
		}
		if got, want := isPageMark(l), pageMark.MatchString(l); got != want {
			t.Errorf("isPageMark(%q) = %v, the pattern says %v", l, got, want)
		}
		k, f, p := runningKey(l)
		wk, wf, wp := runningKeyByPattern(l)
		if k != wk || f != wf || p != wp {
			t.Errorf("runningKey(%q) = %q, %q, %v; the patterns say %q, %q, %v", l, k, f, p, wk, wf, wp)
		}
	}
}
