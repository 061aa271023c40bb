package loader_test

import (
	"os"
	"path/filepath"
	"testing"

	"dealwire/loader"
	"dealwire/loader/internal/scoring"
	"dealwire/model"
)

// score scores a corpus against annotations with the Go port of
// ../shared/tools/score.py (held to it by the scoring package's tests), so
// the figures are checked in a plain `go test ./...`.
func score(t *testing.T, c *model.Corpus, expectedPath string) map[string]*float64 {
	t.Helper()
	expected, err := os.ReadFile(expectedPath)
	if err != nil {
		t.Fatal(err)
	}
	m, err := scoring.ScoreCorpus(expected, c)
	if err != nil {
		t.Fatal(err)
	}
	return m.Map()
}

func atLeast(t *testing.T, m map[string]*float64, metric string, min float64) {
	t.Helper()
	v := m[metric]
	switch {
	case v == nil:
		t.Errorf("%s: no value", metric)
	case *v < min:
		t.Errorf("%s = %.3f, want >= %.2f", metric, *v, min)
	default:
		t.Logf("%s = %.3f", metric, *v)
	}
}

// The seeds' floors, against their annotations (a copy of
// ../shared/seeds/expected.json in testdata/seeds): companies meet the
// issue's goal (0.95), and deals its goal (0.90), below the figure
// measured (0.923 since stop 42, when deals told in passing with no
// figure beside a firmer one were left out: two read from "the company"
// and "the deal", and one purchase; 1.0 before).
func TestSeedScores(t *testing.T) {
	c, err := loader.LoadSeeds(loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := score(t, c, filepath.Join("testdata", "seeds", "expected.json"))
	for metric, min := range seedFloors {
		atLeast(t, m, metric, min)
	}
}

var seedFloors = map[string]float64{
	"companies.f1":         0.95, // measured 1.0
	"deals.f1":             0.90, // measured 0.923
	"deals.value_accuracy": 0.95, // measured 1.0
	"clusters.merged":      0.95, // measured 1.0
	"meta.title":           1,
	"meta.published":       1,
	"meta.author":          1,
	"meta.source":          1,
	"meta.language":        1,
}

// The development set is 30 real articles the extractor was built on (in
// ../shared, not in this repository); its floors are the figures measured,
// a little lower, so a change that makes extraction worse fails here.
func TestDevsetScores(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "devset")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared/devset not found")
	}
	c, err := loader.Load([]string{filepath.Join(dir, "corpus")}, loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := score(t, c, filepath.Join(dir, "expected.json"))
	for metric, min := range devsetFloors {
		atLeast(t, m, metric, min)
	}
}

var devsetFloors = map[string]float64{
	"companies.f1":         0.95, // measured 0.985 in stop 14
	"deals.f1":             0.76, // measured 0.810 in stop 15
	"deals.value_accuracy": 0.86, // measured 0.906 in stop 14
	"clusters.merged":      0.67, // measured 0.727 in stop 17
	"meta.title":           1,
	"meta.published":       1,
	"meta.author":          1,
	"meta.source":          1,
	"meta.language":        1,
}
