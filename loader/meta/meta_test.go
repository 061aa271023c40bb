package meta

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

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
	cases := []headerCase{
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
	checkHeaders(t, cases, nil)
}

// A photo credit in a copyright line names no outlet, with or without a
// dash: what precedes the dash is a name, not a notice in words.
func TestCopyrightPhotoCreditIsNoSource(t *testing.T) {
	text := "Veltraco e Quorvex hanno rinunciato alla fusione, hanno detto ieri.\n\n© Sara Conti – Kestrel Images\n"
	if got := Parse(text).Source; got != "" {
		t.Errorf("source %q, want none", got)
	}
}

// Page furniture above the headline (rows of account links, rows of
// markdown links, hashtags, a newsletter's contents, a site's motto, a
// kicker) and header fields run together on one line; each case is one
// rule, the texts made up.
func TestFurnitureRowsMottosAndKickers(t *testing.T) {
	cases := []headerCase{
		{
			name: "a consent banner's buttons on a line of their own, then a ticker",
			text: "Aller au contenu principal\n\nLA GAZETTE ÉCO — Les marchés d'Asie en français\nAccueil  Chine  Japon  Asie du Sud-Est  Matières premières  Entretiens  S'abonner\n\n" +
				"Nous utilisons des cookies pour améliorer votre expérience. Vous pouvez les accepter, les refuser ou choisir vos préférences.\n[Tout accepter]   [Tout refuser]   [Préférences]\n\n" +
				"Hang Seng 24 352,6 +0,5 %   Nikkei 225 17 366,3 +0,1 %   Shanghai Comp. 3 173,1 +1,8 %   USD/JPY 117,9\n\nVous êtes ici : Accueil / Chine / Entreprises\n\n" +
				"Veltraco s'offre 20 % de Quorvex\n\nLe groupe japonais investira 80 milliards de dollars de Hongkong.\n\nPar Gaspard Lenoir · 21/01/2015 · 09:10\n\nVeltraco investira 80 milliards dans Quorvex, la branche cotée du conglomérat.\n",
			title: "Veltraco s'offre 20 % de Quorvex", date: "21/01/2015", author: "Gaspard Lenoir", source: "LA GAZETTE ÉCO",
		},
		{
			name:  "a row of links to log in and subscribe below the menu",
			text:  "Home | News | Markets | Tech | Jobs\nLog in | Subscribe\n\nMARKETS\n\nVeltraco buys Quorvex in $2 billion deal\n\nBy Paul Mercier\n8 July 2024\n\nVeltraco agreed on Monday to buy Quorvex.\n",
			title: "Veltraco buys Quorvex in $2 billion deal", date: "8 July 2024", author: "Paul Mercier",
		},
		{
			name:  "account links separated by runs of spaces, one with a price",
			text:  "Accedi   Abbonati a 2€\n\nVeltraco rinuncia all'offerta su Quorvex\n\ndi Paolo Ferrante\n4 marzo 2024\n\nVeltraco ha ritirato l'offerta.\n",
			title: "Veltraco rinuncia all'offerta su Quorvex", date: "4 marzo 2024", author: "Paolo Ferrante",
		},
		{
			name:  "rows of markdown links and a reading time above a second-level heading",
			text:  "Lesezeit: 3 Minuten · [Merkliste](#) · [Vorlesen](#)\n\n## Veltraco verkauft Quorvex an einen Finanzinvestor\n\nVeltraco hat den Verkauf bekanntgegeben.\n",
			title: "Veltraco verkauft Quorvex an einen Finanzinvestor",
		},
		{
			name:  "a row of hashtags above the headline",
			text:  "#Veltraco #Quorvex #Rachats #Nickel\n\nFusion Veltraco-Quorvex : un champion européen\n\nVeltraco a annoncé jeudi la fusion.\n",
			title: "Fusion Veltraco-Quorvex : un champion européen",
		},
		{
			name:  "a newsletter's contents under its masthead",
			text:  "IN THIS ISSUE: Veltraco and Quorvex pool engine work | Rates rise again | Oil slides\n\nVeltraco and Quorvex to form 50:50 engine venture\n\nVeltraco and Quorvex have agreed to develop engines together.\n",
			title: "Veltraco and Quorvex to form 50:50 engine venture",
		},
		{
			name:  "a masthead and its motto after a bar, a breadcrumb below",
			text:  "Ruta y Comercio | El periódico de la logística y la carga\nInicio › Empresas › Logística\n\nVeltraco y Quorvex se alían para fabricar camiones\n\nVeltraco y Quorvex crearán una empresa conjunta.\n",
			title: "Veltraco y Quorvex se alían para fabricar camiones", source: "Ruta y Comercio",
		},
		{
			name:  "a one-word logo and a motto with nouns in capitals",
			text:  "QUORKURIER | Das Fachportal für Lacke, Farben und Klebstoffe\n\n[Login](/login) · [Abo testen](/abo) · [E-Paper](/epaper)\n\nVeltraco verkauft Quorvex an Finanzinvestor\n\nVeltraco hat den Verkauf bekanntgegeben.\n",
			title: "Veltraco verkauft Quorvex an Finanzinvestor", source: "QUORKURIER",
		},
		{
			name:  "a site's motto alone under its name, the date and a label before the headline",
			text:  "THE FOUNDRY LEDGER\nDaily analysis for the metals trade\n\n2 October 2020\n\nDIVESTMENTS\n\nQuorvex picks up Veltraco's zinc smelters in €2bn deal\n\nVeltraco has agreed to sell its zinc business to Quorvex.\n",
			title: "Quorvex picks up Veltraco's zinc smelters in €2bn deal", date: "2 October 2020", source: "THE FOUNDRY LEDGER",
		},
		{
			name:  "a kicker of four words above a longer headline",
			text:  "Teuerster Zukauf aller Zeiten\n\nVeltraco kauft Quorvex für 4,2 Milliarden Franken\n\nDer Konzern übernimmt einen Hersteller von Dichtstoffen.\n\nVeltraco hat am Freitag die Übernahme bekanntgegeben.\n",
			title: "Veltraco kauft Quorvex für 4,2 Milliarden Franken",
		},
		{
			name:  "a kicker in capitals above a headline in small letters",
			text:  "OLD FOES TEAM UP ON BATTERIES\n\nVeltraco and Quorvex to build battery cells in 50:50 venture\n\nThe two carmakers have agreed to develop battery cells together.\n",
			title: "Veltraco and Quorvex to build battery cells in 50:50 venture",
		},
		{
			name:  "a summary in bullets between the headline and the byline, the agency in the dateline below",
			text:  "Veltraco to spin off pulp unit and merge it with Quorvex\n\n* Veltraco holders to own 60% of the new group\n* Savings seen at 80 mln euros\n* Quorvex shares rise 9%\n\nBy Liisa Harju-Lindqvist and Erik Solberg\nMay 6, 2020 / 7:45 AM / Updated 2 hours ago\n\nOSLO, May 6 (Kestrel Wire) - Veltraco will split off its pulp business.\n",
			title: "Veltraco to spin off pulp unit and merge it with Quorvex", date: "May 6, 2020", author: "Liisa Harju-Lindqvist and Erik Solberg",
			source: "Kestrel Wire",
		},
		{
			name:  "a date and a byline after a dash on one line",
			text:  "# Veltraco verkauft Quorvex\n\nMittwoch, 3. Juni 2020 – Ein Beitrag von Katrin Vollmer\n\nVeltraco hat den Verkauf bekanntgegeben.\n",
			title: "Veltraco verkauft Quorvex", date: "Mittwoch, 3. Juni 2020", author: "Katrin Vollmer",
		},
		{
			name:  "a date in words and a byline after a dash",
			text:  "Veltraco débourse 7 milliards pour Quorvex\n\nMardi 9 juin 2020 – Par Hélène Marchal\n\nLYON – Veltraco a conclu mardi une alliance.\n",
			title: "Veltraco débourse 7 milliards pour Quorvex", date: "Mardi 9 juin 2020", author: "Hélène Marchal",
		},
		{
			name:  "a byline with the place filed from, an update after a dash on the date line",
			text:  "Veltraco s'allie à Quorvex pour dix ans\n\nLe groupe lyonnais obtient des droits sur trois molécules.\n\nPar Marie-Laure Janssens, à Gand\nPublié le 3 mars 2020 à 8h05 – Mis à jour le 3 mars 2020 à 11h20\n\nVeltraco et Quorvex ont annoncé un accord.\n",
			title: "Veltraco s'allie à Quorvex pour dix ans", date: "3 mars 2020 à 8h05", author: "Marie-Laure Janssens",
		},
		{
			name:  "a surname with a particle",
			text:  "Veltraco buys Quorvex\n\nBy Sanne ter Meulen\n\nVeltraco agreed on Monday to buy Quorvex.\n",
			title: "Veltraco buys Quorvex", author: "Sanne ter Meulen",
		},
		{
			name:  "a name with a particle alone under the headline",
			text:  "Veltraco buys Quorvex\n\nAnne de Vries\n12 May 2020\n\nVeltraco agreed on Monday to buy Quorvex.\n",
			title: "Veltraco buys Quorvex", date: "12 May 2020", author: "Anne de Vries",
		},
		{
			name:  "the author's name alone under the date",
			text:  "Veltraco avale Quorvex pour 3 milliards\n\nLausanne, le mardi 4 avril 2023\nNadine Rochat\n\nC'est la fin d'une entreprise fondée il y a 90 ans.\n",
			title: "Veltraco avale Quorvex pour 3 milliards", date: "Lausanne, le mardi 4 avril 2023", author: "Nadine Rochat",
		},
		{
			name:  "a place before a date in figures",
			text:  "Veltraco entra en el capital de Quorvex\n\nPor Ana Ruiz\nSevilla, 14/02/2022\n\nVeltraco anunció el jueves que tomará una participación.\n",
			title: "Veltraco entra en el capital de Quorvex", date: "14/02/2022", author: "Ana Ruiz",
		},
		{
			name:   "an updated date and the source as labelled fields on one line",
			text:   "Veltraco, Quorvex to combine ports units\nUpdated: June 2, 2021, 09:15 AM IST | Source: Harbour Street Ledger\n\nCHENNAI: Veltraco and Quorvex announced the merger.\n",
			title:  "Veltraco, Quorvex to combine ports units",
			date:   "June 2, 2021",
			source: "Harbour Street Ledger",
		},
		{
			name:  "a newspaper's name in capitals above a section label",
			text:  "IL CORRIERE DELLE VALLI\nAssicurazioni & Credito\n\nVeltraco conquista Quorvex, l'offerta supera i due terzi\n\nVeltraco ha vinto la sua scommessa.\n",
			title: "Veltraco conquista Quorvex, l'offerta supera i due terzi", source: "IL CORRIERE DELLE VALLI",
		},
		{
			name: "a dateline whose city has its region in brackets",
			text: "COIRA (Grigioni), 4 ottobre 2022 – Con un assegno da 3 miliardi Veltraco si prende Quorvex.\n",
			date: "4 ottobre 2022",
		},
	}
	checkHeaders(t, cases, nil)
}

