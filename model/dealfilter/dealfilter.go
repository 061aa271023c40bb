// Package dealfilter parses and applies the Deals list's filter:
//
//	type acquisition year>=2015 value>1bn
//
// Conditions are ANDed. Recognised:
//
//	type T[,T...]          type:T or type=T too; a unique prefix of a type
//	                       name is enough (acq, jv, joint venture, licence)
//	year>=Y year<=Y year>Y year<Y year=Y
//	year Y  year:Y  year Y-Z  year Y..Z
//	value>V value>=V value<V value<=V   V like 500m, 1.5bn, $2 billion, 700k
//	status S               announced, completed, proposed, failed (prefixes too)
//
// A leading ':' is ignored. Values are compared as stated, currencies not
// converted; a deal without a date fails any year condition, one without
// a value any value condition.
package dealfilter

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"dealwire/model"
)

// Filter is a parsed filter; the zero Filter matches every deal.
type Filter struct {
	Types            []string // deal types (model constants); empty: any
	Statuses         []string
	YearMin, YearMax int     // 0: no bound
	ValueMin         float64 // NaN-free; bounds as given, inclusive flags below
	ValueMax         float64
	valueMinSet      bool
	valueMaxSet      bool
	valueMinStrict   bool
	valueMaxStrict   bool
	text             string
}

var typeNames = []struct{ name, typ string }{
	{"acquisition", model.Acquisition}, {"acquire", model.Acquisition}, {"buyout", model.Acquisition}, {"takeover", model.Acquisition},
	{"merger", model.Merger}, {"divestiture", model.Divestiture}, {"sale", model.Divestiture}, {"divestment", model.Divestiture},
	{"partnership", model.Partnership}, {"alliance", model.Partnership}, {"collaboration", model.Partnership},
	{"licensing", model.Licensing}, {"licence", model.Licensing}, {"license", model.Licensing},
	{"joint_venture", model.JointVenture}, {"joint-venture", model.JointVenture}, {"jointventure", model.JointVenture}, {"jv", model.JointVenture},
	{"investment", model.Investment}, {"stake", model.Investment}, {"funding", model.Investment},
	{"supply", model.Supply}, {"other", model.Other},
}

var statusNames = []string{model.Announced, model.Completed, model.Proposed, model.Failed}

// Parse reads a filter. An error names the part it could not read.
func Parse(s string) (Filter, error) {
	var f Filter
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), ":"))
	f.text = strings.Join(strings.Fields(s), " ")
	// "joint venture" is one type name
	low := strings.ToLower(s)
	low = strings.ReplaceAll(low, "joint venture", "joint_venture")
	toks := tokens(low)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		field, op, val := splitCond(t)
		if op != "" && val == "" && i+1 < len(toks) { // "year>= 2015", "type: acq"
			i++
			val = toks[i]
		}
		if op == "" && i+1 < len(toks) && isField(t) {
			// "type acquisition", "year 2015", "value >1bn", "year >= 2015"
			next := toks[i+1]
			i++
			if f2, o2, v2 := splitCond(field + next); o2 != "" {
				field, op, val = f2, o2, v2
			} else {
				op, val = "=", next
			}
			if (op == ">" || op == "<" || op == ">=" || op == "<=") && val == "" && i+1 < len(toks) {
				i++
				val = toks[i]
			}
		}
		if op == "" {
			// A bare word: a type or a status name, or a year.
			if typ, ok := lookupType(t); ok {
				f.Types = append(f.Types, typ)
				continue
			}
			if st, ok := lookupStatus(t); ok {
				f.Statuses = append(f.Statuses, st)
				continue
			}
			if y, err := strconv.Atoi(t); err == nil && y >= 1800 && y <= 2200 {
				f.YearMin, f.YearMax = y, y
				continue
			}
			return Filter{}, fmt.Errorf("%q: not a condition (try type acquisition, year>=2015, value>1bn, status completed)", t)
		}
		if err := f.add(field, op, val); err != nil {
			return Filter{}, err
		}
	}
	return f, nil
}

// tokens splits on spaces, keeping an operator glued to what follows.
func tokens(s string) []string { return strings.Fields(s) }

func isField(s string) bool {
	switch strings.TrimSuffix(s, ":") {
	case "type", "year", "value", "status", "date":
		return true
	}
	return false
}

// splitCond splits "year>=2015" into year, >=, 2015; "type:acq" into type, =, acq.
func splitCond(t string) (field, op, val string) {
	i := strings.IndexAny(t, "<>=:")
	if i <= 0 {
		return t, "", ""
	}
	field = t[:i]
	rest := t[i:]
	for _, o := range []string{">=", "<=", "==", ">", "<", "=", ":"} {
		if strings.HasPrefix(rest, o) {
			op = o
			val = rest[len(o):]
			break
		}
	}
	if op == ":" || op == "==" {
		op = "="
	}
	return field, op, val
}

