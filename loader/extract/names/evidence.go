package names

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"dealwire/loader/extract/lexicon"
	"dealwire/loader/extract/lists"
	"dealwire/loader/extract/money"
	"dealwire/loader/extract/segment"
	"dealwire/model"
)

// spanWords appends to out the words of a span, folded, without
// punctuation.
func spanWords(out []string, toks []segment.Token, sp span) []string {
	for _, t := range toks[sp.from:sp.to] {
		if !t.Punct() {
			if f := t.Folded(); f != "" {
				out = appendFoldedWords(out, f)
			}
		}
	}
	return out
}

// person reports a span that names a person: a given name followed by
// more name words, a title beside it, or the surname of someone the
// article already named. People it finds are remembered for the doc, and
// so are the names an apposition showed to be firms ("Crystal Decisions,
// maker of ..."), which are then no person's anywhere in it. A name read
// as a person's that a company buys (boughtName) is reported as bought
// instead: a firm named after someone, or a player.
func (r *recognizer) person(doc *Doc, toks []segment.Token, sp span, people, firms map[string]bool) (person, bought bool) {
	if sp.known != nil || firms[sp.key] {
		return false, false
	}
	// on the stack for all but the longest names: this is asked of most
	// mentions of the corpus
	var buf [8]string
	words := spanWords(buf[:0], toks, sp)
	if len(words) == 0 {
		return false, false
	}
	if n := len(words); n >= 3 && generational[words[n-1]] {
		words = words[:n-1] // "Edgar Bronfman Jr": the surname is Bronfman
	}
	last := words[len(words)-1]
	if len(words) == 1 && people[last] {
		return true, false
	}
	if familyWord(toks, sp.from-1) || sp.to < len(toks) && familyWords.Has(toks[sp.to].Folded()) || siblings(toks, sp) {
		return true, false // "la famiglia Agnelli", "the Murdoch family", "the Barclay brothers": people
	}
	if r.givenNameAndParticleBefore(toks, sp.from) {
		people[last] = true
		return true, false // "Marc de Garidel", "Ursula von der Leyen"
	}
	if len(words) >= 2 && surnameParticleAfter(toks, sp.to) {
		people[last] = true
		return true, false // "Saad Sherida al-Kaabi", "Mohammed bin Salman"
	}
	// (a given name in the possessive opens no person's name: "David's
	// Bridal", nor one joined by "&": "Carolina Power & Light")
	isPerson := len(words) >= 2 && !toks[sp.from].Poss() && !ampersandIn(toks, sp) && r.lex.HasFolded(lexicon.GivenName, words[0]) && !r.lex.HasFolded(lexicon.NameWord, last) && !r.lex.HasFolded(lexicon.LegalSuffix, last) &&
		!r.tooLongForAPerson(toks, sp, words)
	if isPerson && (r.companyApposition(toks, sp.to) || (r.kindOfCompanyBefore(toks, sp.from) || r.compoundKindBefore(toks, sp.from)) && !agentNouns.Has(toks[sp.from-1].Folded()) && !r.titleOfKind(toks, sp.from-1)) {
		// "Crystal Decisions, maker of the Crystal Reports tool", "the
		// British make-up label Charlotte Tilbury"
		firms[sp.key] = true
		return false, r.boughtName(doc.Lang, toks, sp) // (its sale still counts: "se hizo con Charlotte Tilbury, la marca británica")
	}
	if isPerson && r.boughtName(doc.Lang, toks, sp) {
		return false, true // "had bought Jimmy Choo": a firm, or a player
	}
	if !isPerson && len(words) >= 2 && len(words) <= 3 && !r.lex.HasFolded(lexicon.NameWord, last) && !r.lex.HasFolded(lexicon.LegalSuffix, last) {
		isPerson = r.titleBefore(toks, sp.from, 2) || r.titleAfterComma(toks, sp.to)
	}
	if isPerson {
		people[last] = true
	}
	return isPerson, false
}

// tooLongForAPerson: the name runs to four words or more, some of them
// words of the language, none joined by a hyphen ("Anne-Sophie
// Gervais-Lachapelle") nor a place ("Hong Kong Li Ka"), and says
// nothing: no person's name, but a firm's named after one ("John Frieda
// Professional Hair Care").
func (r *recognizer) tooLongForAPerson(toks []segment.Token, sp span, words []string) bool {
	if len(words) < 4 || r.titleOpens(words, 0, len(words)) || sp.to < len(toks) && speech.Has(toks[sp.to].Folded()) {
		return false // "Juan Carlos García Sánchez said": who speaks
	}
	// a firm's name goes on in words of the language ("Professional Hair
	// Care"); a person's in more given names and surnames ("Mary
	// Elizabeth Smith Jones")
	common := false
	for _, w := range words[2:] {
		common = common || r.lower[w] || r.lex.HasFolded(lexicon.NameWord, w) || r.lex.HasFolded(lexicon.CompanyNoun, w)
	}
	if !common {
		return false
	}
	for k := sp.from; k < sp.to; k++ {
		if strings.Contains(toks[k].Text(), "-") {
			return false
		}
	}
	for k := 0; k+1 < len(words); k++ {
		if r.lex.HasFolded(lexicon.Place, words[k]) || r.lex.HasFolded(lexicon.Place, words[k]+" "+words[k+1]) {
			return false
		}
	}
	return true
}

// agentNouns are company nouns a person may be called by too ("the
// activist investor Carl Icahn", "its rival Peter Lynch").
var agentNouns = lists.SetOf(set(agentNounList))

const agentNounList = `investor investors investitore inversor investisseur buyer seller bidder acquirer rival rivale competitor concorrente competidor concurrent konkurrent
	partner owner founder target holding developer producer publisher broker lender retailer dealer trader
	adviser advisor courtier industriel armateur armatore armador chimiste verrier papetier
	detaillant dettagliante prestataire grossista`

// ampersandIn: an "&" joins the name's words, as it joins partners'
// names in a firm's ("Procter & Gamble"), never a person's.
func ampersandIn(toks []segment.Token, sp span) bool {
	for _, t := range toks[sp.from:sp.to] {
		if t.Text() == "&" {
			return true
		}
	}
	return false
}

// companyApposition: a comma after the name, then, past an article, a
// company noun heading the phrase within three lower-case words or
// nationalities ("Crystal Decisions, maker of ...", "Alka Forsikring, a
// Danish insurer", "Franco Vago, the Italian forwarder"; not "Jane
// Holloway, founder of the company").
func (r *recognizer) companyApposition(toks []segment.Token, to int) bool {
	if to+1 >= len(toks) || toks[to].Text() != "," {
		return false
	}
	k := to + 1
	if articles.Has(toks[k].Folded()) || toks[k].Folded() == "an" {
		k++
	}
	// the apposition's head: "founder of the company" is a person
	// (a place may stand before the head as a nationality does: "the
	// Paris fashion house")
	for end := k + 3; k < len(toks) && k < end && !toks[k].Punct() && (!toks[k].Cap() || r.lex.HasFolded(lexicon.Demonym, toks[k].Folded()) || r.lex.HasFolded(lexicon.Place, toks[k].Folded())) && !employerPreps.Has(toks[k].Folded()); k++ {
		next := k + 1
		if next < len(toks) && !toks[next].Punct() && r.lex.HasFolded(lexicon.CompanyNoun, toks[k].Folded()+" "+toks[next].Folded()) {
			next++ // a head of two words: "fashion house"
		} else if !r.lex.HasFolded(lexicon.CompanyNoun, toks[k].Folded()) && !houseNouns.Has(toks[k].Folded()) {
			continue
		}
		if personHeads.Has(toks[next-1].Folded()) {
			return false // "the London investor", "a fund manager at Daxmoor", "il gestore milanese": a person's work
		}
		// the head, not a word before it: "a bank analyst at ..."; in the
		// Romance languages a nationality may follow it ("la maison
		// parigina", "una società francese")
		return next >= len(toks) || toks[next].Punct() || toks[next].Cap() || employerPreps.Has(toks[next].Folded()) ||
			r.lex.HasFolded(lexicon.Demonym, toks[next].Folded())
	}
	return false
}

// personHeads are company nouns a person is called by too, as the head of
// an apposition after a person's name: the agent nouns, and managers,
// publishers and builders in the five languages.
var personHeads = lists.SetOf(set(agentNounList + ` manager managers gestore gestori gestor gestores gerant gestionnaire verwalter
	editore editor editeur verleger constructor costruttore constructeur bauunternehmer promotor promotore promoteur`))

// houseNouns head an apposition after a firm named for its founder
// ("Christian Louboutin, la maison parigina"), but are no company nouns
// before a name, which they open ("Maison Pellerin Gestion").
var houseNouns = lists.SetOf(set(`maison griffe`))

// regionName: the words are a region's noun, maybe a preposition, and a
// place ("Provinz Québec", "Regione Lombardia", "Province of Ontario",
// "Región de Murcia", "Région Sud").
func (r *recognizer) regionName(words []string) bool {
	if len(words) > 2 && words[0] == "us" {
		words = words[1:] // "US-Bundesstaat Connecticut"
	}
	if len(words) < 2 || !regionNouns.Has(words[0]) {
		return false
	}
	rest := words[1:]
	if len(rest) >= 2 && regionLinks.Has(rest[0]) {
		rest = rest[1:]
	}
	place := strings.Join(rest, " ")
	return r.lex.HasFolded(lexicon.Place, place) || len(rest) == 1 && compass.Has(place)
}

// regionNouns open the name of a region: "Provinz Québec", "Regione
// Lombardia", "Canton Ticino", "US-Bundesstaat Connecticut", "l'État de
// New York".
var regionNouns = lists.SetOf(set(`bundesstaat state etat estado stato province provinz provincia provincie region regione kanton canton cantone bundesland departement departamento county contea condado`))

// regionLinks join a region's noun to its place: "Province of Ontario".
var regionLinks = lists.SetOf(set(`of di de du del della des`))

// generational words follow a surname: "Edgar Bronfman Jr.", "Bronfman
// fils".
var generational = set(`jr sr ii iii iv fils pere junior senior`)

// medicineFormBefore: a medicine's form stands right before the name,
// after an article ("dello sciroppo Mucinex", "el jarabe Mucinex", "the
// cough syrup Mucinex"): a product. Not after a bare preposition ("il
// fabricante de jarabe Rovello Pharma", "la società di spray Ivrella": the
// maker named by what it makes), nor before a company's words.
func medicineFormBefore(toks []segment.Token, sp span) bool {
	k := sp.from - 1
	if k < 1 || !medicineForms.Has(toks[k].Folded()) || len(sp.keyWords()) > 0 && len(sp.words) > len(sp.keyWords()) {
		return false // (nor "Ephrax Coatings", "Rovello Pharma": a company's words)
	}
	before := toks[k-1].Folded()
	return !bareOf.Has(before) && !toks[k-1].Poss() && !possessives[before]
}

var (
	medicineForms = lists.SetOf(set(`syrup syrups sciroppo sciroppi jarabe jarabes sirop sirops sirup hustensaft spray sprays ointment ointments
	pomata pomada pommade salbe lozenge lozenges pastiglia pastiglie pastilla pastillas pastille pastilles`))
	bareOf = lists.SetOf(set(`of di de da von du des`))
)

// drugCandidateBefore: "drug candidate" stands right before the name
// ("its kidney disease drug candidate Nefecon"): a product. A bare
// "candidate" is not one ("acquisition candidate Kravlo", "il candidato
// Veltraco": a company).
func drugCandidateBefore(toks []segment.Token, sp span) bool {
	if sp.from < 2 || !candidateNouns.Has(toks[sp.from-1].Folded()) {
		return false
	}
	f := toks[sp.from-2].Folded()
	return productNouns.Has(f) || candidateKinds.Has(f)
}

var (
	candidateNouns = lists.SetOf(set(`candidate candidates candidato candidat kandidat`))
	// what kind of candidate a medicine is: "lead candidate Zorvexa"
	candidateKinds = lists.SetOf(set(`lead clinical development pipeline therapeutic preclinical`))
)