// What closes a text: the author signing off, a source or copyright line
// with a notice after the name, a date in the last line.
func TestClosingCredits(t *testing.T) {
	const body = "Veltraco agreed on Monday to buy Quorvex for $2 billion, the companies said.\n\nThe deal is expected to close in the third quarter.\n\n"
	cases := []struct {
		name, tail           string
		date, author, source string
	}{
		{name: "a reporting credit naming a surname with a particle", tail: "Reporting by Joost van der Berg in Rotterdam\n", author: "Joost van der Berg"},
		{name: "a report credit above a line about the next issue", tail: "Report by Tess Adeyemi-Clarke\n\nNext issue: Monday 8 June. Share this briefing with your team.\n", author: "Tess Adeyemi-Clarke"},
		{name: "a byline closing the text", tail: "By Jane Roe\n", author: "Jane Roe"},
		{
			name: "the author's name alone above the source, whose name a notice follows",
			tail: "Ottavia Brambati\n\nFonte: Il Lago Finanziario – tutti i diritti riservati\n", author: "Ottavia Brambati", source: "Il Lago Finanziario",
		},
		{name: "a copyright line naming the outlet before a notice", tail: "© La Gazette Pharma – Tous droits réservés\n", source: "La Gazette Pharma"},
		{name: "a copyright line with a comma before the year", tail: "© Crónica Bursátil Andina, 2024.\n", source: "Crónica Bursátil Andina"},
		{name: "a copyright line with an ampersand in the name", tail: "© Rhône & Bourse 2019\n", source: "Rhône & Bourse"},
		{name: "a copyright line with a dash before the year", tail: "© Lausanne Bourse Hebdo – 2022\n", source: "Lausanne Bourse Hebdo"},
		{
			name: "a reporting credit of two reporters, each with the place filed from",
			tail: "(Reporting by Marta Lind in Stockholm and Jan de Wit-Vos in Brussels; Editing by Celia Moran)\n", author: "Marta Lind and Jan de Wit-Vos",
		},
		{name: "a publication date without a preposition", tail: "Reporting by Ian Forde; published October 5, 2020.\n", date: "October 5, 2020", author: "Ian Forde"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Parse(body + c.tail)
			got := [3]string{d.Date, d.Author, d.Source}
			want := [3]string{c.date, c.author, c.source}
			if got != want {
				t.Errorf("\n got date/author/source %q\nwant %q", got, want)
			}
		})
	}
}

