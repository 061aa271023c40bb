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
	var s string
	switch d.Type {
	case model.Acquisition:
		s = fmt.Sprintf("%s acquires %s", a, b)
	case model.Divestiture:
		s = fmt.Sprintf("%s sells to %s", a, b)
	case model.Merger:
		s = fmt.Sprintf("%s and %s merge", a, b)
	case model.Partnership:
		s = fmt.Sprintf("%s and %s partner", a, b)
	case model.Licensing:
		s = fmt.Sprintf("licence between %s and %s", a, b)
	case model.JointVenture:
		s = fmt.Sprintf("%s and %s form a joint venture", a, b)
	case model.Investment:
		s = fmt.Sprintf("%s invests in %s", a, b)
	case model.Supply:
		s = fmt.Sprintf("supply deal between %s and %s", a, b)
	default:
		s = fmt.Sprintf("deal between %s and %s", a, b)
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

func party(ps []string, i int) string {
	if i < len(ps) {
		return ps[i]
	}
	return "?"
}
