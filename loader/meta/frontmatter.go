package meta

import (
	"regexp"
	"strings"
)

// Front matter is the block of fields a static-site or markdown export
// writes at the very top, between two "---" lines (YAML) or two "+++"
// lines (TOML): "title: ...", "date: ...", "author: ...", "source: ...".
// Its fields say outright what the header lines only suggest.

// frontMatterLines is how long a front-matter block may be.
const frontMatterLines = 40

// frontMatterKinds says what each front-matter key gives, in the kinds
// of labelKinds ("date", "author", "source", ...) and "title".
var frontMatterKinds = map[string]string{
	"title": "title", "headline": "title",
	"date": "date", "published": "date", "publishdate": "date", "pubdate": "date", "published_at": "date", "date_published": "date",
	"updated": "updated", "lastmod": "updated", "modified": "updated", "date_modified": "updated",
	"author": "author", "authors": "author", "byline": "author",
	"source": "source", "site": "source", "site_name": "source", "publisher": "source", "outlet": "source", "publication": "source",
	"url": "url", "link": "url", "canonical": "url", "canonical_url": "url", "original_url": "url",
}

// frontMatter reads a front-matter block opening the text into d and
// blanks its lines; the body's cleaning would not know them for header.
func (d *Doc) frontMatter(lines []string) {
	start := 0
	for start < len(lines) && strings.TrimSpace(lines[start]) == "" {
		start++
	}
	if start == len(lines) {
		return
	}
	fence := strings.TrimSpace(lines[start])
	if fence != "---" && fence != "+++" {
		return
	}
	end := -1
	for k := start + 1; k < len(lines) && k <= start+frontMatterLines; k++ {
		if strings.TrimSpace(lines[k]) == fence {
			end = k
			break
		}
	}
	if end < 0 || !fieldBlock(lines[start+1:end]) {
		return // rules around a paragraph, not a block of fields
	}
	for k := start + 1; k < end; k++ {
		if key, value, ok := frontMatterField(lines[k]); ok {
			d.frontMatterValue(frontMatterKinds[key], value)
		}
	}
	for k := start; k <= end; k++ {
		lines[k] = ""
	}
}

// fieldBlock: every line between the fences is a field ("key: value"),
// an item of a list or a line indented under a field, and one at least is
// a field. Two rules around a paragraph of text are no front matter.
func fieldBlock(lines []string) bool {
	fields := 0
	for _, l := range lines {
		switch {
		case strings.TrimSpace(l) == "" || l[0] == ' ' || l[0] == '\t' || strings.HasPrefix(l, "- "):
		case fieldKey.MatchString(l):
			fields++
		default:
			return false
		}
	}
	return fields > 0
}

// fieldKey opens a front-matter field: a key of one word, then ":" or "=".
var fieldKey = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_-]*\s*[:=]`)

// frontMatterField splits "key: value" (YAML) or "key = value" (TOML);
// the key in small letters, the value without its quotes. Nested and
// list lines ("  - x") are no field of the article.
func frontMatterField(line string) (key, value string, ok bool) {
	if line == "" || line[0] == ' ' || line[0] == '\t' || line[0] == '-' || line[0] == '#' {
		return "", "", false
	}
	sep := strings.IndexAny(line, ":=")
	if sep <= 0 {
		return "", "", false
	}
	key = strings.ToLower(strings.TrimSpace(line[:sep]))
	value = unquote(strings.TrimSpace(line[sep+1:]))
	return key, value, value != ""
}

// unquote drops the quotes around a front-matter value, and the brackets
// around a list of names: `"Ana Ruiz"`, `[Ana Ruiz, Luis Gil]`.
func unquote(v string) string {
	if len(v) >= 2 && v[0] == '[' && v[len(v)-1] == ']' {
		var items []string
		for _, it := range strings.Split(v[1:len(v)-1], ",") {
			if it = unquote(strings.TrimSpace(it)); it != "" {
				items = append(items, it)
			}
		}
		return strings.Join(items, ", ")
	}
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		return strings.TrimSpace(v[1 : len(v)-1])
	}
	return v
}

// frontMatterValue stores one front-matter field by its kind.
func (d *Doc) frontMatterValue(kind, value string) {
	switch kind {
	case "title":
		if d.Title == "" {
			d.Title = value
		}
	case "date", "author", "source":
		d.label(kind, value)
	case "updated":
		if d.updated == "" {
			d.updated = firstDate(value)
		}
	case "url":
		if d.URL == "" && isURL(value) {
			d.URL = urlOf(value)
		}
	}
}
