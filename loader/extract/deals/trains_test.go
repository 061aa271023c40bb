package deals

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Trains bought from their maker, or built for an operator, are goods: a
// supply deal, not a takeover ("DSB kauft ... mindestens 100
// Elektrotriebzüge beim Hersteller Alstom", "chosen to build at least 100
// electric trains for DSB").
func TestTrainsAreGoods(t *testing.T) {
	wantOne(t, model.Supply, []langText{
		{"de", "Die dänische Staatsbahn Brindle kauft für rund 20 Milliarden Kronen mindestens 100 Elektrotriebzüge beim französischen Hersteller Veltraco."},
		{"es", "Los ferrocarriles estatales daneses, Brindle, han elegido a Veltraco para suministrar al menos 100 trenes eléctricos en un contrato valorado en 20.000 millones de coronas danesas."},
		{"en", "Veltraco has been chosen to build at least 100 electric trains for Brindle, Denmark's state-owned railway operator, in a deal worth about £2.3bn."},
		{"it", "Brindle ha scelto Veltraco per costruire 100 treni elettrici in un contratto da 2,7 miliardi di euro."},
		// the customer described before its name, after a price, or the subject
		{"en", "Veltraco was chosen to build at least 100 electric trains for the Danish state railway operator Brindle."},
		{"en", "Veltraco will build 100 electric trains, worth 2.6 billion euros, for Brindle."},
		{"en", "Veltraco will build 100 trains for around 2.6 billion euros for Brindle."},
		{"en", "Brindle has chosen Veltraco to build 100 electric trains for its regional network."},
	}, "Veltraco", "Brindle")
}

// To build without goods built is no delivery: "Together we will build
// the leader" tells no deal of any kind.
func TestBuildingNoGoodsIsNoDeal(t *testing.T) {
	for _, text := range []string{
		`"Together we will build the leader of the employee experience," said Veltraco's chief executive.`,
		"Veltraco plans to build its business in Asia.",
		// goods built for no customer, or as the purpose of a purchase
		"Veltraco and Brindle will build batteries together in Nevada.",
		"Veltraco builds cars in Kentucky, while Brindle builds cars in Ohio.",
		"Veltraco bought Brindle for 5.5 billion euros to build more trains.",
	} {
		s := sentence(text, "Veltraco", "Brindle")
		for _, k := range KindsIn(s.Tokens) {
			if k == model.Supply {
				t.Errorf("%q: kinds %q, want no supply", text, KindsIn(s.Tokens))
			}
		}
		if got := Find(s, "en", ""); slices.ContainsFunc(got, func(f Found) bool { return f.Type == model.Supply }) {
			t.Errorf("%q: %+v, want no supply", text, got)
		}
	}
}

// The Spanish and Italian past subjunctive of selling and buying tells a
// deal, as the clauses after "después de que", "dopo che" put it
// ("después de que Bouygues vendiera en marzo la mitad de la
// participación": a sale, not a venture of halves).
func TestSubjunctiveSalesAndPurchases(t *testing.T) {
	wantOne(t, model.Divestiture, []langText{
		{"es", "Y también después de que Veltraco, hasta hace poco su principal accionista, vendiera en marzo la mitad de la participación que aún conservaba en Brindle."},
		{"it", "Il titolo è salito dopo che Veltraco cedesse a marzo metà della sua quota in Brindle."},
	}, "Veltraco", "Brindle")
	wantOne(t, model.Acquisition, []langText{
		{"es", "Todo cambió después de que Veltraco adquiriera Brindle en 2019 por 200 millones de euros."},
		{"it", "Tutto è cambiato prima che Veltraco acquistasse Brindle nel 2019 per 200 milioni di euro."},
	}, "Veltraco", "Brindle")
}

// Goods built for a market, not a company, are no supply deal between
// the builders.
func TestBuildingForAMarketIsNoSupply(t *testing.T) {
	wantNoneOf(t, []string{model.Supply}, []langText{
		{"en", "Veltraco and Brindle are building trains for the Indian market."},
	}, "Veltraco", "Brindle")
}

// "Im Zuge" is "in the course of", no trains: a purchase told with it is
// still a purchase.
func TestImZugeIsNoGoods(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"de", "Veltraco hat Brindle im Zuge seiner Strategie gekauft."},
	}, "Veltraco", "Brindle")
}

// A past subjunctive outside a clause of time supposes a deal: none is
// told ("Se UniCredit acquistasse Commerzbank, ...").
func TestSubjunctiveHypothesesAreNoDeals(t *testing.T) {
	wantNone(t, []langText{
		{"it", "Se Veltraco acquistasse Brindle, nascerebbe un colosso del credito."},
		{"es", "Si Veltraco adquiriera Brindle, se convertiría en el mayor banco del país."},
		{"es", "Si Veltraco vendiera Brindle, obtendría 3.000 millones de euros."},
		{"it", "Qualora l'Antitrust rilevasse una posizione dominante di Brindle, Veltraco rischierebbe una multa."},
		{"it", "Dopo che il governo ha avvertito che se Veltraco acquistasse Brindle ci sarebbero problemi, il titolo è sceso."},
	}, "Veltraco", "Brindle")
	// the Spanish "-ra" form in a relative clause is a plain past
	wantOne(t, model.Acquisition, []langText{
		{"es", "Veltraco, que adquiriera Brindle en 2005 por 26.000 millones de libras, estudia ahora otra compra."},
	}, "Veltraco", "Brindle")
}
