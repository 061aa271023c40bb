package deals

import (
	"slices"
	"sort"
	"strings"

	"dealwire/loader/extract/lists"
	"dealwire/model"
)

// A trigger is a word or phrase that states a kind of deal, or a status.
// Patterns are folded words (model.Fold); a trailing * matches any ending.
// Where a stem would also match unrelated words (sale -> sales), the forms
// are listed whole.
type trigger struct {
	words []string
	kind  string // a deal type, "" for a generic deal word, or a status
	// stems are the words without a final "*", wild tells which had one:
	// cut once here, not at every match
	stems []string
	wild  []bool
}

// newTrigger makes the trigger of folded words, a final "*" on a word
// matching any word that starts with the rest.
func newTrigger(words []string, kind string) trigger {
	t := trigger{words: words, kind: kind, stems: make([]string, len(words)), wild: make([]bool, len(words))}
	for k, w := range words {
		t.stems[k], t.wild[k] = strings.CutSuffix(w, "*")
	}
	return t
}

// Generic deal words: a deal between the companies around them, its type
// taken from a typed trigger nearby or from another report of it.
const generic = ""

// delivery verbs state a supply deal only when goods follow.
const delivery = "delivery"

// weakLicensing is a patent word: licensing unless a stronger type is stated.
const weakLicensing = "patent"

// The Spanish and Italian past subjunctives of selling and buying: deal
// words, but ones a condition may suppose (see subjunctiveDeals).
const (
	subjunctiveSales     = `vendiera|vendieran|vendiese|vendiesen|cediera|cedieran|cediese|vendesse|vendessero|cedesse|cedessero`
	subjunctivePurchases = `adquiriera|adquirieran|comprase|comprasen|comprasse|comprassero|acquistasse|acquistassero|acquisisse|acquisissero`
)

// The past and conditional forms of the commonest verbs of selling and
// buying that the lists below did not give, singular and plural
// ("cedió", "vendieron", "kauften", "vendirent"): the past tenses are how
// news tells the deals of before, and a plural subject how it names two
// sellers or a company by where it is from ("2007 verkauften die Japaner
// ..."). The present plurals and the imperfects are left out: "vendono
// software", "que lui vendait l'importateur" tell a trade more often than
// a deal. So are "erwarben", "Anleger erwarben Aktien von Veltraco": the
// market's trade (which withoutHomographs drops for the forms listed), and
// "trennten sich", "die Wege trennten sich": two parting ways.
const (
	conjugatedSales = `vendieron|venderia|venderian|cedio|cedieron|cederia|cederian|` +
		`vendettero|venderebbe|venderebbero|cedettero|cederebbe|cederebbero|` +
		`vendit|vendirent|vendrait|vendraient|cédèrent|céderait|céderaient|` +
		`verkauften`
	conjugatedPurchases = `comprarian|adquiririan|pagaron|` +
		`acquisterebbe|acquisì|acquisirebbe|pagarono|` +
		`acheta|achetèrent|achèterait|achèteraient|acquerrait|paya|` +
		`kauften|zahlten|bezahlten|schluckten|einverleibten`
)

// withClitics joins each infinitive with each clitic pronoun, as Spanish
// and Italian write an object after the verb: "venderla", "rilevarne il
// 30%", "aceptado venderse a PeopleSoft". The pronouns of whom a sale is
// made to ("venderle más de 360 millones de toneladas de crudo") are left
// out of selling: goods sold to a customer more often than a company.
func withClitics(infinitives, clitics string) string {
	var forms []string
	for _, v := range strings.Fields(infinitives) {
		for _, c := range strings.Fields(clitics) {
			forms = append(forms, v+c)
		}
	}
	return strings.Join(forms, "|")
}

var (
	saleClitics = withClitics(`vender ceder traspasar enajenar`, `lo la los las se`) + "|" +
		withClitics(`vender ceder`, `lo la li ne`)
	purchaseClitics = withClitics(`comprar adquirir`, `lo la los las le les`) + "|" +
		withClitics(`acquistar acquisir comprar rilevar`, `lo la li le ne`)
	// partClitics take a part of what was named before ("rilevarne il
	// 30%"): deal words only before a stake (see ofAStake)
	partClitics = set(`venderne cederne acquistarne acquisirne comprarne rilevarne`)
)

// raiseForms raise money: investments when a sum is raised from a
// company named (see moneyRaised and withoutRaisesFromNoOne).
const raiseForms = `raised raises raising leve levee lever levera recaudo recauda recaudar recaudara recaudado raccolto raccoglie raccogliere raccolti eingesammelt einsammeln`

