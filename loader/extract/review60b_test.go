package extract

import "testing"

// Review 60b: articles 67789681's contrast changes misread. Articles are
// published 2020-10-29.

// A contrast after a fronted date set off by a comma: "In 2018, the
// company, for its part, bought Ostravel", "En 2018, le groupe a pour sa
// part racheté Ostravel", "En 2018, la compañía, por su parte, compró
// Ostravel", "Nel 2018, il gruppo, dal canto suo, ha rilevato Ostravel" —
// of the article's other company (Veltraco), after a sentence about
// Quorvex, as TestContrastTurnsToTheOtherOfThePair reads it without the
// date. contrasted() now stops at the first comma not followed by the
// contrast words, the one after the date, so the turn is missed and
// Quorvex is read as Ostravel's buyer. Without the opening-clause rule,
// Veltraco is.
func TestReview60bContrastAfterAFrontedDate(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"en", "Veltraco agreed on Monday to merge with Quorvex. Veltraco said the merger would create a leader. " +
			"Quorvex accepted the terms after two months of talks. In 2016 Quorvex bought Brindle for $300 million. " +
			"In 2018, the company, for its part, bought Ostravel."},
		{"fr", "Veltraco a annoncé lundi sa fusion avec Quorvex. Veltraco a indiqué que la fusion créerait un leader. " +
			"Quorvex a accepté les conditions après deux mois de négociations. En 2016, Quorvex a racheté Brindle pour 300 millions d'euros. " +
			"En 2018, le groupe a pour sa part racheté Ostravel."},
		{"es", "Veltraco acordó el lunes fusionarse con Quorvex. Veltraco dijo que la fusión crearía un líder. " +
			"Quorvex aceptó las condiciones tras dos meses. En 2016 Quorvex compró Brindle por 300 millones de dólares. " +
			"En 2018, la compañía, por su parte, compró Ostravel."},
		{"it", "Veltraco ha annunciato lunedì la fusione con Quorvex. Veltraco ha detto che la fusione creerà un leader. " +
			"Quorvex ha accettato le condizioni dopo due mesi di trattative. Nel 2016 Quorvex ha rilevato Brindle per 300 milioni di euro. " +
			"Nel 2018, il gruppo, dal canto suo, ha rilevato Ostravel."},
	} {
		_, ds := extractAll(t, c.lang, c.body, "Veltraco", "Quorvex", "Brindle", "Ostravel")
		wantBuyerWithout(t, c.lang, ds, "Ostravel", "Veltraco", "Quorvex")
	}
}

// A subject naming a nation that fits both of the article's companies
// says nothing of which one is meant: "German rivals Veltraco and Quorvex
// agreed on Monday to merge. ... In 2016 Quorvex bought Brindle ... The
// German group, for its part, bought Ostravel in 2018." The turn is to
// Veltraco. The new guard in extract.go (demonymSubject(...) == nil, meant
// for "Die Franzosen wiederum" of a nation tied to no company) skips the
// contrast whenever the subject names a nation, also one tied to both,
// and Quorvex, the company of the sentence before, is read as Ostravel's
// buyer. With that guard removed (the rest of 67789681 kept), Veltraco is.
func TestReview60bContrastWhereTheDescriptionFitsBoth(t *testing.T) {
	body := "German rivals Veltraco and Quorvex agreed on Monday to merge. Veltraco said the merger would create a European leader. " +
		"Quorvex accepted the terms after two months of talks. In 2016 Quorvex bought Brindle for $300 million. " +
		"The German group, for its part, bought Ostravel in 2018."
	_, ds := extractAll(t, "en", body, "Veltraco", "Quorvex", "Brindle", "Ostravel")
	wantBuyerWithout(t, "en", ds, "Ostravel", "Veltraco", "Quorvex")
}
