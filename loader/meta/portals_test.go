package meta

import "testing"

// Headers and footers of portal pages and newsletters: datelines, rows of
// fields, menus with a search box, sign-offs. The texts are made up.
func TestPortalHeaders(t *testing.T) {
	const para = "Acme Corp agreed on Monday to buy Widget Ltd for $2 billion in cash, the companies said, ending months of talks."
	cases := []headerCase{
		{name: "a dateline with the weekday under the masthead",
			text:  "EL CORREO DEL ESTRECHO\nAlgeciras, miércoles 5 de mayo de 2021\n\nAcme compra Widget por 2.000 millones de dólares\n\nPor Lucía Ferrándiz\n\n" + para + "\n",
			title: "Acme compra Widget por 2.000 millones de dólares", date: "miércoles 5 de mayo de 2021", author: "Lucía Ferrándiz", source: "EL CORREO DEL ESTRECHO"},
		{name: "a newsletter's contents joined by dots above its lead story",
			text:  "THE FREIGHT NOTE\nTuesday, 4 May 2021 · Issue #88\n\nIn this morning's note: Acme buys Widget · Port fees rise · Diary dates\n\n---\nTOP STORY\n---\n\nAcme agrees to buy Widget in a $2 billion deal\n\nBy Jane Roe\n\n" + para + "\n",
			title: "Acme agrees to buy Widget in a $2 billion deal", date: "Tuesday, 4 May 2021", author: "Jane Roe", source: "THE FREIGHT NOTE"},
	}
	checkHeaders(t, cases, nil)
	for _, s := range []string{"Acme, Widget agree to merge in 2021", "Roma, la Borsa chiude in rialzo"} {
		if got := datelineAlone(s); got != "" {
			t.Errorf("datelineAlone(%q) = %q", s, got)
		}
	}
}
