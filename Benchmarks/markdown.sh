#!/usr/bin/env bash
# Markdown stage against the `cmark` command (Debian package cmark) on the same text.
# Target: cxreport's narrative path (parse with our options, directive scan, link and
# heading-anchor walk, render) reaches at least 90% of cmark's throughput.
#
#   bash Benchmarks/markdown.sh                 # 10 MB document, 1,000 page files
#   MB=20 PAGES=500 RUNS=7 bash Benchmarks/markdown.sh
#
# Three comparisons, each the best of RUNS, in the same run:
#   one big file   process to process: `cmark big.md` vs `cxbench markdown-once big.md`;
#                  start-up is a few ms against a few hundred, and is also shown alone
#   in-process     our stage (parse, AST walk, render, write) timed inside the process
#                  vs cmark minus its start-up; reading the file is shown on its own
#   per page       1,000 realistic pages one file each: cmark once per file (minus the
#                  same loop over empty files: fork, exec, start-up) vs ours in-process
# Before timing, our HTML with the heading ids taken out must equal cmark's byte for byte.
# Work files go to Benchmarks/work/ (gitignored) and are deleted at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
. Benchmarks/common.bash
MB="${MB:-10}"
PAGES="${PAGES:-1000}"
RUNS="${RUNS:-5}"
WORK="Benchmarks/work/markdown"
trap 'rm -rf "$WORK"' EXIT

require cmark cmark
mkdir -p "$WORK/pages" "$WORK/empty"
build_release cxbench

"$BIN/cxbench" markdown-corpus "$WORK/big.md" "$MB" >/dev/null
"$BIN/cxbench" markdown-pages "$WORK/pages" "$PAGES" >/dev/null
for page in "$WORK"/pages/*.md; do : > "$WORK/empty/${page##*/}"; done
BYTES=$(stat -c %s "$WORK/big.md")
PAGE_BYTES=$(cat "$WORK"/pages/*.md | wc -c)

# Same work: our HTML is cmark's plus an id on each heading.
cmark "$WORK/big.md" > "$WORK/cmark.html"
"$BIN/cxbench" markdown-once "$WORK/big.md" | sed -E 's/<h([1-6]) id="[^"]*">/<h\1>/g' > "$WORK/ours.html"
cmp -s "$WORK/cmark.html" "$WORK/ours.html" || { echo "error: our HTML (ids removed) differs from cmark's" >&2; exit 1; }

# Best wall time of RUNS in seconds.
best() {
    local best="" start end
    for _ in $(seq "$RUNS"); do
        start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N)
        best=$(awk -v b="$best" -v t="$(( end - start ))" 'BEGIN { t /= 1e9; print (b == "" || t < b) ? t : b }')
    done
    echo "$best"
}
each_file() { local tool=$1 folder=$2 file; shift 2; for file in "$folder"/*.md; do "$tool" "$@" "$file"; done; }
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }

cm_big=$(best cmark "$WORK/big.md")
cx_big=$(best "$BIN/cxbench" markdown-once "$WORK/big.md")
cm_start=$(best cmark "$WORK/empty/$(ls "$WORK/empty" | head -1)")
cx_start=$(best "$BIN/cxbench" markdown-once "$WORK/empty/$(ls "$WORK/empty" | head -1)")
in_process=$("$BIN/cxbench" markdown "$WORK/big.md" "$RUNS")
cx_in=$(echo "$in_process" | field stage_ms); cx_load=$(echo "$in_process" | field best_ms); cx_plain=$(echo "$in_process" | field plain_cmark_in_process_ms)
cm_pages=$(best each_file cmark "$WORK/pages")
cm_empty=$(best each_file cmark "$WORK/empty")
per_page=$("$BIN/cxbench" markdown "$WORK/pages" "$RUNS")
cx_pages=$(echo "$per_page" | field stage_ms); cx_pages_load=$(echo "$per_page" | field best_ms)

awk -v bytes="$BYTES" -v pbytes="$PAGE_BYTES" -v pages="$PAGES" -v cb="$cm_big" -v xb="$cx_big" -v cs="$cm_start" -v xs="$cx_start" \
    -v xi="$cx_in" -v xl="$cx_load" -v xp="$cx_plain" -v cp="$cm_pages" -v ce="$cm_empty" -v xpg="$cx_pages" -v xpl="$cx_pages_load" 'BEGIN {
    mb = bytes / 1e6; pmb = pbytes / 1e6
    printf "one %.1f MB file, process to process (start-up: cmark %.1f ms, cxbench %.1f ms)\n", mb, cs * 1e3, xs * 1e3
    printf "  %-34s %8.3f s %8.1f MB/s\n", "cmark", cb, mb / cb
    printf "  %-34s %8.3f s %8.1f MB/s\n", "cxreport narrative path", xb, mb / xb
    printf "  ratio: cxreport throughput / cmark = %.0f%% (target >= 90%%)\n", 100 * cb / xb
    printf "in-process, same file\n"
    printf "  %-34s %8.3f s %8.1f MB/s\n", "cmark minus start-up", cb - cs, mb / (cb - cs)
    printf "  %-34s %8.3f s %8.1f MB/s\n", "cxreport Markdown stage", xi / 1e3, mb / (xi / 1e3)
    printf "  %-34s %8.3f s %8.1f MB/s\n", "  + file read and front matter", xl / 1e3, mb / (xl / 1e3)
    printf "  %-34s %8.3f s %8.1f MB/s\n", "  libcmark alone, from Swift", xp / 1e3, mb / (xp / 1e3)
    printf "  ratio: cxreport throughput / cmark = %.0f%% (target >= 90%%)\n", 100 * (cb - cs) / (xi / 1e3)
    printf "%d pages, one file each (%.1f MB in all)\n", pages, pmb
    printf "  %-34s %8.1f us/page (%.1f with fork and start-up)\n", "cmark minus start-up", (cp - ce) / pages * 1e6, cp / pages * 1e6
    printf "  %-34s %8.1f us/page\n", "cxreport Markdown stage", xpg * 1e3 / pages
    printf "  %-34s %8.1f us/page\n", "  + file read and front matter", xpl * 1e3 / pages
    printf "  ratio: cxreport throughput / cmark = %.0f%% (target >= 90%%)\n", 100 * (cp - ce) / (xpg / 1e3)
}'
