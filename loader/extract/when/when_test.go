package when

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"dealwire/loader/extract/window"
	"dealwire/loader/internal/sharedtext"
)

func TestFind(t *testing.T) {
	cases := []struct{ text, want string }{
		{"In September 2013, the firm bought", "2013-09"}, {"Nel 2016 l'azienda ha venduto", "2016"},
		{"on 5 November 2019", "2019-11-05"}, {"November 5, 2019", "2019-11-05"}, {"5. November 2019", "2019-11-05"},
		{"le 5 novembre 2019", "2019-11-05"}, {"el 5 de noviembre de 2019", "2019-11-05"}, {"a settembre 2013", "2013-09"},
		{"im März 2020", "2020-03"}, {"in Q3 2021", "2021"}, {"last month", "2019-10"}, {"the firm said Monday", "2019-11-04"},
		{"el pasado mes de octubre", "2019-10"}, {"before a January 8 deadline", "2019-01-08"}, {"l'anno scorso", "2018"},
		{"yesterday", "2019-11-05"}, {"in 1930 they merged", "1930"},
		// German sets a bare year after an adverb or an auxiliary
		{"Bereits 2015 hatte Veltraco gekauft", "2015"}, {"Quorvex war 2010 von Veltraco verkauft worden", "2010"},
		// years before the article's
		{"im Vorjahr übernommen", "2018"}, {"bought two years ago", "2017"}, {"vor drei Jahren gekauft", "2016"},
		{"il y a deux ans", "2017"}, {"hace dos años", "2017"}, {"due anni fa", "2017"},
		{"le 3 déc. 2024", "2024-12-03"}, {"le 3 fév. 2024", "2024-02-03"},
	}
	for _, c := range cases {
		got := Find(c.text, "", "2019-11-06")
		if len(got) == 0 || got[0].Value != c.want {
			t.Errorf("%q = %+v, want %s", c.text, got, c.want)
		}
	}
}

func TestFindRefusesNumbersThatAreNotDates(t *testing.T) {
	for _, text := range []string{"60 million devices in 2,019 cases", "$2013m", "5G", "Nokia set up shop", "1,500 staff", "the 2019 model"} {
		if got := Find(text, "", "2019-11-06"); len(got) != 0 {
			t.Errorf("%q: found %+v", text, got)
		}
	}
}

// "Cette année-là" is that year, one the text named before: not this
// year, and no date of its own.
func TestThatYearIsNoDate(t *testing.T) {
	if got := Find("Cette année-là, Veltraco avait racheté Quorvex", "", "2019-11-06"); len(got) != 0 {
		t.Errorf("found %+v", got)
	}
}

func TestRelativeNeedsPublished(t *testing.T) {
	if got := Find("last month the firm said Monday", "", ""); len(got) != 0 {
		t.Errorf("found %+v without a publication date", got)
	}
}

