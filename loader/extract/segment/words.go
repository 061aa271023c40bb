package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dealwire/loader/extract/slab"
	"dealwire/model"
)

// Word is one word of a sentence. A possessive "'s" or "’s" is not part
// of Text but sets the Token's Poss.
type Word struct {
	Text string
}

// Cap reports whether the word starts with an upper-case letter or a digit
// followed by a capital (7-Eleven, 3M; not 7bn): the shape of a name.
func (w Word) Cap() bool {
	if w.Text != "" && w.Text[0] < utf8.RuneSelf {
		// most words open with an ASCII character, whose case and
		// digits are told without the tables: asked of every word
		c := w.Text[0]
		return 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' && strings.IndexFunc(w.Text, unicode.IsUpper) > 0
	}
	r, _ := utf8.DecodeRuneInString(w.Text)
	return unicode.IsUpper(r) || (unicode.IsDigit(r) && strings.IndexFunc(w.Text, unicode.IsUpper) > 0)
}

// Upper reports whether every letter is upper case (an acronym: KKR, CATL).
func (w Word) Upper() bool {
	letters := 0
	for _, r := range w.Text {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// isWordRune: letters, digits and combining marks make words.
func isWordRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		// most text is ASCII, asked at every character: no Unicode
		// tables (no ASCII character is a combining mark), and their
		// part kept out of line, so that this part is inlined
		return asciiWordRunes[r]
	}
	return isWordRuneUnicode(r)
}

