package loader

import (
	"errors"
	"strings"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"

	"dealwire/loader/meta"
)

// parseHTML reads a saved web page: readability finds the article in the
// page and its title, byline and site name; the page's meta tags give the
// date and canonical URL when readability does not. The article's blocks
// become the body lines, one paragraph each.
func parseHTML(text string) (meta.Doc, error) {
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return meta.Doc{}, errors.New("not a readable web page: " + err.Error())
	}
	tags := metaTags(root)
	art, err := readability.FromDocument(root, nil)
	if err != nil {
		return meta.Doc{}, errors.New("no article found in the web page")
	}
	d := meta.Doc{
		Title:  strings.TrimSpace(art.Title),
		Author: strings.TrimSpace(art.Byline),
		Source: strings.TrimSpace(art.SiteName),
		URL:    tags["canonical"],
	}
	if art.PublishedTime != nil {
		d.Date = art.PublishedTime.Format("2006-01-02")
	}
	for _, key := range []string{"article:published_time", "date", "dc.date", "pubdate", "publishdate"} {
		if d.Date == "" {
			d.Date = tags[key]
		}
	}
	if d.Source == "" {
		d.Source = tags["og:site_name"]
	}
	if d.URL == "" {
		d.URL = tags["og:url"]
	}
	if d.Author == "" {
		d.Author = tags["author"]
	}
	d.Author = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(d.Author, "By "), "by "))
	if art.Node != nil {
		d.Lines = blocks(art.Node)
	}
	return d, nil
}

// metaTags collects <meta name|property=... content=...> values and the
// canonical link, lower-cased keys, first value wins.
func metaTags(n *html.Node) map[string]string {
	tags := map[string]string{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				if key == "" {
					key = strings.ToLower(attr(n, "itemprop"))
				}
				if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" && tags[key] == "" {
					tags[key] = v
				}
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") && tags["canonical"] == "" {
					tags["canonical"] = strings.TrimSpace(attr(n, "href"))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return tags
}

func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

// blockTags end a paragraph of the converted text.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "blockquote": true, "pre": true, "section": true, "article": true, "br": true,
	"tr": true, "figcaption": true, "header": true, "footer": true, "ul": true, "ol": true, "table": true,
}

// blocks flattens an HTML tree to text lines, one per block element, with
// blank lines between blocks so that each becomes a paragraph.
func blocks(n *html.Node) []string {
	var lines []string
	var cur strings.Builder
	flush := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			lines = append(lines, t, "")
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "svg":
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return lines
}
