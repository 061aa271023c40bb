package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// run executes the CLI in-process with args and returns stdout, stderr and
// the error Execute gave (main turns a non-nil error into exit status 1).
func run(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	cmd := newRootCmd()
	var out, errOut bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetArgs(args)
	err := cmd.Execute()
	return out.String(), errOut.String(), err
}

type exported struct {
	Articles []struct {
		ID, Path, Body string
		Title          *string
		Published      *string
		Author         *string
		Source         *string
		URL            *string
		Language       *string
		Words          int
		Companies      []string
		Deals          []string
	}
	Companies []json.RawMessage
	Deals     []json.RawMessage
	Problems  []struct{ Path, Error string }
}

func decode(t *testing.T, s string) (exported, map[string]json.RawMessage) {
	t.Helper()
	var doc exported
	if err := json.Unmarshal([]byte(s), &doc); err != nil {
		t.Fatalf("export is not JSON: %v\n%.300s", err, s)
	}
	var keys map[string]json.RawMessage
	_ = json.Unmarshal([]byte(s), &keys)
	return doc, keys
}

func str(p *string) string {
	if p == nil {
		return "null"
	}
	return *p
}

func TestExportSeedsGivesTheContract(t *testing.T) {
	out, _, err := run(t, "export")
	if err != nil {
		t.Fatal(err)
	}
	doc, keys := decode(t, out)
	for _, k := range []string{"articles", "companies", "deals", "problems"} {
		if _, ok := keys[k]; !ok {
			t.Errorf("export lacks %q", k)
		}
	}
	var articles []map[string]json.RawMessage
	_ = json.Unmarshal(keys["articles"], &articles)
	for _, k := range []string{"id", "path", "title", "published", "author", "source", "url", "language", "words", "companies", "deals", "body"} {
		if _, ok := articles[0][k]; !ok {
			t.Errorf("article lacks %q", k)
		}
	}
	want := [][]string{
		{"seeds/000_8f179d7dbde327a8.txt", "Microsoft e Nokia si riuniscono per una nuova alleanza, 5 anni dopo il fallimento del megadeal dello smartphone da $ 7 miliardi", "null", "null", "null", "it"},
		{"seeds/001_02b1cd610c763881.txt", "Microsoft, Nokia collaborate once again after failed $7bn smartphone deal", "2019-11-06", "IANS", "Business-Standard", "en"},
		{"seeds/002_925fbd9d1ce491a7.txt", "Microsoft and Nokia Once Again Reached a Strategic Cooperation", "2019-11-05", "Argam Artashyan", "Gizchina", "en"},
		{"seeds/003_c5d2b9b8f341d549.txt", "Nokia signs patent and equipment deal with Xiaomi amid big push into Chinese market", "null", "null", "VentureBeat", "en"},
		{"seeds/004_75316569db476b4f.txt", "null", "null", "null", "null", "en"},
	}
	if len(doc.Articles) != len(want) {
		t.Fatalf("want %d articles, got %d", len(want), len(doc.Articles))
	}
	for i, w := range want {
		a := doc.Articles[i]
		got := []string{a.Path, str(a.Title), str(a.Published), str(a.Author), str(a.Source), str(a.Language)}
		if strings.Join(got, "|") != strings.Join(w, "|") {
			t.Errorf("article %d:\n got %q\nwant %q", i, got, w)
		}
		if a.Words == 0 || a.Body == "" || len(a.ID) != 12 {
			t.Errorf("article %d: words %d, id %q, body %d bytes", i, a.Words, a.ID, len(a.Body))
		}
	}
	if len(doc.Problems) != 0 {
		t.Errorf("seeds gave problems: %+v", doc.Problems)
	}
}

const article = "Acme buys Widget Co for $5 million\n\nAcme Corp said on Monday it agreed to buy Widget Co for $5 million in cash.\n"

func TestExportReportsABrokenFileAndLoadsTheRest(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "good.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "broken.txt"), []byte("\x00\x01binary"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, err := run(t, "export", dir)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := decode(t, out)
	if len(doc.Articles) != 1 || !strings.HasSuffix(doc.Articles[0].Path, "good.txt") {
		t.Errorf("want good.txt loaded, got %+v", doc.Articles)
	}
	if len(doc.Problems) != 1 || !strings.HasSuffix(doc.Problems[0].Path, "broken.txt") {
		t.Errorf("want broken.txt in problems, got %+v", doc.Problems)
	}
	if !strings.Contains(stderr, "broken.txt") || !strings.Contains(stderr, "NUL") {
		t.Errorf("stderr does not report the broken file: %q", stderr)
	}
}

