#!/usr/bin/env bash
# Checks how `ryuk-studio --screenshot` fails (offscreen), then runs docs/screenshots.sh
# headless into a scratch folder and checks it leaves the two pictures, as real PNGs of a
# window. The pictures themselves are not compared.
# Usage: tst_screenshots.sh SCREENSHOTS_SH RYUK_STUDIO RYUK   (exit 77 = skipped)
set -euo pipefail
# shellcheck source=../common/skip.sh
source "$(dirname "${BASH_SOURCE[0]}")/../common/skip.sh"

script=$1 studio=$2 ryuk=$3
out=$(mktemp -d)
trap 'rm -rf -- "$out"' EXIT
status=0

# expect_failure MESSAGE ARGS...: ryuk-studio exits 1 and says MESSAGE on its last line.
expect_failure() {
    local message=$1 rc=0
    shift
    QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$out/config "$studio" "$@" >"$out/stdout" 2>"$out/stderr" || rc=$?
    local said
    said=$(grep -v -e '^QStandardPaths:' -e 'propagateSizeHints' "$out/stderr" | tail -n 1)
    if [[ $rc != 1 || $said != "$message" ]]; then
        echo "FAIL: ryuk-studio $*: exit $rc, said: $said"
        echo "      expected exit 1 and: $message"
        status=1
    else
        echo "ok: ryuk-studio $* fails with: $message"
    fi
}
expect_failure 'ryuk-studio: unknown language “xx”; available: en, ja' --language xx
expect_failure "ryuk-studio: cannot write the screenshot $out/none/shot.png." --language en --screenshot "$out/none/shot.png"
expect_failure "ryuk-studio: $out/missing.ryuk: no such story file" --language en --screenshot "$out/shot.png" "$out/missing.ryuk"
expect_failure "ryuk-studio: there is no dock named nowhereDock." --language en --show-dock nowhereDock --screenshot "$out/shot.png"

if ! command -v xvfb-run >/dev/null 2>&1; then
    skip "xvfb-run is not installed (apt-get install xvfb xauth)"
fi

"$script" "$out" "$studio" "$ryuk"

for name in ryuk-studio.png ryuk-studio-ja.png ryuk-studio-profiler.png; do
    file=$out/$name
    if [[ ! -s $file ]]; then
        echo "FAIL: $name is missing or empty"
        status=1
        continue
    fi
    # The PNG signature, then the IHDR chunk's width and height (big-endian, bytes 16-23).
    signature=$(od -An -tx1 -N8 "$file" | tr -d ' \n')
    read -r width height < <(od -An -tu1 -j16 -N8 "$file" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
    if [[ $signature != 89504e470d0a1a0a ]]; then
        echo "FAIL: $name is not a PNG"
        status=1
    elif ((width < 640 || height < 400)); then
        echo "FAIL: $name is ${width}x${height}, smaller than a main window"
        status=1
    else
        echo "ok: $name ${width}x${height}, $(stat -c %s "$file") bytes"
    fi
done
exit $status
