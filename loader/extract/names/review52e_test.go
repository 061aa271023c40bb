package names

import "testing"

// Review of aaab2a0: a company named after a quarter of a country, after
// a locative, keeps its whole name.
func TestReview52eQuarterOpensCompanyName(t *testing.T) {
	for _, c := range [][3]string{
		{"en", "Quorvex Holdings agreed to merge into Northeast Utilities in a $4 billion deal.", "Northeast Utilities"},
		{"en", "Quorvex Holdings invested $300 million in Southeast Bank.", "Southeast Bank"},
		{"it", "Quorvex Holdings investe 300 milioni in Nord-Est Banca.", "Nord-Est Banca"},
		{"es", "Quorvex Holdings invierte 300 millones en Sudeste Seguros.", "Sudeste Seguros"},
		{"fr", "Quorvex Holdings investit 300 millions dans Sud-Est Assurances.", "Sud-Est Assurances"},
		{"de", "Quorvex Holdings investiert 300 Millionen in Südosten Logistik.", "Südosten Logistik"},
	} {
		wantCompanyIn(t, recognizeWithDealWords(t, c[0], c[1]), 0, c[2])
	}
}

// Review of 22434d8: "la quotata a X" / "sa filiale cotée à X" may name
// the buyer X ("to"), not where the company is listed.
func TestReview52eListedCompanySoldToPlaceNamedBuyer(t *testing.T) {
	for _, c := range [][3]string{
		{"it", "Vivendi ha ceduto la quotata a Monaco Telecom per 2 miliardi.", "Monaco Telecom"},
		{"fr", "Vivendi a cédé sa filiale cotée à Monaco Telecom pour 2 milliards.", "Monaco Telecom"},
		{"it", "Mediobanca ha venduto la quotata a Milano Assicurazioni.", "Milano Assicurazioni"},
	} {
		wantCompanyIn(t, recognizeWithDealWords(t, c[0], c[1]), 0, c[2])
	}
}