// productTails end the names of products in the singular: a platform.
var productTails = lists.SetOf(set(`platform plattform plateforme piattaforma plataforma`))

// seriesAfter: the names from k on, joined by "and" or commas, are
// followed by a noun for a series of games or films ("the F1 and Dirt
// franchises", "the Halo series"): the titles of a publisher's series,
// not companies.
func (r *recognizer) seriesAfter(lang string, toks []segment.Token, from, k int) bool {
	for n := 0; k < len(toks) && n < 8; k, n = k+1, n+1 {
		t := toks[k]
		switch f := t.Folded(); {
		case seriesNouns.Has(f):
			return true
		case f == "franchise":
			// "the Payday franchise": a game's, unless it is a business
			// ("the Brindle Hotels franchise business") or what a deal
			// word before it deals in ("buy the Brindle Hawks franchise")
			return !(k+1 < len(toks) && franchiseBusinesses.Has(toks[k+1].Folded())) && !r.dealtIn(lang, toks, from)
		case t.Cap(), f == ",", f == "and", f == "&":
		default:
			return false
		}
	}
	return false
}

var seriesNouns = lists.SetOf(set(`franchises series`))

var franchiseBusinesses = lists.SetOf(set(`business businesses network networks system systems operation operations operator rights agreement`))

// dealtIn: a deal word stands within the three words before the name at
// from ("buy the", "sold", "agreed to buy the").
func (r *recognizer) dealtIn(lang string, toks []segment.Token, from int) bool {
	for k := from - 1; k >= 0 && k >= from-3; k-- {
		if r.isCue != nil && r.isCue(lang, toks[k].Folded()) {
			return true
		}
	}
	return false
}

// productNouns name a kind of product right before its name.
var productNouns = lists.SetOf(set(`drug drugs treatment treatments therapy medicine medicines vaccine farmaco farmaci medicinale
	praparat praparats
	pill pills tablet tablets capsule capsules antibody antibodies product products pillola pillole pildora comprime comprimes tablette prodotto producto produit produkt
	medicinali medicamento medicamentos farmaco farmacos medikament medikamente arzneimittel medicament medicaments
	traitement vaccin vaccino vacuna impfstoff
	destroyer destroyers frigate frigates submarine submarines corvette corvettes warship warships
	cacciatorpediniere fregata fregate sottomarino sottomarini corvetta fregates sous-marin sous-marins
	fragata fragatas submarino submarinos corbeta corbetas fregatte fregatten zerstorer
	tank tanks char chars carro carri tanque tanques kampfpanzer
	test tests system systems platform platforms sequencer sequencers device devices console consoles app apps
	sistema sistemi piattaforma piattaforme sequenziatore dispositivo prueba pruebas plataforma plataformas secuenciador dispositivo
	systeme plateforme sequenceur dispositif bluttest sequenziersystem plattform gerat
	saga sagas franchise franchises`))

// exampleOf is the noun a list of examples that the name at from is in
// follows ("perfumes such as Gypsy Water and Mojave Ghost", "fragranze
// come Gypsy Water e Bal d'Afrique", "Marken wie Iittala, Arabia"),
// folded; "" when the name is in no such list.
func exampleOf(toks []segment.Token, from int) string {
	k := from - 1
	// back over the list's earlier names: capitalised words, commas, "and"
	for k >= 0 && from-k <= 8 && (toks[k].Cap() || toks[k].Text() == "," || listJoins.Has(toks[k].Folded()) || exampleAlternatives.Has(toks[k].Folded())) {
		k--
	}
	if k >= 0 && examplesOf.Has(toks[k].Folded()) {
		k-- // "like", "including", "come", "wie", "etwa"
	} else if k >= 1 && toks[k].Folded() == "as" && toks[k-1].Folded() == "such" {
		k -= 2
	} else {
		return ""
	}
	if k < 0 {
		return ""
	}
	return toks[k].Folded()
}

var examplesOf = lists.SetOf(set(`like including come como comme wie etwa behind`))

// exampleAlternatives join the last of a list of examples as "or" does
// ("sagas como The Elder Scrolls, Fallout o Doom").
var exampleAlternatives = lists.SetOf(set(`or o ou oder`))

// exampledProducts name kinds of product that precede examples of them,
// not a product's name: "i profumi Creed" are Creed's perfumes, a brand's
// name after them, but "perfumes such as Gypsy Water" are perfumes. (Not
// titles: "titoli come Brindle", "des titres comme" are a market report's
// shares, named by their companies.)
var exampledProducts = lists.SetOf(set(`perfumes fragrances scents profumi fragranze fragancias parfums dufte
	games franchises series giochi videogiochi serie saghe juegos videojuegos sagas jeux spiele reihen`))

// exampledBrands precede examples of brands, which may be their makers'
// names too ("Marken wie Iittala, Arabia"): more must say company.
var exampledBrands = lists.SetOf(set(`brands marchi marcas marques marken`))

// placeName: the words end with a noun for a place, maybe followed by a
// point of the compass ("North Field South").
func placeName(words []string) bool {
	n := len(words)
	for n > 1 && compass.Has(words[n-1]) {
		n--
	}
	return n > 1 && placeNouns[words[n-1]]
}

// exchangeOfTown: the name is an exchange noun and the town it is in,
// either way round ("Borsa di Londra", "Bolsa de Santiago", "Tokyo
// Bourse").
func (r *recognizer) exchangeOfTown(words []string) bool {
	n := len(words)
	switch {
	case n < 2:
		return false
	case exchangeNouns[words[0]]:
		town := words[1:]
		if n > 2 && nameConnectors.Has(town[0]) {
			town = town[1:]
		}
		return r.lex.HasFolded(lexicon.Place, strings.Join(town, " "))
	case exchangeNouns[words[n-1]]:
		return r.lex.HasFolded(lexicon.Place, strings.Join(words[:n-1], " "))
	}
	return false
}

var exchangeNouns = set(`bourse borsa bolsa borse beurs`)

// placeNouns end the names of places, never of companies.
var placeNouns = set(`field fields basin valley river island islands mountains airport canal strait gulf ocean lake
	street avenue square`)

