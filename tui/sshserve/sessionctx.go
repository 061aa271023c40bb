package sshserve

import (
	"context"
	"sync"
	"time"

	"github.com/charmbracelet/ssh"
)

// sessionContext is one session's ssh.Context. charmbracelet/ssh hands
// every session of a connection the same context, so per-session values
// (the session itself, its window mailbox, the emulated-pty flag) would
// overwrite each other; and that context ends only with the connection.
// This one keeps its own values over the connection's and ends with the
// session as well.
type sessionContext struct {
	ssh.Context // the connection's: metadata, permissions, lock
	done        context.Context
	cancel      context.CancelFunc

	win *latestWindow // sizes from window-change requests, newest wins

	mu        sync.Mutex
	values    map[any]any
	endReason string
}

func newSessionContext(conn ssh.Context) *sessionContext {
	done, cancel := context.WithCancel(conn)
	return &sessionContext{
		Context: conn, done: done, cancel: cancel,
		win: newLatestWindow(), values: map[any]any{},
	}
}

func (c *sessionContext) Value(key any) any {
	c.mu.Lock()
	v, ok := c.values[key]
	c.mu.Unlock()
	if ok {
		return v
	}
	return c.Context.Value(key)
}

func (c *sessionContext) SetValue(key, value any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.values[key] = value
}

func (c *sessionContext) Done() <-chan struct{}       { return c.done.Done() }
func (c *sessionContext) Err() error                  { return c.done.Err() }
func (c *sessionContext) Deadline() (time.Time, bool) { return c.done.Deadline() }

// end ends the session; a non-empty reason is told to the visitor (the
// first one given wins).
func (c *sessionContext) end(reason string) {
	c.mu.Lock()
	if c.endReason == "" {
		c.endReason = reason
	}
	c.mu.Unlock()
	c.cancel()
}

func (c *sessionContext) reason() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.endReason
}

type ctxKey struct{ name string }

// connKey holds the *gatedConn on the connection's context.
var connKey = &ctxKey{"dealwire-conn"}
