package tui

// pageKind says what a detail page shows.
type pageKind int

const (
	pageNone pageKind = iota
	pageCompany
	pageDeal
	pageArticle
)

// page is one thing that can be opened: a company (by canonical name), a
// deal or an article (by id). An article opened from a deal's evidence
// carries the sentence to scroll to and highlight.
type page struct {
	kind     pageKind
	id       string
	evidence string
	search   string // an article opened from a full-text search: its query, for n/N
}

// history is everything opened, like a web browser's: opening a page drops
// whatever was ahead of the current one.
type history struct {
	pages  []page
	listed []bool // pages[i] was opened from a list, so going back from it means the list
	at     int    // index of the current page; meaningless when pages is empty
}

// maxHistory bounds memory on a long session.
const maxHistory = 200

func (h *history) push(p page, fromList bool) {
	if len(h.pages) > 0 {
		if h.pages[h.at] == p {
			return
		}
		h.pages = h.pages[:h.at+1]
		h.listed = h.listed[:h.at+1]
	}
	h.pages = append(h.pages, p)
	h.listed = append(h.listed, fromList)
	if n := len(h.pages); n > maxHistory {
		h.pages = h.pages[n-maxHistory:]
		h.listed = h.listed[n-maxHistory:]
	}
	h.at = len(h.pages) - 1
}

// fromList reports whether the current page was opened from a list.
func (h *history) fromList() bool {
	return len(h.pages) > 0 && h.listed[h.at]
}

func (h *history) current() (page, bool) {
	if len(h.pages) == 0 {
		return page{}, false
	}
	return h.pages[h.at], true
}

func (h *history) back() (page, bool) {
	if len(h.pages) == 0 || h.at == 0 {
		return page{}, false
	}
	h.at--
	return h.pages[h.at], true
}

func (h *history) forward() (page, bool) {
	if h.at+1 >= len(h.pages) {
		return page{}, false
	}
	h.at++
	return h.pages[h.at], true
}
