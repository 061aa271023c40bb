package segment

import "testing"

// As first written, ShortenedName (9a811ed) takes any capitalised word of two to four letters
// with no lower-case vowel for a shortened given name, so its point never
// ends a sentence. Its vowel test looks at lower-case letters only, so a
// word that opens with a capital vowel ("Arm", "Elf", "Est") passes, and
// company suffixes and abbreviations written without vowels ("Bhd", the
// Malaysian Berhad; "Kft", the Hungarian limited company) pass too: all
// end sentences in news. 20694e9 split each of these.
func TestVowellessWordsEndSentences(t *testing.T) {
	for _, c := range []struct{ text, first string }{
		// Arm Holdings writes its name "Arm"
		{"Veltraco agreed to buy Arm. The deal values the chip designer at $32 billion.", "Veltraco agreed to buy Arm."},
		{"TotalFina took over Elf. The combined group is Europe's largest oil company.", "TotalFina took over Elf."},
		// Malaysian "Sdn Bhd" / "Bhd" closes most Malaysian company names
		{"Veltraco agreed to buy Quorvex Sdn Bhd. Kelmora said it would sell its stake in Ostravel.", "Veltraco agreed to buy Quorvex Sdn Bhd."},
		// Hungarian "Kft."
		{"Veltraco bought the Budapest software maker Quorvex Kft. The deal closes in May.", "Veltraco bought the Budapest software maker Quorvex Kft."},
		// the French region Grand Est
		{"Veltraco a racheté une usine dans le Grand Est. Le groupe allemand Kelmora a annoncé l'acquisition de Brindle.", "Veltraco a racheté une usine dans le Grand Est."},
	} {
		got := Sentences(c.text)
		if len(got) != 2 || got[0].Text != c.first {
			t.Errorf("%q: sentences %q, want two, the first %q", c.text, texts(got), c.first)
		}
	}
}

func texts(ss []Sentence) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Text)
	}
	return out
}
