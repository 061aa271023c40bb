package extract

import (
	"testing"

	"dealwire/model"
)

// Buying companies in the plural, bare, is a habit, no deal; the deal the
// sentence goes on to tell is read alone.
func TestBuyingCompaniesInGeneralIsNoDeal(t *testing.T) {
	_, ds := extractAll(t, "en", "Veltraco sells 51 percent of its agribusiness to Quorvex. Quorvex is no stranger to buying into foreign food companies, either: in mid-2008 it agreed to buy 4.95 percent of Brindle Foods, the largest U.S. pork producer, a stake worth about $139 million at the time.", "Veltraco", "Quorvex", "Brindle Foods")
	for _, d := range ds {
		if d.Type == model.Acquisition {
			t.Errorf("want no acquisition, got %+v", ds)
		}
	}
	if d := dealOf(ds, model.Investment, "Quorvex", "Brindle Foods"); d == nil {
		t.Errorf("want Quorvex's stake in Brindle Foods, got %+v", ds)
	}
}

// Businesses named with an article are the ones sold.
func TestBusinessesWithAnArticleAreSold(t *testing.T) {
	_, ds := extractAll(t, "en", "Veltraco buys Daxmoor. Two years earlier Veltraco sold the Rochdale and Worcester businesses of its former Quorvex division to Brindle Group for £800,000.", "Veltraco", "Quorvex", "Brindle Group", "Daxmoor")
	if dealOf(ds, model.Divestiture, "Veltraco", "Brindle Group") == nil {
		t.Errorf("want Veltraco's sale to Brindle Group, got %+v", ds)
	}
}
