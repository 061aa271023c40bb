package store

import (
	"database/sql"
	"sort"
	"sync"
	"time"
)

// Kind is what a star is on.
type Kind string

// Things that can be starred, keyed by article content hash, deal id and
// canonical company name.
const (
	KindArticle Kind = "article"
	KindDeal    Kind = "deal"
	KindCompany Kind = "company"
)

// Reader is one reader's state: loaded once, kept in memory, every change
// written through in order. A Reader without a Store (Memory) remembers
// for the session only and writes nothing.
type Reader struct {
	s    *Store // nil: memory only
	name string

	mu     sync.Mutex
	read   map[string]bool
	scroll map[string]float64
	stars  map[Kind]map[string]bool
	watch  map[string]bool
	prev   time.Time // the visit before this one; zero on the first
}

func newReader(s *Store, name string) *Reader {
	return &Reader{s: s, name: name, read: map[string]bool{}, scroll: map[string]float64{},
		stars: map[Kind]map[string]bool{KindArticle: {}, KindDeal: {}, KindCompany: {}}, watch: map[string]bool{}}
}

// Memory is a reader whose state lasts only as long as the program.
func Memory(name string) *Reader { return newReader(nil, name) }

// Reader loads name's state and records this visit: PrevVisit is then the
// start of the visit before, and the next Reader(name) sees this one.
func (s *Store) Reader(name string) (*Reader, error) {
	r := newReader(s, name)
	now := s.nowNano()
	err := s.tx(func(tx *sql.Tx) error {
		var last sql.NullInt64
		err := tx.QueryRow("SELECT last_visit FROM readers WHERE reader = ?", name).Scan(&last)
		if err != nil && err != sql.ErrNoRows {
			return err
		}
		if last.Valid && last.Int64 > 0 {
			r.prev = time.Unix(0, last.Int64)
		}
		if _, err := tx.Exec(`INSERT INTO readers(reader, last_visit) VALUES(?, ?)
			ON CONFLICT(reader) DO UPDATE SET last_visit = excluded.last_visit`, name, now); err != nil {
			return err
		}
		rows, err := tx.Query("SELECT hash, read, scroll FROM article_state WHERE reader = ?", name)
		if err != nil {
			return err
		}
		for rows.Next() {
			var h string
			var read bool
			var scroll float64
			if err := rows.Scan(&h, &read, &scroll); err != nil {
				rows.Close()
				return err
			}
			if read {
				r.read[h] = true
			}
			if scroll > 0 {
				r.scroll[h] = scroll
			}
		}
		rows.Close()
		if rows, err = tx.Query("SELECT kind, key FROM stars WHERE reader = ?", name); err != nil {
			return err
		}
		for rows.Next() {
			var k, key string
			if err := rows.Scan(&k, &key); err != nil {
				rows.Close()
				return err
			}
			if m := r.stars[Kind(k)]; m != nil {
				m[key] = true
			}
		}
		rows.Close()
		if rows, err = tx.Query("SELECT company FROM watch WHERE reader = ?", name); err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var co string
			if err := rows.Scan(&co); err != nil {
				return err
			}
			r.watch[co] = true
		}
		return rows.Err()
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// Name is who this state belongs to.
func (r *Reader) Name() string { return r.name }

// Persistent reports whether changes are saved.
func (r *Reader) Persistent() bool { return r.s != nil }

// PrevVisit is when this reader's previous visit began; zero on a first visit.
func (r *Reader) PrevVisit() time.Time {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.prev
}

// IsRead reports whether the article with this content hash was read.
func (r *Reader) IsRead(hash string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.read[hash]
}

// SetRead marks an article read or unread.
func (r *Reader) SetRead(hash string, read bool) {
	r.mu.Lock()
	if r.read[hash] == read {
		r.mu.Unlock()
		return
	}
	if read {
		r.read[hash] = true
	} else {
		delete(r.read, hash)
	}
	r.mu.Unlock()
	if r.s == nil {
		return
	}
	at := r.s.nowNano()
	name := r.name
	r.s.write(func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO article_state(reader, hash, read, read_at) VALUES(?, ?, ?, ?)
			ON CONFLICT(reader, hash) DO UPDATE SET read = excluded.read, read_at = excluded.read_at`,
			name, hash, read, at)
		return err
	})
}

// ToggleRead flips an article's read state and returns the new one.
func (r *Reader) ToggleRead(hash string) bool {
	now := !r.IsRead(hash)
	r.SetRead(hash, now)
	return now
}

// ReadCount is how many articles this reader has read (in any corpus).
func (r *Reader) ReadCount() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.read)
}

// Scroll is where the article was left, as a fraction of its length.
func (r *Reader) Scroll(hash string) float64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.scroll[hash]
}

// SetScroll remembers where the article was left (0..1).
func (r *Reader) SetScroll(hash string, at float64) {
	at = min(max(at, 0), 1)
	r.mu.Lock()
	if r.scroll[hash] == at {
		r.mu.Unlock()
		return
	}
	if at == 0 {
		delete(r.scroll, hash)
	} else {
		r.scroll[hash] = at
	}
	r.mu.Unlock()
	if r.s == nil {
		return
	}
	name := r.name
	r.s.write(func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO article_state(reader, hash, scroll) VALUES(?, ?, ?)
			ON CONFLICT(reader, hash) DO UPDATE SET scroll = excluded.scroll`, name, hash, at)
		return err
	})
}

// Starred reports whether the reader starred this article (hash), deal
// (id) or company (name).
func (r *Reader) Starred(kind Kind, key string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stars[kind][key]
}

// ToggleStar stars or unstars and returns whether it is now starred.
func (r *Reader) ToggleStar(kind Kind, key string) bool {
	r.mu.Lock()
	m := r.stars[kind]
	r.mu.Unlock()
	if m == nil {
		return false
	}
	return r.toggle(m, key,
		`INSERT OR REPLACE INTO stars(reader, kind, key, at) VALUES(?, ?, ?, ?)`,
		`DELETE FROM stars WHERE reader = ? AND kind = ? AND key = ?`, string(kind), key)
}

// toggle flips key in a set of the reader's and writes the change with
// the insert (args, then the time) or the delete statement (args); the
// reader's name comes first in both.
func (r *Reader) toggle(set map[string]bool, key, insert, del string, args ...any) bool {
	r.mu.Lock()
	on := !set[key]
	if on {
		set[key] = true
	} else {
		delete(set, key)
	}
	r.mu.Unlock()
	if r.s != nil {
		name, at := r.name, r.s.nowNano()
		r.s.write(func(tx *sql.Tx) error {
			var err error
			if on {
				_, err = tx.Exec(insert, append(append([]any{name}, args...), at)...)
			} else {
				_, err = tx.Exec(del, append([]any{name}, args...)...)
			}
			return err
		})
	}
	return on
}

// Stars lists what the reader starred of one kind, sorted.
func (r *Reader) Stars(kind Kind) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return sortedKeys(r.stars[kind])
}

// Watching reports whether the company is on the reader's watchlist.
func (r *Reader) Watching(company string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.watch[company]
}

// ToggleWatch adds the company to the watchlist or takes it off, and
// returns whether it is now watched.
func (r *Reader) ToggleWatch(company string) bool {
	r.mu.Lock()
	m := r.watch
	r.mu.Unlock()
	return r.toggle(m, company,
		`INSERT OR REPLACE INTO watch(reader, company, at) VALUES(?, ?, ?)`,
		`DELETE FROM watch WHERE reader = ? AND company = ?`, company)
}

// Watched lists the watched companies, sorted.
func (r *Reader) Watched() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return sortedKeys(r.watch)
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
