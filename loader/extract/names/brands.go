// Brands listed or named beside a company are brands, not companies.

package names

import (
	"slices"
	"strings"

	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/segment"
)

// brandList vetoes the names listed after a plural word for brands:
// "marchi come Fiat, Jeep, Alfa Romeo", "whose brands include Louis
// Vuitton, Dior": there they are brands, whatever else they are.
func brandList(toks []segment.Token, sps []span) {
	open := -1 // index of the last token that may still continue a brand list
	// a noun for lines of products is rare: the lists are read only where one is
	// (each word's shape is asked first, which tells most words apart
	// more cheaply than its capital)
	lines := slices.ContainsFunc(toks, func(t segment.Token) bool { return lineShapes.May(t.Folded()) && lineNouns[t.Folded()] && !t.Cap() })
	// so is an owner noun: only a sentence with one asks whose a list is
	owners := slices.ContainsFunc(toks, func(t segment.Token) bool { return ownerWordSet.Has(t.Folded()) && !t.Cap() })
	for i := range sps {
		sp := &sps[i]
		if lines {
			if last := listEnd(toks, sps, i); last > i && linesNamedAfter(toks, sps[last].to) || sps[last].to < len(toks) && !toks[sps[last].to].Cap() && lineNouns[toks[sps[last].to].Folded()] {
				for k := i; k <= last; k++ {
					sps[k].veto = true // "the Farmtrac and Powertrac ranges": lines of products
				}
				continue
			}
		}
		if otherBrandsAfter(toks, sp.to) || madeBy(toks, sp.to) && sp.known == nil {
			sp.veto = true // "Horlicks and its other nutrition brands", "the Post-it maker"
			continue
		}
		if owners && ownedList(toks, sps, i) {
			continue // "Fairmont, Raffles and Swissôtel owner FRHI": what it owns, whatever else they are
		}
		if open < 0 || sp.from-open > 3 {
			open = -1
			if makerOf(toks, sp.from) || creatorOf(toks, sp.from) && listFollows(toks, sps, i) {
				open = sp.from // "El fabricante de Peugeot, Fiat y Jeep": brands it makes
			}
			for k := sp.from - 1; open < 0 && k >= 0 && k >= sp.from-4; k-- {
				if f := toks[k].Folded(); brandWordSet.Has(f) || singleBrandWordSet.Has(f) && listFollows(toks, sps, i) || namesSoldUnder(toks, k) {
					if listOpener(toks[k+1:sp.from]) || brandsOfWhat(toks[k+1:sp.from]) && listFollows(toks, sps, i) {
						open = sp.from
					}
					break // "sell its brands to Unilever": a buyer, not a brand
				}
			}
			if open < 0 {
				continue
			}
		}
		if open != sp.from && !gluedAsList(toks, open, sp.from) {
			open = -1
			continue
		}
		sp.veto = true
		open = sp.to
	}
}

// namesSoldUnder: the word at k is "names" after "under": "emulsifiers sold
// under names such as Tween and Arlacel" lists brands.
func namesSoldUnder(toks []segment.Token, k int) bool {
	return k > 0 && toks[k].Folded() == "names" && toks[k-1].Folded() == "under"
}

// listEnd is the index of the last name of the list sps[i] opens (i
// itself when none follows it).
func listEnd(toks []segment.Token, sps []span, i int) int {
	for i+1 < len(sps) && listFollows(toks, sps, i) {
		i++
	}
	return i
}

// linesNamedAfter: the words from k say the names before are brands or
// lines ("Widex and Signia remain the flagship brands", "resteranno i
// marchi"): a verb of being, up to two words, a noun for lines.
func linesNamedAfter(toks []segment.Token, k int) bool {
	if k >= len(toks) || toks[k].Punct() || !beingVerbs[toks[k].Folded()] {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if toks[j].Punct() || toks[j].Cap() {
			return false
		}
		if lineNouns[toks[j].Folded()] {
			return true
		}
	}
	return false
}

// beingVerbs say what the names before them are.
var beingVerbs = set(`are remain stay resteront restent restano resteranno rimangono sono sont bleiben sind siguen seguiran son`)

// lineNouns, in lower case after names, tell them lines of products
// ("the Farmtrac and Powertrac ranges", "its Gotogate and Mytrip brands").
var lineNouns = set(`range ranges brands lines labels models gammes marques marchi marcas marken linee lineas`)

// lineShapes sieve lineNouns, which most words are told not to be by
// their shape alone, and most of the rest by their hash.
var lineShapes = lists.SieveOf(lineNouns)

// listFollows: the next name after sps[i] is joined to it as in a list.
func listFollows(toks []segment.Token, sps []span, i int) bool {
	if i+1 >= len(sps) {
		return false
	}
	return sps[i+1].from > sps[i].to && gluedAsList(toks, sps[i].to, sps[i+1].from)
}

// gluedAsList: the tokens from..to are what joins two names of one list
// (see listGlue).
func gluedAsList(toks []segment.Token, from, to int) bool {
	between := make([]string, 0, to-from)
	for k := from; k < to; k++ {
		between = append(between, strings.ToLower(toks[k].Text()))
	}
	return listGlue(strings.Join(between, " "))
}

// brandWordSet is brandWords, which most words before a name are told
// not to be by their shape alone.
var brandWordSet = lists.SetOf(brandWords)

