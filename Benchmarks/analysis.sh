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
