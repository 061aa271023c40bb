package names

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"dealwire/loader/extract/deals"
	"dealwire/loader/extract/lexicon"
	"dealwire/loader/extract/segment"
	"dealwire/model"
)

// cue is a tiny stand-in for the deal lexicon.
func cue(_, w string) bool {
	return map[string]bool{"buy": true, "acquire": true, "deal": true, "stake": true, "accordo": true, "partnership": true}[w]
}

func recognize(t *testing.T, texts ...string) Result {
	return recognizeLang(t, "en", texts...)
}

func recognizeLang(t *testing.T, lang string, texts ...string) Result {
	t.Helper()
	var docs []Doc
	for _, text := range texts {
		docs = append(docs, docOf(lang, text))
	}
	return recognizeDocs(t, docs)
}

// docOf cuts a text into the Doc recognition reads.
func docOf(lang, text string) Doc {
	d := Doc{Lang: lang}
	for _, s := range segment.Sentences(text) {
		d.Sentences = append(d.Sentences, s.Text)
		d.Headings = append(d.Headings, s.Heading)
		d.Tokens = append(d.Tokens, segment.Tokens(s.Text))
	}
	return d
}

func recognizeDocs(t *testing.T, docs []Doc) Result {
	return recognizeWith(t, docs, cue)
}

// recognizeWithDealWords reads one text with the deal words of every
// language, where a rule is about a name beside them ("venduto",
// "Fusion").
func recognizeWithDealWords(t *testing.T, lang, text string) Result {
	return recognizeWith(t, []Doc{docOf(lang, text)}, deals.IsCue)
}

func recognizeWith(t *testing.T, docs []Doc, isCue Cue) Result {
	t.Helper()
	lex, err := lexicon.New("")
	if err != nil {
		t.Fatal(err)
	}
	return Recognize(docs, lex, isCue)
}

// wantMentionsOf fails t for each mention written text in doc that is not
// one of company.
func wantMentionsOf(t *testing.T, r Result, doc int, text, company string) {
	t.Helper()
	for _, m := range r.Mentions[doc] {
		if m.Text == text && m.Company != company {
			t.Errorf("%s read as %q, want %s", text, m.Company, company)
		}
	}
}

// wantCompanyIn fails t unless name is read as a company of doc.
func wantCompanyIn(t *testing.T, r Result, doc int, name string) {
	t.Helper()
	if got := companiesOf(r, doc); !slices.Contains(got, name) {
		t.Errorf("companies = %q, want %s", got, name)
	}
}

// noCompanyOf fails t for each of names read as a company of doc.
func noCompanyOf(t *testing.T, r Result, doc int, names ...string) {
	t.Helper()
	for _, c := range companiesOf(r, doc) {
		if slices.Contains(names, c) {
			t.Errorf("companies = %q: %s is no company", companiesOf(r, doc), c)
		}
	}
}

func companiesOf(r Result, doc int) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range r.Mentions[doc] {
		if !seen[m.Company] {
			seen[m.Company] = true
			out = append(out, m.Company)
		}
	}
	sort.Strings(out)
	return out
}

func TestEvidenceMakesUnknownNamesCompanies(t *testing.T) {
	r := recognize(t, "Brindlewood Analytics Inc. agreed to buy Quorvex for $2 billion. Brindlewood said the deal closes in May. "+
		"Jane Holloway, chief executive of Brindlewood, said Quorvex was a fit. The companies met in Germany and Paris.")
	got := companiesOf(r, 0)
	want := []string{"Brindlewood Analytics", "Quorvex"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("companies = %q, want %q", got, want)
	}
	for _, c := range r.Companies {
		if c.Name == "Brindlewood Analytics" && !strings.Contains(strings.Join(c.Aliases, "|"), "Brindlewood") {
			t.Errorf("aliases of %s = %q, want the short form too", c.Name, c.Aliases)
		}
	}
}

// A name written with its legal suffix keeps that spelling among its
// aliases, as the reader saw it ("The Salling Companies"), beside the
// name without it.
func TestAliasesKeepTheLegalSuffixWritten(t *testing.T) {
	r := recognize(t, "Maersk agreed to sell its stake to The Salling Companies for $3 billion. The Salling Companies said it was pleased.")
	for _, c := range r.Companies {
		if c.Name == "The Salling" || c.Name == "Salling" {
			if !slices.Contains(c.Aliases, "The Salling Companies") {
				t.Errorf("aliases of %s = %q, want the spelling with its suffix", c.Name, c.Aliases)
			}
			return
		}
	}
	t.Errorf("companies = %+v, want The Salling", r.Companies)
}

func TestNoEvidenceNoCompany(t *testing.T) {
	r := recognize(t, "Harbourside Lantern opened in the old town. Visitors loved Harbourside Lantern.")
	if got := companiesOf(r, 0); len(got) != 0 {
		t.Fatalf("companies = %q, want none: nothing says these names are companies", got)
	}
}

func TestCorpusConsistency(t *testing.T) {
	// Quorvex is shown to be a company in the first article only; the
	// second still lists it.
	r := recognize(t, "Veltraco agreed to buy Quorvex.", "Quorvex opened a new office.")
	if got := companiesOf(r, 1); !reflect.DeepEqual(got, []string{"Quorvex"}) {
		t.Fatalf("second article companies = %q", got)
	}
}

func TestKnownCompaniesAndAliases(t *testing.T) {
	r := recognize(t, "Hon Hai Precision Industry makes phones. Foxconn said sales rose.")
	if got := companiesOf(r, 0); !reflect.DeepEqual(got, []string{"Foxconn"}) {
		t.Fatalf("companies = %q, want Hon Hai and Foxconn merged", got)
	}
}

func TestGermanCompoundNounMarksCompany(t *testing.T) {
	r := recognizeLang(t, "de", "Der Batteriekonzern Zellwerk baut eine Fabrik.")
	if got := companiesOf(r, 0); !reflect.DeepEqual(got, []string{"Zellwerk"}) {
		t.Fatalf("companies = %q", got)
	}
	// bottlers, lessors and roasters are companies too
	for _, text := range []string{
		"Der Rotterdamer Getränkeabfüller Zellwerk kauft das Geschäft.",
		"Glasfaser-Vermieter Zellwerk fusioniert mit seinem Großmieter.",
		"Der Kaffeeröster Zellwerk kauft das Geschäft.",
	} {
		if got := companiesOf(recognizeWithDealWords(t, "de", text), 0); !reflect.DeepEqual(got, []string{"Zellwerk"}) {
			t.Errorf("%s: companies = %q, want Zellwerk", text, got)
		}
	}
}

func TestAcronymInParentheses(t *testing.T) {
	r := recognize(t, "Marwick Lorne Industries Limited (MLI) agreed to sell a stake. MLI shares rose.")
	if got := companiesOf(r, 0); !reflect.DeepEqual(got, []string{"Marwick Lorne Industries"}) {
		t.Fatalf("companies = %q", got)
	}
	if n := len(r.Mentions[0]); n != 3 {
		t.Errorf("mentions = %d, want 3 (the acronym counts, in brackets and after)", n)
	}
}

// A name listed with a proven company is one too, but a sentence's opening
// word before its comma is not listed with anything.
func TestNamesListedWithACompany(t *testing.T) {
	r := recognize(t, "Brindlewood Analytics Inc. agreed to buy Quorvex for $2 billion. "+
		"Both Ostravel and Brindlewood competed for it. Meanwhile, Brindlewood hired Holloway.")
	got := companiesOf(r, 0)
	want := []string{"Brindlewood Analytics", "Ostravel", "Quorvex"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("companies = %q, want %q", got, want)
	}
}

// A comma alone lists nothing: the noun before a proven company and its
// comma is no company unless an "and" closes the list.
func TestCommaAloneIsNoList(t *testing.T) {
	r := recognizeLang(t, "de", "Ericsson und Apple haben sich auf eine Patentlizenz geeinigt. Apple konterte mit dem Vorwurf, Ericsson verlange für seine Patente mehr als faire Gebühren.")
	if got := companiesOf(r, 0); slices.Contains(got, "Vorwurf") {
		t.Errorf("companies = %q: a noun before a comma read as a listed company", got)
	}
	r = recognize(t, "Brindlewood Analytics Inc. agreed to buy Quorvex for $2 billion. Bids came from Ostravel, Brindlewood and Quorvex.")
	if got := companiesOf(r, 0); !slices.Contains(got, "Ostravel") {
		t.Errorf("companies = %q: a name in a list closed by 'and' not read", got)
	}
}

// A known company right after a dropped opener is still read.
func TestKnownCompanyAfterOpener(t *testing.T) {
	for _, text := range []string{"But Nokia agreed to buy Alcatel-Lucent.", "The Microsoft deal with Nokia closed."} {
		got := companiesOf(recognize(t, text), 0)
		if len(got) != 2 {
			t.Errorf("%q: companies %q, want two", text, got)
		}
	}
}

// Names listed after a plural word for brands are brands there.
func TestBrandListsAreNotCompanies(t *testing.T) {
	r := recognizeLang(t, "it", "Brindlewood Analytics SpA ha comprato Quorvex Holdings per 2 miliardi. "+
		"Il gruppo riunirà marchi come Ostravel, Kelvaro, Ammerin e Tessaly.")
	got := companiesOf(r, 0)
	want := []string{"Brindlewood Analytics", "Quorvex"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("companies = %q, want %q", got, want)
	}
	var b []span
	toks := segment.Tokens("marchi come Fiat, Jeep, Alfa Romeo e Maserati")
	for _, x := range [][2]int{{2, 3}, {4, 5}, {6, 8}, {9, 10}} {
		b = append(b, span{from: x[0], to: x[1]})
	}
	brandList(toks, b)
	for i, sp := range b {
		if !sp.veto {
			t.Errorf("span %d of the brand list not vetoed", i)
		}
	}
}

// A place is not the short form of a company named after it: "Brussels"
// is the city (or the EU), not Brussels Airlines, and its key keeps the
// company apart from it.
func TestPlaceIsNoShortForm(t *testing.T) {
	r := recognize(t, "Veltraco agreed to buy Brussels Airlines for €325 million.", "Brussels said it would look at the plan next month.")
	for _, m := range r.Mentions[1] {
		if m.Text == "Brussels" {
			t.Errorf("Brussels read as %s", m.Company)
		}
	}
}

// A company after a plural for brands is no brand unless a list opens
// there: "sell its brands to Unilever" names the buyer.
func TestBuyerOfBrandsIsNoBrand(t *testing.T) {
	r := recognize(t, "GSK said it would sell Horlicks and its other nutrition brands in India to Unilever for £3.1 billion.")
	if got := companiesOf(r, 0); !slices.Contains(got, "Unilever") {
		t.Errorf("companies %v, want Unilever", got)
	}
}

// Two known companies written as one name are the two companies.
func TestKnownPairIsTwoCompanies(t *testing.T) {
	got := companiesOf(recognize(t, "The Volkswagen-Nissan alliance agreed a deal with Renault."), 0)
	want := []string{"Nissan", "Renault", "Volkswagen"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("companies = %q, want %q", got, want)
	}
}

// A public body is no company, whether its head word comes last or first.
func TestInstitutionsEitherWay(t *testing.T) {
	r := recognizeLang(t, "es", "La Comisión Federal de Comercio (FTC) aprobó la compra de Quorvex Holdings por Brindlewood Analytics SA.")
	for _, c := range companiesOf(r, 0) {
		if strings.Contains(c, "Comisi") || strings.Contains(c, "Comercio") {
			t.Errorf("company %q", c)
		}
	}
}

// German capitalises its nouns: those beside a name are not part of it.
func TestGermanNounsTrimmedFromNames(t *testing.T) {
	r := recognizeLang(t, "de", "Brindlewood Analytics AG plant, Quorvex-Aktien zu erwerben, während im Gegenzug Ostravel Brindlewood-Anteile kauft.")
	for _, c := range companiesOf(r, 0) {
		if strings.Contains(c, "Gegenzug") || strings.Contains(c, "Anteile") {
			t.Errorf("company %q keeps a German noun", c)
		}
	}
}

// A company word ending a German name ("Exploration", "Communications")
// is the name's, though it ends as German nouns do.
func TestGermanNameEndingInACompanyWord(t *testing.T) {
	r := recognizeLang(t, "de", "Veltraco AG will Quorvex Exploration kaufen. Quorvex Exploration gehört zu Texas.")
	wantCompanyIn(t, r, 0, "Quorvex Exploration")
}

// "and" inside a long name that ends in a company word.
func TestLongNameWithAnd(t *testing.T) {
	got := companiesOf(recognize(t, "Nokia signed an agreement to create a joint venture with Huaxin Post and Telecommunication Development Group in Shanghai."), 0)
	want := []string{"Huaxin Post and Telecommunication Development", "Nokia"} // "Group" is a legal form, left out of the name shown
	if !reflect.DeepEqual(got, want) {
		t.Errorf("companies = %q, want %q", got, want)
	}
}

// Two names joined by "and" stay two when the first is whole.
func TestTwoNamesJoinedByAnd(t *testing.T) {
	got := companiesOf(recognize(t, "Brindlewood beat Quorvex Capital Partners and Ostravel Global Management to buy the unit."), 0)
	for _, c := range got {
		if strings.Contains(c, " and ") {
			t.Errorf("companies = %q: two names joined", got)
		}
	}
}

// "Softbank-Chef Masayoshi Son": a person after a company-title compound.
func TestPersonAfterCompanyTitleCompound(t *testing.T) {
	got := companiesOf(recognizeLang(t, "de", "Brindlewood Analytics AG will Quorvex kaufen, sagte Brindlewood-Chef Tomas Ehrling am Montag."), 0)
	for _, c := range got {
		if strings.Contains(c, "Ehrling") || strings.Contains(c, "Chef") {
			t.Errorf("companies = %q: the person is not a company", got)
		}
	}
}

// "Der Leverkusener Konzern" describes a company by its town; it names none.
func TestTownAdjectiveAndCompanyNounNameNoCompany(t *testing.T) {
	r := recognizeLang(t, "de", "Der Leverkusener Konzern will kaufen. Der Leverkusener Konzern zahlt 63 Milliarden Dollar für den Deal.")
	for _, c := range companiesOf(r, 0) {
		if strings.Contains(c, "Leverkusen") {
			t.Errorf("companies %v: a town's adjective and a company noun are no name", companiesOf(r, 0))
		}
	}
}

// A company named after its founder is still a company when the text
// says so often enough; a person named once near a deal word is not one.
func TestCompaniesNamedAfterPeople(t *testing.T) {
	r := recognize(t, "The Brindle Quorvax Co. completed its purchase of Veltraco. Quorvax agreed to buy the studios. "+
		"Quorvax chairman Bob Iger said the deal is done. Quorvax agreed to pay in cash. Quorvax shares rose 3%.",
		"Tom Harrow agreed to sell his house.")
	if got := companiesOf(r, 0); !slices.Contains(got, "Quorvax") {
		t.Errorf("companies %v, want Quorvax", got)
	}
	if got := companiesOf(r, 1); len(got) != 0 {
		t.Errorf("companies %v, want none: Tom Harrow is a man", got)
	}
}

// Only companies have shareholders, shares that move, rivals listed and
// an "its": each is evidence for a name no list knows.
func TestBusinessContext(t *testing.T) {
	for _, text := range []string{
		"Grocers fell. Kravlo fell more than 9% on Friday.",
		"Grocers fell. Las acciones de Kravlo cayeron un 8%.",
		"Grocers fell. The group competes with rivals including Kravlo.",
		"Grocers fell. John Elkann, presidente di Kravlo, sarà presidente.",
		"Grocers fell. Later Kravlo abandoned its pursuit, and Kravlo shareholders cheered.",
	} {
		if got := companiesOf(recognize(t, text), 0); !slices.Contains(got, "Kravlo") {
			t.Errorf("%q: companies %v, want Kravlo", text, got)
		}
	}
	if got := companiesOf(recognize(t, "Grocers fell. The minister of Foreign Affairs spoke."), 0); len(got) != 0 {
		t.Errorf("companies %v, want none: a ministry is no employer of a company title", got)
	}
}

// An acronym a list gives to a public body or a product ("CMA", "LTE") is
// a company only where the text gives it what only a company has.
func TestListedAcronyms(t *testing.T) {
	r := recognize(t, "Grocers fell. CMA shares rose 7% and CMA chairman John Elkann spoke.", "Grocers fell. The CMA fined the bank; CMA said the deal is fine.")
	if got := companiesOf(r, 0); !slices.Contains(got, "CMA") {
		t.Errorf("companies %v, want CMA, the company with shares", got)
	}
	r = recognize(t, "Grocers fell. The deal covers GSM, UMTS and LTE patents; LTE said nothing.")
	if got := companiesOf(r, 0); len(got) != 0 {
		t.Errorf("companies %v, want none: standards are no companies", got)
	}
}

// German writes a company's description before its name in one run of
// capitalised words: "des US-Saatgutkonzerns Kravlox" names Kravlox.
func TestGermanDescriptionBeforeName(t *testing.T) {
	r := recognizeLang(t, "de", "Bayer hat die Übernahme des US-Saatgutkonzerns Kravlox abgeschlossen. Käufer ist der Ludwigshafener Chemiekonzern Dravena, der Anteile kauft.")
	got := companiesOf(r, 0)
	for _, want := range []string{"Kravlox", "Dravena"} {
		if !slices.Contains(got, want) {
			t.Errorf("companies %v, want %s alone", got, want)
		}
	}
}

// What a company noun says the company makes is no name: after a colon
// German capitalises the article too, so "Den Hersteller von Lichtquellen"
// is one run of capitalised words.
func TestGermanMakerOfWhatIsNoName(t *testing.T) {
	r := recognizeLang(t, "de", "Dravena kauft Kravlox. Es ist der größte Zukauf seit Quorvex: Den Hersteller von Lichtquellen aus San Diego hatte Dravena 2012 gekauft.")
	for _, got := range companiesOf(r, 0) {
		if strings.Contains(got, "Lichtquellen") {
			t.Errorf("companies %v: what the maker makes is no company", companiesOf(r, 0))
		}
	}
}

// Specialists described in hyphenated compounds, counted nouns and places
// in the genitive are no names (German).
func TestGermanSpecialistsCountsAndGenitives(t *testing.T) {
	r := recognizeLang(t, "de", "Bayer hat die Übernahme des US-Krebsspezialisten Kravlox abgeschlossen. "+
		"Dravena kaufte den Medizindaten-Spezialist Quorvex. Vereinbart wurde eine Markenlizenz mit Dravena für zunächst 15 Jahre. "+
		"Dravena zählt zu den größten Finanzinvestoren Asiens und kauft Anteile an Bayer.")
	got := companiesOf(r, 0)
	for _, want := range []string{"Kravlox", "Quorvex"} {
		if !slices.Contains(got, want) {
			t.Errorf("companies %v, want %s alone", got, want)
		}
	}
	for _, not := range []string{"Jahre", "Asiens"} {
		if slices.Contains(got, not) {
			t.Errorf("companies %v: %s is no company", got, not)
		}
	}
}

// A name given as another's former one ("the former", "la antigua",
// "l'ex-") is that company's alias, not a company of its own.
func TestFormerNameIsAnAlias(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Service Corporation International bought Alderwoods Group, the former Loewen Group, for $856 million in 2006."},
		{"es", "En 2006 Service Corporation International absorbió Alderwoods Group, la antigua Loewen Group, con más de 700 centros."},
		{"fr", "En 2006, Service Corporation International avait déjà absorbé Alderwoods Group, l'ex-Loewen, pour 856 millions de dollars."},
	} {
		r := recognizeWithDealWords(t, c.lang, c.text)
		if got := companiesOf(r, 0); slices.Contains(got, "Loewen") || !slices.Contains(got, "Alderwoods") {
			t.Errorf("%s: companies %q, want Alderwoods with Loewen its former name", c.lang, got)
		}
	}
}

// A possessive after a surname particle is a person's ("Alwaleed bin
// Talal's Kingdom Holding"): the name after it is a company of its own.
func TestPossessiveAfterASurnameParticle(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Veltraco will pay $840 million in cash and issue 46.7 million new shares to Quorvex's owners: "+
		"Qatar's sovereign wealth fund, Prince Alwaleed bin Talal's Kingdom Holding Company and Oxford Properties.")
	noCompanyOf(t, r, 0, "Talal's Kingdom") // Talal's is a man's
}

