package extract

import (
	"testing"

	"dealwire/model"
)

// Review of e9f213d: a power/commodity purchase priced in a currency's
// hundredths right after the verb ("buy at 3.5 cents per kWh the output
// of Quorvex's solar park") is a supply deal, no purchase of Quorvex; a
// sale of energy priced so is no divestiture.
func TestReview52eCentsPricedSupplyStaysSupply(t *testing.T) {
	known := []string{"Veltraco", "Quorvex", "Brindle"}
	for _, body := range []string{
		"en|Veltraco will buy at 3.5 cents per kilowatt-hour the entire output of Quorvex's solar park for 20 years.",
		"en|Veltraco will purchase at 4 cents per kWh the output of the wind farm Quorvex is building.",
		"en|Veltraco bought at 95 cents per pound the copper output of Quorvex's mine.",
		"it|Veltraco acquisterà a 5 centesimi al kWh tutta la produzione del parco solare di Quorvex per vent'anni.",
		"es|Veltraco comprará a 3 céntimos el kWh toda la producción del parque solar de Quorvex durante 20 años.",
		"fr|Veltraco achètera à 5 centimes le kWh toute la production du parc solaire de Quorvex pendant 20 ans.",
		"de|Veltraco kauft zu 5 Rappen je Kilowattstunde den gesamten Ertrag des Solarparks von Quorvex.",
	} {
		ds := extractKnownLangs(t, known, body)
		if d := dealOf(ds, model.Acquisition, "Veltraco", "Quorvex"); d != nil {
			t.Errorf("%.60s: a power purchase, no %s of Quorvex: %+v", body, d.Type, ds)
		}
	}
	for _, body := range []string{
		"it|Veltraco venderà a 5 centesimi al kWh l'energia del suo impianto a Quorvex.",
		"es|Veltraco venderá a 4 centavos el kWh la producción de su planta a Quorvex.",
	} {
		ds := extractKnownLangs(t, known, body)
		if d := dealOf(ds, model.Divestiture, "Veltraco", "Quorvex"); d != nil {
			t.Errorf("%.60s: energy sold, no %s: %+v", body, d.Type, ds)
		}
	}
}

// Review of aaab2a0: an unlisted company whose name opens with a quarter
// of a country ("Northeast Utilities", "Southeast Bank", "Nord-Est
// Banca", "Sudeste Seguros", "Sud-Est Assurances", "Südosten Logistik")
// after "into"/"in"/"en"/"dans" loses its first word and its deal.
func TestReview52eQuarterOpensCompanyName(t *testing.T) {
	known := []string{"Veltraco"}
	for _, c := range []struct{ body, typ, other string }{
		{"en|Veltraco agreed to merge into Northeast Utilities in a $4 billion deal.", model.Merger, "Northeast Utilities"},
		{"en|Veltraco invested $300 million in Southeast Bank.", model.Investment, "Southeast Bank"},
		{"it|Veltraco investe 300 milioni di euro in Nord-Est Banca.", model.Investment, "Nord-Est Banca"},
		{"es|Veltraco invierte 300 millones de euros en Sudeste Seguros.", model.Investment, "Sudeste Seguros"},
		{"fr|Veltraco investit 300 millions d'euros dans Sud-Est Assurances.", model.Investment, "Sud-Est Assurances"},
		{"de|Veltraco investiert 300 Millionen Euro in Südosten Logistik.", model.Investment, "Südosten Logistik"},
	} {
		ds := extractKnownLangs(t, known, c.body)
		if dealOf(ds, c.typ, "Veltraco", c.other) == nil {
			t.Errorf("%.60s: want a %s of Veltraco and %s, got %+v", c.body, c.typ, c.other, ds)
		}
	}
}

// Review of 22434d8: "la quotata" is Italian for "the listed company",
// and "cotée"/"quotata" + "à"/"a" may be "sold ... to": an unlisted buyer
// named after a place ("Monaco Telecom", "Milano Assicurazioni") is lost,
// and the sale with it.
func TestReview52eListedCompanySoldToPlaceNamedBuyer(t *testing.T) {
	known := []string{"Vivendi", "Mediobanca"}
	for _, c := range []struct{ body, seller, buyer string }{
		{"it|Vivendi ha ceduto la quotata a Monaco Telecom per 2 miliardi di euro.", "Vivendi", "Monaco Telecom"},
		{"fr|Vivendi a cédé sa filiale cotée à Monaco Telecom pour 2 milliards d'euros.", "Vivendi", "Monaco Telecom"},
		{"it|Mediobanca ha venduto la quotata a Milano Assicurazioni per 2 miliardi di euro.", "Mediobanca", "Milano Assicurazioni"},
	} {
		ds := extractKnownLangs(t, known, c.body)
		if dealOf(ds, model.Divestiture, c.seller, c.buyer) == nil {
			t.Errorf("%.60s: want %s's sale to %s, got %+v", c.body, c.seller, c.buyer, ds)
		}
	}
}
