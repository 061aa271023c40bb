package extract

import (
	"slices"
	"strings"
	"testing"

	"dealwire/model"
)

// joins: some deal of ds of one of types names a and b.
func joinsIn(ds []model.Deal, a, b string, types ...string) bool {
	return slices.ContainsFunc(ds, func(d model.Deal) bool {
		return slices.Contains(types, d.Type) && slices.Contains(d.Parties, a) && slices.Contains(d.Parties, b)
	})
}

// The past tenses and plurals of selling and buying are deal words in each
// language: how news tells the deals of before, and two companies acting
// together.
func TestPastAndPluralFormsOfSellingAndBuying(t *testing.T) {
	for _, c := range []struct {
		lang, text, a, b string
	}{
		{"es", "Veltraco y Brindle anunciaron ayer un acuerdo comercial. En 2010, Veltraco cedió su filial de sensores a Quorvex por 300 millones de euros.", "Veltraco", "Quorvex"},
		{"es", "Veltraco y Brindle anunciaron ayer un acuerdo comercial. En 2012, Veltraco y Brindle vendieron sus redes a Quorvex por 500 millones de euros.", "Brindle", "Quorvex"},
		{"it", "Veltraco e Brindle hanno annunciato ieri un accordo commerciale. Nel 2011 Veltraco vendette la divisione sensori a Quorvex per 200 milioni di euro.", "Veltraco", "Quorvex"},
		{"fr", "Veltraco et Brindle ont annoncé hier un accord commercial. En 1998, Veltraco céda sa filiale de capteurs à Quorvex pour 200 millions d'euros.", "Veltraco", "Quorvex"},
		{"de", "Veltraco und Brindle haben gestern eine Vereinbarung bekanntgegeben. 2009 kauften Veltraco und Brindle gemeinsam den Sensorhersteller Quorvex für 200 Millionen Euro.", "Brindle", "Quorvex"},
		{"de", "Veltraco und Brindle haben gestern eine Vereinbarung bekanntgegeben. 2009 zahlten Veltraco und Brindle für den Sensorhersteller Quorvex rund 200 Millionen Euro.", "Veltraco", "Quorvex"},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Brindle", "Quorvex")
		if !joinsIn(ds, c.a, c.b, model.Acquisition, model.Divestiture) {
			t.Errorf("%s %q: deals %+v, want a sale or purchase joining %s and %s", c.lang, c.text, ds, c.a, c.b)
		}
	}
}

// The German past form of selling is also the adjective of what was
// sold: after a determiner it tells no sale ("Zur verkauften Sparte
// gehören ...").
func TestGermanSoldAdjectiveIsNoSale(t *testing.T) {
	text := "Veltraco und Brindle haben gestern eine Vereinbarung über Sensoren bekanntgegeben. " +
		"Zur verkauften Sparte gehören auch Quorvex und Ostravel, zwei kleinere Anbieter."
	ds := extractTextIn(t, "de", text, "Veltraco", "Brindle", "Quorvex", "Ostravel")
	if joinsIn(ds, "Quorvex", "Ostravel", model.Acquisition, model.Divestiture) {
		t.Errorf("deals %+v: 'zur verkauften Sparte' read as a sale", ds)
	}
}

// German puts the subject after its verb when the sentence opens on
// something else: "Für X zahlten die Norweger ..." names its buyer by
// where it is from, after X; the buyer is the company the article
// described as from there.
func TestGermanDemonymSubjectAfterAName(t *testing.T) {
	text := "Der norwegische Ölkonzern Veltraco legt sein Geschäft mit dem Rivalen Brindle zusammen. " +
		"Veltraco hatte zuletzt stark expandiert. " +
		"Für den texanischen Tiefseespezialisten Quorvex zahlten die Norweger 2005 rund 2,45 Milliarden Dollar. " +
		"Die Aktionäre müssen noch zustimmen."
	ds := extractTextIn(t, "de", text, "Veltraco", "Brindle", "Quorvex")
	if !joinsIn(ds, "Veltraco", "Quorvex", model.Acquisition) {
		t.Errorf("deals %+v: want Veltraco's purchase of Quorvex", ds)
	}
}

