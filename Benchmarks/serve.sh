#!/usr/bin/env bash
# Times `cxreport serve` on a 1M-row sample project (release build): the first
# build (cold: reads and analyses the datasets) against a one-paragraph narrative
# edit → re-rendered page (warm: analysis from the cache). Best of N each.
#
# Two edit figures are printed:
#   rebuild     what serve reports for the rebuild itself (load from cache, render, write)
#   edit→page   wall time from saving the file to curl getting the page with the new
#               paragraph; adds the file-poll interval (200 ms) and the save-settling wait
#
# Usage: Benchmarks/serve.sh [runs=3] [responses=1000000]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
responses="${2:-1000000}"

swift build -c release --product cxreport >&2
bin="$(swift build -c release --show-bin-path)/cxreport"

work="Benchmarks/work/serve"
project="$work/project"
if [[ ! -f "$project/content/data/responses.csv" || "$(cat "$work/responses" 2>/dev/null)" != "$responses" ]]; then
    rm -rf "$work"
    mkdir -p "$project/content"
    cp cxreport.yml "$project/"
    cp content/*.md "$project/content/"
    "$bin" sample --responses "$responses" --seed 1 --out "$project/content/data" >&2
    echo "$responses" > "$work/responses"
fi
size=$(du -h "$project/content/data/responses.csv" | cut -f1)

now_ms() { date +%s%3N; }

first_best=""; rebuild_best=""; page_best=""
for run in $(seq 1 "$runs"); do
    cp content/index.md "$project/content/index.md"
    log="$work/serve-$run.log"
    "$bin" serve --project "$project" --port 0 > "$log" 2>&1 &
    server=$!
    trap 'kill -INT $server 2>/dev/null || true' EXIT
    # The first build: serve prints "built N pages in X ms".
    for _ in $(seq 1 600); do grep -q "^built " "$log" && break; sleep 0.1; done
    port=$(grep -o '127\.0\.0\.1:[0-9]*' "$log" | head -1 | cut -d: -f2)
    first=$(grep -m1 "^built " "$log" | sed -E 's/.* in ([0-9]+) ms.*/\1/')
    [[ -n "$first" && -n "$port" ]] || { cat "$log" >&2; echo "serve did not build" >&2; exit 1; }

    marker="Edited paragraph $run-$RANDOM, saved by the benchmark."
    built_before=$(grep -c "^built " "$log")
    start=$(now_ms)
    printf '\n%s\n' "$marker" >> "$project/content/index.md"
    page=""
    for _ in $(seq 1 3000); do
        if curl -s "http://127.0.0.1:$port/index.html" | grep -q "$marker"; then page=$(( $(now_ms) - start )); break; fi
        sleep 0.005
    done
    [[ -n "$page" ]] || { cat "$log" >&2; echo "the edit never showed" >&2; exit 1; }
    for _ in $(seq 1 100); do (( $(grep -c "^built " "$log") > built_before )) && break; sleep 0.05; done
    rebuild=$(grep "^built " "$log" | tail -1 | sed -E 's/.* in ([0-9]+) ms.*/\1/')
    kill -INT "$server"; wait "$server" || true
    trap - EXIT
    echo "run $run: first build ${first} ms, rebuild ${rebuild} ms, edit→page ${page} ms" >&2
    if [[ -z "$first_best" || "$first" -lt "$first_best" ]]; then first_best=$first; fi
    if [[ -z "$rebuild_best" || "$rebuild" -lt "$rebuild_best" ]]; then rebuild_best=$rebuild; fi
    if [[ -z "$page_best" || "$page" -lt "$page_best" ]]; then page_best=$page; fi
done
cp content/index.md "$project/content/index.md"

echo "cxreport serve, $responses responses ($size CSV), best of $runs:"
echo "  first build        ${first_best} ms"
echo "  narrative rebuild  ${rebuild_best} ms  (first build / rebuild = $(awk "BEGIN { printf \"%.1f\", $first_best / ($rebuild_best > 0 ? $rebuild_best : 1) }")x)"
echo "  edit → page        ${page_best} ms  (includes the 200 ms file poll)"
