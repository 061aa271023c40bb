package extract

import (
	"strings"
	"testing"

	"dealwire/model"
)

type review50aCase struct {
	id, lang, text string
	companies      []string
}

// Review of 17041bf: "le due/les deux/los dos/die beiden/de deux" + any
// word is read as the article's pair, and a venture so read is no longer
// dropped as a side reading. Two plants, two years, two CEOs, "de deux
// ans", or a venture only considered or dissolved: none is a venture of
// the article's two companies. (Two partners named just before, "Veltraco
// already works with Quorvex ... the two partners", are still read as the
// article's pair, in English as before; and the German "könnten", folded
// to "konnten" as the past "were able to" is, hedges nothing.)
func TestReview50aNoVentureOfThePairFromOtherTwos(t *testing.T) {
	for _, c := range []review50aCase{
		{"fr-jvplanned", "fr", "Veltraco va acheter 49% de Brindle pour 500 millions d'euros. Veltraco aura trois sièges au conseil de Brindle. L'action Brindle a gagné 5%, tandis que Veltraco a reculé. Les deux partenaires envisagent aussi une coentreprise en Inde.", []string{"Veltraco", "Brindle"}},
		{"it-jvplanned", "it", "Veltraco comprerà il 49% di Brindle per 500 milioni di euro. Veltraco avrà tre posti nel consiglio di Brindle. Il titolo Brindle è salito del 5%, mentre Veltraco è sceso. I due partner valutano anche una joint venture in India.", []string{"Veltraco", "Brindle"}},
		{"it-jvplanned2", "it", "Veltraco comprerà il 49% di Brindle per 500 milioni di euro. Veltraco avrà tre posti nel consiglio di Brindle. Il titolo Brindle è salito del 5%, mentre Veltraco è sceso. I due gruppi potrebbero dare vita anche a una joint venture in India.", []string{"Veltraco", "Brindle"}},
		{"es-jvplanned", "es", "Veltraco comprará el 49% de Brindle por 500 millones de euros. Veltraco tendrá tres puestos en el consejo de Brindle. La acción de Brindle subió un 5%, mientras Veltraco cayó. Las dos aerolíneas estudian además una empresa conjunta en India.", []string{"Veltraco", "Brindle"}},
		{"de-jvplanned", "de", "Veltraco kauft 49 Prozent an Brindle für 500 Millionen Euro. Veltraco erhält drei Sitze im Aufsichtsrat von Brindle. Die Brindle-Aktie stieg um 5 Prozent, Veltraco gab nach. Die beiden Fluggesellschaften prüfen zudem ein Gemeinschaftsunternehmen in Indien.", []string{"Veltraco", "Brindle"}},
		{"fr-jvended", "fr", "Veltraco va acheter 49% de Brindle pour 500 millions d'euros. Veltraco aura trois sièges au conseil de Brindle. L'action Brindle a gagné 5%, tandis que Veltraco a reculé. Les deux partenaires avaient dissous leur coentreprise en Inde l'an dernier.", []string{"Veltraco", "Brindle"}},
		{"fr-years-jv", "fr", "Veltraco va acheter 49% de Brindle pour 500 millions d'euros. Veltraco aura trois sièges au conseil de Brindle. L'action Brindle a gagné 5%, tandis que Veltraco a reculé. Les deux dernières années, le groupe a créé une coentreprise avec un fabricant chinois.", []string{"Veltraco", "Brindle"}},
		{"es-years-jv", "es", "Veltraco comprará el 49% de Brindle por 500 millones de euros. Veltraco tendrá tres puestos en el consejo de Brindle. La acción de Brindle subió un 5%, mientras Veltraco cayó. En los dos últimos años, el grupo creó una empresa conjunta con un fabricante chino.", []string{"Veltraco", "Brindle"}},
		{"fr-plants-jv", "fr", "Veltraco va acheter 49% de Brindle pour 500 millions d'euros. Veltraco aura trois sièges au conseil de Brindle. L'action Brindle a gagné 5%, tandis que Veltraco a reculé. Les deux usines seront apportées à une coentreprise avec un partenaire local.", []string{"Veltraco", "Brindle"}},
		{"it-plants-jv", "it", "Veltraco comprerà il 49% di Brindle per 500 milioni di euro. Veltraco avrà tre posti nel consiglio di Brindle. Il titolo Brindle è salito del 5%, mentre Veltraco è sceso. I due stabilimenti confluiranno in una joint venture con un partner locale.", []string{"Veltraco", "Brindle"}},
		{"es-plants-jv", "es", "Veltraco comprará el 49% de Brindle por 500 millones de euros. Veltraco tendrá tres puestos en el consejo de Brindle. La acción de Brindle subió un 5%, mientras Veltraco cayó. Las dos plantas se integrarán en una empresa conjunta con un socio local.", []string{"Veltraco", "Brindle"}},
		{"de-plants-jv", "de", "Veltraco kauft 49 Prozent an Brindle für 500 Millionen Euro. Veltraco erhält drei Sitze im Aufsichtsrat von Brindle. Die Brindle-Aktie stieg um 5 Prozent, Veltraco gab nach. Die beiden Werke sollen in ein Gemeinschaftsunternehmen mit einem lokalen Partner eingebracht werden.", []string{"Veltraco", "Brindle"}},
		{"es-clause", "es", "Veltraco anunció que Brindle será su socio. Veltraco y Brindle trabajarán juntos. Brindle tiene 300 empleados, declaró Veltraco. Veltraco compró el 30% de Brindle en marzo, y tras más de dos años de pérdidas creó una empresa conjunta con un grupo chino.", []string{"Veltraco", "Brindle"}},
		{"fr-clause", "fr", "Veltraco a annoncé que Brindle sera son partenaire. Veltraco et Brindle travailleront ensemble. Brindle emploie 300 personnes, a déclaré Veltraco. Veltraco a acheté 30% de Brindle en mars, et après plus de deux ans de pertes a créé une coentreprise avec un groupe chinois.", []string{"Veltraco", "Brindle"}},
		{"it-ceos-jv", "it", "Veltraco comprerà il 49% di Brindle per 500 milioni di euro. Veltraco avrà tre posti nel consiglio di Brindle. Il titolo Brindle è salito del 5%, mentre Veltraco è sceso. I due amministratori delegati avevano già guidato insieme una joint venture in Cina, poi sciolta.", []string{"Veltraco", "Brindle"}},
	} {
		_, ds := extractAll(t, c.lang, c.text, c.companies...)
		if d := dealOf(ds, model.JointVenture, "Veltraco", "Brindle"); d != nil && d.Status != model.Failed {
			t.Errorf("%s: false venture of Veltraco and Brindle: %+v", c.id, *d)
		}
	}
}

