package extract

import "testing"

// Titles listed after a kind of product ("sagas como The Elder Scrolls,
// Fallout o Doom", "serie come Fallout e Doom", "the franchises behind
// Fallout, Doom and Wolfenstein") are products, however near the studios
// listed beside them.
func TestTitlesListedAfterAKindOfProductAreNoCompanies(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"es", "Veltraco completa la compra de Brindle por 7.500 millones de dólares.\n\n" +
			"La adquisición, anunciada en septiembre y pagada íntegramente en efectivo, suma a Xbox ocho estudios, entre ellos Quorvex Game Studios, id Software, Arkane, MachineGames y Tango Gameworks, y sagas como The Elder Scrolls, Fallout o Doom.\n\n" +
			"La propia Brindle también se hizo grande a base de adquisiciones: id Software, autora de Doom, fue comprada por el grupo de Maryland en 2009."},
		{"it", "Veltraco completa l'acquisto di Brindle per 7,5 miliardi di dollari.\n\n" +
			"Con Brindle arrivano a Redmond otto studi, da Quorvex Game Studios ad Arkane, da MachineGames a Tango Gameworks, e serie come The Elder Scrolls, Fallout e Doom.\n\n" +
			"Nel 2009 era stata Brindle a rilevare id Software, i creatori di Doom, senza mai rendere noto il prezzo."},
		{"en", "Veltraco completes its purchase of Brindle for $7.5 billion.\n\n" +
			"The all-cash purchase hands the Xbox maker the franchises behind The Elder Scrolls, Fallout, Doom and Wolfenstein, along with eight development teams including Quorvex Game Studios, id Software, Arkane and Tango Gameworks.\n\n" +
			"Brindle took over id Software, the Texas shop that made Doom, in 2009."},
	} {
		cs, _ := extractAll(t, c.lang, c.body, "Veltraco", "Brindle")
		noCompany(t, cs, "Fallout", "Doom", "Wolfenstein", "Quake")
	}
}
