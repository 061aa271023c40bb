package extract

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"dealwire/loader/extract/lexicon"
	"dealwire/loader/extract/money"
	"dealwire/loader/extract/names"
	"dealwire/loader/extract/parallel"
	"dealwire/loader/extract/when"
	"dealwire/model"
)

// typeClass groups deal types that one real-world deal is reported as:
// a sale by one side is a purchase by the other, and a merger is often
// told as either; a partnership may be a joint venture.
func typeClass(t string) string {
	switch t {
	case model.Acquisition, model.Divestiture, model.Merger:
		return "transfer"
	case model.Partnership, model.JointVenture:
		return "alliance"
	}
	return t
}

// compatible reports whether two reports can be one deal by type and
// parties. A generic "deal" joins any type. (Reports are large: they are
// handed by pointer to this and affinity, asked of many pairs.)
func compatible(a, b *report) bool {
	return !conflicting(a, b) && sharing(a, b)
}

// facts are what the clustering compares of a report besides its
// figures: its companies' names and the class of its type, either as
// strings (factsOf) or as the numbers the group index gives them
// (groupIndex.factsAt), and its year. Placing a report compares it with
// thousands of others: numbers and a year read once compare faster
// than strings and a date read at each comparison. The zero T is no name.
type facts[T comparable] struct {
	sides []T // the parties as outlets are compared (report.sides)
	buyer T   // the buyer as outlets are compared
	// the parties and the buyer as read (report.Parties, report.Buyer)
	parties   []T
	readBuyer T
	class     T    // typeClass of the type
	transfer  bool // the class is "transfer"
	year      int  // when.Year of the date
}

// factsOf are r's facts, names as strings.
func factsOf(r *report) facts[string] {
	sides, buyer := r.sides()
	class := typeClass(r.Type)
	return facts[string]{sides: sides, buyer: buyer, parties: r.Parties, readBuyer: r.Buyer,
		class: class, transfer: class == "transfer", year: when.Year(r.Date)}
}

// conflicting: two reports that cannot be one deal, whatever companies
// they share: of different types, or of different buyers.
func conflicting(a, b *report) bool {
	af, bf := factsOf(a), factsOf(b)
	return conflictingFacts(a, b, &af, &bf)
}

// conflictingFacts is conflicting, a's and b's names given as an and bn.
func conflictingFacts[T comparable](a, b *report, an, bn *facts[T]) bool {
	if !a.Generic && !b.Generic && an.class != bn.class {
		return true
	}
	var none T
	ap, ab := an.sides, an.buyer
	bp, bb := bn.sides, bn.buyer
	// Microsoft buying from Nokia, and later selling on to HMD (but two
	// reports of one price in one year between the same companies are one
	// deal, whoever one outlet was read to make the buyer)
	return ab != none && bb != none && ab != bb && !(slices.Contains(ap, bb) && slices.Contains(bp, ab)) &&
		!(sameFiguresIn(a, b, an.year, bn.year) && overlapReaches(ap, bp, 2)) && !misreadBuyer(a, b, an, bn) && !guessedBuyer(a, b, an, bn)
}

// guessedBuyer: one report's buyer is the company its sentence only
// referred to ("In 1999 it bought Breguet from Investcorp"), and the two
// share two other companies, what is bought and who sells, in the same
// year or undated: one deal, the reference read to another company.
func guessedBuyer[T comparable](a, b *report, an, bn *facts[T]) bool {
	if !(a.guessed != "" && a.guessed == a.Buyer || b.guessed != "" && b.guessed == b.Buyer) || !an.transfer || !bn.transfer {
		return false
	}
	if an.year != 0 && bn.year != 0 && an.year != bn.year {
		return false
	}
	shared := 0
	for _, p := range an.sides {
		if p != an.buyer && p != bn.buyer && slices.Contains(bn.sides, p) {
			shared++
		}
	}
	return shared >= 2
}

// guessedSideShared: of two reports of one type in one year, one names
// two sides, one of them the company its sentence only referred to, and
// the other report names its other side, not the guessed one: "2017
// folgte der Zusammenschluss mit Evidensia", read as the article's
// investor merging, beside "Independent Vetcare combined with Evidensia in
// 2017". One deal, the reference read to another company.
func guessedSideShared(a, b *report, ya, yb int) bool {
	if a.Type != b.Type || a.Generic || b.Generic || ya == 0 || ya != yb {
		return false
	}
	if gap, priced := priceGap(a, b); priced && gap > 0.01 {
		return false // "a $40 million licence" beside "a $90 million licence": two deals
	}
	guessedOnly := func(x, y *report) bool {
		if x.guessed == "" || len(x.Parties) != 2 || len(y.Parties) < 2 || !slices.Contains(x.Parties, x.guessed) || slices.Contains(y.Parties, x.guessed) {
			return false
		}
		other := x.Parties[0]
		if other == x.guessed {
			other = x.Parties[1]
		}
		return slices.Contains(y.Parties, other)
	}
	return guessedOnly(a, b) || guessedOnly(b, a)
}

// misreadBuyer: one report's buyer is among the other's companies, which
// names a company more and made it the buyer ("Müller bought Robert
// Wiseman, Dairy Crest's biggest rival" read with Dairy Crest buying), and
// they share two companies in the same year: one deal, one side misread.
func misreadBuyer[T comparable](a, b *report, an, bn *facts[T]) bool {
	ap, ab := an.sides, an.buyer
	bp, bb := bn.sides, bn.buyer
	if a.Type != b.Type || a.Type == model.Divestiture || !overlapReaches(ap, bp, 2) {
		return false // (a sale on to another buyer is another deal)
	}
	if ya, yb := an.year, bn.year; ya != 0 && yb != 0 && ya != yb {
		return false
	}
	return len(ap) > len(bp) && slices.Contains(ap, bb) && !slices.Contains(bp, ab) ||
		len(bp) > len(ap) && slices.Contains(bp, ab) && !slices.Contains(ap, bb)
}

// sharing: the reports share two companies, or the one of a one-party
// report.
func sharing(a, b *report) bool {
	af, bf := factsOf(a), factsOf(b)
	return sharingFacts(&af, &bf)
}

// sharingFacts is sharing of two reports' names.
func sharingFacts[T comparable](an, bn *facts[T]) bool {
	ap, bp := an.sides, bn.sides
	return overlapReaches(ap, bp, min(2, len(ap), len(bp)))
}

// sameFiguresIn: both reports give a price, the same within a percent in the
// same currency, and the same year (ya, yb) where both give one.
func sameFiguresIn(a, b *report, ya, yb int) bool {
	return pricedAlike(a, b) && (ya == yb || ya == 0 || yb == 0)
}

// pricedAlike: both reports give a price, the same within a percent (the
// rounding of outlets) in the same currency.
func pricedAlike(a, b *report) bool {
	gap, priced := priceGap(a, b)
	return priced && gap <= 0.01
}

// priceGap is how far apart the prices of two reports are, as a share of
// the larger; priced is false unless both give one, in one currency. A
// price whose currency was taken from the sentences before (BareValue)
// counts only when it agrees: it may be a part of the price ("solo pagará
// 100 millones en efectivo"), not enough to tell two deals apart.
func priceGap(a, b *report) (gap float64, priced bool) {
	if a.Value == nil || b.Value == nil {
		return 0, false
	}
	if gap, priced = moneyGap(a.Value, b.Value); !priced {
		return 0, false
	}
	if (a.BareValue || b.BareValue) && gap > 0.1 {
		return 0, false
	}
	return gap, true
}

// moneyGap is how far apart two prices are, as a share of the larger;
// priced is false unless they are in one currency, each a positive
// finite sum (no gap between zero and zero, nor from infinity).
func moneyGap(a, b *model.Money) (gap float64, priced bool) {
	if a.Currency != b.Currency || !inBand(a.Value) || !inBand(b.Value) {
		return 0, false
	}
	// (max, not math.Max, which is no faster to tell apart two positive
	// finite prices and is not inlined: asked of millions of pairs)
	return math.Abs(a.Value-b.Value) / max(a.Value, b.Value), true
}

// pricesApart: the two reports are priced in different currencies more
// than five times apart, roughly converted (see money.Apart); figures read
// bare, without their own currency, say nothing.
func pricesApart(a, b *report) bool {
	if a.Value == nil || b.Value == nil || a.Value.Currency == b.Value.Currency || a.BareValue || b.BareValue {
		return false
	}
	return money.Apart(a.Value.Value, a.Value.Currency, b.Value.Value, b.Value.Currency, 5)
}

