// Package scoring judges a dealwire export against annotated articles. It is
// a faithful port of ../shared/tools/score.py (its rules are in
// ../shared/tools/README.md), so the repository can score its own test
// corpora without python or the shared folder; TestMatchesPythonScorer holds
// the two to the same figures where both are available.
package scoring

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"dealwire/model"
)

// Metrics are score.py's figures. The pointer fields are null (None) when
// nothing was there to score. Map gives them under score.py's names.
type Metrics struct {
	MetaTitle     *float64 // meta.title
	MetaPublished *float64 // meta.published
	MetaAuthor    *float64 // meta.author
	MetaSource    *float64 // meta.source
	MetaLanguage  *float64 // meta.language

	CompaniesPrecision float64 // companies.precision
	CompaniesRecall    float64 // companies.recall
	CompaniesF1        float64 // companies.f1

	DealsPrecision      float64  // deals.precision
	DealsRecall         float64  // deals.recall
	DealsF1             float64  // deals.f1
	DealsF1IgnoringType float64  // deals.f1_ignoring_type
	DealsValueAccuracy  *float64 // deals.value_accuracy

	ClustersMerged          *float64 // clusters.merged
	ClustersOvermergedLinks int      // clusters.overmerged_links
	ArticlesMissing         int      // articles.missing

	// Counts behind the ratios, and the annotated files the export lacks.
	Counts  Counts
	Missing []string
}

// Counts are the true/false positives and negatives behind the ratios.
type Counts struct {
	CompaniesTP, CompaniesFP, CompaniesFN int
	DealsTP, DealsFP, DealsFN             int // typed matching
	UntypedTP, UntypedFP, UntypedFN       int // type ignored (second pass)
	ValueOK, ValueN                       int
	ClustersMerged, ClustersTotal         int
	MetaOK, MetaN                         map[string]int
}

// Names lists the metric names in score.py's output order.
var Names = []string{
	"meta.title", "meta.published", "meta.author", "meta.source", "meta.language",
	"companies.precision", "companies.recall", "companies.f1",
	"deals.precision", "deals.recall", "deals.f1", "deals.f1_ignoring_type",
	"deals.value_accuracy", "clusters.merged", "clusters.overmerged_links",
	"articles.missing",
}

// Map gives every metric under score.py's name, as `score.py --json`
// prints them; nil is null.
func (m Metrics) Map() map[string]*float64 {
	f := func(v float64) *float64 { return &v }
	return map[string]*float64{
		"meta.title":                m.MetaTitle,
		"meta.published":            m.MetaPublished,
		"meta.author":               m.MetaAuthor,
		"meta.source":               m.MetaSource,
		"meta.language":             m.MetaLanguage,
		"companies.precision":       f(m.CompaniesPrecision),
		"companies.recall":          f(m.CompaniesRecall),
		"companies.f1":              f(m.CompaniesF1),
		"deals.precision":           f(m.DealsPrecision),
		"deals.recall":              f(m.DealsRecall),
		"deals.f1":                  f(m.DealsF1),
		"deals.f1_ignoring_type":    f(m.DealsF1IgnoringType),
		"deals.value_accuracy":      m.DealsValueAccuracy,
		"clusters.merged":           m.ClustersMerged,
		"clusters.overmerged_links": f(float64(m.ClustersOvermergedLinks)),
		"articles.missing":          f(float64(m.ArticlesMissing)),
	}
}

// String prints one metric a line, like score.py without --json (ratios
// to three decimals, null as None).
func (m Metrics) String() string {
	var b strings.Builder
	vals := m.Map()
	for _, k := range Names {
		v := vals[k]
		switch {
		case v == nil:
			fmt.Fprintf(&b, "%s: None\n", k)
		case k == "clusters.overmerged_links" || k == "articles.missing":
			fmt.Fprintf(&b, "%s: %d\n", k, int(*v))
		default:
			fmt.Fprintf(&b, "%s: %.3f\n", k, *v)
		}
	}
	return b.String()
}

// ScoreCorpus scores a corpus by its export document, exactly what
// `dealwire export` prints.
func ScoreCorpus(expected []byte, c *model.Corpus) (Metrics, error) {
	var buf bytes.Buffer
	if err := c.WriteJSON(&buf); err != nil {
		return Metrics{}, err
	}
	return Score(expected, buf.Bytes())
}

// The export, as much of it as score.py reads.
type exportDoc struct {
	Articles  []exportArticle `json:"articles"`
	Companies []exportCompany `json:"companies"`
	Deals     []exportDeal    `json:"deals"`
}

type exportArticle struct {
	ID   nstr `json:"id"`
	Path nstr `json:"path"`
	metaFields
	Companies []nstr `json:"companies"`
}

