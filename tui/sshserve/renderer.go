package sshserve

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/ssh"
	"github.com/muesli/termenv"
)

// newRenderer makes the lipgloss renderer for one visitor: colour profile
// from the client's TERM and COLORTERM, dark or light background from the
// client's COLORFGBG, never from the server's own terminal.
//
// This is what wish's bubbletea.MakeRenderer does for an emulated PTY
// (wish/bubbletea itself needs github.com/charmbracelet/x/input, which is
// not in go.sum). Its OSC 11 background query is done by queryBackground,
// through sessionInput, so that keys typed during the query are kept.
func newRenderer(sess ssh.Session, pty ssh.Pty) *lipgloss.Renderer {
	if pty.Term == "" || pty.Term == "dumb" {
		return lipgloss.NewRenderer(sess, termenv.WithProfile(termenv.Ascii))
	}
	env := terminalEnv(sess.Environ(), pty.Term)
	// WithUnsafe: the session is no *os.File, and without it termenv would
	// call it no terminal and drop all colour. The session has no file
	// descriptor, so termenv sends no queries over it either.
	return lipgloss.NewRenderer(sess, termenv.WithEnvironment(env), termenv.WithUnsafe(), termenv.WithColorCache(true))
}

// needsBackgroundQuery: a terminal that is one and whose client did not
// say its colours with COLORFGBG.
func needsBackgroundQuery(sess ssh.Session, pty ssh.Pty) bool {
	if pty.Term == "" || pty.Term == "dumb" {
		return false
	}
	return terminalEnv(sess.Environ(), pty.Term).Getenv("COLORFGBG") == ""
}

// terminalEnv keeps the client's variables that describe its terminal, and
// only well-formed ones: termenv indexes a 256-entry table with
// COLORFGBG's last number, so "0;999" or "0;-1" from a client would panic.
func terminalEnv(clientEnv []string, term string) sshEnviron {
	env := sshEnviron{"TERM=" + term}
	for _, kv := range clientEnv {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		switch k {
		case "COLORTERM", "NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE":
			env = append(env, kv)
		case "COLORFGBG":
			if validColorFGBG(v) {
				env = append(env, kv)
			}
		}
	}
	return env
}

func validColorFGBG(v string) bool {
	parts := strings.Split(v, ";")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p == "default" {
			continue
		}
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || n > 15 {
			return false
		}
	}
	return true
}

// sshEnviron is a termenv.Environ over the variables kept for a session.
type sshEnviron []string

func (e sshEnviron) Environ() []string { return e }

func (e sshEnviron) Getenv(key string) string {
	for _, kv := range e {
		if k, v, ok := strings.Cut(kv, "="); ok && k == key {
			return v
		}
	}
	return ""
}
