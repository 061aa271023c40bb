package names

import (
	"testing"

	"dealwire/loader/extract/deals"
)

// A name opening a sentence, with an apposition set off by commas that
// says what kind of company it is, is a company, though a first word
// before a comma is most often an adverb ("Therefore,").
func TestOpenerWithACompanyApposition(t *testing.T) {
	for _, d := range []Doc{
		docOf("en", "The deal was signed on Monday. Zorvik, the second-largest local publisher in Britain, looked at the titles too."),
		docOf("it", "L'accordo è stato firmato lunedì. Zorvik, la società del gruppo Veltraco dedicata all'export, ha investito 7 milioni di euro."),
		docOf("es", "El acuerdo se firmó el lunes. Zorvik, el mayor fabricante nacional de muñecas, compite cada año con Quorvex."),
		docOf("fr", "L'accord a été signé lundi. Zorvik, la holding de la famille Brindle, restera premier actionnaire."),
	} {
		r := recognizeWith(t, []Doc{d}, deals.IsCue)
		wantCompanyIn(t, r, 0, "Zorvik")
	}
}

// An adverb opening a sentence whose subject follows it is no name,
// though the subject is a company's noun and a comma comes later: the
// words between make a clause ("la société de Vélizy a multiplié"), or
// run longer than an apposition does.
func TestOpenerBeforeASubjectIsNoCompany(t *testing.T) {
	for _, c := range []struct{ lang, word, text string }{
		{"fr", "Depuis", "Quorvex a été fondée en 1981. Depuis, la société de Vélizy a multiplié les canaux en propre, dont celui de Brindle."},
		{"fr", "Ensuite", "Quorvex a été fondée en 1981. Ensuite, le groupe s'appelle Brindle, comme son fondateur."},
		{"fr", "Concrètement", "Quorvex s'allie avec Brindle. Concrètement, la compagnie de Fort Worth apposera son code sur plus de 130 routes exploitées par Brindle, qui fera de même."},
		{"en", "Meanwhile", "Quorvex was founded in 1981. Meanwhile, the company has opened stores in Ohio, where Brindle is based."},
	} {
		noCompanyInAny(t, c.word, docOf(c.lang, c.text))
	}
}
