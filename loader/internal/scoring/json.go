package scoring

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// nstr is a JSON string or null (Python's str or None): a missing field or
// null is the zero value. It is comparable, so it keys maps as Python's
// dicts key on strings and None alike.
type nstr struct {
	S     string
	Valid bool
}

func (n *nstr) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*n = nstr{}
		return nil
	}
	if err := json.Unmarshal(b, &n.S); err != nil {
		return err
	}
	n.Valid = true
	return nil
}

func str(s string) nstr { return nstr{S: s, Valid: true} }

// norm is norm(x) of score.py, None folding to "".
func (n nstr) norm(c normCache) string {
	if !n.Valid {
		return ""
	}
	return c.norm(n.S)
}

// member is one key and value of a JSON object, in document order.
type member struct {
	Key   string
	Value json.RawMessage
}

// orderedObject decodes a JSON object keeping its keys in the order a
// Python dict built by json.load keeps them: the first place a key
// appears, with the last value given for it.
func orderedObject(data []byte) ([]member, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, fmt.Errorf("want a JSON object, got %v", tok)
	}
	var out []member
	at := map[string]int{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, ok := tok.(string)
		if !ok {
			return nil, fmt.Errorf("object key %v is not a string", tok)
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, fmt.Errorf("%q: %w", key, err)
		}
		if i, seen := at[key]; seen {
			out[i].Value = v
			continue
		}
		at[key] = len(out)
		out = append(out, member{key, v})
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("extra data after the JSON object")
	}
	return out, nil
}
