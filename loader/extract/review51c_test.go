package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Review of bbea942 (A) and 1730641 (B); each case failed at 1730641 and
// passed at the commit's parent. A: "already own" was read as the rest of
// a company only after a negation within three words; negations further
// off, or "neither ... nor", lost the acquisition.
func TestReview51cABuyingTheRestWithDistantNegation(t *testing.T) {
	for _, s := range []string{
		"Veltraco agreed to acquire the shares of Quorvex that neither it nor its partners already own for $300 million.",
		"Veltraco will buy the 40% of Quorvex that it does not directly or indirectly already own for $300 million.",
	} {
		_, ds := extractAll(t, "en", s, "Veltraco", "Quorvex", "Brindle", "Daxmoor")
		if d := dealOf(ds, model.Acquisition, "Veltraco", "Quorvex"); d == nil || d.Type != model.Acquisition {
			t.Errorf("%q: want an acquisition of Quorvex by Veltraco, got %+v", s, ds)
		}
	}
}

// Review of 1730641 (B): a capitalised "Von" opening a German sentence the
// sentence splitter does not see (after an abbreviation ending the
// previous sentence, after a dateline dash) now stays in the company's
// name: "Von Brindle Systems", a false company, and a wrong deal party.
func TestReview51cBVonAfterAbbreviationOrDateline(t *testing.T) {
	for _, c := range []struct{ text, want, bad string }{
		{"Veltraco Capital kauft Quorvex Holding, Lagerhallen, Maschinen usw. Von Brindle Systems kam kein Gegenangebot.", "Brindle Systems", "Von Brindle Systems"},
		{"Veltraco Capital kauft Quorvex Holding für 3 Mrd. Von Brindle Systems kam kein Gegenangebot.", "Brindle Systems", "Von Brindle Systems"},
		{"Veltraco Capital kauft Quorvex Inc. Von Brindle kam kein Gegenangebot.", "", "Von Brindle"},
		{"Frankfurt (dpa-AFX) - Von Brindle Systems übernimmt Veltraco Capital die Windsparte für 300 Millionen Euro.", "Brindle Systems", "Von Brindle Systems"},
		{"Berlin – Von Brindle Systems übernimmt Veltraco Capital die Windsparte für 300 Millionen Euro.", "Brindle Systems", "Von Brindle Systems"},
		{"Veltraco Capital kauft Quorvex Holding für 300 Millionen Euro (Von Brindle Systems kam kein Gegenangebot).", "Brindle Systems", "Von Brindle Systems"},
	} {
		cs, ds := extractAll(t, "de", c.text)
		names := companyNames(cs)
		if slices.Contains(names, c.bad) || c.want != "" && !slices.Contains(names, c.want) {
			t.Errorf("%q: want %q, not %q, got %v", c.text, c.want, c.bad, names)
		}
		for _, d := range ds {
			if slices.Contains(d.Parties, c.bad) {
				t.Errorf("%q: %q a party of %+v", c.text, c.bad, d)
			}
		}
	}
}
