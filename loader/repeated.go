package loader

import (
	"path/filepath"
	"strings"

	"dealwire/loader/extract/parallel"
)

// Lines that recur in many files of one outlet are the site's furniture —
// a mission statement, a promotion, a footer — not news. A syndicated wire
// story repeated by several outlets is kept: files are grouped by folder
// and outlet, so only the same site's repetitions count.
const (
	repeatedMinFiles = 3 // a group needs this many files to judge
	repeatedMinShare = 2 // a line in at least 1/repeatedMinShare of the group's files...
	repeatedMinCount = 3 // ...and in at least this many of them is furniture
)

// dropRepeated removes, in place, paragraphs repeated across files of one
// folder and outlet. Repeats are exact: furniture is printed by a template.
// The groups are read on every core: each touches only its own articles.
func dropRepeated(arts []parsed) {
	groups := map[string][]int{}
	for i, p := range arts {
		key := filepath.Dir(p.article.Path) + "\x00" + strings.ToLower(p.article.Source)
		groups[key] = append(groups[key], i)
	}
	lists := make([][]int, 0, len(groups))
	for _, members := range groups {
		lists = append(lists, members)
	}
	parallel.For(len(lists), func(g int) { dropRepeatedIn(arts, lists[g]) })
}

// dropRepeatedIn is dropRepeated for the members of one group.
func dropRepeatedIn(arts []parsed, members []int) {
	if len(members) < repeatedMinFiles {
		return
	}
	// made at the most it may hold, as few paragraphs repeat: not grown,
	// and its paragraphs hashed again, step by step to thousands
	total := 0
	for _, i := range members {
		total += len(arts[i].paragraphs)
	}
	count := make(map[string]int, total)
	// one set of the paragraphs seen, emptied for each file rather than
	// made anew: a group holds hundreds of files
	seen := map[string]bool{}
	for _, i := range members {
		clear(seen)
		for _, para := range arts[i].paragraphs {
			if !seen[para] {
				seen[para] = true
				count[para]++
			}
		}
	}
	for _, i := range members {
		// the paragraphs' word counts are kept beside them, when counted
		counted := len(arts[i].words) == len(arts[i].paragraphs)
		kept, keptWords := arts[i].paragraphs[:0], arts[i].words[:0]
		for k, para := range arts[i].paragraphs {
			c := count[para]
			if c >= repeatedMinCount && c*repeatedMinShare >= len(members) {
				continue
			}
			kept = append(kept, para)
			if counted {
				keptWords = append(keptWords, arts[i].words[k])
			}
		}
		arts[i].paragraphs = kept
		if counted {
			arts[i].words = keptWords
		} else {
			arts[i].words = nil
		}
	}
}
