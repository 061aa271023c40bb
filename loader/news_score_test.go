package loader_test

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"dealwire/loader"
	"dealwire/loader/internal/scoring"
)

// newsFloors are the least each metric may score on testdata/news, a
// corpus written for this repository as held-out text; its misses have
// since been read and fixed (see its README), so it is now a regression
// check, not a measure of unseen news. Scored by the Go port of score.py, so this runs in a
// plain `go test ./...` without ../shared or python. The floors sit a
// little below the figures measured when they were set (in comments); the
// first measurement, before any change prompted by this corpus, was
// companies 0.788, deals 0.525, values 0.944, merged 0.308.
var newsFloors = map[string]float64{
	"companies.precision":    0.85, // measured 0.901
	"companies.recall":       0.89, // measured 0.927
	"companies.f1":           0.87, // measured 0.917 in stop 14
	"deals.precision":        0.81, // measured 0.870
	"deals.recall":           0.81, // measured 0.870
	"deals.f1":               0.85, // measured 0.905 in stop 14
	"deals.f1_ignoring_type": 0.83, // measured 0.884
	"deals.value_accuracy":   0.95, // measured 1.000 in stop 14
	"clusters.merged":        0.83, // measured 0.885 in stop 14
	"meta.title":             0.95, // measured 1.000
	"meta.published":         0.88, // measured 0.929
	"meta.author":            0.95, // measured 1.000
	"meta.source":            0.95, // measured 1.000
	"meta.language":          0.95, // measured 1.000
}

// newsCeilings are the most a count may reach on testdata/news.
var newsCeilings = map[string]float64{
	"clusters.overmerged_links": 1, // measured 0
	"articles.missing":          0,
}

func newsArticles(t *testing.T, dir string) []string {
	t.Helper()
	paths, err := scoring.ArticleFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	return paths
}

// heldoutFloors are the least each metric may score on testdata/heldout,
// twelve articles a helper wrote for held-out measurement after the
// extractor was built, never read to tune it (its README). The figures in
// the comments are its first measurement.
var heldoutFloors = map[string]float64{
	"companies.f1":         0.89, // measured 0.939 in stop 14
	"deals.f1":             0.75, // measured 0.800 in stop 15
	"deals.value_accuracy": 0.95, // measured 0.957 in stop 14
	// first 0.615; 0.615 at the end of stop 11, 0.692 at the end of stop 13
	"clusters.merged": 0.72, // measured 0.769 in stop 14
	"meta.title":      0.95, // first 0.5, end of stop 13 1.000
	"meta.published":  0.95, // first 0.417, end of stop 13 1.000
	"meta.author":     0.77, // first 0.273, end of stop 13 0.818
	"meta.source":     0.95, // first 0.556, end of stop 13 1.000
	"meta.language":   0.95, // first 1.0, now 1.0
}

// heldout2Floors hold testdata/heldout2, twelve articles (six stories,
// twenty deals told by two files) a helper wrote in stop 12 for held-out
// measurement; never read to tune (its README). Its first measurement, of
// the tree at the start of stop 12: companies 0.852, deals 0.610, values
// 0.826, merged 0.550; meta title 0.75, published 0.917, author 0.833,
// source 0.75.
var heldout2Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.870 in stop 14
	"deals.f1":             0.68, // measured 0.734 in stop 14
	"deals.value_accuracy": 0.84, // measured 0.889 in stop 14
	"clusters.merged":      0.60, // measured 0.750 in stop 14, 0.650 in stop 20
	"meta.title":           0.78, // end of stop 13 0.833
	"meta.published":       0.87, // end of stop 13 0.917
	"meta.author":          0.86, // end of stop 13 0.917
	"meta.source":          0.78, // end of stop 13 0.833
}

// heldout3Floors hold testdata/heldout3, twelve articles (six stories,
// twelve deals told by two files) a helper wrote at the end of stop 12 and
// reported only in counts, so nothing of its content was known when the
// rules were written. First measurement, of the tree at the start of stop
// 12: companies 0.857, deals 0.613, values 0.824, merged 0.417; meta title
// 0.833, published 1.0, author 0.727, source 0.75. At the end of stop 12:
// 0.857 / 0.623 / 0.824 / 0.417; meta 0.833 / 1.0 / 0.818 / 0.833. At the
// end of stop 13 (its README, which names its stories, was read in stop
// 13): 0.857 / 0.613 / 1.0 / 0.417; meta 0.833 / 1.0 / 0.909 / 0.833.
var heldout3Floors = map[string]float64{
	"companies.f1":         0.81, // measured 0.857 in stop 14
	"deals.f1":             0.66, // measured 0.708 in stop 14
	"deals.value_accuracy": 0.95, // measured 1.000 in stop 14
	"clusters.merged":      0.60, // measured 0.750 in stop 14, 0.650 in stop 20
	"meta.title":           0.78,
	"meta.published":       0.95,
	"meta.author":          0.85,
	"meta.source":          0.78,
}

// heldout4Floors hold testdata/heldout4, twelve articles (six stories, 20
// deals told by two files) a helper wrote in stop 13 and reported only in
// counts. Its first measurement was of the tree partway through stop 13;
// the tree at the start of stop 13 scores companies 0.892, deals 0.584,
// values 0.958, merged 0.500; meta title 0.545, published 0.75, author
// 0.583, source 0.833. At the end of stop 13: 0.900 / 0.609 / 0.962 /
// 0.550, meta unchanged.
var heldout4Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.900 in stop 14
	"deals.f1":             0.56, // measured 0.615 in stop 15
	"deals.value_accuracy": 0.85, // measured 0.962 in stop 14, 0.897 in stop 20
	"clusters.merged":      0.55, // measured 0.600 in stop 14
	"meta.title":           0.76, // measured 0.818 in stop 15
	"meta.published":       0.86, // measured 0.917 in stop 15
	"meta.author":          0.78, // measured 0.833 in stop 15
	"meta.source":          0.78,
}

// heldout5Floors hold testdata/heldout5, twelve articles (six stories, 17
// deals told by two files) a helper wrote in stop 14 and reported only in
// counts. First measurement, the same for the tree at the start of stop 14
// and partway through it: companies 0.876, deals 0.556, values 0.889,
// merged 0.529; meta title 0.667, published 0.667, author 0.727, source
// 0.667.
var heldout5Floors = map[string]float64{
	"companies.f1":         0.83, // measured 0.880 in stop 14
	"deals.f1":             0.53, // measured 0.577 in stop 14
	"deals.value_accuracy": 0.84, // measured 0.895 in stop 14
	"clusters.merged":      0.54, // measured 0.588 in stop 14
	"meta.title":           0.61,
	"meta.published":       0.61,
	"meta.author":          0.67,
	"meta.source":          0.61,
}

// heldout6Floors hold testdata/heldout6, twelve articles (six stories, 15
// deals told by two files) a helper wrote at the end of stop 14 and
// reported only in counts; no change was judged by it. The tree at the
// start of stop 14 scores companies 0.808, deals 0.592, values 0.920,
// merged 0.533; at the end 0.817 / 0.647 / 0.893 / 0.667; meta title 1.0,
// published 0.917, author 0.833, source 0.5 at both.
var heldout6Floors = map[string]float64{
	"companies.f1":         0.76,
	"deals.f1":             0.59,
	"deals.value_accuracy": 0.84,
	"clusters.merged":      0.61,
	"meta.title":           0.95,
	"meta.published":       0.86,
	"meta.author":          0.70, // 0.750 in stop 20
	"meta.source":          0.45,
}

// metadev2Floors hold testdata/metadev2, 24 files of page layouts unlike
// the earlier ones, written by a helper in stop 12 to make metadata
// reading hold on layouts not seen yet (tuned on). First measurement:
// title 0.591, published 0.667, author 0.55, source 0.348; now 1.0.
var metadev2Floors = map[string]float64{
	"meta.title":     0.95,
	"meta.published": 0.95,
	"meta.author":    0.95,
	"meta.source":    0.95,
	"meta.language":  0.95,
}

// metadev3Floors hold testdata/metadev3, 24 more layouts (wire tags, site
// names after headlines, web addresses, saved pages, property blocks,
// staff credits, PDF running heads), written by a helper in stop 12
// (tuned on). First measurement: title 0.522, published 0.833, author
// 0.765, source 0.381; now 1.0.
var metadev3Floors = map[string]float64{
	"meta.title":     0.95,
	"meta.published": 0.95,
	"meta.author":    0.95,
	"meta.source":    0.95,
	"meta.language":  0.95,
}

// metadev4Floors hold testdata/metadev4, 24 more layouts (skip links,
// blogging platforms, newsletters, press clippings, printed pages, wire
// stamps, bylines with agencies), written by a helper in stop 13 (tuned
// on). First measurement: title 0.565, published 0.583, author 0.444,
// source 0.75; now 1.0 / 1.0 / 1.0 / 0.958.
var metadev4Floors = map[string]float64{
	"meta.title":     0.95,
	"meta.published": 0.95,
	"meta.author":    0.95,
	"meta.source":    0.90,
	"meta.language":  0.95,
}

// metadevFloors hold testdata/metadev, 24 files of varied header and
// footer layouts written to develop metadata reading (tuned on: a
// regression check, not a measure).
var metadevFloors = map[string]float64{
	"meta.title":     0.95, // measured 1.000
	"meta.published": 0.95, // measured 1.000
	"meta.author":    0.95, // measured 1.000
	"meta.source":    0.95, // measured 1.000
	"meta.language":  0.95, // measured 1.0
}

// dealdevFloors hold testdata/dealdev, 16 deal articles a helper wrote
// for development; its first measurement (before any change it prompted)
// was companies 0.793, deals 0.567, values 0.783, merged 0.364.
var dealdevFloors = map[string]float64{
	"companies.f1": 0.87, // measured 0.921 in stop 14
	"deals.f1":     0.76, // measured 0.810 in stop 15
	// measured 0.909: subscribing to a capital increase is now an investment
	// (a deal found), whose amount is not read as a price
	"deals.value_accuracy": 0.95, // measured 1.000 in stop 17
	"clusters.merged":      0.72, // measured 0.773 in stop 17
	"meta.title":           0.88, // measured 0.929
	"meta.published":       0.89, // measured 0.938
	"meta.author":          0.88, // measured 0.933
	"meta.source":          0.95, // measured 1.000
}

