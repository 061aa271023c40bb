package meta

import "testing"

// Rows of a portal's frame above the headline that earlier rules did not
// know in the way this scraper wrote them. The texts are made up.
func TestSpacedTicker(t *testing.T) {
	checkHeaders(t, []headerCase{
		{name: "a ticker whose quotes a run of spaces parts",
			text:  "FTSE 100 7,421.10 +0.3%   FTSE 250 19,204.55 -0.1%   GBP/USD 1.2710   Brent $84.10\n\nAcme agrees to buy Widget in a $2 billion deal\n\nJane Roe | 3 May 2021 | 09:12\n\n" + para + "\n",
			title: "Acme agrees to buy Widget in a $2 billion deal", date: "3 May 2021", author: "Jane Roe"},
		{name: "two quotes with their moves, spaced",
			text:  "IBEX 35 8.912,40 +0,4%     EUR/USD 1,0921 -0,2%\n\nAcme compra Widget por 2.000 millones de dólares\n\n" + para + "\n",
			title: "Acme compra Widget por 2.000 millones de dólares"},
	}, nil)
}

func TestSiteAddressMasthead(t *testing.T) {
	checkHeaders(t, []headerCase{
		{name: "a site's web address in capitals and its motto after a dash, the menu below",
			text:  "HAFENBLICK.de – Das Portal für Häfen und Schifffahrt\nHome | Häfen | Reedereien | Logistik | Karriere        Anmelden | Registrieren\n\nAcme kauft Widget für zwei Milliarden Dollar\n\n" + para + "\n\n© 2021 Hafenblick Verlag GmbH  |  Impressum  |  Datenschutz\n",
			title: "Acme kauft Widget für zwei Milliarden Dollar", source: "Hafenblick Verlag"},
		{name: "a site's web address and its motto after a bar",
			text:  "Portinfo.it | Il quotidiano dei porti italiani\n\nAcme compra Widget per 2 miliardi di dollari\n\n" + para + "\n",
			title: "Acme compra Widget per 2 miliardi di dollari"},
	}, nil)
}

func TestBreadcrumbAfterLeadIn(t *testing.T) {
	checkHeaders(t, []headerCase{
		{name: "a German lead-in to the trail",
			text:  "Sie befinden sich hier: Home > Häfen > Unternehmen\n\nAcme kauft Widget für zwei Milliarden Dollar\n\n" + para + "\n",
			title: "Acme kauft Widget für zwei Milliarden Dollar"},
		{name: "any short lead-in before a colon and a trail from the home page",
			text:  "Usted se encuentra en: Inicio > Empresas > Logística y transporte por carretera\n\nAcme compra Widget por 2.000 millones de dólares\n\n" + para + "\n",
			title: "Acme compra Widget por 2.000 millones de dólares"},
	}, nil)
}

func TestShortHeadlineOverStandfirst(t *testing.T) {
	checkHeaders(t, []headerCase{
		{name: "a kicker, a short headline and a long standfirst: one kicker only",
			text:  "Hafen-Markt\nAcme greift nach Widget\nDer Konzern bietet zwei Milliarden Dollar für den Rivalen – drei Jahre nach dem gescheiterten Anlauf eines Konkurrenten\n\n08.04.2015 | 09:12 Uhr | Von Ulla Berg\n\n" + para + "\n",
			title: "Acme greift nach Widget", date: "08.04.2015", author: "Ulla Berg"},
		{name: "a short headline over a standfirst of two sentences",
			text:  "WIRTSCHAFTSBOTE\nWirtschaft · Mittwoch, 2. Februar 2022\n\nWidget bleibt deutsch – vorerst\n\nDie Übernahme des Herstellers durch Acme aus Taiwan ist geplatzt, weil Berlin nicht rechtzeitig entschieden hat. Wie es nun weitergeht, ist für die Belegschaft offen\n\nVon Ulla Berg\n\n" + para + "\n",
			title: "Widget bleibt deutsch – vorerst", date: "Mittwoch, 2. Februar 2022", author: "Ulla Berg", source: "WIRTSCHAFTSBOTE"},
	}, nil)
}

func TestLongNewsletterMotto(t *testing.T) {
	checkHeaders(t, []headerCase{
		{name: "a motto of eleven words that opens by saying what the publication is",
			text:  "HARBOUR LEDGER EUROPE\nThe weekly briefing on European ports and the money behind them\nWednesday, 16 September 2015 · Issue #412\n\nAcme raises $200m and joins the billion-dollar club\n\nBy Jane Roe\n\nAcme Corp has raised $200 million in a round led by Widget Ventures, the company said on Tuesday.\n",
			title: "Acme raises $200m and joins the billion-dollar club", date: "Wednesday, 16 September 2015", author: "Jane Roe", source: "HARBOUR LEDGER EUROPE"},
		{name: "the motto, then a greeting and the first story's label between rules before the headline",
			text:  "HARBOUR LEDGER EUROPE\nThe weekly briefing on European ports and the money behind them\nWednesday, 16 September 2015 · Issue #412\n\nGood morning. Today: a record round for a port startup and what it says about shipping.\n\n━━━━━━━━━━━━━━━━━━\nTOP STORY\n━━━━━━━━━━━━━━━━━━\n\nAcme raises $200m and joins the billion-dollar club\n\nBy Jane Roe\n\nAcme Corp has raised $200 million in a round led by Widget Ventures, the company said on Tuesday.\n",
			title: "Acme raises $200m and joins the billion-dollar club", date: "Wednesday, 16 September 2015", author: "Jane Roe", source: "HARBOUR LEDGER EUROPE"},
	}, nil)
}

func TestShortHeadlineOverLongStandfirst(t *testing.T) {
	checkHeaders(t, []headerCase{
		{name: "a headline of five words over a standfirst of nineteen",
			text:  "Hafenbrief Finanz – Logistik\n8. Mai 2012\n\nAcme greift nach Widget Logistics\n\nDer Konzern will bis zu 27,7 Prozent am niederländischen Rivalen übernehmen – knapp unter der Schwelle für ein Pflichtangebot\n\nVon Ulla Berg\n\n" + para + "\n",
			title: "Acme greift nach Widget Logistics", date: "8. Mai 2012", author: "Ulla Berg", source: "Hafenbrief Finanz"},
	}, nil)
}

func TestMastheadWithMottoInSmallLetters(t *testing.T) {
	checkHeaders(t, []headerCase{
		{name: "a bold name and a motto in small letters naming the kind of site, the company's name in the footer",
			text:  "**Bits & Bolts** — industrial automation news\n\n[News](/news) | [Robots](/robots) | [Sensors](/sensors) | [Subscribe](/subscribe)\n\n# Acme agrees to buy Widget in a $2 billion deal\n\nJane Roe · February 1, 2022 · 5 min read\n\n" + para + "\n\n© 2022 Bits & Bolts Media LLC. All rights reserved.\n",
			title: "Acme agrees to buy Widget in a $2 billion deal", date: "February 1, 2022", author: "Jane Roe", source: "Bits & Bolts"},
	}, nil)
}

// A commodity quoted per unit ("Cacao Londres 1 558 £/t −0,8 %") is an
// item of a ticker row like any other.
func TestTickerWithPricePerUnit(t *testing.T) {
	if !tickerRow("SMI 6 571,30 +0,2 % | Cacao Londres 1 558 £/t −0,8 % | EUR/CHF 1,2098") {
		t.Error("not read as a ticker row")
	}
}
