package model

import "testing"

func TestMoneyString(t *testing.T) {
	for _, c := range []struct {
		m    Money
		want string
	}{
		{Money{7.2e9, "USD"}, "$7.2bn"},
		{Money{3.5e8, "EUR"}, "€350m"},
		{Money{2e12, "JPY"}, "¥2tn"},
		{Money{1.4e10, "CNY"}, "14bn CNY"},
		{Money{435.74e9, "INR"}, "₹435.74bn"},
		{Money{500000, "GBP"}, "£500000"},
	} {
		if got := c.m.String(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.m, got, c.want)
		}
	}
}
