package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Review of bfa72c1 (A1: German rivals before a closing verb, A2: a year
// before a name) and 84a0a1d (B2: a name in commas after a description):
// each case failed at b8f0a4f and passed at 38edd07.

type case51 struct {
	lang, text string
	known      []string
	bystander  string // a company that must be no party of any deal
}

func check51(t *testing.T, cases []case51) {
	t.Helper()
	for _, c := range cases {
		_, ds := extractAll(t, c.lang, c.text, c.known...)
		for _, d := range ds {
			if slices.Contains(d.Parties, c.bystander) {
				t.Errorf("%s|%q: %s is no side, got %s %v", c.lang, c.text, c.bystander, d.Type, d.Parties)
			}
		}
	}
}

// A1: a German rival after den/dem with a deal verb later in the clause
// that is not the rival's: the clause goes on past "und" (not a clause
// end) to the company's own deal, or the verb is "übernimmt die
// Marktführerschaft", or a preposition governs the article.
func TestReview51GermanRivalNotObjectOfLaterVerb(t *testing.T) {
	k := []string{"Quorvex", "Brindle", "Veltraco"}
	check51(t, []case51{
		{"de", "Croda übernimmt Uniqema. Croda hat den Wettbewerber Westbrook Lanolin abgehängt und Brindle gekauft.", []string{"Croda", "Uniqema", "Westbrook Lanolin", "Brindle"}, "Westbrook Lanolin"},
		{"de", "Quorvex übernimmt Brindle. Quorvex hatte sich im Bieterverfahren gegen den Wettbewerber Veltraco durchgesetzt und Brindle übernommen.", k, "Veltraco"},
		{"de", "Quorvex übernimmt Brindle. Quorvex setzte sich gegen den Wettbewerber Veltraco durch und übernimmt Brindle für 2 Milliarden Euro.", k, "Veltraco"},
		{"de", "Quorvex übernimmt Brindle. Quorvex hat den Wettbewerber Veltraco überboten und will Brindle für 2 Milliarden Euro kaufen.", k, "Veltraco"},
		{"de", "Brindle wird verkauft. Quorvex sticht den Wettbewerber Veltraco aus und übernimmt Brindle.", k, "Veltraco"},
		{"de", "Quorvex übernimmt Brindle. Quorvex will den Wettbewerber Veltraco überholen und übernimmt dafür Brindle.", k, "Veltraco"},
		{"de", "Quorvex kauft Brindle. Mit dem Deal hängt Quorvex den Wettbewerber Veltraco ab und übernimmt die Marktführerschaft.", k, "Veltraco"},
		{"de", "Quorvex übernimmt Brindle. Quorvex verweist den Wettbewerber Veltraco auf Platz zwei und übernimmt die Marktführung.", k, "Veltraco"},
		{"de", "Quorvex übernimmt Brindle. Quorvex wird damit nach dem Wettbewerber Veltraco zur Nummer zwei und übernimmt die Führung in Europa.", k, "Veltraco"},
		{"de", "Quorvex übernimmt Brindle. Quorvex will so den Wettbewerber Veltraco auf Abstand halten und weiter zukaufen.", k, "Veltraco"},
	})
}

// A2: a year (or a count that looks like one) before a run of nouns.
// (Left: "verkaufte 2021 Galaxy Smartphones", a count of the year's
// shape after a verb of selling, still reads a name.)
func TestReview51GermanYearBeforeNouns(t *testing.T) {
	for _, c := range []struct{ text, bad string }{
		{"Quorvex übernimmt Brindle. Quorvex liefert jährlich 2000 Tonnen Kupfer an die Industrie.", "Tonnen Kupfer"},
	} {
		cs, _ := extractAll(t, "de", c.text)
		if slices.ContainsFunc(cs, func(x model.Company) bool { return x.Name == c.bad }) {
			t.Errorf("%q: %q is no company", c.text, c.bad)
		}
	}
	// both bought by "der Konzern": no deal between them
	text := "Quorvex übernimmt Brindle. Der Konzern kaufte 2016 Monsanto Deutschland und 2018 Bayer Crop."
	if _, ds := extractAll(t, "de", text); dealOf(ds, model.Acquisition, "Bayer Crop", "Monsanto Deutschland") != nil {
		t.Errorf("%q: Bayer Crop did not buy Monsanto Deutschland, got %+v", text, ds)
	}
}

// B2: a description, then a name in commas that is not the subject of
// the next clause's deal: reported speech, a bystander (shareholder,
// adviser, lender), a comparison ("Like/Unlike its parent, X, Brindle
// ..."), where the next clause opens with its own subject.
func TestReview51DescribedApposedNameNotTheSide(t *testing.T) {
	k := []string{"Quorvex", "Brindle", "Daxmoor"}
	check51(t, []case51{
		{"en", "The company's largest shareholder, Quorvex, said it would back Brindle's takeover of Daxmoor.", k, "Quorvex"},
		{"en", "The company's largest shareholder, Quorvex, welcomed Brindle's $2 billion offer for Daxmoor.", k, "Quorvex"},
		{"en", "The firm's biggest investor, Quorvex, opposed the merger of Brindle and Daxmoor.", k, "Quorvex"},
		{"en", "The company, Quorvex, said Brindle would buy Daxmoor.", k, "Quorvex"},
		{"en", "The group's adviser, Lazard, said Brindle would buy Daxmoor.", []string{"Lazard", "Brindle", "Daxmoor"}, "Lazard"},
		{"en", "Veltraco agreed to buy Brindle from Quorvex. The seller's parent, Halvorsen, said the sale of Brindle to Veltraco would cut debt.", []string{"Quorvex", "Brindle", "Veltraco", "Halvorsen"}, "Halvorsen"},
		{"en", "Brindle agreed to buy Trelawny. The company's main lender, Halvorsen, will finance the acquisition of Trelawny by Brindle.", []string{"Halvorsen", "Brindle", "Trelawny"}, "Halvorsen"},
		{"en", "Like its parent, Quorvex, Brindle bought a stake in Daxmoor.", k, "Quorvex"},
		{"en", "Unlike the group's largest shareholder, Quorvex, Brindle bought Daxmoor.", k, "Quorvex"},
		{"en", "As with its rival holding company, Quorvex, Brindle agreed to buy Daxmoor.", k, "Quorvex"},
		{"en", "Besides the group, Quorvex, Brindle and Daxmoor bid for Trelawny.", []string{"Quorvex", "Brindle", "Daxmoor", "Trelawny"}, "Quorvex"},
		{"it", "Il principale azionista della società, Quorvex, ha detto che Brindle comprerà Daxmoor.", k, "Quorvex"},
		{"it", "A differenza del gruppo, Quorvex, Brindle ha rilevato Daxmoor.", k, "Quorvex"},
		{"it", "Secondo l'advisor del gruppo, Lazard, Brindle comprerà Daxmoor.", []string{"Lazard", "Brindle", "Daxmoor"}, "Lazard"},
		{"es", "El principal accionista de la compañía, Quorvex, dijo que Brindle comprará Daxmoor.", k, "Quorvex"},
		{"es", "A diferencia del grupo, Quorvex, Brindle compró Daxmoor.", k, "Quorvex"},
		{"fr", "Le premier actionnaire du groupe, Quorvex, a indiqué que Brindle rachèterait Daxmoor.", k, "Quorvex"},
		{"fr", "Contrairement au groupe, Quorvex, Brindle a racheté Daxmoor.", k, "Quorvex"},
		{"de", "Anders als der Konzern, Quorvex, hat Brindle Daxmoor übernommen.", k, "Quorvex"},
	})
}
