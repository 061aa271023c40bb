// Command dealwire is a terminal browser for business news about companies
// and the deals between them. This file is CLI wiring only: flags, config
// and commands that call into loader, model and tui.
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"dealwire/loader"
	"dealwire/model"
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
	opt := loader.Options{MaxFileSize: f.maxFileSize, CompaniesFile: f.companiesFile}
	var c *model.Corpus
	var err error
	if len(paths) == 0 {
		c, err = loader.LoadSeeds(opt)
	} else {
		c, err = loader.Load(paths, opt)
	}
	if c != nil {
		for _, p := range c.Problems {
			fmt.Fprintf(cmd.ErrOrStderr(), "dealwire: skipped %s: %s\n", p.Path, p.Error)
		}
	}
	return c, err
}

func newRootCmd() *cobra.Command {
	var lf loadFlags
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
			c, err := lf.load(cmd, args)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %d articles, %d companies, %d deals, %d problems\n",
				c.Name, len(c.Articles), len(c.Companies), len(c.Deals), len(c.Problems))
			return nil
		},
	}
	lf.register(root)
	root.AddCommand(newExportCmd())
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

func main() {
	if err := newRootCmd().Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "dealwire:", err)
		os.Exit(1)
	}
}
