package deals

import (
	"slices"
	"testing"

	"dealwire/model"
)

// A part of a company sold to a named buyer is that buyer's investment,
// however the share is told: a stake measured after its noun, a fraction,
// or a percentage after a year. Who receives it invests, not the seller.
func TestMinoritySoldIsTheBuyersInvestment(t *testing.T) {
	wantBoughtBy(t, model.Investment, "Brindle", []langText{
		{"en", "Veltraco said on Wednesday it would sell a stake of 8.1 per cent to Brindle for $1 billion."},
		{"it", "Veltraco ha ceduto una quota del 20% a Brindle per 100 milioni di euro."},
		{"es", "Veltraco vendió una participación del 20% a Brindle por 100 millones de euros."},
		{"fr", "Veltraco a cédé une participation de 20 % à Brindle pour 100 millions d'euros."},
		{"en", "Veltraco sold a quarter of its unit Quorvex to Brindle for $190 million in 2014."},
		{"fr", "Veltraco a cédé en 2014 25 % de la mine à Brindle pour 190 millions de dollars."},
		{"en", "Veltraco agreed to sell a 20% stake in its unit to Brindle for $1 billion."},
	})
}

// wantBoughtBy fails t for each case not read as one deal of type typ
// whose buyer is buyer (Veltraco, Brindle and Quorvex named).
func wantBoughtBy(t *testing.T, typ, buyer string, cases []langText) {
	t.Helper()
	for _, c := range cases {
		got := Find(sentence(c.text, "Veltraco", "Brindle", "Quorvex"), c.lang, "2024-03-05")
		if len(got) != 1 || got[0].Type != typ || got[0].Buyer != buyer {
			t.Errorf("%s %q: %+v, want one %s bought by %s", c.lang, c.text, got, typ, buyer)
		}
	}
}

// A stake the seller calls its own, or names as the one it holds, is all
// it held: news tells that exit as the seller's divestiture, whatever the
// stake's size ("Ashland sold its 38 percent stake in Marathon Ashland
// Petroleum to its partner Marathon Oil").
func TestOwnStakeSoldIsADivestiture(t *testing.T) {
	wantBoughtBy(t, model.Divestiture, "Brindle", []langText{
		{"en", "Veltraco sold its 38 percent stake in Quorvex to Brindle for $3.7 billion in 2005."},
		{"it", "Veltraco ha ceduto la sua quota del 38% in Quorvex a Brindle per 3,7 miliardi di dollari."},
		{"fr", "Veltraco a cédé sa participation de 40 % dans Quorvex à Brindle pour 757 millions de livres."},
		{"fr", "Veltraco cède à Brindle la participation de 32 % qu'elle détient dans Quorvex pour 146 millions de dollars."},
	})
}

// Two numbers apart are a year and a percentage, not a whole number and
// its fraction: "en 2014 25 %" is a quarter, not 2014.25 per cent.
func TestPercentAfterAYear(t *testing.T) {
	for _, c := range []struct {
		text string
		want float64
	}{
		{"Veltraco a cédé en 2014 25 % de la mine.", 25},
		{"Veltraco a cédé 80,1 % de la mine.", 80.1},
	} {
		ws := foldInto(words{}, sentence(c.text, "Veltraco").Tokens)
		i := slices.Index(ws.w, "%")
		if n, ok := percentBefore(ws, i); !ok || n != c.want {
			t.Errorf("%q: percentBefore = %v, %v; want %v", c.text, n, ok, c.want)
		}
	}
}

