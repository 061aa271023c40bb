package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// A company's platform named after it is a product; the company keeps its
// own name ("Meta Platforms", in the plural, is a company's name).
func TestPlatformNamedAfterItsMakerIsAProduct(t *testing.T) {
	cs, _ := extractAll(t, "es", "Hewlett-Packard invertirá 50 millones de dólares en Hortonworks. El acuerdo prevé que HP integre la Hortonworks Data Platform en su oferta, y Hortonworks venderá el soporte.", "Hewlett-Packard")
	names := companyNames(cs)
	if !slices.Contains(names, "Hortonworks") || slices.Contains(names, "Hortonworks Data Platform") {
		t.Errorf("want Hortonworks and no Hortonworks Data Platform, got %v", names)
	}
}

// "Barack" is a given name: a president barring a takeover is no company,
// in any outlet's telling.
func TestBarackObamaIsAPerson(t *testing.T) {
	cs, _ := extractLangs(t,
		"en|Canyon Bridge will not buy Lattice Semiconductor. The previous case came in December, when Barack Obama barred China's Fujian Grand Chip Investment Fund from buying the U.S. business of Aixtron.",
		"de|Canyon Bridge darf Lattice Semiconductor nicht kaufen. Für Aixtron aus Herzogenrath hatte ein ähnliches Veto im Dezember das Aus bedeutet. Barack Obama untersagte damals dem Fujian Grand Chip Investment Fund den Kauf des US-Geschäfts.",
		"it|Canyon Bridge non comprerà Lattice Semiconductor. Aixtron si vide bloccare da Barack Obama la cessione delle attività statunitensi al fondo Fujian Grand Chip Investment Fund.")
	if slices.Contains(companyNames(cs), "Barack Obama") {
		t.Errorf("Barack Obama is no company: %v", companyNames(cs))
	}
}

// A purchase whose sentence names only its buyer ("den Kauf des
// US-Geschäfts") is of the business of the one company the sentence
// before named.
func TestPurchaseOfTheBusinessOfTheCompanyJustNamed(t *testing.T) {
	_, ds := extractAll(t, "de", "Canyon Bridge darf Lattice Semiconductor nicht kaufen. Canyon Bridge hatte 1,3 Milliarden Dollar geboten. Für Aixtron aus Herzogenrath hatte ein ähnliches Veto im Dezember das Aus bedeutet. Barack Obama untersagte damals dem Fujian Grand Chip Investment Fund den Kauf des US-Geschäfts.",
		"Canyon Bridge", "Lattice Semiconductor", "Aixtron", "Fujian Grand Chip Investment Fund")
	if dealOf(ds, model.Acquisition, "Fujian Grand Chip Investment Fund", "Aixtron") == nil {
		t.Errorf("want Fujian's purchase of Aixtron's business, got %+v", ds)
	}
}
