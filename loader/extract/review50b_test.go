package extract

import (
	"slices"
	"strings"
	"testing"

	"dealwire/model"
)

// Review of 9a1b854 and 398a200. Each case here fails at 0c425fd and
// passes before the change it reviews (see each test).

func review50bHasParty(ds []model.Deal, typ, party string) bool {
	for _, d := range ds {
		if typeClass(d.Type) == typeClass(typ) && slices.ContainsFunc(d.Parties, func(p string) bool { return strings.EqualFold(p, party) }) {
			return true
		}
	}
	return false
}

// 9a1b854: a German compound "<Company>-Anlagenbau" / "-Maschinenbau" is
// the company's plant-engineering business: the known company stays the
// party (before: Veltraco + Siemens; after: Veltraco + "Siemens-Anlagenbau").
func TestReview50bHyphenedIndustryKeepsTheKnownCompany(t *testing.T) {
	for _, c := range []struct{ known, text string }{
		{"Thyssenkrupp", "Veltraco übernimmt den Thyssenkrupp-Anlagenbau für 200 Millionen Euro."},
		{"Siemens", "Veltraco übernimmt den Siemens-Anlagenbau für 200 Millionen Euro."},
		{"Linde", "Veltraco kauft den Linde-Anlagenbau für 200 Millionen Euro."},
		{"Voith", "Der Voith-Maschinenbau geht für 200 Millionen Euro an Veltraco."},
	} {
		cs, ds := extractAll(t, "de", c.text, c.known, "Veltraco")
		if !review50bHasParty(ds, model.Acquisition, c.known) {
			t.Errorf("%q: want %s a party of the purchase, got %+v", c.text, c.known, ds)
		}
		for _, co := range cs {
			if strings.HasSuffix(co.Name, "-Anlagenbau") || strings.HasSuffix(co.Name, "-Maschinenbau") {
				t.Errorf("%q: false company %q", c.text, co.Name)
			}
		}
	}
}

// 9a1b854: an industry word ending a capitalised run that names no
// company: a journalist or executive with that surname, a journal, an
// industry, an editorial line, a product category.
func TestReview50bIndustryWordEndsNoCompany(t *testing.T) {
	for _, c := range []struct {
		lang, text, bad string
		known           []string
	}{
		{"en", "Veltraco will buy Brindle for $200 million, Michael Wines reported in The New York Times.", "Michael Wines", []string{"Veltraco", "Brindle"}},
		{"en", "Veltraco has agreed to buy Brindle for $200 million, the journal Applied Optics reported.", "Applied Optics", []string{"Veltraco", "Brindle"}},
		{"en", "The journal Applied Optics reported that Severin Holdings had bought Brindle Ltd for $200 million.", "Applied Optics", nil},
		{"en", "Harriet Foundry, the chief executive of Veltraco Holdings, said Veltraco Holdings would buy Brindle Ltd for $200 million.", "Harriet Foundry", nil},
		{"de", "Veltraco übernimmt Brindle für 200 Millionen Euro. Deutscher Maschinenbau steht unter Druck.", "Deutscher Maschinenbau", []string{"Veltraco", "Brindle"}},
		{"it", "Veltraco ha comprato Brindle per 20 milioni di euro. La Linea Editoriale non cambierà.", "Linea Editoriale", []string{"Veltraco", "Brindle"}},
		{"it", "Veltraco ha comprato Brindle per 20 milioni di euro, secondo Federalimentare. Il settore Prodotti Alimentari cresce.", "Prodotti Alimentari", []string{"Veltraco", "Brindle"}},
	} {
		cs, ds := extractAll(t, c.lang, c.text, c.known...)
		for _, co := range cs {
			if co.Name == c.bad {
				t.Errorf("%s %q: false company %q", c.lang, c.text, c.bad)
			}
		}
		for _, d := range ds {
			if slices.Contains(d.Parties, c.bad) {
				t.Errorf("%s %q: %q a party of %+v", c.lang, c.text, c.bad, d)
			}
		}
	}
}

