package extract

import (
	"testing"

	"dealwire/model"
)

// "non" joined by a hyphen to the word after it is a prefix, which denies
// nothing ("a non-exclusive licence", "a non-binding offer"); "non" and
// "not" standing alone still deny.
func TestHyphenedNonDeniesNoDeal(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "non-exclusive licence", bodies: []string{"en|Veltraco on Tuesday said it had granted Quorvex a non-exclusive licence."},
			check: exactDeal(model.Licensing, "Veltraco", "Quorvex")},
		{name: "non-binding offer", bodies: []string{"en|Brindle made a non-binding offer for Daxmoor on Monday."},
			check: keepsDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{name: "not bought", bodies: []string{"en|Brindle did not buy Daxmoor."},
			check: noFalseDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{name: "non ha comprato", bodies: []string{"it|Brindle non ha comprato Daxmoor."},
			check: noFalseDeal(model.Acquisition, "Brindle", "Daxmoor")},
	})
}

// A firm named for its founder is a company where an apposition names its
// kind: past a place ("the Paris fashion house"), a head of two words, a
// nationality after the head ("la maison parigina"), or "maison", which
// heads no name but after one.
func TestFounderNamedFirmDescribedAfterIt(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco bought 24% of Clarissa Mondavi, the Paris fashion house, for 541 million euros."},
		{"it", "Veltraco ha rilevato il 24% di Clarissa Mondavi, la maison parigina, per 541 milioni di euro."},
		{"es", "Veltraco compró el 24% de Clarissa Mondavi, la empresa madrileña, por 541 millones de euros."},
	} {
		if cs := companiesIn(t, c.lang, c.text, "Veltraco"); !hasCompany(cs, "Clarissa Mondavi") {
			t.Errorf("%s: companies %+v, want Clarissa Mondavi", c.lang, cs)
		}
	}
	// a person so described stays one
	if cs := companiesIn(t, "it", "Veltraco ha assunto Clarissa Mondavi, analista parigina, come direttrice.", "Veltraco"); hasCompany(cs, "Clarissa Mondavi") {
		t.Errorf("an analyst made a company: %+v", cs)
	}
}

// A country's name opening a name that ends in a word of industry makes
// a company, even where the corpus writes the words between in lower
// case ("a share exchange"); a nationality so placed does not.
func TestCountryNamedCompanyOfCommonWords(t *testing.T) {
	body := "Lone Star bought a controlling stake in Norway Exchange Bank in 2003 for $1.2 billion." + articleBreak +
		"CSR will absorb CNR through a share exchange, the bank said."
	if cs := companiesIn(t, "en", body, "Lone Star"); !hasCompany(cs, "Norway Exchange Bank") {
		t.Errorf("companies %+v, want Norway Exchange Bank", cs)
	}
	if cs := companiesIn(t, "en", "The South Korean exchange and bank regulators met on Monday. South Korean Exchange Bank rules changed.", "Lone Star"); hasCompany(cs, "South Korean Exchange Bank") {
		t.Errorf("a nationality's words made a company: %+v", cs)
	}
}

// "Bankengruppe" after a name is its legal form's kin: "Norbank
// Bankengruppe" is Norbank.
func TestBankengruppeIsASuffix(t *testing.T) {
	body := "Norbank Bankengruppe said on Thursday it would sell its holding in Quorvex to Lone Star." + articleBreak +
		"Die Förderbank Norbank verkauft ihren Anteil an Quorvex an Lone Star."
	cs := companiesIn(t, "en", body, "Lone Star", "Quorvex")
	if !hasCompany(cs, "Norbank") || hasCompany(cs, "Norbank Bankengruppe") {
		t.Errorf("companies %+v, want Norbank once", cs)
	}
}

