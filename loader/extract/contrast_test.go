package extract

import (
	"slices"
	"testing"
)

// A sentence that turns to the other company ("for its part",
// "wiederum", "por su parte") and leaves its subject unnamed tells of the
// other of the article's two, not of the one the sentence before was
// about ("Die Londoner wiederum ... kauften sie L'Epargne de France",
// dealdev234; "El grupo de Illinois, por su parte, se quedó con Kinh Do",
// dealdev231).
func TestContrastTurnsToTheOtherOfThePair(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"en", "Veltraco agreed on Monday to merge with Quorvex. Veltraco said the merger would create a leader. " +
			"Quorvex accepted the terms after two months of talks. In 2016 Quorvex bought Brindle for $300 million. " +
			"The company, for its part, bought Ostravel in 2018."},
		{"es", "Veltraco acordó el lunes fusionarse con Quorvex. Veltraco dijo que la fusión crearía un líder. " +
			"Quorvex aceptó las condiciones tras dos meses. En 2016 Quorvex compró Brindle por 300 millones de dólares. " +
			"La compañía, por su parte, compró Ostravel en 2018."},
	} {
		_, ds := extractAll(t, c.lang, c.body, "Veltraco", "Quorvex", "Brindle", "Ostravel")
		wantBuyerWithout(t, c.lang, ds, "Ostravel", "Veltraco", "Quorvex")
	}
}

// Where the sentence names the other of the two, the turn is told, and
// the unnamed side is read as before.
func TestContrastWithTheOtherNamed(t *testing.T) {
	body := "Veltraco agreed on Monday to merge with Quorvex. Veltraco said the merger would create a leader. " +
		"Quorvex accepted the terms after two months of talks. In 2016 Quorvex bought Brindle for $300 million. " +
		"Veltraco, for its part, bought Ostravel in 2018."
	_, ds := extractAll(t, "en", body, "Veltraco", "Quorvex", "Brindle", "Ostravel")
	if d := dealWith(ds, "Ostravel"); d == nil || !slices.Contains(d.Parties, "Veltraco") {
		t.Errorf("deals %+v, want Veltraco's purchase of Ostravel", ds)
	}
}

// The turn also reads "por su lado", and the plural "for their part";
// and where the sentence before was about a company outside the pair (a
// rival bidder told in passing), the turn still goes from the company the
// article was about to the other ("Para la casa de apuestas londinense es
// el segundo intento fallido ... una propuesta conjunta de 888 Holdings y
// Rank Group ... La empresa de Montreal, por su lado, ... compró Rational
// Group", dealdev210).
func TestContrastAfterARivalNamedInPassing(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"es", "Veltraco acordó el lunes fusionarse con Quorvex. Quorvex aceptó las condiciones tras dos meses. " +
			"Veltraco dijo que la fusión crearía un líder. Para la casa de apuestas londinense es el segundo intento fallido: en agosto su consejo rechazó una propuesta de Kallomar. " +
			"La empresa de Montreal, por su lado, compró Ostravel en 2014 por 300 millones de dólares."},
		{"en", "Veltraco agreed on Monday to merge with Quorvex. Quorvex accepted the terms after two months of talks. " +
			"Veltraco said the merger would create a leader. For the London bookmaker it is a second failed attempt: in August its board rejected a proposal from Kallomar. " +
			"The group, for their part, bought Ostravel in 2014 for $300 million."},
	} {
		_, ds := extractAll(t, c.lang, c.body, "Veltraco", "Quorvex", "Kallomar", "Ostravel")
		wantBuyerWithout(t, c.lang, ds, "Ostravel", "Quorvex", "Veltraco")
	}
}

// A role of the article's deal says itself which company it is: "Der
// Käufer wiederum", "El comprador, por su parte" are the buyer, not the
// other of the pair (dealdev154, dealdev98).
func TestContrastKeepsTheRole(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"de", "Veltraco übernimmt Quorvex für 1,2 Milliarden Dollar. Quorvex stellt Steckverbinder für Flugzeuge her. Veltraco zahlt 40 Dollar je Aktie. " +
			"Der Käufer wiederum hatte erst im Juli die Firma Ostravel für rund 84 Millionen Dollar erworben."},
		{"es", "Veltraco comprará Quorvex por 1.200 millones de dólares. Quorvex fabrica conectores para aviones. Veltraco pagará 40 dólares por acción. " +
			"El comprador, por su parte, ya se había reforzado en 2011 con la adquisición de Ostravel por 356 millones de dólares."},
	} {
		_, ds := extractAll(t, c.lang, c.body, "Veltraco", "Quorvex", "Ostravel")
		wantBuyerWithout(t, c.lang, ds, "Ostravel", "Veltraco", "Quorvex")
	}
}
