// The review of 128d266, 33ece86, 529870e and 0afc999: each case failed at
// 0afc999 and passed at 1507c0f, or is a control.

package extract

import (
	"fmt"
	"slices"
	"testing"

	"dealwire/model"
)

func rv53aFirst(typ, first string, parties ...string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		d := dealOf(ds, typ, parties...)
		if d == nil {
			return fmt.Sprintf("lost deal %s %v", typ, parties)
		}
		if d.Parties[0] != first {
			return fmt.Sprintf("wrong acting side %v, want %s first", d.Parties, first)
		}
		return ""
	}
}

func TestRv53aSeparable(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{"ceo_tritt_ab_und", nil, []string{"de|Der Vorstandschef von Veltraco, Hans Müller, tritt Ende Juni ab und wechselt zu Quorvex."}, noFalseDeal(model.Divestiture, "Veltraco", "Quorvex")},
		{"ceo_tritt_ab_und2", nil, []string{"de|Veltraco-Chef Hans Müller tritt nach zehn Jahren ab und übergibt an den früheren Quorvex-Manager Peter Schmidt."}, noFalseDeal(model.Divestiture, "Veltraco", "Quorvex")},
		{"stiess_ab_und_zu", nil, []string{"de|Die Pläne von Veltraco stießen bei Quorvex ab und zu auf Kritik."}, noFalseDeal(model.Divestiture, "Veltraco", "Quorvex")},
		{"stoesst_ab_und_zu", nil, []string{"de|Veltraco stößt mit seinen Preisen bei Quorvex ab und zu auf Widerstand."}, noFalseDeal(model.Divestiture, "Veltraco", "Quorvex")},
		{"kam_hinzu_und", nil, []string{"de|Bei Veltraco kam im dritten Quartal ein Großauftrag von Quorvex hinzu und sorgte für einen Rekordumsatz."}, noFalseDeal(model.Acquisition, "Veltraco", "Quorvex")},
		{"legt_zusammen_und", nil, []string{"de|Veltraco legt seine beiden Werke in Bochum zusammen und verlagert die Montage zu Quorvex nach Polen."}, noFalseDeal(model.JointVenture, "Veltraco", "Quorvex")},
		{"legt_zusammen_und2", nil, []string{"de|Veltraco legt Vertrieb und Marketing zusammen und streicht 300 Stellen, teilte der Quorvex-Konkurrent mit."}, noFalseDeal(model.JointVenture, "Veltraco", "Quorvex")},
		{"fuehrt_zusammen_und", nil, []string{"de|Veltraco führt seine Standorte zusammen und bezieht ein Gebäude von Quorvex."}, noFalseDeal(model.Merger, "Veltraco", "Quorvex")},
		{"bieterrennen", nil, []string{"de|Veltraco steigt beim Bieterrennen um Quorvex ein."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
		{"bieterrennen_und", nil, []string{"de|Der Finanzinvestor Veltraco steigt beim Bieterrennen um Quorvex ein und bietet 2 Milliarden Euro."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
		{"auktion", nil, []string{"de|Veltraco stieg bei der Auktion für Quorvex ein."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
		{"sponsor", nil, []string{"de|Der Autobauer Veltraco steigt beim Fußballclub Quorvex als Hauptsponsor ein."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
		{"manager", nil, []string{"de|Der frühere Quorvex-Manager Hans Müller stieg 2010 bei Veltraco ein und wurde 2015 Vorstandschef."}, noFalseDeal(model.Investment, "Quorvex", "Veltraco")},
		{"manager2", nil, []string{"de|Hans Müller, zuvor Finanzchef bei Quorvex, stieg 2010 bei Veltraco ein."}, noFalseDeal(model.Investment, "Quorvex", "Veltraco")},
		{"nicht", nil, []string{"de|Veltraco steigt nicht bei Quorvex ein."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
		{"doch_nicht", nil, []string{"de|Veltraco steigt nun doch nicht bei Quorvex ein, teilte das Unternehmen mit."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
		{"preiskampf", nil, []string{"de|Veltraco steigt beim Preiskampf mit Quorvex ein und senkt die Tarife."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
		{"fahrgaeste", nil, []string{"de|Am Hauptbahnhof steigen täglich 5000 Fahrgäste bei Veltraco und Quorvex ein."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
		{"will_nicht", nil, []string{"de|Veltraco steigt vorerst nicht bei Quorvex ein und prüft andere Optionen."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
		{"produktion", nil, []string{"de|Veltraco steigt beim Bau der Fabrik von Quorvex als Generalunternehmer ein."}, noFalseDeal(model.Investment, "Veltraco", "Quorvex")},
		{"arbeitet_und", nil, []string{"de|Veltraco arbeitet bei dem Projekt nicht mehr mit Quorvex zusammen und sucht einen neuen Partner."}, noFalseDeal(model.Partnership, "Veltraco", "Quorvex")},
		{"tritt_ab_sponsor", nil, []string{"de|Veltraco tritt als Hauptsponsor von Quorvex ab und konzentriert sich auf den Breitensport."}, noFalseDeal(model.Divestiture, "Veltraco", "Quorvex")},
	})
}

const rv53aEnHead = "en|Veltraco agreed to buy Quorvex for £505 million. Quorvex shareholders will receive 1,000 pence a share. Veltraco had bought Quorvex's stake in Sorvan. "

func TestRv53aGeneric(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{"en_adviser", nil, []string{rv53aEnHead + "Brindle acted as financial adviser to the board. The company has grown through a string of acquisitions, including the purchase in 2016 of Daxmoor's operations in India for about $205 million."}, noFalseDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{"en_declined", nil, []string{rv53aEnHead + "A spokesman for Brindle declined to comment. The company has grown through a string of acquisitions, including the purchase in 2016 of Daxmoor's operations in India for about $205 million."}, noFalseDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{"en_customer", nil, []string{rv53aEnHead + "Its largest customer is Brindle. The company has grown through acquisitions, including the purchase in 2016 of Daxmoor for about $205 million."}, noFalseDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{"en_shares_rival", nil, []string{rv53aEnHead + "Shares in Brindle fell 3 percent in London. The company has grown through acquisitions, including the purchase in 2016 of Daxmoor for about $205 million."}, noFalseDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{"en_rival_before", nil, []string{rv53aEnHead + "Brindle, the market leader, declined to comment. The company has grown through acquisitions, including the purchase of Daxmoor in 2016 for about $205 million."}, noFalseDeal(model.Acquisition, "Brindle", "Daxmoor")},
	})
}

// rv53aNoSourceFrom: the deal between parties, if any, has no source from article.
func rv53aNoSourceFrom(article, typ string, parties ...string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		for _, d := range ds {
			if typeClass(d.Type) != typeClass(typ) || !slices.Contains(d.Parties, parties[0]) || !slices.Contains(d.Parties, parties[1]) {
				continue
			}
			for _, s := range d.Sources {
				if s.Article == article {
					return fmt.Sprintf("deal %s %v took %s's report %q", d.Type, d.Parties, article, s.Evidence)
				}
			}
		}
		return ""
	}
}

// A lone sale report takes the parties of the same company's purchase that
// year (the smaller set), not of its sale to Brindle.
func TestRv53aLone(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{"en_flip_year", nil, []string{
			"en|Halvorsen agreed to buy Trelawny on Monday. In 2019 Veltraco bought Quorvex for $300 million.",
			"en|Trelawny will join Halvorsen. In 2019 Veltraco sold Quorvex to Brindle for $900 million.",
			"en|Markets were calm on Monday. In 2019 Veltraco sold its pump unit to a rival."},
			rv53aNoSourceFrom("a2", model.Acquisition, "Veltraco", "Quorvex")},
	})
}
