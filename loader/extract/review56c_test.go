package extract

import (
	"fmt"
	"testing"

	"dealwire/model"
)

// Review c of stop 56: e73e0a1 (partTakenOfSubject) and cd88573
// (guessedSideShared).

// e73e0a1: "que en"/"qui en" before a date (Spanish/French "in"), and a
// clitic taking part of goods, are no part of the sentence's subject (each
// failed at cd88573, passed at e73e0a1^).
// Review c of stop 56 (cd88573): inputs e73e0a1 and cd88573 read wrong, right before them.
func TestReview56cClitic(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "es-que-en-year", bodies: []string{"es|Quorvex ha contratado como asesor a Veltraco, que en 2019 compró una cadena hotelera francesa."}, check: noDealBetween("Veltraco", "Quorvex")},
		{name: "es-que-en-month", bodies: []string{"es|Quorvex compite con Veltraco, que en marzo adquirió una cadena hotelera francesa por 200 millones de euros."}, check: noDealBetween("Veltraco", "Quorvex")},
		{name: "fr-qui-en-year", bodies: []string{"fr|Quorvex a choisi comme conseil Veltraco, qui en 2019 a racheté une chaîne hôtelière française."}, check: noDealBetween("Veltraco", "Quorvex")},
		{name: "fr-qui-en-month", bodies: []string{"fr|Quorvex affronte désormais Veltraco, qui en mars a acquis une chaîne hôtelière française pour 200 millions d'euros."}, check: noDealBetween("Veltraco", "Quorvex")},
		{name: "it-che-ne-product", bodies: []string{"it|Quorvex ha presentato il nuovo camion elettrico a Veltraco, che ne ha acquistato 200 esemplari."}, check: noDealBetween("Veltraco", "Quorvex")},
		{name: "fr-qui-en-product", bodies: []string{"fr|Quorvex a présenté son nouvel avion à Veltraco, qui en a acheté vingt exemplaires."}, check: noDealBetween("Veltraco", "Quorvex")},
		{name: "it-che-ne-factory", bodies: []string{"it|Quorvex ha chiuso lo stabilimento di Torino e Veltraco, che ne ha acquistato i macchinari, li trasferirà in Polonia."}, check: noDealBetween("Veltraco", "Quorvex")},
	})
}

// rv56cApart: the articles x and y tell different deals; no deal has
// sources in both.
func rv56cApart(x, y string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		for _, d := range ds {
			if rv53dTogether([]model.Deal{d}, x, y) {
				return "two deals merged: " + d.Type + " " + fmt.Sprint(d.Parties)
			}
		}
		return ""
	}
}

func rv56cAll(checks ...func([]model.Deal) string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		for _, c := range checks {
			if m := c(ds); m != "" {
				return m
			}
		}
		return ""
	}
}

// cd88573: two licences, ventures or contracts of one day with one
// partner in common, one told with "it"/"the group", at different prices,
// are two deals (each failed at cd88573, passed at 8a81bf8).
func TestReview56cGuessedSide(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "en-licence-day", bodies: []string{
			"en|Veltraco agreed to buy Halvorsen on Monday. On Tuesday it signed a $40 million licensing deal with Brindle.",
			"en|Daxmoor signed a $90 million licensing deal with Brindle on Tuesday.",
		}, check: rv56cApart("a0", "a1")},
		{name: "en-jv-day", bodies: []string{
			"en|Veltraco agreed to buy Halvorsen on Monday. On Tuesday the group formed a $40 million joint venture with Brindle.",
			"en|Daxmoor formed a $90 million joint venture with Brindle on Tuesday.",
		}, check: rv56cApart("a0", "a1")},
		{name: "en-supply-day", bodies: []string{
			"en|Veltraco agreed to buy Halvorsen on Monday. On Tuesday it won a $40 million contract to supply engines to Brindle.",
			"en|Daxmoor won a $90 million contract to supply engines to Brindle on Tuesday.",
		}, check: rv56cApart("a0", "a1")},
		{name: "de-lizenz-day", bodies: []string{
			"de|Veltraco übernimmt Halvorsen. Am Dienstag unterzeichnete der Konzern einen Lizenzvertrag über 40 Millionen Euro mit Brindle.",
			"de|Daxmoor unterzeichnete am Dienstag einen Lizenzvertrag über 90 Millionen Euro mit Brindle.",
		}, check: rv56cApart("a0", "a1")},
		{name: "fr-licence-day", bodies: []string{
			"fr|Veltraco rachète Halvorsen. Mardi, le groupe a signé un accord de licence de 40 millions d'euros avec Brindle.",
			"fr|Daxmoor a signé mardi un accord de licence de 90 millions d'euros avec Brindle.",
		}, check: rv56cApart("a0", "a1")},
		{name: "it-licenza-day", bodies: []string{
			"it|Veltraco compra Halvorsen. Martedì il gruppo ha firmato un accordo di licenza da 40 milioni di euro con Brindle.",
			"it|Daxmoor ha firmato martedì un accordo di licenza da 90 milioni di euro con Brindle.",
		}, check: rv56cApart("a0", "a1")},
		{name: "es-licencia-day", bodies: []string{
			"es|Veltraco compra Halvorsen. El martes el grupo firmó un acuerdo de licencia de 40 millones de euros con Brindle.",
			"es|Daxmoor firmó el martes un acuerdo de licencia de 90 millones de euros con Brindle.",
		}, check: rv56cApart("a0", "a1")},
	})
}
