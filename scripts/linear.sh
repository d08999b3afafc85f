#!/usr/bin/env bash
# linear.sh: check that extraction time grows linearly with the length of
# text that chains figures together. Runs BenchmarkExtractorScaling (each
# pattern of stats/linear_test.go at 2,000 and 16,000 repeats, 3 times a
# run), takes the fastest of COUNT runs of each, and fails when 8 times the
# text takes more than LIMIT times as long plus 20 ms (linear code: about 8;
# a quadratic rule: about 64; the 20 ms keep patterns that take a fraction
# of a millisecond from failing on the machine's noise).
#
#   scripts/linear.sh            # COUNT=2 LIMIT=24 by default
set -euo pipefail
cd "$(dirname "$0")/.."
count=${COUNT:-2}
limit=${LIMIT:-24}
go test ./stats -run '^$' -bench '^BenchmarkExtractorScaling$' -benchtime 3x -count "$count" |
	awk -v limit="$limit" '
	/^BenchmarkExtractorScaling\/pattern=/ {
		split($1, f, "[/=-]")   # name, pattern, NN, n, SIZE[, procs]
		key = f[3]; size = f[5]; ns = $3
		if (!((key, size) in best) || ns < best[key, size]) best[key, size] = ns
		keys[key] = 1
	}
	END {
		bad = 0
		for (k in keys) {
			r = best[k, 16000] / best[k, 2000]
			printf "pattern %s: %.1fx the time for 8x the text\n", k, r
			if (best[k, 16000] > limit * best[k, 2000] + 20e6) { bad = 1; printf "linear.sh: pattern %s of stats/linear_test.go grows faster than linearly (%.1fx > %dx)\n", k, r, limit > "/dev/stderr" }
		}
		if (length(keys) == 0) { print "linear.sh: no benchmark results" > "/dev/stderr"; exit 1 }
		exit bad
	}' | sort
