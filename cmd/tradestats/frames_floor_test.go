package main

import (
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// frameFloors are issue 13's quality floors on shared/gold/dev.jsonl,
// scored as score.py --frames scores them: the accuracy of each frame
// field and of the whole frame over matched claims.
var frameFloors = map[string]float64{
	"frame":       0.85,
	"period":      0.92,
	"subject":     0.93,
	"counterpart": 0.92,
	"indicator":   0.90,
	"outlook":     0.95,
}

// valueF1Floor is the floor of the value F1 on the same gold.
const valueF1Floor = 0.98

// TestFrameFloors fails when the extractor falls below the floors on
// shared/gold/dev.jsonl: what "tradestats eval --frames --gold
// ../shared/gold/dev.jsonl --root ../shared" prints, from the repository.
// It skips without ../shared.
func TestFrameFloors(t *testing.T) {
	shared, err := filepath.Abs(filepath.Join("..", "..", "..", "shared"))
	if err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(shared, "gold", "dev.jsonl")
	if _, err := os.Stat(gold); err != nil {
		t.Skipf("no shared gold: %v", err)
	}
	code, out, stderr := runCmd(t, "", "eval", "--frames", "--gold", gold, "--root", shared, "--format", "json")
	if code != 0 {
		t.Fatalf("eval: exit status %d: %s", code, stderr)
	}
	var r struct {
		F1     float64 `json:"f1"`
		Frames map[string]struct {
			Right    int     `json:"right"`
			Checked  int     `json:"checked"`
			Accuracy float64 `json:"accuracy"`
		} `json:"frames"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("eval output: %v\n%s", err, out)
	}
	if r.F1 < valueF1Floor {
		t.Errorf("value F1 %.4f, below the floor %.2f", r.F1, valueF1Floor)
	}
	for _, field := range slices.Sorted(maps.Keys(frameFloors)) {
		floor := frameFloors[field]
		c, ok := r.Frames[field]
		switch {
		case !ok || c.Checked == 0:
			t.Errorf("%s: not scored", field)
		case c.Accuracy < floor:
			t.Errorf("%s accuracy %.4f (%d/%d), below the floor %.2f", field, c.Accuracy, c.Right, c.Checked, floor)
		}
	}
}
