package extract

import (
	"errors"
	"testing"

	"dealwire/model"
)

// FuzzExtract feeds arbitrary text through the whole extraction: no text,
// however odd, may stop it (Extract turns a panic into a Failure, which
// this reports as a bug).
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Veltraco agreed to buy Quorvex for $2.5 billion.",
		"# Veltraco and Quorvex\n\nThe acquisition, it said, would close. It will pay €3bn for the jeweler.",
		"In 2013 Veltraco paid $21.6 billion for Quorvex, a deal, and in 2006 it bought Daxmoor's unit.",
		"Opel, rilevata da General Motors nel 2017, , which it bought ; the deals are",
		"Der Leverkusener Konzern zahlt 128 Dollar je Aktie, insgesamt 63 Milliarden Dollar.",
		", which , with , the partnership with",
	} {
		f.Add(s, "en")
	}
	for _, s := range []string{
		"2014 übernahm Veltraco den Pumpenbauer Quorvex. 2016 folgte die Gießerei Daxmoor für 300 Millionen Dollar. Im selben Jahr folgte",
		"Im August 2020 übernahm es den Händler Quorvex, im Januar folgte der **Abodienst** Daxmoor, folgte",
		"Berlin, 3. März 2024 – Veltraco verkauft 16% an Quorvex. Bereits 1987 hatte es den Hersteller gekauft. hatte es",
	} {
		f.Add(s, "de")
	}
	f.Fuzz(func(t *testing.T, body, lang string) {
		arts := []model.Article{
			{ID: "a", Language: lang, Published: "2020-10-29", Body: body},
			{ID: "b", Language: "en", Body: "Veltraco Inc. agreed to buy Quorvex Corp. for $2 billion. " + body},
		}
		_, _, err := Extract(arts, Options{})
		var fail *Failure
		if errors.As(err, &fail) {
			t.Fatalf("extraction failed on %q: %v", body, err)
		}
	})
}
