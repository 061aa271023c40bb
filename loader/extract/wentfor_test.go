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
		// found by the review: a stake or a contract after the verb, a
		// compound, "es geht ... um", money paid out, a negation, a player
		"Im Jahr 2019 ging die Minderheitsbeteiligung an Brindle für 300 Millionen Euro an Kravlo, wie die Zeitung berichtete.",
		"Im Januar ging der Auftrag für den Bau der Trasse für 500 Millionen Euro an Kravlo, Brindle unterlag.",
		"Der Großauftrag ging für 800 Millionen Euro an Kravlo, Brindle ging bei der Ausschreibung leer aus.",
		"Die Übertragungsrechte der Liga gehen für 1,1 Milliarden Euro an Kravlo, teilte Brindle am Montag mit.",
		"Im Streit mit Brindle geht es für Kravlo um 1,4 Milliarden Euro an Zahlungen, die das Gericht prüfen soll.",
		"Vom Kaufpreis für Brindle gingen für Beratungsleistungen rund 30 Millionen Euro an die Investmentbank Kravlo.",
		"Die Logistiksparte von Brindle geht doch nicht für 360 Millionen Franken an Kravlo, die Gespräche sind abgebrochen.",
		"Der Stürmer ging im Sommer für 100 Millionen Euro an Kravlo, teilte Brindle am Montag mit.",
	} {
		ds := extractTextIn(t, "de", text, "Kravlo", "Brindle")
		if d := dealOf(ds, model.Divestiture, "Brindle", "Kravlo"); d != nil {
			t.Errorf("%q: %+v, want no sale", text, d)
		}
	}
}
