package deals

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"dealwire/loader/extract/segment"
	"dealwire/model"
)

// sentence builds a Sentence whose mentions are the given company names,
// found wherever they occur as whole tokens, as the recogniser finds them.
func sentence(text string, companies ...string) Sentence {
	s := Sentence{Text: text, Tokens: segment.Tokens(text)}
	for _, c := range companies {
		words := strings.Fields(c) // "Bankhaus Quorvex": a name of several tokens
		for i := range s.Tokens {
			n := 0
			for n < len(words) && i+n < len(s.Tokens) && s.Tokens[i+n].Text() == words[n] {
				n++
			}
			if n == len(words) {
				s.Mentions = append(s.Mentions, Mention{From: i, To: i + n, Company: c})
			}
		}
	}
	// in text order, as recognition gives them
	slices.SortStableFunc(s.Mentions, func(a, b Mention) int { return a.From - b.From })
	return s
}

func TestFindTypesValuesStatus(t *testing.T) {
	cases := []struct {
		lang, text string
		companies  []string
		typ        string
		value      *model.Money
		status     string
	}{
		{"en", "Veltraco agreed to buy Quorvex for $2.5 billion in cash.", []string{"Veltraco", "Quorvex"}, model.Acquisition, &model.Money{Value: 2.5e9, Currency: "USD"}, model.Announced},
		{"en", "Veltraco will pay $40 per share, or about $1.2 billion, for Quorvex.", []string{"Veltraco", "Quorvex"}, model.Acquisition, &model.Money{Value: 1.2e9, Currency: "USD"}, model.Announced},
		{"en", "Veltraco terminated its merger with Quorvex after regulators objected.", []string{"Veltraco", "Quorvex"}, model.Merger, nil, model.Failed},
		{"en", "Veltraco bought a 10 percent stake in Quorvex for €300 million.", []string{"Veltraco", "Quorvex"}, model.Investment, &model.Money{Value: 3e8, Currency: "EUR"}, model.Announced},
		{"en", "Veltraco and Quorvex formed a joint venture to build trains.", []string{"Veltraco", "Quorvex"}, model.JointVenture, nil, model.Announced},
		{"en", "Veltraco signed a patent licence agreement with Quorvex.", []string{"Veltraco", "Quorvex"}, model.Licensing, nil, model.Announced},
		{"en", "Veltraco sold its chemicals arm to Quorvex in 2016 for £80m.", []string{"Veltraco", "Quorvex"}, model.Divestiture, &model.Money{Value: 8e7, Currency: "GBP"}, model.Completed},
		{"de", "Veltraco zahlt 63 Milliarden Dollar für Quorvex.", []string{"Veltraco", "Quorvex"}, model.Acquisition, &model.Money{Value: 63e9, Currency: "USD"}, model.Announced},
		// sales and purchases told by their idioms
		{"de", "Das war 2010, als Veltraco sein Biergeschäft an Quorvex abtrat.", []string{"Veltraco", "Quorvex"}, model.Divestiture, nil, model.Completed},
		{"de", "Veltraco hat die Sparte 2019 an Quorvex abgestoßen.", []string{"Veltraco", "Quorvex"}, model.Divestiture, nil, model.Completed},
		{"es", "Un año después Veltraco se desprendió de su filial noruega, que pasó a manos de Quorvex.", []string{"Veltraco", "Quorvex"}, model.Divestiture, nil, model.Announced},
		{"fr", "Veltraco avait avalé Quorvex en 2011 pour 2,6 milliards de dollars.", []string{"Veltraco", "Quorvex"}, model.Acquisition, &model.Money{Value: 2.6e9, Currency: "USD"}, model.Completed},
		{"it", "Veltraco ha messo le mani su Quorvex nel 2016.", []string{"Veltraco", "Quorvex"}, model.Acquisition, nil, model.Completed},
		{"en", "Veltraco snapped up Quorvex for $300 million in 2015.", []string{"Veltraco", "Quorvex"}, model.Acquisition, &model.Money{Value: 3e8, Currency: "USD"}, model.Completed},
		{"es", "En 2015 Quorvex pasó a manos de Veltraco.", []string{"Quorvex", "Veltraco"}, model.Acquisition, nil, model.Completed},
		{"fr", "Le rapprochement entre Veltraco et Quorvex donnera naissance au numéro un du secteur.", []string{"Veltraco", "Quorvex"}, model.Merger, nil, model.Announced},
		{"es", "Veltraco y Quorvex crearán una empresa mixta para fabricar baterías.", []string{"Veltraco", "Quorvex"}, model.JointVenture, nil, model.Announced},
		{"en", "Veltraco led a $50 million funding round in Quorvex.", []string{"Veltraco", "Quorvex"}, model.Investment, &model.Money{Value: 5e7, Currency: "USD"}, model.Announced},
		{"fr", "La filiale a finalement été cédée l'année suivante par Veltraco au fonds américain Quorvex.", []string{"Veltraco", "Quorvex"}, model.Divestiture, nil, model.Announced},
		{"fr", "Le saoudien Veltraco doit entrer au capital de Quorvex à hauteur de 10 %.", []string{"Veltraco", "Quorvex"}, model.Investment, nil, model.Announced},
		{"es", "Veltraco ha preferido asociarse con Quorvex en su proyecto de baterías.", []string{"Veltraco", "Quorvex"}, model.Partnership, nil, model.Announced},
		{"de", "Veltraco und Quorvex haben sich am Freitag auf eine mehrjährige Patentlizenz geeinigt.", []string{"Veltraco", "Quorvex"}, model.Licensing, nil, model.Announced},
		{"en", "Quorvex raised $1 billion in equity last year in a round led by Veltraco.", []string{"Quorvex", "Veltraco"}, model.Investment, &model.Money{Value: 1e9, Currency: "USD"}, model.Completed},
		// half of a company, the other half another's, is a joint venture
		{"es", "Veltraco adquirirá el 50% de Quorvex por 600 millones de euros.", []string{"Veltraco", "Quorvex"}, model.JointVenture, &model.Money{Value: 6e8, Currency: "EUR"}, model.Announced},
		{"en", "Veltraco bought a 30% stake in Quorvex in the second half of 2023.", []string{"Veltraco", "Quorvex"}, model.Investment, nil, model.Announced},
		{"en", "Under a preliminary agreement, Veltraco will buy half of a new Quorvex subsidiary.", []string{"Veltraco", "Quorvex"}, model.JointVenture, nil, model.Announced},
		{"fr", "Veltraco a annoncé mercredi l'acquisition de 50 % des activités de distribution de Quorvex au Royaume-Uni.", []string{"Veltraco", "Quorvex"}, model.JointVenture, nil, model.Announced},
		{"en", "Veltraco bought Quorvex in the first half of 2023.", []string{"Veltraco", "Quorvex"}, model.Acquisition, nil, model.Announced},
		{"it", "Quattro anni più tardi Veltraco aveva messo le mani anche sulla francese Quorvex.", []string{"Veltraco", "Quorvex"}, model.Acquisition, nil, model.Announced},
		{"en", "Veltraco later added the French fashion house Quorvex to its portfolio.", []string{"Veltraco", "Quorvex"}, model.Acquisition, nil, model.Announced},
		// a German verb whose particle ends the clause
		{"de", "Veltraco trat 2010 sein Biergeschäft an Quorvex ab, im Gegenzug erhielt es Aktien.", []string{"Veltraco", "Quorvex"}, model.Divestiture, nil, model.Completed},
		{"de", "Veltraco und Quorvex legen ihr Geschäft mit Schmerzmitteln zusammen.", []string{"Veltraco", "Quorvex"}, model.JointVenture, nil, model.Announced},
		// "disposer d'un site" is to have one
		{"en", "Veltraco agreed to dispose of its stake in Quorvex.", []string{"Veltraco", "Quorvex"}, model.Divestiture, nil, model.Announced},
		{"de", "Veltraco und Quorvex vereinbaren eine strategische Partnerschaft.", []string{"Veltraco", "Quorvex"}, model.Partnership, nil, model.Announced},
		// a bid "for" a company is a purchase offered, in every language
		{"it", "Veltraco aveva presentato un'offerta per Quorvex da 5 miliardi di euro.", []string{"Veltraco", "Quorvex"}, model.Acquisition, &model.Money{Value: 5e9, Currency: "EUR"}, model.Proposed},
		{"fr", "Veltraco a déposé une offre conjointe sur Quorvex.", []string{"Veltraco", "Quorvex"}, model.Acquisition, nil, model.Proposed},
		{"fr", "Veltraco versera 2 milliards de dollars à Quorvex pour sa division.", []string{"Veltraco", "Quorvex"}, model.Acquisition, &model.Money{Value: 2e9, Currency: "USD"}, model.Announced},
		{"it", "Veltraco ha firmato un accordo di collaborazione con Quorvex.", []string{"Veltraco", "Quorvex"}, model.Partnership, nil, model.Announced},
		{"de", "Veltraco übernimmt Quorvex für 3,5 Milliarden Euro.", []string{"Veltraco", "Quorvex"}, model.Acquisition, &model.Money{Value: 3.5e9, Currency: "EUR"}, model.Announced},
		{"es", "Veltraco está en negociaciones para la adquisición de Quorvex.", []string{"Veltraco", "Quorvex"}, model.Acquisition, nil, model.Proposed},
		{"fr", "Bruxelles a interdit la fusion entre Veltraco et Quorvex.", []string{"Veltraco", "Quorvex"}, model.Merger, nil, model.Failed},
		// the rest of a company is all of it; an investment fund is who buys
		{"en", "Veltraco agreed to buy the remaining 61 per cent of Quorvex.", []string{"Veltraco", "Quorvex"}, model.Acquisition, nil, model.Announced},
		{"fr", "Veltraco a annoncé la vente de son activité à Quorvex, un fonds d'investissement.", []string{"Veltraco", "Quorvex"}, model.Divestiture, nil, model.Announced},
		// a partner bought out of a joint venture is bought; French buys itself things
		{"en", "Veltraco paid $13 billion to buy out Quorvex from their existing consumer healthcare joint venture.", []string{"Veltraco", "Quorvex"}, model.Acquisition, &model.Money{Value: 13e9, Currency: "USD"}, model.Announced},
		{"de", "Veltraco hatte Quorvex aus dem bisherigen Gemeinschaftsunternehmen herausgekauft.", []string{"Veltraco", "Quorvex"}, model.Acquisition, nil, model.Announced},
		{"fr", "Veltraco s'est offert Quorvex pour 2,8 milliards de dollars.", []string{"Veltraco", "Quorvex"}, model.Acquisition, &model.Money{Value: 2.8e9, Currency: "USD"}, model.Announced},
		// paying says money moves; the deal noun says what for
		{"en", "Veltraco agreed to pay up to $6.9 billion for a share of a cancer drug developed by Quorvex, the largest licensing deal in its history.", []string{"Veltraco", "Quorvex"}, model.Licensing, &model.Money{Value: 6.9e9, Currency: "USD"}, model.Announced},
		{"en", "Veltraco took full control of Quorvex in 2013.", []string{"Veltraco", "Quorvex"}, model.Acquisition, nil, model.Completed},
		{"es", "Veltraco paga 5.100 millones de dólares por una alianza de diez años con Quorvex.", []string{"Veltraco", "Quorvex"}, model.Partnership, &model.Money{Value: 5.1e9, Currency: "USD"}, model.Announced},
		// a business bought, paid in shares; a German business bought before its verb
		{"en", "Veltraco became the number two after it took over Quorvex's truck business in 2001, paying in shares that left Quorvex with a large stake.", []string{"Veltraco", "Quorvex"}, model.Acquisition, nil, model.Completed},
		{"de", "Veltraco hatte für 3,4 Milliarden Dollar das amerikanische Dachgeschäft Building Products vom Reifenhersteller Quorvex gekauft.", []string{"Veltraco", "Quorvex"}, model.Acquisition, &model.Money{Value: 3.4e9, Currency: "USD"}, model.Announced},
		// a capital increase the buyer subscribes is the price of its stake
		{"fr", "Veltraco souscrira en outre à une augmentation de capital de Quorvex de 1,1 milliard de dollars.", []string{"Veltraco", "Quorvex"}, model.Investment, &model.Money{Value: 1.1e9, Currency: "USD"}, model.Announced},
		{"en", "Veltraco will pay up to $5.3bn to co-develop Quorvex's obesity drug.", []string{"Veltraco", "Quorvex"}, model.Licensing, &model.Money{Value: 5.3e9, Currency: "USD"}, model.Announced},
		// more than half of a company is control of it, not a stake
		{"it", "Veltraco rileva l'80,1% di Quorvex per 11 miliardi di dollari.", []string{"Veltraco", "Quorvex"}, model.Acquisition, &model.Money{Value: 11e9, Currency: "USD"}, model.Announced},
		{"en", "Veltraco agreed to buy 51 per cent of Quorvex.", []string{"Veltraco", "Quorvex"}, model.Acquisition, nil, model.Announced},
		// a branch named after what it makes is a business, not goods
		{"fr", "Le suédois Veltraco a introduit en Bourse l'an dernier sa branche d'équipements miniers, Quorvex.", []string{"Veltraco", "Quorvex"}, model.Divestiture, nil, model.Completed},
		// "Prozent des", "% des": a share of a company
		{"de", "2008 übernahm Veltraco 41 Prozent des Glasfaserunternehmens Quorvex.", []string{"Veltraco", "Quorvex"}, model.Investment, nil, model.Completed},
		// a percentage a relative clause goes on from is a share bought
		{"de", "Für die zusätzlichen knapp 23 Prozent, die Veltraco damit an Quorvex erwerben könnte, müsste er rund 2,6 Milliarden Euro auf den Tisch legen.", []string{"Veltraco", "Quorvex"}, model.Investment, &model.Money{Value: 2.6e9, Currency: "EUR"}, model.Announced},
		// a business transferred to another company is sold to it
		{"en", "Veltraco is separately negotiating to transfer its satellite business to defence electronics maker Quorvex.", []string{"Veltraco", "Quorvex"}, model.Divestiture, nil, model.Proposed},
		// a figure of 100 thousand is not 100 per cent
		{"es", "Veltraco paga 1.000 millones de dólares por el 1% de Quorvex, que queda valorada en unos 100.000 millones.", []string{"Veltraco", "Quorvex"}, model.Investment, &model.Money{Value: 1e9, Currency: "USD"}, model.Announced},
		// money raised in a round a fund led is its stake
		{"en", "In July 2014 Veltraco raised $100 million led by Quorvex, a record for a French start-up.", []string{"Veltraco", "Quorvex"}, model.Investment, &model.Money{Value: 100e6, Currency: "USD"}, model.Completed},
		{"es", "En julio de 2014 Veltraco levantó otros 100 millones de dólares en una ronda encabezada por Quorvex.", []string{"Veltraco", "Quorvex"}, model.Investment, &model.Money{Value: 100e6, Currency: "USD"}, model.Completed},
		// goods sourced from a company, or a sourcing agreement, are a supply
		{"en", "Veltraco has sourced most of what it sells from Quorvex since 2002.", []string{"Veltraco", "Quorvex"}, model.Supply, nil, model.Announced},
		// an order for goods is a supply
		{"en", "Veltraco has handed Quorvex a €2 billion order for battery cells.", []string{"Veltraco", "Quorvex"}, model.Supply, &model.Money{Value: 2e9, Currency: "EUR"}, model.Announced},
		// goods bought and sold by the tonne are supplies
		{"fr", "Veltraco et Quorvex ont signé un accord d'achat et de vente portant sur la livraison de 4 millions de tonnes de gaz.", []string{"Veltraco", "Quorvex"}, model.Supply, nil, model.Announced},
		{"es", "Veltraco se comprometió a comprar dos millones de toneladas anuales a Quorvex.", []string{"Veltraco", "Quorvex"}, model.Supply, nil, model.Announced},
		// a venture alone is a joint one; spin-offs, absorbing and buying in
		{"en", "Veltraco set up a 50:50 venture with Quorvex in 2019.", []string{"Veltraco", "Quorvex"}, model.JointVenture, nil, model.Announced},
		{"de", "Quorvex war 2021 von Veltraco abgespalten worden.", []string{"Quorvex", "Veltraco"}, model.Divestiture, nil, model.Announced},
		{"en", "Veltraco demerged Quorvex in 2013.", []string{"Veltraco", "Quorvex"}, model.Divestiture, nil, model.Completed},
		{"de", "Bereits 2017 hatte sich Veltraco den Spezialisten Quorvex einverleibt.", []string{"Veltraco", "Quorvex"}, model.Acquisition, nil, model.Completed},
		{"it", "Veltraco ha inglobato l'austriaca Quorvex.", []string{"Veltraco", "Quorvex"}, model.Acquisition, nil, model.Announced},
		{"de", "Veltraco war im Herbst mit 9,9 Prozent bei Quorvex eingestiegen.", []string{"Veltraco", "Quorvex"}, model.Investment, nil, model.Announced},
		// a business bought, with a stake among what it holds, is a purchase
		{"it", "A giugno Veltraco ha concordato l'acquisto di gran parte delle attività di intrattenimento di Quorvex per 71,3 miliardi di dollari, quota in Sky compresa.", []string{"Veltraco", "Quorvex"}, model.Acquisition, &model.Money{Value: 71.3e9, Currency: "USD"}, model.Announced},
		// Italian participles of selling; an alliance in a field of goods is an alliance
		{"it", "Quorvex era stata ceduta nel 2010 da Veltraco al fondo Daxmoor per 800 milioni di euro.", []string{"Quorvex", "Veltraco", "Daxmoor"}, model.Divestiture, &model.Money{Value: 8e8, Currency: "EUR"}, model.Completed},
		{"it", "L'operazione segue l'alleanza siglata nel 2020 tra Veltraco e Quorvex nel settore delle batterie.", []string{"Veltraco", "Quorvex"}, model.Partnership, nil, model.Announced},
		// the deal a clause opens with follows the one it tells
		{"de", "Die Übernahme folgt auf eine Allianz, die Veltraco und Quorvex 2020 bei Batterien geschlossen hatten.", []string{"Veltraco", "Quorvex"}, model.Partnership, nil, model.Announced},
		// a takeover approach is a bid; a rebuffed one, a merger that fell apart, failed
		{"en", "Veltraco had rebuffed a $4 billion approach from Quorvex in March.", []string{"Veltraco", "Quorvex"}, model.Acquisition, &model.Money{Value: 4e9, Currency: "USD"}, model.Failed},
		{"en", "Veltraco's earlier attempt to merge with Quorvex fell apart in 2018 over antitrust concerns.", []string{"Veltraco", "Quorvex"}, model.Merger, nil, model.Failed},
		// a share of a company's capital is a stake
		{"it", "Il fondo Veltraco è salito al 9% del capitale di Quorvex.", []string{"Veltraco", "Quorvex"}, model.Investment, nil, model.Announced},
		// companies agreeing to combine merge; one distributing another's goods is its partner
		{"en", "Veltraco and Quorvex agreed to combine in an all-share deal on Monday.", []string{"Veltraco", "Quorvex"}, model.Merger, nil, model.Announced},
		{"en", "Veltraco has distributed Quorvex's whisky in Japan since 2005.", []string{"Veltraco", "Quorvex"}, model.Partnership, nil, model.Announced},
		// the capital a company raises is not what one investor pays
		{"de", "Veltraco war im Herbst mit 9,9 Prozent bei Quorvex eingestiegen, als die Bank ihr Kapital um rund 4 Milliarden Franken aufstockte.", []string{"Veltraco", "Quorvex"}, model.Investment, nil, model.Announced},
		// what a fund manages is its size, not the price
		{"en", "Veltraco, which manages around $450 billion, bought a 25.1% stake in Quorvex for about $450 million in 2020.", []string{"Veltraco", "Quorvex"}, model.Investment, &model.Money{Value: 4.5e8, Currency: "USD"}, model.Announced},
		// a company absorbed or integrated merges into the other; one swallowed is bought
		{"fr", "En septembre, Veltraco a convenu d'absorber Quorvex.", []string{"Veltraco", "Quorvex"}, model.Merger, nil, model.Announced},
		{"es", "Veltraco y Quorvex anunciaron en septiembre su integración.", []string{"Veltraco", "Quorvex"}, model.Merger, nil, model.Announced},
		{"de", "Quorvex wurde 2016 von Veltraco komplett geschluckt.", []string{"Quorvex", "Veltraco"}, model.Acquisition, nil, model.Completed},
	}
	for _, c := range cases {
		got := Find(sentence(c.text, c.companies...), c.lang, "2020-05-01")
		if len(got) != 1 {
			t.Errorf("%q: %d deals, want 1: %+v", c.text, len(got), got)
			continue
		}
		f := got[0]
		if f.Type != c.typ || f.Status != c.status || !reflect.DeepEqual(f.Value, c.value) {
			t.Errorf("%q:\n got type %s status %s value %+v\nwant type %s status %s value %+v", c.text, f.Type, f.Status, f.Value, c.typ, c.status, c.value)
		}
		if !reflect.DeepEqual(f.Parties, c.companies) {
			t.Errorf("%q: parties %q", c.text, f.Parties)
		}
	}
}

func TestFindNothingWithoutDealWordsOrParties(t *testing.T) {
	for _, s := range []Sentence{
		sentence("Veltraco and Quorvex both reported higher sales of $3 billion.", "Veltraco", "Quorvex"),
		sentence("Nothing here names a company.", ""),
		// tickets and flights sold are trade
		sentence("Veltraco, based in Uppsala, sells tickets under the Quorvex and Daxmoor brands.", "Veltraco", "Quorvex", "Daxmoor"),
		sentence("Das Unternehmen, das unter den Marken Quorvex und Daxmoor Flüge verkauft, gehört Veltraco.", "Veltraco", "Quorvex", "Daxmoor"),
		// things sold by the count are trade
		sentence("Veltraco vendió 488.000 camiones en 2019, el doble que Quorvex.", "Veltraco", "Quorvex"),
		// combining a company bought with its own operations is no merger
		sentence("Veltraco plans to combine Quorvex with its own UK brewing operations.", "Veltraco", "Quorvex"),
		// a venture capital firm is who invests
		sentence("Veltraco hired the venture capital firm Quorvex as an adviser.", "Veltraco", "Quorvex"),
		// a payment is no purchase; an analyst's words in a compound are an opinion
		sentence("Para hacer frente al primer pago a Quorvex, Veltraco colocará nuevas acciones por 3.500 millones de dólares.", "Veltraco", "Quorvex"),
		sentence("„Veltraco verkauft an Quorvex zum richtigen Zeitpunkt\", sagt Jörg Wendland, Pharmaanalyst beim Bankhaus.", "Veltraco", "Quorvex"),
		// investing with neither a figure nor a company after it is investing in general
		sentence("Veltraco, la holding attraverso cui investe la famiglia, ha presentato i conti insieme a Quorvex.", "Veltraco", "Quorvex"),
		sentence("Veltraco said it would keep investing in its fibre network, as Quorvex has done.", "Veltraco", "Quorvex"),
		// a deal named to date another clause tells none
		sentence("Veltraco had signed a separate arrangement with Quorvex before the takeover.", "Veltraco", "Quorvex"),
	} {
		if got := Find(s, "en", ""); len(got) != 0 {
			t.Errorf("%q: found %+v", s.Text, got)
		}
	}
}

func TestTwoClausesTwoDeals(t *testing.T) {
	s := sentence("Veltraco will buy shares in Quorvex worth ¥96 billion, while Quorvex will acquire ¥48 billion of Veltraco shares.", "Veltraco", "Quorvex")
	got := Find(s, "en", "")
	if len(got) != 2 {
		t.Fatalf("%d deals, want 2: %+v", len(got), got)
	}
	if got[0].Value == nil || got[1].Value == nil || got[0].Value.Value != 96e9 || got[1].Value.Value != 48e9 {
		t.Errorf("values %+v %+v", got[0].Value, got[1].Value)
	}
}

func TestIsCue(t *testing.T) {
	for w, want := range map[string]bool{"acquisition": true, "acquisizione": true, "ubernahme": true, "licensing": true, "weather": false, "sales": false} {
		if IsCue("", w) != want {
			t.Errorf("IsCue(%q) = %v", w, !want)
		}
	}
}

func TestGoodsMakeSupplyDeals(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Veltraco will buy battery cells worth $2 billion from Quorvex.", model.Supply},
		{"en", "As part of the cooperation, Veltraco will provide network equipment to Quorvex.", model.Supply},
		{"de", "Veltraco kauft Batteriezellen im Wert von zwei Milliarden Euro bei Quorvex.", model.Supply},
		{"en", "Veltraco will buy the battery cells business of Quorvex.", model.Acquisition},
		{"en", "Veltraco promised to provide hundreds of millions of dollars to Quorvex.", ""},
		{"en", "Veltraco will purchase telecom equipment from the Finnish company Quorvex.", model.Supply},
		// a goods word before "investor" describes the buyer
		{"en", "Quorvex has agreed to a £2.32 billion takeover by the buyout firm Veltraco and a US infrastructure investor.", model.Acquisition},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		var types []string
		for _, f := range got {
			types = append(types, f.Type)
		}
		if c.want == "" && len(got) != 0 || c.want != "" && (len(got) != 1 || got[0].Type != c.want) {
			t.Errorf("%q: types %v, want [%s]", c.text, types, c.want)
		}
	}
}

// A purchase told with no word of supply is of goods only when the goods
// are what is bought; goods that describe the company bought, or counted
// premises, leave it an acquisition.
func TestGoodsDescribingTheTargetLeaveAnAcquisition(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"fr", "Veltraco a annoncé le rachat du spécialiste français des équipements de sécurité Quorvex pour 900 millions d'euros.", model.Acquisition},
		{"es", "Veltraco compra 85 tiendas de Quorvex por 120 millones de dólares.", model.Acquisition},
		{"it", "Veltraco ha concordato l'acquisto del business delle batterie di Quorvex per 2 miliardi di dollari.", model.Acquisition},
		{"en", "Veltraco bought Quorvex in 2015 and moved it out of oil and gas work.", model.Acquisition},
		// goods as the object stay a supply, after a count or a price
		{"en", "Veltraco will buy 40 aircraft from Quorvex.", model.Supply},
		{"de", "Zellen für weitere 2,5 Milliarden Euro kauft Veltraco bei Quorvex.", model.Supply},
		{"es", "Veltraco se comprometió a comprar dos millones de toneladas anuales a Quorvex.", model.Supply},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		var types []string
		for _, f := range got {
			types = append(types, f.Type)
		}
		if len(got) != 1 || got[0].Type != c.want {
			t.Errorf("%q: types %v, want [%s]", c.text, types, c.want)
		}
	}
}

// A company reporting a licence names only itself: the other side is
// implied, left for the caller to supply.
func TestReportedAgreementImpliesTheOtherSide(t *testing.T) {
	got := Find(sentence("Man habe eine umfassende Lizenzvereinbarung getroffen, teilte Veltraco am Montag mit.", "Veltraco"), "de", "")
	if len(got) != 1 || got[0].Type != model.Licensing || !got[0].Anaphor {
		t.Fatalf("found %+v, want one licensing deal waiting for its other side", got)
	}
	if got := Find(sentence("Veltraco said its sales rose.", "Veltraco"), "en", ""); len(got) != 0 {
		t.Errorf("no deal word: found %+v", got)
	}
}

// "its" after the company's own name is that company's; names listed after
// a rival word are rivals, not buyers.
func TestOwnPossessiveAndListedRivals(t *testing.T) {
	if got := Find(sentence("In selling the spreads unit, Veltraco is parting with one of its historic businesses.", "Veltraco"), "en", ""); len(got) != 0 {
		t.Errorf("its own business: found %+v", got)
	}
	got := Find(sentence("Veltraco beat Quorvex and Ostravel to buy the business from Brindlewood.", "Veltraco", "Quorvex", "Ostravel", "Brindlewood"), "en", "")
	if len(got) != 1 || !reflect.DeepEqual(got[0].Parties, []string{"Veltraco", "Brindlewood"}) {
		t.Errorf("found %+v, want Veltraco buying from Brindlewood", got)
	}
}

func TestBuyer(t *testing.T) {
	for _, c := range []struct{ text, buyer string }{
		{"Veltraco agreed to buy Quorvex for $2 billion.", "Veltraco"},
		{"Quorvex was acquired by Veltraco for $2 billion.", "Veltraco"},
		{"Quorvex agreed to Veltraco's increased offer of $4.5 billion.", "Veltraco"},
		{"In 2016 Quorvex sold the phone business for $350 million to Veltraco.", "Veltraco"},
		{"Veltraco plans to acquire shares in Quorvex, issued by way of an allotment decided by Quorvex.", "Veltraco"},
		{"Veltraco and Quorvex agreed to merge.", ""},
		{"Zuvor hatte die Regierung eine feindliche Offerte von Veltraco über 117 Milliarden Dollar für Quorvex untersagt.", "Veltraco"},
		{"The money funds, in some cases, acquisitions of businesses such as Quorvex, which moved Veltraco into health.", "Veltraco"},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), "en", "")
		if len(got) == 0 || got[0].Buyer != c.buyer {
			t.Errorf("%q: %+v, want buyer %q", c.text, got, c.buyer)
		}
	}
}

// Stock moves and prices per share are no stakes; a stake sold is a sale.
func TestStakesAndSharePrices(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Veltraco, which bought Quorvex for $3.3 billion last year, slipped about 5%.", model.Acquisition},
		{"Shares of Veltraco tumbled after it agreed to buy Quorvex.", model.Acquisition},
		{"Veltraco will buy a 9.99 per cent stake in Quorvex.", model.Investment},
		{"Veltraco will acquire ¥48 billion worth of shares in Quorvex.", model.Investment},
		{"Veltraco agreed to sell its stake in Ostravel to Quorvex.", model.Divestiture},
		{"In 2013 Veltraco paid $21.6 billion for a controlling stake in Quorvex.", model.Acquisition},
		// a fraction above half is control
		{"In 2013 Veltraco bought a 50.75% stake in Quorvex.", model.Acquisition},
		{"In 2013 Veltraco bought a 50.0% stake in Quorvex.", model.Investment},
		// a fraction below half is a stake
		{"Last July Veltraco agreed to pay HK$6.6 billion for a quarter of Quorvex.", model.Investment},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), "en", "")
		if len(got) != 1 || got[0].Type != c.want {
			t.Errorf("%q: %+v, want %s", c.text, got, c.want)
		}
	}
}

// A list of purchases, each with its price, is one deal per company.
func TestEachForItsPrice(t *testing.T) {
	got := Find(sentence("Veltraco paid about $4 billion for Quorvex in 2009 and $4.05 billion for Ostravel in 2012.", "Veltraco", "Quorvex", "Ostravel"), "en", "")
	if len(got) != 2 {
		t.Fatalf("found %+v, want two purchases", got)
	}
	for i, want := range []struct {
		target, year string
		value        float64
	}{{"Quorvex", "2009", 4e9}, {"Ostravel", "2012", 4.05e9}} {
		if got[i].Buyer != "Veltraco" || got[i].Parties[len(got[i].Parties)-1] != want.target || got[i].Value == nil || got[i].Value.Value != want.value ||
			got[i].Date != want.year {
			t.Errorf("deal %d = %+v, want Veltraco buying %s for %v in %s", i, got[i], want.target, want.value, want.year)
		}
	}
	// who was paid for first, the payer referred to: no buyer guessed
	got = Find(sentence("Für Quorvex zahlte der Konzern rund 18,9 Milliarden Dollar, für Ostravel ein Jahr später 10,7 Milliarden Dollar.", "Quorvex", "Ostravel"), "de", "")
	for _, f := range got {
		if f.Buyer != "" {
			t.Errorf("%+v: the buyer is who 'der Konzern' refers to, not one named", f)
		}
	}
}

// Advisers are named, but are not parties.
func TestAdvisersAreNotParties(t *testing.T) {
	got := Find(sentence("Ostravel and Brindlewood advised Veltraco on its deal to buy Quorvex.", "Ostravel", "Brindlewood", "Veltraco", "Quorvex"), "en", "")
	if len(got) != 1 || !reflect.DeepEqual(got[0].Parties, []string{"Veltraco", "Quorvex"}) {
		t.Errorf("found %+v, want Veltraco and Quorvex only", got)
	}
	// named after the words of who advised, a list going on
	for _, c := range []langText{
		{"en", "Veltraco agreed to buy Quorvex for $2 billion, advised by Ostravel and Brindlewood."},
		{"es", "Veltraco compra Quorvex por 2.000 millones con el asesoramiento de Ostravel, Brindlewood y el despacho Halvorsen."},
		{"fr", "Veltraco rachète Quorvex pour 2 milliards d'euros, conseillé par Ostravel et Brindlewood."},
	} {
		for _, f := range Find(sentence(c.text, "Ostravel", "Brindlewood", "Veltraco", "Quorvex"), c.lang, "") {
			if slices.Contains(f.Parties, "Ostravel") || slices.Contains(f.Parties, "Brindlewood") {
				t.Errorf("%s %q: adviser among the parties %+v", c.lang, c.text, f.Parties)
			}
		}
	}
	// the manager of funds that sell is no adviser of the deal
	got = Find(sentence("Veltraco acquired Quorvex from infrastructure funds advised by Ostravel, which held 80 per cent.", "Ostravel", "Veltraco", "Quorvex"), "en", "")
	if len(got) != 1 || !slices.Contains(got[0].Parties, "Ostravel") {
		t.Errorf("found %+v, want Ostravel as a side", got)
	}
}

// Inflected buying words across languages.
func TestBuyingWordsInflected(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"it", "Nel 2006 Veltraco aveva comprato Quorvex per 7,4 miliardi di dollari."},
		{"fr", "Veltraco a finalisé l'achat de Quorvex pour 2 milliards d'euros."},
		{"de", "Mit dem Kauf von Quorvex wurde Veltraco 2006 groß."},
		{"es", "Veltraco ha comprado Quorvex por 300 millones de euros."},
	}, "Veltraco", "Quorvex")
}

