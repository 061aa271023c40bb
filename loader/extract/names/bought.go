package names

import (
	"dealwire/loader/extract/lexicon"
	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/segment"
)

// A firm named after a person ("Jimmy Choo", "Karen Millen") reads as a
// person's name wherever nothing else is said of it; what tells it is a
// firm is that a company buys it. The readings here say when a name is
// bought.

// boughtName: the name is what a company buys, or buys a part of: it
// follows a verb of buying ("had bought Jimmy Choo", "ha acquistato la
// portoghese Ricardo Gallo"), a purchase's noun ("the acquisition of
// Jimmy Choo"), a share's noun ("a stake in Erik Buell Racing", "la
// maggioranza della britannica Charlotte Tilbury") or a price paid for it
// ("paid 18.2 million pounds for Karen Millen"), past an article and a
// nationality written in lower case. Firms are named after people, and
// people are hired, not bought; a player is, though ("bought Cristiano
// Ronaldo from Real Madrid"), so such a name only needs more evidence than
// another (evidence.bought). Not a possessive ("John Smith's stake"), nor
// a name the verb does not take: one after an object pronoun or a
// relative ("lo ha comprado Juan Pérez", "qu'a racheté Pierre Martin":
// the buyer), one that goes on with an article or "as" ("bought John
// Smith a drink", "acquired Peter Smith as chief executive"), nor "newly
// acquired Peter Smith". Not in German, whose verb may open a clause
// before its subject ("übernahm Peter Müller die Leitung").
func (r *recognizer) boughtName(lang string, toks []segment.Token, sp span) bool {
	if lang == "de" || toks[sp.to-1].Poss() {
		return false
	}
	if sp.to < len(toks) && !toks[sp.to].Punct() {
		next := toks[sp.to].Folded()
		if r.companyNoun(next) || notTheObject.Has(next) || lang != "en" && recipientArticles.Has(next) {
			// "to buy Franco-Spanish rival Altadis": the name describes
			// the company after it; "compró Juan Pérez el 30%": he buys
			return false
		}
	}
	for _, t := range toks {
		if sportsCues.Has(t.Folded()) {
			return false // a club buys players: "bought Cristiano Ronaldo from Real Madrid CF"
		}
	}
	for j := sp.to; j < len(toks) && j < sp.to+6; j++ {
		if hiredCues.Has(toks[j].Folded()) {
			return false // "paid $650 million for Mustafa Suleyman and most of Quorvex's staff": hired
		}
	}
	k := sp.from - 1
	nationality := k > 0 && !toks[k].Cap() && r.lex.HasFolded(lexicon.Demonym, toks[k].Folded())
	if nationality {
		k--
	}
	article := k > 0 && recipientArticles.Has(toks[k].Folded())
	if article {
		k--
	}
	if k < 1 || toks[k].Punct() {
		return false
	}
	f, before := toks[k].Folded(), toks[k-1].Folded()
	switch {
	case buyingVerbs.Has(f):
		for j := k - 1; j >= 0 && j >= k-2; j-- {
			if g := toks[j].Folded(); asWords.Has(g) || objectBefore.Has(g) {
				return false // "as John Smith noted", "lo ha comprado Juan Pérez", "newly acquired"
			}
		}
		return true
	case priceFor.Has(f) && amountWithin(toks, k-3, k):
		// "paid 18.2 million pounds for Karen Millen"; not "a $10
		// million pay package for Tim Cook", paid to him, nor "for Tom
		// Brady to appear in its ads"
		if sp.to < len(toks) && toks[sp.to].Folded() == "to" {
			return false
		}
		for j := k - 1; j >= 0 && j >= k-6; j-- {
			if payingVerbs.Has(toks[j].Folded()) {
				return true
			}
		}
		return false
	case purchaseNouns.Has(before) && ofLinks.Has(f):
		// "the acquisition of Jimmy Choo", "l'acquisizione di X": in deal
		// news the company bought, though "de", "di" may say whose ("la
		// compra de Amancio Ortega", his, reads as bought too)
		return true
	case wholeNouns.Has(before) && ofLinks.Has(f):
		// "a majority of Charlotte Tilbury"; in the Romance languages
		// only what a verb takes ("se hizo con la mayoría de X"), not
		// "il controllo di Mario Rossi", his
		return lang == "en" || nationality || article || takenBefore(toks, k-1)
	case (wholeNouns.Has(before) || stakeNouns.Has(before)) && inLinks.Has(f):
		return true // "a stake in Erik Buell Racing"
	case stakeNouns.Has(before) && ofLinks.Has(f):
		return nationality || article // "la quota della britannica X"; "the stake of John Smith" is his
	}
	return false
}

