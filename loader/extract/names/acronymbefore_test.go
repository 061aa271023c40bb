package names

import "testing"

// An acronym followed by its name spelled out in brackets ("ATIC (Advanced
// Technology Investment Company)") is one company, as the name followed by
// its acronym is.
func TestAcronymBeforeItsNameInBrackets(t *testing.T) {
	r := recognizeWithDealWords(t, "fr", "GlobalFoundries est né en 2009 d'une coentreprise avec le fonds émirien ATIC (Advanced Technology Investment Company), filiale de Mubadala.")
	if got := companiesOf(r, 0); len(got) != 3 {
		t.Errorf("companies = %q, want GlobalFoundries, ATIC under one name, Mubadala", got)
	}
	wantMentionsOf(t, r, 0, "ATIC", "Advanced Technology Investment")
	// a bracket after a known name narrows it to a unit
	r = recognizeWithDealWords(t, "en", "HSBC (HSBC France) agreed to sell Daxmoor AG to Kravlo Inc for 200 million euros, HSBC said on Monday in London.")
	wantCompanyIn(t, r, 0, "HSBC")
	wantCompanyIn(t, r, 0, "HSBC France")
}

// The capitals of a name written in one word are its short form ("GF" for
// GlobalFoundries).
func TestCapitalsOfAOneWordName(t *testing.T) {
	r := recognizeWithDealWords(t, "fr", "AMD a signé jeudi un accord d'approvisionnement avec GlobalFoundries. « AMD paie une assurance ; GF, coté depuis octobre, affiche un carnet de commandes plein », note un analyste.")
	found := false
	for _, m := range r.Mentions[0] {
		found = found || m.Text == "GF"
	}
	if !found {
		t.Fatalf("GF is not read as a name: %+v", r.Mentions[0])
	}
	wantMentionsOf(t, r, 0, "GF", "GlobalFoundries")
	noCompanyOf(t, r, 0, "GF")
	// a measure's capitals are no short form ("2 PP", percentage points)
	r = recognizeWithDealWords(t, "en", "PayPal agreed to buy Kravlo Inc for 2 billion dollars. Its margin rose 2 PP in the quarter, the company said on Monday.")
	for _, m := range r.Mentions[0] {
		if m.Text == "PP" && m.Company == "PayPal" {
			t.Errorf("PP read as PayPal in %q", "rose 2 PP")
		}
	}
}
