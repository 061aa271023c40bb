package loader

import "testing"

func TestDetectLanguage(t *testing.T) {
	cases := map[string]string{
		"en": "The company said on Monday that it has agreed to buy its rival for $5 billion in cash, in a deal that would create the largest maker of widgets in the world.",
		"it": "La società ha annunciato lunedì di aver raggiunto un accordo per l'acquisizione del concorrente per 5 miliardi di euro, che sarà completata entro la fine dell'anno.",
		"es": "La compañía anunció el lunes que ha llegado a un acuerdo para comprar a su rival por 5.000 millones de euros, según un comunicado enviado a los inversores.",
		"de": "Das Unternehmen teilte am Montag mit, dass es sich mit dem Konkurrenten auf eine Übernahme für fünf Milliarden Euro geeinigt hat, die im Herbst abgeschlossen werden soll.",
		"fr": "La société a annoncé lundi qu'elle avait conclu un accord pour racheter son concurrent pour 5 milliards d'euros, une opération qui doit être finalisée cette année.",
		"nl": "Het bedrijf heeft maandag bekendgemaakt dat het een akkoord heeft bereikt over de overname van de concurrent voor 5 miljard euro, die naar verwachting dit jaar wordt afgerond.",
		"pt": "A empresa anunciou nesta segunda-feira que chegou a um acordo para comprar a concorrente por 5 bilhões de reais, uma operação que ainda depende de aprovação.",
	}
	for want, text := range cases {
		if got := detectLanguage([]string{text}, ""); got != want {
			t.Errorf("%s text detected as %s", want, got)
		}
		// Without enough function words the trigram model decides.
		short := text[:60]
		if got := detectLanguage([]string{short}, ""); got != want {
			t.Logf("short %s text detected as %s: %q", want, got, short)
		}
	}
}
