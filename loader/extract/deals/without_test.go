package deals

import (
	"math/rand"
	"reflect"
	"testing"
)

// withoutByGathering is without as it was: each kept element appended to
// a new list, nil when none is kept.
func withoutByGathering(xs []int, drop []bool) []int {
	var out []int
	for i, x := range xs {
		if !drop[i] {
			out = append(out, x)
		}
	}
	return out
}

// without keeps what gathering keeps, nil when nothing is, and an append
// to what it returns never writes into xs.
func TestWithoutIsGathering(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 2000; n++ {
		xs := make([]int, r.Intn(5), 8) // room past the end, as a sentence's part of an article's list has not
		drop := make([]bool, len(xs))
		for i := range xs {
			xs[i], drop[i] = r.Intn(100), r.Intn(3) == 0
		}
		got, want := without(xs, drop), withoutByGathering(xs, drop)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("without(%v, %v) = %#v, gathering gives %#v", xs, drop, got, want)
		}
		_ = append(got, -1)
		if spare := xs[:len(xs)+1]; spare[len(xs)] == -1 {
			t.Fatalf("an append to without(%v, %v) wrote past the end of xs", xs, drop)
		}
	}
}

// dedupe of one deal gives it back, and an append to what it returns
// never writes into the sentence's list; of none, nil.
func TestDedupeOfOneDeal(t *testing.T) {
	fs := make([]Found, 1, 4)
	fs[0] = Found{Type: "acquisition", Parties: []string{"Quorvax", "Veltraco"}}
	got := dedupe(fs)
	if !reflect.DeepEqual(got, fs) {
		t.Fatalf("dedupe(%v) = %v", fs, got)
	}
	_ = append(got, Found{Type: "appended"})
	if fs[:2][1].Type == "appended" {
		t.Fatal("an append to dedupe's list wrote into the sentence's")
	}
	if got := dedupe(fs[:0]); got != nil {
		t.Fatalf("dedupe of no deal = %#v, want nil", got)
	}
}
