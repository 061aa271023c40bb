package sshserve

import (
	"io"
	"regexp"
	"strconv"
	"time"
)

// The background query wish's MakeRenderer sends: OSC 11 asks for the
// background colour, and DA1, which every terminal answers, marks the end
// of the answers, so a terminal that ignores OSC 11 costs no timeout.
const backgroundQuery = "\x1b]11;?\x07\x1b[c"

var (
	osc11Answer = regexp.MustCompile(`\x1b\]11;rgba?:([0-9a-fA-F]{1,4})/([0-9a-fA-F]{1,4})/([0-9a-fA-F]{1,4})(?:/[0-9a-fA-F]{1,4})?(?:\x07|\x1b\\)`)
	da1Answer   = regexp.MustCompile(`\x1b\[\?[0-9;]*c`)
)

// queryBackground asks the visitor's terminal for its background colour and
// reports whether it is dark; known is false when the terminal did not say
// within timeout. Keys typed meanwhile go back to the input.
func queryBackground(w io.Writer, in *sessionInput, timeout time.Duration) (dark, known bool) {
	if _, err := io.WriteString(w, backgroundQuery); err != nil {
		return false, false
	}
	got := in.collect(timeout, da1Answer.Match)
	if m := osc11Answer.FindSubmatch(got); m != nil {
		dark, known = isDark(m[1], m[2], m[3]), true
	}
	rest := osc11Answer.ReplaceAll(got, nil)
	rest = da1Answer.ReplaceAll(rest, nil)
	in.unread(rest)
	return dark, known
}

// isDark takes xterm's 1-4 hex digit channels and says whether the colour's
// HSL lightness is under one half, as wish does.
func isDark(r, g, b []byte) bool {
	channel := func(h []byte) float64 {
		v, _ := strconv.ParseUint(string(h), 16, 16)
		return float64(v) / float64(uint64(1)<<(4*len(h))-1)
	}
	rf, gf, bf := channel(r), channel(g), channel(b)
	lightness := (max(rf, gf, bf) + min(rf, gf, bf)) / 2
	return lightness < 0.5
}
