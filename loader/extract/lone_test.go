package extract

import (
	"slices"
	"strings"
	"testing"

	"dealwire/model"
)

// wantDealOf fails t unless ds has a deal of typ's kind between parties.
func wantDealOf(t *testing.T, ds []model.Deal, typ string, parties ...string) {
	t.Helper()
	if dealOf(ds, typ, parties...) == nil {
		t.Errorf("deals %+v, want a %s between %q", ds, typ, parties)
	}
}

// dealOf is the deal of the given type whose parties include all of
// parties, or nil.
func dealOf(ds []model.Deal, typ string, parties ...string) *model.Deal {
	for i, d := range ds {
		if typeClass(d.Type) != typeClass(typ) {
			continue
		}
		all := true
		for _, p := range parties {
			all = all && slices.Contains(d.Parties, p)
		}
		if all {
			return &ds[i]
		}
	}
	return nil
}

// One outlet names both sides of an earlier deal; another names one side
// and the price. The price and the company agreeing make it one deal with
// two sources; alone, the second outlet's sentence tells no deal.
func TestOutletsCompleteEachOthersParties(t *testing.T) {
	a := "Veltraco agreed to buy Ostravel on Monday. Last year Daxmoor sold its sweets unit to Quorvex for $2.8 billion."
	b := "Ostravel will join Veltraco. Months earlier the sweets unit of a rival was sold to Quorvex for $2.8 billion."
	companies := []string{"Veltraco", "Ostravel", "Daxmoor", "Quorvex"}

	_, alone := extractAll(t, "en", b, companies...)
	if d := dealOf(alone, model.Divestiture, "Quorvex"); d != nil {
		t.Fatalf("one side and a price alone made a deal: %+v", d)
	}
	_, ds := extractAll(t, "en", a+articleBreak+b, companies...)
	d := dealOf(ds, model.Divestiture, "Daxmoor", "Quorvex")
	if d == nil || len(d.Sources) != 2 {
		t.Fatalf("deals %+v: want Daxmoor's sale to Quorvex told by both articles", ds)
	}
}

// A buyer guessed from the sentences before ("the group") gives way to the
// buyer another outlet names for the same company bought at the same price.
func TestOutletsCorrectAGuessedBuyer(t *testing.T) {
	a := "Veltraco agreed to buy Ostravel on Monday. Veltraco paid $41 billion for Kelmora in 2010."
	b := "Ostravel agreed to be bought by Veltraco. Ostravel shareholders cheered. It is the biggest deal for the group since it bought Kelmora in 2010 for $41 billion."
	_, ds := extractAll(t, "en", a+articleBreak+b, "Veltraco", "Ostravel", "Kelmora")
	d := dealOf(ds, model.Acquisition, "Veltraco", "Kelmora")
	if d == nil || len(d.Sources) != 2 || slices.Contains(d.Parties, "Ostravel") {
		t.Fatalf("deals %+v: want Veltraco's purchase of Kelmora told by both articles", ds)
	}
}

// Without a price, the year the outlets agree on does the same.
func TestOutletsCompleteEachOthersPartiesByYear(t *testing.T) {
	a := "Veltraco agreed to buy Ostravel on Monday. In 2017 Daxmoor sold its lighting unit to Quorvex."
	b := "Ostravel will join Veltraco. In 2017 the lighting unit of a rival was finally sold to Quorvex."
	_, ds := extractAll(t, "en", a+articleBreak+b, "Veltraco", "Ostravel", "Daxmoor", "Quorvex")
	d := dealOf(ds, model.Divestiture, "Daxmoor", "Quorvex")
	if d == nil || len(d.Sources) != 2 {
		t.Fatalf("deals %+v: want Daxmoor's sale to Quorvex told by both articles", ds)
	}
}

// When no outlet names both sides, a lone report takes the parties of one
// whose buyer was guessed from the sentences before.
func TestLoneReportTakesAGuessedReport(t *testing.T) {
	a := "Pour Veltraco, l'accord tombe à point nommé. Le groupe doit digérer l'acquisition de l'américain Quorvex, finalisée en juillet pour 6,2 milliards de dollars."
	b := "Für Veltraco ist die Einigung willkommen. Der 6,2 Milliarden Dollar schwere Kauf des Dienstleisters Quorvex wurde im Sommer abgeschlossen."
	_, ds := extractAll(t, "fr", a+articleBreak+b, "Veltraco", "Quorvex")
	d := dealOf(ds, model.Acquisition, "Veltraco", "Quorvex")
	if d == nil || len(d.Sources) != 2 {
		t.Fatalf("deals %+v: want Veltraco's purchase of Quorvex told by both articles", ds)
	}
}

