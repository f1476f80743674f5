#!/usr/bin/env bash
# Runs every benchmark under Benchmarks/ in turn (`make bench`): charts, drivers, data,
# markdown, site, then any other *.sh added later (text, serve, …). A benchmark whose
# reference tool is missing and cannot be installed is skipped with a message; one
# that fails is reported and the others still run. Exit status 1 if any failed.
# data.sh runs 1M rows only here (its 10M-row run takes long): ROWS=... to change.
#
#   bash Benchmarks/run-all.sh            # all, a few minutes on two cores
#   bash Benchmarks/run-all.sh markdown site
set -uo pipefail
cd "$(dirname "$0")/.."
export ROWS="${ROWS:-1000000}"

# A reference command the benchmark needs: present, or installable with apt-get as root.
available() {
    local command=$1 package=$2
    command -v "$command" >/dev/null && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package") >/dev/null 2>&1 && return 0
    fi
    echo "skipped: $command is missing (sudo apt-get install -y $package)"
    return 1
}
prerequisites() {
    case "$1" in
        markdown) available cmark cmark ;;
        site) available hugo hugo ;;
        data) available python3 python3 ;;
        *) return 0 ;;
    esac
}

if [ $# -gt 0 ]; then names=("$@"); else
    names=(charts drivers data markdown site)
    for script in Benchmarks/*.sh; do
        name=$(basename "$script" .sh)
        case " ${names[*]} run-all " in *" $name "*) ;; *) names+=("$name") ;; esac
    done
fi

failed=()
for name in "${names[@]}"; do
    echo "== $name"
    [ -f "Benchmarks/$name.sh" ] || { echo "skipped: no Benchmarks/$name.sh"; continue; }
    prerequisites "$name" || continue
    start=$(date +%s)
    if bash "Benchmarks/$name.sh"; then echo "($name: $(( $(date +%s) - start )) s)"
    else failed+=("$name"); echo "FAILED: $name"; fi
done
[ ${#failed[@]} -eq 0 ] || { echo "failed: ${failed[*]}"; exit 1; }
