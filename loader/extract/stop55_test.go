package extract

import (
	"testing"

	"dealwire/model"
)

// A relative clause whose pronoun is its object, and whose subject is a
// pronoun or, in Italian and Spanish, unsaid, tells a deal of the
// sentence's subject: "Quorvex failed to turn around Daxmoor, which it
// had bought in 2015" (Quorvex buys, not Brindle, named the sentence
// before). With no company before the antecedent, "it" is still one the
// sentences before named.
func TestRelativeObjectDealOfTheSubject(t *testing.T) {
	const before = "Brindle reported results on Monday. "
	runReviewCases(t, []reviewCase{
		{name: "en which it had bought", bodies: []string{"en|" + before + "Quorvex struggled to turn around Daxmoor, which it had bought in 2015 for about 2.8 billion euros."},
			check: actingFirst(model.Acquisition, "Quorvex", "Daxmoor")},
		{name: "it che aveva acquistato", bodies: []string{"it|Brindle ha pubblicato i risultati. Quorvex non è riuscita a rilanciare Daxmoor, che aveva acquistato nel 2015 per circa 2,8 miliardi di euro."},
			check: actingFirst(model.Acquisition, "Quorvex", "Daxmoor")},
		{name: "es que compró", bodies: []string{"es|Brindle publicó sus resultados. Quorvex no logró reflotar Daxmoor, que compró en 2015 por unos 2.800 millones de euros."},
			check: actingFirst(model.Acquisition, "Quorvex", "Daxmoor")},
		{name: "no company before the antecedent", bodies: []string{"en|" + before + "Analysts praised Daxmoor, which it bought in 2015 for $2 billion."},
			check: actingFirst(model.Acquisition, "Brindle", "Daxmoor")},
		{name: "it subject relative", bodies: []string{"it|Quorvex ha chiuso il trimestre. Brindle ha venduto Daxmoor, che aveva acquistato Halvorsen nel 2015."},
			check: noDealBetween("Brindle", "Halvorsen")},
	})
}

// "si è fusa con" and "si fuse con" merge, as "si sono fuse" did.
func TestItalianMergedVerbForms(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "si è fusa", bodies: []string{"it|Quorvex si è fusa con Brindle nel febbraio 2021."}, check: exactDeal(model.Merger, "Quorvex", "Brindle")},
		{name: "si fuse", bodies: []string{"it|Nel 2021 Quorvex si fuse con Brindle."}, check: exactDeal(model.Merger, "Quorvex", "Brindle")},
	})
}

// A plus between two capitalised words joins one name: "Gruner + Jahr"
// (not cut to "Gruner", nor to "Jahr").
func TestPlusJoinsAName(t *testing.T) {
	for _, text := range []string{
		"Quorvex agreed to buy Vantor + Quell for $1 billion.",
		"Quorvex sold its stake in Vantor + Quell, the German publisher, in 2002.",
	} {
		cs := companiesIn(t, "en", text, "Quorvex")
		if !hasCompany(cs, "Vantor + Quell") {
			t.Errorf("%q: companies %+v, want Vantor + Quell whole", text, cs)
		}
		if hasCompany(cs, "Vantor") || hasCompany(cs, "Quell") {
			t.Errorf("%q: companies %+v, the name cut at its plus", text, cs)
		}
	}
}

// The only company, named after a verb of signing or founding and "with"
// before the deal word, is the counterpart of the company the sentences
// before named: "aveva firmato con Quorvex, ..., una joint venture". Not a
// company named after "with" and another verb ("le chemin emprunté avec
// Quorvex, sa division").
func TestWithCompanyBeforeTheDealWord(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "firmato con X, apposition, una joint venture", bodies: []string{"it|Brindle ha chiuso il trimestre. Nel giugno 2012 aveva firmato con Quorvex, il polo farmaceutico di Taizhou, una joint venture paritetica da 55,5 milioni di euro."},
			check: exactDeal(model.JointVenture, "Brindle", "Quorvex")},
		{name: "costituito con X una joint venture", bodies: []string{"it|Brindle ha chiuso il trimestre. Nel 2012 aveva costituito con Quorvex una joint venture."},
			check: exactDeal(model.JointVenture, "Brindle", "Quorvex")},
		{name: "emprunté avec", bodies: []string{"fr|Brindle a publié ses résultats. Le groupe suit ainsi le chemin déjà emprunté avec Quorvex, sa division, scindée et introduite en Bourse en 2019."},
			check: noDealBetween("Brindle", "Quorvex")},
	})
}

