package extract

import (
	"testing"

	"dealwire/model"
)

// A stake bought in a joint venture, or the whole of one, is told as the
// other purchases are, not as the venture's founding ("paid $75 million
// for a 30 percent stake in the Kyzylkum joint venture", "se había hecho
// con el 40% que Marston's tenía en su empresa conjunta").
func TestStakeBoughtInAJointVenture(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "In 2005 Veltraco Corp paid 75 million dollars to Brindle SA for a 30 percent stake in the Kyzylkum joint venture, the company said.", model.Investment},
		{"es", "En julio, Veltraco Corp ya se había hecho con el 40% que Brindle SA tenía en su empresa conjunta, por 206 millones de libras.", model.Acquisition},
	} {
		ds := extractTextIn(t, c.lang, c.text)
		if d := dealOf(ds, c.want, "Veltraco", "Brindle"); d == nil || d.Type == model.JointVenture {
			t.Errorf("%q: %+v, want %s", c.text, ds, c.want)
		}
	}
	// a venture founded stays one, its shares told
	for _, text := range []string{
		"Veltraco Corp and Brindle SA agreed to set up a joint venture in which each will hold a 50 percent stake, the companies said.",
		"Veltraco Corp will invest 200 million euros and hold 51% of the joint venture, while Brindle SA will own the remaining 49%, the companies said.",
		"Under the agreement, Veltraco Corp will acquire a 60 percent stake in the new joint venture and Brindle SA will hold the remaining 40 percent.",
	} {
		wantDealOf(t, extractTextIn(t, "en", text), model.JointVenture, "Veltraco", "Brindle")
	}
	for _, c := range []struct{ lang, text string }{
		{"de", "Die Veltraco Corp wird 60 Prozent an einem Gemeinschaftsunternehmen mit der Brindle SA übernehmen, wie beide Unternehmen mitteilten."},
		{"en", "Veltraco Corp will acquire a 60 percent stake in a joint venture to be set up with Brindle SA, the companies said on Monday."},
	} {
		wantDealOf(t, extractTextIn(t, c.lang, c.text), model.JointVenture, "Veltraco", "Brindle")
	}
	// a stake bought in an existing venture, the German verb last
	text := "Die Veltraco Corp hat 30 Prozent am Gemeinschaftsunternehmen Kyzylkum von der Brindle SA für 300 Millionen Euro übernommen."
	if d := dealOf(extractTextIn(t, "de", text), model.Investment, "Veltraco", "Brindle"); d == nil || d.Type != model.Investment {
		t.Errorf("%q: %+v, want an investment", text, d)
	}
	// "set", "New" in a place's name say nothing of a venture to come
	for _, text := range []string{
		"Veltraco Corp is set to buy Brindle SA's 40 percent stake in the Kyzylkum joint venture for 300 million dollars, the company said.",
		"Veltraco Corp agreed to buy Brindle SA's 40 percent stake in the New Jersey joint venture for 300 million dollars, the company said.",
	} {
		if d := dealOf(extractTextIn(t, "en", text), model.Investment, "Veltraco", "Brindle"); d == nil || d.Type != model.Investment {
			t.Errorf("%q: %+v, want an investment", text, d)
		}
	}
}
