package extract

import (
	"fmt"
	"slices"
	"testing"

	"dealwire/model"
)

// reviewCase is one input a reviewer found wrong: its articles, one per
// "lang|body", the companies known (reviewKnown when nil), and what must
// hold of the deals read ("" when it does).
type reviewCase struct {
	name   string
	known  []string
	bodies []string
	check  func(ds []model.Deal) string
}

var reviewKnown = []string{"Veltraco", "Quorvex", "Brindle", "Daxmoor", "Halvorsen", "Trelawny"}

// runReviewCases runs each case as a subtest, logging the deals read.
func runReviewCases(t *testing.T, cases []reviewCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			known := c.known
			if known == nil {
				known = reviewKnown
			}
			ds := extractKnownLangs(t, known, c.bodies...)
			for _, d := range ds {
				v := 0.0
				if d.Value != nil {
					v = d.Value.Value
				}
				t.Logf("deal %s %v value=%v date=%q srcs=%d", d.Type, d.Parties, v, d.Date, len(d.Sources))
			}
			if msg := c.check(ds); msg != "" {
				t.Errorf("%s", msg)
			}
		})
	}
}

// noFalseDeal: no deal of typ's class between parties.
func noFalseDeal(typ string, parties ...string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		if d := dealOf(ds, typ, parties...); d != nil {
			return fmt.Sprintf("false deal %s %v", d.Type, d.Parties)
		}
		return ""
	}
}

// keepsDeal: a deal of typ's class between parties.
func keepsDeal(typ string, parties ...string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		if d := dealOf(ds, typ, parties...); d == nil {
			return fmt.Sprintf("lost deal %s %v", typ, parties)
		}
		return ""
	}
}

// exactDeal: a deal between parties of exactly typ.
func exactDeal(typ string, parties ...string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		d := dealOf(ds, typ, parties...)
		if d == nil {
			return fmt.Sprintf("lost deal %s %v", typ, parties)
		}
		if d.Type != typ {
			return fmt.Sprintf("wrong type %s, want %s", d.Type, typ)
		}
		return ""
	}
}

// valuedDeal: a deal of typ's class between parties, whose value is
// want (0: none).
func valuedDeal(typ string, want float64, parties ...string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		d := dealOf(ds, typ, parties...)
		if d == nil {
			return fmt.Sprintf("lost deal %s %v", typ, parties)
		}
		got := 0.0
		if d.Value != nil {
			got = d.Value.Value
		}
		if got != want {
			return fmt.Sprintf("value %v, want %v", got, want)
		}
		return ""
	}
}

// noDealBetween: no deal of any type lists all of parties.
func noDealBetween(parties ...string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		for _, d := range ds {
			all := true
			for _, p := range parties {
				all = all && slices.Contains(d.Parties, p)
			}
			if all {
				return fmt.Sprintf("false deal %s %v", d.Type, d.Parties)
			}
		}
		return ""
	}
}

// actingFirst: a deal of typ's class between parties, parties[0] its
// acting side (listed first).
func actingFirst(typ string, parties ...string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		d := dealOf(ds, typ, parties...)
		if d == nil {
			return fmt.Sprintf("lost deal %s %v", typ, parties)
		}
		if d.Parties[0] != parties[0] {
			return fmt.Sprintf("%s acts in %v, want %s", d.Parties[0], d.Parties, parties[0])
		}
		return ""
	}
}

// companyCase is a text in its language and a company it must name.
type companyCase struct{ lang, text, want string }

// wantCompaniesIn fails t for each case whose text, known naming the
// companies the lists know, does not name its company.
func wantCompaniesIn(t *testing.T, cases []companyCase, known ...string) {
	t.Helper()
	for _, c := range cases {
		if cs := companiesIn(t, c.lang, c.text, known...); !hasCompany(cs, c.want) {
			t.Errorf("%s: %q: companies %+v, want %s", c.lang, c.text, cs, c.want)
		}
	}
}
