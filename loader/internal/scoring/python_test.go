package scoring_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"dealwire/loader"
	"dealwire/loader/internal/scoring"
	"dealwire/model"
)

// shared is ../shared seen from this package's folder.
var shared = filepath.Join("..", "..", "..", "..", "shared")

// pythonScorer returns python3 and score.py, skipping where either is absent
// (a fresh clone has no ../shared).
func pythonScorer(t *testing.T) (python, tool string) {
	t.Helper()
	tool = filepath.Join(shared, "tools", "score.py")
	if _, err := os.Stat(tool); err != nil {
		t.Skip("../shared/tools/score.py not found")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	return python, tool
}

// runPython scores an export with score.py --json.
func runPython(t *testing.T, python, tool, expected string, export []byte) map[string]*float64 {
	t.Helper()
	f := filepath.Join(t.TempDir(), "export.json")
	if err := os.WriteFile(f, export, 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, tool, expected, f, "--json")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, stderr.String())
	}
	var m map[string]*float64
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatalf("score.py output %q: %v", out, err)
	}
	return m
}

// agree reports every metric where the port and score.py differ by more
// than 1e-9 (or one is null and the other not).
func agree(t *testing.T, label string, py map[string]*float64, gm scoring.Metrics) bool {
	t.Helper()
	ok := true
	got := gm.Map()
	if len(py) != len(got) {
		t.Errorf("%s: score.py gives %d metrics, the port %d", label, len(py), len(got))
		ok = false
	}
	for _, k := range scoring.Names {
		p, g := py[k], got[k]
		switch {
		case p == nil && g == nil:
		case p == nil || g == nil:
			t.Errorf("%s: %s: score.py %v, port %v", label, k, show(p), show(g))
			ok = false
		case math.Abs(*p-*g) > 1e-9:
			t.Errorf("%s: %s: score.py %.12f, port %.12f", label, k, *p, *g)
			ok = false
		}
	}
	return ok
}

func show(v *float64) string {
	if v == nil {
		return "null"
	}
	return fmt.Sprint(*v)
}

func exportOf(t *testing.T, c *model.Corpus) []byte {
	t.Helper()
	return exportBytes(t, c)
}

func exportBytes(tb testing.TB, c *model.Corpus) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := c.WriteJSON(&buf); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// TestMatchesPythonScorer scores the seeds and the development set with
// score.py and with the port; every metric must agree. Each export is then
// perturbed at random (types, parties, values, currencies, companies
// renamed with suffixes and possessives, deals merged and dropped, articles
// dropped) and the two must still agree on every variant.
func TestMatchesPythonScorer(t *testing.T) {
	python, tool := pythonScorer(t)
	sets := []struct {
		name, expected string
		load           func() (*model.Corpus, error)
	}{
		{"seeds", filepath.Join(shared, "seeds", "expected.json"), func() (*model.Corpus, error) {
			return loader.LoadSeeds(loader.Options{})
		}},
		{"devset", filepath.Join(shared, "devset", "expected.json"), func() (*model.Corpus, error) {
			return loader.Load([]string{filepath.Join(shared, "devset", "corpus")}, loader.Options{})
		}},
		{"news", filepath.Join("..", "..", "testdata", "news", "expected.json"), func() (*model.Corpus, error) {
			return loader.Load(newsFiles(filepath.Join("..", "..", "testdata", "news")), loader.Options{})
		}},
	}
	variants := 12
	if testing.Short() {
		variants = 2
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			expected, err := os.ReadFile(set.expected)
			if err != nil {
				t.Skipf("%s: %v", set.expected, err)
			}
			c, err := set.load()
			if err != nil {
				t.Fatal(err)
			}
			export := exportOf(t, c)
			py := runPython(t, python, tool, set.expected, export)
			gm, err := scoring.Score(expected, export)
			if err != nil {
				t.Fatal(err)
			}
			if agree(t, set.name, py, gm) {
				for _, k := range scoring.Names {
					t.Logf("%s %s = %s (both)", set.name, k, show(gm.Map()[k]))
				}
			}
			rng := rand.New(rand.NewSource(1))
			for i := 0; i < variants; i++ {
				v := perturb(t, rng, export)
				label := fmt.Sprintf("%s variant %d", set.name, i)
				gm, err := scoring.Score(expected, v)
				if err != nil {
					t.Fatalf("%s: %v", label, err)
				}
				if os.Getenv("SCORING_DEBUG") != "" {
					t.Logf("%s: %s", label, gm.String())
				}
				if !agree(t, label, runPython(t, python, tool, set.expected, v), gm) {
					name := filepath.Join(t.TempDir(), "variant.json")
					_ = os.WriteFile(name, v, 0o600)
					t.Logf("%s written to %s", label, name)
				}
			}
		})
	}
}

