package money

import (
	"regexp"
	"sort"
	"strings"
)

// scales maps scale words and abbreviations (lower case, no final dot) to
// their factor.
var scales = func() map[string]float64 {
	m := map[string]float64{}
	add := func(f float64, words string) {
		for _, w := range strings.Split(words, "|") {
			m[w] = f
		}
	}
	add(1e3, "thousand|thousands|k|mila|mil|tausend|mille|duizend|milhares")
	add(1e5, "lakh|lakhs")
	add(1e6, "million|millions|mn|m|mln|mio|mill|milione|milioni|millón|millon|millones|millionen|"+
		"miljoen|miljoenen|milhão|milhao|milhões|milhoes|miljon|miljoner|millió|milion|miliony|milionów")
	add(1e7, "crore|crores|cr")
	add(1e9, "billion|billions|bn|b|bln|mrd|mld|mlrd|miliardo|miliardi|mil millones|millardo|millardos|"+
		"milliarde|milliarden|milliard|milliards|miljard|miljarden|bilhão|bilhao|bilhões|bilhoes|mil milhões|"+
		"miljarder|miljardi|miliard|miliardów|miliardy")
	add(1e12, "lakh crore|trillion|trillions|tn|tr|trn|bilione|bilioni|billionen|billones|billón|billon|biljoen|bilião|biliao")
	return m
}()

// longScale is what "billion"-like words mean outside English.
var longScale = map[string]float64{"billion": 1e12, "billions": 1e12}

// signs are currency signs and abbreviations written before a number.
var signs = map[string]string{
	"$": "USD", "US$": "USD", "U.S.$": "USD", "USD": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD",
	"HK$": "HKD", "NT$": "TWD", "S$": "SGD", "R$": "BRL", "NZ$": "NZD", "MX$": "MXN",
	// the Australian and New Zealand press write the country after the sign
	"$US": "USD", "$A": "AUD", "$AU": "AUD", "$NZ": "NZD", "$HK": "HKD",
	"€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "Rs": "INR", "Rs.": "INR", "INR": "INR", "RMB": "CNY",
	"CN¥": "CNY", "元": "CNY", "Fr": "CHF", "SFr": "CHF", "DKr": "DKK", "NKr": "NOK", "SKr": "SEK",
}

var codes = "USD|EUR|GBP|JPY|CNY|RMB|CHF|SEK|NOK|DKK|INR|BRL|CAD|AUD|HKD|KRW|SGD|TWD|MXN|RUB|ZAR|PLN|TRY|NZD|CZK|HUF|ILS|AED|SAR"

type currencyWord struct{ word, code string }

// currencyWords are currency names written after a number, longest first
// so "hong kong dollars" wins over "dollars".
var currencyWords = func() []currencyWord {
	var out []currencyWord
	add := func(code, words string) {
		for _, w := range strings.Split(words, "|") {
			out = append(out, currencyWord{w, code})
		}
	}
	add("USD", "dollar|dollars|us dollars|u.s. dollars|us-dollar|us dollar|dollari|dollaro|dólares|dolares|dólar|dolar|"+
		"dollar américains|dollars américains|dollari usa|dólares estadounidenses|amerikaanse dollar|usd")
	add("HKD", "hong kong dollars|hong kong dollar|hk dollars|dólares de hong kong|dollars de hong kong|dollars de hongkong|dollars hongkongais|dollari di hong kong|dollari di hongkong|hongkong-dollar")
	add("CAD", "canadian dollars|canadian dollar|dólares canadienses|dolares canadienses|dollars canadiens|dollari canadesi|kanadische dollar|kanadischen dollar")
	add("AUD", "australian dollars|australian dollar|dólares australianos|dolares australianos|dollars australiens|dollari australiani|australische dollar|australischen dollar")
	add("NZD", "new zealand dollars|new zealand dollar|nz dollars|dollars néo-zélandais|dollars neo-zelandais|dollari neozelandesi|"+
		"dólares neozelandeses|dolares neozelandeses|neuseeländische dollar|neuseeländischen dollar|neuseelandische dollar|neuseelandischen dollar|neuseeland-dollar|"+
		"dollars néo zélandais|dollars neo zelandais")
	add("SGD", "singapore dollars|singapore dollar|dollars de singapour|dollars singapouriens|dollari di singapore|dollari singaporiani|"+
		"dólares de singapur|dolares de singapur|singapur-dollar")
	add("TWD", "taiwan dollars|new taiwan dollars|dollars taïwanais|dollars taiwanais|dollari taiwanesi|dólares taiwaneses|dolares taiwaneses|taiwan-dollar")
	add("ILS", "shekels|shekel|new israeli shekels|shekalim|shekel israeliani|shekels israéliens|shekels israeliens|séqueles|sequeles|israelische schekel|schekel")
	add("TRY", "turkish lira|turkish liras|lire turche|lira turca|liras turcas|livres turques|türkische lira|turkische lira")
	add("EUR", "euro|euros|eur")
	add("GBP", "pound|pounds|pounds sterling|sterling|sterline|sterlina|libras|libra|pfund|livres sterling|livres|livre|pond|gbp")
	add("JPY", "yen|japanese yen|yens|yenes|jpy")
	add("CNY", "yuan|yuanes|renminbi|rmb|cny|yuan renminbi|chinese yuan")
	add("INR", "rupee|rupees|indian rupees|rupie|rupias|roupies|inr")
	add("CHF", "swiss francs|swiss franc|franken|schweizer franken|francs suisses|franchi svizzeri|chf|"+
		"francs|franchi|francos") // no other franc is a deal currency today
	add("KRW", "won|korean won|krw")
	add("BRL", "reais|reales|real|brl")
	add("SEK", "swedish kronor|swedish crowns|swedish crown|swedish krona|kronor|sek|couronnes suédoises|corone svedesi|coronas suecas|schwedische kronen|"+
		"couronnes|corone|coronas|kronen|crowns") // the crown deal news names most; see BareCrown
	add("NOK", "norwegian kroner|norwegian krone|norwegian crowns|couronnes norvégiennes|corone norvegesi|coronas noruegas|norwegische kronen|nok|"+
		"kroner|krone") // Danish or Norwegian, never Swedish; see BareCrown
	add("DKK", "danish kroner|danish krone|danish crowns|couronnes danoises|corone danesi|coronas danesas|dänische kronen|dkk")
	add("HUF", "forints|forint|fiorini|forintos|huf")
	add("PLN", "zlotys|zloty|złotys|złoty|zlotych|złotych|zlote|złote|pln")
	add("CZK", "czech crowns|czech korunas|koruny|couronnes tchèques|corone ceche|coronas checas|tschechische kronen|czk")
	add("ZAR", "south african rand|rand|zar")
	add("MXN", "mexican pesos|pesos mexicanos|mxn")
	add("RUB", "roubles|rubles|rublos|rubli|rubel|rub")
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].word) > len(out[j].word) })
	return out
}()