// A relative clause after a company: its subject, or its object.
func TestRelativeClauses(t *testing.T) {
	got := Find(sentence("Veltraco, which bought Quorvex for $3.3 billion last year, slipped 5%.", "Veltraco", "Quorvex"), "en", "")
	if len(got) != 1 || got[0].Buyer != "Veltraco" {
		t.Errorf("subject relative: %+v, want Veltraco buying", got)
	}
	// a company or a noun phrase after the pronoun is the clause's
	// subject: the company before the comma is what it bought
	for _, c := range []langText{
		{"es", "La cobertura se extiende a Quorvex, que Veltraco compró tras su quiebra en un acuerdo de unos 2.500 millones de dólares."},
		{"en", "The deal covers Quorvex, which Veltraco bought in 2012."},
	} {
		got = Find(sentence(c.text, "Quorvex", "Veltraco"), c.lang, "")
		if len(got) != 1 || got[0].Buyer != "Veltraco" {
			t.Errorf("%s object relative with a named subject: %+v, want Veltraco buying", c.lang, got)
		}
	}
	got = Find(sentence("Il gruppo ha ceduto Quorvex, che il fondo aveva comprato nel 2011.", "Quorvex"), "it", "")
	if len(got) == 0 || got[len(got)-1].Buyer == "Quorvex" {
		t.Errorf("object relative with a noun subject: %+v, want Quorvex bought, not buying", got)
	}
	// an object pronoun after the relative leaves it the subject
	got = Find(sentence("La società incasserà 2,5 miliardi di dollari in contanti e 540 milioni di nuove azioni Quorvex, che le daranno il 44% del capitale.", "Quorvex"), "it", "")
	if len(got) != 0 {
		t.Errorf("relative subject before a clitic: %+v, want no deal: the shares give a stake, paid for the deal told before", got)
	}
	got = Find(sentence("The group already owns Quorvex, which it bought in 2011.", "Quorvex"), "en", "")
	if len(got) != 1 || !got[0].Anaphor || got[0].Parties[0] != "Quorvex" {
		t.Errorf("object relative: %+v, want Quorvex bought by the group it refers to", got)
	}
	// the clause after the relative one is not its deal's: a rival named
	// there is no party, and the one bought is not the buyer
	got = Find(sentence("The group owns Quorvex, which it bought in 2011, but it has lagged rivals such as Veltraco.", "Quorvex", "Veltraco"), "en", "")
	if len(got) != 1 || len(got[0].Parties) != 1 || got[0].Buyer != "" || !got[0].Anaphor {
		t.Errorf("object relative before another clause: %+v, want Quorvex alone, bought by the referent", got)
	}
	// the relative may follow an apposition; not when it tells what the
	// company does
	got = Find(sentence("The deal covers Quorvex, the bankrupt Japanese rival that it took over this year.", "Quorvex"), "en", "")
	if len(got) != 1 || got[0].Type != model.Acquisition || !got[0].Anaphor {
		t.Errorf("object relative after an apposition: %+v, want Quorvex bought by the referent", got)
	}
	got = Find(sentence("In 2007 Veltraco paid £925m for Quorvex, the health club chain it bought from Daxmoor.", "Veltraco", "Quorvex", "Daxmoor"), "en", "")
	if !slices.ContainsFunc(got, func(f Found) bool {
		return f.Type == model.Acquisition && slices.Contains(f.Parties, "Daxmoor") && slices.Contains(f.Parties, "Quorvex")
	}) {
		t.Errorf("relative with no pronoun after an apposition: %+v, want the purchase of Quorvex from Daxmoor", got)
	}
	got = Find(sentence("Veltraco agreed to buy a 60% stake in Quorvex, a Utah-based company that sells make-up.", "Veltraco", "Quorvex"), "en", "")
	if len(got) != 1 || got[0].Type == model.Divestiture {
		t.Errorf("subject relative after an apposition: %+v, want only Veltraco's purchase", got)
	}
}

// "it" in a later clause is the sentence's subject, and each clause keeps
// its own year.
func TestPronounInALaterClause(t *testing.T) {
	got := Find(sentence("In 2013 Veltraco paid $21.6 billion for Quorvex, a deal that struggled, and in 2006 it bought Daxmoor's Japanese business.",
		"Veltraco", "Quorvex", "Daxmoor"), "en", "")
	if len(got) != 2 {
		t.Fatalf("%d deals, want 2: %+v", len(got), got)
	}
	want := []struct {
		parties []string
		date    string
	}{{[]string{"Veltraco", "Quorvex"}, "2013"}, {[]string{"Veltraco", "Daxmoor"}, "2006"}}
	for i, w := range want {
		if !reflect.DeepEqual(got[i].Parties, w.parties) || got[i].Date != w.date || got[i].Buyer != "Veltraco" || got[i].Anaphor {
			t.Errorf("deal %d: %+v, want %v in %s bought by Veltraco", i, got[i], w.parties, w.date)
		}
	}
}

// A participle set off after a company describes it as the one bought:
// "Quorvex, rilevata da Veltraco" is not Quorvex buying.
func TestAppositionParticipleIsNotTheBuyer(t *testing.T) {
	got := Find(sentence("Dopo il rilancio di Quorvex, rilevata da Veltraco nel 2017, il gruppo cresce.", "Quorvex", "Veltraco"), "it", "")
	if len(got) != 1 || got[0].Buyer == "Quorvex" {
		t.Errorf("%+v, want Quorvex not buying", got)
	}
}

// Taking control is a takeover; a buyer named as such is one.
func TestControlAndBuyerWords(t *testing.T) {
	for lang, text := range map[string]string{
		"en": "In Europe Veltraco won control of the broadcaster Quorvex for $39 billion.",
		"de": "Käufer ist der Chemiekonzern Veltraco, der für das Geschäft von Quorvex 7,6 Milliarden Euro bezahlt.",
	} {
		got := Find(sentence(text, "Veltraco", "Quorvex"), lang, "")
		if len(got) != 1 || got[0].Type != model.Acquisition {
			t.Errorf("%q: %+v, want an acquisition", text, got)
		}
	}
}

// Public takeover bids have their own names.
func TestTakeoverBids(t *testing.T) {
	for lang, text := range map[string]string{
		"fr": "Veltraco lance une OPA sur Quorvex à 2 milliards d'euros.",
		"de": "Veltraco legt ein Übernahmeangebot für Quorvex vor.",
		"it": "La scalata di Veltraco a Quorvex vale 2 miliardi.",
	} {
		got := Find(sentence(text, "Veltraco", "Quorvex"), lang, "")
		if len(got) != 1 || got[0].Type != model.Acquisition {
			t.Errorf("%s %q: %+v, want an acquisition", lang, text, got)
		}
	}
}

// "It agreed to sell X to Y": the seller is the company referred to.
func TestPronounSellerOfANamedStake(t *testing.T) {
	got := Find(sentence("Last month it agreed to sell its stake in Quorvex to Ostravel for $7.3 billion.", "Quorvex", "Ostravel"), "en", "")
	if len(got) != 1 || got[0].Type != model.Divestiture || !got[0].Anaphor {
		t.Errorf("found %+v, want a sale waiting for its seller", got)
	}
}

// A sentence naming no company tells the article's deal only when it
// points back at one: a deal noun with a definite article, "it" buying, or
// a price.
func TestUnnamedSentencesPointingBack(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		refers     bool
	}{
		{"en", "The acquisition is expected to close next year.", true},
		{"fr", "LVMH avait fait savoir qu'il ne pourrait pas mener à bien l'acquisition.", true},
		{"en", "It will pay $15.8 billion for the New York jeweler.", true},
		{"en", "The group has made many acquisitions in recent years.", false},
		{"en", "The merged company expects cost savings of about $2 billion a year.", false},
		{"fr", "La pandémie a obligé les deux partenaires à revoir les termes.", false},
		{"en", "It licenses its designs to chipmakers.", false},
	} {
		got := Find(sentence(c.text, "LVMH"), c.lang, "")
		refers := len(got) == 1 && got[0].Refers
		if refers != c.refers {
			t.Errorf("%q: %+v, want pointing back %v", c.text, got, c.refers)
		}
	}
}

// "it" in a clause after the sentence named its subject is that subject;
// a stake a sale word sells is a sale, wherever the verb stands.
func TestPronounAfterTheSubjectAndStakesSold(t *testing.T) {
	got := Find(sentence("Veltraco entered India in 2007, when it paid $11.1 billion for a controlling stake in Quorvex, then a leading operator.", "Veltraco", "Quorvex", "Daxmoor"), "en", "")
	if len(got) != 1 || got[0].Anaphor || !reflect.DeepEqual(got[0].Parties, []string{"Veltraco", "Quorvex"}) {
		t.Errorf("%+v, want Veltraco buying Quorvex, no one else referred to", got)
	}
	got = Find(sentence("Erst im Juni hatte Veltraco seinen Anteil an Quorvex für 7,3 Milliarden Dollar an Daxmoor verkauft.", "Veltraco", "Quorvex", "Daxmoor"), "de", "")
	if len(got) != 1 || got[0].Type != model.Divestiture {
		t.Errorf("%+v, want a sale", got)
	}
}

// A deal word naming its counterparty after "with" gives the type of the
// deal with that company, whatever else the clause tells.
func TestTypeBoundToItsCounterparty(t *testing.T) {
	got := Find(sentence("Veltraco also announced a deal to provide equipment for city programs and a digital health partnership with Quorvex.", "Veltraco", "Quorvex"), "en", "")
	if len(got) != 1 || got[0].Type != model.Partnership {
		t.Errorf("%+v, want only the partnership with Quorvex", got)
	}
}

// Deals in general ("The licensing deals are a cornerstone") are no deal;
// purchases told in the plural with their target are.
func TestDealsInGeneralAndInThePlural(t *testing.T) {
	if got := Find(sentence("The licensing deals are a cornerstone for Veltraco after it agreed to sell its phone business to Quorvex.", "Veltraco", "Quorvex"), "en", ""); len(got) != 1 || got[0].Type != model.Divestiture {
		t.Errorf("%+v, want only the sale", got)
	}
	got := Find(sentence("Veltraco uses the money to fund research and, in some cases, acquisitions of businesses such as Quorvex, which moved it into health.", "Veltraco", "Quorvex"), "en", "")
	if len(got) != 1 || got[0].Type != model.Acquisition {
		t.Errorf("%+v, want the acquisition of Quorvex", got)
	}
	// a bare plural is deals of a kind, none told
	if got := Find(sentence("Per Veltraco, invece, Quorvex conferma la scelta di crescere attraverso alleanze piuttosto che grandi acquisizioni.", "Veltraco", "Quorvex"), "it", ""); len(got) != 0 {
		t.Errorf("%+v, want no deal", got)
	}
}

// Two sales in one sentence keep their own buyers, and the first keeps
// the price told after the company it names.
func TestTwoSalesOneSentence(t *testing.T) {
	s := sentence("En marzo acordó vender su división, Daxmoor, a la japonesa Quorvex por 3.050 millones de dólares, y en junio pactó la venta de su unidad a las firmas Veltraco y Ostravel.",
		"Daxmoor", "Quorvex", "Veltraco", "Ostravel")
	got := Find(s, "es", "2017-09-07")
	if len(got) != 2 {
		t.Fatalf("%d deals, want 2: %+v", len(got), got)
	}
	if !reflect.DeepEqual(got[0].Parties, []string{"Daxmoor", "Quorvex"}) || got[0].Value == nil || got[0].Value.Value != 3.05e9 {
		t.Errorf("first sale %+v, want Daxmoor to Quorvex for $3.05bn", got[0])
	}
	if !reflect.DeepEqual(got[1].Parties, []string{"Veltraco", "Ostravel"}) {
		t.Errorf("second sale %+v, want to Veltraco and Ostravel", got[1])
	}
}

// Phrases of control, union and entry into the capital in other languages.
func TestMorePhrases(t *testing.T) {
	for _, c := range []struct{ lang, text, typ string }{
		{"it", "Veltraco si è concentrata sull'emittente Quorvex, di cui ha conquistato il controllo a settembre.", model.Acquisition},
		{"fr", "Quant à Veltraco, il avait tenté en 2019 de s'unir à Quorvex.", model.Merger},
		{"it", "Tra gli azionisti figura Veltraco, entrato nel capitale di Quorvex nel 2014 con 800 milioni di euro.", model.Investment},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Type != c.typ {
			t.Errorf("%q: %+v, want one %s", c.text, got, c.typ)
		}
	}
}

// What a company holds, and a deal word used as an adjective, are no deals.
func TestHoldingsAndAdjectives(t *testing.T) {
	for _, text := range []string{
		"Veltraco's 42% stake in Quorvex, the tower company, is not part of the deal.",
		"Veltraco chairman Kumar Birla will be the chairman of the merged entity with Quorvex.",
	} {
		if got := Find(sentence(text, "Veltraco", "Quorvex"), "en", ""); len(got) != 0 {
			t.Errorf("%q: %+v, want no deal", text, got)
		}
	}
}

// A company a listed target owns comes with it, not as a target of its own.
func TestOwnedByATarget(t *testing.T) {
	got := Find(sentence("Il a repris en 2017 Quorvex pour 6,5 milliards d'euros, puis Daxmoor, propriétaire notamment de Ostravel, pour 3,2 milliards de dollars.",
		"Quorvex", "Daxmoor", "Ostravel"), "fr", "")
	if len(got) != 2 || got[0].Parties[len(got[0].Parties)-1] != "Quorvex" || got[1].Parties[len(got[1].Parties)-1] != "Daxmoor" {
		t.Errorf("%+v, want Quorvex and Daxmoor bought at their prices", got)
	}
}

// Rights bought or granted are a licence; an analyst's firm comments on
// a deal and is no party; a rival that buys is the buyer; an exchange
// offer is a bid.
func TestRightsAnalystsRivalsAndExchangeOffers(t *testing.T) {
	got := Find(sentence("Veltraco paid Quorvex $7.15 billion in cash for the perpetual rights to sell its coffee.", "Veltraco", "Quorvex"), "en", "")
	if len(got) != 1 || got[0].Type != model.Licensing {
		t.Errorf("rights: %+v, want a licence", got)
	}
	got = Find(sentence("\"Veltraco buys scale overnight,\" said Martin Yeo, an analyst at Quorvex.", "Veltraco", "Quorvex"), "en", "")
	for _, f := range got {
		if slices.Contains(f.Parties, "Quorvex") {
			t.Errorf("analyst's firm: %+v, want Quorvex no party", got)
		}
	}
	for _, text := range []string{
		// the firm's name as the text writes it, its kind included
		"Hartwig Oellerich vom Bankhaus Quorvex sieht Veltraco im Vorteil: «Der Zukauf ist auf dem Papier teuer.»",
		"„Für Veltraco ist das ein günstiger Zukauf\", urteilt Detlev Ammerbrink vom Bankhaus Quorvex.",
		"Analyst Eckbert Lohmüller vom Bankhaus Quorvex hält den Preis für vertretbar: „Veltraco kauft sich eine Option.\"",
	} {
		for _, f := range Find(sentence(text, "Veltraco", "Bankhaus Quorvex"), "de", "") {
			if slices.Contains(f.Parties, "Bankhaus Quorvex") {
				t.Errorf("%s: %+v, want Quorvex no party", text, f)
			}
		}
	}
	got = Find(sentence("Quorvex sera racheté par son grand rival Veltraco pour 3 milliards de francs.", "Veltraco", "Quorvex"), "fr", "")
	if len(got) != 1 || len(got[0].Parties) != 2 {
		t.Errorf("rival buyer: %+v, want Veltraco buying Quorvex", got)
	}
	got = Find(sentence("Veltraco ha rinunciato all'offerta pubblica di scambio su Quorvex.", "Veltraco", "Quorvex"), "it", "")
	if len(got) != 1 || got[0].Type != model.Acquisition || got[0].Status != model.Failed {
		t.Errorf("exchange offer: %+v, want a failed acquisition", got)
	}
}

// A passive names who buys after its auxiliary, "da" included in Italian;
// an item of a list of purchases names only what was bought.
func TestPassivesAndListItems(t *testing.T) {
	got := Find(sentence("Dopo due anni di battaglie, Quorvex è stata acquisita da Veltraco.", "Veltraco", "Quorvex"), "it", "")
	if len(got) != 1 || got[0].Buyer != "Veltraco" {
		t.Errorf("passive: %+v, want Veltraco buying", got)
	}
	got = Find(sentence("Quorvex Media, the parent of Daxmoor Softworks, acquired for $7.5 billion in 2021.", "Quorvex", "Daxmoor"), "en", "")
	if len(got) != 1 || !got[0].Anaphor || !reflect.DeepEqual(got[0].Parties, []string{"Quorvex"}) || got[0].Buyer != "" {
		t.Errorf("list item: %+v, want Quorvex bought by the company the text is about", got)
	}
}

// A quoted opinion on a deal states none; a quoted press release in the
// third person may.
func TestQuotedOpinions(t *testing.T) {
	if got := Find(sentence("“Coffee is where Veltraco can grow, and this deal buys it Quorvex's scale,” said Martin Yeo, an analyst.", "Veltraco", "Quorvex"), "en", ""); len(got) != 0 {
		t.Errorf("opinion: %+v, want no deal", got)
	}
	if got := Find(sentence("“Likewise, Quorvex plans to acquire shares in Veltraco equivalent to 48 billion yen.", "Veltraco", "Quorvex"), "en", ""); len(got) != 1 {
		t.Errorf("press release: %+v, want the purchase", got)
	}
}

// A stake built, with a sale mentioned later in an English clause, is an
// investment; a German verb at the end sells the stake before it.
func TestStakeThenSaleInEnglish(t *testing.T) {
	got := Find(sentence("Veltraco built a stake of about 2% in Quorvex last year and has pushed it to sell itself.", "Veltraco", "Quorvex"), "en", "")
	if len(got) != 1 || got[0].Type != model.Investment {
		t.Errorf("%+v, want an investment", got)
	}
}

// French "il" opening a clause with no company before it is the company the
// text is about.
func TestFrenchSubjectPronoun(t *testing.T) {
	got := Find(sentence("En décembre, il a racheté le canadien Quorvex pour 2,3 milliards de dollars.", "Quorvex"), "fr", "")
	if len(got) != 1 || !got[0].Anaphor {
		t.Errorf("%+v, want Quorvex bought by the company referred to", got)
	}
}

// Selling goods is trade, not a divestiture; a company's name made of
// goods words is a name; an owner named to say who a bidder is, and brands
// named as what a maker makes, are no parties.
func TestGoodsOwnersAndBrands(t *testing.T) {
	if got := Find(sentence("Daxmoor sells more trains each year than Veltraco and Quorvex combined.", "Daxmoor", "Veltraco", "Quorvex"), "en", ""); len(got) != 0 {
		t.Errorf("trade: %+v, want no deal", got)
	}
	chip := sentence("Quorvex walked away from its $44 billion takeover of Veltraco Semiconductors after failing to win approval.", "Quorvex", "Veltraco")
	chip.Mentions[1].To++ // "Veltraco Semiconductors" is one name
	got := Find(chip, "en", "")
	if len(got) != 1 || got[0].Type != model.Acquisition {
		t.Errorf("takeover of a chipmaker: %+v, want an acquisition", got)
	}
	s := sentence("Quorvex, the internet investor controlled by South Africa's Daxmoor, has abandoned its hostile bid for Veltraco.", "Quorvex", "Daxmoor", "Veltraco")
	for _, f := range Find(s, "en", "") {
		if slices.Contains(f.Parties, "Daxmoor") {
			t.Errorf("owner: %+v, want Daxmoor no party", f)
		}
	}
}

// Two deals in one sentence: the measure of another ("since it bought"),
// a bid abandoned for another's takeover; a quotation ended by its
// speaker is an opinion; an owner after "controllata dalla" is no party.
func TestMoreOfOneSentence(t *testing.T) {
	got := Find(sentence("Veltraco has agreed to acquire Quorvex, the cancer biotech, in its biggest purchase since it bought Daxmoor in 2009.", "Veltraco", "Quorvex", "Daxmoor"), "en", "")
	if len(got) != 2 || !reflect.DeepEqual(got[1].Parties, []string{"Veltraco", "Daxmoor"}) || got[1].Date != "2009" {
		t.Errorf("since: %+v, want the purchase and Veltraco's 2009 one", got)
	}
	got = Find(sentence("Veltraco, the internet investor, has abandoned its hostile bid for Quorvex, clearing the way for Daxmoor to complete its takeover of the British company.", "Veltraco", "Quorvex", "Daxmoor"), "en", "")
	if len(got) == 0 || !reflect.DeepEqual(got[0].Parties, []string{"Veltraco", "Quorvex"}) {
		t.Errorf("bid for: %+v, want Veltraco's bid for Quorvex first", got)
	}
	if got := Find(sentence("La scission devrait révéler la valeur de Quorvex », note Bastien Loiseau, gérant chez Veltraco.", "Veltraco", "Quorvex"), "fr", ""); len(got) != 0 {
		t.Errorf("quotation: %+v, want no deal", got)
	}
	got = Find(sentence("A ottobre Quorvex, controllata dalla sudafricana Daxmoor, aveva lanciato un'offerta ostile su Veltraco.", "Veltraco", "Quorvex", "Daxmoor"), "it", "")
	for _, f := range got {
		if slices.Contains(f.Parties, "Daxmoor") {
			t.Errorf("owner: %+v, want Daxmoor no party", got)
		}
	}
}

// A list of purchases whose buyer opens the sentence before a comma; a
// goods word describing a company is no goods; a rival bid for is the
// target; compensation is no price.
func TestListsProducersRivalsCompensation(t *testing.T) {
	got := Find(sentence("Quorvex, for its part, bought Daxmoor for $4.5 billion and Ostravel for $6.4 billion as it grew.", "Quorvex", "Daxmoor", "Ostravel"), "en", "")
	if len(got) != 2 || got[0].Buyer != "Quorvex" || got[1].Buyer != "Quorvex" {
		t.Errorf("list: %+v, want Quorvex buying both", got)
	}
	got = Find(sentence("Veltraco paid $41 billion for natural gas producer Quorvex in 2010.", "Veltraco", "Quorvex"), "en", "")
	if len(got) != 1 || got[0].Type != model.Acquisition {
		t.Errorf("producer: %+v, want an acquisition", got)
	}
	got = Find(sentence("Veltraco has made an unsolicited all-share offer for smaller rival Quorvex.", "Veltraco", "Quorvex"), "en", "")
	if len(got) != 1 || len(got[0].Parties) != 2 {
		t.Errorf("rival bid for: %+v, want Veltraco and Quorvex", got)
	}
	got = Find(sentence("Gemäss Vertrag muss Veltraco an Quorvex eine Entschädigung von 50 Millionen Franken bezahlen.", "Veltraco", "Quorvex"), "de", "")
	for _, f := range got {
		if f.Value != nil {
			t.Errorf("compensation: %+v, want no price", f)
		}
	}
}

// A sentence that only prices the deal told before it points back and
// says what something was worth; naming a company or pointing at nothing
// is something else.
func TestValueOfPrevious(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       float64
	}{
		{"en", "That offer was worth £11.7bn and was held up for a year.", 11.7e9},
		{"fr", "Elle portait sur 2,8 milliards de dollars.", 2.8e9},
		{"fr", "Il avait déboursé 2,7 milliards de dollars d'entrée pour cette opération.", 2.7e9},
		{"it", "L'operazione valeva 5 miliardi di euro.", 5e9},
		{"de", "Die Mexikaner bieten 260 Franken in bar pro Titel, was den Detailhändler mit rund 1,1 Milliarden Franken bewertet.", 1.1e9},
		// "the price", whatever its verb
		{"it", "Il prezzo può arrivare a 21,2 miliardi di euro, earn-out compreso.", 21.2e9},
		{"en", "The price could reach 21.2 billion euros including an earn-out.", 21.2e9},
		{"en", "The price tag for the new plant is $2 billion.", 0},
		{"en", "The price of copper rose to $9,000 a tonne on Monday.", 0},
		{"en", "The shares were worth $3bn at the close.", 0},
		{"en", "That offer was turned down by $2bn of shareholders.", 0},
	} {
		v, ok := ValueOfPrevious(sentence(c.text), c.lang)
		switch {
		case c.want == 0 && ok:
			t.Errorf("%q: read %+v, want nothing", c.text, v)
		case c.want != 0 && (!ok || v.Value != c.want):
			t.Errorf("%q: read %+v, want %v", c.text, v, c.want)
		}
	}
	if _, ok := ValueOfPrevious(sentence("That deal valued Veltraco at $5bn.", "Veltraco"), "en"); ok {
		t.Error("a sentence naming a company was read as the price of the one before")
	}
}

// A quotation standing alone is the words of whoever the sentence beside
// it names: an analyst's opinion states no deal.
func TestQuotationBesideItsSpeaker(t *testing.T) {
	s := sentence("„Veltraco wird ein Geschäft los, ohne es unter Wert an Quorvex zu verkaufen.“", "Veltraco", "Quorvex")
	if got := Find(s, "de", ""); len(got) == 0 {
		t.Fatal("without a speaker beside it, the quotation should be read as it stands")
	}
	s.Before = segment.Tokens("„Das ist elegant“, sagt Jörg Wendland, Pharmaanalyst beim Bankhaus Hohenfels.")
	if got := Find(s, "de", ""); len(got) != 0 {
		t.Errorf("an analyst's quotation read as a deal: %+v", got)
	}
}

// A sentence whose only deal word names a side tells no deal of its own.
func TestSideNamedNoDeal(t *testing.T) {
	for _, text := range []string{
		"VMware shareholders could choose between cash and Quorvex stock, and the buyer also agreed to take on VMware's debt.",
		"All of us at Veltraco are humbled to welcome Quorvex as our long-term partner.",
	} {
		if got := Find(sentence(text, "VMware", "Quorvex", "Veltraco"), "en", ""); len(got) != 0 {
			t.Errorf("%q: found %+v", text, got)
		}
	}
}

// A clause without a date of its own does not take the date of another
// clause that tells another deal.
func TestDateOfAnotherClauseIsNotTaken(t *testing.T) {
	got := Find(sentence("Veltraco has agreed to acquire Quorvex, in its biggest purchase since it bought Daxmoor in 2009.", "Veltraco", "Quorvex", "Daxmoor"), "en", "2023-03-13")
	for _, f := range got {
		if slices.Contains(f.Parties, "Quorvex") && f.Date == "2009" {
			t.Errorf("the purchase of Quorvex dated by the Daxmoor clause: %+v", f)
		}
	}
}

// Debt raised to pay is no price; a price including debt is one.
func TestBorrowedIsNoPrice(t *testing.T) {
	if got := dealAmounts("The drugmaker plans to fund most of the purchase with about $31 billion of new long-term debt.", "en"); len(got) != 0 {
		t.Errorf("debt read as a price: %+v", got)
	}
	got := dealAmounts("Einschließlich rund 977 Millionen Dollar Schulden, die der Käufer übernimmt, beläuft sich der Transaktionswert auf etwa 2,7 Milliarden Dollar.", "de")
	if len(got) != 1 || got[0].Value != 2.7e9 {
		t.Errorf("German debt before its noun read as a price: %+v", got)
	}
	for _, text := range []string{"Veltraco will pay about $43 billion including debt.", "Veltraco will pay about $43 billion, including fees and debt."} {
		if got := dealAmounts(text, "en"); len(got) != 1 {
			t.Errorf("%q: a price including debt not read: %+v", text, got)
		}
	}
	// the debt named before the word that includes it
	for _, c := range []struct{ lang, text string }{
		{"it", "Veltraco ha comprato Quorvex per 6,4 miliardi di dollari debito incluso."},
		{"es", "Veltraco compró Quorvex por 6.400 millones de dólares, deuda incluida."},
		{"fr", "Veltraco a racheté Quorvex pour 6,4 milliards de dollars dette comprise."},
	} {
		if got := dealAmounts(c.text, c.lang); len(got) != 1 || got[0].Value != 6.4e9 {
			t.Errorf("%q: a price including debt not read: %+v", c.text, got)
		}
	}
	if got := dealAmounts("Veltraco ha emesso 6,4 miliardi di dollari di debito per finanziare l'acquisto.", "it"); len(got) != 0 {
		t.Errorf("debt raised read as a price: %+v", got)
	}
}

// What a company takes in a year is its size, not a price.
func TestRevenueIsNoPrice(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Für das Unternehmen mit rund 394 Milliarden Dollar Jahresumsatz ist das ein Risiko."},
		{"en", "Veltraco, with $12 billion in annual revenue, is the larger side."},
		{"it", "Il gruppo, con 2 miliardi di euro di fatturato, cerca un partner."},
		{"fr", "Le groupe, qui réalise 3 milliards d'euros de chiffre d'affaires, cherche un partenaire."},
		// what businesses bill, told with the verb
		{"es", "Quorvex se deshace así de plantas que facturan unos 60 millones de dólares anuales."},
		{"it", "Quorvex cede così impianti che fatturano circa 60 milioni di dollari l'anno."},
	} {
		if got := dealAmounts(c.text, c.lang); len(got) != 0 {
			t.Errorf("%q: revenue read as a price: %+v", c.text, got)
		}
	}
	if got := dealAmounts("Veltraco will pay $2 billion for Quorvex, which had $900 million in sales.", "en"); len(got) != 1 || got[0].Value != 2e9 {
		t.Errorf("price beside revenue: %+v, want only $2 billion", got)
	}
}

// A capital increase raising money to pay is no price; one the buyer
// subscribes to is the price of its stake.
func TestCapitalIncreaseAsPrice(t *testing.T) {
	if got := dealAmounts("Veltraco will finance the purchase with a capital increase of $19 billion.", "en"); len(got) != 0 {
		t.Errorf("financing read as a price: %+v", got)
	}
	if got := dealAmounts("Lufthansa entra con il 41% di ITA sottoscrivendo un aumento di capitale riservato da 325 milioni di euro.", "it"); len(got) != 1 {
		t.Errorf("a subscribed capital increase not read as the price: %+v", got)
	}
}

// One euro is the symbolic price of a rescue, not too small to be a price.
func TestSymbolicPrice(t *testing.T) {
	got := dealAmounts("En 2017 Veltraco compró Quorvex por un euro.", "es")
	if len(got) != 1 || got[0].Value != 1 || got[0].Currency != "EUR" {
		t.Errorf("amounts %+v, want one euro", got)
	}
	if got := dealAmounts("The fee is $9.99 a month.", "en"); len(got) != 0 {
		t.Errorf("a small fee read as a price: %+v", got)
	}
	if got := dealAmounts("It sold Quorvex to Hilco for a nominal £1.", "en"); len(got) != 1 || got[0].Value != 1 {
		t.Errorf("amounts %+v, want the nominal pound", got)
	}
	if got := dealAmounts("La compañía, cuyas tiendas venden todo a un dólar, acordó comprar Quorvex.", "es"); len(got) != 0 {
		t.Errorf("the price of goods read as a deal's: %+v", got)
	}
}

// A date a deal runs until is not the date it was made.
func TestDateUntilIsNoDealDate(t *testing.T) {
	for _, f := range Find(sentence("Veltraco extended its partnership with Quorvex until at least December 2028.", "Veltraco", "Quorvex"), "en", "2023-09-25") {
		if strings.HasPrefix(f.Date, "2028") {
			t.Errorf("deal dated by its end: %+v", f)
		}
	}
}

// "El grupo", "il gruppo", "le groupe" selling what it names: the seller
// is the company the article is about, told by the sentences around.
func TestGroupSubjectSells(t *testing.T) {
	got := Find(sentence("En diciembre, el grupo acordó vender su filial japonesa Quorvex a Daxmoor por 2.100 millones de euros.", "Quorvex", "Daxmoor"), "es", "2020-04-22")
	if len(got) != 1 || !got[0].Anaphor {
		t.Errorf("deals %+v, want one whose seller is the group referred to", got)
	}
}

// "it" after the company a sentence opened with is that company, even when
// the clause before it tells no deal.
func TestItIsTheCompanyTheSentenceOpenedWith(t *testing.T) {
	got := Find(sentence("Veltraco has owned Quorvex since 2012, when it bought the house from the private equity firm Daxmoor.", "Veltraco", "Quorvex", "Daxmoor"), "en", "2023-07-27")
	if len(got) != 1 || got[0].Anaphor || got[0].Buyer != "Veltraco" {
		t.Errorf("found %+v, want Veltraco buying, no company guessed", got)
	}
}

// An option to buy is a right for later, not a deal.
func TestOptionIsNoDeal(t *testing.T) {
	for _, s := range []Sentence{
		sentence("The agreement gives Veltraco an option to acquire the remaining 70 per cent of Quorvex no later than 2028.", "Veltraco", "Quorvex"),
		sentence("The agreement gives the Paris-based group an option to acquire the remaining 70 per cent of the fashion house no later than 2028."),
	} {
		for _, f := range Find(s, "en", "2023-07-27") {
			if f.Type == model.Acquisition {
				t.Errorf("%q: found %+v", s.Text, f)
			}
		}
	}
	// what the option buys is the option's too
	if got := Find(sentence("Veltraco will hold an option to buy back a 15 percent stake in Quorvex within three years.", "Veltraco", "Quorvex"), "en", ""); len(got) != 0 {
		t.Errorf("an option to buy a stake: found %+v", got)
	}
}

// German "er" before the deal word stands for the company the text is
// about (der Konzern, der Investor), which buys.
func TestGermanErIsTheCompanyBefore(t *testing.T) {
	got := Find(sentence("Der Konzern arbeitet an eigenen Chips, seit er die Modemsparte von Quorvex übernommen hat.", "Quorvex"), "de", "2023-07-27")
	if len(got) != 1 || !got[0].Anaphor || got[0].Type != model.Acquisition {
		t.Errorf("found %+v, want a purchase from Quorvex by the company before", got)
	}
	got = Find(sentence("2013 hatte er die Lackharzsparte des Konzerns Quorvex übernommen und unter dem Namen Daxmoor verselbständigt.", "Quorvex", "Daxmoor"), "de", "2023-07-27")
	if len(got) != 1 || !got[0].Anaphor || got[0].Buyer != "" {
		t.Errorf("found %+v, want the company before as buyer, not one named", got)
	}
}

