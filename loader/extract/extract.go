// Package extract finds the companies and deals in loaded articles: it cuts
// each body into sentences (segment), recognises the companies named
// (names), reads the deals each sentence states (deals), then tells which
// reports are one real-world deal — in one article and across outlets and
// languages — and gives each deal one row with a source per article.
package extract

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"dealwire/loader/extract/deals"
	"dealwire/loader/extract/lexicon"
	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/money"
	"dealwire/loader/extract/names"
	"dealwire/loader/extract/parallel"
	"dealwire/loader/extract/segment"
	"dealwire/loader/extract/when"
	"dealwire/model"
)

// Options tune extraction.
type Options struct {
	// CompaniesFile is an optional user list extending the shipped one.
	CompaniesFile string
}

// Extract finds companies and deals across all articles. It sets each
// article's Companies (canonical names) and returns one Company per real
// company and one Deal per real-world deal, with a source per article that
// reports it. It is deterministic: the same input gives the same ids.
func Extract(articles []model.Article, opt Options) (cs []model.Company, ds []model.Deal, err error) {
	defer func() {
		// a bug reading one odd text must not take the whole corpus down:
		// the caller gets the articles without companies and deals
		if p := recover(); p != nil {
			for i := range articles {
				articles[i].Companies = nil
			}
			cs, ds, err = nil, nil, &Failure{Cause: p}
		}
	}()
	// the word lists are built, on one core, while the articles are cut
	// into sentences and words, which needs none of them, on every core:
	// no core waits on the lists
	var lex *lexicon.Lexicon
	var docs []names.Doc
	parallel.Do(
		func() { lex, err = lexicon.New(opt.CompaniesFile) },
		func() { docs = segmentAll(articles) },
	)
	if err != nil {
		return nil, nil, err
	}
	found := names.Recognize(docs, lex, deals.IsCue)

	perArticle := make([][]report, len(articles))
	loneOf := make([][]report, len(articles))
	parallel.For(len(articles), func(i int) {
		a := &articles[i]
		a.Companies = articleCompanies(found.Mentions[i])
		perArticle[i], loneOf[i] = articleReports(i, a, docs[i], found.Mentions[i], lex)
		withArticleCrown(perArticle[i], docs[i], a.Language)
		withArticleCrown(loneOf[i], docs[i], a.Language)
	})
	total, loneTotal := 0, 0
	for i, rs := range perArticle {
		total += len(rs)
		loneTotal += len(loneOf[i])
	}
	// reports: one array, not grown by doubling, with room for a report
	// made of each lone one, which completeFromOthers appends: grown
	// there, the whole array would be copied on one core
	reports, lone := make([]report, 0, total+loneTotal), make([]report, 0, loneTotal)
	for i, rs := range perArticle {
		reports = append(reports, rs...)
		lone = append(lone, loneOf[i]...)
	}
	reports = completeFromOthers(reports, lone)
	// the keys of an echo, a copy of the report it echoes, are that
	// report's: they are set before the echoes are searched
	unitsAsParents(reports, lex)
	oneTypeForOneDeal(articles, reports)
	return companies(found), clusterWithEchoes(articles, reports, docs, found.Mentions, lex), nil
}

// articleCompanies is the companies of an article's mentions, each once,
// in order of first mention; nil for none. The list is gathered on the
// stack and copied out at its length: an article names a handful of
// companies, which an array grown by doubling would take three or four
// allocations to hold.
func articleCompanies(ms []names.Mention) []string {
	var onStack [16]string
	list := onStack[:0]
	for _, m := range ms {
		list = names.AppendNew(list, m.Company)
	}
	if len(list) == 0 {
		return nil
	}
	return slices.Clone(list)
}

// clusterWithEchoes clusters the reports and their echoes (see echoed). The
// echoes come after the reports, whose groups they do not change: they are
// searched on one core while the reports are placed on another.
func clusterWithEchoes(articles []model.Article, rs []report, docs []names.Doc, mentions [][]names.Mention, lex *lexicon.Lexicon) []model.Deal {
	idx := newGroupIndex()
	idx.named = namedIn(articles)
	all := rs
	parallel.Do(
		// echoed reads rs and appends past its end, which place does
		// not read
		func() { all = echoed(articles, rs, docs, mentions, lex) },
		func() { idx.place(rs) },
	)
	idx.place(all)
	return idx.deals(articles, all)
}

// Failure is a bug met during extraction; the articles are still good.
type Failure struct{ Cause any }

func (f *Failure) Error() string { return fmt.Sprintf("extraction stopped: %v", f.Cause) }

// segmentAll cuts every body into sentences and words, on every core.
func segmentAll(articles []model.Article) []names.Doc {
	docs := make([]names.Doc, len(articles))
	// each worker tokenizes in working space of its own, kept from one
	// article to the next
	tokenizers := make([]segment.Tokenizer, parallel.Workers())
	// the sentences are copied into the doc's lists: cut into an array
	// each worker reuses
	sentences := make([][]segment.Sentence, len(tokenizers))
	parallel.ForWorker(len(articles), len(tokenizers), func(w, i int) {
		a := &articles[i]
		d := names.Doc{Lang: a.Language, Outlet: a.Source}
		ss := segment.AppendSentences(sentences[w][:0], a.Body)
		sentences[w] = ss
		d.Sentences, d.Headings = make([]string, 0, len(ss)), make([]bool, 0, len(ss))
		for _, s := range ss {
			d.Sentences = append(d.Sentences, s.Text)
			d.Headings = append(d.Headings, s.Heading)
		}
		if len(d.Sentences) > 0 {
			d.Tokens = tokenizers[w].SentenceTokens(d.Sentences)
		}
		docs[i] = d
	})
	return docs
}

// report is one article's statement of a deal.
type report struct {
	deals.Found
	article  int // index in articles
	sentence int
	// past: the sentence or the one before opens on a word that sets
	// what follows in the past ("Previously", "At the time", "Damals")
	past bool
	// headline: the article's headline tells this deal
	headline bool
	// guessed is the party the sentence did not name ("the group",
	// "it"), taken from the sentences before: a guess another outlet's
	// report of the deal may correct
	guessed string
	// unnamed: a party is one its sentence does not name — read from an
	// anaphor, a description or the deal told before (see markUnnamed).
	// Where guessed names the one party so read, unnamed tells of any;
	// a report of several sentences is unnamed only if each of them is,
	// and one the headline tells is not.
	unnamed bool
	// keys are the parties as outlets are compared: a country unit
	// ("Orange Schweiz", "Vodafone Italia") as its parent, which another
	// outlet names instead; nil for the parties as they are
	keys  []string
	buyer string // the buyer as outlets are compared
}

// sides are the parties and the buyer of r as outlets are compared.
func (r *report) sides() ([]string, string) {
	if r.keys != nil {
		return r.keys, r.buyer
	}
	return r.Parties, r.Buyer
}

// mentionsBySentence groups an article's mentions by their sentence, in
// order, in one array: each sentence's part is capped, so that an append
// to one makes a copy rather than run into the next.
func mentionsBySentence(ms []names.Mention, sentences int) [][]deals.Mention {
	starts := make([]int, sentences+1)
	for _, m := range ms {
		starts[m.Sentence+1]++
	}
	for si := range sentences {
		starts[si+1] += starts[si]
	}
	all := make([]deals.Mention, len(ms))
	next := slices.Clone(starts[:sentences])
	for _, m := range ms {
		all[next[m.Sentence]] = deals.Mention{From: m.From, To: m.To, Company: m.Company}
		next[m.Sentence]++
	}
	bySentence := make([][]deals.Mention, sentences)
	for si := range bySentence {
		if starts[si] < starts[si+1] {
			bySentence[si] = all[starts[si]:starts[si+1]:starts[si+1]]
		}
	}
	return bySentence
}

