package lists

import "testing"

func TestShapesTellEveryListedWord(t *testing.T) {
	a := map[string]bool{"and": true, ";": true, "meanwhile": true}
	b := map[string]bool{"e": true, "averyveryveryveryveryveryveryveryveryveryveryveryverylongwordindeed": true}
	s := ShapesOf(a, b)
	for _, l := range []map[string]bool{a, b} {
		for w := range l {
			if !s.May(w) {
				t.Errorf("%q told absent", w)
			}
		}
	}
	for _, w := range []string{"an", "x", ",", "meanwhilst"} {
		if s.May(w) {
			t.Errorf("%q may be listed, though no listed word has its shape", w)
		}
	}
	if !s.May("ant") {
		t.Error(`"ant" is told absent, though "and" has its shape`)
	}
	if !s.May("") || !s.May("averyveryveryveryveryveryveryveryveryveryveryveryverylongwordindeex") {
		t.Error("the empty word and long words of a listed long word's first byte may be listed")
	}
}

func TestSetHasItsWordsOnly(t *testing.T) {
	s := SetOf(map[string]bool{"rose": true, "fell": true})
	for w, want := range map[string]bool{"rose": true, "fell": true, "rise": false, "fall": false, "": false, "roses": false} {
		if s.Has(w) != want {
			t.Errorf("Has(%q) = %v, want %v", w, !want, want)
		}
	}
}

func TestHashesTellEveryAddedWord(t *testing.T) {
	words := []string{"and", "acquire", "", "übernahme", "joint", "a"}
	for i := 0; i < 3000; i++ {
		words = append(words, string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676)))
	}
	h := HashesOf(words)
	for _, w := range words {
		if !h.May(w) {
			t.Errorf("%q told absent", w)
		}
	}
	// most words not added are told absent
	absent := 0
	for i := 0; i < 1000; i++ {
		if !h.May("zz" + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676))) {
			absent++
		}
	}
	if absent < 800 {
		t.Errorf("only %d of 1,000 words not added told absent", absent)
	}
}

func TestSieveTellsEveryListedWord(t *testing.T) {
	a := map[string]bool{"and": true, "": true, "meanwhile": true}
	b := map[string]bool{"e": true, "über": true}
	s := SieveOf(a, b)
	for _, l := range []map[string]bool{a, b} {
		for w := range l {
			if !s.May(w) {
				t.Errorf("%q told absent", w)
			}
		}
	}
	if s.May("x") || s.May("meanwhilst") {
		t.Error("a word of no listed word's shape may be listed")
	}
}
