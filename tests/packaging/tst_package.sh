#!/usr/bin/env bash
# Builds the .deb with cpack into a scratch folder, unpacks it with dpkg -x and checks what it
# installs: the exact file list, a computed Depends, the desktop, AppStream and MIME files
# (validated when the tools are there), the man page and the installed programs.
# Usage: tst_package.sh BUILD_DIR RYUK   (exit 0 pass, 1 fail, 77 skipped)
set -uo pipefail
# shellcheck source=../common/skip.sh
source "$(dirname "${BASH_SOURCE[0]}")/../common/skip.sh"

build=$1 ryuk=$2
app_id=io.github.ryuk.RyukStudio
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

for tool in cpack dpkg-deb dpkg-shlibdeps; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        skip "$tool is not installed (apt-get install cmake dpkg-dev)"
    fi
done

scratch=$(mktemp -d)
trap 'rm -rf -- "$scratch"' EXIT

# -B keeps the build folder's own packages/ untouched.
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/packages" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log"
    fail "cpack -G DEB failed"
    exit 1
fi
debs=("$scratch"/packages/ryuk-studio_*.deb)
if ((${#debs[@]} != 1)) || [[ ! -f ${debs[0]} ]]; then
    fail "cpack made no single ryuk-studio .deb: ${debs[*]}"
    exit 1
fi
deb=${debs[0]}
ok "built $(basename "$deb")"

root=$scratch/root
dpkg-deb -x "$deb" "$root" || { fail "dpkg -x failed"; exit 1; }

# The exact file list.
expected=$(
    cat <<LIST
/usr/bin/ryuk
/usr/bin/ryuk-studio
/usr/share/applications/$app_id.desktop
/usr/share/icons/hicolor/128x128/apps/$app_id.png
/usr/share/icons/hicolor/16x16/apps/$app_id.png
/usr/share/icons/hicolor/24x24/apps/$app_id.png
/usr/share/icons/hicolor/256x256/apps/$app_id.png
/usr/share/icons/hicolor/32x32/apps/$app_id.png
/usr/share/icons/hicolor/48x48/apps/$app_id.png
/usr/share/icons/hicolor/512x512/apps/$app_id.png
/usr/share/icons/hicolor/64x64/apps/$app_id.png
/usr/share/icons/hicolor/scalable/apps/$app_id.svg
/usr/share/man/man1/ryuk.1.gz
/usr/share/metainfo/$app_id.metainfo.xml
/usr/share/mime/packages/ryuk-studio.xml
/usr/share/ryuk-studio/the-lantern-courier.json
LIST
)
actual=$(cd "$root" && find . ! -type d | sed 's|^\.||' | LC_ALL=C sort)
if [[ $actual == "$(LC_ALL=C sort <<<"$expected")" ]]; then
    ok "file list ($(wc -l <<<"$actual") files)"
else
    fail "file list differs (- expected, + in the package):"
    diff <(LC_ALL=C sort <<<"$expected") <(echo "$actual") | grep '^[<>]' | sed 's/^</  -/; s/^>/  +/'
fi

# Control fields: the name, and Depends computed by dpkg-shlibdeps, not listed by hand.
[[ $(dpkg-deb -f "$deb" Package) == ryuk-studio ]] || fail "Package is not ryuk-studio"
[[ $(dpkg-deb -f "$deb" Section) == graphics ]] || fail "Section is not graphics"
[[ -n $(dpkg-deb -f "$deb" Maintainer) ]] || fail "no Maintainer"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in 'libqt6widgets6 (>= ' 'libqt6core6 (>= ' 'libsqlite3-0 (>= ' 'libc6 (>= '; do
    [[ $depends == *"$lib"* ]] || fail "Depends lacks \"$lib…\": $depends"
done
ok "Depends: $depends"

# The programs run from where the package puts them.
version=$(dpkg-deb -f "$deb" Version)
out=$("$root/usr/bin/ryuk" --version 2>&1)
[[ $out == "ryuk $version" ]] && ok "usr/bin/ryuk --version: $out" || fail "usr/bin/ryuk --version printed: $out"

# The desktop file: valid, opens stories, named like its icon.
desktop=$root/usr/share/applications/$app_id.desktop
if command -v desktop-file-validate >/dev/null 2>&1; then
    if messages=$(desktop-file-validate "$desktop" 2>&1) && [[ -z $messages ]]; then
        ok "desktop-file-validate"
    else
        fail "desktop-file-validate: $messages"
    fi
else
    skip_check "desktop-file-validate is not installed (apt-get install desktop-file-utils)"
fi
for line in 'Exec=ryuk-studio %f' 'MimeType=application/x-ryuk-story;' "Icon=$app_id" 'Type=Application'; do
    grep -qxF "$line" "$desktop" || fail "the desktop file lacks the line: $line"
done

# The AppStream file.
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
if command -v appstreamcli >/dev/null 2>&1; then
    if messages=$(appstreamcli validate --no-net "$metainfo" 2>&1); then
        ok "appstreamcli validate --no-net"
    else
        fail "appstreamcli validate: $messages"
    fi
else
    skip_check "appstreamcli is not installed (apt-get install appstream)"
fi
for needle in "<id>$app_id</id>" "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" \
    '<content_rating type="oars-1.1"/>' "<release version=\"$version\"" '/docs/images/ryuk-studio.png</image>'; do
    grep -qF "$needle" "$metainfo" || fail "the metainfo file lacks: $needle"
done

# The MIME type: compile the package's definition alone and look the type up by name and magic.
if command -v update-mime-database >/dev/null 2>&1; then
    mime=$scratch/mime
    mkdir -p "$mime/packages"
    cp "$root/usr/share/mime/packages/ryuk-studio.xml" "$mime/packages/"
    # Run as if the scratch folder were a data dir, so it does not warn about the search path.
    if ! messages=$(XDG_DATA_HOME=$scratch XDG_DATA_DIRS=$scratch update-mime-database "$mime" 2>&1) || [[ -n $messages ]]; then
        fail "update-mime-database: $messages"
    elif ! grep -qxF 'application/x-ryuk-story:*.ryuk' "$mime/globs" && ! grep -qF ':application/x-ryuk-story:*.ryuk' "$mime/globs2"; then
        fail "no *.ryuk glob for application/x-ryuk-story"
    elif ! grep -qaF 'application/x-ryuk-story' "$mime/magic"; then
        fail "no magic for application/x-ryuk-story"
    else
        ok "MIME type application/x-ryuk-story (glob *.ryuk, SQLite magic)"
    fi
else
    skip_check "update-mime-database is not installed (apt-get install shared-mime-info)"
fi

# The man page: gzipped troff that formats cleanly and names every command of `ryuk help`.
page=$scratch/ryuk.1
if ! gzip -dc "$root/usr/share/man/man1/ryuk.1.gz" >"$page"; then
    fail "ryuk.1.gz is not gzip"
else
    if command -v groff >/dev/null 2>&1; then
        messages=$(groff -man -ww -z "$page" 2>&1)
        [[ -z $messages ]] && ok "groff -man -ww: no warnings" || fail "groff warnings: $messages"
    else
        skip_check "groff is not installed (apt-get install groff-base)"
    fi
    commands=$("$ryuk" help | sed -n '/^Commands:/,/^$/s/^  \([a-z]*\) .*/\1/p')
    [[ -n $commands ]] || fail "no commands in \`ryuk help\`"
    missing=()
    for command in $commands; do
        grep -q "^\.B ryuk $command\( \|$\)" "$page" || missing+=("$command")
    done
    ((${#missing[@]} == 0)) && ok "man page lists all $(wc -w <<<"$commands") commands" \
        || fail "the man page lacks: ${missing[*]}"
    [[ $(grep -c '^Example:$' "$page") == $(wc -w <<<"$commands") ]] || fail "not one example per command"
fi

if ((failures)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all package checks passed"
