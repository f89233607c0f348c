package web_test

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/web"
	"github.com/newsgraph/newsgraph/queries"
)

// chromium runs headless Chromium over url with extra flags (such as
// --dump-dom or --screenshot=FILE) and returns its output. Each run has a
// profile of its own: one that the run before is still letting go of
// makes Chromium refuse to start. Chromium itself crashes now and then on
// a loaded machine (its crash reporter's lines are all it prints): a run
// that fails is tried again, twice at most; what it shows is checked all
// the same.
func chromium(t *testing.T, bin string, args ...string) string {
	t.Helper()
	var err error
	var errb bytes.Buffer
	for range 3 {
		profile := t.TempDir()
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
			"--disable-crash-reporter", "--user-data-dir=" + profile}
		cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
		var out bytes.Buffer
		errb.Reset()
		cmd.Stdout, cmd.Stderr = &out, &errb
		err = cmd.Run()
		cancel()
		if err == nil {
			return out.String()
		}
		t.Logf("chromium %v: %v (trying again)", args, err)
	}
	t.Fatalf("chromium %v: %v\n%s", args, err, errb.String())
	return ""
}

var tags = regexp.MustCompile(`<[^>]*>`)

// text is what a dumped DOM shows as text, spaces folded.
func text(dom string) string {
	return strings.Join(strings.Fields(html.UnescapeString(tags.ReplaceAllString(dom, " "))), " ")
}

func strOf(v any) string {
	if v == nil {
		return ""
	}
	return fmt.Sprint(v)
}

// TestBrowser serves the seed graph and drives the pages in headless
// Chromium: from a search to each speaker's page, which must show what they
// said, and to each aid shipment's page, which must show its items; the
// expected text comes from the saved queries over the same store. It takes
// a screenshot of an entity page. CI sets NEWSGRAPH_REQUIRE_CHROMIUM=1 so
// that a missing Chromium fails it.
func TestBrowser(t *testing.T) {
	bin := requireTool(t, "chromium", "NEWSGRAPH_REQUIRE_CHROMIUM")
	st := seedStore(t)
	srv := serve(t, st, web.Options{})
	ctx := context.Background()
	run := func(name string) []map[string]any {
		q, err := queries.Find(name)
		if err != nil {
			t.Fatal(err)
		}
		res, err := st.Query(ctx, q.Code, graph.QueryOptions{Limit: -1})
		if err != nil {
			t.Fatal(err)
		}
		var rows []map[string]any
		for _, v := range res.Values {
			rows = append(rows, v.(map[string]any))
		}
		if len(rows) == 0 {
			t.Fatalf("the saved query %s finds nothing in the seed graph", name)
		}
		return rows
	}

	// who said what: search for each speaker, follow the link, find the words
	said := map[string][]string{}
	for _, r := range run("quotations") {
		if sp := strOf(r["speaker"]); sp != "" {
			said[sp] = append(said[sp], strOf(r["text"]))
		}
	}
	if len(said) == 0 {
		t.Fatal("no quotation in the seed graph has a speaker")
	}
	link := regexp.MustCompile(`<a href="(/ng/entity\?id=[^"]+)">([^<]*)</a>`)
	speakers := make([]string, 0, len(said))
	for sp := range said {
		speakers = append(speakers, sp)
	}
	sort.Strings(speakers)
	for i, speaker := range speakers {
		words := said[speaker]
		page := ""
		if i == 0 {
			// as a reader would: search, then follow the link
			last := strings.Fields(speaker)
			dom := chromium(t, bin, "--dump-dom", srv.URL+"/ng/search?q="+strings.ToLower(last[len(last)-1]))
			for _, m := range link.FindAllStringSubmatch(dom, -1) {
				if html.UnescapeString(m[2]) == speaker {
					page = html.UnescapeString(m[1])
				}
			}
			if page == "" {
				t.Errorf("searching for %s finds no link to their page:\n%s", speaker, text(dom))
				continue
			}
		} else {
			id, err := st.Resolve(ctx, speaker)
			if err != nil {
				t.Fatal(err)
			}
			page = strings.TrimPrefix(entityURL(srv, id), srv.URL)
		}
		shown := text(chromium(t, bin, "--dump-dom", srv.URL+page))
		if !strings.Contains(shown, speaker) {
			t.Errorf("%s's page does not name them", speaker)
		}
		for _, w := range words {
			if !strings.Contains(shown, "“"+strings.Join(strings.Fields(w), " ")+"”") {
				t.Errorf("%s's page does not show that they said %q", speaker, w)
			}
		}
	}

	// the aid: each shipment's page lists its items, its donor and recipient
	items := map[string][]map[string]any{}
	for _, r := range run("aid-shipments") {
		s := strOf(r["shipment"])
		items[s] = append(items[s], r)
	}
	for s, rows := range items {
		id, ok := graph.ParseID(s)
		if !ok {
			t.Fatalf("shipment %q", s)
		}
		shown := text(chromium(t, bin, "--dump-dom", entityURL(srv, id)))
		for _, r := range rows {
			for _, want := range []string{strOf(r["item"]), strOf(r["donor"]), strOf(r["recipient"])} {
				if want != "" && !strings.Contains(shown, want) {
					t.Errorf("the page of %s does not show %q", s, want)
				}
			}
		}
	}

	// a screenshot of a person's page, with its picture
	shot := filepath.Join(t.TempDir(), "entity.png")
	if dir := os.Getenv("NEWSGRAPH_SCREENSHOT_DIR"); dir != "" {
		shot = filepath.Join(dir, "entity.png") // to look at it
	}
	chromium(t, bin, "--screenshot="+shot, "--window-size=1280,2000", "--hide-scrollbars",
		entityURL(srv, quad.IRI("https://w3id.org/newsgraph/id/person/antony-blinken")))
	f, err := os.Open(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("the screenshot is no PNG: %v", err)
	}
	b := img.Bounds()
	if b.Dx() != 1280 || b.Dy() != 2000 {
		t.Errorf("screenshot %v, want 1280×2000", b)
	}
	// a page, not a blank: many colours, among them the picture's
	colours := map[uint32]bool{}
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			r, g, bl, _ := img.At(x, y).RGBA()
			colours[r>>11<<10|g>>11<<5|bl>>11] = true
		}
	}
	if len(colours) < 20 {
		t.Errorf("the screenshot has %d colours: blank?", len(colours))
	}
	if st, _ := f.Stat(); st.Size() < 20000 {
		t.Errorf("the screenshot is %d bytes", st.Size())
	}
}
