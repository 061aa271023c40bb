package segment

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unsafe"

	"dealwire/model"
)

// A corpus holds millions of tokens, all alive while it is extracted:
// a field added to Token costs memory and page faults on every load.
func TestTokenStaysThreeWords(t *testing.T) {
	if size := unsafe.Sizeof(Token{}); size > 24 {
		t.Errorf("a Token takes %d bytes, more than 24", size)
	}
}

func TestSentencesJoinWrappedWireCopy(t *testing.T) {
	body := "# Big deal\n\nBEIJING Aug 10 Example Group Holding Ltd\nsaid Monday it will invest 28.3 billion yuan ($4.56\nbillion) in Other Co Ltd. The deal closes soon.\nShort label\n\nA new paragraph."
	got := Sentences(body)
	want := []Sentence{
		{Text: "Big deal", Heading: true},
		{Text: "BEIJING Aug 10 Example Group Holding Ltd said Monday it will invest 28.3 billion yuan ($4.56 billion) in Other Co Ltd."},
		{Text: "The deal closes soon."},
		{Text: "Short label"},
		{Text: "A new paragraph."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %#v", got)
	}
}

func TestSentencesKeepAbbreviations(t *testing.T) {
	got := Sentences("Acme Inc. (ACME) and the U.S. regulator met Mr. Smith on Jan. 5. Then they left. «Ja.» Sagte er.")
	want := []string{"Acme Inc. (ACME) and the U.S. regulator met Mr. Smith on Jan. 5.", "Then they left.", "«Ja.»", "Sagte er."}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences: %#v", len(got), got)
	}
	for i := range want {
		if got[i].Text != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, got[i].Text, want[i])
		}
	}
}

// A given name shortened to a few consonants ("Chr. Hansen") ends no
// sentence; a word with a vowel does.
func TestShortenedGivenNameEndsNoSentence(t *testing.T) {
	got := Sentences("It also has an alliance with Danish firm Chr. Hansen to develop biologicals. Sales rose at Kinn. Es kostet 360 Millionen Fr. Die Aktie stieg.")
	want := []string{"It also has an alliance with Danish firm Chr. Hansen to develop biologicals.", "Sales rose at Kinn.", "Es kostet 360 Millionen Fr.", "Die Aktie stieg."}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences: %#v", len(got), got)
	}
	for i := range want {
		if got[i].Text != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, got[i].Text, want[i])
		}
	}
}

func TestTokens(t *testing.T) {
	s := "Nokia’s deal with T-Mobile, JD.com and AT&T dell’acquisizione L'Oréal Suning's Nokia-branded e-commerce K+S Landis+Gyr 2+2 a+b"
	var words []string
	var poss []bool
	for _, tk := range Tokens(s) {
		if !tk.Punct() {
			words = append(words, tk.Text())
			poss = append(poss, tk.Poss())
			if s[tk.Start():tk.End()] != tk.Text() {
				t.Errorf("offsets of %q point at %q", tk.Text(), s[tk.Start():tk.End()])
			}
		}
	}
	want := []string{"Nokia", "deal", "with", "T-Mobile", "JD.com", "and", "AT&T", "dell’", "acquisizione", "L'Oréal", "Suning", "Nokia", "branded", "e-commerce", "K+S", "Landis+Gyr", "2", "2", "a", "b"}
	if !reflect.DeepEqual(words, want) {
		t.Fatalf("words = %q", words)
	}
	if !poss[0] || !poss[10] || poss[3] {
		t.Errorf("possessive flags = %v", poss)
	}
}

func TestWordShape(t *testing.T) {
	cases := []struct {
		text       string
		cap, upper bool
	}{{"Nokia", true, false}, {"KKR", true, true}, {"7-Eleven", true, false}, {"7bn", false, false}, {"2019", false, false}, {"eBay", false, false}}
	for _, c := range cases {
		w := Word{Text: c.text}
		if w.Cap() != c.cap || w.Upper() != c.upper {
			t.Errorf("%q: Cap=%v Upper=%v", c.text, w.Cap(), w.Upper())
		}
	}
}

// An initial after a curly quote is an initial, as after a straight one
// (review: the quote is three bytes).
func TestInitialAfterCurlyQuote(t *testing.T) {
	for _, text := range []string{"He cited “J. Smith of Acme.", "He cited \"J. Smith of Acme."} {
		if got := Sentences(text); len(got) != 1 {
			t.Errorf("%q: %d sentences, want 1: %#v", text, len(got), got)
		}
	}
}

// A figure with a decimal point ends its sentence like any word.
func TestSentenceEndsAfterDecimalFigure(t *testing.T) {
	got := Sentences("That offer was worth £11.7bn. In 2014 it bought Sky Italia for €4.9bn. The deal closed.")
	if len(got) != 3 {
		t.Fatalf("got %d sentences, want 3: %#v", len(got), got)
	}
}

