package extract

import (
	"slices"
	"testing"
)

// Review of 1a52a10: a subhead naming one company is read as whom its
// section is about, even when it names the company after a preposition
// or a deal word. Subheads often name a company the section is NOT about
// (a losing rival, a target that got away, an analyst's firm in a
// byline): "the company" after them is still the article's buyer.
// Each case passes at 1a52a10^ and fails at 1a52a10 / 0a82023.
// Review d of stop 56 (1a52a10, reverted in the commit that adds this file):
// subheads that name a rival, a lost target or an analyst's firm are not whom
// their section is about.
func TestRv56dSubheadNamingAnotherCompany(t *testing.T) {
	en := func(extra, h string) string {
		return "# Veltraco to buy Trelawny\n\nVeltraco agreed on Monday to buy Trelawny for $2 billion" + extra +
			" Veltraco is the largest maker of pumps in Europe.\n\n### " + h +
			"\n\nThe company bought Halvorsen in 2018 for $300 million."
	}
	it := func(extra, h string) string {
		return "# Veltraco compra Trelawny\n\nVeltraco ha annunciato ieri l'acquisto di Trelawny per 2 miliardi di euro." + extra +
			" Veltraco è il primo gruppo del settore.\n\n### " + h +
			"\n\nNel 2018 la società aveva rilevato Halvorsen per 300 milioni di euro."
	}
	es := func(extra, h string) string {
		return "# Veltraco compra Trelawny\n\nVeltraco anunció el lunes la compra de Trelawny por 2.000 millones de euros" + extra +
			" Veltraco es el mayor fabricante de bombas de Europa.\n\n### " + h +
			"\n\nLa compañía ya había adquirido Halvorsen en 2018 por 300 millones de euros."
	}
	de := func(extra, h string) string {
		return "# Veltraco kauft Trelawny\n\nVeltraco übernimmt Trelawny für 2 Milliarden Euro" + extra +
			" Veltraco ist der größte Pumpenhersteller Europas.\n\n### " + h +
			"\n\nDer Konzern hatte 2018 bereits Halvorsen für 300 Millionen Euro übernommen."
	}
	fr := func(extra, h string) string {
		return "# Veltraco rachète Trelawny\n\nVeltraco a annoncé lundi le rachat de Trelawny pour 2 milliards d'euros." + extra +
			" Veltraco est le premier fabricant de pompes en Europe.\n\n### " + h +
			"\n\nLe groupe avait déjà racheté Halvorsen en 2018 pour 300 millions d'euros."
	}
	for _, c := range []struct{ name, lang, body string }{
		// a rival that lost the bid
		{"en rivals like", "en", en(", beating an offer from Brindle.", "What the deal means for rivals like Brindle")},
		{"en bad news for", "en", en(", beating an offer from Brindle.", "Why the deal is bad news for Brindle")},
		{"en takeover of", "en", en(". The offer beat one from Brindle.", "How the takeover of Brindle failed")},
		{"it sfida con", "it", it(" L'offerta ha battuto quella di Brindle.", "La lunga sfida con il rivale Brindle")},
		{"it tentativo di acquisto di", "it", it(" L'offerta ha battuto quella di Brindle.", "Il fallito tentativo di acquisto di Brindle")},
		{"es rivalidad con", "es", es(". La oferta superó la de Brindle.", "La larga rivalidad con el grupo Brindle")},
		{"es rivales como", "es", es(", superando la oferta de Brindle.", "Qué significa la operación para rivales como Brindle")},
		{"de Konkurrenten wie (once)", "de", de(".", "Was der Deal für Konkurrenten wie Brindle bedeutet")},
		{"de Konkurrenten wie (twice)", "de", de(" und sticht damit Brindle aus.", "Was der Deal für Konkurrenten wie Brindle bedeutet")},
		{"fr rivalité avec", "fr", fr(" L'offre a battu celle de Brindle.", "La longue rivalité avec le groupe Brindle")},
		// a byline or author box in a scraped page, naming the analyst's firm
		{"en byline", "en", en(".", "By Anna Rossi, analyst at Daxmoor Securities") + " Daxmoor Securities rates the shares a buy."},
		{"de byline", "de", de(".", "Von Anna Rossi, Analystin bei Daxmoor Securities")},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, ds := extractAll(t, c.lang, c.body, "Veltraco", "Trelawny", "Brindle", "Halvorsen", "Daxmoor Securities")
			found := false
			for _, d := range ds {
				if !slices.Contains(d.Parties, "Halvorsen") {
					continue
				}
				found = true
				if !slices.Contains(d.Parties, "Veltraco") || len(d.Parties) != 2 {
					t.Errorf("%s %v: want Halvorsen bought by Veltraco, the article's buyer", d.Type, d.Parties)
				}
			}
			if !found {
				t.Errorf("deals %+v: the purchase of Halvorsen is lost", ds)
			}
		})
	}
}