// A few words before the subject and its apposition ("In 2015,", "En
// sens inverse,") leave the subject the side that acts, and the company
// the apposition names no side.
func TestSubjectAfterAnOpenerAndBeforeAnApposition(t *testing.T) {
	cases := []struct{ lang, text, typ string }{
		{"en", "In 2015, Veltraco, the German group, bought Quorvex from Brindle for $2 billion.", model.Acquisition},
		{"en", "On the other hand, Veltraco, the German group, bought Quorvex from Brindle for $2 billion.", model.Acquisition},
		{"fr", "En sens inverse, Veltraco, la société qui contrôle Daxmoor, vend à Brindle une participation de 9,8 % dans Quorvex.", model.Investment},
	}
	for _, c := range cases {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Brindle", "Daxmoor"), c.lang, "2024-03-05")
		if len(got) != 1 || got[0].Type != c.typ || !slices.Contains(got[0].Parties, "Veltraco") || slices.Contains(got[0].Parties, "Daxmoor") {
			t.Errorf("%s %q: %+v, want a %s with Veltraco a side and not Daxmoor", c.lang, c.text, got, c.typ)
		}
	}
}

// Money invested, in the compound past and the plural of French, Spanish
// and Italian ("a investi", "había invertido", "investirono"), is an
// investment as the present and the infinitive are; the participle alone
// is not read ("investi lundi": sworn in).
func TestInvestedInEveryTense(t *testing.T) {
	wantOne(t, model.Investment, []langText{
		{"fr", "Veltraco avait investi 180 millions de dollars dans Quorvex en janvier."},
		{"fr", "Veltraco a investi 180 millions de dollars dans Quorvex."},
		{"es", "Veltraco había invertido 180 millones de dólares en Quorvex."},
		{"es", "Veltraco y Brindle invirtieron 180 millones de dólares en Quorvex."},
		{"it", "Veltraco e Brindle investirono 180 milioni di dollari in Quorvex."},
	}, "Veltraco", "Quorvex")
}

// Purchases in the plural past of Italian are deals as their other forms
// are.
func TestBoughtAndSoldInMoreForms(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"it", "Veltraco e Brindle comprarono Quorvex nel 2015 per 500 milioni di euro."},
		{"it", "Veltraco e Brindle acquisirono Quorvex nel 2015 per 500 milioni di euro."},
		{"it", "Veltraco e Brindle acquistarono Quorvex nel 2015 per 500 milioni di euro."},
	}, "Veltraco", "Quorvex")
}

// The forms the review of the new words showed to have common senses
// that are no deal stay out: "acquise" (won, gained), a bare "investi"
// (sworn in, nominated), "erwarben" by investors, "investono" by
// investors, "cesión" of data, "se ha invertido" (reversed).
func TestStop45ReviewWordsLeftOut(t *testing.T) {
	wantNoneOf(t, []string{model.Acquisition, model.Investment, model.Divestiture}, []langText{
		{"fr", "La victoire semblait acquise pour Veltraco face à Brindle dans l'appel d'offres."},
		{"fr", "L'ancien patron de Veltraco a été investi par le parti pour les législatives, a indiqué Brindle."},
		{"de", "Anleger erwarben Aktien von Veltraco, während Brindle nachgab."},
		{"it", "Gli investitori investono in Veltraco e Brindle, titoli in rialzo."},
		{"es", "La cesión de datos de Veltraco a Brindle está investigada por la AEPD."},
		{"es", "La tendencia se ha invertido para Veltraco y Brindle este año."},
	}, "Veltraco", "Brindle")
}

