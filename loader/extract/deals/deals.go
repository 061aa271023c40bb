// Package deals finds the deals one sentence states: its deal words give
// the type, the companies around them the parties, and the sentence's own
// figures and dates the value and the date. It works one sentence at a
// time; telling which sentences report the same deal is the caller's job.
package deals

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"dealwire/loader/extract/money"
	"dealwire/loader/extract/segment"
	"dealwire/loader/extract/when"
	"dealwire/model"
)

// Mention is a company named in the sentence, by token indices [From, To).
type Mention struct {
	From, To int
	Company  string
}

// Sentence is what deal finding reads.
type Sentence struct {
	Text     string
	Tokens   []segment.Token
	Mentions []Mention
}

// Found is one deal a sentence states.
type Found struct {
	Type     string // a model deal type; Other when only "deal"/"agreement" says so
	Generic  bool   // no typed word: the type is a guess others may correct
	Parties  []string
	Value    *model.Money
	Date     string
	Status   string
	Evidence string
	// Buyer is who buys, for a transfer of a company or a stake, when the
	// sentence says ("" when it does not).
	Buyer string
	// Anaphor is set when the sentence names one company and refers to
	// another as "the company" or "it": the caller may supply it.
	Anaphor bool
	// Refers is set when the sentence tells a deal it does not name in
	// full ("the acquisition", "it will pay $15.8 billion for the
	// jeweler"): the article's own deal, whose parties the caller knows.
	// Parties then holds the one named, if any.
	Refers bool
	// Bought is set when the sentence names only what was bought, in a
	// participle set off by a comma ("Mojang, the maker of Minecraft,
	// bought for $2.5 billion in 2014"): the buyer is one the article
	// names as buying.
	Bought bool
	// OfNamed is set on a Refers deal whose one company named is what the
	// deal is of ("the planned takeover of NXP"): the other side is the
	// company the text is about.
	OfNamed bool
	// Part is set on a Refers deal that tells a part of another kind of
	// the deal pointed at ("the deal also included the licensing of
	// patents"): a deal of its own.
	Part bool
}

// words is the folded word sequence of a sentence, each word knowing the
// token it came from.
type words struct {
	w     []string
	tok   []int
	named []bool // the word is part of a company's name ("NXP Semiconductors")
}

// markNamed records which words belong to the companies' names.
func (ws *words) markNamed(ms []Mention) {
	ws.named = make([]bool, len(ws.w))
	for i, t := range ws.tok {
		for _, m := range ms {
			if t >= m.From && t < m.To {
				ws.named[i] = true
				break
			}
		}
	}
}

func fold(toks []segment.Token) words {
	out := words{w: make([]string, 0, len(toks)+4), tok: make([]int, 0, len(toks)+4)}
	for i, t := range toks {
		if t.Punct {
			out.w = append(out.w, t.Text)
			out.tok = append(out.tok, i)
			continue
		}
		if !strings.Contains(t.Folded, " ") {
			out.w = append(out.w, t.Folded) // most words: no split to make
			out.tok = append(out.tok, i)
			continue
		}
		for _, f := range strings.Fields(t.Folded) {
			out.w = append(out.w, f)
			out.tok = append(out.tok, i)
		}
	}
	return out
}

// hit is a trigger found at a word index.
type hit struct {
	at   int // word index
	kind string
}

func find(ts triggerSet, ws words) []hit {
	var out []hit
	for i := range ws.w {
		if t, ok := ts.at(ws.w, i); ok {
			out = append(out, hit{at: i, kind: t.kind})
		}
	}
	return out
}

