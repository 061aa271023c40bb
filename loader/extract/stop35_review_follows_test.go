package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Review of 6dd1752 (deals.FollowsPrevious + purchaseFollowed): a German
// sentence with "folgte" after a purchase is not always the buyer's next
// purchase. The company after the verb may follow suit, sue, rank second,
// be a share that follows the market, or be where a manager came from.
func TestStop35ReviewFollowingSentenceTellsNoPurchase(t *testing.T) {
	for _, next := range []string{
		"Am Dienstag folgte die Aktie des Konkurrenten Daxmoor dem Trend.",
		"Im Amt folgte ihm der frühere Daxmoor-Manager Jan Ostrowski.",
		"Darauf folgte der Börsengang von Daxmoor.",
		"Dem Beispiel folgte 2021 der Rivale Daxmoor.",
		"Im Jahr darauf folgte der Rivale Trelawny dem Beispiel von Daxmoor.",
		"Es folgte eine Klage von Daxmoor.",
		"Es folgte ein jahrelanger Patentstreit mit Daxmoor.",
		"Auf Platz zwei folgte Daxmoor mit 12 Prozent Marktanteil.",
		"Das Kartellamt folgte der Argumentation von Daxmoor nicht.",
		"Der Ankündigung folgte ein Kurssprung bei Daxmoor.",
		"Kurz darauf folgte eine Gewinnwarnung von Daxmoor.",
	} {
		body := "Veltraco kauft Brindle für 2 Milliarden Euro.\n\n" +
			"2019 übernahm Veltraco den Pumpenbauer Halvorsen für 400 Millionen Euro. " + next
		_, ds := extractAll(t, "de", body, "Veltraco", "Brindle", "Halvorsen", "Daxmoor", "Trelawny")
		for _, d := range ds {
			if slices.Contains(d.Parties, "Daxmoor") || slices.Contains(d.Parties, "Trelawny") {
				t.Errorf("%q: deal %s %v: Daxmoor and Trelawny are bought by no one", next, d.Type, d.Parties)
			}
		}
	}
}

// Review of 6dd1752 (deals.followingPurchaseAt): the same within one
// sentence, after the comma.
func TestStop35ReviewFollowingClauseTellsNoPurchase(t *testing.T) {
	for _, rest := range []string{
		"es folgte ein Bieterkampf mit Daxmoor.",
		"im Jahr darauf folgte der Börsengang von Daxmoor.",
		"kurz darauf folgte eine Kartellklage von Daxmoor.",
		"wenige Wochen später folgte Konkurrent Daxmoor mit einer eigenen Offerte.",
		"an der Börse folgte die Aktie von Daxmoor dem Trend.",
	} {
		body := "Veltraco kauft Brindle für 2 Milliarden Euro.\n\nVeltraco übernahm 2019 Quorvex, " + rest
		_, ds := extractAll(t, "de", body, "Veltraco", "Brindle", "Quorvex", "Daxmoor")
		if d := dealOf(ds, model.Acquisition, "Veltraco", "Daxmoor"); d != nil {
			t.Errorf("%q: deal %s %v: Veltraco buys no Daxmoor", rest, d.Type, d.Parties)
		}
	}
}
