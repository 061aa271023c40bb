package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
)

// KeyMap is every key the browser answers to, in one place so that a
// config file can remap any of them (see LoadKeyMap). Vim keys and arrows
// are both bound by default; h/left go back as l/right go forward.
type KeyMap struct {
	Up       key.Binding
	Down     key.Binding
	Top      key.Binding
	Bottom   key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	HalfUp   key.Binding
	HalfDown key.Binding

	Open           key.Binding // open the selected row or link
	Back           key.Binding // close the article/detail, back to where it was opened from
	HistoryBack    key.Binding // browser-like history over everything opened
	HistoryForward key.Binding

	NextPane  key.Binding // tab: across tabs and panes
	PrevPane  key.Binding
	Companies key.Binding
	Deals     key.Binding
	Articles  key.Binding
	Sort      key.Binding

	Filter    key.Binding // fuzzy filter in lists, text search in an article
	NextMatch key.Binding
	PrevMatch key.Binding
	NextLink  key.Binding // the strip of companies and deals under an article's header
	PrevLink  key.Binding

	Help     key.Binding
	Problems key.Binding
	Quit     key.Binding

	// The library: state kept across runs, full-text search, filters.
	ToggleRead key.Binding // mark the article read or unread
	Star       key.Binding // star an article, deal or company
	Watch      key.Binding // put a company on the watchlist, or take it off
	Search     key.Binding // full-text search across every article
	SearchTab  key.Binding
	WatchTab   key.Binding // the watchlist and what is new since the last visit
	DealFilter key.Binding // type / year / value filter on the Deals list
}

// DefaultKeyMap is the keymap used when no config file says otherwise.
func DefaultKeyMap() *KeyMap {
	b := func(help string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKeys(keys), help))
	}
	return &KeyMap{
		Up:       b("up", "k", "up"),
		Down:     b("down", "j", "down"),
		Top:      b("top", "g", "home"),
		Bottom:   b("bottom", "G", "end"),
		PageUp:   b("page up", "pgup", "b"),
		PageDown: b("page down", "pgdown", "f", " "),
		HalfUp:   b("½ page up", "ctrl+u"),
		HalfDown: b("½ page down", "ctrl+d"),

		Open:           b("open", "enter", "l", "right"),
		Back:           b("back", "esc", "h", "left"),
		HistoryBack:    b("history back", "[", "alt+left"),
		HistoryForward: b("history forward", "]", "alt+right"),

		NextPane:  b("next pane", "tab"),
		PrevPane:  b("prev pane", "shift+tab"),
		Companies: b("companies", "1"),
		Deals:     b("deals", "2"),
		Articles:  b("articles", "3"),
		Sort:      b("sort", "s"),

		Filter:    b("filter/search", "/"),
		NextMatch: b("next match", "n"),
		PrevMatch: b("prev match", "N"),
		NextLink:  b("next link", ">", "."),
		PrevLink:  b("prev link", "<", ","),

		Help:     b("help", "?"),
		Problems: b("problems", "!"),
		Quit:     b("quit", "q", "ctrl+c"),

		ToggleRead: b("read/unread", "u"),
		Star:       b("star", "*"),
		Watch:      b("watch company", "w"),
		Search:     b("search all text", "ctrl+f"),
		SearchTab:  b("search tab", "4"),
		WatchTab:   b("watchlist", "5"),
		DealFilter: b("filter deals", ":"),
	}
}

// helpKeys is how a binding's keys read in the help: the first two, with
// arrows and space spelled as people see them.
func helpKeys(keys []string) string {
	names := map[string]string{"up": "↑", "down": "↓", "left": "←", "right": "→", " ": "space", "pgdown": "pgdn"}
	var out []string
	for i, k := range keys {
		if i == 2 {
			break
		}
		if n, ok := names[k]; ok {
			k = n
		}
		out = append(out, k)
	}
	return strings.Join(out, "/")
}

// bindings names every field for the config file, in help order.
func (k *KeyMap) bindings() []namedBinding {
	return []namedBinding{
		{"up", &k.Up}, {"down", &k.Down}, {"top", &k.Top}, {"bottom", &k.Bottom},
		{"page_up", &k.PageUp}, {"page_down", &k.PageDown}, {"half_up", &k.HalfUp}, {"half_down", &k.HalfDown},
		{"open", &k.Open}, {"back", &k.Back}, {"history_back", &k.HistoryBack}, {"history_forward", &k.HistoryForward},
		{"next_pane", &k.NextPane}, {"prev_pane", &k.PrevPane},
		{"companies", &k.Companies}, {"deals", &k.Deals}, {"articles", &k.Articles}, {"sort", &k.Sort},
		{"filter", &k.Filter}, {"next_match", &k.NextMatch}, {"prev_match", &k.PrevMatch},
		{"next_link", &k.NextLink}, {"prev_link", &k.PrevLink},
		{"help", &k.Help}, {"problems", &k.Problems}, {"quit", &k.Quit},
		{"toggle_read", &k.ToggleRead}, {"star", &k.Star}, {"watch", &k.Watch},
		{"search", &k.Search}, {"search_tab", &k.SearchTab}, {"watchlist", &k.WatchTab},
		{"deal_filter", &k.DealFilter},
	}
}

type namedBinding struct {
	name string
	b    *key.Binding
}
