package deals

import (
	"testing"

	"dealwire/model"
)

// A memorandum of understanding signed with a company is a partnership,
// unless it is one to buy ("a memorandum of understanding to buy").
func TestMemorandumOfUnderstandingIsAPartnership(t *testing.T) {
	wantOne(t, model.Partnership, []langText{
		{"en", "In April 2019 Veltraco signed a memorandum of understanding with Quorvex to pilot electric trucks."},
		{"fr", "En avril 2019, Veltraco a signé avec Quorvex un protocole d'entente pour tester des camions électriques."},
		{"it", "Veltraco ha firmato con Quorvex un protocollo d'intesa per sviluppare treni a idrogeno."},
		{"es", "Veltraco firmó con Quorvex un memorando de entendimiento para desarrollar trenes de hidrógeno."},
		{"de", "Im April 2019 hatte Veltraco mit Quorvex eine Absichtserklärung unterzeichnet, um Lastwagen zu erproben."},
	}, "Veltraco", "Quorvex")
	wantOne(t, model.Acquisition, []langText{
		{"en", "Veltraco signed a memorandum of understanding to buy Quorvex for $2 billion."},
		{"de", "Veltraco hat eine Absichtserklärung zur Übernahme von Quorvex unterzeichnet."},
	}, "Veltraco", "Quorvex")
}
