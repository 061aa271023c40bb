package deals

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/segment"
	"dealwire/loader/extract/when"
	"dealwire/model"
)

// bidFor is the company a bid in the clause is for ("has abandoned its
// hostile bid for Just Eat"): its bidder is the sentence's subject.
func bidFor(ws words, c clause, hs []hit, ms []Mention) string {
	for _, h := range hs {
		if offerNouns[ws.w[h.at]] {
			return mentionAfter(ws, c, h.at, 2, forWords, ms)
		}
	}
	return ""
}

var forWords = set(`for fur per pour por su sur`)

// forWordSet is forWords, asked of a word as written (see lowerIn).
var forWordSet = lists.SetOf(forWords)

// sellerPrepositions name who a purchase is made from ("from rival X",
// "auprès de son concurrent X").
var sellerPrepositions = lists.SetOf(set(`from aupres`))

// firstBefore is the first company named before token at, other than
// except: the subject a later "it" in the sentence refers to. Callers
// bound at by the sentence's first deal word: what that word is of is an
// object ("The Swedish group sold Tele2 Russia to VTB ..., sold its
// Norwegian operation to Telia").
func firstBefore(ms []Mention, at int, except string) string {
	for _, m := range ms {
		if m.To <= at && m.Company != except {
			return m.Company
		}
	}
	return ""
}

// subjectBefore is firstBefore but for the companies a preposition names
// as the other side of a deal ("Vor zwei Jahren wurde das Kanada-Geschäft
// an Manulife abgegeben, 2014 übernahm der Konzern ...": German puts the
// verb last, so the buyer it was sold to stands before the first deal
// word, and is not who "der Konzern" is).
func subjectBefore(ms []Mention, toks []segment.Token, at int, except string) string {
	for _, m := range ms {
		if m.To <= at && m.Company != except && (m.From == 0 || !recipientWords[toks[m.From-1].Folded()]) && !owned(m, toks) {
			if describedSubjectBefore(toks, m.From) {
				// "Bereits 2012 hatte der Konzern die Jobsuchmaschine
				// Indeed übernommen; im Januar folgte ...": the group is the
				// subject, Indeed what it bought
				return ""
			}
			return m.Company
		}
	}
	return ""
}

// describedSubjectBefore: a determiner and a noun for a company ("der
// Konzern", "the group", "la société") stand before end in its clause,
// back to a punctuation mark: not in a clause that opens the sentence ("Wie der
// Konzern mitteilte, hatte Veltraco ...", "As the company grew, ...").
//
// A German pronoun opening the clause before its auxiliary is such a
// subject too: "Er hatte 2014 den Wäschereibetreiber Kelmora übernommen
// und 2016 …" (he is Kelmora's buyer; German puts the object before the
// verb, where other languages put it after).
func describedSubjectBefore(toks []segment.Token, end int) bool {
	for k := end - 1; k >= 0 && !toks[k].Punct(); k-- {
		if k >= 1 && subjectAnaphors[toks[k].Folded()] && !toks[k].Poss() && determiners.Has(toks[k-1].Folded()) {
			return true
		}
		if (k == 0 || toks[k-1].Punct()) && k+1 < end && germanSubjectPronouns[toks[k].Folded()] && finiteAuxiliaries[toks[k+1].Folded()] {
			return true
		}
	}
	return false
}

var germanSubjectPronouns = set(`er sie`)

// ownedBefore is the company a sentence names first before token at, when
// a verb of owning names it (see owned); "" when the first is not owned.
func ownedBefore(ms []Mention, toks []segment.Token, at int) string {
	for _, m := range ms {
		if m.To <= at {
			if owned(m, toks) {
				return m.Company
			}
			return ""
		}
	}
	return ""
}

// owned: the mention is what a verb of owning right before it names, an
// article allowed between ("Premier has owned Hovis since 2007, when it
// bought RHM", "Il gruppo controlla Hovis dal 2007, quando ha
// completato"): what the subject owns, not the subject "it" goes on with.
// A participle needs its auxiliary ("has owned", not "privately held
// Quorvex" nor "family-owned Quorvex", which describe it). (Not German,
// whose subject follows the verb after an opening adverb: "Seit 2007
// besitzt Veltraco Hovis".)
func owned(m Mention, toks []segment.Token) bool {
	k := m.From - 1
	if k > 0 && determiners.Has(toks[k].Folded()) {
		k--
	}
	if k < 1 || !owningVerbs[toks[k].Folded()] {
		return false
	}
	return !owningParticiples[toks[k].Folded()] || perfectAuxiliaries[toks[k-1].Folded()]
}

var owningParticiples = set(`owned held controlled`)

var perfectAuxiliaries = set(`has have had`)

var owningVerbs = set(`owned owns own holds held controls controlled possiede possedeva possedevano controlla controllava detiene deteneva
	possede possedait detient detenait controle controlait posee poseia controla controlaba`)

// listGoesOn is the companies of the clauses after span that only go on
// listing names (", Arbed and Aceralia"): the same list the span ends on.
func listGoesOn(ms []Mention, ws words, cs []clause, hits []hit, span clause) []string {
	if span.to == 0 || !ws.named[span.to-1] {
		return nil // the span does not end on a name
	}
	var out []string
	for _, c := range cs {
		if c.from < span.to {
			continue
		}
		if hasHitIn(hits, c) {
			break
		}
		end := c.to
		for i := c.from; i < c.to; i++ {
			if !ws.named[i] && !listWords[ws.w[i]] && ws.w[i] != "," && ws.w[i] != "." {
				end = i // ", Kelmora and Quorvex last year": the list ends here
				break
			}
		}
		out = append(out, partiesIn(ms, ws, clause{c.from, end})...)
		if end < c.to {
			return out // more than a list of names
		}
	}
	return out
}

// recipientAfter is the company a clause after span, telling no deal of
// its own, gives as the recipient ("…, to Kelmora for $12 billion").
func recipientAfter(ms []Mention, ws words, cs []clause, hits []hit, span clause) string {
	for _, c := range cs {
		if c.from < span.to {
			continue
		}
		i := c.from
		if i < c.to && ws.w[i] == "," {
			i++
		}
		if hasHitIn(hits, c) {
			if i < c.to && apposition[ws.w[i]] {
				continue // ", its joint venture with Kelmora,": what is sold, described
			}
			return ""
		}
		if i+1 < c.to && recipientWords[ws.w[i]] {
			// within four words, or six when a noun names it ("al fondo di
			// private equity Daxmoor"), not a preposition: "to repay a loan
			// from Daxmoor" tells why, not to whom
			if n := nameWithin(ws, clause{i + 1, c.to}, 6); n >= 0 && (n <= i+4 || !namePrepositions[ws.w[n-1]]) {
				for _, m := range ms {
					if m.From <= ws.tok[n] && ws.tok[n] < m.To {
						return m.Company
					}
				}
			}
		}
	}
	return ""
}

// namePrepositions are the prepositions a company named after a few
// words of a clause may follow: it is then what the clause's noun is of or
// from, not the clause's own side.
var namePrepositions = set(`from of with by di da dal dalla dall del della de des du con von vom mit bei`)

// nameWithin is the index of the first word of a company's name among the
// first n words of c, before any punctuation ("to the restructuring firm
// Kelmora"); -1 for none.
func nameWithin(ws words, c clause, n int) int {
	for k := c.from; k < c.to && k < c.from+n; k++ {
		if ws.named[k] {
			return k
		}
		if punctuation(ws.w[k]) {
			break
		}
	}
	return -1
}

