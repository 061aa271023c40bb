package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"dealwire/model"
)

// extractText runs the whole extraction on one article whose companies are
// listed in a user file, so the test depends on no shipped list.
func extractText(t *testing.T, body string, companies ...string) []model.Deal {
	t.Helper()
	return extractTextIn(t, "en", body, companies...)
}

func extractTextIn(t *testing.T, lang, body string, companies ...string) []model.Deal {
	t.Helper()
	_, ds := extractAll(t, lang, body, companies...)
	return ds
}

// articleBreak separates the articles of a corpus given to the helpers
// below as one string.
const articleBreak = "\n----\n"

// companiesIn is the companies found in one article (or several, split by
// articleBreak), beside those listed.
func companiesIn(t *testing.T, lang, body string, companies ...string) []model.Company {
	t.Helper()
	cs, _ := extractAll(t, lang, body, companies...)
	return cs
}

// hasCompany: name is among the companies cs.
func hasCompany(cs []model.Company, name string) bool {
	return slices.ContainsFunc(cs, func(c model.Company) bool { return c.Name == name })
}

// wantCompany fails t unless name is among the companies cs.
func wantCompany(t *testing.T, cs []model.Company, name string) {
	t.Helper()
	if !hasCompany(cs, name) {
		t.Errorf("companies %+v, want %s", cs, name)
	}
}

// noCompany fails t for each of names found among the companies cs.
func noCompany(t *testing.T, cs []model.Company, names ...string) {
	t.Helper()
	for _, c := range cs {
		if slices.Contains(names, c.Name) {
			t.Errorf("%s read as a company", c.Name)
		}
	}
}

func extractAll(t *testing.T, lang, body string, companies ...string) ([]model.Company, []model.Deal) {
	t.Helper()
	list := filepath.Join(t.TempDir(), "companies.tsv")
	var lines string
	for _, c := range companies {
		lines += c + "\n"
	}
	if err := os.WriteFile(list, []byte(lines), 0o600); err != nil {
		t.Fatal(err)
	}
	var arts []model.Article
	for i, b := range strings.Split(body, articleBreak) {
		arts = append(arts, model.Article{ID: fmt.Sprint("a", i), Language: lang, Published: "2020-10-29", Body: b})
	}
	cs, ds, err := Extract(arts, Options{CompaniesFile: list})
	if err != nil {
		t.Fatal(err)
	}
	return cs, ds
}

// An article may tell its own deal without naming both sides in one
// sentence: "the luxury leader will buy the New York jeweler". The two
// companies it is about are the deal's parties.
func TestDealToldWithoutNamingBothSides(t *testing.T) {
	ds := extractText(t, "# Veltraco and Quorvex settle their dispute\n\n"+
		"After two months in court, Veltraco and Quorvex found common ground. "+
		"The luxury leader said on Thursday that it would buy the New York jeweler for $15.8 billion in total. "+
		"Veltraco had said in September that it could not complete the acquisition. "+
		"Quorvex shareholders still have to approve the new terms.",
		"Veltraco", "Quorvex")
	if len(ds) != 1 {
		t.Fatalf("%d deals, want 1: %+v", len(ds), ds)
	}
	d := ds[0]
	if d.Type != model.Acquisition || len(d.Parties) != 2 || d.Value == nil || d.Value.Value != 15.8e9 {
		t.Errorf("deal %+v, want Veltraco and Quorvex's acquisition at $15.8bn", d)
	}
}

// When the article names its deal, a sentence pointing back at it adds
// to it and makes no deal of its own: not from its figure (a capital
// increase), nor from its word ("the cooperation" is the licence told
// before).
func TestPointingBackAddsToTheNamedDeal(t *testing.T) {
	ds := extractText(t, "Veltraco signed a patent licence agreement with Quorvex on Monday. "+
		"Veltraco will finance the licence with a capital increase of $19 billion. "+
		"The cooperation concerns the core of the Finnish company.",
		"Veltraco", "Quorvex")
	if len(ds) != 1 || ds[0].Type != model.Licensing || len(ds[0].Sources) != 1 {
		t.Fatalf("deals %+v, want the one licence", ds)
	}
}

// "The deal also included the licensing of patents": the deal pointed at
// has a part of another kind, which is a deal of its own. (Told with no
// figure of its own, it is not listed: see
// TestBareReadingsFromAnaphorsBesideAFirmerDeal.)
func TestPartOfAnotherKind(t *testing.T) {
	ds := extractText(t, "# Veltraco buys Quorvex phones\n\nVeltraco agreed to buy the phone business of Quorvex for $7.2 billion. "+
		"The deal also included the licensing of a large number of patents for $1.65 billion.",
		"Veltraco", "Quorvex")
	types := map[string]bool{}
	for _, d := range ds {
		types[d.Type] = true
	}
	if len(ds) != 2 || !types[model.Acquisition] || !types[model.Licensing] {
		t.Errorf("deals %+v, want the purchase and the licence", ds)
	}
}

// An article recalling an older deal of the same kind between the same
// companies ("Previously, ...") tells two deals, not one.
func TestRecalledDealOfTheSameKind(t *testing.T) {
	ds := extractText(t, "# Veltraco and Quorvex team up again\n\n"+
		"Veltraco and Quorvex announced a partnership on cloud services on Monday. "+
		"Previously, Veltraco and Quorvex had worked together on phones. "+
		"At the time, Veltraco dropped its own system. It reached a partnership with Quorvex in 2011.",
		"Veltraco", "Quorvex")
	if len(ds) != 2 {
		t.Errorf("%d deals, want the new partnership and the recalled one: %+v", len(ds), ds)
	}
}

// "The two automakers announced a partnership" names both sides: the deal
// is between the two companies the article is about.
func TestBothSidesNamedTogether(t *testing.T) {
	ds := extractText(t, "# Veltraco and Quorvex, a story of cars\n\n"+
		"Veltraco and Quorvex make small cars. Quorvex is strong in India, Veltraco in Japan. "+
		"On March 20, 2019, the two automakers had announced a partnership on compact cars.",
		"Veltraco", "Quorvex")
	if len(ds) != 1 || ds[0].Type != model.Partnership || len(ds[0].Parties) != 2 {
		t.Errorf("deals %+v, want Veltraco and Quorvex's partnership", ds)
	}
}

// "Die geplante Übernahme des Chipherstellers X" names only what the deal
// is of: the other side is the company the text is about.
func TestTheDealOfANamedCompany(t *testing.T) {
	ds := extractTextIn(t, "de", "# Veltraco und Daxmoor legen Patentstreit bei\n\n"+
		"Veltraco hat sich mit Daxmoor auf ein Lizenzabkommen geeinigt. Veltraco zahlt dafür Lizenzgebühren an Daxmoor. "+
		"2018 war die geplante Übernahme des niederländischen Chipherstellers Quorvex für 44 Milliarden Dollar gescheitert.",
		"Veltraco", "Daxmoor", "Quorvex")
	found := false
	for _, d := range ds {
		if d.Type == model.Acquisition && slices.Contains(d.Parties, "Quorvex") && slices.Contains(d.Parties, "Veltraco") {
			found = true
		}
	}
	if !found {
		t.Errorf("deals %+v, want Veltraco's planned takeover of Quorvex", ds)
	}
}

// A price only the headline gives is the price of the deal the body tells.
func TestPriceFromTheHeadline(t *testing.T) {
	ds := extractText(t, "# Veltraco closes $61 billion Quorvex takeover\n\n"+
		"Veltraco completed its acquisition of Quorvex on Wednesday after regulators signed off. "+
		"Quorvex shares were removed from the exchange.",
		"Veltraco", "Quorvex")
	if len(ds) != 1 || ds[0].Value == nil || ds[0].Value.Value != 61e9 {
		t.Errorf("deals %+v, want the acquisition at $61bn", ds)
	}
}

// "It" is the company a sentence before was about, not one it names after
// a preposition ("sold to the fund Daxmoor"), unless "the latter" asks for
// the one named last.
func TestItIsNotTheObjectBefore(t *testing.T) {
	ds := extractTextIn(t, "fr", "Veltraco se renforce dans la santé. La filiale a finalement été cédée l'année suivante au fonds américain Daxmoor. "+
		"Il s'est offert l'américain Quorvex pour 2,8 milliards de dollars.",
		"Veltraco", "Daxmoor", "Quorvex")
	wantSides(t, ds, "Quorvex", "Veltraco", "Daxmoor")
	ds = extractText(t, "In September 2013, Veltraco sold its phone business to Daxmoor. The latter announced that it would acquire the business for $7.2 billion.",
		"Veltraco", "Daxmoor")
	for _, d := range ds {
		if d.Value != nil && !slices.Contains(d.Parties, "Daxmoor") {
			t.Errorf("deal %+v: the latter is Daxmoor", d)
		}
	}
}

// What a deal word is of is no later "il": "Il a racheté le canadien
// Quorvex. Et en janvier, il a cédé ..." — both times the company before.
func TestItIsNotTheObjectOfADealBefore(t *testing.T) {
	ds := extractTextIn(t, "fr", "Veltraco se renforce dans la santé. En décembre, il a racheté le canadien Quorvex. "+
		"Et en janvier, il a cédé ses confiseries américaines à l'italien Daxmoor pour 2,8 milliards de dollars.",
		"Veltraco", "Daxmoor", "Quorvex")
	wantSides(t, ds, "Daxmoor", "Veltraco", "Quorvex")
}

// wantSides fails t unless the deals ds with company of have with among
// their parties, and some deal has of; none has without, if given.
func wantSides(t *testing.T, ds []model.Deal, of, with, without string) {
	t.Helper()
	found := false
	for _, d := range ds {
		if slices.Contains(d.Parties, of) {
			found = true
			if !slices.Contains(d.Parties, with) || without != "" && slices.Contains(d.Parties, without) {
				t.Errorf("deal %+v: want %s with %s, not %s", d, of, with, without)
			}
		}
	}
	if !found {
		t.Errorf("deals %+v, want one with %s", ds, of)
	}
}

// A name before an Arabic surname particle is a person's, even beside
// deal words.
func TestNamesBeforeSurnameParticlesArePeople(t *testing.T) {
	cs := companiesIn(t, "es", "Veltraco y Quorvex firmaron ayer en Doha un contrato de compraventa de gas, "+
		"según el ministro y consejero delegado de Veltraco, Saad Sherida al Kaabi. El acuerdo con Quorvex lo negoció Karim Wahba al-Tarek.",
		"Veltraco", "Quorvex")
	noCompany(t, cs, "Saad Sherida", "Karim Wahba")
}

// Names ending in a noun for a place are places: a gas field is no company.
func TestPlaceNounsEndPlaces(t *testing.T) {
	cs := companiesIn(t, "es", "Veltraco fue el primer socio extranjero elegido para North Field South, con una participación del 6,25%. Veltraco se hizo con un 9,375% de North Field South. "+
		"Quorvex tomó una participación en North Field East y en Silicon Valley.", "Veltraco", "Quorvex")
	for _, c := range cs {
		if strings.Contains(c.Name, "Field") || strings.Contains(c.Name, "Valley") {
			t.Errorf("%s is a place, not a company", c.Name)
		}
	}
}

// A price told in the sentence after its deal belongs to that deal, and
// two deals of one kind years apart stay two.
func TestPriceInTheNextSentence(t *testing.T) {
	ds := extractText(t, "Veltraco agreed in December 2016 to buy the rest of Quorvex. That offer was worth $11.7bn. "+
		"In 2014 Veltraco bought Daxmoor's stake in Quorvex. That transaction was worth about $4.9bn.",
		"Veltraco", "Quorvex", "Daxmoor")
	values := map[string]float64{}
	for _, d := range ds {
		if d.Value != nil {
			values[d.Date[:4]] = d.Value.Value
		}
	}
	if values["2016"] != 11.7e9 || values["2014"] != 4.9e9 {
		t.Errorf("deals %+v, want the 2016 one at $11.7bn and the 2014 one at $4.9bn", ds)
	}
}

// "X and its other brands": X is one of the brands, not a company.
func TestOneOfItsOtherBrands(t *testing.T) {
	cs := companiesIn(t, "en", "On the same day, Veltraco said it would sell Horlicks and its other nutrition brands in India to Quorvex for £3.1 billion.",
		"Veltraco", "Quorvex")
	noCompany(t, cs, "Horlicks")
}

// German descriptions, times, name frames and families are no companies:
// "der Essener Spezialchemiekonzern", "Anfang 2017", "unter dem Namen
// Kravlo", "der Gründerfamilie Burkard".
func TestGermanDescriptionsAndFrames(t *testing.T) {
	cs := companiesIn(t, "de", "Der Essener Spezialchemiekonzern verkauft sein Geschäft an den Finanzinvestor Veltraco. "+
		"Der Zuger Bauchemie- und Klebstoffhersteller übernimmt Quorvex für 5,5 Milliarden Franken. "+
		"Für 3,8 Milliarden Dollar hatte der Konzern Anfang 2017 das Geschäft von Quorvex übernommen. "+
		"2013 hatte Veltraco die Sparte übernommen und unter dem Namen Kravlo verselbständigt. "+
		"Veltraco versuchte, über den Kauf der Holding der Gründerfamilie Burkard die Kontrolle zu übernehmen.",
		"Veltraco", "Quorvex")
	for _, c := range cs {
		for _, not := range []string{"Essener", "Zuger", "Anfang", "Namen", "Burkard"} {
			if strings.Contains(c.Name, not) {
				t.Errorf("%q is no company", c.Name)
			}
		}
	}
}

