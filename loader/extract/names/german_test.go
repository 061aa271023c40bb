package names

import (
	"slices"
	"strings"
	"testing"
)

// A kind of business after a town's adjective describes the name that
// follows, as it does alone: "den Leipziger Fahrradverleiher Quorvex"
// names Quorvex. A bank's own head stays its name ("Bankhaus Brindle &
// Söhne"), and so does a person's compound name no company.
func TestGermanKindCompoundAfterATownAdjective(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Veltraco übernimmt den Leipziger Fahrradverleiher Quorvex für 2 Milliarden Euro. "+
		"Der Münchner Gehäusebauer Daxmoor kauft das Bankhaus Brindle & Söhne.")
	wantCompaniesNotWords(t, companiesOf(r, 0), []string{"Quorvex", "Daxmoor", "Bankhaus Brindle & Söhne"}, "Fahrradverleiher", "Gehäusebauer")
}

// wantCompaniesNotWords fails t unless got holds every company of want
// and none holding a word of not.
func wantCompaniesNotWords(t *testing.T, got, want []string, not ...string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("companies %q, want %s", got, w)
		}
	}
	for _, c := range got {
		for _, w := range not {
			if strings.Contains(c, w) {
				t.Errorf("companies %q: %s is no company's name", got, c)
			}
		}
	}
}

// A connector between two names that each end in a company word joins no
// name: "Quorvex Industries von Daxmoor Investments" is the company and
// the one it is bought from. "Bank of America" and "Banca Popolare di
// Milano" stay one name each: what follows the connector is a place.
func TestConnectorBetweenTwoCompanyNames(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Im Juli übernahm Veltraco für 46,5 Millionen Euro 60 Prozent des Turmbauers Quorvex Industries von Daxmoor Investments.")
	got := companiesOf(r, 0)
	for _, want := range []string{"Quorvex Industries", "Daxmoor Investments"} {
		if !slices.Contains(got, want) {
			t.Errorf("companies %q, want %s", got, want)
		}
	}
	r = recognize(t, "Veltraco Holdings agreed to buy the stake from Bank of America and Banca Popolare di Milano for $2 billion.")
	got = companiesOf(r, 0)
	for _, want := range []string{"Bank of America", "Banca Popolare di Milano"} {
		if !slices.Contains(got, want) {
			t.Errorf("companies %q, want %s", got, want)
		}
	}
}

// A German compound naming a network before a name is what the company
// runs, not part of its name ("sein Höchstspannungsnetz Transpower"); a
// grid company is named so with its town ("Stromnetz Berlin").
func TestGridCompoundBeforeAName(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "E.ON hatte Ende Februar sein Höchstspannungsnetz Transpower für rund 1,1 Milliarden Euro an den niederländischen Netzbetreiber TenneT verkauft. Die Transpower GmbH betreibt rund 10.700 Kilometer Leitungen.")
	wantCompanyIn(t, r, 0, "Transpower")
	noCompanyOf(t, r, 0, "Höchstspannungsnetz Transpower", "Höchstspannungsnetz")
	for _, text := range []string{
		"Vattenfall verkauft Stromnetz Berlin für rund 2,1 Milliarden Euro an das Land Berlin, teilte der Konzern am Montag mit.",
		"Die Gasnetz Hamburg GmbH war 2018 von E.ON an die Stadt zurückgegangen, für rund 355 Millionen Euro.",
	} {
		r := recognizeWithDealWords(t, "de", text)
		noCompanyOf(t, r, 0, "Berlin", "Hamburg", "Berlin GmbH", "Hamburg GmbH")
	}
}

// In German a capitalised noun after a company's legal form is no more of
// its name ("bei Brindle SA Batteriezellen"); a place may be ("Siemens AG
// Österreich"), and a group word opens the name after it ("Holding
// Fininvest").
func TestGermanNounAfterALegalForm(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Veltraco Corp kauft bei Brindle SA Batteriezellen für 2 Milliarden Euro, wie das Unternehmen am Montag mitteilte.")
	wantCompanyIn(t, r, 0, "Brindle")
	noCompanyOf(t, r, 0, "Brindle SA Batteriezellen")
	r = recognizeWithDealWords(t, "de", "Zuvor hatte der Klub 31 Jahre lang zu Silvio Berlusconis Holding Fininvest gehört, die ihn an Investoren verkaufte.")
	noCompanyOf(t, r, 0, "Silvio Berlusconis")
}