// metaFields are the metadata an article has in the export and in the
// annotations alike.
type metaFields struct {
	Title     nstr `json:"title"`
	Published nstr `json:"published"`
	Author    nstr `json:"author"`
	Source    nstr `json:"source"`
	Language  nstr `json:"language"`
}

// meta is the field score.py names f.
func (m *metaFields) meta(f string) nstr {
	switch f {
	case "title":
		return m.Title
	case "published":
		return m.Published
	case "author":
		return m.Author
	case "source":
		return m.Source
	}
	return m.Language
}

type exportCompany struct {
	Name    nstr   `json:"name"`
	Aliases []nstr `json:"aliases"`
}

type exportDeal struct {
	ID       nstr     `json:"id"`
	Type     nstr     `json:"type"`
	Parties  []nstr   `json:"parties"`
	Value    *float64 `json:"value"`
	Currency nstr     `json:"currency"`
	Sources  []struct {
		Article nstr `json:"article"`
	} `json:"sources"`
}

// The annotations of one file.
type goldArticle struct {
	metaFields
	Companies []goldCompany `json:"companies"`
	Deals     []goldDeal    `json:"deals"`
}

type goldCompany struct {
	Name    nstr   `json:"name"`
	Aliases []nstr `json:"aliases"`
}

type goldDeal struct {
	Parties  []nstr   `json:"parties"`
	Type     nstr     `json:"type"`
	Value    *float64 `json:"value"`
	Currency nstr     `json:"currency"`
}

var metaNames = []string{"title", "published", "author", "source", "language"}

// dealRef is a (file, gold deal index) pair, the key of score.py's match.
// The index is a float as a cluster may spell it 1 or 1.0, equal in Python.
type dealRef struct {
	File  string
	Index float64
}

type keySet map[string]struct{}

func (s keySet) meets(o keySet) bool {
	if len(o) < len(s) {
		s, o = o, s
	}
	for k := range s {
		if _, ok := o[k]; ok {
			return true
		}
	}
	return false
}

type normCache map[string]string

func (c normCache) norm(s string) string {
	if v, ok := c[s]; ok {
		return v
	}
	v := Norm(s)
	c[s] = v
	return v
}