// cofoundingWords found a company, a joint venture when told with a
// co-founder (see withoutFoundingsAlone). The forms that are other words
// are left out: "fondé" folds to "fonde" (Italian "merges"), "creó" to
// "creo", "fondò" to "fondo".
const cofoundingWords = `set up|sets up|setting up|founded|co founded|cofounded|` +
	`a fonde|avait fonde|ont fonde|avaient fonde|fonda|fonderent|a cree|avait cree|ont cree|avaient cree|` +
	`fundo|fundaron|constituyo|constituyeron|` +
	`ha fondato|aveva fondato|hanno fondato|avevano fondato|fondarono|ha costituito|aveva costituito|hanno costituito|costituirono|` +
	`grundete|grundeten|gegrundet|gegrundete|gegrundeten|` +
	// the passive participles, a joint venture only with two founders
	// after "by" (see foundedByTwo): "fondée" folds to "fondee" (not the
	// participles of what else is made, "established", "créée",
	// "creata", nor "costituita da", "made up of")
	`fondee|fondata|fundada|fundado`

// Deal-type triggers for the languages dealwire reads: en it es de fr nl pt.
var typeTriggers = compile(map[string]string{
	model.JointVenture: `joint venture|jv|joint holding|joint holding company|holding commune|gemeinsame holding|gemeinsamen holding|holding comune|holding congiunta|holding conjunta|zusammenlegung|zusammenlegen|zusammengelegt|coentreprise|co entreprise|empresa conjunta|sociedad conjunta|gemeinschaftsunternehmen|
		joint venture*|societe commune|impresa comune|empresa comum|entreprise commune|filiale commune|empresa mixta|societa mista|societa congiunta|gemeinsame tochter|gemeinsames tochterunternehmen|venture|ventures|
		jointly owned company with|jointly held company with|jointly owned venture with|gemeinsame gesellschaft mit|gemeinsamen gesellschaft mit|gemeinsame firma mit|gemeinsamen firma mit`,
	model.Licensing: `licen*|cross licen*|sublicen*|lizenz*|einlizenz*|auslizenz*|patentvereinbarung*|patentabkommen|patentlizenz|patentlizenzen|patent agreement*|
		patent deal*|patent settlement|patentlicen*|licenza|licenze|licencia*|licence*|licenca*|licentie*|royalt*|
		co develop*|codevelop*|co commerciali*|co svilupp*|codesarroll*|co developp*|co entwickeln|
		exclusive rights|marketing rights|commercialization rights|commercialisation rights|worldwide rights|global rights|u s rights|
		diritti esclusivi|diritti di commercializzazione|derechos exclusivos|derechos de comercializacion|droits exclusifs|droits de commercialisation|droits mondiaux|
		exklusivrechte|vermarktungsrechte|weltweite rechte`,
	weakLicensing: `patent|patents|patente|patenten|patentes|brevetti|brevets`,
	model.Merger: `merge|merges|merged|merging|merger|mergers|s unir|s unit|s unissent|se sont unis pour former|se sont unies pour former|se unieron para formar|se unieron para crear|si sono unite per formare|si sono uniti per formare|si unirono per formare|si sono fuse|si sono fusi|si fusero|si e fusa|si e fuso|si era fusa|si era fuso|si erano fuse|si erano fusi|si fuse con|fondendosi|fondersi|si fonde|si fondono|si fondera|si fonderanno|fusion|fusione|fusionar*|fusion* |fusao|
		fusie|absorb|absorbs|absorbed|absorbing|absorber|absorbe|absorbera|absorbio|absorbiendo|absorbera|absorcion|fusion par absorption|assorbire|assorbe|assorbito|assorbita|incorporazione|integracion|integrazione|zusammenschluss|zusammenschlusses|zusammengeschlossen|zusammenschliessen|zusammenschliesen|zusammenzuschliessen|zusammenzuschliesen|zusammenfuhren|zusammenzufuhren|zusammengefuhrt|fusionier*|fusionne*|combine with|combined with|combination with|to combine|all stock combination|all share combination|all cash combination|will combine|would combine|combining them|combining the two|amalgamat*|rapprochement|aggregazione|verschmelzung|verschmolzen|verschmelzen|verschmilzt mit|verschmolz mit`,
	model.Divestiture: `sell|sells|selling|sold|sale of|sale to|divest*|disinvest*|spin off|spins off|spun off|spin-off|carve out|
		floated|floated off|an die borse gebracht|an die borse bringen|introduire en bourse|introduit en bourse|introduite en bourse|introduites en bourse|
		sacado a bolsa|sacar a bolsa|saco a bolsa|portata in borsa|quotata in borsa|
		transfer its|transfers its|transferred its|transferring its|to transfer its|
		dispose of|disposed of|disposing of|disposes of|disposal|disposals|scission|scinder|scinde|scindee|se separer|scissione|scorporo|scorporato|scorporare|scorporera|escision|escindir|escindira|escindiran|escinde|offload*|vendere|vende|venduto|venduta|vendita|cessione|cede|ceduto|ceduta|ceduti|cedute|cedere|cedendo|cedette|venduti|vendute|vendendo|vendette|vender|vendio|venta|vendida|
		vendido|verkauf|verkauft|verkaufen|verkaufte|verausser*|zuruckverkauft|zuruckverkaufen|zuruckverkaufte|weiterverkauft|weiterverkaufen|weiterverkaufte|revendu|revendue|revendus|revendre|revend|revendait|revendra|revendio|revendido|revender|revendera|rivenduto|rivenduta|rivendere|rivende|rivendera|verauser*|abspaltung|abgespalten|abspalten|spaltet|abspaltete|abspalteten|demerge|demerged|demerger|demerging|vendre|vend|vendu|vendue|vente|cession|ceder|cede|
		vendera|venderan|venderanno|cedera|cederan|cederanno|cederont|vendra|vendront|ceda|cedano|vendano|vendan|
		` + subjunctiveSales + `|` + conjugatedSales + `|` + saleClitics + `|
		verkoop|verkopen|verkocht|verkoopt|afstoten|trennt sich|trennte sich|venda|vendeu|venderam|cedeu|cederam|cedido|cedida|alienacao|desinvest*|
		introduit en bourse|introduite en bourse|introduits en bourse|introduction en bourse|an die borse gebracht|an die borse bringen|
		an die borse bringt|an die borse brachte|listed separately|quotata in borsa|quotato in borsa|portato in borsa|portata in borsa|
		sacar a bolsa|saco a bolsa|sacara a bolsa|sacado a bolsa|
		hive off|hives off|hived off|hiving off|part with|parted with|parts with|went to|
		dismettere|dismette|dismesso|dismessa|dismissione|alienare|aliena|alienato|alienata|alienazione|
		se desprendio|se desprende|desprenderse|se desprendera|deshacerse|se deshizo|se deshace|traspaso|traspasar|traspasara|enajenar|enajeno|enajenacion|
		se defaire|s est defait|s est defaite|se defait|se defera|
		abgeben|abgegeben|gibt ab|gab ab|abgab|abstosen|abgestosen|stost ab|sties ab|abtreten|abgetreten|tritt ab|trat ab|abtrat|abtraten|
		ausgliederung|ausgliedern|ausgegliedert|gliedert aus|gliederte aus|abzuspalten|abzugeben|abzustosen|auszugliedern|cedee|cedees|cedes|cedait|cedaient|cedant|ceda|segregacion|segregar|segregara|segrego`,
	model.Investment: `stake|stakes|invest|invests|invested|investing|investment|shareholding*|minority|
		entrato nel capitale|entrata nel capitale|entra nel capitale|entro en el capital|entre au capital|est entre au capital|
		entrer au capital|entrera au capital|entreront au capital|entree au capital|entrar en el capital|entrara en el capital|entrare nel capitale|entrera nel capitale|round led by|led the round|led a round|million led by|billion led by|ronda encabezada|ronda liderada|ronda dirigida|round guidato|angefuhrt von|tour de table|
		equity stake|capital increase|augmentation de capital|ampliacion de capital|aumento de capital|aumento di capitale|
		kapitalerhohung|souscrira|souscrit|souscrire|suscribira|suscribio|suscribir|sottoscrivera|sottoscritto|sottoscrivere|investe|investire|investito|investimento|quota|partecipazione|
		invertir|invierte|invirtio|invertira|invertiran|investira|investiranno|inversion|
		ha invertido|han invertido|habia invertido|habian invertido|habra invertido|invirtieron|a investi|ont investi|avait investi|avaient investi|aura investi|auraient investi|aurait investi|investiront|investiva|investirono|
		bought into|buys into|buy into|buying into|monte au capital|accueilli a son capital|accueille a son capital|accueillir a son capital|accueilli au capital|accueille au capital|
		ouvert son capital|ouvre son capital|ouvrir son capital|aperto il capitale|apre il capitale|aprire il capitale|aperto il proprio capitale|
		dio entrada|dar entrada|da entrada|dado entrada|abrio su capital|abre su capital|opened its capital|opened up its capital|million round|billion round|round da|una ronda|serie a runde|serie b runde|serie c runde|backers of|funding round|financing round|round of funding|round of financing|finanzierungsrunde|ronda de financiacion|levee de fonds|round di finanziamento|series a|series b|series c|series d|aufgestockt|aufstocken|stockt auf|share swap|swap shares|swap of shares|cross shareholding*|scambio di partecipazioni|
		scambio azionario|partecipazioni incrociate|intercambio de acciones|participaciones cruzadas|echange d actions|participations croisees|
		aktientausch|uberkreuzbeteiligung|participacion|beteilig*|investier*|del capitale|du capital|del capital|des kapitals|eingestiegen|einsteigen|steigt ein|stieg ein|investition|anteil|anteile|aktienpaket|
		investir|investit|investissement|participation|prise de participation|belang|investeert|investeren|investeerde|geinvesteerd|investering|aandelen|
		investe|investiu|investimento|participacao|` + strings.ReplaceAll(raiseForms, " ", "|"),
	model.Acquisition: `acquire|acquires|acquired|acquiring|acquisition|acquisitions|takeovers|buyouts|buy|buys|bought|buying|buyout|pay|pays|paid|paying|
		zahlt|zahlte|bezahlt|bezahlte|zahlen|paga|pagato|pagare|pagara|pagherà|paghera|pago|pagar|paie|paye|payer|paiera|
		spent|spend|spends|speso|spendera|gasto|gastado|gastara|depense|depenser|depensera|ausgegeben|
		debourse|debourser|betaalt|betaald|betalen|pagou|pagara|versera|versera|verser|versant|verse|versee|verseranno|
		versera|versare|versato|desembolsara|desembolsar|desembolso|desembolsado|desembolsaron|
		s est offert|s etait offert|s offre|s offrir|s offrira|s offrant|se quedo con|se queda con|quedarse con|se quedara con|quedandose con|haciendose con|aggiudicandosi|
		herausgekauft|herauskaufen|buy out|buys out|bought out|buying out|
		purchase|purchases|purchased|purchasing|takeover|take over|takes over|took over|taking over|taken over|bid for|
		offer for|offer of|offer from|approach from|cash bid from|cash bids from|cash bid for|cash bids for|takeover approach|buyout approach|final offer|firm offer|cash offer|recommended offer|oferta definitiva|oferta vinculante|oferta en efectivo|offerta vincolante|offerta definitiva|offre ferme|offre definitive|barangebot|tender offer|counteroffer|counter offer|counterbid|offerta concorrente|contraoferta|gegenangebot|contre offre|
		offerta per|offerta da|offerta del|offerta della|offerta dello|offerta dei|offerta congiunta|offre pour|offre sur|offre conjointe|oferta por|oferta conjunta|angebot fur|gebot fur|angebot des|angebot der|gebot des|
		gemeinsames angebot|joint bid|joint offer|
		messo sul piatto|mette sul piatto|mettere sul piatto|messi sul piatto|messo sul tavolo|mette sul tavolo|mettere sul tavolo|messi sul tavolo|offerta in contanti|offerte in contanti|offre en numeraire|offre en especes|puesto sobre la mesa|pone sobre la mesa|poner sobre la mesa|puso sobre la mesa|
		rival bid|rival offer|competing bid|competing offer|offerta rivale|oferta competidora|oferta rival|konkurrenzangebot|offre concurrente|
		hacerse con|se hizo con|se hiciera con|se hicieran con|se hiciese con|se adjudico|se adjudica|adjudicarse|si e aggiudicata|si e aggiudicato|si aggiudica|si aggiudico|aggiudicarsi|si era aggiudicata|si era aggiudicato|si erano aggiudicati|si erano aggiudicate|se habia adjudicado|se habia hecho con|se ha hecho con|se han hecho con|se ha adjudicado|se han adjudicado|si sono aggiudicati|si sono aggiudicate|s etait adjuge|s etait adjugee|s est adjuge|s est adjugee|rachet*|repris|reprise|reprises|reprend|rilevat*|
		take control|takes control|took control|taking control|won control|win control|gained control|gain control|
		take full control|takes full control|took full control|taking full control|gained full control|acquired full control|
		assumed full control|won full control|took majority control|takes majority control|take majority control|gained majority control|
		preso il controllo|prese il controllo|prende il controllo|tomo el control|toma el control|tomado el control|
		pris le controle|prend le controle|
		conquistato il controllo|conquista il controllo|ottenuto il controllo|ottiene il controllo|obtenu le controle|
		obtient le controle|obtuvo el control|obtiene el control|kontrolle ubernommen|
		assumed control|acquired control|prende il controllo|preso il controllo|tomo el control|toma el control|
		prend le controle|pris le controle|buyer|kaufer|acquirente|comprador|acheteur|koper|
		opa|offre publique d achat|offerta pubblica di scambio|offre publique d echange|oferta publica de canje|exchange offer|
		umtauschangebot|offerte|hostile bid|hostile offer|offerta ostile|oferta hostil|offre hostile|feindliche ubernahme|oferta publica de adquisicion|offerta pubblica di acquisto|scalata|toma de control|
		prise de controle|ubernahmeangebot|ubernahmeofferte|kaufangebot|kaufangebots|kaufofferte|kaufvertrag|kaufvereinbarung|acquisire|acquisisce|acquisito|acquisizione|acquisizioni|acquista|acquistare|acquisto|
		rilevare|rileva|rilevato|einverleibt|einverleiben|einverleibte|geschluckt|schluckt|schluckte|inglob*|comprato|comprata|comprare|acquistato|acquistata|acquisita|comprado|comprada|adquirida|
		achat|acheter|achete|achetee|ubernahm|ubernahmen|erwarb|kauf|adquirir|adquiere|adquirio|adquisicion|compra|comprar|compro|adquirido|
		ubernahme|ubernehmen|ubernimmt|ubernommen|kauft|kaufen|kaufte|gekauft|abgekauft|abkaufen|abzukaufen|abkaufte|abkauften|erwerb|erwerben|erwirbt|erworben|
		akquisition|rachat|racheter|rachete|rachetee|acquerir|acquiert|acquis|acquisition|overname|overnemen|neemt over|
		nam over|overgenomen|koopt|kopen|kocht|aquisicao|adquiriu|comprou|compra|
		comprara|compraran|compraria|adquirira|adquiriran|adquiriria|comprera|compreranno|acquisira|acquisiranno|acquistera|
		rilevera|rileveranno|achetera|acheteront|acquerra|acquerront|reprendra|reprendront|rachetera|racheteront|
		compran|compraron|adquieren|adquirieron|comprano|acquisiscono|acquistano|rachetent|achetent|acquierent|
		comprarono|acquisirono|acquistarono|achetes|
		` + subjunctivePurchases + `|` + conjugatedPurchases + `|` + purchaseClitics + `|
		acquistando|acquisendo|comprando|rilevando|adquiriendo|achetant|rachetant|acquerant|
		rilevi|rilevino|acquisisca|acquisiscano|compri|comprino|adquiera|adquieran|compre|acquiere|
		picked up|picks up|picking up|snapped up|snap up|snaps up|snapping up|aufgekauft|aufkaufen|kauft auf|kaufte auf|zukauf|zukaufe|zukaufen|zugekauft|
		avale|avaler|avalera|s est empare|s etait empare|s empare|s emparer|s emparera|mis la main|met la main|mettre la main|mettant la main|rafle|rafler|raflera|raflant|messo le mani|mettere le mani|mette le mani|mettera le mani|deboursant|deboursait|
		messo le mani|mette le mani|mettere le mani|metteva le mani|
		offerta pubblica|oferta publica|offre publique|public offer|to its portfolio|al suo portafoglio|a su cartera|a son portefeuille|in sein portfolio|
		paso a manos de|pasara a manos de|pasado a manos de|pasar a manos de|passata nelle mani di|passato nelle mani di|finita nelle mani di|finito nelle mani di|
		passe dans le giron|passe dans son giron|passe dans leur giron|passee dans le giron|passee dans son giron|passee dans leur giron|passes dans le giron|passes dans son giron|passes dans leur giron|passees dans le giron|passees dans son giron|passees dans leur giron|passer dans le giron|passer dans son giron|passer dans leur giron|passera dans le giron|passera dans son giron|passera dans leur giron|passait dans le giron|passait dans son giron|passait dans leur giron|
		passe aux mains de|passee aux mains de|passes aux mains de|passees aux mains de|passer aux mains de|passe entre les mains de|passee entre les mains de|passes entre les mains de|passees entre les mains de|passer entre les mains de|
		dans l escarcelle|take private|taken private|scooped up|scoop up|scoops up|swooped on|swoop on|swoops on|
		auction for|bidding war for|takeover battle for|takeover fight for|asta per|subasta por|encheres pour|bieterwettstreit um|bietergefecht um|
		pflichtangebot|pflichtangebots|` + strings.Join(strings.Fields(securingWordList), "|") + `|offerta pubblica obbligatoria|oferta publica obligatoria|
		passato sotto il controllo|passata sotto il controllo|passati sotto il controllo|passate sotto il controllo|passa sotto il controllo|
		passe sous le controle|passee sous le controle|passer sous le controle|rilevo|rilevarono|
		passare sotto il controllo|passo sotto il controllo|passava sotto il controllo|passera sotto il controllo|
		passait sous le controle|passa sous le controle|passaient sous le controle|passera sous le controle|
		paso al control de|pasado al control de|pasar al control de|pasara al control de|
		unter die kontrolle von|unter die kontrolle des|unter die kontrolle der|
		came under the control of|come under the control of|comes under the control of|coming under the control of|passed into the hands of|passed under the control of|
		pursuit of|takeover proposal|buyout proposal|merger proposal|unsolicited proposal|unsolicited bid|unsolicited offer|takeover proposals|buyout proposals|merger proposals|unsolicited proposals|unsolicited bids|unsolicited offers|takeover bids|takeover offers|takeover approaches|buyout offers|buyout bids`,
	model.Supply: `supply|supplies|supplier|outsourcing|outsourcing vereinbarung|outsourcingvertrag|externalizacion|externalisation|esternalizzazione|supply agreement|supply deal|supplying|under contract|contract manufacturer|contract manufacturing|auftragsfertiger|auftragsfertigung|su commessa|por encargo de|offtake|sourcing agreement|sourcing deal|sourced|liefer*|beliefern|beziehen|bezieht|fornitura|
		fornire|suministro|suministrar|approvisionnement|fournir|fourniture|levering|leveren|fornecimento|fornecer|
		power purchase agreement|power purchase agreements|power purchase deal|power purchase contract|electricity purchase agreement|energy purchase agreement|
		contrato de compraventa de energia|acuerdo de compraventa de energia|contrato de compra de energia|acuerdo de compra de energia|
		accordo di acquisto di energia|contratto di acquisto di energia|contrat d achat d electricite|contrat d achat d energie|
		stromabnahmevertrag|stromliefervertrag|stromkaufvertrag`,
	model.Partnership: `partner|partners|partnered|partnering|partnership|alliance|allied|ally|allies|
		collaborat*|cooperate|cooperates|cooperated|cooperating|cooperations|cooperative agreement|cooperative agreements|co operate|co operates|co operated|co operating|co operation|cooperare|coopera|cooperano|cooperato|cooperar|cooperan|cooperaron|cooperer|coopere|cooperent|cooperera|jointly develop|jointly develops|jointly developing|develop jointly|developing jointly|sviluppare congiuntamente|
		sviluppano congiuntamente|desarrollar conjuntamente|desarrollaran conjuntamente|developper conjointement|developperont conjointement|
		gemeinsam entwickeln|gemeinsam entwickelt|joint development|co development|desarrollo conjunto|codesarrollo|developpement conjoint|co developpement|sviluppo congiunto|co sviluppo|gemeinsame entwicklung|gemeinsamen entwicklung|team up|teams up|teamed up|teaming|joins forces|join forces|
		alleanza|alleanze|collabora*|cooperazione|accordo di collaborazione|intesa strategica|intese strategiche|intesa commerciale|intesa industriale|memorandum d intesa|protocollo d intesa|intesa di collaborazione|alianza|colaboracion|cooperacion|
		asociacion|allianz|bundnis|bundnisse|bundnisses|asociarse|se asocio|se asociaron|se asociara|se alio|se aliaron|se aliara|se ha aliado|se han aliado|aliarse|s est allie|s est alliee|se sont allies|se sont alliees|s allier|s allie a|s allient|verbundete|verbundeten|verbundet sich|associarsi|s associer|s est associe|s associe|s associera|kooperation*|kooperier*|partnerschaft*|zusammenarbeit|partenariat|partenaire*|cooperation|collaboration|
		distribution agreement|distribution deal|distribution partnership|distribution alliance|distribution pact|accordo di distribuzione|accordi di distribuzione|contratto di distribuzione|acuerdo de distribucion|acuerdos de distribucion|contrato de distribucion|accord de distribution|accords de distribution|contrat de distribution|vertriebsvereinbarung*|vertriebspartnerschaft*|vertriebsabkommen|vertriebsvertrag*|vertriebskooperation*|distributes|distributed|distributing|distribuisce|distribuito|distribuye|distribuido|distribue|vertreibt|alliantie|samenwerking|samenwerken|parceria|aliança|alianca|colaboracao|cooperacao|capital alliance`,
	delivery: `provide|provides|providing|deliver|delivers|delivering|delivery|deliveries|fornira|fornisce|fornire|suministrara|
		suministrar|liefert|liefern|fournira|fournir|levert|leveren|fornecera|fornecer|livraison|livraisons|livrer|livrera|
		entrega|entregas|entregar|consegna|consegne|lieferung|lieferungen|
		order|ordine|ordinativo|pedido|commande|auftrag|bestellung|
		ordered|ordering|has ordered|ha ordinato|hanno ordinato|ordinato|ordinati|encargo|encargado|encargaron|encargara|
		commande|commandes|commander|commandera|a commande|ont commande|bestellt|bestellte|bestellten|bestellen|
		construction of|costruzione di|construccion de|construction de|bau von|build|builds|building|costruire|costruira|construir|construira|construire`,
	// "tie-up" joins companies by a merger as often as by an alliance
	generic: `deal|agreement|pact|accord|accordo|acuerdo|vereinbarung|abkommen|tie up|tie-up|tie ups|
		vertrag|rahmenvereinbarung|rahmenvertrag|contrat|akkoord|overeenkomst|acordo|contract|contrato|contratto|transaction|transazione|
		transaccion|transaktion|operazione|operacion|operation|transacao|intesa|intese`,
})