// A broadcaster's, a channel's or a rental firm's compound before a name
// says what it is ("der Bezahlsender Epix", "der Videoverleih Netflix"):
// the name is the company, without it.
func TestGermanBroadcasterAndRentalCompounds(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Der amerikanische Videoverleih Veltraco hat am Dienstag einen Lizenzvertrag mit dem Bezahlsender Quorvex geschlossen.")
	wantCompaniesNotWords(t, companiesOf(r, 0), []string{"Veltraco", "Quorvex"}, "Bezahlsender", "Videoverleih")
}

// A medicine's form before a name ("lo sciroppo Mucinex", "the cough
// syrup Mucinex") names a product, as "il farmaco" does: no company.
func TestSyrupAndSprayNameProducts(t *testing.T) {
	r := recognizeWithDealWords(t, "it", "Veltraco ha annunciato ieri un accordo per rilevare Brindle International. "+
		"Due anni più tardi era toccato all'americana Quorvex Respiratory Therapeutics, produttrice dello sciroppo Mucinex, rilevata per 2,3 miliardi di dollari.")
	if slices.Contains(companiesOf(r, 0), "Mucinex") {
		t.Errorf("companies %q, Mucinex is a syrup", companiesOf(r, 0))
	}
}

// The review of 8adfce3: a medicine's form after a bare preposition names
// what a maker makes ("al fabricante de jarabe Rovello Pharma", "la
// società di spray Ivrella"): the maker is a company.
func TestMakerOfSyrupIsACompany(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"es", "Quintara Holding ha comprado al fabricante de jarabe Rovello Pharma por 200 millones de euros, según ha anunciado Sadron Capital.", "Rovello Pharma"},
		{"it", "La società di spray Ivrella è stata acquisita da Jastor per 200 milioni di euro, ha detto il gruppo Kempe.", "Ivrella"},
	} {
		if got := companiesOf(recognizeWithDealWords(t, c.lang, c.text), 0); !slices.Contains(got, c.want) {
			t.Errorf("%s: companies %q, want %s", c.lang, got, c.want)
		}
	}
}

// A title of two words inside a run of capitals ends the company's name:
// "Nycomed Chief Executive Hakan Bjorklund" names Nycomed and a person.
func TestTitleOfTwoWordsEndsAName(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Takeda Pharmaceutical agreed to buy Nycomed for 9.6 billion euros on Thursday. "+
		"Nycomed Chief Executive Hakan Bjorklund said the deal was not about synergies but about growth.")
	wantCompaniesNotWords(t, companiesOf(r, 0), []string{"Nycomed"}, "Chief", "Bjorklund")
}

// A quarter of the compass before a place, a fraction and a mine before
// its name are German nouns, no companies: "im Westen Ghanas", "ein
// Drittel halten", "mit der Mine Ahafo".
func TestGermanCompassFractionAndMineNouns(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Die Goldproduzenten Velmaro Resources und Quorvex Mining wollen ihre Minen Tarkwa und Iduapriem im Westen Ghanas in einem Gemeinschaftsunternehmen bündeln. In Ghana ist auch Newmont mit der Mine Ahafo aktiv. Velmaro soll zwei Drittel und Quorvex ein Drittel halten.")
	wantCompaniesNotWords(t, companiesOf(r, 0), []string{"Velmaro Resources", "Quorvex Mining", "Newmont"}, "Westen", "Drittel", "Mine", "Ahafo", "Tarkwa")
}

// German capitalises "Mine": in "Newmont mit der Mine Ahafo" the name
// after it is a site's, as in "la miniera di Whabouchi".
func TestGermanMineBeforeItsName(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "In Ghana sind auch Newmont mit der Mine Ahafo und Kinross mit Chirano aktiv.")
	wantCompaniesNotWords(t, companiesOf(r, 0), []string{"Newmont"}, "Ahafo")
}

// Names that start with those nouns are names still: "die Reederei
// Norden", "Mine Safety Appliances", "die Grube AG", "die Osten Group".
func TestGermanNamesStartingWithCompassOrMine(t *testing.T) {
	for text, want := range map[string]string{
		"Die dänische Reederei Norden übernimmt den Konkurrenten Brindle für 200 Millionen Euro.": "Norden",
		"Der Ausrüster Mine Safety Appliances übernimmt die Kravlo AG für 200 Millionen Euro.":    "Mine Safety Appliances",
		"Die Grube AG übernimmt den Maschinenbauer Kravlo AG für 200 Millionen Euro.":             "Grube",
		"Die Osten Group übernimmt die Kravlo AG für 200 Millionen Euro.":                         "Osten",
	} {
		r := recognizeWithDealWords(t, "de", text)
		if got := companiesOf(r, 0); !slices.Contains(got, want) {
			t.Errorf("%q: companies %q, want %s", text, got, want)
		}
	}
}