func TestExportMissingPathIsAnError(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no-such-folder")
	_, stderr, err := run(t, "export", missing)
	if err == nil {
		t.Fatal("want an error when nothing can be loaded")
	}
	if !strings.Contains(stderr, "no-such-folder") || !strings.Contains(stderr, "no such file") {
		t.Errorf("stderr does not name the missing path: %q", stderr)
	}
}

// TestMissingPathExitsWithStatus1 runs the real main in a child process.
func TestMissingPathExitsWithStatus1(t *testing.T) {
	if os.Getenv("DEALWIRE_RUN_MAIN") == "1" {
		os.Args = append([]string{"dealwire"}, strings.Fields(os.Getenv("DEALWIRE_ARGS"))...)
		main()
		os.Exit(0)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestMissingPathExitsWithStatus1$")
	cmd.Env = append(os.Environ(), "DEALWIRE_RUN_MAIN=1", "DEALWIRE_ARGS=export "+filepath.Join(t.TempDir(), "missing"))
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Fatalf("want exit status 1, got %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "no article could be loaded") {
		t.Errorf("want a clear message, got %s", out)
	}
}

func TestMaxFileSizeFlag(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "small.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	big := article + strings.Repeat("Acme Corp said the deal would close next year, the company said. ", 20)
	if err := os.WriteFile(filepath.Join(dir, "big.txt"), []byte(big), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, err := run(t, "export", "--max-file-size", "500", dir)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := decode(t, out)
	if len(doc.Articles) != 1 || !strings.HasSuffix(doc.Articles[0].Path, "small.txt") {
		t.Errorf("want only small.txt, got %d articles", len(doc.Articles))
	}
	if !strings.Contains(stderr, "big.txt") || !strings.Contains(stderr, "larger than 500 bytes") {
		t.Errorf("stderr: %q", stderr)
	}
	out, _, err = run(t, "export", dir)
	if err != nil {
		t.Fatal(err)
	}
	if doc, _ = decode(t, out); len(doc.Articles) != 2 {
		t.Errorf("default limit: want 2 articles, got %d", len(doc.Articles))
	}
}

func TestVersion(t *testing.T) {
	out, _, err := run(t, "--version")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "dealwire") || !strings.Contains(out, version) {
		t.Errorf("--version printed %q", out)
	}
}

func TestHelpExport(t *testing.T) {
	out, _, err := run(t, "help", "export")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"export [PATH...]", "JSON", "Examples:", "--max-file-size"} {
		if !strings.Contains(out, want) {
			t.Errorf("help export lacks %q:\n%s", want, out)
		}
	}
}

// A library that cannot be opened is reported on stderr and the browser
// gets none: it runs read-only, without state.
func TestBadLibraryRunsWithoutState(t *testing.T) {
	dir := t.TempDir()
	corrupt := filepath.Join(dir, "corrupt.db")
	if err := os.WriteFile(corrupt, []byte(strings.Repeat("not a database\n", 300)), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		f    dbFlags
		want string
	}{
		{"corrupt", dbFlags{path: corrupt}, "corrupt"},
		{"folder", dbFlags{path: dir}, "cannot be written"},
	} {
		cmd := newRootCmd()
		var errOut bytes.Buffer
		cmd.SetErr(&errOut)
		if s := tc.f.open(cmd); s != nil {
			s.Close()
			t.Errorf("%s: a library was opened", tc.name)
		}
		if msg := errOut.String(); !strings.Contains(msg, tc.want) || !strings.Contains(msg, "running read-only") {
			t.Errorf("%s: message %q", tc.name, msg)
		}
	}
	// --no-db opens nothing and creates nothing.
	none := filepath.Join(dir, "none", "library.db")
	if s := (&dbFlags{path: none, none: true}).open(newRootCmd()); s != nil {
		t.Fatal("--no-db opened a library")
	}
	if _, err := os.Stat(filepath.Dir(none)); err == nil {
		t.Fatal("--no-db created the library's folder")
	}
	// A good path opens, creating its folder.
	good := filepath.Join(dir, "new", "library.db")
	s := (&dbFlags{path: good}).open(newRootCmd())
	if s == nil {
		t.Fatal("a new library did not open")
	}
	s.Close()
}

func TestDBFlags(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"help", "serve"}} {
		out, _, err := run(t, args...)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "--db") || !strings.Contains(out, "--no-db") || !strings.Contains(out, "library.db") {
			t.Errorf("%v: --db/--no-db not documented:\n%s", args, out)
		}
	}
}
