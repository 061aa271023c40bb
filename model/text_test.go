package model

import "testing"

// AppendFold is Fold into a buffer: for every text, and after whatever
// the buffer already holds, it must give what Fold gives.
func TestAppendFoldIsFold(t *testing.T) {
	for _, s := range []string{"", "nokia", "Nokia", "L'Oréal", "Nestlé S.A.", "  --Société  Générale--  ", "Übernahme",
		"AT&T", "JD.com", "e\u0301tude", "Å", "ǅ", "中文", "ﬁnance", "\xff\xfebad", "24,000,000", ",", "’s"} {
		for _, prefix := range []string{"", "x"} {
			got := string(AppendFold([]byte(prefix), s))
			if want := prefix + Fold(s); got != want {
				t.Errorf("AppendFold(%q, %q) = %q, want %q", prefix, s, got, want)
			}
		}
		if IsFolded(s) && Fold(s) != s {
			t.Errorf("IsFolded(%q), but Fold gives %q", s, Fold(s))
		}
	}
}

func FuzzAppendFold(f *testing.F) {
	f.Add("Société Générale")
	f.Fuzz(func(t *testing.T, s string) {
		if got := string(AppendFold(nil, s)); got != Fold(s) {
			t.Fatalf("AppendFold(%q) = %q, Fold = %q", s, got, Fold(s))
		}
	})
}
