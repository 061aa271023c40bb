package lexicon

import "testing"

func TestEndsWith(t *testing.T) {
	lex, err := New("")
	if err != nil {
		t.Fatal(err)
	}
	for word, want := range map[string]bool{
		"batteriekonzern": true,  // compound ending in a company noun
		"konzern":         false, // the noun itself is not a compound of it
		"soapmaker":       true,
		"weather":         false,
	} {
		if got := lex.EndsWith(CompanyNoun, word, 5); got != want {
			t.Errorf("EndsWith(%q) = %v, want %v", word, got, want)
		}
	}
}
