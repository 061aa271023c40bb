package money

import "strings"

// A crown written without its nation ("5.45 billion crowns", "20 Milliarden
// Kronen", "5,6 miliardi di corone") is Danish, Norwegian or Swedish by the
// story around it: an article about a Danish company prices in Danish
// crowns. The sentence alone cannot say which, so Find reads such a crown
// as the Swedish one, and the caller, who has the whole article, asks
// BareCrown and CrownOfNation to correct it.

// bareCrowns are the crowns of no nation, lower case.
var bareCrowns = map[string]bool{"crowns": true, "kroner": true, "krone": true, "couronnes": true, "corone": true, "coronas": true, "kronen": true}

// BareCrown: the amount a of text names its currency by a crown of no
// nation.
func BareCrown(text string, a Amount) bool {
	if a.Currency != "SEK" || a.Start < 0 || a.End > len(text) || a.Start >= a.End {
		return false
	}
	words := strings.Fields(strings.ToLower(text[a.Start:a.End]))
	n := len(words)
	if n == 0 || !bareCrowns[strings.Trim(words[n-1], ".,;:)")] {
		return false
	}
	return n < 2 || CrownOfNation(words[n-2]) == "" // not "Swedish crowns", "schwedische Kronen"
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
	} {
		for _, w := range strings.Fields(words) {
			m[w] = code
		}
	}
	return m
}()

// crownAdjectivePrefixes are the German adjectives, in any ending
// ("dänische", "norwegischen", "schwedisches").
var crownAdjectivePrefixes = []struct{ prefix, code string }{{"danisch", "DKK"}, {"norwegisch", "NOK"}, {"schwedisch", "SEK"}}
