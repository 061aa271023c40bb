package extract

import (
	"fmt"
	"strings"

	"dealwire/model"
)

// summary is the deal in one line: who did what, for how much, when.
// buyer, when known, is who buys in a sale.
func summary(d model.Deal, buyer string) string {
	a, b := party(d.Parties, 0), party(d.Parties, 1)
	if len(d.Parties) > 2 {
		b = strings.Join(d.Parties[1:], ", ")
	}
	if d.Type == model.Divestiture && buyer != "" && buyer != a {
		b = buyer // "Microsoft sells to HMD Global", not to every name around
	}
	form, ok := summaryForms[d.Type]
	if !ok {
		form = "deal between %s and %s"
	}
	s := fmt.Sprintf(form, a, b)
	if d.Value != nil {
		s += " for " + d.Value.String()
	}
	if d.Date != "" {
		s += " (" + d.Date[:4] + ")"
	}
	if d.Status != model.Announced {
		s += ", " + d.Status
	}
	return s
}

// summaryForms say each type of deal between a and b.
var summaryForms = map[string]string{
	model.Acquisition:  "%s acquires %s",
	model.Divestiture:  "%s sells to %s",
	model.Merger:       "%s and %s merge",
	model.Partnership:  "%s and %s partner",
	model.Licensing:    "licence between %s and %s",
	model.JointVenture: "%s and %s form a joint venture",
	model.Investment:   "%s invests in %s",
	model.Supply:       "supply deal between %s and %s",
}

func party(ps []string, i int) string {
	if i < len(ps) {
		return ps[i]
	}
	return "?"
}
