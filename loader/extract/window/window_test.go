package window

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

func TestSpansWidenToWordsAndMerge(t *testing.T) {
	text := "alpha beta gamma $5 delta epsilon zeta eta theta iota kappa $6 lambda"
	s := New(text, 3)
	s.Add(17, 18) // the first $
	if got, want := s.Spans(), [][2]int{{11, 25}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("spans %v, want %v (%q)", got, want, text[got[0][0]:got[0][1]])
	}
	s.Add(20, 25) // "delta" touches the first window: merged
	if n := len(s.Spans()); n != 1 {
		t.Errorf("%d spans after a touching anchor, want 1", n)
	}
	s.Add(60, 61) // the second $: a window of its own
	if n := len(s.Spans()); n != 2 {
		t.Errorf("%d spans, want 2", n)
	}
}

func TestMatchesGiveOffsetsInText(t *testing.T) {
	text := "pay $5 now and $6 later"
	re := regexp.MustCompile(`\$(\d)`)
	got := Matches(re, text, [2]int{11, len(text)})
	if len(got) != 1 || text[got[0][2]:got[0][3]] != "6" {
		t.Errorf("matches %v", got)
	}
}

func TestWords(t *testing.T) {
	var got []string
	Words("L’anno scorso, aujourd'hui 2019!", func(w string, _, _ int) { got = append(got, w) })
	if want := []string{"L", "anno", "scorso", "aujourd", "hui"}; !reflect.DeepEqual(got, want) {
		t.Errorf("words %q, want %q", got, want)
	}
}

// Words finds the runs of letters unicode.IsLetter finds, its ASCII
// shortcut included, with their offsets.
func TestWordsAreLetterRuns(t *testing.T) {
	for _, text := range []string{"", "abc", "Zürich-based ÉDF's 2,5 miliardi", "a\xffb\xfe", "中文 kanji", "x_y@z[Q]`{", "ǅemal ſeptember"} {
		var got []string
		Words(text, func(w string, start, end int) {
			if text[start:end] != w {
				t.Errorf("%q: word %q at [%d,%d)", text, w, start, end)
			}
			got = append(got, w)
		})
		want := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
		if len(got) != len(want) || len(want) > 0 && !reflect.DeepEqual(got, want) {
			t.Errorf("Words(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestAppendLowerIsToLower(t *testing.T) {
	for _, s := range []string{"", "abc", "September", "DÉCEMBRE", "März", "İstanbul", "ſeptember", "Ǆ", "a\xffB", "ΣΑΒΒΑΤΟ"} {
		if got := string(AppendLower([]byte("x"), s)); got != "x"+strings.ToLower(s) {
			t.Errorf("AppendLower(%q) = %q, want %q", s, got[1:], strings.ToLower(s))
		}
	}
}
