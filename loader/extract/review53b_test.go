// The review of db3a8d3, 5a0207f, c8dd200 and 9d17ab1: each case failed at
// abeafbd and passed at 1507c0f, or is a control. Cases wrong at both were
// left out; the stop's note lists them.

package extract

import (
	"fmt"
	"testing"

	"dealwire/model"
)

func rv53bFirst(typ, first string, parties ...string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		d := dealOf(ds, typ, parties...)
		if d == nil {
			return ""
		}
		if d.Parties[0] != first {
			return fmt.Sprintf("wrong acting side %v, want %s first", d.Parties, first)
		}
		return ""
	}
}

func TestRv53bDebt(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{"it_debito_incluso_perimetro", nil, []string{"it|Veltraco rileva Quorvex, che porta con sé 800 milioni di euro di debito incluso nel perimetro dell'operazione."}, valuedDeal(model.Acquisition, 0, "Veltraco", "Quorvex")},
		{"it_bond_inclusi_programma", nil, []string{"it|Veltraco compra Quorvex per 1,2 miliardi di euro. Per finanziare l'acquisto di Quorvex, Veltraco ha emesso 500 milioni di euro di bond inclusi nel programma EMTN."}, valuedDeal(model.Acquisition, 1.2e9, "Veltraco", "Quorvex")},
		{"it_bond_inclusi_alone", nil, []string{"it|Per finanziare l'acquisizione di Quorvex, Veltraco ha emesso 500 milioni di euro di bond inclusi nel programma EMTN."}, valuedDeal(model.Acquisition, 0, "Veltraco", "Quorvex")},
		{"es_bonos_incluidos", nil, []string{"es|Para financiar la compra de Quorvex, Veltraco colocó 500 millones de euros en bonos incluidos en su programa de emisión."}, valuedDeal(model.Acquisition, 0, "Veltraco", "Quorvex")},
		{"fr_dette_incluse_perimetre", nil, []string{"fr|Veltraco rachète Quorvex, qui apporte 800 millions d'euros de dette incluse dans le périmètre de l'opération."}, valuedDeal(model.Acquisition, 0, "Veltraco", "Quorvex")},
		{"it_debito_compreso_two", nil, []string{"it|Veltraco acquisirà Quorvex per 1,2 miliardi di euro e si farà carico di 300 milioni di euro di debito compreso quello verso le banche."}, valuedDeal(model.Acquisition, 1.2e9, "Veltraco", "Quorvex")},
		{"de_schulden_eingeschlossen", nil, []string{"de|Veltraco übernimmt Quorvex. Für die Übernahme nimmt Veltraco 500 Millionen Euro Schulden inbegriffen einer Anleihe auf."}, valuedDeal(model.Acquisition, 0, "Veltraco", "Quorvex")},
		{"it_attivi_inclusi", nil, []string{"it|Veltraco compra Quorvex, che gestisce 40 miliardi di euro di attivi inclusi i fondi pensione."}, valuedDeal(model.Acquisition, 0, "Veltraco", "Quorvex")},
		{"fr_actifs_compris", nil, []string{"fr|Veltraco rachète Quorvex, qui gère 40 milliards d'euros d'actifs compris les fonds de pension."}, valuedDeal(model.Acquisition, 0, "Veltraco", "Quorvex")},
		{"es_depositos_incluidos", nil, []string{"es|Veltraco compra Quorvex, que tiene 40.000 millones de euros en depósitos incluidos los de empresas."}, valuedDeal(model.Acquisition, 0, "Veltraco", "Quorvex")},
		{"it_debito_incluso_ok", nil, []string{"it|Veltraco ha comprato Quorvex per 6,4 miliardi di dollari debito incluso."}, valuedDeal(model.Acquisition, 6.4e9, "Veltraco", "Quorvex")},
	})
}

