package money

import (
	"math"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"dealwire/loader/extract/window"
	"dealwire/loader/internal/sharedtext"
)

func TestFind(t *testing.T) {
	cases := []struct {
		lang, text string
		value      float64
		currency   string
	}{
		{"en", "$7bn", 7e9, "USD"}, {"it", "$ 7 miliardi", 7e9, "USD"}, {"en", "$7.2 billion", 7.2e9, "USD"},
		{"en", "$350 million", 3.5e8, "USD"}, {"en", "€4.9bn", 4.9e9, "EUR"}, {"en", "¥2tn", 2e12, "JPY"},
		{"it", "2,5 miliardi di dollari", 2.5e9, "USD"}, {"en", "US$1.5 billion", 1.5e9, "USD"},
		{"it", "$ 7,6 miliardi", 7.6e9, "USD"}, {"en", "USD 3 billion", 3e9, "USD"}, {"en", "3 billion dollars", 3e9, "USD"},
		{"de", "€1,2 Mrd.", 1.2e9, "EUR"}, {"de", "1,2 Milliarden Euro", 1.2e9, "EUR"}, {"fr", "3,5 milliards d'euros", 3.5e9, "EUR"},
		{"en", "£200m", 2e8, "GBP"}, {"es", "700 millones de dólares", 7e8, "USD"}, {"pt", "R$ 1 bilhão", 1e9, "BRL"},
		{"en", "CHF 2 billion", 2e9, "CHF"}, {"sv", "SEK 5 miljarder", 5e9, "SEK"}, {"en", "Rs 5,000 crore", 5e10, "INR"},
		{"en", "¥300 billion yen", 3e11, "JPY"}, {"en", "a $1.1bn-plus deal", 1.1e9, "USD"}, {"en", "$12,000", 12000, "USD"},
		{"de", "€ 450 Mio.", 4.5e8, "EUR"}, {"it", "1.500 milioni di euro", 1.5e9, "EUR"}, {"de", "vier Milliarden Euro", 4e9, "EUR"},
		{"es", "7.700 millones de euros", 7.7e9, "EUR"}, {"en", "48 billion Japanese Yen", 4.8e10, "JPY"},
		{"de", "96 Mrd. Yen", 9.6e10, "JPY"}, {"es", "341 millones de dólares canadienses", 3.41e8, "CAD"}, {"es", "250.000 millones de yenes", 2.5e11, "JPY"}, {"fr", "5,5 milliards de couronnes suédoises", 5.5e9, "SEK"},
		{"de", "10 Milliarden Kronen", 1e10, "SEK"}, {"es", "3.000 millones de rublos", 3e9, "RUB"}, {"es", "2.000 millones de yuanes", 2e9, "CNY"}, {"nl", "6,8 miljard euro", 6.8e9, "EUR"}, {"en", "28.3 billion yuan", 2.83e10, "CNY"},
		{"de", "eine Billion Euro", 1e12, "EUR"}, {"en", "two billion pounds", 2e9, "GBP"}, {"en", "HK$3.2 billion", 3.2e9, "HKD"},
		{"fr", "1,5 milliard de francs", 1.5e9, "CHF"}, {"it", "800 milioni di franchi", 8e8, "CHF"},
		// English writes a point only as the decimal mark
		{"en", "464.5 billion forints", 4.645e11, "HUF"}, {"fr", "8,2 milliards de couronnes danoises", 8.2e9, "DKK"}, {"en", "2 billion zlotys", 2e9, "PLN"},
		{"en", "5.1 billion Norwegian crowns", 5.1e9, "NOK"}, {"en", "2 billion rand", 2e9, "ZAR"},
		{"en", "$1.225 billion", 1.225e9, "USD"}, {"en", "1.225 billion dollars", 1.225e9, "USD"}, {"es", "1.225 millones de dólares", 1.225e9, "USD"},
		{"fr", "6,6 milliards de dollars de Hongkong", 6.6e9, "HKD"},
		// French, Italian, German write a comma only as the decimal mark
		{"fr", "2,101 milliards d'euros", 2.101e9, "EUR"}, {"de", "3,725 Milliarden Euro", 3.725e9, "EUR"}, {"it", "2.101 milioni di euro", 2.101e9, "EUR"},
		{"en", "Rs 43,574 crore", 4.3574e11, "INR"},
		// the dollars of other countries, named after the figure
		{"fr", "421 millions de dollars néo-zélandais", 4.21e8, "NZD"}, {"it", "36 milioni di dollari neozelandesi", 3.6e7, "NZD"},
		{"de", "421 Millionen neuseeländische Dollar", 4.21e8, "NZD"}, {"es", "500 millones de dólares de Singapur", 5e8, "SGD"},
		{"en", "2 billion shekels", 2e9, "ILS"}, {"fr", "3 milliards de livres turques", 3e9, "TRY"},
		// the Swedish crown as Reuters writes it
		{"en", "27.95 billion Swedish crowns", 2.795e10, "SEK"},
		// French pounds, as the Spanish "libras", without "sterling"
		{"fr", "pour 175,6 millions de livres.", 1.756e8, "GBP"},
		// the Australian press writes the country after the sign
		{"en", "$US6.2 billion", 6.2e9, "USD"}, {"en", "$A1.58 billion", 1.58e9, "AUD"}, {"en", "$NZ300 million", 3e8, "NZD"},
	}
	for _, c := range cases {
		got := Find(c.text, c.lang)
		if len(got) != 1 {
			t.Errorf("%q: %d amounts %+v, want 1", c.text, len(got), got)
			continue
		}
		if math.Abs(got[0].Value-c.value) > c.value*1e-9 || got[0].Currency != c.currency {
			t.Errorf("%q = %v %s, want %v %s", c.text, got[0].Value, got[0].Currency, c.value, c.currency)
		}
	}
}

