package deals

import (
	"slices"
	"testing"

	"dealwire/model"
)

// review61b: inputs the company-control guard of e1260958
// (controlledByCompany) misreads.

// controlledByCompany wants an "of" word (ofWords, takingOf) right after
// the word of control, but those lists hold neither the German feminine
// genitive "der" (the trigger itself is "unter die Kontrolle der", and a
// company with "AG", "Gruppe", "Holding" is feminine: "der Quorvex AG")
// nor the elided French "d'" and Italian "dell'" ("d'Ostravel",
// "dell'americana Quorvex"). Each is Brindle passing under the control of
// a company, an acquisition of Brindle, and each was read as one before
// e1260958 (the old guard only asked for a company named soon after);
// the code now drops the deal.
func TestReview61bControlOfACompanyAfterDerOrAnElidedOf(t *testing.T) {
	for _, c := range []struct{ lang, text, buyer string }{
		{"de", "Brindle geriet 2015 unter die Kontrolle der Quorvex AG.", "Quorvex"},
		{"de", "Brindle kam 2015 unter die Kontrolle der Quorvex.", "Quorvex"},
		{"fr", "En 2015, Brindle est passée sous le contrôle d'Ostravel.", "Ostravel"},
		{"it", "Nel 2015 Brindle è passata sotto il controllo dell'americana Quorvex.", "Quorvex"},
	} {
		fs := Find(sentence(c.text, "Brindle", c.buyer), c.lang, "2020-10-29")
		if len(fs) != 1 || fs[0].Type != model.Acquisition || !slices.Contains(fs[0].Parties, c.buyer) || !slices.Contains(fs[0].Parties, "Brindle") {
			t.Errorf("%s: %q = %+v, want %s's acquisition of Brindle", c.lang, c.text, fs, c.buyer)
		}
	}
}

// controlledByCompany tests each word after "of" against the people
// nouns (ofTheCompany) before it asks whether the word is a company's
// name, so a company whose name opens with one of those nouns ("Founders
// Capital", "Family Retail Group", "Fundador Capital") is taken for the
// founders or the family of someone: the deal is dropped. These are
// companies named right after "of"/"de", taking Brindle over, as the code
// read them before e1260958 (with the buyer marked in the "hands" ones).
func TestReview61bCompanyNamedByAPeopleNoun(t *testing.T) {
	for _, c := range []struct{ lang, text, buyer string }{
		{"en", "Brindle came under the control of Founders Capital in 2015.", "Founders Capital"},
		{"en", "Brindle passed into the hands of Family Retail Group in 2015.", "Family Retail Group"},
		{"es", "En 2015 Brindle pasó a manos de Fundador Capital.", "Fundador Capital"},
	} {
		fs := Find(sentence(c.text, "Brindle", c.buyer), c.lang, "2020-10-29")
		if len(fs) != 1 || fs[0].Type != model.Acquisition || !slices.Contains(fs[0].Parties, c.buyer) || !slices.Contains(fs[0].Parties, "Brindle") {
			t.Errorf("%s: %q = %+v, want %s's acquisition of Brindle", c.lang, c.text, fs, c.buyer)
		}
	}
}
