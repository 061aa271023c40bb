// Package store is dealwire's reading library: an embedded SQLite database
// (modernc.org/sqlite, pure Go, WAL mode) that remembers, per reader, what
// was read, starred, watched and where each article was left, and holds a
// full-text index (FTS5) of every article seen.
//
// Articles are keyed by content (model.Article.Key), so state survives
// moving or renaming the corpus. A reader is a name: the OS user locally,
// the visitor's key fingerprint over SSH; readers never see each other's
// state. The corpus itself is never written.
//
// Writes are transactions, queued to one writer goroutine per Store so
// that the UI never waits on the disk; Flush waits for them. Several
// Stores (processes, or handles in one process) may share one file: WAL
// lets readers run beside the writer and a busy timeout orders writers.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// BusyTimeout is how long a write waits for another writer (another
// process or handle) before it fails.
const BusyTimeout = 10 * time.Second

// Why a database could not be opened. OpenError wraps one of them.
var (
	ErrCorrupt  = errors.New("the file is corrupt or not a dealwire library")
	ErrReadOnly = errors.New("the library cannot be written")
	ErrNewer    = errors.New("the library was written by a newer dealwire")
)

// OpenError says which library could not be opened and why, in words a
// user can act on.
type OpenError struct {
	Path string
	Kind error // ErrCorrupt, ErrReadOnly, ErrNewer or nil (other)
	Err  error // the underlying error
}

func (e *OpenError) Error() string {
	if e.Kind != nil {
		return fmt.Sprintf("library %s: %v (%v)", e.Path, e.Kind, e.Err)
	}
	return fmt.Sprintf("library %s: %v", e.Path, e.Err)
}

func (e *OpenError) Unwrap() []error {
	if e.Kind != nil {
		return []error{e.Kind, e.Err}
	}
	return []error{e.Err}
}

// Store is one open library file. It is safe for concurrent use; one Store
// serves every SSH visitor.
type Store struct {
	db   *sql.DB
	path string
	now  func() time.Time

	ctx    context.Context // cancelled by Close: background work stops
	cancel context.CancelFunc

	qmu    sync.Mutex
	closed bool
	queue  chan job
	wdone  chan struct{}

	errMu   sync.Mutex
	lastErr error

	libMu sync.Mutex
	libs  map[any]*Library
	bg    sync.WaitGroup
}

type job struct {
	fn   func(*sql.Tx) error
	done chan struct{}
}

// Open opens (creating it and its folder if needed) the library at path,
// migrating an older schema. A file that is corrupt, not a database,
// unwritable or from a newer dealwire gives an *OpenError; the caller
// should then run without a library.
func Open(path string) (*Store, error) { return open(path, "") }

// open takes extra DSN parameters for tests (mode=ro: a read-only file,
// whatever the user running the tests may write).
func open(path, extra string) (*Store, error) {
	fail := func(err error) (*Store, error) { return nil, &OpenError{Path: path, Kind: classify(err), Err: err} }
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return fail(fmt.Errorf("%s is a folder", path))
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, &OpenError{Path: path, Kind: ErrReadOnly, Err: err}
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", BusyTimeout.Milliseconds()))
	q.Add("_pragma", "synchronous(NORMAL)") // WAL: a process crash loses nothing committed
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "cache_size(-16384)") // up to 16 MB per connection: FTS5 merges while indexing
	q.Set("_txlock", "immediate")          // writers queue on the busy timeout, never deadlock on upgrade
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	if extra != "" {
		dsn += "&" + extra
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return fail(err)
	}
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(4)
	db.SetConnMaxIdleTime(time.Minute)
	if err := setup(db); err != nil {
		db.Close()
		return fail(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s := &Store{db: db, path: path, now: time.Now, ctx: ctx, cancel: cancel,
		queue: make(chan job, 256), wdone: make(chan struct{}), libs: map[any]*Library{}}
	go s.writer()
	return s, nil
}

// setup turns WAL on, migrates and proves the file can be written.
func setup(db *sql.DB) error {
	var mode string
	if err := db.QueryRow("PRAGMA journal_mode=WAL").Scan(&mode); err != nil {
		return err
	}
	if err := migrate(db, len(migrations)); err != nil {
		return err
	}
	_, err := db.Exec(`INSERT INTO meta(k, v) VALUES('opened', ?) ON CONFLICT(k) DO UPDATE SET v = excluded.v`,
		time.Now().UTC().Format(time.RFC3339))
	return err
}

// classify maps SQLite's and the OS's errors to the kinds a user can act on.
func classify(err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_FORMAT:
			return ErrCorrupt
		case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_AUTH:
			return ErrReadOnly
		}
	}
	for _, k := range []error{ErrNewer, ErrCorrupt, ErrReadOnly} {
		if errors.Is(err, k) {
			return k
		}
	}
	if errors.Is(err, os.ErrPermission) || strings.Contains(err.Error(), "is a folder") {
		return ErrReadOnly
	}
	return nil
}

// Path is the library's file.
func (s *Store) Path() string { return s.path }

// Close waits for queued writes, stops background indexing and closes
// the database.
func (s *Store) Close() error {
	s.qmu.Lock()
	if s.closed {
		s.qmu.Unlock()
		return nil
	}
	s.closed = true
	close(s.queue)
	s.qmu.Unlock()
	<-s.wdone
	s.cancel()
	s.bg.Wait()
	return s.db.Close()
}

// Err is the last error a queued write or background job met, or nil.
func (s *Store) Err() error {
	s.errMu.Lock()
	defer s.errMu.Unlock()
	return s.lastErr
}

func (s *Store) setErr(err error) {
	if err == nil || errors.Is(err, context.Canceled) {
		return
	}
	s.errMu.Lock()
	s.lastErr = err
	s.errMu.Unlock()
}

// write queues fn to run in its own transaction, in order after every
// write queued before it. After Close it is dropped.
func (s *Store) write(fn func(*sql.Tx) error) {
	s.qmu.Lock()
	defer s.qmu.Unlock()
	if s.closed {
		return
	}
	s.queue <- job{fn: fn}
}

// Flush waits until every write queued so far is committed (or failed).
func (s *Store) Flush() {
	done := make(chan struct{})
	s.qmu.Lock()
	if s.closed {
		s.qmu.Unlock()
		return
	}
	s.queue <- job{done: done}
	s.qmu.Unlock()
	<-done
}

func (s *Store) writer() {
	defer close(s.wdone)
	for j := range s.queue {
		if j.fn != nil {
			s.setErr(s.tx(j.fn))
		}
		if j.done != nil {
			close(j.done)
		}
	}
}

// tx runs fn in a transaction (BEGIN IMMEDIATE: see _txlock).
func (s *Store) tx(fn func(*sql.Tx) error) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

func (s *Store) nowNano() int64 { return s.now().UnixNano() }

// CheckIntegrity runs SQLite's integrity check: nil when the file is sound.
func (s *Store) CheckIntegrity() error {
	rows, err := s.db.Query("PRAGMA integrity_check")
	if err != nil {
		return err
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return err
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(problems) > 0 {
		return fmt.Errorf("%w: %s", ErrCorrupt, strings.Join(problems, "; "))
	}
	return nil
}
