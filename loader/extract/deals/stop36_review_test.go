package deals

import (
	"testing"

	"dealwire/model"
)

// Review of e07d1f2 (allShares): a percentage of all the shares, all the
// shares one holder has, a stake paid in an all-share deal, "actions"
// that are lawsuits or a class of shares beside a stake: each is a stake,
// not the company bought.
func TestStop36ReviewAllSharesBesideAStakeIsAStake(t *testing.T) {
	wantOne(t, model.Investment, []langText{
		{"en", "Veltraco bought 5% of all the shares of Quorvex."},
		{"en", "Veltraco bought 5 million shares of Quorvex, or 8% of all the outstanding shares."},
		{"it", "Veltraco ha comprato il 5% di tutte le azioni di Quorvex."},
		{"es", "Veltraco compró el 5% de todas las acciones de Quorvex."},
		{"fr", "Veltraco a acheté 5% de toutes les actions de Quorvex."},
		{"en", "Veltraco will buy a 20% stake in Quorvex in an all-share deal."},
		{"en", "Veltraco bought a 20% stake in Quorvex after its bid for all the shares failed."},
		{"en", "Veltraco bought a 9.9% stake in Quorvex and may later bid for all the shares."},
		{"fr", "Veltraco prend une participation de 20% dans Quorvex et abandonne toutes les actions en justice."},
		{"fr", "Veltraco acquiert 20% de Quorvex et coordonnera toutes les actions commerciales du groupe."},
		{"es", "Veltraco compra el 20% de Quorvex y retira todas las acciones judiciales contra la compañía."},
		{"it", "Veltraco acquisirà una quota del 20% di Quorvex; tutte le azioni di marketing saranno coordinate."},
		{"fr", "Veltraco rachète la totalité des actions de préférence de Quorvex, soit 7% du capital."},
		{"en", "Veltraco will take a 15% stake in Quorvex; all the shares will be newly issued."},
		{"es", "Veltraco adquiere una participación del 20% en Quorvex; todas las acciones serán de nueva emisión."},
		{"de", "Veltraco übernimmt 20 Prozent an Quorvex, alle Anteile stammen aus einer Kapitalerhöhung."},
	}, "Veltraco", "Quorvex")
	wantOne(t, model.Investment, []langText{
		{"en", "Veltraco bought all the shares Daxmoor held in Quorvex, a 25% stake."},
		{"de", "Veltraco erwirbt sämtliche Anteile der Daxmoor an Quorvex, insgesamt 25 Prozent."},
		{"fr", "Veltraco rachète toutes les actions détenues par Daxmoor dans Quorvex, soit 25% du capital."},
		{"es", "Veltraco compra todas las acciones de Daxmoor en Quorvex, un 25% del capital."},
		{"it", "Veltraco rileva tutte le azioni di Quorvex detenute da Daxmoor, pari al 25% del capitale."},
	}, "Veltraco", "Quorvex", "Daxmoor")
}
