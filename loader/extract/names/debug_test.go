package names

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"dealwire/loader/extract/lexicon"
	"dealwire/loader/extract/segment"
)

func TestDebugPrint(t *testing.T) {
	dir := os.Getenv("NAMES_DEBUG")
	if dir == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.*"))
	sort.Strings(files)
	var docs []Doc
	var kept []string
	for _, f := range files {
		if filepath.Ext(f) == ".json" {
			continue
		}
		b, _ := os.ReadFile(f)
		d := Doc{}
		for _, s := range segment.Sentences(string(b)) {
			d.Sentences = append(d.Sentences, s.Text)
			d.Headings = append(d.Headings, s.Heading)
			d.Tokens = append(d.Tokens, segment.Tokens(s.Text))
		}
		docs = append(docs, d)
		kept = append(kept, f)
	}
	lex, err := lexicon.New("")
	if err != nil {
		t.Fatal(err)
	}
	debugKeys = map[string]bool{}
	for _, k := range strings.Split(os.Getenv("NAMES_KEYS"), ",") {
		debugKeys[k] = true
	}
	res := Recognize(docs, lex, nil)
	for i, f := range kept {
		seen := map[string]bool{}
		var cs []string
		for _, m := range res.Mentions[i] {
			if !seen[m.Company] {
				seen[m.Company] = true
				cs = append(cs, m.Company)
			}
		}
		fmt.Println(filepath.Base(f), cs)
	}
}
