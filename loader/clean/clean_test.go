package clean

import (
	"strings"
	"testing"
)

// Debris forms, made up in the shape scraped pages leave them.
func TestDebrisIsRemoved(t *testing.T) {
	for _, line := range []string{
		"%d",
		"{{ author_name }}",
		"Acme Buys Widget In Big Deal4.2 (75%) 12 votes",
		"Share on Facebook",
		"Follow us on X",
		"Learn more.",
		"Read more",
		"Sign up for our daily newsletter to get the latest deals in your inbox.",
		"We use cookies to improve your experience on our site.",
		"Want to reach our readers? Consider a sponsored post with us.",
		"Home News Markets Companies Technology Opinion Lifestyle Sports Weather",
		"Privacy Policy Terms of Service Contact Us Careers",
		"Image: Reuters",
		"Photo: John Doe/Getty Images",
		"Above: the Acme plant in Ohio.",
		"All rights reserved.",
		"© 2024 Planet News",
		"By Jane Roe",
		"(This story has not been edited by Planet staff and is auto-generated from a syndicated feed.)",
		"Cloud Tech",
		"Related Articles",
		"...",
		"Author:",
		"US EUROPE AFRICA ASIA 中文",
		"A worker walks past the logo of Acme at its headquarters in Springfield, capital of the state, on March 3, 2021. [Photo/Agency]",
		"Mots-clés : Veltraco · Quorvex · logistique · OPA · Lyon",
		"Tags: Veltraco, Quorvex, mergers",
		"Schlagwörter: Übernahme · Logistik",
	} {
		if !IsDebris(line) {
			t.Errorf("kept debris %q", line)
		}
	}
}

// Sentences of the article stay, even short ones, ones that mention
// newsletters or cookies as news, and quotes addressing "you".
func TestSentencesAreKept(t *testing.T) {
	for _, line := range []string{
		"Acme buys Widget.",
		"The deal closed.",
		"Acme said on Monday it had agreed to buy Widget Co for $5 million in cash.",
		"Cookie maker Acme Foods agreed to buy Widget Bakeries for $40 million, the companies said.",
		"\"We are thrilled to welcome you to the Acme family,\" said Widget's chief executive.",
		"Nokia Security Center in Berlin.",
		"Shares of Acme rose 4.2% (about $1.10) to $27.30 in New York.",
		"The newsletter publisher Substack raised $65 million from Andreessen Horowitz, it said on Tuesday.",
		"BERLIN, March 3 (Reuters) - Siemens AG and Alstom SA said on Monday they would merge their rail units.",
		"Microsoft And Nokia Announce A Broad Strategic Partnership To Accelerate Cloud Innovation.",
	} {
		if IsDebris(line) {
			t.Errorf("dropped a sentence %q", line)
		}
	}
}

func TestHardWrappedTextIsUnwrapped(t *testing.T) {
	text := `BEIJING, Aug 10 Acme Group Holding Ltd
said Monday it will invest 28 billion yuan ($4.5
billion) in Widget Commerce Co Ltd, clinching
a cross-investment deal between two of the largest
retailers in the country.
The deal will make Acme Widget's second-largest
shareholder with a 20 percent stake, while Widget
would invest 14 billion yuan in Acme.
Acme said the two companies would combine their
strengths in offline and online commerce.`
	got := Paragraphs(strings.Split(text, "\n"))
	want := []string{
		"BEIJING, Aug 10 Acme Group Holding Ltd said Monday it will invest 28 billion yuan ($4.5 billion) in Widget Commerce Co Ltd, clinching a cross-investment deal between two of the largest retailers in the country.",
		"The deal will make Acme Widget's second-largest shareholder with a 20 percent stake, while Widget would invest 14 billion yuan in Acme.",
		"Acme said the two companies would combine their strengths in offline and online commerce.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestUnwrappedTextKeepsLinesAsParagraphs(t *testing.T) {
	lines := []string{
		"Acme said on Monday it had agreed to buy Widget Co for $5 million in cash, giving it a foothold in Europe.",
		"Share on Facebook",
		"The deal is expected to close in the second quarter, the companies said.",
		"",
		"Widget employs 120 people.",
	}
	got := Paragraphs(lines)
	if len(got) != 3 || got[1] != lines[2] {
		t.Errorf("got %q", got)
	}
}

func TestQuoteWidgetAfterTickerRemoved(t *testing.T) {
	got := Paragraphs([]string{"Acacia Communications (ACIA) - Get Report shares rose after Cisco Systems (NASDAQ:CSCO) - Free Report raised its offer."})
	want := "Acacia Communications (ACIA) shares rose after Cisco Systems (NASDAQ:CSCO) raised its offer."
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestShareButtonsInSevenLanguagesRemoved(t *testing.T) {
	for _, line := range []string{"Condividi su Facebook Twitter WhatsApp", "Compartir en Facebook | Compartir en Twitter",
		"Partager sur Facebook · Twitter · LinkedIn", "Teilen auf Facebook Twitter", "Noticias relacionadas: Lidl acelera su llegada"} {
		if !IsDebris(line) {
			t.Errorf("%q kept", line)
		}
	}
}

// A row of share buttons is debris, whatever its label.
func TestSocialButtonRows(t *testing.T) {
	for _, p := range []string{
		"Artikel teilen: Facebook | Twitter | WhatsApp | E-Mail",
		"Share: Twitter | LinkedIn | Email | Print",
		"Condividi su Facebook | X | LinkedIn | WhatsApp",
		"Compartir en Facebook | Compartir en Twitter | Compartir en LinkedIn | Enviar por correo",
		"[Facebook] [Twitter] [Xing] [E-Mail] [Drucken]",
		"Artikel teilen   Facebook   Twitter   LinkedIn   WhatsApp   E-Mail",
	} {
		if !IsDebris(p) {
			t.Errorf("%q: kept, want dropped", p)
		}
	}
	for _, news := range []string{"Facebook and Twitter agreed to share data with the regulator.", "Facebook agreed to buy a stake in Twitter from LinkedIn on Monday.", "WhatsApp, Facebook and Instagram went down for six hours on Monday."} {
		if IsDebris(news) {
			t.Errorf("%q: dropped, want kept", news)
		}
	}
}
