package extract

import (
	"slices"

	"dealwire/loader/extract/deals"
	"dealwire/loader/extract/lexicon"
	"dealwire/loader/extract/segment"
)

// contrasted: the sentence's opening clause turns to another company
// than the one just told of ("wiederum", "for its part", "de son côté",
// "dal canto suo", "por su parte"), by a word within its first ten
// ("In 2018, the company, for its part, bought ..."), no relative clause
// before it ("..., das wiederum Ostravel gehörte"). Not "in turn", "a su
// vez", "a sua volta", "à son tour", which as often tell a chain
// ("Brindle, which in turn owned Ostravel") or go on about the same
// company ("La empresa, a su vez, compró Brindle").
func contrasted(toks []segment.Token) bool {
	for i := 0; i < len(toks) && i < 10; i++ {
		if toks[i].Text() == "," && i+1 < len(toks) && relativeWords[toks[i+1].Folded()] {
			return false
		}
		if opensContrast(toks, i) {
			return true
		}
	}
	return false
}

// relativeWords open a relative clause after a comma.
var relativeWords = set(`which who that whose che cui quale quali qui que quien quienes cuyo cuya dont lequel laquelle das die der dem den dessen deren welche welcher welches`)

// opensContrast: a word of contrast begins at i.
func opensContrast(toks []segment.Token, i int) bool {
	w := toks[i].Folded()
	if contrastWords[w] {
		return true
	}
	for _, p := range contrastPhrases {
		if w == p[0] && followedBy(toks, i, p[1:]) {
			return true
		}
	}
	return false
}

// followedBy: the folded words after i are ws.
func followedBy(toks []segment.Token, i int, ws []string) bool {
	if i+len(ws) >= len(toks) {
		return false
	}
	for k, w := range ws {
		if toks[i+1+k].Folded() != w {
			return false
		}
	}
	return true
}

var contrastWords = set(`wiederum seinerseits ihrerseits`)

var contrastPhrases = [][]string{
	{"for", "its", "part"}, {"de", "son", "cote"}, {"de", "leur", "cote"}, {"pour", "sa", "part"},
	{"dal", "canto", "suo"}, {"da", "parte", "sua"}, {"por", "su", "parte"},
	// the same turn told of a company as of a group of them, and the
	// Spanish "side" ("La empresa de Montreal, por su lado, ...")
	{"for", "their", "part"}, {"pour", "leur", "part"}, {"dal", "canto", "loro"}, {"por", "su", "lado"},
}

// otherOfPair is the company a contrasted sentence's subject, a pronoun
// or a bare "the company", stands for, given other, the one read for it:
// where other is one of the article's two and the sentence before was not
// about the other of them (it was about other, a company outside the two,
// a rival named in passing, or none), the other of the two, which the turn
// points to; else other.
func otherOfPair(pair []string, other string, bySentence [][]deals.Mention, toks [][]segment.Token, si int, named []string, lex *lexicon.Lexicon) string {
	if len(pair) != 2 || !slices.Contains(pair, other) {
		return other
	}
	before, _ := lastSubject(bySentence, toks, si, named, lex)
	if before != other && slices.Contains(pair, before) {
		return other
	}
	if before != "" && !slices.Contains(pair, before) && si > 0 && actsIn(toks[si-1], bySentence[si-1], before) {
		// "Rival Kallomar bought Brindle in 2012. The group, for its
		// part, ...": the turn is from the rival's own deal, back to the
		// company the text was about (not from a rival named after a
		// preposition: "Para la casa de apuestas londinense ... una
		// propuesta de 888 Holdings y Rank Group")
		return other
	}
	alt := pair[0]
	if alt == other {
		alt = pair[1]
	}
	if slices.Contains(named, alt) {
		return other
	}
	return alt
}

// actsIn: the sentence's first mention of company c comes after no
// preposition nor genitive (nor "and" after one): c acts in it, as its
// subject ("Rival Kallomar bought", not "una propuesta de Kallomar").
func actsIn(toks []segment.Token, ms []deals.Mention, c string) bool {
	for _, m := range ms {
		if m.Company != c {
			continue
		}
		if first, ok := listHead(toks, ms, m); ok {
			m = first // "una propuesta de 888 Holdings y Rank Group": both after "de"
		}
		if toks[m.To-1].Poss() {
			return false // "its board rejected Kallomar's proposal": whose, not who acts
		}
		k := m.From - 1
		if k > 0 && andWords[toks[k].Folded()] {
			// the one before "and" may be no company the article names
			// ("de 888 Holdings y Rank Group"): the words before it tell
			for k--; k > 0 && k >= m.From-5 && !toks[k].Punct() && !prepositions[toks[k].Folded()] && !ofWords[toks[k].Folded()]; k-- {
			}
		}
		return k < 0 || !prepositions[toks[k].Folded()] && !ofWords[toks[k].Folded()]
	}
	return false
}

// andWords join two names. Not listAnd's Dutch "en", which in Spanish and
// French is "in", a preposition here.
var andWords = set(`and e y et und`)