// articleReports reads the deals of one article's sentences and merges the
// sentences that tell the same deal. The lone reports, which name one side
// of a priced deal, come apart: another article may tell who the other is.
func articleReports(ai int, a *model.Article, doc names.Doc, ms []names.Mention, lex *lexicon.Lexicon) (rs, lone []report) {
	bySentence := mentionsBySentence(ms, len(doc.Sentences))
	// how often the article names each company, counted when first asked:
	// only an article with a deal told by reference or anaphor asks
	var count map[string]int
	counts := func() map[string]int {
		if count == nil {
			count = mentionCounts(ms)
		}
		return count
	}
	// out is read only by mergeWithin, which copies it: on the stack for
	// all but the articles with the most deals, not regrown by doubling
	var outBuf [8]report
	out := outBuf[:0]
	var refs, heads []report
	var pair []string // the two companies the article is about, once needed
	for si, s := range doc.Sentences {
		if doc.Headings[si] {
			// a headline compresses; the body states its deals in full,
			// but the price may be only in the headline
			// folded as the body's sentences are, so that the arrays of
			// its words go back for the next sentence once read
			heading := deals.Sentence{Text: s, Tokens: doc.Tokens[si], Mentions: bySentence[si]}.Fold()
			for _, f := range deals.Find(heading, a.Language, a.Published) {
				if len(f.Parties) >= 2 && !f.Generic {
					heads = append(heads, report{Found: f, article: ai, sentence: si})
				}
			}
			heading.Release()
			continue
		}
		sentence := deals.Sentence{Text: s, Tokens: doc.Tokens[si], Mentions: bySentence[si]}
		if si > 0 {
			sentence.Before = doc.Tokens[si-1]
		}
		if si+1 < len(doc.Tokens) {
			sentence.After = doc.Tokens[si+1]
		}
		sentence = sentence.Fold() // the questions below read its words folded once
		if v, ok := deals.ValueOfPrevious(sentence, a.Language); ok && priceLast(si-1, v, nil, out, refs, lone) {
			sentence.Release()
			continue // "That offer was worth £11.7bn": the deal just told
		}
		if v, named, ok := deals.ValueOfNamed(sentence, a.Language); ok && priceLast(si-1, v, named, out, refs, lone) {
			sentence.Release()
			continue // "The offer values Falconbridge at C$19.2 billion": the deal just told
		}
		if side, ok := deals.SideOfPrevious(sentence, a.Language); ok && sideOfLast(si, side, out, refs, lone) {
			out, lone = namedBothSides(out, lone)
			sentence.Release()
			continue // "Verkäufer ist der Finanzinvestor One Equity Partners": the deal just told
		}
		if f, ok := deals.FollowsPrevious(sentence, a.Language, a.Published); ok {
			if r := purchaseFollowed(si, f, out); r != nil {
				out = append(out, *r)
				sentence.Release()
				continue // "2021 folgte Quorvex für 156 Millionen Dollar": the buyer's next purchase
			}
		}
		found := deals.Find(sentence, a.Language, a.Published)
		found = append(found, deals.Holdings(sentence, found)...)
		sentence.Release()
		datedAsBefore(found, out, doc, si, a.Language, a.Published)
		bareAsked, bare, bareOK := false, model.Money{}, false
		for k := range found {
			if found[k].Value != nil {
				continue
			}
			if !bareAsked {
				// read once for the sentence, and its currency only when it has one
				bareAsked = true
				if bare, bareOK = deals.BarePrice(s, a.Language); bareOK {
					bare.Currency = currencyBefore(doc, si, a.Language)
					bareOK = bare.Currency != ""
				}
			}
			if bareOK {
				v := bare
				found[k].Value, found[k].BareValue = &v, true
			}
		}
		for _, f := range found {
			if f.Counter {
				// a rival bid is for the target of the deal told before
				if t := targetOf(out); t != "" && t != f.Parties[0] {
					f.Parties, f.Buyer = []string{f.Parties[0], t}, f.Parties[0]
				} else {
					continue
				}
			}
			if f.Bid && f.Lone {
				// a price per share its one company offered: for the
				// target of the deal told before, if any
				if t := targetOf(out); t != "" && t != f.Parties[0] {
					f.Parties, f.Buyer, f.Lone = []string{f.Parties[0], t}, f.Parties[0], false
				}
			}
			if f.Lone && len(f.Parties) == 1 && demonymSubject(doc.Tokens[si], bySentence[si], a.Language, lex) != nil {
				// "hatten die Stockholmer ... Cradlepoint übernommen": the
				// company named by where it is from, as the article said
				f.Lone, f.Anaphor = false, true
			}
			if f.Lone {
				lone = append(lone, report{Found: f, article: ai, sentence: si})
				continue
			}
			if f.Paying && pricesDealBefore(out, si, f, doc.Tokens[si], a.Published) {
				continue // "… un accordo di licenza. Veltraco verserà a Quorvex 750 milioni": its price
			}
			if f.Refers && pricesDealJustTold(out, si, f, doc.Tokens[si]) {
				continue
			}
			if f.Refers {
				if pair == nil {
					pair = mainPair(doc, bySentence, counts())
				}
				switch {
				case len(f.Parties) == 1 && f.OfNamed && !slices.Contains(pair, f.Parties[0]):
					// "die geplante Übernahme des Chipherstellers NXP": a
					// deal of the company the text is about, with another
					f.Refers, f.Anaphor = false, true
				case f.Pair && f.Type == model.JointVenture && len(f.Parties) == 1 && len(pair) == 2 && !slices.Contains(pair, f.Parties[0]):
					// "les deux constructeurs avaient créé la coentreprise
					// NMKV": the two, and the venture they made (unless the
					// sentence before named another: "Its rivals Daxmoor and
					// Brindle ... the two companies set up")
					if si > 0 && namesOtherThan(bySentence[si-1], pair) {
						continue
					}
					f.Parties = append(slices.Clone(pair), f.Parties[0])
					refs = append(refs, report{Found: f, article: ai, sentence: si})
					continue
				case f.Pair && len(pair) < 2 && len(f.Parties) == 0:
					// "Sandor Pharma and Elbrecht Biotech have ended their
					// dispute. The two companies will now form a joint
					// venture": an article naming its companies too seldom
					// for a pair of its own means the two just named, if it
					// told no deal of the kind before (then "the two" are
					// its sides: see addReferring)
					if two := twoNamedBefore(bySentence, si); two != nil && !slices.ContainsFunc(out, func(o report) bool { return typeClass(o.Type) == typeClass(f.Type) }) {
						f.Parties = two
						refs = append(refs, report{Found: f, article: ai, sentence: si})
					}
					continue
				case len(f.Parties) == 1 && (len(pair) < 2 || !slices.Contains(pair, f.Parties[0])):
					// "Für Aixtron hatte ein Veto das Aus bedeutet. Obama
					// untersagte dem Fujian Grand Chip Investment Fund den
					// Kauf des US-Geschäfts": the business of the one
					// company the sentence before named (where the
					// sentence names its one side alone, and the other by
					// what it is: "le rachat du groupe par Tapestry", "the
					// Humlebæk-based group, which bought Comfort Medical";
					// not "Brindle possiede due fabbriche e le cederà")
					if c := soleCompanyBefore(bySentence, si); c != "" && c != f.Parties[0] && soleCompanyIn(bySentence[si]) == f.Parties[0] &&
						(refersToACompany(doc.Tokens[si], bySentence[si], a.Language, lex) || topicBefore(doc.Tokens[si-1], bySentence[si-1]) && !f.Indefinite && opensWithDescription(doc.Tokens[si], bySentence[si], lex)) &&
						!refersToACompany(doc.Tokens[si-1], bySentence[si-1], a.Language, lex) {
						// (a bare "The company" only after a sentence about
						// that company: "For Recipharm, ... the deal is its
						// largest. The company has grown through ... the
						// purchase of Kemwell's operations"; not after "A
						// spokesman for Brindle declined to comment")
						// (not where the sentence before tells of another
						// company by what it is too: "sicherten sich die
						// Hamburger die Anteile an Deutsche Giessdraht. Der
						// Verkauf der Walzproduktsparte an Wieland scheiterte":
						// the Hamburg group's unit, not the one it bought)
						f.Parties = []string{f.Parties[0], c}
						if f.Type == model.Acquisition && f.Buyer == "" && opensWithDescription(doc.Tokens[si], bySentence[si], lex) {
							// the company the sentence opens with buys, where
							// the sentence names no buyer ("La compañía
							// pertenece a Daxmoor, que la compró": Daxmoor)
							f.Parties, f.Buyer = []string{c, f.Parties[0]}, c
						}
						refs = append(refs, report{Found: f, article: ai, sentence: si})
					}
					continue
				case len(pair) < 2:
					continue
				case f.Pair && f.Type == model.JointVenture && twoOthersBefore(bySentence, si, pair):
					continue // "Rivals Daxmoor and Brindle ... Last year the two companies set up a joint venture"
				default:
					f.Parties = pair
					refs = append(refs, report{Found: f, article: ai, sentence: si})
					continue
				}
			}
			if f.Anaphor {
				// "the company", "it": the company the text was last about,
				// or for a purchase, one named there that buys elsewhere in
				// the article ("Its biggest purchases before this one: -
				// Mojang, bought for $2.5 billion")
				// "The takeover is Veltraco's largest since 2005, when it
				// agreed to buy Daxmoor": the sentence may name who
				other := toldInFull(found, f)
				if p := personLed(doc.Tokens[si], bySentence[si], lex); other == "" && p != "" {
					// "il gruppo guidato da Paul Otellini": the company the
					// article names beside him
					other = companyOfPerson(p, bySentence, doc.Tokens, si, f.Parties)
				}
				byRole := false // the side of the article's deal a role names ("Der Käufer wiederum")
				if other == "" {
					other = sideBefore(f, out, doc.Tokens, bySentence, si, a.Language, lex)
					byRole = other != "" && roleSide(doc.Tokens, bySentence, si, out, a.Language, lex, true) == other
				}
				elsewhere := false     // the description names a company the article does not
				demonym := false       // the company named by where it is from
				described := false     // the company told by what it is, in a sentence before
				byDescription := false // the company the sentence's description fits
				if d := anaphorDescription(doc.Tokens[si], bySentence[si], lex); other == "" && d != nil {
					other = describedCompany(d, bySentence, doc.Tokens, si, f.Parties, lex) // "the carmaker", "il colosso di Monaco"
					byDescription = other != ""
					elsewhere = other == "" && saysWhere(d, lex) && allPlaced(d, bySentence, si, f.Parties, lex)
				} else if d := demonymSubject(doc.Tokens[si], bySentence[si], a.Language, lex); other == "" && d != nil {
					// "die Japaner", "die Stockholmer": for a nation, the
					// company the article said is of it ("Der norwegische
					// Ölkonzern Norsk Hydro ... zahlten die Norweger"), else
					// one the shipped list places there
					if saysNation(d, lex) {
						other = describedBefore(d, bySentence, doc.Tokens, si, f.Parties, lex)
					}
					if other == "" {
						other = fromWhere(d, bySentence, si, f.Parties, lex)
					}
					demonym = other != ""
				}
				if elsewhere {
					// "the Atlanta-based market leader walked away from its
					// offer": no company the article named is from there;
					// the deal keeps its one named side
					out = append(out, reportAt(doc, f, ai, si))
					continue
				}
				if n := len(out); other == "" && n > 0 && out[n-1].sentence == si-1 && out[n-1].guessed != "" && !slices.Contains(f.Parties, out[n-1].guessed) {
					// "En 2014 se quedó con ... Almirall. Años antes había
					// desembolsado ... por MedImmune": the subject left
					// unsaid goes on from the sentence before
					other = out[n-1].guessed
				}
				if other == "" {
					other, described = lastSubject(bySentence, doc.Tokens, si, f.Parties, lex)
				}
				if other == "" {
					other = mostNamed(counts(), a.Companies, f.Parties)
				}
				if other == "" {
					continue
				}
				if !demonym && !described && counts()[other] == 1 && !sameOne(doc.Tokens[si], lex) && !opensSentenceBefore(bySentence, si, other) {
					// "Rivals such as Daxmoor have been slower. In 2015 it
					// bought Ambrelle": a company named once, in passing,
					// is seldom what the article goes on about
					if pair == nil {
						pair = mainPair(doc, bySentence, counts())
					}
					if !slices.Contains(pair, other) {
						if c := pairSubject(pair, out, bySentence, si, f.Parties, f.Buyer != ""); c != "" {
							other = c
						}
					}
				}
				if !byDescription && !demonym && !byRole && contrasted(doc.Tokens[si]) && !(demonymSubject(doc.Tokens[si], bySentence[si], a.Language, lex) != nil && anaphorDescription(doc.Tokens[si], bySentence[si], lex) == nil) {
					// "The company, for its part, ...", "El grupo de
					// Illinois, por su parte, ...": not the company the text
					// was about, but the other of the article's two (a
					// description that fits one company, "El grupo francés",
					// says which itself, as a role of the article's deal
					// does, "Der Käufer wiederum"; and a people the article tied to no
					// company leaves the reading as it was: "Die Franzosen
					// wiederum", of a company from Lyon; but "The German
					// group", of two German companies, turns)
					if pair == nil {
						pair = mainPair(doc, bySentence, counts())
					}
					other = otherOfPair(pair, other, bySentence, doc.Tokens, si, f.Parties, lex)
				}
				f.Parties = append([]string{other}, f.Parties...)
				if demonym && len(f.Parties) == 2 && f.Buyer == f.Parties[1] {
					// "Für den Tiefseespezialisten Spinnaker zahlten die
					// Norweger": the one named alone was read as the buyer,
					// for want of another; the company named by where it is
					// from is the subject
					f.Buyer = ""
				}
				if f.Buyer == "" && (f.Type == model.Acquisition || f.Type == model.Investment) {
					f.Buyer = other // "It bought ...": the one referred to buys
				}
			}
			r := reportAt(doc, f, ai, si)
			if f.Anaphor {
				r.guessed = f.Parties[0]
			}
			out = append(out, r)
		}
	}
	out, lone = earlierOwnersPurchases(out, lone, a.Published)
	typedAsTheFirst(out, doc)
	// marked one sentence each, before sentences of one deal are merged
	markUnnamed(out, bySentence)
	markUnnamed(refs, bySentence)
	// the reports told by reference and the headlines' may be added after
	// merging: room is made for them, not made again by append
	rs = priceFromHeadlines(addReferring(withoutEchoesOfTheLead(mergeWithinRoom(out, len(refs)+len(heads)), a.Published), refs), heads)
	for i := range rs {
		if rs[i].headline {
			rs[i].unnamed = false // the headline names its sides
		}
	}
	return rs, lone
}

// markUnnamed sets unnamed on the reports with a party their sentence
// does not name. A venture "the two" form names its sides: "the two" is
// the article's pair, read from the words, not guessed ("Alongside the
// share purchase, the two airlines will form a joint venture"), and the
// venture is no side reading of the purchase (see sidereadings.go).
func markUnnamed(rs []report, bySentence [][]deals.Mention) {
	for i := range rs {
		r := &rs[i]
		if r.Pair && r.Type == model.JointVenture {
			continue
		}
		r.unnamed = slices.ContainsFunc(r.Parties, func(p string) bool {
			return !slices.ContainsFunc(bySentence[r.sentence], func(m deals.Mention) bool { return m.Company == p })
		})
	}
}

