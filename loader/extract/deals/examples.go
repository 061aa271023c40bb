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
func examples(ms []Mention, toks []segment.Token) []bool {
	var marked []bool
	for i := 0; i < len(ms); i++ {
		if !exampleIntroduced(ms[i], toks) {
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
		if end == i || !closed || toldBy(ms[i], ms[end], toks) {
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

// exampleIntroduced: a word that brings in examples stands before the
// mention, with at most three lower-case words between ("such as the
// British", "come la tedesca").
func exampleIntroduced(m Mention, toks []segment.Token) bool {
	for k, between := m.From-1, 0; k >= 0 && between <= 3; k, between = k-1, between+1 {
		t := toks[k]
		f := t.Folded()
		if exampleWords[f] || k > 0 && examplePairs[toks[k-1].Folded()+" "+f] {
			return true
		}
		if t.Punct() || t.Cap() {
			return false
		}
	}
	return false
}

// toldBy: a verb of saying follows the list from first to last, or stands
// between it and the word before it: "as" that tells who said so ("wie
// Bayer und Monsanto mitteilten", "come annunciato da Eni e Snam"), not
// examples.
func toldBy(first, last Mention, toks []segment.Token) bool {
	for k := max(0, first.From-4); k < first.From; k++ {
		if lowerStartsWithAny(toks[k].Text(), sayingStems) {
			return true
		}
	}
	for k := last.To; k < len(toks) && k < last.To+4; k++ {
		if lowerStartsWithAny(toks[k].Text(), sayingStems) {
			return true
		}
	}
	return false
}

// sayingStems begin the verbs of saying and announcing.
var sayingStems = []string{"said", "say", "announc", "report", "told", "confirm", "mitteil", "bekannt", "berichte", "erkl", "bestätig", "sagte",
	"annunc", "comunic", "riport", "dichiar", "detto", "anunci", "inform", "declar", "dijo", "dijeron", "annonc", "indiqu", "précis", "dit"}

// listLink: the mentions a and b are next in one list: a comma between
// them, or a conjunction after which the words may tell what b is ("o la
// rusa Uralkali", "und dem niederländischen Anbieter Adyen"); conjunction
// tells whether a conjunction joins them.
func listLink(a, b Mention, toks []segment.Token) (conjunction, ok bool) {
	if b.From <= a.To || b.From-a.To > 5 {
		return false, false
	}
	for k := a.To; k < b.From; k++ {
		t := toks[k]
		switch f := t.Folded(); {
		case !conjunction && (conjunctions[f] || orWords[f]):
			conjunction = true
		case !conjunction && t.Text() == ",":
		case !conjunction || t.Punct():
			return false, false // a word before the conjunction, or a mark after it: no list ("A, which competes with B, bought C")
		}
	}
	return conjunction, conjunction || b.From-a.To == 1
}

var orWords = set(`or o oder ou od`)

// exampleWords bring in examples of a kind: "such as", "come", "wie".
var exampleWords = set(`including like come como comme wie darunter notamment incluidos incluidas inclusi`)

var examplePairs = set2(`such as|tels que|telles que|tel que|tra cui|fra cui|entre ellos|entre ellas|entre otros|among them|
	parmi lesquels|parmi lesquelles|wie etwa|unter anderem`)

// onlyExamples: every side of f is a company named as an example.
func onlyExamples(f Found, ms []Mention, marked []bool) bool {
	if marked == nil || len(f.Parties) < 2 || f.Anaphor {
		return false
	}
	for _, p := range f.Parties {
		for i, m := range ms {
			if m.Company == p && !marked[i] {
				return false
			}
		}
	}
	return true
}

// competedWith: the mention at i is what a company competes with, or
// listed after it ("competes with Sabre and Travelport", "im Wettbewerb
// mit Fiserv, Global Payments und dem niederländischen Anbieter Adyen",
// "compite con Telefónica"): a rival, no side of a deal.
func competedWith(ms []Mention, i int, toks []segment.Token) bool {
	for ; ; i-- {
		if competitionBefore(ms[i], toks) {
			return true
		}
		if i == 0 {
			return false
		}
		if _, ok := listLink(ms[i-1], ms[i], toks); !ok {
			return false
		}
	}
}

// competitionBefore: "compete with" or "in competition with" ends at most
// two words before the mention ("competes with market leader Rightmove").
func competitionBefore(m Mention, toks []segment.Token) bool {
	k := m.From - 1
	for between := 0; k >= 0 && between < 2 && !toks[k].Punct() && !toks[k].Cap() && !withWords[toks[k].Folded()]; between++ {
		k--
	}
	if k < 1 || !withWords[toks[k].Folded()] {
		return false
	}
	f := toks[k-1].Folded()
	return lowerStartsWithAny(f, competingStems) || competitionNouns[f]
}

var competitionNouns = set(`competition concorrenza competencia concurrence wettbewerb konkurrenz`)

// competingStems begin the verbs of competing ("competes", "compite",
// "competono", "konkurriert", "rivalisent").
var competingStems = []string{"compet", "compit", "konkurrier", "rivalis", "rivaleggi", "rivaliz"}
