#!/usr/bin/env bash
# The README's two commands.
#   packaging/setup.sh demo   installs what is missing, builds, and runs the main job (the GUI)
#   packaging/setup.sh test   installs what is missing, builds, and runs every test through CTest,
#                             then builds the suite again with ASan + UBSan and runs it under them
#                             (LOOKBOOK_SANITIZERS=0 skips that second half on a quick local run)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mode="${1:-}"
shift || true
case "$mode" in
  demo|test) ;;
  *) echo "usage: packaging/setup.sh demo|test" >&2; exit 2 ;;
esac

bash packaging/install-deps.sh

jobs="$(nproc 2>/dev/null || echo 2)"
cmake --preset default
cmake --build --preset default -j "$jobs"

if [[ "$mode" == test ]]; then
  ctest --preset default -j "$jobs"
  # The whole suite again, built with ASan + UBSan + LeakSanitizer (presets `asan`): any report fails
  # the test that made it.
  if [[ "${LOOKBOOK_SANITIZERS:-1}" != 0 ]]; then
    cmake --preset asan
    cmake --build --preset asan -j "$jobs"
    ctest --preset asan -j "$jobs"
  fi
  exit 0
fi

# The main job: the demo. Its catalog (synthetic shop photos the demo models never saw, embedded and
# indexed) is made on first run, about a minute on two cores, and found up to date afterwards; then
# the window opens it and searches one of its street photos. Without a display (a server, CI, a
# container) the window opens on a virtual one and a screenshot of it is saved.
build/app/lookbook-cli demo catalog
if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
  exec build/app/lookbook --demo "$@"
fi
shot="$here/build/lookbook-screenshot.png"
echo "setup: no display; running the GUI on a virtual one and saving a screenshot to $shot"
xvfb-run -a -s "-screen 0 1440x900x24" build/app/lookbook --demo --screenshot "$shot"
echo "setup: screenshot saved: $shot"
