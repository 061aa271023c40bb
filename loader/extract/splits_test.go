package extract

import (
	"testing"

	"dealwire/model"
)

// dated is r told on date.
func dated(r report, date string) report {
	r.Date = date
	return r
}

// A sale two outlets tell, which a third reads as a licence at the same
// price on the same day (Frasers Group's sale of Dunlop Slazenger to
// Sumitomo Rubber, dealdev112): one deal of the type most outlets give.
func TestJoinSplitsOneSaleReadAsAnotherKind(t *testing.T) {
	arts := []model.Article{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	got := cluster(arts, []report{
		dated(rep(0, model.Divestiture, "Quorvex", 137.5e6, "Veltraco", "Quorvex", "Daxmoor"), "2016-12-27"),
		dated(rep(1, model.Divestiture, "Quorvex", 137.5e6, "Veltraco", "Quorvex", "Daxmoor"), "2016-12-27"),
		dated(rep(2, model.Licensing, "", 137.5e6, "Veltraco", "Quorvex"), "2016-12-27"),
	})
	if len(got) != 1 || len(got[0].Sources) != 3 || got[0].Type != model.Divestiture {
		t.Fatalf("%+v: want one sale told by three outlets", got)
	}
}

// The same, the third outlet giving only the year: one price in one year.
// A year apart, or at another price, a deal of another kind is another
// deal (see review57a_test.go).
func TestJoinSplitsKindsAtOnePriceInOneYear(t *testing.T) {
	arts := []model.Article{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	wantClusters(t, arts, []report{
		dated(rep(0, model.Divestiture, "Quorvex", 137.5e6, "Veltraco", "Quorvex", "Daxmoor"), "2016-12-27"),
		dated(rep(1, model.Divestiture, "Quorvex", 137.5e6, "Veltraco", "Quorvex", "Daxmoor"), "2016-12-27"),
		dated(rep(2, model.Licensing, "", 137.5e6, "Veltraco", "Quorvex"), "2016"),
	}, 1, "one sale told by three outlets")
}

// A deal that two others could each be stays as it is: a licence between
// Veltraco and Quorvex in 2016 beside Veltraco's sales of Daxmoor and of
// Ostravel to Quorvex that year.
func TestJoinSplitsLeavesTheUndecided(t *testing.T) {
	rs := []report{
		dated(rep(0, model.Divestiture, "Quorvex", 137.5e6, "Veltraco", "Quorvex", "Daxmoor"), "2016-12-27"),
		dated(rep(1, model.Divestiture, "Quorvex", 90e6, "Veltraco", "Quorvex", "Ostravel"), "2016-05-02"),
		dated(rep(2, model.Licensing, "", 0, "Veltraco", "Quorvex"), "2016"),
	}
	arts := []model.Article{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	var groups []*group
	var rows []model.Deal
	for i := range rs {
		groups = append(groups, &group{members: []int{i}})
		rows = append(rows, toDeal(arts, rs[i:i+1]))
	}
	if joined := joinSplits(groups, rows, rs); len(joined) > 0 {
		t.Errorf("joined %v: want the licence apart from two sales it could be", joined)
	}
}

// A deal told by the same article as the deal it would join is another.
func TestJoinSplitsNotWithinAnArticle(t *testing.T) {
	arts := []model.Article{{ID: "a"}, {ID: "b"}}
	wantClusters(t, arts, []report{
		dated(rep(0, model.Divestiture, "Quorvex", 137.5e6, "Veltraco", "Quorvex", "Daxmoor"), "2016-12-27"),
		dated(rep(1, model.Divestiture, "Quorvex", 137.5e6, "Veltraco", "Quorvex", "Daxmoor"), "2016-12-27"),
		dated(rep(1, model.Licensing, "", 137.5e6, "Veltraco", "Quorvex"), "2016-12-27"),
	}, 2, "an article's licence beside its sale")
}
