// Package lexicon holds the word lists company recognition consults: known
// companies and their aliases, and the names that are not companies
// (places, outlets, public bodies, products, given names), plus the words
// that mark a name as a company (legal suffixes, "Group", "maker"). The
// lists themselves are data (loader/data); this package indexes them.
// Every lookup is by folded form (model.Fold), so case, accents and
// punctuation never decide a match.
package lexicon

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"dealwire/loader/data"
	"dealwire/loader/extract/lists"
	"dealwire/model"
)

// Kind is a class of names that are not companies, or of marker words.
type Kind int

// The word lists.
const (
	Place Kind = iota
	Demonym
	Outlet
	Body
	Product
	GivenName
	Title       // job titles and honorifics: mark a person
	LegalSuffix // Inc, AG, SpA
	NameWord    // Group, Technologies: a company when it ends a name
	CompanyNoun // maker, retailer, Konzern: a company in apposition
	Country     // a country's name, also a Place: never a company on its own
	numKinds
)

// Kinds is a set of kinds, a bit each: a word's lists are found in one
// lookup, and a word asked about against several lists is looked up once.
type Kinds uint16

// KindsOf is the set of the kinds ks.
func KindsOf(ks ...Kind) Kinds {
	var set Kinds
	for _, k := range ks {
		set |= 1 << k
	}
	return set
}

// Company is one known company: its canonical short name and every alias.
type Company struct {
	Name string
	// NameWords are the words of Name folded (Fold, then split at its
	// spaces): made once with the lexicon, as names are compared word by
	// word with the text's
	NameWords    []string
	Aliases      []string
	NeedsContext bool   // an ordinary word too (Orange, Shell): trust only with other evidence
	Sector       string // the list's section it is under ("automotive", "finance"), if any
	Nation       string // where it is based, as an English demonym ("Swedish"), if the seats list knows
	Seat         string // the city it is run from, folded, in its first form ("munich"), if known
}

// Lexicon answers which list a folded name belongs to.
type Lexicon struct {
	companies []Company
	// inContext is companies again, each marked NeedsContext: CompanyAt
	// hands either out by pointer, so that a lookup copies nothing
	inContext []Company
	byAlias   map[string]int // folded alias -> index in companies
	// aliasStarts holds the first words of longer aliases ("deutsche",
	// "deutsche telekom" for "deutsche telekom ag"), so that a lookup
	// stops at the first run of words no alias begins with
	aliasStarts map[string]bool
	// aliasSieve holds the hashes of the keys of byAlias and aliasStarts:
	// LongestAlias is asked at nearly every capitalised word, most of
	// which neither is nor starts an alias, and the sieve, unlike the
	// tables, stays in the processor's nearest cache
	aliasSieve sieve
	maxWords   int // longest alias, in words
	// kinds is every listed folded name with the lists it is in: one
	// table for all lists, as most words are looked up against several
	kinds     map[string]Kinds
	listed    sieve           // the hashes of kinds' names: most words asked about are in no list
	ambiguous map[string]bool // one-word aliases that are also a place, a person's name, a title...
	// lowerNames are the one-word names the list writes starting in lower
	// case ("abrdn", "easyJet", "bol.com"), as written: text writes them so,
	// where a capital opens every other name
	lowerNames map[string]bool
	// styled are the two-word aliases, folded, that the list writes as an
	// acronym and a word in lower case ("SK hynix"): the company's styling
	styled     map[string]bool
	lowerSieve sieve // refuses nearly every lower-case word before the table
	// dottedTitles are the titles listed only as abbreviations with their
	// full stop ("Dott.", "Avv.", "Sig."), folded: without the stop the
	// word may be a name ("Tier Mobility and Dott agree to merge")
	dottedTitles map[string]bool
	// nations maps every folded form of a nationality word ("sueca",
	// "schwedischen", "swedes") to its English demonym ("Swedish"); seats
	// maps every folded form of a city companies are run from ("monaco",
	// "munchen") to its first form ("munich")
	nations map[string]string
	seats   map[string]string

	// listedHashes are the hashes of every byte of kinds' names: of the
	// words listed lets through, most share only a few bytes with a
	// listed name ("with", "said"), and are told by them before the table
	listedHashes *lists.Hashes
}

// Nation is the English demonym a folded nationality word stands for
// ("sueca" -> "Swedish"), "" when it is none.
func (l *Lexicon) Nation(folded string) string { return l.nations[folded] }

// Seat is the first form of the city a folded word names, when some
// listed company is run from there ("monaco" -> "munich"), else "".
func (l *Lexicon) Seat(folded string) string { return l.seats[folded] }

