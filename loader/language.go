package loader

import (
	"strings"

	"github.com/abadojack/whatlanggo"
)

// languages are the ones dealwire expects in business news; limiting the
// detector to them makes it both faster and far less often wrong on short
// or noisy texts.
var languages = whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{
	whatlanggo.Eng: true, whatlanggo.Ita: true, whatlanggo.Spa: true,
	whatlanggo.Deu: true, whatlanggo.Fra: true, whatlanggo.Nld: true,
	whatlanggo.Por: true, whatlanggo.Swe: true, whatlanggo.Pol: true,
	whatlanggo.Dan: true,
}}

// sampleSize bounds the text given to the detector: a few paragraphs say
// the language as well as a whole article, at a fraction of the cost.
const sampleSize = 3000

// detectLanguage gives the ISO 639-1 code of the article's language, "en"
// when there is too little text to tell.
func detectLanguage(paragraphs []string, title string) string {
	var b strings.Builder
	b.WriteString(title)
	for _, p := range paragraphs {
		if b.Len() >= sampleSize {
			break
		}
		b.WriteByte('\n')
		b.WriteString(p)
	}
	s := b.String()
	if len(s) > sampleSize {
		s = s[:sampleSize]
		s = strings.ToValidUTF8(s, "")
	}
	lang := whatlanggo.DetectLangWithOptions(s, languages)
	if code := lang.Iso6391(); code != "" {
		return code
	}
	return "en"
}
