package extract

import (
	"cmp"
	"slices"

	"dealwire/loader/extract/when"
	"dealwire/model"
)

// oneTypeForOneDeal gives one type to the reports that tell one deal as
// types of different classes in different outlets: a stake bought (an
// investment) in one and a purchase or a sale in another ("Gaw Capital
// buys a stake in the hotel for $938 million" beside "IHG sells the hotel
// to Gaw Capital for $938 million"), a joint venture in one and a
// purchase in another (not a supply or a licence: see ownershipClasses).
// Two reports are taken to tell one deal when they come from different
// articles, share two companies and the buyer where both name one, give
// one price (within a percent, in one currency) and one year (see
// yearOf), and neither sells to the other's buyer. The clustering keeps
// the classes of types apart, so without one type the outlets' reports
// would stay two deals.
//
// The class is the one most of the linked reports give, with the reports
// of other articles that tell the deal alike without a price (voters);
// between an investment and a transfer on a tie, the transfer, as news
// names a stake that changes hands between companies by the transfer more
// often than not; on another tie (a venture and a purchase at one price,
// each told once), none: each report keeps its own. The type is the one
// most linked reports of that class give; a report retyped to a transfer
// is told as the purchase, its parties standing buyer first. A linked set
// whose reports name different buyers, or sell to the buyer another
// names, is left as told.
func oneTypeForOneDeal(articles []model.Article, rs []report) {
	// reports are compared only with those that share a pair of companies
	// and a currency: a corpus of thousands of deals at a round price
	// would otherwise compare each with all the others
	byPair := map[pricedPair][]int{}
	for i := range rs {
		r := &rs[i]
		if r.Generic || !ownershipClasses[typeClass(r.Type)] || r.Value == nil || !inBand(r.Value.Value) || r.BareValue {
			continue
		}
		eachPair(r, func(pair [2]string) {
			k := pricedPair{r.Value.Currency, pair}
			byPair[k] = append(byPair[k], i)
		})
	}
	links := newUnion()
	for _, same := range byPair {
		if len(same) < 2 || oneClass(rs, same) {
			continue // (a deal told alike by many outlets: nothing to link, and many pairs to compare)
		}
		slices.SortFunc(same, func(a, b int) int { return cmp.Compare(rs[a].Value.Value, rs[b].Value.Value) })
		for a, i := range same {
			ri := &rs[i]
			for _, j := range same[a+1:] {
				rj := &rs[j]
				if rj.Value.Value > ri.Value.Value*1.01 {
					break // sorted: no later report is priced alike
				}
				if ri.article != rj.article && toldAlike(articles, ri, rj) {
					// (reports of one class too: a set must show every
					// buyer its reports name to buyerOfSet)
					links.join(i, j)
				}
			}
		}
	}
	sets := links.sets()
	if len(sets) == 0 {
		return // (most corpora: no outlet tells a deal as another class at its price)
	}
	unpriced := unpricedByPair(rs)
	for _, linked := range sets {
		buyer, ok := buyerOfSet(rs, linked)
		if !ok {
			continue
		}
		typ := agreedType(rs, linked, voters(articles, rs, linked, buyer, unpriced))
		if typ == "" {
			continue
		}
		if typ == model.Divestiture {
			// a report retyped keeps its parties buyer first, which a sale
			// reads the other way round: it is told as the purchase
			typ = model.Acquisition
		}
		for _, i := range linked {
			if typeClass(rs[i].Type) != typeClass(typ) {
				rs[i].Type = typ
			}
		}
	}
}

// unpricedByPair lists the reports of the ownership classes that give no
// price by each pair of their companies: they tell which type outlets
// give a deal as much as priced ones do, though no price links them.
func unpricedByPair(rs []report) map[[2]string][]int {
	out := map[[2]string][]int{}
	for i := range rs {
		r := &rs[i]
		if r.Generic || !ownershipClasses[typeClass(r.Type)] || r.Value != nil && inBand(r.Value.Value) && !r.BareValue {
			continue
		}
		eachPair(r, func(pair [2]string) { out[pair] = append(out[pair], i) })
	}
	return out
}

// voters are the unpriced reports, of articles the linked set has no
// report from, that share two companies with one of its reports, its
// year, and its buyer (or name none, where it names one): outlets telling
// the deal without its price. The linked reports are of one year, linked
// pairwise in it, and of one buyer, so a report is asked of the set, not
// of each of its reports.
func voters(articles []model.Article, rs []report, linked []int, buyer string, unpriced map[[2]string][]int) []int {
	told := map[int]bool{}
	pairs := map[[2]string]bool{}
	for _, i := range linked {
		told[rs[i].article] = true
		eachPair(&rs[i], func(pair [2]string) { pairs[pair] = true })
	}
	year := yearOf(articles, &rs[linked[0]])
	seen := map[int]bool{}
	var out []int
	for pair := range pairs {
		for _, j := range unpriced[pair] {
			r := &rs[j]
			if seen[j] || told[r.article] || yearOf(articles, r) != year {
				continue
			}
			seen[j] = true
			if _, b := r.sides(); (b == "" || b == buyer) && !sellsTo(r, buyer) {
				out = append(out, j)
			}
		}
	}
	slices.Sort(out) // (the pairs come in map order)
	return out
}

