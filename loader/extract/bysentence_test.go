package extract

import (
	"reflect"
	"testing"

	"dealwire/loader/extract/deals"
	"dealwire/loader/extract/names"
)

// TestMentionsBySentenceIsAppending holds the one-array grouping to the
// appends it replaces: the same mentions, in the same order, nil for a
// sentence without any, and no sentence's part running into the next.
func TestMentionsBySentenceIsAppending(t *testing.T) {
	ms := []names.Mention{
		{Sentence: 2, From: 0, To: 1, Company: "A"}, {Sentence: 0, From: 3, To: 5, Company: "B"},
		{Sentence: 2, From: 4, To: 6, Company: "C"}, {Sentence: 4, From: 1, To: 2, Company: "A"},
	}
	want := make([][]deals.Mention, 5)
	for _, m := range ms {
		want[m.Sentence] = append(want[m.Sentence], deals.Mention{From: m.From, To: m.To, Company: m.Company})
	}
	got := mentionsBySentence(ms, 5)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("mentionsBySentence = %v, appending gives %v", got, want)
	}
	_ = append(got[0], deals.Mention{Company: "X"})
	if got[2][0].Company != "A" {
		t.Fatalf("an append to sentence 0 ran into sentence 2: %v", got[2])
	}
	if got := mentionsBySentence(nil, 3); !reflect.DeepEqual(got, make([][]deals.Mention, 3)) {
		t.Fatalf("no mentions: %v", got)
	}
}
