#!/usr/bin/env bash
# Installs the Debian 12 packages Lookbook needs to build, test and run.
# Works as root or through sudo, skips what is already installed and names what it installs.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build git pkg-config ca-certificates
  # Qt 6 (Widgets, Concurrent, Svg, Test, Linguist tools)
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6opengl6-dev
  qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  # Qt decodes the photos; WebP comes as a plugin
  qt6-image-formats-plugins
  # inference, vector search, images, storage, JSON, benchmarks
  libtorch-dev libopenblas0-openmp libfaiss-dev libopencv-dev libsqlite3-dev sqlite3 nlohmann-json3-dev libxxhash-dev libbenchmark-dev
  # a virtual display for headless demo runs and screenshots
  xvfb xauth fonts-dejavu-core
  # glyphs for the Korean and Chinese translations
  fonts-noto-cjk
  # the .deb (cpack's DEB generator runs file and dpkg-shlibdeps) and its desktop/AppStream checks
  file dpkg-dev desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages are present"
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "install-deps: missing packages (${missing[*]}) and neither root nor sudo is available" >&2
  exit 1
fi

echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "install-deps: done"
