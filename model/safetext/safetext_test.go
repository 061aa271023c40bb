package safetext

import (
	"strings"
	"testing"
)

func TestCleanRemovesTerminalControls(t *testing.T) {
	cases := map[string]string{
		"plain":               "Nokia’s deal «Xiaomi» ✓",
		"esc csi":             "a\x1b[31mred\x1b[0m",
		"osc title":           "a\x1b]0;pwn\x07b",
		"c1 csi":              "a\u009b31mb",
		"bs cr bel nul del":   "a\b\r\a\x00\x7fb",
		"bidi override":       "abc\u202edcba\u2066x\u2069",
		"entity hex":          "x&#x1b;]0;pwn&#x07;y",
		"entity dec":          "x&#27;[2Jy",
		"entity c1":           "x&#155;31my",
		"entity huge":         "x&#99999999999;y",
		"invalid utf8":        "ok\xff\xfeok",
		"crlf":                "line one\r\nline two\r\n",
		"keeps newline tab":   "a\tb\nc",
		"keeps good entity":   "AT&amp;T &#233;t&#xE9;",
		"entity no semicolon": "x&#27[31my",
		"entity nested":       "x&#&#27;27;[2Jy",
	}
	for name, in := range cases {
		out := Clean(in)
		for _, r := range out {
			if Unsafe(r) {
				t.Errorf("%s: Clean(%q) = %q keeps control %U", name, in, out, r)
			}
		}
		if strings.Contains(strings.ToLower(out), "&#x1b") || strings.Contains(out, "&#27") || strings.Contains(out, "&#155") {
			t.Errorf("%s: Clean(%q) = %q keeps a reference to a control", name, in, out)
		}
	}
	if got := Clean("a\tb\nc"); got != "a\tb\nc" {
		t.Errorf("newline and tab must stay: %q", got)
	}
	if got := Clean("AT&amp;T &#233;"); got != "AT&amp;T &#233;" {
		t.Errorf("harmless references must stay: %q", got)
	}
	if got := Clean("ok\xffok"); got != "ok\uFFFDok" {
		t.Errorf("invalid UTF-8 must be repaired, not dropped: %q", got)
	}
	if got := Clean("one\r\ntwo"); got != "one\ntwo" {
		t.Errorf("CRLF must become LF: %q", got)
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"a\x1b[31m", "&#x1b;]0;x&#7;", "\u202e", "\xff", "&#27"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Clean(s)
		for _, r := range out {
			if Unsafe(r) {
				t.Fatalf("Clean(%q) = %q keeps %U", s, out, r)
			}
		}
		if Clean(out) != out {
			t.Fatalf("Clean is not idempotent on %q", s)
		}
	})
}
