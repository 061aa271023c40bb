// Command dealwire is a terminal browser for business news about companies
// and the deals between them. This file is CLI wiring only: flags, config
// and commands that call into loader, model and tui.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/adrg/xdg"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/term"

	"dealwire/loader"
	"dealwire/model"
	"dealwire/model/store"
	"dealwire/tui"
	"dealwire/tui/sshserve"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// loadFlags are the flags every command that reads articles shares.
type loadFlags struct {
	maxFileSize   int64
	companiesFile string
}

func (f *loadFlags) register(cmd *cobra.Command) {
	cmd.Flags().Int64Var(&f.maxFileSize, "max-file-size", loader.DefaultMaxFileSize, "skip files larger than this many bytes")
	cmd.Flags().StringVar(&f.companiesFile, "companies", "", "extra companies list (TSV: name<TAB>alias<TAB>alias...) to recognise")
}

// load opens the given paths, or the embedded seeds when there are none,
// and reports every skipped file on stderr.
func (f *loadFlags) load(cmd *cobra.Command, paths []string) (*model.Corpus, error) {
	c, err := f.read(paths)
	reportProblems(cmd, c)
	return c, err
}

// read is load without the report, for the browser, which reads while it
// owns the screen and lists the skipped files under "!".
func (f *loadFlags) read(paths []string) (*model.Corpus, error) {
	opt := loader.Options{MaxFileSize: f.maxFileSize, CompaniesFile: f.companiesFile}
	if len(paths) == 0 {
		return loader.LoadSeeds(opt)
	}
	return loader.Load(paths, opt)
}

// reportProblems writes the files a corpus skipped, and why, on stderr.
func reportProblems(cmd *cobra.Command, c *model.Corpus) {
	if c == nil {
		return
	}
	for _, p := range c.Problems {
		fmt.Fprintf(cmd.ErrOrStderr(), "dealwire: skipped %s: %s\n", p.Path, p.Error)
	}
}

func newRootCmd() *cobra.Command {
	var lf loadFlags
	var tf tuiFlags
	root := &cobra.Command{
		Use:   "dealwire [PATH...]",
		Short: "Browse companies and the deals between them in a folder of news articles",
		Long: `dealwire reads news articles (plain text, markdown, saved web pages) and lets
you browse the companies they name, the deals between them and the articles
themselves, from the keyboard. With no PATH it opens the seed articles built
into the binary.`,
		Example: `  dealwire                  # browse the built-in seed articles
  dealwire ~/news           # browse every article under ~/news
  dealwire export ~/news    # print companies and deals as JSON`,
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !isTerminal(cmd.OutOrStdout()) {
				return errors.New("stdout is not a terminal: use `dealwire export` for JSON or `dealwire show ID|PATH` for one article")
			}
			// the browser opens at once and says what it is reading: a
			// folder of thousands of articles takes seconds
			var read *model.Corpus
			err := tf.run(cmd, strings.Join(args, " "), func() (*model.Corpus, error) {
				c, err := lf.read(args)
				read = c
				return c, err
			})
			reportProblems(cmd, read) // once the screen is the terminal's again
			return err
		},
	}
	lf.register(root)
	tf.register(root)
	root.AddCommand(newExportCmd())
	root.AddCommand(newShowCmd())
	root.AddCommand(newServeCmd())
	return root
}

func newExportCmd() *cobra.Command {
	var lf loadFlags
	cmd := &cobra.Command{
		Use:   "export [PATH...]",
		Short: "Print the loaded articles, companies and deals as one JSON document",
		Long: `export loads the articles (the built-in seeds when no PATH is given) and prints
the whole model as one JSON document on stdout: articles with their metadata
and cleaned text, companies with aliases, deals with parties, value, date,
status and the sentence of every article that reports them, and the files
that could not be loaded. A PATH is a file or a folder, walked recursively.`,
		Example: `  dealwire export                      # the built-in seeds
  dealwire export ~/news > corpus.json
  dealwire export a.txt b.md page.html | jq '.deals[] | .summary'`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := lf.load(cmd, args)
			if err != nil && (c == nil || len(c.Articles) == 0) {
				if c != nil && errors.Is(err, loader.ErrNothingLoaded) {
					_ = c.WriteJSON(cmd.OutOrStdout())
				}
				return err
			}
			return c.WriteJSON(cmd.OutOrStdout())
		},
	}
	lf.register(cmd)
	return cmd
}

// tuiFlags are the browser's flags: how it looks and whether it takes the mouse.
type tuiFlags struct {
	style string
	mouse bool
	db    dbFlags
}

func (f *tuiFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.style, "style", "auto", "colours: dark, light, notty or auto (from the terminal background); NO_COLOR is respected")
	cmd.Flags().BoolVar(&f.mouse, "mouse", false, "wheel scrolling and click to select (takes text selection away)")
	f.db.register(cmd)
}