// A title of several words before a name, and a person "of" a company,
// are no part of any company's name.
func TestTitlesAndPeopleOfCompanies(t *testing.T) {
	cs := companiesIn(t, "en", "Veltraco agreed to buy Quorvex for $3bn. "+
		"\"Together we cover the whole chain,\" Veltraco Chief Executive Pekka Vauramo, who will run the combined group, told a news conference in the capital. "+
		"\"It is a fair price for Quorvex,\" said Priya Raghunathan of Harrowgate Securities, which advised on the deal.",
		"Veltraco", "Quorvex")
	for _, c := range cs {
		if strings.Contains(c.Name, "Chief") || strings.Contains(c.Name, "Priya") {
			t.Errorf("%q is no company", c.Name)
		}
	}
}

// A place after "in" before a name is where, not part of who.
func TestPlaceBeforeAName(t *testing.T) {
	cs := companiesIn(t, "it", "In primavera Veltraco, il colosso del cemento, ha comprato negli Stati Uniti Kravlo Building Products per 3,4 miliardi di dollari. "+
		"Kravlo Building Products ha chiuso l'anno in utile.", "Veltraco")
	for _, c := range cs {
		if strings.Contains(c.Name, "Stati") {
			t.Errorf("%q: a place opens the name", c.Name)
		}
	}
}

// A country is no company, even with a company's evidence around it.
func TestCountriesAreNoCompanies(t *testing.T) {
	cs := companiesIn(t, "en", "Veltraco, Italy's biggest bank by assets, has made an unsolicited all-share offer for smaller rival Quorvex, "+
		"a move that would create one of the largest lenders in the eurozone. Italy's shares rose 2% after the offer.", "Veltraco", "Quorvex")
	noCompany(t, cs, "Italy")
}

// "Le groupe de Foster City": the group's seat, not a company.
func TestTheSeatOfAGroup(t *testing.T) {
	cs := companiesIn(t, "fr", "Veltraco versera à Quorvex un paiement initial de 3,95 milliards de dollars. "+
		"Le groupe de Foster City souscrira en outre à une augmentation de capital de 1,1 milliard de dollars.", "Veltraco", "Quorvex")
	noCompany(t, cs, "Foster City")
}

// The deal the headline tells comes first in the list, before deals the
// body recalls earlier.
func TestHeadlineDealFirst(t *testing.T) {
	ds := extractText(t, "# Veltraco buys Quorvex for $5 billion\n\n"+
		"Veltraco bought Daxmoor from Kravlo for $1 billion in 2015. "+
		"Now Veltraco has agreed to buy Quorvex for $5 billion in cash.",
		"Veltraco", "Quorvex", "Daxmoor", "Kravlo")
	if len(ds) < 2 || !slices.Contains(ds[0].Parties, "Quorvex") {
		t.Errorf("deals %+v, want the headline's Veltraco-Quorvex first", ds)
	}
}

// Drug codes are no companies; initials keep their last dot ("J.C.
// Flowers"); German hyphenated descriptions go before the name.
func TestCodesInitialsAndGermanDescriptions(t *testing.T) {
	cs := companiesIn(t, "en", "Veltraco agreed to license its GLP-1 drug CT-388 to Quorvex for $5bn. "+
		"The consortium also includes J.C. Flowers, which agreed to buy a stake in Quorvex.", "Veltraco", "Quorvex")
	names := map[string]bool{}
	for _, c := range cs {
		names[c.Name] = true
	}
	if names["GLP-1"] || names["CT-388"] || names["J.C"] {
		t.Errorf("companies %v: codes and broken initials read as companies", names)
	}
	cs = companiesIn(t, "de", "2014 übernahm Veltraco den Restaurant-Reservierungsdienst Kravlo. "+
		"Die Übernahme des schwedischen Online-Reisebüros Dravena durch Veltraco scheiterte, wie die US-Handelsaufsicht FTC mitteilte.", "Veltraco")
	for _, c := range cs {
		if strings.Contains(c.Name, "-") {
			t.Errorf("%q: a German description kept with the name", c.Name)
		}
	}
}

// A known name that is also a nationality describes a company before a
// company noun ("the Swiss group"), and opens a name of its own before
// capitalised words ("Swiss Towers").
func TestAmbiguousNamesDescribeOrOpen(t *testing.T) {
	// the airline Swiss is named elsewhere in the corpus
	ds := extractText(t, "Veltraco agreed to pay Quorvex $5.3bn. The Swiss group has been building a pipeline since it bought Daxmoor for $2.7bn in 2023."+
		articleBreak+"Lufthansa already owns Swiss, Austrian Airlines and Brussels Airlines, and agreed to buy 41% of ITA Airways for €325 million.",
		"Veltraco", "Quorvex", "Daxmoor")
	for _, d := range ds {
		if slices.Contains(d.Parties, "Swiss") {
			t.Errorf("deal %+v: 'the Swiss group' read as the airline", d)
		}
	}
	cs := companiesIn(t, "en", "Two years later Veltraco led a consortium that paid 500 million Swiss francs for Swiss Towers, the mast business of Quorvex."+
		articleBreak+"Lufthansa already owns Swiss, Austrian Airlines and Brussels Airlines, and agreed to buy 41% of ITA Airways for €325 million.",
		"Veltraco", "Quorvex")
	found := false
	for _, c := range cs {
		found = found || c.Name == "Swiss Towers"
		if c.Name == "Swiss" && slices.Contains(c.Articles, "a0") {
			t.Error("Swiss read out of Swiss Towers")
		}
	}
	if !found {
		t.Errorf("companies %v, want Swiss Towers", cs)
	}
}

// A sentence naming no company that sets its deal years before the article
// recalls another deal: it gives the article's own deal neither its price
// nor its year.
func TestRecalledUnnamedDealIsNotTheArticles(t *testing.T) {
	ds := extractText(t, "# Veltraco sells its grid unit to Quorvex\n\n"+
		"Veltraco agreed to sell its grid unit to Quorvex. "+
		"In 2013 the group had bought an American inverter maker for about $1 billion.",
		"Veltraco", "Quorvex")
	if len(ds) != 1 {
		t.Fatalf("%d deals, want 1: %+v", len(ds), ds)
	}
	if d := ds[0]; d.Value != nil || strings.HasPrefix(d.Date, "2013") {
		t.Errorf("deal %+v took the 2013 purchase's figure or year", d)
	}
}

// A company described by what it is ("la multinazionale", "le géant") is
// the one the text was about.
func TestDescribedSubjectIsTheCompanyBefore(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"it", "Veltraco ha chiuso l'anno in utile. Nel 2013 la multinazionale aveva acquistato Quorvex per un miliardo di dollari."},
		{"fr", "Veltraco a publié ses comptes. Le géant de l'alimentation a racheté Quorvex en 2018."},
	} {
		ds := extractTextIn(t, c.lang, c.body, "Veltraco", "Quorvex")
		if dealOf(ds, model.Acquisition, "Veltraco", "Quorvex") == nil {
			t.Errorf("%s: deals %+v, want Veltraco buying Quorvex", c.lang, ds)
		}
	}
}

// A payment told right after a deal between the same companies is its
// price, not a purchase of its own.
func TestPaymentAfterADealIsItsPrice(t *testing.T) {
	ds := extractTextIn(t, "it", "Veltraco e Quorvex hanno firmato un accordo di licenza incrociata sui brevetti che chiude tutte le cause. "+
		"Veltraco verserà a Quorvex 750 milioni di dollari.", "Veltraco", "Quorvex")
	if len(ds) != 1 || ds[0].Type != model.Licensing || ds[0].Value == nil || ds[0].Value.Value != 7.5e8 {
		t.Fatalf("deals %+v, want one licence priced $750m", ds)
	}
}

// "The carmaker", "der Investor": the company the article described so,
// not the one named last.
func TestDescribedAnaphorIsTheCompanyDescribed(t *testing.T) {
	cases := []struct{ lang, body, want, other string }{
		{"en", "The German carmaker Veltraco will buy cells from Quorvex, the Swedish battery maker. " +
			"Quorvex's chief said the plant would open in 2024. " +
			"The carmaker signed a long-term supply deal with Daxmoor last year.", "Veltraco", "Daxmoor"},
		{"de", "Der Spezialchemiekonzern Veltraco verkauft seine Sparte an den Finanzinvestor Quorvex. " +
			"Veltraco hatte die Sparte lange gesucht. " +
			"Der Investor kennt sich aus: 2013 hatte er die Lackharzsparte von Daxmoor übernommen.", "Quorvex", "Daxmoor"},
	}
	for _, c := range cases {
		wantSides(t, extractTextIn(t, c.lang, c.body, "Veltraco", "Quorvex", "Daxmoor"), c.other, c.want, "")
	}
}

// A function word opening a sentence is no company, whatever else it
// names ("Nel" is a hydrogen maker, "Nel 2019" is "in 2019").
func TestFunctionWordOpeningIsNoCompany(t *testing.T) {
	cs := companiesIn(t, "it", "Veltraco ha annunciato ieri un nuovo piano. Nel 2019 aveva acquisito l'austriaca Quorvex per 2 miliardi di euro.",
		"Veltraco", "Quorvex", "Nel")
	noCompany(t, cs, "Nel")
}

// The seller named in a sentence of its own joins the deal just told, with
// its price, also when another outlet corrects the deal's guessed buyer.
func TestSideNamedAfterTheDeal(t *testing.T) {
	ds := extractTextIn(t, "de", "Veltraco baut um. Noch offen ist die Übernahme des Herstellers Quorvex, die Veltraco im November angekündigt hatte. "+
		"Verkäufer ist der Finanzinvestor Daxmoor, der Kaufpreis liegt bei 625 Millionen Dollar.", "Veltraco", "Quorvex", "Daxmoor")
	d := dealOf(ds, model.Acquisition, "Veltraco", "Quorvex")
	if d == nil || !slices.Contains(d.Parties, "Daxmoor") || d.Value == nil || d.Value.Value != 625e6 {
		t.Errorf("deals %+v, want Veltraco's purchase of Quorvex from Daxmoor at $625m", ds)
	}
}

// A sale told with one side ("Veltraco verkauft ... nach China"), neither
// priced nor dated, is a deal when the next sentence names the buyer, also
// after an of-phrase ("Käufer der Bereiche ... ist die chinesische
// Quorvex-Gruppe").
func TestBuyerNamedAfterAOneSidedSale(t *testing.T) {
	ds := extractTextIn(t, "de", "Der Schweizer Industriekonzern Veltraco verkauft den größten Teil seiner Textilsparte nach China. "+
		"Käufer der Bereiche Naturfasern und Textilkomponenten ist die chinesische Quorvex-Gruppe, die dafür 650 Millionen Franken bezahlt.", "Veltraco", "Quorvex")
	d := dealOf(ds, model.Divestiture, "Veltraco", "Quorvex")
	if d == nil || d.Value == nil || d.Value.Value != 650e6 {
		t.Errorf("deals %+v, want Veltraco's sale to Quorvex at CHF 650m", ds)
	}
}

// A payment between the sides of a licence told before is part of it, not
// a purchase.
func TestPaymentWithinALicence(t *testing.T) {
	ds := extractTextIn(t, "fr", "Veltraco a conclu un accord de licence avec Quorvex pour son médicament. "+
		"Les analystes saluent l'opération. Veltraco paiera 350 millions de dollars à Quorvex pour l'apport du produit.", "Veltraco", "Quorvex")
	for _, d := range ds {
		if d.Type == model.Acquisition {
			t.Errorf("deals %+v: a payment within the licence read as a purchase", ds)
		}
	}
}

// A payment up front between two sides of a venture told before, with a
// third, is part of it: "M&S will pay £562.5 million upfront".
func TestUpfrontPaymentWithinAVenture(t *testing.T) {
	ds := extractText(t, "Veltraco will form a 50/50 joint venture with Quorvex and Brindle. "+
		"Under the terms, Veltraco will pay £562.5 million upfront to Quorvex.", "Veltraco", "Quorvex", "Brindle")
	if len(ds) != 1 || ds[0].Type != model.JointVenture {
		t.Errorf("deals %+v, want the joint venture alone", ds)
	}
}

// An analyst's firm told by what it is ("analista da corretora Quorvex")
// is no side of the deal the analyst comments on.
func TestAnalystsFirmToldByItsKind(t *testing.T) {
	ds := extractTextIn(t, "pt", "A Veltraco vendeu a sua divisão de medicamentos à Brindle por 650 milhões de dólares. "+
		"Segundo Tiago Vilaverde Soromenho, analista da corretora Quorvex, a estrutura do preço \"mostra que a Veltraco acredita no negócio, porque continua acionista e financia parte da compra\".",
		"Veltraco", "Brindle", "Quorvex")
	for _, d := range ds {
		if slices.Contains(d.Parties, "Quorvex") {
			t.Errorf("deals %+v: the analyst's firm read as a side", ds)
		}
	}
}

