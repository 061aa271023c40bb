package meta

import (
	"strings"
	"testing"
)

// Each case exercises one rule of pages.go (or the hook that calls it) on
// a made-up text: wire tags on the headline, the site after the headline,
// the site named by its address only, property blocks, staff and
// correspondent credits, running heads of printed pages. A field left
// empty in a case is not checked.
func TestPageLayouts(t *testing.T) {
	const body = "\n\nAcme said on Monday it would buy Widget for $5 million in cash, its largest purchase in a decade.\n\nThe deal is expected to close in the second quarter, subject to approval by regulators.\n"
	cases := []struct {
		name, text                       string
		title, date, author, source, url string
		noSource                         bool // the source must stay empty
	}{
		{
			name:  "a wire's tag in capitals before the headline",
			text:  "EXCLUSIVE: Acme in talks to buy Widget Systems\n3/3/21" + body,
			title: "Acme in talks to buy Widget Systems", date: "3/3/21",
		},
		{
			name:  "a wire's tag glued to the headline by a dash",
			text:  "UPDATE 1-Acme to buy Widget for $5 million\nMarch 3, 2021" + body,
			title: "Acme to buy Widget for $5 million",
		},
		{
			name:  "a numbered roundup tag on a German headline",
			text:  "ROUNDUP 2: Acme übernimmt Widget für 5 Millionen Euro\n03.03.2021 17:04" + body,
			title: "Acme übernimmt Widget für 5 Millionen Euro",
		},
		{
			name:  "an update tag in brackets after the headline",
			text:  "Acme to buy Widget for $5 million (UPDATE 3)\nMarch 3, 2021" + body,
			title: "Acme to buy Widget for $5 million",
		},
		{
			name:  "the site's name after a bar closing the headline",
			text:  "Acme buys Widget in $5 million deal | Kestrel Morning Ledger\nBy Jane Roe\nMarch 3, 2021" + body,
			title: "Acme buys Widget in $5 million deal", source: "Kestrel Morning Ledger", author: "Jane Roe",
		},
		{
			name:  "the site's name after a dash, opened by an article",
			text:  "Acme Compra Widget Por Cinco Millones De Euros — El Vigía Fenicio\nAna Ruiz\n3 de marzo de 2021" + body,
			title: "Acme Compra Widget Por Cinco Millones De Euros", source: "El Vigía Fenicio",
		},
		{
			name:  "the site's name after a dash, a German paper's compound",
			text:  "Acme übernimmt Widget für fünf Millionen Euro - Kestrelfelder Abendpost\n3. März 2021" + body,
			title: "Acme übernimmt Widget für fünf Millionen Euro", source: "Kestrelfelder Abendpost",
		},
		{
			name:     "words after a dash that name no site stay in the headline",
			text:     "Acme and Widget agree to merge - Live Updates\nMarch 3, 2021" + body,
			title:    "Acme and Widget agree to merge - Live Updates",
			noSource: true,
		},
		{
			name:  "the site named only by a hyphenated address",
			text:  "https://www.kestrel-ledger.com/markets/2021/03/03/acme-widget\n\nAcme buys Widget in $5 million deal\nBy Jane Roe\n2021-03-03T17:04:00Z" + body,
			title: "Acme buys Widget in $5 million deal", source: "Kestrel Ledger", date: "2021-03-03T17:04:00Z",
		},
		{
			name:   "the site's address, its name written elsewhere in the text",
			text:   "https://fenbrookherald.co.uk/business/acme-widget\n\nAcme buys Widget in $5 million deal\nMarch 3, 2021" + body + "\nMore from THE FENBROOK HERALD\n",
			source: "Fenbrook Herald",
		},
		{
			name:  "a saved page's address and the day it was saved",
			text:  "Saved from: https://www.fenbrook.com/deals/acme-widget\nSaved on: 2021-03-09 11:42\n\n# Acme buys Widget in $5 million deal\n\nBy Jane Roe · Markets · March 3, 2021" + body,
			title: "Acme buys Widget in $5 million deal", source: "Fenbrook", date: "March 3, 2021",
			url: "https://www.fenbrook.com/deals/acme-widget",
		},
		{
			name:  "a saved page's address after a date in words",
			text:  "Gespeichert am 05.03.2021 von https://www.kestrelblatt.de/unternehmen/acme\n\n# Acme übernimmt Widget\n\nVeröffentlicht: 3. März 2021" + body,
			title: "Acme übernimmt Widget", source: "Kestrelblatt", date: "3. März 2021",
		},
		{
			name:  "a feed item's fields",
			text:  "Title: Acme raises $5 million from Widget Ventures\nLink: https://www.kestrelwire.com/deals/acme\npubDate: Wed, 03 Mar 2021 17:04:00 GMT\ndc:creator: Jane Roe\ncategory: Venture\n\nDescription:" + body,
			title: "Acme raises $5 million from Widget Ventures", author: "Jane Roe", date: "Wed, 03 Mar 2021 17:04:00 GMT", source: "Kestrelwire",
		},
		{
			name:   "a feed's creator field alone under the headline",
			text:   "Acme buys Widget in $5 million deal\ndc:creator: Jane Roe\nMarch 3, 2021" + body,
			author: "Jane Roe",
		},
		{
			name:  "a document's properties, then the headline again and the date",
			text:  "Document Properties\nFile name: acme_widget_final.docx\nTemplate: Normal\nTitle: Acme agrees merger with Widget\nPages: 2\n\nAcme agrees merger with Widget\nBy Jane Roe\nWednesday 3 March 2021" + body,
			title: "Acme agrees merger with Widget", author: "Jane Roe", date: "Wednesday 3 March 2021",
			noSource: true,
		},
		{
			name:   "a copyright footer naming the outlet with a small word, the year after it",
			text:   "Acme compra Widget per 5 milioni di euro\n3 marzo 2021" + body + "\n© Il Corriere della Valle, 2021 | Termini | Privacy\n",
			source: "Il Corriere della Valle",
		},
		{
			name:   "the outlet's staff signing under the headline",
			text:   "Acme in talks to buy Widget Systems\nKestrel Gazette staff\n3/3/21" + body,
			source: "Kestrel Gazette", date: "3/3/21",
		},
		{
			name:   "the outlet's newsroom signing in Spanish",
			text:   "Acme compra Widget por cinco millones\nRedacción Diario del Fenal\nSevilla | 3 de marzo de 2021" + body,
			source: "Diario del Fenal", date: "3 de marzo de 2021",
		},
		{
			name:     "a desk signing names no outlet",
			text:     "Acme compra Widget per cinque milioni\nRedazione Economia\n3 marzo 2021" + body,
			noSource: true,
		},
		{
			name:   "a correspondent in place of a byline",
			text:   "Acme rachète Widget pour 5 millions d'euros\nDe notre correspondant à Berlin, Anne Roux\nMercredi 3 mars 2021" + body,
			author: "Anne Roux", date: "Mercredi 3 mars 2021",
		},
		{
			name:   "an outlet's correspondent",
			text:   "Acme buys Widget in $5 million deal\nFrom the Kestrel Times' correspondent in Madrid\nMarch 3, 2021" + body,
			source: "Kestrel Times", date: "March 3, 2021",
		},
		{
			name:   "a printed page's running head",
			text:   "KESTREL QUARTERLY REVIEW          JUNE 2021\n\nAcme Buys Widget In $5 Million Deal\nBy Jane Roe\n3 June 2021" + body + "\nPage 1\n\nKESTREL QUARTERLY REVIEW          JUNE 2021\n" + body + "\nPage 2\n",
			source: "Kestrel Quarterly Review", author: "Jane Roe",
		},
		{
			name:   "a signature between rules closing a wire story",
			text:   "Acme übernimmt Widget für 5 Millionen Euro\n03.03.2021" + body + "\n--- Von Ulla Berg, Kestrelticker ---\n",
			author: "Ulla Berg",
		},
		{
			name:   "a name signing under the note of the day it was published",
			text:   "MILANO - Acme ha ceduto Widget al fondo Kestrel per 5 milioni di euro, secondo una nota diffusa mercoledì sera.\n\nL'accordo dovrebbe perfezionarsi entro l'estate.\n\nArticolo pubblicato il 3 marzo 2021\nOttavia Brambilla\n",
			author: "Ottavia Brambilla",
		},
	}
	for _, c := range cases {
		d := Parse(c.text)
		checkSet(t, c.name, d, c.title, c.date, c.author, c.source)
		if c.url != "" && d.URL != c.url {
			t.Errorf("%s: url = %q, want %q", c.name, d.URL, c.url)
		}
		if c.noSource && d.Source != "" {
			t.Errorf("%s: source = %q, want none", c.name, d.Source)
		}
	}
}

