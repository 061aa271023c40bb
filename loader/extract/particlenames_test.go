package extract

import (
	"slices"
	"testing"
)

// A name opening on a capitalised particle keeps it in German text too:
// "De Grey Mining", not "Grey Mining".
func TestGermanNameOpeningOnAParticleKeepsIt(t *testing.T) {
	cs, _ := extractAll(t, "de", "Northern Star Resources hat sich am Montag mit De Grey Mining auf eine Übernahme per Aktientausch geeinigt. De Grey Mining besitzt das Hemi-Projekt.")
	names := companyNames(cs)
	if !slices.Contains(names, "De Grey Mining") || slices.Contains(names, "Grey Mining") {
		t.Errorf("want De Grey Mining, got %v", names)
	}
}
