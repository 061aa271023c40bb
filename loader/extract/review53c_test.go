// Review of 763f8f4 4fec019 3760b52 98a3dc8. Subtests that fail at 98a3dc8 and pass at 386f996 are
// the findings; the others are controls or cases wrong at both commits (see the report).
package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dealwire/model"
)

type rv53cCase struct {
	name   string
	bodies []string // "lang|body"
	check  func(ds []model.Deal) string
}

var rv53cKnown = []string{"Veltraco", "Quorvex", "Brindle", "Daxmoor", "Halvorsen", "Trelawny"}

// rv53cPub is the articles' date.
const rv53cPub = "2020-10-29"

func rv53cExtract(t *testing.T, bodies ...string) []model.Deal {
	t.Helper()
	list := filepath.Join(t.TempDir(), "companies.tsv")
	if err := os.WriteFile(list, []byte(strings.Join(rv53cKnown, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var arts []model.Article
	for i, b := range bodies {
		lang, body, _ := strings.Cut(b, "|")
		arts = append(arts, model.Article{ID: fmt.Sprint("a", i), Language: lang, Published: rv53cPub, Body: body})
	}
	_, ds, err := Extract(arts, Options{CompaniesFile: list})
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func rv53cNo(typ string, parties ...string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		if d := dealOf(ds, typ, parties...); d != nil {
			return fmt.Sprintf("false deal %s %v", d.Type, d.Parties)
		}
		return ""
	}
}

// rv53cExact: a deal of exactly typ between parties.
func rv53cExact(typ string, parties ...string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		d := dealOf(ds, typ, parties...)
		if d == nil {
			return fmt.Sprintf("lost deal %s %v", typ, parties)
		}
		if d.Type != typ {
			return fmt.Sprintf("wrong type %s, want %s", d.Type, typ)
		}
		return ""
	}
}

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

func rv53cRun(t *testing.T, cases []rv53cCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ds := rv53cExtract(t, c.bodies...)
			for _, d := range ds {
				v := 0.0
				if d.Value != nil {
					v = d.Value.Value
				}
				t.Logf("deal %s %v value=%v date=%q srcs=%d", d.Type, d.Parties, v, d.Date, len(d.Sources))
			}
			if msg := c.check(ds); msg != "" {
				t.Errorf("%s", msg)
			}
		})
	}
}

var vq = []string{"Veltraco", "Quorvex"}

func TestRv53cMergerControl(t *testing.T) {
	rv53cRun(t, []rv53cCase{
		{"en_headline_clearance", []string{"en|Veltraco and Quorvex win EU merger clearance."}, rv53cExact(model.Merger, vq...)},
		{"en_headline_clearance_body", []string{"en|Veltraco and Quorvex win EU merger clearance\n\nThe European Commission on Tuesday approved the deal without conditions."}, rv53cExact(model.Merger, vq...)},
		{"de_fusionskontrolle_fusionieren_split", []string{"de|Veltraco und Quorvex erhalten die Fusionsfreigabe.", "en|Veltraco and Quorvex agreed to merge."}, rv53cOne(model.Merger, vq...)},
		{"en_merger_clearance_parties", []string{"en|Veltraco and Quorvex received merger clearance from the European Commission on Tuesday."}, rv53cExact(model.Merger, vq...)},
		{"en_merge_comma_filings", []string{"en|Veltraco and Quorvex agreed to merge, filings showed on Monday."}, rv53cExact(model.Merger, vq...)},
		{"en_merge_comma_authorities", []string{"en|Veltraco and Quorvex will merge, authorities in Brussels said on Monday."}, rv53cExact(model.Merger, vq...)},
		{"en_merge_control_passing", []string{"en|Veltraco and Quorvex will merge, control of the combined group passing to Veltraco's shareholders."}, rv53cExact(model.Merger, vq...)},
		{"en_merge_review_pending", []string{"en|Veltraco and Quorvex agreed to merge, review by regulators pending."}, rv53cExact(model.Merger, vq...)},
		{"en_merger_review_filed", []string{"en|Veltraco and Quorvex filed for merger review with the FTC on Friday."}, rv53cExact(model.Merger, vq...)},
		{"en_merger_filing_submitted", []string{"en|Veltraco and Quorvex submitted their merger filing to Brussels on Friday."}, rv53cExact(model.Merger, vq...)},
		{"en_merger_subject_control", []string{"en|The merger of Veltraco and Quorvex, subject to merger control, will create a European leader."}, rv53cExact(model.Merger, vq...)},
		{"en_merger_rules_out", []string{"en|Veltraco said its merger with Quorvex rules out job cuts."}, rv53cExact(model.Merger, vq...)},
		{"en_merger_guidelines_control", []string{"en|Veltraco and Quorvex won merger approval from the European Commission on Tuesday."}, rv53cExact(model.Merger, vq...)},
		{"de_fusionsfreigabe", []string{"de|Veltraco und Quorvex haben die Fusionsfreigabe aus Brüssel erhalten."}, rv53cExact(model.Merger, vq...)},
		{"de_fusionskontrollverfahren", []string{"de|Das Bundeskartellamt hat das Fusionskontrollverfahren für Veltraco und Quorvex abgeschlossen."}, rv53cExact(model.Merger, vq...)},
		{"de_fusion_ctrl", []string{"de|Veltraco und Quorvex fusionieren, die Fusionskontrolle steht noch aus."}, rv53cExact(model.Merger, vq...)},
		{"es_control_fusiones", []string{"es|Veltraco y Quorvex han recibido el visto bueno del control de fusiones de Bruselas."}, rv53cExact(model.Merger, vq...)},
		{"en_merger_regulation_case", []string{"en|Brussels opened an in-depth merger investigation into Veltraco and Quorvex under its merger regulation."}, rv53cExact(model.Merger, vq...)},
	})
}