// A demonym after a name in English stands in a clause of its own, not
// as the subject of the deal: "it had bought X ..., a bet that helped
// persuade the Belgians" is the article's company buying.
func TestEnglishDemonymAfterANameIsNotTheBuyer(t *testing.T) {
	text := "Veltraco, the Dutch retailer, agreed to merge with Belgian rival Brindle on Monday. " +
		"A year earlier it had bought Dutch online retailer Quorvex for €350 million, a bet on e-commerce that insiders say helped persuade the Belgians."
	ds := extractTextIn(t, "en", text, "Veltraco", "Brindle", "Quorvex")
	if joinsIn(ds, "Brindle", "Quorvex", model.Acquisition) {
		t.Errorf("deals %+v: 'the Belgians' read as Quorvex's buyer", ds)
	}
}

// "Dafür zahlten die Essener 630 Millionen Dollar" prices what the
// sentence before told, never the article's own deal.
func TestPriceForThatIsNotTheArticlesDeal(t *testing.T) {
	text := "Der Essener Chemiekonzern Veltraco übernimmt den Sensorhersteller Brindle. " +
		"Brindle beschäftigt 2000 Mitarbeiter, Veltraco rund 30000. " +
		"Die Transaktion soll im dritten Quartal abgeschlossen werden. " +
		"Im selben Jahr folgte das Kieselsäuregeschäft eines amerikanischen Familienunternehmens. " +
		"Dafür zahlten die Essener 630 Millionen Dollar."
	ds := extractTextIn(t, "de", text, "Veltraco", "Brindle")
	for _, d := range ds {
		if slices.Contains(d.Parties, "Brindle") && d.Value != nil {
			t.Errorf("deal %+v: the price of another purchase given to Veltraco's purchase of Brindle", d)
		}
	}
}

// "Dafür zahlten die Amerikaner 2,6 Milliarden Dollar" is the price of
// the purchase the sentence before told.
func TestPriceForThatPricesTheDealJustTold(t *testing.T) {
	text := "Veltraco übernimmt den Reiseanbieter Brindle für 4 Milliarden Dollar. Veltraco ist seit Jahren auf Einkaufstour. " +
		"2014 übernahm Veltraco den Reservierungsdienst Quorvex. Dafür zahlten die Amerikaner 2,6 Milliarden Dollar."
	ds := extractTextIn(t, "de", text, "Veltraco", "Brindle", "Quorvex")
	if !slices.ContainsFunc(ds, func(d model.Deal) bool {
		return slices.Contains(d.Parties, "Quorvex") && d.Value != nil && d.Value.Value == 2.6e9
	}) {
		t.Errorf("deals %+v: want the purchase of Quorvex priced at $2.6bn", ds)
	}
}

// A power purchase agreement is the supply of electricity, not a
// purchase of the company: the words of a phrase found are not read again
// on their own.
func TestPowerPurchaseAgreementIsSupply(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco and Brindle extended their ties on Tuesday. Veltraco signed a long-term power purchase agreement with Brindle covering 2020 through 2026."},
		{"es", "Veltraco y Brindle firmaron ayer un acuerdo. Veltraco ha firmado un contrato de compraventa de energía con Brindle por diez años."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Brindle")
		if !joinsIn(ds, "Veltraco", "Brindle", model.Supply) || joinsIn(ds, "Veltraco", "Brindle", model.Acquisition) {
			t.Errorf("%s: deals %+v, want Veltraco's supply deal with Brindle and no purchase", c.lang, ds)
		}
	}
}

