package model

import (
	"reflect"
	"slices"
	"strconv"
	"testing"
)

// Short lists, scanned, and long ones, hashed, lose their repeats alike:
// first appearances in order, in an array apart from the input's.
func TestUniqScannedAsHashed(t *testing.T) {
	for n := 0; n <= 3*uniqScanMax; n++ {
		var xs, want []string
		for i := range n {
			x := strconv.Itoa(i * 7 % 5)
			xs = append(xs, x)
			if !slices.Contains(want, x) {
				want = append(want, x)
			}
		}
		in := slices.Clone(xs)
		got := uniq(xs)
		if !slices.Equal(got, want) {
			t.Fatalf("uniq(%q) = %q, want %q", in, got, want)
		}
		if len(got) > 0 {
			got[0] = "changed"
			if xs[0] != in[0] {
				t.Fatalf("uniq(%q) shares the input's array", in)
			}
		}
	}
}

// A company lists each of its articles once, in order, whether the
// articles' ids are all their own, two files share one (the same text),
// or the company came with articles listed already.
func TestCompanyListsEachArticleOnce(t *testing.T) {
	for _, c := range []struct {
		ids   []string
		had   []string
		wantA []string
	}{
		{ids: []string{"x", "y", "z"}, wantA: []string{"x", "y", "z"}},
		{ids: []string{"x", "y", "x"}, wantA: []string{"x", "y"}},
		{ids: []string{"x", "y"}, had: []string{"y", "w"}, wantA: []string{"y", "w", "x"}},
	} {
		var arts []Article
		for _, id := range c.ids {
			arts = append(arts, Article{ID: id, Companies: []string{"Acme", "Acme"}})
		}
		corpus := NewCorpus("test", arts, []Company{{Name: "Acme", Articles: c.had}, {Name: "Globex"}}, nil, nil)
		if got := corpus.Companies[0].Articles; !slices.Equal(got, c.wantA) {
			t.Errorf("ids %q, listed %q: Acme's articles %q, want %q", c.ids, c.had, got, c.wantA)
		}
		if got := corpus.Companies[1].Articles; got != nil {
			t.Errorf("ids %q: Globex's articles %q, want none", c.ids, got)
		}
	}
}

// PerCompany lists each company's articles as appending them one by one
// would, each list an array of its own to append to, whatever it lists of
// them (ids, or indices with an article naming a company twice).
func TestPerCompany(t *testing.T) {
	articles := []Article{
		{ID: "a", Companies: []string{"Acme", "Globex"}},
		{ID: "b"},
		{ID: "c", Companies: []string{"Globex"}},
		{ID: "d", Companies: []string{"Initech", "Acme", "Globex"}},
	}
	want := map[string][]string{}
	for _, a := range articles {
		for _, name := range a.Companies {
			want[name] = append(want[name], a.ID)
		}
	}
	got := PerCompany(articles, func(i int) string { return articles[i].ID })
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	_ = append(got["Acme"], "x")
	_ = append(got["Globex"], "y")
	if !reflect.DeepEqual(got, want) {
		t.Errorf("an append to one list changed another: %v", got)
	}
	articles[3].Companies = append(articles[3].Companies, "Acme")
	wantIndices := map[string][]int{}
	for i, a := range articles {
		for _, name := range a.Companies {
			wantIndices[name] = append(wantIndices[name], i)
		}
	}
	if got := PerCompany(articles, func(i int) int { return i }); !reflect.DeepEqual(got, wantIndices) {
		t.Errorf("got %v, want %v", got, wantIndices)
	}
}