// withoutEchoesOfTheLead drops the reports that tell the article's lead
// deal again, under a word of another kind or not. The lead is the first
// report of two companies or more not recalled from the past, if it is
// the news of the day; an echo names only its companies, at no price or
// year of its own ("Die beiden Warenhausketten werden zusammengelegt"
// after the merger, "the combination of Ball and Rexam creates a
// supplier" after the takeover). A transfer told again is one too,
// whoever it reads as buying ("It is the largest acquisition so far for
// Nippon Paint", after the takeover of DuluxGroup), which mergeWithin may
// have kept apart for that.
//
// Only a lead that transfers a company is told so: the words of an
// alliance or a stake may be the one an outlet got wrong, the other
// outlets telling the transfer. A stake, a licence or a supply beside a
// purchase is often a deal of its own ("a tender offer for up to 30% of
// Supervalu's shares", the seller's brand licensed to the buyer, chips
// supplied for ten years), unless the supply is only the supplier the
// deal makes; and so is a deal the two already have ("already run a joint
// venture"). (Kept apart here, such a deal told bare may still be left
// out of the list: see withoutSideReadings.)
func withoutEchoesOfTheLead(rs []report, published string) []report {
	lead := slices.IndexFunc(rs, func(r report) bool { return len(r.Parties) >= 2 && !r.past })
	if lead < 0 || !current(&rs[lead], published) {
		return rs
	}
	l := &rs[lead]
	var out []report
	for i := range rs {
		if i > lead && echoesTheLead(l, &rs[i]) {
			if out == nil {
				out = slices.Clone(rs[:i])
			}
			continue
		}
		if out != nil {
			out = append(out, rs[i])
		}
	}
	if out == nil {
		return rs
	}
	return out
}

// current: r is the news of the day: not failed, and dated, if at all, in
// the year the article was published or after ("After a failed $7 billion
// acquisition of Nokia's smartphone business five years back, Microsoft
// has announced a collaboration": the collaboration is the news).
func current(r *report, published string) bool {
	if r.Status == model.Failed {
		return false
	}
	y, py := when.Year(r.Date), when.Year(published)
	return y == 0 || py != 0 && y >= py // (a year, and no date to weigh it against: not known to be)
}

// echoesTheLead: r, told after the lead l, is l told again (see
// withoutEchoesOfTheLead).
func echoesTheLead(l, r *report) bool {
	if typeClass(l.Type) != "transfer" || r.Type == model.Investment || r.Type == model.Licensing || r.Type == model.Supply && !namesASupplier(r.Evidence) ||
		r.past || r.Status == model.Failed || len(r.Parties) < 2 {
		return false
	}
	for _, p := range r.Parties {
		if !slices.Contains(l.Parties, p) {
			return false
		}
	}
	if r.Value != nil && !(l.Value != nil && samePrice(l.Value, r.Value)) {
		return false
	}
	if r.Date != "" {
		return l.Date != "" && when.Year(r.Date) == when.Year(l.Date)
	}
	// "I due gruppi collaborano dal 2012, quando ... costituirono una joint
	// venture": a year the sentence states, which the deal did not take, is
	// still another time (not "2000 Mitarbeiter", which is no date)
	for _, d := range when.Find(r.Evidence, "", "") {
		if y := when.Year(d.Value); y != 0 && y != when.Year(l.Date) {
			return false
		}
	}
	return !alreadyTold(r.Evidence)
}

// namesASupplier: the sentence calls something a supplier ("creates a
// global packaging supplier"), a noun, not a verb that supplies goods.
func namesASupplier(text string) bool {
	return slices.ContainsFunc(lowerWords(text), func(w string) bool { return supplierNouns[w] })
}

var supplierNouns = set(`supplier suppliers fournisseur fournisseurs proveedor proveedores fornitore fornitori lieferant lieferanten zulieferer`)

// lowerWords are the words of text folded: lower case, without accents
// ("déjà" is "deja").
func lowerWords(text string) []string {
	return strings.FieldsFunc(model.Fold(text), func(c rune) bool { return !unicode.IsLetter(c) })
}

// alreadyTold: the sentence says its deal was in place before ("Veltraco
// and Quorvex already run a joint venture"): not the news of the day.
func alreadyTold(text string) bool {
	return slices.ContainsFunc(lowerWords(text), func(w string) bool { return alreadyWords[w] })
}

var alreadyWords = set(`already bereits schon deja gia ya`)

// reportAt is the report of deal f told in sentence si of article ai, doc
// being the article's text.
func reportAt(doc names.Doc, f deals.Found, ai, si int) report {
	return report{Found: f, article: ai, sentence: si, past: recalls(doc, si) || si > 0 && recalls(doc, si-1)}
}

// purchaseFollowed is the purchase f a sentence tells as following the
// one the sentence before told (see deals.FollowsPrevious), bought by the
// same buyer; nil when the sentence before told no purchase with its
// buyer, or one of the same company.
func purchaseFollowed(si int, f deals.Found, out []report) *report {
	last := lastReport(si-1, out)
	if last == nil {
		return nil
	}
	buyer := last.Buyer
	if buyer == "" && len(last.Parties) == 2 {
		buyer = last.Parties[0] // "2014 übernahm Veltraco den Flugzeugbauer Quorvex": told buyer first
	}
	if last.sentence != si-1 || last.Type != model.Acquisition || buyer == "" || slices.Contains(last.Parties, f.Parties[0]) {
		return nil
	}
	f.Parties, f.Buyer = []string{buyer, f.Parties[0]}, buyer
	if f.Date == "" && len(last.Date) >= 4 && sameYearWords(f.Evidence) {
		f.Date = last.Date[:4] // "Im selben Jahr folgte ...": the year of the purchase before
	}
	r := report{Found: f, article: last.article, sentence: si, past: last.past}
	return &r
}

// sameYearWords: the text dates its deal in the year of the one told
// before ("im selben Jahr", "desselben Jahres", "Ese mismo año", "later
// that year"): the words open the sentence, past words of time alone
// ("In the same year", "Later that year"), or end it after "later",
// "earlier" or "in" ("sold it later that year"). Elsewhere they date
// something else ("Quorvex, whose revenue fell that year, ...",
// "expects to break even that year").
func sameYearWords(text string) bool {
	if !strings.Contains(text, "year") && !strings.Contains(text, "Jahr") && !strings.Contains(text, "año") && !strings.Contains(text, "anno") && !strings.Contains(text, "année") {
		return false // most sentences: no word of a year to split them for
	}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	for _, ps := range sameYearPhrases {
		for i := 0; i+len(ps) <= len(words); i++ {
			if !slices.Equal(words[i:i+len(ps)], ps) {
				continue
			}
			opens := !slices.ContainsFunc(words[:i], func(w string) bool { return !sameYearOpeners[w] })
			ends := i+len(ps) == len(words) && i > 0 && sameYearEnders[words[i-1]]
			if opens || ends {
				return true
			}
		}
	}
	return false
}

var sameYearPhrases = func() [][]string {
	var out [][]string
	for _, p := range []string{"same year", "that year", "selben jahr", "selben jahres", "gleichen jahr", "mismo año", "ese año", "aquel año",
		"stesso anno", "quell'anno", "quell’anno", "même année", "année là"} {
		out = append(out, strings.Fields(p))
	}
	return out
}()

// sameYearOpeners may stand before the words of the same year that open a
// sentence: "In the same year", "Later that year", "Y ese mismo año",
// "Nello stesso anno", "Dans la même année", "Im selben Jahr".
var sameYearOpeners = set(`in later earlier during that the also and then y en el ese aquel e nello nel lo quello stesso et dans la cette im der dem noch`)

// sameYearEnders stand before the words of the same year that end a
// sentence: "sold it later that year", "in the same year".
var sameYearEnders = set(`later earlier in the`)

// datedAsBefore dates the deals found in sentence si that the sentence
// dates only as "the same year" ("A finales de 2021, abrdn acordó comprar
// ... Ese mismo año, JPMorgan adquirió Nutmeg"): in the year of the
// nearest of the two sentences before that gives one, as the date of a
// deal it told (out: "2016 kaufte Veltraco Brindle", a year the deal
// reads) or else its last date.
func datedAsBefore(found []deals.Found, out []report, doc names.Doc, si int, lang, published string) {
	if !slices.ContainsFunc(found, func(f deals.Found) bool { return f.Date == "" }) || !sameYearWords(doc.Sentences[si]) {
		return
	}
	for k := si - 1; k >= 0 && k >= si-2; k-- {
		year := ""
		for _, r := range out {
			if r.sentence == k && len(r.Date) >= 4 {
				year = r.Date[:4]
			}
		}
		if year == "" {
			if ds := when.Find(doc.Sentences[k], lang, published); len(ds) > 0 {
				year = ds[len(ds)-1].Value[:4]
			}
		}
		if year == "" {
			continue
		}
		for i := range found {
			if found[i].Date == "" {
				found[i].Date = year
			}
		}
		return
	}
}

// targetOf is what the first purchase told names as bought: the first
// party that is not its buyer.
func targetOf(out []report) string {
	if i := firstPurchase(out); i >= 0 {
		return notBuyer(&out[i])
	}
	return ""
}

// firstPurchase is the index of the first purchase told with its buyer
// and a company bought; -1 if none.
func firstPurchase(out []report) int {
	return slices.IndexFunc(out, func(r report) bool {
		return r.Type == model.Acquisition && r.Buyer != "" && notBuyer(&r) != ""
	})
}

// lastReport is the latest report, told or one-sided, of the sentences
// from si on; nil when there is none.
func lastReport(si int, lists ...[]report) *report {
	var r *report
	for _, rs := range lists {
		if n := len(rs); n > 0 && rs[n-1].sentence >= si && (r == nil || rs[n-1].sentence > r.sentence) {
			r = &rs[n-1]
		}
	}
	return r
}

// priceLast gives the value v to the last deal told in sentence si, if it
// has none and names every company of named ("The offer values
// Falconbridge at ..." is the price of a deal with Falconbridge).
func priceLast(si int, v *model.Money, named []string, lists ...[]report) bool {
	r := lastReport(si, lists...)
	if r == nil || r.sentence != si || r.Value != nil {
		return false
	}
	for _, c := range named {
		if !slices.Contains(r.Parties, c) {
			return false
		}
	}
	r.Value = v
	return true
}

// sideOfLast adds a buyer or seller named on its own (and the price with
// it) to the last deal told in the two sentences before si, or to the last
// one-sided report there ("die Übernahme von PeroxyChem ... Verkäufer ist
// One Equity Partners").
func sideOfLast(si int, side deals.Side, lists ...[]report) bool {
	r := lastReport(si-2, lists...)
	if r == nil {
		return false
	}
	if !slices.Contains(r.Parties, side.Company) {
		r.Parties = append(r.Parties, side.Company)
	}
	if side.Buyer && r.Buyer == "" {
		r.Buyer = side.Company
	}
	if r.Value == nil {
		r.Value = side.Value
	}
	return true
}

// currencyBefore is the currency of the last amount the article's
// sentences before si name, "" for none.
func currencyBefore(doc names.Doc, si int, lang string) string {
	for j := si - 1; j >= 0; j-- {
		if as := money.Find(doc.Sentences[j], lang); len(as) > 0 {
			return as[len(as)-1].Currency
		}
	}
	return ""
}

// namedBothSides moves the last lone report, once a sentence after it
// named its other side, to the reports: it is a deal of its own.
func namedBothSides(out, lone []report) ([]report, []report) {
	if n := len(lone); n > 0 && len(lone[n-1].Parties) >= 2 {
		r := lone[n-1]
		r.Lone = false
		return append(out, r), lone[:n-1]
	}
	return out, lone
}

