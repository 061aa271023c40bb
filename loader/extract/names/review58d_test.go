package names

import (
	"testing"

	"dealwire/loader/extract/deals"
)

// Review of fa8b68f1: a name right after a multi-word deal phrase
// ("took over", "sale of", "se hizo con", "s'est adjugé") has the evidence
// of a name after a deal word. Many of those phrases have an everyday
// sense whose object is no company.

type review58dCase struct{ lang, text, name string }

func review58dNoCompany(t *testing.T, cases []review58dCase) {
	t.Helper()
	for _, c := range cases {
		r := recognizeWith(t, []Doc{docOf(c.lang, c.text)}, deals.IsCue)
		noCompanyOf(t, r, 0, c.name)
	}
}

// "went to": a person's school, or a seat won by a party, in a profile or
// a political story ("went to" is a divestiture trigger: "the unit went
// to Brelcott").
func TestReview58dWentToASchoolOrAParty(t *testing.T) {
	review58dNoCompany(t, []review58dCase{
		{"en", "Before joining the bank, Dorrin went to Harvard and worked in consulting.", "Harvard"},
		{"en", "Brightman went to Harrow and then Oxford.", "Harrow"},
		{"en", "In the by-election the seat went to Labour for the first time since 1997.", "Labour"},
		{"en", "Control of the fund went to Brightman after his father's death.", "Brightman"},
	})
}

// "took over" a predecessor's job: a management reshuffle names the man
// whose role is taken over, not a company taken over.
func TestReview58dTookOverAPredecessorsRole(t *testing.T) {
	review58dNoCompany(t, []review58dCase{
		{"en", "Tillery took over Brightman's role in the spring.", "Brightman"},
		{"en", "Brightman took over Dorrin's duties on an interim basis.", "Dorrin"},
	})
}

// "parted with" a manager or a coach: the board or the club dismissed a
// man.
func TestReview58dPartedWithAManager(t *testing.T) {
	review58dNoCompany(t, []review58dCase{
		{"en", "The board parted with Brightman after the losses.", "Brightman"},
		{"en", "The club parted with Moreno, its coach, after the defeat.", "Moreno"},
		{"fr", "Le PSG a décidé de se séparer de Galtier après une saison.", "Galtier"},
	})
}

// "combined with": causes listed in an earnings or macro story (an event,
// a policy, a politician, a storm) are no merger partners.
func TestReview58dCombinedWithACause(t *testing.T) {
	review58dNoCompany(t, []review58dCase{
		{"en", "Higher energy costs combined with Brexit have hurt exporters.", "Brexit"},
		{"en", "Inflation combined with Covid lockdowns hit sales.", "Covid"},
		{"en", "Tariffs combined with Trump's policies hurt the dollar.", "Trump"},
		{"en", "Rains combined with Hurricane Helene damaged the plant.", "Hurricane Helene"},
		{"en", "Tax cuts combined with Medicaid reductions will widen inequality.", "Medicaid"},
	})
}

// "offer from" a politician (the Greenland story): a head of state, not a
// bidder company.
func TestReview58dOfferFromAPolitician(t *testing.T) {
	review58dNoCompany(t, []review58dCase{
		{"en", "The offer from Trump was rejected by the Danish government.", "Trump"},
	})
}

// "sale of" tickets, rights or bonds named after an event, a competition
// or a state: what is sold is no company.
func TestReview58dSaleOfTicketsRightsAndBonds(t *testing.T) {
	review58dNoCompany(t, []review58dCase{
		{"en", "The sale of Glastonbury tickets crashed the website.", "Glastonbury"},
		{"en", "UEFA confirmed the sale of Champions League rights for 2027.", "Champions League"},
		{"en", "The sale of Gilts by the Bank of England will slow.", "Gilts"},
		{"it", "L'offerta del Btp Valore si chiude venerdì.", "Btp Valore"},
		{"it", "L'offerta del Tesoro è stata accolta dal mercato.", "Tesoro"},
		{"de", "Das Angebot der Europäischen Zentralbank wurde kaum genutzt.", "Europäischen Zentralbank"},
	})
}

// Market reports: investors "snapped up" government bonds, a pursuit of
// a climate target, awards "picked up" by a show.
func TestReview58dSnappedUpBondsPickedUpAwards(t *testing.T) {
	review58dNoCompany(t, []review58dCase{
		{"en", "Investors snapped up Treasuries as stocks fell.", "Treasuries"},
		{"en", "The show picked up Emmy awards for best drama.", "Emmy"},
		{"en", "The group defended its pursuit of Net Zero targets.", "Net Zero"},
	})
}

// A war report: troops "took control of" a city or a crossing (grain and
// energy stories name them often).
func TestReview58dTookControlOfACity(t *testing.T) {
	review58dNoCompany(t, []review58dCase{
		{"en", "Ukrainian forces took control of Kherson in November.", "Kherson"},
		{"en", "Israeli forces took control of Rafah crossing.", "Rafah"},
		{"it", "Le truppe ucraine hanno preso il controllo di Kherson.", "Kherson"},
		{"fr", "L'armée ukrainienne a pris le contrôle de Kherson.", "Kherson"},
	})
}

// A transfer bid for a footballer: the club bids for a player, named by
// his surname.
func TestReview58dTransferBidForAPlayer(t *testing.T) {
	review58dNoCompany(t, []review58dCase{
		{"es", "El club rechazó una oferta por Vedrenko, el delantero ucraniano.", "Vedrenko"},
		{"es", "El Real Madrid presentó una oferta por Mbappé de 180 millones.", "Mbappé"},
		{"it", "Il Chelsea ha presentato un'offerta per Osimhen.", "Osimhen"},
		{"fr", "Le Real a fait une offre pour Mbappé.", "Mbappé"},
	})
}

// A race, a cup or a prize won: "se adjudicó", "s'est adjugé", "si
// aggiudica", "se hizo con", "s'offre" take trophies in sports pages.
func TestReview58dTrophyWon(t *testing.T) {
	review58dNoCompany(t, []review58dCase{
		{"es", "Pogacar se adjudicó el Tour de Francia por tercera vez.", "Tour de Francia"},
		{"fr", "Pogacar s'est adjugé le Tour de France pour la troisième fois.", "Tour de France"},
		{"it", "La Juventus si aggiudica la Coppa Italia battendo l'Atalanta.", "Coppa Italia"},
		{"es", "El Real Madrid se hizo con la Liga tras ganar al Cádiz.", "Liga"},
		{"es", "La película se quedó con el Goya a mejor película.", "Goya"},
		{"fr", "Le PSG s'offre la Coupe de France face à Lyon.", "Coupe de France"},
	})
}

// "s'associe à" a designer for a capsule collection: a man, not a partner
// company.
func TestReview58dBrandTeamsUpWithADesigner(t *testing.T) {
	review58dNoCompany(t, []review58dCase{
		{"fr", "La marque s'associe à Dupréval, le créateur lyonnais, pour une collection.", "Dupréval"},
	})
}
