package extract

import (
	"testing"

	"dealwire/model"
)

// stop36Kept fails t unless a deal of type typ (and status, if given) cites
// the sentence evidence.
func stop36Kept(t *testing.T, ds []model.Deal, evidence, typ, status string) {
	t.Helper()
	for _, d := range ds {
		for _, s := range d.Sources {
			if s.Evidence == evidence && d.Type == typ && (status == "" || d.Status == status) {
				return
			}
		}
	}
	for _, d := range ds {
		t.Logf("deal %s %s %v: %q", d.Type, d.Status, d.Parties, d.Sources[0].Evidence)
	}
	t.Errorf("no %s %s deal told by %q", status, typ, evidence)
}

// Review of 07a7d7c (toldAgain): a failed bid the other way round, or
// failed merger talks, beside the purchase two outlets tell, is a deal of
// its own (the status sets it apart).
func TestStop36ReviewFailedBidStaysADeal(t *testing.T) {
	other := articleBreak + "Quorvex rachète Brindle\n\n" +
		"Quorvex va racheter Brindle pour 2,2 milliards d'euros, a annoncé mercredi le groupe."
	for _, c := range []struct{ lang, head, lead, second, typ string }{
		{"en", "Quorvex to buy Brindle", "Quorvex agreed to buy Brindle for 2.2 billion euros on Wednesday.", "Brindle had tried to buy Quorvex, but its offer was rejected.", model.Acquisition},
		{"en", "Quorvex to buy Brindle", "Quorvex agreed to buy Brindle for 2.2 billion euros on Wednesday.", "Brindle tried to take over Quorvex but gave up after shareholders rejected the offer.", model.Acquisition},
		{"en", "Quorvex to buy Brindle", "Quorvex agreed to buy Brindle for 2.2 billion euros on Wednesday.", "Quorvex and Brindle had discussed a merger, but the talks collapsed.", model.Merger},
		{"en", "Quorvex to buy Brindle", "Quorvex agreed to buy Brindle for 2.2 billion euros on Wednesday.", "Brindle's deal to merge with Quorvex had collapsed when regulators objected.", model.Merger},
		{"it", "Quorvex compra Brindle", "Quorvex ha raggiunto un accordo per acquistare Brindle per 2,2 miliardi di euro.", "Brindle aveva tentato di acquisire Quorvex, ma l'offerta era stata respinta.", model.Acquisition},
		{"es", "Quorvex compra Brindle", "Quorvex ha acordado comprar Brindle por 2.200 millones de euros.", "Brindle había intentado comprar Quorvex, pero su oferta fue rechazada.", model.Acquisition},
	} {
		body := c.head + "\n\n" + c.lead + " " + c.second + other
		_, ds := extractAll(t, c.lang, body, "Quorvex", "Brindle")
		stop36Kept(t, ds, c.second, c.typ, model.Failed)
	}
}

// A failed partnership beside the joint venture two outlets tell.
func TestStop36ReviewFailedPartnershipBesideVenture(t *testing.T) {
	second := "Quorvex and Brindle ended their marketing partnership in Asia, which had failed."
	body := "Quorvex and Brindle form battery venture\n\n" +
		"Quorvex and Brindle will form a joint venture to make battery cells in Poland. " + second +
		articleBreak + "Quorvex et Brindle créent une coentreprise\n\n" +
		"Quorvex et Brindle vont créer une coentreprise pour fabriquer des cellules de batteries en Pologne."
	_, ds := extractAll(t, "en", body, "Quorvex", "Brindle")
	stop36Kept(t, ds, second, model.Partnership, model.Failed)
}

// A stake taken in return is a second stake, the other way round.
func TestStop36ReviewStakeInReturnStaysADeal(t *testing.T) {
	second := "In return, Brindle will take a 5% stake in Quorvex next year."
	body := "Quorvex takes stake in Brindle\n\n" +
		"Quorvex will buy a 20% stake in Brindle for 300 million pounds. " + second +
		articleBreak + "Quorvex prend 20% de Brindle\n\n" +
		"Quorvex va acquérir une participation de 20% dans Brindle pour 300 millions de livres."
	_, ds := extractAll(t, "en", body, "Quorvex", "Brindle")
	stop36Kept(t, ds, second, model.Investment, "")
}

// A second venture with a partner the other outlet names in the first.
func TestStop36ReviewSecondVentureStaysADeal(t *testing.T) {
	second := "Daxmoor and Brindle will form a second joint venture for recycling."
	body := "Quorvex and Brindle form battery venture\n\n" +
		"Quorvex and Brindle will form a joint venture to make battery cells in Poland. " + second +
		articleBreak + "Quorvex et Brindle créent une coentreprise\n\n" +
		"Quorvex et Brindle vont créer une coentreprise avec Daxmoor pour fabriquer des cellules de batteries en Pologne."
	_, ds := extractAll(t, "en", body, "Quorvex", "Brindle", "Daxmoor")
	stop36Kept(t, ds, second, model.JointVenture, "")
}