// pricesDealBefore reports whether payment f, told in sentence si (of
// tokens toks), belongs to a deal told before: it prices a deal between
// the same parties told in that sentence or the one before and not
// priced yet (a payment right after a deal is its price), or it is a part
// of the price of a purchase told earlier in the article, or of an
// alliance's terms (see below), made in the alliance's year.
func pricesDealBefore(out []report, si int, f deals.Found, toks []segment.Token, published string) bool {
	for i := len(out) - 1; i >= 0 && out[i].sentence >= si-1; i-- {
		o := &out[i]
		if !o.Paying && !o.Generic && o.Value == nil && sameSet(o.Parties, f.Parties) {
			o.Value = f.Value
			licensedUpfront(o, f)
			return true
		}
	}
	// a payment for less than the price of a purchase told before, by or
	// to its sides, marked as a part ("will pay 16.5 billion euros
	// upfront") or saying nothing of what it buys ("will pay $840 million
	// in cash and issue 46.7 million new shares"), is a part of that
	// price
	for i := range out {
		if o := &out[i]; !o.Paying && typeClass(o.Type) == "transfer" && partOfPrice(f.Value, o.Value) && len(f.Parties) > 0 && subset(f.Parties, o.Parties) &&
			!yearsDiffer(f.Date, o.Date) && deals.PartOfAPrice(toks) {
			// (not "paid €370 million for St Hubert in 2007", beside its
			// sale now, nor "will also pay $400 million for its cement
			// business")
			return true
		}
	}
	// a payment between sides of an alliance told before is part of
	// it ("Zealand paiera 350 millions de dollars à Roche pour l'apport
	// du CT-388"): upfront and milestone payments, not a purchase; not
	// a stake taken in a year before the alliance's ("SK Telecom avait
	// déjà pris une participation dans Nanox en juin 2019", beside the
	// accord of 2020), the article's year where the alliance gives none
	// (a fee paid before is still the alliance's: "paid Quorvex $20
	// million in 2019 for an option on the drug")
	for i := range out {
		o := &out[i]
		if !o.Paying && (typeClass(o.Type) == "alliance" || o.Type == model.Licensing) && !(f.Type == model.Investment && madeBefore(f.Date, cmp.Or(o.Date, published))) {
			if subset(f.Parties, o.Parties) {
				licensedUpfront(o, f)
				return true
			}
		}
	}
	return false
}

// pricesDealJustTold reports whether f, a price naming no company in a
// sentence that opens on "for it" ("Dafür zahlten die Essener 630
// Millionen Dollar"), prices what the sentence before told: the deal it
// told, which had no price, takes f's. Read as the article's deal, the
// price would be another deal's; when the sentence before gave no deal
// that took it, f is left unread.
func pricesDealJustTold(out []report, si int, f deals.Found, toks []segment.Token) bool {
	if f.Value == nil || len(f.Parties) > 0 || len(toks) == 0 || !priceOfThat[toks[0].Folded()] {
		return false
	}
	if n := len(out); n > 0 && out[n-1].sentence == si-1 && out[n-1].Value == nil && !out[n-1].Generic && typeClass(out[n-1].Type) == "transfer" {
		out[n-1].Value = f.Value
	}
	return true
}

// priceOfThat open a sentence of paying for what the sentence before
// told: "Dafür", "Hierfür" (for it).
var priceOfThat = set(`dafur hierfur`)

// yearsDiffer: both dates give a year, and not the same.
func yearsDiffer(a, b string) bool {
	ya, yb := when.Year(a), when.Year(b)
	return ya != 0 && yb != 0 && ya != yb
}

// madeBefore: date a is in a year before date b's.
func madeBefore(a, b string) bool {
	ya, yb := when.Year(a), when.Year(b)
	return ya != 0 && yb != 0 && ya < yb
}

// partOfPrice: payment is less than price, in the same currency.
func partOfPrice(payment, price *model.Money) bool {
	return payment != nil && price != nil && payment.Currency == price.Currency && payment.Value < price.Value
}

// licensedUpfront: an alliance paid for up front is a licence ("a conclu
// une alliance avec Alnylam ... Il versera 400 millions de dollars à la
// signature"): the rights the payment buys make it one.
func licensedUpfront(o *report, payment deals.Found) {
	if o.Type == model.Partnership && payment.Type == model.Licensing {
		o.Type = model.Licensing
	}
}

// priceFromHeadlines gives a deal the body tells without a price the price
// its headline gives ("Broadcom closes $61 billion VMware takeover").
func priceFromHeadlines(rs, heads []report) []report {
	n := len(rs)
next:
	for _, h := range heads {
		for i := range rs[:n] {
			if compatible(&rs[i], &h) && overlap(rs[i].Parties, h.Parties) >= 2 && (h.Value == nil || samePrice(rs[i].Value, h.Value)) {
				if rs[i].Value == nil {
					rs[i].Value = h.Value
				}
				rs[i].headline = true // the story's own deal: its headline tells it
				continue next
			}
		}
		if !anyBetween(rs[:n], h.Parties) {
			// the body tells the deal only by "the company" and "the
			// deal": the headline names both sides
			h.headline = true
			rs = append(rs, h)
		}
	}
	return rs
}

// anyBetween: some report names two of parties.
func anyBetween(rs []report, parties []string) bool {
	for _, r := range rs {
		if overlap(r.Parties, parties) >= 2 {
			return true
		}
	}
	return false
}

// samePrice: a body deal without a price, or at the headline's price
// give or take a tenth: a deal at another price is another deal.
func samePrice(body, head *model.Money) bool {
	if body == nil {
		return true
	}
	return body.Currency == head.Currency && math.Abs(body.Value-head.Value) <= 0.1*head.Value
}

// recalls: sentence si opens on a word that sets it in the past.
func recalls(doc names.Doc, si int) bool {
	toks := doc.Tokens[si]
	// the first three words joined in a buffer, their ends noted: the
	// openers are looked up by string(opening[:end]), which makes no string
	var buf [64]byte
	var ends [3]int
	opening, words := buf[:0], 0
	for _, t := range toks {
		if words == 3 {
			break
		}
		if !t.Punct() {
			if words > 0 {
				opening = append(opening, ' ')
			}
			opening = append(opening, t.Folded()...)
			ends[words] = len(opening)
			words++
		}
	}
	for n := words; n >= 1; n-- {
		if pastOpeners[string(opening[:ends[n-1]])] {
			return true
		}
	}
	return false
}

var pastOpeners = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(`previously|earlier|formerly|in the past|at the time|back then|years ago|
		in passato|in precedenza|all epoca|allora|anteriormente|en el pasado|en su momento|entonces|
		fruher|zuvor|damals|auparavant|precedemment|a l epoque|par le passe|vroeger|destijds|anteriormente|na epoca`, "|") {
		m[strings.TrimSpace(p)] = true
	}
	return m
}()

// addReferring folds the sentences that point back at the article's own
// deal without naming it in full into the deal they point at. When the
// article names a deal between its two companies, a pointing sentence
// only adds to it: its deal word ("the cooperation") or figure ("a
// capital increase of $19 billion") is weaker evidence than the deal
// named. When it names none, the pointing sentences tell the deal
// ("it will buy the New York jeweler for $15.8 billion"), if a word of
// its kind says what it is.
func addReferring(rs, refs []report) []report {
	for _, r := range refs {
		best, bestScore, named := -1, 0, false
		for i, o := range rs {
			if overlap(o.Parties, r.Parties) < 2 {
				continue
			}
			named = true
			if !compatible(&o, &r) {
				continue
			}
			if s := affinity(&o, &r) + withinArticle(o, r); best < 0 || s > bestScore {
				best, bestScore = i, s
			}
		}
		// "ils contrôlent déjà AgReliant, leur coentreprise": a venture
		// of the two named by its own name (its last party, after the two:
		// see articleReports), another than the one told
		namedVenture := r.Pair && r.Type == model.JointVenture && len(r.Parties) > 2 && best >= 0 && !slices.Contains(rs[best].Parties, r.Parties[len(r.Parties)-1])
		switch {
		case namedVenture:
			rs = append(rs, r)
		case best >= 0 && (bestScore >= 0 || r.Generic || r.Definite && !r.Part):
			// "the two groups had defined the terms of the alliance in
			// June": a step of the deal told, on its own date
			rs[best] = absorb(rs[best], r)
		case (!named || r.Part || best >= 0 && (otherMonth(rs[best], r) || laterDeal(&rs[best], &r)) || best < 0 && r.Pair && r.Type == model.JointVenture && !mergerOfTheTwo(rs, &r)) && !r.Generic:
			// no deal named, a part of another kind, or a deal of the
			// same kind told at another time ("In March the two
			// automakers announced a partnership"; "the demerger" of
			// Coles in 2018 beside "bought Coles in 2007"); or a venture
			// the two had years before, beside the purchase between them
			// ("Già nel 1999 le due aziende avevano costituito una joint
			// venture")
			rs = append(rs, r)
		}
	}
	return rs
}

// mergerOfTheTwo: r, a venture the sentence gives no name of, is of the
// two companies of a merger rs has in r's time: the merger told again
// ("agreed to merge their chemicals businesses ... The two groups will
// each hold half of the new joint venture"), not one of years before. A
// venture named by its own name (its last party, after the two) is
// another ("ils contrôlent déjà Brindle Seeds, leur coentreprise").
func mergerOfTheTwo(rs []report, r *report) bool {
	if len(r.Parties) > 2 {
		return false
	}
	return slices.ContainsFunc(rs, func(o report) bool {
		return o.Type == model.Merger && overlap(o.Parties, r.Parties) >= 2 && !yearsApart(&o, r)
	})
}

// twoOthersBefore: the nearest sentence before si that names a company
// names two or more not among pair, whom "the two" of sentence si may
// be ("Rivals Quorvex and Daxmoor are expected to respond. Both are
// based in France. Last month the two companies formed a joint
// venture"); one other is a customer or a rival named in passing.
func twoOthersBefore(bySentence [][]deals.Mention, si int, pair []string) bool {
	others := 0
	for _, c := range namedJustBefore(bySentence, si) {
		if !slices.Contains(pair, c) {
			others++
		}
	}
	return others >= 2
}

// twoNamedBefore is the two companies the nearest sentence before si
// that names a company names, if it names exactly two; nil otherwise.
func twoNamedBefore(bySentence [][]deals.Mention, si int) []string {
	if two := namedJustBefore(bySentence, si); len(two) == 2 {
		return two
	}
	return nil
}

// namedJustBefore is the companies the nearest sentence before si that
// names one names, each once, in order; nil when none does.
func namedJustBefore(bySentence [][]deals.Mention, si int) []string {
	for k := si - 1; k >= 0; k-- {
		if len(bySentence[k]) == 0 {
			continue
		}
		var named []string
		for _, m := range bySentence[k] {
			if !slices.Contains(named, m.Company) {
				named = append(named, m.Company)
			}
		}
		return named
	}
	return nil
}

// namesOtherThan: some mention of ms is of a company not among pair.
func namesOtherThan(ms []deals.Mention, pair []string) bool {
	return slices.ContainsFunc(ms, func(m deals.Mention) bool { return !slices.Contains(pair, m.Company) })
}

// otherMonth: both reports name a month, not the same.
func otherMonth(a, b report) bool {
	return len(a.Date) >= 7 && len(b.Date) >= 7 && a.Date[:7] != b.Date[:7]
}

// mainPair is the two companies an article is about: those named most,
// a name in the headline or the first sentence counting three times more.
// It is empty unless both are named at least twice.
func mainPair(doc names.Doc, bySentence [][]deals.Mention, count map[string]int) []string {
	// count holds every company the article names: both are made at
	// their most, not grown
	score := make(map[string]int, len(count))
	order := make([]string, 0, len(count))
	lead := true // up to the first body sentence
	for si, ms := range bySentence {
		top := doc.Headings[si] || lead
		if !doc.Headings[si] {
			lead = false
		}
		named := map[string]bool{}
		for _, m := range ms {
			if _, ok := score[m.Company]; !ok {
				order = append(order, m.Company)
				score[m.Company] = count[m.Company]
			}
			if top && !named[m.Company] {
				named[m.Company] = true
				score[m.Company] += 3
			}
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return score[order[i]] > score[order[j]] })
	if len(order) < 2 || count[order[0]] < 2 || count[order[1]] < 2 {
		return []string{}
	}
	return order[:2]
}