// The firm of a person quoted on the deal comments on it; it is no party.
func TestQuotedPersonsFirmIsNoParty(t *testing.T) {
	got := Find(sentence("«Veltraco paga poco e si prende il mercato più ricco d'Europa», commenta Davide Ferrante di Quorvex.", "Veltraco", "Quorvex"), "it", "2023-07-27")
	for _, f := range got {
		if slices.Contains(f.Parties, "Quorvex") {
			t.Errorf("found %+v: Quorvex employs the commentator", f)
		}
	}
	// without a quotation, "Milliarden Euro von Quorvex" names the seller
	got = Find(sentence("Veltraco hatte die Sparte für 3,17 Milliarden Euro von Quorvex übernommen.", "Veltraco", "Quorvex"), "de", "2023-07-27")
	if len(got) != 1 || !slices.Contains(got[0].Parties, "Quorvex") {
		t.Errorf("found %+v, want Quorvex selling", got)
	}
}

// An offer from a company is its bid to buy: who offers buys.
func TestOfferFromIsABid(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		companies  []string
		buyer      string
	}{
		{"en", "Veltraco had earlier agreed to a $2.84 billion offer from Quorvex, but it terminated that deal.", []string{"Veltraco", "Quorvex"}, "Quorvex"},
		{"en", "The directors of Veltraco are recommending a final offer from a consortium led by Quorvex.", []string{"Veltraco", "Quorvex"}, "Quorvex"},
		{"es", "Veltraco aceptó ayer la oferta definitiva de un consorcio liderado por Quorvex.", []string{"Veltraco", "Quorvex"}, "Quorvex"},
		{"es", "Veltraco rechazó en 2014 una oferta de compra de Quorvex valorada en 69.000 millones de libras.", []string{"Veltraco", "Quorvex"}, "Quorvex"},
	} {
		got := Find(sentence(c.text, c.companies...), c.lang, "2024-08-09")
		if len(got) != 1 || got[0].Type != model.Acquisition || got[0].Buyer != c.buyer {
			t.Errorf("%q: found %+v, want a purchase by %s", c.text, got, c.buyer)
		}
	}
}

// What one sentence tells around its deal word: a list of parties past a
// comma, a recipient after the description of what is sold, a payment that
// settles patents, a payment that prices the joint venture told beside it.
func TestSentenceToldAroundTheDealWord(t *testing.T) {
	for _, c := range []struct {
		text      string
		companies []string
		typ       string
		parties   []string
		buyer     string
		value     float64
	}{
		{"Daxmoor was formed in 2002 by the merger of Veltraco, Quorvex and Ostravel.", []string{"Daxmoor", "Veltraco", "Quorvex", "Ostravel"},
			model.Merger, []string{"Daxmoor", "Veltraco", "Quorvex", "Ostravel"}, "", 0},
		{"Veltraco sold its 58% stake in Millbrook, its joint venture with Quorvex, to Quorvex for $12 billion.", []string{"Veltraco", "Millbrook", "Quorvex"},
			model.Divestiture, []string{"Veltraco", "Millbrook", "Quorvex"}, "Quorvex", 12e9},
		{"Quorvex agreed to pay Veltraco $750 million to settle all patent litigation between the two companies.", []string{"Quorvex", "Veltraco"},
			model.Licensing, []string{"Quorvex", "Veltraco"}, "", 7.5e8},
		{"Veltraco and Quorvex agreed to combine their mines in a joint venture, with Veltraco paying Quorvex $5.8 billion to equalise the stakes.", []string{"Veltraco", "Quorvex"},
			model.JointVenture, []string{"Veltraco", "Quorvex"}, "", 5.8e9},
	} {
		got := Find(sentence(c.text, c.companies...), "en", "2024-08-09")
		if len(got) != 1 {
			t.Errorf("%q: %d deals, want 1: %+v", c.text, len(got), got)
			continue
		}
		f := got[0]
		value := 0.0
		if f.Value != nil {
			value = f.Value.Value
		}
		if f.Type != c.typ || !reflect.DeepEqual(f.Parties, c.parties) || c.buyer != "" && f.Buyer != c.buyer || value != c.value {
			t.Errorf("%q:\n got %s %q buyer %q value %v\nwant %s %q buyer %q value %v", c.text, f.Type, f.Parties, f.Buyer, value, c.typ, c.parties, c.buyer, c.value)
		}
	}
}

// A unit floated on the stock market is divested: its parent and the
// company it became are the parties; a company said to stay listed is not.
func TestUnitFloatedIsDivested(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "En 2016, Veltraco avait introduit en Bourse sa division éclairage, devenue depuis Quorvex."},
		{"de", "Veltraco hat 2019 seine Chemiesparte Quorvex an die Börse gebracht."},
		{"en", "Its pulp and paper operations were demerged from Veltraco and listed separately as Quorvex."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Type != model.Divestiture || !reflect.DeepEqual(got[0].Parties, []string{"Veltraco", "Quorvex"}) {
			t.Errorf("%q: %+v, want Veltraco divesting Quorvex", c.text, got)
		}
	}
	if got := Find(sentence("Quorvex will remain a separately listed company, Veltraco said.", "Veltraco", "Quorvex"), "en", ""); len(got) != 0 {
		t.Errorf("a company staying listed read as a deal: %+v", got)
	}
}

// "The two" after a deal are its sides, in a deal of their own, which
// the price of the first does not become.
func TestTheTwoAfterADealAreItsSides(t *testing.T) {
	got := Find(sentence("Last year Veltraco took a 4.99% stake in Quorvex for about $700 million, and the two are jointly developing models for China.", "Veltraco", "Quorvex"), "en", "")
	if len(got) != 2 || got[0].Type != model.Investment || got[0].Value == nil || got[1].Type != model.Partnership || got[1].Value != nil ||
		!reflect.DeepEqual(got[1].Parties, []string{"Veltraco", "Quorvex"}) {
		t.Errorf("stake then joint work: %+v, want a priced stake and an unpriced partnership", got)
	}
	got = Find(sentence("In December Veltraco agreed to sell Daxmoor, its Japanese unit, to Quorvex for about ¥250bn, while the two companies also formed a strategic alliance in trucks.", "Veltraco", "Quorvex", "Daxmoor"), "en", "")
	if len(got) != 2 || got[1].Type != model.Partnership || !reflect.DeepEqual(got[1].Parties, []string{"Veltraco", "Quorvex"}) {
		t.Errorf("sale then alliance: %+v, want the alliance between seller and buyer", got)
	}
}

// A supply chain is how goods flow, not a supply deal; a supply deal is one.
func TestSupplyChainIsNoDeal(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco's chief said the company wants to control more of the supply chain with Quorvex's help."},
		{"es", "El consejero delegado de Veltraco explicó que la compañía quiere controlar la cadena de suministro, como Quorvex."},
		{"de", "Veltraco und Quorvex wollen ihre Lieferketten in Europa stärken."},
	} {
		if got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, ""); len(got) != 0 {
			t.Errorf("%q: %+v, want no deal", c.text, got)
		}
	}
	if got := Find(sentence("Veltraco signed a long-term supply deal with Quorvex.", "Veltraco", "Quorvex"), "en", ""); len(got) != 1 || got[0].Type != model.Supply {
		t.Errorf("supply deal: %+v", got)
	}
}

// Deals told in the future tense of the Romance languages.
func TestFutureTenses(t *testing.T) {
	for _, c := range []struct{ lang, text, typ string }{
		{"es", "Veltraco comprará Quorvex por 3.400 millones de euros.", model.Acquisition},
		{"it", "Veltraco acquisirà Quorvex per 3,4 miliardi di euro.", model.Acquisition},
		{"fr", "Veltraco achètera Quorvex pour 3,4 milliards d'euros.", model.Acquisition},
		{"it", "Veltraco cederà Quorvex al fondo Daxmoor.", model.Divestiture},
		{"es", "Veltraco invertirá 500 millones de euros en Quorvex.", model.Investment},
		{"de", "Veltraco hat seinen Anteil an Quorvex auf 30 Prozent aufgestockt.", model.Investment},
		{"it", "Veltraco aveva già puntato sullo streaming acquistando Quorvex nel 2012 per 380 milioni di dollari.", model.Acquisition},
		{"es", "Veltraco creció adquiriendo Quorvex en 2012.", model.Acquisition},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Daxmoor"), c.lang, "")
		if len(got) != 1 || got[0].Type != c.typ {
			t.Errorf("%q: %+v, want one %s", c.text, got, c.typ)
		}
	}
}

// "A series of acquisitions" is many deals, none told.
func TestSeriesOfDealsIsNone(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco's bid follows a series of international acquisitions by the drug-maker as it seeks to rival Quorvex."},
		{"it", "Veltraco ha concluso una serie di acquisizioni negli Stati Uniti, come Quorvex prima di lei."},
	} {
		if got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, ""); len(got) != 0 {
			t.Errorf("%q: %+v, want none", c.text, got)
		}
	}
}

// An offer closing with two thirds of the capital is a takeover; an
// unsolicited offer is proposed, not failed.
func TestTwoThirdsAndUnsolicitedOffers(t *testing.T) {
	got := Find(sentence("L'offerta pubblica di acquisto e scambio lanciata da Veltraco su Quorvex si è chiusa ieri con adesioni superiori ai due terzi del capitale.", "Veltraco", "Quorvex"), "it", "")
	if len(got) != 1 || got[0].Type != model.Acquisition {
		t.Errorf("two thirds: %+v, want an acquisition", got)
	}
	got = Find(sentence("Veltraco has made an unsolicited all-share offer for smaller rival Quorvex.", "Veltraco", "Quorvex"), "en", "")
	if len(got) != 1 || got[0].Status != model.Proposed {
		t.Errorf("unsolicited: %+v, want a proposed deal", got)
	}
}

// "Für X zahlte Y ..., für Z ...": each company paid for with its price,
// the payer right after the verb.
func TestEachPaidForFirst(t *testing.T) {
	got := Find(sentence("Für Quorvex zahlte Veltraco 2018 rund 18,9 Milliarden Dollar, für das Firmenkundengeschäft von Daxmoor ein Jahr später 10,7 Milliarden Dollar.", "Veltraco", "Quorvex", "Daxmoor"), "de", "")
	if len(got) != 2 || got[0].Buyer != "Veltraco" || got[1].Buyer != "Veltraco" || got[0].Value.Value != 18.9e9 || got[1].Value.Value != 10.7e9 ||
		!slices.Contains(got[1].Parties, "Daxmoor") {
		t.Errorf("%+v, want Veltraco paying for Quorvex and for Daxmoor's unit", got)
	}
	got = Find(sentence("Für Quorvex zahlte der Konzern 2018 rund 18,9 Milliarden Dollar, für das Firmenkundengeschäft von Daxmoor ein Jahr später 10,7 Milliarden Dollar.", "Quorvex", "Daxmoor"), "de", "")
	if len(got) != 2 || !got[0].Anaphor || !reflect.DeepEqual(got[0].Parties, []string{"Quorvex"}) || !reflect.DeepEqual(got[1].Parties, []string{"Daxmoor"}) {
		t.Errorf("%+v, want two purchases by the company referred to", got)
	}
}

// "a racheté X en 2012, puis Y en 2017 pour 190 millions": each company
// bought in its own year is its own purchase, the price going with the one
// it follows; one year for both is one purchase of two.
func TestEachBoughtInItsYear(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Veltraco a racheté le boulanger allemand Quorvex en 2012, puis la chaîne Daxmoor en 2017 pour 190 millions d'euros."},
		{"en", "Veltraco bought Quorvex in 2012 and Daxmoor in 2017 for $190 million."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Daxmoor"), c.lang, "")
		if len(got) != 2 || !reflect.DeepEqual(got[0].Parties, []string{"Veltraco", "Quorvex"}) || got[0].Date != "2012" || got[0].Value != nil ||
			!reflect.DeepEqual(got[1].Parties, []string{"Veltraco", "Daxmoor"}) || got[1].Date != "2017" || got[1].Value == nil || got[1].Value.Value != 190e6 {
			t.Errorf("%s: %+v, want Quorvex in 2012 and Daxmoor in 2017 for 190 million", c.lang, got)
		}
	}
	got := Find(sentence("Veltraco bought Quorvex and Daxmoor in 2017 for $190 million.", "Veltraco", "Quorvex", "Daxmoor"), "en", "")
	if len(got) != 1 {
		t.Errorf("one year for both: %+v, want one purchase", got)
	}
}

// A clause that goes on without a subject of its own is the sentence
// subject's deal: "X sold A to B ..., sold its Norwegian arm to C ...".
// A deal noun joined by "e la" is a clause of its own.
func TestElidedSubjectActsAgain(t *testing.T) {
	got := Find(sentence("Veltraco sold Brindle to state bank Quorvex in 2013 for $3.55 billion, sold its Norwegian operation to Kelmora the following year for SEK 5.1 billion.",
		"Veltraco", "Brindle", "Quorvex", "Kelmora"), "en", "")
	if len(got) != 2 || !reflect.DeepEqual(got[1].Parties, []string{"Veltraco", "Kelmora"}) || got[1].Type != model.Divestiture || got[1].Value == nil || got[1].Value.Currency != "SEK" {
		t.Errorf("%+v, want Veltraco selling to Kelmora for SEK 5.1bn", got)
	}
	got = Find(sentence("A maggio Veltraco ha rilevato Kelmora per 785 milioni di sterline; a settembre ha concordato l'acquisto dell'americana Brindle per 7,6 miliardi di dollari e la cessione a Quorvex della sua metà di Daxmoor per 3 miliardi di euro.",
		"Veltraco", "Kelmora", "Brindle", "Quorvex", "Daxmoor"), "it", "")
	// the half sold in the next clause makes no venture of the purchase
	if len(got) != 3 || !reflect.DeepEqual(got[1].Parties, []string{"Veltraco", "Brindle"}) || got[1].Type != model.Acquisition || got[1].Value == nil || got[1].Value.Value != 7.6e9 ||
		got[2].Type != model.Divestiture || !slices.Contains(got[2].Parties, "Quorvex") || !slices.Contains(got[2].Parties, "Daxmoor") || got[2].Value == nil || got[2].Value.Value != 3e9 {
		t.Errorf("%+v, want three deals: Kelmora, Brindle by Veltraco, Daxmoor to Quorvex", got)
	}
	// what a deal includes is no deal of the subject's
	got = Find(sentence("Veltraco agreed to buy most of Kelmora's entertainment assets for $71.3 billion, stake in Brindle included.", "Veltraco", "Kelmora", "Brindle"), "en", "")
	for _, f := range got {
		if slices.Contains(f.Parties, "Brindle") && f.Type == model.Investment {
			t.Errorf("%+v: the stake a deal includes read as a deal", got)
		}
	}
}

// A second price written without its currency takes the first's.
func TestSecondPriceWithoutCurrency(t *testing.T) {
	got := Find(sentence("Veltraco ha pagato 18,9 miliardi di dollari per Quorvex nel 2018 e 10,7 miliardi per la divisione di Daxmoor un anno dopo.", "Veltraco", "Quorvex", "Daxmoor"), "it", "")
	if len(got) != 2 || got[1].Value == nil || got[1].Value.Value != 10.7e9 || got[1].Value.Currency != "USD" {
		t.Errorf("%+v, want the second purchase at 10.7bn dollars", got)
	}
}

// "Käufer ist der Chemiekonzern X", "X is the seller": one side of the
// deal told before, with the price the sentence gives; "X was a serial
// buyer" describes, it names no side.
func TestSideOfPrevious(t *testing.T) {
	side, ok := SideOfPrevious(sentence("Verkäufer ist der Finanzinvestor Quorvex, der Kaufpreis liegt bei 625 Millionen Dollar.", "Quorvex"), "de")
	if !ok || side.Company != "Quorvex" || side.Buyer || side.Value == nil || side.Value.Value != 625e6 {
		t.Errorf("seller: %+v %v", side, ok)
	}
	side, ok = SideOfPrevious(sentence("Quorvex is the buyer, the companies said.", "Quorvex"), "en")
	if !ok || side.Company != "Quorvex" || !side.Buyer {
		t.Errorf("buyer: %+v %v", side, ok)
	}
	side, ok = SideOfPrevious(sentence("The buyer of the two units is the Chinese group Quorvex.", "Quorvex"), "en")
	if !ok || side.Company != "Quorvex" || !side.Buyer {
		t.Errorf("buyer after an of-phrase: %+v %v", side, ok)
	}
	if side, ok := SideOfPrevious(sentence("Quorvex was a serial buyer in its own right.", "Quorvex"), "en"); ok {
		t.Errorf("a description read as a side: %+v", side)
	}
}

// A deal valuing a business gives the deal's value; a stake valuing a
// company gives the company's.
func TestDealValuingIsItsValue(t *testing.T) {
	if got := dealAmounts("Daxmoor agreed to buy Quorvex in a deal valuing the business at £2.1bn including debt.", "en"); len(got) != 1 {
		t.Errorf("deal valuing: %+v, want the value", got)
	}
	if got := dealAmounts("This investment by Veltraco values Quorvex at $65.95 billion.", "en"); len(got) != 0 {
		t.Errorf("company valued: %+v, want none", got)
	}
}

// A cross-shareholding: the first clause's other side is who buys in
// return.
func TestCrossShareholdingInReturn(t *testing.T) {
	got := Find(sentence("Veltraco plant 24 Mio. Stammaktien (4,94 %) in einem Wert von 96 Mrd. Yen zu erwerben, während im Gegenzug Quorvex Veltraco-Anteile im Wert von 48 Mrd. Yen kauft.", "Veltraco", "Quorvex"), "de", "")
	if len(got) != 2 || got[0].Buyer != "Veltraco" || got[0].Value.Value != 96e9 || !slices.Contains(got[0].Parties, "Quorvex") ||
		got[1].Buyer != "Quorvex" || got[1].Value.Value != 48e9 {
		t.Errorf("%+v, want Veltraco's ¥96bn stake in Quorvex and Quorvex's ¥48bn in Veltraco", got)
	}
}

// The subject a later "it" in a list of deals stands for opens the
// sentence before its first deal word; what that word is of is an object.
func TestListOfSalesKeepsItsSubject(t *testing.T) {
	s := sentence("The Swedish group sold Quorvex to Daxmoor in 2013 for $3.55 billion, and in 2014 it sold its Norwegian operation to Ostravel for SEK 5.1 billion.", "Quorvex", "Daxmoor", "Ostravel")
	got := Find(s, "en", "")
	for _, f := range got {
		if slices.Contains(f.Parties, "Ostravel") && slices.Contains(f.Parties, "Quorvex") {
			t.Errorf("%+v: the unit sold first is no seller of the second sale", f)
		}
	}
}

// "¥22 billion each" is what each side pays; "$45 each" is per share. A
// share swap is a stake.
func TestEachSideAndShareSwaps(t *testing.T) {
	if got := dealAmounts("The two companies will swap shares worth about ¥22 billion each.", "en"); len(got) != 1 {
		t.Errorf("each side: %+v, want the amount", got)
	}
	if got := dealAmounts("Holders get $45 each in cash.", "en"); len(got) != 0 {
		t.Errorf("per share: %+v, want none", got)
	}
	got := Find(sentence("Veltraco and Quorvex will swap shares worth about ¥22 billion each.", "Veltraco", "Quorvex"), "en", "")
	if len(got) != 1 || got[0].Type != model.Investment {
		t.Errorf("share swap: %+v, want a stake", got)
	}
}

// A subject cut off by an apposition is what "a takeover by X" takes
// over; who acts "together with" another stands before it.
func TestTargetBeforeAgentAndPartnersTogether(t *testing.T) {
	got := Find(sentence("Quorvex, the British insurer, agreed on Wednesday to a £7.2 billion cash takeover by Veltraco and Daxmoor.", "Quorvex", "Veltraco", "Daxmoor"), "en", "")
	if len(got) != 1 || !slices.Contains(got[0].Parties, "Quorvex") || !slices.Contains(got[0].Parties, "Veltraco") {
		t.Errorf("takeover by: %+v, want Quorvex taken over by Veltraco and Daxmoor", got)
	}
	got = Find(sentence("Nel 2013 il colosso Veltraco, insieme a Daxmoor, ha pagato 1,5 miliardi di dollari per il 51% della finlandese Quorvex.", "Veltraco", "Daxmoor", "Quorvex"), "it", "")
	if len(got) != 1 || !slices.Contains(got[0].Parties, "Veltraco") {
		t.Errorf("together with: %+v, want Veltraco among the buyers", got)
	}
}

// A deal word denied right before it states no deal.
func TestNegatedDealWords(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "«Veltraco non cede il controllo e non compra Quorvex», ha detto l'analista."},
		{"en", "Veltraco did not buy Quorvex, the company said."},
		{"fr", "Veltraco n'a pas racheté Quorvex."},
		{"de", "Veltraco will Quorvex nicht verkaufen."},
	} {
		if got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, ""); len(got) != 0 {
			t.Errorf("%q: %+v, want none", c.text, got)
		}
	}
	if got := Find(sentence("Veltraco, not Daxmoor, agreed to buy Quorvex.", "Veltraco", "Quorvex", "Daxmoor"), "en", ""); len(got) != 1 {
		t.Errorf("a denial away from the deal word: %+v, want the deal", got)
	}
}

// Goods "sold on" a platform and products combined "with X's" drug state
// no sale and no merger.
func TestSoldOnAndCombinedWithProducts(t *testing.T) {
	got := Find(sentence("Veltraco extended a partnership under which Quorvex supplies the flight product sold on Daxmoor, its main brand.", "Veltraco", "Quorvex", "Daxmoor"), "en", "")
	for _, f := range got {
		if f.Type == model.Divestiture {
			t.Errorf("sold on: %+v, want no sale", got)
		}
	}
	got = Find(sentence("Profits from petrelintide and from a combination with Quorvex's CT-388 will be split evenly, and Veltraco will receive royalties.", "Veltraco", "Quorvex"), "en", "")
	for _, f := range got {
		if f.Type == model.Merger {
			t.Errorf("combination with a product: %+v, want no merger", got)
		}
	}
}

// A sale "to" a buyer, an unsolicited proposal turned down and the
// subjunctive of buying state deals.
func TestSaleToProposalsAndSubjunctives(t *testing.T) {
	for _, c := range []struct{ lang, text, typ, status string }{
		{"en", "The sale to Daxmoor of Veltraco's Quorvex unit, for $900 million, closed last week.", model.Divestiture, ""},
		{"en", "Quorvex said its board had unanimously rejected Veltraco's unsolicited proposal as undervaluing the company.", model.Acquisition, model.Failed},
		{"it", "L'accordo prevede che Veltraco rilevi il 100% di Quorvex per 2,4 miliardi di euro.", model.Acquisition, ""},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Daxmoor"), c.lang, "")
		if len(got) != 1 || got[0].Type != c.typ || c.status != "" && got[0].Status != c.status {
			t.Errorf("%q: %+v, want one %s %s", c.text, got, c.typ, c.status)
		}
	}
	if got := Find(sentence("Il contratto è stato firmato dal responsabile degli acquisti di Veltraco con Quorvex.", "Veltraco", "Quorvex"), "it", ""); len(got) == 1 && got[0].Type == model.Acquisition {
		t.Errorf("procurement read as a purchase: %+v", got)
	}
}

// A rival right after a deal word is what the deal is of.
func TestRivalBought(t *testing.T) {
	got := Find(sentence("Veltraco bought rival Quorvex last year for €300 million.", "Veltraco", "Quorvex"), "en", "")
	if len(got) != 1 || !slices.Contains(got[0].Parties, "Quorvex") {
		t.Errorf("%+v, want Veltraco buying its rival Quorvex", got)
	}
}

// A rival bid no bidder makes ("little room for a counterbid") is none.
func TestCounterbidWithoutBidder(t *testing.T) {
	got := Find(sentence("Analysts said the premium left little room for a counterbid; Veltraco, Quorvex and Daxmoor were seen as unlikely to intervene.", "Veltraco", "Quorvex", "Daxmoor"), "en", "")
	if len(got) != 0 {
		t.Errorf("%+v, want no deal", got)
	}
}

// An attempt that came to nothing ("sans succès", "senza successo") failed.
func TestAttemptsWithoutSuccessFailed(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "En 2016, Veltraco avait déjà tenté de racheter Quorvex, sans succès."},
		{"it", "Nel 2019 Veltraco aveva tentato senza successo di acquisire Quorvex."},
		{"en", "Veltraco made an unsuccessful attempt to buy Quorvex in 2016."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Status != model.Failed {
			t.Errorf("%q: %+v, want a failed deal", c.text, got)
		}
	}
}

// "X wurde 2016 geschluckt": X is bought by a company the sentence does
// not name; "units that could be sold" names no company bought.
func TestPassiveWithoutAgent(t *testing.T) {
	got := Find(sentence("Quorvex wurde 2016 komplett geschluckt.", "Quorvex"), "de", "")
	if len(got) != 1 || !got[0].Bought || !got[0].Anaphor {
		t.Errorf("%+v, want Quorvex bought by the company referred to", got)
	}
	got = Find(sentence("Several groups, including Quorvex, are reviewing units that could be sold to financial buyers.", "Quorvex"), "en", "")
	for _, f := range got {
		if f.Bought {
			t.Errorf("%+v: a unit that could be sold read as Quorvex bought", got)
		}
	}
}

// A purchase hoped for or demanded is none: "Quorvex, que aspiraba a
// hacerse con las torres" (what "la operación" is stays the article's
// deal).
func TestWishedDealIsNone(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "La operación perjudica a Quorvex, empresa que aspiraba a hacerse con las torres de Veltraco."},
		{"en", "Quorvex had hoped to buy Veltraco's towers itself."},
		// and one demanded: "chiedeva da anni lo scorporo delle reti"
		{"it", "Il fondo attivista Quorvex, tra i principali soci di Veltraco, chiedeva da anni lo scorporo delle reti."},
		{"de", "Der Finanzinvestor Quorvex verlangte den Verkauf der Netzsparte von Veltraco."},
	} {
		for _, f := range Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "") {
			if f.Type == model.Acquisition || f.Type == model.Investment || f.Type == model.Divestiture {
				t.Errorf("%s: %+v, want no purchase", c.lang, f)
			}
		}
	}
}

// A rival named in apposition ("rivale storica di Nintendo") is no party
// of the deal the sentence tells.
func TestRivalOfIsNoParty(t *testing.T) {
	got := Find(sentence("E Veltraco, rivale storica di Daxmoor, aveva già puntato sul gioco in streaming acquistando Quorvex nel 2012 per 380 milioni di dollari.",
		"Veltraco", "Daxmoor", "Quorvex"), "it", "")
	if len(got) != 1 || slices.Contains(got[0].Parties, "Daxmoor") || !slices.Contains(got[0].Parties, "Veltraco") {
		t.Errorf("%+v, want Veltraco buying Quorvex, without its rival", got)
	}
}

// Rivals listed after a plural rival noun ("competidores como",
// "rivals such as"), or after one that opens a clause of its own after a
// deal word ("Zukäufe möglich; Wettbewerber wie"), are no parties.
func TestRivalsListedAreNoParties(t *testing.T) {
	for _, c := range []langText{
		{"de", "Im Heimatmarkt dagegen sei nach der Brembo-Transaktion kaum noch Wachstum durch Zukäufe möglich; Wettbewerber wie Veltraco und Quorvex beobachteten jede Ausschreibung genau."},
		{"es", "La experta cree que competidores como Veltraco, Quorvex o Brembo \"tendrán ahora enfrente a un rival con mucha más capacidad de inversión\"."},
		{"en", "He said rivals such as Veltraco would be watching whether Quorvex sells overlapping plants."},
	} {
		for _, f := range Find(sentence(c.text, "Veltraco", "Quorvex", "Brembo"), c.lang, "") {
			if slices.Contains(f.Parties, "Veltraco") || c.lang != "en" && slices.Contains(f.Parties, "Quorvex") {
				t.Errorf("%s: %+v, want no rival a party", c.lang, f)
			}
		}
	}
}

// A joint venture told with one partner named and the venture itself
// named beside a word for one is the named partner's with the company the
// sentence refers to ("it", "der Konzern"), which the caller supplies.
// Where the other partner is only described, or the venture bears a
// partner's name, the sides are as named.
func TestJointVentureIsNoPartner(t *testing.T) {
	for _, c := range []langText{
		{"en", "In Britain it combined its cement and aggregates operations with those of the miner Veltraco in Quorvex, a 50-50 joint venture that began trading in January 2013."},
		{"fr", "Au Royaume-Uni, il a réuni en 2013 ses activités avec celles du groupe minier Veltraco au sein de Quorvex, une coentreprise détenue à parité."},
		{"de", "In Großbritannien brachte der Konzern 2013 sein Zement- und Zuschlagstoffgeschäft mit dem des Bergbaukonzerns Veltraco in das Gemeinschaftsunternehmen Quorvex ein, an dem beide je zur Hälfte beteiligt sind."},
		{"it", "Per il gruppo londinese il vero premio è Quorvex, la joint venture paritetica che la società di Houston ha costituito nel 2016 con Veltraco per gestire jack-up nel regno."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || !slices.Contains(got[0].Parties, "Veltraco") || !got[0].Anaphor {
			t.Errorf("%s: %+v, want Veltraco's venture with the company referred to", c.lang, got)
		}
	}
	got := Find(sentence("Nel maggio la Commissione aveva autorizzato la nascita di Quorvex, la joint venture in cui l'olandese Veltraco e un colosso americano degli snack hanno conferito le rispettive attività nel caffè.", "Veltraco", "Quorvex"), "it", "")
	if len(got) != 1 || !slices.Contains(got[0].Parties, "Quorvex") || got[0].Anaphor {
		t.Errorf("%+v, want the venture a side where the other partner is unnamed", got)
	}
	s := sentence("Le due aziende daranno vita a Veltraco International, una joint venture controllata al 51% da Quorvex e al 49% dal partner cinese.", "Quorvex")
	s.Mentions = append(s.Mentions, Mention{From: 6, To: 8, Company: "Veltraco"})
	slices.SortFunc(s.Mentions, func(a, b Mention) int { return a.From - b.From })
	if got := Find(s, "it", ""); len(got) != 1 || !slices.Contains(got[0].Parties, "Veltraco") {
		t.Errorf("%+v, want Veltraco, whose name the venture bears, a side", got)
	}
}

// Hospitals bought from a rival are a business bought, and the rival who
// sells is a side: "agreed to buy 43 hospitals from rival Quorvex".
func TestHospitalsBoughtFromRival(t *testing.T) {
	text := "Its hospital arm Veltraco agreed in September 2013 to buy 43 hospitals and 15 outpatient centres from rival Quorvex for 3.07 billion euros."
	wantOne(t, model.Acquisition, []langText{{"en", text}}, "Veltraco", "Quorvex")
	if got := Find(sentence(text, "Veltraco", "Quorvex"), "en", ""); len(got) != 1 || !slices.Contains(got[0].Parties, "Quorvex") {
		t.Errorf("%+v, want the rival who sells a side", got)
	}
	if got := Find(sentence("The venture will be the exclusive provider of Veltraco's guidance displays, and its products already work on more than 10,000 equipment models, including tractors from competitors such as Quorvex.", "Veltraco", "Quorvex"), "en", ""); len(got) > 0 && slices.Contains(got[0].Parties, "Quorvex") {
		t.Errorf("%+v, want no rival a side", got)
	}
}

// A German infinitive's subject is the main clause's before the comma:
// "Veltraco hatte vereinbart, das Geschäft Quorvex des Konzerns Brembo
// ... zu kaufen" is Veltraco buying.
func TestGermanInfinitiveSubjectBuys(t *testing.T) {
	got := Find(sentence("Veltraco hatte im Mai 2016 vereinbart, das Kran- und Hafengeschäft Quorvex des US-Konzerns Brembo für rund 1,3 Milliarden Dollar in bar und Aktien zu kaufen.", "Veltraco", "Quorvex", "Brembo"), "de", "")
	if len(got) != 1 || got[0].Type != model.Acquisition || got[0].Buyer != "Veltraco" || !slices.Contains(got[0].Parties, "Quorvex") {
		t.Errorf("%+v, want Veltraco buying Quorvex", got)
	}
}

// A capital increase that finances a purchase is how the buyer pays, no
// stake taken: "financera l'achat par ... une augmentation de capital".
func TestCapitalIncreaseFinancingAPurchaseIsNoStake(t *testing.T) {
	for _, c := range []langText{
		{"fr", "Veltraco financera l'achat de Quorvex par de la dette et par une augmentation de capital de 1 à 1,25 milliard de dollars."},
		{"it", "Veltraco finanzierà l'acquisto di Quorvex con nuovo debito e con un aumento di capitale fra 1 e 1,25 miliardi di dollari."},
		{"fr", "L'achat de Quorvex sera financé par des crédits bancaires et une augmentation de capital de Veltraco."},
	} {
		for _, f := range Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "") {
			if f.Type == model.Investment {
				t.Errorf("%s: %+v, want no stake", c.lang, f)
			}
		}
	}
	// a capital increase subscribed is still a stake
	wantOne(t, model.Investment, []langText{{"it", "Veltraco sottoscriverà un aumento di capitale di Quorvex da 300 milioni di euro."}}, "Veltraco", "Quorvex")
}

// An offer for all of a company's capital buys the company: "une offre
// publique d'échange sur la totalité du capital" is no stake.
func TestWholeCapitalIsNoStake(t *testing.T) {
	for _, c := range []langText{
		{"fr", "Veltraco lancera une offre publique d'échange sur la totalité du capital de Quorvex."},
		{"it", "Veltraco lancerà un'offerta pubblica di acquisto sulla totalità del capitale di Quorvex."},
	} {
		for _, f := range Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "") {
			if f.Type == model.Investment {
				t.Errorf("%s: %+v, want no stake", c.lang, f)
			}
		}
	}
}

// All of a company's shares bought is the company bought (allShares):
// "sämtliche Anteile an", "all outstanding shares of", "tutte le azioni
// di". A holder's own shares, all of them, may be a minority: "sold all
// of its shares in" stays a sale of a stake.
func TestAllSharesAreTheCompany(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"de", "Veltraco übernimmt sämtliche Anteile an der Quorvex S.A. für rund 830 Millionen Zloty."},
		{"de", "Veltraco kauft alle Aktien der Quorvex AG für 830 Millionen Euro."},
		{"en", "Veltraco said it will buy all outstanding shares of Quorvex for 830 million euros."},
		{"en", "Veltraco will acquire all of the shares of Quorvex for 830 million euros."},
		{"it", "Veltraco comprerà tutte le azioni di Quorvex per 830 milioni di euro."},
		{"es", "Veltraco comprará todas las acciones de Quorvex por 830 millones de euros."},
		{"fr", "Veltraco va acquérir toutes les actions de Quorvex pour 830 millions d'euros."},
		{"fr", "Veltraco va acquérir la totalité des actions de Quorvex pour 830 millions d'euros."},
	}, "Veltraco", "Quorvex")
	for _, c := range []langText{
		{"en", "Veltraco sold all of its shares in Quorvex for 830 million euros."},
		{"de", "Veltraco verkauft seine sämtlichen Anteile an Quorvex für 830 Millionen Euro."},
		{"de", "Veltraco übernimmt seine sämtlichen Anteile an Quorvex für 80 Millionen Euro."},
	} {
		for _, f := range Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "") {
			if f.Type == model.Acquisition {
				t.Errorf("%s %q: %+v, want a stake sold", c.lang, c.text, f)
			}
		}
	}
}