// eachPair calls f with each pair of r's companies (as outlets are
// compared), in order, once.
func eachPair(r *report, f func(pair [2]string)) {
	sides, _ := r.sides()
	for a, p := range sides {
		for _, q := range sides[a+1:] {
			if p != q {
				f([2]string{min(p, q), max(p, q)})
			}
		}
	}
}

// ownershipClasses are the classes of type that one deal in the shares of
// a company is told as: a purchase or sale, a stake, a venture. A supply
// or a licence at a deal's price is another deal, or a misreading.
var ownershipClasses = map[string]bool{"transfer": true, model.Investment: true, "alliance": true}

// oneClass: the reports are all of one class of type.
func oneClass(rs []report, is []int) bool {
	c := typeClass(rs[is[0]].Type)
	for _, i := range is[1:] {
		if typeClass(rs[i].Type) != c {
			return false
		}
	}
	return true
}

// pricedPair is a currency and two companies, in order.
type pricedPair struct {
	currency string
	pair     [2]string
}

// toldAlike: two reports share two companies, the buyer where both name
// one, and the year, and neither sells to the other's buyer.
func toldAlike(articles []model.Article, a, b *report) bool {
	if yearOf(articles, a) != yearOf(articles, b) {
		return false
	}
	as, ab := a.sides()
	bs, bb := b.sides()
	return (ab == "" || bb == "" || ab == bb) && overlapReaches(as, bs, 2) && !sellsTo(a, bb) && !sellsTo(b, ab)
}

// sellsTo: r is a sale whose seller is buyer ("Brindle sold its stake in
// Veltraco" beside "Brindle will invest in Veltraco"): the other way round,
// another deal.
func sellsTo(r *report, buyer string) bool {
	sides, _ := r.sides()
	return buyer != "" && r.Type == model.Divestiture && len(sides) > 0 && sides[0] == buyer
}

// buyerOfSet is the one buyer the linked reports name ("" for none), ok
// false when they name two or one sells to the buyer. Each pair was
// linked alike, but a report naming no buyer may link two that name
// different ones.
func buyerOfSet(rs []report, linked []int) (buyer string, ok bool) {
	for _, i := range linked {
		if _, b := rs[i].sides(); b != "" {
			if buyer != "" && b != buyer {
				return "", false
			}
			buyer = b
		}
	}
	for _, i := range linked {
		if sellsTo(&rs[i], buyer) {
			return "", false
		}
	}
	return buyer, true
}

// agreedType is the type of the linked reports (see oneTypeForOneDeal),
// "" when no class wins; the voters, unpriced reports of the deal, vote
// for the classes the linked reports give.
func agreedType(rs []report, linked, voters []int) string {
	classes, types := map[string]int{}, map[string]int{}
	for _, i := range linked {
		classes[typeClass(rs[i].Type)]++
		types[rs[i].Type]++
	}
	for _, i := range voters {
		if c := typeClass(rs[i].Type); classes[c] > 0 {
			// (a voter of a class no linked report gives does not vote:
			// an unpriced venture beside a stake and a purchase at one
			// price is another deal, not a third reading of this one)
			classes[c]++
			types[rs[i].Type]++
		}
	}
	if classes["transfer"] > 0 && classes["transfer"] == classes[model.Investment] && len(classes) == 2 {
		classes["transfer"]++ // the tie between a stake and a transfer
	}
	class := ""
	for _, i := range linked {
		if c := typeClass(rs[i].Type); classes[c] > classes[class] {
			class = c
		}
	}
	for c, n := range classes {
		if c != class && n == classes[class] {
			return "" // no class most reports give: each report as told
		}
	}
	typ := ""
	for _, i := range linked {
		if t := rs[i].Type; typeClass(t) == class && types[t] > types[typ] {
			typ = t
		}
	}
	return typ
}

// yearOf is the year of r's date, or, undated, of its article's: a deal
// told without a date is most often the news of the day, and one year
// known beside one unknown must not link a stake of 2012 to this year's
// purchase.
func yearOf(articles []model.Article, r *report) int {
	if y := when.Year(r.Date); y != 0 {
		return y
	}
	if r.article < len(articles) {
		return when.Year(articles[r.article].Published)
	}
	return 0
}

// union is a union-find over report indices, for the reports linked as
// one deal.
type union struct{ parent map[int]int }

func newUnion() *union { return &union{parent: map[int]int{}} }

func (u *union) find(i int) int {
	p, ok := u.parent[i]
	if !ok || p == i {
		return i
	}
	root := u.find(p)
	u.parent[i] = root
	return root
}

func (u *union) join(i, j int) {
	for _, k := range [2]int{i, j} {
		if _, ok := u.parent[k]; !ok {
			u.parent[k] = k
		}
	}
	u.parent[u.find(i)] = u.find(j)
}

// sets are the linked sets, each in report order, the sets in order of
// their first report.
func (u *union) sets() [][]int {
	byRoot := map[int][]int{}
	for i := range u.parent {
		root := u.find(i)
		byRoot[root] = append(byRoot[root], i)
	}
	out := make([][]int, 0, len(byRoot))
	for _, s := range byRoot {
		slices.Sort(s)
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	return out
}
