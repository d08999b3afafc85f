package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/pflag"

	"github.com/tradestats/tradestats/data/refs"
)

func init() { register(cmdRefs) }

var cmdRefs = &command{
	Name:      "refs",
	UsageLine: "refs [info | update --from DIR]",
	Short:     "show or update the official statistics that check uses",
	Long: `
Refs manages the reference data of 'tradestats check': 36 annual series
of the World Bank's World Development Indicators (GDP, growth, inflation,
trade, balances, reserves, debt, population...) for 217 economies and the
World Bank's aggregates, 1960 to 2025.

	tradestats refs [info]
	        print where the data come from, their series and years, and
	        whether a user file is in use
	tradestats refs update --from DIR
	        build the user file from DIR: a newer checkout of the WDI
	        mirror (one folder per series code holding data.csv), or CSV
	        files named after their series (ny.gdp.mktp.kd.zg.csv), or one
	        such file, each with the columns Country Name, Country Code
	        (ISO 3166 alpha-3 or a World Bank aggregate code), Year, Value

A snapshot is built into tradestats. The user file's values take
precedence over it, value by value (series, economy, year); the others
stay. The user file is $TRADESTATS_REFS, else refs.bin in the tradestats
folder of the user's configuration directory (~/.config/tradestats on
Linux, ~/Library/Application Support/tradestats on macOS,
%AppData%\tradestats on Windows). Delete it to go back to the built-in
data. Checks already stored keep their verdicts until 'tradestats check'
runs again.

Source: World Bank, World Development Indicators (CC BY 4.0).

Exit status: 0 on success, 1 if DIR cannot be read or the user file
cannot be written, 2 for a usage error.
`,
	Flags: func(fs *pflag.FlagSet) runFunc {
		var from string
		fs.StringVar(&from, "from", "", "build the user file from `DIR` (update)")
		return func(ctx context.Context, e *env, args []string) error {
			return runRefs(ctx, e, from, args)
		}
	},
}

// runRefs runs "refs info" or "refs update".
func runRefs(_ context.Context, e *env, from string, args []string) error {
	sub := "info"
	if len(args) > 0 {
		sub = args[0]
	}
	if len(args) > 1 {
		return usageErrorf("unexpected argument %q", args[1])
	}
	switch sub {
	case "info":
		if from != "" {
			return usageErrorf("--from is for 'refs update'")
		}
		return refsInfo(e)
	case "update":
		if from == "" {
			return usageErrorf("refs update needs --from DIR")
		}
		return refsUpdate(e, from)
	}
	return usageErrorf("unknown refs command %q (want info or update)", sub)
}

// refsInfo prints what the reference data are.
func refsInfo(e *env) error {
	t, err := refs.Load()
	if err != nil {
		return err
	}
	first, last := t.Years()
	path, perr := refs.UserPath()
	user := "none"
	switch {
	case perr != nil:
		user = perr.Error()
	default:
		if _, err := os.Stat(path); err == nil {
			user = path + " (in use)"
		} else {
			user = path + " (none)"
		}
	}
	_, err = fmt.Fprintf(e.stdout, "source:    %s\nfrom:      %s\nseries:    %d\neconomies: %d codes (economies and aggregates)\nyears:     %d-%d\nvalues:    %d\nbuilt in:  %d bytes\nuser file: %s\n",
		t.Source(), t.Origin(), len(t.Series()), len(t.Codes()), first, last, t.Len(), refs.SnapshotSize(), user)
	return err
}

// refsUpdate builds the user file from a folder.
func refsUpdate(e *env, from string) error {
	t, err := refs.ReadDir(from)
	if err != nil {
		return err
	}
	path, err := refs.UserPath()
	if err != nil {
		return err
	}
	if err := refs.WriteFile(path, t); err != nil {
		return outputError(path, err)
	}
	first, last := t.Years()
	_, err = fmt.Fprintf(e.stdout, "refs: wrote %s: %d series, %d economies and aggregates, %d values, %d-%d; its values take precedence over the built-in data\n",
		path, len(t.Series()), len(t.Codes()), t.Len(), first, last)
	return err
}
