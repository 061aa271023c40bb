package deals

import (
	"slices"
	"strings"
	"testing"

	"dealwire/model"
)

// Review 60a: sentences the changes from aee81890 to 7473e86f misread.
// Sentences are published 2020-07-05 unless said.

// dated60a: some deal of the sentence lists every one of parties and is
// dated want.
func dated60a(got []Found, want string, parties ...string) bool {
	return slices.ContainsFunc(got, func(f Found) bool {
		for _, p := range parties {
			if !slices.Contains(f.Parties, p) {
				return false
			}
		}
		return f.Date == want
	})
}

// "Hours before the deadline, on June 30, ... signed the merger
// agreement": news of a deal struck at the last minute names the deadline
// right before the day the deal was made, and the day is the deal's. So is
// the day a deal closed "well ahead of the deadline, on March 3", and the
// day the parties agreed "kurz vor Ablauf der Angebotsfrist, am 30. Juni".
// expiresBefore (figures.go) sees "deadline", "scadenza", "Angebotsfrist"
// among the four words before the date and drops it: each deal comes out
// undated. Without the expiry check each is dated as wanted.
func TestReview60aDealDayRightAfterTheDeadline(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Hours before the deadline, on June 30, Veltraco and Quorvex signed the merger agreement.", "2020-06-30"},
		{"en", "Veltraco completed its purchase of Quorvex well ahead of the deadline, on March 3.", "2020-03-03"},
		{"en", "Veltraco let the deadline lapse, then on June 29 agreed to buy Quorvex.", "2020-06-29"},
		{"it", "A poche ore dalla scadenza, il 30 giugno, Veltraco e Quorvex hanno firmato l'accordo di fusione.", "2020-06-30"},
		{"it", "Veltraco ha chiuso l'acquisizione di Quorvex con largo anticipo sulla scadenza, il 3 marzo.", "2020-03-03"},
		{"de", "Kurz vor Ablauf der Angebotsfrist, am 30. Juni, einigte sich Veltraco mit Quorvex auf die Übernahme.", "2020-06-30"},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2020-07-05")
		if !dated60a(got, c.want, "Veltraco", "Quorvex") {
			t.Errorf("%s %q: %+v, want the deal dated %s", c.lang, c.text, got, c.want)
		}
	}
}

// A company bought "whose licence was about to expire, in March 2019":
// the aside that tells of something else's term ends right before the
// date of the purchase. expiresBefore reads "expire", "vence", "expire",
// "scade" among the four words before the date as the deal's deadline and
// leaves the purchase undated (and, undated, "announced" rather than
// completed). Without the expiry check each is dated March 2019.
func TestReview60aExpiryInAnAsideBeforeTheDealDate(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco bought Quorvex, whose licence was about to expire, in March 2019."},
		{"es", "Veltraco compró Quorvex, cuya licencia vence pronto, en marzo de 2019."},
		{"fr", "Veltraco a racheté Quorvex, dont le brevet expire bientôt, en mars 2019."},
		{"it", "Veltraco ha comprato Quorvex, il cui brevetto scade presto, nel marzo 2019."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2020-07-05")
		if !dated60a(got, "2019-03", "Veltraco", "Quorvex") {
			t.Errorf("%s %q: %+v, want the purchase dated 2019-03", c.lang, c.text, got)
		}
	}
}

// Spanish "vence" is also "beats", the verb of a contest won, in the
// historical present of headlines and chronologies: "Veltraco vence a
// Brindle en marzo y se queda con Quorvex" (Veltraco beats Brindle in
// March and takes Quorvex). March is when Quorvex was won; expiryWords holds
// "vence" as an offer's expiry and drops it. (Brindle, the losing bidder,
// is read as a party with or without the rule: not what this test is
// about.) Without the expiry check the purchase is dated 2020-03.
func TestReview60aVenceIsBeatsNotExpires(t *testing.T) {
	text := "Veltraco vence a Brindle en marzo y se queda con Quorvex por 300 millones."
	got := Find(sentence(text, "Veltraco", "Quorvex", "Brindle"), "es", "2020-07-05")
	if !dated60a(got, "2020-03", "Veltraco", "Quorvex") {
		t.Errorf("%+v, want Veltraco's purchase of Quorvex dated 2020-03", got)
	}
}

