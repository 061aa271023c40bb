package extract

import (
	"testing"

	"dealwire/loader/extract/deals"
)

// A deal told by several outlets takes the date most of them give: the
// year first, then the month, then the most precise date of those; not
// the first outlet's when the others agree on another year.
func TestAgreedDate(t *testing.T) {
	dated := func(dates ...string) []report {
		var rs []report
		for _, d := range dates {
			rs = append(rs, report{Found: deals.Found{Date: d}})
		}
		return rs
	}
	for _, c := range []struct {
		dates []string
		want  string
	}{
		{[]string{"2006", "2005", "2005"}, "2005"},                // "last year" in one, 2005 in two
		{[]string{"2012-10-01", "2012-06", "2012-06"}, "2012-06"}, // the article's day, beside the month the deal was in
		{[]string{"2012", "2012-08", "2012"}, "2012-08"},          // the month one outlet gives
		{[]string{"2022-09", "2022-10-20", "2022-09"}, "2022-09"}, // the month most give, not the longest date
		{[]string{"", "2019-02-27", "2019-02-27", "2020-09"}, "2019-02-27"},
		{[]string{"2015", "2012"}, "2015"}, // a tie: the first
		{[]string{"", ""}, ""},
	} {
		if got := agreedDate(dated(c.dates...)); got != c.want {
			t.Errorf("agreedDate(%q) = %q, want %q", c.dates, got, c.want)
		}
	}
}
