#!/usr/bin/env bash
# Datasets benchmark: read, validate and fold 1M (and 10M) survey responses with
# cxreport's parallel loader, and compute the same aggregates with DuckDB and pandas
# on the same CSV file, in the same run. Prints times (best of RUNS), peak resident
# memory and the ratios the design asks for: cxreport <= DuckDB, cxreport <= pandas/4,
# peak RSS < 100 MB at every size, time linear in rows.
#
#   bash Benchmarks/data.sh                 # 1M and 10M rows
#   ROWS="1000000" RUNS=5 bash Benchmarks/data.sh
#
# Data goes to Benchmarks/work/ (gitignored) and is deleted at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
. Benchmarks/common.bash
ROWS="${ROWS:-1000000 10000000}"
RUNS="${RUNS:-3}"
WORK="Benchmarks/work/data"
trap 'rm -rf "$WORK"' EXIT

python3 -c "import duckdb, pandas" 2>/dev/null || python3 -m pip install --quiet duckdb pandas
require /usr/bin/time time
mkdir -p "$WORK"
build_release cxbench cxreport

# The roles the fold validates: 21 columns (date, 3 segments, NPS, CSAT, CES, outcome,
# 5 drivers, 3 expectation pairs, 1 sacrifice pair). Customer ids and comments are not
# mapped: the fold does not use them.
config() {
cat <<'YAML'
title: benchmark
periods: quarter
datasets:
  responses:
    file: content/data/responses.csv
    missing: ["", "NA", "N/A", "Don't know"]
    columns:
      id: response_id
      date: submitted_at
      segments: [region, channel, product]
      nps: likelihood_to_recommend
      csat: { column: satisfaction, scale: [1, 5] }
      ces: { column: effort, scale: [1, 7] }
      outcome: { column: satisfied, positive: ["yes"], negative: ["no"] }
      drivers: [product_quality, delivery, support, price, website]
      expectations:
        reliability: { columns: [exp_reliability, perc_reliability], scale: [1, 7] }
        responsiveness: { columns: [exp_responsiveness, perc_responsiveness], scale: [1, 7] }
        empathy: { columns: [exp_empathy, perc_empathy], scale: [1, 7] }
      sacrifice: { delivery_speed: [wanted_delivery_days, received_delivery_days] }
YAML
}

# The same aggregates in SQL and pandas: per quarter and per segment column, the
# row count, NPS answers, promoter and detractor shares, and means of CSAT, CES,
# the outcome, the five drivers, the expectation gaps and the sacrifice gap.
cat > "$WORK/reference.py" <<'PY'
import sys, time, resource
tool, path = sys.argv[1], sys.argv[2]
keys = ["quarter", "region", "channel", "product"]
if tool == "duckdb":
    import duckdb
    start = time.perf_counter()
    con = duckdb.connect()
    measures = """count(*) AS n, count(likelihood_to_recommend) AS nps_n,
        avg(CASE WHEN likelihood_to_recommend >= 9 THEN 1.0 WHEN likelihood_to_recommend IS NOT NULL THEN 0.0 END) AS promoters,
        avg(CASE WHEN likelihood_to_recommend <= 6 THEN 1.0 WHEN likelihood_to_recommend IS NOT NULL THEN 0.0 END) AS detractors,
        avg(satisfaction), avg(effort), avg(CASE satisfied WHEN 'yes' THEN 1.0 WHEN 'no' THEN 0.0 END),
        avg(product_quality), avg(delivery), avg(support), avg(price), avg(website),
        avg(perc_reliability - exp_reliability), avg(perc_responsiveness - exp_responsiveness),
        avg(perc_empathy - exp_empathy), avg(wanted_delivery_days - received_delivery_days)"""
    rows = con.execute(f"""
        WITH r AS (SELECT *, year(submitted_at) || '-Q' || quarter(submitted_at) AS quarter
                   FROM read_csv('{path}', nullstr = ['', 'NA', 'N/A', 'Don''t know']))
        SELECT quarter, region, channel, product, {measures}
        FROM r GROUP BY GROUPING SETS ((quarter), (region), (channel), (product))""").fetchall()
