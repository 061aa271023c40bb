package loader

import (
	"bytes"
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/iotest"
	"time"

	"dealwire/model"
)

const goodText = "Acme buys Widget Co for $5 million\n\nAcme Corp said on Monday it agreed to buy Widget Co for $5 million in cash.\nThe deal is expected to close next year.\n"

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// loadWithin runs Load and fails instead of hanging when a bad file blocks.
func loadWithin(t *testing.T, paths []string, opt Options) (*model.Corpus, error) {
	t.Helper()
	type result struct {
		c   *model.Corpus
		err error
	}
	done := make(chan result, 1)
	go func() {
		c, err := Load(paths, opt)
		done <- result{c, err}
	}()
	select {
	case r := <-done:
		return r.c, r.err
	case <-time.After(20 * time.Second):
		t.Fatal("Load blocked on a bad file")
		return nil, nil
	}
}

func problemFor(c *model.Corpus, suffix string) string {
	for _, p := range c.Problems {
		if strings.HasSuffix(p.Path, suffix) {
			return p.Error
		}
	}
	return ""
}

func articleFor(c *model.Corpus, suffix string) *model.Article {
	for i := range c.Articles {
		if strings.HasSuffix(c.Articles[i].Path, suffix) {
			return &c.Articles[i]
		}
	}
	return nil
}

// TestBadFilesAreReportedAndTheRestLoad puts one file of every bad kind in
// a folder next to a good one: each bad one is a problem with a plain
// reason, the good one loads.
func TestBadFilesAreReportedAndTheRestLoad(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "good.txt"), goodText)
	write(t, filepath.Join(dir, "empty.txt"), "")
	write(t, filepath.Join(dir, "binary.txt"), "Acme\x00\x01\x02 buys")
	write(t, filepath.Join(dir, "big.txt"), strings.Repeat("Acme buys Widget. ", 200))
	write(t, filepath.Join(dir, "report.pdf"), "%PDF-1.4")
	write(t, filepath.Join(dir, ".hidden", "secret.txt"), goodText)
	write(t, filepath.Join(dir, ".dotfile.txt"), goodText)
	writePipeAndLoop(t, dir)
	sock := filepath.Join(dir, "sock.txt")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()

	c, err := loadWithin(t, []string{dir}, Options{MaxFileSize: 1000})
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if len(c.Articles) != 1 || !strings.HasSuffix(c.Articles[0].Path, "good.txt") {
		t.Fatalf("want only good.txt loaded, got %d articles: %+v", len(c.Articles), c.Problems)
	}
	want := map[string]string{
		"empty.txt":  "empty file",
		"binary.txt": "NUL",
		"big.txt":    "larger than 1000 bytes",
		"report.pdf": "unsupported file type .pdf",
		"pipe.txt":   "named pipe",
		"loop-a.txt": "symbolic link loop",
		"sock.txt":   "socket",
	}
	for name, reason := range want {
		if got := problemFor(c, name); !strings.Contains(got, reason) {
			t.Errorf("%s: want a problem saying %q, got %q", name, reason, got)
		}
	}
	for _, p := range c.Problems {
		if strings.Contains(p.Path, ".hidden") || strings.Contains(p.Path, ".dotfile") {
			t.Errorf("hidden entry %s was looked at: %s", p.Path, p.Error)
		}
	}
}

func TestDeviceGivenExplicitlyIsNotRead(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "good.txt"), goodText)
	c, err := loadWithin(t, []string{"/dev/zero", dir}, Options{})
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if got := problemFor(c, "/dev/zero"); !strings.Contains(got, "device") {
		t.Errorf("want /dev/zero reported as a device, got %q", got)
	}
	if len(c.Articles) != 1 {
		t.Errorf("want the good file loaded, got %d articles", len(c.Articles))
	}
}

func TestFIFOGivenExplicitlyIsNotOpened(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := loadWithin(t, []string{fifo}, Options{})
	if err != ErrNothingLoaded {
		t.Errorf("want ErrNothingLoaded, got %v", err)
	}
	if got := problemFor(c, "pipe"); !strings.Contains(got, "named pipe") {
		t.Errorf("want the FIFO reported, got %q", got)
	}
}