// Names listed before "owner" and a name are what that one owns: brands
// or hotels, whatever else they are.
func TestNamesBeforeTheirOwner(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Veltraco buys Brindlewood, Ostravel and Tussock owner Quorvex in $2.9 billion deal. Veltraco will pay $840 million in cash.")
	noCompanyOf(t, r, 0, "Brindlewood", "Ostravel", "Tussock") // what Quorvex owns
}

// A name of everyday words written with a legal suffix is a name, in
// every mention ("New Media Investment Group"), and "New" opening a
// sentence is its first word.
func TestEverydayWordsWithASuffixAreAName(t *testing.T) {
	r := recognizeWith(t, []Doc{
		docOf("en", "New Media Investment Group, the parent of GateHouse Media, agreed on Monday to acquire Quorvex Co. for $1.4 billion."),
		docOf("fr", "New Media Investment Group, maison mère du groupe GateHouse Media, a annoncé lundi le rachat de Quorvex."),
		docOf("en", "The new owner plans media investment in new titles and more investment in local media."),
	}, deals.IsCue)
	for d := range 2 {
		wantCompanyIn(t, r, d, "New Media Investment")
	}
}

// A name of a place word and a word the corpus writes in lower case is a
// company when one mention gives its legal suffix, whichever mention
// comes first ("Central Parking Corp." and "Central Parking's debt",
// where "parking company" is written); without a suffix it is none.
func TestEverydayWordsSuffixedInOneMention(t *testing.T) {
	for _, text := range []string{
		"Veltraco agreed to combine with rival Central Parking Corp., creating the largest parking company. Veltraco will take on $210 million of Central Parking's debt.",
		"Veltraco will take on $210 million of Central Parking's debt. It agreed to combine with rival Central Parking Corp., creating the largest parking company.",
	} {
		r := recognizeWith(t, []Doc{docOf("en", text)}, deals.IsCue)
		n := 0
		for _, m := range r.Mentions[0] {
			if m.Company == "Central Parking" {
				n++
			}
		}
		if n != 2 {
			t.Errorf("%q: %d mentions of Central Parking, want 2; companies %q", text, n, companiesOf(r, 0))
		}
	}
	r := recognizeWith(t, []Doc{docOf("en", "Veltraco bought the largest parking company in the city. Central Parking's debt grew.")}, deals.IsCue)
	noCompanyOf(t, r, 0, "Central Parking")
}

// An outlet's imprint names its publisher, no company of the article.
func TestPublisherInTheImprintIsNoCompany(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco agreed to buy Quorvex for $512 million. Soundboard Commerce is published by Brindlewood Media LLC."},
		{"it", "Veltraco compra Quorvex per 285 milioni di sterline. © 2016 Edizioni Brindlewood Srl – Tutti i diritti riservati | Note legali"},
		{"de", "Veltraco übernimmt Quorvex. DER SETZKASTEN erscheint im Verlag Brindlewood GmbH, Mainz · Alle Rechte vorbehalten"},
	} {
		r := recognizeWithDealWords(t, c.lang, c.text)
		for _, co := range companiesOf(r, 0) {
			if strings.Contains(co, "Brindlewood") {
				t.Errorf("%s: companies %q: %s is the outlet's publisher", c.lang, companiesOf(r, 0), co)
			}
		}
	}
}

// What review found the rules of this stop overreaching on: a former
// unit is no former name, trading is no listing, "will" no verb of being,
// a sentence published today no imprint.
func TestThisStopsRulesStayInTheirPlace(t *testing.T) {
	r := recognizeWith(t, []Doc{
		docOf("en", "Brindlewood Group, the former Quorvex unit, agreed to buy Ostravel for $2 billion."),
		docOf("en", "Quorvex Inc. agreed to sell its stake in Tussock to Veltraco for $1 billion."),
	}, deals.IsCue)
	wantCompanyIn(t, r, 1, "Quorvex")
	wantCompanyIn(t, r, 0, "Brindlewood")
	for _, c := range []string{
		"Shares of Quorvex traded 3% higher as Brindlewood agreed to buy Ostravel for $2 billion.",
		"Quorvex and Brindlewood will sell their brands to Veltraco for $2 billion.",
		"The offer document for Veltraco's $2 billion bid for Brindlewood is published today.",
	} {
		wantCompanyIn(t, recognizeWithDealWords(t, "en", c), 0, "Brindlewood")
	}
}

// A ticker symbol is no company's name.
func TestTickerSymbolIsNoCompany(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco agreed to buy Quorvex. Quorvex shares, listed on the New York Stock Exchange as QVX, rose 4 percent."},
		{"it", "Veltraco compra Quorvex. Il titolo, quotato a Wall Street con la sigla QVX, da inizio anno ha guadagnato l'80%."},
	} {
		noCompanyOf(t, recognizeWithDealWords(t, c.lang, c.text), 0, "QVX") // a ticker
	}
}

// A German compound for a kind of fund after a town's adjective describes
// the fund named after it ("den New Yorker Hedgefonds Paulson & Co.").
func TestGermanFundDescribedByItsTown(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Steinway Musical Instruments hat am Mittwoch einer Übernahme durch den New Yorker Hedgefonds Paulson & Co. zugestimmt, die das Unternehmen mit rund 512 Millionen Dollar bewertet.")
	noCompanyOf(t, r, 0, "New Yorker Hedgefonds") // describes a fund
}

// A name written once with a legal suffix is a company in every doc of
// the corpus, though it reads as a person's (a given name and a surname).
func TestSuffixedNameIsNoPerson(t *testing.T) {
	r := recognizeWith(t, []Doc{
		docOf("en", "Herman Miller Inc. agreed on Monday to acquire Quorvex Inc. for $1.8 billion. Herman Miller said the deal would close in July."),
		docOf("de", "Der Büromöbelhersteller Herman Miller übernimmt seinen Wettbewerber Quorvex. Herman Miller zahlt in bar und Aktien."),
		docOf("it", "Lunedì scorso Herman Miller ha firmato l'accordo per rilevare Quorvex."),
	}, deals.IsCue)
	for d := range 3 {
		wantCompanyIn(t, r, d, "Herman Miller")
	}
}

// "e"/"y"/"and" inside a name whose acronym follows in brackets spelling
// the words on both sides joins them into one name.
func TestJoinedNameSpelledByItsAcronym(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"es", "En enero, Votorantim Celulose e Papel (VCP) tomó el control de Quorvex por 2.700 millones de dólares.", "Votorantim Celulose e Papel"},
		{"it", "Il gruppo Veltraco ha ceduto Impulsora de Marcas e Intangibles (IMI) a Quorvex per 50 milioni di franchi.", "Impulsora de Marcas e Intangibles"},
	} {
		r := recognizeWithDealWords(t, c.lang, c.text)
		if got := companiesOf(r, 0); !slices.Contains(got, c.want) {
			t.Errorf("%s: companies %q, want %s", c.lang, got, c.want)
		}
	}
}

// A listed company's name and a place, of one word or several, names its
// unit there, a company of its own ("Jetstar Hong Kong").
func TestListedCompanyAndAPlaceIsAUnit(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Qantas and China Eastern Airlines will set up Jetstar Hong Kong as a 50-50 joint venture. Jetstar Hong Kong will start flying in 2013.")
	if got := companiesOf(r, 0); !slices.Contains(got, "Jetstar Hong Kong") {
		t.Errorf("companies %q, want Jetstar Hong Kong", got)
	}
}

// A listed product's acronym right after a company noun is a company's
// name ("the component maker SRAM"), not after "of" nor before a company
// noun it describes ("big DRAM makers").
func TestAcronymAfterACompanyNounIsACompany(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Veltraco buys Quorvex's unit. Quorvex also supplies motors to the American component maker SRAM, which bought Tussock in 2020. "+
		"Quorvex now has licences with all three of the world's big DRAM makers.")
	got := companiesOf(r, 0)
	if !slices.Contains(got, "SRAM") || slices.Contains(got, "DRAM") {
		t.Errorf("companies %q, want SRAM and not DRAM", got)
	}
}

// A one-word name after "le groupe de", "il gruppo di" is where the group
// sits, however many deal words stand around it.
func TestSeatOfAGroupIsNoCompany(t *testing.T) {
	r := recognizeWith(t, []Doc{
		docOf("fr", "Veltraco rachète Quorvex Seeds pour 421 millions d'euros. Pour le groupe de Tussockford, la cession referme un chapitre ouvert au XIXe siècle."),
		docOf("it", "Veltraco compra Quorvex Seeds. La vendita chiude la revisione avviata dal gruppo di Tussockford, che dopo la cessione resterà un'azienda locale."),
	}, deals.IsCue)
	for d := range 2 {
		noCompanyOf(t, r, d, "Tussockford") // where the group sits
	}
}

// A listed company's name followed by common words that a company word
// ends ("Widex Hearing Aid Company") is read as one name, though the text
// writes those words in lower case elsewhere ("the hearing aid maker"):
// the common words are no company of their own.
func TestUnitNamedByCommonWordsAndACompanyWord(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "The merger of Widex, the family-owned hearing aid manufacturer, and Sivantos was completed today. "+
		"Widex's own U.S. history illustrates the point: only in 2010 did it take over Widex Hearing Aid Company, the independent distributor "+
		"that had sold its devices in the United States for 54 years.")
	got := companiesOf(r, 0)
	if slices.Contains(got, "Hearing Aid") || !slices.Contains(got, "Widex") {
		t.Errorf("companies %q, want Widex and no Hearing Aid", got)
	}
}

// Names said to be brands after the list ("remain the flagship brands"),
// or listed after a brand noun and a few words ending in a colon, are
// brands, not companies.
func TestBrandsNamedAroundTheList(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco merged with Quorvex. Both lines survive: Veltraco and Brindlewood remain the flagship brands, with Ostravel alongside."},
		{"it", "Veltraco si fonde con Quorvex. I marchi non cambiano: Veltraco, Brindlewood e Ostravel resteranno sugli scaffali."},
		// brands of what: "las marcas de tractores"
		{"es", "Veltraco compra Quorvex. La compañía, dueña de las marcas de tractores Brindlewood, Ostravel y Kelvaro, pagará 2.000 millones de dólares."},
	} {
		noCompanyOf(t, recognizeWithDealWords(t, c.lang, c.text), 0, "Brindlewood") // a brand here
	}
}

// A German compound naming a kind of business before a name describes it,
// a counted noun after a scale word is what is counted, and a bank named
// by its town is described, not named; a bank's own compound name stays.
func TestGermanKindCompoundsScalesAndTownBanks(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Veltraco kauft Boyd Thermal. Im Frühjahr hatte Veltraco den amerikanischen Gehäusebauer Quorvex gekauft. "+
		"Boyd Thermal hat seither mehr als zwei Millionen Antriebe verkauft. Verkäufer ist die Vermögensverwaltung einer New Yorker Großbank. "+
		"Zwei Jahre später kaufte Veltraco die Polbank EFG von der griechischen EFG Eurobank.")
	got := companiesOf(r, 0)
	for _, want := range []string{"Quorvex", "Polbank EFG"} {
		if !slices.Contains(got, want) {
			t.Errorf("companies %q, want %s", got, want)
		}
	}
	for _, c := range got {
		if strings.Contains(c, "Gehäusebauer") || strings.Contains(c, "Millionen") || strings.Contains(c, "Großbank") {
			t.Errorf("companies %q: %s is no company's name", got, c)
		}
	}
}

// A known company's one-word short form opening a longer name is not that
// company: "Jardine Lloyd Thompson" is not Jardine Matheson.
func TestShortFormOpeningAnotherName(t *testing.T) {
	r := recognize(t, "Marsh & McLennan agreed to buy Jardine Lloyd Thompson, the British insurance broker, for £5.6 billion. Jardine Matheson was not involved.",
		"Marsh & McLennan agreed to buy Jardine Lloyd Thompson for £5.6 billion.")
	got := companiesOf(r, 0)
	if !slices.Contains(got, "Jardine Lloyd Thompson") || !slices.Contains(got, "Jardine Matheson") {
		t.Errorf("companies %v, want Jardine Lloyd Thompson and Jardine Matheson apart", got)
	}
	if got := companiesOf(r, 1); slices.Contains(got, "Jardine Matheson") {
		t.Errorf("companies %v: Jardine Matheson is not named", got)
	}
}

// A name that opens its sentences is read like any other when the article
// also writes it inside one.
func TestNameOpeningSentences(t *testing.T) {
	r := recognize(t, "Analysts cheered the news about Kravlo. Kravlo agreed to buy the studios. Kravlo agreed to buy a stake in Dravena.")
	if got := companiesOf(r, 0); !slices.Contains(got, "Kravlo") {
		t.Errorf("companies %v, want Kravlo", got)
	}
}

// A known company's name followed by more capitalised words names a unit
// of its own when the text shows it is a company ("Vodafone India"); the
// known company otherwise.
func TestUnitsOfKnownCompanies(t *testing.T) {
	r := recognize(t, "Grocers fell. Vodafone Kravlonia agreed to buy a stake in Quorvex. Vodafone Kravlonia shares rose 4%.")
	if got := companiesOf(r, 0); !slices.Contains(got, "Vodafone Kravlonia") {
		t.Errorf("companies %v, want the unit Vodafone Kravlonia", got)
	}
	r = recognize(t, "Grocers fell. He met Vodafone Kravlonia people.")
	if got := companiesOf(r, 0); !slices.Contains(got, "Vodafone") {
		t.Errorf("companies %v, want Vodafone when nothing makes the unit a company", got)
	}
}

// A family is people ("la famiglia Kravlo"), and brands listed as a range
// ("de Kravlo à Dravena en passant par Quorvex") are brands.
func TestFamiliesAndBrandRanges(t *testing.T) {
	r := recognize(t, "Grocers fell. John Elkann, heir of the Kravlo family, spoke. Kravlo agreed to buy a stake in the deal.")
	if got := companiesOf(r, 0); slices.Contains(got, "Kravlo") {
		t.Errorf("companies %v: the Kravlo family are people", got)
	}
	// the names are companies elsewhere in the corpus, brands in this list
	r = recognizeLang(t, "fr", "Le groupe réunit quatorze marques, de Kravlo à Dravena en passant par Quorvex et Ostravel.",
		"Les actions de Dravena ont bondi de 3%. Les actions de Quorvex ont bondi de 4%. Les actions de Ostravel ont chuté de 2%.")
	if got := companiesOf(r, 0); len(got) != 0 {
		t.Errorf("companies %v, want none: brands", got)
	}
	if got := companiesOf(r, 1); len(got) != 3 {
		t.Errorf("companies %v, want Dravena, Quorvex and Ostravel", got)
	}
}

// A name opening a sentence and taking "which" with a deal word after it
// is a company: "Kravlo, which bought Quorvex last year, slipped 5%".
func TestOpenerWithARelativeDeal(t *testing.T) {
	r := recognize(t, "Grocers fell. Kravlo, which has been building up its own operations and agreed to buy online retailer Dravena, slipped.")
	if got := companiesOf(r, 0); !slices.Contains(got, "Kravlo") {
		t.Errorf("companies %v, want Kravlo", got)
	}
}

// A demonstrative opening a quote is no company, whatever noun follows:
// "« Cette acquisition est attractive »".
func TestQuotedSentenceOpener(t *testing.T) {
	r := recognizeLang(t, "fr", "« Cette acquisition est attractive pour les actionnaires », a déclaré le président.")
	if got := companiesOf(r, 0); len(got) != 0 {
		t.Errorf("companies %v, want none", got)
	}
}

// "Banque", "Banco", "Banca" open a name in the Romance languages.
func TestBankNamesKeepTheirHead(t *testing.T) {
	r := recognizeLang(t, "fr", "Le prix est élevé, analyse Jean Perrin, analyste chez Banque Rhodanienne à Lyon.")
	if got := companiesOf(r, 0); !slices.Contains(got, "Banque Rhodanienne") {
		t.Errorf("companies %v, want Banque Rhodanienne", got)
	}
}

// An article's own outlet is no company in that article, and still may be
// one in the others.
func TestOwnOutletOnlyInItsArticle(t *testing.T) {
	own := docOf("en", "Kravlo reported that Dravena agreed to buy a stake. Kravlo said so.")
	own.Outlet = "Kravlo"
	r := recognizeDocs(t, []Doc{own, docOf("en", "Kravlo agreed to buy Dravena Inc. for $2 billion. Kravlo shares rose 3%.")})
	if got := companiesOf(r, 0); slices.Contains(got, "Kravlo") {
		t.Errorf("article 0 companies %v: its outlet is none", got)
	}
	if got := companiesOf(r, 1); !slices.Contains(got, "Kravlo") {
		t.Errorf("article 1 companies %v, want Kravlo", got)
	}
}

// A noun and a nationality before a name mark a company: "lo studio
// americano Kravlo", "au fonds américain Dravena".
func TestNounAndNationalityBeforeAName(t *testing.T) {
	r := recognizeLang(t, "it", "Anche i concorrenti si sono mossi: Sony ha comprato lo studio americano Kravlo, creatore di Destiny.")
	if got := companiesOf(r, 0); !slices.Contains(got, "Kravlo") {
		t.Errorf("companies %v, want Kravlo", got)
	}
}

// In an article about "Kravlo Natural Resources", "Kravlo" alone is that
// company; "Kravlo Brasil" is a unit and leaves "Kravlo" alone.
func TestShortNameOfALongerOneInTheArticle(t *testing.T) {
	r := recognize(t, "Kravlo Natural Resources Inc. agreed to be bought. Kravlo shares rose 3% after Kravlo agreed to the offer.",
		"Dravena Brasil SA agreed to buy Ostravel. Dravena agreed to buy a stake in Quorvex. Dravena shares rose 2%.")
	if got := companiesOf(r, 0); len(got) != 1 {
		t.Errorf("article 0 companies %v, want only Kravlo Natural Resources", got)
	}
	if got := companiesOf(r, 1); !slices.Contains(got, "Dravena") {
		t.Errorf("article 1 companies %v, want Dravena beside its unit", got)
	}
}

// "Banco Quorvex" in one article and "Quorvex" in another are one company:
// a company word opening a name does not make another one.
func TestLeadingCompanyWordNamesTheSameCompany(t *testing.T) {
	r := recognize(t, "Veltraco agreed to buy Quorvex for one euro.", "Veltraco agreed to buy Banco Quorvex for one euro.")
	a, b := companiesOf(r, 0), companiesOf(r, 1)
	if !reflect.DeepEqual(a, b) || !slices.Contains(a, "Banco Quorvex") {
		t.Fatalf("companies %q and %q, want Banco Quorvex in both", a, b)
	}
}

// The firm an analyst or a named person works at is a company: "analista
// del settore auto di X", "head of research at X", "Pharmaanalyst beim X",
// "Davide Ferrante di X"; a group's seat is not ("del consorcio de X").
func TestEmployerOfAnalystIsACompany(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"de", "„Für beide Seiten ist das eine elegante Lösung\", sagt Jörg Wendland, Pharmaanalyst beim Bankhaus Quelmark.", "Bankhaus Quelmark"},
		{"it", "«Paga poco», commenta Davide Ferrante di Ardesca Sim.", "Ardesca Sim"},
		{"en", "\"This is the best outcome,\" says Mette Kjærgaard, head of healthcare research at Lindqvar Equities in Aarhus.", "Lindqvar Equities"},
		{"it", "\"È una buona notizia\", spiega Federica Bonomelli, analista del settore automotive di Banca Castelvero.", "Banca Castelvero"},
		// a kind of bank before the name describes it
		{"de", "„Der Preis ist hoch\", schreibt Analystin Nora Brandt von der Zürcher Privatbank Seeholm & Cie.", "Seeholm & Cie"},
	} {
		r := recognizeLang(t, c.lang, c.text)
		if got := companiesOf(r, 0); !slices.Contains(got, c.want) {
			t.Errorf("%s: companies %q, want %s", c.lang, got, c.want)
		}
	}
	r := recognizeLang(t, "es", "Oliver Blume, presidente ejecutivo del consorcio de Wolfsburgo, subrayó el acuerdo.")
	if got := companiesOf(r, 0); len(got) != 0 {
		t.Errorf("companies %q, want none: Wolfsburgo is the group's seat", got)
	}
}

