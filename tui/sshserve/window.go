package sshserve

import "sync"

// The size the program is told, whatever the client claims: glamour's
// output grows with the width, so a window-change to width 200,000 would
// cost the server gigabytes. The terminal still has its own size; the
// program just never lays out wider or taller than this.
const (
	minWidth, maxWidth   = 20, 200
	minHeight, maxHeight = 5, 100
	// A pty-req may say 0x0 ("unknown").
	fallbackWidth, fallbackHeight = 80, 24
)

func clampWindow(w, h int) (int, int) {
	if w <= 0 {
		w = fallbackWidth
	}
	if h <= 0 {
		h = fallbackHeight
	}
	return min(max(w, minWidth), maxWidth), min(max(h, minHeight), maxHeight)
}

// latestWindow is a one-slot mailbox for window sizes that never blocks the
// sender: a new size replaces one not yet taken. charmbracelet/ssh's own
// path does a blocking send into a one-slot channel from its request loop,
// which wedges the whole session when sizes come faster than they are read
// (or before anyone reads them: pty-req, two window-changes, then shell).
type latestWindow struct {
	mu      sync.Mutex
	w, h    int
	pending bool
	ready   chan struct{} // one slot: "something is pending"
}

func newLatestWindow() *latestWindow {
	return &latestWindow{ready: make(chan struct{}, 1)}
}

// set records a size (raw, as the client sent it) and never waits.
func (b *latestWindow) set(w, h int) {
	b.mu.Lock()
	b.w, b.h, b.pending = w, h, true
	b.mu.Unlock()
	b.signal()
}

// take returns the newest size not yet taken, if any.
func (b *latestWindow) take() (w, h int, ok bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.pending {
		return 0, 0, false
	}
	b.pending = false
	return b.w, b.h, true
}

// offer sets a size only if none is pending: the pty-req's size counts
// unless window-changes arrived before the program started.
func (b *latestWindow) offer(w, h int) {
	b.mu.Lock()
	if b.pending {
		b.mu.Unlock()
		return
	}
	b.w, b.h, b.pending = w, h, true
	b.mu.Unlock()
	b.signal()
}

func (b *latestWindow) signal() {
	select {
	case b.ready <- struct{}{}:
	default: // already signalled; the reader will take the newest size
	}
}
