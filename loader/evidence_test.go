package loader

import (
	"dealwire/model"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCleaningKeepsEvidenceSentences checks that cleaning never drops a
// sentence that states a deal: every annotated evidence sentence of the
// seeds and the devset must still be in the cleaned body. It also reports
// how much text cleaning removed.
func TestCleaningKeepsEvidenceSentences(t *testing.T) {
	sets := []struct{ expected, corpus string }{
		{"../../shared/seeds/expected.json", "seeds"},
		{"../../shared/devset/expected.json", "../../shared/devset/corpus"},
	}
	if _, err := os.Stat("../../shared"); err != nil {
		t.Skip("no ../shared")
	}
	kept, total := 0, 0
	rawBytes, bodyBytes := 0, 0
	for _, set := range sets {
		exp := readAnnotations(t, set.expected)
		var arts []parsedArticle
		if set.corpus == "seeds" {
			a, _ := readSeeds(Options{})
			arts = withRaw(t, a, func(p string) ([]byte, error) { return seedFS.ReadFile(p) })
		} else {
			a, _ := readPaths([]string{set.corpus}, Options{})
			arts = withRaw(t, a, os.ReadFile)
		}
		for _, a := range arts {
			rawBytes += len(a.raw)
			bodyBytes += len(a.body)
			body := normaliseSpace(a.body)
			for _, d := range exp[filepath.Base(a.path)].Deals {
				if d.Evidence == "" {
					continue
				}
				total++
				if strings.Contains(body, normaliseSpace(d.Evidence)) {
					kept++
				} else {
					t.Errorf("%s: evidence lost: %q", filepath.Base(a.path), d.Evidence)
				}
			}
		}
	}
	if total == 0 {
		t.Skip("no evidence annotated")
	}
	t.Logf("evidence sentences kept: %d/%d = %.3f", kept, total, float64(kept)/float64(total))
	t.Logf("text removed by header parsing and cleaning: %.1f%% (%d of %d bytes)",
		100*float64(rawBytes-bodyBytes)/float64(rawBytes), rawBytes-bodyBytes, rawBytes)
}

type parsedArticle struct {
	path      string
	raw, body string
}

func withRaw(t *testing.T, arts []model.Article, read func(string) ([]byte, error)) []parsedArticle {
	t.Helper()
	out := make([]parsedArticle, 0, len(arts))
	for _, a := range arts {
		b, err := read(a.Path)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, parsedArticle{path: a.Path, raw: string(b), body: a.Body})
	}
	return out
}

func normaliseSpace(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(s)
	return strings.Join(strings.Fields(s), " ")
}
