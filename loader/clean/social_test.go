package clean

import (
	"strings"
	"testing"
)

// socialButtonsBySlices is socialButtons as it was written before it
// walked the items in place: the reference it must agree with.
func socialButtonsBySlices(p string) bool {
	if _, after, ok := strings.Cut(p, ":"); ok {
		p = after
	}
	items := strings.FieldsFunc(p, buttonSeparator)
	least := 2
	if len(items) == 1 {
		items, least = strings.Fields(p), 3
	}
	social, n := 0, 0
	for _, it := range items {
		it = strings.ToLower(strings.TrimSpace(it))
		if it == "" {
			continue
		}
		n++
		for _, verb := range shareVerbPrefixes {
			it = strings.TrimPrefix(it, verb)
		}
		if socialNames[it] {
			social++
		}
	}
	return social >= least && social*2 >= n
}

func TestSocialButtonsAgreesWithFields(t *testing.T) {
	for _, p := range []string{
		"", ":", "|", " | ", "Facebook", "Share: Facebook | Twitter", "Artikel teilen: Facebook | Twitter | WhatsApp | E-Mail",
		"Artikel teilen   Facebook   Twitter   LinkedIn", "Facebook buys Twitter", "Share: X | LinkedIn",
		"[Facebook] [Twitter] [Email]", "Compartir en Facebook, Enviar por correo, Imprimir", "SHARE ON FACEBOOK / SHARE ON TWITTER",
		"Facebook\u00a0Twitter\u00a0Reddit", "Facebook Twitter \xff Reddit", "Partager sur Facebook · Partager sur Twitter • Imprimer",
		"Teilen: Xing | Facebook | Drucken | Mailen", "Correo electrónico | WhatsApp", "İnstagram | Facebook",
		"News: Acme buys Globex | Markets", "a | b | c | facebook | twitter",
	} {
		if got, want := socialButtons(p), socialButtonsBySlices(p); got != want {
			t.Errorf("socialButtons(%q) = %v, the reference says %v", p, got, want)
		}
	}
}