// The shapes the rules read, on their own.
func TestPageLayoutShapes(t *testing.T) {
	for in, want := range map[string]string{
		"EXCLUSIF - Acme prépare la cession de Widget": "Acme prépare la cession de Widget",
		"Exclusive: Acme weighs sale of Widget":        "Acme weighs sale of Widget",
		"Update on Acme's plans for Widget":            "Update on Acme's plans for Widget",
		"Breaking: Acme":                               "Breaking: Acme", // too short once cut
	} {
		if got := withoutWireTag(in); got != want {
			t.Errorf("withoutWireTag(%q) = %q, want %q", in, got, want)
		}
	}
	if _, site := siteAfterTitle("Acme buys Widget - Jane Roe"); site != "" {
		t.Errorf("siteAfterTitle took a person's name: %q", site)
	}
	if _, site := siteAfterTitle("Deal - Kestrel Daily"); site != "" {
		t.Errorf("siteAfterTitle cut a headline too short: %q", site)
	}
	for _, u := range []string{"https://web.archive.org/web/2021/https://x.example/", "https://bit.ly/3abc", "https://www.google.com/amp/s/x"} {
		if got := siteFromURL(u, nil); got != "" {
			t.Errorf("siteFromURL(%q) = %q, want none", u, got)
		}
	}
	if got := siteFromURL("https://markets.kestrelpost.com.au/x", nil); got != "Kestrelpost" {
		t.Errorf("siteFromURL(subdomain, com.au) = %q", got)
	}
	if _, ok := savedFrom("Acme said the deal, announced at https://acme.example/news, would close soon"); ok {
		t.Error("savedFrom read a sentence")
	}
	if !outletCompound("morgenpost") || outletCompound("kompost") {
		t.Error("outletCompound(…post)")
	}
	if got := ruled("--- Von Ulla Berg ---"); got != "Von Ulla Berg" {
		t.Errorf("ruled = %q", got)
	}
	if got := ruled("- Acme shares rose"); got != "- Acme shares rose" {
		t.Errorf("ruled(bullet) = %q", got)
	}
	if got := deskOutlet("Markets staff"); got != "" {
		t.Errorf("deskOutlet(section) = %q", got)
	}
}

// A wire's tag stays off a headline the header did not take as the title
// (a masthead came first): "UPDATE 2-Visa" in the body would read as a
// company called "2-Visa".
func TestWireTagOffHeadlinesInTheBody(t *testing.T) {
	text := "Ledgerline News Service\nPayments | Card Networks\n\nUPDATE 2-Visa to buy Visa Europe in deal worth up to 21.2 billion euros\n\n" +
		"SAN FRANCISCO, Nov 2 (Ledgerline) - Visa Inc said on Monday it would buy Visa Europe.\n\nUPDATE: the rest of the story is an ordinary paragraph."
	d := Parse(text)
	body := strings.Join(d.Lines, "\n")
	if strings.Contains(body, "UPDATE 2-") || !strings.Contains(body, "Visa to buy Visa Europe in deal worth") {
		t.Errorf("body keeps the tag or loses the headline:\n%s", body)
	}
	if !strings.Contains(body, "UPDATE: the rest of the story") {
		t.Errorf("a tag past the header was taken off:\n%s", body)
	}
}
