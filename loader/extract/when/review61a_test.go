package when

import "testing"

// review61a: inputs the month-without-a-year rule of b1420649 misreads.
// The article is dated 2019-11-06 throughout.

// dueBy looks for "by", "para", "until"... anywhere in the three words
// before the introducer, so the agent of a passive ("acquired by
// Quorvex in March") or a purpose clause ("un acuerdo para comprar
// Brindle en marzo") now hides a month the rule read before the change:
// these are past months of the deal, 2019-03, not time limits ahead.
// The code finds no date at all.
func TestReview61aByOrParaBeforeTheCompanyIsNoDeadline(t *testing.T) {
	wantOnlyDate(t, "2019-03",
		"Brindle was acquired by Quorvex in March.",
		"Brindle, which was bought by Quorvex in early March, makes pumps.",
		"Quorvex cerró un acuerdo para comprar Brindle en marzo.",
	)
}

// "a" opens a month in Italian ("a giugno"), but it is also the English
// article, the French "has" and the Italian/Spanish "to" before a
// person, and the month table holds words that are also nouns and first
// names: "a march" (a protest), "a Marco Rossi", "a Julio Pérez", "a Mars
// mission", "a Mayo Clinic", and the French "a sept" (has seven). None
// of these names a month; the code reads each as the last such month.
func TestReview61aAIsNotAlwaysAMonthsArticle(t *testing.T) {
	wantNoDate(t,
		"Hundreds of Brindle workers staged a march against the merger.",
		"Veltraco ha ceduto il 10% a Marco Rossi.",
		"Quorvex vendió su participación a Julio Pérez.",
		"Brindle will build the lander for a Mars mission.",
		"Quorvex signed the deal with a Mayo Clinic spin-off.",
		"Quorvex a sept usines en France.",
	)
}

// "late" before a name is "deceased": "the late August Kallomar" is a
// man, not late August. The code gives 2019-08.
func TestReview61aLateBeforeAPersonsName(t *testing.T) {
	wantNoDate(t,
		"The heirs of the late August Kallomar sold Brindle.",
	)
}

// endOfRange only looks at a bare "a"/"ad": a stretch of months ending
// in the part of a month ("da gennaio a fine marzo", "de enero a finales
// de marzo") is as much a stretch as "da gennaio a marzo", which the
// commit's own test reads as no date. The code gives 2019-03.
func TestReview61aRangeEndingInAPartOfAMonth(t *testing.T) {
	wantNoDate(t,
		"da gennaio a fine marzo le vendite sono salite",
		"de enero a finales de marzo las ventas subieron",
	)
}

// A time limit ahead in words dueBy does not list: the Italian "per",
// French "pour", German "für" (the counterparts of the listed Spanish
// "para"), and "before", "avant", "prima di", "antes de", "vor",
// "spätestens" (at the latest). Like "by the end of June" and "entro fine
// giugno" in the commit's test, each is a deadline ahead, no past date;
// the code gives the past month (2019-03 / 2019-06).
func TestReview61aDeadlinesTheGuardMisses(t *testing.T) {
	wantNoDate(t,
		"La chiusura dell'operazione è prevista per fine marzo.",
		"Le closing est prévu pour fin juin.",
		"Der Abschluss ist für Ende Juni geplant.",
		"Der Abschluss wird spätestens Ende März erwartet.",
		"La finalisation est attendue avant fin mars.",
		"El cierre se espera antes de finales de marzo.",
		"La chiusura è attesa prima di fine marzo.",
		"The deal is expected to close before the end of March.",
	)
}

// A month of next year ("a fine marzo dell'anno prossimo", "a finales de
// marzo del próximo año", "Ende März nächsten Jahres", "in early March
// next year") is March 2020 for an article of November 2019, not the
// March before it; the code gives 2019-03 (lastYearAfter knows "last
// year" only). A month postponed to ("rinviata a giugno") is ahead too.
func TestReview61aMonthOfNextYearIsNotThePastOne(t *testing.T) {
	for _, text := range []string{
		"Quorvex conta di chiudere a fine marzo dell'anno prossimo.",
		"Quorvex prevé cerrar a finales de marzo del próximo año.",
		"Quorvex will den Kauf Ende März nächsten Jahres abschließen.",
		"Quorvex plans to close the deal in early March next year.",
		"L'assemblea di Quorvex sul bilancio è stata rinviata a giugno.",
	} {
		for _, d := range Find(text, "", "2019-11-06") {
			if d.Value == "2019-03" || d.Value == "2019-06" {
				t.Errorf("%q: found %+v, a past month for one ahead", text, d)
			}
		}
	}
}

// A month told after a year the text named before, as the one after it
// ("nel marzo successivo", "a giugno dell'anno successivo"), is of that
// year or the next, not the March or June before the article:
// sameYearAfter knows "dello stesso anno" but not "successivo". The code
// gives 2019-03 / 2019-06 beside 2015.
func TestReview61aMonthOfTheYearAfterOneTold(t *testing.T) {
	for _, text := range []string{
		"Nel 2015 Quorvex comprò Brindle; nel marzo successivo cedette Kallomar.",
		"Nel 2015 Quorvex comprò Brindle e a giugno dell'anno successivo cedette Kallomar.",
	} {
		for _, d := range Find(text, "", "2019-11-06") {
			if d.Value != "2015" {
				t.Errorf("%q: found %+v, a month of 2019 for one of 2015 or 2016", text, d)
			}
		}
	}
}

// The new introducers are joined to the month by `\s+`, which takes no
// no-break space, though every other date pattern here takes one (sp)
// and endOfRange trims one: text from web pages writes "fin\u00a0mars",
// "a fine\u00a0marzo", "Ende\u00a0Juni". Each is that month (2019-03,
// 2019-03, 2019-06); the code finds nothing.
func TestReview61aNoBreakSpaceAfterTheIntroducer(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Quorvex a cédé Brindle fin\u00a0mars.", "2019-03"},
		{"Quorvex ha ceduto Brindle a fine\u00a0marzo.", "2019-03"},
		{"Quorvex hat Brindle Ende\u00a0Juni verkauft.", "2019-06"},
	} {
		got := Find(c.text, "", "2019-11-06")
		if len(got) != 1 || got[0].Value != c.want {
			t.Errorf("%q = %+v, want %s", c.text, got, c.want)
		}
	}
}
