package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Review 60a: articles the changes from aee81890 to 7473e86f misread.
// Articles are published 2020-10-29.

// wantBuyerWithout: the deal listing target is told with buyer among its
// parties and not other.
func wantBuyerWithout(t *testing.T, lang string, ds []model.Deal, target, buyer, other string) {
	t.Helper()
	d := dealWith(ds, target)
	if d == nil || !slices.Contains(d.Parties, buyer) || slices.Contains(d.Parties, other) {
		t.Errorf("%s: deals %+v, want %s's purchase of %s, without %s", lang, ds, buyer, target, other)
	}
}

// "In turn" of a chain of owners, not of a turn to the other company: an
// article on Veltraco buying Quorvex tells the target's history, "Quorvex
// makes industrial sensors. In 2016 it bought Brindle, which in turn owned
// Ostravel" (and "a sua volta proprietaria di", "das wiederum Ostravel
// gehörte"; "Quorvex was spun off from Hanford in 2010. The company in
// turn acquired Brindle in 2014"). contrasted() finds "in turn",
// "wiederum", "a sua volta" within the first ten words, and otherOfPair
// moves the unnamed subject from Quorvex, the company the sentence before
// was about, to Veltraco: Veltraco is read as Brindle's buyer. Without the
// contrast switch, Quorvex is.
func TestReview60aInTurnOfAChainOfOwners(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"en", "Veltraco agreed on Monday to buy Quorvex for $2 billion. Veltraco said the deal would close in March. " +
			"Quorvex makes industrial sensors. In 2016 it bought Brindle, which in turn owned Ostravel."},
		{"en", "Veltraco agreed on Monday to buy Quorvex for $2 billion. Veltraco said the deal would close in March. " +
			"Quorvex was spun off from Ostravel in 2010. The company in turn acquired Brindle in 2014."},
		{"it", "Veltraco ha annunciato lunedì l'acquisizione di Quorvex per 2 miliardi di euro. Veltraco ha detto che l'operazione si chiuderà a marzo. " +
			"Quorvex produce sensori industriali. Nel 2016 ha rilevato Brindle, a sua volta proprietaria di Ostravel."},
		{"de", "Veltraco übernimmt Quorvex für 2 Milliarden Euro. Veltraco teilte mit, die Transaktion solle im März abgeschlossen werden. " +
			"Quorvex stellt Industriesensoren her. 2016 kaufte das Unternehmen Brindle, das wiederum Ostravel gehörte."},
	} {
		_, ds := extractAll(t, c.lang, c.body, "Veltraco", "Quorvex", "Brindle", "Ostravel")
		wantBuyerWithout(t, c.lang, ds, "Brindle", "Quorvex", "Veltraco")
	}
}

// Spanish "a su vez" is also "besides, for its own part" of the same
// subject going on: after "Quorvex nació en 2005 como filial de Ostravel",
// "La empresa, a su vez, compró Brindle en 2014" tells of Quorvex, the
// target whose history the article tells. otherOfPair turns it to
// Veltraco, the buyer of the article's deal. Without the contrast switch,
// Quorvex buys Brindle.
func TestReview60aASuVezGoesOnAboutTheSame(t *testing.T) {
	body := "Veltraco anunció el lunes la compra de Quorvex por 2.000 millones de euros. Veltraco dijo que la operación se cerrará en marzo. " +
		"Quorvex nació en 2005 como filial de Ostravel. La empresa, a su vez, compró Brindle en 2014."
	_, ds := extractAll(t, "es", body, "Veltraco", "Quorvex", "Brindle", "Ostravel")
	wantBuyerWithout(t, "es", ds, "Brindle", "Quorvex", "Veltraco")
}

