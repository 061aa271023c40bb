package extract

import (
	"testing"

	"dealwire/model"
)

// Review of 470e7aa: the past forms of selling, buying and paying have
// other senses that state no deal: a share price yielding ("cedió un
// 3%"), fines and taxes paid, the market's trades ("Anleger kauften
// Aktien"), what was sold as an adjective ("2 Millionen verkauften
// Fahrzeugen"), ways parting, goods sold through a partner.
func TestStop47ReviewPastFormsInOtherSenses(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "Veltraco y Brindle cotizan en Madrid. Las acciones de Veltraco cedieron un 3%, mientras que Brindle cedió un 2% en la sesión."},
		{"es", "Veltraco y Brindle cotizan en Madrid. En la sesión de ayer, Veltraco cedió un 3% frente a Brindle."},
		{"es", "Veltraco y Brindle son rivales. Veltraco y Brindle pagaron 50 millones de euros en multas el año pasado."},
		{"it", "Veltraco e Brindle sono rivali. Nel 2023 Veltraco e Brindle pagarono 50 milioni di euro di multe."},
		{"de", "Veltraco und Brindle sind Rivalen. Veltraco und Brindle zahlten im vergangenen Jahr zusammen 800 Millionen Euro Steuern."},
		{"de", "Veltraco und Brindle sind Rivalen. Anleger kauften nach den Zahlen Aktien von Veltraco und Brindle."},
		{"de", "Veltraco und Brindle sind Rivalen. Anleger verkauften nach den Zahlen Aktien von Veltraco und Brindle."},
		{"de", "Veltraco und Brindle sind Rivalen. Mit 2 Millionen verkauften Fahrzeugen überholte Veltraco im vergangenen Jahr den Rivalen Brindle."},
		{"de", "Veltraco und Brindle sind Rivalen. Die Wege von Veltraco und Brindle trennten sich 2015 nach einem Streit."},
		{"es", "Veltraco y Brindle son rivales. En 2023 Veltraco vendería sus productos a través de Brindle, según el plan."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Brindle", "Quorvex")
		if len(ds) > 0 {
			t.Errorf("%s %q:\n  got %s %v %v", c.lang, c.text, ds[0].Type, ds[0].Parties, ds[0].Value)
		}
	}
}

// A demonym after a name that is the object, not the subject, is made the buyer.
// Review of 470e7aa: a German demonym after a name that is the object,
// not the subject put after its verb ("2005 übernahm Quorvex die
// Norweger"), is not the buyer.
func TestStop47ReviewDemonymObjectIsNotTheBuyer(t *testing.T) {
	for _, verb := range []string{"übernahm", "kaufte"} {
		text := "Der norwegische Ölkonzern Veltraco legt sein Geschäft mit dem Rivalen Brindle zusammen. " +
			"Veltraco hatte zuletzt stark expandiert. " +
			"2005 " + verb + " Quorvex die Norweger für 2,45 Milliarden Dollar. Die Aktionäre müssen noch zustimmen."
		ds := extractTextIn(t, "de", text, "Veltraco", "Brindle", "Quorvex")
		if joinsIn(ds, "Veltraco", "Quorvex", model.Acquisition) {
			t.Errorf("%q: %+v, Quorvex bought the Norwegians, not the reverse", verb, ds)
		}
	}
}

// A demonym standing for a nation's buyers (consumers) becomes the company.
// Review of 70ea561: in Italian, "PPA" is a purchase price allocation,
// no supply; only the phrases of a power purchase agreement are supply.
func TestStop47ReviewItalianPPAIsNoSupply(t *testing.T) {
	text := "Veltraco ha chiuso il bilancio 2023. L'allocazione del prezzo (PPA) di Brindle ha generato per Veltraco un avviamento di 300 milioni di euro."
	ds := extractTextIn(t, "it", text, "Veltraco", "Brindle", "Quorvex")
	if joinsIn(ds, "Veltraco", "Brindle", model.Supply) {
		t.Errorf("%+v: purchase price allocation read as supply", ds)
	}
}
