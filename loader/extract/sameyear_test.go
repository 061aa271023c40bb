package extract

import (
	"testing"

	"dealwire/model"
)

// A deal told as made "the same year" as the one before it is of that
// year, in every language read; a sentence that says no such thing takes
// no year from the one before.
func TestTheSameYearIsTheYearOfTheSentenceBefore(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "en", bodies: []string{"en|In 2019 Veltraco bought Brindle for $2 billion. That same year, Quorvex bought Daxmoor."},
			check: datedAs(model.Acquisition, "2019", "Quorvex", "Daxmoor")},
		{name: "es", bodies: []string{"es|A finales de 2021, Veltraco acordó comprar Brindle por 1.490 millones de libras. Ese mismo año, Quorvex adquirió Daxmoor."},
			check: datedAs(model.Acquisition, "2021", "Quorvex", "Daxmoor")},
		{name: "it", bodies: []string{"it|Nel 2018 Veltraco ha acquistato Brindle per 2 miliardi di euro. Lo stesso anno Quorvex ha rilevato Daxmoor."},
			check: datedAs(model.Acquisition, "2018", "Quorvex", "Daxmoor")},
		{name: "fr", bodies: []string{"fr|En 2017, Veltraco a racheté Brindle pour 2 milliards d'euros. La même année, Quorvex a racheté Daxmoor."},
			check: datedAs(model.Acquisition, "2017", "Quorvex", "Daxmoor")},
		{name: "de", bodies: []string{"de|2016 kaufte Veltraco Brindle für 2 Milliarden Euro. Im selben Jahr übernahm Quorvex die Daxmoor."},
			check: datedAs(model.Acquisition, "2016", "Quorvex", "Daxmoor")},
		{name: "no same year", bodies: []string{"en|In 2019 Veltraco bought Brindle for $2 billion. Quorvex bought Daxmoor for $1 billion."},
			check: datedAs(model.Acquisition, "", "Quorvex", "Daxmoor")},
	})
}
