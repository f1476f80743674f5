#!/usr/bin/env bash
# Times rendering 1,000 charts of mixed kinds (SVG + data table) in a release build.
# Requirement: well under a second in total. Usage: Benchmarks/charts.sh [count]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product cxbench >&2
"$(swift build -c release --show-bin-path)/cxbench" charts "${1:-1000}"
