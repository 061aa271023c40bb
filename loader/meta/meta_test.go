package meta

import "testing"

// Each case is a header form news files use; the texts are made up, not
// taken from any corpus.
func TestParseHeaderForms(t *testing.T) {
	cases := []struct {
		name, text                       string
		title, date, author, source, url string
	}{
		{
			name:  "markdown export",
			text:  "\n# Acme buys Widget\n\nPublished at: **2020-01-02T10:00:00Z**\n\nAuthor: **Jane Roe**\n\nOriginal: [Daily Planet](https://planet.example/acme)\n\nAcme said on Monday it would buy Widget.\n",
			title: "Acme buys Widget", date: "2020-01-02T10:00:00Z", author: "Jane Roe", source: "Daily Planet", url: "https://planet.example/acme",
		},
		{
			name:  "plain headline then text",
			text:  "Acme buys Widget in $5 million deal\n\nAcme said on Monday it would buy Widget for $5 million.\n",
			title: "Acme buys Widget in $5 million deal",
		},
		{
			name:  "markdown emphasis on a date line with a byline and a place",
			text:  "# Acme buys Widget\n\n*23 March 2023* — by **Emma Clarke**, Tokyo\n\nAcme said on Monday it would buy Widget.\n",
			title: "Acme buys Widget", date: "23 March 2023", author: "Emma Clarke",
		},
		{
			name:   "wire story with a reporting credit at the end",
			text:   "FRANKFURT (Finwire) - Acme agreed on Thursday to sell its lift unit.\n\nThe deal values the unit at 17.2 billion euros.\n\n(Reporting by Hiro Sato; Editing by Clare Dunmore)\n",
			author: "Hiro Sato", source: "Finwire",
		},
		{
			name:  "cookie banner above an all-capitals headline",
			text:  "We use cookies to give you the best experience on our site. [Accept all] [Manage settings]\n\nACME TO BUY WIDGET IN $53 BILLION ALL-STOCK DEAL\n\nOctober 23, 2023\n\nAcme said on Monday it would buy Widget.\n",
			title: "ACME TO BUY WIDGET IN $53 BILLION ALL-STOCK DEAL", date: "October 23, 2023",
		},
		{
			name:  "standfirst between the headline and the date and byline",
			text:  "Acme entra in Widget: 325 milioni per il 41%\nIl gruppo tedesco sottoscrive un aumento di capitale riservato. Il Tesoro resta al 59%\nPubblicato il 25 maggio 2023\ndi Paolo Ferrante\n\nAcme e il ministero hanno firmato oggi l'accordo.\n",
			title: "Acme entra in Widget: 325 milioni per il 41%", date: "25 maggio 2023", author: "Paolo Ferrante",
		},
		{
			name:   "signed at the end, a site name closing the menu",
			text:   "Home | Finanza | Mercati | Il Borsino\n\nAcme ha annunciato oggi l'acquisto di Widget per 2 miliardi.\n\nAutore: Giulia Benedetti\n06/11/2023\n",
			author: "Giulia Benedetti", date: "06/11/2023", source: "Il Borsino",
		},
		{
			name:   "an agency of several words in a dateline",
			text:   "SAN FRANCISCO, Sept 21 (Kestrel Wire) - Acme agreed to buy Widget for $5 million.\n",
			source: "Kestrel Wire",
		},
		{
			name:  "a headline opening on a name with a small first letter",
			text:  "eBay sells classifieds unit to Adevinta for $9.2bn\n\nOSLO - eBay Inc agreed on Tuesday to sell its classifieds business.\n",
			title: "eBay sells classifieds unit to Adevinta for $9.2bn",
		},
		{
			name:  "breadcrumb, masthead in capitals with a section, then the headline",
			text:  "Startseite › Unternehmen › Technologie\nTHE COPPERFIELD DISPATCH — Business\n\nBrussels derails Acme-Widget rail tie-up\n\nBy Martin Ashdown\nFeb. 7, 2019\n\nThe European Commission on Wednesday prohibited the merger.\n",
			title: "Brussels derails Acme-Widget rail tie-up", date: "Feb. 7, 2019", author: "Martin Ashdown", source: "THE COPPERFIELD DISPATCH",
		},
		{
			name: "a site's name, then the date and the author's name, no headline",
			text: "Fernhill Finance Journal\n14.12.2023 | Daniel Achterberg\n\nNEW YORK — Acme said on Thursday it had completed its acquisition of Widget.\n",
			date: "14.12.2023", author: "Daniel Achterberg", source: "Fernhill Finance Journal",
		},
		{
			name: "a site, a section, a date and a byline on one line",
			text: "Le Fil des Affaires | Santé | 25.08.2022 | Par Mathilde Rochas\n\nBÂLE – Acme a annoncé jeudi son intention de se séparer de Widget.\n",
			date: "25.08.2022", author: "Mathilde Rochas", source: "Le Fil des Affaires",
		},
		{
			name:  "the author's name alone under the headline",
			text:  "Acme settles royalty fight with Widget\n\nSamuel Whitcombe\n30 July 2020\n\nAcme has signed a long-term patent licensing agreement with Widget.\n",
			title: "Acme settles royalty fight with Widget", date: "30 July 2020", author: "Samuel Whitcombe",
		},
		{
			name: "text starts with the lede",
			text: "Acme said on Monday it would buy Widget for $5 million, in a deal that gives it a foothold in Europe.\nThe deal closes next year.\n",
		},
		{
			name:  "section label above the headline",
			text:  "Markets\n\nAcme buys Widget in $5 million deal\n\nAcme said on Monday it would buy Widget.\n",
			title: "Acme buys Widget in $5 million deal",
		},
		{
			name:  "headline then byline and date line",
			text:  "Acme buys Widget\nBy John Smith and Mary Jones\nMarch 3, 2021\n\nAcme said on Monday it would buy Widget.\n",
			title: "Acme buys Widget", author: "John Smith and Mary Jones", date: "March 3, 2021",
		},
		{
			name:   "scraper date then outlet",
			text:   " date 2021-01-14 Bloomberg\n\nAcme said on Monday it would buy Widget.\n",
			date:   "2021-01-14",
			source: "Bloomberg",
		},
		{
			name:   "scraper date then a person",
			text:   " date 2021-01-14 Emma Stone\n\nAcme said on Monday it would buy Widget.\n",
			date:   "2021-01-14",
			author: "Emma Stone",
		},
		{
			name:   "scraper date then byline",
			text:   " date 2021-01-14 By Ann Lee\n\nAcme said on Monday it would buy Widget.\n",
			date:   "2021-01-14",
			author: "Ann Lee",
		},
		{
			name: "scraper date then the text",
			text: " date 2021-01-14 Acme said on Monday it would buy Widget for $5 million in cash.\n",
			date: "2021-01-14",
		},
		{
			name:  "three-word label above the headline",
			text:  "Cloud Tech News\nAcme buys Widget in $5 million deal\n\nAcme said on Monday it would buy Widget.\n",
			title: "Acme buys Widget in $5 million deal",
		},
		{
			name: "By opening a sentence is no byline",
			text: "By Monday, Acme had agreed to buy Widget for $5 million in cash, the companies said.\n",
		},
		{
			name:   "agency dateline",
			text:   "Acme buys Widget\n\nFRANKFURT (Reuters) - Acme said on Monday it would buy Widget.\n",
			title:  "Acme buys Widget",
			source: "Reuters",
		},
		{
			name:   "Reuters dateline with a date",
			text:   "NEW YORK, Jan 5 (Reuters) - Acme said on Monday it would buy Widget.\n",
			source: "Reuters",
		},
		{
			name:   "Bloomberg dateline",
			text:   "(Bloomberg) -- Acme agreed to buy Widget for $5 million.\n",
			source: "Bloomberg",
		},
		{
			name:   "copyright footer",
			text:   "Acme said on Monday it would buy Widget for $5 million.\n\nAbout Us Contact © 2022 Planet News. All rights reserved.\n",
			source: "Planet News",
		},
		{
			name:   "staff note",
			text:   "Acme said on Monday it would buy Widget for $5 million.\n\n(This story has not been edited by Planet staff.)\n",
			source: "Planet",
		},
		{
			name: "company press release is not a source",
			text: "Nokia said on Monday it would buy Widget for $5 million.\n\nSource: Nokia\n",
		},
		{
			name: "a press release by a company no list knows",
			text: "Quorvex said on Monday it would buy Widget.\n\nQuorvex expects the deal to close in May. Quorvex shares rose.\n\nSource: Quorvex\n",
		},
		{
			name:   "a one-word outlet no list knows as a company",
			text:   "Acme said on Monday it would buy Widget for $5 million.\n\nSource: Finwire\n",
			source: "Finwire",
		},
		{
			name:   "copyright before the year, originally published, a closing date",
			text:   "Acme said on Monday it would buy Widget for $5 million.\n\nThis article was published on 20 March 2023.\nCopyright Mercati Oggi 2023\n",
			source: "Mercati Oggi", date: "20 March 2023",
		},
		{
			name:  "updated date does not beat the date written",
			text:  "Acme buys Widget\n\nUpdated: 24 May 2023\n23 May 2023 14:30 BST\n\nAcme said on Monday it would buy Widget.\n",
			title: "Acme buys Widget", date: "23 May 2023 14:30 BST",
		},
		{
			name:  "Italian byline",
			text:  "Acme compra Widget\ndi Mario Rossi\n\nAcme ha annunciato lunedì l'acquisizione di Widget.\n",
			title: "Acme compra Widget", author: "Mario Rossi",
		},
		{
			name:  "headline wrapped into the next line is not a headline",
			text:  "BERLIN Acme Holding AG\nsaid Monday it will buy Widget for $5\nmillion in cash.\n",
			title: "",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Parse(c.text)
			got := [5]string{d.Title, d.Date, d.Author, d.Source, d.URL}
			want := [5]string{c.title, c.date, c.author, c.source, c.url}
			if got != want {
				t.Errorf("\n got title/date/author/source/url %q\nwant %q", got, want)
			}
			if len(d.Lines) == 0 {
				t.Errorf("no body lines left")
			}
		})
	}
}

