package sshserve

import (
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/log"
)

// gateListener admits connections before charmbracelet/ssh sees them:
// charmbracelet/ssh has no handshake timeout and no connection caps, so a
// client could hold any number of unauthenticated connections forever.
// Here every accepted connection passes a per-address rate limit, a global
// cap and a per-address cap, and gets a login grace deadline.
type gateListener struct {
	net.Listener
	maxConns   int
	maxPerAddr int
	rate       *connRate
	grace      time.Duration
	idle, max  time.Duration // the deadlines charmbracelet/ssh applies after login
	log        *log.Logger

	refused refusalLog

	mu      sync.Mutex
	perAddr map[string]int
	conns   map[*gatedConn]struct{}
}

// refusalLog logs refused connections at most once a second, with how
// many were refused since: a flood of connections must not become a flood
// of log lines.
type refusalLog struct {
	mu    sync.Mutex
	last  time.Time
	count int
}

func (r *refusalLog) note(logger *log.Logger, remote, reason string, now time.Time) {
	r.mu.Lock()
	r.count++
	if now.Sub(r.last) < time.Second {
		r.mu.Unlock()
		return
	}
	count := r.count
	r.last, r.count = now, 0
	r.mu.Unlock()
	logger.Warn("connection refused", "remote", remote, "reason", reason, "refused", count)
}

func newGateListener(inner net.Listener, cfg Config, logger *log.Logger) *gateListener {
	return &gateListener{
		Listener:   inner,
		maxConns:   cfg.MaxSessions,
		maxPerAddr: cfg.MaxConnsPerAddr,
		rate:       newConnRate(cfg.ConnRate, cfg.ConnBurst),
		grace:      cfg.LoginGrace,
		idle:       cfg.IdleTimeout,
		max:        cfg.MaxTimeout,
		log:        logger,
		perAddr:    map[string]int{},
		conns:      map[*gatedConn]struct{}{},
	}
}

// Accept returns the next admitted connection. Refused ones are closed at
// once, without a word: the SSH version exchange has not even started.
func (l *gateListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		addr := hostOf(c.RemoteAddr())
		if reason := l.admit(addr); reason != "" {
			l.refused.note(l.log, c.RemoteAddr().String(), reason, time.Now())
			_ = c.Close()
			continue
		}
		gc := &gatedConn{Conn: c, gate: l, addr: addr, opened: time.Now()}
		gc.graceUntil = gc.opened.Add(l.grace)
		_ = c.SetDeadline(gc.graceUntil)
		l.mu.Lock()
		l.conns[gc] = struct{}{}
		l.mu.Unlock()
		l.log.Info("connect", "remote", c.RemoteAddr().String())
		return gc, nil
	}
}

func (l *gateListener) admit(addr string) (refusal string) {
	if !l.rate.allow(addr, time.Now()) {
		return "rate limit"
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.conns) >= l.maxConns {
		return "server full"
	}
	if l.perAddr[addr] >= l.maxPerAddr {
		return "too many connections from this address"
	}
	l.perAddr[addr]++
	return ""
}

func (l *gateListener) release(c *gatedConn) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.conns[c]; !ok {
		return
	}
	delete(l.conns, c)
	if l.perAddr[c.addr]--; l.perAddr[c.addr] <= 0 {
		delete(l.perAddr, c.addr)
	}
}

// closeAll closes every connection still open, authenticated or not:
// charmbracelet/ssh's Close only knows connections past the handshake.
func (l *gateListener) closeAll() {
	l.mu.Lock()
	conns := make([]*gatedConn, 0, len(l.conns))
	for c := range l.conns {
		conns = append(conns, c)
	}
	l.mu.Unlock()
	for _, c := range conns {
		_ = c.Close()
	}
}

// open reports how many connections are admitted right now.
func (l *gateListener) open() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.conns)
}

// hostOf is the key connections are counted and rate-limited by: the
// IPv4 address, or the /64 network of an IPv6 one, since one client
// commonly holds a whole /64 and could otherwise take a new address for
// every connection.
func hostOf(a net.Addr) string {
	if tcp, ok := a.(*net.TCPAddr); ok {
		if tcp.IP.To4() == nil && len(tcp.IP) == net.IPv6len {
			return tcp.IP.Mask(net.CIDRMask(64, 128)).String() + "/64"
		}
		return tcp.IP.String()
	}
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return host
}

// gatedConn holds its slot until closed, and keeps the login grace deadline
// in force until the client has logged in and opened a session, whatever
// deadlines charmbracelet/ssh sets meanwhile (it resets them on every read).
type gatedConn struct {
	net.Conn
	gate   *gateListener
	addr   string
	opened time.Time

	sessions atomic.Int32 // open session channels, capped per connection

	mu         sync.Mutex
	graceUntil time.Time // zero once logged in
	closeOnce  sync.Once
}

func (c *gatedConn) SetDeadline(t time.Time) error { return c.Conn.SetDeadline(c.bound(t)) }
func (c *gatedConn) SetReadDeadline(t time.Time) error {
	return c.Conn.SetReadDeadline(c.bound(t))
}
func (c *gatedConn) SetWriteDeadline(t time.Time) error {
	return c.Conn.SetWriteDeadline(c.bound(t))
}

// bound returns the earlier of t and the grace deadline, if still in force.
func (c *gatedConn) bound(t time.Time) time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.graceUntil.IsZero() || (!t.IsZero() && t.Before(c.graceUntil)) {
		return t
	}
	return c.graceUntil
}

// loggedIn lifts the grace deadline and puts in place the one charmbracelet/ssh
// would have set, since a read may be pending under the grace deadline.
func (c *gatedConn) loggedIn() {
	c.mu.Lock()
	wasPending := !c.graceUntil.IsZero()
	c.graceUntil = time.Time{}
	c.mu.Unlock()
	if !wasPending {
		return
	}
	var d time.Time
	if c.gate.idle > 0 {
		d = time.Now().Add(c.gate.idle)
	}
	if c.gate.max > 0 {
		if end := c.opened.Add(c.gate.max); d.IsZero() || end.Before(d) {
			d = end
		}
	}
	_ = c.Conn.SetDeadline(d)
}

func (c *gatedConn) Close() error {
	err := c.Conn.Close()
	c.closeOnce.Do(func() {
		c.gate.release(c)
		c.gate.log.Info("disconnect", "remote", c.RemoteAddr().String(),
			"after", time.Since(c.opened).Round(time.Millisecond).String())
	})
	return err
}