// Mines in the plural are sites too (a mine after a comma is not read
// so: "Kravlo, Mine Safety Appliances und Veltraco" lists companies).
func TestGermanMinesInThePlural(t *testing.T) {
	for _, text := range []string{
		"Newmont verkauft die Bergwerke Ahafo und Akyem an Zijin Mining.",
		"Zijin Mining kauft von Newmont die Gruben Ahafo und Akyem.",
	} {
		wantCompaniesNotWords(t, companiesOf(recognizeWithDealWords(t, "de", text), 0), nil, "Ahafo")
	}
}

// A family firm's or a private bank's "& Söhne", "& Cie" marks a company
// as a legal suffix does ("Analyst vom Bankhaus Lerchenfeld & Söhne",
// "der Privatbank Hellweg & Cie").
func TestFamilyFirmSuffixes(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "„Der Preis ist hoch“, sagte Analystin Petra Vogel vom Bankhaus Lerchenfeld & Söhne, und auch die Privatbank Hellweg & Cie sieht das so.")
	got := companiesOf(r, 0)
	for _, want := range []string{"Bankhaus Lerchenfeld", "Hellweg"} {
		if !slices.ContainsFunc(got, func(c string) bool { return strings.HasPrefix(c, want) }) {
			t.Errorf("companies %q, want %s", got, want)
		}
	}
}

// "Söhne" after a name in the genitive are someone's sons ("Max Bögls
// Söhne führen das Bauunternehmen"); after a name it ends a firm's
// ("die Gebrüder Knauf Söhne", "Bankhaus Lerchenfeld & Söhne").
func TestGermanSonsOfSomeone(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Max Bögls Söhne führen das Bauunternehmen heute gemeinsam.")
	wantCompaniesNotWords(t, companiesOf(r, 0), nil, "Söhne")
	r = recognizeWithDealWords(t, "de", "Die Würth-Gruppe übernimmt die Gebrüder Knauf Söhne aus Iphofen.")
	wantCompaniesNotWords(t, companiesOf(r, 0), []string{"Gebrüder Knauf Söhne"})
}

// A foreign name opening on a word of a German noun's Latin ending is a
// name where a legal suffix or a company word follows ("Revolution LLC",
// "Enovation Controls Inc."); the same noun before a name is no part of
// it (TestGermanHoldersAreNoPartOfNames).
func TestLatinEndingOpensAForeignName(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"Flexcar gehört mehrheitlich Revolution LLC, nachdem die Beteiligungsgesellschaft die Kontrolle übernommen hatte.", "Revolution"},
		{"Im Dezember 2016 schloss Veltraco den Kauf von Enovation Controls Inc. ab, einem Anbieter elektronischer Steuerungen.", "Enovation Controls"},
	} {
		r := recognizeWithDealWords(t, "de", c.text)
		wantCompanyIn(t, r, 0, c.name)
	}
}

// A German compound of a trade before a name is no part of it, for the
// producers, processors, publishers, chains and services of the news
// ("der Kartoffelerzeuger Snow Valley Agriculture", "die Handelskette
// Kelmora Stores", "der Streamingdienst Kelmora Media").
func TestGermanTradeCompoundsAreNoPartOfNames(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"Veltraco gründet mit dem chinesischen Kartoffelerzeuger Snow Valley Agriculture ein Gemeinschaftsunternehmen.", "Snow Valley Agriculture"},
		{"Veltraco übernimmt die Handelskette Kelmora Stores für 300 Millionen Euro.", "Kelmora Stores"},
		{"Veltraco kauft den Streamingdienst Kelmora Media für 300 Millionen Euro.", "Kelmora Media"},
		{"Veltraco übernimmt den Fleischverarbeiter Kelmora Foods für 300 Millionen Euro.", "Kelmora Foods"},
		{"Erst im vergangenen Jahr hatte Veltraco den texanischen Rüstungselektroniker Kelmora Systems übernommen.", "Kelmora Systems"},
	} {
		r := recognizeWithDealWords(t, "de", c.text)
		wantCompanyIn(t, r, 0, c.name)
	}
}
