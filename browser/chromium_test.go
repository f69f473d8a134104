package browser

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/govkg/govkg/internal/neo4jtest"
	"github.com/govkg/govkg/internal/neo4jtest/seed"
)

// The real-browser test drives Debian's Chromium (headless, through the DevTools
// protocol with chromedp) on the Neo4j Browser of the test server, as an analyst does:
// open the URL govkg prints, find it connected with the first query in the editor,
// drop the favorites archive on the window, run the style favorite, run graph views and
// a saved query, and read the captions Browser drew. It needs:
//
//   - the test server's HTTP address: NEO4J_HTTP_URL (default: NEO4J_URI's host, port
//     7474);
//   - Chromium: GOVKG_CHROMIUM, else chromium, chromium-browser or google-chrome on
//     PATH (apt-get install chromium fonts-wqy-microhei: the font draws the Chinese
//     captions in the screenshots);
//   - GOVKG_SCREENSHOTS, a directory for the screenshots (default: a new directory
//     under the system's temporary directory, kept and named in the test log).
//
// Without Chromium or the server's HTTP port it skips (fails under CI=true).

func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("GOVKG_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	neo4jtest.Skip(t, "no Chromium: install it (apt-get install chromium) or set GOVKG_CHROMIUM")
	return ""
}

func httpBase(t *testing.T) string {
	t.Helper()
	base := strings.TrimSuffix(os.Getenv("NEO4J_HTTP_URL"), "/")
	if base == "" { // the Bolt host on port 7474, as govkg browser does
		base = "http://127.0.0.1:7474"
		if u, err := url.Parse(neo4jtest.Env().URI); err == nil && u.Hostname() != "" {
			base = "http://" + u.Hostname() + ":7474"
		}
	}
	cl := http.Client{Timeout: 10 * time.Second}
	resp, err := cl.Get(base + "/browser/")
	if err != nil {
		neo4jtest.Skip(t, "no Neo4j Browser at %s/browser/ (set NEO4J_HTTP_URL): %v", base, err)
		return ""
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		neo4jtest.Skip(t, "no Neo4j Browser at %s/browser/: HTTP %d", base, resp.StatusCode)
	}
	return base
}

func screenshotDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("GOVKG_SCREENSHOTS")
	if dir == "" {
		d, err := os.MkdirTemp("", "govkg-screenshots-")
		if err != nil {
			t.Fatal(err)
		}
		dir = d
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", dir)
	return dir
}

