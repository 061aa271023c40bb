package loader

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"

	"dealwire/loader/extract/parallel"
	"dealwire/model"
	"dealwire/model/safetext"
)

//go:embed seeds/*.txt
var seedFS embed.FS

// ErrNothingLoaded is returned when no file at all could be loaded.
var ErrNothingLoaded = errors.New("no article could be loaded")

func corpusName(paths []string) string { return strings.Join(paths, " ") }

// job is one file to read and parse; read returns its raw bytes.
type job struct {
	path string
	read func() ([]byte, error)
}

// outcome is what one job gave: an article or a problem.
type outcome struct {
	parsed  parsed
	problem *model.Problem
}

// readPaths collects the files under the given paths in a deterministic
// order, then reads and parses them in parallel.
func readPaths(paths []string, opt Options) ([]model.Article, []model.Problem) {
	max := maxSize(opt)
	var jobs []job
	var problems []model.Problem
	for _, root := range paths {
		j, p := collect(root, max)
		jobs = append(jobs, j...)
		problems = append(problems, p...)
	}
	articles, more := runJobs(jobs)
	return articles, safeProblems(append(problems, more...))
}

// safeProblems cleans the paths and reasons of problems: a file name can
// carry terminal escapes as well as a file's text can.
func safeProblems(problems []model.Problem) []model.Problem {
	for i := range problems {
		problems[i].Path = safetext.Clean(problems[i].Path)
		problems[i].Error = safetext.Clean(problems[i].Error)
	}
	return problems
}

// readSeeds reads the seed articles embedded in the binary.
func readSeeds(opt Options) ([]model.Article, []model.Problem) {
	ents, err := seedFS.ReadDir("seeds")
	if err != nil {
		return nil, []model.Problem{{Path: "seeds", Error: err.Error()}}
	}
	var jobs []job
	for _, e := range ents {
		name := "seeds/" + e.Name()
		jobs = append(jobs, job{path: name, read: func() ([]byte, error) { return seedFS.ReadFile(name) }})
	}
	return runJobs(jobs)
}

func maxSize(opt Options) int64 {
	if opt.MaxFileSize > 0 {
		return opt.MaxFileSize
	}
	return DefaultMaxFileSize
}

// collect turns one path given by the user into jobs. A regular file given
// explicitly is read whatever its name; a folder is walked recursively in
// sorted order, skipping hidden entries and reporting unsupported types.
func collect(root string, max int64) ([]job, []model.Problem) {
	info, err := os.Stat(root)
	if err != nil {
		return nil, []model.Problem{{Path: root, Error: describe(err)}}
	}
	if info.Mode().IsRegular() {
		return []job{fileJob(root, max)}, nil
	}
	if !info.IsDir() {
		return nil, []model.Problem{{Path: root, Error: notRegular(info.Mode())}}
	}
	var jobs []job
	var problems []model.Problem
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			problems = append(problems, model.Problem{Path: p, Error: describe(err)})
			if d != nil && d.IsDir() && p != root {
				return fs.SkipDir
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !supported(p) {
			problems = append(problems, model.Problem{Path: p, Error: unsupportedType(p)})
			return nil
		}
		mode := d.Type()
		if mode&fs.ModeSymlink != 0 {
			target, err := os.Stat(p)
			if err != nil {
				problems = append(problems, model.Problem{Path: p, Error: describe(err)})
				return nil
			}
			if target.IsDir() {
				return nil // linked folders are not followed: they can loop
			}
			mode = target.Mode().Type()
		}
		if !mode.IsRegular() {
			problems = append(problems, model.Problem{Path: p, Error: notRegular(mode)})
			return nil
		}
		jobs = append(jobs, fileJob(p, max))
		return nil
	})
	return jobs, problems
}

// supported says whether a file met while walking a folder has a format
// dealwire reads.
func supported(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".txt", ".md", ".markdown", ".html", ".htm":
		return true
	}
	return false
}

func unsupportedType(p string) string {
	ext := filepath.Ext(p)
	if ext == "" {
		return "unsupported file type (no extension)"
	}
	return "unsupported file type " + strings.ToLower(ext)
}

func fileJob(p string, max int64) job {
	return job{path: p, read: func() ([]byte, error) { return readRegular(p, max) }}
}

// readRegular reads a regular file through a size-capped reader. It opens
// without blocking and checks the open file again, so a file swapped for a
// FIFO or a device after the walk cannot hang or flood the loader.
func readRegular(p string, max int64) ([]byte, error) {
	f, err := openNonBlocking(p)
	if err != nil {
		return nil, errors.New(describe(err))
	}
	defer f.Close()
	size, mode, err := f.stat()
	if err != nil {
		return nil, errors.New(describe(err))
	}
	if !mode.IsRegular() {
		return nil, errors.New(notRegular(mode))
	}
	if size > max {
		return nil, tooLarge(max)
	}
	// Sized from the stat, so that a whole file is read in one call; the
	// limit still holds if the file grew since.
	buf, err := readUpTo(endAtSize(f, size), size, max+1)
	if err != nil {
		return nil, errors.New(describe(err))
	}
	if int64(len(buf)) > max {
		return nil, tooLarge(max)
	}
	return buf, nil
}

