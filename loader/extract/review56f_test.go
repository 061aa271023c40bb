package extract

import (
	"fmt"
	"testing"

	"dealwire/model"
)

// Review f of stop 56 (f6f3655): inputs the change reads wrong, right at
// its parent f2ff5f4.

// datedNot: a deal of typ's class between parties, not dated bad.
func datedNot(typ, bad string, parties ...string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		d := dealOf(ds, typ, parties...)
		if d == nil {
			return fmt.Sprintf("lost deal %s %v", typ, parties)
		}
		if d.Date == bad {
			return fmt.Sprintf("dated %q", d.Date)
		}
		return ""
	}
}

// datedAs: a deal of typ's class between parties, dated want.
func datedAs(typ, want string, parties ...string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		d := dealOf(ds, typ, parties...)
		if d == nil {
			return fmt.Sprintf("lost deal %s %v", typ, parties)
		}
		if d.Date != want {
			return fmt.Sprintf("dated %q, want %q", d.Date, want)
		}
		return ""
	}
}

// Review f of stop 56 (f6f3655): a purchase paid for beside a dispute, "jointly
// owned company" without "with", "dès" before prices, "Exporteur" opening names.
func TestReview56fDeals(t *testing.T) {
	runReviewCases(t, []reviewCase{
		// 1. disputePaid: a price paid for a company, beside a word of dispute
		{"en_paid_ending_litigation", nil, []string{"en|Quorvex paid $2 billion for Veltraco in 2019, ending years of litigation between the two."}, exactDeal(model.Acquisition, "Quorvex", "Veltraco")},
		{"en_paid_despite_lawsuit", nil, []string{"en|Quorvex paid $500 million for Brindle despite a pending lawsuit."}, exactDeal(model.Acquisition, "Quorvex", "Brindle")},
		{"en_paid_which_faces_lawsuit", nil, []string{"en|Quorvex paid $500 million for Brindle, which faces a lawsuit over its emissions."}, exactDeal(model.Acquisition, "Quorvex", "Brindle")},
		{"en_paid_litigation_funder", nil, []string{"en|Quorvex paid $300 million for litigation funder Brindle."}, exactDeal(model.Acquisition, "Quorvex", "Brindle")},
		{"en_agreed_to_pay_ending_litigation", nil, []string{"en|Quorvex agreed to pay $2 billion for Veltraco, ending years of litigation."}, exactDeal(model.Acquisition, "Quorvex", "Veltraco")},
		{"it_pagato_contenzioso", nil, []string{"it|Quorvex ha pagato 500 milioni di euro per Veltraco, chiudendo un lungo contenzioso."}, exactDeal(model.Acquisition, "Quorvex", "Veltraco")},
		{"es_pago_demanda_de_cemento", nil, []string{"es|Quorvex pagó 500 millones de euros por Veltraco, ante la fuerte demanda de cemento."}, exactDeal(model.Acquisition, "Quorvex", "Veltraco")},
		{"es_pagara_pese_al_litigio", nil, []string{"es|Quorvex pagará 500 millones de euros por Veltraco, pese al litigio con Hacienda."}, exactDeal(model.Acquisition, "Quorvex", "Veltraco")},
		{"de_zahlte_trotz_klage", nil, []string{"de|Quorvex zahlte 500 Millionen Euro für Veltraco, trotz einer Klage von Aktionären."}, exactDeal(model.Acquisition, "Quorvex", "Veltraco")},
		{"fr_paye_malgre_litige", nil, []string{"fr|Quorvex a payé 500 millions d'euros pour Veltraco, malgré un litige avec ses actionnaires."}, exactDeal(model.Acquisition, "Quorvex", "Veltraco")},
		{"fr_paiera_dommages", nil, []string{"fr|Quorvex paiera 500 millions d'euros pour Veltraco, qui risque des dommages environnementaux."}, exactDeal(model.Acquisition, "Quorvex", "Veltraco")},
		// 2. jointly owned company, gemeinsame Gesellschaft in other senses
		{"en_sold_half_of_jointly_owned", nil, []string{"en|Veltraco sold its half of the jointly owned company to Quorvex for $200 million."}, exactDeal(model.Divestiture, "Veltraco", "Quorvex")},
		{"en_full_control_of_jointly_owned", nil, []string{"en|Quorvex takes full control of the jointly owned company it had run with Veltraco."}, exactDeal(model.Acquisition, "Quorvex", "Veltraco")},
		{"en_merge_into_jointly_owned", nil, []string{"en|Quorvex and Veltraco will merge into a jointly owned company."}, exactDeal(model.Merger, "Quorvex", "Veltraco")},
		{"de_gemeinsame_gesellschaft_society", nil, []string{"de|Veltraco und Quorvex engagieren sich für eine gemeinsame Gesellschaft ohne Ausgrenzung."}, noDealBetween("Veltraco", "Quorvex")},
		{"de_verschmelzen_zu_gemeinsamer", nil, []string{"de|Quorvex und Veltraco verschmelzen zu einer gemeinsamen Gesellschaft."}, exactDeal(model.Merger, "Quorvex", "Veltraco")},
		{"de_fusionieren_zu_gemeinsamer", nil, []string{"de|Quorvex und Veltraco fusionieren zu einer gemeinsamen Gesellschaft."}, exactDeal(model.Merger, "Quorvex", "Veltraco")},
		// 3. dès before a price or a past year that dates no deal
		{"fr_des_2000_euros", nil, []string{"fr|Quorvex rachète Veltraco ; l'offre est accessible dès 2000 euros par mois."}, datedNot(model.Acquisition, "2000", "Quorvex", "Veltraco")},
		{"fr_des_1990_euros", nil, []string{"fr|Veltraco rachète Quorvex pour 300 millions d'euros, avec des abonnements dès 1990 euros."}, datedNot(model.Acquisition, "1990", "Veltraco", "Quorvex")},
		{"fr_present_des_2008", nil, []string{"fr|Veltraco, présent en Chine dès 2008, rachète Quorvex."}, datedNot(model.Acquisition, "2008", "Veltraco", "Quorvex")},
		{"fr_cotee_des_2008_mardi", nil, []string{"fr|Veltraco, cotée dès 2008, a racheté Quorvex mardi."}, datedAs(model.Acquisition, "2020-10-27", "Veltraco", "Quorvex")},
		// 4. Exporteur / Importeur opening a name
		{"de_exporteur_nord_gmbh", nil, []string{"de|Quorvex übernimmt die Exporteur Nord GmbH für 20 Millionen Euro."}, keepsDeal(model.Acquisition, "Quorvex", "Exporteur Nord")},
		{"de_importeur_sued_ag", nil, []string{"de|Die Importeur Süd AG wird von Quorvex übernommen."}, keepsDeal(model.Acquisition, "Quorvex", "Importeur Süd")},
	})
}
