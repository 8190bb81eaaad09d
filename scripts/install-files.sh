#!/usr/bin/env bash
# Installs okr-coach's files under ROOT as a Unix prefix lays them out, or removes them:
#   scripts/install-files.sh install BINARY ROOT    (the man page must be at .build/man/okr-coach.1: make man)
#   scripts/install-files.sh uninstall ROOT
# `make install` installs into $(DESTDIR)$(PREFIX); `make dist` into the tarball's top directory.
set -euo pipefail
cd "$(dirname "$0")/.."

binary=bin/okr-coach
manual=share/man/man1/okr-coach.1
bash_completion=share/bash-completion/completions/okr-coach
zsh_completion=share/zsh/site-functions/_okr-coach
fish_completion=share/fish/vendor_completions.d/okr-coach.fish
readme=share/doc/okr-coach/README.md

case "${1:-}" in
install)
    source=${2:?usage: scripts/install-files.sh install BINARY ROOT}
    root=${3:?usage: scripts/install-files.sh install BINARY ROOT}
    install -D -m 0755 "$source" "$root/$binary"
    install -D -m 0644 .build/man/okr-coach.1 "$root/$manual"
    install -D -m 0644 README.md "$root/$readme"
    # The scripts come from the binary's own argument definitions, so they always match it.
    for shell in bash zsh fish; do
        case $shell in
        bash) target=$bash_completion ;;
        zsh) target=$zsh_completion ;;
        fish) target=$fish_completion ;;
        esac
        install -d "$(dirname "$root/$target")"
        "$source" --generate-completion-script "$shell" > "$root/$target"
        chmod 0644 "$root/$target"
    done
    ;;
uninstall)
    root=${2:?usage: scripts/install-files.sh uninstall ROOT}
    rm -f "$root/$binary" "$root/$manual" "$root/$bash_completion" "$root/$zsh_completion" "$root/$fish_completion" \
        "$root/$readme"
    rmdir "$(dirname "$root/$readme")" 2>/dev/null || true
    ;;
*)
    echo "usage: scripts/install-files.sh install BINARY ROOT | uninstall ROOT" >&2
    exit 64
    ;;
esac