// acronymThenLower: a is an acronym of capitals, w a word opening in
// lower case ("SK hynix").
func acronymThenLower(a, w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return len(a) >= 2 && len(a) <= 4 && strings.ToUpper(a) == a && !strings.ContainsAny(a, ".&") && unicode.IsLower(r)
}

// LowerName reports whether word is a company's one-word name written in
// lower case, exactly as the list writes it.
func (l *Lexicon) LowerName(word string) bool {
	return mayHold(&l.lowerSieve, word) && l.lowerNames[word] // asked of every lower-case word
}

// StyledLower reports whether the folded words are an alias the list
// writes as an acronym and a word in lower case ("sk hynix").
func (l *Lexicon) StyledLower(acronym, word string) bool {
	return len(l.styled) > 0 && l.styled[acronym+" "+word]
}

// Has reports whether the folded form of name is in the list of kind k.
func (l *Lexicon) Has(k Kind, name string) bool { return l.HasFolded(k, model.Fold(name)) }

// HasFolded is Has for a name already folded.
func (l *Lexicon) HasFolded(k Kind, folded string) bool { return l.kindsOf(folded)&(1<<k) != 0 }

// KindsFolded is every list the folded name is in: a caller asking
// about one name against several lists looks it up once.
func (l *Lexicon) KindsFolded(folded string) Kinds { return l.kindsOf(folded) }

// kindsOf is kinds[folded], asked of the sieve first: five in six words
// looked up are in no list, and the sieve, unlike the table, is small
// enough to stay in the processor's nearest cache.
func (l *Lexicon) kindsOf(folded string) Kinds {
	if !mayHold(&l.listed, folded) || !l.listedHashes.May(folded) {
		return 0
	}
	return l.kinds[folded]
}

// Has reports whether k is in the set.
func (ks Kinds) Has(k Kind) bool { return ks&(1<<k) != 0 }

// HasAnyFolded reports whether the folded name is in any list of ks.
func (l *Lexicon) HasAnyFolded(ks Kinds, folded string) bool { return l.kindsOf(folded)&ks != 0 }

// HasFoldedBytes is HasFolded for a name joined in a buffer: the lookup
// makes no string of it.
func (l *Lexicon) HasFoldedBytes(k Kind, folded []byte) bool {
	if !mayHold(&l.listed, folded) {
		return false
	}
	return l.kinds[string(folded)]&(1<<k) != 0
}

// EndsWith reports whether folded ends with an entry of kind k at least
// min bytes long: German compounds ("Batteriekonzern" ends with "konzern").
// The part before the entry has two bytes at least ("Ölkonzern" folds to
// "olkonzern"): one letter makes no compound, and "Chandler" is no
// "Händler". It looks up
// each ending of the word, so it costs the word's length, not the list's.
func (l *Lexicon) EndsWith(k Kind, folded string, min int) bool {
	for i := 2; i+min <= len(folded); i++ {
		if l.kindsOf(folded[i:])&(1<<k) != 0 {
			return true
		}
	}
	return false
}

// Company looks up a folded name among the known companies and aliases.
func (l *Lexicon) Company(folded string) (Company, bool) {
	i, ok := l.byAlias[folded]
	if !ok {
		return Company{}, false
	}
	c := l.companies[i]
	if l.ambiguous[folded] {
		c.NeedsContext = true
	}
	return c, true
}

// LongestCompany finds the longest known alias that words (folded) begin
// with: the company and how many words its alias has, 0 for none.
func (l *Lexicon) LongestCompany(words []string) (Company, int) {
	i, n, ambiguous := l.LongestAlias(words)
	if n == 0 {
		return Company{}, 0
	}
	return *l.CompanyAt(i, ambiguous), n
}

// LongestAlias is LongestCompany by index, for CompanyAt: the company's
// index, how many words its alias has (0 for none), and whether the alias
// is ambiguous, another list's word too.
func (l *Lexicon) LongestAlias(words []string) (company, wordCount int, ambiguous bool) {
	// the key grows a word at a time in one buffer: looking a map up by
	// string(key) makes no copy
	var buf [64]byte
	key := buf[:0]
	for n, w := range words {
		if n > 0 {
			key = append(key, ' ')
		}
		key = append(key, w...)
		if !mayHold(&l.aliasSieve, key) {
			break // neither an alias nor the start of a longer one
		}
		if i, ok := l.byAlias[string(key)]; ok {
			company, wordCount, ambiguous = i, n+1, l.ambiguous[string(key)]
		}
		if !l.aliasStarts[string(key)] {
			break
		}
	}
	return company, wordCount, ambiguous
}

