package meta

import "testing"

// A markdown newsletter's level-one heading is its name; the story's
// headline is the level-two heading under the lines. An article's
// own headline keeps the title above a section's heading.
func TestNewsletterMastheadAboveTheStory(t *testing.T) {
	story := "\n\nAcme, the Ohio maker of industrial valves, agreed on Friday to buy its smaller rival Widget for $310 million in cash.\n\nThe deal closes next year.\n"
	for _, c := range []struct{ name, text, title, source string }{
		{
			name:  "a name, the issue's line, a byline and a rule above the story",
			text:  "# The Valve Letter\n\n**Weekly briefing for the flow-control trade · Monday, March 8, 2021**\n\n*By Jane Roe*\n\n---\n\n## Acme buys Widget to build a valve giant" + story,
			title: "Acme buys Widget to build a valve giant", source: "The Valve Letter",
		},
		{
			name:  "a name that says what it is after a dash, above a shorter headline",
			text:  "# Rubinetto — la newsletter settimanale della valvola\n\n**Numero 12 · lunedì 8 marzo 2021**\n\n## Acme compra Widget" + story,
			title: "Acme compra Widget", source: "Rubinetto",
		},
		{
			name:  "the outlet in bold on the issue's line",
			text:  "# Lettera dal Mercato\n\n**Il Foglio delle Valvole** · Newsletter del lunedì · 8 marzo 2021\n\n## Acme compra Widget per 310 milioni di dollari" + story,
			title: "Acme compra Widget per 310 milioni di dollari", source: "Il Foglio delle Valvole",
		},
		{
			name:  "a headline, a byline and a section's label",
			text:  "# Acme agrees to buy Widget for $310 million in cash\n\n*By Jane Roe*\n\n## The deal" + story,
			title: "Acme agrees to buy Widget for $310 million in cash",
		},
		{
			name:  "a headline, its first paragraph and a section's heading",
			text:  "# Acme buys Widget\n\nAcme agreed on Friday to buy Widget, a maker of valves from Ohio, in a deal worth $310 million.\n\n## Why Acme wanted Widget's valves now" + story,
			title: "Acme buys Widget",
		},
	} {
		d := Parse(c.text)
		if d.Title != c.title || c.source != "" && d.Source != c.source {
			t.Errorf("%s: title %q, source %q; want %q, %q", c.name, d.Title, d.Source, c.title, c.source)
		}
		for _, l := range d.Lines {
			if headingText(l, 2) == d.Title {
				t.Errorf("%s: the headline stays in the body", c.name)
			}
		}
	}
}

// An article headed by its own headline, a byline and a deck as a
// level-two heading is no newsletter: the headline is the title, and
// names no source.
func TestHeadlineBylineAndDeckIsNoNewsletter(t *testing.T) {
	for _, c := range []struct{ text, title string }{
		{"# Acme buys Widget\n\n*By Jane Roe*\n\n## The valve maker will pay $310 million in cash for its smaller Ohio rival\n\n" +
			"Acme, the Ohio maker of industrial valves, agreed on Friday to buy its smaller rival Widget for $310 million in cash.\n\nThe deal closes next year.\n",
			"Acme buys Widget"},
		{"# Acme kauft Widget\n\n*Von Jana Roth, 8. März 2021*\n\n## Der Ventilhersteller zahlt 310 Millionen Dollar in bar für den kleineren Rivalen aus Ohio\n\n" +
			"Acme, der Ventilhersteller aus Ohio, hat am Freitag vereinbart, seinen kleineren Konkurrenten Widget für 310 Millionen Dollar in bar zu übernehmen.\n",
			"Acme kauft Widget"},
	} {
		d := Parse(c.text)
		if d.Title != c.title || d.Source == c.title {
			t.Errorf("title %q, source %q; want %q, no source", d.Title, d.Source, c.title)
		}
	}
}
