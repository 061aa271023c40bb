package names

import "testing"

// "SUV" names a kind of car, never a company, however a carmaker's
// articles place it: after an article ("un SUV vendu à partir de 37 499
// dollars") and before a model's name ("son SUV Kestrel").
func TestVehicleClassIsNoCompany(t *testing.T) {
	r := recognizeWithDealWords(t, "fr", "Quorvex et Brindle\n\n"+
		"Côté Quorvex, le Drava, un SUV vendu à partir de 37 499 dollars, doit entrer en production fin 2022 en Autriche.\n\n"+
		"Début janvier, Quorvex a signé un accord-cadre avec la start-up chinoise Brindle pour lancer la production de son SUV Kestrel. Le SUV sera assemblé par Brindle.")
	noCompanyOf(t, r, 0, "SUV")
	wantCompanyIn(t, r, 0, "Brindle")
}