// 398a200: "two banks", "two airlines", "due soci" without "the" are two
// others, not the article's pair: their venture is none of Veltraco and
// Brindle. (Passes at 17041bf and at 4424a99.)
func TestReview50bTwoOthersNoVentureOfThePair(t *testing.T) {
	en := "Veltraco will buy 49% of Brindle for $500 million. Veltraco will get three seats on the board of Brindle. "
	it := "Veltraco comprerà il 49% di Brindle per 500 milioni di euro. Veltraco avrà tre posti nel consiglio di Brindle. "
	es := "Veltraco comprará el 49% de Brindle por 500 millones de euros. Veltraco tendrá tres puestos en el consejo de Brindle. "
	fr := "Veltraco va acheter 49% de Brindle pour 500 millions d'euros. Veltraco aura trois sièges au conseil de Brindle. "
	de := "Veltraco kauft 49 Prozent an Brindle für 500 Millionen Euro. Veltraco erhält drei Sitze im Aufsichtsrat von Brindle. "
	for _, c := range []struct{ lang, text string }{
		{"en", en + "The payments arm was set up in 2012 as a joint venture between two banks."},
		{"en", en + "Rival lenders are moving too: last month two banks formed a joint venture for card payments."},
		{"en", en + "In Asia, two airlines formed a similar joint venture last year."},
		{"es", es + "La filial de pagos nació como una empresa conjunta de dos bancos españoles."},
		{"es", es + "El año pasado, dos aerolíneas asiáticas crearon una empresa conjunta similar."},
		{"es", es + "La compra la financian dos bancos, que crearon una empresa conjunta de pagos."},
		{"fr", fr + "La filiale de paiement est née d'une coentreprise entre deux banques."},
		{"fr", fr + "L'an dernier, deux compagnies aériennes asiatiques ont créé une coentreprise similaire."},
		{"fr", fr + "L'opération est financée par deux banques, qui ont créé une coentreprise dans le crédit-bail."},
		{"it", it + "La controllata dei pagamenti è nata come joint venture tra due banche."},
		{"it", it + "Il restante 51% è diviso tra due soci, che nel 2015 hanno creato una joint venture."},
		{"it", it + "L'anno scorso due compagnie asiatiche hanno creato una joint venture simile."},
		{"de", de + "Die Zahlungstochter entstand als Gemeinschaftsunternehmen von zwei Banken."},
		{"de", de + "Auch zwei Fluggesellschaften haben im Frühjahr ein Gemeinschaftsunternehmen gegründet."},
		{"de", de + "Finanziert wird der Kauf von zwei Banken, die dafür ein Gemeinschaftsunternehmen gegründet haben."},
	} {
		_, ds := extractAll(t, c.lang, c.text, "Veltraco", "Brindle")
		if d := dealOf(ds, model.JointVenture, "Veltraco", "Brindle"); d != nil {
			t.Errorf("%s %q: false venture of Veltraco and Brindle: %+v", c.lang, c.text, *d)
		}
	}
}

// 398a200: a word of unmadeVentureWords that hedges another clause, or
// German "konnten" (= were able to, folded like "könnten"), leaves the
// venture made: it stays listed beside the stake. (Passes at 17041bf;
// at 4424a99 no such venture was listed at all.)
func TestReview50bMadeVentureNotHedged(t *testing.T) {
	stake := map[string]string{
		"en": "Veltraco has agreed to pay £224m for the 49% of Brindle owned by Quorvex. Veltraco will get three seats on the board of Brindle. ",
		"it": "Veltraco pagherà 224 milioni di sterline per il 49% di Brindle detenuto da Quorvex. Veltraco avrà tre posti nel consiglio di Brindle. ",
		"es": "Veltraco pagará 224 millones de libras por el 49% de Brindle que poseía Quorvex. Veltraco tendrá tres puestos en el consejo de Brindle. ",
		"fr": "Veltraco va payer 224 millions de livres pour les 49% de Brindle détenus par Quorvex. Veltraco aura trois sièges au conseil de Brindle. ",
		"de": "Veltraco zahlt 224 Millionen Pfund für die 49 Prozent an Brindle, die Quorvex gehören. Veltraco erhält drei Sitze im Verwaltungsrat von Brindle. ",
	}
	for _, c := range []struct{ lang, text string }{
		{"de", "Die beiden Fluggesellschaften konnten sich zudem auf ein Gemeinschaftsunternehmen für Asien einigen."},
		{"de", "Die beiden Unternehmen konnten sich zudem auf ein Gemeinschaftsunternehmen für Asien einigen."},
		{"en", "Although regulators might still object, the two airlines will form a joint venture on routes between Europe and Asia."},
		{"it", "Per ridurre il rischio di cambio in valuta, le due compagnie daranno vita inoltre a una joint venture sulle rotte tra Europa e Asia."},
		{"es", "Además, las dos aerolíneas, que podrían así superar a Iberia en Asia, crearán una empresa conjunta para los vuelos entre Europa y Asia."},
		{"fr", "Les deux compagnies, qui envisagent depuis longtemps de coopérer, vont aussi créer une coentreprise sur les liaisons entre l'Europe et l'Asie."},
	} {
		_, ds := extractAll(t, c.lang, stake[c.lang]+c.text, "Veltraco", "Quorvex", "Brindle")
		if d := dealOf(ds, model.JointVenture, "Veltraco", "Brindle"); d == nil {
			t.Errorf("%s %q: want the venture of Veltraco and Brindle, got %+v", c.lang, c.text, ds)
		}
	}
}