// Find returns the deals a sentence states. lang is the article's
// language, published its date (YYYY-MM-DD or ""), used to resolve
// relative dates.
func Find(s Sentence, lang, published string) []Found {
	if strings.HasSuffix(strings.TrimRight(s.Text, " \"”»'’"), "?") {
		return nil // a question states nothing
	}
	if quoted(s.Text) && opinion(s.Tokens) {
		// "“Coffee is the one category where Nestlé can grow ...,” said an
		// analyst": an opinion on the deal, not the news of one (a quoted
		// press release, in the third person, may state one)
		return nil
	}
	if len(s.Tokens) > maxSentenceTokens {
		return nil // a table or a run-on list, not a sentence: no deal is read from it
	}
	s.Mentions = bystanders(s.Mentions, s.Tokens)
	if len(distinct(s.Mentions)) == 0 {
		return unnamed(s, lang, published)
	}
	ws := fold(s.Tokens)
	ws.markNamed(s.Mentions)
	hits := dropNamed(find(typeTriggers, ws), ws, s.Mentions)
	if len(hits) == 0 {
		return nil
	}
	// dates and amounts are read only for sentences that state a deal:
	// their patterns cost more than all the rest
	var dates []when.Date
	var amounts []money.Amount
	read := false
	readFigures := func() {
		if !read {
			read = true
			dates = when.Find(s.Text, lang, published)
			amounts = dealAmounts(s.Text, lang)
		}
	}
	cs := clauses(ws)
	var out []Found
	for ci, c := range cs {
		ch := hitsIn(hits, c)
		if len(ch) == 0 {
			continue
		}
		typ, generic := typeOf(ch, ws, c, lang)
		if typ == trade || typ == model.Other && onlyDelivery(ch) {
			continue // "provide hundreds of millions": no goods, no deal
		}
		bound := false
		if t, ok := boundType(ch, ws, s.Mentions); ok {
			typ, generic, bound = t, false, true
		}
		if generalReference(ch, ws) {
			continue // "The licensing deals are a cornerstone for Nokia": deals in general
		}
		if typ == model.Investment && holding(ch, ws, s.Mentions, s.Tokens) {
			continue // "Vodafone's 42% stake in Indus Towers is not part of the deal": held, not dealt
		}
		// the parties: in the clause, else with its neighbours that state
		// no deal of their own, else anywhere in the sentence
		span := c
		parties := partiesIn(s.Mentions, ws, span)
		// a relative clause tells its own deal about the company before
		// it: "Walmart, which bought Jet.com" (Walmart buys), "Bulgari,
		// which it bought in 2011" (Bulgari is bought, by "it")
		ante, anteSubject := relativeTo(ws, c, s.Mentions)
		if ante != "" && !slices.Contains(parties, ante) {
			if anteSubject {
				parties = append([]string{ante}, parties...)
			} else {
				parties = append(parties, ante)
			}
		} else {
			ante = ""
		}
		if len(parties) < 2 && ante == "" {
			span, parties = withNeighbours(s.Mentions, ws, cs, hits, ci)
		}
		subject := "" // who "it" is, when the sentence said so before
		if len(parties) < 2 && ante == "" {
			other := otherClauseStates(hits, cs, ci)
			if len(parties) == 0 && other {
				continue // "As part of the cooperation, X will supply Y": one deal, told by the other clause
			}
			if len(parties) == 1 && other && (pronounSubject(ws, span, ch, s.Mentions) || bidFor(ws, span, ch, s.Mentions) == parties[0]) {
				// "In 2013 SoftBank paid $21.6 billion for Sprint, and in
				// 2006 it bought Vodafone's Japanese business": "it" is
				// the sentence's subject, not every company it names
				subject = firstBefore(s.Mentions, ws.tok[span.from], parties[0])
			}
			if subject != "" {
				parties = []string{subject, parties[0]}
			} else if rest := unclaimed(subjectSide(s.Mentions, ws, span, ch), ws, cs, hits, ci); len(rest) >= 2 || len(parties) == 0 {
				// the sentence's companies, but those another clause
				// tells a deal of its own between
				parties = rest
			}
		}
		readFigures()
		f := Found{Type: typ, Generic: generic, Parties: parties, Date: dateOf(dates, clauseText(s, ws, cs, hits, ci)), Evidence: s.Text}
		f.Status = statusOf(ws, span)
		frenchIt := lang == "fr" && pronounBefore(ws, span, ch, s.Mentions)
		f.Buyer = buyerOf(typ, ch, ws, span, s.Mentions, s.Tokens)
		if subject != "" && f.Buyer == "" && (typ == model.Acquisition || typ == model.Investment) {
			f.Buyer = subject
		}
		if ante != "" && (typ == model.Acquisition || typ == model.Investment) {
			if anteSubject {
				f.Buyer = ante
			} else if f.Buyer == ante {
				f.Buyer = "" // bought, not buying
			}
		}
		if subject == "" && len(parties) >= 2 && (typ == model.Divestiture || typ == model.Acquisition) && pronounSubject(ws, span, ch, s.Mentions) {
			// "Last month it agreed to sell its stake in Supercell to
			// Tencent": the seller is the company the text is about, the
			// one this sentence opened with ("Vodafone entered India in
			// 2007, when it paid $11.1 billion for ...") or else one before
			if first := firstBefore(s.Mentions, ws.tok[span.from], ""); first != "" && !slices.Contains(parties, first) {
				f.Parties = append([]string{first}, parties...)
				parties = f.Parties
				if f.Buyer == "" && typ == model.Acquisition {
					f.Buyer = first
				}
			} else {
				f.Anaphor = true
			}
		}
		if len(parties) == 1 {
			// "the company will license X", "ha formato una partnership con
			// T-Mobile": the other side is a company named before
			f.Bought = apposed(ws, ch[0].at, nil) && participle(ws.w[ch[0].at])
			if f.Anaphor = ante != "" && !anteSubject || frenchIt || anaphor(ws, span, s.Mentions) || counterpart(s.Mentions, ws, ch[0], lang) ||
				reported(ws, span, typ) || f.Bought; !f.Anaphor {
				// "LVMH said it could not complete the acquisition": the
				// article's deal, if LVMH is one of its sides
				d := definite(ws, ch)
				if f.Refers = d >= 0; !f.Refers {
					continue
				}
				// "die geplante Übernahme des Chipherstellers NXP": the one
				// named is what the deal is of
				f.OfNamed = !f.Generic && targetAfterOf(ws, span, ch[d].at, s.Mentions) != "" && !otherClauseStates(hits, cs, ci)
			}
		}
		// the price may trail in clauses that state nothing of their own:
		// "... la venta de sus torres a American Towers, la filial de
		// Telxius, por valor de 7.700 millones de euros"
		priceEnd := span.to
		k := ci + 1
		for k < len(cs) && cs[k].from < span.to {
			k++ // the neighbour the parties were read in
		}
		for ; k < len(cs) && len(hitsIn(hits, cs[k])) == 0; k++ {
			priceEnd = cs[k].to
		}
		from, to := s.Tokens[ws.tok[span.from]].Start, s.Tokens[ws.tok[priceEnd-1]].End
		for _, a := range amounts {
			if a.Start >= from && a.Start < to {
				f.Value = &model.Money{Value: a.Value, Currency: a.Currency}
				break
			}
		}
		if split := eachForItsPrice(f, s, ws, span, ch, amounts, from, to); split != nil {
			out = append(out, split...)
			continue
		}
		out = append(out, f)
		if (typ == model.Licensing || typ == model.Partnership) && !bound && buysGoods(ch) && goods(ch, ws, c) {
			// "will license Nokia's patents and purchase telecom
			// equipment from it": a supply deal told beside the licence
			g := f
			g.Type, g.Value = model.Supply, nil
			out = append(out, g)
		}
	}
	if len(out) == 1 && out[0].Value == nil && len(amounts) > 0 {
		a := amounts[0]
		out[0].Value = &model.Money{Value: a.Value, Currency: a.Currency}
	}
	if len(out) == 1 && out[0].Status == model.Announced {
		out[0].Status = statusOf(ws, clause{0, len(ws.w)})
	}
	return dedupe(out)
}

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