// punctuation: the word is a punctuation token ("," "(").
func punctuation(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// apposition opens a clause that describes the noun before it.
var apposition = set(`its their the a an sa son ses leur sua suo la il una un su sus seine seiner ihre ihr die der das ein eine`)

// objectOfEarlier: clause k, which tells no deal, goes on from an earlier
// clause whose deal word names no party ("pagó 2.000 millones, 83 dólares
// por acción, por Abaxis, y en 2015 desembolsó 765 millones por Pharmaq"):
// what k names is that deal's, not the subject of a clause joined after
// it by "and", whose subject is the sentence's.
func objectOfEarlier(ms []Mention, ws words, cs []clause, hits []hit, k int) bool {
	for j := k - 1; j >= 0; j-- {
		if hasHitIn(hits, cs[j]) {
			return !namesParty(ms, ws, cs[j])
		}
		if namesParty(ms, ws, cs[j]) {
			return false
		}
	}
	return false
}

// withNeighbours is clause ci widened to its neighbours that tell no deal
// of their own, and the companies named there: "Nokia, the Finnish
// company, agreed with Xiaomi" names its parties across commas.
func withNeighbours(ms []Mention, ws words, cs []clause, hits []hit, ci int) (clause, []string) {
	span := cs[ci]
	relative := -1 // a relative clause before, describing the company before it
	if ci > 0 && !hasHitIn(hits, cs[ci-1]) && !(conjunctionSet.Has(openingWord(ws, cs[ci])) && objectOfEarlier(ms, ws, cs, hits, ci-1)) {
		span.from = cs[ci-1].from
		member := ci > 1 && relativeAside(ws, cs[ci-1]) && !describesBefore(ws, cs[ci-2])
		if ci > 1 && (together(ws, cs[ci-1]) || member) && !hasHitIn(hits, cs[ci-2]) {
			// "il colosso SoftBank, insieme a GungHo, ha pagato": who
			// acts with another comes before the one it acts with; and
			// "HDC, which included Mirae Asset, had agreed to buy": the
			// relative clause says what the one before it is
			span.from = cs[ci-2].from
			if member {
				relative = ci - 1
			}
		} else if ci > 1 && describesBefore(ws, cs[ci-1]) && !hasHitIn(hits, cs[ci-2]) && asWords[openingWord(ws, cs[ci])] && choosesPartner(ws, hits, cs[ci]) {
			// "picked Hero MotoCorp, the largest maker of motorcycles, as
			// its partner": what the company is chosen as comes after the
			// apposition that tells what it is
			span.from = cs[ci-2].from
		}
	}
	if ci == 2 && !hasHitIn(hits, cs[0]) && !hasHitIn(hits, cs[1]) && cs[1].from < cs[1].to && ws.w[cs[1].from] == "," &&
		!namesParty(ms, ws, clause{cs[1].from, cs[2].to}) && coordinatedNames(ws, cs[0]) {
		// "Veltraco and Quorvex, rivals for a century, said they would
		// form a joint venture": the subject named before its apposition,
		// where the clause names no side of its own (not "..., said that
		// Brindle will buy the company")
		span.from = cs[0].from
	}
	if ci+1 < len(cs) && !hasHitIn(hits, cs[ci+1]) {
		if describesBefore(ws, cs[ci+1]) && ci+2 < len(cs) && !hasHitIn(hits, cs[ci+2]) && recipientWords[openingWord(ws, cs[ci+2])] {
			// "offloaded Homebase, the DIY chain it had tried to convert to
			// the Bunnings format, to Hilco Capital": the apposition tells
			// what is sold; the other side comes after it
			parties := partiesIn(ms, ws, clause{span.from, cs[ci].to})
			for _, p := range partiesIn(ms, ws, cs[ci+2]) {
				if !slices.Contains(parties, p) {
					parties = append(parties, p)
				}
			}
			span.to = cs[ci+2].to
			return span, describedOnly(parties, ms, ws, cs, relative)
		}
		span.to = cs[ci+1].to
	}
	parties := partiesIn(ms, ws, span)
	if len(parties) == 0 && ci+2 < len(cs) && len(hitsIn(hits, cs[ci+2])) == 0 &&
		(recipientWords[openingWord(ws, cs[ci+2])] || paysIn(ws, hits, cs[ci]) && paidForWords[openingWord(ws, cs[ci+2])]) {
		// "it licensed cobimetinib, the melanoma drug that won approval, to
		// Genentech": an apposition between the deal and its other side;
		// and "pagó 2.000 millones, 83 dólares por acción, por Abaxis":
		// the price per share between the payment and what it is for
		span.to = cs[ci+2].to
		parties = partiesIn(ms, ws, span)
	}
	return span, describedOnly(parties, ms, ws, cs, relative)
}

// describedOnly is parties without those named only in clause cs[k], a
// relative clause describing a company (none when k < 0).
func describedOnly(parties []string, ms []Mention, ws words, cs []clause, k int) []string {
	if k < 0 {
		return parties
	}
	return onlyDescribing(parties, ms, ws, cs[k])
}

// relativeAside: the clause opens, after its comma, with a relative
// pronoun and says who is a member of the one before ("HDC, which
// included Mirae Asset, ...", "di cui faceva parte anche", "dem auch ...
// angehörte"): members of a consortium who are only included are no
// sides of its deal. (Other relative clauses may name one: "Vivendi,
// which owns 24% of TIM, agreed to buy the rest".)
func relativeAside(ws words, c clause) bool {
	if c.from+1 >= c.to || ws.w[c.from] != "," {
		return false
	}
	k := c.from + 1
	if k+1 < c.to && relativePrepositions[ws.w[k]] && ws.w[k+1] == "cui" {
		k++ // "di cui", "a cui"
	}
	if !relatives[ws.w[k]] && !memberRelatives[ws.w[k]] {
		return false
	}
	for k++; k < c.to; k++ {
		if memberWords[ws.w[k]] {
			return true
		}
	}
	return false
}

var (
	// memberRelatives are the German relative pronouns, which are also
	// articles, read as relative only before a word of membership; and
	// the Italian "cui" after a preposition ("di cui faceva parte")
	memberRelatives      = set(`dem der die cui`)
	relativePrepositions = set(`di a`)
	memberWords          = set(`included includes include comprised comprises comprising incluia incluye incluyen includeva include comprendeva comprenait comprend angehorte angehoren angehort gehorte parte apparteneva appartenevano`)
)

// coordinatedNames: the clause is two names or more joined by "and" (or
// "und", "e", "y", "et") and nothing else, the subject a sentence opens
// with; a name may end on its abbreviation's full stop ("Dow Jones & Co.").
func coordinatedNames(ws words, c clause) bool {
	joined := false
	for i := c.from; i < c.to; i++ {
		switch {
		case ws.named[i], ws.w[i] == "." && i > c.from && ws.named[i-1]:
		case conjunctions[ws.w[i]] && i > c.from && ws.named[i-1]:
			joined = true
		default:
			return false
		}
	}
	return joined && (ws.named[c.to-1] || ws.w[c.to-1] == ".")
}

// choosesPartner: a deal word of clause c is what a company is chosen as
// ("as its partner"), not a time clause that opens with the same word
// ("shares fell as Veltraco agreed to buy Brindle").
func choosesPartner(ws words, hits []hit, c clause) bool {
	return slices.ContainsFunc(hitsIn(hits, c), func(h hit) bool { return partnerChosen(ws, h.at) })
}

// describesBefore: the clause is an apposition, after a comma an article
// and what the thing named before is ("the loss-making British DIY
// chain").
func describesBefore(ws words, c clause) bool {
	return c.from+1 < c.to && ws.w[c.from] == "," && (appositionArticles[ws.w[c.from+1]] || bareAppositionNouns[ws.w[c.from+1]])
}

// relativeDescription: the clause, after its comma, is a relative one
// ("Charter, whose roots go back to the British South Africa Company,
// bought ESAB"): it tells what the company before is, and names no side.
func relativeDescription(ws words, c clause) bool {
	return c.from+1 < c.to && ws.w[c.from] == "," && (relatives[ws.w[c.from+1]] || possessiveRelatives[ws.w[c.from+1]])
}

// holdersClause tells whether clause c says who holds what the words
// before its comma name, and how: by a possessive relative pronoun (maybe
// after a preposition) and, within four words, its holders ("Nationale
// Suisse, zu deren Aktionären", "…, whose shareholders", "…, i cui
// soci"); or, owning, by a relative pronoun and a verb of owning
// ("Advanta, which was then owned by", "Advanta, das damals Cosun
// gehörte").
func holdersClause(ws words, c clause) (holders, owning bool) {
	if c.from+2 >= c.to || ws.w[c.from] != "," {
		return false, false
	}
	k := c.from + 1
	if relativeLinks[ws.w[k]] {
		k++ // "zu deren", "among whose", "tra i cui"
	}
	switch {
	case k+1 < c.to && cuiArticles[ws.w[k]] && ws.w[k+1] == "cui":
		k++ // "i cui soci"
	case relatives[ws.w[k]] || ownedRelatives[ws.w[k]]:
		// the verb of owning within six words, or last in a German clause
		for j := k + 1; j < c.to && j <= k+6; j++ {
			if ownedVerbs[ws.w[j]] {
				return true, true
			}
		}
		last := c.to - 1
		if ws.w[last] == "." {
			last--
		}
		return last > k && ownedVerbs[ws.w[last]], true
	case !possessiveRelatives[ws.w[k]]:
		// or a participle of owning and its agent, near the clause's
		// start: "…, tuttora posseduto da banche britanniche come
		// Barclays", "…, et reste détenue par des banques"
		for j := c.from + 1; j+1 < c.to && j <= c.from+5; j++ {
			if ownedVerbs[ws.w[j]] && agentPrepositions[ws.w[j+1]] {
				return true, true
			}
		}
		return false, false
	}
	// of its holders: "dont celle de MatrixOne" is "among them", "whose
	// Burr project sits next to BHP's" no holder
	for j := k + 1; j < c.to && j <= k+4; j++ {
		if possessorNouns[ws.w[j]] {
			return true, false
		}
	}
	return false, false
}

// thingBefore: a plant is named in the three words before the comma at
// k, or a business right before it ("l'usine de Lyon, qui", "the
// business, whose owners"; not "the business of Advanta, which").
func thingBefore(ws words, k int) bool {
	if k > 0 && heldBusinesses[ws.w[k-1]] {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if heldPlants[ws.w[j]] {
			return true
		}
	}
	return false
}

var (
	heldPlants     = set(`plant plants factory mill site werk werke usine usines stabilimento stabilimenti impianto planta plantas fabrica`)
	heldBusinesses = set(`business businesses unit division operations sparte geschaft activite activites attivita ramo divisione negocio negocios`)
)

// ownedUntilNow: the clause says who owned the company until now ("das
// bislang Daxmoor gehörte", "until now owned by"): the seller.
func ownedUntilNow(ws words, c clause) bool {
	return slices.ContainsFunc(ws.w[c.from:c.to], untilNow.Has)
}

var untilNow = lists.SetOf(set(`bislang bisher previously formerly hitherto jusqu finora sinora precedentemente anteriormente`))

// ownedRelatives are the German relative pronouns of a clause of owning
// ("das damals AstraZeneca gehörte"), also articles, read as such only
// with a verb of owning.
var ownedRelatives = set(`das der die dem`)

// ownedVerbs say who owns a company, in a relative clause after it, or
// as a participle before agentPrepositions.
var ownedVerbs = set(`owned held controlled gehorte gehort gehoren gehorten appartenait appartient appartiene apparteneva pertenece pertenecia
	controllata controllato posseduto posseduta posseduti possedute detenue detenu detenues detenus participada participado controlada controlado`)

// possessorNouns name who holds a company.
var possessorNouns = set(`shareholders shareholder owners owner holders investors backers stockholders
	aktionaren aktionare aktionar eigentumern eigentumer gesellschaftern gesellschafter anteilseignern anteilseigner investoren
	actionnaires actionnaire proprietaires proprietaire investisseurs azionisti azionista soci socio proprietari investitori
	accionistas accionista duenos propietarios socios inversores`)

// withoutPossessors is parties without those named only in a clause
// other than ci that tells who holds a company ("…, zu deren Aktionären
// damals auch Baloise zählte"): holders, no sides of ci's deal; not where
// the clause tells a deal of its own, nor who owned it until now, nor who
// holds a thing where no two sides would be left: that owner sells.
func withoutPossessors(parties []string, ms []Mention, ws words, cs []clause, hits []hit, ci int) []string {
	for k := range cs {
		if holders, owning := holdersClause(ws, cs[k]); k != ci && holders && !hasHitIn(hits, cs[k]) {
			if owning && ownedUntilNow(ws, cs[k]) {
				continue // "Quorvex, das bislang Daxmoor gehörte, wurde verkauft": the owner sells
			}
			kept := onlyDescribing(slices.Clone(parties), ms, ws, cs[k])
			if len(kept) < 2 && thingBefore(ws, cs[k].from) {
				// "l'usine de Lyon, qui appartenait à Daxmoor", "the business,
				// whose owners had put it up for sale": who holds the thing
				// bought sells it (not "the business of Advanta, which was
				// then owned by AstraZeneca", whose buyer and target stay)
				continue
			}
			parties = kept
		}
	}
	return parties
}

// relativeLinks are prepositions before a possessive relative pronoun;
// cuiArticles, the Italian articles before "cui" that make it one.
var (
	relativeLinks = set(`zu among of von unter bei de di tra fra entre parmi`)
	cuiArticles   = set(`il la i le l gli`)
)

// possessiveRelatives open a relative clause about what the company
// before has: "whose", "dont", "cuyo", "dessen".
var possessiveRelatives = set(`whose dont cuyo cuya cuyos cuyas dessen deren`)

// bareAppositionNouns open an apposition without an article, as French,
// Italian and Spanish write one ("New Media Investment Group, maison mère
// du groupe GateHouse Media, a annoncé ...", "parent of").
var bareAppositionNouns = set(`maison filiale proprietaire numero casa controllata filial matriz proprietaria propietaria geant colosso gigante parent owner`)

// apposedSubject is the company a sentence opens with when an apposition
// or an aside alone stands between it and clause ci ("Veltraco, the
// German group, bought ...", "KPN, por su parte, se hizo con ..."): the
// subject of ci's verb, and the apposition; "" when the sentence is not so.
// A list in the apposition may run over commas only for a purchase, a sale
// or a stake (transfer).
func apposedSubject(ms []Mention, ws words, cs []clause, hits []hit, ci int, transfer bool) (string, clause) {
	off := 0
	if ci >= 3 && opener(ms, ws, cs[0], hits) {
		off = 1 // "En sens inverse, Federmann, la société de la famille, vend": a few words before who acts
	}
	a := 1 + off // the apposition's first clause
	last := ci - 1
	for transfer && last > a && listTail(ws, cs[last]) {
		// "Veltraco, which flies for Delta Air Lines, United and US
		// Airways, had bought": a list runs over commas (not where the
		// list may be the subject of a merger or venture: "Veltraco,
		// filiale de Brindle, Quorvex et Zentrix ont annoncé leur fusion")
		last--
	}
	if ci < 2+off || last != a {
		return "", clause{}
	}
	apposition := clause{cs[a].from, cs[ci-1].to}
	if ci == a+1 && !hasHitIn(hits, cs[off]) && description(ws, cs[off]) && opensOnDealVerb(ws, hits, cs[off], cs[ci]) {
		if c := nameAlone(ms, ws, cs[a]); c != "" {
			// "the Benetton family's holding company, Edizione, bought a
			// stake in Cellnex from Abertis": the name after the
			// description says who it is, the subject (a company the
			// description names tells what it is: "Veltraco's parent,
			// Brindle, bought")
			return c, apposition
		}
	}
	described := describesBefore(ws, cs[a]) || relativeDescription(ws, cs[a])
	if !described && !(ci == a+1 && aside(ws, apposition)) || hasHitIn(hits, cs[off]) || hasHitIn(hits, apposition) {
		return "", clause{}
	}
	if namesParty(ms, ws, apposition) && !described {
		return "", clause{} // "KPN, with Veltraco, bought ...": an aside naming another side
	}
	first := cs[off]
	k := first.from
	if off > 0 && k < first.to && ws.w[k] == "," {
		k++
	}
	for n := 0; n < 3 && k < first.to && timeOpeners[ws.w[k]]; n++ {
		k++ // "Martedì scorso Red Eléctrica, il gestore della rete, ...": when, then who
	}
	if k < first.to && subjectDeterminers[ws.w[k]] {
		k++ // "La Cassa Depositi e Prestiti"
	}
	for _, m := range ms {
		if k < first.to && m.From == ws.tok[k] && m.To == ws.tok[first.to-1]+1 {
			return m.Company, apposition // the first clause is the name, nothing more
		}
	}
	return "", clause{}
}

// describedNouns end a description of a company that a name in commas
// after it then gives ("its owner, Edizione,"): the nouns of anaphors
// and of owners.
var describedNouns = func() map[string]bool {
	m := set(`holding owner parent investor fund shareholder`)
	for w := range anaphors {
		if w != "it" && w != "its" {
			m[w] = true
		}
	}
	return m
}()

// description: clause c describes a company, by a noun of describedNouns,
// and opens with no name ("la holding della famiglia Benetton", "its
// owner"; not "Quorvex and its owner").
func description(ws words, c clause) bool {
	if c.from >= c.to || ws.named[c.from] {
		return false
	}
	return slices.ContainsFunc(ws.w[c.from:c.to], func(w string) bool { return describedNouns[w] })
}

// opensOnDealVerb: clause c opens, after its comma and an auxiliary, on
// one of its deal words (", bought", ", ha rilevato", ", a racheté"), or
// in German on an auxiliary whose participle, a deal word, closes it
// (", hatte 29,9 Prozent an Cellnex gekauft"), or after one the clause
// before opened with ("Im vergangenen Jahr hatte die Holding der Familie
// Benetton, Edizione, 29,9 Prozent an Cellnex gekauft"): the verb whose
// subject the name before is. Not ", said Brindle would buy", ", Brindle
// bought" ("Like its parent, Quorvex, Brindle bought": the name is
// compared).
func opensOnDealVerb(ws words, hits []hit, before, c clause) bool {
	k := c.from
	if k < c.to && ws.w[k] == "," {
		k++
	}
	if closesOnDealWord(ws, hits, c) && k+1 < c.to && !ws.named[k] && (germanAuxiliaries[ws.w[k]] && !ws.named[k+1] || auxiliaryIn(ws, before)) {
		return true
	}
	for n := 0; n < 2 && k < c.to && verbAuxiliaries[ws.w[k]]; n++ {
		k++
	}
	return slices.ContainsFunc(hits, func(h hit) bool { return h.at == k })
}

var germanAuxiliaries = set(`hat hatte haben hatten wird wurde will wollte`)

// closesOnDealWord: the last word of clause c, before its full stop, is
// a deal word (a German participle: "gekauft", "übernommen").
func closesOnDealWord(ws words, hits []hit, c clause) bool {
	last := c.to - 1
	if last > c.from && ws.w[last] == "." {
		last--
	}
	return slices.ContainsFunc(hits, func(h hit) bool { return h.at == last })
}

// auxiliaryIn: clause c holds a German auxiliary.
func auxiliaryIn(ws words, c clause) bool {
	return slices.ContainsFunc(ws.w[c.from:c.to], func(w string) bool { return germanAuxiliaries[w] })
}

var verbAuxiliaries = set(`has had have will would agreed ha aveva hanno avevano a avait ont avaient habia han habian va hat hatte`)

// nameAlone is the company clause c names and nothing else, after its
// comma (", Edizione"); "" when it holds more.
func nameAlone(ms []Mention, ws words, c clause) string {
	if c.to-c.from < 2 || ws.w[c.from] != "," {
		return ""
	}
	for _, m := range ms {
		if m.From == ws.tok[c.from+1] && m.To == ws.tok[c.to-1]+1 {
			return m.Company
		}
	}
	return ""
}

// listTail: clause c, after its comma, is the rest of a list of names
// (", United and US Airways"): names, conjunctions, an abbreviation's full
// stop, and nothing else.
func listTail(ws words, c clause) bool {
	if c.to-c.from < 2 || ws.w[c.from] != "," {
		return false
	}
	named := false
	for i := c.from + 1; i < c.to; i++ {
		switch {
		case ws.isNamed(i):
			named = true
		case conjunctions[ws.w[i]], ws.w[i] == ".":
		default:
			return false
		}
	}
	return named
}

// opener: clause c is a few words before a sentence's subject that name
// no company and tell no deal ("In 2015,", "En sens inverse,", "On the
// other hand,").
func opener(ms []Mention, ws words, c clause, hits []hit) bool {
	return c.to-c.from <= 5 && c.from < c.to && !hasHitIn(hits, c) && !namesParty(ms, ws, c)
}

// timeOpeners say when, before a sentence's subject: "Martedì scorso",
// "Yesterday", "Am vergangenen Montag".
var timeOpeners = set(`yesterday today on last monday tuesday wednesday thursday friday saturday sunday
	ieri oggi scorso scorsa lunedi martedi mercoledi giovedi venerdi sabato domenica
	hier aujourd lundi mardi mercredi jeudi vendredi samedi dimanche dernier
	ayer hoy pasado lunes martes miercoles jueves viernes sabado domingo
	gestern heute am vergangenen montag dienstag mittwoch donnerstag freitag samstag sonntag`)

// onlyDescribing is parties without the companies named only inside
// clause c, an apposition describing the subject ("Criteria CaixaCorp, the
// holding company of la Caixa, agreed to buy ..."): they tell what the
// subject is, not who deals.
func onlyDescribing(parties []string, ms []Mention, ws words, c clause) []string {
	fromTok, toTok := ws.tok[c.from], ws.tok[c.to-1]
	inside := func(m Mention) bool { return m.From >= fromTok && m.From <= toTok }
	return slices.DeleteFunc(parties, func(p string) bool {
		named, outside := false, false
		for _, m := range ms {
			if m.Company == p {
				named = named || inside(m)
				outside = outside || !inside(m)
			}
		}
		return named && !outside
	})
}

// aside: the clause is a few words set off by commas ("KPN, por su parte,
// se hizo con ...", "Aberdeen, for its part, was built by acquisition").
func aside(ws words, c clause) bool {
	return c.from < c.to && ws.w[c.from] == "," && c.to-c.from <= 5
}

// openingWord is the word clause c opens with, after its comma ("to" in
// ", to Genentech"); "" for none.
func openingWord(ws words, c clause) string {
	k := c.from
	if k < c.to && ws.w[k] == "," {
		k++
	}
	if k >= c.to {
		return ""
	}
	return ws.w[k]
}

// paidForWords follow a payment to say what it is for ("paid $2 billion,
// or $83 a share, for Abaxis", "por", "pour").
var paidForWords = set(`for por pour per fur`)

// paysIn: a deal word in clause c is a payment ("paid", "pagó", "versé").
func paysIn(ws words, hits []hit, c clause) bool {
	for _, h := range hitsIn(hits, c) {
		if payWords[ws.w[h.at]] {
			return true
		}
	}
	return false
}

// targetBeforeAgent is the sentence's first company, before span, when
// the span tells a takeover by its parties ("a takeover by Intact and
// Tryg"): every party stands after the agent preposition that follows a
// deal word, so what is taken over is named before.
func targetBeforeAgent(ms []Mention, ws words, span clause, hs []hit, parties []string) string {
	if len(ms) == 0 || len(parties) == 0 || ms[0].From >= ws.tok[span.from] || slices.Contains(parties, ms[0].Company) {
		return ""
	}
	by := -1
	for _, h := range hs {
		if h.kind != model.Acquisition && h.kind != model.Merger && h.kind != model.Investment {
			continue
		}
		for k := h.at + 1; k < span.to && k <= h.at+2; k++ {
			if agentWords[ws.w[k]] {
				by = k
			}
		}
	}
	if by < 0 {
		return ""
	}
	for _, m := range ms {
		if m.From >= ws.tok[span.from] && m.From < ws.tok[span.to-1]+1 && m.From < ws.tok[by] {
			return "" // a party before "by": the clause names its own target
		}
	}
	return ms[0].Company
}

// together: the clause opens with "together with" ("insieme a", "junto
// con", "zusammen mit", "aux côtés de").
func together(ws words, c clause) bool {
	i := c.from
	for i < c.to && (ws.w[i] == "," || ws.w[i] == "(") {
		i++
	}
	if i+1 >= c.to {
		return false
	}
	return togetherWords[ws.w[i]+" "+ws.w[i+1]] || i+2 < c.to && togetherWords[ws.w[i]+" "+ws.w[i+1]+" "+ws.w[i+2]]
}

var togetherWords = set2(`together with|along with|alongside|insieme a|insieme con|assieme a|junto con|junto a|zusammen mit|gemeinsam mit|
	aux cotes de|avec|en association avec|in tandem with|en tandem avec`)

// subjectSide is the mentions a clause may take its parties from beyond
// its neighbours: all of the sentence's, or for deals told in the plural
// ("a series of acquisitions by the Japanese drug-maker as it seeks to
// stand beside Pfizer"), those up to the clause's end: the buyer is named
// before, not after.
func subjectSide(ms []Mention, ws words, span clause, hs []hit) []Mention {
	if !pluralOnly(hs, ws) {
		return ms
	}
	var out []Mention
	for _, m := range ms {
		if m.From <= ws.tok[span.to-1] {
			out = append(out, m)
		}
	}
	return out
}

// pluralOnly: every deal word of the clause is a plural noun ("a series
// of acquisitions by the Japanese drug-maker"): deals in passing, whose
// parties, if any, the clause itself names.
func pluralOnly(hs []hit, ws words) bool {
	for _, h := range hs {
		if !pluralDealNouns.Has(ws.w[h.at]) {
			return false
		}
	}
	return len(hs) > 0
}

// unclaimed lists the sentence's companies but those named in another
// clause that tells a deal between two of its own ("..., acquisitions of
// businesses such as Withings, which moved Nokia into health"), or a deal
// of the sentence's subject ("...; a settembre ha concordato l'acquisto di
// Dresser-Rand").
func unclaimed(ms []Mention, ws words, cs []clause, hits []hit, ci int) []string {
	claimed := map[string]bool{}
	for k, c := range cs {
		if k == ci || !hasHitIn(hits, c) {
			continue
		}
		own := partiesIn(ms, ws, c)
		if len(own) == 0 {
			// "y en 2010 ya había separado su filial, TalkTalk": the
			// clause's party in the apposition after it
			_, own = withNeighbours(ms, ws, cs, hits, k)
		}
		if len(own) == 1 && elidedSubject(ws, c, hitsIn(hits, c), hits, ms) {
			claimed[own[0]] = true // its other side is the sentence's subject
			continue
		}
		if len(own) < 2 {
			_, own = withNeighbours(ms, ws, cs, hits, k)
		}
		if len(own) >= 2 {
			ante, _ := relativeTo(ws, c, ms)
			for _, p := range own {
				// (not the company a relative clause tells of: "Quorvex,
				// qui est passée dans le giron de Veltraco, a annoncé un
				// partenariat avec Brindle" is the main clause's subject too)
				claimed[p] = claimed[p] || p != ante
			}
		}
	}
	var out []string
	for _, p := range distinct(ms) {
		if !claimed[p] {
			out = append(out, p)
		}
	}
	return out
}

// startsWithAny: w begins with one of the stems.
// lowerIn is set.Has(strings.ToLower(w)). A word of the sentence is asked
// against these lists around every company named: a short ASCII word,
// most words, is lower-cased on the stack, not into a new string, and
// most are told absent by their shape, not hashed.
func lowerIn(set lists.Set, w string) bool {
	var buf [32]byte
	if b, ok := lowerASCII(buf[:0], w); ok {
		return set.HasBytes(b)
	}
	return set.Has(strings.ToLower(w))
}

// lowerStartsWithAny is startsWithAny(strings.ToLower(w), stems).
func lowerStartsWithAny(w string, stems []string) bool {
	var buf [32]byte
	b, ok := lowerASCII(buf[:0], w)
	if !ok {
		return startsWithAny(strings.ToLower(w), stems)
	}
	for _, s := range stems {
		if len(b) >= len(s) && string(b[:len(s)]) == s {
			return true
		}
	}
	return false
}

// lowerASCII appends strings.ToLower(w) to dst when w is ASCII and fits
// in dst's room; ok is false, and nothing is appended, otherwise.
func lowerASCII(dst []byte, w string) (_ []byte, ok bool) {
	if len(w) > cap(dst)-len(dst) {
		return dst, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return dst, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

func startsWithAny(w string, stems []string) bool {
	for _, s := range stems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// analystWord: an analyst, also inside a German compound ("Pharmaanalyst").
func analystWord(w string) bool {
	return startsWithAny(w, analystStems) || strings.Contains(w, "analyst")
}

// partiesIn lists the companies named in a clause, in order; nil for
// none. The list is gathered on the stack and copied out at its length:
// a clause names two or three, which an array grown by doubling would
// take as many allocations to hold.
func partiesIn(ms []Mention, ws words, c clause) []string {
	fromTok, toTok := ws.tok[c.from], ws.tok[c.to-1]
	var onStack [8]string
	in := onStack[:0]
	for _, m := range ms {
		if m.From >= fromTok && m.From <= toTok && !slices.Contains(in, m.Company) {
			in = append(in, m.Company)
		}
	}
	if len(in) == 0 {
		return nil
	}
	return slices.Clone(in)
}

// namesCompany: clause c names company.
func namesCompany(ms []Mention, ws words, c clause, company string) bool {
	fromTok, toTok := ws.tok[c.from], ws.tok[c.to-1]
	for _, m := range ms {
		if m.Company == company && m.From >= fromTok && m.From <= toTok {
			return true
		}
	}
	return false
}

// namesParty reports whether a clause names a company: whether partiesIn
// has any, without listing them.
func namesParty(ms []Mention, ws words, c clause) bool {
	fromTok, toTok := ws.tok[c.from], ws.tok[c.to-1]
	for _, m := range ms {
		if m.From >= fromTok && m.From <= toTok {
			return true
		}
	}
	return false
}

// bystanders are the companies named as rivals or competitors ("its main
// rival JD.com", "beat CVC to buy"): named, but not parties.
func bystanders(ms []Mention, toks []segment.Token) []Mention {
	// one pass in text order: a mention is a rival when a rival word is
	// just before it, or when it is listed right after a rival ("beat CVC
	// Capital Partners and Apollo Global to buy")
	rival := make([]bool, len(ms))
	for i, m := range ms {
		rival[i] = rivalBefore(m, toks) && !bidsAfter(m, toks) || rankedBehind(m, toks) || i > 0 && rival[i-1] && listedAfter(ms[i-1], m, toks) || analystsFirm(m, toks) || advisedBy(m, toks) ||
			describedBy(m, toks) || competedWith(ms, i, toks) || outbidOffer(m, toks)
	}
	// and back from the end: advisers are named before the word that makes
	// them so ("Bank of America and Credit Suisse advised Bayer")
	for i := len(ms) - 1; i >= 0; i-- {
		if adviserAfter(ms[i], toks) || i+1 < len(ms) && rival[i+1] && adviserAfter(ms[i+1], toks) && listedAfter(ms[i], ms[i+1], toks) {
			rival[i] = true
		}
	}
	return without(ms, rival)
}

// amongRivals: the sentence opens "among the rivals" ("Among its
// competitors is ...", "Tra i concorrenti", "Parmi les concurrents",
// "Entre los competidores", "Zu den Konkurrenten zählt"): what it names
// are rivals, no sides of a deal.
func amongRivals(toks []segment.Token) bool {
	if len(toks) < 3 || !amongWords[toks[0].Folded()] {
		return false
	}
	for k := 1; k < len(toks) && k <= 3; k++ {
		if rivalPlurals[toks[k].Folded()] {
			return true
		}
	}
	return false
}

var amongWords = set(`among amongst tra fra parmi entre unter zu`)

var rivalPlurals = set(`rivals competitors peers concorrenti rivali concurrents competidores rivales konkurrenten wettbewerbern wettbewerber`)

// bidsAfter: the mention follows a noun for a rival, and an offer noun
// or a verb of bidding follows it within four words ("der Konkurrent
// Playtika ein vorläufiges Gebot", "rival Quorvex offered"): the rival is
// the bidder, a side (not "won the auction against Fox with an offer": who
// is bid against).
func bidsAfter(m Mention, toks []segment.Token) bool {
	if m.From == 0 || !rivalNouns[toks[m.From-1].Folded()] {
		return false
	}
	for k := m.To; k < len(toks) && k < m.To+4; k++ {
		if toks[k].Punct() {
			return false
		}
		if f := toks[k].Folded(); offerNouns[f] || bidVerbs[f] {
			return true
		}
	}
	return false
}

// withoutSpeakers drops from a deal's parties a company named after the
// deal's word at only as who tells of it: after a comma, right before a
// verb of saying ("Veltraco offered $12 a share for Quorvex, Daxmoor
// said on Monday", "Veltraco bid $2 billion for Quorvex, Daxmoor said").
// Two sides stay.
func withoutSpeakers(parties []string, ms []Mention, toks []segment.Token, at int) []string {
	if len(parties) < 3 {
		return parties
	}
	for _, m := range ms {
		if m.From > at && m.From > 0 && toks[m.From-1].Text() == "," && m.To < len(toks) && sayingVerbs[toks[m.To].Folded()] &&
			slices.Contains(parties, m.Company) && len(parties) > 2 {
			parties = slices.DeleteFunc(slices.Clone(parties), func(p string) bool { return p == m.Company })
		}
	}
	return parties
}

// sayingVerbs follow a company named as the source of what a sentence
// tells ("Daxmoor said", "disse", "dijo", "teilte ... mit"; not the
// auxiliaries of "ha detto", "a indiqué", which open other verbs too).
var sayingVerbs = set(`said says told reported disse dice dijo informo sagte teilte erklarte`)

// outbidOffer: the mention is whose offer another is measured against
// ("an 8 percent premium to Brindle's bid", "topping the offer from
// Brindle"): a rival bidder, not a side of the bid the sentence tells.
func outbidOffer(m Mention, toks []segment.Token) bool {
	start := -1 // where the rival's offer is named
	for k := m.To; k < len(toks) && k < m.To+3; k++ {
		if offerNouns[toks[k].Folded()] {
			start = m.From // "Brindle's bid", "Brindle's 125-crown offer"
			break
		}
	}
	if start < 0 && m.From >= 2 && offerNouns[toks[m.From-2].Folded()] && offerers[toks[m.From-1].Folded()] {
		start = m.From - 2 // "the offer from Brindle", "l'offerta di Brindle"
	}
	// three words before the offer, past its own price, right before it
	// ("seeing off a £71 million cash bid from Brindle"; not past another:
	// "shares topped $40 following the $2 billion offer from Brindle")
	price := true
	for k, words := start-1, 0; start >= 0 && k >= 0 && words < 3; k-- {
		f := toks[k].Folded()
		if outbidWords[f] || f == "to" && k > 0 && premiumWords[toks[k-1].Folded()] || f == "off" && k > 0 && seeingWords[toks[k-1].Folded()] {
			return true
		}
		price = price && (amountPart(f, toks[k].Text()) || f == "cash")
		if !price {
			words++
		}
	}
	return false
}

// rivalBidAside is the stretch of the sentence that tells a rival's bid
// seen off or topped, from its word of outbidding to the clause's end
// ("Quorvex bought Brindle after seeing off a rival bid from Veltraco,
// and the deal was completed in May"); from = to = len(ws.w) when there
// is none. The word of outbidding must take a bid within five words: not
// "whose sales beat expectations".
func rivalBidAside(ws words) (from, to int) {
	for k, w := range ws.w {
		if !outbidWords[w] && !(w == "off" && k > 0 && seeingWords[ws.w[k-1]]) {
			continue
		}
		for j := k + 1; j < len(ws.w) && j <= k+5; j++ {
			if IsOfferNoun(ws.w[j]) {
				from = k
				if w == "off" {
					from = k - 1
				}
				return from, clauseEnd(ws, j)
			}
		}
	}
	return len(ws.w), len(ws.w)
}

var (
	// (not "above", "over", "über": "shares closed above Veltraco's
	// offer", "decide over the offer from Veltraco" name the bidder)
	outbidWords  = set(`tops topped topping trumps trumped trumping beats beat beating exceeds exceeded exceeding outbid outbids outbidding`)
	premiumWords = set(`premium`)
	// seeingWords see off a rival ("seeing off a cash bid from Brindle")
	seeingWords = set(`see sees saw seen seeing`)
)

var rivalNouns = set(`rival competitor rivale concorrente competidor konkurrent wettbewerber concurrent concurrente`)

var bidVerbs = set(`offered offers bid bids bietet bot ofrecio ofrece offre offrait offerto`)

// rankedBehind: the mention is what another is ranked behind ("the
// third-largest producer behind Albemarle", ", dietro ad Albemarle",
// ", derrière Albemarle", ", detrás de Albemarle", ", hinter Albemarle"):
// a rival measured against, not a side of the deal. A ranking word stands
// within five words before "behind" (eight, where it is a place:
// "secondo posto"), a place in the ranking within the four after the
// mention, or a comma right before "behind" (not "the family behind
// Quorvex": its backer).
func rankedBehind(m Mention, toks []segment.Token) bool {
	k := m.From - 1
	if k > 0 && behindLinks.Has(toks[k].Folded()) {
		k-- // "dietro ad", "detrás de"
	}
	if k < 0 || !behindWords.Has(toks[k].Folded()) {
		return false
	}
	if k > 0 && toks[k-1].Text() == "," {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		f := toks[j].Folded()
		numbered := f == "numero" && j+1 < len(toks) && placeNumbers[toks[j+1].Folded()] && !firstPlace[toks[j+1].Folded()] // "le numéro deux", not "il numero uno" (the boss)
		ranking := rankingWords[f] || numbered || strings.HasSuffix(f, "largest") || strings.HasSuffix(f, "biggest")
		if ranking && (j >= k-5 || rankedPlace(toks, j+1) || numbered) {
			// (further back, only a place or a number: "al secondo posto
			// mondiale nella salute animale dietro", "le numéro deux
			// mondial de la DRAM derrière")
			return true
		}
	}
	// or the place after the rival: "hinter Zoetis auf Platz zwei" (not
	// after a comma: "the investor behind Brindle, the number two", its
	// own rank)
	for j := m.To; j < len(toks) && j < m.To+4 && toks[j].Text() != ","; j++ {
		if rankedPlace(toks, j) {
			return true
		}
	}
	return false
}

// rankedPlace: token j is a place in a ranking, an ordinal or a number
// beside it ("secondo posto", "Platz zwei", "second place"; not "al posto
// di", "in lugar de", "its position in Europe").
func rankedPlace(toks []segment.Token, j int) bool {
	if j >= len(toks) || !placeNouns[toks[j].Folded()] {
		return false
	}
	return j > 0 && rankingWords[toks[j-1].Folded()] || j+1 < len(toks) && placeNumbers[toks[j+1].Folded()]
}

// firstPlace is the number one, which names a boss too.
var firstPlace = set(`one uno un eins 1`)

// placeNouns name a place in a ranking; placeNumbers count it after.
var (
	placeNouns   = set(`platz rang posto place puesto lugar position posizione nummer numero number`)
	placeNumbers = set(`eins zwei drei vier funf one two three four five uno due tre quattro dos tres cuatro un deux trois quatre 1 2 3 4 5`)
)

var behindWords = lists.SetOf(set(`behind dietro derriere detras hinter`))

var rankingWords = set(`second third fourth fifth secondo terzo quarto quinto segundo tercero tercer cuarto deuxieme troisieme quatrieme zweitgrosste drittgrosste`)

var behindLinks = lists.SetOf(set(`a ad al alla de del`))

// adviserAfter: a word of advising within the two words after the mention
// ("Credit Suisse advised", "Goldman Sachs acted as adviser").
func adviserAfter(m Mention, toks []segment.Token) bool {
	for k, seen := m.To, 0; k < len(toks) && seen < 3; k++ {
		if toks[k].Punct() {
			continue
		}
		seen++
		if lowerStartsWithAny(toks[k].Text(), adviserStems) {
			return true
		}
	}
	return false
}

// advisedBy: the mention follows the words that name who advised ("advised
// by Goldman Sachs", "con el asesoramiento de Citi", "assistita da
// Mediobanca", "conseillé par Lazard", "beraten von der Deutschen Bank").
func advisedBy(m Mention, toks []segment.Token) bool {
	k := m.From - 1
	if k > 0 && (toks[k].Folded() == "der" || toks[k].Folded() == "la" || toks[k].Folded() == "el") {
		k-- // "beraten von der", "asesorado por el"
	}
	if k < 1 || !advisedPrepositions[toks[k].Folded()] {
		return false // most mentions: no phrase to join and look up
	}
	// (not "infrastructure funds advised by iCON": who manages a seller)
	return advisedLinks[toks[k-1].Folded()+" "+toks[k].Folded()] && !(k >= 2 && managedNouns[toks[k-2].Folded()])
}

// advisedPrepositions end the phrases of advisedLinks.
var advisedPrepositions = set(`by de por da di par von durch`)

// managedNouns are what a manager advises: the funds and clients it runs.
var managedNouns = set(`fund funds fondi fondo fondos fonds clients clienti clientes vehicles veicoli`)

var advisedLinks = set2(`advised by|asesoramiento de|asesorado por|asesorada por|asesorados por|asesoradas por|consigliata da|consigliato da|
	assistita da|assistito da|consulenza di|conseille par|conseillee par|conseilles par|beraten von|beraten durch`)

var adviserStems = []string{"advis", "asesor", "consigli", "consulent", "berat", "conseill", "adviseer", "assessor"}

// capitalisedBetween: a capitalised word stands between tokens j and k
// (a name: "a merger with Quorvex leaves rival Brindle trailing").
func capitalisedBetween(toks []segment.Token, j, k int) bool {
	for i := j + 1; i < k; i++ {
		if !toks[i].Punct() && toks[i].Cap() {
			return true
		}
	}
	return false
}

// rivalBefore: a rival word within the two words before the mention.
func rivalBefore(m Mention, toks []segment.Token) bool {
	limit := 2
	if m.From > 0 && ofWordSet.Has(toks[m.From-1].Folded()) {
		limit = 3 // "rivale storica di Nintendo", "a longtime rival of X"
	}
	if m.From > 1 && toks[m.From-2].Folded() == "such" && toks[m.From-1].Folded() == "as" {
		limit = 3 // "rivals such as Sealed Air"
	}
	for k, seen := m.From-1, 0; k >= 0 && seen < limit; k-- {
		if toks[k].Punct() {
			continue
		}
		seen++
		if lowerIn(rivalWords, toks[k].Text()) && !(k > 0 && pairWords[toks[k-1].Folded()]) {
			// (but "Les deux concurrents Veltraco et Quorvex vont fusionner":
			// the two rivals are the sides)
			// "racheté par son grand rival UBS", "bought by its rival X":
			// the rival is the one that acts; "an offer for smaller rival
			// UBI Banca": the one bid for
			for j, n := k-1, 0; j >= 0 && n < 3; j-- {
				if clauseEnds[toks[j].Text()] {
					break // "Zukäufe möglich; Wettbewerber wie Asklepios": another clause's deal word
				}
				if !toks[j].Punct() {
					n++
					if w := toks[j].Text(); lowerIn(agentWordSet, w) || lowerIn(forWordSet, w) || lowerIn(sellerPrepositions, w) && rivalNouns[toks[k].Folded()] || IsCue("", toks[j].Folded()) ||
						withWords[toks[j].Folded()] && j > 0 && IsCue("", toks[j-1].Folded()) && !capitalisedBetween(toks, j, k) {
						// "bought rival Quorvex": the rival is what is bought;
						// "from rival Quorvex", who sells (not "tractors from
						// competitors such as Deere"); "den Zusammenschluss mit
						// dem dänischen Wettbewerber Nets", who merges
						return false
					}
				}
			}
			return !objectOfClosingCue(m, toks, k) && !objectAfterInvertedSubject(toks, k)
		}
	}
	return false
}

// objectAfterInvertedSubject: in German, the rival word at k follows a
// deal verb and the subject put after it ("2015 übernahm der Konzern den
// Wettbewerber Quorvex"): the rival is what the verb takes.
func objectAfterInvertedSubject(toks []segment.Token, k int) bool {
	return k >= 4 && germanArticles[toks[k-1].Folded()] && toks[k-2].Cap() && !toks[k-2].Punct() && germanArticles[toks[k-3].Folded()] &&
		IsCue("", toks[k-4].Folded())
}

// objectOfClosingCue: a German rival word in the accusative or dative
// singular names the object of a deal word that closes the clause ("hatte
// 1998 den Wettbewerber Westbrook Lanolin übernommen", "will mit dem
// Wettbewerber Nets fusionieren"): German puts the verb last, so the word
// that makes the rival a side follows it, where "bought rival Quorvex"
// has it before. The article tells the singular from the plural
// ("Wettbewerber" is both; "den Wettbewerbern" is plural).
//
// The rival is the verb's object only as the verb's own object or with
// "mit": after another preposition it is measured against ("gegen den
// Wettbewerber Veltraco durchgesetzt"), and a verb past "und" is another
// clause's ("hat den Wettbewerber X abgehängt und Brindle gekauft").
func objectOfClosingCue(m Mention, toks []segment.Token, rival int) bool {
	if rival == 0 || !singularObjectArticles[toks[rival-1].Folded()] {
		return false
	}
	if rival >= 2 && toks[rival-2].Folded() != "mit" && germanPrepositions.Has(toks[rival-2].Folded()) {
		return false
	}
	for k := m.To; k < len(toks) && k < m.To+10; k++ {
		if clauseEnds[toks[k].Text()] || germanCoordinators[toks[k].Folded()] {
			return false
		}
		if !toks[k].Cap() && IsCue("", toks[k].Folded()) {
			return true // (a verb: German nouns are capitalised, "bei der Übernahme ausgestochen" bought no rival)
		}
	}
	return false
}

var singularObjectArticles = set(`den dem einen einem seinen seinem ihren ihrem`)

var germanCoordinators = set(`und oder sowie aber sondern doch`)

// describedBy: the company describes another it belongs to or makes, in
// apposition ("ZeniMax Media, the parent of Bethesda Softworks"): named to
// say what the other is.
func describedBy(m Mention, toks []segment.Token) bool {
	if m.From < 2 {
		return false
	}
	if lowerIn(ofLike, toks[m.From-1].Text()) && lowerIn(appositionNouns, toks[m.From-2].Text()) {
		return true
	}
	// "Prosus, the internet investor controlled by South Africa's
	// Naspers": the owner, named to say who Prosus is
	for k := m.From - 1; k >= 1 && k >= m.From-4; k-- {
		if w := toks[k].Text(); lowerIn(agentWordSet, w) || lowerIn(ownerAgents, w) {
			return lowerIn(ownedWords, toks[k-1].Text())
		}
	}
	return false
}

// ownerAgents introduce an owner after "owned", in the languages whose
// agent word is ambiguous elsewhere ("controllata dalla sudafricana
// Naspers", "kontrolliert von").
var ownerAgents = lists.SetOf(set(`da dal dalla dallo dai dalle von vom`))

var ownedWords = lists.SetOf(set(`controlled owned backed controllata controllato posseduta posseduto controlada controlado participada
	contrôlée contrôlé détenue détenu kontrolliert`))

var ofLike = lists.SetOf(set(`of di de du des von d' d’ del della dello dell' dell’ vom`))

var appositionNouns = lists.SetOf(set(`parent owner maker creator developer publisher proprietaria proprietario propietaria propietario
	propriétaire creatore creador créateur eigentümer mutter casa madre matriz fabricante produttore constructeur
	hersteller fabricant manufacturer mère muttergesellschaft mutterkonzern controllante capogruppo`))

// analystsFirm: the company employs the analyst quoted ("said Martin Yeo,
// an analyst at Corbel Equities", "analyste chez Banque Rhodanienne"): it
// comments on the deal, it is no party.
func analystsFirm(m Mention, toks []segment.Token) bool {
	if m.From >= 3 && !toks[m.From-1].Punct() && !toks[m.From-1].Cap() && lowerIn(analystPreps, toks[m.From-2].Text()) &&
		lowerStartsWithAny(toks[m.From-3].Text(), analystStems) {
		return true // "analista da corretora Alcaravão Valores": what the firm is, between
	}
	from := m.From
	if from >= 2 && toks[from-1].Cap() && !toks[from-1].Punct() && lowerIn(analystPreps, toks[from-2].Text()) {
		from-- // "vom Analysehaus Fehmarn Research": what the firm is, between
	} else if from >= 3 && allCapitalised(toks[from-2:from]) && analysisHouse(toks[from-1].Folded()) && lowerIn(analystPreps, toks[from-3].Text()) {
		from -= 2 // "vom Frankfurter Analysehaus Fehmarn Research": and where from (not "vom Münchner Chemiekonzern Daxmoor")
	}
	if from >= 1 && lowerIn(firmArticles, toks[from-1].Text()) {
		from-- // "von der Privatbank Ellerhausen"
	}
	if from < 2 || !lowerIn(analystPreps, toks[from-1].Text()) {
		return false
	}
	if lowerStartsWithAny(toks[from-2].Text(), analystStems) {
		return true
	}
	// "», commenta Davide Ferrante di Ardesia Sim": in a quotation, a
	// person named after a comma or a verb of saying, or opening the
	// sentence, or after the word analyst ("Analyst Eckbert Lohmüller vom
	// Bankhaus Salzbrunn"), then the firm
	// (German capitalises nouns: "Die Übernahme von Quorvex" opens with
	// an article and a deal's noun, no person)
	return from >= 3 && toks[from-2].Cap() && toks[from-3].Cap() && !toks[from-2].Punct() && !toks[from-3].Punct() &&
		!lowerIn(sentenceArticles, toks[from-3].Text()) && !IsCue("", toks[from-2].Folded()) &&
		(from == 3 || toks[from-4].Punct() || !toks[from-4].Cap() || lowerStartsWithAny(toks[from-4].Text(), analystStems)) && hasQuote(toks)
}

// analysisHouse: a folded noun for a house of analysts ("Analysehaus",
// "Researchhaus", "Brokerhaus"; not "Neobroker", "Datenanalyse-Spezialist").
func analysisHouse(w string) bool {
	return (strings.HasSuffix(w, "haus") || strings.HasSuffix(w, "house")) &&
		(strings.Contains(w, "analys") || strings.Contains(w, "research") || strings.Contains(w, "broker"))
}

// allCapitalised: every token is a capitalised word.
func allCapitalised(toks []segment.Token) bool {
	for _, t := range toks {
		if t.Punct() || !t.Cap() {
			return false
		}
	}
	return true
}

var firmArticles = lists.SetOf(set(`der dem the la le l el`))

// sentenceArticles open a sentence with a noun, not a person's name.
var sentenceArticles = lists.SetOf(set(`der die das den dem des ein eine the a an la le les il lo el los las un una une`))

// hasQuote: a quotation mark among the tokens.
func hasQuote(toks []segment.Token) bool {
	for _, t := range toks {
		if t.Punct() && strings.ContainsAny(t.Text(), `"“”«»„`) {
			return true
		}
	}
	return false
}

var analystPreps = lists.SetOf(set(`at chez di de bei of en da von vom with`))

var analystStems = []string{"analyst", "analista", "analyste", "strategist", "economist", "economista", "économiste", "ökonom", "stratège", "stratega",
	"gérant", "gerant", "gestore", "gestor", "fondsmanager", "portfolio"}

// listedAfter: m follows prev with only "and", "or" or a comma between.
func listedAfter(prev, m Mention, toks []segment.Token) bool {
	return m.From-prev.To == 1 && lowerIn(listWordSet, toks[prev.To].Text())
}

var listWords = set(`and or , e y und et en o ou`)

// listWordSet is listWords, asked of a word as written (see lowerIn).
var listWordSet = lists.SetOf(listWords)

var rivalWords = lists.SetOf(map[string]bool{"rival": true, "rivals": true, "competitor": true, "competitors": true, "against": true,
	"beat": true, "rivale": true, "concorrente": true, "competidor": true, "konkurrent": true, "wettbewerber": true,
	"competidores": true, "rivales": true, "concorrenti": true, "rivali": true, "concurrents": true, "wettbewerbern": true,
	"concurrent": true, "concurrente": true, "concorrência": true, "contro": true, "contre": true, "gegen": true, "frente": true, "versus": true})

func distinct(ms []Mention) []string {
	// a sentence names a few companies: looking through those kept costs
	// less than a map made for every sentence
	var out []string
	for _, m := range ms {
		if !slices.Contains(out, m.Company) {
			out = append(out, m.Company)
		}
	}
	return out
}

var anaphors = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`it its company group firm carmaker automaker maker chain retailer giant operator
		lender insurer manufacturer bank banca banque banco societa gruppo azienda colosso compania empresa grupo firma unternehmen konzern
		hersteller societe groupe entreprise constructeur bedrijf concern companhia fabricante maison
		multinational multinazionale multinacional multinationale conglomerate conglomerato conglomerado conglomerat
		costruttore produttore productor producteur fabricant equipementier gigante geant`) {
		m[w] = true
	}
	return m
}()

// otherHouse: the word at i is "maison" naming another house than the
// company told of: its parent ("la maison mère") or a house of another
// trade ("la maison de ventes", "de disques", "d'édition"); "la maison"
// alone, "la maison britannique" or "sa maison de réassurance" is a
// company the article tells of.
func otherHouse(ws words, i int) bool {
	if ws.w[i] != "maison" || i+1 >= len(ws.w) {
		return false
	}
	return ws.w[i+1] == "mere" || (ws.w[i+1] == "de" || ws.w[i+1] == "d") && i+2 < len(ws.w) && otherTrades[ws.w[i+2]]
}

var otherTrades = set(`ventes disques edition`)

// anaphor: "the company", "it", "il gruppo" before the deal word (of the
// sentence's deal words hs), not an "it" that stands for nothing.
func anaphor(ws words, c clause, ms []Mention, hs []hit) bool {
	first := -1 // token of the first company named
	if len(ms) > 0 {
		first = ms[0].From
	}
	for i, w := range ws.w[c.from:c.to] {
		if anaphors[w] && (first < 0 || ws.tok[c.from+i] < first || !possessive[w]) && !expletiveBefore(ws, c.from+i, ms, hs) && !otherHouse(ws, c.from+i) {
			return true
		}
	}
	return false
}

// expletiveBefore: the "it" at word i stands for nothing. A copula follows
// it, then a company named or a noun phrase that names one, and a deal
// word of hs comes between the copula and the second word after the
// company, not a side's ("It was Quorvex's partner"): "It is Harman's
// third acquisition this year", "It is the latest step in an acquisition
// spree at Hologic" tell whose deals they are, not a deal of the company
// before. Not "It is Quorvex's largest shareholder, having bought a
// stake": "it" is the company before, its deal told after; nor "It was
// bought by Quorvex": "it" is what was bought.
func expletiveBefore(ws words, i int, ms []Mention, hs []hit) bool {
	if ws.w[i] != "it" || i+2 >= len(ws.w) || !pastOrPresentIs[ws.w[i+1]] {
		return false
	}
	for _, m := range ms {
		if m.From != ws.tok[i+2] && (m.From < ws.tok[i+2] || !indefiniteOrDefinite[ws.w[i+2]]) {
			continue
		}
		for _, h := range hs {
			if h.at >= i+2 && ws.tok[h.at] <= m.To+2 && !sideNouns[strings.TrimSuffix(ws.w[h.at], "s")] {
				return true
			}
		}
	}
	return false
}

var indefiniteOrDefinite = set(`the a an`)

var pastOrPresentIs = set(`is was`)

// pronounBefore: one of the subject pronouns comes before the clause's
// first deal word (or right after it, where German puts the verb second),
// and no company before it ("En décembre, il a racheté le
// canadien Atrium", "2013 hatte er die Sparte von Cytec übernommen").
func pronounBefore(ws words, c clause, hs []hit, ms []Mention, pronouns map[string]bool) bool {
	if k := hs[0].at + 1; k < c.to && pronouns[ws.w[k]] && (len(ms) == 0 || ms[0].From > ws.tok[hs[0].at]) {
		return true // "2014 übernahm sie den Dienst": the verb second, its subject after it
	}
	for i := c.from; i < hs[0].at && i < c.to; i++ {
		if !pronouns[ws.w[i]] || impersonal(ws, i) {
			continue
		}
		for _, m := range ms {
			if m.From < ws.tok[i] {
				return false // "LVMH a dit qu'il ...": LVMH itself
			}
		}
		return true
	}
	return false
}

// impersonal: the pronoun at i stands for nothing ("Il s'agit de la plus
// grosse acquisition", "il y a", "es handelt sich um", "es gibt").
func impersonal(ws words, i int) bool {
	for k := i + 1; k < len(ws.w) && k <= i+2; k++ {
		if impersonalVerbs[ws.w[k]] {
			return true
		}
	}
	return false
}

var impersonalVerbs = set(`agit agissait y handelt handelte gibt gab`)

// companyPronouns are the pronouns that stand for a company as subject, by
// language: French "il"/"elle" (never articles, as Italian "il" is), German
// "er" (der Konzern, der Investor) and "sie" (die Gruppe).
var companyPronouns = map[string]map[string]bool{"fr": set("il elle"), "de": set("er sie")}

// verbSecondIt: German "es" as the subject: right after the clause's
// first deal word, the verb second, then what is bought or sold named in
// the accusative ("2020 übernahm es den Händler Quorvex"); or after
// "hat"/"hatte" so, the deal word closing the clause ("Bereits 1987
// hatte es den Messerhersteller Quorvex gekauft"). Only a time may come
// before the verb, and no company before "es": "es" is das Unternehmen.
// Not an object before a subject ("2018 übernahm es der Konkurrent
// Quorvex", "verkaufte es Quorvex an ...", "übernahm es die
// Beteiligungsgesellschaft Quorvex": "die" may be either), nor "es" that
// stands for nothing ("Anders lief es bei Quorvex", "hat es Gespräche
// über eine Übernahme gegeben", "hat es Quorvex geschafft, ...").
func verbSecondIt(ws words, c clause, hs []hit, ms []Mention) bool {
	at, it := hs[0].at, -1
	if at+1 < c.to && ws.w[at+1] == "es" && objectNamedAfter(ws, at+2, c.to) {
		it = at + 1
	}
	for k := c.from + 1; k < at && it < 0; k++ {
		if ws.w[k] == "es" && germanHaben[ws.w[k-1]] && (at+1 >= c.to || ws.w[at+1] == "," || ws.w[at+1] == ".") && objectNamedAfter(ws, k+1, at) {
			it = k // "hatte es ... gekauft"
		}

	}
	if it < 0 || len(ms) > 0 && ms[0].From < ws.tok[it] {
		return false
	}
	verb := at
	if it != at+1 {
		verb = it - 1 // "hatte"
	}
	for k := c.from; k < verb; k++ {
		if !germanTimeWord(ws.w[k]) {
			return false // "Die Kartellbehörde hat es ...", "Laut Insidern hat es ...": a subject, or no time
		}
	}
	return true
}

// objectNamedAfter: from k, an accusative article, words of description
// and a company, before any preposition or comma: what the verb takes
// ("den Händler Quorvex"), es its subject.
func objectNamedAfter(ws words, k, to int) bool {
	if k >= to || !accusativeArticles.Has(ws.w[k]) {
		return false
	}
	for j := k + 1; j < to && j <= k+4; j++ {
		if ws.isNamed(j) {
			return true
		}
		if ws.w[j] == "," || germanPrepositions.Has(ws.w[j]) {
			return false
		}
	}
	return false
}

// germanTimeWord: a word of a time that may open a German clause before
// its verb ("Im August 2020", "Bereits 1987", "Zwei Jahre später").
func germanTimeWord(w string) bool {
	return digits(w) || when.IsMonth(w) || germanTimeWords[w]
}

var germanTimeWords = set(`im in am anfang ende mitte fruhjahr sommer herbst winter bereits schon zuvor davor danach dann spater kurz darauf
	zuletzt damals einst ein eine einem zwei drei vier funf jahr jahre jahren jahres monat monate monaten woche wochen selben gleichen desselben`)

var germanHaben = set(`hat hatte`)

// pronounSubject: the clause's subject, before its first deal word, is
// "it", "the company" and the like, and no company is named there.
func pronounSubject(ws words, c clause, hs []hit, ms []Mention) bool {
	if len(hs) == 0 {
		return false
	}
	at := hs[0].at
	for _, m := range ms {
		if m.From >= ws.tok[c.from] && m.From < ws.tok[at] {
			return false
		}
	}
	for i := c.from; i < at; i++ {
		if subjectAnaphors[ws.w[i]] {
			return true // "the company sold"
		}
	}
	if at+2 < c.to && verbSecondArticles[ws.w[at+1]] && subjectAnaphors[ws.w[at+2]] {
		return true // "2014 übernahm der Konzern ...": the German verb second, its subject after it
	}
	return possessiveOpens(ws, c)
}

// possessiveOpens: the clause opens with a possessive ("Its Canadian
// operations were sold to Manulife", "while its metals business grew
// through the purchase of VAW"), its subject is the possessor's.
func possessiveOpens(ws words, c clause) bool {
	k := c.from
	if k+1 < c.to && ws.w[k] == "," && possessive[ws.w[k+1]] {
		return false // "Millbrook, its joint venture with Quorvex,": an apposition
	}
	for k < c.to && (punctuation(ws.w[k]) || continuations[ws.w[k]] || clauseBreaks[ws.w[k]]) {
		k++
	}
	return k < c.to && possessive[ws.w[k]]
}

// elidedSubject: the clause goes on from a deal the sentence told before,
// its verb without a subject of its own ("X sold A to B in 2013, sold
// its Norwegian operation to Telia the following year, and ..."; "; a
// settembre ha concordato l'acquisto di ..."): the sentence's subject acts
// again. The clause opens with a comma, a semicolon or a conjunction, and
// names no company and no subject before its deal word (past a word of
// agreeing, which tells no kind: "y en 2011 acordó la compra de ..."); both
// deals pass a company or a share of one.
func elidedSubject(ws words, c clause, hs, all []hit, ms []Mention) bool {
	if len(hs) == 0 || all[0].at >= c.from || c.from >= c.to || ws.w[c.from] != "," && ws.w[c.from] != ";" && !continuations[ws.w[c.from]] && !contrasts[ws.w[c.from]] {
		return false
	}
	first := hs[0]
	if first.kind == generic {
		// "y en 2011 acordó la compra de Beckman": the word of agreeing
		// tells no kind; the deal word after it does
		if k := slices.IndexFunc(hs, func(h hit) bool { return h.kind != generic }); k > 0 {
			first = hs[k]
		}
	}
	if typeClassOf(first.kind) != transfer {
		return false // "una joint venture ..., che avrà i diritti per vendere": goods, not the subject's deal
	}
	at := first.at
	if stakeNouns[ws.w[at]] && at <= c.from+2 {
		return false // ", quota in Sky compresa": what the deal includes
	}
	if gerund(ws.w[c.from+1]) && !objectNamed(ws, clause{at + 1, c.to}) {
		// ", paying in shares": how the deal before is done; not ",
		// taking control of Multibrid": a company of its own bought
		return false
	}
	// a company before the verb is the clause's own subject, unless the
	// clause goes on after "and" with the verb last, right after it, as
	// German tells a past act: "und 2016 die spanische Brindle gekauft"
	// (see participleAfter); not a relative clause ("…, die zuvor Brindle
	// übernommen hatte": who "die" is buys)
	if !nameThenParticipleAfterAnd(ws, c, at) {
		for _, m := range ms {
			if m.From >= ws.tok[c.from] && m.From < ws.tok[at] {
				return false
			}
		}
	}
	for i := c.from + 1; i < at; i++ {
		if subjectAnaphors[ws.w[i]] || pairDeterminers[ws.w[i]] || pairAlone[ws.w[i]] || relatives[ws.w[i]] || subjectPronouns[ws.w[i]] {
			return false
		}
	}
	return true
}

// objectNamed: a company is named in c before any relative pronoun: what
// the deal word before c is of ("for UraMin"), not a company a relative
// clause tells of ("paying in shares that left Renault with a stake").
func objectNamed(ws words, c clause) bool {
	for k := c.from; k < c.to; k++ {
		if relatives[ws.w[k]] || ws.w[k] == "that" {
			return false
		}
		if ws.named[k] {
			return true
		}
	}
	return false
}

// gerund: an English, Italian or Spanish gerund ("paying", "pagando",
// "vendiendo"), which tells how, not a deal of its own.
func gerund(w string) bool {
	return len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ando") || strings.HasSuffix(w, "endo"))
}

// elidedSeller is the sentence's subject, named before its first deal
// word, when clause c goes on with it to sell: "and in 2014 sold Channel
// 5 to Viacom" sells what the subject owned.
func elidedSeller(ms []Mention, toks []segment.Token, ws words, c clause, ch, all []hit, typ string) string {
	if typ != model.Divestiture || !continuations[ws.w[c.from]] || !elidedSubject(ws, c, ch, all, ms) && !pronounSubject(ws, c, ch, ms) {
		return ""
	}
	return subjectBefore(ms, toks, ws.tok[all[0].at], "")
}

// continuations open a clause that goes on with the sentence's subject.
var continuations = set(`and then e poi y luego et puis und dann`)

// contrasts open a clause that goes on with the sentence's subject too:
// "ha completato l'acquisizione di Acelity, mentre nel 2015 aveva
// rilevato Capital Safety".
var contrasts = set(`while whereas mentre mientras wahrend tandis`)

var subjectAnaphors = set(`it company group firm gruppo grupo groupe konzern gruppe unternehmen societa societe compania empresa azienda entreprise compagnie`)

// verbSecondArticles open a German subject that follows its verb ("kaufte
// der Konzern", "übernahm die Gruppe").
var verbSecondArticles = set(`der die das`)

// relativeTo reads a clause that opens with a relative pronoun after a
// comma ("Walmart, which bought Jet.com", "Bulgari, which it bought"):
// the company named just before the comma, and whether the pronoun is the
// clause's subject (a verb follows) rather than its object (a subject
// follows: "which it bought", "que Micron compró", "che il gruppo ha
// comprato").
func relativeTo(ws words, c clause, ms []Mention) (antecedent string, subject bool) {
	if c.from+1 >= c.to || ws.w[c.from] != "," {
		return "", false
	}
	rel := c.from + 1
	if !relatives[ws.w[rel]] {
		rel = appositionRelative(ws, c)
		if rel < 0 {
			return "", false
		}
	}
	comma := ws.tok[c.from]
	for _, m := range ms {
		if m.To == comma {
			antecedent = m.Company
			if head := appositionHead(ws, ms, m); head != "" {
				antecedent = head
			}
		}
	}
	if antecedent == "" {
		return "", false
	}
	if rel+1 >= c.to {
		return antecedent, true
	}
	next := ws.w[rel+1]
	objectRelative := subjectPronouns[next] || ws.named[rel+1] || relativeSubjectArticles[next] && !timeAfter(ws, rel+2)
	return antecedent, !objectRelative
}

// relativeObjectTaker is who acts in a relative clause whose pronoun is
// the object and whose subject is not named: the sentence's subject,
// named before the antecedent ("Quorvex failed to turn around Kaufhof,
// which it had bought in 2015"; "Quorvex non è riuscita a rilanciare
// Kaufhof, che aveva acquistato nel 2015", where Italian and Spanish drop
// the pronoun and only a verb with nothing bought after it tells the
// relative is the object). It is "" where no company comes before the
// antecedent: "it" is then one the sentences before named.
func relativeObjectTaker(ms []Mention, toks []segment.Token, ws words, c clause, trigger int, ante string, anteSubject bool, lang string) string {
	rel := c.from + 1
	if rel+1 >= c.to || !relatives[ws.w[rel]] {
		return ""
	}
	switch {
	case !anteSubject && subjectPronouns[ws.w[rel+1]]:
	case anteSubject && (lang == "it" || lang == "es") && trigger > rel && objectless(ws, c, trigger):
	default:
		return ""
	}
	return subjectBeforeAntecedent(ms, toks, ws, c, ante)
}

// subjectBeforeAntecedent is the sentence's subject named before ante, the
// company whose name closes right before the relative clause c; "" where
// none is.
func subjectBeforeAntecedent(ms []Mention, toks []segment.Token, ws words, c clause, ante string) string {
	start := -1
	for _, m := range ms {
		if m.Company == ante && m.To == ws.tok[c.from] {
			start = m.From
		}
	}
	if start < 0 {
		return ""
	}
	return subjectBefore(ms, toks, start, ante)
}

// partTakenOfSubject: the relative clause c on the company ante, its
// subject, takes a part of a company it does not name: the Italian "ne",
// the French "en" right after the relative ("Summit Partners, che ne aveva
// rilevato la maggioranza", "Brindle, qui en a pris 30 %"). That company
// is the sentence's subject, named before ante. (English says no more than
// "which took a majority stake", and as often of a venture: "Certares,
// which will invest $900 million for a 50 percent stake".)
func partTakenOfSubject(ms []Mention, toks []segment.Token, ws words, c clause, ante string, anteSubject bool, lang string) string {
	rel := c.from + 1
	if !anteSubject || rel+2 >= c.to || !relatives[ws.w[rel]] {
		return ""
	}
	switch w := ws.w[rel+1]; {
	case lang == "it" && w == "ne":
	case lang == "fr" && w == "en" && frenchAuxiliaries[ws.w[rel+2]]:
		// (not "qui en 2019 a racheté", "qui en mars": in)
	default:
		return ""
	}
	if !slices.ContainsFunc(ws.w[rel+2:c.to], func(w string) bool { return companyParts[w] || percents[w] || fractionNouns[w] }) {
		return "" // "che ne ha acquistato 200 esemplari", "i macchinari": goods
	}
	return subjectBeforeAntecedent(ms, toks, ws, c, ante)
}

// frenchAuxiliaries open a compound tense after "en" ("qui en a pris").
var frenchAuxiliaries = set(`a avait ont avaient aura auront detient detenait possede`)

// companyParts are the parts of a company a clitic's clause takes: the
// majority, control, a stake, its capital or shares.
var companyParts = set(`maggioranza controllo quota quote partecipazione capitale azioni
	majorite controle participation parts capital actions`)

// objectless: nothing is bought after the verb at trigger in clause c, but
// when, from whom or for how much ("che aveva acquistato nel 2015 per 2,8
// miliardi"): the clause's end or a preposition follows it, and no
// article or possessive after it opens an object of its own ("che ha
// venduto nel 2019 la sua divisione").
func objectless(ws words, c clause, trigger int) bool {
	if trigger+1 < c.to && !punctuation(ws.w[trigger+1]) && !adjunctOpeners[ws.w[trigger+1]] {
		return false
	}
	for k := trigger + 2; k < c.to; k++ {
		if objectOpeners[ws.w[k]] && !adjunctOpeners[ws.w[k-1]] {
			return false
		}
	}
	return true
}

// objectOpeners open a noun phrase that may be a verb's object.
var objectOpeners = set(`il lo la le gli i un una uno sua suo sue suoi el los las su sus unos unas`)

// adjunctOpeners open a phrase of time, price or origin after a verb.
var adjunctOpeners = set(`nel nell nella nei negli in per da dal dalla dai en por para desde del a al con senza grazie sin mediante`)

// appositionHead is the company an apposition describes when m closes it
// as what the company is a part of ("Infracapital, the infrastructure
// equity arm of M&G, which bought it", "Infracapital, el brazo inversor
// de la gestora británica M&G, que lo compró"): the relative clause
// after it tells of the apposition's head, not of its owner. It is ""
// when m closes no such apposition.
func appositionHead(ws words, ms []Mention, m Mention) string {
	start := slices.IndexFunc(ws.tok, func(t int) bool { return t >= m.From })
	if start < 0 {
		return ""
	}
	of := -1
	for k := start - 1; k >= 0 && k >= start-4; k-- {
		if ofWords[ws.w[k]] {
			of = k
			break
		}
		if ws.w[k] == "," || ws.isNamed(k) {
			return ""
		}
	}
	if of < 0 {
		return ""
	}
	unit := false // the apposition says the company is a part of m's
	for k := of - 1; k >= 2 && k >= of-6; k-- {
		if ws.w[k] == "," || ws.isNamed(k) {
			return ""
		}
		unit = unit || unitNouns[ws.w[k]]
		if !appositionArticles[ws.w[k]] || ws.w[k-1] != "," {
			continue
		}
		if !unit {
			return "" // "Veltraco, el objetivo de Quorvex, que ofreció comprarla": the relative tells of m
		}
		for _, x := range ms {
			if x.To == ws.tok[k-1] && x.Company != m.Company {
				return x.Company
			}
		}
		return ""
	}
	return ""
}

// unitNouns name a part of a company: an arm, a unit, a subsidiary.
var unitNouns = set(`arm unit subsidiary division branch affiliate vehicle
	braccio ramo controllata divisione filiale brazo filial division unidad
	bras branche entite tochter tochtergesellschaft sparte`)

// timeAfter: a noun of time stands at word k or the one after ("which the
// previous year bought", "que el año pasado compró"): the article opened a
// time, not the relative clause's subject.
func timeAfter(ws words, k int) bool {
	return k < len(ws.w) && timeNouns[ws.w[k]] || k+1 < len(ws.w) && timeNouns[ws.w[k+1]]
}

var timeNouns = set(`year years month week day time anno mese settimana giorno ano mes semana dia annee mois semaine jour jahr monat woche tag`)

// relativeSubjectArticles open the subject of a relative clause whose
// pronoun is its object ("que el fabricante adquirió"): only the articles
// that are never also object pronouns ("che le daranno il 44%", "che lo
// ha comprato" have the relative for subject), nor German's.
var relativeSubjectArticles = set(`the el il`)

// appositionRelative is where a relative pronoun opens a clause about an
// apposition whose object it is ("Elpida Memory, the bankrupt Japanese
// rival that it took over this year"): the article, a few words naming
// what the company is, the pronoun and a subject pronoun; -1 when the
// clause is not so ("a Utah-based company that sells make-up" tells what
// the company does, no deal).
func appositionRelative(ws words, c clause) int {
	if !appositionArticles[ws.w[c.from+1]] {
		return -1
	}
	for k := c.from + 2; k < c.to && k <= c.from+6; k++ {
		if ws.named[k] {
			return -1
		}
		if (relatives[ws.w[k]] || ws.w[k] == "that") && k+1 < c.to && subjectPronouns[ws.w[k+1]] {
			return k // the company is the object: "that it took over"
		}
		if (ws.w[k] == "it" || ws.w[k] == "they") && k > c.from+2 {
			return k - 1 // with no pronoun: "the health club chain it bought from Whitbread"
		}
	}
	return -1
}

var appositionArticles = set(`the a an il la le l el lo un una une der die das ein eine`)

var relatives = set(`which who que che qui cui welche welcher welches`)

var subjectPronouns = set(`it they he she we i il elle ils elles lui el ella ellos lei lui loro er sie es wir`)

// possessive anaphors after the company's name are its own ("Unilever is
// parting with one of its businesses"), not another company's.
var possessive = set(`its it sua suo sus su seine seiner ihre ihr sa son ses zijn haar seu sua`)

// reported: a company reports an agreement of a kind that has two sides
// ("Man habe eine Lizenzvereinbarung getroffen, teilte Ericsson mit"):
// the other side is the one the article is about.
func reported(ws words, c clause, typ string) bool {
	if typ != model.Licensing && typ != model.JointVenture && typ != model.Partnership {
		return false
	}
	for _, w := range ws.w[c.from:c.to] {
		if reportWords[w] {
			return true
		}
	}
	return false
}

var reportWords = set(`said says announced announces reported confirmed told teilte sagte erklarte mitteilte
	ha annunciato dichiarato dijo anuncio informo annonce indique declare disse anunciou informou zei meldde`)

// counterpart: the only company named comes after the deal word, after
// "with" ("a partnership with T-Mobile"), or in a language that drops
// its subjects (it, es, pt): the sentence's actor is implied.
func counterpart(ms []Mention, ws words, first hit, lang string) bool {
	if len(ms) == 0 {
		return false
	}
	if ms[0].From <= ws.tok[first.at] {
		return withBeforeDeal(ms, ws, first)
	}
	if lang == "it" || lang == "es" || lang == "pt" {
		return true
	}
	k := ms[0].From - 1
	for k >= 0 && ws.tok[0] <= k {
		for i, t := range ws.tok {
			if t == k {
				return withWords[ws.w[i]]
			}
		}
		k--
	}
	return false
}

// withBeforeDeal: the only company is named after a verb of signing or
// founding and "with", before the deal word, as languages put a short
// object first ("aveva firmato con China Medical City una joint
// venture", "a signé avec Quorvex un contrat"): the company is the
// counterpart of one unnamed. Not "le chemin emprunté avec Alcon", nor
// what a public body or a person signs ("L'État a signé avec Quorvex").
func withBeforeDeal(ms []Mention, ws words, first hit) bool {
	if len(ms) != 1 {
		return false
	}
	k := ws.indexOfToken(ms[0].From)
	return k >= 2 && k < first.at && withWords[ws.w[k-1]] && (signVerbs[ws.w[k-2]] || foundingVerbs[ws.w[k-2]]) && !signedByNoCompany(ws, k-2)
}

// foundingVerbs set up a venture with another: "ha costituito con X una
// joint venture".
var foundingVerbs = set(`formed created founded creato costituito fondato creado constituido fundado cree constitue fonde gegrundet grundete`)

var withWords = map[string]bool{"with": true, "con": true, "mit": true, "avec": true, "com": true, "met": true}

// withoutParents drops the parties named as the parent of another ("Jio
// Platforms, part of Reliance Industries", "una filiale di X"), keeping
// at least one.
//
// Unless apposed, only for an investment: "bought the division of Air
// Products" names the seller, "T-Mobile, filial de Deutsche Telekom" the
// owner of a side.
func withoutParents(parties []string, ms []Mention, toks []segment.Token, apposedOnly bool) []string {
	if !slices.ContainsFunc(parties, func(p string) bool { return namedAsParent(p, ms, toks, apposedOnly) }) {
		return parties // most deals: no parent named, nothing to copy
	}
	var out []string
	for _, p := range parties {
		if !namedAsParent(p, ms, toks, apposedOnly) {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return parties
	}
	return out
}

// namedAsParent: every mention of c follows "part of", "a unit of",
// "owned by" or their like within three words; when apposedOnly, in an
// apposition: a comma before the words.
func namedAsParent(c string, ms []Mention, toks []segment.Token, apposedOnly bool) bool {
	seen := false
	for _, m := range ms {
		if m.Company != c {
			continue
		}
		seen = true
		parent := false
		from := pastSeat(toks, m.From) // "a unit of San Diego-based Sempra Energy"
		for k := from - 1; k >= 0 && k >= from-3; k-- {
			if toks[k].Punct() {
				break
			}
			if k > 0 && parentWords[toks[k-1].Folded()+" "+toks[k].Folded()] {
				parent = !apposedOnly || afterComma(toks, k-1)
				break
			}
		}
		if !parent {
			return false
		}
	}
	return seen
}

// pastSeat is where the seat written before the name at token i starts
// ("San Diego - based Sempra", "Chicago-based Daxmoor"), i itself when
// none stands there.
func pastSeat(toks []segment.Token, i int) int {
	k := i - 1
	switch {
	case k >= 0 && seatSuffixed(toks[k].Text()):
		return k
	case k >= 2 && toks[k-1].Text() == "-" && hyphenSeats[toks[k].Folded()]:
		k -= 2
		for n := 0; n < 3 && k > 0 && toks[k-1].Cap() && !toks[k-1].Punct(); n++ {
			k--
		}
		return k
	}
	return i
}

var hyphenSeats = set(`based headquartered listed`)

// seatSuffixed: the token ends on a hyphen and a word of where a company
// sits ("Chicago-based").
func seatSuffixed(text string) bool {
	for s := range hyphenSeats {
		if n := len(text) - len(s); n > 1 && text[n-1] == '-' && strings.EqualFold(text[n:], s) {
			return true
		}
	}
	return false
}

// afterComma: the words from token i open an apposition, after a comma
// and at most an article ("T-Mobile, filial de", "X, a unit of").
func afterComma(toks []segment.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if toks[k].Text() == "," {
			return true
		}
		if toks[k].Punct() {
			return false
		}
	}
	return false
}

var parentWords = set2(`part of|unit of|subsidiary of|division of|arm of|owned by|controlled by|filiale di|controllata da|filiale de|filial de|tochter von|tochtergesellschaft von`)

// coBuyersOnly: the clause's parties are two companies joined by "and"
// before its first deal word, and none after it: of a stake, two holders
// of the same thing, which the clause does not name, not the two sides of
// a deal ("an der auch Hitachi und IHI beteiligt sind").
func coBuyersOnly(parties []string, ms []Mention, toks []segment.Token, ws words, hs []hit) bool {
	if len(parties) != 2 || len(hs) == 0 {
		return false
	}
	var first []Mention // each party's first mention
	for _, m := range ms {
		if slices.Contains(parties, m.Company) && !slices.ContainsFunc(first, func(f Mention) bool { return f.Company == m.Company }) {
			first = append(first, m)
		}
	}
	if len(first) != 2 || first[1].From >= ws.tok[hs[0].at] || first[1].From != first[0].To+1 {
		return false
	}
	if slices.ContainsFunc(ws.w, func(w string) bool { return reciprocalWords[w] }) {
		return false // "Veltraco and Quorvex will swap shares": each a side
	}
	return conjunctionSet.Has(toks[first[0].To].Folded())
}

// reciprocalWords make two companies joined by "and" each other's sides.
var reciprocalWords = set(`swap swaps exchange cross mutual each reciprocal scambio scambiano incrociate intercambio intercambian
	reciproca reciproco tauschen austausch gegenseitig wechselseitig echange echangent croisee croisees mutuelle`)

// partnerOfReferred: of the two parties, one is the venture, named
// beside a word for one ("in Lafarge Tarmac, a 50-50 joint venture", "das
// Gemeinschaftsunternehmen Lafarge Tarmac", "ARO Drilling, la joint
// venture paritetica"), and before the other the sentence refers to a
// company it does not name: the venture's partners are that one and the
// company referred to.
func partnerOfReferred(parties []string, ms []Mention, toks []segment.Token, ws words, lang string) bool {
	if len(parties) != 2 {
		return false
	}
	venture := func(p string) bool {
		return slices.ContainsFunc(ms, func(m Mention) bool { return m.Company == p && ventureNamed(m, toks) })
	}
	switch a, b := venture(parties[0]), venture(parties[1]); {
	case a && !b:
		return referredBefore(ws, ms, parties[1], lang)
	case b && !a:
		return referredBefore(ws, ms, parties[0], lang)
	}
	return false
}

// ventureOwnerNamed: of the two parties, one is the venture, named beside
// a word for one, and the sentence opens with a third company, its
// subject, named before both: the venture's other partner ("TPI built its
// first plant in 2002 through VienTek, a joint venture with Mitsubishi
// Power Systems"). Not where a word opens the sentence before the company
// ("In a deal with Brindle", "When Brindle left"), where its shares do
// ("Brindle shares fell"), nor where another clause opens before the
// venture ("Brindle fell 5% after Daxmoor, a joint venture with Quorvex,
// won").
func ventureOwnerNamed(parties []string, ms []Mention, toks []segment.Token, ws words) string {
	if len(parties) != 2 || len(ms) < 3 {
		return ""
	}
	first := ms[0]
	if slices.Contains(parties, first.Company) || first.From != 0 || first.To >= len(toks) || toks[first.To].Punct() || !wordLike(toks[first.To].Folded()) ||
		subjectNotActing[toks[first.To].Folded()] {
		return "" // the sentence's subject opens it, its verb after it (not "Brindle shares fell", "When Brindle left")
	}
	for _, m := range ms[1:] {
		if m.Company != first.Company && !slices.Contains(parties, m.Company) {
			return "" // another company named between: whose the venture is, unclear
		}
	}
	venture := slices.IndexFunc(ms, func(m Mention) bool { return slices.Contains(parties, m.Company) && ventureNamed(m, toks) })
	if venture < 0 {
		return ""
	}
	for k := first.To; k < ms[venture].From; k++ {
		if subordinators[toks[k].Folded()] {
			return "" // "Brindle fell 5% after Daxmoor, a joint venture with Quorvex, won": another clause's
		}
	}
	return first.Company
}

// subjectNotActing, after a company's name, make it no verb's subject:
// its shares, its stock ("Brindle shares fell").
var subjectNotActing = set(`shares stock stocks share aktien aktie titolo titoli azioni acciones actions`)

// subordinators open a clause of their own.
var subordinators = set(`after when while before since because although whereas unlike
	dopo quando mentre prima poiche perche nachdem als wenn wahrend weil bevor obwohl
	apres quand lorsque pendant parce puisque despues cuando mientras porque aunque`)

// ventureOfTheTwo: the one company named is a joint venture, named so
// ("la coentreprise NMKV", "una joint venture, Tata Tetley"), and before
// the deal word at the sentence speaks of "the two" ("les deux groupes",
// "le due aziende"): the venture of the two companies the article is
// about.
func ventureOfTheTwo(venture string, ms []Mention, toks []segment.Token, ws words, at int) bool {
	return bothSides(ws, at+1) && slices.ContainsFunc(ms, func(m Mention) bool { return m.Company == venture && ventureNamed(m, toks) })
}

// ventureNamed: a word for a joint venture stands right before the
// mention (or a comma after it: "una joint venture, Tata Tetley"), or
// after it past a comma, an article and up to three other words.
func ventureNamed(m Mention, toks []segment.Token) bool {
	k := m.From - 1
	if k >= 0 && ventureNoun(toks, k) || k >= 1 && toks[k].Text() == "," && ventureNoun(toks, k-1) && !saysAfter(toks, m.To) {
		return true // (but "close to a joint venture, Daxmoor, an investor in both, said": who says so)
	}
	if m.To+1 >= len(toks) || toks[m.To].Text() != "," || !ventureArticles[toks[m.To+1].Folded()] {
		return false
	}
	for j := m.To + 2; j < len(toks) && j <= m.To+5; j++ {
		if ventureNoun(toks, j) {
			return true
		}
		if toks[j].Punct() && toks[j].Text() != "-" {
			return false
		}
	}
	return false
}

// saysAfter: a word of saying comes within the eight tokens from k, before
// the sentence ends: the name before k is who speaks.
func saysAfter(toks []segment.Token, k int) bool {
	for j := k; j < len(toks) && j < k+8; j++ {
		if f := toks[j].Folded(); reportWords[f] {
			return true
		}
		if t := toks[j].Text(); t == "." || t == ";" {
			return false
		}
	}
	return false
}

// ventureNoun: the token at k is a one-word name for a joint venture, or
// the last or first word of "joint venture".
func ventureNoun(toks []segment.Token, k int) bool {
	f := toks[k].Folded()
	switch {
	case ventureWords[f]:
		return true
	case f == "venture":
		return k > 0 && (toks[k-1].Folded() == "joint" || toks[k-1].Text() == "-" && k > 1 && toks[k-2].Folded() == "joint")
	case f == "joint":
		return k+1 < len(toks) && strings.HasPrefix(toks[k+1].Folded(), "venture")
	}
	return false
}

var (
	ventureWords    = set(`coentreprise gemeinschaftsunternehmen jv`)
	ventureArticles = set(`a an une un una la il el ein eine their its leur sua su ihr ihre`)
)

// referredBefore: before the first mention of company, the sentence
// refers to another company without naming it ("it", "the group", "der
// Konzern", "il"): the subject a one-sided deal is told of.
func referredBefore(ws words, ms []Mention, company, lang string) bool {
	first := -1
	for _, m := range ms {
		if m.Company == company {
			first = m.From
			break
		}
	}
	for i := 0; i < len(ws.w) && ws.tok[i] < first; i++ {
		if w := ws.w[i]; (subjectAnaphors[w] || companyPronouns[lang][w] && !impersonal(ws, i)) && !describesNext(ws, ms, i) {
			return true
		}
	}
	return false
}

// pairWords count the two sides a plural names: "the two rivals", "les
// deux concurrents", "i due rivali".
var pairWords = set(`two both deux dos due zwei beiden beide`)

// describesNext: a company is named within the three words after word i,
// the noun that describes it ("the Swiss group Veltraco", "il gruppo
// olandese Veltraco").
func describesNext(ws words, ms []Mention, i int) bool {
	next := slices.IndexFunc(ms, func(m Mention) bool { return m.From > ws.tok[i] && m.From <= ws.tok[i]+3 })
	if next < 0 {
		return false
	}
	for k := i + 1; k < len(ws.w) && ws.tok[k] < ms[next].From; k++ {
		if linkingWords[ws.w[k]] {
			return false // "the group partnered with Michelin": its verb and a preposition between
		}
	}
	return true
}

// linkingWords join a subject to another company, never inside a noun
// phrase that describes one.
var linkingWords = set(`with con avec mit and et und`)

// infinitiveSubject: the clause's deal word follows "zu" ("zu kaufen"),
// and the clause before, with no deal word of its own, opens with a
// company: the one that agreed or planned to do it.
func infinitiveSubject(ms []Mention, ws words, before clause, hits []hit, ch []hit) string {
	if len(ch) == 0 || ch[0].at == 0 || ws.w[ch[0].at-1] != "zu" || hasHitIn(hits, before) {
		return ""
	}
	from, to := ws.tok[before.from], ws.tok[before.to-1]
	for _, m := range ms {
		if m.From >= from && m.From <= to {
			if m.From == from || m.From == from+1 && subjectDeterminers[ws.w[before.from]] {
				return m.Company // "Konecranes hatte ...", "Die Konecranes hatte ..." (not "Laut Veltraco hat Brembo ...")
			}
			return ""
		}
	}
	return ""
}
