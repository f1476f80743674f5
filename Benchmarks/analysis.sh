#!/usr/bin/env bash
# Analysis benchmark (issue 5): what the full analysis adds to reading the sample (the
# responses alone, and all three files the analysis reads).
# Generates the sample project at ROWS responses (with its transactions and touchpoints
# and the repository's cxreport.yml, which maps every role including text), then runs
# `cxbench analysis`: best of RUNS for reading + validating only (responses; all three
# datasets) and for
# `ResponseAnalyzer.analyze` as the report runs it, in one process, with the time of each
# part alone. Peak resident memory comes from /usr/bin/time -v, one process per
# measurement. Target: (full - read) / read <= 0.25, peak RSS < 100 MB.
#
#   bash Benchmarks/analysis.sh
#   ROWS=200000 RUNS=5 bash Benchmarks/analysis.sh
#   ROUNDS=20 bash Benchmarks/analysis.sh
#   ROUNDS=30 BASE=/path/to/an/older/cxbench CORES=0 bash Benchmarks/analysis.sh
#
# ROUNDS=N adds N rounds of separate processes, run in turn: each round reads all three
# files (`--only read-all`) and then runs the full analysis (`--only full`), each under
# /usr/bin/time. It prints the median of the per-round ratios on CPU time (user + system)
# and on wall time, with their range, the ratio of the medians, that of the fastest runs,
# and the median idle core time of each (cores × wall − CPU: the time a core had nothing
# to do, which moves less with the host's load than the times do), and the time the
# hypervisor took the cores away during a run ("steal", from /proc/stat; 0 on a machine
# of its own), median and largest. On a shared host the best-of-N figures come from its fastest minutes, where
# reading speeds up and the analysis, which waits on memory more, does not; the rounds
# show how far that moves the ratio. BASE=another cxbench binary runs its pair too in
# every round, first, for comparing two builds under the same load (the README's "run in
# turn"); CORES=list pins every process to those cores (`taskset -c`, e.g. CORES=0).
#
# Data goes to Benchmarks/work/ (gitignored) and is deleted at the end (KEEP=1 keeps it).
set -euo pipefail
cd "$(dirname "$0")/.."
. Benchmarks/common.bash
ROWS="${ROWS:-1000000}"
RUNS="${RUNS:-3}"
WORK="Benchmarks/work/analysis"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT

require /usr/bin/time time
mkdir -p "$WORK"
build_release cxbench cxreport

project="$WORK/p$ROWS"
if [ ! -f "$project/content/data/responses.csv" ]; then
    mkdir -p "$project"
    "$BIN/cxreport" sample --responses "$ROWS" --seed 42 --out "$project/content/data" >/dev/null
fi
cp cxreport.yml "$project/cxreport.yml"
for name in responses transactions touchpoints; do
    file="$project/content/data/$name.csv"
    printf "%-13s %8s rows %6.0f MB\n" "$name" "$(($(wc -l <"$file") - 1))" "$(awk "BEGIN {print $(stat -c %s "$file")/1e6}")"
done

field() { sed -n "s/.*$1=\([0-9.-]*\).*/\1/p"; }

out=$("$BIN/cxbench" analysis "$project" --runs "$RUNS")
echo "$out"
/usr/bin/time -v "$BIN/cxbench" analysis "$project" --only read >/dev/null 2>"$WORK/time.txt"; read_rss=$(rss_mb <"$WORK/time.txt")
/usr/bin/time -v "$BIN/cxbench" analysis "$project" --only read-all >/dev/null 2>"$WORK/time.txt"; all_rss=$(rss_mb <"$WORK/time.txt")
/usr/bin/time -v "$BIN/cxbench" analysis "$project" --only full >/dev/null 2>"$WORK/time.txt"; full_rss=$(rss_mb <"$WORK/time.txt")

read=$(echo "$out" | field read_seconds); full=$(echo "$out" | field full_seconds); all=$(echo "$out" | field read_all_seconds)
echo "$out" | awk -v read="$read" -v all="$all" -v full="$full" -v rows="$ROWS" -v rr="$read_rss" -v ar="$all_rss" -v fr="$full_rss" '{
    for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "%s responses: read %.3f s, full analysis %.3f s, (full - read) / read = %.1f%% (the analysis also reads the other two files, so the target is on the next line)\n", rows, read, full, 100 * (full - read) / read
    printf "read all three files %.3f s, ratio (full - read all) / read all = %.1f%% (target <= 25%%)\n", all, 100 * (full - all) / all
    printf "the same ratio as the median over the runs of each pair: %.1f%% (the pairs ranged over %.1f%%-%.1f%%); on CPU time (user + system, best of N): %.1f%% (%s s against %s s)\n", 100 * v["paired_ratio_all"], 100 * v["paired_ratio_all_min"], 100 * v["paired_ratio_all_max"], 100 * v["cpu_ratio_all"], v["full_cpu_seconds"], v["read_all_cpu_seconds"]
    printf "each part alone: responses fold %s s, text fold %s s (both including the read), journey %s s, crm %s s\n", v["responses_seconds"], v["text_seconds"], v["journey_seconds"], v["crm_seconds"]
    printf "peak RSS (MiB = 2^20 bytes): read responses %s MiB, read all three %s MiB, full analysis %s MiB = %.1f MB of 10^6 bytes (target < 100 MB)\n", rr, ar, fr, fr * 1.048576
}'