// TestBrowser is the real-browser test; see above.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("real-browser test: skipped with -short")
	}
	chrome := chromiumPath(t)
	base := httpBase(t)
	seed.Graph(t)
	shots := screenshotDir(t)
	conn := neo4jtest.Env()

	var zipBuf bytes.Buffer
	if err := WriteFavorites(&zipBuf); err != nil {
		t.Fatal(err)
	}
	first, err := FirstQuery("bin/govkg-browser.zip") // as make demo prints it
	if err != nil {
		t.Fatal(err)
	}
	u, err := URL(Connection{HTTP: base, Bolt: conn.URI, NoAuth: conn.Username == ""}, first)
	if err != nil {
		t.Fatal(err)
	}
	if conn.Username != "" {
		t.Skip("the real-browser test connects without authentication; the test server has a user")
	}

	opts := append(slices.Clone(chromedp.DefaultExecAllocatorOptions[:]),
		chromedp.ExecPath(chrome),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1600, 1100),
		chromedp.Flag("lang", "en-US"),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()

	run := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(bctx, actions...); err != nil {
			shot(t, bctx, shots, "failed")
			t.Fatalf("%s: %v", what, err)
		}
	}
	// waitJS polls a JavaScript expression until it is true.
	waitJS := func(what, expr string, timeout time.Duration) {
		t.Helper()
		deadline := time.Now().Add(timeout)
		for {
			ok, err := chromedp.Run(bctx, chromedp.Evaluate[bool](expr))
			if err == nil && ok {
				return
			}
			if time.Now().After(deadline) {
				shot(t, bctx, shots, "failed")
				t.Fatalf("%s: not after %s (%v)", what, timeout, err)
			}
			time.Sleep(250 * time.Millisecond)
		}
	}

	// 1. The printed URL connects at once and opens the first query.
	run("open "+u, chromedp.Navigate(u))
	waitJS("connected", `document.body.innerText.includes('You are connected')`, 90*time.Second)
	waitJS("first query in the editor", `(document.querySelector('[data-testid="activeEditor"]')?.innerText || '').replace(/\s+/g, ' ').includes('metro lines that several')`, 30*time.Second)
	shot(t, bctx, shots, "1-connected")

	// 2. The favorites archive, dropped on the window, becomes the favorites.
	dropped := evalJS[bool](t, bctx, shots, "drop the archive", fmt.Sprintf(`(async () => {
  const bin = atob(%q);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const dt = new DataTransfer();
  dt.items.add(new File([bytes], 'govkg-browser.zip', {type: 'application/zip'}));
  const target = document.querySelector('.filedrop');
  if (!target) return false;
  for (const type of ['dragenter', 'dragover', 'drop']) {
    target.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: dt}));
  }
  return true;
})()`, base64.StdEncoding.EncodeToString(zipBuf.Bytes())))
	if !dropped {
		t.Fatal("no .filedrop element to drop the archive on")
	}
	run("open the favorites", chromedp.Click(chromedp.CSS(`[data-testid="navigationFavorites"]`)))
	favs, err := Favorites()
	if err != nil {
		t.Fatal(err)
	}
	for _, folder := range []string{QueriesFolder, GraphsFolder} {
		sel := fmt.Sprintf(`[data-testid="expandFolder-%s"]`, folder)
		// A click that lands while Browser is still rendering the dropped archive's
		// folders can leave the folder closed: click again until one of its favorites
		// shows (at most three times; the check below says whether all are there).
		var first string
		for _, f := range favs {
			if path.Dir(f.Path) == folder {
				first = f.Name()
				break
			}
		}
		for try := 0; try < 3; try++ {
			run("open folder "+folder, chromedp.WaitVisible(chromedp.CSS(sel)), chromedp.Click(chromedp.CSS(sel)))
			if first == "" || shown(bctx, testID("scriptTitle-"+first), 10*time.Second) {
				break
			}
		}
	}
	for _, f := range favs {
		waitJS("favorite "+f.Path+" listed", fmt.Sprintf(`document.querySelector(%s) !== null`, testID("scriptTitle-"+f.Name())), 20*time.Second)
	}
	favName := func(path string) string {
		for _, f := range favs {
			if f.Path == path {
				return f.Name()
			}
		}
		t.Fatalf("no favorite %s", path)
		return ""
	}
	frames := `document.querySelectorAll('[data-testid="frame"]').length`
	// runJS clicks the element the expression finds and, if newFrame, waits for a new
	// frame.
	runJS := func(what, find string, newFrame bool) {
		t.Helper()
		before := evalJS[int](t, bctx, shots, "count frames", frames)
		clicked := evalJS[bool](t, bctx, shots, what, `(() => {
  const button = `+find+`;
  if (!button) return false;
  button.dispatchEvent(new MouseEvent('click', {bubbles: true}));
  return true;
})()`)
		if !clicked {
			shot(t, bctx, shots, "failed")
			t.Fatalf("%s: nothing to click", what)
		}
		if newFrame {
			waitJS("a frame for "+what, fmt.Sprintf("%s > %d", frames, before), 30*time.Second)
		}
	}
	// runFavorite clicks a favorite's run button.
	runFavorite := func(name string) {
		t.Helper()
		runJS("run favorite "+name, fmt.Sprintf(`document.querySelector(%s)?.closest('[data-testid="savedScriptListItem"]')?.querySelector('[data-testid="savedScriptsButton-Run"]')`,
			testID("scriptTitle-"+name)), true)
	}

	// 3. The style favorite applies the style.
	runFavorite(StyleFavoriteName)
	waitJS("style applied", `(document.querySelector('[data-testid="frame"]')?.innerText || '').includes('{caption}')`, 20*time.Second)
	shot(t, bctx, shots, "2-favorites")

	// 4. Graphs draw nodes with their captions, STATUS arrows with theirs. Browser
	// draws each caption line as a text.caption of the node's g.node, in the newest
	// frame, which is the first.
	captions := func() ([]string, []string) {
		out := evalJS[struct{ Nodes, Rels []string }](t, bctx, shots, "read captions", `(() => {
  const frame = document.querySelector('[data-testid="frame"]');
  const nodes = [...frame.querySelectorAll('svg g.node')].map(g =>
    [...g.querySelectorAll('text.caption')].map(t => t.textContent.trim()).join(' '));
  const rels = [...frame.querySelectorAll('svg g.relationship text')].map(t => t.textContent.trim());
  return {Nodes: nodes, Rels: rels};
})()`)
		return out.Nodes, out.Rels
	}
	checkGraph := func(what string, wantNodes []string, wantRel *regexp.Regexp, file string) {
		t.Helper()
		if file != "" { // a screenshot shows the frame full screen
			runJS("full screen", `document.querySelector('[data-testid="frame"] [title="Fullscreen"]')`, false)
		}
		waitJS(what+" drawn", `document.querySelector('[data-testid="frame"]').querySelectorAll('svg g.node text.caption').length > 3`, 60*time.Second)
		time.Sleep(3 * time.Second) // let the layout settle for the screenshot
		nodes, rels := captions()
		for _, w := range wantNodes {
			if !slices.Contains(nodes, w) {
				t.Errorf("%s: no node captioned %q among %q", what, w, nodes)
			}
		}
		if wantRel != nil && !slices.ContainsFunc(rels, wantRel.MatchString) {
			t.Errorf("%s: no relationship captioned like %s among %q", what, wantRel, rels)
		}
		for _, n := range nodes {
			if strings.Contains(n, "…") && !strings.HasSuffix(n, "…") {
				t.Errorf("%s: caption %q cut in the middle", what, n)
			}
		}
		if file != "" {
			shot(t, bctx, shots, file)
			runJS("close full screen", `document.querySelector('[data-testid="frame"] [title="Close fullscreen"]')`, false)
		}
	}
	// The first query, run from the editor as the URL left it.
	runJS("run the editor", `document.querySelector('[data-testid="editor-Run"]')`, true)
	checkGraph("the first query",
		[]string{"深圳 14号线", "深圳 17号线", "龙岗区", "坪山区", "龙岗区 2025 政府工作报告", "龙岗区 2021 计划报告"},
		regexp.MustCompile(`^20\d\d (planned|started|under_construction)$`), "3-metro-lines")
	runFavorite(favName(GraphsFolder + "/status-graph.cypher"))
	checkGraph("status-graph", []string{"龙岗国际 艺术中心", "龙岗区 2025 政府工作报告", "龙岗区 2021 计划报告"},
		regexp.MustCompile(`^2024 topped_out$`), "4-status-over-years")
	runFavorite(favName(GraphsFolder + "/program-implementers-graph.cypher"))
	checkGraph("program-implementers-graph", []string{"百千万 工程", "坪山区"}, regexp.MustCompile(`^IMPLEMENTS$`), "")

	// 5. A saved query answers with a table, its parameters written in.
	runFavorite(favName(QueriesFolder + "/program-implementers.cypher"))
	waitJS("program-implementers answered", `(() => {
  const frame = document.querySelector('[data-testid="frame"]');
  const cmd = frame?.querySelector('[data-testid="frameCommand"]')?.innerText || '';
  return cmd.includes('program-implementers —') && frame.innerText.includes('全面落实“百千万工程”');
})()`, 60*time.Second)
	time.Sleep(time.Second)
	shot(t, bctx, shots, "5-saved-query")
}

