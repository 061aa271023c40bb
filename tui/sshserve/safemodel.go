package sshserve

import tea "github.com/charmbracelet/bubbletea"

// safeModel wraps a visitor's program so that a panic in Init, Update,
// View or a command it returns is logged and ends that session only.
// bubbletea catches panics too, but prints them on the server's stdout;
// this catches them first, with the session's address in the log. (It
// cannot reach inside tea.Sequence, whose message type is unexported:
// those stay with bubbletea's own recovery.)
type safeModel struct {
	inner  tea.Model
	fail   func(where string, r any)
	failed bool
}

func (m *safeModel) Init() (cmd tea.Cmd) {
	defer m.catch("Init")
	return m.guard(m.inner.Init())
}

func (m *safeModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.failed {
		return m, nil
	}
	return m, m.update(msg) // always m: bubbletea must never get a nil model
}

func (m *safeModel) update(msg tea.Msg) tea.Cmd {
	defer m.catch("Update")
	next, cmd := m.inner.Update(msg)
	if next != nil {
		m.inner = next
	}
	return m.guard(cmd)
}

func (m *safeModel) View() (view string) {
	if m.failed {
		return ""
	}
	defer func() {
		if r := recover(); r != nil {
			m.report("View", r)
			view = ""
		}
	}()
	return m.inner.View()
}

func (m *safeModel) catch(where string) {
	if r := recover(); r != nil {
		m.report(where, r)
	}
}

func (m *safeModel) report(where string, r any) {
	m.failed = true
	m.fail(where, r)
}

// guard wraps a command (and the commands of a batch it returns) so that a
// panic in it is reported instead of reaching bubbletea.
func (m *safeModel) guard(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				m.fail("command", r) // on the command's goroutine: no shared state touched
				msg = nil
			}
		}()
		msg = cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			guarded := make(tea.BatchMsg, len(batch))
			for i, c := range batch {
				guarded[i] = m.guard(c)
			}
			return guarded
		}
		return msg
	}
}
