#!/usr/bin/env bash
# Checks the files that make cx-recipe a desktop app on Linux:
#  - assets/cx-recipe.desktop with desktop-file-validate;
#  - assets/cx-recipe.xml (the recipe MIME type): well-formed (xmllint), valid
#    against the DTD that shared-mime-info ships inside freedesktop.org.xml,
#    accepted by update-mime-database, and working: in a throwaway MIME
#    database, a saved recipe (also after a byte-order mark) is
#    application/x-cx-recipe, another .ron file is not, and an exported PNG
#    stays image/png.
#
#   scripts/check-desktop-files.sh
#
# Installs desktop-file-utils, libxml2-utils, shared-mime-info and
# libglib2.0-bin (for gio) from Debian's packages when missing (as root).
# Exit 0 all good, 1 a check failed, 2 the tools could not be installed.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v xmllint >/dev/null || need+=(libxml2-utils)
command -v update-mime-database >/dev/null || need+=(shared-mime-info)
command -v gio >/dev/null || need+=(libglib2.0-bin)
if [ ${#need[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "cannot install ${need[*]}: no apt-get" >&2
    exit 2
  fi
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") \
    >/dev/null 2>&1 || { echo "could not install ${need[*]}" >&2; exit 2; }
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*" >&2; failed=1; }

echo "== desktop-file-validate assets/cx-recipe.desktop"
desktop-file-validate assets/cx-recipe.desktop || fail "the desktop entry is not valid"

echo "== xmllint: assets/cx-recipe.xml is well-formed"
xmllint --noout assets/cx-recipe.xml || fail "the MIME type is not well-formed XML"

# shared-mime-info ships no schema file; its DTD is the internal subset of
# the freedesktop.org.xml it installs.
system_types=/usr/share/mime/packages/freedesktop.org.xml
echo "== xmllint --dtdvalid: against the DTD in $system_types"
if [ -f "$system_types" ]; then
  sed -n '/<!DOCTYPE mime-info \[/,/^\]>/p' "$system_types" | sed '1d;$d' >"$work/mime-info.dtd"
  if [ -s "$work/mime-info.dtd" ]; then
    xmllint --noout --dtdvalid "$work/mime-info.dtd" assets/cx-recipe.xml \
      || fail "the MIME type does not follow shared-mime-info's DTD"
  else
    fail "no DTD found in $system_types"
  fi
else
  fail "no $system_types"
fi

echo "== update-mime-database and gio: recipes are told by their first line"
mkdir -p "$work/mime/packages"
cp assets/cx-recipe.xml "$work/mime/packages/"
[ -f "$system_types" ] && cp "$system_types" "$work/mime/packages/"
XDG_DATA_DIRS="$work" update-mime-database "$work/mime" || fail "update-mime-database refused the MIME type"
content_type() {
  XDG_DATA_HOME="$work" XDG_DATA_DIRS="$work" gio info -a standard::content-type "$1" \
    | sed -n 's/^ *standard::content-type: //p'
}
printf '(version: 1, title: "Not ours", ingredients: [])\n' >"$work/other.ron"
printf '\xef\xbb\xbf' >"$work/bom.ron"
cat recipes/ideal-cx.ron >>"$work/bom.ron"
for case in "recipes/ideal-cx.ron application/x-cx-recipe" \
  "$work/bom.ron application/x-cx-recipe" \
  "assets/icons/cx-recipe-16.png image/png"; do
  file=${case% *}
  want=${case##* }
  got=$(content_type "$file")
  if [ "$got" = "$want" ]; then
    echo "ok $file: $got"
  else
    fail "$file: expected $want, found $got"
  fi
done
got=$(content_type "$work/other.ron")
if [ "$got" = application/x-cx-recipe ]; then
  fail "another program's .ron file is claimed as a recipe"
else
  echo "ok other.ron: $got (not claimed)"
fi

if [ "$failed" -ne 0 ]; then
  exit 1
fi
echo "desktop files: all checks passed"
