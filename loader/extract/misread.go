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
// tenth; failed both or neither; told by no article in common. Two
// companies shared is less than it looks, so the join asks more
// (misreadOf): the lone deal's companies are not only some of the
// others' ("In 2005 Brindle bought Quorvex and Daxmoor", one outlet's two
// purchases read as one, review 53d); two companies acting do not each
// miss from the other's deal, nor buy or sell the same company in each;
// the companies shared are not only the acting ones of both; and a stake
// beside a purchase is dated alike (review 63a). Deals sharing one
// company (a rival's bid for one target, a buyer's sale of a unit: review
// 62b) stay apart. A lone deal that could join two deals joins neither,
// and a deal two deals of one article could join takes in neither.
//
// The deal of the several outlets keeps its type, date and price (or
// takes the lone outlet's, having none); the lone one gives it its source
// and the companies it lacks.
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
			takeIn(d, &out[j], firstTold)
			if d.Value == nil {
				d.Value = out[j].Value // (a price only the lone outlet gives)
			}
			joined[j] = true
		}
	}
	return withoutJoined(out, joined)
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
	// (both are dated: oneDealDates asks one year and, where both name
	// it, one month)
	if !oneDealDates(lone.Date, host.Date) || (lone.Status == model.Failed) != (host.Status == model.Failed) ||
		!oneDealKinds(lone, host) || shareArticle(lone.Sources, host.Sources) || !pricesNotApart(lone, host) {
		return false
	}
	n := overlap(lone.Parties, host.Parties)
	if n < 2 || n == len(lone.Parties) && n < len(host.Parties) {
		return false // one company shared, or only some of the other's
	}
	x, y := host.Parties[0], lone.Parties[0]
	switch {
	case x != y && !slices.Contains(lone.Parties, x) && !slices.Contains(host.Parties, y):
		// each acting company missing from the other's deal: a holder's
		// stakes sold to two buyers in one week (review 63a)
		return false
	case x != y && lone.Type == host.Type && (lone.Type == model.Acquisition || lone.Type == model.Divestiture):
		// two purchases or two sales by two companies: a company bought
		// and sold on in one year
		return false
	case n < len(lone.Parties) && n < len(host.Parties) && sameSet(lone.Parties[:n], host.Parties[:n]):
		// the companies shared are the acting ones of both, each deal
		// adding its own: a buyout pair's takeover and its stake in
		// another company
		return false
	case (lone.Type == model.Investment) != (host.Type == model.Investment) && (len(lone.Date) >= 7) != (len(host.Date) >= 7):
		// a stake beside a purchase, one dated to a month and the other
		// only to the year: a stake bought in March and the rest later
		// in the year
		return false
	}
	return true
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