// German quotations open with „ or » and close with “ or «: a sentence
// ends before them and takes its closing mark.
func TestGermanQuotesOpenSentences(t *testing.T) {
	got := Sentences("Bei Analysten stößt die Übernahme auf ein geteiltes Echo. „Broadcom räumt nach einem Kauf auf.“ Sagt eine Analystin. »Das ist gut.« Er ging.")
	want := []string{"Bei Analysten stößt die Übernahme auf ein geteiltes Echo.", "„Broadcom räumt nach einem Kauf auf.“", "Sagt eine Analystin.", "»Das ist gut.«", "Er ging."}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences, want %d: %#v", len(got), len(want), got)
	}
	for i := range want {
		if got[i].Text != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, got[i].Text, want[i])
		}
	}
}

// The ASCII shortcut of isWordRune answers as the Unicode tables do.
func TestIsWordRuneASCII(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		if want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r); isWordRune(r) != want {
			t.Errorf("isWordRune(%q) = %v, want %v", r, !want, want)
		}
	}
}

// isSpace answers as unicode.IsSpace does, its ASCII shortcut included.
func TestIsSpace(t *testing.T) {
	for r := rune(0); r < 0x3000+1; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Errorf("isSpace(%q) = %v", r, isSpace(r))
		}
	}
}

// The ASCII shortcut of Cap answers as the Unicode tables do, for a word
// opening with any ASCII character.
func TestCapASCII(t *testing.T) {
	for c := rune(0); c < 0x80; c++ {
		for _, rest := range []string{"", "x", "X", "7", "é", "É"} {
			text := string(c) + rest
			want := unicode.IsUpper(c) || unicode.IsDigit(c) && strings.IndexFunc(text, unicode.IsUpper) > 0
			if got := (Word{Text: text}).Cap(); got != want {
				t.Errorf("Cap(%q) = %v, want %v", text, got, want)
			}
		}
	}
}

// BenchmarkTokens measures cutting sentences into words, which every
// sentence of a corpus goes through before recognition.
func BenchmarkTokens(b *testing.B) {
	sentences := []string{
		"BEIJING Aug 10 Example Group Holding Ltd said Monday it will invest 28.3 billion yuan ($4.56 billion) in Other Co Ltd.",
		"Nokia’s deal with T-Mobile, JD.com and AT&T dell’acquisizione L'Oréal Suning's Nokia-branded e-commerce",
		"Bei Analysten stößt die Übernahme auf ein geteiltes Echo, sagte J.C. Flowers am 5. November 2019.",
		"Microsoft agreed to buy Activision Blizzard for $68.7 billion in an all-cash deal, the companies said on Tuesday.",
	}
	size := 0
	for _, s := range sentences {
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, s := range sentences {
			Tokens(s)
		}
	}
}

// apostropheAt finds what strings.IndexAny(w, "'’") finds in a word's head.
func TestApostropheAtIsIndexAny(t *testing.T) {
	for _, w := range []string{"l'accordo", "dell’acquisizione", "L'Oréal", "quell'", "O'Brien", "abcdef'g", "abcde’f", "Nokia’s", "plain", "", "’x", "\xf0’x"} {
		want := strings.IndexAny(w, "'’")
		if want > 5 {
			want = -1
		}
		if got := apostropheAt(w); got != want {
			t.Errorf("apostropheAt(%q) = %d, want %d", w, got, want)
		}
	}
}

// SentenceTokens shares storage across sentences, but each sentence's
// tokens are what Tokens gives, and appending to one leaves the next alone.
func TestSentenceTokensIsTokensPerSentence(t *testing.T) {
	sentences := []string{"Nokia’s deal with T-Mobile, JD.com and AT&T.", "", "L'Oréal kauft Société Générale für 5,2 Mrd. €", "dell’acquisizione di Suning's Nokia-branded e-commerce"}
	got := SentenceTokens(sentences)
	for i, s := range sentences {
		if want := Tokens(s); !reflect.DeepEqual(got[i], want) && !(len(got[i]) == 0 && len(want) == 0) {
			t.Errorf("sentence %d: got %#v, want %#v", i, got[i], want)
		}
	}
	next := append([]Token(nil), got[3]...)
	_ = append(got[2], Token{})
	if !reflect.DeepEqual(got[3], next) {
		t.Error("appending to one sentence's tokens overwrote the next's")
	}
}

