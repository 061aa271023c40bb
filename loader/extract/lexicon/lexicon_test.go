package lexicon

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"dealwire/model"
)

func TestEndsWith(t *testing.T) {
	lex, err := New("")
	if err != nil {
		t.Fatal(err)
	}
	for word, want := range map[string]bool{
		"batteriekonzern": true,  // compound ending in a company noun
		"konzern":         false, // the noun itself is not a compound of it
		"soapmaker":       true,
		"weather":         false,
		"olkonzern":       true,  // "Ölkonzern": two letters make a compound
		"chandler":        false, // one letter before "handler" (Händler) makes none
	} {
		if got := lex.EndsWith(CompanyNoun, word, 5); got != want {
			t.Errorf("EndsWith(%q) = %v, want %v", word, got, want)
		}
	}
}

// The longest alias the words begin with wins, whatever shorter aliases
// and alias beginnings lie on the way.
func TestLongestCompany(t *testing.T) {
	lex, err := New("")
	if err != nil {
		t.Fatal(err)
	}
	for words, want := range map[string]struct {
		name string
		n    int
	}{
		"bank of america merrill lynch said": {"Bank of America", 5}, // through "bank", "bank of"
		"bank of america said":               {"Bank of America", 3},
		"bank of england":                    {"", 0},       // an alias beginning, no alias
		"toyota motor corp":                  {"Toyota", 2}, // "toyota" and "toyota motor"
		"toyota industries":                  {"Toyota Industries", 2},
		"pioneer natural gas":                {"", 0}, // stops where no alias goes on
	} {
		c, n := lex.LongestCompany(strings.Fields(words))
		if c.Name != want.name || n != want.n {
			t.Errorf("%q: %q over %d words, want %q over %d", words, c.Name, n, want.name, want.n)
		}
	}
}

// Every alias, looked up by its words, gives the company Company gives
// for it: the same index, the same NeedsContext, without a copy made.
func TestCompanyAtIsCompany(t *testing.T) {
	lex, err := New("")
	if err != nil {
		t.Fatal(err)
	}
	for alias := range lex.byAlias {
		want, _ := lex.Company(alias)
		i, n, ambiguous := lex.LongestAlias(strings.Split(alias, " "))
		if n != strings.Count(alias, " ")+1 {
			t.Errorf("LongestAlias(%q) read %d words", alias, n)
			continue
		}
		got := lex.CompanyAt(i, ambiguous)
		if got.Name != want.Name || got.NeedsContext != want.NeedsContext || got.Sector != want.Sector ||
			strings.Join(got.Aliases, "|") != strings.Join(want.Aliases, "|") {
			t.Errorf("CompanyAt(LongestAlias(%q)) = %+v, Company gives %+v", alias, *got, want)
		}
		if !lex.CompanyAt(i, true).NeedsContext {
			t.Errorf("CompanyAt(%q, true) needs no context", alias)
		}
	}
}

// The one-word names the list writes in lower case are known as written,
// and only so.
func TestLowerNamesAsWritten(t *testing.T) {
	lex, err := New("")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"abrdn", "easyJet", "bol.com", "voestalpine"} {
		if !lex.LowerName(w) {
			t.Errorf("%q not known as a lower-case name", w)
		}
	}
	for _, w := range []string{"Abrdn", "apple", "the", "de"} {
		if lex.LowerName(w) {
			t.Errorf("%q known as a lower-case name", w)
		}
	}
}

// A nationality word in any language and inflection stands for its English
// demonym; a city's forms in any language for its first form; a listed
// company carries both from the seats list.
func TestNationsAndSeats(t *testing.T) {
	lex, err := New("")
	if err != nil {
		t.Fatal(err)
	}
	for word, want := range map[string]string{
		"sueca": "Swedish", "schwedischen": "Swedish", "suedois": "Swedish", "swedes": "Swedish",
		"tedesco": "German", "japaner": "Japanese", "svedese": "Swedish", "groupe": "",
	} {
		if got := lex.Nation(word); got != want {
			t.Errorf("Nation(%q) = %q, want %q", word, got, want)
		}
	}
	for word, want := range map[string]string{"monaco": "munich", "munchen": "munich", "ballerup": "ballerup", "zermatt": ""} {
		if got := lex.Seat(word); got != want {
			t.Errorf("Seat(%q) = %q, want %q", word, got, want)
		}
	}
	if c, _ := lex.Company("siemens"); c.Nation != "German" || c.Seat != "munich" {
		t.Errorf("Siemens is %q of %q, want German of munich", c.Nation, c.Seat)
	}
}