// testID is a JavaScript string literal of the CSS selector of a data-testid.
// shown polls until the element of the CSS selector (a JSON string) exists, or the
// timeout passes.
func shown(ctx context.Context, selector string, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	for {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf(`document.querySelector(%s) !== null`, selector)))
		if err == nil && ok {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(250 * time.Millisecond)
	}
}

func testID(id string) string {
	b, _ := json.Marshal(`[data-testid="` + strings.ReplaceAll(id, `"`, `\"`) + `"]`)
	return string(b)
}

// evalJS evaluates a JavaScript expression (awaiting a promise) and returns its value,
// failing the test, with a screenshot, on an error.
func evalJS[T any](t *testing.T, ctx context.Context, shots, what, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		shot(t, ctx, shots, "failed")
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// dismissBanner is JavaScript that closes the usage-data banner a new Browser profile
// shows over the frames (up to five times).
const dismissBanner = `(() => {
  const s = [...document.querySelectorAll('span')].find(s => s.innerText.includes('To help make Neo4j Browser better'));
  const button = s && s.parentElement.lastElementChild;
  if (button) button.dispatchEvent(new MouseEvent('click', {bubbles: true}));
  return true;
})()`

// shot saves a screenshot of the page as DIR/NAME.png, the usage banner closed.
func shot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](dismissBanner)); err == nil {
		time.Sleep(300 * time.Millisecond)
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Logf("screenshot %s: %v", name, err)
		return
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Errorf("screenshot %s: %v", name, err)
	}
}
