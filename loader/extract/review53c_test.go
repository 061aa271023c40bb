// The review of 763f8f4, 4fec019, 3760b52 and 98a3dc8: each case failed at
// 98a3dc8 and passed at 386f996, or is a control. Cases wrong at both were
// left out; the stop's note lists them.

package extract

import (
	"fmt"
	"strings"
	"testing"

	"dealwire/model"
)

// rv53cDate: the deal's date is none of bad.
func rv53cDate(typ string, parties []string, bad ...string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		d := dealOf(ds, typ, parties...)
		if d == nil {
			return fmt.Sprintf("lost deal %s %v", typ, parties)
		}
		for _, b := range bad {
			if d.Date == b || strings.HasPrefix(d.Date, b+"-") {
				return fmt.Sprintf("date %q", d.Date)
			}
		}
		return ""
	}
}

// rv53cOne: exactly one deal of the class between parties.
func rv53cOne(typ string, parties ...string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		n := 0
		for _, d := range ds {
			if dealOf([]model.Deal{d}, typ, parties...) != nil {
				n++
			}
		}
		if n != 1 {
			return fmt.Sprintf("%d deals, want 1", n)
		}
		return ""
	}
}

func rv53cBoth(a, b func([]model.Deal) string) func([]model.Deal) string {
	return func(ds []model.Deal) string { return a(ds) + b(ds) }
}

var vq = []string{"Veltraco", "Quorvex"}

func TestRv53cMergerControl(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{"en_headline_clearance", nil, []string{"en|Veltraco and Quorvex win EU merger clearance."}, exactDeal(model.Merger, vq...)},
		{"en_headline_clearance_body", nil, []string{"en|Veltraco and Quorvex win EU merger clearance\n\nThe European Commission on Tuesday approved the deal without conditions."}, exactDeal(model.Merger, vq...)},
		{"de_fusionskontrolle_fusionieren_split", nil, []string{"de|Veltraco und Quorvex erhalten die Fusionsfreigabe.", "en|Veltraco and Quorvex agreed to merge."}, rv53cOne(model.Merger, vq...)},
		{"en_merger_clearance_parties", nil, []string{"en|Veltraco and Quorvex received merger clearance from the European Commission on Tuesday."}, exactDeal(model.Merger, vq...)},
		{"en_merge_comma_filings", nil, []string{"en|Veltraco and Quorvex agreed to merge, filings showed on Monday."}, exactDeal(model.Merger, vq...)},
		{"en_merge_comma_authorities", nil, []string{"en|Veltraco and Quorvex will merge, authorities in Brussels said on Monday."}, exactDeal(model.Merger, vq...)},
		{"en_merge_control_passing", nil, []string{"en|Veltraco and Quorvex will merge, control of the combined group passing to Veltraco's shareholders."}, exactDeal(model.Merger, vq...)},
		{"en_merge_review_pending", nil, []string{"en|Veltraco and Quorvex agreed to merge, review by regulators pending."}, exactDeal(model.Merger, vq...)},
		{"en_merger_review_filed", nil, []string{"en|Veltraco and Quorvex filed for merger review with the FTC on Friday."}, exactDeal(model.Merger, vq...)},
		{"en_merger_filing_submitted", nil, []string{"en|Veltraco and Quorvex submitted their merger filing to Brussels on Friday."}, exactDeal(model.Merger, vq...)},
		{"en_merger_subject_control", nil, []string{"en|The merger of Veltraco and Quorvex, subject to merger control, will create a European leader."}, exactDeal(model.Merger, vq...)},
		{"en_merger_rules_out", nil, []string{"en|Veltraco said its merger with Quorvex rules out job cuts."}, exactDeal(model.Merger, vq...)},
		{"en_merger_guidelines_control", nil, []string{"en|Veltraco and Quorvex won merger approval from the European Commission on Tuesday."}, exactDeal(model.Merger, vq...)},
		{"de_fusionsfreigabe", nil, []string{"de|Veltraco und Quorvex haben die Fusionsfreigabe aus Brüssel erhalten."}, exactDeal(model.Merger, vq...)},
		{"de_fusionskontrollverfahren", nil, []string{"de|Das Bundeskartellamt hat das Fusionskontrollverfahren für Veltraco und Quorvex abgeschlossen."}, exactDeal(model.Merger, vq...)},
		{"de_fusion_ctrl", nil, []string{"de|Veltraco und Quorvex fusionieren, die Fusionskontrolle steht noch aus."}, exactDeal(model.Merger, vq...)},
		{"es_control_fusiones", nil, []string{"es|Veltraco y Quorvex han recibido el visto bueno del control de fusiones de Bruselas."}, exactDeal(model.Merger, vq...)},
		{"en_merger_regulation_case", nil, []string{"en|Brussels opened an in-depth merger investigation into Veltraco and Quorvex under its merger regulation."}, exactDeal(model.Merger, vq...)},
	})
}

