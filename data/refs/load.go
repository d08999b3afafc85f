package refs

import (
	"bytes"
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"sync"
)

// snapshot is the embedded reference data, built by go generate.
//
//go:embed wdi.snap
var snapshot []byte

var (
	snapOnce  sync.Once
	snapTable *Table
	snapErr   error
)

// Snapshot returns the embedded table, decoded once.
func Snapshot() (*Table, error) {
	snapOnce.Do(func() {
		snapTable, snapErr = Decode(bytes.NewReader(snapshot))
		if snapErr == nil {
			snapTable.origin += ", built into tradestats"
		} else {
			snapErr = fmt.Errorf("refs: embedded snapshot: %w", snapErr)
		}
	})
	return snapTable, snapErr
}

// SnapshotSize is the size of the embedded snapshot in bytes.
func SnapshotSize() int { return len(snapshot) }

// EnvFile names the environment variable that sets the user file's path.
const EnvFile = "TRADESTATS_REFS"

// UserPath returns where 'tradestats refs update' writes the user file
// and where Load looks for it: $TRADESTATS_REFS, else refs.bin in the
// tradestats folder of the user's configuration directory
// (~/.config/tradestats/refs.bin on Linux, ~/Library/Application
// Support/tradestats/refs.bin on macOS, %AppData%\tradestats\refs.bin on
// Windows).
func UserPath() (string, error) {
	if p := os.Getenv(EnvFile); p != "" {
		return p, nil
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("refs: no user configuration directory (set $%s): %w", EnvFile, err)
	}
	return filepath.Join(dir, "tradestats", "refs.bin"), nil
}

// Load returns the reference data: the embedded snapshot, with the
// values of the user file (UserPath) taking precedence when it exists.
// A user file that cannot be read is an error naming it.
func Load() (*Table, error) {
	t, err := Snapshot()
	if err != nil {
		return nil, err
	}
	path, err := UserPath()
	if err != nil {
		return t, nil // no place for a user file: the snapshot alone
	}
	u, err := ReadFile(path)
	switch {
	case isNotExist(err):
		return t, nil
	case err != nil:
		return nil, fmt.Errorf("reference data: %w (rebuild it with 'tradestats refs update --from DIR', or remove it)", err)
	}
	u.origin = "user file " + path + " (" + u.origin + ")"
	return Merge(t, u), nil
}
