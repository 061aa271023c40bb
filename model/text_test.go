package model

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

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

// asciiFold reads each ASCII character as the general path reads any
// rune: a letter or digit lowered by the tables, anything else a space
// (no ASCII character is accented or a combining mark).
func TestASCIIFold(t *testing.T) {
	for c := rune(0); c < utf8.RuneSelf; c++ {
		var want byte
		if r := foldRune(c); unicode.IsLetter(r) || unicode.IsDigit(r) {
			want = byte(unicode.ToLower(r))
		} else if unicode.Is(unicode.Mn, r) {
			t.Fatalf("%q is a combining mark", c)
		}
		if got := asciiFold(byte(c)); got != want {
			t.Errorf("asciiFold(%q) = %q, want %q", c, got, want)
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
