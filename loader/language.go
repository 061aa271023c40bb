package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// Language detection runs in two steps. Function words ("the", "und",
// "che", "het") name the language of most news text at once, for a few
// microseconds; only when they do not clearly point to one language does
// whatlanggo's trigram model, limited to the expected languages, decide.
// whatlanggo alone costs about a millisecond an article, more than the
// rest of loading put together.

// languages are the ones dealwire expects in business news; limiting the
// detector to them makes it both faster and far less often wrong on short
// or noisy texts.
var languages = whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{
	whatlanggo.Eng: true, whatlanggo.Ita: true, whatlanggo.Spa: true,
	whatlanggo.Deu: true, whatlanggo.Fra: true, whatlanggo.Nld: true,
	whatlanggo.Por: true, whatlanggo.Swe: true, whatlanggo.Pol: true,
	whatlanggo.Dan: true,
}}

// functionWords are frequent words that belong to one of the expected
// languages only: a word listed for two languages ("del", "para", "die")
// is dropped from both, so that a count points to one language.
var functionWords = map[string]string{}

// functionShapes has, for each first byte of the function words, a bit
// for each of their lengths in bytes (all shorter than 32).
var functionShapes [256]uint32

func init() {
	lists := map[string]string{
		"en": "the and of to is was with that for has have from said will which this are by its were been their would it",
		"it": "il della che per sono nel alla gli delle dei una anche più questo ha come degli dello è del con sul dalla nella ed",
		"es": "el los las del que por una con para según como más pero fue este está sus también y se en al lo",
		"de": "der und das ist mit sich nicht auch für werden wurde bei einen einer dem zum zur sind hat den im von",
		"fr": "le les des est une dans pour qui sur avec pas sont aux cette mais été ont du au par et",
		"nl": "het een van zijn voor niet ook maar heeft wordt naar bij werd deze worden en op te",
		"pt": "os uma com não para pelo pela são foi mais também seu sua ao às dos das como por este em no na",
		"sv": "och att det som för är på med till av inte har den ett",
		"pl": "się nie jest na że do od przez dla jak oraz w z",
		"da": "og at det som er på med til af ikke har den et",
	}
	langsOf := map[string]map[string]bool{}
	for lang, words := range lists {
		for _, w := range strings.Fields(words) {
			if langsOf[w] == nil {
				langsOf[w] = map[string]bool{}
			}
			langsOf[w][lang] = true
		}
	}
	for w, langs := range langsOf {
		if len(langs) == 1 {
			for lang := range langs {
				functionWords[w] = lang
			}
			functionShapes[w[0]] |= 1 << len(w)
		}
	}
}

// sampleSize bounds the text looked at: a paragraph or two say the
// language as well as a whole article.
const sampleSize = 1500

// detectLanguage gives the ISO 639-1 code of the article's language, "en"
// when there is too little text to tell.
func detectLanguage(paragraphs []string, title string) string {
	var fw wordCounts
	budget := sampleSize
	for i := -1; i < len(paragraphs) && budget > 0 && !fw.clear(); i++ {
		p := title
		if i >= 0 {
			p = paragraphs[i]
		}
		if len(p) > budget {
			p = p[:budget]
		}
		budget -= len(p)
		fw.add(p)
	}
	if lang, ok := fw.decide(); ok {
		return lang
	}
	sample := title
	for _, p := range paragraphs {
		if len(sample) >= 500 {
			break
		}
		sample += "\n" + p
	}
	if len(sample) > 500 {
		sample = strings.ToValidUTF8(sample[:500], "")
	}
	if code := whatlanggo.DetectLangWithOptions(sample, languages).Iso6391(); code != "" {
		return code
	}
	return "en"
}

// wordCounts counts function words per language.
type wordCounts map[string]int

// add counts the function words of s.
func (c *wordCounts) add(s string) {
	if *c == nil {
		*c = wordCounts{}
	}
	var word [24]byte
	n := 0
	count := func() {
		// a word whose first byte and length no function word has is
		// none, told without the map lookup: most words of a text
		if n > 0 && n <= len(word) && functionShapes[word[0]]&(1<<n) != 0 {
			if lang, ok := functionWords[string(word[:n])]; ok {
				(*c)[lang]++
			}
		}
		n = 0
	}
	for _, r := range s {
		if r < utf8.RuneSelf {
			// ASCII, most of any text: its letters and their lower case
			// are told by the byte, as below without the tables
			switch {
			case 'A' <= r && r <= 'Z':
				r += 'a' - 'A'
			case 'a' <= r && r <= 'z':
			default:
				count()
				continue
			}
			if n+1 > len(word) {
				n = len(word) + 1 // too long for a function word
				continue
			}
			word[n] = byte(r)
			n++
			continue
		}
		if !unicode.IsLetter(r) {
			count()
			continue
		}
		r = unicode.ToLower(r)
		if n+utf8.RuneLen(r) > len(word) {
			n = len(word) + 1 // too long for a function word
			continue
		}
		n += utf8.EncodeRune(word[n:], r)
	}
	count()
}

// decide names the language when one has enough function words and three
// times the runner-up.
func (c wordCounts) decide() (string, bool) {
	best, first, second := "", 0, 0
	for lang, n := range c {
		switch {
		case n > first:
			best, first, second = lang, n, first
		case n > second:
			second = n
		}
	}
	return best, first >= 6 && first >= 3*second
}

// clear says whether the counts already leave no doubt, so that the rest
// of the text need not be read.
func (c wordCounts) clear() bool {
	_, ok := c.decide()
	total := 0
	for _, n := range c {
		total += n
	}
	return ok && total >= 15
}