// Status triggers, strongest first in statusOrder.
var statusTriggers = compile(map[string]string{
	model.Failed: `terminate|terminated|terminates|termination|terminating|block|blocked|blocks|blocking|scrap|scrapped|
		abandon*|collapse*|called off|call off|fell apart|fall apart|falls apart|fell through|falls through|broke down|rebuff*|spurn*|turned down|walked away|walk away|drop its|dropped its|drop their|dropped their|reject*|fail|failed|failure|fails|pulled out|
		withdr*|fended off|fend off|veto*|prohibit*|fallit*|fallimento|saltat*|bloccat*|respint*|rinunci*|vietat*|
		fracas*|cancel*|bloque*|rechaz*|anul*|interdit|interdire|echec|echoue|abandonne*|renonce*|
		untersag*|gescheitert|scheitert|abgesagt|blockiert|verbot*|abgelehnt|platzt|geplatzt|desist*|cancelou|
		rompeu|afgeblazen|geblokkeerd|verboden|wees|afgewezen|sans succes|senza successo|sin exito|ohne erfolg|without success|unsuccessful*|vergeblich|en vain|invano`,
	model.Completed: `completed|completes|complete the|completion|closed the|closes the|finalised|finalized|concluded|
		completato|completata|concluso|conclusa|perfezionat*|completo|completada|concluyo|cerro|abgeschlossen|vollzogen|
		finalise|finalisee|finalisation|conclu|afgerond|voltooid|concluiu|concluida|concluido`,
	model.Proposed: `talks|in talks|negotiat*|considering|consider|plans to|plan to|planning to|set to|is expected to|
		are expected to|proposed|proposal|potential|possible|rumor*|rumour*|bid|offer|unsolicited|approach from|approaches from|takeover approach|takeover approaches|
		trattativ*|negoziat*|offerta|proposta|potrebbe|negociacion*|conversaciones|oferta|propuesta|
		verhandlung*|gesprache|angebot|plant|erwagt|moglich*|negociation*|discussions|offre|envisage|
		onderhandeling*|gesprekken|bod|negociac*|conversas|proposta`,
})