// Spanish and Italian write the object pronoun after the infinitive:
// "aceptó venderla a", "ha deciso di cederla a", "per rilevarne il 30%"
// are deal words as their infinitives are.
func TestInfinitiveWithCliticIsADealWord(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "Veltraco compró Brindle en 2012. En 2019 Veltraco aceptó venderla a Quorvex por 500 millones de euros."},
		{"es", "Brindle y Quorvex negociaron durante meses. Los accionistas de Brindle han aceptado venderse a Quorvex por 1.750 millones de dólares."},
		{"it", "Veltraco controlla Brindle dal 2012. Nel 2019 Veltraco ha deciso di cederla a Quorvex per 500 milioni di euro."},
		{"it", "Brindle vale 2 miliardi di euro. Nel 2019 Quorvex ha trattato con Veltraco per rilevarne il 30% per 600 milioni di euro."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Brindle", "Quorvex")
		if !slices.ContainsFunc(ds, func(d model.Deal) bool {
			return slices.Contains(d.Parties, "Quorvex") && d.Value != nil && d.Type != model.Partnership
		}) {
			t.Errorf("%s %q: deals %+v, want Quorvex's priced purchase", c.lang, c.text, ds)
		}
	}
}

// A company's one-word name with the city of its seat in brackets ("Soci:
// Sorin (Milano) e Cyberonics (Houston)", a fact box) is the company: a
// city companies sit in is not how a town's name is told. One such line
// used to refuse the name in every article of the corpus.
func TestOneWordCompanyWithItsSeatCityInBrackets(t *testing.T) {
	body := "Il gruppo biomedicale milanese Veltraco e l'americana Brindle hanno perfezionato la fusione annunciata a febbraio. Ai soci di Brindle va il 54% del capitale.\n\n- Soci: Veltraco (Milano) e Brindle (Houston)" +
		articleBreak + "Veltraco and Brindle completed their all-stock merger on Monday, the companies said. Brindle shareholders own 54 percent."
	cs := companiesIn(t, "it", body)
	wantCompany(t, cs, "Brindle")
}

// A cooperative is a kind of company: the name it describes is one
// ("la coopérative auvergnate Brindle", "der Agrargenossenschaft
// Brindle", "dalla cooperativa francese Brindle").
func TestCooperativeDescribesACompany(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Veltraco, branche semences cotée de la coopérative auvergnate Brindle, signe un accord avec Quorvex."},
		{"de", "Veltraco, das Saatgut-Standbein der französischen Agrargenossenschaft Brindle, einigt sich mit Quorvex."},
		{"it", "Veltraco, controllata dalla cooperativa francese Brindle, ha firmato un accordo con Quorvex."},
	} {
		if cs := companiesIn(t, c.lang, c.text, "Veltraco", "Quorvex"); !hasCompany(cs, "Brindle") {
			t.Errorf("%s: companies %+v, want Brindle", c.lang, cs)
		}
	}
}

// The unit a buyer acts through is no side of the deal, however it is
// named: after its noun and the noun's adjective ("a través de su
// sociedad instrumental Quorvex", "par l'intermédiaire de sa holding
// Quorvex") or before its noun ("through its Quorvex holding company").
func TestVehicleNamedAroundItsNounIsNoSide(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "Veltraco presentó el 19 de diciembre, a través de su sociedad instrumental Quorvex, una oferta de 24,60 euros por acción sobre Brindle."},
		{"fr", "Le 19 décembre, Veltraco avait porté son offre sur Brindle, par l'intermédiaire de sa holding Quorvex, à 24,60 euros par action."},
		{"en", "Veltraco, through its Quorvex holding company, on Dec. 19 raised its offer for Brindle to 24.60 euros a share."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Brindle", "Quorvex")
		if !joinsIn(ds, "Veltraco", "Brindle", model.Acquisition) || slices.ContainsFunc(ds, func(d model.Deal) bool { return slices.Contains(d.Parties, "Quorvex") }) {
			t.Errorf("%s: deals %+v, want Veltraco's offer for Brindle without Quorvex", c.lang, ds)
		}
	}
}