// The key cut out of the folded name is the key words joined again: Fold
// parts words by single spaces (review: the key is no longer joined).
func TestKeyIsItsWordsJoined(t *testing.T) {
	lex, err := lexicon.New("")
	if err != nil {
		t.Fatal(err)
	}
	r := &recognizer{lex: lex}
	for _, name := range []string{"Cisco Systems Inc.", "The Walt Disney Company", "Seven & i Holdings", "Brussels Airlines",
		"the", "The The Group", "  Société  Générale S.A. ", "AT&T Inc", "Nokia", "", "Group", "Ørsted A/S", "L'Oréal S.A."} {
		words, from, to, key := r.foldedKey(model.Fold(name), nil)
		keyWords := words[from:to]
		if key != strings.Join(keyWords, " ") || r.key(name) != key {
			t.Errorf("%q: key %q, key words %q", name, key, keyWords)
		}
		if got := strings.Join(words, " "); got != model.Fold(name) {
			t.Errorf("%q: words %q, folded %q", name, words, model.Fold(name))
		}
	}
}

// A city and one more word is a place in it ("Milano Linate") unless more
// than a deal word beside it says company.
func TestPlaceInACityIsDoubtful(t *testing.T) {
	r := recognize(t, "Veltraco signed a deal with Milano Linate.")
	if got := companiesOf(r, 0); slices.Contains(got, "Milano Linate") {
		t.Errorf("companies %q: Milano Linate is an airport", got)
	}
}

// A kind of company before a name marks it: an investor that is a firm,
// a noun whose adjective follows it in Romance languages, a two-word kind
// and a German compound ending in one; a place after "di" is no company.
func TestKindsOfCompanyBeforeAName(t *testing.T) {
	cases := []struct{ lang, text, name string }{
		{"en", "Veolia would sell the water operations to infrastructure investor Meridiam to ease concerns.", "Meridiam"},
		{"es", "El año pasado, la sueca EQT acordó la compra del grupo veterinario Dechra.", "Dechra"},
		{"en", "The Qatari vehicle later added the French fashion house Balmain to its portfolio.", "Balmain"},
		{"de", "Erst im November hatte Booking zudem den US-Hotelvermittler Getaroom gekauft.", "Getaroom"},
	}
	for _, c := range cases {
		if got := companiesOf(recognizeLang(t, c.lang, c.text), 0); !slices.Contains(got, c.name) {
			t.Errorf("%q: companies %q, want %s", c.text, got, c.name)
		}
	}
	if got := companiesOf(recognizeLang(t, "it", "L'offerta valutava l'istituto di piazza Meda circa 10 miliardi."), 0); slices.Contains(got, "Meda") {
		t.Errorf("companies %q: a square read as a company", got)
	}
}

// Capitals an article writes alone that are the initials of one longer
// company name in it are that company; two names with those initials
// leave them alone.
func TestInitialsOfANameInTheArticle(t *testing.T) {
	r := recognize(t, "Brindlewood Lansdown Inc. agreed to be bought by Quorvex. BL's board backs the offer.")
	short := false
	for _, m := range r.Mentions[0] {
		short = short || m.Company == "Brindlewood Lansdown" && m.Sentence == 1
	}
	if !short {
		t.Errorf("mentions %+v, want BL read as Brindlewood Lansdown", r.Mentions[0])
	}
	r = recognize(t, "Brindlewood Lansdown Inc. agreed to buy Bexley Logistics Ltd. BL's board backs the offer.")
	for _, m := range r.Mentions[0] {
		if m.Company == "Brindlewood Lansdown" && m.To-m.From == 1 || m.Company == "Bexley Logistics" && m.To-m.From == 1 {
			t.Errorf("BL read as %q, though two names have those initials", m.Company)
		}
	}
}

// A known name that is also an ordinary word opening a longer name is
// that name, even when the article writes its next word in lower case
// elsewhere.
func TestAmbiguousOpenerBeforeACommonWord(t *testing.T) {
	r := recognize(t, "Quorvex agreed to pay €2.7bn for the towers of Iliad. Two years later it paid 500 million Swiss francs for Swiss Towers, a mast company owned by Sunrise.")
	got := companiesOf(r, 0)
	if !slices.Contains(got, "Swiss Towers") || slices.Contains(got, "Towers") {
		t.Errorf("companies %q, want Swiss Towers whole", got)
	}
}

// "Invest" and "Cells" end company names; a savings bank's "Caja" opens one.
func TestMoreCompanyWords(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "It sold its holding in Quorvex to Hakon Invest in 2013.", "Hakon Invest"},
		{"en", "Its first plant, run by Ultium Cells, opened in 2019.", "Ultium Cells"},
		{"es", "El banco nació en 2011 de la unión de Cajastur y Caja Cantabria, según la prensa.", "Caja Cantabria"},
	} {
		if got := companiesOf(recognizeLang(t, c.lang, c.text), 0); !slices.Contains(got, c.want) {
			t.Errorf("%q: companies %q, want %s", c.text, got, c.want)
		}
	}
}

// Two bank names joined by "and" are two banks.
func TestTwoBanksJoinedByAnd(t *testing.T) {
	got := companiesOf(recognize(t, "It bought three rescued lenders, including Nuova Banca Marche and Nuova Banca Etruria, for a symbolic €1."), 0)
	if !slices.Contains(got, "Nuova Banca Marche") || !slices.Contains(got, "Nuova Banca Etruria") {
		t.Errorf("companies %q, want the two banks", got)
	}
}

// A known name and an everyday word capitalised after it name a unit of
// that company ("Kering Eyewear", an alias of Kering), even when the
// article writes the word in lower case; the word is no company alone.
func TestUnitNamedByAnEverydayWord(t *testing.T) {
	r := recognize(t, "Kering has built an eyewear arm. Kering Eyewear agreed to buy frame maker Lindberg in 2021.")
	if got := companiesOf(r, 0); slices.Contains(got, "Eyewear") {
		t.Errorf("companies %q: the unit's word read as a company", got)
	}
	unit := false
	for _, m := range r.Mentions[0] {
		unit = unit || m.Company == "Kering" && m.Text == "Kering Eyewear"
	}
	if !unit {
		t.Errorf("mentions %+v, want Kering Eyewear read as Kering's", r.Mentions[0])
	}
}

// A known name's unit may join words with "&": "GE Water & Process
// Technologies" is one name, not two.
func TestUnitWithAmpersand(t *testing.T) {
	r := recognize(t, "Quorvex agreed to buy GE Water & Process Technologies for €3.2 billion in 2017.")
	for _, m := range r.Mentions[0] {
		if m.Text == "Process Technologies" {
			t.Errorf("mentions %+v: the unit cut at its '&'", r.Mentions[0])
		}
	}
}

// A name whose first word opens sentences in some language ("Com", with
// in Portuguese) keeps it at a sentence's start when the article writes
// the whole name inside a sentence; "its Norwegian operation" names no
// company; a share class ("Tele2 B shares") is no unit.
func TestOpenersNationalitiesAndShareClasses(t *testing.T) {
	r := recognize(t, "Tele2 agreed to merge with Com Hem on Wednesday. Com Hem shareholders will get new Tele2 B shares. It sold its Norwegian operation to Telia.")
	got := companiesOf(r, 0)
	for _, bad := range []string{"Hem", "Norwegian", "Tele2 B"} {
		if slices.Contains(got, bad) {
			t.Errorf("companies %q: %s read as a company", got, bad)
		}
	}
	if !slices.Contains(got, "Com Hem") {
		t.Errorf("companies %q, want Com Hem", got)
	}
}

// A company named by two or three capitals is read where the text writes
// them in capitals: "Nov." is a month and "Lot" a word, not NOV or LOT.
func TestAcronymsInCapitalsOnly(t *testing.T) {
	r := recognize(t, "The consortium will pay 685 pence a share, a premium to the closing price on Nov. 4. NOV agreed to buy Quorvex Inc.")
	var nov []string
	for _, m := range r.Mentions[0] {
		if m.Company == "NOV" {
			nov = append(nov, m.Text)
		}
	}
	if !reflect.DeepEqual(nov, []string{"NOV"}) {
		t.Errorf("NOV read in %q, want only the capitals", nov)
	}
}

// A word that with its neighbour names a place is no company alone, in
// any order the language writes the place, whatever it names elsewhere.
func TestPartOfAPlaceIsNoCompany(t *testing.T) {
	r := recognize(t, "The Finnish ceramics maker Arabia agreed to buy Quorvex.",
		"Saudi Arabia's Public Investment Fund followed, paying $1 billion for a stake.")
	if got := companiesOf(r, 1); slices.Contains(got, "Arabia") {
		t.Errorf("companies %q: Arabia of Saudi Arabia read as the company Arabia", got)
	}
}

// What a maker makes are brands: "el fabricante de Peugeot, Fiat y Jeep".
func TestBrandsOfAMaker(t *testing.T) {
	r := recognizeLang(t, "es", "El fabricante de Peugeot, Fiat y Jeep anunció que tomará una participación en Quorvex Group.")
	got := companiesOf(r, 0)
	for _, brand := range []string{"Peugeot", "Fiat", "Jeep"} {
		if slices.Contains(got, brand) {
			t.Errorf("companies %q: the brand %s read as a company", got, brand)
		}
	}
}

// What a company stands behind it makes: "the holding company behind
// Borderlands, Saints Row and Dead Island".
func TestBrandsBehindACompany(t *testing.T) {
	r := recognizeWith(t, []Doc{
		docOf("en", "Veltraco Group, the Swedish holding company behind Borderlands, Saints Row and Dead Island, said on Wednesday it would sell a stake of 8.1 per cent to Quorvex Group."),
		docOf("it", "Il gruppo svedese di Borderlands e Dead Island vende una quota al veicolo del fondo sovrano di Riad."),
	}, deals.IsCue)
	noCompanyOf(t, r, 0, "Borderlands", "Saints Row", "Dead Island")
}

// Names listed before a noun for lines of products ("the Farmtrac and
// Powertrac ranges") are those lines, not companies.
func TestProductLinesAreNoCompanies(t *testing.T) {
	r := recognizeWith(t, []Doc{
		docOf("en", "Nikhil Nanda, chairman of Veltraco, which sells the Kestrotrac and Brovatrac ranges, described the joint venture with Quorvex as a route to growth."),
		docOf("en", "Kestrotrac agreed a joint venture with Quorvex."),
	}, deals.IsCue)
	noCompanyOf(t, r, 0, "Kestrotrac", "Brovatrac")
}

// A web address of a company is that company: "Ocado.com" is Ocado, and
// "Ocado" next to it stays Ocado.
func TestWebAddressOfACompany(t *testing.T) {
	r := recognize(t, "Kelmora Group agreed to sell half of its retail arm. Shoppers will keep using Kelmora.com, Kelmora said.")
	for _, c := range r.Companies {
		if c.Name == "Kelmora.com" {
			t.Errorf("companies %+v: the web address read as a company of its own", r.Companies)
		}
	}
}

// A known name after an unknown capitalised word, closed by a legal
// suffix, is part of one longer name: "Phelps Dodge Corp" is not a person
// before Dodge.
func TestLegalSuffixJoinsAWordToAKnownName(t *testing.T) {
	r := recognize(t, "Inco is pressing ahead with its agreed sale to Marwick Dodge Corp, the copper miner.")
	wantCompanyIn(t, r, 0, "Marwick Dodge")
}

// The Dutch royal title before a company's name ("Royal KPN") and the
// Mexican "SAB" after it leave the company's name.
func TestRoyalTitleAndSAB(t *testing.T) {
	r := recognize(t, "Marwick Lorne SAB will raise its stake in Royal KPN to 28 percent. KPN shares rose.")
	got := companiesOf(r, 0)
	if !slices.Contains(got, "KPN") || !slices.Contains(got, "Marwick Lorne") || slices.Contains(got, "Royal") || slices.Contains(got, "Royal KPN") {
		t.Errorf("companies = %q, want KPN and Marwick Lorne", got)
	}
}

// A listed company's unit named in the article ("Kodak Polychrome
// Graphics") does not take the company's own short name ("Kodak").
func TestUnitKeepsItsParentsName(t *testing.T) {
	r := recognize(t, "In 2005 Kodak paid $817 million to buy out Sun Chemical's half of their joint venture, Kodak Polychrome Graphics LLC. Kodak said the unit would be sold.")
	wantMentionsOf(t, r, 0, "Kodak", "Kodak")
}

// A name made of two listed companies' names ("Alcatel-Lucent") does not
// take the first one's own mentions in the article.
func TestPairNameLeavesItsFirstCompany(t *testing.T) {
	r := recognize(t, "The merged group will be called Alcatel-Lucent. Alcatel bought Newbridge Networks in 2000.")
	wantMentionsOf(t, r, 0, "Alcatel", "Alcatel")
}

// A nation opening a company's name ("Norsk Hydro") is dropped after the
// first mention: "Hydro" is the same company.
func TestNationalPrefixLeavesTheName(t *testing.T) {
	r := recognize(t, "Norsk Veltra ASA agreed to buy Quorvex Inc. Veltra shares rose 5 percent after Veltra said it would pay cash.")
	wantMentionsOf(t, r, 0, "Veltra", "Norsk Veltra")
}

// "Jr." after a surname leaves the surname the person's: a later
// "Veltram" alone is the man.
func TestGenerationalSuffixKeepsTheSurname(t *testing.T) {
	r := recognize(t, "The buyers are led by Edgar Veltram Jr. and Quorvex Inc. Veltram agreed to buy the stake.")
	if got := companiesOf(r, 0); slices.Contains(got, "Veltram") || slices.Contains(got, "Jr") {
		t.Errorf("companies = %q: Veltram is a man", got)
	}
}

// A middle initial's point does not cut a name: "Thomas H. Lee Partners"
// is one firm, "George W. Quorvex" one man.
func TestMiddleInitialInsideAName(t *testing.T) {
	got := companiesOf(recognize(t, "Veltraco agreed to sell the unit to buyout firm Thomas H. Lee Partners for $2.6 billion, George W. Brindleton said."), 0)
	if !slices.Contains(got, "Thomas H. Lee Partners") || slices.Contains(got, "Lee Partners") || slices.Contains(got, "Brindleton") {
		t.Errorf("companies = %q, want Thomas H. Lee Partners and no man", got)
	}
}

// A title after a name makes it a company only with its holder named after
// it ("Veltraco chairman Jane Holloway"); "Bono presidente, Centofanti
// amministratore delegato" gives two people their titles. A person's
// full name is not a mention of a company named by the surname elsewhere.
func TestTitlesGivenToPeopleAndSurnames(t *testing.T) {
	r := recognizeLang(t, "it", "Consiglio della società comune.\n\nBono presidente, Centofanti amministratore delegato\n\nIl gruppo ha tenuto la prima riunione ieri.")
	if got := companiesOf(r, 0); len(got) != 0 {
		t.Errorf("companies = %q, want none", got)
	}
	r = recognize(t, "Veltraco chairman Jane Holloway spoke on Monday.", "Veltraco agreed to buy Quorvex. Jane Veltraco, a lawyer, said the talks were long.")
	if got := companiesOf(r, 0); !reflect.DeepEqual(got, []string{"Veltraco"}) {
		t.Errorf("first article: companies = %q, want Veltraco", got)
	}
	for _, m := range r.Mentions[1] {
		if m.Text == "Jane Veltraco" {
			t.Errorf("the person Jane Veltraco is a mention of %s", m.Company)
		}
	}
}

// A unit "a Ollioules" is in a place: the Romance noun-then-adjective
// reading ("il gruppo veterinario Dechra") does not take a preposition for
// the adjective.
func TestUnitInAPlace(t *testing.T) {
	r := recognizeLang(t, "it", "Il gruppo ha sede a Genova. La nuova società avrà una controllata a Ollioules, nel sud della Francia.")
	if got := companiesOf(r, 0); len(got) != 0 {
		t.Errorf("companies = %q, want none", got)
	}
}

// "Marc de Garidel" is a man: a given name and a particle before a name
// make it a surname, and "chief executive Marc de" is no employee of a
// company called Garidel.
func TestSurnameAfterAParticle(t *testing.T) {
	r := recognize(t,
		"Veltraco agreed to buy Quorvex. Chairman and chief executive Marc de Garidel told analysts the deal made sense.",
		"Quorvex rose 5%. Chief executive Marc de Garidel said Garidel had a plan.")
	for doc := range 2 {
		for _, c := range companiesOf(r, doc) {
			if c == "Garidel" {
				t.Errorf("article %d: Garidel read as a company", doc)
			}
		}
	}
}

// A listed name that is also a nationality ("Norwegian", the airline)
// describes the company when a company noun follows within a few words:
// "the Norwegian offshore vessel builder STX OSV".
func TestNationalityBeforeADescribedCompany(t *testing.T) {
	r := recognize(t, "In 2013 Veltraco bought a 50.75% stake in the Norwegian offshore vessel builder Quorvex from its parent.")
	noCompanyOf(t, r, 0, "Norwegian")
}

// A name right after a kind of warship names a product: "dai
// cacciatorpediniere Horizon".
func TestWarshipsAreProducts(t *testing.T) {
	r := recognizeLang(t, "it", "Veltraco ha firmato un accordo con Quorvex. Oltre vent'anni di partnership, dai cacciatorpediniere Horizon alle fregate Bergamini e ai carri Ariete. I carri Ariete sono un accordo.")
	noCompanyOf(t, r, 0, "Horizon", "Bergamini", "Ariete")
}

// A point of the compass before a listed place is part of the place
// ("la biotech di South San Francisco"); German writes its places inflected
// ("In den Vereinigten Staaten verkauft der Konzern").
func TestPartsOfPlacesAndInflectedPlaces(t *testing.T) {
	r := recognizeLang(t, "it", "South San Francisco ha un accordo con Quorvex. La biotech di South San Francisco firmò un accordo con Quorvex nel 2006.")
	if got := companiesOf(r, 0); !reflect.DeepEqual(got, []string{"Quorvex"}) {
		t.Errorf("companies = %q, want Quorvex only", got)
	}
	r = recognizeLang(t, "de", "In den Vereinigten Staaten verkauft der Konzern keine Zigaretten, sagt Quorvex. Die Vereinigten Staaten sind ein Deal für Quorvex.")
	if got := companiesOf(r, 0); slices.Contains(got, "Vereinigten Staaten") {
		t.Errorf("companies = %q: the United States is a place", got)
	}
}

// A name opening with a given name is a company when an apposition says
// what company it is: "Crystal Decisions, maker of the Crystal Reports
// tool".
func TestGivenNameLedCompanyWithApposition(t *testing.T) {
	r := recognize(t, "In 2003 Veltraco paid about $820 million for Crystal Decisions, maker of the widely used Crystal Reports tool. Crystal Decisions had 1,500 staff.")
	wantCompanyIn(t, r, 0, "Crystal Decisions")
	// the company noun must head the apposition: a bank analyst is a person
	r = recognize(t, `"The deal makes sense," said Oliver Brandt, a bank analyst at Quorvex Partners. Oliver Brandt expects a deal with Veltraco.`)
	if got := companiesOf(r, 0); slices.Contains(got, "Oliver Brandt") {
		t.Errorf("companies = %q: Oliver Brandt is an analyst", got)
	}
}