// A clause opening with a possessive ("Its Canadian operations were sold
// to Quorvex") sells the possessor's business, not a company another
// clause of the sentence names.
func TestPossessiveOpensTheSeller(t *testing.T) {
	ds := extractText(t, "Veltraco has reshaped itself. Its Canadian operations were sold to Quorvex for C$4bn in a deal that closed early in 2015, and a year before that it had paid £390m for Brindle.",
		"Veltraco", "Quorvex", "Brindle")
	if d := dealOf(ds, model.Divestiture, "Veltraco", "Quorvex"); d == nil || slices.Contains(d.Parties, "Brindle") {
		t.Errorf("deals %+v, want Veltraco selling to Quorvex", ds)
	}
}

// "The tie-up" is whatever deal joined the companies: a merger's, told
// again, is no partnership of its own.
func TestTieUpTakesTheDealsType(t *testing.T) {
	ds := extractText(t, "Veltraco and Quorvex on Monday agreed the terms of an £11 billion all-share merger. "+
		"For Veltraco the tie-up is one more step away from its origins as a life insurer.", "Veltraco", "Quorvex")
	if len(ds) != 1 || ds[0].Type != model.Merger {
		t.Errorf("deals %+v, want the merger alone", ds)
	}
}

// A sentence about a company told by what it is ("Per la holding si
// tratta di ...") hands that company to the next unsaid subject.
func TestTopicDescriptionGoesOn(t *testing.T) {
	ds := extractTextIn(t, "it", "Veltraco, la holding quotata del finanziere, ha annunciato la cessione di Quorvex all'americana Brindle per 5,4 miliardi di dollari. "+
		"Brindle ha già pronto il passo successivo. Per la holding si tratta di un'uscita dopo un lungo assedio. "+
		"L'anno scorso aveva rilevato per circa 300 milioni di dollari il 18% di Quorvex che ancora non possedeva.", "Veltraco", "Quorvex", "Brindle")
	for _, d := range ds {
		if d.Value != nil && d.Value.Value == 300e6 && !slices.Contains(d.Parties, "Veltraco") {
			t.Errorf("deals %+v, want the 18%% bought by Veltraco", ds)
		}
	}
}

// A rival bid is for the target of the deal told before, not for the
// rival named beside it.
func TestRivalBidIsForTheTarget(t *testing.T) {
	ds := extractText(t, "Veltraco agreed to buy Quorvex's film studios in December 2017. "+
		"Daxmoor then crashed the party in June 2018 with a $65 billion all-cash counteroffer, forcing Veltraco to sweeten its own bid.",
		"Veltraco", "Quorvex", "Daxmoor")
	d := dealOf(ds, model.Acquisition, "Daxmoor", "Quorvex")
	if d == nil || slices.Contains(d.Parties, "Veltraco") {
		t.Errorf("deals %+v, want Daxmoor's rival bid for Quorvex", ds)
	}
}

// A subject left unsaid goes on from the sentence before, whose own
// unsaid subject was read already.
func TestUnsaidSubjectGoesOn(t *testing.T) {
	ds := extractTextIn(t, "es", "Veltraco anunció ayer un acuerdo con Ostravel. La compañía crece por adquisiciones. "+
		"En 2014 se quedó con el negocio respiratorio de la española Daxmoor por hasta 2.100 millones de dólares. "+
		"Años antes, en 2007, había desembolsado 15.600 millones de dólares por la biotecnológica estadounidense Quorvex.",
		"Veltraco", "Ostravel", "Daxmoor", "Quorvex")
	wantSides(t, ds, "Quorvex", "Veltraco", "Daxmoor")
}

// "The carmaker" the article never called so is the carmaker of the
// shipped list it names most.
func TestTradeOfTheCompanyMeant(t *testing.T) {
	ds := extractText(t, "BMW has handed Quorvex a €2 billion order for battery cells. BMW said the cells will be made with green power. "+
		"Peter Carlsson, the former Tesla supply-chain chief who founded Quorvex, welcomed the order. "+
		"The carmaker signed a long-term supply deal with Daxmoor last year.", "Quorvex", "Daxmoor")
	wantSides(t, ds, "Daxmoor", "BMW", "Tesla")
}

// A deal only the headline names both sides of is the story's deal.
func TestDealOnlyTheHeadlineNames(t *testing.T) {
	ds := extractText(t, "# Veltraco agrees to buy Quorvex\n\nThe German group said on Monday the takeover would close next year. "+
		"Analysts welcomed the move.", "Veltraco", "Quorvex")
	wantDealOf(t, ds, model.Acquisition, "Veltraco", "Quorvex")
}

// A company bought in the passive voice, its buyer unnamed, was bought by
// the company the text is about; a run of such purchases has one buyer.
func TestPassivePurchasesOfTheSubject(t *testing.T) {
	ds := extractTextIn(t, "de", "Veltraco hat Erfahrung mit solchen Integrationen. Die Quorvex wurde 2005 übernommen und ist heute profitabel. "+
		"Ostravel kam 2009 dazu. Daxmoor wurde 2016 komplett geschluckt.", "Veltraco", "Quorvex", "Daxmoor", "Ostravel")
	wantSides(t, ds, "Quorvex", "Veltraco", "")
	wantSides(t, ds, "Daxmoor", "Veltraco", "Quorvex")
}

// A sentence opening with "il" or "it" goes on about the company before:
// the companies it names are not who a later pronoun stands for; "It is
// not the first time X ..." opens with no company.
func TestPronounSentenceKeepsTheSubject(t *testing.T) {
	ds := extractTextIn(t, "fr", "Veltraco a racheté hier la chaîne Ostravel. Il exploite plus de 20 000 magasins de la marque Daxmoor et détient la majorité de l'embouteilleur Brindle. "+
		"En 2019, il s'est associé à Quorvex pour développer des supérettes au Brésil.", "Veltraco", "Quorvex", "Daxmoor", "Brindle", "Ostravel")
	wantSides(t, ds, "Quorvex", "Veltraco", "Brindle")
	ds = extractTextIn(t, "en", "Delays at Brindle pushed back several launches. It is not the first time Veltraco has looked outside for help. "+
		"Last year it took a 4.99% stake in Chinese EV maker Quorvex for about $700 million.", "Veltraco", "Quorvex", "Brindle")
	wantSides(t, ds, "Quorvex", "Veltraco", "Brindle")
}

// A sentence opening with a described company ("La compañía") goes on
// about the company before too: a company it names after a preposition is
// not who the next unsaid subject is.
func TestDescribedSentenceKeepsTheSubject(t *testing.T) {
	ds := extractTextIn(t, "es", "Veltraco ha cerrado una ronda de 200 millones de dólares. La compañía nació en 2006 y en 2010 recibió su primera inyección de capital aportada por el fondo francés Brindle. "+
		"En julio de 2014 levantó otros 100 millones de dólares en una ronda encabezada por Quorvex.", "Veltraco", "Quorvex", "Brindle")
	wantSides(t, ds, "Quorvex", "Veltraco", "Brindle")
}

// "der angekündigte Plan, ... abzuspalten": a German noun before a deal
// word, not a company.
func TestGermanPlanIsNoCompany(t *testing.T) {
	cs := companiesIn(t, "de", "Veltraco baut um. Auch der im Oktober angekündigte Plan, die Investmentbank unter dem alten Namen Quorvex abzuspalten, ist damit hinfällig.",
		"Veltraco", "Quorvex")
	noCompany(t, cs, "Plan")
}

// An adverb opening a sentence is no part of a name: "Fuera de América"
// is "outside America".
func TestAdverbOpeningIsNoCompany(t *testing.T) {
	cs := companiesIn(t, "es", "Veltraco crece. Fuera de América, el grupo coreano también se ha aliado con Quorvex: ambos acordaron construir una planta en Indonesia.",
		"Veltraco", "Quorvex")
	noCompany(t, cs, "Fuera de América", "Fuera")
}

// "nach Duesmanns Worten" is "in Duesmann's words": no company.
func TestGermanWordsOfAPersonAreNoCompany(t *testing.T) {
	cs := companiesIn(t, "de", "Veltraco baut eine Fabrik. An den Kosten hat sich Quorvex nach Duesmanns Worten beteiligt; eine Größenordnung nannte der Vorstand nicht.",
		"Veltraco", "Quorvex")
	noCompany(t, cs, "Duesmanns Worten", "Duesmanns")
}

// A company named by where it is from ("die Stockholmer", "les Suédois")
// is the one the article is about, not a one-sided report.
func TestDemonymSubjectIsTheCompany(t *testing.T) {
	ds := extractTextIn(t, "de", "Veltraco aus Stockholm einigt sich mit Quorvex auf eine Patentlizenz. "+
		"Schon 2020 hatten die Stockholmer für gut 1,1 Milliarden Dollar den Router-Anbieter Daxmoor übernommen.", "Veltraco", "Quorvex", "Daxmoor")
	wantSides(t, ds, "Daxmoor", "Veltraco", "")
}

// German nouns of business talk standing alone are no companies ("Die
// Aktie legte zu", "Finanzielle Details nannte Quorvex nicht").
func TestGermanBusinessNounsAreNoCompanies(t *testing.T) {
	cs := companiesIn(t, "de", "Veltraco übernimmt Quorvex. Finanzielle Details nannten die Partner nicht; sie sollen nachgereicht werden. "+
		"Die Veltraco-Aktie stieg im frühen Handel um 4 Prozent. Für die Kunden, vor allem Netzbetreiber wie Quorvex, ändert sich wenig.",
		"Veltraco", "Quorvex")
	noCompany(t, cs, "Finanzielle Details", "Details", "Aktie", "Kunden")
}

// A company the shipped list writes in lower case is recognised written so.
func TestLowerCaseNamesAreCompanies(t *testing.T) {
	cs := companiesIn(t, "en", "At the end of 2021, abrdn agreed to buy Quorvex for £1.49bn. The deal made voestalpine nervous.", "Quorvex")
	for _, want := range []string{"abrdn", "Voestalpine"} {
		found := false
		for _, c := range cs {
			if c.Name == want {
				found = true
			}
		}
		if !found {
			t.Errorf("companies %+v, want %s", cs, want)
		}
	}
}

// An article and a nationality in lower case before a name describe a
// company in the Romance languages: "l'australien Ludowici".
func TestNationalityBeforeANameInRomanceLanguages(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"fr", "Le danois Veltraco s'était renforcé dans les mines en 2012 en mettant la main sur l'australien Ludowici.", "Ludowici"},
		{"fr", "Veltraco s'était offert en 2011 le serbe Delta Maxi pour 932,5 millions d'euros, pari sur les Balkans.", "Delta Maxi"},
	} {
		cs := companiesIn(t, c.lang, c.text, "Veltraco")
		if !slices.ContainsFunc(cs, func(x model.Company) bool { return x.Name == c.want }) {
			t.Errorf("%q: companies %+v, want %s", c.text, cs, c.want)
		}
	}
}

// What a deal word is of is not described by the words before it: in "The
// Swedish group sold Brindle ..., sold its Norwegian operation to
// Kelmora", Brindle is no Swedish group, and both sales are one company's.
func TestDealObjectIsNotDescribed(t *testing.T) {
	ds := extractTextIn(t, "en", "Veltraco and Quorvex agree to merge. Quorvex holders could have hoped for more, an analyst said. "+
		"The Swedish group sold Brindle to state bank Daxmoor in 2013 for $3.55 billion, sold its Norwegian operation to Kelmora the following year for SEK 5.1 billion.",
		"Veltraco", "Quorvex", "Brindle", "Daxmoor", "Kelmora")
	d := dealOf(ds, model.Divestiture, "Kelmora")
	if d == nil || slices.Contains(d.Parties, "Brindle") {
		t.Errorf("deals %+v: want the second sale without Brindle, what the first sold", ds)
	}
}

// German "sie" stands for a company as "er" does: "die Gruppe", "die
// Holding", or several ("Die Niederländer ... 2014 übernahmen sie").
func TestGermanSieIsTheCompany(t *testing.T) {
	ds := extractTextIn(t, "de", "Veltraco einigt sich mit Quorvex. Die Gruppe wächst seit Jahren durch Zukäufe. "+
		"2014 übernahm sie den Reservierungsdienst Daxmoor für 2,6 Milliarden Dollar.", "Veltraco", "Quorvex", "Daxmoor")
	wantSides(t, ds, "Daxmoor", "Veltraco", "")
}

// "Nobody", "Everyone" opening a quote are pronouns, no companies.
func TestIndefinitePronounsAreNoCompanies(t *testing.T) {
	cs := companiesIn(t, "en", "Veltraco and Quorvex swap shares. The swap looks modest, but the analyst thinks that is the point: \"Nobody is selling anything, and Veltraco keeps control.\"", "Veltraco", "Quorvex")
	noCompany(t, cs, "Nobody")
}

// Research and advisory houses are companies: "an analyst at Halvard
// Research".
func TestResearchHousesAreCompanies(t *testing.T) {
	cs := companiesIn(t, "en", "Veltraco buys Quorvex. \"It is expensive,\" said Tom Hale, an analyst at Halvard Research.", "Veltraco", "Quorvex")
	if !slices.ContainsFunc(cs, func(c model.Company) bool { return c.Name == "Halvard Research" }) {
		t.Errorf("companies %+v, want Halvard Research", cs)
	}
}

