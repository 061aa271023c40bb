package meta

import (
	"strings"
	"testing"
)

// Saved portal pages whose scraper glued the frame's parts into one line
// (a masthead and its menu, a byline and its date) and rows of quotes
// above the headline. The texts are made up.
func TestGluedPortalHeaders(t *testing.T) {
	cases := []headerCase{
		{name: "a masthead in capitals glued to the menu by a run of spaces",
			text:  "CORRIERE DEI PORTI    Home | Logistica | Porti | Mercati | Contatti\n\nAcme compra Widget per 2 miliardi di dollari\n\n" + para + "\n",
			title: "Acme compra Widget per 2 miliardi di dollari", source: "CORRIERE DEI PORTI"},
		{name: "a site's web address glued to a menu spaced out, the account links after a bar",
			text:  "Hafenblick.de     Startseite   Märkte   Logistik   Häfen     |   Anmelden   Abonnieren\n\nAcme kauft Widget für zwei Milliarden Dollar\n\n" + para + "\n",
			title: "Acme kauft Widget für zwei Milliarden Dollar", source: "Hafenblick"},
		{name: "a ticker with one quote in an odd currency",
			text:  "Brent 62,14 $ +0,5%  |  FTSE MIB 41.318 +0,3%  |  Acme 194,00 Nok +24,2%  |  Euro/Dollaro 1,3152\n\nAcme compra Widget per 2 miliardi di dollari\n\n" + para + "\n",
			title: "Acme compra Widget per 2 miliardi di dollari"},
	}
	checkHeaders(t, cases, nil)
}

func TestGluedMastheadBeforeAccountLinks(t *testing.T) {
	checkHeaders(t, []headerCase{
		{name: "a masthead glued to a menu that ends with the account links",
			text:  "HARBOUR LEDGER     News   Ports   Shipping   Jobs        Search   |   Sign in   |   Subscribe\n\nAcme agrees to buy Widget in a $2 billion deal\n\n" + para + "\n\n© 2021 Harbour Ledger Media LLC. All rights reserved.\n",
			title: "Acme agrees to buy Widget in a $2 billion deal", source: "HARBOUR LEDGER"},
	}, nil)
}

func TestMastheadThenFields(t *testing.T) {
	checkHeaders(t, []headerCase{
		{name: "a masthead, the section and the date with its hour on one line",
			text:  "Harbour Wire | Technology | Wednesday, October 6, 2021 19:42 GMT\n\nAcme agrees to buy Widget in a $2 billion deal\n\nBy Jane Roe\n\n" + para + "\n",
			title: "Acme agrees to buy Widget in a $2 billion deal", date: "Wednesday, October 6, 2021 19:42 GMT", author: "Jane Roe", source: "Harbour Wire"},
	}, nil)
}

func TestLabelledFieldsInAList(t *testing.T) {
	checkHeaders(t, []headerCase{
		{name: "the header's fields as a markdown list of bold labels",
			text:  "# Acme compra Widget por 2.000 millones de dólares\n\n- **Medio:** Diario del Puerto Seco\n- **Fecha:** 3 de mayo de 2021\n- **Autora:** Lucía Ferrándiz\n- **Sección:** Empresas · Logística\n\n" + para + "\n",
			title: "Acme compra Widget por 2.000 millones de dólares", date: "3 de mayo de 2021", author: "Lucía Ferrándiz", source: "Diario del Puerto Seco"},
	}, func(t *testing.T, d Doc) {
		if strings.Contains(strings.Join(d.Lines, "\n"), "Sección") {
			t.Errorf("the section label is left in the body: %q", d.Lines)
		}
	})
}

func TestBylinesAndMastheadsUnderTheHeadline(t *testing.T) {
	checkHeaders(t, []headerCase{
		{name: "the writer's name and the place filed from under the standfirst",
			text:  "Wirtschaft · Dienstag, 4. Mai 2021\n\nAcme kauft Widget für zwei Milliarden Dollar\n\nDer Konzern übernimmt den Rivalen aus Hamburg und wird zum größten Anbieter Europas\n\nUlla Berg, Hamburg\n\n" + para + "\n",
			title: "Acme kauft Widget für zwei Milliarden Dollar", date: "Dienstag, 4. Mai 2021", author: "Ulla Berg"},
		{name: "a one-word masthead in capitals, a compound with a newspaper's word",
			text:  "HAFEN-KURIER\nWirtschaft · Dienstag, 4. Mai 2021\n\nAcme kauft Widget für zwei Milliarden Dollar\n\n" + para + "\n",
			title: "Acme kauft Widget für zwei Milliarden Dollar", date: "Dienstag, 4. Mai 2021", source: "HAFEN-KURIER"},
		{name: "the writer's name and the date glued by a run of spaces",
			text:  "Acme compra Widget por 2.000 millones de dólares\n\nLucía Ferrándiz   03/05/2021 - 07:58 CET\n\n" + para + "\n",
			title: "Acme compra Widget por 2.000 millones de dólares", date: "03/05/2021", author: "Lucía Ferrándiz"},
	}, nil)
}

