package extract

import (
	"testing"

	"dealwire/loader/extract/deals"
)

// A deal told by several outlets takes the date most of them give: the
// year first, then the month, then the day, else the most precise date of
// those; the first report's on a tie, however many report each side.
func TestAgreedDate(t *testing.T) {
	for _, c := range []struct {
		dates []string
		want  string
	}{
		{[]string{"2006", "2005", "2005"}, "2005"},                         // "last year" in one, 2005 in two
		{[]string{"2012-10-01", "2012-06", "2012-06"}, "2012-06"},          // the news day beside the month of the deal
		{[]string{"2012", "2012-08", "2012"}, "2012-08"},                   // the month one outlet gives
		{[]string{"2022-09", "2022-10-20", "2022-09"}, "2022-09"},          // the month most give, not the longest date
		{[]string{"2023-02-02", "2023-01-31", "2023-02-02"}, "2023-02-02"}, // the day most give
		{[]string{"2019", "2024", "2024", "2019"}, "2019"},                 // a tie of two each: the first report's
		{[]string{"2015", "2012"}, "2015"},
		// a bare year has no say in the month, nor a month in the day
		{[]string{"2005", "2005", "2005-08", "2005-09", "2005-09"}, "2005-09"},
		{[]string{"2005-09", "2005-09", "2005-09-01", "2005-09-15", "2005-09-15"}, "2005-09-15"},
		{[]string{"", ""}, ""},
	} {
		var rs []report
		for _, d := range c.dates {
			rs = append(rs, report{Found: deals.Found{Date: d}})
		}
		if got := agreedDate(rs); got != c.want {
			t.Errorf("agreedDate(%q) = %q, want %q", c.dates, got, c.want)
		}
	}
}