// Purchases split by their prices take their dates where the sentence
// puts them: before the deal word ("2005 vereinbarten sie die Übernahme
// von X"), and after the comma that ends one company's figures ("…, im
// Juli 2008 folgte Y").
func TestEachPurchaseItsDate(t *testing.T) {
	got := Find(sentence("2005 vereinbarten sie die Übernahme von Quorvex für 7,4 Milliarden Dollar, im Juli 2008 folgte der US-Konkurrent Veltraco für rund 7,5 Milliarden Dollar.", "Veltraco", "Quorvex"), "de", "2010-03-20")
	dates := map[string]string{}
	for _, f := range got {
		dates[f.Parties[len(f.Parties)-1]] = f.Date
	}
	if dates["Quorvex"] != "2005" || dates["Veltraco"] != "2008-07" {
		t.Errorf("%+v, want Quorvex 2005 and Veltraco 2008-07", got)
	}
	// one date before the deal word dates every purchase of the list
	got = Find(sentence("In 2019 Brembo bought Quorvex for $1 billion and Veltraco for $2 billion.", "Brembo", "Veltraco", "Quorvex"), "en", "2021-01-01")
	if len(got) != 2 {
		t.Errorf("%+v, want a purchase for each price", got)
	}
	for _, f := range got {
		if f.Date != "2019" {
			t.Errorf("%+v, want 2019", f)
		}
	}
}

// A subject set off by an apposition is the deal's side when words of
// time open the sentence before it: "Martedì scorso Veltraco, il gestore
// della rete, ha raggiunto un accordo ...".
func TestApposedSubjectAfterTimeWords(t *testing.T) {
	got := Find(sentence("Martedì scorso Veltraco, il gestore della rete di trasmissione elettrica spagnola, ha raggiunto un accordo con Quorvex per rilevare l'89,68% di Brembo per 949 milioni di euro.", "Veltraco", "Quorvex", "Brembo"), "it", "")
	if len(got) != 1 || !slices.Contains(got[0].Parties, "Veltraco") {
		t.Errorf("%+v, want Veltraco a side", got)
	}
}

// "ha raggiunto un accordo con Quorvex per rilevare Brembo": the company
// agreed with is the other side of the agreement, not who buys.
func TestAgreedWithIsNoBuyer(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Martedì scorso Veltraco, il gestore della rete di trasmissione elettrica spagnola, ha raggiunto un accordo con Quorvex per rilevare l'89,68% di Brembo per 949 milioni di euro."},
		{"en", "Veltraco, the Spanish grid operator, reached an agreement with Quorvex to buy 89.68% of Brembo for 949 million euros."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Brembo"), c.lang, "")
		if len(got) != 1 || got[0].Buyer != "Veltraco" {
			t.Errorf("%q: %+v, want Veltraco the buyer", c.text, got)
		}
	}
}

// A word of agreeing before the deal word ("y en febrero de 2011 acordó la
// compra de Beckman") still leaves the clause's subject unsaid: each
// purchase is of the company the sentence refers to, not of the other.
func TestAgreedPurchaseAfterAConjunctionKeepsTheSubject(t *testing.T) {
	got := Find(sentence("En 2006 se hizo con Quorvex por unos 2.000 millones de dólares, y en febrero de 2011 acordó la compra de Brindle por 6.800 millones de dólares, la mayor de su historia.", "Quorvex", "Brindle"), "es", "2014-09-16")
	if len(got) != 2 {
		t.Fatalf("%+v, want two purchases", got)
	}
	for _, f := range got {
		if len(f.Parties) != 1 || !f.Anaphor {
			t.Errorf("%+v, want one named side and the company referred to", f)
		}
	}
}

// The subject opening the words after a colon buys: "Quorvex wird
// japanisch: Die Veltraco aus Tokio hat sich ... auf eine Übernahme
// geeinigt".
func TestBuyerAfterAColon(t *testing.T) {
	got := Find(sentence("Der niederländische Zeitarbeitskonzern Quorvex wird japanisch: Die Veltraco aus Tokio hat sich am Dienstag mit dem Unternehmen aus Almere auf eine Übernahme für rund 1,4 Milliarden Euro in bar geeinigt.", "Veltraco", "Quorvex"), "de", "2015-12-23")
	if len(got) != 1 || got[0].Buyer != "Veltraco" {
		t.Errorf("%+v, want Veltraco the buyer", got)
	}
}

// "Bereits 2012 hatte der Konzern die Jobsuchmaschine Quorvex übernommen;
// im Januar folgte ... der Kauf von Brindle": the group, not Quorvex, is
// the subject the second clause goes on with.
func TestDescribedSubjectIsNoNamedOne(t *testing.T) {
	got := Find(sentence("Bereits 2012 hatte der Konzern die US-Jobsuchmaschine Quorvex übernommen; im Januar folgte die Vereinbarung über den Kauf des australischen Personalvermittlers Brindle für rund 290 Millionen australische Dollar.", "Quorvex", "Brindle"), "de", "2015-12-23")
	for _, f := range got {
		if slices.Contains(f.Parties, "Brindle") && slices.Contains(f.Parties, "Quorvex") {
			t.Errorf("%+v, want Brindle bought by the group, not by Quorvex", f)
		}
	}
}

// An option to buy more later gives no control now: "paid 260 million
// francs for a 49 percent stake in Quorvex, and secured options to raise
// its holding to 100 percent" is an investment.
func TestOptionAfterAStakeIsNoControl(t *testing.T) {
	for _, c := range []langText{
		{"en", "Veltraco paid 260 million francs in 2012 for a 49 percent stake in Quorvex, and secured options at the time to raise its holding to 75 percent in 2015 and to 100 percent by 2018."},
		{"de", "Veltraco erwarb für 260 Millionen Franken einen Anteil von 49 Prozent an Quorvex, samt Optionen auf 75 Prozent im Jahr 2015 und 100 Prozent bis 2018."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2015-04-07")
		if len(got) != 1 || got[0].Type != model.Investment {
			t.Errorf("%s %q: %+v, want an investment", c.lang, c.text, got)
		}
	}
	// a clause of the option alone still tells control
	got := Find(sentence("L'accordo prevede anche un'opzione che consentirà a Veltraco di salire al 100% del capitale di Quorvex entro il 2028.", "Veltraco", "Quorvex"), "it", "2023-07-27")
	for _, f := range got {
		if f.Type == model.Investment {
			t.Errorf("%+v, want no investment read from an option to all of it", got)
		}
	}
}

// "zählt" (counts) is no "zahlt" (pays): umlauts fold away, the deal word
// must not.
func TestCountingIsNoPaying(t *testing.T) {
	if got := Find(sentence("Kunden wie Veltraco oder Quorvex dürften die Entwicklung verfolgen: Für sie zählt vor allem der Service.", "Veltraco", "Quorvex"), "de", ""); len(got) != 0 {
		t.Errorf("%+v, want no deal", got)
	}
	if got := Find(sentence("Veltraco zahlt 63 Milliarden Dollar für Quorvex.", "Veltraco", "Quorvex"), "de", ""); len(got) != 1 {
		t.Errorf("%+v, want the purchase", got)
	}
}

// French "disposer de" is to have, not to dispose of.
func TestFrenchDisposerIsNoSale(t *testing.T) {
	if got := Find(sentence("Veltraco dispose en outre, avec Quorvex, d'un des premiers sites marchands du Benelux.", "Veltraco", "Quorvex"), "fr", ""); len(got) != 0 {
		t.Errorf("%+v, want no deal", got)
	}
}

// A list of companies after the deal word goes on past the comma, up to
// the first word that is no part of the list.
func TestListAfterACommaEndsAtItsLastName(t *testing.T) {
	got := Find(sentence("Veltraco invested in Brindle, Kelmora and Quorvex last year.", "Veltraco", "Brindle", "Kelmora", "Quorvex"), "en", "")
	if len(got) != 1 || !slices.Contains(got[0].Parties, "Kelmora") || !slices.Contains(got[0].Parties, "Quorvex") {
		t.Errorf("%+v, want every company listed", got)
	}
}

// "minority shareholders" are who votes, not a stake bought.
func TestMinorityShareholdersAreNoStake(t *testing.T) {
	got := Find(sentence("Quorvex's minority shareholders must approve the deal with Veltraco.", "Veltraco", "Quorvex"), "en", "")
	for _, f := range got {
		if f.Type == model.Investment {
			t.Errorf("%+v: minority shareholders read as a stake", f)
		}
	}
}

// The parent of what is invested in ("Jio Platforms, part of Reliance
// Industries") sells nothing: no party of the investment.
func TestParentOfTheInvestedIsNoParty(t *testing.T) {
	got := Find(sentence("In a statement, the company said: \"Today, we are announcing a USD 5.7 billion investment in Quorvex, part of Daxmoor.\"", "Quorvex", "Daxmoor"), "en", "")
	for _, f := range got {
		if slices.Contains(f.Parties, "Daxmoor") {
			t.Errorf("%+v, want the investment in Quorvex without its parent", got)
		}
	}
	if len(got) == 0 {
		t.Errorf("no deal read, want the investment in Quorvex")
	}
}

// A second purchase joined by "and (then)" to a first, each of a company
// named after its verb, is a deal of its own with its own price.
func TestConjoinedPurchasesAreTwoDeals(t *testing.T) {
	got := Find(sentence("Veltraco bought Kelmora's Canadian arm for C$2.6 billion in 2011 and then paid $1.7 billion for U.S. specialty insurer Brindle in 2017.",
		"Veltraco", "Kelmora", "Brindle"), "en", "")
	if len(got) != 2 || !reflect.DeepEqual(got[1].Parties, []string{"Veltraco", "Brindle"}) || got[1].Value == nil || got[1].Value.Value != 1.7e9 {
		t.Errorf("%+v, want Veltraco's purchase of Brindle for $1.7bn beside Kelmora's", got)
	}
	// a second purchase verb with no company after it is no second deal
	got = Find(sentence("Veltraco bought Kelmora in 2011 and paid for it in shares.", "Veltraco", "Kelmora"), "en", "")
	if len(got) != 1 {
		t.Errorf("%+v, want one purchase", got)
	}
}

// A clause joined by "and" goes on with the sentence's subject: a company
// named after an earlier deal word, in the clauses that word reaches past
// an aside ("pagó 2.000 millones, 83 dólares por acción, por Kelmora"), is
// what that deal bought, not the subject of the clause after "and"; and
// the payment keeps its own price.
func TestAndClauseSubjectIsNotTheEarlierObject(t *testing.T) {
	for _, c := range []langText{
		{"es", "En 2018 pagó 2.000 millones de dólares, 83 dólares por acción, por la empresa Kelmora, y en 2015 desembolsó 765 millones de dólares por Quorvex."},
		{"en", "It paid about $2 billion, or $83 a share, for the diagnostics maker Kelmora in 2018, and spent $765 million in 2015 on Quorvex."},
	} {
		got := Find(sentence(c.text, "Kelmora", "Quorvex"), c.lang, "")
		if len(got) != 2 || !reflect.DeepEqual(got[0].Parties, []string{"Kelmora"}) || !reflect.DeepEqual(got[1].Parties, []string{"Quorvex"}) ||
			got[0].Buyer != "" || got[0].Value == nil || got[0].Value.Value != 2e9 || got[1].Value == nil || got[1].Value.Value != 765e6 {
			t.Errorf("%s: %+v, want Kelmora for $2bn and Quorvex for $765m, each bought by the one the sentence refers to", c.lang, got)
		}
	}
}

// After a Spanish payment verb, "por" names what is paid for ("pagó 2.000
// millones por Quorvex"), not who pays, as it does after a participle.
func TestPorAfterAPaymentVerbIsWhatIsPaidFor(t *testing.T) {
	got := Find(sentence("Veltraco pagó 2.000 millones de dólares por Quorvex en 2018.", "Veltraco", "Quorvex"), "es", "")
	if len(got) != 1 || got[0].Buyer != "Veltraco" {
		t.Errorf("%+v, want Veltraco buying Quorvex", got)
	}
	got = Find(sentence("En 2018 pagó 2.000 millones de dólares por Quorvex.", "Quorvex"), "es", "")
	if len(got) != 1 || got[0].Buyer == "Quorvex" {
		t.Errorf("%+v, want Quorvex bought, not buying", got)
	}
}

// A sale joined to a purchase after a year of its own is a second deal,
// sold by the sentence's subject: "y en 2014 vendió Brindle a Quorvex".
func TestConjoinedSaleAfterItsYearIsTheSubjects(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "Veltraco compró Kelmora en 2000 por 125 millones de libras y en 2014 vendió Brindle a Quorvex por 450 millones de libras."},
		{"en", "Veltraco bought Kelmora in 2000 for £125 million and in 2014 sold Brindle to Quorvex for £450 million."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Kelmora", "Brindle", "Quorvex"), c.lang, "")
		if len(got) != 2 || !reflect.DeepEqual(got[0].Parties, []string{"Veltraco", "Kelmora"}) ||
			!reflect.DeepEqual(got[1].Parties, []string{"Veltraco", "Brindle", "Quorvex"}) || got[1].Type != model.Divestiture ||
			got[1].Value == nil || got[1].Value.Value != 450e6 || got[1].Date != "2014" {
			t.Errorf("%s: %+v, want Veltraco's purchase of Kelmora and its 2014 sale of Brindle to Quorvex for £450m", c.lang, got)
		}
	}
	// a sale verb joined with no year of its own is the same act told twice
	got := Find(sentence("Veltraco bought Kelmora from Quorvex and sold it Brindle.", "Veltraco", "Kelmora", "Brindle", "Quorvex"), "en", "")
	if len(got) != 1 {
		t.Errorf("%+v, want one deal", got)
	}
}

// A company after "and" or "puis", with a time of its own, goes on a
// purchase dated before it ("bought Kelmora in 1994 and Quorvex three
// years later"): a second purchase with its verb left out. Two companies
// bought in one act keep one deal.
func TestNamedThenDatedIsASecondPurchase(t *testing.T) {
	for _, c := range []langText{
		{"en", "Veltraco bought Kelmora in 1994 and Quorvex three years later."},
		{"fr", "Veltraco avait racheté Kelmora en 1994 puis Quorvex en 1997."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Kelmora", "Quorvex"), c.lang, "")
		if len(got) != 2 || !reflect.DeepEqual(got[0].Parties, []string{"Veltraco", "Kelmora"}) || !reflect.DeepEqual(got[1].Parties, []string{"Veltraco", "Quorvex"}) {
			t.Errorf("%s: %+v, want Veltraco buying Kelmora, then Quorvex", c.lang, got)
		}
	}
	if got := Find(sentence("Veltraco bought Kelmora and Quorvex in 1994.", "Veltraco", "Kelmora", "Quorvex"), "en", ""); len(got) != 1 {
		t.Errorf("%+v, want one purchase of both", got)
	}
}

// A comma inside a company's name ("Hicks, Muse, Tate & Furst") parts no
// clause: the sale after it keeps its own price.
func TestCommaInsideANamePartsNoClause(t *testing.T) {
	text := "In 2002 it sold its beef operations to buyout firm Kelmora, Muse, Tate & Furst for about $1.4 billion, and in 2006 it sold its branded meats business to Quorvex Foods for about $575 million."
	s := Sentence{Text: text, Tokens: segment.Tokens(text)}
	for i, tk := range s.Tokens {
		switch tk.Text() {
		case "Kelmora":
			s.Mentions = append(s.Mentions, Mention{From: i, To: i + 7, Company: "Kelmora, Muse, Tate & Furst"})
		case "Quorvex":
			s.Mentions = append(s.Mentions, Mention{From: i, To: i + 2, Company: "Quorvex Foods"})
		}
	}
	got := Find(s, "en", "")
	if len(got) != 2 || got[1].Value == nil || got[1].Value.Value != 575e6 {
		t.Errorf("%+v, want the sale to Quorvex Foods at $575 million", got)
	}
}

// "X has owned Y since 2007, when it bought Z": the one that owns buys;
// when the sentence does not name it ("Premier", "Il gruppo", "Le
// britannique"), the company it owns is no side and the deal's other side
// is the company referred to. A named owner still buys.
func TestOwnerUnnamedBuysNotWhatItOwns(t *testing.T) {
	for _, c := range []langText{
		{"en", "Premier has owned Quorvex since March 2007, when it completed its 1.2 billion pound takeover of flour and bread group Kelmora."},
		{"it", "Il gruppo controlla Quorvex dal marzo 2007, quando ha completato l'acquisizione di Kelmora per 1,2 miliardi di sterline."},
		{"fr", "Le britannique détient Quorvex depuis mars 2007, lorsqu'il a bouclé le rachat de Kelmora pour 1,2 milliard de livres."},
	} {
		got := Find(sentence(c.text, "Quorvex", "Kelmora"), c.lang, "")
		if len(got) != 1 || !slices.Equal(got[0].Parties, []string{"Kelmora"}) || !got[0].Anaphor || got[0].Buyer != "" {
			t.Errorf("%s: %+v, want Kelmora bought by the company referred to", c.lang, got)
		}
	}
	got := Find(sentence("Veltraco has owned Quorvex since 2012, when it bought the house from Kelmora.", "Veltraco", "Quorvex", "Kelmora"), "en", "")
	if len(got) != 1 || got[0].Buyer != "Veltraco" {
		t.Errorf("%+v, want Veltraco buying", got)
	}
}

// A subject set off by an aside that names no other side buys, when the
// deal is told from its side ("Veltraco, for its part, paid $2.35 billion
// for Quorvex"), not when it is acted on ("has agreed to be bought by").
func TestAsideBeforeTheVerbKeepsTheBuyer(t *testing.T) {
	for _, c := range []langText{
		{"en", "Veltraco, for its part, paid $2.35 billion in 2014 for Quorvex, a Florida physician group."},
		{"es", "Veltraco, por su parte, desembolsó 2.350 millones de dólares en 2014 por Quorvex, un grupo médico de Florida."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Buyer != "Veltraco" {
			t.Errorf("%q: %+v, want Veltraco buying", c.text, got)
		}
	}
	for _, text := range []string{
		"Quorvex, the maker of squash and soft drinks, has agreed to be bought by Danish brewer Veltraco in a deal worth £3.3 billion.",
		"Quorvex, the three-century-old British insurer, agreed on Wednesday to a £7.2 billion cash takeover by Veltraco.",
	} {
		got := Find(sentence(text, "Veltraco", "Quorvex"), "en", "")
		if len(got) != 1 || got[0].Buyer == "Quorvex" {
			t.Errorf("%q: %+v, want Quorvex bought", text, got)
		}
	}
}

// A relative clause between the subject and its verb tells what the
// subject is ("Veltraco, whose roots go back to the Quorvex Company, bought
// Kelmora"): the subject still buys, whatever company the clause names.
func TestRelativeDescriptionKeepsTheSubject(t *testing.T) {
	for _, c := range []langText{
		{"en", "Veltraco, whose roots go back to the Quorvex Company chartered in 1889, bought Kelmora in 1994."},
		{"en", "Veltraco, which competes with Quorvex, bought Kelmora in 1994."},
		{"fr", "Veltraco, dont les racines remontent à Quorvex, a racheté Kelmora en 1994."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Kelmora"), c.lang, "")
		if len(got) != 1 || got[0].Buyer != "Veltraco" || slices.Contains(got[0].Parties, "Quorvex") {
			t.Errorf("%s: %+v, want Veltraco buying Kelmora", c.lang, got)
		}
	}
}

// The parent named in an apposition ("Quorvex, filial de Daxmoor") is no
// side of the deal; the owner of a division bought is its seller.
func TestApposedParentIsNoSide(t *testing.T) {
	got := Find(sentence("Hace unas semanas pactó además la integración de su negocio en Países Bajos con el de Quorvex, filial de Daxmoor.", "Quorvex", "Daxmoor"), "es", "")
	if len(got) != 1 || slices.Contains(got[0].Parties, "Daxmoor") || !got[0].Anaphor {
		t.Errorf("%+v, want one deal of the company referred to with Quorvex, not its parent Daxmoor", got)
	}
	got = Find(sentence("Veltraco bought the performance materials division of Kelmora for $3.8bn.", "Veltraco", "Kelmora"), "en", "")
	if len(got) != 1 || !slices.Contains(got[0].Parties, "Kelmora") {
		t.Errorf("%+v, want Kelmora the seller of its division", got)
	}
}

// Two companies joined by "and" that hold stakes in what the clause
// before names are not the two sides of an investment.
func TestCoHoldersAreNoSides(t *testing.T) {
	got := Find(sentence("Die Japaner bringen ihren Anteil über die Tochter Kelmora ein, an der auch Veltraco und Quorvex beteiligt sind.", "Kelmora", "Veltraco", "Quorvex"), "de", "")
	for _, f := range got {
		if slices.Contains(f.Parties, "Veltraco") && slices.Contains(f.Parties, "Quorvex") {
			t.Errorf("%+v: co-holders read as the sides of a deal", got)
		}
	}
}

// The company a bid wins against is a rival, in any language: "vince
// l'asta contro Fox".
func TestWonAgainstARival(t *testing.T) {
	got := Find(sentence("Kelmora, Veltraco vince l'asta contro Quorvex con un'offerta da 30 miliardi di sterline", "Kelmora", "Veltraco", "Quorvex"), "it", "")
	if len(got) != 1 || slices.Contains(got[0].Parties, "Quorvex") || !slices.Contains(got[0].Parties, "Veltraco") || !slices.Contains(got[0].Parties, "Kelmora") {
		t.Errorf("%+v, want one deal of Veltraco and Kelmora, without the rival", got)
	}
}

// Selling a brand's models or vehicles is trade, not the sale of a
// company: "che avrà i diritti esclusivi per vendere i modelli Quorvex".
func TestSellingModelsIsTrade(t *testing.T) {
	got := Find(sentence("Le due aziende daranno vita a Kelmora, una joint venture controllata al 51% da Veltraco, che avrà i diritti esclusivi per esportare, vendere e produrre i modelli Quorvex fuori dalla Cina.",
		"Kelmora", "Veltraco", "Quorvex"), "it", "")
	for _, f := range got {
		if f.Type == model.Divestiture {
			t.Errorf("%+v: selling models read as a sale of a company", got)
		}
	}
}

// A round led by investors is in the company named before it, across an
// apposition: "Kelmora, the Paris-based platform, has raised $200 million
// in a round led by Veltraco and Brindle".
func TestRoundLedByInvestorsIsInTheSubject(t *testing.T) {
	got := Find(sentence("Kelmora, the Paris-based long-distance ride-sharing platform, has raised $200 million in a round led by Veltraco and Brindle.",
		"Veltraco", "Kelmora", "Brindle"), "en", "")
	if len(got) != 1 || got[0].Type != model.Investment || !slices.Contains(got[0].Parties, "Kelmora") {
		t.Errorf("%+v, want a stake in Kelmora", got)
	}
}

// A figure in brackets after another, hedged or not, is the first one
// converted; a second figure told apart is a price of its own.
func TestConversionInBracketsIsNoPrice(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "Quorvex ha cerrado una ronda de 200 millones de dólares (unos 177 millones de euros) liderada por Veltraco."},
		{"de", "Veltraco zahlt bis zu 2,55 Milliarden Dollar (rund 1,97 Milliarden Euro) für Quorvex."},
		{"en", "Veltraco will pay $2 billion (€1.8 billion) for Quorvex."},
	} {
		got := dealAmounts(c.text, c.lang)
		if len(got) != 1 || got[0].Currency == "EUR" {
			t.Errorf("%q: amounts %+v, want only the first", c.text, got)
		}
	}
	if got := dealAmounts("Veltraco will pay $2 billion (and another $500 million if targets are met) for Quorvex.", "en"); len(got) != 2 {
		t.Errorf("a second sum in brackets read as a conversion: %+v", got)
	}
}

// The size of a funding round is its price, though the words before it
// say "financing".
func TestFundingRoundSizeIsPrice(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "Quorvex ha cerrado una ronda de financiación de 200 millones de dólares liderada por Veltraco."},
		{"en", "Quorvex closed a financing round of $200 million led by Veltraco."},
	} {
		if got := dealAmounts(c.text, c.lang); len(got) != 1 || got[0].Value != 2e8 {
			t.Errorf("%q: amounts %+v, want $200 million", c.text, got)
		}
	}
	if got := dealAmounts("Veltraco will use financing of $19 billion from its banks.", "en"); len(got) != 0 {
		t.Errorf("financing read as a price: %+v", got)
	}
}

// The fund that led a round of funding is its investor, whatever the
// words between the verb and its name.
func TestRoundLeaderInvests(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "Quorvex ha cerrado una ronda de financiación de 200 millones de dólares liderada por los fondos estadounidenses Veltraco y Ostravel."},
		{"en", "Quorvex has raised $200 million in a funding round led by Veltraco and Ostravel."},
		{"de", "Angeführt wird die Finanzierungsrunde über 200 Millionen Dollar von den US-Investoren Veltraco und Ostravel, Quorvex erhält das Geld."},
	} {
		got := Find(sentence(c.text, "Quorvex", "Veltraco", "Ostravel"), c.lang, "")
		if len(got) == 0 || got[0].Buyer != "Veltraco" {
			t.Errorf("%q: %+v, want Veltraco investing", c.text, got)
		}
	}
}

// A failure a sentence opens on as the background ("After a first attempt
// failed in 2001, ...") is neither the status nor the date of the deal its
// main clause tells.
func TestBackgroundFailureIsNotTheDeals(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "After a first attempt failed in 2001, Veltraco and Quorvex have reached an agreement to merge."},
		{"it", "Dopo un primo tentativo fallito nel 2001, Veltraco e Quorvex hanno annunciato la fusione."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Status != model.Announced || got[0].Date != "" {
			t.Errorf("%q: %+v, want one announced merger with no date", c.text, got)
		}
	}
}

// A stake told by another clause with its own deal and companies does not
// make this clause's purchase an investment.
func TestStakeOfAnotherClauseIsNotThisDeals(t *testing.T) {
	got := Find(sentence("Veltraco paid $2.45 billion in cash last year for Quorvex, and in September Ostravel agreed to pay $700 million for Brindle's stakes in two discoveries.",
		"Veltraco", "Quorvex", "Ostravel", "Brindle"), "en", "")
	for _, f := range got {
		if slices.Contains(f.Parties, "Quorvex") && f.Type != model.Acquisition {
			t.Errorf("the purchase of Quorvex typed %s: %+v", f.Type, f)
		}
	}
	if len(got) != 2 {
		t.Errorf("found %+v, want two deals", got)
	}
	got = Find(sentence("Veltraco plans to acquire, through purchase in the market, shares in Quorvex equivalent to 48 billion yen.", "Veltraco", "Quorvex"), "en", "")
	if len(got) != 1 || got[0].Type != model.Investment {
		t.Errorf("found %+v, want one investment", got)
	}
}

// "joint-venture partner" says who a side is: the deal is the sale.
func TestJointVenturePartnerIsNoVenture(t *testing.T) {
	got := Find(sentence("In April Veltraco sold its half of cable channel Brindle to joint-venture partner Quorvex for $1.225 billion.", "Veltraco", "Brindle", "Quorvex"), "en", "")
	if len(got) != 1 || got[0].Type != model.Divestiture {
		t.Errorf("found %+v, want one sale", got)
	}
}

// A sentence whose subject goes unnamed ("the company ..., and it ...")
// keeps each clause's own side; neither clause takes the other's.
func TestUnnamedSubjectKeepsEachClausesSide(t *testing.T) {
	got := Find(sentence("In April the company sold its channel to Veltraco for $1.225 billion, and last month it sold its plants to Quorvex for $1.05 billion.",
		"Veltraco", "Quorvex"), "en", "")
	if len(got) != 2 {
		t.Fatalf("found %+v, want two sales", got)
	}
	for _, f := range got {
		if len(f.Parties) != 1 || !f.Anaphor {
			t.Errorf("found %+v, want one named side and the one referred to", f)
		}
	}
}

// Units sold or spun off one by one, each with its year, are one sale each.
func TestSalesEachWithItsYear(t *testing.T) {
	got := Find(sentence("Il a scindé ses activités de téléphonie, introduites en Bourse sous le nom de Quorvex en 2000, puis ses semi-conducteurs, devenus Brindle en 2002.",
		"Quorvex", "Brindle"), "fr", "")
	if len(got) != 2 || got[0].Date != "2000" || got[1].Date != "2002" || got[0].Buyer != "" || got[0].Type != model.Divestiture {
		t.Errorf("found %+v, want two sales, of 2000 and 2002", got)
	}
}

// Money spent on a company buys it.
func TestSpentOnACompanyBuysIt(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco spent $2.5 billion on Minecraft maker Quorvex last year."},
		{"it", "Nel 2005 Veltraco aveva speso 980 milioni di dollari per la canadese Quorvex."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Type != model.Acquisition || got[0].Value == nil {
			t.Errorf("%q: found %+v, want a priced purchase", c.text, got)
		}
	}
}

// Stores sold are a business sold, counted or not: a sale, not trade.
func TestStoresSoldAreABusiness(t *testing.T) {
	got := Find(sentence("Veltraco offloaded 155 stores in Florida to Quorvex in 2013 for $265 million.", "Veltraco", "Quorvex"), "en", "")
	if len(got) != 1 || got[0].Type != model.Divestiture {
		t.Errorf("found %+v, want a sale", got)
	}
}

// French "pays" is a country, not the English verb: no purchase.
func TestFrenchPaysIsACountry(t *testing.T) {
	got := Find(sentence("Il conserve en revanche ses enseignes Quorvex dans les pays nordiques et Brindle en Grèce.", "Quorvex", "Brindle"), "fr", "")
	if len(got) != 0 {
		t.Errorf("found %+v, want none", got)
	}
	if got := Find(sentence("Veltraco pays $2 billion for Quorvex.", "Veltraco", "Quorvex"), "en", ""); len(got) != 1 {
		t.Errorf("English: found %+v, want the purchase", got)
	}
}

// A fee a failed deal costs is not its price, wherever the words stand.
func TestBreakFeeIsNoPrice(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco will pay Quorvex a €50 million break fee."},
		{"en", "Veltraco agreed to pay Quorvex a $120 million reverse break fee if regulators block the deal."},
		{"en", "Veltraco paid $3 million in fees to its advisers."},
		{"en", "To clear the way, Veltraco paid $40 million to end its agreement with Quorvex."},
		{"es", "Veltraco pagó 40 millones de dólares para rescindir su acuerdo con Quorvex."},
		{"de", "Diesen Vertrag hat Veltraco gegen eine Abfindung von 40 Millionen Dollar aufgelöst."},
		{"fr", "Veltraco devra verser 50 millions d'euros d'indemnité à sa cible."},
	} {
		if got := dealAmounts(c.text, c.lang); len(got) != 0 {
			t.Errorf("%q: amounts %+v, want none", c.text, got)
		}
	}
}

// A parent floating its unit on the stock market sells it.
func TestFlotationIsASale(t *testing.T) {
	got := Find(sentence("Quorvex has been a stand-alone listed company only since 2015, when Veltraco floated it in Frankfurt.", "Quorvex", "Veltraco"), "en", "")
	if len(got) != 1 || got[0].Type != model.Divestiture {
		t.Errorf("found %+v, want a sale", got)
	}
}

// The rest of a company its buyer did not own yet is all of it: a purchase.
func TestStakeNotYetOwnedIsControl(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "L'anno scorso Veltraco aveva rilevato per circa 300 milioni di dollari il 18% di Quorvex che ancora non possedeva."},
		{"en", "Last year Veltraco paid $300 million for the 18% of Quorvex it did not already own."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Type != model.Acquisition {
			t.Errorf("%q: found %+v, want a purchase", c.text, got)
		}
	}
}

// Money "put on the table" for a company is an offer for it.
func TestPutOnTheTableIsAnOffer(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Veltraco aveva messo sul piatto 5,2 miliardi di euro per Quorvex."},
		{"es", "Veltraco había puesto sobre la mesa 955 peniques por acción por Quorvex, unos 10.000 millones de euros."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Type != model.Acquisition {
			t.Errorf("%q: found %+v, want an offer", c.text, got)
		}
	}
}

// Paying a partner for its half of the joint venture buys the partner out.
func TestPaidForPartnersHalfIsAPurchase(t *testing.T) {
	got := Find(sentence("El año pasado Veltraco pagó 471 millones de libras a la estadounidense Quorvex por la mitad que esta tenía en su empresa conjunta.", "Veltraco", "Quorvex"), "es", "")
	if len(got) != 1 || got[0].Type != model.Acquisition {
		t.Errorf("found %+v, want a purchase", got)
	}
}

// Paying for a share of "a" joint venture sets one up: there is no
// venture yet to buy a partner out of.
func TestPaidForAShareOfANewVenture(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "Veltraco pagará 2.000 millones de dólares por el 85% de una empresa conjunta con el negocio agrícola de Quorvex."},
		{"en", "Veltraco will pay $2 billion for 85% of a joint venture with Quorvex's agricultural business."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Type != model.JointVenture {
			t.Errorf("%s: found %+v, want a joint venture", c.lang, got)
		}
	}
}

// A clause going on with the sentence's unnamed subject keeps its party
// in the apposition after it: the first clause does not take it.
func TestElidedClauseKeepsItsApposedParty(t *testing.T) {
	got := Find(sentence("El año pasado pagó 471 millones de libras a la estadounidense Quorvex por su participación, y en 2010 ya había separado y sacado a bolsa su filial de banda ancha, Brindle.",
		"Quorvex", "Brindle"), "es", "")
	for _, f := range got {
		if slices.Contains(f.Parties, "Quorvex") && slices.Contains(f.Parties, "Brindle") {
			t.Errorf("found %+v: one deal takes both clauses' parties", f)
		}
	}
}

