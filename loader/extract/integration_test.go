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