// readUpTo reads r to its end, or to limit bytes, as reading
// io.LimitReader(r, limit) into a bytes.Buffer would, into an array of
// size bytes and one more: the read that finds the end needs room. The
// text stays in the array as long as the corpus does, so the array is
// not made the buffer's 512 bytes longer than the file for each file; it
// grows only if the file grew since size was told.
func readUpTo(r io.Reader, size, limit int64) ([]byte, error) {
	buf := make([]byte, 0, min(size, limit)+1)
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, bytes.MinRead)
		}
		room := buf[len(buf):cap(buf)]
		if left := limit - int64(len(buf)); int64(len(room)) > left {
			room = room[:left]
		}
		if len(room) == 0 {
			return buf, nil // the limit read: what it says is all there is
		}
		n, err := r.Read(room)
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// sizedFile is a regular file read as a reader that reports its end
// as soon as a read brings it to the size its stat told and stops short
// of the room it was given: a regular file's read stops short only at
// the file's end. The read that would find the end, a system call per
// file and a costly one in a virtual machine, is not made. A file that
// grew after that read is read as it was then, as if read a moment
// earlier.
type sizedFile struct {
	r    io.Reader
	left int64 // the bytes of the told size not read yet
}

func endAtSize(r io.Reader, size int64) *sizedFile { return &sizedFile{r: r, left: size} }

func (f *sizedFile) Read(b []byte) (int, error) {
	n, err := f.r.Read(b)
	f.left -= int64(n)
	if err == nil && f.left == 0 && n < len(b) {
		err = io.EOF
	}
	return n, err
}

func tooLarge(max int64) error { return fmt.Errorf("larger than %d bytes", max) }

// notRegular names what a path is when it is not a regular file.
func notRegular(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "not a regular file (named pipe), not read"
	case m&fs.ModeSocket != 0:
		return "not a regular file (socket), not read"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "not a regular file (device), not read"
	case m&fs.ModeSymlink != 0:
		return "not a regular file (symbolic link), not read"
	}
	return "not a regular file, not read"
}

// describe turns an OS error into a plain reason without repeating the path.
func describe(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, syscall.ELOOP):
		return "symbolic link loop"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// runJobs reads and parses the jobs on every core, keeping their order.
// The files parsed, then the articles, are gathered in the arrays they
// were made in, the failed ones dropped in place: no second array of ten
// thousand items of 200 bytes and more is made for each.
func runJobs(jobs []job) ([]model.Article, []model.Problem) {
	done := make([]parsed, len(jobs))
	failed := make([]*model.Problem, len(jobs))
	parallel.For(len(jobs), func(i int) {
		o := runJob(jobs[i])
		done[i], failed[i] = o.parsed, o.problem
	})
	var problems []model.Problem
	done = keepGood(done, failed, &problems)
	// the bodies are built once the lines repeated across files are gone:
	// built before, most would be built again without them
	dropRepeated(done)
	articles := make([]model.Article, len(done))
	failed = failed[:len(done)]
	parallel.For(len(done), func(i int) {
		o := finishSafely(done[i])
		articles[i], failed[i] = o.article, o.problem
	})
	return keepGood(articles, failed, &problems), problems
}

// keepGood drops, in place, the items of list that failed (failed[i] set),
// and adds their problems to problems, in order.
func keepGood[T any](list []T, failed []*model.Problem, problems *[]model.Problem) []T {
	n := 0
	for i := range list {
		if failed[i] != nil {
			*problems = append(*problems, *failed[i])
			continue
		}
		list[n] = list[i]
		n++
	}
	clear(list[n:]) // what failed holds nothing for the collector to keep
	return list[:n]
}

// finished is a parsed file made an article, or the problem that stopped it.
type finished struct {
	article model.Article
	problem *model.Problem
}

// finishSafely builds an article's body as runJob reads it: one that trips
// a bug is reported and skipped, the others load.
func finishSafely(p parsed) (f finished) {
	defer func() {
		if r := recover(); r != nil {
			f = finished{problem: &model.Problem{Path: p.article.Path, Error: fmt.Sprintf("could not be read (internal error: %v)", r)}}
		}
	}()
	return finished{article: p.finish()}
}

func runJob(j job) (o outcome) {
	defer func() {
		// one file that trips a bug is reported and skipped like a broken
		// one; the others load
		if p := recover(); p != nil {
			o = outcome{problem: &model.Problem{Path: j.path, Error: fmt.Sprintf("could not be read (internal error: %v)", p)}}
		}
	}()
	raw, err := j.read()
	if err == nil {
		var p parsed
		p, err = parseParagraphs(j.path, raw)
		if err == nil {
			return outcome{parsed: p}
		}
	}
	return outcome{problem: &model.Problem{Path: j.path, Error: err.Error()}}
}
