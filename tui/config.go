package tui

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/adrg/xdg"
	"github.com/charmbracelet/bubbles/key"
)

// KeyMapPath is where the key config lives: $XDG_CONFIG_HOME/dealwire/keys.json.
func KeyMapPath() string {
	return filepath.Join(xdg.ConfigHome, "dealwire", "keys.json")
}

// LoadKeyMap reads a key config file: a JSON object from action names
// ("up", "open", "history_back", ...) to the keys that trigger them, e.g.
// {"down": ["j", "down", "ctrl+n"], "quit": ["q"]}. Actions not named keep
// their default keys. A missing file is not an error: the defaults are
// returned. An unknown action or an empty key list is an error, so a typo
// does not silently leave a key unbound.
func LoadKeyMap(path string) (*KeyMap, error) {
	km := DefaultKeyMap()
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return km, nil
	}
	if err != nil {
		return km, err
	}
	var remap map[string][]string
	if err := json.Unmarshal(data, &remap); err != nil {
		return km, fmt.Errorf("%s: %w", path, err)
	}
	if err := km.apply(remap); err != nil {
		return DefaultKeyMap(), fmt.Errorf("%s: %w", path, err)
	}
	return km, nil
}

func (k *KeyMap) apply(remap map[string][]string) error {
	byName := map[string]*key.Binding{}
	var names []string
	for _, nb := range k.bindings() {
		byName[nb.name] = nb.b
		names = append(names, nb.name)
	}
	sort.Strings(names)
	for action, keys := range remap {
		b, ok := byName[action]
		if !ok {
			return fmt.Errorf("unknown action %q (known: %v)", action, names)
		}
		if len(keys) == 0 {
			return fmt.Errorf("action %q has no keys", action)
		}
		b.SetKeys(keys...)
		b.SetHelp(helpKeys(keys), b.Help().Desc)
	}
	return nil
}
