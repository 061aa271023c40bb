package meta

import (
	"regexp"
	"strings"
)

// A markdown newsletter heads its issue with its own name as a level-one
// heading, then the issue's line, a byline or a rule, and the story's
// headline as a level-two heading:
//
//	# Kühlgang Briefing
//	**Rechenzentren, Colocation und Cloud – der Wochenüberblick**
//	---
//	## Digital Colony greift nach Cogeco Peer 1
//
// An article headed by its own headline may have a level-two heading
// under it too: a deck right under it or its byline, a section's heading
// after its first paragraph, or a short label ("## The deal", "## Das
// Wichtigste in Kürze").

// newsletterHead is a newsletter's masthead and its story's headline, as
// written.
type newsletterHead struct{ masthead, headline string }

// newsletterHeads reads the header of a newsletter from the text's lines;
// ok is false for any other text. The text opens with a level-one heading
// and the next heading is a level-two one; the lines between are no
// prose, and one is neither a byline nor a rule (the issue's line: a
// headline, a byline and a deck are no newsletter's header); prose
// follows the second heading within three lines; and the first reads as a
// name: shorter than the second, or a name then what it is after a dash or
// a middle dot ("Catena del Freddo — la newsletter di Surgelati &
// Mercati").
func newsletterHeads(lines []string) (h newsletterHead, ok bool) {
	first := 0
	for first < len(lines) && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	if first == len(lines) {
		return h, false
	}
	name := headingText(lines[first], 1)
	if name == "" {
		return h, false
	}
	issue := false
	for k := first + 1; k < len(lines) && k <= first+headerLines; k++ {
		l := strings.TrimSpace(lines[k])
		switch {
		case l == "":
			continue
		case strings.HasPrefix(l, "#"):
			story := headingText(l, 2)
			if story == "" || !issue || !proseWithin(lines, k+1, 3) || !nameShaped(name, story) {
				return h, false
			}
			return newsletterHead{masthead: name, headline: story}, true
		case proseLine(l):
			return h, false
		}
		issue = issue || !ruleLine(l) && !isByline(plain(l))
	}
	return h, false
}

// headingText is the text of a markdown heading of the given level (one
// or two, as headingOf reads them), "" when line is no such heading.
func headingText(line string, level int) string {
	if text, l, ok := headingParts(strings.TrimSpace(line)); ok && l == level {
		return text
	}
	return ""
}

// proseLine: a line of running text, not a heading, a rule or a line in
// emphasis (an issue's line, a byline) but a quoted standfirst or a
// sentence of a dozen words or more.
func proseLine(l string) bool {
	switch {
	case l == "" || strings.HasPrefix(l, "#") || ruleLine(l):
		return false
	case strings.HasPrefix(l, ">"):
		return true
	case strings.HasPrefix(l, "*") || strings.HasPrefix(l, "_"):
		return false
	}
	return moreWordsThan(l, 11)
}

// proseWithin: one of the n non-blank lines from line i on is prose.
func proseWithin(lines []string, i, n int) bool {
	for k := i; k < len(lines) && n > 0; k++ {
		l := strings.TrimSpace(lines[k])
		if l == "" {
			continue
		}
		if proseLine(l) {
			return true
		}
		n--
	}
	return false
}

// nameShaped: the first heading reads as a newsletter's name beside the
// second: it has fewer words, or it goes on after a dash or a middle dot
// to say what it is.
func nameShaped(name, story string) bool {
	return wordCount(name) < wordCount(story) || nameThenWhat.MatchString(name)
}

// nameThenWhat is a name, then a dash or a middle dot and what the name is.
var nameThenWhat = regexp.MustCompile(`^(.+?)\s+[—–·]\s+\S`)

// outletOfMasthead is the newsletter's name in its masthead, without what
// follows a dash or a middle dot ("Mar y Mercado · Boletín semanal").
func outletOfMasthead(masthead string) string {
	if m := nameThenWhat.FindStringSubmatch(masthead); m != nil {
		return m[1]
	}
	return masthead
}

// storyBelowMasthead takes a newsletter's story headline for the title the
// header took from its masthead, and the masthead's name for the source
// when nothing else named one: a name in bold on the issue's line ("**Il
// Cipresso Finanziario** · Newsletter del lunedì") or a publisher's
// credit names the outlet the newsletter is of. The headline's line
// leaves the body.
func (d *Doc) storyBelowMasthead(body []string, rawTitle string, h newsletterHead) []string {
	if rawTitle != h.masthead {
		return body // the header read another line as the headline
	}
	d.Title = h.headline
	if d.Source == "" {
		d.Source, d.guessed = outletOfMasthead(h.masthead), false
	}
	for k, l := range body {
		if headingText(l, 2) == h.headline {
			return append(body[:k:k], body[k+1:]...)
		}
	}
	return body
}
