package deals

import "testing"

// The side after "by", "durch", "par", "por", "da" buys even when a
// description stands between the word and the name, as news writes it
// ("by U.S. hedge fund Paulson"); before, only a name right after the word
// (or after "the") was read, and the clause's subject was taken instead.
func TestDescribedAgentBuys(t *testing.T) {
	eachOneDeal(t, []langText{
		{"en", "Brindle was acquired by U.S. private equity firm Veltraco for $2 billion."},
		{"en", "Brindle agreed to be bought by Chinese conglomerate Veltraco for $2 billion."},
		{"de", "Brindle hat am Mittwoch einer Übernahme durch den New Yorker Hedgefonds Veltraco zugestimmt."},
		{"fr", "Brindle sera racheté par le conglomérat chinois Veltraco pour 2 milliards de dollars."},
		{"es", "Brindle será adquirida por el fondo estadounidense Veltraco por 2.000 millones de dólares."},
		{"it", "Brindle sarà acquisita dal fondo americano Veltraco per 2 miliardi di dollari."},
	}, boughtBy("Veltraco"), "Veltraco the buyer")
}

// "da parte di", "por parte de" name who acts, as "by" does.
func TestOnThePartOfBuys(t *testing.T) {
	eachOneDeal(t, []langText{
		{"it", "Brindle ha accettato l'offerta di acquisto da parte di Veltraco per 512 milioni di dollari."},
		{"es", "Brindle aceptó la adquisición por parte de Veltraco por 512 millones de dólares."},
	}, boughtBy("Veltraco"), "Veltraco the buyer")
}

// A German passive puts its agent between the auxiliary and the
// participle that ends the clause: "von" there names who buys.
func TestGermanPassiveAgentBuys(t *testing.T) {
	eachOneDeal(t, []langText{
		{"de", "Brindle wird von dem chinesischen Mischkonzern Veltraco für 2 Milliarden Dollar übernommen."},
		{"de", "Brindle wurde 2019 von Veltraco für 2 Milliarden Dollar gekauft."},
	}, boughtBy("Veltraco"), "Veltraco the buyer")
}

// A word that links to another phrase ends the description: "by its
// parent to Veltraco" names no agent, nor does "durch den Verkauf an".
func TestDescriptionEndsAtALink(t *testing.T) {
	eachOneDeal(t, []langText{
		{"en", "Brindle was sold by its former owner to Veltraco for $2 billion."},
	}, func(f Found) bool { return f.Type == "divestiture" || f.Buyer == "Veltraco" || f.Buyer == "" }, "no agent read across 'to'")
}
