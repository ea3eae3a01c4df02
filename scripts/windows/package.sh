#!/usr/bin/env bash
# Packages the Windows programs that build.sh made, into target/windows-dist/:
#   cx-recipe-VERSION-x64.msi        per-user installer (wixl, packaging/windows/cx-recipe.wxs)
#   cx-recipe-VERSION-windows-x64.zip  portable: both programs and the README
# Prints their sizes.
set -euo pipefail
cd "$(dirname "$0")/../.."
target_dir=${CARGO_TARGET_DIR:-target}
bin="$target_dir/x86_64-pc-windows-gnu/release"
dist="$target_dir/windows-dist"
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
for exe in cx-recipe.exe cx-recipew.exe; do
  [ -f "$bin/$exe" ] || { echo "FAIL: no $bin/$exe: run scripts/windows/build.sh" >&2; exit 1; }
done

rm -rf "$dist" && mkdir -p "$dist/stage"
# wixl takes no absolute source paths: everything beside the .wxs.
cp packaging/windows/cx-recipe.wxs assets/icons/cx-recipe.ico README.md \
  "$bin/cx-recipe.exe" "$bin/cx-recipew.exe" "$dist/stage/"
msi="cx-recipe-$version-x64.msi"
(cd "$dist/stage" && wixl -a x64 -D "Version=$version" -o "../$msi" cx-recipe.wxs)

zip="cx-recipe-$version-windows-x64.zip"
python3 - "$dist/$zip" "$dist/stage" "cx-recipe-$version" <<'PY'
import sys, zipfile, pathlib
out, stage, top = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for name in ["cx-recipew.exe", "cx-recipe.exe", "README.md"]:
        z.write(stage / name, f"{top}/{name}")
PY
rm -rf "$dist/stage"
for f in "$bin/cx-recipe.exe" "$bin/cx-recipew.exe" "$dist/$msi" "$dist/$zip"; do
  awk -v n="$(basename "$f")" -v b="$(stat -c %s "$f")" 'BEGIN { printf "%-40s %6.1f MB\n", n, b / 1048576 }'
done
