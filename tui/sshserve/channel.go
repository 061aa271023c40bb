package sshserve

import (
	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// maxEnv bounds the env requests one session may send: charmbracelet/ssh
// appends every one to a slice, without limit, before the shell starts.
const maxEnv = 32

// sessionChannel is the server's only channel handler (no direct-tcpip, no
// forwarding). It applies the session caps, gives each session its own
// context, lifts the login grace, and puts a request filter in front of
// charmbracelet/ssh's session loop before handing over to it.
func (s *Server) sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
	defer s.recovered("session channel", ctx.RemoteAddr())
	gc, _ := ctx.Value(connKey).(*gatedConn)
	remote := ctx.RemoteAddr().String()

	if s.closing.Load() {
		_ = nc.Reject(gossh.ResourceShortage, "server shutting down")
		return
	}
	if s.sessions.Add(1) > int64(s.cfg.MaxSessions) {
		s.sessions.Add(-1)
		s.log.Warn("session refused", "remote", remote, "reason", "server full")
		_ = nc.Reject(gossh.ResourceShortage, "server full")
		return
	}
	defer s.sessions.Add(-1)
	if gc != nil {
		if gc.sessions.Add(1) > int32(s.cfg.MaxSessionsPerConn) {
			gc.sessions.Add(-1)
			s.log.Warn("session refused", "remote", remote, "reason", "too many sessions on this connection")
			_ = nc.Reject(gossh.ResourceShortage, "too many sessions on this connection")
			return
		}
		defer gc.sessions.Add(-1)
		gc.loggedIn()
	}

	sctx := newSessionContext(ctx)
	defer sctx.end("")
	s.track(sctx, true)
	defer s.track(sctx, false)
	// Returns when the client closes the channel or the connection ends.
	ssh.DefaultSessionHandler(srv, conn, &filteredChannel{NewChannel: nc, ctx: sctx, s: s}, sctx)
}

// filteredChannel hands charmbracelet/ssh a request stream it cannot wedge
// on: window-changes are answered here and land in the session's
// latestWindow, anything but pty-req, env and shell is refused here.
type filteredChannel struct {
	gossh.NewChannel
	ctx *sessionContext
	s   *Server
}

func (f *filteredChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, in, err := f.NewChannel.Accept()
	if err != nil {
		return nil, nil, err
	}
	out := make(chan *gossh.Request)
	go f.filter(in, out)
	return ch, out, nil
}

func (f *filteredChannel) filter(in <-chan *gossh.Request, out chan<- *gossh.Request) {
	defer close(out)
	defer f.s.recovered("request filter", f.ctx.RemoteAddr())
	var pty bool
	var env int
	for req := range in {
		switch req.Type {
		case "window-change":
			w, h, ok := parseWindowChange(req.Payload)
			if ok && pty {
				f.ctx.win.set(w, h)
			}
			_ = req.Reply(ok && pty, nil)
		case "pty-req":
			pty = true
			f.forward(req, out)
		case "env":
			if env++; env > maxEnv {
				_ = req.Reply(false, nil)
				continue
			}
			f.forward(req, out)
		case "shell":
			f.forward(req, out)
		default: // exec, subsystem (sftp, scp over exec), x11, agent, signal, break...
			f.s.log.Warn("request refused", "remote", f.ctx.RemoteAddr().String(), "type", req.Type)
			_ = req.Reply(false, nil)
		}
	}
}

// forward passes req on to charmbracelet/ssh's loop, which never blocks on
// these types; if the session is over, nobody will answer, so refuse.
func (f *filteredChannel) forward(req *gossh.Request, out chan<- *gossh.Request) {
	select {
	case out <- req:
	case <-f.ctx.Done():
		_ = req.Reply(false, nil)
	}
}

// parseWindowChange reads RFC 4254 §6.7: columns, rows, pixel width and
// height, all uint32. The sizes are kept raw; the program gets them clamped.
func parseWindowChange(payload []byte) (w, h int, ok bool) {
	var msg struct{ Cols, Rows, WidthPx, HeightPx uint32 }
	if err := gossh.Unmarshal(payload, &msg); err != nil {
		return 0, 0, false
	}
	return int(msg.Cols), int(msg.Rows), true
}
