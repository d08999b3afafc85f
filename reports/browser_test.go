package reports_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tradestats/tradestats/reports"
)

// chromium returns the path of a Chromium or Chrome binary, or skips.
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium (apt-get install chromium) to render the page")
	return ""
}

// probePage loads index.html in an iframe of the given width and, once
// it is laid out, writes what overflows into a <pre id="probe">.
const probePage = `<!DOCTYPE html><html><body style="margin:0">
<iframe id="f" src="index.html" style="width:WIDTHpx;height:900px;border:0"></iframe>
<script>
document.getElementById("f").addEventListener("load", function () {
  var doc = this.contentDocument, d = doc.documentElement, wide = [], lefts = {};
  doc.querySelectorAll("body *").forEach(function (e) {
    var r = e.getBoundingClientRect();
    if (r.right > d.clientWidth + 1 && r.width > 0) wide.push(e.tagName + "." + e.className + "#" + e.id);
  });
  doc.querySelectorAll(".charts figure").forEach(function (e) { lefts[Math.round(e.getBoundingClientRect().left)] = 1; });
  var p = document.createElement("pre"); p.id = "probe";
  p.textContent = JSON.stringify({sw: d.scrollWidth, cw: d.clientWidth, wide: wide.slice(0, 10), columns: Object.keys(lefts).length});
  document.body.appendChild(p);
});
</script></body></html>`

// TestIndexHTMLInBrowser renders the page in headless Chromium at a
// phone's width (375 px) and a desktop's (1366 px): nothing may overflow
// sideways, the charts take one column on the phone and several on the
// desktop. It skips when Chromium is not installed.
func TestIndexHTMLInBrowser(t *testing.T) {
	bin := chromium(t)
	in := samplePage()
	// Long words and many charts: the worst a real report has.
	for range 3 {
		in.Charts = append(in.Charts, in.Charts[0])
	}
	in.Groups[0].Claims[0].Sentence = strings.Repeat("Exports-of-manufactured-goods-rose ", 12)
	in.Groups[0].Claims[0].Title = strings.Repeat("LONGHEADLINEWITHOUTSPACES", 6)
	in.Checks = sampleChecks()
	dir := t.TempDir()
	var page bytes.Buffer
	if err := reports.IndexHTML(&page, in); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "index.html"), page.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{375, 1366} {
		probe := filepath.Join(dir, "probe-"+strconv.Itoa(width)+".html")
		if err := os.WriteFile(probe, []byte(strings.ReplaceAll(probePage, "WIDTH", strconv.Itoa(width))), 0o644); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
		out, err := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu",
			"--allow-file-access-from-files", "--virtual-time-budget=3000", "--user-data-dir="+filepath.Join(dir, "profile"),
			"--dump-dom", "file://"+probe).Output()
		cancel()
		if err != nil {
			t.Fatalf("chromium at %d px: %v", width, err)
		}
		m := regexp.MustCompile(`<pre id="probe">(.*?)</pre>`).FindSubmatch(out)
		if m == nil {
			t.Fatalf("chromium at %d px: no probe in %.300s", width, out)
		}
		var got struct {
			SW, CW  int
			Wide    []string
			Columns int
		}
		if err := json.Unmarshal([]byte(strings.ReplaceAll(string(m[1]), "&quot;", `"`)), &got); err != nil {
			t.Fatalf("probe %s: %v", m[1], err)
		}
		if got.SW > got.CW || len(got.Wide) > 0 {
			t.Errorf("%d px: the page scrolls sideways (%d px wide in %d): %v", width, got.SW, got.CW, got.Wide)
		}
		if width < 500 && got.Columns != 1 || width > 1000 && got.Columns < 2 {
			t.Errorf("%d px: charts in %d columns", width, got.Columns)
		}
	}
}
