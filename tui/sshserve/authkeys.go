package sshserve

import (
	"bytes"
	"fmt"
	"os"

	gossh "golang.org/x/crypto/ssh"
)

// authorizedKeys is the set of public keys let in, read once at start from
// an OpenSSH authorized_keys file. Options in the file (command=, from=...)
// are not honoured: a key is either in or out.
type authorizedKeys map[string]struct{}

func loadAuthorizedKeys(path string) (authorizedKeys, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("authorized keys: %w", err)
	}
	keys := authorizedKeys{}
	for i, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		key, _, _, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			return nil, fmt.Errorf("authorized keys %s line %d: %w", path, i+1, err)
		}
		keys[string(key.Marshal())] = struct{}{}
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("authorized keys %s: no key in the file", path)
	}
	return keys, nil
}

func (k authorizedKeys) allows(key gossh.PublicKey) bool {
	if key == nil {
		return false
	}
	_, ok := k[string(key.Marshal())]
	return ok
}