// A firm named after a person is a company where it is what a company
// buys: "had bought Jimmy Choo", a majority of or a stake in it, a price
// paid for it. People are hired, not bought; players are, so a name
// bought only once needs more evidence (a sale other outlets tell again
// is a firm's).
func TestPersonNamedFirmBought(t *testing.T) {
	// each sale told by two outlets
	for _, c := range []struct{ lang, text, name string }{
		{"en", "Veltraco had bought Jimmy Choo in 2017 for $1.2 billion.", "Jimmy Choo"},
		{"en", "Quorvex paid $25 million for a 49.2 percent stake in Erik Buell Racing.", "Erik Buell Racing"},
		{"en", "In August 2019 Veltraco paid 18.2 million pounds for Karen Millen.", "Karen Millen"},
		{"it", "Nel 2003 Veltraco ha acquistato la portoghese Ricardo Gallo per 20 milioni di euro.", "Ricardo Gallo"},
		{"es", "En 2003 Veltraco adquirió Ricardo Gallo por 20 millones de euros.", "Ricardo Gallo"},
		{"en", "The acquisition of Jimmy Choo cost Veltraco $1.2 billion.", "Jimmy Choo"},
	} {
		r := recognizeWith(t, []Doc{docOf(c.lang, c.text), docOf(c.lang, c.text)}, deals.IsCue)
		wantCompanyIn(t, r, 0, c.name)
	}
	// people beside such words stay people, and so does a player bought once
	for _, c := range []struct{ lang, text, name string }{
		{"en", "Veltraco approved a $10 million pay package for Tim Cook. Tim Cook said Veltraco would buy Quorvex.", "Tim Cook"},
		{"en", "Veltraco agreed to buy John Smith's 20% stake in Quorvex. John Smith said the deal was fair.", "John Smith"},
		{"it", "Come ha rilevato Mario Rossi, Veltraco comprerà Quorvex. Mario Rossi ha detto che l'accordo è buono.", "Mario Rossi"},
		{"de", "Im Jahr 2010 übernahm Peter Müller die Leitung von Quorvex. Peter Müller sagte, der Deal sei gut.", "Peter Müller"},
		{"en", "Veltraco agreed to buy Franco-Spanish rival Quorvex for 16.2 billion euros.", "Franco-Spanish"},
		{"en", "Juventus FC bought Cristiano Ronaldo from Real Madrid CF for 100 million euros.", "Cristiano Ronaldo"},
		{"en", "Veltraco Inc bought John Smith a drink. Veltraco Inc acquired John Smith as chief executive.", "John Smith"},
		{"en", "Veltraco Inc paid $5 million for Tom Brady to appear in its ads. Newly acquired Tom Brady scored twice.", "Tom Brady"},
		{"es", "Quorvex SA, que compró Juan Pérez en 2019, vale 30 millones. Lo ha comprado Juan Pérez por 3 millones.", "Juan Pérez"},
		{"it", "Veltraco SpA ha comprato la quota di Mario Rossi in Quorvex SpA. Mario Rossi ha venduto la quota di Mario Rossi.", "Mario Rossi"},
		{"es", "En 2019 compró Juan Pérez el 30% de Quorvex SA por 20 millones. Juan Pérez compró el 30% de Quorvex SA.", "Juan Pérez"},
		{"it", "La maggioranza di Mario Rossi sarà venduta a Veltraco SpA. Mario Rossi ha il controllo di Mario Rossi.", "Mario Rossi"},
	} {
		noCompanyOf(t, recognizeWithDealWords(t, c.lang, c.text), 0, c.name)
	}
	// players and hired teams stay people, however many outlets tell it
	for _, c := range []struct{ lang, text, name string }{
		{"en", "Juventus FC bought Cristiano Ronaldo from Real Madrid CF for 100 million euros. The purchase of Cristiano Ronaldo was the biggest in Italian football.", "Cristiano Ronaldo"},
		{"it", "La Juventus ha acquistato Federico Chiesa dalla Fiorentina per 50 milioni. L'acquisto di Federico Chiesa è il più caro per un attaccante.", "Federico Chiesa"},
		{"en", "Veltraco Inc paid 650 million dollars for Mustafa Suleyman and most of Quorvex's staff. Veltraco Inc acquired Mustafa Suleyman and his team.", "Mustafa Suleyman"},
	} {
		r := recognizeWith(t, []Doc{docOf(c.lang, c.text), docOf(c.lang, c.text)}, deals.IsCue)
		noCompanyOf(t, r, 0, c.name)
	}
	// the share's noun before its company, past a nationality: where the
	// rest of a corpus gives the evidence, the name is no person's
	lex, err := lexicon.New("")
	if err != nil {
		t.Fatal(err)
	}
	r := &recognizer{lex: lex}
	for _, c := range []struct {
		lang, text, name string
		bought           bool
	}{
		{"it", "Veltraco aveva rilevato la maggioranza della britannica Karen Millen", "Karen", true},
		{"es", "Veltraco se hizo con la mayoría de la británica Karen Millen", "Karen", true},
		{"es", "Veltraco se hizo con la mayoría de Karen Millen", "Karen", true},
		{"es", "Veltraco respeta la mayoría de Karen Millen", "Karen", false}, // "de" says whose too
		{"fr", "Veltraco a racheté Karen Millen", "Karen", true},
		{"it", "Veltraco ha nominato la britannica Karen Millen", "Karen", false},
		{"en", "Veltraco bought John Smith's stake", "John", false},
		{"de", "Dann übernahm Peter Müller die Leitung", "Peter", false},
	} {
		toks := segment.Tokens(c.text)
		from := slices.IndexFunc(toks, func(tok segment.Token) bool { return tok.Text() == c.name })
		sp := span{from: from, to: from + 2} // two words: "Karen Millen", "John Smith's"
		if got := r.boughtName(c.lang, toks, sp); got != c.bought {
			t.Errorf("%q: boughtName = %v, want %v", c.text, got, c.bought)
		}
	}
}

// A region's noun and its place name a region, not a company, even beside
// a deal word: "in der Provinz Québec verschmilzt".
func TestProvinceIsNoCompany(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Das Unternehmen aus Saint-Jérôme in der Provinz Québec verschmilzt mit Quorvex Holdings. Die Provinz Québec unterstützt die Übernahme.")
	noCompanyOf(t, r, 0, "Provinz Québec")
	r = recognizeWithDealWords(t, "it", "La Regione Lombardia ha approvato l'acquisizione di Quorvex Holdings da parte della Regione Lombardia.")
	noCompanyOf(t, r, 0, "Regione Lombardia")
	r = recognizeWithDealWords(t, "en", "The Province of Ontario approved the acquisition of Quorvex Holdings by the Province of Ontario.")
	noCompanyOf(t, r, 0, "Province of Ontario")
	// a legal suffix makes it a company's name
	r = recognizeWithDealWords(t, "it", "La Regione Veneto SpA ha acquistato Quorvex Holdings per 30 milioni di euro.")
	wantCompanyIn(t, r, 0, "Regione Veneto")
}

// A name the corpus writes in lower case before a company word ("ibibo
// Group", twice) is a name wherever it stands alone ("the merger with
// ibibo"); function words, listed words and deal words before one are not
// ("the Group", "la divisione Enterprise Software", "to buy Holdings").
func TestLowerCaseNameBeforeCompanyWord(t *testing.T) {
	r := recognizeWith(t, []Doc{
		docOf("en", "Veltraco agreed to merge with its rival ibibo Group on Monday. The ibibo Group deal was approved."),
		docOf("en", "Analysts said the merger with ibibo makes Veltraco the largest travel portal."),
	}, deals.IsCue)
	wantCompanyIn(t, r, 1, "ibibo")
	r = recognizeWith(t, []Doc{
		docOf("it", "Veltraco ha ceduto la divisione Enterprise Software a Quorvex. La divisione Enterprise Software vale 2 miliardi."),
		docOf("en", "The Group said the deal closed. The Group expects growth. Veltraco agreed to buy Holdings for cash, to buy Holdings quickly."),
	}, deals.IsCue)
	noCompanyOf(t, r, 0, "divisione Enterprise Software")
	for _, d := range []int{0, 1} {
		for _, c := range companiesOf(r, d) {
			if c == "the Group" || c == "The Group" || c == "buy Holdings" {
				t.Errorf("companies = %q: %s is no company", companiesOf(r, d), c)
			}
		}
	}
	// words of the language before company words: a verb before a name
	// that opens with a company word, adjectives and participles, words
	// describing a noun after them, possessives, a German noun's adjective
	lex0, err := lexicon.New("")
	if err != nil {
		t.Fatal(err)
	}
	_, names0 := lowerVocabulary([]Doc{
		docOf("en", "Veltraco Holdings owns Air Ostravel. Daxmoor Partners owns Air Ostravel too."),
		docOf("en", "The combined Group, based in London, will list. The combined Group, it said, will grow. The enlarged Group, it said, will list. The enlarged Group."),
		docOf("en", "Quorvex builds generative AI tools. Quorvex sells generative AI software. Veltraco invests in private Equity and venture Capital."),
		docOf("it", "Il nostro Gruppo crescerà. Il nostro Gruppo ha comprato Quorvex."),
		docOf("de", "Die Gewinne der gesamten Gruppe stiegen. Der gesamten Gruppe geht es gut."),
		docOf("en", "Veltraco bought esure Group for £1.2 billion, the esure Group said. Veltraco bought ngmoco Inc for $400 million. ngmoco Inc makes games."),
	}, lex0, deals.IsCue)
	for _, w := range []string{"owns", "combined", "enlarged", "generative", "private", "nostro", "gesamten"} {
		if names0[w] {
			t.Errorf("%q learned as a lower-case name", w)
		}
	}
	if !names0["esure"] || !names0["ngmoco"] {
		t.Errorf("lower-case names = %v, want esure and ngmoco", names0)
	}
	// a word of the language anywhere in the corpus, whichever doc tells
	// it first
	for _, docs := range [][]Doc{
		{docOf("en", "Veltraco said the boro council agreed."), docOf("en", "Veltraco bought boro Group, it said. The boro Group, it said, grows.")},
		{docOf("en", "Veltraco bought boro Group, it said. The boro Group, it said, grows."), docOf("en", "Veltraco said the boro council agreed.")},
	} {
		if _, names := lowerVocabulary(docs, lex0, deals.IsCue); names["boro"] {
			t.Errorf("boro learned as a lower-case name, though the corpus writes \"the boro council\"")
		}
	}
	// German capitalises its nouns: only a legal suffix makes the word
	// before it a name ("die neue Gruppe" twice is no name "neue")
	lex, err := lexicon.New("")
	if err != nil {
		t.Fatal(err)
	}
	_, names := lowerVocabulary([]Doc{docOf("de", "Es entsteht die neue Gruppe. Die neue Gruppe wächst."), docOf("de", "Die etkon AG gehört zu Veltraco. Die etkon AG wächst.")}, lex, deals.IsCue)
	if names["neue"] || !names["etkon"] {
		t.Errorf("lower-case names = %v, want etkon and not neue", names)
	}
}

// German counts with number words in capitals at a sentence's start ("Elf
// Jahre später"), and calls a trading house a Handelshaus: neither is part
// of a company's name.
func TestGermanNumberWordsAndTradingHouses(t *testing.T) {
	r := recognizeLang(t, "de", "Elf Jahre später kaufte Veltraco die Mehrheit an dem Handelshaus Quorvex International. Elf Jahre Deal mit Quorvex.")
	got := companiesOf(r, 0)
	if slices.Contains(got, "Elf Jahre") || slices.Contains(got, "Handelshaus Quorvex International") || !slices.Contains(got, "Quorvex International") {
		t.Errorf("companies = %q, want Quorvex International", got)
	}
	r = recognizeLang(t, "de", "Elf Jahre nach dem Deal kaufte Veltraco die Mehrheit. Elf Jahre Deal mit Quorvex.")
	noCompanyOf(t, r, 0, "Elf Jahre")
}

// "Über" opening a German sentence is a preposition, not Uber: a listed
// one-word name written without an umlaut is not read from a word with one.
func TestUmlautWordIsNoListedName(t *testing.T) {
	r := recognizeLang(t, "de", "Über die Fusion entscheiden die Aktionäre von Veltraco im März.")
	if got := companiesOf(r, 0); slices.Contains(got, "Uber") {
		t.Errorf("companies = %q: Über is a preposition", got)
	}
}

// German opens noun phrases with quantifiers ("Beide Unternehmen") and
// sets a town's adjective before a company's name ("die Kasseler
// Wegmann"): neither is part of a name. Chip kinds and events are no
// companies either.
func TestGermanQuantifiersTownAdjectivesChipsAndEvents(t *testing.T) {
	r := recognizeLang(t, "de", "Beide Unternehmen bringen ihre Anteile ein. 1999 kaufte die Kasseler Quorvex & Co. die Sparte. Der Deal mit Quorvex & Co. wurde gefeiert. Beide Unternehmen sind im Deal.")
	noCompanyOf(t, r, 0, "Beide Unternehmen", "Kasseler Quorvex")
	r = recognizeLang(t, "de", "Vor zwei Jahren kaufte Veltraco den französischen Diätkosthersteller Nutrition & Quorvex, bekannt für seine Müsli. Der Deal mit Nutrition & Quorvex wurde gefeiert.")
	wantCompanyIn(t, r, 0, "Nutrition & Quorvex")
	r = recognize(t, "Veltraco has licences with all three big DRAM makers and sponsors events such as the Olympic Games. The deal with Veltraco closed.")
	noCompanyOf(t, r, 0, "DRAM", "Olympic Games")
}

// A listed company's name used for its town ("the Chesapeake-based chain",
// "Chesapeake (Virginia)") is no mention of the company.
func TestListedNameAsATown(t *testing.T) {
	r := recognize(t, "Under that agreement the Chesapeake-based chain agreed to buy Veltraco Inc.")
	noCompanyOf(t, r, 0, "Chesapeake")
	r = recognizeLang(t, "es", "La compañía de Chesapeake (Virginia) acordó comprar Veltraco Inc.")
	noCompanyOf(t, r, 0, "Chesapeake")
}

// A name written with a company's words and its seat in brackets after
// it ("Acheteur : Fuji Oil Holdings (Osaka)", a fact box) is the company,
// not a town: one such mention used to refuse the name in every article,
// though the others said company again and again.
func TestCompanyWithItsSeatInBrackets(t *testing.T) {
	r := recognizeDocs(t, []Doc{
		docOf("fr", "Acheteur : Veltraco Oil Holdings (Osaka), via une filiale américaine créée pour l'occasion."),
		docOf("en", "Veltraco Oil agreed to buy Brindle, the Chicago chocolate maker, for $750 million, the companies said on Monday."),
	})
	wantCompanyIn(t, r, 0, "Veltraco Oil")
	wantCompanyIn(t, r, 1, "Veltraco Oil")
}

// A city after a word of seat and "a"/"à" is a place, though "a" also
// means "to": "con sede a Zurigo".
func TestSeatNamesAPlace(t *testing.T) {
	r := recognizeWithDealWords(t, "it", "Veltraco, con sede a Zurigo, ha venduto la divisione reti a Quorvex. Nel 2013 la multinazionale con sede a Zurigo aveva acquistato l'americana Brindle.")
	noCompanyOf(t, r, 0, "Zurigo")
}

// Capitalised parts joined by a hyphen make a name, even of words the
// corpus writes in lower case elsewhere ("one", "power").
func TestHyphenedCapitalsAreAName(t *testing.T) {
	r := recognizeLang(t, "it", "Nel 2013 Veltraco aveva acquistato per circa un miliardo di dollari l'americana Power-One.", "Only one plant runs on wind power.")
	if !slices.Contains(companiesOf(r, 0), "Power-One") {
		t.Errorf("companies = %q, want Power-One", companiesOf(r, 0))
	}
}

// What a maker makes is a product ("the Post-it maker", "il produttore
// dei Post-it"), and one capital letter hyphened to a word is a term
// ("B-cell"): no company.
func TestMadeGoodsAndTermsAreNoCompanies(t *testing.T) {
	r := recognize(t, "Selling the unit is the latest step in a long pruning of the Scotch tape and Post-it maker's portfolio, Veltraco said after the deal.",
		"Quorvex filed for approval of the drug in diffuse large B-cell lymphoma, the company said after the deal.")
	noCompanyOf(t, r, 0, "Post-it")
	noCompanyOf(t, r, 1, "B-cell", "B")
	r = recognizeLang(t, "it", "È proprio lì che il produttore dei Post-it ha speso di più, dopo l'accordo con Quorvex.")
	noCompanyOf(t, r, 0, "Post-it", "Post")
}

// A currency word after a figure opens no name, though a capitalised
// German noun follows it: "660 Milliarden Pfund Kundengeld".
func TestSumOfSomethingIsNoCompany(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Zwei Vorstandschefs, ein Sitz in Edinburgh und 660 Milliarden Pfund Kundengeld – die Fusion soll die beiden Häuser wappnen. "+
		"Vor zwei Jahren wurde das Geschäft für 4 Mrd. kanadische Dollar an Quorvex abgegeben, 2014 übernahm der Konzern für 390 Mio. Pfund die Glasgower Fondsgesellschaft Brindle.")
	noCompanyOf(t, r, 0, "Pfund Kundengeld", "Kundengeld")
}

// A German analyst's given name opens a person, not a company, and the
// firm after "von" is the company: "Raimund Pfefferkorn von Isartal
// Equity Research".
func TestGermanAnalystBeforeHisFirm(t *testing.T) {
	r := recognizeLang(t, "de", "„Der Preis ist hoch“, sagt Raimund Pfefferkorn von Isartal Equity Research über den Deal mit Quorvex.")
	noCompanyOf(t, r, 0, "Raimund Pfefferkorn von Isartal Equity Research")
	if !slices.Contains(companiesOf(r, 0), "Isartal Equity Research") {
		t.Errorf("companies = %q, want Isartal Equity Research", companiesOf(r, 0))
	}
}

// A listed company's French name is one of its aliases: "le Canadien
// Pacifique" is Canadian Pacific.
func TestFrenchNameOfAListedCompany(t *testing.T) {
	r := recognizeLang(t, "fr", "KCS a jugé supérieure l'offre revue du Canadien Pacifique, selon le Canadien National.")
	wantMentionsOf(t, r, 0, "Canadien Pacifique", "Canadian Pacific")
	wantMentionsOf(t, r, 0, "Canadien National", "Canadian National")
	if cs := companiesOf(r, 0); !slices.Contains(cs, "Canadian Pacific") || !slices.Contains(cs, "Canadian National") {
		t.Errorf("companies = %q, want both railways", cs)
	}
}

// The first part of an institution's name split at "and" is no company:
// "la britannica Competition and Markets Authority (CMA)".
func TestFirstPartOfAnInstitution(t *testing.T) {
	r := recognizeLang(t, "it", "L'accordo con Quorvex è stato bloccato dalla britannica Competition and Markets Authority (CMA), mentre la britannica Competition and Markets Authority aveva detto no.")
	noCompanyOf(t, r, 0, "Competition")
}

// A listed place that is also the first word of a company's name is the
// city where it is one ("in Aberdeen", "the Aberdeen fund house") and the
// company where it is written as one ("Aberdeen's investors").
func TestPlaceUsesLeaveTheCompanyItNames(t *testing.T) {
	r := recognize(t, "Standard Life and Aberdeen Asset Management agreed to merge. The Edinburgh insurer and the Aberdeen fund house will share the top job. "+
		"Aberdeen shareholders will receive 0.757 new shares. Aberdeen's investors will own a third, and Aberdeen, for its part, agreed to buy Quorvex in 2013. "+
		"Staff in Aberdeen fear for their jobs.")
	found := false
	for _, m := range r.Mentions[0] {
		if m.Text == "Aberdeen" {
			found = true
			if m.Company != "Aberdeen Asset Management" {
				t.Errorf("Aberdeen read as %q", m.Company)
			}
		}
	}
	if !found {
		t.Errorf("no mention of Aberdeen as the company: %+v", r.Mentions[0])
	}
}

// A price paid for a name, or a name that changes hands for one, makes it
// a company: "$2.5 billion for Brantmoor", "to Quorvex for roughly $900
// million". A span of years is no price.
func TestPricedNamesAreCompanies(t *testing.T) {
	for _, text := range []string{
		"In 2007 the group spent heavily, paying about $2.5 billion for Brantmoor, a uranium miner.",
		"Two years ago it sold its cable division to Brantmoor for roughly $900 million in cash.",
		"L'anno scorso il gruppo ha speso 1,35 miliardi di dollari per Brantmoor.",
		// where it is based between the price and the name
		"The group paid about $169 million in stock for Chicago-based Brantmoor in 1998.",
		"The group paid about $169 million in stock for the Kansas City-based Brantmoor in 1998.",
	} {
		wantCompany(t, recognize(t, text), "Brantmoor", true)
	}
	if got := companiesOf(recognize(t, "The group worked with Brantmoor for 20 years."), 0); len(got) != 0 {
		t.Errorf("companies = %q, want none: twenty years is no price", got)
	}
}

// A listed company named only as a person's surname ("Luis Pagani") is not
// named; one also named on its own ("Michael Dell ... took Dell private")
// still is.
func TestListedNameOnlyAsSurname(t *testing.T) {
	r := recognize(t, "Arcor signed a supply deal with Barry Callebaut. The group chaired by Luis Pagani has plants across Latin America.")
	wantCompany(t, r, "Pagani", false)
	// (read with the deal words of every language: "bought" after the
	// name makes it the company rather than the man named before)
	r = recognizeWithDealWords(t, "en", "In 2013 Michael Dell and Silver Lake took Dell private. Dell later bought EMC.")
	wantCompany(t, r, "Dell", true)
}

// The first half of a compound cut short ("Kakao- und
// Schokoladeprodukte") is no name, whatever company it is listed as.
func TestCompoundFragmentIsNoName(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Barry Callebaut verkaufte rund 1,5 Millionen Tonnen Kakao- und Schokoladeprodukte.")
	for _, m := range r.Mentions[0] {
		if m.Text == "Kakao" {
			t.Errorf("Kakao read as %s", m.Company)
		}
	}
}

