// Package data ships the reference lists that company recognition consults:
// known companies and their aliases, and the names that are not companies
// (places, outlets, public bodies, products, given names), plus the words
// that mark a name as a person or a company. The files are plain UTF-8 text
// so that users can read them and extend companies with --companies FILE;
// README.md in this folder describes each format.
package data

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"strings"
)

// FS holds every list, embedded in the binary.
//
//go:embed *.tsv *.txt
var FS embed.FS

// Names of the embedded files.
const (
	CompaniesFile    = "companies.tsv"
	OutletsFile      = "outlets.txt"
	PlacesFile       = "places.txt"
	BodiesFile       = "bodies.txt"
	GivenNamesFile   = "givennames.txt"
	ProductsFile     = "products.txt"
	TitlesFile       = "titles.txt"
	CompanyWordsFile = "companywords.txt"
	SeatsFile        = "seats.tsv"
)

// DemonymLanguages is how many lines each nationality has in the demonyms
// section of places.txt: one per language, English first.
const DemonymLanguages = 7

// Seat is where a listed company is based: its nationality as an English
// demonym ("Swedish") and the forms news writes its city in, the usual
// English one first ("Munich", "München", "Monaco").
type Seat struct {
	Company string
	Nation  string
	City    []string
}

// Seats reads the shipped seats list: one company a line, its canonical
// name, nationality and city forms (separated by "|"), tab-separated.
func Seats() ([]Seat, error) {
	lines, err := fileLines(SeatsFile)
	if err != nil {
		return nil, err
	}
	out := make([]Seat, 0, len(lines))
	for _, l := range lines {
		f := strings.Split(l.Text, "\t")
		if len(f) < 2 || len(f) > 3 {
			return nil, fmt.Errorf("%s:%d: want company, nationality and city, tab-separated", SeatsFile, l.Number)
		}
		s := Seat{Company: strings.TrimSpace(f[0]), Nation: strings.TrimSpace(f[1])}
		if len(f) == 3 { // the city is left out where it is not known
			for _, c := range strings.Split(f[2], "|") {
				if c = strings.TrimSpace(c); c != "" {
					s.City = append(s.City, c)
				}
			}
		}
		out = append(out, s)
	}
	return out, nil
}

// NeedsContextSection is the section of companies.tsv whose names are
// ordinary words or places too (Orange, Shell, Target): a match alone is
// not enough evidence that the text speaks of the company.
const NeedsContextSection = "needs-context"

// Entry is one line of a tab-separated list: the canonical name first,
// then its aliases (which never repeat the name itself).
type Entry struct {
	Name         string
	Aliases      []string
	Section      string
	NeedsContext bool
}

// Section is a run of entry lines under one "## name" header line.
type Section struct {
	Name  string
	Lines []string
}

// Line is one entry line with where it was found, for error messages.
type Line struct {
	Text    string
	Section string
	Number  int
}

// Companies reads the shipped companies list.
func Companies() ([]Entry, error) { return fileEntries(CompaniesFile) }

// Outlets reads the shipped news outlets (canonical name, then aliases).
func Outlets() ([]Entry, error) { return fileEntries(OutletsFile) }

// Lines returns every entry line of an embedded file, without comments
// and blank lines. Tab-separated variants stay on one line.
func Lines(name string) ([]string, error) {
	lines, err := fileLines(name)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.Text
	}
	return out, nil
}

// Words returns every name of an embedded one-a-line file, with
// tab-separated variants split into separate names.
func Words(name string) ([]string, error) {
	lines, err := Lines(name)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range lines {
		for _, f := range strings.Split(l, "\t") {
			if f = strings.TrimSpace(f); f != "" {
				out = append(out, f)
			}
		}
	}
	return out, nil
}

// Sections returns the entry lines of an embedded file grouped under the
// "## name" header above them, in file order. Lines before any header
// belong to a section named "".
func Sections(name string) ([]Section, error) {
	lines, err := fileLines(name)
	if err != nil {
		return nil, err
	}
	var out []Section
	for _, l := range lines {
		if len(out) == 0 || out[len(out)-1].Name != l.Section {
			out = append(out, Section{Name: l.Section})
		}
		out[len(out)-1].Lines = append(out[len(out)-1].Lines, l.Text)
	}
	return out, nil
}

// ReadEntries parses a companies-style list (a user's --companies FILE has
// the same format as companies.tsv). source names the input in errors.
func ReadEntries(r io.Reader, source string) ([]Entry, error) {
	lines, err := ReadLines(r, source)
	if err != nil {
		return nil, err
	}
	out := make([]Entry, 0, len(lines))
	for _, l := range lines {
		fields := strings.Split(l.Text, "\t")
		e := Entry{
			Name:         strings.TrimSpace(fields[0]),
			Section:      l.Section,
			NeedsContext: l.Section == NeedsContextSection,
		}
		if e.Name == "" {
			return nil, fmt.Errorf("%s:%d: line starts with a tab, the canonical name is missing", source, l.Number)
		}
		for _, a := range fields[1:] {
			if a = strings.TrimSpace(a); a != "" {
				e.Aliases = append(e.Aliases, a)
			}
		}
		out = append(out, e)
	}
	return out, nil
}

// ReadLines reads entry lines, skipping blank lines and comments. A header
// line "## name" sets the section of the lines below it: its first word,
// lower-cased ("## needs-context: ordinary words" is section
// "needs-context"). Lines starting with a single "#" are plain comments and
// leave the section as it is.
func ReadLines(r io.Reader, source string) ([]Line, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var out []Line
	section := ""
	for n := 1; sc.Scan(); n++ {
		text := strings.TrimRight(sc.Text(), "\r")
		trimmed := strings.TrimSpace(text)
		switch {
		case trimmed == "":
		case strings.HasPrefix(trimmed, "##"):
			section = sectionName(trimmed)
		case strings.HasPrefix(trimmed, "#"):
		default:
			out = append(out, Line{Text: strings.Trim(text, " "), Section: section, Number: n})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	return out, nil
}

// sectionName is the first word of a "## header" line, lower-cased, with a
// trailing colon dropped.
func sectionName(header string) string {
	words := strings.Fields(strings.TrimLeft(header, "#"))
	if len(words) == 0 {
		return ""
	}
	return strings.TrimSuffix(strings.ToLower(words[0]), ":")
}

func fileLines(name string) ([]Line, error) {
	f, err := FS.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadLines(f, name)
}

func fileEntries(name string) ([]Entry, error) {
	f, err := FS.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadEntries(f, name)
}
