package deals

import "dealwire/loader/extract/segment"

// examples marks the mentions a sentence names as examples of a kind:
// two or more names listed right after a word that brings examples in
// ("wholesalers such as A and B", "productores como Mosaic, Agrium o la
// rusa Uralkali", "Konkurrenten wie Attero und Remondis", "including
// Beech-Nut, Hain Celestial and Nurture"). Examples are named to sketch a
// market; a deal whose every side is one of them is no deal between them
// (see onlyExamples). A list of one ("wie beide Unternehmen mitteilten"
// names none) is no example list: the word is too often "as" or "how".
// Nor is a list that goes on to act ("including Veltraco and Quorvex
// agreed to merge", "such as A and B rose after the two agreed to
// merge"), or that tells who said so ("wie A und B mitteilten").
func examples(ms []Mention, toks []segment.Token) []bool {
	var marked []bool
	for i := 0; i < len(ms); i++ {
		intro := exampleIntroducer(ms[i], toks)
		if intro < 0 {
			continue
		}
		end, closed := i, false // the list's last mention; whether a conjunction closes it
		for end+1 < len(ms) {
			link, ok := listLink(ms[end], ms[end+1], toks)
			if !ok {
				break
			}
			end++
			closed = closed || link
		}
		if end == i || !closed || toldBy(intro, ms[end], toks) || actsAfter(ms[end], toks) {
			i = end
			continue
		}
		if marked == nil {
			marked = make([]bool, len(ms))
		}
		for k := i; k <= end; k++ {
			marked[k] = true
		}
		i = end
	}
	return marked
}

// exampleIntroducer is the token of a word that brings in examples before
// the mention, -1 for none: right before it, or an article between for a
// word that is also "as" ("come la tedesca"), or up to three lower-case
// words for one that is not ("such as the British").
func exampleIntroducer(m Mention, toks []segment.Token) int {
	for k, between := m.From-1, 0; k >= 0 && between <= 3; k, between = k-1, between+1 {
		t := toks[k]
		f := t.Folded()
		if examplePairs[f] || k > 0 && examplePairs[toks[k-1].Folded()+" "+f] {
			return k
		}
		if exampleWords[f] {
			if between == 0 || between == 1 && determiners.Has(toks[k+1].Folded()) {
				return k
			}
			return -1 // "come hanno reso noto Veltraco": how, not examples
		}
		if t.Punct() || t.Cap() {
			return -1
		}
	}
	return -1
}

// listLink: the mentions a and b are next in one list: a comma alone
// between them, or a conjunction after which the words may tell what b is
// ("o la rusa Uralkali", "und dem niederländischen Anbieter Adyen");
// conjunction tells whether a conjunction joins them. A comma before the
// conjunction joins two clauses ("competes with Daxmoor, and Veltraco
// agreed to buy"), not two names.
func listLink(a, b Mention, toks []segment.Token) (conjunction, ok bool) {
	if b.From <= a.To || b.From-a.To > 5 {
		return false, false
	}
	if b.From-a.To == 1 && toks[a.To].Text() == "," {
		return false, true
	}
	if f := toks[a.To].Folded(); !listConjunctions[f] {
		return false, false
	}
	for k := a.To + 1; k < b.From; k++ {
		if toks[k].Punct() {
			return false, false
		}
	}
	return true, true
}

// listConjunctions join the last name of a list: "and", "or".
var listConjunctions = set(`and or e y et und o oder ou u`)

// exampleWords bring in examples of a kind, or mean "as" ("come", "wie").
var exampleWords = set(`like come como comme wie`)

// examplePairs bring in examples only, one word or two: "such as",
// "including", "tra cui".
var examplePairs = set2(`including|darunter|notamment|incluidos|incluidas|inclusi|such as|tels que|telles que|tel que|tra cui|fra cui|
	entre ellos|entre ellas|entre otros|among them|parmi lesquels|parmi lesquelles|wie etwa|unter anderem`)

// toldBy: a verb of saying stands between the word before the list and
// the list, or in the clause after it: "as" that tells who said so ("wie
// Bayer und Monsanto am Donnerstag mitteilten", "come hanno reso noto Eni
// e Snam", "comme A et B l'ont fait savoir"), not examples.
func toldBy(intro int, last Mention, toks []segment.Token) bool {
	for k := intro + 1; k < last.From; k++ {
		if saying(toks[k]) {
			return true
		}
	}
	for k := last.To; k < len(toks) && k < last.To+10 && !clauseEnds[toks[k].Text()]; k++ {
		if saying(toks[k]) {
			return true
		}
	}
	return false
}

// saying: the word is a verb of saying or announcing.
func saying(t segment.Token) bool {
	return reportWords[t.Folded()] || lowerStartsWithAny(t.Text(), sayingStems)
}

// sayingStems begin the verbs of saying and announcing, in their forms
// reportWords does not list ("mitteilten", "hanno reso noto", "fait
// savoir", "adelantaron").
var sayingStems = []string{"announc", "report", "confirm", "mitteil", "bekanntgeg", "berichtet", "erklärt", "erklarten", "bestätigt",
	"annunc", "comunicat", "riferit", "dichiarat", "noto", "sapere", "anunci", "informaron", "declararon", "dijeron", "adelant",
	"annonc", "indiqu", "précis", "savoir"}

