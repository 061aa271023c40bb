package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// "The two companies" names the two the sentence before spoke of, not the
// article's main pair: the venture they set up is no deal of the buyer and
// its target.
func TestReview48dTheTwoAreTheRivalsNamedBefore(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "# Veltraco to buy Quorvex\n\nVeltraco said on Tuesday it agreed to buy Quorvex for $2 billion in cash. " +
			"Quorvex shareholders will get $30 a share, Veltraco said. Its rivals Daxmoor and Brindle have also grown in Asia. " +
			"In 2019 the two companies set up the joint venture Sanvira Energy in India."},
		{"en", "# Veltraco to buy Quorvex\n\nVeltraco said on Tuesday it agreed to buy Quorvex for $2 billion in cash. " +
			"Quorvex shareholders will get $30 a share, Veltraco said. Veltraco has long worked with the Japanese group Daxmoor. " +
			"In 2019 the two companies set up the joint venture Sanvira Energy in India."},
		{"fr", "# Veltraco rachète Quorvex\n\nVeltraco a annoncé mardi le rachat de Quorvex pour 2 milliards d'euros. " +
			"Les actionnaires de Quorvex recevront 30 euros par action, a indiqué Veltraco. Ses concurrents Daxmoor et Brindle grandissent aussi en Asie. " +
			"En 2019, les deux groupes avaient créé la coentreprise Sanvira Energy en Inde."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Quorvex", "Daxmoor", "Brindle")
		if joinsIn(ds, "Quorvex", "Sanvira Energy", model.JointVenture) {
			t.Errorf("deals %+v: Quorvex has no part in Sanvira Energy", ds)
		}
	}
}

// "joint venture, X, ..., said": X after the comma is who speaks, not the
// venture; it is no party of the two companies' venture.
func TestReview48dSpeakerAfterJointVentureComma(t *testing.T) {
	ds := extractTextIn(t, "en", "# Veltraco and Quorvex in talks on battery venture\n\n"+
		"Veltraco and Quorvex are in talks to pool their battery businesses, Veltraco said on Tuesday. Quorvex confirmed the talks. "+
		"The two companies are close to a joint venture, Daxmoor, an investor in both, said on Monday.",
		"Veltraco", "Quorvex", "Daxmoor")
	if !joinsIn(ds, "Veltraco", "Quorvex", model.JointVenture) {
		t.Errorf("deals %+v, want the venture of Veltraco and Quorvex", ds)
	}
	for _, d := range ds {
		if slices.Contains(d.Parties, "Daxmoor") {
			t.Errorf("deal %+v: Daxmoor only speaks of it", d)
		}
	}
}

// "Japan Steel Works" (TSE 5631) is a company, not a plant in a town,
// though its name opens with a place and ends in "Works".
func TestReview48dJapanSteelWorksIsACompany(t *testing.T) {
	body := "# Japan Steel Works to buy Quorvex\n\nJapan Steel Works said on Tuesday it agreed to buy the German maker of plastics machinery Quorvex for 300 million euros. " +
		"Japan Steel Works shares rose 2 percent in Tokyo."
	cs := companiesIn(t, "en", body, "Quorvex")
	wantCompany(t, cs, "Japan Steel Works")
	ds := extractTextIn(t, "en", body, "Quorvex")
	if !joinsIn(ds, "Japan Steel Works", "Quorvex", model.Acquisition) {
		t.Errorf("deals %+v, want Japan Steel Works buying Quorvex", ds)
	}
}
