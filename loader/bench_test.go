package loader

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// syntheticCorpus writes n articles varied from the seeds — body lines
// shuffled and varied — into 100 folders, and returns the
// root and the total size in bytes.
func syntheticCorpus(b *testing.B, n int) (string, int64) {
	b.Helper()
	ents, err := seedFS.ReadDir("seeds")
	if err != nil {
		b.Fatal(err)
	}
	var seeds [][]string
	for _, e := range ents {
		raw, _ := seedFS.ReadFile("seeds/" + e.Name())
		seeds = append(seeds, strings.Split(string(raw), "\n"))
	}
	root := b.TempDir()
	r := rand.New(rand.NewSource(42))
	companies := strings.Fields("Acme Globex Initech Umbrella Hooli Vandelay Soylent Cyberdyne Tyrell Wonka Stark Wayne Oscorp Aperture Massive Dynamic Nakatomi Gringotts Monarch Virtucon")
	var total int64
	for i := 0; i < n; i++ {
		lines := append([]string(nil), seeds[i%len(seeds)]...)
		head := 8
		if head > len(lines) {
			head = len(lines)
		}
		body := lines[head:]
		r.Shuffle(len(body), func(a, b int) { body[a], body[b] = body[b], body[a] })
		for j := range body {
			body[j] = vary(r, body[j], companies)
		}
		text := strings.Join(lines, "\n")
		dir := filepath.Join(root, fmt.Sprintf("outlet%02d", i%100))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			b.Fatal(err)
		}
		ext := ".txt"
		if i%7 == 0 {
			ext = ".md"
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%05d%s", i, ext)), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
		total += int64(len(text))
	}
	return root, total
}

// vary makes a line different in each article, as real articles are: the
// seeds' companies become random ones and two neighbouring words swap, so
// that no line repeats across many files (which cleaning would remove).
func vary(r *rand.Rand, line string, companies []string) string {
	for _, name := range []string{"Nokia", "Microsoft", "Xiaomi"} {
		line = strings.ReplaceAll(line, name, companies[r.Intn(len(companies))])
	}
	words := strings.Fields(line)
	if len(words) > 4 {
		k := 1 + r.Intn(len(words)-3)
		words[k], words[k+1] = words[k+1], words[k]
	}
	return strings.Join(words, " ")
}

// BenchmarkLoad measures loading without extraction — read, metadata,
// cleaning, language — over 10,000 articles, in MB/s.
func BenchmarkLoad(b *testing.B) {
	root, size := syntheticCorpus(b, 10000)
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		arts, problems := readPaths([]string{root}, Options{})
		if len(arts) != 10000 || len(problems) != 0 {
			b.Fatalf("loaded %d articles, %d problems", len(arts), len(problems))
		}
	}
}

// BenchmarkLoadAndExtract measures the whole pipeline a user waits for —
// loading plus recognition of companies and deals and clustering across
// the corpus — over 10,000 articles, in MB/s.
func BenchmarkLoadAndExtract(b *testing.B) {
	root, size := syntheticCorpus(b, benchArticles())
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c, err := Load([]string{root}, Options{})
		if err != nil || len(c.Articles) != benchArticles() || len(c.Companies) == 0 || len(c.Deals) == 0 {
			b.Fatalf("loaded %d articles, %d companies, %d deals: %v", len(c.Articles), len(c.Companies), len(c.Deals), err)
		}
	}
}

// benchArticles is 10,000 unless DEALWIRE_BENCH_ARTICLES says otherwise
// (smaller runs for profiling).
func benchArticles() int {
	if n, err := strconv.Atoi(os.Getenv("DEALWIRE_BENCH_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 10000
}