func TestParse(t *testing.T) {
	cases := []struct{ in, lang, want string }{
		{"Nov 5, 2019 19:39 IST", "en", "2019-11-05"}, {"2019-11-05T10:00:00Z", "", "2019-11-05"},
		{"05/11/2019", "it", "2019-11-05"}, {"11/05/2019", "en", "2019-11-05"}, {"5 novembre 2019", "it", "2019-11-05"},
		{"Tuesday, 5 November 2019", "en", "2019-11-05"}, {"November 2019", "en", "2019-11"}, {"2019/11/05", "", "2019-11-05"},
		// a day written as an ordinal
		{"Le 1er mars 2022", "fr", "2022-03-01"}, {"1º de enero de 2021", "es", "2021-01-01"}, {"1° luglio 2020", "it", "2020-07-01"},
	}
	for _, c := range cases {
		if got, ok := Parse(c.in, c.lang); !ok || got != c.want {
			t.Errorf("Parse(%q) = %q %v, want %s", c.in, got, ok, c.want)
		}
	}
	if got, ok := Parse("no date here", "en"); ok {
		t.Errorf("Parse found %q", got)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"on 5 November 2019", "last month", "el 5 de noviembre de 2019", "31 February 2020"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range Find(s, "", "2020-02-29") {
			if d.Start < 0 || d.End > len(s) || d.Start >= d.End || len(d.Value) < 4 {
				t.Fatalf("bad date %+v in %q", d, s)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	text := "In September 2013 the company agreed to buy the unit, and on 5 November 2019 it said last month's deal closed."
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Find(text, "en", "2019-11-06")
	}
}

// Reading only around digits and date words must find what reading the
// whole text finds.
func TestWindowsLoseNothing(t *testing.T) {
	texts := []string{
		"In September 2013, Nokia sold its phone business; last month it signed a deal, and on Monday another.",
		"Nel 2016 Microsoft ha venduto il business, il mese scorso e l’anno scorso ancora; 5 novembre 2019.",
		"El pasado mes de noviembre Vodafone decidía vender; hoy, 13 de enero de 2021, y el año pasado.",
		"Am 14. Januar 2021 teilte die Firma mit, im vergangenen Jahr und gestern; Q3 2020; 2019-11-05.",
		strings.Repeat("Words and more words with nothing to date them, ", 5) + "until November 5, 2019.",
	}
	texts = append(texts, sharedtext.Lines(3)...)
	for _, text := range texts {
		got, want := Find(text, "", "2021-01-14"), findIn(text, "2021-01-14", window.Whole(text))
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q:\nwindows %+v\nwhole   %+v", text, got, want)
		}
	}
}

// Trying each pattern only where a date of its kind can start must agree
// with scanning the same windows, whatever the text.
func FuzzFindMatchesReference(f *testing.F) {
	for _, s := range []string{"In September 2013", "Nel 2016 e il mese scorso", "on Monday, 5 November 2019", "Q3 2021", "FY2020 l’anno scorso", "2 years ago, «3 anni fa»", "hace 4 años; il y a 5 ans", "2 years agoé, l'an passéx"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ws, relative, month := scan(s, nil)
		if got, want := findAt(s, "2021-01-14", ws, relative, month), findIn(s, "2021-01-14", ws); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: anchored %+v, scanning %+v", s, got, want)
		}
	})
}

// A month the pattern matched but the table cannot name gives no date,
// never month 00 (review).
func TestNoMonthZero(t *testing.T) {
	for _, text := range []string{"Talks began last ſeptember, people said.", "It closed in ſeptember 2019."} {
		for _, d := range Find(text, "en", "2020-06-15") {
			if strings.Contains(d.Value, "-00") {
				t.Errorf("%q: %+v", text, d)
			}
		}
	}
}

