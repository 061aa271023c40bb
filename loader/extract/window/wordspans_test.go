package window

import (
	"slices"
	"testing"
)

// EachWord over the spans AppendWordSpans found calls back with the words
// Words finds, at the same offsets.
func TestEachWordOverSpansIsWords(t *testing.T) {
	for _, text := range []string{
		"", " ", "a", "Acme paid $1.2 billion on 5 November 2019.", "d'euros l’accordo", "Über 2,8 Mrd. € für Ärzte",
		"中文 テキスト 12", "end\xff\xfeword x", "  lead and trail  ", "ſeptember ſ K-12 O'Neil",
	} {
		type word struct {
			w          string
			start, end int
		}
		var want, got []word
		Words(text, func(w string, start, end int) { want = append(want, word{w, start, end}) })
		spans := AppendWordSpans(nil, text)
		if spans == nil {
			spans = [][2]int{} // found, and none: not "not found yet"
		}
		EachWord(text, spans, func(w string, start, end int) { got = append(got, word{w, start, end}) })
		if !slices.Equal(got, want) {
			t.Errorf("%q: EachWord over spans gave %v, Words %v", text, got, want)
		}
	}
}
