package data

import (
	"io/fs"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"dealwire/model"
)

// minEntries is the least number of entry lines each list must keep: the
// extractor meets companies and names it has never seen, so breadth is the
// point of these lists, and a file cut short by a bad edit must fail here.
var minEntries = map[string]int{
	CompaniesFile:    2500,
	OutletsFile:      600,
	PlacesFile:       1500,
	BodiesFile:       400,
	GivenNamesFile:   3000,
	ProductsFile:     500,
	TitlesFile:       300,
	CompanyWordsFile: 400,
	SeatsFile:        2000,
}

// deliberateOverlaps are company names or aliases that are also in another
// list on purpose, with the reason. Anything else found in both is a bug.
var deliberateOverlaps = map[string]string{
	"fca": "Fiat Chrysler in Italian and deal news, the UK Financial Conduct Authority in British news; both too common to drop",
}

func TestEveryFileParsesAndIsBroadEnough(t *testing.T) {
	for name, least := range minEntries {
		lines, err := Lines(name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		t.Logf("%-17s %5d entry lines", name, len(lines))
		if len(lines) < least {
			t.Errorf("%s has %d entry lines, want at least %d", name, len(lines), least)
		}
	}
}

func TestEveryEmbeddedFileIsCleanUTF8(t *testing.T) {
	err := fs.WalkDir(FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := FS.ReadFile(path)
		if err != nil {
			return err
		}
		if !utf8.Valid(b) {
			t.Errorf("%s is not valid UTF-8", path)
		}
		for i, line := range strings.Split(string(b), "\n") {
			for _, r := range line {
				if r != '\t' && (unicode.IsControl(r) || r == '\uFEFF' || r == '\u00A0') {
					t.Errorf("%s:%d: control or invisible character %U", path, i+1, r)
				}
			}
			if line != strings.TrimRight(line, " \t") {
				t.Errorf("%s:%d: trailing space", path, i+1)
			}
			if strings.Contains(line, "\t\t") {
				t.Errorf("%s:%d: empty field between tabs", path, i+1)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func companies(t *testing.T) []Entry {
	t.Helper()
	list, err := Companies()
	if err != nil {
		t.Fatal(err)
	}
	return list
}

func TestCompanyCanonicalNamesAreUnique(t *testing.T) {
	seen := map[string]string{}
	for _, e := range companies(t) {
		key := model.Fold(e.Name)
		if key == "" {
			t.Errorf("company %q folds to nothing", e.Name)
		}
		if prev, dup := seen[key]; dup {
			t.Errorf("company %q listed twice (also as %q)", e.Name, prev)
		}
		seen[key] = e.Name
	}
}

func TestNoAliasIsClaimedByTwoCompanies(t *testing.T) {
	owner := map[string]string{}
	for _, e := range companies(t) {
		owner[model.Fold(e.Name)] = e.Name
	}
	for _, e := range companies(t) {
		for _, a := range e.Aliases {
			key := model.Fold(a)
			if prev, taken := owner[key]; taken && prev != e.Name {
				t.Errorf("alias %q of %q is also a name or alias of %q", a, e.Name, prev)
			}
			owner[key] = e.Name
		}
	}
}

// An alias that is only the canonical name plus a legal suffix wastes a
// lookup: the extractor strips suffixes before it looks names up.
func TestNoAliasIsOnlyTheNamePlusALegalSuffix(t *testing.T) {
	suffixes := sectionWords(t, CompanyWordsFile, "legal-suffixes")
	for _, e := range companies(t) {
		name := model.Fold(e.Name)
		for _, a := range e.Aliases {
			alias := model.Fold(a)
			rest, ok := strings.CutPrefix(alias, name+" ")
			if ok && suffixes[rest] {
				t.Errorf("alias %q of %q is the name plus the legal suffix %q", a, e.Name, rest)
			}
		}
	}
}

// The extractor strips legal suffixes ("Compass Group" -> "Compass") before
// it looks a name up, so two entries that differ only by suffixes would be
// one name to it: such pairs are one company or must be told apart otherwise.
func TestNoTwoCompaniesMeetAfterSuffixStripping(t *testing.T) {
	suffixes := sectionWords(t, CompanyWordsFile, "legal-suffixes")
	owner := map[string]string{}
	for _, e := range companies(t) {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			key := stripSuffixes(model.Fold(n), suffixes)
			if prev, ok := owner[key]; ok && prev != e.Name {
				t.Errorf("%q of %q and %q are both %q once suffixes are stripped", n, e.Name, prev, key)
			}
			owner[key] = e.Name
		}
	}
}

// stripSuffixes drops trailing legal suffixes (one to four words long)
// from a folded name, keeping at least one word.
func stripSuffixes(folded string, suffixes map[string]bool) string {
	words := strings.Fields(folded)
	for stripped := true; stripped; {
		stripped = false
		for n := 4; n >= 1; n-- {
			if len(words) > n && suffixes[strings.Join(words[len(words)-n:], " ")] {
				words, stripped = words[:len(words)-n], true
				break
			}
		}
	}
	return strings.Join(words, " ")
}

func TestCompanyNamesAreNotPlacesBodiesOutletsOrProducts(t *testing.T) {
	others := map[string]map[string]bool{}
	for _, f := range []string{PlacesFile, BodiesFile, OutletsFile, ProductsFile} {
		others[f] = foldedWords(t, f)
	}
	for _, e := range companies(t) {
		if e.NeedsContext {
			continue // listed as ambiguous on purpose
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			key := model.Fold(n)
			if _, ok := deliberateOverlaps[key]; ok {
				continue
			}
			for f, set := range others {
				if set[key] {
					t.Errorf("company %q: %q is also in %s; move the company to needs-context, drop one, or add it to deliberateOverlaps with a reason", e.Name, n, f)
				}
			}
		}
	}
}

func TestCompanyWordsHasItsThreeSections(t *testing.T) {
	for _, s := range []string{"legal-suffixes", "name-words", "company-nouns"} {
		if n := len(sectionWords(t, CompanyWordsFile, s)); n < 50 {
			t.Errorf("companywords.txt section %q has %d words, want at least 50", s, n)
		}
	}
}

func TestPlacesHaveADemonymsSection(t *testing.T) {
	if n := len(sectionWords(t, PlacesFile, "demonyms")); n < 200 {
		t.Errorf("places.txt demonyms section has %d words, want at least 200", n)
	}
}

func TestNeedsContextSectionIsMarked(t *testing.T) {
	n := 0
	for _, e := range companies(t) {
		if e.NeedsContext {
			n++
		}
	}
	if n == 0 {
		t.Error("no company is marked needs-context; ordinary-word names (Orange, Shell) belong there")
	}
	t.Logf("%d companies need context", n)
}

func TestReadEntriesParsesAUserFile(t *testing.T) {
	in := "# my companies\nAcme\tAcme Widgets\tACME Corp\n\n## needs-context\nBolt\n"
	got, err := ReadEntries(strings.NewReader(in), "user.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d entries, want 2: %+v", len(got), got)
	}
	if got[0].Name != "Acme" || len(got[0].Aliases) != 2 || got[0].Aliases[1] != "ACME Corp" || got[0].NeedsContext {
		t.Errorf("first entry = %+v", got[0])
	}
	if got[1].Name != "Bolt" || !got[1].NeedsContext {
		t.Errorf("second entry = %+v, want Bolt needing context", got[1])
	}
	if _, err := ReadEntries(strings.NewReader("\tNo name\n"), "bad.tsv"); err == nil {
		t.Error("a line without a canonical name was accepted")
	}
}

func sectionWords(t *testing.T, file, section string) map[string]bool {
	t.Helper()
	secs, err := Sections(file)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, s := range secs {
		if s.Name != section {
			continue
		}
		for _, l := range s.Lines {
			for _, f := range strings.Split(l, "\t") {
				out[model.Fold(f)] = true
			}
		}
	}
	return out
}

func foldedWords(t *testing.T, file string) map[string]bool {
	t.Helper()
	words, err := Words(file)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, w := range words {
		out[model.Fold(w)] = true
	}
	return out
}

// The demonyms come in blocks of DemonymLanguages lines, one a language,
// English first: the lexicon reads each block as one nationality, so a
// block cut short would shift every nationality after it.
func TestDemonymsComeInBlocksOfOneLinePerLanguage(t *testing.T) {
	lines, err := sectionLines(PlacesFile, "demonyms")
	if err != nil {
		t.Fatal(err)
	}
	if len(lines)%DemonymLanguages != 0 {
		t.Fatalf("demonyms section has %d lines, not blocks of %d", len(lines), DemonymLanguages)
	}
	// each block's English line and its Italian line differ: a block cut
	// short would pair an English word with the next nation's
	for i := 0; i < len(lines); i += DemonymLanguages {
		en := strings.Split(lines[i], "\t")[0]
		if r, _ := utf8.DecodeRuneInString(en); !unicode.IsUpper(r) {
			t.Errorf("demonym block at line %d opens with %q, not an English (capitalised) word", i, en)
		}
		if it := strings.Split(lines[i+1], "\t")[0]; it == en && en != "Maltese" {
			t.Errorf("demonym block %q: its Italian line repeats the English one", en)
		}
	}
}

// Every seat is of a listed company, with a nationality the demonyms know.
func TestSeatsAreOfListedCompaniesAndNations(t *testing.T) {
	seats, err := Seats()
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, e := range companies(t) {
		listed[e.Name] = true
	}
	lines, err := sectionLines(PlacesFile, "demonyms")
	if err != nil {
		t.Fatal(err)
	}
	nations := map[string]bool{}
	for i := 0; i < len(lines); i += DemonymLanguages {
		nations[strings.Split(lines[i], "\t")[0]] = true
	}
	for _, s := range seats {
		if !listed[s.Company] {
			t.Errorf("seats.tsv: %q is not a canonical name in companies.tsv", s.Company)
		}
		if s.Nation != "" && !nations[s.Nation] {
			t.Errorf("seats.tsv: %s's nationality %q is no English demonym of places.txt", s.Company, s.Nation)
		}
		if s.Nation == "" && len(s.City) == 0 {
			t.Errorf("seats.tsv: %s has neither nationality nor city", s.Company)
		}
	}
	t.Logf("%d companies placed", len(seats))
}

// sectionLines is the entry lines of one section of an embedded file.
func sectionLines(file, section string) ([]string, error) {
	secs, err := Sections(file)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, s := range secs {
		if s.Name == section {
			out = append(out, s.Lines...)
		}
	}
	return out, nil
}