// The start tests read the first word lower-cased into a buffer (review:
// it was a string per rule and position).
func TestLowerFirstWordIsFirstWordTrimmed(t *testing.T) {
	for _, s := range []string{"September 2013", "Sept. 5", "DÉCEMBRE", "im März", "5 de", "...", "", "Q3 2021", "ſeptember", "Jan.", "é.", "a\xffb"} {
		if got, want := string(lowerFirstWord(nil, s)), strings.TrimRight(firstWord(s), "."); got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}

// relativeStarts refuses an empty first word by its first byte, which is
// sound only while those bytes are digits: no case-insensitive match reads
// another character as a digit.
func TestWordlessRelativesOpenOnDigits(t *testing.T) {
	if relativeNonWordStarts == "" {
		t.Fatal("no relative expression opens on a digit: the table changed")
	}
	for i := 0; i < len(relativeNonWordStarts); i++ {
		if c := relativeNonWordStarts[i]; !isDigit(c) {
			t.Errorf("relative expression opens on %q, not a digit", c)
		}
	}
}

// The relative expressions that open on a number, and marks and numbers
// that open none, are found as scanning the whole text finds them.
func TestRelativeStartsAgreeWithScanning(t *testing.T) {
	for _, text := range []string{
		"It was founded 2 years ago, and «3 anni fa» it merged; hace 4 años, il y a 5 ans.",
		"Vor 2 Jahren, 2 YEARS AGO, „3 anni fa“ and ‘2 years ago’ — 25 years ago, 12 years ago.",
		"“Yesterday” it said; l’an passé, l'année passée, aujourd’hui and AUJOURD'HUI; (today).",
		"1.2 years ago, .3 anni fa, 2\u00a0years ago, 2  years  ago and 6 years ago, ſeptember.",
		"2 yearſ ago, l’an paſſé, il y a 2 AnS, 2 YEARS AGO and TODAY; \u212aam es gestern? IERI, AYER.",
		"In this deal, el acuerdo, il contratto and le rachat: in 2019, el 5 de mayo, this month of May 2020.",
		"Heute übernimmt die Firma; AUJOURD’HUI et l’année passée, l’ANNÉE PASSÉE; el año pasado, EL AÑO PASADO.",
		"Bought 2 years agoé and l'an passéx, 3 anni faß, hace 2 añosé; ce mois-ciñ, «today»x; 2 years agos.",
	} {
		ws, relative, month := scan(text, nil)
		if got, want := findAt(text, "2021-01-14", ws, relative, month), findIn(text, "2021-01-14", ws); !reflect.DeepEqual(got, want) {
			t.Errorf("%q:\nanchored %+v\nscanning %+v", text, got, want)
		}
		if got, want := Find(text, "", "2021-01-14"), findIn(text, "2021-01-14", window.Whole(text)); !reflect.DeepEqual(got, want) {
			t.Errorf("%q:\nwindows %+v\nwhole   %+v", text, got, want)
		}
	}
}

// mayEndRelative looks for the relative expressions' last words among the
// words of a text lower-cased: sound only while every character the
// case-insensitive pattern takes for a letter of them is a letter, and
// lower-cases to that letter, but the long s, which mayEndRelative lets
// through.
func TestLowerCasingKeepsRelativeLastWords(t *testing.T) {
	for _, w := range relativeLastWords {
		for _, r := range string(w) {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				if !unicode.IsLetter(f) || f != 'ſ' && unicode.ToLower(f) != r {
					t.Errorf("%q of %q: the pattern takes %q for it, which lower-cases to %q", r, w, f, unicode.ToLower(f))
				}
			}
		}
	}
	if _, relative, _ := scan("In this deal, el acuerdo: in 2019, transactions at times higher.", nil); relative {
		t.Error("a text without any relative expression's last word may hold one")
	}
}

// The hand-written year matcher finds what the pattern finds at the start
// of a text, whatever the case, spaces, scripts and what follows the year.
func TestYearAfterIntroducerIsThePattern(t *testing.T) {
	at := regexp.MustCompile(`^(?:` + yearRE.String() + `)`)
	texts := []string{
		"in 2016", "In 2016,", "IN 2016.", "nel 2016", "Nel\t2016", "nell'anno 2016", "nell’anno 2016", "NELL’ANNO 2016",
		"seit  2019", "sinds 2019)", "año 2019", "AÑO 2019", "année 2019", "ANNÉE 2019", "annee 2019",
		"in 20165", "in 2016a", "in 2016_", "in 2016é", "in 2016-05", "in 2016’s", "in 201", "in 20", "in", "in ", "",
		"in\u00a02016", "in\v2016", "in\n\r\f 2016", "ſince 2019", "sindſ 2019", "\u212aam 2019", "kam 2019", "Kam\t2019",
		"inn 2016", "i 2016", "in2016", " in 2016", "«in 2016»", "in ２０１６", "by 1999 and in 2000", "end 2020!",
		"end of 2010", "End Of 2010.", "finales de 2021", "fin de 2010", "fin 2010", "end  of 2010", "end of", "end of x 2010",
		"end of\t2010", "end\tof 2010", "beginning of 20100", "Mitte 2010", "DÉBUT 2012", "début de 2012", "fine 2007", "of 2010",
	}
	for _, s := range texts {
		if got, want := yearAfterIntroducer(s), at.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: by hand %v, pattern %v", s, got, want)
		}
	}
}

func FuzzYearAfterIntroducer(f *testing.F) {
	for _, s := range []string{"in 2016", "nell’anno 2016", "AÑO 2019,", "sindſ 2019", "in 20165"} {
		f.Add(s)
	}
	at := regexp.MustCompile(`^(?:` + yearRE.String() + `)`)
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := yearAfterIntroducer(s), at.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: by hand %v, pattern %v", s, got, want)
		}
	})
}