func TestUnreadableFileIsReported(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any file")
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "good.txt"), goodText)
	locked := filepath.Join(dir, "locked.txt")
	write(t, locked, goodText)
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	c, err := loadWithin(t, []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := problemFor(c, "locked.txt"); !strings.Contains(got, "permission denied") {
		t.Errorf("want permission denied, got %q", got)
	}
	if len(c.Articles) != 1 {
		t.Errorf("want the readable file loaded, got %d", len(c.Articles))
	}
}

func TestMissingPathIsAProblemAndNothingLoaded(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope")
	c, err := loadWithin(t, []string{missing}, Options{})
	if err != ErrNothingLoaded {
		t.Fatalf("want ErrNothingLoaded, got %v", err)
	}
	if got := problemFor(c, "nope"); got != "no such file or folder" {
		t.Errorf("want a clear reason, got %q", got)
	}
}

func TestOversizeFileIsNotReadWhole(t *testing.T) {
	// A sparse 1 GB file: reading it whole would take seconds and memory;
	// the size check refuses it at once.
	p := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if _, err := readRegular(p, 1<<20); err == nil || !strings.Contains(err.Error(), "larger than 1048576 bytes") {
		t.Errorf("want a size error, got %v", err)
	}
}

func TestExplicitFileIsReadWhateverItsName(t *testing.T) {
	p := filepath.Join(t.TempDir(), "story.data")
	write(t, p, goodText)
	c, err := loadWithin(t, []string{p}, Options{})
	if err != nil || len(c.Articles) != 1 {
		t.Fatalf("want the file loaded, got %v, %+v", err, c.Problems)
	}
}

func TestTextIsRepaired(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "bom.txt"), "\xef\xbb\xbf"+goodText)
	write(t, filepath.Join(dir, "crlf.txt"), strings.ReplaceAll(goodText, "\n", "\r\n"))
	write(t, filepath.Join(dir, "latin1.txt"), "Acme buys Widget Co for $5 million\n\nAcme Corp said the caf\xe9 deal closed on Monday in Z\xfcrich, the company said.\n")
	c, err := loadWithin(t, []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) != 3 {
		t.Fatalf("want 3 articles, got %d: %+v", len(c.Articles), c.Problems)
	}
	bom := articleFor(c, "bom.txt")
	if bom.Title != "Acme buys Widget Co for $5 million" {
		t.Errorf("BOM: title %q", bom.Title)
	}
	crlf := articleFor(c, "crlf.txt")
	if strings.Contains(crlf.Body, "\r") || crlf.Title != bom.Title {
		t.Errorf("CRLF: body %q title %q", crlf.Body, crlf.Title)
	}
	latin := articleFor(c, "latin1.txt")
	if !strings.Contains(latin.Body, "caf\uFFFD deal") {
		t.Errorf("invalid UTF-8 not repaired in place: %q", latin.Body)
	}
}

func TestFolderOrderIsSortedAndStable(t *testing.T) {
	dir := t.TempDir()
	names := []string{"b/2.txt", "a/9.txt", "a/10.md", "c.txt", "0.txt"}
	for i, n := range names {
		write(t, filepath.Join(dir, n), strings.Replace(goodText, "$5", "$"+string(rune('1'+i)), -1))
	}
	c, err := loadWithin(t, []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range c.Articles {
		rel, _ := filepath.Rel(dir, a.Path)
		got = append(got, rel)
	}
	want := "0.txt a/10.md a/9.txt b/2.txt c.txt"
	if strings.Join(got, " ") != want {
		t.Errorf("order: got %v, want %s", got, want)
	}
}

func TestEscapesInFileNamesAreRemoved(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "evil\x1b[2J.txt"), goodText)
	write(t, filepath.Join(dir, "evil\x1b]0;x\x07.pdf"), "x")
	c, err := loadWithin(t, []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Articles {
		if strings.ContainsRune(a.Path, 0x1b) {
			t.Errorf("article path keeps ESC: %q", a.Path)
		}
	}
	if len(c.Problems) != 1 || strings.ContainsAny(c.Problems[0].Path, "\x1b\x07") {
		t.Errorf("problem path keeps controls: %+v", c.Problems)
	}
}

