#!/usr/bin/env bash
# Installs the Debian packages listed in packaging/debian/build-depends that are not installed yet.
#
# Silent and apt-free when everything is present, so `make` can call it on every run.
# Usage: install-build-deps.sh [LIST]   (LIST defaults to packaging/debian/build-depends)
set -euo pipefail

list=${1:-"$(dirname "${BASH_SOURCE[0]}")/debian/build-depends"}
if [[ ! -r $list ]]; then
    echo "install-build-deps.sh: cannot read package list: $list" >&2
    exit 2
fi

# One name per line; '#' starts a comment; blank lines are ignored.
wanted=()
while IFS= read -r line || [[ -n $line ]]; do
    read -ra words <<<"${line%%#*}"
    wanted+=("${words[@]}")
done <"$list"
((${#wanted[@]})) || exit 0

# A single dpkg-query for the whole list keeps the common case fast. It exits non-zero
# when a name is unknown to dpkg, which just means "missing" here.
declare -A installed=()
while read -r name status; do
    # "deinstall ok config-files" and half-installed states count as missing.
    if [[ $status == *" ok installed" ]]; then
        installed[$name]=1
    fi
done < <(dpkg-query -W -f='${Package} ${Status}\n' "${wanted[@]}" 2>/dev/null || true)

missing=()
for pkg in "${wanted[@]}"; do
    [[ -n ${installed[${pkg%%:*}]:-} ]] || missing+=("$pkg")
done
((${#missing[@]})) || exit 0

echo "Missing build dependencies: ${missing[*]}" >&2
install=(apt-get install -y --no-install-recommends "${missing[@]}")

# stdin comes from /dev/null so nothing can stop to ask a question (CI has no terminal).
if ((EUID == 0)); then
    apt-get update </dev/null
    DEBIAN_FRONTEND=noninteractive "${install[@]}" </dev/null
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    # sudo resets the environment, so pass DEBIAN_FRONTEND through env.
    sudo -n apt-get update </dev/null
    sudo -n env DEBIAN_FRONTEND=noninteractive "${install[@]}" </dev/null
else
    echo "Install them with:" >&2
    echo "sudo ${install[*]}"
    exit 1
fi
