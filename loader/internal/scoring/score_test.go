package scoring

import (
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestNorm(t *testing.T) {
	for in, want := range map[string]string{
		"Microsoft Corp.":          "microsoft",
		"Nokia’s":                  "nokia",
		"NOKIA'S":                  "nokia",
		"O'Sullivan":               "o sullivan",
		"Nestlé S.A.":              "nestle s a", // dotted suffixes are not folded
		"Fiat S.p.A.":              "fiat s p a", // "s p a" is listed but never one word
		"Telefónica, S.A.":         "telefonica s a",
		"The Walt Disney Company":  "walt disney",
		"Hon Hai Precision Co Ltd": "hon hai precision",
		"The Group":                "the group", // only suffixes: kept whole
		"Ltd.":                     "ltd",
		"  --  ":                   "",
		"Société Générale":         "societe generale",
		"Müller GmbH & Co. KG":     "muller kg",
		"ＮＴＴ Docomo":               "ntt docomo", // NFKD folds full width
		"Daimler's-Benz":           "daimler benz",
		"Toyota's2":                "toyota s2", // no word boundary after the s
		"Vodafone Idea Ltd":        "vodafone idea",
		"AT&T Inc.":                "at t",
		"Şişecam":                  "sisecam",
		"Gazprom (Газпром)":        "gazprom",
		"x’sß":                     "x s", // ß is a word character: no boundary
	} {
		if got := Norm(in); got != want {
			t.Errorf("Norm(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNormMatchesPython compares Norm with score.py's norm on awkward
// names, where python3 and ../shared are at hand.
func TestNormMatchesPython(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	if _, err := os.Stat(scorePy); err != nil {
		t.Skip("../shared/tools/score.py not found")
	}
	names := []string{
		"Microsoft Corp.", "Nokia’s", "Nokia's's", "l'Oréal's", "’s", "'s", "s", "x'sé", "x'sß", "x's_",
		"x's1", "x's-", "Ǆemal", "İstanbul Holding", "ﬁnance ﬂow", "Ⅻ Corp", "№1 Group", "Straße AG",
		"Øresund", "Łódź SA", "Æon", "Москва", "東京電力", "Kelvin K", "a\u0301b\u0327c", "TÜV SÜD",
		"Banco Bilbao Vizcaya Argentaria, S.A.", "ＳｏｆｔＢａｎｋ", "½ Co", "x²", "Hyundai–Kia",
		"co", "the", "The Co Inc", "", " ", "३ Inc", "Ꭰ", "ǅ", "A'S", "a’S b",
	}
	in, _ := json.Marshal(names)
	script := `
import json, sys, importlib.util
spec = importlib.util.spec_from_file_location("score", sys.argv[1])
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
print(json.dumps([m.norm(s) for s in json.load(sys.stdin)]))
`
	cmd := exec.Command(python, "-c", script, scorePy)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score.py norm: %v", err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for i, s := range names {
		if got := Norm(s); got != want[i] {
			t.Errorf("Norm(%q) = %q, score.py %q", s, got, want[i])
		}
	}
}

// A small annotation and export to hold each rule to by hand.
const goldJSON = `{
  "a1.txt": {
    "title": "Acme buys Widget", "published": "2020-05-01", "author": null, "source": "Reuters", "language": "en",
    "companies": [
      {"name": "Acme", "aliases": ["Acme Corp", "ACME Holdings"]},
      {"name": "Widget", "aliases": ["Widget Co"]},
      {"name": "Foxconn", "aliases": ["Hon Hai"]}
    ],
    "deals": [
      {"parties": ["Acme", "Widget"], "type": "acquisition", "value": 100, "currency": "USD"},
      {"parties": ["Acme", "Foxconn"], "type": "partnership", "value": null, "currency": null}
    ]
  },
  "a2.md": {
    "title": null, "published": "2020-05-02", "author": "Jane Doe", "source": null, "language": "it",
    "companies": [
      {"name": "Acme", "aliases": []},
      {"name": "Widget", "aliases": []}
    ],
    "deals": [
      {"parties": ["Widget", "Acme"], "type": "divestiture", "value": 100, "currency": "USD"}
    ]
  },
  "a3.txt": {
    "title": "Lost", "published": null, "author": null, "source": null, "language": null,
    "companies": [{"name": "Zeta", "aliases": []}],
    "deals": [{"parties": ["Zeta"], "type": "investment", "value": 5, "currency": "EUR"}]
  },
  "deal_clusters": [[["a1.txt", 0], ["a2.md", 0]]]
}`

const exportJSON = `{
  "articles": [
    {"id": "x1", "path": "/news/a1.txt", "title": "ACME buys Widget!", "published": "2020-05-01", "author": "Bob",
     "source": "Reuters.com", "language": "en", "companies": ["Acme Corporation", "Hon Hai", "Widget", "Beta", "Acme Corporation"]},
    {"id": "x2", "path": "a2", "title": null, "published": "2020-05-02T10:00", "author": "jane  doe", "source": null,
     "language": "it", "companies": ["Acme", "Widget"]}
  ],
  "companies": [
    {"name": "Acme Corporation", "aliases": ["Acme"]},
    {"name": "Hon Hai", "aliases": []}
  ],
  "deals": [
    {"id": "d1", "type": "merger", "parties": ["Acme Corporation", "Widget"], "value": 108, "currency": "USD",
     "sources": [{"article": "x1"}, {"article": "x2"}]},
    {"id": "d2", "type": "joint_venture", "parties": ["Acme", "Hon Hai"], "value": null, "currency": null,
     "sources": [{"article": "x1"}]},
    {"id": "d3", "type": "supply", "parties": ["Beta"], "value": null, "currency": null,
     "sources": [{"article": "x1"}]}
  ]
}`

// score scores by hand-made documents and, where python3 and score.py are
// at hand, checks that score.py gives the same figures.
func score(t *testing.T, gold, export string) Metrics {
	t.Helper()
	m, err := Score([]byte(gold), []byte(export))
	if err != nil {
		t.Fatal(err)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		return m
	}
	if _, err := os.Stat(scorePy); err != nil {
		return m
	}
	dir := t.TempDir()
	gf, ef := filepath.Join(dir, "expected.json"), filepath.Join(dir, "export.json")
	if err := os.WriteFile(gf, []byte(gold), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ef, []byte(export), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(python, scorePy, gf, ef, "--json").Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	var py map[string]*float64
	if err := json.Unmarshal(out, &py); err != nil {
		t.Fatal(err)
	}
	got := m.Map()
	for _, k := range Names {
		p, g := py[k], got[k]
		if (p == nil) != (g == nil) || p != nil && math.Abs(*p-*g) > 1e-9 {
			t.Errorf("%s: score.py %v, port %v", k, fmtp(p), fmtp(g))
		}
	}
	return m
}

var scorePy = filepath.Join("..", "..", "..", "..", "shared", "tools", "score.py")

func fmtp(v *float64) string {
	if v == nil {
		return "null"
	}
	return strconv.FormatFloat(*v, 'g', -1, 64)
}

func near(t *testing.T, name string, got *float64, want float64) {
	t.Helper()
	if got == nil {
		t.Errorf("%s = null, want %.4f", name, want)
	} else if math.Abs(*got-want) > 1e-12 {
		t.Errorf("%s = %.6f, want %.6f", name, *got, want)
	}
}

func TestScoreByHand(t *testing.T) {
	m := score(t, goldJSON, exportJSON)
	vals := m.Map()
	// a1: Acme (via alias), Hon Hai=Foxconn, Widget hit; Beta misses; the
	// repeated Acme Corporation counts once. a2: both hit. a3 missing (1 fn).
	if c := m.Counts; c.CompaniesTP != 5 || c.CompaniesFP != 1 || c.CompaniesFN != 1 {
		t.Errorf("companies tp/fp/fn = %d/%d/%d, want 5/1/1", c.CompaniesTP, c.CompaniesFP, c.CompaniesFN)
	}
	// Deals: merger ~ acquisition ~ divestiture, joint_venture ~
	// partnership; d3 is a false positive; a3's deal is missed.
	if c := m.Counts; c.DealsTP != 3 || c.DealsFP != 1 || c.DealsFN != 1 {
		t.Errorf("deals tp/fp/fn = %d/%d/%d, want 3/1/1", c.DealsTP, c.DealsFP, c.DealsFN)
	}
	near(t, "deals.precision", vals["deals.precision"], 0.75)
	near(t, "deals.recall", vals["deals.recall"], 0.75)
	// 108 is within 10% of 100, twice.
	near(t, "deals.value_accuracy", vals["deals.value_accuracy"], 1)
	// d1 cites both articles of the cluster: merged, no over-merge.
	near(t, "clusters.merged", vals["clusters.merged"], 1)
	if m.ClustersOvermergedLinks != 0 {
		t.Errorf("overmerged = %d", m.ClustersOvermergedLinks)
	}
	if m.ArticlesMissing != 1 || m.Missing[0] != "a3.txt" {
		t.Errorf("missing = %v", m.Missing)
	}
	// title: a1 right (punctuation folded), a3 missing; published: a1, a2
	// (first 10 characters) right; author: Jane Doe right; source: right.
	near(t, "meta.title", vals["meta.title"], 0.5)
	near(t, "meta.published", vals["meta.published"], 1)
	near(t, "meta.author", vals["meta.author"], 1)
	near(t, "meta.source", vals["meta.source"], 0)
	near(t, "meta.language", vals["meta.language"], 1)
}

func TestScoreTypedBeforeUntyped(t *testing.T) {
	gold := `{"a.txt": {"companies": [{"name": "A", "aliases": []}, {"name": "B", "aliases": []}],
	  "deals": [{"parties": ["A", "B"], "type": "licensing"}, {"parties": ["A", "B"], "type": "acquisition"}]}}`
	// p1 (investment) matches neither by type; p2 (acquisition) matches the
	// second gold deal typed. The untyped pass then gives p1 to the first.
	export := `{"articles": [{"id": "a", "path": "a.txt", "companies": ["A", "B"]}], "companies": [],
	  "deals": [{"id": "p1", "type": "investment", "parties": ["A", "B"], "sources": [{"article": "a"}]},
	            {"id": "p2", "type": "acquisition", "parties": ["B", "A"], "sources": [{"article": "a"}]}]}`
	m := score(t, gold, export)
	c := m.Counts
	if c.DealsTP != 1 || c.DealsFP != 1 || c.DealsFN != 1 {
		t.Errorf("typed tp/fp/fn = %d/%d/%d, want 1/1/1", c.DealsTP, c.DealsFP, c.DealsFN)
	}
	if c.UntypedTP != 2 || c.UntypedFP != 0 || c.UntypedFN != 0 {
		t.Errorf("untyped tp/fp/fn = %d/%d/%d, want 2/0/0", c.UntypedTP, c.UntypedFP, c.UntypedFN)
	}
	if m.DealsF1IgnoringType != 1 {
		t.Errorf("f1 ignoring type = %v", m.DealsF1IgnoringType)
	}

	// Greedy in export order: a compatible-typed deal earlier in the export
	// is taken by the first gold deal, even when a later one has the exact
	// type.
	gold = `{"a.txt": {"companies": [], "deals": [{"parties": ["A", "B"], "type": "merger"}]}}`
	export = `{"articles": [{"id": "a", "path": "a.txt"}], "companies": [],
	  "deals": [{"id": "p1", "type": "divestiture", "parties": ["A", "B"], "value": 1, "sources": [{"article": "a"}]},
	            {"id": "p2", "type": "merger", "parties": ["A", "B"], "sources": [{"article": "a"}]}]}`
	m = score(t, gold, export)
	if m.DealsPrecision != 0.5 || m.DealsRecall != 1 {
		t.Errorf("p/r = %v/%v, want 0.5/1", m.DealsPrecision, m.DealsRecall)
	}
	if m.DealsValueAccuracy != nil {
		t.Errorf("value accuracy = %v, want null (no gold value)", *m.DealsValueAccuracy)
	}
}

func TestScoreParties(t *testing.T) {
	gold := `{"a.txt": {"companies": [{"name": "Foxconn", "aliases": ["Hon Hai"]}],
	  "deals": [{"parties": ["Foxconn", "Sharp", "Apple"], "type": "investment"}, {"parties": ["Foxconn"], "type": "supply"}]}}`
	for _, tc := range []struct {
		parties string
		typ     string
		tp      int
	}{
		{`["Hon Hai Precision", "Sharp Corp"]`, "investment", 0}, // Hon Hai Precision is no alias
		{`["Hon Hai", "Sharp Corp"]`, "investment", 1},           // two of three parties
		{`["Sharp", "Apple Inc."]`, "investment", 1},             // any two
		{`["Apple"]`, "investment", 0},                           // one of three is not enough
		{`["Hon Hai"]`, "supply", 1},                             // a one-party deal needs one
		{`["Hon Hai"]`, "acquisition", 0},                        // incompatible type
	} {
		export := `{"articles": [{"id": "a", "path": "dir/a.txt"}], "companies": [{"name": "Hon Hai Precision", "aliases": []}],
		  "deals": [{"id": "p", "type": "` + tc.typ + `", "parties": ` + tc.parties + `, "sources": [{"article": "a"}]}]}`
		if got := score(t, gold, export).Counts.DealsTP; got != tc.tp {
			t.Errorf("parties %s %s: tp = %d, want %d", tc.parties, tc.typ, got, tc.tp)
		}
	}
	// An export company's aliases count for its name wherever it appears.
	export := `{"articles": [{"id": "a", "path": "a.txt", "companies": ["Hon Hai Precision"]}],
	  "companies": [{"name": "Hon Hai Precision", "aliases": ["Foxconn Technology", "Hon Hai"]}],
	  "deals": [{"id": "p", "type": "supply", "parties": ["Hon Hai Precision"], "sources": [{"article": "a"}]}]}`
	m := score(t, gold, export)
	if m.Counts.DealsTP != 1 || m.Counts.CompaniesTP != 1 {
		t.Errorf("aliases: deals tp %d, companies tp %d, want 1, 1", m.Counts.DealsTP, m.Counts.CompaniesTP)
	}
}

func TestScoreValueTolerance(t *testing.T) {
	gold := `{"a.txt": {"companies": [], "deals": [{"parties": ["A", "B"], "type": "acquisition", "value": 1000, "currency": "USD"}]}}`
	for _, tc := range []struct {
		value    string
		currency string
		ok       bool
	}{
		{"1000", `"USD"`, true},
		{"1100", `"USD"`, true}, // exactly 10%
		{"900", `"USD"`, true},
		{"1100.5", `"USD"`, false},
		{"899", `"USD"`, false},
		{"1000", `"EUR"`, false},
		{"1000", `null`, false},
		{"null", `"USD"`, false},
		{"0", `"USD"`, false},
	} {
		export := `{"articles": [{"id": "a", "path": "a.txt"}], "companies": [],
		  "deals": [{"id": "p", "type": "merger", "parties": ["A", "B"], "value": ` + tc.value + `, "currency": ` + tc.currency + `, "sources": [{"article": "a"}]}]}`
		m := score(t, gold, export)
		want := 0.0
		if tc.ok {
			want = 1
		}
		near(t, "value "+tc.value+" "+tc.currency, m.DealsValueAccuracy, want)
	}
}

func TestScoreClusters(t *testing.T) {
	gold := `{
	  "a.txt": {"companies": [], "deals": [{"parties": ["A", "B"], "type": "acquisition"}, {"parties": ["A", "B"], "type": "licensing"}]},
	  "b.txt": {"companies": [], "deals": [{"parties": ["A", "B"], "type": "acquisition"}]},
	  "c.txt": {"companies": [], "deals": [{"parties": ["A", "B"], "type": "licensing"}]},
	  "deal_clusters": [[["a.txt", 0], ["b.txt", 0]], [["a.txt", 1], ["c.txt", 0]]]
	}`
	arts := `[{"id": "a", "path": "a.txt"}, {"id": "b", "path": "b.txt"}, {"id": "c", "path": "c.txt"}]`
	src := func(ids ...string) string {
		var s []string
		for _, id := range ids {
			s = append(s, `{"article": "`+id+`"}`)
		}
		return "[" + strings.Join(s, ",") + "]"
	}
	deal := func(id, typ, sources string) string {
		return `{"id": "` + id + `", "type": "` + typ + `", "parties": ["A", "B"], "sources": ` + sources + `}`
	}
	// Both clusters told as one deal each: all merged.
	m := score(t, gold, `{"articles": `+arts+`, "deals": [`+
		deal("acq", "acquisition", src("a", "b"))+","+deal("lic", "licensing", src("a", "c"))+`]}`)
	near(t, "merged", m.ClustersMerged, 1)
	if m.ClustersOvermergedLinks != 0 {
		t.Errorf("overmerged = %d, want 0", m.ClustersOvermergedLinks)
	}
	// The acquisition split in two: half merged.
	m = score(t, gold, `{"articles": `+arts+`, "deals": [`+
		deal("acq1", "acquisition", src("a"))+","+deal("acq2", "acquisition", src("b"))+","+
		deal("lic", "licensing", src("a", "c"))+`]}`)
	near(t, "merged", m.ClustersMerged, 0.5)
	// A licensing deal that also cites b is not b's acquisition (types
	// incompatible): b's acquisition is unmatched, its cluster not merged.
	m = score(t, gold, `{"articles": `+arts+`, "deals": [`+
		deal("acq", "acquisition", src("a"))+","+deal("lic", "licensing", src("a", "b", "c"))+`]}`)
	near(t, "merged", m.ClustersMerged, 0.5)
	if m.ClustersOvermergedLinks != 0 {
		t.Errorf("overmerged = %d, want 0", m.ClustersOvermergedLinks)
	}
	// Over-merge: make every gold deal an acquisition, clusters {a.0, b.0}
	// and {a.1, c.0}.
	gold2 := strings.Replace(gold, `"c.txt": {"companies": [], "deals": [{"parties": ["A", "B"], "type": "licensing"}]}`,
		`"c.txt": {"companies": [], "deals": [{"parties": ["A", "B"], "type": "acquisition"}]}`, 1)
	gold2 = strings.Replace(gold2, `{"parties": ["A", "B"], "type": "licensing"}]},`,
		`{"parties": ["A", "B"], "type": "acquisition"}]},`, 1)
	// Now a.0, a.1, b.0, c.0 are all acquisitions, clusters {a.0,b.0} and
	// {a.1,c.0}. One deal citing a, b, c takes a.0, b.0 and c.0; a.1 goes
	// unmatched (one deal per gold deal). c.0 belongs to the other cluster:
	// one over-merged link.
	m = score(t, gold2, `{"articles": `+arts+`, "deals": [`+deal("all", "acquisition", src("a", "b", "c"))+`]}`)
	if m.ClustersOvermergedLinks != 1 {
		t.Errorf("overmerged = %d, want 1", m.ClustersOvermergedLinks)
	}
	near(t, "merged", m.ClustersMerged, 0.5)
	// A gold deal in no cluster is its own: a deal matched to it and to a
	// clustered one is over-merged too.
	gold3 := `{"a.txt": {"companies": [], "deals": [{"parties": ["A", "B"], "type": "acquisition"}]},
	  "b.txt": {"companies": [], "deals": [{"parties": ["A", "B"], "type": "acquisition"}]}, "deal_clusters": []}`
	m = score(t, gold3, `{"articles": `+arts+`, "deals": [`+deal("all", "acquisition", src("a", "b"))+`]}`)
	if m.ClustersOvermergedLinks != 1 || m.ClustersMerged != nil {
		t.Errorf("overmerged = %d merged = %v, want 1, null", m.ClustersOvermergedLinks, m.ClustersMerged)
	}
}

func TestScoreArticleKeys(t *testing.T) {
	gold := `{"a.txt": {"companies": [{"name": "A", "aliases": []}], "deals": []},
	          "b.html": {"companies": [{"name": "B", "aliases": []}], "deals": []},
	          "c.md": {"companies": [{"name": "C", "aliases": []}], "deals": []}}`
	// a by basename; b by its extensionless id (path null); c missing.
	export := `{"articles": [{"id": "1", "path": "x/y/a.txt", "companies": ["A"]},
	                         {"id": "b", "path": null, "companies": ["B"]}]}`
	m := score(t, gold, export)
	if m.Counts.CompaniesTP != 2 || m.ArticlesMissing != 1 || m.Missing[0] != "c.md" {
		t.Errorf("tp = %d missing = %v", m.Counts.CompaniesTP, m.Missing)
	}
	// Nothing to score: precision 1 with no false negatives, f1 from p, r.
	m = score(t, `{}`, `{"articles": []}`)
	if m.CompaniesPrecision != 1 || m.CompaniesRecall != 1 || m.CompaniesF1 != 1 || m.MetaTitle != nil {
		t.Errorf("empty: %+v", m)
	}
}

func TestScoreErrors(t *testing.T) {
	for _, tc := range []struct{ gold, export string }{
		{`[]`, `{}`},
		{`{"a": {}} x`, `{}`},
		{`{"a": {"companies": 3}}`, `{}`},
		{`{"deal_clusters": [[["a", 0, 1]]]}`, `{}`},
		{`{}`, `{"articles": [{"id": 3}]}`},
		{`{}`, `not json`},
	} {
		if _, err := Score([]byte(tc.gold), []byte(tc.export)); err == nil {
			t.Errorf("Score(%s, %s): no error", tc.gold, tc.export)
		}
	}
}

func TestOrderedObject(t *testing.T) {
	ms, err := orderedObject([]byte(`{"b": 1, "a": 2, "b": 3}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 2 || ms[0].Key != "b" || string(ms[0].Value) != "3" || ms[1].Key != "a" {
		t.Errorf("got %+v", ms)
	}
}
