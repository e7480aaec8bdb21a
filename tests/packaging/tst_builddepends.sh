#!/usr/bin/env bash
# Proves packaging/debian/build-depends is complete: configures the project afresh with CMake's
# JSON trace, maps every file CMake read (and every tool the build and the tests run) to the
# Debian package that owns it, and fails naming each owner that is neither listed nor pulled in
# by a listed package. A developer's machine may hold packages a fresh Debian 12 lacks; this
# test sees the difference there, not only in a fresh chroot.
# Usage: tst_builddepends.sh SOURCE_DIR [TOOL…]   (exit 0 pass, 1 fail, 77 skipped)
set -uo pipefail

source_dir=$(cd "$1" && pwd -P)
shift
list=$source_dir/packaging/debian/build-depends

# shellcheck source=../common/skip.sh
source "$(dirname "${BASH_SOURCE[0]}")/../common/skip.sh"
command -v dpkg-query >/dev/null 2>&1 || skip "dpkg-query is missing: this is not a Debian system"
[[ -r $list ]] || { echo "FAIL: cannot read $list"; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf -- "$scratch"' EXIT

# 1. Configure into a scratch folder with the same generator and options as `make`, tracing
#    every CMake command with the file it came from.
if ! cmake -S "$source_dir" -B "$scratch/build" -G Ninja -DRYUK_WERROR=ON \
    --trace-format=json-v1 --trace-redirect="$scratch/trace.json" >"$scratch/configure.log" 2>&1; then
    cat "$scratch/configure.log"
    echo "FAIL: cmake could not configure the project"
    exit 1
fi

# Files CMake read: every traced command's file, and every file path in the cache (compilers,
# libraries found with find_library, programs found with find_program).
{
    sed -n 's/.*"file":"\([^"]*\)".*/\1/p' "$scratch/trace.json"
    sed -n 's/^[A-Za-z0-9_.+-]*:\(FILEPATH\|STRING\|PATH\|INTERNAL\)=\(\/.*\)$/\2/p' "$scratch/build/CMakeCache.txt"
} | LC_ALL=C sort -u >"$scratch/candidates"

: >"$scratch/files"
while IFS= read -r path; do
    [[ -f $path ]] || continue
    case $path in "$source_dir"/* | "$scratch"/*) continue ;; esac
    echo "$path" >>"$scratch/files"
    # dpkg records the path a package ships, which may be a link's target or the other side
    # of /usr merging; keep both spellings.
    real=$(readlink -f -- "$path")
    [[ $real != "$path" ]] && echo "$real" >>"$scratch/files"
done <"$scratch/candidates"

# 2. The tools the build and the tests call by name, and libFuzzer's runtime for `make fuzz`.
if command -v clang >/dev/null 2>&1; then
    echo "$(clang --print-runtime-dir)/libclang_rt.fuzzer-x86_64.a" >>"$scratch/files"
fi
for tool in "$@"; do
    found=$(command -v "$tool") || { echo "FAIL: the tool $tool is not installed, so no package provides it"; exit 1; }
    echo "$found" >>"$scratch/files"
    echo "$(readlink -f -- "$found")" >>"$scratch/files"
done
LC_ALL=C sort -u -o "$scratch/files" "$scratch/files"

# 3. Owners. dpkg -S prints "pkg[, pkg…]: path"; unowned paths (CMake's generated files, a
#    link dpkg does not know by that name) go to stderr and are judged by their other spelling.
declare -A owner_of=()
while IFS= read -r line; do
    packages=${line%%: /*}
    path=${line#*: }
    [[ $packages == diversion* ]] && continue
    owner_of[$path]=$packages
done < <(tr '\n' '\0' <"$scratch/files" | xargs -0 dpkg-query -S 2>/dev/null)

# 4. What a fresh system has: the listed packages, everything they depend on (any installed
#    alternative or provider), and the essential and required packages debootstrap installs.
declare -A provides=() depends=() present=()
while IFS='|' read -r name essential priority deps provided; do
    depends[$name]=$deps
    [[ $essential == yes || $priority == required ]] && present[$name]=1
    IFS=',' read -ra items <<<"$provided"
    for item in "${items[@]}"; do
        read -r virtual _ <<<"$item"
        [[ -n $virtual ]] && provides[$virtual]+=" $name"
    done
done < <(dpkg-query -W -f='${db:Status-Abbrev}|${Package}|${Essential}|${Priority}|${Depends}, ${Pre-Depends}|${Provides}\n' |
    sed -n 's/^ii *|//p')
present[apt]=1

queue=()
while IFS= read -r line || [[ -n $line ]]; do
    read -ra words <<<"${line%%#*}"
    queue+=("${words[@]}")
done <"$list"
listed=("${queue[@]}")
declare -A wanted=()
while ((${#queue[@]})); do
    name=${queue[0]%%:*}
    queue=("${queue[@]:1}")
    [[ -n ${wanted[$name]:-} ]] && continue
    wanted[$name]=1
    IFS=',' read -ra items <<<"${depends[$name]:-}"
    for item in "${items[@]}"; do
        IFS='|' read -ra alternatives <<<"$item"
        for alternative in "${alternatives[@]}"; do
            read -r dep _ <<<"$alternative"
            dep=${dep%%:*}
            [[ -z $dep ]] && continue
            if [[ -n ${depends[$dep]+set} ]]; then
                queue+=("$dep")
            fi
            for provider in ${provides[$dep]:-}; do queue+=("$provider"); done
        done
    done
done

# 5. Every owner must be wanted or present. A path owned by several packages is fine when any
#    one of them is.
declare -A missing=()
checked=0
for path in "${!owner_of[@]}"; do
    checked=$((checked + 1))
    IFS=',' read -ra owners <<<"${owner_of[$path]}"
    covered=
    for candidate in "${owners[@]}"; do
        candidate=${candidate// /}
        candidate=${candidate%%:*}
        [[ -n ${wanted[$candidate]:-} || -n ${present[$candidate]:-} ]] && covered=1
    done
    first=${owners[0]// /}
    [[ -n $covered ]] || missing[${first%%:*}]+="    $path"$'\n'
done

if ((checked == 0)); then
    echo "FAIL: no file CMake read was owned by any package; the trace was not understood"
    exit 1
fi
if ((${#missing[@]})); then
    for package in $(printf '%s\n' "${!missing[@]}" | LC_ALL=C sort); do
        echo "FAIL: packaging/debian/build-depends lacks $package, which owns:"
        printf '%s' "${missing[$package]}" | LC_ALL=C sort | head -n 5
    done
    echo "${#missing[@]} package(s) missing from packaging/debian/build-depends"
    exit 1
fi
echo "ok: ${#listed[@]} listed packages cover the $checked files and tools the build reads and runs (${#wanted[@]} packages with their dependencies)"