// pluralNation: the nation d the sentence opens with is a German plural
// ("die Argentinier"; the singular is "der Argentinier").
func pluralNation(toks []segment.Token, d description) bool {
	for i := 0; i+1 < len(toks) && i < 6; i++ {
		if toks[i].Folded() == "die" && toks[i+1].Folded() == d[0] {
			return true
		}
	}
	return false
}

// singularPronoun: the sentence refers to a company by the German "er"
// and not by "sie": one company, which no plural stands for.
func singularPronoun(toks []segment.Token) bool {
	er := false
	for _, t := range toks {
		switch t.Folded() {
		case "er":
			er = true
		case "sie":
			return false
		}
	}
	return er
}

// lastSubject is the first company named in the nearest sentence before
// si that names one other than those except (the last, when the sentence
// opens with "the latter"), or the one that sentence's subject describes
// (described).
func lastSubject(bySentence [][]deals.Mention, toks [][]segment.Token, si int, except []string, lex *lexicon.Lexicon) (c string, described bool) {
	for k := si - 1; k >= 0 && k >= si-3; k-- {
		d := nationSubject(toks[k], bySentence[k], lex)
		if d != nil && pluralNation(toks[k], d) && singularPronoun(toks[si]) {
			d = nil // "Für die Argentinier ... Gewachsen ist der Konzern: 1999 übernahm er ...": not they
		}
		if d == nil && len(bySentence[k]) == 0 {
			// "Für die Bonner ist es der größte Zukauf. Damals hatten sie
			// ...": a sentence naming no company, about the company of a
			// city
			d = cityPeopleOpening(toks[k], lex)
		}
		if d != nil {
			// "Depuis, l'américain s'est allégé. Il a scindé ...": the
			// company the nation stands for, if the article names it
			if c := fromWhere(d, bySentence, k, except, lex); c != "" {
				return c, true
			}
		}
		opensDescribed := opensWithDescription(toks[k], bySentence[k], lex) || len(bySentence[k]) == 0 && opensWithTopic(toks[k], lex)
		if opensDescribed {
			if d := anaphorDescription(toks[k], bySentence[k], lex); d != nil {
				// "L'éditeur parisien a longtemps été un prédateur. En
				// 2003, il avait déboursé ...": the company described
				if c := describedCompany(d, bySentence, toks, k, except, lex); c != "" {
					return c, true
				}
			}
		}
		if opensDescribed || opensWithPronoun(toks[k]) {
			// "Il exploite ... Coca-Cola FEMSA", "La compañía ... recibió
			// un millón de euros aportado por ISAI": it goes on about the
			// one before
			continue
		}
		if latterOpens(toks[si]) {
			// "The latter announced", "Esta última anunció": the company
			// named last, wherever it stood
			for j := len(bySentence[k]) - 1; j >= 0; j-- {
				if m := bySentence[k][j]; !slices.Contains(except, m.Company) {
					return m.Company, false
				}
			}
			continue
		}
		for _, m := range bySentence[k] {
			if !slices.Contains(except, m.Company) && (latter(toks[si]) || dealOwner(toks[k], m) ||
				!afterPreposition(toks[k], bySentence[k], m) && !dealObject(toks[k], m) && !reported(toks[k], m) && !employer(toks[k], m, lex)) {
				return m.Company, false
			}
		}
	}
	return "", false
}

// cityPeopleOpening reads a German sentence that opens with the people of
// a city standing for a company, after a word of topic or not ("Für die
// Bonner ist es ...", "Die Stockholmer hatten ..."): the city, or nil. Not
// the city's adjective before a noun ("die Frankfurter Allgemeine"), nor
// a nation, which nationSubject reads.
func cityPeopleOpening(toks []segment.Token, lex *lexicon.Lexicon) description {
	i := 0
	if len(toks) > 0 && deals.IsTopicWord(toks[0].Folded()) {
		i = 1
	}
	if i+2 >= len(toks) || toks[i].Folded() != "die" || !toks[i+1].Cap() || toks[i+2].Cap() {
		return nil
	}
	if place, ok := strings.CutSuffix(toks[i+1].Folded(), "er"); ok && lex.HasFolded(lexicon.Place, place) {
		return description{place}
	}
	return nil
}

// opensWithPronoun: the sentence's subject is a pronoun standing for a
// company ("Il exploite ...", "It also owns ...", "Er hält ..."): the
// companies it names after are not its subject.
func opensWithPronoun(toks []segment.Token) bool {
	return len(toks) > 1 && openingPronouns[toks[0].Folded()] && !toks[1].Punct() && !impersonal[toks[1].Folded()]
}

var openingPronouns = set("it il elle er")

// timePhraseEnd is the index of the token after a time phrase opening the
// sentence ("En julio de 2018", "In March 2019,", "Im Mai"), 0 for none.
func timePhraseEnd(toks []segment.Token) int {
	if len(toks) < 3 || !timeOpeners[toks[0].Folded()] {
		return 0
	}
	dated, k := false, 1
	for ; k < len(toks) && k <= 6; k++ {
		f := toks[k].Folded()
		if when.IsMonth(f) || f != "" && strings.Trim(f, "0123456789") == "" {
			dated = true
		} else if !timeFillers[f] {
			break
		}
	}
	if !dated {
		return 0
	}
	if k < len(toks) && toks[k].Text() == "," {
		k++
	}
	return k
}

var timeOpeners = set("in en nel nell im am a au dans ad al at on since desde depuis seit dal dall")

var timeFillers = set("de del di of the last this early late mid fin debut fine inizio finales principios anfang ende mitte")

// opensWithTopic: the sentence opens with what it is about, a company
// told by what it is ("Per la holding si tratta di un'uscita", "For the
// insurer this is ..."): the one a following unsaid subject goes on with.
func opensWithTopic(toks []segment.Token, lex *lexicon.Lexicon) bool {
	return len(toks) > 2 && deals.IsTopicWord(toks[0].Folded()) && opensWithDescription(toks[1:], nil, lex)
}

// opensWithDescription: the sentence's subject is a company told by what
// it is ("La compañía nació ...", "The group said ..."): a determiner, then
// a kind of company within three words, no name before it.
func opensWithDescription(toks []segment.Token, ms []deals.Mention, lex *lexicon.Lexicon) bool {
	at := timePhraseEnd(toks) // "En julio de 2018 la compañía levantó ...": when, then who
	if at == 0 {
		at = openingPhraseEnd(toks, ms) // "Senza i supermercati, il conglomerato punta ..."
	}
	if len(toks) < at+2 || !anaphorDeterminers[toks[at].Folded()] {
		return false
	}
	for i := at + 1; i < len(toks) && i <= at+3; i++ {
		if toks[i].Punct() || inMention(ms, i) {
			return false
		}
		if companyKind(toks[i].Folded(), lex) {
			// not "il gruppo Daxmoor": the company named; nor "The
			// company's largest rival": another the company has
			return !inMention(ms, i+1) && !toks[i].Poss() && !(i+1 < len(toks) && toks[i+1].Poss())
		}
	}
	return false
}

// openingPhraseEnd is the index of the token after a short phrase that
// opens the sentence with a preposition and ends at a comma, naming no
// company ("Without the supermarkets,", "Senza i supermercati,"), 0 for
// none: the subject comes after it.
func openingPhraseEnd(toks []segment.Token, ms []deals.Mention) int {
	if len(toks) < 3 || !openingPrepositions[toks[0].Folded()] {
		return 0
	}
	for k := 1; k < len(toks) && k <= 6; k++ {
		if inMention(ms, k) {
			return 0
		}
		if toks[k].Text() == "," {
			return k + 1
		}
	}
	return 0
}

var openingPrepositions = set("without with after despite beyond besides senza con dopo oltre nonostante sin tras pese ademas sans avec apres malgre outre ohne mit nach trotz neben")

// impersonal verbs after "it" or "il" make it stand for nothing: "It is
// not the first time Volkswagen ...", "Il faut ...".
var impersonal = set("is was s seems remains y faut semble est")

// dealObject: the name m follows a deal word within a few words ("a
// racheté le canadien Atrium", "the takeover of Airgas"): what a deal is
// of, not who a later "it" is. Not a possessive owning what follows it,
// nor a name the deal word is tied to by "is": whose the deal is.
func dealObject(toks []segment.Token, m deals.Mention) bool {
	if toks[m.To-1].Poss() && m.From > 0 && toks[m.From-1].Folded() != "of" && !deals.IsCue("", toks[m.From-1].Folded()) {
		// "The venture strengthens Copersucar's push abroad": whose push
		// (not "the purchase of Airgas's unit", "Buying Quorvex's paint
		// unit": what is bought is the company's)
		return false
	}
	for k := m.From - 1; k >= 0 && k >= m.From-4; k-- {
		if toks[k].Punct() || agentPrepositions[toks[k].Folded()] || copula(toks[k]) {
			return false // "The purchase is Spin Master's second": whose purchase
		}
		if deals.IsCue("", toks[k].Folded()) {
			return true
		}
	}
	return false
}

// copula: the token ties a deal word to what it is: "The purchase is Spin
// Master's second", "L'acquisto è il terzo di Quorvex". Folded, the Italian
// "è" is "e" (and): that one is told by its written form.
func copula(t segment.Token) bool {
	f := t.Folded()
	if f == "e" {
		return t.Text() == "è" || t.Text() == "È"
	}
	return copulas[f]
}

var copulas = set("is was remains est es ist war")

// agentPrepositions introduce who acts after a deal word ("acquired by").
var agentPrepositions = set("by da par por von durch door")

// afterPreposition: the name m follows a preposition, with at most two
// lower-case words between ("au fonds américain Apollo", "sold to the
// fund Daxmoor"): an object, not who a later "it" is. Genitives ("of",
// "di", "von") are not counted: "the second attempt of FCA" names who acts.
func afterPreposition(toks []segment.Token, ms []deals.Mention, m deals.Mention) bool {
	if first, ok := listHead(toks, ms, m); ok {
		m = first // "la presión se trasladará a Kaspersky, ESET y Bitdefender": all three after "a"
	}
	if m.From <= 4 || toks[m.To-1].Poss() {
		// "L'attenzione principale di Nokia", "the largest in Amazon's
		// history": what the sentence is about
		return false
	}
	for k := m.From - 1; k >= 0 && k >= m.From-3; k-- {
		if relativeAfterPreposition[toks[k].Folded()] {
			return false // "on which ConAgra was built": the relative clause's subject
		}
		if prepositions[toks[k].Folded()] {
			return true
		}
		if toks[k].Punct() || toks[k].Cap() || number(toks[k].Text()) {
			return false // "In 2016 Microsoft", "In March GSK": a time, then the subject
		}
	}
	return false
}

// relativeAfterPreposition are the relative pronouns a preposition takes
// ("on which", "di cui", "en el cual", "sur lequel").
var relativeAfterPreposition = set("which whom cui quale quali cual cuales lequel laquelle lesquels lesquelles")

// listHead is the first name of the list of names m is in, when m is not
// it: the names before m, each followed by a comma, "and" or ", and". A
// list has "and" before m or goes on after it ("Kaspersky, ESET y
// Bitdefender"), and a comma somewhere: one comma alone may end a clause
// ("con Britvic, Carlsberg ya se había hecho ..."), and so may "and"
// ("moved to Daxmoor and Quorvex reported").
func listHead(toks []segment.Token, ms []deals.Mention, m deals.Mention) (deals.Mention, bool) {
	joined := func(at int) bool { return at < len(toks) && (toks[at].Text() == "," || listAnd[toks[at].Folded()]) }
	// (the next name may be none the text knows: "y Bitdefender"; or come
	// after ", and")
	next := m.To + 1
	if next+1 < len(toks) && toks[m.To].Text() == "," && listAnd[toks[next].Folded()] {
		next++
	}
	goesOn := joined(m.To) && (slices.ContainsFunc(ms, func(n deals.Mention) bool { return n.From == next }) ||
		listAnd[toks[next-1].Folded()] && next < len(toks) && toks[next].Cap() && !toks[next].Punct())
	if !goesOn && (m.From == 0 || !listAnd[toks[m.From-1].Folded()]) {
		return m, false
	}
	head, found := m, false
	comma := m.To < len(toks) && toks[m.To].Text() == ","
	for i := len(ms) - 1; i >= 0; i-- {
		p := ms[i]
		if p.To > head.From {
			continue
		}
		// one word between, or ", and" ("Daxmoor, Pellworth, and Quorvex")
		serial := p.To+2 == head.From && toks[p.To].Text() == "," && listAnd[toks[p.To+1].Folded()]
		if !serial && (p.To+1 != head.From || !joined(p.To)) {
			break
		}
		comma = comma || toks[p.To].Text() == ","
		head, found = p, true
	}
	// a list has a comma: "and" alone may join two clauses ("sell
	// Ostravel to Daxmoor and Quorvex said it would fight the deal")
	return head, found && comma
}

