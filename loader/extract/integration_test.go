package extract

import (
	"testing"

	"dealwire/model"
)

// The integration of a company just bought is that purchase's step, no
// merger of its own.
func TestIntegrationOfAPurchaseIsNoMerger(t *testing.T) {
	_, ds := extractAll(t, "es", "Veltraco retiró ayer su oferta por Daxmoor. Veltraco reforzó su división de autocares con la compra de Quorvex, la marca del constructor Brindle Werke, cuya integración quedó cerrada en 2001.", "Veltraco", "Quorvex", "Brindle Werke", "Daxmoor")
	for _, d := range ds {
		if d.Type == model.Merger {
			t.Errorf("want no merger, got %+v", ds)
		}
	}
}

// "La maison" is the fashion house the article is about.
func TestLaMaisonIsTheCompany(t *testing.T) {
	_, ds := extractAll(t, "fr", "Veltraco prend 35 % de Quorvex. La maison avait racheté en 1976 le bottier Brindle à Paris, avant de développer sa ligne de souliers.", "Veltraco", "Quorvex", "Brindle")
	if dealOf(ds, model.Acquisition, "Veltraco", "Brindle") == nil {
		t.Errorf("want Veltraco's purchase of Brindle, got %+v", ds)
	}
}
