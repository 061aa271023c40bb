package names

import (
	"reflect"
	"testing"

	"dealwire/loader/extract/lexicon"
	"dealwire/loader/extract/slab"
)

// A worker reads docs one after another in the same scratch maps: what
// one doc left there (a man named Harrow, a firm named after a man, an acronym it vetoed, a name
// written inside a sentence) must not change how the next is read.
func TestReadDocForgetsThePreviousDoc(t *testing.T) {
	lex, err := lexicon.New("")
	if err != nil {
		t.Fatal(err)
	}
	r := &recognizer{lex: lex, isCue: cue, lower: map[string]bool{}}
	first := docOf("en", "Tom Harrow said he will step down. The International Trade Commission (ITC) ruled on Tuesday. "+
		"Analysts cheered the news about Kravlo. Crystal Decisions, maker of the Crystal Reports tool, agreed to buy Veltraco.")
	second := docOf("en", "Kravlo agreed to buy ITC for $2 billion. Harrow shares fell. Harrow agreed to pay in cash. "+
		"Crystal Decisions said the deal is done.")
	var shared docScratch
	var tail slab.Tail[span]
	r.readDoc(&first, &tail, &shared)
	afterFirst := r.readDoc(&second, &tail, &shared)
	var fresh docScratch
	var freshTail slab.Tail[span]
	alone := r.readDoc(&second, &freshTail, &fresh)
	if !reflect.DeepEqual(afterFirst, alone) {
		t.Errorf("read after another doc:\n%+v\nread alone:\n%+v", afterFirst, alone)
	}
	if len(alone.names.keys) == 0 {
		t.Fatal("the second doc has no names: the test tests nothing")
	}
}
