package deals

import (
	"slices"
	"testing"

	"dealwire/model"
)

// review61a: inputs the passing-under-control triggers of a9af62f3
// misread.

// The Italian passato remoto "passò sotto il controllo" (folded "passo")
// is a new trigger, but "passo" is not among passingWords, so neither the
// guard that wants the one in control named (withoutControlOfNoCompany)
// nor the reading of the buyer from the words after the verb applies:
// passing under the State's or the commissioners' control is taken for a
// purchase (with Brindle as its own buyer), and passing under Quorvex's
// control makes Brindle the buyer. Right: no deal for the first two;
// Quorvex (or no one marked), never Brindle, buying in the third.
func TestReview61aItalianPassatoRemotoUnderControl(t *testing.T) {
	for _, text := range []string{
		"Brindle passò sotto il controllo dello Stato nel 2009.",
		"Nel 2009 Brindle passò sotto il controllo dei commissari straordinari.",
	} {
		if fs := Find(sentence(text, "Brindle"), "it", "2020-10-29"); len(fs) != 0 {
			t.Errorf("%q = %+v, want no deal", text, fs)
		}
	}
	text := "Nel 2009 Brindle passò sotto il controllo di Quorvex."
	fs := Find(sentence(text, "Brindle", "Quorvex"), "it", "2020-10-29")
	if len(fs) != 1 || fs[0].Type != model.Acquisition || fs[0].Buyer == "Brindle" {
		t.Errorf("%q = %+v, want Quorvex buying Brindle", text, fs)
	}
}

// "passed into the hands of" has no word of control, so passesUnderControl
// is false and the guard that wants a company named after it never runs:
// passing into administrators' or creditors' hands is read as a purchase
// (a lone one, which the article then pairs with any other company it
// names). Right: no deal, as for "came under the control of its
// creditors" in the commit's own test.
func TestReview61aIntoTheHandsOfNoCompany(t *testing.T) {
	for _, text := range []string{
		"Brindle passed into the hands of administrators in 2009.",
		"Brindle passed into the hands of its creditors in 2009.",
	} {
		if fs := Find(sentence(text, "Brindle"), "en", "2020-10-29"); len(fs) != 0 {
			t.Errorf("%q = %+v, want no deal", text, fs)
		}
	}
}

// The guard only asks that some company be named within three words of
// "of"/"der": the creditors or the founder of a company are named by it,
// but are not it ("Quorvex's creditors", "der Gläubiger von Quorvex",
// "Quorvex founder Ivo Marr"). Right: no purchase of Brindle by Quorvex;
// the code reads one in each (and makes Quorvex the buyer outright in the
// "hands" one).
func TestReview61aUnderTheControlOfSomeoneOfACompany(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Brindle came under the control of Quorvex's creditors in 2009."},
		{"en", "Brindle passed into the hands of Quorvex's creditors in 2009."},
		{"en", "Brindle came under the control of Quorvex founder Ivo Marr in 2009."},
		{"de", "Brindle kam 2009 unter die Kontrolle der Gläubiger von Quorvex."},
	} {
		for _, f := range Find(sentence(c.text, "Brindle", "Quorvex"), c.lang, "2020-10-29") {
			if f.Type == model.Acquisition && slices.Contains(f.Parties, "Quorvex") && slices.Contains(f.Parties, "Brindle") {
				t.Errorf("%s: %q = %+v, want no purchase of Brindle by Quorvex", c.lang, c.text, f)
			}
		}
	}
}

// ownerOfSubject drops "The fate of Brindle passed into the hands of
// Quorvex" (something of Brindle's, not Brindle), but not the English
// possessive the new English triggers come with: "Brindle's fate passed
// into the hands of Quorvex", "Brindle's future came under the control of
// Quorvex". Right: no deal, as for "of"; the code reads Quorvex buying
// Brindle.
func TestReview61aPossessiveSubjectPassing(t *testing.T) {
	for _, text := range []string{
		"Brindle's fate passed into the hands of Quorvex in 2008.",
		"Brindle's future came under the control of Quorvex in 2008.",
	} {
		if fs := Find(sentence(text, "Brindle", "Quorvex"), "en", "2020-10-29"); len(fs) != 0 {
			t.Errorf("%q = %+v, want no deal", text, fs)
		}
	}
}