// "la pay tv di Santa Giulia", "la società di Boston": where the company
// is, not a company, unless more says so.
func TestCompanyOfAPlaceIsThePlace(t *testing.T) {
	cs := companiesIn(t, "it", "Veltraco compra Quorvex. La pay tv di Santa Giulia ha già cominciato a cambiare pelle.", "Veltraco", "Quorvex")
	noCompany(t, cs, "Santa Giulia")
}

// "die Mainzer Brezelbäckerei Ditsch": a bakery described by its town, the
// name after it.
func TestGermanTradeCompoundDescribesTheName(t *testing.T) {
	cs := companiesIn(t, "de", "Veltraco wächst. 2012 übernahm die Gruppe die Mainzer Brezelbäckerei Ditsch samt der Schwester Quorvex.", "Veltraco", "Quorvex")
	noCompany(t, cs, "Mainzer Brezelbäckerei Ditsch")
	if !slices.ContainsFunc(cs, func(c model.Company) bool { return c.Name == "Ditsch" }) {
		t.Errorf("companies %+v, want Ditsch", cs)
	}
}

// Trade nouns in apposition mark the name beside them as a company:
// "l'embouteilleur Kravlo", "il birrificio Dravonte".
func TestTradeNounsBesideNames(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"fr", "Veltraco détient la majorité de l'embouteilleur Kravlo depuis des années.", "Kravlo"},
		{"it", "Veltraco ha comprato il birrificio Dravonte per 90 milioni di euro.", "Dravonte"},
	} {
		cs := companiesIn(t, c.lang, c.text, "Veltraco")
		if !slices.ContainsFunc(cs, func(x model.Company) bool { return x.Name == c.want }) {
			t.Errorf("%q: companies %+v, want %s", c.text, cs, c.want)
		}
	}
}

// A company named by where it is from ("il colosso di Monaco", "die
// Japaner", "the Swedish group") is the company the article named that is
// based there, by the shipped seats list, not the one named last.
func TestCompanyNamedByWhereItIsFrom(t *testing.T) {
	cases := []struct{ lang, body, want, other string }{
		{"it", "Siemens e Hitachi hanno firmato un accordo. Hitachi ha detto che il mercato cresce. " +
			"A maggio il colosso di Monaco ha rilevato Quorvex per 785 milioni di sterline.", "Siemens", "Quorvex"},
		{"de", "Siemens und Hitachi legen ihre Sparten zusammen. Siemens hält 51 Prozent. " +
			"Die Japaner hatten 2015 Quorvex für 2 Milliarden Euro übernommen.", "Hitachi", "Quorvex"},
		{"en", "Tele2 and Siemens signed a supply deal on Monday. Siemens said it would ship in May. " +
			"The Swedish group sold Quorvex to Daxmoor in 2013 for $3.55 billion.", "Tele2", "Quorvex"},
	}
	for _, c := range cases {
		ds := extractTextIn(t, c.lang, c.body, "Quorvex", "Daxmoor")
		if d := dealOf(ds, model.Acquisition, c.want, c.other); d == nil {
			t.Errorf("%s: deals %+v, want one of %s with %s", c.lang, ds, c.want, c.other)
		}
	}
}

// The deals of one sentence whose subject is a pronoun have one buyer:
// what the first is read to be, the second is too.
func TestOnePronounSubjectForTheSentencesDeals(t *testing.T) {
	ds := extractTextIn(t, "fr", "Ostravel rachète Veltraco pour 1 milliard de francs. Veltraco exploite des kiosques en Suisse. "+
		"Elle a racheté le boulanger allemand Kelmora en 2012, puis la chaîne Brindle en 2017 pour 190 millions d'euros.",
		"Veltraco", "Ostravel", "Kelmora", "Brindle")
	k, b := dealOf(ds, model.Acquisition, "Kelmora"), dealOf(ds, model.Acquisition, "Brindle")
	if k == nil || b == nil || slices.Contains(b.Parties, "Kelmora") || !slices.Contains(b.Parties, k.Parties[0]) {
		t.Errorf("deals %+v, want Kelmora and Brindle bought by one buyer", ds)
	}
}

// A word in capitals inside a name stays whole in its acronym: "LG Energy
// Solution (LGES)" gives LGES as an alias.
func TestAcronymKeepsWordsInCapitals(t *testing.T) {
	cs := companiesIn(t, "es", "El fabricante de automóviles Veltraco y el grupo surcoreano LG Energy Solution (LGES) anunciaron este lunes la creación de una empresa conjunta. LGES tendrá el 51% de la sociedad.", "Veltraco")
	for _, c := range cs {
		if c.Name == "LG Energy Solution" && slices.Contains(c.Aliases, "LGES") {
			return
		}
	}
	t.Errorf("companies %+v, want LGES an alias of LG Energy Solution", cs)
}

// "Quorvex kam 2009 dazu", "kam ... hinzu": a company added to the buyer
// the text is about, as in the passive.
func TestCompanyThatCameToTheBuyer(t *testing.T) {
	ds := extractTextIn(t, "de", "Veltraco wächst seit Jahren durch Zukäufe. Im Januar kam der Spezialist Quorvex für 635 Millionen Dollar hinzu. "+
		"Daxmoor kam 2009 dazu, nach einer schwierigen Sanierung.", "Veltraco", "Quorvex", "Daxmoor")
	wantSides(t, ds, "Quorvex", "Veltraco", "")
	wantSides(t, ds, "Daxmoor", "Veltraco", "Quorvex")
}

// A German adjective of a city ("der Baarer Rohstoffhändler") names the
// company based there, as the city does.
func TestCityAdjectiveNamesTheCompanyThere(t *testing.T) {
	ds := extractTextIn(t, "de", "Im Hintergrund ziehen Glencore und Siemens die Fäden. Siemens schweigt. "+
		"Der Baarer Rohstoffhändler hält rund 40 Prozent an Quorvex.", "Quorvex")
	wantDealOf(t, ds, model.Investment, "Glencore", "Quorvex")
}

// A sentence valuing, by "the offer", a company the deal before names
// gives that deal its price: "The offer values the 80 percent of Quorvex
// it does not own at about C$19.2 billion".
func TestOfferValuingTheTarget(t *testing.T) {
	ds := extractText(t, "Veltraco has won the battle for Quorvex, taking up the shares tendered to its C$62.50-a-share cash offer. "+
		"The offer values the roughly 80 percent of Quorvex that Veltraco did not already own at about C$19.2 billion.", "Veltraco", "Quorvex")
	wantPurchaseAt(t, ds, 19.2e9, "CAD")
}

// wantPurchaseAt fails t unless ds hold Veltraco's purchase of Quorvex at
// value in currency.
func wantPurchaseAt(t *testing.T, ds []model.Deal, value float64, currency string) {
	t.Helper()
	d := dealOf(ds, model.Acquisition, "Veltraco", "Quorvex")
	if d == nil || d.Value == nil || d.Value.Value != value || d.Value.Currency != currency {
		t.Errorf("deals %+v, want Veltraco's purchase of Quorvex at %v %s", ds, value, currency)
	}
}

// A rejected proposal told after the bid, with its worth "valuing" the
// target, gives that bid its price: "an improved proposal of 265 pence
// ..., worth 532 pence in all and valuing the London company at about 2.45
// billion pounds".
func TestProposalValuingTheTarget(t *testing.T) {
	ds := extractText(t, "Veltraco said on Friday it would not make a formal offer for Quorvex. "+
		"Earlier in the day Veltraco disclosed that Quorvex had rejected an improved proposal of 265 pence in cash plus 0.0777 new Veltraco shares for each Quorvex share, worth 532 pence in all and valuing the London company at about 2.45 billion pounds.", "Veltraco", "Quorvex")
	wantPurchaseAt(t, ds, 2.45e9, "GBP")
}

// A sentence naming the price of the deal just told gives it ("did not
// disclose terms, but the price has been reported at about $230 million").
func TestThePriceOfTheDealTold(t *testing.T) {
	ds := extractText(t, "Veltraco said on Wednesday it had agreed to acquire Quorvex, the Brooklyn podcast studio. "+
		"Veltraco did not disclose terms, but the price has been reported at about $230 million.", "Veltraco", "Quorvex")
	wantPurchaseAt(t, ds, 230e6, "USD")
}

// A partner's half of a joint venture bought out is a purchase, not a
// venture: "paid $817 million to buy out Sun Chemical's half of their
// joint venture Kodak Polychrome Graphics".
func TestPartnersHalfBoughtOut(t *testing.T) {
	ds := extractText(t, "Veltraco Group said on Monday it would sell its health unit. "+
		"In 2005 the company paid $980 million for Canada's Kelmora and $817 million to buy out Quorvex Chemical's half of their joint venture Veltraco Polychrome Graphics.",
		"Veltraco Group", "Kelmora", "Quorvex Chemical", "Veltraco Polychrome Graphics")
	for _, d := range ds {
		if d.Type == model.JointVenture {
			t.Errorf("deals %+v: a half bought out read as a joint venture", ds)
		}
	}
}

// The name a deal's goods go to or come from ("sold its Latin American
// operations to Quorvex", "bought the unit from Quorvex") is the other
// side of the deal; a place after Italian "a" is where, not who.
func TestDealRecipientIsACompany(t *testing.T) {
	for _, text := range []string{
		"Only weeks earlier, Veltraco had sold its Latin American operations to Quorvex for about £403 million.",
		"Veltraco said it had bought the unit from Quorvex last year.",
		"Veltraco had sold its Latin American operations to Colombia's Quorvex for about £403 million.",
		"In 2004 Veltraco floated its fertiliser arm as Quorvex.",
	} {
		cs := companiesIn(t, "en", text, "Veltraco")
		if !slices.ContainsFunc(cs, func(c model.Company) bool { return c.Name == "Quorvex" }) {
			t.Errorf("%q: companies %+v, want Quorvex", text, cs)
		}
	}
	cs := companiesIn(t, "it", "Veltraco ha costituito una joint venture per una fabbrica a Brindenau.", "Veltraco")
	noCompany(t, cs, "Brindenau")
	cs = companiesIn(t, "en", "The deal still needs clearance from the UK's Fairtrade and Markets Authority.", "Veltraco")
	noCompany(t, cs, "Fairtrade")
}

// A name right after a kind of product ("the leukemia drug Quorvexin")
// is the product; "CD" and "DVD" are formats, not companies.
func TestProductsByContextAreNoCompanies(t *testing.T) {
	cs := companiesIn(t, "en", "Under the licence deal, Veltraco will market the leukemia drug Quorvexin in China. Veltraco will license Quorvexin from Brindle Inc. "+
		"Last month it sold its CD and DVD plants to Ostravel Inc for $1.05 billion.", "Veltraco")
	noCompany(t, cs, "Quorvexin", "CD", "DVD")
}

// "a stake in X": X is what is held, not a place X's name opens with; a
// place's noun with a legal form ("Brindenau Airport Rt") is its operator.
func TestStakeInPlaceNamedCompany(t *testing.T) {
	cs := companiesIn(t, "en", "In December Veltraco Plc paid 464.5 billion forints for a 75 percent stake in Budapest Airport Rt.", "Veltraco")
	if !slices.ContainsFunc(cs, func(c model.Company) bool { return c.Name == "Budapest Airport" }) {
		t.Errorf("companies %+v, want Budapest Airport", cs)
	}
	noCompany(t, cs, "Airport")
}

// Failed talks "between the two" or "on combining them", years before,
// are a deal of the article's pair of their own, not its deal.
func TestFailedTalksOfThePair(t *testing.T) {
	for _, talks := range []string{
		"In May 2001 merger talks between the two collapsed at the last minute.",
		"In May 2001 talks on combining them collapsed at the last minute.",
	} {
		ds := extractTextIn(t, "en", "Veltraco SA and Quorvex Inc. said on Sunday they would merge. Veltraco shareholders will own 60 percent. Quorvex shares rose. "+talks,
			"Veltraco", "Quorvex")
		failed := slices.ContainsFunc(ds, func(d model.Deal) bool {
			return d.Type == model.Merger && d.Status == model.Failed && d.Date == "2001-05"
		})
		if len(ds) != 2 || !failed {
			t.Errorf("%q: deals %+v, want the merger and the failed talks of 2001", talks, ds)
		}
	}
}

// A pronoun after a sentence whose subject is a nation ("Depuis,
// l'américain s'est allégé. Il a scindé ...") stands for the company the
// article named that is of that nation.
func TestPronounAfterANationSubject(t *testing.T) {
	ds := extractTextIn(t, "fr", "Alcatel et Lucent ont annoncé leur fusion. Alcatel aura 60 % du capital. Alcatel a progressé en Bourse. "+
		"Depuis, l'américain s'est considérablement allégé. Il a vendu sa division Quorvex à Daxmoor en 2000.", "Quorvex", "Daxmoor")
	wantDealOf(t, ds, model.Acquisition, "Lucent", "Daxmoor")
}

