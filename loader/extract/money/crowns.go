package money

import "strings"

// A crown written without its nation ("5.45 billion crowns", "20 Milliarden
// Kronen", "5,6 miliardi di corone", "2 billion kroner") is Danish,
// Norwegian, Swedish, Czech or Icelandic by the story around it: an
// article about a Danish company prices in Danish crowns. The sentence
// alone cannot say which, so Find reads such a crown as the likeliest
// (the Swedish one; the Norwegian for "kroner", which only Danes and
// Norwegians write), and the caller, who has the whole article, asks
// BareCrown and CrownOfNation to correct it.

// anyCrown are the crowns a bare "crowns", "Kronen", "corone", "coronas"
// or "couronnes" may be; danishOrNorwegian those "kroner" and "krone" may.
var (
	anyCrown          = []string{"SEK", "DKK", "NOK", "CZK", "ISK"}
	danishOrNorwegian = []string{"DKK", "NOK"}
)

var bareCrowns = map[string][]string{"crowns": anyCrown, "couronnes": anyCrown, "corone": anyCrown, "coronas": anyCrown, "kronen": anyCrown,
	"kroner": danishOrNorwegian, "krone": danishOrNorwegian}

// BareCrown is the crowns the amount a of text may be in when it names its
// currency by a crown of no nation; nil when it names its currency
// otherwise ("Swedish crowns", "schwedische Kronen", "$").
func BareCrown(text string, a Amount) []string {
	if a.Currency != "SEK" && a.Currency != "NOK" || a.Start < 0 || a.End > len(text) || a.Start >= a.End {
		return nil
	}
	words := strings.Fields(strings.ToLower(text[a.Start:a.End]))
	n := len(words)
	if n == 0 {
		return nil
	}
	may := bareCrowns[strings.Trim(words[n-1], ".,;:)")]
	if may == nil || n >= 2 && CrownOfNation(words[n-2]) != "" {
		return nil // "Swedish crowns", "schwedische Kronen"
	}
	return may
}

// CrownOfNation is the crown of the nation a folded word names (model.Fold:
// lower case, no accents), by its name, its adjective or its capital in
// the languages dealwire reads; "" for any other word.
func CrownOfNation(folded string) string {
	if c, ok := crownNations[folded]; ok {
		return c
	}
	for _, p := range crownAdjectivePrefixes {
		if strings.HasPrefix(folded, p.prefix) {
			return p.code
		}
	}
	return ""
}

var crownNations = func() map[string]string {
	m := map[string]string{}
	for code, words := range map[string]string{
		"DKK": "denmark danish dane danes danimarca danese danesi danemark danois danoise danoises dinamarca danesa danesas copenhagen kopenhagen copenaghen copenhague",
		"NOK": "norway norwegian norwegians norvegia norvegese norvegesi norvege norvegien norvegienne norvegiens norvegiennes noruega noruego noruegos noruegas norwegen oslo",
		"SEK": "sweden swedish swedes svezia svedese svedesi suede suedois suedoise suedoises suecia sueco suecos suecas sueca schweden stockholm stoccolma estocolmo",
		"CZK": "czech czechs czechia ceco ceca cechi ceche checo checa checos checas chequia tcheque tcheques tchequie tschechien prague praga prag",
		"ISK": "iceland icelandic islanda islandese islandesi islandia islandes islande islandais islandaise reykjavik",
	} {
		for _, w := range strings.Fields(words) {
			m[w] = code
		}
	}
	return m
}()

// crownAdjectivePrefixes are the German adjectives, in any ending
// ("dänische", "norwegischen", "schwedisches", "tschechische").
var crownAdjectivePrefixes = []struct{ prefix, code string }{
	{"danisch", "DKK"}, {"norwegisch", "NOK"}, {"schwedisch", "SEK"}, {"tschechisch", "CZK"}, {"islandisch", "ISK"},
}