// overlapReaches is overlap(a, b) >= n, counting no further than n: the
// clustering, on one core, asks it of many pairs of reports.
func overlapReaches[T comparable](a, b []T, n int) bool {
	if n <= 0 {
		return true
	}
	for _, x := range a {
		for _, y := range b {
			if x == y {
				if n--; n == 0 {
					return true
				}
				break
			}
		}
	}
	return false
}

func overlap[T comparable](a, b []T) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
				break
			}
		}
	}
	return n
}

// affinity scores how likely two compatible reports tell one deal: figures
// that agree, the same status and year count for it; different figures, a
// failed deal against a live one, years apart count against. Below zero,
// they are different deals between the same companies.
func affinity(a, b *report) int {
	af, bf := factsOf(a), factsOf(b)
	return affinityFacts(a, b, &af, &bf)
}

// affinityFacts is affinity, a's and b's facts given as af and bf.
func affinityFacts[T comparable](a, b *report, af, bf *facts[T]) int {
	var none T
	s := 0
	if d, priced := priceGap(a, b); priced {
		switch {
		case d <= 0.1:
			s += 2
		case d <= 0.3:
			s--
		default:
			s -= 3
		}
	} else if pricesApart(a, b) {
		s -= 3 // "€450 million" and "$36 million": not one price converted
	}
	if a.Status == b.Status {
		s++
	} else if a.Status == model.Failed || b.Status == model.Failed {
		// "the failed acquisition" may be the one another sentence tells
		// as done; figures and years decide
		s--
	}
	if ya, yb := af.year, bf.year; ya != 0 && yb != 0 && ya == yb {
		s++
	} else if yearsApartIn(a, ya, b, yb) {
		s -= 3
	}
	if a.Generic || b.Generic || a.Type == b.Type {
		s++ // "the deal" agrees with any type: it takes the other's
	}
	if af.readBuyer != none && bf.readBuyer != none && af.readBuyer != bf.readBuyer {
		// each buying from the other: a misread ("agreed to an offer
		// from Cisco") or two deals; the figures and years decide (in
		// one article, more so: see withinArticle)
		s -= 2
	}
	return s
}

// yearsApart: two reports dated more than a year apart, unless one tells
// the deal agreed and the other, two or three years later, completed
// (Bayer and Monsanto, 2016 and 2018).
func yearsApart(a, b *report) bool { return yearsApartIn(a, when.Year(a.Date), b, when.Year(b.Date)) }

// yearsApartIn is yearsApart of a of year ya and b of year yb.
func yearsApartIn(a *report, ya int, b *report, yb int) bool {
	if ya == 0 || yb == 0 || closesLater(a, ya, b, yb) || closesLater(b, yb, a, ya) {
		return false
	}
	return math.Abs(float64(ya-yb)) > 1
}

// laterDeal: r, pointing back, is dated years after the deal o the
// article names between the same companies: the news of the day beside
// one it recalls.
func laterDeal(o, r *report) bool {
	return yearsApart(o, r) && when.Year(r.Date) > when.Year(o.Date)
}

// samePurchase: two reports of deals of one kind at the same price
// (within a percent, the rounding of outlets) with the same buyer, or,
// for a transfer, with a company bought that neither makes its buyer or
// seller: "Leonard Green buys David's Bridal for $750 million" and
// "Federated sells David's Bridal for $750 million", or one outlet that
// took the seller for the buyer ("Apax" and "3M" buying Acelity at $6.7
// billion). Outlets name different sides of one deal; one price and one
// company bought make it one.
func samePurchase(a, b *report) bool {
	af, bf := factsOf(a), factsOf(b)
	return samePurchaseFacts(a, b, &af, &bf)
}

// samePurchaseFacts is samePurchase, a's and b's names given as an and bn.
func samePurchaseFacts[T comparable](a, b *report, an, bn *facts[T]) bool {
	if an.class != bn.class {
		return false
	}
	var none T
	if ab, bb := an.buyer, bn.buyer; ab != none && ab == bb {
		return pricedAlike(a, b)
	}
	return sameBoughtFacts(a, b, an, bn)
}

// sameBought: two transfers at the same price naming one company bought,
// which neither makes its buyer or seller.
func sameBought(a, b *report) bool {
	af, bf := factsOf(a), factsOf(b)
	return sameBoughtFacts(a, b, &af, &bf)
}

// sameBoughtFacts is sameBought, a's and b's names given as an and bn.
func sameBoughtFacts[T comparable](a, b *report, an, bn *facts[T]) bool {
	var none T
	return an.transfer && bn.transfer && pricedAlike(a, b) && boughtOf(a, b, an, bn) != none
}

// boughtOf is a company both transfers name that is the buyer or the
// seller of neither; "" if none. The seller of a sale is named first; a
// purchase's seller may stand anywhere among its parties, and is taken
// for the company bought (two buyers of two units of one seller at one
// price are then one deal, a rare misreading).
// The names are the outlets' own: a unit read as its parent ("Houghton
// Mifflin Riverdeep" as "Houghton Mifflin") may be another side.
func boughtOf[T comparable](a, b *report, an, bn *facts[T]) T {
	var none T
	ap, ab := an.parties, an.readBuyer
	bp, bb := bn.parties, bn.readBuyer
	if an.year != 0 && bn.year != 0 && an.year != bn.year {
		return none
	}
	for i, p := range ap {
		if p == ab || p == bb || i == 0 && a.Type == model.Divestiture {
			continue
		}
		if k := slices.Index(bp, p); k > 0 || k == 0 && b.Type != model.Divestiture {
			return p
		}
	}
	return none
}

// unitsAsParents sets the keys of reports naming a country unit of a
// company the corpus also names ("Orange Schweiz", "Vodafone Italia"): one
// outlet names the unit, another the group, for one deal.
func unitsAsParents(rs []report, lex *lexicon.Lexicon) {
	named := map[string]bool{}
	for _, r := range rs {
		for _, p := range r.Parties {
			named[p] = true
		}
	}
	parent := map[string]string{}
	for p := range named {
		words := strings.Fields(p)
		if len(words) < 2 {
			continue
		}
		last := model.Fold(words[len(words)-1])
		if !lex.HasFolded(lexicon.Place, last) && !lex.HasFolded(lexicon.Demonym, last) {
			if _, known := lex.Company(model.Fold(p)); known || len(words) < 3 {
				continue
			}
			// "Daimler Truck Fuel Cell": a unit of a company named
			// whole, unknown as a company of its own
		}
		// the parent as another outlet names it, maybe shorter: "BHP
		// Billiton Canada" is BHP's where the corpus names BHP
		for n := len(words) - 1; n >= 1; n-- {
			if head := strings.Join(words[:n], " "); named[head] {
				parent[p] = head
				break
			}
		}
	}
	if len(parent) == 0 {
		return
	}
	as := func(p string) string {
		if h, ok := parent[p]; ok {
			return h
		}
		return p
	}
	for i := range rs {
		r := &rs[i]
		if !slices.ContainsFunc(r.Parties, func(p string) bool { _, unit := parent[p]; return unit }) {
			continue // no unit among its parties: sides() reads them as they are
		}
		r.keys = make([]string, 0, len(r.Parties))
		for _, p := range r.Parties {
			if k := as(p); !slices.Contains(r.keys, k) {
				r.keys = append(r.keys, k)
			}
		}
		r.buyer = as(r.Buyer)
	}
}

// closesLater: report a tells the completion, up to three years after the
// year report b tells it agreed or pending.
func closesLater(a *report, ya int, b *report, yb int) bool {
	return a.Status == model.Completed && b.Status != model.Completed && ya > yb && ya-yb <= 3
}

// mergeWithin folds the sentences of one article that tell one deal into
// one report: the first sentence stays the evidence, a typed report
// sets the type of generic ones, and figures and dates fill in.
func mergeWithin(rs []report) []report { return mergeWithinRoom(rs, 0) }

// mergeWithinRoom is mergeWithin, its result made with room for extra
// more reports, which the caller appends (see articleReports).
func mergeWithinRoom(rs []report, extra int) []report {
	if len(rs) == 0 {
		return nil
	}
	// made at the most it can hold: grown by doubling from one, the
	// array of a few reports of 200 bytes each is made three or four times
	out := make([]report, 0, len(rs)+extra)
	for _, r := range rs {
		best, bestScore, bestGuess := -1, 0, false
		for i, o := range out {
			guess := false
			if !compatible(&o, &r) && !pointsBack(&o, &r) && !sameBought(&o, &r) {
				if guess = namesOneSideOf(&o, &r); !guess {
					continue
				}
			}
			if s := affinity(&o, &r) + withinArticle(o, r); s >= bestScore && (best < 0 || s > bestScore) {
				best, bestScore, bestGuess = i, s, guess
			}
		}
		if best < 0 {
			if i := slices.IndexFunc(out, func(o report) bool { return bidRetold(&o, &r) }); i >= 0 {
				out[i] = absorb(out[i], r)
				continue
			}
			out = append(out, r)
			continue
		}
		if bestGuess && !partyOfAnother(rs, &r) {
			// the deal told again: its guess is a side of it only if
			// another sentence pairs the guess with the company named
			r.Parties = slices.DeleteFunc(slices.Clone(r.Parties), func(p string) bool { return p == r.guessed })
		}
		out[best] = absorb(out[best], r)
	}
	return out
}

