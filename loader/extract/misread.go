package extract

import (
	"slices"

	"dealwire/model"
)

// joinedMisreadings joins the deal one outlet alone tells, priced or not,
// into the one deal other outlets tell of two or more of its companies at
// the same time: the lone outlet read a side or a role otherwise, or
// named a third company the others did not ("Antin Infrastructure, Pisto
// and Lombard Odier" beside "Pisto, BNP Paribas and Lombard Odier", one
// stake of January 2010). The clustering keeps such a report apart, its
// sides told otherwise; the price join (joinedLoneOutlets) needs a price.
//
// The two are of one class and one direction (oneDealKinds), dated to one
// year and, where both name it, one month; priced, if both are, within a
// tenth; failed both or neither; told by no article in common. The lone
// deal's companies are not only some of the others' deal: "In 2005
// Brindle bought Quorvex and Daxmoor", one outlet's two purchases read as
// one deal that another outlet's purchase of Quorvex joined, would take
// in the third outlet's purchase of Daxmoor (review 53d). Two companies
// named with a third in each of two deals of one month (a rival's bid
// for one target, a buyer's sale of a unit: review 62b) share one
// company, not two. A lone deal that could join two deals joins neither,
// and a deal two deals of one article could join takes in neither.
//
// The deal of the several outlets keeps its type, price and date; the
// lone one gives it its source and the companies it lacks.
func joinedMisreadings(out []model.Deal, firstTold map[string]int) []model.Deal {
	// the deals several articles tell, dated, by the companies they name
	hostsOf := map[string][]int{}
	for i := range out {
		if d := &out[i]; d.Date != "" && !toldByOne(d.Sources) {
			for _, p := range d.Parties {
				hostsOf[p] = append(hostsOf[p], i)
			}
		}
	}
	if len(hostsOf) == 0 {
		return out
	}
	into := map[int][]int{} // host -> the lone deals it takes in
	for j := range out {
		lone := &out[j]
		if len(lone.Sources) != 1 || lone.Date == "" {
			continue
		}
		if host, ok := onlyHost(out, lone, hostsOf); ok {
			into[host] = append(into[host], j)
		}
	}
	if len(into) == 0 {
		return out
	}
	joined := make([]bool, len(out))
	for host, lones := range into {
		if oneArticleTwice(out, lones) {
			continue // an article's two deals, not two misreadings of one
		}
		d := &out[host]
		// (clipped: what is appended must not write into an array another
		// deal's slice shares)
		d.Parties, d.Sources = slices.Clip(d.Parties), slices.Clip(d.Sources)
		slices.Sort(lones) // (the map's order is not the articles')
		for _, j := range lones {
			for _, p := range out[j].Parties {
				if !slices.Contains(d.Parties, p) {
					d.Parties = append(d.Parties, p)
				}
			}
			d.Sources = append(d.Sources, out[j].Sources...)
			firstTold[d.ID] = min(firstTold[d.ID], firstTold[out[j].ID])
			joined[j] = true
		}
	}
	kept := out[:0]
	for i, d := range out {
		if !joined[i] {
			kept = append(kept, d)
		}
	}
	return kept
}

// onlyHost is the one deal of hostsOf (by company) that lone may be a
// misreading of; false when there is none or more than one.
func onlyHost(out []model.Deal, lone *model.Deal, hostsOf map[string][]int) (int, bool) {
	host := -1
	for _, p := range lone.Parties {
		for _, i := range hostsOf[p] {
			if i == host || !misreadOf(lone, &out[i]) {
				continue
			}
			if host >= 0 {
				return -1, false
			}
			host = i
		}
	}
	return host, host >= 0
}

// misreadOf: lone, told by one article, may be that article's reading of
// host, told by others (see joinedMisreadings).
func misreadOf(lone, host *model.Deal) bool {
	if !sameTime(lone.Date, host.Date) || (lone.Status == model.Failed) != (host.Status == model.Failed) ||
		!oneDealKinds(lone, host) || shareArticle(lone.Sources, host.Sources) {
		return false
	}
	if lone.Value != nil && host.Value != nil {
		if gap, priced := moneyGap(lone.Value, host.Value); !priced || gap > 0.1 {
			return false
		}
	}
	n := overlap(lone.Parties, host.Parties)
	return n >= 2 && !(n == len(lone.Parties) && n < len(host.Parties))
}

// sameTime: two dates of one year and, where both name it, one month.
func sameTime(a, b string) bool {
	if len(a) < 4 || len(b) < 4 || a[:4] != b[:4] {
		return false
	}
	return len(a) < 7 || len(b) < 7 || a[:7] == b[:7]
}

// oneArticleTwice: two of the deals lones, each told by one article, are
// told by the same article.
func oneArticleTwice(out []model.Deal, lones []int) bool {
	for k, j := range lones {
		for _, i := range lones[:k] {
			if out[i].Sources[0].Article == out[j].Sources[0].Article {
				return true
			}
		}
	}
	return false
}

// toldByOne: every source is of one article.
func toldByOne(ss []model.Source) bool {
	for i := 1; i < len(ss); i++ {
		if ss[i].Article != ss[0].Article {
			return false
		}
	}
	return true
}
