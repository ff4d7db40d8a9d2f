#!/usr/bin/env bash
# Installs UPR Desktop with its test extra into .venv and runs the test suite headless.
# Extra arguments go to pytest (e.g. scripts/test.sh tests/core -x).
# Tests marked slow (the 100,000-row scroll, LibreOffice round trips, the wheel installed into a
# fresh venv) are left out unless you pass -m yourself: scripts/test.sh -m slow runs only them;
# .ci/run runs the main suite, then the slow tests. They run in one worker process per core
# (pytest-xdist); -n 0 runs them in this one process (for --pdb, or to see what a test prints).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bash "$here/scripts/install-system-deps.sh" ${UPR_DESKTOP_CI:+--ci}
bash "$here/scripts/venv.sh" test
cd "$here"
export QT_QPA_PLATFORM=offscreen

marker=(-m "not slow")
# One worker process per core (pytest-xdist; at most 8, each starts its own PostgreSQL cluster when
# its tests need one): the suite is CPU-bound, in one process it took over 4 minutes on 2 cores.
# UPR_DESKTOP_TEST_WORKERS=N picks another number (1: everything in this one process, as does
# passing -n 0 or -p no:xdist). -n, -p no:xdist, --pdb or --trace of your own replace this choice.
workers="${UPR_DESKTOP_TEST_WORKERS:-$(nproc 2>/dev/null || echo 1)}"
[ "$workers" -gt 8 ] && workers=8
parallel=()
# loadgroup: tests are handed out one by one, except those marked xdist_group (a module fixture that
# costs seconds: lupdate over the sources, the walk of the checkout), which go to one worker together.
# With pytest 9.2 and pytest-xdist 3.8 the groups are not honoured yet (pytest-xdist issue 1386: xdist
# marks them by rewriting node ids, which pytest 9.2 no longer reads): each worker that gets one of
# those tests then builds that module fixture itself (seconds more, the same results).
[ "$workers" -gt 1 ] && parallel=(-n "$workers" --dist loadgroup)
previous=""
for arg in "$@"; do
  case "$arg" in
    -m|-m*) marker=() ;;
    -n|-n*|--numprocesses|--numprocesses=*|--pdb|--trace|-pno:xdist) parallel=() ;;
  esac
  [ "$previous" = "-p" ] && [ "$arg" = "no:xdist" ] && parallel=()
  previous="$arg"
done

# The tests' temporary files (workspaces, their WAL, backups, workbooks) go to RAM when there is
# room: every commit fsyncs (synchronous=FULL) and an fsync on a shared disk costs milliseconds,
# which made the suite three times slower. What fsync guards against (power loss) no test can
# show; the kill -9 tests still do (a killed process leaves the page cache behind). TMPDIR set
# by you is kept.
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ] \
   && [ "$(df -Pk /dev/shm | awk 'NR == 2 { print $4 }')" -gt $((2 * 1024 * 1024)) ]; then
  TMPDIR="$(mktemp -d /dev/shm/upr-desktop-tests.XXXXXX)"
  export TMPDIR
  trap 'rm -rf "$TMPDIR"' EXIT
fi

"${UPR_DESKTOP_VENV:-$here/.venv}/bin/python" -m pytest ${parallel[@]+"${parallel[@]}"} ${marker[@]+"${marker[@]}"} "$@"