// Review of 17041bf: "the two" before a paying verb that buys two things
// ("Per le due divisioni il gruppo pagherà 800 milioni") is the price of
// the article's purchase, not the two paying together.
func TestReview50aPriceForTheTwoUnitsKept(t *testing.T) {
	for _, c := range []struct {
		review50aCase
		value float64
	}{
		{review50aCase{"it-pay2div", "it", "Veltraco e Brindle hanno firmato ieri l'intesa. Veltraco rileverà le attività europee di Brindle, che si concentrerà sull'Asia. Brindle ha chiuso il 2019 in perdita, ricorda Veltraco. Per le due divisioni il gruppo pagherà 800 milioni di euro.", []string{"Veltraco", "Brindle"}}, 8e+08},
		{review50aCase{"de-pay2werke", "de", "Veltraco übernimmt Teile von Brindle. Der Konzern Veltraco setzt damit auf Chemie, wo Brindle stark ist. Brindle hat 300 Mitarbeiter, erklärte Veltraco. Für die beiden Werke zahlt der Konzern 300 Millionen Euro.", []string{"Veltraco", "Brindle"}}, 3e+08},
		{review50aCase{"fr-pay2usines", "fr", "Veltraco va racheter des actifs de Brindle. Le groupe Veltraco veut ainsi se renforcer dans la chimie, où Brindle est leader. Brindle emploie 300 personnes, a déclaré Veltraco. Pour les deux usines, le groupe paiera 300 millions d'euros.", []string{"Veltraco", "Brindle"}}, 3e+08},
	} {
		_, ds := extractAll(t, c.lang, c.text, c.companies...)
		d := dealOf(ds, model.Acquisition, "Veltraco", "Brindle")
		if d == nil || d.Value == nil || d.Value.Value != c.value {
			t.Errorf("%s: want the purchase priced %g, got %+v", c.id, c.value, ds)
		}
	}
}

// Review of 17041bf: "Les deux rivaux avaient fusionné en 2017", of two
// rivals named just before, is no date of the article's purchase.
func TestReview50aRivalsMergerDoesNotDateThePurchase(t *testing.T) {
	c := review50aCase{"fr-rivals", "fr", "Veltraco rachète Brindle pour 500 millions d'euros. Le groupe Veltraco veut ainsi se renforcer dans la chimie face à Brindle et ses concurrents. Brindle emploie 300 personnes, a déclaré Veltraco. Ses principaux rivaux sont Daxmoor et Trelawny. Les deux rivaux avaient fusionné en 2017.", []string{"Veltraco", "Brindle", "Daxmoor", "Trelawny"}}
	_, ds := extractAll(t, c.lang, c.text, c.companies...)
	d := dealOf(ds, model.Acquisition, "Veltraco", "Brindle")
	if d == nil || strings.HasPrefix(d.Date, "2017") {
		t.Errorf("%s: want the purchase undated by the rivals' 2017 merger, got %+v", c.id, ds)
	}
}