// bidRetold: r is a bid of a price per share for the companies of o, a
// purchase the article told before: the bid of the deal it tells, whatever
// day or step it dates ("Veltraco erhöht sein feindliches Angebot ... auf
// 3,98 kanadische Dollar je Aktie" after "Quorvex hat der Übernahme durch
// Veltraco zugestimmt"), though the two were read with other buyers or
// statuses; not a bid of another year, nor one that failed (withdrawn,
// rejected): an attempt of its own.
func bidRetold(o, r *report) bool {
	return r.Bid && o.Type == model.Acquisition && r.Type == model.Acquisition && o.sentence < r.sentence && len(r.Parties) >= 2 && !yearsApart(o, r) &&
		r.Status != model.Failed &&
		!slices.ContainsFunc(r.Parties, func(p string) bool { return !slices.Contains(o.Parties, p) })
}

// namesOneSideOf: r is a bare deal word pointing back, whose other side
// was only guessed ("With this transaction, Brindle becomes a pure marine
// company"), and the company it names is one side of o, a deal told
// before it in the article: r is o told again. The guess (the company
// the sentence was read to refer to) is one of its sides only if another
// sentence makes it a side of a deal with that company (partyOfAnother).
func namesOneSideOf(o, r *report) bool {
	if !r.Generic || !r.Definite || r.guessed == "" || o.Generic || o.sentence > r.sentence {
		return false
	}
	for _, p := range r.Parties {
		if p != r.guessed && slices.Contains(o.Parties, p) {
			return true
		}
	}
	return false
}

// partyOfAnother: r's guessed company and a company r names are parties
// of one report of another sentence of the article: a deal between them
// the article tells.
func partyOfAnother(rs []report, r *report) bool {
	for i := range rs {
		o := &rs[i]
		if o.sentence != r.sentence && slices.Contains(o.Parties, r.guessed) &&
			slices.ContainsFunc(r.Parties, func(p string) bool { return p != r.guessed && slices.Contains(o.Parties, p) }) {
			return true
		}
	}
	return false
}

// failedBefore: a failed in a year before the year of b, which did not
// fail: a bid given up, then another deal (not one deal agreed, then
// called off).
func failedBefore(a, b report) bool {
	ya, yb := when.Year(a.Date), when.Year(b.Date)
	return a.Status == model.Failed && b.Status != model.Failed && ya != 0 && yb != 0 && ya < yb
}

// doneBefore: a was done in a year before the year of b, which is not
// done yet: a deal cannot be done before it is agreed, so b is another.
// Not where b names its deal as one told, or gives the price a does not
// ("Mardi, Veltraco a indiqué que l'acquisition de Brindle lui avait
// coûté 2 milliards": the purchase of 2019, retold).
func doneBefore(a, b report) bool {
	ya, yb := when.Year(a.Date), when.Year(b.Date)
	return a.Status == model.Completed && b.Status != model.Completed && b.Status != model.Failed && !b.Definite && !b.Refers &&
		!(b.Value != nil && a.Value == nil) && ya != 0 && yb != 0 && ya < yb
}

// pointsBack: r names, after a definite article, a deal of no transfer
// ("l'intesa", "the partnership") between two companies that o, told
// before, also names: o's deal under another word.
func pointsBack(o, r *report) bool {
	return r.Definite && o.sentence < r.sentence && overlap(o.Parties, r.Parties) >= 2
}

// withinArticle weighs what tells two deals of one kind apart inside one
// article: one recalled ("Previously, ... it reached a partnership with
// Microsoft") beside the article's own, or two months named for the same
// step ("announced in March ... a partnership", "announced on Wednesday a
// capital alliance"). Across outlets these differ for one deal.
func withinArticle(a, b report) int {
	s := 0
	if a.past != b.past {
		s -= 3
	}
	if a.Buyer != "" && b.Buyer != "" && a.Buyer != b.Buyer {
		// across outlets one of two readings of who buys is often wrong;
		// one article telling both is more likely two deals
		s--
	}
	if (len(a.Date) >= 4 && len(b.Date) >= 4 && a.Status == b.Status &&
		(a.Date[:4] != b.Date[:4] || len(a.Date) >= 7 && len(b.Date) >= 7 && a.Date[:7] != b.Date[:7])) || yearsApart(&a, &b) {
		// more than the status they share adds; and years apart, whatever
		// the status ("took control of Silja in 2002" beside its sale
		// agreed this week)
		s -= 3
	}
	if failedBefore(a, b) || failedBefore(b, a) {
		s -= 3 // "a failed attempt in 2012 to take over Rhön-Klinikum" and, in 2013, the hospitals bought from it
	}
	if doneBefore(a, b) || doneBefore(b, a) {
		s -= 3 // "SK Telecom avait déjà pris une participation dans Nanox en juin 2019" beside the accord announced in 2020
	}
	if sellsWhatOtherBuys(&a, &b) || sellsWhatOtherBuys(&b, &a) {
		s -= 3
	}
	if differentFigures(&a, &b) && a.Type == b.Type && typeClass(a.Type) != "transfer" && a.Type != model.Investment && a.Status == b.Status &&
		!a.Generic && !b.Generic && sameSet(a.Parties, b.Parties) && a.past == b.past && (len(a.Date) < 4 || len(b.Date) < 4 || a.Date[:4] == b.Date[:4]) {
		// "a licence worth up to $150 million" and "payments beyond $1
		// billion": one article's figures for one licence, its up-front
		// and its total (a purchase at two prices is a raised offer)
		s += 3
	}
	return s
}

// differentFigures: both reports are priced, in one currency, more than
// a tenth apart.
func differentFigures(a, b *report) bool {
	gap, priced := priceGap(a, b)
	return priced && gap > 0.1
}

// sellsWhatOtherBuys: a is a sale by the company that b tells buying
// ("Wesfarmers hat die Abspaltung seiner Tochter Coles abgeschlossen" and
// "Wesfarmers hatte Coles 2007 gekauft"): the purchase and, later, the
// sale of one company, two deals.
func sellsWhatOtherBuys(a, b *report) bool {
	if a.Type != model.Divestiture || a.Generic || b.Type != model.Acquisition || b.Generic || b.Buyer == "" || len(a.Parties) == 0 || a.guessed != "" {
		return false
	}
	seller := a.Parties[0]
	return seller == b.Buyer && a.Buyer != seller
}

// absorb merges report r into o.
func absorb(o, r report) report {
	if o.Generic && !r.Generic {
		o.Type, o.Generic = r.Type, false
	}
	for _, p := range r.Parties {
		o.Parties = names.AppendNew(o.Parties, p)
	}
	if o.Value == nil {
		o.Value = r.Value
	}
	if o.Date == "" {
		o.Date = r.Date
	}
	if o.Buyer == "" {
		o.Buyer = r.Buyer
	}
	if r.Status == model.Failed || (o.Status == model.Announced && r.Status == model.Completed) {
		o.Status = r.Status
	}
	o.unnamed = o.unnamed && r.unnamed // one sentence naming every side is enough
	return o
}

// cluster groups the reports of all articles into deals: each report joins
// the most alike compatible deal that has no report from its article yet.
func cluster(articles []model.Article, rs []report) []model.Deal {
	idx := newGroupIndex()
	idx.named = namedIn(articles)
	idx.place(rs)
	return idx.deals(articles, rs)
}

// soleFloor is the affinity a report needs to join the one deal between
// its companies that it could join: one outlet's figure differs from
// another's by a misread ("$30 billion" of the story beside Aon's $3.57
// billion sale) or a status differs, and there is no other deal for the
// report to be. Years apart still make two deals.
const soleFloor = -1

