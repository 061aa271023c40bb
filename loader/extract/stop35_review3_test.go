package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Third review of b5bb16d (deals.followedPurchase): after "folgte" an
// event of the company ("die Insolvenz der Tochter X", "der Börsengang
// der Tochter X": a feminine genitive "der" passes as an article), a
// dative object before the subject ("seinem Beispiel", "diesem Schritt")
// or a rival named by a compound ("Erzrivale", "Hauptkonkurrent") tells no
// purchase by the buyer of the sentence before.
func TestStop35Review3FollowingSentenceTellsNoPurchase(t *testing.T) {
	for _, next := range []string{
		"2021 folgte die Insolvenz der Tochter Daxmoor.",
		"Im Jahr darauf folgte der Börsengang der Tochter Daxmoor.",
		"Im Jahr darauf folgte die Schließung der Gießerei Daxmoor.",
		"Ein Jahr später folgte seinem Beispiel der Chemiekonzern Daxmoor.",
		"Kurz darauf folgte diesem Schritt der Autobauer Daxmoor.",
		"Ein Jahr später folgte der Erzrivale Daxmoor.",
		"Im Jahr darauf folgte der Hauptkonkurrent Daxmoor.",
		"Ein Jahr später folgte der Autobauer Daxmoor in den chinesischen Markt.",
	} {
		body := "Konzerne im Umbau\n\n2019 übernahm Veltraco den Pumpenbauer Halvorsen für 400 Millionen Euro. " + next
		_, ds := extractAll(t, "de", body, "Veltraco", "Halvorsen", "Daxmoor")
		for _, d := range ds {
			if slices.Contains(d.Parties, "Daxmoor") {
				t.Errorf("%q: deal %s %v: Daxmoor is bought by no one", next, d.Type, d.Parties)
			}
		}
	}
}

// The same after the comma (deals.followingPurchaseAt).
func TestStop35Review3FollowingClauseTellsNoPurchase(t *testing.T) {
	for _, s := range []string{
		"Veltraco übernahm den Pumpenbauer Halvorsen, im Januar folgte die Insolvenz der Tochter Daxmoor.",
		"Im August 2020 übernahm Veltraco den Pumpenbauer Halvorsen, kurz darauf folgte die Schließung der Gießerei Daxmoor.",
		"Veltraco übernahm 2019 Halvorsen, ein Jahr später folgte seinem Beispiel der Chemiekonzern Daxmoor.",
	} {
		_, ds := extractAll(t, "de", "Konzerne im Umbau\n\n"+s, "Veltraco", "Halvorsen", "Daxmoor")
		if d := dealOf(ds, model.Acquisition, "Veltraco", "Daxmoor"); d != nil {
			t.Errorf("%q: deal %s %v: Veltraco buys no Daxmoor", s, d.Type, d.Parties)
		}
	}
}

// Third review of b5bb16d (deals.verbSecondIt): after "hat/hatte" "es"
// is no subject checked: a correlate ("hat es Daxmoor geschafft, Quorvex
// zu übernehmen"), or the object before a nominative subject ("hatte es
// der Gründer an Daxmoor verkauft"). Right after the verb, a feminine or
// neuter subject opens with "die"/"das" as an object does ("verkaufte es
// die Konzernmutter Daxmoor an ...").
func TestStop35Review3EsIsNoSubject(t *testing.T) {
	const lead = "Konzerne im Umbau\n\nVeltraco verkauft Brindle für 2 Milliarden Euro. Veltraco ist stark gewachsen. "
	for _, s := range []string{
		"Im März hat es Daxmoor geschafft, Quorvex zu übernehmen.",
		"Im Frühjahr hatte es Daxmoor noch abgelehnt, Quorvex zu kaufen.",
	} {
		_, ds := extractAll(t, "de", lead+s, "Veltraco", "Brindle", "Quorvex", "Daxmoor")
		if d := dealOf(ds, model.Acquisition, "Daxmoor", "Quorvex"); d == nil || slices.Contains(d.Parties, "Veltraco") {
			t.Errorf("%q: deals %+v: want Daxmoor and Quorvex alone", s, ds)
		}
	}
	const startup = "Konzerne im Umbau\n\nVeltraco verkauft Brindle. Das Start-up Quorvex wurde 2012 in Leipzig gegründet. "
	for _, s := range []string{
		"Bereits 2015 hatte es der Gründer an den Finanzinvestor Daxmoor verkauft.",
		"2019 verkaufte es die Konzernmutter Daxmoor an den Finanzinvestor Trelawny.",
		"Zwei Jahre später übernahm es die Beteiligungsgesellschaft Daxmoor.",
	} {
		_, ds := extractAll(t, "de", startup+s, "Veltraco", "Brindle", "Quorvex", "Daxmoor", "Trelawny")
		for _, d := range ds {
			if d.Parties[0] == "Quorvex" {
				t.Errorf("%q: deal %s %v: Quorvex, \"es\", is what is sold, not who sells or buys", s, d.Type, d.Parties)
			}
		}
	}
	_, ds := extractAll(t, "de", startup+"2019 verkaufte es die Konzernmutter Daxmoor an den Finanzinvestor Trelawny.",
		"Veltraco", "Brindle", "Quorvex", "Daxmoor", "Trelawny")
	if d := firstIs(ds, model.Divestiture, "Daxmoor", "Trelawny"); d == nil {
		t.Errorf("deals %+v: want Daxmoor's sale to Trelawny", ds)
	}
}

