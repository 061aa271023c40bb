package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"dealwire/loader/extract/deals"
	"dealwire/loader/extract/lexicon"
	"dealwire/loader/extract/names"
	"dealwire/model"
)

// TestZZDebug prints each stage of one article's reading (DW_FILE, DW_LANG).
func TestZZDebug(t *testing.T) {
	path := os.Getenv("DW_FILE")
	if path == "" {
		t.Skip()
	}
	body, _ := os.ReadFile(path)
	arts := []model.Article{{ID: "a0", Language: os.Getenv("DW_LANG"), Published: "2024-03-05", Body: string(body)}}
	lex, err := lexicon.New("")
	if err != nil {
		t.Fatal(err)
	}
	docs := segmentAll(arts)
	found := names.Recognize(docs, lex, deals.IsCue)
	if sub := os.Getenv("DW_SENT"); sub != "" {
		bySentence := mentionsBySentence(found.Mentions[0], len(docs[0].Sentences))
		for si, s := range docs[0].Sentences {
			if strings.Contains(s, sub) {
				fmt.Printf("SENT %d %q\n  mentions %v\n", si, s, bySentence[si])
				sent := deals.Sentence{Text: s, Tokens: docs[0].Tokens[si], Mentions: bySentence[si]}
				if si > 0 {
					sent.Before = docs[0].Tokens[si-1]
				}
				if si+1 < len(docs[0].Tokens) {
					sent.After = docs[0].Tokens[si+1]
				}
				l := arts[0].Language
				_, ok1 := deals.ValueOfPrevious(sent, l)
				_, _, ok2 := deals.ValueOfNamed(sent, l)
				_, ok3 := deals.SideOfPrevious(sent, l)
				_, ok4 := deals.FollowsPrevious(sent, l, arts[0].Published)
				fmt.Println("  valueOfPrevious", ok1, "valueOfNamed", ok2, "sideOfPrevious", ok3, "follows", ok4)
				for _, f := range deals.Find(sent, arts[0].Language, arts[0].Published) {
					fmt.Printf("  FIND %v %v buyer=%q lone=%v anaphor=%v refers=%v\n", f.Type, f.Parties, f.Buyer, f.Lone, f.Anaphor, f.Refers)
				}
			}
		}
	}
	rs, lone := articleReports(0, &arts[0], docs[0], found.Mentions[0], lex)
	for _, r := range rs {
		fmt.Printf("REPORT s%d %v %v buyer=%q guessed=%q anaphor=%v refers=%v value=%v date=%v\n", r.sentence, r.Type, r.Parties, r.Buyer, r.guessed, r.Anaphor, r.Refers, r.Value, r.Date)
	}
	{
		idx := newGroupIndex()
		idx.named = namedIn(arts)
		all := echoed(arts, rs, docs, found.Mentions, lex)
		idx.place(all)
		groups := idx.bridged(all)
		retold := toldAgain(groups, all)
		for i, g := range groups {
			fmt.Printf("GROUP %d members=%v retold=%v\n", i, g.members, retold[i])
		}
	}
	arts2 := []model.Article{{ID: "a0", Language: os.Getenv("DW_LANG"), Published: "2024-03-05", Body: string(body)}}
	_, ds, _ := Extract(arts2, Options{})
	for _, d := range ds {
		fmt.Printf("DEAL %v %v value=%v date=%v\n", d.Type, d.Parties, d.Value, d.Date)
	}
	for _, r := range lone {
		fmt.Printf("LONE s%d %v %v\n", r.sentence, r.Type, r.Parties)
	}
}