// CompanyAt is the i-th company, marked NeedsContext if needsContext, by
// pointer into the lexicon, which every core shares: it must not be
// changed.
func (l *Lexicon) CompanyAt(i int, needsContext bool) *Company {
	if needsContext {
		return &l.inContext[i]
	}
	return &l.companies[i]
}

// MaxWords is the number of words of the longest known alias.
func (l *Lexicon) MaxWords() int { return l.maxWords }

// New gives the lexicon of the shipped lists, extended by a user's
// companies file when one is named. A lexicon is never changed once
// built, so that loads can share one: that of the shipped lists alone,
// the usual one, is built once, not at every load (40 ms and 145,000
// allocations each); one with a user's file is built anew, as the file
// may have changed.
func New(userCompanies string) (*Lexicon, error) {
	if userCompanies == "" {
		return shipped()
	}
	return build(userCompanies)
}

// shipped is the lexicon of the shipped lists, built at its first call.
var shipped = sync.OnceValues(func() (*Lexicon, error) { return build("") })

// build builds the lexicon of the shipped lists and the user's companies
// file, if named.
func build(userCompanies string) (*Lexicon, error) {
	l := &Lexicon{byAlias: map[string]int{}, aliasStarts: map[string]bool{}, ambiguous: map[string]bool{}, kinds: map[string]Kinds{}, lowerNames: map[string]bool{}, styled: map[string]bool{}}
	entries, err := data.Companies()
	if err != nil {
		return nil, err
	}
	l.addCompanies(entries)
	if userCompanies != "" {
		f, err := os.Open(userCompanies)
		if err != nil {
			return nil, fmt.Errorf("companies list: %w", err)
		}
		defer f.Close()
		user, err := data.ReadEntries(f, userCompanies)
		if err != nil {
			return nil, fmt.Errorf("companies list: %w", err)
		}
		l.addCompanies(user)
	}
	outlets, err := data.Outlets()
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	for _, e := range outlets {
		l.add(Outlet, e.Name)
		l.add(Outlet, e.Aliases...)
	}
	sectioned := []struct {
		file     string
		kinds    map[string]Kind
		fallback Kind
	}{
		{data.PlacesFile, map[string]Kind{"demonyms": Demonym}, Place},
		{data.CompanyWordsFile, map[string]Kind{"legal-suffixes": LegalSuffix, "name-words": NameWord, "company-nouns": CompanyNoun}, -1},
		{data.BodiesFile, nil, Body},
		{data.ProductsFile, nil, Product},
		{data.GivenNamesFile, nil, GivenName},
		{data.TitlesFile, nil, Title},
	}
	var demonyms []string // the demonym blocks, read once with the rest of places.txt
	var titles []string   // every spelling of every title (see addDottedTitles)
	for _, f := range sectioned {
		secs, err := data.Sections(f.file)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err // a list missing from the build is empty; loader/data's tests require them all
		}
		for _, s := range secs {
			kind, ok := f.kinds[s.Name]
			if !ok {
				kind = f.fallback
			}
			if kind < 0 {
				continue
			}
			if kind == Demonym {
				demonyms = append(demonyms, s.Lines...)
			}
			for _, line := range s.Lines {
				l.add(kind, strings.Split(line, "\t")...)
				if kind == Title {
					titles = append(titles, strings.Split(line, "\t")...)
				}
				if f.file == data.PlacesFile && (s.Name == "countries" || s.Name == "regions") {
					// a continent or a region is no company either, even
					// priced in a list of them ("en Europa, Oriente Medio
					// y África por 615 millones")
					l.add(Country, strings.Split(line, "\t")...)
				}
			}
		}
	}
	l.addNations(demonyms)
	l.addDottedTitles(titles)
	if err := l.addSeats(); err != nil {
		return nil, err
	}
	l.markAmbiguous()
	names := make([]string, 0, len(l.kinds))
	for name := range l.kinds {
		l.listed.add(name)
		names = append(names, name)
	}
	l.listedHashes = lists.HashesOf(names)
	l.inContext = slices.Clone(l.companies)
	for i := range l.inContext {
		l.inContext[i].NeedsContext = true
	}
	return l, nil
}

