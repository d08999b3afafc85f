#!/usr/bin/env bash
# bench.sh: time tradestats as whole processes over the Reuters corpus and,
# when Node is installed, the peer extractors of ../shared/peers on the
# same text; print a side-by-side table of MB/s and peak memory.
#
#   scripts/bench.sh            # from anywhere inside the repository
#
# Environment:
#   BENCH_RUNS=3     runs of each tradestats measurement; the fastest is shown
#   PEERS_KB=256     size of the text subset the peers (and tradestats, for
#                    the same-text rows) run on: the peers take minutes per
#                    megabyte, and wink-nlp's rate falls as its input grows
#                    (0: the whole corpus, 17 MB of text: wink-nlp alone then
#                    takes about 8 minutes and 1.3 GB; use PEERS=wink)
#   PEERS="wink compromise recognizers"   the peers to run; "" for none
#   PEERS_DIR=/tmp/tradestats-bench-peers where the peers are installed
#                    (npm install, once; never in the repository or ../shared)
#
# Needs GNU time (/usr/bin/time) for seconds and peak RSS.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
corpus=../shared/corpus/reuters/reuters.jsonl
peers_src=../shared/peers
runs=${BENCH_RUNS:-3}
peers_kb=${PEERS_KB:-256}
peers=${PEERS-wink compromise recognizers}
peers_dir=${PEERS_DIR:-/tmp/tradestats-bench-peers}

if [[ ! -f $corpus ]]; then
	echo "bench.sh: $root/$corpus not found: the shared Reuters corpus must be at ../shared beside the repository" >&2
	exit 1
fi
if [[ ! -x /usr/bin/time ]]; then
	echo "bench.sh: /usr/bin/time (GNU time) not found: it measures seconds and peak RSS (apt-get install time)" >&2
	exit 1
fi