// place puts each report of rs not placed yet (those from the x.placed-th
// on) in its group: the earlier ones were placed by an earlier call, given
// the same reports first.
func (x *groupIndex) place(rs []report) {
	for ri := x.placed; ri < len(rs); ri++ {
		r := &rs[ri]
		candidates := x.candidates(rs, r, ri)
		x.markTold(r.article, ri)
		rn := x.factsAt(rs, ri)
		var best, sole *group
		bestScore, compatibles := 0, 0
		for _, g := range candidates {
			if g.told == ri+1 {
				continue // a report of r's article is in it already
			}
			score, ok := g.likeness(r, rn, x.named)
			if ok {
				compatibles++
				if score >= soleFloor && !g.datedApart(r, rn) {
					sole = g
				}
			}
			if ok && score >= bestScore && (best == nil || score > bestScore) {
				best, bestScore = g, score
			}
		}
		if best == nil && compatibles == 1 && sole != nil {
			best = sole
		}
		if best == nil {
			best = x.newGroup()
		}
		x.join(best, r, rn, ri)
	}
	x.placed = len(rs)
}

// deals makes the rows of the groups of the reports rs placed.
func (x *groupIndex) deals(articles []model.Article, rs []report) []model.Deal {
	groups := x.bridged(rs)
	out := make([]model.Deal, 0, len(groups))
	seen := map[string]int{}
	firstTold := map[string]int{} // deal id -> the earliest sentence any source tells it in
	// each group's row is made on every core: it reads only its reports,
	// copied out of rs here at their number rather than grown report by
	// report while clustering
	rows := make([]model.Deal, len(groups))
	firsts := make([]int, len(groups))
	readings := make([]reading, len(groups))
	// the copies are made in an array each core reuses from one group to
	// the next: toDeal keeps nothing of it, and a new array for each
	// group made as many reports of 200 bytes as clustering placed
	scratch := make([][]report, parallel.Workers())
	makeRow := func(i int, reps []report) []report {
		reps = reps[:0]
		for _, ri := range groups[i].members {
			reps = append(reps, rs[ri])
		}
		rows[i], firsts[i] = toDeal(articles, reps), firstSentence(reps)
		readings[i] = readingOf(reps)
		return reps
	}
	parallel.ForWorker(len(groups), len(scratch), func(w, i int) { scratch[w] = makeRow(i, scratch[w]) })
	// the rows tell of deals the clustering left apart (see joinSplits,
	// joinGuessedApart and joinSameDayVentures): those that took others
	// in are made again, those emptied dropped
	emptied := false
	joinGuessed := func(groups []*group, rows []model.Deal, rs []report) []int {
		return joinGuessedApart(articles, groups, rows, rs)
	}
	joinSameDay := func(groups []*group, rows []model.Deal, rs []report) []int {
		return joinSameDayVentures(articles, groups, rows, rs)
	}
	for _, join := range []func([]*group, []model.Deal, []report) []int{joinSplits, joinGuessed, joinSameDay} {
		for _, i := range join(groups, rows, rs) {
			scratch[0] = makeRow(i, scratch[0])
			emptied = true
		}
	}
	if emptied {
		keep := func(i int) bool { return len(groups[i].members) > 0 }
		rows, firsts, readings = keepIndexed(rows, keep), keepIndexed(firsts, keep), keepIndexed(readings, keep)
		groups = slices.DeleteFunc(groups, func(g *group) bool { return len(g.members) == 0 })
	}
	retold := toldAgain(groups, rs)
	var outReadings []reading // of each deal of out, in step with it
	var listed []int          // the groups of out, in step with it
	for i := range groups {
		if retold[i] {
			continue
		}
		d := rows[i]
		if d.Type == model.Other {
			// "the agreement reached with American Towers": a deal no
			// report gives a kind says too little to list, priced or not
			// (on the development sets none of the 13 priced ones listed
			// before was an annotated deal)
			continue
		}
		// two deals told by one sentence with the same type and parties
		// (two stakes at two prices) hash alike: number the later ones
		if seen[d.ID]++; seen[d.ID] > 1 {
			d.ID = fmt.Sprintf("%s-%d", d.ID, seen[d.ID])
		}
		firstTold[d.ID] = firsts[i]
		out = append(out, d)
		outReadings = append(outReadings, readings[i])
		listed = append(listed, i)
	}
	markLeads(outReadings, listed, groups, rs)
	out = withoutSideReadings(articles, out, outReadings)
	out = joinedTwins(out, firstTold)
	out = joinedLoneOutlets(out, firstTold)
	out = joinedToldTwice(out, firstTold)
	out = joinedMisreadings(out, firstTold)
	// the deals most outlets report first, then in the order the articles
	// tell them: a story's own deal is told by every outlet, first; the
	// deals it recalls come later and from fewer
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].Sources) != len(out[j].Sources) {
			return len(out[i].Sources) > len(out[j].Sources)
		}
		return firstTold[out[i].ID] < firstTold[out[j].ID]
	})
	return out
}

// joinedTwins joins the deals the clustering left apart that say the very
// same: one type, one set of parties, one date and one price ("First
// Horizon, IBERIABANK agree all-stock merger" beside the body's "First
// Horizon National Corp and IBERIABANK Corp said on Monday they would
// combine", each told by the same three outlets, the headline's name and
// the body's read as two companies that each share only one with the
// other). Only twins told by the very same articles join: a deal one
// article tells twice beside the same deal of three is as likely a second
// deal its annotation knows apart. A deal with no date is left as it is:
// the same sides may deal again at the same price. The first twin stays.
func joinedTwins(out []model.Deal, firstTold map[string]int) []model.Deal {
	// deals are first told apart by what compares without making
	// anything (this runs over every deal of the corpus); only those alike
	// so far have their parties and articles compared
	type twinKey struct {
		typ, date, currency string
		value               float64
		parties, sources    int
	}
	first := map[twinKey]int{}
	kept := out[:0]
	for _, d := range out {
		if d.Date == "" {
			kept = append(kept, d)
			continue
		}
		k := twinKey{typ: d.Type, date: d.Date, parties: len(d.Parties), sources: len(d.Sources)}
		if d.Value != nil {
			k.value, k.currency = d.Value.Value, d.Value.Currency
		}
		if i, ok := first[k]; ok && sameSet(kept[i].Parties, d.Parties) && sameArticles(kept[i].Sources, d.Sources) {
			firstTold[kept[i].ID] = min(firstTold[kept[i].ID], firstTold[d.ID])
			continue
		} else if !ok {
			first[k] = len(kept)
		}
		kept = append(kept, d)
	}
	return kept
}

// sameArticles: the sources of a and b are of the same articles.
func sameArticles(a, b []model.Source) bool {
	return len(a) == len(b) && !slices.ContainsFunc(a, func(x model.Source) bool {
		return !slices.ContainsFunc(b, func(y model.Source) bool { return y.Article == x.Article })
	})
}

// bridged joins the groups that one report tells as one deal: a report
// naming three or more companies that is alike to every report of another
// group, of other articles, as to its own ("Hexal y Eon Labs pasaron a
// manos del grupo suizo ... Sandoz" beside "Sandoz ... Hexal" and "Hexal
// et Eon Labs", each for 5.65 billion euros in 2005). Each report joined
// one group when placed, and the two groups shared too little to meet.
// It returns the groups that are left, in their order.
func (x *groupIndex) bridged(rs []report) []*group {
	merged := false
	for _, g := range x.groups {
		for i := 0; i < len(g.members); i++ {
			ri := g.members[i]
			r := &rs[ri]
			if len(r.Parties) < 3 {
				continue
			}
			sides := x.factsAt(rs, ri).sides
			for a := range sides {
				for b := a + 1; b < len(sides); b++ {
					// the groups with two of r's companies, as a report
					// shares two with those it is compatible with; not a
					// pair so common that it names many deals
					hs := x.byPair[pairKey(sides[a], sides[b])]
					if len(hs) > maxBridged {
						continue
					}
					for _, h := range hs {
						if h != g && len(h.members) > 0 && len(g.members)+len(h.members) <= maxBridgedReports && tellsAlike(r, g, h, rs) {
							g.members = append(g.members, h.members...)
							h.members = nil
							merged = true
						}
					}
				}
			}
		}
	}
	if !merged {
		return x.groups
	}
	return slices.DeleteFunc(slices.Clone(x.groups), func(g *group) bool { return len(g.members) == 0 })
}