var statusOrder = []string{model.Failed, model.Completed, model.Proposed}

// affirmed words make a deal announced even when offer or talks words are
// also in the sentence ("agreed to the increased offer").
var affirmed = compile(map[string]string{model.Announced: `agreed|agrees|agree to|signed|signs|sign|reached|announced|
	announces|amended|firmato|firmano|siglato|raggiunto|annunciato|firmado|firmo|alcanzado|anuncio|unterzeichnet|
	unterzeichnen|vereinbart|geeinigt|einigte|signe|signent|conclu un|annonce|getekend|ondertekend|akkoord bereikt|
	assinou|assinado|anunciou|fechou|annunciarono|anunciaron|annonce|annoncent|annoncaient|kundigten|angekundigt|
	acordo|acordaron|accordo|concordato|concordo|concordarono|convenu|convenuto`})

// triggerSet is a compiled list of triggers, indexed by first word so a
// sentence is not matched against every trigger at every word.
type triggerSet struct {
	all   []trigger
	exact map[string][]int   // first word -> indices in all, ascending
	wild  [256][]wildOpening // triggers whose first word ends in *, by its first byte
	// shapes of the exact first words: a bit per length (31 for longer
	// ones) by their first byte and by their last, and their first two
	// bytes. Most words of a text have a shape no first word has, and
	// are told so without hashing.
	byFirst, byLast [256]uint32
	openings        [1 << 16 / 64]uint64
	// hashes of the exact first words: of the words with a first word's
	// shape ("and", "with"), most are told by it before the map
	hashes *lists.Hashes
}

