package extract

import (
	"slices"
	"testing"

	"dealwire/loader/extract/lexicon"
	"dealwire/model"
)

// A company named by who runs it ("la firma de Ruffini", "il gruppo
// guidato da Remo Ruffini", "the group led by Ruffini") is the company the
// article names beside that person, not the one it named last.
func TestCompanyNamedByWhoRunsIt(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "Kravlo compra Velmaro a la familia Rivetti y a Temasek. \"Es una marca única\", dijo Remo Ruffini, presidente y consejero delegado de Kravlo. Temasek, que entró en el capital de Velmaro en 2017, vende su 30%. En junio, la firma de Ruffini ya había sellado un acuerdo de licencia con Brindle para que el grupo francés cree sus perfumes."},
		{"it", "Kravlo compra Velmaro dalla famiglia Rivetti e da Temasek. Remo Ruffini, presidente di Kravlo, ha parlato di un marchio unico. Temasek, entrata nel capitale di Velmaro nel 2017, vende il suo 30%. A giugno il gruppo guidato da Remo Ruffini aveva firmato un accordo di licenza con Brindle per i profumi."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Kravlo", "Velmaro", "Temasek", "Brindle")
		wantDealOf(t, ds, model.Licensing, "Kravlo", "Brindle")
		for _, d := range ds {
			if d.Type == model.Licensing && slices.Contains(d.Parties, "Temasek") {
				t.Errorf("%s: %+v: the licence is Kravlo's, whose chairman runs it", c.lang, d)
			}
		}
	}
}

// A place after "di" is the company's seat, no person ("il gruppo di
// Cupertino"); and a quote of the person about another company says
// nothing of whose the person is.
func TestCompanyNamedByWhoRunsItNotPlacesNorQuotes(t *testing.T) {
	ds := extractTextIn(t, "es", "Kravlo compra Velmaro a la familia Rivetti y a Temasek por 1.150 millones de euros. Temasek, que entró en el capital de Velmaro en 2017, vende su 30%. Remo Ruffini, presidente de Kravlo, habló de una marca única. \"Temasek fue un gran socio\", dijo Ruffini. Kravlo cotiza en Milán desde 2013. En junio, la firma de Ruffini ya había sellado un acuerdo de licencia con Brindle para que el grupo francés cree sus perfumes.", "Kravlo", "Velmaro", "Temasek", "Brindle")
	wantDealOf(t, ds, model.Licensing, "Kravlo", "Brindle")
	lex, err := lexicon.New("")
	if err != nil {
		t.Fatal(err)
	}
	toks, ms := mentionedSentences([]string{"Nel 2020 il gruppo di Cupertino aveva rilevato Brindle per 100 milioni di dollari."}, "Brindle")
	if person := personLed(toks[0], ms[0], lex); person != "" {
		t.Errorf("personLed = %q: Cupertino is a place", person)
	}
}
