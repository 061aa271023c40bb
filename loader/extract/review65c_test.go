package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Review of stop 65, third round (1fc139d8, 96e14549), read over whole
// articles: each test fails at 96e14549 and passes at fd9e9846.

// hasAcquisition65c: ds holds an acquisition naming both a and b.
func hasAcquisition65c(ds []model.Deal, a, b string) bool {
	return slices.ContainsFunc(ds, func(d model.Deal) bool {
		return d.Type == model.Acquisition && slices.Contains(d.Parties, a) && slices.Contains(d.Parties, b)
	})
}

// 1fc139d8 demonymSubject: a German subject put after its verb, with no
// name before it, is followed by the object, often the company bought
// ("Im Jahr 2015 kauften die Franzosen Quorvex"): demonymNoun, asked now
// where no name came before, takes the name after the demonym for what
// it describes, and the dated deal of "die Franzosen" is lost.
func TestReview65cDemonymSubjectBeforeTheCompanyBought(t *testing.T) {
	for _, body := range []string{
		"Die französische Veltraco wächst weiter.\n\nIm Jahr 2015 kauften die Franzosen Quorvex.",
		"Die amerikanische Veltraco wächst weiter.\n\n2019 übernahmen die Amerikaner Quorvex für zwei Milliarden Dollar.",
		"Die amerikanische Veltraco wächst weiter.\n\nVor drei Jahren kauften die Amerikaner Quorvex.",
	} {
		if got := extractTextIn(t, "de", body, "Veltraco", "Quorvex"); !hasAcquisition65c(got, "Veltraco", "Quorvex") {
			t.Errorf("%q: %+v, want Veltraco buying Quorvex", body, got)
		}
	}
}

// 96e14549 turnsToNow: the deal told after an opening "a year ago" loses
// its year, and with it its status, where the sentence goes on with a
// "now" or a "but" of another clause.
func TestReview65cYearAgoDealLosesItsYear(t *testing.T) {
	for _, body := range []string{
		"A year ago, Veltraco bought Quorvex, which now employs 5,000 people.",
		"A year ago, Veltraco agreed to buy Quorvex, but regulators blocked the deal.",
	} {
		got := extractTextIn(t, "en", body, "Veltraco", "Quorvex")
		if len(got) != 1 || got[0].Date != "2019" {
			t.Errorf("%q: %+v, want one deal dated 2019", body, got)
		}
	}
}
