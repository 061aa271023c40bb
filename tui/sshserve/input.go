package sshserve

import (
	"io"
	"sync/atomic"
	"time"
)

// sessionInput carries a visitor's input to the program through one reader
// goroutine of its own. That lets the server read the terminal's answer to
// a query first, under a deadline, and hand whatever else was typed
// meanwhile on to the program; and the program's reads end with the
// session instead of staying blocked in the channel.
type sessionInput struct {
	chunks  chan []byte
	done    <-chan struct{}
	pending []byte
	last    atomic.Int64 // unix nanoseconds of the visitor's last keystroke (or mouse event)
}

// newSessionInput returns an input fed by pump, which the caller runs on a
// goroutine (with its own recover) until r ends or done closes.
func newSessionInput(done <-chan struct{}) *sessionInput {
	in := &sessionInput{chunks: make(chan []byte), done: done}
	in.last.Store(time.Now().UnixNano())
	return in
}

// idleFor is how long the visitor has typed nothing. SSH keepalives and
// window changes are not input: they do not count.
func (in *sessionInput) idleFor(now time.Time) time.Duration {
	return now.Sub(time.Unix(0, in.last.Load()))
}

func (in *sessionInput) pump(r io.Reader) {
	defer close(in.chunks)
	for {
		buf := make([]byte, 1024)
		n, err := r.Read(buf)
		if n > 0 {
			in.last.Store(time.Now().UnixNano())
			select {
			case in.chunks <- buf[:n]:
			case <-in.done:
				return
			}
		}
		if err != nil {
			return
		}
	}
}

func (in *sessionInput) Read(p []byte) (int, error) {
	if len(in.pending) == 0 {
		select {
		case chunk, ok := <-in.chunks:
			if !ok {
				return 0, io.EOF
			}
			in.pending = chunk
		case <-in.done:
			return 0, io.EOF
		}
	}
	n := copy(p, in.pending)
	in.pending = in.pending[n:]
	return n, nil
}

// maxCollect bounds what collect keeps: an answer is a few dozen bytes.
const maxCollect = 64 << 10

// collect reads until complete says the input so far is enough, the
// timeout passes, or the session ends; it returns everything read. Use
// unread to give the program what was not the answer.
func (in *sessionInput) collect(timeout time.Duration, complete func([]byte) bool) []byte {
	var got []byte
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for !complete(got) && len(got) < maxCollect {
		select {
		case chunk, ok := <-in.chunks:
			if !ok {
				return got
			}
			got = append(got, chunk...)
		case <-timer.C:
			return got
		case <-in.done:
			return got
		}
	}
	return got
}

// unread puts b back in front of the input.
func (in *sessionInput) unread(b []byte) {
	if len(b) > 0 {
		in.pending = append(append([]byte(nil), b...), in.pending...)
	}
}
