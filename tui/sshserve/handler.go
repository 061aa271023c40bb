package sshserve

import (
	"errors"
	"fmt"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
)

// teaHandler runs one visitor's program. It replaces wish's bubbletea
// middleware, whose resize goroutine blocks in program.Send: here sizes go
// through the session's latestWindow, and one goroutine of our own
// delivers the newest, clamped.
func (s *Server) teaHandler(sess ssh.Session) {
	sctx, ok := sess.Context().(*sessionContext)
	if !ok { // only sessions opened through sessionChannel are served
		_ = sess.Exit(1)
		return
	}
	pty, _, _ := sess.Pty()
	in := newSessionInput(sctx.Done())
	go func() {
		defer s.recovered("input", sess.RemoteAddr())
		in.pump(sess)
	}()

	renderer := newRenderer(sess, pty)
	if s.cfg.BackgroundQuery > 0 && needsBackgroundQuery(sess, pty) {
		if dark, known := queryBackground(sess, in, s.cfg.BackgroundQuery); known {
			renderer.SetHasDarkBackground(dark)
		}
	}
	var inner tea.Model
	if s.cfg.NewVisitorModel != nil {
		inner = s.cfg.NewVisitorModel(s.corpus, renderer, Visitor{User: sess.User(), KeyFingerprint: fingerprint(sess.PublicKey())})
	} else {
		inner = s.cfg.NewModel(s.corpus, renderer)
	}
	app := &safeModel{inner: inner, fail: func(where string, r any) {
		s.log.Error("program panic", "in", where, "remote", sess.RemoteAddr().String(), "panic", fmt.Sprint(r))
		sctx.end("internal error, session closed")
	}}
	p := tea.NewProgram(app,
		tea.WithInput(in),
		tea.WithOutput(sess),
		tea.WithContext(sctx),      // the session or connection ending kills the program
		tea.WithoutSignalHandler(), // SIGINT/SIGTERM belong to the server
		tea.WithAltScreen(),
	)

	// The first size: the pty-req's, unless window-changes came since.
	sctx.win.offer(pty.Window.Width, pty.Window.Height)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer s.recovered("resize", sess.RemoteAddr())
		deliverSizes(sctx, p)
	}()

	if s.cfg.IdleTimeout > 0 {
		// the connection's idle deadline sees keepalives as traffic, so a
		// client that keeps the link alive would never be idle: the
		// visitor's own input decides
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer s.recovered("idle", sess.RemoteAddr())
			endWhenIdle(sctx, in, s.cfg.IdleTimeout)
		}()
	}

	_, err := p.Run()
	sctx.end("")
	wg.Wait()
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		s.log.Warn("program ended with an error", "remote", sess.RemoteAddr().String(), "error", err.Error())
	}
	if reason := sctx.reason(); reason != "" {
		_, _ = fmt.Fprintf(sess, "\r\ndealwire: %s\r\n", reason)
	}
}

// endWhenIdle ends the session once the visitor has typed nothing for
// idle, checking a few times per period.
func endWhenIdle(sctx *sessionContext, in *sessionInput, idle time.Duration) {
	tick := time.NewTicker(max(idle/4, 10*time.Millisecond))
	defer tick.Stop()
	for {
		select {
		case <-sctx.Done():
			return
		case now := <-tick.C:
			if in.idleFor(now) >= idle {
				sctx.end(fmt.Sprintf("no input for %s, session closed", idle))
				return
			}
		}
	}
}

// deliverSizes sends the program the newest size, clamped, each time one
// arrives, until the session ends. p.Send may wait for the program, but
// only this goroutine waits: the request loop never does.
func deliverSizes(sctx *sessionContext, p *tea.Program) {
	for {
		select {
		case <-sctx.Done():
			return
		case <-sctx.win.ready:
			if w, h, ok := sctx.win.take(); ok {
				w, h = clampWindow(w, h)
				p.Send(tea.WindowSizeMsg{Width: w, Height: h})
			}
		}
	}
}