// A line of two capitalised words closing a text is not always a person:
// a company's or an outlet's name signs no article.
func TestClosingNameThatIsNoPerson(t *testing.T) {
	for _, tail := range []string{"Acme Holdings\n", "Kestrel Wire\n", "The Daily Ledger\n"} {
		if got := Parse("Veltraco agreed on Monday to buy Quorvex for $2 billion, the companies said.\n\n" + tail).Author; got != "" {
			t.Errorf("%q: author %q, want none", tail, got)
		}
	}
}

// Home-page breadcrumbs, mottos under mastheads, page-version links,
// interview and editing credits, front matter and liveblog headers; each
// case is one rule, the texts made up.
func TestTrailsMottosFrontMatterAndCredits(t *testing.T) {
	cases := []headerCase{
		{
			name:  "a breadcrumb of slashes opened by the home page",
			text:  "Home / News / Investment platforms\n\nVeltraco agrees £5bn takeover: what it means for savers\n\nBy Poppy Gathercole\n9 August 2024\n\nVeltraco has agreed to be bought by Quorvex.\n",
			title: "Veltraco agrees £5bn takeover: what it means for savers", date: "9 August 2024", author: "Poppy Gathercole",
		},
		{
			name:  "a breadcrumb opened by the home page, a date for its last item",
			text:  "Home › Rassegna › Sabato 27 luglio 2019\n\nVeltraco e Quorvex fanno nascere il campione nazionale\n\ndi Federica Lanzoni\n27/07/2019\n\nL'accordo firmato ieri apre tutti i giornali.\n",
			title: "Veltraco e Quorvex fanno nascere il campione nazionale", date: "27/07/2019", author: "Federica Lanzoni",
		},
		{
			name:  "a motto with a list of topics under a masthead in capitals, a credit for the editor",
			text:  "QUORVEX & MERCATI\nLa rassegna stampa quotidiana su telecomunicazioni, media e infrastrutture digitali\nTLC | Media | Infrastrutture | Fibra | Rassegna\n\nTorri, Veltraco e Quorvex fanno nascere il campione nazionale\n\na cura di Federica Lanzoni\n27/07/2019\n\nL'accordo firmato ieri apre tutti i giornali.\n",
			title: "Torri, Veltraco e Quorvex fanno nascere il campione nazionale", date: "27/07/2019", author: "Federica Lanzoni", source: "QUORVEX & MERCATI",
		},
		{
			name:  "a one-word logo over a motto that says what the site is, an interview below",
			text:  "QUORVEX-DEPESCHE\nDas Fachmagazin für Airlines, Flughäfen und Luftfracht\n\nINTERVIEW\n\n„Ohne die Slots wäre das nie durchgegangen“\n\nBrüssel hat den Einstieg von Veltraco genehmigt. Eine Analystin über den Preis.\n\nDas Gespräch führte Konstantin Riedl | 04.07.2024\n\nNach mehr als einem Jahr ist der Weg frei.\n",
			title: "„Ohne die Slots wäre das nie durchgegangen“", date: "04.07.2024", author: "Konstantin Riedl", source: "QUORVEX-DEPESCHE",
		},
		{
			name:  "a headline in German quotation marks",
			text:  "„Veltraco zahlt zu viel für Quorvex“\n\nVon Ulla Berg\n\nDie Kommission hat den Einstieg genehmigt.\n",
			title: "„Veltraco zahlt zu viel für Quorvex“", author: "Ulla Berg",
		},
		{
			name:  "the interviewer's credit in French",
			text:  "Veltraco : « Quorvex nous ouvre l'Asie »\n\nPropos recueillis par Anne Roux\n\nPourquoi racheter Quorvex maintenant ?\n",
			title: "Veltraco : « Quorvex nous ouvre l'Asie »", author: "Anne Roux",
		},
		{
			name:  "a link to the page's other version is no site's name",
			text:  "AMP-Version · Zur Desktop-Version wechseln\n\nWir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren. [Alle akzeptieren] [Einstellungen]\n\nREISEPORTALE\nBrüssel stoppt Veltracos Griff nach Quorvex\n\n26.09.2023 | Von Jana Pfisterer\n\nDie Kommission hat die Übernahme verboten.\n\n© Markt & Mobilität 2023 · Impressum · Datenschutz\n",
			title: "Brüssel stoppt Veltracos Griff nach Quorvex", date: "26.09.2023", author: "Jana Pfisterer",
			source: "Markt & Mobilität",
		},
		{
			name:  "YAML front matter and a heading that repeats its title",
			text:  "---\ntitle: \"Veltraco et Quorvex scellent leur mariage\"\ndate: 2020-12-30T07:30:00+01:00\nauthor: \"Hélène Marsac-Urrutia\"\nsource: \"La Gazette du Crédit\"\ntags: [Veltraco, Quorvex]\n---\n\n# Veltraco et Quorvex scellent leur mariage\n\nLes deux banques ont approuvé mardi une fusion.\n",
			title: "Veltraco et Quorvex scellent leur mariage", date: "2020-12-30T07:30:00+01:00", author: "Hélène Marsac-Urrutia", source: "La Gazette du Crédit",
		},
		{
			name:  "TOML front matter naming the site",
			text:  "+++\ntitle = 'Veltraco buys Quorvex'\ndate = 2021-03-04\nauthors = [\"Ana Ruiz\"]\nsite = \"The Harbour Ledger\"\n+++\n\nVeltraco agreed on Monday to buy Quorvex.\n",
			title: "Veltraco buys Quorvex", date: "2021-03-04", author: "Ana Ruiz", source: "The Harbour Ledger",
		},
		{
			name:  "a liveblog's last update above the byline",
			text:  "LIVE\nNordic stocks: Veltraco soars after Quorvex pact\n\nQuorvex will pay up to $5bn for the drug. Follow the market reaction as it happens.\n\nLast updated: 12 March 2025, 16:02 CET\nBy Freja Mortensen and Anders Tvede\n\n16:02\nThat's all for today's live coverage.\n",
			title: "Nordic stocks: Veltraco soars after Quorvex pact", date: "12 March 2025", author: "Freja Mortensen and Anders Tvede",
		},
		{
			name:  "two names under a short headline, the second with particles",
			text:  "Veltraco buys Quorvex\n\nAna Ruiz and Jan van der Berg\n12 May 2020\n\nVeltraco agreed on Monday to buy Quorvex.\n",
			title: "Veltraco buys Quorvex", date: "12 May 2020", author: "Ana Ruiz and Jan van der Berg",
		},
		{
			name:  "a byline of two names, the second a surname with two particles",
			text:  "Veltraco compra Quorvex\n\nPor Lucía Ferraz Olmedo y Jan de la Fuente\n\nVeltraco anunció ayer la compra.\n",
			title: "Veltraco compra Quorvex", author: "Lucía Ferraz Olmedo y Jan de la Fuente",
		},
	}
	checkHeaders(t, cases, func(t *testing.T, d Doc) {
		for _, l := range d.Lines {
			if strings.HasPrefix(l, "# ") || strings.HasPrefix(l, "---") || strings.HasPrefix(l, "+++") {
				t.Errorf("header line %q left in the body", l)
			}
		}
	})
}

