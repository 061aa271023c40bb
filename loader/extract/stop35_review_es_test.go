package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// firstIs: a deal of the type class whose acting side (first party) is
// first and that names other.
func firstIs(ds []model.Deal, typ, first, other string) *model.Deal {
	d := dealOf(ds, typ, first, other)
	if d == nil || d.Parties[0] != first {
		return nil
	}
	return d
}

// Review of 6dd1752 (deals.verbSecondIt): German puts a pronoun object
// before a noun subject ("2018 übernahm es der Konkurrent Daxmoor": it,
// the start-up, was bought BY Daxmoor). "es" right after the verb is then
// what is bought or sold, not the buyer.
func TestStop35ReviewEsAfterTheVerbIsTheObject(t *testing.T) {
	for _, c := range []struct{ body, wrongFirst, other string }{
		{"Das Start-up Quorvex wurde 2012 in Leipzig gegründet. 2018 übernahm es der Konkurrent Daxmoor für 40 Millionen Euro.", "Quorvex", "Daxmoor"},
		{"Das Start-up Quorvex wurde 2012 in Leipzig gegründet. 2018 kaufte es der Finanzinvestor Daxmoor.", "Quorvex", "Daxmoor"},
		{"Das Familienunternehmen Quorvex gehört seit 1950 der Familie Ostrowski. 2015 verkaufte es die Familie an Daxmoor.", "Quorvex", "Daxmoor"},
		{"Das Werk in Leipzig gehörte lange zu Quorvex. 2015 verkaufte es Quorvex an Daxmoor.", "Veltraco", "Daxmoor"},
	} {
		_, ds := extractAll(t, "de", "Veltraco kauft Brindle für 2 Milliarden Euro.\n\n"+c.body, "Veltraco", "Brindle", "Quorvex", "Daxmoor")
		for _, d := range ds {
			if d.Parties[0] == c.wrongFirst && slices.Contains(d.Parties, c.other) {
				t.Errorf("%q: deal %s %v: %s neither buys nor sells here", c.body, d.Type, d.Parties, c.wrongFirst)
			}
		}
	}
	// the object "es" taken for the subject loses the sale and hands its
	// buyer to the article's other deal
	_, ds := extractAll(t, "de", "Veltraco kauft Brindle für 2 Milliarden Euro.\n\n"+
		"Das Lackgeschäft war lange ein Verlustbringer. 2019 verkaufte es Veltraco an den Finanzinvestor Daxmoor.",
		"Veltraco", "Brindle", "Daxmoor")
	if d := dealOf(ds, model.Acquisition, "Veltraco", "Brindle"); d != nil && slices.Contains(d.Parties, "Daxmoor") {
		t.Errorf("deal %s %v: Daxmoor has no part in Veltraco's purchase of Brindle", d.Type, d.Parties)
	}
	if d := firstIs(ds, model.Divestiture, "Veltraco", "Daxmoor"); d == nil {
		t.Errorf("deals %+v: want Veltraco's sale to Daxmoor", ds)
	}
}

// Review of 6dd1752 (deals.verbSecondIt): "hat/hatte es ... gegeben" is
// "there has been", and "hat es ... abgelehnt/untersagt" announces the
// clause after it; neither "es" is the article's company.
func TestStop35ReviewEsAfterHatIsNoCompany(t *testing.T) {
	for _, c := range []struct{ sentence, buyer, target string }{
		{"Laut Insidern hat es bereits Gespräche über eine Übernahme von Quorvex durch Daxmoor gegeben.", "Daxmoor", "Quorvex"},
		{"Die Kartellbehörde hat es Daxmoor untersagt, Quorvex zu übernehmen.", "Daxmoor", "Quorvex"},
		{"Bislang hat es der Vorstand von Quorvex abgelehnt, mit Daxmoor über eine Übernahme zu verhandeln.", "Daxmoor", "Quorvex"},
		{"Zuletzt hatte es Gerüchte über einen Verkauf von Quorvex gegeben.", "", "Quorvex"},
		{"Nach Angaben von Insidern hat es bereits erste Gespräche über einen Verkauf von Quorvex gegeben.", "", "Quorvex"},
	} {
		_, ds := extractAll(t, "de", "Veltraco kauft Brindle für 2 Milliarden Euro.\n\n"+c.sentence, "Veltraco", "Brindle", "Quorvex", "Daxmoor")
		for _, d := range ds {
			if slices.Contains(d.Parties, "Veltraco") && slices.Contains(d.Parties, c.target) {
				t.Errorf("%q: deal %s %v: Veltraco has no part in it", c.sentence, d.Type, d.Parties)
			}
		}
	}
}