// A sentence of another outlet naming the two sides of a deal, and no other
// company, beside a word of its kind, tells that deal even when reading it
// alone finds none.
func TestOutletEchoesADealItNamesBothSidesOf(t *testing.T) {
	a := "Veltraco agreed to buy Ostravel on Monday. In 2015 Veltraco bought a 42% stake in Quorvex for $2 billion."
	b := "Ostravel will join Veltraco. “Veltraco's stake in Quorvex was a bargain, and it knows it,” said an analyst."
	companies := []string{"Veltraco", "Ostravel", "Quorvex"}
	_, alone := extractAll(t, "en", b, companies...)
	if d := dealOf(alone, model.Investment, "Veltraco", "Quorvex"); d != nil {
		t.Fatalf("an opinion read as a deal alone: %+v", d)
	}
	_, ds := extractAll(t, "en", a+articleBreak+b, companies...)
	d := dealOf(ds, model.Investment, "Veltraco", "Quorvex")
	if d == nil || len(d.Sources) != 2 {
		t.Fatalf("deals %+v: want the stake told by both articles", ds)
	}
}

// A figure written with no currency, as outlets write one after naming it
// once, is in the currency the article named before.
func TestBarePriceTakesTheArticlesCurrency(t *testing.T) {
	ds := extractTextIn(t, "es", "Quorvex obtuvo el lunes 150 millones de euros de sus accionistas. "+
		"En julio de 2018 Quorvex levantó 115 millones en una ronda en la que entró Veltraco.", "Quorvex", "Veltraco")
	d := dealOf(ds, model.Investment, "Veltraco", "Quorvex")
	if d == nil || d.Value == nil || d.Value.Value != 115e6 || d.Value.Currency != "EUR" {
		t.Errorf("deals %+v, want Veltraco's investment in Quorvex at 115 million EUR", ds)
	}
}

// A bare figure that disagrees with another outlet's price does not part
// the two reports: it may be only the cash part of the price.
func TestBarePriceDoesNotPartReports(t *testing.T) {
	ds := extractTextIn(t, "es", "Veltraco compra Quorvex por 3.300 millones de dólares."+articleBreak+
		"Veltraco comprará Quorvex por 3.300 millones de dólares, según la empresa. "+
		"El comprador Veltraco solo pagará a Quorvex 100 millones en efectivo.", "Quorvex", "Veltraco")
	n := 0
	for _, d := range ds {
		if typeClass(d.Type) == typeClass(model.Acquisition) {
			n++
		}
	}
	if n != 1 {
		t.Errorf("deals %+v, want one purchase of Quorvex", ds)
	}
}

// A lone report takes the parties of the same deal told elsewhere at its
// price where one outlet names a company more than another: the companies
// both name ("Veltraco ... Quorvex" beside "Veltraco and Daxmoor ...
// Quorvex").
func TestLoneTakesTheCompaniesBothOutletsName(t *testing.T) {
	known := []string{"Veltraco", "Quorvex", "Daxmoor"}
	ds := extractKnownLangs(t, known,
		"en|Veltraco and Daxmoor agreed on Tuesday to buy Quorvex for $3.56 billion in cash.",
		"it|Veltraco ha acquistato martedì Quorvex per 3,56 miliardi di dollari.",
		"de|Veltraco hat sich am Dienstagabend mit dem kalifornischen Chiphersteller auf eine Übernahme für rund 3,56 Milliarden Dollar geeinigt.")
	d := dealOf(ds, model.Acquisition, "Veltraco", "Quorvex")
	if d == nil {
		t.Fatalf("want Veltraco's purchase of Quorvex, got %+v", ds)
	}
	articles := map[string]bool{}
	for _, s := range d.Sources {
		articles[s.Article] = true
	}
	if len(articles) < 2 || !slices.ContainsFunc(d.Sources, func(s model.Source) bool { return strings.Contains(s.Evidence, "Chiphersteller") }) {
		t.Errorf("want the German report among the deal's sources, got %+v (all: %+v)", d.Sources, ds)
	}
}
