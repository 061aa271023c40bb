package loader_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"dealwire/loader"
	"dealwire/model"
)

// scores runs ../shared/tools/score.py on the export of a corpus against
// its annotations. It skips where ../shared or python3 is missing (a fresh
// clone has neither the tools nor the annotated articles).
func scores(t *testing.T, c *model.Corpus, expected string) map[string]*float64 {
	t.Helper()
	tool := filepath.Join("..", "..", "shared", "tools", "score.py")
	if _, err := os.Stat(tool); err != nil {
		t.Skip("../shared/tools/score.py not found")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	export := filepath.Join(t.TempDir(), "export.json")
	var buf bytes.Buffer
	if err := c.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(export, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(python, tool, expected, export, "--json").Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	var m map[string]*float64
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatalf("score.py output %q: %v", out, err)
	}
	return m
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

// The seeds' floors: companies meet the goal (0.95); deals are
// held at the figure measured (0.821), a little lower, below the goal of
// 0.90 that is still open.
func TestSeedScores(t *testing.T) {
	c, err := loader.LoadSeeds(loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := scores(t, c, filepath.Join("..", "..", "shared", "seeds", "expected.json"))
	atLeast(t, m, "companies.f1", 0.95)
	atLeast(t, m, "deals.f1", 0.78)
}

// The development set is 30 real articles the extractor was built on; its
// floors are the figures measured, a little lower, so a change that makes
// extraction worse fails here. The held-out goals (companies 0.85, deals
// 0.75, values 0.8, merged 0.8) are measured on articles not in this
// repository.
func TestDevsetScores(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "devset")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared/devset not found")
	}
	c, err := loader.Load([]string{filepath.Join(dir, "corpus")}, loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := scores(t, c, filepath.Join(dir, "expected.json"))
	for metric, min := range devsetFloors {
		atLeast(t, m, metric, min)
	}
}

var devsetFloors = map[string]float64{
	"companies.f1":         0.95, // measured 0.975
	"deals.f1":             0.72, // measured 0.756
	"deals.value_accuracy": 0.86, // measured 0.906
	"clusters.merged":      0.64, // measured 0.682
}