// A company passed into the hands of another, in French as in Italian and
// Spanish, is bought by it: "passée entre les mains de", "passé aux mains
// de"; not when the hands are someone's of it ("des créanciers de").
func TestFrenchPassedIntoTheHandsOf(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "passée entre les mains de", bodies: []string{"fr|Le mois dernier, c'est Quorvex qui était passée entre les mains de Brindle pour 4,2 milliards de livres."},
			check: actingFirst(model.Acquisition, "Brindle", "Quorvex")},
		{name: "passé aux mains de", bodies: []string{"fr|En 2015, Quorvex est passé aux mains de Brindle."},
			check: actingFirst(model.Acquisition, "Brindle", "Quorvex")},
		{name: "aux mains des créanciers de", bodies: []string{"fr|En 2015, Quorvex est passé aux mains des créanciers de Brindle."},
			check: noDealBetween("Brindle", "Quorvex")},
	})
}

// A distribution agreement is a partnership in every language, and what
// a relative clause says is sold under it is no deal: "a distribution
// partnership under which Quorvex sold", "eine Vertriebspartnerschaft,
// über die der Konzern ... verkaufte", "un accordo di distribuzione in
// base al quale". A relative clause about a company still tells its deal.
func TestSoldUnderADistributionAgreement(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "en under which", bodies: []string{"en|Back then Quorvex and Brindle formed a distribution partnership under which Quorvex sold the Daxon design software worldwide."},
			check: exactDeal(model.Partnership, "Quorvex", "Brindle")},
		{name: "de über die", bodies: []string{"de|Damals schlossen Quorvex und Brindle eine Vertriebspartnerschaft, über die der Konzern aus Armonk die Konstruktionssoftware Daxon weltweit verkaufte."},
			check: exactDeal(model.Partnership, "Quorvex", "Brindle")},
		{name: "it in base al quale", bodies: []string{"it|Allora Quorvex e Brindle firmarono un accordo di distribuzione in base al quale Quorvex vendeva il software Daxon."},
			check: exactDeal(model.Partnership, "Quorvex", "Brindle")},
		{name: "relative about a company", bodies: []string{"en|Quorvex formed a partnership with Brindle, which sold its Daxmoor unit to Veltraco in 2019."},
			check: keepsDeal(model.Divestiture, "Brindle", "Veltraco")},
	})
}

// Allying with a company is a partnership in Spanish, French and German
// as "allied" is in English: "se alió con", "s'est allié à", "verbündete
// sich mit".
func TestAlliedWithVerbs(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "se alió con", bodies: []string{"es|Quorvex se alió con Brindle en 2015."}, check: exactDeal(model.Partnership, "Quorvex", "Brindle")},
		{name: "s'est allié à", bodies: []string{"fr|Quorvex s'est allié à Brindle en 2015."}, check: exactDeal(model.Partnership, "Quorvex", "Brindle")},
		{name: "verbündete sich mit", bodies: []string{"de|Quorvex verbündete sich 2015 mit Brindle."}, check: exactDeal(model.Partnership, "Quorvex", "Brindle")},
	})
}

// An article or preposition opening a sentence of its language names no
// company, even one another language's text names so: "Nel maggio del
// 1998" beside a German "Linde und Nel".
func TestFunctionWordOpeningASentenceIsNoCompany(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "Nel maggio", known: []string{"Quorvex", "Brindle", "Linde", "Nel"}, bodies: []string{
			"de|Linde und Nel bauen gemeinsam Elektrolyseure für grünen Wasserstoff, sagte Nel am Montag.",
			"it|Nel maggio del 1998 Quorvex aveva comprato Brindle per 4,6 miliardi di dollari.",
		}, check: func(ds []model.Deal) string {
			if msg := keepsDeal(model.Acquisition, "Quorvex", "Brindle")(ds); msg != "" {
				return msg
			}
			return noDealBetween("Nel", "Brindle")(ds)
		}},
	})
}

// A contract signed with a company to do work or deliver goods is a
// supply deal, its price before the noun or not: "signed a £180 million
// contract with Quorvex to upgrade and install meters", "ha firmato con
// Quorvex un contratto ... per sostituire o installare". An agreement to
// develop something together stays a partnership.
func TestContractForServiceIsSupply(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "priced contract to install", bodies: []string{"en|Brindle has signed a £180 million contract with Quorvex to upgrade and install 760,000 smart water meters over the next five years."},
			check: exactDeal(model.Supply, "Brindle", "Quorvex")},
		{name: "contratto per installare", bodies: []string{"it|Giovedì Brindle ha firmato con Quorvex un contratto da 180 milioni di sterline per sostituire o installare 760.000 contatori."},
			check: exactDeal(model.Supply, "Brindle", "Quorvex")},
		{name: "agreement to develop", bodies: []string{"en|Brindle signed an exclusive agreement with Quorvex to develop and produce four films."},
			check: exactDeal(model.Partnership, "Brindle", "Quorvex")},
	})
}

