package names

import (
	"strings"

	"dealwire/loader/extract/lists"
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// phrases makes a set of the entries of list, separated by "|": entries
// that hold spaces ("now trades as").
func phrases(list string) map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(list, "|") {
		m[p] = true
	}
	return m
}

// calendar: months and weekdays in the languages dealwire reads (folded),
// and the German nouns of time, capitalised as every German noun ("im
// vergangenen Jahr ARC Technologies": the year, then the name).
var calendar = set(`jahr jahres jahren monat monats monaten woche wochen quartal quartals halbjahr halbjahres jahrzehnt jahrzehnts fruhjahr wochenende
	january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec
	monday tuesday wednesday thursday friday saturday sunday
	gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
	lunedi martedi mercoledi giovedi venerdi sabato domenica
	enero febrero abril mayo junio julio septiembre octubre noviembre diciembre
	lunes martes miercoles jueves viernes
	januar februar marz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
	janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche
	januari februari maart mei augustus maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
	janeiro fevereiro marco maio junho julho setembro outubro dezembro segunda terca quarta quinta sexta`)

// stopCaps are capitalised words that are never part of a company name:
// pronouns, articles and acronyms of business talk.
var stopCaps = set(`ceo cfo coo cto cio evp svp ipo m&a gdp ai iot api sms usd eur gbp jpy cny inr chf ebitda eps tv diy
	mr mrs ms dr prof i we you he she they it our their its his her this that these those
	nobody somebody someone anyone anybody everyone everybody nothing something everything
	q1 q2 q3 q4 h1 h2 fy am pm et pt gmt utc`)

// openers are words that start sentences and headlines without naming anything.
var openers = set(`the a an and but or so in on at for from to of by with as after before while when both either neither
	under over since during about into new its their this that these those there here what why how
	il lo la le gli i un una uno del della dei nel nella per con su tra dopo anche ma e
	el los las unos unas del al en con por para tras sobre pero y
	der die das den dem des ein eine einer mit von fur nach bei auch aber und im am zum zur
	le la les un une des du au aux dans pour avec sur apres mais et ce cet cette ces son sa ses leur leurs
	questo questa questi queste quel quella suo sua este esta estos estas ese esa su sus dieser diese dieses sein seine ihr ihre
	de het een van voor met na ook maar en
	o os um uma do da dos das no na nos nas em com por para apos mas e
	share shares according reports report analysts sources update updated breaking exclusive read watch
	photo file video related more latest top
	however meanwhile moreover furthermore additionally also still yet instead indeed overall today yesterday
	now then last next first finally earlier later once despite although though because if unless until whether
	both each every all some many most other another such one two three we i you he she they former
	therefore thus hence nevertheless nonetheless besides otherwise accordingly consequently subsequently
	previously currently recently initially ultimately specifically notably importantly interestingly
	unfortunately fortunately clearly obviously apparently reportedly separately together analysts investors
	can could will would should may might must do does did is are was were has have had be been being
	what which who whom whose where when why how yes no not
	inoltre tuttavia intanto insieme oggi ieri ora poi secondo sin anzi ademas sin embargo hoy ayer ahora
	segun tambien ausserdem jedoch heute gestern nun dann laut zudem cependant aujourd hui hier selon ainsi
	echter vandaag gisteren nu volgens bovendien porem hoje ontem agora segundo tambem
	fuera dentro fuori hors ausserhalb luego despues antes asimismo dopo prima
	rivals competitors shareholders stockholders creditors bidders
	rivali concorrenti azionisti creditori analisti rivales competidores accionistas acreedores analistas
	konkurrenten wettbewerber aktionare glaubiger analysten concurrents actionnaires creanciers analystes`)

// functionWords are the articles and prepositions of each language: one
// opening a sentence of its language names no company, whatever company
// a text of another language names so (Nel, the Norwegian maker).
var functionWords = map[string]map[string]bool{
	"en": set(`the a an in on at for from to of by with`),
	"it": set(`il lo la le gli un una uno del della dei degli nel nella nei negli per con su tra`),
	"es": set(`el los las un una del al en con por para`),
	"fr": set(`le la les un une des du au aux dans pour avec sur`),
	"de": set(`der die das den dem des ein eine im am zum zur mit von`),
}

// commonAcronyms are the everyday acronyms of each language that a
// company is also known by elsewhere: the Italian and French "PMI" are
// small and mid-sized firms, not Philip Morris International, where a
// plural article or preposition stands before them (acronymDeterminers).
var commonAcronyms = map[string]map[string]bool{
	"it": set(`pmi`),
	"fr": set(`pmi pme tpe eti`),
	"es": set(`pyme pymes`),
	"de": set(`kmu`),
}

// acronymDeterminers stand before those acronyms as the plural common
// nouns they are, or a number or a quantity ("le PMI", "tre PMI lombarde",
// "plusieurs PME", "las pymes", "die KMU").
var acronymDeterminers = lists.SetOf(set(`le delle alle dalle nelle sulle per di tra fra les des aux de pour las los para die der den fur
	due tre quattro cinque dieci cento molte numerose alcune diverse tante poche varie
	deux trois quatre cinq dix cent plusieurs quelques nombreuses certaines
	dos tres cuatro cinco diez cien muchas varias algunas numerosas
	zwei drei vier funf zehn hundert viele einige mehrere zahlreiche`))

// notAName: the whole of a candidate name is a month, a weekday, a word of
// business talk (a dimension or a network generation: "3D", "5G"), a
// sentence opener or a class of shares. Most names are told by their shape
// alone to be none.
func notAName(k string) bool {
	return notANameShapes.May(k) && (stopCaps[k] || calendar[k] || openers[k]) || techTerms[k] || shareClass(k)
}

// techTerms are a dimension or a network's generation standing alone
// ("3D and 4D seismic libraries", "5G equipment"); a name opening with one
// ("3D Systems") is none of them.
var techTerms = set(`2d 3d 4d 2g 3g 4g 5g 4k 8k`)

// shareClass: the key is a class or a series of shares ("Class A",
// "Series B"), not a company.
func shareClass(k string) bool {
	c, ok := strings.CutPrefix(k, "class ")
	if !ok {
		c, ok = strings.CutPrefix(k, "series ")
	}
	return ok && len(c) == 1 && c[0] >= 'a' && c[0] <= 'z'
}

var notANameShapes = lists.SieveOf(stopCaps, calendar, openers)

// institutionHead: w heads the name of a public body.
func institutionHead(w string) bool { return institutionHeadSet.Has(w) }

var institutionHeadSet = lists.SetOf(institutionHeads)

// institutionHeads end the names of public bodies, courts and schools,
// not companies: "European Commission", "Tokyo Stock Exchange". "Union"
// heads trade unions' and unions of states' names too ("National Farmers
// Union", "Eurasian Economic Union"); the companies named so are listed
// ("Commercial Union", "Western Union").
var institutionHeads = set(`commission commissione comision kommission commissie comissao
	ministry ministero ministerio ministerium ministere ministerie
	court tribunal tribunale gericht gerichtshof cour
	parliament parlamento parlament parlement congress congresso kongress
	council consiglio consejo rat conseil raad
	agency agenzia agencia agentur agence
	authority autorita autoridad behorde autorite
	executive esecutivo ejecutivo executif confederation confederazione confederacion
	department bureau office exchange university universita universidad universitat universite
	government governo gobierno regierung gouvernement regering
	union unione bund federation association`)
