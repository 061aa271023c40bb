package names

import "testing"

// A slash with no space around it joins the capitalised words of one name
// ("Rural/Metro", "R/D Tech"), but not two companies the text knows ("the
// Disney/Fox deal"), places ("Santa Clara/Tokio") or two acronyms alone
// ("CAD/CAM").
func TestSlashInsideAName(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"In 2015 American Medical Response bought the ambulance operator Rural/Metro for $620 million, the company said on Monday.", "Rural/Metro"},
		{"Olympus bought Quebec-based phased-array specialist R/D Tech in 2006, the company said in Tokyo on Monday.", "R/D Tech"},
	} {
		r := recognizeWithDealWords(t, "en", c.text)
		wantCompanyIn(t, r, 0, c.want)
	}
	r := recognizeWithDealWords(t, "en", "The Disney/Fox deal was approved on Monday, after Disney agreed to sell Fox's regional sports networks.")
	noCompanyOf(t, r, 0, "Disney/Fox")
	r = recognizeWithDealWords(t, "de", "SANTA CLARA/TOKIO (owf) – Applied Materials und Tokyo Electron fusionieren, teilten die Konzerne am Dienstag mit.")
	noCompanyOf(t, r, 0, "SANTA CLARA/TOKIO", "Santa Clara/Tokio")
	r = recognizeWithDealWords(t, "en", "In 2007 Straumann bought etkon, a Munich-area maker of CAD/CAM dental prosthetics, for 100 million euros.")
	noCompanyOf(t, r, 0, "CAD/CAM", "CAD", "CAM")
}
