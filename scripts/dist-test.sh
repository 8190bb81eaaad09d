#!/usr/bin/env bash
# Tests a release tarball as a machine without Swift would use it:
#   scripts/dist-test.sh [TARBALL]      (default: $OKR_COACH_DIST; `make dist-test` builds one and tests it)
# The binary must link nothing of the Swift toolchain (no /opt/swift path, no libswift*, libFoundation* or
# libdispatch), and must run with an empty environment: --version, check on an outline, a piped session whose
# words and KPI catalog come from what is compiled in. The man page must render without warnings and the
# completion scripts must load in bash.
set -euo pipefail

tarball=${1:-${OKR_COACH_DIST:-}}
[ -n "$tarball" ] && [ -f "$tarball" ] || { echo "usage: scripts/dist-test.sh TARBALL (or set OKR_COACH_DIST)" >&2; exit 64; }

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$tarball" -C "$work"
name=$(basename "$tarball" .tar.gz)
root=$work/$name
binary=$root/bin/okr-coach

for file in bin/okr-coach share/man/man1/okr-coach.1 share/bash-completion/completions/okr-coach \
    share/zsh/site-functions/_okr-coach share/fish/vendor_completions.d/okr-coach.fish share/doc/okr-coach/README.md; do
    [ -f "$root/$file" ] && pass "has $file" || fail "no $file in $tarball"
done

# Only the C library, libedit (with its libtinfo, libbsd, libmd) and the C++ runtime Debian always has.
allowed='^(linux-vdso|ld-linux-x86-64|ld-linux-aarch64|libc|libm|libdl|libpthread|librt|libutil|libedit|libtinfo|libbsd|libmd|libstdc\+\+|libgcc_s)\.so'
libraries=$(ldd "$binary" | awk '{print $1}' | xargs -n1 basename)
unexpected=$(grep -Ev "$allowed" <<<"$libraries" || true)
[ -z "$unexpected" ] && pass "links only: $(tr '\n' ' ' <<<"$libraries")" || fail "links $(tr '\n' ' ' <<<"$unexpected")"
if ldd "$binary" | grep -Eq '/opt/swift|libswift|libFoundation|libdispatch|libBlocksRuntime'; then
    fail "ldd shows the Swift toolchain: $(ldd "$binary")"
fi
if readelf -d "$binary" | grep -E 'RPATH|RUNPATH' | grep -q swift; then fail "run path names the toolchain"; fi

# An empty environment: no PATH to the toolchain, no LD_LIBRARY_PATH, a fresh data directory.
home=$work/home
mkdir -p "$home"
run() { env -i PATH=/usr/bin:/bin LD_LIBRARY_PATH= LANG=C.UTF-8 HOME="$home" OKR_COACH_HOME="$home" "$binary" "$@"; }

version=$(run --version)
[[ "$name" == "okr-coach-$version-linux-"* ]] && pass "--version says $version" || fail "--version says '$version' in $name"

cat > "$work/okrs.md" <<'OUTLINE'
Objective: Make our support the reason customers stay
- Cut first response time from 6 hours to 2 hours by end of Q2 (confidence 5/10)
- Raise CSAT from 82% to 90% by end of Q2 (confidence 5/10)
- Reduce
OUTLINE
status=0
report=$(run check "$work/okrs.md") || status=$?
if [ "$status" -eq 1 ] && grep -q 'error kr-no-number' <<<"$report" && grep -q 'KR 2 · Raise CSAT' <<<"$report"; then
    pass "check reads the outline, with the rules' words (exit 1 on its error)"
else
    fail "check gave exit $status: $report"
fi

status=0
chat=$(printf '/new demo\n/objective Make our support the reason customers stay\n/kpis churn\n/quit\n' | run) || status=$?
if [ "$status" -eq 0 ] && grep -q "Created session 'demo'" <<<"$chat" && grep -q 'Customer Churn Rate' <<<"$chat" \
    && [ -f "$home/sessions/demo.json" ]; then
    pass "a piped session saves, with the built-in words and catalog"
else
    fail "piped session gave exit $status: $chat"
fi

warnings=$(groff -mandoc -Tutf8 -ww -z "$root/share/man/man1/okr-coach.1" 2>&1)
[ -z "$warnings" ] && pass "man page renders without warnings" || fail "man page: $warnings"
if bash -c 'source "$1" && complete -p okr-coach' bash "$root/share/bash-completion/completions/okr-coach" >/dev/null; then
    pass "bash completion loads"
else
    fail "bash completion does not load"
fi

[ "$failures" -eq 0 ] && { echo "dist-test: $tarball passed"; exit 0; }
echo "dist-test: $failures failed" >&2
exit 1