func TestRv53bComprarsi(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{"acquistarsi_fiducia", nil, []string{"it|In pochi anni Veltraco ha saputo acquistarsi la fiducia di Quorvex, il suo principale cliente."}, noFalseDeal(model.Acquisition, "Veltraco", "Quorvex")},
		{"comprarsi_pace", nil, []string{"it|Con un assegno da 50 milioni di euro Veltraco ha cercato di comprarsi la pace con Quorvex."}, noFalseDeal(model.Acquisition, "Veltraco", "Quorvex")},
		{"comprarsi_consenso", nil, []string{"it|Veltraco ha provato a comprarsi il consenso dei soci di Quorvex con un dividendo straordinario."}, noFalseDeal(model.Acquisition, "Veltraco", "Quorvex")},
		{"comprarsi_clienti", nil, []string{"it|Veltraco non può comprarsi i clienti di Quorvex con gli sconti."}, noFalseDeal(model.Acquisition, "Veltraco", "Quorvex")},
		{"comprarsi_prodotti", nil, []string{"it|Per comprarsi uno smartphone Quorvex i clienti di Veltraco devono spendere 800 euro."}, noFalseDeal(model.Acquisition, "Veltraco", "Quorvex")},
		{"acquistarsi_credito", nil, []string{"it|Veltraco si è acquistata credito presso Quorvex, e ora punta ad acquistarsi la stima degli analisti di Brindle."}, noFalseDeal(model.Acquisition, "Veltraco", "Brindle")},
		{"comprarsi_azioni", nil, []string{"it|I dipendenti di Veltraco potranno comprarsi azioni Quorvex a prezzo scontato."}, noFalseDeal(model.Acquisition, "Veltraco", "Quorvex")},
		{"comprarsi_visibilita", nil, []string{"it|Veltraco ha deciso di comprarsi visibilità sponsorizzando la squadra di Quorvex."}, noFalseDeal(model.Acquisition, "Veltraco", "Quorvex")},
	})
}

