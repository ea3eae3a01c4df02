#!/usr/bin/env bash
# Times `cx-recipe export` of the ideal-cx pie chart to a 1200x800 PNG side by
# side with a plain matplotlib script doing the same job
# (benches/pie_matplotlib.py), as whole processes, and prints the ratio.
# Then times both in-process: matplotlib here, Rust with
# `cargo bench --bench files -- export` (not run here).
#
#   scripts/bench-export.sh [RUNS]        (default 20 runs each)
#
# Needs a release build (cargo build --release). Uses hyperfine when
# installed (apt-get install hyperfine), else a loop with `date +%s%N`.
# Skips the comparison, exit 0, when python3 or matplotlib is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-20}
bin=${CX_RECIPE_BIN:-target/release/cx-recipe}
out_dir=$(mktemp -d)
trap 'rm -rf "$out_dir"' EXIT

if [ ! -x "$bin" ]; then
  echo "no $bin: build it first with 'cargo build --release'" >&2
  exit 2
fi
if ! command -v python3 >/dev/null || ! python3 -c "import matplotlib" 2>/dev/null; then
  echo "skipped: matplotlib is not installed (pip install matplotlib); nothing to compare with"
  exit 0
fi

rust_cmd=("$bin" export recipes/ideal-cx.ron -o "$out_dir/rust.png")
py_cmd=(python3 benches/pie_matplotlib.py -o "$out_dir/matplotlib.png")
# Both once first: checks that they work, and warms the page cache.
"${rust_cmd[@]}" >/dev/null
"${py_cmd[@]}" >/dev/null

# The median wall time of a command over $runs runs, in milliseconds.
median_ms() {
  local times=() t0 t1
  for _ in $(seq 1 "$runs"); do
    t0=$(date +%s%N)
    "$@" >/dev/null
    t1=$(date +%s%N)
    times+=($(((t1 - t0) / 1000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END {
    m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }'
}

echo "== whole process, $runs runs each: export of recipes/ideal-cx.ron to PNG 1200x800"
if command -v hyperfine >/dev/null; then
  json="$out_dir/hyperfine.json"
  hyperfine --shell=none --warmup 2 --runs "$runs" --export-json "$json" \
    -n "cx-recipe export" "${rust_cmd[*]}" \
    -n "matplotlib" "${py_cmd[*]}"
  read -r rust_ms py_ms < <(python3 -c '
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
print(" ".join("%.1f" % (statistics.median(r["times"]) * 1000) for r in results))' "$json")
else
  echo "(hyperfine not installed: timing with date +%s%N)"
  rust_ms=$(median_ms "${rust_cmd[@]}")
  py_ms=$(median_ms "${py_cmd[@]}")
fi
echo
printf '%-28s %10s\n' "whole process" "median ms"
printf '%-28s %10s\n' "cx-recipe export" "$rust_ms"
printf '%-28s %10s\n' "matplotlib script" "$py_ms"
awk -v r="$rust_ms" -v p="$py_ms" 'BEGIN { printf "ratio: matplotlib / cx-recipe = %.1fx\n", p / r }'

echo
echo "== in-process (no start-up): matplotlib"
python3 benches/pie_matplotlib.py -o "$out_dir/matplotlib.png" --runs "$runs"
echo "(in-process for cx-recipe: cargo bench --bench files -- export)"
