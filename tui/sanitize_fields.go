package tui

import (
	"strings"

	"dealwire/model/safetext"
)

// cleanField makes one metadata value (title, outlet, URL, a problem's
// message) safe to draw on one line. The loader cleans these already;
// the browser does not rely on it.
func cleanField(s string) string {
	return strings.Join(strings.Fields(safetext.Clean(s)), " ")
}
