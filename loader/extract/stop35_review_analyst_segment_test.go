package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Review of 6dd1752 (deals.analystsFirm): a person quoted "vom Stuttgarter
// Konzern X" speaks for X, the buyer, not for an analyst's firm; two
// capitalised words between "vom" and the firm are the German norm for
// any company, not only an analyst's.
func TestStop35ReviewSpeakersFirmAfterTwoWordsIsNoAnalyst(t *testing.T) {
	for _, s := range []string{
		"„Der Preis ist fair“, sagte Anna Weber vom Stuttgarter Konzern Veltraco, der Quorvex für 300 Millionen Euro übernimmt.",
		"„Der Preis ist fair“, sagte Anna Weber vom Stuttgarter Unternehmen Veltraco, das Quorvex für 300 Millionen Euro übernimmt.",
		"„Der Preis ist fair“, sagte Anna Weber vom Stuttgarter Maschinenbauer Veltraco, der Quorvex für 300 Millionen Euro übernimmt.",
	} {
		_, ds := extractAll(t, "de", "Konzerne im Umbau\n\n"+s, "Veltraco", "Quorvex")
		if d := firstIs(ds, model.Acquisition, "Veltraco", "Quorvex"); d == nil {
			t.Errorf("%q: deals %+v: want Veltraco's purchase of Quorvex", s, ds)
		}
	}
}

// Review of 29abc91 (segment.dayBeforeMonth): a sentence ending in a
// number before one opening with a given name that is also a month
// ("Jan", "May", "August") is two sentences; joined, the second
// sentence's sale is read with the first sentence's company.
func TestStop35ReviewNumberBeforeAGivenNameEndsTheSentence(t *testing.T) {
	_, ds := extractAll(t, "de", "Konzerne im Umbau\n\nDie Zahl der Werke von Veltraco steigt auf 14. Jan Ostrowski verkaufte Quorvex an Daxmoor.",
		"Veltraco", "Quorvex", "Daxmoor")
	for _, d := range ds {
		if slices.Contains(d.Parties, "Veltraco") {
			t.Errorf("deal %s %v: Veltraco sells nothing", d.Type, d.Parties)
		}
	}
	_, ds = extractAll(t, "de", "Konzerne im Umbau\n\nVeltraco übernimmt Quorvex für 300 Millionen Euro, die Zahl der Mitarbeiter steigt auf 12. "+
		"Jan Ostrowski, Chef von Daxmoor, kündigte ein Gegenangebot über 350 Millionen Euro an.", "Veltraco", "Quorvex", "Daxmoor")
	if d := firstIs(ds, model.Acquisition, "Daxmoor", "Quorvex"); d == nil {
		t.Errorf("deals %+v: want Daxmoor's counter-offer for Quorvex", ds)
	}
}
