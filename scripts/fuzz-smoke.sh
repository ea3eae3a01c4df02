#!/usr/bin/env bash
# A short run of the `load` fuzz target (fuzz/README.md), for CI: at most
# SECONDS of fuzzing (default 50) after the build, in one process. Skips, exit 0,
# where cargo-fuzz is not installed. Exit 1 on a crash; the input is then in
# fuzz/artifacts/load/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-50}
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "skipped: cargo-fuzz is not installed (cargo install cargo-fuzz)"
  exit 0
fi
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
# Stable Rust: cargo-fuzz needs nightly flags, which RUSTC_BOOTSTRAP allows.
RUSTC_BOOTSTRAP=1 cargo fuzz run -s none -a load "$corpus" recipes tests/fixtures -- \
  -dict=fuzz/load.dict -max_len=4096 -max_total_time="$seconds" \
  -print_final_stats=1