// "Veltraco completed the acquisitions of Quorvex and Brindle on March 3;
// the acquisition of Ostravel is expected to close in June": the plural
// before the semicolon is a deal of its own (two purchases done), not an
// introduction of the one after. dropRunBeforeOne drops the plural, and
// the one deal left takes all four companies, the date and "completed" of
// the first clause: Ostravel's pending purchase is read as done on March
// 3. Without dropRunBeforeOne, Ostravel's deal stands apart.
func TestReview60aPluralDealBeforeASemicolonIsItsOwn(t *testing.T) {
	for _, c := range []struct{ lang, text, done, pending string }{
		{"en", "Veltraco completed the acquisitions of Quorvex and Brindle on March 3; the acquisition of Ostravel is expected to close in June.", "Brindle", "Ostravel"},
		{"de", "Veltraco hat die Übernahmen von Quorvex und Brindle im März abgeschlossen; die Übernahme von Ostravel soll im Juni folgen.", "Brindle", "Ostravel"},
		{"it", "Veltraco ha completato a marzo le acquisizioni di Quorvex e Brindle; l'acquisizione di Ostravel si chiuderà a giugno.", "Brindle", "Ostravel"},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Brindle", "Ostravel"), c.lang, "2020-07-05")
		for _, f := range got {
			if slices.Contains(f.Parties, c.done) && slices.Contains(f.Parties, c.pending) {
				t.Errorf("%s %q: %s %v (%s): %s's deal read into the one of %s", c.lang, c.text, f.Type, f.Parties, f.Status, c.pending, c.done)
			}
		}
	}
}

// "Regulators cleared the mergers of Veltraco with Quorvex and of Brindle
// with Ostravel on Monday; the merger of Hanford and Teltra remains under
// review": two mergers cleared, a third pending. dropRunBeforeOne drops
// "mergers" for the later "merger": the cleared mergers are lost, and the
// one under review is dated Monday, the day the others were cleared.
// Without it, the cleared mergers are read, dated Monday, and Hanford's
// is left undated.
func TestReview60aMergersClearedBeforeOneUnderReview(t *testing.T) {
	text := "Regulators cleared the mergers of Veltraco with Quorvex and of Brindle with Ostravel on Monday; the merger of Hanford and Teltra remains under review."
	got := Find(sentence(text, "Veltraco", "Quorvex", "Brindle", "Ostravel", "Hanford", "Teltra"), "en", "2020-07-05")
	if !dated60a(got, "2020-06-29", "Veltraco", "Quorvex") {
		t.Errorf("%+v, want Veltraco's merger with Quorvex, cleared on Monday 2020-06-29", got)
	}
	if dated60a(got, "2020-06-29", "Hanford", "Teltra") {
		t.Errorf("%+v: the merger under review is dated the day the others were cleared", got)
	}
}

// "In 2018 Veltraco made two acquisitions, Quorvex and Brindle; it also
// agreed in 2020 to buy Ostravel": the plural, with its year and buyer,
// is the first deal; the semicolon joins a second. dropRunBeforeOne drops
// the plural for the later "buy", and Veltraco's 2018 purchases are lost:
// what is left reads Quorvex buying Brindle and Ostravel, dated 2018.
// Without it, Veltraco's purchases of 2018 are read.
func TestReview60aPluralWithItsYearBeforeASemicolon(t *testing.T) {
	text := "In 2018 Veltraco made two acquisitions, Quorvex and Brindle; it also agreed in 2020 to buy Ostravel."
	got := Find(sentence(text, "Veltraco", "Quorvex", "Brindle", "Ostravel"), "en", "2020-07-05")
	if !dated60a(got, "2018", "Veltraco", "Quorvex") {
		t.Errorf("%+v, want Veltraco's purchase of Quorvex dated 2018", got)
	}
}

// German "gemeinsam" is also "together, combined" of figures and holdings:
// "Veltraco und Quorvex kommen gemeinsam auf einen Umsatz von 12
// Milliarden Euro" (the merged group's combined sales), "halten gemeinsam
// 60 Prozent an Brindle". Coverage of a merger or a joint holding goes on
// with a second verb that ends the sentence, "und wollen sich zum
// Weltmarktführer entwickeln", "und wollen dort Batterien entwickeln".
// The new separable entry {"gemeinsam", "entwickeln ..."} (deals.go)
// pairs the two and reads a partnership the sentence does not tell.
// Without it, no partnership is read.
func TestReview60aGemeinsamOfCombinedFigures(t *testing.T) {
	for _, text := range []string{
		"Veltraco und Quorvex kommen gemeinsam auf einen Umsatz von 12 Milliarden Euro und wollen sich zum Weltmarktführer entwickeln.",
		"Nach der Fusion kommen Veltraco und Quorvex gemeinsam auf 40.000 Mitarbeiter und wollen das Geschäft mit Elektroantrieben weiter entwickeln.",
		"Veltraco und Quorvex halten gemeinsam 60 Prozent an Brindle und wollen dort Batterien entwickeln.",
	} {
		got := Find(sentence(text, "Veltraco", "Quorvex", "Brindle"), "de", "2020-07-05")
		for _, f := range got {
			if f.Type == model.Partnership {
				t.Errorf("%q: partnership %v read (evidence %q), want none", text, f.Parties, strings.TrimSpace(f.Evidence))
			}
		}
	}
}
