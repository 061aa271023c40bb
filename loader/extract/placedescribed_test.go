package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// "La compañía de Portland" is the company that opens the nearest
// sentence before naming Portland, where the shipped list knows no seat
// of either company: not the company the sentences between are about.
func TestCompanyDescribedByAPlaceTheArticleNamedBeside(t *testing.T) {
	body := "Veltraco y Brindle anunciaron su fusión por 13.000 millones de dólares.\n\n" +
		"La nueva empresa conservará el nombre de Veltraco y su sede en Cincinnati.\n\n" +
		"Brindle seguirá operando como filial desde Portland y mantendrá sus enseñas.\n\n" +
		"Veltraco, fundada en 1883, consolida así el primer puesto del sector en el país.\n\n" +
		"La compañía de Portland completó en marzo la adquisición de Quorvex por 1.700 millones de dólares."
	_, ds := extractAll(t, "es", body, "Veltraco", "Brindle", "Quorvex")
	d := dealOf(ds, model.Acquisition, "Quorvex")
	if d == nil || !slices.Contains(d.Parties, "Brindle") || slices.Contains(d.Parties, "Veltraco") {
		t.Errorf("want Brindle buying Quorvex, got %+v", ds)
	}
}
