package deals

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/money"
	"dealwire/loader/extract/segment"
	"dealwire/loader/extract/when"
	"dealwire/model"
)

// dealDates drops the dates a deal runs until ("a partnership ... until
// at least December 2028", "fino al 2030"): an end, not when it was made;
// and the year a company was founded (see foundedIn, foundedAfter).
func dealDates(text string, ds []when.Date) []when.Date {
	out := ds[:0:0]
	venture := -1 // whether the sentence names a joint venture, asked once
	namesVenture := func() bool {
		if venture < 0 {
			venture = 0
			if ventureInText(text) {
				venture = 1
			}
		}
		return venture == 1
	}
	for _, d := range ds {
		// lower-cased once for both: the last words for "until", more for
		// the founding
		from := max(0, d.Start-50)
		wide := strings.ToLower(text[from:d.Start])
		if untilBefore(wide[max(0, len(wide)-40):]) || expiresBefore(wide) || foundedIn(wide) && !namesVenture() {
			continue // (a joint venture's founding is its deal: "The joint venture, established in February 2024")
		}
		// a founding word opening the sentence ("Founded in 2007, ..."), or
		// the German participle after the year; not where the sentence
		// names a joint venture, whose founding is the deal ("Founded in
		// 2019 by Veltraco and Quorvex, the joint venture ...", "das 2019
		// gegründete Gemeinschaftsunternehmen")
		if (from == 0 && foundedIn(" "+wide) || foundedAfter(text[d.End:])) && !namesVenture() {
			continue
		}
		out = append(out, d)
	}
	// a year a run of deals started from ("more than 40 acquisitions
	// since 2003, among them JetStar, bought last year") dates none where
	// another date is told
	since := func(d when.Date) bool {
		raw := text[max(0, d.Start-40):d.Start]
		if !strings.Contains(raw, "since ") && !strings.Contains(raw, "seit ") && !strings.Contains(raw, "depuis ") && !strings.Contains(raw, "desde ") {
			return false // most dates: nothing to lower-case
		}
		before := strings.ToLower(raw)
		return runSince(before) && !strings.Contains(before, "first of") && !dealOfTheYear(strings.ToLower(text[d.End:min(len(text), d.End+30)]))
	}
	if slices.ContainsFunc(out, since) && !slices.ContainsFunc(out, func(d when.Date) bool { return !since(d) }) {
		return out
	}
	return slices.DeleteFunc(out, since)
}

// runSince: the words before a date count deals made from it on ("40
// acquisitions since ", "zahlreiche Zukäufe seit "): a run of deals, not
// one of them.
func runSince(before string) bool {
	for _, w := range []string{"since ", "seit ", "depuis ", "desde "} {
		if rest, ok := strings.CutSuffix(before, w); ok {
			rest = strings.TrimRight(rest, " ,")
			i := strings.LastIndexByte(rest, ' ')
			return dealRuns[rest[i+1:]]
		}
	}
	return false
}

// dealOfTheYear: the words after the year a run started from tell a deal
// of that year (", when it bought Quorvex", "getätigt, als es Quorvex
// übernahm", ", année où il a racheté"): the run's first deal, dated so,
// as "the first of 40 acquisitions since 2003" is.
func dealOfTheYear(after string) bool {
	// the comma may follow the German participle ("seit 2010 getätigt,
	// als es Quorvex übernahm")
	comma := strings.IndexByte(after, ',')
	if comma < 0 || strings.Count(strings.TrimSpace(after[:comma]), " ") > 1 {
		return false
	}
	rest := after[comma+1:]
	word, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	return yearClauseWords[word]
}

var yearClauseWords = set(`when als cuando quand lorsque quando année anno año jahr`)

var dealRuns = set(`acquisitions deals purchases takeovers transactions acquisizioni operazioni adquisiciones compras operaciones
	übernahmen zukäufe transaktionen rachats opérations`)

