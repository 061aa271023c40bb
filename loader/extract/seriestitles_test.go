package extract

import (
	"testing"
)

// Titles named before "franchises" or "series", or after "sagas", are a
// publisher's games, not companies; "F1" is no company's alias.
func TestGameSeriesAreNoCompanies(t *testing.T) {
	for _, c := range []struct{ lang, text, bad string }{
		{"en", "Electronic Arts buys Glu Mobile. In December EA agreed to buy Codemasters for $1.2 billion. That deal, which brings the F1 and Dirt franchises under the same roof as Need for Speed, is expected to close soon.", "Dirt"},
		{"en", "Electronic Arts buys Glu Mobile. In December EA agreed to buy Codemasters for $1.2 billion. That deal, which brings the F1 and Dirt franchises under the same roof as Need for Speed, is expected to close soon.", "Formula One Group"},
		{"en", "Starbreeze sold the publishing rights to Koch Media. The Payday series has sold 28 million copies.", "Payday"},
		{"es", "Electronic Arts compra Glu Mobile. En diciembre acordó hacerse con Codemasters, el estudio británico de las sagas Dirt y Grid, por 1.200 millones de dólares.", "Dirt"},
	} {
		cs, _ := extractAll(t, c.lang, c.text)
		for _, co := range cs {
			if co.Name == c.bad {
				t.Errorf("%s: %q is no company in %q", c.lang, c.bad, c.text)
			}
		}
	}
}
