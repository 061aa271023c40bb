package names

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dealwire/loader/extract/lexicon"
)

// displayBySplitting is display as it was before a single-spaced text
// was cut rather than split and joined.
func (r *recognizer) displayBySplitting(text string) string {
	words := strings.Fields(text)
	for len(words) > 1 {
		last := strings.TrimRight(words[len(words)-1], ".,")
		if last != "&" && !r.lex.Has(lexicon.LegalSuffix, last) {
			break
		}
		words = words[:len(words)-1]
	}
	return strings.TrimRight(strings.Join(words, " "), ",")
}

func TestDisplayIsSplitting(t *testing.T) {
	lex, err := lexicon.New("")
	if err != nil {
		t.Fatal(err)
	}
	r := &recognizer{lex: lex}
	texts := []string{"Acme Inc.", "Acme Holdings AG", "Acme AG,", "Acme  AG", "Acme\tAG", "Acme\u00a0AG", " Acme AG", "Acme AG ",
		"Acme S.p.A.", "Acme GmbH & Co. KG", "Acme, Inc.", "Acme Inc.,", "Ltd Ltd", "Acme LTD.", "Acme Ｉｎｃ", "Acme AG, "}
	files, _ := filepath.Glob("../../testdata/dealdev*/*")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		words := strings.Fields(string(raw))
		for i := range words {
			for n := 2; n <= 4 && i+n <= len(words); n++ {
				texts = append(texts, strings.Join(words[i:i+n], " "))
			}
		}
	}
	if len(texts) < 10000 {
		t.Fatalf("%d texts: too few to tell", len(texts))
	}
	for _, text := range texts {
		if got, want := r.display(text), r.displayBySplitting(text); got != want {
			t.Errorf("display(%q) = %q, splitting gives %q", text, got, want)
		}
	}
}

// "GmbH & Co. KG" is a legal form whole: the name is what comes before it.
func TestDisplayDropsALegalFormWithAmpersand(t *testing.T) {
	lex, err := lexicon.New("")
	if err != nil {
		t.Fatal(err)
	}
	r := &recognizer{lex: lex}
	for _, text := range []string{"Daimler Truck Fuel Cell GmbH & Co. KG", "Daimler Truck Fuel Cell GmbH & Co."} {
		if got := r.display(text); got != "Daimler Truck Fuel Cell" {
			t.Errorf("display(%q) = %q, want Daimler Truck Fuel Cell", text, got)
		}
	}
	if got := r.display("Procter & Gamble"); got != "Procter & Gamble" {
		t.Errorf("display(Procter & Gamble) = %q", got)
	}
}