// tellsAlike: report r of group g tells the deal of group h: h has no
// report of g's articles, r is compatible with each of h's reports, gives
// the same price and one more fact alike, and no report of g conflicts
// with one of h.
func tellsAlike(r *report, g, h *group, rs []report) bool {
	for _, hi := range h.members {
		o := &rs[hi]
		if gap, priced := priceGap(r, o); !priced || gap > 0.1 || !compatible(r, o) || affinity(r, o) < bridgeFloor || yearsApart(r, o) {
			// (a price both give and agree on: "In 2005 Brindle bought
			// Quorvex and Daxmoor" names two deals a buyer made in one
			// year, which outlets telling each alone must keep apart)
			return false
		}
		for _, gi := range g.members {
			if rs[gi].article == o.article || conflicting(&rs[gi], o) {
				return false
			}
		}
	}
	return true
}

// maxBridged is how many groups two companies may share for a report to
// bridge two of them: a pair in more deals than this is the companies of
// many stories, whose deals a lookup through all would cost too much.
const maxBridged = 16

// maxBridgedReports is how many reports two bridged groups may hold
// together: the outlets of one story, not a deal told thousands of times,
// each of whose reports would be compared with each of the other's.
const maxBridgedReports = 12

// bridgeFloor is the affinity a report needs with each report of another
// group to join the two: with the price agreeing, one more fact (the
// status, year or type).
const bridgeFloor = 3

// firstSentence is the earliest sentence the reports tell their deal in;
// -1, before any, when a headline tells it.
func firstSentence(reps []report) int {
	first := reps[0].sentence
	for _, r := range reps {
		first = min(first, r.sentence)
		if r.headline {
			first = -1
		}
	}
	return first
}

// group is one deal being clustered: the reports that tell it so far.
type group struct {
	index   int      // creation order, for a result that does not depend on map order
	members []int    // the reports in it, by their index in the reports clustered
	parties []nameID // in the order they joined
	seen    int      // the last report that considered this group
	shared  int      // how many of that report's parties it has
	told    int      // the last report whose article has a report in the group
	// profiles are the first maxCompared reports, those alike for
	// compatible and affinity counted once with their number
	profiles []profile
	// firstClass is the typeClass of the first profile's type (its
	// number, see groupIndex.factsAt), 0 when that report is generic: kept here, beside what candidates reads,
	// as most groups a report is compared with are of another class and
	// refuse it on their first profile, which is far off in memory
	firstClass nameID
	// firstPrice is where samePurchase finds the group by its first
	// report, for each of its parties (see priceBand); priced is false
	// when that report gives no price
	firstPrice priceBand
	priced     bool
	// days are the classes and full dates of its priced reports (see
	// onADay), by which byDay finds it for each of its parties
	days []dayKey
}

// profile is what compatible and affinity read of a report, and how many
// of a group's compared reports have it. A deal told by many outlets is
// mostly told alike: its reports are compared as a few profiles, not one
// by one.
type profile struct {
	key   profileKey
	rep   report // the first report with the key, read in its stead
	names *facts[nameID]
	count int
}

// profileKey is a profile but for the parties, compared as lists.
type profileKey struct {
	typ, buyer, status string
	generic            bool
	valued             bool
	currency           string
	value              uint64 // the bits of the value
	year               int
}

func profileOf(r report) profileKey {
	_, buyer := r.sides()
	k := profileKey{typ: r.Type, buyer: buyer, status: r.Status, generic: r.Generic, year: when.Year(r.Date)}
	if r.Value != nil {
		k.valued, k.currency, k.value = true, r.Value.Currency, math.Float64bits(r.Value.Value)
	}
	return k
}

// datedApart: a report dated years apart from one of the group's.
func (g *group) datedApart(r *report, rn *facts[nameID]) bool {
	for i := range g.profiles {
		if p := &g.profiles[i]; yearsApartIn(&p.rep, p.names.year, r, rn.year) {
			return true
		}
	}
	return false
}

// likeness is whether r is compatible with the group's first reports
// (maxCompared of them: comparing with every one of thousands would make
// clustering quadratic in the corpus) and its summed affinity with them.
func (g *group) likeness(r *report, rn *facts[nameID], named [][]string) (score int, ok bool) {
	// first whether r may join, which most groups asked refuse: the
	// affinity is summed only for those that do not
	if g.firstClass != 0 && !r.Generic && rn.class != g.firstClass {
		// the first profile conflicts with r, and no same purchase
		// joins them, which needs one class: as the loop below finds
		return 0, false
	}
	shared := false
	var apart uint64 // the profiles neither conflicting nor alike: sharing no two companies and no purchase with r
	var sharing profileSharing
	if p := g.twinOf(r, rn); p != nil {
		// "Quorvex bought by Veltraco for £10.2m" on the day another
		// outlet told it so: one deal, though a third outlet in the
		// group misread its sides (and conflicts with r)
		return p.count * affinityFacts(&p.rep, r, p.names, rn), true
	}
	for i := range g.profiles {
		p := &g.profiles[i]
		conflict := conflictingFacts(&p.rep, r, p.names, rn)
		if !conflict {
			sharing.set(i, sharingFacts(p.names, rn))
		}
		switch {
		case !conflict && sharing.shares(i), samePurchaseFacts(&p.rep, r, p.names, rn), !conflict && guessedSideShared(&p.rep, r, p.names.year, rn.year):
			shared = true
		case conflict || !overlapReaches(p.names.parties, rn.parties, 1):
			return 0, false // (a report sharing no company with one of the group's is another deal)
		default:
			apart |= 1 << i
		}
	}
	if !shared {
		if !g.pricedAmongSides(r, rn, named) {
			return 0, false
		}
		// "Federated sells to Leonard Green for $750 million", beside
		// "Federated sells David's Bridal for $750 million" and "Leonard
		// Green buys David's Bridal for $750 million": each outlet names
		// two of the three sides, the price tells one deal
		apart = 0
	}
	// one outlet may name two sides of a deal, another two others (its
	// buyer and "ESL Gaming"; "ESL Gaming" and its seller): r may share
	// only one company with some of the group's reports, if it shares two
	// with another that names them all (the profiles not apart share or
	// buy alike with r, so need not)
	for i := range g.profiles {
		if apart&(1<<i) != 0 && !g.namedWith(&g.profiles[i], rn, &sharing) {
			return 0, false
		}
	}
	for i := range g.profiles {
		p := &g.profiles[i]
		score += p.count * affinityFacts(&p.rep, r, p.names, rn)
	}
	return score, true
}

// pricedAmongSides: r, a report of a type, names two or more companies,
// all sides of the group; one of the group's reports gives r's price in
// r's month (or either gives none), told the same way round (r's seller
// is not that report's buyer, nor r's buyer its seller); and none is
// dated years apart from r. A report that gives r's price on r's very day
// needs not share all r's sides: in "Body Shop sold to Brazil's Natura in
// £880m deal" and "L'Oréal to sell Body Shop to Natura for €1 billion"
// the outlets name two of the three each, in their own currencies (see
// pricedOnTheDay), and each article names the company the other's report
// adds (named holds the companies of each article): not one buyer's two
// purchases told the same day.
func (g *group) pricedAmongSides(r *report, rn *facts[nameID], named [][]string) bool {
	if r.Generic || len(rn.parties) < 2 || g.datedApart(r, rn) {
		return false
	}
	all := g.namesAll(rn)
	for i := range g.profiles {
		p := &g.profiles[i]
		priced := all && sameFiguresIn(&p.rep, r, p.names.year, rn.year) && sameMonth(p.rep.Date, r.Date) ||
			pricedOnTheDay(&p.rep, r) && namesTheOthers(&p.rep, r, named) && namesTheOthers(r, &p.rep, named) && !purchasesOfOneBuyer(&p.rep, r)
		if priced && !reversed(&p.rep, r, p.names, rn) && !reversed(r, &p.rep, rn, p.names) {
			return true
		}
	}
	return false
}

// purchasesOfOneBuyer: both reports tell a purchase, not a sale, by one
// buyer: each company beside it is what it bought, so two companies are
// two purchases ("Kravlo agreed on Tuesday to buy Quorvex for $500m",
// "... to buy Daxmoor for €450m"), whatever each article names in passing.
// A sale names its seller beside the buyer ("L'Oréal to sell Body Shop to
// Natura"), which another outlet's purchase may leave out.
func purchasesOfOneBuyer(a, b *report) bool {
	return a.Buyer != "" && a.Buyer == b.Buyer && a.Type != model.Divestiture && b.Type != model.Divestiture
}

// namesTheOthers: the article of report b names every company of report a
// that b does not (named holds the companies of each article, by index).
func namesTheOthers(a, b *report, named [][]string) bool {
	if b.article >= len(named) {
		return false
	}
	for _, p := range a.Parties {
		if !slices.Contains(b.Parties, p) && !slices.Contains(named[b.article], p) {
			return false
		}
	}
	return true
}

