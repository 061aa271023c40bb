package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Review of 48866d7 (namedByPlace): a company described by a place or
// nationality ("the Portland chain", "the Swedish group", "il gruppo di
// Bergamo", "der schwedische Konzern") was taken to be the company that
// opens the nearest earlier sentence naming that word, even when the
// word there belongs to another company (a rival, a plant sold, a quote,
// an outlet's name, regulators) or, in German, is just the capitalised
// noun of the description ("Konzern"). Each case fails at 6a0235e and
// passes with described.go from 48866d7~1.
func TestReview49bPlaceWordOfAnotherCompany(t *testing.T) {
	for _, c := range []struct {
		name, lang, body string
		companies        []string
		typ              string
		parties          []string // the deal found by these
		want, notWant    string
	}{
		{"en nation: regulators", "en",
			"Nokia agreed to buy Brindle for $1 billion on Monday.\n\nNokia said Swedish regulators must still approve the deal.\n\nEricsson, its main rival, did not comment.\n\nLast year the Swedish group sold Quorvex to Daxmoor for $500 million.",
			[]string{"Brindle", "Quorvex", "Daxmoor"}, model.Divestiture, []string{"Quorvex", "Daxmoor"}, "Ericsson", "Nokia"},
		{"en nation: Tele2 Russia told after Telenor", "en",
			"Tele2 agreed to sell its Dutch unit to T-Mobile for $1 billion.\n\nTelenor said Swedish and Norwegian regulators must approve a separate deal.\n\nTele2 has been shrinking for years.\n\nLast year the Swedish group sold Tele2 Russia to Rostelecom.",
			nil, model.Divestiture, []string{"Rostelecom"}, "Tele2", "Telenor"},
		{"en rival in Portland", "en",
			"Veltraco agreed to buy Trelawny for $1 billion on Monday.\n\nVeltraco said its rival in Portland, Brindle, had also bid.\n\nBrindle declined to comment.\n\nLast year the Portland chain bought Quorvex for $500 million.",
			[]string{"Veltraco", "Trelawny", "Brindle", "Quorvex"}, model.Acquisition, []string{"Quorvex"}, "Brindle", "Veltraco"},
		{"en place in an outlet's name", "en",
			"Veltraco agreed to buy Trelawny for $1 billion on Monday.\n\nVeltraco told the Portland Business Journal that Brindle had also bid.\n\nBrindle declined to comment.\n\nLast year the Portland chain bought Quorvex for $500 million.",
			[]string{"Veltraco", "Trelawny", "Brindle", "Quorvex"}, model.Acquisition, []string{"Quorvex"}, "Brindle", "Veltraco"},
		{"en place in a quote", "en",
			"Veltraco agreed to buy Trelawny for $1 billion on Monday.\n\nVeltraco said: \"Brindle is the best retailer in Portland.\"\n\nBrindle declined to comment.\n\nLast year the Portland chain bought Quorvex for $500 million.",
			[]string{"Veltraco", "Trelawny", "Brindle", "Quorvex"}, model.Acquisition, []string{"Quorvex"}, "Brindle", "Veltraco"},
		{"en pronoun after a described subject (lastSubject)", "en",
			"Veltraco agreed to buy Trelawny for $1 billion on Monday.\n\nVeltraco said its rival in Portland, Brindle, had also bid.\n\nBrindle declined to comment.\n\nThe Portland chain has long been a predator. In 2019 it bought Quorvex for $500 million.",
			[]string{"Veltraco", "Trelawny", "Brindle", "Quorvex"}, model.Acquisition, []string{"Quorvex"}, "Brindle", "Veltraco"},
		{"es plant of another company", "es",
			"Veltraco y Brindle anunciaron su fusión por 13.000 millones de dólares.\n\nVeltraco compró el año pasado la planta de Brindle en Portland.\n\nBrindle seguirá operando como filial y mantendrá sus enseñas.\n\nLa compañía de Portland completó en marzo la adquisición de Quorvex por 1.700 millones de dólares.",
			[]string{"Veltraco", "Brindle", "Quorvex"}, model.Acquisition, []string{"Quorvex"}, "Brindle", "Veltraco"},
		{"fr rival de Lyon", "fr",
			"Veltraco rachète Brindle pour 2 milliards d'euros.\n\nVeltraco a déclaré que son rival de Lyon, Daxmoor, avait aussi fait une offre.\n\nDaxmoor n'a pas commenté.\n\nL'an dernier, le groupe de Lyon avait acheté Quorvex pour 300 millions d'euros.",
			[]string{"Veltraco", "Brindle", "Daxmoor", "Quorvex"}, model.Acquisition, []string{"Quorvex"}, "Daxmoor", "Veltraco"},
		{"fr pronoun after a described subject (lastSubject)", "fr",
			"Veltraco rachète Brindle pour 2 milliards d'euros.\n\nVeltraco a déclaré que son rival de Lyon, Daxmoor, avait aussi fait une offre.\n\nDaxmoor n'a pas commenté.\n\nLe groupe de Lyon a longtemps été un prédateur. En 2019, il avait acheté Quorvex pour 300 millions d'euros.",
			[]string{"Veltraco", "Brindle", "Daxmoor", "Quorvex"}, model.Acquisition, []string{"Quorvex"}, "Daxmoor", "Veltraco"},
		{"it rivale di Bergamo", "it",
			"Veltraco ha comprato Brindle per 2 miliardi di euro.\n\nVeltraco ha detto che il suo rivale di Bergamo, Daxmoor, aveva fatto un'offerta.\n\nDaxmoor non ha commentato.\n\nL'anno scorso il gruppo di Bergamo aveva comprato Quorvex per 300 milioni di euro.",
			[]string{"Veltraco", "Brindle", "Daxmoor", "Quorvex"}, model.Acquisition, []string{"Quorvex"}, "Daxmoor", "Veltraco"},
		{"it plant sold to the other", "it",
			"Veltraco ha comprato Brindle per 2 miliardi di euro.\n\nVeltraco ha venduto a Daxmoor il suo stabilimento di Bergamo.\n\nDaxmoor non ha commentato.\n\nL'anno scorso il gruppo di Bergamo ha comprato Quorvex per 300 milioni di euro.",
			[]string{"Veltraco", "Brindle", "Daxmoor", "Quorvex"}, model.Acquisition, []string{"Quorvex"}, "Daxmoor", "Veltraco"},
		{"de capitalised noun Konzern taken for a place", "de",
			"Ericsson übernimmt Brindle für 2 Milliarden Euro.\n\nNokia ist der größte Konzern Finnlands.\n\nBrindle war lange im Besitz der Familie.\n\nDer schwedische Konzern verkaufte 2019 bereits Quorvex an Daxmoor.",
			[]string{"Brindle", "Quorvex", "Daxmoor"}, model.Divestiture, []string{"Quorvex", "Daxmoor"}, "Ericsson", "Nokia"},
		{"de Rivale aus Dresden", "de",
			"Veltraco übernimmt Brindle für 2 Milliarden Euro.\n\nVeltraco sagte, der Rivale aus Dresden, Daxmoor, habe ebenfalls geboten.\n\nDaxmoor hat sich dazu nicht geäußert.\n\nDer Konzern aus Dresden kaufte 2019 Quorvex für 300 Millionen Euro.",
			[]string{"Veltraco", "Brindle", "Daxmoor", "Quorvex"}, model.Acquisition, []string{"Quorvex"}, "Daxmoor", "Veltraco"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, ds := extractAll(t, c.lang, c.body, c.companies...)
			d := dealOf(ds, c.typ, c.parties...)
			if d == nil || !slices.Contains(d.Parties, c.want) || slices.Contains(d.Parties, c.notWant) {
				t.Errorf("want %s (not %s) in the %s of %v, got %+v", c.want, c.notWant, c.typ, c.parties, ds)
			}
		})
	}
}
