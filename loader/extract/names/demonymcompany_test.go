package names

import "testing"

// After a German plural article a listed company that is also a nation's
// people is the people: "Die Iren waren 2003 bei Hiestand eingestiegen"
// (dealdev67) tells of the Irish buyer, not of Iren, the Italian utility;
// "Der Versorger Iren übernimmt Quorvex" names the company.
func TestGermanPeopleNamedLikeACompany(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Quorvex und Brindle schließen sich zusammen. Die bisherigen Aktionäre der Iren werden 83,3 Prozent an Quorvex halten. "+
		"Für Brindle ist der Zusammenschluss der Abschluss einer langen Annäherung. Die Iren waren 2003 mit 22 Prozent bei Ostravel eingestiegen.")
	noCompanyOf(t, r, 0, "Iren")
	r = recognizeWithDealWords(t, "de", "Der italienische Versorger Iren übernimmt die Stadtwerke von Quorvex Holding AG.")
	wantCompanyIn(t, r, 0, "Iren")
}