var listAnd = set(`and e y und et en`)

// dealOwner: the name m follows a deal word and "for", a word allowed
// between ("the second big disposal for Oerlikon this year", "a buying
// spree for Stratasys"): the one whose deal it is, whom the text goes on
// about.
func dealOwner(toks []segment.Token, m deals.Mention) bool {
	k := m.From - 1
	return k >= 1 && ownerPrepositions[toks[k].Folded()] && (deals.IsCue("", toks[k-1].Folded()) ||
		// "a buying spree for Stratasys" (not "a takeover offer for
		// Quorvex": what is bid for)
		k >= 2 && !toks[k-1].Punct() && !deals.IsOfferNoun(toks[k-1].Folded()) && deals.IsCue("", toks[k-2].Folded()))
}

var ownerPrepositions = set("for per pour fur para")

// reported: the name m follows a verb of saying ("Its chief executive
// said GKN was under-managed"): what the speaker says of a company, not
// the company the text goes on about.
func reported(toks []segment.Token, m deals.Mention) bool {
	k := m.From - 1
	if k >= 0 && toks[k].Folded() == "that" {
		k--
	}
	return k >= 0 && sayingVerbs[toks[k].Folded()]
}

var sayingVerbs = set("said says told argued argues added believes believed thinks thought")

// employer: the name m is where a person named just before works ("said
// Harriet Coldbeck of Pennistone Lane Securities", "osserva Corrado
// Vallisneri di Sabbioni Equity Research"): the speaker's firm, not a
// company the text goes on about. Not after a title ("the chief executive
// of Mars"), which names whose chief the sentence is about.
func employer(toks []segment.Token, m deals.Mention, lex *lexicon.Lexicon) bool {
	k := m.From - 1
	if k < 3 || !employerPrepositions[toks[k].Folded()] {
		return false
	}
	// a given name and a surname, inside the sentence: not a noun that
	// opens it ("Shares of Quorvex") nor a German noun after its article
	// ("Die Aktionäre von Quorvex", "wo die Aktionäre von")
	given, surname := toks[k-2], toks[k-1]
	for _, t := range []segment.Token{given, surname} {
		if !t.Cap() || t.Punct() || lex.HasFolded(lexicon.Title, t.Folded()) {
			return false
		}
	}
	return !toks[k-3].Punct() || toks[k-3].Text() == ","
}

var employerPrepositions = set("of at di de von bei chez")

// latter: the sentence points at the company named last ("The latter
// announced"), wherever it stood.
func latter(toks []segment.Token) bool {
	for _, t := range toks {
		if latterWords.Has(t.Folded()) {
			return true
		}
	}
	return false
}

var latterWords = lists.SetOf(set("latter ultimo ultima letzterer letztere dernier derniere"))

// latterOpens: the sentence opens with "the latter" as its subject ("The
// latter announced", "Esta última anunció", "Quest'ultima ha", "Letzterer
// kündigte"); not "In the latter half", "L'an dernier", "Nell'ultimo
// trimestre", nor the German "Letztere", which is as often what is
// bought or cut ("Letztere will der Konzern senken").
func latterOpens(toks []segment.Token) bool {
	var w []string
	for _, t := range toks {
		if !t.Punct() {
			if w = append(w, t.Folded()); len(w) == 2 {
				break
			}
		}
	}
	switch {
	case len(w) == 2 && latterOpeners[w[0]+"_"+w[1]]:
		return true
	case len(w) >= 1 && (w[0] == "letzterer" || strings.HasPrefix(w[0], "quest") && strings.Contains(w[0], "ultim")):
		return true // "Quest'ultima", one word as the apostrophe joins it
	}
	return false
}

var latterOpeners = set(`the_latter esta_ultima este_ultimo quest_ultima quest_ultimo`)