// A company named like a person ("Franco Vago") is a company when a
// nationality and a kind of company describe it ("Franco Vago, the
// Italian forwarder") or a German compound kind stands before it ("den
// Florentiner Modelogistiker Franco Vago").
func TestCompanyNamedLikeAPersonDescribedAsOne(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco agreed to buy Brindle, the Austrian company, for 845 million euros. In 2013 Veltraco bought Franco Vago, the Italian forwarder, for an undisclosed sum."},
		{"de", "Veltraco übernimmt Brindle für 845 Millionen Euro. Bisher kaufte der Konzern eher kleinere Familienbetriebe, etwa 2013 den Florentiner Modelogistiker Franco Vago."},
	} {
		if cs := companiesIn(t, c.lang, c.text, "Veltraco", "Brindle"); !hasCompany(cs, "Franco Vago") {
			t.Errorf("%s: companies %+v, want Franco Vago", c.lang, cs)
		}
	}
}

// A dimension, a network's generation or a class of shares standing alone
// is no company ("3D and 4D seismic libraries", "5G equipment", "Class A
// shares"); a name that opens with one is ("3D Systems").
func TestTechTermsAndShareClassesAreNoCompanies(t *testing.T) {
	text := "Veltraco agreed to buy Brindle for $300 million. The deal includes Brindle's 3D and 4D seismic libraries. " +
		"Its Class A shares rose 5 percent. 3D Systems also sells 5G equipment to Brindle."
	cs := companiesIn(t, "en", text, "Veltraco", "Brindle")
	noCompany(t, cs, "3D", "4D", "5G", "Class A")
	wantCompany(t, cs, "3D Systems")
}

// The Spanish abbreviation of the United States ("EE UU") and
// "Norteamérica" are places, no companies.
func TestSpanishPlaceAbbreviationsAreNoCompanies(t *testing.T) {
	text := "Veltraco compra Brindle, el mayor operador de cable de EE UU, por 300 millones de dólares. " +
		"Brindle vende sobre todo en Norteamérica y en EE UU."
	cs := companiesIn(t, "es", text, "Veltraco", "Brindle")
	noCompany(t, cs, "EE", "EE UU", "UU", "Norteamérica")
}

// "Former" opening a sentence is no part of the name after it ("Former
// Cyberonics shareholders own 54 percent").
func TestFormerOpensNoName(t *testing.T) {
	cs := companiesIn(t, "en", "Sorin and Brindle completed their merger on Monday. Former Brindle shareholders own 54 percent.", "Sorin")
	noCompany(t, cs, "Former Brindle")
}

// A company named by its web address in lower case is a company
// ("eBay bought mobile.de", "GVC agreed to buy bwin.party"); a "www"
// address is not.
func TestSiteNamesAreCompanies(t *testing.T) {
	text := "Veltraco agreed to buy Brindle for $9.2 billion. Brindle bought mobile.de in 2004 for 121 million euros, and mobile.de is now Germany's largest car site. " +
		"Quorvex agreed to buy bwin.party for 1.1 billion pounds; bwin.party shareholders approved. More at www.brindle.com and www.brindle.com."
	cs := companiesIn(t, "en", text, "Veltraco", "Brindle", "Quorvex")
	for _, name := range []string{"mobile.de", "bwin.party"} {
		if !slices.ContainsFunc(cs, func(c model.Company) bool { return strings.EqualFold(c.Name, name) }) {
			t.Errorf("companies %+v, want %s", cs, name)
		}
	}
	noCompany(t, cs, "www.brindle.com")
}

