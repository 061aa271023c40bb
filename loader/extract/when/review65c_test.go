package when

import "testing"

// Review of stop 65, third round (1fc139d8, 96e14549): each test fails at
// 96e14549 and passes at fd9e9846.

// 96e14549 turnsToNow: "but", "now", "today", "would", "expected" and
// their like are common in a sentence that tells a deal done a year
// ago, after the deal itself ("..., but regulators blocked it", "...,
// which now employs"); the opening "a year ago" still dates the deal.
func TestReview65cYearAgoWithAnInnocentNowWord(t *testing.T) {
	for _, text := range []string{
		"A year ago, Veltraco agreed to buy Quorvex, but regulators blocked the deal.",
		"A year ago, Veltraco bought Quorvex, which now employs 5,000 people.",
		"A year ago, Veltraco bought Quorvex for $2 billion, more than analysts had expected.",
		"A year ago, Veltraco bought Quorvex, whose shares would later double.",
		"A year ago, Veltraco acquired Quorvex; Brindle followed.",
		"Il y a un an, Veltraco a racheté Quorvex, mais la société perd toujours de l'argent.",
		"Un anno fa, Veltraco ha rilevato Quorvex, ora guidata da Mario Rossi.",
		"Hace un año, Veltraco compró Quorvex, pero la empresa sigue en pérdidas.",
		"Vor einem Jahr kaufte Veltraco Quorvex, doch die Firma schreibt weiter Verluste.",
	} {
		ds := Find(text, "", "2019-06-30")
		if len(ds) == 0 || ds[0].Value != "2018" || ds[0].Start != 0 {
			t.Errorf("%q: %+v, want 2018 at the start", text, ds)
		}
	}
}
