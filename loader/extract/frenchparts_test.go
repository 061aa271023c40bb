package extract

import (
	"testing"

	"dealwire/model"
)

// French "parts" are stakes ("le rachat des parts qu'elle ne détenait pas
// encore dans Quorvex"), no goods supplied; "parts de marché" are a
// market's, and leave a supply deal one.
func TestFrenchPartsAreStakes(t *testing.T) {
	known := []string{"Veltraco", "Quorvex", "Brindle"}
	for _, c := range []struct {
		body, typ string
	}{
		{"fr|Veltraco rachète Brindle. L'été dernier, la société avait bouclé le rachat des parts qu'elle ne détenait pas encore dans Quorvex, un fabricant de fil machine de cuivre.", model.Acquisition},
		{"fr|Veltraco rachète Brindle. Veltraco achète des turbines à Quorvex pour gagner des parts de marché.", model.Supply},
	} {
		ds := extractKnownLangs(t, known, c.body)
		var got *model.Deal
		for i := range ds {
			if len(ds[i].Parties) == 2 && ds[i].Parties[0] != "Brindle" && ds[i].Parties[1] != "Brindle" {
				got = &ds[i]
			}
		}
		if got == nil || got.Type != c.typ {
			t.Errorf("%.60s: want a %s of Veltraco and Quorvex, got %+v", c.body, c.typ, ds)
		}
	}
}

// A stake a purchase brought with it ("a deal that brought with it a
// stake in the Greenbushes mine", "che gli aveva portato in dote ... una
// partecipazione") is no stake bought: the company was.
func TestStakeBroughtWithAPurchaseIsNoInvestment(t *testing.T) {
	known := []string{"Veltraco", "Quorvex", "Brindle"}
	for _, body := range []string{
		"en|Veltraco buys Brindle. It is the biggest bet since it bought Quorvex for $US6.2 billion in a deal that closed in early 2015 and brought with it a stake in the Greenbushes mine.",
		"it|Veltraco compra Brindle. Il gruppo si era trasformato nel primo produttore mondiale nel 2015, completando l'acquisizione di Quorvex, un'operazione da 6,2 miliardi di dollari che gli aveva portato in dote le salamoie cilene e una partecipazione nella miniera di Greenbushes.",
	} {
		ds := extractKnownLangs(t, known, body)
		d := dealOf(ds, model.Acquisition, "Veltraco", "Quorvex")
		if d == nil || d.Type != model.Acquisition {
			t.Errorf("%.2s: want the purchase of Quorvex, got %+v", body, ds)
		}
	}
}

// A price told in a currency's hundredths ("un rachat à 541 pence", "at
// 95 cents a share") is money, no count of goods: the deal stays a
// purchase.
func TestPriceInPenceIsNoGoods(t *testing.T) {
	known := []string{"Veltraco", "Quorvex", "Brindle"}
	for _, body := range []string{
		"fr|Brindle rachète Quorvex. En juillet, Veltraco avait arraché l'accord du conseil de Quorvex pour un rachat à 541 pence.",
		"en|Brindle buys Quorvex. In July, Veltraco had won the backing of Quorvex's board for a takeover at 95 cents.",
	} {
		ds := extractKnownLangs(t, known, body)
		if d := dealOf(ds, model.Acquisition, "Veltraco", "Quorvex"); d == nil || d.Type == model.Supply {
			t.Errorf("%.2s: want Veltraco's takeover of Quorvex, got %+v", body, ds)
		}
	}
}

// A German demonym noun as subject ("die Südafrikaner hatten sie ...
// gekauft") is the company from there, not a company named Südafrikaner.
func TestGermanDemonymNounSubjectIsNoParty(t *testing.T) {
	known := []string{"Veltraco", "Quorvex", "Brindle Partners", "Daxmoor"}
	ds := extractKnownLangs(t, known, "de|Der südafrikanische Klinikbetreiber Veltraco fusioniert mit Daxmoor; die Aktionäre der Südafrikaner halten danach 84 Prozent des neuen Konzerns. Die Zürcher Quorvex-Gruppe gehört seit 2007 zu Veltraco; die Südafrikaner hatten sie damals für 3,6 Milliarden Franken vom Finanzinvestor Brindle Partners gekauft.")
	for _, d := range ds {
		for _, p := range d.Parties {
			if p == "Südafrikaner" {
				t.Errorf("a demonym made a side: %+v", d)
			}
		}
	}
	if d := dealOf(ds, model.Acquisition, "Veltraco", "Brindle Partners"); d == nil {
		t.Errorf("want Veltraco's purchase from Brindle Partners, got %+v", ds)
	}
}