// makerOf: "the maker of", "el fabricante de", "der Hersteller von" stand
// right before token i.
func makerOf(toks []segment.Token, i int) bool {
	if i >= 2 && toks[i-1].Folded() == "behind" && behindWords[toks[i-2].Folded()] {
		return true // "the holding company behind Borderlands, Saints Row and Dead Island": what it makes
	}
	return i >= 2 && makerLinkSet.Has(toks[i-1].Folded()) && makerWordSet.Has(toks[i-2].Folded())
}

// creatorOf: "the creators of", "i creatori di" stand right before token i.
func creatorOf(toks []segment.Token, i int) bool {
	return i >= 2 && makerLinkSet.Has(toks[i-1].Folded()) && creatorWords.Has(toks[i-2].Folded())
}

// behindWords are the kinds of company said to stand behind what they make.
var behindWords = set(`company companies group firm studio studios publisher developer maker makers house team`)

// madeBy: the word after a name (at to) is a maker noun: "the Post-it
// maker", "the iPhone maker's": the name is of what is made.
func madeBy(toks []segment.Token, to int) bool {
	return to < len(toks) && makerWordSet.Has(toks[to].Folded())
}

// ownedList vetoes the list sps[i] opens when an owner noun and a name
// follow it, and reports whether it did.
func ownedList(toks []segment.Token, sps []span, i int) bool {
	last := listEnd(toks, sps, i)
	if last == i || !ownerAfterList(toks, sps[last].to) {
		return false
	}
	for k := i; k <= last; k++ {
		sps[k].veto = true
	}
	return true
}

// ownerAfterList: an owner noun and a name follow at to ("... owner FRHI"): the
// names before are what that one owns.
func ownerAfterList(toks []segment.Token, to int) bool {
	return to+1 < len(toks) && ownerWords[toks[to].Folded()] && !toks[to+1].Punct() && toks[to+1].Cap()
}

var ownerWords = set(`owner owners parent operator`)

// ownerWordSet is ownerWords for brandList, which asks it of every word.
var ownerWordSet = lists.SetOf(ownerWords)

var makerLinks = set(`of de di del della dei degli delle des du von der dos das do da`)

var makerWords = set(`maker makers fabricante fabricantes produttore costruttore constructeur fabricant hersteller`)

// creatorWords name who created what follows, a company as often as a
// product ("Mario Rossi, il creatore di Quorvex"): only a list after them
// is of what is made ("i creatori di Doom e Quake", "autora de Doom y
// Quake").
var creatorWords = lists.SetOf(set(`creator creators creatore creatori creador creadora creadores autor autora autore autori createur createurs`))

// makerLinkSet and makerWordSet are makerLinks and makerWords for
// brandList, which asks them around every name: most words are told
// absent by their shape alone.
var makerLinkSet, makerWordSet = lists.SetOf(makerLinks), lists.SetOf(makerWords)

var brandWords = set(`brands marchi marques marcas marken merken`)

// brandWord is the singular, which opens a list of brands only when more
// than one name follows: "der gleichnamigen Marke Jenn-Air, Magic Chef und
// Admiral", not "il marchio Nokia", a company's own name as a brand.
var brandWord = set(`brand marchio marque marca marke merk`)

// singleBrandWordSet is brandWord, asked around every name.
var singleBrandWordSet = lists.SetOf(brandWord)

// otherBrandsAfter: "and its other brands", "e gli altri marchi" follow
// token k: what came before is one of the brands.
func otherBrandsAfter(toks []segment.Token, k int) bool {
	if k >= len(toks) || !andWordSet.Has(toks[k].Folded()) {
		return false
	}
	other := false
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		f := toks[j].Folded()
		switch {
		case toks[j].Punct():
			return false
		case otherWords[f]:
			other = true
		case brandWords[f]:
			return other
		}
	}
	return false
}

var andWords = set(`and e y et und`)

// andWordSet is andWords, asked after every name.
var andWordSet = lists.SetOf(andWords)

var otherWords = set(`other altri altre otras otros autres anderen andere weitere`)

// listOpener: the words between a plural for brands and a name open a
// list of them ("brands such as", "marchi come", "Marken wie", ":").
func listOpener(toks []segment.Token) bool {
	var words []string
	for _, t := range toks {
		if t.Punct() {
			words = append(words, t.Text())
		} else {
			words = append(words, t.Folded())
		}
	}
	if n := len(words); n >= 2 && n <= 4 && words[n-1] == ":" {
		return true // "I marchi non cambiano: Widex, Signia e Rexton"
	}

	switch strings.Join(words, " ") {
	case "", ":", "like", "such as", "including", "include", "includes", "come", "tra cui", "como", "como las", "como los",
		"entre ellas", "wie", "darunter", "comme", "dont", "parmi lesquelles", "zoals", "—", "-",
		// a range: "quatorze marques, de Peugeot à Jeep"
		",", ", de", ", from", ", da", ", von", ", desde":
		return true
	}
	return false
}

// brandsOfWhat: the words between a plural for brands and a list say
// what the brands are of ("las marcas de tractores Fendt, Massey Ferguson
// y Valtra"); before one name they may say whose ("the brands of rival
// Daxmoor"), so a list must follow.
func brandsOfWhat(toks []segment.Token) bool {
	return len(toks) == 2 && makerLinks[toks[0].Folded()] && startsLowerToken(toks[1])
}

// listGlue: what may stand between two names of one list.
func listGlue(s string) bool {
	switch s {
	case ",", "and", "e", "y", "et", "und", "en", "or", "o", "ou", ", and", ", e",
		// a range: "de Peugeot à Jeep en passant par Fiat", "from Fiat to Jeep"
		"à", "a", "to", "bis", "hasta", "fino a", "en passant par", "passando per", "pasando por", "through":
		return true
	}
	return false
}
