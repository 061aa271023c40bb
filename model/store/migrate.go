package store

import (
	"database/sql"
	"fmt"
)

// migrations take a library from schema version i to i+1 (PRAGMA
// user_version is the number applied). They only ever add: a library from
// an older dealwire is brought up to date, never discarded.
var migrations = []string{
	// 1: read state and stars per reader, visits.
	`CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
	CREATE TABLE article_state(
		reader TEXT NOT NULL,
		hash TEXT NOT NULL,
		read INTEGER NOT NULL DEFAULT 0,
		read_at INTEGER,
		PRIMARY KEY(reader, hash)) WITHOUT ROWID;
	CREATE TABLE stars(
		reader TEXT NOT NULL,
		kind TEXT NOT NULL,
		key TEXT NOT NULL,
		at INTEGER NOT NULL,
		PRIMARY KEY(reader, kind, key)) WITHOUT ROWID;
	CREATE TABLE readers(reader TEXT PRIMARY KEY, last_visit INTEGER) WITHOUT ROWID;`,

	// 2: scroll positions, the watchlist, and when each article first arrived.
	`ALTER TABLE article_state ADD COLUMN scroll REAL NOT NULL DEFAULT 0;
	CREATE TABLE watch(
		reader TEXT NOT NULL,
		company TEXT NOT NULL,
		at INTEGER NOT NULL,
		PRIMARY KEY(reader, company)) WITHOUT ROWID;
	CREATE TABLE arrivals(hash TEXT PRIMARY KEY, first_seen INTEGER NOT NULL) WITHOUT ROWID;`,

	// 3: the full-text index. docs maps an article's content hash to its
	// row; rows are numbered by publication date so that "newest first"
	// is FTS5's own rowid order, with no sort.
	`CREATE TABLE docs(id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, bytes INTEGER NOT NULL);
	CREATE VIRTUAL TABLE fts USING fts5(hash UNINDEXED, title, source, body,
		tokenize = 'unicode61 remove_diacritics 2');`,
}

// SchemaVersion is the schema this dealwire writes.
var SchemaVersion = len(migrations)

// migrate applies the migrations up to version target in one transaction.
func migrate(db *sql.DB, target int) error {
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v > len(migrations) {
		return fmt.Errorf("%w: schema version %d, this dealwire knows up to %d", ErrNewer, v, len(migrations))
	}
	if v == 0 {
		// A file with tables but no version is not ours.
		var n int
		if err := tx.QueryRow("SELECT count(*) FROM sqlite_master").Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("%w: it holds tables but no dealwire schema version", ErrCorrupt)
		}
	}
	if v >= target {
		return nil
	}
	for i := v; i < target; i++ {
		if _, err := tx.Exec(migrations[i]); err != nil {
			return fmt.Errorf("migrating the library to version %d: %w", i+1, err)
		}
	}
	if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", target)); err != nil {
		return err
	}
	return tx.Commit()
}
