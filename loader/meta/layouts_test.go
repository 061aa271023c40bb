package meta

import (
	"strings"
	"testing"
)

// Each case exercises one rule added for page layouts the first corpora
// did not have; the texts are made up. A field left empty in a case is
// not checked.
func TestUnseenLayouts(t *testing.T) {
	const body = "\n\nAcme said on Monday it would buy Widget for $5 million in cash.\n\nThe deal is expected to close in the second quarter.\n"
	cases := []struct {
		name, text                  string
		title, date, author, source string
		noTitle                     bool // the title must stay empty
	}{
		{
			name:  "teaser lines above the headline",
			text:  "Read more: Widget shares slump after profit warning\nLeggi anche: Acme, i conti del trimestre\n\nAcme buys Widget in $5 million deal" + body,
			title: "Acme buys Widget in $5 million deal",
		},
		{
			name:  "a photo caption closed by its credit above the headline",
			text:  "A Widget plant near Leeds at dusk. Photograph: Jane Roe/Kestrel Images\n\nAcme buys Widget in $5 million deal" + body,
			title: "Acme buys Widget in $5 million deal",
		},
		{
			name:  "a markdown image above the headline",
			text:  "![The Widget plant](/img/widget.jpg)\n\nAcme buys Widget in $5 million deal" + body,
			title: "Acme buys Widget in $5 million deal",
		},
		{
			name:  "a photo label before a caption in small letters",
			text:  "Foto: lo stabilimento di Widget a Prato (Archivio)\n\nAcme compra Widget per 5 milioni di euro" + body,
			title: "Acme compra Widget per 5 milioni di euro",
		},
		{
			name:  "a ticker's topic between marks above the headline",
			text:  "+++ Bieterkampf um Widget +++\nLiveticker: Acme bessert Angebot für Widget nach\nErstellt am 3. März 2021" + body,
			title: "Liveticker: Acme bessert Angebot für Widget nach", date: "3. März 2021",
		},
		{
			name:  "a relative time is header but no date; a full date line below the key events is",
			text:  "Acme and Widget agree deal: live updates\nUpdated 2h ago\n\nKey events\n- Acme lifts bid\n- Board meets\n\nWednesday 10 March 2021\n\n18:40\nAcme raises its bid" + body,
			title: "Acme and Widget agree deal: live updates", date: "Wednesday 10 March 2021",
		},
		{
			name:  "a relative time between the headline and the standfirst",
			text:  "Acme buys Widget in $5 million deal\nUpdated 2h ago\nThe purchase doubles Acme's sales in Europe and adds 4,000 staff\nBy Jane Roe\n03/03/2021" + strings.Repeat(body, 8),
			title: "Acme buys Widget in $5 million deal", author: "Jane Roe", date: "03/03/2021",
		},
		{
			name:    "a paper named with a German compound closing the text is no signature",
			text:    "Acme übernimmt Widget für 340 Millionen Euro, teilten beide Unternehmen am Mittwoch mit.\n\nDer Abschluss wird im dritten Quartal erwartet.\n\nKestrel Handelsbote\n",
			noTitle: true,
		},
		{
			name:  "a date label for when the page went online",
			text:  "Acme rachète Widget pour 5 millions d'euros\nMise en ligne : 03.03.2021" + body,
			title: "Acme rachète Widget pour 5 millions d'euros", date: "03.03.2021",
		},
		{
			name:  "first published before last modified",
			text:  "Acme buys Widget in $5 million deal\n\nLast modified on Wed 10 Feb 2021 11.42 GMT\nFirst published on Tue 9 Feb 2021 07.15 GMT" + body,
			title: "Acme buys Widget in $5 million deal", date: "Tue 9 Feb 2021 07.15 GMT",
		},
		{
			name:  "a site's name, a dash and its section",
			text:  "Kestrel Handelsbote — Unternehmen\nÜbernahme\nAcme schluckt Widget aus Schwaben\nVon Jana Roth, Stuttgart\n03.03.2021, 17:04 Uhr" + body,
			title: "Acme schluckt Widget aus Schwaben", source: "Kestrel Handelsbote", author: "Jana Roth", date: "03.03.2021, 17:04 Uhr",
		},
		{
			name:  "a site named with an article above a section word",
			text:  "Le Courrier des Marchés\nIndustrie\nAcme met la main sur Widget pour 5 millions\nPar Anne Roux\nle 3 mars 2021 à 17h04" + body,
			title: "Acme met la main sur Widget pour 5 millions", source: "Le Courrier des Marchés", author: "Anne Roux",
		},
		{
			name:  "a long headline in capitals over a longer standfirst",
			text:  "ACME SELLS ITS FIBRE UNIT TO WIDGET CAPITAL FOR 1.1 BILLION EUROS\nThe utility sheds 2.3 million fibre lines to cut its debt and put the money into wind and solar farms\nPublished: 03/03/2021 08:15" + body,
			title: "ACME SELLS ITS FIBRE UNIT TO WIDGET CAPITAL FOR 1.1 BILLION EUROS", date: "03/03/2021 08:15",
		},
		{
			name:  "a newsletter's note about the browser, its masthead and issue date",
			text:  "Si ce message ne s'affiche pas correctement, consultez-le dans votre navigateur.\n\nLA LETTRE DES MARCHÉS – Édition du jeudi 4 mars 2021\n\nAcme absorbe Widget et crée un acteur régional\n\nPar Anne Roux\nPublié le 03/03/2021 à 17h04" + body,
			title: "Acme absorbe Widget et crée un acteur régional", date: "03/03/2021 à 17h04", source: "LA LETTRE DES MARCHÉS",
		},
		{
			name:  "an issue's date when the story gives none",
			text:  "ACME WEEKLY DIGEST\nÉdition du jeudi 4 mars 2021\n\nAcme absorbe Widget et crée un acteur régional\n\nPar Anne Roux" + body,
			title: "Acme absorbe Widget et crée un acteur régional", date: "Édition du jeudi 4 mars 2021",
		},
		{
			name:  "a byline naming the outlet after a comma",
			text:  "Acme nears deal for Widget\nBy Jane Roe and Sam Lee, Kestrel Wire\nMarch 3, 2021 5:04 PM ET" + body,
			title: "Acme nears deal for Widget", author: "Jane Roe and Sam Lee", source: "Kestrel Wire", date: "March 3, 2021 5:04 PM ET",
		},
		{
			name:   "a byline's place after a comma is no outlet",
			text:   "Acme nears deal for Widget\nBy Jane Roe, New York\nMarch 3, 2021" + body,
			author: "Jane Roe",
		},
		{
			name:   "a byline with the agency its writer worked with",
			text:   "Acme met la main sur Widget\nPar Anne Roux avec AFP\nle 3 mars 2021 à 17h04" + body,
			author: "Anne Roux", date: "le 3 mars 2021 à 17h04",
		},
		{
			name:   "a 'Text:' label, a bar and the date",
			text:   "# Acme verkauft Widget an Kestrel\n\nText: Lennart Roth | Mittwoch, 3. März 2021" + body,
			author: "Lennart Roth", date: "Mittwoch, 3. März 2021",
		},
		{
			name:   "a 'Text:' credit closing the text",
			text:   "ACME AGREES TO SELL WIDGET UNIT\n3 March 2021" + body + "\nText: Orla Finn\n",
			author: "Orla Finn",
		},
		{
			name:  "an e-mail's subject and sender",
			text:  "From: The Kestrel Sheet <brief@kestrel.example>\nSubject: Acme's $5m swoop on Widget\nDate: Thursday, March 4, 2021 at 6:02 AM" + body,
			title: "Acme's $5m swoop on Widget", source: "The Kestrel Sheet", date: "Thursday, March 4, 2021 at 6:02 AM",
		},
		{
			name:   "a person sending an e-mail is no source",
			text:   "From: Jane Roe <jane@kestrel.example>\nSubject: Re: Acme buys Widget" + body,
			title:  "Acme buys Widget",
			source: "",
		},
		{
			name:   "a place that reads as a name, before a byline among fields",
			text:   "Acme y Widget pactan su fusión\nSantiago de Chile | 3 de marzo de 2021 | Por Camila Roa y Diego Paz" + body,
			author: "Camila Roa y Diego Paz", date: "3 de marzo de 2021",
		},
		{
			name:  "a masthead above a markdown headline",
			text:  "Il Corriere di Levante — Economia\n## Cantieri\n# Acme compra Widget: accordo da 210 milioni\n\n**di Federico Allegri**" + body,
			title: "Acme compra Widget: accordo da 210 milioni", source: "Il Corriere di Levante", author: "Federico Allegri",
		},
		{
			name:   "a desk signing among fields is no outlet; the publisher's legal line is",
			text:   "Assicurazioni, la fusione che cambia il mercato\nRedazione Economia | 3 marzo 2021 | Tempo di lettura: 3 min" + body + "\n© Riproduzione riservata\nKestrel Editoriale S.r.l. – P.IVA 01234567890\n",
			source: "Kestrel Editoriale",
		},
		{
			name:   "a dateline under a standfirst",
			text:   "# Acme to Acquire Widget for $5 Million\n\n*Deal adds vision systems to Acme's range*\n\nPITTSBURGH, March 3, 2021 /Kestrel Newswire/ -- Acme said it would buy Widget." + body,
			date:   "March 3, 2021",
			title:  "Acme to Acquire Widget for $5 Million",
			source: "",
		},
		{
			name:   "a source line outranks a section guessed as the site",
			text:   "mercoledì 3 marzo 2021\nFinanza & Mercati\nAcme rileva il 60% di Widget per 95 milioni\ndi Chiara Neri" + body + "\nFonte: Il Foglio dei Mercati\n",
			source: "Il Foglio dei Mercati",
		},
		{
			name:   "a syndication note with a clause after the outlet",
			text:   "Acme agrees merger with Widget" + body + "\nThis article originally appeared in The Granary Courier and is republished here with permission.\n",
			source: "The Granary Courier",
		},
		{
			name:   "a syndication note in emphasis with a link",
			text:   "# Acme adquiere Widget por 64 millones" + body + "\n---\n\n*Este artículo se publicó originalmente en [Crónica Vinícola](https://cv.example/a) y se reproduce con autorización.*\n",
			source: "Crónica Vinícola",
		},
		{
			name:   "an outlet before a rights notice without the sign",
			text:   "Acme y Widget pactan su fusión" + body + "\nNoticias del Cierzo — Todos los derechos reservados\n",
			source: "Noticias del Cierzo",
		},
		{
			name:   "a 'Written by' box under the text",
			text:   "Acme buys Widget in £320m deal" + body + "\nWritten by\nMarguerite Olwen\nMarguerite Olwen covers building materials for the paper and has done so since 2012.\n",
			author: "Marguerite Olwen",
		},
		{
			name:   "a liveblog's closing credit",
			text:   "Acme bidding war: live" + body + "\nLive coverage by Neil Ashby\n\n© 2021 Kestrel Business Daily\n",
			author: "Neil Ashby", source: "Kestrel Business Daily",
		},
		{
			name:   "a signature above a dateline and a source line",
			text:   "Acme ha cerrado la compra de Widget por 135 millones de euros, según informaron ayer ambas compañías.\n\nLa operación ha recibido ya el visto bueno del regulador.\n\nRamón Echeverri\nMadrid, 4 de marzo de 2021\nFuente: Diario Bursátil del Ebro\n",
			author: "Ramón Echeverri", source: "Diario Bursátil del Ebro",
			noTitle: true,
		},
		{
			name:   "a signature and a source in emphasis",
			text:   "## Acme passe sous le contrôle de Widget" + body + "\n*Laure Kerbrat*\n\n*Source : L'Écho de l'Atlantique*\n",
			author: "Laure Kerbrat", source: "L'Écho de l'Atlantique",
		},
	}
	for _, c := range cases {
		d := Parse(c.text)
		checkSet(t, c.name, d, c.title, c.date, c.author, c.source)
		if c.noTitle && d.Title != "" {
			t.Errorf("%s: title = %q, want none", c.name, d.Title)
		}
		if c.noTitle && c.author == "" && d.Author != "" {
			t.Errorf("%s: author = %q, want none", c.name, d.Author)
		}
	}
}

