package deals

import (
	"testing"

	"dealwire/model"
)

// Regressions a second review found in d872a06 (and in 34b92d7's colon
// rule): each sentence was read right by 20694e9 or by 66ff696, and is
// right again now.

// As first written, laterOption (d872a06) reads an option as exercised, so as control, when
// any form of "exercise" stands within three words before it, also the
// infinitive after a modal and a negated past: "may exercise an option to
// raise it", "has not yet exercised its option". Those options are still
// for later: the stake bought is an investment, as 20694e9 read it.
func TestOptionToExerciseLaterIsNoControl(t *testing.T) {
	eachOneDeal(t, []langText{
		{"en", "Veltraco bought a 40 percent stake in Brindle and may exercise an option to raise it to 100 percent in 2025."},
		{"en", "Veltraco bought a 40 percent stake in Brindle and will be able to exercise an option to raise it to 100 percent in 2025."},
		{"en", "Veltraco bought a 49 percent stake in Brindle and has not yet exercised its option to buy the remaining 51 percent."},
		{"en", "Veltraco paid $200 million for a 49 percent stake in Brindle and can exercise options to take full control from 2025."},
		{"es", "Veltraco pagó 200 millones de euros por el 49% de Brindle y podrá ejercer una opción para hacerse con el 100%."},
	}, ofType(model.Investment), "one investment")
}

// As first written, laterOption (d872a06) takes a right for one to buy more only when a word
// of raising follows within three words; an inserted date or "but not the
// obligation" puts the verb further: "with the right, from 2025, to buy the
// remaining 51 percent" is read as control again (20694e9: an investment).
func TestRightToBuyLaterWithWordsBetween(t *testing.T) {
	text := "Veltraco paid $200 million for a 49 percent stake in Brindle, with the right, from 2025, to buy the remaining 51 percent."
	got := Find(sentence(text, "Veltraco", "Brindle"), "en", "")
	if len(got) != 1 || got[0].Type != model.Investment {
		t.Errorf("%q: %+v, want one investment", text, got)
	}
}

// As first written, agreedWith (d872a06) skips a company after "with" only when an agreement
// noun stands right before it. Talks and negotiations are held with the
// seller just as often: "After months of talks with Brindle, Veltraco agreed
// to buy its sensor unit" - Veltraco buys. 20694e9 read these right.
func TestTalksWithTheSellerOpenTheSentence(t *testing.T) {
	eachOneDeal(t, []langText{
		{"en", "After months of talks with Brindle, Veltraco agreed to buy its sensor unit for $2 billion."},
		{"en", "Following negotiations with Brindle, Veltraco agreed to buy its sensor unit for $2 billion."},
		{"it", "Dopo mesi di trattative con Brindle, Veltraco rileva la divisione sensori per 2 miliardi di euro."},
		{"es", "Tras meses de negociaciones con Brindle, Veltraco comprará la división de sensores por 2.000 millones."},
		{"fr", "Après des mois de négociations avec Brindle, Veltraco rachète la division capteurs pour 2 milliards d'euros."},
	}, boughtBy("Veltraco"), "Veltraco the buyer")
}

// subjectAfterColon (d872a06, from 34b92d7) still makes the company opening
// the words after a colon the buyer when it is the target acting in its
// own takeover (accepting, approving) or a headline's bare participle
// ("Brindle acquired for $2 billion"). 66ff696 read Veltraco the buyer.
func TestTargetOpeningAfterColonDoesNotBuy(t *testing.T) {
	eachOneDeal(t, []langText{
		{"en", "Veltraco strikes again: Brindle acquired for $2 billion."},
		{"en", "Veltraco strikes again: Brindle accepts $2 billion takeover offer."},
		{"en", "Veltraco strikes again: Brindle shareholders approve $2 billion takeover."},
		{"it", "Veltraco fa shopping: Brindle accetta l'offerta da 2 miliardi di euro."},
		{"fr", "Veltraco fait ses emplettes: Brindle accepte une offre de 2 milliards d'euros."},
		{"es", "Veltraco sale de compras: Brindle acepta la oferta de 2.000 millones de euros."},
	}, boughtBy("Veltraco"), "Veltraco the buyer")
}