func TestRv53cGerunds(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{"it_gara", nil, []string{"it|Veltraco ha chiuso il 2019 in crescita, aggiudicandosi la gara indetta da Quorvex per 200 milioni di euro."}, noFalseDeal(model.Acquisition, vq...)},
		{"it_contratto", nil, []string{"it|Veltraco ha rafforzato il portafoglio ordini aggiudicandosi un contratto da Quorvex per 50 milioni di euro."}, noFalseDeal(model.Acquisition, vq...)},
		{"it_commesse", nil, []string{"it|Veltraco cresce aggiudicandosi commesse di Quorvex per 300 milioni di euro."}, noFalseDeal(model.Acquisition, vq...)},
		{"it_premio", nil, []string{"it|Veltraco ha battuto Quorvex aggiudicandosi il premio come miglior banca dell'anno."}, noFalseDeal(model.Acquisition, vq...)},
		{"it_mercato", nil, []string{"it|Veltraco ha superato Quorvex aggiudicandosi il 30% del mercato italiano."}, noFalseDeal(model.Acquisition, vq...)},
		{"it_appalto", nil, []string{"it|Veltraco ha battuto la concorrenza di Quorvex aggiudicandosi l'appalto da 80 milioni di euro."}, noFalseDeal(model.Acquisition, vq...)},
		{"it_fornitura", nil, []string{"it|Veltraco ha chiuso un anno record aggiudicandosi la fornitura di treni a Quorvex per 400 milioni di euro."}, noFalseDeal(model.Acquisition, vq...)},
		{"it_diritti", nil, []string{"it|Veltraco ha battuto Quorvex aggiudicandosi i diritti tv della Serie A per 900 milioni di euro."}, noFalseDeal(model.Acquisition, vq...)},
		{"it_ok", nil, []string{"it|Veltraco si è rafforzata aggiudicandosi Quorvex per 500 milioni di euro."}, exactDeal(model.Acquisition, vq...)},
		{"es_clientes", nil, []string{"es|Veltraco creció un 10% el año pasado, quedándose con los clientes de Quorvex."}, noFalseDeal(model.Acquisition, vq...)},
		{"es_cuota", nil, []string{"es|Veltraco lidera el sector haciéndose con la cuota de Quorvex en España."}, noFalseDeal(model.Acquisition, vq...)},
		{"es_contrato", nil, []string{"es|Veltraco ganó el concurso, haciéndose con el contrato de Quorvex por 50 millones de euros."}, noFalseDeal(model.Acquisition, vq...)},
		{"es_retains_stake_sale", nil, []string{"es|Veltraco venderá el 80% de Quorvex a Brindle por 500 millones de euros, quedándose con el 20% restante."}, exactDeal(model.Divestiture, "Veltraco", "Quorvex", "Brindle")},
		{"es_retains_minority", nil, []string{"es|Veltraco salió del capital de Quorvex, quedándose solo con un 5%."}, noFalseDeal(model.Acquisition, vq...)},
		{"es_victoria", nil, []string{"es|Veltraco cerró la temporada haciéndose con la victoria frente a Quorvex."}, noFalseDeal(model.Acquisition, vq...)},
		{"es_liderazgo", nil, []string{"es|Veltraco adelantó a Quorvex haciéndose con el liderazgo del mercado de smartphones."}, noFalseDeal(model.Acquisition, vq...)},
		{"es_derechos", nil, []string{"es|Veltraco superó a Quorvex haciéndose con los derechos de la Liga por 900 millones de euros."}, noFalseDeal(model.Acquisition, vq...)},
		{"fr_luxe", nil, []string{"fr|Veltraco a terminé l'année en s'offrant le luxe de dépasser Quorvex."}, noFalseDeal(model.Acquisition, vq...)},
		{"fr_services", nil, []string{"fr|En s'offrant les services du cabinet Quorvex, Veltraco espère réduire ses coûts de 50 millions d'euros."}, noFalseDeal(model.Acquisition, vq...)},
		{"fr_victoire", nil, []string{"fr|Veltraco a battu Quorvex en s'offrant une victoire devant les tribunaux."}, noFalseDeal(model.Acquisition, vq...)},
		{"fr_pub", nil, []string{"fr|Veltraco a séduit les clients de Quorvex en s'offrant une campagne publicitaire de 20 millions d'euros."}, noFalseDeal(model.Acquisition, vq...)},
		{"fr_compagnie_concurrent", nil, []string{"fr|Veltraco a conquis les clients de Quorvex en s'offrant les droits de diffusion de la Ligue 1."}, noFalseDeal(model.Acquisition, vq...)},
		{"fr_part_de_marche", nil, []string{"fr|Veltraco a dépassé Quorvex en s'offrant 30% du marché français."}, noFalseDeal(model.Acquisition, vq...)},
		{"fr_siege", nil, []string{"fr|Veltraco s'installe à Paris en s'offrant l'ancien siège de Quorvex pour 100 millions d'euros."}, noFalseDeal(model.Acquisition, vq...)},
	})
}

