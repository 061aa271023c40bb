package money

import (
	"slices"
	"testing"
)

// A crown of no nation is read as the likeliest, and BareCrown tells
// which crowns it may be; a crown its nation names is that one. The FT's
// "DKr", "NKr", "SKr" are signs.
func TestBareCrowns(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		currency   string
		may        []string
	}{
		{"en", "for 5.45 billion crowns", 5.45e9, "SEK", anyCrown},
		{"it", "per 5,6 miliardi di corone", 5.6e9, "SEK", anyCrown},
		{"de", "für rund 20 Milliarden Kronen", 20e9, "SEK", anyCrown},
		{"en", "for 20 billion kroner", 20e9, "NOK", danishOrNorwegian}, // never Swedish
		{"es", "20.000 millones de coronas danesas", 20e9, "DKK", nil},
		{"en", "5.45 billion Swedish crowns", 5.45e9, "SEK", nil},
		{"de", "5 Milliarden schwedische Kronen", 5e9, "SEK", nil},
		{"en", "worth DKr20bn", 20e9, "DKK", nil},
		{"en", "worth NKr3bn", 3e9, "NOK", nil},
	} {
		as := Find(c.text, c.lang)
		if len(as) != 1 || as[0].Value != c.value || as[0].Currency != c.currency {
			t.Errorf("Find(%q) = %+v, want %v %s", c.text, as, c.value, c.currency)
			continue
		}
		if got := BareCrown(c.text, as[0]); !slices.Equal(got, c.may) {
			t.Errorf("BareCrown(%q) = %v, want %v", c.text, got, c.may)
		}
	}
	if IsWord("crowns") {
		t.Error(`IsWord("crowns"): the English verb ("the sale crowns a turnaround") is no amount word`)
	}
	for _, sign := range []string{"DKr", "SKr", "SFr"} {
		if !IsSign(sign) {
			t.Errorf("IsSign(%q) = false", sign)
		}
	}
	for _, name := range []string{"dkr", "sfr", "SFR", "SKR"} { // names too: "SFR", the French operator
		if IsWord(name) || IsSign(name) {
			t.Errorf("%q is read as money, not a name", name)
		}
	}
	for _, w := range []string{"SKr5", "DKr20bn", "US$1.5bn"} {
		if !SignThenFigure(w) {
			t.Errorf("SignThenFigure(%q) = false", w)
		}
	}
	if SignThenFigure("A320") || SignThenFigure("Brindle") || SignThenFigure("RS2") || SignThenFigure("FR8") {
		t.Error("SignThenFigure holds of a name")
	}
}

// A nation's name, adjective or capital names its crown, in every
// language read.
func TestCrownOfNation(t *testing.T) {
	for w, want := range map[string]string{
		"danish": "DKK", "danese": "DKK", "danemark": "DKK", "danischen": "DKK", "copenhague": "DKK",
		"norwegian": "NOK", "noruega": "NOK", "norwegische": "NOK", "oslo": "NOK",
		"swedish": "SEK", "svedese": "SEK", "schwedischen": "SEK", "stockholm": "SEK",
		"czech": "CZK", "tschechische": "CZK", "prague": "CZK", "icelandic": "ISK",
		"finnish": "", "company": "",
	} {
		if got := CrownOfNation(w); got != want {
			t.Errorf("CrownOfNation(%q) = %q, want %q", w, got, want)
		}
	}
}
