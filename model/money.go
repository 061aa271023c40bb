package model

import (
	"strconv"
	"strings"
)

// String writes an amount the way business news does: $7.2bn, €350m,
// 14bn CNY.
func (m Money) String() string {
	v := m.Value
	var num, unit string
	switch {
	case v >= 1e12:
		num, unit = trimFloat(v/1e12), "tn"
	case v >= 1e9:
		num, unit = trimFloat(v/1e9), "bn"
	case v >= 1e6:
		num, unit = trimFloat(v/1e6), "m"
	default:
		num = strconv.FormatFloat(v, 'f', -1, 64)
	}
	if sym, ok := currencySymbols[m.Currency]; ok {
		return sym + num + unit
	}
	return strings.TrimSpace(num + unit + " " + m.Currency)
}

var currencySymbols = map[string]string{"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}

// trimFloat prints at most two decimals and none that are zero.
func trimFloat(f float64) string {
	s := strconv.FormatFloat(f, 'f', 2, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}