// A figure times its scale is a whole amount, as written: "£8.2 billion"
// is 8,200,000,000 pounds, not the 8,199,999,999.999999 that the float
// product gives, which an export or a screen would show.
func TestScaledAmountsAreWhole(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       float64
	}{
		{"en", "£8.2 billion", 8_200_000_000}, {"en", "$4.05 billion", 4_050_000_000}, {"it", "1,3 miliardi di euro", 1_300_000_000},
		{"en", "$2.3m", 2_300_000}, {"de", "19,3 Milliarden australische Dollar", 19_300_000_000},
	} {
		got := Find(c.text, c.lang)
		if len(got) != 1 || got[0].Value != c.want {
			t.Errorf("%q = %+v, want exactly %.0f", c.text, got, c.want)
		}
	}
}

// The French pronoun "ils" is no currency, whatever ILS is.
func TestIlsIsNoShekel(t *testing.T) {
	if got := Find("Avec ces 500 millions ils comptent investir.", "fr"); len(got) != 0 {
		t.Errorf("amounts %+v, want none", got)
	}
}

func TestFindRefusesNumbersWithoutCurrency(t *testing.T) {
	for _, text := range []string{"60 million devices", "in 2019 euro markets", "5G and 40%", "3 Europe", "Mrs 5 million", "they won 3 won"} {
		if got := Find(text, "en"); len(got) != 0 {
			t.Errorf("%q: found %+v", text, got)
		}
	}
}

func TestFindOffsetsAndOrder(t *testing.T) {
	text := "It paid 28.3 billion yuan ($4.56 billion) for the stake."
	got := Find(text, "en")
	if len(got) != 2 {
		t.Fatalf("got %+v", got)
	}
	if text[got[0].Start:got[0].End] != "28.3 billion yuan" || text[got[1].Start:got[1].End] != "$4.56 billion" {
		t.Errorf("spans %q %q", text[got[0].Start:got[0].End], text[got[1].Start:got[1].End])
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"$7bn", "2,5 miliardi di dollari", "Rs 43,574 crore", "€ 450 Mio.", "1.2.3,4 euro"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, a := range Find(s, "en") {
			if a.Start < 0 || a.End > len(s) || a.Start >= a.End || a.Currency == "" {
				t.Fatalf("bad amount %+v in %q", a, s)
			}
		}
		for _, a := range Implied(s, "it", "EUR", len(s)/2) {
			if a.Start < len(s)/2 || a.End > len(s) || a.Start >= a.End {
				t.Fatalf("bad implied amount %+v in %q", a, s)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	text := "Alibaba Group said it will invest 28.3 billion yuan ($4.56 billion) in Suning, while Suning would invest 14 billion yuan in Alibaba, people said on Monday."
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Find(text, "en")
	}
}

// Reading only around currency signs and words must find what reading the
// whole text finds.
func TestWindowsLoseNothing(t *testing.T) {
	texts := []string{
		"Microsoft bought the business for $7.2 billion in 2013, and sold it in 2016 for $350 million to HMD Global.",
		"Il gruppo ha pagato 2,5 miliardi di dollari, mentre la rivale offriva $ 7 miliardi nel 2014.",
		"Facebook will invest Rs 43,574 crore (US$5.7 billion) for a 9.99 per cent stake; the rate is Rs 70 to a dollar.",
		"BMW kauft Batteriezellen im Wert von vier Milliarden Euro, dazu Zellen für weitere 2,5 Milliarden Euro.",
		strings.Repeat("Plenty of words with no money in them at all, ", 5) + "then ¥300 billion yen and 12,000 euros.",
	}
	texts = append(texts, sharedtext.Lines(3)...)
	for _, text := range texts {
		for _, lang := range []string{"en", "de"} {
			got, want := Find(text, lang), findIn(text, lang, window.Whole(text))
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%q (%s):\nwindows %+v\nwhole   %+v", text, lang, got, want)
			}
		}
	}
}

// Find, trying the patterns only where an amount can start, must agree
// with scanning the same windows, whatever the text. (Whether windows miss
// real amounts is TestWindowsLoseNothing's question: glued forms like
// "5Bdollar" fall outside them by design.)
func FuzzFindMatchesReference(f *testing.F) {
	for _, s := range []string{"$7bn", "2,5 miliardi di dollari", "Rs 43,574 crore (US$5.7 billion)", "vier Milliarden Euro", "in 2019 euro"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Find(s, "en"), findIn(s, "en", windows(s, nil)); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: Find %+v, reference %+v", s, got, want)
		}
	})
}