// Where a company is based is no company: "the Hsinchu-based company", "the
// Southfield, Michigan, maker of pistons".
func TestSeatsAreNoCompanies(t *testing.T) {
	cs := companiesIn(t, "en", "In 2016 the Brindenau-based company paid $683 million for Quorvex Inc. "+
		"Veltraco said on Tuesday it had agreed to sell the Southfield, Michigan, maker of pistons to Ostravel Inc in a deal valued at $5.4 billion.", "Veltraco")
	noCompany(t, cs, "Brindenau", "Southfield", "Michigan")
}

// A German article opening a run of capitalised words ("Den Münchner
// Lichtkonzern" after a colon) is no part of a name: what follows is a
// description.
func TestGermanArticleOpensNoName(t *testing.T) {
	cs := companiesIn(t, "de", "Anders lief es bei Veltraco: Den Münchner Lichtkonzern übernahm Ende 2019 der österreichische Sensorhersteller Quorvex.", "Veltraco", "Quorvex")
	noCompany(t, cs, "Den Münchner Lichtkonzern", "Münchner Lichtkonzern")
}

// A pronoun after a sentence opening with a described company ("L'éditeur
// français a longtemps été un prédateur. En 2003, il avait ...") stands for
// the company described, not one named in a quote before.
func TestPronounAfterADescribedSubject(t *testing.T) {
	ds := extractTextIn(t, "fr", "Veltraco rachète l'éditeur français Quorvex. Veltraco paiera 4,8 milliards d'euros. « Veltraco n'avait plus le choix », analyse Gaëlle Le Goarnic. "+
		"L'éditeur français a longtemps été lui-même un prédateur. En 2003, il avait déboursé environ 820 millions de dollars pour l'américain Brindle Inc.", "Veltraco", "Quorvex")
	wantDealOf(t, ds, model.Acquisition, "Quorvex", "Brindle")
}

// A Romance adjective of a city ("l'éditeur parisien", "il gruppo
// milanese") names the company the article named that is run from there.
func TestRomanceCityAdjectiveNamesTheCompanyThere(t *testing.T) {
	ds := extractTextIn(t, "fr", "SAP rachète Business Objects. SAP paiera 4,8 milliards d'euros. SAP a progressé en Bourse. "+
		"En avril, l'éditeur parisien avait annoncé le rachat de Quorvex SA pour 225 millions d'euros.", "Quorvex")
	wantDealOf(t, ds, model.Acquisition, "Business Objects", "Quorvex")
}

// A company described by a city or nation no company of the article is
// from is another one: the deal keeps its one named side, and no named
// company is taken for it.
func TestDescribedFromElsewhereIsNoNamedCompany(t *testing.T) {
	ds := extractTextIn(t, "de", "Siemens und Hitachi legen ihre Sparten zusammen. Siemens hält 51 Prozent. "+
		"Der Stockholmer Konzern hatte 2015 Quorvex für 2 Milliarden Euro übernommen.", "Quorvex")
	for _, d := range ds {
		if slices.Contains(d.Parties, "Quorvex") && (slices.Contains(d.Parties, "Siemens") || slices.Contains(d.Parties, "Hitachi")) {
			t.Errorf("deal %+v: the Stockholm company read as one named", d)
		}
	}
}

// "Bank" opening a name is its head ("Bank Brindenau", "der Bank
// Brindenau"), and a listed name that opens with a royal title keeps it
// ("Royal Bank of Scotland" is not "Bank of Scotland").
func TestBankOpensItsName(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "„Das ist schnell“, sagt Beat Kälin, Rohstoffanalyst der Bank Brindenau. Veltraco kauft Quorvex."},
		{"en", "Analysts at Bank Brindenau said Veltraco would buy Quorvex for $2 billion."},
	} {
		cs := companiesIn(t, c.lang, c.text, "Veltraco", "Quorvex")
		if !slices.ContainsFunc(cs, func(x model.Company) bool { return x.Name == "Bank Brindenau" }) {
			t.Errorf("%q: companies %+v, want Bank Brindenau", c.text, cs)
		}
	}
	cs := companiesIn(t, "en", "Royal Bank of Scotland agreed to buy Quorvex for £2 billion.", "Quorvex")
	if !slices.ContainsFunc(cs, func(x model.Company) bool { return x.Name == "Royal Bank of Scotland" }) {
		t.Errorf("companies %+v, want Royal Bank of Scotland", cs)
	}
}

// "the seller" stands for the side that sells in the article's deal: the
// unnamed subject after it is that company, not the buyer named before.
func TestSellerNamedByItsRole(t *testing.T) {
	ds := extractTextIn(t, "es", "Veltraco vende Quorvex a Daxmoor por 5.400 millones de dólares. Daxmoor pagará en efectivo y en acciones. "+
		"La venta contrasta con la estrategia que el vendedor ha seguido. En 2015 compró a la canadiense Ostravel su distribuidora de recambios Brindle por unos 340 millones de dólares, y a principios de 2016 se hizo con la cadena de talleres Kelmora por alrededor de 1.000 millones.",
		"Veltraco", "Quorvex", "Daxmoor", "Ostravel", "Brindle", "Kelmora")
	wantDealOf(t, ds, model.Acquisition, "Veltraco", "Kelmora")
}

// "The buyer" opening a sentence stands for the side that buys in the
// article's deal: the "it" after it in the sentence is that company, not
// the seller named last.
func TestBuyerNamedByItsRole(t *testing.T) {
	ds := extractTextIn(t, "en", "Daxmoor agreed to buy Quorvex from Veltraco for £410 million. Veltraco said the sale would cut its debt. "+
		"The buyer has mostly grown through smaller purchases; in 1998 it bought Brindle Lanolin.",
		"Veltraco", "Quorvex", "Daxmoor", "Brindle Lanolin")
	wantDealOf(t, ds, model.Acquisition, "Daxmoor", "Brindle Lanolin")
}

// "Per l'acquirente", "Para el comprador", "Anche l'acquirente": the role
// may follow a word of topic or of "also"; and a purchase told with no
// word that marks its buyer ("ha annunciato l'acquisizione di ... Quorvex")
// is told from its buyer, named first.
func TestBuyerRoleAfterTopicWord(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Veltraco Group, primo produttore indipendente di materiali da costruzione del Regno Unito, ha annunciato mercoledì l'acquisizione di una parte rilevante delle attività britanniche di Quorvex per 178 milioni di sterline. " +
			"Per il colosso di Monterrey la cessione rientra nel piano di dismissioni. Nel Regno Unito Quorvex conserverà comunque cemento e asfalto. " +
			"Per l'acquirente è l'ennesimo tassello di una strategia di crescita: nel 2016 aveva rilevato Brindle per 336 milioni di sterline."},
		{"es", "Veltraco comprará Quorvex por 2.300 millones de dólares. Quorvex cotiza en Nueva York. " +
			"Para el comprador, una empresa familiar, se trata de la mayor operación desde que adquirió Brindle en 2008."},
		{"it", "Veltraco rileverà Quorvex per 2,3 miliardi di dollari. Quorvex ha chiuso in rialzo. " +
			"Anche l'acquirente ha dovuto fare cassa: ad agosto ha ceduto Brindle per 300 milioni di dollari."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Quorvex", "Brindle")
		if !slices.ContainsFunc(ds, func(d model.Deal) bool {
			return slices.Contains(d.Parties, "Veltraco") && slices.Contains(d.Parties, "Brindle")
		}) {
			t.Errorf("%q: deals %+v, want Veltraco's deal of Brindle", c.text, ds)
		}
	}
}

// A company named after a deal word is what the deal is of, but not when
// it owns what follows ("strengthens Veltraco's push abroad"), the deal
// word is tied to it by "is" ("The purchase is Veltraco's second"), or it
// follows "for" after a deal word and a noun ("a buying spree for
// Veltraco"): the "it" after is that company.
func TestOwnerOfTheDealIsTheSubjectAfter(t *testing.T) {
	for _, text := range []string{
		"Veltraco agreed to buy the app studio Quorvex from Daxmoor for an undisclosed sum. For Daxmoor the sale ends an unlikely adventure. The purchase is Veltraco's second of the year. In February it bought the Etch A Sketch brands from Brindle, also for an undisclosed sum.",
		"Veltraco and Daxmoor agreed to combine their sugar trading in a joint venture. Daxmoor is still recovering from a fire at its export terminal. The venture strengthens Veltraco's push abroad. In November 2012 it took control of Brindle, an ethanol marketer based in Tennessee.",
		"Veltraco agreed to merge with Daxmoor in an all-stock deal. Daxmoor's chief executive will run the combined company. The deal is the latest step in a buying spree for Veltraco. In May 2011 it paid $38 million in cash for Brindle, a maker of wax printers.",
	} {
		ds := extractTextIn(t, "en", text, "Veltraco", "Daxmoor", "Quorvex", "Brindle")
		if !slices.ContainsFunc(ds, func(d model.Deal) bool {
			return d.Type == model.Acquisition && slices.Contains(d.Parties, "Veltraco") && slices.Contains(d.Parties, "Brindle")
		}) {
			t.Errorf("%q: deals %+v, want Veltraco buying Brindle", text, ds)
		}
	}
}

// A nationality that is also a listed company's name ("Swiss") opening a
// sentence before a company noun describes the company: "Swiss implant
// maker buys remaining 51 pct" names no airline.
func TestNationalityOpeningASentenceIsNoCompany(t *testing.T) {
	cs := companiesIn(t, "en", "Veltraco to take full control of Quorvex\n\n* Swiss implant maker buys remaining 51 pct, three years ahead of schedule\n\nSwiss dental implant maker Veltraco said on Tuesday it would buy the 51 percent of Quorvex that it does not already own for 210 million Swiss francs.", "Veltraco", "Quorvex")
	noCompany(t, cs, "Swiss")
}

// A given name shortened to its consonants opens a company's name:
// "Chr. Hansen" is one company, neither "Chr" nor a sentence's end.
func TestShortenedGivenNameOpensAName(t *testing.T) {
	text := "Veltraco agreed to buy Quorvex for $1.8 billion. It also has an exclusive alliance with Danish bioscience firm Chr. Hansen to develop biological crop protection products."
	cs := companiesIn(t, "en", text, "Veltraco", "Quorvex")
	if !hasCompany(cs, "Chr. Hansen") {
		t.Errorf("companies %+v, want Chr. Hansen", cs)
	}
	noCompany(t, cs, "Chr")
}

// "La cible" stands for the company the article's deal buys: the "elle"
// after it is that company, not the buyer named before.
func TestTargetNamedByItsRole(t *testing.T) {
	ds := extractTextIn(t, "fr", "Veltraco a annoncé lundi une offre sur Quorvex pour environ 2,6 milliards d'euros. Veltraco paiera en numéraire. "+
		"La cible n'est pas non plus novice en la matière, puisqu'elle avait elle-même racheté en 2017 le casino en ligne Brindle pour 175,6 millions de livres.",
		"Veltraco", "Quorvex", "Brindle")
	wantDealOf(t, ds, model.Acquisition, "Quorvex", "Brindle")
}

// "The two groups agreed the terms of the venture in June": a step of the
// deal the article tells, dated on its own, is that deal; "In March the
// two announced a partnership" tells another.
func TestStepOfTheKnownDeal(t *testing.T) {
	told := rep(0, model.JointVenture, "", 0, "Veltraco", "Quorvex")
	told.Date = "2020-01-14"
	step := rep(0, model.Partnership, "", 0, "Veltraco", "Quorvex")
	step.Date, step.Refers, step.Definite = "2019-06", true, true
	if got := addReferring([]report{told}, []report{step}); len(got) != 1 {
		t.Errorf("reports %+v, want the step folded into the venture", got)
	}
	step.Definite = false
	if got := addReferring([]report{told}, []report{step}); len(got) != 2 {
		t.Errorf("reports %+v, want a partnership of its own", got)
	}
}

// A company named after a verb of saying is what someone said, not the
// one the text goes on about: "the group" after it is the company before.
func TestReportedCompanyIsNotTheSubject(t *testing.T) {
	ds := extractTextIn(t, "en", "Veltraco launched a hostile bid for Quorvex on Wednesday. "+
		"Veltraco's model is simple: buy a manufacturer, fix it, sell it. "+
		"Its chief executive said Quorvex was under-managed. "+
		"Their record is the main argument. In 2015 the group sold the metering business Brindle to an American conglomerate for £3.3bn.",
		"Veltraco", "Quorvex", "Brindle")
	wantDealOf(t, ds, model.Divestiture, "Veltraco", "Brindle")
}

// "the demerger" the news is about is no retelling of the purchase years
// before between the same companies: two deals.
func TestReferringDealYearsApartFromTheNamedOne(t *testing.T) {
	bought := rep(0, model.Acquisition, "Veltraco", 19.3e9, "Veltraco", "Quorvex")
	bought.Date = "2007"
	demerger := rep(0, model.Divestiture, "", 0, "Veltraco", "Quorvex")
	demerger.Date, demerger.Refers = "2018-11-21", true
	if got := addReferring([]report{bought}, []report{demerger}); len(got) != 2 {
		t.Errorf("reports %+v, want the 2018 demerger beside the 2007 purchase", got)
	}
}