// firstBefore is the first company named before token at, other than
// except: the subject a later "it" in the sentence refers to.
func firstBefore(ms []Mention, at int, except string) string {
	for _, m := range ms {
		if m.To <= at && m.Company != except {
			return m.Company
		}
	}
	return ""
}

// clauseText is the byte range of clause ci with the clauses before it
// that state no deal of their own ("In September 2013, Nokia sold ..."):
// where the clause's own date is told.
func clauseText(s Sentence, ws words, cs []clause, hits []hit, ci int) [2]int {
	from := cs[ci].from
	for k := ci - 1; k >= 0 && len(hitsIn(hits, cs[k])) == 0; k-- {
		from = cs[k].from
	}
	return [2]int{s.Tokens[ws.tok[from]].Start, s.Tokens[ws.tok[cs[ci].to-1]].End}
}

// dateOf is the first date told in the clause's range, else the
// sentence's first: a clause may tell its own deal's year ("and in 2006
// it bought ..."), or leave it to the sentence.
func dateOf(ds []when.Date, r [2]int) string {
	for _, d := range ds {
		if d.Start >= r[0] && d.Start < r[1] {
			return d.Value
		}
	}
	if len(ds) > 0 {
		return ds[0].Value
	}
	return ""
}

// withNeighbours is clause ci widened to its neighbours that tell no deal
// of their own, and the companies named there: "Nokia, the Finnish
// company, agreed with Xiaomi" names its parties across commas.
func withNeighbours(ms []Mention, ws words, cs []clause, hits []hit, ci int) (clause, []string) {
	span := cs[ci]
	if ci > 0 && len(hitsIn(hits, cs[ci-1])) == 0 {
		span.from = cs[ci-1].from
	}
	if ci+1 < len(cs) && len(hitsIn(hits, cs[ci+1])) == 0 {
		span.to = cs[ci+1].to
	}
	return span, partiesIn(ms, ws, span)
}

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
		if !pluralDealNouns[ws.w[h.at]] {
			return false
		}
	}
	return len(hs) > 0
}