// numberWords are the small numbers news writes in words before a scale
// ("vier Milliarden Euro", "two billion dollars").
var numberWords = func() map[string]float64 {
	m := map[string]float64{}
	for i, ws := range []string{
		"one|un|uno|una|ein|eine|une|een|um|uma", "two|due|dos|zwei|deux|twee|dois|duas", "three|tre|tres|drei|trois|drie|três",
		"four|quattro|cuatro|vier|quatre|quatro", "five|cinque|cinco|fünf|funf|cinq|vijf", "six|sei|seis|sechs|zes",
		"seven|sette|siete|sieben|sept|zeven|sete", "eight|otto|ocho|acht|huit|oito", "nine|nove|nueve|neun|neuf|negen",
		"ten|dieci|diez|zehn|dix|tien|dez",
	} {
		for _, w := range strings.Split(ws, "|") {
			m[w] = float64(i + 1)
		}
	}
	return m
}()

// byLength orders words longest first (stably), as an alternation must
// list them for the longest to win.
func byLength(words []string) []string {
	sorted := append([]string(nil), words...)
	sort.SliceStable(sorted, func(i, j int) bool { return len(sorted[i]) > len(sorted[j]) })
	return sorted
}

func alternation(words []string) string {
	sorted := byLength(words)
	q := make([]string, len(sorted))
	for i, w := range sorted {
		q[i] = strings.ReplaceAll(regexp.QuoteMeta(w), " ", `[\s\x{00A0}\x{202F}]+`)
	}
	return strings.Join(q, "|")
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

const (
	space  = `[\s\x{00A0}\x{202F}\x{2009}]*`
	number = `\d{1,3}(?:(?:[.,]|[\x{00A0}\x{202F}\x{2009}' ])\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`
)

var (
	scaleRE = `(?i:` + alternation(keys(scales)) + `)\.?`
	wordRE  = func() string {
		ws := make([]string, len(currencyWords))
		for i, c := range currencyWords {
			ws[i] = c.word
		}
		return `(?i:` + alternation(ws) + `)`
	}()
	signRE = alternation(keys(signs)) + "|" + codes

	// "$7.2 billion", "€ 450 Mio.", "Rs 43,574 crore", "¥300 billion yen"
	signFirst = regexp.MustCompile(`(` + signRE + `)` + space + `(` + number + `)` +
		`(?:` + space + `(` + scaleRE + `)(?:[^\pL]|$))?` +
		`(?:` + space + `(` + wordRE + `))?`)

	// "2,5 miliardi di dollari", "vier Milliarden Euro", "12,000 euros", "3 billion USD"
	numberFirst = regexp.MustCompile(`(` + number + `|(?i:` + alternation(keys(numberWords)) + `))` +
		`(?:` + space + `(` + scaleRE + `))?` + space +
		`(?:(?i:di|de|des|del|d'|d’|of|in)` + space + `)?` +
		`(` + wordRE + `|` + codes + `)`)
)

// markerWords are the words one of which every amount has: the currency
// words (their last word), codes and lettered signs, lower-cased.
var markerWords = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range currencyWords {
		f := strings.Fields(c.word)
		m[f[len(f)-1]] = true
	}
	for _, c := range strings.Split(codes, "|") {
		m[strings.ToLower(c)] = true
	}
	for s := range signs {
		m[strings.ToLower(strings.Trim(s, "$.¥"))] = true
	}
	delete(m, "")
	return m
}()

// markerRunes are the currency symbols.
const markerRunes = "$€£¥₹₩元"