else:
    import pandas as pd
    start = time.perf_counter()
    frame = pd.read_csv(path, na_values=["", "NA", "N/A", "Don't know"], keep_default_na=False)
    frame["quarter"] = frame["submitted_at"].str.slice(0, 4) + "-Q" + ((frame["submitted_at"].str.slice(5, 7).astype(int) - 1) // 3 + 1).astype(str)
    nps = frame["likelihood_to_recommend"]
    frame["promoter"] = (nps >= 9).where(nps.notna())
    frame["detractor"] = (nps <= 6).where(nps.notna())
    frame["outcome"] = frame["satisfied"].map({"yes": 1.0, "no": 0.0})
    for name in ["reliability", "responsiveness", "empathy"]:
        frame["gap_" + name] = frame["perc_" + name] - frame["exp_" + name]
    frame["sacrifice"] = frame["wanted_delivery_days"] - frame["received_delivery_days"]
    columns = ["promoter", "detractor", "satisfaction", "effort", "outcome", "product_quality", "delivery", "support",
               "price", "website", "gap_reliability", "gap_responsiveness", "gap_empathy", "sacrifice"]
    rows = []
    for key in keys:
        grouped = frame.groupby(key)
        result = grouped[columns].mean()
        result["n"] = grouped.size()
        result["nps_n"] = grouped["likelihood_to_recommend"].count()
        rows.append(result)
seconds = time.perf_counter() - start
groups = len(rows) if tool == "duckdb" else sum(len(r) for r in rows)
print(f"tool={tool} groups={groups} seconds={seconds:.3f}")
PY

best() { sort -n | head -1; }
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }

printf "%-10s %-9s %10s %10s %12s\n" rows tool seconds peak_MB "MB_of_csv"
declare -A CX
for rows in $ROWS; do
    project="$WORK/p$rows"
    mkdir -p "$project"
    config > "$project/cxreport.yml"
    "$BIN/cxreport" sample --responses "$rows" --seed 42 --datasets responses --out "$project/content/data" >/dev/null
    csv="$project/content/data/responses.csv"
    size=$(awk "BEGIN {printf \"%.0f\", $(stat -c %s "$csv")/1e6}")
    cx=(); duck=(); pand=(); cxrss=(); duckrss=(); pandrss=()
    for run in $(seq "$RUNS"); do
        out=$(/usr/bin/time -v "$BIN/cxbench" data "$project" 2>"$WORK/time.txt"); cx+=("$(echo "$out" | field seconds)"); cxrss+=("$(rss_mb < "$WORK/time.txt")")
        problems=$(echo "$out" | field problems)
        out=$(/usr/bin/time -v python3 "$WORK/reference.py" duckdb "$csv" 2>"$WORK/time.txt"); duck+=("$(echo "$out" | field seconds)"); duckrss+=("$(rss_mb < "$WORK/time.txt")")
        if [ "$rows" -le 2000000 ] || [ "${PANDAS_BIG:-1}" = 1 ]; then
            out=$(/usr/bin/time -v python3 "$WORK/reference.py" pandas "$csv" 2>"$WORK/time.txt"); pand+=("$(echo "$out" | field seconds)"); pandrss+=("$(rss_mb < "$WORK/time.txt")")
        fi
    done
    c=$(printf "%s\n" "${cx[@]}" | best); d=$(printf "%s\n" "${duck[@]}" | best); p=$(printf "%s\n" "${pand[@]}" | best)
    printf "%-10s %-9s %10s %10s %12s\n" "$rows" cxreport "$c" "$(printf "%s\n" "${cxrss[@]}" | sort -n | tail -1)" "$size"
    printf "%-10s %-9s %10s %10s %12s\n" "$rows" duckdb "$d" "$(printf "%s\n" "${duckrss[@]}" | sort -n | tail -1)" "$size"
    printf "%-10s %-9s %10s %10s %12s\n" "$rows" pandas "$p" "$(printf "%s\n" "${pandrss[@]}" | sort -n | tail -1)" "$size"
    awk -v c="$c" -v d="$d" -v p="$p" -v r="$rows" -v e="$problems" 'BEGIN {
        printf "ratios %s rows: cxreport/duckdb = %.2f (target <= 1), cxreport/pandas = %.2f (target <= 0.25); data problems found: %s\n", r, c/d, c/p, e }'
    CX[$rows]=$c
    rm -rf "$project"
done
set -- $ROWS
if [ $# -ge 2 ]; then
    awk -v a="${CX[$1]}" -v b="${CX[$2]}" -v ra="$1" -v rb="$2" 'BEGIN {
        printf "linearity: time per row at %s rows / at %s rows = %.2f (1.00 is linear)\n", rb, ra, (b/rb)/(a/ra) }'
fi
