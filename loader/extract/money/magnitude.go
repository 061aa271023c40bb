package money

// roughUSD is about what a unit of each currency has been worth in US
// dollars over the last two decades, for currencies that have kept within
// a factor of two of it. It tells apart figures an order of magnitude
// apart, told in different currencies (€450 million and $36 million are
// two prices, not one converted); it converts nothing shown. Currencies
// that have moved more (the lira, the rouble, the real) are left out.
var roughUSD = map[string]float64{
	"USD": 1, "EUR": 1.15, "GBP": 1.4, "CHF": 1, "JPY": 0.009, "CNY": 0.15, "RMB": 0.15, "HKD": 0.13,
	"SGD": 0.75, "CAD": 0.8, "AUD": 0.75, "NZD": 0.68, "SEK": 0.11, "NOK": 0.11, "DKK": 0.155,
	"KRW": 0.0008, "INR": 0.015,
}

// Apart: amounts a and b, in currencies of the table above, are more than
// factor times apart once both are told in dollars roughly; false when
// either currency is not in it.
func Apart(a float64, currencyA string, b float64, currencyB string, factor float64) bool {
	x, y, ok := inDollars(a, currencyA, b, currencyB)
	return ok && (x > y*factor || y > x*factor)
}

// Near: amounts a and b, in currencies of the table above, are within
// factor of each other once both are told in dollars roughly ("£880
// million" and "€1 billion" in 2017); false when either currency is not in
// it, or either amount is not positive.
func Near(a float64, currencyA string, b float64, currencyB string, factor float64) bool {
	x, y, ok := inDollars(a, currencyA, b, currencyB)
	return ok && x <= y*factor && y <= x*factor
}

// inDollars is a and b told in dollars roughly; ok is false when either
// currency is not in the table or either amount is not positive.
func inDollars(a float64, currencyA string, b float64, currencyB string) (x, y float64, ok bool) {
	ra, okA := roughUSD[currencyA]
	rb, okB := roughUSD[currencyB]
	if !okA || !okB || a <= 0 || b <= 0 {
		return 0, 0, false
	}
	return a * ra, b * rb, true
}
