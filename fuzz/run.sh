#!/usr/bin/env bash
# Runs every fuzz target of BUILD_DIR for SECONDS each (`make fuzz`, docs/fuzzing.md).
# Each target works on a copy of its seeds in BUILD_DIR/corpus/<name>/, so the
# source tree is never written; what a crash leaves goes to BUILD_DIR/artifacts/<name>/.
# Prints one line per target and exits 1 if any target found a crash, a leak or a hang.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build=${1:?usage: fuzz/run.sh BUILD_DIR SECONDS}
seconds=${2:?usage: fuzz/run.sh BUILD_DIR SECONDS}
build=$(cd "$build" && pwd)

# The seeds of each target: files and folders of the source tree.
seeds() {
    case $1 in
    json) echo fuzz/corpus/json resources/sample/the-lantern-courier.json ;;
    twee) echo tests/data/twee/*.twee tests/data/twee/*.tw ;;
    twinehtml) echo tests/data/twee/*.html ;;
    graphml) echo tests/data/graphml ;;
    *) echo "fuzz/corpus/$1" ;;
    esac
}

failed=0
for binary in "$build"/bin/fuzz_*; do
    name=${binary##*/fuzz_}
    corpus=$build/corpus/$name
    artifacts=$build/artifacts/$name
    mkdir -p "$corpus" "$artifacts"
    for seed in $(seeds "$name"); do
        if [ -d "$seed" ]; then
            cp -n -- "$seed"/* "$corpus"/ 2>/dev/null || true
        elif [ -f "$seed" ]; then
            cp -n -- "$seed" "$corpus"/
        fi
    done
    log=$build/fuzz-$name.log
    before=$(find "$artifacts" -type f | wc -l)
    touch "$build/fuzz-$name.start"
    # -timeout: one input taking 10 s is a hang; -rss_limit_mb: 2 GB is far past any honest input.
    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1
    status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    after=$(find "$artifacts" -type f | wc -l)
    crashes=$((after - before))
    # A non-zero exit without an artifact (the fuzzer itself failed) counts as one.
    if [ "$status" -ne 0 ] && [ "$crashes" -eq 0 ]; then
        crashes=1
    fi
    echo "fuzz $name: ${execs:-0} execs, $crashes crashes"
    if [ "$crashes" -ne 0 ]; then
        failed=1
        echo "  log: $log" >&2
        find "$artifacts" -type f -newer "$build/fuzz-$name.start" -printf '  artifact: %p\n' >&2 2>/dev/null || true
    fi
done
exit "$failed"
