#!/usr/bin/env bash
# A 1,000-page documentation site: `cxreport build` against Hugo (Debian package hugo)
# on the same generated pages. Target: cxreport takes no more time than Hugo.
#
#   bash Benchmarks/site.sh                     # 1,000 pages, best of 3
#   PAGES=2000 RUNS=5 bash Benchmarks/site.sh
#
# `cxbench site-corpus` writes both sites from the same Markdown (about 1,000 words a
# page: headings, lists, emphasis, links between pages, code, quotes): a cxreport
# project with no datasets and its built-in layout, and a Hugo site with no theme whose
# three layouts (baseof, single, list) produce the same page: navigation to every page,
# a table of contents, previous/next links, heading anchors, and a sitemap.
# Both are timed end to end as release binaries from a clean output folder, alternately,
# best of RUNS. Work files go to Benchmarks/work/ (gitignored) and are deleted at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
. Benchmarks/common.bash
PAGES="${PAGES:-1000}"
RUNS="${RUNS:-3}"
WORK="Benchmarks/work/site"
trap 'rm -rf "$WORK"' EXIT

require hugo hugo
mkdir -p "$WORK"
build_release cxbench cxreport
"$BIN/cxbench" site-corpus "$WORK" "$PAGES" >/dev/null
OUT="$(pwd)/$WORK"

elapsed() { local start end; start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N); awk -v t="$(( end - start ))" 'BEGIN { print t / 1e9 }'; }
cx=(); hu=()
for _ in $(seq "$RUNS"); do
    rm -rf "$OUT/cx-out" "$OUT/hugo-out"
    cx+=("$(elapsed "$BIN/cxreport" build --quiet --project "$WORK/cxreport" --output "$OUT/cx-out")")
    hu+=("$(elapsed hugo --quiet --source "$WORK/hugo" --destination "$OUT/hugo-out")")
done
c=$(printf "%s\n" "${cx[@]}" | sort -n | head -1)
h=$(printf "%s\n" "${hu[@]}" | sort -n | head -1)
files() { find "$1" -name '*.html' | wc -l; }
size() { du -sm "$1" | cut -f1; }
printf "%-9s %9s %7s %9s\n" tool seconds pages MB_out
printf "%-9s %9.2f %7s %9s\n" cxreport "$c" "$(files "$OUT/cx-out")" "$(size "$OUT/cx-out")"
printf "%-9s %9.2f %7s %9s\n" hugo "$h" "$(files "$OUT/hugo-out")" "$(size "$OUT/hugo-out")"
awk -v c="$c" -v h="$h" -v p="$PAGES" 'BEGIN { printf "ratio %s pages: cxreport/hugo = %.2f (target <= 1)\n", p, c / h }'
