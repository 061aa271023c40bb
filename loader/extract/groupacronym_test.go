package extract

import (
	"slices"
	"testing"
)

// "Grupo Veltraco Andino (GVA)": the acronym keeps the "Grupo" the name
// drops, and names the same company after it.
func TestAcronymOfAGroupNameKeepsItsHead(t *testing.T) {
	cs, _ := extractAll(t, "es", "Grupo Veltraco Andino (GVA) informó este lunes que completó la adquisición de la planta de CRH. GVA pagó 107,5 millones de dólares por la planta.")
	names := companyNames(cs)
	if slices.Contains(names, "GVA") {
		t.Errorf("GVA is Veltraco Andino's acronym, not a company of its own: %v", names)
	}
}
