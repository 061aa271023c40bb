package when

import "testing"

// review61b: inputs the month-without-a-year guard of 8e6131d2
// (notAMonthAfter, dueBy, otherYearWords) misreads. The article is dated
// 2019-11-06 throughout.

// "before", "prima", "antes" and "avant" are new deadline words, but as
// an adverb closing a phrase of time ("Weeks before, in March, ...",
// "Qualche mese prima, a marzo, ...") they tell a past month, set off by
// a comma: the month is March, 2019-03, as the code read it before
// 8e6131d2. dueBy trims the comma off "before," and finds no date.
func TestReview61bBeforeAsAnAdverbIsNoDeadline(t *testing.T) {
	wantOnlyDate(t, "2019-03",
		"Weeks before, in March, Quorvex had quietly bought a stake in Brindle.",
		"Qualche mese prima, a marzo, Quorvex aveva rilevato il 10% di Brindle.",
		"Semanas antes, en marzo, Quorvex había comprado el 10% de Brindle.",
		"Quelques semaines avant, en mars, Quorvex avait racheté 10% de Brindle.",
	)
}

// The new deadline words "postponed", "delayed", "aplazada" say a date
// ahead only with the word of where to ("postponed to/until March",
// "rinviata a marzo"); with "in"/"en" they tell when the postponing
// happened, a month past: "The vote, postponed in March after ..." is
// 2019-03, as read before 8e6131d2. The code drops the month.
func TestReview61bPostponedInAMonthIsAMonthPast(t *testing.T) {
	for _, text := range []string{
		"Brindle's shareholder vote, postponed in March after Veltraco's counterbid, will take place next week.",
		"The deal, delayed in March by regulators, closed on Monday.",
		"La votación, aplazada en marzo por los reguladores, se celebrará el lunes.",
	} {
		got := Find(text, "", "2019-11-06")
		if len(got) == 0 || got[0].Value != "2019-03" {
			t.Errorf("%q = %+v, want 2019-03 first", text, got)
		}
	}
}

// otherYearWords holds a bare " following" (and " suivant"), meant for
// "in March following" = the March after; but followedBy only matches
// the phrase's start, and "following"/"suivant" are as often the
// preposition "after": "Quorvex bought Brindle in March following a
// bidding war" is last March, 2019-03, as read before 8e6131d2. The code
// finds no date.
func TestReview61bFollowingAsAPrepositionAfterAMonth(t *testing.T) {
	wantOnlyDate(t, "2019-03",
		"Quorvex bought Brindle in March following a bidding war with Veltraco.",
		"Quorvex a racheté Brindle en mars suivant l'échec des discussions avec Veltraco.",
	)
}

// "the late August Kallomar" is a dead man, but the new guard drops every
// "late <month>" after "the", also where a noun follows the month: "the
// late August heatwave", "the late March floods" are late August and late
// March, 2019-08 and 2019-03, as read before 8e6131d2. The code finds no
// date. (A person's name would be capitalised after the month; a common
// noun is not.)
func TestReview61bTheLateMonthBeforeANoun(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Brindle's plant was shut during the late August heatwave.", "2019-08"},
		{"Sales slowed after the late March floods, Brindle said.", "2019-03"},
	} {
		got := Find(c.text, "", "2019-11-06")
		if len(got) != 1 || got[0].Value != c.want {
			t.Errorf("%q = %+v, want %s", c.text, got, c.want)
		}
	}
}

// dueBy skips filler words back to a deadline word, and the fillers hold
// the English article "a": so the "by" of a passive, which the commit
// means to pass over ("acquired by Quorvex in March"), is taken for a
// deadline when an article follows it: "hurt by a late March strike" is a
// strike of late March, 2019-03. The code finds no date (nor did it
// before 8e6131d2, whose three-word window also reached the "by").
func TestReview61bPassiveByBeforeAnArticle(t *testing.T) {
	wantOnlyDate(t, "2019-03",
		"Brindle's sales were hurt by a late March strike.",
	)
}

// The range guard takes any month name right before "a" for the start of
// a stretch ("da gennaio a marzo"), but Italian streets are named after
// dates: "in via XX Settembre a maggio" is a move made in May, 2019-05.
// The code finds no date (the old endOfRange had the same flaw; the guard
// carried it over into notAMonthAfter).
func TestReview61bStreetNamedAfterAMonthIsNoRange(t *testing.T) {
	wantOnlyDate(t, "2019-05",
		"Quorvex ha trasferito la sede in via XX Settembre a maggio.",
	)
}
