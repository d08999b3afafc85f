package data_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/stats"
)

// Accuracy floors from the issue that introduced the gold sets: the
// extractor must keep seed F1 >= 0.95 with subject accuracy >= 0.85, and
// dev F1 >= 0.85 with subject accuracy >= 0.75.
const (
	seedF1Floor      = 0.95
	seedSubjectFloor = 0.85
	devF1Floor       = 0.85
	devSubjectFloor  = 0.75
)

// sharedRoot is the shared dataset, relative to the data/ directory.
const sharedRoot = "../../shared"

// evaluation is the gold of one set and the extractor's predictions for it.
type evaluation struct {
	goldPath string
	gold     []stats.GoldFile
	claims   []stats.Claim // in file and text order, Source = gold file path
	report   stats.Report
}

// evaluate reads gold set name ("seed", "dev"), locates its spans, runs the
// extractor on every file it names and scores the result. It checks that
// every claim's offsets index its file exactly.
func evaluate(t *testing.T, name string) *evaluation {
	t.Helper()
	if _, err := os.Stat(sharedRoot); err != nil {
		t.Skipf("no shared dataset: %v", err)
	}
	e := &evaluation{goldPath: filepath.Join(sharedRoot, "gold", name+".jsonl")}
	f, err := os.Open(e.goldPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if e.gold, err = stats.ReadGold(f); err != nil {
		t.Fatal(err)
	}
	for i := range e.gold {
		g := &e.gold[i]
		text, err := os.ReadFile(filepath.Join(sharedRoot, g.File))
		if err != nil {
			t.Fatal(err)
		}
		for _, err := range stats.LocateGold(g, text) {
			t.Errorf("gold: %v", err)
		}
		for _, a := range data.SplitText(g.File, string(text)) {
			for _, c := range stats.Extract(&a) {
				if c.Start < 0 || c.End > len(text) || c.Start > c.End || string(text[c.Start:c.End]) != c.Text {
					t.Errorf("%s: claim %q has offsets %d-%d", g.File, c.Text, c.Start, c.End)
				}
				c.Source = g.File
				e.claims = append(e.claims, c)
			}
		}
	}
	e.report = stats.Score(e.gold, stats.GroupPreds(e.gold, e.claims))
	return e
}

func TestAccuracyFloors(t *testing.T) {
	for _, tc := range []struct {
		name            string
		f1, subjectRate float64
	}{{"seed", seedF1Floor, seedSubjectFloor}, {"dev", devF1Floor, devSubjectFloor}} {
		t.Run(tc.name, func(t *testing.T) {
			r := evaluate(t, tc.name).report
			for _, u := range slices.Sorted(maps.Keys(r.PerUnit)) {
				c := r.PerUnit[u]
				t.Logf("  %-18s tp=%4d fp=%4d fn=%4d", u, c.TP, c.FP, c.FN)
			}
			t.Logf("precision=%.3f recall=%.3f f1=%.3f subject_accuracy=%.3f (%d/%d)",
				r.Precision, r.Recall, r.F1, r.SubjectAccuracy, r.SubjectOK, r.SubjectChecked)
			for i, e := range r.Errors {
				if i == 20 {
					t.Logf("... %d more errors", len(r.Errors)-20)
					break
				}
				t.Log(e)
			}
			if r.F1 < tc.f1 {
				t.Errorf("%s F1 %.4f is below the floor %.2f", tc.name, r.F1, tc.f1)
			}
			if r.SubjectAccuracy < tc.subjectRate {
				t.Errorf("%s subject accuracy %.4f is below the floor %.2f", tc.name, r.SubjectAccuracy, tc.subjectRate)
			}
		})
	}
}

// TestScorePyAgreement checks that stats.Score agrees with the reference
// scorer shared/tools/score.py on the extractor's predictions.
func TestScorePyAgreement(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	for _, name := range []string{"seed", "dev"} {
		t.Run(name, func(t *testing.T) {
			e := evaluate(t, name)
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			for _, c := range e.claims {
				if err := enc.Encode(c); err != nil {
					t.Fatal(err)
				}
			}
			pred := filepath.Join(t.TempDir(), "pred.jsonl")
			if err := os.WriteFile(pred, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(python, filepath.Join(sharedRoot, "tools", "score.py"), e.goldPath, pred,
				"--root", sharedRoot, "--json", "--show-errors", "1000")
			cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8")
			cmd.Stderr = os.Stderr
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("score.py: %v", err)
			}
			lines := strings.Split(strings.TrimSpace(string(out)), "\n")
			var py struct {
				Precision, Recall, F1, SubjectAccuracy float64
				TP, FP, FN, SubjectChecked, Unparsable int
				PerUnit                                map[stats.Unit]*stats.UnitCounts
			}
			raw := map[string]json.RawMessage{}
			if err := json.Unmarshal([]byte(lines[len(lines)-1]), &raw); err != nil {
				t.Fatalf("score.py output: %v", err)
			}
			for k, v := range map[string]any{"precision": &py.Precision, "recall": &py.Recall, "f1": &py.F1,
				"subject_accuracy": &py.SubjectAccuracy, "tp": &py.TP, "fp": &py.FP, "fn": &py.FN,
				"subject_checked": &py.SubjectChecked, "unparsable_lines": &py.Unparsable, "per_unit": &py.PerUnit} {
				if err := json.Unmarshal(raw[k], v); err != nil {
					t.Fatalf("score.py %s: %v", k, err)
				}
			}
			r := e.report
			got := fmt.Sprint(round4(r.Precision), round4(r.Recall), round4(r.F1), round4(r.SubjectAccuracy),
				r.TP, r.FP, r.FN, r.SubjectChecked, 0)
			want := fmt.Sprint(py.Precision, py.Recall, py.F1, py.SubjectAccuracy,
				py.TP, py.FP, py.FN, py.SubjectChecked, py.Unparsable)
			if got != want {
				t.Errorf("P R F1 subject tp fp fn checked unparsable:\n  Go     %s\n  Python %s", got, want)
			}
			if !reflect.DeepEqual(r.PerUnit, py.PerUnit) {
				t.Errorf("per unit differs:\n  Go     %s\n  Python %s", perUnit(r.PerUnit), perUnit(py.PerUnit))
			}
			var goErrs []string
			for _, se := range r.Errors[:min(len(r.Errors), 1000)] {
				goErrs = append(goErrs, strings.TrimSpace(se.String()))
			}
			var pyErrs []string
			for _, l := range lines[:len(lines)-1] {
				pyErrs = append(pyErrs, strings.TrimSpace(l))
			}
			if !slices.Equal(goErrs, pyErrs) {
				t.Errorf("error lines differ:\n  Go:\n%s\n  Python:\n%s", strings.Join(goErrs, "\n"), strings.Join(pyErrs, "\n"))
			}
		})
	}
}

// round4 rounds like Python's round(x, 4): correctly rounded, ties to even
// on the exact binary value.
func round4(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return v
}

func perUnit(m map[stats.Unit]*stats.UnitCounts) string {
	b, _ := json.Marshal(m)
	return string(b)
}