// The shapes each rule reads, on their own.
func TestUnseenLayoutShapes(t *testing.T) {
	for _, s := range []string{"Updated 2h ago", "Zuletzt aktualisiert vor 35 Minuten", "Mis à jour il y a 3 heures", "hace 2 horas", "2 ore fa"} {
		if !relativeTime(s) {
			t.Errorf("relativeTime(%q) = false", s)
		}
	}
	for _, s := range []string{"Deal collapsed 2 days ago in Berlin", "Sam Reyes @sr · 2 hours ago", "Updated 3 March 2021", "Acme vor 2 Tagen gescheitert"} {
		if relativeTime(s) {
			t.Errorf("relativeTime(%q) = true", s)
		}
	}
	for _, w := range []string{"Wirtschaftsbote", "Abendkurier", "Börsenzeitung"} {
		if !outletCompound(lowerASCII(w)) {
			t.Errorf("outletCompound(%q) = false", w)
		}
	}
	for _, w := range []string{"Bote", "Gesamtbetrag", "Unternehmen"} {
		if outletCompound(lowerASCII(w)) {
			t.Errorf("outletCompound(%q) = true", w)
		}
	}
	if !fullDateLine("mercoledì 3 marzo 2021") || fullDateLine("Q3 2021 results") || fullDateLine("March 2021") {
		t.Error("fullDateLine")
	}
	if !deskName("Redazione Economia") || !deskName("Markets Desk") || deskName("Il Foglio Economico") {
		t.Error("deskName")
	}
	if got := publisherLine("Kestrel Media GmbH | USt-IdNr. DE123456789"); got != "Kestrel Media GmbH" {
		t.Errorf("publisherLine = %q", got)
	}
	if got := publisherLine("Jane Roe – VAT expert"); got != "" {
		t.Errorf("publisherLine(person) = %q", got)
	}
	if got := nameBeforeRights("Fonte: Il Foglio – tutti i diritti riservati"); got != "" {
		t.Errorf("nameBeforeRights(labelled) = %q", got)
	}
	if !teaserLine("> **À lire aussi** — Agroalimentaire : les laiteries sous pression") || teaserLine("Related companies agreed to merge.") {
		t.Error("teaserLine")
	}
	if !browserNote("Having trouble viewing this email? View it in your browser") || browserNote("Acme buys browser maker Widget") {
		t.Error("browserNote")
	}
}

func lowerASCII(s string) string {
	b := []rune(s)
	for i, r := range b {
		if r >= 'A' && r <= 'Z' {
			b[i] = r + 32
		}
	}
	return string(b)
}
