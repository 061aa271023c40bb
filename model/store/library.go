package store

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"dealwire/model"
)

// Library is one corpus in one store: when each of its articles first
// arrived, and the full-text index over them. One is built per corpus and
// shared by every reader of it (every SSH visitor); the work runs in the
// background from the first call to Store.Library.
type Library struct {
	s     *Store
	c     *model.Corpus
	keys  []string                  // article keys, corpus order
	byKey map[string]*model.Article // key -> article

	arrivedOnce chan struct{} // closed when arrivals is filled
	arrivals    map[string]int64
	seenAt      int64 // when this corpus was opened: the arrival time of what is new in it

	indexed atomic.Int64 // articles of this corpus in the index
	bytes   atomic.Int64 // bytes of text indexed by this build
	done    chan struct{}
	errMu   sync.Mutex
	err     error
	took    time.Duration
}

// Library returns the library of corpus c in this store, starting its
// background work (arrival times, then the index) on the first call.
// Articles new to the store arrive at the time of that first call: open
// the library before a Reader, so that what arrives with this corpus is
// new at the reader's next visit, not this one's.
func (s *Store) Library(c *model.Corpus) *Library {
	s.libMu.Lock()
	defer s.libMu.Unlock()
	if l, ok := s.libs[c]; ok {
		return l
	}
	l := &Library{s: s, c: c, byKey: make(map[string]*model.Article, len(c.Articles)),
		arrivedOnce: make(chan struct{}), done: make(chan struct{}), seenAt: s.nowNano()}
	for i := range c.Articles {
		a := &c.Articles[i]
		k := a.Key()
		if _, dup := l.byKey[k]; !dup {
			l.byKey[k] = a
			l.keys = append(l.keys, k)
		}
	}
	s.libs[c] = l
	s.bg.Add(1)
	go func() {
		defer s.bg.Done()
		defer close(l.done)
		start := time.Now()
		err := l.recordArrivals(s.ctx)
		close(l.arrivedOnce)
		if err == nil {
			err = l.build(s.ctx)
		}
		l.errMu.Lock()
		l.err, l.took = err, time.Since(start)
		l.errMu.Unlock()
		s.setErr(err)
	}()
	return l
}

// Key is an article's key as this library knows it.
func (l *Library) Article(key string) (*model.Article, bool) {
	a, ok := l.byKey[key]
	return a, ok
}

// ArrivalsKnown is closed once arrival times are known (NewSince works).
func (l *Library) ArrivalsKnown() <-chan struct{} { return l.arrivedOnce }

// Done is closed when the background work has finished (or failed).
func (l *Library) Done() <-chan struct{} { return l.done }

// Progress is how many of the corpus's articles are in the index, of how many.
func (l *Library) Progress() (indexed, total int) {
	return int(l.indexed.Load()), len(l.keys)
}

// Err is what stopped the background work, if anything.
func (l *Library) Err() error {
	l.errMu.Lock()
	defer l.errMu.Unlock()
	return l.err
}

// BuildStats is how many bytes of text this run indexed and how long the
// background work took (valid after Done).
func (l *Library) BuildStats() (bytes int64, took time.Duration) {
	l.errMu.Lock()
	defer l.errMu.Unlock()
	return l.bytes.Load(), l.took
}

// Arrived is when the article first appeared in this library (zero if not
// known yet).
func (l *Library) Arrived(key string) time.Time {
	select {
	case <-l.arrivedOnce:
	default:
		return time.Time{}
	}
	if t, ok := l.arrivals[key]; ok {
		return time.Unix(0, t)
	}
	return time.Time{}
}

// NewSince reports whether the article arrived after t. On a first visit
// (t zero) nothing is new.
func (l *Library) NewSince(key string, t time.Time) bool {
	if t.IsZero() {
		return false
	}
	a := l.Arrived(key)
	return !a.IsZero() && a.After(t)
}

const batch = 1024

