// Package sshserve serves dealwire's browser to SSH visitors: one corpus,
// loaded once and shared read-only, and one bubbletea program per session,
// each with its own size, colours and position.
//
// It is built on charmbracelet/wish and charmbracelet/ssh, and works around
// the faults of that stack listed in issue 5: its own bubbletea handler
// whose resize path never blocks, recover inside every session and goroutine,
// a login grace deadline and connection caps checked before the handshake,
// and a bounded graceful shutdown.
package sshserve

import (
	"io"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/log"

	"dealwire/model"
)

// Defaults for the knobs of Config. The CLI exposes the first five.
const (
	DefaultListen          = "127.0.0.1:23234"
	DefaultMaxSessions     = 100
	DefaultIdleTimeout     = 15 * time.Minute
	DefaultLoginGrace      = 30 * time.Second
	DefaultShutdownTimeout = 10 * time.Second
	// How long a terminal gets to say its background colour. Terminals
	// answer in milliseconds; this only delays clients that are not
	// terminals (or do not answer DA1).
	DefaultBackgroundQuery = 500 * time.Millisecond

	// Like OpenSSH's MaxSessions: a visitor needs one, a multiplexed
	// client a few more; nobody needs hundreds over one connection.
	DefaultMaxSessionsPerConn = 4
	// Concurrent connections from one IP. A team behind one NAT shares an
	// address, so this is not 1.
	DefaultMaxConnsPerAddr = 16
	// New connections per second from one IP, with a burst allowance.
	DefaultConnRate  = 2.0
	DefaultConnBurst = 16
)

// ModelFactory builds the program one visitor sees, styled by r, the
// renderer made for that visitor's terminal. The serve command passes one
// that calls tui.New; tests inject their own. This package does not import
// tui, so the server and the browser can change independently.
type ModelFactory func(c *model.Corpus, r *lipgloss.Renderer) tea.Model

// Visitor is who a session belongs to, as the server proved it.
type Visitor struct {
	User string // as the client sent it: not proof of anything
	// KeyFingerprint is the SHA256 fingerprint of the public key the
	// visitor authenticated with: who they are, for state kept per visitor.
	KeyFingerprint string
}

// VisitorModelFactory is ModelFactory told who the visitor is.
type VisitorModelFactory func(c *model.Corpus, r *lipgloss.Renderer, v Visitor) tea.Model

// Config is everything the server needs. Zero values take the defaults
// above, except MaxTimeout (zero: sessions are not cut by age) and
// AuthorizedKeysFile (empty: any public key gets in, with a warning).
type Config struct {
	Listen             string
	HostKeyFile        string // created as an ed25519 key, mode 0600, when absent
	AuthorizedKeysFile string

	MaxSessions        int // concurrent sessions, and connections, server-wide
	MaxSessionsPerConn int
	MaxConnsPerAddr    int
	ConnRate           float64 // new connections per second per address
	ConnBurst          int

	IdleTimeout     time.Duration // no traffic, or no input from the visitor (keepalives are not input), for this long ends the session
	MaxTimeout      time.Duration // a connection's absolute lifetime; 0 = none
	LoginGrace      time.Duration // handshake, auth and the first session must fit in this
	ShutdownTimeout time.Duration // graceful shutdown bound before connections are cut
	// BackgroundQuery bounds the wait for the terminal's background colour
	// when the client sent no COLORFGBG; negative: never ask.
	BackgroundQuery time.Duration

	NewModel ModelFactory // this or NewVisitorModel is required
	// NewVisitorModel, when set, is used instead of NewModel.
	NewVisitorModel VisitorModelFactory
	Logger          *log.Logger // nil: a logger on LogOut
	LogOut          io.Writer   // nil: os.Stderr
}

func (c Config) withDefaults() Config {
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	if c.MaxSessions <= 0 {
		c.MaxSessions = DefaultMaxSessions
	}
	if c.MaxSessionsPerConn <= 0 {
		c.MaxSessionsPerConn = DefaultMaxSessionsPerConn
	}
	if c.MaxConnsPerAddr <= 0 {
		c.MaxConnsPerAddr = DefaultMaxConnsPerAddr
	}
	if c.ConnRate <= 0 {
		c.ConnRate = DefaultConnRate
	}
	if c.ConnBurst <= 0 {
		c.ConnBurst = DefaultConnBurst
	}
	if c.IdleTimeout < 0 {
		c.IdleTimeout = 0
	}
	if c.MaxTimeout < 0 {
		c.MaxTimeout = 0
	}
	if c.LoginGrace <= 0 {
		c.LoginGrace = DefaultLoginGrace
	}
	if c.BackgroundQuery == 0 {
		c.BackgroundQuery = DefaultBackgroundQuery
	}
	if c.ShutdownTimeout <= 0 {
		c.ShutdownTimeout = DefaultShutdownTimeout
	}
	return c
}
