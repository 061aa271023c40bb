package extract

import (
	"testing"

	"dealwire/model"
)

// Review of 88ed50b (datedEchoIn), mended by unnamedCounterpart: a third outlet's sentence naming one
// side of the 2011 Veltraco–Quorvex deal, in 2011, with a deal word, but
// telling a different deal, must not become a source of that deal.
func TestReview52aDatedEchoOtherDeal(t *testing.T) {
	known := []string{"Veltraco", "Brindle", "Quorvex", "Daxmoor", "Halvorsen", "Trelawny"}
	en := "en|Veltraco agreed to buy Brindle on Monday. Veltraco bought Quorvex for 3.4 billion euros in 2011."
	it := "it|Veltraco compra Brindle. Nel 2011 Veltraco aveva rilevato Quorvex per 3,4 miliardi di euro."
	for _, c := range []struct{ name, third string }{
		// Quorvex's own purchase of an unnamed rival
		{"en-quorvex-buys-rival", "en|Veltraco is buying Brindle. In 2011 Quorvex itself acquired a Brazilian rival for 200 million euros. Veltraco has owned Quorvex for years."},
		{"es-quorvex-buys-rival", "es|Veltraco compra Brindle. En 2011 Quorvex adquirió un rival brasileño por 200 millones de euros. Veltraco controla Quorvex desde hace años."},
		// Veltraco's own other purchase / sale that year, Quorvex only in a list
		{"en-veltraco-buys-other", "en|Veltraco is buying Brindle. In 2011 Veltraco also acquired a Brazilian packaging maker. Its units include Quorvex."},
		{"en-veltraco-sells-unit", "en|Veltraco is buying Brindle. In 2011 Veltraco sold its tyre unit to a Chinese group. Quorvex is one of its brands."},
		{"de-veltraco-sells-unit", "de|Veltraco übernimmt Brindle. Im Jahr 2011 verkaufte Veltraco seine Reifensparte an einen chinesischen Konzern. Zu den Marken gehört Quorvex."},
		{"fr-veltraco-sells-unit", "fr|Veltraco rachète Brindle. En 2011, Veltraco avait cédé sa division pneus à un groupe chinois. Quorvex fait partie de ses marques."},
		{"es-veltraco-sells-unit", "es|Veltraco compra Brindle. En 2011 Veltraco vendió su división de neumáticos a un grupo chino. Quorvex es una de sus marcas."},
		{"it-veltraco-sells-unit", "it|Veltraco compra Brindle. Nel 2011 Veltraco aveva ceduto la divisione pneumatici a un gruppo cinese. Quorvex è uno dei suoi marchi."},
		// a biography sentence: the chief's former employer merged in 2011
		{"en-chief-joined", "en|Veltraco is buying Brindle. Veltraco's chief, who joined in 2011 after the merger of his former employer with a rival, declined to comment. Quorvex shares rose."},
	} {
		t.Run(c.name, func(t *testing.T) {
			ds := extractKnownLangs(t, known, en, it, c.third)
			d := dealOf(ds, model.Acquisition, "Veltraco", "Quorvex")
			if d == nil {
				t.Fatalf("want the 2011 purchase of Quorvex, got %+v", ds)
			}
			for _, s := range d.Sources {
				if s.Article == "a2" {
					t.Errorf("a different 2011 deal became a source of Veltraco–Quorvex: %q", s.Evidence)
				}
			}
		})
	}
}

// Two 2011 deals of Veltraco told by the other outlets: the purchase of
// Quorvex and the sale of its tyre unit Trelawny to Daxmoor. The third
// outlet's sentence on the tyre sale must not join the Quorvex purchase.
func TestReview52aDatedEchoWrongDeal(t *testing.T) {
	known := []string{"Veltraco", "Brindle", "Quorvex", "Daxmoor", "Trelawny"}
	en := "en|Veltraco agreed to buy Brindle on Monday. Veltraco bought Quorvex for 3.4 billion euros in 2011. In the same year Daxmoor bought Trelawny, the tyre unit of Veltraco, for 500 million euros."
	it := "it|Veltraco compra Brindle. Nel 2011 Veltraco aveva rilevato Quorvex per 3,4 miliardi di euro. Nello stesso anno Daxmoor aveva acquistato Trelawny, la divisione pneumatici di Veltraco, per 500 milioni di euro."
	third := "en|Veltraco is buying Brindle. In 2011 Veltraco sold its tyre business to a private equity firm. Quorvex, Trelawny and Daxmoor declined to comment."
	ds := extractKnownLangs(t, known, en, it, third)
	d := dealOf(ds, model.Acquisition, "Veltraco", "Quorvex")
	if d == nil {
		t.Fatalf("want the 2011 purchase of Quorvex, got %+v", ds)
	}
	for _, s := range d.Sources {
		if s.Article == "a2" {
			t.Errorf("the tyre-unit sale joined the Quorvex purchase: %q", s.Evidence)
		}
	}
}