// addNations indexes the demonym lines of places.txt, which come in
// blocks of one line per language, English first: every form in a block
// stands for the block's English word.
func (l *Lexicon) addNations(lines []string) {
	l.nations = map[string]string{}
	for i := 0; i+data.DemonymLanguages <= len(lines); i += data.DemonymLanguages {
		nation := strings.Split(lines[i], "\t")[0]
		for _, line := range lines[i : i+data.DemonymLanguages] {
			for _, form := range strings.Split(line, "\t") {
				if key := model.Fold(form); key != "" && l.nations[key] == "" {
					l.nations[key] = nation
				}
			}
		}
	}
}

// addSeats reads where the listed companies are based (seats.tsv).
func (l *Lexicon) addSeats() error {
	seats, err := data.Seats()
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	l.seats = map[string]string{}
	for _, s := range seats {
		i, ok := l.byAlias[model.Fold(s.Company)]
		if !ok {
			continue // a user's companies file may leave a shipped name out: nothing to place
		}
		l.companies[i].Nation = s.Nation
		if len(s.City) == 0 {
			continue
		}
		city := model.Fold(s.City[0])
		l.companies[i].Seat = city
		for _, form := range s.City {
			if key := model.Fold(form); key != "" && l.seats[key] == "" {
				l.seats[key] = city
			}
		}
	}
	return nil
}

// markAmbiguous flags the one-word aliases that another list also holds
// ("Maire" is a French mayor, "Allianz" a German alliance): a match on
// them alone is not enough.
func (l *Lexicon) markAmbiguous() {
	l.ambiguous = map[string]bool{}
	other := KindsOf(Place, Demonym, GivenName, Title, Body, Outlet, Product, CompanyNoun, NameWord)
	for alias := range l.byAlias {
		if strings.Contains(alias, " ") {
			continue
		}
		if l.kinds[alias]&other != 0 {
			l.ambiguous[alias] = true
		}
	}
}

// addDottedTitles notes the titles spelled with a full stop at the end
// where no title of the list is the same word without it ("Dott.", but not
// "Sr." as the Portuguese "Sr" is listed, nor "Dr." beside "Dr").
func (l *Lexicon) addDottedTitles(spellings []string) {
	plain := map[string]bool{}
	for _, sp := range spellings {
		if !strings.HasSuffix(sp, ".") {
			plain[model.Fold(sp)] = true
		}
	}
	for _, sp := range spellings {
		bare, dotted := strings.CutSuffix(sp, ".")
		if !dotted || strings.Contains(bare, ".") || plain[model.Fold(bare)] {
			continue
		}
		if l.dottedTitles == nil {
			l.dottedTitles = map[string]bool{}
		}
		l.dottedTitles[model.Fold(bare)] = true
	}
}

// TitleNeedsStop: the folded word is a title only written with its full
// stop after it (see dottedTitles).
func (l *Lexicon) TitleNeedsStop(folded string) bool { return l.dottedTitles[folded] }

func (l *Lexicon) add(k Kind, names ...string) {
	for _, n := range names {
		if key := model.Fold(n); key != "" {
			l.kinds[key] |= 1 << k
		}
	}
}

// addCompanies indexes entries; an entry whose name is already known adds
// its aliases to that company (a user's file extends the shipped one).
func (l *Lexicon) addCompanies(entries []data.Entry) {
	for _, e := range entries {
		idx, known := l.byAlias[model.Fold(e.Name)]
		if !known {
			idx = len(l.companies)
			l.companies = append(l.companies, Company{Name: e.Name, NameWords: strings.Fields(model.Fold(e.Name)), NeedsContext: e.NeedsContext, Sector: e.Section})
		}
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			key := model.Fold(a)
			if key == "" {
				continue
			}
			if _, taken := l.byAlias[key]; !taken {
				l.byAlias[key] = idx
				l.aliasSieve.add(key)
			}
			l.companies[idx].Aliases = append(l.companies[idx].Aliases, a)
			if r, _ := utf8.DecodeRuneInString(a); (unicode.IsLower(r) || unicode.IsDigit(r) && strings.ContainsFunc(a, unicode.IsLetter)) && !strings.ContainsAny(a, " \t") {
				// (a name opening with a digit, "3i", "7-Eleven", is no
				// capitalised word either)
				l.lowerNames[a] = true
				l.lowerSieve.add(a)
			}
			if ws := strings.Fields(a); len(ws) == 2 && acronymThenLower(ws[0], ws[1]) {
				l.styled[key] = true
			}
			ws := strings.Fields(key)
			if n := len(ws); n > l.maxWords {
				l.maxWords = n
			}
			for n := 1; n < len(ws); n++ {
				start := strings.Join(ws[:n], " ")
				l.aliasStarts[start] = true
				l.aliasSieve.add(start)
			}
		}
	}
}