// Two rules around a line of text are no front matter: the line stays.
func TestRulesAroundTextAreNoFrontMatter(t *testing.T) {
	d := Parse("---\nVeltraco buys Quorvex\n---\n\nVeltraco agreed on Monday to buy Quorvex.\n")
	if d.Title != "Veltraco buys Quorvex" {
		t.Errorf("title %q, want the line between the rules", d.Title)
	}
}

// BenchmarkParse reads the seeds and the development corpora, whose
// headers and footers are the varied ones, in MB/s.
func BenchmarkParse(b *testing.B) {
	var texts []string
	var size int64
	for _, pattern := range []string{"../seeds/*.txt", "../testdata/dealdev*/[0-9]*", "../testdata/metadev/[0-9]*", "../testdata/news/[0-9]*"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, strings.ReplaceAll(string(raw), "\r\n", "\n"))
			size += int64(len(raw))
		}
	}
	if len(texts) == 0 {
		b.Skip("no texts")
	}
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Parse(t)
		}
	}
}

// headerCase is a text and the metadata its header and footer give.
// para is the first paragraph of the made-up story most header cases
// sit above.
const para = "Acme Corp agreed on Monday to buy Widget Ltd for $2 billion in cash, the companies said, ending months of talks."

type headerCase struct {
	name, text                  string
	title, date, author, source string
}

