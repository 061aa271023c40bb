package loader

import (
	"io"
	"io/fs"
	"syscall"
)

// rawFile is a file opened for reading through the system calls
// themselves. An os.File would try to register each file with the
// runtime's poller, a system call that fails for every regular file, and
// set a finalizer on it: for ten thousand small files, on a virtual
// machine where each system call costs microseconds, a share of the whole
// read worth saving. Errors are the system's error numbers, which
// describe (in read.go) words as it words an os.File's.
type rawFile int

// openNonBlocking opens p to read as os.OpenFile(p, O_RDONLY|O_NONBLOCK)
// does, closed on exec, opening again when a signal interrupts it.
func openNonBlocking(p string) (rawFile, error) {
	for {
		fd, err := syscall.Open(p, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			return rawFile(fd), err
		}
	}
}

// Read reads as os.File.Read does: io.EOF at the end.
func (f rawFile) Read(b []byte) (int, error) {
	for {
		n, err := syscall.Read(int(f), b)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return 0, err
		case n == 0 && len(b) > 0:
			return 0, io.EOF
		}
		return n, nil
	}
}

func (f rawFile) Close() error { return syscall.Close(int(f)) }

// stat is the size and type of the open file.
func (f rawFile) stat() (size int64, mode fs.FileMode, err error) {
	var st syscall.Stat_t
	for {
		err = syscall.Fstat(int(f), &st)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return 0, 0, err
	}
	return st.Size, fileType(st.Mode), nil
}

// fileType is the type bits of a file mode as os.Stat sets them.
func fileType(m uint32) fs.FileMode {
	switch m & syscall.S_IFMT {
	case syscall.S_IFBLK:
		return fs.ModeDevice
	case syscall.S_IFCHR:
		return fs.ModeDevice | fs.ModeCharDevice
	case syscall.S_IFDIR:
		return fs.ModeDir
	case syscall.S_IFIFO:
		return fs.ModeNamedPipe
	case syscall.S_IFLNK:
		return fs.ModeSymlink
	case syscall.S_IFSOCK:
		return fs.ModeSocket
	}
	return 0
}
