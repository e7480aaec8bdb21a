# Sourced by the shell test scripts: how a check that cannot run ends.
# skip MESSAGE: exit 77 (CTest's SKIP_RETURN_CODE) on a developer's machine; under CI, where
# every tool the tests need is installed from packaging/debian/build-depends, a check that
# cannot run is a failure, so a missing package cannot hide behind a green run.
skip() {
    if [[ -n ${CI:-} ]]; then
        echo "FAIL: $* (CI is set, so a skipped check fails)"
        exit 1
    fi
    echo "SKIP: $*"
    exit 77
}

# skip_check MESSAGE: one check of several cannot run; the script goes on. Under CI it fails.
skip_check() {
    if [[ -n ${CI:-} ]]; then
        echo "FAIL: $* (CI is set, so a skipped check fails)"
        failures=$((failures + 1))
    else
        echo "SKIP: $*"
    fi
}