// A contrasted sentence whose subject is a description that names the
// company's nation, after a sentence naming none: "El grupo italiano
// Veltraco comprará la francesa Quorvex ... Los analistas celebraron el
// precio. El grupo francés, por su parte, compró Brindle en 2016" (and
// "Il gruppo francese, dal canto suo", "Die Franzosen wiederum"). The
// description is resolved to Quorvex, the French one; otherOfPair then
// switches it to Veltraco, the Italian one, because the sentence before
// named no company. Without the contrast switch, Quorvex buys Brindle.
func TestReview60aTurnToADescribedCompany(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"es", "El grupo italiano Veltraco comprará la francesa Quorvex por 2.000 millones de euros. Veltraco dijo que la operación se cerrará en marzo. " +
			"Los accionistas de Quorvex recibirán 40 euros por acción. Los analistas celebraron el precio. El grupo francés, por su parte, compró Brindle en 2016."},
		{"it", "Il gruppo milanese Veltraco rileverà la francese Quorvex per 2 miliardi di euro. Veltraco ha detto che l'operazione si chiuderà a marzo. " +
			"Gli azionisti di Quorvex riceveranno 40 euro per azione. Gli analisti hanno apprezzato il prezzo. Il gruppo francese, dal canto suo, aveva rilevato Brindle nel 2016."},
		{"de", "Der Mailänder Kabelhersteller Veltraco übernimmt den Lyoner Sensorhersteller Quorvex für 2 Milliarden Euro. Veltraco teilte mit, die Transaktion solle im März abgeschlossen werden. " +
			"Quorvex-Aktionäre erhalten 40 Euro je Aktie. Analysten begrüßten den Preis. Die Franzosen wiederum hatten 2016 Brindle übernommen."},
	} {
		_, ds := extractAll(t, c.lang, c.body, "Veltraco", "Quorvex", "Brindle")
		wantBuyerWithout(t, c.lang, ds, "Brindle", "Quorvex", "Veltraco")
	}
}

// A trade union or a union of states beside a deal is no party of it:
// "La Unión General de Trabajadores firmó un acuerdo con Veltraco para los
// trabajadores de Quorvex" (a labour agreement of Spain's UGT), "The
// Eurasian Economic Union and Veltraco signed a cooperation agreement".
// With "union" out of institutionHeads, UGT is read as a party of
// Veltraco's purchase of Quorvex and the Eurasian Economic Union as
// Veltraco's partner. With it, Veltraco's purchase of Quorvex is read
// alone.
func TestReview60aUnionsAreNoDealParties(t *testing.T) {
	for _, c := range []struct{ lang, body, union string }{
		{"es", "La Unión General de Trabajadores firmó un acuerdo con Veltraco para los trabajadores de Quorvex. Veltraco compró Quorvex en marzo por 300 millones de euros.", "Unión General de Trabajadores"},
		{"en", "The Eurasian Economic Union and Veltraco signed a cooperation agreement on Monday. Veltraco bought Quorvex in March for $300 million.", "Eurasian Economic Union"},
	} {
		_, ds := extractAll(t, c.lang, c.body, "Veltraco", "Quorvex")
		for _, d := range ds {
			if slices.Contains(d.Parties, c.union) {
				t.Errorf("%s: %s %v: %s is no company", c.lang, d.Type, d.Parties, c.union)
			}
		}
		if dealWith(ds, "Veltraco", "Quorvex") == nil {
			t.Errorf("%s: deals %+v, want Veltraco's purchase of Quorvex", c.lang, ds)
		}
	}
}

// Two subsidiaries of one group developing a product together: "Die
// Veltraco-Töchter Quorvex und Brindle wollen gemeinsam einen Elektromotor
// entwickeln" (Veltraco's subsidiaries Quorvex and Brindle). The parent is
// no partner of its own subsidiaries; the new "gemeinsam ... entwickeln"
// reading (deals.go separableVerbs) makes a partnership of Veltraco,
// Quorvex and Brindle. Without it, no deal is read.
func TestReview60aSubsidiariesDevelopingTogether(t *testing.T) {
	body := "Die Veltraco-Töchter Quorvex und Brindle wollen gemeinsam einen Elektromotor entwickeln. " +
		"Veltraco hatte Quorvex 2015 und Brindle 2017 übernommen."
	_, ds := extractAll(t, "de", body, "Veltraco", "Quorvex", "Brindle")
	for _, d := range ds {
		if d.Type == model.Partnership && slices.Contains(d.Parties, "Veltraco") {
			t.Errorf("partnership %v: Veltraco is the parent of the two", d.Parties)
		}
	}
}