// dbFlags choose the reading library: what was read, starred and watched,
// and the full-text index.
type dbFlags struct {
	path string
	none bool
}

// DefaultDBPath is where the reading library lives unless --db says otherwise.
func defaultDBPath() string { return filepath.Join(xdg.DataHome, "dealwire", "library.db") }

func (f *dbFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.path, "db", defaultDBPath(), "the reading library (read state, stars, watchlist, search index)")
	cmd.Flags().BoolVar(&f.none, "no-db", false, "use no library: remember nothing, write nothing (search scans the texts)")
}

// open opens the library. A library that cannot be opened (corrupt,
// unwritable, from a newer dealwire) is no reason not to browse: it is
// reported on stderr and the browser runs without state.
func (f *dbFlags) open(cmd *cobra.Command) *store.Store {
	if f.none {
		return nil
	}
	s, err := store.Open(f.path)
	if err != nil {
		fmt.Fprintf(cmd.ErrOrStderr(), "dealwire: %v\ndealwire: running read-only: nothing read, starred or watched will be remembered (--db PATH for another library, --no-db to silence this)\n", err)
		return nil
	}
	return s
}

// localReader names the local reader: the OS user.
func localReader() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return "user:" + u.Username
	}
	if u := os.Getenv("USER"); u != "" {
		return "user:" + u
	}
	return "user:local"
}

// run opens the browser, with the keys from the config file if there is one.
func (f *tuiFlags) run(cmd *cobra.Command, what string, load tui.Loader) error {
	if err := checkStyle(f.style); err != nil {
		return err
	}
	keys, err := tui.LoadKeyMap(tui.KeyMapPath())
	if err != nil {
		fmt.Fprintf(cmd.ErrOrStderr(), "dealwire: %v; using the default keys\n", err)
	}
	db := f.db.open(cmd)
	notice := ""
	if db != nil {
		defer db.Close()
	} else if !f.db.none {
		notice = "the library could not be opened (see the message after quitting): nothing will be remembered"
	}
	if what == "" {
		what = "the seed articles"
	}
	return tui.Run(what, load, tui.Options{Style: f.style, Mouse: f.mouse, KeyMap: keys, Store: db, Reader: localReader(), Notice: notice})
}

func checkStyle(s string) error {
	switch s {
	case "auto", "dark", "light", "notty":
		return nil
	}
	return fmt.Errorf("--style %q: want dark, light, notty or auto", s)
}

// isTerminal reports whether w is a terminal (not a pipe or file).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func newShowCmd() *cobra.Command {
	var lf loadFlags
	var style string
	var width int
	cmd := &cobra.Command{
		Use:   "show ID|PATH [PATH...]",
		Short: "Print one article, rendered, on stdout",
		Long: `show renders one article as the browser does, for reading and piping
without the browser: styled on a terminal, plain text when piped. The
article is a file PATH, or an article ID (or a unique prefix of one) from
the corpus of the PATHs that follow (the built-in seeds when none).`,
		Example: `  dealwire show 5e127d57f984          # a seed article by id
  dealwire show ~/news/deal.md | less
  dealwire show 5e12 ~/news              # by id prefix in a folder`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkStyle(style); err != nil {
				return err
			}
			a, err := findArticle(cmd, &lf, args)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			r := lipgloss.NewRenderer(out)
			w := 80
			if f, ok := out.(*os.File); ok && isTerminal(out) {
				if tw, _, err := term.GetSize(int(f.Fd())); err == nil && tw > 0 {
					w = tw
				}
			} else {
				style = "notty" // piped: plain text, as glow does
				r.SetColorProfile(termenv.Ascii)
			}
			if os.Getenv("NO_COLOR") != "" {
				r.SetColorProfile(termenv.Ascii)
			}
			if width > 0 {
				w = width
			}
			text, err := tui.RenderArticle(a, w, style, r)
			if err != nil {
				return err
			}
			_, err = io.WriteString(out, text)
			return err
		},
	}
	lf.register(cmd)
	cmd.Flags().StringVar(&style, "style", "auto", "colours: dark, light, notty or auto; piped output is always notty")
	cmd.Flags().IntVar(&width, "width", 0, "wrap at this many columns (default: the terminal's, or 80)")
	return cmd
}

// findArticle resolves show's argument: a file to load, or an article id
// (or unique id prefix) in the corpus of the remaining paths.
func findArticle(cmd *cobra.Command, lf *loadFlags, args []string) (*model.Article, error) {
	if st, err := os.Stat(args[0]); err == nil && !st.IsDir() {
		c, err := lf.load(cmd, args[:1])
		if err != nil {
			return nil, err
		}
		return &c.Articles[0], nil
	}
	c, err := lf.load(cmd, args[1:])
	if err != nil {
		return nil, err
	}
	if a, ok := c.Article(args[0]); ok {
		return a, nil
	}
	var found *model.Article
	for i := range c.Articles {
		if strings.HasPrefix(c.Articles[i].ID, args[0]) {
			if found != nil {
				return nil, fmt.Errorf("%q matches more than one article id", args[0])
			}
			found = &c.Articles[i]
		}
	}
	if found == nil {
		return nil, fmt.Errorf("no file or article id %q in %s", args[0], c.Name)
	}
	return found, nil
}

