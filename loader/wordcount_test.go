package loader

import (
	"fmt"
	"testing"

	"dealwire/loader/clean"
)

// countedWords is what finish counted before it kept cleaning's counts:
// each paragraph's words read again.
func countedWords(p parsed) int {
	words := 0
	for _, para := range p.paragraphs {
		n, _ := clean.CountWords(para, true)
		words += n
	}
	return words
}

// The word counts cleaning makes and finish keeps are those of the
// paragraphs as they end up: cleaned of unsafe characters, the lines
// repeated across an outlet's files dropped, wrapped lines joined.
func TestKeptWordCountsAreThoseOfTheParagraphs(t *testing.T) {
	texts := []string{
		"# Acme buys Widget\n\nAcme said on Monday it would buy Widget for $1 billion.\n\nThe deal\tcloses  next year.\n",
		"# Widget sold\n\nWidget \x07 was sold\x1b[31m to Acme.\n\nShare this article\n\nIts   shares rose\u00a0 5%.\n",
		"# Wrapped\n\nAcme said on Monday that it had agreed to buy\nthe Widget group for about one billion dollars in\ncash and shares, the biggest deal in its history, and\nthat the board of Widget had backed the offer after\nweeks of talks with the buyer and its own advisers.\n",
	}
	var arts []parsed
	for i := 0; i < 6; i++ {
		text := texts[i%len(texts)] + fmt.Sprintf("\nStory %d tells more of the deal.\n\nSubscribe to our newsletter for the best deals\n\nAll rights reserved by the outlet.\n", i)
		p, err := parseParagraphs(fmt.Sprintf("outlet/%d.md", i), []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := p.finish().Words, countedWords(p); got != want {
			t.Errorf("text %d: finish counts %d words, the paragraphs have %d", i, got, want)
		}
		arts = append(arts, p)
	}
	dropRepeated(arts)
	for i, p := range arts {
		if got, want := p.finish().Words, countedWords(p); got != want {
			t.Errorf("text %d, repeats dropped: finish counts %d words, the paragraphs have %d", i, got, want)
		}
	}
}
