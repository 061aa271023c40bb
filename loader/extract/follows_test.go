package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// German carries on a list of purchases with a verb of following: "im
// Januar folgte Daxmoor" after a comma, or a sentence of its own after
// the purchase before ("2016 folgte Trelawny für 300 Millionen Dollar"),
// each a purchase by the same buyer, dated and priced in its own clause.
func TestGermanPurchaseThatFollows(t *testing.T) {
	body := "Veltraco kauft Brindle für 2 Milliarden Euro.\n\n" +
		"Veltraco ist in den vergangenen Jahren stark gewachsen. Im August 2020 übernahm es den Händler Quorvex, " +
		"im Januar 2021 folgte der Abodienst Daxmoor, der in Frankreich tätig ist.\n\n" +
		"2014 übernahm Veltraco den Pumpenbauer Halvorsen für 1,4 Milliarden Dollar. 2016 folgte die Gießerei Trelawny für 300 Millionen Dollar. " +
		"Im selben Jahr folgte der Softwareanbieter Ostravel."
	_, ds := extractAll(t, "de", body, "Veltraco", "Brindle", "Quorvex", "Daxmoor", "Halvorsen", "Trelawny", "Ostravel")
	for _, want := range []struct{ target, date string }{
		{"Quorvex", "2020-08"}, {"Daxmoor", "2021-01"}, {"Halvorsen", "2014"}, {"Trelawny", "2016"}, {"Ostravel", "2016"},
	} {
		d := dealOf(ds, model.Acquisition, "Veltraco", want.target)
		if d == nil || d.Type != model.Acquisition || len(d.Parties) != 2 || d.Date != want.date {
			t.Errorf("deals %+v: want Veltraco's purchase of %s in %s", ds, want.target, want.date)
		}
	}
	if d := dealOf(ds, model.Acquisition, "Veltraco", "Trelawny"); d != nil && (d.Value == nil || d.Value.Value != 300e6) {
		t.Errorf("Trelawny's price %v, want $300 million", d.Value)
	}
}

// A verb of following after no purchase, or before a person, tells no
// purchase: a sale goes before, a person follows in office.
func TestGermanFollowingWithoutAPurchase(t *testing.T) {
	body := "Veltraco verkauft Brindle.\n\n" +
		"2015 verkaufte Veltraco die Sparte Halvorsen an Brindle. 2016 folgte die Gießerei Trelawny. " +
		"Auf den Rücktritt des Finanzchefs folgte ein Kurssturz. Ihm folgte Anna Berger, zuvor bei Quorvex."
	_, ds := extractAll(t, "de", body, "Veltraco", "Brindle", "Halvorsen", "Trelawny", "Quorvex")
	for _, d := range ds {
		if slices.Contains(d.Parties, "Trelawny") || slices.Contains(d.Parties, "Quorvex") {
			t.Errorf("deals %+v: %s buys or sells nothing", ds, d.Parties)
		}
	}
}

// German "es" right after the verb, or after "hatte" before the
// participle, is the company the article is about ("2020 übernahm es",
// "Bereits 1987 hatte es ... gekauft"); before the verb it stands for
// nothing ("Anders lief es bei Quorvex").
func TestGermanEsAsTheBuyer(t *testing.T) {
	body := "Veltraco kauft Brindle für 2 Milliarden Euro.\n\n" +
		"Veltraco ist stark gewachsen. Bereits 1987 hatte es den Messerhersteller Quorvex gekauft."
	_, ds := extractAll(t, "de", body, "Veltraco", "Brindle", "Quorvex")
	if d := dealOf(ds, model.Acquisition, "Veltraco", "Quorvex"); d == nil || d.Type != model.Acquisition || d.Date != "1987" {
		t.Errorf("deals %+v: want Veltraco's purchase of Quorvex in 1987", ds)
	}
	body = "Veltraco kauft Brindle für 2 Milliarden Euro.\n\n" +
		"Veltraco ist stark gewachsen. Anders lief es bei Quorvex: Den Lichtkonzern übernahm 2019 der Sensorhersteller Daxmoor."
	_, ds = extractAll(t, "de", body, "Veltraco", "Brindle", "Quorvex", "Daxmoor")
	for _, d := range ds {
		if slices.Contains(d.Parties, "Quorvex") && slices.Contains(d.Parties, "Veltraco") {
			t.Errorf("deals %+v: Veltraco does not buy Quorvex", ds)
		}
	}
}

// A joint venture "the two companies" set up, told beside the purchase
// between them, is a deal of its own, not lost for want of a name: the
// venture and the purchase both stand.
func TestVentureOfTheTwoBesideTheirPurchase(t *testing.T) {
	body := "Veltraco compra Quorvex per 2 miliardi di euro\n\n" +
		"Il gruppo Veltraco ha annunciato ieri l'acquisto di Quorvex per 2 miliardi di euro.\n\n" +
		"Già nel 1999 le due aziende avevano costituito una joint venture per la distribuzione in Germania."
	_, ds := extractAll(t, "it", body, "Veltraco", "Quorvex")
	if d := dealOf(ds, model.Acquisition, "Veltraco", "Quorvex"); d == nil {
		t.Errorf("deals %+v: want Veltraco's purchase of Quorvex", ds)
	}
	if d := dealOf(ds, model.JointVenture, "Veltraco", "Quorvex"); d == nil || d.Date != "1999" {
		t.Errorf("deals %+v: want the venture of Veltraco and Quorvex of 1999", ds)
	}
}
