package extract

import (
	"testing"

	"dealwire/model"
)

// A sale noun that names a way of selling goods ("vente sur catalogue",
// "vente en ligne", "vendita al dettaglio", "venta por catálogo") is a
// trade, not a company sold: the purchase the sentence tells stays one.
func TestSaleChannelIsNoSale(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "En 2016, Veltraco Corp avait mis la main sur Brindle SA, la maison mère du spécialiste de la vente sur catalogue Quorvex SpA, pour 1,4 milliard de livres."},
		{"it", "Nel 2016 Veltraco Corp aveva comprato Brindle SA, la capogruppo del leader della vendita online Quorvex SpA, per 1,4 miliardi di sterline."},
	} {
		ds := extractTextIn(t, c.lang, c.text)
		for _, d := range ds {
			if d.Type == model.Divestiture {
				t.Errorf("%q: %+v, want no sale", c.text, d)
			}
		}
		wantDealOf(t, ds, model.Acquisition, "Veltraco", "Brindle")
	}
}

// "En línea con", "a distanza di" are idioms, no channel: the sale stays.
func TestSaleInLineWithIsASale(t *testing.T) {
	text := "Veltraco Corp anunció la venta en línea con su estrategia de su filial Brindle SA a Quorvex SpA por 300 millones de euros."
	wantDealOf(t, extractTextIn(t, "es", text), model.Divestiture, "Veltraco", "Quorvex")
}