// The French "reprise" is a takeover where a company follows "de" or a
// "par" further on names the buyer ("reprise fin 2004 pour 1,27 milliard
// de livres par un consortium emmené par Quorvex"); not the recovery it
// most often names ("la reprise économique", "la reprise des ventes").
func TestFrenchRepriseTakenOver(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "reprise par un consortium emmené par", bodies: []string{"fr|Daxmoor grandit. C'est l'ancienne branche de diffusion de Brindle, reprise fin 2004 pour 1,27 milliard de livres par un consortium emmené par Quorvex."},
			check: keepsDeal(model.Acquisition, "Quorvex", "Brindle")},
		{name: "la reprise économique", bodies: []string{"fr|Quorvex profite de la reprise économique, a dit Brindle."},
			check: noDealBetween("Quorvex", "Brindle")},
		{name: "la reprise des ventes", bodies: []string{"fr|La reprise des ventes de Quorvex a surpris Brindle."},
			check: noDealBetween("Quorvex", "Brindle")},
	})
}

// Common English given names the list lacked make people of the names
// they open: "il gruppo guidato da Marjorie Scardino" is led by a woman.
func TestOlderEnglishGivenNamesArePeople(t *testing.T) {
	for _, text := range []string{
		"Quorvex compra Brindle. Per il gruppo guidato da Marjorie Scardino è l'ennesimo acquisto.",
		"Quorvex rachète Brindle. Le groupe de Gladys Halloran avait alors repris Daxmoor.",
	} {
		if cs := companiesIn(t, "it", text, "Quorvex", "Brindle"); hasCompany(cs, "Marjorie Scardino") || hasCompany(cs, "Gladys Halloran") {
			t.Errorf("%q: a person made a company: %+v", text, cs)
		}
	}
}

// A capitalised title closing words in quotation marks is a film's, a
// book's or a song's, no company: books tied to "Episode I - The Phantom
// Menace". A company named at the end of words quoted stays one.
func TestQuotedTitleIsNoCompany(t *testing.T) {
	if cs := companiesIn(t, "en", `Quorvex agreed to buy Brindle. The group had won the right to publish books tied to "Episode I - The Phantom Menace" under a licence from Daxmoor, printed millions of copies.`, "Quorvex", "Brindle", "Daxmoor"); hasCompany(cs, "The Phantom Menace") {
		t.Errorf("a film's title made a company: %+v", cs)
	}
	if cs := companiesIn(t, "it", `"È un'operazione che trasforma Halvorsen Waste", ha commentato l'amministratore delegato. Halvorsen Waste ha chiuso il 2015 in utile.`); !hasCompany(cs, "Halvorsen Waste") {
		t.Errorf("a company at the end of a quote lost: %+v", cs)
	}
}

// A German broker's noun before a name is the name's kind, not its first
// word: "den Maklerverbund Resilium", "den Versicherungsmakler Resilium".
func TestGermanBrokerNounBeforeName(t *testing.T) {
	for _, text := range []string{
		"Quorvex wächst. 2021 übernahm er den Maklerverbund Vantor.",
		"Quorvex wächst. 2021 übernahm er den Versicherungsmakler Vantor.",
	} {
		if cs := companiesIn(t, "de", text, "Quorvex"); !hasCompany(cs, "Vantor") {
			t.Errorf("%q: companies %+v, want Vantor", text, cs)
		}
	}
}

// An everyday acronym of the text's language is no mention of the company
// it names elsewhere: the Italian "le PMI" are small firms, while an
// English "PMI" is still Philip Morris International.
func TestLanguageAcronymIsNoCompany(t *testing.T) {
	if cs := companiesIn(t, "it", "Quorvex compra Brindle: i gestionali per le PMI sono tornati nel mirino dei fondi.", "Quorvex", "Brindle", "Philip Morris International\tPMI"); hasCompany(cs, "Philip Morris International") {
		t.Errorf("'le PMI' made Philip Morris International: %+v", cs)
	}
	if cs := companiesIn(t, "en", "PMI agreed to buy Brindle for $2 billion.", "Brindle", "Philip Morris International\tPMI"); !hasCompany(cs, "Philip Morris International") {
		t.Errorf("an English PMI lost: %+v", cs)
	}
}

// Putting a sum on the table ("messo sul tavolo", as "sul piatto") bids,
// and so does a cash offer named in Italian or French ("un'offerta in
// contanti", "l'offre en numéraire").
func TestMoreBidPhrases(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "messo sul tavolo", bodies: []string{"it|Nel dicembre 2019 Quorvex aveva messo sul tavolo circa 3 miliardi di dollari per Brindle."},
			check: valuedDeal(model.Acquisition, 3e9, "Quorvex", "Brindle")},
		{name: "offre en numéraire", bodies: []string{"fr|Le conseil de Brindle a recommandé à ses actionnaires l'offre en numéraire de Quorvex."},
			check: keepsDeal(model.Acquisition, "Quorvex", "Brindle")},
	})
}
