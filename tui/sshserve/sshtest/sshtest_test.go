package sshtest

import "testing"

func TestPlain(t *testing.T) {
	in := "\x1b[1;38;5;99mdeal\x1b[0mwire\x1b]11;?\x07 \x1b[2K\x1b[?25lok\x1b[30;H"
	if got := Plain(in); got != "dealwire ok" {
		t.Fatalf("Plain = %q", got)
	}
}
