#!/usr/bin/env bash
# The README's two commands.
#   packaging/setup.sh demo   installs what is missing, builds, and runs the main job (the GUI)
#   packaging/setup.sh test   installs what is missing, builds, and runs every test through CTest
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
  exit $?
fi

# The main job. Without a display (a server, CI, a container) the window still opens, on a virtual
# one, and a screenshot of it is saved so that there is something to look at.
if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
  exec build/app/lookbook "$@"
fi
shot="$here/build/lookbook-screenshot.png"
echo "setup: no display; running the GUI on a virtual one and saving a screenshot to $shot"
xvfb-run -a -s "-screen 0 1440x900x24" build/app/lookbook --screenshot "$shot"
echo "setup: screenshot saved: $shot"
