#!/usr/bin/env bash
# Installs what the Windows build and its tests need on a Debian machine
# that lacks it: the Rust target, mingw (the linker, windres, the test
# helpers), Wine, msitools and wixl (the MSI), icoutils (reading the exe's
# resources back), Xvfb, xdotool and ImageMagick (the window's screenshots).
# Exit 0 when all is there, 2 when something could not be installed (the
# caller skips and says so).
set -euo pipefail

if ! rustup target list --installed 2>/dev/null | grep -qx x86_64-pc-windows-gnu; then
  rustup target add x86_64-pc-windows-gnu >/dev/null 2>&1 \
    || { echo "could not add the Rust target x86_64-pc-windows-gnu" >&2; exit 2; }
fi

need=()
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
command -v wine >/dev/null || need+=(wine wine64)
command -v wixl >/dev/null || need+=(wixl)
command -v msiinfo >/dev/null || need+=(msitools)
command -v wrestool >/dev/null || need+=(icoutils)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v xdpyinfo >/dev/null || need+=(x11-utils)
command -v import >/dev/null || need+=(imagemagick)
command -v timeout >/dev/null || need+=(coreutils)
dpkg -s libgl1-mesa-dri libgl1 >/dev/null 2>&1 || need+=(libgl1-mesa-dri libgl1)
if [ ${#need[@]} -gt 0 ]; then
  command -v apt-get >/dev/null || { echo "no apt-get to install ${need[*]}" >&2; exit 2; }
  echo "installing ${need[*]}"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") \
    >/dev/null 2>&1 || { echo "could not install ${need[*]}" >&2; exit 2; }
fi
