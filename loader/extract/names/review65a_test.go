package names

import "testing"

// Review of stop 65 (f0ac2bf2 apposedOpener): each test fails at
// f0ac2bf2 and passes at 296ca421.

// A person's surname opening a sentence, set off by the role they hold in
// the company ("the company's chief executive", "il fondatore del
// gruppo"), is no company, though the role names a kind of company.
func TestReview65aSurnameBeforeARoleIsNoCompany(t *testing.T) {
	for _, c := range []struct{ lang, word, text string }{
		{"en", "Harrington", "Veltraco agreed to buy Quorvex for $2 billion. Harrington, the company's chief executive, said the deal would close in May."},
		{"it", "Bianchi", "Veltraco ha comprato Quorvex per 2 miliardi di euro, ha detto l'amministratore delegato Marco Bianchi. Bianchi, il fondatore del gruppo, resterà presidente."},
		{"es", "García", "Veltraco compró Quorvex por 2.000 millones de euros. García, el presidente del grupo, explicó que el acuerdo se cerrará en mayo."},
		{"fr", "Lefebvre", "Veltraco a racheté Quorvex pour 2 milliards d'euros, a indiqué son PDG, Jean Lefebvre. Lefebvre, le fondateur de la société, restera président."},
	} {
		noCompanyInAny(t, c.word, docOf(c.lang, c.text))
	}
}

// An adverb not in the openers list, before a subject that is itself set
// off by an aside ("la compañía, que tiene sede en Madrid,"), is no
// company: the relative pronoun or the comma right after the subject
// ends nounApposition's check before any verb is seen. (Holds where the
// corpus never writes the adverb in lower case, as in one article.)
func TestReview65aAdverbBeforeASubjectAsideIsNoCompany(t *testing.T) {
	for _, c := range []struct{ lang, word, text string }{
		{"en", "Afterwards", "Veltraco agreed to buy Quorvex for $2 billion. Afterwards, the company, which is based in Ohio, will employ 3,000 people."},
		{"fr", "Désormais", "Veltraco a racheté Quorvex pour 2 milliards d'euros. Désormais, le groupe, basé à Lyon, emploie 300 personnes."},
		{"es", "Actualmente", "Veltraco compró Quorvex por 2.000 millones de euros. Actualmente, la compañía, que tiene sede en Madrid, emplea a 300 personas."},
		{"it", "Attualmente", "Veltraco ha comprato Quorvex per 2 miliardi di euro. Attualmente, il gruppo, con sede a Milano, conta 300 dipendenti."},
	} {
		noCompanyInAny(t, c.word, docOf(c.lang, c.text))
	}
}