func TestMenuHeadline(t *testing.T) {
	line := "Markets View All Stocks Bonds Currencies Commodities Funds Technology View All Software Hardware Cloud Security Policy View All Trade Antitrust Acme agrees to buy Widget in a cross-border deal Share on Facebook Share on X A Widget factory."
	title, rest, ok := menuHeadline(line)
	if !ok || title != "Acme agrees to buy Widget in a cross-border deal" || rest != "A Widget factory." {
		t.Errorf("got %q, %q, %v", title, rest, ok)
	}
	if _, _, ok := menuHeadline("Acme agrees to buy Widget, the company said. Share on Facebook"); ok {
		t.Error("a sentence is not a menu")
	}
}

func TestHeaderFormsAcrossLanguages(t *testing.T) {
	for _, c := range []struct {
		text                        string
		title, date, author, source string
	}{
		{"Home | Economia | Finanza | Mercati\nVeltraco compra Quorvex per 2 miliardi\n20 marzo 2019\n\nVeltraco ha comprato Quorvex oggi, per 2 miliardi di euro.",
			"Veltraco compra Quorvex per 2 miliardi", "20 marzo 2019", "", ""},
		{"Veltraco acuerda la compra de Quorvex\n\nPor Lucía Ferrándiz | 14/09/2016 | Fuente: Agronegocios Hoy\n\nVeltraco anunció este miércoles un acuerdo para adquirir Quorvex.",
			"Veltraco acuerda la compra de Quorvex", "14/09/2016", "Lucía Ferrándiz", "Agronegocios Hoy"},
		{"# Veltraco et Quorvex s'accordent\n\nPublié le : **2020-10-29**\nAuteur : **Claire Montaubin**\n\nVeltraco a accepté de payer 15 milliards.",
			"Veltraco et Quorvex s'accordent", "2020-10-29", "Claire Montaubin", ""},
		{"Veltraco schließt Quorvex-Übernahme ab\n\nLeverkusen, 7. Juni 2018. Veltraco hat die Übernahme von Quorvex abgeschlossen.",
			"Veltraco schließt Quorvex-Übernahme ab", "7. Juni 2018", "", ""},
		{"La fusion est bouclée\n\nPublié le 16/01/2021\n\nC'est désormais officiel, la fusion a été finalisée ce samedi.\n\n© 2021 L'Écho des Affaires",
			"La fusion est bouclée", "16/01/2021", "", "L'Écho des Affaires"},
	} {
		d := Parse(c.text)
		if d.Title != c.title || d.Date != c.date || d.Author != c.author || d.Source != c.source {
			t.Errorf("%.40q: got title %q date %q author %q source %q", c.text, d.Title, d.Date, d.Author, d.Source)
		}
	}
}

