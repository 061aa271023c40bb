package sshserve

import (
	"fmt"
	"runtime/debug"
	"time"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// The session handler is a chain, outermost first, like soft-serve's:
// recover, log, auth re-check, active terminal, then the program.
// wish's own recover, logging and activeterm middlewares are not used:
// its recover covers only the middlewares passed to it, its logging prints
// the client's username raw (escape sequences reach the log), and its
// activeterm leaves the exit to the caller.

// recoverMiddleware ends a panicking session, never the server.
func (s *Server) recoverMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		defer func() {
			if r := recover(); r != nil {
				s.log.Error("session panic", "remote", sess.RemoteAddr().String(),
					"panic", fmt.Sprint(r), "stack", string(debug.Stack()))
				_, _ = fmt.Fprint(sess.Stderr(), "\r\ndealwire: internal error, session closed\r\n")
			}
		}()
		next(sess)
	}
}

// logMiddleware logs each session's start and end with its remote address,
// user and proven key. charmbracelet/log quotes and escapes every value, so
// a username full of escape sequences reaches the log as text.
func (s *Server) logMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		start := time.Now()
		pty, _, hasPty := sess.Pty()
		fields := []any{"remote", sess.RemoteAddr().String(), "user", sess.User(), "key", fingerprint(sess.PublicKey())}
		s.log.Info("session start", append(fields, "pty", hasPty, "term", pty.Term,
			"width", pty.Window.Width, "height", pty.Window.Height)...)
		defer func() {
			s.log.Info("session end", append(fields, "after", time.Since(start).Round(time.Millisecond).String())...)
		}()
		next(sess)
	}
}

// authMiddleware lets the session in only on the key the client proved it
// holds. charmbracelet/ssh takes that key from the permissions x/crypto
// returns for the signature that succeeded, not from the last key offered
// to publicKeyHandler (the CVE-2024-45337 class), so it is checked again
// here against the authorized keys.
func (s *Server) authMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		key := sess.PublicKey()
		if key == nil || (s.keys != nil && !s.keys.allows(key)) {
			s.log.Error("session refused: key not authorized", "remote", sess.RemoteAddr().String(),
				"user", sess.User(), "key", fingerprint(key))
			_, _ = fmt.Fprint(sess.Stderr(), "dealwire: permission denied\r\n")
			_ = sess.Exit(1)
			return
		}
		next(sess)
	}
}

// activeTermMiddleware turns away sessions without a terminal with one
// clear line: the browser needs a PTY (ssh -T, or a command, gets none).
func (s *Server) activeTermMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		if _, _, ok := sess.Pty(); !ok {
			s.log.Info("session refused: no terminal", "remote", sess.RemoteAddr().String())
			_, _ = fmt.Fprint(sess.Stderr(), "dealwire needs a terminal: connect with plain `ssh -p PORT HOST` (no -T, no command)\n")
			_ = sess.Exit(1)
			return
		}
		next(sess)
	}
}

func fingerprint(k ssh.PublicKey) string {
	if k == nil {
		return ""
	}
	return gossh.FingerprintSHA256(k)
}
