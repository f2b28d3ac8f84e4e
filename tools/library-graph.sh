#!/usr/bin/env bash
# Draw which of Lookbook's own libraries and programs link which, from CMake's link graph.
#   tools/library-graph.sh [OUTPUT.svg [BUILD_DIR]]     (default resources/docs/library-graph.svg)
# Configures into a throwaway build folder (a given BUILD_DIR is kept), so the real build is untouched.
# Needs cmake, ninja and graphviz (dot, tred).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$here/resources/docs/library-graph.svg}"
if [[ $# -ge 2 ]]; then
  work="$2"; mkdir -p "$work"
else
  work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
fi

# CMake reads these options from the build folder. Imported targets (Qt, LibTorch, faiss, OpenCV,
# SQLite, BLAS) and Qt's resource object libraries are not ours; per-target graphs are not needed.
cat >"$work/CMakeGraphVizOptions.cmake" <<'EOF'
set(GRAPHVIZ_EXTERNAL_LIBS FALSE)
set(GRAPHVIZ_OBJECT_LIBS FALSE)
set(GRAPHVIZ_GENERATE_PER_TARGET FALSE)
set(GRAPHVIZ_GENERATE_DEPENDERS FALSE)
EOF

# Tests, benchmarks and fuzz targets off: then every remaining target is part of the product.
if ! nice -n 15 cmake -S "$here" -B "$work" -G Ninja -DLOOKBOOK_BUILD_TESTS=OFF \
     -DLOOKBOOK_BUILD_BENCHMARKS=OFF -DLOOKBOOK_FUZZ=OFF --graphviz="$work/graph/lookbook.dot" \
     >"$work/cmake.log" 2>&1; then
  cat "$work/cmake.log" >&2
  exit 1
fi

# Rewrite CMake's dot: keep only lookbook* targets, fold INTERFACE libraries (lookbook_core, the
# compile-settings bundle lookbook_common_cfg) into the links they stand for, and strip the prefix.
# CMake draws PUBLIC links solid and PRIVATE ones dotted; we draw PRIVATE dashed and keep dotted for
# what is started at run time, which goes to loads.dot.
: >"$work/graph/loads.dot"
awk '
  function add(a, b, style,   i) {
    if (kind[b] == "pentagon") {           # an INTERFACE library only forwards: a gets what it links
      for (i = 1; i <= nout[b]; i++) add(a, to[b, i], style)
      return
    }
    if (!(b in kind) || a == b) return
    # Nothing links a MODULE or a program: such an arrow is an add_dependencies, something started
    # at run time (the LibTorch module, the trainer program).
    if (kind[b] == "tripleoctagon" || kind[b] == "egg") { style = "dotted"; runtime = 1 }
    if (!((a, b) in edge)) order[++nedges] = a SUBSEP b
    if (!((a, b) in edge) || style == "solid") edge[a, b] = style
  }
  /^ *"node[0-9]+" \[ label = / {
    split($0, f, "\""); shape = $0; sub(/.*shape = /, "", shape); sub(/ .*/, "", shape)
    if (f[4] ~ /^lookbook([-_]|$)/) { name[f[2]] = f[4]; kind[f[2]] = shape; nodes[++nnodes] = f[2] }
    next
  }
  /^ *"node[0-9]+" -> "node[0-9]+"/ {
    split($0, f, "\""); style = "solid"
    if ($0 ~ /style = dotted/) style = "dashed"
    n = ++nout[f[2]]; to[f[2], n] = f[4]; st[f[2], n] = style
  }
  function label(id,   s) { s = name[id]; sub(/^lookbook_/, "", s); return s }
  END {
    # Loop in the order CMake wrote (not the hash order of awk arrays): same tree, same picture.
    for (k = 1; k <= nnodes; k++) {
      a = nodes[k]
      if (kind[a] != "pentagon") for (i = 1; i <= nout[a]; i++) add(a, to[a, i], st[a, i])
    }
    print "digraph lookbook {"
    print "  rankdir=TB; ranksep=0.55; nodesep=0.25; fontname=\"DejaVu Sans\"; fontsize=10; labelloc=b;"
    legend = "solid: PUBLIC link   dashed: PRIVATE link"
    if (runtime) legend = legend "\\ndotted: a module or program started on demand"
    print "  label=\"" legend "\\na link implied by a longer path is left out\";"
    print "  node [shape=box, style=rounded, fontname=\"DejaVu Sans\", fontsize=12, height=0.3];"
    print "  edge [arrowsize=0.6, color=\"#555555\"];"
    for (k = 1; k <= nnodes; k++) {
      a = nodes[k]
      if (kind[a] == "pentagon") continue
      attrs = ""
      if (kind[a] == "egg") { attrs = ", style=\"rounded,filled\", fillcolor=\"#dbe7f4\""; exe = exe " \"" label(a) "\";" }
      if (kind[a] == "tripleoctagon") attrs = ", style=\"rounded,dashed\""   # a MODULE: loaded on demand
      if (name[a] == "lookbook_common") bottom = "\"" label(a) "\";"
      printf "  \"%s\" [label=\"%s\"%s];\n", label(a), label(a), attrs
    }
    # Programs at the top, the library everything rests on at the bottom.
    if (exe != "") print "  { rank=min;" exe " }"
    if (bottom != "") print "  { rank=sink; " bottom " }"
    for (k = 1; k <= nedges; k++) {
      split(order[k], p, SUBSEP)
      style = edge[order[k]] == "solid" ? "" : " [style=" edge[order[k]] "]"
      line = sprintf("  \"%s\" -> \"%s\"%s;", label(p[1]), label(p[2]), style)
      # Starting something is no link: kept apart, so that tred does not take it for a path.
      if (edge[order[k]] == "dotted") print line >loads; else print line
    }
    print "}"
  }
' loads="$work/graph/loads.dot" "$work/graph/lookbook.dot" >"$work/graph/ours.dot"

# tred keeps only the links not already implied by a longer path: the layering stays readable.
tred "$work/graph/ours.dot" | sed '$d' | cat - "$work/graph/loads.dot" >"$work/graph/direct.dot"
echo "}" >>"$work/graph/direct.dot"
mkdir -p "$(dirname "$out")"
dot -Tsvg "$work/graph/direct.dot" -o "$out"
echo "wrote $out"
