package meta

import "testing"

// Headers and footers of portal pages and newsletters: datelines, rows of
// fields, menus with a search box, sign-offs. The texts are made up.
func TestPortalHeaders(t *testing.T) {
	cases := []headerCase{
		{name: "a dateline with the weekday under the masthead",
			text:  "EL CORREO DEL ESTRECHO\nAlgeciras, miércoles 5 de mayo de 2021\n\nAcme compra Widget por 2.000 millones de dólares\n\nPor Lucía Ferrándiz\n\n" + para + "\n",
			title: "Acme compra Widget por 2.000 millones de dólares", date: "miércoles 5 de mayo de 2021", author: "Lucía Ferrándiz", source: "EL CORREO DEL ESTRECHO"},
		{name: "a newsletter's contents joined by dots above its lead story",
			text:  "THE FREIGHT NOTE\nTuesday, 4 May 2021 · Issue #88\n\nIn this morning's note: Acme buys Widget · Port fees rise · Diary dates\n\n---\nTOP STORY\n---\n\nAcme agrees to buy Widget in a $2 billion deal\n\nBy Jane Roe\n\n" + para + "\n",
			title: "Acme agrees to buy Widget in a $2 billion deal", date: "Tuesday, 4 May 2021", author: "Jane Roe", source: "THE FREIGHT NOTE"},
		{name: "a byline's row of fields closed by the hour of the update",
			text:  "Acme rachète Widget pour 2 milliards de dollars\n\nLe groupe américain met la main sur son concurrent européen\n\nPar Anne Roux | 4 mai 2021 | Mis à jour à 9 h 40\n\n" + para + "\n",
			title: "Acme rachète Widget pour 2 milliards de dollars", date: "4 mai 2021", author: "Anne Roux"},
		{name: "an update's hour with its zone among the fields",
			text:  "Acme agrees to buy Widget in a $2 billion deal\n\nThe purchase doubles Acme's sales in Europe\n\nBy Jane Roe | May 4, 2021 | Updated 9:40 a.m. ET\n\n" + para + "\n",
			title: "Acme agrees to buy Widget in a $2 billion deal", date: "May 4, 2021", author: "Jane Roe"},
		{name: "a site's name above its menu, the search box at the menu's end",
			text:  "Acciaio & Impianti\nHome | Industria | Energia | Mercati | Lavoro        Cerca...\n\nAcme compra Widget per 2 miliardi di dollari\n\ndi Anna Rossi | 4 maggio 2021\n\n" + para + "\n",
			title: "Acme compra Widget per 2 miliardi di dollari", date: "4 maggio 2021", author: "Anna Rossi", source: "Acciaio & Impianti"},
		{name: "a copyright line naming an outlet joined by an ampersand",
			text:  "Acme rachète Widget pour 2 milliards de dollars\n\n" + para + "\n\n© 2021 Rhône & Bourse. Tous droits réservés.\n",
			title: "Acme rachète Widget pour 2 milliards de dollars", source: "Rhône & Bourse"},
		{name: "a line about the writer closing the text",
			text:  "HARBOUR SIGNAL\nMonday 3 May 2021\n\nAcme agrees to buy Widget in a $2 billion deal\n\n" + para + "\n\n— Jane Roe is shipping editor of Harbour Signal.\n",
			title: "Acme agrees to buy Widget in a $2 billion deal", date: "Monday 3 May 2021", author: "Jane Roe", source: "HARBOUR SIGNAL"},
		{name: "a reading time labelled without a colon among the byline's fields",
			text:  "Acme compra Widget per 2 miliardi di dollari\n\nIl gruppo americano mette le mani sul rivale europeo\n\ndi Anna Rossi | 4 maggio 2021 | Tempo di lettura 4 minuti\n\n" + para + "\n",
			title: "Acme compra Widget per 2 miliardi di dollari", date: "4 maggio 2021", author: "Anna Rossi"},
	}
	checkHeaders(t, cases, nil)
	for _, s := range []string{"Aktualisiert um 11:05 Uhr", "Aggiornato alle 9.10", "Updated 11h05"} {
		if !updateTime(s) {
			t.Errorf("updateTime(%q) = false", s)
		}
	}
	for _, s := range []string{"Updated 3 March", "Aggiornato alle 9.10 il listino", "Updated 12 March 2025, 16:02 CET", "Acme at 11:05"} {
		if updateTime(s) {
			t.Errorf("updateTime(%q) = true", s)
		}
	}
	if !menuRow("Home | Markets | Tech | Search...") || menuRow("Acme | Widget | Deal talks...") {
		t.Error("menuRow with a search box")
	}
	if got := bioSignature("Anne Roux est journaliste à L'Écho de la Bourse."); got != "Anne Roux" {
		t.Errorf("bioSignature(fr) = %q", got)
	}
	for _, s := range []string{"Jane Roe is chief executive of Widget.", "Acme Daily is a weekly editor's digest."} {
		if got := bioSignature(s); got != "" {
			t.Errorf("bioSignature(%q) = %q", s, got)
		}
	}
	if !readingTime("Lesezeit 3 Min.") || !readingTime("Reading time 5 min") || readingTime("Reading council votes in 10 minutes") {
		t.Error("readingTime with a label and no colon")
	}
	if got := datelineAlone("LYON, mardi 3 mars 2021, 08:45"); got != "mardi 3 mars 2021" {
		t.Errorf("datelineAlone(with the hour) = %q", got)
	}
	for _, s := range []string{"Acme, Widget agree to merge in 2021", "Roma, la Borsa chiude in rialzo"} {
		if got := datelineAlone(s); got != "" {
			t.Errorf("datelineAlone(%q) = %q", s, got)
		}
	}
}
