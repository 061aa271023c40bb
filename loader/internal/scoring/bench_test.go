package scoring_test

import (
	"os"
	"path/filepath"
	"testing"

	"dealwire/loader"
	"dealwire/loader/internal/scoring"
)

// BenchmarkScore scores the export of testdata/news (16 articles) against
// its annotations: the cost TestNewsScores adds on top of loading.
func BenchmarkScore(b *testing.B) {
	dir := filepath.Join("..", "..", "testdata", "news")
	expected, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		b.Skipf("testdata/news: %v", err)
	}
	c, err := loader.Load(newsFiles(dir), loader.Options{})
	if err != nil {
		b.Fatal(err)
	}
	export := exportBytes(b, c)
	b.SetBytes(int64(len(export)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := scoring.Score(expected, export); err != nil {
			b.Fatal(err)
		}
	}
}
