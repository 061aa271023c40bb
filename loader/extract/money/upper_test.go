package money

import (
	"strings"
	"testing"
)

func TestAppendUpperIsToUpper(t *testing.T) {
	texts := []string{"", "rs", "eur", "Usd", "€", "ß", "ǆ", "ﬀ", "ı", "i", "ſ", "µ", "ÿen", "yén", "bad\xff", "\xef\xbf\xbd", "ＵＳＤ", "chf",
		"milliarden", "dollari", "złoty", "rupias", "₹", "ɐ"}
	for k := range signs {
		texts = append(texts, k, strings.ToLower(k))
	}
	for _, s := range texts {
		if got, want := string(appendUpper(nil, s)), strings.ToUpper(s); got != want {
			t.Errorf("appendUpper(%q) = %q, strings.ToUpper gives %q", s, got, want)
		}
	}
}
