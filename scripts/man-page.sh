#!/usr/bin/env bash
# Writes okr-coach's man page to OUTPUT: swift-argument-parser's generate-manual plugin generates it from the
# argument definitions, and the hand-written sections in scripts/man-sections.mdoc (ENVIRONMENT, FILES,
# EXIT STATUS, EXAMPLES, SEE ALSO) replace its generic ending.
#
# The plugin runs the debug build (the definitions are the same in every build): it reuses what `swift build`
# made, where a plugin build in release mode would rebuild the release binaries from scratch, and so would the
# next `swift build -c release` after it.
set -euo pipefail

output=${1:?usage: scripts/man-page.sh OUTPUT}
cd "$(dirname "$0")/.."

# The page is dated by the last commit, so the same sources give the same page.
date=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
"${SWIFT:-swift}" package plugin generate-manual --configuration debug --date "$date" >&2
generated=.build/plugins/GenerateManual/outputs/okr-coach/okr-coach.1

ending='^\.Sh "EXIT STATUS"$'
if ! grep -q "$ending" "$generated"; then
    echo "scripts/man-page.sh: $generated has no EXIT STATUS section to replace; did generate-manual change?" >&2
    exit 1
fi
mkdir -p "$(dirname "$output")"
{ sed "/$ending/,\$d" "$generated"; cat scripts/man-sections.mdoc; } > "$output.tmp"
mv "$output.tmp" "$output"
