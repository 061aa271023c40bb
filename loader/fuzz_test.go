package loader

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"dealwire/model"

	"dealwire/model/safetext"
)

// FuzzParse feeds arbitrary bytes to the per-file parser, as text and as a
// web page: it must never panic, and no field may carry ESC or any other
// terminal control (C0 but newline and tab, DEL, C1, bidi overrides).
func FuzzParse(f *testing.F) {
	ents, _ := seedFS.ReadDir("seeds")
	for _, e := range ents {
		b, _ := seedFS.ReadFile("seeds/" + e.Name())
		f.Add(b, false)
	}
	f.Add([]byte("# Title \x1b[31mred\n\nPublished at: **2019-11-05**\nAuthor: **A\u202eB**\n\nText &#x1b;[2J here.\n"), false)
	f.Add([]byte("<html><head><title>T\x1b]0;x\x07</title><meta property=\"og:site_name\" content=\"S&#27;[31m\"></head><body><p>Body \u009b text.</p></body></html>"), true)
	f.Add([]byte("date 2019-02-06 By Jane Doe\n\nCHICAGO (dpa-AFX) - Text.\n"), false)
	f.Fuzz(func(t *testing.T, raw []byte, page bool) {
		path := "fuzz.txt"
		if page {
			path = "fuzz.html"
		}
		type result struct {
			a   model.Article
			err error
		}
		done := make(chan result, 1)
		go func() {
			a, err := parseFile(path, raw)
			done <- result{a, err}
		}()
		var r result
		select {
		case r = <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("parser hangs on %q", raw)
		}
		if r.err != nil {
			return
		}
		a := r.a
		for name, v := range map[string]string{
			"title": a.Title, "published": a.Published, "author": a.Author,
			"source": a.Source, "url": a.URL, "language": a.Language, "body": a.Body,
		} {
			if !utf8.ValidString(v) {
				t.Errorf("%s is not valid UTF-8: %q", name, v)
			}
			for _, r := range v {
				if safetext.Unsafe(r) || r == 0x1b || (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r <= 0x9f) {
					t.Fatalf("%s carries control %U: %q", name, r, v)
				}
			}
			if name != "body" && strings.ContainsRune(v, '\n') {
				t.Errorf("%s spans lines: %q", name, v)
			}
		}
	})
}
