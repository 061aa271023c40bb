package names

import "testing"

// After a German plural article ("die", "den"; "der" is the genitive of a
// company's name too: "die Aktien der Iren") a listed company that is also
// a nation's people is the people: "Die Iren waren 2003 bei Hiestand
// eingestiegen" (dealdev67) tells of the Irish buyer, not of Iren, the
// Italian utility, even where the article's "der Iren" reads as Iren.
func TestGermanPeopleNamedLikeACompany(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Die bisherigen Aktionäre der Iren werden 83,3 Prozent an Quorvex halten. "+
		"Die Iren waren 2003 mit 22 Prozent bei Hiestand eingestiegen. Nun übernehmen die Iren auch Brindle.")
	for _, m := range r.Mentions[0] {
		if m.Company == "Iren" && m.Sentence > 0 {
			t.Errorf("%+v: the Irish after \"die\", not the utility", m)
		}
	}
	r = recognizeWithDealWords(t, "de", "Der italienische Versorger Iren übernimmt die Stadtwerke von Quorvex Holding AG.")
	wantCompanyIn(t, r, 0, "Iren")
}