// Score scores an export document (the JSON `dealwire export` prints)
// against an annotation file, as `score.py EXPECTED EXPORT --json` does.
func Score(expected, export []byte) (Metrics, error) {
	members, err := orderedObject(expected)
	if err != nil {
		return Metrics{}, fmt.Errorf("expected: %w", err)
	}
	var clusters [][]dealRef
	type goldFile struct {
		name string
		g    goldArticle
	}
	var gold []goldFile
	for _, m := range members {
		if m.Key == "deal_clusters" {
			if clusters, err = decodeClusters(m.Value); err != nil {
				return Metrics{}, fmt.Errorf("expected: deal_clusters: %w", err)
			}
			continue
		}
		var g goldArticle
		if err := json.Unmarshal(m.Value, &g); err != nil {
			return Metrics{}, fmt.Errorf("expected: %q: %w", m.Key, err)
		}
		gold = append(gold, goldFile{m.Key, g})
	}
	var exp exportDoc
	if err := json.Unmarshal(export, &exp); err != nil {
		return Metrics{}, fmt.Errorf("export: %w", err)
	}

	nc := normCache{}
	// comp_names: predicted canonical name -> its normalised keys; a later
	// company of the same name replaces an earlier one.
	compNames := map[nstr]keySet{}
	for _, c := range exp.Companies {
		keys := keySet{}
		if k := c.Name.norm(nc); k != "" {
			keys[k] = struct{}{}
		}
		for _, a := range c.Aliases {
			if k := a.norm(nc); k != "" {
				keys[k] = struct{}{}
			}
		}
		compNames[c.Name] = keys
	}
	// deals_by_id: first place of an id, last deal given for it.
	var dealOrder []nstr
	dealsByID := map[nstr]*exportDeal{}
	for i := range exp.Deals {
		d := &exp.Deals[i]
		if _, ok := dealsByID[d.ID]; !ok {
			dealOrder = append(dealOrder, d.ID)
		}
		dealsByID[d.ID] = d
	}
	arts := map[nstr]*exportArticle{}
	for i := range exp.Articles {
		a := &exp.Articles[i]
		key := a.ID
		if a.Path.Valid {
			if b := basename(a.Path.S); b != "" {
				key = str(b)
			}
		}
		arts[key] = a
		if _, ok := arts[a.ID]; !ok {
			arts[a.ID] = a
		}
	}

	predCache := map[nstr]keySet{}
	predKeys := func(name nstr) keySet {
		if ks, ok := predCache[name]; ok {
			return ks
		}
		ks := keySet{name.norm(nc): {}}
		for k := range compNames[name] {
			ks[k] = struct{}{}
		}
		predCache[name] = ks
		return ks
	}
	goldKeys := func(g goldCompany) keySet {
		ks := keySet{g.Name.norm(nc): {}}
		for _, a := range g.Aliases {
			ks[a.norm(nc)] = struct{}{}
		}
		return ks
	}
	type goldComp struct {
		name nstr
		keys keySet
	}
	partyMatch := func(gparties, pparties []nstr, gcomp map[nstr]keySet) bool {
		hits := 0
		for _, gp := range gparties {
			gk, ok := gcomp[gp]
			if !ok {
				gk = keySet{gp.norm(nc): {}}
			}
			for _, pp := range pparties {
				if predKeys(pp).meets(gk) {
					hits++
					break
				}
			}
		}
		return hits >= min(2, len(gparties))
	}

	var m Metrics
	cn := &m.Counts
	cn.MetaOK, cn.MetaN = map[string]int{}, map[string]int{}
	match := map[dealRef]nstr{}
	var matchOrder []dealRef
	for _, gf := range gold {
		fname, g := gf.name, &gf.g
		a := arts[str(fname)]
		if a == nil {
			a = arts[str(splitextRoot(fname))]
		}
		if a == nil {
			m.Missing = append(m.Missing, fname)
			cn.CompaniesFN += len(g.Companies)
			cn.DealsFN += len(g.Deals)
			cn.UntypedFN += len(g.Deals)
			for _, f := range metaNames {
				if g.meta(f).Valid {
					cn.MetaN[f]++
				}
			}
			continue
		}
		for _, f := range metaNames {
			gv := g.meta(f)
			if !gv.Valid {
				continue
			}
			cn.MetaN[f]++
			pv := a.meta(f)
			var ok bool
			if f == "published" {
				ok = pv.Valid && firstRunes(pv.S, 10) == gv.S
			} else {
				ok = pv.Valid && nc.norm(pv.S) == nc.norm(gv.S)
			}
			if ok {
				cn.MetaOK[f]++
			}
		}

		// Companies: gcomp keeps the first place of a name, its last keys.
		var gorder []goldComp
		gcomp := map[nstr]keySet{}
		for _, c := range g.Companies {
			ks := goldKeys(c)
			if _, ok := gcomp[c.Name]; !ok {
				gorder = append(gorder, goldComp{name: c.Name})
			}
			gcomp[c.Name] = ks
		}
		for i := range gorder {
			gorder[i].keys = gcomp[gorder[i].name]
		}
		seen := map[nstr]bool{}
		matchedG := map[nstr]bool{}
		for _, pc := range a.Companies {
			if seen[pc] {
				continue
			}
			seen[pc] = true
			pk := predKeys(pc)
			hit := false
			for _, gc := range gorder {
				if !matchedG[gc.name] && pk.meets(gc.keys) {
					matchedG[gc.name] = true
					hit = true
					break
				}
			}
			if hit {
				cn.CompaniesTP++
			} else {
				cn.CompaniesFP++
			}
		}
		cn.CompaniesFN += len(gorder) - len(matchedG)

		// Deals: the predicted deals citing this article, in export order.
		var pds []*exportDeal
		for _, id := range dealOrder {
			d := dealsByID[id]
			for _, s := range d.Sources {
				if s.Article == a.ID {
					pds = append(pds, d)
					break
				}
			}
		}
		used := map[nstr]bool{}
		typed := make([]*exportDeal, len(g.Deals))
		ntyped := 0
		for gi, gd := range g.Deals {
			for _, d := range pds {
				if !used[d.ID] && typeOK(gd.Type, d.Type) && partyMatch(gd.Parties, d.Parties, gcomp) {
					used[d.ID] = true
					typed[gi] = d
					ntyped++
					break
				}
			}
		}
		usedAny := map[nstr]bool{}
		for k := range used {
			usedAny[k] = true
		}
		untyped := 0
		for gi, gd := range g.Deals {
			if typed[gi] != nil {
				continue
			}
			for _, d := range pds {
				if !usedAny[d.ID] && partyMatch(gd.Parties, d.Parties, gcomp) {
					usedAny[d.ID] = true
					untyped++
					break
				}
			}
		}
		for gi, d := range typed {
			if d == nil {
				continue
			}
			gd := g.Deals[gi]
			ref := dealRef{fname, float64(gi)}
			match[ref] = d.ID
			matchOrder = append(matchOrder, ref)
			if gd.Value != nil && *gd.Value != 0 {
				cn.ValueN++
				gv := *gd.Value
				if pv := d.Value; pv != nil && *pv != 0 && math.Abs(*pv-gv) <= 0.1*gv && d.Currency.S == gd.Currency.S {
					cn.ValueOK++
				}
			}
		}
		cn.DealsTP += ntyped
		cn.DealsFN += len(g.Deals) - ntyped
		cn.DealsFP += len(pds) - len(used)
		cn.UntypedTP += ntyped + untyped
		cn.UntypedFP += len(pds) - len(usedAny)
		cn.UntypedFN += len(g.Deals) - ntyped - untyped
	}

	for _, cl := range clusters {
		if len(cl) < 2 {
			continue
		}
		cn.ClustersTotal++
		var first nstr
		one := true
		for i, ref := range cl {
			id, ok := match[ref]
			if !ok {
				one = false
				break
			}
			if i == 0 {
				first = id
			} else if id != first {
				one = false
				break
			}
		}
		if one {
			cn.ClustersMerged++
		}
	}
	// Over-merge: a predicted deal matched to gold deals of two clusters
	// (a gold deal in no cluster is a cluster of its own).
	clOf := map[dealRef]string{}
	for ci, cl := range clusters {
		for _, ref := range cl {
			clOf[ref] = fmt.Sprintf("cluster %d", ci)
		}
	}
	owner := map[nstr]string{}
	for _, ref := range matchOrder {
		pid := match[ref]
		ci, ok := clOf[ref]
		if !ok {
			ci = fmt.Sprintf("solo %q %v", ref.File, ref.Index)
		}
		if o, ok := owner[pid]; ok {
			if o != ci {
				m.ClustersOvermergedLinks++
			}
		} else {
			owner[pid] = ci
		}
	}

	ratio := func(ok, n int) *float64 {
		if n == 0 {
			return nil
		}
		v := float64(ok) / float64(n)
		return &v
	}
	m.MetaTitle = ratio(cn.MetaOK["title"], cn.MetaN["title"])
	m.MetaPublished = ratio(cn.MetaOK["published"], cn.MetaN["published"])
	m.MetaAuthor = ratio(cn.MetaOK["author"], cn.MetaN["author"])
	m.MetaSource = ratio(cn.MetaOK["source"], cn.MetaN["source"])
	m.MetaLanguage = ratio(cn.MetaOK["language"], cn.MetaN["language"])
	m.CompaniesPrecision, m.CompaniesRecall, m.CompaniesF1 = prf(cn.CompaniesTP, cn.CompaniesFP, cn.CompaniesFN)
	m.DealsPrecision, m.DealsRecall, m.DealsF1 = prf(cn.DealsTP, cn.DealsFP, cn.DealsFN)
	_, _, m.DealsF1IgnoringType = prf(cn.UntypedTP, cn.UntypedFP, cn.UntypedFN)
	m.DealsValueAccuracy = ratio(cn.ValueOK, cn.ValueN)
	m.ClustersMerged = ratio(cn.ClustersMerged, cn.ClustersTotal)
	m.ArticlesMissing = len(m.Missing)
	return m, nil
}

