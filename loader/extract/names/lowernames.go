package names

import (
	"runtime"
	"strings"
	"unicode"

	"dealwire/loader/extract/lexicon"
	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/segment"
)

// Some companies write their names in lower case ("ibibo", "esure",
// "i2"). A corpus shows them where it writes the word before company
// words ("ibibo Group", "i2 Technologies"); the name is then read wherever
// the word stands alone.

// lowerNames are the words the per-core counts saw written as names at
// least twice, but those the corpus also uses as words of the language.
func lowerNames(docs []Doc, named []map[string]int) map[string]bool {
	counts := map[string]int{}
	for _, share := range named {
		for w, n := range share {
			counts[w] += n
		}
	}
	var names map[string]bool
	for w, n := range counts {
		if n >= 2 { // written so twice
			if names == nil {
				names = map[string]bool{}
			}
			names[w] = true
		}
	}
	if names != nil {
		for w := range ordinaryWords(docs, names) {
			delete(names, w)
		}
	}
	return names
}

// ordinaryWords are those of words the corpus also uses as words of the
// language: after a determiner and before a lower-case word ("the
// combined company", "the private jet"), wherever else they stand. Asked
// only of the few words written as names, in a pass of its own, so that
// the answer does not depend on which core read which doc first.
func ordinaryWords(docs []Doc, words map[string]bool) map[string]bool {
	return wordsOnCores(docs, runtime.GOMAXPROCS(0), func(_, d int, into map[string]bool) {
		for _, toks := range docs[d].Tokens {
			for i := 1; i+1 < len(toks); i++ {
				if t := toks[i]; !t.Punct() && !t.Cap() && words[t.Folded()] && ordinaryBefore.Has(toks[i-1].Folded()) && !toks[i+1].Punct() && !toks[i+1].Cap() {
					into[t.Folded()] = true
				}
			}
		}
	})
}

// ordinaryBefore are determiners: a word between one and a lower-case
// noun is an adjective or a noun of the language ("the combined company",
// "il nostro gruppo").
var ordinaryBefore = lists.SetOf(set(`the a an its their our this il lo la l le i gli un una uno el los las un une der die das den dem des ein eine einen einem`))

// lowerNameBefore: the lower-case word at i is followed by capitalised
// company words only ("ibibo Group", "exocad Global Holdings", "i2
// Technologies", "etkon AG"; in German only a legal form, as its nouns
// are capitalised: "der gesamten Gruppe"), and is no function word ("the
// Group", "il nostro Gruppo"), listed word ("la divisione Enterprise
// Software") or deal word ("to buy Holdings"). Not "owns Air Ostravel":
// a company word opening a name.
func lowerNameBefore(toks []segment.Token, i int, lang string, lex *lexicon.Lexicon, isCue Cue) bool {
	j, legal := i+1, false
	for ; j < len(toks) && toks[j].Cap(); j++ {
		f := toks[j].Folded()
		if lang == "de" && !legalForms.Has(f) || lang != "de" && !lex.HasFolded(lexicon.LegalSuffix, f) && !lex.HasFolded(lexicon.NameWord, f) {
			return false
		}
		legal = legal || legalForms.Has(f) || lex.HasFolded(lexicon.LegalSuffix, f) && !nounSuffixes.Has(f)
	}
	if j < len(toks) && (toks[j-1].Poss() || !legal && !toks[j].Punct() && !notNames.Has(toks[j].Folded()) && !speech.Has(toks[j].Folded()) && (isCue == nil || !isCue(lang, toks[j].Folded()))) {
		// "generative AI tools", "private Equity firms": the words
		// describe a noun (not "ngmoco Inc for $400 million", "esure
		// Group said")
		return false
	}
	w := toks[i].Folded()
	return len(w) >= 2 && !notNames.Has(w) && !adjectiveShaped(w) && strings.ContainsFunc(w, unicode.IsLetter) && lex.KindsFolded(w) == 0 && (isCue == nil || !isCue(lang, w))
}

// adjectiveShaped: the word ends as adjectives and participles do ("the
// combined Group", "the enlarged Group", "ailing Air Ostravel"): a word of
// the language, not a name written in lower case.
func adjectiveShaped(w string) bool {
	for _, end := range adjectiveEnds {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

var adjectiveEnds = []string{"ed", "ing", "ive", "al", "ate", "ous", "ful", "able", "ible", "ary", "ent", "ant", "ic", "ato", "ata", "ado", "ada", "ivo", "iva", "ale", "ique", "isch", "ische", "lich", "ig"}

// notNames are the function words and the words of a name's context that
// come in lower case before a company word: never a name of their own.
var notNames = lists.SetOf(set(`the a an and or of in on at to for by with from into over under as its their our his her this that these those new former ex
	nostro nostra vostro vostra notre votre nos vos nuestro nuestra vuestro vuestra unser unsere unserer unseren ihr ihre
	sobre entre hacia desde chez vers sous selon contre presso verso sotto secondo contro uber unter gegen nach seit fondo fonds
	il lo la i gli le l un una uno e o di da del della dello dei degli delle nel nella al alla sul sulla con per tra fra suo sua loro nuovo nuova
	el los las y de del en con por para su sus nuevo nueva otro otra
	le les et ou du des au aux dans par pour sur avec sa ses leur nouveau nouvelle
	der die das den dem des ein eine einer einem einen und oder von vom zu zum zur mit bei im am fur auf aus sein seine neue neuen
	het een van en op voor met o os as um uma do da dos das no na com por para seu sua`))

// nounSuffixes are listed as legal suffixes but are nouns as well
// ("private Equity Group firms"): no legal form.
var nounSuffixes = lists.SetOf(set(`group holding holdings`))

// legalForms are the legal forms that follow a German company's name:
// not "Gruppe" or "Holding", nouns of the language.
var legalForms = lists.SetOf(set(`ag gmbh se kg kgaa ohg mbh`))