// takenBefore: a verb of buying or taking stands within four words before
// the share's noun at k ("se hizo con la mayoría", "ha rilevato il
// controllo").
func takenBefore(toks []segment.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if toks[j].Punct() {
			return false
		}
		if f := toks[j].Folded(); buyingVerbs.Has(f) || takingVerbs.Has(f) {
			return true
		}
	}
	return false
}

// takingVerbs take a share of a company, beside buyingVerbs, folded.
var takingVerbs = lists.SetOf(set(`took taken takes hizo hace hecho tomo toma tomado rilevato rileva preso prende pris prend rachete`))

// payingVerbs pay a price for what is bought, folded.
var payingVerbs = lists.SetOf(set(`paid pays paying pagato pagare pago pagara pagar pagado paye payer payera`)) // not "pay", "paga": a wage too

// buyingVerbs are the forms of buying that take the bought company right
// after them, folded. Not the noun "purchase", nor "rilevare" (also "to
// note", "to take over from" a man).
var buyingVerbs = lists.SetOf(set(`bought buy buys buying acquired acquire acquires acquiring purchased
	acquistato acquistare acquisito acquisire comprato comprare
	adquirio adquirir adquirido compro comprar comprado
	rachete racheter achete acheter acquis acquerir`))

// asWords open a clause of reporting ("come ha rilevato", "as noted").
var asWords = lists.SetOf(set(`come as como comme`))

// objectBefore are the words before a verb of buying (or its auxiliary)
// that show the name after it is not what is bought: an object pronoun or
// a relative standing for it ("lo ha comprado Juan Pérez", "que compró
// Juan Pérez", "qu'a racheté", "la quota che ha acquistato Mario Rossi"),
// or an adverb making a participle of it ("newly acquired Peter Smith").
var objectBefore = lists.SetOf(set(`lo la l l' le li les che cui quanto que qu qu' newly recently`))

// sportsCues in a sentence tell of players bought, folded.
var sportsCues = lists.SetOf(set(`fc cf ac club clubs football soccer calcio futbol player players striker midfielder defender goalkeeper transfer
	giocatore giocatori attaccante centrocampista difensore portiere calciomercato jugador jugadores delantero fichaje
	joueur joueurs attaquant milieu gardien footballeur`))

// hiredCues just after a name tell of people hired with their team (an
// acqui-hire), not a firm bought: "Mustafa Suleyman and his team". Only
// there: a firm is bought with its staff too ("together with the brand's
// 535 employees").
var hiredCues = lists.SetOf(set(`staff team talent engineers researchers personale squadra equipo plantilla equipe chercheurs ingenieurs`))

// notTheObject, after the name, shows the verb did not take it: "bought
// John Smith a drink", "acquired Peter Smith as chief executive".
var notTheObject = lists.SetOf(set(`a an as un una une come como comme`))

// purchaseNouns, wholeNouns and stakeNouns come before the preposition
// that joins a company bought to them.
var (
	purchaseNouns = lists.SetOf(set(`acquisition takeover purchase acquisizione acquisto adquisicion compra rachat`))
	wholeNouns    = lists.SetOf(set(`majority control maggioranza controllo mayoria majorite controle`))
	stakeNouns    = lists.SetOf(set(`stake quota participacion participation partecipazione`))
	ofLinks       = lists.SetOf(set(`of di della del dello dell de du des`))
	inLinks       = lists.SetOf(set(`in dans en`))
)
