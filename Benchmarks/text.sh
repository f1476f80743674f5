#!/usr/bin/env bash
# Text benchmark: VADER sentiment and theme analysis of the sample responses' comments
# (~40% of responses have one) with cxreport, against Python's vaderSentiment on the same
# comments in the same run. Both sides read the comments into memory first and time only
# the scoring loop on one thread; the ratio is python_seconds / cxreport_seconds. Also
# prints comments per second for sentiment alone, for sentiment + themes + fold, and the
# end-to-end parallel read-and-fold of the CSV.
#
#   bash Benchmarks/text.sh                       # 500,000 responses (~200,000 comments)
#   RESPONSES=1000000 RUNS=3 bash Benchmarks/text.sh
#
# Data goes to Benchmarks/work/ (gitignored) and is deleted at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
. Benchmarks/common.bash
RESPONSES="${RESPONSES:-500000}"
RUNS="${RUNS:-3}"
WORK="Benchmarks/work/text"
trap 'rm -rf "$WORK"' EXIT

python3 -c "import vaderSentiment" 2>/dev/null || python3 -m pip install --quiet vaderSentiment==3.3.2
mkdir -p "$WORK/project/content/data"
build_release cxbench cxreport

cat > "$WORK/project/cxreport.yml" <<'YAML'
title: benchmark
datasets:
  responses:
    file: content/data/responses.csv
    columns:
      id: response_id
      date: submitted_at
      segments: [region, channel, product]
      nps: likelihood_to_recommend
      text: comment
YAML
"$BIN/cxreport" sample --responses "$RESPONSES" --seed 42 --datasets responses --out "$WORK/project/content/data" >/dev/null

cat > "$WORK/vader.py" <<'PY'
import json, sys, time
from importlib.metadata import version
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
with open(sys.argv[1], encoding="utf-8") as f:
    comments = [json.loads(line) for line in f]
analyzer = SentimentIntensityAnalyzer()
start = time.perf_counter()
checksum = 0.0
for text in comments:
    checksum += analyzer.polarity_scores(text)["compound"]
seconds = time.perf_counter() - start
print(f"tool=vaderSentiment-{version('vaderSentiment')} comments={len(comments)} checksum={checksum:.6f} seconds={seconds:.3f}")
PY

field() { sed -n "s/.*[ ^]$1=\([0-9.]*\).*/\1/p"; }
best() { sort -n | head -1; }
cx=(); an=(); e2e=(); py=()
for run in $(seq "$RUNS"); do
    out=$("$BIN/cxbench" text "$WORK/project" --dump "$WORK/comments.jsonl")
    echo "$out"
    cx+=("$(echo " $out" | field sentiment_seconds)"); an+=("$(echo " $out" | field analysis_seconds)"); e2e+=("$(echo " $out" | field end_to_end_seconds)")
    n=$(echo " $out" | field comments); rows=$(echo " $out" | field rows); cxsum=$(echo "$out" | sed -n 's/.*checksum=\([-0-9.]*\).*/\1/p')
    pyout=$(python3 "$WORK/vader.py" "$WORK/comments.jsonl")
    echo "$pyout"
    py+=("$(echo " $pyout" | field seconds)"); pysum=$(echo "$pyout" | sed -n 's/.*checksum=\([-0-9.]*\).*/\1/p')
done
c=$(printf "%s\n" "${cx[@]}" | best); a=$(printf "%s\n" "${an[@]}" | best); e=$(printf "%s\n" "${e2e[@]}" | best); p=$(printf "%s\n" "${py[@]}" | best)
awk -v c="$c" -v a="$a" -v e="$e" -v p="$p" -v n="$n" -v rows="$rows" -v cs="$cxsum" -v ps="$pysum" 'BEGIN {
    printf "\n%d comments from %d responses, best of runs, one thread unless stated:\n", n, rows
    printf "  python vaderSentiment sentiment     %8.3f s  %10.0f comments/s\n", p, n/p
    printf "  cxreport sentiment                  %8.3f s  %10.0f comments/s\n", c, n/c
    printf "  cxreport sentiment+themes+fold      %8.3f s  %10.0f comments/s\n", a, n/a
    printf "  cxreport CSV read+fold, all cores   %8.3f s  %10.0f responses/s\n", e, rows/e
    printf "ratio python/cxreport (sentiment, like for like) = %.1fx; with themes and fold = %.1fx\n", p/c, p/a
    printf "checksum (sum of compound): cxreport %s, python %s (python rounds each to 4 decimals)\n", cs, ps
}'
