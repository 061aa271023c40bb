package money

import (
	"strings"
	"testing"

	"dealwire/loader/extract/window"
)

// window.AppendUpper is strings.ToUpper on every currency sign money reads.
func TestAppendUpperIsToUpper(t *testing.T) {
	texts := []string{"", "rs", "eur", "Usd", "€", "ß", "ǆ", "ﬀ", "ı", "i", "ſ", "µ", "ÿen", "yén", "bad\xff", "\xef\xbf\xbd", "ＵＳＤ", "chf",
		"milliarden", "dollari", "złoty", "rupias", "₹", "ɐ"}
	for k := range signs {
		texts = append(texts, k, strings.ToLower(k))
	}
	for _, s := range texts {
		if got, want := string(window.AppendUpper(nil, s)), strings.ToUpper(s); got != want {
			t.Errorf("AppendUpper(%q) = %q, strings.ToUpper gives %q", s, got, want)
		}
	}
}
