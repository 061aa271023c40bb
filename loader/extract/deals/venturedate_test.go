package deals

import (
	"testing"

	"dealwire/loader/extract/when"
)

// A joint venture's founding is its deal: the date it was established is
// the deal's ("The joint venture, established in February 2024, ..."),
// where a company's founding is not.
func TestVentureFoundingDate(t *testing.T) {
	text := "The joint venture, established in February 2024, will be based in Milan, the two companies said."
	if ds := dealDates(text, when.Find(text, "en", "2024-03-05")); len(ds) != 1 {
		t.Errorf("%q: dates %+v, want the founding of the venture", text, ds)
	}
	text = "The company, established in February 1994, will be based in Milan, the two partners said."
	if ds := dealDates(text, when.Find(text, "en", "2024-03-05")); len(ds) != 0 {
		t.Errorf("%q: dates %+v, want none", text, ds)
	}
}
