#!/usr/bin/env bash
# Builds the Windows programs from Linux with mingw:
#   target/x86_64-pc-windows-gnu/release/cx-recipe.exe   the console program
#   target/x86_64-pc-windows-gnu/release/cx-recipew.exe  the window, no console
# and the test helpers, never shipped, into target/windows-test/:
#   bcryptprimitives.dll  ProcessPrng for Wine 8 (processprng-shim.c)
#   hold-file.exe         holds a file open as a scanner would (hold-file.c)
# Run scripts/windows/setup.sh first on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
target_dir=${CARGO_TARGET_DIR:-target}

echo "building the Windows programs (release, x86_64-pc-windows-gnu)"
cargo build --locked --release --target x86_64-pc-windows-gnu --features windows-app --bins

helpers="$target_dir/windows-test"
mkdir -p "$helpers"
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$helpers/bcryptprimitives.dll" \
  scripts/windows/processprng-shim.c scripts/windows/processprng-shim.def -ladvapi32
x86_64-w64-mingw32-gcc -O2 -s -municode -o "$helpers/hold-file.exe" scripts/windows/hold-file.c
echo "built the test helpers in $helpers"