// A stake told after "and" a new subject opens is that subject's deal:
// the purchase before it stays a purchase.
func TestStakeAfterANewSubjectIsItsOwn(t *testing.T) {
	got := Find(sentence("Veltraco, por su parte, completó en primavera la compra de la gestora Quorvex, y su primer accionista, el francés Brindle, ha recibido autorización del BCE para elevar su participación hasta el 19,99%.",
		"Veltraco", "Quorvex", "Brindle"), "es", "")
	for _, f := range got {
		if slices.Contains(f.Parties, "Quorvex") && f.Type != model.Acquisition {
			t.Errorf("the purchase of Quorvex typed %s: %+v", f.Type, f)
		}
	}
}

// langText is a sentence and the language it is written in.
type langText struct{ lang, text string }

// wantOne fails t unless each sentence, naming the given companies, tells
// exactly one deal, of type typ.
func wantOne(t *testing.T, typ string, cases []langText, companies ...string) {
	t.Helper()
	for _, c := range cases {
		got := Find(sentence(c.text, companies...), c.lang, "")
		if len(got) != 1 || got[0].Type != typ {
			t.Errorf("%s %q: %+v, want one %s", c.lang, c.text, got, typ)
		}
	}
}

// wantNoneOf fails t for each deal of one of types a case reads as.
func wantNoneOf(t *testing.T, types []string, cases []langText, companies ...string) {
	t.Helper()
	for _, c := range cases {
		for _, f := range Find(sentence(c.text, companies...), c.lang, "") {
			if slices.Contains(types, f.Type) {
				t.Errorf("%s %q: %+v, want no %v", c.lang, c.text, f, types)
			}
		}
	}
}

// wantNone fails t for each case that reads as a deal.
func wantNone(t *testing.T, cases []langText, companies ...string) {
	t.Helper()
	for _, c := range cases {
		if got := Find(sentence(c.text, companies...), c.lang, ""); len(got) != 0 {
			t.Errorf("%s %q: %+v, want no deal", c.lang, c.text, got)
		}
	}
}

// Taking control of a company, in any language, buys it.
func TestTakingControlBuys(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"en", "Veltraco took majority control of Quorvex in 2008."},
		{"it", "Nel 2008 Veltraco ha preso il controllo di Quorvex."},
		{"es", "En 2008 Veltraco tomó el control de Quorvex."},
		{"fr", "En 2008, Veltraco a pris le contrôle de Quorvex."},
	}, "Veltraco", "Quorvex")
}

// A percentage bought at a price is a stake, whatever word follows it.
func TestPercentAtAPriceIsAStake(t *testing.T) {
	wantOne(t, model.Investment, []langText{
		{"it", "Nel 2009 Veltraco era entrata in Quorvex rilevando il 13% per 36 milioni di euro."},
		{"en", "Veltraco bought 4% of Quorvex in 2019, and another 4% for $265 million last year."},
	}, "Veltraco", "Quorvex")
}

// "L'offerta del/della/dei" a company is a bid (Italian).
func TestItalianOfferOfABidder(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"it", "Quorvex ha accettato ieri l'offerta del fondo speculativo Veltraco, che valuta l'azienda circa 512 milioni di dollari."},
	}, "Veltraco", "Quorvex")
}

// An apposition without an article, as the Romance languages write one,
// describes the subject: the company named in it is no party.
func TestBareAppositionDescribesTheSubject(t *testing.T) {
	text := "Veltraco, maison mère du groupe de journaux locaux Brindlewood, a annoncé lundi le rachat de Quorvex pour 1,4 milliard de dollars."
	got := Find(sentence(text, "Veltraco", "Brindlewood", "Quorvex"), "fr", "")
	if len(got) != 1 || !slices.Equal(got[0].Parties, []string{"Veltraco", "Quorvex"}) {
		t.Errorf("%q: %+v, want Veltraco buying Quorvex", text, got)
	}
}

// Making under contract for another company is a supply deal; working
// together ("arbeitet ... zusammen") a partnership.
func TestContractManufacturingAndWorkingTogether(t *testing.T) {
	wantOne(t, model.Supply, []langText{
		{"en", "Veltraco's mid-priced pianos have been built under contract by Quorvex since 1992."},
		{"it", "Quorvex produce su commessa i pianoforti di Veltraco dal 1992."},
	}, "Veltraco", "Quorvex")
	wantOne(t, model.Partnership, []langText{
		{"de", "Seit Februar 2020 arbeitet Veltraco mit dem Hersteller Quorvex bei Gaming-Stühlen zusammen."},
	}, "Veltraco", "Quorvex")
}

// Savings, a fee and buying power are no price and no purchase.
func TestSavingsFeesAndBuyingPower(t *testing.T) {
	for _, text := range []string{
		"Veltraco, which is buying Quorvex, expects about $60 million of yearly cost savings within two years.",
		"Quorvex has terminated that merger agreement and will pay Veltraco a fee of about $6.7 million.",
	} {
		for _, f := range Find(sentence(text, "Veltraco", "Quorvex"), "en", "") {
			if f.Value != nil {
				t.Errorf("%q: %+v, want no price", text, f)
			}
		}
	}
	text := "Veltraco and Quorvex are targeting at least £80m a year of savings and extra buying power by 2017."
	for _, f := range Find(sentence(text, "Veltraco", "Quorvex"), "en", "") {
		if f.Type == model.Acquisition {
			t.Errorf("%q: %+v, want no purchase", text, f)
		}
	}
}

// Shares counted by the million are a stake sold, a year after a
// percentage is no price, and "made and distributed" is a verb.
func TestSharesYearsAndVerbsAfterThisStopsRules(t *testing.T) {
	wantOne(t, model.Divestiture, []langText{
		{"en", "Veltraco sold 10 million shares of Quorvex to Brindlewood for $500 million."},
	}, "Veltraco", "Quorvex", "Brindlewood")
	for _, f := range Find(sentence("Veltraco acquired Quorvex, whose margin was 13% for 2019.", "Veltraco", "Quorvex"), "en", "") {
		if f.Type == model.Investment {
			t.Errorf("%+v: a margin for a year is no stake", f)
		}
	}
	wantOne(t, model.Partnership, []langText{
		{"en", "Veltraco made and distributed the products of Quorvex in Japan."},
	}, "Veltraco", "Quorvex")
}

// A bare figure that counts something is no price.
func TestBareFigureCountingIsNoPrice(t *testing.T) {
	for _, text := range []string{"Quorvex, which has 3 million subscribers, agreed to merge with Veltraco.", "Quorvex levantó 115 millones en una ronda."} {
		_, ok := BarePrice(text, "en")
		if want := strings.Contains(text, "levantó"); ok != want {
			t.Errorf("%q: bare price %v, want %v", text, ok, want)
		}
	}
}

// Units sold by the million are products, not a company sold.
func TestUnitsSoldByTheMillionAreNoSale(t *testing.T) {
	for _, c := range []langText{
		{"en", "Since presenting its first motor in 2014, Quorvex has sold more than two million drives, mostly to Veltraco."},
		{"it", "Dal 2014 Quorvex ha venduto oltre due milioni di motori, soprattutto a Veltraco."},
	} {
		for _, f := range Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "") {
			if f.Type == model.Divestiture || f.Type == model.Acquisition {
				t.Errorf("%s %q: %+v, want no sale of a company", c.lang, c.text, f)
			}
		}
	}
}

// "Distributed" describing a noun ("and distributed IT equipment") is no
// distribution deal.
func TestDistributedIsNoDistributionDeal(t *testing.T) {
	for _, text := range []string{
		"Veltraco, incorporated in Ireland and run from Ohio, said data-center and distributed IT equipment would account for about 17% of its sales by 2030.",
	} {
		for _, f := range Find(sentence(text, "Veltraco", "Quorvex"), "en", "") {
			if f.Type == model.Partnership {
				t.Errorf("%q: %+v, want no partnership", text, f)
			}
		}
	}
}

// A company's venture into a market is a move of its own, not a joint
// venture.
func TestVentureIntoAMarketIsNoJointVenture(t *testing.T) {
	got := Find(sentence("Veltraco has agreed to buy the drive business of Quorvex, ending the Tussock group's decade-long venture into bicycles.", "Veltraco", "Quorvex", "Tussock"), "en", "")
	for _, f := range got {
		if f.Type == model.JointVenture {
			t.Errorf("%+v: a venture into a market is no joint venture", got)
		}
	}
	wantOne(t, model.JointVenture, []langText{{"en", "Veltraco and Quorvex formed a venture in 2019."}}, "Veltraco", "Quorvex")
}

// A cooperative is a kind of company, not a deal; cooperating is one.
func TestCooperativeIsNoPartnership(t *testing.T) {
	for _, c := range []langText{
		{"fr", "Avec Quorvex, la coopérative de Veltraco devient numéro un mondial."},
		{"es", "Las cooperativas de Veltraco adelantan sus compras a Quorvex."},
		{"en", "Veltraco, a farmers' cooperative, competes with Quorvex."},
	} {
		if got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, ""); len(got) != 0 {
			t.Errorf("%s %q: %+v, want no deal", c.lang, c.text, got)
		}
	}
	wantOne(t, model.Partnership, []langText{
		{"en", "Veltraco will cooperate with Quorvex on batteries."},
		{"en", "Veltraco signed a cooperative agreement with Quorvex."},
		{"fr", "Veltraco va coopérer avec Quorvex dans les batteries."},
		{"it", "Veltraco coopera con Quorvex nelle batterie."},
	}, "Veltraco", "Quorvex")
}

// A funding round named by its size, or "round"/"ronda" with a figure,
// is an investment of those who put money in.
func TestFundingRoundsBySize(t *testing.T) {
	wantOne(t, model.Investment, []langText{
		{"en", "Veltraco was among the backers of a €115 million round in Quorvex."},
		{"en", "Quorvex closed a $15 million round led by Veltraco."},
		{"it", "Quorvex aveva chiuso un round da 115 milioni con Veltraco."},
		{"es", "Quorvex levantó 115 millones en una ronda en la que entró Veltraco."},
		{"de", "Bei der Serie-A-Runde von Quorvex hatte Veltraco die Führung übernommen."},
	}, "Veltraco", "Quorvex")
}

// A stake that gives control, taken with no verb of buying, buys the
// company: annotators, like readers, call a majority stake a purchase.
func TestTakingAMajorityStakeBuys(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"en", "Veltraco has taken a majority stake in Quorvex."},
		{"fr", "Veltraco a pris une participation majoritaire dans Quorvex."},
		{"it", "Veltraco ha assunto una quota di maggioranza in Quorvex."},
		{"es", "Veltraco tomó una participación mayoritaria en Quorvex."},
		{"de", "Veltraco hat eine Mehrheitsbeteiligung an Quorvex übernommen."},
	}, "Veltraco", "Quorvex")
}

// Investing with a figure or a company after the verb (or before it, where
// the verb comes last) is an investment.
func TestInvestingInACompany(t *testing.T) {
	wantOne(t, model.Investment, []langText{
		{"en", "Veltraco will invest in Quorvex."},
		{"en", "Veltraco invested heavily last year in Quorvex."},
		{"en", "Veltraco will invest $2 billion over five years in Quorvex."},
		{"de", "Veltraco will in Quorvex investieren."},
	}, "Veltraco", "Quorvex")
}

// The other side of a deal may come after an apposition that describes
// what was dealt: "it licensed cobimetinib, the melanoma drug ..., to
// Genentech".
func TestRecipientAfterAnApposition(t *testing.T) {
	s := sentence("In 2006 it licensed cobimetinib, the melanoma drug that won approval last November, to Quorvex, which has developed and sold it since.", "Quorvex")
	got := Find(s, "en", "")
	if len(got) == 0 || got[0].Type != model.Licensing || !slices.Equal(got[0].Parties, []string{"Quorvex"}) {
		t.Errorf("%+v, want a licence to Quorvex first", got)
	}
}

// A company named inside that apposition is no side of the deal: "in May
// it offloaded Homebase, the DIY chain it had tried to convert to the
// Bunnings format, to Hilco Capital" sells Homebase to Hilco.
func TestCompanyInsideAnAppositionIsNoSide(t *testing.T) {
	s := sentence("In May Veltraco offloaded Quorvex, the loss-making chain it had tried to convert to the Brindle format, to the restructuring firm Kelmora for a nominal £1.", "Veltraco", "Quorvex", "Brindle", "Kelmora")
	got := Find(s, "en", "")
	if len(got) != 1 || got[0].Type != model.Divestiture || got[0].Buyer != "Kelmora" || !slices.Equal(got[0].Parties, []string{"Veltraco", "Quorvex", "Kelmora"}) {
		t.Errorf("%+v, want Veltraco selling Quorvex to Kelmora", got)
	}
}

// Shares paid beside cash are the price, not a stake bought: "for $90 in
// cash and 2.884 of its shares for each share" buys the company.
func TestSharesPaidBesideCash(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"en", "Veltraco will buy Quorvex for $90 in cash and 2.884 Veltraco shares for each Quorvex share."},
		{"fr", "Veltraco rachètera Quorvex pour 90 dollars en espèces et 2,884 de ses actions par titre."},
	}, "Veltraco", "Quorvex")
}

// Paying a company up front, with nothing bought, opens a licence: "verse
// 750 millions de dollars d'avance à MorphoSys".
func TestUpfrontPaymentIsALicence(t *testing.T) {
	wantOne(t, model.Licensing, []langText{
		{"fr", "Veltraco verse 750 millions de dollars d'avance à Quorvex."},
		{"en", "Veltraco will pay Quorvex $750 million upfront."},
		{"de", "Veltraco zahlt Quorvex eine Vorauszahlung von 750 Millionen Dollar."},
	}, "Veltraco", "Quorvex")
}

// A minority of a company sold is an investment by its buyer; a stake
// of unsaid size, or more than half, sold is a divestiture, and so is the
// seller's own stake, all it held (see TestOwnStakeSoldIsADivestiture).
func TestMinorityStakeSoldIsAnInvestment(t *testing.T) {
	wantOne(t, model.Investment, []langText{
		{"it", "Veltraco cede il 35% di Quorvex a Brindle per 2,1 miliardi di euro."},
		{"en", "In 2012, Veltraco sold 25 per cent of Quorvex to Brindle for €387m."},
		{"fr", "Veltraco cède 35 % de sa filiale Quorvex à Brindle."},
	}, "Veltraco", "Quorvex", "Brindle")
	wantOne(t, model.Divestiture, []langText{
		{"en", "Veltraco is considering selling its 23% stake in Quorvex to Brindle."},
		{"en", "Veltraco agreed to sell its stake in Quorvex to Brindle."},
		{"en", "Veltraco sold 50.75% of Quorvex to Brindle."},
		{"de", "Die Beteiligung stammt aus dem Jahr 2010, als Veltraco sein Biergeschäft an Brindle abtrat und im Gegenzug 20 Prozent an den Niederländern erhielt."},
	}, "Veltraco", "Quorvex", "Brindle")
}

// A sentence's subject with an apposition after it is a side of the deal
// its verb tells, though the clause names two others: "Veltraco, the
// German group, bought Quorvex from Brindle".
func TestSubjectBeforeAnApposition(t *testing.T) {
	for _, c := range []struct {
		lang, text, typ, buyer string
	}{
		{"en", "Veltraco, the German group, bought Quorvex from Brindle for $2 billion.", model.Acquisition, "Veltraco"},
		{"fr", "La Veltraco, le bras financier public de l'État italien, cède 35 % de sa filiale Quorvex à Brindle.", model.Investment, "Brindle"},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Brindle"), c.lang, "")
		if len(got) != 1 || got[0].Type != c.typ || got[0].Buyer != c.buyer || !slices.Equal(got[0].Parties, []string{"Veltraco", "Quorvex", "Brindle"}) {
			t.Errorf("%q: %+v, want a %s by Veltraco, Quorvex and Brindle", c.text, got, c.typ)
		}
	}
}

// German verbs of merging, licensing, buying from ("abgekauft") and
// selling ("abgab") in their zu-infinitive, compound, separated and
// verb-last forms.
func TestGermanMergingAndLicensingForms(t *testing.T) {
	wantOne(t, model.Merger, []langText{
		{"de", "Veltraco und Quorvex haben angekündigt, sich bis Oktober zu einem Konzern zusammenzuschließen."},
		{"de", "Veltraco und Quorvex führen ihre Geschäfte zusammen."},
	}, "Veltraco", "Quorvex")
	wantOne(t, model.Licensing, []langText{
		{"de", "Veltraco hatte den Wirkstoff 2010 von Quorvex einlizenziert."},
	}, "Veltraco", "Quorvex")
	wantOne(t, model.Acquisition, []langText{
		{"de", "Schon 2017 hatte Veltraco dem Mischkonzern Quorvex für rund 2 Milliarden Dollar die Atemschutzsparte abgekauft."},
		// and in a clause that puts the verb last, in the past
		{"de", "Bekannt wurde er, als seine Firma Veltraco 2007 dem Unternehmen Quorvex den Blogdienst abkaufte."},
	}, "Veltraco", "Quorvex")
	wantOne(t, model.Divestiture, []langText{
		{"de", "Er gründete Veltraco, das 2014 seine Mine für 190 Millionen Dollar an Quorvex abgab."},
	}, "Veltraco", "Quorvex")
	// (a quarter of it sold is Quorvex's investment: see
	// TestMinoritySoldIsTheBuyersInvestment)
	wantOne(t, model.Investment, []langText{
		{"de", "Er gründete Veltraco, das 2014 ein Viertel seiner Mine Daxmoor für 190 Millionen Dollar an Quorvex abgab."},
	}, "Veltraco", "Quorvex", "Daxmoor")
}

// An offer whose target is named after its price and terms is a bid:
// "une offre de 4,35 milliards d'euros sur l'allemand Siltronic".
func TestOfferWithItsTargetFarAfter(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"fr", "Veltraco a lancé lundi une offre non sollicitée de 78,50 dollars par action, entièrement en numéraire, sur Quorvex."},
		{"fr", "Veltraco a annoncé mardi l'abandon de son offre de 4,35 milliards d'euros sur l'allemand Quorvex."},
		{"en", "Veltraco made an unsolicited offer of $78.50 a share in cash for Quorvex."},
		{"es", "Veltraco lanzó una oferta de 10.000 millones de euros en efectivo sobre Quorvex."},
	}, "Veltraco", "Quorvex")
}

// A clause after "mentre"/"while" goes on with the sentence's unsaid
// subject: the company the clause before bought is not its buyer.
func TestClauseAfterWhileKeepsTheSubject(t *testing.T) {
	got := Find(sentence("A ottobre ha completato l'acquisizione di Quorvex per 6,7 miliardi di dollari, mentre nel 2015 aveva rilevato per 2,5 miliardi di dollari Brindle.", "Quorvex", "Brindle"), "it", "")
	for _, f := range got {
		if slices.Contains(f.Parties, "Quorvex") && slices.Contains(f.Parties, "Brindle") {
			t.Errorf("%+v: Quorvex read as the buyer of Brindle", got)
		}
	}
}

// Paying a fee is no purchase: "KCS will pay it a $700 million break
// fee", "lui versera une indemnité de résiliation", "muss den Kanadiern
// Entschädigungen zahlen".
func TestPayingAFeeBuysNothing(t *testing.T) {
	for _, c := range []langText{
		{"en", "Quorvex will pay Veltraco a $700 million break fee."},
		{"fr", "Quorvex lui versera une indemnité de résiliation de 700 millions de dollars, a précisé Veltraco."},
		// German puts the paying verb after the fee
		{"de", "Ganz leer geht Veltraco nicht aus: Quorvex muss den Kanadiern Entschädigungen von insgesamt 450 Millionen Dollar zahlen."},
	} {
		if got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, ""); len(got) != 0 {
			t.Errorf("%s %q: %+v, want no deal", c.lang, c.text, got)
		}
	}
}

// "It", the subject of a passive purchase whose sides are both named, is
// one of them: no third side is looked for.
func TestPassiveItIsNamedAlready(t *testing.T) {
	got := Find(sentence("The company instead entered into a new agreement with Veltraco, under which it will be bought for $90 in cash and 2.884 Veltraco shares per Quorvex share.", "Veltraco", "Quorvex"), "en", "")
	for _, f := range got {
		if f.Type == model.Acquisition && f.Anaphor {
			t.Errorf("%+v: a third side looked for", got)
		}
	}
}

// A pursuit of a company is a bid, dropped when it is dropped; an
// all-stock combination of two companies is a merger.
func TestPursuitAndCombination(t *testing.T) {
	got := Find(sentence("Five years ago Veltraco had to drop its hostile pursuit of Quorvex, a roughly $28 billion approach.", "Veltraco", "Quorvex"), "en", "")
	if len(got) != 1 || got[0].Type != model.Acquisition || got[0].Status != model.Failed {
		t.Errorf("pursuit: %+v, want one failed acquisition", got)
	}
	wantOne(t, model.Merger, []langText{
		{"en", "Veltraco and Quorvex announced their own transatlantic all-stock combination last October."},
	}, "Veltraco", "Quorvex")
}

// "Se hizo con" takes a company also with a time between ("se hizo en
// 2000 con el control de ..."), and a subject set off by an aside ("KPN,
// por su parte, ...") is its buyer.
func TestTookWithATimeBetweenAndAnAside(t *testing.T) {
	got := Find(sentence("Veltraco, por su parte, se hizo en 2000 con el control de la operadora alemana Quorvex y posee en Bélgica la operadora móvil Brindle.", "Veltraco", "Quorvex", "Brindle"), "es", "")
	if len(got) == 0 || got[0].Type != model.Acquisition || !slices.Contains(got[0].Parties, "Veltraco") || !slices.Contains(got[0].Parties, "Quorvex") {
		t.Errorf("%+v, want Veltraco taking Quorvex", got)
	}
	got = Find(sentence("Además de Brindle, Veltraco se quedó en 2010 con Quorvex, especialista en memorias flash, por unos 1.270 millones de dólares en acciones.", "Veltraco", "Quorvex", "Brindle"), "es", "")
	if len(got) != 1 || got[0].Type != model.Acquisition || !reflect.DeepEqual(got[0].Parties, []string{"Veltraco", "Quorvex"}) {
		t.Errorf("%+v, want Veltraco taking Quorvex", got)
	}
	// a longer time: "a finales de 2013", "a principios de marzo de 2013"
	for _, text := range []string{
		"Veltraco se hizo a finales de 2013 con el 80% de la china Quorvex por unos 584 millones de dólares.",
		"Veltraco se hizo a principios de marzo de 2013 con Quorvex.",
	} {
		got = Find(sentence(text, "Veltraco", "Quorvex"), "es", "")
		if len(got) != 1 || got[0].Type != model.Acquisition || !reflect.DeepEqual(got[0].Parties, []string{"Veltraco", "Quorvex"}) {
			t.Errorf("%q: %+v, want Veltraco taking Quorvex", text, got)
		}
	}
	// the words between are a time only: "se hace a la idea de perder con
	// Quorvex" takes nothing
	if got = Find(sentence("Veltraco se hace a la idea de competir con Quorvex.", "Veltraco", "Quorvex"), "es", ""); len(got) != 0 {
		t.Errorf("%+v, want no deal", got)
	}
}

// "For X, the disposal ..." is the article's deal of X, told again: no
// other side to look for.
func TestTopicNamedDealIsTheArticles(t *testing.T) {
	got := Find(sentence("For Veltraco, the disposal is part of a plan to simplify the group and focus on renewable energy.", "Veltraco"), "en", "")
	if len(got) != 1 || got[0].Anaphor || !got[0].Refers {
		t.Errorf("%+v, want one deal pointing back, no anaphor", got)
	}
}

// Winning a company is buying it: "se adjudicó la británica Vectura", "si
// è aggiudicata Vectura".
func TestWinningACompanyBuysIt(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"es", "El año pasado Veltraco se adjudicó la británica Quorvex por 1.000 millones de libras."},
		{"it", "L'anno scorso Veltraco si è aggiudicata la britannica Quorvex."},
	}, "Veltraco", "Quorvex")
}

// Companies joining to form another merge: "se unieron para formar", "si
// sono unite per formare", "se sont unies pour former".
func TestJoiningToFormIsAMerger(t *testing.T) {
	wantOne(t, model.Merger, []langText{
		{"es", "En 2002 Veltraco y Quorvex se unieron para formar Daxmoor."},
		{"it", "Nel 2002 Veltraco e Quorvex si sono unite per formare Daxmoor."},
		{"fr", "En 2002, Veltraco et Quorvex se sont unies pour former Daxmoor."},
	}, "Veltraco", "Quorvex", "Daxmoor")
}

// A company named in the apposition of a subject told by what it is
// describes that subject; it is no side of the subject's deal.
func TestCompanyInTheSubjectsApposition(t *testing.T) {
	s := sentence("El grupo, principal accionista de la cadena de tiendas Quorvex, lleva años reforzando su negocio: en 2012 acordó comprar a la estadounidense Daxmoor sus negocios de fruta por 1.700 millones de dólares.", "Quorvex", "Daxmoor")
	for _, f := range Find(s, "es", "") {
		if slices.Contains(f.Parties, "Quorvex") {
			t.Errorf("%+v: Quorvex describes the group, it buys nothing", f)
		}
	}
	// a relative clause there tells a deal of its own
	s = sentence("Il gruppo, che nel 2008 aveva rilevato il broker Quorvex per 1,75 miliardi di dollari, ha annunciato un aumento di capitale.", "Quorvex")
	if got := Find(s, "it", ""); len(got) == 0 || !slices.Contains(got[0].Parties, "Quorvex") {
		t.Errorf("%+v, want the purchase of Quorvex", got)
	}
}

// Businesses combined under a joint holding company make a joint venture.
func TestJointHoldingIsAVenture(t *testing.T) {
	wantOne(t, model.JointVenture, []langText{
		{"en", "Veltraco and Quorvex agreed to combine their businesses under a joint holding company."},
		{"fr", "Veltraco et Quorvex réunissent leurs activités au sein d'une holding commune."},
	}, "Veltraco", "Quorvex")
}

// Agreeing to a rival's offer, in German: "einem Angebot des Wettbewerbers
// X zugestimmt" is X's bid (an offer "von der" a bidder's unit only says
// who makes the offer told before).
func TestGermanOfferOfARival(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"de", "Erst im Februar hatte der Sicherheitsdienstleister Veltraco einem Angebot des amerikanischen Wettbewerbers Quorvex zugestimmt."},
	}, "Veltraco", "Quorvex")
}

// "Bündnis" is the German for an alliance.
func TestGermanBuendnisIsAnAlliance(t *testing.T) {
	wantOne(t, model.Partnership, []langText{
		{"de", "Veltraco und Quorvex haben am Mittwoch den Vertrag über ihr Bündnis unterzeichnet."},
	}, "Veltraco", "Quorvex")
}

// A gerund clause that names what it buys is a purchase of its own by the
// sentence's subject ("taking control of X and paying $2.5 billion for
// Y"): X is bought, it buys nothing.
func TestGerundClausesBuyTheirOwnObjects(t *testing.T) {
	got := Find(sentence("The group spent heavily in 2007, taking control of German turbine maker Veltraco and paying about $2.5 billion for Quorvex, a uranium miner.", "Veltraco", "Quorvex"), "en", "")
	for _, f := range got {
		if len(f.Parties) != 1 || !f.Anaphor {
			t.Errorf("%+v, want each company bought by the group, alone", f)
		}
	}
	if len(got) != 2 {
		t.Errorf("%d deals, want two", len(got))
	}
}

// A share of a company bought is a stake, with the German "von" and the
// Portuguese "da" before the company as with "of".
func TestPercentOfACompanyInGermanAndPortuguese(t *testing.T) {
	wantOne(t, model.Investment, []langText{
		{"de", "Veltraco übernimmt 19,99 Prozent von Quorvex für 1,76 Milliarden Dollar."},
		{"pt", "Em 2012 a Veltraco comprou 25% da Quorvex por 387 milhões de euros."},
	}, "Veltraco", "Quorvex")
}

// Italian merging verbs: "fondendosi con", "si fonde con".
func TestItalianMergingVerbs(t *testing.T) {
	wantOne(t, model.Merger, []langText{
		{"it", "Veltraco era sbarcata a Wall Street nel 2006 fondendosi con Quorvex."},
		{"it", "Veltraco si fonde con Quorvex."},
	}, "Veltraco", "Quorvex")
}

// The German present and past of "verschmelzen" with the company they
// merge with: "verschmilzt mit", "verschmolz mit". Not what else melts
// into one ("verschmilzt Kunst mit Technik", "wie Design und Technik
// verschmolz").
func TestGermanMergingVerbs(t *testing.T) {
	wantOne(t, model.Merger, []langText{
		{"de", "Veltraco verschmilzt mit der Zweckgesellschaft Quorvex, wie beide Seiten mitteilten."},
		{"de", "Veltraco verschmolz mit Quorvex im Jahr 2010."},
	}, "Veltraco", "Quorvex")
	for _, text := range []string{
		"Bei Veltraco verschmilzt Kunst mit Technik, sagte der Chef von Quorvex.",
		"Veltraco und Quorvex zeigen in Berlin, wie Design und Technik verschmolz.",
	} {
		if got := Find(sentence(text, "Veltraco", "Quorvex"), "de", ""); len(got) != 0 {
			t.Errorf("%q: %+v, want no deal", text, got)
		}
	}
}

// Selling products is trade, not a sale of a company: "Händler wie X
// verkaufen heute Produkte beider Hersteller".
func TestSellingProductsIsNoDeal(t *testing.T) {
	for _, c := range []langText{
		{"de", "Händler wie Veltraco verkaufen heute Produkte beider Hersteller von Quorvex."},
		{"en", "Distributors such as Veltraco sell products of both Quorvex and its rival."},
	} {
		if got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, ""); len(got) != 0 {
			t.Errorf("%s %q: %+v, want no deal", c.lang, c.text, got)
		}
	}
}