// recordArrivals notes the first time each article of the corpus was seen.
func (l *Library) recordArrivals(ctx context.Context) error {
	known := make(map[string]int64, len(l.keys))
	rows, err := l.s.db.QueryContext(ctx, "SELECT hash, first_seen FROM arrivals")
	if err != nil {
		return err
	}
	for rows.Next() {
		var h string
		var at int64
		if err := rows.Scan(&h, &at); err != nil {
			rows.Close()
			return err
		}
		if _, ok := l.byKey[h]; ok {
			known[h] = at
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	var missing []string
	for _, k := range l.keys {
		if _, ok := known[k]; !ok {
			missing = append(missing, k)
		}
	}
	now := l.seenAt
	for len(missing) > 0 {
		n := min(len(missing), 4*batch)
		part := missing[:n]
		missing = missing[n:]
		err := l.s.tx(func(tx *sql.Tx) error {
			st, err := tx.Prepare("INSERT INTO arrivals(hash, first_seen) VALUES(?, ?) ON CONFLICT(hash) DO NOTHING")
			if err != nil {
				return err
			}
			defer st.Close()
			for _, k := range part {
				if _, err := st.Exec(k, now); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range part {
			known[k] = now // another process may have been first by a hair: close enough
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	l.arrivals = known
	return nil
}

// dateKey numbers an article's row by its publication date, YYYYMMDD
// (0 when undated), so that rowid order is date order.
func dateKey(published string) int64 {
	if len(published) < 4 {
		return 0
	}
	digits := strings.ReplaceAll(published, "-", "")
	for len(digits) < 8 {
		digits += "00"
	}
	n, err := strconv.ParseInt(digits[:8], 10, 64)
	if err != nil || n < 0 {
		return 0
	}
	return n
}

// rowID is where an article goes in the index: date in the high bits,
// 28 bits of its hash below (a collision moves it on by one).
func rowID(a *model.Article, key string) int64 {
	var low int64
	for i := 0; i < 7 && i < len(key); i++ {
		low = low<<4 | int64(hexVal(key[i]))
	}
	return dateKey(a.Published)<<28 | low
}

func hexVal(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10
	}
	return c & 0xf
}

// build indexes every article of the corpus not yet in the index, a batch
// per transaction so that other writers (state changes, other processes)
// wait at most one batch.
func (l *Library) build(ctx context.Context) error {
	have := make(map[string]bool, len(l.keys))
	rows, err := l.s.db.QueryContext(ctx, "SELECT hash FROM docs")
	if err != nil {
		return err
	}
	for rows.Next() {
		var h string
		if err := rows.Scan(&h); err != nil {
			rows.Close()
			return err
		}
		if _, ok := l.byKey[h]; ok {
			have[h] = true
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	var todo []string
	for _, k := range l.keys {
		if !have[k] {
			todo = append(todo, k)
		}
	}
	l.indexed.Store(int64(len(have)))
	for len(todo) > 0 {
		if err := ctx.Err(); err != nil {
			return err
		}
		n := min(len(todo), batch)
		part := todo[:n]
		todo = todo[n:]
		var size int64
		err := l.s.tx(func(tx *sql.Tx) error {
			size = 0
			doc, err := tx.Prepare("INSERT INTO docs(id, hash, bytes) VALUES(?, ?, ?) ON CONFLICT DO NOTHING")
			if err != nil {
				return err
			}
			defer doc.Close()
			ins, err := tx.Prepare("INSERT INTO fts(rowid, hash, title, source, body) VALUES(?, ?, ?, ?, ?)")
			if err != nil {
				return err
			}
			defer ins.Close()
			for _, k := range part {
				a := l.byKey[k]
				title, source, body := Normalize(a.Title), Normalize(a.Source), Normalize(a.Body)
				n := int64(len(title) + len(source) + len(body))
				id := rowID(a, k)
				var added bool
				for try := 0; try < 64 && !added; try++ {
					res, err := doc.Exec(id+int64(try), k, n)
					if err != nil {
						return err
					}
					if c, _ := res.RowsAffected(); c == 1 {
						id += int64(try)
						added = true
					} else {
						var there int
						if err := tx.QueryRow("SELECT count(*) FROM docs WHERE hash = ?", k).Scan(&there); err != nil {
							return err
						}
						if there > 0 { // another process indexed it meanwhile
							break
						}
					}
				}
				if !added {
					continue
				}
				if _, err := ins.Exec(id, k, title, source, body); err != nil {
					return err
				}
				size += n
			}
			return nil
		})
		if err != nil {
			return err
		}
		l.bytes.Add(size)
		l.indexed.Add(int64(n))
	}
	return nil
}

// Order is how search results are sorted.
type Order int

const (
	Newest    Order = iota // publication date, newest first
	Relevance              // BM25, titles weighing most
)

// Segment is a piece of a snippet; Hit pieces are what matched.
type Segment struct {
	Text string
	Hit  bool
}

// Hit is one article found by a search.
type Hit struct {
	Article *model.Article
	Snippet []Segment
}

// Snippet markers inside SQLite; never in cleaned text.
const markOn, markOff = "\x01", "\x02"

// ErrNoQuery says the query had nothing to search for.
var ErrNoQuery = errors.New("nothing to search for")

// Search finds the corpus's articles matching q (see MatchExpr), at most
// limit of them, and reports whether there were more. Articles not yet
// indexed are not found; the index may hold articles of other corpora,
// which are skipped.
func (l *Library) Search(ctx context.Context, q string, order Order, limit int) ([]Hit, bool, error) {
	expr := MatchExpr(q)
	if expr == "" {
		return nil, false, ErrNoQuery
	}
	if order == Relevance {
		return l.searchRelevance(ctx, expr, limit)
	}
	rows, err := l.s.db.QueryContext(ctx,
		"SELECT hash, snippet(fts, -1, char(1), char(2), '…', 24) FROM fts WHERE fts MATCH ? ORDER BY rowid DESC", expr)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	var out []Hit
	more := false
	for rows.Next() {
		var h, snip string
		if err := rows.Scan(&h, &snip); err != nil {
			return nil, false, err
		}
		a, ok := l.byKey[h]
		if !ok {
			continue
		}
		if len(out) == limit {
			more = true
			break
		}
		out = append(out, Hit{Article: a, Snippet: segments(snip)})
	}
	if err := rows.Err(); err != nil {
		return nil, false, err
	}
	return out, more, nil
}

// searchRelevance ranks by BM25 (titles weigh most) without computing a
// snippet for every match: the best rows first, then a snippet for each.
func (l *Library) searchRelevance(ctx context.Context, expr string, limit int) ([]Hit, bool, error) {
	for want := limit + 1; ; want *= 4 {
		rows, err := l.s.db.QueryContext(ctx, `SELECT f.rowid, d.hash FROM
			(SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 0.0, 5.0, 1.0, 1.0) LIMIT ?) f
			JOIN docs d ON d.id = f.rowid`, expr, want)
		if err != nil {
			return nil, false, err
		}
		type found struct {
			id int64
			a  *model.Article
		}
		var got []found
		n := 0
		for rows.Next() {
			var id int64
			var h string
			if err := rows.Scan(&id, &h); err != nil {
				rows.Close()
				return nil, false, err
			}
			n++
			if a, ok := l.byKey[h]; ok {
				got = append(got, found{id, a})
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, false, err
		}
		if len(got) <= limit && n == want { // rows of other corpora took places: ask for more
			continue
		}
		more := len(got) > limit
		got = got[:min(len(got), limit)]
		out := make([]Hit, 0, len(got))
		for _, f := range got {
			var snip string
			err := l.s.db.QueryRowContext(ctx, "SELECT snippet(fts, -1, char(1), char(2), '…', 24) FROM fts WHERE fts MATCH ? AND rowid = ?",
				expr, f.id).Scan(&snip)
			if err != nil {
				return nil, false, err
			}
			out = append(out, Hit{Article: f.a, Snippet: segments(snip)})
		}
		return out, more, nil
	}
}

// segments splits a snippet at its hit markers, lines joined.
func segments(s string) []Segment {
	s = strings.Join(strings.Fields(s), " ")
	var out []Segment
	for s != "" {
		i := strings.Index(s, markOn)
		if i < 0 {
			out = append(out, Segment{Text: s})
			break
		}
		if i > 0 {
			out = append(out, Segment{Text: s[:i]})
		}
		s = s[i+1:]
		j := strings.Index(s, markOff)
		if j < 0 {
			j = len(s)
		}
		out = append(out, Segment{Text: s[:j], Hit: true})
		s = s[min(j+1, len(s)):]
	}
	return out
}
