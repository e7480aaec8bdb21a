#!/usr/bin/env bash
# Regenerates the user guide's pictures of the main window (docs/images/*.png) from the real
# program under Xvfb, in English and Japanese, on the sample story. Run it after UI changes.
#
# Usage: docs/screenshots.sh [OUT_DIR [RYUK_STUDIO [RYUK]]]
#   OUT_DIR      where the PNGs go (default: docs/images)
#   RYUK_STUDIO  the editor to picture (default: build/bin/ryuk-studio)
#   RYUK         the command line, to make the sample story (default: build/bin/ryuk)
# Exit status: 0 done, 1 a picture failed, 77 xvfb-run is missing (nothing was done).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$root/docs/images}
studio=${2:-$root/build/bin/ryuk-studio}
ryuk=${3:-$root/build/bin/ryuk}

if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "screenshots.sh: xvfb-run not found; install it with: apt-get install xvfb xauth" >&2
    exit 77
fi
for program in "$studio" "$ryuk"; do
    if [[ ! -x $program ]]; then
        echo "screenshots.sh: $program not found; build first (make build)" >&2
        exit 1
    fi
done
mkdir -p "$out"

work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT
story=$work/the-lantern-courier.ryuk
"$ryuk" init "$story" --sample >/dev/null

# Private settings: the user's window geometry, recent files and language stay out of the
# pictures, and the pictures leave nothing in the user's settings.
export XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM QT_SCALE_FACTOR

# shot LANGUAGE FILE [OPTION…]: one picture of the main window with the sample story open, a scene
# selected (so the inspector shows it) and the canvas at 100 % around it.
shot() {
    xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$studio" --language "$1" --focus s05 --screenshot "$out/$2" "${@:3}" "$story"
    echo "$out/$2"
}
shot en ryuk-studio.png
shot ja ryuk-studio-ja.png
shot en ryuk-studio-profiler.png --show-dock profilerDock
