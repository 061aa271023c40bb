package when

import "testing"

// A month named without a year, after the words each language opens it
// with, and after the part of the month ("early", "Ende", "début", "a
// fine", "a finales de"), is the last such month before the article.
func TestMonthWithoutAYear(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"A giugno Veltraco aveva comprato Quorvex", "2019-06"},
		{"ad aprile aveva ceduto la divisione", "2019-04"},
		{"nel settembre scorso", "2019-09"},
		{"a fine gennaio ha firmato", "2019-01"},
		{"all'inizio di marzo", "2019-03"},
		{"In early January the group signed", "2019-01"},
		{"in mid-March it agreed", "2019-03"},
		{"at the end of March it sold", "2019-03"},
		{"Anfang Januar unterzeichnete der Konzern", "2019-01"},
		{"Mitte März", "2019-03"},
		{"Début janvier, le groupe a signé", "2019-01"},
		{"fin mars il a cédé", "2019-03"},
		{"à la mi-juin", "2019-06"},
		{"A finales de enero compró", "2019-01"},
		{"a mediados de marzo", "2019-03"},
	} {
		got := Find(c.text, "", "2019-11-06")
		if len(got) == 0 || got[0].Value != c.want {
			t.Errorf("%q = %+v, want %s", c.text, got, c.want)
		}
	}
}

// A month that ends a stretch of months, one set as a time limit ahead,
// or one of a year the text told before is no date of its own.
func TestMonthWithoutAYearThatIsNoDate(t *testing.T) {
	wantNoDate(t,
		"da gennaio a marzo le vendite sono salite",
		"de enero a marzo las ventas subieron",
		"la finalisation est attendue d'ici à la mi-août",
		"the deal is expected to close by the end of June",
		"entro fine giugno",
		"bis Ende Juni",
		"nel giugno dello stesso anno aveva ceduto",
		"in June of that year it sold",
	)
}

// wantNoDate fails t for each text in which a date is found (the article
// dated 2019-11-06).
func wantNoDate(t *testing.T, texts ...string) {
	t.Helper()
	for _, text := range texts {
		if got := Find(text, "", "2019-11-06"); len(got) != 0 {
			t.Errorf("%q: found %+v, want no date", text, got)
		}
	}
}

// wantOnlyDate fails t for each text in which the one date found is not
// want (the article dated 2019-11-06).
func wantOnlyDate(t *testing.T, want string, texts ...string) {
	t.Helper()
	for _, text := range texts {
		if got := Find(text, "", "2019-11-06"); len(got) != 1 || got[0].Value != want {
			t.Errorf("%q = %+v, want %s", text, got, want)
		}
	}
}
