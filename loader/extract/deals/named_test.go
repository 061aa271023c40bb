package deals

import (
	"testing"

	"dealwire/loader/extract/segment"
)

// markNamed marks in arrays kept from the sentence before: the marks of
// that sentence must not stay.
func TestMarkNamedForgetsTheSentenceBefore(t *testing.T) {
	toks := segment.Tokens("Quorvax agreed to buy Veltraco for $2 billion")
	ws := foldInto(words{}, toks)
	ws.markNamed([]Mention{{From: 0, To: len(toks), Company: "Everything"}})
	ws = foldInto(ws, toks) // the next sentence, folded into the same arrays
	if ws.named != nil {
		t.Fatalf("a sentence just folded has marks %v", ws.named)
	}
	ws.markNamed([]Mention{{From: 0, To: 1, Company: "Quorvax"}})
	if len(ws.named) != len(ws.w) {
		t.Fatalf("%d marks for %d words", len(ws.named), len(ws.w))
	}
	for i, named := range ws.named {
		if want := ws.tok[i] == 0; named != want {
			t.Errorf("word %q named: %v, want %v", ws.w[i], named, want)
		}
	}
}
