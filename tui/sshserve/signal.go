package sshserve

import (
	"context"
	"errors"
	"net"
	"os"
	"os/signal"

	"github.com/charmbracelet/ssh"
)

// ServeUntilSignal serves on ln until one of sigs arrives (or Serve fails),
// then shuts down gracefully within the configured ShutdownTimeout and cuts
// whatever is left. The programs are built with tea.WithoutSignalHandler,
// so the signal reaches this server, not one visitor's program.
func (s *Server) ServeUntilSignal(ln net.Listener, sigs ...os.Signal) error {
	ctx, stop := signal.NotifyContext(context.Background(), sigs...)
	defer stop()
	served := make(chan error, 1)
	go func() { served <- s.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	stop() // a second signal now kills the process the default way
	s.log.Info("signal received", "shutdown_within", s.cfg.ShutdownTimeout.String())
	shutdownCtx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	_ = s.Shutdown(shutdownCtx) // an overrun is logged, and the connections cut
	if err := <-served; !errors.Is(err, ssh.ErrServerClosed) {
		return err
	}
	return nil
}