func TestRv53cGerunds(t *testing.T) {
	rv53cRun(t, []rv53cCase{
		{"it_gara", []string{"it|Veltraco ha chiuso il 2019 in crescita, aggiudicandosi la gara indetta da Quorvex per 200 milioni di euro."}, rv53cNo(model.Acquisition, vq...)},
		{"it_contratto", []string{"it|Veltraco ha rafforzato il portafoglio ordini aggiudicandosi un contratto da Quorvex per 50 milioni di euro."}, rv53cNo(model.Acquisition, vq...)},
		{"it_commesse", []string{"it|Veltraco cresce aggiudicandosi commesse di Quorvex per 300 milioni di euro."}, rv53cNo(model.Acquisition, vq...)},
		{"it_premio", []string{"it|Veltraco ha battuto Quorvex aggiudicandosi il premio come miglior banca dell'anno."}, rv53cNo(model.Acquisition, vq...)},
		{"it_mercato", []string{"it|Veltraco ha superato Quorvex aggiudicandosi il 30% del mercato italiano."}, rv53cNo(model.Acquisition, vq...)},
		{"it_appalto", []string{"it|Veltraco ha battuto la concorrenza di Quorvex aggiudicandosi l'appalto da 80 milioni di euro."}, rv53cNo(model.Acquisition, vq...)},
		{"it_fornitura", []string{"it|Veltraco ha chiuso un anno record aggiudicandosi la fornitura di treni a Quorvex per 400 milioni di euro."}, rv53cNo(model.Acquisition, vq...)},
		{"it_diritti", []string{"it|Veltraco ha battuto Quorvex aggiudicandosi i diritti tv della Serie A per 900 milioni di euro."}, rv53cNo(model.Acquisition, vq...)},
		{"it_ok", []string{"it|Veltraco si è rafforzata aggiudicandosi Quorvex per 500 milioni di euro."}, rv53cExact(model.Acquisition, vq...)},
		{"es_clientes", []string{"es|Veltraco creció un 10% el año pasado, quedándose con los clientes de Quorvex."}, rv53cNo(model.Acquisition, vq...)},
		{"es_cuota", []string{"es|Veltraco lidera el sector haciéndose con la cuota de Quorvex en España."}, rv53cNo(model.Acquisition, vq...)},
		{"es_contrato", []string{"es|Veltraco ganó el concurso, haciéndose con el contrato de Quorvex por 50 millones de euros."}, rv53cNo(model.Acquisition, vq...)},
		{"es_retains_stake_sale", []string{"es|Veltraco venderá el 80% de Quorvex a Brindle por 500 millones de euros, quedándose con el 20% restante."}, rv53cExact(model.Divestiture, "Veltraco", "Quorvex", "Brindle")},
		{"es_retains_minority", []string{"es|Veltraco salió del capital de Quorvex, quedándose solo con un 5%."}, rv53cNo(model.Acquisition, vq...)},
		{"es_victoria", []string{"es|Veltraco cerró la temporada haciéndose con la victoria frente a Quorvex."}, rv53cNo(model.Acquisition, vq...)},
		{"es_liderazgo", []string{"es|Veltraco adelantó a Quorvex haciéndose con el liderazgo del mercado de smartphones."}, rv53cNo(model.Acquisition, vq...)},
		{"es_derechos", []string{"es|Veltraco superó a Quorvex haciéndose con los derechos de la Liga por 900 millones de euros."}, rv53cNo(model.Acquisition, vq...)},
		{"fr_luxe", []string{"fr|Veltraco a terminé l'année en s'offrant le luxe de dépasser Quorvex."}, rv53cNo(model.Acquisition, vq...)},
		{"fr_services", []string{"fr|En s'offrant les services du cabinet Quorvex, Veltraco espère réduire ses coûts de 50 millions d'euros."}, rv53cNo(model.Acquisition, vq...)},
		{"fr_victoire", []string{"fr|Veltraco a battu Quorvex en s'offrant une victoire devant les tribunaux."}, rv53cNo(model.Acquisition, vq...)},
		{"fr_pub", []string{"fr|Veltraco a séduit les clients de Quorvex en s'offrant une campagne publicitaire de 20 millions d'euros."}, rv53cNo(model.Acquisition, vq...)},
		{"fr_compagnie_concurrent", []string{"fr|Veltraco a conquis les clients de Quorvex en s'offrant les droits de diffusion de la Ligue 1."}, rv53cNo(model.Acquisition, vq...)},
		{"fr_part_de_marche", []string{"fr|Veltraco a dépassé Quorvex en s'offrant 30% du marché français."}, rv53cNo(model.Acquisition, vq...)},
		{"fr_siege", []string{"fr|Veltraco s'installe à Paris en s'offrant l'ancien siège de Quorvex pour 100 millions d'euros."}, rv53cNo(model.Acquisition, vq...)},
	})
}