// serveFlags are the SSH server's flags; each also reads DEALWIRE_<NAME>
// from the environment (--max-sessions: DEALWIRE_MAX_SESSIONS) when not
// given on the command line.
type serveFlags struct {
	db                              dbFlags
	listen, hostKey, authorizedKeys string
	maxSessions                     int
	idleTimeout, maxTimeout         time.Duration
}

func (f *serveFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.listen, "listen", sshserve.DefaultListen, "address to listen on (loopback unless told otherwise)")
	fl.StringVar(&f.hostKey, "host-key", filepath.Join(xdg.DataHome, "dealwire", "ssh_host_ed25519_key"),
		"the server's private host key; an ed25519 key is created there (mode 0600) if missing")
	fl.StringVar(&f.authorizedKeys, "authorized-keys", "", "OpenSSH authorized_keys file: only these public keys get in (default: any key)")
	fl.IntVar(&f.maxSessions, "max-sessions", sshserve.DefaultMaxSessions, "concurrent visitors at most")
	fl.DurationVar(&f.idleTimeout, "idle-timeout", sshserve.DefaultIdleTimeout, "close a session whose visitor has typed nothing this long; keepalives do not count (0: never)")
	fl.DurationVar(&f.maxTimeout, "max-timeout", 0, "close any connection this old (0: never)")
	f.db.register(cmd)
}

// fromEnv sets every flag not given on the command line from
// DEALWIRE_<FLAG_NAME>, if that is set.
func (f *serveFlags) fromEnv(cmd *cobra.Command) error {
	var err error
	cmd.Flags().VisitAll(func(fl *pflag.Flag) {
		name := "DEALWIRE_" + strings.ToUpper(strings.ReplaceAll(fl.Name, "-", "_"))
		if v, ok := os.LookupEnv(name); ok && !fl.Changed && err == nil {
			if e := fl.Value.Set(v); e != nil {
				err = fmt.Errorf("%s=%q: %w", name, v, e)
			}
		}
	})
	return err
}

func newServeCmd() *cobra.Command {
	var lf loadFlags
	var sf serveFlags
	cmd := &cobra.Command{
		Use:   "serve [PATH...]",
		Short: "Serve the browser over SSH, one corpus to many visitors",
		Long: `serve loads the articles once (the built-in seeds when no PATH is given) and
serves the browser over SSH: each visitor who runs ssh -p PORT HOST gets their
own browser, at their own terminal's size and colours. Only the browser is
offered: no shell, no commands, no forwarding. Without --authorized-keys any
public key is let in. SIGINT or SIGTERM ends it gracefully.
Every flag can also be set as DEALWIRE_<FLAG> (DEALWIRE_LISTEN, DEALWIRE_MAX_SESSIONS...).`,
		Example: `  dealwire serve ~/news                                   # on 127.0.0.1:23234
  ssh -p 23234 127.0.0.1                                  # what a visitor types
  dealwire serve --listen :23234 --authorized-keys ~/.ssh/team_keys ~/news`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := sf.fromEnv(cmd); err != nil {
				return err
			}
			c, err := lf.load(cmd, args)
			if err != nil {
				return err
			}
			// One library for every visitor; each visitor's state is
			// theirs, keyed by their public key.
			db := sf.db.open(cmd)
			if db != nil {
				defer db.Close()
				db.Library(c) // build the index now, not at the first visitor
			}
			srv, err := sshserve.New(c, sshserve.Config{
				Listen: sf.listen, HostKeyFile: sf.hostKey, AuthorizedKeysFile: sf.authorizedKeys,
				MaxSessions: sf.maxSessions, IdleTimeout: sf.idleTimeout, MaxTimeout: sf.maxTimeout,
				LogOut: cmd.ErrOrStderr(),
				NewVisitorModel: func(c *model.Corpus, r *lipgloss.Renderer, v sshserve.Visitor) tea.Model {
					return tui.New(c, tui.Options{Renderer: r, Style: "auto", Store: db, Reader: "ssh:" + v.KeyFingerprint})
				},
			})
			if err != nil {
				return err
			}
			ln, err := srv.Listen()
			if err != nil {
				return err
			}
			return srv.ServeUntilSignal(ln, os.Interrupt, syscall.SIGTERM)
		},
	}
	lf.register(cmd)
	sf.register(cmd)
	return cmd
}

func main() {
	if err := newRootCmd().Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "dealwire:", err)
		os.Exit(1)
	}
}
