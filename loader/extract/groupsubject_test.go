package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// A deal told with one company and neither price nor date is read when a
// plural article names its subject as the people of the country the
// article gave a company ("Die Franzosen übernahmen den Rivalen Quorvex"
// after "die französische Veltraco"), and not for any other group ("Die
// Aktionäre übernahmen Quorvex"); a German demonym describing a name
// after it ("die Aachener Brindle") names no such people.
func TestUndatedDealOfAGroupSubject(t *testing.T) {
	ds := extractTextIn(t, "de", "Die französische Veltraco wächst weiter.\n\nDie Franzosen übernahmen den Rivalen Quorvex, der zwei Portale betreibt.", "Veltraco", "Quorvex", "Brindle")
	if !slices.ContainsFunc(ds, func(d model.Deal) bool {
		return d.Type == model.Acquisition && slices.Contains(d.Parties, "Veltraco") && slices.Contains(d.Parties, "Quorvex")
	}) {
		t.Errorf("demonym subject: %+v, want Veltraco buying Quorvex", ds)
	}
	for _, body := range []string{
		"Die französische Veltraco wächst weiter.\n\nDie Aktionäre übernahmen Quorvex.",
		"Die australische Quorvex wächst weiter.\n\nDie exklusiven Rechte an einer Therapie hat sich die Aachener Brindle gesichert.",
	} {
		if ds := extractTextIn(t, "de", body, "Veltraco", "Quorvex", "Brindle"); len(ds) != 0 {
			t.Errorf("%q: %+v, want no deal", body, ds)
		}
	}
}
