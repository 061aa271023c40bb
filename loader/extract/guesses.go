package extract

// outvotedGuesses finds the buyers a single report only guessed ("In May
// 2018 it agreed to buy ...", its "it" read as the wrong company) where
// the deal's other reports give another buyer more support: a buyer named
// counts twice, a guessed one once. Such a guess is no side of the deal
// the others tell, unless another report names that company too, or the
// report gives a price of its own that others' prices are apart from (a
// rival bid, "topping an earlier offer", clustered with the deal it
// tops). Each outvoted guess maps to the index of the report that made it.
func outvotedGuesses(reps []report) map[string]int {
	var out map[string]int
	var support, namedBy map[string]int // counted once a guess is met
	for i := range reps {
		r := &reps[i]
		if r.guessed == "" || r.Buyer != r.guessed {
			continue
		}
		if support == nil {
			support, namedBy = buyerSupport(reps)
		}
		if namedBy[r.guessed] > 1 || figuresApart(r, reps) {
			continue
		}
		for b, n := range support {
			if b != r.guessed && n > support[r.guessed] {
				if out == nil {
					out = map[string]int{}
				}
				out[r.guessed] = i
				break
			}
		}
	}
	return out
}

// buyerSupport counts, over reps, the support of each buyer (two for a
// report naming it, one for a report guessing it) and the reports naming
// each party.
func buyerSupport(reps []report) (support, namedBy map[string]int) {
	support, namedBy = map[string]int{}, map[string]int{}
	for i := range reps {
		r := &reps[i]
		if r.Buyer != "" {
			if r.guessed == r.Buyer {
				support[r.Buyer]++
			} else {
				support[r.Buyer] += 2
			}
		}
		for _, p := range r.Parties {
			namedBy[p]++
		}
	}
	return support, namedBy
}

// figuresApart: r's price is more than 5% from another report's, in one
// currency.
func figuresApart(r *report, reps []report) bool {
	if r.Value == nil {
		return false
	}
	for j := range reps {
		if gap, priced := priceGap(r, &reps[j]); priced && gap > 0.05 {
			return true
		}
	}
	return false
}
