#!/usr/bin/env bash
# Builds the Debian package lookbook_<version>_<arch>.deb, by default in build-deb/ (a build folder of
# its own: the programs only, no tests or benchmarks, and `build/` keeps its settings).
#   packaging/build-deb.sh [BUILD_DIR]
# Then: sudo apt-get install ./build-deb/lookbook_*.deb
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(realpath -m "${1:-$here/build-deb}")"
cd "$here"

bash packaging/install-deps.sh

jobs="$(nproc 2>/dev/null || echo 2)"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLOOKBOOK_BUILD_TESTS=OFF -DLOOKBOOK_BUILD_BENCHMARKS=OFF
cmake --build "$build" -j "$jobs"
(cd "$build" && cpack -G DEB)
ls -1 "$build"/lookbook_*.deb
