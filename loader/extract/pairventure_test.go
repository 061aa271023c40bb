package extract

import (
	"testing"

	"dealwire/model"
)

// A venture "the two" form beside a stake one buys in the other is a deal
// of its own, though the sentence names neither: "the two" is a reading of
// the article's pair, not a guess, so the venture is no side reading of
// the stake (sidereadings.go) and stays listed.
func TestVentureOfTheTwoBesideAStakeIsListed(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco has agreed to pay £224m for the 49% of Brindle owned by Quorvex. Veltraco will get three seats on the board of Brindle. Alongside the share purchase, the two airlines will form a joint venture on routes between Europe and Asia."},
		{"it", "Veltraco pagherà 224 milioni di sterline per il 49% di Brindle detenuto da Quorvex. Veltraco avrà tre posti nel consiglio di Brindle. Le due compagnie daranno vita inoltre a una joint venture sulle rotte tra Europa e Asia."},
		{"es", "Veltraco pagará 224 millones de libras por el 49% de Brindle que poseía Quorvex. Veltraco tendrá tres puestos en el consejo de Brindle. Además, las dos aerolíneas crearán una empresa conjunta para los vuelos entre Europa y Asia."},
		{"fr", "Veltraco va payer 224 millions de livres pour les 49% de Brindle détenus par Quorvex. Veltraco aura trois sièges au conseil de Brindle. Les deux compagnies vont aussi créer une coentreprise sur les liaisons entre l'Europe et l'Asie."},
		{"de", "Veltraco zahlt 224 Millionen Pfund für die 49 Prozent an Brindle, die Quorvex gehören. Veltraco erhält drei Sitze im Verwaltungsrat von Brindle. Die beiden Fluggesellschaften wollen zudem ein Gemeinschaftsunternehmen für die Strecken zwischen Europa und Asien gründen."},
	} {
		_, ds := extractAll(t, c.lang, c.text, "Veltraco", "Quorvex", "Brindle")
		if d := dealOf(ds, model.JointVenture, "Veltraco", "Brindle"); d == nil {
			t.Errorf("%s %q: want the venture of Veltraco and Brindle beside the stake, got %+v", c.lang, c.text, ds)
		}
		if d := dealOf(ds, model.Investment, "Veltraco", "Brindle"); d == nil {
			t.Errorf("%s %q: want Veltraco's stake in Brindle, got %+v", c.lang, c.text, ds)
		}
	}
}

// A venture "the two" dissolved, or only could form, is none they hold:
// beside the stake, only the stake is listed.
func TestVentureOfTheTwoDissolvedOrPossibleIsNotListed(t *testing.T) {
	stake := map[string]string{
		"en": "Veltraco will buy 49% of Brindle for $500 million. Veltraco will get three seats on the board of Brindle. ",
		"fr": "Veltraco va acheter 49% de Brindle pour 500 millions d'euros. Veltraco aura trois sièges au conseil de Brindle. ",
		"it": "Veltraco comprerà il 49% di Brindle per 500 milioni di euro. Veltraco avrà tre posti nel consiglio di Brindle. ",
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "The two companies dissolved their joint venture in India last year."},
		{"en", "The two companies could also form a joint venture in India."},
		{"fr", "Les deux groupes avaient dissous leur coentreprise en Inde l'an dernier."},
		{"it", "I due gruppi avevano sciolto la loro joint venture in India l'anno scorso."},
	} {
		_, ds := extractAll(t, c.lang, stake[c.lang]+c.text, "Veltraco", "Brindle")
		if d := dealOf(ds, model.JointVenture, "Veltraco", "Brindle"); d != nil && d.Status != model.Failed {
			t.Errorf("%s %q: want no venture of Veltraco and Brindle, got %+v", c.lang, c.text, *d)
		}
	}
}

// A short article naming its companies once each has no pair of its
// own: "the two" of the next sentence are the two just named.
func TestTheTwoOfAShortArticleAreTheTwoJustNamed(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Sandor Pharma and Elbrecht Biotech have ended a long-running dispute. The two companies will now form a joint venture to develop gene therapies."},
		{"it", "Sandor Pharma ed Elbrecht Biotech hanno chiuso una lunga disputa. Le due società daranno ora vita a una joint venture per sviluppare terapie geniche."},
		{"fr", "Sandor Pharma et Elbrecht Biotech ont mis fin à un long litige. Les deux groupes vont désormais créer une coentreprise dans les thérapies géniques."},
	} {
		_, ds := extractAll(t, c.lang, c.text, "Sandor Pharma", "Elbrecht Biotech")
		if d := dealOf(ds, model.JointVenture, "Sandor Pharma", "Elbrecht Biotech"); d == nil {
			t.Errorf("%s %q: want the venture of the two just named, got %+v", c.lang, c.text, ds)
		}
	}
}