// Companies named only in a clause that tells who holds a company
// ("…, zu deren Aktionären damals auch Daxmoor zählte", "…, whose
// shareholders included Daxmoor", "…, das damals Daxmoor gehörte") are no
// sides, wherever the clause stands; a clause of "dont" that lists deals
// ("dont celle de Quorvex") still names one, and so does a buyer that a
// company owns.
func TestHoldersInAPossessiveClauseAreNoSides(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "zu deren Aktionären", bodies: []string{"de|Brindle wächst. Im Sommer 2014 hatte der Konzern die ebenfalls in Basel ansässige Quorvex für rund 1,4 Milliarden Franken übernommen, zu deren Aktionären damals auch Daxmoor und Halvorsen zählten."},
			check: func(ds []model.Deal) string {
				if d := dealOf(ds, model.Acquisition, "Brindle", "Quorvex"); d == nil || len(d.Parties) != 2 {
					return "want Brindle's purchase of Quorvex, two sides"
				}
				return ""
			}},
		{name: "whose shareholders", bodies: []string{"en|Brindle is growing. In 2014 the group bought Quorvex for 1.4 billion francs, whose shareholders then included Daxmoor and Halvorsen."},
			check: noFalseDeal(model.Acquisition, "Quorvex", "Daxmoor")},
		{name: "which was then owned by", bodies: []string{"en|Brindle is growing. In May 2004 it agreed to pay 239 million euros for Quorvex Co, the North American corn business of Veltraco, which was then owned by Daxmoor and Dutch cooperative Halvorsen."},
			check: noFalseDeal(model.Acquisition, "Daxmoor", "Quorvex")},
		{name: "das damals gehörte", bodies: []string{"de|Brindle wächst. Im Mai 2004 hatten sie von Veltraco, das damals Daxmoor und der niederländischen Genossenschaft Halvorsen gehörte, das nordamerikanische Maisgeschäft Quorvex für 239 Millionen Euro übernommen."},
			check: noFalseDeal(model.Acquisition, "Daxmoor", "Quorvex")},
		{name: "buyer owned by", bodies: []string{"en|Brindle sold Quorvex to Daxmoor, which is owned by Halvorsen, for $2 billion."},
			check: keepsDeal(model.Divestiture, "Brindle", "Daxmoor")},
		{name: "dont celle de", bodies: []string{"fr|Depuis, Veltraco a multiplié les acquisitions, dont celle de l'américain Quorvex en 2006 pour quelque 408 millions de dollars."},
			check: keepsDeal(model.Acquisition, "Veltraco", "Quorvex")},
	})
}

// A rival the buyer is ranked behind is no side, where the ranking word
// stands far before "behind" or its place follows the rival ("hinter
// Daxmoor auf Platz zwei", "al secondo posto mondiale nella salute
// animale dietro Daxmoor").
func TestRivalRankedBehindIsNoSide(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "auf Platz zwei", bodies: []string{"de|Brindle baut ein Werk in China. Anfang 2017 hatte Brindle die Tiergesundheitssparte Quorvex übernommen und sich damit hinter Daxmoor auf Platz zwei der Branche geschoben."},
			check: noFalseDeal(model.Acquisition, "Quorvex", "Daxmoor")},
		{name: "secondo posto", bodies: []string{"it|Brindle costruisce un impianto in Cina. Il centro di ricerca arriva da Lione, dove ha sede il laboratorio ereditato con Quorvex: il gruppo tedesco ne ha preso il controllo il primo gennaio 2017, salendo al secondo posto mondiale nella salute animale dietro Daxmoor."},
			check: noFalseDeal(model.Acquisition, "Quorvex", "Daxmoor")},
		{name: "the family behind", bodies: []string{"en|Brindle bought Quorvex from the holding company behind Daxmoor for $2 billion."},
			check: keepsDeal(model.Acquisition, "Brindle", "Quorvex")},
	})
}