// productCode: letters, a hyphen and digits ("GLP-1", "CT-388", "A350-1000").
func productCode(text string) bool {
	head, tail, ok := strings.Cut(text, "-")
	if !ok || head == "" || tail == "" || strings.ToUpper(head) != head {
		return false
	}
	for _, r := range tail {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// letterCompound: one capital letter, a hyphen and a lower-case word
// ("B-cell", "X-ray", "E-commerce"): a term, never a company's name.
func letterCompound(text string) bool {
	head, rest, ok := strings.Cut(text, "-")
	if !ok || len(head) != 1 || head[0] < 'A' || head[0] > 'Z' || rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r)
}

// groupOf: "group of/from" stands right before the name at from, as news
// names a company by its seat ("le groupe de Foster City").
func groupOf(toks []segment.Token, from int) bool {
	return from >= 2 && groupPreps.Has(toks[from-1].Folded()) && groupNouns[toks[from-2].Folded()]
}

var groupNouns = set(`groupe gruppo grupo konzern gigante geant colosso societa societe sociedad empresa azienda compagnie compania entreprise casa maison tv`)

var groupPreps = lists.SetOf(set(`de di d aus da`))

// surnameParticleAfter: an Arabic surname follows at k, opened by a
// lower-case particle ("al-Kaabi", "al Kaabi", "bin Salman").
func surnameParticleAfter(toks []segment.Token, k int) bool {
	if k >= len(toks) || toks[k].Punct() {
		return false
	}
	t := toks[k].Text()
	for _, p := range []string{"al-", "el-", "bin-"} {
		if rest, ok := strings.CutPrefix(t, p); ok && rest != "" && unicode.IsUpper([]rune(rest)[0]) {
			return true
		}
	}
	return surnameParticles[t] && k+1 < len(toks) && !toks[k+1].Punct() && toks[k+1].Cap()
}

var surnameParticles = set(`al bin ibn bint abu`)

// givenNameBefore: a capitalised given name comes just before from ("Luis
// Pagani"): the name there is a person's surname.
func (r *recognizer) givenNameBefore(toks []segment.Token, from int) bool {
	return from >= 1 && toks[from-1].Cap() && !toks[from-1].Upper() && r.lex.HasFolded(lexicon.GivenName, toks[from-1].Folded())
}

// titledNameBefore: a capitalised word no list knows comes just before
// the listed one-word name sp, and a title stands before the two or after
// them past a comma ("Geschäftsführer Collin Roche", "Collin Roche, a
// managing director"): a person's given name and surname, whatever
// company the surname names.
// (Not in German, which capitalises every noun, "Der Pharmariese Roche,
// dessen Chef", unless the title comes first; nor past a comma a relative
// clause opens, "Meanwhile Roche, whose chairman".)
func (r *recognizer) titledNameBefore(lang string, toks []segment.Token, sp span) bool {
	k := sp.from - 1
	if k < 0 || toks[k].Punct() || !toks[k].Cap() || toks[k].Upper() || r.lex.KindsFolded(toks[k].Folded()) != 0 {
		return false
	}
	if r.titleBefore(toks, k, 2) {
		return true
	}
	return lang != "de" && !(sp.to+1 < len(toks) && relativeOpens(toks[sp.to+1].Folded())) && r.titleAfterComma(toks, sp.to)
}

// relativeOpens: the word opens a relative clause, a pronoun of
// relativePronouns or one of whose.
func relativeOpens(f string) bool { return relativePronouns[f] || possessiveRelatives[f] }

// possessiveRelatives are "whose" and its kin, which open a relative
// clause with its own subject ("Roche, whose chairman", "dont le
// président", "il cui presidente", "dessen Chef").
var possessiveRelatives = set(`whose who dont cuyo cuya cuyos cuyas cui dessen deren`)

// givenNameAndParticleBefore: a given name and a nobiliary particle, in
// lower case, come just before from ("Marc de Garidel", "Ludwig van
// Beethoven", "Ursula von der Leyen"): the name is a surname.
func (r *recognizer) givenNameAndParticleBefore(toks []segment.Token, from int) bool {
	k := from - 1
	if k >= 1 && nobiliaryParticles.Has(toks[k].Folded()) && nobiliaryParticles.Has(toks[k-1].Folded()) {
		k-- // "von der", "van den"
	}
	return k >= 1 && nobiliaryParticles.Has(toks[k].Folded()) && !toks[k].Cap() &&
		toks[k-1].Cap() && r.lex.HasFolded(lexicon.GivenName, toks[k-1].Folded())
}

var nobiliaryParticles = lists.SetOf(set(`de di da del della du des van von der den ter zu`))

func familyWord(toks []segment.Token, k int) bool {
	return k >= 0 && (familyWords.Has(toks[k].Folded()) || strings.HasSuffix(toks[k].Folded(), "familie"))
}

var familyWords = lists.SetOf(set(`family famiglia famille familia familie familien dynasty dinastia dynastie`))

// siblings: the name is the surname of siblings, after the sibling word
// ("i fratelli Ambrogio", "von den Brüdern Kravlo") or before it ("the
// Barclay brothers"), with a people's article: not firms called sisters
// ("le aziende sorelle Kravlo e Daxmoor", "Veltraco's sisters Kravlo"),
// nor a verb ("Brindle twins its factories").
func siblings(toks []segment.Token, sp span) bool {
	if k := sp.from - 1; k >= 1 && siblingWords[toks[k].Folded()] && siblingArticles[toks[k-1].Folded()] {
		return true
	}
	return sp.to < len(toks) && siblingWords[toks[sp.to].Folded()] && sp.from >= 1 && toks[sp.from-1].Folded() == "the"
}

var (
	siblingWords    = set(`brothers sisters twins fratelli sorelle gemelli hermanos hermanas gemelos freres soeurs jumeaux bruder brudern gebruder schwestern zwillinge zwillingen`)
	siblingArticles = set(`i dei dai ai agli degli gli le delle dalle alle los las les aux des die den der`)
)

// titleBefore: "CEO Rajeev Suri", "chairman Zhang Jindong": a title
// within the n words before. "CEO of Nokia" names the employer, not the
// person, so a preposition between stops the search.
func (r *recognizer) titleBefore(toks []segment.Token, from, n int) bool {
	for k, seen := from-1, 0; k >= 0 && seen < n; k-- {
		if toks[k].Punct() {
			continue
		}
		if employerPreps.Has(toks[k].Folded()) {
			return false
		}
		seen++
		if f := toks[k].Folded(); r.lex.HasFolded(lexicon.Title, f) || r.titledCompound(f) {
			return true
		}
	}
	return false
}

// kindOfCompanyBefore: the word just before from is a kind of company
// ("investor", "Finanzinvestor"), even if people are called so too.
func (r *recognizer) kindOfCompanyBefore(toks []segment.Token, from int) bool {
	return from > 0 && r.lex.HasFolded(lexicon.CompanyNoun, toks[from-1].Folded())
}

// titleOfKind: a title heads the kind of company at k ("il presidente
// della cooperativa Giovanni Bianchi", "der Vorstand der Genossenschaft
// Karl Wendt"): the name after it is the title holder's.
func (r *recognizer) titleOfKind(toks []segment.Token, k int) bool {
	for j, seen := k-1, 0; j >= 0 && seen < 3; j-- {
		f := toks[j].Folded()
		if toks[j].Punct() {
			return false
		}
		if r.lex.HasFolded(lexicon.Title, f) || r.titledCompound(f) {
			return true
		}
		if !articles.Has(f) && !employerPreps.Has(f) {
			return false
		}
		seen++
	}
	return false
}

// compoundKindBefore: the word just before from is a German compound
// ending in a kind of company, capitalised as German nouns are ("den
// Florentiner Modelogistiker Franco Vago").
func (r *recognizer) compoundKindBefore(toks []segment.Token, from int) bool {
	if from == 0 || !toks[from-1].Cap() {
		return false
	}
	f := toks[from-1].Folded()
	return len(f) >= 9 && r.lex.EndsWith(lexicon.CompanyNoun, f, 6)
}

// firmAfterCompoundKind: the two words before the name are a kind of
// company whose last word alone is a title ("fund manager", "asset
// manager"), and a company word ends the name ("fund manager Putnam
// Investments"; "fund manager Kravlo said" may be a man, and so may
// "fund manager Marcus Holding", opened by a given name).
func (r *recognizer) firmAfterCompoundKind(toks []segment.Token, sp span) bool {
	from, last := sp.from, toks[sp.to-1].Folded()
	return from > 1 && !toks[from-2].Punct() && r.lex.HasFolded(lexicon.CompanyNoun, toks[from-2].Folded()+" "+toks[from-1].Folded()) &&
		(r.lex.HasFolded(lexicon.NameWord, last) || r.lex.HasFolded(lexicon.LegalSuffix, last)) && !r.lex.HasFolded(lexicon.GivenName, toks[from].Folded())
}

// partOfPlace: a one-word span and the word beside it name a place.
func (r *recognizer) partOfPlace(toks []segment.Token, sp span) bool {
	if sp.from > 0 && !toks[sp.from-1].Punct() && r.lex.HasFolded(lexicon.Place, toks[sp.from-1].Folded()+" "+sp.key) {
		return true
	}
	return sp.to < len(toks) && !toks[sp.to-1].Poss() && !toks[sp.to].Punct() && r.lex.HasFolded(lexicon.Place, sp.key+" "+toks[sp.to].Folded())
}

// titleAfterComma: "Rajeev Suri, president and CEO of Nokia".
func (r *recognizer) titleAfterComma(toks []segment.Token, to int) bool {
	if to >= len(toks) || toks[to].Text() != "," {
		return false
	}
	for k := to + 1; k < len(toks) && k <= to+5; k++ {
		if !toks[k].Punct() && r.lex.HasFolded(lexicon.Title, toks[k].Folded()) {
			return true
		}
	}
	return false
}

// refusal is how firmly a name is known not to be a company.
type refusal int

const (
	accepted refusal = iota
	// doubtful names are also given names ("Dell", "Ford") or places
	// ("Nokia" is a Finnish town): strong evidence still makes them
	// companies, unless a mention shows them as a place (see locative).
	doubtful
	// listed acronyms are also a public body's or a product's ("FCA",
	// "LTE"): only what a company alone has makes them companies
	// (shareholders, shares, a company title; see businessContext)
	listedAcronym
	// ownOutlet is the article's own outlet: no company in its own text,
	// whatever it is elsewhere (a publisher's owner, or a press release
	// read as one)
	ownOutlet
	// branded names are a brand here ("under the Sennheiser brand"): not a
	// company in that mention, and a name for which more must say company
	// elsewhere, as brands are often their maker's name
	branded
	// everyday names are made of places and words the corpus writes in
	// lower case ("South Korean", "Central Parking" where "parking" is
	// written): never a company, unless the name is written with a legal
	// suffix somewhere ("Central Parking Corp.")
	everyday
	// refused names never are: outlets, public bodies, places, products,
	// titles, months, amounts, deal words.
	refused
)

// germanPeople: the span is a nation's people after a German plural
// article, whatever listed company shares the word ("Die Iren waren 2003
// bei Hiestand eingestiegen": the Irish, not the Italian utility Iren).
func (r *recognizer) germanPeople(lang string, toks []segment.Token, sp span) bool {
	return lang == "de" && sp.to-sp.from == 1 && sp.from > 0 && germanPluralArticles[toks[sp.from-1].Folded()] &&
		r.lex.HasFolded(lexicon.Demonym, sp.key) && germanPeopleNoun(sp.key)
}

// germanPluralArticles stand before a nation's people: "die Iren", "den
// Iren" (not "der", which is also the genitive of a company's name: "die
// Aktien der Iren").
var germanPluralArticles = set(`die den`)

// germanPeopleNoun: a demonym shaped as a German noun for a people ("Iren",
// "Schweden", "Japaner"), not an English adjective German writes as a
// name ("die Norwegian", the airline).
func germanPeopleNoun(k string) bool {
	return strings.HasSuffix(k, "en") || strings.HasSuffix(k, "er")
}

// refuse says whether a name is known not to be a company. outlet is
// the doc's outlet folded.
func (r *recognizer) refuse(doc *Doc, outlet string, toks []segment.Token, sp span) refusal {
	if sp.to < len(toks) && currencyNouns[toks[sp.to].Folded()] && sp.to-sp.from <= 2 {
		return refused // "a 2.3 bln Swiss franc stake", "in Hong Kong dollars": a currency, whatever company the word names
	}
	if sp.known != nil {
		return accepted
	}
	k, words := sp.key, sp.keyWords()
	if len(words) == 0 || len([]rune(k)) < 2 || strings.IndexFunc(k, unicode.IsLetter) < 0 {
		return refused
	}
	if sp.to < len(toks) && toks[sp.to].Start() == toks[sp.to-1].End() && strings.HasPrefix(toks[sp.to].Text(), "$") {
		return refused // "US$62bn", "HK$", "R$": a currency, not a name
	}
	if sp.from > 0 && toks[sp.from-1].Text() == "$" && toks[sp.from-1].End() == toks[sp.from].Start() && money.SignThenFigure("$"+toks[sp.from].Text()) {
		return refused // "$US6.2 billion": a sign written "$US" before its figure
	}
	if sp.to-sp.from == 1 && modelCode(toks[sp.from].Text()) {
		return refused // "F404-GE-IN20", "A320neo", "PR001": a model's code, not its maker
	}
	if sp.to-sp.from == 1 && (codeThenFigure(toks[sp.from].Text()) || money.SignThenFigure(toks[sp.from].Text())) {
		return refused // "CHF220m", "SEK5bn": an amount, its currency's code glued to it
	}
	if sp.to-sp.from == 1 && sp.to < len(toks) && number(toks[sp.to].Text()) && money.SignAnyCase(toks[sp.from].Text()) {
		return refused // "for DKr 2 billion", "for SKR 5 billion": a sign before its figure
	}
	if seatAfter(toks, sp.to) {
		return refused // "the Hsinchu-based company", "Amsterdam-listed LBi": where, not who
	}
	if quotedTitle(toks, sp) && !r.writtenWithSuffix(sp) {
		return refused // books tied to "Episode I - The Phantom Menace": a title, not a firm
	}
	if sp.to-sp.from == 1 && sp.to+2 < len(toks) && toks[sp.to].Text() == "," && toks[sp.to+2].Punct() && r.lex.HasFolded(lexicon.Place, toks[sp.to+1].Folded()) &&
		!toks[sp.to+2].Poss() {
		return refused // "the Southfield, Michigan, maker of pistons": a town and its state
	}
	if sp.to-sp.from == 1 && sp.from >= 2 && sp.to < len(toks) && toks[sp.from-1].Text() == "," && toks[sp.to].Text() == "," &&
		toks[sp.from-2].Cap() && r.lex.HasFolded(lexicon.Place, sp.key) {
		return refused // and the state after the town
	}
	if doc.Lang == "de" && r.placeAdjective(k) {
		return refused // "der New Yorker Finanzinvestor": from New York, no name
	}
	if n := sp.to - sp.from; doc.Lang == "de" && n >= 2 && sonsWords[toks[sp.to-1].Folded()] && strings.HasSuffix(toks[sp.to-2].Text(), "s") {
		return refused // "Max Bögls Söhne führen": his sons, no firm ("Gebrüder Knauf Söhne", "Lerchenfeld & Söhne")
	}
	if assetNamed(toks, sp) && !r.writtenWithSuffix(sp) {
		return refused // "the Curragh coal mine", "la miniera di Whabouchi": a site, not its owner
	}
	// an acronym stands for many things: "FCA" is a regulator and a
	// carmaker, "ARM" a chip designer; its company evidence decides
	acronym := sp.to-sp.from == 1 && toks[sp.from].Upper() && len(toks[sp.from].Text()) >= 2
	listed := r.lex.KindsFolded(k) // the key's lists, asked about below
	// a company's words after the name ("BOC Group", "Bank of Canada"
	// being "BoC") make it a company's name, whatever body or product the
	// name alone is
	companyWordsAfter := len(sp.keyWords()) > 0 && len(sp.words) > len(sp.keyWords())
	// a title listed only with its full stop is one only where the stop
	// follows ("Dott. Rossi"; not "Tier Mobility and Dott agree")
	undottedTitle := sp.to-sp.from == 1 && r.titleWithoutStop(toks, sp.from)
	for _, kind := range []lexicon.Kind{lexicon.Outlet, lexicon.Body, lexicon.Title, lexicon.Demonym, lexicon.Product} {
		if listed.Has(kind) && !(companyWordsAfter && (kind == lexicon.Body || kind == lexicon.Product)) && !(undottedTitle && kind == lexicon.Title) {
			if acronym && (kind == lexicon.Body || kind == lexicon.Product) {
				return listedAcronym
			}
			return refused
		}
	}
	if placeName(words) && !r.writtenWithSuffix(sp) {
		// "North Field South" is a gas field, "Silicon Valley" a valley
		// (but "Budapest Airport Rt" is the company that runs one)
		return refused
	}
	if len(words) >= 3 && productTails.Has(words[len(words)-1]) && !r.writtenWithSuffix(sp) {
		// "the Hortonworks Data Platform", "Google Cloud Platform": a
		// company's product, named after it and what it does (but "Meta
		// Platforms", "Jio Platforms"; and "Brindle Platform" may be a
		// company's whole name)
		return refused
	}
	if r.worksOfTown(sp.words) && !r.writtenWithSuffix(sp) {
		return refused // "the Port Talbot Steel Works": a plant in its town, not its owner
	}
	if r.exchangeOfTown(words) {
		return refused // "Borsa di Londra", "Bourse de Tokyo": a stock exchange, which no list can hold in every language
	}
	if len(words) >= 2 && compass.Has(words[0]) && r.lex.HasFolded(lexicon.Place, strings.Join(words[1:], " ")) {
		return refused // "South San Francisco", "West Sussex": a part of a place
	}
	if r.regionName(words) && !r.writtenWithSuffix(sp) {
		return refused // "Provinz Québec", "Province of Ontario" (not "Regione Veneto SpA")
	}
	if listed.Has(lexicon.Place) {
		if len(words) > 1 || acronym || listed.Has(lexicon.Country) {
			return refused // "US", "UAE", "Italy's biggest bank": a country, whatever follows it
		}
		return doubtful // "Nokia" is a Finnish town too
	}
	if len(words) == 2 && r.lex.HasFolded(lexicon.Place, words[0]) && !r.lex.HasFolded(lexicon.NameWord, words[1]) &&
		!r.lex.HasFolded(lexicon.LegalSuffix, words[1]) && !groupWords[words[1]] {
		return doubtful // "Milano Linate", "Paris Orly": a place in a city, unless more says company
	}
	if tickerNamed(toks, sp.from) {
		return refused // "listed on the New York Stock Exchange as LVB", "con la sigla LVB": a ticker symbol
	}
	example := exampleOf(toks, sp.from)
	if sp.from > 0 && productNouns.Has(toks[sp.from-1].Folded()) || r.seriesAfter(doc.Lang, toks, sp.from, sp.to) || drugCandidateBefore(toks, sp) || exampledProducts.Has(example) || medicineFormBefore(toks, sp) {
		return refused // "the leukemia drug Blincyto", "il farmaco Otezla", "dello sciroppo Mucinex": a product
	}
	if sp.known == nil && (soldUnder(toks, sp) || exampledBrands.Has(example)) {
		return branded // "the sweetener it sells as Splenda", "venduto con il marchio Splenda": a product's brand
	}
	if sp.to-sp.from == 1 && (productCode(sp.text) || letterCompound(sp.text)) {
		return refused // "GLP-1", "CT-388": a drug's or a model's code; "B-cell", "X-ray": a term
	}
	if groupOf(toks, sp.from) {
		return doubtful // "le groupe de Foster City", "il gruppo di Cupertino": where it is
	}
	if r.allLegalSuffixes(sp.words) {
		return refused // "Inc" after "Facebook,"
	}
	if len(words) == 1 && listed&companyWords != 0 {
		if acronym {
			return listedAcronym
		}
		return refused
	}
	if doc.Outlet != "" && (k == outlet || publisherOf(k, outlet)) {
		return ownOutlet // (and "Aisle Nine Media", the company that publishes "Aisle Nine")
	}
	if len(words) == 1 && r.isCue != nil && r.isCue(doc.Lang, k) {
		return refused // "the Alliance", "Merger"
	}
	money := true
	for _, w := range words {
		if !amountWord(w) {
			money = false
			break
		}
	}
	if money || amountWord(words[0]) && sp.from > 0 && (amountWord(toks[sp.from-1].Folded()) || number(toks[sp.from-1].Text())) && sp.known == nil {
		return refused // "Rs", "Milliarden Euro", "Yen"; "660 Milliarden Pfund Kundengeld": a sum of something
	}
	// the head of an institution's name is its last word in English
	// ("Federal Trade Commission") and its first in the Romance languages
	// ("Comisión Federal de Comercio", "Autorità garante")
	if institutionHead(words[len(words)-1]) || len(words) > 1 && institutionHead(words[0]) || notAName(k) || institutionGoesOn(toks, sp.to) {
		return refused // (and "Competition" of "Competition and Markets Authority")
	}
	if len(words) == 1 && r.partOfPlace(toks, sp) {
		return refused // "Arabia" of "Saudi Arabia", "Arabia Saudí"
	}
	if len(words) == 1 && listed.Has(lexicon.GivenName) {
		return doubtful
	}
	// "Latin America", "South Korean", "French Finance": places,
	// nationalities and everyday words, no name among them
	geo, common := true, true
	for i, w := range words {
		place := r.lex.HasAnyFolded(placeWords, w) || compass.Has(w)
		if !place {
			geo = false
		}
		if !place && (i == 0 || !r.lower[w]) {
			common = false
		}
	}
	if geo {
		return refused
	}
	// the words alone are asked first: the context below costs more, and
	// most names are neither
	if len(words) == 1 || !common && !r.allCommon(words) {
		return accepted
	}
	if r.writtenWithSuffix(sp) || r.appositionNamesCompany(toks, sp.to) || coined(toks, sp) || r.dealParty(doc.Lang, toks, sp) ||
		r.dealRecipient(doc.Lang, toks, sp) || priced(toks, sp) {
		// (a legal suffix makes a name of everyday words: "New Media
		// Investment Group"; and "Swiss Towers, the mast business of
		// Sunrise" is a company, and so is "Dubai Ports World" of "a
		// takeover by Dubai Ports World" and "American Sugar Refining" of
		// "sell its sugar refining operations to American Sugar Refining
		// for £211 million")
		return accepted
	}
	if last := words[len(words)-1]; common && r.lex.HasFolded(lexicon.Country, words[0]) && r.lex.HasFolded(lexicon.NameWord, last) && r.lex.HasFolded(lexicon.CompanyNoun, last) {
		// a country's name, not its adjective, opening a name that ends in
		// a word of industry that is a kind of company too: "Korea
		// Exchange Bank", "China Construction Bank", even where the corpus
		// writes "a share exchange" and "the bank" (not "US Export
		// Controls")
		return accepted
	}
	if common {
		return everyday // "South Korean", "French Finance"
	}
	// "Artificial Intelligence", "Once Again Reached"; but also "Potash
	// One", in a corpus that writes "potash" and "one for one": words
	// other articles write in lower case make a name doubtful, not
	// refused for every article
	return doubtful
}

// compoundFragment: a hyphen written against the word before to, then a
// conjunction: a compound cut short, its second half shared with the next
// one ("Kakao- und Schokoladeprodukte", "Öl- oder Gasfelder").
func compoundFragment(toks []segment.Token, to int) bool {
	return to+1 < len(toks) && toks[to].Text() == "-" && toks[to].Start() == toks[to-1].End() &&
		toks[to+1].Start() > toks[to].End() && coordinators.Has(toks[to+1].Folded())
}

// publisherOf: key is the outlet's name and words for a publisher
// ("aisle nine media", "frachtraum verlag").
func publisherOf(key, outlet string) bool {
	rest, ok := strings.CutPrefix(key, outlet+" ")
	if !ok {
		return false
	}
	for _, w := range strings.Fields(rest) {
		if !publisherWords[w] {
			return false
		}
	}
	return true
}

var publisherWords = set(`media publishing publications publishers verlag mediengesellschaft editions edizioni ediciones editora group gruppe news`)

// institutionGoesOn: after the name come "and" and capitalised words that
// end an institution's name ("Competition and Markets Authority"): the
// name is its first part.
func institutionGoesOn(toks []segment.Token, to int) bool {
	if to+1 >= len(toks) || !coordinators.Has(toks[to].Folded()) {
		return false
	}
	k := to + 1
	for k < len(toks) && !toks[k].Punct() && toks[k].Cap() {
		k++
	}
	return k > to+1 && institutionHead(toks[k-1].Folded())
}

// coined: the name is one word of capitalised parts joined by hyphens
// ("Power-One", "Rolls-Royce"): everyday words so joined make a name.
func coined(toks []segment.Token, sp span) bool {
	if sp.to-sp.from != 1 || !strings.Contains(toks[sp.from].Text(), "-") {
		return false
	}
	for part := range strings.SplitSeq(toks[sp.from].Text(), "-") {
		if r, _ := utf8.DecodeRuneInString(part); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// appositionNamesCompany: after the name, a comma and a phrase whose head
// is a kind of company ("Swiss Towers, the mast business of Sunrise").
func (r *recognizer) appositionNamesCompany(toks []segment.Token, to int) bool {
	if to+1 >= len(toks) || toks[to].Text() != "," || !anaphorArticles[toks[to+1].Folded()] {
		return false
	}
	for k := to + 2; k < len(toks) && k <= to+5; k++ {
		if toks[k].Punct() || toks[k].Cap() {
			return false
		}
		if r.lex.HasFolded(lexicon.CompanyNoun, toks[k].Folded()) {
			return true
		}
	}
	return false
}

// apposedOpener: the span is a sentence's first word, which the corpus
// writes nowhere in lower case, and an apposition set off by commas after
// it says what kind of company it is ("Zorvik, la società del gruppo
// Veltraco dedicata all'export, ha investito"). Not an adverb opening a
// sentence whose subject follows it ("Depuis, la société de Vélizy a
// multiplié les canaux, ...", "Hier, la société a annoncé").
func (r *recognizer) apposedOpener(lang string, toks []segment.Token, sp span) bool {
	return sp.to-sp.from == 1 && sentenceStart(toks, sp.from) && !r.common(sp.key) &&
		r.appositionNamesCompany(toks, sp.to) && r.companyHeaded(toks, sp.to+2) && nounApposition(lang, toks, sp.to+1)
}

// personRole: the word heads an apposition that says who a person is, a
// founder or an officer (corporateRoles), but for the words that
// describe firms too ("an executive search firm", "the chief rival of";
// "il gestore" stays a person's, "del fondo", though a company's too,
// "della rete"). Not the lexicon's titles: its English "Mayor" is the
// Spanish "mayor", the largest ("el mayor fabricante de muñecas").
func personRole(f string) bool {
	return founderWords[f] || corporateRoles[f] && !firmRoles[f]
}

var (
	founderWords = set(`founder founders cofounder fondatore fondatrice fondateur fundador fundadora grunder grunderin`)
	firmRoles    = set(`executive executives chief uno`)
)

// companyHeaded: the apposition whose first word after its article is at
// from has a kind of company for its head, no person's title before it
// ("Rossi, il fondatore del gruppo") and not in the possessive ("Smith,
// the company's chief executive").
func (r *recognizer) companyHeaded(toks []segment.Token, from int) bool {
	for k := from; k < len(toks) && k <= from+4; k++ {
		f := toks[k].Folded()
		if toks[k].Poss() || k+1 < len(toks) && toks[k+1].Poss() {
			continue // whose it is: "the group's Italian subsidiary", "the founder's holding company"
		}
		if personRole(f) {
			return false
		}
		if r.lex.HasFolded(lexicon.CompanyNoun, f) {
			return true
		}
	}
	return false
}

// An apposition runs to maxApposition words at most before its closing
// comma, but for a relative clause in it, and to minApposition at least:
// an article and a company's noun alone are as often a sentence's subject
// after an adverb ("Désormais, le groupe, basé à Lyon, ..."), or a
// person's trade ("Tamsford, a broker, said").
const (
	minApposition = 3
	maxApposition = 12
)

// nounApposition: the words from token from to a comma, a dozen at most,
// make a noun's phrase: no auxiliary, reflexive or modal verb stands
// among them before a relative pronoun ("the state investment company
// that is the largest shareholder,"), as one would in a clause ("la
// société de Vélizy a multiplié", "le concurrent le plus direct
// s'appelle").
func nounApposition(lang string, toks []segment.Token, from int) bool {
	verbs := clauseVerbs[lang]
	words := 0
	for k := from; k < len(toks); k++ {
		t := toks[k]
		switch t.Text() {
		case ",":
			return words >= minApposition && words <= maxApposition
		case ".", ";", ":", "!", "?":
			return false
		}
		f := t.Folded()
		if relativePronouns[f] {
			return words >= minApposition
		}
		if verbs[f] || t.Text() == "è" {
			return false
		}
		if !t.Punct() {
			words++
		}
	}
	return false
}

// clauseVerbs are the auxiliaries, reflexives and modals, by language,
// that make a clause of the words after a comma, not an apposition
// (Italian "è", which folds to the "e" of "and", is asked as written).
var clauseVerbs = map[string]map[string]bool{
	"en": set(`is are was were has have had will would can could may might`),
	"it": set(`ha hanno ho era erano sara si puo deve`),
	"es": set(`es son ha han fue era sera se puede debe`),
	"fr": set(`est sont a ont etait sera se s peut doit va`),
	"de": set(`ist sind war waren hat haben hatte wird werden sich kann muss`),
}

// anaphorArticles open an apposition that describes what comes before.
var anaphorArticles = set("the a an il la lo un una le l el der die das ein eine")

var compass = lists.SetOf(set(`north south east west northern southern eastern western central new nord sud est ovest
	norte sur este oeste nord sud ouest noord zuid oost`))

// score weighs the evidence one mention gives that a name is a company,
// and tells whether it says what only a company has (business).
func (r *recognizer) score(doc *Doc, toks []segment.Token, sp span, inside bool) (score int, business bool) {
	next := ""
	if sp.to < len(toks) && !toks[sp.to].Punct() {
		next = toks[sp.to].Folded()
	}
	if next != "" && r.lex.HasFolded(lexicon.Title, next) && sp.known == nil {
		if corporateRoles[next] && r.personAfterTitles(toks, sp.to) {
			return 2, true // "Disney chairman Bob Iger", "Tiffany chief executive Alessandro Bogliolo"
		}
		return 0, false // "French Finance Minister": a title's qualifier proves nothing
	}
	// a word opening a sentence may be any word ("Cette acquisition"):
	// what follows it says nothing, unless the article writes it inside
	// sentences too
	opener := sentenceStart(toks, sp.from) && sp.to-sp.from == 1 && sp.known == nil && !inside
	score = r.businessContext(toks, sp, next, opener)
	business = score >= 2
	raw := sp.words
	last := raw[len(raw)-1]
	if len(raw) >= 2 && r.lex.HasFolded(lexicon.LegalSuffix, last) {
		score += 3
	}
	if kw := sp.keyWords(); len(kw) >= 2 && r.lex.HasFolded(lexicon.NameWord, kw[len(kw)-1]) && !r.allCommon(kw[:len(kw)-1]) {
		score += 2 // "Acacia Communications", not "Data Security"
	} else if len(kw) >= 2 && slices.ContainsFunc(kw[:len(kw)-1], func(w string) bool { return nameHeads[w] }) || len(kw) == 2 && germanBankHeads[kw[0]] {
		score += 2 // "Banca Lombarda", "Caja Cantabria", "Nuova Banca Marche", "Privatbank Lindenegg"
	}
	if sp.parent != "" && (sp.from == 0 || !toks[sp.from-1].Cap()) && r.lex.HasFolded(lexicon.Place, strings.TrimSpace(strings.TrimPrefix(sp.key, sp.parent))) {
		score += 2 // "Jetstar Hong Kong", "Escorts Kubota India": a company's unit in a country or city, a company of its own
	}
	if doc.Lang != "de" && sp.to-sp.from == 1 && r.joinedCapitals(toks[sp.from].Text()) {
		score++ // "Stolt-Nielsen", "Rolls-Royce": two names joined, a company's shape (German joins any nouns so)
	}
	if ticker(toks, sp.to) || webName(sp.key) {
		score += 3 // "(NYSE: BA)", "Jet.com"
	}
	if r.nounBeside(doc.Lang, toks, sp) {
		score += 2
		// "the component maker SRAM": said to be a company, whatever else
		// the acronym names
		// (not "il produttore di DRAM", what it makes, nor "big DRAM
		// makers", a word describing the makers)
		business = business || sp.from > 0 && !makerLinks[toks[sp.from-1].Folded()] && r.companyNounBefore(doc.Lang, toks, sp.from) &&
			!(next != "" && r.companyNoun(next))
	}
	if r.placeBefore(toks, sp.from) {
		score++
		if sp.from >= 2 && r.companyNounBefore(doc.Lang, toks, sp.from-1) {
			score++ // "lo studio americano Bungie", "au fonds américain Apollo"
		} else if romance[doc.Lang] && r.articleAndNationality(toks, sp.from) {
			score++ // "l'australien Ludowici", "la francese Balmain": a person would be "l'Australien"
		}
	}
	germanNoun := doc.Lang == "de" && sp.to-sp.from == 1 && !toks[sp.from].Upper()
	if !germanNoun && r.cueInRelative(doc.Lang, toks, sp.to) {
		score += 2 // a word opening a sentence and taking "which" is a name
	}
	if germanNoun {
		// German capitalises every noun: deal words, verbs and genitives
		// near one prove nothing, nor a relative clause after it ("ein
		// Zusammenschluss unter Gleichen, der in Aktien bezahlt wird");
		// only the evidence above counts
		return score, business
	}
	if opener {
		// a capitalised first word ("Commenting on...", "Días antes") may
		// be any word, unless the article also writes it inside a
		// sentence: only the evidence above counts
		return score, business
	}
	if r.cueNear(doc.Lang, toks, sp) || r.dealRecipient(doc.Lang, toks, sp) || priced(toks, sp) {
		score += 2
	}
	if toks[sp.to-1].Poss() && next != "" && !toks[sp.to].Cap() {
		score++
	}
	if sp.to < len(toks) && speech.Has(toks[sp.to].Folded()) {
		score++
	}
	return score, business
}

// personAfterTitles: the titles from k on are followed by a name, the
// person holding them ("chairman Bob Iger"). "Bono presidente,
// Centofanti amministratore delegato" gives people their titles, not a
// company its officers.
func (r *recognizer) personAfterTitles(toks []segment.Token, k int) bool {
	for ; k < len(toks) && !toks[k].Punct(); k++ {
		if toks[k].Cap() {
			return true
		}
		if f := toks[k].Folded(); !r.lex.HasFolded(lexicon.Title, f) && !corporateRoles[f] && !titleLinks[f] {
			return false
		}
	}
	return false
}

// titleLinks join the words of a title: "chief of staff", "head of
// research", "amministratore delegato e direttore generale".
var titleLinks = set(`of and e y und et and di de des del della`)

// corporateRoles are the titles a company gives, not a state: "Dell CEO",
// unlike "Finance Minister".
var corporateRoles = set(`ceo chairman chairwoman chief cfo coo cto founder cofounder boss spokesman spokeswoman spokesperson
	executive executives presidente president amministratore delegato ad direttore capo uno consejero pdg patron
	vorstandschef chef directeur director analyst analysts analista analisti analistas analyste analystes analystin head
	strategist strategistin economist economista economiste okonom manager gestore gestor gerant`)

// ownedBy are the nouns only a company has: "Tiffany shareholders",
// "Comcast's bid".
var ownedBy = lists.SetOf(set(`shares shareholders stock stockholders board bid offer stake unit subsidiary subsidiaries division
	investors shareholder takeover acquisition merger deal brands stores employees workforce headquarters
	azioni azionisti aktien aktionare actions actionnaires acciones accionistas aandelen aandeelhouders acoes acionistas`))

// businessContext scores what only a company does or has, wherever the
// name stands in the sentence: shareholders and shares ("Tiffany
// shareholders", "Comcast's bid", "las acciones de Kroger"), stock moves
// ("Kroger fell more than 9%"), an employer of a title ("presidente di
// FCA"), a rival listed ("rivals including IBM"), "its" ("Comcast
// abandoned its pursuit").
func (r *recognizer) businessContext(toks []segment.Token, sp span, next string, opener bool) int {
	score := 0
	if ownedBy.Has(next) && !opener {
		score += 2
	}
	if sp.from >= 2 && employerPreps.Has(toks[sp.from-1].Folded()) && ownedBy.Has(toks[sp.from-2].Folded()) {
		score += 2
	}
	if r.employer(toks, sp.from) {
		score += 2
	}
	if stockMove(toks, sp.to) {
		score += 2
	}
	if listedAsRival(toks, sp.from) {
		score += 2
	}
	if itsAfter(toks, sp.to) {
		score++
	}
	return score
}

// employer: the name at from follows a preposition of employment whose
// employee comes just before — a role ("analyst at X", "analista del
// settore auto di X", "head of research at X", "Pharmaanalyst beim X") or a
// person's name ("Davide Ferrante di X", "Reto Imhof von der X").
func (r *recognizer) employer(toks []segment.Token, from int) bool {
	k := from - 1
	if k >= 1 && (bankCompound(toks[k].Folded()) || r.germanCompanyNoun(toks[k].Folded())) {
		k-- // "von der Zürcher Privatbank X": the kind of firm, then
		if k >= 1 && toks[k].Cap() && strings.HasSuffix(toks[k].Folded(), "er") {
			k-- // its town
		}
	}
	if k >= 1 && employerArticles.Has(toks[k].Folded()) {
		k-- // "von der", "de la"
	}
	if k < 1 || !employerPreps.Has(toks[k].Folded()) {
		return false
	}
	if k >= 2 && toks[k-1].Cap() && toks[k-2].Cap() && r.lex.HasFolded(lexicon.GivenName, toks[k-2].Folded()) {
		return true // "Davide Ferrante di"
	}
	if quotedSpeaker(toks, k) {
		return true // "commenta Hermengild Pizzighetti di X", "observe Wenceslas Vercambre, chez X"
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if toks[j].Punct() || r.lex.HasFolded(lexicon.CompanyNoun, toks[j].Folded()) {
			return false // "presidente del consorcio de Wolfsburgo": its seat
		}
		if j == k-1 && j > 0 && toks[j].Cap() && !toks[j-1].Cap() && r.lex.HasFolded(lexicon.GivenName, toks[j].Folded()) {
			return false // "chief executive Marc de Garidel": a particle of his name
		}
		if corporateRoles[toks[j].Folded()] || roleCompound(toks[j].Folded()) {
			return true
		}
	}
	return false
}

// quotedTitle: the span closes a short stretch in quotation marks that
// opens a few words before it, every word of it capitalised ("Episode I -
// The Phantom Menace"): the title of a film, a book or a song. Not a name
// quoted alone ("the brand "Quorvex""), nor the end of words quoted ("È
// un'operazione che trasforma Shanks"").
func quotedTitle(toks []segment.Token, sp span) bool {
	if sp.to >= len(toks) || !closingQuotes[toks[sp.to].Text()] {
		return false
	}
	for k := sp.from - 1; k >= 0 && k >= sp.from-6; k-- {
		t := toks[k]
		if openingQuotes[t.Text()] {
			return k < sp.from-2 // two words before the name at least: not "la empresa "Grupo Zentrixa""
		}
		if t.Text() == "." || !t.Punct() && !t.Cap() && !number(t.Text()) {
			return false
		}
	}
	return false
}

var (
	openingQuotes = set(`" “ « „ ‘`)
	closingQuotes = set(`" ” » “ ’`)
)

// quotedSpeaker: before the preposition at k stand two capitalised words
// (a comma allowed after them) right after a verb of saying: the person
// quoted, whatever their given name.
func quotedSpeaker(toks []segment.Token, k int) bool {
	j := k - 1
	if j >= 0 && toks[j].Text() == "," {
		j--
	}
	return j >= 2 && toks[j].Cap() && !toks[j].Punct() && toks[j-1].Cap() && !toks[j-1].Punct() && sayingVerbs[toks[j-2].Folded()]
}

// sayingVerbs introduce the one quoted, in the languages read.
var sayingVerbs = set(`said says told added commented commenta osserva spiega aggiunge sottolinea dice dijo afirma explica comenta anade
	sagt sagte meint erklart erklarte betont zegt zei aldus stelt observe estime explique souligne ajoute juge`)

// dealVerbAfter: a deal word follows a name ending at k within three
// words, before any verb of saying ("Dell agreed to buy", not "Rogers
// said the deal").
func (r *recognizer) dealVerbAfter(lang string, toks []segment.Token, k int) bool {
	for j := k; j < len(toks) && j < k+3; j++ {
		f := toks[j].Folded()
		if toks[j].Punct() || sayingVerbs[f] {
			return false
		}
		if r.isCue != nil && r.isCue(lang, f) {
			return true
		}
	}
	return false
}

var employerArticles = lists.SetOf(set(`der dem the la le l el`))

// roleCompound: a German compound ending in a role ("Pharmaanalyst",
// "Chefvolkswirt", "Branchenexperte").
func roleCompound(w string) bool {
	for _, end := range []string{"analyst", "analystin", "stratege", "strategin", "okonom", "okonomin", "volkswirt", "volkswirtin", "experte", "expertin"} {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// stockMove: a word of rising or falling and a percentage within the
// five words after the name ("Kroger fell more than 9%", "Tiffany
// shares rose 6 percent").
func stockMove(toks []segment.Token, to int) bool {
	move, pct := false, false
	for k := to; k < len(toks) && k < to+7; k++ {
		w := toks[k].Folded()
		move = move || moveWords.Has(w)
		pct = pct || w == "percent" || w == "per" || toks[k].Text() == "%" || w == "prozent"
	}
	return move && pct
}

// moveWords are asked of the words after every name.
var moveWords = lists.SetOf(set(`rose fell dropped gained slid jumped climbed tumbled sank surged plunged slumped soared
	rises falls drops gains slides jumps climbs tumbles sinks surges plunges slumps soars
	cayeron cayo subieron subio scese salito sceso salite guadagna perde stiegen fielen stieg fiel
	bondit chute recule progresse grimpe`))

// listedAsRival: the name follows "rivals such as", "competitors
// including", "companies like", "sfidare": a company named among others.
func listedAsRival(toks []segment.Token, from int) bool {
	for k, seen := from-1, 0; k >= 0 && seen < 3; k-- {
		if toks[k].Punct() {
			if toks[k].Text() == "," {
				continue
			}
			return false
		}
		seen++
		w := toks[k].Folded()
		if rivalNouns.Has(w) {
			return true
		}
		if toks[k].Cap() && !listGlueWords.Has(w) {
			continue // "rivals such as Walmart, Kroger and Costco"
		}
		if !listGlueWords.Has(w) {
			return false
		}
	}
	return false
}

var rivalNouns = lists.SetOf(set(`rival rivals competitor competitors companies businesses firms startups peers sfidare rivale rivali concorrenti
	competidores rivales konkurrenten wettbewerber rivaux concurrents concurrenten concorrentes`))

var listGlueWords = lists.SetOf(set(`such as including like come tra tipo como wie comme zoals and or e y und et`))

// itsAfter: "its" within the three words after a name, after lower-case
// words only ("Comcast then abandoned its pursuit").
func itsAfter(toks []segment.Token, to int) bool {
	for k := to; k < len(toks) && k < to+4; k++ {
		t := toks[k]
		if t.Punct() || t.Cap() {
			return false
		}
		if w := strings.ToLower(t.Text()); w == "its" || w == "itself" {
			return k > to
		}
	}
	return false
}

var speech = lists.SetOf(set(`said says announced announces reported confirmed added told agreed plans expects
	ha annunciato dijo anuncio teilte sagte erklarte annonce indique disse anunciou zei meldde`))

// webName: a company named by its web address ("Jet.com", "Souq.com").
func webName(key string) bool {
	for _, tld := range []string{" com", " net", " io"} {
		if strings.HasSuffix(key, tld) && len(key) > len(tld)+1 {
			return true
		}
	}
	return false
}

// ticker: "(CSCO)", "(NASDAQ: ACIA)", "(NYSE:BA)" right after the name.
func ticker(toks []segment.Token, to int) bool {
	to = skipDot(toks, to)
	if to+2 >= len(toks) || toks[to].Text() != "(" {
		return false
	}
	k := to + 1
	if k+2 < len(toks) && toks[k+1].Text() == ":" {
		k += 2
	}
	t := toks[k]
	if k+2 < len(toks) && dashes[toks[k+2].Text()] && k == to+1 {
		return false // "Zürich (SWD) – Ihre erste ...": a dateline's agency, not a ticker
	}
	return !t.Punct() && t.Upper() && len(t.Text()) <= 6 && k+1 < len(toks) && toks[k+1].Text() == ")"
}

var dashes = set("- – —")

// acronymAfter: "Reliance Industries Limited (RIL)" gives RIL as an alias;
// "Toyota Motor Corporation (Toyota)" gives Toyota.
func acronymAfter(toks []segment.Token, sp span) (string, bool) {
	to := skipDot(toks, sp.to)
	if to+2 >= len(toks) || toks[to].Text() != "(" || toks[to+2].Text() != ")" || toks[to+1].Punct() {
		return "", false
	}
	return abbreviates(toks, sp, toks[to+1], false)
}

// currencyNouns, after a name, make it a currency's: "Swiss franc",
// "franchi svizzeri" aside, "Danish crowns".
var currencyNouns = set(`franc francs franken franco franchi francos crown crowns krona kronor krone kronen couronne couronnes
	dollar dollars dollaro dollari dolar dolares pound pounds yen yuan renminbi rupee rupees peso pesos real reais`)

// compoundInitials: a is the initials of the name's words and one or two
// letters more, found in that order inside its last word, a compound whose
// parts the acronym spells ("TFDS" for "Troms Fylkes Dampskibsselskap",
// damp-skibs-selskap).
func compoundInitials(last segment.Token, initials, a string) bool {
	rest, ok := strings.CutPrefix(a, initials)
	if !ok || len(initials) < 2 || rest == "" || len(rest) > 2 {
		return false
	}
	word := strings.ToUpper(last.Text())
	if len(word) < 8 {
		return false // a compound is long
	}
	word = word[1:]
	for _, r := range rest {
		i := strings.IndexRune(word, r)
		if i < 0 {
			return false
		}
		word = word[i+1:]
	}
	return true
}

// acronymBefore: "ATIC (Advanced Technology Investment Company)", the
// name spelled out in brackets after its acronym, gives ATIC as an alias.
// Only all the initials count: a bracket after a name more often narrows it
// to a unit ("HSBC (HSBC France)", "GE (GE Vernova)").
func (r *recognizer) acronymBefore(toks []segment.Token, folded []string, sp span) (string, bool) {
	to := skipDot(toks, sp.to)
	if sp.from < 2 || to >= len(toks) || toks[sp.from-1].Text() != "(" || toks[to].Text() != ")" || toks[sp.from-2].Punct() || !toks[sp.from-2].Upper() ||
		r.isKnown(toks, folded, sp.from-2) {
		return "", false
	}
	return abbreviates(toks, sp, toks[sp.from-2], true)
}

// abbreviates: a stands for the name sp, as its initials ("RIL"), its
// initials with the words in capitals kept whole ("LGES" for "LG Energy
// Solution"), or, unless strict, their start or one of its words
// ("Toyota").
func abbreviates(toks []segment.Token, sp span, a segment.Token, strict bool) (string, bool) {
	var initials, withCapitals strings.Builder
	for _, t := range toks[sp.from:sp.to] {
		if !t.Cap() && (nameConnectors.Has(t.Folded()) || listJoins.Has(t.Folded()) || foreignAnd(t.Folded(), "")) {
			continue // "Thermoformed and Flexibles Packaging (TFP)", "Ofotens og Vesteraalens": the little words have no letter
		}
		if !t.Punct() {
			for _, r := range t.Text() {
				initials.WriteRune(unicode.ToUpper(r))
				if !t.Upper() {
					withCapitals.WriteRune(unicode.ToUpper(r))
				}
				break
			}
			if t.Upper() {
				withCapitals.WriteString(t.Text())
			}
			if !strict && strings.EqualFold(t.Text(), a.Text()) {
				return model.Fold(a.Text()), true
			}
		}
	}
	if !a.Upper() || len(a.Text()) < 2 {
		return "", false
	}
	if strict && (initials.String() == a.Text() || withCapitals.String() == a.Text()) ||
		!strict && (strings.HasPrefix(initials.String(), a.Text()) || strings.HasPrefix(withCapitals.String(), a.Text()) || compoundInitials(toks[sp.to-1], initials.String(), a.Text())) {
		return model.Fold(a.Text()), true
	}
	if sp.from > 0 && toks[sp.from-1].Cap() && groupHeads.Has(toks[sp.from-1].Folded()) {
		// "Grupo Cementos de Chihuahua (GCC)": the name keeps no "Grupo",
		// its acronym does
		g := strings.ToUpper(toks[sp.from-1].Folded()[:1])
		if strict && g+initials.String() == a.Text() || !strict && strings.HasPrefix(g+initials.String(), a.Text()) {
			return model.Fold(a.Text()), true
		}
	}
	return "", false
}

// groupHeads open a company's name in the Romance languages and German,
// dropped from the name kept ("Grupo Cementos de Chihuahua"), not from
// its acronym.
var groupHeads = lists.SetOf(set(`grupo gruppo groupe gruppe group`))

// nounBeside: "handset maker Xiaomi", "il gruppo Fiat", or "Xiaomi, a
// Chinese smartphone maker".
func (r *recognizer) nounBeside(lang string, toks []segment.Token, sp span) bool {
	if r.companyNounBefore(lang, toks, sp.from) {
		return true
	}
	if sp.to+1 < len(toks) && toks[sp.to].Text() == "," && r.appositionOpens(toks[sp.to+1]) {
		for k := sp.to + 1; k < len(toks) && k <= sp.to+6; k++ {
			if toks[k].Punct() {
				break
			}
			if r.lex.HasFolded(lexicon.CompanyNoun, toks[k].Folded()) || houseNouns.Has(toks[k].Folded()) {
				return true
			}
		}
	}
	return false
}

// appositionOpens: t can open an apposition or a relative clause
// describing the name before its comma: an article, a possessive or a
// relative pronoun ("X, the Danish insurer", "X, sa filiale", "X, qui
// exploite la marque"), a capitalised word ("X, Denmark's largest
// insurer") or the noun itself; not a conjunction ("die Nachfrage, weil
// Autobauer ...").
func (r *recognizer) appositionOpens(t segment.Token) bool {
	f := t.Folded()
	return t.Cap() || appositionWords[f] || relativePronouns[f] || r.lex.HasFolded(lexicon.CompanyNoun, f)
}

var appositionWords = set(`the a an its der die das des dem den ein eine einer eines einem einen il lo la l i gli le un una uno
	el los las les une des sa son ses sua suo sue suoi su sus seine seiner ihr ihre leur o os as um uma`)

// cueNear: a deal word within three words of the name ("deal with X",
// "X agreed to buy", "accordo con X"); other names and "and" between them
// do not count ("deal between Alstom and Siemens").
func (r *recognizer) cueNear(lang string, toks []segment.Token, sp span) bool {
	if r.isCue == nil {
		return false
	}
	look := func(k int) (stop, cue bool) {
		t := toks[k]
		if t.Punct() {
			return t.Text() == "." || t.Text() == ";" || t.Text() == ":", false
		}
		return false, r.isCue(lang, t.Folded())
	}
	if r.cuePhraseEnds(toks, sp) {
		return true
	}
	seen := 0
	for k := sp.from - 1; k >= 0 && seen < 3; k-- {
		stop, cue := look(k)
		if stop {
			break
		}
		if cue {
			return true
		}
		if !toks[k].Punct() && !toks[k].Cap() && !coordinators.Has(toks[k].Folded()) {
			seen++
		}
	}
	seen = 0
	for k := sp.to; k < len(toks) && seen < 3; k++ {
		stop, cue := look(k)
		if stop {
			break
		}
		if cue {
			return true
		}
		if !toks[k].Punct() && !coordinators.Has(toks[k].Folded()) {
			seen++
		}
	}
	return false
}

// cuePhraseEnds: a phrase of a company taken ("took over", "se hizo
// con", "s'est emparé de") ends right before the name sp: the name is
// what is taken, as after one deal word (see cueNear). Not a name an
// article opens ("se hizo con la Liga"), nor someone's ("took over
// Brightman's role"), nor one before the phrase ("Shay Segev took over
// as chief executive" is a man).
func (r *recognizer) cuePhraseEnds(toks []segment.Token, sp span) bool {
	if sp.from < 2 || toks[sp.to-1].Poss() || sp.to < len(toks) && toks[sp.to].Poss() {
		return false // someone's: "took over Brightman's role"
	}
	k := sp.from - 1
	// (compared word by word: asked of every name with a word before
	// it, a phrase joined into a string would cost an allocation each)
	for _, phrase := range takingPhrases[toks[k].Folded()] {
		from := k - len(phrase) + 1
		if from < 0 {
			continue
		}
		match := true
		for i, w := range phrase {
			if t := toks[from+i]; t.Punct() || t.Folded() != w {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// takingPhrases are the deal phrases of several words a company taken
// follows, whatever the page, listed by their last word. Not "sale of",
// "offer for", "took control of", "went to", "combined with": as often
// of tickets, players, cities, schools and causes (see
// review58d_test.go); and a cup or a prize is won with an article before
// it ("se adjudicó el Tour", "s'offre la Coupe de France"), which a
// company taken seldom has.
var takingPhrases = func() map[string][][]string {
	m := map[string][][]string{}
	// (not "bought out": "bought" is a deal word of its own)
	for _, p := range strings.Fields(`took_over take_over takes_over taking_over taken_over
		spun_off spin_off spins_off
		se_hizo_con se_hace_con hacerse_con se_hiciera_con se_quedo_con se_queda_con quedarse_con se_quedara_con
		s_est_empare_de s_est_empare_d s_etait_empare_de s_etait_empare_d s_empare_de s_empare_d
		s_est_offert s_etait_offert s_offre s_offrir
		mis_la_main_sur met_la_main_sur messo_le_mani_su mette_le_mani_su`) {
		words := strings.Split(p, "_")
		last := words[len(words)-1]
		m[last] = append(m[last], words)
	}
	return m
}()

// dealParty: the name follows a deal word and the preposition that joins
// a side to it ("a takeover by Dubai Ports World", "the acquisition of",
// "un accordo con"), an article allowed between: a side of the deal.
func (r *recognizer) dealParty(lang string, toks []segment.Token, sp span) bool {
	k := sp.from - 1
	if k >= 0 && recipientArticles.Has(toks[k].Folded()) {
		k--
	}
	return k >= 1 && r.isCue != nil && sidePrepositions[toks[k].Folded()] && !toks[k-1].Punct() && r.isCue(lang, toks[k-1].Folded())
}

var sidePrepositions = set(`by of with from to di da con de par avec von mit durch an a al alla au aux`) // folded: "à" is "a"

// placePrepositions put a company's unit in a place ("una controllata a
// Ollioules"); the Romance "a", "à" and "en" also mean "to" after a sale.
var placePrepositions = set(`in a en nel nella im`)

// dealRecipient: the name sp follows "to" or "from" (an article
// allowed between) in a clause that a deal word opened within eight words
// before ("sold its Latin American operations to Suramericana", "bought
// the unit from Quorvex"): the other side of that deal.
func (r *recognizer) dealRecipient(lang string, toks []segment.Token, sp span) bool {
	if sp.to+1 < len(toks) && coordinators.Has(toks[sp.to].Folded()) && toks[sp.to+1].Cap() {
		return false // "from the UK's Competition and Markets Authority": the name may go on
	}
	k := sp.from - 1
	if k >= 0 && toks[k].Poss() && toks[k].Cap() {
		k-- // "to Colombia's Suramericana"
	}
	if k >= 0 && recipientArticles.Has(toks[k].Folded()) {
		k--
	}
	if k < 1 || !recipientPrepositions.Has(toks[k].Folded()) || r.isCue == nil {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := toks[j]
		if t.Punct() && (t.Text() == "." || t.Text() == ";" || t.Text() == ":" || t.Text() == ",") {
			return false
		}
		if !t.Punct() && r.isCue(lang, t.Folded()) {
			return true
		}
	}
	return false
}

// priced: a price is paid for the name ("$2.5 billion for UraMin", "1,35
// miliardi di dollari per Krispy Kreme") or the name changes hands for one
// ("to Corning for roughly $900 million"): a company, bought or buying.
func priced(toks []segment.Token, sp span) bool {
	k := beforeSeat(toks, sp.from-1)
	if k >= 0 && recipientArticles.Has(toks[k].Folded()) {
		k--
	}
	if k >= 1 && priceFor.Has(toks[k].Folded()) && amountWithin(toks, k-3, k) {
		return true
	}
	after := sp.to
	if after+2 < len(toks) && toks[after].Text() == "(" && toks[after+2].Text() == ")" {
		after += 3 // "American Sugar Refining (ASR) por 211 millones": its acronym between
	}
	return after < len(toks) && priceFor.Has(toks[after].Folded()) && amountWithin(toks, after+1, after+5)
}

// beforeSeat is the token before a seat that word k ends ("for
// Chicago-based Daxmoor", "for the Kansas City-based Daxmoor"), k itself
// when no seat stands there: where a company is based says nothing of
// what is paid for it.
func beforeSeat(toks []segment.Token, k int) int {
	switch {
	case k >= 0 && endsOnSeat(toks[k].Text()):
		k-- // one token: "Chicago-based"
	case k >= 2 && seatAfter(toks, k-1) && toks[k-2].Cap():
		k -= 3
	default:
		return k
	}
	for n := 0; n < 2 && k >= 0 && toks[k].Cap() && !toks[k].Punct(); n++ {
		k-- // the rest of a place's name: "Kansas City-based"
	}
	return k
}

// amountWithin: a currency or scale word among the tokens from..to
// ("$", "million", "miliardi"), not a bare number ("for 20 years").
func amountWithin(toks []segment.Token, from, to int) bool {
	for j := max(from, 0); j < min(to, len(toks)); j++ {
		if toks[j].Text() == "." || toks[j].Text() == ";" {
			return false
		}
		if amountWord(toks[j].Folded()) {
			return true
		}
	}
	return false
}

var priceFor = lists.SetOf(set(`for per por pour fur voor`))

// recipientPrepositions introduce the other side of a deal: not "a" or
// "à", which name places too ("a Salzgitter"), nor "da" ("il via libera
// dalla Competition and Markets Authority").
var recipientPrepositions = lists.SetOf(set(`to from an von vom as`))
var recipientArticles = lists.SetOf(set(`the der die den dem la le l il lo el les los las`))

// cueInRelative: a relative clause after the name has a deal word
// ("Walmart, which has been building up its own e-commerce operations and
// bought online retailer Jet.com"): the name is the one that dealt.
func (r *recognizer) cueInRelative(lang string, toks []segment.Token, to int) bool {
	if r.isCue == nil || to+1 >= len(toks) || toks[to].Text() != "," || !relativePronouns[toks[to+1].Folded()] {
		return false
	}
	for k := to + 2; k < len(toks) && k <= to+14; k++ {
		if toks[k].Punct() {
			if toks[k].Text() == "," || toks[k].Text() == "." || toks[k].Text() == ";" {
				return false
			}
			continue
		}
		if r.isCue(lang, toks[k].Folded()) {
			return true
		}
	}
	return false
}

var relativePronouns = set(`which that che que qui die der welche welcher`)

var coordinators = lists.SetOf(set(`and e y und et en or o oder ou`))

// placeBefore: "Germany's Siemens", "l'allemand Siemens", "il gruppo
// tedesco": a country's or a nationality's name just before a name.
func (r *recognizer) placeBefore(toks []segment.Token, from int) bool {
	k := from - 1
	if k < 0 || toks[k].Punct() {
		return false
	}
	f := toks[k].Folded()
	if toks[k].Poss() && r.lex.HasFolded(lexicon.Place, f) {
		return true
	}
	if k > 0 && !toks[k-1].Punct() && articles.Has(toks[k-1].Folded()) && r.lex.HasFolded(lexicon.Demonym, f) {
		return true
	}
	// a noun, then its nationality, then the name, as the Romance
	// languages order them: "il gruppo tedesco Siemens"
	return k > 0 && !toks[k-1].Punct() && r.lex.HasFolded(lexicon.Demonym, f) && r.companyNounBefore("", toks, k)
}

// articleAndNationality: an article and a nationality written in lower
// case just before the name ("le serbe Delta Maxi"), as the Romance
// languages describe companies; people they call "le Serbe".
func (r *recognizer) articleAndNationality(toks []segment.Token, from int) bool {
	k := from - 1
	return k > 0 && !toks[k].Cap() && articles.Has(toks[k-1].Folded()) && r.lex.HasFolded(lexicon.Demonym, toks[k].Folded())
}

// locative: "in China", "across the US", "nach China": a preposition of
// place before a name shows the name is a place, not a company.
func locative(toks []segment.Token, from int) bool {
	k := from - 1
	if k >= 1 && seatPrepositions.Has(toks[k].Folded()) && seatWords[toks[k-1].Folded()] {
		return true // "con sede a Zurigo", "basée à Bâle": "a" and "à" are places' after a seat
	}
	if k >= 2 && seatPrepositions.Has(toks[k].Folded()) && listedAtWords[toks[k-1].Folded()] && !articles.Has(toks[k-2].Folded()) &&
		(from+1 >= len(toks) || !toks[from+1].Cap()) {
		return true // "cotée à Londres", "quotata a Milano"
	}
	if k > 0 && articles.Has(toks[k].Folded()) {
		k--
	}
	return k >= 0 && !toks[k].Punct() && locatives.Has(toks[k].Folded())
}

// sitePlace: the name follows a word of where a company works and a
// preposition of place ("base in Faridabad", "headquartered in", "Werk in",
// "stabilimento a"): a place.
func sitePlace(toks []segment.Token, from int) bool {
	k := from - 1
	return k >= 1 && sitePrepositions.Has(toks[k].Folded()) && siteWords[toks[k-1].Folded()]
}

// seatOfGroup: a one-word name after a company noun of any company and
// "de"/"di"/"del" ("le groupe de Christchurch", "dal gruppo di Meda", "la
// société de Lynge"): where the group sits, in the Romance languages,
// which name a company after the noun without a preposition ("le groupe
// Bolloré"). A name that is a place may follow "dello"/"della" too ("la
// società dello Utah").
func seatOfGroup(toks []segment.Token, sp span, place bool) bool {
	k := sp.from - 1
	if sp.to-sp.from != 1 || k < 1 || !seatNouns.Has(toks[k-1].Folded()) {
		return false
	}
	if f := toks[k].Folded(); !ofWords.Has(f) && !(place && articledOf[f]) {
		return false
	}
	return sp.to >= len(toks) || toks[sp.to].Punct() || !toks[sp.to].Cap()
}

// seatNouns are the company nouns that "de"/"di" and a town follow.
var seatNouns = lists.SetOf(set(`groupe gruppo grupo societe societa sociedad entreprise azienda empresa compagnie compagnia compania firme cooperative cooperativa holding`))

var sitePrepositions = lists.SetOf(set(`in at a en nel nella im bei near`))

var siteWords = set(`base headquarters headquartered based located plant plants factory factories facility facilities site mill
	sede stabilimento stabilimenti fabbrica impianto impianti basata basato
	planta plantas fabrica sede ubicada ubicado situada situado
	usine usines siege site implantee installee basee
	werk werke fabrik standort standorten sitz zentrale ansassig`)

// seatWords say where a company sits, before "a"/"à", which otherwise
// also mean "to" ("ceduta a Hitachi").
var seatWords = set(`sede base basata basato basate basati basee base basees implantee implante situee situe domiciliata domiciliato`)

// listedAtWords say where a company is listed ("cotée à Londres"),
// before "a"/"à": a place only for one word after them, and not after an
// article ("ha ceduto la quotata a Monaco Telecom": sold the listed one to).
var listedAtWords = set(`cotee cote cotees cotes quotata quotato quotate quotati`)

var seatPrepositions = lists.SetOf(set(`a ad`)) // folded: "à" is "a"

var employerPreps = lists.SetOf(set(`of at for di del della presso de du des von bei beim der van do da chez en`))

var locatives = lists.SetOf(set(`in into across throughout within inside outside nel nella negli nelle en dans nach
	em no na nos nas`))

var articles = lists.SetOf(set(`the le la l l' il lo el der die das de het o a`))

// companyNounBefore: the word before is a company noun, or in German a
// compound ending in one ("Batteriekonzern CATL").
func (r *recognizer) companyNounBefore(lang string, toks []segment.Token, from int) bool {
	k := from - 1
	if k < 0 || toks[k].Punct() {
		return false
	}
	f := toks[k].Folded()
	if brandNouns.Has(f) {
		return false // "la marca Bon o Bon": what a brand is called, a product's name
	}
	if r.lex.HasFolded(lexicon.CompanyNoun, f) || k >= 1 && r.lex.HasFolded(lexicon.CompanyNoun, toks[k-1].Folded()+" "+f) {
		return true // "the French fashion house Balmain"
	}
	// "Batteriekonzern", "soapmaker", "des US-Saatgutkonzerns"
	if r.lex.EndsWith(lexicon.CompanyNoun, f, 5) || lang == "de" && (r.germanCompanyNoun(f) || germanKindCompound(f) && !germanPersonCompound(f)) {
		return true
	}
	// Romance languages put the adjective after the noun: "del grupo
	// veterinario Dechra"
	if !romance[lang] || toks[k].Cap() || number(toks[k].Text()) || ofWords.Has(f) || placePrepositions[f] {
		return false // "il gruppo di Meda", "una controllata a Ollioules": of a place, in a place
	}
	k--
	return k >= 0 && !toks[k].Punct() && r.lex.HasFolded(lexicon.CompanyNoun, toks[k].Folded())
}

var romance = set("it es fr pt")

// brandNouns name a brand: a company after one ("Gucci, the Italian
// brand"), a brand's own name before one. (Not brandWord, which also holds
// "marchio" and "merk": before a name they may still tell its company.)
var brandNouns = lists.SetOf(set("brand marca marque marke"))

// ofWords before a name tell a place: "il gruppo di Meda".
var ofWords = lists.SetOf(set("d de di del des"))

// articledOf are "of" and an article in one word ("società dello Utah"),
// which Italian also writes before companies ("della Fiat"): of a place
// only when the name is one.
var articledOf = set("dello della dell")

// descriptor: "Chinese Internet giant Alibaba" — a nationality opening a
// run of words that a company noun follows describes the company after it.
func (r *recognizer) descriptor(toks []segment.Token, sp span) bool {
	first := toks[sp.from].Folded()
	if last := toks[sp.to-1].Folded(); sp.to-sp.from >= 2 && (r.lex.HasFolded(lexicon.CompanyNoun, last) || germanKindCompound(last) || bankCompound(last)) &&
		r.placeAdjective(placeWordsOf(toks, sp.from, sp.to-1)) {
		return true // "der Leverkusener Konzern", "einer New Yorker Großbank": a company described by its town
	}
	if !r.lex.HasFolded(lexicon.Demonym, first) && !r.lex.HasFolded(lexicon.Place, first) {
		return false
	}
	return sp.to < len(toks) && !toks[sp.to].Punct() && r.lex.HasFolded(lexicon.CompanyNoun, toks[sp.to].Folded())
}

// worksOfTown: the name opens with a town of one or two words and ends
// in "Works", with a word between ("Port Talbot Steel Works", "Scunthorpe
// Steel Works"): a plant named by its town. ("Stanley Works" opens with
// no place.)
func (r *recognizer) worksOfTown(words []string) bool {
	n := len(words)
	if n < 3 || words[n-1] != "works" {
		return false
	}
	town := func(w string) bool { return r.lex.HasFolded(lexicon.Place, w) && !r.lex.HasFolded(lexicon.Country, w) }
	return town(words[0]) || town(words[0]+" "+words[1]) // (not "Japan Steel Works": a country names a company)
}

// placeWordsOf is the folded words of toks[from:to] joined by spaces: the
// one word itself, most often.
func placeWordsOf(toks []segment.Token, from, to int) string {
	if to-from == 1 {
		return toks[from].Folded()
	}
	words := make([]string, 0, to-from)
	for _, t := range toks[from:to] {
		words = append(words, t.Folded())
	}
	return strings.Join(words, " ")
}

// placeAdjective: a German adjective made of a town's name ("Leverkusener",
// "Frankfurter").
func (r *recognizer) placeAdjective(folded string) bool {
	stem, ok := strings.CutSuffix(folded, "er")
	return ok && len(stem) > 2 && r.lex.HasFolded(lexicon.Place, stem)
}

// allLegalSuffixes: every word is a legal suffix ("Inc", "S.p.A.").
func (r *recognizer) allLegalSuffixes(words []string) bool {
	for _, w := range words {
		if !r.lex.HasFolded(lexicon.LegalSuffix, w) {
			return false
		}
	}
	return len(words) > 0
}

// allCommon: every word is one the corpus also writes in lower case.
func (r *recognizer) allCommon(words []string) bool {
	for _, w := range words {
		if !r.lower[w] && !r.lex.HasFolded(lexicon.NameWord, w) {
			return false
		}
	}
	return true
}

// tickerNamed: the word before token k calls what follows a ticker
// symbol ("under the symbol", "con la sigla"), or "as" follows a word of
// listing ("listed on the New York Stock Exchange as LVB").
func tickerNamed(toks []segment.Token, k int) bool {
	if k == 0 {
		return false
	}
	if tickerWords.Has(toks[k-1].Folded()) {
		return true
	}
	if toks[k-1].Folded() != "as" && toks[k-1].Folded() != "sous" && toks[k-1].Folded() != "unter" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-9; j-- {
		if listingWords[toks[j].Folded()] {
			return true
		}
	}
	return false
}

var (
	tickerWords  = lists.SetOf(set(`symbol symbole simbolo sigla ticker kurzel`))
	listingWords = set(`listed quoted cotee cote quotata quotato kotiert notiert cotiza cotizada`)
)

// writtenWithSuffix: the mention writes the name with a legal suffix its
// key leaves out ("Herman Miller Inc.", "Budapest Airport Rt").
func (r *recognizer) writtenWithSuffix(sp span) bool {
	return len(sp.keyWords()) > 0 && len(sp.words) > len(sp.keyWords()) && r.lex.HasFolded(lexicon.LegalSuffix, sp.words[len(sp.words)-1])
}

// skipDot steps over the period of an abbreviated suffix: "Boeing Co. (BA)".
func skipDot(toks []segment.Token, i int) int {
	if i < len(toks) && toks[i].Text() == "." {
		return i + 1
	}
	return i
}

func amountWord(w string) bool { return money.IsWord(w) }

// currencyOfPlace: the one-word name at sp is a place's or a people's
// name, and a currency word follows it ("Swiss francs", "Canadian
// dollars"): the currency's, not a company's.
func currencyOfPlace(toks []segment.Token, sp span, lex *lexicon.Lexicon) bool {
	if sp.to-sp.from != 1 || sp.to >= len(toks) || toks[sp.to].Punct() || !amountWord(toks[sp.to].Folded()) {
		return false
	}
	return lex.HasAnyFolded(placeWords, toks[sp.from].Folded())
}

var sonsWords = set(`sohne soehne`)

// assetNamed: the span names a mine, a project or a field: the noun for
// it comes right after the name, or one lower-case word later, a
// determiner or an owner before it ("the Whabouchi mine", "the Olaroz
// brine operation", "Livent's Fénix operation"); or a mine's noun right
// before it ("la mina Olaroz", "la miniera di Whabouchi").
func assetNamed(toks []segment.Token, sp span) bool {
	if sp.from > 0 && (assetOpeners.Has(toks[sp.from-1].Folded()) || toks[sp.from-1].Poss()) {
		for k := sp.to; k < len(toks) && k <= sp.to+1; k++ {
			if toks[k].Cap() || toks[k].Punct() {
				break
			}
			if assetAfter[toks[k].Folded()] {
				return true
			}
		}
	}
	k := sp.from - 1
	if k > 0 && ofWords.Has(toks[k].Folded()) {
		k-- // "la miniera di Whabouchi"
	}
	return k >= 0 && mineNouns.Has(toks[k].Folded())
}

// assetAfter are the English nouns for a site named before them; a
// plant, a terminal or a site may be a company's ("the Kelmora plant"),
// and are left out.
var assetAfter = set(`mine project deposit field oilfield smelter operation`)

// assetOpeners may stand before a site's name: determiners and owners.
var assetOpeners = lists.SetOf(set(`the its their his her`))

// mineNouns name a mine or a deposit before its name, "of" maybe between
// (not a project: "su proyecto BlueOval SK" is a joint venture, a company).
var mineNouns = lists.SetOf(set(`miniera mina minas mine minen bergwerk grube giacimento yacimiento gisement lagerstatte`))

// codeThenFigure: w is three capitals and then a digit ("CHF220m",
// "USD1.5bn"): a currency code written against its amount.
// modelCode: w opens on one to three capitals and two digits or more,
// and goes on with a hyphen or in lower case ("F404-GE-IN20", "A320neo",
// "B787-9"), or its digits open on a zero or run to four or more
// ("PR001", "LY3002813"): the code of an engine, an aircraft, a chip or
// a drug candidate. Companies are written so without the rest ("A123",
// "F45", "TV18", "GS25"), or with one digit ("G4S", "A2A", "TF1").
func modelCode(w string) bool {
	i := 0
	for i < len(w) && i < 4 && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	digits := 0
	for i+digits < len(w) && w[i+digits] >= '0' && w[i+digits] <= '9' {
		digits++
	}
	rest := w[i+digits:]
	if digits >= 2 && (w[i] == '0' || digits >= 4) {
		return true // "PR001", "LY3002813": a drug candidate's code
	}
	return digits >= 2 && rest != "" && (rest[0] == '-' || rest[0] >= 'a' && rest[0] <= 'z')
}

func codeThenFigure(w string) bool {
	if len(w) < 4 || w[3] < '0' || w[3] > '9' {
		return false
	}
	for i := 0; i < 3; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// joinedCapitals: w is two capitalised words of three letters or more
// joined by a hyphen, neither a given name, a place nor a nation
// ("Stolt-Nielsen", not "Jean-Pierre", "Baden-Württemberg" or
// "Franco-German").
func (r *recognizer) joinedCapitals(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || strings.Contains(b, "-") || utf8.RuneCountInString(a) < 3 || utf8.RuneCountInString(b) < 3 {
		return false
	}
	for _, part := range []string{a, b} {
		first, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(first) {
			return false
		}
		f := model.Fold(part)
		if r.lex.HasFolded(lexicon.GivenName, f) || r.lex.HasFolded(lexicon.Place, f) || r.lex.HasFolded(lexicon.Demonym, f) || nationPrefixes[f] {
			return false
		}
	}
	return true
}

// nationPrefixes open compound nationalities ("Franco-German", "Sino-US").
var nationPrefixes = set(`anglo franco sino italo germano russo euro afro indo austro hispano luso`)

// soldUnder: the name is the brand something is sold under: "sells as
// Splenda", "marketed as", "under the Splenda brand", "con il marchio
// Splenda", "con la marca", "sous la marque", "unter der Marke". (A
// listed company's name used so, "il marchio Nokia", stays its company.)
func soldUnder(toks []segment.Token, sp span) bool {
	at := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return toks[k].Folded()
	}
	if at(sp.from-1) == "as" && sellingVerbs[at(sp.from-2)] && (sp.to >= len(toks) || toks[sp.to].Punct() || andWords[at(sp.to)]) {
		return true // (and not "sold as Quorvex agreed to buy ...": "as" a conjunction)
	}
	if singleBrandWordSet.Has(at(sp.from-1)) && brandArticles[at(sp.from-2)] && underWords[at(sp.from-3)] {
		return true
	}
	return singleBrandWordSet.Has(at(sp.to)) && brandArticles[at(sp.from-1)] && underWords[at(sp.from-2)]
}

var (
	sellingVerbs  = set(`sells sold sell selling marketed branded`)
	brandArticles = set(`the il la le el der die its their his sua suo`)
	underWords    = set(`under con sotto sous bajo unter with`)
)
