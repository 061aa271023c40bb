package sshserve

import (
	"sync"
	"time"
)

// connRate is a token bucket per remote address: each new connection takes
// a token, tokens come back at rate per second up to burst. It is checked
// in Accept, before any handshake work is spent on the connection.
type connRate struct {
	rate  float64
	burst float64

	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

// maxBuckets bounds the table an address-spraying client could grow.
const maxBuckets = 4096

func newConnRate(rate float64, burst int) *connRate {
	return &connRate{rate: rate, burst: float64(burst), buckets: map[string]*bucket{}}
}

func (r *connRate) allow(addr string, now time.Time) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	b, ok := r.buckets[addr]
	if !ok {
		if len(r.buckets) >= maxBuckets {
			r.prune(now)
		}
		b = &bucket{tokens: r.burst, last: now}
		r.buckets[addr] = b
	}
	b.tokens = min(r.burst, b.tokens+now.Sub(b.last).Seconds()*r.rate)
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// prune forgets addresses whose bucket has refilled: forgetting them
// changes nothing. If the table is still full, the addresses idle longest
// go first, then any, until it has room: under such a spray, forgetting a
// throttled address is better than an unbounded table.
func (r *connRate) prune(now time.Time) {
	full := time.Duration(r.burst / r.rate * float64(time.Second))
	for addr, b := range r.buckets {
		if now.Sub(b.last) >= full {
			delete(r.buckets, addr)
		}
	}
	if len(r.buckets) < maxBuckets {
		return
	}
	cut := now.Add(-full / 2)
	for addr, b := range r.buckets {
		if b.last.Before(cut) || len(r.buckets) >= maxBuckets {
			delete(r.buckets, addr)
		}
	}
}