// namedIn is the companies each article names, by article index.
func namedIn(articles []model.Article) [][]string {
	named := make([][]string, len(articles))
	for i := range articles {
		named[i] = articles[i].Companies
	}
	return named
}

// pricedOnTheDay: two reports of two companies each give one price, in
// one currency or roughly the same once converted ("£880m" and "€1
// billion"), and one full date. (A report of three, "Veltraco to sell
// Daxmoor to Kravlo", names the company it sells, which a report of
// another company bought is not.)
func pricedOnTheDay(a, b *report) bool {
	if len(a.Parties) != 2 || len(b.Parties) != 2 || len(a.Date) != 10 || a.Date != b.Date || a.Value == nil || b.Value == nil || a.BareValue || b.BareValue {
		return false
	}
	if a.Value.Currency == b.Value.Currency {
		return pricedAlike(a, b)
	}
	return money.Near(a.Value.Value, a.Value.Currency, b.Value.Value, b.Value.Currency, convertedSlack)
}

// convertedSlack is how far apart two converted prices may be and tell
// one deal: the rough rates (money.Near) are off by up to a third.
const convertedSlack = 1.35

// sameDealFigures: two reports give one price and one full date.
func sameDealFigures(a, b *report) bool {
	return pricedAlike(a, b) && len(a.Date) == 10 && a.Date == b.Date
}

// namesAll: every company of a report (rn) is a side of the group.
func (g *group) namesAll(rn *facts[nameID]) bool {
	for _, c := range rn.parties {
		if !slices.Contains(g.parties, c) {
			return false
		}
	}
	return true
}

// sameMonth: two dates name the same month, or one names none.
func sameMonth(a, b string) bool {
	return len(a) < 7 || len(b) < 7 || a[:7] == b[:7]
}

// reversed: the seller of sale a is the buyer of b ("Daxmoor sells
// Quorvex to Veltraco", then "Veltraco sells a unit to Daxmoor").
func reversed[T comparable](a, b *report, an, bn *facts[T]) bool {
	var none T
	return a.Type == model.Divestiture && len(an.parties) > 0 && bn.readBuyer != none && an.parties[0] == bn.readBuyer
}

// namedWith: every company of p is r's or that of a report of the group
// sharing two companies with r; or p gives the price and full date of a
// report sharing two companies with r, and every company of r is the
// group's (rn are r's names; sharing holds what likeness found of the
// group's profiles).
func (g *group) namedWith(p *profile, rn *facts[nameID], sharing *profileSharing) bool {
	for i := range g.profiles {
		if q := &g.profiles[i]; q != p && sharing.sharesWith(i, q, rn) && sameDealFigures(&p.rep, &q.rep) && g.namesAll(rn) {
			// "Brunswick sells to KPS" beside the group's "Brunswick sells
			// to KPS for $490 million" and "Life Fitness goes to KPS for
			// $490 million" the same day: two outlets' sides of one deal,
			// which p tells at q's price and date, and r names none other
			return true
		}
	}
	for _, c := range p.names.parties {
		if slices.Contains(rn.parties, c) {
			continue
		}
		named := false
		for i := 0; !named && i < len(g.profiles); i++ {
			q := &g.profiles[i]
			named = slices.Contains(q.names.parties, c) && sharing.sharesWith(i, q, rn)
		}
		if !named {
			return false
		}
	}
	return true
}

// profileSharing is whether each of a group's profiles shares two
// companies with the report likeness asks about (see sharing), as far as
// likeness found out: namedWith asks it again of the same profiles.
type profileSharing struct {
	known, shared uint64 // a bit per profile
}

// Profiles are told by a bit of a uint64 each.
var _ [64 - maxCompared]struct{}

func (s *profileSharing) set(i int, shares bool) {
	s.known |= 1 << i
	if shares {
		s.shared |= 1 << i
	}
}

// shares is what set told of profile i (false if nothing).
func (s *profileSharing) shares(i int) bool { return s.shared&(1<<i) != 0 }

// sharesWith is whether profile i, q, shares two companies with the
// report of facts rn, found now if not known.
func (s *profileSharing) sharesWith(i int, q *profile, rn *facts[nameID]) bool {
	if s.known&(1<<i) == 0 {
		s.set(i, sharingFacts(q.names, rn))
	}
	return s.shares(i)
}

// addProfile counts the report that just joined, if among the first
// maxCompared.
func (g *group) addProfile(r report, rn *facts[nameID]) {
	if len(g.members) > maxCompared {
		return
	}
	k := profileOf(r)
	if len(g.profiles) == 0 && !r.Generic {
		g.firstClass = rn.class
	}
	for i := range g.profiles {
		if g.profiles[i].key == k && slices.Equal(g.profiles[i].rep.Parties, r.Parties) {
			g.profiles[i].count++
			return
		}
	}
	g.profiles = append(g.profiles, profile{key: k, rep: r, names: rn, count: 1})
}

// groupIndex finds, for a report, the groups it may join: those sharing
// as many parties as compatible needs — two, or one with a one-party
// report or group. Scanning every group of a party would make clustering
// quadratic in the corpus, as a company's groups grow with it; pairs of
// parties keep the scan to the groups that can qualify.
type groupIndex struct {
	groups []*group
	// the groups by the numbers of their parties (see factsAt)
	byParty map[nameID][]*group    // every group with the party
	single  map[nameID][]*group    // groups that had only this party when they got it
	byPair  map[[2]nameID][]*group // every group with both parties, in sorted order
	// byPrice holds every group with the party whose first report is
	// priced, by that report's class, currency and band of price: the
	// groups samePurchase may accept, which scanning byParty would find
	// among the hundreds of deals of a company named everywhere
	byPrice map[priceBand][]*group
	// named holds the companies each article names, by article index
	named [][]string
	// byDay holds every group with the party that has a priced report of
	// a class on a day: the groups pricedOnTheDay may accept, in any
	// currency, which byPrice cannot find (see pricedAmongSides)
	byDay map[dayKey][]*group
	// ofArticle lists the groups with a report of the article: the few
	// deals one article tells, marked before a report of it looks for
	// its group, rather than a set of articles kept in every group
	ofArticle [][]*group // by article index: a list, not a map, read for every report placed
	// found holds the candidates of the report being placed: one array
	// for all reports, as each report's are read before the next's
	found  []*group
	placed int // how many reports are in groups
	// names are the names of the reports looked at so far, by their
	// index, as numbers: ids gives each name its number
	names []*facts[nameID]
	ids   map[string]nameID
	// idSpace is where the reports' numbers are cut from
	idSpace []nameID
	order   []int // inCreationOrder's working space
	// factSpace is where the reports' facts are cut from (newFacts)
	factSpace []facts[nameID]
}

// nameID is the number of a company's name in one clustering: two names
// have the same number if and only if they are the same string; no name,
// "", is 0.
type nameID int32

// namesAt are the names of rs[ri] as numbers, given the first time a
// report up to ri is asked about.
func (x *groupIndex) factsAt(rs []report, ri int) *facts[nameID] {
	for len(x.names) <= ri {
		r := &rs[len(x.names)]
		sides, buyer := r.sides()
		class := typeClass(r.Type)
		n := x.newFacts()
		*n = facts[nameID]{sides: x.idsOf(sides), class: x.idOf(class), transfer: class == "transfer", year: when.Year(r.Date)}
		n.buyer = x.idAmong(buyer, sides, n.sides)
		n.parties = n.sides
		if r.keys != nil {
			n.parties = x.idsOf(r.Parties)
		}
		n.readBuyer = x.idAmong(r.Buyer, r.Parties, n.parties)
		x.names = append(x.names, n)
	}
	return x.names[ri]
}

// newFacts is room for one report's facts, cut from an array for many:
// one allocation per report would be 48,000 for 10,000 articles.
func (x *groupIndex) newFacts() *facts[nameID] {
	if len(x.factSpace) == cap(x.factSpace) {
		x.factSpace = make([]facts[nameID], 0, 1024)
	}
	x.factSpace = x.factSpace[:len(x.factSpace)+1]
	return &x.factSpace[len(x.factSpace)-1]
}

// idOf is the number of a name.
func (x *groupIndex) idOf(name string) nameID {
	if name == "" {
		return 0
	}
	id, ok := x.ids[name]
	if !ok {
		id = nameID(len(x.ids) + 1)
		x.ids[name] = id
	}
	return id
}

// idAmong is idOf(name), read from ids, the numbers of names, when name
// is one of them, as a buyer mostly is one of the parties: no lookup.
func (x *groupIndex) idAmong(name string, names []string, ids []nameID) nameID {
	if i := slices.Index(names, name); i >= 0 {
		return ids[i]
	}
	return x.idOf(name)
}