func TestSourceNamingACompanyIsNoOutlet(t *testing.T) {
	for text, want := range map[string]string{
		"Veltraco buys Quorvex\n\nVeltraco agreed to buy Quorvex for $2 billion, it said.\n\nSource: Veltraco Corporation":     "",
		"Veltraco buys Quorvex\n\nVeltraco agreed to buy Quorvex for $2 billion, it said.\n\nSource: Diario Mercantil Digital": "Diario Mercantil Digital",
	} {
		if got := Parse(text).Source; got != want {
			t.Errorf("%.60q: source %q, want %q", text, got, want)
		}
	}
}

// Page furniture above the headline (menus, breadcrumbs, mastheads) and
// bylines of several names; each case is one rule, the texts made up.
func TestFurnitureAndJointBylines(t *testing.T) {
	cases := []struct {
		name, text                  string
		title, date, author, source string
	}{
		{
			name:  "a markdown H1 below a menu of links and a breadcrumb is the headline",
			text:  "[Der Kurierdienst](/) · [Märkte](/maerkte) · [Meinung](/meinung)\n\nStartseite › Unternehmen › Chemie\n\n# Veltraco verkauft Quorvex an einen Finanzinvestor\n\n*26.03.2021, 07:15 Uhr*\n\nVeltraco hat am Donnerstag den Verkauf von Quorvex bekanntgegeben.\n",
			title: "Veltraco verkauft Quorvex an einen Finanzinvestor", date: "26.03.2021, 07:15 Uhr",
		},
		{
			name:  "a level-one heading under the byline heads a section, not the article",
			text:  "Veltraco buys Quorvex\nBy Paul Mercier\n\n# Background\n\nVeltraco said on Monday it would buy Quorvex.\n",
			title: "Veltraco buys Quorvex", author: "Paul Mercier",
		},
		{
			name:  "a breadcrumb opened by \"you are here\" with slashes between its items",
			text:  "Vous êtes ici : Accueil / Industrie / Chimie\n\nVeltraco cède Quorvex à un fonds pour 2 milliards d'euros\n\nVeltraco a annoncé jeudi la vente de Quorvex.\n",
			title: "Veltraco cède Quorvex à un fonds pour 2 milliards d'euros",
		},
		{
			name:  "a breadcrumb whose lead-in makes its first item long",
			text:  "Sie sind hier: Startseite > Unternehmen > Pharma\n\nVeltraco und Quorvex legen ihr Geschäft zusammen\n\nVeltraco und Quorvex gründen ein Gemeinschaftsunternehmen.\n",
			title: "Veltraco und Quorvex legen ihr Geschäft zusammen",
		},
		{
			name:  "a menu whose items a scraper separated with runs of spaces",
			text:  "Accueil   Industrie   Énergie   Marchés   Abonnez-vous\n\nVeltraco signe avec Quorvex un contrat de 20 ans\n\nVeltraco et Quorvex ont signé lundi un contrat.\n",
			title: "Veltraco signe avec Quorvex un contrat de 20 ans",
		},
		{
			name:  "a masthead with an elided article in the site's name",
			text:  "Le Relais de l'Industrie\n\nVeltraco cède son activité grand public à Quorvex pour 4 milliards\n\nVeltraco a annoncé jeudi la vente de son activité.\n",
			title: "Veltraco cède son activité grand public à Quorvex pour 4 milliards", source: "Le Relais de l'Industrie",
		},
		{
			name:  "a site's name in capitals and its motto after a bar",
			text:  "QUORWIRE | Insurance & Reinsurance News\nMonday, July 26, 2021\n\nVeltraco and Quorvex abandon their $30 billion merger\n\nVeltraco and Quorvex called off their merger on Monday.\n",
			title: "Veltraco and Quorvex abandon their $30 billion merger", date: "Monday, July 26, 2021", source: "QUORWIRE",
		},
		{
			name:  "a site's name right above its menu",
			text:  "Polizze & Mercati\nHome | Compagnie | Broker | Normativa\n\nVeltraco e Quorvex, salta la fusione da 30 miliardi\n\nVeltraco e Quorvex hanno rinunciato alla fusione.\n",
			title: "Veltraco e Quorvex, salta la fusione da 30 miliardi", source: "Polizze & Mercati",
		},
		{
			name:  "a masthead followed by the date on the same line",
			text:  "Gazzetta del Lago Economico — 23.10.2019\n\nVeltraco rinuncia a Quorvex, salta l'affare\n\nVeltraco ha gettato la spugna.\n",
			title: "Veltraco rinuncia a Quorvex, salta l'affare", date: "23.10.2019", source: "Gazzetta del Lago Economico",
		},
		{
			name:  "a byline opening a line of fields names no site",
			text:  "Veltraco cède Quorvex pour 4 milliards d'euros\n\nPar Claire Vidal | Publié le 25/03/2021 à 18h42 | Industrie\n\nVeltraco a annoncé jeudi la vente de Quorvex.\n",
			title: "Veltraco cède Quorvex pour 4 milliards d'euros", date: "25/03/2021 à 18h42", author: "Claire Vidal",
		},
		{
			name:  "the place filed from among the byline's fields, under a standfirst",
			text:  "Veltraco pagará hasta 6.900 millones por el fármaco de Quorvex\nLa farmacéutica abonará 1.350 millones por adelantado y financiará parte de la operación con acciones\n\nAna Ruiz | Madrid | 29 mar. 2019 - 09:12 h\n\nVeltraco y Quorvex anunciaron ayer un acuerdo.\n",
			title: "Veltraco pagará hasta 6.900 millones por el fármaco de Quorvex", date: "29 mar. 2019 - 09:12 h", author: "Ana Ruiz",
		},
		{
			name:  "a byline of two names joined by et",
			text:  "Veltraco s'empare de 30 % de Quorvex\n\nPar Claire Vidal et Paul Mercier\n\nVeltraco a finalisé mardi l'acquisition.\n",
			title: "Veltraco s'empare de 30 % de Quorvex", author: "Claire Vidal et Paul Mercier",
		},
		{
			name:  "a byline of two names joined by a slash",
			text:  "Veltraco compra Quorvex\n\nPor Ana Ruiz / Luis Gómez\n\nVeltraco anunció ayer la compra.\n",
			title: "Veltraco compra Quorvex", author: "Ana Ruiz / Luis Gómez",
		},
		{
			name:  "two names alone under the headline, the text right after",
			text:  "Veltraco amarra a Quorvex con un contrato de 27 años\n\nAna Ruiz / Luis Gómez\n\nVeltraco y Quorvex firmaron ayer un contrato de suministro de gas con una duración de 27 años.\n",
			title: "Veltraco amarra a Quorvex con un contrato de 27 años", author: "Ana Ruiz / Luis Gómez",
		},
		{
			name:   "a dateline filed from two cities",
			text:   "LONDON/TOKYO, March 28, 2019 (Kestrel Wire) — Veltraco has agreed to pay up to $6.9 billion for a share of a drug developed by Quorvex.\n",
			date:   "March 28, 2019",
			source: "Kestrel Wire",
		},
		{
			name:   "a copyright footer without a year, the outlet after a dash",
			text:   "Veltraco e Quorvex hanno rinunciato alla fusione, hanno detto ieri.\n\n© Riproduzione riservata – Polizze & Mercati\n",
			source: "Polizze & Mercati",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Parse(c.text)
			got := [4]string{d.Title, d.Date, d.Author, d.Source}
			want := [4]string{c.title, c.date, c.author, c.source}
			if got != want {
				t.Errorf("\n got title/date/author/source %q\nwant %q", got, want)
			}
			if len(d.Lines) == 0 {
				t.Errorf("no body lines left")
			}
		})
	}
}

// A photo credit in a copyright line names no outlet, with or without a
// dash: what precedes the dash is a name, not a notice in words.
func TestCopyrightPhotoCreditIsNoSource(t *testing.T) {
	text := "Veltraco e Quorvex hanno rinunciato alla fusione, hanno detto ieri.\n\n© Sara Conti – Kestrel Images\n"
	if got := Parse(text).Source; got != "" {
		t.Errorf("source %q, want none", got)
	}
}
