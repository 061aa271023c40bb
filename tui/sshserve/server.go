package sshserve

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"sync"
	"sync/atomic"

	"github.com/charmbracelet/log"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	gossh "golang.org/x/crypto/ssh"

	"dealwire/model"
)

// Server serves one corpus to SSH visitors.
type Server struct {
	cfg    Config
	corpus *model.Corpus
	log    *log.Logger
	keys   authorizedKeys // nil: any public key is let in
	ssh    *ssh.Server

	closing  atomic.Bool
	sessions atomic.Int64 // session channels open, server-wide

	mu   sync.Mutex
	gate *gateListener
	live map[*sessionContext]struct{}
}

// New prepares a server over corpus c: it reads (or creates) the host key
// and reads the authorized keys, so a bad file fails here, not at the first
// visitor.
func New(c *model.Corpus, cfg Config) (*Server, error) {
	cfg = cfg.withDefaults()
	if c == nil || (cfg.NewModel == nil && cfg.NewVisitorModel == nil) {
		return nil, errors.New("sshserve: a corpus and a model factory are required")
	}
	s := &Server{cfg: cfg, corpus: c, live: map[*sessionContext]struct{}{}}
	s.log = cfg.Logger
	if s.log == nil {
		out := cfg.LogOut
		if out == nil {
			out = os.Stderr
		}
		s.log = log.NewWithOptions(out, log.Options{ReportTimestamp: true, Prefix: "serve"})
	}
	if cfg.HostKeyFile == "" {
		return nil, errors.New("sshserve: no host key file")
	}
	signer, err := LoadOrCreateHostKey(cfg.HostKeyFile)
	if err != nil {
		return nil, err
	}
	if cfg.AuthorizedKeysFile != "" {
		if s.keys, err = loadAuthorizedKeys(cfg.AuthorizedKeysFile); err != nil {
			return nil, err
		}
	}

	handler := s.recoverMiddleware(s.logMiddleware(s.authMiddleware(s.activeTermMiddleware(s.teaHandler))))
	s.ssh, err = wish.NewServer(
		wish.WithAddress(cfg.Listen),
		wish.WithIdleTimeout(cfg.IdleTimeout),
		wish.WithMaxTimeout(cfg.MaxTimeout),
		wish.WithPublicKeyAuth(s.publicKeyHandler),
		func(srv *ssh.Server) error {
			srv.AddHostKey(signer)
			srv.Handler = handler
			srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": s.sessionChannel}
			srv.RequestHandlers = map[string]ssh.RequestHandler{} // no global requests: no tcpip-forward
			srv.SubsystemHandlers = map[string]ssh.SubsystemHandler{}
			srv.SessionRequestCallback = func(_ ssh.Session, kind string) bool { return kind == "shell" }
			srv.ConnCallback = s.connCallback
			srv.ConnectionFailedCallback = s.connFailed
			return nil
		},
	)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// HostKeyFingerprint is the SHA256 fingerprint visitors are asked to trust.
func (s *Server) HostKeyFingerprint() string {
	if len(s.ssh.HostSigners) == 0 {
		return ""
	}
	return gossh.FingerprintSHA256(s.ssh.HostSigners[0].PublicKey())
}

// Listen opens the configured address.
func (s *Server) Listen() (net.Listener, error) {
	return net.Listen("tcp", s.cfg.Listen)
}

// Serve serves on ln until Shutdown or Close, and then returns
// ssh.ErrServerClosed.
func (s *Server) Serve(ln net.Listener) error {
	gate := newGateListener(ln, s.cfg, s.log)
	s.mu.Lock()
	s.gate = gate
	s.mu.Unlock()
	if s.closing.Load() {
		_ = ln.Close()
		return ssh.ErrServerClosed
	}
	if s.keys == nil {
		s.log.Warn("no authorized keys file: any public key is let in", "listen", ln.Addr().String())
	}
	s.log.Info("serving", "listen", ln.Addr().String(), "host_key", s.HostKeyFingerprint(),
		"articles", len(s.corpus.Articles), "max_sessions", s.cfg.MaxSessions)
	err := s.ssh.Serve(gate)
	if s.closing.Load() {
		return ssh.ErrServerClosed
	}
	return err
}

// ListenAndServe is Listen then Serve.
func (s *Server) ListenAndServe() error {
	ln, err := s.Listen()
	if err != nil {
		return err
	}
	return s.Serve(ln)
}

// Shutdown stops accepting, tells every visitor the server is going away
// and ends their programs, then waits for the connections to close. When
// ctx ends first, every connection is cut (Close) and ctx's error returned.
func (s *Server) Shutdown(ctx context.Context) error {
	s.closing.Store(true) // from here on, new session channels are refused
	// charmbracelet/ssh's Shutdown closes the listener at once, then waits.
	waited := make(chan error, 1)
	go func() { waited <- s.ssh.Shutdown(ctx) }()

	s.mu.Lock()
	gate := s.gate
	live := make([]*sessionContext, 0, len(s.live))
	for c := range s.live {
		live = append(live, c)
	}
	s.mu.Unlock()
	s.log.Info("shutting down", "sessions", len(live))
	for _, c := range live {
		c.end("the server is shutting down")
	}
	err := <-waited
	if ctx.Err() != nil {
		s.log.Warn("shutdown overran: closing every connection", "error", ctx.Err().Error())
		_ = s.Close()
		return ctx.Err()
	}
	if gate != nil {
		gate.closeAll() // connections still in their handshake
	}
	if errors.Is(err, net.ErrClosed) { // the listener was already closed
		err = nil
	}
	return err
}

// Close cuts every connection at once.
func (s *Server) Close() error {
	s.closing.Store(true)
	err := s.ssh.Close()
	s.mu.Lock()
	gate := s.gate
	s.mu.Unlock()
	if gate != nil {
		_ = gate.Listener.Close()
		gate.closeAll()
	}
	if errors.Is(err, net.ErrClosed) {
		err = nil
	}
	return err
}

func (s *Server) track(c *sessionContext, add bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if add {
		s.live[c] = struct{}{}
	} else {
		delete(s.live, c)
	}
}

// connCallback records our admitted connection on the connection's context,
// so the session channel can lift its login grace.
func (s *Server) connCallback(ctx ssh.Context, c net.Conn) net.Conn {
	if gc, ok := c.(*gatedConn); ok {
		ctx.SetValue(connKey, gc)
	}
	return c
}

func (s *Server) connFailed(c net.Conn, err error) {
	s.log.Warn("handshake failed", "remote", c.RemoteAddr().String(), "error", err.Error())
}

// publicKeyHandler only decides whether a key may be tried: x/crypto calls
// it for keys the client merely offers, before any signature. The session
// is let in later only on the key the client proved it holds (authMiddleware).
func (s *Server) publicKeyHandler(ctx ssh.Context, key ssh.PublicKey) bool {
	if s.keys == nil || s.keys.allows(key) {
		return true
	}
	s.log.Warn("auth refused", "remote", ctx.RemoteAddr().String(), "user", ctx.User(),
		"key", gossh.FingerprintSHA256(key))
	return false
}

// recovered is deferred first thing in every goroutine this package starts:
// a panic ends that goroutine's session, never the server.
func (s *Server) recovered(where string, remote net.Addr) {
	if r := recover(); r != nil {
		addr := ""
		if remote != nil {
			addr = remote.String()
		}
		s.log.Error("panic", "in", where, "remote", addr, "panic", fmt.Sprint(r))
	}
}
