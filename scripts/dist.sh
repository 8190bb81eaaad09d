#!/usr/bin/env bash
# Builds .build/dist/okr-coach-VERSION-linux-ARCH.tar.gz and prints its path: a release binary with the Swift
# runtime and Foundation linked in statically, so it runs where Swift is not installed (it needs libc, libedit
# and libstdc++ only), with the man page, the completion scripts and the README, laid out as under a prefix:
#   tar -xzf okr-coach-VERSION-linux-ARCH.tar.gz --strip-components=1 -C ~/.local
set -euo pipefail
cd "$(dirname "$0")/.."
swift=${SWIFT:-swift}

scripts/man-page.sh .build/man/okr-coach.1
"$swift" build -c release --static-swift-stdlib --product okr-coach >&2
binary=.build/release/okr-coach
name=okr-coach-$("$binary" --version)-linux-$(uname -m)
stage=.build/dist/$name

rm -rf "$stage" "$stage.tar.gz"
scripts/install-files.sh install "$binary" "$stage"
strip "$stage/bin/okr-coach"
tar --owner=0 --group=0 --numeric-owner -C .build/dist -czf "$stage.tar.gz" "$name"
rm -rf "$stage"
echo "$stage.tar.gz"
