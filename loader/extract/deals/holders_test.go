package deals

import (
	"reflect"
	"testing"

	"dealwire/model"
)

// A company named another's shareholder, or said to hold a share of it,
// holds a stake in it.
func TestHoldingsOfNamedShareholders(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []string // holder, held; nil for none
	}{
		{"en", "Veltraco, Quorvex's anchor shareholder, backed the merger.", []string{"Veltraco", "Quorvex"}},
		{"en", "The activist investor Veltraco, one of Quorvex's largest shareholders, had argued for a sale.", []string{"Veltraco", "Quorvex"}},
		{"it", "Veltraco, dal canto suo, non resta ferma: è il primo azionista di Quorvex, dove ha una quota vicina al 20%.", []string{"Veltraco", "Quorvex"}},
		{"en", "Quorvex has its own reasons: its largest shareholder, Veltraco, with about 24%, wants asset sales.", []string{"Veltraco", "Quorvex"}},
		{"fr", "Veltraco, premier actionnaire de Quorvex, a donné son accord.", []string{"Veltraco", "Quorvex"}},
		{"en", "Veltraco owns 40% of Quorvex, the chipmaker.", []string{"Veltraco", "Quorvex"}},
		{"es", "Veltraco controla alrededor del 32% de Quorvex, el principal productor de litio.", []string{"Veltraco", "Quorvex"}},
		{"en", "Veltraco controls 40 plants, Quorvex 12.", nil},
		{"it", "Il fondo attivista Veltraco, tra i principali soci di Quorvex, chiedeva da anni il rinnovo del consiglio.", []string{"Veltraco", "Quorvex"}},
		{"es", "Veltraco y Quorvex son socios en una planta de baterías.", nil},
		// the holder before a relative and its apposition; "its capital"
		{"en", "Veltraco, the Baar-based commodities trader that owns about 40 percent of Quorvex, backed the bid.", []string{"Veltraco", "Quorvex"}},
		{"es", "Detrás de Quorvex está la comercializadora Veltraco, que controla cerca del 40% de su capital.", []string{"Veltraco", "Quorvex"}},
		// shareholders of no named company, or "and" read as Italian "è"
		{"en", "Veltraco told its shareholders about Quorvex.", nil},
		{"it", "Veltraco e Quorvex hanno convocato gli azionisti.", nil},
	}
	for _, c := range cases {
		got := Holdings(sentence(c.text, "Veltraco", "Quorvex"), nil)
		if c.want == nil {
			if len(got) != 0 {
				t.Errorf("%q: %+v, want none", c.text, got)
			}
			continue
		}
		if len(got) != 1 || !reflect.DeepEqual(got[0].Parties, c.want) || got[0].Type != model.Investment || got[0].Buyer != c.want[0] {
			t.Errorf("%q: %+v, want %v holding a stake", c.text, got, c.want)
		}
	}
	// a deal the sentence tells between the two already says it
	s := sentence("Veltraco, Quorvex's largest shareholder, agreed to buy the rest of Quorvex.", "Veltraco", "Quorvex")
	if got := Holdings(s, Find(s, "en", "")); len(got) != 0 {
		t.Errorf("holding beside a deal between the same companies: %+v", got)
	}
	// a deal of another kind between them leaves the holding its own
	s = sentence("Il fondo attivista Veltraco, tra i principali soci di Quorvex, chiedeva da anni lo scorporo delle reti.", "Veltraco", "Quorvex")
	if got := Holdings(s, Find(s, "it", "")); len(got) != 1 {
		t.Errorf("holding beside a spin-off asked for: %+v, want the holding", got)
	}
}

// "X owns 16.5 per cent of A, and around 5.0 percent of B": a stake each.
func TestHoldingsListed(t *testing.T) {
	got := Holdings(sentence("Currently Veltraco owns about 16.5 per cent of Brindle, and around 5.0 percent of Quorvex.", "Veltraco", "Brindle", "Quorvex"), nil)
	if len(got) != 2 || !reflect.DeepEqual(got[0].Parties, []string{"Veltraco", "Brindle"}) || !reflect.DeepEqual(got[1].Parties, []string{"Veltraco", "Quorvex"}) {
		t.Errorf("%+v, want Veltraco's stakes in Brindle and in Quorvex", got)
	}
}

// A holder named by a description ("Der Baarer Rohstoffhändler hält ...")
// is the company referred to: one side named, an anaphor.
func TestHolderReferredTo(t *testing.T) {
	got := Holdings(sentence("Der Baarer Rohstoffhändler hält rund 40 Prozent an Quorvex.", "Quorvex"), nil)
	if len(got) != 1 || !got[0].Anaphor || !reflect.DeepEqual(got[0].Parties, []string{"Quorvex"}) {
		t.Errorf("%+v, want a stake in Quorvex held by the company referred to", got)
	}
}