func TestSectionsAndMottosBeforeTheDate(t *testing.T) {
	checkHeaders(t, []headerCase{
		{name: "the section, the subsection and the date joined by dashes under the masthead",
			text:  "PORTS HEBDO\nTransports – Logistique – lundi 3 mai 2021\n\nAcme rachète Widget pour 2 milliards de dollars\n\nPar Anne Roux\n\n" + para + "\n",
			title: "Acme rachète Widget pour 2 milliards de dollars", date: "lundi 3 mai 2021", author: "Anne Roux", source: "PORTS HEBDO"},
		{name: "a newsletter's motto naming it a briefing, among the issue's fields",
			text:  "HARBOUR TIDEWATER\nThe morning briefing on European shipping | Tuesday, May 4, 2021 | Issue #412\n\nAcme agrees to buy Widget in a $2 billion deal\n\nBy Jane Roe\n\n" + para + "\n",
			title: "Acme agrees to buy Widget in a $2 billion deal", date: "Tuesday, May 4, 2021", author: "Jane Roe", source: "HARBOUR TIDEWATER"},
	}, nil)
}

func TestGreetingAboveALabelledStory(t *testing.T) {
	checkHeaders(t, []headerCase{
		{name: "a newsletter's greeting ended by the first story's label in capitals",
			text:  "HARBOUR TIDEWATER\nTuesday, May 4, 2021\n\nGood morning. Acme has finally come to Europe, and it is starting in Rotterdam.\n\nTOP STORY\n\nAcme agrees to buy Widget in a $2 billion deal\n\nBy Jane Roe\n\n" + para + "\n",
			title: "Acme agrees to buy Widget in a $2 billion deal", date: "Tuesday, May 4, 2021", author: "Jane Roe", source: "HARBOUR TIDEWATER"},
	}, nil)
}