// checkHeaders parses each case's text and compares what it reads, and
// that some body is left; more, when given, checks the document further.
func checkHeaders(t *testing.T, cases []headerCase, more func(*testing.T, Doc)) {
	t.Helper()
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
			if more != nil {
				more(t, d)
			}
		})
	}
}

// checkSet compares the fields a case sets with what the document reads;
// a field the case leaves empty is not checked.
func checkSet(t *testing.T, name string, d Doc, title, date, author, source string) {
	t.Helper()
	for _, f := range [][3]string{{"title", d.Title, title}, {"date", d.Date, date}, {"author", d.Author, author}, {"source", d.Source, source}} {
		if f[2] != "" && f[1] != f[2] {
			t.Errorf("%s: %s = %q, want %q", name, f[0], f[1], f[2])
		}
	}
}

// Newsletter frames, market tickers, issue lines, closing credits and
// publishers' legal forms; the texts are made up.
func TestFramesTickersAndCredits(t *testing.T) {
	cases := []headerCase{
		{name: "mailing frame, motto with its schedule, curated byline",
			text:  "View this email in your browser | Forward to a friend | Add us to your contacts\n\nTHE FREIGHT NOTE\nShipping & port deals, every morning\nMonday, May 3, 2021\nCurated by Jane Roe\n\nLEAD STORY\n\nAcme agrees to buy Widget in a $2 billion deal\n\n" + para + "\n",
			title: "Acme agrees to buy Widget in a $2 billion deal", date: "Monday, May 3, 2021", author: "Jane Roe", source: "THE FREIGHT NOTE"},
		{name: "market ticker above the headline",
			text:  "DAX 15,923 ▲0.4% | Brent $84.10 | EUR/USD 1.09\n\nAcme agrees to buy Widget in a $2 billion deal\n\nBy Jane Roe\nMay 3, 2021\n\n" + para + "\n",
			title: "Acme agrees to buy Widget in a $2 billion deal", date: "May 3, 2021", author: "Jane Roe"},
		{name: "market ticker spaced the French and Spanish way",
			text:  "CAC 40 7 123,45 ▼ 0,8 %   |   Euro 1,0842 $ US   |   Brent 84,10 $ US\nMERVAL 1.234.567,8 ▲1,2% | Euro ofic. $1.020,50 | Soja Chicago US$ 412,30/t\n\nAcme rachète Widget pour 2 milliards de dollars\n\nPar Anne Roux\n3 mai 2021\n\n" + para + "\n",
			title: "Acme rachète Widget pour 2 milliards de dollars", date: "3 mai 2021", author: "Anne Roux"},
		{name: "reading time among the byline's fields",
			text:  "Acme rachète Widget pour 2 milliards de dollars\n\nLe groupe américain met la main sur son concurrent\n\nPar Anne Roux | 3 mai 2021 | Temps de lecture : 4 minutes\n\n" + para + "\n",
			title: "Acme rachète Widget pour 2 milliards de dollars", date: "3 mai 2021", author: "Anne Roux"},
		{name: "publication's name above the issue's date",
			text:  "Courrier des Ports Hebdo\nÉdition du lundi 3 mai 2021\n\nAcme rachète Widget pour 2 milliards de dollars\n\n" + para + "\n",
			title: "Acme rachète Widget pour 2 milliards de dollars", date: "Édition du lundi 3 mai 2021", source: "Courrier des Ports Hebdo"},
		{name: "credit in brackets after the text",
			text:  "Acme kauft Widget für zwei Milliarden Dollar\n\n" + para + "\n\n(Von Ulla Berg; redigiert von Jan Roth)\n",
			title: "Acme kauft Widget für zwei Milliarden Dollar", author: "Ulla Berg"},
		{name: "signature after a dash, publisher with its legal form",
			text:  "Acme agrees to buy Widget in a $2 billion deal\n\n" + para + "\n\n— Jane Roe, Harbour Signal\n\n© 2021 Harbour Signal Ltd.\n",
			title: "Acme agrees to buy Widget in a $2 billion deal", author: "Jane Roe", source: "Harbour Signal"},
	}
	checkHeaders(t, cases, nil)
	for _, s := range []string{"Markets slump in 10 minutes", "Acme, Widget agree to merge in all-share deal"} {
		if readingTime(s) || tickerRow(s) || mailingRow(s) {
			t.Errorf("%q read as page furniture", s)
		}
	}
}

