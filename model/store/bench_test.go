package store

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// benchBuildArticles is the size of each build in BenchmarkIndexBuild.
var benchBuildArticles = 20_000

// benchArticles is the size of the search benchmark's index.
const benchArticles = 100_000

var (
	benchOnce sync.Once
	benchLib  *Library
	benchDir  string
	benchErr  error
)

// benchLibrary builds the 100,000-article index once per test binary run
// (only when a benchmark asks for it: plain `go test` never does).
func benchLibrary(b *testing.B) *Library {
	benchOnce.Do(func() {
		benchDir, benchErr = os.MkdirTemp("", "dealwire-store-bench")
		if benchErr != nil {
			return
		}
		c := synthCorpus(benchArticles, 42)
		s, err := Open(filepath.Join(benchDir, "library.db"))
		if err != nil {
			benchErr = err
			return
		}
		start := time.Now()
		benchLib = s.Library(c)
		<-benchLib.Done()
		benchErr = benchLib.Err()
		n, _ := benchLib.BuildStats()
		b.Logf("built the index of %d articles (%.1f MB) in %v: %.1f MB/s", benchArticles,
			float64(n)/1e6, time.Since(start).Round(time.Millisecond), float64(n)/1e6/time.Since(start).Seconds())
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchLib
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchLib != nil {
		benchLib.s.Close()
	}
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// BenchmarkSearchNewest is a two-word query, newest first, first page of
// results (50) with snippets, over 100,000 articles.
func BenchmarkSearchNewest(b *testing.B) {
	lib := benchLibrary(b)
	for _, q := range []string{"joint venture", "nokia acquisition", `"joint venture"`, "antitrust regulator", "acqui* bank"} {
		b.Run(q, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				hits, _, err := lib.Search(context.Background(), q, Newest, 50)
				if err != nil || len(hits) == 0 {
					b.Fatalf("%q: %d hits, %v", q, len(hits), err)
				}
			}
		})
	}
}

func BenchmarkSearchRelevance(b *testing.B) {
	lib := benchLibrary(b)
	for i := 0; i < b.N; i++ {
		if _, _, err := lib.Search(context.Background(), "joint venture", Relevance, 50); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIndexBuild indexes 5,000 fresh articles per iteration and
// reports MB/s of article text.
func BenchmarkIndexBuild(b *testing.B) {
	c := synthCorpus(benchBuildArticles, 7)
	var size int64
	for i := range c.Articles {
		a := &c.Articles[i]
		size += int64(len(a.Title) + len(a.Source) + len(a.Body))
	}
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := Open(filepath.Join(b.TempDir(), "library.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		lib := s.Library(c)
		<-lib.Done()
		if err := lib.Err(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}