// idsOf are the numbers of names, cut from one array for many reports.
func (x *groupIndex) idsOf(names []string) []nameID {
	if len(names) > cap(x.idSpace)-len(x.idSpace) {
		x.idSpace = make([]nameID, 0, max(1024, len(names)))
	}
	at := len(x.idSpace)
	for _, p := range names {
		x.idSpace = append(x.idSpace, x.idOf(p))
	}
	return x.idSpace[at:len(x.idSpace):len(x.idSpace)]
}

func newGroupIndex() *groupIndex {
	return &groupIndex{byParty: map[nameID][]*group{}, single: map[nameID][]*group{}, byPair: map[[2]nameID][]*group{},
		byPrice: map[priceBand][]*group{}, byDay: map[dayKey][]*group{}, ids: map[string]nameID{}}
}

func (x *groupIndex) newGroup() *group {
	g := &group{index: len(x.groups)}
	x.groups = append(x.groups, g)
	return g
}

// groupsOf lists the groups with a report of the article.
func (x *groupIndex) groupsOf(article int) []*group {
	if article < len(x.ofArticle) {
		return x.ofArticle[article]
	}
	return nil
}

// markTold sets told on the groups with a report of the article, for the
// ri-th report.
func (x *groupIndex) markTold(article, ri int) {
	for _, g := range x.groupsOf(article) {
		g.told = ri + 1
	}
}

// join adds report r, the ri-th, to group g and indexes the parties it
// brings.
func (x *groupIndex) join(g *group, r *report, rn *facts[nameID], ri int) {
	g.members = append(g.members, ri)
	if len(g.members) == 1 && r.Value != nil {
		g.firstPrice, g.priced = bandOf(r, 0), true
	}
	g.addProfile(*r, rn)
	if told := x.groupsOf(r.article); !slices.Contains(told, g) {
		if r.article >= len(x.ofArticle) {
			x.ofArticle = append(x.ofArticle, make([][]*group, r.article+1-len(x.ofArticle))...)
		}
		x.ofArticle[r.article] = append(told, g)
	}
	for _, p := range rn.sides {
		if slices.Contains(g.parties, p) {
			continue
		}
		for _, q := range g.parties {
			k := pairKey(p, q)
			x.byPair[k] = append(x.byPair[k], g)
		}
		if len(g.parties) == 0 {
			x.single[p] = append(x.single[p], g)
		}
		g.parties = append(g.parties, p)
		x.byParty[p] = append(x.byParty[p], g)
		if g.priced {
			k := g.firstPrice
			k.party = p
			x.byPrice[k] = append(x.byPrice[k], g)
		}
		for _, d := range g.days {
			d.party = p
			x.byDay[d] = append(x.byDay[d], g)
		}
	}
	if d := (dayKey{class: typeClass(r.Type), date: r.Date}); onADay(r) && !slices.Contains(g.days, d) {
		g.days = append(g.days, d)
		for _, p := range g.parties {
			d.party = p
			x.byDay[d] = append(x.byDay[d], g)
		}
	}
}

// dayKey is a party (none in a group's days), a class of deal type and a
// full date.
type dayKey struct {
	party       nameID
	class, date string
}

// onADay: the report gives a price of its own and a full date, which
// pricedOnTheDay compares.
func onADay(r *report) bool { return r.Value != nil && !r.BareValue && len(r.Date) == 10 }

// priceBand is a party, a class of deal type and a price, its value cut
// to a band of 5% on a log scale: two positive finite prices within a
// percent of each other, as samePurchase asks, are in one band or in two
// next to each other.
type priceBand struct {
	party           nameID
	class, currency string
	band            int64
}

// bandWidth is the width of a band of prices, as a difference of natural
// logarithms; a percent is 0.01.
const bandWidth = 0.05

// outOfBands is the band of every price not positive and finite, which
// priceGap compares with none: such a price is no same purchase.
const outOfBands = math.MinInt64

func inBand(v float64) bool { return v > 0 && !math.IsInf(v, 1) }

// bandOf is the band of r's price, for party; r has a price.
func bandOf(r *report, party nameID) priceBand {
	k := priceBand{party: party, class: typeClass(r.Type), currency: r.Value.Currency, band: outOfBands}
	if v := r.Value.Value; inBand(v) {
		k.band = int64(math.Floor(math.Log(v) / bandWidth))
	}
	return k
}

func pairKey[T cmp.Ordered](p, q T) [2]T {
	if q < p {
		p, q = q, p
	}
	return [2]T{p, q}
}

// candidates are the groups report r (the ri-th of rs) may join, in
// creation order. They are good until the next call, which reuses their
// array.
func (x *groupIndex) candidates(rs []report, r *report, ri int) []*group {
	out := x.found[:0]
	rn := x.factsAt(rs, ri)
	parties, buyer := rn.sides, rn.buyer
	if len(parties) < 2 || hasRepeats(parties) {
		// one party: every group with it (a repeated party counts twice,
		// as in shareCount)
		out = x.shareCount(out, parties, ri)
	} else {
		out = x.sharingTwo(out, r, rn.class, parties, ri)
	}
	if r.Value != nil {
		// "Facebook invests Rs 43,574 crore in Reliance Jio", "... Rs
		// 43,575 crore in Jio Platforms": the same buyer paying the same
		// price is one deal, whatever each outlet calls the target; and
		// so is one company bought at one price, whoever each outlet
		// names beside it
		samePurchases := func(gs []*group) {
			for _, g := range gs {
				if g.seen != ri+1 && samePurchaseFacts(&rs[g.members[0]], r, x.names[g.members[0]], rn) {
					g.seen = ri + 1
					out = append(out, g)
				}
			}
		}
		for _, p := range parties {
			if p != buyer && !rn.transfer {
				continue
			}
			at := bandOf(r, p)
			if at.band == outOfBands {
				continue // no price to compare (see priceGap)
			}
			// the groups priced within a percent of r, of its class and
			// currency, are in its band or the next
			for _, band := range [3]int64{at.band - 1, at.band, at.band + 1} {
				k := at
				k.band = band
				samePurchases(x.byPrice[k])
			}
		}
	}
	if onADay(r) {
		// "Body Shop sold to Natura for £880m" beside "L'Oréal to sell to
		// Natura for €1bn", on one day: see pricedAmongSides
		for _, p := range parties {
			for _, g := range x.byDay[dayKey{party: p, class: typeClass(r.Type), date: r.Date}] {
				if !slices.Contains(out, g) {
					out = append(out, g) // (not by seen, which shareCount sets on groups it leaves out)
				}
			}
		}
	}
	// one pair's groups, the most usual, are in creation order already
	byIndex := func(a, b *group) int { return a.index - b.index }
	if !slices.IsSortedFunc(out, byIndex) {
		x.inCreationOrder(out)
	}
	x.found = out
	return out
}

// inCreationOrder sorts groups by their index, each group once: as
// numbers, which sort without a call per comparison, then the groups of
// those numbers.
func (x *groupIndex) inCreationOrder(gs []*group) {
	order := x.order[:0]
	for _, g := range gs {
		order = append(order, g.index)
	}
	slices.Sort(order)
	for i, k := range order {
		gs[i] = x.groups[k]
	}
	x.order = order
}

// shareCount counts, per group, the parties of r it has, and keeps those
// reaching min(2, parties of r, parties of the group), appended to out.
func (x *groupIndex) shareCount(out []*group, parties []nameID, ri int) []*group {
	for _, p := range parties {
		for _, g := range x.byParty[p] {
			if g.seen != ri+1 {
				g.seen, g.shared = ri+1, 0
			}
			if g.shared++; g.shared == min(2, len(parties), len(g.parties)) {
				out = append(out, g)
			}
		}
	}
	return out
}

// sharingTwo is shareCount for report r of two or more distinct parties:
// the groups with two of them, and the one-party groups with one,
// appended to out; but not the groups whose first report is of another
// class than r (of class class), which likeness refuses (samePurchase
// does too).
func (x *groupIndex) sharingTwo(out []*group, r *report, class nameID, parties []nameID, ri int) []*group {
	take := func(g *group) {
		if g.seen != ri+1 {
			g.seen = ri + 1
			if r.Generic || g.firstClass == 0 || g.firstClass == class {
				out = append(out, g)
			}
		}
	}
	for i, p := range parties {
		// a group that gained a second party since stays out of the
		// list, for good: the list would hold every group that started
		// with the party
		single := x.single[p][:0]
		for _, g := range x.single[p] {
			if len(g.parties) == 1 {
				single = append(single, g)
				take(g)
			}
		}
		if len(single) < len(x.single[p]) {
			x.single[p] = single
		}
		for _, q := range parties[i+1:] {
			for _, g := range x.byPair[pairKey(p, q)] {
				take(g)
			}
		}
	}
	return out
}

