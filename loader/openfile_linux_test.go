package loader

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// readThroughOS is readRegular as it read through an os.File, before
// rawFile.
func readThroughOS(p string, max int64) ([]byte, error) {
	f, err := os.OpenFile(p, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, errors.New(describe(err))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, errors.New(describe(err))
	}
	if !info.Mode().IsRegular() {
		return nil, errors.New(notRegular(info.Mode()))
	}
	if info.Size() > max {
		return nil, tooLarge(max)
	}
	buf, err := readUpTo(f, info.Size(), max+1)
	if err != nil {
		return nil, errors.New(describe(err))
	}
	if int64(len(buf)) > max {
		return nil, tooLarge(max)
	}
	return buf, nil
}

// readRegular, through rawFile, reads and refuses what it read and
// refused through an os.File, with the same reasons.
func TestRawFileReadsAsAnOSFile(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "good.txt"), goodText)
	write(t, filepath.Join(dir, "empty.txt"), "")
	write(t, filepath.Join(dir, "big.txt"), strings.Repeat("Acme buys Widget. ", 200))
	writePipeAndLoop(t, dir)
	paths := []string{"/dev/null", "/dev/zero", dir, filepath.Join(dir, "missing.txt"), "bad\x00name"}
	for _, name := range []string{"good.txt", "empty.txt", "big.txt", "pipe.txt", "loop-a.txt"} {
		paths = append(paths, filepath.Join(dir, name))
	}
	for _, p := range paths {
		want, wantErr := readThroughOS(p, 1000)
		got, err := readRegular(p, 1000)
		if string(got) != string(want) || (err == nil) != (wantErr == nil) || (err != nil && err.Error() != wantErr.Error()) {
			t.Errorf("%q: %d bytes (%v), want %d (%v)", p, len(got), err, len(want), wantErr)
		}
	}
}
