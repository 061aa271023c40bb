package names

import (
	"slices"
	"strings"
	"testing"

	"dealwire/loader/extract/lexicon"
	"dealwire/model"
)

// splitRunByJoining is splitRun as it was before runs of a single-spaced
// key were cut from it rather than joined.
func (r *recognizer) splitRunByJoining(key string, group map[string]string) []string {
	w := strings.Fields(key)
	var out []string
	for i := 0; i < len(w); {
		n := len(w) - i
		for ; n > 0; n-- {
			part := strings.Join(w[i:i+n], " ")
			if c, ok := group[part]; ok && (n > 1 || len(w[i]) > 2) {
				out = AppendNew(out, c)
				break
			}
			if c, ok := r.lex.Company(part); ok && !c.NeedsContext && !opensAnother(c, w[i:], n) {
				out = AppendNew(out, c.Name)
				break
			}
		}
		if n == 0 {
			n = 1
		}
		i += n
	}
	return out
}

func TestSplitRunIsJoining(t *testing.T) {
	lex, err := lexicon.New("")
	if err != nil {
		t.Fatal(err)
	}
	r := &recognizer{lex: lex}
	group := map[string]string{"acme": "Acme", "acme holdings": "Acme Holdings", "jd": "JD", "bank of acme": "Bank of Acme"}
	words := []string{"acme", "holdings", "jd", "bank", "of", "volkswagen", "nissan", "jardine", "lloyd", "thompson", "matheson",
		"deutsche", "telekom", "ag", "x", "the", "société", "générale"}
	var keys []string
	for _, a := range words {
		keys = append(keys, a)
		for _, b := range words {
			keys = append(keys, a+" "+b, a+"  "+b, " "+a+" "+b, a+"\t"+b)
			for _, c := range words[:8] {
				keys = append(keys, a+" "+b+" "+c)
			}
		}
	}
	keys = append(keys, "", " ", model.Fold("Volkswagen-Nissan"), "a b c d e f g h i j k")
	for _, k := range keys {
		// the text in capitals: every acronym written as one, as the
		// joining version took them
		if got, want := r.splitRun(k, strings.ToUpper(k), group), r.splitRunByJoining(k, group); !slices.Equal(got, want) {
			t.Errorf("splitRun(%q) = %q, joining gives %q", k, got, want)
		}
	}
}

// A company named by an acronym ("WEG", "BMW") is read out of a run only
// where the text writes it in capitals: German "Weg" is a way.
func TestSplitRunAcronymsInCapitals(t *testing.T) {
	lex, err := lexicon.New("")
	if err != nil {
		t.Fatal(err)
	}
	r := &recognizer{lex: lex}
	if got := r.splitRun("der weg frei", "Der Weg Frei", nil); slices.Contains(got, "WEG") {
		t.Errorf("splitRun read WEG out of %q: %q", "Der Weg Frei", got)
	}
	if got := r.splitRun("bmw daimler", "BMW Daimler", nil); !slices.Contains(got, "BMW") {
		t.Errorf("splitRun missed BMW in %q: %q", "BMW Daimler", got)
	}
}