[ "${ROUNDS:-0}" -gt 0 ] || exit 0
binaries=("$BIN/cxbench")
[ -n "${BASE:-}" ] && binaries=("$BASE" "$BIN/cxbench")
pin=()
[ -n "${CORES:-}" ] && { require taskset util-linux; pin=(taskset -c "$CORES"); }
# Time the hypervisor gave this machine's cores to other guests ("steal", the eighth
# counter of /proc/stat's "cpu" line, in ticks of 1/100 s), summed over all cores: it adds
# to the wall time of whichever run it falls in, and on a shared host it comes in bursts.
steal_ticks() { awk '$1 == "cpu" { print $9; exit }' /proc/stat; }
rounds="$WORK/rounds.txt"
: >"$rounds"
for round in $(seq "$ROUNDS"); do
    for binary in "${binaries[@]}"; do
        for part in read-all full; do
            before=$(steal_ticks)
            /usr/bin/time -f "%U %S %e" -o "$WORK/time.txt" "${pin[@]}" "$binary" analysis "$project" --only "$part" >/dev/null
            echo "$round $binary $part $(tail -1 "$WORK/time.txt") $(($(steal_ticks) - before))" >>"$rounds"
        done
    done
done
label() { [ "$1" = "$BIN/cxbench" ] && echo "this build" || echo "BASE ($1)"; }
# The cores the rounds may use, for their idle core time (cores × wall − CPU): a change to
# how the work is shared between the cores shows there more steadily than in the times.
cores=$("${pin[@]}" nproc)
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
for binary in "${binaries[@]}"; do
    mine=$(awk -v b="$binary" '$2 == b' "$rounds")
    # Per round: CPU and wall of reading, then of the full analysis.
    pairs=$(echo "$mine" | awk '{ cpu = $4 + $5; if ($3 == "read-all") { rc[$1] = cpu; rw[$1] = $6 } else { fc[$1] = cpu; fw[$1] = $6 } }
        END { for (r in rc) print rc[r], rw[r], fc[r], fw[r] }')
    cpu=$(echo "$pairs" | awk '{ print $3 / $1 - 1 }' | median); wall=$(echo "$pairs" | awk '{ print $4 / $2 - 1 }' | median)
    range=$(echo "$pairs" | awk '{ print $3 / $1 - 1 }' | sort -g | awk 'NR == 1 { low = $1 } { high = $1 } END { printf "%.1f%%-%.1f%%", 100 * low, 100 * high }')
    read_cpu=$(echo "$pairs" | awk '{ print $1 }' | median); full_cpu=$(echo "$pairs" | awk '{ print $3 }' | median)
    fastest=$(echo "$pairs" | awk 'NR == 1 || $1 < r { r = $1 } NR == 1 || $3 < f { f = $3 } END { printf "%.1f%%", 100 * (f / r - 1) }')
    read_idle=$(echo "$pairs" | awk -v n="$cores" '{ print n * $2 - $1 }' | median)
    full_idle=$(echo "$pairs" | awk -v n="$cores" '{ print n * $4 - $3 }' | median)
    steal=$(echo "$mine" | awk '{ print $7 / 100 }' | median); steal_max=$(echo "$mine" | awk '{ print $7 / 100 }' | sort -g | tail -1)
    printf "%s, %d rounds: median per-round ratio %.1f%% on CPU time (range %s), %.1f%% on wall time; medians: reading %.3f s of CPU, full analysis %.3f s (adds %.3f s, %.1f%%); fastest runs %s (CPU); idle core time (%d × wall − CPU), medians: reading %.3f s, full analysis %.3f s; taken by the hypervisor (steal) per run: median %.2f s of core time, at most %.2f s\n" \
        "$(label "$binary")" "$ROUNDS" "$(awk "BEGIN { print 100 * $cpu }")" "$range" "$(awk "BEGIN { print 100 * $wall }")" \
        "$read_cpu" "$full_cpu" "$(awk "BEGIN { print $full_cpu - $read_cpu }")" "$(awk "BEGIN { print 100 * ($full_cpu / $read_cpu - 1) }")" "$fastest" \
        "$cores" "$read_idle" "$full_idle" "$steal" "$steal_max"
done