// A seller who "le vendió" what it names sold to whom "le" stands for, the
// company the article is about, even where what is sold is named too; a
// buyer named after "a" is the buyer.
func TestDativeCliticBuyerBesideNamedGoods(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "le vendió su negocio", known: []string{"Veltraco", "Quorvex", "Brindle", "Daxmoor"},
			bodies: []string{"es|Veltraco compra Quorvex por 400 millones de dólares. Y Brindle le vendió en 2003 su negocio Daxmoor de reactores por 60 millones de dólares en efectivo."},
			check:  keepsDeal(model.Divestiture, "Veltraco", "Brindle")},
		{name: "le vendió a", known: []string{"Veltraco", "Quorvex", "Brindle", "Daxmoor", "Halvorsen"},
			bodies: []string{"es|Veltraco compra Quorvex por 400 millones de dólares. Brindle le vendió a Halvorsen su negocio Daxmoor por 60 millones de dólares."},
			check:  noFalseDeal(model.Divestiture, "Veltraco", "Brindle")},
	})
}

// Welcoming an investor into the capital is an investment ("a accueilli
// à son capital", "ha aperto il capitale al fondo", "dio entrada al
// fondo"); "salire oltre il 50%" is control, not the half of a joint
// venture.
func TestCapitalOpenedAndControlTaken(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "accueilli à son capital", bodies: []string{"fr|Brindle a accueilli à son capital le groupe Daxmoor en 2015, qui y a injecté 3,58 milliards de yuans."},
			check: exactDeal(model.Investment, "Brindle", "Daxmoor")},
		{name: "aperto il capitale", bodies: []string{"it|Nel 2011 Brindle aveva aperto il capitale al fondo americano Daxmoor, che ne rilevò il 44%."},
			check: exactDeal(model.Investment, "Brindle", "Daxmoor")},
		{name: "dio entrada", bodies: []string{"es|En 2012 Brindle dio entrada al fondo estadounidense Daxmoor con un 7 %."},
			check: exactDeal(model.Investment, "Brindle", "Daxmoor")},
		{name: "oltre il 50%", bodies: []string{"it|Il 2 agosto Brindle, che possedeva già il 3,45% di Quorvex, ha lanciato un'offerta pubblica d'acquisto su Quorvex a 800 yen per azione, con l'obiettivo di salire oltre il 50%."},
			check: exactDeal(model.Acquisition, "Brindle", "Quorvex")},
	})
}

// A participle of owning and its agent name holders too ("…, tuttora
// posseduto da banche come Daxmoor", "…, et reste détenue par les
// banques Daxmoor et Halvorsen").
func TestOwnersAfterAParticipleAreNoSides(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "détenue par, parmi lesquelles", bodies: []string{"fr|Trelawny fournit des logiciels. Elle est née en juillet 2007 de la fusion de Brindle, l'héritier de Bacs, et du réseau de distributeurs LINK, et reste détenue par les banques britanniques Daxmoor et Halvorsen."},
			check: noFalseDeal(model.Merger, "Brindle", "Daxmoor")},
		{name: "posseduto da", bodies: []string{"it|Trelawny fornisce software. Nel luglio 2007 Brindle, la vecchia Bacs, e il circuito dei bancomat LINK si fusero dando vita all'attuale gruppo, tuttora posseduto da banche britanniche come Daxmoor e Halvorsen."},
			check: noFalseDeal(model.Merger, "Brindle", "Daxmoor")},
	})
}

// "bought into" takes a stake; an agreement signed with a company is a
// partnership where words stand between its parts ("signed an exclusive
// agreement with", "ha firmato con Quorvex un accordo", "a signé avec
// Quorvex un contrat"); an agreement about deliveries is a supply deal
// ("eine Rahmenvereinbarung über die Lieferung von Erdgas").
func TestStakesBoughtIntoAndAgreementsSigned(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "bought into", bodies: []string{"en|The announcement came a day after Brindle confirmed it had bought into Quorvex, without disclosing how large its holding was."},
			check: exactDeal(model.Investment, "Brindle", "Quorvex")},
		{name: "signed an exclusive agreement with", bodies: []string{"en|Brindle has signed an exclusive agreement with Quorvex under which the British studio will develop and produce at least four feature films for the Hollywood company."},
			check: exactDeal(model.Partnership, "Brindle", "Quorvex")},
		{name: "firmato con … un accordo", bodies: []string{"it|Quorvex, la casa di Bristol, ha firmato ieri con Brindle un accordo in esclusiva per sviluppare e produrre almeno quattro lungometraggi."},
			check: exactDeal(model.Partnership, "Brindle", "Quorvex")},
		{name: "signé avec … un contrat", bodies: []string{"fr|Quorvex, père de Wallace et Gromit, a signé avec Brindle un contrat d'exclusivité portant sur au moins quatre longs métrages."},
			check: exactDeal(model.Partnership, "Brindle", "Quorvex")},
		{name: "Rahmenvereinbarung über die Lieferung", bodies: []string{"de|Brindle hat mit der Tochter Quorvex eine Rahmenvereinbarung über die Lieferung von verflüssigtem Erdgas geschlossen, wie der Konzern am Montag mitteilte."},
			check: exactDeal(model.Supply, "Brindle", "Quorvex")},
	})
}

