#!/usr/bin/env bash
# Installs the system packages okr-coach builds against, only when they are missing.
# Debian/Ubuntu: libedit-dev (line editing) and pkg-config (to find it).
# With --test, also what the tests run: bash, zsh and fish (completion scripts) and groff (the man page), and when
# it can, headless Chromium and pdftotext (the HTML handout's browser test, which is skipped without them).
set -euo pipefail

missing=()
optional=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if ! pkg-config --exists libedit 2>/dev/null || [ ! -f /usr/include/histedit.h ]; then
    missing+=(libedit-dev)
fi
if [ "${1:-}" = --test ]; then
    for shell in bash zsh fish; do
        [ -x "/usr/bin/$shell" ] || missing+=("$shell")
    done
    command -v groff >/dev/null 2>&1 || missing+=(groff-base)
    command -v chromium-headless-shell >/dev/null 2>&1 || command -v chromium >/dev/null 2>&1 \
        || optional+=(chromium-headless-shell)
    command -v pdftotext >/dev/null 2>&1 || optional+=(poppler-utils)
fi
[ ${#missing[@]} -eq 0 ] && [ ${#optional[@]} -eq 0 ] && exit 0

skipped() {
    echo "okr-coach: ${optional[*]} not installed ($1): the HTML handout's browser test will be skipped." >&2
}

if ! command -v apt-get >/dev/null 2>&1; then
    [ ${#missing[@]} -eq 0 ] && { skipped "no apt-get"; exit 0; }
    echo "okr-coach needs: ${missing[*]}. Install them with your system's package manager, then run make again." >&2
    exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
elif command -v sudo >/dev/null 2>&1 && [ -t 0 ]; then
    sudo=(sudo)
else
    [ ${#missing[@]} -eq 0 ] && { skipped "installing needs root"; exit 0; }
    echo "okr-coach needs: ${missing[*]}, and installing them needs root." >&2
    echo "Run: sudo apt-get install -y ${missing[*]}    then run make again." >&2
    exit 1
fi

wanted=("${missing[@]}" "${optional[@]}")
echo "Installing ${wanted[*]} ..." >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq >&2 || [ ${#missing[@]} -eq 0 ]
if [ ${#missing[@]} -gt 0 ]; then
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
if [ ${#optional[@]} -gt 0 ] && ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${optional[@]}" >&2; then
    skipped "apt-get could not install them"
fi