// actsAfter: the list goes on to act, a deal word right after it ("A and
// B agreed to merge"), not a deal noun another verb takes ("A und B
// dürften den Zusammenschluss beobachten"); or "the two" takes it up
// further on ("rose after the two agreed to merge").
func actsAfter(last Mention, toks []segment.Token) bool {
	near := true // no mark yet between the list and the word: "entre ellos A, B y C, de vender productos" is no deal of theirs
	for k, n := last.To, 0; k < len(toks); k++ {
		f := toks[k].Folded()
		if pairWords[f] {
			return true
		}
		near = near && !toks[k].Punct()
		if n++; near && n <= 4 && IsCue("", f) && !(k > 0 && (determiners.Has(toks[k-1].Folded()) || indefiniteArticles[toks[k-1].Folded()])) {
			return true
		}
	}
	return false
}

// onlyExamples: every side of f is named, and named only as an example.
func onlyExamples(f Found, ms []Mention, marked []bool) bool {
	if marked == nil || len(f.Parties) < 2 || f.Anaphor {
		return false
	}
	for _, p := range f.Parties {
		named := false
		for i, m := range ms {
			if m.Company == p {
				if !marked[i] {
					return false
				}
				named = true
			}
		}
		if !named {
			return false
		}
	}
	return true
}

// competedWith: the mention at i is what a company competes with, or
// listed after it ("competes with Sabre and Travelport", "im Wettbewerb
// mit Fiserv, Global Payments und dem niederländischen Anbieter Adyen",
// "will compete at home with Komatsu"), or what it competes with in a
// clause that leaves the verb out ("..., and with Sabre in selling
// systems"), or in a list that a verb of competing opens or closes ("un
// mercado en el que compiten Husqvarna, Toro y John Deere", "where
// Husqvarna and Toro compete"): a rival, no side of a deal.
func competedWith(ms []Mention, i int, toks []segment.Token) bool {
	if relativeAfter(ms[i], toks) {
		return false // "to compete with Daxmoor, which bought Kelmora": its own deal
	}
	first, last := i, i // the list the mention is in
	for first > 0 {
		if _, ok := listLink(ms[first-1], ms[first], toks); !ok {
			break
		}
		first--
	}
	for last+1 < len(ms) {
		if _, ok := listLink(ms[last], ms[last+1], toks); !ok {
			break
		}
		last++
	}
	for k := first; k <= i; k++ {
		if competitionBefore(ms[k], toks) || elidedCompetition(ms[k], toks) {
			return true
		}
	}
	// a verb of competing right before or after a list of two or more,
	// unless the list goes on to a deal of its own ("Veltraco and Quorvex
	// compete in tools and agreed to merge")
	return last > first && (ms[first].From > 0 && competing(toks[ms[first].From-1]) ||
		ms[last].To < len(toks) && competing(toks[ms[last].To]) && !cueAfter(toks, ms[last].To+1))
}

// cueAfter: a deal word stands at token from or after it.
func cueAfter(toks []segment.Token, from int) bool {
	for k := from; k < len(toks); k++ {
		if IsCue("", toks[k].Folded()) {
			return true
		}
	}
	return false
}

// competing: the word begins as the verbs of competing do ("compiten",
// "compete", and so "competitors").
func competing(t segment.Token) bool {
	return !t.Punct() && lowerStartsWithAny(t.Folded(), competingStems)
}

// competitionBefore: "with" stands at most two words before the mention
// ("competes with market leader Rightmove"), after a word of competing
// (see competingWith).
func competitionBefore(m Mention, toks []segment.Token) bool {
	return competingWith(toks, withBefore(m, toks))
}

// competingWith: the word at k is "with" ("con", "mit", "avec"), and a
// verb or noun of competing stands at most three words before it, no
// deal word between ("will compete at home with"; not "to compete after
// merging with", whose "with" is the deal's).
func competingWith(toks []segment.Token, k int) bool {
	if k < 1 || !withWords[toks[k].Folded()] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3 && !toks[j].Punct(); j-- {
		f := toks[j].Folded()
		if IsCue("", f) {
			return false
		}
		if lowerStartsWithAny(f, competingStems) || competitionNouns[f] {
			return true
		}
	}
	return false
}

// elidedCompetition: "and with" before the mention, after "compete with"
// earlier in the sentence ("competes with Sabre in tickets, and with
// Sabre in systems").
func elidedCompetition(m Mention, toks []segment.Token) bool {
	k := withBefore(m, toks)
	if k < 1 || !listConjunctions[toks[k-1].Folded()] {
		return false
	}
	for j := k - 2; j > 0; j-- {
		if competingWith(toks, j) {
			return true
		}
	}
	return false
}

// withBefore is the token of "with" ("con", "mit", "avec") at most two
// words before the mention, -1 for none.
func withBefore(m Mention, toks []segment.Token) int {
	k := m.From - 1
	for between := 0; k >= 0 && between < 2 && !toks[k].Punct() && !toks[k].Cap() && !withWords[toks[k].Folded()]; between++ {
		k--
	}
	if k < 0 || !withWords[toks[k].Folded()] {
		return -1
	}
	return k
}

var competitionNouns = set(`competition concorrenza competencia concurrence wettbewerb konkurrenz`)

// competingStems begin the verbs of competing ("competes", "compite",
// "competono", "konkurriert", "rivalisent").
var competingStems = []string{"compet", "compit", "konkurrier", "rivalis", "rivaleggi", "rivaliz"}

// relativeAfter: a relative clause opens after the mention's comma.
func relativeAfter(m Mention, toks []segment.Token) bool {
	return m.To+1 < len(toks) && toks[m.To].Text() == "," && relatives[toks[m.To+1].Folded()]
}