// perturb returns a randomly damaged copy of an export document.
func perturb(t *testing.T, rng *rand.Rand, export []byte) []byte {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(export, &doc); err != nil {
		t.Fatal(err)
	}
	list := func(k string) []any { l, _ := doc[k].([]any); return l }
	types := []any{"acquisition", "merger", "divestiture", "partnership", "joint_venture",
		"licensing", "investment", "supply", "other", nil}
	currencies := []any{"USD", "EUR", "GBP", nil}
	deals := list("deals")
	for _, x := range deals {
		d := x.(map[string]any)
		if rng.Intn(4) == 0 {
			d["type"] = types[rng.Intn(len(types))]
		}
		if ps, _ := d["parties"].([]any); len(ps) > 0 && rng.Intn(5) == 0 {
			d["parties"] = ps[:rng.Intn(len(ps))]
		}
		if v, ok := d["value"].(float64); ok && rng.Intn(3) == 0 {
			d["value"] = v * (0.85 + 0.3*rng.Float64())
		}
		if rng.Intn(8) == 0 {
			d["value"] = []any{nil, 0.0, 1e9}[rng.Intn(3)]
		}
		if rng.Intn(6) == 0 {
			d["currency"] = currencies[rng.Intn(len(currencies))]
		}
	}
	// Merge some deals into others (sources and parties join), so one
	// deal may swallow another real-world deal.
	for i := 0; i < len(deals)/3; i++ {
		if len(deals) < 2 {
			break
		}
		a, b := rng.Intn(len(deals)), rng.Intn(len(deals))
		if a == b {
			continue
		}
		da, db := deals[a].(map[string]any), deals[b].(map[string]any)
		sa, _ := da["sources"].([]any)
		sb, _ := db["sources"].([]any)
		da["sources"] = append(sa, sb...)
		pa, _ := da["parties"].([]any)
		pb, _ := db["parties"].([]any)
		da["parties"] = append(append([]any{}, pa...), pb...)
		if rng.Intn(2) == 0 {
			da["type"] = db["type"]
		}
		deals = append(deals[:b], deals[b+1:]...)
	}
	rng.Shuffle(len(deals), func(i, j int) { deals[i], deals[j] = deals[j], deals[i] })
	if len(deals) > 0 && rng.Intn(2) == 0 {
		// a duplicate id: the first place, the last deal
		cp := map[string]any{}
		for k, v := range deals[rng.Intn(len(deals))].(map[string]any) {
			cp[k] = v
		}
		cp["type"] = types[rng.Intn(len(types))]
		deals = append(deals, cp)
	}
	doc["deals"] = deals
	decorate := func(s string) string {
		switch rng.Intn(7) {
		case 0:
			return s + " Inc."
		case 1:
			return s + "’s"
		case 2:
			return "The " + s + " Group"
		case 3:
			return s + " S.p.A."
		case 4:
			return "Ñ" + s + "é"
		}
		return s
	}
	for _, x := range list("companies") {
		c := x.(map[string]any)
		if rng.Intn(5) == 0 {
			c["aliases"] = []any{}
		}
		if rng.Intn(6) == 0 {
			c["name"] = decorate(c["name"].(string))
		}
	}
	arts := list("articles")
	var kept []any
	for _, x := range arts {
		a := x.(map[string]any)
		if rng.Intn(12) == 0 {
			continue
		}
		if cs, _ := a["companies"].([]any); len(cs) > 0 && rng.Intn(3) == 0 {
			cs = append(cs[:0:0], cs...)
			i := rng.Intn(len(cs))
			switch rng.Intn(3) {
			case 0:
				cs = append(cs[:i], cs[i+1:]...)
			case 1:
				cs = append(cs, cs[i]) // a duplicate
			default:
				cs[i] = decorate(cs[i].(string))
			}
			a["companies"] = cs
		}
		for _, f := range []string{"title", "author", "source", "published", "language"} {
			if rng.Intn(6) == 0 {
				switch v := a[f].(type) {
				case string:
					a[f] = []any{nil, v + "!", "x"}[rng.Intn(3)]
				default:
					a[f] = "2019-01-01T00:00"
				}
			}
		}
		if rng.Intn(10) == 0 {
			a["path"] = nil // matched by id then
		}
		kept = append(kept, a)
	}
	doc["articles"] = kept
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func newsFiles(dir string) []string {
	paths, _ := scoring.ArticleFiles(dir)
	return paths
}
