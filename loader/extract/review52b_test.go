package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Review of d3d981a (securingWords/stakeSecured, since reverted; French "parts" no goods, mended by marketShare)
// and aa35531 (appositionHead in relativeTo, mended by unitNouns).

var review52bKnown = []string{"Veltraco", "Quorvex", "Brindle", "Daxmoor", "Halvorsen", "Trelawny"}

func review52bAny(ds []model.Deal, a, b string) *model.Deal {
	for i, d := range ds {
		if slices.Contains(d.Parties, a) && slices.Contains(d.Parties, b) {
			return &ds[i]
		}
	}
	return nil
}

// d3d981a: "secured" + a percent/majority/control within 8 words that is
// no stake in a company (votes, market share, interest, a discount, a
// contract's size, collateral, "s'assure que" = makes sure) makes a deal.
// Each of these gives no Veltraco-Quorvex deal at aa35531.
func TestReview52bSecuredNoStake(t *testing.T) {
	for _, body := range []string{
		"en|Veltraco secured financing from Quorvex at an interest rate of 4 percent.",
		"en|Veltraco secured a contract from Quorvex worth 10 percent of its annual sales.",
		"en|Veltraco secured a majority of votes from Quorvex shareholders for its board nominees.",
		"en|Veltraco secured 51% of the votes at the Quorvex shareholder meeting.",
		"en|Veltraco secured a 15% share of the market, ahead of Quorvex.",
		"en|Quorvex lent Veltraco $100 million, secured by Veltraco's 30% stake in Brindle.",
		"en|Veltraco secures a 5% price increase from Quorvex.",
		"en|Veltraco secured a majority of the contract from Quorvex.",
		"en|Veltraco secured approval from Quorvex shareholders owning 40% of the shares.",
		"de|Veltraco sicherte sich einen Kredit von Quorvex zu 5 Prozent Zinsen.",
		"de|Veltraco sicherte sich bei der Hauptversammlung von Quorvex die Mehrheit der Stimmen.",
		"de|Veltraco sicherte sich einen Rabatt von 20 Prozent bei Quorvex.",
		"de|Veltraco sicherte sich einen Großauftrag von Quorvex über 30 Prozent der Produktion.",
		"fr|Veltraco s'est assuré 40 % des voix à l'assemblée générale de Quorvex.",
		"fr|Veltraco s'est assuré 20 % de parts de marché face à Quorvex.",
		"fr|Veltraco s'est assuré un contrat de Quorvex représentant 10 % de son chiffre d'affaires.",
		"it|Veltraco si è assicurata un finanziamento da Quorvex al 5% di interesse.",
		"it|Veltraco si è assicurata il 30% del mercato, superando Quorvex.",
		"it|Veltraco si assicura che Quorvex mantenga il 20% di Brindle.",
		"it|Veltraco si è assicurata la maggioranza dei voti nell'assemblea di Quorvex.",
		"it|Veltraco si è assicurata una commessa da Quorvex pari al 10% del fatturato.",
		"it|Veltraco si è assicurata il controllo qualità delle turbine di Quorvex.",
		"es|Veltraco se aseguró un préstamo de Quorvex al 5% de interés.",
		"es|Veltraco se asegura de que Quorvex mantenga el 30% de Brindle.",
		"es|Veltraco se aseguró la mayoría de los votos en la junta de Quorvex.",
		"es|Veltraco se ha asegurado un contrato de Quorvex equivalente al 10% de sus ventas.",
		"es|Veltraco se aseguró el control de calidad de las turbinas de Quorvex.",
		"es|Veltraco se aseguró una cuota de mercado del 25%, por delante de Quorvex.",
	} {
		t.Run(body[:40], func(t *testing.T) {
			ds := extractKnownLangs(t, review52bKnown, body)
			if d := review52bAny(ds, "Veltraco", "Quorvex"); d != nil {
				t.Errorf("%s: no stake bought, got %s %v", body, d.Type, d.Parties)
			}
		})
	}
}

// d3d981a: French "parts de marché" (market share) in a clause of goods
// bought or supplied turns the supply into a purchase or loses it.
func TestReview52bFrenchMarketPartsNoStake(t *testing.T) {
	for _, body := range []string{
		"fr|Veltraco achète des turbines à Quorvex pour gagner des parts de marché.",
		"fr|Veltraco achète à Quorvex des turbines pour conforter ses parts de marché en Europe.",
		"fr|Veltraco fournira des turbines à Quorvex et gagne des parts de marché.",
	} {
		t.Run(body[:40], func(t *testing.T) {
			ds := extractKnownLangs(t, review52bKnown, body)
			if dealOf(ds, model.Supply, "Veltraco", "Quorvex") == nil || dealOf(ds, model.Acquisition, "Veltraco", "Quorvex") != nil {
				t.Errorf("%s: want a supply deal only, got %+v", body, ds)
			}
		})
	}
}

// aa35531: the relative clause after "X, the <noun> of Y," is taken to be
// about X even when it cannot be ("X, el objetivo de Y, que ofreció
// comprarla": Y offered to buy X) or is read about Y.
func TestReview52bAppositionRelativeOfOwner(t *testing.T) {
	for _, c := range []struct{ body, buyer, bought string }{
		{"es|Veltraco, el objetivo de Quorvex, que ofreció comprarla por 2.000 millones, rechazó la oferta.", "Quorvex", "Veltraco"},
		{"es|Veltraco, la presa de Quorvex, que quiere comprarla por 2.000 millones, rechazó la oferta.", "Quorvex", "Veltraco"},
		{"es|Veltraco, el principal proveedor de Quorvex, que acordó comprarlo por 1.000 millones, subió un 10%.", "Quorvex", "Veltraco"},
		{"en|Veltraco, the biggest customer of Quorvex, which was acquired by Daxmoor in 2019, reported profits.", "Daxmoor", "Quorvex"},
		{"en|Veltraco, the founder of Quorvex, which was acquired by Daxmoor for $1 billion in 2019, reported profits.", "Daxmoor", "Quorvex"},
	} {
		t.Run(c.body[:40], func(t *testing.T) {
			ds := extractKnownLangs(t, review52bKnown, c.body)
			if dealOf(ds, model.Acquisition, c.buyer, c.bought) == nil {
				t.Errorf("%s: want %s buying %s, got %+v", c.body, c.buyer, c.bought, ds)
			}
		})
	}
}
