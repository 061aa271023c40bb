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
	if outlets[strings.ToLower(s)] {
		return true
	}
	return domainName.MatchString(s)
}

func isGivenName(w string) bool {
	listsOnce.Do(loadLists)
	return givenNames[strings.ToLower(w)]
}