func TestRv53cYearAgo(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{"en_listed_a_year_ago", nil, []string{"en|Veltraco, which listed on the Nasdaq a year ago, agreed to buy Quorvex for $500 million."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"en_premium_a_year_ago", nil, []string{"en|Veltraco agreed to buy Quorvex for $2 billion, twice its market value a year ago."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"en_from_a_year_ago", nil, []string{"en|Veltraco agreed to buy Quorvex, whose sales rose 20% from a year ago, for $500 million."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"en_until_a_year_ago", nil, []string{"en|Veltraco agreed to buy Quorvex, which until a year ago was run by Brindle's founder, for $500 million."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"en_half_a_year_ago", nil, []string{"en|Veltraco bought Quorvex half a year ago for $500 million."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"en_ceo_joined", nil, []string{"en|Quorvex's chief executive, who joined a year ago, said Veltraco would buy the company for $500 million."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"it_rispetto", nil, []string{"it|Veltraco ha rilevato Quorvex per 500 milioni di euro, il doble del valore di borsa di un anno fa."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"it_rispetto_a", nil, []string{"it|Veltraco compra Quorvex per 500 milioni di euro, con ricavi in crescita del 20% rispetto a un anno fa."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"it_sbarcato", nil, []string{"it|Veltraco, sbarcata in Borsa un anno fa, compra Quorvex per 500 milioni di euro."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"fr_contre", nil, []string{"fr|Veltraco rachète Quorvex pour 500 millions d'euros, contre une valorisation de 300 millions il y a un an."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"fr_cotee", nil, []string{"fr|Veltraco, entrée en Bourse il y a un an, rachète Quorvex pour 500 millions d'euros."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"de_noch_vor", nil, []string{"de|Veltraco übernimmt Quorvex, das vor einem Jahr noch 300 Millionen Euro wert war, für 500 Millionen Euro."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"de_boerse", nil, []string{"de|Veltraco, erst vor einem Jahr an die Börse gegangen, kauft Quorvex für 500 Millionen Euro."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"es_valia", nil, []string{"es|Veltraco compra Quorvex por 500 millones de euros, el doble de lo que valía hace un año."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"es_bolsa", nil, []string{"es|Veltraco, que salió a bolsa hace un año, compra Quorvex por 500 millones de euros."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"en_split_premium", nil, []string{"en|Veltraco agreed to buy Quorvex for $2 billion, twice its market value a year ago.", "de|Veltraco kauft Quorvex für 2 Milliarden Dollar."}, rv53cOne(model.Acquisition, vq...)},
		{"es_split_valia", nil, []string{"es|Veltraco compra Quorvex por 500 millones de euros, el doble de lo que valía hace un año.", "en|Veltraco agreed to buy Quorvex for 500 million euros."}, rv53cOne(model.Acquisition, vq...)},
		{"it_split_sbarcato", nil, []string{"it|Veltraco, sbarcata in Borsa un anno fa, compra Quorvex per 500 milioni di euro.", "en|Veltraco agreed to buy Quorvex for 500 million euros."}, rv53cOne(model.Acquisition, vq...)},
		{"fr_split_contre", nil, []string{"fr|Veltraco rachète Quorvex pour 500 millions d'euros, contre une valorisation de 300 millions il y a un an.", "en|Veltraco agreed to buy Quorvex for 500 million euros."}, rv53cOne(model.Acquisition, vq...)},
		{"en_split_dated_premium", nil, []string{"en|Veltraco agreed to buy Quorvex for $2 billion, twice its market value a year ago.", "de|Veltraco kauft Quorvex für 2 Milliarden Dollar, teilte das Unternehmen am Montag mit."}, rv53cBoth(rv53cOne(model.Acquisition, vq...), rv53cDate(model.Acquisition, vq, "2019"))},
		{"it_split_dated_sbarcato", nil, []string{"it|Veltraco, sbarcata in Borsa un anno fa, compra Quorvex per 500 milioni di euro.", "en|Veltraco agreed on Monday to buy Quorvex for 500 million euros."}, rv53cBoth(rv53cOne(model.Acquisition, vq...), rv53cDate(model.Acquisition, vq, "2019"))},
		{"fr_split_dated_contre", nil, []string{"fr|Veltraco rachète Quorvex pour 500 millions d'euros, contre une valorisation de 300 millions il y a un an.", "en|Veltraco agreed on Monday to buy Quorvex for 500 million euros."}, rv53cBoth(rv53cOne(model.Acquisition, vq...), rv53cDate(model.Acquisition, vq, "2019"))},
		{"en_compared_with", nil, []string{"en|Veltraco agreed to buy Quorvex for $500 million, as its profit more than doubled compared with a year ago."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"en_than_a_year_ago", nil, []string{"en|Veltraco will pay $500 million for Quorvex, less than a third of what Quorvex was worth a year ago."}, rv53cDate(model.Investment, vq, "2019")},
		{"de_split_boerse", nil, []string{"de|Veltraco, erst vor einem Jahr an die Börse gegangen, kauft Quorvex für 500 Millionen Euro.", "en|Veltraco agreed to buy Quorvex for 500 million euros."}, rv53cOne(model.Acquisition, vq...)},
	})
}

func TestRv53cSince(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{"en_since_when_bought", nil, []string{"en|Veltraco, which listed in 1998, has made 12 acquisitions since 2015, when it bought Quorvex."}, rv53cDate(model.Acquisition, vq, "1998", "")},
		{"en_since_when_bought_plan", nil, []string{"en|Veltraco has made 30 acquisitions since 2003, when it bought Quorvex for $10 million, and plans more in 2021."}, rv53cDate(model.Acquisition, vq, "2021", "")},
		{"en_first_of_since", nil, []string{"en|Veltraco's first of 40 acquisitions since 2003 was Quorvex, and it aims to double its sales by 2025."}, rv53cDate(model.Acquisition, vq, "2025", "")},
		{"de_seit_als", nil, []string{"de|Veltraco hat zahlreiche Zukäufe seit 2015 getätigt, als es Quorvex kaufte, und will bis 2025 weiter wachsen."}, rv53cDate(model.Acquisition, vq, "2025", "")},
		{"fr_depuis_avec", nil, []string{"fr|Veltraco a enchaîné les rachats depuis 2015, année où il a racheté Quorvex, et vise un chiffre d'affaires de 5 milliards en 2025."}, rv53cDate(model.Acquisition, vq, "2025", "")},
		{"es_desde_cuando", nil, []string{"es|Veltraco suma diez adquisiciones desde 2015, cuando compró Quorvex, y prevé duplicar sus ventas en 2025."}, rv53cDate(model.Acquisition, vq, "2025", "")},
		{"en_deals_since_said_monday", nil, []string{"en|Veltraco has struck 20 deals since 2010, when it bought Quorvex, the company said on Monday."}, rv53cDate(model.Acquisition, vq, "2020")},
		{"de_zukaeufe_seit_montag", nil, []string{"de|Veltraco hat zahlreiche Zukäufe seit 2010 getätigt, als es Quorvex übernahm, teilte der Konzern am Montag mit."}, rv53cDate(model.Acquisition, vq, "2020")},
		{"fr_operations_depuis", nil, []string{"fr|Veltraco, qui a lancé ses opérations depuis 2012 en Afrique, a racheté Quorvex en mars 2019."}, rv53cDate(model.Acquisition, vq, "2012")},
	})
}
