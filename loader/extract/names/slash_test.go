package names

import "testing"

// A slash with no space around it joins the capitalised words of one name
// ("Rural/Metro", "R/D Tech"), but not two companies the text knows ("the
// Disney/Fox deal", "the Veltraco/Brindle merger"), places ("Santa
// Clara/Tokio") or two acronyms alone ("CAD/CAM").
func TestSlashInsideAName(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"In 2015 American Medical Response bought the ambulance operator Rural/Metro for $620 million, the company said on Monday.", "Rural/Metro"},
		{"Olympus bought Quebec-based phased-array specialist R/D Tech in 2006, the company said in Tokyo on Monday.", "R/D Tech"},
		{"Rural/Metro acquired Kravlo Inc, a rival ambulance operator, for $40 million, the company said on Monday.", "Rural/Metro"},
	} {
		r := recognizeWithDealWords(t, "en", c.text)
		wantCompanyIn(t, r, 0, c.want)
	}
	for _, text := range []string{
		"The Disney/Fox deal was approved on Monday, after Disney agreed to sell Fox's regional sports networks.",
		"The Veltraco/Brindle merger will create the largest maker of valves in Europe, Veltraco Corp and Brindle SA said on Tuesday.",
		"Quorvex SpA sold its stake in the Veltraco/Brindle joint venture to Daxmoor AG for 40 million euros, the company said on Tuesday.",
		"Veltraco Corp/Brindle SA: the two valve makers agreed on Tuesday to merge in a deal worth 2 billion euros, they said.",
	} {
		r := recognizeWithDealWords(t, "en", text)
		noCompanyOf(t, r, 0, "Disney/Fox", "Veltraco/Brindle", "Veltraco Corp/Brindle SA", "Veltraco Corp/Brindle")
	}
	r := recognizeWithDealWords(t, "de", "Santa Clara/Tokio (owf) – Applied Materials und Tokyo Electron fusionieren, teilten die Konzerne am Dienstag mit.")
	noCompanyOf(t, r, 0, "Santa Clara/Tokio", "Clara/Tokio")
	r = recognizeWithDealWords(t, "en", "In 2007 Straumann bought etkon, a Munich-area maker of CAD/CAM dental prosthetics, for 100 million euros.")
	noCompanyOf(t, r, 0, "CAD/CAM", "CAD", "CAM")
}