// asciiWordRunes marks the ASCII letters and digits.
var asciiWordRunes = func() (word [utf8.RuneSelf]bool) {
	for c := range word {
		word[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return word
}()

// isWordRuneUnicode is isWordRune of a character beyond ASCII.
func isWordRuneUnicode(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isSpace is unicode.IsSpace, ASCII told inline: asked at every
// character of every sentence.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// Token is a word or a single punctuation mark. A corpus holds millions
// of tokens, all kept until the corpus is read, so a token takes 24 bytes:
// one string holds both its forms, and the offset and flags share a word.
type Token struct {
	// s is the word as written, a slice of its sentence, when it is
	// folded as written (most words) or folds to nothing (punctuation);
	// otherwise the word as written followed by its folded form, a slice
	// of the one string of its text's folded forms.
	s string
	// n is the length of the written form in s.
	n uint32
	// at is the byte offset of the written form in the sentence, below
	// the flag bits: no sentence is 512 MB long.
	at uint32
}

// The flags at the top of Token.at.
const (
	punctFlag     = 1 << 31 // a punctuation mark
	possFlag      = 1 << 30 // followed by 's / ’s
	asWrittenFlag = 1 << 29 // s is folded as written: s is both forms
	offsetMask    = asWrittenFlag - 1
)

// newToken is the token of text at byte offset start of its sentence.
func newToken(text string, start int) Token {
	if start+len(text) > offsetMask {
		// not met in any news text; Extract recovers, and the articles
		// still load
		panic("segment: a sentence longer than 512 MB")
	}
	return Token{s: text, n: uint32(len(text)), at: uint32(start)}
}

// Text is the word as written, without a possessive 's.
func (t Token) Text() string { return t.s[:t.n] }

// Folded is model.Fold of Text, made once: names and deals read every
// word folded, several times over.
func (t Token) Folded() string {
	if t.at&asWrittenFlag != 0 {
		return t.s
	}
	return t.s[t.n:]
}

// Punct: a punctuation mark between words, kept so callers can see
// commas, parentheses and quotes around names.
func (t Token) Punct() bool { return t.at&punctFlag != 0 }

// Poss: the word is followed by 's / ’s.
func (t Token) Poss() bool { return t.at&possFlag != 0 }

// Cap is Word.Cap of Text.
func (t Token) Cap() bool { return Word{t.Text()}.Cap() }

// Upper is Word.Upper of Text.
func (t Token) Upper() bool { return Word{t.Text()}.Upper() }

// Start is the byte offset of Text in the sentence.
func (t Token) Start() int { return int(t.at & offsetMask) }

// End is the byte offset where Text ends in the sentence (before a
// possessive): the end is not kept, as Text tells it.
func (t Token) End() int { return t.Start() + int(t.n) }

// Tokens splits a sentence into words and punctuation marks. Inside a word
// it keeps - . & and apostrophes between letters (T-Mobile, JD.com, AT&T,
// O'Brien); an elided article (l', dell', d’) is split from the word it
// precedes, and a trailing 's / ’s becomes the Poss flag.
func Tokens(s string) []Token {
	out := appendTokens(make([]Token, 0, len(s)/5+1), s)
	foldTokens(out, nil, nil)
	return out
}

// SentenceTokens is Tokens of every sentence of one text. The tokens of
// all sentences share one array, and the folded forms Fold would have to
// make share one string: a text costs a handful of allocations, not one
// per sentence and per capitalised word.
func SentenceTokens(sentences []string) [][]Token {
	var t Tokenizer
	return t.SentenceTokens(sentences)
}

// Tokenizer is SentenceTokens with working space kept from one text to
// the next. It is not safe for concurrent use: one per goroutine.
type Tokenizer struct {
	// tokens is where the tokens of the texts go, one text after
	// another: they are written where they stay, not gathered and
	// copied, and many texts share one allocation. A text's tokens keep
	// their whole array alive, which suits a corpus whose texts are all
	// kept until it is read.
	tokens   slab.Tail[Token]
	fold     []byte // the forms of words not folded as written (see foldTokens)
	foldEnds []int  // where each token's forms end in fold
	ends     []int  // where each sentence's tokens end
}

// tokenBlock is how many tokens a Tokenizer's arrays hold: a few hundred
// texts' worth.
const tokenBlock = 1 << 16

// SentenceTokens is SentenceTokens, reusing t's working space.
func (t *Tokenizer) SentenceTokens(sentences []string) [][]Token {
	out := make([][]Token, len(sentences))
	ends := t.ends[:0]
	t.tokens.Block = tokenBlock
	all := t.tokens.Start()
	for _, s := range sentences {
		all = appendTokens(all, s)
		ends = append(ends, len(all))
	}
	t.ends = ends
	all = t.tokens.Keep(all)

	t.fold, t.foldEnds = foldTokens(all, t.fold, t.foldEnds)

	from := 0
	for i, end := range ends {
		out[i] = all[from:end:end] // capped: an append must not run into the next sentence
		from = end
	}
	return out
}

// foldTokens gives each token its folded form. A word not folded as
// written is written again, followed by its folded form, in buf, which
// becomes one string: the token's one string is the slice of it holding
// its two forms. buf and ends (where each token's forms end) are working
// space, returned for reuse.
func foldTokens(all []Token, buf []byte, ends []int) ([]byte, []int) {
	buf, ends = buf[:0], ends[:0]
	for k := range all {
		if text := all[k].Text(); !model.IsFolded(text) {
			buf = append(buf, text...)
			buf = model.AppendFold(buf, text)
		}
		ends = append(ends, len(buf))
	}
	forms := string(buf)
	from := 0
	for k := range all {
		if ends[k] == from { // nothing written: folded as written
			all[k].at |= asWrittenFlag
		} else {
			all[k].s = forms[from:ends[k]]
		}
		from = ends[k]
	}
	return buf, ends
}

// appendTokens appends the tokens of s to out, without their folded forms.
func appendTokens(out []Token, s string) []Token {
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case isSpace(r):
			i += w
		case isWordRune(r):
			j := wordEnd(s, i)
			out = appendWord(out, s, i, j)
			i = j
		default:
			punct := newToken(s[i:i+w], i)
			punct.at |= punctFlag
			out = append(out, punct)
			i += w
		}
	}
	return out
}

// wordEnd finds where the word starting at i ends, allowing connectors
// that have word characters on both sides.
func wordEnd(s string, i int) int {
	j := i
	for j < len(s) {
		// the ASCII letters and digits, most of a word, told by their
		// byte, not decoded: asked at every character of every word
		if c := s[j]; c < utf8.RuneSelf && asciiWordRunes[c] {
			j++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += w
			continue
		}
		if (connector(r) || r == '+') && j+w < len(s) {
			n, _ := utf8.DecodeRuneInString(s[j+w:])
			p, _ := utf8.DecodeLastRuneInString(s[i:j])
			if isWordRune(n) && (r != ',' || unicode.IsDigit(p) && unicode.IsDigit(n)) && (r != '+' || unicode.IsLetter(p) && unicode.IsUpper(n)) {
				j += w // ... and 24,000,000 stays one number, K+S and Landis+Gyr one name
				continue
			}
		}
		break
	}
	if j < len(s) && s[j] == '.' && initials(s[i:j]) {
		j++ // "J.C. Flowers", "U.S.": the last initial keeps its dot
	}
	return j
}

// connector: - . & ' ’ and , may join the parts of one word.
func connector(r rune) bool {
	switch r {
	case '-', '.', '&', '\'', '’', ',':
		return true
	}
	return false
}

// initials: single letters joined by dots ("J.C", "U.S"). It reads the
// letters and dots in turn rather than splitting w, as it is asked at
// every dot after a word.
func initials(w string) bool {
	dots := 0
	for i := 0; ; {
		r, size := utf8.DecodeRuneInString(w[i:])
		if size == 0 || !unicode.IsLetter(r) {
			return false // a part empty or not a letter
		}
		i += size
		if i == len(w) {
			return dots > 0
		}
		if w[i] != '.' {
			return false // a part of more than one letter
		}
		dots++
		i++
	}
}

// appendWord appends the tokens of s[i:j] to out: elisions split off,
// possessive flagged, trailing dots of abbreviations kept out.
func appendWord(out []Token, s string, i, j int) []Token {
	text := s[i:j]
	// elision: l'accordo, dell’acquisizione, d'Alstom; L'Oréal stays whole
	if k := apostropheAt(text); k > 0 && k <= 5 {
		pre := text[:k]
		_, aw := utf8.DecodeRuneInString(text[k:])
		rest, _ := utf8.DecodeRuneInString(text[k+aw:])
		name := unicode.IsUpper(rest) && unicode.IsUpper(firstRune(pre))
		if elisions[strings.ToLower(pre)] && !name {
			out = append(out, newToken(text[:k+aw], i))
			i += k + aw
			text = text[k+aw:]
		}
	}
	// "Nokia-branded", "Paris-based": the name before a lower-case suffix
	if k := strings.IndexByte(text, '-'); k > 1 {
		first, _ := utf8.DecodeRuneInString(text)
		rest, _ := utf8.DecodeRuneInString(text[k+1:])
		// (not "Post-it": a suffix of two letters or fewer is the name's own)
		if unicode.IsUpper(first) && (unicode.IsLower(rest) && len(text)-k-1 > 2 || compoundHeads[text[k+1:]]) && !strings.ContainsAny(text[k+1:], "-") {
			hyphen := newToken("-", i+k)
			hyphen.at |= punctFlag
			out = append(out, newToken(text[:k], i), hyphen)
			i += k + 1
			text = text[k+1:]
		}
	}
	t := newToken(text, i)
	for _, p := range possessives(text) {
		if strings.HasSuffix(text, p) && len(text) > len(p) {
			t = newToken(text[:len(text)-len(p)], i)
			t.at |= possFlag
			break
		}
	}
	// Suning’ (possessive of a name ending in s) is handled by the caller's
	// punctuation; a bare trailing apostrophe never enters a word.
	return append(out, t)
}

// compoundHeads are the German nouns a company's name is joined to by a
// hyphen ("Valora-Aktien", "Femsa-Tochter", "Ericsson-Chef"): the name
// stands apart from them as it does from "-branded".
var compoundHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`Aktie Aktien Aktionär Aktionäre Aktionären Titel Papiere Anteile Anteilen Tochter Töchter
		Tochterfirma Tochtergesellschaft Mutter Mutterkonzern Chef Chefin Chefs Konzern Konzerns Gruppe Sparte Geschäft
		Übernahme Angebot Offerte Deal Vorstand Vorstandschef Aufsichtsrat Gründer Manager Managerin Werk Werke Marke
		Kunden Mitarbeiter Beteiligung Fusion Zentrale Kurs Aktienkurs`) {
		m[w] = true
	}
	return m
}()

// possessives are the endings of a possessive a word may have: none
// unless it ends in s, as most words do not.
func possessives(word string) []string {
	if word == "" {
		return nil
	}
	if last := word[len(word)-1]; last != 's' && last != 'S' {
		return nil
	}
	return possessiveEndings
}

var possessiveEndings = []string{"'s", "’s", "'S", "’S"}

// apostropheAt is where the first ' or ’ of a word is, if within its
// first six bytes (an elided article is at most five), else -1. Asked of
// every word: strings.IndexAny with the non-ASCII mark made a lookup per
// rune of the whole word.
func apostropheAt(text string) int {
	for k := 0; k < len(text) && k <= 5; k++ {
		if text[k] == '\'' || text[k] == 0xE2 && strings.HasPrefix(text[k:], "’") {
			return k
		}
	}
	return -1
}

var elisions = map[string]bool{
	"l": true, "d": true, "dell": true, "dall": true, "nell": true, "all": true, "sull": true,
	"un": true, "quell": true, "qu": true, "c": true, "j": true, "n": true, "s": true, "m": true,
	"t": true, "coll": true, "lorsqu": true, "jusqu": true, "puisqu": true,
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
