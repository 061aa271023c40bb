package extract

import (
	"slices"
	"strings"

	"dealwire/model"
)

// joinSameDayVentures joins two rows of one joint venture (or alliance)
// that the outlets told by different companies on the same day: one names
// the partners, another one partner and the venture ("Porsche and
// Customcells" beside "Porsche and Cellforce", the venture they set up).
// Joined are the two rows of one type and one exact day, the only two of
// it, sharing a company, told by different articles, each of which names
// every company of the other row, and where a sentence of one row names
// the company the other has apart ("Porsche and Customcells set up
// Cellforce"): a company that sets up two ventures on one day with two
// others, each outlet naming the other partner only in passing, is left
// as it is. The smaller group is emptied into the larger, whose row is
// made again (joined).
func joinSameDayVentures(articles []model.Article, groups []*group, rows []model.Deal, rs []report) (joined []int) {
	byDay := map[string][]int{} // day and type -> rows
	for i := range rows {
		if len(groups[i].members) > 0 && len(rows[i].Date) == len("2006-01-02") && len(rows[i].Parties) >= 2 && (rows[i].Type == model.JointVenture || rows[i].Type == model.Partnership) {
			k := rows[i].Date + rows[i].Type
			byDay[k] = append(byDay[k], i)
		}
	}
	for _, day := range byDay {
		if len(day) != 2 {
			continue // none to join, or more than one way to
		}
		a, b := day[0], day[1]
		if overlap(rows[a].Parties, rows[b].Parties) == 0 || sharesArticle(groups[a], groups[b], rs) ||
			!namedInEach(articles, groups[b], rs, rows[a].Parties) || !namedInEach(articles, groups[a], rs, rows[b].Parties) {
			continue
		}
		if !toldBeside(rows[a], rows[b], groups[a], rs) && !toldBeside(rows[b], rows[a], groups[b], rs) {
			continue
		}
		if len(groups[b].members) > len(groups[a].members) {
			a, b = b, a
		}
		groups[a].members = append(groups[a].members, groups[b].members...)
		groups[b].members = nil
		joined = append(joined, a)
	}
	slices.Sort(joined)
	return joined
}

// toldBeside: a sentence of g, a's group, names a company of b that a
// does not list.
func toldBeside(a, b model.Deal, g *group, rs []report) bool {
	for _, p := range b.Parties {
		if slices.Contains(a.Parties, p) {
			continue
		}
		for _, m := range g.members {
			if strings.Contains(rs[m].Evidence, p) {
				return true
			}
		}
	}
	return false
}
