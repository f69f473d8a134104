package main

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/browser"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/queries"
)

// BrowserOptions are the inputs of `govkg browser`.
type BrowserOptions struct {
	IO      *cmdutil.IOStreams
	Factory *cmdutil.Factory
	// HTTP is the Neo4j server's HTTP address (Browser is at /browser/ below it); ""
	// for NEO4J_HTTP_URL, else the Bolt URI's host on port 7474.
	HTTP      string
	Favorites string // write the favorites archive here, if set
	Style     string // write the style here, if set
}

// NewCmdBrowser builds `govkg browser`.
func NewCmdBrowser(f *cmdutil.Factory, runF func(*BrowserOptions) error) *cobra.Command {
	opts := &BrowserOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "browser",
		Short: "Print the Neo4j Browser URL that connects and opens a first query; write the saved queries as Browser favorites",
		Long: `Browser prints the Neo4j Browser address for the server of --uri (NEO4J_URI): it fills
the connection form, connects at once when no user name is set (the local server has no
authentication), and puts a first query in the editor, the graph of the metro lines that
several districts' reports name.

--favorites FILE.zip writes the saved queries, the graph views and the style as Browser
favorites: drop the file on the Browser window, open Favorites (the star), run
"0 style" once, then any query; each sets its parameters with :param lines first.
--style FILE.grass writes the style alone, which Browser also takes dropped on its
window. Neo4j Browser 5 keeps favorites and the style in the web browser's storage.`,
		Example: `  govkg browser
  govkg browser --favorites bin/govkg-browser.zip
  govkg browser --style govkg.grass --http http://neo4j.example.org:7474`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return browserRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.HTTP, "http", "", "the server's HTTP `URL` [NEO4J_HTTP_URL, else the Bolt host on port 7474]")
	cmd.Flags().StringVar(&opts.Favorites, "favorites", "", "write the saved queries as a Browser favorites archive to `FILE.zip`")
	cmd.Flags().StringVar(&opts.Style, "style", "", "write the Browser style to `FILE.grass`")
	return cmd
}

// httpURL is the server's HTTP address: the flag, NEO4J_HTTP_URL, or the Bolt URI's
// host on port 7474.
func httpURL(flag, boltURI string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	if env := os.Getenv("NEO4J_HTTP_URL"); env != "" {
		return env, nil
	}
	u, err := url.Parse(boltURI)
	if err != nil || u.Hostname() == "" {
		return "", govkg.Errorf(govkg.EUSAGE, "cannot tell the HTTP address from %q: give --http", boltURI)
	}
	host := u.Hostname()
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	return "http://" + host + ":7474", nil
}

func browserRun(opts *BrowserOptions) error {
	if opts.Favorites != "" {
		if !strings.HasSuffix(opts.Favorites, ".zip") {
			return govkg.Errorf(govkg.EUSAGE, "--favorites %s: Browser imports favorites only from a file named *.zip", opts.Favorites)
		}
		var buf bytes.Buffer
		if err := browser.WriteFavorites(&buf); err != nil {
			return &govkg.Error{Code: govkg.EINTERNAL, Message: "building the favorites", Err: err}
		}
		if err := writeFile(opts.Favorites, buf.Bytes()); err != nil {
			return err
		}
		favs, _ := browser.Favorites()
		fmt.Fprintf(opts.IO.ErrOut, "wrote %s: %d favorites in folders %q and %q; drop it on the Browser window\n",
			opts.Favorites, len(favs), browser.QueriesFolder, browser.GraphsFolder)
	}
	if opts.Style != "" {
		if !strings.HasSuffix(opts.Style, ".grass") {
			return govkg.Errorf(govkg.EUSAGE, "--style %s: Browser takes a dropped style only from a file named *.grass", opts.Style)
		}
		if err := writeFile(opts.Style, []byte(queries.Style())); err != nil {
			return err
		}
		fmt.Fprintf(opts.IO.ErrOut, "wrote %s; drop it on the Browser window\n", opts.Style)
	}
	cfg := opts.Factory.GraphConfig
	boltURI := cfg.SafeURI()
	base, err := httpURL(opts.HTTP, boltURI)
	if err != nil {
		return err
	}
	first, err := browser.FirstQuery(opts.Favorites)
	if err != nil {
		return &govkg.Error{Code: govkg.EINTERNAL, Message: "the first query", Err: err}
	}
	u, err := browser.URL(browser.Connection{HTTP: base, Bolt: boltURI, NoAuth: cfg.Username == ""}, first)
	if err != nil {
		return &govkg.Error{Code: govkg.EINTERNAL, Message: "the Browser URL", Err: err}
	}
	fmt.Fprintln(opts.IO.Out, u)
	return nil
}

// writeFile writes data to path through a temporary file renamed into place.
func writeFile(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return &govkg.Error{Code: govkg.EINPUT, Message: "cannot write " + path, Err: err}
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return &govkg.Error{Code: govkg.EINPUT, Message: "cannot write " + path, Err: err}
	}
	if err := tmp.Close(); err != nil {
		return &govkg.Error{Code: govkg.EINPUT, Message: "cannot write " + path, Err: err}
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return &govkg.Error{Code: govkg.EINPUT, Message: "cannot write " + path, Err: err}
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return &govkg.Error{Code: govkg.EINPUT, Message: "cannot write " + path, Err: err}
	}
	return nil
}