// Third review of b5bb16d (deals.analysisHouse): "broker" and "analys"
// inside a compound name firms that are no analysts ("Neobroker",
// "Datenanalyse-Spezialist"): the speaker's firm is the buyer.
func TestStop35Review3BrokerIsNoAnalystsFirm(t *testing.T) {
	for _, s := range []string{
		"„Der Preis ist fair“, sagte Anna Weber vom Berliner Neobroker Daxmoor, der Quorvex für 300 Millionen Euro übernimmt.",
		"„Der Preis ist fair“, sagte Anna Weber vom Münchner Datenanalyse-Spezialisten Daxmoor, der Quorvex für 300 Millionen Euro übernimmt.",
	} {
		_, ds := extractAll(t, "de", "Konzerne im Umbau\n\n"+s, "Daxmoor", "Quorvex")
		if d := firstIs(ds, model.Acquisition, "Daxmoor", "Quorvex"); d == nil {
			t.Errorf("%q: deals %+v: want Daxmoor's purchase of Quorvex", s, ds)
		}
	}
}

// Third review of b5bb16d (segment.dayBeforeMonth): a sentence ending in
// a small number before one opening with a month and a lower-case word
// ("5. August brachte", "45. April brought") is two sentences; joined,
// the first sentence's company becomes a side of the second's deal.
func TestStop35Review3NumberBeforeAMonthOpeningASentence(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Halvorsen rutschte in der Rangliste auf Platz 5. August brachte dann die Einigung: Veltraco übernimmt Quorvex für 50 Millionen Euro."},
		{"de", "Die Zahl der Filialen von Halvorsen sank auf 45. Mai und Juni standen im Zeichen der Übernahme von Quorvex durch Veltraco."},
		{"en", "Halvorsen's headcount fell to 45. April brought news that Veltraco would buy Quorvex for $50 million."},
	} {
		_, ds := extractAll(t, c.lang, "Deals\n\n"+c.text, "Veltraco", "Quorvex", "Halvorsen")
		for _, d := range ds {
			if slices.Contains(d.Parties, "Halvorsen") {
				t.Errorf("%q: deal %s %v: Halvorsen has no part", c.text, d.Type, d.Parties)
			}
		}
	}
}

// Third review of b5bb16d (cluster.twinOf): the guard against a misplaced
// report's twin holds only when the group's other outlet gives its price.
// Daxmoor buys Quorvex from Veltraco, terms undisclosed; the same day
// Veltraco sells a brand to Quorvex for $10m. The $10m report without a
// buyer joins the Daxmoor deal; the $10m sale's outlets must not follow.
func TestStop35Review3TwinOfAMisplacedReportBesideAnUnpricedOutlet(t *testing.T) {
	arts := []model.Article{{ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: "d"}}
	on := func(r report) report { r.Date = "2024-03-05"; return r }
	rs := []report{
		on(rep(0, model.Acquisition, "Daxmoor", 0, "Daxmoor", "Quorvex", "Veltraco")),
		on(rep(1, model.Acquisition, "", 10e6, "Veltraco", "Quorvex")),
		on(rep(2, model.Divestiture, "Quorvex", 10e6, "Veltraco", "Quorvex")),
		on(rep(3, model.Divestiture, "Quorvex", 10e6, "Veltraco", "Quorvex")),
	}
	for _, d := range cluster(arts, rs) {
		var src []string
		for _, s := range d.Sources {
			src = append(src, s.Article)
		}
		if slices.Contains(src, "a") && (slices.Contains(src, "c") || slices.Contains(src, "d")) {
			t.Errorf("the Daxmoor deal took the $10m Veltraco sale: sources %v", src)
		}
	}
}
