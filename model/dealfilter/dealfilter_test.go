package dealfilter

import (
	"strings"
	"testing"

	"dealwire/model"
)

func deals() []model.Deal {
	m := func(v float64) *model.Money { return &model.Money{Value: v, Currency: "USD"} }
	return []model.Deal{
		{ID: "a", Type: model.Acquisition, Date: "2013-09", Value: m(7.2e9), Status: model.Completed},
		{ID: "b", Type: model.Acquisition, Date: "2016", Value: m(350e6), Status: model.Completed},
		{ID: "c", Type: model.Partnership, Date: "2019-11", Status: model.Announced},
		{ID: "d", Type: model.JointVenture, Date: "2018", Value: m(3.5e9)},
		{ID: "e", Type: model.Acquisition, Value: m(2e9)}, // undated
		{ID: "f", Type: model.Acquisition, Date: "2020-01-01", Value: m(1e9)},
	}
}

func TestFilters(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"", "abcdef"},
		{":type acquisition year>=2015 value>1bn", ""},
		{":type acquisition year>=2015 value>=1bn", "f"},
		{"type acquisition", "abef"},
		{"type:acq", "abef"},
		{"type=acquisition,partnership", "abcef"},
		{"acquisition", "abef"},
		{"jv", "d"},
		{"type joint venture", "d"},
		{"year>=2015", "bcdf"},
		{"year >= 2015", "bcdf"},
		{"year<2016", "a"},
		{"year 2016-2018", "bd"},
		{"year:2019", "c"},
		{"2019", "c"},
		{"value>1bn", "ade"},
		{"value > 1bn", "ade"},
		{"value<=350m", "b"},
		{"value>$2 ", "abdef"},
		{"value>2000000000", "ad"},
		{"value>1.5 ", "abdef"},
		{"status completed", "ab"},
		{"completed", "ab"},
		{"TYPE Acquisition YEAR>=2015", "bf"},
	} {
		f, err := Parse(tc.q)
		if err != nil {
			t.Errorf("%q: %v", tc.q, err)
			continue
		}
		var got strings.Builder
		for i, d := range deals() {
			if f.Match(&deals()[i]) {
				got.WriteString(d.ID)
			}
		}
		if got.String() != tc.want {
			t.Errorf("%q: %q, want %q", tc.q, got.String(), tc.want)
		}
	}
}

func TestErrors(t *testing.T) {
	for _, q := range []string{"type banana", "year>=abc", "value>lots", "colour red", "foo", "year 2020-2010", "type>acq"} {
		if _, err := Parse(q); err == nil {
			t.Errorf("%q: no error", q)
		}
	}
}

func TestParseValue(t *testing.T) {
	for in, want := range map[string]float64{"1bn": 1e9, "1.5 billion": 1.5e9, "$700m": 700e6, "2tn": 2e12, "350,000": 350000, "€3bn": 3e9, "700k": 7e5, "USD5m": 5e6} {
		if got, err := ParseValue(in); err != nil || got != want {
			t.Errorf("%q: %v %v, want %v", in, got, err, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add(":type acquisition year>=2015 value>1bn")
	f.Add("year 2015..2020 status comp")
	f.Fuzz(func(t *testing.T, s string) {
		fl, err := Parse(s)
		if err == nil {
			d := deals()
			for i := range d {
				fl.Match(&d[i])
			}
		}
	})
}