func decodeClusters(raw json.RawMessage) ([][]dealRef, error) {
	var cls [][][]any
	if err := json.Unmarshal(raw, &cls); err != nil {
		return nil, err
	}
	out := make([][]dealRef, len(cls))
	for ci, cl := range cls {
		out[ci] = make([]dealRef, len(cl))
		for i, pair := range cl {
			if len(pair) != 2 {
				return nil, fmt.Errorf("cluster %d: want [file, index], got %v", ci, pair)
			}
			f, ok1 := pair[0].(string)
			x, ok2 := pair[1].(float64)
			if !ok1 || !ok2 {
				return nil, fmt.Errorf("cluster %d: want [file, index], got %v", ci, pair)
			}
			out[ci][i] = dealRef{f, x}
		}
	}
	return out, nil
}

// compat are the groups of deal types score.py counts as the same.
var compat = []map[string]bool{
	{"acquisition": true, "divestiture": true, "merger": true},
	{"partnership": true, "joint_venture": true},
}

func typeOK(a, b nstr) bool {
	if a == b {
		return true
	}
	if !a.Valid || !b.Valid {
		return false
	}
	for _, g := range compat {
		if g[a.S] && g[b.S] {
			return true
		}
	}
	return false
}

func prf(tp, fp, fn int) (p, r, f float64) {
	switch {
	case tp+fp > 0:
		p = float64(tp) / float64(tp+fp)
	case fn == 0:
		p = 1
	}
	r = 1
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r != 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// basename is os.path.basename (posix).
func basename(p string) string {
	return p[strings.LastIndexByte(p, '/')+1:]
}

// splitextRoot is os.path.splitext(p)[0] (posix): the extension is from the
// last dot of the last component, unless that component is all leading dots
// before it.
func splitextRoot(p string) string {
	sep := strings.LastIndexByte(p, '/')
	dot := strings.LastIndexByte(p, '.')
	if dot > sep {
		for i := sep + 1; i < dot; i++ {
			if p[i] != '.' {
				return p[:dot]
			}
		}
	}
	return p
}

// firstRunes is s[:n] on a Python str.
func firstRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}