// "in December last year" is the December of the year before the
// article's, even in an article of a later December, where "December"
// alone is this year's.
func TestMonthOfLastYear(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"in December last year it took a stake", "2014-12"},
		{"im Dezember vergangenen Jahres kaufte", "2014-12"},
		{"en diciembre del año pasado compró", "2014-12"},
		{"in December it bought", "2015-12"},
		{"in November of last year.", "2014-11"},
	} {
		got := Find(c.text, "", "2015-12-09")
		if len(got) != 1 || got[0].Value != c.want {
			t.Errorf("%q = %+v, want one date %s", c.text, got, c.want)
		}
	}
}

// A part of a year ("Ende 2010", "at the end of 2010", "a finales de
// 2021") dates a deal by its year, as "in 2010" does.
func TestPartOfAYearGivesTheYear(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"A finales de 2021, abrdn acordó comprar", "2021"},
		{"a mediados de 2019 vendió", "2019"},
		{"At the end of 2010 it bought", "2010"},
		{"Ende 2010 kaufte der Konzern", "2010"},
		{"Anfang 2012 übernahm er", "2012"},
		{"a fine 2007 il gruppo aveva ceduto", "2007"},
		{"Début 2012, le groupe a racheté", "2012"},
		{"In the spring of 2017 it bought", "2017"},
		{"au printemps 2017, le groupe a racheté", "2017"},
		{"en verano de 2016 compró", "2016"},
		{"im Sommer 2016 kaufte er", "2016"},
	} {
		got := Find(c.text, "", "2024-03-05")
		if len(got) != 1 || got[0].Value != c.want {
			t.Errorf("%q = %+v, want one date %s", c.text, got, c.want)
		}
	}
}

// "Last summer" is this year's summer once it is over by the article's
// month, else last year's, in every language read. ("A year ago" is no
// date: "listed a year ago", "up from a year ago"; see TestRv53cYearAgo.)
func TestLastSeason(t *testing.T) {
	for _, c := range []struct{ text, published, want string }{
		{"last summer it bought", "2015-01-20", "2014"},
		{"last summer it bought", "2015-10-20", "2015"},
		{"l'été dernier, il a pris 20 %", "2020-03-01", "2019"},
		{"el verano pasado compró", "2015-01-20", "2014"},
		{"la scorsa estate ha comprato", "2015-01-20", "2014"},
		{"im vergangenen Herbst kaufte", "2015-12-20", "2015"},
		{"last spring it agreed", "2015-04-20", "2014"},
	} {
		got := Find(c.text, "", c.published)
		if len(got) != 1 || got[0].Value != c.want {
			t.Errorf("%q (%s) = %+v, want one date %s", c.text, c.published, got, c.want)
		}
	}
}

// "A year ago" opening a sentence, before its comma, dates the sentence
// to the year before the article's ("Il y a un peu plus d'un an, il
// lançait une offre"; German puts the verb next: "Vor gut einem Jahr
// kaufte"). Inside a sentence it dates no deal: it most often measures a
// comparison ("twice its market value a year ago").
func TestYearAgoOpeningASentence(t *testing.T) {
	for _, text := range []string{
		"A year ago, Veltraco bought Quorvex.",
		"Il y a un peu plus d'un an, il lançait une offre d'échange sur Quorvex.",
		"Il y a un peu plus d’un an, il lançait une offre d'échange sur Quorvex.",
		"Un anno fa, Veltraco ha comprato Quorvex.",
		"Hace poco más de un año, Veltraco compró Quorvex.",
		"Vor gut einem Jahr kaufte Veltraco die Quorvex.",
	} {
		ds := Find(text, "", "2019-06-30")
		if len(ds) != 1 || ds[0].Value != "2018" || ds[0].Start != 0 {
			t.Errorf("%q: %+v, want 2018 at the start", text, ds)
		}
	}
	for _, text := range []string{
		"Veltraco agreed to buy Quorvex for $2 billion, twice its market value a year ago.",
		"A year ago Veltraco was worth half as much.",
		"A year agony, Veltraco said.",
	} {
		if ds := Find(text, "", "2019-06-30"); len(ds) != 0 {
			t.Errorf("%q: %+v, want no date", text, ds)
		}
	}
}