// wildOpening is a trigger whose first word ends in *, with the stem of
// that word, which a word must start with for the trigger to match there:
// at asks it of each word before it reads the trigger, as most words
// start with no stem.
type wildOpening struct {
	stem string
	k    int // the trigger's index in all
}

// opening is the index of w's first two bytes (the first alone for a
// word of one) in a bitset.
func opening(w string) int {
	if len(w) == 1 {
		return int(w[0]) << 8
	}
	return int(w[0])<<8 | int(w[1])
}

// lengthBit is the bit of a word's length in a shape mask.
func lengthBit(w string) uint32 { return 1 << min(len(w), 31) }

// mayOpen reports whether w may be an exact first word: false when no
// first word has its length with its first and last byte.
func (ts *triggerSet) mayOpen(w string) bool {
	if w == "" {
		return false
	}
	bit, o := lengthBit(w), opening(w)
	return ts.byFirst[w[0]]&bit != 0 && ts.byLast[w[len(w)-1]]&bit != 0 && ts.openings[o/64]&(1<<(o%64)) != 0 &&
		ts.hashes.May(w)
}

// compile builds a trigger set; kinds are taken in sorted order so that
// which trigger wins at a word never depends on map order. The set is
// handed round by pointer: its table by first byte is 6 KB, which copying
// at every word of every sentence cost more than the matching.
func compile(spec map[string]string) *triggerSet {
	kinds := make([]string, 0, len(spec))
	for k := range spec {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	ts := &triggerSet{exact: map[string][]int{}}
	seen := map[string]bool{}
	for _, kind := range kinds {
		for _, p := range strings.Split(spec[kind], "|") {
			f := model.Fold(strings.TrimSpace(p))
			if f == "" {
				continue
			}
			if strings.HasSuffix(strings.TrimSpace(p), "*") {
				f += "*"
			}
			if seen[kind+"\x00"+f] {
				continue // listed twice ("compra" is Italian and Spanish)
			}
			seen[kind+"\x00"+f] = true
			t := newTrigger(strings.Fields(f), kind)
			i := len(ts.all)
			ts.all = append(ts.all, t)
			if strings.HasSuffix(t.words[0], "*") {
				b := t.words[0][0]
				ts.wild[b] = append(ts.wild[b], wildOpening{stem: t.stems[0], k: i})
			} else {
				w := t.words[0]
				ts.exact[w] = append(ts.exact[w], i)
				ts.byFirst[w[0]] |= lengthBit(w)
				ts.byLast[w[len(w)-1]] |= lengthBit(w)
				o := opening(w)
				ts.openings[o/64] |= 1 << (o % 64)
			}
		}
	}
	firsts := make([]string, 0, len(ts.exact))
	for w, ks := range ts.exact {
		firsts = append(firsts, w)
		// the longest phrase that opens with w is tried first: "intesa
		// strategica" is an alliance where "intesa" alone is any deal
		slices.SortStableFunc(ks, func(a, b int) int { return len(ts.all[b].words) - len(ts.all[a].words) })
	}
	ts.hashes = lists.HashesOf(firsts)
	return ts
}

// at returns the trigger that matches at words[i]: the longest phrase
// among those that open with the word itself (compile sorts them so),
// unless a trigger ending in "*" compiled before it matches too; with no
// such phrase, the first "*" trigger that matches.
func (ts *triggerSet) at(words []string, i int) (*trigger, bool) {
	best := -1
	if ts.mayOpen(words[i]) {
		for _, k := range ts.exact[words[i]] {
			if ts.all[k].match(words, i) {
				best = k
				break
			}
		}
	}
	if words[i] == "" {
		return nil, false
	}
	for _, o := range ts.wild[words[i][0]] {
		if best >= 0 && o.k > best {
			break
		}
		if strings.HasPrefix(words[i], o.stem) && ts.all[o.k].match(words, i) {
			best = o.k
			break
		}
	}
	if best < 0 {
		return nil, false
	}
	return &ts.all[best], true
}

// match reports whether the trigger's words start at words[i].
func (t trigger) match(words []string, i int) bool {
	if i+len(t.words) > len(words) {
		return false
	}
	for k, stem := range t.stems {
		if t.wild[k] {
			if !strings.HasPrefix(words[i+k], stem) {
				return false
			}
		} else if words[i+k] != stem {
			return false
		}
	}
	return true
}

// IsCue reports whether a folded word states a deal in any language: the
// neighbours of such words are likely companies. Status words are not cues.
func IsCue(_, folded string) bool {
	if cueWords.Has(folded) {
		return true
	}
	if folded == "" {
		return false
	}
	for _, p := range cuePrefixes[folded[0]] {
		if strings.HasPrefix(folded, p) {
			return true
		}
	}
	return false
}

// cuePrefixes are indexed by their first byte: a word is tried against
// the few that can match it, not all of them.
var cueWords, cuePrefixes = func() (lists.Set, [256][]string) {
	words := map[string]bool{}
	var prefixes [256][]string
	for _, t := range typeTriggers.all {
		if len(t.words) != 1 || t.kind == delivery || securingWords[t.words[0]] {
			// (a verb of securing mostly secures no company: what
			// follows it is no likelier a company's name)
			continue
		}
		if p, ok := strings.CutSuffix(t.words[0], "*"); ok {
			prefixes[p[0]] = append(prefixes[p[0]], p)
		} else {
			words[t.words[0]] = true
		}
	}
	// IsCue is asked of nearly every word: most are told by their shape
	return lists.SetOf(words), prefixes
}()

// set makes a lookup table of space-separated folded words.
func set(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// union is a new table of the words of a and b.
func union(a, b map[string]bool) map[string]bool {
	m := make(map[string]bool, len(a)+len(b))
	for _, t := range []map[string]bool{a, b} {
		for w := range t {
			m[w] = true
		}
	}
	return m
}

// companyKindBefore: the word at i describes a kind of company in the
// Romance order, noun first: "fonds d'investissement", "fondo de
// inversión", "banca d'affari".
func companyKindBefore(ws words, i int) bool {
	return i >= 2 && (ws.w[i-1] == "d" || ws.w[i-1] == "de" || ws.w[i-1] == "di") && kindOfCompanyRomance[ws.w[i-2]]
}

// paymentNouns are trigger words that are also the noun for a payment.
var paymentNouns = set("pago paga pagamento")

// countDeterminers open a noun as the definite ones do: "un pago", "el primer pago".
var countDeterminers = set("un una uno primer primo primera prima segundo secondo ogni cada")

var kindOfCompanyRomance = set("fonds fondo fondi fundo fundos banca banco banque banques societe societa sociedad sociedade firma gestora gestore vehiculo veicolo vehicule plataforma piattaforma plateforme")

// companyCompound: a German compound naming a kind of company that opens
// with a trigger ("Beteiligungsgesellschaft", "Investitionsbank").
func companyCompound(w string) bool {
	for _, end := range []string{"gesellschaft", "gesellschaften", "fonds", "firma", "bank", "banken", "haus"} {
		if len(w) > len(end)+3 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}
