package deals

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Stakes taken in an alliance made in the same clause seal the alliance:
// news tells it as a partnership ("a strategic alliance with a cross
// shareholding", "un'alleanza di capitale"). An alliance that exists, or a
// company named Allianz, leaves a stake a stake.
func TestStakesThatSealAnAlliance(t *testing.T) {
	wantOne(t, model.Partnership, []langText{
		{"fr", "Veltraco et Brindle ont signé un accord d'alliance stratégique assorti d'une prise de participation croisée : chacun investira l'équivalent d'un milliard de dollars dans le capital de l'autre."},
		{"es", "Veltraco y Brindle firmaron ayer una alianza estratégica que incluye un intercambio accionarial: cada una invertirá 1.000 millones de dólares en la otra."},
		{"it", "Veltraco e Brindle hanno firmato ieri un accordo per un'alleanza di capitale: Veltraco rileverà il 30% di Brindle."},
		// the alliance in a clause of its own, the stake in the next
		{"en", "On Thursday, Veltraco signed a basic agreement to form what both companies called a \"far-reaching strategic alliance\", under which Veltraco will take a 34% stake in Brindle for ¥237 billion."},
		// a good third is a third
		{"de", "Der japanische Autobauer Veltraco übernimmt ein gutes Drittel der Konkurrentin Brindle und schmiedet mit ihr eine weitreichende strategische Allianz."},
	}, "Veltraco", "Brindle")
	wantOne(t, model.Investment, []langText{
		{"fr", "Dans le cadre du rééquilibrage de l'alliance, Veltraco a pris une participation de 15 % dans Brindle."},
		{"en", "Allianz took a 10% stake in Brindle for $1 billion."},
	}, "Veltraco", "Brindle", "Allianz")
}

// "Intesa" is an understanding, of any kind of deal: the kind comes from
// the words around it or the deal it tells, not an alliance by itself
// ("ha dovuto sciogliere l'intesa raggiunta a maggio con una cordata di
// fondi ..., che offriva 14 dollari per azione").
func TestIntesaNamesNoKindOfDeal(t *testing.T) {
	for _, text := range []string{
		"Veltraco ha dovuto sciogliere l'intesa raggiunta a maggio con Brindle, che offriva 14 dollari per azione.",
		"Veltraco ha annunciato ieri l'intesa con Brindle.",
	} {
		for _, f := range Find(sentence(text, "Veltraco", "Brindle"), "it", "2024-03-05") {
			if f.Type == model.Partnership {
				t.Errorf("%q: %+v, want no partnership", text, f)
			}
		}
	}
}

// A share swap told as the means of a merger named after it, past a
// comma ("combinarán sus negocios mediante un intercambio de acciones, en
// lo que ambas describen como una fusión entre iguales"), is how the
// merger is paid, no stake.
func TestSwapThatPaysAMergerNamedAfterIt(t *testing.T) {
	wantOne(t, model.Merger, []langText{
		{"es", "Veltraco y su rival Brindle anunciaron ayer que combinarán sus negocios mediante un intercambio de acciones, en lo que ambas describen como una fusión entre iguales."},
	}, "Veltraco", "Brindle")
}

// The review of 449bee8 and 08ad2ec: an alliance in another clause (a
// relative about the buyer, another pair's), one that ends, or a limited
// partnership leaves a stake a stake; a hedged fraction of votes is no
// stake; an "intesa" named strategic, commercial or industrial, or a
// memorandum of understanding, is an alliance.
func TestStop45ReviewAlliancesThatSealNothing(t *testing.T) {
	for _, c := range []langText{
		{"en", "Veltraco, which formed a strategic alliance with Brindle in 2010, bought a 20% stake in Quorvex for $1 billion."},
		{"en", "Veltraco and Brindle formed a strategic alliance, and Quorvex bought a 10% stake in Daxmoor."},
		{"en", "Veltraco bought a 25% stake in Brindle from a limited partnership controlled by Quorvex."},
		{"en", "Veltraco bought a 20% stake in Brindle from Quorvex, ending a strategic partnership."},
	} {
		for _, f := range Find(sentence(c.text, "Veltraco", "Brindle", "Quorvex", "Daxmoor"), c.lang, "2024-03-05") {
			if f.Type == model.Partnership && slices.Contains(f.Parties, "Quorvex") {
				t.Errorf("%s %q: %+v, a stake read as the alliance", c.lang, c.text, f)
			}
		}
	}
	// the stake stays one, beside the alliance its relative tells
	got := Find(sentence("Veltraco, which formed a strategic alliance with Brindle in 2010, bought a 20% stake in Quorvex for $1 billion.", "Veltraco", "Brindle", "Quorvex"), "en", "2024-03-05")
	if !slices.ContainsFunc(got, func(f Found) bool { return f.Type == model.Investment && slices.Contains(f.Parties, "Quorvex") }) {
		t.Errorf("%+v, want the stake in Quorvex an investment", got)
	}
	wantOne(t, model.Acquisition, []langText{
		{"en", "Veltraco got a good third of the votes and bought Brindle."},
	}, "Veltraco", "Brindle")
	wantOne(t, model.Partnership, []langText{
		{"it", "Veltraco e Brindle hanno firmato un'intesa strategica per sviluppare nuovi motori."},
		{"it", "Veltraco ha firmato un'intesa commerciale con Brindle."},
		{"it", "Veltraco ha firmato un memorandum d'intesa con Brindle."},
	}, "Veltraco", "Brindle")
	got = Find(sentence("Veltraco verkauft seinen Quorvex-Anteil an Brindle.", "Veltraco", "Brindle", "Quorvex"), "de", "2024-03-05")
	if len(got) != 1 || got[0].Buyer != "Brindle" {
		t.Errorf("%+v, want Brindle the buyer", got)
	}
}

// A relative clause whose list of names runs over a comma ("Veltraco,
// which flies regional routes for Delta Air Lines, United and US Airways,
// had bought Brindle") describes the subject: the subject buys, the names
// of the list are no sides.
func TestRelativeWithAListBeforeTheVerb(t *testing.T) {
	for _, c := range []langText{
		{"en", "Veltraco, which flies regional routes for Delta Air Lines, United and US Airways, had bought Brindle in 2009 for $108.8 million."},
		{"fr", "Veltraco, qui exploite surtout des vols régionaux pour le compte de Delta Air Lines, United et US Airways, avait racheté Brindle en 2009 pour 108,8 millions de dollars."},
		// a few words before the subject too
		{"en", "In 2015, Veltraco, which flies regional routes for Delta Air Lines, United and US Airways, had bought Brindle for $108.8 million."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Brindle", "Delta Air Lines", "United", "US Airways"), c.lang, "2013-10-02")
		if len(got) != 1 || got[0].Buyer != "Veltraco" || !slices.Equal(got[0].Parties, []string{"Veltraco", "Brindle"}) {
			t.Errorf("%s %q: %+v, want Veltraco buying Brindle", c.lang, c.text, got)
		}
	}
}
