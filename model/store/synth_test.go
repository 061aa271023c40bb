package store

import (
	"fmt"
	"math/rand"
	"strings"

	"dealwire/model"
)

// synthWords is the vocabulary of synthetic articles: business words,
// common ones far more often than rare ones (index by a skewed draw).
var synthWords = strings.Fields(`the of and to a in for is on that by with said company deal
percent million billion shares market year would its from as at has will it be an are
which have this was quarter revenue profit investors analysts growth acquisition merger
partnership venture joint agreement stake board chief executive officer chairman bank
fund capital equity debt bond loan rate central inflation economy sales demand supply
chain factory plant production output energy oil gas power renewable solar wind battery
electric vehicle car maker software cloud data centre chip semiconductor phone network
telecom carrier license patent royalty court ruling regulator approval antitrust review
competition commission european union china united states japan germany france britain
india brazil canada australia korea nokia microsoft xiaomi siemens bayer unilever nestle
toyota samsung sony intel apple google amazon meta oracle ibm cisco ericsson huawei
pharma drug trial vaccine hospital insurance retail store online platform subscriber
customer price cost margin forecast guidance outlook dividend buyback listing ipo
valuation private sovereign pension hedge activist takeover bid offer premium tender
completed announced proposed failed talks sources familiar matter people close terms
undisclosed sum cash stock exchange regulator filing statement spokesman declined comment`)

// synthCorpus makes n articles of about 1.5 KB each, dated across
// 2000..2024, deterministic for a seed.
func synthCorpus(n int, seed int64) *model.Corpus {
	rng := rand.New(rand.NewSource(seed))
	arts := make([]model.Article, n)
	var b strings.Builder
	word := func() string {
		// skewed: low indices (common words) much more often
		i := int(float64(len(synthWords)) * rng.Float64() * rng.Float64())
		return synthWords[i]
	}
	for i := range arts {
		b.Reset()
		title := make([]string, 6)
		for j := range title {
			title[j] = word()
		}
		for b.Len() < 1400+rng.Intn(400) {
			b.WriteString(word())
			if rng.Intn(12) == 0 {
				b.WriteString(". ")
			} else {
				b.WriteByte(' ')
			}
		}
		arts[i] = model.Article{
			ID:        fmt.Sprintf("s%06d", i),
			Hash:      fmt.Sprintf("%016x%08x", rng.Uint64(), i),
			Title:     strings.Join(title, " "),
			Source:    []string{"Wire", "Daily", "Times", "Post"}[i%4],
			Published: fmt.Sprintf("%04d-%02d-%02d", 2000+rng.Intn(25), 1+rng.Intn(12), 1+rng.Intn(28)),
			Body:      b.String(),
		}
	}
	return model.NewCorpus(fmt.Sprintf("synth%d", n), arts, nil, nil, nil)
}