// markdownLinkOf reads only the part of a line a link can take, and finds
// what the pattern finds on the whole line.
func TestMarkdownLinkOfIsThePatternsMatch(t *testing.T) {
	long := strings.Repeat("words and more words ", 100)
	for _, s := range []string{
		"[Jane Roe](/author/jane-roe)", "[Jane Roe](/author/jane-roe) " + long,
		"[Reuters] " + long, "[Reuters](" + long, "[a](b)c)d e", "[a](b c)", "[]()", "[]())", "[a]()x)",
		"[a] (b)", "[a](\tb)", "[a](b\n)", "[a [b]](c)", "[a\nb](c)d", "[Acme](https://acme.example/x?y=(1)) z", "[", "",
		"text [a](b)", "[a](b)" + long + "](c)",
	} {
		if got, want := markdownLinkOf(s), markdownLink.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Errorf("%.40q: got %q, want %q", s, got, want)
		}
	}
}

// A motto with commas under the masthead, a date line next, is the site's
// motto: the headline comes after the date in that layout.
func TestMottoWithCommasAboveTheDateLine(t *testing.T) {
	text := "PACIFIC RIM GAMING LEDGER\nCasinos, resorts and the capital behind them\n\nCasinos & Resorts | Friday, May 31, 2019\n\n" +
		"Veltraco sells almost a fifth of Quorvex to Brantmoor for A$1.76 billion\n\nBy Priscilla Wanamaker\n\n" +
		"Brantmoor has agreed to buy a 19.99% stake in Quorvex for A$1.76 billion, the companies said on Thursday.\n"
	d := Parse(text)
	if want := "Veltraco sells almost a fifth of Quorvex to Brantmoor for A$1.76 billion"; d.Title != want {
		t.Errorf("title %q, want %q", d.Title, want)
	}
	text = "DIARIO DEL CONO SUR EMPRESARIAL\nNegocios, industria y mercados de Chile, Argentina y la región andina\n\n" +
		"Empresas | Santiago, miércoles 24 de octubre de 2012\n\nVeltraco fabricará chocolate para Quorvex en Chile\n\n" +
		"El grupo suizo Veltraco firmó un contrato de largo plazo con Quorvex, según informaron las compañías el martes.\n"
	if d := Parse(text); d.Title != "Veltraco fabricará chocolate para Quorvex en Chile" {
		t.Errorf("title %q, want the headline after the section and place", d.Title)
	}
	text = "LE COURRIER DE L'ASSURANCE-CRÉDIT\nRisque, caution et affacturage\nMercredi 26 février 2020 — Entreprises\n\n" +
		"Veltraco cède 29,5 % de Quorvex à l'américain Brantmoor\n\nPar Isaure Dauvergne\n\n" +
		"C'est la fin d'un long désengagement. Veltraco a annoncé mardi la cession de 29,5 % du capital de Quorvex.\n"
	if d := Parse(text); d.Title != "Veltraco cède 29,5 % de Quorvex à l'américain Brantmoor" {
		t.Errorf("title %q, want the headline after the date and section", d.Title)
	}
	// without the date line between, the line under the masthead is the headline
	text = "PACIFIC RIM GAMING LEDGER\nVeltraco, Quorvex and Brantmoor agree on a casino venture\n\nBy Priscilla Wanamaker | May 31, 2019\n\n" +
		"Veltraco and Quorvex have agreed to build a casino together, the companies said on Thursday.\n"
	if d := Parse(text); d.Title != "Veltraco, Quorvex and Brantmoor agree on a casino venture" {
		t.Errorf("title %q, want the line under the masthead", d.Title)
	}
}

