package meta

import "testing"

// Each case exercises one rule added for the layouts of the fourth
// development set: news sites, wires, newsletters, blogs, aggregators and
// printed pages turned into text. The texts are made up. A field left
// empty in a case is not checked.
func TestSiteLayouts(t *testing.T) {
	const body = "\n\nAcme said on Monday it would buy Widget for $5 million in cash, its largest purchase in a decade.\n\nThe deal is expected to close in the second quarter, subject to approval by regulators.\n"
	cases := []struct {
		name, text                       string
		title, date, author, source, url string
		noURL                            bool // the URL must stay empty
	}{
		{
			name:  "a link to skip the menu opens the page",
			text:  "Skip to main content\nKestrel Ledger\nMarkets   Deals   Energy   Tech   Sign In\n\nAcme buys Widget in $5 million deal\nBy Jane Roe\nMarch 3, 2021" + body,
			title: "Acme buys Widget in $5 million deal", author: "Jane Roe", source: "Kestrel Ledger",
		},
		{
			name:  "a logo linking to the site's home page names the site, and is no saved page's address",
			text:  "[![Kestrel Ledger](https://cdn.example.net/img/logo.png)](https://kestrelledger.com/)\n\n# Acme buys Widget in $5 million deal\n\nMarch 3, 2021" + body,
			title: "Acme buys Widget in $5 million deal", source: "Kestrel Ledger",
			noURL: true,
		},
		{
			name:  "a newsletter's link to its web version is the issue's address, without the link's bracket",
			text:  "[View this email in your browser](https://kestrelbrief.com/issues/412)\n\nAcme buys Widget in $5 million deal\nBy Jane Roe" + body,
			title: "Acme buys Widget in $5 million deal", url: "https://kestrelbrief.com/issues/412",
		},
		{
			name:   "a blog on a publishing platform is named by its own part of the address",
			text:   "[![Kestrel on Chips](https://cdn.example.net/img/logo.png)](https://kestrelonchips.substack.com/)\n\nKestrel on Chips\n\n# Acme buys Widget in $5 million deal\n\nMarch 3, 2021" + body,
			source: "Kestrel on Chips",
		},
		{
			name:   "the writer's name linked to the writer's page under the headline",
			text:   "# Acme buys Widget in $5 million deal\n\n[Jane Roe](https://kestrel.example.com/@janeroe)\n\nMar 03, 2021" + body,
			author: "Jane Roe",
		},
		{
			name:  "a paper's name in capitals above the breadcrumb",
			text:  "Accedi | Abbonati\nLA GAZZETTA DI KESTREL\nHome › Economia › Finanza\n\nAcme compra Widget per 5 milioni di euro\ndi Anna Rossi\n3 marzo 2021, 10:12" + body,
			title: "Acme compra Widget per 5 milioni di euro", source: "LA GAZZETTA DI KESTREL", author: "Anna Rossi",
		},
		{
			name: "an agency's closing stamp dates the story with dashes",
			text: "Acme: ceduto il 40% di Widget per 900 milioni\n\nMilano, 3 mar. (Kestrelpress) - Acme ha firmato un accordo per cedere il 40% di Widget." + body + "\nRed-Mar\n\n(Kestrelpress) 03-03-21 10:12\n",
			date: "03.03.21",
		},
		{
			name:  "a blog's name above the line that says what the blog is",
			text:  "Kestrel Fintech\nIl blog su pagamenti, banche digitali e startup\n\nHome   Chi siamo   Pagamenti   Contatti\n\nAcme raccoglie 85 milioni, guida il fondo Widget\n\nScritto da Anna Rossi il 3 marzo 2021 in Fintech, Startup | 2 commenti" + body,
			title: "Acme raccoglie 85 milioni, guida il fondo Widget", source: "Kestrel Fintech", author: "Anna Rossi", date: "3 marzo 2021",
		},
		{
			name:  "a post's byline with its day, category and comments after the name",
			text:  "Énergie : Acme s'offre le développeur éolien Widget\nRédigé par Julien Marchal le 3 mars 2021 | 4 commentaires" + body,
			title: "Énergie : Acme s'offre le développeur éolien Widget", author: "Julien Marchal", date: "3 mars 2021",
		},
		{
			name:   "a newsletter's byline in words",
			text:   "## Acme to merge with Widget in $860 million deal\n\n*Written by Jane Roe*\n\nMarch 2, 2021" + body,
			author: "Jane Roe",
		},
		{
			name:  "a blog's site name written as a paper's, with a word in small letters",
			text:  "Le blog de l'Économie Kestrel\nAccueil   Énergie   Climat   À propos\n\nÉnergie : Acme s'offre le développeur éolien Widget\nPar Julien Marchal" + body,
			title: "Énergie : Acme s'offre le développeur éolien Widget", author: "Julien Marchal",
		},
		{
			name:  "a standfirst above the only date, the time the page was last changed",
			text:  "Übernahme\nAcme geht an finnischen Konzern\nDer Konzern Widget übernimmt den Bremer Hersteller für 780 Millionen Euro. Die Gewerkschaft fordert eine Garantie.\n\nStand: 03.03.2021 10:12 Uhr" + body,
			title: "Acme geht an finnischen Konzern", date: "03.03.2021 10:12 Uhr",
		},
		{
			name:   "a correspondent credited by name without a comma",
			text:   "Acme schluckt Privatbank Widget\n\nVon unserem Korrespondenten Markus Feld\n\nFrankfurt. Die Acme übernimmt die Privatbank Widget für 410 Millionen Euro." + body,
			author: "Markus Feld",
		},
		{
			name:   "a byline crediting an agency after a comma",
			text:   "Acme rachète Widget pour 520 millions d'euros\n\nPar Claire Dubois, avec AFP\nPublié le 03/03/2021 à 10h12, mis à jour à 13h40" + body,
			author: "Claire Dubois", date: "03/03/2021 à 10h12",
		},
		{
			name:  "a press clipping's fields under the clipping service's heading",
			text:  "RASSEGNA STAMPA – Ufficio Comunicazione Acme\n\nTestata: Kestrel Gazzetta\nData: 03/03/2021\nPagina: 17\nAutore: Anna Rossi\n\nAcme compra Widget: nasce un polo da 500 milioni\n\nIl gruppo acquisisce il 100% di Widget per 135 milioni" + body,
			title: "Acme compra Widget: nasce un polo da 500 milioni", source: "Kestrel Gazzetta", author: "Anna Rossi", date: "03/03/2021",
		},
		{
			name:   "a copyright name with a contracted article inside, the year after it",
			text:   "Acme compra el 70% de Widget por 150 millones\nPor Ana Ruiz" + body + "\n© Kestrel al Día 2021\n",
			source: "Kestrel al Día",
		},
		{
			name:   "a copyright name with a contracted article inside",
			text:   "Acme compra el 70% de Widget por 150 millones\nPor Ana Ruiz" + body + "\n© 2021 Kestrel al Día\n",
			source: "Kestrel al Día",
		},
		{
			name:  "a masthead's row of motto, date and issue number above the headline",
			text:  "**THE KESTREL BRIEF**\nConsumer & retail deals, every weekday | Tuesday, March 2, 2021 | Issue #412\n\nAcme to merge with Widget in $860 million deal\nBy Jane Roe" + body,
			title: "Acme to merge with Widget in $860 million deal", date: "Tuesday, March 2, 2021", source: "THE KESTREL BRIEF",
		},
		{
			name:  "a masthead's name, issue number and date in a markdown letter",
			text:  "**Kestrel Lettre** — N° 1245 — mardi 2 mars 2021\n\n---\n\n### Aéronautique\n\n# Acme passe sous pavillon américain" + body,
			title: "Acme passe sous pavillon américain", date: "mardi 2 mars 2021",
		},
		{
			name:  "a newsletter's greeting and introduction above its first story",
			text:  "Guten Morgen,\n\nheute geht es um einen Generationswechsel und um steigende Preise für Verpackungen.\n\n## Acme verkauft Mehrheit an Finanzinvestor Widget\n\nVon Lena Hoffmann" + body,
			title: "Acme verkauft Mehrheit an Finanzinvestor Widget", author: "Lena Hoffmann",
		},
		{
			name:  "a greeting, then a rule above the first story",
			text:  "Good morning. Today: two grocers merge, and why laundromats are hot.\n\n---\n\n## Acme to merge with Widget in $860 million deal\n\n*Written by Jane Roe*" + body,
			title: "Acme to merge with Widget in $860 million deal", author: "Jane Roe",
		},
		{
			name:  "a printed page's running head above the headline, wrapped over two lines",
			text:  "KESTREL STORAGE REVIEW                    March 2021\n\n\nNEWS ANALYSIS\n\nAcme buys Widget for $1.1 billion as battery makers\nconsolidate\n\nJane Roe\n3 March 2021\n\nAcme, the Norwegian battery maker, has agreed to buy\nWidget for $1.1 billion.\n\n                    Page 1 of 2\n\nKESTREL STORAGE REVIEW                    March 2021\n\nThe deal is expected to close\nin the first quarter.\n\n                    Page 2 of 2\n",
			title: "Acme buys Widget for $1.1 billion as battery makers consolidate", author: "Jane Roe", source: "Kestrel Storage Review",
		},
		{
			name:  "a printed page's running head naming the issue after the magazine",
			text:  "Kestrel Aktuell 12/2021                        Seite 14\n\nM&A\n\nAcme übernimmt Präzisionsteile-Spezialisten Widget\n\nText: Susanne Krämer\n03.03.2021\n\nAcme übernimmt Widget.\n\nKestrel Aktuell 12/2021                        Seite 15\n\nDer Abschluss wird im Januar erwartet.\n",
			title: "Acme übernimmt Präzisionsteile-Spezialisten Widget", author: "Susanne Krämer", source: "Kestrel Aktuell", date: "03.03.2021",
		},
		{
			name:  "a heading that is the site's own name heads the page, the headline comes below it",
			text:  "# Kestrel al Día\n\n[Inicio](/) · [Operaciones](/operaciones) · [Fondos](/fondos)\n\n## Acme compra el 70% de Widget por 150 millones\n\n*Escrito por **Ana Ruiz** · 2 de marzo de 2021 · Lectura: 4 min*" + body + "\n© 2021 Kestrel al Día\n",
			title: "Acme compra el 70% de Widget por 150 millones", author: "Ana Ruiz", date: "2 de marzo de 2021", source: "Kestrel al Día",
		},
		{
			name:  "a byline in small letters under the headline is no headline's second line",
			text:  "Acme rileva il 60% di Widget Solare per 95 milioni di euro\ndi Anna Rossi e Luca Bianchi" + body,
			title: "Acme rileva il 60% di Widget Solare per 95 milioni di euro", author: "Anna Rossi e Luca Bianchi",
		},
		{
			name:  "a row of links in small letters under the menu is no headline's second line",
			text:  "Kestrel Finanzblick\nStartseite | Märkte | Banken | Vorsorge | Immobilien | Meinung\nePaper | Abo | Login\n\nAcme übernimmt Widget – für drei Milliarden Franken\n\n20.03.2023, 06:45 Uhr\nVon Anna Gerber" + body,
			title: "Acme übernimmt Widget – für drei Milliarden Franken",
		},
		{
			name:  "an agency's one-word name, then what kind of publication it is",
			text:  "Kestrelpress | Agencia de noticias económicas y financieras\nInicio · Empresas · Mercados · Banca\n\nAcme vende su cartera solar a Widget por 480 millones\n\nPublicado 03/03/2021 10:12:45 CET" + body,
			title: "Acme vende su cartera solar a Widget por 480 millones", source: "Kestrelpress", date: "03/03/2021 10:12:45 CET",
		},
	}
	for _, c := range cases {
		d := Parse(c.text)
		checkSet(t, c.name, d, c.title, c.date, c.author, c.source)
		if c.url != "" && d.URL != c.url {
			t.Errorf("%s: url = %q, want %q", c.name, d.URL, c.url)
		}
		if c.noURL && d.URL != "" {
			t.Errorf("%s: url = %q, want none", c.name, d.URL)
		}
	}
}

// The shapes the rules read, on their own.
func TestSiteLayoutShapes(t *testing.T) {
	for _, s := range []string{"Skip to main content", "Zum Inhalt springen", "Aller au contenu principal", "[Salta al contenuto](#main)"} {
		if !skipLink(s) {
			t.Errorf("skipLink(%q) = false", s)
		}
	}
	for _, s := range []string{"Skip to main content as Acme buys Widget in $5 million deal", "Acme skips dividend"} {
		if skipLink(s) {
			t.Errorf("skipLink(%q) = true", s)
		}
	}
}