// Header layouts of newsletters and scraped pages met in stop 20's
// development sets: an issue number with its year ("Nr. 29/2007"), a
// letter of a day, a byline in underscores or filed from a place with no
// comma, a ticker naming a share by its number, a name no list knows over
// the dateline, one-word mastheads, a motto between the site's name and
// its menu (after a skip link), and a ticker whose moves come first. The
// texts are made up.
func TestNewsletterAndScrapedHeaders(t *testing.T) {
	checkHeaders(t, []headerCase{
		{name: "an issue number with its year is no date",
			text:  "# Acme trennt sich von Widget\n\n**Verlagswelt-Brief** | Nr. 29/2007 | Mittwoch, 18. Juli 2007\n\n*von Hildrun Oberkirchner*\n\n" + para + "\n",
			title: "Acme trennt sich von Widget", date: "Mittwoch, 18. Juli 2007", author: "Hildrun Oberkirchner", source: "Verlagswelt-Brief"},
		{name: "the letter of a day",
			text:  "# Acme mise sur Widget\n\n**Le Courrier des Biothérapies** — lettre du mercredi 11 septembre 2019 — n° 87\n\n*Par Rozenn Kerharo-Vidalenc*\n\n" + para + "\n",
			title: "Acme mise sur Widget", date: "lettre du mercredi 11 septembre 2019", author: "Rozenn Kerharo-Vidalenc", source: "Le Courrier des Biothérapies"},
		{name: "a byline in underscores",
			text:  "# Acme kauft Widget\n\n**Hörfunk & Kapital** | Ausgabe 6/2019 | Freitag, 8. Februar 2019\n\n_Von Hildegunde Kesselbrink_\n\n" + para + "\n",
			title: "Acme kauft Widget", date: "Freitag, 8. Februar 2019", author: "Hildegunde Kesselbrink", source: "Hörfunk & Kapital"},
		{name: "filed from a place, no comma",
			text:  "REGIONAL SKIES\nAsia-Pacific aviation · Monday, March 26, 2012\n\nAcme and Widget to launch a carrier as equal partners\n\nBudget carrier to start flying in 2013 as the group turns to Asia\n\nBy Dervla Hutchence in Hong Kong\n\n" + para + "\n",
			title: "Acme and Widget to launch a carrier as equal partners", date: "Monday, March 26, 2012", author: "Dervla Hutchence", source: "REGIONAL SKIES"},
		{name: "a ticker with a share's number",
			text:  "Saltar al contenido\nAEROLÍNEAS Y MERCADOS | Aviación comercial, aeropuertos y turismo\nPortada | Aerolíneas | Aeropuertos | Low cost | Opinión\n\nQAN 1,78 A$ ▲2,6%  |  600115 3,92 ¥ ▲0,8%  |  EUR/USD 1,3325\n\nPortada › Low cost › Asia\n\nAcme y Widget crean una aerolínea de bajo coste en Hong Kong\n\nLeocadia Altolaguirre Ibáñez · 27/03/2012 · 10:05\n\n" + para + "\n",
			title: "Acme y Widget crean una aerolínea de bajo coste en Hong Kong", date: "27/03/2012", author: "Leocadia Altolaguirre Ibáñez", source: "AEROLÍNEAS Y MERCADOS"},
		{name: "a bare name over a place and date",
			text:  "THE CELL & SCALPEL REVIEW\nRegenerative medicine · Partnering\n\nAcme pays Widget up to $150 million for back-pain cell therapy rights\n\nPeregrina Prout-Abernethy\nMelbourne, 10 September 2019\n\n" + para + "\n",
			title: "Acme pays Widget up to $150 million for back-pain cell therapy rights", date: "Melbourne, 10 September 2019", author: "Peregrina Prout-Abernethy", source: "THE CELL & SCALPEL REVIEW"},
		{name: "a capitals masthead over a German motto",
			text:  "PHARMA-BÖRSENBRIEF\nArzneimittel, Biotechnologie und Kapitalmarkt\n\nDienstag, 17. März 2015 · Unternehmen · Ausgabe 52\n\nAcme verliert das Bieterrennen um Widget\n\nValeant erhöht auf 173 Dollar je Aktie in bar – der irische Rivale zieht sein Angebot zurück\n\nVon Hedwiga Wassermeyer-Nwachukwu, New York\n\n" + para + "\n",
			title: "Acme verliert das Bieterrennen um Widget", date: "Dienstag, 17. März 2015", author: "Hedwiga Wassermeyer-Nwachukwu", source: "PHARMA-BÖRSENBRIEF"},
		{name: "a compound name over the date line",
			text:  "Flachglas-Depesche\nDienstag, 28. Februar 2006 · Unternehmen & Märkte · Seite 3\n\nAcme beugt sich dem Werben aus Japan\n\nDer britische Glaskonzern akzeptiert das erhöhte Angebot von Widget\n\n" + para + "\n",
			title: "Acme beugt sich dem Werben aus Japan", date: "Dienstag, 28. Februar 2006", source: "Flachglas-Depesche"},
		{name: "a skip link, the masthead, its motto, its menu and a ticker whose moves come first",
			text:  "Skip to main content\nRAILHEAD LEDGER\nFreight rail, ports and the money that moves them\nMenu ≡  News | Class I | Short lines | Ports | Deals | Podcasts\n\n▲ TSX 20,437 +0.3% | ▼ NYSE Comp 16,702 -0.1% | ▲ WCS $60.12 | ▼ USD/CAD 1.2655\n\nHome / Deals / Class I\n\nAcme walks away from Widget, leaving the prize to its rival\n\nBy Corliss Vandermolen\n\n" + para + "\n",
			title: "Acme walks away from Widget, leaving the prize to its rival", author: "Corliss Vandermolen", source: "RAILHEAD LEDGER"},
		{name: "a bare name over the date's fields",
			text:  "Acme and Widget agree all-stock merger to create a dental giant\n\nMarguerite Halloran-Teague\nSeptember 15, 2015 · 6:40 PM ET · 4 min read\n\n" + para + "\n",
			title: "Acme and Widget agree all-stock merger to create a dental giant", date: "September 15, 2015", author: "Marguerite Halloran-Teague"},
		{name: "masthead, motto, menu",
			text:  "BÂBORD FINANCE\nL'économie de la mer, de la défense et des ports\nDéfense | Construction navale | Énergies marines | Ports | Bourse | Emploi        Newsletter | Se connecter\n\nAccueil > Défense > Naval\n\nAcme et Widget lancent leur coentreprise\n\nPar Yannick Le Goarant\n\n" + para + "\n",
			title: "Acme et Widget lancent leur coentreprise", author: "Yannick Le Goarant", source: "BÂBORD FINANCE"},
		{name: "a name and the desk it writes for",
			text:  "Acme sells its Virginia terminal to Widget\n\nPeregrine Winterbourne-Rae | Staff\nJuly 22, 2014 4:31 pm ET\n\n" + para + "\n",
			title: "Acme sells its Virginia terminal to Widget", date: "July 22, 2014 4:31 pm ET", author: "Peregrine Winterbourne-Rae"},
		{name: "a ticker pricing in cents a pound",
			text:  "Skip to main content\nLIGHTMETAL MARKETS DAILY\nAluminium | Titanium | Aerospace | Packaging | Prices | Events | Subscribe\n\nLME ALUMINIUM 3M $1,512.50 -0.9%  |  MIDWEST PREMIUM 12.4c/lb  |  EUR/USD 1.0963\n\nHome > Companies > Spin-offs\n\nAcme completes split as Widget starts trading on its own\n\nBy Caspian Thorngood\nApril 1, 2020 4:52 pm ET\n\n" + para + "\n",
			title: "Acme completes split as Widget starts trading on its own", date: "April 1, 2020 4:52 pm ET", author: "Caspian Thorngood", source: "LIGHTMETAL MARKETS DAILY"},
		{name: "a ticker with a hyphened index and a unit in brackets",
			text:  "Direkt zum Inhalt\nENTSORGUNG & KAPITAL | Das Portal für Kreislaufwirtschaft und Finanzen\n\nFTSE AIM All-Share 1.251,7 ▲0,3%  |  GBP/EUR 1,1664  |  Altpapier 1.02 (t) 182 € ▼0,8%\n\nStart › Unternehmen › Übernahmen\n\nFonds übernehmen Acme\n\nVon Hartwig Lemmerbrock | 24.09.2021, 07:48 Uhr\n\n" + para + "\n",
			title: "Fonds übernehmen Acme", date: "24.09.2021, 07:48 Uhr", author: "Hartwig Lemmerbrock", source: "ENTSORGUNG & KAPITAL"},
		{name: "a desk beside the date, the byline below",
			text:  "TILTHMOOR AGRI WIRE\nAgribusiness Desk · Friday, March 12, 2010\n\nAcme gives in: board accepts sweetened Widget bid\n\nBy Cuthwin Quillfoyle\n\n" + para + "\n",
			title: "Acme gives in: board accepts sweetened Widget bid", date: "Friday, March 12, 2010", author: "Cuthwin Quillfoyle", source: "TILTHMOOR AGRI WIRE"},
		{name: "a labelled byline with the day it ran",
			text:  "Acme compra una participación en Widget\n\nTexto: Gumersindo Ezcurdia Moratalla · 9 jun. 2022 · 08:30\n\n" + para + "\n",
			title: "Acme compra una participación en Widget", date: "9 jun. 2022", author: "Gumersindo Ezcurdia Moratalla"},
	}, nil)
}

// Tickers whose items name a grade or an index with a number inside
// ("Iron ore 62% Fe $187/t ▲2", "Stoxx Europe 600 Santé 441 +0,8 %") or
// mark a price unchanged ("▬") are page furniture, not the headline.
func TestTickersWithNumbersInNames(t *testing.T) {
	for _, l := range []string{
		"HRC Asia $738/t ▲4 | Iron ore 62% Fe $187/t ▲2 | Coking coal $225/t ▬ | Baltic Dry 1,302 ▼18",
		"CAC 40 3 108 +1,3 % | Stoxx Europe 600 Santé 441 +0,8 % | EUR/USD 1,3753 | Brent 114,2 $",
	} {
		if !tickerRow(l) {
			t.Errorf("%q not read as a ticker", l)
		}
	}
	if tickerRow("Acme 2 | Widget 3") {
		t.Errorf("two bare figures read as a ticker")
	}
}
