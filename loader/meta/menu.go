package meta

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// shareButtons is the run of share and follow links a scraper flattens
// into the line right after the headline.
var shareButtons = regexp.MustCompile(`(?:(?:Share|Follow us|Post|Tweet) (?:on|to) \p{Lu}[\p{L}+]*\s*)+`)

// menuHeadline finds a headline glued after a flattened navigation menu and
// before the share buttons, as in "... Development Languages Nokia signs a
// deal with Xiaomi Share on Facebook ...". The menu is a long run of
// capitalised words; the headline starts at the last capitalised word that
// is followed by a lower-case one. It returns the headline and the text
// after the buttons.
func menuHeadline(line string) (title, rest string, ok bool) {
	// Cheap test first: the buttons' first word, then the pattern from there.
	from := -1
	for _, w := range []string{"Share ", "Follow us", "Tweet ", "Post "} {
		if i := strings.Index(line, w); i >= 0 && (from < 0 || i < from) {
			from = i
		}
	}
	if from < 0 {
		return "", "", false
	}
	loc := shareButtons.FindStringIndex(line[from:])
	if loc == nil {
		return "", "", false
	}
	loc[0] += from
	loc[1] += from
	words := strings.Fields(line[:loc[0]])
	if len(words) < 16 || capitalisedShare(words) < 0.7 {
		return "", "", false
	}
	start := -1
	for i := len(words) - 2; i >= 1; i-- {
		if isCapitalised(words[i-1]) && isCapitalised(words[i]) && startsLower(words[i+1]) {
			start = i
			break
		}
	}
	if start < 0 {
		return "", "", false
	}
	head := words[start:]
	if len(head) < 4 || capitalisedShare(head) > 0.6 {
		return "", "", false
	}
	return strings.Join(head, " "), strings.TrimSpace(line[loc[1]:]), true
}

func capitalisedShare(words []string) float64 {
	n := 0
	for _, w := range words {
		if isCapitalised(w) {
			n++
		}
	}
	return float64(n) / float64(len(words))
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// cityDay is a dateline giving the day without the year: "Roma, 8 mag. -".
var cityDay = regexp.MustCompile(`^\p{Lu}[\p{L}' ]{1,30},\s+(\d{1,2}\s+\p{L}{3,10}\.?)\s*[-–—]`)

var yearMonth = regexp.MustCompile(`^(\d{4})-\d{2}$`)

// dayFromDateline completes a header date known only to the month with the
// day a dateline gives.
func (d *Doc) dayFromDateline(lines []string) {
	ym := yearMonth.FindStringSubmatch(d.Date)
	if ym == nil {
		return
	}
	first := nextText(lines, 0)
	if m := cityDay.FindStringSubmatch(first); m != nil {
		d.Date = strings.TrimSuffix(m[1], ".") + " " + ym[1]
	}
}

// cityDate is a dateline with a full date: "Leverkusen, 7. Juni 2018.",
// "Madrid, 28 de agosto de 2017 -", "NEW YORK, Jan. 5, 2020 (Reuters)",
// "LONDON/TOKYO, March 28, 2019" for a story filed from two cities, "COIRA
// (Grigioni), 4 ottobre 2022 –" with the city's region in brackets.
var cityDate = regexp.MustCompile(`^\p{Lu}[\p{L} .'’/-]{1,30}(?:\s*\([\p{L} .'’-]{2,30}\))?,\s+((?:\d{1,2}\.?\s+)?(?:de\s+)?\p{L}{3,12}\.?\s+(?:\d{1,2},?\s+)?(?:de\s+)?\d{4})\b`)

// datelineDate is cityDate's submatches in l, or nil. The pattern needs a
// comma and a year, which most lines it is asked of (every
// article's first ones) lack: they are told so before it runs.
func datelineDate(l string) []string {
	if strings.IndexByte(l, ',') < 0 || !hasYear(l) {
		return nil
	}
	return cityDate.FindStringSubmatch(l)
}

// dateFromDateline takes the date a dateline gives when the header gave
// none: on the body's first line, or on one of the next two under a
// standfirst ("*Deal adds vision systems*" above "PITTSBURGH, March 3,
// 2021 /Newswire/ --"). Else a line that is a full date alone near the
// top, as a liveblog dates its entries below the key events.
func (d *Doc) dateFromDateline(lines []string) {
	if d.Date != "" {
		return
	}
	seen := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if seen++; seen > 3 {
			break
		}
		if m := datelineDate(l); m != nil {
			d.Date = m[1]
			return
		}
	}
	seen = 0
	for _, l := range lines {
		l = strings.TrimSpace(plain(l))
		if l == "" {
			continue
		}
		if seen++; seen > 15 {
			return
		}
		if fullDateLine(l) {
			d.Date = l
			return
		}
	}
}

// fullDateLine: a short line that is a day, a month in words and a year,
// with at most the weekday ("Wednesday 10 March 2021", "3. März 2021",
// "mercoledì 3 marzo 2021"). A number alone and a year say less.
func fullDateLine(l string) bool {
	if !isDateLine(l) || !hasYear(l) || moreWordsThan(l, 6) || isSentence(l) {
		return false
	}
	day, month := false, false
	for _, w := range strings.Fields(l) {
		w = strings.Trim(w, ".,")
		switch {
		case len(w) <= 2 && w != "" && isDigit(w[0]) && isDigit(w[len(w)-1]):
			day = true
		case monthWord(w):
			month = true
		}
	}
	return day && month
}

// monthPrefixes are the first three letters of the months' names in the
// corpus's languages, in small letters.
var monthPrefixes = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "oct": true, "nov": true, "dec": true, "gen": true, "mag": true, "giu": true,
	"lug": true, "ago": true, "set": true, "ott": true, "dic": true, "ene": true, "abr": true, "dez": true, "mär": true,
	"mai": true, "okt": true, "fév": true, "fev": true, "avr": true, "aoû": true, "aou": true, "déc": true, "jui": true}

// monthWord: a word that is a month's name or its short form.
func monthWord(w string) bool {
	r := []rune(strings.ToLower(w))
	if len(r) < 3 || len(r) > 10 {
		return false
	}
	for _, c := range r {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return monthPrefixes[string(r[:3])]
}