func TestRv53bSubscribe(t *testing.T) {
	intesa := []string{"Veltraco", "Quorvex", "Intesa Sanpaolo", "Brindle"}
	runReviewCases(t, []reviewCase{
		{"it_sottoscritto_da_intesa", intesa, []string{"it|L'aumento di capitale di Quorvex da 200 milioni di euro è stato sottoscritto da Intesa Sanpaolo."}, keepsDeal(model.Investment, "Intesa Sanpaolo", "Quorvex")},
		{"it_sottoscritto_anche_intesa", intesa, []string{"it|Il bond convertibile di Quorvex è stato sottoscritto interamente da Intesa Sanpaolo per 100 milioni di euro."}, keepsDeal(model.Investment, "Intesa Sanpaolo", "Quorvex")},
		{"it_sottoscrivere_intesa_e", intesa, []string{"it|Quorvex ha chiesto a Intesa Sanpaolo e a Veltraco di sottoscrivere l'aumento di capitale."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
		{"it_sottoscritto_accordi", nil, []string{"it|Veltraco ha sottoscritto secondo gli accordi l'aumento di capitale di Quorvex per 50 milioni di euro."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
		{"it_contratto_sottoscrizione", nil, []string{"it|Veltraco ha sottoscritto il contratto di sottoscrizione delle nuove azioni Quorvex per 50 milioni di euro."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
		{"it_accordo_aumento", nil, []string{"it|Veltraco ha sottoscritto l'accordo di investimento in Quorvex, di cui rileverà il 20%."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
		{"it_accordo_per_sottoscrivere", nil, []string{"it|Veltraco ha sottoscritto un accordo per entrare nel capitale di Quorvex con una quota del 20%."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
		{"it_accordo_aumento2", nil, []string{"it|Veltraco ha sottoscritto un accordo vincolante con Quorvex per l'ingresso nel suo capitale con il 20%."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
		{"es_suscribio_acuerdo_ampliacion", nil, []string{"es|Veltraco suscribió el acuerdo de ampliación de capital de Quorvex por 50 millones de euros."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
		{"es_suscribira_acuerdo", nil, []string{"es|Veltraco suscribirá, según el acuerdo, el 20% de la ampliación de capital de Quorvex."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
		{"fr_souscrit_accord", nil, []string{"fr|Veltraco a souscrit, conformément à l'accord, à l'augmentation de capital de Quorvex pour 50 millions d'euros."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
		{"fr_souscrira_protocole", nil, []string{"fr|Selon le protocole, Veltraco souscrira au protocole d'investissement et prendra 20% de Quorvex."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
		{"fr_souscrit_contrat_emission", nil, []string{"fr|Veltraco a souscrit le contrat d'émission des obligations convertibles de Quorvex pour 50 millions d'euros."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
		{"it_sottoscritto_patto_parasociale", nil, []string{"it|Veltraco ha sottoscritto con Quorvex un patto parasociale dopo essere entrata nel capitale con il 20%."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
		{"it_lettera", nil, []string{"it|Veltraco ha sottoscritto una lettera di impegno a sottoscrivere l'aumento di capitale di Quorvex."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
	})
}

func TestRv53bGerman(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{"legt_werke_zusammen_und_verkauft", nil, []string{"de|Im Herbst legt Veltraco seine Werke in Bochum zusammen und verkauft das freie Gelände an Quorvex."}, noFalseDeal(model.JointVenture, "Veltraco", "Quorvex")},
		{"fuehrt_sparten_zusammen_und", nil, []string{"de|Im Herbst führt Veltraco die Sparten Chemie und Pharma zusammen und übergibt die Logistik an Quorvex."}, noFalseDeal(model.Merger, "Veltraco", "Quorvex")},
		{"trat_chef_ab_und", nil, []string{"de|Im Juni trat Veltraco-Chef Hans Müller ab und wechselte zu Quorvex."}, noFalseDeal(model.Divestiture, "Veltraco", "Quorvex")},
		{"stiess_kunden_ab_und", nil, []string{"de|Die Preiserhöhung stieß Veltraco-Kunden ab und trieb sie zu Quorvex."}, noFalseDeal(model.Divestiture, "Veltraco", "Quorvex")},
		{"kam_kunde_hinzu_und", nil, []string{"de|Zu den Kunden von Veltraco zählt Brindle. 2020 kam Quorvex als weiterer Kunde hinzu und der Umsatz stieg."}, noFalseDeal(model.Acquisition, "Veltraco", "Quorvex")},
		{"kam_partner_dazu_und", nil, []string{"de|Veltraco arbeitet seit Jahren mit Brindle. Im Mai kam Quorvex als Partner dazu und brachte Know-how mit."}, noFalseDeal(model.Acquisition, "Quorvex")},
		{"arbeiteten_zusammen_und_trennten", nil, []string{"de|Bis 2019 arbeiteten Veltraco und Quorvex zusammen und trennten sich dann im Streit."}, noFalseDeal(model.Partnership, "Veltraco", "Quorvex")},
		{"stieg_gruender_bei_ein", nil, []string{"de|Im Mai stieg Veltraco-Gründer Hans Müller bei Quorvex ein."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
		{"stieg_manager_bei_ein", nil, []string{"de|Der frühere Veltraco-Manager Hans Müller steigt bei Quorvex ein."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
		{"steigt_bei_verhandlungen_ein", nil, []string{"de|Nun steigt Veltraco bei den Verhandlungen über Quorvex ein."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
		{"steigt_bei_bieterverfahren_ein", nil, []string{"de|Im Bieterverfahren um Quorvex steigt Veltraco bei der zweiten Runde ein."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
		{"steigt_bei_preiskampf_ein", nil, []string{"de|Veltraco steigt bei dem Preiskampf gegen Quorvex ein."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
		{"steigt_bei_kunde_in_ein", nil, []string{"de|Veltraco steigt bei Quorvex in die Produktion von Batteriezellen ein."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
		{"steigt_bei_mit_prozent", nil, []string{"de|Veltraco steigt bei Quorvex mit 20 Prozent ein."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
		{"steigt_bei_zum_preis", nil, []string{"de|Veltraco steigt bei Quorvex zum Preis von 50 Millionen Euro ein."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
		{"steigt_bei_fuer", nil, []string{"de|Veltraco steigt bei Quorvex für 50 Millionen Euro ein."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
		{"steigt_bei_nicht_ungewoehnlich", nil, []string{"de|Veltraco steigt bei Quorvex ein, kein ungewöhnlicher Schritt."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
		{"stieg_kurs_bei", nil, []string{"de|Die Aktie von Veltraco stieg bei der Nachricht über Quorvex kräftig ein Stück."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
		{"steigt_bei_konkurrenten_ein_ceo", nil, []string{"de|Quorvex-Chef Hans Müller steigt bei Veltraco ein."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
		{"stieg_er_person", nil, []string{"de|Hans Müller verließ Quorvex 2015. Danach stieg er bei Veltraco ein."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
	})
}

func TestRv53bTopic(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{"en_passive", nil, []string{"en|Veltraco agreed to buy Quorvex for $2 billion. For Brindle, Quorvex's largest customer, the deal is a setback. The company was itself acquired by Daxmoor in 2015."}, rv53bFirst(model.Acquisition, "Daxmoor", "Brindle", "Daxmoor")},
		{"en_passive2", nil, []string{"en|Veltraco agreed to buy Quorvex for $2 billion. For Brindle, the deal is a setback. The company was bought by Daxmoor in 2015."}, rv53bFirst(model.Acquisition, "Daxmoor", "Brindle", "Daxmoor")},
		{"it_passive", nil, []string{"it|Veltraco compra Quorvex per 2 miliardi di euro. Per Brindle, concorrente di Quorvex, si tratta di una cattiva notizia. Il gruppo era stato acquistato da Daxmoor nel 2015."}, rv53bFirst(model.Acquisition, "Daxmoor", "Brindle", "Daxmoor")},
		{"fr_passive", nil, []string{"fr|Veltraco rachète Quorvex pour 2 milliards d'euros. Pour Brindle, concurrent de Quorvex, c'est un revers. Le groupe avait été racheté par Daxmoor en 2015."}, rv53bFirst(model.Acquisition, "Daxmoor", "Brindle", "Daxmoor")},
		{"es_passive", nil, []string{"es|Veltraco compra Quorvex por 2.000 millones de euros. Para Brindle, rival de Quorvex, es un revés. La compañía fue adquirida por Daxmoor en 2015."}, rv53bFirst(model.Acquisition, "Daxmoor", "Brindle", "Daxmoor")},
		{"en_owner_bought", nil, []string{"en|Veltraco agreed to buy Quorvex for $2 billion. For Brindle, the deal is a setback. The company's owner Halvorsen bought Daxmoor last year."}, noFalseDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{"en_sale_to", nil, []string{"en|Veltraco agreed to buy Quorvex for $2 billion. For Brindle, the deal is a setback. The company lost Daxmoor to a rival bidder in 2015."}, noFalseDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{"en_takeover_target", nil, []string{"en|Veltraco agreed to buy Quorvex for $2 billion. For Brindle, the deal is a setback. The company had hoped to be bought by Daxmoor."}, noFalseDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{"en_merger_of", nil, []string{"en|Veltraco agreed to buy Quorvex for $2 billion. For Brindle, the deal is a setback. The company was formed through the acquisition of Daxmoor by Halvorsen."}, noFalseDeal(model.Acquisition, "Brindle", "Daxmoor")},
	})
}

const rv53bOpen = "Veltraco agreed to buy Quorvex for $2 billion on Monday. "

func TestRv53bTopic2(t *testing.T) {
	no := noFalseDeal(model.Acquisition, "Brindle", "Daxmoor")
	runReviewCases(t, []reviewCase{
		{"en_lost_auction", nil, []string{"en|" + rv53bOpen + "For Brindle, the deal is a setback. The company lost the auction for Daxmoor, which was bought by a Chinese investor in 2015."}, no},
		{"en_ceo_said", nil, []string{"en|" + rv53bOpen + "For Brindle, the deal is a setback. The company said the purchase of Daxmoor by a Chinese investor had hurt its sales."}, no},
		{"en_opposed", nil, []string{"en|" + rv53bOpen + "For Brindle, the deal is a setback. The company had opposed the takeover of Daxmoor by a private equity group."}, no},
		{"it_gara", nil, []string{"it|Veltraco compra Quorvex per 2 miliardi di euro. Per Brindle si tratta di una cattiva notizia. Il gruppo aveva già perso la gara per l'acquisto di Daxmoor, finita a un fondo cinese."}, no},
		{"it_fornitore", nil, []string{"it|Veltraco compra Quorvex per 2 miliardi di euro. Per Brindle si tratta di una cattiva notizia. Il gruppo aveva già perso Daxmoor come cliente dopo l'acquisizione da parte di un fondo cinese."}, no},
		{"de_leer", nil, []string{"de|Veltraco kauft Quorvex für 2 Milliarden Euro. Für Brindle ist das ein Rückschlag. Der Konzern war schon beim Kauf von Daxmoor durch einen Finanzinvestor leer ausgegangen."}, no},
		{"de_kunde", nil, []string{"de|Veltraco kauft Quorvex für 2 Milliarden Euro. Für Brindle ist das ein Rückschlag. Der Konzern hatte bereits nach der Übernahme von Daxmoor durch einen chinesischen Investor einen Großkunden verloren."}, no},
		{"fr_evince", nil, []string{"fr|Veltraco rachète Quorvex pour 2 milliards d'euros. Pour Brindle, c'est un revers. Le groupe avait déjà été évincé lors du rachat de Daxmoor par un fonds chinois."}, no},
		{"fr_client", nil, []string{"fr|Veltraco rachète Quorvex pour 2 milliards d'euros. Pour Brindle, c'est un revers. Le groupe avait déjà perdu son client Daxmoor après son rachat par un fonds chinois."}, no},
		{"es_puja", nil, []string{"es|Veltraco compra Quorvex por 2.000 millones de euros. Para Brindle, es un revés. La compañía ya perdió la puja por la compra de Daxmoor, que se quedó un fondo chino."}, no},
		{"es_cliente", nil, []string{"es|Veltraco compra Quorvex por 2.000 millones de euros. Para Brindle, es un revés. La compañía ya perdió a Daxmoor como cliente tras su compra por un fondo chino."}, no},
	})
}

func TestRv53bTopic3(t *testing.T) {
	dax := rv53bFirst(model.Acquisition, "Daxmoor", "Brindle", "Daxmoor")
	runReviewCases(t, []reviewCase{
		{"en_agreed_acquired", nil, []string{"en|" + rv53bOpen + "For Brindle, the deal is a setback. The company agreed last year to be acquired by Daxmoor."}, dax},
		{"en_became_part", nil, []string{"en|" + rv53bOpen + "For Brindle, the deal is a setback. The company has been owned by Daxmoor since its takeover in 2015."}, dax},
		{"en_offer_from", nil, []string{"en|" + rv53bOpen + "For Brindle, the deal is a setback. The company accepted a takeover offer from Daxmoor in March."}, dax},
		{"en_sale_completed", nil, []string{"en|" + rv53bOpen + "For Brindle, the deal is a setback. The company's takeover by Daxmoor closed in March."}, dax},
		{"en_acquired_by_2015", nil, []string{"en|" + rv53bOpen + "For Brindle, the deal is a setback. The company, acquired by Daxmoor in 2015, had hoped to buy Quorvex itself."}, dax},
		{"it_acquisita", nil, []string{"it|Veltraco compra Quorvex per 2 miliardi di euro. Per Brindle si tratta di una cattiva notizia. Il gruppo, acquisito da Daxmoor nel 2015, sperava di comprare Quorvex."}, dax},
		{"it_acquisizione_da_parte", nil, []string{"it|Veltraco compra Quorvex per 2 miliardi di euro. Per Brindle si tratta di una cattiva notizia. Il gruppo è controllato da Daxmoor dopo l'acquisizione del 2015."}, dax},
		{"it_passato", nil, []string{"it|Veltraco compra Quorvex per 2 miliardi di euro. Per Brindle si tratta di una cattiva notizia. Il gruppo è passato sotto il controllo di Daxmoor, che lo ha acquistato nel 2015."}, dax},
		{"fr_rachete_par", nil, []string{"fr|Veltraco rachète Quorvex pour 2 milliards d'euros. Pour Brindle, c'est un revers. Le groupe, racheté par Daxmoor en 2015, espérait acquérir Quorvex."}, dax},
		{"fr_passe_sous", nil, []string{"fr|Veltraco rachète Quorvex pour 2 milliards d'euros. Pour Brindle, c'est un revers. Le groupe est passé sous le contrôle de Daxmoor, qui l'a racheté en 2015."}, dax},
		{"es_adquirida_por", nil, []string{"es|Veltraco compra Quorvex por 2.000 millones de euros. Para Brindle, es un revés. La compañía, adquirida por Daxmoor en 2015, aspiraba a comprar Quorvex."}, dax},
		{"es_compro", nil, []string{"es|Veltraco compra Quorvex por 2.000 millones de euros. Para Brindle, es un revés. La compañía pertenece a Daxmoor, que la compró en 2015."}, dax},
		{"de_gehoert", nil, []string{"de|Veltraco kauft Quorvex für 2 Milliarden Euro. Für Brindle ist das ein Rückschlag. Der Konzern gehört seit 2015 zu Daxmoor, der ihn damals übernommen hatte."}, dax},
		{"de_uebernommen", nil, []string{"de|Veltraco kauft Quorvex für 2 Milliarden Euro. Für Brindle ist das ein Rückschlag. Der Konzern, 2015 von Daxmoor übernommen, wollte Quorvex selbst kaufen."}, dax},
		{"en_which_bought_it", nil, []string{"en|" + rv53bOpen + "For Brindle, the deal is a setback. The company is owned by Daxmoor, which bought it in 2015."}, dax},
	})
}

func TestRv53bTopic4(t *testing.T) {
	dax := rv53bFirst(model.Acquisition, "Daxmoor", "Brindle", "Daxmoor")
	runReviewCases(t, []reviewCase{
		{"en_belongs_acquired_it", nil, []string{"en|" + rv53bOpen + "For Brindle, the deal is a setback. The company belongs to Daxmoor, which acquired it in 2015."}, dax},
		{"en_owner_bought_it", nil, []string{"en|" + rv53bOpen + "For Brindle, the deal is a setback. The company's owner Daxmoor bought it in 2015 for $300 million."}, dax},
		{"it_appartiene", nil, []string{"it|Veltraco compra Quorvex per 2 miliardi di euro. Per Brindle si tratta di una cattiva notizia. Il gruppo appartiene a Daxmoor, che lo ha comprato nel 2015."}, dax},
		{"it_controllato", nil, []string{"it|Veltraco compra Quorvex per 2 miliardi di euro. Per Brindle si tratta di una cattiva notizia. Il gruppo è controllato da Daxmoor, che lo ha acquistato nel 2015."}, dax},
		{"fr_appartient", nil, []string{"fr|Veltraco rachète Quorvex pour 2 milliards d'euros. Pour Brindle, c'est un revers. Le groupe appartient à Daxmoor, qui l'a racheté en 2015."}, dax},
		{"es_controlada", nil, []string{"es|Veltraco compra Quorvex por 2.000 millones de euros. Para Brindle, es un revés. La empresa está controlada por Daxmoor, que la adquirió en 2015."}, dax},
		{"es_grupo", nil, []string{"es|Veltraco compra Quorvex por 2.000 millones de euros. Para Brindle, es un revés. El grupo pertenece a Daxmoor, que lo compró en 2015."}, dax},
		{"de_gehoert2", nil, []string{"de|Veltraco kauft Quorvex für 2 Milliarden Euro. Für Brindle ist das ein Rückschlag. Der Konzern gehört Daxmoor, das ihn 2015 gekauft hat."}, dax},
	})
}

// rv53bOne: exactly one deal of the class between the parties, of value want.
func rv53bOne(typ string, want float64, parties ...string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		n := 0
		for _, d := range ds {
			if dealOf([]model.Deal{d}, typ, parties...) != nil {
				n++
				if d.Value == nil || d.Value.Value != want {
					return fmt.Sprintf("a deal of value %+v, want %v", d.Value, want)
				}
			}
		}
		if n != 1 {
			return fmt.Sprintf("%d deals, want 1", n)
		}
		return ""
	}
}

func TestRv53bMore(t *testing.T) {
	intesa := []string{"Veltraco", "Quorvex", "Intesa Sanpaolo", "Brindle"}
	runReviewCases(t, []reviewCase{
		{"it_bond_inclusi_split", nil, []string{"it|Veltraco compra Quorvex per 1,2 miliardi di euro. Per finanziare l'acquisto di Quorvex, Veltraco ha emesso 500 milioni di euro di bond inclusi nel programma EMTN."}, rv53bOne(model.Acquisition, 1.2e9, "Veltraco", "Quorvex")},
		{"fr_obligations_incluses", nil, []string{"fr|Pour financer le rachat de Quorvex, Veltraco a émis 500 millions d'euros d'obligations incluses dans son programme EMTN."}, valuedDeal(model.Acquisition, 0, "Veltraco", "Quorvex")},
		{"it_prestiti_compresi", nil, []string{"it|Per l'acquisto di Quorvex Veltraco ha ottenuto 800 milioni di euro di prestiti compresi quelli della Bei."}, valuedDeal(model.Acquisition, 0, "Veltraco", "Quorvex")},
		{"it_sottoscritto_intesa_bond", intesa, []string{"it|Il prestito obbligazionario di Quorvex è stato sottoscritto da Intesa Sanpaolo e Veltraco."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
		{"es_suscribio_contrato_suscripcion", nil, []string{"es|Veltraco suscribió el contrato de suscripción de nuevas acciones de Quorvex por 50 millones de euros."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
		{"fr_souscrit_accord_invest", nil, []string{"fr|Veltraco a souscrit un accord d'investissement pour entrer au capital de Quorvex à hauteur de 20%."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
		{"it_accordo_quota", nil, []string{"it|Veltraco ha sottoscritto un accordo con Quorvex per acquisire una quota del 20% del suo capitale."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
		{"de_stieg_er_kaufmann", nil, []string{"de|Hans Müller war bis 2015 Vorstand von Quorvex. 2016 stieg er bei Veltraco ein."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
		{"de_sie_person", nil, []string{"de|Anna Schmidt leitete zehn Jahre lang Quorvex. Im Mai stieg sie bei Veltraco ein."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
		{"de_steigt_bei_ein_und", nil, []string{"de|Veltraco steigt bei Quorvex mit 20 Prozent ein und erhält zwei Aufsichtsratsmandate."}, keepsDeal(model.Investment, "Veltraco", "Quorvex")},
	})
}
