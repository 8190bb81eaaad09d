#!/usr/bin/env bash
# Whether a change to the check engine left every output byte as it was: runs `okr-coach check` in JSON and text
# on 10,000 varied key results (`okr-coach-bench --outline`), on every OKR outline (*.md) and session (*.json)
# fixture under Tests/*/Fixtures, and on any extra files given, with the binary from before the change and the
# one after it, and shows what differs. Exits 0 when nothing does.
#
#   cp .build/release/okr-coach /tmp/okr-coach.before    # before changing anything
#   ...change, then swift build -c release...
#   scripts/check-same-output.sh /tmp/okr-coach.before .build/release/okr-coach [MORE.md ...]
set -euo pipefail

before=${1:?usage: scripts/check-same-output.sh BEFORE-BINARY AFTER-BINARY [FILE ...]}
after=${2:?usage: scripts/check-same-output.sh BEFORE-BINARY AFTER-BINARY [FILE ...]}
shift 2
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bench=.build/release/okr-coach-bench
[ -x "$bench" ] || swift build -c release --product okr-coach-bench >&2
"$bench" --outline > "$work/varied.md"
inputs=("$work/varied.md" $(find Tests -path '*/Fixtures/*' \( -name '*.md' -o -name '*.json' \) | sort) "$@")

# Each output ends with the exit status, so a changed status shows too.
outputs() {
    local binary=$1 into=$2
    mkdir -p "$into"
    for file in "${inputs[@]}"; do
        for format in json text; do
            local out
            out="$into/$(echo "$file" | tr '/' '_').$format"
            NO_COLOR=1 OKR_COACH_HOME="$work/home" "$binary" check --format "$format" "$file" > "$out" 2>&1 \
                && echo "exit 0" >> "$out" || echo "exit $?" >> "$out"
        done
    done
}
outputs "$before" "$work/before"
outputs "$after" "$work/after"
diff -r "$work/before" "$work/after" && echo "same output on ${#inputs[@]} files"