// Figures no deal has, and scales written with odd spacing (review).
func TestFindEdgeFigures(t *testing.T) {
	if got := Find("Veltraco agreed to buy Quorvex for $"+strings.Repeat("9", 300)+" trillion.", "en"); len(got) != 0 {
		t.Errorf("an overflowing figure was read: %+v", got)
	}
	for text, want := range map[string]float64{
		"1.500 mil  millones de euros":     1.5e12,
		"1.500 mil\u00a0millones de euros": 1.5e12,
		"Rs 5 lakh  crore":                 5e12,
		"$5 mil. in cash":                  5e3,
	} {
		got := Find(text, "es")
		if len(got) != 1 || math.Abs(got[0].Value-want) > 1 {
			t.Errorf("%q: %+v, want %v", text, got, want)
		}
	}
}

// The patterns anchored where an amount may start: what the hand-written
// matchers must agree with, offset for offset.
var (
	signAt   = regexp.MustCompile(`^(?:` + signFirst.String() + `)`)
	numberAt = regexp.MustCompile(`^(?:` + numberFirst.String() + `)`)
)

// matchersAgree fails t where matchSign or matchNumber differ from the
// anchored patterns at any position of text.
func matchersAgree(t *testing.T, text string) {
	t.Helper()
	for p := 0; p < len(text); p++ {
		for _, c := range []struct {
			name string
			re   *regexp.Regexp
			hand func(string, int) []int
		}{{"sign", signAt, matchSign}, {"number", numberAt, matchNumber}} {
			want := c.re.FindStringSubmatchIndex(text[p:])
			for i := range want {
				if want[i] >= 0 {
					want[i] += p
				}
			}
			if got := c.hand(text, p); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s at %d of %q: matcher %v, pattern %v", c.name, p, text, got, want)
			}
		}
	}
}

func TestMatchersAgreeWithPatterns(t *testing.T) {
	texts := []string{
		"$7bn", "$ 7 miliardi", "US$1.5 billion", "2,5 miliardi di dollari", "Rs. 43,574 crore", "¥300 billion yen",
		"vier Milliarden Euro", "1.500 mil  millones de euros", "1,5000 euros", "$5 m.Foo", "$5 mil. in cash",
		"12 000\u00a0000 euros", "des dollars", "5 milioni d’euro", "3 billion USD", "CHF 6.3bn", "$5 eurozone",
		"uno milione di euro", "ſei milioni di euro", "5 \u212Aeuro", "$7 bn, dollars", "10 100 million euros",
		"Fr. 5 Mio. Franken", "1'200 Millionen Franken", "in 2019 euro", "$1.2.3", "$",
	}
	texts = append(texts, sharedtext.Lines(3)...)
	for _, text := range texts {
		matchersAgree(t, text)
	}
}

func FuzzMatchersAgreeWithPatterns(f *testing.F) {
	for _, s := range []string{"$7bn", "2,5 miliardi di dollari", "Rs 43,574 crore (US$5.7 billion)", "vier Milliarden Euro", "1.500 mil  millones de euros"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 200 {
			return
		}
		matchersAgree(t, s)
	})
}

