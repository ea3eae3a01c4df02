#!/usr/bin/env bash
# On a Mac: builds "CX Recipe Designer.app" and a .dmg holding it, into
# target/macos-dist/.
#
#   scripts/macos/make-app.sh [--universal]
#
# The program is built for this Mac's processor (with --universal, for
# both Apple silicon and Intel, joined with lipo), for macOS 11 and later
# (LSMinimumSystemVersion in packaging/macos/Info.plist). The .icns is made
# from assets/icons/cx-recipe.svg (render_icons --iconset, then iconutil).
# The bundle is signed ad hoc; without a Developer ID and notarization,
# Gatekeeper asks once (README: Install on macOS).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname -s)" = Darwin ] || { echo "make-app.sh runs on macOS (iconutil, hdiutil, codesign)" >&2; exit 2; }
target_dir=${CARGO_TARGET_DIR:-target}
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
python3 scripts/macos/check-info-plist.py
export MACOSX_DEPLOYMENT_TARGET=11.0

dist="$target_dir/macos-dist"
app="$dist/CX Recipe Designer.app"
rm -rf "$dist" && mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"

if [ "${1:-}" = "--universal" ]; then
  rustup target add aarch64-apple-darwin x86_64-apple-darwin
  for t in aarch64-apple-darwin x86_64-apple-darwin; do
    cargo build --locked --release --target "$t"
  done
  lipo -create -output "$app/Contents/MacOS/cx-recipe" \
    "$target_dir/aarch64-apple-darwin/release/cx-recipe" \
    "$target_dir/x86_64-apple-darwin/release/cx-recipe"
  arch=universal
else
  cargo build --locked --release
  cp "$target_dir/release/cx-recipe" "$app/Contents/MacOS/cx-recipe"
  arch=$(uname -m)
fi

cp packaging/macos/Info.plist "$app/Contents/Info.plist"
printf 'APPL????' >"$app/Contents/PkgInfo"
iconset="$dist/cx-recipe.iconset"
cargo run --locked --release --example render_icons -- --iconset "$iconset"
iconutil -c icns -o "$app/Contents/Resources/cx-recipe.icns" "$iconset"
rm -rf "$iconset"
plutil -lint "$app/Contents/Info.plist"
codesign --force --deep --sign - "$app"

# The disk image: the app and a link to /Applications to drag it onto.
stage="$dist/dmg"
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
dmg="$dist/cx-recipe-$version-macos-$arch.dmg"
hdiutil create -volname "CX Recipe Designer" -srcfolder "$stage" -ov -format UDZO "$dmg"
rm -rf "$stage"
du -sh "$app" "$dmg"