// Metals and other commodities are products in every language read, so
// that "Nickel, Kupfer und Kobalt" are never companies.
func TestCommoditiesAreProducts(t *testing.T) {
	lex, err := New("")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Nickel", "Kupfer", "Kobalt", "Copper", "Rame", "Cuivre", "Litio", "Eisenerz"} {
		if !lex.Has(Product, w) {
			t.Errorf("%s is not a product", w)
		}
	}
}

// Given names of Swiss German and Irish people, common in business news,
// mark a person ("Beat Kälin", "Mick Davis").
func TestSwissAndIrishGivenNames(t *testing.T) {
	lex, err := New("")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Beat", "Urs", "Reto", "Mick", "Niall", "Gianluigi"} {
		if !lex.Has(GivenName, w) {
			t.Errorf("%s is not a given name", w)
		}
	}
}

// An airport's name is first a place: the operator named after it
// ("Heathrow", "Gatwick") needs other evidence to be the company.
func TestAirportNamesNeedContext(t *testing.T) {
	lex, err := New("")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"heathrow", "gatwick", "schiphol"} {
		if c, ok := lex.Company(w); !ok || !c.NeedsContext {
			t.Errorf("%s: %+v, want a company that needs context", w, c)
		}
	}
}

// The lexicon of the shipped lists is built once and shared by the loads;
// one with a user's file is built anew, as the file may have changed.
func TestShippedLexiconIsShared(t *testing.T) {
	a, errA := New("")
	b, errB := New("")
	if errA != nil || errB != nil || a != b {
		t.Fatalf("two lexicons of the shipped lists (%v, %v): the same one: %v", errA, errB, a == b)
	}
	user := filepath.Join(t.TempDir(), "companies.tsv")
	if err := os.WriteFile(user, []byte("Brindlewood Analytics\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	withUser, err := New(user)
	if err != nil {
		t.Fatal(err)
	}
	_, inOwn := withUser.Company(model.Fold("Brindlewood Analytics"))
	_, inShared := a.Company(model.Fold("Brindlewood Analytics"))
	if withUser == a || !inOwn || inShared {
		t.Errorf("a user's list went into the shared lexicon, or not into its own")
	}
}

// Each company's name words are its name folded and split, as made when
// they were asked for.
func TestNameWordsAreTheFoldedName(t *testing.T) {
	lex, err := New("")
	if err != nil {
		t.Fatal(err)
	}
	for i := range lex.companies {
		c := lex.CompanyAt(i, false)
		if want := strings.Fields(model.Fold(c.Name)); !slices.Equal(c.NameWords, want) {
			t.Errorf("%q: name words %q, want %q", c.Name, c.NameWords, want)
		}
	}
}

// A company word alone names no company: "Company" cut off "The Medicines
// Company" must not be read as a listed one.
func TestCompanyWordsAloneAreNotListed(t *testing.T) {
	lex, err := New("")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"company", "corporation", "group", "holdings", "limited", "incorporated"} {
		if c, ok := lex.Company(w); ok {
			t.Errorf("%s is listed as %+v", w, c)
		}
	}
}

// A title listed only with its full stop ("Dott.", "Avv.") needs it; one
// also listed without, on its line or another ("Dr" beside "Dr.", the
// Portuguese "Sr" beside the Spanish "Sr."), does not.
func TestTitleNeedsStop(t *testing.T) {
	lex, err := New("")
	if err != nil {
		t.Fatal(err)
	}
	for word, want := range map[string]bool{"dott": true, "avv": true, "dr": false, "mr": false, "dottore": false, "sr": false, "sra": false} {
		if got := lex.TitleNeedsStop(word); got != want {
			t.Errorf("TitleNeedsStop(%q) = %v, want %v", word, got, want)
		}
	}
}
