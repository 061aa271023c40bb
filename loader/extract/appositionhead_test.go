package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// A relative clause after an apposition that ends on the company's owner
// ("Quorvex, the infrastructure arm of Daxmoor, which bought it from
// Brindle") tells of the company the apposition describes, not its owner.
func TestRelativeAfterAppositionTellsOfItsHead(t *testing.T) {
	known := []string{"Veltraco", "Quorvex", "Daxmoor", "Brindle"}
	for _, body := range []string{
		"en|Veltraco is Britain's third-largest freight operator. It has been owned since 2019 by Quorvex, the infrastructure equity arm of Daxmoor, which bought it from Sweden's Brindle.",
		"es|Veltraco es el tercer operador británico. Pertenece desde 2019 al fondo Quorvex, el brazo inversor en infraestructuras de la gestora británica Daxmoor, que lo compró a la sueca Brindle.",
	} {
		ds := extractKnownLangs(t, known, body)
		if d := dealOf(ds, model.Acquisition, "Quorvex", "Brindle"); d == nil {
			t.Errorf("%.2s: want Quorvex's purchase from Brindle, got %+v", body, ds)
		}
		for _, d := range ds {
			if slices.Contains(d.Parties, "Daxmoor") && slices.Contains(d.Parties, "Brindle") && !slices.Contains(d.Parties, "Quorvex") {
				t.Errorf("%.2s: the owner is no buyer: %+v", body, d)
			}
		}
	}
}