func hasRepeats[T comparable](ps []T) bool {
	for i, p := range ps {
		if slices.Contains(ps[i+1:], p) {
			return true
		}
	}
	return false
}

// maxCompared is how many of a group's reports a new report is compared
// with: enough to tell one deal from another between the same companies.
const maxCompared = 16

// statusRank orders what sources say of a deal's fate: a deal some source
// tells as done happened, whatever another calls "the failed acquisition";
// one that any source says failed did not go ahead.
var statusRank = map[string]int{model.Announced: 0, model.Proposed: 0, model.Failed: 1, model.Completed: 2}

// buyerOf is the buyer the first report that names one gives, but not a
// guess outvoted (see outvotedGuesses).
func buyerOf(reps []report, outvoted map[string]int) string {
	for i, r := range reps {
		if k, ok := outvoted[r.Buyer]; r.Buyer != "" && (!ok || k != i) {
			return r.Buyer
		}
	}
	return ""
}

// buyerFirst puts the buyer the reports name first among the parties, so
// a purchase reads "buyer -> the rest".
func buyerFirst(parties []string, buyer string) []string {
	if buyer == "" || len(parties) == 0 || parties[0] == buyer {
		return parties
	}
	out := []string{buyer}
	for _, p := range parties {
		if p != buyer {
			out = append(out, p)
		}
	}
	if len(out) != len(parties) {
		return parties // the buyer is not among them
	}
	return out
}

// agreedValue is the figure most sources agree on (within 10%, same
// currency); on a tie the larger, since the part-figures stories add
// ("3.9bn for its 51% stake") are smaller than the headline price.
func agreedValue(reps []report) *model.Money {
	votesFor := figureVotes(reps)
	var best *model.Money
	bestVotes := 0
	for _, r := range reps {
		if r.Value == nil {
			continue
		}
		votes := votesFor[figureOf(r.Value)]
		if votes > bestVotes || votes == bestVotes && best != nil && r.Value.Currency == best.Currency && r.Value.Value > best.Value {
			v := *r.Value
			best, bestVotes = &v, votes
		}
	}
	return best
}

// figure is a value as agreedValue compares it; the bits of the number
// keep every value, even one that equals no other, a key of its own.
type figure struct {
	currency string
	bits     uint64
}

func figureOf(m *model.Money) figure { return figure{m.Currency, math.Float64bits(m.Value)} }

// figureVotes counts, for each figure the reports give, the reports whose
// figure is within 10% of it. A deal told by thousands of articles gives
// few distinct figures: comparing those, not every pair of reports, keeps
// this linear in the reports.
func figureVotes(reps []report) map[figure]int {
	times := map[figure]int{}
	var order []figure
	for _, r := range reps {
		if r.Value == nil {
			continue
		}
		f := figureOf(r.Value)
		if times[f] == 0 {
			order = append(order, f)
		}
		times[f]++
	}
	votes := make(map[figure]int, len(order))
	for _, f := range order {
		a := math.Float64frombits(f.bits)
		for _, o := range order {
			b := math.Float64frombits(o.bits)
			if o.currency == f.currency && math.Abs(b-a) <= 0.1*math.Max(b, a) {
				votes[f] += times[o]
			}
		}
	}
	return votes
}

// toDeal turns the reports of one deal into its row: the type most reports
// give, every party, the first figure stated, the year most reports date
// it in (agreedDate), failed if any source says it failed.
func toDeal(articles []model.Article, reps []report) model.Deal {
	d := model.Deal{Status: model.Announced}
	votes := map[string]int{}
	for _, r := range reps {
		if !r.Generic {
			votes[r.Type]++
		}
	}
	if len(votes) == 0 {
		// no report names the kind: the guesses decide ("signed an
		// agreement with" is a partnership)
		for _, r := range reps {
			votes[r.Type]++
		}
	}
	d.Type = model.Other
	for _, r := range reps {
		if votes[r.Type] > votes[d.Type] {
			d.Type = r.Type
		}
	}
	// a source for each report: made at its number, not grown by
	// doubling, as a deal told by many outlets has hundreds
	d.Sources = make([]model.Source, 0, len(reps))
	// every party of every report, but a buyer one outlet only guessed
	// against the others'
	outvoted := outvotedGuesses(reps)
	addParties := func(i int) {
		for _, p := range reps[i].Parties {
			if k, ok := outvoted[p]; !ok || k != i {
				d.Parties = names.AppendNew(d.Parties, p)
			}
		}
	}
	if d.Type == model.Divestiture {
		// a sale reads seller first, as its own reports name the sides:
		// their parties come before a purchase's, told buyer first
		for i, r := range reps {
			if r.Type == model.Divestiture {
				addParties(i)
			}
		}
	}
	d.Date = agreedDate(reps)
	for i, r := range reps {
		addParties(i)
		if i == 0 || statusRank[r.Status] > statusRank[d.Status] {
			d.Status = r.Status
		}
		d.Sources = append(d.Sources, model.Source{Article: articles[r.article].ID, Evidence: r.Evidence, Value: r.Value, Date: r.Date})
	}
	d.Value = agreedValue(reps)
	buyer := buyerOf(reps, outvoted)
	if d.Type != model.Divestiture {
		d.Parties = buyerFirst(d.Parties, buyer) // a sale reads seller first
	}
	d.Summary = summary(d, buyer)
	sum := sha256.Sum256([]byte(strings.Join(append([]string{d.Type, d.Sources[0].Article, d.Sources[0].Evidence}, d.Parties...), "\x00")))
	d.ID = "d" + hex.EncodeToString(sum[:])[:10]
	return d
}

// agreedDate is the date most reports give: the year most give ("a
// purchase completed in 2005" told by two outlets, where a third read
// "last year"), then the month most of those give, then the day most of
// those give, else the most precise date of them; the first report's on
// a tie. (Outlets that report different steps of a deal, the announcement
// and later the approval, date it by the step most of them report.)
func agreedDate(reps []report) string {
	var dates []string
	for _, r := range reps {
		if when.Year(r.Date) != 0 {
			dates = append(dates, r.Date)
		}
	}
	for _, n := range []int{4, 7, 10} { // year, month, day
		var precise []string // the dates that give a month, a day: a bare year has no say in which
		for _, d := range dates {
			if len(d) >= n {
				precise = append(precise, d)
			}
		}
		if len(precise) == 0 {
			break // none is that precise: the most precise of those left
		}
		best := mostCommon(precise, func(d string) string { return d[:n] })
		dates = slices.DeleteFunc(precise, func(d string) bool { return d[:n] != best })
	}
	best := ""
	for _, d := range dates {
		if len(d) > len(best) {
			best = d
		}
	}
	return best
}

// mostCommon is the key most of dates give, the first date's on a tie; ""
// for no dates.
func mostCommon(dates []string, key func(string) string) string {
	counts := map[string]int{}
	var order []string
	for _, d := range dates {
		k := key(d)
		if counts[k] == 0 {
			order = append(order, k)
		}
		counts[k]++
	}
	best := ""
	for _, k := range order {
		if best == "" || counts[k] > counts[best] {
			best = k
		}
	}
	return best
}

// twinOf is the group's first profile, the report that made the group,
// when it tells r's deal as r does (see twin) and no profile of the group
// gives another price: nil if not. A later report may have joined the
// group wrongly ("the $10 million acquisition involving Veltraco and
// Quorvex" beside Daxmoor's purchase of Quorvex), and its twins are not
// to follow it; a price apart says the group is another deal.
func (g *group) twinOf(r *report, rn *facts[nameID]) *profile {
	if len(g.profiles) == 0 || !twin(&g.profiles[0], r, rn) {
		return nil
	}
	for i := range g.profiles {
		if differentFigures(&g.profiles[i].rep, r) {
			return nil
		}
	}
	return &g.profiles[0]
}

// twin: the profile p tells r's deal as r does: a type of one class, the
// same companies (two or more), one price and one full date.
func twin(p *profile, r *report, rn *facts[nameID]) bool {
	pn := p.names
	return !p.rep.Generic && !r.Generic && pn.class == rn.class && len(rn.sides) >= 2 && len(pn.sides) == len(rn.sides) &&
		overlapReaches(pn.sides, rn.sides, len(rn.sides)) && sameDealFigures(&p.rep, r)
}
