package extract

import (
	"slices"
	"testing"
)

// Review of e836677: "Gestion"/"Gestión" ends an asset manager's name
// ("Carmignac Gestion"), but it also closes a capitalised job title, a
// department or a degree ("Directeur Gestion", "Direction Gestion",
// "Master Gestion", "École Supérieure de Gestion", "Área de Gestión",
// "Control de Gestión"): none is a company.
func TestReview48eGestionTitlesAndDepartmentsAreNoCompany(t *testing.T) {
	for _, c := range []struct{ lang, text, not string }{
		{"fr", "Veltraco rachète Quorvex pour 2 milliards d'euros, a annoncé mardi la société. Jean Martin, Directeur Gestion chez Veltraco, a salué l'opération.", "Directeur Gestion"},
		{"fr", "Veltraco rachète Quorvex pour 2 milliards d'euros, a annoncé mardi la société. Jean Martin, Responsable Gestion chez Veltraco, dirigera l'ensemble.", "Responsable Gestion"},
		{"fr", "Veltraco rachète Quorvex pour 2 milliards d'euros, selon la Direction Gestion du groupe.", "Direction Gestion"},
		{"fr", "Veltraco rachète Quorvex pour 2 milliards d'euros, a annoncé mardi la société. Diplômé d'un Master Gestion, Jean Martin dirigera la nouvelle entité.", "Master Gestion"},
		{"fr", "Veltraco rachète Quorvex pour 2 milliards d'euros, a annoncé mardi la société. Diplômé de l'École Supérieure de Gestion, Jean Martin dirigera la nouvelle entité.", "École Supérieure de Gestion"},
		{"fr", "Veltraco rachète Quorvex pour 2 milliards d'euros, a annoncé mardi la société. Jean Martin, ancien élève de Sciences de Gestion, dirigera l'ensemble.", "Sciences de Gestion"},
		{"es", "Veltraco compra Quorvex por 2.000 millones de euros, según informó la compañía. Pedro Gómez, responsable del Área de Gestión, dirigirá el conjunto.", "Área de Gestión"},
		{"es", "Veltraco compra Quorvex por 2.000 millones de euros. Pedro Gómez, responsable de Control de Gestión, dirigirá el conjunto.", "Control de Gestión"},
	} {
		cs := companiesIn(t, c.lang, c.text, "Veltraco", "Quorvex")
		if hasCompany(cs, c.not) {
			t.Errorf("%s %q: %s read as a company", c.lang, c.text, c.not)
		}
	}
}

// Review of e836677: the title closed by "Gestion" becomes a side of the
// deal its holder announces ("Jean Martin, Directeur Gestion de Veltraco,
// annonce le rachat de Quorvex"): the buyer is Veltraco alone.
func TestReview48eGestionTitleIsNoParty(t *testing.T) {
	for _, text := range []string{
		"Jean Martin, Directeur Gestion de Veltraco, annonce le rachat de Quorvex pour 2 milliards d'euros.",
		"La Direction Gestion de Veltraco a confirmé le rachat de Quorvex pour 2 milliards d'euros.",
	} {
		ds := extractTextIn(t, "fr", text, "Veltraco", "Quorvex")
		if !joinsIn(ds, "Veltraco", "Quorvex", "acquisition") {
			t.Errorf("%q: deals %+v, want Veltraco buying Quorvex", text, ds)
		}
		for _, d := range ds {
			for _, p := range d.Parties {
				if p == "Directeur Gestion" || p == "Direction Gestion" {
					t.Errorf("%q: %s a party of %+v", text, p, d)
				}
			}
		}
	}
}

// Review of 522562b: "with" after a deal word makes the rival a side only
// when the rival is what "with" introduces ("the merger with its rival
// X"). When another company is named between them ("the merger with
// Quorvex leaves rival Brindle", "Partnerschaft mit Quorvex gegen
// Wettbewerber Brindle", "alleanza con Quorvex contro concorrenti come
// Brindle"), that company is the other side and the rival a bystander.
func TestReview48eRivalAfterAnotherCompanyIsNoSide(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco's $2 billion merger with Quorvex leaves rival Brindle trailing in Europe."},
		{"en", "Veltraco chose a $2 billion merger with Quorvex over rival Brindle on Tuesday."},
		{"en", "Veltraco sealed a $2 billion partnership with Quorvex against rival Brindle on Tuesday."},
		{"de", "Veltraco hat eine Partnerschaft mit Quorvex gegen Wettbewerber Brindle geschlossen."},
		{"de", "Veltraco hat eine Kooperation mit Quorvex statt Wettbewerber Brindle vereinbart."},
		{"de", "Die Fusion mit Quorvex schwächt Wettbewerber Brindle, sagte Veltraco am Dienstag."},
		{"it", "Veltraco ha firmato un'alleanza con Quorvex contro concorrenti come Brindle."},
		{"es", "Veltraco firmó una alianza con Quorvex contra rivales como Brindle."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Quorvex", "Brindle")
		if !joinsIn(ds, "Veltraco", "Quorvex", "merger", "partnership") {
			t.Errorf("%s %q: deals %+v, want Veltraco and Quorvex joined", c.lang, c.text, ds)
		}
		for _, d := range ds {
			if slices.Contains(d.Parties, "Brindle") {
				t.Errorf("%s %q: the rival Brindle a party of %+v", c.lang, c.text, d)
			}
		}
	}
}