work=$(mktemp -d /tmp/tradestats-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "building tradestats..." >&2
go build -o "$work/tradestats" ./cmd/tradestats

rows=()   # tool|input|bytes|seconds|peak KB|note
bytes_of() { wc -c <"$1" | tr -d ' '; }

# timed LABEL INPUT NOTE CMD...: runs CMD $runs times (stdout discarded,
# a fresh database for each ingest) and records the fastest run. The wall
# time is read from the clock in nanoseconds around the run (GNU time's
# %e has only 10 ms steps, 2% of a half-second run); GNU time gives the
# peak RSS.
timed() {
	local label=$1 input=$2 note=$3
	shift 3
	local best="" best_kb="" i secs kb t0 t1
	for ((i = 0; i < runs; i++)); do
		rm -f "$work"/bench.db*
		t0=$(date +%s%N)
		if ! /usr/bin/time -o "$work/time" -f "%M" "$@" >/dev/null 2>"$work/stderr"; then
			echo "bench.sh: $label failed:" >&2
			cat "$work/stderr" >&2
			exit 1
		fi
		t1=$(date +%s%N)
		secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
		read -r kb <"$work/time"
		if [[ -z $best ]] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then
			best=$secs best_kb=$kb
		fi
	done
	rows+=("$label|$(basename "$input")|$(bytes_of "$input")|$best|$best_kb|$note")
}

ts=$work/tradestats
echo "timing tradestats over $corpus ($runs runs each)..." >&2
timed "tradestats extract --jobs 1" "$corpus" "" "$ts" extract --format jsonl --jobs 1 "$corpus"
timed "tradestats extract --jobs 2" "$corpus" "" "$ts" extract --format jsonl --jobs 2 "$corpus"
timed "tradestats ingest --jobs 1" "$corpus" "fresh db" "$ts" ingest --quiet --jobs 1 --db "$work/bench.db" "$corpus"
timed "tradestats ingest --jobs 2" "$corpus" "fresh db" "$ts" ingest --quiet --jobs 2 --db "$work/bench.db" "$corpus"

wink_mbs=""
if [[ -n $peers ]] && command -v node >/dev/null && command -v npm >/dev/null; then
	# The peers, installed once outside the repository and ../shared.
	if [[ ! -d $peers_dir/node_modules ]] || ! cmp -s "$peers_src/package.json" "$peers_dir/package.json"; then
		echo "installing the peers in $peers_dir (npm install)..." >&2
		rm -rf "$peers_dir"
		mkdir -p "$peers_dir"
		cp "$peers_src"/*.js "$peers_src"/package.json "$peers_dir"/
		chmod -R u+w "$peers_dir"
		(cd "$peers_dir" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
	fi
	cp "$peers_src"/*.js "$peers_dir"/ 2>/dev/null && chmod u+w "$peers_dir"/*.js

	# The same text for everyone: the first articles of the corpus up to
	# PEERS_KB, as plain text (title, blank line, body; a line of three
	# dashes between articles, which tradestats reads as article breaks).
	subset=$work/reuters-${peers_kb}k.txt
	[[ $peers_kb == 0 ]] && subset=$work/reuters-all.txt
	node -e '
		const fs = require("fs");
		const [inp, out, kb] = process.argv.slice(1);
		const limit = Number(kb) > 0 ? Number(kb) * 1024 : Infinity, parts = [];
		let n = 0;
		for (const line of fs.readFileSync(inp, "utf8").split("\n")) {
			if (!line.trim()) continue;
			const r = JSON.parse(line);
			if (!r.body) continue;
			const s = (r.title || "").trim() + "\n\n" + r.body.trim() + "\n\n---\n\n";
			if (n + Buffer.byteLength(s) > limit) break;
			parts.push(s);
			n += Buffer.byteLength(s);
		}
		fs.writeFileSync(out, parts.join(""));
	' "$corpus" "$subset" "$peers_kb"
	if [[ $peers_kb == 0 ]]; then
		echo "timing the peers on the whole corpus as plain text..." >&2
	else
		echo "timing the peers on the first $peers_kb KB of the corpus as plain text..." >&2
	fi
	same_row=${#rows[@]}
	timed "tradestats extract --jobs 1" "$subset" "same text as the peers" "$ts" extract --format jsonl --jobs 1 "$subset"
	timed "tradestats extract --jobs 2" "$subset" "same text as the peers" "$ts" extract --format jsonl --jobs 2 "$subset"
	for p in $peers; do
		args=("$peers_dir/$p.js" "$subset")
		[[ $p == recognizers ]] && args+=(--by-line) # as ../shared/peers/README.md says
		if ! /usr/bin/time -o "$work/time" -f "%e %M" node "${args[@]}" >/dev/null 2>"$work/stderr"; then
			echo "bench.sh: peer $p failed:" >&2
			cat "$work/stderr" >&2
			continue
		fi
		read -r secs kb <"$work/time"
		# the peer's own timing line: work without Node's start-up and model load
		ms=$(grep -o '"elapsed_ms":[0-9.]*' "$work/stderr" | tail -1 | cut -d: -f2)
		name=$(grep -o '"peer":"[^"]*"' "$work/stderr" | tail -1 | cut -d'"' -f4)
		bytes=$(bytes_of "$subset")
		note=$(awk -v b="$bytes" -v ms="$ms" 'BEGIN { if (ms > 0) printf "%.3f MB/s without start-up", b / 1e6 / (ms / 1e3) }')
		rows+=("${name:-$p}|$(basename "$subset")|$bytes|$secs|$kb|$note")
		if [[ $p == wink ]]; then
			wink_mbs=$(awk -v b="$bytes" -v s="$secs" 'BEGIN { printf "%.6f", b / 1e6 / s }')
			wink_work_mbs=$(awk -v b="$bytes" -v ms="$ms" 'BEGIN { if (ms > 0) printf "%.6f", b / 1e6 / (ms / 1e3) }')
		fi
	done
else
	echo "bench.sh: node/npm not found (or PEERS is empty): peers skipped" >&2
fi

# The table.
echo
printf '%-48s %-22s %10s %8s %9s %9s  %s\n' tool input bytes seconds MB/s "RSS MB" note
for r in "${rows[@]}"; do
	IFS='|' read -r tool input bytes secs kb note <<<"$r"
	awk -v t="$tool" -v i="$input" -v b="$bytes" -v s="$secs" -v k="$kb" -v n="$note" 'BEGIN {
		printf "%-48s %-22s %10d %8.3f %9.3f %9.1f  %s\n", t, i, b, s, (s > 0 ? b / 1e6 / s : 0), k / 1024, n
	}'
done

# tradestats on one core against wink-nlp.
if [[ -n $wink_mbs ]]; then
	echo
	ratio() { # ROW LABEL: tradestats MB/s in ROW over wink's
		local bytes secs
		IFS='|' read -r _ _ bytes secs _ _ <<<"${rows[$1]}"
		awk -v b="$bytes" -v s="$secs" -v w="$wink_mbs" -v ww="${wink_work_mbs:-0}" -v l="$2" 'BEGIN {
			ts = b / 1e6 / s
			printf "tradestats --jobs 1 / wink-nlp, %s: %.0fx (wink as a whole process), %.0fx (wink without start-up)\n", l, ts / w, (ww > 0 ? ts / ww : 0)
		}'
	}
	ratio 0 "tradestats over the whole reuters.jsonl"
	ratio "$same_row" "both on $(basename "$subset") (tradestats mostly start-up on a small subset)"
fi