// A name after a word for a brand is the brand's ("la marca Bon o Bon",
// "la marque Johnson Assurance"): no evidence of a company.
func TestBrandNounBeforeIsNoEvidence(t *testing.T) {
	for _, text := range []string{
		"Para el argentino, propietario de la marca Brantmoor, se trata de confiar a un especialista una etapa costosa.",
		"Le groupe exploite notamment la marque Brantmoor au Canada.",
	} {
		wantCompany(t, recognize(t, text), "Brantmoor", false)
	}
}

// A dateline's agency in parentheses ("Brantmoor (SWD) – Ihre erste
// ...") is no ticker: the place before it is not shown to be a company.
func TestDatelineAgencyIsNoTicker(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Brantmoor (SWD) – Ihre erste langfristige Vereinbarung hat die Veltraco AG unter Dach und Fach gebracht.")
	wantCompany(t, r, "Brantmoor", false)
	r = recognize(t, "Shares of Brantmoor (BRT) rose 5% after the deal.")
	wantCompany(t, r, "Brantmoor", true)
}

// A nationality that is also a listed company's name, before a company
// noun with no article ("bought Swiss chocolate maker Brantmoor"),
// describes the company after it.
func TestNationalityBeforeCompanyNounWithoutArticle(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "In 1999 Veltraco Holdings bought Swiss chocolate maker Brantmoor.")
	wantCompany(t, r, "Swiss", false)
}

// A company noun after a name's comma describes it only in an apposition,
// not after a conjunction: "die Nachfrage, weil Autobauer ..." says
// nothing of "Nachfrage".
func TestCompanyNounAfterAConjunctionIsNoApposition(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Im Inland schrumpft die Brantmoor, weil Autobauer ihre Produktion nach China verlagern.")
	wantCompany(t, r, "Brantmoor", false)
	r = recognizeWithDealWords(t, "de", "Im Inland wächst die Brantmoor, der Münchner Autobauer, weiter.")
	wantCompany(t, r, "Brantmoor", true)
}

// In German, one noun before "des" or "von" is what a name is of, not the
// first word of the name: "die Spitze des Brantmoor-Sektors", "nach dem
// Vorbild von Quorvex".
func TestGermanNounOfANameIsNoName(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Die Fusion an der Spitze des Brantmoor-Konzerns nimmt Gestalt an. Nach dem Vorbild von Quorvex Holding will Veltraco AG wachsen.")
	for _, c := range companiesOf(r, 0) {
		if strings.HasPrefix(c, "Spitze") || strings.HasPrefix(c, "Vorbild") {
			t.Errorf("companies = %q, want no %q", companiesOf(r, 0), c)
		}
	}
}

// A legal form that is also a listed company's name ("SAS") ends the name
// before it: "Brassica Acquisition SAS" is one company, not two.
func TestListedLegalFormEndsAName(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "The offer was made through Brantmoor Acquisition SAS, a vehicle set up by the buyout firm Veltraco Partners.")
	got := companiesOf(r, 0)
	if slices.Contains(got, "SAS") || !slices.Contains(got, "Brantmoor Acquisition") {
		t.Errorf("companies = %q, want Brantmoor Acquisition and no SAS", got)
	}
}

// The company that publishes the article's outlet ("Aisle Nine Media" for
// "Aisle Nine") is the outlet, no company of the text.
func TestOutletsPublisherIsTheOutlet(t *testing.T) {
	d := docOf("en", "Veltraco Holdings agreed to buy Quorvex Inc for $2 billion. Aisle Nine Media Ltd said the newsletter would follow the deal.")
	d.Outlet = "Aisle Nine"
	lex, err := lexicon.New("")
	if err != nil {
		t.Fatal(err)
	}
	r := Recognize([]Doc{d}, lex, deals.IsCue)
	wantCompany(t, r, "Aisle Nine Media", false)
}

// A listed name that ends in "'s" ("McDonald's") is found though the
// tokens read its s as a possessive's.
func TestListedNameEndingInPossessive(t *testing.T) {
	r := recognize(t, "Veltraco Holdings is the second-largest hamburger chain after McDonald's, analysts said.")
	wantCompany(t, r, "McDonald's", true)
}

// A German adjective of a place ("der New Yorker Finanzinvestor") names
// no company.
func TestGermanPlaceAdjectiveIsNoName(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Für rund 4 Milliarden Dollar (3,1 Milliarden Euro) einschließlich Schulden wird Burger King an die New Yorker Beteiligungsgesellschaft 3G Capital verkauft.")
	wantCompany(t, r, "New Yorker", false)
}

// wantCompany fails t unless the first doc of r lists name as a company,
// or, with want false, does not.
func wantCompany(t *testing.T, r Result, name string, want bool) {
	t.Helper()
	if got := companiesOf(r, 0); slices.Contains(got, name) != want {
		t.Errorf("companies = %q, want %s listed: %v", got, name, want)
	}
}

// A name of a place and everyday words ("Dubai Ports World", where the
// text also writes "ports" and "world's") is a company when a deal word
// and its preposition name it as a side.
func TestCommonWordsNamedAsADealSide(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "The ports business and the world's carriers grew. Shareholders approved a takeover by Dubai Ports World last month."},
		{"it", "Le ports e il world sono cresciuti. Gli azionisti hanno approvato la vendita a Dubai Ports World per 3,9 miliardi di sterline."},
	} {
		wantCompany(t, recognizeWithDealWords(t, c.lang, c.text), "Dubai Ports World", true)
	}
	wantCompany(t, recognizeWithDealWords(t, "en", "The ports business and the world's carriers grew. The Dubai Ports World grew."), "Dubai Ports World", false)
}

// A listed company's alias written in lower case is the words of the
// language ("the biggest U.S. bank deal" is no U.S. Bank), and a listed
// name that opens a stock index's name ("S&P 500") is the index there.
func TestListedAliasInLowerCaseOrAsAnIndex(t *testing.T) {
	r := recognize(t, "Veltraco values the lender at $28 billion, the biggest U.S. bank deal since the crisis. Most U.S. banks gained.")
	wantCompany(t, r, "U.S. Bancorp", false)
	r = recognize(t, "Veltraco shares fell 2% while the S&P 500 rose.")
	wantCompany(t, r, "S&P Global", false)
	r = recognize(t, "S&P cut its rating of Veltraco on Monday.")
	wantCompany(t, r, "S&P Global", true)
}

// "of" and a place after a name ending in a company word is where the
// company is from ("National Commerce Financial of Memphis"); after a word
// that heads a name it is part of it ("Bank of Memphis").
func TestPlaceAfterCompanyWordEndsTheName(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "In 2004 Veltraco bought National Commerce Financial of Memphis for $7 billion.")
	wantCompany(t, r, "National Commerce Financial", true)
	wantCompany(t, r, "National Commerce Financial of Memphis", false)
	r = recognizeWithDealWords(t, "en", "In 2004 Veltraco bought Bank of Memphis for $7 billion.")
	wantCompany(t, r, "Bank of Memphis", true)
	// a legal form of a country names no seat
	r = recognizeWithDealWords(t, "en", "In 1983 Veltraco bought Brindle Tennis Corporation of America for $10 million.")
	wantCompany(t, r, "Brindle Tennis Corporation of America", true)
}

// A singular word for a brand opens a list of brands when more than one
// name follows it; before one name it may be a company's own name used as
// a brand ("il marchio Nokia").
func TestSingularBrandWordOpensAList(t *testing.T) {
	toks := segment.Tokens("neben der gleichnamigen Marke Jenn-Air, Magic Chef und Admiral")
	b := []span{{from: 4, to: 5}, {from: 6, to: 8}, {from: 9, to: 10}}
	brandList(toks, b)
	for i, sp := range b {
		if !sp.veto {
			t.Errorf("span %d of the brand list not vetoed", i)
		}
	}
	toks = segment.Tokens("una licenza per utilizzare il marchio Nokia su telefoni")
	one := []span{{from: 6, to: 7}}
	brandList(toks, one)
	if one[0].veto {
		t.Errorf("a company's name after a singular brand word vetoed")
	}
}

// A name that joins a company's name to another company's ("Carlsberg
// Marston's", their joint venture) leaves the first one's short name to
// that company in the article.
func TestVentureNamedAfterBothKeepsTheParent(t *testing.T) {
	r := recognize(t, "Carlsberg agreed to buy Marston's stake in Carlsberg Marston's Brewing Company. Carlsberg is Danish.")
	for _, m := range r.Mentions[0] {
		if m.Text == "Carlsberg" && m.Company != "Carlsberg" {
			t.Errorf("%q read as %q, want Carlsberg", m.Text, m.Company)
		}
	}
}

// A name after a word for a medicine's form or a product ("the pill
// Otezla", "the product Prochymal") is the product, though bought.
func TestNameAfterAProductWordIsTheProduct(t *testing.T) {
	for _, text := range []string{
		"Veltraco agreed to buy the pill Otezla for $13.4 billion.",
		"Veltraco agreed to buy the product Prochymal for $100 million.",
	} {
		r := recognizeWithDealWords(t, "en", text)
		wantCompany(t, r, "Otezla", false)
		wantCompany(t, r, "Prochymal", false)
	}
}

// A given name or a word of the language in the possessive, and a
// capitalised word after it, is one name ("David's Bridal", "Men's
// Wearhouse"); a company's or a person's possessive is whose the next name
// is.
func TestPossessiveOpensAName(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Federated agreed on Friday to sell David's Bridal to Leonard Green for $750 million.")
	wantCompany(t, r, "David's Bridal", true)
	wantCompany(t, r, "David", false)
	r = recognizeWithDealWords(t, "en", "The tuxedo business was sold to Men's Wearhouse for about $100 million.")
	wantCompany(t, r, "Men's Wearhouse", true)
	r = recognizeWithDealWords(t, "en", "Veltraco agreed to sell its Quorvex unit to Brantmoor for $750 million. Brantmoor's Quorvex will be renamed.")
	wantCompany(t, r, "Brantmoor's Quorvex", false)
}

// A given name opening a name joined by "&" opens a firm's name, not a
// person's: "Carolina Power & Light".
func TestAmpersandNameIsNoPerson(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "In 2000, Carolina Power & Light bought Quorvex for $5.3 billion.")
	wantCompany(t, r, "Carolina Power & Light", true)
}

// "A B of C Securities", after a person's two words, is the person and
// their firm; "Royal Bank of Scotland" is one name.
func TestPersonOfFirm(t *testing.T) {
	r := recognize(t, `"The offer is fair," said Zebedee Wolvercote of Hadleigh Wickersley Securities.`)
	wantCompany(t, r, "Hadleigh Wickersley Securities", true)
	wantCompany(t, r, "Zebedee Wolvercote of Hadleigh Wickersley Securities", false)
	r = recognizeWithDealWords(t, "en", "Veltraco agreed to buy Royal Bank of Scotland for $10 billion.")
	wantCompany(t, r, "Royal Bank of Scotland", true)
}

// A listed name that opens with its article in lower case ("la Caixa")
// is found whole, not as a shorter listed name ("Caixa").
func TestListedNameOpeningInLowerCase(t *testing.T) {
	r := recognize(t, "Criteria CaixaCorp, the holding company of Spanish savings bank la Caixa, agreed on Monday to buy 20 percent of Inbursa.")
	wantCompany(t, r, "Caixa Econômica Federal", false)
	wantCompany(t, r, "Fundación La Caixa", true)
}

// The firm after the person a verb of saying quotes is a company, whatever
// the person's given name.
func TestFirmOfTheOneQuoted(t *testing.T) {
	for _, c := range []struct{ lang, text, firm string }{
		{"it", "«Le spose spendono sempre di più», commenta Hermengild Pizzighetti di Brembate Securities.", "Brembate Securities"},
		{"fr", "« Le marché est saturé », observe Wenceslas Vercambre, chez Courtage Maubreuil.", "Courtage Maubreuil"},
	} {
		wantCompany(t, recognizeLang(t, c.lang, c.text), c.firm, true)
	}
}

// A German bank word before one more word is part of the name
// ("Privatbank Lindenegg"); before a name of its own it describes it
// ("Privatbank Hohenau & Cie.").
func TestGermanBankWordHeadsAShortName(t *testing.T) {
	r := recognizeLang(t, "de", "„Der Preis ist hoch“, sagt Dietmund Vorderbrügge, Analyst bei der Privatbank Lindenegg.")
	wantCompany(t, r, "Privatbank Lindenegg", true)
	r = recognizeLang(t, "de", "„Der Preis ist hoch“, sagt Dietmund Vorderbrügge, Analyst bei der Privatbank Hohenau & Cie.")
	wantCompany(t, r, "Privatbank Hohenau & Cie", false)
}

// A company named after its founder, given name and all ("Luigi Lavazza
// SpA"), is the one the other outlets name by the surname alone.
func TestFounderNamedCompanyIsItsSurname(t *testing.T) {
	r := recognize(t,
		"Ernesto Quarvelli SpA said it had completed its acquisition of Veltraco for $700 million.",
		"Veltraco agreed to be bought by Quarvelli, the Italian coffee group, on Thursday.")
	long, short := companiesOf(r, 0), companiesOf(r, 1)
	if len(long) != 2 || !slices.Equal(long, short) {
		t.Errorf("companies %q and %q, want one company named both ways", long, short)
	}
	// a person of that name is still a person
	r = recognize(t,
		"Veltraco agreed to be bought by Quarvelli, the Italian coffee group, said Ernesto Quarvelli, its chairman.")
	noCompanyOf(t, r, 0, "Ernesto Quarvelli")
}

// A listed name ("Wright Medical") and its first word alone ("each Wright
// share"), which no list knows, are one company: the listed one.
func TestListedNameKeepsItsShortForm(t *testing.T) {
	r := recognize(t, "Wright Medical Group Inc and Quorvex NV agreed on Monday to merge. Each Wright share will be exchanged for 1.03 Quorvex shares. Wright stockholders will own 52 percent of the combined company.")
	if got := companiesOf(r, 0); len(got) != 2 || !slices.Contains(got, "Wright Medical") || !slices.Contains(got, "Quorvex") {
		t.Errorf("companies = %q, want Wright Medical and Quorvex", got)
	}
}

// A place's possessive before a name tells where the company is from
// ("China's MicroPort Scientific"), even where another language writes
// the place's name in lower case as a word ("la empresa china").
func TestPlacePossessiveOpensNoName(t *testing.T) {
	r := recognizeWith(t, []Doc{
		docOf("en", "Veltraco sold its knee business to China's Kestrova Scientific for about $290 million."),
		docOf("es", "La empresa china Quorvex compró el negocio."),
	}, deals.IsCue)
	if got := companiesOf(r, 0); slices.Contains(got, "China's Kestrova Scientific") || !slices.Contains(got, "Kestrova Scientific") {
		t.Errorf("companies = %q, want Kestrova Scientific", got)
	}
}

// German names a company by its role as a partner before its name ("seinen
// größten Vertriebspartner Stratos Global"): the role is no part of it.
func TestGermanPartnerNounDescribes(t *testing.T) {
	r := recognizeLang(t, "de", "Veltraco übernahm 2009 seinen größten Vertriebspartner Kestrova Global.")
	wantCompanyIn(t, r, 0, "Kestrova Global")
}

// Where a company works ("a plant at its base in Faridabad", "ein neues
// Werk in Faridabad") is a place, though a deal word stands near.
func TestSiteIsAPlace(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Quorvex takes 60% of a Kestrabad manufacturing venture. With an initial investment of $40 million, the partners will set up a plant at Veltraco's base in Kestrabad."},
		{"de", "Quorvex übernimmt 60 Prozent eines Kestrabad-Gemeinschaftsunternehmens. Die Partner investieren in ein neues Werk in Kestrabad."},
	} {
		r := recognizeWith(t, []Doc{docOf(c.lang, c.text)}, deals.IsCue)
		noCompanyOf(t, r, 0, "Kestrabad")
	}
}

// A name after a word for a kind of product or system ("its sequencer
// GeneReader", "su secuenciador GeneReader", "das Sequenziersystem
// GeneReader") is the product, though a deal names it.
func TestSystemNamedAfterItsKindIsAProduct(t *testing.T) {
	r := recognizeWith(t, []Doc{
		docOf("en", "Veltraco signed a licence with Quorvex to develop tests on its sequencer Kestragen."),
		docOf("es", "En 2018 Veltraco cedió a la alemana Quorvex una licencia para desarrollar pruebas prenatales en su secuenciador Kestragen."),
		docOf("de", "Im vergangenen Jahr schloss Veltraco mit dem Diagnostikkonzern Quorvex eine Lizenz- und Vertriebsvereinbarung für Bluttests auf dessen Sequenziersystem Kestragen."),
		docOf("en", "In 2018 Veltraco signed a ten-year license and distribution agreement with Quorvex to develop prenatal tests on the German-Dutch group's Kestragen system."),
	}, deals.IsCue)
	for d := range 3 {
		noCompanyOf(t, r, d, "Kestragen")
	}
}

// German money nouns ("Vertragsstrafe", "Abschlussgebühr", "Kaufsumme")
// open sentences in capitals: they are no names.
func TestGermanMoneyNounsAreNoNames(t *testing.T) {
	r := recognizeWith(t, []Doc{docOf("de", "Die Vertragsstrafe, die Veltraco bei einem Rückzieher zahlen müsste, steigt auf 456 Millionen Dollar. Die Kaufsumme für Quorvex liegt bei 2 Milliarden Dollar.")}, deals.IsCue)
	noCompanyOf(t, r, 0, "Vertragsstrafe", "Kaufsumme")
}

// A word with a diacritic no spelling of a listed name has is another
// word: the French "Créé" is not Cree, though both fold alike; a listed
// name spelt with its accents is found ("MásMóvil").
func TestAccentedWordIsNoUnaccentedName(t *testing.T) {
	r := recognizeLang(t, "fr", "Créé en 1995, le groupe Veltraco a racheté Quorvex Holdings.")
	for _, c := range companiesOf(r, 0) {
		if c == "Wolfspeed" {
			t.Errorf("companies = %q: Créé read as Cree", companiesOf(r, 0))
		}
	}
	r = recognizeLang(t, "es", "MásMóvil compró Quorvex Holdings en 2019.")
	wantCompanyIn(t, r, 0, "Masmovil")
}

// "Companhia", "Compañía", "Compagnie" open names, as "Banco" does:
// "Companhia Brasileira de Alumínio" is the whole name.
func TestRomanceCompanyWordOpensItsName(t *testing.T) {
	r := recognizeWith(t, []Doc{docOf("en", "Veltraco closed the sale of its rolling mill to Companhia Brasileira de Alumínio for $50 million.")}, deals.IsCue)
	wantCompanyIn(t, r, 0, "Companhia Brasileira de Alumínio")
}

