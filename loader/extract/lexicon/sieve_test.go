package lexicon

import (
	"strings"
	"testing"

	"dealwire/model"
)

// The sieve refuses no listed name, so a lookup through it finds what the
// table holds, listed or not, whatever the word.
func TestSieveAgreesWithTheTable(t *testing.T) {
	l, err := New("")
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for name := range l.kinds {
		// the names themselves, and near misses: one byte off at either
		// end, a suffix, the name doubled
		words = append(words, name, name+"s", "x"+name, name[1:], name+" "+name)
	}
	for _, w := range strings.Fields("Nestlé nestle l’oreal l'oreal «Siemens» ſiemens ÉDF edf Zürich zurich Ørsted " +
		"orsted Škoda skoda 中国 ǅ 'the the of and konzern Batteriekonzern gmbh") {
		words = append(words, w, model.Fold(w))
	}
	words = append(words, "", " ", "\u00a0")
	refused := 0
	for _, w := range words {
		want := l.kinds[w]
		if got := l.KindsFolded(w); got != want {
			t.Errorf("KindsFolded(%q) = %b, the table holds %b", w, got, want)
		}
		if got := l.HasFoldedBytes(Place, []byte(w)); got != want.Has(Place) {
			t.Errorf("HasFoldedBytes(Place, %q) = %v, the table says %v", w, got, want.Has(Place))
		}
		if !mayHold(&l.listed, w) {
			refused++
		}
	}
	if refused == 0 {
		t.Error("the sieve refused no word: it saves no lookup")
	}
}

// The alias sieve refuses no alias and no start of one, so LongestAlias
// through it finds the alias the tables hold at the start of any words.
func TestAliasSieveAgreesWithTheTables(t *testing.T) {
	l, err := New("")
	if err != nil {
		t.Fatal(err)
	}
	for alias := range l.byAlias {
		if !mayHold(&l.aliasSieve, alias) {
			t.Errorf("the alias sieve refuses the alias %q", alias)
		}
	}
	for start := range l.aliasStarts {
		if !mayHold(&l.aliasSieve, start) {
			t.Errorf("the alias sieve refuses the alias start %q", start)
		}
	}
	// every alias found word by word, as knownAt asks, with a word more
	for alias := range l.byAlias {
		words := append(strings.Fields(alias), "zzz")
		if _, n, _ := l.LongestAlias(words); n < len(words)-1 {
			t.Errorf("LongestAlias(%q) = %d words, want at least %d", words, n, len(words)-1)
		}
	}
}