// A masthead in capitals over a short motto names the site, however few
// the motto's words.
func TestCapitalMastheadOverAShortMotto(t *testing.T) {
	text := "PIPELINE & PATENT REVIEW\nThe business of drug discovery\n\nBIOTECH | Monday, April 8, 2019\n\n" +
		"Veltraco pays Quorvex $400 million up front in gene-silencing pact\n\nBy Sorcha Holroyd\n\n" +
		"Veltraco will pay Quorvex $400 million up front to develop drugs, the companies said on Monday.\n"
	d := Parse(text)
	if d.Source != "PIPELINE & PATENT REVIEW" && d.Source != "Pipeline & Patent Review" {
		t.Errorf("source %q, want the masthead", d.Source)
	}
	if want := "Veltraco pays Quorvex $400 million up front in gene-silencing pact"; d.Title != want {
		t.Errorf("title %q, want %q", d.Title, want)
	}
}

// A menu without bars may open with its label ("Rubriques :"): still a
// menu, not the headline.
func TestSpacedMenuWithALabel(t *testing.T) {
	text := "BIOTECH MATIN | L'actualité des biotechnologies et de la santé, chaque jour\n" +
		"Rubriques :  Actualités   Financements   Partenariats   Essais cliniques   Carnet   Abonnement\n\n" +
		"Veltraco verse 400 millions de dollars d'avance à Quorvex\n\nPar Eudes Rivemale · Publié le 09/04/2019 à 08:30\n\n" +
		"Le laboratoire Veltraco a conclu lundi une alliance avec Quorvex pour développer des médicaments.\n"
	d := Parse(text)
	if want := "Veltraco verse 400 millions de dollars d'avance à Quorvex"; d.Title != want {
		t.Errorf("title %q, want %q", d.Title, want)
	}
}