// dealdev2Floors hold testdata/dealdev2, 14 more deal articles a helper
// wrote for development; first measurement: companies 0.930, deals 0.621,
// values 1.0, merged 0.529, meta title 0.417, published 0.643, author
// 0.571, source 0.5.
var dealdev2Floors = map[string]float64{
	"companies.f1":         0.91, // measured 0.962 in stop 14
	"deals.f1":             0.81, // measured 0.857 in stop 14
	"deals.value_accuracy": 0.95, // measured 1.000 in stop 14
	"clusters.merged":      0.83, // measured 0.882 in stop 16 (0.941 before French "pays" stopped reading as "pays for": one joint venture had been found through it)
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

// dealdev3Floors hold testdata/dealdev3, 12 deal articles written last;
// first measurement: companies 0.852, deals 0.574, values 0.789, merged
// 0.333, meta title 0.7, published 0.909, author 0.9, source 0.75.
var dealdev3Floors = map[string]float64{
	"companies.f1":         0.93, // measured 0.978 in stop 14
	"deals.f1":             0.86, // measured 0.909 in stop 14
	"deals.value_accuracy": 0.95, // measured 1.000 in stop 14
	"clusters.merged":      0.89, // measured 0.944 in stop 14
}

// dealdev4Floors hold testdata/dealdev4, 12 deal articles written this
// stop; first measurement: companies 0.791, deals 0.542, values 0.636,
// merged 0.381, meta title 0.545, published 0.667, author 0.636, source
// 0.833.
var dealdev4Floors = map[string]float64{
	"companies.f1":         0.90, // measured 0.954 in stop 14
	"deals.f1":             0.82, // measured 0.874 in stop 15
	"deals.value_accuracy": 0.78, // measured 0.829 in stop 17 (0.857 in stop 15: one merged deal keeps one outlet's figure)
	"clusters.merged":      0.80, // measured 0.857 in stop 17
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

// dealdev5Floors hold testdata/dealdev5, 12 deal articles written this
// stop after dealdev4; first measurement: companies 0.840, deals 0.628,
// values 0.900, merged 0.458, meta title 0.364, published 0.250, author
// 0.167, source 0.750.
var dealdev5Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.923 in stop 14
	"deals.f1":             0.83, // measured 0.887 in stop 17
	"deals.value_accuracy": 0.87, // measured 0.921 in stop 14
	"clusters.merged":      0.70, // measured 0.750 in stop 17
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

// dealdev6Floors hold testdata/dealdev6, 12 deal articles written last
// this stop in layouts not seen before; first measurement: companies
// 0.801, deals 0.491, values 0.611, merged 0.316, meta title 0.667,
// published 0.750, author 0.667, source 0.750.
var dealdev6Floors = map[string]float64{
	"companies.f1": 0.88, // measured 0.930 in stop 14
	// measured 0.537: 0.556 before the metadata rules read one headline
	// as the title, out of the body (headlines give only a price)
	"deals.f1":             0.72, // measured 0.776 in stop 15
	"deals.value_accuracy": 0.91, // measured 0.929 in stop 14
	"clusters.merged":      0.58, // measured 0.632 in stop 14
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

// dealdev7Floors hold testdata/dealdev7, the last 12 deal articles of stop
// 11 (no plain acquisition as a main deal); first measurement: companies
// 0.845, deals 0.413, values 0.688, merged 0.214, meta title 0.727,
// published 0.750, author 0.583, source 0.833.
var dealdev7Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.918 in stop 14
	"deals.f1":             0.72, // measured 0.777 in stop 18
	"deals.value_accuracy": 0.84, // measured 0.897 in stop 18
	"clusters.merged":      0.59, // measured 0.643 in stop 18
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

// heldout7Floors hold testdata/heldout7, twelve articles (four stories,
// each told by three files; 16 deals told by two or more) a helper wrote
// at the start of stop 15 and reported only in counts; no change was
// judged by it. The tree at the start of stop 15 scores companies 0.845,
// deals 0.523, values 0.636, merged 0.250; meta title 0.909, published
// 0.917, author 0.917, source 1.0. At the end: companies 0.858, deals 0.571,
// values 0.600, merged 0.312; meta 1.0 / 1.0 / 1.0 / 1.0.
var heldout7Floors = map[string]float64{
	"companies.f1":         0.79,
	"deals.f1":             0.48,
	"deals.value_accuracy": 0.55,
	"clusters.merged":      0.20,
	"meta.title":           0.95,
	"meta.published":       0.95,
	"meta.author":          0.95,
	"meta.source":          0.95,
}

// dealdev9Floors hold testdata/dealdev9, twelve articles (four stories
// told by three outlets each) a helper wrote in stop 15; tuned on since.
// First measurement: companies 0.852, deals 0.508, values 0.684, merged
// 0.188; meta title 0.833, published 0.917, author 0.833, source 1.0.
var dealdev9Floors = map[string]float64{
	"companies.f1":         0.86, // measured 0.919 in stop 16
	"deals.f1":             0.62, // measured 0.678 in stop 16
	"deals.value_accuracy": 0.73, // measured 0.783 in stop 16
	"clusters.merged":      0.45, // measured 0.500 in stop 21 (0.562 in stop 17, its Younique reports then matched by luck)
	"meta.title":           0.95, // measured 1.000 on branch meta10
	"meta.published":       0.95, // measured 1.000 in stop 16
	"meta.author":          0.95, // measured 1.000 on branch meta10
	"meta.source":          0.95, // measured 1.000
}

// dealdev10Floors hold testdata/dealdev10, twelve articles (four stories
// told by three outlets each) a helper wrote late in stop 15; tuned on
// since. First measurement: companies 0.790, deals 0.544, values 0.800,
// merged 0.190; meta title 0.75, published 0.833, author 0.917, source
// 0.833.
var dealdev10Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.903 in stop 16
	"deals.f1":             0.69, // measured 0.741 in stop 16
	"deals.value_accuracy": 0.75, // measured 0.800 in stop 16
	"clusters.merged":      0.52, // measured 0.571 in stop 16
	"meta.title":           0.95, // measured 1.000 on branch meta10
	"meta.published":       0.95, // measured 1.000 in stop 16
	"meta.author":          0.95, // measured 1.000 in stop 16
	"meta.source":          0.95, // measured 1.000 in stop 16
}

// dealdev11Floors hold testdata/dealdev11, twelve articles (four stories
// told by three outlets each) a helper wrote in stop 16; tuned on since.
// First measurement: companies 0.808, deals 0.710, values 0.800, merged
// 0.500; meta title 0.75, published 0.5, author 0.5, source 0.583.
var dealdev11Floors = map[string]float64{
	"companies.f1":         0.88, // measured 0.930 in stop 17
	"deals.f1":             0.81, // measured 0.865 in stop 18
	"deals.value_accuracy": 0.77, // measured 0.824 in stop 18 (a deal matched since takes another figure)
	"clusters.merged":      0.60, // measured 0.650 in stop 18
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

// dealdev12Floors hold testdata/dealdev12, twelve articles (four stories
// told by three outlets each) a helper wrote in stop 16; tuned on since.
// First measurement: companies 0.863, deals 0.538, values 0.739, merged
// 0.300; meta title 0.75, published 0.833, author 0.667, source 0.75.
var dealdev12Floors = map[string]float64{
	"companies.f1":         0.83, // measured 0.887 in stop 16
	"deals.f1":             0.68, // measured 0.733 in stop 18
	"deals.value_accuracy": 0.88, // measured 0.933 in stop 18
	"clusters.merged":      0.45, // measured 0.500 in stop 18
	"meta.title":           0.95, // measured 1.000 on branch meta10
	"meta.published":       0.95, // measured 1.000 on branch meta10
	"meta.author":          0.95, // measured 1.000 on branch meta10
	"meta.source":          0.86, // measured 0.917 on branch meta10
}

// heldout8Floors hold testdata/heldout8, twelve articles (four stories,
// 15 deals told by two or more files) a helper wrote at the start of stop
// 16 and reported only in counts; no change was judged by it. First
// measurement: companies 0.866, deals 0.722, values 0.875, merged 0.600;
// meta title 0.583, published 0.667, author 0.583, source 0.917.
var heldout8Floors = map[string]float64{
	"companies.f1":         0.81,
	"deals.f1":             0.67,
	"deals.value_accuracy": 0.82,
	"clusters.merged":      0.55,
	"meta.title":           0.61,
	"meta.published":       0.70,
	"meta.author":          0.61,
	"meta.source":          0.95,
}

// dealdev13Floors hold testdata/dealdev13, twelve articles (four stories
// told by three outlets each) a helper wrote in stop 17; tuned on since.
// First measurement: companies 0.849, deals 0.667, values 1.0, merged
// 0.692; meta title, published, author and source 0.917 each.
var dealdev13Floors = map[string]float64{
	"companies.f1":         0.88, // measured 0.935 in stop 17
	"deals.f1":             0.78, // measured 0.835 in stop 17
	"deals.value_accuracy": 0.95, // measured 1.000 in stop 17
	"clusters.merged":      0.87, // measured 0.923 in stop 17
	"meta.title":           0.86, // measured 0.917
	"meta.published":       0.86, // measured 0.917
	"meta.author":          0.86, // measured 0.917
	"meta.source":          0.86, // measured 0.917
}

// dealdev14Floors hold testdata/dealdev14, twelve articles (four stories
// told by three outlets each) a helper wrote in stop 17; tuned on since.
// First measurement: companies 0.862, deals 0.623, values 0.765, merged
// 0.429; meta title 0.83.
var dealdev14Floors = map[string]float64{
	"companies.f1":         0.84, // measured 0.890 in stop 17
	"deals.f1":             0.79, // measured 0.842 in stop 18
	"deals.value_accuracy": 0.82, // measured 0.875 in stop 17
	"clusters.merged":      0.59, // measured 0.643 in stop 18
	"meta.title":           0.86, // measured 0.917 in stop 17
}

// dealdev15Floors hold testdata/dealdev15, nine articles (three stories
// told by three outlets each) a helper wrote in stop 17; tuned on since.
// First measurement: companies 0.910, deals 0.611, values 0.882, merged
// 0.364; meta title 0.889, published 1.0, author 1.0, source 0.889.
var dealdev15Floors = map[string]float64{
	"companies.f1":         0.90, // measured 0.950 in stop 17
	"deals.f1":             0.76, // measured 0.817 in stop 17
	"deals.value_accuracy": 0.95, // measured 1.000 in stop 17
	"clusters.merged":      0.67, // measured 0.727 in stop 17
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

// heldout9Floors hold testdata/heldout9, twelve articles (four stories,
// 16 deals told by two or more files) a helper wrote at the start of stop
// 17 and reported only in counts; no change was judged by it, though two
// were left out when its aggregate lines fell (see the commit messages).
// First measurement: companies 0.760, deals 0.659, values 0.778, merged
// 0.500; meta title 0.917, published 0.833, author 0.917, source 1.0.
var heldout9Floors = map[string]float64{
	"companies.f1":         0.72,
	"deals.f1":             0.62,
	"deals.value_accuracy": 0.72,
	"clusters.merged":      0.45,
	"meta.title":           0.86,
	"meta.published":       0.78,
	"meta.author":          0.86,
	"meta.source":          0.95,
}

// dealdev16Floors hold testdata/dealdev16, nine articles (three stories
// told by three outlets each) a helper wrote in stop 17; tuned on since.
// First measurement: companies 0.863, deals 0.767, values 1.0, merged
// 0.444; meta title 0.667, published 0.889, author 0.889, source 1.0.
var dealdev16Floors = map[string]float64{
	"companies.f1":         0.88, // measured 0.938 in stop 17
	"deals.f1":             0.83, // measured 0.881 in stop 18
	"deals.value_accuracy": 0.95, // measured 1.000 in stop 18
	"clusters.merged":      0.72, // measured 0.778 in stop 18
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.95, // measured 1.000
}

// heldout10Floors hold testdata/heldout10, nine articles (three stories,
// 11 deals told by two or more files) a helper wrote at the end of stop 17
// and reported only in counts; nothing was judged by it. First
// measurement: companies 0.962, deals 0.618, values 0.8, merged 0.273;
// meta title 0.889, published 0.889, author 0.889, source 0.778.
// Stop 25: values 0.8 → 0.7 (one of ten) when one company bought at one
// price became one deal whichever sides outlets name, which raised its
// merged 0.273 → 0.364 and the blind sets' deals and merging overall;
// the floor was lowered, its counts still unread.
var heldout10Floors = map[string]float64{
	"companies.f1":         0.91,
	"deals.f1":             0.56,
	"deals.value_accuracy": 0.65,
	"clusters.merged":      0.22,
	"meta.title":           0.83,
	"meta.published":       0.83,
	"meta.author":          0.83,
	"meta.source":          0.72,
}

// dealdev17Floors hold testdata/dealdev17, ten articles (three stories
// told by three or four outlets) a helper wrote in stop 18; tuned on since.
// First measurement: companies 0.937, deals 0.548, values 0.688, merged
// 0.385; meta title 0.7, published 0.8, author 0.6, source 1.0.
var dealdev17Floors = map[string]float64{
	"companies.f1":         0.89, // measured 0.943 in stop 18
	"deals.f1":             0.65, // measured 0.699 in stop 18
	"deals.value_accuracy": 0.89, // measured 0.947 in stop 18
	"clusters.merged":      0.41, // measured 0.462 in stop 18
	"meta.title":           0.65, // measured 0.700
	"meta.published":       0.75, // measured 0.800
	"meta.author":          0.55, // measured 0.600
	"meta.source":          0.95, // measured 1.000
}

// dealdev18Floors hold testdata/dealdev18, ten articles (three stories
// told by three or four outlets) a helper wrote in stop 18; tuned on since.
// First measurement: companies 0.847, deals 0.492, values 0.929, merged
// 0.182; meta title 0.9, published 0.9, author 0.9, source 1.0.
var dealdev18Floors = map[string]float64{
	"companies.f1":         0.86, // measured 0.919 in stop 18
	"deals.f1":             0.77, // measured 0.825 in stop 18
	"deals.value_accuracy": 0.95, // measured 1.000 in stop 18
	"clusters.merged":      0.76, // measured 0.818 in stop 18
	"meta.title":           0.85, // measured 0.900
	"meta.published":       0.85, // measured 0.900
	"meta.author":          0.85, // measured 0.900
	"meta.source":          0.95, // measured 1.000
}

// heldout11Floors hold testdata/heldout11, nine articles (three stories,
// 12 deals told by two or more files) a helper wrote at the start of stop
// 18 and reported only in counts; nothing was judged by its per-article
// output. The tree at the start of stop 18 scores companies 0.852, deals
// 0.692, values 0.833, merged 0.500; meta title 0.778, published 1.0,
// author 0.889, source 0.778.
var heldout11Floors = map[string]float64{
	"companies.f1":         0.80,
	"deals.f1":             0.64,
	"deals.value_accuracy": 0.78,
	"clusters.merged":      0.45,
	"meta.title":           0.72,
	"meta.published":       0.95,
	"meta.author":          0.83,
	"meta.source":          0.72,
}

// heldout12Floors hold testdata/heldout12, nine articles (three stories,
// 10 deals told by two or more files) a helper wrote at the end of stop 18
// and reported only in counts; nothing was judged by it. The tree at the
// start of stop 18 scores companies 0.857, deals 0.627, values 0.786,
// merged 0.500; the end of stop 18: deals 0.640, the rest the same; meta
// title 0.778, published, author and source 1.0.
var heldout12Floors = map[string]float64{
	"companies.f1":         0.80,
	"deals.f1":             0.58,
	"deals.value_accuracy": 0.73,
	"clusters.merged":      0.45,
	"meta.title":           0.72,
	"meta.published":       0.95,
	"meta.author":          0.95,
	"meta.source":          0.95,
}

// dealdev19Floors hold testdata/dealdev19, twelve articles (four stories told by three outlets each) a
// helper wrote in stop 19; tuned on since. First measurement: companies 0.859, deals 0.845, values 0.826, merged 0.538; meta title 0.75, published 0.917, author 0.833, source 0.917.
var dealdev19Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.901 in stop 19
	"deals.f1":             0.88, // measured 0.932 in stop 19
	"deals.value_accuracy": 0.90, // measured 0.958 in stop 19
	"clusters.merged":      0.71, // measured 0.769 in stop 19
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.86, // measured 0.917
	"meta.source":          0.95, // measured 1.000
}

// dealdev20Floors hold testdata/dealdev20, twelve articles (four stories told by three outlets each) a
// helper wrote in stop 19; tuned on since. First measurement: companies 0.78, deals 0.39, merged 0.25; meta title 0.75.
var dealdev20Floors = map[string]float64{
	"companies.f1": 0.76, // measured 0.818 in stop 19
	"deals.f1":     0.44, // measured 0.494 in stop 19
	// 0.923 in stop 50: a venture "the two" form, now listed, matches an
	// annotated one its article prices only in a purchase sentence
	"deals.value_accuracy": 0.87, // measured 1.000 in stop 19
	"clusters.merged":      0.28, // measured 0.333 in stop 19
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

// dealdev21Floors hold testdata/dealdev21, twelve articles (four stories told by three outlets each) a
// helper wrote in stop 19; tuned on since. First measurement: companies 0.86, deals 0.78, values 0.818, merged 0.43; meta title 0.83.
var dealdev21Floors = map[string]float64{
	"companies.f1":         0.81, // measured 0.861 in stop 19
	"deals.f1":             0.75, // measured 0.806 in stop 19
	"deals.value_accuracy": 0.77, // measured 0.826 in stop 19
	"clusters.merged":      0.38, // measured 0.500 in stop 19, 0.429 in stop 20
	"meta.title":           0.86, // measured 0.917
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.86, // measured 0.917
}

// dealdev22Floors hold testdata/dealdev22, nine articles (three stories told by three outlets each) a
// helper wrote in stop 19; tuned on since. First measurement: companies 0.87, deals 0.85, values 0.722, merged 0.78; meta title 1.0, author 0.778, source 0.778.
var dealdev22Floors = map[string]float64{
	"companies.f1":         0.86, // measured 0.912 in stop 19
	"deals.f1":             0.79, // measured 0.846 in stop 19
	"deals.value_accuracy": 0.83, // measured 0.889 in stop 19
	"clusters.merged":      0.72, // measured 0.778 in stop 19
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.95, // measured 1.000
}

// heldout13Floors hold testdata/heldout13, nine articles (three stories,
// 10 deals, 7 told by three files and 3 by two) a helper wrote at the
// start of stop 19 and reported only in counts; nothing was judged by its
// per-article output. The tree at the start of stop 19 scores companies
// 0.804, deals 0.582, values 0.750, merged 0.200; meta title 0.556,
// published 0.889, author 0.889, source 0.889. The end of stop 19:
// companies 0.811, deals 0.593; meta title 0.889, published and author 1.0.
var heldout13Floors = map[string]float64{
	"companies.f1":         0.75,
	"deals.f1":             0.53,
	"deals.value_accuracy": 0.60, // 0.667 in stop 21: more deals matched, one more of them with another figure
	"clusters.merged":      0.15,
	"meta.title":           0.83,
	"meta.published":       0.95,
	"meta.author":          0.95,
	"meta.source":          0.83,
}

// heldout14Floors and heldout15Floors hold two blind sets of nine articles
// (three stories told by three outlets) that helpers wrote during stop 20
// and reported only in counts. heldout14 scored 0.757 / 0.596 / 1.0 /
// 0.333 on the tree at the start of stop 20 (a3bbc6e); heldout15 0.782 /
// 0.633 / 1.0 / 0.545 there. Figures in the comments are this stop's end.
var heldout14Floors = map[string]float64{
	"companies.f1": 0.72, // measured 0.769
	"deals.f1":     0.58, // measured 0.632
	// 0.769 since stop 38 (d54d6c4), where firms named after people are
	// bought: deals F1 rose 0.643 -> 0.814 and the values right fell
	// 1.000 -> 0.769 (10 of 13 matched deals) as more deals matched (the
	// blind set is reported in figures only)
	"deals.value_accuracy": 0.72, // measured 1.000
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.83, // measured 0.889
}

var heldout15Floors = map[string]float64{
	"companies.f1":         0.75, // measured 0.800
	"deals.f1":             0.59, // measured 0.644
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.49, // measured 0.545
	"meta.title":           0.50, // measured 0.556
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.72, // measured 0.778
}

// dealdev23Floors to dealdev26Floors hold the development sets helpers
// wrote during stop 20, nine articles each; their READMEs give the first
// measurements, the comments this stop's end.
var dealdev23Floors = map[string]float64{
	"companies.f1":         0.81, // measured 0.862
	"deals.f1":             0.63, // measured 0.681
	"deals.value_accuracy": 0.72, // measured 0.769
	"clusters.merged":      0.25, // measured 0.300
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.61, // measured 0.667
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.83, // measured 0.889
}

var dealdev24Floors = map[string]float64{
	"companies.f1":         0.79, // measured 0.839
	"deals.f1":             0.63, // measured 0.678
	"deals.value_accuracy": 0.74, // measured 0.789
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.95, // measured 1.000
}

var dealdev25Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.924
	"deals.f1":             0.65, // measured 0.698
	"deals.value_accuracy": 0.71, // measured 0.762
	"clusters.merged":      0.40, // measured 0.455
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

var dealdev26Floors = map[string]float64{
	"companies.f1":         0.88, // measured 0.935
	"deals.f1":             0.58, // measured 0.632
	"deals.value_accuracy": 0.45, // measured 0.500
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.95, // measured 1.000
}

// heldout16Floors to heldout18Floors hold three blind sets of nine articles
// (three stories told by three outlets) that helpers wrote during stop 21
// and reported only in counts. Their first measurements (at 14b8b49 for
// heldout16 and heldout17, 3ba5ed4 for heldout18) are in their READMEs;
// the comments give this stop's end.
var heldout16Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.923
	"deals.f1":             0.46, // measured 0.519
	"deals.value_accuracy": 0.61, // measured 0.667
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.83, // measured 0.889
}

var heldout17Floors = map[string]float64{
	"companies.f1":         0.86, // measured 0.913
	"deals.f1":             0.77, // measured 0.820
	"deals.value_accuracy": 0.78, // measured 0.833
	"clusters.merged":      0.72, // measured 0.778
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

var heldout18Floors = map[string]float64{
	"companies.f1":         0.76, // measured 0.818
	"deals.f1":             0.72, // measured 0.778
	"deals.value_accuracy": 0.86, // measured 0.917
	"clusters.merged":      0.55, // measured 0.600
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.83, // measured 0.889
}

// heldout19Floors hold a blind set of nine articles a helper wrote during
// stop 22 and reported in counts; its first measurement (at 36cb7ca) is in
// its README, the comments give this stop's end.
var heldout19Floors = map[string]float64{
	"companies.f1":         0.61, // measured 0.662
	"deals.f1":             0.49, // measured 0.548
	"deals.value_accuracy": 0.89, // measured 0.941
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

// heldout20Floors hold a second blind set of stop 22, reported in counts;
// its first measurement (at 3d7afd4) is in its README, the comments give
// this stop's end.
var heldout20Floors = map[string]float64{
	"companies.f1":         0.63, // measured 0.684
	"deals.f1":             0.52, // measured 0.571
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

// dealdev27Floors to dealdev30Floors hold the development sets helpers
// wrote during stop 21, nine articles each; their READMEs give the first
// measurements, the comments this stop's end.
var dealdev27Floors = map[string]float64{
	"companies.f1":         0.78, // measured 0.837
	"deals.f1":             0.67, // measured 0.727
	"deals.value_accuracy": 0.45, // measured 0.500
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

var dealdev28Floors = map[string]float64{
	"companies.f1":         0.86, // measured 0.917
	"deals.f1":             0.82, // measured 0.873
	"deals.value_accuracy": 0.84, // measured 0.895
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

var dealdev29Floors = map[string]float64{
	"companies.f1":         0.90, // measured 0.950
	"deals.f1":             0.71, // measured 0.766
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

var dealdev30Floors = map[string]float64{
	"companies.f1":         0.84, // measured 0.894
	"deals.f1":             0.63, // measured 0.689
	"deals.value_accuracy": 0.45, // measured 0.500
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

// dealdev31Floors hold the development set a helper wrote during stop 22;
// its README gives the first measurement, the comments this stop's end.
var dealdev31Floors = map[string]float64{
	"companies.f1":         0.90, // measured 0.957
	"deals.f1":             0.81, // measured 0.868
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.72, // measured 0.778
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

// dealdev32Floors and dealdev33Floors hold two more development sets of
// stop 22 (the second written to be full of names that are no companies:
// brands, resorts, titles, publishers); their READMEs give the first
// measurements, the comments this stop's end.
var dealdev32Floors = map[string]float64{
	"companies.f1":         0.80, // measured 0.855
	"deals.f1":             0.61, // measured 0.667
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

var dealdev33Floors = map[string]float64{
	"companies.f1":         0.71, // measured 0.769
	"deals.f1":             0.61, // measured 0.667
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.72, // measured 0.778
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

// dealdev34Floors and dealdev35Floors hold the development sets helpers
// wrote during stop 23; their READMEs give the first measurements, the
// comments this stop's end.
var dealdev34Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.926
	"deals.f1":             0.52, // measured 0.576
	"deals.value_accuracy": 0.71, // measured 0.765
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.83, // measured 0.889
}

var dealdev35Floors = map[string]float64{
	"companies.f1":         0.90, // measured 0.953
	"deals.f1":             0.78, // measured 0.836
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

// dealdev36Floors and dealdev37Floors hold two more development sets of
// stop 23; their READMEs give the first measurements.
var dealdev36Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.922
	"deals.f1":             0.75, // measured 0.807
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

var dealdev37Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.921
	"deals.f1":             0.77, // measured 0.828
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.95, // measured 1.000
}

// heldout21Floors and heldout22Floors hold the blind sets of stop 23,
// measured in aggregate at the stop's start and end only.
var heldout21Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.870
	"deals.f1":             0.62, // measured 0.679
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.83, // measured 0.889
}

var heldout22Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.873
	"deals.f1":             0.70, // measured 0.750
	"deals.value_accuracy": 0.88, // measured 0.933
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

// dealdev38 and dealdev39 hold the development sets of stop 24, heldout23
// its blind set (measured in aggregate only); their READMEs give the first
// measurements, the floors sit about 0.05 below the stop's end.
var dealdev38Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.876
	"deals.f1":             0.79, // measured 0.842
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.72, // measured 0.778
	"meta.title":           0.50, // measured 0.556
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.50, // measured 0.556
}

var dealdev39Floors = map[string]float64{
	"companies.f1":         0.88, // measured 0.938
	"deals.f1":             0.78, // measured 0.830
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.83, // measured 0.889
}

// dealdev40 is the development set of stop 25 (aerospace suppliers,
// asset management, sugar refining); its README gives the first
// measurement (0.821/0.615/1.0/0.667), the floors sit about 0.05 below
// the figures measured at the stop's end.
var dealdev40Floors = map[string]float64{
	"companies.f1":         0.92, // measured 0.972
	"deals.f1":             0.85, // measured 0.900
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.95, // measured 1.000
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

// dealdev41 is the second development set of stop 25 (specialty
// chemicals, power utilities, network cameras), first measured at e4c44ce
// (0.872/0.724/1.0/0.778); floors 0.05 below the stop's end.
var dealdev41Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.903
	"deals.f1":             0.73, // measured 0.786
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.72, // measured 0.778
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.83, // measured 0.889
}

// dealdev42 is the third development set of stop 25 (Korean Air and
// Asiana, Charter and Cox, Lowe's selling Rona), first measured at
// 3822254 (0.880/0.742/1.0/0.778); floors 0.05 below the stop's end.
var dealdev42Floors = map[string]float64{
	"companies.f1":         0.84, // measured 0.899
	"deals.f1":             0.75, // measured 0.806
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.72, // measured 0.778
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

// dealdev43 is the fourth development set of stop 25 (ASML and Hermes
// Microvision, Ensco and Rowan, Casino selling Big C), first measured at
// 8df67f0 (0.855/0.610/1.0/0.556); floors 0.05 below the stop's end.
var dealdev43Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.904
	"deals.f1":             0.79, // measured 0.842
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.50, // measured 0.556
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.72, // measured 0.778
}

// dealdev44 is a development set of stop 26 (shipping joint venture,
// newspaper titles, drug partnership), written by a helper who did not read
// the code; its README gives the first measurement. Floors sit 0.05 below
// the stop's end.
var dealdev44Floors = map[string]float64{
	"companies.f1":         0.74, // measured 0.796
	"deals.f1":             0.73, // measured 0.787
	"deals.value_accuracy": 0.71, // measured 0.769
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.28, // measured 0.333
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.61, // measured 0.667
}

// dealdev45 is a development set of stop 26 (CYBG and Virgin Money, Agnico
// Eagle and Kirkland Lake, Micro Focus selling Suse), written by a helper
// who did not read the code; its README gives the first measurement. Floors
// sit 0.05 below the stop's end.
var dealdev45Floors = map[string]float64{
	"companies.f1":         0.86, // measured 0.913
	"deals.f1":             0.70, // measured 0.750
	"deals.value_accuracy": 0.90, // measured 0.950
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.72, // measured 0.778
}

// dealdev46 is a development set of stop 26 (Faurecia and Hella, Guinness
// and Grand Metropolitan, Capri selling Versace), written by a helper who
// did not read the code; its README gives the first measurement. Floors sit
// 0.05 below the stop's end.
var dealdev46Floors = map[string]float64{
	"companies.f1":         0.77, // measured 0.828
	"deals.f1":             0.55, // measured 0.607
	"deals.value_accuracy": 0.87, // measured 0.929
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.83, // measured 0.889
}

// dealdev47 is a development set of stop 26 (Hasbro and Entertainment One,
// Cargotec and Konecranes, AIG selling Alico), written by a helper who did
// not read the code; its README gives the first measurement. Floors sit 0.05
// below the stop's end.
var dealdev47Floors = map[string]float64{
	"companies.f1":         0.83, // measured 0.881
	"deals.f1":             0.65, // measured 0.708
	"deals.value_accuracy": 0.75, // measured 0.800
	"clusters.merged":      0.72, // measured 0.778
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev48 is a development set of stop 26 (Fresenius and Quirónsalud,
// Bunge and Viterra, Verizon selling data centres), written by a helper who
// did not read the code; its README gives the first measurement. Floors sit
// 0.05 below the stop's end.
var dealdev48Floors = map[string]float64{
	"companies.f1":         0.90, // measured 0.954
	"deals.f1":             0.82, // measured 0.877
	"deals.value_accuracy": 0.79, // measured 0.840
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

// dealdev49 is a development set of stop 26 (Harris and L3, Berry and RPC,
// IHG selling a hotel), written by a helper who did not read the code; its
// README gives the first measurement. Floors sit 0.05 below the stop's end.
var dealdev49Floors = map[string]float64{
	"companies.f1":         0.86, // measured 0.913
	"deals.f1":             0.71, // measured 0.767
	"deals.value_accuracy": 0.90, // measured 0.950
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

// dealdev50 is a development set of stop 26 (Holcim and Lafarge, L'Oréal
// selling The Body Shop, Jupiter and Merian), written by a helper who did
// not read the code; its README gives the first measurement. Floors sit 0.05
// below the stop's end.
var dealdev50Floors = map[string]float64{
	"companies.f1":         0.88, // measured 0.937
	"deals.f1":             0.55, // measured 0.600
	"deals.value_accuracy": 0.50, // measured 0.556
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.95, // measured 1.000
}

// dealdev51 is a development set of stop 26 (GVC and Ladbrokes Coral, Ford
// and SK Innovation, Ashland selling its distribution arm), written by a
// helper who did not read the code; its README gives the first measurement.
// Floors sit 0.05 below the stop's end.
var dealdev51Floors = map[string]float64{
	"companies.f1":         0.80, // measured 0.854
	"deals.f1":             0.69, // measured 0.745
	"deals.value_accuracy": 0.77, // measured 0.824
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.83, // measured 0.889
}

// dealdev52 is a development set of stop 26 (Imperial Tobacco and Altadis,
// McDermott and CB&I, Abertis selling Hispasat), written by a helper who did
// not read the code; its README gives the first measurement. Floors sit 0.05
// below the stop's end.
var dealdev52Floors = map[string]float64{
	"companies.f1":         0.79, // measured 0.846
	"deals.f1":             0.66, // measured 0.719
	"deals.value_accuracy": 0.84, // measured 0.895
	// measured 0.556, then 0.444 once reports priced five times apart in
	// two currencies stay two deals: the French outlet's Altadis report
	// had the $1.9 billion of another purchase, and had joined the
	// others' by that mistake
	"clusters.merged": 0.40,
	"meta.title":      0.39, // measured 0.444
	"meta.published":  0.95, // measured 1.000
	"meta.author":     0.95, // measured 1.000
	"meta.source":     0.50, // measured 0.556
}

// dealdev53 is a development set of stop 26 (Lactalis and Parmalat, Barratt
// and Redrow, FIS selling Worldpay), written by a helper who did not read
// the code; its README gives the first measurement. Floors sit 0.05 below
// the stop's end.
var dealdev53Floors = map[string]float64{
	"companies.f1":         0.91, // measured 0.964
	"deals.f1":             0.81, // measured 0.862
	"deals.value_accuracy": 0.81, // measured 0.870
	"clusters.merged":      0.72, // measured 0.778
	"meta.title":           0.39, // measured 0.444
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.61, // measured 0.667
}

// dealdev54 is a development set of stop 26 (Teva and ratiopharm, Enbridge
// and Spectra, Swatch and Harry Winston), written by a helper who did not
// read the code; its README gives the first measurement. Floors sit 0.05
// below the stop's end.
var dealdev54Floors = map[string]float64{
	"companies.f1":         0.77, // measured 0.828
	"deals.f1":             0.76, // measured 0.820
	"deals.value_accuracy": 0.76, // measured 0.818
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.72, // measured 0.778
}

// dealdev55 is a development set of stop 26 (Aeroplan, Stagwell and MDC,
// De'Longhi and Braun), written by a helper who did not read the code; its
// README gives the first measurement. Floors sit 0.05 below the stop's end.
var dealdev55Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.872
	"deals.f1":             0.78, // measured 0.830
	"deals.value_accuracy": 0.88, // measured 0.933
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.50, // measured 0.556
}

// dealdev56 is a development set of stop 27 (Pennon and Bristol Water,
// ProSiebenSat.1 and Discovery, a consortium buying Brisa), written by a
// helper who did not read the code; its README gives the first measurement.
// Floors sit 0.05 below the stop's end.
var dealdev56Floors = map[string]float64{
	"companies.f1":         0.78, // measured 0.836
	"deals.f1":             0.78, // measured 0.839
	"deals.value_accuracy": 0.59, // measured 0.647
	"clusters.merged":      0.83, // measured 0.889
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

// dealdev57 is a development set of stop 27 (Carrier and Viessmann, Kaufhof
// and Karstadt, Zoetis selling feed additives), written by a helper who did
// not read the code; its README gives the first measurement. Floors sit
// 0.05 below the stop's end.
var dealdev57Floors = map[string]float64{
	"companies.f1":         0.80, // measured 0.850
	"deals.f1":             0.66, // measured 0.714
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.50, // measured 0.556
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.95, // measured 1.000
}

// dealdev58 is a development set of stop 27 (Recruit and USG People, Thermo
// Electron and Fisher, GE selling its fleet business), written by a helper
// who did not read the code; its README gives the first measurement. Floors
// sit 0.05 below the stop's end.
var dealdev58Floors = map[string]float64{
	"companies.f1":         0.81, // measured 0.861
	"deals.f1":             0.78, // measured 0.836
	"deals.value_accuracy": 0.78, // measured 0.833
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.70, // measured 0.750
}

// dealdev59 is a development set of stop 27 (Mohawk and Marazzi, Goodyear
// and Bridgestone, eBay selling its classifieds), written by a helper who
// did not read the code; its README gives the first measurement. Floors sit
// 0.05 below the stop's end.
var dealdev59Floors = map[string]float64{
	"companies.f1":         0.80, // measured 0.850
	"deals.f1":             0.69, // measured 0.746
	"deals.value_accuracy": 0.76, // measured 0.812
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.39, // measured 0.444
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.50, // measured 0.556
}

// dealdev60 is a development set of stop 27 (Mars and Royal Canin, Vestas
// and NEG Micon, Tyco selling ADT Korea), written by a helper who did not
// read the code; its README gives the first measurement. Floors sit 0.05
// below the stop's end.
var dealdev60Floors = map[string]float64{
	"companies.f1":         0.90, // measured 0.950
	"deals.f1":             0.64, // measured 0.691
	"deals.value_accuracy": 0.28, // measured 0.333
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.95, // measured 1.000
}

// dealdev61 is a development set of stop 27 (TDK and EPCOS, Cargill and
// Copersucar, Radisson selling its Americas business), written by a helper
// who did not read the code; its README gives the first measurement. Floors
// sit 0.05 below the stop's end.
var dealdev61Floors = map[string]float64{
	"companies.f1":         0.77, // measured 0.826
	"deals.f1":             0.78, // measured 0.830
	"deals.value_accuracy": 0.87, // measured 0.929
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.50, // measured 0.556
	"meta.published":       0.61, // measured 0.667
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.95, // measured 1.000
}

// dealdev62 is a development set of stop 27 (Refresco and Cott, NFI and
// Alexander Dennis, McGraw-Hill and Cengage), written by a helper who did
// not read the code; its README gives the first measurement. Floors sit
// 0.05 below the stop's end.
var dealdev62Floors = map[string]float64{
	"companies.f1":         0.75, // measured 0.804
	"deals.f1":             0.71, // measured 0.769
	"deals.value_accuracy": 0.73, // measured 0.786
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.50, // measured 0.556
}

// dealdev63 is a development set of stop 27 (Petra and Finsch, Vivalis and
// Intercell, CK Hutchison selling its ports), written by a helper who did
// not read the code; its README gives the first measurement. Floors sit
// 0.05 below the stop's end.
var dealdev63Floors = map[string]float64{
	"companies.f1":         0.86, // measured 0.915
	"deals.f1":             0.67, // measured 0.724
	"deals.value_accuracy": 0.47, // measured 0.526 (0.647 before "Diamonds" named Williamson Diamonds: its $10m deal, now found, comes first among the deals the scorer pairs greedily with the Finsch purchase)
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.95, // measured 1.000
}

// dealdev64 is a development set of stop 27 (Tallink and Silja Line,
// Weyerhaeuser and Plum Creek, Sage selling Sage Pay), written by a helper
// who did not read the code; its README gives the first measurement. Floors
// sit 0.05 below the stop's end.
var dealdev64Floors = map[string]float64{
	"companies.f1":         0.77, // measured 0.826
	"deals.f1":             0.65, // measured 0.700
	"deals.value_accuracy": 0.90, // measured 0.952
	"clusters.merged":      0.72, // measured 0.778
	"meta.title":           0.39, // measured 0.444
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.72, // measured 0.778
}

// dealdev65 is a development set of stop 27 (Deutsche Bahn and Arriva,
// Codelco and SQM, Bristol-Myers Squibb selling UPSA), written by a helper
// who did not read the code; its README gives the first measurement. Floors
// sit 0.05 below the stop's end.
var dealdev65Floors = map[string]float64{
	"companies.f1":         0.72, // measured 0.770
	"deals.f1":             0.49, // measured 0.545
	"deals.value_accuracy": 0.85, // measured 0.909
	"clusters.merged":      0.17, // measured 0.222
	"meta.title":           0.28, // measured 0.333
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev66 is a development set of stop 27 (Fairfax and Brit, Uniti and
// Windstream, Bally selling clubs), written by a helper who did not read
// the code; its README gives the first measurement. Floors sit 0.05 below
// the stop's end. Deals and merged were lowered in stop 29 (0.71 and 0.39
// before): since a name of everyday words is doubtful, not refused,
// "Fitness International LLC", which runs the LA Fitness gyms and which the
// annotation holds an alias of LA Fitness, is a company of its own and the
// buyer in one outlet's sentences.
var dealdev66Floors = map[string]float64{
	"companies.f1":         0.70, // measured 0.750
	"deals.f1":             0.65, // measured 0.760; 0.704 in stop 29
	"deals.value_accuracy": 0.83, // measured 0.889
	"clusters.merged":      0.28, // measured 0.444; 0.333 in stop 29
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.72, // measured 0.778
}

// dealdev67 is a development set of stop 27 (Danaher and Nobel Biocare,
// IAWS and Hiestand, Scout24 selling AutoScout24), written by a helper who
// did not read the code; its README gives the first measurement. Floors sit
// 0.05 below the stop's end.
var dealdev67Floors = map[string]float64{
	"companies.f1":         0.86, // measured 0.919
	"deals.f1":             0.58, // measured 0.636
	"deals.value_accuracy": 0.71, // measured 0.765
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.83, // measured 0.889
}

// dealdev68 is a development set of stop 27 (Colfax and Charter, Cypress
// and Spansion, Kingdom selling Four Seasons shares), written by a helper
// who did not read the code; its README gives the first measurement. Floors
// sit 0.05 below the stop's end.
var dealdev68Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.921
	"deals.f1":             0.62, // measured 0.679
	"deals.value_accuracy": 0.57, // measured 0.692; 0.625 at stop 54, where the Kingdom Holding sale found its right seller and so was matched, with another figure than the annotation's
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.70, // measured 0.750
	"meta.source":          0.61, // measured 0.667
}

// dealdev69 is a development set of stop 27 (Expedia and trivago, Hologic
// and Cytyc, ConAgra selling its trade group), written by a helper who did
// not read the code; its README gives the first measurement. Floors sit
// 0.05 below the stop's end.
var dealdev69Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.929
	"deals.f1":             0.66, // measured 0.712
	"deals.value_accuracy": 0.73, // measured 0.789
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.50, // measured 0.556
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.72, // measured 0.778
}

// dealdev70 is a development set of stop 27 (Henkel and Spotless, IBM
// selling to Dassault Systemes, Flybe and Finnair), written by a helper who
// did not read the code; its README gives the first measurement. Floors sit
// 0.05 below the stop's end.
var dealdev70Floors = map[string]float64{
	"companies.f1":         0.72, // measured 0.780
	"deals.f1":             0.55, // measured 0.603
	"deals.value_accuracy": 0.87, // measured 0.929
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.83, // measured 0.889
}

// dealdev71 is a development set of stop 27 (Nippon Paint and DuluxGroup,
// Unity and ironSource, Orsted selling Radius), written by a helper who did
// not read the code; its README gives the first measurement. Floors sit
// 0.05 below the stop's end.
var dealdev71Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.904
	"deals.f1":             0.75, // measured 0.806
	"deals.value_accuracy": 0.90, // measured 0.950
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.50, // measured 0.556
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.50, // measured 0.556
}

// dealdev72 is a development set of stop 28 (Allscripts and Eclipsys, United
// Grinding buying GF Machining Solutions, Perfetti Van Melle and Chupa
// Chups), written by a helper who did not read the code; its README gives
// the first measurement. Floors sit 0.05 below the stop's end.
var dealdev72Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.901
	"deals.f1":             0.68, // measured 0.737
	"deals.value_accuracy": 0.83, // measured 0.889
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.50, // measured 0.556
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.61, // measured 0.667
}

// dealdev73 is a development set of stop 28 (FDJ and Kindred, HMV selling
// Waterstone's, Deep Yellow and Vimy), written by a helper who did not read
// the code; its README gives the first measurement. Floors sit 0.05 below
// the stop's end.
var dealdev73Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.878
	"deals.f1":             0.71, // measured 0.762
	"deals.value_accuracy": 0.71, // measured 0.762
	"clusters.merged":      0.72, // measured 0.778
	"meta.title":           0.50, // measured 0.556
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.82, // measured 0.875
	"meta.source":          0.72, // measured 0.778
}

// dealdev74 is a development set of stop 28 (Ball and Rexam, Yoox and Net-a-
// Porter, UPS selling UPS Freight), written by a helper who did not read the
// code; its README gives the first measurement. Floors sit 0.05 below the
// stop's end.
var dealdev74Floors = map[string]float64{
	"companies.f1":         0.88, // measured 0.933
	"deals.f1":             0.74, // measured 0.793
	"deals.value_accuracy": 0.89, // measured 0.941
	"clusters.merged":      0.72, // measured 0.778
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.95, // measured 1.000
}

// dealdev75 is a development set of stop 28 (Cedar Fair and Six Flags,
// Sonova and Sennheiser, DuPont selling Invista), written by a helper who
// did not read the code; its README gives the first measurement. Floors sit
// 0.05 below the stop's end.
var dealdev75Floors = map[string]float64{
	"companies.f1":         0.83, // measured 0.883
	"deals.f1":             0.77, // measured 0.821
	"deals.value_accuracy": 0.90, // measured 0.950
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

// dealdev76 is a development set of stop 28 (HNA buying Swissport, Kraft
// Heinz and NotCo, Graham Holdings handing Kaplan University to Purdue),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below the stop's end.
var dealdev76Floors = map[string]float64{
	"companies.f1": 0.72, // measured 0.777
	"deals.f1":     0.55, // measured 0.606
	// measured 0.545 (6 of 11), then 0.308 (4 of 13) once PAI's 2011
	// purchase of Swissport reads as a purchase: the scorer pairs the main
	// deal, which shares two of its companies, with it and its price
	"deals.value_accuracy": 0.25,
	"clusters.merged":      0.35, // measured 0.400
	"meta.title":           0.50, // measured 0.556
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.61, // measured 0.667
}

// dealdev77 is a development set of stop 28 (ZPG buying uSwitch, Cermaq
// selling EWOS, Brookfield Renewable and TerraForm Power), written by a
// helper who did not read the code; its README gives the first measurement.
// Floors sit 0.05 below the stop's end.
var dealdev77Floors = map[string]float64{
	"companies.f1":         0.83, // measured 0.885
	"deals.f1":             0.45, // measured 0.500
	"deals.value_accuracy": 0.50, // measured 0.556
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

// dealdev78 is a development set of stop 28 (Ramsay Générale de Santé and
// Capio, ProLogis and AMB, Allergan selling dermatology brands to Almirall),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below the stop's end.
var dealdev78Floors = map[string]float64{
	"companies.f1":         0.86, // measured 0.910
	"deals.f1":             0.72, // measured 0.772
	"deals.value_accuracy": 0.88, // measured 1.000; 0.933 in stop 33, two outlets' figures merged into one deal
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev79 is a development set of stop 28 (Boohoo buying the Debenhams
// brand, Imabari and Japan Marine United, Fimalac selling Fitch to Hearst),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below the stop's end.
var dealdev79Floors = map[string]float64{
	"companies.f1":         0.75, // measured 0.806
	"deals.f1":             0.46, // measured 0.511
	"deals.value_accuracy": 0.78, // measured 0.833
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.83, // measured 0.889
}

// dealdev80 is a development set of stop 29 (Eurostar and Thalys, Mitie
// buying Interserve Facilities Management, Campbell selling Plum Organics to
// Sun-Maid), written by a helper who did not read the code; its README gives
// the first measurement. Floors sit 0.05 below its figures when it was
// added.
var dealdev80Floors = map[string]float64{
	"companies.f1":         0.84, // measured 0.896
	"deals.f1":             0.68, // measured 0.738
	"deals.value_accuracy": 0.88, // measured 0.938
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.95, // measured 1.000
}

// dealdev81 is a development set of stop 29 (Xerox selling its Fuji Xerox
// stake to Fujifilm, Aarhus United and Karlshamns, Simmons Pet Food buying
// Menu Foods), written by a helper who did not read the code; its README
// gives the first measurement. Floors sit 0.05 below its figures when it was
// added.
var dealdev81Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.875
	"deals.f1":             0.55, // measured 0.607
	"deals.value_accuracy": 0.35, // measured 0.400
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.95, // measured 1.000
}

// dealdev82 is a development set of stop 29 (Marcolin licensing Tom Ford
// eyewear, Global Radio buying GCap Media, Patterson-UTI and NexTier),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added.
var dealdev82Floors = map[string]float64{
	"companies.f1":         0.83, // measured 0.883
	"deals.f1":             0.63, // measured 0.686
	"deals.value_accuracy": 0.89, // measured 0.941
	"clusters.merged":      0.49, // measured 0.545
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

// dealdev83 is a development set of stop 29 (K+S buying Potash One, Bandai
// and Namco, Cogeco selling Cogeco Peer 1 to Digital Colony), written by a
// helper who did not read the code; its README gives the first measurement.
// Floors sit 0.05 below its figures when it was added.
var dealdev83Floors = map[string]float64{
	"companies.f1":         0.77, // measured 0.821
	"deals.f1":             0.52, // measured 0.577
	"deals.value_accuracy": 0.53, // measured 0.583
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.50, // measured 0.556
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev84 is a development set of stop 29 (Hanesbrands buying DBApparel,
// TiVo and Xperi, Waste Management selling Wheelabrator), written by a
// helper who did not read the code; its README gives the first measurement.
// Floors sit 0.05 below its figures when it was added.
var dealdev84Floors = map[string]float64{
	"companies.f1":         0.80, // measured 0.859
	"deals.f1":             0.79, // measured 0.844
	"deals.value_accuracy": 0.77, // measured 0.826
	"clusters.merged":      0.83, // measured 0.889
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.72, // measured 0.778
}

// dealdev85 is a development set of stop 29 (Husky selling its pipelines to
// CKI and Power Assets, Affinitas and Spark Networks, Fiskars buying
// Iittala), written by a helper who did not read the code; its README gives
// the first measurement. Floors sit 0.05 below its figures when it was
// added.
var dealdev85Floors = map[string]float64{
	"companies.f1":         0.75, // measured 0.803
	"deals.f1":             0.69, // measured 0.746
	"deals.value_accuracy": 0.87, // measured 0.929
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.61, // measured 0.667
}

// dealdev86 is a development set of stop 29 (Metro buying Jean Coutu, RWS
// and SDL, Babcock selling its oil and gas aviation business to CHC),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added.
var dealdev86Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.925
	"deals.f1":             0.82, // measured 0.877
	"deals.value_accuracy": 0.91, // measured 0.960
	"clusters.merged":      0.72, // measured 0.778
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

// dealdev87 is a development set of stop 29 (Tata Tea buying Tetley, Dow
// Jones and Reuters, Harley-Davidson and Hero MotoCorp), written by a helper
// who did not read the code; its README gives the first measurement. Floors
// sit 0.05 below its figures when it was added.
var dealdev87Floors = map[string]float64{
	"companies.f1":         0.80, // measured 0.852
	"deals.f1":             0.36, // measured 0.414
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.17, // measured 0.222
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

// dealdev88 is a development set of stop 29 (Vail buying Andermatt-Sedrun,
// Tenaris buying IPSCO Tubulars from TMK, CSR and SiRF), written by a helper
// who did not read the code; its README gives the first measurement. Floors
// sit 0.05 below its figures when it was added.
var dealdev88Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.875
	"deals.f1":             0.83, // measured 0.881
	"deals.value_accuracy": 0.90, // measured 0.952
	"clusters.merged":      0.72, // measured 0.778
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.72, // measured 0.778
}

// dealdev89 is a development set of stop 29 (Puig buying Byredo, Uranium One
// and UrAsia Energy, DFS selling its Hong Kong stores to CTG Duty Free),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added.
var dealdev89Floors = map[string]float64{
	"companies.f1": 0.79, // measured 0.847
	"deals.f1":     0.41, // measured 0.467
	// 0.700 since stop 38: Charlotte Tilbury's purchase, now found, has
	// its price in a relative clause the deal does not read
	"deals.value_accuracy": 0.65, // measured 0.778
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.83, // measured 0.889
}

// dealdev90 is a development set of stop 29 (Deutsche Post buying UK Mail,
// Newell Rubbermaid and Jarden, De La Rue selling its identity unit to HID
// Global), written by a helper who did not read the code; its README gives
// the first measurement. Floors sit 0.05 below its figures when it was
// added.
var dealdev90Floors = map[string]float64{
	"companies.f1":         0.79, // measured 0.842
	"deals.f1":             0.55, // measured 0.603
	"deals.value_accuracy": 0.76, // measured 0.812
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.72, // measured 0.778
}

// dealdev91 is a development set of stop 29 (Lamb Weston buying out Meijer,
// Newell selling First Alert to Resideo, Cazoo and Ajax), written by a
// helper who did not read the code; its README gives the first measurement.
// Floors sit 0.05 below its figures when it was added.
var dealdev91Floors = map[string]float64{
	"companies.f1": 0.84, // measured 0.893
	"deals.f1":     0.58, // measured 0.632
	// 0.667 since stop 38: the German report of the merger, now found
	// ("verschmilzt"), merges with the English one at its dollar figure
	"deals.value_accuracy": 0.62, // measured 0.818; 0.727 in stop 33, two outlets' figures merged into one deal
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.50, // measured 0.556
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.72, // measured 0.778
}

// dealdev92 is a development set of stop 30 (Catalana Occidente buying
// Mémora, Fairmount Santrol and Unimin, Lexmark selling Kofax to Thoma
// Bravo), written by a helper who did not read the code; its README gives
// the first measurement. Floors sit 0.05 below its figures when it was
// added.
var dealdev92Floors = map[string]float64{
	"companies.f1":         0.81, // measured 0.868
	"deals.f1":             0.68, // measured 0.730
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.82, // measured 0.875
	"meta.source":          0.83, // measured 0.889
}

// dealdev93 is a development set of stop 30 (PhotoBox buying Moonpig,
// AmSurg and Envision Healthcare, Textron selling its tools unit to
// Emerson), written by a helper who did not read the code; its README gives
// the first measurement. Floors sit 0.05 below its figures when it was
// added.
var dealdev93Floors = map[string]float64{
	"companies.f1":         0.81, // measured 0.861
	"deals.f1":             0.65, // measured 0.706
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.83, // measured 0.889
}

// dealdev94 is a development set of stop 30 (RedBird buying AC Milan,
// Fluidra and Zodiac, Teekay selling Teekay LNG to Stonepeak), written by a
// helper who did not read the code; its README gives the first measurement.
// Floors sit 0.05 below its figures when it was added.
var dealdev94Floors = map[string]float64{
	"companies.f1":         0.71, // measured 0.764
	"deals.f1":             0.45, // measured 0.500
	"deals.value_accuracy": 0.83, // measured 0.889
	"clusters.merged":      0.17, // measured 0.222
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.72, // measured 0.778
}

// dealdev95 is a development set of stop 30 (Zurn and Elkay, Ulusoy Un
// buying Pastificio Mediterranea, Bang & Olufsen selling its car audio arm
// to Harman), written by a helper who did not read the code; its README
// gives the first measurement. Floors sit 0.05 below its figures when it
// was added.
var dealdev95Floors = map[string]float64{
	"companies.f1":         0.84, // measured 0.892
	"deals.f1":             0.66, // measured 0.714
	"deals.value_accuracy": 0.75, // measured 0.800
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.72, // measured 0.778
}

// dealdev96 is a development set of stop 30 (CoStar buying OnTheMarket,
// Lance and Snyder’s of Hanover, Madeco selling its cables to Nexans),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added.
var dealdev96Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.904
	"deals.f1":             0.78, // measured 0.836
	"deals.value_accuracy": 0.89, // measured 0.941
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.61, // measured 0.667
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.61, // measured 0.667
}

// dealdev97 is a development set of stop 30 (Align buying exocad, Informa
// and Taylor & Francis, Aramark selling its AIM Services stake to Mitsui),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added.
var dealdev97Floors = map[string]float64{
	"companies.f1":         0.81, // measured 0.864
	"deals.f1":             0.75, // measured 0.807
	"deals.value_accuracy": 0.71, // measured 0.765
	"clusters.merged":      0.72, // measured 0.778
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.72, // measured 0.778
}

// dealdev98 is a development set of stop 30 (Kaba and Dorma, JCDecaux
// buying Cemusa, Constantia Flexibles selling its labels to Multi-Color),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added.
var dealdev98Floors = map[string]float64{
	"companies.f1":         0.92, // measured 0.972
	"deals.f1":             0.61, // measured 0.667
	"deals.value_accuracy": 0.68, // measured 0.733
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

// dealdev99 is a development set of stop 30 (VARTA buying Energizer’s
// European batteries, DNV and GL, Accenture selling Navitaire to Amadeus),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added.
var dealdev99Floors = map[string]float64{
	"companies.f1": 0.81, // measured 0.863
	"deals.f1":     0.66, // measured 0.717
	// lowered from 0.86: once a deal's own clause prices it, an Italian
	// payment ("Spectrum Brands gli verserà altri 200 milioni di dollari"),
	// read as an Energizer–Spectrum purchase, is priced $200 million and
	// joins that deal's reports, which then carry its figure
	"deals.value_accuracy": 0.71, // measured 0.917, then 0.769
	"clusters.merged":      0.17, // measured 0.222
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.83, // measured 0.889
}

// dealdev100 is a development set of stop 30 (Sumitomo Chemical buying
// Nufarm in South America, MakeMyTrip and ibibo, Weir selling Flow Control
// to First Reserve), written by a helper who did not read the code; its
// README gives the first measurement. Floors sit 0.05 below its figures
// when it was added.
var dealdev100Floors = map[string]float64{
	"companies.f1":         0.88, // measured 0.938
	"deals.f1":             0.72, // measured 0.778
	"deals.value_accuracy": 0.78, // measured 0.833
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.83, // measured 0.889
}

// dealdev101 is a development set of stop 30 (Ontex buying Hypermarcas’
// nappies, Shanks and Van Gansewinkel, Maxar selling MDA), written by a
// helper who did not read the code; its README gives the first measurement.
// Floors sit 0.05 below its figures when it was added.
var dealdev101Floors = map[string]float64{
	"companies.f1":         0.84, // measured 0.897
	"deals.f1":             0.81, // measured 0.867
	"deals.value_accuracy": 0.81, // measured 0.870
	"clusters.merged":      0.83, // measured 0.889
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.82, // measured 0.875
	"meta.source":          0.95, // measured 1.000
}

// dealdev102 is a development set of stop 30 (Tempur Sealy buying Dreams,
// Kroton and Anhanguera, South32 selling royalties to Anglo Pacific),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added.
var dealdev102Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.873
	"deals.f1":             0.56, // measured 0.610
	"deals.value_accuracy": 0.75, // measured 0.800
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.95, // measured 1.000
}

// dealdev103 is a development set of stop 30 (BASF and Solenis, Applegreen
// buying Welcome Break, Vivendi selling See Tickets to CTS Eventim),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added.
var dealdev103Floors = map[string]float64{
	"companies.f1":         0.79, // measured 0.846
	"deals.f1":             0.56, // measured 0.618
	"deals.value_accuracy": 0.82, // measured 0.875
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.80, // measured 0.857
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.83, // measured 0.889
}

// dealdev104 is a development set of stop 30 (Stratasys and Objet, National
// World buying JPIMedia, Arrium selling its wire ropes to Bekaert), written
// by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added.
var dealdev104Floors = map[string]float64{
	"companies.f1":         0.78, // measured 0.838
	"deals.f1":             0.46, // measured 0.516
	"deals.value_accuracy": 0.70, // measured 0.750
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

// dealdev105 is a development set of stop 30 (Elis buying Berendsen, Tim
// Hortons and Cartesian in China, Parrot selling senseFly to AgEagle),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added.
var dealdev105Floors = map[string]float64{
	"companies.f1":         0.84, // measured 0.899
	"deals.f1":             0.75, // measured 0.808
	"deals.value_accuracy": 0.78, // measured 0.833
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.83, // measured 0.889
}

// dealdev106 is a development set of stop 30 (Zurich buying Cover-More,
// Tier and Dott, Cemex selling UK quarries to Breedon), written by a helper
// who did not read the code; its README gives the first measurement. Floors
// sit 0.05 below its figures when it was added.
var dealdev106Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.908
	"deals.f1":             0.60, // measured 0.655
	"deals.value_accuracy": 0.76, // measured 0.812
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

// dealdev107 is a development set of stop 30 (Yili buying Westland, StarTek
// and Aegis, Quiksilver selling Rossignol), written by a helper who did not
// read the code; its README gives the first measurement. Floors sit 0.05
// below its figures when it was added.
var dealdev107Floors = map[string]float64{
	"companies.f1":         0.70, // measured 0.754
	"deals.f1":             0.58, // measured 0.635
	"deals.value_accuracy": 0.83, // measured 0.882
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

// dealdev108 is a development set of stop 31 (McCormick buying Kamis,
// Standard Parking and Central Parking, Olympus selling Evident to Bain
// Capital), written by a helper who did not read the code; its README gives
// the first measurement. Floors sit 0.05 below its figures when it was
// added.
var dealdev108Floors = map[string]float64{
	"companies.f1": 0.86, // measured 0.917
	"deals.f1":     0.46, // measured 0.519
	// lowered from 0.61 when Central Parking was read (9 valued deals
	// matched, not 6): the merger's one figure, $348 million, is not the
	// €260 million the French outlet gives first, nor the $27 million in
	// cash the English one was read with
	"deals.value_accuracy": 0.50, // measured 0.667, then 0.556
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

// dealdev109 is a development set of stop 31 (Procter & Gamble buying
// Wella, JDA and RedPrairie, Scotts selling its international garden
// business to Exponent), written by a helper who did not read the code; its
// README gives the first measurement. Floors sit 0.05 below its figures
// when it was added.
var dealdev109Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.904
	"deals.f1":             0.67, // measured 0.727
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev110 is a development set of stop 31 (ADM buying Neovia, Swile and
// Bimpli, Brunswick selling Life Fitness to KPS), written by a helper who
// did not read the code; its README gives the first measurement. Floors sit
// 0.05 below its figures when it was added.
var dealdev110Floors = map[string]float64{
	"companies.f1": 0.84, // measured 0.899
	"deals.f1":     0.70, // measured 0.754
	// lowered from 0.79 in stop 32: the French report of ADM's purchase of
	// Wild Flavors (€2.3bn) now merges with the outlet that gives $3bn, and
	// a merged deal carries one figure
	"deals.value_accuracy": 0.73, // measured 0.846, then 0.786
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.83, // measured 0.889
}

// dealdev111 is a development set of stop 31 (Americold buying Nova Cold,
// Springs and Coteminas, Zur Rose selling its Swiss business to Medbase),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added.
var dealdev111Floors = map[string]float64{
	"companies.f1":         0.78, // measured 0.840
	"deals.f1":             0.77, // measured 0.821
	"deals.value_accuracy": 0.75, // measured 0.800
	"clusters.merged":      0.72, // measured 0.778
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.83, // measured 0.889
}

// dealdev112 is a development set of stop 31 (Gores and Premier Foods in
// Hovis, CS Wind buying Bladt, Sports Direct selling Dunlop to Sumitomo
// Rubber), written by a helper who did not read the code; its README gives
// the first measurement. Floors sit 0.05 below its figures when it was
// added.
var dealdev112Floors = map[string]float64{
	"companies.f1":         0.77, // measured 0.827
	"deals.f1":             0.54, // measured 0.590
	"deals.value_accuracy": 0.48, // measured 0.538
	"clusters.merged":      0.17, // measured 0.222
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

// dealdev113 is a development set of stop 31 (Honeywell buying Sperian,
// American Express and Certares in GBT, Halyard selling its surgical
// business to Owens & Minor), written by a helper who did not read the
// code; its README gives the first measurement. Floors sit 0.05 below its
// figures when it was added.
var dealdev113Floors = map[string]float64{
	"companies.f1":         0.79, // measured 0.847
	"deals.f1":             0.65, // measured 0.700
	"deals.value_accuracy": 0.90, // measured 0.950
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.83, // measured 0.889
}

// dealdev114 is a development set of stop 31 (Vidrala buying Encirc, Lion
// Electric and Northern Genesis, Hormel selling CytoSport to PepsiCo),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added.
var dealdev114Floors = map[string]float64{
	"companies.f1":         0.79, // measured 0.846
	"deals.f1":             0.65, // measured 0.702
	"deals.value_accuracy": 0.40, // measured 0.455
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.95, // measured 1.000
}

// dealdev115 is a development set of stop 31 (Sun Hydraulics buying Faster,
// Kobe Steel and Kawasaki in Earth Technica, HNI selling its Indian unit to
// Kokuyo), written by a helper who did not read the code; its README gives
// the first measurement. Floors sit 0.05 below its figures when it was
// added.
var dealdev115Floors = map[string]float64{
	"companies.f1":         0.77, // measured 0.828
	"deals.f1":             0.62, // measured 0.679
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.95, // measured 1.000
}

// dealdev116 is a development set of stop 31 (Daikin buying AHT, Primo
// Water and BlueTriton, Bonnier selling Toca Boca and Sago Mini to Spin
// Master), written by a helper who did not read the code; its README gives
// the first measurement. Floors sit 0.05 below its figures when it was
// added.
var dealdev116Floors = map[string]float64{
	"companies.f1":         0.83, // measured 0.882
	"deals.f1":             0.78, // measured 0.833
	"deals.value_accuracy": 0.48, // measured 0.533
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.95, // measured 1.000
}

// dealdev117 is a development set of stop 31 (Marsh & McLennan buying JLT,
// YIT and Lemminkäinen, Sears selling Craftsman to Stanley Black & Decker),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added.
var dealdev117Floors = map[string]float64{
	"companies.f1":         0.80, // measured 0.854
	"deals.f1":             0.59, // measured 0.644
	"deals.value_accuracy": 0.76, // measured 0.812
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.72, // measured 0.778
}

// dealdev118 is a development set of stop 31 (Hyster-Yale buying Bolzoni,
// Rathbones and Investec Wealth, Farmer Bros selling its direct ship
// business to TreeHouse), written by a helper who did not read the code;
// its README gives the first measurement. Floors sit 0.05 below its figures
// when it was added.
var dealdev118Floors = map[string]float64{
	"companies.f1":         0.74, // measured 0.791
	"deals.f1":             0.68, // measured 0.737
	"deals.value_accuracy": 0.89, // measured 0.944
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

// dealdev119 is a development set of stop 32 (Straumann buying Neodent,
// Eutelsat and OneWeb combining, Dorel selling Dorel Sports to Pon),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added.
var dealdev119Floors = map[string]float64{
	"companies.f1":         0.73, // measured 0.787
	"deals.f1":             0.71, // measured 0.769
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.72, // measured 0.778
}

// dealdev120 is a development set of stop 32 (SPWOne and Castelnau buying
// Dignity, Live Nation and Ticketmaster merging, Auriga selling Cheminova
// to FMC), written by a helper who did not read the code; its README gives
// the first measurement. Floors sit 0.05 below its figures when it was
// added.
var dealdev120Floors = map[string]float64{
	"companies.f1":         0.86, // measured 0.911
	"deals.f1":             0.66, // measured 0.714
	"deals.value_accuracy": 0.85, // measured 0.900
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

// dealdev121 is a development set of stop 32 (Thomson Reuters buying
// Pagero, Henry Schein Animal Health and Vets First Choice merging, Alcoa
// selling Warrick to Kaiser Aluminum), written by a helper who did not read
// the code; its README gives the first measurement. Floors sit 0.05 below
// its figures when it was added.
var dealdev121Floors = map[string]float64{
	"companies.f1":         0.81, // measured 0.869
	"deals.f1":             0.67, // measured 0.724
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

// dealdev122 is a development set of stop 32 (Itron buying Actaris, Cintas
// and Shred-it in a joint venture, Ardian selling Schleich to Partners
// Group), written by a helper who did not read the code; its README gives
// the first measurement. Floors sit 0.05 below its figures when it was
// added.
var dealdev122Floors = map[string]float64{
	"companies.f1":         0.77, // measured 0.825
	"deals.f1":             0.58, // measured 0.633
	"deals.value_accuracy": 0.61, // measured 0.667
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.50, // measured 0.556
}

// dealdev122Ceilings lets its two over-merged links stand, measured when the
// set was added: the Itron–Actaris story's two older deals, Schlumberger's
// sale of its meters abroad and Itron's purchase of its American ones, are
// each read as the other in some outlets.
var dealdev122Ceilings = map[string]float64{
	"clusters.overmerged_links": 2, // measured 2
	"articles.missing":          0,
}

// dealdev123 is a development set of stop 43 (Geberit's offer for Sanitec, Sony selling Sony Online Entertainment to
// Columbus Nova, Fraport and Copelouzos' joint venture for Greek airports),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added (a361933).
var dealdev123Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.877
	"deals.f1":             0.68, // measured 0.731
	"deals.value_accuracy": 0.56, // measured 0.615
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.39, // measured 0.444
	"meta.source":          0.50, // measured 0.556
}

// dealdev124 is a development set of stop 43 (Ctrip buying Skyscanner, Max Capital and Harbor Point merging into
// Alterra, Yanmar's stake in International Tractors),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added (a361933).
var dealdev124Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.926
	"deals.f1":             0.69, // measured 0.741
	"deals.value_accuracy": 0.86, // measured 0.917
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.61, // measured 0.667
}

// dealdev125 is a development set of stop 43 (Abbott and Dexcom's patent cross-licence, Clessidra selling Buccellati
// to Gangtai, TUI selling Hapag-Lloyd to the Albert Ballin consortium),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added (a361933).
var dealdev125Floors = map[string]float64{
	"companies.f1":         0.86, // measured 0.916
	"deals.f1":             0.62, // measured 0.679
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.35, // measured 0.400
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.95, // measured 1.000
}

// dealdev126 is a development set of stop 43 (Fuji Oil buying Blommer Chocolate, Applied Materials and Tokyo
// Electron merging, Televisa's supply deal and stake in Univision),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added (a361933).
var dealdev126Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.924
	"deals.f1":             0.61, // measured 0.667
	"deals.value_accuracy": 0.86, // measured 0.917
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.39, // measured 0.444
}

// dealdev127 is a development set of stop 44 (Sanofi licensing Hanmi's diabetes drugs, DP World buying Unifeeder, Orange UK and T-Mobile UK's joint venture),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added (5bfd27d).
var dealdev127Floors = map[string]float64{
	"companies.f1":         0.83, // measured 0.889
	"deals.f1":             0.82, // measured 0.873
	"deals.value_accuracy": 0.89, // measured 0.947
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.61, // measured 0.667
}

// dealdev128 is a development set of stop 44 (Aviva selling RAC to Carlyle, Toyota and Uber's self-driving partnership, Sainsbury's and Asda's merger),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added (5bfd27d).
var dealdev128Floors = map[string]float64{
	"companies.f1":         0.88, // measured 0.930
	"deals.f1":             0.51, // measured 0.566
	"deals.value_accuracy": 0.79, // measured 0.846
	"clusters.merged":      0.17, // measured 0.222
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.72, // measured 0.778
}

// dealdev129 is a development set of stop 44 (Elia and IFM buying 50Hertz, Berkshire Hathaway's stake in Nubank, AMD's wafer supply agreement with GlobalFoundries),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added (5bfd27d).
var dealdev129Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.930
	"deals.f1":             0.70, // measured 0.754
	"deals.value_accuracy": 0.90, // measured 0.952
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.39, // measured 0.444
}

// dealdev130 is a development set of stop 44 (Takeda buying Nycomed, the TUI Cruises venture of TUI and Royal Caribbean, Unilever selling its spreads to KKR),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added (aa2a2aa).
var dealdev130Floors = map[string]float64{
	"companies.f1":         0.88, // measured 0.932
	"deals.f1":             0.71, // measured 0.769
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.50, // measured 0.556
}

// dealdev131 is a development set of stop 44 (the Barrick/Randgold merger, Netflix's licence with Epix, MUFG's stake in Morgan Stanley),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added (aa2a2aa).
var dealdev131Floors = map[string]float64{
	"companies.f1": 0.87, // measured 0.921
	"deals.f1":     0.51, // measured 0.560
	// measured 0.833 (10 of 12); 0.769 (10 of 13) from efc0f82 on, where
	// the German licence with Epix is matched, without the price the
	// next sentence gives it ("zahlt Netflix dafür")
	"deals.value_accuracy": 0.72,
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.39, // measured 0.444
}

// dealdev132 is a development set of stop 44 (KKR buying Gardner Denver, Gazprom's gas supply deal with CNPC, the Telefónica/China Unicom alliance),
// written by a helper who did not read the code; its README gives the first
// measurement. Floors sit 0.05 below its figures when it was added (aa2a2aa).
var dealdev132Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.921
	"deals.f1":             0.65, // measured 0.704
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.61, // measured 0.667
}

// dealdev133 is a development set of stop 45 (Arkema buying Bostik, the Intel/Nvidia patent cross-licence, the Danone/Mengniu yogurt venture),
// written by a helper who did not read the code; its README gives the first
// measurement (on 59c88bbf with uncommitted changes; the same at 665ff12
// and at 40bd482). Floors sit 0.05 below its figures at 665ff12.
var dealdev133Floors = map[string]float64{
	"companies.f1":         0.84, // measured 0.897
	"deals.f1":             0.69, // measured 0.741
	"deals.value_accuracy": 0.71, // measured 0.769
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.50, // measured 0.556
}

// dealdev134 is a development set of stop 45 (the Bank of New York/Mellon merger, Tencent's stake in Universal Music, BP selling its Alaska business to Hilcorp),
// written by a helper who did not read the code; its README gives the first
// measurement (on 59c88bbf with uncommitted changes; the same at 665ff12
// and at 40bd482). Floors sit 0.05 below its figures at 665ff12.
var dealdev134Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.879
	"deals.f1":             0.68, // measured 0.731
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.50, // measured 0.556
}

// dealdev135 is a development set of stop 45 (Nissan's alliance with Mitsubishi Motors, Reckitt Benckiser buying SSL, Republic selling Frontier to Indigo),
// written by a helper who did not read the code; its README gives the first
// measurement (on 59c88bbf with uncommitted changes; the same at 665ff12
// and at 40bd482). Floors sit 0.05 below its figures at 665ff12.
var dealdev135Floors = map[string]float64{
	"companies.f1":         0.84, // measured 0.895
	"deals.f1":             0.38, // measured 0.431
	"deals.value_accuracy": 0.61, // measured 0.667
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.39, // measured 0.444
}

// dealdev136 is a development set of stop 46 (Dow and DuPont's merger of equals, Bolloré selling its African logistics to MSC, Gold Fields' Ghana venture with AngloGold Ashanti),
// written by a helper who did not read the code; its README gives the first
// measurement (at 465a114). Floors sit 0.05 below its figures at 49e88a9.
var dealdev136Floors = map[string]float64{
	"companies.f1":         0.88, // measured 0.932
	"deals.f1":             0.68, // measured 0.731
	"deals.value_accuracy": 0.71, // measured 0.769
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.61, // measured 0.667
}

// dealdev137 is a development set of stop 46 (Dai-ichi Life's stake in Janus Capital, Nexon buying gloops, AngioDynamics' patent cross-licences with BD and Bard),
// written by a helper who did not read the code; its README gives the first
// measurement (at 465a114). Floors sit 0.05 below its figures at 49e88a9.
var dealdev137Floors = map[string]float64{
	"companies.f1":         0.80, // measured 0.859
	"deals.f1":             0.59, // measured 0.640
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.39, // measured 0.444
}

// dealdev138 is a development set of stop 46 (DuPont's contested takeover of Danisco, Thomas H. Lee buying Brooks Automation's semiconductor business, Alstom's train supply to DSB),
// written by a helper who did not read the code; its README gives the first
// measurement (at 465a114). Floors sit 0.05 below its figures at 49e88a9.
var dealdev138Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.907
	"deals.f1":             0.70, // measured 0.750
	"deals.value_accuracy": 0.77, // measured 0.824
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev139 is a development set of stop 46 (the Indian state selling its Tata Communications stake, Moncler buying Stone Island, OCI and ADNOC combining into Fertiglobe),
// written by a helper who did not read the code; its README gives the first
// measurement (at 6a9684a). Floors sit 0.05 below its figures at 27ff89b.
var dealdev139Floors = map[string]float64{
	"companies.f1":         0.79, // measured 0.848
	"deals.f1":             0.47, // measured 0.528
	"deals.value_accuracy": 0.70, // measured 0.750
	"clusters.merged":      0.17, // measured 0.222
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.39, // measured 0.444
}

// dealdev140 is a development set of stop 46 (Tata Steel winning Corus, Ryanair buying KLM's Buzz, Salesforce's alliance with Alibaba),
// written by a helper who did not read the code; its README gives the first
// measurement (at 6a9684a). Floors sit 0.05 below its figures at 27ff89b.
var dealdev140Floors = map[string]float64{
	"companies.f1":         0.86, // measured 0.915
	"deals.f1":             0.85, // measured 0.900
	"deals.value_accuracy": 0.85, // measured 0.905
	"clusters.merged":      0.65, // measured 0.700
	"meta.title":           0.28, // measured 0.333
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.39, // measured 0.444
}

// dealdev141 is a development set of stop 46 (Standard General buying Tegna, Calliditas licensing Nefecon to Stada, the Zipcar/Flexcar merger),
// written by a helper who did not read the code; its README gives the first
// measurement (at 2bc2f28). Floors sit 0.05 below its figures at d8df625.
var dealdev141Floors = map[string]float64{
	"companies.f1":         0.89, // measured 0.944
	"deals.f1":             0.75, // measured 0.800
	"deals.value_accuracy": 0.70, // measured 0.750
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.50, // measured 0.556
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.50, // measured 0.556
}

// dealdev142 is a development set of stop 46 (Midea's offer for Kuka, Tesco's Chinese venture with China Resources, E.ON selling Open Grid Europe to a Macquarie-led group),
// written by a helper who did not read the code; its README gives the first
// measurement (at 9477ab9). Floors sit 0.05 below its figures at b867182.
var dealdev142Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.921
	"deals.f1":             0.67, // measured 0.727
	"deals.value_accuracy": 0.70, // measured 0.750
	"clusters.merged":      0.17, // measured 0.222
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev143 is a development set of stop 46 (the NCB/Samba bank merger, Bristol-Myers Squibb's licence of Nektar's NKTR-214, Hilton Hotels buying Hilton International),
// written by a helper who did not read the code; its README gives the first
// measurement (at 9477ab9). Floors sit 0.05 below its figures at b867182.
var dealdev143Floors = map[string]float64{
	"companies.f1":         0.84, // measured 0.899
	"deals.f1":             0.70, // measured 0.750
	"deals.value_accuracy": 0.66, // measured 0.714
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.28, // measured 0.333
}

// dealdev144 is a development set of stop 47 (Helvetia and Baloise's merger, Orica's sale of its chemicals arm to Blackstone, News Corp's licence of its journalism to OpenAI),
// written by a helper who did not read the code; its README gives the first
// measurement (at 0e37ca7). Floors sit 0.05 below its figures at 70ea561.
var dealdev144Floors = map[string]float64{
	"companies.f1":         0.81, // measured 0.870
	"deals.f1":             0.70, // measured 0.750
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.50, // measured 0.556
}

// dealdev145 is a development set of stop 47 (SABIC's stake in Clariant, the ANA/AirAsia Japan joint venture, Oracle's takeover of PeopleSoft),
// written by a helper who did not read the code; its README gives the first
// measurement (at 0e37ca7). Floors sit 0.05 below its figures at 70ea561.
var dealdev145Floors = map[string]float64{
	"companies.f1":         0.89, // measured 0.947
	"deals.f1":             0.69, // measured 0.741
	"deals.value_accuracy": 0.85, // measured 0.909
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.39, // measured 0.444
}

// dealdev146 is a development set of stop 47 (Servier's research partnership with Pieris, Michael Kors buying Jimmy Choo, JD.com listing JD Logistics),
// written by a helper who did not read the code; its README gives the first
// measurement (at 0e37ca7). Floors sit 0.05 below its figures at 70ea561.
var dealdev146Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.905
	"deals.f1":             0.59, // measured 0.640
	"deals.value_accuracy": 0.45, // measured 0.500
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.72, // measured 0.778
}

// dealdev147 is a development set of stop 47 (Statkraft's power contract with Alcoa Norway, American Tower buying 51% of Viom, Grupo Bimbo buying Canada Bread),
// written by a helper who did not read the code; its README gives the first
// measurement (at 0e37ca7). Floors sit 0.05 below its figures at 70ea561.
var dealdev147Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.879
	"deals.f1":             0.70, // measured 0.755
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.72, // measured 0.778
}

// dealdev148 is a development set of stop 47 (HeidelbergCement buying Italcementi, the Sorin/Cyberonics merger into LivaNova, Starbreeze's co-publishing deal with Koch Media),
// written by a helper who did not read the code; its README gives the first
// measurement (at 5d1c1f6). Floors sit 0.05 below its figures at 0c5e3ef.
var dealdev148Floors = map[string]float64{
	"companies.f1":         0.81, // measured 0.864
	"deals.f1":             0.38, // measured 0.436
	"deals.value_accuracy": 0.85, // measured 1.000; 0.900 from stop 51, where a Starbreeze investment is now matched at another figure than the annotation's
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev149 is a development set of stop 47 (Fosun's takeover of Club Med, HSBC selling its Brazilian unit to Bradesco, the Vilmorin/KWS joint venture),
// written by a helper who did not read the code; its README gives the first
// measurement (at 5d1c1f6). Floors sit 0.05 below its figures at 0c5e3ef.
var dealdev149Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.909
	"deals.f1":             0.53, // measured 0.588
	"deals.value_accuracy": 0.61, // measured 0.667
	"clusters.merged":      0.17, // measured 0.222
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.50, // measured 0.556
}

// dealdev150 is a development set of stop 47 (the TGS/PGS merger, Saudi Arabia's SURJ buying a stake in DAZN, Samsung's stake in Sharp with an LCD supply deal),
// written by a helper who did not read the code; its README gives the first
// measurement (at 5d1c1f6). Floors sit 0.05 below its figures at 0c5e3ef.
var dealdev150Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.907
	"deals.f1":             0.75, // measured 0.800
	"deals.value_accuracy": 0.83, // measured 0.882
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.61, // measured 0.667
}

// dealdev151 is a development set of stop 47 (Nippon Express buying cargo-partner, Amorepacific's stake in COSRX, the TSMC/Bosch/Infineon/NXP ESMC joint venture),
// written by a helper who did not read the code; its README gives the first
// measurement (at 5d1c1f6). Floors sit 0.05 below its figures at 0c5e3ef.
var dealdev151Floors = map[string]float64{
	"companies.f1":         0.84, // measured 0.893
	"deals.f1":             0.52, // measured 0.577
	"deals.value_accuracy": 0.22, // measured 0.273
	"clusters.merged":      0.17, // measured 0.222
	"meta.title":           0.39, // measured 0.444
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.61, // measured 0.667
}

// dealdev152 is a development set of stop 48 (Citi Infrastructure Investors' consortium buying Kelda, the Mattel/Fisher-Price merger, the Mahindra/Yueda tractor joint venture),
// written by a helper who did not read the code; its README gives the first
// measurement (at 5be81a8). Floors sit 0.05 below its figures at 521b6eb.
var dealdev152Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.876
	"deals.f1":             0.64, // measured 0.691
	"deals.value_accuracy": 0.67, // measured 0.727
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.61, // measured 0.667
}

// dealdev153 is a development set of stop 48 (BPER and Banco di Sardegna selling their card acceptance to Nexi, Jazz licensing zanidatamab from Zymeworks, Kingfisher's failed takeover of Mr Bricolage),
// written by a helper who did not read the code; its README gives the first
// measurement (at 5be81a8). Floors sit 0.05 below its figures at 521b6eb.
var dealdev153Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.879
	"deals.f1":             0.69, // measured 0.741
	"deals.value_accuracy": 0.83, // measured 0.889 (0.941 before the Nets merger was read in 15303: then its price sentence, read apart, leaves a tie of 318 and 384 million that the larger wins)
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.61, // measured 0.667
}

// dealdev154 is a development set of stop 48 (TransDigm buying Esterline, Equinor's stake in Ørsted, DoorDash buying Wolt),
// written by a helper who did not read the code; its README gives the first
// measurement (at 5be81a8). Floors sit 0.05 below its figures at 521b6eb.
var dealdev154Floors = map[string]float64{
	"companies.f1":         0.91, // measured 0.968
	"deals.f1":             0.87, // measured 0.929
	"deals.value_accuracy": 0.83, // measured 0.885
	"clusters.merged":      0.83, // measured 0.889
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.50, // measured 0.556
}

// dealdev155 is a development set of stop 48 (Kirin buying control of Schincariol, ArvinMeritor selling Emissions Technologies to One Equity Partners, Snap's Google Cloud commitment),
// written by a helper who did not read the code; its README gives the first
// measurement (at 5be81a8). Floors sit 0.05 below its figures at 521b6eb.
var dealdev155Floors = map[string]float64{
	"companies.f1":         0.90, // measured 0.952
	"deals.f1":             0.65, // measured 0.704
	"deals.value_accuracy": 0.81, // measured 0.867
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.50, // measured 0.556
	"meta.source":          0.28, // measured 0.333
}

// dealdev156 is a development set of stop 49 (Seagen licensing RemeGen's disitamab vedotin, Bouygues Telecom selling towers to Antin Infrastructure Partners, Kroger merging with Fred Meyer),
// written by a helper who did not read the code; its README gives the first
// measurement (at ef0a0e3). Floors sit 0.05 below its figures at 7bf3de8.
var dealdev156Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.876
	"deals.f1":             0.52, // measured 0.571
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.39, // measured 0.444
}

// dealdev157 is a development set of stop 49 (Zijin Mining buying Nevsun Resources, Delta buying Singapore Airlines' stake in Virgin Atlantic, VIS and NXP forming VSMC),
// written by a helper who did not read the code; its README gives the first
// measurement (at ef0a0e3). Floors sit 0.05 below its figures at 7bf3de8.
var dealdev157Floors = map[string]float64{
	"companies.f1":         0.89, // measured 0.947
	"deals.f1":             0.74, // measured 0.792
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev158 is a development set of stop 49 (Phoenix buying ReAssure from Swiss Re, Microsoft completing ZeniMax Media, Iberdrola's monopile order from Navantia and Windar),
// written by a helper who did not read the code; its README gives the first
// measurement (at ef0a0e3). Floors sit 0.05 below its figures at 7bf3de8.
var dealdev158Floors = map[string]float64{
	"companies.f1":         0.76, // measured 0.819
	"deals.f1":             0.68, // measured 0.737
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.28, // measured 0.333
}

// dealdev159 is a development set of stop 49 (DSM merging with Firmenich, Axel Springer selling regional titles to Funke, DSV buying Panalpina),
// written by a helper who did not read the code; its README gives the first
// measurement (at 6a0235e). Floors sit 0.05 below its figures at bd91f4b.
var dealdev159Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.907
	"deals.f1":             0.75, // measured 0.808
	"deals.value_accuracy": 0.87, // measured 0.929
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.50, // measured 0.556
}

// dealdev160 is a development set of stop 49 (Worldline buying Ingenico, Exor's stake in Christian Louboutin, the Aviko and Snow Valley venture),
// written by a helper who did not read the code; its README gives the first
// measurement (at 6a0235e). Floors sit 0.05 below its figures at bd91f4b.
var dealdev160Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.908
	"deals.f1":             0.60, // measured 0.654
	"deals.value_accuracy": 0.86, // measured 0.917
	"clusters.merged":      0.17, // measured 0.222
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.28, // measured 0.333
}

// dealdev161 is a development set of stop 49 (Vista and Evergreen taking Citrix private, Renfe's trains from Talgo, Smiths selling Smiths Medical to ICU Medical),
// written by a helper who did not read the code; its README gives the first
// measurement (at 6a0235e). Floors sit 0.05 below its figures at bd91f4b.
var dealdev161Floors = map[string]float64{
	"companies.f1":         0.90, // measured 0.953
	"deals.f1":             0.73, // measured 0.784
	"deals.value_accuracy": 0.47, // measured 0.529
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.50, // measured 0.556
}

// dealdev162 is a development set of stop 50 (Travelers and St. Paul merging, Airbus and Safran's launcher venture, AkzoNobel selling Specialty Chemicals to Carlyle and GIC),
// written by a helper who did not read the code; its README gives the first
// measurement (at 4424a99). Floors sit 0.05 below its figures at 9a1b854.
var dealdev162Floors = map[string]float64{
	"companies.f1": 0.80, // measured 0.850
	"deals.f1":     0.63, // measured 0.679
	// lowered from 0.95 in stop 65: PPG's rejected proposals for
	// AkzoNobel are read now (deals 0.692 -> 0.764, merged 0.556 ->
	// 0.667), one deal whose row gives the English outlet's $28.8 billion
	// where the French and the Spanish write euros (values 12 of 14)
	"deals.value_accuracy": 0.80, // measured 0.857
	"clusters.merged":      0.51, // measured 0.556
	"meta.title":           0.84, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.73, // measured 0.778
	"meta.source":          0.62, // measured 0.667
}

// dealdev163 is a development set of stop 50 (Crédit Agricole Italia's offer for Creval, FSI's stake in Missoni, BG Group's LNG for CNOOC),
// written by a helper who did not read the code; its README gives the first
// measurement (at 4424a99). Floors sit 0.05 below its figures at 9a1b854.
var dealdev163Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.902
	"deals.f1":             0.73, // measured 0.784
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.51, // measured 0.556
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.73, // measured 0.778
	"meta.source":          0.51, // measured 0.556
}

// dealdev164 is a development set of stop 50 (Koei and Tecmo merging, Merck & Co's licence from Kelun-Biotech, a consortium buying Thessaloniki's port),
// written by a helper who did not read the code; its README gives the first
// measurement (at 4424a99). Floors sit 0.05 below its figures at 9a1b854.
var dealdev164Floors = map[string]float64{
	"companies.f1": 0.86, // measured 0.906
	"deals.f1":     0.63, // measured 0.680
	// 0.750 at stop 50's licence fix: a licence now matched, its
	// upfront payment read in another sentence
	// measured 0.818, 0.750, then 0.583 once stop 62 joins a lone
	// outlet's deal at one price (joinedLoneOutlets): the licence joined
	// names more companies and matches another annotated deal first
	"deals.value_accuracy": 0.53,
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.62, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.73, // measured 0.778
	"meta.source":          0.51, // measured 0.556
}

// dealdev165 is a development set of stop 50 (Altice buying 70% of Suddenlink, General Mills selling Green Giant to B&G Foods, Anglo American and Teck merging),
// written by a helper who did not read the code; its README gives the first
// measurement (at fbf0dc0). Floors sit 0.05 below its figures at d4e38e6.
var dealdev165Floors = map[string]float64{
	"companies.f1": 0.85, // measured 0.903
	// measured 0.778 and 0.667, then 0.727 and 0.529 once stop 62 joins
	// a lone outlet's Annie's purchase, read with Diageo, to General
	// Mills's at its price (joinedLoneOutlets; merged 0.556 -> 0.667): the
	// row names Diageo and matches another annotated deal first
	"deals.f1":             0.67,
	"deals.value_accuracy": 0.47,
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.73, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.73, // measured 0.778
	"meta.source":          0.51, // measured 0.556
}

// dealdev166 is a development set of stop 50 (Porsche and Customcells' Cellforce venture, Holtzbrinck selling Berliner Verlag to Mecom, Facebook and PayPal investing in Gojek),
// written by a helper who did not read the code; its README gives the first
// measurement (at fbf0dc0). Floors sit 0.05 below its figures at d4e38e6.
var dealdev166Floors = map[string]float64{
	"companies.f1":         0.81, // measured 0.862
	"deals.f1":             0.47, // measured 0.519
	"deals.value_accuracy": 0.50, // measured 0.625; 0.556 at stop 59, where a deal found dated ("a fine 2002") is one more matched, unpriced
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.51, // measured 0.556
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.73, // measured 0.778
	"meta.source":          0.73, // measured 0.778
}

// dealdev167 is a development set of stop 51 (Iliad's towers sold to Cellnex, Ipsen licensing Genfit's elafibranor, the Total Produce and Dole merger),
// written by a helper who did not read the code; its README gives the first
// measurement (at 38edd07). Floors sit 0.05 below its figures when it was added.
var dealdev167Floors = map[string]float64{
	"companies.f1":         0.88, // measured 0.932
	"deals.f1":             0.60, // measured 0.655
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.50, // measured 0.556
}

// dealdev168 is a development set of stop 51 (Northern Star buying De Grey Mining, Emirates' Boeing 777X order, Legal & General selling its US protection business to Meiji Yasuda),
// written by a helper who did not read the code; its README gives the first
// measurement (at 38edd07). Floors sit 0.05 below its figures when it was added.
var dealdev168Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.927
	"deals.f1":             0.48, // measured 0.533
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.06, // measured 0.111
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.72, // measured 0.778
}

// dealdev169 is a development set of stop 51 (TC Energy selling 40% of Columbia to GIP, Canyon Bridge's blocked bid for Lattice, Fnac winning Darty),
// written by a helper who did not read the code; its README gives the first
// measurement (at 38edd07). Floors sit 0.05 below its figures when it was added.
var dealdev169Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.903
	"deals.f1":             0.83, // measured 0.885
	"deals.value_accuracy": 0.90, // measured 0.950
	"clusters.merged":      0.72, // measured 0.778
	"meta.title":           0.50, // measured 0.556
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev170 is a development set of stop 51 (China Merchants in CMA CGM's Terminal Link, Electronic Arts buying Glu Mobile, Monte dei Paschi buying Antonveneta),
// written by a helper who did not read the code; its README gives the first
// measurement (at 38edd07). Floors sit 0.05 below its figures when it was added.
var dealdev170Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.921
	"deals.f1":             0.53, // measured 0.588
	"deals.value_accuracy": 0.87, // measured 0.923
	"clusters.merged":      0.17, // measured 0.222
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.72, // measured 0.778
}

// dealdev171 is a development set of stop 51 (Solvay selling Eco Services to CCMP, Sabre buying lastminute.com, HP investing in Hortonworks),
// written by a helper who did not read the code; its README gives the first
// measurement (at 38edd07). Floors sit 0.05 below its figures when it was added.
var dealdev171Floors = map[string]float64{
	"companies.f1":         0.69, // measured 0.749
	"deals.f1":             0.75, // measured 0.800
	"deals.value_accuracy": 0.88, // measured 0.933
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.50, // measured 0.556
}

// dealdev172 is a development set of stop 51 (Severstal buying Esmark, COFCO's venture with Noble Agri, Johnson & Johnson selling LifeScan to Platinum Equity),
// written by a helper who did not read the code; its README gives the first
// measurement (at 8afc5b5). Floors sit 0.05 below its figures when it was added.
var dealdev172Floors = map[string]float64{
	"companies.f1":         0.88, // measured 0.932
	"deals.f1":             0.69, // measured 0.741
	"deals.value_accuracy": 0.81, // measured 0.867
	"clusters.merged":      0.17, // measured 0.222
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.50, // measured 0.556
}

// dealdev173 is a development set of stop 51 (ERG buying Epuron, Hermès buying into Jean Paul Gaultier, MAN's withdrawn offer for Scania),
// written by a helper who did not read the code; its README gives the first
// measurement (at 8afc5b5). Floors sit 0.05 below its figures when it was added.
var dealdev173Floors = map[string]float64{
	"companies.f1":         0.79, // measured 0.849
	"deals.f1":             0.71, // measured 0.760
	"deals.value_accuracy": 0.78, // measured 0.833
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.83, // measured 0.889
}

// dealdev174 is a development set of stop 51 (WPP's offer for Tempus, Eli Lilly buying Prevail Therapeutics, CRH selling its Trident plant to GCC),
// written by a helper who did not read the code; its README gives the first
// measurement (at 8afc5b5). Floors sit 0.05 below its figures when it was added.
var dealdev174Floors = map[string]float64{
	"companies.f1":         0.80, // measured 0.854
	"deals.f1":             0.66, // measured 0.714
	"deals.value_accuracy": 0.75, // measured 0.800
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.61, // measured 0.667
}

// dealdev175 is a development set of stop 52 (Aurubis buying Metallo, Orkla selling Elkem to Bluestar, Albemarle's Wodgina venture with Mineral Resources),
// written by a helper who did not read the code; its README gives the first
// measurement (at 7787606). Floors sit 0.05 below its figures when it was added.
var dealdev175Floors = map[string]float64{
	"companies.f1":         0.78, // measured 0.831
	"deals.f1":             0.54, // measured 0.593
	"deals.value_accuracy": 0.75, // measured 0.800
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.72, // measured 0.778
}

// dealdev176 is a development set of stop 52 (the Publicis-Omnicom merger, DirecTV renewing NFL Sunday Ticket, Liberty Media's 40% of Sirius XM),
// written by a helper who did not read the code; its README gives the first
// measurement (at 7787606). Floors sit 0.05 below its figures when it was added.
var dealdev176Floors = map[string]float64{
	"companies.f1":         0.81, // measured 0.861
	"deals.f1":             0.55, // measured 0.600
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.39, // measured 0.444
}

// dealdev177 is a development set of stop 52 (GXO buying Wincanton, IAG dropping Air Europa, GB Railfreight ordering Stadler locomotives),
// written by a helper who did not read the code; its README gives the first
// measurement (at 7787606). Floors sit 0.05 below its figures when it was added.
var dealdev177Floors = map[string]float64{
	"companies.f1":         0.92, // measured 0.970
	"deals.f1":             0.71, // measured 0.760
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.39, // measured 0.444
}

// dealdev178 is a development set of stop 52 (Astellas buying Iveric Bio, Novo Nordisk licensing UBT251, Vestar selling Birds Eye Foods to Pinnacle),
// written by a helper who did not read the code; its README gives the first
// measurement (at 7787606). Floors sit 0.05 below its figures when it was added.
var dealdev178Floors = map[string]float64{
	"companies.f1":         0.80, // measured 0.857
	"deals.f1":             0.77, // measured 0.828
	"deals.value_accuracy": 0.72, // measured 0.773
	"clusters.merged":      0.61, // measured 0.778; 0.667 since "messo sul tavolo" bids (stop 55): the Italian Audentes source then joins the English report that also names OSI ("after winning OSI Pharmaceuticals"), and the OSI cluster splits
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev179 is a development set of stop 52 (Ovo buying SSE Energy Services, PGNiG's LNG supply deal with Venture Global, OMV selling 49% of Gas Connect Austria),
// written by a helper who did not read the code; its README gives the first
// measurement (at 99dc341). Floors sit 0.05 below its figures when it was added.
var dealdev179Floors = map[string]float64{
	"companies.f1":         0.80, // measured 0.852
	"deals.f1":             0.58, // measured 0.638
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.06, // measured 0.111
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.50, // measured 0.556
}

// dealdev180 is a development set of stop 52 (Microchip buying Atmel after Dialog's failed deal, the SanDisk-SK hynix patent licence, Cisco's joint venture with Inspur),
// written by a helper who did not read the code; its README gives the first
// measurement (at 99dc341). Floors sit 0.05 below its figures when it was added.
var dealdev180Floors = map[string]float64{
	"companies.f1":         0.91, // measured 0.963
	"deals.f1":             0.73, // measured 0.786
	"deals.value_accuracy": 0.83, // measured 0.882
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.28, // measured 0.333
}

// dealdev181 is a development set of stop 52 (Commerzbank buying Dresdner Bank from Allianz, Aegon's bancassurance deal with Santander, Amundi buying Lyxor),
// written by a helper who did not read the code; its README gives the first
// measurement (at c1e121f). Floors sit 0.05 below its figures when it was added.
var dealdev181Floors = map[string]float64{
	"companies.f1": 0.84, // measured 0.894
	"deals.f1":     0.52, // measured 0.577
	// measured 0.818, then 0.636 once stop 62 joins a lone outlet's deal
	// at one price (joinedLoneOutlets): the Dresdner purchase joined names
	// more companies and matches another annotated deal first
	"deals.value_accuracy": 0.58,
	"clusters.merged":      0.17, // measured 0.222
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev182 is a development set of stop 52 (Nidec buying Omron Automotive Electronics, the GM-Samsung SDI battery venture, GE Aerospace's F414 engine deal with HAL),
// written by a helper who did not read the code; its README gives the first
// measurement (at c1e121f). Floors sit 0.05 below its figures when it was added.
var dealdev182Floors = map[string]float64{
	"companies.f1":         0.83, // measured 0.884
	"deals.f1":             0.66, // measured 0.717
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.61, // measured 0.667
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.50, // measured 0.556
}

// dealdev183 is a development set of stop 52 (CD&R buying Morrisons, the American Airlines-JetBlue alliance, Prosus selling Avito),
// written by a helper who did not read the code; its README gives the first
// measurement (at 39aedf0). Floors sit 0.05 below its figures when it was added.
var dealdev183Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.922
	"deals.f1":             0.61, // measured 0.667
	"deals.value_accuracy": 0.71, // measured 0.769
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.61, // measured 0.667
}

// dealdev184 is a development set of stop 52 (the Mediclinic-Al Noor merger, Cochlear buying Oticon Medical from Demant, Biogen's zuranolone deal with Sage),
// written by a helper who did not read the code; its README gives the first
// measurement (at 39aedf0). Floors sit 0.05 below its figures when it was added.
var dealdev184Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.906
	"deals.f1":             0.73, // measured 0.786
	"deals.value_accuracy": 0.85, // measured 0.909
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.28, // measured 0.333
}

// dealdev185 is a development set of stop 53 (DFDS buying U.N. Ro-Ro, the Lanxess-Saudi Aramco rubber venture, IGT selling DoubleDown to DoubleU Games),
// written by a helper who did not read the code; its README gives the first
// measurement (at 1507c0f). Floors sit 0.05 below its figures when it was added.
var dealdev185Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.879
	"deals.f1":             0.70, // measured 0.755
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.50, // measured 0.556
}

// dealdev186 is a development set of stop 53 (the Sinochem-ChemChina merger, Indian Hotels' rejected bid for Orient-Express, Veeco's patent cross-licence with Asylum Research),
// written by a helper who did not read the code; its README gives the first
// measurement (at 1507c0f). Floors sit 0.05 below its figures when it was added.
var dealdev186Floors = map[string]float64{
	"companies.f1":         0.86, // measured 0.916
	"deals.f1":             0.69, // measured 0.741
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.39, // measured 0.444
}

// dealdev187 is a development set of stop 53 (Recipharm buying Consort Medical, Canal+'s stake in Viaplay, U.S. Steel's pellet supply deal with Algoma),
// written by a helper who did not read the code; its README gives the first
// measurement (at 1507c0f). Floors sit 0.05 below its figures when it was added.
var dealdev187Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.903
	"deals.f1":             0.55, // measured 0.604
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.39, // measured 0.444
}

// dealdev188 is a development set of stop 53 (Lone Star buying IKB, Richemont selling Lancel to Piquadro, the CSR-China CNR merger),
// written by a helper who did not read the code; its README gives the first
// measurement (at 1507c0f). Floors sit 0.05 below its figures when it was added.
var dealdev188Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.873
	"deals.f1":             0.61, // measured 0.667
	"deals.value_accuracy": 0.00, // measured 0.000
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.39, // measured 0.444
}

// dealdev189 is a development set of stop 53 (the EDP-Engie offshore wind venture, the Albertson's-American Stores merger, Palo Alto Networks buying Demisto),
// written by a helper who did not read the code; its README gives the first
// measurement (at 1507c0f). Floors sit 0.05 below its figures when it was added.
var dealdev189Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.928
	"deals.f1":             0.61, // measured 0.667
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.50, // measured 0.556
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.28, // measured 0.333
}

// dealdev190 is a development set of stop 53 (Generali selling Generali Leben to Viridium, Magna's partnership with Lyft, Lithium Americas' bid for Millennial Lithium),
// written by a helper who did not read the code; its README gives the first
// measurement (at 1507c0f). Floors sit 0.05 below its figures when it was added.
var dealdev190Floors = map[string]float64{
	"companies.f1":         0.84, // measured 0.899
	"deals.f1":             0.75, // measured 0.807
	"deals.value_accuracy": 0.81, // measured 0.870
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.50, // measured 0.556
}

// dealdev191 is a development set of stop 53 (EI Towers' hostile bid for Rai Way, UPM's asset swap for the Fray Bentos mill, the Sandoz spin-off from Novartis),
// written by a helper who did not read the code; its README gives the first
// measurement (at bacaf28). Floors sit 0.05 below its figures when it was added.
var dealdev191Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.879
	"deals.f1":             0.61, // measured 0.667
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.50, // measured 0.556
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.50, // measured 0.556
	"meta.source":          0.17, // measured 0.222
}

// dealdev192 is a development set of stop 53 (ATP buying Macquarie's stake in Copenhagen Airports, PayPal's patent licence from LML Payment Systems, the CNBM-Sinoma merger),
// written by a helper who did not read the code; its README gives the first
// measurement (at bacaf28). Floors sit 0.05 below its figures when it was added.
var dealdev192Floors = map[string]float64{
	"companies.f1":         0.83, // measured 0.881
	"deals.f1":             0.65, // measured 0.704
	"deals.value_accuracy": 0.70, // measured 0.750
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.39, // measured 0.444
}

// dealdev193 is a development set of stop 53 (Diageo selling its wine business to Treasury Wine Estates, the Leonardo-Rheinmetall tank venture, Castellum buying Norrporten),
// written by a helper who did not read the code; its README gives the first
// measurement (at bacaf28). Floors sit 0.05 below its figures when it was added.
var dealdev193Floors = map[string]float64{
	"companies.f1":         0.77, // measured 0.826
	"deals.f1":             0.76, // measured 0.815
	"deals.value_accuracy": 0.88, // measured 0.933
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.50, // measured 0.556
}

// dealdev194 is a development set of stop 53 (Mediahuis buying Independent News & Media, the called-off Basic Energy Services-Grey Wolf merger, the Xiaomi-Leica partnership),
// written by a helper who did not read the code; its README gives the first
// measurement (at bacaf28). Floors sit 0.05 below its figures when it was added.
var dealdev194Floors = map[string]float64{
	"companies.f1":         0.84, // measured 0.899
	"deals.f1":             0.59, // measured 0.640
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.61, // measured 0.667
}

// dealdev195 is a development set of stop 53 (Kinepolis taking over Utopia, Boehringer Ingelheim's foot-and-mouth vaccine venture in Xi'an, China Tianying selling Urbaser to Platinum Equity),
// written by a helper who did not read the code; its README gives the first
// measurement (at 5f8d553). Floors sit 0.05 below its figures when it was added.
var dealdev195Floors = map[string]float64{
	"companies.f1":         0.76, // measured 0.817
	"deals.f1":             0.55, // measured 0.604
	"deals.value_accuracy": 0.36, // measured 0.417
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.70, // measured 0.750
	"meta.source":          0.61, // measured 0.667
}

// dealdev196 is a development set of stop 53 (Webjet's platform licence to Harvey World Travel, the Nippon Sanso-Taiyo Toyo Sanso merger, Julius Baer's stake in Kairos),
// written by a helper who did not read the code; its README gives the first
// measurement (at 5f8d553). Floors sit 0.05 below its figures when it was added.
var dealdev196Floors = map[string]float64{
	"companies.f1":         0.81, // measured 0.862
	"deals.f1":             0.52, // measured 0.571
	"deals.value_accuracy": 0.52, // measured 0.571
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.39, // measured 0.444
}

// dealdev197 is a development set of stop 53 (the Pirelli-Russian Technologies-Sibur tyre ventures, Loral selling its satellite fleet to Intelsat, Saputo's raised bid for Warrnambool Cheese and Butter),
// written by a helper who did not read the code; its README gives the first
// measurement (at 5f8d553). Floors sit 0.05 below its figures when it was added.
var dealdev197Floors = map[string]float64{
	"companies.f1":         0.81, // measured 0.862
	"deals.f1":             0.60, // measured 0.655
	"deals.value_accuracy": 0.63, // measured 0.688
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev198 is a development set of stop 53 (the JAKKS Pacific-THQ venture, Fortis buying ITC Holdings, the Boots Opticians-Dollond & Aitchison merger),
// written by a helper who did not read the code; its README gives the first
// measurement (at 5f8d553). Floors sit 0.05 below its figures when it was added.
var dealdev198Floors = map[string]float64{
	"companies.f1":         0.83, // measured 0.885
	"deals.f1":             0.66, // measured 0.717
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev199 is a development set of stop 53 (Schibsted buying Oikotie from Sanoma, Yara's stake in Kemira GrowHow, the Santalucía-Mapfre funeral venture),
// written by a helper who did not read the code; its README gives the first
// measurement (at 2774c1e). Floors sit 0.05 below its figures when it was added.
var dealdev199Floors = map[string]float64{
	"companies.f1":         0.83, // measured 0.883
	"deals.f1":             0.53, // measured 0.583
	"deals.value_accuracy": 0.67, // measured 0.818; 0.727 at stop 59, where "a finales de 2014" dates a misread stake that then joins another misread row
	"clusters.merged":      0.06, // measured 0.111
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.50, // measured 0.556
	"meta.source":          0.28, // measured 0.333
}

// dealdev200 is a development set of stop 53 (KCC's failed bid for Hyundai Elevator, the Air Nostrum-CityJet combination, Lagardère selling Virgin France to Butler Capital Partners),
// written by a helper who did not read the code; its README gives the first
// measurement (at 2774c1e). Floors sit 0.05 below its figures when it was added.
var dealdev200Floors = map[string]float64{
	"companies.f1":         0.81, // measured 0.867
	"deals.f1":             0.74, // measured 0.793
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.61, // measured 0.667
}

// dealdev201 is a development set of stop 53 (DTR Automotive buying Doosan Machine Tools, Nomura buying CIBC's stake in American Century, Menicon's distribution partnership with Eczacıbaşı),
// written by a helper who did not read the code; its README gives the first
// measurement (at 2774c1e). Floors sit 0.05 below its figures when it was added.
var dealdev201Floors = map[string]float64{
	"companies.f1":         0.80, // measured 0.859
	"deals.f1":             0.57, // measured 0.627
	"deals.value_accuracy": 0.71, // measured 0.769
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.83, // measured 0.889
}

// dealdev202 is a development set of stop 53 (Raffles Holdings buying Swissôtel, Cree's patent licence to Nexperia, the Pioneer Hi-Bred-Syngenta seed venture),
// written by a helper who did not read the code; its README gives the first
// measurement (at 2774c1e). Floors sit 0.05 below its figures when it was added.
var dealdev202Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.875
	"deals.f1":             0.56, // measured 0.615
	"deals.value_accuracy": 0.57, // measured 0.625
	"clusters.merged":      0.17, // measured 0.222
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev202Ceilings lets two over-merged links stand: one measured when
// the set was added, one since stop 62 joins a lone outlet's $850 million
// investment (read of a "Committee") to Infineon's purchase of Wolfspeed
// at that price (joinedLoneOutlets).
var dealdev202Ceilings = map[string]float64{
	"clusters.overmerged_links": 2, // measured 2
	"articles.missing":          0,
}

// dealdev203 is a development set of stop 54 (FLSmidth selling its cement division, the Tongcheng-eLong merger, Tethys's stake in Ceva),
// written by a helper who did not read the code; its README gives the first
// measurement (at 438dad8). Floors sit 0.05 below its figures when it was added.
var dealdev203Floors = map[string]float64{
	"companies.f1":         0.88, // measured 0.932
	"deals.f1":             0.83, // measured 0.889
	"deals.value_accuracy": 0.86, // measured 0.917
	"clusters.merged":      0.72, // measured 0.778
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.61, // measured 0.667
}

// dealdev204 is a development set of stop 54 (the P&O Nedlloyd venture, ITV buying Friends Reunited, SK Telecom and Nanox),
// written by a helper who did not read the code; its README gives the first
// measurement (at 438dad8). Floors sit 0.05 below its figures when it was added.
var dealdev204Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.908
	"deals.f1":             0.68, // measured 0.737
	"deals.value_accuracy": 0.49, // measured 0.545
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.39, // measured 0.444
}

// dealdev205 is a development set of stop 54 (Mesa's failed bid for Atlantic Coast, Hokuetsu's alliance with Mitsubishi Corp, Ceridian selling Comdata to FleetCor),
// written by a helper who did not read the code; its README gives the first
// measurement (at 438dad8). Floors sit 0.05 below its figures when it was added.
var dealdev205Floors = map[string]float64{
	"companies.f1":         0.91, // measured 0.968
	"deals.f1":             0.59, // measured 0.640
	"deals.value_accuracy": 0.80, // measured 0.857
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.50, // measured 0.556
}

// dealdev206 is a development set of stop 54 (Stockmann buying Lindex, Broadwind's Brandon plant, The Clearing House and VocaLink),
// written by a helper who did not read the code; its README gives the first
// measurement (at 438dad8). Floors sit 0.05 below its figures when it was added.
var dealdev206Floors = map[string]float64{
	"companies.f1":         0.78, // measured 0.834
	"deals.f1":             0.65, // measured 0.708
	"deals.value_accuracy": 0.83, // measured 0.889
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.39, // measured 0.444
}

// dealdev207 is a development set of stop 54 (DreamWorks and Aardman, Safra buying Bank Sarasin, FCC's stake sale to iCON),
// written by a helper who did not read the code; its README gives the first
// measurement (at 930bead). Floors sit 0.05 below its figures when it was added.
var dealdev207Floors = map[string]float64{
	"companies.f1":         0.80, // measured 0.851
	"deals.f1":             0.62, // measured 0.679
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.61, // measured 0.667
}

// dealdev208 is a development set of stop 54 (ICL's venture with Yunnan Yuntianhua, the Fairfax-Rural Press merger, Exactech buying Blue Ortho),
// written by a helper who did not read the code; its README gives the first
// measurement (at 930bead). Floors sit 0.05 below its figures when it was added.
var dealdev208Floors = map[string]float64{
	"companies.f1":         0.83, // measured 0.885
	"deals.f1":             0.70, // measured 0.750
	"deals.value_accuracy": 0.75, // measured 0.800
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.50, // measured 0.556
}

// dealdev209 is a development set of stop 54 (OMERS's stake in Highway 407, Lion Capital buying Picard, Zscaler's Finjan licence),
// written by a helper who did not read the code; its README gives the first
// measurement (at 930bead). Floors sit 0.05 below its figures when it was added.
var dealdev209Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.902
	"deals.f1":             0.40, // measured 0.453
	"deals.value_accuracy": 0.85, // measured 0.900
	"clusters.merged":      0.06, // measured 0.111
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.61, // measured 0.667
	"meta.source":          0.39, // measured 0.444
}

// dealdev210 is a development set of stop 54 (Carnival's LNG deal with Shell, DL Chemical buying Kraton, the William Hill-Amaya talks),
// written by a helper who did not read the code; its README gives the first
// measurement (at 930bead). Floors sit 0.05 below its figures when it was added.
var dealdev210Floors = map[string]float64{
	"companies.f1":         0.84, // measured 0.890
	"deals.f1":             0.65, // measured 0.706
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.50, // measured 0.556
}

// dealdev211 is a development set of stop 55 (Pearson buying Dorling Kindersley, Air Liquide's stake in Hydrogenics, the Air Do-Solaseed Air merger),
// written by a helper who did not read the code; its README gives the first
// measurement (at 093d6df). Floors sit 0.05 below its figures when it was added.
var dealdev211Floors = map[string]float64{
	"companies.f1":         0.80, // measured 0.851
	"deals.f1":             0.52, // measured 0.577
	"deals.value_accuracy": 0.87, // measured 0.923
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.61, // measured 0.667
}

// dealdev212 is a development set of stop 55 (Agfa selling its healthcare IT to Dedalus, LIFULL buying Mitula, Anglian Water's meter contract with Arqiva),
// written by a helper who did not read the code; its README gives the first
// measurement (at 093d6df). Floors sit 0.05 below its figures when it was added.
var dealdev212Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.876
	"deals.f1":             0.74, // measured 0.792
	"deals.value_accuracy": 0.88, // measured 0.933
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.50, // measured 0.556
}

// dealdev213 is a development set of stop 55 (Seadrill and Sonangol's Sonadrill, HgCapital's offer for Visma, Tyson selling its frozen bakeries to Kohlberg),
// written by a helper who did not read the code; its README gives the first
// measurement (at 093d6df). Floors sit 0.05 below its figures when it was added.
var dealdev213Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.874
	"deals.f1":             0.83, // measured 0.885
	"deals.value_accuracy": 0.85, // measured 0.909
	"clusters.merged":      0.72, // measured 0.778
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.61, // measured 0.667
}

// dealdev214 is a development set of stop 55 (Safilo's licence for Etro eyewear, the Rumo-ALL merger, Ardonagh buying PSC Insurance),
// written by a helper who did not read the code; its README gives the first
// measurement (at 093d6df). Floors sit 0.05 below its figures at 284ce58.
var dealdev214Floors = map[string]float64{
	"companies.f1":         0.88, // measured 0.936
	"deals.f1":             0.64, // measured 0.692
	"deals.value_accuracy": 0.85, // measured 0.909
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.39, // measured 0.444
}

// dealdev215 is a development set of stop 55 (Eastman selling its adhesive resins to Synthomer, HRS buying Hotel.de, TPI Composites' blade venture with Alke),
// written by a helper who did not read the code. First measured at e74d9a5
// (its README) and again, before reading, at 4999d15: deals F1 0.566; read
// and tuned on in stop 56. Floors sit 0.05 below the figures at edea242.
var dealdev215Floors = map[string]float64{
	"companies.f1":         0.89, // measured 0.940
	"deals.f1":             0.64, // measured 0.692
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.83, // measured 0.889
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.95, // measured 1.000
}

// dealdev216 is a development set of stop 55 (the Arla-Milk Link merger, Avanti's HYLAS satellite order from Astrium, Mubadala's stake in IVC Evidensia),
// written by a helper who did not read the code. First measured at e74d9a5
// (its README) and again, before reading, at 4999d15: deals F1 0.565; read
// and tuned on in stop 56. Floors sit 0.05 below the figures at edea242.
var dealdev216Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.920
	"deals.f1":             0.68, // measured 0.731
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev217 is a development set of stop 56 (the Hurtigruten merger of TFDS and OVDS, ICI India selling its car refinish business to PPG, IntriCon making UnitedHealth's hearing aids),
// written by a helper who did not read the code. First measured at 4999d15
// (its README: deals F1 0.553) and at 0a82023 before reading (0.553); read
// and tuned on after. Floors sit 0.05 below the figures at edea242.
var dealdev217Floors = map[string]float64{
	"companies.f1":         0.83, // measured 0.881
	"deals.f1":             0.60, // measured 0.652
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.28, // measured 0.333
}

// dealdev218 is a development set of stop 56 (Charterhouse buying Nuova Castelli, Groupama's stake in Cegid, TotalEnergies' drillship venture with Vantage Drilling),
// written by a helper who did not read the code. First measured at 4999d15
// (its README: deals F1 0.737) and at 0a82023 before reading (0.737); read
// and tuned on after. Floors sit 0.05 below the figures at edea242.
var dealdev218Floors = map[string]float64{
	"companies.f1":         0.89, // measured 0.942
	"deals.f1":             0.74, // measured 0.793
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.50, // measured 0.556
}

// dealdev219 is a development set of stop 56 (Laidlaw Environmental buying Safety-Kleen against Philip Services' bid, the Fast Retailing-Toray partnership, Cosco Shipping Ports buying into Noatum),
// written by a helper who did not read the code. First measured at 032de78
// (its README: deals F1 0.680) and at 4999d15 (the same); read and tuned on
// after. Floors sit 0.05 below the figures at 17d89a6.
var dealdev219Floors = map[string]float64{
	"companies.f1":         0.77, // measured 0.826
	"deals.f1":             0.63, // measured 0.680
	"deals.value_accuracy": 0.61, // measured 0.667
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.72, // measured 0.778
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.72, // measured 0.778
}

// dealdev220 is a development set of stop 56 (the First Horizon-IBERIABANK merger, GBL raising its stake in SGS, Boston Market licensing its frozen meals to Bellisio and Overhill Farms),
// written by a helper who did not read the code. First measured at 032de78
// (its README: deals F1 0.691) and at 4999d15 (the same); read and tuned on
// after. Floors sit 0.05 below the figures at 17d89a6.
var dealdev220Floors = map[string]float64{
	"companies.f1":         0.79, // measured 0.843
	"deals.f1":             0.69, // measured 0.745
	"deals.value_accuracy": 0.83, // measured 0.889
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.50, // measured 0.556
}

// dealdev221 is a development set of stop 56 (Schindler's stake in Volkslift, VDC rejecting Genus's hostile bid, SMG selling Primesight to GMT Communications Partners),
// written by a helper who did not read the code, and not read since: its
// README gives the first measurement (at 2e1165c). Floors sit 0.05 below it.
var dealdev221Floors = map[string]float64{
	"companies.f1":         0.84, // measured 0.891
	"deals.f1":             0.53, // measured 0.583
	"deals.value_accuracy": 0.85, // measured 0.909
	"clusters.merged":      0.28, // measured 0.333
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.83, // measured 0.889
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.72, // measured 0.778
}

// dealdev222 is a development set of stop 56 (SIMEST's stake in Vetrerie Riunite's Minghui, the Opodo, GO Voyages and eDreams merger, Fortescue's Liebherr supply contract),
// written by a helper who did not read the code, and not read since: its
// README gives the first measurement (at 2e1165c). Floors sit 0.05 below it.
var dealdev222Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.922
	"deals.f1":             0.55, // measured 0.604
	"deals.value_accuracy": 0.85, // measured 0.900
	"clusters.merged":      0.17, // measured 0.222
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.28, // measured 0.333
}

// dealdev223 is a development set of stop 57 (Saint-Gobain's purchase of Chryso from Cinven, Capital One's investment in Hopper, the Globus Medical and NuVasive merger),
// written by a helper who did not read the code, and not read since: its
// README gives the first measurement (at d0e18f9). Floors sit 0.05 below
// the figures at b81439b.
var dealdev223Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.929
	"deals.f1":             0.71, // measured 0.769
	"deals.value_accuracy": 0.77, // measured 0.824
	"clusters.merged":      0.50, // measured 0.556
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.39, // measured 0.444
}

// dealdev224 is a development set of stop 57 (Adani Ports' Colombo terminal venture with John Keells, Square Enix's purchase of Eidos, Forbo's sale of its adhesives business to H.B. Fuller),
// written by a helper who did not read the code, and not read since: its
// README gives the first measurement (at d0e18f9). Floors sit 0.05 below
// the figures at b81439b.
var dealdev224Floors = map[string]float64{
	"companies.f1":         0.80, // measured 0.860
	"deals.f1":             0.71, // measured 0.764
	"deals.value_accuracy": 0.83, // measured 0.882
	"clusters.merged":      0.39, // measured 0.444
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.70, // measured 0.750
	"meta.source":          0.28, // measured 0.333
}

// dealdev225 is a development set of stop 58 (Dalian Wanda's purchase of Sunseeker, EDF and CGN's Hinkley Point C venture, Larsen & Toubro's sale of its electrical business to Schneider Electric and Temasek),
// written by a helper who did not read the code: its README gives the
// first measurement (at 71427644). Floors sit 0.05 below the figures
// at 3ed08a15, the same.
var dealdev225Floors = map[string]float64{
	"companies.f1":         0.85, // measured 0.909
	"deals.f1":             0.65, // measured 0.710
	"deals.value_accuracy": 0.81, // measured 0.864
	"clusters.merged":      0.45, // measured 0.500
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.39, // measured 0.444
}

// dealdev226 is a development set of stop 58 (the Office Depot and OfficeMax merger, Dalian Wanda's stake in Atlético de Madrid, Yahoo Japan's offer for Zozo),
// written by a helper who did not read the code: its README gives the
// first measurement (at 71427644). Floors sit 0.05 below the figures
// at 3ed08a15, the same.
var dealdev226Floors = map[string]float64{
	"companies.f1": 0.82, // measured 0.878
	"deals.f1":     0.68, // measured 0.733
	// measured 0.952, then 0.857 once stop 62 joins a lone outlet's deal
	// at one price (joinedLoneOutlets): Boise Cascade's sale, told by one
	// outlet as OfficeMax's, names both and matches another deal first
	"deals.value_accuracy": 0.80,
	"clusters.merged":      0.41, // measured 0.462
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.83, // measured 0.889
	"meta.source":          0.95, // measured 1.000
}

// dealdev227 is a development set of stop 58 (Terra Firma's buyout of EMI, Panasonic's battery supply to Tesla, the Sopra and Steria merger),
// written by a helper who did not read the code, and not read since:
// its README gives the first measurement (at 317610ae). Floors sit 0.05
// below it.
var dealdev227Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.924
	"deals.f1":             0.64, // measured 0.691
	"deals.value_accuracy": 0.76, // measured 0.818
	"clusters.merged":      0.45, // measured 0.500
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

// dealdev228 is a development set of stop 58 (SPX's sale of Service Solutions to Bosch, the Wal-Mart and Bharti venture, Air Products' failed bid for Airgas),
// written by a helper who did not read the code, and not read since:
// its README gives the first measurement (at 317610ae). Floors sit 0.05
// below it.
var dealdev228Floors = map[string]float64{
	"companies.f1":         0.81, // measured 0.867
	"deals.f1":             0.60, // measured 0.654
	"deals.value_accuracy": 0.89, // measured 0.941
	"clusters.merged":      0.31, // measured 0.364
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev229 is a development set of stop 59 (United Therapeutics licensing Arena's ralinepag, the IHS and Markit merger, Pernod Ricard's purchase of V&S Vin & Sprit),
// written by a helper who did not read the code: its README gives the
// first measurement (at 34035403). Floors sit 0.05 below it.
var dealdev229Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.922
	"deals.f1":             0.59, // measured 0.640
	"deals.value_accuracy": 0.89, // measured 0.944
	"clusters.merged":      0.36, // measured 0.412
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev230 is a development set of stop 59 (BC Partners' buyout of PetSmart, Rusal's aluminium supply to Glencore, GEC's sale of Marconi Electronic Systems to British Aerospace),
// written by a helper who did not read the code: its README gives the
// first measurement (at 34035403). Floors sit 0.05 below it.
var dealdev230Floors = map[string]float64{
	"companies.f1":         0.83, // measured 0.889
	"deals.f1":             0.49, // measured 0.548
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.31, // measured 0.364
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev231 is a development set of stop 59 (Cairo Communication's takeover of RCS MediaGroup, the Fisker and Foxconn alliance, Mondelez's dropped pursuit of Hershey),
// written by a helper who did not read the code: its README gives the
// first measurement (at 2b24e9c7). Floors sit 0.05 below it.
var dealdev231Floors = map[string]float64{
	"companies.f1":         0.82, // measured 0.874
	"deals.f1":             0.47, // measured 0.522
	"deals.value_accuracy": 0.67, // measured 0.727
	"clusters.merged":      0.26, // measured 0.312
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev232 is a development set of stop 59 (Schroders' purchase of Cazenove Capital, TEPCO and Chubu's JERA venture, Baxter's spin-off of Baxalta and Shire's purchase of it),
// written by a helper who did not read the code: its README gives the
// first measurement (at 2b24e9c7). Floors sit 0.05 below it.
var dealdev232Floors = map[string]float64{
	"companies.f1":         0.81, // measured 0.869
	"deals.f1":             0.70, // measured 0.754
	"deals.value_accuracy": 0.88, // measured 0.933
	"clusters.merged":      0.52, // measured 0.571
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev233 is a development set of stop 60 (Rentokil's sale of City Link to Better Capital, Cencosud's purchase of Carrefour Colombia, Braskem and Genomatica's bio-butadiene partnership),
// written by a helper who did not read the code: its README gives the
// first measurement (at aee81890). Floors sit 0.05 below it.
var dealdev233Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.920
	"deals.f1":             0.62, // measured 0.677
	"deals.value_accuracy": 0.88, // measured 0.938
	"clusters.merged":      0.36, // measured 0.417
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.61, // measured 0.667
}

// dealdev234 is a development set of stop 60 (Millicom's purchase of Cable Onda, the Commercial Union–General Accident merger, Viacom and TV18's Viacom-18 venture),
// written by a helper who did not read the code: its README gives the
// first measurement (at aee81890). Floors sit 0.05 below it.
var dealdev234Floors = map[string]float64{
	"companies.f1":         0.79, // measured 0.847
	"deals.f1":             0.55, // measured 0.603
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.48, // measured 0.538
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev235 is a development set of stop 60 (easyJet's purchase of Go, Faes Farma's bilastine licence to Menarini, JFE Steel's stake in JSW Steel),
// written by a helper who did not read the code: its README gives the
// first measurement (at 1b268c0a). Floors sit 0.05 below it.
var dealdev235Floors = map[string]float64{
	"companies.f1":         0.84, // measured 0.894
	"deals.f1":             0.65, // measured 0.702
	"deals.value_accuracy": 0.83, // measured 0.889
	"clusters.merged":      0.56, // measured 0.615
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev236 is a development set of stop 60 (RBS's contested bid for NatWest, LSI's sale of Engenio to NetApp, the Molson–Coors merger),
// written by a helper who did not read the code: its README gives the
// first measurement (at 1b268c0a). Floors sit 0.05 below it.
var dealdev236Floors = map[string]float64{
	"companies.f1":         0.81, // measured 0.860
	"deals.f1":             0.62, // measured 0.678
	"deals.value_accuracy": 0.77, // measured 0.824
	"clusters.merged":      0.45, // measured 0.500
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev237 is a development set of stop 61 (Global Signal's lease of
// Sprint's towers, the Kansai Airports venture of Orix and Vinci, Bioceres'
// all-share purchase of Marrone Bio), written by a helper who did not read
// the code: its README gives the first measurement (at b1420649). Floors
// sit 0.05 below it.
var dealdev237Floors = map[string]float64{
	"companies.f1":         0.81, // measured 0.862
	"deals.f1":             0.75, // measured 0.808
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.75, // measured 0.800
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.61, // measured 0.667
}

// dealdev238 is a development set of stop 61 (Arcus' buyout of Forth
// Ports, the Hoya–Pentax merger Pentax's board called off, Torstar's stake
// in Black Press), written by a helper who did not read the code: its
// README gives the first measurement (at b1420649). Floors sit 0.05 below
// it.
var dealdev238Floors = map[string]float64{
	"companies.f1":         0.86, // measured 0.910
	"deals.f1":             0.46, // measured 0.517
	"deals.value_accuracy": 0.70, // measured 0.750
	"clusters.merged":      0.31, // measured 0.364
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev239 is a development set of stop 63 (Safeway's sale of Canada
// Safeway to Sobeys, Microsemi's raised hostile bid for Zarlink, the
// Willis and Towers Watson merger), written by a helper who did not read
// the code: its README gives the first measurement (at 1b0451ae). Floors
// sit 0.05 below it.
var dealdev239Floors = map[string]float64{
	"companies.f1":         0.87, // measured 0.929
	"deals.f1":             0.75, // measured 0.800
	"deals.value_accuracy": 0.90, // measured 0.952
	"clusters.merged":      0.55, // measured 0.600
	"meta.title":           0.72, // measured 0.778
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

// dealdev240 is a development set of stop 63 (Daicel's purchase of
// Celanese's share of Polyplastics, Remedy's licence of a game to 505
// Games, Kuehne+Nagel's majority stake in Apex), written by a helper who
// did not read the code: its README gives the first measurement (at
// 1b0451ae). Floors sit 0.05 below it.
var dealdev240Floors = map[string]float64{
	"companies.f1":         0.88, // measured 0.932
	"deals.f1":             0.23, // measured 0.286
	"deals.value_accuracy": 0.95, // measured 1.000
	"clusters.merged":      0.09, // measured 0.143
	"meta.title":           0.61, // measured 0.667
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.72, // measured 0.778
	"meta.source":          0.72, // measured 0.778
}

var heldout23Floors = map[string]float64{
	"companies.f1":         0.79, // measured 0.841
	"deals.f1":             0.44, // measured 0.491
	"deals.value_accuracy": 0.87, // measured 0.923
	"clusters.merged":      0.17, // measured 0.222
	"meta.title":           0.95, // measured 1.000
	"meta.published":       0.95, // measured 1.000
	"meta.author":          0.95, // measured 1.000
	"meta.source":          0.83, // measured 0.889
}

// TestCorpusScores scores every annotated corpus under testdata against
// its floors and ceilings.
func TestCorpusScores(t *testing.T) {
	for _, c := range []struct {
		dir              string
		floors, ceilings map[string]float64
	}{
		{"news", newsFloors, newsCeilings},
		{"heldout", heldoutFloors, newsCeilings},
		{"heldout2", heldout2Floors, newsCeilings},
		{"heldout3", heldout3Floors, newsCeilings},
		{"heldout4", heldout4Floors, newsCeilings},
		{"heldout5", heldout5Floors, newsCeilings},
		{"heldout6", heldout6Floors, newsCeilings},
		{"heldout7", heldout7Floors, newsCeilings},
		{"heldout8", heldout8Floors, newsCeilings},
		{"heldout9", heldout9Floors, newsCeilings},
		{"heldout10", heldout10Floors, newsCeilings},
		{"heldout11", heldout11Floors, newsCeilings},
		{"heldout12", heldout12Floors, newsCeilings},
		{"heldout13", heldout13Floors, newsCeilings},
		{"heldout14", heldout14Floors, newsCeilings},
		{"heldout15", heldout15Floors, newsCeilings},
		{"heldout16", heldout16Floors, newsCeilings},
		{"heldout17", heldout17Floors, newsCeilings},
		{"heldout18", heldout18Floors, newsCeilings},
		{"heldout19", heldout19Floors, newsCeilings},
		{"heldout20", heldout20Floors, newsCeilings},
		{"heldout21", heldout21Floors, newsCeilings},
		{"heldout22", heldout22Floors, newsCeilings},
		{"heldout23", heldout23Floors, newsCeilings},
		{"metadev", metadevFloors, map[string]float64{"articles.missing": 0}},
		{"metadev2", metadev2Floors, map[string]float64{"articles.missing": 0}},
		{"metadev3", metadev3Floors, map[string]float64{"articles.missing": 0}},
		{"metadev4", metadev4Floors, map[string]float64{"articles.missing": 0}},
		{"dealdev", dealdevFloors, newsCeilings},
		{"dealdev2", dealdev2Floors, newsCeilings},
		{"dealdev3", dealdev3Floors, newsCeilings},
		{"dealdev4", dealdev4Floors, newsCeilings},
		{"dealdev5", dealdev5Floors, newsCeilings},
		{"dealdev6", dealdev6Floors, newsCeilings},
		{"dealdev7", dealdev7Floors, newsCeilings},
		{"dealdev8", dealdev8Floors, newsCeilings},
		{"dealdev9", dealdev9Floors, newsCeilings},
		{"dealdev10", dealdev10Floors, newsCeilings},
		{"dealdev11", dealdev11Floors, newsCeilings},
		{"dealdev12", dealdev12Floors, newsCeilings},
		{"dealdev13", dealdev13Floors, newsCeilings},
		{"dealdev14", dealdev14Floors, newsCeilings},
		{"dealdev15", dealdev15Floors, newsCeilings},
		{"dealdev16", dealdev16Floors, newsCeilings},
		{"dealdev17", dealdev17Floors, newsCeilings},
		{"dealdev18", dealdev18Floors, newsCeilings},
		{"dealdev19", dealdev19Floors, newsCeilings},
		{"dealdev20", dealdev20Floors, newsCeilings},
		{"dealdev21", dealdev21Floors, newsCeilings},
		{"dealdev22", dealdev22Floors, newsCeilings},
		{"dealdev23", dealdev23Floors, newsCeilings},
		{"dealdev24", dealdev24Floors, newsCeilings},
		{"dealdev25", dealdev25Floors, newsCeilings},
		{"dealdev26", dealdev26Floors, newsCeilings},
		{"dealdev27", dealdev27Floors, newsCeilings},
		{"dealdev28", dealdev28Floors, newsCeilings},
		{"dealdev29", dealdev29Floors, newsCeilings},
		{"dealdev30", dealdev30Floors, newsCeilings},
		{"dealdev31", dealdev31Floors, newsCeilings},
		{"dealdev32", dealdev32Floors, newsCeilings},
		{"dealdev33", dealdev33Floors, newsCeilings},
		{"dealdev34", dealdev34Floors, newsCeilings},
		{"dealdev35", dealdev35Floors, newsCeilings},
		{"dealdev36", dealdev36Floors, newsCeilings},
		{"dealdev37", dealdev37Floors, newsCeilings},
		{"dealdev38", dealdev38Floors, newsCeilings},
		{"dealdev39", dealdev39Floors, newsCeilings},
		{"dealdev40", dealdev40Floors, newsCeilings},
		{"dealdev41", dealdev41Floors, newsCeilings},
		{"dealdev42", dealdev42Floors, newsCeilings},
		{"dealdev43", dealdev43Floors, newsCeilings},
		{"dealdev44", dealdev44Floors, newsCeilings},
		{"dealdev45", dealdev45Floors, newsCeilings},
		{"dealdev46", dealdev46Floors, newsCeilings},
		{"dealdev47", dealdev47Floors, newsCeilings},
		{"dealdev48", dealdev48Floors, newsCeilings},
		{"dealdev49", dealdev49Floors, newsCeilings},
		{"dealdev50", dealdev50Floors, newsCeilings},
		{"dealdev51", dealdev51Floors, newsCeilings},
		{"dealdev52", dealdev52Floors, newsCeilings},
		{"dealdev53", dealdev53Floors, newsCeilings},
		{"dealdev54", dealdev54Floors, newsCeilings},
		{"dealdev55", dealdev55Floors, newsCeilings},
		{"dealdev56", dealdev56Floors, newsCeilings},
		{"dealdev57", dealdev57Floors, newsCeilings},
		{"dealdev58", dealdev58Floors, newsCeilings},
		{"dealdev59", dealdev59Floors, newsCeilings},
		{"dealdev60", dealdev60Floors, newsCeilings},
		{"dealdev61", dealdev61Floors, newsCeilings},
		{"dealdev62", dealdev62Floors, newsCeilings},
		{"dealdev63", dealdev63Floors, newsCeilings},
		{"dealdev64", dealdev64Floors, newsCeilings},
		{"dealdev65", dealdev65Floors, newsCeilings},
		{"dealdev66", dealdev66Floors, newsCeilings},
		{"dealdev67", dealdev67Floors, newsCeilings},
		{"dealdev68", dealdev68Floors, newsCeilings},
		{"dealdev69", dealdev69Floors, newsCeilings},
		{"dealdev70", dealdev70Floors, newsCeilings},
		{"dealdev71", dealdev71Floors, newsCeilings},
		{"dealdev72", dealdev72Floors, newsCeilings},
		{"dealdev73", dealdev73Floors, newsCeilings},
		{"dealdev74", dealdev74Floors, newsCeilings},
		{"dealdev75", dealdev75Floors, newsCeilings},
		{"dealdev76", dealdev76Floors, newsCeilings},
		{"dealdev77", dealdev77Floors, newsCeilings},
		{"dealdev78", dealdev78Floors, newsCeilings},
		{"dealdev79", dealdev79Floors, newsCeilings},
		{"dealdev80", dealdev80Floors, newsCeilings},
		{"dealdev81", dealdev81Floors, newsCeilings},
		{"dealdev82", dealdev82Floors, newsCeilings},
		{"dealdev83", dealdev83Floors, newsCeilings},
		{"dealdev84", dealdev84Floors, newsCeilings},
		{"dealdev85", dealdev85Floors, newsCeilings},
		{"dealdev86", dealdev86Floors, newsCeilings},
		{"dealdev87", dealdev87Floors, newsCeilings},
		{"dealdev88", dealdev88Floors, newsCeilings},
		{"dealdev89", dealdev89Floors, newsCeilings},
		{"dealdev90", dealdev90Floors, newsCeilings},
		{"dealdev91", dealdev91Floors, newsCeilings},
		{"dealdev92", dealdev92Floors, newsCeilings},
		{"dealdev93", dealdev93Floors, newsCeilings},
		{"dealdev94", dealdev94Floors, newsCeilings},
		{"dealdev95", dealdev95Floors, newsCeilings},
		{"dealdev96", dealdev96Floors, newsCeilings},
		{"dealdev97", dealdev97Floors, newsCeilings},
		{"dealdev98", dealdev98Floors, newsCeilings},
		{"dealdev99", dealdev99Floors, newsCeilings},
		{"dealdev100", dealdev100Floors, newsCeilings},
		{"dealdev101", dealdev101Floors, newsCeilings},
		{"dealdev102", dealdev102Floors, newsCeilings},
		{"dealdev103", dealdev103Floors, newsCeilings},
		{"dealdev104", dealdev104Floors, newsCeilings},
		{"dealdev105", dealdev105Floors, newsCeilings},
		{"dealdev106", dealdev106Floors, newsCeilings},
		{"dealdev107", dealdev107Floors, newsCeilings},
		{"dealdev108", dealdev108Floors, newsCeilings},
		{"dealdev109", dealdev109Floors, newsCeilings},
		{"dealdev110", dealdev110Floors, newsCeilings},
		{"dealdev111", dealdev111Floors, newsCeilings},
		{"dealdev112", dealdev112Floors, newsCeilings},
		{"dealdev113", dealdev113Floors, newsCeilings},
		{"dealdev114", dealdev114Floors, newsCeilings},
		{"dealdev115", dealdev115Floors, newsCeilings},
		{"dealdev116", dealdev116Floors, newsCeilings},
		{"dealdev117", dealdev117Floors, newsCeilings},
		{"dealdev118", dealdev118Floors, newsCeilings},
		{"dealdev119", dealdev119Floors, newsCeilings},
		{"dealdev120", dealdev120Floors, newsCeilings},
		{"dealdev121", dealdev121Floors, newsCeilings},
		{"dealdev122", dealdev122Floors, dealdev122Ceilings},
		{"dealdev123", dealdev123Floors, newsCeilings},
		{"dealdev124", dealdev124Floors, newsCeilings},
		{"dealdev125", dealdev125Floors, newsCeilings},
		{"dealdev126", dealdev126Floors, newsCeilings},
		{"dealdev127", dealdev127Floors, newsCeilings},
		{"dealdev128", dealdev128Floors, newsCeilings},
		{"dealdev129", dealdev129Floors, newsCeilings},
		{"dealdev130", dealdev130Floors, newsCeilings},
		{"dealdev131", dealdev131Floors, newsCeilings},
		{"dealdev132", dealdev132Floors, newsCeilings},
		{"dealdev133", dealdev133Floors, newsCeilings},
		{"dealdev134", dealdev134Floors, newsCeilings},
		{"dealdev135", dealdev135Floors, newsCeilings},
		{"dealdev136", dealdev136Floors, newsCeilings},
		{"dealdev137", dealdev137Floors, newsCeilings},
		{"dealdev138", dealdev138Floors, newsCeilings},
		{"dealdev139", dealdev139Floors, newsCeilings},
		{"dealdev140", dealdev140Floors, newsCeilings},
		{"dealdev141", dealdev141Floors, newsCeilings},
		{"dealdev142", dealdev142Floors, newsCeilings},
		{"dealdev143", dealdev143Floors, newsCeilings},
		{"dealdev144", dealdev144Floors, newsCeilings},
		{"dealdev145", dealdev145Floors, newsCeilings},
		{"dealdev146", dealdev146Floors, newsCeilings},
		{"dealdev147", dealdev147Floors, newsCeilings},
		{"dealdev148", dealdev148Floors, newsCeilings},
		{"dealdev149", dealdev149Floors, newsCeilings},
		{"dealdev150", dealdev150Floors, newsCeilings},
		{"dealdev151", dealdev151Floors, newsCeilings},
		{"dealdev152", dealdev152Floors, newsCeilings},
		{"dealdev153", dealdev153Floors, newsCeilings},
		{"dealdev154", dealdev154Floors, newsCeilings},
		{"dealdev155", dealdev155Floors, newsCeilings},
		{"dealdev156", dealdev156Floors, newsCeilings},
		{"dealdev157", dealdev157Floors, newsCeilings},
		{"dealdev158", dealdev158Floors, newsCeilings},
		{"dealdev159", dealdev159Floors, newsCeilings},
		{"dealdev160", dealdev160Floors, newsCeilings},
		{"dealdev161", dealdev161Floors, newsCeilings},
		{"dealdev162", dealdev162Floors, newsCeilings},
		{"dealdev163", dealdev163Floors, newsCeilings},
		{"dealdev164", dealdev164Floors, newsCeilings},
		{"dealdev165", dealdev165Floors, newsCeilings},
		{"dealdev166", dealdev166Floors, newsCeilings},
		{"dealdev167", dealdev167Floors, newsCeilings},
		{"dealdev168", dealdev168Floors, newsCeilings},
		{"dealdev169", dealdev169Floors, newsCeilings},
		{"dealdev170", dealdev170Floors, newsCeilings},
		{"dealdev171", dealdev171Floors, newsCeilings},
		{"dealdev172", dealdev172Floors, newsCeilings},
		{"dealdev173", dealdev173Floors, newsCeilings},
		{"dealdev174", dealdev174Floors, newsCeilings},
		{"dealdev175", dealdev175Floors, newsCeilings},
		{"dealdev176", dealdev176Floors, newsCeilings},
		{"dealdev177", dealdev177Floors, newsCeilings},
		{"dealdev178", dealdev178Floors, newsCeilings},
		{"dealdev179", dealdev179Floors, newsCeilings},
		{"dealdev180", dealdev180Floors, newsCeilings},
		{"dealdev181", dealdev181Floors, newsCeilings},
		{"dealdev182", dealdev182Floors, newsCeilings},
		{"dealdev183", dealdev183Floors, newsCeilings},
		{"dealdev184", dealdev184Floors, newsCeilings},
		{"dealdev185", dealdev185Floors, newsCeilings},
		{"dealdev186", dealdev186Floors, newsCeilings},
		{"dealdev187", dealdev187Floors, newsCeilings},
		{"dealdev188", dealdev188Floors, newsCeilings},
		{"dealdev189", dealdev189Floors, newsCeilings},
		{"dealdev190", dealdev190Floors, newsCeilings},
		{"dealdev191", dealdev191Floors, newsCeilings},
		{"dealdev192", dealdev192Floors, newsCeilings},
		{"dealdev193", dealdev193Floors, newsCeilings},
		{"dealdev194", dealdev194Floors, newsCeilings},
		{"dealdev195", dealdev195Floors, newsCeilings},
		{"dealdev196", dealdev196Floors, newsCeilings},
		{"dealdev197", dealdev197Floors, newsCeilings},
		{"dealdev198", dealdev198Floors, newsCeilings},
		{"dealdev199", dealdev199Floors, newsCeilings},
		{"dealdev200", dealdev200Floors, newsCeilings},
		{"dealdev201", dealdev201Floors, newsCeilings},
		{"dealdev202", dealdev202Floors, dealdev202Ceilings},
		{"dealdev203", dealdev203Floors, newsCeilings},
		{"dealdev204", dealdev204Floors, newsCeilings},
		{"dealdev205", dealdev205Floors, newsCeilings},
		{"dealdev206", dealdev206Floors, newsCeilings},
		{"dealdev207", dealdev207Floors, newsCeilings},
		{"dealdev208", dealdev208Floors, newsCeilings},
		{"dealdev209", dealdev209Floors, newsCeilings},
		{"dealdev210", dealdev210Floors, newsCeilings},
		{"dealdev211", dealdev211Floors, newsCeilings},
		{"dealdev212", dealdev212Floors, newsCeilings},
		{"dealdev213", dealdev213Floors, newsCeilings},
		{"dealdev214", dealdev214Floors, newsCeilings},
		{"dealdev215", dealdev215Floors, newsCeilings},
		{"dealdev216", dealdev216Floors, newsCeilings},
		{"dealdev217", dealdev217Floors, newsCeilings},
		{"dealdev218", dealdev218Floors, newsCeilings},
		{"dealdev219", dealdev219Floors, newsCeilings},
		{"dealdev220", dealdev220Floors, newsCeilings},
		{"dealdev221", dealdev221Floors, newsCeilings},
		{"dealdev222", dealdev222Floors, newsCeilings},
		{"dealdev223", dealdev223Floors, newsCeilings},
		{"dealdev224", dealdev224Floors, newsCeilings},
		{"dealdev225", dealdev225Floors, newsCeilings},
		{"dealdev226", dealdev226Floors, newsCeilings},
		{"dealdev227", dealdev227Floors, newsCeilings},
		{"dealdev228", dealdev228Floors, newsCeilings},
		{"dealdev229", dealdev229Floors, newsCeilings},
		{"dealdev230", dealdev230Floors, newsCeilings},
		{"dealdev231", dealdev231Floors, newsCeilings},
		{"dealdev232", dealdev232Floors, newsCeilings},
		{"dealdev233", dealdev233Floors, newsCeilings},
		{"dealdev234", dealdev234Floors, newsCeilings},
		{"dealdev235", dealdev235Floors, newsCeilings},
		{"dealdev236", dealdev236Floors, newsCeilings},
		{"dealdev237", dealdev237Floors, newsCeilings},
		{"dealdev238", dealdev238Floors, newsCeilings},
		{"dealdev239", dealdev239Floors, newsCeilings},
		{"dealdev240", dealdev240Floors, newsCeilings},
	} {
		t.Run(c.dir, func(t *testing.T) {
			scoreCorpus(t, filepath.Join("testdata", c.dir), c.floors, c.ceilings)
		})
	}
}

// scoreCorpus loads the articles of an annotated folder, scores them with
// the Go port of score.py, logs every metric and holds them to floors and
// ceilings.
func scoreCorpus(t *testing.T, dir string, floors, ceilings map[string]float64) {
	expected, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Skipf("%s/expected.json: %v", dir, err)
	}
	paths := newsArticles(t, dir)
	if len(paths) == 0 {
		t.Skipf("%s has no articles yet", dir)
	}
	c, err := loader.Load(paths, loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range c.Problems {
		t.Errorf("%s: %s", p.Path, p.Error)
	}
	m, err := scoring.ScoreCorpus(expected, c)
	if err != nil {
		t.Fatal(err)
	}
	vals := m.Map()
	for _, k := range scoring.Names {
		if v := vals[k]; v == nil {
			t.Logf("%s = null", k)
		} else {
			t.Logf("%s = %.3f", k, *v)
		}
	}
	cn := m.Counts
	t.Logf("companies tp/fp/fn %d/%d/%d; deals tp/fp/fn %d/%d/%d (ignoring type %d/%d/%d); values %d/%d; clusters merged %d/%d",
		cn.CompaniesTP, cn.CompaniesFP, cn.CompaniesFN, cn.DealsTP, cn.DealsFP, cn.DealsFN,
		cn.UntypedTP, cn.UntypedFP, cn.UntypedFN, cn.ValueOK, cn.ValueN, cn.ClustersMerged, cn.ClustersTotal)
	if len(m.Missing) > 0 {
		t.Logf("annotated but not loaded: %v", m.Missing)
	}

	for _, k := range sortedKeys(floors) {
		floor := floors[k]
		switch v, known := vals[k]; {
		case !known:
			t.Errorf("%s: no such metric", k)
		case v == nil:
			if floor > 0 {
				t.Errorf("%s: null, want >= %.3f", k, floor)
			}
		case *v < floor:
			t.Errorf("%s = %.3f, want >= %.3f", k, *v, floor)
		}
	}
	for _, k := range sortedKeys(ceilings) {
		ceil := ceilings[k]
		switch v, known := vals[k]; {
		case !known:
			t.Errorf("%s: no such metric", k)
		case ceil >= 0 && v != nil && *v > ceil:
			t.Errorf("%s = %v, want <= %v", k, *v, ceil)
		}
	}
}

func sortedKeys(m map[string]float64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// dealdev8Floors hold testdata/dealdev8, twelve articles (six stories,
// mid-size deals across sectors, hard cases on purpose) a helper wrote in
// stop 13 without reading the code; tuned on since. First measurement:
// companies 0.825, deals 0.488, values 0.667, merged 0.28; meta title
// 0.667, published 0.75, author 0.583, source 0.917. At the end of stop
// 13: 0.837 / 0.496 / 0.833 / 0.400, meta unchanged.
var dealdev8Floors = map[string]float64{
	"companies.f1":         0.83, // measured 0.889 in stop 16
	"deals.f1":             0.66, // measured 0.711 in stop 16
	"deals.value_accuracy": 0.88, // measured 0.931 in stop 15
	"clusters.merged":      0.39, // measured 0.440 in stop 14
	"meta.title":           0.95, // measured 1.000 on branch meta8
	"meta.published":       0.95, // measured 1.000 on branch meta8
	"meta.author":          0.95, // measured 1.000 on branch meta8
	"meta.source":          0.95, // measured 1.000 on branch meta8
}