// A company whose name is written in lower case is one when articles of
// two languages describe it as one by a kind of company ("the insurer
// esure from", "den Versicherer esure für"); a word after a kind of
// company before a verb ("the company said") or an adjective ("la
// cooperativa agrícola,") is none.
func TestLowerCaseNameDescribedInTwoLanguages(t *testing.T) {
	arts := []model.Article{
		{ID: "a0", Language: "en", Published: "2020-10-29", Body: "Veltraco agreed to buy Brindle for 500 million pounds. In 2010 Quorvex sold the insurer esure for 200 million pounds. The company said it would grow."},
		{ID: "a1", Language: "de", Published: "2020-10-29", Body: "Veltraco übernimmt Brindle für 500 Millionen Pfund. 2010 verkaufte Quorvex den Versicherer esure für 200 Millionen Pfund. Der Konzern hat viel vor."},
		{ID: "a2", Language: "es", Published: "2020-10-29", Body: "Veltraco compra Brindle. La cooperativa agrícola, socia de Quorvex, vende aceite."},
	}
	cs, _, err := Extract(arts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantCompany(t, cs, "esure")
	noCompany(t, cs, "said", "hat", "agrícola")
}

// A listed company whose name opens with a digit ("3i") is read as
// listed names in lower case are: no capital opens it either.
func TestListedNameOpeningWithADigit(t *testing.T) {
	cs := companiesIn(t, "en", "Veltraco took over Brindle from private equity group 3i for £374 million last year. 3i said it was pleased.", "Veltraco", "Brindle")
	wantCompany(t, cs, "3i")
}

// A name of four capitalised words or more that opens with a given name
// and goes on in words the corpus writes in lower case is a firm's named
// after its founder ("John Frieda Professional Hair Care"), not a
// person's; hyphenated names stay a person's ("Anne-Sophie
// Gervais-Lachapelle" said).
func TestLongNameOpeningWithAGivenNameIsAFirm(t *testing.T) {
	text := "Veltraco agreed to buy Brindle for 5 billion euros, adding professional hair care brands. Rivals have also been shopping: Quorvex paid $450 million for John Frieda Professional Hair Care last year, " +
		"said Anne-Sophie Gervais-Lachapelle, an analyst."
	cs := companiesIn(t, "en", text, "Veltraco", "Brindle", "Quorvex")
	wantCompany(t, cs, "John Frieda Professional Hair Care")
	noCompany(t, cs, "Anne-Sophie Gervais-Lachapelle")
}

// A research firm quoted for its figures is a company the text mentions
// ("Según la consultora Gartner, ..."), no outlet.
func TestResearchFirmQuotedIsACompany(t *testing.T) {
	cs := companiesIn(t, "es", "Veltraco compra Brindle por 5.000 millones de dólares. Según la consultora Gartner, la nueva compañía controlaría cerca de la mitad del mercado.", "Veltraco", "Brindle")
	wantCompany(t, cs, "Gartner")
}

// Lloyd's, the insurance market, is no company, as exchanges are none;
// Lloyd's Register, a company named after it, is one.
func TestLloydsMarketIsNoCompany(t *testing.T) {
	text := "Veltraco agreed on Tuesday to buy Lloyd's of London specialty insurer Brindle for 1.2 billion pounds. Veltraco is no stranger to the Lloyd's insurer. " +
		"Quorvex bought the energy consultancy from Lloyd's Register in 2012."
	cs := companiesIn(t, "en", text, "Veltraco", "Brindle", "Quorvex")
	noCompany(t, cs, "Lloyd's", "Lloyd's of London")
	wantCompany(t, cs, "Lloyd's Register")
}

// Italian tells a spin-off in the participle and infinitive of
// "scorporare" as well as in its noun: "aveva scorporato Quorvex" is a
// divestiture.
func TestItalianSpinOffVerb(t *testing.T) {
	ds := extractTextIn(t, "it", "Veltraco e Brindle hanno annunciato ieri un accordo commerciale. Nel 2011 Veltraco aveva scorporato Quorvex, quotandola in Borsa.")
	if !joinsIn(ds, "Veltraco", "Quorvex", "divestiture") {
		t.Errorf("deals %+v, want a divestiture of Quorvex by Veltraco", ds)
	}
}

// A dative pronoun before the verb of a sale stands for the company the
// article was about ("Barco lui a cédé", "le vendió", "gli ha ceduto"):
// the sale is between the two. An Italian "le" before a participle agreeing
// with it ("le ha cedute") is the things sold, and names no side.
func TestDativePronounIsTheOtherSide(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Veltraco va racheter Quorvex pour 4 milliards de dollars. Quorvex est un équipementier. En 2015, Brindle lui a cédé son activité d'écrans pour 150 millions d'euros."},
		{"es", "Veltraco comprará Quorvex por 4.000 millones de dólares. Quorvex es un proveedor. En 2015, Brindle le vendió su negocio de pantallas por 150 millones de euros."},
		{"it", "Veltraco comprerà Quorvex per 4 miliardi di dollari. Quorvex è un fornitore. Nel 2015 Brindle gli ha ceduto la sua attività di schermi per 150 milioni di euro."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Quorvex", "Brindle")
		if !joinsIn(ds, "Quorvex", "Brindle", "divestiture", "acquisition") {
			t.Errorf("%s: deals %+v, want Brindle's sale to Quorvex", c.lang, ds)
		}
	}
	ds := extractTextIn(t, "it", "Veltraco comprerà Quorvex per 4 miliardi di dollari. Quorvex è un fornitore. Brindle aveva comprato azioni nel 2015 e nel 2019 le ha cedute per 150 milioni di euro.", "Veltraco", "Quorvex", "Brindle")
	if joinsIn(ds, "Quorvex", "Brindle", "divestiture", "acquisition") {
		t.Errorf("deals %+v: 'le ha cedute' sells the shares, to no one named", ds)
	}
}

// A joint venture named by its own name, which "the two" made ("les deux
// groupes ... AgReliant, leur coentreprise"), is a deal of the two
// companies the article is about, apart from the one it tells.
func TestVentureOfTheTwoNamed(t *testing.T) {
	ds := extractTextIn(t, "fr", "Veltraco et Quorvex vont créer une coentreprise en Chine, a annoncé Veltraco. Quorvex détiendra 50 %. "+
		"Les deux groupes ne partent pas de zéro : depuis 2000, ils contrôlent déjà à 50/50 Brindle Seeds, leur coentreprise nord-américaine.", "Veltraco", "Quorvex", "Brindle Seeds")
	var venture, told bool
	for _, d := range ds {
		if d.Type != model.JointVenture || !slices.Contains(d.Parties, "Veltraco") || !slices.Contains(d.Parties, "Quorvex") {
			continue
		}
		if slices.Contains(d.Parties, "Brindle Seeds") {
			venture = true
		} else {
			told = true
		}
	}
	if !venture || !told {
		t.Errorf("deals %+v, want the venture in China and Brindle Seeds, each of Veltraco and Quorvex", ds)
	}
}

// A rival named after "with" and a deal word is the other side of that
// deal ("den Zusammenschluss mit dem dänischen Wettbewerber Quorvex",
// "the merger with its rival Quorvex"), not a bystander.
func TestRivalAfterWithIsTheOtherSide(t *testing.T) {
	ds := extractTextIn(t, "de", "Die italienische Brindle Banca verkauft ihr Kartengeschäft an Veltraco für 318 Millionen Euro, wie Brindle mitteilte. Veltraco zahlt in bar. "+
		"Im vergangenen Jahr schloss der Konzern den Zusammenschluss mit dem dänischen Wettbewerber Quorvex ab, einen reinen Aktientausch im Wert von 7,8 Milliarden Euro.", "Veltraco", "Brindle", "Quorvex")
	if !joinsIn(ds, "Veltraco", "Quorvex", "merger") {
		t.Errorf("deals %+v, want the merger of Veltraco and Quorvex", ds)
	}
}
