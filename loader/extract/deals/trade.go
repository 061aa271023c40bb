package deals

// A selling word whose object is goods tells of trade, not of a company
// sold: "sells products of both", "will sell Harley-Davidson
// motorcycles", "sells under its own brand". typeOf asks these before it
// reads a sale.

// productsSold: the selling word at i has products for its object, right
// after it ("verkaufen heute Produkte beider Hersteller", "sells products
// of both"): trade, no company sold.
func productsSold(ws words, i int) bool {
	for k := i + 1; k < len(ws.w) && k <= i+4; k++ {
		if countedInScale(ws, k) {
			return true // "has sold more than two million e-bike drives": units, not a company
		}
	}
	for k := i + 1; k < len(ws.w) && k <= i+3; k++ {
		switch w := ws.w[k]; {
		case productWords[w] || brandedGoods[w] && !ws.isNamed(k+1):
			return true // "sells products of both", "stop selling bikes in the country" (named goods: namedGoodsSold)
		case !nowWords[w] && !determiners.Has(w):
			return false
		}
	}
	return false
}

// namedGoodsSold: the selling word at i has for its object a company's
// goods, the company's name describing them: "will sell Harley-Davidson
// motorcycles", "sell and service Axis cameras", "venderà le moto Harley".
// A distributor's trade, no company sold. The goods must be listed words:
// after a name, a word such as "Systems" may be the rest of its name. Not
// goods that go on as a business ("the Quorvex trucks and buses
// business", "Quorvex trucks, its heavy-vehicle unit"), nor goods sold to
// a company named ("sell Ducati motorcycles to Daxmoor"): a unit is sold.
func namedGoodsSold(ws words, i int) bool {
	k := i + 1
	if k+1 < len(ws.w) && conjunctionSet.Has(ws.w[k]) && !ws.isNamed(k+1) {
		k += 2 // "sell and service", "venderà e assisterà"
	}
	for k < len(ws.w) && (determiners.Has(ws.w[k]) || pluralDeterminers[ws.w[k]]) {
		k++
	}
	switch {
	case k+1 < len(ws.w) && !ws.isNamed(k) && soldGoods(ws.w[k]) && ws.isNamed(k+1):
		for k++; k < len(ws.w) && ws.isNamed(k); k++ { // "le moto Harley"
		}
	case ws.isNamed(k):
		for k < len(ws.w) && ws.isNamed(k) {
			k++
		}
		if k >= len(ws.w) || !soldGoods(ws.w[k]) {
			return false
		}
		k++
		for k+1 < len(ws.w) && conjunctionSet.Has(ws.w[k]) && soldGoods(ws.w[k+1]) {
			k += 2 // "trucks and buses"
		}
	default:
		return false
	}
	// what follows up to the clause's end: a business, or a company it
	// goes to
	for j := k; j < len(ws.w) && j <= k+6; j++ {
		w := ws.w[j]
		if businessWords[w] || producerNouns[w] {
			return false
		}
		if toWords[w] && ws.isNamed(j+1) {
			return false
		}
		if j > k && clauseEnds[w] && w != "," {
			break
		}
	}
	return true
}

// soldUnderBrand: the selling word at i goes on, within eight words of
// its clause, with "under" and a brand's noun ("the printers that
// Hewlett-Packard sells under its own brand", "vende con il marchio",
// "verkauft unter der Marke"): goods sold, no company.
func soldUnderBrand(ws words, i int) bool {
	for k := i + 1; k < len(ws.w) && k <= i+8; k++ {
		if clauseEnds[ws.w[k]] {
			return false
		}
		if !underWords[ws.w[k]] {
			continue
		}
		// within three words, a hyphened name counting as one ("under the
		// Harley-Davidson brand name": the words leave out the hyphen's
		// token; the names are not marked yet when the selling words are
		// sorted out)
		for j, n := k+1, 0; j < len(ws.w) && n < 3; j++ {
			if brandNouns[ws.w[j]] {
				return !recipientSoon(ws, j) // (not "sold the stores it ran under the Quorvex brand to Daxmoor")
			}
			if ws.tok[j] == ws.tok[j-1]+1 {
				n++
			}
		}
	}
	return false
}

// recipientSoon: within four words after j, a word that names whom
// something goes to ("to", "a", "à"): a sale to a buyer.
func recipientSoon(ws words, j int) bool {
	for k := j + 1; k < len(ws.w) && k <= j+4; k++ {
		if recipientWords[ws.w[k]] && ws.w[k] != "a" && ws.w[k] != "an" || ws.w[k] == "a" && ws.isNamed(k+1) {
			return true
		}
	}
	return false
}

var (
	underWords = set(`under sotto con bajo sous unter`)
	brandNouns = set(`brand brands label labels marchio marchi marca marcas marque marques marke marken`)
)

// soldGoods: w names goods a company sells, listed.
func soldGoods(w string) bool { return goodsWords[w] || productWords[w] || brandedGoods[w] }

// brandedGoods are goods sold under their maker's name ("Harley-Davidson
// motorcycles", "Axis cameras"), beside goodsWords: only after a sale's
// verb, as elsewhere a company's products describe it ("Quorvex, which
// makes buses and trucks").
var brandedGoods = set(`motorcycles motorbikes bikes scooters scooter moto motos motociclette motocicletas cameras glasses sunglasses occhiali gafas lunettes buses trucks tractors`)

var productWords = set(`products goods devices produkte prodotti productos produits produtos waren merci mercancias marchandises`)
