package loader

import (
	"strings"
	"testing"
	"unicode"
)

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

// add counts what the plain reading counts: each run of letters, lower
// case, that is a function word of at most 24 bytes. Its ASCII shortcut
// and the shapes it asks before the table must change no count.
func TestWordCountsAdd(t *testing.T) {
	texts := []string{
		"The company said on Monday that it HAS agreed to buy its rival, and THE deal was WITH them.",
		"La società è più forte: il gruppo della famiglia, según el acuerdo, también por una parte.",
		"Das Unternehmen für die Übernahme ist NICHT mit dem Konkurrenten; und det är på och för.",
		"się nie jest na że do od przez dla jak oraz — thequickbrownfoxjumpsoverthelazydogtwice the",
		"\xff\xfebad the\xffand théâtre ÀLA Ça va, DEL del Del, x\u00a0of\tto\nis",
		"",
	}
	for _, text := range texts {
		want := map[string]int{}
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			w = strings.ToLower(w)
			if lang, ok := functionWords[w]; ok && len(w) <= 24 {
				want[lang]++
			}
		}
		var got wordCounts
		got.add(text)
		if len(got) != len(want) {
			t.Errorf("%q: counts %v, want %v", text, got, want)
			continue
		}
		for lang, n := range want {
			if got[lang] != n {
				t.Errorf("%q: counts %v, want %v", text, got, want)
				break
			}
		}
	}
	for w := range functionWords {
		if functionShapes[w[0]]&(1<<len(w)) == 0 {
			t.Errorf("the shapes refuse the function word %q", w)
		}
	}
}
