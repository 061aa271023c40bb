package extract

import (
	"fmt"
	"strings"

	"dealwire/model"
)

// summary is the deal in one line: who did what, for how much, when.
// buyer, when known, is who buys in a sale.
func summary(d model.Deal, buyer string) string {
	var s string
	if d.Type == model.Divestiture {
		s = sale(d.Parties, buyer)
	} else {
		a, b := party(d.Parties, 0), party(d.Parties, 1)
		if len(d.Parties) > 2 {
			b = strings.Join(d.Parties[1:], ", ")
		}
		form, ok := summaryForms[d.Type]
		if !ok {
			form = "deal between %s and %s"
		}
		s = fmt.Sprintf(form, a, b)
	}
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

// sale says a sale by the first of parties, to the buyer when the
// reports name one ("Microsoft sells to HMD Global", not to every name
// around, some of them co-buyers). Without a buyer the others may be what
// is sold ("Veltraco sold Quorvex") or who buys ("FEMSA sold its beer
// arm, Heineken paying in shares"): the line does not say which.
func sale(parties []string, buyer string) string {
	seller := party(parties, 0)
	switch {
	case buyer != "" && buyer != seller:
		return seller + " sells to " + buyer
	case len(parties) < 2:
		return "sale by " + seller
	}
	return "sale by " + seller + " involving " + strings.Join(parties[1:], ", ")
}

// summaryForms say each type of deal between a and b (a sale: see sale).
var summaryForms = map[string]string{
	model.Acquisition:  "%s acquires %s",
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
