#!/usr/bin/env bash
# Johnson's relative weights for 40 drivers (eigendecomposition included), release build.
# Usage: Benchmarks/drivers.sh [drivers] [runs]    Target: ms_per_run < 10 for 40 drivers.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product cxbench
.build/release/cxbench drivers "$@"