// unclaimed lists the sentence's companies but those named in another
// clause that tells a deal between two of its own ("..., acquisitions of
// businesses such as Withings, which moved Nokia into health").
func unclaimed(ms []Mention, ws words, cs []clause, hits []hit, ci int) []string {
	claimed := map[string]bool{}
	for k, c := range cs {
		if k == ci || len(hitsIn(hits, c)) == 0 {
			continue
		}
		own := partiesIn(ms, ws, c)
		if len(own) < 2 {
			_, own = withNeighbours(ms, ws, cs, hits, k)
		}
		if len(own) >= 2 {
			for _, p := range own {
				claimed[p] = true
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

// holding: the clause's only deal words are stakes a company is said to
// own ("Vodafone's 42% stake in Indus Towers", "Fox's 30% stake in
// Hulu"): a holding, with no word of buying, selling or investing.
func holding(hs []hit, ws words, ms []Mention, toks []segment.Token) bool {
	for _, h := range hs {
		if !stakeNouns[ws.w[h.at]] {
			return false
		}
		owned := false
		for _, m := range ms {
			if t := ws.tok[h.at]; toks[m.To-1].Poss && m.To <= t && t-m.To <= 3 {
				owned = true
			}
		}
		if !owned {
			return false
		}
	}
	return len(hs) > 0
}

// boundType is the type of a deal word that names its counterparty right
// after it ("a digital health partnership with China Mobile", "licensing
// agreement with Xiaomi"): it says what the deal with that company is,
// whatever else the clause tells ("a deal to provide equipment for
// Shanghai").
func boundType(hs []hit, ws words, ms []Mention) (string, bool) {
	for _, h := range hs {
		if h.kind != model.Partnership && h.kind != model.JointVenture && h.kind != model.Licensing {
			continue
		}
		for i := h.at + 1; i < len(ws.w) && i <= h.at+3; i++ {
			if !withWords[ws.w[i]] {
				continue
			}
			next := ws.tok[i] + 1
			for _, m := range ms {
				if m.From == next || m.From == next+1 && articleAt(ws, i+1) {
					return h.kind, true
				}
			}
		}
	}
	return "", false
}

// generalReference: every deal word of the clause is a plural with a
// definite article ("The licensing deals are a strategic cornerstone"):
// deals in general, not one.
func generalReference(hs []hit, ws words) bool {
	for _, h := range hs {
		k := h.at + 1
		for k < len(ws.w) && k <= h.at+2 && !pluralDealNouns[ws.w[k]] {
			k++
		}
		if h.at == 0 || !pluralDeterminers[ws.w[h.at-1]] || k > h.at+2 || k >= len(ws.w) {
			return false
		}
	}
	return len(hs) > 0
}

var pluralDeterminers = set(`the these those such i gli le questi queste los las estos estas die diese les ces`)

var pluralDealNouns = set(`deals agreements acquisitions partnerships takeovers buyouts mergers disposals
	accordi acquisizioni acuerdos adquisiciones vereinbarungen ubernahmen abkommen accords`)

// quoted: the sentence opens on a quotation mark, or ends one with its
// speaker ("... sous-estimée », note Bastien Loiseau, gérant chez X").
func quoted(text string) bool {
	t := strings.TrimSpace(text)
	r, _ := utf8.DecodeRuneInString(t)
	if strings.ContainsRune(`"“«„‘`, r) {
		return true
	}
	for _, q := range []string{"» ,", "»,", "”,", "\","} {
		if strings.Contains(t, q) {
			return true
		}
	}
	return false
}

// opinion: the words of a person, by the words around them: an analyst,
// or someone saying "we", "I", "you".
func opinion(toks []segment.Token) bool {
	for _, t := range toks {
		w := strings.ToLower(t.Text)
		if personalWords[w] || startsWithAny(w, analystStems) {
			return true
		}
	}
	return false
}

// startsWithAny: w begins with one of the stems.
func startsWithAny(w string, stems []string) bool {
	for _, s := range stems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

var personalWords = set(`we our us i my you your noi nostro nostra nous notre vous nosotros nuestro nuestra wir unser unsere ich`)

// maxSentenceTokens bounds the work one "sentence" of untrusted text can
// cost: clause by clause reading is quadratic in the worst case.
const maxSentenceTokens = 400

// buysGoods: a word of buying or delivering among the hits.
func buysGoods(hs []hit) bool {
	for _, h := range hs {
		if h.kind == model.Acquisition || h.kind == delivery || h.kind == model.Supply {
			return true
		}
	}
	return false
}

func onlyDelivery(hs []hit) bool {
	for _, h := range hs {
		if h.kind != delivery {
			return false
		}
	}
	return true
}

// otherClauseStates: another clause of the sentence has deal words of its own.
func otherClauseStates(hits []hit, cs []clause, ci int) bool {
	for k, c := range cs {
		if k != ci && len(hitsIn(hits, c)) > 0 {
			return true
		}
	}
	return false
}

// dropNamed removes trigger words that are part of a company's name
// ("Fortress Investment Group") or of a kind of company ("investment fund").
func dropNamed(hs []hit, ws words, ms []Mention) []hit {
	var out []hit
next:
	for _, h := range hs {
		tok := ws.tok[h.at]
		for _, m := range ms {
			if tok >= m.From && tok < m.To {
				continue next
			}
		}
		if h.at+1 < len(ws.w) && kindOfCompany[ws.w[h.at+1]] {
			continue
		}
		if h.at+1 < len(ws.w) && strings.HasSuffix(ws.w[h.at], "ed") && (businessWords[ws.w[h.at+1]] || ws.w[h.at+1] == "entity") {
			continue // "the merged entity", "the acquired business": what, not a deal
		}
		out = append(out, h)
	}
	return out
}

var kindOfCompany = map[string]bool{"fund": true, "funds": true, "firm": true, "firms": true, "bank": true, "banks": true,
	"company": true, "manager": true, "vehicle": true, "arm": true, "house": true, "group": true, "partner": true}

func hitsIn(hs []hit, c clause) []hit {
	var out []hit
	for _, h := range hs {
		if h.at >= c.from && h.at < c.to {
			out = append(out, h)
		}
	}
	return out
}

// clause is a word range of the sentence that can state its own deal:
// "Toyota will buy shares in Suzuki, while Suzuki will acquire shares in
// Toyota" states two.
type clause struct{ from, to int }

var clauseBreaks = map[string]bool{"while": true, "whereas": true, "meanwhile": true, "mentre": true, "mientras": true,
	"wahrend": true, "tandis": true, "alors": true, "terwijl": true, "enquanto": true, ";": true, ",": true,
	// a deal told as the background of another: "... following a decision
	// to sell its phone business to Microsoft"
	"following": true, "after": true, "dopo": true, "tras": true, "apres": true, "apos": true,
	// and a deal told as the measure of another: "its biggest purchase
	// since it bought Wyeth in 2009"
	"since": true, "seit": true, "depuis": true, "desde": true}

func clauses(ws words) []clause {
	var out []clause
	start := 0
	for i, w := range ws.w {
		if clauseBreaks[w] && i > start {
			out = append(out, clause{start, i})
			start = i
		}
	}
	return append(out, clause{start, len(ws.w)})
}

// typeOf picks the clause's deal type from its triggers: the most specific
// wins; a stake bought is an investment, not an acquisition.
func typeOf(hs []hit, ws words, c clause, lang string) (string, bool) {
	all := clause{0, len(ws.w)} // a stake is told anywhere in the sentence
	has := map[string]int{}
	for i := len(hs) - 1; i >= 0; i-- {
		has[hs[i].kind] = hs[i].at + 1 // first occurrence, +1 so 0 means absent
	}
	switch {
	case has[model.JointVenture] > 0:
		return model.JointVenture, false
	case (has[model.Acquisition] > 0 || has[model.Divestiture] > 0) && rightsTransferred(ws, c):
		// "paid Starbucks $7.15 billion for the perpetual rights to sell
		// its coffee", "ha ceduto a Ubisoft i diritti di streaming": a
		// licence, bought or granted
		return model.Licensing, false
	case has[model.Licensing] > 0:
		return model.Licensing, false
	case has[model.Merger] > 0:
		return model.Merger, false
	case (has[model.Acquisition] > 0 || has[model.Supply] > 0 || has[generic] > 0 || has[delivery] > 0) && has[model.Divestiture] == 0 && goods(hs, ws, c):
		// "buy battery cells for 4 billion euros", "will provide network
		// equipment": goods change hands, not a company
		return model.Supply, false
	case has[model.Divestiture] > 0 && has[model.Acquisition] == 0 && goods(hs, ws, c):
		// "sells more trains each year than Siemens and Alstom", "bar
		// Qualcomm from selling its chips to Huawei": trade, no deal
		return trade, true
	case has[model.Divestiture] > 0 && (has[model.Acquisition] == 0 || has[model.Divestiture] < has[model.Acquisition]) &&
		(has[model.Investment] == 0 || has[model.Divestiture] < has[model.Investment] || verbLast[lang] && stakeSold(hs, ws)):
		// "agreed to sell its stake in Supercell to Tencent": selling
		// comes first, a stake is what is sold
		return model.Divestiture, false
	case has[model.Investment] > 0 && !control(ws, all):
		return model.Investment, false
	case has[model.Acquisition] > 0 && stakeWords(ws, all) && !control(ws, all):
		return model.Investment, false
	case has[model.Acquisition] > 0 || has[model.Divestiture] > 0:
		a, d := has[model.Acquisition], has[model.Divestiture]
		if a > 0 && (d == 0 || a < d) {
			return model.Acquisition, false
		}
		return model.Divestiture, false
	case has[model.Supply] > 0:
		return model.Supply, false
	case has[weakLicensing] > 0:
		return model.Licensing, false
	case has[model.Partnership] > 0:
		return model.Partnership, false
	}
	return model.Other, true
}

// trade is what typeOf says of goods sold: no deal at all.
const trade = "trade"

// verbLast are the languages that put a clause's verb after its object
// ("seinen Anteil an Supercell verkauft").
var verbLast = map[string]bool{"de": true, "nl": true}

// stakeSold: the investment word is a stake, the thing a sale word sells,
// wherever the language puts the verb ("hatte seinen Anteil an Supercell
// an Tencent verkauft").
func stakeSold(hs []hit, ws words) bool {
	for _, h := range hs {
		if h.kind == model.Investment && !stakeNouns[ws.w[h.at]] {
			return false // "invest", "Beteiligung eingehen": money put in
		}
	}
	return true
}

// rightsTransferred: the clause's object is rights to use or sell
// something, not a business.
func rightsTransferred(ws words, c clause) bool {
	for _, w := range ws.w[c.from:c.to] {
		if rightsWords[w] {
			return true
		}
	}
	return false
}

var rightsWords = set(`rights right diritti diritto droits droit derechos derecho rechte nutzungsrechte vertriebsrechte rechten direitos`)

// goods reports a clause about products bought or delivered and not about
// a business or shares changing hands: what follows the first verb of
// buying or delivering, up to the seller ("from the Finnish company"),
// names no business.
func goods(hs []hit, ws words, c clause) bool {
	object := c.from
	for _, h := range hs {
		if h.at >= c.from && h.at < c.to && (h.kind == model.Acquisition || h.kind == delivery || h.kind == model.Supply) {
			object = h.at
			break
		}
	}
	found, source := false, false
	for i, w := range ws.w[c.from:c.to] {
		if ws.named != nil && ws.named[c.from+i] {
			continue // "NXP Semiconductors" is a company, not chips
		}
		if sourcePreps[w] {
			source = true
		}
		if stakeNouns[w] || shareNouns[w] || businessWords[w] && !source && c.from+i >= object {
			return false
		}
		if goodsWords[w] {
			found = true
			continue
		}
		for _, suf := range goodsSuffixes {
			if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
				found = true // "Batteriezellen", "Netzwerkausrustung"
			}
		}
	}
	return found
}

var sourcePreps = set(`from by da dal dalla de del von vom bei van do`)

var goodsWords = set(`equipment equipments cells cell batteries battery chips chip semiconductors components parts
	products trains cars vehicles phones smartphones handsets drugs medicines aircraft planes
	modules hardware infrastructure turbines engines vaccines doses gas lng oil electricity crude
	apparecchiature attrezzature batterie celle componenti forniture equipos baterias celdas componentes
	ausrustung batterien zellen komponenten equipements cellules composants apparatuur batterijen cellen
	equipamentos baterias celulas componentes`)

var goodsSuffixes = []string{"zellen", "batterien", "ausrustung", "komponenten"}

// businessWords name a company or part of one: buying it is an acquisition
// even when it makes goods ("Embraer's commercial aircraft unit").
var businessWords = set(`business businesses unit division operations arm subsidiary company firm maker stake
	group plant plants factory factories brand attivita divisione ramo societa negocio division unidad empresa
	geschaft sparte tochter unternehmen activite activites filiale societe bedrijf divisie tak negocio unidade`)

// stakes are the words of a share in a company. A percentage is one only
// when a stake word or "of"/"in" follows it ("a 9.99 per cent stake", "20%
// of Suning", not "Kroger fell 9%"); "shares" only after a number or a
// word of buying ("24 million newly allocated shares", not "Shares of
// grocers tumbled").
var (
	stakeNouns = set(`stake stakes quota participacion partecipazione beteiligung anteil anteile participation belang participacao shareholding ownership interest`)
	shareNouns = set(`shares share azioni acciones aktien actions aandelen acoes stammaktien`)
	percents   = set(`% percent cent pct prozent`)
	percentOf  = set(`of in stake de di del della an am van ) ownership interest stakes participacion partecipazione beteiligung anteil`)
)

func stakeWords(ws words, c clause) bool {
	for i := c.from; i < c.to; i++ {
		w := ws.w[i]
		switch {
		case stakeNouns[w]:
			return true
		case percents[w] && i+1 < len(ws.w) && percentOf[ws.w[i+1]]:
			return true
		case shareNouns[w]:
			if i > 0 && perWords[ws.w[i-1]] {
				continue // "$40 per share": a price
			}
			if i+1 < c.to && shareIn[ws.w[i+1]] && i > c.from && !leading(ws, i) {
				return true // "worth of shares in Toyota", not "Shares of grocers tumbled"
			}
			for k := i - 1; k >= c.from && k >= i-3; k-- {
				if isNumber(ws.w[k]) || buyWords[ws.w[k]] || ws.w[k] == "newly" || ws.w[k] == "new" {
					return true
				}
			}
		}
	}
	return false
}

var perWords = set(`per a each je pro par por`)

var shareIn = set(`in of de di an en`)

// leading: no word comes before index i in the sentence.
func leading(ws words, i int) bool {
	for _, w := range ws.w[:i] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

var buyWords = set(`buy buys bought acquire acquires acquired purchase purchased subscribe acquistare comprar compra erwerben kauft acheter comprou`)

func isNumber(w string) bool {
	return w != "" && (w[0] >= '0' && w[0] <= '9' || w == "million" || w == "millions" || w == "mio" || w == "millones" || w == "milioni")
}

var controlWords = map[string]bool{"control": true, "controlling": true, "majority": true, "entire": true, "whole": true, "100": true,
	"controllo": true, "maggioranza": true, "mayoria": true, "kontrolle": true, "mehrheit": true,
	"controle": true, "majoritaire": true, "meerderheid": true, "maioria": true}

func control(ws words, c clause) bool {
	for _, w := range ws.w[c.from:c.to] {
		if controlWords[w] {
			return true
		}
	}
	return false
}

func statusOf(ws words, c clause) string {
	part := words{w: ws.w[c.from:c.to], tok: ws.tok[c.from:c.to]}
	hs := find(statusTriggers, part)
	for _, st := range statusOrder {
		for _, h := range hs {
			if h.kind == st {
				if st == model.Proposed && len(find(affirmed, part)) > 0 {
					return model.Announced
				}
				return st
			}
		}
	}
	return model.Announced
}

// partiesIn lists the companies named in a clause, in order.
func partiesIn(ms []Mention, ws words, c clause) []string {
	fromTok, toTok := ws.tok[c.from], ws.tok[c.to-1]
	var in []Mention
	for _, m := range ms {
		if m.From >= fromTok && m.From <= toTok {
			in = append(in, m)
		}
	}
	return distinct(in)
}

// bystanders are the companies named as rivals or competitors ("its main
// rival JD.com", "beat CVC to buy"): named, but not parties.
func bystanders(ms []Mention, toks []segment.Token) []Mention {
	// one pass in text order: a mention is a rival when a rival word is
	// just before it, or when it is listed right after a rival ("beat CVC
	// Capital Partners and Apollo Global to buy")
	rival := make([]bool, len(ms))
	for i, m := range ms {
		rival[i] = rivalBefore(m, toks) || i > 0 && rival[i-1] && listedAfter(ms[i-1], m, toks) || analystsFirm(m, toks) ||
			describedBy(m, toks)
	}
	// and back from the end: advisers are named before the word that makes
	// them so ("Bank of America and Credit Suisse advised Bayer")
	for i := len(ms) - 1; i >= 0; i-- {
		if adviserAfter(ms[i], toks) || i+1 < len(ms) && rival[i+1] && adviserAfter(ms[i+1], toks) && listedAfter(ms[i], ms[i+1], toks) {
			rival[i] = true
		}
	}
	var out []Mention
	for i, m := range ms {
		if !rival[i] {
			out = append(out, m)
		}
	}
	return out
}

// adviserAfter: a word of advising within the two words after the mention
// ("Credit Suisse advised", "Goldman Sachs acted as adviser").
func adviserAfter(m Mention, toks []segment.Token) bool {
	for k, seen := m.To, 0; k < len(toks) && seen < 3; k++ {
		if toks[k].Punct {
			continue
		}
		seen++
		if startsWithAny(strings.ToLower(toks[k].Text), adviserStems) {
			return true
		}
	}
	return false
}

var adviserStems = []string{"advis", "asesor", "consigli", "consulent", "berat", "conseill", "adviseer", "assessor"}

// rivalBefore: a rival word within the two words before the mention.
func rivalBefore(m Mention, toks []segment.Token) bool {
	for k, seen := m.From-1, 0; k >= 0 && seen < 2; k-- {
		if toks[k].Punct {
			continue
		}
		seen++
		if rivalWords[strings.ToLower(toks[k].Text)] {
			// "racheté par son grand rival UBS", "bought by its rival X":
			// the rival is the one that acts
			for j, n := k-1, 0; j >= 0 && n < 3; j-- {
				if !toks[j].Punct {
					n++
					if agentWords[strings.ToLower(toks[j].Text)] {
						return false
					}
				}
			}
			return true
		}
	}
	return false
}

// describedBy: the company describes another it belongs to or makes, in
// apposition ("ZeniMax Media, the parent of Bethesda Softworks"): named to
// say what the other is.
func describedBy(m Mention, toks []segment.Token) bool {
	if m.From < 2 {
		return false
	}
	prev, before := strings.ToLower(toks[m.From-1].Text), strings.ToLower(toks[m.From-2].Text)
	if ofLike[prev] && appositionNouns[before] {
		return true
	}
	// "Prosus, the internet investor controlled by South Africa's
	// Naspers": the owner, named to say who Prosus is
	for k := m.From - 1; k >= 1 && k >= m.From-4; k-- {
		if w := strings.ToLower(toks[k].Text); agentWords[w] || ownerAgents[w] {
			return ownedWords[strings.ToLower(toks[k-1].Text)]
		}
	}
	return false
}

// ownerAgents introduce an owner after "owned", in the languages whose
// agent word is ambiguous elsewhere ("controllata dalla sudafricana
// Naspers", "kontrolliert von").
var ownerAgents = set(`da dal dalla dallo dai dalle von vom`)

var ownedWords = set(`controlled owned backed controllata controllato posseduta posseduto controlada controlado participada
	contrôlée contrôlé détenue détenu kontrolliert`)

var ofLike = set(`of di de du des von`)

var appositionNouns = set(`parent owner maker creator developer publisher proprietaria proprietario propietaria propietario
	propriétaire creatore creador créateur eigentümer mutter casa madre matriz fabricante produttore constructeur
	hersteller fabricant manufacturer`)

// analystsFirm: the company employs the analyst quoted ("said Martin Yeo,
// an analyst at Corbel Equities", "analyste chez Banque Rhodanienne"): it
// comments on the deal, it is no party.
func analystsFirm(m Mention, toks []segment.Token) bool {
	if m.From < 2 || !analystPreps[strings.ToLower(toks[m.From-1].Text)] {
		return false
	}
	return startsWithAny(strings.ToLower(toks[m.From-2].Text), analystStems)
}

var analystPreps = set(`at chez di de bei of en da von with`)

var analystStems = []string{"analyst", "analista", "analyste", "strategist", "economist", "economista", "économiste", "ökonom", "stratège", "stratega",
	"gérant", "gerant", "gestore", "gestor", "fondsmanager", "portfolio"}

// listedAfter: m follows prev with only "and", "or" or a comma between.
func listedAfter(prev, m Mention, toks []segment.Token) bool {
	return m.From-prev.To == 1 && listWords[strings.ToLower(toks[prev.To].Text)]
}

var listWords = set(`and or , e y und et en o ou`)

var rivalWords = map[string]bool{"rival": true, "rivals": true, "competitor": true, "competitors": true, "against": true,
	"beat": true, "rivale": true, "concorrente": true, "competidor": true, "konkurrent": true, "wettbewerber": true,
	"concurrent": true, "concurrente": true, "concorrência": true}

func distinct(ms []Mention) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range ms {
		if !seen[m.Company] {
			seen[m.Company] = true
			out = append(out, m.Company)
		}
	}
	return out
}

var anaphors = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`it its company group firm carmaker automaker maker chain retailer giant operator
		lender insurer manufacturer bank banca banque banco societa gruppo azienda colosso compania empresa grupo firma unternehmen konzern
		hersteller societe groupe entreprise constructeur bedrijf concern companhia fabricante`) {
		m[w] = true
	}
	return m
}()

// anaphor: "the company", "it", "il gruppo" before the deal word.
func anaphor(ws words, c clause, ms []Mention) bool {
	first := -1 // token of the first company named
	if len(ms) > 0 {
		first = ms[0].From
	}
	for i, w := range ws.w[c.from:c.to] {
		if anaphors[w] && (first < 0 || ws.tok[c.from+i] < first || !possessive[w]) {
			return true
		}
	}
	return false
}

// pronounBefore: French "il" or "elle" comes before the clause's first
// deal word, and no company before it ("En décembre, il a racheté le
// canadien Atrium"): in French they are pronouns, never articles as
// Italian "il" is.
func pronounBefore(ws words, c clause, hs []hit, ms []Mention) bool {
	for i := c.from; i < hs[0].at && i < c.to; i++ {
		if ws.w[i] != "il" && ws.w[i] != "elle" {
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
			return true
		}
	}
	return false
}

var subjectAnaphors = set(`it company group firm`)

// relativeTo reads a clause that opens with a relative pronoun after a
// comma ("Walmart, which bought Jet.com", "Bulgari, which it bought"):
// the company named just before the comma, and whether the pronoun is the
// clause's subject (a verb follows) rather than its object (a pronoun
// follows: "which it bought").
func relativeTo(ws words, c clause, ms []Mention) (antecedent string, subject bool) {
	if c.from+1 >= c.to || ws.w[c.from] != "," || !relatives[ws.w[c.from+1]] {
		return "", false
	}
	comma := ws.tok[c.from]
	for _, m := range ms {
		if m.To == comma {
			antecedent = m.Company
		}
	}
	if antecedent == "" {
		return "", false
	}
	return antecedent, c.from+2 >= c.to || !subjectPronouns[ws.w[c.from+2]]
}

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
	if len(ms) == 0 || ms[0].From <= ws.tok[first.at] {
		return false
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

var withWords = map[string]bool{"with": true, "con": true, "mit": true, "avec": true, "com": true, "met": true}

// minDealValue is the least amount read as a deal's price, in any currency.
const minDealValue = 100_000

// dealAmounts are the sums of money in a sentence that can be a deal's
// price: not per-share prices, revenues, charges, nor a conversion in
// brackets after another figure.
func dealAmounts(text, lang string) []money.Amount {
	var out []money.Amount
	prevEnd := -10
	for _, a := range money.Find(text, lang) {
		before := strings.ToLower(text[max(0, a.Start-40):a.Start])
		after := strings.ToLower(text[a.End:min(len(text), a.End+25)])
		conversion := a.Start-prevEnd <= 3 && strings.Contains(text[prevEnd:a.Start], "(")
		prevEnd = a.End
		// a price, a rate or a fee too small to buy a company: "a
		// conversion rate of Rs 70", "$9.99 a month"
		small := a.Value < minDealValue
		if conversion || small || perShare(after) || notPrice(before) {
			continue
		}
		out = append(out, a)
	}
	return out
}

func perShare(after string) bool {
	for _, p := range []string{"per share", "a share", "per azione", "por accion", "por acción", "pro aktie", "je aktie",
		"par action", "per aandeel", "por ação", "por acao", "each"} {
		if strings.HasPrefix(strings.TrimLeft(after, " ,"), p) {
			return true
		}
	}
	return false
}

func notPrice(before string) bool {
	for _, w := range []string{"revenue", "sales of", "turnover", "charge", "write-down", "writedown", "impairment",
		"loss of", "profit", "fatturato", "umsatz", "chiffre d'affaires", "ventas", "facturación", "omzet", "receita",
		// how a buyer pays is not what it pays
		"capital increase", "rights issue", "kapitalerhöhung", "aumento di capitale", "ampliación de capital",
		"augmentation de capital", "aumento de capital", "kapitaalverhoging", "bond issue", "bridge loan", "loan of",
		"financing", "financed", "finanziert", "finanziamento", "financiación", "financiará", "financement",
		"savings", "saving ", "cost cuts", "cost-cutting", "risparmi", "ahorro", "économies", "einsparung", "synergies", "sinergie", "sinergias", "synergien", "synergieen", "sinergias",
		"market value", "capitalization", "capitalisation", "capitalización", "debt of", "debt", "values ", "valuation",
		"valuing",
		// what a deal would cost if it failed, and what the companies are worth
		"break fee", "breakup fee", "break-up fee", "termination fee", "penalty", "penalización", "penale", "penalità",
		"indemnité", "strafzahlung", "vertragsstrafe", "valore di borsa", "valore di mercato", "capitalizzazione",
		"valor de mercado", "valor bursátil", "valeur boursière", "börsenwert", "marktwert", "market cap"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// dedupe drops a clause's deal when another clause of the sentence states
// the same one.
func dedupe(fs []Found) []Found {
	var out []Found
next:
	for _, f := range fs {
		for i, o := range out {
			if sameParties(o.Parties, f.Parties) && (o.Type == f.Type || f.Generic) && (f.Value == nil || o.Value == nil || *o.Value == *f.Value) &&
				(o.Buyer == "" || f.Buyer == "" || o.Buyer == f.Buyer) {
				if out[i].Buyer == "" {
					out[i].Buyer = f.Buyer // the other clause may say who buys
				}
				if out[i].Value == nil {
					out[i].Value = f.Value // or the price
				}
				continue next
			}
			if sameParties(o.Parties, f.Parties) && o.Generic && !f.Generic {
				out[i] = f
				continue next
			}
		}
		out = append(out, f)
	}
	return out
}

func sameParties(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]bool{}
	for _, x := range a {
		m[x] = true
	}
	for _, x := range b {
		if !m[x] {
			return false
		}
	}
	return true
}