// "Besides X, it bought Y": the buyer of Y is whoever bought X, not X.
func TestBesidesAddsToTheBuyersPurchases(t *testing.T) {
	ds := extractTextIn(t, "it", "Veltraco ha rilevato Quorvex quest'anno per 2,5 miliardi di dollari. "+
		"Oltre a Quorvex, nel 2010 aveva acquistato Daxmoor, specialista delle memorie flash.", "Veltraco", "Quorvex", "Daxmoor")
	wantDealOf(t, ds, model.Acquisition, "Veltraco", "Daxmoor")
}

// "The deal is the second big disposal for Veltraco this year. In March it
// agreed to sell ...": "it" is the one whose disposal it was.
func TestItIsTheOwnerOfTheDeal(t *testing.T) {
	ds := extractTextIn(t, "en", "Veltraco has agreed to sell its textile arm to Quorvex for CHF 650 million. "+
		"For Quorvex, a privately held group, the purchase brings European brands. "+
		"The deal is the second big disposal for Veltraco this year. In March it agreed to sell its solar division to Daxmoor for about CHF 250 million.",
		"Veltraco", "Quorvex", "Daxmoor")
	wantDealOf(t, ds, model.Divestiture, "Veltraco", "Daxmoor")
}

// An agreement signed with a company, naming no kind, is a partnership;
// one only reached ("raggiunto un accordo con") says too little to list.
func TestAgreementSignedWithIsAPartnership(t *testing.T) {
	ds := extractTextIn(t, "it", "Ad aprile Veltraco ha firmato un accordo con Quorvex per portare i suoi canali sulla piattaforma.", "Veltraco", "Quorvex")
	wantDealOf(t, ds, model.Partnership, "Veltraco", "Quorvex")
	ds = extractTextIn(t, "it", "Ad aprile Veltraco ha raggiunto un accordo con Quorvex.", "Veltraco", "Quorvex")
	if len(ds) != 0 {
		t.Errorf("%+v, want no deal from an agreement reached", ds)
	}
}

// A signed agreement that points at a deal of a named kind between the
// same companies is that deal, not a partnership of its own.
func TestAgreementSignedWithJoinsTheDealNamed(t *testing.T) {
	ds := extractText(t, "Veltraco agreed to buy Quorvex for $2 billion. Veltraco signed an agreement with Quorvex on Monday.", "Veltraco", "Quorvex")
	if len(ds) != 1 || ds[0].Type != model.Acquisition {
		t.Errorf("%+v, want the one acquisition", ds)
	}
}

// An alliance paid for up front is a licence: "a conclu une alliance avec
// X ... Il versera 400 millions de dollars à la signature".
func TestAlliancePaidUpfrontIsALicence(t *testing.T) {
	ds := extractTextIn(t, "fr", "Veltraco a conclu lundi une alliance avec Quorvex pour découvrir et développer des médicaments. Veltraco versera 400 millions de dollars à Quorvex à la signature.", "Veltraco", "Quorvex")
	wantDealOf(t, ds, model.Licensing, "Veltraco", "Quorvex")
}

// An offer valued in the sentence after the deal, naming its target ("a
// proposal worth about $4.7 billion"), gives that deal its price.
func TestOfferValuedInTheNextSentence(t *testing.T) {
	ds := extractText(t, "Veltraco withdrew its unsolicited offer for Quorvex on Monday. The gravel producer offered in December to swap half of one of its own shares for each Quorvex share, a proposal worth about $4.7 billion when it was launched.", "Veltraco", "Quorvex")
	d := dealOf(ds, model.Acquisition, "Veltraco", "Quorvex")
	if d == nil || d.Value == nil || d.Value.Value != 4.7e9 {
		t.Errorf("%+v, want the bid priced at $4.7 billion", ds)
	}
}

// A time phrase before a described subject ("En julio de 2018 la
// compañía levantó ...") leaves the subject a description: the company a
// following "it" stands for is the one described, not the investors the
// sentence names after it.
func TestDescribedSubjectAfterATimePhrase(t *testing.T) {
	ds := extractTextIn(t, "es", "Veltraco ha cerrado una ronda de 150 millones de euros liderada por Brembo. "+
		"En julio de 2018 la compañía levantó 115 millones en una ronda en la que entraron Quorvex y Kestrova. "+
		"Su primera compra en el extranjero se remonta a 2016, cuando adquirió la italiana Lirafin por 20 millones de euros.",
		"Veltraco", "Brembo", "Quorvex", "Kestrova", "Lirafin")
	wantDealOf(t, ds, model.Acquisition, "Veltraco", "Lirafin")
}

// A sentence that opens with a short phrase before its comma ("Senza i
// supermercati, il conglomerato punta su ...") is about the company its
// subject describes, not the first one it names: a following "il gruppo"
// is that company.
func TestOpeningPhraseLeavesTheDescribedSubject(t *testing.T) {
	ds := extractTextIn(t, "it", "Veltraco ha venduto i supermercati Quorvex a un fondo. "+
		"Senza i supermercati, il conglomerato punta sulla catena di bricolage Daxmoor e sulla divisione industriale. "+
		"A dicembre il gruppo ha accettato di cedere la miniera di carbone di Brinmoor, nel Queensland, alla statunitense Corvalis Coal Group per 700 milioni di dollari australiani.",
		"Veltraco", "Quorvex", "Daxmoor", "Corvalis Coal Group")
	wantDealOf(t, ds, model.Divestiture, "Veltraco", "Corvalis Coal Group")
	if d := dealOf(ds, model.Divestiture, "Daxmoor", "Corvalis Coal Group"); d != nil {
		t.Errorf("%+v: the chain named after the opening phrase sells nothing", d)
	}
}

// A subject described and named ("il gruppo Daxmoor") is the company
// named, whom a later "il gruppo" goes on with.
func TestDescribedSubjectThatIsNamed(t *testing.T) {
	ds := extractTextIn(t, "it", "Veltraco ha venduto i supermercati Quorvex a un fondo. Dopo la cessione, il gruppo Daxmoor punta sulla catena di bricolage. A dicembre il gruppo ha accettato di cedere la miniera di carbone di Brinmoor alla statunitense Corvalis Coal Group per 700 milioni di dollari australiani.",
		"Veltraco", "Quorvex", "Daxmoor", "Corvalis Coal Group")
	wantDealOf(t, ds, model.Divestiture, "Daxmoor", "Corvalis Coal Group")
}

// A company listed after a preposition ("la presión se trasladará a
// Daxmoor, Brindle y Ostravel") is, like the first of the list, not who
// the next sentence's deal is of.
func TestListAfterAPrepositionIsNoSubject(t *testing.T) {
	ds := extractTextIn(t, "es", "Veltraco anunció ayer su fusión con Quorvex por 8.600 millones de dólares. "+
		"A su juicio, la presión se trasladará a Daxmoor, Brindle y Ostravel, que compiten por los acuerdos con los fabricantes de ordenadores. "+
		"La fusión requiere el visto bueno de los accionistas de Quorvex y de las autoridades de competencia.",
		"Veltraco", "Quorvex", "Daxmoor", "Brindle", "Ostravel")
	for _, rival := range []string{"Daxmoor", "Brindle", "Ostravel"} {
		if d := dealOf(ds, model.Merger, rival, "Quorvex"); d != nil {
			t.Errorf("deal %+v: %s, a rival listed after 'a', is no side", *d, rival)
		}
	}
}

// A sentence that opens with the deal the reader knows ("La fusión
// requiere el visto bueno de los accionistas de Quorvex") is about the
// article's deal: the company it names is one of its sides, and the other
// is not whoever the sentence before named.
func TestSentenceOpeningWithTheDealIsTheArticles(t *testing.T) {
	ds := extractTextIn(t, "es", "Veltraco anunció ayer su fusión con Quorvex por 8.600 millones de dólares. Veltraco y Quorvex tendrán sede en Madrid. "+
		"\"Es una buena operación\", dijo Ana Ruiz, analista de Daxmoor Valores. "+
		"La fusión requiere el visto bueno de los accionistas de Quorvex y de las autoridades de competencia.",
		"Veltraco", "Quorvex", "Daxmoor Valores")
	if d := dealOf(ds, model.Merger, "Daxmoor Valores", "Quorvex"); d != nil {
		t.Errorf("deal %+v: the analyst's firm is no side", *d)
	}
}

// A payment for less than the price of a purchase told before, by its
// buyer, is a part of that price (the sum paid up front), not a deal of
// its own; a payment in another year is another deal.
func TestPartOfThePriceIsNoDeal(t *testing.T) {
	ds := extractText(t, "Veltraco agreed to buy Quorvex in a deal worth up to 21.2 billion euros. Quorvex is owned by 3,000 banks. "+
		"The San Francisco-based company will pay 16.5 billion euros upfront, made up of cash and preferred stock convertible into Veltraco shares.",
		"Veltraco", "Quorvex")
	if len(ds) != 1 || ds[0].Type != model.Acquisition || ds[0].Value == nil || ds[0].Value.Value != 21.2e9 {
		t.Errorf("deals %+v, want the one purchase at 21.2 billion euros", ds)
	}
	ds = extractText(t, "Veltraco agreed on Friday to sell Quorvex to Daxmoor for €430 million. "+
		"The exit closes an unhappy chapter. Veltraco paid €370 million for Quorvex in 2007.", "Veltraco", "Quorvex", "Daxmoor")
	if len(ds) != 2 {
		t.Errorf("deals %+v, want the sale and the purchase of 2007", ds)
	}
}

// A payment that says what it buys, or was made long ago, is a deal of its
// own, however much smaller than the price of the deal told before.
func TestPaymentForSomethingElseIsADeal(t *testing.T) {
	for _, text := range []string{
		"Veltraco agreed on Friday to sell Quorvex to Daxmoor for €430 million. The exit closes an unhappy chapter. Veltraco paid €370 million for Quorvex a decade ago.",
		"Veltraco agreed to sell its stake in Quorvex to Daxmoor for $2 billion. Daxmoor will also pay Veltraco $400 million for its cement business in Brazil.",
	} {
		if ds := extractText(t, text, "Veltraco", "Quorvex", "Daxmoor"); len(ds) != 2 {
			t.Errorf("%q: deals %+v, want two", text, ds)
		}
	}
}

// "and" alone may join two clauses: the name after it is no list's
// ("moved to Daxmoor and Quorvex reported"); a list with a serial comma
// is one ("to Daxmoor, Pellworth, and Quorvex").
func TestListsAndClausesAfterAPreposition(t *testing.T) {
	ds := extractText(t, "Veltraco agreed to buy Ostravel on Monday. On the same day, its chief executive moved to Daxmoor and Quorvex reported record profits. "+
		"It also agreed to buy Brindle for $300 million.", "Veltraco", "Quorvex", "Daxmoor", "Ostravel", "Brindle")
	wantDealOf(t, ds, model.Acquisition, "Quorvex", "Brindle")
	ds = extractText(t, "Veltraco agreed to buy Ostravel on Monday. Analysts said the pressure would now shift to Daxmoor, Pellworth, and Quorvex, which compete for the same customers. "+
		"It also agreed to buy Brindle for $300 million.", "Veltraco", "Quorvex", "Daxmoor", "Pellworth", "Ostravel", "Brindle")
	for _, rival := range []string{"Daxmoor", "Pellworth", "Quorvex"} {
		if dealOf(ds, model.Acquisition, rival, "Brindle") != nil {
			t.Errorf("deals %+v: %s, listed after 'to', taken as the buyer", ds, rival)
		}
	}
}

// A sentence opening with a deal "with" a company tells that deal, not the
// article's: "The merger with Daxmoor collapsed in 2015".
func TestOpeningDealWithACompanyIsItsOwn(t *testing.T) {
	ds := extractText(t, "Veltraco agreed to buy Quorvex for $2 billion on Monday. Veltraco had tried to grow before. The merger with Daxmoor collapsed in 2015 over price.",
		"Veltraco", "Quorvex", "Daxmoor")
	if dealOf(ds, model.Merger, "Veltraco", "Daxmoor") == nil {
		t.Errorf("deals %+v, want the failed merger of Veltraco and Daxmoor", ds)
	}
}

// An impersonal "il" ("Il s'agit de la plus grosse acquisition de
// l'histoire de Veltraco") stands for no company: the sentence tells the
// article's deal, not one of a company named before.
func TestImpersonalPronounIsNoCompany(t *testing.T) {
	ds := extractTextIn(t, "fr", "Veltraco a annoncé lundi le rachat de Quorvex pour 21,2 milliards d'euros. Selon l'analyste, Daxmoor pourrait en souffrir. "+
		"Il s'agit de loin de la plus grosse acquisition de l'histoire de Veltraco.", "Veltraco", "Quorvex", "Daxmoor")
	if d := dealOf(ds, model.Acquisition, "Daxmoor", "Veltraco"); d != nil {
		t.Errorf("deal %+v: Daxmoor is no side", *d)
	}
}

// "a run of technology purchases" names deals in general: the sentence
// pointing back at "the deal" takes no type from it.
func TestPluralPurchasesTypeNoDeal(t *testing.T) {
	ds := extractText(t, "Veltraco will pay $2 billion for 85% of a joint venture with Quorvex. The deal extends a run of technology purchases. Veltraco and Quorvex will work together.",
		"Veltraco", "Quorvex")
	if d := dealOf(ds, model.Acquisition, "Veltraco", "Quorvex"); d != nil && d.Type == model.Acquisition {
		t.Errorf("deals %+v: the joint venture told again as a purchase", ds)
	}
}

