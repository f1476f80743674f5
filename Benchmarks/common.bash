# Helpers the benchmark scripts source (`. Benchmarks/common.bash`, from the repository
# root); not a benchmark itself, so not named *.sh (run-all.sh runs every *.sh).

# require COMMAND PACKAGE: COMMAND on the PATH (or at that path), installed with apt-get
# when missing and we are root; otherwise an error that names the command to run.
require() {
    local command=$1 package=$2
    command -v "$command" >/dev/null && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package") >/dev/null
    else echo "error: $command is missing: sudo apt-get install -y $package" >&2; exit 1; fi
}

# build_release PRODUCT...: release builds of the products, their log ($WORK/build.log)
# shown only when one fails; sets BIN to the folder of the binaries.
build_release() {
    local product
    for product in "$@"; do
        swift build -c release --product "$product" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
    done
    BIN="$(swift build -c release --show-bin-path)"
}

# rss_mb < FILE: peak resident set size in MiB (2^20 bytes; the README's "MB" figures are
# these), from the output of `/usr/bin/time -v`.
rss_mb() { sed -n 's/.*Maximum resident set size (kbytes): \([0-9]*\).*/\1/p' | awk '{printf "%.1f", $1/1024}'; }