func (f *Filter) add(field, op, val string) error {
	switch field {
	case "type":
		if op != "=" {
			return fmt.Errorf("type%s: a type is named, not compared", op)
		}
		for _, v := range strings.Split(val, ",") {
			if v == "" {
				continue
			}
			typ, ok := lookupType(v)
			if !ok {
				return fmt.Errorf("type %q: unknown (acquisition, merger, divestiture, partnership, licensing, joint_venture, investment, supply, other)", v)
			}
			f.Types = append(f.Types, typ)
		}
	case "status":
		for _, v := range strings.Split(val, ",") {
			st, ok := lookupStatus(v)
			if !ok {
				return fmt.Errorf("status %q: unknown (announced, completed, proposed, failed)", v)
			}
			f.Statuses = append(f.Statuses, st)
		}
	case "year", "date":
		if op == "=" {
			lo, hi, ok := yearRange(val)
			if !ok {
				return fmt.Errorf("year %q: want a year like 2015 or a range like 2015-2020", val)
			}
			f.YearMin, f.YearMax = lo, hi
			return nil
		}
		y, err := strconv.Atoi(val)
		if err != nil || y < 1000 || y > 9999 {
			return fmt.Errorf("year%s%s: want a four-digit year", op, val)
		}
		switch op {
		case ">=":
			f.YearMin = y
		case ">":
			f.YearMin = y + 1
		case "<=":
			f.YearMax = y
		case "<":
			f.YearMax = y - 1
		}
	case "value":
		v, err := ParseValue(val)
		if err != nil {
			return err
		}
		switch op {
		case ">=", ">":
			f.ValueMin, f.valueMinSet, f.valueMinStrict = v, true, op == ">"
		case "<=", "<":
			f.ValueMax, f.valueMaxSet, f.valueMaxStrict = v, true, op == "<"
		case "=":
			f.ValueMin, f.valueMinSet = v, true // "value 1bn": at least
		}
	default:
		return fmt.Errorf("%q: unknown field (type, year, value, status)", field)
	}
	return nil
}

func yearRange(s string) (int, int, bool) {
	for _, sep := range []string{"..", "-", "–"} {
		if a, b, ok := strings.Cut(s, sep); ok {
			lo, err1 := strconv.Atoi(a)
			hi, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || lo > hi {
				return 0, 0, false
			}
			return lo, hi, true
		}
	}
	y, err := strconv.Atoi(s)
	return y, y, err == nil && y >= 1000 && y <= 9999
}

func lookupType(s string) (string, bool) {
	s = strings.Trim(s, ",")
	if len(s) < 2 {
		return "", false
	}
	found := ""
	for _, tn := range typeNames {
		if tn.name == s {
			return tn.typ, true
		}
		if strings.HasPrefix(tn.name, s) {
			if found != "" && found != tn.typ {
				return "", false // ambiguous
			}
			found = tn.typ
		}
	}
	return found, found != ""
}

func lookupStatus(s string) (string, bool) {
	if len(s) < 3 {
		return "", false
	}
	for _, st := range statusNames {
		if strings.HasPrefix(st, s) {
			return st, true
		}
	}
	return "", false
}

// ParseValue reads an amount: 1bn, 1.5 billion, $700m, 2tn, 350000, €3bn.
// Currency symbols and codes are ignored.
func ParseValue(s string) (float64, error) {
	orig := s
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimLeft(s, "$€£¥ ")
	for _, code := range []string{"usd", "eur", "gbp", "jpy", "cny", "chf"} {
		s = strings.TrimPrefix(s, code)
		s = strings.TrimSuffix(s, code)
	}
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", "")
	mult := 1.0
	for _, suf := range []struct {
		s string
		m float64
	}{{"trillion", 1e12}, {"billion", 1e9}, {"million", 1e6}, {"thousand", 1e3},
		{"tn", 1e12}, {"bn", 1e9}, {"mn", 1e6}, {"t", 1e12}, {"b", 1e9}, {"m", 1e6}, {"k", 1e3}} {
		if strings.HasSuffix(s, suf.s) {
			mult = suf.m
			s = strings.TrimSpace(strings.TrimSuffix(s, suf.s))
			break
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, fmt.Errorf("value %q: want an amount like 500m, 1.5bn or 2 billion", orig)
	}
	return v * mult, nil
}

// Empty reports whether the filter lets every deal through.
func (f Filter) Empty() bool {
	return len(f.Types) == 0 && len(f.Statuses) == 0 && f.YearMin == 0 && f.YearMax == 0 && !f.valueMinSet && !f.valueMaxSet
}

// String is the filter as typed (spaces squeezed).
func (f Filter) String() string { return f.text }

// Match reports whether the deal passes every condition.
func (f Filter) Match(d *model.Deal) bool {
	if len(f.Types) > 0 && !contains(f.Types, d.Type) {
		return false
	}
	if len(f.Statuses) > 0 && !contains(f.Statuses, d.Status) {
		return false
	}
	if f.YearMin != 0 || f.YearMax != 0 {
		y := year(d.Date)
		if y == 0 || (f.YearMin != 0 && y < f.YearMin) || (f.YearMax != 0 && y > f.YearMax) {
			return false
		}
	}
	if f.valueMinSet || f.valueMaxSet {
		if d.Value == nil {
			return false
		}
		v := d.Value.Value
		if f.valueMinSet && (v < f.ValueMin || f.valueMinStrict && v == f.ValueMin) {
			return false
		}
		if f.valueMaxSet && (v > f.ValueMax || f.valueMaxStrict && v == f.ValueMax) {
			return false
		}
	}
	return true
}

func year(date string) int {
	if len(date) < 4 {
		return 0
	}
	y, err := strconv.Atoi(date[:4])
	if err != nil {
		return 0
	}
	return y
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