// A company named as another name of the one before ("also known as",
// "también conocida como") is that one, not a second side.
func TestAnotherNameIsNoSecondSide(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco agreed to buy Ostravel. It has since looked east: in December last year it took a 10% stake in Quorvex Group, the Shanghai operator also known as Daxmoor, which became master franchisee."},
		{"es", "Veltraco compra Ostravel. Después miró a Asia: en diciembre compró un 10 % de la china Quorvex, también conocida como Daxmoor, que pasó a ser su franquiciado."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Quorvex", "Daxmoor", "Ostravel")
		if d := dealOf(ds, model.Investment, "Quorvex", "Daxmoor"); d != nil {
			t.Errorf("%s: deal %+v: Daxmoor is Quorvex by another name", c.lang, *d)
		}
	}
}

// A role word in the anaphor's own sentence that is its object, not its
// subject ("it paid the seller ...", "it sold the buyer ..."), is taken
// for the unsaid subject.
func TestRoleAsObjectIsNoSubject(t *testing.T) {
	ds := extractTextIn(t, "en", "Daxmoor agreed to buy Quorvex from Veltraco for £410 million. Daxmoor said the purchase would double its sales. "+
		"In 2019 it paid the seller £20 million for Brindle Lanolin.",
		"Veltraco", "Quorvex", "Daxmoor", "Brindle Lanolin")
	wantDealOf(t, ds, model.Acquisition, "Daxmoor", "Brindle Lanolin")
	if d := dealOf(ds, model.Acquisition, "Veltraco", "Brindle Lanolin"); d != nil {
		t.Errorf("deal %+v: the seller paid nobody", *d)
	}
}

// The firm a quoted analyst works at ("said Harriet Coldbeck of Quorvex
// Securities") is no company a later sentence refers to.
func TestSpeakersFirmIsNoReferent(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"en", "Veltraco agreed to buy Daxmoor for €1.5 billion. " +
			"\"It is a full price,\" said Harriet Coldbeck of Quorvex Securities. " +
			"It bought Brindle in 1998 for €20 million."},
		{"it", "Veltraco ha concordato l'acquisto di Daxmoor per 1,5 miliardi di euro. " +
			"«È un prezzo pieno», osserva Corrado Vallisneri di Quorvex Securities. " +
			"Nel 1998 la società rilevò l'olandese Brindle, un'acquisizione che si è poi rivelata deludente."},
	} {
		ds := extractTextIn(t, c.lang, c.body, "Veltraco", "Daxmoor", "Quorvex Securities", "Brindle")
		for _, d := range ds {
			if slices.Contains(d.Parties, "Quorvex Securities") {
				t.Errorf("%s: deal %+v: the analyst's firm is no side", c.lang, d)
			}
		}
		wantSides(t, ds, "Brindle", "Veltraco", "Quorvex Securities")
	}
}

// employer: a capitalised noun before "of"/"von"/"bei" is no person
// ("Shares of Quorvex", the German nouns of "Die Aktionäre von
// Quorvex"): the company is still what the next sentence goes on about.
func TestNounOfCompanyIsNoEmployer(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"en", "Shares of Quorvex rose 12% on Monday, outpacing rival Kelmora. " +
			"It agreed to sell its Brindle unit to Veltraco for $200 million."},
		{"de", "Der Umsatz bei Quorvex stieg am Montag um 12 Prozent, stärker als beim Rivalen Kelmora. " +
			"Der Konzern verkauft seine Tochter Brindle für 200 Millionen Euro an Veltraco."},
		{"de", "Die Aktionäre von Quorvex trafen sich am Montag in Frankfurt, wo auch Kelmora sitzt. " +
			"Der Konzern verkauft seine Tochter Brindle für 200 Millionen Euro an Veltraco."},
	} {
		ds := extractTextIn(t, c.lang, c.body, "Veltraco", "Quorvex", "Brindle", "Kelmora")
		wantSides(t, ds, "Brindle", "Quorvex", "Kelmora")
	}
}

// A company after a preposition and a relative pronoun ("on which
// Veltraco was built") is the relative clause's subject, one a later
// sentence may go on about, not an object after a preposition.
func TestRelativeAfterPrepositionIsASubject(t *testing.T) {
	ds := extractTextIn(t, "en", "Veltraco agreed to sell its trading arm to Quorvex for $2 billion. "+
		"Quorvex, a New York investment firm, manages about $9 billion. "+
		"The sale continues a long retreat from the businesses on which Veltraco was built. "+
		"In 2002 it sold its beef operations to Kelmora for about $1.4 billion.",
		"Veltraco", "Quorvex", "Kelmora")
	wantSides(t, ds, "Kelmora", "Veltraco", "Quorvex")
}

// A sentence that tells the article's takeover again under another kind
// of deal, at no price or year of its own, is that takeover ("Die beiden
// werden zusammengelegt", "the combination creates a supplier"); a joint
// venture told with its own year is a deal of its own.
func TestEchoOfTheLeadIsTheLead(t *testing.T) {
	ds := extractTextIn(t, "en", "Veltraco agreed to buy Quorvex for $2 billion in cash on Monday. "+
		"Veltraco will pay $40 a share. The companies said they would cooperate with Quorvex's suppliers. "+
		"Veltraco and Quorvex will form a partnership to run the plants, the companies said.",
		"Veltraco", "Quorvex")
	if len(ds) != 1 || ds[0].Type != model.Acquisition {
		t.Errorf("deals %+v, want the one takeover", ds)
	}
	ds = extractTextIn(t, "it", "Veltraco ha annunciato ieri l'acquisizione di Quorvex per 360 milioni di euro. "+
		"I due gruppi collaborano infatti dal 2012, quando Veltraco e Quorvex costituirono una joint venture per sviluppare un midibus.",
		"Veltraco", "Quorvex")
	wantDealOf(t, ds, model.JointVenture, "Veltraco", "Quorvex")
	// a lead from years before is no news the rest of the article echoes
	ds = extractTextIn(t, "en", "Five years after Veltraco bought Quorvex's phone business for $7 billion in 2014, the two are working together again. "+
		"The new partnership of Veltraco and Quorvex covers private 5G networks.",
		"Veltraco", "Quorvex")
	wantDealOf(t, ds, model.Partnership, "Veltraco", "Quorvex")
}

// The lead takeover told again as a purchase, at no price or year of its
// own, is the takeover, whoever that sentence reads as buying.
func TestLeadTakeoverToldAgainIsOne(t *testing.T) {
	ds := extractTextIn(t, "en", "Veltraco agreed on Wednesday to buy Quorvex for A$3.8 billion in cash. "+
		"Quorvex shareholders will receive A$9.80 a share. "+
		"For Quorvex it ends 100 years of independence; it is the largest acquisition so far for Veltraco.",
		"Veltraco", "Quorvex")
	if len(ds) != 1 {
		t.Errorf("deals %+v, want the one takeover", ds)
	}
}

// "El objetivo de la operación" is an aim, not the company bought: the
// purchase after it stays the buyer's.
func TestObjetivoIsNoTarget(t *testing.T) {
	ds := extractTextIn(t, "es", "Veltraco comprará Quorvex por 2.000 millones de euros, según anunció el lunes. "+
		"El objetivo de la operación es ganar tamaño en Europa. "+
		"En 2019 ya compró la alemana Brindle por 500 millones de euros.",
		"Veltraco", "Quorvex", "Brindle")
	wantDealOf(t, ds, model.Acquisition, "Veltraco", "Brindle")
}

// "Abgaben" are levies: passing them on sells nothing.
func TestAbgabenLeviesAreNoSale(t *testing.T) {
	ds := extractTextIn(t, "de", "Die Netzbetreiber Veltraco und Quorvex geben die höheren Abgaben an ihre Kunden weiter.",
		"Veltraco", "Quorvex")
	if len(ds) != 0 {
		t.Errorf("deals %+v, want none: Abgaben are levies", ds)
	}
}

// Books sold are no price of the publisher bought.
func TestBooksSoldAreNoPrice(t *testing.T) {
	ds := extractTextIn(t, "fr", "Veltraco rachète l'éditeur Quorvex, qui a vendu 12 millions de livres l'an dernier.",
		"Veltraco", "Quorvex")
	for _, d := range ds {
		if d.Value != nil {
			t.Errorf("deal %+v priced by the books sold", d)
		}
	}
}

// A venture the two already run, or chips one will supply the other, told
// beside the takeover, are deals of their own, not echoes of it; a head
// count of four figures is no year of an echo.
func TestDealsBesideTheTakeoverAreNoEchoes(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco agreed to buy Quorvex for $2 billion in cash on Monday. Veltraco and Quorvex already run a joint venture that makes batteries in China."},
		{"de", "Veltraco übernimmt Quorvex für 2 Milliarden Euro. Veltraco und Quorvex betreiben bereits ein Gemeinschaftsunternehmen in China."},
	} {
		wantDealOf(t, extractTextIn(t, c.lang, c.text, "Veltraco", "Quorvex"), model.JointVenture, "Veltraco", "Quorvex")
	}
	ds := extractTextIn(t, "en", "Veltraco agreed to buy Quorvex for $2 billion in cash on Monday. "+
		"Under the deal, Quorvex will also supply Veltraco with chips for ten years starting in 2025.", "Veltraco", "Quorvex")
	wantDealOf(t, ds, model.Supply, "Quorvex", "Veltraco")
	ds = extractTextIn(t, "de", "Veltraco übernimmt Quorvex für 2 Milliarden Euro. "+
		"Veltraco und Quorvex werden zusammengelegt, das neue Unternehmen hat rund 2000 Mitarbeiter.",
		"Veltraco", "Quorvex")
	if len(ds) != 1 {
		t.Errorf("deals %+v, want the one takeover", ds)
	}
}

// veltracoBuysQuorvex opens an article about Veltraco's purchase of
// Quorvex, which names both several times.
const veltracoBuysQuorvex = "# Veltraco to buy Quorvex\n\nVeltraco agreed on Monday to buy Quorvex for $3 billion. " +
	"Quorvex shareholders will receive $30 a share, and Quorvex will keep its brand. " +
	"Veltraco said the deal would close next year. "

// A company the article names once, as a rival in passing, is not who a
// later "it" stands for: the unsaid buyer of a past purchase is the
// article's buyer, and the unsaid object of a named buyer's purchase is
// the article's target.
func TestItIsOneOfTheArticlesPairNotARivalNamedOnce(t *testing.T) {
	ds := extractText(t, veltracoBuysQuorvex+
		"Rivals such as Daxmoor have been slower to consolidate. "+
		"In 2015 it bought Ambrelle, a maker of sensors, for $400 million.",
		"Veltraco", "Quorvex", "Daxmoor", "Ambrelle")
	wantSides(t, ds, "Ambrelle", "Veltraco", "Daxmoor")
	ds = extractText(t, veltracoBuysQuorvex+
		"The price is well below what Daxmoor paid. "+
		"Ambrelle had bought the company in 2006 for $400 million.",
		"Veltraco", "Quorvex", "Daxmoor", "Ambrelle")
	wantSides(t, ds, "Ambrelle", "Quorvex", "Daxmoor")
	// "the same company" is the one just named, however seldom
	ds = extractText(t, veltracoBuysQuorvex+
		"Rivals such as Daxmoor have been slower to consolidate. "+
		"In 2015 the same company bought Ambrelle, a maker of sensors, for $400 million.",
		"Veltraco", "Quorvex", "Daxmoor", "Ambrelle")
	wantSides(t, ds, "Ambrelle", "Daxmoor", "Veltraco")
}

// A name made of words other articles write in lower case is doubtful,
// not refused for the whole corpus: "Potash One" stays a company beside
// "potash" and "one for one", on the evidence of its deal.
func TestEverydayWordsMakeANameDoubtfulNotRefused(t *testing.T) {
	cs := companiesIn(t, "en", "Veltraco, Europe's biggest potash producer, agreed on Monday to buy Canadian exploration company Potash One for about C$434 million in cash. "+
		"Potash One shareholders will get C$2.50 a share. Potash One's board backs the offer."+articleBreak+
		"Quorvex holders get one share for one. The potash price rose.",
		"Veltraco", "Quorvex")
	if !hasCompany(cs, "Potash One") {
		t.Errorf("companies %+v, want Potash One", cs)
	}
	noCompany(t, companiesIn(t, "en", "Artificial Intelligence is changing work. Firms use artificial intelligence in every office."), "Artificial Intelligence")
}

// German opens a clause after a colon with a capital: "Im Spätsommer" is
// when, not a company, and the buyer stays the company told before.
func TestGermanClauseAfterAColon(t *testing.T) {
	body := "Veltraco hatte zuletzt selbst zugekauft: Im Spätsommer 2004 übernahmen die Schweden den britischen Hersteller Quorvex."
	noCompany(t, companiesIn(t, "de", body, "Veltraco", "Quorvex"), "Im Spätsommer")
}