func TestRv53cYearAgo(t *testing.T) {
	rv53cRun(t, []rv53cCase{
		{"en_listed_a_year_ago", []string{"en|Veltraco, which listed on the Nasdaq a year ago, agreed to buy Quorvex for $500 million."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"en_premium_a_year_ago", []string{"en|Veltraco agreed to buy Quorvex for $2 billion, twice its market value a year ago."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"en_from_a_year_ago", []string{"en|Veltraco agreed to buy Quorvex, whose sales rose 20% from a year ago, for $500 million."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"en_until_a_year_ago", []string{"en|Veltraco agreed to buy Quorvex, which until a year ago was run by Brindle's founder, for $500 million."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"en_half_a_year_ago", []string{"en|Veltraco bought Quorvex half a year ago for $500 million."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"en_ceo_joined", []string{"en|Quorvex's chief executive, who joined a year ago, said Veltraco would buy the company for $500 million."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"it_rispetto", []string{"it|Veltraco ha rilevato Quorvex per 500 milioni di euro, il doble del valore di borsa di un anno fa."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"it_rispetto_a", []string{"it|Veltraco compra Quorvex per 500 milioni di euro, con ricavi in crescita del 20% rispetto a un anno fa."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"it_sbarcato", []string{"it|Veltraco, sbarcata in Borsa un anno fa, compra Quorvex per 500 milioni di euro."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"fr_contre", []string{"fr|Veltraco rachète Quorvex pour 500 millions d'euros, contre une valorisation de 300 millions il y a un an."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"fr_cotee", []string{"fr|Veltraco, entrée en Bourse il y a un an, rachète Quorvex pour 500 millions d'euros."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"de_noch_vor", []string{"de|Veltraco übernimmt Quorvex, das vor einem Jahr noch 300 Millionen Euro wert war, für 500 Millionen Euro."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"de_boerse", []string{"de|Veltraco, erst vor einem Jahr an die Börse gegangen, kauft Quorvex für 500 Millionen Euro."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"es_valia", []string{"es|Veltraco compra Quorvex por 500 millones de euros, el doble de lo que valía hace un año."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"es_bolsa", []string{"es|Veltraco, que salió a bolsa hace un año, compra Quorvex por 500 millones de euros."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"en_split_premium", []string{"en|Veltraco agreed to buy Quorvex for $2 billion, twice its market value a year ago.", "de|Veltraco kauft Quorvex für 2 Milliarden Dollar."}, rv53cOne(model.Acquisition, vq...)},
		{"es_split_valia", []string{"es|Veltraco compra Quorvex por 500 millones de euros, el doble de lo que valía hace un año.", "en|Veltraco agreed to buy Quorvex for 500 million euros."}, rv53cOne(model.Acquisition, vq...)},
		{"it_split_sbarcato", []string{"it|Veltraco, sbarcata in Borsa un anno fa, compra Quorvex per 500 milioni di euro.", "en|Veltraco agreed to buy Quorvex for 500 million euros."}, rv53cOne(model.Acquisition, vq...)},
		{"fr_split_contre", []string{"fr|Veltraco rachète Quorvex pour 500 millions d'euros, contre une valorisation de 300 millions il y a un an.", "en|Veltraco agreed to buy Quorvex for 500 million euros."}, rv53cOne(model.Acquisition, vq...)},
		{"en_split_dated_premium", []string{"en|Veltraco agreed to buy Quorvex for $2 billion, twice its market value a year ago.", "de|Veltraco kauft Quorvex für 2 Milliarden Dollar, teilte das Unternehmen am Montag mit."}, rv53cBoth(rv53cOne(model.Acquisition, vq...), rv53cDate(model.Acquisition, vq, "2019"))},
		{"it_split_dated_sbarcato", []string{"it|Veltraco, sbarcata in Borsa un anno fa, compra Quorvex per 500 milioni di euro.", "en|Veltraco agreed on Monday to buy Quorvex for 500 million euros."}, rv53cBoth(rv53cOne(model.Acquisition, vq...), rv53cDate(model.Acquisition, vq, "2019"))},
		{"fr_split_dated_contre", []string{"fr|Veltraco rachète Quorvex pour 500 millions d'euros, contre une valorisation de 300 millions il y a un an.", "en|Veltraco agreed on Monday to buy Quorvex for 500 million euros."}, rv53cBoth(rv53cOne(model.Acquisition, vq...), rv53cDate(model.Acquisition, vq, "2019"))},
		{"en_compared_with", []string{"en|Veltraco agreed to buy Quorvex for $500 million, as its profit more than doubled compared with a year ago."}, rv53cDate(model.Acquisition, vq, "2019")},
		{"en_than_a_year_ago", []string{"en|Veltraco will pay $500 million for Quorvex, less than a third of what Quorvex was worth a year ago."}, rv53cDate(model.Investment, vq, "2019")},
		{"de_split_boerse", []string{"de|Veltraco, erst vor einem Jahr an die Börse gegangen, kauft Quorvex für 500 Millionen Euro.", "en|Veltraco agreed to buy Quorvex for 500 million euros."}, rv53cOne(model.Acquisition, vq...)},
	})
}

func TestRv53cSince(t *testing.T) {
	rv53cRun(t, []rv53cCase{
		{"en_since_when_bought", []string{"en|Veltraco, which listed in 1998, has made 12 acquisitions since 2015, when it bought Quorvex."}, rv53cDate(model.Acquisition, vq, "1998", "")},
		{"en_since_when_bought_plan", []string{"en|Veltraco has made 30 acquisitions since 2003, when it bought Quorvex for $10 million, and plans more in 2021."}, rv53cDate(model.Acquisition, vq, "2021", "")},
		{"en_first_of_since", []string{"en|Veltraco's first of 40 acquisitions since 2003 was Quorvex, and it aims to double its sales by 2025."}, rv53cDate(model.Acquisition, vq, "2025", "")},
		{"de_seit_als", []string{"de|Veltraco hat zahlreiche Zukäufe seit 2015 getätigt, als es Quorvex kaufte, und will bis 2025 weiter wachsen."}, rv53cDate(model.Acquisition, vq, "2025", "")},
		{"fr_depuis_avec", []string{"fr|Veltraco a enchaîné les rachats depuis 2015, année où il a racheté Quorvex, et vise un chiffre d'affaires de 5 milliards en 2025."}, rv53cDate(model.Acquisition, vq, "2025", "")},
		{"es_desde_cuando", []string{"es|Veltraco suma diez adquisiciones desde 2015, cuando compró Quorvex, y prevé duplicar sus ventas en 2025."}, rv53cDate(model.Acquisition, vq, "2025", "")},
		{"en_deals_since_said_monday", []string{"en|Veltraco has struck 20 deals since 2010, when it bought Quorvex, the company said on Monday."}, rv53cDate(model.Acquisition, vq, "2020")},
		{"de_zukaeufe_seit_montag", []string{"de|Veltraco hat zahlreiche Zukäufe seit 2010 getätigt, als es Quorvex übernahm, teilte der Konzern am Montag mit."}, rv53cDate(model.Acquisition, vq, "2020")},
		{"fr_operations_depuis", []string{"fr|Veltraco, qui a lancé ses opérations depuis 2012 en Afrique, a racheté Quorvex en mars 2019."}, rv53cDate(model.Acquisition, vq, "2012")},
	})
}