// A newsletter's name in bold on its issue line is its source; a bold
// byline is not.
func TestBoldNewsletterName(t *testing.T) {
	text := "# Veltraco vende el control de su red de gas a un consorcio\n\n" +
		"**Redes y Capital** — boletín semanal de infraestructuras · nº 118 · viernes, 9 de diciembre de 2016\n\n" +
		"*Por Itsaso Irazábal*\n\nVeltraco ha acordado vender el 61% de su negocio de distribución de gas a un consorcio.\n"
	if d := Parse(text); d.Source != "Redes y Capital" {
		t.Errorf("source %q, want Redes y Capital", d.Source)
	}
	text = "# Veltraco and Quorvex agree to merge\n\n**By Callum Rennick** | 18 December 2006, 15:20 GMT\n\nVeltraco agreed to merge with Quorvex on Monday.\n"
	if d := Parse(text); d.Source == "By Callum Rennick" || d.Source == "Callum Rennick" {
		t.Errorf("source %q: a byline", d.Source)
	}
}

// A name of a person's shape beside the date on a row of fields is the
// author, though no list knows its given name.
func TestAuthorBesideTheDateWithAnUnlistedGivenName(t *testing.T) {
	text := "CANTERAS Y BOLSA | El diario de los áridos\n\nVeltraco retira su oferta hostil por Quorvex\n\n" +
		"Visitación Errazkin Lumbreras · 15/05/2012 · 08:40\n\nLa estadounidense Veltraco renunció el lunes a la oferta que había lanzado por Quorvex.\n"
	if d := Parse(text); d.Author != "Visitación Errazkin Lumbreras" {
		t.Errorf("author %q, want Visitación Errazkin Lumbreras", d.Author)
	}
}