// A unit sold that a possessive names as the seller's ("Its Cariflex unit
// went to Brindle", "son activité Cariflex") was sold by the company the
// article is about; where the seller is named before, it is that one.
func TestOwnUnitSoldByTheCompanyReferredTo(t *testing.T) {
	known := []string{"Brindle", "Quorvex", "Daxmoor"}
	runReviewCases(t, []reviewCase{
		{name: "its unit went to", known: known, bodies: []string{"en|Quorvex is for sale. Its Daxmoor isoprene rubber latex unit went to Brindle for $530 million last year."},
			check: keepsDeal(model.Divestiture, "Quorvex", "Brindle")},
		{name: "son activité", known: known, bodies: []string{"fr|Quorvex est à vendre. L'an dernier, le groupe de Houston avait cédé son activité Daxmoor à Brindle pour 530 millions de dollars."},
			check: keepsDeal(model.Divestiture, "Quorvex", "Brindle")},
		{name: "seller named", known: known, bodies: []string{"en|Halvorsen is for sale. Quorvex sold its Daxmoor unit to Brindle for $530 million last year."},
			check: keepsDeal(model.Divestiture, "Quorvex", "Brindle")},
	})
}

// A mandatory offer bids for the company ("ein Pflichtangebot"); coming
// under a company's control is its purchase ("sono passati sotto il
// controllo di Brindle"); "se quedó" takes a stake past a month ("en marzo
// de 2006 con el 65%"); "rilevò" a company buys it; a rival after
// "derrière" that a number ranks ("le numéro deux mondial de la DRAM
// derrière") is no side.
func TestOffersAndControlTaken(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "Pflichtangebot", bodies: []string{"de|Brindle kündigte deshalb ein Pflichtangebot an alle übrigen Aktionäre von Quorvex zu ebenfalls 12,12 Euro an."},
			check: exactDeal(model.Acquisition, "Brindle", "Quorvex")},
		{name: "passati sotto il controllo di", bodies: []string{"it|Nel 2008 sono passati sotto il controllo di Brindle lo specialista di patate Quorvex e il commerciante Daxmoor."},
			check: exactDeal(model.Acquisition, "Brindle", "Quorvex")},
		{name: "se quedó en marzo de 2006 con el 65%", bodies: []string{"es|Brindle se quedó en marzo de 2006 con el 65% de la fabricante de rotativas Quorvex."},
			check: exactDeal(model.Acquisition, "Brindle", "Quorvex")},
		{name: "rilevò da", bodies: []string{"it|In Gran Bretagna il gruppo Brindle è arrivato nel 2006, quando rilevò da Daxmoor la Quorvex per 1,4 miliardi di sterline."},
			check: keepsDeal(model.Acquisition, "Daxmoor", "Quorvex")},
		{name: "numéro deux derrière", bodies: []string{"fr|Passé sous le contrôle de Brindle en 2012, pour quelque 3 400 milliards de wons, Quorvex est le numéro deux mondial de la DRAM derrière Daxmoor."},
			check: noFalseDeal(model.Acquisition, "Brindle", "Daxmoor")},
	})
}
