package meta

import "testing"

// Saved portal pages: rows of quotes above the headline. The texts are made up.
func TestGluedPortalHeaders(t *testing.T) {
	const para = "Acme Corp agreed on Monday to buy Widget Ltd for $2 billion in cash, the companies said, ending months of talks."
	cases := []headerCase{
		{name: "a ticker with one quote in an odd currency",
			text:  "Brent 62,14 $ +0,5%  |  FTSE MIB 41.318 +0,3%  |  Acme 194,00 Nok +24,2%  |  Euro/Dollaro 1,3152\n\nAcme compra Widget per 2 miliardi di dollari\n\n" + para + "\n",
			title: "Acme compra Widget per 2 miliardi di dollari"},
	}
	checkHeaders(t, cases, nil)
}