// "Verlag" (publisher) and "Agentur" (agency) say what a German company
// is; they are no part of its name.
func TestGermanPublisherAndAgencyAreKinds(t *testing.T) {
	cs := companiesIn(t, "de", "Der amerikanische Verlag Quorvex & Company und die Londoner Nachrichten- und Datenagentur Veltraco Group PLC haben am Montag ein Gemeinschaftsunternehmen angekündigt. "+
		"Quorvex und Veltraco halten je 50 Prozent.")
	noCompany(t, cs, "Verlag Quorvex", "Datenagentur Veltraco")
	if !hasCompany(cs, "Quorvex") || !hasCompany(cs, "Veltraco") {
		t.Errorf("companies %+v, want Quorvex and Veltraco", cs)
	}
	cs = companiesIn(t, "de", "Damals hatte Veltraco den Logistiker Quorvex für 3,7 Milliarden Pfund übernommen.", "Veltraco")
	noCompany(t, cs, "Logistiker Quorvex")
	if !hasCompany(cs, "Quorvex") {
		t.Errorf("companies %+v, want Quorvex", cs)
	}
}

// "Sociedad", "Società", "Société" open Romance company names, in any
// language's text: "the Chilean salt producer Sociedad Punta de Lobos".
func TestSociedadOpensAName(t *testing.T) {
	cs := companiesIn(t, "en", "In 2006 Veltraco bought the Chilean salt producer Sociedad Punta de Lobos for $500 million. "+
		"Sociedad Punta de Lobos mines salt in the Atacama.", "Veltraco")
	if !hasCompany(cs, "Sociedad Punta de Lobos") {
		t.Errorf("companies %+v, want Sociedad Punta de Lobos", cs)
	}
}

// After a merger's noun and the word naming its sides, "and" joins two
// companies: "the merger of Capital Radio and GWR Group" is a merger of
// two, whatever a long name ending in a company word may join elsewhere.
func TestAndAfterAMergerOfJoinsTwo(t *testing.T) {
	ds := extractText(t, "Veltraco itself was born in 2005 from the merger of Quorvex Radio and Brindle Group.", "Veltraco")
	for _, d := range ds {
		for _, p := range d.Parties {
			if strings.Contains(p, " and ") {
				t.Errorf("deal %+v: %q joins two companies", d, p)
			}
		}
	}
	wantSides(t, ds, "Quorvex Radio", "Brindle", "") // "Group", a suffix, goes
}

// A name that reads as a person's is a company after a company noun
// ("the British make-up label Charlotte Tilbury"), but not after one a
// person is called by too ("the activist investor Carl Icahn").
func TestPersonsNameAfterACompanyNoun(t *testing.T) {
	ds := extractText(t, "In 2020 Veltraco bought a majority of the British make-up label Charlotte Tilbury for $1 billion.", "Veltraco")
	wantSides(t, ds, "Charlotte Tilbury", "Veltraco", "")
	cs := companiesIn(t, "en", "The activist investor Carl Icahn bought a stake in Veltraco for $1 billion.", "Veltraco")
	noCompany(t, cs, "Carl Icahn")
}

// Examples after a kind of product are products ("perfumes such as Gypsy
// Water and Mojave Ghost"); examples of brands are brands, which may still
// be a company's name where more says so ("Marken wie Iittala").
func TestExamplesOfProductsAndBrands(t *testing.T) {
	cs := companiesIn(t, "en", "Veltraco, whose perfumes such as Gypsy Water and Mojave Ghost sell for up to €245, had sales of €119m.", "Veltraco")
	noCompany(t, cs, "Gypsy Water", "Mojave Ghost")
	cs = companiesIn(t, "de", "Veltraco kauft Quorvex Oy für 230 Millionen Euro. Zu Quorvex gehören Marken wie Quorvex, Brindle und Hackman.", "Veltraco")
	noCompany(t, cs, "Brindle", "Hackman")
	if !hasCompany(cs, "Quorvex") {
		t.Errorf("companies %+v, want Quorvex", cs)
	}
}

// Review regressions of the rules above (stop 29): a company named once
// but opening the sentence before is who "it" goes on with; a person after
// a company noun that may call a person too stays a person; one "platforms
// such as" does not refuse a company for the whole corpus.
func TestItIsTheCompanyNamedJustBeforeEvenOnce(t *testing.T) {
	head := veltracoBuysQuorvex
	ds := extractText(t, head+"The sector has seen other deals. Daxmoor has been the busiest buyer. "+
		"Last year it bought Ambrelle for $400 million.",
		"Veltraco", "Quorvex", "Daxmoor", "Ambrelle")
	wantSides(t, ds, "Ambrelle", "Daxmoor", "Veltraco")
	ds = extractText(t, head+"Daxmoor was once the sector's leader. "+
		"In 2012 it was bought by Ambrelle for $400 million.",
		"Veltraco", "Quorvex", "Daxmoor", "Ambrelle")
	wantSides(t, ds, "Ambrelle", "Daxmoor", "Quorvex")
}

func TestPersonAfterDeveloperProducerPublisher(t *testing.T) {
	cs := companiesIn(t, "en", "The property developer Harold Brindleworth agreed to buy Veltraco for $1 billion. Harold Brindleworth said the deal would close soon.", "Veltraco")
	noCompany(t, cs, "Harold Brindleworth")
	cs = companiesIn(t, "en", "The film producer Martin Daxworth agreed to buy a stake in Veltraco for $1 billion. Martin Daxworth declined to comment.", "Veltraco")
	noCompany(t, cs, "Martin Daxworth")
	cs = companiesIn(t, "en", "The publisher Peter Quarnby agreed to buy Veltraco for $1 billion. Peter Quarnby owns newspapers.", "Veltraco")
	noCompany(t, cs, "Peter Quarnby")
}

func TestPlatformsSuchAsMayBeCompanies(t *testing.T) {
	cs := companiesIn(t, "en", "Veltraco agreed on Monday to buy Daxmoor for $3 billion in cash. Daxmoor shareholders will get $30 a share. Daxmoor said the board backs the offer."+articleBreak+
		"Advertisers have moved their budgets to platforms such as Daxmoor and Brindle.", "Veltraco")
	if !hasCompany(cs, "Daxmoor") {
		t.Errorf("companies %+v, want Daxmoor", cs)
	}
}

// A sentence may tell one deal twice, once naming its buyer ("Veltraco's
// largest ... since 2005") and once by a pronoun ("when it agreed to buy
// Daxmoor"): the pronoun is the buyer named, not the company before, and
// the next sentence's "it" goes on with it.
func TestItIsTheBuyerItsSentenceNames(t *testing.T) {
	body := veltracoBuysQuorvex + "Quorvex operates from 50 sites. " +
		"The takeover is Veltraco's largest since 2005, when it agreed to buy logistics group Daxmoor for 3.7 billion pounds. " +
		"The company has also been building its own fleet: in 2014 it bought Ambrelle, a maker of electric vans."
	ds := extractText(t, body, "Veltraco", "Quorvex", "Daxmoor", "Ambrelle")
	wantSides(t, ds, "Daxmoor", "Veltraco", "Quorvex")
	wantSides(t, ds, "Ambrelle", "Veltraco", "Quorvex")
}

// A sentence that names no company but calls one by its city ("Für die
// Bonner ist es der größte Zukauf") is what the next sentence's unsaid
// subject stands for, not the company named last.
func TestCityDemonymBeforeIsTheSubject(t *testing.T) {
	ds := extractTextIn(t, "de", "# Deutsche Telekom kauft Quorvex\n\n"+
		"Die Bonner Deutsche Telekom übernimmt den britischen Paketdienst Quorvex für 280 Millionen Euro. Quorvex hat 50 Standorte. "+
		"Für die Bonner ist es der größte Zukauf auf der Insel seit 2005. "+
		"Damals hatten sie den Logistiker Daxmoor für 3,7 Milliarden Pfund übernommen.",
		"Quorvex", "Daxmoor")
	wantSides(t, ds, "Daxmoor", "Deutsche Telekom", "Quorvex")
}

// "It is Veltraco's third acquisition" names whose deal it is: the "it"
// stands for nothing, and the next sentence's "it" is Veltraco.
func TestItIsTheCompanysThirdAcquisition(t *testing.T) {
	body := veltracoBuysQuorvex + "Quorvex makes sensors for cars. It is Veltraco's third acquisition this year. " +
		"In January it agreed to buy Ambrelle for $780 million, and it completed the $170 million purchase of Daxmoor in February."
	ds := extractText(t, body, "Veltraco", "Quorvex", "Daxmoor", "Ambrelle")
	wantSides(t, ds, "Ambrelle", "Veltraco", "Quorvex")
	wantSides(t, ds, "Daxmoor", "Veltraco", "Quorvex")
}

// A sentence may tell a pronoun's purchase beside an older purchase of the
// same company by another ("it bought Ambrelle, which Daxmoor had
// acquired in 2012"): the other buyer is not who "it" is, and "it" goes on
// with the subject of the sentence before.
func TestItIsNotTheEarlierBuyerOfWhatItBuys(t *testing.T) {
	ds := extractText(t, veltracoBuysQuorvex+"Quorvex operates from 50 sites. "+
		"In 2020 it bought Ambrelle, which Daxmoor had acquired in 2012 for $300 million.",
		"Veltraco", "Quorvex", "Daxmoor", "Ambrelle")
	quorvex := false
	for _, d := range ds {
		if slices.Contains(d.Parties, "Ambrelle") && slices.Contains(d.Parties, "Veltraco") {
			t.Errorf("deal %+v: Veltraco bought no Ambrelle", d)
		}
		quorvex = quorvex || slices.Contains(d.Parties, "Ambrelle") && slices.Contains(d.Parties, "Quorvex")
	}
	if !quorvex {
		t.Errorf("deals %+v, want Quorvex buying Ambrelle", ds)
	}
}

// A sentence naming no company may still say "the French" or "die
// Frankfurter" in passing, of a regulator or a newspaper: no company's
// subject, and the next unsaid subject goes on with the one before.
func TestNationOrCityAdjectiveInPassingIsNoSubject(t *testing.T) {
	ds := extractText(t, "# Veltraco to buy Quorvex\n\n"+
		"Veltraco agreed on Monday to buy Quorvex from Danone for $3 billion. Danone had owned Quorvex since 2001. "+
		"Veltraco said the deal would close next year. "+
		"The deal still needs the approval of the French competition authority. "+
		"In 2015 it bought Ambrelle for $400 million.",
		"Veltraco", "Quorvex", "Danone", "Ambrelle")
	wantSides(t, ds, "Ambrelle", "Veltraco", "Danone")
	ds = extractTextIn(t, "de", "# Veltraco kauft Quorvex\n\n"+
		"Der Kölner Konzern Veltraco übernimmt von der Commerzbank die Leasingtochter Quorvex für 280 Millionen Euro. "+
		"Die Commerzbank hatte Quorvex 2009 gegründet. Veltraco wird damit zur Nummer zwei in Europa. "+
		"Das berichtete zuerst die Frankfurter Allgemeine Zeitung. "+
		"Schon 2015 hatte er den Leasinganbieter Ambrelle für 90 Millionen Euro übernommen.",
		"Veltraco", "Quorvex", "Commerzbank", "Ambrelle")
	wantSides(t, ds, "Ambrelle", "Veltraco", "Commerzbank")
}

// "It is Quorvex's largest shareholder, having bought a 20% stake": "it"
// stands for the company before, though a copula and a name follow it.
func TestItIsTheCompanysShareholderIsAPronoun(t *testing.T) {
	for _, s := range []string{
		"It is Quorvex's largest shareholder, having bought a 20% stake in 2019.",
		"It was Quorvex's partner in China before it acquired a 20% stake in 2019.",
	} {
		ds := extractText(t, "# Veltraco to buy Quorvex\n\n"+
			"Veltraco agreed on Monday to buy the rest of Quorvex for $3 billion. Quorvex shareholders will receive $30 a share. "+
			"Veltraco said the deal would close next year. "+s,
			"Veltraco", "Quorvex")
		if !slices.ContainsFunc(ds, func(d model.Deal) bool {
			return d.Type == model.Investment && slices.Contains(d.Parties, "Veltraco") && slices.Contains(d.Parties, "Quorvex")
		}) {
			t.Errorf("%q: deals %+v, want Veltraco's stake in Quorvex", s, ds)
		}
	}
}

// A purchase whose buyer the sentence leaves to "The company" that opens
// it, of a company the article's main pair does not hold, is by the one
// company the sentence before named: "For Brindle, ... the deal is its
// largest. The company has grown through acquisitions, including the
// purchase in 2016 of Daxmoor's operations".
func TestGenericSubjectBuysForTheCompanyBefore(t *testing.T) {
	known := []string{"Veltraco", "Quorvex", "Brindle", "Daxmoor"}
	ds := extractKnownLangs(t, known, "en|Brindle agreed to buy Quorvex for £505 million. Quorvex shareholders will receive 1,000 pence a share. Veltraco had bought Quorvex's stake in Sorvan. "+
		"For Brindle, listed in Stockholm since 2014, the deal is by far its largest. The company has grown through a string of acquisitions, including the purchase in 2016 of Daxmoor's development and manufacturing operations in India for about $205 million.")
	if d := dealOf(ds, model.Acquisition, "Brindle", "Daxmoor"); d == nil || d.Parties[0] != "Brindle" {
		t.Errorf("want Brindle's purchase of Daxmoor's operations, Brindle first, got %+v", ds)
	}
}
