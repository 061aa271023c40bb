package names

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dealwire/loader/extract/segment"
	"dealwire/model"
)

// TestSpanFoldIsFold holds the folded forms taken from the tokens to
// folding the text of the span anew.
func TestSpanFoldIsFold(t *testing.T) {
	sentences := append(newsSentences(), "Microsoft's deal with L'Oréal S.A., AT&T Inc. and Nokia-branded J.C. Penney’s units")
	if len(sentences) < 100 {
		t.Fatalf("only %d sentences", len(sentences))
	}
	for i, toks := range segment.SentenceTokens(sentences) {
		s := sentences[i]
		for from := range toks {
			for to := from + 1; to <= len(toks) && to <= from+3; to++ {
				if got, want := spanFold(s, toks, from, to), model.Fold(s[toks[from].Start():toks[to-1].End()]); got != want {
					t.Errorf("%q [%d,%d): %q, Fold says %q", strings.TrimSpace(s), from, to, got, want)
				}
			}
		}
	}
}

// newsSentences are the sentences of the test news (loader/testdata/news),
// real text for tests that hold a fast path to a plain one.
func newsSentences() []string {
	files, _ := filepath.Glob("../../testdata/news/*")
	var sentences []string
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		for _, s := range segment.Sentences(string(raw)) {
			sentences = append(sentences, s.Text)
		}
	}
	return sentences
}