func set(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

func number(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

var prepositions = func() map[string]bool {
	m := map[string]bool{}
	// not the genitives (of, di, de, du, von, van): "the second attempt
	// of FCA", "a takeover attempt by Kraft Heinz" name who acts
	for _, w := range strings.Fields(`to from with for into on at in
		a al alla allo ai agli da dal dalla con per su sul sulla
		desde por para en
		au aux avec par pour sur chez
		an zu zum zur mit fur bei aus uber
		voor met bij`) {
		m[w] = true
	}
	return m
}()

// sideBefore is the side an anaphor's deal f, in sentence si, leaves
// unsaid, as the article's reports so far (out) give it; "" when they do
// not.
func sideBefore(f deals.Found, out []report, toks [][]segment.Token, bySentence [][]deals.Mention, si int, lang string, lex *lexicon.Lexicon) string {
	n := len(out)
	if f.Bought && n > 0 && out[n-1].sentence >= si-2 && out[n-1].guessed != "" && out[n-1].Bought && !slices.Contains(f.Parties, out[n-1].guessed) {
		// "Die Swiss wurde 2005 übernommen. ... Brussels Airlines wurde
		// 2016 geschluckt": a run of purchases by one buyer
		return out[n-1].guessed
	}
	if buyer := buyerOfAdded(toks[si], bySentence[si], out); buyer != "" && !slices.Contains(f.Parties, buyer) {
		// "Oltre a Elpida, nel 2010 aveva acquistato Numonyx": the one
		// that bought Elpida
		return buyer
	}
	if side := roleSide(toks, bySentence, si, out, lang, lex, false); side != "" && !slices.Contains(f.Parties, side) {
		// "La venta contrasta con la estrategia que el vendedor ha
		// seguido. En 2015 compró ...": the seller of the article's deal
		return side
	}
	if f.Bought {
		return knownBuyer(bySentence, si, f.Parties, out)
	}
	if n > 0 && out[n-1].sentence == si && out[n-1].guessed != "" && !slices.Contains(f.Parties, out[n-1].guessed) {
		// "Elle a racheté X en 2012, puis la chaîne Y en 2017": one
		// subject for the sentence's deals
		return out[n-1].guessed
	}
	return ""
}

// toldInFull is the side an anaphor's deal f leaves unsaid when another
// deal read in its sentence names it: one of the same type whose acting
// side (its first party) is the one more it names ("Veltraco's largest
// ..., when it agreed to buy Daxmoor" reads as a takeover by Veltraco and
// as "it" buying Daxmoor). Not a buyer in a sale, nor a target: "se
// desprendió de Tele2 Norway, que pasó a manos de TeliaSonera" does not
// make TeliaSonera the seller; nor another year's ("In 2020 it bought
// Ambrelle, which Daxmoor had acquired in 2012"). "" when there is none.
func toldInFull(found []deals.Found, f deals.Found) string {
	for _, g := range found {
		if g.Anaphor || g.Lone || g.Type != f.Type || len(g.Parties) != len(f.Parties)+1 || yearsDiffer(g.Date, f.Date) {
			continue
		}
		if acting := g.Parties[0]; !slices.Contains(f.Parties, acting) && subset(f.Parties, g.Parties[1:]) {
			return acting
		}
	}
	return ""
}

// buyerOfAdded is the buyer, in a deal the article told before, of the
// company a sentence opens by adding ("Besides Elpida, ..."); "" when
// there is none.
func buyerOfAdded(toks []segment.Token, ms []deals.Mention, out []report) string {
	if !deals.Added(toks, ms) {
		return ""
	}
	added := ms[0].Company
	for i := len(out) - 1; i >= 0; i-- {
		if r := &out[i]; r.Buyer != "" && r.Buyer != added && slices.Contains(r.Parties, added) {
			return r.Buyer
		}
	}
	return ""
}

// roleSide is a side of the article's first deal that a sentence calls
// by its role, the subject si leaves unsaid going on from it: the target
// ("La cible n'est pas novice, puisqu'elle avait racheté 32Red"), the seller
// ("La venta contrasta con la estrategia que el vendedor ha seguido. En
// 2015 compró ...") or the buyer ("The buyer has mostly grown through
// smaller purchases; in 1998 it bought ..."). The role is read in the
// sentence before si when that names no company (unless own: only si's
// own role is asked), or opening si itself. "" when neither calls one.
func roleSide(toks [][]segment.Token, bySentence [][]deals.Mention, si int, out []report, lang string, lex *lexicon.Lexicon, own bool) string {
	var deal *report
	for i := range out {
		if len(out[i].Parties) < 2 {
			continue
		}
		if out[i].Buyer != "" {
			deal = &out[i]
			break
		}
		if out[i].Type == model.Acquisition {
			// "Breedon Group ha annunciato l'acquisizione di una parte
			// delle attività di Cemex", "Brindle to be acquired for $2
			// billion": a purchase whose buyer no word marked, read from
			// its sentence (unmarkedBuyer)
			lead := out[i]
			lead.Buyer = unmarkedBuyer(&lead, toks[lead.sentence], bySentence[lead.sentence])
			deal = &lead
			break
		}
		if out[i].Type == model.Divestiture {
			// "la cessione della propria divisione di resine alla
			// britannica Synthomer": a sale whose buyer is the company it
			// goes to
			if b := saleRecipient(&out[i], toks[out[i].sentence], bySentence[out[i].sentence], lang, lex); b != "" {
				lead := out[i]
				lead.Buyer = b
				deal = &lead
				break
			}
		}
	}
	if deal == nil {
		return ""
	}
	role := func(ts []segment.Token, i int) string {
		if i < 1 || i >= len(ts) || !anaphorDeterminers[ts[i-1].Folded()] {
			return ""
		}
		switch f := ts[i].Folded(); {
		case sellerRoles[f]:
			return sellerOf(deal)
		case buyerRoles[f]:
			return deal.Buyer
		case targetRoles[f] && deal.Type == model.Acquisition && !(i+1 < len(ts) && targetOfWhat[ts[i+1].Folded()]):
			// (not "the target of the merger is scale": an aim)
			return notBuyer(deal)
		}
		return ""
	}
	// in si, the role opens the sentence as its subject ("The buyer has
	// ...", "Según el comprador, ..."), not an object ("it paid the
	// seller £20 million for ...")
	at := 1
	for at < len(toks[si]) && at <= 3 && roleOpeners(toks[si][at-1].Folded()) {
		at++
	}
	if side := role(toks[si], at); side != "" && (len(bySentence[si]) == 0 || bySentence[si][0].From > at) {
		return side
	}
	k := si - 1
	if k < 0 || len(bySentence[k]) > 0 || own {
		return "" // a company named there: the subject may be that one
	}
	for i := 1; i < len(toks[k]); i++ {
		if side := role(toks[k], i); side != "" {
			return side
		}
	}
	return ""
}

// unmarkedBuyer reads who buys in purchase r, whose sentence (toks, ms)
// marked no buyer: not a side told as bought ("Brindle to be acquired"), a
// side named after "da parte di" or "by" ("il via libera all'acquisizione
// da parte di Veltraco"), else the side named first.
func unmarkedBuyer(r *report, toks []segment.Token, ms []deals.Mention) string {
	for _, m := range ms {
		if !slices.Contains(r.Parties, m.Company) {
			continue
		}
		if k := m.From - 1; (k >= 0 && buyingAgents[toks[k].Folded()]) || (k >= 2 && toks[k-1].Folded() == "parte" && partOf[toks[k-2].Folded()]) {
			return m.Company // "by Veltraco", "da parte di Veltraco" (not "parte di Brindle": a part of it)
		}
		if k := m.To; k+2 < len(toks) && toks[k].Folded() == "to" && toks[k+1].Folded() == "be" && strings.HasSuffix(toks[k+2].Folded(), "ed") {
			for _, p := range r.Parties {
				if p != m.Company {
					return p
				}
			}
		}
	}
	return r.Parties[0]
}

// saleRecipient is the side of sale r its sentence sells to: the one
// named after the language's word of giving to ("to", "a", "à", "an"),
// with only articles, nationalities and kinds of company between them
// ("alla britannica Synthomer", "to Swedish group Atlas Copco"); "" for
// none, or for two. Not the French "a" (has: "Veltraco a cédé
// Ostravel"), the German "an" of a stake ("seine Beteiligung an
// Ostravel"), nor a "to" or "a" that something else follows ("expects to
// complete the sale of Ostravel", "ha ceduto a sorpresa la controllata
// Ostravel", "a luglio").
func saleRecipient(r *report, toks []segment.Token, ms []deals.Mention, lang string, lex *lexicon.Lexicon) string {
	words := recipientWords[lang]
	found := ""
	for j, m := range ms {
		if !slices.Contains(r.Parties, m.Company) || m.Company == found {
			continue
		}
		for k := m.From - 1; k >= 0 && k >= m.From-4; k-- {
			t := toks[k]
			if j > 0 && k < ms[j-1].To {
				break
			}
			if words[t.Folded()] && !(lang == "fr" && t.Folded() == "a" && t.Text() != "à" && t.Text() != "À") &&
				!(lang == "de" && k > 0 && stakeNoun(toks[k-1].Folded())) {
				if found != "" {
					return ""
				}
				found = m.Company
				break
			}
			f := t.Folded()
			if t.Punct() || !recipientArticles[f] && lex.Nation(f) == "" && !companyKind(f, lex) {
				break
			}
		}
	}
	return found
}

// recipientArticles may stand between a word of giving and the company
// it gives to ("alla britannica", "au groupe").
var recipientArticles = set(`the il lo la l i gli le el los las der die den dem des du un una uno une ein einen einem einer`)

// recipientWords give a thing to someone, by language: a sale's buyer
// follows them.
var recipientWords = map[string]map[string]bool{
	"en": set(`to`),
	"it": set(`a ad al alla allo all ai agli alle`),
	"es": set(`a al`),
	"fr": set(`a au aux`),
	"de": set(`an`),
}

// ofWords tie a thing to whose it is: no buyer comes after them.
var ofWords = set(`of di del della dello dei degli delle de du des von vom`)

// stakeNoun: a German word for a holding, which "an" follows for what it
// is in ("Mehrheitsbeteiligung an Ostravel").
func stakeNoun(folded string) bool {
	return deals.GermanStake(folded) || folded == "aktien" || folded == "mehrheit"
}

// buyingAgents name who acts in a purchase told with no buyer marked
// ("by"; not "da" nor "von", which may be "from", the seller).
var buyingAgents = set("by par por durch seitens")

// partOf open "da parte di" (by) and "por parte de".
var partOf = set("da por")

// sellerOf is the side of a deal that sells: the one who is not the buyer,
// or of a purchase of three parties, the last ("Geely bought Volvo Cars
// from Ford").
func sellerOf(r *report) string {
	if r.Type != model.Divestiture && len(r.Parties) >= 3 {
		return r.Parties[len(r.Parties)-1]
	}
	return notBuyer(r)
}

// notBuyer is the first side of r other than its buyer: of an acquisition,
// the company bought ("Geely bought Volvo Cars from Ford": Volvo Cars).
func notBuyer(r *report) string {
	for _, p := range r.Parties {
		if p != r.Buyer {
			return p
		}
	}
	return ""
}

// targetRoles call the company bought by its role ("La cible n'est pas
// novice: elle avait racheté ..."); not the Spanish "objetivo", as often
// the aim ("El objetivo de la operación es ganar tamaño").
var targetRoles = set(`target cible preda ubernahmeziel zielunternehmen`)

// targetOfWhat follow a target that is an aim, not a company ("the
// target of the deal", "la cible de l'opération").
var targetOfWhat = set(`of de di del della des du der`)

var sellerRoles = set(`seller vendor venditore venditrice cedente vendedor vendedora vendeur cedant verkaufer verkauferin verkoper`)

// accordingTo open a sentence before the one it quotes ("Según el
// comprador", "According to the seller").
var accordingTo = set(`according to segun secondo selon laut per`)

// roleOpeners may stand before a role opening a sentence: "According to
// the seller", "Per l'acquirente è ...", "Para el comprador, ...", "Anche
// l'acquirente ha dovuto fare cassa".
func roleOpeners(folded string) bool {
	return accordingTo[folded] || deals.IsTopicWord(folded) || alsoWords[folded]
}

var alsoWords = set(`also anche auch aussi tambien`)

var buyerRoles = set(`buyer acquirer acquirente compratore comprador compradora acheteur acquereur kaufer kauferin erwerber koper`)

// topicBefore: the sentence opens with a word of topic and the company it
// is about ("For Recipharm, ...", "Für Aixtron ...").
func topicBefore(toks []segment.Token, ms []deals.Mention) bool {
	first := firstMention(ms)
	return len(toks) > 1 && deals.IsTopicWord(toks[0].Folded()) && first != nil && first.From == 1
}

// soleCompanyBefore is the one company the sentence before si names, ""
// when it names none or more than one.
func soleCompanyBefore(bySentence [][]deals.Mention, si int) string {
	if si == 0 {
		return ""
	}
	return soleCompanyIn(bySentence[si-1])
}

// refersToACompany: the sentence tells of a company by what it is (a
// description, a demonym, a business of one).
func refersToACompany(toks []segment.Token, ms []deals.Mention, lang string, lex *lexicon.Lexicon) bool {
	if d, det := anaphorDescriptionAt(toks, ms, lex); d != nil && !slices.ContainsFunc(toks[det:min(det+5, len(toks))], func(t segment.Token) bool { return ownUnitDeterminers[t.Folded()] }) {
		return true // (not "la cession de sa division chimie": its own unit)
	}
	return demonymSubject(toks, ms, lang, lex) != nil || namesABusiness(toks)
}

// namesABusiness: the sentence names a business by a definite article
// and a noun for one, or a compound ending in one ("des US-Geschäfts",
// "the unit", "la divisione"): a business of a company it does not name
// (not "its chemicals unit", "a packaging business").
func namesABusiness(toks []segment.Token) bool {
	for k := 1; k < len(toks); k++ {
		if definiteArticles[toks[k-1].Folded()] && businessNoun(toks[k].Folded()) {
			return true
		}
	}
	return false
}

// businessNoun: f is a noun for a company's business, or a compound
// ending in one ("us-geschafts", "chemiesparte").
func businessNoun(f string) bool {
	for _, e := range businessEndings {
		if f == e || strings.HasSuffix(f, "-"+e) || strings.HasSuffix(f, " "+e) || germanCompoundEnd(e) && strings.HasSuffix(f, e) {
			return true
		}
	}
	return false
}

// germanCompoundEnd: German writes the noun e at the end of compounds
// ("Chemiesparte").
func germanCompoundEnd(e string) bool { return strings.HasPrefix(e, "geschaft") || e == "sparte" }

var businessEndings = []string{"business", "businesses", "unit", "division", "operations", "activities",
	"attivita", "divisione", "negocio", "negocios", "activites", "activite",
	"geschaft", "geschafts", "geschafte", "sparte"}

var ownUnitDeterminers = set(`its their sa son ses leur leurs sua suo sue suoi su sus sein seine seiner seinen seinem ihr ihre ihrer ihren ihrem`)

var definiteArticles = set(`the il lo la l i gli le el los las del della dello dei degli delle al alla nel nella nello dal dalla du des au aux der die das des dem den im zum zur vom beim`)

// soleCompanyIn is the one company the mentions name, "" for none or
// more.
func soleCompanyIn(ms []deals.Mention) string {
	if len(ms) == 0 {
		return ""
	}
	c := ms[0].Company
	for _, m := range ms {
		if m.Company != c {
			return ""
		}
	}
	return c
}

// knownBuyer is a company named in the three sentences before si, other
// than those except, that an earlier report of the article names as a
// buyer.
func knownBuyer(bySentence [][]deals.Mention, si int, except []string, earlier []report) string {
	buyers := map[string]bool{}
	for _, r := range earlier {
		if r.Buyer != "" {
			buyers[r.Buyer] = true
		}
	}
	for k := si - 1; k >= 0 && k >= si-3; k-- {
		for _, m := range bySentence[k] {
			if buyers[m.Company] && !slices.Contains(except, m.Company) {
				return m.Company
			}
		}
	}
	return ""
}

// mentionCounts is how many of the mentions name each company.
func mentionCounts(ms []names.Mention) map[string]int {
	count := map[string]int{}
	for _, m := range ms {
		count[m.Company]++
	}
	return count
}

// mostNamed is the company an article names most, apart from some.
func mostNamed(count map[string]int, order []string, except []string) string {
	best := ""
	for _, c := range order {
		if !slices.Contains(except, c) && count[c] > count[best] {
			best = c
		}
	}
	return best
}

func companies(found names.Result) []model.Company {
	out := make([]model.Company, 0, len(found.Companies))
	for _, c := range found.Companies {
		out = append(out, model.Company{Name: c.Name, Aliases: c.Aliases, Mentions: c.Mentions})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// echoed adds, for a deal one article tells between two named companies,
// the sentence of another outlet of the story that names both and no other
// company but the deal's, and no other year than the deal's, beside a
// deal word of the deal's kind, where that outlet read no
// deal from the sentence and joins the two in none: the same deal, told in
// words the sentence reading missed. Two companies each named in more
// than four articles are no one story's, and are left alone: the search
// then costs the few articles of the rarer one.
func echoed(articles []model.Article, rs []report, docs []names.Doc, mentions [][]names.Mention, lex *lexicon.Lexicon) []report {
	const story = 4 // the most articles one story is told by
	// the articles naming each company, in order: an article's companies
	// are those of its mentions, each once
	byCompany := model.PerCompany(articles, func(i int) int { return i })
	// what each article's reports already join, and the sentences read,
	// are asked of the few articles searched: read from their reports
	// then, not kept for every report in maps
	n := len(rs)
	ofArticle := reportsByArticle(rs, len(articles))
	joinedIn := func(ai int, a, b string) bool {
		return slices.ContainsFunc(ofArticle[ai], func(k int) bool { return joins(rs[k].Parties, a, b) })
	}
	told := func(ai, si int) bool {
		return slices.ContainsFunc(ofArticle[ai], func(k int) bool { return rs[k].sentence == si })
	}
	type pairIn struct {
		article int
		a, b    string
	}
	// an echo of one name takes a sentence no other echo took: two deals
	// of one company, each told by the other outlets, and one sentence
	// naming it in that year, tell one of them
	echoedAt := map[[2]int]bool{}
	toldOrEchoed := func(ai, si int) bool { return echoedAt[[2]int{ai, si}] || told(ai, si) }
	echoes := map[pairIn]bool{}               // the pairs the echoes found join, in their article
	bySentence := map[int][][]deals.Mention{} // of the articles searched, grouped once
	for i := 0; i < n; i++ {
		r := rs[i]
		if r.guessed != "" || r.Generic || len(r.Parties) < 2 {
			continue
		}
		a, b := r.Parties[0], r.Parties[1]
		as, bs := byCompany[a], byCompany[b]
		if len(as) > story && len(bs) > story {
			continue // a pair many articles may name: no one story
		}
		for _, ai := range as {
			if ai == r.article || !slices.Contains(bs, ai) || joinedIn(ai, a, b) || echoes[pairIn{ai, a, b}] {
				continue
			}
			if bySentence[ai] == nil {
				bySentence[ai] = mentionsBySentence(mentions[ai], len(docs[ai].Sentences))
			}
			s, ok := echoIn(docs[ai], bySentence[ai], told, ai, r, a, b)
			both := ok
			if !ok {
				s, ok = datedEchoIn(docs[ai], bySentence[ai], toldOrEchoed, ai, r, a, b, lex)
			}
			if ok {
				e := r
				e.article, e.sentence, e.Evidence = ai, s, docs[ai].Sentences[s]
				e.Value, e.Date, e.headline = nil, "", false
				e.unnamed = !both // a sentence naming one company leaves the other to its article
				rs = append(rs, e)
				echoes[pairIn{ai, a, b}], echoes[pairIn{ai, b, a}] = true, true
				echoedAt[[2]int{ai, s}] = true
			}
		}
	}
	return rs
}

// reportsByArticle lists, for each of the articles, the indexes in rs of
// its reports, in one array cut in parts.
func reportsByArticle(rs []report, articles int) [][]int {
	starts := make([]int, articles+1)
	for i := range rs {
		starts[rs[i].article+1]++
	}
	for ai := range articles {
		starts[ai+1] += starts[ai]
	}
	all := make([]int, len(rs))
	next := slices.Clone(starts[:articles])
	for k := range rs {
		ai := rs[k].article
		all[next[ai]] = k
		next[ai]++
	}
	out := make([][]int, articles)
	for ai := range out {
		out[ai] = all[starts[ai]:starts[ai+1]:starts[ai+1]]
	}
	return out
}

// joins: a and b are two parties of ps, at two places (a report naming
// one company twice joins it with itself).
func joins(ps []string, a, b string) bool {
	for i, p := range ps {
		for _, q := range ps[i+1:] {
			if p == a && q == b || p == b && q == a {
				return true
			}
		}
	}
	return false
}

// echoIn is the first sentence of doc (article ai), none read a deal
// from, that names a and b and no other company but r's parties, and no
// year but r's, beside a deal word of r's kind.
func echoIn(doc names.Doc, bySentence [][]deals.Mention, told func(ai, si int) bool, ai int, r report, a, b string) (int, bool) {
	for si, sms := range bySentence {
		if doc.Headings[si] || told(ai, si) || !namesBoth(sms, a, b, r.Parties) || otherYearIn(doc.Tokens[si], when.Year(r.Date)) {
			continue
		}
		if slices.ContainsFunc(deals.KindsIn(doc.Tokens[si]), func(k string) bool { return k != "" && typeClass(k) == typeClass(r.Type) }) {
			return si, true
		}
	}
	return 0, false
}

// datedEchoIn is the first sentence of doc (article ai), none read a deal
// from, that names one of a and b and no other company but r's parties,
// and the year of r, beside a deal word of r's kind: the same deal, its
// other side said by what it is ("En 2014, ses sauces ... avaient été
// reprises par le japonais Mizkan", "2017 hatte der Konzern den
// Spezialisten Precision Planting gekauft"). The article names both (see
// echoed); the year stands for the second name, so r must have one.
func datedEchoIn(doc names.Doc, bySentence [][]deals.Mention, told func(ai, si int) bool, ai int, r report, a, b string, lex *lexicon.Lexicon) (int, bool) {
	year := when.Year(r.Date)
	if year == 0 {
		return 0, false
	}
	for si, sms := range bySentence {
		if len(sms) == 0 || doc.Headings[si] || told(ai, si) || !namesOneOf(sms, a, b, r.Parties) || !statesYear(doc.Tokens[si], year) || unnamedCounterpart(doc.Tokens[si], lex) {
			continue
		}
		if slices.ContainsFunc(deals.KindsIn(doc.Tokens[si]), func(k string) bool { return k != "" && typeClass(k) == typeClass(r.Type) }) {
			return si, true
		}
	}
	return 0, false
}

// typedAsTheFirst gives a deal told only as "a second deal" ("The Polish
// group also signed a second 20-year deal with Port Arthur LNG", "un
// secondo accordo", "einen weiteren Vertrag") the type of the article's
// deal before it with a party of its own: another of the same kind. Left
// generic, a deal no report names the kind of is not listed.
func typedAsTheFirst(out []report, doc names.Doc) {
	for i := range out {
		r := &out[i]
		if !r.Generic || r.Status != model.Announced && r.Status != model.Completed || !secondOfAKind(doc.Tokens[r.sentence]) {
			continue
		}
		for k := i - 1; k >= 0; k-- {
			o := &out[k]
			if !o.Generic && o.sentence < r.sentence && overlap(o.Parties, r.Parties) > 0 {
				if agreements[o.Type] {
					r.Type, r.Generic = o.Type, false
				}
				break // (a purchase or a sale before: "another contract" is none)
			}
		}
	}
}

// agreements are the kinds of deal an agreement, a contract, is: what "a
// second deal" after one of them is too.
var agreements = map[string]bool{model.Supply: true, model.Licensing: true, model.Partnership: true, model.JointVenture: true}

// secondOfAKind: the sentence tells of "a second", "another", "a
// further" or "a similar" deal: an article and such a word within the
// three words before a deal noun, not after "in" ("In another deal, ...").
func secondOfAKind(toks []segment.Token) bool {
	for i := 1; i+1 < len(toks); i++ {
		if !secondWords[toks[i].Folded()] || !indefinites[toks[i-1].Folded()] && toks[i].Folded() != "another" {
			continue
		}
		open := i // the word the phrase opens on: "another", or the article
		if indefinites[toks[i-1].Folded()] {
			open = i - 1
		}
		if open > 0 && inWords[toks[open-1].Folded()] {
			continue // "In another deal, ...": a different one
		}
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if len(deals.KindsIn(toks[k:k+1])) > 0 {
				return true
			}
		}
	}
	return false
}

var inWords = set(`in nel nell en dans im bei`)

var secondWords = set(`second another further similar secondo seconda altro altra ulteriore
	segundo segunda otro otra deuxieme seconde autre zweiten zweite zweites weiteren weitere weiteres`)

// unnamedCounterpart: the sentence tells of a company by an indefinite
// description ("a Brazilian rival", "un groupe chinois", "a private
// equity firm"): its deal is with that one, not with the company the
// sentence leaves unnamed.
func unnamedCounterpart(toks []segment.Token, lex *lexicon.Lexicon) bool {
	for i, t := range toks {
		if !indefinites[t.Folded()] {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+4 && !toks[k].Punct(); k++ {
			if companyKind(toks[k].Folded(), lex) && len(deals.KindsIn(toks[k:k+1])) == 0 {
				return true // (not "ein Gemeinschaftsunternehmen": the deal itself)
			}
		}
	}
	return false
}

var indefinites = set(`a an un une uno una ein eine einen einem einer`)

// namesOneOf: the sentence names a or b, not both, and no other company
// but the deal's parties.
func namesOneOf(ms []deals.Mention, a, b string, parties []string) bool {
	hasA, hasB, only := pairNamed(ms, a, b, parties)
	return only && hasA != hasB
}

// pairNamed tells whether the sentence names a and b, and whether it
// names only the deal's parties (a, b and parties).
func pairNamed(ms []deals.Mention, a, b string, parties []string) (hasA, hasB, only bool) {
	for _, m := range ms {
		if m.Company != a && m.Company != b && !slices.Contains(parties, m.Company) {
			return false, false, false
		}
		hasA = hasA || m.Company == a
		hasB = hasB || m.Company == b
	}
	return hasA, hasB, true
}

// statesYear: the sentence names year as the date of one of its events,
// and no other such year.
func statesYear(toks []segment.Token, year int) bool {
	found := false
	for k, t := range toks {
		if y := when.Year(t.Text()); len(t.Text()) == 4 && y >= 1900 && y < 2100 && !yearOfAnother(toks, k) {
			if y != year {
				return false
			}
			found = true
		}
	}
	return found
}

// otherYearIn: the sentence names a year, and not year (a deal of that
// year): "Im Januar 2018 hatten beide Seiten eine Fusion verkündet" tells
// no deal of 2019. False when year is 0, unknown, and for the years told
// of something else (yearOfAnother).
func otherYearIn(toks []segment.Token, year int) bool {
	if year == 0 {
		return false
	}
	other := false
	for k, t := range toks {
		if y := when.Year(t.Text()); len(t.Text()) == 4 && y >= 1900 && y < 2100 {
			if y == year {
				return false
			}
			other = other || !yearOfAnother(toks, k)
		}
	}
	return other
}

// yearOfAnother: the year at k is told of something else than an event
// of the sentence, within three words after a word of founding, of since
// or by, or of a fiscal year ("Quorvex, founded in 1999", "in fiscal
// 2012"): it dates no deal.
func yearOfAnother(toks []segment.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if otherYearWords[toks[j].Folded()] {
			return true
		}
	}
	return false
}

var otherYearWords = set(`founded established created since by fiscal
	fondata fondato fondate creata creato dal fino esercizio
	fundada fundado creada creado desde hasta ejercicio
	gegrundet seit bis geschaftsjahr
	fondee fonde creee cree depuis exercice`)

// namesBoth: the sentence names a and b, and no other company but the
// deal's parties ("Vivendi avait racheté See Tickets en 2011 au fonds
// Parcom Capital": the seller too).
func namesBoth(ms []deals.Mention, a, b string, parties []string) bool {
	hasA, hasB, only := pairNamed(ms, a, b, parties)
	return only && hasA && hasB
}

// opensSentenceBefore: the sentence before si opens with company c, its
// subject ("Daxmoor has been the busiest buyer. Last year it bought
// Ambrelle"): the one a following "it" goes on with, however seldom named.
func opensSentenceBefore(bySentence [][]deals.Mention, si int, c string) bool {
	if si == 0 {
		return false
	}
	ms := bySentence[si-1]
	return len(ms) > 0 && ms[0].From == 0 && ms[0].Company == c
}

// sameOne: the sentence refers to a company as "the same" one ("lo
// stesso gruppo", "the same company", "derselbe Konzern"): the one just
// named, however seldom the article names it.
func sameOne(toks []segment.Token, lex *lexicon.Lexicon) bool {
	for i := 0; i+1 < len(toks); i++ {
		if sameWords[toks[i].Folded()] && companyKind(toks[i+1].Folded(), lex) {
			return true
		}
	}
	return false
}

var sameWords = set("same stesso stessa mismo misma meme derselbe dieselbe dasselbe denselben demselben")

// pairSubject is the company of the article's main pair that a sentence
// leaves unsaid, in place of one the article names only once: for a
// sentence that names its buyer (bought), the one bought in the first
// deal told of the pair, else that deal's buyer; with no such deal, the
// one of the two named last before si. It is "" when the pair is unknown,
// or when the sentence names one of the pair: its deal with a third is one
// of its own, which the pair's other would make the article's.
func pairSubject(pair []string, out []report, bySentence [][]deals.Mention, si int, named []string, bought bool) string {
	inPair := func(c string) bool { return slices.Contains(pair, c) }
	if len(pair) < 2 || slices.ContainsFunc(named, inPair) {
		return ""
	}
	for _, r := range out {
		if r.Buyer == "" || !inPair(r.Buyer) {
			continue
		}
		c := r.Buyer
		if bought {
			c = notBuyer(&r)
		}
		if !inPair(c) {
			break
		}
		return c // (the sentence names neither of the pair: not c)
	}
	for k := si - 1; k >= 0; k-- {
		for _, m := range bySentence[k] {
			if inPair(m.Company) {
				return m.Company
			}
		}
	}
	return ""
}
