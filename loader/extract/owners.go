package extract

import (
	"slices"

	"dealwire/loader/extract/when"
	"dealwire/model"
)

// earlierOwnersPurchases completes the lone purchases (see deals.Found's
// Lone) of the seller of the article's lead deal, dated in a year before
// it, whose other side the sentence leaves untold ("Daxmoor, which took
// control of the club in July 2018", "Daxmoor bought the business in 2014
// for $800 million"): what the seller bought then is what it sells now,
// the lead's target. The completed reports join out; the rest stay lone.
// The lead is the first purchase told with its buyer; a lone purchase of
// that buyer is left alone, as it often bought something else, and so is
// one of something told as one of a kind ("Daxmoor, which bought a
// Spanish rival in 2021").
func earlierOwnersPurchases(out, lone []report, published string) ([]report, []report) {
	if len(lone) == 0 {
		return out, lone
	}
	i := firstPurchase(out)
	if i < 0 {
		return out, lone
	}
	lead := out[i] // (a copy: out grows below)
	target := notBuyer(&lead)
	now := when.Year(published)
	if y := when.Year(lead.Date); y != 0 {
		now = y
	}
	kept := lone[:0]
	for _, l := range lone {
		owner := l.Buyer // who bought then: the lead's seller, if a side of it other than its buyer
		if y := when.Year(l.Date); l.Type != model.Acquisition || l.Indefinite || len(l.Parties) != 1 || owner != l.Parties[0] || y == 0 || y >= now ||
			owner == target || owner == lead.Buyer || !slices.Contains(lead.Parties, owner) {
			kept = append(kept, l)
			continue
		}
		l.Lone = false
		l.Parties = []string{owner, target}
		out = append(out, l)
	}
	return out, kept
}
