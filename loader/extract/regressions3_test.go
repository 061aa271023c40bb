package extract

import (
	"testing"

	"dealwire/model"
)

// Regressions a third review proved in 267d9a4, each read right again now.

// unmarkedBuyer takes the company after "to be" as bought; in "Veltraco
// to be Brindle's owner" it is the buyer. "The buyer" of the article's
// deal is then Brindle, and the later purchase is read as Brindle's.
// 6376ab2 (the first side of an unmarked purchase buys) read Veltraco.
func TestUnmarkedBuyerToBeOwner(t *testing.T) {
	text := "Acquisition: Veltraco to be Brindle's owner in $2 billion deal. " +
		"The buyer has mostly grown through smaller purchases; in 2015 it bought Kelmora for $300 million."
	ds := extractTextIn(t, "en", text, "Veltraco", "Brindle", "Kelmora")
	if !hasDeal(ds, model.Acquisition, "Veltraco", "Kelmora") || hasDeal(ds, model.Acquisition, "Brindle", "Kelmora") {
		t.Errorf("deals %+v, want Veltraco buying Kelmora", ds)
	}
}

// unmarkedBuyer takes "parte" two words before a company as "da parte
// di" (by), but "una parte di Brindle" / "parte di Brindle" is a part of
// what is bought. 6376ab2 read Veltraco the buyer.
func TestUnmarkedBuyerPartOf(t *testing.T) {
	for _, text := range []string{
		"Veltraco, acquisizione di parte di Brindle per 2 miliardi di euro. L'acquirente è cresciuto soprattutto con acquisizioni minori: nel 2015 ha rilevato Kelmora per 300 milioni di euro.",
		"Veltraco, acquisizione di parte di Brindle per 2 miliardi di euro. Il compratore non è nuovo a operazioni simili: nel 2015 aveva rilevato Kelmora per 300 milioni di euro.",
	} {
		ds := extractTextIn(t, "it", text, "Veltraco", "Brindle", "Kelmora")
		if !hasDeal(ds, model.Acquisition, "Veltraco", "Kelmora") || hasDeal(ds, model.Acquisition, "Brindle", "Kelmora") {
			t.Errorf("%q: deals %+v, want Veltraco buying Kelmora", text, ds)
		}
	}
}

// The saidLast guard (since removed with saidLast) made the sayer the buyer unless an earlier
// report told it bought. When the article so far told no purchase (a
// share jump, talks), the target telling what its buyer pays for "the
// sensor maker" (itself) is read as buying Veltraco. 6376ab2 read Veltraco
// buying Brindle.
func TestTargetSayingWhatItsBuyerPaysBeforeAnyDeal(t *testing.T) {
	for _, text := range []string{
		"Brindle's shares jumped 30 percent after Veltraco confirmed its interest. It will pay $2 billion in cash for the sensor maker, Brindle said.",
		"Veltraco and Brindle confirmed the talks on Monday. It will pay $2 billion in cash for the sensor maker, Brindle said.",
	} {
		ds := extractTextIn(t, "en", text, "Veltraco", "Brindle")
		if hasDeal(ds, model.Acquisition, "Brindle", "Veltraco") || !hasDeal(ds, model.Acquisition, "Veltraco", "Brindle") {
			t.Errorf("%q: deals %+v, want Veltraco buying Brindle", text, ds)
		}
	}
}
