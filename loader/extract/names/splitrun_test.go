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
		if got, want := r.splitRun(k, group), r.splitRunByJoining(k, group); !slices.Equal(got, want) {
			t.Errorf("splitRun(%q) = %q, joining gives %q", k, got, want)
		}
	}
}
