#!/usr/bin/env bash
# Start-up cost of lookbook-cli (README "Performance ▸ Startup"): commands that run no model must not
# load LibTorch; `detect` loads it with its first model. Prints the median wall time and the largest
# peak memory (RSS) of RUNS runs of each.
#   tools/startup.sh [BUILD_DIR] [RUNS]      (defaults: build, 10)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$repo/build}" && pwd)
runs=${2:-10}
cli="$build/app/lookbook-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '{"models": [{"detections": [{"box": [0, 0, 10, 10], "score": 0.9, "label": 1}]}]}' >"$work/fuse.json"
# A photo for `detect`: the first street photo of a one-pair synthetic split.
"$cli" synth --out "$work/synth" --pairs 1 --seed 1 >/dev/null
photo=$(find "$work/synth" -name '*.jpg' | sort | head -1)
detector=$(find "$repo/resources/models" -name 'centernet-*.json' | sort | head -1)

measure() {
    local label=$1
    shift
    local times=() peak=0
    for ((i = 0; i < runs; i++)); do
        rm -f "$work/catalog.db"
        /usr/bin/time -o "$work/time" -f '%e %M' "$@" >/dev/null 2>&1
        read -r seconds kb <"$work/time"
        times+=("$seconds")
        ((kb > peak)) && peak=$kb
    done
    local median
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
    printf '| `%s` | %s s | %d MB |\n' "$label" "$median" $((peak / 1024))
}

echo "| command | median time | peak memory |"
echo "|---|---|---|"
measure "lookbook-cli --version" "$cli" --version
measure "lookbook-cli fuse fuse.json" "$cli" fuse "$work/fuse.json"
measure "lookbook-cli catalog create catalog.db" "$cli" catalog create "$work/catalog.db"
measure "lookbook-cli detect photo.jpg --models $(basename "$detector")" "$cli" detect "$photo" --models "$detector"
