package extract

import (
	"testing"

	"dealwire/model"
)

// The German "X geht für PRICE an Y" sells X to Y ("Das Schweizer Geschäft
// geht für rund 360 Millionen Franken an Medbase"); "geht" without a sum
// of millions and a company after "an" goes elsewhere ("es geht um", "ging
// zurück", "ging an die Börse"). The cases it must not read are in the
// deals package's TestGoingIsNoSale and TestGoingBesideAPurchase.
func TestGoesForAPriceTo(t *testing.T) {
	for _, text := range []string{
		"Die Brindle AG geht für 1,4 Milliarden Euro an die Kravlo Inc, wie beide Unternehmen am Montag in Zürich mitteilten.",
		"Im Februar ging bereits die Ticketbörse Brindle für 4,05 Milliarden Dollar an Kravlo, die damit zum Marktführer in Europa wurde.",
		"Brindle ging im vergangenen Jahr für 750 Millionen Dollar mehrheitlich an den Finanzinvestor Kravlo.",
	} {
		ds := extractTextIn(t, "de", text, "Kravlo", "Brindle")
		wantDealOf(t, ds, model.Divestiture, "Brindle", "Kravlo")
	}
	for _, text := range []string{
		"Bei dem Treffen von Brindle und Kravlo ging es um 1,4 Milliarden Euro an Investitionen in neue Werke.",
		"Der Umsatz von Brindle ging im vergangenen Jahr um 5 Prozent zurück, während Kravlo zulegte.",
		"Brindle ging im März für 12 Euro je Aktie an die Börse, Kravlo zeichnete einen Teil der Papiere.",
	} {
		ds := extractTextIn(t, "de", text, "Kravlo", "Brindle")
		if d := dealOf(ds, model.Divestiture, "Brindle", "Kravlo"); d != nil {
			t.Errorf("%q: %+v, want no sale", text, d)
		}
	}
}
