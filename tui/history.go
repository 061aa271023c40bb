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
}

// history is everything opened, like a web browser's: opening a page drops
// whatever was ahead of the current one.
type history struct {
	pages []page
	at    int // index of the current page; meaningless when pages is empty
}

// maxHistory bounds memory on a long session.
const maxHistory = 200

func (h *history) push(p page) {
	if len(h.pages) > 0 {
		if h.pages[h.at] == p {
			return
		}
		h.pages = h.pages[:h.at+1]
	}
	h.pages = append(h.pages, p)
	if len(h.pages) > maxHistory {
		h.pages = h.pages[len(h.pages)-maxHistory:]
	}
	h.at = len(h.pages) - 1
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
