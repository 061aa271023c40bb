package extract

import (
	"dealwire/loader/extract/when"
	"dealwire/model"
)

// A deal told by one article only, with neither a price nor a date, is the
// thinnest reading there is. Beside a firmer deal of the same article —
// one with a price, a date of the article's year or later, or another
// outlet telling it — two such readings are not listed:
//
//   - one with a side its sentence does not name, read from "it", "the
//     group", a description or the deal told before: most often a sentence
//     about the firmer deal read as another ("Pour le vendeur, la cession
//     s'inscrit dans un désengagement", "the company's capital investment
//     plan"); on the development sets 14 of the 125 so dropped were
//     annotated deals;
//   - a purchase, sale, merger, stake, supply or licence told neither as
//     done nor as failed: the news tells those in passing with a price or
//     a year ("bought Daxmoor in 2019"), and without either they were
//     mostly misread; 19 of the 127 so dropped were annotated deals.
//
// (Both measured at the change that added them.) An alliance or a venture
// whose sentence names its sides stays, as alliances are told in passing
// so ("Nokia signed an agreement with China Mobile"); so do the deal the
// headline tells and the article's first deal, its news, and any deal of
// an article that tells none firmer, as an article alone may tell its
// deal with no figure. A deal the article dates in a year before its own
// is told in passing, not firmer.

// toldOnceBare reports whether d is told by one article only, with neither
// a price nor a date.
func toldOnceBare(d *model.Deal) bool {
	return d.Value == nil && d.Date == "" && toldOnce(d)
}

// toldOnce reports whether one article tells d (a deal with no source is
// told by none).
func toldOnce(d *model.Deal) bool {
	if len(d.Sources) == 0 {
		return false
	}
	for _, s := range d.Sources[1:] {
		if s.Article != d.Sources[0].Article {
			return false
		}
	}
	return true
}

// reading is how a deal's reports read it, as withoutSideReadings asks.
type reading struct {
	unnamed  bool // every report leaves a side its sentence does not name
	headline bool // the article's headline tells it: its news
	// lead: no deal listed is told earlier in its article (set by
	// markLeads for a deal one article tells): its news too
	lead    bool
	article int // the article of its reports, -1 for several
	first   int // the earliest sentence it is told in, -1 for the headline
}

// readingOf is the reading of a deal's reports.
func readingOf(reps []report) reading {
	rd := reading{unnamed: true, article: reps[0].article, first: firstSentence(reps)}
	for _, r := range reps {
		rd.unnamed = rd.unnamed && r.unnamed
		rd.headline = rd.headline || r.headline
		if r.article != rd.article {
			rd.article = -1
		}
	}
	return rd
}

// markLeads sets lead on the readings of the deals one article tells
// that no other listed deal is told before in that article; listed[k] is
// the group of readings[k].
func markLeads(readings []reading, listed []int, groups []*group, rs []report) {
	earliest := map[int]int{} // article -> the earliest sentence a listed deal is told in
	for _, gi := range listed {
		for _, ri := range groups[gi].members {
			r := &rs[ri]
			s := r.sentence
			if r.headline {
				s = -1
			}
			if e, ok := earliest[r.article]; !ok || s < e {
				earliest[r.article] = s
			}
		}
	}
	for k := range readings {
		rd := &readings[k]
		rd.lead = rd.article >= 0 && rd.first == earliest[rd.article]
	}
}

// withoutSideReadings drops the side readings (see sideReading) of the
// articles that tell a firmer deal; readings[i] is of ds[i].
func withoutSideReadings(articles []model.Article, ds []model.Deal, readings []reading) []model.Deal {
	published := make(map[string]string, len(articles))
	for _, a := range articles {
		published[a.ID] = a.Published
	}
	firm := map[string]bool{} // the articles that tell a firmer deal
	for i := range ds {
		d := &ds[i]
		if toldOnceBare(d) {
			continue
		}
		once := toldOnce(d)
		for _, s := range d.Sources {
			if once && datedBefore(d.Date, published[s.Article]) {
				continue // "Veltraco bought Daxmoor in 2019": not the article's news
			}
			firm[s.Article] = true
		}
	}
	out := ds[:0]
	for i, d := range ds {
		if sideReading(&d, readings[i], firm) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// sideReading reports whether d, of reading rd, is a side reading: told
// once bare by an article that tells a firmer deal (firm), not as the
// article's news (its headline's or first deal), and either read with a
// side its sentence does not name or of a kind that wants a figure.
func sideReading(d *model.Deal, rd reading, firm map[string]bool) bool {
	return toldOnceBare(d) && firm[d.Sources[0].Article] && !rd.headline && !rd.lead && (rd.unnamed || wantsAFigure(d))
}

// wantsAFigure: d is of a kind the news tells in passing with a price or
// a year — a purchase, sale, merger, stake, supply or licence — and told
// neither as done nor as failed. An alliance or a venture is often told
// in passing with neither ("Previously, Nokia and Microsoft have had full
// cooperation").
func wantsAFigure(d *model.Deal) bool {
	switch d.Type {
	case model.Acquisition, model.Divestiture, model.Merger, model.Investment, model.Supply, model.Licensing:
		return d.Status == model.Announced || d.Status == model.Proposed
	}
	return false
}

// datedBefore: date is of a year before the one published is of; false
// when either is unknown.
func datedBefore(date, published string) bool {
	y, p := when.Year(date), when.Year(published)
	return y != 0 && p != 0 && y < p
}