// A list that gives a merged company and its first part one entry
// ("Veltraco Quorvex", "Veltraco") names two companies where the corpus
// names the other part too: the news of their merger.
func TestMergedCompanyAndItsPartsAreThree(t *testing.T) {
	file := filepath.Join(t.TempDir(), "companies.tsv")
	if err := os.WriteFile(file, []byte("Veltraco Quorvex\tVeltraco\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lex, err := lexicon.New(file)
	if err != nil {
		t.Fatal(err)
	}
	text := "Veltraco agreed to merge with Quorvex Inc. on Monday. The combined group will be called Veltraco Quorvex."
	r := Recognize([]Doc{docOf("en", text)}, lex, cue)
	for _, want := range []string{"Veltraco", "Quorvex", "Veltraco Quorvex"} {
		wantCompanyIn(t, r, 0, want)
	}
	// without the other part, the first part is the listed company
	r = Recognize([]Doc{docOf("en", "Veltraco said on Monday that sales rose.")}, lex, cue)
	wantCompanyIn(t, r, 0, "Veltraco Quorvex")
}

// An exchange named by its operator and its town ("Euronext Amsterdam")
// is the exchange, a public body, not the listed company that runs it;
// the operator named alone still is one.
func TestExchangeIsNoCompanyOfItsOperator(t *testing.T) {
	r := recognize(t, "SHV completed its takeover of Nutreco on Monday. Nutreco will be delisted from Euronext Amsterdam.",
		"Euronext agreed to buy Oslo Børs from Veltraco for 690 million euros.")
	noCompanyOf(t, r, 0, "Euronext")
	wantCompanyIn(t, r, 1, "Euronext")
}

// A mine, a project or a field named beside its noun is a site, not a
// company: "the Olaroz brine operation", "il progetto Fénix".
func TestSitesAreNoCompanies(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Orocobre merged with Galaxy Resources in an A$4 billion all-share transaction that joined the Olaroz brine operation in Argentina with the Mount Cattlin hard-rock mine. "+
		"Livent's Fénix operation and Allkem's Sal de Vida project share the same salt flat.")
	noCompanyOf(t, r, 0, "Olaroz", "Fénix", "Sal de Vida")
	wantCompanyIn(t, r, 0, "Galaxy Resources")
	r = recognizeWithDealWords(t, "it", "Quorvex Resources ha venduto la miniera di Whabouchi a Veltraco per 200 milioni.")
	noCompanyOf(t, r, 0, "Whabouchi")
}

// An English "and" joins one name in a text of another language ("la
// aseguradora agrícola Rain and Hail"); in English it joins two names,
// unless the corpus read them whole elsewhere.
func TestAndInsideAName(t *testing.T) {
	r := recognizeWithDealWords(t, "es", "En 2010 Veltraco adquirió la aseguradora agrícola Rain and Hail, con sede en Iowa, por 1.100 millones de dólares.")
	wantCompanyIn(t, r, 0, "Rain and Hail")
	// in English "and" joins two companies, whatever noun comes before
	r = recognizeWithDealWords(t, "en", "The insurer Veltraco and Quorvex agreed to merge in a deal worth $2 billion.")
	noCompanyOf(t, r, 0, "Veltraco and Quorvex")
	r = recognizeWithDealWords(t, "en", "Today it owns the heavy-lift specialist Quorvex, the industrial supplier ERIKS and Makro cash-and-carry stores in South America.")
	noCompanyOf(t, r, 0, "ERIKS and Makro")
	// but a name the corpus read whole elsewhere is that name in English too
	r = recognizeWith(t, []Doc{
		docOf("es", "En 2010 Veltraco adquirió la aseguradora agrícola Rain and Hail, con sede en Iowa, por 1.100 millones de dólares."),
		docOf("en", "Veltraco snapped up the crop insurer Rain and Hail in 2010, paying $1.1 billion."),
	}, deals.IsCue)
	wantCompanyIn(t, r, 1, "Rain and Hail")
	noCompanyOf(t, r, 1, "Rain", "Hail")
}

// A name that opens with "The" runs on through a word that alone names a
// listed company ("The Finish Line, Inc.": not "The Finish" and LINE).
func TestTheNameRunsOnThroughAListedWord(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "JD Sports Fashion has agreed to buy The Finish Line, Inc., one of the largest athletic footwear retailers, for $558 million.")
	wantCompanyIn(t, r, 0, "The Finish Line")
	noCompanyOf(t, r, 0, "Line", "The Finish")
}

// A company listed under an acronym alone ("FAB" for First Abu Dhabi
// Bank) is not the same word written otherwise ("in der Fab", a chip
// plant); in capitals it still is.
func TestAcronymWrittenOtherwiseIsAnotherWord(t *testing.T) {
	r := recognizeLang(t, "de", "Die beiden Prozessschritte folgen in der Fab unmittelbar aufeinander, sagte Veltraco AG.")
	noCompanyOf(t, r, 0, "First Abu Dhabi Bank")
	r = recognize(t, "FAB agreed to buy Veltraco Holdings for $1 billion.")
	wantCompanyIn(t, r, 0, "First Abu Dhabi Bank")
}

// A currency code written against its amount ("CHF220m") is an amount,
// not a name.
func TestCodeGluedToAnAmountIsNoName(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Veltraco will invest close to CHF220m of its own money in Quorvex Holdings, it said.")
	noCompanyOf(t, r, 0, "CHF220m")
}

// A German US state ("im US-Bundesstaat Connecticut") is a place.
func TestGermanUSStateIsNoCompany(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Schon 2022 hatte der Konzern aus Greenwich im US-Bundesstaat Connecticut für 965 Millionen Pfund die Quorvex Holdings geschluckt.")
	noCompanyOf(t, r, 0, "US-Bundesstaat Connecticut")
	noCompanyOf(t, r, 0, "Bundesstaat Connecticut")
}

// A German demonym noun ("die Südafrikaner", "die Katarer") names a
// company by where it is from: no company of its own.
func TestGermanDemonymNounsAreNoCompanies(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Formal übernimmt Daxmoor die größere Veltraco Holdings; die Aktionäre der Südafrikaner halten danach 84 Prozent des neuen Konzerns. Die Zürcher Quorvex-Gruppe gehört seit 2007 zu Veltraco Holdings; die Südafrikaner hatten sie damals für 3,6 Milliarden Franken vom Finanzinvestor Brindle Partners gekauft, und die Aktionäre der Katarer sind seither dabei.")
	noCompanyOf(t, r, 0, "Südafrikaner", "Katarer")
}

// A coast named alone ("the West Coast", "la Costa Oeste") is a place,
// not a partner. (A quarter, "Northeast", opens names too: "Northeast
// Utilities".)
func TestCoastsArePlaces(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Quorvex Airlines and Brindle Air agreed an alliance. Four years on, Brindle Air is partnering with the airline whose West Coast ally beat it.")
	noCompanyOf(t, r, 0, "West Coast")
	r = recognizeWithDealWords(t, "es", "En febrero, Quorvex Airlines y Brindle Air presentaron una alianza para la Costa Oeste.")
	noCompanyOf(t, r, 0, "Costa Oeste")
}

// A city after the words of a listing ("cotée à Londres, qui absorbe",
// "quotata a Milano") is a place, whatever deal follows it.
func TestCityWhereListedIsAPlace(t *testing.T) {
	r := recognizeWithDealWords(t, "fr", "C'est la société émiratie, cotée à Londres, qui absorbe juridiquement son partenaire Quorvex Holdings.")
	noCompanyOf(t, r, 0, "Londres")
	r = recognizeWithDealWords(t, "it", "La società, quotata a Milano, che ha rilevato Quorvex Holdings, cresce.")
	noCompanyOf(t, r, 0, "Milano")
}

// A model's code ("F404-GE-IN20", "A320neo") is no company; a name with
// one digit after its capitals ("G4S", "TF1"), or digits alone after them
// ("A123", "TV18"), may be.
func TestModelCodesAreNoCompanies(t *testing.T) {
	for _, c := range []struct {
		w    string
		code bool
	}{{"F404-GE-IN20", true}, {"A320neo", true}, {"B787-9", true}, {"PR001", true}, {"LY3002813", true}, {"RB211", false}, {"A123", false}, {"TV18", false}, {"G4S", false}, {"TF1", false}, {"A2A", false}, {"3M", false}, {"Veltraco", false}} {
		if got := modelCode(c.w); got != c.code {
			t.Errorf("modelCode(%q) = %v, want %v", c.w, got, c.code)
		}
	}
	r := recognizeWithDealWords(t, "fr", "En août 2021, Quorvex Holdings avait commandé 99 réacteurs F404-IN20 pour 716 millions de dollars.")
	noCompanyOf(t, r, 0, "F404-IN20")
}

// Technologies written as acronyms ("sicurezza via DNS", "a VPN") are no
// companies.
func TestTechnologyAcronymsAreNoCompanies(t *testing.T) {
	r := recognizeWithDealWords(t, "it", "Ad agosto ha completato l'acquisizione di Quorvex, la società californiana di sicurezza via DNS comprata per 635 milioni di dollari.")
	noCompanyOf(t, r, 0, "DNS")
	r = recognizeWithDealWords(t, "en", "Veltraco bought Quorvex, which sells VPN and IoT software as SaaS to ERP and CRM vendors, for $90 million.")
	for _, n := range []string{"VPN", "IoT", "SaaS", "ERP", "CRM"} {
		noCompanyOf(t, r, 0, n)
	}
}

// A listed name that an acronym opens and a lower-case word ends, as the
// company styles it ("SK hynix"), is that company, not the acronym alone.
func TestStyledLowerNameAfterAcronym(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Memory maker SK hynix said on Wednesday it had agreed a patent licence with SanDisk. SK hynix shares rose.")
	wantCompanyIn(t, r, 0, "SK Hynix")
	noCompanyOf(t, r, 0, "SK")
}

// A place before "-listed" tells where a company's shares trade
// ("Amsterdam-listed LBi"), as "-based" tells where it sits.
func TestListedPlaceIsNoCompany(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "In January it completed the acquisition of Amsterdam-listed Quorvex International for about 416 million euros.")
	noCompanyOf(t, r, 0, "Amsterdam")
	wantCompanyIn(t, r, 0, "Quorvex International")
}

// A state named as a place ("dans l'État de New York", "the State of
// New York") is no company.
func TestStateOfAPlaceIsNoCompany(t *testing.T) {
	r := recognizeWithDealWords(t, "fr", "Le groupe de Rochester, dans l'État de New York, sera racheté par Quorvex Holdings pour 1,3 milliard de dollars.")
	noCompanyOf(t, r, 0, "État de New York")
	r = recognizeWithDealWords(t, "en", "The State of New York said Quorvex Holdings would buy Brindle Foods for $1.3 billion.")
	noCompanyOf(t, r, 0, "State of New York")
}

// The Australian press writes the country after the dollar sign
// ("$US6.2 billion"): the letters glued to the figure are no name.
func TestCountryAfterDollarSignIsNoName(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Veltraco bought Quorvex Holdings for $US6.2 billion in a deal that closed in 2015.")
	noCompanyOf(t, r, 0, "US6.2")
	wantCompanyIn(t, r, 0, "Quorvex")
}

// Initials that spell a name do not make one company of a parent and the
// unit a sentence says it owns ("SJW Group, the parent of San Jose Water
// Company").
func TestInitialsOfAParentsUnitAreTwoCompanies(t *testing.T) {
	r := recognizeWithDealWords(t, "es", "SJW Group y Connecticut Water Service acordaron fusionarse. La principal filial de SJW es San Jose Water Company, que da servicio a la ciudad.")
	wantCompanyIn(t, r, 0, "SJW")
	wantCompanyIn(t, r, 0, "San Jose Water")
}

// A run split at a word that alone names a listed company ("Finish Line":
// LINE) is the longer company the corpus confirmed ("The Finish Line").
func TestSplitRunIsTheLongerCompany(t *testing.T) {
	r := recognizeWith(t, []Doc{
		docOf("en", "JD Sports Fashion has agreed to buy The Finish Line, Inc., one of the largest footwear retailers, for $558 million."),
		docOf("en", "JD Sports to buy Finish Line for $558m in leap into US sneaker market. "+
			"The companies said yesterday that JD would pay $13.50 for each Finish Line share. "+
			"The deal, unanimously backed by Finish Line's board, needs the approval of both sets of shareholders."),
	}, deals.IsCue)
	wantCompanyIn(t, r, 1, "The Finish Line")
	noCompanyOf(t, r, 1, "Line")
}

// Words next to a site's noun are no site when they are a verb ("Quorvex
// mines lithium") or an owner's plan ("le projet de Veltraco de racheter").
func TestSitesNeedTheirNoun(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Veltraco Resources agreed to buy Quorvex for $2 billion. Quorvex mines lithium in Nevada.")
	wantCompanyIn(t, r, 0, "Quorvex")
	for _, c := range []struct{ lang, text string }{
		{"fr", "Le projet de Veltraco de racheter Quorvex pour 2 milliards d'euros a été approuvé."},
		{"it", "Il progetto di Veltraco di acquistare Quorvex per 2 miliardi di euro è stato approvato."},
		{"es", "El proyecto de Veltraco de comprar Quorvex por 2.000 millones de euros fue aprobado."},
	} {
		wantCompanyIn(t, recognizeWithDealWords(t, c.lang, c.text), 0, "Veltraco")
	}
}

// Two capitalised names joined by a hyphen are a company's shape
// ("Stolt-Nielsen"), not a person's given names, a place or a nation.
func TestJoinedCapitalsAreAName(t *testing.T) {
	r := recognizeWith(t, []Doc{
		docOf("en", "In 2005 Nutreco pooled its salmon farms with those of Stolt-Nielsen in a joint venture called Marine Harvest."),
		docOf("it", "Nel 2005 ha dato vita con Stolt-Nielsen a Marine Harvest, una joint venture nell'allevamento del salmone."),
	}, deals.IsCue)
	wantCompanyIn(t, r, 0, "Stolt-Nielsen")
	r = recognizeWith(t, []Doc{docOf("en", "In 2005 Nutreco pooled its salmon farms with those of Jean-Pierre in a Franco-German joint venture.")}, deals.IsCue)
	noCompanyOf(t, r, 0, "Jean-Pierre", "Franco-German")
}

// A listed company's surname alias after a given name the lists do not
// know is a person ("said Obadiah Stobart of Thistledown Research"), not
// the company named after a man of that name; the full name still is.
func TestSurnameAliasAfterAGivenNameIsAPerson(t *testing.T) {
	r := recognize(t, "\"Hotel schools are a cash business,\" said Obadiah Stobart of Thistledown Research. Veltraco Holdings agreed to buy Quorvex AG.")
	noCompanyOf(t, r, 0, "Eddie Stobart")
	r = recognize(t, "Eddie Stobart agreed to buy Quorvex AG for £200 million.")
	wantCompanyIn(t, r, 0, "Eddie Stobart")
}

// An exchange named by its noun and its town, either way round, is no
// company: "quotata alla Borsa di Londra", "cotée à la Bourse de Tokyo".
func TestExchangeOfATownIsNoCompany(t *testing.T) {
	r := recognizeWithDealWords(t, "it", "Il gruppo americano Veltraco ha annunciato ieri la fusione con la rivale Quorvex AG, fondata a Praga e quotata alla Borsa di Londra, in un'operazione in contanti e azioni.")
	noCompanyOf(t, r, 0, "Borsa di Londra")
	wantCompanyIn(t, r, 0, "Quorvex")
	r = recognizeWithDealWords(t, "fr", "Le japonais Veltraco, coté à la Bourse de Tokyo, a annoncé le rachat de l'activité de Quorvex AG.")
	noCompanyOf(t, r, 0, "Bourse de Tokyo")
}

// German holders and owners before a name describe it ("der Großaktionär
// Seven Group Holdings"), and "des Unternehmers" after a company's name
// says whose it is: neither is part of a name, and "Kerry" before a
// surname is a man's given name.
func TestGermanHoldersAreNoPartOfNames(t *testing.T) {
	r := recognizeLang(t, "de", "Treibende Kraft ist der Großaktionär Seven Group Holdings des Unternehmers Kerry Stokes, der rund 70 Prozent der Anteile an der Quorvex AG hält.")
	if got := companiesOf(r, 0); len(got) != 2 || !slices.Contains(got, "Quorvex") || !slices.Contains(got, "Seven") {
		t.Errorf("companies = %q, want Seven (Group Holdings) and Quorvex", got)
	}
	r = recognizeLang(t, "en", "The retreat has been driven by Seven Group Holdings, the Kerry Stokes-controlled conglomerate that holds about 70% of Quorvex.")
	noCompanyOf(t, r, 0, "Kerry")
}

// An acronym the lists do not know, right before a listed company's name,
// opens that name ("EFG Eurobank"): it is not a second company beside it.
func TestUnknownAcronymOpensAKnownName(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Veltraco agreed to buy the Polish unit of the Greek lender EFG Eurobank for €490 million.")
	wantCompanyIn(t, r, 0, "EFG Eurobank")
	noCompanyOf(t, r, 0, "EFG", "Eurobank")
	// a legal form opens no name: standing first, it is the name's letters
	r = recognizeWithDealWords(t, "en", "In 2004 Veltraco bought SAB Wabco, a brakes maker, a deal that roughly doubled its size.")
	wantCompanyIn(t, r, 0, "SAB Wabco")
}

// Italian writes "of the" as one word ("società dello Utah", "gruppo della
// Lombardia"): a company noun and it before a place say where, as "di"
// does; with an English article calling it "the Utah company", the place
// is still no company.
func TestCompanyOfThePlaceInItalian(t *testing.T) {
	r := recognizeWith(t, []Doc{
		docOf("en", "Much of its network came with the US$2.6 billion purchase of Quorvex Holdings, the Utah building products and fly ash company, in 2017."),
		docOf("it", "Buona parte della rete era arrivata nel 2017 con l'acquisto di Quorvex Holdings, società dello Utah, per 2,6 miliardi di dollari."),
	}, deals.IsCue)
	for doc := range 2 {
		noCompanyOf(t, r, doc, "Utah")
	}
}

// The Portuguese and Italian "e" is a name's own in a French, German or
// English text ("Quorvex Celulose e Papel"), as the English "and" is
// outside English; Spanish writes "e" for "y" before an "i", between two
// companies.
func TestForeignAndJoinsOneName(t *testing.T) {
	r := recognizeWithDealWords(t, "fr", "En janvier, le brésilien Quorvex Celulose e Papel a racheté Veltraco SA pour 2 milliards de dollars.")
	wantCompanyIn(t, r, 0, "Quorvex Celulose e Papel")
	r = recognizeWithDealWords(t, "es", "Veltraco SA e Iberquor SA firmaron ayer una alianza para producir hidrógeno.")
	noCompanyOf(t, r, 0, "Veltraco SA e Iberquor SA", "Veltraco e Iberquor")
}

// Whose brands a sentence names is a company ("the brands of rival
// Daxmoor", "i marchi del gruppo Daxmoor"), and an Italian article before
// a company's name is no sign of a place ("della Daxmoor").
func TestBrandsOwnerAndArticledCompanies(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco agreed to buy the brands of rival Daxmoor for $2 billion."},
		{"it", "Veltraco rileva i marchi del gruppo Daxmoor per 2 miliardi di euro."},
		{"es", "Veltraco compra las marcas del grupo Daxmoor por 2.000 millones de euros."},
		{"it", "Veltraco ha comprato il 10% della holding della Daxmoor, che controlla Quorvex."},
	} {
		wantCompanyIn(t, recognizeWithDealWords(t, c.lang, c.text), 0, "Daxmoor")
	}
}

// A name the text says a company now trades under ("JCA Industries, the
// Winnipeg autonomy specialist that now trades as JCA Technologies", "que
// hoy opera como") is the same company: the old name is an alias.
func TestRenamedCompanyIsOne(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "In 2022 Veltraco acquired Quorvex Industries, the Winnipeg autonomy specialist that now trades as Quorvex Technologies."},
		{"es", "En 2022 Veltraco compró Quorvex Industries, empresa canadiense de Winnipeg que hoy opera como Quorvex Technologies."},
	} {
		r := recognizeWithDealWords(t, c.lang, c.text)
		if got := companiesOf(r, 0); slices.Contains(got, "Quorvex Industries") && slices.Contains(got, "Quorvex Technologies") {
			t.Errorf("%s: companies = %q, want one Quorvex", c.lang, got)
		}
	}
	// another name it goes by is the same company too
	for _, c := range []struct{ lang, text string }{
		{"en", "In December Veltraco took a 10% stake in Dravena Lodging Group, the Shanghai operator also known as Kravlo, which runs Ibis hotels in China. Kravlo shares rose 5%."},
		{"es", "Veltraco compró el 10% de Dravena Lodging Group, la cadena de Shanghái también conocida como Kravlo, que gestiona hoteles en China. Las acciones de Kravlo subieron un 5%."},
	} {
		r := recognizeWithDealWords(t, c.lang, c.text)
		if got := companiesOf(r, 0); slices.Contains(got, "Dravena Lodging") && slices.Contains(got, "Kravlo") {
			t.Errorf("%s: companies = %q, want Dravena Lodging and Kravlo as one", c.lang, got)
		}
	}
	// the other name may be a listed company's ("Huazhu" is in
	// companies.tsv): the name before it is that company's
	r := recognizeWithDealWords(t, "en", "In December Veltraco took a 10% stake in Dravena Lodging Group, the Shanghai operator also known as Huazhu, which runs Ibis hotels in China. Dravena Lodging shares rose 5%.")
	noCompanyOf(t, r, 0, "Dravena Lodging") // Huazhu's other name
	// not another thing's name: a possessive, a parent, what it makes
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco agreed to acquire Dravena Ltd for 40 million euros. Dravena, better known as Apple's main screen supplier, has 200 staff."},
		{"en", "Veltraco agreed to acquire Dravena Ltd for 40 million euros. Dravena, a unit of the search group better known as Google, has 200 staff."},
		{"en", "Veltraco agreed to acquire Dravena Ltd for 40 million euros. Dravena, which makes the phones better known as Nokia, has 200 staff."},
		{"de", "Veltraco übernimmt die Dravena GmbH für 40 Millionen Euro. Dravena, eine Tochter des Konzerns auch bekannt als Siemens, hat 200 Mitarbeiter."},
	} {
		wantCompanyIn(t, recognizeWithDealWords(t, c.lang, c.text), 0, "Dravena")
	}
}

