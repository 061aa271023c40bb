package money

import "testing"

// A crown of no nation is read, as the Swedish one, and told apart from a
// crown its nation names; the FT's "DKr", "NKr", "SKr" are signs.
func TestBareCrowns(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		currency   string
		bare       bool
	}{
		{"en", "for 5.45 billion crowns", 5.45e9, "SEK", true},
		{"it", "per 5,6 miliardi di corone", 5.6e9, "SEK", true},
		{"de", "für rund 20 Milliarden Kronen", 20e9, "SEK", true},
		{"en", "for 20 billion kroner", 20e9, "SEK", true},
		{"es", "20.000 millones de coronas danesas", 20e9, "DKK", false},
		{"en", "5.45 billion Swedish crowns", 5.45e9, "SEK", false},
		{"en", "worth DKr20bn", 20e9, "DKK", false},
		{"en", "worth NKr3bn", 3e9, "NOK", false},
	} {
		as := Find(c.text, c.lang)
		if len(as) != 1 || as[0].Value != c.value || as[0].Currency != c.currency {
			t.Errorf("Find(%q) = %+v, want %v %s", c.text, as, c.value, c.currency)
			continue
		}
		if got := BareCrown(c.text, as[0]); got != c.bare {
			t.Errorf("BareCrown(%q) = %v, want %v", c.text, got, c.bare)
		}
	}
	if IsWord("crowns") {
		t.Error(`IsWord("crowns"): the English verb ("the sale crowns a turnaround") is no amount word`)
	}
}

// A nation's name, adjective or capital names its crown, in every
// language read.
func TestCrownOfNation(t *testing.T) {
	for w, want := range map[string]string{
		"danish": "DKK", "danese": "DKK", "danemark": "DKK", "danischen": "DKK", "copenhague": "DKK",
		"norwegian": "NOK", "noruega": "NOK", "norwegische": "NOK", "oslo": "NOK",
		"swedish": "SEK", "svedese": "SEK", "schwedischen": "SEK", "stockholm": "SEK",
		"finnish": "", "company": "",
	} {
		if got := CrownOfNation(w); got != want {
			t.Errorf("CrownOfNation(%q) = %q, want %q", w, got, want)
		}
	}
}