// A company's goods sold under its name are a distributor's trade, not the
// company sold: "will sell and service Veltraco motorcycles", "venderà le
// moto Veltraco". Its business, its shares or the company itself are.
func TestSellingNamedGoodsIsNoDeal(t *testing.T) {
	for _, c := range []langText{
		{"en", "Under the agreement Quorvex will sell and service Veltraco motorcycles in India."},
		{"en", "Installers already sell Veltraco cameras together with Quorvex software."},
		{"it", "Con il contratto Quorvex venderà e assisterà le moto Veltraco in India."},
		{"fr", "Quorvex va vendre les motos Veltraco en Inde."},
		// goods sold under a brand
		{"en", "Since 2010 Veltraco has built the printers that Quorvex sells under its own brand."},
		{"it", "Quorvex venderà i prodotti di Veltraco con il marchio Quorvex."},
		{"de", "Quorvex verkauft die Drucker von Veltraco unter der eigenen Marke."},
		// a hyphened name between "under" and its brand noun counts as one word
		{"en", "Quorvex will develop and sell a range of premium motorcycles under the Veltraco-Daxmoor brand name."},
	} {
		if got := Find(sentence(c.text, "Veltraco", "Quorvex", "Veltraco-Daxmoor"), c.lang, ""); len(got) != 0 {
			t.Errorf("%s %q: %+v, want no deal", c.lang, c.text, got)
		}
	}
	// goods right after the selling word, unnamed
	for _, f := range Find(sentence("Veltraco picked Quorvex as its partner in India, a month after it said it would stop manufacturing and selling bikes in the country.", "Veltraco", "Quorvex"), "en", "") {
		if f.Type == model.Divestiture {
			t.Errorf("%+v: bikes sold are trade", f)
		}
	}
	for _, c := range []langText{
		{"en", "Quorvex agreed to sell the Veltraco motorcycles business to Daxmoor."},
		{"en", "Quorvex will sell Veltraco shares to Daxmoor."},
		{"en", "Quorvex agreed to sell Veltraco to Daxmoor for $2 billion."},
		{"en", "Quorvex agreed to sell Veltraco, which trades under the Daxmoor brand, to Daxmoor."},
		{"en", "Quorvex sold the 120 stores it operated under the Veltraco-Brindle brand to Daxmoor for $200 million."},
		{"it", "Quorvex venderà la controllata Veltraco a Daxmoor."},
		// goods that go on as a business, or go to a company named
		{"en", "Quorvex agreed to sell the Veltraco trucks and buses business to Daxmoor for 2 billion euros."},
		{"en", "Quorvex agreed to sell Veltraco trucks, its heavy-vehicle unit, to Daxmoor."},
		{"en", "Quorvex is considering a plan to sell Veltraco motorcycles to Daxmoor for 1.5 billion euros."},
		{"it", "Quorvex sta valutando di vendere le moto Veltraco a Daxmoor per 1,5 miliardi."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Daxmoor"), c.lang, "")
		if len(got) != 1 || got[0].Type != model.Divestiture {
			t.Errorf("%s %q: %+v, want a sale", c.lang, c.text, got)
		}
	}
}

// A purchase with its verb left out carries its own price, not the one
// before the conjunction: "bought Veltraco in 2014 for $100 million and
// Quorvex in 2016 for $200 million".
func TestElidedPurchaseHasItsOwnPrice(t *testing.T) {
	got := Find(sentence("Daxmoor bought Veltraco in 2014 for $100 million and Quorvex in 2016 for $200 million.", "Daxmoor", "Veltraco", "Quorvex"), "en", "")
	want := map[string]float64{"Veltraco": 100e6, "Quorvex": 200e6}
	if len(got) != 2 {
		t.Fatalf("%+v, want two purchases", got)
	}
	for _, f := range got {
		bought := f.Parties[len(f.Parties)-1]
		if f.Value == nil || f.Value.Value != want[bought] {
			t.Errorf("%s bought for %+v, want %v", bought, f.Value, want[bought])
		}
	}
}

// A second purchase told after "and then" and its time, the verb left
// out ("e poi nel 2016 Quorvex", "and then in 2016 Quorvex", "und dann
// 2002 Quorvex"), is a purchase of its own, with its own year and price.
func TestElidedPurchaseAfterThenAndItsTime(t *testing.T) {
	for _, c := range []langText{
		{"it", "Daxmoor ha comprato nel 2014 Veltraco per 100 milioni di euro e poi nel 2016 Quorvex per 200 milioni di euro."},
		{"en", "Daxmoor bought Veltraco in 2014 and then in 2016 Quorvex."},
		{"de", "Daxmoor übernahm 1999 Veltraco und dann 2002 Quorvex."},
	} {
		got := Find(sentence(c.text, "Daxmoor", "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 2 {
			t.Errorf("%s: %+v, want two purchases", c.lang, got)
			continue
		}
		for _, f := range got {
			if len(f.Parties) != 2 || f.Parties[0] != "Daxmoor" {
				t.Errorf("%s: %+v, want one company bought by Daxmoor", c.lang, f)
			}
		}
	}
	got := Find(sentence("Daxmoor ha comprato nel 2014 Veltraco per 100 milioni di euro e poi nel 2016 Quorvex per 200 milioni di euro.", "Daxmoor", "Veltraco", "Quorvex"), "it", "")
	for _, f := range got {
		if bought := f.Parties[len(f.Parties)-1]; bought == "Veltraco" && f.Date != "2014" || bought == "Quorvex" && f.Date != "2016" {
			t.Errorf("%s bought in %q", bought, f.Date)
		}
	}
}

// A list of purchases with the verb left out after the first ("1999
// übernahm er X, 2002 den Kölner Y") is one purchase per company, each
// with the same unsaid buyer; not a deal between X and Y.
func TestElidedPurchasesInAList(t *testing.T) {
	for _, c := range []langText{
		{"de", "1999 übernahm er den Schweizer Hersteller Veltraco, 2002 den Kölner Traditionshersteller Quorvex."},
		{"en", "In 1999 it bought chocolate maker Veltraco, in 2002 the Cologne-based Quorvex."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 2 {
			t.Errorf("%s: %+v, want two purchases", c.lang, got)
			continue
		}
		for _, f := range got {
			if len(f.Parties) != 1 || f.Type != model.Acquisition {
				t.Errorf("%s: %+v, want one company bought by the unsaid buyer", c.lang, f)
			}
		}
	}
}

// An outsourcing contract is a supply deal: "firmó su primer contrato de
// externalización ... con X", "eine Outsourcing-Vereinbarung".
func TestOutsourcingIsSupply(t *testing.T) {
	wantOne(t, model.Supply, []langText{
		{"es", "Veltraco firmó su primer contrato de externalización de largo plazo con Quorvex."},
		{"en", "Veltraco signed a long-term outsourcing agreement with Quorvex."},
	}, "Veltraco", "Quorvex")
}

// Selling the last of a stake is an exit, a divestiture, whatever its
// size; a minority sold otherwise is the buyer's investment.
func TestLastOfAStakeSoldIsADivestiture(t *testing.T) {
	wantOne(t, model.Divestiture, []langText{
		{"en", "Veltraco sold its last 11.2% of Quorvex in 2017 for $1.16 billion."},
		{"fr", "Veltraco a cédé en 2017 ses derniers 11,2 % de Quorvex pour 1,16 milliard de dollars."},
	}, "Veltraco", "Quorvex")
	wantOne(t, model.Investment, []langText{
		{"en", "Veltraco sold 11.2% of Quorvex to Brantmoor in 2017 for $1.16 billion."},
	}, "Veltraco", "Quorvex", "Brantmoor")
}

// Paying a company up front to develop drugs together is a licence, not a
// purchase of goods; "pagamento anticipato" is the Italian for up front.
func TestUpfrontPaymentToDevelopIsALicence(t *testing.T) {
	wantOne(t, model.Licensing, []langText{
		{"en", "Veltraco will pay Quorvex $400 million up front to develop RNA interference drugs for diseases of the eye."},
		{"it", "Veltraco verserà a Quorvex 400 milioni di dollari come pagamento anticipato per sviluppare insieme farmaci."},
	}, "Veltraco", "Quorvex")
}

// In German the share sold may stand before the verb: a minority of a
// company sold is the buyer's investment there too.
func TestGermanMinoritySoldObjectFirst(t *testing.T) {
	wantOne(t, model.Investment, []langText{
		{"de", "Einen Anteil von 29,5 Prozent am Kreditversicherer Quorvex hat die französische Bank Veltraco an die Brantmoor Group verkauft."},
	}, "Veltraco", "Quorvex", "Brantmoor")
}

// A buying word with a pronoun for its object ("bought it", "lo
// adquirió") buys a company told before: the company named
// buys, and another clause's company is no side of its deal.
func TestObjectPronounIsWhatIsBought(t *testing.T) {
	for _, c := range []langText{
		{"en", "It has changed hands twice: packaging group Veltraco bought it in 1991, and the buyout firm Quorvex acquired it in 2000."},
		{"es", "El fabricante de envases Veltraco lo adquirió en 1991 y, en 2000, el fondo Quorvex lo compró."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		for _, f := range got {
			if len(f.Parties) != 1 || f.Buyer != f.Parties[0] {
				t.Errorf("%s: %+v, want each buyer alone, what it bought told before", c.lang, f)
			}
		}
		if len(got) != 2 {
			t.Errorf("%s: %d deals, want two", c.lang, len(got))
		}
	}
}

// A year with no word before it that says so still dates its deal: as the
// word that describes a deal, or where German puts its adverb. A number
// counted in the same places is no year.
func TestBareYearDatesTheDeal(t *testing.T) {
	for _, c := range []struct{ lang, text, date string }{
		{"en", "Veltraco became a force in mining largely through its 2001 purchase of Quorvex.", "2001"},
		{"de", "Veltraco hatte Quorvex 2007 für 19,3 Milliarden australische Dollar gekauft.", "2007"},
		{"de", "2014 übernahm Veltraco für 390 Millionen Pfund die Fondsgesellschaft Quorvex.", "2014"},
		{"de", "Veltraco übernimmt Quorvex mit 2000 Mitarbeitern.", ""},
		{"en", "Veltraco agreed to buy Quorvex, which has 2000 employees.", ""},
		{"de", "Veltraco übernimmt Quorvex, der Umsatz stieg von 2018 bis 2020.", ""},
		// a timeline's entry opens on its year and a colon
		{"de", "- **2006:** Veltraco übernimmt Quorvex von drei Familienstämmen.", "2006"},
		{"en", "2014: Veltraco buys Quorvex for $2 billion.", "2014"},
		{"it", "- **2011:** Veltraco rileva Quorvex per 50 milioni di euro.", "2011"},
		{"en", "Veltraco bought Quorvex in May; 2014: a record year.", ""},
		{"en", "2014 was the year Veltraco bought Quorvex.", ""},
		// (cases of the stop 37 review: a figure, a lower-case label, a
		// list the splitter joined, a quote)
		{"en", "2000: the number of jobs Veltraco will cut after buying Quorvex.", ""},
		{"en", "2000 - 3000 employees will move to Veltraco after it buys Quorvex.", ""},
		{"en", "2014: a record year for Veltraco, which later bought Quorvex.", ""},
		{"en", "* 1999: Veltraco founded * 2003: Veltraco buys Quorvex", ""},
		{"en", "“2014: a year to forget,” said the chief of Veltraco, which sold Quorvex last week.", ""},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2018-11-22")
		if len(got) != 1 || got[0].Date != c.date {
			t.Errorf("%s %q: %+v, want one deal dated %q", c.lang, c.text, got, c.date)
		}
	}
}

// A purchase told in the past tense and dated a year before the article
// was done by then; one told as agreed that year was a step.
func TestEarlierPurchaseIsCompleted(t *testing.T) {
	for _, c := range []struct{ lang, text, status string }{
		{"en", "Veltraco bought Quorvex in 2007 for A$19.3 billion.", model.Completed},
		{"de", "Veltraco hatte Quorvex 2007 für 19,3 Milliarden australische Dollar gekauft.", model.Completed},
		{"en", "Veltraco agreed in 2015 to buy Quorvex.", model.Announced},
		{"es", "En diciembre de 2015, Veltraco y Quorvex anunciaron su fusión.", model.Announced},
		{"en", "Veltraco bought Quorvex on Monday for $2 billion.", model.Announced},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2018-11-22")
		if len(got) != 1 || got[0].Status != c.status {
			t.Errorf("%s %q: %+v, want one deal %s", c.lang, c.text, got, c.status)
		}
	}
}

// A partnership word after a definite article, naming the sides, is the
// deal the reader knows; one after an indefinite article is a new one.
func TestDefinitePartnershipPointsBack(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		definite   bool
	}{
		{"en", "Pinault said the partnership with Quorvex would be a long-term one for Veltraco.", true},
		{"it", "Nell'ambito dell'intesa con Quorvex, Veltraco svilupperà nuovi modelli.", true},
		{"en", "Veltraco signed a partnership with Quorvex.", false},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Definite != c.definite {
			t.Errorf("%s %q: %+v, want one deal, definite %v", c.lang, c.text, got, c.definite)
		}
	}
}

// Shares a price is paid in, and a stake a deal leaves its seller with,
// are how it is paid and what follows, not a stake bought.
func TestSharesPaidInAndStakeLeftAreNoInvestment(t *testing.T) {
	for _, c := range []langText{
		{"en", "Veltraco will pay $3.7 billion in cash and $300 million in shares to buy Quorvex, leaving the seller with an 11.8 percent stake in the enlarged company."},
		{"nl", "Veltraco betaalt voor Quorvex 3,7 miljard dollar in contanten en 300 miljoen dollar in aandelen."},
	} {
		for _, f := range Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "") {
			if f.Type == model.Investment {
				t.Errorf("%s %q: %+v, want no investment", c.lang, c.text, f)
			}
		}
	}
}

// "Investment" naming a kind of firm ("its investment-banking arm", "an
// investment fund") tells no investment.
func TestInvestmentFirmIsNoInvestment(t *testing.T) {
	for _, text := range []string{
		"The deal will also bring Quorvex Capital, Quorvex's investment-banking arm, together with Veltraco's insurance brokerage.",
		"Veltraco hired the investment bank Quorvex to advise it.",
	} {
		for _, f := range Find(sentence(text, "Veltraco", "Quorvex"), "en", "") {
			if f.Type == model.Investment {
				t.Errorf("%q: %+v, want no investment", text, f)
			}
		}
	}
	wantOne(t, model.Investment, []langText{{"en", "Veltraco made an investment of $300 million in Quorvex."}}, "Veltraco", "Quorvex")
}

// An offer with its price right before it, or right after a preposition,
// is a bid even when its target is named elsewhere; a percentage a share
// price moved by is no stake.
func TestPricedOfferAndPriceMoves(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"en", "In January 2013 Veltraco walked away from its 5.2 billion euro offer, leaving Quorvex with a break fee."},
		{"en", "Veltraco walked away from a proposed £5.6 billion offer for Quorvex in September, sending Quorvex shares down more than 20% in a day."},
	}, "Veltraco", "Quorvex")
	wantOne(t, model.Investment, []langText{
		{"en", "Veltraco will launch a tender offer for up to 30% of Quorvex's shares at $4 apiece."},
	}, "Veltraco", "Quorvex")
}

// The firm of the one quoted on a deal ("urteilt X Y von der Privatbank
// Z") is no side of it.
func TestQuotedAnalystsFirmIsNoSide(t *testing.T) {
	s := sentence(`"Der Preis ist sportlich, aber Veltraco kauft vor allem ein Franchise-System", urteilt Dietmund Vorderbrügge von der Quorvex.`, "Veltraco", "Quorvex")
	for _, f := range Find(s, "de", "") {
		if slices.Contains(f.Parties, "Quorvex") {
			t.Errorf("%+v, want the analyst's firm no side", f)
		}
	}
}

// "Rafler" and "mettere le mani su" buy, as "mettre la main sur" does.
func TestSnatchingBuys(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"fr", "Au printemps, Veltraco a raflé Quorvex."},
		{"it", "Nel 2012 Veltraco ha messo le mani su Quorvex."},
	}, "Veltraco", "Quorvex")
}

// A company named in the apposition that describes a sentence's subject
// ("Criteria CaixaCorp, the holding company of la Caixa, agreed to buy
// ...") tells what the subject is: the subject deals, not it.
func TestApposedOwnerIsNoSide(t *testing.T) {
	for _, c := range []langText{
		{"en", "Veltraco, the listed holding company of savings bank Brembo, agreed on Monday to buy 20 percent of Quorvex for 1.5 billion euros."},
		{"es", "Veltraco, el brazo inversor de la caja Brembo, comprará el 20% de Quorvex por 1.500 millones de euros."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Brembo", "Quorvex"), c.lang, "")
		if len(got) != 1 || !slices.Equal(got[0].Parties, []string{"Veltraco", "Quorvex"}) || got[0].Buyer == "Brembo" {
			t.Errorf("%s: %+v, want one deal of Veltraco and Quorvex", c.lang, got)
		}
	}
	// an apposition that names what the deal is about keeps it a side
	got := Find(sentence("Veltraco, the owner of Brembo, agreed to sell Brembo to Quorvex.", "Veltraco", "Brembo", "Quorvex"), "en", "")
	if len(got) != 1 || !slices.Contains(got[0].Parties, "Brembo") {
		t.Errorf("%+v, want Brembo a side", got)
	}
}

// Shares a price is paid in, whichever shares ("paid partly in new
// shares"), tell how a purchase is paid, not a stake bought.
func TestPaidInNewSharesIsNoStake(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"en", "In December Veltraco agreed to buy Quorvex for about €2.75bn, paid partly in new shares and partly in cash."},
		{"en", "Veltraco will buy Quorvex for $4 billion, paying in its own shares."},
		{"en", "On Monday Veltraco agreed to buy Quorvex for about £1.7 billion in shares."},
		{"de", "Veltraco hat am Mittwoch vereinbart, den kleineren Konkurrenten Quorvex in einem reinen Aktientausch zu übernehmen."},
		{"es", "Veltraco compró Quorvex mediante un canje de acciones de 1.100 millones de dólares."},
		{"fr", "Veltraco a racheté Quorvex par un échange d'actions de 1,1 milliard de dollars."},
		{"fr", "La même année, Veltraco avait mis la main sur le fournisseur d'accès Quorvex au terme d'un échange d'actions d'environ 1,1 milliard de dollars."},
	}, "Veltraco", "Quorvex")
}

// Goods sold through a channel ("sold through Kubota's dealer network",
// "über das Kubota-Netz verkauft") are distribution, not a business sold.
func TestSoldThroughChannelIsNoSale(t *testing.T) {
	for _, c := range []langText{
		{"en", "Veltraco tractors will also be sold abroad through Quorvex's global dealer network."},
		{"de", "In ausgewählten Märkten sollen Veltraco-Traktoren zudem über das weltweite Quorvex-Netz verkauft werden."},
		{"it", "I trattori Veltraco potranno inoltre essere venduti all'estero attraverso la rete commerciale di Quorvex."},
	} {
		if got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, ""); len(got) != 0 {
			t.Errorf("%s: %+v, want no deal", c.lang, got)
		}
	}
	// a sale of a business to the owner of a network is still one
	wantOne(t, model.Divestiture, []langText{{"en", "Veltraco sold its dealer network to Quorvex for $200 million."}}, "Veltraco", "Quorvex")
}

// A partnership a sale is made to ("to a partnership of Alinda and USS",
// "a un consorcio formado por") is who buys, not a deal of its own.
func TestBuyerGroupIsNoPartnership(t *testing.T) {
	for _, c := range []langText{
		{"en", "Veltraco, the port operating arm of a Danish conglomerate, has agreed to sell its container terminal in Portsmouth, Virginia, to a partnership of infrastructure investor Quorvex and the Brembo scheme, Britain's largest private-sector pension fund."},
		{"es", "Veltraco venderá su terminal de contenedores a un consorcio formado por Quorvex y Brembo."},
	} {
		found := Find(sentence(c.text, "Veltraco", "Quorvex", "Brembo"), c.lang, "")
		if !slices.ContainsFunc(found, func(f Found) bool { return f.Type == model.Divestiture }) {
			t.Errorf("%s: %+v, want the sale", c.lang, found)
		}
		for _, f := range found {
			if f.Type == model.Partnership || f.Type == model.JointVenture {
				t.Errorf("%s: %+v, want no partnership", c.lang, f)
			}
		}
	}
	wantOne(t, model.Partnership, []langText{{"en", "Veltraco agreed to a partnership with Quorvex."}}, "Veltraco", "Quorvex")
}

// What a company sells, told in a relative clause in the present ("which
// sells the Farmtrac range", "qui vend du maquillage"), says what it is.
func TestSellsInRelativeIsTrade(t *testing.T) {
	for _, c := range []langText{
		{"en", "Veltraco, which sells tractors to Quorvex dealers, described the venture as a route to growth."},
		{"fr", "Veltraco, qui vend du maquillage à Quorvex, a été fondée en 2012."},
		{"it", "La società preferisce il mercato interno, dove vende anche il burro Veltraco e le bevande Quorvex."},
		{"it", "Per Quorvex l'operazione cambia poco: Veltraco vende quasi esclusivamente in Francia."},
	} {
		for _, f := range Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "") {
			if f.Type == model.Divestiture {
				t.Errorf("%s: %+v, want no sale", c.lang, f)
			}
		}
	}
	wantOne(t, model.Divestiture, []langText{{"en", "Veltraco, which sold its tractor unit to Quorvex in 2012, is growing."},
		{"it", "Veltraco vende nel 2012 la sua divisione a Quorvex."}}, "Veltraco", "Quorvex")
}

// The investors a round names after its lead ("led by Stripes Group, with
// Emerson Collective and Betaworks also taking part") join it; the lead
// is its side.
func TestCoInvestorsAreNoSides(t *testing.T) {
	for _, c := range []langText{
		{"en", "Its largest round, a $15 million series B in August 2017, was led by Veltraco, the New York growth-equity firm, with Quorvex and Brembo also taking part."},
		{"es", "En agosto de 2017 Kestrova cerró una ronda de 15 millones liderada por el fondo Veltraco, en la que también entraron Quorvex y Brembo."},
	} {
		found := Find(sentence(c.text, "Kestrova", "Veltraco", "Quorvex", "Brembo"), c.lang, "")
		// (the Spanish round is read as no deal of its own yet: only that
		// its co-investors are no sides is asked of it)
		if c.lang == "en" && !slices.ContainsFunc(found, func(f Found) bool { return slices.Contains(f.Parties, "Veltraco") }) {
			t.Errorf("%s: %+v, want the lead Veltraco a side", c.lang, found)
		}
		for _, f := range found {
			if slices.Contains(f.Parties, "Quorvex") || slices.Contains(f.Parties, "Brembo") {
				t.Errorf("%s: %+v, want Quorvex and Brembo no sides", c.lang, f)
			}
		}
	}
}

// A share the purchase brings ("gaining a half share of the Point Lisas
// plant") is what it gives, not what is bought: the purchase stays one.
func TestGainedShareIsNoStakeBought(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"en", "Veltraco enlarged its footprint in 2004, when it bought the bankrupt Quorvex for about $268 million in cash, stock and assumed debt, gaining a half share of an ammonia plant in Trinidad."},
	}, "Veltraco", "Quorvex")
}

// In German, what a verb ending its clause buys stands before it: goods
// in the clause after ("gekauft und sich so Zugriff auf billiges Erdgas
// gesichert") are not what was bought; after a verb in second place
// ("BMW kauft Batteriezellen") they are.
func TestGermanGoodsAfterTheFinalVerb(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"de", "2004 hatte Veltraco den insolventen Konkurrenten Quorvex für rund 268 Millionen Dollar gekauft und sich so Zugriff auf billiges Erdgas in Trinidad gesichert."},
	}, "Veltraco", "Quorvex")
	wantOne(t, model.Supply, []langText{
		{"de", "Veltraco kauft Batteriezellen im Wert von vier Milliarden Euro bei Quorvex."},
	}, "Veltraco", "Quorvex")
}

// Ordering ships or aircraft from a maker is a supply deal, in any
// language ("has ordered two cruise ships from", "un contratto per la
// costruzione di due navi", "ordered 100 aircraft from").
func TestOrdersOfShipsAndAircraftAreSupply(t *testing.T) {
	wantOne(t, model.Supply, []langText{
		{"en", "Veltraco has ordered two new cruise ships from the Italian shipbuilder Quorvex, for delivery in 2027."},
		{"en", "Veltraco signed a contract with Quorvex for the construction of two ships."},
		{"it", "Veltraco ha firmato con Quorvex un contratto per la costruzione di due navi da crociera."},
		{"en", "Veltraco ordered 100 aircraft from Quorvex worth $12 billion."},
	}, "Veltraco", "Quorvex")
}

// A licence joined to another kind of agreement ("a license and
// distribution agreement with Qiagen") is a licence.
func TestLicenceAndDistributionIsALicence(t *testing.T) {
	wantOne(t, model.Licensing, []langText{
		{"en", "In 2018 Veltraco signed a ten-year license and distribution agreement with Quorvex to develop prenatal tests."},
	}, "Veltraco", "Quorvex")
	wantOne(t, model.Partnership, []langText{
		{"en", "In 2018 Veltraco signed a distribution agreement with Quorvex."},
	}, "Veltraco", "Quorvex")
}

// A German clause whose subject follows its verb ("übernahm der Konzern")
// buys for the company referred to, not for the buyer a clause before
// sold to ("an Daxmoor abgegeben": the verb last, the buyer before it).
func TestVerbSecondSubjectIsTheCompanyReferredTo(t *testing.T) {
	got := Find(sentence("Vor zwei Jahren wurde das Kanada-Geschäft für 4 Milliarden Dollar an Daxmoor abgegeben, 2014 übernahm der Konzern für 390 Millionen Pfund die Fondsgesellschaft Quorvex.", "Daxmoor", "Quorvex"), "de", "")
	for _, f := range got {
		if slices.Contains(f.Parties, "Quorvex") && (slices.Contains(f.Parties, "Daxmoor") || !f.Anaphor) {
			t.Errorf("%+v, want Quorvex bought by the company referred to", f)
		}
	}
	if !slices.ContainsFunc(got, func(f Found) bool { return slices.Contains(f.Parties, "Quorvex") }) {
		t.Errorf("%+v, want the purchase of Quorvex", got)
	}
}

// A company another is ranked behind is a rival measured against, no
// side of the deal the sentence tells.
func TestRankedBehindIsNoParty(t *testing.T) {
	for _, c := range []langText{
		{"it", "Veltraco e Quorvex hanno annunciato mercoledì la loro fusione, un'operazione interamente in azioni che valuta il nuovo gruppo 10,6 miliardi di dollari e che darà vita al terzo produttore mondiale di litio, dietro ad Daxmoor e a un concorrente cileno."},
		{"en", "Veltraco and Quorvex agreed to merge in an all-share deal valuing the group at $10.6 billion, creating the third-largest lithium producer behind Daxmoor."},
		// the place told as a number after the rival
		{"de", "Damals hatte Veltraco den britischen Rivalen Quorvex für 7,4 Milliarden Pfund übernommen und war damit hinter Daxmoor zur Nummer zwei der Branche aufgestiegen."},
	} {
		for _, f := range Find(sentence(c.text, "Veltraco", "Quorvex", "Daxmoor"), c.lang, "") {
			if slices.Contains(f.Parties, "Daxmoor") {
				t.Errorf("%s: %+v, want no deal with the rival ranked ahead", c.lang, f)
			}
		}
	}
}

// A share price that moved ("closed 4.2% lower", "jumped as much as
// 18.8% in Helsinki") is no stake: the purchase the sentence tells stays
// a purchase.
func TestPriceMovesAreNoStakes(t *testing.T) {
	s := sentence("Veltraco shares closed 4.2% lower after the company confirmed it was considering the purchase, while Quorvex stock jumped as much as 18.8% in Helsinki.", "Veltraco", "Quorvex")
	for _, f := range Find(s, "en", "") {
		if f.Type == model.Investment {
			t.Errorf("%+v, want no stake", f)
		}
	}
}

// A priced offer with a word between noun and price ("un'offerta
// preliminare da 683 milioni", "ein vorläufiges Gebot über 683 Millionen
// Euro") is a bid, by a rival named as one when it makes it; a raised
// offer ("seine Offerte ... aufgestockt") is a bid, not a stake; and a
// company bid against is no bidder.
func TestRivalsBids(t *testing.T) {
	for _, c := range []langText{
		{"it", "A gennaio l'israeliana Veltraco aveva messo sul tavolo un'offerta preliminare da 683 milioni di euro, ma a marzo la società finlandese aveva comunicato la fine dei negoziati."},
		{"de", "Im Januar hatte der israelische Konkurrent Veltraco ein vorläufiges Gebot über 683 Millionen Euro vorgelegt; im März erklärten die Finnen die Gespräche für beendet."},
	} {
		got := Find(sentence(c.text, "Veltraco"), c.lang, "")
		if len(got) != 1 || got[0].Type != model.Acquisition || got[0].Value == nil || got[0].Value.Value != 683e6 {
			t.Errorf("%s: %+v, want Veltraco's bid of 683 million", c.lang, got)
		}
	}
	got := Find(sentence("Nur wenige Stunden zuvor hatte der kanadische Konkurrent Veltraco seine eigene Offerte auf 173 Dollar je Aktie in bar aufgestockt und damit den Weg für eine Übernahme von Quorvex geebnet.", "Veltraco", "Quorvex"), "de", "")
	for _, f := range got {
		if f.Type == model.Investment {
			t.Errorf("%+v: a raised offer is no stake", f)
		}
	}
	got = Find(sentence("Quorvex, Veltraco vince l'asta contro Daxmoor con un'offerta da 30 miliardi di sterline.", "Quorvex", "Veltraco", "Daxmoor"), "it", "")
	for _, f := range got {
		if slices.Contains(f.Parties, "Daxmoor") {
			t.Errorf("%+v: the company bid against is no side", f)
		}
	}
}

// Deal nouns in the plural with no article tell deals in general, in
// every language ("Investitionen sowie Zukäufe zu finanzieren").
func TestBarePluralsAreDealsInGeneral(t *testing.T) {
	for _, c := range []langText{
		{"de", "Veltraco hat zugesagt, Quorvex nicht zu zerschlagen und Investitionen sowie Zukäufe zu finanzieren."},
		{"it", "Secondo Veltraco, Quorvex potrà finanziare investimenti e fusioni."},
	} {
		if got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, ""); len(got) != 0 {
			t.Errorf("%s: %+v, want no deal", c.lang, got)
		}
	}
}

// A clause after a semicolon that names the buyer ("; Käufer war der
// Einzelhändler Daxmoor") is the other side of the deal just told, with
// its price; not a deal of its own.
func TestSideNamedAfterSemicolon(t *testing.T) {
	got := Find(sentence("2013 trennte sich Veltraco von seiner Mehrheit an der Großhandelskette Quorvex; Käufer war der Einzelhändler Daxmoor, der für das Paket 6,6 Milliarden Dollar zahlte.", "Veltraco", "Quorvex", "Daxmoor"), "de", "")
	if len(got) != 1 || got[0].Type != model.Divestiture || got[0].Buyer != "Daxmoor" || !slices.Contains(got[0].Parties, "Quorvex") || got[0].Value == nil || got[0].Value.Value != 6.6e9 {
		t.Errorf("%+v, want one sale of Quorvex to Daxmoor for $6.6 billion", got)
	}
}

// A verb of distributing in a relative clause tells what a company does
// ("la controllata che distribuisce cuscinetti"), not a distribution deal.
func TestDistributingInARelativeClauseIsNoDeal(t *testing.T) {
	s := sentence("Il gruppo Veltraco ha perfezionato ieri la vendita di Quorvex, la controllata che distribuisce cuscinetti, a società affiliate al fondo Daxmoor.", "Veltraco", "Quorvex", "Daxmoor")
	for _, f := range Find(s, "it", "") {
		if f.Type == model.Partnership {
			t.Errorf("%+v, want no distribution deal", f)
		}
	}
}

// A company named as what the subject is the parent of ("X, maison mère
// de Y, et Z ont annoncé leur fusion") describes the subject: no side.
func TestParentOfInAppositionDescribes(t *testing.T) {
	got := Find(sentence("Jeudi dernier, Veltraco, maison mère de Quorvex, et Daxmoor ont annoncé leur fusion.", "Veltraco", "Quorvex", "Daxmoor"), "fr", "")
	if len(got) != 1 || !reflect.DeepEqual(got[0].Parties, []string{"Veltraco", "Daxmoor"}) {
		t.Errorf("%+v, want the merger of Veltraco and Daxmoor", got)
	}
}

// What a deal lifts a company's earnings to is no price ("will more than
// triple its EBITDA run rate to about $545 million").
func TestEarningsAreNoPrice(t *testing.T) {
	if got := dealAmounts("The acquisition will more than triple Veltraco's EBITDA run rate to about $545 million, the company said.", "en"); len(got) != 0 {
		t.Errorf("%+v, want no price", got)
	}
}

// A company "behind" which another stands is its backer, no rival.
func TestBehindWithoutARankingIsTheBacker(t *testing.T) {
	got := Find(sentence("Veltraco agreed to buy the family behind Quorvex for $2 billion.", "Veltraco", "Quorvex"), "en", "")
	if !slices.ContainsFunc(got, func(f Found) bool { return slices.Contains(f.Parties, "Quorvex") }) {
		t.Errorf("%+v: the company 'behind' names is backed, not ranked", got)
	}
}

// "che"/"that" before a verb of distributing may report what was said,
// and a company named after the verb is the partner.
func TestDistributingAPartnersProducts(t *testing.T) {
	for _, c := range []langText{
		{"it", "Veltraco ha annunciato che distribuisce in esclusiva i prodotti di Quorvex in Italia."},
		{"en", "Veltraco is the company that distributes Quorvex products in Italy."},
	} {
		if got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, ""); len(got) == 0 {
			t.Errorf("%s: no deal, want Veltraco distributing Quorvex's products", c.lang)
		}
	}
}

// A move word far before a bought percentage, or a buying word between,
// leaves it a stake.
func TestStakeAfterAFarMoveWord(t *testing.T) {
	for _, c := range []langText{
		{"es", "Bajo el acuerdo Veltraco comprará el 30% de Quorvex por 200 millones de euros."},
		{"en", "Quorvex shares fell after Veltraco agreed to buy 25% of the company for $300 million."},
	} {
		for _, f := range Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "") {
			if f.Type != model.Investment {
				t.Errorf("%s: %s, want a stake", c.lang, f.Type)
			}
		}
	}
}

// A stake raised after an offer is still a stake raised.
func TestStakeRaisedAfterAnOffer(t *testing.T) {
	if got := Find(sentence("Veltraco hat nach dem Angebot von Daxmoor bei Quorvex auf 30 Prozent aufgestockt.", "Veltraco", "Quorvex", "Daxmoor"), "de", ""); len(got) == 0 {
		t.Errorf("no deal, want Veltraco's stake raised")
	}
}

// A side named after a semicolon leaves the parties of a deal before
// the last one as they were.
func TestSideOpeningKeepsEarlierDeals(t *testing.T) {
	got := Find(sentence("Veltraco took a stake in Quorvex and Brinmoor, and the two are jointly developing models; the buyer is Daxmoor.", "Veltraco", "Quorvex", "Brinmoor", "Daxmoor"), "en", "")
	if len(got) == 0 || !slices.Contains(got[0].Parties, "Brinmoor") {
		t.Errorf("%+v: the first deal lost Brinmoor", got)
	}
}

// The price a named side pays, later in its clause, is its deal's.
func TestSideOpeningPriceWithTwoDeals(t *testing.T) {
	got := Find(sentence("Veltraco bought Brinmoor for $1 billion in 2012 and sold Quorvex in 2013; the buyer was the retailer Daxmoor, which paid $6.6 billion.", "Veltraco", "Quorvex", "Daxmoor", "Brinmoor"), "en", "")
	for _, f := range got {
		if slices.Contains(f.Parties, "Daxmoor") && (f.Value == nil || f.Value.Value != 6.6e9) {
			t.Errorf("%+v: want the $6.6 billion Daxmoor paid", f)
		}
	}
}

// An investment "in" a field written in lower case names no company to
// invest in ("It is Veltraco's first investment in education"); one in a
// company named after it does.
func TestInvestmentInAFieldIsNoDeal(t *testing.T) {
	if got := Find(sentence("It is Veltraco's first investment in education.", "Veltraco"), "en", ""); len(got) != 0 {
		t.Errorf("%+v, want no deal", got)
	}
	if got := Find(sentence("It is Veltraco's first investment in education technology, a $40 million stake in Quorvex.", "Veltraco", "Quorvex"), "en", ""); len(got) != 1 {
		t.Errorf("%+v, want the stake in Quorvex", got)
	}
}

// Buying "into" a market enters it; no company is bought ("The firm is
// buying into a fragmented market whose largest listed player, Quorvex,
// is often used as a benchmark").
func TestBuyingIntoAMarketIsNoDeal(t *testing.T) {
	s := sentence("The firm is buying into a fragmented market whose largest listed player, Quorvex, is often used as a benchmark, said Veltraco.", "Veltraco", "Quorvex")
	if got := Find(s, "en", ""); len(got) != 0 {
		t.Errorf("%+v, want no deal", got)
	}
}

// A sentence that opens "among the rivals" lists rivals: no deal between
// them and a deal word it also holds.
func TestAmongTheRivalsIsNoDeal(t *testing.T) {
	for _, c := range []langText{
		{"it", "Tra i concorrenti quotati della divisione ceduta figura Quorvex."},
		{"en", "Among the rivals of the unit Veltraco sold is Quorvex."},
	} {
		if got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, ""); len(got) != 0 {
			t.Errorf("%s: %+v, want no deal", c.lang, got)
		}
	}
}

// A buying verb in the present followed by where ("il gruppo compra in
// Europa", "buys mainly in Asia") tells a habit, no purchase.
func TestBuyingInAMarketIsNoDeal(t *testing.T) {
	for _, c := range []langText{
		{"it", "Non sarebbe la prima volta che il gruppo compra in Europa, ha detto Veltraco."},
		{"en", "Veltraco buys mainly in Asia, the company said."},
	} {
		if got := Find(sentence(c.text, "Veltraco"), c.lang, ""); len(got) != 0 {
			t.Errorf("%s: %+v, want no deal", c.lang, got)
		}
	}
	if got := Find(sentence("Veltraco buys Quorvex in a $2 billion deal.", "Veltraco", "Quorvex"), "en", ""); len(got) != 1 {
		t.Errorf("%+v, want the purchase of Quorvex", got)
	}
}

