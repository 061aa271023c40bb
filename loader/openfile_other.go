//go:build !linux

package loader

import (
	"io/fs"
	"os"
	"syscall"
)

// osFile is a file opened for reading; on Linux, rawFile.
type osFile struct{ *os.File }

func openNonBlocking(p string) (osFile, error) {
	f, err := os.OpenFile(p, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	return osFile{f}, err
}

// stat is the size and type of the open file.
func (f osFile) stat() (size int64, mode fs.FileMode, err error) {
	info, err := f.Stat()
	if err != nil {
		return 0, 0, err
	}
	return info.Size(), info.Mode(), nil
}
