package loader

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeedMetadata checks the metadata table of issue 2 for the five seeds.
func TestSeedMetadata(t *testing.T) {
	want := []struct{ file, title, published, author, source, language string }{
		{"000_", "Microsoft e Nokia si riuniscono per una nuova alleanza, 5 anni dopo il fallimento del megadeal dello smartphone da $ 7 miliardi", "", "", "", "it"},
		{"001_", "Microsoft, Nokia collaborate once again after failed $7bn smartphone deal", "2019-11-06", "IANS", "Business-Standard", "en"},
		{"002_", "Microsoft and Nokia Once Again Reached a Strategic Cooperation", "2019-11-05", "Argam Artashyan", "Gizchina", "en"},
		{"003_", "Nokia signs patent and equipment deal with Xiaomi amid big push into Chinese market", "", "", "VentureBeat", "en"},
		{"004_", "", "", "", "", "en"},
	}
	arts, problems := readSeeds(Options{})
	if len(problems) > 0 || len(arts) != len(want) {
		t.Fatalf("want %d seeds, got %d (problems %v)", len(want), len(arts), problems)
	}
	for i, w := range want {
		a := arts[i]
		if !strings.HasPrefix(filepath.Base(a.Path), w.file) {
			t.Fatalf("seed %d is %s", i, a.Path)
		}
		got := []string{a.Title, a.Published, a.Author, a.Source, a.Language}
		exp := []string{w.title, w.published, w.author, w.source, w.language}
		for j, field := range []string{"title", "published", "author", "source", "language"} {
			if got[j] != exp[j] {
				t.Errorf("seed %s %s: got %q, want %q", w.file, field, got[j], exp[j])
			}
		}
		if w.title != "" && !strings.HasPrefix(a.Body, "# "+w.title+"\n\n") {
			t.Errorf("seed %s: body does not open with the title heading: %.80q", w.file, a.Body)
		}
	}
}

// annotated is the metadata part of ../shared/*/expected.json.
type annotated struct {
	Title, Published, Author, Source, URL, Language *string
	Deals                                           []struct{ Evidence string }
}

func readAnnotations(t *testing.T, path string) map[string]annotated {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("no annotations (%v)", err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	out := map[string]annotated{}
	for name, v := range raw {
		var a annotated
		if json.Unmarshal(v, &a) == nil {
			out[name] = a
		}
	}
	return out
}

// TestDevsetMetadata compares metadata with the devset annotations and
// reports the match rate per field; it fails below a floor so that a rule
// change that breaks many articles is noticed.
func TestDevsetMetadata(t *testing.T) {
	exp := readAnnotations(t, "../../shared/devset/expected.json")
	arts, _ := readPaths([]string{"../../shared/devset/corpus"}, Options{})
	if len(arts) == 0 {
		t.Skip("no devset corpus")
	}
	right, total := map[string]int{}, map[string]int{}
	for _, a := range arts {
		e, ok := exp[filepath.Base(a.Path)]
		if !ok {
			continue
		}
		fields := map[string][2]*string{
			"title": {e.Title, &a.Title}, "published": {e.Published, &a.Published},
			"author": {e.Author, &a.Author}, "source": {e.Source, &a.Source},
			"url": {e.URL, &a.URL}, "language": {e.Language, &a.Language},
		}
		// A text that starts with its lede has no title: none may be made up.
		if e.Title == nil {
			total["title null"]++
			if a.Title == "" {
				right["title null"]++
			} else {
				t.Logf("%s: title %q made up from the lede", filepath.Base(a.Path), a.Title)
			}
		}
		for name, f := range fields {
			if f[0] == nil {
				continue
			}
			total[name]++
			if *f[0] == *f[1] {
				right[name]++
			} else {
				t.Logf("%s %s: got %q, want %q", filepath.Base(a.Path), name, *f[1], *f[0])
			}
		}
	}
	for _, name := range []string{"title", "title null", "published", "author", "source", "url", "language"} {
		if total[name] == 0 {
			continue
		}
		rate := float64(right[name]) / float64(total[name])
		t.Logf("devset %s: %d/%d = %.2f", name, right[name], total[name], rate)
		if rate < 0.8 {
			t.Errorf("devset %s match rate %.2f below 0.8", name, rate)
		}
	}
}
