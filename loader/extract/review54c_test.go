package extract

// Review of 4c243e1-9255c79 (stop 54, review c): inputs a reviewer found
// wrong after those commits and right before them.

import (
	"testing"

	"dealwire/model"
)

// Cases that fail at 9255c79 and pass at 4c243e1 (review c of stop 54).
func TestReview54c(t *testing.T) {
	A, I, P := model.Acquisition, model.Investment, model.Partnership
	runReviewCases(t, []reviewCase{
		{name: "T1 commissari", bodies: []string{"it|Quorvex, fornitore storico di Brindle, è passata sotto il controllo dei commissari straordinari."}, check: noFalseDeal(A, "Brindle", "Quorvex")},
		{name: "T2 Stato fr", bodies: []string{"fr|Quorvex, le principal fournisseur de Brindle, est passée sous le contrôle de l'État en 2009."}, check: noFalseDeal(A, "Brindle", "Quorvex")},
		{name: "T6 mandatory offer waiver", bodies: []string{"en|Brindle, which owns 29% of Quorvex, was granted a waiver from making a mandatory offer."}, check: noFalseDeal(A, "Brindle", "Quorvex")},
		{name: "T8 rilevò noted", bodies: []string{"it|L'analista rilevò che Brindle aveva superato Quorvex nelle vendite del trimestre."}, check: noFalseDeal(A, "Brindle", "Quorvex")},
		{name: "T10 rilevarono", bodies: []string{"it|I sindacati rilevarono che Brindle pagava i dipendenti meno di Quorvex."}, check: noFalseDeal(A, "Brindle", "Quorvex")},
		{name: "T14 passé sous le contrôle tribunal", bodies: []string{"fr|Après la faillite de Brindle, sa filiale Quorvex est passée sous le contrôle du tribunal de commerce."}, check: noFalseDeal(A, "Brindle", "Quorvex")},
		{name: "T15 regione", bodies: []string{"it|Dopo il crac di Brindle, Quorvex è passata sotto il controllo della Regione Lombardia."}, check: noFalseDeal(A, "Brindle", "Quorvex")},
		{name: "T16 rilevò sede", bodies: []string{"it|Nel 2012 Brindle rilevò un calo delle vendite, mentre Quorvex cresceva."}, check: noFalseDeal(A, "Brindle", "Quorvex")},
		{name: "Q1 cliente", bodies: []string{"es|Brindle se quedó en marzo de 2006 con un solo cliente, Quorvex."}, check: noFalseDeal(A, "Brindle", "Quorvex")},
		{name: "Q3 contrato", bodies: []string{"es|Brindle se quedó en enero de 2019 con el contrato de limpieza que antes tenía Quorvex."}, check: noFalseDeal(A, "Brindle", "Quorvex")},
		{name: "Q4 deudas", bodies: []string{"es|Brindle se quedó en junio de 2020 con deudas de 300 millones tras la quiebra de Quorvex."}, check: noFalseDeal(A, "Brindle", "Quorvex")},
		{name: "S12 bought into Quorvex's", bodies: []string{"en|Trelawny bought into Quorvex's rival Brindle in 2015, taking 20%."}, check: keepsDeal(I, "Trelawny", "Brindle")},
		{name: "S5b opened capital market leader", bodies: []string{"en|Brindle opened its capital to Quorvex, the market leader."}, check: keepsDeal(I, "Brindle", "Quorvex")},
		{name: "S12b bought into Quorvex's unit", bodies: []string{"en|Trelawny bought into Quorvex's software unit Daxmoor in 2015."}, check: keepsDeal(I, "Trelawny", "Daxmoor")},
		{name: "R7 numero uno dietro", bodies: []string{"it|Il numero uno di Brindle ha detto che dietro Quorvex, che ha comprato Daxmoor per 2 miliardi, non c'è il gruppo."}, check: keepsDeal(A, "Quorvex", "Daxmoor")},
		{name: "P1 car rental", bodies: []string{"en|Brindle signed an agreement with car rental group Quorvex to offer its cars in 40 airports."}, check: keepsDeal(P, "Brindle", "Quorvex")},
		{name: "P2 loan platform", bodies: []string{"en|Brindle signed an agreement with online loan platform Quorvex to offer credit to its customers."}, check: keepsDeal(P, "Brindle", "Quorvex")},
		{name: "P3 il gruppo ha firmato", bodies: []string{"it|Brindle cresce in Asia. Il gruppo ha firmato con Quorvex un accordo di distribuzione."}, check: keepsDeal(P, "Brindle", "Quorvex")},
		{name: "P4 le groupe a signé", bodies: []string{"fr|Brindle se renforce en Asie. Le groupe a signé avec Quorvex un accord de distribution."}, check: keepsDeal(P, "Brindle", "Quorvex")},
		{name: "P6 firmó con Quorvex el grupo", bodies: []string{"es|Brindle crece en Asia. El grupo firmó con Quorvex un acuerdo de distribución."}, check: keepsDeal(P, "Brindle", "Quorvex")},
	})
}