// A Tokenizer used for text after text writes their tokens into shared
// blocks: each text's tokens are still what Tokens gives, when a text
// fills a block's rest or outgrows a whole block, and a later text
// leaves an earlier one's alone.
func TestTokenizerKeepsEachTextsTokens(t *testing.T) {
	var tz Tokenizer
	short := []string{"Nokia’s deal with T-Mobile, JD.com and AT&T.", "L'Oréal kauft Société Générale"}
	long := []string{strings.Repeat("Acme buys Globex for $5bn. ", tokenBlock/6)}
	texts := [][]string{short, long, short, short, long, short}
	for range tokenBlock / 8 {
		texts = append(texts, short) // through the next block's end
	}
	var got [][][]Token
	for _, text := range texts {
		got = append(got, tz.SentenceTokens(text))
	}
	for k, text := range texts {
		for i, s := range text {
			if want := Tokens(s); !reflect.DeepEqual(got[k][i], want) {
				t.Fatalf("text %d, sentence %d: %d tokens differ from Tokens' %d", k, i, len(got[k][i]), len(want))
			}
		}
	}
}

// A name joined by a hyphen to a German noun of its business stands apart
// ("Valora-Aktien", "Ericsson-Chef"); a name written with a hyphen stays
// whole ("Coca-Cola", "Rolls-Royce").
func TestNameBeforeGermanCompoundHead(t *testing.T) {
	var got []string
	for _, tk := range Tokens("Kaufangebot für sämtliche Valora-Aktien, sagte Ericsson-Chef Ekholm über Coca-Cola und Rolls-Royce") {
		got = append(got, tk.Text())
	}
	want := []string{"Kaufangebot", "für", "sämtliche", "Valora", "-", "Aktien", ",", "sagte", "Ericsson", "-", "Chef", "Ekholm", "über", "Coca-Cola", "und", "Rolls-Royce"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens %q, want %q", got, want)
	}
}

// A name joined by a hyphen to a lower-case suffix stands apart from it
// ("Nokia-branded"); a suffix of two letters is the name's own ("Post-it").
func TestShortSuffixStaysInTheWord(t *testing.T) {
	var words []string
	for _, tk := range Tokens("the Post-it maker, Nokia-led") {
		words = append(words, tk.Text())
	}
	if want := []string{"the", "Post-it", "maker", ",", "Nokia", "-", "led"}; !slices.Equal(words, want) {
		t.Errorf("tokens %q, want %q", words, want)
	}
}

// A token's one string holds its written and folded forms: each reads as
// it would kept apart, for words folded as written, words that fold to
// another form or to nothing, and possessives, whether the sentences are
// tokenized together or alone.
func TestTokensHoldBothForms(t *testing.T) {
	sentences := []string{
		"Nokia's deal with Société Générale, worth €2,5 Mrd., closed (finally).",
		"l'accordo dell’acquisizione di L'Oréal: Paris-based AT&T buys 3M’s unit",
		"plain lower words only",
		"Straße — ÄÖÜ 24,000,000 K+S J.C. Flowers U.S. ",
	}
	check := func(s string, toks []Token) {
		for _, tk := range toks {
			if s[tk.Start():tk.End()] != tk.Text() {
				t.Errorf("offsets of %q point at %q", tk.Text(), s[tk.Start():tk.End()])
			}
			if tk.Folded() != model.Fold(tk.Text()) {
				t.Errorf("%q folded is %q, want %q", tk.Text(), tk.Folded(), model.Fold(tk.Text()))
			}
		}
	}
	for i, toks := range SentenceTokens(sentences) {
		check(sentences[i], toks)
	}
	for _, s := range sentences {
		check(s, Tokens(s))
	}
}

// A wire story's dateline heads its first sentence apart, so that the
// sentence opens with its subject.
func TestDatelineHeadsTheFirstSentence(t *testing.T) {
	for _, c := range []struct{ text, dateline string }{
		{"MEMPHIS, Tenn., Oct 27 (MedTech Dispatch) - Veltraco Group Inc agreed on Monday to merge.", "MEMPHIS, Tenn., Oct 27 (MedTech Dispatch) -"},
		{"PARIS — Veltraco SpA said it had completed its acquisition of Quorvex.", "PARIS —"},
		{"Copenhague/Madrid, 22 jul (AEN).- Veltraco venderá su terminal.", "Copenhague/Madrid, 22 jul (AEN).-"},
		{"Zürich (SWD) – Veltraco übernimmt Quorvex.", "Zürich (SWD) –"},
		{"Veltraco – the Swiss group – agreed to buy Quorvex.", ""},
		{"Acacia Communications  (ACIA) - Get Report shares surged higher.", ""},
		{"140.000 – Fahrer sind registriert.", ""},
		{"Coca-Cola agreed to buy Quorvex.", ""},
	} {
		ss := Sentences(c.text)
		got := ""
		if len(ss) == 2 && ss[0].Heading {
			got = ss[0].Text
		}
		if got != c.dateline {
			t.Errorf("%q: dateline %q, want %q", c.text, got, c.dateline)
		}
	}
}