// A scaled number with no currency after an amount with one is in that
// currency; one that counts something is not money.
func TestImplied(t *testing.T) {
	text := "18,9 miliardi di dollari per Quorvex e 10,7 miliardi per Daxmoor, con 2 miliardi di utenti."
	got := Implied(text, "it", "USD", 24)
	if len(got) != 1 || got[0].Value != 10.7e9 || got[0].Currency != "USD" {
		t.Errorf("Implied = %+v, want 10.7bn USD only", got)
	}
	if got := Implied("Offerte a 4,9 miliardi, poi 5,5 miliardi.", "it", "GBP", 0); len(got) != 2 {
		t.Errorf("Implied = %+v, want two amounts", got)
	}
	if got := Implied("values it at Rs 4.62 lakh crore (Dollar 65.95 billion).", "en", "INR", 31); len(got) != 0 {
		t.Errorf("Implied = %+v, want none: the amount names its currency", got)
	}
	if got := Implied("Quorvex hat 5 Milliarden Nutzer.", "de", "EUR", 0); len(got) != 0 {
		t.Errorf("Implied = %+v, want none: users are counted", got)
	}
}

// IsWord finds every scale word, currency name and sign, as its one set
// is made of them, and no other word.
func TestIsWord(t *testing.T) {
	for w := range scales {
		if !IsWord(w) {
			t.Errorf("IsWord(%q) = false for a scale word", w)
		}
	}
	for _, c := range currencyWords {
		if !IsWord(c.word) && c.word != "crowns" { // an English verb too: see TestBareCrowns
			t.Errorf("IsWord(%q) = false for a currency name", c.word)
		}
	}
	for _, w := range []string{"usd", "rs", "us$", "hk$", "€"} {
		if !IsWord(w) {
			t.Errorf("IsWord(%q) = false for a sign", w)
		}
	}
	for _, w := range []string{"", "acme", "dollarz", "bank", "billions of"} {
		if IsWord(w) {
			t.Errorf("IsWord(%q) = true", w)
		}
	}
}

// Figures told in different currencies are apart when an order of
// magnitude separates them, not when one converts the other.
func TestApart(t *testing.T) {
	cases := []struct {
		a    float64
		ca   string
		b    float64
		cb   string
		want bool
	}{
		{450e6, "EUR", 36e6, "USD", true},
		{4.4e9, "GBP", 6e9, "EUR", false},   // one price, converted
		{219e6, "CHF", 200e6, "EUR", false}, // one price, converted
		{140e9, "JPY", 1.2e9, "USD", false},
		{27.95e9, "SEK", 350e6, "EUR", true},
		{100e6, "TRY", 1e6, "USD", false}, // a currency that moved too much to tell
	}
	for _, c := range cases {
		if got := Apart(c.a, c.ca, c.b, c.cb, 5); got != c.want {
			t.Errorf("Apart(%v %s, %v %s) = %v, want %v", c.a, c.ca, c.b, c.cb, got, c.want)
		}
	}
}

// French "livres" are pounds, unless a verb of selling or printing books
// comes before them or a word of books after ("a vendu 12 millions de
// livres", "publie 4000 livres par an").
func TestLivresArePoundsUnlessBooks(t *testing.T) {
	for _, s := range []string{"Quorvex a vendu 12 millions de livres l'an dernier.", "L'éditeur publie 4000 livres par an."} {
		if got := Find(s, "fr"); len(got) != 0 {
			t.Errorf("%q: %+v, want no amount", s, got)
		}
	}
	for _, s := range []string{"pour environ 175,6 millions de livres.", "une offre de 2 milliards de livres", "Veltraco a déboursé près de 300 millions de livres."} {
		if got := Find(s, "fr"); len(got) != 1 || got[0].Currency != "GBP" {
			t.Errorf("%q: %+v, want pounds", s, got)
		}
	}
}

// Near tells one price told in two currencies from two prices.
func TestNear(t *testing.T) {
	for _, c := range []struct {
		a    float64
		ca   string
		b    float64
		cb   string
		want bool
	}{
		{880e6, "GBP", 1e9, "EUR", true},
		{1.25e9, "EUR", 1.38e9, "USD", true},
		{880e6, "GBP", 3e9, "EUR", false},
		{100e6, "TRY", 100e6, "USD", false}, // a currency that moved too much to tell
		{0, "GBP", 0, "EUR", false},
	} {
		if got := Near(c.a, c.ca, c.b, c.cb, 1.35); got != c.want {
			t.Errorf("Near(%v %s, %v %s) = %v, want %v", c.a, c.ca, c.b, c.cb, got, c.want)
		}
	}
}