// The review of 3056b5f: a percentage or a fraction that is a price, a
// fall, another company's holding or a part of the seller's stores sells
// no share of a company; a part of the seller's own stake is a share, and
// a buyer named first, after the verb, is the investor.
func TestStop45ReviewWhatAMinoritySaleIsNot(t *testing.T) {
	for _, c := range []langText{
		{"en", "Veltraco sold Quorvex to Brindle for 20% of its book value."},
		{"en", "Veltraco sold Quorvex to Brindle as sales fell 20% in the quarter."},
		{"en", "Veltraco agreed to sell Quorvex to Brindle which owns 20% of Daxmoor."},
		{"fr", "Veltraco a vendu Quorvex à Brindle pour 30 % de sa valeur comptable."},
		{"es", "Veltraco vendió Quorvex a Brindle por un 30% de su valor contable."},
		{"en", "Veltraco sold a quarter of its stores to Brindle."},
		{"de", "Veltraco hat ein Viertel seiner Filialen an Brindle verkauft."},
		{"de", "Veltraco hat Quorvex für ein Drittel des Kaufpreises an Brindle verkauft."},
	} {
		for _, f := range Find(sentence(c.text, "Veltraco", "Brindle", "Quorvex", "Daxmoor"), c.lang, "2024-03-05") {
			if f.Type == model.Investment {
				t.Errorf("%s %q: %+v, want no investment", c.lang, c.text, f)
			}
		}
	}
	wantBoughtBy(t, model.Investment, "Brindle", []langText{
		{"en", "Veltraco sold part of its 40% stake in Quorvex to Brindle."},
		{"en", "Veltraco sold half of its 20% stake in Quorvex to Brindle for $1 billion."},
		{"en", "Veltraco sold Brindle a 16% stake in Quorvex for 1.2 billion euros."},
		{"en", "Veltraco sold to Brindle a 20% stake in Quorvex."},
	})
}

// A German investor's compound ("der Beteiligungsinvestor Ardian") names
// the kind of firm, no stake; and the "an" after a stake ("seine
// Mehrheitsbeteiligung an Schleich an Partners Group") says what it is in,
// not who buys it.
func TestGermanStakeInAndInvestorCompound(t *testing.T) {
	got := Find(sentence("Der französische Beteiligungsinvestor Veltraco verkauft seine Mehrheitsbeteiligung an Quorvex an Brindle.", "Veltraco", "Brindle", "Quorvex"), "de", "2024-03-05")
	if len(got) != 1 || got[0].Type != model.Divestiture || got[0].Buyer != "Brindle" {
		t.Errorf("%+v, want Veltraco's divestiture to Brindle", got)
	}
	// (where the verb comes last the buyer is left unread: the divestiture
	// names no one, which is better than the company the stake is in)
	got = Find(sentence("Veltraco hat seinen Anteil an Quorvex an Brindle verkauft.", "Veltraco", "Brindle", "Quorvex"), "de", "2024-03-05")
	if len(got) != 1 || got[0].Buyer == "Quorvex" {
		t.Errorf("%+v, want Quorvex no buyer", got)
	}
}

// A stake a company keeps is held on, not dealt ("sollen einen
// bedeutenden Anteil behalten", "manterrà una quota del 20%", "Il
// conservera une participation minoritaire de 39 %"); a sale beside it
// is still a sale.
func TestKeptStakeIsNoDeal(t *testing.T) {
	for _, c := range []langText{
		{"de", "Veltraco und das Handelshaus Brindle, bislang die wichtigsten Aktionäre des Autobauers, sollen zwar einen bedeutenden Anteil behalten, verlieren aber die Führungsrolle."},
		{"it", "Veltraco manterrà una quota del 20% in Brindle."},
		{"fr", "Veltraco conservera une participation minoritaire de 39 % dans Brindle."},
	} {
		if got := Find(sentence(c.text, "Veltraco", "Brindle"), c.lang, "2024-03-05"); len(got) != 0 {
			t.Errorf("%s %q: %+v, want no deal", c.lang, c.text, got)
		}
	}
	wantBoughtBy(t, model.Divestiture, "Brindle", []langText{
		{"en", "Veltraco agreed to sell its Quorvex unit to Brindle for $1 billion and will keep a 20% stake in it."},
	})
}

// Keeping on is no keeping: "kept increasing its stake" still buys.
func TestKeepingOnIsNoKeeping(t *testing.T) {
	wantOne(t, model.Investment, []langText{
		{"en", "Veltraco kept increasing its stake in Brindle during the year."},
	}, "Veltraco", "Brindle")
}