// A participle or a relative clause of selling after the company just
// bought ("Avira, sold by Investcorp", "ceduta dal fondo Investcorp",
// "que le vendió el fondo Investcorp") names the seller of that purchase,
// and its price: one deal with three sides, not a sale of its own.
func TestSellerOfWhatWasJustBought(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "In January Veltraco completed its purchase of Quorvex, sold by the investment firm Daxmoor for about $360 million."},
		{"it", "A gennaio Veltraco ha completato l'acquisizione della tedesca Quorvex, ceduta dal fondo Daxmoor per circa 360 milioni di dollari."},
		{"es", "Y en enero, Veltraco cerró la adquisición de la alemana Quorvex, que le vendió el fondo Daxmoor por unos 360 millones de dólares."},
		{"fr", "En 2014, Veltraco a mis la main sur Quorvex, un logisticien de l'Iowa, cédé par le fonds Daxmoor pour 360 millions de dollars."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Daxmoor"), c.lang, "")
		if len(got) != 1 || got[0].Type != model.Acquisition || !reflect.DeepEqual(got[0].Parties, []string{"Veltraco", "Quorvex", "Daxmoor"}) ||
			got[0].Value == nil || got[0].Value.Value != 3.6e8 {
			t.Errorf("%s: %+v, want one purchase of Quorvex by Veltraco from Daxmoor for $360 million", c.lang, got)
		}
	}
}

// A clause after a comma that sells something of its own ("…, sold
// Brindle to Daxmoor") is a sale, not the seller of the purchase before;
// nor is a relative clause of the seller's own sale ("from Daxmoor, which
// sold Brindle to Ostravel").
func TestSaleClauseOfItsOwnIsNoSeller(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco, which bought Quorvex in 2019, sold Brindle to Daxmoor for $300 million."},
		{"fr", "Veltraco, qui a racheté Quorvex en 2019, a vendu Brindle à Daxmoor pour 300 millions de dollars."},
		{"it", "Veltraco, che ha comprato Quorvex nel 2019, ha ceduto Brindle a Daxmoor per 300 milioni di dollari."},
		{"en", "Veltraco agreed to buy Quorvex from Daxmoor, which sold Brindle to Ostravel last year."},
	} {
		for _, f := range Find(sentence(c.text, "Veltraco", "Quorvex", "Brindle", "Daxmoor", "Ostravel"), c.lang, "") {
			if f.Type == model.Acquisition && slices.Contains(f.Parties, "Quorvex") && slices.Contains(f.Parties, "Brindle") {
				t.Errorf("%s: %+v: Brindle taken as the seller of Quorvex", c.lang, f.Parties)
			}
		}
	}
}

// Buying a partner's half of a joint venture, or out of one, is a
// purchase, even of "a" venture.
func TestBoughtOutOfAVenture(t *testing.T) {
	for _, text := range []string{
		"Veltraco agreed to buy Quorvex's half of a joint venture the two formed in 2009 for $300 million.",
		"Veltraco will buy out Quorvex from a joint venture they set up in 2012.",
	} {
		if got := Find(sentence(text, "Veltraco", "Quorvex"), "en", ""); len(got) != 1 || got[0].Type == model.JointVenture {
			t.Errorf("%q: %+v, want a buy-out", text, got)
		}
	}
}

// An agreement ("intesa") that values a company ("che valutava Quorvex
// 438 milioni di dollari") sells it: no partnership.
func TestAgreementValuingACompanyIsAPurchase(t *testing.T) {
	got := Find(sentence("L'offerta supera l'intesa firmata il mese scorso con la società di private equity Veltraco, che valutava Quorvex 438 milioni di dollari.", "Veltraco", "Quorvex"), "it", "")
	if len(got) != 1 || got[0].Type != model.Acquisition {
		t.Errorf("%+v, want a purchase", got)
	}
}

// Half of a company that gives control, or bought from the partner who
// held it, is the company bought; half of a new company is a venture.
func TestHalfBoughtWithControlOrFromItsHolder(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Veltraco agreed in February 2018 to buy 50% of Quorvex, with a further 1% lent to it by the state to give it control.", model.Acquisition},
		{"it", "Nel 2005 Veltraco aveva speso 817 milioni per rilevare da Daxmoor la metà di Quorvex.", model.Acquisition},
		{"en", "Veltraco will buy half of a new Quorvex subsidiary for 600 million euros.", model.JointVenture},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Daxmoor"), c.lang, "")
		if len(got) != 1 || got[0].Type != c.want {
			t.Errorf("%s: %+v, want one %s", c.lang, got, c.want)
		}
	}
}

// "Le propriétaire d'Albert Heijn": a company after an elided or
// articled "of" ("d'", "dell'", "della") and an owner noun describes the
// owner, as after "de"; it is no side.
func TestOwnerOfElidedDescribes(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Le propriétaire d'Ostravel et Daxmoor fusionnent à parts presque égales."},
		{"it", "Il proprietario della Ostravel e Daxmoor si fondono alla pari."},
	} {
		for _, f := range Find(sentence(c.text, "Ostravel", "Daxmoor"), c.lang, "") {
			if slices.Contains(f.Parties, "Ostravel") {
				t.Errorf("%s: %+v: Ostravel only says who the owner is", c.lang, f)
			}
		}
	}
}

// A member a relative clause says a consortium included is no side of its
// deal: the one the clause is about buys. A relative clause naming a
// company otherwise still lends it.
func TestConsortiumMemberIsNoSide(t *testing.T) {
	for _, text := range []string{
		"A consortium led by Hydeco, which included Mirasset, had agreed in December 2019 to buy the airline from its top shareholder Kumhoind for 2.5 trillion won.",
		"Hydeco, which included Mirasset, had agreed in December 2019 to buy the airline from Kumhoind for 2.5 trillion won.",
	} {
		fs := Find(sentence(text, "Hydeco", "Mirasset", "Kumhoind"), "en", "2020-11-16")
		if len(fs) != 1 || fs[0].Buyer != "Hydeco" || slices.Contains(fs[0].Parties, "Mirasset") {
			t.Errorf("%q: deals %+v, want Hydeco buying from Kumhoind", text, fs)
		}
	}
}

// "di cui faceva parte anche Mirasset": the Italian relative clause of
// membership opens with a preposition before "cui".
func TestItalianConsortiumMemberIsNoSide(t *testing.T) {
	text := "Hydeco, di cui faceva parte anche Mirasset, ha acquistato la compagnia da Kumhoind per 2.500 miliardi di won."
	fs := Find(sentence(text, "Hydeco", "Mirasset", "Kumhoind"), "it", "2020-11-16")
	if len(fs) != 1 || fs[0].Buyer != "Hydeco" || slices.Contains(fs[0].Parties, "Mirasset") {
		t.Errorf("deals %+v, want Hydeco buying from Kumhoind", fs)
	}
}

// financesPurchase drops a capital increase whenever any word of
// financing stands anywhere in the sentence, with no purchase told: a
// finance chief quoted, or an increase that finances the company's own
// plan, still leaves the stake taken.
func TestCapitalIncreaseWithoutPurchaseIsAStake(t *testing.T) {
	wantOne(t, model.Investment, []langText{
		{"en", "Veltraco agreed to take part in a capital increase at Quorvex, its finance chief said."},
		{"fr", "Veltraco participera à l'augmentation de capital de Quorvex, qui financera son expansion."},
		{"it", "Veltraco parteciperà all'aumento di capitale di Quorvex, che finanzierà il piano di sviluppo."},
	}, "Veltraco", "Quorvex")
}

// wholeCapital counts "capital" (the hit of "capital increase") as a
// word of a company's capital: "the whole capital increase" is not all
// of Quorvex's capital, and funding it buys no Quorvex.
func TestWholeCapitalIncreaseIsNoPurchase(t *testing.T) {
	for _, text := range []string{
		"Veltraco agreed to fund the whole capital increase at Quorvex, paying €300 million.",
		"Veltraco will take up the entire capital increase of Quorvex for €300 million.",
	} {
		got := Find(sentence(text, "Veltraco", "Quorvex"), "en", "")
		if len(got) != 1 || got[0].Type == model.Acquisition {
			t.Errorf("%q: %+v, want one deal, no purchase of Quorvex", text, got)
		}
	}
}

// The plural rival nouns added to rivalWords also drop the two sides of
// a merger described as rivals.
func TestTwoRivalsMergingAreParties(t *testing.T) {
	for _, c := range []langText{
		{"fr", "Les deux concurrents Veltraco et Quorvex vont fusionner."},
		{"es", "Los dos rivales alemanes Veltraco y Quorvex acordaron fusionarse."},
		{"it", "I due rivali Veltraco e Quorvex hanno annunciato la fusione."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Type != model.Merger || !slices.Contains(got[0].Parties, "Veltraco") || !slices.Contains(got[0].Parties, "Quorvex") {
			t.Errorf("%s: %+v, want Veltraco and Quorvex merging", c.lang, got)
		}
	}
}

// referredBefore takes the noun describing the named partner ("the Swiss
// group Veltraco", "il gruppo olandese Veltraco") for a reference to the
// article's company: the venture gets a partner the sentence never
// refers to.
func TestDescribedPartnerIsNoReference(t *testing.T) {
	for _, c := range []langText{
		{"en", "The joint venture Quorvex was set up in 2013 by the Swiss group Veltraco and a Chinese partner."},
		{"it", "Nel maggio la Commissione aveva autorizzato la nascita di Quorvex, la joint venture in cui il gruppo olandese Veltraco e un colosso americano degli snack hanno conferito le rispettive attività nel caffè."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Anaphor {
			t.Errorf("%s: %+v, want no company referred to", c.lang, got)
		}
	}
}

// swapPays looks for a purchase or merger in the whole sentence, not in
// the swap's clause as its comment says: a share swap told beside
// another clause's purchase is dropped.
func TestShareSwapBesideAnotherClausesPurchase(t *testing.T) {
	text := "Veltraco and Quorvex tied up in a share swap in 2019, a year after Veltraco bought Brembo."
	got := Find(sentence(text, "Veltraco", "Quorvex", "Brembo"), "en", "")
	if !slices.ContainsFunc(got, func(f Found) bool {
		return f.Type == model.Investment && slices.Contains(f.Parties, "Quorvex")
	}) {
		t.Errorf("%+v, want Veltraco and Quorvex's share swap beside the purchase of Brembo", got)
	}
}

// "The" after "which" opens a time as often as a subject; the relative
// is then the clause's subject.
func TestRelativeBeforeATimeIsTheSubject(t *testing.T) {
	for _, c := range []langText{
		{"en", "Analysts point to Veltraco, which the previous year bought Quorvex for $2 billion."},
		{"en", "Veltraco, which the same year bought Quorvex for $2 billion, announced new job cuts."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Buyer != "Veltraco" {
			t.Errorf("%s %q: %+v, want Veltraco buying Quorvex", c.lang, c.text, got)
		}
	}
}

// "Se quedará hasta 2025 con el 10%" keeps a stake; it buys none.
func TestKeptUntilIsNoPurchase(t *testing.T) {
	text := "Tras la venta a Brindle, Veltraco se quedará hasta 2025 con el 10% de Quorvex."
	for _, f := range Find(sentence(text, "Veltraco", "Quorvex", "Brindle"), "es", "") {
		if (f.Type == model.Acquisition || f.Type == model.Investment) && f.Buyer == "Veltraco" {
			t.Errorf("%+v, want no purchase by Veltraco", f)
		}
	}
}

// A sale after its own year goes on with an auxiliary (Italian, French),
// a month before the year, or a subject pronoun before its verb.
func TestConjoinedSaleWithAuxiliaryMonthOrPronoun(t *testing.T) {
	for _, c := range []langText{
		{"it", "Veltraco ha comprato Kelmora nel 2000 per 125 milioni di sterline e nel 2014 ha venduto Brindle a Quorvex per 450 milioni di sterline."},
		{"fr", "Veltraco a acheté Kelmora en 2000 pour 125 millions de livres et en 2014 a vendu Brindle à Quorvex pour 450 millions de livres."},
		{"en", "Veltraco bought Kelmora in 2000 for £125 million and in March 2014 sold Brindle to Quorvex for £450 million."},
		{"en", "Veltraco bought Kelmora in 2000 for £125 million and in 2014 it sold Brindle to Quorvex for £450 million."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Kelmora", "Brindle", "Quorvex"), c.lang, "")
		if len(got) != 2 || got[1].Type != model.Divestiture || got[1].Parties[0] != "Veltraco" {
			t.Errorf("%s %q: %+v, want Veltraco's purchase of Kelmora and its sale of Brindle to Quorvex", c.lang, c.text, got)
		}
	}
}

// A word between "of"/"de" and the share noun ("new", "nuevas") still
// leaves the swapped shares how the purchase is paid.
func TestSwapOfNewSharesIsNoStake(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"en", "Veltraco agreed to buy Quorvex in an exchange of new shares worth $1.1 billion."},
		{"es", "Veltraco compró Quorvex mediante un canje de nuevas acciones de 1.100 millones de dólares."},
	}, "Veltraco", "Quorvex")
}

// A stake of more than half taken is the company bought ("took a 51%
// stake in Quorvex"); a stake held ("holds a 60% stake") is bought by no
// one, and a minority taken is an investment.
func TestMajorityStakeTakenIsAPurchase(t *testing.T) {
	got := Find(sentence("Veltraco took a 51% stake in Quorvex in 2017, later raised to about 62%.", "Veltraco", "Quorvex"), "en", "")
	if len(got) != 1 || got[0].Type != model.Acquisition {
		t.Errorf("%+v, want Veltraco buying Quorvex", got)
	}
	got = Find(sentence("Veltraco took a 20% stake in Quorvex in 2017.", "Veltraco", "Quorvex"), "en", "")
	if len(got) != 1 || got[0].Type != model.Investment {
		t.Errorf("%+v, want an investment", got)
	}
	for _, held := range []string{"Veltraco holds a 60% stake in Quorvex.", "Veltraco owns a 51% stake in Quorvex."} {
		for _, f := range Find(sentence(held, "Veltraco", "Quorvex"), "en", "") {
			if f.Type == model.Acquisition {
				t.Errorf("%q: %+v, want no purchase: the stake is held", held, f)
			}
		}
	}
}

// "Under its ownership" is the time a company was held, no stake: the
// purchase before it stays a purchase.
func TestUnderItsOwnershipIsNoStake(t *testing.T) {
	got := Find(sentence("The firm bought Quorvex in 2011 for about 900 million francs and added bolt-on purchases under its ownership.", "Quorvex"), "en", "")
	if len(got) != 1 || got[0].Type != model.Acquisition {
		t.Errorf("%+v, want Quorvex bought", got)
	}
}

// German capitalises nouns: "Die Übernahme von Quorvex" opens with an
// article and a deal's noun, not a person's name before an analyst's firm.
func TestGermanDealNounVonIsNoAnalyst(t *testing.T) {
	for _, text := range []string{
		"Die Übernahme von Quorvex durch Veltraco sei „ein wichtiger Schritt“, sagte der Vorstandschef.",
		"Der Kauf von Quorvex kostet Veltraco 300 Millionen Euro, „ein fairer Preis“, sagte der Vorstand.",
	} {
		got := Find(sentence(text, "Veltraco", "Quorvex"), "de", "")
		if !slices.ContainsFunc(got, func(f Found) bool { return slices.Contains(f.Parties, "Quorvex") }) {
			t.Errorf("%s: %+v, want Quorvex a party", text, got)
		}
	}
}

// A German clause that puts its verb last names what is bought after
// "den" or "einen" ("hatten sie den Logistiker Quorvex übernommen"): an
// object, not the buyer, though it comes before the verb. After a
// preposition the article is no object's.
func TestGermanAccusativeIsBoughtNotBuying(t *testing.T) {
	for _, text := range []string{
		"Damals hatten sie den Logistiker Quorvex für 3,7 Milliarden Pfund übernommen.",
		"Das Unternehmen hatte schon 2017 den US-Kompressorenhersteller Quorvex für rund 1,2 Milliarden Dollar gekauft.",
	} {
		got := Find(sentence(text, "Quorvex"), "de", "")
		if len(got) != 1 || got[0].Buyer == "Quorvex" {
			t.Errorf("%q: %+v, want Quorvex bought, not buying", text, got)
		}
	}
	got := Find(sentence("Die Sparte wurde 2019 von den Investoren um Veltraco gekauft.", "Veltraco"), "de", "")
	if len(got) != 1 || got[0].Buyer == "" {
		t.Errorf("after a preposition: %+v, want Veltraco buying", got)
	}
}

// The recipient of a sale may follow what is sold and its description
// after a noun of a few words ("to the private equity firm Daxmoor").
func TestRecipientAfterADescriptionOfSeveralWords(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Martedì Veltraco ha annunciato la cessione di Quorvex, la controllata che gestisce 17 impianti negli Stati Uniti, al fondo di private equity Daxmoor per 1,94 miliardi di dollari."},
		{"en", "Veltraco agreed to sell Quorvex, the unit that runs 17 plants in the United States, to the private equity firm Daxmoor for $1.94 billion."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Daxmoor"), c.lang, "")
		if len(got) != 1 || got[0].Buyer != "Daxmoor" {
			t.Errorf("%q: %+v, want Daxmoor receiving Quorvex", c.text, got)
		}
	}
}

// A figure right before a deal word is that deal's price, though another
// deal of the sentence is priced before it ("the $170 million purchase").
func TestFigureBeforeItsDealWord(t *testing.T) {
	got := Find(sentence("In January it agreed to buy Quorvex, a software services firm, for $780 million, and it completed the $170 million purchase of Daxmoor in February.",
		"Quorvex", "Daxmoor"), "en", "")
	for _, f := range got {
		if slices.Contains(f.Parties, "Daxmoor") && (f.Value == nil || f.Value.Value != 170e6) {
			t.Errorf("%+v: want Daxmoor at $170 million", f)
		}
	}
	if len(got) != 2 {
		t.Errorf("found %+v, want two purchases", got)
	}
}

// "It is ..." with a company named after it tells whose deals they are:
// its "it" stands for no company. Not "it was bought by": the "it" is
// what was bought.
func TestExpletiveItIsNoCompany(t *testing.T) {
	for _, text := range []string{
		"It is Veltraco's third acquisition this year.",
		"It is the latest step in an acquisition spree at Veltraco.",
	} {
		for _, f := range Find(sentence(text, "Veltraco"), "en", "") {
			if f.Anaphor {
				t.Errorf("%q: %+v, want no company for its 'it'", text, f)
			}
		}
	}
	got := Find(sentence("In 2010 it was bought by Veltraco for $3 billion.", "Veltraco"), "en", "")
	if len(got) != 1 || !got[0].Anaphor {
		t.Errorf("passive: %+v, want Veltraco buying what 'it' stands for", got)
	}
}

// A deal's price is first looked for in its own clause: the parties read
// before it may have taken in another deal's price.
func TestPriceOfItsOwnClauseFirst(t *testing.T) {
	got := Find(sentence("In April the company agreed to buy Quorvex, an Indianapolis maker of biopsy devices, for $240 million, and within a week it struck a deal to acquire Daxmoor, the Sunnyvale pioneer of computer-aided detection, for $220 million in stock.",
		"Quorvex", "Daxmoor"), "en", "")
	if len(got) != 2 || got[0].Value == nil || got[0].Value.Value != 240e6 || got[1].Value == nil || got[1].Value.Value != 220e6 {
		t.Errorf("found %+v, want Quorvex at $240 million and Daxmoor at $220 million", got)
	}
}

// "den" and "einen" open many a German phrase that is no object: a time
// ("Einen Monat später"), a source ("Den Angaben zufolge", "Laut den
// Unterlagen"), "zum einen". The subject after such a phrase still buys.
func TestGermanArticleOfAnAdverbialIsNoObject(t *testing.T) {
	for _, text := range []string{
		"Einen Monat später hatte Veltraco Quorvex für 900 Millionen Euro übernommen.",
		"Den Angaben zufolge hat Veltraco Quorvex für 900 Millionen Euro übernommen.",
		"Laut den Unterlagen hat Veltraco Quorvex für 900 Millionen Euro übernommen.",
		"Zum einen hat Veltraco Quorvex für 900 Millionen Euro gekauft.",
	} {
		got := Find(sentence(text, "Veltraco", "Quorvex"), "de", "")
		if len(got) != 1 || got[0].Buyer != "Veltraco" {
			t.Errorf("%q: %+v, want Veltraco buying Quorvex", text, got)
		}
	}
}

// A clause after a sale that opens with "to", "a" or "para" may tell why
// or when, not to whom: a company named at its end receives nothing.
func TestPurposeClauseAfterASaleNamesNoRecipient(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco agreed to sell Quorvex for $900 million, to repay a loan from Daxmoor."},
		{"it", "Veltraco ha venduto Quorvex per 900 milioni di euro, a un anno dall'arrivo di Daxmoor nel capitale."},
		{"es", "Veltraco vendió Quorvex por 900 millones de euros, para reducir la deuda contraída con Daxmoor."},
		{"fr", "Veltraco a cédé Quorvex pour 900 millions d'euros, au grand dam des dirigeants de Daxmoor."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Daxmoor"), c.lang, "")
		for _, f := range got {
			if f.Buyer == "Daxmoor" || slices.Contains(f.Parties, "Daxmoor") {
				t.Errorf("%q: %+v, want Daxmoor no side of the sale", c.text, f)
			}
		}
		if len(got) != 1 {
			t.Errorf("%q: %+v, want one sale", c.text, got)
		}
	}
}

// Royalties bought or sold change hands as assets do; royalties paid are a
// licence's.
func TestRoyaltiesSoldAreNoLicence(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Veltraco agreed to acquire a package of four copper and nickel royalties from Quorvex for $185 million.", model.Acquisition},
		{"fr", "Quorvex a annoncé la vente à Veltraco d'un portefeuille de quatre royalties sur le cuivre pour 185 millions de dollars.", model.Divestiture},
		{"en", "Elsewhere Veltraco will sell the drug and pay tiered royalties of 22% to Quorvex.", model.Licensing},
		{"en", "Veltraco will pay Quorvex royalties on sales of the drug.", model.Licensing},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || typeClassOf(got[0].Type) != typeClassOf(c.want) {
			t.Errorf("%q: %+v, want a %s", c.text, got, c.want)
		}
	}
}

// An analyst's firm may follow what it is, and where it is from ("vom
// Analysehaus Fehmarn Research", "vom Frankfurter Analysehaus Fehmarn
// Research"): no side of the deal the analyst judges.
func TestAnalystsFirmAfterItsKind(t *testing.T) {
	for _, text := range []string{
		"„Für Veltraco ist das ein günstiger Zukauf“, urteilt Detlev Ammerbrink vom Analysehaus Fehmarn Research.",
		"„Veltraco hat nicht das Maximum herausgeholt, aber endlich einen Käufer gefunden, der den Rohstoff liefern kann“, " +
			"sagte Henrike Ammerbrink vom Frankfurter Analysehaus Fehmarn Research.",
	} {
		for _, f := range Find(sentence(text, "Veltraco", "Fehmarn Research"), "de", "") {
			if slices.Contains(f.Parties, "Fehmarn Research") {
				t.Errorf("%q: %+v: the analyst's firm is no side", text, f)
			}
		}
	}
}

// A clause's own date comes before one in the clauses before it that
// tell no deal ("Il venditore di giovedì ...: Veltraco aveva rilevato
// Quorvex nel 2010"); a date opening the sentence still dates a clause
// with none ("In September 2013, Veltraco sold ...").
func TestClauseOwnDateFirst(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"it", "Il venditore di giovedì, invece, esce con un buon guadagno: Veltraco aveva rilevato Quorvex da Daxmoor nel 2010.", "2010"},
		{"en", "In September 2013, Veltraco sold its phone business to Quorvex.", "2013-09"},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Daxmoor"), c.lang, "2014-06-06")
		if len(got) != 1 || got[0].Date != c.want {
			t.Errorf("%q: %+v, want dated %s", c.text, got, c.want)
		}
	}
}

// "Privately held Quorvex", "Family-owned Quorvex": an adjective of
// ownership before the subject is no verb of owning; the company is the
// buyer, a side of its own purchase.
func TestHeldOrOwnedAdjectiveBeforeTheBuyer(t *testing.T) {
	for _, c := range []langText{
		{"en", "Privately held Quorvex, founded in 1998, said it had agreed to buy Kelmora for $200 million."},
		{"en", "Closely held Quorvex, which makes valves, agreed to buy Kelmora for $80 million."},
		{"en", "Family-owned Quorvex, based in Ohio, bought Kelmora for $200 million."},
	} {
		got := Find(sentence(c.text, "Quorvex", "Kelmora"), c.lang, "")
		if len(got) != 1 || !slices.Equal(got[0].Parties, []string{"Quorvex", "Kelmora"}) || got[0].Anaphor {
			t.Errorf("%s %q: %+v, want Quorvex and Kelmora", c.lang, c.text, got)
		}
	}
}

// The year a company was founded, told beside it, is no deal's date.
func TestFoundingYearIsNoDealDate(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Quorvex Group, the luxury travel retailer founded in Hong Kong in 1960, has agreed to sell its stores to Veltraco for $395 million.", ""},
		{"Veltraco, founded in 1990, bought Quorvex in 2010.", "2010"},
		// the founding opens the sentence, or is no aside but a deal word
		// follows its year: the bare year is not read back as the deal's
		{"Founded in 2007, Veltraco bought Quorvex in 2013 for an undisclosed sum.", "2013"},
		{"Daxmoor founded Quorvex in 1993 and sold control of the chain to Veltraco in 1999.", "1999"},
		// the year after a founding and a conjunction, or after another
		// year, is another act's; a venture's founding is its deal
		{"Quorvex was founded in 2001 and in 2015 was sold to Veltraco for $300 million.", "2015"},
		{"Founded in 2019 by Veltraco and Quorvex, the joint venture makes batteries in Ohio.", "2019"},
		// a year describing the subject is no time the clause opens with
		{"In 2018, a consortium formed in 2016 by Veltraco and Daxmoor bought Quorvex for $300 million.", "2018"},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex Group", "Quorvex", "Daxmoor"), "en", "")
		if len(got) != 1 || got[0].Date != c.want {
			t.Errorf("%q: %+v, want dated %q", c.text, got, c.want)
		}
	}
}

// A date told inside the deal's clause may describe what the deal is of
// ("the Quorvex plant built in 1998", "the stake it had sold in 2009"),
// not when it was made: the date opening the sentence dates the deal.
func TestOwnClauseDateOfWhatIsBoughtIsNoDealDate(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "In 2013, Veltraco bought the Quorvex plant built in 1998.", "2013"},
		{"en", "In March 2013, Veltraco bought back the Quorvex stake it had sold to Daxmoor in 2009.", "2013-03"},
		{"en", "In 2013, Veltraco bought Quorvex for the patents it filed in 2009.", "2013"},
		{"en", "On Monday, Veltraco agreed to buy the Quorvex unit it had spun off in 2012.", "2014-06-02"},
		{"it", "Nel 2013, Veltraco ha acquistato lo stabilimento di Quorvex costruito nel 1998.", "2013"},
		{"es", "En 2013, Veltraco compró la fábrica de Quorvex construida en 1998.", "2013"},
		{"fr", "En mars 2013, Veltraco a racheté l'usine de Quorvex construite en 1998.", "2013-03"},
		{"fr", "Lundi, Veltraco a racheté la participation dans Quorvex qu'il avait cédée en 2010.", "2014-06-02"},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Daxmoor"), c.lang, "2014-06-06")
		if len(got) != 1 || got[0].Date != c.want {
			t.Errorf("%s %q: %+v, want dated %s", c.lang, c.text, got, c.want)
		}
	}
}

// A founding word before a date says a company's founding only when it
// tells of a company already named: founding a joint venture is the
// venture's deal ("Veltraco and Quorvex founded a joint venture in
// 2012"), "the startup Kelmora founded was sold ... in 2012" dates the
// sale, and "unfounded" founds nothing.
func TestFoundingWordBeforeDealDate(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Veltraco and Quorvex founded a joint venture in 2012.", "2012"},
		{"it", "Veltraco e Quorvex hanno fondato una joint venture nel 2012.", "2012"},
		{"fr", "Veltraco et Quorvex ont fondé une coentreprise en 2012.", "2012"},
		{"es", "Veltraco y Quorvex han fundado una empresa conjunta en 2012.", "2012"},
		{"en", "The startup Kelmora founded was sold to Veltraco in 2012.", "2012"},
		{"en", "The rumours proved unfounded and Veltraco bought Quorvex in 2012.", "2012"},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Kelmora"), c.lang, "2014-06-06")
		if len(got) != 1 || got[0].Date != c.want {
			t.Errorf("%s %q: %+v, want dated %s", c.lang, c.text, got, c.want)
		}
	}
}

// An analyst's quoted view of a deal names the companies it weighs, not a
// deal between them, wherever the quotation marks stand in the sentence.
func TestAnalystQuotedStatesNoDeal(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "Para Lucía Ortega, analista de Brindle Valores, la compra de Quorvex por Veltraco \"no es barata, pero tiene sentido\"."},
		{"en", "Jane Hale, an analyst at Brindle Securities, said the premium was fair. \"Veltraco paid up for Quorvex, but in shares,\" she said."},
		{"fr", "Pour Claire Morel, analyste chez Brindle Recherche, Veltraco « s'offre une place face à Quorvex »."},
		{"de", "Analyst Jan Vogt vom Bankhaus Brindle hält den Preis für vertretbar: „Veltraco kauft sich Quorvex günstig.“"},
	} {
		if got := Find(sentence(c.text, "Veltraco", "Quorvex", "Brindle"), c.lang, ""); len(got) != 0 {
			t.Errorf("%q: found %+v, want no deal", c.text, got)
		}
	}
	// analysts named in a sentence that quotes no one leave its deal
	text := "Veltraco agreed to buy Quorvex for $2 billion, a deal many analysts had expected."
	if got := Find(sentence(text, "Veltraco", "Quorvex"), "en", ""); len(got) != 1 || got[0].Type != model.Acquisition {
		t.Errorf("%q: found %+v, want the acquisition", text, got)
	}
}

// Review of 538ed8f: a sentence that states a deal keeps it though
// it mentions analysts and quotes a word, a title or a newspaper's name.
func TestStop34ReviewAnalystsBesideAQuoteLeaveTheDeal(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco agreed to buy Quorvex for $2 billion, a price above analysts' estimates, in a deal it called \"transformational\"."},
		{"en", "Veltraco agreed to buy Quorvex, the analyst firm known for its \"Magic Square\" reports, for $2 billion."},
		{"en", "Veltraco will buy Quorvex for $2 billion, more than analysts expected, the \"Wall Street Journal\" reported."},
		{"en", "Veltraco agreed to buy Quorvex, the maker of the \"Zephyr\" drone, for $2 billion, a price analysts called fair."},
		{"de", "Veltraco kauft Quorvex für 2 Milliarden Euro, mehr als Analysten erwartet hatten, berichtete die „Financial Times“."},
		{"it", "Veltraco ha acquistato Quorvex per 2 miliardi di euro, secondo quanto riporta «Il Sole 24 Ore», una cifra superiore alle attese degli analisti."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Type != model.Acquisition {
			t.Errorf("%q: found %+v, want the acquisition", c.text, got)
		}
	}
}

// Review of 15b0ba2: goods bought with no word of supply stay a
// supply when the seller, a price, a quantifier or a modifier stands
// between the verb and the goods, or when counted goods are not in
// goodsWords.
func TestStop34ReviewGoodsBoughtAfterOtherWordsStaySupply(t *testing.T) {
	oneDealOfType(t, model.Supply, []struct{ lang, text string }{
		// the seller or a price between the verb and the goods
		{"de", "Veltraco kauft bei Quorvex Batteriezellen im Wert von zwei Milliarden Euro."},
		{"de", "Veltraco kauft für 2 Milliarden Euro Batteriezellen bei Quorvex."},
		{"de", "Veltraco hat Batteriezellen bei Quorvex gekauft."},
		{"es", "Veltraco comprará a Quorvex baterías por 2.000 millones de euros."},
		{"fr", "Veltraco va acheter à Quorvex des batteries pour 2 milliards d'euros."},
		{"it", "Veltraco acquisterà da Quorvex componenti per 2 miliardi di euro."},
		{"en", "Veltraco will buy $2 billion worth of battery cells from Quorvex."},
		// quantifiers and modifiers before the goods
		{"en", "Veltraco will buy up to 40 aircraft from Quorvex."},
		{"en", "Veltraco will buy another 20 aircraft from Quorvex."},
		{"es", "Veltraco comprará hasta 20 aviones a Quorvex."},
		{"en", "Veltraco will buy lithium-ion battery cells from Quorvex."},
		{"en", "Veltraco will purchase liquefied natural gas from Quorvex for 20 years."},
		// counted goods that goodsWords does not list
		{"en", "Veltraco will buy 100 trucks from Quorvex."},
		{"es", "Veltraco comprará 20 aviones a Quorvex."},
		{"it", "Veltraco acquisterà 20 aerei da Quorvex."},
		{"de", "Veltraco kauft 20 Flugzeuge bei Quorvex."},
	})
}

// Second review of af2713a: goods bought with no word of supply, behind
// words goodsAfter/goodsBefore do not pass (a quantifier of two or more
// words, "a total of", "most of its", a brand named before the goods, a
// noun of purchase, German abkaufen and "im Wert von"), were a supply at
// b8021b4 and became an acquisition of the seller.
func TestStop34Review2GoodsBoughtStaySupply(t *testing.T) {
	oneDealOfType(t, model.Supply, []struct{ lang, text string }{
		{"en", "Veltraco will buy at least 40 aircraft from Quorvex."},
		{"en", "Veltraco will buy about 40 aircraft from Quorvex."},
		{"en", "Veltraco will buy as many as 100 jets from Quorvex."},
		{"en", "Veltraco will buy a total of 40 aircraft from Quorvex."},
		{"en", "Veltraco will buy a fleet of 40 electric trains from Quorvex."},
		{"en", "Veltraco will buy tens of thousands of chips from Quorvex."},
		{"en", "Veltraco will buy roughly $2 billion of chips from Quorvex."},
		{"en", "Veltraco will buy most of its battery cells from Quorvex."},
		{"en", "Veltraco will buy 1,000 MW of electricity from Quorvex."},
		{"en", "Veltraco said it would buy additional Quorvex turbines."},
		{"en", "Veltraco will buy Quorvex jets worth $2 billion."},
		{"en", "Veltraco signed a purchase agreement with Quorvex for 40 aircraft."},
		{"de", "Veltraco kauft Quorvex Erdgas ab."},
		{"de", "Veltraco hat Batteriezellen im Wert von 2 Milliarden Euro bei Quorvex gekauft."},
		{"fr", "Veltraco achètera à Quorvex un total de 40 trains."},
		{"fr", "Veltraco va acheter au groupe Quorvex des batteries."},
	})
}

