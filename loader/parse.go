package loader

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	"dealwire/loader/clean"
	"dealwire/loader/extract/when"
	"dealwire/loader/meta"
	"dealwire/model"
	"dealwire/model/safetext"
)

// parsed is one article read and cleaned, its body still as paragraphs so
// that lines repeated across files can be removed before it is rebuilt.
type parsed struct {
	article    model.Article
	paragraphs []string
	// words are the paragraphs' numbers of words as cleaning counted them,
	// -1 for a paragraph changed since; nil when not counted
	words []int
}

// parseFile turns the raw bytes of one file into an article: text decoded
// and normalised, header metadata taken before cleaning, debris removed,
// language detected, body rebuilt as markdown. raw must not change after.
func parseFile(path string, raw []byte) (model.Article, error) {
	p, err := parseParagraphs(path, raw)
	if err != nil {
		return p.article, err
	}
	return p.finish(), nil
}

// parseParagraphs does all of parseFile but building the body. The
// article's text is read from raw in place: raw must not change after.
func parseParagraphs(path string, raw []byte) (parsed, error) {
	sum := sha256.Sum256(raw)
	hash := hex.EncodeToString(sum[:])
	a := model.Article{ID: hash[:12], Path: safetext.Clean(path), Hash: hash}

	if len(bytes.TrimSpace(raw)) == 0 {
		return parsed{article: a}, errors.New("empty file")
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return parsed{article: a}, errors.New("binary file (contains NUL bytes), not text")
	}
	text := normalise(raw)

	var doc meta.Doc
	if isHTML(path) {
		var err error
		doc, err = parseHTML(text)
		if err != nil {
			return parsed{article: a}, err
		}
	} else {
		doc = meta.Parse(text)
	}
	paragraphs, words := clean.CountedParagraphs(doc.Lines)
	if len(paragraphs) == 0 && doc.Title == "" {
		return parsed{article: a}, errors.New("no article text")
	}

	a.Language = detectLanguage(paragraphs, doc.Title)
	a.Title = safetext.Clean(doc.Title)
	a.Author = safetext.Clean(doc.Author)
	a.Source = safetext.Clean(doc.Source)
	a.URL = safetext.Clean(doc.URL)
	a.Published = publishedDate(doc.Date, a.Language)
	detachHeader(&a)
	for i := range paragraphs {
		if c := safetext.Clean(paragraphs[i]); c != paragraphs[i] {
			paragraphs[i], words[i] = c, -1
		}
	}
	return parsed{article: a, paragraphs: paragraphs, words: words}, nil
}

// detachHeader copies the header fields, read in place from the file's
// bytes (see normalise), into one string of their own: a title or an
// author a few bytes long would otherwise keep the whole file alive as
// long as the corpus, and the body is built as a copy anyway. On 10,000
// articles that is 30 MB the load lets go of before extraction, whose
// arrays take its place rather than new memory.
func detachHeader(a *model.Article) {
	fields := [...]*string{&a.Title, &a.Published, &a.Author, &a.Source, &a.URL}
	n := 0
	for _, f := range fields {
		n += len(*f)
	}
	var b strings.Builder
	b.Grow(n)
	for _, f := range fields {
		b.WriteString(*f)
	}
	all := b.String()
	for _, f := range fields {
		*f, all = all[:len(*f)], all[len(*f):]
	}
}

// finish builds the markdown body and counts its words.
func (p parsed) finish() model.Article {
	a := p.article
	a.Body = markdownBody(a.Title, p.paragraphs)
	words := 0
	for i := range p.paragraphs {
		words += p.wordsIn(i)
	}
	a.Words = words
	return a
}

// wordsIn is clean.CountWords(p.paragraphs[i], true): the count cleaning
// made, when the paragraph has not changed since and holds no line break
// (which that count did not read as parting words), or else a new count.
func (p parsed) wordsIn(i int) int {
	para := p.paragraphs[i]
	if len(p.words) == len(p.paragraphs) && p.words[i] >= 0 && strings.IndexByte(para, '\n') < 0 {
		return p.words[i]
	}
	n, _ := clean.CountWords(para, true)
	return n
}

// isoDay is an ISO date at the start of a value, as most headers write it.
var isoDay = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}(?:$|[T ])`)

// publishedDate reads a header date as YYYY-MM-DD; a date known only to
// the month or year is not a publication day, so it gives "".
func publishedDate(raw, lang string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	if isoDay.MatchString(raw) {
		if _, err := time.Parse("2006-01-02", raw[:10]); err == nil {
			return raw[:10]
		}
	}
	if d, ok := when.Parse(raw, lang); ok && len(d) == len("2006-01-02") {
		return d
	}
	return ""
}

// normalise makes any text file plain UTF-8 with \n line ends: a BOM is
// dropped, invalid bytes become U+FFFD (repaired, not dropped), CRLF and
// lone CR become LF. A file that needs none of this, as most do, is read
// in place rather than copied, as its bytes are the reader's own and
// never changed after (see parseParagraphs).
func normalise(raw []byte) string {
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	s := unsafe.String(unsafe.SliceData(raw), len(raw))
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s
}

func isHTML(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm":
		return true
	}
	return false
}

// markdownBody gives the title as a heading, then the paragraphs separated
// by blank lines.
func markdownBody(title string, paragraphs []string) string {
	var b strings.Builder
	size := len(title) + 4
	for _, p := range paragraphs {
		size += len(p) + 2
	}
	b.Grow(size)
	if title != "" {
		b.WriteString("# ")
		b.WriteString(title)
		b.WriteString("\n\n")
	}
	for i, p := range paragraphs {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	return b.String()
}