// An acronym in brackets takes no letter from the little words of the
// name ("Quorvex and Flexibles Packaging (QFP)"): QFP is that company,
// not one of its own.
func TestAcronymSkipsLittleWords(t *testing.T) {
	r := recognizeWith(t, []Doc{
		docOf("it", "Veltraco ha annunciato la vendita della divisione Quorvex and Flexibles Packaging (QFP) alla giapponese Daxmoor Holdings per circa 1,8 miliardi di dollari. QFP produce vaschette e film."),
		docOf("fr", "Veltraco cède QFP à Daxmoor Holdings pour 1,8 milliard de dollars. QFP emploie 4 500 personnes."),
	}, deals.IsCue)
	for doc := range 2 {
		if got := companiesOf(r, doc); slices.Contains(got, "QFP") {
			t.Errorf("doc %d: companies = %q, want QFP as the bracketed acronym of Quorvex and Flexibles Packaging", doc, got)
		}
	}
}

// A company's words after a name that alone is a public body's acronym
// ("BoC", the Bank of Canada) make it a company's name; the acronym
// alone stays the body.
func TestBodyAcronymWithCompanyWordsIsACompany(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Linde became a global player when it bought Britain's BOC Group for £8.2 billion in 2006.")
	wantCompanyIn(t, r, 0, "BOC")
	r = recognizeWithDealWords(t, "en", "The BoC raised its key rate on Wednesday, and Linde agreed to buy Praxair.")
	noCompanyOf(t, r, 0, "BoC", "BOC")
}

// A capitalised word no list knows and the text never writes in lower
// case, right before a known name, opens a name of its own: Staley
// Continental is the corn processor, not Continental. A sentence's first
// word and a German noun stay apart from the name.
func TestUnknownWordOpensAKnownName(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "The corn side goes back to 1988, when Tate & Lyle won a takeover battle for Staley Continental, the Illinois corn processor.")
	wantCompanyIn(t, r, 0, "Staley Continental")
	noCompanyOf(t, r, 0, "Continental")
	r = recognizeWithDealWords(t, "en", "Eligible Continental shareholders will receive one new share for every share they hold.")
	noCompanyOf(t, r, 0, "Eligible Continental")
	r = recognizeWithDealWords(t, "de", "Daxmoor verkauft an Platzhirsch Continental seine Sparte.")
	noCompanyOf(t, r, 0, "Platzhirsch Continental")
}

// A name of everyday words and a nationality ("American Sugar Refining",
// whose words the text also writes in lower case) is a company where a
// deal hands something to it or prices it, its acronym in brackets
// allowed between the name and the price.
func TestEverydayWordsNamedInADeal(t *testing.T) {
	en := "Tate & Lyle agreed to sell its EU sugar refining operations to American Sugar Refining for £211 million in cash."
	wantCompanyIn(t, recognizeWithDealWords(t, "en", en), 0, "American Sugar Refining")
	r := recognizeWith(t, []Doc{
		docOf("en", "Tate & Lyle sells its sugar refining business to Domino."),
		docOf("es", "Tate & Lyle anunció la venta de su negocio de refino a American Sugar Refining (ASR) por 211 millones de libras esterlinas."),
	}, deals.IsCue)
	wantCompanyIn(t, r, 1, "American Sugar Refining")
	r = recognizeWithDealWords(t, "en", "The EU sugar refining business grew, and Tate & Lyle named American Sugar Refining as one of its markets.")
	noCompanyOf(t, r, 0, "American Sugar Refining")
}

// A German noun of time, capitalised as every German noun, opens no name:
// "im vergangenen Jahr ARC Technologies" names ARC Technologies.
func TestGermanTimeNounOpensNoName(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Hexcel wiederum kaufte im vergangenen Jahr ARC Technologies, einen Anbieter radarabsorbierender Werkstoffe.")
	wantCompanyIn(t, r, 0, "ARC Technologies")
	noCompanyOf(t, r, 0, "Jahr ARC Technologies")
}

// The brand something is sold under is a product, not a company: "sells
// as Splenda", "venduto con il marchio Splenda", "comercializa con la
// marca Splenda"; a listed company's name used as a brand stays its
// company, and a company a unit is sold to is still one.
func TestBrandSoldUnderIsNoCompany(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "The group will concentrate on speciality ingredients such as the sucralose sweetener it sells as Splenda, and on corn-based starches."},
		{"it", "Il futuro del gruppo è negli ingredienti speciali, a partire dal sucralosio venduto con il marchio Splenda, e negli amidi di mais."},
		{"en", "Quorvex agreed to buy the sweetener business, sold under the Splenda brand, for $300 million."},
	} {
		noCompanyOf(t, recognizeWithDealWords(t, c.lang, c.text), 0, "Splenda")
	}
	r := recognizeWithDealWords(t, "it", "HMD Global venderà telefoni con il marchio Nokia in tutto il mondo.")
	wantCompanyIn(t, r, 0, "Nokia")
	r = recognizeWithDealWords(t, "en", "Tate & Lyle agreed to sell its refining arm to Daxmoor Sugar for £211 million.")
	wantCompanyIn(t, r, 0, "Daxmoor Sugar")
	// a company whose name its products are sold under stays a company
	// where the article says so elsewhere
	r = recognizeWithDealWords(t, "en", "Veltraco agreed to buy the consumer division of German audio group Quorvex for €200 million. "+
		"The purchase gives Veltraco Quorvex's headphones and earbuds. Veltraco gets a licence to sell the products under the Quorvex brand.")
	wantCompanyIn(t, r, 0, "Quorvex")
}

// A continent or a world region is no company, even priced at the end of
// a list of regions.
func TestRegionIsNoCompany(t *testing.T) {
	r := recognizeWithDealWords(t, "es", "Ameriprise compra el negocio de BMO en Europa, Oriente Medio y África por 615 millones de libras. El pasado lunes, Ameriprise Financial acordó comprar el negocio de gestión de activos de Bank of Montreal en Europa, Oriente Medio y África por 615 millones de libras en efectivo.")
	noCompanyOf(t, r, 0, "África", "Europa")
	wantCompanyIn(t, r, 0, "Ameriprise")
}

// A listed company's one-word name that is also the surname of a person
// the article introduced ("Jim Rogers, Duke's chairman") is that person
// again when it stands alone ("Rogers said", "la primera fusión para
// Rogers"), unless a deal makes it the company: "Michael Dell ... Dell
// agreed to buy EMC".
func TestSurnameOfAPersonIntroducedIsThePerson(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Jim Rogers, Duke's chairman, will become executive chairman. Rogers said the combined company would be stronger.")
	noCompanyOf(t, r, 0, "Rogers")
	r = recognizeWithDealWords(t, "en", "Michael Dell founded the company in 1984. Dell agreed to buy EMC for $67 billion.")
	wantCompanyIn(t, r, 0, "Dell")
	r = recognizeWithDealWords(t, "en", "Rogers agreed to buy Shaw for C$26 billion. Rogers said the deal would close next year.")
	wantCompanyIn(t, r, 0, "Rogers")
}

// Names a product is sold under are brands: "sold under names such as
// Tween and Arlacel".
func TestNamesSoldUnderAreBrands(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "The unit makes emulsifiers sold under names such as Tween and Arlacel, which cosmetics makers buy from Croda.")
	noCompanyOf(t, r, 0, "Tween", "Arlacel")
}

// A German noun takes a relative clause like any noun: "ein
// Zusammenschluss unter Gleichen, der in Aktien bezahlt wird" names no
// company Gleichen.
func TestGermanNounBeforeARelativeClause(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Die beiden Unternehmen einigten sich am Sonntag auf einen Zusammenschluss unter Gleichen, der vollständig in Aktien bezahlt wird.")
	noCompanyOf(t, r, 0, "Gleichen")
}

// A clause saying what the company was called then gives its former name:
// "Progressive Waste Solutions, which was called IESI-BFC until 2011",
// "qui s'appelait encore IESI-BFC".
func TestFormerNameInARelativeClause(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Progressive Waste Solutions agreed to merge with Waste Connections. Progressive Waste Solutions, which was called IESI-BFC until 2011, took over Waste Services Inc. in an all-stock deal."},
		{"fr", "Le groupe Progressive Waste Solutions fusionne avec Waste Connections. Progressive Waste Solutions, qui s'appelait encore IESI-BFC, avait pour sa part absorbé en 2010 l'américain Waste Services Inc."},
	} {
		r := recognizeWithDealWords(t, c.lang, c.text)
		i := slices.IndexFunc(r.Companies, func(x Company) bool { return x.Name == "Progressive Waste Solutions" })
		if i < 0 || !slices.Contains(r.Companies[i].Aliases, "IESI-BFC") {
			t.Errorf("%s: companies %+v, want IESI-BFC an alias of Progressive Waste Solutions", c.lang, r.Companies)
		}
	}
}

// "Air" ends an airline's name as "Airways" does: "Jin Air" is the
// carrier, though Jin is a given name.
func TestAirEndsAnAirlinesName(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Korean Air owns the budget carrier Jin Air, while Asiana controls Air Busan and Air Seoul.")
	wantCompanyIn(t, r, 0, "Jin Air")
}

// "markets as" / "the market as" is the noun and the conjunction, not a
// brand something is sold as: Quorvex, the buyer, is a company.
func TestMarketAsIsNoBrand(t *testing.T) {
	for _, text := range []string{
		"Veltraco shares rose in Asian markets as Quorvex agreed to buy the company for $2 billion.",
		"Veltraco shares fell across the market as Quorvex agreed to buy Daxmoor for $2 billion.",
	} {
		wantCompanyIn(t, recognizeWithDealWords(t, "en", text), 0, "Quorvex")
	}
}

// A former-name clause may end in "until 2011" in its French and Italian
// forms too ("jusqu'en 2011", "fino al 2011"), and a German one in its
// verb ("die damals noch Quorvex Systems hieß").
func TestFormerNameUntilAYearInEveryLanguage(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Veltraco Holdings ha acquistato Daxmoor Group. Veltraco Holdings, che si chiamava Quorvex Systems fino al 2011, è stata fondata nel 1990."},
		{"fr", "Veltraco Holdings a racheté Daxmoor Group. Veltraco Holdings, qui s'appelait Quorvex Systems jusqu'en 2011, a été fondée en 1990."},
		{"de", "Veltraco Holdings kauft Daxmoor Group. Veltraco Holdings, die damals noch Quorvex Systems hieß, wurde 1990 gegründet."},
	} {
		r := recognizeWithDealWords(t, c.lang, c.text)
		i := slices.IndexFunc(r.Companies, func(x Company) bool { return slices.Contains(x.Aliases, "Veltraco Holdings") })
		if i < 0 || !slices.Contains(r.Companies[i].Aliases, "Quorvex Systems") {
			t.Errorf("%s: companies %+v, want Quorvex Systems an alias of Veltraco Holdings", c.lang, r.Companies)
		}
	}
}

// A company noun before a lone capital letter is the name's own first
// word: "Big C Supercenter" ("big" is Italian for a leading company), as
// no name opens with a lone letter.
func TestNounBeforeALoneLetterOpensTheName(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Casino agreed to sell its 58.6 percent stake in Big C Supercenter to Berli Jucker for 3.1 billion euros.")
	wantCompanyIn(t, r, 0, "Big C Supercenter")
	noCompanyOf(t, r, 0, "C Supercenter")
}

// An acronym may spell a name's words and the legal form its key leaves
// out: "HMI" for Hermes Microvision Inc.
func TestInitialsWithTheLegalForm(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "ASML agreed to buy Hermes Microvision Inc for about $3.1 billion. Each HMI shareholder will receive T$1,410 a share. HMI shares jumped by the daily limit, and HMI Chairman Shu Chin-yung welcomed the deal.")
	noCompanyOf(t, r, 0, "HMI")
	wantCompanyIn(t, r, 0, "Hermes Microvision")
	if initialsAndLegalForm("hermes", "hi") || initialsAndLegalForm("hermes microvision", "hmx") || !initialsAndLegalForm("hermes microvision", "hmi") {
		t.Error("initialsAndLegalForm: want two words and a legal form's letter")
	}
}

// A camel-cased word made of the starts of a name's words is its short
// form: "GrandMet" for Grand Metropolitan.
func TestContractionIsAShortForm(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "On Monday Quorvex agreed to buy Grand Metropolitan for £24bn. GrandMet shareholders will own 53% of the new company, and GrandMet's chief executive will run it.")
	noCompanyOf(t, r, 0, "GrandMet")
	wantCompanyIn(t, r, 0, "Grand Metropolitan")
	for _, c := range []struct {
		key, word string
		want      bool
	}{
		{"american express", "AmEx", true},
		{"grand metropolitan", "GrandMet", true},
		{"grand metropolitan", "GrandMetro", true},
		{"grand metropolitan group", "GrandMet", false}, // a part for every word
		{"apple", "iPhone", false},
		{"international phones", "iPhone", false}, // two letters or more a part
		{"grand metropolitan", "GRANDMET", false},
	} {
		if got := contractionOf(c.key, c.word); got != c.want {
			t.Errorf("contractionOf(%q, %q) = %v, want %v", c.key, c.word, got, c.want)
		}
	}
}

// A word two companies of an article open ("Sega Sammy", "Sega
// Entertainment") stands alone for the one named more often, and for
// neither when they are named as often: "Fresenius" is Fresenius, not
// "Fresenius Medical Care" or "Fresenius Kabi".
func TestFirstWordOfTwoCompanies(t *testing.T) {
	mentionsOf := func(r Result, text string) []string {
		var out []string
		for _, m := range r.Mentions[0] {
			if m.Text == text {
				out = append(out, m.Company)
			}
		}
		return out
	}
	r := recognizeWithDealWords(t, "en", "Fresenius agreed on Monday to buy Quironsalud for 5.76 billion euros. Fresenius also controls Fresenius Medical Care and Fresenius Kabi. Fresenius shares rose 3 percent.")
	for _, c := range mentionsOf(r, "Fresenius") {
		if c != "Fresenius" {
			t.Errorf("Fresenius read as %s, want Fresenius", c)
		}
	}
	r = recognizeWithDealWords(t, "en", "Sega Sammy agreed on Monday to buy Rovio. Sega Sammy shares fell 4 percent. In 2020 it sold Sega Entertainment to Genda. Sega wants to grow in mobile games.")
	if got := mentionsOf(r, "Sega"); len(got) != 1 || got[0] != "Sega Sammy" {
		t.Errorf("Sega read as %v, want Sega Sammy", got)
	}
}

// "Corporación" is the Spanish legal form "Corporation": "Red Eléctrica
// Corporación" is Red Eléctrica.
func TestSpanishCorporacionIsALegalForm(t *testing.T) {
	r := recognizeWithDealWords(t, "es", "La concesionaria acordó ayer con Red Eléctrica Corporación la venta del 89,68% de Hispasat por 949 millones de euros.")
	wantCompanyIn(t, r, 0, "Red Eléctrica")
	noCompanyOf(t, r, 0, "Red Eléctrica Corporación")
}

// A listed one-word name after a capitalised word no list knows, with a
// title before the two or after them, is a person's surname: "Collin
// Roche, a managing director", "Geschäftsführer Collin Roche".
func TestTitledNameBeforeAListedSurname(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "On Thursday Brantmoor agreed to buy 55% of Quorvex for $11.7 billion. Collin Roche, a managing director at the firm, said it would invest in the business.")
	noCompanyOf(t, r, 0, "Roche")
	r = recognizeWithDealWords(t, "de", "Brantmoor kauft 55 Prozent an Quorvex. Geschäftsführer Collin Roche kündigte Investitionen an.")
	noCompanyOf(t, r, 0, "Roche")
	r = recognizeWithDealWords(t, "en", "On Thursday Roche agreed to buy Quorvex for $11.7 billion.")
	wantCompanyIn(t, r, 0, "Roche")
}

// A company written after a capitalised word for a group inside a
// sentence ("France's Groupe SEB") goes by that spelling too.
func TestGroupWordSpellingIsAnAlias(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "On Monday Quorvex agreed to buy Brantmoor for $3 billion, to compete with France's Groupe SEB, owner of Tefal.")
	for _, c := range r.Companies {
		if c.Name == "SEB" {
			if !slices.Contains(c.Aliases, "Groupe SEB") {
				t.Errorf("aliases %v, want Groupe SEB", c.Aliases)
			}
			return
		}
	}
	t.Errorf("companies %v, want SEB", r.Companies)
}

// titledNameBefore takes any capitalised word no list knows for a given
// name: a sentence's first word ("Meanwhile") or, in German, any noun
// ("Pharmariese"), then a title past the comma in a relative clause makes
// the company a surname.
func TestCompanyAfterUnlistedCapitalIsNoSurname(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Brantmoor agreed to buy Quorvex for $11.7 billion. Meanwhile Roche, whose chairman Christoph Franz called the deal rich, did not bid.")
	wantCompanyIn(t, r, 0, "Roche")
	r = recognizeWithDealWords(t, "de", "Brantmoor übernimmt Quorvex für 2 Milliarden Euro. Der Pharmariese Roche, dessen Chef Severin Schwan das Geschäft lobte, bot nicht mit.")
	wantCompanyIn(t, r, 0, "Roche")
}

// "Vermögensverwaltung" (asset management) is a word companies' names end
// in: "VEM Vermögensverwaltung" is the VEM another article names alone.
func TestVermoegensverwaltungIsANameWord(t *testing.T) {
	r := recognizeWith(t, []Doc{
		docOf("en", "Teva agreed to buy ratiopharm for 3.6 billion euros. The seller is VEM Vermögensverwaltung, the family's holding company. Hans-Joachim Ziems, managing director of VEM, said the buyer's strategy had weighed as heavily as the price."),
		docOf("it", "Teva compra ratiopharm. Il prezzo, comprensivo dei debiti, è di 3,625 miliardi di euro e viene pagato alla VEM, la holding della famiglia Merckle, costretta a vendere dalle banche creditrici."),
	}, deals.IsCue)
	got := append(companiesOf(r, 0), companiesOf(r, 1)...)
	if slices.Contains(got, "VEM") || !slices.Contains(companiesOf(r, 1), "VEM Vermögensverwaltung") {
		t.Errorf("companies %v, want VEM Vermögensverwaltung in both articles", got)
	}
}

// A people's name before a currency ("17.10 Swiss francs") is the
// currency's, whatever company the name is too.
func TestCurrencyOfAPlaceIsNoCompany(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Veltraco will pay 17.10 Swiss francs per share in cash to buy Quorvex Holdings.")
	noCompanyOf(t, r, 0, "Swiss")
}

// An initial joined by "&" opens a name ("S&D Coffee"); "I'm" and
// "We're" are contractions, no name's words.
func TestAmpersandInitialsOpenAName(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "In August of that year it also bought S&D Coffee, a North Carolina coffee roaster, for about $355 million.")
	wantCompany(t, r, "S&D Coffee", true)
	if !contraction("i m") || !contraction("we re") || contraction("s d") {
		t.Errorf("contraction: want I'm and we're, not S&D")
	}
}

// A known one-word name that a company word follows, capitalised, after
// another capitalised word is inside a longer name ("Motor Coach
// Industries" past "Coach"), not a second name; a known name of more
// words still breaks the run ("Rivals Paddy Power").
func TestKnownWordInsideALongerName(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Veltraco agreed to buy Motor Coach Industries for $455 million in cash.")
	wantCompany(t, r, "Motor Coach Industries", true)
	wantCompany(t, r, "Coach", false)
	r = recognizeWithDealWords(t, "en", "Rivals Paddy Power Betfair and Veltraco agreed to merge.")
	wantCompany(t, r, "Rivals Paddy Power Betfair", false)
}

// An abbreviated legal form, "of" and a country in the wire style
// ("Hanson PLC of Britain", "Hoechst AG of Germany") tell where the
// company is from, not part of its name.
func TestAbbreviatedLegalFormOfCountryIsItsSeat(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Veltraco agreed to buy Brindle Holdings PLC of Britain for $2 billion.")
	wantCompany(t, r, "Brindle Holdings PLC of Britain", false)
	r = recognizeWithDealWords(t, "en", "The buyer is Kelmora Chemie AG of Germany, which paid $300 million.")
	wantCompany(t, r, "Kelmora Chemie AG of Germany", false)
}

