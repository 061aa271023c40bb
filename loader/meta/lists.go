package meta

import (
	"strings"
	"sync"

	"dealwire/loader/data"
)

// The outlet and given-name lists tell an outlet from a person where the
// shape of a line cannot ("Bloomberg" vs "Emma Haslett" after a date).
var (
	listsOnce  sync.Once
	outlets    map[string]bool
	givenNames map[string]bool
	companies  map[string]bool // known companies' names: "Source: Nokia" is a press release
)

func loadLists() {
	outlets = map[string]bool{}
	if entries, err := data.Outlets(); err == nil {
		for _, e := range entries {
			outlets[strings.ToLower(e.Name)] = true
			for _, a := range e.Aliases {
				outlets[strings.ToLower(a)] = true
			}
		}
	}
	companies = map[string]bool{}
	if entries, err := data.Companies(); err == nil {
		for _, e := range entries {
			companies[strings.ToLower(e.Name)] = true
			for _, a := range e.Aliases {
				companies[strings.ToLower(a)] = true
			}
		}
	}
	givenNames = map[string]bool{}
	if words, err := data.Words(data.GivenNamesFile); err == nil {
		for _, w := range words {
			givenNames[strings.ToLower(w)] = true
		}
	}
}

// isOutlet says whether a name is a known news outlet or agency, or a
// site's domain name.
func isOutlet(s string) bool {
	listsOnce.Do(loadLists)
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "."))
	if lowerKey(outlets, s) {
		return true
	}
	return strings.Contains(s, ".") && domainName.MatchString(s)
}

func isGivenName(w string) bool {
	listsOnce.Do(loadLists)
	return lowerKey(givenNames, w)
}

// singleOutletWord: one capitalised word credited as a source that no list
// knows as a company ("Source: Finwire", not "Source: Nokia").
func singleOutletWord(s string) bool {
	listsOnce.Do(loadLists)
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	return len(strings.Fields(s)) == 1 && isCapitalised(s) && !lowerKey(companies, s) && !strings.ContainsAny(s, "0123456789@")
}

// companyName: a name the company list knows.
func companyName(s string) bool {
	listsOnce.Do(loadLists)
	return lowerKey(companies, strings.TrimSpace(s))
}