// A file that trips a bug is reported and skipped; the others load.
func TestFileThatPanicsIsReportedNotFatal(t *testing.T) {
	jobs := []job{
		{path: "good.txt", read: func() ([]byte, error) {
			return []byte("Veltraco agreed to buy Quorvex for $2 billion, the companies said on Monday."), nil
		}},
		{path: "bad.txt", read: func() ([]byte, error) { panic("boom") }},
	}
	arts, problems := runJobs(jobs)
	if len(arts) != 1 || len(problems) != 1 || problems[0].Path != "bad.txt" || !strings.Contains(problems[0].Error, "boom") {
		t.Fatalf("articles %d, problems %+v", len(arts), problems)
	}
}

// readUpTo reads what reading io.LimitReader into a bytes.Buffer reads,
// whether the size it is told is right, short (the file grew) or long,
// and whatever the reader hands over at each call.
func TestReadUpToAsBuffer(t *testing.T) {
	text := strings.Repeat("0123456789", 120)
	readers := map[string]func(string) io.Reader{
		"whole":    func(s string) io.Reader { return strings.NewReader(s) },
		"one byte": func(s string) io.Reader { return iotest.OneByteReader(strings.NewReader(s)) },
		"half":     func(s string) io.Reader { return iotest.HalfReader(strings.NewReader(s)) },
		"failing": func(s string) io.Reader {
			return io.MultiReader(strings.NewReader(s), iotest.ErrReader(errors.New("gone")))
		},
	}
	for _, n := range []int{0, 1, 511, 512, 513, 1200} {
		for _, size := range []int64{0, 1, int64(n) - 1, int64(n), int64(n) + 1, 4096} {
			for _, limit := range []int64{1, int64(n), int64(n) + 1, 600, 1 << 20} {
				for name, reader := range readers {
					var want bytes.Buffer
					_, wantErr := want.ReadFrom(io.LimitReader(reader(text[:n]), limit))
					got, err := readUpTo(reader(text[:n]), max(size, 0), limit)
					if string(got) != want.String() || (err == nil) != (wantErr == nil) {
						t.Errorf("%s reader, %d bytes, size %d, limit %d: %d bytes (%v), want %d (%v)", name, n, size, limit, len(got), err, want.Len(), wantErr)
					}
				}
			}
		}
	}
}

// countingReader counts the reads made of it.
type countingReader struct {
	r     io.Reader
	reads int
}

func (c *countingReader) Read(b []byte) (int, error) {
	c.reads++
	return c.r.Read(b)
}

// A file read as sizedFile reads as it would to its end, whether its stat
// told its size, less (the file grew) or more (it shrank), and a file of
// the size told is read in one call: the read that finds the end is not
// made. The file is read as a regular file reads, each call handing over
// all it is asked for up to the end.
func TestSizedFileReadsAsTheWholeFile(t *testing.T) {
	text := strings.Repeat("0123456789", 120)
	for _, n := range []int{0, 1, 511, 512, 513, 1200} {
		for _, size := range []int64{0, 1, int64(n) - 1, int64(n), int64(n) + 1, 4096} {
			size = max(size, 0)
			for _, limit := range []int64{1, int64(n), int64(n) + 1, 600, 1 << 20} {
				want, wantErr := readUpTo(strings.NewReader(text[:n]), size, limit)
				r := &countingReader{r: strings.NewReader(text[:n])}
				got, err := readUpTo(endAtSize(r, size), size, limit)
				if string(got) != string(want) || (err == nil) != (wantErr == nil) {
					t.Errorf("%d bytes, size %d, limit %d: %d bytes (%v), want %d (%v)", n, size, limit, len(got), err, len(want), wantErr)
				}
				if size == int64(n) && limit > size && r.reads != 1 {
					t.Errorf("%d bytes of the size told, limit %d: %d reads, want 1", n, limit, r.reads)
				}
			}
		}
	}
}

// writePipeAndLoop makes in dir a named pipe, pipe.txt, and two symbolic
// links to each other, loop-a.txt and loop-b.txt: files a reader must
// refuse without hanging.
func writePipeAndLoop(t *testing.T, dir string) {
	t.Helper()
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("loop-b.txt", filepath.Join(dir, "loop-a.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("loop-a.txt", filepath.Join(dir, "loop-b.txt")); err != nil {
		t.Fatal(err)
	}
}