// An acronym an article defines in brackets ("Finnish Commuter Airlines
// (FCA)") is that name in the article, whatever company the list knows by
// it (Fiat Chrysler).
func TestBracketedAcronymOutweighsTheList(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Veltraco and Quorvex agreed to buy the regional airline Fenno Commuter Airlines Oy (FCA) for €25 million. "+
		"Shares of Fenno Commuter Airlines rose 5%. "+
		"Veltraco will take over day-to-day operation of FCA on August 1. "+
		"FCA, which was privately owned, carries around 900,000 passengers a year and employs about 350 people.")
	wantCompany(t, r, "Fiat Chrysler", false)
	wantMentionsOf(t, r, 0, "FCA", "Fenno Commuter Airlines")
}

// Single names parted by commas and ending in two joined by "&" are one
// firm's partners ("Hicks, Muse, Tate & Furst"); a list of companies ends
// in "and".
func TestPartnersNamesAreOneFirm(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "In 2002 Veltraco sold its beef business to buyout firm Hicks, Muse, Tate & Furst for about $1.4 billion.")
	wantCompany(t, r, "Hicks, Muse, Tate & Furst", true)
	wantCompany(t, r, "Muse", false)
}

// Princes, sheikhs and emirs are people in every language ("el príncipe
// Alwaleed bin Talal", "le prince saoudien", "Scheich").
func TestRoyalTitlesMarkPeople(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "El fondo Veltraco Holding, controlado por el príncipe Alwaleed bin Talal, acordó vender la mitad de su paquete a Quorvex."},
		{"es", "El príncipe Alwaleed vende a Quorvex la mitad de su participación en Veltraco."},
	} {
		noCompanyOf(t, recognizeWithDealWords(t, c.lang, c.text), 0, "Alwaleed", "Talal")
	}
}

// Two companies of the corpus named together with "and" ("Deep Yellow und
// Vimy Resources") are two, not one name that ends in a company word;
// "Rain and Hail", whose halves are no companies alone, stays one.
func TestTwoCompaniesJoinedByAndAreTwo(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Deep Yellow übernimmt Vimy Resources für 658 Millionen Dollar. "+
		"Vimy Resources besitzt das Projekt Mulga Rock. Deep Yellow betreibt Tumas in Namibia. "+
		"Die Aktien von Deep Yellow und Vimy Resources stiegen am Donnerstag.")
	noCompanyOf(t, r, 0, "Deep Yellow und Vimy Resources")
	wantCompanyIn(t, r, 0, "Deep Yellow")
	wantCompanyIn(t, r, 0, "Vimy Resources")
	r = recognizeWithDealWords(t, "es", "En 2010 adquirió la aseguradora agrícola Rain and Hail, con sede en Iowa, por 1.100 millones de dólares.")
	wantCompanyIn(t, r, 0, "Rain and Hail")
}

// A title word opening a run that goes on with a word only companies'
// names hold is the company's own first word ("Premier Lotteries
// Ireland"), not a title before a person; not after "de" ("PDG de New
// Media" is New Media's head).
func TestTitleWordOpensACompanysName(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Veltraco agreed to buy Premier Lotteries Ireland for $2 billion.")
	wantCompanyIn(t, r, 0, "Premier Lotteries Ireland")
	r = recognizeWithDealWords(t, "fr", "Jean Dupont, PDG de Kelmora Media, a racheté Quorvex Group pour 2 milliards d'euros.")
	noCompanyOf(t, r, 0, "PDG de Kelmora Media")
}

// A German title before a firm stays out of its name: German capitalises
// every noun ("vom Eigentümer Kelmora Capital").
func TestGermanTitleBeforeAFirmIsNoPartOfIt(t *testing.T) {
	for _, text := range []string{
		"Veltraco übernimmt Quorvex für 2 Milliarden Euro vom Eigentümer Kelmora Capital.",
		"Der bisherige Eigentümer Kelmora Capital hatte Quorvex 2015 für 300 Millionen Euro gekauft.",
	} {
		noCompanyOf(t, recognizeWithDealWords(t, "de", text), 0, "Eigentümer Kelmora Capital")
	}
}

// A listed name that is also a city, before a company noun and a firm's
// name ("Zurich brokerage Fraumünster Kapital"), is where that firm is:
// "brokerage" is a company noun, which places the city; the insurer named
// after the city is still found where the text says so.
func TestCityBeforeAFirmIsNoCompany(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "HNA agreed to buy Swissport, said an analyst at Zurich brokerage Fraumünster Kapital.")
	noCompanyOf(t, r, 0, "Zurich", "Zurich Insurance")
	wantCompanyIn(t, r, 0, "Fraumünster Kapital")
	r = recognizeWithDealWords(t, "en", "Zurich agreed to buy Quorvex Insurance for $2 billion.")
	if len(r.Mentions[0]) == 0 || !strings.HasPrefix(r.Mentions[0][0].Company, "Zurich") {
		t.Errorf("mentions %+v, want the insurer", r.Mentions[0])
	}
}

// A word in lower case with a capital further in may open a name
// ("senseFly", "redBus"), as one with a capital second does ("eBay"); not
// one with a digit or a sign in it.
func TestCamelCaseOpensAName(t *testing.T) {
	for w, want := range map[string]bool{"senseFly": true, "redBus": true, "aiMotive": true, "eBay": true,
		"company": false, "fast4Ward": false, "e-Commerce": false, "ab": false, "abC": false} {
		if got := nameStart(segment.Tokens(w)[0]); got != want {
			t.Errorf("nameStart(%q) = %v, want %v", w, got, want)
		}
	}
	r := recognizeWithDealWords(t, "en", "AgEagle Aerial Systems agreed to buy senseFly, the Swiss maker of fixed-wing drones, for $23 million.")
	wantCompanyIn(t, r, 0, "senseFly")
}

// A German compound noun of a kind of business before a name says what
// the company is, no part of its name ("den Fahrradverleiher Nextbike",
// "das Analysehaus Fehmarn Research", "die Molkerei Oceania Dairy").
func TestGermanBusinessNounBeforeAName(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Veltraco hatte 2021 den Fahrradverleiher Nextbike übernommen und 2013 die Molkerei Oceania Dairy gekauft, "+
		"sagt Detlev Ammerbrink vom Analysehaus Fehmarn Research.")
	for _, name := range []string{"Fahrradverleiher Nextbike", "Molkerei Oceania Dairy", "Analysehaus Fehmarn Research"} {
		wantCompany(t, r, name, false)
	}
	for _, name := range []string{"Nextbike", "Oceania Dairy"} {
		wantCompany(t, r, name, true)
	}
}

// A German adjective opening a name is declined ("am Germanischen Lloyd"):
// the company is the one the corpus names in the nominative, and named so.
func TestDeclinedGermanAdjectiveIsTheNominativesCompany(t *testing.T) {
	r := recognizeWith(t, []Doc{
		docOf("en", "Veltraco bought Germanischer Quorvex in 2006. Germanischer Quorvex shares rose."),
		docOf("de", "Der Finanzinvestor Veltraco hatte 2006 die Mehrheit am Germanischen Quorvex übernommen. Die Aktionäre des Germanischen Quorvex stimmten zu."),
	}, deals.IsCue)
	wantMentionsOf(t, r, 1, "Germanischen Quorvex", "Germanischer Quorvex")
	if !slices.Contains(companiesOf(r, 1), "Germanischer Quorvex") {
		t.Errorf("companies %q, want Germanischer Quorvex", companiesOf(r, 1))
	}
}

// "Hansen" is a surname, no declined adjective: the Danish Hansen
// Kelmora is not the German Hanse Kelmora AG the corpus also names.
func TestSurnameInEnIsNoDeclinedAdjective(t *testing.T) {
	r := recognizeWith(t, []Doc{
		docOf("de", "Die Hanse Kelmora AG übernimmt Veltraco. Hanse Kelmora zahlt 50 Millionen Euro."),
		docOf("en", "Hansen Kelmora, the Danish shipping group, agreed to buy Quorvex. Hansen Kelmora will pay $20 million."),
	}, deals.IsCue)
	wantMentionsOf(t, r, 1, "Hansen Kelmora", "Hansen Kelmora")
	wantCompanyIn(t, r, 1, "Hansen Kelmora")
}

// "St." for Saint opens a name, its point no end of it.
func TestSaintAbbreviationOpensAName(t *testing.T) {
	r := recognizeWith(t, []Doc{docOf("en", "St. Kelmora Medical agreed to buy Quorvex Capital for $2 billion. St. Kelmora Medical shares rose.")}, deals.IsCue)
	wantCompanyIn(t, r, 0, "St. Kelmora Medical")
}

// "St." for Street ends an address, and the sentence: the capitalised
// word after it opens the next sentence, not a "Saint" name.
func TestStreetAbbreviationEndsAName(t *testing.T) {
	r := recognizeWith(t, []Doc{docOf("en", "Veltraco Inc. agreed to buy Quorvex Corp. for $2 billion. The company is based on Main St. Veltraco said the deal would close in May.")}, deals.IsCue)
	noCompanyOf(t, r, 0, "Main St. Veltraco")
	r = recognizeWith(t, []Doc{docOf("en", "Veltraco Inc. agreed to buy Quorvex Corp. for $2 billion. Quorvex has its offices at 40 Wall St. Veltraco shares rose.")}, deals.IsCue)
	noCompanyOf(t, r, 0, "Wall St. Veltraco")
}

// An outlet's name stays no company even with a legal form after it:
// press-release datelines ("(Newsfile Corp. - March 5, 2024)"), wire
// credits ("ein Service der EQS Group AG") and research firms cited
// ("according to TrendForce Corp.") write it so far more often than a
// deal of the outlet's own.
func TestOutletWithALegalFormStaysNoCompany(t *testing.T) {
	for _, text := range []string{
		"Calgary, Alberta--(Newsfile Corp. - March 5, 2024) - Kravlo Energy Inc. announced that it has sold its assets for C$14 million.",
		"Reuters Group PLC and Kravlo Corp. said they would form a joint venture.",
	} {
		noCompanyOf(t, recognizeWithDealWords(t, "en", text), 0, "Newsfile", "Reuters")
	}
}

// A title written only with its full stop ("Dott. Rossi") is no name
// there, and a company with that word for a name is one without it
// ("Tier Mobility and Dott agreed to combine").
func TestDottedTitleWithoutItsStopIsAName(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Berlin-based Kravlo Mobility and Amsterdam-based Dott said they had reached a preliminary agreement to combine. Dott was founded in 2017. Kravlo and Dott will merge their fleets.")
	wantCompanyIn(t, r, 0, "Dott")
	for _, c := range []struct{ lang, text string }{
		{"it", "Il Dott. Rossi ha detto che Kravlo comprerà Dravena per 2 miliardi. Il Dott. Rossi è soddisfatto."},
		// written without the stop, before the titled person's name
		{"it", "Il Dott Rossi ha venduto a Kravlo la sua quota in Dravena per 50 milioni di euro. Il Dott Rossi resta presidente."},
		{"it", "Il Sig Bianchi ha ceduto a Kravlo il 40% di Dravena per 30 milioni di euro."},
		{"es", "El Sr García ha vendido a Kravlo su participación en Dravena por 50 millones de euros. El Sr García seguirá como presidente."},
		{"en", "Kravlo agreed to buy Gen AI startup Dravena for $200 million. Gen AI tools are in demand, Kravlo said."},
	} {
		r = recognizeWithDealWords(t, c.lang, c.text)
		for _, co := range companiesOf(r, 0) {
			if strings.Contains(co, "Dott") || strings.Contains(co, "Rossi") || strings.Contains(co, "Sig") || strings.Contains(co, "Sr") || co == "Gen" {
				t.Errorf("%q: companies %v: %s is a title, or a person's title and name", c.text, companiesOf(r, 0), co)
			}
		}
	}
}

// A title alone as a sentence's subject is the article's company that
// opens with it ("Premier has owned Hovis" after "Premier Foods"); not
// where it titles a person, follows other words or goes before a comma
// or "and", nor in an article that names no such company.
func TestTitleAloneIsTheArticlesCompany(t *testing.T) {
	for _, c := range []struct{ text, alone, company string }{
		{"Premier Foods said sales of bread fell. Premier has owned Dravena since 2007, when it bought Kravlo.", "Premier", "Premier Foods"},
		{"Premier Kravlo Holdings Ltd agreed to buy Dravena Inc for $20 million. In 2012 Premier sold its pickle business.", "Premier", "Premier Kravlo"},
		{"Principal Financial agreed to buy Dravena Inc for $300 million. Principal said the deal would close in May.", "Principal", "Principal Financial"},
	} {
		r := recognizeWithDealWords(t, "en", c.text)
		read := false
		for _, m := range r.Mentions[0] {
			if m.Text == c.alone {
				read = m.Company == c.company
			}
		}
		if !read {
			t.Errorf("%q: %s alone is not read as %s (mentions %v)", c.text, c.alone, c.company, r.Mentions[0])
		}
	}
	for _, text := range []string{
		"Premier Foods said sales of bread fell. The Premier said the province backs the bakery.",
		"Premier Foods said sales of bread fell. Ontario's Premier said the province backs it.",
		"Premier Foods said sales of bread fell. Premier Doug Ford said the province backs it.",
		"Premier said on Monday that the province backs the sale of Dravena Ltd.",
		// a person's title after other words, or before a comma or "and"
		"Premier Foods agreed to sell its cake unit to Kravlo Ltd. Quorvex Ltd met with Premier on Monday, and it said it would buy Ostravel Inc.",
		"Premier Foods agreed to sell its cake unit to Kravlo Ltd. Quorvex Ltd said the deal, which Premier called good news, was why it bought Ostravel Inc.",
		"Premier Foods agreed to sell its cake unit to Kravlo Ltd. Separately, Dravena Ltd named Ann Smith as Premier, and it agreed to buy Ostravel Inc.",
		"Premier Foods agreed to sell its cake unit to Kravlo Ltd. Premier, who spoke in Ohio, said the province backs it.",
		"Premier Foods agreed to sell its cake unit to Kravlo Ltd. Premier and interest on the bonds were repaid early.",
	} {
		r := recognizeWithDealWords(t, "en", text)
		for _, m := range r.Mentions[0] {
			if m.Text == "Premier" {
				t.Errorf("%q: the title is read as %s", text, m.Company)
			}
		}
	}
}

// Brothers, sisters and twins named by their surname are people, as a
// family is ("bought the titles from the Barclay brothers", "i fratelli
// Ambrogio"), while a firm with "Brothers" in its name, firms called
// sisters and a verb "twins" leave companies alone.
func TestSiblingsAreNoCompany(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco Group agreed to buy Quorvex Media for £10m. In 2005 Quorvex bought the titles from the Kravlo brothers for £160m. The Kravlo brothers kept the hotel."},
		{"it", "Veltraco Group ha comprato Quorvex Media per 10 milioni. Nel 2005 Quorvex aveva comprato i giornali dai fratelli Kravlo per 160 milioni."},
		{"es", "Veltraco Group ha comprado Quorvex Media por 10 millones. En 2005 Quorvex compró los diarios a los hermanos Kravlo por 160 millones."},
		{"fr", "Veltraco Group a racheté Quorvex Media pour 10 millions. En 2005, Quorvex avait acheté les titres aux frères Kravlo pour 160 millions."},
		{"de", "Veltraco Group kauft Quorvex Media für 10 Millionen. 2005 hatte Quorvex die Zeitungen von den Brüdern Kravlo gekauft, die Gebrüder Kravlo behielten das Hotel."},
	} {
		if cs := companiesOf(recognizeWithDealWords(t, c.lang, c.text), 0); slices.Contains(cs, "Kravlo") {
			t.Errorf("%q: companies %q: the Kravlo siblings are people", c.text, cs)
		}
	}
	r := recognizeWithDealWords(t, "en", "Salomon Brothers agreed to buy Kravlo Inc for $10 million. Salomon Brothers said the deal is its first.")
	wantCompanyIn(t, r, 0, "Salomon Brothers")
	// firms called sisters or twins, and "twins" as a verb
	for _, c := range []struct{ lang, text string }{
		{"it", "Il gruppo Quorvex ha comprato le aziende sorelle Kravlo e Daxmoor dal gruppo Veltraco per 300 milioni di euro. Quorvex ha detto che l'acquisizione sarà completata entro giugno. Kravlo e Daxmoor producono vini in Piemonte."},
		{"fr", "Le groupe Quorvex a racheté les fonds jumeaux Kravlo et Daxmoor au groupe Veltraco pour 300 millions d'euros. Quorvex a indiqué que l'opération serait finalisée en juin. Kravlo et Daxmoor investissent dans l'immobilier à Lyon."},
		{"en", "Quorvex Inc agreed to buy Kravlo for $90 million, the companies said on Tuesday. Kravlo twins its factories with plants in Mexico. Quorvex said the deal would close in June."},
	} {
		wantCompanyIn(t, recognizeWithDealWords(t, c.lang, c.text), 0, "Kravlo")
	}
}

// A kind of company whose last word alone is a title ("fund manager")
// before a name ending in a company word is the company's kind, not a
// person's job: "sold fund manager Putnam Investments". A name with no
// company word there may still be a man's ("fund manager Kravlo said").
func TestFundManagerNamedIsAFirm(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Veltraco Corp agreed to buy Ostravel Group for $5 billion. In 2007 Veltraco sold fund manager Quorvex Investments to Daxmoor Lifeco for $3.9 billion. Fund manager Kravlo said the price was high.")
	wantCompanyIn(t, r, 0, "Quorvex Investments")
	noCompanyOf(t, r, 0, "Kravlo")
	r = recognizeWithDealWords(t, "en", "Veltraco Corp shares fell 5 percent on Monday, said fund manager Marcus Holding, who owns the stock. Holding has run money at Daxmoor Capital since 2010.")
	noCompanyOf(t, r, 0, "Marcus", "Marcus Holding")
}

// A German compound ending in a title before a given name ("Marketingchef
// Michael", "Fisher-Vizechef Paul", "Konzernsprecher Jan") is a person's
// title, not the first word of a company's name; a firm named so
// ("Lautsprecher Teufel", "Datamanager Software") stays a company.
func TestGermanCompoundTitleOpensNoName(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Veltraco AG übernimmt die Quorvex GmbH für 40 Millionen Euro. Marketingchef Michael Brindle sagte, der Kauf stärke das Geschäft. Fisher-Vizechef Paul Kravlo lobte den Preis. Konzernsprecher Jan Ostra bestätigte den Kauf.")
	for _, c := range companiesOf(r, 0) {
		if strings.Contains(c, "Brindle") || strings.Contains(c, "Kravlo") || strings.Contains(c, "Ostra") || strings.Contains(c, "chef") {
			t.Errorf("companies %q: %s is a person with a title", companiesOf(r, 0), c)
		}
	}
	if titleEnded("halbleiter") || !titleEnded("marketingchef") || titleEnded("chef") {
		t.Error("titleEnded reads the end of a compound after three letters or more, and not -leiter")
	}
	// firms named so, before no given name
	for _, c := range []struct{ lang, text, company string }{
		{"de", "Die Veltraco AG übernimmt den Berliner Hersteller Lautsprecher Teufel GmbH für 120 Millionen Euro. Lautsprecher Teufel verkauft Boxen vor allem online. Lautsprecher Teufel beschäftigt rund 300 Mitarbeiter.", "Lautsprecher Teufel"},
		{"en", "Quorvex Inc agreed to buy Datamanager Software Inc for $85 million, the companies said. Datamanager Software makes tools for banks.", "Datamanager Software"},
	} {
		wantCompanyIn(t, recognizeWithDealWords(t, c.lang, c.text), 0, c.company)
	}
}

// A clothier is a kind of company: the name after one is a company's
// ("the $325 million purchase of bankrupt clothier Brooks Brothers"). A
// specialist is not: before a name it is as often a person's title ("said
// the retail specialist Neil Saunders").
func TestClothierBeforeAName(t *testing.T) {
	r := recognizeLang(t, "en", "Last year Veltraco led the purchase of the bankrupt clothier Quorvex.")
	wantCompanyIn(t, r, 0, "Quorvex")
	r = recognizeWithDealWords(t, "en", "Veltraco Corp agreed to buy Brindle SA for 300 million euros, said the retail specialist Neil Saunders, who follows both companies.")
	noCompanyOf(t, r, 0, "Neil Saunders")
}