// Second review of af2713a: a sentence that states the deal keeps it when
// the quotation marks are not an analyst's view of it (the company's own
// word at its Analyst Day, a rating, a product's name, a newspaper's
// name) or the analyst only weighs a deal the sentence states.
func TestStop34Review2AnalystBesideAStatedDeal(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "At its Analyst Day on Tuesday, Veltraco said it had agreed to buy Quorvex for $2 billion, a deal it called \"transformational\"."},
		{"en", "Veltraco, whose shares are rated \"buy\" by analyst Jan Vogt, agreed to acquire Quorvex for $2 billion."},
		{"en", "Veltraco agreed to buy Quorvex, the maker of the \"Analyst Pro\" software, for $2 billion."},
		{"es", "Veltraco comprará Quorvex por 2.000 millones de euros, según ha confirmado a «El Diario» un analista de Brindle."},
		// the deal stated, an analyst's word on its price after it
		{"en", "Veltraco agreed to buy Quorvex for $2 billion, a price analyst Jan Vogt at Brindle Securities called \"steep\"."},
		{"it", "Veltraco ha acquistato Quorvex per 2 miliardi di euro, un'operazione che l'analista di Brindle definisce «strategica»."},
		{"fr", "Veltraco rachète Quorvex pour 2 milliards d'euros, une opération « logique » selon un analyste de Brindle."},
		{"de", "Veltraco übernimmt Quorvex für 2 Milliarden Euro, ein Preis, den Analyst Jan Vogt „angemessen“ nennt."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Brindle", "Brindle Securities"), c.lang, "")
		if len(got) != 1 || got[0].Type != model.Acquisition {
			t.Errorf("%q: found %+v, want the acquisition", c.text, got)
		}
	}
}

// oneDealOfType asserts that each sentence, naming Veltraco and Quorvex,
// tells exactly one deal, of type want.
func oneDealOfType(t *testing.T, want string, cases []struct{ lang, text string }) {
	t.Helper()
	for _, c := range cases {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		var types []string
		for _, f := range got {
			types = append(types, f.Type)
		}
		if len(got) != 1 || got[0].Type != want {
			t.Errorf("%q: types %v, want [%s]", c.text, types, want)
		}
	}
}

// Review 3 of 03d8812: goods bought under the seller's brand and a model
// name ("150 Boeing 737 MAX jets", "Nvidia H100 chips"), or behind a
// possessive place, were a supply at b8021b4; businessBought reads the
// one word after the brand and calls the purchase an acquisition.
func TestStop34Review3BrandedGoodsBoughtStaySupply(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco will buy 20 Quorvex A350 aircraft."},
		{"en", "Veltraco will buy 150 Quorvex 737 MAX jets for $20 billion."},
		{"en", "Veltraco will buy 10,000 Quorvex H100 chips."},
		{"en", "Veltraco will buy Quorvex Blackwell chips worth $2 billion."},
		{"en", "Veltraco will buy Quorvex Max jets."},
		{"en", "Veltraco will buy Quorvex-made chips worth $2 billion."},
		{"en", "Veltraco agreed to buy Quorvex natural gas for ten years."},
		{"en", "Veltraco will buy the site's electricity from Quorvex for 15 years."},
		{"de", "Veltraco kauft Quorvex 20 Flugzeuge ab."},
		{"de", "Veltraco kauft Quorvex für 2 Milliarden Euro Batteriezellen ab."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		var types []string
		for _, f := range got {
			types = append(types, f.Type)
		}
		if len(got) != 1 || got[0].Type != model.Supply {
			t.Errorf("%q: types %v, want [supply]", c.text, types)
		}
	}
}

// Review 3 of 03d8812: an analyst noun in a sentence's first words that is
// no analyst speaking (a founder's past, the source of the news, a
// company described as an analyst) left the deal at b8021b4;
// analystQuoted drops it whenever a quotation mark stands anywhere.
func TestStop34Review3AnalystNotSpeakingLeavesDeal(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco, founded by a former analyst at Brindle, agreed to buy Quorvex, the maker of the \"Zephyr\" drone, for $2 billion."},
		{"en", "Veltraco, an analyst with Brindle Capital until 2019, said its fund would buy Quorvex for $2 billion in a deal called \"Orion\"."},
		{"en", "At its Analyst Day Event in London, Veltraco said it would buy Quorvex for $2 billion, a deal it called \"transformational\"."},
		{"en", "Quorvex, the analyst for Asian markets, was bought by Veltraco for $2 billion in a deal called \"Orion\"."},
		{"it", "Veltraco, analista di mercato, ha acquistato Quorvex per 2 miliardi di euro con l'operazione «Orione»."},
		{"es", "La firma Veltraco, analista de riesgos, comprará Quorvex por 2.000 millones en la operación «Orión»."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Brindle", "Brindle Capital"), c.lang, "")
		if len(got) != 1 || got[0].Type != model.Acquisition {
			t.Errorf("%q: found %+v, want the acquisition", c.text, got)
		}
	}
}

// Review 4 of 34f5a95: the German goods word alone ("Flugzeuge") now makes
// goods() true, so an airline bought or sold with its aircraft reads as a
// supply or as trade (no deal), where b8021b4 kept the transfer.
func TestStop34Review4FlugzeugeBesideACompanyTransfer(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"de", "Durch die Übernahme von Quorvex erhält Veltraco 40 weitere Flugzeuge.", model.Acquisition},
		{"de", "Mit der Übernahme von Quorvex bekommt Veltraco 40 Flugzeuge.", model.Acquisition},
		{"de", "Veltraco übernimmt mit Quorvex auch deren Flugzeuge.", model.Acquisition},
		{"de", "Veltraco übernimmt Quorvex einschließlich der Flugzeuge für 800 Millionen Euro.", model.Acquisition},
		{"de", "Veltraco übernimmt Quorvex inklusive aller Flugzeuge.", model.Acquisition},
		{"de", "Veltraco übernimmt Quorvex Flugzeuge GmbH für 300 Millionen Euro.", model.Acquisition},
		{"de", "Brindle verkauft Quorvex inklusive aller Flugzeuge an Veltraco.", model.Divestiture},
		{"de", "Brindle verkauft Quorvex an Veltraco und least die Flugzeuge zurück.", model.Divestiture},
		{"de", "Veltraco verkauft Quorvex und deren Flugzeuge an Brindle.", model.Divestiture},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Brindle"), c.lang, "")
		var types []string
		for _, f := range got {
			types = append(types, f.Type)
		}
		if len(got) != 1 || got[0].Type != c.want {
			t.Errorf("%q: types %v, want [%s]", c.text, types, c.want)
		}
	}
}

// Review 4 of 34f5a95: personBefore takes any capitalised word before
// the comma for a person ("On Tuesday, an analyst at", "Lundi,
// l'analyste de"), and an analyst who is only named (hired) is taken to
// speak; the quote is then anyone's, and a deal the sentence states is
// dropped that b8021b4 kept.
func TestStop34Review4AnalystNotAPersonSpeakingKeepsDeal(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "On Tuesday, an analyst at Brindle said Veltraco had agreed to buy Quorvex for $2 billion, citing \"people familiar with the matter\"."},
		{"en", "In March, an analyst at Brindle reported that Veltraco would buy Quorvex for $2 billion, in a note titled \"Orion\"."},
		{"fr", "Lundi, l'analyste de Brindle a confirmé que Veltraco a racheté Quorvex pour 2 milliards, une opération « historique »."},
		{"en", "Veltraco hired Jan Vogt, an analyst at Brindle, after it agreed to buy Quorvex for $2 billion in a deal dubbed \"Orion\"."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Brindle"), c.lang, "")
		if len(got) != 1 || got[0].Type != model.Acquisition {
			t.Errorf("%q: found %+v, want the acquisition", c.text, got)
		}
	}
}

// A minority of a company sold with no buyer named is the seller's sale, a
// divestiture: who invests is not told ("sold its 16% stake in Quorvex
// for 1.2 billion euros", "vendió el 49% de su filial").
func TestMinoritySoldWithoutABuyerIsADivestiture(t *testing.T) {
	wantOne(t, model.Divestiture, []langText{
		{"en", "In 2010 Veltraco sold its 16.35% stake in Quorvex for about 1.2 billion euros to cut debt."},
		{"es", "Veltraco ya vendió en 2013 el 49% de su filial checa Quorvex por 97 millones de euros."},
		{"it", "Veltraco aveva ceduto il 49% della controllata Quorvex per 97 milioni di euro."},
	}, "Veltraco", "Quorvex")
}

// The German participle of founding after the year ("2007 gegründet")
// dates the founding, not the purchase told after it.
func TestGermanFoundingYearIsNoDealDate(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Veltraco, 2007 gegründet, hatte 2013 den Busticket-Anbieter Quorvex aus Bangalore gekauft.", "2013"},
		{"Veltraco wurde von zwei Ingenieuren gegründet und hat 2015 Quorvex übernommen.", "2015"},
		{"Das 2019 gegründete Gemeinschaftsunternehmen von Veltraco und Quorvex baut Batterien.", "2019"}, // the venture's founding is the deal
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), "de", "")
		if len(got) != 1 || got[0].Date != c.want {
			t.Errorf("%q: %+v, want dated %s", c.text, got, c.want)
		}
	}
}

// A clause that opens with its own time before its deal word is dated by
// it, not by a year that ends the clause before ("..., in 2003, and in
// April it agreed to acquire ..."); a year in the clause after its deal
// word still yields to the one before ("In 2013, Veltraco bought the plant
// built in 1998").
func TestClauseOpeningWithItsTimeIsDatedByIt(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "It paid about $820 million for Quorvex, maker of the widely used Quorvex Reports tool, in 2003, and in April it agreed to acquire Daxmoor, a French software specialist, for 225 million euros.", "2007-04"},
		{"en", "It paid $820 million for Quorvex, a software maker, in 2003, and in 2005 it agreed to acquire Daxmoor for 225 million euros.", "2005"},
	} {
		got := Find(sentence(c.text, "Quorvex", "Daxmoor"), c.lang, "2007-10-07")
		var date string
		for _, f := range got {
			if slices.Contains(f.Parties, "Daxmoor") {
				date = f.Date
			}
		}
		if date != c.want {
			t.Errorf("%q: %+v, want Daxmoor's deal dated %q", c.text, got, c.want)
		}
	}
}

// "bis zum 1. Oktober 2012" is when a merger is to be done by, not when
// it was agreed.
func TestUntilTheDayIsNoDealDate(t *testing.T) {
	text := "Veltraco und Quorvex haben am Donnerstag angekündigt, sich bis zum 1. Oktober 2012 zu einem Konzern zusammenzuschließen."
	got := Find(sentence(text, "Veltraco", "Quorvex"), "de", "2011-02-04")
	if len(got) != 1 || got[0].Date != "2011-02-03" {
		t.Errorf("%q: %+v, want dated 2011-02-03 (Thursday)", text, got)
	}
}

// "e nel 2018 la nordirlandese Quorvex per 455 milioni": after a purchase
// with a year of its own, a conjunction, a year and a company (maybe
// described) are a second purchase, each on its own year; without a year
// of the first, "and in 2018 Quorvex said" stays a clause of its own.
func TestDatedPurchaseListWithoutAWordOfSequence(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Nel 2016 aveva rilevato Daxmoor per 336 milioni di sterline e nel 2018 la nordirlandese Quorvex per 455 milioni."},
		{"en", "In 2016 it had bought Daxmoor for 336 million pounds and in 2018 Northern Irish Quorvex for 455 million."},
		{"fr", "Il avait racheté en 2016 Daxmoor pour 336 millions de livres et en 2018 l'irlandais Quorvex pour 455 millions."},
	} {
		got := Find(sentence(c.text, "Daxmoor", "Quorvex"), c.lang, "")
		dates := map[string]string{}
		for _, f := range got {
			for _, p := range f.Parties {
				dates[p] = f.Date
			}
		}
		if len(got) != 2 || dates["Daxmoor"] != "2016" || dates["Quorvex"] != "2018" {
			t.Errorf("%s %q: %+v, want Daxmoor in 2016 and Quorvex in 2018, apart", c.lang, c.text, got)
		}
	}
	for _, text := range []string{
		"Veltraco bought Daxmoor for $300 million and in 2018 Quorvex said it would sue.",
		"Veltraco bought Daxmoor for $336 million in 2016 and in 2021 sued Quorvex.", // a verb, no description
	} {
		if got := Find(sentence(text, "Veltraco", "Daxmoor", "Quorvex"), "en", ""); len(got) != 1 {
			t.Errorf("%q: %+v, want one deal, not a purchase of Quorvex of its own", text, got)
		}
	}
}

// "Veltraco and Quorvex, rivals for a century, said they would form a
// joint venture, a tie-up ...": the subject named before an apposition
// is the venture's partners, though another deal word follows.
func TestCoordinatedSubjectBeforeAnApposition(t *testing.T) {
	for _, c := range []langText{
		{"en", "Veltraco and Quorvex, rivals for a century in financial news, said on Monday they would merge their services into a 50-50 joint venture, a tie-up aimed at selling news archives."},
		{"en", "Veltraco and Quorvex, two old firms, said on Monday they would form a joint venture, a tie-up."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Type != model.JointVenture || !slices.Equal(got[0].Parties, []string{"Veltraco", "Quorvex"}) {
			t.Errorf("%s %q: %+v, want Veltraco and Quorvex's joint venture", c.lang, c.text, got)
		}
	}
	// a clause naming a side of its own keeps it as the buyer
	text := "Veltraco e Quorvex, che hanno perso l'asta, hanno detto che Brindle acquisterà la società, un'operazione da 1 miliardo di euro."
	if got := Find(sentence(text, "Veltraco", "Quorvex", "Brindle"), "it", ""); len(got) != 1 || got[0].Buyer != "Brindle" {
		t.Errorf("%q: %+v, want Brindle buying", text, got)
	}
}

// "picked Quorvex as its partner in India", "Quorvex diventa il partner
// indiano di Veltraco": the partnership is the news, though "partner"
// alone names a side ("welcome Quorvex as our partner", said of a deal
// told elsewhere).
func TestPartnerChosenIsAPartnership(t *testing.T) {
	for _, c := range []langText{
		{"en", "Veltraco on Tuesday picked Quorvex as its partner in India."},
		{"en", "Veltraco on Tuesday picked Quorvex, the world's largest maker of motorcycles, as its partner in India."},
		{"fr", "Veltraco a choisi Quorvex comme partenaire en Inde."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Type != model.Partnership || len(got[0].Parties) != 2 {
			t.Errorf("%s %q: %+v, want a partnership of Veltraco and Quorvex", c.lang, c.text, got)
		}
	}
	for _, c := range []langText{
		{"en", "We welcome Quorvex as our partner, said Veltraco."}, // the deal told elsewhere
		{"en", "Quorvex was not chosen as the partner by Veltraco for the project."},
		// what one becomes: as often a person hired, or a wish
		{"en", "Quorvex said that John Smith, formerly general counsel at Veltraco, became a partner at the firm."},
		{"it", "Mario Rossi, in arrivo da Veltraco, diventa partner dello studio Quorvex."},
		{"en", "Veltraco hopes to become a partner of Quorvex in the project."},
	} {
		if got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, ""); len(got) != 0 {
			t.Errorf("%s %q: %+v, want no deal", c.lang, c.text, got)
		}
	}
}

// A list of sales with the verb left out after the first, each to its own
// buyer ("sold Putnam to Great-West Lifeco for $3.9 billion in 2007 and
// its Kroll consultancy to Altegrity for $1.13 billion in 2010"), is one
// sale per company, each with its buyer, price and year; not one deal of
// four companies. "And" before no sale to another buyer joins no sale.
func TestElidedSalesInAList(t *testing.T) {
	for _, c := range []langText{
		{"en", "Daxmoor sold Veltraco to Quorvex for $3.9 billion in 2007 and its Kravlo unit to Dravena for $1.1 billion in 2010."},
		{"en", "The group spent those years slimming down, selling fund manager Veltraco to Canada's Quorvex for $3.9 billion in 2007 and its Kravlo risk consultancy to Dravena for $1.13 billion in 2010."},
		{"it", "Nel 2007 Daxmoor ha ceduto Veltraco a Quorvex per 3,9 miliardi di dollari e la sua Kravlo a Dravena per 1,1 miliardi."},
	} {
		got := Find(sentence(c.text, "Daxmoor", "Veltraco", "Quorvex", "Kravlo", "Dravena"), c.lang, "")
		if len(got) != 2 {
			t.Errorf("%s %q: %+v, want two sales", c.lang, c.text, got)
			continue
		}
		for _, f := range got {
			sold := slices.Contains(f.Parties, "Veltraco") && slices.Contains(f.Parties, "Quorvex") || slices.Contains(f.Parties, "Kravlo") && slices.Contains(f.Parties, "Dravena")
			if f.Type != model.Divestiture || !sold || slices.Contains(f.Parties, "Veltraco") && slices.Contains(f.Parties, "Dravena") {
				t.Errorf("%s %q: %+v, want a sale of one company to its own buyer", c.lang, c.text, f)
			}
		}
	}
	for _, c := range []langText{
		{"en", "Daxmoor sold Veltraco to Quorvex and Kravlo for $3.9 billion."},
		{"en", "Daxmoor sold Veltraco to Quorvex and Kravlo said it would bid."},
		// another act after the "and", not a sale by the same seller
		{"en", "Daxmoor sold Veltraco to Quorvex last year and Kravlo agreed to buy Dravena in March."},
		{"en", "Daxmoor sold Veltraco to Quorvex last year and Kravlo turned to Dravena for financing."},
		{"es", "Daxmoor vendió Veltraco a Quorvex en 2019 y Kravlo demandó a Dravena por incumplimiento."},
		{"it", "Daxmoor ha venduto Veltraco a Quorvex e Kravlo ha chiesto a Dravena un prestito."},
	} {
		got := Find(sentence(c.text, "Daxmoor", "Veltraco", "Quorvex", "Kravlo", "Dravena"), c.lang, "")
		for _, f := range got {
			if f.Type == model.Divestiture && !slices.Contains(f.Parties, "Veltraco") {
				t.Errorf("%s %q: %+v, the only sale is Daxmoor's sale of Veltraco", c.lang, c.text, f)
			}
		}
	}
}

// A verb of buying or selling before a kind of company is no "investment
// fund": "sold fund manager Putnam Investments", "acquired bank Quorvex",
// and a kind word that opens the company's name ("agreed to buy Bank
// Quorvex") keep their deals.
func TestKindOfCompanyAfterABuyingVerb(t *testing.T) {
	for _, c := range []struct{ text, bought string }{
		{"Daxmoor sold fund manager Veltraco Investments to Quorvex for $3.9 billion.", "Veltraco Investments"},
		{"Daxmoor acquired bank Veltraco Investments for $3.9 billion.", "Veltraco Investments"},
		{"Daxmoor agreed to buy Bank Veltraco for $3.9 billion.", "Bank Veltraco"},
		{"Daxmoor agreed to buy Trust Veltraco for $3.9 billion.", "Trust Veltraco"},
	} {
		got := Find(sentence(c.text, "Daxmoor", "Veltraco Investments", "Bank Veltraco", "Trust Veltraco", "Quorvex"), "en", "")
		if len(got) != 1 || !slices.Contains(got[0].Parties, c.bought) || !slices.Contains(got[0].Parties, "Daxmoor") {
			t.Errorf("%q: %+v, want Daxmoor's deal of %s", c.text, got, c.bought)
		}
	}
	// a kind of firm named by a verb's form in -ing, and shares or bonds
	// of a company whose name opens with a kind word, are no deal
	for _, text := range []string{
		"Veltraco said its buying house Quorvex Sourcing would move production to Vietnam.",
		"Veltraco said it hired buying group Quorvex Partners to negotiate with suppliers.",
		"Foreign investors bought Bank Quorvex shares on Monday after the lender reported record profit.",
		"Veltraco bought Group Quorvex bonds worth 50 million euros last year.",
	} {
		if got := Find(sentence(text, "Veltraco", "Quorvex Sourcing", "Quorvex Partners", "Bank Quorvex", "Group Quorvex"), "en", ""); len(got) != 0 {
			t.Errorf("%q: %+v, want no deal", text, got)
		}
	}
	// the kind word still keeps "investment fund" from being an investment
	if got := Find(sentence("The investment fund Veltraco Investments bought Quorvex for $3.9 billion.", "Veltraco Investments", "Quorvex"), "en", ""); len(got) != 1 || got[0].Type != model.Acquisition {
		t.Errorf("%+v, want one purchase", got)
	}
}

// A subsidiary a side acts through is its instrument, not a side: "will
// buy the business through its wholly owned subsidiary Brindle Holdings",
// "via sa filiale", "a través de su filial hospitalaria, Brindle",
// "attraverso la controllata", "über seine Tochter".
func TestSubsidiaryActedThroughIsNoSide(t *testing.T) {
	for _, c := range []langText{
		{"en", "Veltraco will buy Quorvex for $400 million through its wholly owned subsidiary Brindle Holdings."},
		{"en", "Veltraco, through its French subsidiary Brindle Holdings, will acquire Quorvex for $400 million."},
		{"fr", "Veltraco rachètera Quorvex pour 400 millions de dollars via sa filiale Brindle Holdings."},
		{"es", "Veltraco adquiere Quorvex por 400 millones de euros a través de su filial hospitalaria, Brindle Holdings."},
		{"it", "Veltraco ha comprato Quorvex per 400 milioni attraverso la controllata Brindle Holdings."},
		{"de", "Veltraco übernimmt Quorvex für 400 Millionen Euro über seine Tochter Brindle Holdings."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Brindle Holdings"), c.lang, "")
		if len(got) != 1 || slices.Contains(got[0].Parties, "Brindle Holdings") || !slices.Contains(got[0].Parties, "Veltraco") || !slices.Contains(got[0].Parties, "Quorvex") {
			t.Errorf("%s %q: %+v, want Veltraco's purchase of Quorvex alone", c.lang, c.text, got)
		}
	}
	// a unit named otherwise is still a side, and so is the company after
	// an unnamed unit, a vehicle named with "a" or "the", and the unit
	// "über die Tochter" (German: about it)
	for _, c := range []struct{ lang, text, party string }{
		{"en", "Veltraco sold its subsidiary Brindle Holdings to Quorvex for $400 million.", "Brindle Holdings"},
		{"en", "Veltraco sold Brindle Holdings through its unit to Quorvex for $300 million.", "Quorvex"},
		{"en", "Veltraco has invested $50 million through its venture arm in Quorvex, a London battery start-up.", "Quorvex"},
		{"es", "Veltraco vendió Brindle Holdings a través de su filial a Quorvex por 300 millones de euros.", "Quorvex"},
		{"en", "Quorvex will go public through a special purpose acquisition vehicle, Brindle Holdings, in a deal that values it at $1.2 billion.", "Brindle Holdings"},
		{"de", "Quorvex und Veltraco haben einen Kaufvertrag über die Tochter Brindle Holdings unterzeichnet.", "Brindle Holdings"},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Brindle Holdings"), c.lang, "")
		if !slices.ContainsFunc(got, func(f Found) bool { return slices.Contains(f.Parties, c.party) }) {
			t.Errorf("%s %q: %+v, want %s a side", c.lang, c.text, got, c.party)
		}
	}
}

// A second purchase after "and", a time and an auxiliary or "agreed to"
// between ("and in January agreed to acquire Brindle"), or told verb last
// as German tells a past act ("Kelmora übernommen und 2016 die spanische
// Brindle gekauft"), is a deal of its own: one buyer, two companies bought
// at two times. One act with two verbs stays one deal.
func TestLaterPurchaseAfterAndIsADealOfItsOwn(t *testing.T) {
	for _, c := range []langText{
		{"en", "Veltraco bought the Dutch retailer Kelmora in 2012 and in January agreed to acquire Australian staffing group Brindle for $300 million."},
		{"en", "Veltraco bought Kelmora in 2012 and agreed to acquire Brindle for $300 million."},
		{"es", "En 2018 Veltraco se hizo con Kelmora por 104 millones de libras y en octubre de 2021 completó la compra de la firma londinense Brindle."},
		{"de", "Veltraco hatte 2014 in Brasilien den Wäschereibetreiber Kelmora übernommen und 2016 die spanische Brindle gekauft."},
		{"it", "Veltraco nel 2012 aveva rilevato il motore di ricerca Kelmora e a gennaio di quest'anno si era accordata per acquistare l'australiana Brindle."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Kelmora", "Brindle"), c.lang, "")
		if len(got) != 2 || !reflect.DeepEqual(got[0].Parties, []string{"Veltraco", "Kelmora"}) || !reflect.DeepEqual(got[1].Parties, []string{"Veltraco", "Brindle"}) {
			t.Errorf("%s %q: %+v, want Veltraco buying Kelmora, then Brindle", c.lang, c.text, got)
		}
	}
	// with its subject a pronoun, the company bought first buys nothing
	got := Find(sentence("Er hatte 2014 den Wäschereibetreiber Kelmora übernommen und 2016 die spanische Brindle gekauft.", "Kelmora", "Brindle"), "de", "")
	if len(got) != 2 || !reflect.DeepEqual(got[1].Parties, []string{"Brindle"}) || got[1].Buyer != "" {
		t.Errorf("%+v, want Kelmora bought, then Brindle, each by the one „Er“ stands for", got)
	}
	for _, c := range []langText{
		{"en", "Veltraco bought Kelmora in 2011 and paid for it in shares."},
		{"en", "Veltraco agreed to buy Kelmora and Brindle in 2011."},
		{"de", "Veltraco hat Kelmora und Brindle übernommen."},
	} {
		if got := Find(sentence(c.text, "Veltraco", "Kelmora", "Brindle"), c.lang, ""); len(got) != 1 {
			t.Errorf("%s %q: %+v, want one deal", c.lang, c.text, got)
		}
	}
}

// What the review of laterPurchase found: a list goes on to its last
// conjunction; a deal word after "and" that tells no act of the subject's
// own (financed, approved, denied, planned, shares bought from a seller, a
// stake owned) adds no purchase; German passives and relative clauses keep
// their own subjects; a pronoun opening a saying clause is not the buyer.
func TestLaterPurchaseIsAnActOfItsOwn(t *testing.T) {
	names := []string{"Veltraco", "Kelmora", "Brindle", "Daxmoor", "Quorvex"}
	for _, c := range []langText{
		{"it", "Veltraco ha acquistato Kelmora e Brindle e nel 2015 ha rilevato Daxmoor."},
		{"es", "Veltraco compró Kelmora y Brindle y en 2015 adquirió Daxmoor."},
		{"en", "Veltraco bought Kelmora and Brindle in 2011 and in 2015 agreed to acquire Daxmoor."},
	} {
		got := Find(sentence(c.text, names...), c.lang, "")
		if slices.ContainsFunc(got, func(f Found) bool { return f.Buyer == "Brindle" }) ||
			!slices.ContainsFunc(got, func(f Found) bool { return reflect.DeepEqual(f.Parties, []string{"Veltraco", "Daxmoor"}) }) {
			t.Errorf("%s %q: %+v, want Veltraco buying Daxmoor, Brindle buying nothing", c.lang, c.text, got)
		}
	}
	for _, c := range []langText{
		{"en", "Veltraco bought Kelmora for $50 million and said the purchase was financed by Brindle."},
		{"en", "Veltraco acquired Kelmora and expects the takeover to be approved by Brindle shareholders."},
		{"en", "Veltraco bought Kelmora in 2011 and financed the purchase with a loan from Brindle."},
		{"en", "Veltraco bought Kelmora in 2012 and has no plans to acquire Brindle."},
		{"en", "Veltraco bought Kelmora in 2012 and denied it would acquire Brindle."},
		{"es", "Veltraco compró Kelmora y descartó comprar Brindle."},
		{"en", "Veltraco bought a stake in Kelmora in 2012 and last year raised it by buying shares from Brindle."},
		{"en", "Veltraco acquired Kelmora and now owns a 30% stake in Brindle."},
		{"en", "Veltraco acquired Kelmora and its customers who buy parts from Brindle."},
		{"de", "Veltraco hat 2012 die Kelmora übernommen und wurde 2016 selbst von der Brindle übernommen."},
		{"de", "Veltraco hat Kelmora übernommen und 2016 wurde Brindle gekauft."},
		{"de", "Veltraco hat die Firma Kelmora gekauft, die zuvor Brindle übernommen hatte."},
		{"de", "Die Kelmora wurde 2014 von der Veltraco übernommen und 2016 von der Brindle gekauft."},
	} {
		got := Find(sentence(c.text, names...), c.lang, "")
		if len(got) != 1 {
			t.Errorf("%s %q: %+v, want the one purchase of Kelmora", c.lang, c.text, got)
		}
	}
	// a clause with its own auxiliary and subject is no later purchase
	// of Veltraco's, and its company before the participle is no buyer
	got := Find(sentence("Veltraco hat 2014 Kelmora übernommen und 2016 hat Quorvex Brindle gekauft.", names...), "de", "")
	if slices.ContainsFunc(got, func(f Found) bool {
		return f.Buyer == "Brindle" || f.Buyer == "" && slices.Contains(f.Parties, "Brindle")
	}) {
		t.Errorf("%+v, want Brindle bought by a buyer named", got)
	}
	got = Find(sentence("It said Veltraco bought Kelmora in 2012 and in 2016 acquired Brindle.", names...), "en", "")
	if !slices.ContainsFunc(got, func(f Found) bool {
		return f.Buyer == "Veltraco" && reflect.DeepEqual(f.Parties, []string{"Veltraco", "Brindle"})
	}) {
		t.Errorf("%+v, want Veltraco buying Brindle", got)
	}
}

// What the second review of laterPurchase found: a second clause that
// names a seller or a partner beside what is bought, or whose subject is
// told ("the same day", "two years later"), is no later purchase of the
// sentence's subject; German splits only with the company right before
// the participle, and "Sie hatte ... übernommen" is no buyer's name.
func TestLaterPurchaseNamesOnlyWhatIsBought(t *testing.T) {
	names := []string{"Kravlo", "Quorvex", "Daxmoor", "Veltraco"}
	for _, c := range []langText{
		{"en", "Kravlo bought Quorvex in 2012 and in 2016 agreed to acquire Daxmoor from Veltraco for $50 million."},
		{"en", "Kravlo bought Quorvex in 2012 and in 2016 agreed to acquire Daxmoor together with Veltraco."},
		{"en", "Kravlo bought Quorvex in 2012 and in 2016 outbid Veltraco to acquire Daxmoor."},
		{"es", "Kravlo compró Quorvex en 2012 y en octubre de 2021 completó la compra de Daxmoor a Veltraco."},
		{"it", "Kravlo ha rilevato Quorvex nel 2012 e a gennaio si era accordata per acquistare Daxmoor insieme a Veltraco."},
		{"de", "Die Kravlo hat 2014 die Quorvex übernommen und 2016 gemeinsam mit der Veltraco die Daxmoor gekauft."},
		{"de", "Die Kravlo hat 2014 die Quorvex übernommen und 2016 die Daxmoor von der Veltraco gekauft."},
	} {
		for _, f := range Find(sentence(c.text, names...), c.lang, "") {
			if f.Buyer != "" && f.Buyer != "Kravlo" {
				t.Errorf("%s %q: %+v, want Kravlo the only buyer", c.lang, c.text, f)
			}
		}
	}
	for _, c := range []langText{
		{"en", "Kravlo agreed to buy Quorvex on Tuesday and on the same day agreed to acquire Daxmoor for $300 million."},
		{"en", "Kravlo bought Quorvex in 2012 and two years later bought Daxmoor."},
		{"de", "Die Kravlo hat 2014 die Quorvex übernommen und 2016 die Daxmoor für 50 Millionen Euro gekauft."},
	} {
		got := Find(sentence(c.text, names...), c.lang, "")
		if !slices.ContainsFunc(got, func(f Found) bool { return slices.Contains(f.Parties, "Daxmoor") }) {
			t.Errorf("%s %q: %+v, want Daxmoor bought", c.lang, c.text, got)
		}
	}
	// nor one whose subject is told but not named (third review)
	for _, c := range []langText{
		{"en", "Kravlo bought Quorvex in 2012 and in January a consortium agreed to acquire Daxmoor for $30 million."},
		{"es", "Kravlo compró Quorvex en 2012 y en octubre de 2021 un fondo completó la compra de Daxmoor."},
		{"it", "Kravlo ha comprato Quorvex nel 2012 e a gennaio un fondo ha acquisito Daxmoor."},
		{"fr", "Kravlo a racheté Quorvex en 2012 et en janvier un fonds a racheté Daxmoor."},
		{"de", "Die Kravlo hatte 2014 die Quorvex übernommen und 2016 hat der Finanzinvestor die Daxmoor gekauft."},
	} {
		for _, f := range Find(sentence(c.text, names...), c.lang, "") {
			if reflect.DeepEqual(f.Parties, []string{"Kravlo", "Daxmoor"}) || f.Buyer == "Daxmoor" {
				t.Errorf("%s %q: %+v, want Daxmoor not bought by Kravlo alone", c.lang, c.text, f)
			}
		}
	}
	got := Find(sentence("Sie hatte 2014 die Quorvex übernommen und 2016 die spanische Daxmoor gekauft.", names...), "de", "")
	if slices.ContainsFunc(got, func(f Found) bool {
		return slices.Contains(f.Parties, "Quorvex") && slices.Contains(f.Parties, "Daxmoor")
	}) {
		t.Errorf("%+v, want Quorvex and Daxmoor bought apart", got)
	}
}