// ventureInText: the text names a joint venture (see foundedTogether).
func ventureInText(text string) bool {
	t := strings.ToLower(text)
	for w := range foundedTogether {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// withoutFutureYears drops the years written after the article's own:
// what is to come ("expected to close by the end of 2021", "a licence
// that runs to the end of 2030", "plans to launch its first drug in the
// summer of 2022") is no deal's date, told after the deal. A step told as
// "next year" keeps its year ("will take a 5% stake in Quorvex next year":
// a deal of its own, not the one agreed now), and so does the start of a
// term ("will supply chips for ten years starting in 2025"), which tells
// the deal apart from the one it is told beside.
func withoutFutureYears(text string, ds []when.Date, published string) []when.Date {
	py := when.Year(published)
	if py == 0 {
		return ds
	}
	return slices.DeleteFunc(ds, func(d when.Date) bool {
		return !d.Relative && len(d.Value) == 4 && when.Year(d.Value) > py && !termStartBefore(strings.ToLower(text[max(0, d.Start-24):d.Start]))
	})
}

// termStartBefore: the text before a date ends on a word of a term's
// start ("starting in ", "a partir de ", "ab ").
func termStartBefore(before string) bool {
	for _, w := range []string{"starting in ", "starting ", "beginning in ", "from ", "a partir de ", "à partir de ", "ab ", "dal ", "desde "} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// withBareYears adds to the dates of a sentence the years it tells with
// no word before them that says so ("in", "nel", "im" are read by when):
// a year that describes a deal word ("its 2001 purchase of Svedala",
// "Intesa's 2007 merger"), and in German a year that stands where the
// sentence's adverb would, before a word in lower case ("2014 übernahm der
// Konzern", "hatte Coles 2007 für ... gekauft"): German nouns, and so the
// things counted ("2000 Mitarbeiter"), are capitalised. Years after the
// article's own (or before 1950) are figures.
func withBareYears(ds []when.Date, s Sentence, ws words, hits []hit, lang, published string) []when.Date {
	latest := 2100
	if y := when.Year(published); y > 0 {
		latest = y + 1
	}
	for i, w := range ws.w {
		if len(w) != 4 || !digits(w) || i+1 >= len(ws.w) {
			continue
		}
		y, _ := strconv.Atoi(w)
		if y < 1950 || y > latest {
			continue
		}
		timeline := timelineYear(s, ws, i) // (its bullet may be a dash, no range's)
		if !timeline && i > 0 && (hedges[ws.w[i-1]] || yearRangeWords[ws.w[i-1]]) {
			continue
		}
		next := s.Tokens[ws.tok[i+1]]
		described := hitAt(hits, i+1) || hitAt(hits, i+2) && ws.w[i+1] != "," // (not "founded in 1990, bought": the year ends an aside)
		adverb := lang == "de" && !next.Punct() && !next.Cap() && !digits(ws.w[i+1])
		// "übernahm 2014 Brindle": after the deal's verb, before the name of
		// what it took (a capitalised word after a number is most often
		// what is counted: "2015 Mitarbeiter")
		beforeName := lang == "de" && i > 0 && hitAt(hits, i-1) && ws.isNamed(i+1)
		if !described && !adverb && !beforeName && !timeline {
			continue
		}
		t := s.Tokens[ws.tok[i]]
		if slices.ContainsFunc(ds, func(d when.Date) bool { return d.Start <= t.Start() && t.End() <= d.End }) {
			continue
		}
		ds = append(ds, when.Date{Value: w, Start: t.Start(), End: t.End()})
	}
	slices.SortStableFunc(ds, func(a, b when.Date) int { return a.Start - b.Start })
	return ds
}

// timelineYear: the year at word i opens the sentence, past a bullet or
// emphasis, and a colon follows it, then a capitalised word ("- **2006:**
// Quorvex übernimmt Daxmoor", "2014: Veltraco buys Brindle"): a
// timeline's entry, dated by it. Not when the sentence has another
// entry's year (a list the splitter joined) or the year opens a range
// ("1999-2004:"), nor with a figure or a lower-case word after the colon
// ("2000: the number of jobs"); a dash after the year is a dateline's,
// which the splitter cuts.
func timelineYear(s Sentence, ws words, i int) bool {
	for k := 0; k < i; k++ {
		if !bulletMarks[s.Tokens[ws.tok[k]].Text()] {
			return false
		}
	}
	colon := pastStars(s.Tokens, ws.tok[i]+1) // "**2006:**"
	if colon >= len(s.Tokens) || s.Tokens[colon].Text() != ":" {
		return false
	}
	if next := pastStars(s.Tokens, colon+1); next >= len(s.Tokens) || !s.Tokens[next].Cap() {
		return false
	}
	for k, w := range ws.w {
		if k != i && len(w) == 4 && digits(w) && w >= "1900" && w <= "2099" && (k+1 < len(ws.w) && ws.w[k+1] == ":" || k == i+2) {
			return false // another entry's year ("* 2003: ..."), or a range's end ("1999-2004:")
		}
	}
	return true
}

var bulletMarks = set("- * • · – —")

// pastStars is the index of the first token from k on that is no
// emphasis mark.
func pastStars(toks []segment.Token, k int) int {
	for k < len(toks) && toks[k].Text() == "*" {
		k++
	}
	return k
}

// yearRangeWords before a four-digit number make it a figure, or the end
// of a span the date reader has read already.
var yearRangeWords = set("von from bis between zwischen und and to a al au -")

// foundedIn: the words before a date say when a company was founded
// ("DFS Group, the retailer founded in Hong Kong in 1960, has agreed to
// sell", "del marchio fondato a Stoccolma nel 2006"): a word of founding
// at most five words before the date, no mark and no deal word between
// (not "Veltraco and Quorvex founded a joint venture in 2012", whose
// founding is the deal, nor "the startup it founded was sold in 2012").
func foundedIn(before string) bool {
	at := -1
	for _, w := range foundingWords {
		if i := strings.LastIndex(before, w); i > 0 && before[i-1] == ' ' && i > at {
			at = i
		}
	}
	if at < 0 {
		return false
	}
	rest := strings.Fields(before[at:])
	if len(rest) > 6 || strings.ContainsAny(before[at:], ",;:") {
		return false
	}
	for _, w := range rest[1:] {
		if IsCue("", strings.Trim(w, ".'’")) || foundedTogether[w] || yearWord(w) || conjunctions[w] {
			return false // (nor "founded in 2001 and in 2015 was sold": the year after is another act's)
		}
	}
	return true
}

// foundedTogether name what partners found together: the deal itself.
var foundedTogether = set(`venture coentreprise conjunta conjunto gemeinschaftsunternehmen`)

// foundedAfter: the German participle of founding follows the year
// ("Ibibo, 2007 gegründet, hatte 2013 ... gekauft").
func foundedAfter(after string) bool {
	after = strings.TrimLeft(after, " ")
	return strings.HasPrefix(after, "gegründet") || strings.HasPrefix(after, "gegruendet")
}

// foundingWords say a company was founded: "founded", "fondata", "gegründet".
var foundingWords = []string{"founded ", "established in", "fondata ", "fondato ", "fondée ", "fondé ", "fundada ", "fundado ", "gegründet ", "gegruendet "}

// sentenceDate is the date of a deal a whole sentence tells, with no
// clause of its own to date it by (a deal referred to, a purchase that
// follows the one before): its first deal date.
func sentenceDate(s Sentence, ws words, lang, published string) string {
	whole := [2]int{0, len(s.Text)}
	return dateOf(expectedMonths(s.Text, ws, published, withoutFutureYears(s.Text, dealDates(s.Text, when.Find(s.Text, lang, published)), published)), whole, whole, nil)
}

// expectedMonths moves a month named without its year to its next
// coming where the sentence tells what is expected ("Abgeschlossen werden
// soll der Verkauf im Dezember", "Cierre previsto: diciembre", "expected
// to close in March"): when resolves a bare month to its latest past one,
// as news most often tells what happened.
func expectedMonths(text string, ws words, published string, ds []when.Date) []when.Date {
	if len(published) < 7 || !slices.ContainsFunc(ds, func(d when.Date) bool { return d.Relative }) || !slices.ContainsFunc(ws.w, expectedWords.Has) && !slices.Contains(ws.w, "due") {
		return ds
	}
	pubMonth, _ := strconv.Atoi(published[5:7])
	pub := when.Year(published)*12 + pubMonth
	for i := range ds {
		d := &ds[i]
		if !d.Relative || len(d.Value) < 7 || !bareMonth(text[d.Start:d.End]) || !expectedBefore(text[:d.Start]) {
			continue
		}
		y := when.Year(d.Value)
		if m, _ := strconv.Atoi(d.Value[5:7]); y*12+m < pub {
			d.Value = strconv.Itoa(y+1) + d.Value[4:]
		}
	}
	return ds
}

// expectedBefore: a word of what is expected stands within the fourteen words
// before a date, in the clause that ends where it begins, and no word of
// a past act or of another thing told stands between ("its new owner will
// compete with Novelis, which in April completed ...", "will integrate
// Quorvex, which it bought in February", "the agreement signed on 3
// February", "Comme prévu, Veltraco a finalisé en février").
func expectedBefore(before string) bool {
	clause := before[strings.LastIndexAny(before, ",;.!?")+1:]
	fields := strings.Fields(clause)
	expected, at := false, -1
	for i := max(0, len(fields)-14); i < len(fields); i++ {
		f := model.Fold(strings.Trim(fields[i], ":»«\"'"))
		switch {
		case expectedWords.Has(f) || f == "due" && dueToClose(fields, i):
			expected, at = true, i
		case expected && pastMarks[f] && !(i == at+1 && complementizers[f]) && !(i > 0 && beWords[model.Fold(fields[i-1])]):
			// a past act told after the word of expecting (not "está
			// previsto que ... se cierre", "expected to be sold")
			expected = false
		}
	}
	return expected
}

// dueToClose: "due" at i says when a deal is to be done ("due to close",
// "due to be completed"), not why ("due to weak demand").
func dueToClose(fields []string, i int) bool {
	return i+2 < len(fields) && strings.EqualFold(fields[i+1], "to") && dueVerbs[strings.ToLower(fields[i+2])]
}

var (
	dueVerbs        = set(`close complete be finish conclude end`)
	complementizers = set(`que che qui that`)
	beWords         = set(`be been being werden wird etre essere ser sera`)
)

// pastMarks tell a past act, or open a clause about another thing.
var pastMarks = set(`which that who que qui che cui dont last dernier derniere scorso scorsa pasado pasada letzten vergangenen
	worden wurde wurden was were had has have ha hat hanno habia han a ont avait avaient aveva avevano signed agreed announced bought sold
	abgeschlossene abgeschlossenen vereinbarte vereinbarten`)

// bareMonth: the date's words name a month and no year.
func bareMonth(s string) bool {
	month := false
	for f := range strings.FieldsSeq(s) {
		f = strings.Trim(f, ".,")
		if len(f) == 4 && digits(f) {
			return false
		}
		month = month || when.IsMonth(f)
	}
	return month
}

// expectedWords tell what is to come: a deal expected, due or planned.
var expectedWords = lists.SetOf(set(`expected expects will shall soll sollen wird previsto prevista previsti previste atteso attesa attesi attese prevu prevue prevus attendu attendue espera esperado esperada dovrebbe dovrebbero debera deberia devrait devraient`))

func untilBefore(before string) bool {
	for _, w := range []string{"until ", "until at least ", "through ", "till ", "to run to ", "bis ", "bis zum ", "bis zur ", "bis mindestens ", "fino al ", "fino a ",
		"hasta ", "hasta el ", "hasta al menos ", "jusqu'en ", "jusqu’en ", "jusqu'à ", "jusqu’à ", "jusqu'au ", "jusqu’au ", "d'ici au ", "d’ici au ", "d'ici le ", "d’ici le ", "d'ici à ", "d’ici à ", "d'ici ", "d’ici ", "expires in ", "expiring in ",
		// the end of a term ("une licence courant jusqu'à fin 2026")
		"until the end of ", "until end-", "through the end of ", "jusqu'à fin ", "jusqu’à fin ", "jusqu'à la fin ", "jusqu’à la fin ",
		"hasta finales de ", "hasta fines de ", "hasta el final de ", "fino alla fine del ", "fino a fine ", "bis ende ", "bis zum ende ",
		"expires at the end of ", "expiring at the end of ", "runs to the end of ", "running to the end of ", "run to the end of ",
		"jusqu'à la fin de ", "jusqu’à la fin de ", "jusqu'à fin de ", "jusqu’à fin de ", "vence a finales de ", "vence en ", "expira a finales de ", "expira en "} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// expiresBefore: the words before a date say what ends on it: an expiry
// word, then only the words that lead to a date ("The tender offer
// expires at midnight on July 18", "l'offerta scade il 18 luglio", "la
// oferta vence el 18 de julio", "die Annahmefrist endet am 18. Juli"): a
// deadline, not when the deal was made. Not a deadline told beside the
// date ("Hours before the deadline, on June 30, ... signed"), an aside
// ("Quorvex, whose licence was about to expire, in March 2019"), or
// "vence" that beats ("Veltraco vence a Brindle en marzo").
func expiresBefore(before string) bool {
	if c := strings.LastIndexByte(before, ','); c >= 0 {
		before = before[c+1:]
	}
	ws := strings.Fields(before)
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-5; i-- {
		if expiryWords[ws[i]] {
			return true
		}
		if !towardADate[ws[i]] {
			return false
		}
	}
	return false
}

// expiryWords end a term: an offer's deadline, a contract's expiry.
var expiryWords = set(`expires expire expiring lapses
	scade scadrà
	vence vencerá expira expirará
	expirera
	endet`)

// towardADate are the words between a verb and the date it is on: "at
// midnight on", "il", "el", "le", "am", "alle ore".
var towardADate = set(`at midnight on the noon a.m. p.m. il alle ore mezzanotte el a la medianoche de le à minuit am um mitternacht uhr`)

// clauseDates is the byte range of clause ci widened back over the
// clauses before it that state no deal of their own ("In September 2013,
// Nokia sold ..."): where the clause's own date is told (wide); and own,
// the clause alone when what stands before it is no time of its deal:
// after a colon a statement of its own begins ("Il venditore di giovedì
// ...: BC Partners aveva rilevato Spotless nel 2010"), and a relative
// clause or an apposition tells of the subject ("The hotel, which opened
// in 1980 as the Regent, was bought ... in 2001"); else wide too (a date
// inside the clause may describe what is bought: "In 2013, Veltraco
// bought the plant built in 1998").
func clauseDates(s Sentence, ws words, cs []clause, hits []hit, ci int, ds []when.Date) (own, wide [2]int) {
	from := cs[ci].from
	bg := backgroundEnd(ws) // "After a first attempt failed in 2001, ...": another time
	described := false
	for k := ci - 1; k >= 0 && !hasHitIn(hits, cs[k]) && cs[k].from >= bg; k-- {
		from = cs[k].from
		described = described || relativeDescription(ws, cs[k]) || describesBefore(ws, cs[k])
	}
	end := s.Tokens[ws.tok[cs[ci].to-1]].End()
	wide = [2]int{s.Tokens[ws.tok[from]].Start(), end}
	if described || slices.Contains(ws.w[from:cs[ci].to], ":") || timedBeforeItsWord(s, ws, cs[ci], hits, ds) {
		return [2]int{s.Tokens[ws.tok[cs[ci].from]].Start(), end}, wide
	}
	return wide, wide
}

// timedBeforeItsWord: the clause opens with a time of its own, one of
// the sentence's dates ds, before its deal word ("..., in 2003, and in
// April it agreed to acquire Cartesis"): that is its date, not one in the
// clauses before, which may end the deal told before. Only a comma, a
// conjunction, a word of sequence or a preposition stand before the time
// (not "a consortium formed in 2016 by ...": that year describes the
// subject).
func timedBeforeItsWord(s Sentence, ws words, c clause, hits []hit, ds []when.Date) bool {
	for i := c.from; i < c.to && !hitAt(hits, i); i++ {
		at := s.Tokens[ws.tok[i]].Start()
		if slices.ContainsFunc(ds, func(d when.Date) bool { return d.Start == at }) {
			return true
		}
		if w := ws.w[i]; w != "," && !conjunctions[w] && !sequenceWords[w] && !yearPrepositions[w] && !monthPrepositions[w] && !timeOpenings[w] {
			return false
		}
	}
	return false
}

// timeOpenings may also stand before a time: "on Monday", "last
// month", "ab 2015".
var timeOpenings = set(`on last this since ab seit desde depuis dal dall nell nello`)

// monthPrepositions stand before a month's name: "a maggio", "el mes
// de", "le 3".
var monthPrepositions = set(`a ad al el de di du del le`)

// dateOf is the first date told in own, else in the clause's widened
// range r, else the sentence's first: a clause may tell its own deal's
// year ("and in 2006 it bought ...", "...: BC Partners aveva rilevato
// Spotless nel 2010", not the "giovedì" before the colon), or leave it to
// the sentence.
func dateOf(ds []when.Date, own, r [2]int, others [][2]int) string {
	for _, d := range ds {
		if d.Start >= own[0] && d.Start < own[1] {
			return d.Value
		}
	}
	for _, d := range ds {
		if d.Start >= r[0] && d.Start < r[1] {
			return d.Value
		}
	}
	// none in the clause: the sentence's, unless it dates another deal
	// ("... Seagen, its biggest purchase since it bought Wyeth in 2009")
next:
	for _, d := range ds {
		for _, o := range others {
			if d.Start >= o[0] && d.Start < o[1] {
				continue next
			}
		}
		return d.Value
	}
	return ""
}

// othersDates are the byte ranges of the clauses other than ci that tell
// a deal of their own.
func othersDates(s Sentence, ws words, cs []clause, hits []hit, ci int) [][2]int {
	var out [][2]int
	if bg := backgroundEnd(ws); bg > 0 && cs[ci].from >= bg {
		out = append(out, [2]int{s.Tokens[ws.tok[0]].Start(), s.Tokens[ws.tok[bg]].Start()})
	}
	for k, c := range cs {
		if k != ci && hasHitIn(hits, c) {
			out = append(out, [2]int{s.Tokens[ws.tok[c.from]].Start(), s.Tokens[ws.tok[c.to-1]].End()})
		}
	}
	return out
}

// minDealValue is the least amount read as a deal's price, in any currency.
const minDealValue = 100_000

// dealAmounts are the sums of money in a sentence that can be a deal's
// price: not per-share prices, revenues, charges, nor a conversion in
// brackets after another figure.
func dealAmounts(text, lang string) []money.Amount {
	return dealAmountsInWords(text, lang, nil)
}

// dealAmountsInWords is dealAmounts for a text whose words
// window.AppendWordSpans found already (nil for none found yet).
func dealAmountsInWords(text, lang string, words [][2]int) []money.Amount {
	return priceLike(text, withImplied(text, lang, money.FindInWords(text, lang, words)))
}

// BarePrice is the one price a sentence writes with a scale and no
// currency at all ("levantó 115 millones en una ronda"), its currency left
// empty: writers give the currency once and drop it after, so the caller
// takes it from the sentences before. ok is false when the sentence has an
// amount of its own currency, none without, or more than one.
func BarePrice(text, lang string) (model.Money, bool) {
	if strings.IndexAny(text, "0123456789") < 0 || len(money.Find(text, lang)) > 0 {
		return model.Money{}, false
	}
	as := priceLike(text, money.Implied(text, lang, "", 0))
	if len(as) != 1 || !pricedEnd(text[as[0].End:]) {
		return model.Money{}, false
	}
	return model.Money{Value: as[0].Value}, true
}

// pricedEnd: what follows a bare figure lets it be a price: the end of a
// clause or a preposition ("levantó 115 millones en una ronda", "per 36
// milioni."), not a noun it counts ("3 million subscribers").
func pricedEnd(after string) bool {
	after = strings.TrimLeft(after, " \u00a0")
	if after == "" {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(after); unicode.IsPunct(r) {
		return true
	}
	word, _, _ := strings.Cut(after, " ")
	return bareFollowers[strings.ToLower(word)]
}

var bareFollowers = set(`en in for per pour fur für con with a al at da dal nel nella por par um led liderada liderado guidato guidata encabezada encabezado`)

// priceLike keeps the amounts of text that may be a deal's price: not
// per-share figures, fees, rates, earnings or conversions.
func priceLike(text string, amounts []money.Amount) []money.Amount {
	var out []money.Amount
	prevEnd := -10
	// "entra con il 41% sottoscrivendo un aumento di capitale da 325
	// milioni": a capital increase the buyer subscribes is what it pays
	// it is asked only of a capital increase that reads as no price, so
	// it is read only then, once
	subscribed, askedSubscribed := false, false
	subscribedOnce := func() bool {
		if !askedSubscribed {
			subscribed, askedSubscribed = subscribes(text), true
		}
		return subscribed
	}
	funding := fundingFrom(text)
	for _, a := range amounts {
		before := strings.ToLower(text[max(0, a.Start-40):a.Start])
		after := strings.ToLower(text[a.End:min(len(text), a.End+25)])
		if funding >= 0 && a.Start > funding && !pricePaidFor(after) {
			continue // how the deal is paid for, not what it costs
		}
		conversion := prevEnd >= 0 && a.Start >= prevEnd && convertedInBrackets(text[prevEnd:a.Start])
		prevEnd = a.End
		// a price, a rate or a fee too small to buy a company: "a
		// conversion rate of Rs 70", "$9.99 a month"
		// (one euro is the symbolic price of a rescue: "por un euro")
		small := a.Value < minDealValue && !(a.Value == 1 && symbolic(before))
		// "$45 each" is per share; "¥22 billion each" is what each side pays
		eachSide := a.Value >= 1e6 && strings.HasPrefix(strings.TrimLeft(after, " ,"), "each")
		if conversion || small || perShare(after) && !eachSide || notPrice(before) && !(raisesCapital(before) && subscribedOnce()) && !offerValuing(before, text[:a.Start]) || borrowed(after) || earned(after) || feeAfter(after) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// symbolic: a price of one comes after "for" or a word of symbol within
// three words ("for a nominal £1", "por un euro", "pour un euro
// symbolique"), not after "at" ("venden todo a un dólar": what its goods
// cost).
func symbolic(before string) bool {
	fields := strings.Fields(before)
	for i := len(fields) - 1; i >= 0 && i >= len(fields)-3; i-- {
		w := strings.Trim(fields[i], ",.:;(")
		if w == "for" || w == "por" || w == "per" || w == "pour" || w == "für" || w == "fur" || strings.HasPrefix(w, "symbol") || strings.HasPrefix(w, "simbol") || strings.HasPrefix(w, "nomin") {
			return true
		}
	}
	return false
}

// convertedInBrackets: the text between two amounts opens a bracket and
// says at most "about" ("$200 million (about €177 million)", "(unos 177
// millones de euros)", "(rund 1,97 Milliarden Euro)"): the second is the
// first converted, not another price.
func convertedInBrackets(gap string) bool {
	open := strings.IndexByte(gap, '(')
	if open < 0 || len(strings.TrimSpace(gap[:open])) > 0 {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(gap[open+1:])) {
		if !hedges[w] {
			return false
		}
	}
	return true
}

// hedges are the words that may come between a conversion's bracket and
// its figure.
var hedges = set("about around roughly some approximately approx. nearly almost or equivalent to " +
	"unos unas alrededor de cerca casi aproximadamente equivalentes a " +
	"rund etwa umgerechnet knapp fast ca. gut " +
	"circa quasi oltre pari poco più di " +
	"environ près soit quelque")

// withImplied adds to the amounts of a text those written after the first
// with a scale and no currency ("... e 10,7 miliardi per Daxmoor"), in the
// first's currency, in text order.
func withImplied(text, lang string, as []money.Amount) []money.Amount {
	if len(as) == 0 {
		return as
	}
	out := as
	for _, b := range money.Implied(text, lang, as[0].Currency, as[0].End) {
		if !slices.ContainsFunc(as, func(a money.Amount) bool { return b.Start < a.End && a.Start < b.End }) {
			out = append(out, b)
		}
	}
	if len(out) > len(as) {
		slices.SortStableFunc(out, func(a, b money.Amount) int { return a.Start - b.Start })
	}
	return out
}

// subscribes: the text tells a buyer taking new shares, so a capital
// increase is the price of its stake.
func subscribes(text string) bool {
	t := strings.ToLower(text)
	for _, w := range []string{"subscrib", "sottoscriv", "souscri", "suscrib", "zeichne", "über eine kapitalerhöhung",
		"through a capital increase", "via a capital increase", "attraverso un aumento di capitale", "mediante una ampliación de capital",
		"par une augmentation de capital"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// raisesCapital: the words before an amount name a capital increase.
func raisesCapital(before string) bool {
	for _, w := range []string{"capital increase", "kapitalerhöhung", "aumento di capitale", "ampliación de capital",
		"augmentation de capital", "aumento de capital", "kapitaalverhoging", "rights issue"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// borrowed: the amount is debt raised ("$31 billion of new long-term
// debt", "5 miliardi di bond"), how a deal is paid for, or assets or
// deposits held ("110 milliards d'euros d'actifs"): not a price.
// ("$43 billion including debt" is a price, and so is "6,4 miliardi di
// dollari debito incluso", the debt named before the word that includes
// it.)
func borrowed(after string) bool {
	after = strings.TrimLeft(after, " ")
	loc := borrowedAfter.FindStringIndex(after)
	if loc == nil {
		return false
	}
	debt := strings.TrimSpace(after[:loc[1]])
	if i := strings.LastIndexByte(debt, ' '); i >= 0 {
		debt = debt[i+1:]
	}
	rest := strings.TrimLeft(after[loc[1]:], " ")
	next, _, _ := strings.Cut(rest, " ")
	word := strings.TrimRight(next, ",.;)")
	// only the debt word, and the word including it ending its phrase
	// ("debito incluso, adottandone"), not "bond inclusi nel programma",
	// "prestiti compresi quelli della Bei", "depósitos incluidos los de"
	following := strings.TrimLeft(rest[len(next):], " ")
	phraseEnds := word != next || following == "" || strings.ContainsRune(",.;:)", rune(following[0]))
	return !(debtWords[debt] && debtIncluded[word] && phraseEnds)
}

// debtWords are the words of debt a price may include.
var debtWords = set(`debt debito deuda dette schulden`)

// debtIncluded follow a word of debt to say the price includes it.
var debtIncluded = set(`incluso inclusa compreso compresa incluida incluido inclus incluse compris comprise eingeschlossen inbegriffen`)

var borrowedAfter = regexp.MustCompile(`^(?:(?:of|in|di|de|d'|d’|in|an|en)\s*)?(?:new\s+|nuovo\s+|nueva\s+|neuen?\s+|nouvelle\s+)?(?:long-term\s+|short-term\s+|senior\s+)?` +
	`(?:debt|bonds?|loans?|notes|debito|bond|prestiti|deuda|bonos|préstamos|dette|obligations|emprunts|schulden|anleihen|krediten|` +
	// what a company holds or manages, not what it costs
	`assets|actifs|activos|attivi|attività|vermögen|deposits|dépôts|depósitos|depositi|einlagen)`)

// savingsAfter: the words after an amount say it is savings or synergies
// ("of yearly cost savings", "di sinergie annue"); after is the few bytes
// that follow it, lower-cased.
func savingsAfter(after string) bool {
	for _, s := range []string{"saving", "synerg", "sinergi", "économies", "einsparung", "ahorro", "risparmi"} {
		if strings.Contains(after, s) {
			return true
		}
	}
	return false
}

// feeAfter: the amount is a fee a failed deal costs ("a €50 million break
// fee", "50 millions d'euros d'indemnité"): not its price.
func feeAfter(after string) bool {
	after = strings.TrimLeft(after, " ")
	if savingsAfter(after) {
		return true // "about $60 million of yearly cost savings": what the deal saves
	}
	for _, w := range []string{"penalty",
		"d'indemnité", "d’indemnité", "d'indemnite", "di penale", "di indennizzo", "de indemnización", "de penalización", "entschädigung", "vertragsstrafe"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	// "paid $40 million to end its agreement with ...": the price of
	// leaving a deal
	for _, w := range []string{"to end ", "to terminate ", "to exit ", "to cancel ", "to unwind ", "to break off ", "per sciogliere ", "per rompere ",
		"para rescindir ", "para romper ", "para cancelar ", "pour rompre ", "pour mettre fin ", "pour résilier ", "zur auflösung "} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	// "a $120 million reverse break fee", "$3 million in fees"; not "$5.4
	// billion, including fees"; and what a company books against a
	// business ("a £45m exceptional charge", "a $7.6 billion write-down"),
	// which the annotation counts as no price either
	for _, w := range strings.Fields(after) {
		if w = strings.TrimRight(w, ",.;:()"); w == "fee" || w == "fees" || chargeWords[w] {
			return true
		}
		if !feeQualifiers[w] {
			break
		}
	}
	for _, w := range []string{"di svalutazion", "de depreciaci", "de dépréciation", "de depreciation", "de deterioro", "di rettifiche"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return strings.Contains(after, "abschreibung") || strings.Contains(after, "wertminderung") // "80 Millionen Euro Abschreibungen"
}

var feeQualifiers = set(`reverse break break-up breakup termination cancellation exit advisory in of
	exceptional one-time one-off non-cash noncash pre-tax pretax after-tax accounting goodwill impairment restructuring`)

// chargeWords name what is booked against a business, not paid for it.
var chargeWords = set(`charge charges write-down write-downs writedown writedowns write-off write-offs writeoff writeoffs impairment impairments`)

// earned: the amount is what a company takes in ("394 Milliarden Dollar
// Jahresumsatz", "$12bn in annual revenue", "2 miliardi di fatturato") or
// holds ("$75 billion in assets", "75 Milliarden Dollar Bilanzsumme"):
// its size, not a price.
func earned(after string) bool {
	after = strings.TrimLeft(after, " ")
	return earnedAfter.MatchString(after) || heldAfter.MatchString(after)
}

var earnedAfter = regexp.MustCompile(`^(?:(?:in|of|di|de|d'|d’|en|an)\s+)?(?:annual\s+|yearly\s+|annuali?\s+|anuales?\s+|annuels?\s+)?` +
	`(?:revenues?|sales|turnover|earnings|profits?|fatturato|ricavi|utili|ventas|ingresos|facturación|beneficios?|` +
	`chiffre d'affaires|chiffre d’affaires|ventes|bénéfices?|(?:jahres)?umsatz|umsätzen?|erlöse?n?|gewinn|omzet|receitas?)`)

// heldAfter reads a company's size after an amount: "a bank with $75
// billion in assets", "mit 75 Milliarden Dollar Bilanzsumme" (not "$2
// billion of assets", which are sold).
var heldAfter = regexp.MustCompile(`(?i)^(?:(?:dollar|euro|franken|pfund)\s+)?(?:in\s+(?:total\s+)?assets|in\s+deposits|bilanzsumme|en\s+activos|en\s+depósitos)`)

// fundingFrom is where the sources of the money begin in a sentence that
// opens by telling how a deal is paid for ("Finanziert wird der Kauf aus
// der Kasse: 2,2 Milliarden Dollar Barmittel, ...", "To fund the
// purchase, Brindle will use $2.2 billion of cash"): past the first comma
// or colon, whose amounts are cash, loans and shares, not the price; -1
// for any other sentence. (An amount in the opening phrase is the price:
// "Per finanziare l'acquisizione da 1,2 miliardi di euro, ...".)
func fundingFrom(text string) int {
	// (compared without lower-casing a copy: this is asked of every
	// sentence with an amount)
	for _, p := range fundingOpeners {
		if len(text) >= len(p) && strings.EqualFold(text[:len(p)], p) && (len(text) == len(p) || text[len(p)] == ' ' || text[len(p)] == ',') {
			return strings.IndexAny(text, ",:")
		}
	}
	return -1
}

// fundingOpeners are verbs of funding a deal that open a sentence; not
// the nouns, which also open a funding round's ("The funding round of $50
// million", "Die Finanzierungsrunde").
var fundingOpeners = []string{"finanziert wird", "finanziert werden", "zur finanzierung", "to fund", "to finance",
	"pour financer", "per finanziare", "para financiar"}

// pricePaidFor: the words after an amount say what it pays for ("$3
// billion in cash for Daxmoor"): a price, in a sentence of funding too.
func pricePaidFor(after string) bool {
	for _, p := range []string{" for ", " por ", " pour ", " per ", " für ", " fur "} {
		if strings.Contains(after, p) {
			return true
		}
	}
	return false
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
	if profitRightBefore(before) || loanRightBefore(before) || taxBenefitRightBefore(before) {
		return true // "un utile ante imposte di 23 milioni": what a business earns; "un préstamo de 80 millones": lent
	}
	if dealValuing(before) {
		return false // "in a deal valuing the business at £2.1bn": the deal's value
	}
	if fundingRound(before) {
		return false // "una ronda de financiación de 200 millones": what investors put in
	}
	for _, w := range []string{"revenue", "sales of", "turnover", "charge", "ebitda", "run rate", "operating income", "cash flow", "write-down", "writedown", "impairment",
		"loss of", "profit", "svalutazion", "depreciaci", "dépréciation", "deterioro", "rettifiche di valore", "abschreibung", "wertberichtigung", "wertminderung", "fatturato", "umsatz", "chiffre d'affaires", "ventas", "facturación", "omzet", "receita",
		// what plants or businesses bill each year ("plantas que facturan unos 60 millones")
		"facturan", "facturaba", "facturó", "facturaron", "fatturano", "fatturava", "fatturavano",
		// how a buyer pays is not what it pays
		"capital increase", "rights issue", "kapitalerhöhung", "aumento di capitale", "ampliación de capital",
		"augmentation de capital", "aumento de capital", "kapitaalverhoging", "bond issue", "bridge loan", "loan of",
		"kapital um", "capital by",
		"financing", "financed", "finanziert", "finanziamento", "financiación", "financiará", "financement", "to fund", "fund most",
		"savings", "saving ", "cost cuts", "cost-cutting", "risparmi", "ahorro", "économies", "einsparung", "synergies", "sinergie", "sinergias", "synergien", "synergieen", "sinergias",
		"market value", "capitalization", "capitalisation", "capitalización", "debt of", "debt", "values ", "valuation",
		"valuing",
		// what a deal would cost if it failed, and what the companies are worth
		"break fee", "breakup fee", "break-up fee", "termination fee", "a fee of", "fee of about", "penalty", "compensation", "entschädigung",
		"indennizzo", "indemnización", "indemnizacion", "penalización", "penale", "penalità",
		"indemnité", "strafzahlung", "vertragsstrafe", "abfindung", "valore di borsa", "valore di mercato", "capitalizzazione",
		"valor de mercado", "valor bursátil", "valeur boursière", "börsenwert", "marktwert", "market cap",
		// what a fund manages is its size, not a price
		"manages", "managing", "oversees", "gestisce", "gestiona", "gère", "verwaltet"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// loanRightBefore: the words right before an amount name a loan ("un
// préstamo de", "un prestito di", "un prêt de", "ein Darlehen über"): what
// is lent, not what a deal costs. Right before only: "Grâce à un prêt de
// BNP, Acme achète Vitel pour 200 millions" names its lender, then a price.
func loanRightBefore(before string) bool { return nounRightBefore(before, loanNouns) }

// taxBenefitRightBefore: the words right before an amount name what a
// deal saves in tax ("mit Steuervorteilen von rund", "tax benefits of
// about", "des avantages fiscaux de"): no price. Right before only:
// "Including tax benefits, Veltraco will pay $1.2 billion" names a price.
func taxBenefitRightBefore(before string) bool { return nounRightBefore(before, taxBenefitNouns) }

// nounRightBefore: one of nouns ends the words before an amount, once the
// words between are cut (loanApproximations).
func nounRightBefore(before string, nouns []string) bool {
	before = strings.TrimRight(before, " ")
	for range 2 { // "d'un montant de près de 300 millions"
		cut := false
		for _, about := range loanApproximations {
			if b, ok := strings.CutSuffix(before, about); ok && (b == "" || strings.HasSuffix(b, " ") || strings.HasSuffix(b, "'") || strings.HasSuffix(b, "’")) {
				before, cut = strings.TrimRight(b, " "), true
				break
			}
		}
		if !cut {
			break
		}
	}
	for _, w := range nouns {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// loanNouns end the words right before a loan's amount, once the words
// between are cut (loanApproximations).
var loanNouns = []string{"préstamo", "prestito", "prêt", "darlehen", "kredit"}

// taxBenefitNouns end the words right before the amount of a tax benefit.
var taxBenefitNouns = []string{"tax benefit", "tax benefits", "tax credit", "tax credits", "tax savings",
	"steuervorteil", "steuervorteile", "steuervorteilen", "steuergutschrift", "steuergutschriften",
	"avantage fiscal", "avantages fiscaux", "crédit d'impôt", "crédits d'impôt",
	"beneficio fiscal", "beneficios fiscales", "beneficio fiscale", "benefici fiscali"}

// loanApproximations stand between a loan's (or a tax benefit's) noun
// and its amount: its preposition ("de", "über", "of"), and a word of
// about ("rund", "d'environ", "de près de", "más de", "bis zu", "d'un
// montant de").
var loanApproximations = []string{"d'un montant de", "d’un montant de", "por valor de", "in höhe von", "d'environ", "d’environ", "environ",
	"près de", "plus de", "jusqu'à", "jusqu’à", "más de", "hasta", "unos", "unas", "oltre", "circa", "quasi", "bis zu", "mehr als", "rund", "etwa",
	"about", "around", "up to", "more than", "nearly", "almost", "de", "di", "d'", "d’", "por", "da", "von", "über", "of", "per"}

// profitRightBefore: the words right before an amount name a profit
// ("un utile ante imposte di", "un beneficio neto de", "un bénéfice net
// de", "einen Gewinn von"). Read only at the amount: the words are others
// elsewhere ("en beneficio de sus accionistas", "Gewinner", "utile per
// crescere"), and a profit told before a price is no reason to drop it
// (the English "profit" is still read anywhere before, in notPrice's
// words, as it was before these).
func profitRightBefore(before string) bool {
	before = strings.TrimRight(before, " ")
	for _, w := range []string{"utile di", "utile netto di", "utile operativo di", "utile ante imposte di", "utili di", "utili per",
		"beneficio de", "beneficio neto de", "beneficio operativo de", "beneficios de", "beneficio antes de impuestos de",
		"bénéfice de", "bénéfice net de", "bénéfice d'exploitation de", "bénéfices de",
		"gewinn von", "gewinn in höhe von", "vorsteuergewinn von", "nettogewinn von", "betriebsgewinn von"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// fundingRound: the words before an amount name a round of funding, whose
// size is the investors' deal, though it says "financing".
func fundingRound(before string) bool {
	// " round" in the text with a space before it: a word that opens it
	// counts, as if the text were read after a space
	if strings.HasPrefix(before, "round") {
		return true
	}
	for _, w := range []string{" round", "-round", "ronda", "runde", "tour de table", "levée de fonds", "levata di fondi"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// offerValuing: the amount is what a company is valued at ("valuing the
// London company at") in a sentence that made an offer for it before
// ("an improved proposal of 265 pence ... for each Inmarsat share, worth
// 532 pence in all and valuing ..."): the offer's value, not what the
// market says a company is worth, as where a share price moved ("shares
// rose 5%, valuing the company at").
func offerValuing(before, sentence string) bool {
	if !strings.Contains(before, "valuing ") && !strings.Contains(before, " values ") {
		return false // (also "a proposal that values its smaller rival at")
	}
	sentence = strings.ToLower(sentence)
	if !strings.Contains(sentence, "offer") && !strings.Contains(sentence, "proposal") && !strings.Contains(sentence, "bid ") {
		return false
	}
	for _, w := range strings.Fields(sentence) {
		if moveWords[strings.Trim(w, ",.;:")] {
			return false
		}
	}
	return true
}

// dealValuing: the words before an amount value a deal ("a deal valuing
// the business at", "an offer that values Quorvex at"), not a company.
func dealValuing(before string) bool {
	if !strings.Contains(before, " valu") {
		return false // in every phrase: most texts before an amount have none
	}
	for _, phrase := range dealValuingPhrases {
		if strings.Contains(before, phrase) {
			return true
		}
	}
	return false
}

// dealValuingPhrases are the deal nouns each followed by each verb of
// valuing, joined once rather than at every amount read.
var dealValuingPhrases = func() []string {
	var out []string
	for _, noun := range []string{"deal", "offer", "bid", "transaction", "takeover"} {
		for _, verb := range []string{" valuing ", " that values ", " which values ", " values "} {
			out = append(out, noun+verb)
		}
	}
	return out
}()

// ValueOfPrevious reads a sentence that only gives the price of the deal
// the sentence before told: "That offer was worth £11.7bn.", "Elle portait
// sur 2,8 milliards de dollars.", "L'operazione valeva 5 miliardi di euro."
// It names no company, opens by pointing back (a demonstrative before a
// deal noun, or a pronoun) and says what something was worth.
func ValueOfPrevious(s Sentence, lang string) (*model.Money, bool) {
	if len(s.Mentions) > 0 {
		return nil, false
	}
	scratch, ws := s.words()
	// "Die Mexikaner bieten 260 Franken pro Titel, was den Detailhändler
	// mit rund 1,1 Milliarden Franken bewertet": an offer valuing what is
	// bought, which the sentence before named
	back := valueVerb(ws) && offerVerb(ws) || pointsBack(ws) && (valueVerb(ws) || paidForThisDeal(ws)) || opensWithPrice(ws)
	giveBack(scratch, ws)
	if !back {
		return nil, false
	}
	v := firstAmount(s.Text, lang)
	return v, v != nil
}

// firstAmount is the first deal amount of text, nil when it has none.
func firstAmount(text, lang string) *model.Money {
	amounts := dealAmounts(text, lang)
	if len(amounts) == 0 {
		return nil
	}
	return &model.Money{Value: amounts[0].Value, Currency: amounts[0].Currency}
}

// ValueOfNamed reads a sentence that values, by "the offer" or "the
// deal", a company the deal before names ("The offer values the roughly
// 80 percent of Falconbridge ... at about C$19.2 billion"): the value and
// the companies it names, which must be that deal's.
func ValueOfNamed(s Sentence, lang string) (*model.Money, []string, bool) {
	if len(s.Mentions) == 0 {
		return nil, nil, false
	}
	scratch, ws := s.words()
	// (or "offered ... for each Vulcan share, a proposal worth about $4.7
	// billion": an offer valued, of a company the deal before names)
	back := (pointsBack(ws) || offerVerb(ws)) && valueVerb(ws) || thePrice(ws)
	giveBack(scratch, ws)
	if !back {
		return nil, nil, false
	}
	v := firstAmount(s.Text, lang)
	if v == nil {
		return nil, nil, false
	}
	return v, distinct(s.Mentions), true
}

// thePrice: the sentence speaks of "the price" of the deal told ("did not
// disclose terms, but the price has been reported at about $230 million",
// "no desveló el precio, la prensa lo sitúa en unos 230 millones").
func thePrice(ws words) bool {
	for i := 1; i < len(ws.w); i++ {
		if priceNouns.Has(ws.w[i]) && definiteArticles[ws.w[i-1]] && (i+1 >= len(ws.w) || !perWords[ws.w[i+1]] && ws.w[i+1] != "of" && ws.w[i+1] != "per") {
			return true
		}
	}
	return false
}

// priceNouns, like offerWords and valueWords, are asked of every word of
// every sentence naming a company: a set that tells most words absent by
// their shape, without hashing them
var priceNouns = lists.SetOf(set(`price prezzo precio prix preis kaufpreis`))

// pointsBack: the sentence opens with "that/this" and a deal noun, or with
// a pronoun standing for one.
func pointsBack(ws words) bool {
	var buf [3]string // on the stack: asked of every sentence naming a company
	first := buf[:0]
	for _, w := range ws.w {
		if len(first) == 3 {
			break
		}
		if w != "" && w[0] >= 'a' && w[0] <= 'z' {
			first = append(first, w)
		}
	}
	if len(first) == 0 {
		return false
	}
	if backPronouns[first[0]] {
		return true
	}
	for i := 0; i+1 < len(first); i++ {
		if (thisWords.Has(first[i]) || backArticles.Has(first[i])) && backNouns.Has(first[i+1]) {
			return true
		}
	}
	return false
}

// opensWithPrice: the sentence opens with "the price" ("Il prezzo può
// arrivare a 21,2 miliardi di euro", "The price could reach ..."): the
// price of the deal just told, whatever its verb.
func opensWithPrice(ws words) bool {
	for i := 0; i+1 < len(ws.w) && i < 2; i++ {
		// (not "the price of copper", "the price tag for the new plant":
		// the price of something named)
		if backArticles.Has(ws.w[i]) && (priceNouns.Has(ws.w[i+1]) || considerationNouns[ws.w[i+1]]) && !(i+2 < len(ws.w) && priceOfWhat[ws.w[i+2]]) {
			return true
		}
	}
	return false
}

var considerationNouns = set(`consideration corrispettivo`)

var priceOfWhat = set(`of tag for per pro di del della dello dei de du des pour para fur von vom`)

// thisWords point at something just told ("that offer", "cette opération").
var thisWords = lists.SetOf(set(`this that cette cet ce questa questo quella quello quell esta este esa ese aquella
	diese dieser dieses jene jener`))

// backArticles open a sentence about a deal just told as "that" does
// ("The transaction values ...", "L'operazione valeva ...").
var backArticles = lists.SetOf(set(`the das die der la el il l`))

var backNouns = lists.SetOf(set(`deal offer bid transaction acquisition purchase sale takeover merger agreement
	operazione offerta acquisizione cessione accordo fusione operacion oferta adquisicion venta compra acuerdo fusion
	operation offre acquisition cession rachat transaktion angebot ubernahme kauf verkauf deal`))

var backPronouns = set(`it elle il ella esa sie es`)

// paidForThisDeal: a verb of paying and "this deal" in the sentence ("Il
// avait déboursé 2,7 milliards de dollars pour cette opération").
func paidForThisDeal(ws words) bool {
	pays := false
	for i, w := range ws.w {
		pays = pays || payWords[w]
		if i > 0 && thisWords.Has(ws.w[i-1]) && backNouns.Has(w) && pays {
			return true
		}
	}
	return false
}

// valueVerb: the sentence says what something was worth.
func valueVerb(ws words) bool {
	for _, w := range ws.w {
		if valueWords.Has(w) {
			return true
		}
	}
	return false
}

// offerVerb: the sentence offers or pays for something.
func offerVerb(ws words) bool {
	for _, w := range ws.w {
		if offerWords.Has(w) {
			return true
		}
	}
	return false
}

var offerWords = lists.SetOf(set(`offers offered offering pays paying bieten bietet bot boten zahlt zahlen offre offrent propose proposent
	paie offrira paga pagano offre offrono ofrece ofrecen ofrecio ofrecera proposal propuesta proposta`))

var valueWords = lists.SetOf(set(`worth valued value values vale valeva valutata valutato valutava valutavano valorada valorado valoraba valia valdria valor
	wert bewertet portait porte portant montant amounted ammontava ascendia ascendio valait vaut`))
